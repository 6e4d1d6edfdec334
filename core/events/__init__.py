"""Events: dated clauses found in each article, and their merging across sources."""
