"""Reports from one article: each sentence with a time expression that can date an event."""

from __future__ import annotations

from spacy.tokens import Doc

from core.models import EventPerson, PersonMention, Report, TimeExpression

TITLE_LIMIT = 90
CONFIDENCE_BY_RULE_PREFIX = (("absolute", 0.95), ("deictic", 0.85), ("relative", 0.8))


def _title(sentence: str) -> str:
    text = " ".join(sentence.split())
    if len(text) <= TITLE_LIMIT:
        return text
    cut = text[: TITLE_LIMIT - 1].rsplit(" ", 1)[0]
    return cut + "…"


def _confidence(time: TimeExpression) -> float:
    for prefix, value in CONFIDENCE_BY_RULE_PREFIX:
        if time.receipt.rule.startswith(prefix):
            return value
    return 0.6


def extract_reports(
    doc: Doc, article_key: str, times: list[TimeExpression], mentions: list[PersonMention]
) -> list[Report]:
    """One report per (sentence, first event-dating time expression in it)."""
    reports = []
    for sent in doc.sents:
        dating = [t for t in times if sent.start_char <= t.start < sent.end_char
                  and t.dates_an_event]
        if not dating:
            continue
        time = dating[0]
        people = tuple(dict.fromkeys(
            EventPerson(m.name) for m in mentions
            if sent.start_char <= m.start < sent.end_char
        ))
        reports.append(Report(
            article_key=article_key, sentence=sent.text.strip(),
            sentence_start=sent.start_char, clause_start=sent.start_char,
            clause_end=sent.end_char, title=_title(sent.text), time=time, people=people,
            confidence=_confidence(time),
        ))
    return reports
