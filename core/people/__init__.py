"""People: finding person names in articles and resolving them into one list for the corpus."""
