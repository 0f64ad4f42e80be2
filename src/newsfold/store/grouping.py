"""The grouping stage's SQL: signatures, blocking keys, document frequencies, event order.

Grouping keeps nothing about the store in memory between articles: each article's candidates
come from `block_keys` (one indexed look-up per key, each capped), their signatures from
`signatures`, the IDF of its terms from `group_terms`. So memory stays bounded and the cost of
one article depends on its candidates, not on the size of the store.

Writes for a batch of articles go in one transaction and are idempotent (a signature already
stored is not counted twice in the document frequencies), so an interrupted grouping run is
simply done again by the next run.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsfold.store.db import Store

_BATCH = 500


@dataclass(slots=True)
class PendingWrite:
    """What grouping decided for a batch of articles, written in one transaction."""

    signatures: list[tuple[str, dict[str, Any], list[str], list[str]]] = field(
        default_factory=list
    )  # (article_id, signature, index keys, distinct terms)
    events: list[tuple[str, int, str]] = field(default_factory=list)  # (event_id, seq, founder)


def _tuples(store: Store, query: str, params: Sequence[object]) -> list[tuple[Any, ...]]:
    """Rows as plain tuples (faster than the connection's sqlite3.Row on hot paths)."""
    cur = store.conn.cursor()
    cur.row_factory = None
    return cur.execute(query, params).fetchall()


def _chunks(items: Sequence[str]) -> Iterable[list[str]]:
    for i in range(0, len(items), _BATCH):
        yield list(items[i : i + _BATCH])


def postings(store: Store, key: str, limit: int) -> list[str]:
    """Up to `limit` article ids stored under one blocking key."""
    rows = _tuples(store, "SELECT article_id FROM block_keys WHERE key = ? LIMIT ?", (key, limit))
    return [r[0] for r in rows]


def signatures(store: Store, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for part in _chunks(ids):
        marks = ",".join("?" * len(part))
        rows = _tuples(
            store, f"SELECT article_id, data FROM signatures WHERE article_id IN ({marks})", part
        )
        out.update((r[0], json.loads(r[1])) for r in rows)
    return out


def document_frequencies(store: Store, terms: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in _chunks(terms):
        marks = ",".join("?" * len(part))
        rows = _tuples(store, f"SELECT term, df FROM group_terms WHERE term IN ({marks})", part)
        out.update(rows)
    return out


def stat(store: Store, name: str) -> int:
    row = store.conn.execute("SELECT value FROM group_stats WHERE name = ?", (name,)).fetchone()
    return int(row[0]) if row else 0


def assignments(store: Store, ids: Sequence[str]) -> dict[str, tuple[str, str | None]]:
    """article_id -> (event_id, duplicate_of) for the grouped ones among ids."""
    out: dict[str, tuple[str, str | None]] = {}
    for part in _chunks(ids):
        marks = ",".join("?" * len(part))
        rows = store.conn.execute(
            "SELECT article_id, event_id, duplicate_of FROM assignments "
            f"WHERE article_id IN ({marks})",
            part,
        )
        out.update((r[0], (r[1], r[2])) for r in rows)
    return out


def event_members(store: Store, event_id: str, limit: int) -> list[str]:
    """Up to `limit` of an event's articles, the most recently grouped first."""
    rows = store.conn.execute(
        "SELECT g.article_id FROM assignments g JOIN articles a ON a.id = g.article_id "
        "WHERE g.event_id = ? ORDER BY a.seq DESC LIMIT ?",
        (event_id, limit),
    )
    return [r[0] for r in rows]


def event_order(store: Store, event_ids: Sequence[str]) -> dict[str, int]:
    """event_id -> creation sequence number (smaller is older)."""
    out: dict[str, int] = {}
    for part in _chunks(event_ids):
        marks = ",".join("?" * len(part))
        rows = store.conn.execute(
            f"SELECT event_id, seq FROM group_events WHERE event_id IN ({marks})", part
        )
        out.update((r[0], int(r[1])) for r in rows)
    return out


def next_event_seq(store: Store) -> int:
    row = store.conn.execute("SELECT coalesce(max(seq), 0) FROM group_events").fetchone()
    return int(row[0]) + 1


def save(store: Store, pending: PendingWrite) -> None:
    """Store a batch's signatures, keys, document frequencies and new events, in one
    transaction. Idempotent: re-saving a stored signature changes nothing."""
    with store.transaction() as conn:
        added = 0
        for article_id, sig, keys, terms in pending.signatures:
            cur = conn.execute(
                "INSERT OR IGNORE INTO signatures (article_id, data) VALUES (?, ?)",
                (article_id, json.dumps(sig, separators=(",", ":"), ensure_ascii=False)),
            )
            if cur.rowcount != 1:
                continue
            added += 1
            conn.executemany(
                "INSERT OR IGNORE INTO block_keys (key, article_id) VALUES (?, ?)",
                [(k, article_id) for k in keys],
            )
            conn.executemany(
                "INSERT INTO group_terms (term, df) VALUES (?, 1) "
                "ON CONFLICT(term) DO UPDATE SET df = df + 1",
                [(t,) for t in terms],
            )
        if added:
            conn.execute(
                "INSERT INTO group_stats (name, value) VALUES ('documents', ?) "
                "ON CONFLICT(name) DO UPDATE SET value = value + excluded.value",
                (added,),
            )
        conn.executemany(
            "INSERT OR IGNORE INTO group_events (event_id, seq, founder) VALUES (?, ?, ?)",
            pending.events,
        )


def repoint_copies(store: Store, former: str, original: str, kind: str) -> None:
    """`original` turned out to be the earliest copy: `former` and its copies point at it."""
    with store.transaction() as conn:
        conn.execute(
            "UPDATE assignments SET duplicate_of = ? WHERE duplicate_of = ?", (original, former)
        )
        conn.execute(
            "UPDATE assignments SET duplicate_of = ?, kind = ? WHERE article_id = ?",
            (original, kind, former),
        )


def clear(store: Store) -> None:
    """Forget every grouping decision (signatures, keys, assignments, events, merges), keeping
    the articles and their analyses: the next grouping run starts from scratch."""
    with store.transaction() as conn:
        for table in (
            "block_keys",
            "signatures",
            "group_terms",
            "group_stats",
            "group_events",
            "assignments",
            "event_merges",
            "events_fts",
            "events",
        ):
            conn.execute(f"DELETE FROM {table}")
