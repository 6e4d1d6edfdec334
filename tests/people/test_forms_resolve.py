"""Name forms across a corpus: particles, styles, shared surnames, suffixes (no spaCy).

Invented corpora: mentions as the parser stores them, (article, name, label).
"""

from __future__ import annotations

from core.people.names import is_ordinal, parts, surname_key
from core.people.resolve import MentionRow, resolve_people


def _rows(*items: tuple[str, str, str]) -> list[MentionRow]:
    return [MentionRow(article, name, None, label) for article, name, label in items]


def _each(name: str, articles: range, label: str = "PERSON") -> list[tuple[str, str, str]]:
    return [(f"a{i}", name, label) for i in articles]


def test_a_surname_with_or_without_its_particle_is_one_surname() -> None:
    assert surname_key("al-Mansouri") == surname_key("al Mansouri") == surname_key("Mansouri")
    assert surname_key("bin Qadir") == surname_key("Qadir")
    assert surname_key("Okonjo-Iweala") == "okonjo-iweala"  # a double surname keeps both parts
    assert parts("Tariq al-Mansouri").key == parts("Tariq Mansouri").key


def test_particle_forms_of_one_name_are_one_person() -> None:
    index = resolve_people(_rows(
        ("a1", "Tariq al-Mansouri", "PERSON"), ("a1", "Tariq al-Mansouri", "PERSON"),
        ("a2", "Tariq Mansouri", "PERSON"), ("a2", "Mansouri", "PERSON"),
        ("a3", "al-Mansouri", "PERSON"),
        ("a4", "Yusuf bin Qadir", "PERSON"), ("a5", "Bin Qadir", "PERSON"),
        ("a5", "Qadir", "PERSON"),
        ("a6", "Abu Selim", "PERSON"), ("a6", "Abu Selim", "PERSON")))
    assert sorted(index.people) == ["Abu Selim", "Tariq al-Mansouri", "Yusuf bin Qadir"]
    assert index.lookup("a2", "Mansouri") == "Tariq al-Mansouri"
    assert index.lookup("a3", "al-Mansouri") == "Tariq al-Mansouri"
    assert index.lookup("a5", "Bin Qadir") == "Yusuf bin Qadir"  # a surname form, no person


def test_a_peer_named_by_style_is_a_person_of_their_own() -> None:
    index = resolve_people(_rows(
        *_each("Lord Pemberly", range(1, 9)), *_each("Pemberly", range(1, 9)),
        ("a20", "Pemberly", "PERSON"),  # no full name in its article
        ("a30", "Harriet Pemberly", "PERSON"), ("a30", "Pemberly", "PERSON"),
        ("a40", "Lord Ashdown", "PERSON"), ("a40", "Rowan Ashdown", "PERSON")))
    assert "Lord Pemberly" in index.people
    assert index.lookup("a3", "Pemberly") == "Lord Pemberly"
    assert index.lookup("a30", "Pemberly") == "Harriet Pemberly"  # in its own article
    assert index.lookup("a20", "Pemberly") == "Lord Pemberly"  # named in 8 articles to 1
    assert index.lookup("a40", "Lord Ashdown") == "Rowan Ashdown"  # full name beside it


def test_a_lone_surname_goes_to_the_namesake_the_corpus_names_widely_or_to_nobody() -> None:
    index = resolve_people(_rows(
        *_each("Corin Vale", range(1, 10)), ("a10", "Mira Vale", "PERSON"),
        ("a11", "Vale", "PERSON"),
        ("a12", "Anna Brisk", "PERSON"), ("a13", "Tom Brisk", "PERSON"),
        *_each("Brisk", range(14, 20))))
    assert index.lookup("a11", "Vale") == "Corin Vale"
    assert sorted(index.people) == ["Anna Brisk", "Corin Vale", "Mira Vale", "Tom Brisk"]
    assert index.lookup("a15", "Brisk") is None  # two equal namesakes: no mononym "Brisk"


def test_role_words_as_surnames_are_names_role_phrases_are_not() -> None:
    index = resolve_people(_rows(
        ("a1", "Ansel Major", "PERSON"), ("a1", "Major", "PERSON"),
        ("a2", "Corin Dean", "PERSON"), ("a2", "Dean", "PERSON"),
        ("a3", "Health Secretary", "PERSON"), ("a4", "Technology Officer", "PERSON")))
    assert sorted(index.people) == ["Ansel Major", "Corin Dean"]


def test_ordinals_name_another_person_other_suffixes_do_not() -> None:
    assert is_ordinal("II") and is_ordinal("III") and not is_ordinal("Jr.")
    index = resolve_people(_rows(
        ("a1", "Marten Hale II", "PERSON"), ("a2", "Marten Hale", "PERSON"),
        ("a3", "Dorian Kell Esq.", "PERSON"), ("a4", "Dorian Kell", "PERSON")))
    assert sorted(index.people) == ["Dorian Kell", "Marten Hale", "Marten Hale II"]
    assert index.lookup("a3", "Dorian Kell Esq.") == "Dorian Kell"


def test_relatives_named_together_stay_apart() -> None:
    index = resolve_people(_rows(
        ("a1", "Callum Fernside", "PERSON"), ("a1", "Dawn Fernside", "PERSON"),
        ("a1", "Fernside", "PERSON"), ("a2", "Dawn Fernside", "PERSON")))
    assert sorted(index.people) == ["Callum Fernside", "Dawn Fernside"]
    assert index.lookup("a1", "Fernside") is None
