"""Unit tests for name cleaning, alias resolution and non-person evidence (no spaCy)."""

from __future__ import annotations

from core.people.names import clean_name, parts
from core.people.resolve import MentionRow, resolve_people


def test_possessives_line_breaks_and_roles_are_cleaned() -> None:
    assert clean_name("Vollmer's").name == "Vollmer"
    assert clean_name("Vollmer’s").name == "Vollmer"
    assert clean_name("Dana Vollmer\nSubscribe").name == "Dana Vollmer"
    cleaned = clean_name("CEO Dana Vollmer")
    assert (cleaned.name, cleaned.role) == ("Dana Vollmer", "CEO")
    assert clean_name("Dr. Dana Vollmer").name == "Dana Vollmer"
    assert clean_name("Dean Fairlie").name == "Dean Fairlie"  # a first name, not a role


def test_middle_initial_is_the_same_person() -> None:
    assert parts("Dana K. Vollmer").key == parts("Dana Vollmer").key


def _rows(*items: tuple[str, str, str]) -> list[MentionRow]:
    return [MentionRow(article, name, None, label) for article, name, label in items]


def test_surname_joins_full_name_in_article_then_corpus() -> None:
    index = resolve_people(_rows(
        ("a1", "Dana Vollmer", "PERSON"), ("a1", "Vollmer", "PERSON"),
        ("a2", "Vollmer", "PERSON"), ("a2", "Dana K. Vollmer", "PERSON"),
        ("a3", "Vollmer", "ORG")))
    assert list(index.people) == ["Dana Vollmer"]
    assert index.people["Dana Vollmer"].aliases == {"Dana Vollmer", "Dana K. Vollmer", "Vollmer"}
    assert index.lookup("a3", "Vollmer") == "Dana Vollmer"


def test_ambiguous_surname_stays_unresolved_across_corpus() -> None:
    index = resolve_people(_rows(
        ("a1", "Dana Vollmer", "PERSON"), ("a2", "Pia Vollmer", "PERSON"),
        ("a3", "Vollmer", "PERSON")))
    assert index.lookup("a3", "Vollmer") is None


def test_non_people_are_rejected_by_corpus_evidence() -> None:
    index = resolve_people(_rows(
        ("a1", "Quillbyte", "PERSON"), ("a2", "Quillbyte", "ORG"), ("a3", "Quillbyte", "ORG"),
        ("a1", "Typoo", "PERSON"),
        ("a1", "Marrow Ledger", "PERSON"),
        ("a2", "Harlen Peaks", "PERSON"), ("a2", "The Harlen Peaks Water Board", "ORG"),
        ("a3", "Tessa Moor Unveils Bold New Plan Today", "PERSON"),
        ("a4", "Tessa Moor", "PERSON"), ("a4", "Moor", "PERSON"),
        ("a5", "Orrin Weekly", "PERSON")), sources=["Orrin Weekly"])
    assert list(index.people) == ["Tessa Moor"]
    assert index.people["Tessa Moor"].aliases == {"Tessa Moor", "Moor"}
    assert index.lookup("a3", "Tessa Moor Unveils Bold New Plan Today") == "Tessa Moor"
