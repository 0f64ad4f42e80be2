from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsfold.records import Analysis, Article, Event
from newsfold.store import Store, StoreError
from newsfold.store.migrations import LATEST


def _pair(i: int, published: str = "2024-01-01") -> tuple[Article, Analysis]:
    art = Article(
        id=f"a{i}",
        text=f"Article number {i}.",
        published=published,
        source="x.example",
        content_hash=f"h{i}",
    )
    return art, Analysis(article_id=art.id, event=Event(article_ids=[art.id]))


def test_new_database_is_migrated_and_in_wal_mode(db_path: Path):
    with Store(db_path) as store:
        assert store.schema_version == LATEST
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(db_path) as store:  # reopening runs no migration twice
        assert store.schema_version == LATEST


def test_adding_the_same_articles_twice_stores_them_once(db_path: Path):
    with Store(db_path) as store:
        assert store.add_articles([_pair(1), _pair(2)], None) == 2
        assert store.add_articles([_pair(1), _pair(2)], None) == 0
        assert store.count_articles() == 2
        assert store.known_ids(["a1", "a2", "a3"]) == {"a1", "a2"}


def test_a_failed_transaction_leaves_nothing_behind(db_path: Path):
    with Store(db_path) as store:
        with pytest.raises(RuntimeError), store.transaction() as conn:
            conn.execute(
                "INSERT INTO runs (started, status, inputs) VALUES ('now', 'running', '[]')"
            )
            raise RuntimeError("boom")
        assert store.runs() == []


def test_not_a_database_is_a_clear_error(tmp_path: Path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is not sqlite\n" * 200)
    with pytest.raises(StoreError, match=r"notes\.db"):
        Store(bogus)


def test_a_newer_schema_is_refused(db_path: Path):
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(db_path)


def test_assign_merge_and_resolve(db_path: Path):
    with Store(db_path) as store:
        store.add_articles([_pair(1, "2024-01-02"), _pair(2, "2024-01-01"), _pair(3)], None)
        assert store.unassigned_ids() == ["a2", "a3", "a1"]  # by publication, then id
        store.assign(
            [
                ("a1", "ev_old", None, None),
                ("a2", "ev_new", None, None),
                ("a3", "ev_new", "a2", "copy"),
            ],
            None,
        )
        assert store.unassigned_ids() == []
        assert set(store.stale_event_ids()) == {"ev_old", "ev_new"}
        store.merge_events("ev_new", "ev_old", None)
        assert set(store.event_article_ids("ev_old")) == {"a1", "a2", "a3"}
        assert store.resolve_event_id("ev_new") == "ev_old"
        assert store.resolve_event_id("ev_old") == "ev_old"
        assert store.resolve_event_id("nope") is None
        store.save_events(
            [Event(event_id="ev_old", article_ids=["a1", "a2", "a3"], notes="merged")], None
        )
        assert store.stale_event_ids() == []
        assert store.event("ev_old").notes == "merged"  # type: ignore[union-attr]
        exported = {r["id"]: r for r in store.iter_article_exports()}
        assert exported["a3"]["duplicate_of"] == "a2"
        assert exported["a3"]["event_id"] == "ev_old"


def test_readonly_store_cannot_write(db_path: Path):
    Store(db_path).close()
    with Store(db_path, readonly=True) as store, pytest.raises(sqlite3.OperationalError):
        store.start_run(["x"])
