"""Files, directories and stdin -> RawRecords (minimal version: .jsonl and .txt)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsfold.ingest.errors import Skip
from newsfold.records import RawRecord


def read_inputs(paths: Iterable[str]) -> Iterator[RawRecord | Skip]:
    for name in paths:
        if name == "-":
            yield from _read_jsonl_or_text("<stdin>", sys.stdin.read())
            continue
        path = Path(name)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                yield from _read_file(child)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield Skip(name, "no such file or directory")


def _read_file(path: Path) -> Iterator[RawRecord | Skip]:
    try:
        data = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        yield Skip(str(path), f"cannot read: {err}")
        return
    if path.suffix == ".jsonl":
        yield from _read_jsonl_or_text(str(path), data)
    else:
        yield RawRecord(origin=str(path), text=data)


def _read_jsonl_or_text(origin: str, data: str) -> Iterator[RawRecord | Skip]:
    if not data.lstrip().startswith("{"):
        yield RawRecord(origin=origin, text=data)
        return
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skip(f"{origin}:{n}", f"not JSON: {err.msg}")
            continue
        yield RawRecord.from_dict({**obj, "origin": f"{origin}:{n}"})
