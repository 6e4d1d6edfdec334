"""One sentence splitter: a line break ends a sentence, for the parser and the resolver alike."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from core.nlp import load_nlp
from core.segmentation import LINE_BREAKS_COMPONENT, sentence_starts
from core.temporal import resolve_times
from core.temporal.context import SentenceIndex

PAGE = (
    "Port authority suspends night shifts\n"
    "Dock workers walked out on Tuesday after Mr. Hale cut the night shift. "
    "The union said talks would resume.\n"
    "\u2014 Mara Quist (@maraquist) May 17, 2024\n"
    "Photo caption: pickets at the north gate\n"
    "Managers met the union again on Thursday."
)


def _pieces(text: str, starts: list[int]) -> list[str]:
    return [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


def test_text_splitter_ends_sentences_at_line_breaks_and_keeps_abbreviations() -> None:
    pieces = _pieces(PAGE, sentence_starts(PAGE))
    assert pieces == [
        "Port authority suspends night shifts",
        "Dock workers walked out on Tuesday after Mr. Hale cut the night shift.",
        "The union said talks would resume.",
        "\u2014 Mara Quist (@maraquist) May 17, 2024",
        "Photo caption: pickets at the north gate",
        "Managers met the union again on Thursday.",
    ]


def test_parser_never_glues_two_lines() -> None:
    nlp = load_nlp()
    assert LINE_BREAKS_COMPONENT in nlp.pipe_names
    doc = nlp(PAGE)
    for sent in doc.sents:
        assert "\n" not in sent.text.strip(), sent.text
    line_starts = {0} | {i + 1 for i, ch in enumerate(PAGE) if ch == "\n"}
    sent_starts = {sent.start_char for sent in doc.sents}
    assert line_starts <= sent_starts


def test_resolver_reads_the_docs_own_sentences() -> None:
    doc = load_nlp()(PAGE)
    index = SentenceIndex.of_doc(doc, doc.text)
    assert index.starts == [sent.start_char for sent in doc.sents]


def test_headline_line_does_not_lend_its_tense_to_the_next_line() -> None:
    # "will" on the headline line must not make Tuesday's past walk-out a future Tuesday.
    text = "Union will fight on\nOn Tuesday, the dock workers are angry."
    anchor = datetime(2024, 5, 17, 12, tzinfo=UTC)  # a Friday
    (tuesday,) = [t for t in resolve_times(text, anchor) if t.text == "Tuesday"]
    assert tuesday.value == "2024-05-14"


@given(st.text(alphabet="ab .!?\nMr.ABC", max_size=200))
def test_starts_are_ordered_in_range_and_include_every_line(text: str) -> None:
    starts = sentence_starts(text)
    assert starts[0] == 0
    assert starts == sorted(set(starts))
    assert all(0 <= s <= len(text) for s in starts)
    for i, ch in enumerate(text):
        rest = text[i + 1:]
        if ch == "\n" and rest.strip():
            assert i + 1 + (len(rest) - len(rest.lstrip())) in starts
