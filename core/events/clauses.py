"""Splitting a sentence into dated clauses with the dependency parse.

Each event-dating time expression belongs to the clause whose head governs it: walk up from the
expression's root to the nearest verb heading a clause (the root, a conjunct, an adverbial or
complement clause, a relative clause). Two expressions under different heads give two clauses;
a clause's tokens are its head's subtree minus the subtrees of other dated clauses inside it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from core.granular import parse_value
from core.models import GRANULARITY_RANK, Granularity, TimeExpression

CLAUSE_DEPS = frozenset({"ROOT", "conj", "advcl", "ccomp", "relcl", "parataxis", "csubj"})
# A verb modifying a noun ("acl") heads a clause too: "talks that will resume", "the deal
# struck on May 26"; its missing subject is the noun.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_VERBAL = frozenset({"VERB", "AUX"})
# A century places history, not a news event: "founded in the third century", "ideas of the
# 18th century" are background to a story, and on a timeline they read as nonsense dates.
_BACKGROUND_GRAINS = frozenset({Granularity.CENTURY})


def dates_story_event(time: TimeExpression) -> bool:
    """Whether ``time`` can date an event of the story (a range finer than a century)."""
    if not time.dates_an_event or time.granularity in _BACKGROUND_GRAINS:
        return False
    if time.granularity is Granularity.INTERVAL and time.value.split("/")[0].isdigit():
        return len(time.value.split("/")[0]) >= 4  # "since the 18th century" starts at "17"
    return True


@dataclass(frozen=True, slots=True)
class Clause:
    """A dated clause: its head verb, the time dating it, its tokens and its subject."""

    head: Token
    time: TimeExpression
    tokens: tuple[Token, ...]
    subject: tuple[Token, ...]  # the subject's tokens, inherited from the governing verb

    @property
    def start(self) -> int:
        """Character offset of the clause's first token."""
        return self.tokens[0].idx

    @property
    def end(self) -> int:
        """Character offset just after the clause's last token."""
        last = self.tokens[-1]
        return last.idx + len(last.text)


def clause_head(token: Token) -> Token:
    """The verb heading the clause that ``token`` belongs to (the sentence root at worst)."""
    current = token
    while True:
        if current.dep_ == "ROOT" or current.head is current:
            return current
        if current.dep_ in CLAUSE_DEPS and current.pos_ in _VERBAL:
            return current
        if current.dep_ == "acl" and current.pos_ == "VERB":  # "the deal struck on May 26"
            return current
        current = current.head


_RELATIVE = frozenset({"who", "that", "which", "whose", "whom"})


def _noun_phrase(noun: Token) -> tuple[Token, ...]:
    return tuple(t for t in noun.subtree
                 if (t.i <= noun.i and t.dep_ in ("compound", "poss", "case", "det", "amod"))
                 or t is noun)


def subject_of(head: Token) -> tuple[Token, ...]:
    """The subject of a clause head; a conjunct verb without one shares its governor's.

    A relative clause's "who"/"that" stands for the noun the clause modifies, and so does the
    missing subject of a participle modifying a noun ("the deal struck on May 26").
    """
    if head.dep_ == "acl" and not any(c.dep_ in SUBJECT_DEPS for c in head.children):
        return _noun_phrase(head.head)
    current: Token | None = head
    while current is not None:
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS:
                if child.text.casefold() in _RELATIVE and current.dep_ == "relcl":
                    return _noun_phrase(current.head)
                return tuple(child.subtree)
        if current.dep_ in ("conj", "xcomp") and current.head is not current:
            current = current.head
        else:
            current = None
    return ()


def _time_span(sent: Span, time: TimeExpression) -> Span | None:
    span = sent.doc.char_span(time.start, time.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _better(a: TimeExpression, b: TimeExpression) -> bool:
    """True when ``a`` dates a clause better than ``b``: finer grain, then earlier in text."""
    return (GRANULARITY_RANK[a.granularity], -a.start) > (GRANULARITY_RANK[b.granularity], -b.start)


# "after the board voted" happened before its governing clause's date; "before" after it;
# "when"/"as" at the same time.
_ORDER_MARKS = {"after": "BEFORE", "before": "AFTER", "when": None, "as": None}


def _when_clause(span: Span, time: TimeExpression) -> tuple[Token, TimeExpression] | None:
    """ "since last March, when shareholders tried ...": a relative clause on the time noun
    (``span``: the time's tokens), dated by the time it hangs on (the start of an interval:
    the "when" is last March)."""
    for token in span:
        for child in token.children:
            if child.dep_ == "relcl" and child.pos_ in _VERBAL and any(
                    grand.lower_ == "when" for grand in child.children):
                when = next(g for g in child.children if g.lower_ == "when")
                return child, _at_start(time, when)
    return None


def _at_start(time: TimeExpression, when: Token) -> TimeExpression:
    """``time`` as the "when" clause reads it: an interval's first part, spanning "when"."""
    value, granularity = time.value, time.granularity
    first_day, last_day = time.range_start, time.range_end
    if "/" in value:
        start = parse_value(value.split("/")[0])
        if start is not None:
            value, granularity = start.value, start.granularity
            first_day, last_day = start.start, start.end
    explanation = f"{time.receipt.explanation}; 'when' is the start: {value}"
    return replace(time, start=when.idx, end=when.idx + len(when.text), text=when.text,
                   value=value, granularity=granularity, range_start=first_day,
                   range_end=last_day, mod=None,
                   receipt=replace(time.receipt, rule=f"{time.receipt.rule}+when",
                                   explanation=explanation))


def _ordered_clause(head: Token, time: TimeExpression) -> tuple[Token, TimeExpression] | None:
    """An adverbial clause "after/before/when X ..." of a dated clause, dated from it.

    Its time is the governing clause's, moved by the conjunction; its span is the conjunction
    itself, so the receipt points at "after" and reads "before <date>".
    """
    for child in head.children:
        if child.dep_ != "advcl" or child.pos_ not in _VERBAL:
            continue
        mark = next((g for g in child.children if g.dep_ == "mark"
                     and g.lower_ in _ORDER_MARKS), None)
        if mark is None or time.mod in ("BEFORE", "AFTER"):
            continue
        mod = _ORDER_MARKS[mark.lower_]
        explanation = (f"{time.receipt.explanation}; the clause '{mark.text} ...' happened "
                       + ({"BEFORE": "before it", "AFTER": "after it"}.get(mod or "", "then")))
        moved = replace(time, start=mark.idx, end=mark.idx + len(mark.text), text=mark.text,
                        mod=mod or time.mod,
                        receipt=replace(time.receipt, rule=f"{time.receipt.rule}+{mark.lower_}",
                                        explanation=explanation))
        return child, moved
    return None


def dated_clauses(sent: Span, times: list[TimeExpression]) -> list[Clause]:
    """One clause per clause head that governs an event-dating expression in ``sent``, and
    one per clause that takes its date from one of those: a "when" clause on the time itself
    ("since last March, when shareholders tried ..."), an "after/before/when" clause of a
    dated clause ("resigned on Tuesday after the board voted")."""
    owned: dict[int, tuple[Token, TimeExpression]] = {}
    for time in times:
        if not dates_story_event(time) or not sent.start_char <= time.start < sent.end_char:
            continue
        span = _time_span(sent, time)
        if span is None:
            continue
        head = clause_head(span.root)
        if head.i not in owned or _better(time, owned[head.i][1]):
            owned[head.i] = (head, time)
        when = _when_clause(span, time)
        if when is not None and when[0].i not in owned:
            owned[when[0].i] = when
    for head, time in list(owned.values()):
        ordered = _ordered_clause(head, time)
        if ordered is not None and ordered[0].i not in owned:
            owned[ordered[0].i] = ordered
    clauses = []
    for head, time in owned.values():
        inner = [other for other, _ in owned.values()
                 if other is not head and head in other.ancestors]
        excluded = {t.i for other in inner for t in other.subtree}
        tokens = [t for t in head.subtree if t.i not in excluded and not t.is_space]
        while tokens and (tokens[0].is_punct or tokens[0].dep_ == "cc"):
            tokens.pop(0)
        while tokens and tokens[-1].is_punct and tokens[-1].text not in ".!?":
            tokens.pop()
        if tokens:
            clauses.append(Clause(head, time, tuple(tokens), subject_of(head)))
    clauses.sort(key=lambda c: c.start)
    return clauses
