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
from core.people.names import (
    PEERAGES,
    ROLE_HEADS,
    clean_name,
    is_honorific,
    is_role_word,
    role_text,
)

# Labels stored as evidence against (or, for a known person, for) a name.
EVIDENCE_LABELS = frozenset({"ORG", "PRODUCT", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART"})
# Part-of-speech tags that end a name caught inside a longer entity ("Musk Recalls ...").
_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON", "DET", "NUM"})
# Tags of a sentence's opening word caught into the name: "Luckily Edgar", "Hey Raul".
_OPENER_POS = frozenset({"ADV", "INTJ"})
_AND = frozenset({"and", "&"})
_ROLE_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def _name_tokens(ent: Span) -> list[Token]:
    """The entity's tokens up to a line break or a word that cannot be part of a name.

    An adverb or interjection opening the entity ("Luckily Edgar") is not part of the name.
    """
    kept: list[Token] = []
    skip = 0
    while skip < len(ent) - 1 and ent[skip].pos_ in _OPENER_POS:
        skip += 1
    for tok in ent[skip:]:
        if "\n" in tok.text or (kept and "\n" in kept[-1].whitespace_):
            break
        if kept and tok.pos_ in _NOT_NAME_POS and not tok.is_punct:
            break
        if tok.is_space:
            break
        kept.append(tok)
    return kept


def _role_before(doc: Doc, start: int) -> list[str]:
    """Role words standing right before token ``start`` ("veteran mediator", "CEO").

    Only nouns and adjectives the parse reads as such, and the word next to the name a noun:
    "met" of "Wren met Priya Lindqvist" is a verb however nameparser lists it.
    """
    words: list[str] = []
    i = start - 1
    while i >= 0:
        tok = doc[i]
        if "\n" in tok.whitespace_ or "\n" in tok.text:
            break
        if tok.pos_ not in _ROLE_POS or (not words and tok.pos_ == "ADJ"):
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


def _role_appositive(root: Token) -> str | None:
    """The role a name stands in apposition to: "the agency's deputy head, Keiji Fukuda".

    The role's head word may be a qualifier whose office stands among its modifiers: the
    parse makes "general" the head of "assistant director-general".
    """
    head = root.head
    if root.dep_ != "appos" or head.i >= root.i or not is_role_word(head.text):
        return None
    words = [t for t in head.lefts if t.dep_ in ("compound", "amod")]
    if not any(t.lower_ in ROLE_HEADS for t in [*words, head]):
        return None
    return " ".join(t.text for t in [*words, head])


def _role_before_comma(doc: Doc, start: int) -> str | None:
    """A role written before a comma that opens the name: "the assistant director-general,
    Renji Okabara," (the surface form, for when the parse does not make it an apposition).
    """
    if start < 2 or doc[start - 1].text != ",":
        return None
    words: list[str] = []
    i = start - 2
    while i >= 0 and len(words) < 4:
        tok = doc[i]
        if "\n" in tok.whitespace_ or "\n" in tok.text:
            break
        if tok.text in ("-", "‑") and words:
            i -= 1
            continue
        if not is_role_word(tok.text):
            break
        words.insert(0, tok.text)
        i -= 1
    return role_text(words) if words else None


def _peerage_before(doc: Doc, start: int) -> Token | None:
    """A style written right before a lone surname ("Lord" of "Lord Goldsmith"), if any."""
    if start == 0:
        return None
    tok = doc[start - 1]
    if tok.text[:1].isupper() and tok.text.casefold() in PEERAGES and "\n" not in tok.whitespace_:
        return tok
    return None


def _person(doc: Doc, text: str, ent: Span) -> PersonMention | None:
    tokens = _name_tokens(ent)
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    cleaned = clean_name(text[start:end])
    if not cleaned.name or not any(ch.isalpha() for ch in cleaned.name):
        return None
    name = cleaned.name
    peerage = _peerage_before(doc, tokens[0].i) if len(name.split()) == 1 else None
    if peerage is not None:  # "Lord Goldsmith" is how the person is named
        start, name = peerage.idx, f"{peerage.text} {name}"
    before = _role_before(doc, (peerage or tokens[0]).i)
    role = cleaned.role
    if before:
        inside = cleaned.role.split() if cleaned.role else []
        role = role_text(before + inside) or role
    role = (role or _role_apposition(ent.root, ent.end) or _role_appositive(ent.root)
            or _role_before_comma(doc, tokens[0].i))
    return PersonMention(start, end, text[start:end], name, role, "PERSON")


def _shared_surname(doc: Doc, ent: Span) -> PersonMention | None:
    """"Iain and Dawn Askham": the lone first name coordinated with a full name shares its
    surname. Only a word the parse makes the conjunct of the name, and that is no PERSON
    of its own ("Obama and Hillary Clinton" are two people)."""
    names = _name_tokens(ent)
    if len(names) != 2 or ent.start < 2 or ent.root.dep_ != "conj":
        return None
    first, conj = doc[ent.start - 2], doc[ent.start - 1]
    if conj.text.casefold() not in _AND or ent.root.head.i != first.i:
        return None
    if first.ent_type_ == "PERSON" or (first.ent_iob_ == "I" or (
            first.ent_iob_ == "B" and first.i + 1 < len(doc) and doc[first.i + 1].ent_iob_ == "I")):
        return None  # a person of its own, or one word of a longer entity
    if first.pos_ != "PROPN" or not first.is_title or not first.is_alpha:
        return None
    if first.i > 0 and doc[first.i - 1].pos_ == "PROPN":  # "Tony Blair and Cherie Blair"
        return None
    surname = clean_name(names[-1].text).name
    if not surname:
        return None
    end = first.idx + len(first.text)
    return PersonMention(first.idx, end, first.text, f"{first.text} {surname}", None, "PERSON")


def _person_shaped(doc: Doc, ent: Span) -> bool:
    """A name the parser labelled otherwise, written as people are introduced: after a
    courtesy title or a role ("Dr Keiji Fukuda", "assistant director general Keiji Fukuda"),
    in apposition with a role (by the parse, or a role and a comma before it), or with an
    age or a home town between commas ("Graeme Pacitti, of Falkirk,")."""
    before = _role_before(doc, ent.start)
    if before and (is_honorific(before[-1]) or role_text(before)):
        return True
    if _role_apposition(ent.root, ent.end) or _role_appositive(ent.root) \
            or _role_before_comma(doc, ent.start):
        return True
    after = doc[ent.end:ent.end + 4]
    if len(after) < 3 or after[0].text != ",":
        return False
    if after[1].like_num and after[2].text == ",":
        return True
    return (after[1].lower_ == "of" and after[2].pos_ == "PROPN" and after[2].head.i == after[1].i
            and (len(after) < 4 or after[3].is_punct))


def _evidence(doc: Doc, text: str, ent: Span) -> PersonMention | None:
    tokens = _name_tokens(ent)
    if not tokens or not any(t.pos_ == "PROPN" for t in tokens):
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    cleaned = clean_name(text[start:end])
    if not cleaned.name:
        return None
    label = ent.label_
    if (len(cleaned.name.split()) in (2, 3)
            and all(t.pos_ == "PROPN" and t.is_title for t in tokens) and _person_shaped(doc, ent)):
        return _person(doc, text, ent)
    return PersonMention(start, end, text[start:end], cleaned.name, None, label)


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
    if len(name_words) == 2 and name_words[0].casefold() in PEERAGES:  # "Lord Pemberly"
        return PersonMention(name_start, end, text[name_start:end], cleaned.name, None,
                             "PERSON")
    if role and len(name_words) >= 2 and not any(is_role_word(w) for w in name_words):
        return PersonMention(name_start, end, text[name_start:end], cleaned.name, role,
                             "PERSON")
    return PersonMention(name_start, end, text[name_start:end], cleaned.name, None,
                         UNTAGGED)


def _joined_entities(doc: Doc) -> list[Span]:
    """The doc's entities, two PERSON entities side by side joined into one name.

    spaCy sometimes cuts a long name in two ("Zine El" + "Abidine Ben Ali"); two people are
    never written next to each other with nothing but a space between them.
    """
    joined: list[Span] = []
    for ent in doc.ents:
        last = joined[-1] if joined else None
        if (last is not None and ent.label_ == "PERSON" and last.label_ == "PERSON"
                and ent.start == last.end and doc[last.end - 1].whitespace_ == " "):
            joined[-1] = Span(doc, last.start, ent.end, label="PERSON")
            continue
        joined.append(ent)
    return joined


def person_mentions(doc: Doc) -> list[PersonMention]:
    """PERSON entities as cleaned mentions, other proper-noun entities and untagged runs."""
    mentions = []
    text = doc.text  # spaCy rebuilds this string on every access: read it once
    covered: set[int] = set()
    entities = _joined_entities(doc)
    for ent in entities:
        covered.update(range(ent.start, ent.end))
    for ent in entities:
        if ent.label_ == "PERSON":
            found = _person(doc, text, ent)
            shared = _shared_surname(doc, ent)
            if shared is not None:
                mentions.append(shared)
                covered.add(ent.start - 2)
            if found is not None and found.start < ent.start_char:  # "Lord" of "Lord X"
                covered.add(ent.start - 1)
        elif ent.label_ in EVIDENCE_LABELS:
            found = _evidence(doc, text, ent)
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
