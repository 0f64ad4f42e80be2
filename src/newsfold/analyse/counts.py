"""(to be written)"""

from __future__ import annotations

from newsfold.analyse.context import Context


def annotate(ctx: Context) -> None:
    """Not written yet: adds nothing."""
