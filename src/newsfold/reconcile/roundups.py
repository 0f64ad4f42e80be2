"""Roundups: one article that tells of several incidents and totals their toll.

"Five killed in overnight shootings across the city", "2 dead, 4 hurt in 3 shootings", "Two
girls shot in separate shootings": such an article is grouped with each incident it tells of
(its names, streets and places are theirs), but its toll is the sum of them all, not the toll
of the one event it joined. The tolls rule (`tolls.readings_for`) sets a roundup's count aside
when another report of the event gives one.

Read from the headline and the first lines only: a single-incident story often mentions other
shootings further down ("the third shooting in the area this week"), which says nothing about
what its own toll counts. Hand-written because no library tells a roundup from a report of one
incident; the patterns are the ways headlines announce several incidents.
"""

from __future__ import annotations

import re

from newsfold.records import Article

LEAD_CHARS = 300

_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
_COUNT = rf"(?:{_NUMBER}|several|multiple|separate|unrelated)"
_ROUNDUP = re.compile(
    rf"""\b(?:
        {_COUNT}\s+(?:[\w.'-]+\s+){{0,2}}?shootings
      | (?:weekend|overnight|holiday|weeknight)\s+(?:of\s+)?(?:shootings|violence)
      | (?:spate|string|series|rash|wave|flurry|spree)\s+of\s+(?:\w+\s+)?(?:shootings|homicides)
      | (?:violent|bloody|deadly|deadliest)\s+(?:holiday\s+)?weekend
      | separate\s+(?:incidents|attacks)
      | shot\s+in\s+(?:the\s+)?(?:past\s+)?{_NUMBER}\s+hours
      | shootings\s+(?:across|around|throughout)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def is_roundup(article: Article) -> bool:
    """Whether the article's headline or lead announces several incidents."""
    lead = f"{article.title or ''}\n{(article.text or '')[:LEAD_CHARS]}"
    return _ROUNDUP.search(lead) is not None
