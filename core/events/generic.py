"""Dates a clause's own verb rules out: a generic "today", a simple past after the publish day.

Comment and analysis pages use "today" for *nowadays*: "there is torture in Iraq today",
"few today would deny ...", "today, that division remains a reality". Read as the publish day,
each of these becomes a dated event, and a column of them outvotes the day's real news. The
resolver keeps the day value (TimeML tags such a "today" with the document date too); the
event extractor decides, from the clause's own verb, whether the day is the event's date:

* present simple ("is", "remains", "seem", do-support "don't have") or a hypothetical modal
  ("would", "could", "should have been") is generic: no event;
* past, perfect ("has cost"), progressive ("is meeting"), future ("will"), a verb of saying in
  any tense ("says today"), a participle ("a report released today") or an infinitive ("is due
  to brief staff today") reports something that happens on the day: an event.

A clause in the simple past ("drew up", "sent") cannot have happened after its article was
published. When its date starts more than a day after the publish date, the reading is wrong
("Two decades later, the contractor drew up ..." with no earlier date to count from), and
no date is better than a made-up future one.

The tests need the dependency parse and the fine-grained tags, which no date library reads;
the verbs of saying are a short closed list because the lemmatizer is not run.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from core.events.clauses import Clause

_GENERIC_PHRASES = frozenset({"today", "these days", "nowadays"})
_PRESENT_SIMPLE = frozenset({"VBZ", "VBP"})
_HYPOTHETICAL = frozenset({"would", "could", "might", "should", "may", "can", "must", "ca"})
SAYING_VERBS = frozenset({
    "say", "says", "tell", "tells", "announce", "announces", "confirm", "confirms", "warn",
    "warns", "claim", "claims", "insist", "insists", "report", "reports", "reveal", "reveals",
    "urge", "urges", "demand", "demands", "call", "calls", "deny", "denies", "admit", "admits",
    "argue", "argues", "write", "writes", "add", "adds", "ask", "asks", "explain", "explains",
    "publish", "publishes", "launch", "launches", "unveil", "unveils", "vote", "votes",
    "meet", "meets", "visit", "visits", "arrive", "arrives", "open", "opens", "begin",
    "begins", "start", "starts", "host", "hosts", "hold", "holds",
})


def _auxiliaries(head: Token) -> list[Token]:
    return [child for child in head.children if child.dep_ in ("aux", "auxpass")]


def generic_present(clause: Clause) -> bool:
    """Whether ``clause`` is dated only by a "today" that means nowadays (see module doc)."""
    time = clause.time
    if time.text.casefold() not in _GENERIC_PHRASES or not time.receipt.rule.startswith(
            "deictic"):
        return False
    head = clause.head
    auxiliaries = _auxiliaries(head)
    if any(aux.tag_ == "MD" and aux.lower_ in _HYPOTHETICAL for aux in auxiliaries):
        return True
    if head.lower_ in SAYING_VERBS:
        return False
    if head.tag_ in _PRESENT_SIMPLE:
        return not auxiliaries and not _looks_ahead(head)
    # do-support keeps the present simple: "they don't trust the banks today"
    return head.tag_ == "VB" and bool(auxiliaries) and all(
        aux.lower_ in ("do", "does") for aux in auxiliaries)


def _looks_ahead(head: Token) -> bool:
    """ "is due to brief", "are set to vote": a present copula that schedules an action."""
    return any(child.dep_ in ("acomp", "xcomp", "oprd")
               and any(grand.lower_ == "to" for grand in child.children)
               for child in head.children)


def past_after_publication(clause: Clause, published: date | None) -> bool:
    """Whether ``clause`` is in the simple past but dated after ``published`` (+1 day)."""
    start = clause.time.range_start
    if published is None or start is None or start <= published + timedelta(days=1):
        return False
    head = clause.head
    return head.tag_ == "VBD" and not any(
        aux.tag_ == "MD" for aux in _auxiliaries(head))
