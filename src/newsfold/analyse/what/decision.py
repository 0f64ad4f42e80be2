"""The decision about one article: ACLED event type and sub-event type, the main cue, and its
agents and patients (read by `who`).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsfold.analyse import actors as ac
from newsfold.analyse.what.cues import Cue


@dataclass(slots=True)
class Decision:
    event_type: str
    sub_event_type: str
    cue: Cue
    agents: list[ac.Actor]
    patients: list[ac.Actor]
