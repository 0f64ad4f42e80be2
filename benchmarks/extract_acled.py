"""Issue 3: per-article extraction on ACLED coders' notes.

    python benchmarks/extract_acled.py [--limit N] [--errors FIELD] [--split dev|held-out]
                                     [--only dev|held-out]

Input is each event's `notes` (no publication date: the notes carry absolute dates). Prints the
accuracy of event_type, sub_event_type, fatalities, event_date, country, admin1 and location,
overall and on each half of a fixed split. Countries compare by ISO code (an old code of the same
country as its current one: "ROM" is "ROU"), admin1 and location
names by `common.place_key` (GeoNames' and ACLED's spellings of the same place). --errors
prints mismatches of one field (dev half only unless --split says otherwise) to study.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

from common import DATA, Scores, norm, place_key, read_jsonl, split_of
from newsfold.analyse import analyse_many
from newsfold.records import Article

FIELDS = [
    "event_type",
    "sub_event_type",
    "fatalities",
    "event_date",
    "country",
    "admin1",
    "location",
]


# Codes ACLED's rows still use for a country whose ISO 3166 alpha-3 code has since changed:
# the same country, another code ("ROM", Romania's code until 2002, is "ROU").
ISO3_OLD = {"ROM": "ROU"}


def acled_date(value: str) -> str:
    return dt.datetime.strptime(value, "%d-%b-%y").date().isoformat()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", default="")
    ap.add_argument("--split", default="dev")
    ap.add_argument(
        "--only",
        choices=["dev", "held-out"],
        help="analyse this half's notes alone (faster; its figures only)",
    )
    args = ap.parse_args()

    rows = list(read_jsonl(DATA / "acled" / "events.jsonl"))
    if args.only:
        rows = [r for r in rows if split_of(r["data_id"]) == args.only]
    if args.limit:
        rows = rows[: args.limit]
    articles = [Article(id=r["data_id"], text=r["notes"]) for r in rows]
    t0 = time.perf_counter()
    analyses = list(analyse_many(articles))
    elapsed = time.perf_counter() - t0
    scores = Scores()
    errors = []
    for row, analysis in zip(rows, analyses, strict=True):
        ev = analysis.event
        split = split_of(row["data_id"])
        got = {
            "event_type": ev.event_type or "",
            "sub_event_type": ev.sub_event_type or "",
            "fatalities": str(ev.fatalities or 0),
            "event_date": ev.event_date or "",
            # places: the country by its ISO code when there is one, names by `place_key`
            "country": ev.iso3 or norm(ev.country),
            "admin1": place_key(ev.admin1),
            "location": place_key(ev.location),
        }
        want = {
            "event_type": row["event_type"],
            "sub_event_type": row["sub_event_type"],
            "fatalities": str(int(row["fatalities"] or 0)),
            "event_date": acled_date(row["event_date"]),
            "country": ISO3_OLD.get(row.get("iso3") or "", row.get("iso3"))
            if ev.iso3
            else norm(row["country"]),
            "admin1": place_key(row["admin1"]),
            "location": place_key(row["location"]),
        }
        for f in FIELDS:
            ok = got[f] == want[f]
            scores.add(split, f, ok)
            if f == args.errors and not ok and split == args.split:
                errors.append((row["notes"], want[f], got[f]))
    for notes, want, got in errors:
        print(f"want {want!r} got {got!r}\n  {notes}\n")
    print(
        f"ACLED notes: {len(rows)} events, analysed in {elapsed:.1f}s "
        f"({len(rows) / elapsed:.1f}/s, one process)"
    )
    print(scores.table(FIELDS))


if __name__ == "__main__":
    main()
