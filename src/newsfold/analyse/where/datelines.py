"""Where, datelines: the "HOUSTON (AP) -" at the start of a story or of its first paragraphs."""

from __future__ import annotations

import re

from newsfold.calendar_words import MONTH_STEMS, alternation

_MONTH = alternation(MONTH_STEMS, title=True)
"""A month's capitalised stem ("Jan", "Sep"): `[a-z]*` after it reads the rest."""

_DATELINE = re.compile(
    # a crawled page may open on a stray control character: "\x97 ALBANY —" (a Windows-1252
    # dash read as Latin-1)
    r"[\s\x80-\x9f]*([A-ZÀ-Þ][A-Za-zÀ-ÿ.'’\- ]{1,40}?)(\s*,\s*[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’ ]{1,30}?)?"
    # "TEGUCIGALPA, May 17 (Meridian Wire) -", "MOMBASA, Kenya, June 21 -", "KYIV, Sept. 4, 2023 -"
    rf"(?:\s*,\s*{_MONTH}[a-z]*\.?\s+\d{{1,2}}"
    rf"(?:\s*,\s*\d{{4}})?|\s*,\s*\d{{1,2}}\s+{_MONTH}[a-z]*\.?)?"
    # the dash may be glued to the story's first word: "NORFOLK, Va. (WVEC) --Bond was denied"
    # a station credited with its band: "DAYTON (WHIO-TV) --"
    r"\s*(?:\([\w.,&/ -]{1,30}\))?\s*(?:(?:--|—|–|-|:)\s|(?:--|—|–)(?=[A-Z]))",
)


def _datelines(text: str) -> list[tuple[int, int]]:
    """Datelines at the start of the text or of one of its first paragraphs.

    Crawled pages often open with a photo caption or a menu before "CINCINNATI (WCPO) --".
    """
    found = _first_dateline(text)
    if found is None:
        return []
    start, m = found
    return [(start, start + (m.end(2) if m.group(2) else m.end(1)))]  # the place, not the date


def dateline_region(text: str) -> str | None:
    """What the text's dateline names after its place ("TULSA, Okla. -": "Okla.",
    "MOMBASA, Kenya, June 21 -": "Kenya"), or None when its dateline names nothing after
    its place or it has none.

    Reads the dateline `_datelines` finds (at the start of the text or of one of its first
    paragraphs): a state or a country, as the dateline writes it, for the caller to look up.
    """
    found = _first_dateline(text)
    if found is None or not found[1].group(2):
        return None
    return found[1].group(2).strip(" ,") or None


def _first_dateline(text: str) -> tuple[int, re.Match[str]] | None:
    """The first dateline at the start of the text or of one of its first six paragraphs:
    where its paragraph starts, and its match (group 1 the place, group 2 what follows it
    after a comma); None when there is none."""
    start = 0
    for _ in range(6):
        m = _dateline_match(text[start : start + 200])
        if m is not None:
            return start, m
        nxt = text.find("\n", start, start + 600)
        if nxt < 0:
            break
        start = nxt + 1
        while start < len(text) and text[start] in "\n\r \t":
            start += 1
    return None


def _dateline_match(text: str) -> re.Match[str] | None:
    """The dateline's match at the start of `text` ("HOUSTON (AP) -", "ROCKY MOUNT, N.C. —"),
    or None."""
    m = _DATELINE.match(text)
    if not m:
        return None
    letters = [c for c in m.group(1) if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.7 * len(letters):
        return None  # datelines shout the place name
    return m
