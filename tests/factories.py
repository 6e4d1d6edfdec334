"""Hand-built analysed articles for store and query tests (no spaCy needed)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from core.granular import parse_value
from core.models import (
    AnalysedArticle,
    Article,
    EventPerson,
    PersonMention,
    Receipt,
    Report,
    TimeExpression,
    TimexType,
)

EDT = timezone(timedelta(hours=-4))


def article(text: str, *, title: str = "Port talks", origin: str = "a.md",
            published: datetime | None = None, source: str = "Harbor Ledger",
            url: str | None = None) -> Article:
    """An article published (by default) on Fri 17 May 2024, 09:30 EDT."""
    return Article(origin=origin, title=title, text=text,
                   published=published or datetime(2024, 5, 17, 9, 30, tzinfo=EDT),
                   source=source, url=url)


def timex(text: str, phrase: str, value: str, anchor: datetime, rule: str = "absolute.date",
          mod: str | None = None) -> TimeExpression:
    """The time expression ``phrase`` (first occurrence in ``text``) resolved to ``value``."""
    start = text.index(phrase)
    parsed = parse_value(value, mod)
    assert parsed is not None
    return TimeExpression(start, start + len(phrase), phrase, TimexType.DATE, value,
                          parsed.granularity, parsed.start, parsed.end,
                          Receipt(anchor, "publish date", rule, f"'{phrase}' -> {value}"), mod)


def analysed(art: Article, facts: list[tuple[str, str, str, list[str]]]) -> AnalysedArticle:
    """An analysed article: each fact is (sentence, time phrase, value, people named)."""
    times, mentions, reports = [], [], []
    for sentence, phrase, value, people in facts:
        offset = art.text.index(sentence)
        t = timex(art.text, phrase, value, art.published)
        times.append(t)
        for name in people:
            at = art.text.index(name, offset)
            mentions.append(PersonMention(at, at + len(name), name, name))
        reports.append(Report(art.key, sentence, offset, offset, offset + len(sentence),
                              sentence[:90], t, tuple(EventPerson(n) for n in people), 0.9))
    return AnalysedArticle(art, tuple(times), tuple(mentions), tuple(reports))
