"""The SQLite store: the only code in newsfold that speaks SQL.

One database file in WAL mode. Every write happens inside a transaction, so an interrupted run
(Ctrl-C, kill -9) loses nothing it had committed and leaves nothing half-written; the next run
carries on from there. Re-running the same input stores nothing new: articles are keyed by
their stable id.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsfold.records import Analysis, Article, Event
from newsfold.store.migrations import LATEST, MIGRATIONS


class StoreError(Exception):
    """The database file cannot be used (not SQLite, newer schema, unwritable...)."""


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Store:
    """A newsfold database. Use as a context manager or call `close()`."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        try:
            if readonly:
                uri = f"file:{self.path}?mode=ro"
                self.conn = sqlite3.connect(
                    uri, uri=True, isolation_level=None, check_same_thread=False
                )
            else:
                self.conn = sqlite3.connect(
                    self.path, isolation_level=None, check_same_thread=False
                )
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 10000")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self._migrate()
            else:
                self._check_version()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: not a usable newsfold database ({err})") from err

    # -- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception (including Ctrl-C)."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _check_version(self) -> None:
        version = self.schema_version
        if version > LATEST:
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this newsfold "
                f"understands ({LATEST}); upgrade newsfold"
            )

    def _migrate(self) -> None:
        self._check_version()
        for version, sql in MIGRATIONS:
            if version <= self.schema_version:
                continue
            # executescript would COMMIT on its own; run statement by statement instead so
            # that the migration and its version bump are one transaction.
            with self.transaction() as conn:
                for statement in _split_sql(sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {int(version)}")

    # -- runs --------------------------------------------------------------------------------

    def start_run(self, inputs: Sequence[str]) -> int:
        """Record a new run; runs left 'running' by a process that died are marked
        'interrupted' (their committed work stays and this run carries it on)."""
        host = socket.gethostname()
        with self.transaction() as conn:
            for row in conn.execute(
                "SELECT id, pid FROM runs WHERE status = 'running' AND host = ?", (host,)
            ).fetchall():
                if not _alive(row["pid"]):
                    conn.execute(
                        "UPDATE runs SET status = 'interrupted' WHERE id = ?", (row["id"],)
                    )
            cur = conn.execute(
                "INSERT INTO runs (started, status, inputs, pid, host) "
                "VALUES (?, 'running', ?, ?, ?)",
                (_now(), _dumps(list(inputs)), os.getpid(), host),
            )
            return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, status: str, **counts: int) -> None:
        allowed = {"n_read", "n_new", "n_existing", "n_skipped", "n_events"}
        sets = ", ".join(f"{k} = ?" for k in counts if k in allowed)
        values = [v for k, v in counts.items() if k in allowed]
        with self.transaction() as conn:
            conn.execute(
                f"UPDATE runs SET finished = ?, status = ?{', ' + sets if sets else ''} "
                "WHERE id = ?",
                (_now(), status, *values, run_id),
            )

    def record_skips(self, run_id: int, skips: Iterable[tuple[str, str]]) -> None:
        rows = [(run_id, origin, reason) for origin, reason in skips]
        if not rows:
            return
        with self.transaction() as conn:
            conn.executemany(
                "INSERT INTO run_skips (run_id, origin, reason) VALUES (?, ?, ?)", rows
            )

    def runs(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT * FROM runs ORDER BY id").fetchall()
        return [dict(r) for r in rows]

    def run_skips(self, run_id: int) -> list[tuple[str, str]]:
        rows = self.conn.execute(
            "SELECT origin, reason FROM run_skips WHERE run_id = ? ORDER BY rowid", (run_id,)
        )
        return [(r[0], r[1]) for r in rows]

    # -- articles and analyses ---------------------------------------------------------------

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are stored already (with an analysis)."""
        found: set[str] = set()
        batch = list(ids)
        for i in range(0, len(batch), 500):
            part = batch[i : i + 500]
            marks = ",".join("?" * len(part))
            rows = self.conn.execute(
                f"SELECT article_id FROM analyses WHERE article_id IN ({marks})", part
            )
            found.update(r[0] for r in rows)
        return found

    def add_articles(self, pairs: Sequence[tuple[Article, Analysis]], run_id: int | None) -> int:
        """Store articles with their analyses in one transaction; returns how many were new."""
        new = 0
        added = _now()
        with self.transaction() as conn:
            for article, analysis in pairs:
                cur = conn.execute(
                    "INSERT OR IGNORE INTO articles (id, source, url, title, published, "
                    "language, words, text, removed, origin, content_hash, run_id, added) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        article.id,
                        article.source,
                        article.url,
                        article.title,
                        article.published,
                        article.language,
                        article.words,
                        article.text,
                        _dumps(article.removed),
                        article.origin,
                        article.content_hash,
                        run_id,
                        added,
                    ),
                )
                new += cur.rowcount
                conn.execute(
                    "INSERT OR REPLACE INTO analyses (article_id, version, analyser, data) "
                    "VALUES (?, ?, ?, ?)",
                    (
                        article.id,
                        analysis.version,
                        analysis.analyser or None,
                        _dumps(analysis.to_dict()),
                    ),
                )
        return new

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _article(row) if row else None

    def articles(self, ids: Sequence[str]) -> list[Article]:
        """Articles by id, in the order given (missing ids are left out)."""
        by_id: dict[str, Article] = {}
        for i in range(0, len(ids), 500):
            part = list(ids[i : i + 500])
            marks = ",".join("?" * len(part))
            for row in self.conn.execute(f"SELECT * FROM articles WHERE id IN ({marks})", part):
                by_id[row["id"]] = _article(row)
        return [by_id[i] for i in ids if i in by_id]

    def analysis(self, article_id: str) -> Analysis | None:
        row = self.conn.execute(
            "SELECT data FROM analyses WHERE article_id = ?", (article_id,)
        ).fetchone()
        return Analysis.from_dict(json.loads(row[0])) if row else None

    def analyses(self, ids: Sequence[str]) -> list[Analysis]:
        by_id: dict[str, Analysis] = {}
        for i in range(0, len(ids), 500):
            part = list(ids[i : i + 500])
            marks = ",".join("?" * len(part))
            rows = self.conn.execute(
                f"SELECT article_id, data FROM analyses WHERE article_id IN ({marks})", part
            )
            for row in rows:
                by_id[row[0]] = Analysis.from_dict(json.loads(row[1]))
        return [by_id[i] for i in ids if i in by_id]

    def count_articles(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def iter_articles(self) -> Iterator[Article]:
        for row in self.conn.execute("SELECT * FROM articles ORDER BY seq"):
            yield _article(row)

    def unassigned_ids(self) -> list[str]:
        """Stored articles not yet grouped, oldest publication first (then arrival order).

        Grouping takes them in this order, so the same input gives the same event ids whatever
        order the files were read in and however the run was split.
        """
        rows = self.conn.execute(
            "SELECT a.id FROM articles a LEFT JOIN assignments g ON g.article_id = a.id "
            "WHERE g.article_id IS NULL "
            "ORDER BY coalesce(substr(a.published, 1, 10), '9999'), a.id"
        )
        return [r[0] for r in rows]

    # -- grouping ----------------------------------------------------------------------------

    def assign(
        self,
        rows: Iterable[tuple[str, str, str | None, str | None]],
        run_id: int | None,
    ) -> None:
        """Set (article_id, event_id, duplicate_of, kind) and mark those events stale."""
        with self.transaction() as conn:
            for article_id, event_id, duplicate_of, kind in rows:
                conn.execute(
                    "INSERT OR REPLACE INTO assignments "
                    "(article_id, event_id, duplicate_of, kind, run_id) VALUES (?, ?, ?, ?, ?)",
                    (article_id, event_id, duplicate_of, kind, run_id),
                )
                conn.execute(
                    "INSERT INTO events (event_id, created_run, updated_run, stale) "
                    "VALUES (?, ?, ?, 1) ON CONFLICT(event_id) DO UPDATE SET stale = 1, "
                    "updated_run = excluded.updated_run",
                    (event_id, run_id, run_id),
                )

    def assignment(self, article_id: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT * FROM assignments WHERE article_id = ?", (article_id,)
        ).fetchone()
        return dict(row) if row else None

    def event_article_ids(self, event_id: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT g.article_id FROM assignments g JOIN articles a ON a.id = g.article_id "
            "WHERE g.event_id = ? ORDER BY coalesce(a.published, '9999'), a.seq",
            (event_id,),
        )
        return [r[0] for r in rows]

    def event_assignments(self, event_id: str) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT g.* FROM assignments g JOIN articles a ON a.id = g.article_id "
            "WHERE g.event_id = ? ORDER BY coalesce(a.published, '9999'), a.seq",
            (event_id,),
        )
        return [dict(r) for r in rows]

    def merge_events(self, merged_id: str, into_id: str, run_id: int | None) -> None:
        """Fold one event into another: its articles move, its id is recorded as merged."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE assignments SET event_id = ? WHERE event_id = ?", (into_id, merged_id)
            )
            conn.execute("DELETE FROM events WHERE event_id = ?", (merged_id,))
            conn.execute("DELETE FROM events_fts WHERE event_id = ?", (merged_id,))
            conn.execute(
                "INSERT OR REPLACE INTO event_merges (merged_id, into_id, run_id) VALUES (?, ?, ?)",
                (merged_id, into_id, run_id),
            )
            conn.execute(
                "UPDATE event_merges SET into_id = ? WHERE into_id = ?", (into_id, merged_id)
            )
            conn.execute("UPDATE events SET stale = 1 WHERE event_id = ?", (into_id,))

    def resolve_event_id(self, event_id: str) -> str | None:
        """The live id for an event id, following merges; None when unknown."""
        row = self.conn.execute("SELECT 1 FROM events WHERE event_id = ?", (event_id,)).fetchone()
        if row:
            return event_id
        row = self.conn.execute(
            "SELECT into_id FROM event_merges WHERE merged_id = ?", (event_id,)
        ).fetchone()
        return str(row[0]) if row else None

    # -- events ------------------------------------------------------------------------------

    def stale_event_ids(self) -> list[str]:
        rows = self.conn.execute("SELECT event_id FROM events WHERE stale = 1 ORDER BY event_id")
        return [r[0] for r in rows]

    def mark_stale(self, event_ids: Sequence[str]) -> None:
        """Mark events to be reconciled again (their reports are unchanged, a rule's input,
        such as the outlets' learned regions, moved)."""
        if not event_ids:
            return
        with self.transaction() as conn:
            conn.executemany(
                "UPDATE events SET stale = 1 WHERE event_id = ?", [(e,) for e in event_ids]
            )

    def save_events(self, events: Sequence[Event], run_id: int | None) -> None:
        with self.transaction() as conn:
            for event in events:
                _save_event(conn, event, run_id)

    def event(self, event_id: str) -> Event | None:
        row = self.conn.execute(
            "SELECT data FROM events WHERE event_id = ? AND data IS NOT NULL", (event_id,)
        ).fetchone()
        return Event.from_dict(json.loads(row[0])) if row else None

    def count_events(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM events").fetchone()[0])

    def iter_events(self) -> Iterator[Event]:
        rows = self.conn.execute(
            "SELECT data FROM events WHERE data IS NOT NULL "
            "ORDER BY coalesce(event_date, '9999'), event_id"
        )
        for row in rows:
            yield Event.from_dict(json.loads(row[0]))

    def iter_article_exports(self) -> Iterator[dict[str, Any]]:
        """The contract's article records, with event_id and duplicate_of."""
        rows = self.conn.execute(
            "SELECT a.*, g.event_id, g.duplicate_of FROM articles a "
            "LEFT JOIN assignments g ON g.article_id = a.id ORDER BY a.seq"
        )
        for row in rows:
            article = _article(row)
            yield {
                "id": article.id,
                "event_id": row["event_id"],
                "duplicate_of": row["duplicate_of"],
                **{k: v for k, v in article.to_export().items() if k != "id"},
            }

    # -- repeated-line statistics (ingest's per-source boilerplate filter) --------------------

    def source_line_counts(self, source: str, hashes: Sequence[str]) -> dict[str, int]:
        counts: dict[str, int] = {}
        for i in range(0, len(hashes), 500):
            part = list(hashes[i : i + 500])
            marks = ",".join("?" * len(part))
            rows = self.conn.execute(
                "SELECT line_hash, n FROM source_lines "
                f"WHERE source = ? AND line_hash IN ({marks})",
                [source, *part],
            )
            counts.update((r[0], int(r[1])) for r in rows)
        return counts

    def add_source_lines(self, rows: Iterable[tuple[str, str, int]]) -> None:
        """Add (source, line_hash, count) to the per-source line counts."""
        with self.transaction() as conn:
            conn.executemany(
                "INSERT INTO source_lines (source, line_hash, n) VALUES (?, ?, ?) "
                "ON CONFLICT(source, line_hash) DO UPDATE SET n = n + excluded.n",
                list(rows),
            )


def _save_event(conn: sqlite3.Connection, event: Event, run_id: int | None) -> None:
    data = event.to_dict()
    title = data.get("notes") or ""
    conn.execute(
        "INSERT INTO events (event_id, created_run, updated_run, stale, data, event_date, country, "
        "iso3, admin1, location, latitude, longitude, event_type, sub_event_type, fatalities, "
        "injuries, n_sources, n_independent_sources, n_conflicts, title, notes) "
        "VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(event_id) DO UPDATE SET updated_run = excluded.updated_run, stale = 0, "
        "data = excluded.data, event_date = excluded.event_date, country = excluded.country, "
        "iso3 = excluded.iso3, admin1 = excluded.admin1, location = excluded.location, "
        "latitude = excluded.latitude, longitude = excluded.longitude, "
        "event_type = excluded.event_type, sub_event_type = excluded.sub_event_type, "
        "fatalities = excluded.fatalities, injuries = excluded.injuries, "
        "n_sources = excluded.n_sources, n_independent_sources = excluded.n_independent_sources, "
        "n_conflicts = excluded.n_conflicts, title = excluded.title, notes = excluded.notes",
        (
            event.event_id,
            run_id,
            run_id,
            _dumps(data),
            event.event_date,
            event.country,
            event.iso3,
            event.admin1,
            event.location,
            event.latitude,
            event.longitude,
            event.event_type,
            event.sub_event_type,
            event.fatalities,
            event.injuries,
            event.n_sources,
            event.n_independent_sources,
            len(event.conflicts),
            title,
            event.notes,
        ),
    )
    body = " ".join(
        str(x)
        for x in (
            event.notes,
            event.location,
            event.admin1,
            event.country,
            event.event_type,
            event.sub_event_type,
            event.actor1,
            event.actor2,
            " ".join(event.sources),
        )
        if x
    )
    conn.execute("DELETE FROM events_fts WHERE event_id = ?", (event.event_id,))
    conn.execute("INSERT INTO events_fts (event_id, body) VALUES (?, ?)", (event.event_id, body))


def _article(row: sqlite3.Row) -> Article:
    return Article(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        published=row["published"],
        url=row["url"],
        source=row["source"],
        language=row["language"],
        origin=row["origin"],
        removed=json.loads(row["removed"]),
        content_hash=row["content_hash"],
    )


def _split_sql(sql: str) -> list[str]:
    """Split a migration script into statements, with SQLite's own tokenizer deciding where
    each one ends (a semicolon in a comment or a string does not end a statement)."""
    statements: list[str] = []
    buffer: list[str] = []
    for line in sql.splitlines():
        if not buffer and (not line.strip() or line.strip().startswith("--")):
            continue
        buffer.append(line)
        text = "\n".join(buffer)
        if sqlite3.complete_statement(text):
            statements.append(text.strip())
            buffer = []
    if any(ln.strip() and not ln.strip().startswith("--") for ln in buffer):
        statements.append("\n".join(buffer).strip())
    return statements
