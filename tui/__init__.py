"""Dateline's terminal side: the Textual dashboard and the click command line."""
