"""Person names as written -> bare names: possessives, line breaks, honorifics and roles apart.

Everything here works on plain strings, so the same rules serve spaCy spans, stored mentions
and names the user types. Roles ("CEO", "Mayor", "chief negotiator") are general English
words kept in small lexicons; no lexicon here names a person, an outlet or a story.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from nameparser import HumanName
from nameparser.config import CONSTANTS

# Courtesy titles: dropped before a name, never a role. nameparser's titles mix these with
# offices and ranks ("president", "gen") and do not say which is which, so they are listed.
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev", "reverend", "fr",
    "father", "sister", "brother", "madam", "madame", "monsieur", "herr", "frau", "señor",
    "señora", "hon", "honourable", "honorable",
})
# Styles that stand for a given name: "Lord Goldsmith" and "Baroness Amos" are how the
# person is named (nameparser has them as titles, without that distinction).
PEERAGES = frozenset({
    "lord", "lady", "baron", "baroness", "viscount", "viscountess", "countess", "marquess",
})

# nameparser's titles (offices, ranks, styles), without the pronouns it lists for "His
# Excellency" and the like, which would make "his wife Mary" a role.
TITLES = frozenset(CONSTANTS.titles) - {"his", "her", "me", "us", "most"}
# Office and job words nameparser does not list as titles (it lists words written before a
# name; these also stand in apposition: "X, the union's spokesman"), and the modifiers that
# go before them ("former", "acting", "union").
_JOB_WORDS = frozenset({
    "chairman", "chairwoman", "chairperson", "cochair", "co-lead", "cofounder", "spokesman",
    "spokeswoman", "spokesperson", "analyst", "auditor", "candidate", "columnist",
    "congressman", "congresswoman", "constable", "coroner", "councilman", "councilor",
    "councilwoman", "cto", "coo", "cio", "cmo", "cso", "vp", "sen", "det", "dean", "major",
    "justice", "head", "inspector", "mediator", "negotiator", "nominee", "operator",
    "organiser", "organizer", "owner", "partner", "plaintiff", "defendant", "prosecutor",
    "reporter", "steward", "striker", "superintendent", "trustee", "whip", "secretary-general",
})
# Words that qualify an office but do not name one: modifiers of ours, and the fields,
# bodies and adjectives among nameparser's titles ("police", "group", "foreign").
_MODIFIERS = frozenset({
    "vice", "senior", "junior", "lead", "associate", "assistant", "acting", "interim",
    "former", "ex", "board", "union", "party", "state", "national", "regional", "city",
    "county", "health", "independent", "general", "managing", "operating", "financial",
    "technology", "technical", "policy", "safety", "research", "science", "scientific",
    "communications", "press", "staff", "team", "labor", "labour", "local", "supreme", "high",
    "first", "uk", "united", "states", "british", "english", "federal", "foreign", "royal",
    "military", "civil", "political", "municipal", "judicial", "legal", "corporate",
    "special", "rear", "right", "grand", "advertising", "air", "analytics", "appellate",
    "army", "award-winning", "ballet", "banner", "baseball", "behavioral", "bench",
    "biblical", "blues", "burlesque", "business", "classical", "computer", "credit",
    "criminal", "customs", "discovery", "district", "division", "docket", "excellent",
    "family", "field", "film", "flag", "flying", "group", "hereditary", "information",
    "intelligence", "kingdom", "knowledge", "law", "literary", "marketing", "mathematics",
    "mystery", "navy", "opera", "police", "radio", "revenue", "risk", "rock", "security",
    "social", "soccer", "software", "strategy", "tax", "television", "theater", "theatre",
    "travel", "voice", "wing", "blessed", "venerable", "eminence", "excellency", "highness",
    "holiness", "majesty", "king's", "queen's", "celebrity", "personality", "model", "host",
})
# Words that name an office or a job, or qualify one: kept as the person's role.
ROLE_WORDS = TITLES - HONORIFICS - PEERAGES | _JOB_WORDS | _MODIFIERS
# The head of a role phrase must be one of these: modifiers alone ("former", "union") are not.
ROLE_HEADS = ROLE_WORDS - _MODIFIERS

# Particles that belong inside surnames ("van der Berg", "bin Laden", "al-Sadr"): nameparser's
# prefixes, with their joining hyphen ("al-") as a word of their own.
SURNAME_PARTICLES = frozenset(p.rstrip("-") for p in CONSTANTS.prefixes)
# Particles that stand as words of their own ("van", "bin", "al"); those nameparser lists only
# with their hyphen ("ed-" of "ed-Din") are given names when they stand alone ("Ed Vance").
WORD_PARTICLES = frozenset(p for p in CONSTANTS.prefixes if not p.endswith("-"))
# Particles that say "son/daughter/father/mother of": with one name after them they name a
# person ("Abu Selim", "Bin Qadir"), unlike articles and prepositions ("La", "San", "Van"),
# which also start the names of papers, places and saints. nameparser does not tell them apart.
KINSHIP_PARTICLES = frozenset({
    "abu", "umm", "bin", "bint", "binte", "binti", "ibn", "ben", "bar", "bat", "mac", "mc",
    "ap", "ní", "ó", "ua",
})
# Suffixes that belong to a name ("Jr.", "III", "PhD"): nameparser's.
SUFFIXES = frozenset(CONSTANTS.suffix_not_acronyms) | frozenset(CONSTANTS.suffix_acronyms)
_ORDINAL = re.compile(r"^(?:[ivxlc]+|\d+)$")  # "II", "III", "2": another person of the name

_POSSESSIVE = re.compile(r"(?:['’`ʼ]s|s['’`ʼ]|['’`ʼ])$", re.IGNORECASE)
_EDGE = re.compile(r"^[^\w]+|[^\w.]+$")
_WORD = re.compile(r"[\w’'`.\-]+")


@dataclass(frozen=True, slots=True)
class CleanName:
    """A cleaned name and the role words that stood with it, if any."""

    name: str
    role: str | None = None


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """A comparison key: case-folded, accents and dots removed, single spaces (cached)."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.replace(".", " ").replace("’", "'")
    return " ".join(bare.casefold().split())


def _key(word: str) -> str:
    return word.casefold().strip(".,")


def is_role_word(word: str) -> bool:
    """True for a word that can be part of a role phrase ("Chief", "CEO", "Union")."""
    return _key(word) in ROLE_WORDS


def is_honorific(word: str) -> bool:
    """True for a courtesy title ("Dr.", "Mrs")."""
    return _key(word) in HONORIFICS


def strip_possessive(text: str) -> str:
    """``Leike's`` / ``Leike’s`` / ``Jones'`` -> the name without the possessive."""
    stripped = text.rstrip()
    match = _POSSESSIVE.search(stripped)
    if not match:
        return stripped
    if match.group(0)[0].casefold() == "s":  # "Jones'" -> "Jones"
        return stripped[: match.start() + 1]
    return stripped[: match.start()]


def particle_joined(word: str) -> bool:
    """A surname written with its particle in one word: "al-Sadr", "bin-Laden", "d'Estaing"."""
    for sep in ("-", "'", "’"):
        head, found, rest = word.partition(sep)
        if found and rest[:1].isupper() and (
                _key(head) in SURNAME_PARTICLES or _key(head + sep) in SURNAME_PARTICLES):
            return True
    return False


def _particle_head(word: str) -> str:
    """The particle a (case-folded) word starts with, joined by a hyphen or an apostrophe."""
    for sep in ("-", "'"):
        head, found, rest = word.partition(sep)
        if found and rest and (head in SURNAME_PARTICLES or head + sep in SURNAME_PARTICLES):
            return head + sep
    return ""


@lru_cache(maxsize=65536)
def surname_key(surname: str) -> str:
    """A surname as a comparison key without its particles: "al-Sadr", "al Sadr" and "Sadr"
    are one surname, "bin Laden" and "Laden" too; hyphenated surnames ("Okonjo-Iweala")
    keep both parts."""
    words = normalise(surname).split()
    while len(words) > 1 and words[0] in SURNAME_PARTICLES:
        words.pop(0)
    if words and (head := _particle_head(words[0])):
        words[0] = words[0][len(head):]
    return " ".join(words)


def is_surname_only(name: str) -> bool:
    """A surname with its particles and nothing else: "Bin Laden", "Al Thani", "Le Pen"."""
    words = name.split()
    return len(words) >= 2 and all(_key(w) in WORD_PARTICLES for w in words[:-1])


def is_ordinal(suffix: str) -> bool:
    """A suffix that numbers people of one name ("II", "III"): always someone else."""
    return bool(_ORDINAL.match(normalise(suffix)))


def _is_name_word(word: str) -> bool:
    """A word that can be part of a name: starts upper-case, or is a surname particle."""
    if not word or not any(ch.isalpha() for ch in word):
        return False
    return word[0].isupper() or _key(word) in SURNAME_PARTICLES or particle_joined(word)


def _is_abbreviation(word: str) -> bool:
    return word.endswith(".") or (word.isupper() and len(word) > 1)


def split_role(words: list[str]) -> tuple[list[str], list[str]]:
    """Leading role/honorific words apart from the name words that follow them.

    A capitalised role word that could also be a first name ("Dean", "Major") is only taken
    as a role when at least two name words remain after it; abbreviations ("Sen.", "CEO")
    and honorifics are always taken.
    """
    cut = 0
    while cut < len(words) - 1:
        word = words[cut]
        if is_honorific(word) or (is_role_word(word) and (
                _is_abbreviation(word) or not word[0].isupper() or len(words) - cut - 1 >= 2)):
            cut += 1
        else:
            break
    return words[:cut], words[cut:]


def role_text(words: list[str]) -> str | None:
    """A role phrase from role words, honorifics dropped; None when no head word is there."""
    kept = [w.strip(",") for w in words if not is_honorific(w)]
    if not any(_key(w) in ROLE_HEADS for w in kept):
        return None
    return " ".join(kept) or None


def clean_name(text: str) -> CleanName:
    """A person span as a bare name, with any role found in it.

    First line only, no possessive, no leading titles or roles, no trailing lower-case words
    ("Sam Altman said"), no quotes or stray punctuation, single spaces.
    """
    first_line = text.replace("\r", "\n").split("\n", 1)[0]
    words = [_EDGE.sub("", w) for w in first_line.split()]
    words = [w for w in words if w and any(ch.isalpha() for ch in w)]
    if not words:
        return CleanName("")
    words[-1] = strip_possessive(words[-1])
    words = [w for w in words if w]
    role_words, name_words = split_role(words)
    while name_words and not _is_name_word(name_words[-1]):
        name_words.pop()
    while name_words and not (name_words[0][0].isupper() or particle_joined(name_words[0])):
        name_words.pop(0)
    name_words = [strip_possessive(w) if i == len(name_words) - 1 else w
                  for i, w in enumerate(name_words)]
    name = " ".join(w for w in name_words if w)
    return CleanName(name, role_text(role_words))


@dataclass(frozen=True, slots=True)
class NameParts:
    """A full name's parts, as comparison keys (empty when absent)."""

    first: str
    middle: str
    last: str

    @property
    def key(self) -> tuple[str, str]:
        """First and last name: the identity of a full name, middle names ignored."""
        return (self.first, self.last)


@lru_cache(maxsize=65536)
def parts(name: str) -> NameParts:
    """First/middle/last of a name (nameparser), as keys; one word goes into ``last``.

    The surname key leaves its particles out (``surname_key``).

    Cached: a corpus names the same people thousands of times.
    """
    words = name.split()
    if len(words) == 1:
        return NameParts("", "", surname_key(words[0]))
    parsed = HumanName(name)
    first = normalise(parsed.first)
    last = parsed.last
    middle = normalise(parsed.middle)
    if parsed.title and not first:
        first = normalise(parsed.title)
    if not last:  # nameparser may read a two-word name as first + middle
        last, middle = parsed.middle, ""
    return NameParts(first, middle, surname_key(last))


def has_initial(name: str) -> bool:
    """True when a name contains an initial ("Sam H. Altman")."""
    return any(len(w.rstrip(".")) == 1 for w in name.split())
