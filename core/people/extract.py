"""Person mentions from a spaCy Doc: PERSON entities, cleaned of possessives and stray words."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from core.models import PersonMention

_POSSESSIVE = re.compile(r"[’'`]s?$")


def clean_name(text: str) -> str:
    """A person span as a bare name: first line only, no possessive, single spaces."""
    name = text.split("\n", 1)[0].strip()
    name = _POSSESSIVE.sub("", name).strip()
    return " ".join(name.split())


def person_mentions(doc: Doc) -> list[PersonMention]:
    """Every PERSON entity in ``doc`` as a cleaned mention."""
    mentions = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        name = clean_name(ent.text)
        if name and any(ch.isalpha() for ch in name):
            mentions.append(
                PersonMention(ent.start_char, ent.end_char, ent.text, name, None, ent.label_)
            )
    return mentions
