"""Reports from one article: each clause dated by a time expression that can date an event.

A sentence with two dated clauses gives two reports, each with its own date and people.
Durations, sets and vague references date nothing. Fragments without a verb (page furniture,
captions, plugs) and wire photo captions (:mod:`core.events.captions`) are not events. An
event's people are the names in its clause (its subject included, even when shared with a
governing verb); when the clause's subject is a bare "he" or "she" and the previous sentence
names exactly one person, that person is added as implied.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from datetime import date, datetime

from spacy.tokens import Doc, Span

from core.events.captions import photo_caption
from core.events.clauses import Clause, dated_clauses, subject_of
from core.events.generic import generic_present, past_after_publication
from core.events.reported import (
    REPORTED_CONFIDENCE,
    names_person,
    person_starts,
    reported_time,
    statement_clause,
)
from core.events.titles import clause_title, names_nobody
from core.models import GRANULARITY_RANK, EventPerson, PersonMention, Report, TimeExpression
from core.temporal.state import NARRATIVE

_PRONOUNS = frozenset({"he", "she", "him", "her"})
# Labels a name may carry and still be written onto a report (the resolver decides later).
_NAME_LABELS = frozenset({"PERSON", "PROPN", "ORG", "NORP", "GPE"})
CONFIDENCE_BY_RULE = (
    ("absolute.month-day-no-year", 0.9),
    ("absolute", 0.95),
    ("deictic", 0.9),
    ("tense", 0.8),
    ("relative", 0.8),
    ("offset", 0.75),
)
VAGUE_CONFIDENCE = 0.5
LOOK_BACK = 2  # sentences a pronoun may look back over for its one person
LEAD_SENTENCES = 3  # sentences with a verb the lead statement may be preceded by (furniture)


def confidence(time: TimeExpression) -> float:
    """How sure the date is: explicit > resolved from tense or anchor > vague; finer is surer."""
    rule = time.receipt.rule
    base = next((value for prefix, value in CONFIDENCE_BY_RULE if rule.startswith(prefix)),
                VAGUE_CONFIDENCE)
    if "vague" in rule or time.mod == "APPROX":
        base = min(base, VAGUE_CONFIDENCE)
    rank = GRANULARITY_RANK[time.granularity]
    penalty = 0.0 if rank >= 8 else 0.05 if rank == 7 else 0.1 if rank >= 5 else 0.2
    return round(max(0.1, base - penalty), 2)


_LABEL_PREFIX = re.compile(r"^\W*(?:[A-Za-z]+\s){0,2}[A-Za-z]+:\s*")


def _furniture(sent: Span) -> bool:
    """A "Label: text" line ("Read next: ...", "Photo: ...") whose text has no verb."""
    match = _LABEL_PREFIX.match(sent.text)
    if not match:
        return False
    rest = [t for t in sent if t.idx >= sent.start_char + match.end()]
    return not _has_verb(rest)


def _has_verb(tokens: Iterable[object]) -> bool:
    return any(getattr(t, "pos_", "") in ("VERB", "AUX") for t in tokens)


def _names_in(mentions: list[PersonMention], spans: list[tuple[int, int]]) -> list[str]:
    lo = min(a for a, _ in spans)
    hi = max(b for _, b in spans)
    return [m.name for m in mentions if lo <= m.start < hi and m.label in _NAME_LABELS
            and any(a <= m.start < b for a, b in spans)]


def _token_spans(clause: Clause) -> list[tuple[int, int]]:
    return [(t.idx, t.idx + len(t.text) + 1) for t in (*clause.tokens, *clause.subject)]


def _one_person(mentions: list[PersonMention], sents: list[Span]) -> str | None:
    """The only person the previous sentence names (one surname, any spelling).

    A name counts when spaCy tagged it PERSON, or when it is the surname of a name it tagged
    PERSON elsewhere in the article (so a surname mis-tagged ORG still counts).

    A previous "sentence" that names nobody and sits in the same paragraph (a quotation the
    parser split off) hands over to the one before it.
    """
    names: list[str] = []
    surnames = {m.name.split()[-1] for m in mentions if m.label == "PERSON"}
    for back, sent in enumerate(reversed(sents[-LOOK_BACK:])):
        names = [m.name for m in mentions
                 if (m.label == "PERSON" or m.name.split()[-1] in surnames)
                 and sent.start_char <= m.start < sent.end_char]
        paragraph_break = "\n\n" in sent.doc[sent.start:sents[-1].end].text_with_ws
        if names or paragraph_break or back + 1 >= LOOK_BACK:
            break
    surnames = {n.split()[-1] for n in names}
    if len(surnames) != 1:
        return None
    return max(names, key=len)


def _pronoun_subject(clause: Clause) -> bool:
    """True when the clause, or a clause governing it ("She said ..."), has "he"/"she"."""
    if len(clause.subject) == 1 and clause.subject[0].text.casefold() in _PRONOUNS:
        return True
    for verb in clause.head.ancestors:
        subject = subject_of(verb)
        if subject:
            return len(subject) == 1 and subject[0].text.casefold() in _PRONOUNS
    return False


def _publish_date(times: list[TimeExpression]) -> date | None:
    """The publish date: every receipt not counted from the narrative carries it."""
    for time in times:
        if time.receipt.anchor_kind != NARRATIVE:
            return time.receipt.anchor.date()
    return None


def extract_reports(
    doc: Doc, article_key: str, times: list[TimeExpression], mentions: list[PersonMention],
    published: datetime | None = None, *, lead: bool = True,
) -> list[Report]:
    """One report per dated clause of every sentence that has a verb, and with ``published``
    one reported event (see :mod:`core.events.reported`) per undated statement that is the
    lead (the first statement among the first ``LEAD_SENTENCES`` sentences with a verb, when
    ``lead``: the text starts the article) or names a person."""
    reports = []
    previous: list[Span] = []
    published_day = published.date() if published else _publish_date(times)
    ordered = sorted(times, key=lambda t: t.start)  # each sentence looks at its own times only
    starts = [t.start for t in ordered]
    undated = reported_time(published) if published else None
    people_at = person_starts(mentions)
    lead_chances = LEAD_SENTENCES if lead else 0
    for sent in doc.sents:
        lo = bisect.bisect_left(starts, sent.start_char)
        hi = bisect.bisect_left(starts, sent.end_char)
        own = ordered[lo:hi]
        if not _has_verb(sent) or _furniture(sent) or photo_caption(sent, own):
            previous.append(sent)
            continue
        lead_chances -= 1
        clauses = [clause for clause in dated_clauses(sent, own)
                   if _has_verb(clause.tokens) and not generic_present(clause)
                   and not past_after_publication(clause, published_day)]
        stated = None
        if undated and not clauses and (lead_chances >= 0 or names_person(sent, people_at)):
            stated = statement_clause(sent, undated)
            if stated is not None:
                clauses = [stated]
        for clause in clauses:
            title = clause_title(clause, person=_one_person(mentions, previous),
                                 mentions=mentions)
            if names_nobody(title):
                continue  # "He left the marines", "It was a hard week": whose, what?
            named = list(dict.fromkeys(_names_in(mentions, _token_spans(clause))))
            people = [EventPerson(n) for n in named]
            if _pronoun_subject(clause):
                implied = _one_person(mentions, previous)
                if implied and implied not in named:
                    people.append(EventPerson(implied, implied=True))
            reports.append(Report(
                article_key=article_key, sentence=sent.text.strip(),
                sentence_start=sent.start_char, clause_start=clause.start,
                clause_end=clause.end, time=clause.time,
                title=title,
                people=tuple(people),
                confidence=REPORTED_CONFIDENCE if clause is stated else confidence(clause.time),
            ))
            lead_chances = -1  # the first statement is the lead; the rest need a person
        previous.append(sent)
    return reports
