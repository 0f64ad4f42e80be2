"""The `newsfold` command: exit codes, summaries, extract as a filter, exports."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from newsfold.cli import app
from newsfold.export.columns import ACLED_COLUMNS

from .corpus import article, write_jsonl

runner = CliRunner()


def test_run_prints_a_summary_and_exits_0(tmp_path: Path):
    src = write_jsonl(tmp_path / "in.jsonl", 3)
    db = tmp_path / "x.db"
    result = runner.invoke(app, ["run", str(src), "--db", str(db), "--jobs", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "read 3 articles: 3 new" in result.stdout
    again = runner.invoke(app, ["run", str(src), "--db", str(db), "-j", "1", "-q"])
    assert again.exit_code == 0
    assert "0 new, 3 already stored" in again.stdout


def test_run_exits_3_and_names_what_it_skipped(tmp_path: Path):
    src = write_jsonl(tmp_path / "in.jsonl", 1)
    with src.open("a") as fh:
        fh.write("[1, 2\n")
    result = runner.invoke(
        app,
        [
            "run",
            str(src),
            str(tmp_path / "missing.txt"),
            "--db",
            str(tmp_path / "x.db"),
            "-j",
            "1",
            "-q",
        ],
    )
    assert result.exit_code == 3
    assert f"{src}:2" in result.stderr
    assert "missing.txt" in result.stderr
    assert "Traceback" not in result.output


def test_usage_errors_exit_2(tmp_path: Path):
    assert runner.invoke(app, ["run"]).exit_code == 2
    assert runner.invoke(app, ["run", "x", "--jobs", "0"]).exit_code == 2
    assert runner.invoke(app, ["export", "--what", "nothing"]).exit_code == 2


def test_unusable_database_is_a_clear_error(tmp_path: Path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00garbage" * 1000)
    src = write_jsonl(tmp_path / "in.jsonl", 1)
    result = runner.invoke(app, ["run", str(src), "--db", str(bad), "-q"])
    assert result.exit_code == 1
    assert "bad.db" in result.stderr and "Traceback" not in result.output


def test_extract_is_a_stateless_filter_on_stdin(tmp_path: Path):
    lines = "".join(json.dumps(article(i)) + "\n" for i in range(2))
    result = runner.invoke(app, ["extract", "-q"], input=lines)
    assert result.exit_code == 0, result.output
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["test-0000", "test-0001"]
    assert all("event" in r and r["event"]["article_ids"] == [r["id"]] for r in records)
    assert not list(tmp_path.iterdir())  # nothing stored anywhere


def test_exports_follow_the_contract(tmp_path: Path):
    src = write_jsonl(tmp_path / "in.jsonl", 3)
    db = tmp_path / "x.db"
    assert runner.invoke(app, ["run", str(src), "--db", str(db), "-j", "1", "-q"]).exit_code == 0

    articles = runner.invoke(app, ["export", "--db", str(db), "--what", "articles"])
    rows = [json.loads(x) for x in articles.stdout.splitlines()]
    assert {
        "id",
        "event_id",
        "duplicate_of",
        "source",
        "url",
        "title",
        "published",
        "language",
        "words",
        "text",
    } <= set(rows[0])

    events_csv = runner.invoke(
        app, ["export", "--db", str(db), "--what", "events", "--format", "csv"]
    )
    reader = csv.DictReader(io.StringIO(events_csv.stdout))
    assert reader.fieldnames is not None
    assert reader.fieldnames[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert len(list(reader)) >= 1

    out = tmp_path / "events.geojson"
    geo = runner.invoke(
        app, ["export", "--db", str(db), "--what", "events", "--format", "geojson", "-o", str(out)]
    )
    assert geo.exit_code == 0
    doc = json.loads(out.read_text())
    assert doc["type"] == "FeatureCollection" and doc["features"]

    bad = runner.invoke(
        app, ["export", "--db", str(db), "--what", "articles", "--format", "geojson"]
    )
    assert bad.exit_code == 2


def test_export_of_a_missing_database_says_so(tmp_path: Path):
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "none.db" in result.stderr
