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
threshold picked on this gold (an upper bound for it); what was extracted from each report
(date, country, admin1, killed) against its event's true facts (lookalikes/events.jsonl),
counting how often a report took the look-alike event's value. --errors FILE writes every wrongly
merged pair of events and wrongly split event: each article's extracted facts and where the
grouping put it (opened, joined with its score, merged), and the strongest cross links with
their evidence (cosine, shared names and numbers, days apart, place, veto, reasons).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from itertools import combinations
from pathlib import Path
from typing import Any

from common import ROOT, place_key, read_jsonl
from group_gva import baseline_clusters, bcubed, best_threshold, override_weights
from newsfold import pipeline
from newsfold.group import assign, decide, group_pending
from newsfold.records import Analysis, Article
from newsfold.store import Store
from newsfold.store import grouping as grouping_sql

CORPUS = ROOT / "benchmarks" / "lookalikes" / "articles.jsonl"
FACTS = ROOT / "benchmarks" / "lookalikes" / "events.jsonl"  # each gold event's true facts
INPUT_FIELDS = ("id", "title", "published", "url", "text")
# the story files from this one on extend the first corpus (17 topics, 123 articles) with kinds
# of look-alikes it lacked; their articles are scored apart too, as "extension"
EXTENSION_FROM = "20_"


def topic_of(gold: str) -> str:
    """The topic of a gold label: labels are '<topic>-<event>' (see the corpus README)."""
    return gold.rsplit("-", 1)[0]


def line(name: str, pred: dict[str, str], gold: dict[str, str], ids: list[str]) -> None:
    p, r, f = bcubed(pred, gold, ids)
    print(f"{name:36} {p:.3f} {r:.3f} {f:.3f}")


def check_facts(
    gold: dict[str, str], analyses: dict[str, Analysis], facts: dict[str, dict[str, Any]]
) -> dict[str, dict[str, str]]:
    """Each article's extracted facts against its event's: 'ok'; 'other' (the look-alike's:
    another event of the topic has that value); 'near' (a date 1-2 days off); 'wrong'; 'none'."""
    out: dict[str, dict[str, str]] = {}
    for i, g in gold.items():
        truth = facts.get(g)
        an = analyses.get(i)
        if truth is None or an is None:
            continue
        e = an.event
        others = [f for k, f in facts.items() if k != g and topic_of(k) == topic_of(g)]
        got = {
            "date": e.event_date,
            "country": place_key(e.country),
            "admin1": place_key(e.admin1),
            "killed": e.fatalities,
        }
        want = {
            "date": truth["date"],
            "country": place_key(truth["country"]),
            "admin1": place_key(truth["admin1"]),
            "killed": truth["killed"],
        }
        row: dict[str, str] = {}
        for field, value in got.items():
            if field == "admin1" and not want[field]:
                continue
            if field == "killed" and value is None and want[field] == 0:
                row[field] = "ok"  # no death told, none happened
            elif value in (None, ""):
                row[field] = "none"
            elif value == want[field]:
                row[field] = "ok"
            elif any(
                value == (place_key(o[field]) if field in ("country", "admin1") else o[field])
                for o in others
            ):
                row[field] = "other"
            elif (
                field == "date"
                and abs(
                    (
                        dt.date.fromisoformat(str(value)[:10]) - dt.date.fromisoformat(want["date"])
                    ).days
                )
                <= 2
            ):
                row[field] = "near"  # a day or two off: the report's or publication's day
            else:
                row[field] = "wrong"
        out[i] = row
    return out


def fact_table(checks: dict[str, dict[str, str]]) -> None:
    fields = ["date", "country", "admin1", "killed"]
    print(f"\n{'extraction vs the events facts':32} " + " ".join(f"{f:>8}" for f in fields))
    for kind in ("ok", "other", "near", "wrong", "none"):
        cells = []
        for f in fields:
            n = sum(1 for c in checks.values() if c.get(f) == kind)
            t = sum(1 for c in checks.values() if f in c)
            cells.append(f"{n / t:8.3f}" if t else "       -")
        label = {"other": "the look-alike's value", "near": "1-2 days off"}.get(kind, kind)
        print(f"  {label:30} " + " ".join(cells))


def describe(a: dict[str, Any], an: Analysis | None, check: dict[str, str] | None = None) -> str:
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
        + (f"\n      facts: {' '.join(f'{k}={v}' for k, v in check.items())}" if check else "")
    )


class Why:
    """The grouping's reasons, read back from the run's store: pairwise evidence and the
    decision that put each article where it is (from grouping the store again)."""

    def __init__(self, store: Store, ids: list[str]) -> None:
        grouping_sql.clear(store)
        grouper = group_pending(store, None, keep_decisions=True)
        self.decisions = {d.article_id: d for d in grouper.decisions}
        self.regrouped = {
            r["article_id"]: r["event_id"]
            for r in store.conn.execute("SELECT article_id, event_id FROM assignments")
        }
        self.sigs = grouping_sql.signatures(store, ids)
        terms: set[str] = set()
        for sig in self.sigs.values():
            terms |= assign._idf_terms(sig)
        self.idf = assign.Grouper(store, None)._idf(terms)

    def evidence(self, i: str, j: str) -> decide.Evidence | None:
        if i not in self.sigs or j not in self.sigs:
            return None
        return decide.compare(self.sigs[i], self.sigs[j], self.idf)

    def link(self, i: str, j: str) -> str:
        """One pair's evidence on one line."""
        ev = self.evidence(i, j)
        if ev is None:
            return f"  {i}~{j}: no signature"
        a, b = self.sigs[i], self.sigs[j]
        shared = sorted(set(a.get("names", ())) & set(b.get("names", ())))
        days = decide._days_apart(a, b)
        return (
            f"  {i}~{j}: score {ev.score:+.2f} {ev.kind or ''} cos {ev.cosine:.2f} "
            f"names {ev.names:.2f} {shared[:8]} nums {ev.nums} people {ev.people} "
            f"who {ev.who}{' who-conflict' if ev.who_conflict else ''} days {days} "
            f"veto {ev.veto} {'; '.join(ev.reasons)}"
        )

    def decision(self, i: str) -> str:
        d = self.decisions.get(i)
        if d is None:
            return "      (no decision)"
        how = "opened" if d.event_id == assign.event_id_for(i) else f"joined ({d.score:+.2f})"
        dup = f" {d.kind} of {d.duplicate_of}" if d.duplicate_of else ""
        merged = f", merging {', '.join(m[:12] for m in d.merged)}" if d.merged else ""
        return f"      grouped: {how} {d.event_id[:12]}{dup}{merged}"


def write_errors(
    path: Path,
    rows: list[dict[str, Any]],
    pred: dict[str, str],
    gold: dict[str, str],
    analyses: dict[str, Analysis],
    why: Why,
    checks: dict[str, dict[str, str]],
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

    def tell(
        members: list[str], label: Callable[[str], str], links: str, pairs: list[tuple[str, str]]
    ) -> None:
        """Each member with its facts and its grouping decision, then the strongest links."""
        for i in members:
            out.append(label(i))
            out.append(describe(by_id[i], analyses.get(i), checks.get(i)))
            out.append(why.decision(i))
        out.append(links)
        ranked = sorted(pairs, key=lambda p: -(e.score if (e := why.evidence(*p)) else -99))
        out.extend(why.link(i, j) for i, j in ranked[:4])

    for (g1, g2), pairs in sorted(merged.items()):
        out.append(f"\n-- {g1} + {g2}: {len(pairs)} article pairs")
        tell(
            sorted({x for p in pairs for x in p}, key=lambda x: (gold[x], x)),
            lambda i: f"[{gold[i]} -> {pred[i][:12]}]",
            "  strongest links across (the pairs that can glue the two):",
            pairs,
        )
    out.append(f"\n\n== WRONGLY SPLIT: {n_split} pairs of articles, {len(split)} events")
    for g, pairs in sorted(split.items()):
        out.append(f"\n-- {g}: {len(pairs)} article pairs apart")
        tell(
            sorted((i for i in gold if gold[i] == g), key=lambda x: (pred[x], x)),
            lambda i: f"[event {pred[i][:12]}]",
            "  best links between the parts (why none reached the threshold):",
            pairs,
        )
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
            why = Why(store, ids) if args.errors else None
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
    first = [r["id"] for r in rows if r.get("story", "") < EXTENSION_FROM]
    if len(first) < len(ids):
        line("  first 17 topics", pred, gold, first)
        line("  extension", pred, gold, [i for i in ids if i not in set(first)])
    line("every article alone", {i: i for i in ids}, gold, ids)

    by_id = {r["id"]: r for r in rows}
    articles = [Article(id=i, text=by_id[i]["text"], title=by_id[i].get("title")) for i in ids]
    clusters = baseline_clusters(articles)
    best = best_threshold(clusters, gold, ids)
    base = clusters(best)
    line(f"tfidf+avg-link (gold t={best:.2f})", base, gold, ids)
    if len(first) < len(ids):
        line("  first 17 topics", base, gold, first)
        line("  extension", base, gold, [i for i in ids if i not in set(first)])

    print(f"\n{'per topic (newsfold F1 / baseline F1)':44} events articles")
    for t in topics:
        part = [i for i in ids if topic_of(gold[i]) == t]
        f_nf = bcubed(pred, gold, part)[2]
        f_bl = bcubed(base, gold, part)[2]
        n_ev = len({gold[i] for i in part})
        print(f"  {t:28} {f_nf:.3f} / {f_bl:.3f}   {n_ev:6} {len(part):8}")

    facts = {f["gold"]: f for f in read_jsonl(FACTS)} if FACTS.exists() else {}
    checks = check_facts(gold, analyses, facts)
    if checks:
        fact_table(checks)

    if args.errors and why is not None:
        same = all(why.regrouped.get(i) == pred[i] for i in ids)
        if not same:
            print(
                "note: grouping the store again gave other events than the run; the "
                "decisions in the errors file are the regrouping's"
            )
        n_merged, n_split = write_errors(args.errors, rows, pred, gold, analyses, why, checks)
        print(
            f"\n{n_merged} wrongly merged and {n_split} wrongly split article pairs -> "
            f"{args.errors}"
        )


if __name__ == "__main__":
    main()
