"""Person mentions read off the parse: particles kept, styles, coordinated names, introductions.

Made-up sentences run through the project's spaCy model; each test is one rule of
``core.people.extract``.
"""

from __future__ import annotations

import pytest

from core.models import PersonMention
from core.nlp import load_nlp
from core.people.extract import person_mentions


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def _people(nlp, text: str) -> list[PersonMention]:  # type: ignore[no-untyped-def]
    return [m for m in person_mentions(nlp(text)) if m.label == "PERSON"]


def test_a_surname_joined_to_its_particle_stays_in_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    names = [m.name for m in _people(nlp, "Followers of the cleric Tariq al-Mansouri, the police "
                                           "said, marched through the square on Friday.")]
    assert names == ["Tariq al-Mansouri"]


def test_a_peer_named_by_style_and_surname_keeps_the_style(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _people(nlp, "The attorney general, Lord Pemberly, gave his advice to the cabinet.")
    assert [(m.name, m.text) for m in found] == [("Lord Pemberly", "Lord Pemberly")]
    # a courtesy title is still dropped
    names = [m.name for m in person_mentions(nlp("Later, Mr Pemberly left the building."))]
    assert names == ["Pemberly"]


def test_a_first_name_coordinated_with_a_full_name_shares_its_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _people(nlp, "The first cases were confirmed as honeymooners Callum and Dawn "
                         "Fernside, of Crayford, near Dunmere.")
    assert [m.name for m in found] == ["Callum Fernside", "Dawn Fernside"]
    assert found[0].text == "Callum"


def test_names_already_complete_are_not_given_the_other_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    names = [m.name for m in _people(nlp, "Tobias Wren and Priya Lindqvist arrived together, "
                                           "and later Wren and Priya Lindqvist spoke.")]
    assert "Tobias Lindqvist" not in names and "Wren Lindqvist" not in names


def test_an_organisation_label_gives_way_to_how_a_person_is_introduced(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("A nurse, Quill Haverty, 41, of Tarnby, fell ill.")
    assert ("Quill Haverty", "ORG") in [(e.text, e.label_) for e in doc.ents]  # the parser's
    assert ("Quill Haverty", "PERSON") in [(m.name, m.label) for m in person_mentions(doc)]
    doc = nlp("The Kestrel Group, of Tarnby, said it would appeal.")
    assert "PERSON" not in [m.label for m in person_mentions(doc)]


def test_a_role_comes_from_the_apposition_the_name_stands_in(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The risk is real, said the agency's deputy head, Renji Okabara.")
    assert [(m.name, m.role) for m in _people(nlp, doc.text)] == [
        ("Renji Okabara", "deputy head")]
    # a neighbour's role is not this person's
    found = {m.name: m.role for m in _people(
        nlp, "Chief executive Tobias Wren met Priya Lindqvist on Friday.")}
    assert found.get("Priya Lindqvist") is None


def test_an_opening_adverb_is_not_part_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    names = [m.name for m in _people(nlp, "Luckily Edgar survived the fever.")]
    assert "Luckily Edgar" not in names
