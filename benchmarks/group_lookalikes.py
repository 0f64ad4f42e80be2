"""Issue 4: grouping look-alike events, on an invented corpus (benchmarks/lookalikes).

    python benchmarks/group_lookalikes.py [--jobs J] [--errors FILE] [--set W=V]

A stand-in for the hidden grading corpus of issue 4 ("pairs of similar but distinct events per
topic"): benchmarks/lookalikes/articles.jsonl is fiction written for newsfold, 2-3 distinct but
alike events per topic (two shootings in one city in one week, two quakes in one province a year
apart...), each told by 2-4 outlets in their own words, often with a background paragraph about
the other, earlier event. Its README says how it is built.

The whole pipeline (`pipeline.run`, as `newsfold run` does) reads the corpus into a temporary
store. Printed: B-cubed precision, recall and F1 of event_id against `gold`, over all articles
and over each topic's events; every article alone; the TF-IDF + average-link baseline with its
threshold picked on this gold (an upper bound for it). --errors FILE writes every wrongly merged
and wrongly split pair of articles, with what was extracted from each (event date, place, type,
tolls), for studying why.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from common import ROOT, read_jsonl
from group_gva import baseline_linkage, bcubed, override_weights
from newsfold import pipeline
from newsfold.records import Analysis, Article
from newsfold.store import Store

CORPUS = ROOT / "benchmarks" / "lookalikes" / "articles.jsonl"
INPUT_FIELDS = ("id", "title", "published", "url", "text")


def topic_of(gold: str) -> str:
    """The topic of a gold label: labels are '<topic>-<event>' (see the corpus README)."""
    return gold.rsplit("-", 1)[0]


def line(name: str, pred: dict[str, str], gold: dict[str, str], ids: list[str]) -> None:
    p, r, f = bcubed(pred, gold, ids)
    print(f"{name:36} {p:.3f} {r:.3f} {f:.3f}")


def describe(a: dict[str, Any], an: Analysis | None) -> str:
    """One article as extracted: id, published, title; event date, place, type, tolls."""
    head = f"  {a['id']:8} pub {str(a.get('published'))[:16]:16} {a.get('title', '')[:90]}"
    if an is None:
        return head + "\n      (no analysis)"
    e = an.event
    place = " / ".join(str(x) for x in (e.country, e.admin1, e.admin2, e.location) if x)
    return (
        f"{head}\n      date={e.event_date} ({e.date_start}..{e.date_end}, prec {e.time_precision})"
        f" place={place or '-'} type={e.event_type}/{e.sub_event_type}"
        f" killed={e.fatalities} injured={e.injuries}"
    )


def write_errors(
    path: Path,
    rows: list[dict[str, Any]],
    pred: dict[str, str],
    gold: dict[str, str],
    analyses: dict[str, Analysis],
) -> tuple[int, int]:
    """Write the wrongly merged and wrongly split pairs, grouped by pair of gold events."""
    by_id = {r["id"]: r for r in rows}
    merged: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    split: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for i, j in combinations(sorted(gold), 2):
        if pred[i] == pred[j] and gold[i] != gold[j]:
            key = tuple(sorted((gold[i], gold[j])))
            merged[(key[0], key[1])].append((i, j))
        elif pred[i] != pred[j] and gold[i] == gold[j]:
            split[gold[i]].append((i, j))
    out: list[str] = []
    n_merged = sum(len(v) for v in merged.values())
    n_split = sum(len(v) for v in split.values())
    out.append(f"== WRONGLY MERGED: {n_merged} pairs of articles, {len(merged)} pairs of events")
    for (g1, g2), pairs in sorted(merged.items()):
        out.append(f"\n-- {g1} + {g2}: {len(pairs)} article pairs")
        shown = sorted({x for p in pairs for x in p}, key=lambda x: (gold[x], x))
        for i in shown:
            out.append(f"[{gold[i]} -> {pred[i][:12]}]")
            out.append(describe(by_id[i], analyses.get(i)))
        out.append("  pairs: " + ", ".join(f"{i}~{j}" for i, j in pairs))
    out.append(f"\n\n== WRONGLY SPLIT: {n_split} pairs of articles, {len(split)} events")
    for g, pairs in sorted(split.items()):
        members = sorted((i for i in gold if gold[i] == g), key=lambda x: (pred[x], x))
        out.append(f"\n-- {g}: {len(pairs)} article pairs apart")
        for i in members:
            out.append(f"[event {pred[i][:12]}]")
            out.append(describe(by_id[i], analyses.get(i)))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return n_merged, n_split


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=1, help="worker processes for the analysis")
    ap.add_argument("--errors", type=Path, help="write wrong merges and splits to this file")
    ap.add_argument(
        "--set", action="append", default=[], help="NAME=VALUE: override a group.decide weight"
    )
    args = ap.parse_args()
    override_weights(args.set)

    rows = list(read_jsonl(CORPUS))
    gold = {r["id"]: r["gold"] for r in rows}
    ids = [r["id"] for r in rows]

    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "lookalikes.jsonl"
        inputs.write_text(
            "".join(json.dumps({k: r[k] for k in INPUT_FIELDS if r.get(k)}) + "\n" for r in rows),
            encoding="utf-8",
        )
        with Store(Path(tmp) / "lookalikes.db") as store:
            report = pipeline.run([str(inputs)], store, jobs=args.jobs)
            pred = {a["id"]: a["event_id"] for a in store.iter_article_exports()}
            analyses = {a.article_id: a for a in store.analyses(ids)}
    elapsed = time.perf_counter() - t0
    for i in ids:
        if pred.get(i) is None:  # a skipped record stays alone
            pred[i] = f"alone:{i}"

    topics = sorted({topic_of(g) for g in gold.values()})
    events_of: dict[str, set[str]] = defaultdict(set)
    for i in ids:
        events_of[pred[i]].add(gold[i])
    wrong = [g for g in events_of.values() if len(g) > 1]
    print(
        f"lookalikes: {len(topics)} topics, {len(set(gold.values()))} events, {len(rows)} "
        f"articles; pipeline {elapsed:.0f}s, {len(report.skipped)} skipped, "
        f"{len(set(pred.values()))} events; {len(wrong)} events hold more than one gold event"
    )
    print(f"{'B-cubed':36} {'P     R     F1':>17}")
    line("newsfold run", pred, gold, ids)
    line("every article alone", {i: i for i in ids}, gold, ids)

    from scipy.cluster.hierarchy import fcluster

    by_id = {r["id"]: r for r in rows}
    articles = [Article(id=i, text=by_id[i]["text"], title=by_id[i].get("title")) for i in ids]
    z = baseline_linkage(articles)
    grid = [x / 100 for x in range(30, 100, 2)]

    def clusters(t: float) -> dict[str, str]:
        labels = fcluster(z, t=t, criterion="distance")
        return {i: str(lab) for i, lab in zip(ids, labels, strict=True)}

    best = max(grid, key=lambda t: bcubed(clusters(t), gold, ids)[2])
    base = clusters(best)
    line(f"tfidf+avg-link (gold t={best:.2f})", base, gold, ids)

    print(f"\n{'per topic (newsfold F1 / baseline F1)':44} events articles")
    for t in topics:
        part = [i for i in ids if topic_of(gold[i]) == t]
        f_nf = bcubed(pred, gold, part)[2]
        f_bl = bcubed(base, gold, part)[2]
        n_ev = len({gold[i] for i in part})
        print(f"  {t:28} {f_nf:.3f} / {f_bl:.3f}   {n_ev:6} {len(part):8}")

    if args.errors:
        n_merged, n_split = write_errors(args.errors, rows, pred, gold, analyses)
        print(
            f"\n{n_merged} wrongly merged and {n_split} wrongly split article pairs -> "
            f"{args.errors}"
        )


if __name__ == "__main__":
    main()
