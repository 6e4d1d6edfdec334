"""Corpus-wide evidence for and against a name being a person.

spaCy labels each mention on its own; a name it calls PERSON here and ORG or PRODUCT in most
other places is not a person. Names of the publications in the corpus (the articles' own
``source`` field) and names ending in a word publications use are not people either, nor are
long runs of capitalised words (a headline caught as a name).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from dateparser.timezones import timezone_info_list
from nameparser.config import CONSTANTS

from core.people.names import SUFFIXES, SURNAME_PARTICLES, normalise, particle_joined
from core.temporal.lexicon import MONTHS, WEEKDAYS

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
MAX_NAME_WORDS = 4
# Labels of places and peoples: a word spaCy mostly gives these on its own names a place.
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
# Time-zone abbreviations (dateparser's table) and calendar abbreviations ("Tue", "Mar");
# full month names stay out, and abbreviations that are also names ("May", "Jan", "Sun").
TIME_ZONES = frozenset(abbr for group in timezone_info_list for abbr, _ in group["timezones"])
CALENDAR_WORDS = frozenset(
    (set(WEEKDAYS) | {w for w in MONTHS if len(w) <= 4}) - {"may", "june", "jan", "sun"})
# Suffixes that are written in capitals but belong to the name ("II", "JR").
NAME_SUFFIXES = frozenset(CONSTANTS.suffix_not_acronyms)
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
# A run of capitalised words right after "the", "a" or "an" ("the Bretton Woods system"), not
# a possessive ("the Smiths' house" aside, a person's name takes no article).
_DETERMINED_RE = re.compile(
    r"\b(?:the|a|an|The|A|An) ((?:[A-Z][\w.'’-]* )*[A-Z][\w.'’-]*)(?!['’]s)\b")
# A full name written after an article at least this many times, and in this share of its
# uses, names a thing, an event or a group ("the Johnny Mann Singers"), not a person.
DETERMINED_MIN = 2
DETERMINED_SHARE = 0.25
_SENTENCE_END = frozenset(".!?:\"“”'‘’(-–—|")


@dataclass(slots=True)
class Evidence:
    """Label counts per normalised name, and the corpus's publication names."""

    person: Counter[str] = field(default_factory=Counter)
    other: Counter[str] = field(default_factory=Counter)
    publications: set[str] = field(default_factory=set)
    inside_other: set[str] = field(default_factory=set)  # word runs within longer non-names
    place: Counter[str] = field(default_factory=Counter)  # one-word names labelled a place
    acronym_org: Counter[str] = field(default_factory=Counter)  # "UN", "AP" labelled ORG
    lower: Counter[str] = field(default_factory=Counter)  # words written in lower case
    upper: Counter[str] = field(default_factory=Counter)  # capitalised, not opening a sentence
    full_person: Counter[str] = field(default_factory=Counter)  # PERSON mentions as written
    untagged: Counter[str] = field(default_factory=Counter)  # proper-noun runs with no label
    determined: Counter[str] = field(default_factory=Counter)  # capitalised runs after "the"

    def add(self, name: str, label: str) -> None:
        """Count one mention of ``name`` under ``label`` (untagged runs count for nothing)."""
        key = normalise(name)
        if len(key.split()) == 1 and label in PLACE_LABELS:
            self.place[key] += 1
        if label == "ORG" and name.isupper() and len(name) <= 5:
            self.acronym_org[key] += 1
        if label == "PERSON":
            self.person[key] += 1
        elif label == UNTAGGED:
            self.untagged[key] += 1
        else:
            self.other[key] += 1
            words = key.split()
            for size in range(1, len(words)):
                for at in range(len(words) - size + 1):
                    self.inside_other.add(" ".join(words[at:at + size]))

    def add_text(self, text: str) -> None:
        """Count how each word is written in an article: lower case, or capitalised mid-sentence.

        A word of a name is capitalised wherever it stands; a common word ("flu", "sick",
        "besides") is written in lower case except where it opens a sentence or a headline.
        """
        for match in _DETERMINED_RE.finditer(text):
            self.determined[normalise(match.group(1))] += 1
        for match in _WORD_RE.finditer(text):
            word = match.group(0)
            if word[0].islower():
                self.lower[word.casefold()] += 1
                continue
            before = text[max(0, match.start() - 3):match.start()].rstrip(" ")
            if before and before[-1] not in _SENTENCE_END and "\n" not in before:
                self.upper[word.casefold()] += 1

    def common_word(self, word: str) -> bool:
        """A word the corpus mostly writes in lower case: a common word, not part of a name.

        A surname joined to its particle ("al-Sadr", "d'Estaing") starts in lower case and
        is still a name: its capital stands after the particle.
        """
        if particle_joined(word):
            return False
        key = word.casefold()
        return self.lower[key] >= 3 and self.lower[key] > 2 * self.upper[key]

    def place_word(self, word: str) -> bool:
        """A word that, standing alone, spaCy mostly labels a place or people, not a person."""
        key = normalise(word)
        return self.place[key] >= 2 and self.place[key] > self.person[key]

    def run_in_word(self, word: str) -> bool:
        """A word run into a name from a stamp, dateline or credit: capitals, zone, calendar.

        ``"BST"``, ``"MOSUL"``, ``"AP"``, ``"Tue"``, ``"Nagle/Getty"`` (suffixes such as "II"
        and "Jr" belong to the name).
        """
        bare = word.strip(".,")
        key = normalise(bare)
        if key in NAME_SUFFIXES:
            return False
        if "/" in bare:
            return True
        if bare in TIME_ZONES or key in CALENDAR_WORDS:
            return True
        letters = [ch for ch in bare if ch.isalpha()]
        return len(letters) >= 2 and bare.isupper() and "." not in bare

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

    def outvoted(self, name: str) -> bool:
        """Label votes overwhelmingly against a person: tagged otherwise, or passed over.

        spaCy tags a person's name PERSON most times it reads it; a name it tags a place
        ("Tahrir Square": FAC 176 times, PERSON 7) or leaves untagged ("Wall Street") nearly
        every time is not a person, whatever else stands with it.
        """
        key = normalise(name)
        against = self.other[key] + self.untagged[key]
        return against >= 3 and against > 3 * self.person[key]

    def group_word(self, word: str) -> bool:
        """A plural of a word labelled a people or a place ("Shias" of "Shia"): a group."""
        key = normalise(word)
        return key.endswith("s") and self.place[key[:-1]] >= 2

    def takes_article(self, name: str) -> bool:
        """A name of two words or more the corpus often writes after "the" or "a": "the
        Bretton Woods system", "a Bretton Woods", "the Johnny Mann Singers". A person's full
        name takes no article ("the Obama administration" is a surname, and not counted)."""
        key = normalise(name)
        if len(key.split()) < 2:
            return False
        found = self.determined[key]
        return found >= DETERMINED_MIN and found >= DETERMINED_SHARE * (
            found + self.person[key])

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
        if normalise(w) not in SURNAME_PARTICLES and normalise(w) not in SUFFIXES
        and len(w.rstrip(".")) > 1
    )


def too_long(name: str) -> bool:
    """True for a run of capitalised words too long to be one person's name."""
    return core_word_count(name) > MAX_NAME_WORDS


def build_evidence(labelled: Iterable[tuple[str, str]], sources: Iterable[str],
                   texts: Iterable[str] = ()) -> Evidence:
    """Evidence from (name, label) pairs, the corpus's publication names and article texts."""
    evidence = Evidence()
    for name, label in labelled:
        evidence.add(name, label)
        if label == "PERSON":
            evidence.full_person[name] += 1
    for source in sources:
        evidence.add_publication(source)
    for text in texts:
        evidence.add_text(text)
    return evidence
