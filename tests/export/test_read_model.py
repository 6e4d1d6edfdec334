"""The one read model (``core.queries``): every reader gets the same events, in the same
order, with the same people and sources, and article text without control sequences."""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils
from export_store import R, StoreBuilder

from core.filters import TimelineFilter
from core.queries import event_detail, iter_event_details, iter_events


def test_the_bulk_loader_and_the_detail_agree(story_db: sqlite_utils.Database) -> None:
    for f in (TimelineFilter(), TimelineFilter(include_hidden=True),
              TimelineFilter(people=("Elena Ruiz",))):
        details = list(iter_event_details(story_db, f))
        assert [d.row for d in details] == list(iter_events(story_db, f))
        assert details == [event_detail(story_db, d.row.id) for d in details]
    assert event_detail(story_db, 10_000) is None


def test_people_and_sources_come_in_one_order(
        store_builder: Callable[[], StoreBuilder]) -> None:
    b = store_builder()
    b.article("late", title="Late", source="Alpha", published="2024-05-18T09:00:00+00:00")
    b.article("zulu", title="Zulu", source="Zulu", published="2024-05-17T09:00:00+00:00")
    b.article("beta", title="Beta", source="Beta", published="2024-05-17T09:00:00+00:00")
    zoe, ana, bo = b.person("Zoe Marsh"), b.person("Ana Ruiz"), b.person("Bo Tanaka")
    b.event("2024-05-13", "Talks opened.", [
        R("late", "Talks opened on 13 May.", "13 May"),
        R("zulu", "On 13 May talks opened.", "13 May"),
        R("beta", "Talks opened 13 May, second.", "13 May"),
        R("beta", "Talks opened 13 May, first report kept.", "13 May")],
        people=[(bo, True), zoe, ana])
    (detail,) = iter_event_details(b.finish(), TimelineFilter())
    assert detail.people == (("Ana Ruiz", False), ("Zoe Marsh", False), ("Bo Tanaka", True))
    # publish date, then outlet, then the order the reports were stored in
    assert [(s.outlet, s.sentence[-7:]) for s in detail.sources] == [
        ("Beta", "second."), ("Beta", "t kept."), ("Zulu", "opened."), ("Alpha", "13 May.")]


def test_article_text_arrives_without_control_sequences(
        store_builder: Callable[[], StoreBuilder]) -> None:
    b = store_builder()
    b.article("a", title="Port\x1b]0;pwned\x07 strike", source="Harbor \x1b[31mWire\x1b[0m",
              published="2024-05-17T09:00:00+00:00", url="https://a.test/\x1b[2J")
    ana = b.person("Ana\u200b Ruiz\x1b[5m")
    b.event("2024-05-13", "Dock\x1b[5m workers walked out.", [
        R("a", "Dock workers walked out on 13 May.\x07", "13 May")],
        people=[ana], conflict="\x1b[1msources\x1b[0m disagree")
    db = b.finish()
    (detail,) = iter_event_details(db, TimelineFilter())
    assert detail == event_detail(db, detail.row.id)
    row, (source,) = detail.row, detail.sources
    assert (row.title, row.people, row.conflict) == (
        "Dock workers walked out.", "Ana Ruiz", "sources disagree")
    assert detail.people == (("Ana Ruiz", False),)
    assert (source.outlet, source.article_title, source.url) == (
        "Harbor Wire", "Port strike", "https://a.test/")
    assert source.sentence == "Dock workers walked out on 13 May."
