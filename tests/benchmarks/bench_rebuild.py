"""Benchmark: rebuild the derived tables of 1,000, 100,000 and 1,000,000-report stores.

Run on demand: ``uv run python tests/benchmarks/bench_rebuild.py [REPORTS ...]``. Builds
synthetic file databases once into ``~/.cache/dateline-bench`` (reused by later runs), rows
written straight into the extracted tables (no spaCy): one article per 50 reports from 8 outlets
over about three years, 300 people in 50 stories, each story with a few recurring events that
several outlets tell in their own words (and later articles recap), the rest one-off clauses in
the story's vocabulary. Each size is measured in a process of its own and printed side by side:
wall and CPU time of ``rebuild`` (CPU is steadier on a busy machine), the time ratio to the
smallest size, the process's peak resident memory and the memory the rebuild added per 100,000
reports (falling with size when memory grows sub-linearly). Target: a million reports under
1.5 GB peak (issue 14).
"""

from __future__ import annotations

import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from core.rebuild import rebuild  # noqa: E402
from core.store import SCHEMA_VERSION, open_db  # noqa: E402

TARGET_PEAK_MB = 1536.0  # the rebuild of a million reports (issue 14)
SIZES = (1_000, 100_000, 1_000_000)
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "dateline-bench"
GENERATOR_VERSION = 1  # bump when the generator below changes what it writes
CHUNK_ARTICLES = 1_000


def _words(text: str) -> list[str]:
    return text.split()


REPORTS_PER_ARTICLE = 50
OUTLETS = ("Harbor Gazette", "The Coastal Times", "Evening Ledger", "Metro Wire",
           "Bay Chronicle", "Northern Post", "Daily Signal", "Port Herald")
FIRST = _words("Ada Bram Cleo Dario Elin Farid Greta Hugo Ines Jonas Kira Luca Mara Nils "
               "Omar Petra Quinn Rosa Sami Tove Ugo Vera Wim Xena Yusuf Zora Aldo Bea Cyril Dana")
LAST = _words("Abbott Brennan Castell Dunmore Eklund Fairweather Garrow Halden Ingram "
              "Jessup Kovac Lindahl Marchetti Norquist Ortega Pellham Quarles Rasmussen "
              "Sandoval Thorne")
ROLES = ("chief executive", "union president", "spokesperson", "mayor", "board chair",
         "chief negotiator", "health director", "general manager", "councillor", "mediator")
ORG_HEADS = ("Authority", "Union", "Council", "Holdings", "District", "Association", "Group")
ORG_WORDS = _words("Kestrel Marlow Ashcombe Brightwater Dunley Fenwick Greymoor Hollis "
                   "Ivybridge Larkspur Norcross Oakhurst Penrose Redcliff Stanmore Thornbury")
TOPICS = _words("port wage contract pension ferry water filter budget school hospital "
                "bridge rail tunnel airport housing rent police court ballot merger layoffs "
                "factory reactor dam flood wildfire drought vaccine clinic library stadium "
                "museum harbour terminal crane "
                "shipping fuel tariff subsidy licence permit audit inquiry lawsuit verdict appeal "
                "election campaign poll debate referendum treaty border refinery pipeline grid")
VERBS = _words("approved rejected proposed postponed questioned criticised defended delayed "
               "released published reviewed extended suspended cancelled expanded funded")
THINGS = _words("plan proposal review report study budget motion bill grant loan audit memo "
                "survey forecast deadline schedule")
PLACES = ("the harbour", "the old town", "the north ward", "the riverside", "the ring road",
          "the airport", "the east docks", "the county hall", "the university", "the market")
# Recurring kinds of event: several wordings each, as different outlets would put them.
EVENT_KINDS = (
    ("{p} resigned as {role}", "{p} quit {org}", "{p} stepped down from {org}"),
    ("The {org} board met in an emergency session", "{org}'s board convened in emergency",
     "The board of {org} held an emergency meeting"),
    ("{org} workers walked off the job", "The strike at {org} began",
     "Staff at {org} went on strike"),
    ("{org} reached a tentative agreement on the {topic} contract",
     "A tentative deal on the {topic} contract was struck with {org}",
     "{org} agreed a deal over the {topic} dispute"),
    ("Members voted to ratify the {topic} deal", "{org} members approved the {topic} deal",
     "The {topic} deal was ratified by {org} members"),
    ("{org} announced a {topic} inquiry", "{p} confirmed an inquiry into the {topic}",
     "An inquiry into the {topic} was announced by {org}"),
    ("A judge blocked the {topic} plan", "The court halted {org}'s {topic} plan",
     "{org}'s {topic} plan was blocked in court"),
    ("{org} issued a {topic} advisory", "An advisory on the {topic} was issued by {org}",
     "{p} warned residents about the {topic}"),
)
START = date(2021, 1, 4)
SPAN_DAYS = 1095


@dataclass(slots=True)
class Story:
    """A developing story: its people, organisations, vocabulary and recurring events."""

    people: list[tuple[str, str]]  # (full name, role)
    orgs: list[str]
    topics: list[str]
    begins: date
    events: list[tuple[date, tuple[str, ...], dict[str, str]]] = field(default_factory=list)


def _names(rng: random.Random) -> list[str]:
    pool = [f"{f} {last}" for f in FIRST for last in LAST]
    rng.shuffle(pool)
    return pool[:300]


def _stories(rng: random.Random, n: int = 50) -> list[Story]:
    names = _names(rng)
    stories = []
    for i in range(n):
        people = [(names[(i * 6 + k) % len(names)], rng.choice(ROLES)) for k in range(8)]
        orgs = [f"{rng.choice(ORG_WORDS)} {rng.choice(ORG_HEADS)}" for _ in range(3)]
        begins = START + timedelta(days=rng.randrange(SPAN_DAYS - 90))
        story = Story(people, orgs, rng.sample(TOPICS, 8), begins)
        for _ in range(8):
            when = begins + timedelta(days=rng.randrange(80))
            person, role = rng.choice(people)
            fill = {"p": person, "role": role, "org": rng.choice(orgs),
                    "topic": rng.choice(story.topics)}
            story.events.append((when, rng.choice(EVENT_KINDS), fill))
        stories.append(story)
    return stories


def _date_row(rng: random.Random, day: date, fine: bool) -> tuple[str, str, date, date]:
    roll = rng.random() if not fine else 0.0
    if roll < 0.8:
        return day.isoformat(), "day", day, day
    if roll < 0.9:
        monday = day - timedelta(days=day.weekday())
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}", "week", monday, monday + timedelta(days=6)
    first = day.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return f"{day.year:04d}-{day.month:02d}", "month", first, last


def _filler(rng: random.Random, story: Story) -> tuple[str, list[str]]:
    person, role = rng.choice(story.people)
    surname = person.split()[-1]
    topic, other, third = rng.sample(TOPICS, 3)
    org = rng.choice(story.orgs)
    verb, thing, place = rng.choice(VERBS), rng.choice(THINGS), rng.choice(PLACES)
    amount = rng.randrange(2, 900)
    shape = rng.randrange(5)
    if shape == 0:
        return f"{role.capitalize()} {person} said {org} had {verb} the {topic} {thing} " \
               f"near {place}", [person, org]
    if shape == 1:
        return f"{org} {verb} a {topic} {thing} from {surname} worth {amount} million", \
            [org, surname]
    if shape == 2:
        return f"{surname} told reporters in {place} the {topic} {thing} on {other} would be " \
               f"{verb}", [surname]
    if shape == 3:
        return f"More than {amount} residents of {place} signed a {topic} petition about " \
               f"{third}", []
    return f"The {topic} {thing} on {other} was {verb} by {org} after {amount} complaints", [org]


def build(path: Path, reports: int, seed: int = 7) -> None:
    """A store with ``reports`` reports in ``reports / 50`` articles, written in chunks of
    ``CHUNK_ARTICLES`` articles so that a million reports build in bounded memory."""
    rng = random.Random(seed)
    stories = _stories(rng)
    db = open_db(path)
    articles: list[tuple[object, ...]] = []
    times: list[tuple[object, ...]] = []
    mentions: list[tuple[object, ...]] = []
    rows: list[tuple[object, ...]] = []
    n_articles = max(1, reports // REPORTS_PER_ARTICLE)
    now = datetime(2024, 6, 1, tzinfo=UTC).isoformat()
    time_id = 0
    for a in range(n_articles):
        story = stories[a % len(stories)]
        published = story.begins + timedelta(days=rng.randrange(5, 95))
        stamp = datetime(published.year, published.month, published.day, 8, tzinfo=UTC)
        key = f"art{a:05d}"
        sentences: list[str] = []
        told = [e for e in story.events if e[0] <= published]
        for r in range(REPORTS_PER_ARTICLE):
            if told and r < 8:
                when, kind, fill = told[r % len(told)]
                when += timedelta(days=1 if rng.random() < 0.05 else 0)  # a source errs
                text, written = rng.choice(kind).format(**fill), [fill["p"], fill["org"]]
                written = [w for w in written if w.split()[-1] in text]
                fine = True
            else:
                when = published - timedelta(days=rng.randrange(-10, 30))
                text, written = _filler(rng, story)
                fine = False
            value, gran, first, last = _date_row(rng, when, fine)
            phrase = f"on {when:%d %B %Y}"
            sentence = f"{text} {phrase}."
            offset = sum(len(s) + 1 for s in sentences)
            sentences.append(sentence)
            time_id += 1
            times.append((time_id, key, offset + len(text) + 4, offset + len(sentence) - 1,
                          phrase[3:], "DATE", value, None, gran, first.isoformat(),
                          last.isoformat(), stamp.isoformat(), "publish date",
                          "absolute.full-date", "bench"))
            rows.append((f"{key}-{r}", key, time_id, sentence, offset, offset,
                         offset + len(sentence), text[:90], 0.95,
                         json.dumps([[w, False] for w in written])))
        for person, role in story.people:
            mentions.append((key, 0, 1, person, person, role, "PERSON"))
            mentions.extend((key, 2, 3, person.split()[-1], person.split()[-1], None, "PERSON")
                            for _ in range(2))
        mentions.extend((key, 4, 5, org, org, None, "ORG") for org in story.orgs)
        articles.append((key, f"/news/{key}.md", f"Story {a % len(stories)} update",
                         OUTLETS[a % len(OUTLETS)], None, None, stamp.isoformat(),
                         stamp.isoformat(), None, " ".join(sentences), 50 * 12, now))
        if len(articles) == CHUNK_ARTICLES or a == n_articles - 1:
            _write(db.conn, articles, times, mentions, rows)
            for chunk in (articles, times, mentions, rows):
                chunk.clear()
    db.conn.close()


def _write(conn: sqlite3.Connection, articles: list[tuple[object, ...]],
           times: list[tuple[object, ...]], mentions: list[tuple[object, ...]],
           rows: list[tuple[object, ...]]) -> None:
    with conn:
        conn.executemany("INSERT INTO articles(key, origin, title, source, url, author, published,"
                         " published_utc, updated, text, words, ingested_at)"
                         " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", articles)
        conn.executemany("INSERT INTO times VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", times)
        conn.executemany('INSERT INTO mentions(article_key, start, "end", text, name, role, '
                         "label) VALUES (?,?,?,?,?,?,?)", mentions)
        conn.executemany("INSERT INTO reports(report_key, article_key, time_id, sentence,"
                         " sentence_start, clause_start, clause_end, title, confidence, people)"
                         " VALUES (?,?,?,?,?,?,?,?,?,?)", rows)


def cached(reports: int) -> Path:
    """The store of ``reports`` reports, built once into the cache folder and reused.

    The file name carries the generator's version and the schema version, so a changed
    generator or schema builds afresh; a rebuild only rewrites derived tables, so measuring a
    cached store leaves it fit for the next run.
    """
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"rebuild-{reports}-g{GENERATOR_VERSION}-s{SCHEMA_VERSION}.db"
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        began = time.perf_counter()
        build(partial, reports)
        partial.rename(path)
        print(f"built {reports:,} reports into {path} in {time.perf_counter() - began:.0f} s",
              flush=True)
    return path


@dataclass(slots=True)
class Figures:
    """What one size measured, in its own process."""

    reports: int
    events: int
    seconds: float
    cpu: float
    peak_mb: float  # peak resident memory of the process, imports included
    base_mb: float  # resident memory before the rebuild (interpreter and imports)

    @property
    def mb_per_100k(self) -> float:
        """Peak memory the rebuild added, per 100,000 reports."""
        return (self.peak_mb - self.base_mb) / (self.reports / 100_000)


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def measure(path: Path) -> Figures:
    """Time one full rebuild of the store at ``path``; peak memory from the kernel."""
    db = open_db(path)
    base = _rss_mb()
    began, cpu = time.perf_counter(), time.process_time()
    rebuild(db)
    seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    events = db.execute("SELECT count(*) FROM events").fetchone()[0]
    n = db.execute("SELECT count(*) FROM reports").fetchone()[0]
    db.conn.close()
    return Figures(n, events, seconds, cpu, peak, base)


def _in_own_process(reports: int) -> Figures:
    """Measure one size in a fresh interpreter, so each peak is that size's alone."""
    path = cached(reports)
    out = subprocess.run([sys.executable, __file__, "--measure", str(path)], check=True,
                         capture_output=True, text=True).stdout
    return Figures(**json.loads(out.splitlines()[-1]))


def main() -> None:
    """Measure each size (default 1k, 100k, 1M), print them side by side with the ratios."""
    if sys.argv[1:2] == ["--measure"]:
        print(json.dumps(asdict(measure(Path(sys.argv[2])))))
        return
    sizes = [int(a) for a in sys.argv[1:]] or list(SIZES)
    results = [_in_own_process(n) for n in sizes]
    base = results[0]
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'reports':>10} {'events':>9} {'seconds':>8} {'x time':>7} {'CPU s':>7}"
          f" {'peak MB':>8} {'MB/100k':>8}")
    for fig in results:
        print(f"{fig.reports:>10,} {fig.events:>9,} {fig.seconds:>8.2f}"
              f" {fig.seconds / base.seconds:>7.1f} {fig.cpu:>7.2f} {fig.peak_mb:>8.0f}"
              f" {fig.mb_per_100k:>8.1f}")
    last = results[-1]
    verdict = "OK" if last.peak_mb < TARGET_PEAK_MB else "TOO MUCH"
    print(f"target: rebuild of {last.reports:,} reports under {TARGET_PEAK_MB:,.0f} MB peak:"
          f" {verdict}")


if __name__ == "__main__":
    main()
