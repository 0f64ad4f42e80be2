"""The spine end to end: read -> analyse -> store -> group -> reconcile, resumable."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsfold import pipeline
from newsfold.store import Store

from .corpus import interrupted_at_call, write_jsonl


def test_run_stores_groups_and_reconciles(tmp_path: Path, db_path: Path):
    src = write_jsonl(tmp_path / "in.jsonl", 5)
    with Store(db_path) as store:
        report = pipeline.run([str(src)], store, jobs=1)
        assert (report.read, report.new, report.existing, report.skipped) == (5, 5, 0, [])
        assert store.count_articles() == 5
        assert store.unassigned_ids() == []
        assert store.stale_event_ids() == []
        events = list(store.iter_events())
        assert sum(len(e.article_ids) for e in events) == 5
        assert all(e.notes for e in events)
        assert store.runs()[-1]["status"] == "done"


def test_running_the_same_input_twice_is_a_no_op(tmp_path: Path, db_path: Path):
    src = write_jsonl(tmp_path / "in.jsonl", 4)
    with Store(db_path) as store:
        pipeline.run([str(src)], store, jobs=1)
        before = [e.to_dict() for e in store.iter_events()]
        report = pipeline.run([str(src)], store, jobs=1)
        assert (report.new, report.existing, report.events_touched) == (0, 4, 0)
        assert [e.to_dict() for e in store.iter_events()] == before
        assert store.count_articles() == 4


def test_bad_lines_are_skipped_with_their_line_number(tmp_path: Path, db_path: Path):
    src = write_jsonl(tmp_path / "in.jsonl", 2)
    with src.open("a") as fh:
        fh.write("{not json\n")
    with Store(db_path) as store:
        report = pipeline.run([str(src)], store, jobs=1)
        assert report.new == 2
        assert [s.origin for s in report.skipped] == [f"{src}:3"]
        assert store.run_skips(report.run_id) == [(f"{src}:3", report.skipped[0].reason)]


def test_an_interrupted_run_keeps_committed_work_and_the_next_run_finishes(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
):
    src = write_jsonl(tmp_path / "in.jsonl", 9)
    monkeypatch.setattr(pipeline, "CHUNK", 3)
    real = pipeline.analyse_batch
    # Ctrl-C while the second chunk is being analysed
    monkeypatch.setattr(pipeline, "analyse_batch", interrupted_at_call(2, real))
    with Store(db_path) as store:
        with pytest.raises(KeyboardInterrupt):
            pipeline.run([str(src)], store, jobs=1)
        assert store.count_articles() == 3
        assert store.runs()[-1]["status"] == "interrupted"
        monkeypatch.setattr(pipeline, "analyse_batch", real)
        report = pipeline.run([str(src)], store, jobs=1)
        assert (report.new, report.existing) == (6, 3)
        assert store.count_articles() == 9
        assert store.unassigned_ids() == []
        assert sum(len(e.article_ids) for e in store.iter_events()) == 9


@pytest.mark.slow
def test_kill_9_loses_nothing_committed_and_the_next_run_carries_on(tmp_path: Path):
    src = write_jsonl(tmp_path / "in.jsonl", 60)
    db = tmp_path / "killed.db"
    env = {**os.environ, "NEWSFOLD_CHUNK": "5"}
    cmd = [
        sys.executable,
        "-m",
        "newsfold",
        "run",
        str(src),
        "--db",
        str(db),
        "--jobs",
        "1",
        "--quiet",
    ]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                with sqlite3.connect(db) as conn:
                    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 10:
                break
    assert proc.poll() is None, "the run ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 10 <= stored < 60

    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    with Store(db) as store:
        assert store.count_articles() == 60
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.unassigned_ids() == []
        assert sum(len(e.article_ids) for e in store.iter_events()) == 60
        statuses = [r["status"] for r in store.runs()]
        assert statuses == ["interrupted", "done"]
