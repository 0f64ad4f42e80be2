"""Boilerplate removal on the scrapinghub article-extraction benchmark.

Score: the benchmark's own definition. Each text is tokenised into `\\w+` tokens; the multiset
of 4-token shingles of the prediction is compared with the truth's (true positives = shared
shingles, counted with multiplicity), precision and recall are computed per page (tp/fp/fn
normalised by the page's total so that long pages weigh no more than short ones), averaged over
pages, and F1 is the harmonic mean of the averaged precision and recall.

Printed: trafilatura with its default settings, and newsfold's own HTML path (`clean_record`
on a RawRecord holding the page: trafilatura with newsfold's settings, page metadata, text
repair, boilerplate rules, language), on all pages and on the dev/held-out halves
(benchmarks/common.py's split_of on the page id). Speed is pages per CPU-second of this one
process, which is pages/s per core whatever else the machine runs.

    python benchmarks/boilerplate.py [--limit N] [--show-worst K]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from common import DATA, read_jsonl, require, split_of
from newsfold.ingest.clean import clean_record
from newsfold.ingest.encoding import decode, html_declared_charset
from newsfold.ingest.errors import IngestError
from newsfold.records import RawRecord

_TOKEN = re.compile(r"\w+")
Counts = tuple[float, float, float]


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of n-token shingles (a text shorter than n tokens is one shingle)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def page_counts(truth: str, pred: str) -> Counts:
    """(tp, fp, fn) over shingles, normalised to sum to 1."""
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def prf(rows: list[Counts]) -> tuple[float, float, float]:
    """Averaged precision and recall over pages, and their F1."""

    def precision(tp: float, fp: float, fn: float) -> float:
        if fp == fn == 0:
            return 1.0
        return 0.0 if tp == fp == 0 else tp / (tp + fp)

    def recall(tp: float, fp: float, fn: float) -> float:
        if fp == fn == 0:
            return 1.0
        return 0.0 if tp == fn == 0 else tp / (tp + fn)

    ps = [precision(*r) for r in rows if r[0] + r[1] > 0]
    rs = [recall(*r) for r in rows if r[0] + r[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def trafilatura_default(html: str, url: str) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def newsfold(html: str, url: str) -> str:
    try:
        return clean_record(RawRecord(origin=url, html=html, url=url)).text
    except IngestError:
        return ""


def _warm_up() -> None:
    """Load what is loaded once per process (language model, jusText stop lists), so that the
    timing measures the steady state a long run sees."""
    from trafilatura.external import jt_stoplist_init

    from newsfold.ingest.language import detect_language

    detect_language("Warm-up text for the language model, long enough to be classified.")
    jt_stoplist_init()


def evaluate(
    name: str, fn: Callable[[str, str], str], pages: list[dict], show_worst: int = 0
) -> None:
    _warm_up()
    fn(pages[0]["html"], pages[0]["url"])  # warm-up: imports, models, caches
    rows: dict[str, list[Counts]] = {"all": [], "dev": [], "held-out": []}
    worst: list[tuple[float, str, Counts]] = []
    cpu = 0.0
    wall = 0.0
    for page in pages:
        t0, c0 = time.perf_counter(), time.process_time()
        pred = fn(page["html"], page["url"])
        wall += time.perf_counter() - t0
        cpu += time.process_time() - c0
        counts = page_counts(page["text"], pred)
        rows["all"].append(counts)
        rows[split_of(page["id"])].append(counts)
        worst.append((counts[0], page["url"], counts))
    cells = []
    for split in ("all", "dev", "held-out"):
        p, r, f = prf(rows[split])
        cells.append(f"{split} F1 {f:.4f} (P {p:.3f} R {r:.3f}, n={len(rows[split])})")
    print(f"{name:22} " + " | ".join(cells))
    print(
        f"{'':22} {len(pages) / cpu:.1f} pages per CPU-second (per core); "
        f"{len(pages) / wall:.1f} pages/s wall"
    )
    for tp, url, counts in sorted(worst)[:show_worst]:
        print(f"{'':22}   tp {tp:.3f} fp {counts[1]:.3f} fn {counts[2]:.3f}  {url}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages")
    ap.add_argument("--show-worst", type=int, default=0, help="list the K worst pages")
    ap.add_argument("--only", choices=["default", "newsfold"], help="run one configuration")
    args = ap.parse_args()

    folder = require(DATA / "scrapinghub")
    pages = []
    for rec in read_jsonl(folder / "truth.jsonl"):
        raw = (folder / "html" / f"{rec['id']}.html").read_bytes()
        pages.append({**rec, "html": decode(raw, html_declared_charset(raw))})
        if args.limit and len(pages) >= args.limit:
            break
    print(f"scrapinghub: {len(pages)} pages")
    if args.only in (None, "default"):
        evaluate("trafilatura default", trafilatura_default, pages, args.show_worst)
    if args.only in (None, "newsfold"):
        evaluate("newsfold", newsfold, pages, args.show_worst)


if __name__ == "__main__":
    main()
