"""Shared helpers for the benchmark scripts: where the data is, splits, normalisation.

The data in ../shared/data is third-party material for measurement only; the scripts read it
when it is there and say so when it is not. Scores are printed for the whole set and for the
"held-out" half (a fixed hash split): tune on the "dev" half, report the held-out figure.
"""

from __future__ import annotations

import hashlib
import json
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__import__("os").environ.get("NEWSFOLD_DATA", str(ROOT.parent / "shared" / "data")))


def require(path: Path) -> Path:
    if not path.exists():
        sys.exit(f"benchmark data not found: {path} (set NEWSFOLD_DATA to its folder)")
    return path


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with require(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def split_of(key: str) -> str:
    """'dev' or 'held-out', fixed by a hash of the key (an event or incident id)."""
    return "dev" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 2 == 0 else "held-out"


def norm(value: Any) -> str:
    """Casefolded, accent-free, punctuation-light text for comparing names."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKD", str(value))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("-", " ").replace("'", "").replace(".", "")
    for suffix in (
        " county",
        " parish",
        " city",
        " governorate",
        " province",
        " region",
        " state",
        " department",
        " district",
    ):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return " ".join(text.split())


class Scores:
    """Per-field accuracy, overall and per split."""

    def __init__(self) -> None:
        self.hits: dict[tuple[str, str], int] = {}
        self.total: dict[tuple[str, str], int] = {}

    def add(self, split: str, field: str, ok: bool) -> None:
        for s in (split, "all"):
            self.total[(s, field)] = self.total.get((s, field), 0) + 1
            self.hits[(s, field)] = self.hits.get((s, field), 0) + int(ok)

    def table(self, fields: list[str]) -> str:
        lines = [f"{'field':16} {'all':>8} {'dev':>8} {'held-out':>9}   n(all)"]
        for f in fields:
            cells = []
            for s in ("all", "dev", "held-out"):
                t = self.total.get((s, f), 0)
                cells.append(f"{self.hits.get((s, f), 0) / t:.3f}" if t else "   -")
            n = self.total.get(("all", f), 0)
            lines.append(f"{f:16} {cells[0]:>8} {cells[1]:>8} {cells[2]:>9}   {n}")
        return "\n".join(lines)
