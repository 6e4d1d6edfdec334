"""Hostile cases, one table (issue 10): each asserts the exit code, no traceback, a one-line
message naming the problem, and that nothing already in the timeline is lost.

Every case starts from a copy of one small timeline database (two articles). An ingest case
feeds one hostile input next to a good article: the good one must be stored, the hostile one
must give exactly one problem line. Other cases point a command at a hostile database or
output. After each case the events the timeline held before are all still there.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from denied import LOCKED
from denied import patches as denied_patches

import core.ingest.reader
import core.pipeline
from core import triage
from core.store import open_db
from tui.cli import main

GOOD = """---
title: "{title}"
published: 2024-05-17T09:30:00-04:00
source: "Harbor Wire"
---
{body}
"""
BASE = {"walkout.md": ("Dockworkers strike", "Dock workers walked off the job on Wednesday "
                       "after talks collapsed. Marisol Ventura said members will vote on "
                       "Tuesday."),
        "mediator.md": ("Mediator named", "A federal mediator was appointed on Friday morning. "
                        "Ventura said the talks had been frozen since April.")}
NEWCOMER = GOOD.format(title="Cranes idle", body="The cranes stood idle on Thursday while "
                       "Dana Whitcombe met the board.")


@dataclass(frozen=True)
class Case:
    """One hostile case: what to write, what to run, what must come out."""

    id: str
    args: list[str]  # {dir} is the case's folder, {db} its database
    files: dict[str, str | bytes] = field(default_factory=dict)  # written into {dir}/in
    message: str = ""  # the one line (stderr) must contain this
    code: int = 1
    good_added: bool = True  # an ingest case: the good newcomer is stored too
    prepare: Callable[[Path], None] | None = None  # changes {db} (or the folder) first
    patch: tuple[tuple[object, str, object], ...] = ()
    stdin: str | None = None


def ingest_case(id: str, name: str, content: str | bytes, message: str, **kw: object) -> Case:
    return Case(id, ["ingest", "{dir}/in", "--db", "{db}"], {name: content, "newcomer.md":
                NEWCOMER}, message, **kw)  # type: ignore[arg-type]


def _front(published: str) -> str:
    return f"---\ntitle: T\npublished: {published}\n---\nTalks ended on Wednesday.\n"


def _sql(statement: str) -> Callable[[Path], None]:
    def run(folder: Path) -> None:
        conn = sqlite3.connect(folder / "t.db")
        conn.execute(statement)
        conn.commit()
        conn.close()
    return run


def _replace_db(content: bytes) -> Callable[[Path], None]:
    def run(folder: Path) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{folder / 't.db'}{suffix}").unlink(missing_ok=True)
        (folder / "t.db").write_bytes(content)
    return run


def _foreign(folder: Path) -> None:
    _replace_db(b"")(folder)
    conn = sqlite3.connect(folder / "t.db")
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()


def _corrupt(folder: Path) -> None:
    path = folder / "t.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size - 2 * 4096)
        handle.write(b"\x0d" + b"\xff" * 600)


def _first_event_dated(value: str) -> Callable[[Path], None]:
    def run(folder: Path) -> None:
        db = open_db(folder / "t.db")
        (first,) = db.execute("SELECT min(id) FROM events").fetchone()
        assert triage.set_date(db, first, value)
        db.close()
    return run


def _existing_output(folder: Path) -> None:
    (folder / "out.md").write_text("my notes", encoding="utf-8")


def _ctrl_c_storing_the_newcomer(db: object, item: Any, *args: Any, **kwargs: Any) -> Any:
    if getattr(getattr(item, "article", item), "origin", "").endswith("newcomer.md"):
        raise KeyboardInterrupt  # the user presses Ctrl-C as the newcomer is stored
    return _save_article(db, item, *args, **kwargs)


_save_article = core.pipeline.save_article
LIMIT = ((core.ingest.reader, "MAX_ARTICLE_CHARS", 500), (core.pipeline, "MAX_ARTICLE_CHARS", 500))
DB = ["--db", "{db}"]

CASES = [
    ingest_case("empty file", "empty.txt", "", "empty file"),
    ingest_case("whitespace only", "blank.md", "\n \t\n", "empty file"),
    ingest_case("binary", "photo.txt", b"\x00\x01garbage\x00\xff" * 40, "binary file"),
    ingest_case("pdf as txt", "a.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "it is a PDF"),
    ingest_case("malformed front matter", "a.md", "---\ntitle: [unclosed\n---\nText on Monday.\n",
                "front matter"),
    ingest_case("no publish date", "a.md", "---\ntitle: T\n---\nTalks ended.\n",
                "no publish date"),
    ingest_case("unparseable date", "a.md", _front("someday soon"), "is not a date"),
    ingest_case("bare number date", "a.md", _front("12"), "bare number 12, not a date"),
    ingest_case("bare year date", "a.md", _front("2024"), "bare number 2024, not a date"),
    ingest_case("date at the end of 9999", "a.md", _front("9999-12-31T23:00:00-05:00"),
                "outside the calendar in UTC"),
    ingest_case("date in 9999", "a.md", _front("9999-06-01"), "out of range"),
    ingest_case("date before year 1 in UTC", "a.md", _front("0001-01-01T00:30:00+03:00"),
                "outside the calendar in UTC"),
    ingest_case("json number date", "a.json", json.dumps(
        {"title": "T", "published": 12, "text": "Talks ended on Monday."}), "bare number 12"),
    ingest_case("json bool date", "a.json", json.dumps(
        {"title": "T", "published": True, "text": "Talks ended on Monday."}), "true/false"),
    ingest_case("jsonl 9999 date", "a.jsonl", json.dumps(
        {"title": "T", "published": "9999-12-31T23:30:00-10:00", "text": "On Monday."}) + "\n",
        "outside the calendar in UTC"),
    ingest_case("invalid json", "a.json", '{"title": "T", "text": ', "JSON"),
    ingest_case("json title a number", "a.json", json.dumps(
        {"title": 5, "published": "2024-05-17", "text": "On Monday."}), "title is a number"),
    ingest_case("json text of numbers", "a.json", json.dumps(
        {"title": "T", "published": "2024-05-17", "text": [1, 2]}), "text is a list"),
    ingest_case("json item not an object", "a.json", json.dumps([42]), "item 1: is a number"),
    ingest_case("jsonl broken line", "a.jsonl", "{not json}\n", "line 1"),
    ingest_case("deeply nested json", "a.json", "[" * 100_000 + "]" * 100_000, ""),
    ingest_case("xml not a feed", "a.xml", "<?xml version='1.0'?><config><a>1</a></config>", ""),
    ingest_case("html without article", "a.html", "<html><body><nav>Home</nav></body></html>",
                ""),
    ingest_case("name with newline and escape", "bad\n\x1b[31mname.txt", "", "empty file"),
    ingest_case("article over the size limit", "big.md", _front("2024-05-17") + "Word. " * 200,
                "article too long", patch=LIMIT),
    ingest_case("jsonl article over the size limit", "big.jsonl", json.dumps(
        {"title": "T", "published": "2024-05-17", "text": "Word. " * 200}) + "\n",
        "article too long", patch=LIMIT),
    Case("missing input path", ["ingest", "{dir}/in", "{dir}/nowhere.md", "--db", "{db}"],
         {"newcomer.md": NEWCOMER}, "nowhere.md"),
    Case("file inside a folder without search permission",
         ["ingest", "{dir}/in", f"{{dir}}/{LOCKED}/a.md", *DB], {"newcomer.md": NEWCOMER},
         "permission denied", patch=denied_patches()),
    ingest_case("folder without search permission inside the input", f"{LOCKED}/a.md",
                _front("2024-05-17"), "folder could not be read (Permission denied)",
                patch=denied_patches()),
    ingest_case("ctrl-c while storing", "a.md", _front("2024-05-17"),
                "interrupted: 1 article(s) stored until then", code=130, good_added=False,
                patch=((core.pipeline, "save_article", _ctrl_c_storing_the_newcomer),)),
    Case("bad --published", ["ingest", "{dir}/in", *DB, "--published",
                             "9999-12-31T23:00:00-05:00"], {"a.txt": "On Monday."},
         "outside the calendar", code=2, good_added=False),
    Case("bad --tz", ["ingest", "{dir}/in", *DB, "--tz", "Mars/Olympus"], {"a.txt": "x"},
         "unknown time zone", code=2, good_added=False),
    Case("bad --map", ["ingest", "{dir}/in", *DB, "--map", "nonsense"], {"a.txt": "x"}, "",
         code=2, good_added=False),
    Case("ingest into another app's database", ["ingest", "{dir}/in", *DB],
         {"newcomer.md": NEWCOMER}, "not a Dateline database", good_added=False,
         prepare=_foreign),
    Case("ingest into a database under a file", ["ingest", "{dir}/in", "--db",
                                                 "{dir}/in/newcomer.md/t.db"],
         {"newcomer.md": NEWCOMER}, "is not a folder", good_added=False),
    Case("status of a text file", ["status", *DB], message="not a SQLite file at all",
         good_added=False, prepare=_replace_db(b"hello, I am not a database\n" * 10)),
    Case("events of another app's database", ["events", *DB],
         message="a SQLite database of another application", good_added=False,
         prepare=_foreign),
    Case("export of a newer schema", ["export", *DB], message="made by a newer Dateline",
         good_added=False, prepare=_sql("UPDATE meta SET value = '99' WHERE key = "
                                        "'schema_version'")),
    Case("status of a damaged database", ["status", *DB], message="the database is damaged",
         good_added=False, prepare=_corrupt),
    Case("people list of an empty file", ["people", "list", *DB],
         message="an empty file, not a Dateline database yet", good_added=False,
         prepare=_replace_db(b"")),
    Case("status of a missing database", ["status", "--db", "{dir}/none.db"],
         message="no database yet", good_added=False),
    Case("open another app's database", ["open", *DB],
         message="a SQLite database of another application", good_added=False,
         prepare=_foreign),
    Case("export into a missing folder", ["export", *DB, "-o", "{dir}/no/such/out.md"],
         message="does not exist", good_added=False),
    Case("export to a full device", ["export", *DB, "-o", "/dev/full"],
         message="No space left on device", good_added=False),
    Case("export over an existing file", ["export", *DB, "-o", "{dir}/out.md"],
         message="already exists; use --force", good_added=False, prepare=_existing_output),
    Case("export onto a folder", ["export", *DB, "-o", "{dir}/in", "--force"],
         {"newcomer.md": NEWCOMER}, message="is a folder", good_added=False),
    Case("ics export of an event on 31 Dec 9999", ["export", *DB, "--format", "ics", "-o",
                                                   "{dir}/out.ics"],
         message="written to", code=0, good_added=False,
         prepare=_first_event_dated("9999-12-31")),
    Case("timelinejs export of a span ending 31 Dec 9999",
         ["export", *DB, "--format", "timelinejs", "-o", "{dir}/out.json"],
         message="written to", code=0, good_added=False,
         prepare=_first_event_dated("9999-12-20/9999-12-31")),
    Case("ics export of an event in year 1", ["export", *DB, "--format", "ics", "-o",
                                              "{dir}/out.ics"],
         message="written to", code=0, good_added=False,
         prepare=_first_event_dated("0001-01-01")),
    Case("export with a bad date filter", ["export", *DB, "--from", "2024-13"], code=2,
         good_added=False),
    Case("merge an unknown person", ["people", "merge", "Nobody Here", "Marisol Ventura", *DB],
         message="no person called", good_added=False),
    Case("merge a person into itself", ["people", "merge", "Marisol Ventura",
                                        "Marisol Ventura", *DB],
         message="", good_added=False),
    Case("undo with no people edit recorded", ["people", "undo", *DB],
         message="nothing to undo", good_added=False),
    Case("status of a timeline whose ingest was killed before its rebuild", ["status", *DB],
         message="2 article(s) stored since the last rebuild", code=0, good_added=False,
         prepare=_sql("INSERT INTO meta(key, value) VALUES ('stale_articles', '2')")),
    Case("rebuild with no database", ["rebuild", "--db", "{dir}/none.db"],
         message="no database there", good_added=False),
    Case("rebuild of a file that is not a database", ["rebuild", *DB],
         message="not a Dateline database", good_added=False,
         prepare=_replace_db(b"plain words, not SQLite at all\n" * 20)),
    Case("rebuild of a damaged database", ["rebuild", *DB], message="damaged",
         good_added=False, prepare=_corrupt),
    Case("rebuild of a newer schema", ["rebuild", *DB], message="made by a newer Dateline",
         good_added=False,
         prepare=_sql("UPDATE meta SET value = '99' WHERE key = 'schema_version'")),
    Case("timex line that is not JSON", ["timex"], message="line 1: not JSON",
         good_added=False, stdin="{oops\n"),
    Case("timex line without dct", ["timex"], message="line 1 (id 'x'): no dct",
         good_added=False, stdin='{"id": "x", "text": "Monday"}\n'),
    Case("timex dct of the wrong type", ["timex"], message="dct is int", good_added=False,
         stdin='{"id": "x", "text": "Monday", "dct": 5}\n'),
]


@pytest.fixture(scope="module")
def base_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("faults")
    news = folder / "news"
    news.mkdir()
    for name, (title, body) in BASE.items():
        (news / name).write_text(GOOD.format(title=title, body=body), encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(news), "--db", str(folder / "t.db")])
    assert result.exit_code == 0, result.output
    return folder / "t.db"


def events(db: Path) -> set[str]:
    result = CliRunner().invoke(main, ["events", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return set(result.stdout.splitlines())


def test_the_table_is_long_enough() -> None:
    assert len(CASES) >= 40
    assert len({case.id for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_case(case: Case, base_db: Path, tmp_path: Path,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.cli.open as open_module

    monkeypatch.setattr(open_module, "_run", lambda path: pytest.fail("dashboard started"))
    db = tmp_path / "t.db"
    shutil.copy(base_db, db)
    before = events(db)
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, content in case.files.items():
        path = inputs / name
        path.parent.mkdir(exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    if case.prepare:
        case.prepare(tmp_path)
    for target, name, value in case.patch:
        monkeypatch.setattr(target, name, value)
    args = [a.replace("{dir}", str(tmp_path)).replace("{db}", str(db)) for a in case.args]
    result: Result = CliRunner().invoke(main, args, input=case.stdin)

    assert result.exit_code == case.code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines()
             if line.strip() and line != "Analysing" and not line.startswith(
                 ("TE3_TIMING", "Usage:", "Try '"))
             and not line.endswith("input line(s) failed")]
    assert len(lines) == 1, result.stderr
    assert case.message in lines[0]
    assert "\x1b" not in result.output

    if case.prepare in (None, _existing_output):  # the timeline is intact, and grew if it should
        after = events(db)
        assert before <= after
        if case.good_added:
            assert any("cranes stood idle" in line.lower() or "Whitcombe" in line
                       for line in after - before), after - before
    if case.prepare is _existing_output:
        assert (tmp_path / "out.md").read_text(encoding="utf-8") == "my notes"
