"""Fixtures for the desk: a sample store (see desk_sample.py) and clients on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from desk_sample import TOKEN, build_store
from fastapi.testclient import TestClient

from newsfold.web import Settings, create_app


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    path = tmp_path_factory.mktemp("desk") / "desk.db"
    ids = build_store(path)
    return path, ids


@pytest.fixture(scope="session")
def ids(sample_db: tuple[Path, dict[str, Any]]) -> dict[str, Any]:
    return sample_db[1]


@pytest.fixture(scope="session")
def client(sample_db: tuple[Path, dict[str, Any]]) -> Iterator[TestClient]:
    """A client on the read-only sample store (tests that write use `write_client`)."""
    app = create_app(Settings(db_path=sample_db[0], token=TOKEN, max_body=64 * 1024))
    with TestClient(app) as c:
        yield c


@pytest.fixture
def write_client(tmp_path: Path) -> Iterator[TestClient]:
    """A client on a fresh store of its own, for ingest."""
    path = tmp_path / "write.db"
    build_store(path, n_filler=0)
    app = create_app(Settings(db_path=path, token=TOKEN, max_body=256 * 1024))
    with TestClient(app) as c:
        yield c
