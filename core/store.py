"""The SQLite store (sqlite-utils): schema, one transaction per article, derived tables.

Tables fall in three groups:

* extracted, written per article in one transaction: ``articles`` (keyed by content; ``ident``
  says which article it is, see :func:`identity_of`), ``files`` (resolved path -> the articles
  it holds, so the same article under two names is stored once), ``times``, ``mentions``,
  ``reports`` (one article's dated clause) and ``problems`` (inputs that failed);
* derived, rebuilt from the extracted ones in one transaction after an ingest: ``people``,
  ``events`` (reports merged across sources: what the timeline shows), ``event_reports``,
  ``event_people`` and the FTS5 index ``events_fts``; what they do not show yet (an ingest
  killed before its rebuild) is counted in ``meta`` (see :data:`STALE_ARTICLES`);
* the user's own choices, never touched by ingest: ``user_events`` (corrected dates, stars,
  hides, keyed by a report key that survives re-ingest), ``user_people`` (merge, split, hide)
  and ``user_log`` (for undo).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import sqlite_utils
from sqlite_utils.migrations import Migrations

from core.models import AnalysedArticle, Article, Report

SCHEMA_VERSION = 4


class DatabaseProblem(Exception):
    """A database file Dateline cannot use; the message is one line naming the file."""


SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every Dateline database has; a SQLite file with tables but not these is someone else's.
DATELINE_TABLES = frozenset({"meta", "articles", "files", "times", "reports", "events"})


def _reason(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _header(path: Path) -> bytes:
    """The first 100 bytes of ``path`` (empty for an empty file); DatabaseProblem if unreadable."""
    try:
        with path.open("rb") as handle:
            return handle.read(100)
    except IsADirectoryError as exc:
        raise DatabaseProblem(f"{path}: is a folder, not a database file") from exc
    except OSError as exc:
        raise DatabaseProblem(f"{path}: cannot read the database ({exc.strerror or exc})") from exc


def _check_header(path: Path, header: bytes) -> None:
    if header and not header.startswith(SQLITE_HEADER):
        raise DatabaseProblem(f"{path}: not a Dateline database (not a SQLite file at all)")


def identify(conn: sqlite3.Connection, path: str | Path) -> int | None:
    """The schema version of the Dateline database on ``conn`` (None when it is empty), reading
    only; DatabaseProblem for another application's SQLite file, a newer schema or a file
    that is not a database."""
    try:
        tables = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return None
        version = None
        if "meta" in tables:
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            version = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise DatabaseProblem(f"{path}: not a Dateline database (not a SQLite file)") from exc
        raise DatabaseProblem(f"{path}: the database is damaged ({_reason(exc)})") from exc
    try:
        number = int(version) if version is not None else None
    except (TypeError, ValueError):
        number = None
    if number is None and tables <= _known_tables():
        return SCHEMA_VERSION  # a Dateline database whose creation was cut short
    if number is None or not tables & (DATELINE_TABLES - {"meta"}):
        raise DatabaseProblem(
            f"{path}: not a Dateline database (a SQLite database of another application, "
            f"with tables {', '.join(sorted(tables)[:5])}{', ...' if len(tables) > 5 else ''})")
    if number > SCHEMA_VERSION:
        raise DatabaseProblem(
            f"{path}: made by a newer Dateline (schema {number}; this version reads schema "
            f"{SCHEMA_VERSION} and older); upgrade Dateline")
    return number


def _known_tables() -> set[str]:
    names = set(re.findall(r"CREATE (?:VIRTUAL )?TABLE IF NOT EXISTS (\w+)", _SCHEMA))
    shadow = {f"events_fts_{part}" for part in ("data", "idx", "docsize", "config", "content")}
    return names | shadow | {"sqlite_stat1", "sqlite_stat4", "sqlite_sequence",
                             Migrations.migrations_table}


def open_db(path: str | Path | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) a Dateline database; ``None`` gives an in-memory one.

    File databases use WAL so the dashboard can read while an ingest writes. A file that is
    not a Dateline database (not SQLite, another application's, a newer schema) is refused
    with :class:`DatabaseProblem` before anything is written to it, and so is a place where
    no database can be written (a missing or unwritable folder).
    """
    if path is None:
        db = sqlite_utils.Database(memory=True)
    else:
        path = Path(path)
        if path.exists():
            _check_header(path, _header(path))
        conn = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
            identify(conn, path)
            db = sqlite_utils.Database(conn)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            ensure_schema(db)
        except DatabaseProblem:
            if conn is not None:
                conn.close()
            raise
        except (OSError, sqlite3.Error) as exc:
            if conn is not None:
                conn.close()
            raise DatabaseProblem(_write_problem(path, exc)) from exc
        return db
    db.execute("PRAGMA foreign_keys=ON")
    ensure_schema(db)
    return db


def _write_problem(path: Path, exc: BaseException) -> str:
    """One line for a database that cannot be opened for writing."""
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
        return f"{path}: the database is damaged ({_reason(exc)})"
    folder = path.parent
    if not folder.is_dir():
        return f"{path}: cannot create the database: {folder} is not a folder"
    if isinstance(exc, sqlite3.OperationalError) and "readonly" in str(exc).replace(" ", ""):
        return f"{path}: the database is read-only ({_reason(exc)})"
    if not os.access(folder, os.W_OK):
        return f"{path}: cannot write the database: the folder {folder} is not writable"
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else _reason(exc)
    return f"{path}: cannot write the database ({reason})"


def open_readonly(path: str | Path) -> sqlite_utils.Database:
    """Open an existing Dateline database for reading only (SQLite ``mode=ro``).

    Nothing is created or changed: no table, no journal-mode switch, so it works on a
    read-only file and never modifies another application's SQLite file (a WAL-mode file is
    identified through an ``immutable`` view first, which leaves no ``-wal`` or ``-shm``
    next to it). A database of an older schema is upgraded first (the one write a
    read-only command makes, and only to a Dateline database). :class:`DatabaseProblem`
    says why a file cannot be used.
    """
    path = Path(path)
    if not path.exists():
        raise DatabaseProblem(f"{path}: no database yet; run 'dateline ingest PATH' first")
    header = _header(path)
    _check_header(path, header)
    if not header:
        raise DatabaseProblem(f"{path}: an empty file, not a Dateline database yet; run "
                              f"'dateline ingest PATH --db {path}' first")
    uri = "file:" + quote(str(path.resolve()))
    wal = len(header) > 19 and header[18] == 2
    if wal:  # who owns it? asked without creating the -wal and -shm files
        probe = _connect(f"{uri}?mode=ro&immutable=1", path)
        try:
            version = identify(probe.conn, path)
        finally:
            probe.close()
        if version is None and not Path(f"{path}-wal").exists():
            raise DatabaseProblem(f"{path}: an empty database, not a Dateline one yet")
    try:
        db = _connect(f"{uri}?mode=ro", path)
    except DatabaseProblem:
        if not wal:
            raise
        db = _connect(f"{uri}?mode=ro&immutable=1", path)  # a read-only folder: no -shm
    try:
        version = identify(db.conn, path)
    except DatabaseProblem:
        db.close()
        raise
    if version is None:
        db.close()
        raise DatabaseProblem(f"{path}: an empty database, not a Dateline one yet")
    if version < SCHEMA_VERSION:
        db.close()
        try:
            open_db(path).close()
        except DatabaseProblem as exc:
            raise DatabaseProblem(
                f"{path}: an older Dateline database (schema {version}) that cannot be "
                f"upgraded here ({exc})") from exc
        return open_readonly(path)
    return db


def _connect(uri: str, path: Path) -> sqlite_utils.Database:
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=30)
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise DatabaseProblem(f"{path}: not a Dateline database (not a SQLite file)") from exc
        if "malformed" in str(exc) or not isinstance(exc, sqlite3.OperationalError):
            raise DatabaseProblem(f"{path}: the database is damaged ({_reason(exc)})") from exc
        raise DatabaseProblem(f"{path}: cannot open the database ({_reason(exc)})") from exc
    return sqlite_utils.Database(conn)


def quick_check(db: sqlite_utils.Database) -> list[str]:
    """What ``PRAGMA quick_check`` finds wrong (empty when the database is sound)."""
    try:
        rows = [str(row[0]) for row in db.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [_reason(exc)]
    return [] if rows == ["ok"] else rows


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """All or nothing: commit on success, roll back on any exception (KeyboardInterrupt too).

    The outermost block starts with ``BEGIN IMMEDIATE``, so a writer takes the write lock at
    once (sqlite-utils' ``Database.atomic`` starts a deferred ``BEGIN``, which can fail with
    "database is locked" when a reader's snapshot must be upgraded mid-way); a block inside
    an open transaction is ``db.atomic()``'s savepoint, so a function that writes in one
    transaction can be called from another (its changes go or stay with the outer one).
    """
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.rollback()  # a no-op when the error already ended the transaction
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise


STALE_ARTICLES, STALE_EDITS = "stale_articles", "stale_people_edits"
"""``meta`` keys counting the changes the derived tables do not show yet: articles stored
(or dropped) and people edits recorded since the last :func:`core.rebuild.rebuild`. Each is
raised in the transaction that makes the change and removed in the rebuild's own, so an
ingest killed between storing and rebuilding leaves a count behind that ``dateline status``
reports and ``dateline rebuild`` clears. A database without the keys (every database made
before them) is up to date."""


def mark_stale(db: sqlite_utils.Database, key: str, count: int = 1) -> None:
    """Count ``count`` more changes the derived tables lack; call it inside the transaction
    that makes them."""
    db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE"
               " SET value = CAST(value AS INTEGER) + excluded.value", [key, str(count)])


@dataclass(frozen=True, slots=True)
class Staleness:
    """What the derived tables (people, events, search) do not show yet."""

    articles: int = 0  # articles stored or dropped since the last rebuild
    edits: int = 0  # people edits recorded since the last rebuild

    def __bool__(self) -> bool:
        return bool(self.articles or self.edits)

    def describe(self) -> str:
        """The changes in words, e.g. ``3 article(s) stored since the last rebuild``."""
        parts = []
        if self.articles:
            parts.append(f"{self.articles} article(s) stored")
        if self.edits:
            parts.append(f"{self.edits} people edit(s) recorded")
        return " and ".join(parts) + " since the last rebuild"


def staleness(db: sqlite_utils.Database) -> Staleness:
    """What the derived tables lack (reading only; works on a read-only database)."""
    counts = dict.fromkeys((STALE_ARTICLES, STALE_EDITS), 0)
    for key, value in db.execute("SELECT key, value FROM meta WHERE key IN (?, ?)",
                                 [STALE_ARTICLES, STALE_EDITS]).fetchall():
        try:
            counts[key] = max(0, int(value))
        except (TypeError, ValueError):
            counts[key] = 1  # a count we cannot read still says the tables are stale
    return Staleness(counts[STALE_ARTICLES], counts[STALE_EDITS])


def clear_stale(db: sqlite_utils.Database) -> None:
    """Say the derived tables are up to date; call it inside the rebuild's transaction."""
    db.execute("DELETE FROM meta WHERE key IN (?, ?)", [STALE_ARTICLES, STALE_EDITS])


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create every table and index that is missing; upgrade a database of an older schema.

    Upgrades run the pending :data:`MIGRATIONS` in order under one write lock (``BEGIN
    IMMEDIATE``: a second process opening the same old file waits, then finds nothing left
    to do), each in its own savepoint, and keep everything, the user's own tables
    (``user_events``, ``user_people``, ``user_log``) untouched. A new database is created
    at the current schema with every migration recorded as applied.
    """
    if schema_version(db) == SCHEMA_VERSION and not MIGRATIONS.pending(db):
        db.executescript(_SCHEMA)  # an index or table missing from a creation cut short
        return
    conn = db.conn
    conn.execute("PRAGMA foreign_keys=OFF")  # a table rebuilt by a migration keeps its rows
    try:
        with transaction(db):
            version = schema_version(db)  # again, now that this connection holds the lock
            if version is None:
                db.executescript(_SCHEMA)
                db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)",
                           [str(SCHEMA_VERSION)])
                version = SCHEMA_VERSION
            _record_reached(db, version)
            MIGRATIONS.apply(db)
            db.executescript(_SCHEMA)
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise sqlite3.IntegrityError(f"upgrade left {len(problems)} broken reference(s)")
    finally:
        conn.execute("PRAGMA foreign_keys=ON")


def schema_version(db: sqlite_utils.Database) -> int | None:
    """The schema version a database says it has; None for a new (empty) one."""
    has_meta = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
    if not has_meta:
        return None
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    try:
        return int(row[0]) if row else None
    except (TypeError, ValueError):
        return None


_LEGACY_ITEM = re.compile(r"#\d+$")


def _legacy_holder(path: str) -> str:
    """Schema 1 named a file as typed (relative to wherever ingest ran) and an item of a file
    as ``file#3``; schema 2 names the file, resolved when it can be found from here."""
    if path == STDIN_HOLDER:
        return path
    if not os.path.exists(path) and _LEGACY_ITEM.search(path):
        path = _LEGACY_ITEM.sub("", path)
    return os.path.realpath(path) if os.path.exists(path) else path


MIGRATIONS = Migrations("dateline")
"""The schema's history, oldest first (sqlite-utils migrations, recorded in the
``_sqlite_migrations`` table). A migration named ``schema_N`` brings schema N - 1 to N and
sets ``meta.schema_version`` to N, which read-only opens and older releases go by. To change
the schema: add the new shape to ``_SCHEMA`` (what a new database gets), raise
:data:`SCHEMA_VERSION` and register a ``schema_N`` migration that brings existing databases
there."""


def _target(name: str) -> int:
    """The schema a migration named ``schema_N`` brings a database to."""
    return int(name.removeprefix("schema_"))


def _record_reached(db: sqlite_utils.Database, version: int) -> None:
    """Record as applied the migrations up to ``version``: a database made before migrations
    were recorded (or just created at the current schema) already has their changes."""
    MIGRATIONS.ensure_migrations_table(db)
    applied_at = str(datetime.now(UTC))
    db.table(Migrations.migrations_table).insert_all(
        [{"migration_set": MIGRATIONS.name, "name": m.name, "applied_at": applied_at}
         for m in MIGRATIONS.pending(db) if _target(m.name) <= version],
        ignore=True)


def _set_version(db: sqlite_utils.Database, version: int) -> None:
    db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version)])


@MIGRATIONS(name="schema_2")
def _articles_get_identities(db: sqlite_utils.Database) -> None:
    """Schema 1 -> 2: articles get an identity (``ident``), a file may hold many articles
    (``files`` keyed by path and article), and a report key is unique per article only."""
    conn = db.conn
    conn.execute("ALTER TABLE articles ADD COLUMN ident TEXT")
    # The old report keys were built from the url, else the origin: keeping the origin as the
    # identity keeps the corrections of a file's next version (see save_article).
    conn.execute(
        "UPDATE articles SET ident = CASE WHEN url IS NOT NULL AND origin LIKE '%#%'"
        " THEN 'url:' || url ELSE origin END")
    rows = conn.execute("SELECT path, article_key FROM files").fetchall()
    conn.execute("DROP TABLE files")
    conn.execute(
        "CREATE TABLE files (path TEXT NOT NULL, article_key TEXT NOT NULL"
        " REFERENCES articles(key) ON DELETE CASCADE, PRIMARY KEY (path, article_key))")
    conn.executemany("INSERT OR IGNORE INTO files(path, article_key) VALUES (?, ?)",
                     [(_legacy_holder(path), key) for path, key in rows])
    conn.execute(
        "CREATE TABLE reports_v2 (id INTEGER PRIMARY KEY, report_key TEXT NOT NULL,"
        " article_key TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,"
        " time_id INTEGER NOT NULL REFERENCES times(id) ON DELETE CASCADE,"
        " sentence TEXT NOT NULL, sentence_start INTEGER NOT NULL,"
        " clause_start INTEGER NOT NULL, clause_end INTEGER NOT NULL,"
        " title TEXT NOT NULL, confidence REAL NOT NULL, people TEXT NOT NULL,"
        " UNIQUE (article_key, report_key))")
    conn.execute(
        "INSERT INTO reports_v2(id, report_key, article_key, time_id, sentence,"
        " sentence_start, clause_start, clause_end, title, confidence, people)"
        " SELECT id, report_key, article_key, time_id, sentence, sentence_start,"
        " clause_start, clause_end, title, confidence, people FROM reports")
    conn.execute("DROP TABLE reports")
    conn.execute("ALTER TABLE reports_v2 RENAME TO reports")
    _set_version(db, 2)


@MIGRATIONS(name="schema_3")
def _events_get_importance(db: sqlite_utils.Database) -> None:
    """Schema 2 -> 3: events get an ``importance`` (0 until the next rebuild scores them) and
    the ``events_top`` index that serves "the N most important" (created by ``_SCHEMA``)."""
    db.execute("ALTER TABLE events ADD COLUMN importance REAL NOT NULL DEFAULT 0")
    _set_version(db, 3)


@MIGRATIONS(name="schema_4")
def _events_get_lookup_indexes(db: sqlite_utils.Database) -> None:
    """Schema 3 -> 4: the ``events_ids`` and ``events_display`` indexes (created by
    ``_SCHEMA``), which keep a search or a person filter fast on a million events (see
    :func:`core.queries._events`). Planner statistics made before them are dropped, so the
    next open measures the new indexes too (:func:`ensure_statistics`)."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        db.execute("DELETE FROM sqlite_stat1")
    _set_version(db, 4)


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    key TEXT PRIMARY KEY, origin TEXT NOT NULL, title TEXT NOT NULL, source TEXT NOT NULL,
    url TEXT, author TEXT, published TEXT NOT NULL, published_utc TEXT NOT NULL,
    updated TEXT, text TEXT NOT NULL, words INTEGER NOT NULL, ingested_at TEXT NOT NULL,
    ident TEXT);
CREATE INDEX IF NOT EXISTS articles_ident ON articles(ident);
CREATE TABLE IF NOT EXISTS files (
    path TEXT NOT NULL, article_key TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
    PRIMARY KEY (path, article_key));
CREATE INDEX IF NOT EXISTS files_article ON files(article_key);
CREATE TABLE IF NOT EXISTS times (
    id INTEGER PRIMARY KEY, article_key TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
    value TEXT NOT NULL, mod TEXT, granularity TEXT NOT NULL, range_start TEXT, range_end TEXT,
    anchor TEXT NOT NULL, anchor_kind TEXT NOT NULL, rule TEXT NOT NULL,
    explanation TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS times_article ON times(article_key);
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    article_key TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, name TEXT NOT NULL,
    role TEXT, label TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_key);
CREATE TABLE IF NOT EXISTS reports (
    id INTEGER PRIMARY KEY, report_key TEXT NOT NULL,
    article_key TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
    time_id INTEGER NOT NULL REFERENCES times(id) ON DELETE CASCADE,
    sentence TEXT NOT NULL, sentence_start INTEGER NOT NULL, clause_start INTEGER NOT NULL,
    clause_end INTEGER NOT NULL, title TEXT NOT NULL, confidence REAL NOT NULL,
    people TEXT NOT NULL, UNIQUE (article_key, report_key));
CREATE INDEX IF NOT EXISTS reports_article ON reports(article_key);
CREATE INDEX IF NOT EXISTS reports_key ON reports(report_key);
CREATE TABLE IF NOT EXISTS problems (
    id INTEGER PRIMARY KEY, origin TEXT NOT NULL, problem TEXT NOT NULL, advice TEXT NOT NULL,
    at TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS people (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, role TEXT, aliases TEXT NOT NULL,
    events INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY, event_key TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
    sentence TEXT NOT NULL, expression TEXT NOT NULL, date_value TEXT NOT NULL, mod TEXT,
    granularity TEXT NOT NULL, rank INTEGER NOT NULL, date_start TEXT NOT NULL,
    date_end TEXT NOT NULL, display TEXT NOT NULL, confidence REAL NOT NULL,
    sources INTEGER NOT NULL, conflict TEXT, people TEXT NOT NULL, implied INTEGER NOT NULL,
    edited INTEGER NOT NULL DEFAULT 0, starred INTEGER NOT NULL DEFAULT 0,
    hidden INTEGER NOT NULL DEFAULT 0, importance REAL NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS events_order ON events(date_start, rank, id);
CREATE INDEX IF NOT EXISTS events_top ON events(
    importance DESC, sources DESC, date_start, id, hidden);
CREATE INDEX IF NOT EXISTS events_shown ON events(hidden, date_start, rank, id, date_end);
-- An event by id without its wide row: what a filter picking events by id needs to know
CREATE INDEX IF NOT EXISTS events_ids ON events(id, hidden, date_start, rank, date_end);
-- The longest date displays first (the dashboard sizes its date column by them)
CREATE INDEX IF NOT EXISTS events_display ON events(
    length(display) DESC, display, hidden, date_start, date_end);
CREATE TABLE IF NOT EXISTS event_reports (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, report_id));
CREATE INDEX IF NOT EXISTS event_reports_report ON event_reports(report_id);
CREATE TABLE IF NOT EXISTS event_people (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    implied INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (event_id, person_id));
CREATE INDEX IF NOT EXISTS event_people_person ON event_people(person_id, event_id);
-- Written out rather than made by sqlite-utils' enable_fts: enable_fts has no IF NOT EXISTS
-- form (it fails on a database that has the table, or with replace=True recreates it when its
-- text differs, as every database made so far would), and this text is what recognises a
-- Dateline database (_known_tables). The index is filled by rebuild() through rebuild_fts.
CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(
    title, sentence, people, content='events', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');

CREATE TABLE IF NOT EXISTS user_events (
    report_key TEXT PRIMARY KEY, date_value TEXT, date_mod TEXT, starred INTEGER, hidden INTEGER,
    at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS user_people (
    id INTEGER PRIMARY KEY, action TEXT NOT NULL, name TEXT NOT NULL, other TEXT,
    at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS user_log (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, target TEXT NOT NULL, before TEXT,
    after TEXT, at TEXT NOT NULL);
"""


def now_iso() -> str:
    """The current UTC time, ISO 8601."""
    return datetime.now(UTC).isoformat(timespec="seconds")


STDIN_HOLDER = "<stdin>"


class NotAnalysedError(ValueError):
    """Raised when an article whose content is not stored comes without its analysis."""


def identity_of(article: Article, holder: str) -> str:
    """Which article this is, whatever its content: its own identity inside a file of many
    (``Article.ident``), else the file it is (``file:/abs/path``), else (standard input) its
    content (``sha:...``)."""
    if article.ident:
        return article.ident
    if holder != STDIN_HOLDER:
        return f"file:{holder}"
    return f"sha:{article.key}"


def report_key(where: str, report: Report) -> str:
    """A key for a report that survives re-ingest of an edited article.

    Built from which article it is (``where``: the url, else the article's identity), the
    sentence and the time phrase, so a correction still applies while that sentence still
    says the same thing.
    """
    digest = hashlib.sha256(
        "\x00".join((where, report.sentence.strip(), report.time.text)).encode("utf-8")
    )
    return digest.hexdigest()[:20]


def article_stored(db: sqlite_utils.Database, key: str) -> bool:
    """True when an article with this content key is already in the store."""
    return bool(db.execute("SELECT 1 FROM articles WHERE key = ?", [key]).fetchone())


def file_articles(db: sqlite_utils.Database, path: str) -> list[str]:
    """The keys of the articles last read from ``path`` (a resolved path or ``<stdin>``)."""
    return [r[0] for r in db.execute(
        "SELECT article_key FROM files WHERE path = ? ORDER BY article_key", [path]).fetchall()]


def save_article(
    db: sqlite_utils.Database,
    analysed: AnalysedArticle | Article,
    path: str,
    *,
    keep: Collection[str] = (),
) -> bool:
    """Store one article read from ``path`` (a resolved file path, or ``<stdin>``) and link
    ``path`` to it, in one transaction; True when the article was new.

    The same content already stored is only linked (no analysis is needed: ``analysed`` may be
    the bare Article); new content must come analysed (else :class:`NotAnalysedError`, and
    nothing changes). The version it replaces is unlinked from ``path``: for a whole-file
    article, whatever ``path`` held before; for an article of a file of many, the one with
    the same identity (guid, id, url). An unlinked article that no other file holds is
    deleted, unless its key is in ``keep`` (content still to be linked in this ingest).
    Nothing else ``path`` held is touched, so a file that gains an article loses none.
    A new or replaced article is counted in :data:`STALE_ARTICLES` in the same transaction,
    until the next rebuild.
    """
    art = analysed.article if isinstance(analysed, AnalysedArticle) else analysed
    art_key = art.key  # a hash of the whole text: computed once
    whole = art.ident is None and path != STDIN_HOLDER
    with transaction(db):
        if whole:
            old = [k for k in file_articles(db, path) if k != art_key]
        else:
            old = [r[0] for r in db.execute(
                "SELECT f.article_key FROM files f JOIN articles a ON a.key = f.article_key"
                " WHERE f.path = ? AND a.ident = ? AND f.article_key != ?",
                [path, identity_of(art, path), art_key]).fetchall()]
        stored = article_stored(db, art_key)
        if not stored and not isinstance(analysed, AnalysedArticle):
            raise NotAnalysedError(f"{art.origin}: not stored yet and not analysed")
        linked = db.execute("SELECT 1 FROM files WHERE path = ? AND article_key = ?",
                            [path, art_key]).fetchone()
        if linked and not old:
            return False
        # A new version keeps the identity of the one it replaces, so the report keys (and
        # the user's corrections keyed by them) of its unchanged sentences stay the same.
        inherited = _ident_of(db, old[0]) if whole and len(old) == 1 else None
        for key in old:  # drop the old versions first: their report keys may recur
            db.execute("DELETE FROM files WHERE path = ? AND article_key = ?", [path, key])
            if key not in keep:
                _drop_orphan(db, key)
        if not stored:
            assert isinstance(analysed, AnalysedArticle)
            _insert_article(db, analysed, inherited or identity_of(art, path))
        db.execute("INSERT OR IGNORE INTO files(path, article_key) VALUES (?, ?)",
                   [path, art_key])
        if old or not stored:  # the derived tables lack it until the next rebuild
            mark_stale(db, STALE_ARTICLES)
    return not stored


def drop_unheld(db: sqlite_utils.Database) -> int:
    """Delete every article no file holds any more (left by an ingest that stopped early)."""
    with transaction(db):
        cur = db.execute(
            "DELETE FROM articles WHERE key NOT IN (SELECT article_key FROM files)")
        if cur.rowcount > 0:
            mark_stale(db, STALE_ARTICLES, cur.rowcount)
    return cur.rowcount


def _ident_of(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT ident FROM articles WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def _drop_orphan(db: sqlite_utils.Database, key: str) -> None:
    still = db.execute("SELECT 1 FROM files WHERE article_key = ?", [key]).fetchone()
    if not still:
        db.execute("DELETE FROM articles WHERE key = ?", [key])


def _insert_article(db: sqlite_utils.Database, analysed: AnalysedArticle, ident: str) -> None:
    art = analysed.article
    art_key = art.key  # a hash of the whole text: computed once, not once per row
    db.execute(
        "INSERT INTO articles(key, origin, title, source, url, author, published, published_utc,"
        " updated, text, words, ingested_at, ident) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [art_key, art.origin, art.title, art.source, art.url, art.author,
         art.published.isoformat(), art.published.astimezone(UTC).isoformat(),
         art.updated.isoformat() if art.updated else None, art.text, len(art.text.split()),
         now_iso(), ident],
    )
    where = art.url or ident
    time_ids: dict[tuple[int, int], int] = {}
    for t in analysed.times:
        cur = db.execute(
            'INSERT INTO times(article_key, start, "end", text, type, value, mod, granularity,'
            " range_start, range_end, anchor, anchor_kind, rule, explanation)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [art_key, t.start, t.end, t.text, t.type.value, t.value, t.mod, t.granularity.value,
             t.range_start.isoformat() if t.range_start else None,
             t.range_end.isoformat() if t.range_end else None,
             t.receipt.anchor.isoformat(), t.receipt.anchor_kind, t.receipt.rule,
             t.receipt.explanation],
        )
        assert cur.lastrowid is not None
        time_ids[(t.start, t.end)] = cur.lastrowid
    db.conn.executemany(
        'INSERT INTO mentions(article_key, start, "end", text, name, role, label)'
        " VALUES (?,?,?,?,?,?,?)",
        [(art_key, m.start, m.end, m.text, m.name, m.role, m.label) for m in analysed.mentions],
    )
    seen: set[str] = set()
    for r in analysed.reports:
        key = report_key(where, r)
        if key in seen:
            continue
        seen.add(key)
        db.execute(
            "INSERT OR IGNORE INTO reports(report_key, article_key, time_id, sentence,"
            " sentence_start, clause_start, clause_end, title, confidence, people)"
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            [key, art_key, time_ids[(r.time.start, r.time.end)], r.sentence, r.sentence_start,
             r.clause_start, r.clause_end, r.title, r.confidence,
             json.dumps([[p.name, p.implied] for p in r.people])],
        )


def record_problem(db: sqlite_utils.Database, origin: str, problem: str, advice: str) -> None:
    """Remember an input that failed, for ``dateline status``."""
    with transaction(db):
        db.execute(
            "INSERT INTO problems(origin, problem, advice, at) VALUES (?,?,?,?)",
            [origin, problem, advice, now_iso()],
        )


def clear_problems(db: sqlite_utils.Database, origins: list[str]) -> None:
    """Forget earlier failures of inputs that have now been read successfully."""
    with transaction(db):
        db.conn.executemany("DELETE FROM problems WHERE origin = ?", [(o,) for o in origins])


def ensure_statistics(db: sqlite_utils.Database) -> bool:
    """Give SQLite's query planner fresh table statistics when it has none, or when the
    events table has since grown or shrunk more than twofold; True when it ran.

    A sampled ``ANALYZE`` (a few ms on 100,000 events) lets the planner drive a person or
    search filter from the few matching rows instead of scanning the timeline index.
    """
    has_table = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'").fetchone()
    if has_table:
        stat = db.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'events' LIMIT 1").fetchone()
        if stat:
            counted = int(str(stat[0]).split()[0] or 0)
            rows = int(db.execute("SELECT count(*) FROM events").fetchone()[0])
            if counted and rows and 0.5 <= rows / counted <= 2:
                return False
    db.execute("PRAGMA analysis_limit = 1000")
    db.execute("ANALYZE")
    return True
