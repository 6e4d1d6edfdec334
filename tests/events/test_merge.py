"""Unit tests for cross-source merging and agreed dates (no spaCy)."""

from __future__ import annotations

from datetime import date, timedelta

from core.events.merge import ReportRow, agreed_date, merge_reports


def _row(rid: int, article: str, text: str, day: int, people: tuple[str, ...] = ()) -> ReportRow:
    d = date(2024, 3, day)
    return ReportRow(rid, article, text, people, d.isoformat(), d, d, 8)


def test_same_event_from_two_articles_merges() -> None:
    rows = [
        _row(1, "a", "Nadia Ferro resigned from the ferry board", 4, ("Nadia Ferro",)),
        _row(2, "b", "Ferro quit the ferry board after a row", 4, ("Nadia Ferro",)),
        _row(3, "c", "The ferry company cut its timetable", 4),
    ]
    assert merge_reports(rows) == [[1, 2], [3]]


def test_one_article_telling_an_event_twice_is_one_event() -> None:
    rows = [
        _row(1, "a", "Nadia Ferro resigned from the ferry board", 4, ("Nadia Ferro",)),
        _row(2, "b", "Ferro quit the ferry board after a row", 4, ("Nadia Ferro",)),
        _row(3, "b", "Ferro resigned from the ferry board in protest", 4, ("Nadia Ferro",)),
    ]
    assert merge_reports(rows) == [[1, 2, 3]]
    assert agreed_date(rows, {}).conflict is None


def test_one_article_keeps_different_events_apart() -> None:
    rows = [
        _row(1, "a", "Ferro resigned from the ferry board", 4, ("Nadia Ferro",)),
        _row(2, "a", "Ferro spoke to reporters outside the terminal", 4, ("Nadia Ferro",)),
        _row(3, "a", "The ferry board met in an emergency session", 4),
        _row(4, "a", "The ferry board met in an emergency session", 5),
    ]
    assert merge_reports(rows) == [[1], [2], [3], [4]]


def test_conflicting_dates_merge_when_close_and_are_flagged() -> None:
    rows = [_row(1, "a", "The ferry board met in an emergency session", 11),
            _row(2, "b", "The ferry board met in an emergency session overnight", 11),
            _row(3, "c", "The ferry board convened in an emergency session", 10)]
    groups = merge_reports(rows)
    assert groups == [[1, 2, 3]]
    agreed = agreed_date(rows, {"2024-03-11": "11 Mar 2024", "2024-03-10": "10 Mar 2024"})
    assert agreed.value == "2024-03-11"
    assert agreed.conflict == "2 sources: 11 Mar 2024; 1 source: 10 Mar 2024"


def test_far_apart_dates_never_merge() -> None:
    rows = [_row(1, "a", "The ferry board met in an emergency session", 1),
            _row(2, "b", "The ferry board met in an emergency session", 20)]
    assert merge_reports(rows) == [[1], [2]]


def test_most_specific_compatible_date_wins() -> None:
    week = ReportRow(1, "a", "x", (), "2024-W10", date(2024, 3, 4), date(2024, 3, 10), 7)
    day = _row(2, "b", "x", 6)
    assert agreed_date([week, day], {}).value == "2024-03-06"
    assert agreed_date([week, day], {}).conflict is None


def _word(n: int) -> str:
    return "".join("bcdfghjklmnpqrstvwxz"[int(c)] for c in f"{n:04d}")


def test_many_reports_keep_every_report_once_and_merge_only_their_own_event() -> None:
    rows = []
    for i in range(3000):
        d = date(2020, 1, 1) + timedelta(days=(i % 300) // 3)  # three events a day
        topic = i % 300
        rows.append(ReportRow(i, f"art{i}", f"The {_word(topic)} board approved the "
                              f"{_word(topic + 5000)} plan", (), d.isoformat(), d, d, 8))
    groups = merge_reports(rows)
    assert sorted(i for g in groups for i in g) == list(range(3000))
    assert len(groups) == 300
    assert all(len({i % 300 for i in g}) == 1 for g in groups)


def _told(rid: int, article: str, title: str, clause: str, day: int,
          names: tuple[str, ...] = (), people: tuple[str, ...] = ()) -> ReportRow:
    d = date(2024, 3, day)
    return ReportRow(rid, article, clause, people, d.isoformat(), d, d, 8, title, names)


def test_the_same_happening_in_other_words_merges() -> None:
    rows = [
        _told(1, "a", "Bakers walked off the job",
              "Bakers at the Millbrook plant walked off the job at dawn", 4, ("Millbrook",)),
        _told(2, "b", "The walkout began",
              "The walkout at Millbrook began after pay talks collapsed", 4, ("Millbrook",)),
        _told(3, "c", "Negotiators reached a tentative agreement",
              "Negotiators for the bakers reached a tentative agreement, raising hopes", 9),
        _told(4, "d", "The agreement had been reached after 20 hours of bargaining",
              "The agreement itself had been reached after 20 hours of bargaining", 9),
        _told(5, "b", "Mediated talks resumed", "that resumed", 12),
        _told(6, "c", "The two sides will resume talks at a hotel",
              "the two sides will resume talks at a hotel near the station", 12),
    ]
    assert merge_reports(rows) == [[1, 2], [3, 4], [5, 6]]


def test_different_happenings_or_far_dates_stay_apart() -> None:
    rows = [
        _told(1, "a", "The council voted to close the library",
              "The council voted to close the riverside library", 4),
        _told(2, "b", "Union members voted to strike",
              "Union members at the depot voted to strike over pay", 4),
        _told(3, "c", "Negotiators reached a tentative agreement",
              "Negotiators for the bakers reached a tentative agreement", 4),
        _told(4, "d", "Negotiators reached a tentative agreement",
              "Negotiators for the bakers reached a tentative agreement", 20),
        _told(5, "e", "Ana Ruiz resigned from the bakery board",
              "Ana Ruiz resigned from the bakery board", 4, people=("Ana Ruiz",)),
        _told(6, "f", "Tom Beck resigned from the bakery board",
              "Tom Beck resigned from the bakery board", 4, people=("Tom Beck",)),
    ]
    groups = merge_reports(rows)
    assert groups == [[1], [2], [3], [4], [5], [6]]
