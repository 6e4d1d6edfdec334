"""Long texts cut into pieces at paragraph breaks, so each piece is analysed on its own.

The ingest pipeline (spaCy, dates, people, reports) and ``dateline timex`` (dates alone) both
work a piece at a time on long texts, which keeps their cost linear in the length; they cut
at the same places. Joined back together the pieces are exactly the text, so offsets found in
a piece only need the piece's start added.
"""

from __future__ import annotations

# Longer texts are parsed and analysed in pieces (spaCy's limit is 1M characters, and the
# analysis of one piece costs more than linearly in its length).
CHUNK_CHARS = 50_000


def split_long_text(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Pieces of at most about ``limit`` characters, cut after paragraph breaks when possible.

    Joined back together the pieces are exactly ``text``, so offsets stay valid.
    """
    pieces = []
    start = 0
    while len(text) - start > limit:
        cut = text.rfind("\n\n", start, start + limit)
        if cut <= start:
            cut = text.rfind("\n", start, start + limit)
        if cut <= start:
            cut = text.rfind(" ", start, start + limit)
        end = cut + 1 if cut > start else start + limit
        while end < len(text) and text[end] in "\n ":
            end += 1
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces
