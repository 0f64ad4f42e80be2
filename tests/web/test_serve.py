"""`newsfold serve`: loopback by default, a token from the flag, the environment or chance."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsfold import cli


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Capture what `serve` would start instead of starting it."""
    calls: list[dict[str, Any]] = []

    def fake_run(app: Any, **kwargs: Any) -> None:
        calls.append({"app": app, **kwargs})

    import uvicorn

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.delenv("NEWSFOLD_TOKEN", raising=False)
    return calls


def test_defaults_to_loopback_with_a_printed_random_token(
    started: list[dict[str, Any]], tmp_path: Path
) -> None:
    db = tmp_path / "new.db"
    result = CliRunner().invoke(cli.app, ["serve", "--db", str(db)])
    assert result.exit_code == 0, result.output
    [call] = started
    assert call["host"] == "127.0.0.1" and call["port"] == 8000
    token = call["app"].state.settings.token
    assert len(token) >= 24 and f"API token (for ingest and POST /api/articles): {token}" in (
        result.output
    )
    assert db.exists()  # created and migrated, ready for ingest


def test_token_from_flag_or_environment_is_not_printed(
    started: list[dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "d.db")
    result = CliRunner().invoke(cli.app, ["serve", "--db", db, "--token", "from-flag"])
    assert result.exit_code == 0
    assert started[-1]["app"].state.settings.token == "from-flag"
    assert "from-flag" not in result.output
    monkeypatch.setenv("NEWSFOLD_TOKEN", "from-env")
    result = CliRunner().invoke(cli.app, ["serve", "--db", db, "--port", "9123"])
    assert started[-1]["app"].state.settings.token == "from-env"
    assert started[-1]["port"] == 9123
    assert "from-env" not in result.output


def test_other_host_only_when_asked(started: list[dict[str, Any]], tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli.app,
        ["serve", "--db", str(tmp_path / "d.db"), "--host", "0.0.0.0", "--max-body-mb", "2"],
    )
    assert result.exit_code == 0
    assert started[-1]["host"] == "0.0.0.0"
    assert started[-1]["app"].state.settings.max_body == 2 * 1024 * 1024
    assert "reachable from other machines" in result.output


def test_unusable_database_is_an_error(started: list[dict[str, Any]], tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("not a database")
    result = CliRunner().invoke(cli.app, ["serve", "--db", str(bad)])
    assert result.exit_code == 1 and not started
