"""Ingest and store throughput on the GVA articles, without language analysis.

The path a run takes, minus `analyse`: read_inputs -> derive_id -> clean_record ->
strip_repeated_lines -> Store.add_articles (with an empty Analysis per article) and
Store.add_source_lines, in chunks of the pipeline's size, into a fresh temporary database, in
one process. Prints articles read, stored, skipped (by reason), repeated lines cut, and
articles/s over the whole loop (wall clock, and per CPU-second of this process).

    python benchmarks/ingest_speed.py [--limit N] [--repeat K]

`--repeat K` reads the file K times over (the later passes find every id already stored, as a
re-run would), to show the cost of an idempotent re-run too.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from common import DATA, require
from newsfold.ingest import IngestError, Skip, clean_record, derive_id, read_inputs
from newsfold.ingest.repeats import strip_repeated_lines
from newsfold.records import Analysis, Article, Event, RawRecord
from newsfold.store import Store

CHUNK = 256


def run(path: Path, limit: int, db: Path, stats: Counter[str]) -> None:
    with Store(db) as store:
        run_id = store.start_run([str(path)])
        records = read_inputs([str(path)])
        if limit:
            records = islice(records, limit)
        while chunk := list(islice(records, CHUNK)):
            raws: list[RawRecord] = []
            for item in chunk:
                if isinstance(item, Skip):
                    stats[f"skipped: {item.reason}"] += 1
                    continue
                stats["read"] += 1
                item.id = item.id or derive_id(item)
                raws.append(item)
            known = store.known_ids([r.id for r in raws if r.id])
            stats["already stored"] += len(known)
            articles: list[Article] = []
            for raw in raws:
                if raw.id in known:
                    continue
                try:
                    articles.append(clean_record(raw))
                except IngestError as err:
                    stats[f"skipped: {err.reason}"] += 1
            before = sum(len(a.removed) for a in articles)
            stats["boilerplate lines cut by the text rules"] += before
            articles, counts = strip_repeated_lines(articles, store.source_line_counts)
            stats["lines cut as repeated within a source"] += (
                sum(len(a.removed) for a in articles) - before
            )
            pairs = [
                (a, Analysis(article_id=a.id, event=Event(article_ids=[a.id]))) for a in articles
            ]
            stats["stored"] += store.add_articles(pairs, run_id)
            if counts:
                store.add_source_lines(counts)
        store.finish_run(run_id, "done")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--limit", type=int, default=0, help="only the first N records")
    ap.add_argument("--repeat", type=int, default=1, help="read the input this many times")
    args = ap.parse_args()
    path = require(DATA / "gva" / "articles.jsonl")

    # load once-per-process models before timing (a run pays this once, not per article)
    from newsfold.ingest.language import detect_language

    detect_language("Warm-up text for the language model, long enough to be classified.")

    stats: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(args.repeat):
            run(path, args.limit, db, stats)
        wall = time.perf_counter() - t0
        cpu = time.process_time() - c0
    read = stats.pop("read", 0)
    print(
        f"gva articles: {read} read, {stats.pop('stored', 0)} stored, "
        f"{stats.pop('already stored', 0)} already stored"
    )
    for key, n in sorted(stats.items()):
        print(f"  {key}: {n}")
    print(
        f"{read / wall:.0f} articles/s (wall, {wall:.2f} s); "
        f"{read / cpu:.0f} articles per CPU-second"
    )


if __name__ == "__main__":
    main()
