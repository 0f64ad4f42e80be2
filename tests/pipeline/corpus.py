"""Small invented articles for pipeline and CLI tests (fiction written for newsfold)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
U = TypeVar("U")

TOWNS = ["Springfield", "Riverton", "Lakeside", "Fairview", "Brookfield", "Milltown"]


def article(i: int) -> dict[str, str]:
    town = TOWNS[i % len(TOWNS)]
    return {
        "id": f"test-{i:04d}",
        "title": f"Report {i}: warehouse fire in {town}",
        "published": f"2024-02-{1 + i % 27:02d}",
        "url": f"https://news{i % 3}.example/story/{i}",
        "text": (
            f"A fire broke out at a warehouse on Elm Street in {town} on Monday, officials "
            f"said. Firefighters from {i % 7 + 2} stations worked through the night. "
            f"Nobody was hurt, according to the fire chief, who said inspector number {i} "
            "would look into the cause."
        ),
    }


def write_jsonl(path: Path, n: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            fh.write(json.dumps(article(i)) + "\n")
    return path


def interrupted_at_call(n: int, real: Callable[[T], U]) -> Callable[[T], U]:
    """`real`, except that its n-th call raises KeyboardInterrupt (Ctrl-C while that batch is
    being worked on)."""
    calls = 0

    def flaky(batch: T) -> U:
        nonlocal calls
        calls += 1
        if calls == n:
            raise KeyboardInterrupt
        return real(batch)

    return flaky
