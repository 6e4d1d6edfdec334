"""What two reports are compared on, computed once per report before any pair is scored.

The wording (content words of the clause and of its title, stemmed and classed), the title's
words alone (the event's core: subject, verb, object), the words rare in the corpus, people and
other names, and the keys that block candidates together.
"""

from __future__ import annotations

from collections import Counter
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


def _words(title: str, sentence: str) -> tuple[list[str], list[str]]:
    """The title's content words, and those of title and clause together, each once."""
    core = _unique(content_words(title))
    return core, _unique(" ".join((" ".join(core), content_words(sentence))))


def word_set(title: str, sentence: str) -> frozenset[str]:
    """The content words of a report's title and clause, as its features have them."""
    return frozenset(_words(title, sentence)[1])


def features(report: ReportRow) -> Features:
    """The comparable parts of ``report``."""
    core, words = _words(report.title, report.sentence)
    people = frozenset(report.people)
    names = frozenset(n.casefold() for n in report.names) - {p.casefold() for p in people}
    name_words = frozenset(content_words(" ".join((*report.people, *report.names))).split())
    return Features(" ".join(words), frozenset(words), frozenset(core), people, names,
                    name_words=name_words)


class RareWords:
    """Which words are rare in a corpus, counted one report at a time.

    A word is rare when at most ``RARE_SHARE`` of the reports (and never fewer than
    ``RARE_FLOOR``) use it: two reports sharing only common words ("residents signed a
    petition") are not told to be one event by their wording alone. Words of the report's
    people and names are compared as people and names, not as rare words. Only the counts
    per distinct word are kept, so a corpus of any size is counted in one pass.
    """

    def __init__(self) -> None:
        self.df: Counter[str] = Counter()
        self.reports = 0

    def count(self, words: frozenset[str]) -> None:
        """Count the word set of one report of the corpus."""
        self.df.update(words)
        self.reports += 1

    def mark(self, feature: Features) -> Features:
        """``feature``, knowing which of its words are rare in the corpus counted."""
        limit = max(RARE_FLOOR, int(RARE_SHARE * self.reports))
        df = self.df
        return replace(feature, rare=frozenset(w for w in feature.word_set
                                               if df[w] <= limit and w not in feature.name_words))


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
