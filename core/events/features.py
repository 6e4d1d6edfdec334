"""What two reports are compared on, computed once per report before any pair is scored.

The wording (content words of the clause and of its title, stemmed and classed), the title's
words alone (the event's core: subject, verb, object), the words rare in the corpus, people and
other names, and the keys that block candidates together.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from core.events.rows import ReportRow
from core.events.words import content_words

RARE_SHARE = 0.01
RARE_FLOOR = 30


@dataclass(frozen=True, slots=True)
class Features:
    """One report's comparable parts."""

    words: str  # space-separated content words, each once, in order
    word_set: frozenset[str]
    core: frozenset[str]  # content words of the title
    people: frozenset[str]
    names: frozenset[str]  # casefolded names of organisations, places and the like
    rare: frozenset[str] = frozenset()  # words few reports of the corpus use


def _unique(words: str) -> list[str]:
    return list(dict.fromkeys(words.split()))


def features(report: ReportRow) -> Features:
    """The comparable parts of ``report``."""
    core = _unique(content_words(report.title))
    words = _unique(" ".join((" ".join(core), content_words(report.sentence))))
    people = frozenset(report.people)
    names = frozenset(n.casefold() for n in report.names) - {p.casefold() for p in people}
    return Features(" ".join(words), frozenset(words), frozenset(core), people, names)


def with_rare_words(feats: Sequence[Features]) -> list[Features]:
    """The same features, each knowing which of its words are rare in the corpus.

    A word is rare when at most ``RARE_SHARE`` of the reports (and never fewer than
    ``RARE_FLOOR``) use it: two reports sharing only common words ("residents signed a
    petition") are not told to be one event by their wording alone.
    """
    df: Counter[str] = Counter()
    for f in feats:
        df.update(f.word_set)
    limit = max(RARE_FLOOR, int(RARE_SHARE * len(feats)))
    return [replace(f, rare=frozenset(w for w in f.word_set if df[w] <= limit)) for f in feats]


def blocking_keys(feature: Features) -> list[tuple[str, int]]:
    """Keys a report is filed under, each with its weight: people and names count double.

    Only rare words are keys: two reports must share a person, a name or a rare word to be
    one event (``core.events.similarity``), so common words would only add work.
    """
    keys = [(f"p:{p}", 2) for p in feature.people]
    keys.extend((f"n:{n}", 2) for n in feature.names)
    keys.extend((f"w:{w}", 1) for w in feature.rare)
    return keys
