"""Key people kept whole: particle surnames, long names cut in two, people the parser tagged ORG.

Resolver rules on invented corpora (mentions as stored: article, name, label); parse rules on
made-up sentences through the project's spaCy model, with the entity labels set by the test
where the rule is about a label the parser may or may not give.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from core.nlp import load_nlp
from core.people.extract import person_mentions
from core.people.resolve import MentionRow, resolve_people


def _rows(*items: tuple[str, str, str]) -> list[MentionRow]:
    return [MentionRow(article, name, None, label) for article, name, label in items]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def _labelled(nlp, text: str, spans: list[tuple[str, str]]) -> Doc:  # type: ignore[no-untyped-def]
    """``text`` parsed, its entities replaced by ``spans`` (each a phrase and a label)."""
    doc = nlp(text)
    ents = []
    for phrase, label in spans:
        at = text.index(phrase)
        span = doc.char_span(at, at + len(phrase), label=label)
        assert span is not None
        ents.append(span)
    doc.ents = ents
    return doc


def test_a_particle_joined_surname_is_a_name_though_written_in_lower_case() -> None:
    # "al-Rawandi" starts in lower case every time the corpus writes it: still a surname
    texts = ["Talks with Hadi al-Rawandi resumed; al-Rawandi said the al-Rawandi plan "
             "stood, and al-Rawandi aides agreed."]
    index = resolve_people(_rows(
        ("a1", "Hadi al-Rawandi", "PERSON"), ("a1", "Hadi al-Rawandi", "PERSON"),
        ("a1", "Hadi Rawandi", "PERSON"), ("a1", "al-Rawandi", "PERSON")), texts=texts)
    assert list(index.people) == ["Hadi al-Rawandi"]
    assert index.lookup("a1", "al-Rawandi") == "Hadi al-Rawandi"


def test_a_common_word_at_the_end_is_still_not_a_surname() -> None:
    texts = ["The fever spread; the fever rose and the fever faded. Fever clinics opened."]
    index = resolve_people(_rows(("a1", "Marsh Fever", "PERSON")), texts=texts)
    assert not index.people


def test_the_last_words_of_a_longer_name_are_that_person() -> None:
    index = resolve_people(_rows(
        ("a1", "Zayd El Haroun Ben Kassem", "PERSON"), ("a1", "Ben Kassem", "PERSON"),
        ("a2", "Ben Kassem", "PERSON"), ("a2", "Ben Kassem", "PERSON"),
        ("a3", "Ben Kassem", "PERSON"), ("a3", "Haroun Ben Kassem", "PERSON"),
        ("a4", "Zayd El Haroun Ben Kassem", "PERSON"),
        ("a4", "Zayd el-Haroun Ben Kassem", "PERSON")))  # another transliteration
    assert list(index.people) == ["Zayd El Haroun Ben Kassem"]  # the full name, not the short
    assert index.lookup("a2", "Ben Kassem") == "Zayd El Haroun Ben Kassem"
    assert index.lookup("a3", "Haroun Ben Kassem") == "Zayd El Haroun Ben Kassem"
    assert index.lookup("a4", "Zayd el-Haroun Ben Kassem") == "Zayd El Haroun Ben Kassem"


def test_a_short_form_written_far_more_often_stays_the_name() -> None:
    index = resolve_people(_rows(
        ("a1", "Omar Karim Tessaly", "PERSON"),
        *[(f"a{i}", "Karim Tessaly", "PERSON") for i in range(1, 6)]))
    assert list(index.people) == ["Karim Tessaly"]
    assert index.lookup("a1", "Omar Karim Tessaly") == "Karim Tessaly"


def test_relatives_named_by_different_middle_names_stay_apart() -> None:
    index = resolve_people(_rows(
        ("a1", "Harold J.K. Wendt", "PERSON"), ("a2", "Harold K. Wendt", "PERSON"),
        ("a3", "Harold Amadeus Wendt", "PERSON"), ("a4", "Harold Amedeus Wendt", "PERSON")))
    assert "Harold J.K. Wendt" in index.people and "Harold K. Wendt" in index.people
    # one letter apart in a long middle name: one person's name spelt two ways
    assert len(index.people) == 3


def test_a_tail_shared_by_two_longer_names_stays_apart() -> None:
    index = resolve_people(_rows(
        ("a1", "Mira Ann Solberg", "PERSON"), ("a1", "Lisa Ann Solberg", "PERSON"),
        ("a1", "Ann Solberg", "PERSON")))
    assert "Ann Solberg" in index.people
    assert index.lookup("a1", "Ann Solberg") == "Ann Solberg"


def test_a_word_that_alone_is_never_a_person_is_cut_off_a_rare_name() -> None:
    # "Chirpnet" stands alone untagged or as an organisation throughout: a brand
    index = resolve_people(_rows(
        *[(f"a{i}", "Chirpnet", "PROPN") for i in range(6)], ("a0", "Chirpnet", "ORG"),
        ("a1", "Mark Tolliver", "PERSON"), ("a1", "Chirpnet Tolliver", "PERSON"),
        ("a2", "Chirpnet", "PERSON")))
    assert list(index.people) == ["Mark Tolliver"]
    assert index.lookup("a1", "Chirpnet Tolliver") == "Mark Tolliver"


def test_two_person_entities_side_by_side_are_one_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Crowds cheered the fall of Zayd El Haroun Ben Kassem on Friday."
    doc = _labelled(nlp, text, [("Zayd El", "PERSON"), ("Haroun Ben Kassem", "PERSON")])
    assert [m.name for m in person_mentions(doc) if m.label == "PERSON"] == [
        "Zayd El Haroun Ben Kassem"]
    # a comma or a conjunction between them: two people
    text = "Tobias Wren, Priya Lindqvist and Dawn Fernside arrived."
    doc = _labelled(nlp, text, [("Tobias Wren", "PERSON"), ("Priya Lindqvist", "PERSON"),
                                ("Dawn Fernside", "PERSON")])
    assert len([m for m in person_mentions(doc) if m.label == "PERSON"]) == 3


def test_a_name_tagged_org_after_a_courtesy_title_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Dr Renji Okabara of the agency told reporters the virus was spreading."
    doc = _labelled(nlp, text, [("Renji Okabara", "ORG")])
    assert [(m.name, m.label) for m in person_mentions(doc) if m.label == "PERSON"] == [
        ("Renji Okabara", "PERSON")]


def test_a_name_tagged_org_after_a_role_is_a_person_with_that_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The alert was raised, which assistant director general Renji Okabara called a step."
    doc = _labelled(nlp, text, [("Renji Okabara", "ORG")])
    found = [(m.name, m.role) for m in person_mentions(doc) if m.label == "PERSON"]
    assert found == [("Renji Okabara", "assistant director general")]


def test_an_organisation_after_an_ordinary_word_stays_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Shares of Kestrel Dynamics fell after the report."
    doc = _labelled(nlp, text, [("Kestrel Dynamics", "ORG")])
    assert "PERSON" not in [m.label for m in person_mentions(doc)]


def test_a_role_whose_parse_head_is_a_qualifier_still_introduces_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The agency's assistant director-general, Renji Okabara, says seven have died."
    doc = _labelled(nlp, text, [("Renji Okabara", "ORG")])
    found = [(m.name, m.role) for m in person_mentions(doc) if m.label == "PERSON"]
    assert len(found) == 1 and found[0][0] == "Renji Okabara"
    assert found[0][1] is not None and "director" in found[0][1]


def test_a_word_mostly_written_in_lower_case_is_no_mononym() -> None:
    texts = ["The riot spread; a riot squad came and the riot ended. Riot police left."] * 3
    rows = [(f"a{i}", "Riot", "PERSON") for i in range(4)]
    rows += [(f"a{i}", "Zephyrine", "PERSON") for i in range(4)]  # a stage name
    index = resolve_people(_rows(*rows), texts=texts)
    assert list(index.people) == ["Zephyrine"]


def test_a_bare_name_goes_to_the_relative_named_far_more_often() -> None:
    rows = [(f"a{i}", "Walter K. Brandt", "PERSON") for i in range(6)]
    rows += [("a9", "Walter J.K. Brandt", "PERSON")]  # the father, named once
    rows += [(f"b{i}", "Walter Brandt", "PERSON") for i in range(8)]
    index = resolve_people(_rows(*rows))
    assert sorted(index.people) == ["Walter Brandt", "Walter J.K. Brandt"]
    assert index.lookup("a1", "Walter K. Brandt") == "Walter Brandt"  # the son's usual name
    assert index.lookup("a9", "Walter J.K. Brandt") == "Walter J.K. Brandt"
