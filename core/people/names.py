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

# Words that stand before a name as a courtesy title: dropped, never a role.
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev",
    "reverend", "fr", "father", "sister", "brother", "madam", "madame", "monsieur", "herr",
    "frau", "señor", "señora", "hon", "honourable", "honorable",
})

# Words that name an office or a job: kept as the person's role.
ROLE_WORDS = frozenset({
    "ceo", "cto", "cfo", "coo", "cio", "cmo", "cso", "president", "vice", "vp", "chief",
    "executive", "officer", "chair", "chairman", "chairwoman", "chairperson", "founder",
    "co-founder", "cofounder", "director", "head", "leader", "manager", "spokesperson",
    "spokesman", "spokeswoman", "mayor", "governor", "gov", "senator", "sen", "rep",
    "representative", "congressman", "congresswoman", "minister", "premier", "prime",
    "secretary", "chancellor", "judge", "justice", "magistrate", "general", "gen", "colonel",
    "col", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "commander", "admiral",
    "major", "maj", "detective", "det", "inspector", "constable", "sheriff", "commissioner",
    "superintendent", "professor", "king", "queen", "prince", "princess", "pope", "bishop",
    "archbishop", "cardinal", "rabbi", "imam", "pastor", "attorney", "lawyer", "counsel",
    "councillor", "councilor", "councilman", "councilwoman", "alderman", "deputy",
    "ambassador", "envoy", "economist", "analyst", "researcher", "scientist", "engineer",
    "mediator", "negotiator", "organiser", "organizer", "coach", "striker", "editor",
    "reporter", "correspondent", "columnist", "chef", "dean", "provost", "principal",
    "treasurer", "comptroller", "auditor", "coroner", "speaker", "whip", "senior", "junior",
    "lead", "associate", "assistant", "acting", "interim", "former", "ex",
    "board", "member", "partner", "owner", "investor", "trustee", "steward", "operator",
    "pilot", "nurse", "doctor", "surgeon", "physician", "activist", "candidate",
    "nominee", "delegate", "prosecutor", "defendant", "plaintiff", "union",
    "party", "state", "national", "regional", "city", "county", "health", "independent",
    "managing", "operating", "financial", "technology", "technical", "policy",
    "safety", "research", "science", "scientific", "communications", "press", "staff",
    "team", "labor", "labour", "local", "supreme", "high", "first", "lady",
    "secretary-general", "co-chair", "cochair", "co-lead",
})

# The head of a role phrase must be one of these: modifiers alone ("former", "union") are not.
ROLE_HEADS = frozenset(ROLE_WORDS - {
    "vice", "senior", "junior", "lead", "associate", "assistant", "acting", "interim",
    "former", "ex", "board", "union", "party", "state", "national", "regional",
    "city", "county", "health", "independent", "general", "managing", "operating", "financial",
    "technology", "technical", "policy", "safety", "research", "science", "scientific",
    "communications", "press", "staff", "team", "labor", "labour", "local", "supreme",
    "high", "first",
})

# Particles that belong inside surnames ("van der Berg", "de la Cruz").
SURNAME_PARTICLES = frozenset({
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la",
    "le", "bin", "ibn", "al", "el", "ter", "ten", "st", "mac", "o",
})

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


def _is_name_word(word: str) -> bool:
    """A word that can be part of a name: starts upper-case, or is a surname particle."""
    if not word or not any(ch.isalpha() for ch in word):
        return False
    return word[0].isupper() or _key(word) in SURNAME_PARTICLES


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
    while name_words and not name_words[0][0].isupper():
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

    Cached: a corpus names the same people thousands of times.
    """
    words = name.split()
    if len(words) == 1:
        return NameParts("", "", normalise(words[0]))
    parsed = HumanName(name)
    first = normalise(parsed.first)
    last = normalise(parsed.last)
    middle = normalise(parsed.middle)
    if parsed.title and not first:
        first = normalise(parsed.title)
    if not last:  # nameparser may read a two-word name as first + middle
        last, middle = middle, ""
    return NameParts(first, middle, last)


def has_initial(name: str) -> bool:
    """True when a name contains an initial ("Sam H. Altman")."""
    return any(len(w.rstrip(".")) == 1 for w in name.split())
