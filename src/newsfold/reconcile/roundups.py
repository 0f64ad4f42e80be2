"""Roundups: one article that tells of several incidents and totals their toll.

"Five killed in overnight shootings across the city", "2 dead, 4 hurt in 3 shootings", "Two
girls shot in separate shootings": such an article is grouped with each incident it tells of
(its names, streets and places are theirs), but its toll is the sum of them all, not the toll
of the one event it joined. The tolls rule (`tolls.readings_for`) sets a roundup's count aside
when another report of the event gives one.

Read from the headline and the first lines only: a single-incident story often mentions other
shootings further down ("the third shooting in the area this week"), which says nothing about
what its own toll counts. The test itself is analyse's (`analyse.counts.roundup.is_roundup`),
which also keeps only the first incident's readings of a roundup; it is re-exported here for
the tolls rule.
"""

from __future__ import annotations

from newsfold.analyse.counts.roundup import LEAD_CHARS, is_roundup

__all__ = ["LEAD_CHARS", "is_roundup"]
