"""Small invented articles for pipeline and CLI tests (fiction written for newsfold)."""

from __future__ import annotations

import json
from pathlib import Path

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
