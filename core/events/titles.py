"""Short event titles built from a clause: subject, verb, object, not a cut-off sentence.

The clause is pruned of what a headline leaves out (the time phrase itself, asides in
apposition, relative clauses, attributions "according to ..."); if it is still too long the
title keeps only the core: the subject's head noun phrase, the verb group, and the object or
complement, adding further pieces only while they fit.

Titles use only the sentence's own words: a relative pronoun gives way to the noun it stands
for ("whose dismissal" -> "Ana Ruiz's dismissal"), a number keeps its currency sign and scale,
a quotation cut at the end is closed, and a bare participle or a clause the parser split in two
borrows the predicate that completes it ("Samples taken showed ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from core.events.clauses import SUBJECT_DEPS, Clause, subject_of
from core.events.constituents import complete, prefixes, without_front
from core.models import PersonMention

TITLE_LIMIT = 90
_RELATIVE = frozenset({"who", "that", "which", "whose", "whom"})
_CONJUNCTIONS = frozenset({"and", "or", "but"})
_ASIDES = frozenset({"appos", "relcl", "parataxis", "meta", "dep", "intj"})
_VERB_GROUP = frozenset({"aux", "auxpass", "neg", "prt"})
_CORE_OBJECTS = frozenset({"dobj", "attr", "acomp", "oprd", "xcomp", "dative", "agent"})
_NP_CORE = frozenset({"compound", "poss", "case", "amod", "nummod", "det", "flat", "nmod",
                      "quantmod", "predet"})
# Reporting verbs, as written (the parser may not lemmatise).
_REPORTING_TEXT = """say says said announce announces announced tell tells told confirm
confirms confirmed disclose discloses disclosed report reports reported state states stated
add adds added write writes wrote claim claims claimed reveal reveals revealed insist insists
insisted note notes noted explain explains explained"""
REPORTING = frozenset(_REPORTING_TEXT.split())
_OPENING = frozenset({"mark", "cc", "punct", "advmod", "prep"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_QUOTES = {"“": "”", '"': '"'}
_MONEY = frozenset("$€£¥%")


def _text(tokens: Iterable[Token]) -> str:
    ordered = sorted(set(tokens), key=lambda t: t.i)
    out = ""
    for i, tok in enumerate(ordered):
        out += tok.text
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        if nxt is not None and (tok.whitespace_ or nxt.i != tok.i + 1):
            out += " "
    out = _EMPTY_PAIR.sub(" ", out)  # "( )", "-- --": all that stood between them left out
    out = " ".join(out.replace(" ,", ",").split())
    while ",," in out or ", ," in out:
        out = out.replace(",,", ",").replace(", ,", ",")
    return _balance_brackets(out.rstrip(" (")).strip(" ,;:-–—\"“”'‘’")


_EMPTY_PAIR = re.compile(r"\(\s*[,;]?\s*\)|\[\s*\]|\s(--|–|—)\s*[,;]?\s*\1(?=\s|$)")


def _balance_brackets(text: str) -> str:
    """A closing bracket whose opening was cut off goes; an opening one left open is closed."""
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch == ")":
            if not depth:
                continue
            depth -= 1
        elif ch == "(":
            depth += 1
        out.append(ch)
    return "".join(out) + ")" * depth


def _balance_quotes(text: str) -> str:
    """Close a quotation left open at the end; drop a quote mark that pairs with nothing.

    "... would be “the fight of our lives" gets its closing mark back; a stray closing mark
    whose opening was cut off goes.
    """
    out: list[str] = []
    open_at: int | None = None
    closer = ""
    for ch in text:
        if open_at is None and ch in _QUOTES:
            open_at, closer = len(out), _QUOTES[ch]
        elif open_at is not None and ch == closer:
            open_at = None
        elif open_at is None and ch == "”":
            continue  # closes nothing
        out.append(ch)
    if open_at is not None:
        if len(out) - open_at > 1:
            out.append(closer)
        else:
            del out[open_at]
    return "".join(out).strip()


def _finish(text: str) -> str:
    text = _balance_quotes(text.rstrip(" .,;:")).rstrip(" .,;:")
    return text[:1].upper() + text[1:] if text else text


def _time_tokens(clause: Clause) -> set[int]:
    """The time phrase and a preposition that only introduces it ("on Friday")."""
    inside = {t.i for t in clause.tokens
              if clause.time.start <= t.idx < clause.time.end}
    for t in clause.tokens:
        if t.i in inside and t.head.dep_ == "prep" and t.head.i not in inside:
            kids = [c for c in t.head.children if c.i not in inside]
            if all(c.dep_ == "advmod" for c in kids):  # "only on Thursday night"
                inside.update([t.head.i, *(c.i for c in kids)])
    roots = [t for t in clause.tokens if t.i in inside and t.head.i not in inside]
    if roots and all(t.dep_ == "poss" for t in roots):
        return set()  # "won last year's election": the time owns the noun, it stays
    return inside


def _hyphen_prefix(head: Token) -> list[Token]:
    """The first part of a hyphenated verb split by the tokenizer ("co", "-" of "co-founded")."""
    doc = head.doc
    i = head.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ \
            and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha:
        return [doc[i - 2], doc[i - 1]]
    return []


def _nearest_subject(head: Token) -> Token | None:
    """The verb's own subject; of two (a misparse), the one closest before the verb."""
    subjects = [c for c in head.children if c.dep_ in _SUBJECTS]
    before = [c for c in subjects if c.i < head.i]
    if before:
        return before[-1]
    return subjects[0] if subjects else None


def _repaired(clause: Clause) -> Clause:
    """Clause tokens and subject mended where the parse split a word or doubled a subject."""
    prefix = _hyphen_prefix(clause.head)
    if prefix:
        subject = subject_of(prefix[0]) or clause.subject
        inside = {t.i for t in clause.tokens}
        extra = [t for t in (*subject, *prefix) if t.i not in inside]
        return replace(clause, tokens=tuple(sorted([*clause.tokens, *extra], key=lambda t: t.i)),
                       subject=tuple(subject))
    own = [c for c in clause.head.children if c.dep_ in _SUBJECTS]
    if len(own) > 1:
        nearest = _nearest_subject(clause.head)
        if nearest is not None:
            drop = {t.i for c in own if c.i != nearest.i for t in c.subtree}
            tokens = tuple(t for t in clause.tokens if t.i not in drop)
            return replace(clause, tokens=tokens or clause.tokens,
                           subject=tuple(nearest.subtree))
    return clause


def _with_quantities(kept: list[Token], drop: set[int] | None = None) -> list[Token]:
    """A number keeps its currency sign, scale word and unit: "$700 million", "12 percent"."""
    have = {t.i for t in kept} | (drop or set())
    out = list(kept)
    for tok in kept:
        if not (tok.like_num or tok.text in _MONEY):
            continue
        top = tok
        while top.head.i != top.i and (top.head.like_num or top.head.text in _MONEY
                                       or top.head.pos_ == "NUM"):
            top = top.head
        for t in top.subtree:
            if t.i not in have and (t.like_num or t.text in _MONEY or t.pos_ in ("NUM", "SYM")
                                    or (t.dep_ in ("quantmod", "nummod", "compound")
                                        and (t.head.i == top.i or t.head.like_num
                                             or t.head.text in _MONEY))):
                have.add(t.i)
                out.append(t)
    return sorted(out, key=lambda t: t.i)


def _pruned(clause: Clause) -> list[Token]:
    drop = _time_tokens(clause)
    for tok in clause.tokens:
        if tok.dep_ in _ASIDES and tok.i != clause.head.i:
            drop.update(t.i for t in tok.subtree)
        if tok.dep_ == "prep" and tok.text.casefold() == "according":
            drop.update(t.i for t in tok.subtree)
    dropped = drop | {t.i for t in clause.tokens[0].sent if t.i not in
                      {k.i for k in clause.tokens}}
    # A comma that only fenced off something left out goes with it ("Lindqvist, resigned").
    kept = [t for t in clause.tokens if t.i not in drop and not (
        t.text == "," and (t.i - 1 in dropped or t.i + 1 in dropped))]
    while kept and (kept[0].dep_ in ("mark", "cc", "punct") or kept[0].is_punct
                    or (kept[0].tag_ == "WRB" and kept[0].dep_ == "advmod"
                        and kept[0].head.i == clause.head.i and len(kept) > 2)):
        kept.pop(0)  # "When the Europeans first arrived": the clause, not its link
    if kept and kept[0].text.casefold() in _RELATIVE and clause.subject \
            and clause.subject[0].i < kept[0].i:
        bare = len(clause.subject) == 1 and clause.subject[0].pos_ == "PRON"
        # "those who bombed the city" keeps its "who": "Those bombed" would misread
        kept = [*clause.subject, *kept[int(not bare):]]
    if clause.head.dep_ == "acl" and clause.subject and kept \
            and clause.subject[-1].i < kept[0].i:  # "the deal struck ...": the noun first
        kept = [*clause.subject, *kept]
    while kept and (kept[-1].dep_ == "cc" or kept[-1].text.casefold() in _CONJUNCTIONS
                    or kept[-1].is_punct):
        kept.pop()
    if clause.head.dep_ == "conj" and kept and clause.subject \
            and clause.subject[-1].i < kept[0].i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.head.children):
        heads = [t for t in clause.subject if t.dep_ in ("nsubj", "nsubjpass")]
        if heads:  # "... and was disclosed to staff": the shared subject first
            kept = [*_np_core(heads[0]), *kept]
    return _with_quantities(kept, drop)


def _np_core(token: Token) -> list[Token]:
    """A noun phrase's head with its compounds, possessor and modifiers (no clauses).

    A number or quantity keeps what it counts: "more than 300 of the 900 employees".
    """
    out = [token]
    for child in token.lefts:
        if child.dep_ in _NP_CORE:
            out.extend(child.subtree)
    if token.pos_ in ("NUM", "PRON", "ADJ") or token.like_num:
        for child in token.rights:
            if child.dep_ == "prep" and child.text.casefold() == "of":
                out.extend(child.subtree)
    return out


def _core(clause: Clause, allowed: set[int]) -> list[list[Token]]:
    """Pieces of a minimal title, most important first."""
    head = clause.head
    subject = [t for t in clause.subject if t.i in allowed] or list(clause.subject)
    subject_head = next((t for t in subject if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject_head is None and head.dep_ == "acl":  # "the deal struck ...": the noun
        subject_head = head.head
    pieces: list[list[Token]] = []
    if subject_head is not None:
        pieces.append(_np_core(subject_head))
    pieces.append([head] + [c for c in head.children if c.dep_ in _VERB_GROUP])
    for child in head.children:
        if child.i in allowed and child.dep_ in _CORE_OBJECTS:
            pieces.append([t for t in child.subtree if t.i in allowed])
    for child in head.children:
        if child.i in allowed and child.dep_ in ("ccomp", "prep"):
            that = {c.i for c in child.children if c.dep_ == "mark"
                    and c.text.casefold() == "that"}  # a headline drops "that"
            pieces.append([t for t in child.subtree if t.i in allowed and t.i not in that])
    if subject_head is not None:  # "the company of the northern coast"
        pieces += [[t for t in c.subtree if t.i in allowed] for c in subject_head.rights
                   if c.dep_ == "prep" and c.i in allowed]
    for child in head.children:  # then what else the clause says, while it fits
        if child.i in allowed and child.i > head.i and child.dep_ in _FILLERS \
                and child.tag_ != "WRB" and not child.ent_type_:
            link = [c for c in head.children if c.dep_ == "cc" and c.i < child.i
                    and c.i in allowed and not any(c.i < o.i < child.i for o in head.children
                                                   if o.dep_ == "conj")]
            if child.dep_ == "conj" and (not link or child.pos_ not in ("VERB", "AUX")
                                         or any(c.dep_ == "mark" for c in child.children)):
                continue  # a conjunct verb phrase with its "and", or nothing
            if any(t.i not in allowed and t.dep_ not in _ASIDES for t in child.subtree):
                continue  # part of it is another dated clause: a fragment here
            piece = [*link[-1:]] if child.dep_ == "conj" else []
            piece += [t for t in child.subtree if t.i in allowed]
            before = head.doc[piece[0].i - 1] if piece and piece[0].i else None
            if before is not None and before.text == "," and before.i > head.i:
                piece.insert(0, before)  # ", citing losses"
            pieces.append(piece)
    return pieces


_FILLERS = frozenset({"advcl", "advmod", "conj"})


def _shortened_filler(chosen: list[Token], piece: list[Token], verb: Token, allowed: set[int],
                      limit: int) -> list[Token]:
    """``chosen`` with as much of a too-long adverbial clause or conjunct as fits, cut after a
    whole constituent of it: its link, subject and verb group, then its objects and
    prepositions in turn ("voted 5-2 to remove Oyelaran after receiving the findings")."""
    drop = {t.i for tok in verb.subtree if tok.dep_ in _ASIDES | {"relcl", "advcl", "conj"}
            and tok.i != verb.i for t in tok.subtree} | {t.i for t in verb.subtree
                                                        if t.i not in allowed}
    lead = [t for t in piece if t.i < verb.i and (t.is_punct or t.dep_ == "cc")]
    lead += [c for c in verb.children if c.dep_ == "mark" and c.i not in drop]
    core = _clause_core(verb, drop)
    at = next((k for k, part in enumerate(core) if verb in part), len(core))
    best = chosen
    for end in range(at + 2, len(core) + 1):  # the verb and at least what follows it
        trial = [*chosen, *lead, *(t for part in core[:end] for t in part if t.i not in drop)]
        text = _finish(_text(trial))
        if len(text) > limit:
            break
        if not _dangles(text):
            best = trial
    return best


def _complement(clause: Clause) -> Token | None:
    """The clause a reporting verb reports: its complement, or the clause it comments on."""
    head = clause.head
    if head.text.casefold() not in REPORTING or any(c.dep_ == "auxpass" for c in head.children):
        return None  # "was confirmed to have contracted": the clause itself is the news
    for child in head.children:
        if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
            return child
    if any(c.dep_ == "dobj" for c in head.children):
        return None  # "reported the odour" reports a thing, not a clause
    governor = head.head
    if head.dep_ in ("parataxis", "ccomp") and governor.pos_ in ("VERB", "AUX") \
            and governor.i < head.i and governor.text.casefold() not in REPORTING:
        return governor  # "X placed Y on leave, the company announced"
    return None


def _clause_core(verb: Token, drop: set[int]) -> list[list[Token]]:
    """A complement's pieces: subject, verb group, objects, then prepositions."""
    pieces: list[list[Token]] = []
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is not None:
        pieces.append(_np_core(subject))
    pieces.append([verb] + [c for c in verb.children if c.dep_ in _VERB_GROUP])
    for child in verb.children:
        if child.dep_ in _CORE_OBJECTS:
            pieces.append([t for t in child.subtree if t.i not in drop])
    for child in verb.children:
        if child.dep_ == "prep" and child.i not in drop:
            pieces.append([t for t in child.subtree if t.i not in drop])
    return pieces


def _fit(pieces: list[list[Token]], limit: int) -> str:
    return _fit_tokens(pieces, limit)[0]


def _fit_tokens(pieces: list[list[Token]], limit: int) -> tuple[str, list[Token]]:
    """The pieces that fit ``limit``, in turn: their text and their tokens."""
    chosen: list[Token] = []
    for piece in pieces:
        if len(_finish(_text(chosen + piece))) <= limit:
            chosen.extend(piece)
    return _finish(_text(chosen)), sorted(set(chosen), key=lambda t: t.i)


def reporting_title(clause: Clause, limit: int = TITLE_LIMIT, *,
                    with_speaker: bool = True) -> str | None:
    """"Ventura said members will vote on the offer": who reported (and whom they told, when
    it is a name), and the reported core; without ``with_speaker``, the reported core alone."""
    complement = _complement(clause)
    if complement is None:
        return None
    drop = _time_tokens(clause)
    for tok in complement.subtree:
        if tok.dep_ in _ASIDES and tok.i != complement.i:
            drop.update(t.i for t in tok.subtree)
    said_by = [t for t in clause.subject if t.i not in drop]
    subject_head = next((t for t in said_by if t.dep_ in ("nsubj", "nsubjpass")), None)
    pieces = [_np_core(subject_head)] if subject_head is not None else []
    pieces.append([clause.head] + [c for c in clause.head.children if c.dep_ in _VERB_GROUP])
    pieces += [_np_core(c) for c in clause.head.children if c.dep_ in ("dobj", "dative")
               and c.pos_ == "PROPN" and c.i < complement.i]  # "told Kale he should ..."
    reported = _clause_core(complement, drop | {clause.head.i})
    if not reported or not any(c.dep_ in ("nsubj", "nsubjpass", "expl")
                               for c in complement.children):
        return None
    speaker_text = _fit(pieces, limit) if with_speaker else ""
    if speaker_text and subject_head is not None and subject_head.i > clause.head.i:
        speaker_text = _finish(f"{_text(pieces[0])} {_text(pieces[1])}")  # not "Said Dr X"
        if len(speaker_text) > limit // 2:
            return None
    budget = max(10, limit - len(speaker_text) - 1)
    rest, taken = _fit_tokens(reported, budget)
    everything = sorted({t for piece in reported for t in piece}, key=lambda t: t.i)
    if len(taken) < len(everything):  # not all of it fits: the longest whole cut may say more
        cut = _longest_cut(everything, complement, budget)
        if cut and (len(cut) > len(rest)
                    or not complete(taken, {t.i for t in everything}, complement)):
            rest = cut
    if not rest:
        return None
    first = min((t for piece in reported for t in piece), key=lambda t: t.i)
    opens = first.is_sent_start or all(t.is_punct for t in first.doc[first.sent.start:first.i])
    if first.text[:1].islower() or (opens and first.pos_ != "PROPN"
                                    and not first.ent_type_ and not first.text.isupper()):
        rest = rest[:1].lower() + rest[1:]
    title = f"{speaker_text} {rest}" if speaker_text else rest
    return title if len(title) <= limit else None


def _antecedent(clause: Clause) -> list[Token]:
    """The noun phrase a relative clause modifies ("Ana Ruiz, whose ..." -> "Ana Ruiz")."""
    if clause.head.dep_ == "relcl":
        return _np_core(clause.head.head)
    # Misparsed as another kind of clause: the noun just before ", whose ..." / ", some of whom".
    first = min(clause.subject or clause.tokens, key=lambda t: t.i)
    doc = first.doc
    if first.i >= 2 and doc[first.i - 1].text == "," \
            and doc[first.i - 2].pos_ in ("NOUN", "PROPN"):
        return _np_core(doc[first.i - 2])
    return []


def _leading_link(title: str, clause: Clause) -> str:
    """A title left opening on its link word: a "that" introducing the clause goes ("That the
    mayor would resign" -> "The mayor would resign"), and a relative "that"/"which" that is
    not the subject follows the noun it stands for ("the moments that we witnessed")."""
    first, _, rest = title.partition(" ")
    if first.casefold() not in ("that", "which") or not rest:
        return title
    token = next((t for t in clause.tokens if t.text.casefold() == first.casefold()), None)
    if token is None:
        return title
    if token.dep_ == "mark":
        return _finish(rest)
    if token.dep_ in _SUBJECTS or token.tag_ != "WDT" or clause.head.dep_ != "relcl":
        return title
    noun = [t for t in _np_core(clause.head.head) if t.i < token.i]
    name = _text(noun)
    if not name or len(name) + len(title) >= TITLE_LIMIT:
        return title
    return _finish(f"{name} {first.casefold()} {rest}")


def _resolve_relative(title: str, clause: Clause) -> str:
    """Put the modified noun in place of a leading "whose" or "some of whom"."""
    title = _leading_link(title, clause)
    noun = _antecedent(clause)
    if not noun or not title:
        return title
    name = _text(noun)
    first, _, rest = title.partition(" ")
    if first.casefold() == "whose" and rest:
        owner = name + ("'" if name.endswith("s") else "'s")
        return _finish(f"{owner} {rest}")
    words = title.split(" ", 3)
    if len(words) == 4 and words[1].casefold() == "of" \
            and words[2].casefold() in ("whom", "which"):
        start = min(noun, key=lambda t: t.i)
        if start.pos_ != "PROPN":
            name = name[:1].lower() + name[1:]
        if start.dep_ in ("det", "poss"):  # "some of the workers"
            return _finish(f"{words[0]} of {name} {words[3]}")
        return _finish(f"{words[0]} {name} {words[3]}")  # "some younger workers"
    return title


def _participle_predicate(clause: Clause, kept: list[Token], limit: int) -> str | None:
    """"Samples taken last week showed ...": a bare participle borrows its noun's predicate.

    Only when the participle kept nothing of its own after it and its noun is the subject of
    the verb it depends on; every word comes from the sentence.
    """
    head = clause.head
    noun = head.head
    if head.dep_ != "acl" or noun.dep_ not in _SUBJECTS or not kept \
            or any(t.i > head.i for t in kept):
        return None
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < head.i:
        return None
    drop = {t.i for t in noun.subtree}
    for tok in verb.subtree:
        if tok.i not in drop and tok.dep_ in _ASIDES | {"advcl", "relcl"}:
            drop.update(t.i for t in tok.subtree)
    pieces = [kept, [*_hyphen_prefix(verb), verb, *(
        c for c in verb.children if c.dep_ in _VERB_GROUP
        or (c.dep_ == "advmod" and c.i == verb.i + 1))]]  # "will go ahead"
    for child in verb.children:
        if child.i not in drop and child.dep_ in _CORE_OBJECTS | {"ccomp"}:
            pieces.append([t for t in child.subtree if t.i not in drop])
    for child in verb.children:
        if child.i not in drop and child.dep_ == "prep":
            pieces.append([t for t in child.subtree if t.i not in drop])
    text = _fit([_with_quantities(p, drop) for p in pieces], limit)
    return text if len(text.split()) > len(kept) else None


def _continued(clause: Clause, kept: list[Token], limit: int) -> str | None:
    """"after soil tests the previous year found ...": a bare subject and verb whose sentence
    goes on with a subjectless verb right after the clause (the parser split one clause in
    two) takes that verb and its objects."""
    head = clause.head
    if not kept or any(t.i > head.i for t in kept) or head.dep_ == "acl" \
            or any(c.dep_ in _CORE_OBJECTS | {"prep", "ccomp"} for c in head.children):
        return None
    last = clause.tokens[-1]
    sent = last.sent
    if last.i + 1 >= sent.end:
        return None
    verb = last.doc[last.i + 1]
    if verb.pos_ != "VERB" or any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
            or verb.dep_ not in ("conj", "ROOT", "ccomp", "advcl"):
        return None
    drop: set[int] = set()
    for tok in verb.subtree:
        if tok.i != verb.i and tok.dep_ in _ASIDES | {"advcl", "relcl", "conj", "cc"}:
            drop.update(t.i for t in tok.subtree)
    pieces = [kept, [verb, *(c for c in verb.children if c.dep_ in _VERB_GROUP)]]
    for child in verb.children:
        if child.i not in drop and child.dep_ in _CORE_OBJECTS | {"ccomp", "prep"}:
            pieces.append([t for t in child.subtree if t.i not in drop])
    if len(pieces) == 2:
        return None
    text = _fit([_with_quantities(p, drop) for p in pieces], limit)
    return text if len(text.split()) > len(kept) + 1 else None


_FUNCTION_TEXT = """a an the this that these those his her its their my our your
of in on at to for from by with about into onto over under after before since until during
between against among through than as and or but nor so if when where while whether which who
whom whose what is are was were be been being has have had do does did will would shall should
can could may might must not no only also just even still very too more most
first"""
_FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())
_CONTENT_POS = frozenset({"NOUN", "PROPN", "NUM", "VERB", "ADJ", "ADV", "PRON"})
SHORT_WORDS = 3  # a title of this many words or fewer reads as a fragment


def _dangles(text: str) -> bool:
    """A title that ends on a function word ("... learned only on", "... had claimed was")."""
    words = text.rstrip("…").split()
    return not words or words[-1].casefold().strip("\"“”'‘’") in _FUNCTION_WORDS


def _good(text: str, limit: int) -> bool:
    return bool(text) and len(text) <= limit and len(text.split()) > SHORT_WORDS \
        and not _dangles(text)


def _cut(tokens: list[Token], clause: Clause, limit: int) -> str:
    """The clause cut where a constituent ends, on a content word, within ``limit``.

    A token closes a constituent when it depends on a word before it (or heads one); the cut
    keeps the verb.
    """
    ordered = sorted(set(tokens), key=lambda t: t.i)
    for end in range(len(ordered), 0, -1):
        last = ordered[end - 1]
        if last.i < clause.head.i:
            break
        if last.pos_ not in _CONTENT_POS or last.text.casefold() in _FUNCTION_WORDS:
            continue
        if last.head.i > last.i and last.i != clause.head.i:
            continue  # a modifier whose noun comes later ("the northern")
        text = _finish(_text(_with_quantities(ordered[:end])))
        if len(text) <= limit and not _dangles(text):
            return text
    return ""


def _passive_participle(clause: Clause, kept: list[Token], limit: int) -> str | None:
    """"The people infected since 1997", "An idea first floated": a past participle modifying
    its noun tells that the noun was (so) done: "An idea was first floated"."""
    head = clause.head
    if head.dep_ != "acl" or head.tag_ != "VBN" or not kept or kept[0].i > head.head.i:
        return None
    noun = head.head
    be = "were" if noun.tag_ in ("NNS", "NNPS") else "was"
    before = [t for t in kept if t.i <= noun.i or (t.i < head.i and t.dep_ != "advmod")]
    after = [t for t in kept if t not in before]
    if not after:
        return None
    text = _finish(f"{_text(before)} {be} {_text(after)}")
    return text if len(text) <= limit else None


def _with_time(clause: Clause) -> Clause:
    """The clause as if its time phrase were any other phrase (for a title too short without)."""
    return replace(clause, time=replace(clause.time, start=-1, end=-1))


_PERSONAL = frozenset({"he", "she", "him"})
_PERSONAL_POSSESSIVE = frozenset({"his", "her"})
_THING = frozenset({"it", "its"})
_GROUP = frozenset({"they", "their"})
_DEMONSTRATIVE = frozenset({"this", "that", "these", "those"})
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_MALE = frozenset({"he", "his", "him"})
_FEMALE = frozenset({"she", "her"})
_MALE_TITLES = frozenset({"mr", "sir", "lord", "king", "prince"})
_FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "dame", "lady", "queen", "princess"})
_ANTECEDENT_CHARS = 40
_PERSON_LOOK_BACK = 3  # sentences a "he"/"she" looks back over when the caller knows nobody
# Verbs whose "it" is often nobody's: "it emerged", "it is likely", "it took me an hour" (as
# written: the pipeline runs no lemmatizer).
_IMPERSONAL_TEXT = """be is are was were been being 's seem seems seemed appear appears appeared
emerge emerges emerged look looks looked become becomes became take takes took taken happen
happens happened remain remains remained matter matters mattered feel feels felt rain rains
rained get gets got"""
_IMPERSONAL = frozenset(_IMPERSONAL_TEXT.split())
_BE = frozenset({"is", "was", "are", "were", "'s", "be", "been"})


def _impersonal(verb: Token) -> bool:
    """Whether "it" as ``verb``'s subject is nobody's: a verb of seeming, taking or weather with
    a clause after it ("it seems that", "it took them days to ..."), or a time or a number as
    its complement ("it is 2:28", "it was just seven days ago"). "It seems less lethal" still
    refers."""
    if verb.text.casefold() not in _IMPERSONAL:
        return False
    if verb.text.casefold().startswith("rain"):
        return True
    if verb.text.casefold() in _BE and not any(c.dep_ in ("attr", "acomp") for c in verb.children) \
            and any(c.dep_ == "xcomp" and any(g.text.casefold() == "to" for g in c.children)
                    for c in verb.children):
        return False  # "it is to send a team": a plan of whatever "it" is
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp", "csubj", "advcl") or child.ent_type_ in (
                "TIME", "DATE") or (child.dep_ in ("attr", "npadvmod") and child.like_num):
            return True
        if child.dep_ in ("acomp", "attr") and any(g.dep_ in ("ccomp", "xcomp")
                                                   for g in child.children):
            return True
    return False


def short_name(name: str) -> str:
    """A person as a headline names them: the surname when it is plain ("Ada Oyelaran" ->
    "Oyelaran"), else the whole name ("Kim Jong-un", "Abu Bakr al-Baghdadi", "Tom Hale Jr")."""
    words = name.split()
    if len(words) > 1 and words[0].casefold().rstrip(".") in _MALE_TITLES | _FEMALE_TITLES:
        words = words[1:]  # "Mrs Dana Lowe" as spaCy tagged it
        name = " ".join(words)
    if len(words) < 2 or words[-1].casefold() in _SUFFIXES:
        return name
    last = words[-1]
    if "-" in last and last.split("-", 1)[1][:1].islower():
        return name  # a hyphenated given name: "Jong-un"
    middle = words[1:-1]
    if all(len(w.rstrip(".")) == 1 for w in middle) and last[:1].isupper() \
            and not any(w[:1].islower() for w in words):
        return last
    return name


def _sentence_index(token: Token) -> tuple[list[Span], int]:
    sents = list(token.doc.sents)
    return sents, next((k for k, s in enumerate(sents) if s.start <= token.i < s.end), 0)


Named = tuple[Span, str]  # a person's span in the parse, and their cleaned name


def _named(doc: Doc, start: int, end: int,
           mentions: Sequence[PersonMention] | None) -> list[Named]:
    """The people named between character offsets ``start`` and ``end``, in order.

    With the article's person mentions, a mention counts when spaCy tagged it PERSON or it is
    the surname of one it tagged PERSON (the small model often tags a name ORG once); without
    them, spaCy's PERSON entities.
    """
    if mentions is None:
        return [(e, e.text) for e in doc.ents
                if e.label_ == "PERSON" and start <= e.start_char and e.end_char <= end]
    surnames = {m.name.split()[-1] for m in mentions if m.label == "PERSON" and m.name}
    out: list[Named] = []
    for m in mentions:
        if start <= m.start and m.end <= end and m.name \
                and (m.label == "PERSON" or m.name.split()[-1] in surnames):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span):
                out.append((span, m.name))
    return sorted(out, key=lambda n: n[0].start)


def _gender_clash(pronoun: str, person: Span) -> bool:
    """A title before or in the name that gives the other gender ("Mrs" for "he")."""
    doc = person.doc
    words = {doc[i].text.casefold().rstrip(".") for i in (person.start - 1, person.start)
             if 0 <= i < len(doc)}
    if pronoun in _MALE:
        return bool(words & _FEMALE_TITLES)
    return pronoun in _FEMALE and bool(words & _MALE_TITLES)


def _titled_otherwise(pronoun: str, person: str, doc: Doc,
                      mentions: Sequence[PersonMention] | None) -> bool:
    """Whether the article titles ``person`` for the other gender anywhere ("Mrs Lowe")."""
    other = _FEMALE_TITLES if pronoun in _MALE else _MALE_TITLES if pronoun in _FEMALE \
        else frozenset()
    if person.split()[0].casefold().rstrip(".") in other:
        return True
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand")
             for m in mentions or () if m.name == person]
    return any(span is not None and _gender_clash(pronoun, span) for span in spans)


def _in_subject(person: Span) -> Token | None:
    """The verb whose subject ``person`` is, alone (not one of "X and Y"): as the subject's
    head or in apposition to it ("The minister, Joan Pike, ...")."""
    root = person.root
    if root.dep_ == "appos" and root.head.dep_ in _SUBJECTS:
        root = root.head
    if root.dep_ in _SUBJECTS and not any(c.dep_ == "conj" for c in root.children):
        return root.head
    return None


def _pick(pronoun: str, people: list[Named], verbs: set[int], *, same: bool) -> str | None:
    """Of the people named in one sentence before the pronoun, the one it stands for.

    One person (by surname) is it; of several, the latest that alone is the subject of one of
    ``verbs``: in the pronoun's own sentence (``same``) a verb governing it, unless that verb
    also has a person as its object ("X told Y that he ...": either could be meant); in an
    earlier sentence its main verb (the subject carries over: "The minister, Pike, met Hale.
    She signed ..."). A name whose title gives the other gender ("Mrs" for "he") never counts.
    """
    fitting = [p for p in people if not _gender_clash(pronoun, p[0])]
    if not fitting:
        return None
    if len({name.split()[-1] for _, name in fitting}) == 1 and len(fitting) == len(people):
        return max((name for _, name in fitting), key=len)
    for span, name in reversed(fitting):
        verb = _in_subject(span)
        if verb is None or verb.i not in verbs:
            continue
        if same and any(c.dep_ in ("dobj", "dative") and c.ent_type_ == "PERSON"
                        for c in verb.children):
            return None
        return name
    return None


def _person_for(token: Token, person: str | None,
                mentions: Sequence[PersonMention] | None = None) -> str | None:
    """Who a "he"/"she"/"his"/"her" stands for: the person named before it in its sentence,
    else ``person`` (the one person the caller saw named just before), else the person the
    latest of the previous few sentences that names anyone names, or makes its subject.

    spaCy's small English model has no coreference resolver, and a headline must not name the
    wrong person, so the rule is careful: more than one candidate and no subject to prefer
    leaves the pronoun as it is.
    """
    pronoun = token.text.casefold()
    doc = token.doc
    before = _named(doc, token.sent.start_char, token.idx, mentions)
    if before:
        return _pick(pronoun, before, {a.i for a in token.ancestors}, same=True)
    if person and not _titled_otherwise(pronoun, person, doc, mentions):
        return person
    sents, index = _sentence_index(token)
    for sent in reversed(sents[max(0, index - _PERSON_LOOK_BACK):index]):
        names = _named(doc, sent.start_char, sent.end_char, mentions)
        if names:  # the latest sentence that names anyone
            main = {sent.root.i, *(c.i for c in sent.root.children if c.dep_ == "conj")}
            return _pick(pronoun, names, main, same=False)
    return None


def _antecedent_np(token: Token) -> str | None:
    """The subject of the previous sentence that "it"/"they" picks up, when it agrees in number.

    Only a noun subject counts (a pronoun subject hands on to the sentence before it), never a
    person for "it"; an indefinite or demonstrative article becomes "the".
    """
    plural = token.text.casefold() in _GROUP
    for verb in token.head.ancestors:  # "The airline said it would ...": the speaker
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None and token not in subject.subtree:
            noun = _noun_text(subject, plural)
            if noun or subject.pos_ == "PRON" or (subject.tag_ in ("NNS", "NNPS")) == plural:
                return noun  # else a noun of the other number: the speaker further up
    earlier = [t for t in token.sent if t.i < token.i and t.dep_ in _SUBJECTS]
    noun = _noun_text(earlier[-1], plural) if earlier else None
    if noun:  # "When the bank went for a loan, it met ...": the subject just before
        return noun
    sents = list(token.doc.sents)
    index = next((k for k, s in enumerate(sents) if s.start <= token.i < s.end), 0)
    for back in (1, 2):
        if index - back < 0:
            return None
        root = sents[index - back].root
        subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
        if subject is None:
            return None
        if subject.pos_ == "PRON":
            if subject.text.casefold() in (_GROUP if plural else _THING):
                continue
            return None
        return _noun_text(subject, plural)
    return None


def _noun_text(subject: Token, plural: bool) -> str | None:
    """A noun subject as an antecedent of "it"/"they" (agreeing in number), else None."""
    allowed = ("NOUN",) if plural else ("NOUN", "PROPN")
    if subject.pos_ not in allowed or subject.ent_type_ == "PERSON" \
            or (subject.tag_ in ("NNS", "NNPS")) != plural:
        return None
    words = sorted(_np_core(subject), key=lambda t: t.i)
    if words and words[0].dep_ == "det" and words[0].text.casefold() in (
            "a", "an", "this", "that", "these", "those"):
        text = "the " + _text(words[1:])
    else:
        text = _text(words)
    return text if len(text) <= _ANTECEDENT_CHARS else None


def _pronoun_token(title: str, clause: Clause) -> Token | None:
    first = title.split(" ", 1)[0].casefold()
    for tok in sorted({*clause.subject, *clause.tokens}, key=lambda t: t.i):
        if tok.text.casefold() == first:
            return tok
    return None


def _resolve_pronoun(title: str, clause: Clause, person: str | None,
                     mentions: Sequence[PersonMention] | None = None) -> str:
    """Put the person, or the thing, a leading pronoun stands for in its place."""
    if not title:
        return title
    first, _, rest = title.partition(" ")
    word = first.casefold()
    token = _pronoun_token(title, clause)
    if token is None or not rest:
        return title
    if (word in _PERSONAL_POSSESSIVE and token.dep_ == "poss") or word == "his":
        name = _person_for(token, person, mentions)
        if name:
            short = short_name(name)
            return _finish(f"{short}{chr(39) if short.endswith('s') else chr(39) + 's'} {rest}")
        return _unowned(title, token)
    if word in _PERSONAL or word == "her":
        name = _person_for(token, person, mentions)
        return _finish(f"{short_name(name)} {rest}") if name else title
    if word in _DEMONSTRATIVE and token.dep_ == "det":
        return _finish(f"The {rest}")
    if word in _THING | _GROUP and token.dep_ != "expl":
        verb = token.head
        if word == "it" and _impersonal(verb):
            return title  # "it emerged that ...", "it was quiet": nothing to name
        noun = _antecedent_np(token)
        if noun is None:
            return _unowned(title, token)
        if word in ("its", "their"):
            return _finish(f"{noun}{chr(39) if noun.endswith('s') else chr(39) + 's'} {rest}")
        if word == "they" or word == "it":
            return _finish(f"{noun} {rest}")
    return title


def _unowned(title: str, token: Token) -> str:
    """"His wife gave ...", "Their vehicle overturned": a possessor nobody can name gives way
    to "The" (a headline cannot leave the reader asking whose; it must not guess either)."""
    if token.dep_ != "poss" or token.i + 1 >= len(token.doc) \
            or token.doc[token.i + 1].text.casefold() in ("own", "'s"):
        return title
    rest = title.partition(" ")[2]
    return _finish(f"The {rest}") if rest else title


def clause_title(clause: Clause, limit: int = TITLE_LIMIT, person: str | None = None,
                 mentions: Sequence[PersonMention] | None = None) -> str:
    """A title of at most ``limit`` characters for ``clause``.

    ``person`` is the one person the text named just before the clause: a leading "he",
    "she" or "his" becomes that person (unless the sentence itself names someone earlier).
    """
    clause = _repaired(clause)

    def resolved(at: int) -> tuple[str, str]:
        title = _best_title(clause, at)
        return title, _resolve_pronoun(_resolve_relative(title, clause), clause, person,
                                       mentions)

    title, out = resolved(limit)
    if len(out) > limit:
        title, out = resolved(limit - (len(out) - len(title)))
    out = out if len(out) <= limit else title
    if _leading_pronoun(out):  # nobody to name: the reported clause without its speaker
        alone = reporting_title(clause, limit, with_speaker=False)
        if alone and _good(alone, limit) and not _leading_pronoun(alone):
            return alone
    return out


def names_nobody(title: str) -> bool:
    """Whether ``title`` still opens with a pronoun that stands for nobody it could name.

    A timeline entry is read out of its article, so it must say who or what: "He left the
    marines", "They offered a deal", "It was a difficult week", "That ruled out a ceasefire",
    "Those who bombed the city" tell a reader nothing they can place. The titles name a
    pronoun's person or thing when the text allows (see :func:`clause_title`); spaCy's small
    model has no coreference resolver, and a wrong name is worse than none, so a clause whose
    title is left opening on a pronoun is not an entry of the timeline. A possessor ("his",
    "their") is not the subject and gives way to "The" instead.
    """
    first = title.split(" ", 1)[0].casefold().strip("\"'‘’“”(")
    return _leading_pronoun(title) and first not in _PERSONAL_POSSESSIVE | {"its", "their"}


def _leading_pronoun(title: str) -> bool:
    first = title.split(" ", 1)[0].casefold().strip("\"'‘’“”(")
    return first in _PERSONAL | _PERSONAL_POSSESSIVE | _THING | _GROUP | _DEMONSTRATIVE


def _best_title(clause: Clause, limit: int) -> str:
    """The parse's title; when that is a fragment, the clause cut short, or it with its time."""
    kept = _pruned(clause)
    if clause.head.dep_ == "acl" and _participle_predicate(clause, kept, limit) is None:
        passive = _passive_participle(clause, kept, limit)  # not "An idea first floated"
        if passive and _good(passive, limit):
            return passive
    title = _clause_title(clause, limit)
    if _good(title, limit):
        return title
    candidates = [_passive_participle(clause, kept, limit) or "", _cut(kept, clause, limit)]
    timed = _with_time(clause)
    timed_title = _clause_title(timed, limit)
    candidates += [timed_title, _passive_participle(timed, _pruned(timed), limit) or "",
                   _cut(_pruned(timed), timed, limit)]
    for candidate in candidates:
        if _good(candidate, limit):
            return candidate
    return max([title, *candidates], key=lambda t: (not _dangles(t), len(t.split())))


def _dummy_it_title(clause: Clause, limit: int) -> str | None:
    """"It emerged that the mayor had resigned", "It was Hitchens who made the gaffe": behind a
    dummy "it" the news is the extraposed clause, or the cleft's noun doing what its relative
    clause says ("Hitchens made the gaffe")."""
    head = clause.head
    if not any(c.dep_ in SUBJECT_DEPS and c.text.casefold() == "it" for c in head.children):
        return None
    drop = _time_tokens(clause)
    passive = any(c.dep_ == "auxpass" for c in head.children)
    pieces: list[list[Token]] = []
    if head.text.casefold() in _IMPERSONAL or passive:  # "it was announced that ..."
        for child in head.children:
            if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX") and child.i > head.i \
                    and any(c.dep_ in SUBJECT_DEPS for c in child.children):
                pieces = _clause_core(child, drop)
                break
    if not pieces and head.text.casefold() in _BE:  # "it was 9am when the convoy left"
        for child in head.children:
            if child.dep_ == "advcl" and child.pos_ in ("VERB", "AUX") and any(
                    c.text.casefold() == "when" for c in child.children) and any(
                    c.dep_ in SUBJECT_DEPS for c in child.children):
                pieces = _clause_core(child, drop)
                break
    attr = next((c for c in head.children if c.dep_ == "attr"), None)
    if not pieces and head.text.casefold() in _BE and attr is not None:
        for rel in attr.children:
            if rel.dep_ == "relcl" and any(c.dep_ in _SUBJECTS and c.text.casefold() in _RELATIVE
                                           for c in rel.children):
                own = {c.i for c in rel.children if c.dep_ in _SUBJECTS}
                pieces = [_np_core(attr), *_clause_core(rel, drop | own)]
                break
    if not pieces:
        return None
    text = _fit([_with_quantities(p, drop) for p in pieces], limit)
    return text if _good(text, limit) else None


_REFILL = frozenset({"appos", "relcl"})


def _filled(clause: Clause, kept: list[Token], limit: int) -> str | None:
    """The pruned clause with the appositions and relative clauses pruning left out put back,
    in the order they come, while the title still fits ("Omar Adly, the port's director,
    resigned"): within ``limit`` a headline need not lose who someone is or which thing is meant.

    Only an aside wholly inside the clause (not another dated clause) and not the time phrase.
    """
    inside = {t.i for t in clause.tokens}
    time = _time_tokens(clause)
    have = {t.i for t in kept}
    chosen = list(kept)
    best = None
    for tok in clause.tokens:
        if tok.dep_ not in _REFILL or tok.i in have or tok.i == clause.head.i \
                or tok.head.i not in have:
            continue
        aside = {t.i for t in tok.subtree}
        if not aside <= inside or aside & time:
            continue
        doc = tok.doc
        lo, hi = min(aside), max(aside)
        fence = {i for i in (lo - 1, hi + 1) if i in inside and doc[i].text == ","}
        trial = sorted([*chosen, *(doc[i] for i in aside | fence)], key=lambda t: t.i)
        taken = {t.i for t in trial}
        trial = [t for t in trial if t.text != "," or (t.i - 1 in taken and t.i + 1 in taken)]
        text = _finish(_text(_with_quantities(trial)))
        if len(text) <= limit and not _dangles(text):
            chosen, best = trial, text
            have |= aside | fence
    return best


def _clause_title(clause: Clause, limit: int) -> str:
    dummy = _dummy_it_title(clause, limit)
    if dummy:
        return dummy
    reported = reporting_title(clause, limit)
    if reported:
        return reported
    kept = _pruned(clause)
    borrowed = _participle_predicate(clause, kept, limit) or _continued(clause, kept, limit)
    if borrowed:
        return borrowed
    text = _finish(_text(kept))
    if len(text) <= limit:
        return _filled(clause, kept, limit) or text
    allowed = {t.i for t in kept}
    chosen: list[Token] = []
    for piece in _core(clause, allowed):
        trial = _finish(_text(chosen + piece))
        if len(trial) <= limit:
            chosen.extend(piece)
        elif not chosen or piece[0].i == clause.head.i:
            short = [piece[0]] if piece[0].i == clause.head.i else _np_core(piece[0])
            chosen.extend(short)
        else:  # too long whole: the object's own noun phrase may still fit
            root = min(piece, key=lambda t: (len(list(t.ancestors)), t.is_punct or t.dep_ == "cc"))
            if root.pos_ in ("VERB", "AUX") and root.dep_ in _FILLERS:
                chosen = _shortened_filler(chosen, piece, root, allowed, limit)
            elif root.pos_ in ("NOUN", "PROPN", "NUM") and root.head.i == clause.head.i:
                short = [t for t in _np_core(root) if t.i in allowed]
                if len(_finish(_text(chosen + short))) <= limit:
                    chosen.extend(short)
    text = _finish(_text(chosen))
    cut = _longest_cut(without_front(kept, clause.head), clause.head, limit)
    if cut and (len(text) > limit or len(cut) > len(text)):
        return cut
    if len(text) <= limit:
        return text
    words = text[: limit - 2].rsplit(" ", 1)[0]
    return _balance_quotes(words) + "…"


def _longest_cut(tokens: list[Token], top: Token, limit: int) -> str:
    """The longest complete cut of ``tokens`` (see :mod:`core.events.constituents`) that fits
    ``limit`` and does not end on a function word; "" when none does."""
    allowed = {t.i for t in tokens}
    for chosen in prefixes(tokens, top):
        text = _finish(_text(_with_quantities(chosen)))
        if len(text) <= limit and not _dangles(text) and complete(chosen, allowed, top):
            return text
    return ""
