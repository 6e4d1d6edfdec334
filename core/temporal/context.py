"""What the resolver knows about the text around an expression: sentences, tense, entities.

Tense is read from nearby words (a modal "will", a past-tense verb right before the phrase);
when the caller's spaCy Doc carries part-of-speech tags they refine the guess. Named entities
come from the Doc (or from a small NER run on one sentence when only text is given).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import Any, Literal

from core.segmentation import sentence_starts

Tense = Literal["past", "future", "present"]

_WORD = re.compile(r"[A-Za-z']+")

_FUTURE_WORDS = {
    "will", "'ll", "shall", "wo", "would", "going", "scheduled", "tomorrow", "next", "upcoming",
    "plans", "plan", "planned", "planning", "should", "must", "could", "might", "may",
    "expect", "expects", "expecting", "anticipate", "anticipates", "forecast", "forecasts",
    "predict", "predicts", "intend", "intends", "expected", "slated", "poised",
    "payable", "effective",
}
# Future words that are just as often nouns ("a stimulus plan Thursday", "the forecast for
# Monday"): they point ahead only before "to" or after a pronoun subject ("they plan to").
_NOUN_LIKE_FUTURE = {"plan", "plans", "forecast", "forecasts"}
_PRONOUNS = {"i", "we", "you", "they", "he", "she", "it", "who", "which", "that"}
# Words that may stand between a weak future cue and the date ("by the end of", "until
# early", "through next"): anything else means the cue governs something else ("by
# European leaders Sunday", "been through that on Friday").
_WEAK_GAP = {"the", "on", "at", "early", "late", "mid", "next", "this", "coming", "end", "of",
             "about", "around", "midnight", "noon"}
_FUTURE_NEAR = {"by", "until", "till", "before", "through"}
_PAST_MARKERS = {"since", "ago", "last"}
_PAST_IRREGULAR = {
    "said", "told", "met", "made", "took", "gave", "came", "went", "began", "won", "lost",
    "rose", "fell", "sold", "bought", "left", "held", "paid", "set", "hit", "put", "got", "was",
    "were", "had", "did", "saw", "found", "became", "ran", "spoke", "wrote", "sent", "brought",
    "thought", "kept", "led", "fought", "struck", "shot", "broke", "stood", "drove", "flew",
    "grew", "threw", "chose", "froze", "quit", "cut", "bid", "sank", "slid", "spent", "felt",
    "heard", "built", "meant", "dropped", "closed", "yesterday", "previously", "already",
    "died", "fled", "wore", "stole", "woke", "rode", "drew", "dealt", "swore", "sought",
    "caught", "taught", "bent", "lent", "beat", "arose", "forgot", "hung", "laid", "knew",
    "rang", "sang", "shook", "spread", "stuck", "swept", "swung", "tore", "understood",
    "withdrew", "upheld", "withheld", "sat", "slept", "lay", "lit", "overtook", "undertook",
    "forgave", "foresaw", "oversaw", "bled", "sped", "burst", "didn't", "wasn't", "weren't",
    "hadn't",
}
# Verbs of intention: "agreed to meet Tuesday" looks ahead from the agreement. After any
# other past verb "to" is a preposition or an infinitive of purpose ("returned to Cairo on
# Thursday", "came to visit me on Thursday", "had to leave on Friday"): still the past.
_INTENT_TO = {
    "agreed", "decided", "planned", "promised", "pledged", "vowed", "threatened", "voted",
    "wanted", "hoped", "offered", "intended", "prepared", "aimed", "asked", "urged", "ordered",
    "invited", "called", "appeared", "seemed", "wished", "proposed", "arranged", "expected",
    "scheduled", "slated", "set", "was", "were", "got", "sought", "moved", "resolved", "told",
    "encouraged", "pressed", "signalled", "signaled", "volunteered", "undertook", "opted",
    "elected", "chose", "declined", "refused", "supposed", "meant", "designed", "bound",
    "determined",
}
# Past verbs that set a deadline: "by"/"until" + date after them looks ahead from the order.
_DEADLINE_VERBS = {
    "ordered", "asked", "urged", "demanded", "decided", "agreed", "promised", "pledged",
    "vowed", "gave", "instructed", "directed", "required", "told", "called", "threatened",
    "expected", "wanted", "planned", "scheduled", "allowed", "granted", "warned",
}
_BE_PRESENT = {"is", "are", "am", "'s", "'re"}
# Present-tense reporting verbs: "the ministry says Sunday" dates the saying, not the news.
_REPORTING_PRESENT = {"says", "say", "tells", "announces", "reports", "confirms", "adds"}
# A date opening a line and followed by a dash or colon is a chronology entry ("June 4 -
# Talks collapse"): historical present, narrating the past.
_CHRONOLOGY_ENTRY = re.compile(r"\s*(?:[-–—:]|\.\s*[-–—])\s")
_LINE_HEAD = re.compile(r"[ \t*•·>\-–—]*$")
_NOT_PAST = {"need", "indeed", "red", "bed", "seed", "speed", "feed", "weed", "bleed",
             "scheduled", "expected", "planned", "proposed", "anticipated", "due", "shed",
             "hundred", "wed", "ed", "united", "limited", "based", "related", "interested",
             "concerned", "detailed", "advanced", "reported", "slated"}
_TO_AMOUNT = re.compile(r"\s+(?:[$£€\d]|(?:a|an|the|its|their|about|around|nearly|almost"
                        r"|record|new|some|more|less)\b)", re.IGNORECASE)
_DEFERRALS = {"postponed", "delayed", "extended", "deferred", "adjourned", "recessed",
              "suspended", "moved", "pushed", "rescheduled", "put"}
_ADJECTIVE_CUES = {"a", "an", "the", "still", "very", "its", "their", "his", "her", "our",
                   "this", "that", "these", "those", "more", "most", "less"}
_PRESENT = {"is", "are", "am", "says", "say", "'s", "has", "have"}
# Verbs that, in the present simple right before a date, announce a scheduled event: "the
# committee meets Monday", "the council votes Tuesday" (news style for the coming day).
_SCHEDULING_VERBS = {
    "meets", "meet", "votes", "vote", "opens", "begins", "begin", "starts", "resumes",
    "resume", "convenes", "convene", "reconvenes", "reconvene", "holds", "hears", "decides",
    "rules", "travels", "travel", "visits", "arrives", "arrive", "leaves", "departs", "returns",
    "faces", "face", "plays", "hosts", "host", "kicks", "launches", "closes", "ends", "heads",
    "testifies", "testify", "releases", "expires", "debuts", "airs", "premieres", "gathers",
    "gather", "takes", "goes", "flies", "lands", "considers", "consider", "debates", "debate",
    "weighs", "weigh", "unveils", "sentences", "delivers", "expire",
}
# A word before the verb that makes it a noun ("the votes Monday") or negates a past ("did
# not meet Monday").
_NOT_SCHEDULING_BEFORE = {"a", "an", "the", "its", "their", "his", "her", "our", "your", "my",
                          "this", "that", "these", "those", "whose", "of", "did", "didn't",
                          "not", "never", "no", "two", "three", "several", "many", "some"}
_SCHEDULING_SKIP = {"on", "again", "as", "early", "late"}


def scheduled_present(words: list[str]) -> bool:
    """Whether the words just left of a date end in a present-tense scheduling verb.

    ``words`` are the lower-cased words before the date, in order. "The committee meets
    (on) Monday" reads as the coming Monday; "said Monday" and "the votes Monday" do not.
    """
    i = len(words) - 1
    while i >= 0 and (words[i] in _SCHEDULING_SKIP or words[i].endswith("ly")) and (
            len(words) - i <= 2):
        i -= 1  # "meets again Monday", "meet separately Monday"
    if i < 0 or words[i] not in _SCHEDULING_VERBS:
        return False
    return i == 0 or words[i - 1] not in _NOT_SCHEDULING_BEFORE


class SentenceIndex:
    """Sentence start offsets of a text: the pipeline's bounds (``core.segmentation``)."""

    def __init__(self, text: str, starts: Sequence[int] | None = None) -> None:
        self.text = text
        self.starts = list(sentence_starts(text) if starts is None else starts)

    @classmethod
    def of_doc(cls, doc: Any, text: str) -> SentenceIndex:
        """The bounds of a parsed Doc's own sentences (the same the event extractor reads)."""
        if not doc.has_annotation("SENT_START"):
            return cls(text)
        return cls(text, [sent.start_char for sent in doc.sents])

    def bounds(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence holding character ``pos``."""
        i = bisect.bisect_right(self.starts, pos) - 1
        start = self.starts[max(i, 0)]
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return start, end

    def index(self, pos: int) -> int:
        """Number of the sentence holding ``pos``."""
        return max(bisect.bisect_right(self.starts, pos) - 1, 0)


def _is_past_word(word: str) -> bool:
    w = word.lower()
    if w in _PAST_IRREGULAR:
        return True
    return len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST


def _failed_attempt(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` reads "could not be reached", "nor ... could be located" (past)."""
    chain = words[max(0, i - 4):i]
    if len(chain) < 2 or chain[-1] != "be":
        return False
    if chain[-2] == "not" and len(chain) >= 3 and chain[-3] == "could":
        return True
    return chain[-2] == "could" and "nor" in words[:i - 2]


def _future_auxiliary(words: list[str], i: int) -> bool:
    """Whether the past-looking verb at ``words[i]`` sits under "will", "to be" and the like."""
    if _failed_attempt(words, i):
        return False
    if i >= 1 and words[i - 1] in ("to", "be", "will", "'ll", "would", "shall"):
        return True
    return i >= 2 and words[i - 2] in ("will", "'ll", "would", "shall") and words[i - 1] in (
        "be", "have", "not")


_PLAN_WORDS = {"due", "scheduled", "expected", "set", "planned", "supposed", "meant", "slated",
               "going", "intended", "hoping", "hoped", "planning"}


def overtaken_plan(words: list[str]) -> bool:
    """Whether the words before a date end in a plan told in the past perfect: "had been
    due to expire Friday", "had planned to leave on Sunday" (the plan, and its day, passed)."""
    tail = words[-7:]
    for j, word in enumerate(tail):
        if word == "had":
            rest = tail[j + 1:j + 3]
            return any(w in _PLAN_WORDS for w in rest)
    return False


# "as (previously) planned", "as originally scheduled": the plan is kept, and the main verb
# says when ("the offensive began as planned Saturday night", "will go ahead as planned").
_AS_PLANNED = {"planned", "scheduled", "expected", "forecast", "predicted", "anticipated"}
_AS_ADVERBS = {"previously", "originally", "initially", "earlier", "long"}
# A participle that names a plan for a noun ("a rally planned for Saturday"): the clause's
# own verb comes after the date ("... was canceled").
_PLAN_PARTICIPLES = {"planned", "scheduled", "slated", "expected"}
_AUXILIARIES = {"is", "are", "am", "was", "were", "be", "been", "being", "'s", "has", "have",
                "had", "will", "would", "'ll", "shall", "not", "also", "still", "now"}


def as_planned(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` reads "as planned", "as previously planned"."""
    if words[i] not in _AS_PLANNED:
        return False
    j = i - 1
    if j >= 0 and words[j] in _AS_ADVERBS:
        j -= 1
    return j >= 0 and words[j] == "as"


def _plan_overtaken_after(words: list[str], i: int, right: list[str]) -> bool:
    """ "A rally planned for Saturday was canceled": the plan's noun, then a past verb."""
    if words[i] not in _PLAN_PARTICIPLES or i < 1 or words[i - 1] in _AUXILIARIES:
        return False
    between = words[i + 1:]
    if not between or len(between) > 8 or between[-1] not in ("for", "on"):
        return False
    head = right[:3]
    return len(head) >= 2 and head[0] in ("was", "were", "had") and _is_past_word(head[1])


def _future_cue(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a future word in its place ("plans to", not "a plan")."""
    word = words[i]
    following = words[i + 1] if i + 1 < len(words) else ""
    if word not in _FUTURE_WORDS or (word == "next" and following == "to"):
        return False
    if as_planned(words, i):
        return False
    if word in _NOUN_LIKE_FUTURE:
        return following == "to" or (i >= 1 and words[i - 1] in _PRONOUNS)
    return True


def weak_future_cue(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is "by", "until" ... governing the date after ``words[i:]``."""
    return words[i] in _FUTURE_NEAR and all(w in _WEAK_GAP for w in words[i + 1:])


def chronology_entry(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens a line as a chronology entry: "June 4 - Talks ..."."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_LINE_HEAD.match(text, line_start, start)) and bool(
        _CHRONOLOGY_ENTRY.match(text, end))


def _past_verb_tense(text: str, left: list[str], left_m: list[re.Match[str]], i: int,
                     weak_future: bool) -> Tense | None:
    """Tense read from the past-looking verb ``left[i]``, or None to keep looking left."""
    word = left[i]
    before = left[i - 1] if i >= 1 else ""
    following = left[i + 1] if i + 1 < len(left) else ""
    if before in _ADJECTIVE_CUES and word.endswith("ed"):
        return None  # "a still unspecified date": a participle used as an adjective
    if _future_auxiliary(left, i):
        return "future"
    if word == "set" and (following == "for" or before in (
            "is", "are", "was", "were", "be", "been", "being", "'s", "has", "have", "had")):
        return "future"  # "the vote is set for Tuesday", "has set March 3 as the date"
    if before in _BE_PRESENT:
        return "present"  # "when the case is heard in May": present passive
    if following == "to" and word in _DEFERRALS:
        return "future"  # "extended to Nov. 20", "postponed to Monday"
    if following == "to":
        after_to = left_m[i + 1].end()
        if _TO_AMOUNT.match(text, after_to) or word not in _INTENT_TO:
            return "past"  # "rose to a high", "returned to Cairo on Thursday"
        nxt = text[after_to:after_to + 2].strip()
        return "past" if nxt[:1].isupper() else "future"
    if weak_future and word in _DEFERRALS:
        return "future"  # "postponed until Tuesday", "has extended ... through January"
    if weak_future and word in _DEADLINE_VERBS:
        return "future"  # "ordered the boy home by Feb. 12": a deadline set in the past
    if before in ("has", "have") and word.endswith("ed"):
        return "present"  # "has risen since ...": reaches into the present
    return "past"


_CLAUSE_REACH = 40  # words left of a "by"/"until" date searched for the verb it hangs on


def _clause_verb_tense(text: str, s_start: int, start: int) -> Tense | None:
    """Tense of the verb a "by"/"until" date hangs on when that verb is more than a dozen
    words back ("completed its offer for ..., with holders tendering 99% of the shares by
    the Tuesday deadline"): the first future cue or past verb beyond the near window, with
    deadline and deferral verbs still looking ahead ("ordered ... by Friday")."""
    found = list(_WORD.finditer(text, s_start, start))[-_CLAUSE_REACH:]
    words = [m.group(0).lower() for m in found]
    for i in range(len(words) - 13, -1, -1):
        if _future_cue(words, i):
            return "future"
        if words[i] in _PAST_MARKERS:
            return "past"
        if _is_past_word(words[i]) and words[i + 1] != "by":  # not "the shares tendered by"
            tense = _past_verb_tense(text, words, found, i, True)
            if tense is not None:
                return tense
    return None


def lexical_tense(text: str, sentences: SentenceIndex, start: int, end: int) -> Tense | None:
    """Tense of the clause around ``text[start:end]`` from nearby words, or None if unclear.

    The nearest marker to the left decides: a modal such as "will" or a past-tense verb
    ("said", "announced"); "since" and "last" mean past, "by" and "until" right before the
    date future (unless a past verb follows: "By Sunday the letter had circulated"). Failing
    that, a past-tense verb right after the phrase, then any "will" earlier in the sentence.
    A chronology entry ("June 4 - Talks collapse") narrates the past.
    """
    s_start, s_end = sentences.bounds(start)
    left_m = list(_WORD.finditer(text, max(s_start, start - 100), start))
    left = [m.group(0).lower() for m in left_m]
    right = [m.group(0).lower() for m in _WORD.finditer(text, end, min(s_end, end + 40))]
    weak_future = False
    if len(left) >= 2 and left[-2] == "as" and left[-1] in ("soon", "early", "late"):
        return "future"
    if overtaken_plan(left):
        return "past"
    if scheduled_present(left):
        return "future"
    if left and (left[-1] in _REPORTING_PRESENT or (
            len(left) >= 2 and left[-1] == "on" and left[-2] in _REPORTING_PRESENT)):
        return "past"  # "the ministry says Sunday": the day of the saying
    for i in range(len(left) - 1, max(len(left) - 13, -1), -1):
        word = left[i]
        following = left[i + 1] if i + 1 < len(left) else ""
        if word == "could" and (following == "not" or (i >= 1 and left[i - 1] == "nor")):
            return "past"  # "could not be reached Tuesday" reports a past attempt
        if _plan_overtaken_after(left, i, right):
            return "past"
        if _future_cue(left, i):
            return "future"
        if as_planned(left, i):
            continue
        if word in _PAST_MARKERS:
            return "past"
        if word == "to" and i >= 1 and left[i - 1] in ("is", "are") and following:
            return "future"  # "is to resume trading Tuesday"
        if weak_future_cue(left, i):
            weak_future = True
            continue
        if word.endswith("ing") and i >= 1 and left[i - 1] in _BE_PRESENT:
            return "present"  # "it is calling for the redemption on Dec. 7"
        if _is_past_word(word):
            tense = _past_verb_tense(text, left, left_m, i, weak_future)
            if tense is not None:
                return tense
    # A past verb after a subject: "By Sunday the letter had circulated" (not "by May,
    # invited ...", where the verb belongs to the clause the date sits in).
    right_past = any(_is_past_word(w) and w not in _PAST_MARKERS for w in right[1:3])
    if weak_future:
        if right_past:
            return "past"
        return _clause_verb_tense(text, s_start, start) or "future"
    for word in right[:3]:
        if word in ("will", "'ll", "shall"):
            return "future"
        if word in _MODAL_FUTURE:
            break  # "which expire Nov. 21, can be exercised": no past after a modal
        if _is_past_word(word) and word not in _PAST_MARKERS:
            return "past"
    if chronology_entry(text, start, end):
        return "past"
    head = [m.group(0).lower() for m in _WORD.finditer(text, s_start, start)]
    if any(w in ("will", "'ll", "shall") for w in head):
        return "future"
    return _would_governs(head)


def _would_governs(head: list[str]) -> Tense | None:
    """ "would" earlier in the sentence with no past verb after it: the date belongs to the
    plan it reports ("said two new flights would leave from March 30, with the third
    departing each Thursday from August 6"); "would have" looks back, and a later past verb
    ("would not say what happened in May") takes the date."""
    for i in range(len(head) - 1, -1, -1):
        word = head[i]
        if word == "would":
            return None if head[i + 1:i + 2] == ["have"] else "future"
        if _is_past_word(word) and word not in _PAST_MARKERS:
            return None
    return None


EntityCheck = Callable[[int, int], bool]


def spans_checker(spans: Sequence[tuple[int, int]]) -> EntityCheck:
    """A test "does [start, end) overlap one of these entity spans?" over sorted spans."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]

    def overlaps(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, end - 1)
        for j in range(i - 1, max(i - 4, -1), -1):
            s, e = ordered[j]
            if s < end and start < e:
                return True
        return False

    return overlaps


_MODAL_FUTURE = {"will", "'ll", "shall", "wo", "would", "could", "might", "may", "should",
                 "must", "ca", "can"}


def tagged_tense_of(doc: Any, text: str) -> Callable[[int, int], Tense | None] | None:
    """A tense lookup that reads a spaCy Doc's part-of-speech tags, or None without tags.

    Walking left from the phrase, a modal ("will", "would") means future and a past-tense
    verb (VBD) past; words such as "since" or "expects" count as in the lexical rule. When
    the tags decide nothing, the lexical rule answers.
    """
    if not doc.has_annotation("TAG"):
        return None
    sentences = SentenceIndex.of_doc(doc, text)

    def tense_of(start: int, end: int) -> Tense | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return lexical_tense(text, sentences, start, end)
        s_start, s_end = sentences.bounds(start)
        weak_future = False
        i = span.start - 1
        k = i
        while k >= 0 and doc[k].lower_ in _SCHEDULING_SKIP and i - k < 2:
            k -= 1
        if k >= 0 and doc[k].tag_ in ("VBZ", "VBP") and doc[k].idx >= s_start:
            words = [doc[x].lower_ for x in range(max(k - 1, 0), i + 1)
                     if doc[x].idx >= s_start]
            if scheduled_present(words):
                return "future"  # the tags confirm the scheduling word is a verb
        if k >= 0 and doc[k].lower_ in _REPORTING_PRESENT and doc[k].idx >= s_start:
            return "past"  # "the ministry says Sunday": the day of the saying
        seen = 0
        gap: list[str] = []  # the words between the token at i and the phrase
        while i >= 0 and seen < 12 and doc[i].idx >= s_start:
            tok = doc[i]
            low = tok.lower_
            seen += 1
            nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
            if tok.tag_ == "MD" and low in _MODAL_FUTURE:
                return "future"
            if low in _FUTURE_WORDS and not (low == "next" and nxt == "to") and not (
                    low in _NOUN_LIKE_FUTURE and tok.tag_.startswith("NN")):
                return "future"
            if low in _PAST_MARKERS:
                return "past"
            if low in _FUTURE_NEAR and all(w in _WEAK_GAP for w in gap):
                weak_future = True
            elif tok.tag_ == "VBD":
                prev = doc[i - 1].tag_ if i > 0 else ""
                if prev in ("MD", "TO"):
                    return "future"
                if nxt == "to" and low in _INTENT_TO:
                    after = doc[i + 2] if i + 2 < len(doc) else None
                    return "future" if after is not None and after.tag_ == "VB" else "past"
                return "past"
            gap.append(low)
            i -= 1
        j = span.end
        if weak_future:
            later = [doc[k].tag_ for k in range(j, min(len(doc), j + 3))]
            if "VBD" in later:
                return "past"
            return _clause_verb_tense(text, s_start, start) or "future"
        while j < len(doc) and j < span.end + 3 and doc[j].idx < s_end:
            if doc[j].tag_ == "MD" and doc[j].lower_ in ("will", "'ll", "shall"):
                return "future"
            if doc[j].tag_ == "VBD":
                return "past"
            j += 1
        return lexical_tense(text, sentences, start, end)

    return tense_of
