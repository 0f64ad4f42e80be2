"""Issue 3: the cost of extraction against a bare spaCy pass, on the GVA articles.

    python benchmarks/extract_speed.py [--limit N] [--workers 2] [--rounds 1] [--profile N]

In one run, over the same texts and split across the same worker processes (both cores by
default), times (a) a bare pass of the same spaCy pipeline (`newsfold.analyse.nlp.get_nlp`,
`nlp.pipe`) and (b) the full per-article extraction (`newsfold.analyse.analyse_many`), and prints
both wall times and their ratio (the goal: at most 1.3), with each component's share of the
extraction time. Workers load the model (and warm every component on a small text) before the
clocks start (one spawned process per share, released together at a barrier), so neither
figure includes start-up. With --rounds N the two passes alternate N
times and the best time of each is used. --profile N runs cProfile over the extraction of the
first N articles in this process instead, and prints where the time goes.
"""

from __future__ import annotations

import argparse
import cProfile
import multiprocessing
import os
import pstats
import time
from collections.abc import Callable
from typing import Any

from common import DATA, read_jsonl
from newsfold.records import Article

WARM_TEXT = (
    "DALLAS (AP) — Police said a 24-year-old man was shot and killed outside a store on "
    "Friday night. “We heard five shots,” a neighbour told reporters."
)


def _warm() -> None:
    """Load the model and touch every component once (gazetteers, matchers, caches)."""
    from newsfold.analyse import analyse
    from newsfold.analyse.nlp import get_nlp

    get_nlp()
    analyse(Article(id="warm", text=WARM_TEXT, published="2015-06-06"))


def _bare(texts: list[str], batch_size: int) -> tuple[int, float]:
    from newsfold.analyse.nlp import get_nlp

    nlp = get_nlp()
    t0 = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
    return n, time.perf_counter() - t0


def _full(articles: list[Article]) -> tuple[int, float, dict[str, float]]:
    """Run the extraction; time each component by wrapping the pipeline's component list."""
    from newsfold.analyse import article as art

    spent: dict[str, float] = {}
    original = art.COMPONENTS

    def timed(component: Callable[[Any], None]) -> Callable[[Any], None]:
        # the component's own module or package under analyse/ ("counts", not "counts.article")
        name = component.__module__.removeprefix("newsfold.analyse.").split(".", 1)[0]

        def run(ctx: Any) -> None:
            t = time.perf_counter()
            component(ctx)
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - t

        return run

    art.COMPONENTS = tuple(timed(c) for c in original)
    try:
        t0 = time.perf_counter()
        n = sum(1 for _ in art.analyse_many(articles))
        elapsed = time.perf_counter() - t0
    finally:
        art.COMPONENTS = original
    return n, elapsed, spent


def _worker(
    k: int,
    share: list[Article],
    rounds: int,
    batch_size: int,
    barrier: Any,
    results: Any,
) -> None:
    """One worker process: warm up, then run each pass when the barrier releases it."""
    _warm()
    texts = [a.text for a in share]
    barrier.wait()
    for _ in range(rounds):
        barrier.wait()
        n, elapsed = _bare(texts, batch_size)
        results.put(("bare", k, n, elapsed, {}))
        barrier.wait()
        n, elapsed, spent = _full(share)
        results.put(("full", k, n, elapsed, spent))


def _split(articles: list[Article], parts: int) -> list[list[Article]]:
    """Balanced shares by length (longest first, each to the lightest share), order kept."""
    loads = [0] * parts
    owner: dict[int, int] = {}
    for i in sorted(range(len(articles)), key=lambda i: -len(articles[i].text)):
        k = loads.index(min(loads))
        owner[i] = k
        loads[k] += len(articles[i].text)
    return [[a for i, a in enumerate(articles) if owner[i] == k] for k in range(parts)]


def _profile(articles: list[Article]) -> None:
    from newsfold.analyse import analyse_many

    _warm()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in analyse_many(articles):
        pass
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(35)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--profile", type=int, default=0, metavar="N")
    args = ap.parse_args()

    rows = list(read_jsonl(DATA / "gva" / "articles.jsonl"))
    if args.limit:
        rows = rows[: args.limit]
    articles = [
        Article(
            id=r["id"],
            text=r["text"] or "",
            title=r.get("title"),
            published=r.get("published"),
            url=r.get("url"),
        )
        for r in rows
    ]
    if args.profile:
        _profile(articles[: args.profile])
        return

    shares = _split(articles, args.workers)
    chars = sum(len(a.text) for a in articles)
    bare_times: list[float] = []
    full_times: list[float] = []
    spent: dict[str, float] = {}
    worker_full = 0.0
    # One process per share (spawned: no state inherited from this process), held at a barrier
    # until every worker has loaded the model, so both clocks measure the same parallel work.
    mp = multiprocessing.get_context("spawn")
    barrier = mp.Barrier(args.workers + 1)
    results: Any = mp.Queue()
    workers = [
        mp.Process(
            target=_worker,
            args=(k, share, args.rounds, args.batch_size, barrier, results),
            daemon=True,
        )
        for k, share in enumerate(shares)
    ]
    for w in workers:
        w.start()
    barrier.wait()  # all workers warmed up
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        barrier.wait()  # go: bare pass
        got = [results.get() for _ in workers]
        bare_times.append(time.perf_counter() - t0)
        assert sum(r[2] for r in got) == len(articles)
        t0 = time.perf_counter()
        barrier.wait()  # go: full extraction
        got = [results.get() for _ in workers]
        full_times.append(time.perf_counter() - t0)
        assert sum(r[2] for r in got) == len(articles)
        spent = {}
        worker_full = 0.0
        for _, _, _, elapsed, comp in got:
            worker_full += elapsed
            for name, t in comp.items():
                spent[name] = spent.get(name, 0.0) + t
    for w in workers:
        w.join()

    bare, full = min(bare_times), min(full_times)
    print(
        f"GVA articles: {len(articles)} texts, {chars:,} characters, "
        f"{args.workers} worker processes (cpu count {os.cpu_count()}), "
        f"{args.rounds} round(s)"
    )
    print(f"bare spaCy pass (nlp.pipe):       {bare:8.2f} s")
    print(f"full extraction (analyse_many):   {full:8.2f} s")
    print(f"ratio full / bare:                {full / bare:8.3f}   (goal <= 1.3)")
    if worker_full:
        components = sum(spent.values())
        print("share of extraction time, summed over workers:")
        print(f"  {'spaCy parse and batching':26} {1 - components / worker_full:6.1%}")
        for name, t in sorted(spent.items(), key=lambda kv: -kv[1]):
            print(f"  {name:26} {t / worker_full:6.1%}   {t:7.2f} s")


if __name__ == "__main__":
    main()
