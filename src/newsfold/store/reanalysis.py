"""The reanalysis's SQL: stored analyses replaced by a newer analyser's, in place.

One transaction per batch writes the new analyses, swaps the articles' signatures with their
blocking keys and document frequencies, and marks their events stale, so a reanalysis killed
at any point leaves the store consistent: a batch is either all old or all new, and the next
`newsfold reanalyse` finds the articles still carrying the old analyser.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from newsfold.records import Analysis
from newsfold.store.db import Store, _dumps


@dataclass(slots=True)
class SignatureChange:
    """An article's new grouping signature and what its old one had put in the store."""

    article_id: str
    signature: dict[str, Any]
    keys: list[str]
    terms: list[str]
    old_keys: list[str]
    old_terms: list[str]


def outdated_ids(store: Store, analyser: str) -> list[str]:
    """Articles whose stored analysis another analyser wrote, in the order they were stored."""
    rows = store.conn.execute(
        "SELECT n.article_id FROM analyses n JOIN articles a ON a.id = n.article_id "
        "WHERE n.analyser IS NULL OR n.analyser != ? ORDER BY a.seq",
        (analyser,),
    )
    return [r[0] for r in rows]


def all_ids(store: Store) -> list[str]:
    """Every stored article, in the order they were stored (ids only: no text is read)."""
    return [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY seq")]


def count_outdated(store: Store, analyser: str) -> int:
    row = store.conn.execute(
        "SELECT count(*) FROM analyses WHERE analyser IS NULL OR analyser != ?", (analyser,)
    ).fetchone()
    return int(row[0])


def replace(store: Store, analyses: Sequence[Analysis], changes: Sequence[SignatureChange]) -> int:
    """Write new analyses and signatures in one transaction; returns the events made stale."""
    stale: set[str] = set()
    with store.transaction() as conn:
        for analysis in analyses:
            conn.execute(
                "UPDATE analyses SET version = ?, analyser = ?, data = ? WHERE article_id = ?",
                (
                    analysis.version,
                    analysis.analyser,
                    _dumps(analysis.to_dict()),
                    analysis.article_id,
                ),
            )
            row = conn.execute(
                "SELECT event_id FROM assignments WHERE article_id = ?", (analysis.article_id,)
            ).fetchone()
            if row:
                stale.add(row[0])
        for change in changes:
            conn.execute(
                "UPDATE signatures SET data = ? WHERE article_id = ?",
                (
                    json.dumps(change.signature, separators=(",", ":"), ensure_ascii=False),
                    change.article_id,
                ),
            )
            conn.executemany(
                "DELETE FROM block_keys WHERE key = ? AND article_id = ?",
                [(k, change.article_id) for k in change.old_keys],
            )
            conn.executemany(
                "INSERT OR IGNORE INTO block_keys (key, article_id) VALUES (?, ?)",
                [(k, change.article_id) for k in change.keys],
            )
            conn.executemany(
                "UPDATE group_terms SET df = df - 1 WHERE term = ?",
                [(t,) for t in change.old_terms],
            )
            conn.executemany(
                "INSERT INTO group_terms (term, df) VALUES (?, 1) "
                "ON CONFLICT(term) DO UPDATE SET df = df + 1",
                [(t,) for t in change.terms],
            )
            conn.executemany(
                "DELETE FROM group_terms WHERE term = ? AND df <= 0",
                [(t,) for t in change.old_terms],
            )
        conn.executemany(
            "UPDATE events SET stale = 1 WHERE event_id = ?", [(e,) for e in sorted(stale)]
        )
    return len(stale)
