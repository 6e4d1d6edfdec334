"""Where a title may stop: a cut that leaves out only what a clause can do without.

A headline shortens a clause by leaving out whole optional constituents at its end (a
prepositional phrase, an adverbial clause, a conjunct, a relative clause) but never a word a
kept word needs: a verb its object or complement ("had pleaded not guilty to an indictment of
conspiring to support" without whom it supported), a preposition its noun, a determiner or
modifier its noun. The dependency labels say which is which; no library cuts a parse this way,
so the rule is this short table over spaCy's labels.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Token

# Dependents a kept word cannot lose: objects and complements, the noun of a preposition, a
# particle, the "'s" of a possessor.
REQUIRED = frozenset({"dobj", "pobj", "attr", "acomp", "dative", "oprd", "xcomp", "ccomp",
                      "pcomp", "prt", "case", "nsubj", "nsubjpass", "aux", "auxpass", "neg",
                      "det", "poss", "compound", "nummod", "quantmod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_VERBS = frozenset({"VERB", "AUX"})
_OPENERS = _VERBS | {"ADP", "ADV", "SCONJ", "PART"}


def complete(chosen: Sequence[Token], allowed: set[int], top: Token) -> bool:
    """Whether ``chosen`` keeps, of the words in ``allowed``, every required dependent of every
    word it keeps, and the word each kept word depends on (``top`` excepted)."""
    kept = {t.i for t in chosen}
    for tok in chosen:
        if tok.i != top.i and tok.head.i not in kept and (
                tok.head.i in allowed or tok.i > top.i):
            return False  # "the northern" without its noun; a verb of another clause
        if tok.dep_ == "conj" and tok.pos_ in _VERBS and not any(
                c.dep_ == "cc" and c.i < tok.i and c.i in kept for c in tok.head.children):
            return False  # a second verb with no "and" before it: the parser ran two together
        for child in tok.children:
            if child.i not in kept and ((child.i in allowed and child.dep_ in REQUIRED) or (
                    tok.i != top.i and child.dep_ in _SUBJECTS and tok.pos_ in _VERBS)):
                return False  # "and was underway" without what was
    last = chosen[-1]
    if last.i != top.i and last.pos_ in _OPENERS and any(
            c.i in allowed and c.i not in kept and not c.is_punct for c in last.rights):
        return False  # "a statue believed to protect", "phase four out": cut off from its rest
    return not _open_quote(chosen, allowed)


def _open_quote(chosen: Sequence[Token], allowed: set[int]) -> bool:
    """Whether ``chosen`` stops inside a quotation that goes on among ``allowed``."""
    marks = [t for t in chosen if t.text in ('"', "“", "”")]
    if not marks or (len(marks) % 2 == 0 and marks[-1].text != "“"):
        return False
    end = chosen[-1].i
    return any(i > end and chosen[-1].doc[i].text in ('"', "”") for i in allowed)


def without_front(tokens: Sequence[Token], head: Token) -> list[Token]:
    """``tokens`` from the clause's subject on, when the subject comes before the verb ("In
    the heat of the campaign, as rivals manoeuvred, the senator ..." -> "The senator ..."):
    a headline starts with who did it; what comes before a subject so placed is a fronted
    adverbial, a conjunction or punctuation. Unchanged when the subject is not among
    ``tokens`` or follows the verb (a question, a quotation first)."""
    have = {t.i for t in tokens}
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")
                    and c.i in have and c.i < head.i), None)
    if subject is None:
        return list(tokens)
    start = subject.left_edge.i
    return [t for t in tokens if t.i >= start]


def prefixes(tokens: Sequence[Token], top: Token) -> Iterator[list[Token]]:
    """Cuts of ``tokens`` (in order) that keep ``top`` and do not end on a comma or a
    conjunction, longest first; :func:`complete` tells which of them a headline may use."""
    ordered = sorted(set(tokens), key=lambda t: t.i)
    for end in range(len(ordered), 0, -1):
        last = ordered[end - 1]
        if last.i < top.i:
            return
        if not (last.is_punct or last.dep_ == "cc"):
            yield ordered[:end]
