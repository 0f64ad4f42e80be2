"""Analyses -> events: every report of one real-world event gets the same event_id.

    text.py       tokens, content terms, name words, identifying numbers, MinHash (pure)
    signature.py  an article's small JSON-able signature and its blocking keys (pure)
    decide.py     the pairwise rule: copy, rewrite, different events (vetoes), same event
    assign.py     incremental assignment in a deterministic order, merges, batched writes
    refresh.py    new signatures for reanalysed articles (their events stay as they are)

Entry point for the pipeline: `assign_pending(store, run_id)` groups every stored article that
has no event yet, in a deterministic order, and marks the events it touched as stale so that
`reconcile` rewrites their records.
"""

from newsfold.group.assign import assign_pending, event_id_for, group_pending
from newsfold.group.refresh import signature_changes

__all__ = ["assign_pending", "event_id_for", "group_pending", "signature_changes"]
