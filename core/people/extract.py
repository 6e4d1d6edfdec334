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


def _role_apposition(ent: Span) -> str | None:
    """A role in apposition right after the name: "June Park, the board's chair, said"."""
    for child in ent.root.children:
        if child.dep_ != "appos" or child.i < ent.end or child.i > ent.end + 6:
            continue
        if child.text.casefold() not in ROLE_HEADS:
            continue
        words = [t.text for t in child.subtree
                 if t.i <= child.i and (t.dep_ in ("compound", "amod") or t.i == child.i)
                 and is_role_word(t.text)]
        return role_text(words)
    return None


def _person(doc: Doc, ent: Span) -> PersonMention | None:
    tokens = _name_tokens(ent)
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    cleaned = clean_name(doc.text[start:end])
    if not cleaned.name or not any(ch.isalpha() for ch in cleaned.name):
        return None
    before = _role_before(doc, tokens[0].i)
    role = cleaned.role
    if before:
        inside = cleaned.role.split() if cleaned.role else []
        role = role_text(before + inside) or role
    role = role or _role_apposition(ent)
    return PersonMention(start, end, doc.text[start:end], cleaned.name, role, "PERSON")


def _evidence(doc: Doc, ent: Span) -> PersonMention | None:
    tokens = _name_tokens(ent)
    if not tokens or not any(t.pos_ == "PROPN" for t in tokens):
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    cleaned = clean_name(doc.text[start:end])
    if not cleaned.name:
        return None
    return PersonMention(start, end, doc.text[start:end], cleaned.name, None, ent.label_)


def person_mentions(doc: Doc) -> list[PersonMention]:
    """Every PERSON entity as a cleaned mention, then proper-noun entities of other labels."""
    mentions = []
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            found = _person(doc, ent)
        elif ent.label_ in EVIDENCE_LABELS:
            found = _evidence(doc, ent)
        else:
            continue
        if found is not None:
            mentions.append(found)
    return mentions
