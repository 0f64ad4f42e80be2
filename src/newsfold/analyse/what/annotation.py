"""The entry points: `decide` (the decision for a parsed article) and `annotate` (records it on
the event and as an `event_type` claim with `sub_event_type`, `trigger` and `cue` attrs).
`ctx.notes[NOTES_KEY]` keeps the `_Doc` and the decision for `who`.
"""

from __future__ import annotations

from newsfold.analyse.context import Context
from newsfold.analyse.what.decision import Decision
from newsfold.analyse.what.doc_info import _Doc
from newsfold.analyse.what.rules import _decide
from newsfold.records import EVENT_TYPES

NOTES_KEY = "what"
"""`ctx.notes[NOTES_KEY]`: the main trigger and the actors found, for `who`."""


def decide(ctx: Context) -> Decision | None:
    """The event type decision for a parsed article (without recording it)."""
    info = _Doc(ctx)
    ctx.notes[NOTES_KEY] = {"info": info}
    return _decide(info)


def annotate(ctx: Context) -> None:
    """Set `event_type`/`sub_event_type` and record the trigger as an `event_type` claim."""
    decision = decide(ctx)
    ctx.notes[NOTES_KEY]["decision"] = decision
    if decision is None:
        return
    assert decision.sub_event_type in EVENT_TYPES[decision.event_type]
    ctx.event.event_type = decision.event_type
    ctx.event.sub_event_type = decision.sub_event_type
    span = decision.cue.span(ctx.doc)
    ctx.add_claim(
        "event_type",
        decision.event_type,
        span,
        sub_event_type=decision.sub_event_type,
        trigger=span.text,
        cue=decision.cue.label,
    )
