"""Regular-expression building blocks shared by the rule modules.

Rules are compiled case-insensitively; month and weekday names are checked for a capital
letter afterwards (``core.temporal.candidates``) so "may" and "march" as words never match.
"""

from __future__ import annotations

import re

from core.temporal.lexicon import NUMBER_WORDS

# "Mar", "Jun", "Jul" and "Sep" are also names and words ("Mar Roxas", "Jun Ji-hyun"): without
# a dot they count as months only next to a number ("3 Mar 2011", "Jun 4", "Sep 2009").

MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
         r"|December|Jan\b\.?|Feb\b\.?|Apr\b\.?|Aug\b\.?|Sept\b\.?|Oct\b\.?|Nov\b\.?"
         r"|Dec\b\.?|(?:Mar|Jun|Jul|Sep)\b(?:\.|(?=,?\s+\d)|(?<=\d\s...)))")
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\."
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
DAY_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
               r"|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
               r"|nineteenth|twentieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh"
               r"|eighth|ninth)|thirtieth|thirty-first)")
YEAR = r"(?<![\d$£€#.])(?<!\d,)(?:1[0-9]|20)\d\d(?![\d,]\d)(?!-\d)(?!\s?%)(?!\.\d)"
SHORT_YEAR = r"'\d\d(?![\d'])"
SPELLED_YEAR = (r"nineteen[- ](?:hundred|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                r"|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy"
                r"|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"
                r"|(?:the year )?two thousand(?: and (?:one|two|three|four|five|six|seven|eight"
                r"|nine|ten))?")
# Only the unambiguous "nineteen ..." form: "May two thousand" may be a head count.
SPELLED_19XX = SPELLED_YEAR.split("|(?:the year )?two thousand")[0]
SEASON = r"(?:spring|summer|fall|autumn|winter)"
PART_OF_DAY = (r"(?:morning|afternoon|evening|night|mid-?\s?afternoon|late afternoon"
               r"|early morning|late night)")

_WORDS = sorted((w for w in NUMBER_WORDS if " " not in w and w not in ("a", "an")),
                key=len, reverse=True)
NUMBER_WORD = "(?:" + "|".join(_WORDS) + ")"
NUMBER = (r"(?:\d+(?:\.\d+)?(?:\s\d/\d)?(?![\d,])|" + NUMBER_WORD + r"(?:[- ]" + NUMBER_WORD
          + r")*(?:[- ]and[- ]a[- ]half)?|a couple of|a couple|couple of|a dozen|half an?|an?)")
VAGUE = r"(?:several|a few|few|many|some|a number of|numerous|a couple of)"
UNIT = (r"(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|fortnights?|months?|quarters?"
        r"|years?|decades?|century|centuries)")
UNIT_SG = r"(?:second|minute|hour|day|week|weekend|fortnight|month|quarter|year|decade|century)"
APPROX = (r"(?:about|around|approximately|roughly|some|nearly|almost|close to|more than|over"
          r"|upwards of|less than|under|fewer than|at least|no less than|at most|no more than"
          r"|up to|just over|just under|well over|only|just)")
# "over" stays outside: "over the next few days", "over three years" read as a preposition.
APPROX_IN_SPAN = (r"(?:nearly|almost|close\s+to|more\s+than|upwards\s+of|less\s+than|under"
                  r"|fewer\s+than|at\s+least|no\s+less\s+than|at\s+most|no\s+more\s+than"
                  r"|up\s+to|just\s+over|just\s+under|well\s+over)")
NUMBER_NO_ARTICLE = (r"(?:\d+(?:\.\d+)?|" + NUMBER_WORD + r"(?:[- ]" + NUMBER_WORD + r")*)")
QUARTER_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final)"

WORD_START = r"(?<![\w'-])"  # the word edge rx() patterns start with
_WORD_END = r"(?![\w-])"


def rx(body: str) -> re.Pattern[str]:
    """Compile a rule body bounded by word edges, case-insensitively."""
    return re.compile(WORD_START + "(?:" + body + ")" + _WORD_END, re.IGNORECASE)


def rx_loose(body: str) -> re.Pattern[str]:
    """Compile a rule body that may end in punctuation (e.g. a trailing period)."""
    return re.compile(WORD_START + "(?:" + body + ")", re.IGNORECASE)
