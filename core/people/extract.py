"""Person mentions from a spaCy Doc: PERSON entities cleaned, plus evidence from other labels.

Every PERSON entity becomes a mention with a bare name and, when the words around it say so,
a role ("CEO Sam Altman", "veteran mediator Sunil Jankowski", "X, the union's president").
Proper-noun entities spaCy labels ORG, PRODUCT, GPE and the like are kept too, under their
label: they are the corpus-wide evidence the resolver weighs before calling a name a person,
and they let a person tagged ORG in one sentence still be found there.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from core.models import PersonMention
from core.people.evidence import UNTAGGED
from core.people.names import ROLE_HEADS, clean_name, is_honorific, is_role_word, role_text

# Labels stored as evidence against (or, for a known person, for) a name.
EVIDENCE_LABELS = frozenset({"ORG", "PRODUCT", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART"})
# Part-of-speech tags that end a name caught inside a longer entity ("Musk Recalls ...").
_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON", "DET", "NUM"})


def _name_tokens(ent: Span) -> list[Token]:
    """The entity's tokens up to a line break or a word that cannot be part of a name."""
    kept: list[Token] = []
    for tok in ent:
        if "\n" in tok.text or (kept and "\n" in kept[-1].whitespace_):
            break
        if kept and tok.pos_ in _NOT_NAME_POS and not tok.is_punct:
            break
        if tok.is_space:
            break
        kept.append(tok)
    return kept


def _role_before(doc: Doc, start: int) -> list[str]:
    """Role words standing right before token ``start`` ("veteran mediator", "CEO")."""
    words: list[str] = []
    i = start - 1
    while i >= 0:
        tok = doc[i]
        if "\n" in tok.whitespace_ or "\n" in tok.text:
            break
        if is_role_word(tok.text) or is_honorific(tok.text):
            words.insert(0, tok.text)
            i -= 1
            continue
        break
    return words


_APPOS_DROP = frozenset({"det", "poss", "case", "relcl", "acl", "punct", "cc", "conj", "appos",
                         "advmod", "nummod"})


def _role_apposition(root: Token, after: int) -> str | None:
    """A role in apposition right after a name: "June Park, the board's chief negotiator"."""
    for child in root.children:
        if child.dep_ != "appos" or child.i < after or child.i > after + 8:
            continue
        if child.text.casefold() not in ROLE_HEADS:
            continue
        words = [t for t in child.lefts if t.dep_ in ("compound", "amod")]
        words.append(child)
        for prep in child.rights:
            if prep.dep_ == "prep" and prep.text.casefold() == "of":
                words.extend(t for t in prep.subtree if t.dep_ not in _APPOS_DROP)
                break
        words = [t for t in words if t.dep_ not in _APPOS_DROP or t is child]
        return " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    return None


def _person(doc: Doc, text: str, ent: Span) -> PersonMention | None:
    tokens = _name_tokens(ent)
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    cleaned = clean_name(text[start:end])
    if not cleaned.name or not any(ch.isalpha() for ch in cleaned.name):
        return None
    before = _role_before(doc, tokens[0].i)
    role = cleaned.role
    if before:
        inside = cleaned.role.split() if cleaned.role else []
        role = role_text(before + inside) or role
    role = role or _role_apposition(ent.root, ent.end)
    return PersonMention(start, end, text[start:end], cleaned.name, role, "PERSON")


def _evidence(text: str, ent: Span) -> PersonMention | None:
    tokens = _name_tokens(ent)
    if not tokens or not any(t.pos_ == "PROPN" for t in tokens):
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    cleaned = clean_name(text[start:end])
    if not cleaned.name:
        return None
    return PersonMention(start, end, text[start:end], cleaned.name, None, ent.label_)


def _propn_runs(doc: Doc, covered: set[int]) -> list[list[Token]]:
    """Runs of capitalised proper nouns that no entity covers (names spaCy did not tag)."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for tok in doc:
        if (tok.pos_ == "PROPN" and tok.i not in covered and tok.text[:1].isupper()
                and tok.is_alpha and not (current and "\n" in current[-1].whitespace_)):
            current.append(tok)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return runs


def _untagged(doc: Doc, text: str, run: list[Token]) -> PersonMention | None:
    """An untagged proper-noun run: a person when a role introduces it, else a candidate.

    "spokesperson May Ashford" or "Board Chair Gideon Marsh" (a role right before, or inside
    the run, then two name words) is a PERSON; anything else is kept under the label
    ``PROPN``, which the resolver only uses to find people it already knows.
    """
    start, end = run[0].idx, run[-1].idx + len(run[-1].text)
    cleaned = clean_name(text[start:end])
    if not cleaned.name:
        return None
    name_start = start + text[start:end].find(cleaned.name)
    before = _role_before(doc, run[0].i)
    inside = cleaned.role.split() if cleaned.role else []
    role = role_text(before + inside) if (before or inside) else None
    role = role or _role_apposition(run[-1], run[-1].i + 1)
    name_words = cleaned.name.split()
    if role and len(name_words) >= 2 and not any(is_role_word(w) for w in name_words):
        return PersonMention(name_start, end, text[name_start:end], cleaned.name, role,
                             "PERSON")
    return PersonMention(name_start, end, text[name_start:end], cleaned.name, None,
                         UNTAGGED)


def person_mentions(doc: Doc) -> list[PersonMention]:
    """PERSON entities as cleaned mentions, other proper-noun entities and untagged runs."""
    mentions = []
    text = doc.text  # spaCy rebuilds this string on every access: read it once
    covered: set[int] = set()
    for ent in doc.ents:
        covered.update(range(ent.start, ent.end))
        if ent.label_ == "PERSON":
            found = _person(doc, text, ent)
        elif ent.label_ in EVIDENCE_LABELS:
            found = _evidence(text, ent)
        else:
            continue
        if found is not None:
            mentions.append(found)
    for run in _propn_runs(doc, covered):
        found = _untagged(doc, text, run)
        if found is not None:
            mentions.append(found)
    mentions.sort(key=lambda m: m.start)
    return mentions
