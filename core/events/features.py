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
from core.events.words import EVENT_CLASSES, content_words

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
    rare: frozenset[str] = frozenset()  # words few reports use, names' words left out
    name_words: frozenset[str] = frozenset()  # content words of its people and names


def _unique(words: str) -> list[str]:
    return list(dict.fromkeys(words.split()))


def features(report: ReportRow) -> Features:
    """The comparable parts of ``report``."""
    core = _unique(content_words(report.title))
    words = _unique(" ".join((" ".join(core), content_words(report.sentence))))
    people = frozenset(report.people)
    names = frozenset(n.casefold() for n in report.names) - {p.casefold() for p in people}
    name_words = frozenset(content_words(" ".join((*report.people, *report.names))).split())
    return Features(" ".join(words), frozenset(words), frozenset(core), people, names,
                    name_words=name_words)


def with_rare_words(feats: Sequence[Features]) -> list[Features]:
    """The same features, each knowing which of its words are rare in the corpus.

    A word is rare when at most ``RARE_SHARE`` of the reports (and never fewer than
    ``RARE_FLOOR``) use it: two reports sharing only common words ("residents signed a
    petition") are not told to be one event by their wording alone. Words of the report's
    people and names are compared as people and names, not as rare words.
    """
    df: Counter[str] = Counter()
    for f in feats:
        df.update(f.word_set)
    limit = max(RARE_FLOOR, int(RARE_SHARE * len(feats)))
    return [replace(f, rare=frozenset(w for w in f.word_set
                                      if df[w] <= limit and w not in f.name_words))
            for f in feats]


def blocking_keys(feature: Features) -> list[tuple[str, bool]]:
    """Keys a report is filed under, each marked when it is specific to what happened.

    People and names say who; rare words and the kind of happening its title names say what.
    Two reports must share a "what" key to be one event (``core.events.similarity``), so
    common words, which would only add work, are no keys at all.
    """
    keys = [(f"p:{p}", False) for p in feature.people]
    keys.extend((f"n:{n}", False) for n in feature.names)
    keys.extend((f"w:{w}", True) for w in feature.rare)
    keys.extend((f"k:{k}", True) for k in feature.core & EVENT_CLASSES)
    return keys
