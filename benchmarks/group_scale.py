"""Issue 4: the cost of grouping one more article as the store grows, and memory.

    python benchmarks/group_scale.py [--sizes 10000,50000,100000] [--add 300]
                                     [--days 1500 | --per-day 70]

Needs the analysed GVA store that benchmarks/group_gva.py caches (benchmarks/out/gva-*.db).

The large stores are made by perturbing real articles: each background article is a stored GVA
article's signature with its dates moved (uniformly over --days days), its event place swapped
for another article's, its name words replaced by invented surnames, and its MinHash values
redrawn (so that it is not a copy of its model). Dates are spread uniformly over --days days
(so the store gets denser as it grows: the hard case), or with --per-day follow arrival as in a
feed of that many articles a day (the store grows in time; new articles are about recent days).
They are written through the same store code grouping uses (signatures, blocking keys, document
frequencies, assignments, events), each its own event, without running the decision (the
decisions are what is measured).

At each size, --add real GVA articles, perturbed the same way in their text and analysis (dates
shifted, people renamed), are stored and grouped by `group_pending` exactly as `newsfold run`
would: the printed cost is the wall time per added article, and the comparisons it made. Peak
RSS is the process's high-water mark (ru_maxrss) and the current RSS after grouping.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import random
import re
import resource
import shutil
import time
from pathlib import Path

from common import ROOT
from newsfold.group import group_pending
from newsfold.group.assign import _df_terms, event_id_for
from newsfold.group.signature import index_keys
from newsfold.group.text import NUM_PERM, stem
from newsfold.records import Analysis, Article
from newsfold.store import Store
from newsfold.store import grouping as sql

OUT = ROOT / "benchmarks" / "out"
START = dt.date(2013, 1, 1)
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "ne",
    "sa",
    "to",
    "vu",
    "be",
    "di",
    "go",
    "ha",
    "ji",
    "ku",
    "ly",
    "mo",
    "pe",
    "ri",
    "su",
    "ta",
    "we",
    "xo",
    "yu",
    "ze",
]


def surname(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def rss_mb() -> tuple[float, float]:
    """(current RSS, peak RSS) of this process in MB."""
    current = 0.0
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                current = int(line.split()[1]) / 1024
    return current, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def shift(day: str | None, days: int) -> str | None:
    if not day:
        return None
    try:
        return (dt.date.fromisoformat(day[:10]) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return None


def perturb_signature(
    model: dict,
    place: dict | None,
    ident: str,
    rng: random.Random,
    day: str,
) -> dict:  # type: ignore[type-arg]
    sig = dict(model)
    sig["id"] = ident
    offset = 0
    if model.get("pub"):
        offset = (dt.date.fromisoformat(day) - dt.date.fromisoformat(model["pub"])).days
    sig["pub"] = day
    for key in ("d0", "d1"):
        if sig.get(key):
            sig[key] = shift(sig[key], offset)
    if place is not None:
        sig["place"] = place
    renamed = {n: surname(rng) for n in model.get("names", [])}
    sig["names"] = [renamed[n] for n in model.get("names", [])]
    terms = {}
    for term, count in model.get("terms", {}).items():
        terms[stem(renamed[term]) if term in renamed else term] = count
    sig["terms"] = terms
    sig["who"] = [" ".join(surname(rng) for _ in n.split()) for n in model.get("who", [])]
    for key in ("mh", "mhs"):
        sig[key] = base64.b64encode(rng.randbytes(4 * NUM_PERM)).decode("ascii")
    return sig


def day_of(rng: random.Random, args: argparse.Namespace, position: int) -> dt.date:
    """A date for the article at `position` in arrival order: uniform over --days days, or,
    with --per-day, the day it would arrive in a feed of that many articles a day."""
    if args.per_day:
        return START + dt.timedelta(days=max(0, position // args.per_day - rng.randrange(3)))
    return START + dt.timedelta(days=rng.randrange(args.days))


def grow(
    store: Store,
    models: list[dict],  # type: ignore[type-arg]
    target: int,
    rng: random.Random,
    args: argparse.Namespace,
) -> None:
    """Add perturbed background articles until the store holds `target` signatures."""
    have = sql.stat(store, "documents")
    places = [m["place"] for m in models if m.get("place")] or [None]
    seq = sql.next_event_seq(store)
    batch = 2000
    while have < target:
        n = min(batch, target - have)
        pairs, pending, rows = [], sql.PendingWrite(), []
        for k in range(n):
            ident = f"bg{have + k:07d}"
            day = day_of(rng, args, have + k).isoformat()
            sig = perturb_signature(rng.choice(models), rng.choice(places), ident, rng, day)
            article = Article(id=ident, text="(synthetic)", published=sig["pub"])
            pairs.append((article, Analysis(article_id=ident, event=_empty_event())))
            pending.signatures.append((ident, sig, index_keys(sig), _df_terms(sig)))
            event = event_id_for(ident)
            pending.events.append((event, seq, ident))
            seq += 1
            rows.append((ident, event, None, None))
        store.add_articles(pairs, None)
        sql.save(store, pending)
        store.assign(rows, None)
        have += n


def _empty_event():  # type: ignore[no-untyped-def]
    from newsfold.records import Event

    return Event()


def perturb_article(
    article: Article, analysis: Analysis, ident: str, rng: random.Random, day: dt.date
) -> tuple[Article, Analysis]:
    """A real article moved in time with its people renamed (text and analysis alike)."""
    offset = 0
    if article.published:
        try:
            offset = (day - dt.date.fromisoformat(article.published[:10])).days
        except ValueError:
            offset = 0
    words = {w for n in analysis.names for w in n.split() if len(w) > 2}
    mapping = {w: surname(rng) for w in sorted(words)}
    text = article.text
    if mapping:
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, mapping)) + r")\b", re.I)
        text = pattern.sub(lambda m: mapping[m.group(0).lower()].capitalize(), text)
    new_article = Article(
        id=ident, text=text, title=article.title, published=day.isoformat(), source=article.source
    )
    data = analysis.to_dict()
    data["article_id"] = ident
    for key in ("event_date", "date_start", "date_end"):
        data["event"][key] = shift(data["event"].get(key), offset)
    data["event"]["claims"] = []
    data["names"] = [" ".join(mapping.get(w, w) for w in n.split()) for n in analysis.names]
    return new_article, Analysis.from_dict(data)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,50000,100000")
    ap.add_argument("--add", type=int, default=300, help="articles grouped at each size")
    ap.add_argument("--days", type=int, default=1500, help="the span the store's dates cover")
    ap.add_argument(
        "--per-day",
        type=int,
        default=0,
        help="instead of --days: dates follow arrival, this many articles a day (a feed)",
    )
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--db", default=str(OUT / "scale.db"))
    args = ap.parse_args()
    rng = random.Random(args.seed)

    found = sorted(
        (p for p in OUT.glob("gva-*.db") if p.name != "gva-work.db"),
        key=lambda p: p.stat().st_mtime,
    )
    if not found:
        raise SystemExit("run benchmarks/group_gva.py first (it caches the analysed GVA store)")
    source = found[-1]
    work = OUT / "scale-source.db"
    shutil.copyfile(source, work)
    with Store(work) as src:
        sql.clear(src)
        group_pending(src, None)  # the real articles' signatures: the models to perturb
        ids = [r[0] for r in src.conn.execute("SELECT article_id FROM signatures ORDER BY 1")]
        models = list(sql.signatures(src, ids).values())
        real = [
            (a, b)
            for a, b in zip(src.articles(ids), src.analyses(ids), strict=True)
            if len(a.text.split()) >= 40
        ]
    print(f"models: {len(models)} signatures, {len(real)} real articles from {source.name}")

    db = Path(args.db)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    print(f"{'stored':>8} {'ms/article':>11} {'comparisons':>12} {'RSS MB':>7} {'peak MB':>8}")
    with Store(db) as store:
        for size in [int(s) for s in args.sizes.split(",")]:
            grow(store, models, size - args.add, rng, args)
            batch = []
            for k in range(args.add):
                article, analysis = rng.choice(real)
                batch.append(
                    perturb_article(
                        article, analysis, f"new{size}-{k:05d}", rng, day_of(rng, args, size)
                    )
                )
            store.add_articles(batch, None)
            t0 = time.perf_counter()
            grouper = group_pending(store, None)
            elapsed = time.perf_counter() - t0
            current, peak = rss_mb()
            n = grouper.stats.articles
            print(
                f"{sql.stat(store, 'documents'):>8} {1000 * elapsed / n:>11.1f} "
                f"{grouper.stats.comparisons / n:>12.1f} {current:>7.0f} {peak:>8.0f}"
            )
    print(f"store file: {db.stat().st_size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
