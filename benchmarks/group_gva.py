"""Issue 4: grouping GVA articles into events, B-cubed against the gold incidents.

    python benchmarks/group_gva.py [--limit N] [--jobs J] [--rebuild] [--reuse] [--errors N]
                                   [--split dev|dev-a|dev-b|held-a]

Every article of ../shared/data/gva (the confusable ones included) is cleaned and analysed once
into a cached store, benchmarks/out/gva-<key>.db, where <key> hashes ANALYSIS_VERSION and the
source of the `ingest` and `analyse` packages (--rebuild forces it, --reuse takes the newest
cached store whatever its key). Each run copies that store, clears every grouping decision and
groups from scratch, so grouping can be iterated on in seconds.

Printed: B-cubed precision, recall and F1 of event_id against incident_id over all articles and
restricted to each half (benchmarks/common.py split_of(incident_id): thresholds are tuned on
"dev", "held-out" is the figure that counts) and to each of dev's two folds (`common.fold_of`:
a rule studied on dev-a's errors is checked on dev-b's figure); the same for every article alone,
and for the reference baseline, TF-IDF cosine + average-link clustering with its threshold picked
on the dev half (and, for reference, on all the gold). `--errors N` prints N wrong links and N
misses of the `--split` part (dev, dev-a, dev-b, held-a; never held-b's cases).
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import hashlib
import math
import multiprocessing
import shutil
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from common import DATA, FOLDS, ROOT, STUDIED, fold_of, read_jsonl, split_of
from newsfold.analyse import analyse_many
from newsfold.analyse.article import ANALYSIS_VERSION
from newsfold.group import assign, decide, group_pending
from newsfold.group import text as tx
from newsfold.ingest import IngestError, clean_record
from newsfold.ingest.repeats import strip_repeated_lines
from newsfold.records import Analysis, Article, Event, RawRecord
from newsfold.store import Store
from newsfold.store import grouping as grouping_sql

OUT = ROOT / "benchmarks" / "out"


# -- the cached analysed store -------------------------------------------------------------


def code_key() -> str:
    h = hashlib.sha1(f"v{ANALYSIS_VERSION}".encode())
    src = ROOT / "src" / "newsfold"
    for pkg in ("ingest", "analyse"):
        for path in sorted((src / pkg).rglob("*.py")):
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:10]


def to_article(row: dict) -> Article:  # type: ignore[type-arg]
    raw = RawRecord(
        origin=f"gva:{row['id']}",
        id=row["id"],
        text=row.get("text") or "",
        title=row.get("title"),
        published=row.get("published"),
        url=row.get("url"),
    )
    try:
        return clean_record(raw)
    except IngestError:
        # an empty crawl: keep the article (with its headline) so that every gold article is scored
        return Article(
            id=row["id"],
            text="",
            title=row.get("title"),
            published=row.get("published"),
            url=row.get("url"),
            origin=raw.origin,
        )


def _analyse(batch: Sequence[Article]) -> list[Analysis]:
    out = []
    for article in batch:
        try:
            out.extend(analyse_many([article]))
        except Exception as err:  # an analysis bug must not hide the grouping figures
            print(f"analysis failed on {article.id}: {err}", file=sys.stderr)
            out.append(Analysis(article_id=article.id, event=Event(article_ids=[article.id])))
    return out


def build_store(path: Path, rows: list[dict], jobs: int) -> None:  # type: ignore[type-arg]
    articles = [to_article(r) for r in rows]
    t0 = time.perf_counter()
    batches = [articles[i : i + 16] for i in range(0, len(articles), 16)]
    analyses: list[Analysis] = []
    if jobs > 1:
        ctx = multiprocessing.get_context("spawn")
        with cf.ProcessPoolExecutor(jobs, mp_context=ctx) as pool:
            for result in pool.map(_analyse, batches):
                analyses.extend(result)
    else:
        for batch in batches:
            analyses.extend(_analyse(batch))
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    with Store(tmp) as store:
        # as `newsfold run` does: lines repeated across a source's articles are boilerplate
        articles, counts = strip_repeated_lines(articles, store.source_line_counts)
        store.add_source_lines(counts)
        store.add_articles(list(zip(articles, analyses, strict=True)), None)
    tmp.rename(path)
    print(f"analysed {len(articles)} articles in {time.perf_counter() - t0:.0f}s -> {path}")


def cached_store(rows: list[dict], args: argparse.Namespace) -> Path:  # type: ignore[type-arg]
    OUT.mkdir(parents=True, exist_ok=True)
    suffix = f"-{args.limit}" if args.limit else ""
    if args.reuse:
        found = sorted(OUT.glob(f"gva-*{suffix}.db"), key=lambda p: p.stat().st_mtime)
        found = [p for p in found if p.name != "gva-work.db"]
        if found:
            return found[-1]
    path = OUT / f"gva-{code_key()}{suffix}.db"
    if args.rebuild or not path.exists():
        path.unlink(missing_ok=True)
        build_store(path, rows, args.jobs)
    return path


# -- scores --------------------------------------------------------------------------------


def bcubed(pred: dict[str, str], gold: dict[str, str], ids: Sequence[str]) -> tuple[float, ...]:
    """B-cubed precision, recall, F1 over `ids` (clusters restricted to those ids)."""
    pred_groups: dict[str, set[str]] = defaultdict(set)
    gold_groups: dict[str, set[str]] = defaultdict(set)
    for i in ids:
        pred_groups[pred[i]].add(i)
        gold_groups[gold[i]].add(i)
    p = r = 0.0
    for i in ids:
        both = len(pred_groups[pred[i]] & gold_groups[gold[i]])
        p += both / len(pred_groups[pred[i]])
        r += both / len(gold_groups[gold[i]])
    p, r = p / len(ids), r / len(ids)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


PARTS = ("all", "dev", "held-out", *FOLDS)
"""The columns: all articles, each half, and each half's two folds (`common.fold_of`)."""


def report(name: str, pred: dict[str, str], gold: dict[str, str], split: dict[str, str]) -> None:
    """One row of B-cubed P R F1 per part (`split` maps an article to its half; its fold is
    read from its incident)."""
    cells = []
    for part in PARTS:
        ids = [i for i in gold if part in ("all", split[i], fold_of(gold[i]))]
        p, r, f = bcubed(pred, gold, ids) if ids else (0.0, 0.0, 0.0)
        cells.append(f"{p:.3f} {r:.3f} {f:.3f}")
    print(f"{name:34} " + "  ".join(f"{c:>20}" for c in cells))


# -- the reference baseline: TF-IDF + average link ------------------------------------------


def baseline_linkage(articles: list[Article]):  # type: ignore[no-untyped-def]
    """The average-link dendrogram of TF-IDF cosine distances between the articles."""
    import numpy as np
    from scipy.cluster.hierarchy import linkage
    from scipy.sparse import csr_matrix

    docs = [Counter(tx.content_terms(f"{a.title or ''}\n{a.text}")) for a in articles]
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d.keys())
    vocab = {t: j for j, t in enumerate(sorted(df))}
    n = len(docs)
    rows, cols, vals = [], [], []
    for i, d in enumerate(docs):
        weights = {
            t: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[t])) + 1) for t, c in d.items()
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        for t, w in weights.items():
            rows.append(i)
            cols.append(vocab[t])
            vals.append(w / norm)
    m = csr_matrix((vals, (rows, cols)), shape=(n, len(vocab)))
    sim = (m @ m.T).toarray()
    dist = np.clip(1.0 - sim, 0.0, 2.0)
    iu = np.triu_indices(n, k=1)
    return linkage(dist[iu], method="average")


THRESHOLDS = [x / 100 for x in range(30, 100, 2)]
"""The distance thresholds the baseline's best is picked from."""


def baseline_clusters(articles: list[Article]) -> Callable[[float], dict[str, str]]:
    """The baseline's clusters at a distance threshold: article id -> cluster label."""
    from scipy.cluster.hierarchy import fcluster

    z = baseline_linkage(articles)
    ids = [a.id for a in articles]

    def clusters(t: float) -> dict[str, str]:
        labels = fcluster(z, t=t, criterion="distance")
        return {i: str(lab) for i, lab in zip(ids, labels, strict=True)}

    return clusters


def best_threshold(
    clusters: Callable[[float], dict[str, str]], gold: dict[str, str], ids: list[str]
) -> float:
    """The threshold at which the baseline scores best on these ids' gold (its upper bound)."""
    return max(THRESHOLDS, key=lambda t: bcubed(clusters(t), gold, ids)[2])


def fresh_copy(source: Path, work: Path) -> None:
    """`work` as a copy of the SQLite file `source` (its old WAL and SHM files removed)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, work)


def baseline(articles: list[Article], gold: dict[str, str], split: dict[str, str]) -> None:
    clusters = baseline_clusters(articles)
    ids = [a.id for a in articles]
    dev = [i for i in ids if split[i] == "dev"]
    best_dev = best_threshold(clusters, gold, dev)
    best_all = best_threshold(clusters, gold, ids)
    report(f"tfidf+avg-link (dev t={best_dev:.2f})", clusters(best_dev), gold, split)
    report(f"tfidf+avg-link (gold t={best_all:.2f})", clusters(best_all), gold, split)


# -- main ----------------------------------------------------------------------------------


def override_weights(items: Sequence[str]) -> None:
    """Apply --set NAME=VALUE items to the group.decide (or group.assign) constants."""
    for item in items:
        name, _, value = item.partition("=")
        if not (hasattr(decide, name) or hasattr(assign, name)):
            # A name neither module has would be set and never read: say so instead.
            raise SystemExit(f"--set {item}: no constant {name!r} in group.decide or group.assign")
        setattr(
            assign if hasattr(assign, name) and not hasattr(decide, name) else decide,
            name,
            float(value),
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes for the analysis")
    ap.add_argument("--rebuild", action="store_true", help="re-analyse even if cached")
    ap.add_argument("--reuse", action="store_true", help="take the newest cached store")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print N wrong links and misses")
    ap.add_argument(
        "--split",
        default="dev",
        choices=STUDIED,
        help="the part whose errors --errors prints (held-b's are never printed)",
    )
    ap.add_argument(
        "--set", action="append", default=[], help="NAME=VALUE: override a group.decide weight"
    )
    args = ap.parse_args()
    override_weights(args.set)

    rows = list(read_jsonl(DATA / "gva" / "articles.jsonl"))
    if args.limit:
        rows = rows[: args.limit]
    gold = {r["id"]: r["incident_id"] for r in rows}
    split = {r["id"]: split_of(r["incident_id"]) for r in rows}
    source = cached_store(rows, args)
    work = OUT / "gva-work.db"
    fresh_copy(source, work)

    with Store(work) as store:
        grouping_sql.clear(store)
        t0 = time.perf_counter()
        grouper = group_pending(store, None, keep_decisions=bool(args.errors))
        elapsed = time.perf_counter() - t0
        pred = {r["article_id"]: r["event_id"] for r in _assignments(store)}
        articles = store.articles([r["id"] for r in rows])
        if args.errors:
            part = {i: (split[i], fold_of(gold[i])) for i in gold}
            _print_errors(store, grouper, pred, gold, part, args.split, args.errors)
    stats = grouper.stats
    print(
        f"GVA: {len(rows)} articles, {len(set(gold.values()))} incidents; grouped in "
        f"{elapsed:.1f}s ({1000 * elapsed / max(1, len(rows)):.1f} ms/article), "
        f"{len(set(pred.values()))} events, {stats.comparisons} comparisons "
        f"({stats.comparisons / max(1, len(rows)):.1f}/article), {stats.merges} merges"
    )
    print(
        f"{'B-cubed':34} "
        + "  ".join(f"{'P     R     F1 ' + p.replace('held-out', 'held'):>20}" for p in PARTS)
    )
    report("newsfold group", pred, gold, split)
    report("every article alone", {i: i for i in gold}, gold, split)
    if not args.no_baseline:
        baseline(articles, gold, split)


def _assignments(store: Store) -> list[dict]:  # type: ignore[type-arg]
    rows = store.conn.execute("SELECT article_id, event_id FROM assignments")
    return [dict(r) for r in rows]


def _print_errors(store, grouper, pred, gold, part, wanted, n):  # type: ignore[no-untyped-def]
    """N wrong links and N misses of the articles whose half or fold (`part`) is `wanted`."""
    from newsfold.store import grouping as g

    by_event: dict[str, list[str]] = defaultdict(list)
    for i, e in pred.items():
        by_event[e].append(i)
    by_gold: dict[str, list[str]] = defaultdict(list)
    for i, e in gold.items():
        by_gold[e].append(i)
    wrong = [
        i
        for i, e in pred.items()
        if wanted in part[i] and any(gold[j] != gold[i] for j in by_event[e])
    ]
    missed = [
        i for i in gold if wanted in part[i] and any(pred[j] != pred[i] for j in by_gold[gold[i]])
    ]
    sigs = g.signatures(store, list(gold))
    idf = lambda t: 0.5  # noqa: E731  (a rough display only)
    print(
        f"-- {len(wrong)} {wanted} articles share an event with another incident's; "
        f"{len(missed)} are apart from some of their incident's"
    )
    for label, ids, group in (("WRONG", wrong, by_event), ("MISSED", missed, by_gold)):
        shown = 0
        for i in ids:
            if shown >= n:
                break
            others = [
                j
                for j in (group[pred[i]] if label == "WRONG" else group[gold[i]])
                if j != i and (gold[j] != gold[i] if label == "WRONG" else pred[j] != pred[i])
            ]
            if not others:
                continue
            j = others[0]
            ev = decide.compare(sigs[i], sigs[j], idf)
            a, b = sigs[i], sigs[j]
            print(
                f"{label} {i[:8]}({gold[i]},{a.get('pub')}) ~ {j[:8]}({gold[j]},{b.get('pub')}) "
                f"cos~{ev.cosine:.2f} shared names={sorted(set(a['names']) & set(b['names']))[:8]}"
                f" nums={sorted(set(a['nums']) & set(b['nums']))}"
            )
            shown += 1


if __name__ == "__main__":
    main()
