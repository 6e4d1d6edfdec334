"""Splitting a sentence into dated clauses with the dependency parse.

Each event-dating time expression belongs to the clause whose head governs it: walk up from the
expression's root to the nearest verb heading a clause (the root, a conjunct, an adverbial or
complement clause, a relative clause). Two expressions under different heads give two clauses;
a clause's tokens are its head's subtree minus the subtrees of other dated clauses inside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

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


def _time_root(sent: Span, time: TimeExpression) -> Token | None:
    span = sent.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _better(a: TimeExpression, b: TimeExpression) -> bool:
    """True when ``a`` dates a clause better than ``b``: finer grain, then earlier in text."""
    return (GRANULARITY_RANK[a.granularity], -a.start) > (GRANULARITY_RANK[b.granularity], -b.start)


def dated_clauses(sent: Span, times: list[TimeExpression]) -> list[Clause]:
    """One clause per clause head that governs an event-dating expression in ``sent``."""
    owned: dict[int, tuple[Token, TimeExpression]] = {}
    for time in times:
        if not dates_story_event(time) or not sent.start_char <= time.start < sent.end_char:
            continue
        root = _time_root(sent, time)
        if root is None:
            continue
        head = clause_head(root)
        if head.i not in owned or _better(time, owned[head.i][1]):
            owned[head.i] = (head, time)
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
