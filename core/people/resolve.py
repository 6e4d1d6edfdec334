"""Resolving person mentions across the corpus into people with aliases.

1. Full names (two words or more) that the corpus evidence does not reject become people;
   spellings with the same first and last name ("Sam H. Altman", "Sam Altman") are one person.
   A longer run that starts with a known full name ("X Y Recalls Breaking ...") is that person
   caught with a headline's words: it names them but is not kept as an alias.
2. A single word (surname or first name) joins the full name it matches in the same article;
   else the one person in the corpus it matches. A single word that never stands with a full
   name is not kept (a typo, a brand, a mononym seen once), nor one the corpus mostly
   writes in lower case ("Riot", "Morale" opening a headline).
3. Mentions spaCy labelled ORG or the like still point at a person when their name is one of
   that person's aliases: they are not evidence of a new person, only of an existing one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from nameparser import HumanName
from nameparser.config import CONSTANTS
from nicknames import NickNamer
from rapidfuzz.distance import Levenshtein

from core.models import Person
from core.people.evidence import UNTAGGED, Evidence, build_evidence, too_long
from core.people.names import (
    KINSHIP_PARTICLES,
    SURNAME_PARTICLES,
    has_initial,
    is_honorific,
    is_ordinal,
    is_role_word,
    is_surname_only,
    normalise,
    parts,
    role_text,
    surname_key,
)

# A single name seen as PERSON in this many articles, and never matched, is a mononym.
MONONYM_ARTICLES = 3
# A full name seen as PERSON fewer times than this has no weight of its own against the
# evidence that a place or a common word was run into it ("Kabul Karzai", "Sick Mexico").
RARE_NAME = 3
# A lone surname shared by several people goes to the one named in this many times more
# articles than any other.
DOMINANT = 3
# A short form that starts the full first name ("Fred" of "Frederik", "Chris" of "Christopher")
# has at most this many letters and is at least SHORT_FORM_GAP letters shorter: "Nicola" and
# "Nicolas", "Jean" and "Jeanne", "Dan" and "Dana" are names of their own.
SHORT_FORM_LETTERS = 5
SHORT_FORM_GAP = 3
# First names one letter apart inside the word (same first and last letter) are one name spelt
# two ways from this length on ("Elisabeth", "Elizabeth"; "Mohamed", "Mohammed"); shorter
# ones are names of their own ("Dana", "Dina").
SPELLING_LETTERS = 6

Key = tuple[str, str, str]  # first name, surname, variant (suffix and middle names)


def _middle_words(middle: str) -> list[str]:
    """Middle names as words, run-together initials apart ("HW" -> "h", "w"), particles
    and their hyphens left out ("el-Abidine" -> "abidine")."""
    words: list[str] = []
    for word in middle.replace(".", " ").replace("-", " ").split():
        if word.isupper() and len(word) <= 3:
            words.extend(word.casefold())
        elif normalise(word) not in SURNAME_PARTICLES:
            words.append(normalise(word))
    return words


def _same_word(x: str, y: str) -> bool:
    """One middle name: equal, an initial of the other, or a spelling one letter apart in a
    long word ("Abidine", "Abedine"); transliterations vary, relatives' names do not."""
    if x == y or ((len(x) == 1 or len(y) == 1) and x[0] == y[0]):
        return True
    return min(len(x), len(y)) >= 5 and Levenshtein.distance(x, y) <= 1


@lru_cache(maxsize=1)
def _nicknamer() -> NickNamer:
    return NickNamer()


@lru_cache(maxsize=65536)
def same_first_name(a: str, b: str) -> bool:
    """Two (normalised) first names that may name one person: a diminutive and its full form
    ("Hank" and "Henry", "Bill" and "William": the ``nicknames`` table), a short form that
    starts the full one ("Fred", "Frederik"), or one name spelt two ways ("Elisabeth",
    "Elizabeth")."""
    if a == b:
        return True
    if not a or not b or len(a.split()) != 1 or len(b.split()) != 1:
        return False
    short, full = sorted((a, b), key=len)
    if 3 <= len(short) <= SHORT_FORM_LETTERS and len(full) - len(short) >= SHORT_FORM_GAP \
            and full.startswith(short):
        return True
    if len(short) >= SPELLING_LETTERS and a[0] == b[0] and a[-1] == b[-1] \
            and Levenshtein.distance(a, b) <= 1:
        return True
    namer = _nicknamer()
    return b in namer.nicknames_of(a) or a in namer.nicknames_of(b)


def _compatible(a: list[str], b: list[str]) -> bool:
    """Two middle names that may be one ("H. W." and "Herbert Walker"), never "H.W." and "W."."""
    if len(a) != len(b):
        return False
    return all(_same_word(x, y) for x, y in zip(a, b, strict=True))


@dataclass(frozen=True, slots=True)
class MentionRow:
    """A stored mention (any label), as the resolver reads it."""

    article_key: str
    name: str
    role: str | None
    label: str


@dataclass(slots=True)
class PeopleIndex:
    """The resolved people and how each (article, written name) maps onto one of them."""

    people: dict[str, Person] = field(default_factory=dict)
    by_article: dict[tuple[str, str], str] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)

    def lookup(self, article_key: str, name: str) -> str | None:
        """The canonical name for ``name`` as written in ``article_key``, if it is a person."""
        found = self.by_article.get((article_key, name)) or self.by_name.get(name)
        return found if found in self.people else None

    def reindex(self) -> None:
        """Recompute ``by_name`` from the people's aliases; drop mappings to removed people."""
        counts = Counter(alias for p in self.people.values() for alias in p.aliases)
        self.by_name = {alias: p.name for p in self.people.values() for alias in p.aliases
                        if counts[alias] == 1}
        self.by_article = {k: v for k, v in self.by_article.items() if v in self.people}


@dataclass(slots=True)
class _Group:
    """Spellings of one full name, counted, with the roles seen."""

    spellings: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)

    def canonical(self) -> str:
        """The most written spelling; but a spelling that is the last words of a longer one
        ("Ben Ali" of "Zine El Abidine Ben Ali") gives way to it unless written more than
        twice as often ("Hosni Mubarak" beside a rare "Mohamed Hosni Mubarak")."""
        best = min(self.spellings,
                   key=lambda s: (-self.spellings[s], has_initial(s), len(s), s))
        while True:
            short = normalise(best).split()
            longer = [s for s in self.spellings
                      if 2 * self.spellings[s] >= self.spellings[best] > 0
                      and len(words := normalise(s).split()) > len(short) >= 2
                      and words[-len(short):] == short]
            if not longer:
                return best
            best = min(longer, key=lambda s: (-self.spellings[s], has_initial(s), len(s), s))


def _untitled(name: str) -> tuple[str, str | None]:
    """"Monsignor Joseph Serge Miot" -> ("Joseph Serge Miot", "Monsignor"): a title (one of
    nameparser's) before at least two name words is not part of the name."""
    words = name.split()
    if len(words) >= 3 and normalise(words[0]) in CONSTANTS.titles \
            and normalise(words[1]) not in CONSTANTS.titles:
        return " ".join(words[1:]), words[0]
    return name, None


def _role_prefixed(name: str) -> tuple[str, str | None]:
    """"Mayor Brannigan" -> ("Brannigan", "Mayor"): a role word or title and one name word."""
    words = name.split()
    if len(words) == 2 and (is_role_word(words[0]) or normalise(words[0]) in CONSTANTS.titles):
        return words[1], role_text(words[:1])
    return name, None


@lru_cache(maxsize=65536)
def _middle_and_suffix(name: str) -> tuple[str, str]:
    """nameparser's middle names and normalised suffix of ``name`` (parsed once per spelling)."""
    human = HumanName(name)
    return human.middle, normalise(human.suffix)


class _Resolver:
    def __init__(self, rows: list[MentionRow], evidence: Evidence) -> None:
        self.rows = rows
        self.evidence = evidence
        self.groups: dict[Key, _Group] = defaultdict(_Group)
        self.index = PeopleIndex()
        self.key_of: dict[tuple[str, str], Key] = {}  # (article, name) -> group
        self.in_article: dict[str, set[Key]] = defaultdict(set)
        self.singles: dict[str, set[str]] = defaultdict(set)  # article -> lone words (any label)
        self.lone: dict[str, set[str]] = defaultdict(set)  # the same, without particled names
        self.run_ins: list[tuple[MentionRow, str]] = []  # (row, name left once trimmed)
        self.variant: dict[str, str] = self._variants()

    def _family(self, name: str) -> tuple[str, str, str]:
        """First name, surname and ordinal suffix: the people a name can be before middles.

        An ordinal ("II", "III") always names someone else; other suffixes of nameparser's
        ("Jr.", "Sr.", "Esq.") count with the middle names (a bare "Henry Paulson" is "Henry M.
        Paulson Jr." unless a "Sr." is also named).
        """
        found = parts(name)
        suffix = _middle_and_suffix(name)[1]
        return found.first, found.last, suffix if is_ordinal(suffix) else ""

    @staticmethod
    def _middle(name: str) -> str:
        middle, suffix = _middle_and_suffix(name)
        return " ".join(filter(None, (middle, "" if is_ordinal(suffix) else suffix)))

    def _variants(self) -> dict[str, str]:
        """Each full PERSON spelling -> its variant: suffix, then the middle names it carries.

        Relatives share first and last names: "George H.W. Bush" and "George W. Bush" are two
        people, "Michael Smith II" is not "Michael Smith". A spelling without middle names joins
        the one middle-named person of its family; when there are several it goes to the one
        named far more often than any other, else stays apart (a bare "George Bush" could be
        either).
        """
        middles: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
        for row in self.rows:
            if row.label == "PERSON" and len(row.name.split()) >= 2:
                middles[self._family(row.name)][self._middle(row.name)] += 1
        variant: dict[str, str] = {}
        for family, counted in middles.items():
            clusters: list[list[str]] = []
            for middle, _ in counted.most_common():
                words = _middle_words(middle)
                if not words:
                    continue
                home = next((c for c in clusters if _compatible(_middle_words(c[0]), words)),
                            None)
                if home is None:
                    clusters.append([middle])
                else:
                    home.append(middle)
            if len(clusters) < 2:
                continue  # one person: every spelling, bare or not, is theirs
            for cluster in clusters:
                for middle in cluster:
                    variant["|".join((*family, middle))] = cluster[0]
            sizes = sorted(((sum(counted[m] for m in c), c[0]) for c in clusters), reverse=True)
            if sizes[0][0] >= DOMINANT * sizes[1][0]:  # the bare name: the one far more named
                variant["|".join((*family, ""))] = sizes[0][1]
        return variant

    def key(self, name: str) -> Key:
        """The group a full name belongs to."""
        family = self._family(name)
        middle = self._middle(name) if len(name.split()) >= 2 else ""
        variant = self.variant.get("|".join((*family, middle)), "")
        return family[0], family[1], "|".join((family[2], normalise(variant)))

    def _trim(self, row: MentionRow) -> tuple[str, bool]:
        """The name left once stamps, datelines, credits and run-in words are cut off it.

        Returns the name and whether anything was cut: a cut name only points at a person
        known from clean mentions. Capitals ("BST", "MOSUL", "AP"), time zones, calendar
        words and "X/Getty" credits are cut at either end; a place or a common word ("Kabul",
        "Sick", "Besides") before a rarely seen name is cut too, and a rare name ending in a
        place word ("Sick Mexico") is not a new person.
        """
        evidence = self.evidence
        words = row.name.split()
        if len(words) < 2:
            return row.name, False
        if all(evidence.run_in_word(w) or not w[:1].isalpha() for w in words):
            return row.name, True  # all capitals: a headline, a dateline or a stamp
        cut = False
        while len(words) > 1 and evidence.run_in_word(words[0]):
            words.pop(0)
            cut = True
        while len(words) > 1 and evidence.run_in_word(words[-1]):
            words.pop()
            cut = True
        rare = evidence.full_person[row.name] < RARE_NAME
        while rare and len(words) > 1 and not is_honorific(words[0]) \
                and not is_role_word(words[0]) \
                and (evidence.place_word(words[0]) or evidence.common_word(words[0])
                     or evidence.outvoted(words[0])):
            words.pop(0)
            cut = True
        if rare and len(words) == 2 and evidence.place_word(words[-1]):
            cut = True
        return " ".join(words), cut

    def _acceptable_full(self, name: str) -> bool:
        words = name.split()
        if all(is_role_word(w) or is_honorific(w) for w in words):
            return False  # "Technology Officer", "Health Secretary" ("John Major" is a name)
        last = words[-1]
        key = normalise(last)
        if key in SURNAME_PARTICLES or key in CONSTANTS.prefixes:  # "Alain Le" (Roy) cut short
            return False
        if key in CONSTANTS.titles and (len(key) <= 3 or self.evidence.common_word(last)):
            return False  # "Derbyshire Dr" (a place and the next speaker's title), "... Count"
        if self.evidence.outvoted(name) or self.evidence.takes_article(name):
            return False
        return not (self.evidence.is_publication(name) or self.evidence.organisation_shaped(name))

    def _common_surname(self, name: str) -> bool:
        """A "name" ending in a word the corpus writes in lower case ("Swine Flu")."""
        last = name.split()[-1]
        return normalise(last) not in SURNAME_PARTICLES and self.evidence.common_word(last)

    def _add_full(self, row: MentionRow) -> None:
        if not self._acceptable_full(row.name):
            return
        key = self.key(row.name)
        if not key[0] or not key[1]:
            return
        group = self.groups[key]
        spelling, title = _untitled(row.name)
        group.spellings[spelling] += 1
        group.articles.add(row.article_key)
        if row.role or title:
            group.roles[row.role or title or ""] += 1
        self.key_of[(row.article_key, row.name)] = key
        self.in_article[row.article_key].add(key)

    def full_names(self) -> None:
        later: list[MentionRow] = []
        particled: list[MentionRow] = []  # "Bin Laden": a surname, unless nobody bears it
        for row in self.rows:
            single = len(row.name.split()) == 1 or is_surname_only(row.name)
            if single:
                self.singles[row.article_key].add(surname_key(row.name))
            if len(row.name.split()) == 1:
                self.lone[row.article_key].add(surname_key(row.name))
            if len(row.name.split()) < 2:
                continue
            if self._common_surname(row.name):
                continue
            left, cut = self._trim(row)
            if cut:
                self.run_ins.append((row, left))
                continue
            if row.label != "PERSON" or too_long(row.name):
                later.append(row)
                continue
            if single:
                particled.append(row)
                continue
            self._add_full(row)
        surnames = {key[1] for key in self.groups}
        added: set[Key] = set()
        for row in particled:  # "Abu Theeb" is a name of its own when no "X Theeb" is known
            if surname_key(row.name) not in surnames:
                self._add_full(row)
                added.add(self.key(row.name))
        for key in added & self.groups.keys():
            self._check_particled(key)
        self._join_tails()
        self._join_short_forms()
        self._drop_unsupported()
        self._role_prefixed_groups()
        for row, left in self.run_ins:  # cut names with two words left: known people only
            if len(left.split()) >= 2 and self.key(left) in self.groups:
                self.key_of[(row.article_key, row.name)] = self.key(left)
                self.in_article[row.article_key].add(self.key(left))
        for row in later:  # headline runs, and full names tagged otherwise: known people only
            key = self.key(row.name)
            if key not in self.groups:
                found = self._known_prefix(row.name) if too_long(row.name) else None
                if found is None:
                    continue
                key = found
            elif not too_long(row.name):
                self.groups[key].spellings.setdefault(row.name, 0)
            self.key_of[(row.article_key, row.name)] = key
            self.in_article[row.article_key].add(key)

    def _join_tails(self) -> None:
        """A name written as the last words of a longer name in one of its articles is that
        person: "Ben Ali" beside "Zine El Abidine Ben Ali", "Hussein Obama" beside "Barack
        Hussein Obama"; a name never written beside a longer one it ends joins the one such
        name of the corpus. Longer names are joined first; a name that ends two longer ones of
        different people stays apart.
        """
        words = {key: [normalise(s).split() for s in group.spellings]
                 for key, group in self.groups.items()}

        def ends(key: Key, other: Key) -> bool:
            return other != key and any(
                len(long) > len(short) >= 2 and long[-len(short):] == short
                for short in words[key] for long in words[other])

        home: dict[Key, Key] = {}
        for key in sorted(self.groups, key=lambda k: -max(len(w) for w in words[k])):
            group = self.groups[key]
            targets = {home.get(other, other)
                       for article in group.articles for other in self.in_article[article]
                       if other in words and ends(key, other)}
            if not targets:  # never beside it: the one longer name of the corpus it ends
                targets = {home.get(other, other) for other in words if ends(key, other)}
            targets.discard(key)
            if len(targets) != 1:
                continue
            target = targets.pop()
            into = self.groups[target]
            into.spellings.update(group.spellings)
            into.roles.update(group.roles)
            into.articles |= group.articles
            del self.groups[key]
            home[key] = target
            for moved, to in list(home.items()):
                if to == key:
                    home[moved] = target
        if not home:
            return
        self.key_of = {k: home.get(v, v) for k, v in self.key_of.items()}
        for article, keys in self.in_article.items():
            self.in_article[article] = {home.get(k, k) for k in keys}

    def _move(self, moves: dict[Key, Key]) -> None:
        """Merge each group of ``moves`` into its target and point its mentions there (a
        target that moves on in turn takes them along)."""
        for key, target in moves.items():
            into, group = self.groups[target], self.groups.pop(key)
            into.spellings.update(group.spellings)
            into.roles.update(group.roles)
            into.articles |= group.articles

        def final(key: Key) -> Key:
            while key in moves:
                key = moves[key]
            return key

        self.key_of = {k: final(v) for k, v in self.key_of.items()}
        for article, keys in self.in_article.items():
            self.in_article[article] = {final(k) for k in keys}

    def _join_short_forms(self) -> None:
        """A full name whose first name is a short form or a spelling of another's with the
        same surname and suffix is that person ("Hank Paulson" and "Henry Paulson"), when the
        corpus has exactly one such person and that person is named more often. Relatives
        have different first names ("Hillary" and "Bill Clinton"), and a short form that two
        people of the surname could bear ("Alex" of "Alexander" and "Alexandra") stays apart.
        """
        def weight(key: Key) -> int:
            return sum(self.groups[key].spellings.values())

        moves: dict[Key, Key] = {}
        for key in sorted(self.groups, key=weight):
            targets = [other for other in self.groups
                       if other != key and other not in moves and other[1] == key[1]
                       and other[2].split("|")[0] == key[2].split("|")[0]
                       and other[0] != key[0] and same_first_name(key[0], other[0])]
            if len(targets) == 1 and weight(targets[0]) > weight(key):
                moves[key] = targets[0]
        if moves:
            self._move(moves)

    def _supported(self, key: Key, group: _Group) -> bool:
        """Person-shaped use: a role stood with the name, or its surname stands alone."""
        if group.roles:
            return True
        return any(key[1] in self.singles[article] for article in group.articles)

    def _drop_unsupported(self) -> None:
        for key in list(self.groups):
            group = self.groups[key]
            if any(self.evidence.against(s) for s in group.spellings) \
                    and not self._supported(key, group):
                del self.groups[key]
        self.key_of = {k: v for k, v in self.key_of.items() if v in self.groups}

    def _check_particled(self, key: Key) -> None:
        """A particle and one word ("La Jornada", "St Anne", "Al Faw") is a name of its own only
        when written as people are: with a role, or its last word standing alone in one of its
        articles. A kinship particle ("Abu Selim") names a person, and a particle that is also
        a given name's short form ("Al" of "Al Gore") is read as that given name.
        """
        group = self.groups[key]
        if key[0] in KINSHIP_PARTICLES or _nicknamer().canonicals_of(key[0]) or group.roles \
                or any(key[1] in self.lone[article] for article in group.articles):
            return
        self._drop(key)

    def _drop(self, key: Key) -> None:
        """Forget a group that is not a person, and its mentions."""
        del self.groups[key]
        self.key_of = {k: v for k, v in self.key_of.items() if v != key}
        for keys in self.in_article.values():
            keys.discard(key)

    def _role_prefixed_groups(self) -> None:
        """A "name" whose first word is a role ("Mayor Brannigan") is a surname with a title.

        It is dropped as a person of its own when a full name with that surname stands in one
        of its articles; the single-name rules then place it.
        """
        for key in [k for k in self.groups if is_role_word(k[0]) or k[0] in CONSTANTS.titles]:
            seen_in = self.groups[key].articles
            if any(other[1] == key[1] and self.groups[other].articles & seen_in
                   for other in self.groups if other != key):
                del self.groups[key]
                self.key_of = {k: v for k, v in self.key_of.items() if v != key}

    def _known_prefix(self, name: str) -> Key | None:
        words = name.split()
        for n in range(len(words) - 1, 1, -1):
            key = self.key(" ".join(words[:n]))
            if key in self.groups:
                return key
        return None

    @staticmethod
    def _match(word: str, keys: Iterable[Key], first_names: bool) -> Key | None:
        keyed = (normalise(word), surname_key(word))  # first name, surname
        pool = list(keys)
        for position in ((1, 0) if first_names else (1,)):  # surname beats first name
            found = {k for k in pool if k[position] == keyed[position]}
            if len(found) == 1:
                return found.pop()
            if found:
                return None
        return None

    def _match_corpus(self, word: str, first_names: bool) -> Key | None:
        """The one person of the corpus a lone word names: the one bearer of the surname, or
        the namesake named in far more articles than any other ("Bush" in coverage of the
        son); else, for a PERSON mention, the one bearer of the first name."""
        surname = surname_key(word)
        bearers = sorted(((len(g.articles), k) for k, g in self.groups.items()
                          if k[1] == surname), reverse=True)
        if len(bearers) == 1:
            return bearers[0][1]
        if bearers:
            widest, second = bearers[0][0], bearers[1][0]
            return bearers[0][1] if widest >= DOMINANT * second else None
        return self._match(word, self.groups, first_names=True) if first_names else None

    def _bears(self, word: str) -> bool:
        """True when some known person has this word as surname or first name."""
        surname, first = surname_key(word), normalise(word)
        return any(k[1] == surname or k[0] == first for k in self.groups)

    def single_names(self) -> None:
        mononyms: dict[str, set[str]] = defaultdict(set)
        cut_to = {(row.article_key, row.name): left for row, left in self.run_ins
                  if len(left.split()) == 1}
        for row in self.rows:
            if (row.article_key, row.name) in self.key_of:
                continue
            if (row.article_key, row.name) in cut_to:  # "Kabul Karzai": Karzai, in its article
                found = self._match(cut_to[(row.article_key, row.name)],
                                    self.in_article[row.article_key], first_names=False)
                if found is not None:
                    self.key_of[(row.article_key, row.name)] = found
                continue
            word, title = _role_prefixed(row.name)
            if len(word.split()) != 1 and not is_surname_only(word):
                continue
            if row.label != "PERSON" and self.evidence.place_word(word):
                continue  # "Jordan" the country is not Kevin Jordan
            tagged = row.label in ("PERSON", UNTAGGED)
            found = self._match(word, self.in_article[row.article_key],
                                first_names=row.label != UNTAGGED)
            if found is None and tagged and not self.evidence.against(word):
                found = self._match_corpus(word, first_names=row.label == "PERSON")
            if found is None:
                if row.label == "PERSON" and not self._bears(word) \
                        and not self.evidence.against(word) \
                        and not self.evidence.is_publication(word) \
                        and not self.evidence.run_in_word(word) \
                        and not self.evidence.common_word(word) \
                        and not self.evidence.group_word(word):
                    mononyms[word].add(row.article_key)
                continue
            self.key_of[(row.article_key, row.name)] = found
            group = self.groups[found]
            group.spellings.setdefault(word, 0)
            if row.label == "PERSON" and (row.role or title):
                group.roles[row.role or title or ""] += 1
        for word, articles in mononyms.items():
            if len(articles) >= MONONYM_ARTICLES:
                key = ("", normalise(word), "")
                self.groups[key].spellings[word] += len(articles)
                for article in articles:
                    self.key_of[(article, word)] = key

    def build(self) -> PeopleIndex:
        self.full_names()
        self.single_names()
        canonical = {key: group.canonical() for key, group in self.groups.items()
                     if any(group.spellings.values())}
        for key, name in canonical.items():
            group = self.groups[key]
            role = next(iter(group.roles)) if group.roles else None  # as first titled
            aliases = {s for s in group.spellings if not too_long(s)}
            self.index.people[name] = Person(name, aliases, role)
        for (article, written), key in self.key_of.items():
            if key in canonical:
                self.index.by_article[(article, written)] = canonical[key]
        self.index.reindex()
        return self.index


def resolve_people(mentions: Iterable[MentionRow], sources: Iterable[str] = (),
                   texts: Iterable[str] = ()) -> PeopleIndex:
    """Group mentions into people; ``sources`` are the corpus's publication names.

    ``texts`` are the articles' texts: how the corpus writes each word (lower case or
    capitalised) tells common words from names.
    """
    rows = list(mentions)
    evidence = build_evidence(((r.name, r.label) for r in rows), sources, texts)
    return _Resolver(rows, evidence).build()
