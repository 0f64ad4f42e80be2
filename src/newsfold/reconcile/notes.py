"""A short factual summary in ACLED's manner, written from the reconciled record only.

"On 7 July 2021, Police Forces of Venezuela clashed with Unidentified Gang (Venezuela) in
Cota 905 (Capital, Venezuela), over 7 July 2021 to 9 July 2021. Reports give 11 to 12
fatalities (best estimate 12; compatible figures: “a dozen people have died”; “more than 10
people have been killed”). 2 reports from 2 sources, 1 independent (shared source: AFP)."

Where reports differ, one span per figure is quoted: the one that states it.
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
        if not event.actor1:
            verb = verb.replace("was involved", "were involved")  # "Unidentified actors were"
        if event.event_type == "Protests":
            action = f"{who} {verb}"
        else:
            action = f"{who} {verb} {event.actor2 or 'unidentified targets'}"
    else:
        action = "an incident of no recognised event type was reported"
    lead = f"On {when}, " if when else "On an unknown date, "
    sentence = lead + action
    if where:
        sentence += f" in {where}"
    if event.date_start and event.date_end and event.date_start != event.date_end:
        sentence += f", over {_day(event.date_start)} to {_day(event.date_end)}"
    sentences.append(sentence + ".")

    fat = _toll_sentence(event, "fatalities")
    if fat:
        sentences.append(fat)
    inj = _toll_sentence(event, "injuries")
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
        extra.append("shared source: " + ", ".join(wire))
    sentences.append(tail + (f" ({'; '.join(extra)})" if extra else "") + ".")
    return " ".join(sentences)


def _count(n: int, field: str) -> str:
    if field == "fatalities":
        return f"{n} fatalit{'y' if n == 1 else 'ies'}"
    return f"{n} {'person' if n == 1 else 'people'} injured"


def _toll_sentence(event: Event, field: str) -> str | None:
    best = getattr(event, field)
    low = getattr(event, f"{field}_low")
    high = getattr(event, f"{field}_high")
    if best is None:
        return None
    conflict = next((c for c in event.conflicts if c.field == field), None)
    if conflict is None or low == high:
        return (
            f"{_count(best, field)} reported."
            if field == "fatalities"
            else f"{_count(best, field)}."
        )
    words = "compatible" if conflict.compatible else "conflicting"
    # one span per figure: the one that states it (conflicts list those first)
    texts = [v["text"][0] for v in conflict.values if v.get("text")][:3]
    quoted = f": {'; '.join(_quote(t) for t in texts)}" if texts else ""
    label = "fatalities" if field == "fatalities" else "people injured"
    return f"Reports give {low} to {high} {label} (best estimate {best}; {words} figures{quoted})."


def _quote(text: str) -> str:
    return "\u201c" + " ".join(text.split()).strip(" \"'\u201c\u201d") + "\u201d"
