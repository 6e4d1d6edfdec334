"""Non-people kept out of the people list, name forms kept whole, relatives kept apart.

Invented corpora (no spaCy): mentions as the parser would store them, with labels, and the
articles' texts where the rule reads how the corpus writes a word.
"""

from __future__ import annotations

from core.people.resolve import MentionRow, resolve_people


def _rows(*items: tuple[str, str, str]) -> list[MentionRow]:
    return [MentionRow(article, name, None, label) for article, name, label in items]


def _places(article: str, place: str, times: int = 3) -> list[tuple[str, str, str]]:
    return [(article, place, "GPE")] * times


def test_time_zone_and_dateline_run_into_a_name() -> None:
    index = resolve_people(_rows(
        ("a1", "Teodor Vance", "PERSON"), ("a1", "Vance", "PERSON"),
        ("a2", "BST Teodor Vance", "PERSON"),  # a stamp line run into the lead
        ("a3", "BST MOSUL", "PERSON"), ("a3", "EST ALDERPORT", "PERSON"),
        ("a4", "Tue Mar", "PERSON")))
    assert list(index.people) == ["Teodor Vance"]
    assert index.lookup("a2", "BST Teodor Vance") == "Teodor Vance"
    assert "BST Teodor Vance" not in index.people["Teodor Vance"].aliases


def test_place_glued_before_a_surname_points_at_the_person_of_the_article() -> None:
    index = resolve_people(_rows(
        *_places("a0", "Kessaly"),
        ("a1", "Hamid Orzani", "PERSON"), ("a1", "Kessaly Orzani", "PERSON"),
        ("a2", "Kessaly Madness", "PERSON")))
    assert list(index.people) == ["Hamid Orzani"]
    assert index.lookup("a1", "Kessaly Orzani") == "Hamid Orzani"


def test_the_country_is_not_merged_into_a_person_sharing_its_name() -> None:
    index = resolve_people(_rows(
        *_places("a0", "Corvale", 5),
        ("a1", "Tamsin Corvale", "PERSON"), ("a1", "Corvale", "GPE"),
        ("a2", "Corvale", "GPE")))
    assert index.lookup("a1", "Corvale") is None
    assert index.lookup("a2", "Corvale") is None


def test_common_words_written_in_capitals_are_not_names() -> None:
    texts = ["Cases of marsh fever rose; the fever spread and the sick were flown out.",
             "Doctors said the fever was mild. Besides, the fever had peaked, and sick "
             "patients recovered; sick leave was granted and the fever faded."]
    index = resolve_people(_rows(
        *_places("a0", "Velmora"),
        ("a1", "Marsh Fever", "PERSON"), ("a1", "Marsh Fever", "PERSON"),
        ("a1", "Marsh Fever", "PERSON"), ("a2", "Sick Velmora", "PERSON"),
        ("a2", "Ines Calloway", "PERSON"), ("a2", "Calloway", "PERSON")), texts=texts)
    assert list(index.people) == ["Ines Calloway"]


def test_photo_credits_and_bylines_do_not_make_people() -> None:
    index = resolve_people(_rows(
        ("a1", "Lena Ostrova AP", "PERSON"), ("a2", "Pavel Ruud/Getty", "PERSON"),
        ("a3", "Marek Hollis REUTERS", "PERSON"),
        ("a4", "Oren Adair", "PERSON"), ("a4", "Oren Adair UN", "PERSON")))
    assert list(index.people) == ["Oren Adair"]
    assert index.lookup("a4", "Oren Adair UN") == "Oren Adair"


def test_names_the_parser_nearly_always_tags_otherwise_are_not_people() -> None:
    index = resolve_people(_rows(
        *[("a1", "Dunmore Square", "FAC")] * 12, ("a1", "Dunmore Square", "PERSON"),
        ("a1", "Square", "PROPN"),
        *[("a2", "Gale Street", "PROPN")] * 9, ("a2", "Gale Street", "PERSON"),
        ("a3", "Alain Le", "PERSON"),  # "Alain Le Roy" cut short
        ("a4", "Derbyshire Dr", "PERSON")))
    assert index.people == {}


def test_acronyms_and_groups_are_not_mononyms() -> None:
    index = resolve_people(_rows(
        *[(f"a{i}", "ET", "PERSON") for i in range(4)],
        *[(f"a{i}", "Shia", "NORP") for i in range(4)],
        *[(f"a{i}", "Shias", "PERSON") for i in range(4)],
        *[(f"a{i}", "Bono", "PERSON") for i in range(4)]))
    assert list(index.people) == ["Bono"]


def test_relatives_sharing_a_surname_stay_apart() -> None:
    index = resolve_people(_rows(
        ("a1", "George H.W. Bush", "PERSON"), ("a2", "George W. Bush", "PERSON"),
        ("a2", "George W. Bush", "PERSON"), ("a3", "George Bush", "PERSON"),
        ("a4", "Michael Smith II", "PERSON"), ("a5", "Michael Smith", "PERSON"),
        ("a6", "Hamad bin Khalifa Al Thani", "PERSON"),
        ("a7", "Hamad bin Jassim Al Thani", "PERSON")))
    assert sorted(index.people) == [
        "George Bush", "George H.W. Bush", "George W. Bush", "Hamad bin Jassim Al Thani",
        "Hamad bin Khalifa Al Thani", "Michael Smith", "Michael Smith II"]


def test_one_middle_named_person_takes_the_bare_spellings() -> None:
    index = resolve_people(_rows(
        ("a1", "Henry M. Paulson Jr.", "PERSON"), ("a2", "Henry Paulson", "PERSON"),
        ("a3", "George Herbert Walker Bush", "PERSON"), ("a3", "George H. W. Bush", "PERSON"),
        ("a3", "George H.W. Bush", "PERSON")))
    assert len(index.people) == 2
    assert index.lookup("a2", "Henry Paulson") == index.lookup("a1", "Henry M. Paulson Jr.")
    assert index.lookup("a3", "George Herbert Walker Bush") == "George H.W. Bush"


def test_particles_hyphens_and_name_order_keep_their_parts() -> None:
    index = resolve_people(_rows(
        ("a1", "Abu Bakr al-Baghdadi", "PERSON"), ("a1", "al-Baghdadi", "PERSON"),
        ("a2", "Kim Jong-un", "PERSON"), ("a2", "Kim Jong-un", "PERSON"),
        ("a3", "Ngozi Okonjo-Iweala", "PERSON"), ("a3", "Okonjo-Iweala", "PERSON"),
        ("a4", "Hamad bin Khalifa Al Thani", "PERSON")))
    assert sorted(index.people) == ["Abu Bakr al-Baghdadi", "Hamad bin Khalifa Al Thani",
                                    "Kim Jong-un", "Ngozi Okonjo-Iweala"]
    assert index.lookup("a3", "Okonjo-Iweala") == "Ngozi Okonjo-Iweala"
    assert index.lookup("a1", "al-Baghdadi") == "Abu Bakr al-Baghdadi"


def test_a_title_before_a_full_name_is_a_role_not_part_of_the_name() -> None:
    index = resolve_people(_rows(
        ("a1", "Monsignor Joseph Serge Miot", "PERSON"), ("a1", "Miot", "PERSON"),
        ("a2", "Pvt Ravell", "PERSON"), ("a2", "Johnson Ravell", "PERSON")))
    assert sorted(index.people) == ["Johnson Ravell", "Joseph Serge Miot"]
    assert index.people["Joseph Serge Miot"].role == "Monsignor"
    assert index.lookup("a2", "Pvt Ravell") == "Johnson Ravell"
