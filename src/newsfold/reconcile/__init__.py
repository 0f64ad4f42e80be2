"""An event's analyses -> the contract's Event record: consensus, conflicts, dependence, notes."""

from newsfold.reconcile.event import reconcile

__all__ = ["reconcile"]
