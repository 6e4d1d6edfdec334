"""Whether two reports tell the same event, and how surely: dates, people, names, wording.

Dates must be compatible (ranges overlapping, or a few days apart: that is how sources come to
disagree) and precise enough (a week or finer). Besides any people or names, they must share
a word that is rare in the corpus or name the same kind of happening in their titles: common
words alone ("residents signed a petition") say too little, and so do the same people doing
different things.
Reports naming people, none of them in common, are never one event. Wording is compared with
rapidfuzz ``token_set_ratio`` on content words, after a cheap set-overlap check; words shared
in both titles (the event's subject, verb and object), above all words naming the same kind
of happening ("walkout"/"strike", "deal"/"agreement"), and shared organisations add to the
score. Two reports of one article are one event only when they carry the same date value and
say nearly the same thing (an article repeating itself). A reported statement (no time
phrase, only "on or before" its publish day) is judged as if its date were apart from the
other's: its overlap proves little, and when either names people they must share one.
"""

from __future__ import annotations

from rapidfuzz.fuzz import token_set_ratio, token_sort_ratio

from core.events.features import Features
from core.events.rows import ReportRow, gap_days
from core.events.words import EVENT_CLASSES

WINDOW_DAYS = 3  # dates this far apart can still be one event told with a wrong date
MIN_RANK = 7  # week or finer: coarser dates ("2023") are too loose to identify an event
SIMILAR = 62.0  # content-word similarity that alone makes two reports one event
SIMILAR_WITH_PEOPLE = 55.0  # ... when they also share a person
SIMILAR_APART = 75.0  # ... when their dates do not overlap (a conflict)
SIMILAR_APART_WITH_PEOPLE = 70.0
SIMILAR_SAME_ARTICLE = 80.0  # one article telling one event twice
SHORT_WORDS = 4  # fewer content words than this are compared in full, not as a subset
MIN_OVERLAP = 0.25  # share of the smaller word set two reports must share to be scored
CORE_BONUS = 8.0  # per title word shared beyond the first
CORE_BONUS_MAX = 16.0
EVENT_BONUS = 6.0  # per kind of happening ("agree", "reach") both titles name
EVENT_BONUS_MAX = 12.0
NAME_BONUS = 5.0
OTHER_NAMES_PENALTY = 10.0  # both name organisations or places, not a word in common
PEOPLE_PENALTY = 15.0


def _needed(gap: int, shared_people: bool, same_article: bool) -> float:
    if same_article:
        return SIMILAR_SAME_ARTICLE
    if gap == 0:
        return SIMILAR_WITH_PEOPLE if shared_people else SIMILAR
    return SIMILAR_APART_WITH_PEOPLE if shared_people else SIMILAR_APART


def same_event(a: ReportRow, b: ReportRow, fa: Features, fb: Features) -> float | None:
    """The similarity score when ``a`` and ``b`` tell the same event, else None."""
    if min(a.rank, b.rank) < MIN_RANK:
        return None
    same_article = a.article_key == b.article_key
    if same_article and a.date_value != b.date_value:
        return None
    gap = gap_days(a, b)
    if gap > WINDOW_DAYS:
        return None
    if a.reported or b.reported:
        gap = max(gap, 1)  # "on or before" overlaps loosely: judge it as dates apart
    shared_people = bool(fa.people & fb.people)
    shared_words = len(fa.word_set & fb.word_set)
    shared_core = len(fa.core & fb.core)
    smaller = min(len(fa.word_set), len(fb.word_set)) or 1
    shared_names = bool(fa.names & fb.names)
    if shared_words < 2 and not shared_people:
        return None
    shared_kinds = len(fa.core & fb.core & EVENT_CLASSES)
    if not (fa.rare & fb.rare or shared_kinds):
        return None  # the same people or names doing different things
    if shared_words / smaller < MIN_OVERLAP and shared_core < 2 and not shared_people:
        return None
    if same_article and not (shared_core >= 2 or shared_people):
        return None
    if fa.people and fb.people and not shared_people:
        return None  # "Ruiz resigned" and "Beck resigned": two events, however alike
    if (a.reported or b.reported) and (fa.people or fb.people) and not shared_people:
        return None  # an undated "Ruiz confirmed ..." is not whatever else was confirmed
    short = smaller < SHORT_WORDS
    # A few words are a subset of almost anything: days apart and no shared person, compare
    # them in full.
    score = float(token_sort_ratio(fa.words, fb.words) if short and not shared_people and gap > 1
                  else token_set_ratio(fa.words, fb.words))
    score += min(CORE_BONUS_MAX, CORE_BONUS * max(0, shared_core - 1))
    score += min(EVENT_BONUS_MAX, EVENT_BONUS * shared_kinds)
    if shared_names:
        score += NAME_BONUS
    if fa.names and fb.names and not shared_names and not (
            {w for n in fa.names for w in n.split()} & {w for n in fb.names for w in n.split()}):
        score -= OTHER_NAMES_PENALTY
    if gap and bool(fa.people) != bool(fb.people):
        score -= PEOPLE_PENALTY
    if score < _needed(gap, shared_people, same_article):
        return None
    return score + (10 if gap == 0 else 0)  # same dates first when groups grow
