"""Issue 5: the reconciled events against the GVA incident records.

    python benchmarks/reconcile_gva.py [--db benchmarks/out/reconcile_gva.db] [--rebuild]
                                       [--jobs 2] [--errors FIELD]
                                       [--split dev|dev-a|dev-b|held-a]
                                       [--only dev|held-out] [--reconcile]

Runs the whole pipeline (ingest, analyse, group, reconcile) over /work/shared/data/gva
articles into a store (kept and reused; --rebuild starts afresh), then, for each incident with
a record, takes the event that holds most of its articles and compares its fatalities,
injuries, date, state (admin1) and city (location or admin2) with the record. Incident-level
figures, split into the fixed dev / held-out halves.

A second table tells where the date and city misses are: the incidents by their number of
reports (1, 2, 3+), and how often some report's own analysis (before reconciling) had the
record's value: the most that choosing among the reports can reach, so a figure below it is
the choice's miss and the gap above it the analysis's. For the date, a row tells how often
some report tells the record's day at all (a date claim of that day, chosen or not, or its own
day to the day, as from a title): an incident beyond it can be right only by a guess from a
publication day (an undated page's week). For the city, a last row tells how often the record's
town (either name of "Town (Place)") is written as a word in some report's title or text: an
incident beyond it can be right only through its county or a town the text never names.

A third table files each date miss by kind (`common.date_miss_kinds`), as a share of all
incidents: whether the reports tell no day, only other days, or the record's day among others
(only the last is a reading or choice error newsfold could mend; a row tells how many of them
only a report grouped into another event tells), and whether the event's day
is one day or two and more off. It is how the unseen fold's misses are weighed without
printing them.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from common import (
    DATA,
    DATE_MISS_KINDS,
    ROOT,
    STUDIED,
    Scores,
    date_miss_kinds,
    fold_of,
    gva_city_keys,
    place_key,
    read_jsonl,
    split_of,
)
from newsfold import pipeline
from newsfold.store import Store

FIELDS = ["killed", "injured", "date", "state", "city"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default=str(ROOT / "benchmarks" / "out" / "reconcile_gva.db"))
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--errors", default="")
    ap.add_argument(
        "--split",
        default="dev",
        choices=STUDIED,
        help="the part whose errors --errors prints (held-b's are never printed)",
    )
    ap.add_argument(
        "--reconcile",
        action="store_true",
        help="reconcile every stored event again (reconcile rules iterate without re-analysis)",
    )
    ap.add_argument(
        "--only",
        choices=["dev", "held-out"],
        help="run the pipeline on this half's articles alone (faster; its figures only)",
    )
    args = ap.parse_args()

    db = Path(args.db)
    db.parent.mkdir(parents=True, exist_ok=True)
    if args.rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    articles_path = DATA / "gva" / "articles.jsonl"
    rows = list(read_jsonl(articles_path))
    if args.only:
        rows = [r for r in rows if split_of(r["incident_id"]) == args.only]
    incidents = {r["incident_id"]: r for r in read_jsonl(DATA / "gva" / "incidents.jsonl")}

    with tempfile.TemporaryDirectory() as tmp:
        # the contract's input records (the gold incident_id stays out of newsfold's sight)
        inputs = Path(tmp) / "gva.jsonl"
        with inputs.open("w") as fh:
            for r in rows:
                rec = {k: r[k] for k in ("id", "title", "published", "url", "text") if r.get(k)}
                fh.write(json.dumps(rec) + "\n")
        t0 = time.perf_counter()
        with Store(db) as store:
            if args.reconcile:
                with store.transaction() as conn:
                    conn.execute("UPDATE events SET stale = 1")
            report = pipeline.run([str(inputs)], store, jobs=args.jobs)
        elapsed = time.perf_counter() - t0
    print(
        f"pipeline: {report.read} read, {report.new} new, {len(report.skipped)} skipped, "
        f"{report.events_total} events, {elapsed:.1f}s"
    )

    with Store(db, readonly=True) as store:
        event_of = {a["id"]: a["event_id"] for a in store.iter_article_exports()}
        events = {e.event_id: e for e in store.iter_events()}
        own = {a.article_id: a.event for a in store.analyses([r["id"] for r in rows])}

    by_incident: dict[str, list[str]] = {}
    for r in rows:
        by_incident.setdefault(r["incident_id"], []).append(r["id"])
    texts = {r["id"]: f"{r.get('title') or ''}\n{r.get('text') or ''}" for r in rows}
    scores = Scores()
    parts = Scores()  # where the date and city misses are: by reports, and what a report had
    errors = []
    for incident_id, ids in by_incident.items():
        inc = incidents.get(incident_id)
        if inc is None:
            continue
        votes = Counter(event_of[i] for i in ids if event_of.get(i))
        if not votes:
            continue
        ev = events[votes.most_common(1)[0][0]]
        split = split_of(incident_id)
        fold = fold_of(incident_id)
        checks = {
            "killed": (ev.fatalities or 0) == int(inc["num_killed"] or 0),
            "injured": (ev.injuries or 0) == int(inc["num_injured"] or 0),
            "date": ev.event_date == inc["date"],
            "state": place_key(ev.admin1) == place_key(inc["state"]),
            # as in extract_gva; the event's town is its location or its county (the record
            # alone: no per-article place lists here)
            "city": bool(
                gva_city_keys(inc["city_or_county"])
                & ({place_key(ev.location), place_key(ev.admin2)} - {""})
            ),
        }
        got = {
            "killed": ev.fatalities,
            "injured": ev.injuries,
            "date": ev.event_date,
            "state": ev.admin1,
            "city": (ev.location, ev.admin2),
        }
        want = {
            "killed": inc["num_killed"],
            "injured": inc["num_injured"],
            "date": inc["date"],
            "state": inc["state"],
            "city": inc["city_or_county"],
        }
        for f in FIELDS:
            scores.add(split, f, checks[f], fold)
            if f == args.errors and not checks[f] and args.split in (split, fold):
                errors.append((incident_id, want[f], got[f], ev.notes))
        for f in ("date", "city"):
            inside = [i for i in ids if event_of.get(i) == ev.event_id]
            breakdown = _breakdown(f, checks[f], ids, own, inc, texts, got[f], inside)
            for part, ok in breakdown.items():
                parts.add(split, part, ok, fold)
    for incident_id, want, got, notes in errors:
        print(f"{incident_id}: want {want!r} got {got!r}\n  {notes}\n")
    n = scores.total.get(("all", "killed"), 0)
    print(f"GVA incidents with a record and grouped articles: {n}")
    print(scores.table(FIELDS))
    print(
        "\nWhere the date and city misses are (incidents by their number of reports; 'a report"
        "\nhad it': some report's own analysis had the record's value, the most the choice among"
        "\nreports can reach; 'told by a report': some report's text tells the record's day, chosen"
        "\nor not; an incident beyond it can be right only by a publication day's guess;"
        "\n'written in a report': the record's town is a word of some report's title or text):"
    )
    print(parts.table(PARTS))
    print(
        "\nThe date misses by kind, each a share of all incidents: what the reports' texts tell"
        "\n(no day at all, only other days, or the record's day among them: the part a better"
        "\nreading or choice could mend, and of it the share only a report grouped into another"
        "\nevent tells) and how far the event's day is from the record's:"
    )
    print(parts.table(MISS_PARTS))


PARTS = [
    f"{f} {k}"
    for f in ("date", "city")
    for k in ("1 report", "2 reports", "3+ reports", "a report had it")
] + ["date told by a report", "city written in a report"]
# the date misses by kind (`common.date_miss_kinds`): each row a share of all incidents
MISS_PARTS = [f"date miss: {kind}" for kind in DATE_MISS_KINDS]

# the claim fields that carry a day an article tells (`Claim.field`)
DAY_FIELDS = ("event_date", "date_start", "date_end")


def _breakdown(
    field: str,
    ok: bool,
    ids: list[str],
    own: dict[str, Any],
    inc: dict[str, Any],
    texts: dict[str, str],
    got: Any = None,
    inside: list[str] | None = None,
) -> dict[str, bool]:
    """The incident's score filed under its number of reports, and whether any of its reports'
    own analyses (before reconciling) had the record's value; for the date, also whether any
    report tells the record's day at all (a date claim of that day, or its own day at day
    precision); for the city, whether any report's title or text writes the record's town."""
    n = len(ids)
    size = "1 report" if n == 1 else "2 reports" if n == 2 else "3+ reports"
    reports = [own[i] for i in ids if i in own]
    if field == "date":
        had = any(ev.event_date == inc["date"] for ev in reports)
        # every day a report tells: its claims' days, and its own day when read to the day
        # (a title's day has no claim)
        days = {c.value for ev in reports for c in ev.claims if c.field in DAY_FIELDS} | {
            ev.event_date for ev in reports if ev.time_precision == 1 and ev.event_date
        }
        told = inc["date"] in days
        # whether the reports grouped into the incident's event tell the day themselves
        within = [own[i] for i in (ids if inside is None else inside) if i in own]
        told_inside = any(
            (ev.time_precision == 1 and ev.event_date == inc["date"])
            or any(c.value == inc["date"] for c in ev.claims if c.field in DAY_FIELDS)
            for ev in within
        )
        kinds = date_miss_kinds(inc["date"], got, days, bool(days), told and not told_inside)
        return {
            f"date {size}": ok,
            "date a report had it": had,
            "date told by a report": told,
            **{part: kind in kinds for part, kind in zip(MISS_PARTS, DATE_MISS_KINDS, strict=True)},
        }
    keys = gva_city_keys(inc["city_or_county"])
    had = any(keys & ({place_key(ev.location), place_key(ev.admin2)} - {""}) for ev in reports)
    names = [n.strip() for n in inc["city_or_county"].replace(")", "").split("(") if n.strip()]
    written = any(
        re.search(rf"(?<!\w){re.escape(name)}(?!\w)", texts[i], re.IGNORECASE)
        for name in names
        for i in ids
    )
    return {
        f"{field} {size}": ok,
        f"{field} a report had it": had,
        "city written in a report": written,
    }


if __name__ == "__main__":
    main()
