"""Corpus-wide evidence for and against a name being a person.

spaCy labels each mention on its own; a name it calls PERSON here and ORG or PRODUCT in most
other places is not a person. Names of the publications in the corpus (the articles' own
``source`` field) and names ending in a word publications use are not people either, nor are
long runs of capitalised words (a headline caught as a name).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from core.people.names import SURNAME_PARTICLES, normalise

UNTAGGED = "PROPN"  # the label of proper-noun runs spaCy gave no entity

# Words that end the names of publications, newsletters, shows and agencies.
PUBLICATION_WORDS = frozenset({
    "times", "post", "journal", "news", "daily", "herald", "tribune", "gazette", "ledger",
    "courier", "review", "weekly", "digest", "newsletter", "wire", "chronicle", "observer",
    "telegraph", "magazine", "podcast", "press", "bulletin", "dispatch", "report", "insider",
    "inquirer", "monitor", "examiner", "standard", "mail", "record", "register",
    "sentinel", "today", "tonight", "briefing", "show", "radio", "tv", "network",
    "channel", "media", "newsroom", "substack", "blog", "roundup",
})
# Words that end the names of organisations, never of people.
ORGANISATION_WORDS = frozenset({
    "capital", "foundation", "fabrication", "association", "group", "inc", "ltd", "llc",
    "plc", "corp", "corporation", "company", "co", "partners", "holdings", "university",
    "college", "school", "institute", "council", "authority", "district", "union", "bank",
    "fund", "labs", "lab", "ai", "systems", "technologies", "maritime", "logistics",
    "industries", "ventures", "trust", "agency", "department", "ministry", "committee",
    "commission", "board", "service", "services", "society", "club", "party", "center",
    "centre", "hospital", "clinic", "church", "airlines", "airways", "motors", "energy",
    "pharmaceuticals", "bureau", "office", "court", "police", "army", "navy", "league",
})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"})
MAX_NAME_WORDS = 4


@dataclass(slots=True)
class Evidence:
    """Label counts per normalised name, and the corpus's publication names."""

    person: Counter[str] = field(default_factory=Counter)
    other: Counter[str] = field(default_factory=Counter)
    publications: set[str] = field(default_factory=set)
    inside_other: set[str] = field(default_factory=set)  # word runs within longer non-names

    def add(self, name: str, label: str) -> None:
        """Count one mention of ``name`` under ``label`` (untagged runs count for nothing)."""
        key = normalise(name)
        if label == "PERSON":
            self.person[key] += 1
        elif label != UNTAGGED:
            self.other[key] += 1
            words = key.split()
            for size in range(1, len(words)):
                for at in range(len(words) - size + 1):
                    self.inside_other.add(" ".join(words[at:at + size]))

    def part_of_other_name(self, name: str) -> bool:
        """True when the name is part of a longer organisation, place or product name."""
        return normalise(name) in self.inside_other

    def against(self, name: str) -> bool:
        """Label evidence against a person: mostly labelled otherwise, or part of such a name."""
        return self.mostly_not_person(name) or self.part_of_other_name(name)

    @staticmethod
    def organisation_shaped(name: str) -> bool:
        """True for a name ending in a word organisations use ("Capital", "Foundation")."""
        words = normalise(name).split()
        return bool(words) and words[-1] in ORGANISATION_WORDS

    def add_publication(self, source: str) -> None:
        """Remember a publication name (an article's source)."""
        key = _drop_article(normalise(source))
        if key:
            self.publications.add(key)

    def mostly_not_person(self, name: str) -> bool:
        """True when spaCy labels this name something else more often than PERSON."""
        key = normalise(name)
        return self.other[key] > self.person[key]

    def is_publication(self, name: str) -> bool:
        """True for a publication of the corpus or a name shaped like one."""
        key = _drop_article(normalise(name))
        if key in self.publications:
            return True
        words = key.split()
        return len(words) >= 1 and words[-1] in PUBLICATION_WORDS


def _drop_article(key: str) -> str:
    return key[4:] if key.startswith("the ") else key


def core_word_count(name: str) -> int:
    """Words in a name that are not particles, initials or suffixes."""
    return sum(
        1 for w in name.split()
        if normalise(w) not in SURNAME_PARTICLES and normalise(w) not in _SUFFIXES
        and len(w.rstrip(".")) > 1
    )


def too_long(name: str) -> bool:
    """True for a run of capitalised words too long to be one person's name."""
    return core_word_count(name) > MAX_NAME_WORDS


def build_evidence(labelled: Iterable[tuple[str, str]], sources: Iterable[str]) -> Evidence:
    """Evidence from (name, label) pairs and the corpus's publication names."""
    evidence = Evidence()
    for name, label in labelled:
        evidence.add(name, label)
    for source in sources:
        evidence.add_publication(source)
    return evidence
