"""A short factual summary in ACLED's manner, written from the reconciled record only.

"On 9 July 2021, Police Forces of Venezuela clashed with El Coqui Gang in Cota 905, Caracas
(Capital, Venezuela), fighting since 7 July 2021. Reports give 11 to 12 fatalities (best
estimate 12; the reports differ but are compatible). 2 reports from 2 sources, 1 independent
origin (shared wire: AFP)."
"""

from __future__ import annotations

import datetime as dt

from newsfold.records import Event

VERBS = {
    "Battles": "clashed with",
    "Violence against civilians": "attacked",
    "Explosions/Remote violence": "carried out {sub} against",
    "Riots": "rioted against",
    "Protests": "protested",
    "Strategic developments": "was involved in {sub} with",
}


def _day(value: str | None) -> str | None:
    if not value:
        return None
    try:
        d = dt.date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{d.day} {d.strftime('%B %Y')}"


def _place(event: Event) -> str | None:
    parts = [event.location]
    region = ", ".join(x for x in (event.admin1, event.country) if x and x != event.location)
    if not event.location:
        return region or None
    return f"{parts[0]} ({region})" if region else parts[0]


def write_notes(event: Event) -> str:
    sentences: list[str] = []
    when = _day(event.event_date)
    where = _place(event)
    who = event.actor1 or "Unidentified actors"
    if event.event_type:
        verb = VERBS.get(event.event_type, "acted against").format(
            sub=(event.sub_event_type or "an action").lower()
        )
        if event.event_type == "Protests":
            action = f"{who} {verb}"
        else:
            action = f"{who} {verb} {event.actor2 or 'unidentified targets'}"
    else:
        action = "A reported incident without a recognised event type took place"
    lead = f"On {when}, " if when else "On an unknown date, "
    sentence = lead + action[0].lower() + action[1:] if not when else lead + action
    if where:
        sentence += f" in {where}"
    if event.date_start and event.date_end and event.date_start != event.date_end:
        sentence += f", over {_day(event.date_start)} to {_day(event.date_end)}"
    sentences.append(sentence + ".")

    fat = _toll_sentence(event, "fatalities", "fatalities")
    if fat:
        sentences.append(fat)
    inj = _toll_sentence(event, "injuries", "injured")
    if inj:
        sentences.append(inj)

    wire = sorted({d.via for d in event.dependence if d.kind == "wire" and d.via})
    copies = sum(len(d.article_ids) - 1 for d in event.dependence if d.kind in ("copy", "rewrite"))
    n_reports = len(event.article_ids)
    tail = (
        f"{n_reports} report{'s' if n_reports != 1 else ''} from "
        f"{event.n_sources} source{'s' if event.n_sources != 1 else ''}, "
        f"{event.n_independent_sources} independent"
    )
    extra = []
    if copies:
        extra.append(
            f"{copies} cop{'ies' if copies != 1 else 'y'} or rewrite{'s' if copies != 1 else ''}"
        )
    if wire:
        extra.append("shared wire: " + ", ".join(wire))
    sentences.append(tail + (f" ({'; '.join(extra)})" if extra else "") + ".")
    return " ".join(sentences)


def _toll_sentence(event: Event, field: str, noun: str) -> str | None:
    best = getattr(event, field)
    low = getattr(event, f"{field}_low")
    high = getattr(event, f"{field}_high")
    if best is None:
        return None
    conflict = next((c for c in event.conflicts if c.field == field), None)
    if conflict is None or low == high:
        return f"{best} {noun} reported." if field == "fatalities" else f"{best} people {noun}."
    words = "compatible" if conflict.compatible else "conflicting"
    texts = [t for v in conflict.values for t in (v.get("text") or [])][:3]
    quoted = f": {'; '.join(repr(t) for t in texts)}" if texts else ""
    label = noun if field == "fatalities" else "people injured"
    return f"Reports give {low} to {high} {label} (best estimate {best}; {words} figures{quoted})."
