"""Resolving person mentions across the corpus into people with aliases.

1. Full names (two words or more) that the corpus evidence does not reject become people;
   spellings with the same first and last name ("Sam H. Altman", "Sam Altman") are one person.
   A longer run that starts with a known full name ("X Y Recalls Breaking ...") is that person
   caught with a headline's words: it names them but is not kept as an alias.
2. A single word (surname or first name) joins the full name it matches in the same article;
   else the one person in the corpus it matches. A single word that never stands with a full
   name is not kept (a typo, a brand, a mononym seen once).
3. Mentions spaCy labelled ORG or the like still point at a person when their name is one of
   that person's aliases: they are not evidence of a new person, only of an existing one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from core.models import Person
from core.people.evidence import UNTAGGED, Evidence, build_evidence, too_long
from core.people.names import ROLE_HEADS, has_initial, is_role_word, normalise, parts, role_text

# A single name seen as PERSON in this many articles, and never matched, is a mononym.
MONONYM_ARTICLES = 3


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
        return min(self.spellings, key=lambda s: (-self.spellings[s], has_initial(s), len(s), s))


def _role_prefixed(name: str) -> tuple[str, str | None]:
    """"Mayor Brannigan" -> ("Brannigan", "Mayor"): a role word and one name word."""
    words = name.split()
    if len(words) == 2 and is_role_word(words[0]):
        return words[1], role_text(words[:1])
    return name, None


class _Resolver:
    def __init__(self, rows: list[MentionRow], evidence: Evidence) -> None:
        self.rows = rows
        self.evidence = evidence
        self.groups: dict[tuple[str, str], _Group] = defaultdict(_Group)
        self.index = PeopleIndex()
        self.key_of: dict[tuple[str, str], tuple[str, str]] = {}  # (article, name) -> group
        self.in_article: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.singles: dict[str, set[str]] = defaultdict(set)  # article -> lone words (any label)

    def _acceptable_full(self, name: str) -> bool:
        if normalise(name.split()[-1]) in ROLE_HEADS:  # "Technology Officer"
            return False
        return not (self.evidence.is_publication(name) or self.evidence.organisation_shaped(name))

    def full_names(self) -> None:
        later: list[MentionRow] = []
        for row in self.rows:
            if len(row.name.split()) == 1:
                self.singles[row.article_key].add(normalise(row.name))
            if len(row.name.split()) < 2:
                continue
            if row.label != "PERSON" or too_long(row.name):
                later.append(row)
                continue
            if not self._acceptable_full(row.name):
                continue
            key = parts(row.name).key
            if not key[0] or not key[1]:
                continue
            group = self.groups[key]
            group.spellings[row.name] += 1
            group.articles.add(row.article_key)
            if row.role:
                group.roles[row.role] += 1
            self.key_of[(row.article_key, row.name)] = key
            self.in_article[row.article_key].add(key)
        self._drop_unsupported()
        self._role_prefixed_groups()
        for row in later:  # headline runs, and full names tagged otherwise: known people only
            key = parts(row.name).key
            if key not in self.groups:
                found = self._known_prefix(row.name) if too_long(row.name) else None
                if found is None:
                    continue
                key = found
            elif not too_long(row.name):
                self.groups[key].spellings.setdefault(row.name, 0)
            self.key_of[(row.article_key, row.name)] = key
            self.in_article[row.article_key].add(key)

    def _supported(self, key: tuple[str, str], group: _Group) -> bool:
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

    def _role_prefixed_groups(self) -> None:
        """A "name" whose first word is a role ("Mayor Brannigan") is a surname with a title.

        It is dropped as a person of its own when a full name with that surname stands in one
        of its articles; the single-name rules then place it.
        """
        for key in [k for k in self.groups if is_role_word(k[0])]:
            seen_in = self.groups[key].articles
            if any(other[1] == key[1] and self.groups[other].articles & seen_in
                   for other in self.groups if other != key):
                del self.groups[key]
                self.key_of = {k: v for k, v in self.key_of.items() if v != key}

    def _known_prefix(self, name: str) -> tuple[str, str] | None:
        words = name.split()
        for n in range(len(words) - 1, 1, -1):
            key = parts(" ".join(words[:n])).key
            if key in self.groups:
                return key
        return None

    @staticmethod
    def _match(word: str, keys: Iterable[tuple[str, str]], first_names: bool
               ) -> tuple[str, str] | None:
        w = normalise(word)
        pool = list(keys)
        for position in ((1, 0) if first_names else (1,)):  # surname beats first name
            found = {k for k in pool if k[position] == w}
            if len(found) == 1:
                return found.pop()
            if found:
                return None
        return None

    def single_names(self) -> None:
        mononyms: dict[str, set[str]] = defaultdict(set)
        for row in self.rows:
            if (row.article_key, row.name) in self.key_of:
                continue
            word, title = _role_prefixed(row.name)
            if len(word.split()) != 1:
                continue
            tagged = row.label in ("PERSON", UNTAGGED)
            found = self._match(word, self.in_article[row.article_key],
                                first_names=row.label != UNTAGGED)
            if found is None and tagged and not self.evidence.against(word):
                found = self._match(word, self.groups, first_names=row.label == "PERSON")
            if found is None:
                if row.label == "PERSON" and not self.evidence.against(word) \
                        and not self.evidence.is_publication(word):
                    mononyms[word].add(row.article_key)
                continue
            self.key_of[(row.article_key, row.name)] = found
            group = self.groups[found]
            group.spellings.setdefault(word, 0)
            if row.label == "PERSON" and (row.role or title):
                group.roles[row.role or title or ""] += 1
        for word, articles in mononyms.items():
            if len(articles) >= MONONYM_ARTICLES:
                key = ("", normalise(word))
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


def resolve_people(mentions: Iterable[MentionRow], sources: Iterable[str] = ()) -> PeopleIndex:
    """Group mentions into people; ``sources`` are the corpus's publication names."""
    rows = list(mentions)
    evidence = build_evidence(((r.name, r.label) for r in rows), sources)
    return _Resolver(rows, evidence).build()
