"""Short forms, spellings and particles of names across a corpus (no spaCy; invented names)."""

from __future__ import annotations

from core.people.resolve import MentionRow, resolve_people, same_first_name


def _rows(*items: tuple[str, str, str | None]) -> list[MentionRow]:
    return [MentionRow(article, name, role, "PERSON") for article, name, role in items]


def test_short_forms_and_spellings_of_a_first_name() -> None:
    assert same_first_name("hank", "henry")  # a diminutive (the nicknames table)
    assert same_first_name("bill", "william")
    assert same_first_name("fred", "frederik")  # a short form that starts the full name
    assert same_first_name("elisabeth", "elizabeth")  # one name spelt two ways
    assert not same_first_name("nicola", "nicolas")  # names of their own
    assert not same_first_name("jean", "jeanne")
    assert not same_first_name("dana", "dina")
    assert not same_first_name("bill", "hillary")


def test_nickname_joins_the_one_full_form_of_the_surname() -> None:
    index = resolve_people(_rows(
        ("a1", "Henry Brennick", "finance minister"), ("a2", "Henry Brennick", None),
        ("a3", "Henry Brennick", None), ("a4", "Hank Brennick", None),
        ("a4", "Brennick", None)))
    assert list(index.people) == ["Henry Brennick"]
    assert index.lookup("a4", "Hank Brennick") == "Henry Brennick"


def test_relatives_and_ambiguous_short_forms_stay_apart() -> None:
    index = resolve_people(_rows(
        ("a1", "Marla Quist", None), ("a1", "Tobias Quist", None),  # relatives
        ("a2", "Alexander Dorn", None), ("a3", "Alexandra Dorn", None),
        ("a4", "Alex Dorn", None),  # either of two people
        ("a5", "Nicola Pettersen", None), ("a5", "Nicola Pettersen", None),
        ("a6", "Nicolas Pettersen", None)))
    assert {"Marla Quist", "Tobias Quist", "Alexander Dorn", "Alexandra Dorn", "Alex Dorn",
            "Nicola Pettersen", "Nicolas Pettersen"} <= set(index.people)


def test_an_ordinal_is_never_joined_by_a_short_form() -> None:
    index = resolve_people(_rows(
        ("a1", "Robert Tamsin II", None), ("a2", "Robert Tamsin II", None),
        ("a3", "Bob Tamsin", None)))
    assert "Bob Tamsin" in index.people
    assert "Robert Tamsin II" in index.people


def test_particle_and_one_word_needs_a_person_use() -> None:
    index = resolve_people(_rows(
        ("a1", "La Corriente", None), ("a2", "La Corriente", None),  # a paper's name
        ("a3", "Abu Karim", "militia commander"),  # named as people are: with a role
        ("a4", "Van Oosten", None), ("a4", "Oosten", None),  # its surname stands alone
        ("a5", "Ed Vance", None)))  # "Ed" alone is a given name, not "ed-" of "ed-Din"
    assert "La Corriente" not in index.people
    assert {"Abu Karim", "Van Oosten", "Ed Vance"} <= set(index.people)


def test_a_name_written_after_an_article_is_a_thing() -> None:
    rows = _rows(("a1", "Carrow Fields", None), ("a2", "Carrow Fields", None),
                 ("a3", "Carrow Fields", None), ("a4", "Imre Halloway", None),
                 ("a5", "Imre Halloway", None))
    texts = ["Leaders want a new Carrow Fields.", "The Carrow Fields accord held for years.",
             "Under the Carrow Fields system, rates were fixed.",
             "The Obama administration met Imre Halloway.", "Imre Halloway said no."]
    index = resolve_people(rows, texts=texts)
    assert "Carrow Fields" not in index.people
    assert "Imre Halloway" in index.people
