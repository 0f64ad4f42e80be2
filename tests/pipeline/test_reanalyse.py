"""`newsfold reanalyse`: stored analyses written by another analyser are redone in place.

The "old analyser" here is the current one with its claims and places taken away and another
fingerprint: what an upgrade that learnt to read places would look like from the store.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsfold import pipeline
from newsfold.analyse.fingerprint import _files, analyser_id
from newsfold.cli import app
from newsfold.ingest import Skip
from newsfold.records import Analysis, Article
from newsfold.store import Store
from newsfold.store.db import _split_sql
from newsfold.store.migrations import MIGRATIONS

from .corpus import interrupted_at_call, write_jsonl

OLD = "0.0.1+0ld0ld0ld0ld"
real_analyse_batch = pipeline.analyse_batch


def old_analyse_batch(articles: Sequence[Article]) -> list[Analysis | Skip]:
    out = real_analyse_batch(articles)
    for analysis in out:
        if isinstance(analysis, Analysis):
            analysis.analyser = OLD
            analysis.event.claims = []
            analysis.event.location = None
            analysis.places = []
    return out


def grouping_tables(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """What the signatures put in the store: equal for equal analyses, whatever the order."""
    conn = sqlite3.connect(db)
    try:
        return {
            table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall())
            for table in ("signatures", "block_keys", "group_terms", "group_stats")
        }
    finally:
        conn.close()


def events_by_id(store: Store) -> dict[str, dict[str, Any]]:
    return {e.event_id or "": e.to_dict() for e in store.iter_events()}


@pytest.fixture
def old_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A store of 9 articles written by the old analyser, and their input file."""
    src = write_jsonl(tmp_path / "in.jsonl", 9)
    db = tmp_path / "old.db"
    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "analyse_batch", old_analyse_batch)
        with Store(db) as store:
            pipeline.run([str(src)], store, jobs=1)
    return db, src


def test_a_fresh_store_has_nothing_to_reanalyse(tmp_path: Path, db_path: Path):
    src = write_jsonl(tmp_path / "in.jsonl", 4)
    with Store(db_path) as store:
        pipeline.run([str(src)], store, jobs=1)
        before = events_by_id(store)
        assert pipeline.outdated_count(store) == 0
        report = pipeline.reanalyse(store, jobs=1)
        assert (report.outdated, report.reanalysed, report.events_touched) == (0, 0, 0)
        assert events_by_id(store) == before


def test_outdated_analyses_are_redone_and_their_events_rebuilt_under_the_same_ids(
    tmp_path: Path, old_store: tuple[Path, Path]
):
    db, src = old_store
    with Store(db) as store:
        assert pipeline.outdated_count(store) == 9
        before = events_by_id(store)
        members = {e: sorted(ev["article_ids"]) for e, ev in before.items()}
        assert all(not ev["claims"] and ev["location"] is None for ev in before.values())

        report = pipeline.reanalyse(store, jobs=1)
        assert (report.outdated, report.reanalysed, report.failed) == (9, 9, [])
        assert report.events_touched == len(before)
        assert pipeline.outdated_count(store) == 0
        after = events_by_id(store)
        # the same events with the same reports, now with the new analyser's claims and place
        assert {e: sorted(ev["article_ids"]) for e, ev in after.items()} == members
        assert all(ev["claims"] and ev["location"] for ev in after.values())
        stored = {a.article_id: a for a in store.analyses([f"test-{i:04d}" for i in range(9)])}
        assert {a.analyser for a in stored.values()} == {analyser_id()}

        again = pipeline.reanalyse(store, jobs=1)
        assert (again.outdated, again.reanalysed, again.events_touched) == (0, 0, 0)
        assert events_by_id(store) == after

    # signatures, blocking keys and document frequencies are those a fresh run would store
    fresh = tmp_path / "fresh.db"
    with Store(fresh) as store:
        pipeline.run([str(src)], store, jobs=1)
    assert grouping_tables(db) == grouping_tables(fresh)


def test_an_interrupted_reanalysis_resumes_where_it_stopped(
    tmp_path: Path, old_store: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
):
    db, src = old_store
    monkeypatch.setattr(pipeline, "CHUNK", 3)
    # Ctrl-C while the second batch is being analysed
    monkeypatch.setattr(pipeline, "analyse_batch", interrupted_at_call(2, real_analyse_batch))
    with Store(db) as store:
        with pytest.raises(KeyboardInterrupt):
            pipeline.reanalyse(store, jobs=1)
        assert pipeline.outdated_count(store) == 6
        assert store.runs()[-1]["status"] == "interrupted"
        monkeypatch.setattr(pipeline, "analyse_batch", real_analyse_batch)
        report = pipeline.reanalyse(store, jobs=1)
        assert (report.outdated, report.reanalysed) == (6, 6)
        assert pipeline.outdated_count(store) == 0
        assert store.stale_event_ids() == []
    fresh = tmp_path / "fresh.db"
    with Store(fresh) as store:
        pipeline.run([str(src)], store, jobs=1)
    assert grouping_tables(db) == grouping_tables(fresh)


def test_an_article_whose_new_analysis_fails_keeps_its_old_one(
    old_store: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
):
    db, _ = old_store

    def failing_one(batch: Sequence[Article]) -> list[Analysis | Skip]:
        keep = [a for a in batch if a.id != "test-0004"]
        out = real_analyse_batch(keep)
        out += [Skip(a.origin, "could not be analysed (boom)") for a in batch if a not in keep]
        return out

    monkeypatch.setattr(pipeline, "analyse_batch", failing_one)
    with Store(db) as store:
        report = pipeline.reanalyse(store, jobs=1)
        assert report.reanalysed == 8
        assert [s.reason for s in report.failed] == ["could not be analysed (boom)"]
        assert pipeline.outdated_count(store) == 1
        kept = store.analysis("test-0004")
        assert kept is not None and kept.analyser == OLD


def test_the_cli_points_at_outdated_analyses_and_reanalyses_them(
    tmp_path: Path, old_store: tuple[Path, Path]
):
    db, src = old_store
    runner = CliRunner()
    again = runner.invoke(app, ["run", str(src), "--db", str(db), "-j", "1", "-q"])
    assert again.exit_code == 0, again.output
    assert "9 stored articles were analysed by another version" in again.output
    assert f"newsfold reanalyse --db {db}" in again.output

    done = runner.invoke(app, ["reanalyse", "--db", str(db), "-j", "1", "-q"])
    assert done.exit_code == 0, done.output
    assert "reanalysed 9 of 9 articles" in done.output
    quiet = runner.invoke(app, ["run", str(src), "--db", str(db), "-j", "1", "-q"])
    assert "another version" not in quiet.output
    forced = runner.invoke(app, ["reanalyse", "--db", str(db), "--all", "-j", "1", "-q"])
    assert "reanalysed 9 of 9 articles; 0 events updated" not in forced.output
    assert "reanalysed 9 of 9 articles" in forced.output


def test_a_store_from_before_fingerprints_migrates_and_counts_as_outdated(db_path: Path):
    conn = sqlite3.connect(db_path)
    for version, sql in MIGRATIONS[:-1]:
        for statement in _split_sql(sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(
        "INSERT INTO articles (id, words, text, removed, origin, content_hash, added) "
        "VALUES ('a1', 1, 'Text.', '[]', 'a.txt', 'h', 'now')"
    )
    conn.execute("INSERT INTO analyses (article_id, version, data) VALUES ('a1', 1, '{}')")
    conn.commit()
    conn.close()
    with Store(db_path) as store:
        assert pipeline.outdated_count(store) == 1


def test_migration_scripts_split_at_statement_ends_only():
    script = """
        -- a comment; with a semicolon
        CREATE TABLE t (a TEXT DEFAULT 'x;y'); -- trailing
        CREATE INDEX t_a ON t(a);
    """
    assert _split_sql(script) == [
        "CREATE TABLE t (a TEXT DEFAULT 'x;y'); -- trailing",
        "CREATE INDEX t_a ON t(a);",
    ]


def test_the_fingerprint_is_stable_and_names_the_version():
    assert analyser_id() == analyser_id()
    version, _, digest = analyser_id().partition("+")
    assert version and len(digest) == 12


def test_the_fingerprint_reads_the_files_of_subpackages_too():
    # `analyse/counts/`, `what/` and `where/` are packages: a rule changed in one of their files
    # must change the hash
    names = {name for name, _ in _files(resources.files("newsfold.analyse"))}
    wanted = {"article.py", "what/rules.py", "where/component.py", "counts/total.py"}
    assert wanted <= names
    assert not any("__pycache__" in name or name.endswith(".pyc") for name in names)


def test_a_reanalysis_also_groups_articles_a_stopped_run_left_ungrouped(
    tmp_path: Path, db_path: Path
):
    src = write_jsonl(tmp_path / "in.jsonl", 4)
    with Store(db_path) as store:
        pipeline.run([str(src)], store, jobs=1)
        store.conn.execute("DELETE FROM assignments")  # as if the run died before grouping
        store.conn.execute("DELETE FROM events")
        store.conn.execute("UPDATE analyses SET analyser = ?", (OLD,))
        store.conn.commit()
        report = pipeline.reanalyse(store, jobs=1)
        assert report.reanalysed == 4
        assert store.unassigned_ids() == []
        assert report.events_touched == report.events_total == store.count_events() > 0
