"""Where, townships the gazetteer's towns lack, let in from the USPS list only where the text
names their county or their state.

GeoNames' cities500 lacks many townships of Pennsylvania, New Jersey, Michigan and Ohio
("Lower Merion", "Hamilton Township" of Mercer County, "Sycamore Township"): their names were
read as a namesake elsewhere (Paxton, Massachusetts for "Lower Paxton"; Hamilton, Ohio for
New Jersey's "Hamilton Township") or as the county's seat. The USPS list names some of them
among a ZIP code's other names (`us_places.township_places`): rows of the gazetteer kept out of
its name index (`Gazetteer.townships`), which the scanner never reads. Made rows of the index
they cost real stories: a text's "Salem Township, Wyandot County" matched whole another
state's "Salem Township" and lost its county's township (`event_place._township`).

So a township row enters here, after the scan and the plausibility filter, only for a mention
written in a township's form ("Hamilton Township", "Hamilton Twp.", "Lower Merion"), and only
where the text names the row's county (or a county of its state around it) or its state
(a state's name or abbreviation, the outlet's state); and it never displaces a place that
has its own row: where a reading the mention already has is a town of the township's name,
state and county, that reading is kept instead (`_own_rows`). Then, where the event's town
is only what the township lies outside, or a part of it, the township is the event's place
(`_township_over_town`).
"""

from __future__ import annotations

from newsfold.analyse.gazetteer import ADMIN1, ADMIN2, CITY, Gazetteer, name_key
from newsfold.analyse.where.evidence import _Evidence
from newsfold.analyse.where.mentions import _Mention
from newsfold.analyse.where.scanner import _Scanner

NEAR_COUNTY_KM = 40.0
"""How near a named county of the township's state lies (its seat) to the township's ZIP
codes' centre for the text to name the township's county: USPS files a ZIP code that
straddles a county line under one county ("Lower Merion", Montgomery County, only under
Havertown's Delaware County code)."""


def _township_keys(sc: _Scanner, m: _Mention) -> list[str]:
    """The keys a mention's township form may have, longest first: "lower paxton township"
    and "lower paxton" for "Lower Paxton Township" (scanned as Paxton, after a cut "Lower"
    and before the kind word), "hamilton township" for "Hamilton Township" or "Hamilton
    Twp."; none for a name in no township's form."""
    key = m.key
    if m.upper_lower:
        key = f"{sc.low(m.start_tok - 1)} {key}"
    nxt = sc.low(m.end_tok) if m.end_tok < sc.n else ""
    if m.kind_word == "township" or nxt in ("township", "twp", "twp."):
        return [f"{key} township", key] if m.upper_lower else [f"{key} township"]
    if key.endswith(" township"):
        return [key]
    return [key] if m.upper_lower else []


def _named_states(g: Gazetteer, mentions: list[_Mention], base: _Evidence) -> set[str]:
    """The US states the text names, by the name the gazetteer gives them: a state's name or
    abbreviation ("Pennsylvania", "N.J." after a town) and the outlet's state."""
    states = {
        g.admin1[r] or ""
        for m in mentions
        for r in [*m.qual_rows, *(m.ids[:1] if not (m.title or m.kind_word) else ())]
        if g.kind[r] == ADMIN1 and g.cc[r] == "US"
    }
    if base.outlet is not None and base.outlet[0] == "US":
        states.add(base.outlet[1])
    return states


def _abbreviated_states(g: Gazetteer, scanned: list[_Mention]) -> set[str]:
    """The US states abbreviated after a comma ("UPPER MORELAND TOWNSHIP, Pa.", "Redford
    Township, Mich."): qualifiers, which the plausibility filter sets aside as places of
    their own."""
    return {
        g.admin1[g.us_abbrev[m.key]] or ""
        for m in scanned
        if m.prep == ","
        and not m.title
        and m.key in g.us_abbrev
        and ("." in m.text or m.text.isupper())
    }


def _county_named(g: Gazetteer, row: int, mentions: list[_Mention]) -> bool:
    """Whether the text names township `row`'s county: a county's name ("Mercer County", in
    an office's name too: "the Mercer County Prosecutor's Office") with a reading in the
    row's state that is its county, or whose seat lies within `NEAR_COUNTY_KM` of it; not a
    county the text writes with another state ("Warren County, New Jersey" for Ohio's
    Washington Township beside Ohio's Warren County)."""
    a1 = g.admin1[row]
    for m in mentions:
        if m.title or m.key.rsplit(" ", 1)[-1] not in ("county", "parish"):
            continue
        if _written_with_other_state(g, m, a1):
            continue
        for c in m.ids[:25]:
            if g.kind[c] != ADMIN2 or g.cc[c] != "US" or g.admin1[c] != a1:
                continue
            if g.admin2[c] == g.admin2[row] or g.km(row, c) <= NEAR_COUNTY_KM:
                return True
    return False


def _written_with_other_state(g: Gazetteer, m: _Mention, a1: str | None) -> bool:
    """Whether a mention is qualified by a US state ("Warren County, New Jersey") and none
    of its qualifying states is `a1`."""
    rows = [*m.qual_rows, *(r for q in m.quals if not q.fuzzy for r in q.ids[:1])]
    states = {g.admin1[r] for r in rows if g.kind[r] == ADMIN1 and g.cc[r] == "US"}
    return bool(states) and a1 not in states


def _other_county_named(g: Gazetteer, row: int, mentions: list[_Mention]) -> bool:
    """Whether the text names a county of township `row`'s state that is not the row's (nor
    within `NEAR_COUNTY_KM` of it): "Washington Township police in Warren County, New
    Jersey".

    Reads the county names of the text (as `_county_named`). A township's name recurs across
    a state (New Jersey has six Washington Townships; the USPS list names only Bergen
    County's): where the text sets the township in another county of the state, the state's
    name does not make it the listed one, a namesake 100 km away.
    """
    a1 = g.admin1[row]
    for m in mentions:
        if m.title or m.key.rsplit(" ", 1)[-1] not in ("county", "parish"):
            continue
        for c in m.ids[:25]:
            if (
                g.kind[c] == ADMIN2
                and g.cc[c] == "US"
                and g.admin1[c] == a1
                and g.admin2[c] != g.admin2[row]
                and g.km(row, c) > NEAR_COUNTY_KM
            ):
                return True
    return False


def _own_rows(g: Gazetteer, rows: list[int], m: _Mention) -> tuple[int, ...]:
    """The readings `m` already has that are a township row's place under its own row: a
    US town of its state and county named as it is, less the word "Township" ("Cherry Hill"
    for "Cherry Hill Township", the USPS town "Washington" of Macomb County for its
    "Washington Township"; not Paxtang, a borough of Lower Paxton's county). Those rows
    stay, and only they."""
    names = {name_key(g.name[t]).removesuffix(" township") for t in rows}
    return tuple(
        r
        for r in m.ids
        if g.kind[r] == CITY
        and g.cc[r] == "US"
        and name_key(g.name[r]) in names
        and any((g.admin1[r], g.admin2[r]) == (g.admin1[t], g.admin2[t]) for t in rows)
    )


def _with_townships(
    g: Gazetteer,
    sc: _Scanner,
    scanned: list[_Mention],
    mentions: list[_Mention],
    base: _Evidence,
) -> list[_Mention]:
    """The plausible mentions, with each township-form mention whose township row the text
    supports read as that row alone (`_township_keys`, `_county_named`, `_named_states`).

    A mention the plausibility filter set aside comes back when its township is supported
    ("in Lower Merion", whose "Merion" alone was no place), unless it is a street's, a
    business's, a building's or a person's name ("on Upper Moreland Road"). Its span takes
    in a cut "Upper"/"Lower"; the kind word stays the mention's.
    """
    found: list[tuple[_Mention, tuple[int, ...]]] = []
    for m in scanned:
        if m.title or m.street or m.business or m.in_building:
            continue
        for key in _township_keys(sc, m):
            rows = g.townships.get(key, ())
            # (the model may take "Hamilton Twp." for a person's name; a bare "Upper X" in
            # one is a person's)
            if rows and not (m.in_person and not key.endswith(" township")):
                found.append((m, rows))
                break
    if not found:
        return mentions
    others = [m for m in mentions if all(m is not f[0] for f in found)]
    states = _named_states(g, others, base) | _abbreviated_states(g, scanned)
    kept = set(mentions)
    for m, rows in found:
        by_county = [r for r in rows if _county_named(g, r, mentions)]
        by_state = [
            r
            for r in rows
            if r not in by_county
            and g.admin1[r] in states
            and not _other_county_named(g, r, mentions)
        ]
        good = by_county + by_state
        if not good:
            continue
        own = _own_rows(g, good, m)
        if own:  # "Washington Township" of Macomb County: the USPS town "Washington" there
            m.ids = own
            kept.add(m)
            continue
        if m.upper_lower:
            m.start_tok -= 1
            m.start = sc.idx[m.start_tok]
            m.text = sc.text[m.start : m.end]
            m.upper_lower = False
        m.key, m.ids = name_key(g.name[good[0]]), tuple(good)
        kept.add(m)
    return [m for m in scanned if m in kept]


def _township_over_town(
    g: Gazetteer, best: int, best_ms: list[_Mention], mentions: list[_Mention]
) -> _Mention | None:
    """A township row (`_with_townships`) the event is set in, where the event's town is only
    what it lies outside ("shot just outside Reading, in Muhlenberg Township") or a part of
    the township ("in the Somerset section of Franklin Township").

    Reads the prepositions and qualifiers of the event town's mentions and of each township
    mention of the town's state: the township wins where every mention of the town says
    "outside" or "near" and the township is said "in" in an event sentence, or where every
    mention of the town is qualified by the township. Without its row the township was the
    town's site, or the town the township's; with it, the two are towns, and the first named
    won. A township named beside a town the event is "in" stays a detail of it.
    """
    if best < 0 or g.kind[best] != CITY or g.cc[best] != "US" or not best_ms:
        return None

    def township(m: _Mention) -> bool:
        return (
            m.best >= 0
            and m.best != best
            and m.best in g.townships.get(m.key, ())
            and g.admin1[m.best] == g.admin1[best]
        )

    if all(b.prep in ("outside", "near") for b in best_ms):
        for m in mentions:
            if m.ev_sent and m.prep == "in" and township(m):
                return m
    parts = [next((q for q in b.quals if township(q)), None) for b in best_ms]
    if parts and all(q is not None for q in parts):
        return parts[0]
    return None
