"""Photo captions are not events.

News pages keep the captions of their pictures in the text, and wire services write them in
one fixed shape: a present-tense description of the picture, the place, and the full date the
picture was taken, with no preposition before the date ("A nurse checks a patient's
temperature at a clinic in Lima May 4, 2009.", "Firefighters are seen outside the plant in
Osaka, June 2, 2010. REUTERS/A. Photographer"). Read as a sentence it looks like a dated
event, and it floods a timeline with "X wears a mask" entries, often on other stories' days
(a picture from an archive). An editor never lists a caption as news.

The test reads the parse, not a word list: the main verb is in the present (simple,
progressive or passive: "checks", "are gathering", "is seen") and is not a verb of saying,
and the sentence ends with an explicit day date that carries its year and follows its place
directly (no "on", "by", "until", "and" before it), at most a photographer's credit after it.
News prose dates a present-tense plan with a preposition ("opens on May 4, 2009"), which stays
an event.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from core.events.generic import SAYING_VERBS
from core.models import Granularity, TimeExpression

_PRESENT = frozenset({"VBZ", "VBP"})
_YEAR = re.compile(r"\b\d{4}\b")
# What may follow a caption's date: punctuation, and a credit such as "AGENCY/Name Surname"
# or "(Photo: Name)".
_TAIL = re.compile(r"[\W_]*(?:\(?[A-Z][\w.&-]*/[^\n]*|\(?photo\b[^\n]*)?", re.IGNORECASE)


def _present_verb(root: Token) -> bool:
    """The root is in the present: "checks", "is seen", "are gathering"; not "says"."""
    if root.lemma_.casefold() in SAYING_VERBS or root.lower_ in SAYING_VERBS:
        return False
    if root.tag_ in _PRESENT:
        return root.pos_ == "VERB"
    auxiliaries = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    return (root.tag_ in ("VBN", "VBG") and bool(auxiliaries)
            and all(aux.tag_ in _PRESENT for aux in auxiliaries))


def _dateline_date(sent: Span, time: TimeExpression) -> bool:
    """``time`` is a full day date with its year, closes the sentence (a credit aside), and
    no preposition stands before it."""
    if time.granularity is not Granularity.DAY or not _YEAR.search(time.text):
        return False
    if not sent.start_char <= time.start < time.end <= sent.end_char:
        return False
    after = sent.doc.text[time.end:sent.end_char]
    if not _TAIL.fullmatch(after):
        return False
    before = [t for t in sent if t.idx + len(t.text) <= time.start and not t.is_punct]
    return bool(before) and before[-1].pos_ not in ("ADP", "CCONJ")


def photo_caption(sent: Span, times: list[TimeExpression]) -> bool:
    """Whether ``sent`` (with ``times``, its own time expressions) is a photo caption."""
    if not times or not _present_verb(sent.root):
        return False
    return _dateline_date(sent, max(times, key=lambda t: t.end))
