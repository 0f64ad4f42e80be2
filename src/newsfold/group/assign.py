"""Incremental assignment of articles to events (minimal version: exact copies only)."""

from __future__ import annotations

import hashlib

from newsfold.store import Store


def event_id_for(founding_article_id: str) -> str:
    """An event's id: derived from its first article, so the same input gives the same ids."""
    return "ev_" + hashlib.sha1(founding_article_id.encode()).hexdigest()[:12]


def assign_pending(store: Store, run_id: int | None) -> int:
    pending = store.unassigned_ids()
    rows = []
    first_by_hash: dict[str, str] = {}
    for article in store.articles(pending):
        original = first_by_hash.get(article.content_hash)
        if original is None:
            first_by_hash[article.content_hash] = article.id
            rows.append((article.id, event_id_for(article.id), None, None))
        else:
            rows.append((article.id, event_id_for(original), original, "copy"))
    store.assign(rows, run_id)
    return len(rows)
