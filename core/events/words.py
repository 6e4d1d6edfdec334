"""Content words of a clause, for comparing how two sources word the same event.

Lower-cased words of three letters or more, without stop words, numbers, or calendar words
(the date is compared on its own), crudely stemmed so "resigned"/"resigns"/"resignation"
and "walkout"/"walked" meet.

The stop words are a hand list, not spaCy's ``STOP_WORDS``: spaCy's 326 drop words that tell
one happening from another ("back", a class word below for "returned"; "call", "move",
"show", "give", "take", "put", "first") and number words, and lack the reporting verbs a
news clause wraps its event in ("said", "told", "according", "added"); swapping them would
change which clauses merge.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)

_STOP_TEXT = """
a about above after again against all also although am an and any are around as at be
because been before being below between both but by can could did do does doing down during
each either else ever every few for from further had has have having he her here hers herself
him himself his how however i if in into is it its itself just least less like made make many
may me might more most much must my myself near neither never no nor not now of off often on
once one only or other our ours ourselves out over own per perhaps rather same says said say
saying she should since so some still such than that the their theirs them themselves then
there these they this those though through thus till to too toward towards under until up upon
us very via was we were what whatever when where whether which while who whom whose why will
with within without would yet you your yours according told tell telling added
"""

_CALENDAR_TEXT = """
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri
sat sun january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow tonight morning
afternoon evening night week weekend month year day days weeks months years last next earlier
later ago previous following early late this past
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())
CALENDAR_WORDS = frozenset(_CALENDAR_TEXT.split())

_SUFFIXES = ("ations", "ation", "ings", "ing", "ied", "ies", "ed", "es", "s", "out")


def stem(word: str) -> str:
    """A crude stem: common English endings off, at least four letters kept.

    A final "e" goes too, so "resume" and "resumed" meet.
    """
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) >= 5:
        word = word[:-1]
    return word


# Words news uses interchangeably for the same kind of happening (verbs, their past forms and
# their nominalisations: "walked off", "walkout", "strike") -> one class word.
_CLASSES = {
    "meet": "met meet meets meeting meetings convene convened convenes session sessions",
    "resign": "resign resigned resigns resignation quit quits departure departed left "
              "stepped",
    "strike": "strike strikes striking walkout walkouts walked stoppage picket pickets",
    "vote": "vote voted votes ratify ratified ratification approve approved approval ballot",
    "announce": "announce announced announcement disclose disclosed confirm confirmed",
    "agree": "agreement agreements agreed deal deals accord settlement pact",
    "reach": "reach reached reaches struck clinched sealed",
    "talk": "talk talks negotiation negotiations bargaining",
    "return": "return returned returns returning back",
    "resume": "resume resumed resumes resumption restart restarted",
    "begin": "begin began begun begins start started starts",
    "advise": "advisory warning warned",
    "oust": "oust ousted fired dismissed sacked removed",
    "appoint": "appoint appointed appointment named hired",
    "delay": "delay delayed postpone postponed postponement",
    "cancel": "cancel cancelled canceled scrapped",
    "sue": "sue sued lawsuit",
    "rule": "rule ruled ruling verdict",
    "arrest": "arrest arrested detained",
    "worker": "worker workers dockworkers crews crew staff employees",
}
# Class words naming a kind of happening (not a kind of actor): shared, they say "same event".
EVENT_CLASSES = frozenset(_CLASSES) - {"worker"}
SYNONYMS = {word: cls for cls, words in _CLASSES.items() for word in words.split()}


_KEPT: dict[str, str] = {}  # word as written -> its comparable form ("" when dropped)
_KEPT_MAX = 200_000


def _comparable(word: str) -> str:
    found = _KEPT.get(word)
    if found is None:
        low = word.casefold()
        found = "" if low in STOP_WORDS or low in CALENDAR_WORDS else (
            SYNONYMS.get(low) or stem(low))
        if len(_KEPT) < _KEPT_MAX:
            _KEPT[word] = found
    return found


def content_words(text: str) -> str:
    """The content words of ``text``, stemmed (or classed), in order, space-separated."""
    known = _KEPT.get
    out = []
    for word in _WORD.findall(text.replace("’", "'")):
        found = known(word)
        if found is None:
            found = _comparable(word)
        if found:
            out.append(found)
    return " ".join(out)
