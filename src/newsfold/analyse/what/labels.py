"""Groups of cue labels and how specific each is.

The labels are those of `event_types.CUES`. `SPECIFIC_RANK` orders them (a specific cue outranks
a generic one in its sentence), `MAIN_LABELS` are the labels that can be an event's trigger;
the other groups say which labels name explosives, which are generic, which say what a generic
one was, which are never background and which are violent.
"""

from __future__ import annotations

# How specific a cue is: a specific cue outranks a generic one in the same sentence.
EXPLOSIVE = ("SUICIDE", "CHEMICAL", "AIR", "GRENADE", "IED", "SHELL", "EXPLOSION")
SPECIFIC_RANK: dict[str, int] = {
    "PROTEST": 9,
    "DEMO_RIOT": 9,
    "SUICIDE": 8,
    "CHEMICAL": 8,
    "AIR": 7,
    "GRENADE": 7,
    "IED": 6,
    "SHELL": 6,
    "EXPLOSION": 5,
    "SMALLARMS": 4,
    "FIRE": 4,
    "SEXUAL": 6,
    "RIOT": 6,
    "ABDUCT": 5,
    "MOB": 5,
    "CLASH": 5,
    "TERRITORY": 5,
    "DISRUPTED": 5,
    "AGREEMENT": 4,
    "VIOLENCE": 3,
    "ARREST": 3,
    "LOOT": 3,
    "HQ": 3,
    "CHANGE": 2,
    "INTERVENTION": 2,
    "OTHER": 1,
}
MAIN_LABELS = frozenset(SPECIFIC_RANK)
GENERIC = frozenset({"VIOLENCE", "ARREST", "LOOT", "OTHER", "AGREEMENT", "HQ", "CHANGE"})
OVERRIDERS = frozenset(
    {*EXPLOSIVE, "CLASH", "PROTEST", "DEMO_RIOT", "RIOT", "MOB", "SEXUAL", "TERRITORY"}
)
"""Specific labels that say what a generic one ("killed", "arrested") in their sentence was."""
NEVER_BACKGROUND = frozenset({*EXPLOSIVE})
VIOLENT_LABELS = frozenset({*EXPLOSIVE, "CLASH", "VIOLENCE", "ABDUCT", "SEXUAL"})
