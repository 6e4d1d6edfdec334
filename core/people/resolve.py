"""Resolving person mentions across the corpus into people with aliases.

A name with two or more words is a full name; a single word joins the full name it matches
(as first or last name) in the same article, else across the corpus when that match is unique.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from core.models import Person


@dataclass(frozen=True, slots=True)
class MentionRow:
    """A stored person mention, as the resolver reads it."""

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
        return self.by_article.get((article_key, name)) or self.by_name.get(name)


def _parts(name: str) -> list[str]:
    return name.split()


def resolve_people(mentions: Iterable[MentionRow]) -> PeopleIndex:
    """Group mentions into people; single-word names join a matching full name."""
    rows = list(mentions)
    index = PeopleIndex()
    full_by_article: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if len(_parts(row.name)) >= 2:
            full_by_article[row.article_key].add(row.name)
            person = index.people.setdefault(row.name, Person(row.name))
            person.aliases.add(row.name)
            if row.role and not person.role:
                person.role = row.role
    all_full = set(index.people)
    for row in rows:
        if row.name in index.people:
            index.by_article[(row.article_key, row.name)] = row.name
            continue
        match = _match(row.name, full_by_article[row.article_key]) or _match(row.name, all_full)
        if match:
            index.people[match].aliases.add(row.name)
            index.by_article[(row.article_key, row.name)] = match
    for person in index.people.values():
        for alias in person.aliases:
            index.by_name.setdefault(alias, person.name)
    return index


def _match(single: str, full_names: Iterable[str]) -> str | None:
    found = {n for n in full_names if single in (_parts(n)[0], _parts(n)[-1])}
    return next(iter(found)) if len(found) == 1 else None
