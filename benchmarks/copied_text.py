"""Lines of the repository that repeat the benchmark data's own words.

The data in ../shared/data is third-party text for measurement only: no test, comment or
document may copy it. This script lists every line of the repository's text files that shares
a run of `--words` words (8 by default, case and punctuation ignored) with a GVA article, an
ACLED note, a founding seed or a scrapinghub page's true text, when that run is rare in the data
(in at most `--df` data texts: a run that many reports share, "anyone with information is asked
to call", is the language of news, not one report's words). It prints `path:line: run` rows
and a count per file, and exits 1 when it finds any, so that it can guard a change.

    python benchmarks/copied_text.py [--words 8] [--df 2] [PATH ...]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from common import DATA, ROOT, read_jsonl

_WORD = re.compile(r"[a-z0-9']+")

# Site furniture every blog of one platform prints, not a report's words: the tests that check
# it is stripped must write it as it is (a run inside one of these lines is not listed).
_FURNITURE = (
    "leave a reply your email address will not be published required fields are marked d bloggers"
    " like this",
    "leave a reply cancel reply your email address will not be published",
)


def runs(text: str, n: int) -> Iterator[str]:
    """Every run of `n` words of `text`, lower-cased, punctuation dropped."""
    words = _WORD.findall(text.lower())
    for i in range(len(words) - n + 1):
        yield " ".join(words[i : i + n])


def data_texts() -> Iterator[str]:
    """The texts of the benchmark data: GVA titles and articles, ACLED notes, the founding
    seeds, true page texts."""
    for row in read_jsonl(DATA / "gva" / "articles.jsonl"):
        yield f"{row.get('title') or ''}\n{row.get('text') or ''}"
    for row in read_jsonl(DATA / "acled" / "events.jsonl"):
        yield row.get("notes") or ""
    seeds = DATA.parent / "seeds"
    if seeds.is_dir():
        for path in sorted(seeds.iterdir()):
            yield path.read_text(encoding="utf-8", errors="replace")
    truth = DATA / "scrapinghub" / "truth.jsonl"
    if truth.exists():
        for row in read_jsonl(truth):
            yield " ".join(str(v) for v in row.values() if isinstance(v, str))


def data_runs(n: int) -> Counter[str]:
    """How many data texts each run of `n` words stands in."""
    df: Counter[str] = Counter()
    for text in data_texts():
        df.update(set(runs(text, n)))
    return df


def repo_files(paths: Iterable[str]) -> list[str]:
    """The tracked text files below `paths` (the whole repository when none is given)."""
    out = subprocess.run(
        ["git", "ls-files", "--", *paths], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    return [p for p in out if p.endswith((".py", ".md", ".txt", ".html", ".jsonl", ".json"))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", help="folders or files (default: the whole repository)")
    ap.add_argument("--words", type=int, default=8, help="words in a run")
    ap.add_argument(
        "--df", type=int, default=2, help="a run in more data texts than this is common"
    )
    args = ap.parse_args()
    df = data_runs(args.words)
    per_file: dict[str, int] = defaultdict(int)
    for path in repo_files(args.paths):
        try:
            lines = (ROOT / path).read_text(encoding="utf-8").splitlines()
        except (UnicodeDecodeError, OSError):
            continue
        # a run may cross lines (a sentence split over two string literals): read each line
        # with the next one and report the line it starts on
        for i, line in enumerate(lines):
            pair = line + " " + (lines[i + 1] if i + 1 < len(lines) else "")
            first = len(_WORD.findall(line.lower()))
            found = [
                r
                for k, r in enumerate(runs(pair, args.words))
                if k < max(first, 1)
                and 0 < df.get(r, 0) <= args.df
                and not any(r in line for line in _FURNITURE)
            ]
            if found:
                per_file[path] += 1
                print(f"{path}:{i + 1}: {found[0]}")
    for path, count in sorted(per_file.items(), key=lambda kv: -kv[1]):
        print(f"{count:5d} {path}", file=sys.stderr)
    print(f"{sum(per_file.values())} lines in {len(per_file)} files", file=sys.stderr)
    sys.exit(1 if per_file else 0)


if __name__ == "__main__":
    main()
