"""Statements without a time phrase: reported events, placed on or before the publish date.

News writes the day's events without a date: "A court has ordered the former minister to stand
trial", "Police arrested three men", "The minister says she will not resign". Such a sentence
still tells something that happened by the time the article appeared. It becomes a *reported*
event: TIMEX3 value of the publish date with mod ``ON_OR_BEFORE``, granularity ``reported``, low
confidence, and a receipt saying why. A dated source of the same event always wins its date.

Which sentences are statements (the dependency parse decides, with the sentence's own verb):

* the main verb is past ("arrested", "was arrested", "did not sign"), perfect ("has
  ordered") or a verb of saying in the present ("says", "warns");
* it has a subject, and the subject is not the writer ("I", "we", "you": opinion and quotes
  of opinion are not events);
* it is not a question, not a condition ("If ... had ..."), not a modal or a future ("would",
  "could", "will"), and has at least ``MIN_WORDS`` words;
* it is not mostly a quotation (someone's words are commentary, unless reported: "X said
  cases had risen" is a statement, '"History teaches us ...," says X' is not), and not a
  fragment or a heading (it starts in capitals, and is not mostly capitals).

Of those, an article gives an event for its lead (the first statement: the news of the day)
and for every statement naming a person, so everyone the people panel lists can be followed.
No library marks reported speech or news statements; the tests read spaCy's tags and
dependency labels, so the rule is a few lines over the parse rather than a word list.
"""

from __future__ import annotations

import bisect
from datetime import date, datetime

from spacy.tokens import Span, Token

from core.events.clauses import Clause, subject_of
from core.events.generic import SAYING_VERBS
from core.models import Granularity, PersonMention, Receipt, TimeExpression, TimexType
from core.temporal.state import PUBLISH

REPORTED_RULE = "reported.publish-date"
REPORTED_MOD = "ON_OR_BEFORE"
REPORTED_CONFIDENCE = 0.25
MIN_WORDS = 6
_WRITER = frozenset({"i", "we", "you", "me", "us"})
_MODAL = "MD"
_PERFECT = frozenset({"has", "have", "had", "'s", "'ve"})


def reported_time(published: datetime, at: int = 0) -> TimeExpression:
    """The "time" of a reported statement: its article's publish day, on or before.

    A zero-length span at ``at`` (no words of the sentence are a time phrase) with a receipt
    that says where the date comes from.
    """
    day: date = published.date()
    return TimeExpression(
        start=at, end=at, text="", type=TimexType.DATE, value=day.isoformat(),
        granularity=Granularity.REPORTED, range_start=day, range_end=day,
        receipt=Receipt(anchor=published, anchor_kind=PUBLISH, rule=REPORTED_RULE,
                        explanation=f"no time phrase: reported on or before the publish date"
                                    f" {day.isoformat()}"),
        mod=REPORTED_MOD)


def _auxiliaries(head: Token) -> list[Token]:
    return [child for child in head.children if child.dep_ in ("aux", "auxpass")]


def _tells_something(head: Token) -> bool:
    """Past, perfect, or a present verb of saying, and no modal or future."""
    auxiliaries = _auxiliaries(head)
    if any(aux.tag_ == _MODAL for aux in auxiliaries):
        return False
    if head.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxiliaries):
        return True
    if head.tag_ == "VBN" and any(aux.lower_ in _PERFECT for aux in auxiliaries):
        return True
    return head.tag_ == "VBZ" and head.lower_ in SAYING_VERBS


def _conditional(head: Token) -> bool:
    return any(child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                             for g in child.children)
               for child in head.children) or any(
        child.dep_ == "mark" and child.lower_ in ("if", "unless") for child in head.children)


_QUOTE_PAIRS = (("“", "”"), ('"', '"'), ("‘", "’"))
QUOTED_SHARE = 0.3  # a sentence more quoted than this is someone's words, not a statement
CAPITALS_SHARE = 0.5  # a line mostly in capitals is a heading or a caption


def quoted_share(text: str) -> float:
    """The share of ``text``'s letters that stand inside quotation marks (open quotes count
    to the end: a quotation running on to the next sentence)."""
    letters = sum(ch.isalpha() for ch in text)
    if not letters:
        return 0.0
    inside = 0
    closing: str | None = None
    for ch in text:
        if closing is not None:
            if ch == closing:
                closing = None
            elif ch.isalpha():
                inside += 1
            continue
        closing = next((close for open_, close in _QUOTE_PAIRS if ch == open_), None)
    return inside / letters


def _fragment(text: str) -> bool:
    """A piece of a sentence (it starts with punctuation or in lower case) or a heading."""
    first = text[0]
    if not (first.isupper() or first.isdigit()):
        return True
    letters = [ch for ch in text if ch.isalpha()]
    return sum(ch.isupper() for ch in letters) > CAPITALS_SHARE * len(letters)


def statement_clause(sent: Span, time: TimeExpression) -> Clause | None:
    """The whole sentence as a clause when it states something (see module doc), else None."""
    text = sent.text.strip()
    if not text or text.rstrip("\"'”’)").endswith("?") or _fragment(text):
        return None
    if quoted_share(text) > QUOTED_SHARE:
        return None
    if sum(1 for t in sent if t.is_alpha) < MIN_WORDS:
        return None
    head = sent.root
    if head.pos_ not in ("VERB", "AUX") or not _tells_something(head) or _conditional(head):
        return None
    subject = subject_of(head)
    if not subject or any(t.lower_ in _WRITER and t.dep_ in ("nsubj", "nsubjpass")
                          for t in subject):
        return None
    tokens = [t for t in sent if not t.is_space]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "cc"):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct and tokens[-1].text not in ".!?":
        tokens.pop()
    if not tokens:
        return None
    return Clause(head, time, tuple(tokens), subject)


def person_starts(mentions: list[PersonMention]) -> list[int]:
    """Where the names spaCy tagged as people start, sorted (for :func:`names_person`)."""
    return sorted(m.start for m in mentions if m.label == "PERSON")


def names_person(sent: Span, starts: list[int]) -> bool:
    """Whether a person's name (``starts`` from :func:`person_starts`) starts in ``sent``."""
    at = bisect.bisect_left(starts, sent.start_char)
    return at < len(starts) and starts[at] < sent.end_char
