"""Analyses -> events: every report of one real-world event gets the same event_id.

Entry point for the pipeline: `assign_pending(store, run_id)` groups every stored article that
has no event yet, in a deterministic order, and marks the events it touched as stale so that
`reconcile` rewrites their records.
"""

from newsfold.group.assign import assign_pending, event_id_for

__all__ = ["assign_pending", "event_id_for"]
