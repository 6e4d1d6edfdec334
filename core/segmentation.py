"""Sentence bounds for the whole pipeline: a line break always ends a sentence.

Two readers need sentence bounds: the date resolver (tense is read inside a sentence) and the
event extractor (a report is one sentence's clause). Both must see the same bounds, so both
follow one rule set, kept here:

* **A line break ends a sentence.** News pages put headlines, captions, chronology lines,
  time stamps and tweet attributions on lines of their own, without closing punctuation; glued
  to the next line they give a sentence the wrong date and a garbled title.
* Inside a line, a sentence ends after ``.``, ``!`` or ``?`` (and any closing quotes or
  brackets) followed by a space and a capital letter, digit or opening quote, unless the word
  before the stop is a known abbreviation ("Mr.", "Jan.", "U.S.") or a single letter.

Parsed text (a spaCy ``Doc``) gets the line rule as a pipeline component that runs before the
parser (``line_breaks``), so spaCy's own splitting works inside lines only; the resolver then
reads the Doc's sentences. Unparsed text (``dateline timex``) uses :func:`sentence_starts`.
spaCy's rule-based ``sentencizer`` splits on every stop (no abbreviations, no line breaks) and
its ``senter`` model ignores line breaks, so neither fits alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

LINE_BREAKS_COMPONENT = "dateline_line_breaks"

ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "co", "corp", "inc", "ltd", "gov", "sen", "rep",
    "gen", "col", "lt", "sgt", "capt", "prof", "no", "vs", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "a.m", "p.m", "mt",
    "ft", "ave", "blvd", "rev", "messrs", "bros", "e.g", "i.e", "etc", "calif", "mass", "conn",
})
_STOP = re.compile(r"(?<=[.!?])[\"')\]]*[ \t]+(?=[\"'(\[]?[A-Z0-9])")
_LINE_BREAK = re.compile(r"[ \t]*\n\s*")
_LAST_WORD = re.compile(r"[\s(\"]")


def _after_abbreviation(text: str, stop: int) -> bool:
    before = text[max(0, stop - 6):stop].rstrip(".!?\"')]").lower()
    last = _LAST_WORD.split(before)[-1]
    return last in ABBREVIATIONS or (len(last) == 1 and last.isalpha())


def sentence_starts(text: str) -> list[int]:
    """Start offsets of the sentences of ``text`` (the first is always 0), in order."""
    starts = {0}
    for m in _LINE_BREAK.finditer(text):
        if m.end() < len(text):
            starts.add(m.end())
    for m in _STOP.finditer(text):
        if not _after_abbreviation(text, m.start()):
            starts.add(m.end())
    return sorted(starts)


def mark_line_breaks(doc: Doc) -> Doc:
    """Make the first word after a line break start a sentence (the parser keeps the mark).

    The line-break token itself stays with the sentence before it.
    """
    after_break = False
    for token in doc:
        if token.is_space:
            if "\n" in token.text:
                after_break = True
                if token.i > 0:
                    token.is_sent_start = False
            continue
        if after_break:
            token.is_sent_start = True
            after_break = False
    return doc


def add_line_breaks(nlp: object) -> None:
    """Put the line-break component in front of the parser of ``nlp`` (once)."""
    from spacy.language import Language

    assert isinstance(nlp, Language)
    if LINE_BREAKS_COMPONENT not in Language.factories:
        Language.component(LINE_BREAKS_COMPONENT, func=mark_line_breaks)
    if LINE_BREAKS_COMPONENT in nlp.pipe_names:
        return
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS_COMPONENT, before="parser")
    else:
        nlp.add_pipe(LINE_BREAKS_COMPONENT, first=True)
