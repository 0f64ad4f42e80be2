"""Issue 3 (who and what): the event type and actors newsfold gives the GVA news pages.

    python benchmarks/what_gva.py [--only dev|held-out|all] [--limit N] [--list] [--save FILE]

The GVA articles are pages about US shootings, so the sensible outcomes are few: Violence
against civilians (Attack), Battles (Armed clash: a shootout), Riots, Strategic developments
(an arrest) or no type at all (a page with no story). There is no gold type per article, so
this counts what comes out: the event types and sub-types, the actor1 / actor2 names, and the
outcomes that cannot be right for a US shooting story ("odd"): remote violence (air strikes,
shelling, bombs), protests, foreign or non-state armed groups and armies, an actor of another
country. It also counts the battles with police as a side and police as actor1 (right when
officers fired or were shot, wrong when they only reported: read the list). `--list` prints
each odd outcome with the text that gave it (the trigger's or the actor's line). `--load FILE`
tabulates what `--save FILE` wrote, without analysing again. Splits as everywhere
(`common.split_of` of the incident id); study dev only.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

from common import gva_articles
from newsfold.analyse import analyse_many

# Types and sub-types that a page about a US shooting cannot be (its event is a shooting, an
# arrest, a shootout, a riot, or nothing): remote violence and protests.
ODD_TYPES = {"Explosions/Remote violence", "Protests"}
ODD_SUB_TYPES = {
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Suicide bomb",
    "Chemical weapon",
    "Grenade",
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Headquarters or base established",
    "Non-violent transfer of territory",
    "Abduction/forced disappearance",
    "Sexual violence",
}
# Actor names that do not belong in a US shooting: armies, armed groups with a name, the
# forces of another country. "(United States)" and the generic US actors are fine.
_US_OK = re.compile(r"\(United States\)$|\bof (the )?United States\b|\b(Gang|Crips|Bloods)\b")


def odd_actor(name: str | None) -> bool:
    """An actor name that cannot be right for a US shooting story (see `_US_OK`)."""
    return bool(name) and not _US_OK.search(name or "")


def line_of(text: str, start: int, end: int) -> str:
    """The line of `text` around a span (a page's lines are its headlines, captions, paras)."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    line = text[a:b].strip()
    return line if len(line) <= 300 else line[max(0, start - a - 140) : end - a + 140]


def outcome(row: dict[str, Any], analysis: Any) -> dict[str, Any]:
    """One article's type, sub-type and actors, with the text each came from."""
    ev = analysis.event
    out: dict[str, Any] = {
        "id": row["id"],
        "incident": row["incident_id"],
        "title": row.get("title"),
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "actor1": ev.actor1,
        "actor2": ev.actor2,
        "from": {},
    }
    for claim in ev.claims:
        field = claim.field
        if (
            field in ("event_type", "actor1", "actor2")
            and field not in out["from"]
            and claim.value == getattr(ev, field)
        ):
            out["from"][field] = (claim.text, line_of(row["text"], claim.start, claim.end))
    return out


def odd_reasons(o: dict[str, Any]) -> list[str]:
    reasons = []
    if o["event_type"] in ODD_TYPES:
        reasons.append(f"type {o['event_type']}")
    if o["sub_event_type"] in ODD_SUB_TYPES:
        reasons.append(f"sub-type {o['sub_event_type']}")
    for field in ("actor1", "actor2"):
        if odd_actor(o[field]):
            reasons.append(f"{field} {o[field]}")
    return reasons


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", choices=["dev", "held-out", "all"], default="dev")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--list", action="store_true", help="print each odd outcome with its text")
    ap.add_argument("--save", default="", help="write every article's outcome (JSON lines)")
    ap.add_argument("--load", default="", help="tabulate outcomes saved by --save instead")
    args = ap.parse_args()
    if args.load:
        with Path(args.load).open() as fh:
            report([json.loads(line) for line in fh], args.only, 0.0, args.list)
        return

    _, rows, articles = gva_articles(args.only, args.limit)
    t0 = time.perf_counter()
    outcomes = [outcome(r, a) for r, a in zip(rows, analyse_many(articles), strict=True)]
    elapsed = time.perf_counter() - t0
    if args.save:
        with Path(args.save).open("w") as fh:
            for o in outcomes:
                fh.write(json.dumps(o) + "\n")

    report(outcomes, args.only, elapsed, args.list)


def report(outcomes: list[dict[str, Any]], only: str, elapsed: float, listing: bool) -> None:
    """Print the counts of types and actors and the odd outcomes (`listing`: with their text)."""
    n = len(outcomes)
    types = Counter((o["event_type"], o["sub_event_type"]) for o in outcomes)
    print(f"GVA ({only}): {n} articles analysed in {elapsed:.1f}s\n")
    print("event type / sub-event type:")
    for (t, s), k in types.most_common():
        print(f"  {k:5d} {k / n:6.1%}  {t} / {s}")
    for field in ("actor1", "actor2"):
        print(f"\n{field}:")
        for name, k in Counter(o[field] for o in outcomes).most_common(15):
            print(f"  {k:5d}  {name}")
    # a force named as a side: right when officers fired or were shot, wrong when they only
    # reported, investigated or arrived (the commonest error before: "police said")
    battles = [o for o in outcomes if o["event_type"] == "Battles"]
    police_side = sum(1 for o in battles if "Police" in f"{o['actor1']} {o['actor2']}")
    police_actor1 = sum(1 for o in outcomes if "Police" in str(o["actor1"]))
    print(
        f"\nbattles {len(battles)}, with police as a side {police_side}; "
        f"police as actor1 (any type) {police_actor1}"
    )
    odd = [(o, odd_reasons(o)) for o in outcomes]
    odd = [(o, r) for o, r in odd if r]
    kinds = Counter(reason.split(" ")[0] for _, rs in odd for reason in rs)
    print(
        f"\nodd outcomes: {len(odd)} of {n} articles ({len(odd) / max(n, 1):.1%}); "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    )
    if listing:
        for o, reasons in odd:
            print(f"\n[{o['incident']}] {o['title']!r}: {'; '.join(reasons)}")
            for field, (text, line) in o["from"].items():
                print(f"    {field} <- {text!r}: {line!r}")


if __name__ == "__main__":
    main()
