"""Dateline's library: everything but the terminal interface.

Data flows one way: files -> :mod:`core.ingest` -> :mod:`core.pipeline` (spaCy, dates, people,
events) -> :mod:`core.store` (SQLite) -> :mod:`core.queries` -> the dashboard and the exports.
Nothing in this package imports Textual.
"""
