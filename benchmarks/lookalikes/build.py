"""Build articles.jsonl from the story files in stories/ (invented news, see README.md).

    python benchmarks/lookalikes/build.py

Each story file holds articles, each opened by a header line

    @@ id=ID gold=TOPIC-EVENT published=ISO-DATE[THH:MM] url=URL

then its headline on the next line, then its text (paragraphs split by blank lines).
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def parse(path: Path) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for chunk in path.read_text(encoding="utf-8").split("\n@@ "):
        chunk = chunk.removeprefix("@@ ").strip()
        if not chunk:
            continue
        header, title, body = [*chunk.split("\n", 2), "", ""][:3]
        fields = dict(item.split("=", 1) for item in header.split())
        paragraphs = [" ".join(p.split()) for p in body.strip().split("\n\n") if p.strip()]
        out.append(
            {
                "id": fields["id"],
                "title": title.strip(),
                "published": fields["published"],
                "url": fields["url"],
                "text": "\n\n".join(paragraphs),
                "gold": fields["gold"],
                "story": path.stem,
            }
        )
    return out


def main() -> None:
    rows = [r for path in sorted((HERE / "stories").glob("*.txt")) for r in parse(path)]
    ids = [r["id"] for r in rows]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise SystemExit(f"duplicate ids: {sorted(dupes)}")
    with (HERE / "articles.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    words = [len(r["text"].split()) for r in rows]
    print(
        f"{len(rows)} articles, {len({r['gold'] for r in rows})} events, "
        f"{len({r['gold'].rsplit('-', 1)[0] for r in rows})} topics; "
        f"words {min(words)}-{max(words)} (mean {sum(words) / len(words):.0f})"
    )


if __name__ == "__main__":
    main()
