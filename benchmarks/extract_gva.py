"""Issue 3: per-article extraction on the GVA shooting articles against their incidents.

    python benchmarks/extract_gva.py [--limit N] [--errors FIELD] [--split dev|dev-a|dev-b|held-a]
                                   [--only dev|held-out]

For each article whose incident has a record: killed, injured, date, city (location, admin2 or
the event's resolved town against city_or_county) and state (admin1), names compared by
`common.place_key`. An incident's counts are final counts, so an early article can be right
and still differ; these are per-article figures.
"""

from __future__ import annotations

import argparse
import time

from common import STUDIED, Scores, fold_of, gva_articles, gva_city_keys, place_key, split_of
from newsfold.analyse import analyse_many

FIELDS = ["killed", "injured", "date", "city", "state"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", default="")
    ap.add_argument(
        "--split",
        default="dev",
        choices=STUDIED,
        help="the part whose errors --errors prints (held-b's are never printed)",
    )
    ap.add_argument(
        "--only",
        choices=["dev", "held-out"],
        help="analyse this half's articles alone (faster; its figures only)",
    )
    args = ap.parse_args()

    incidents, rows, articles = gva_articles(args.only, args.limit)
    t0 = time.perf_counter()
    analyses = list(analyse_many(articles))
    elapsed = time.perf_counter() - t0
    scores = Scores()
    errors = []
    for row, analysis in zip(rows, analyses, strict=True):
        ev = analysis.event
        inc = incidents[row["incident_id"]]
        split = split_of(row["incident_id"])
        fold = fold_of(row["incident_id"])
        cities = gva_city_keys(inc["city_or_county"])
        # the event's town: its location, its county, or the resolved place a neighbourhood
        # or site lies in (`location` is then the neighbourhood's own name)
        towns = {place_key(ev.location), place_key(ev.admin2)} | {
            place_key(p.get("name")) for p in analysis.places if p.get("role") == "event"
        }
        checks = {
            "killed": (ev.fatalities or 0) == int(inc["num_killed"] or 0),
            "injured": (ev.injuries or 0) == int(inc["num_injured"] or 0),
            "date": ev.event_date == inc["date"],
            "city": bool(cities & (towns - {""})),
            "state": place_key(ev.admin1) == place_key(inc["state"]),
        }
        got = {
            "killed": ev.fatalities,
            "injured": ev.injuries,
            "date": ev.event_date,
            "city": (ev.location, ev.admin2),
            "state": ev.admin1,
        }
        want = {
            "killed": inc["num_killed"],
            "injured": inc["num_injured"],
            "date": inc["date"],
            "city": inc["city_or_county"],
            "state": inc["state"],
        }
        for f in FIELDS:
            scores.add(split, f, checks[f], fold)
            if f == args.errors and not checks[f] and args.split in (split, fold):
                errors.append((row, want[f], got[f]))
    for row, want, got in errors:
        print(
            f"want {want!r} got {got!r}  [{row['published']}] {row['title']}\n"
            f"  {row['text'][:400]!r}\n"
        )
    print(
        f"GVA: {len(rows)} articles with an incident record, analysed in {elapsed:.1f}s "
        f"({len(rows) / elapsed:.1f}/s, one process)"
    )
    print(scores.table(FIELDS))


if __name__ == "__main__":
    main()
