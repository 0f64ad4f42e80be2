"""RSS and Atom feeds: one record per item.

An item's text is its full content when the feed carries it (`content:encoded`, Atom
`<content>`; the longest one when there are several), else its summary/description; HTML in
either is turned into paragraphs of text. The item's link, title and date (published, else
updated) are its url, title and publication date; the feed's language is the items' language.
An item with neither content nor summary is skipped with its number (`feed.xml#4`).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from typing import Any

from newsfold.ingest.errors import Skip
from newsfold.ingest.htmlpage import fragment_to_text
from newsfold.ingest.metadata import normalise_date, normalise_language, source_from_url
from newsfold.records import RawRecord


def _body(entry: Any) -> str:
    contents = [c.get("value") or "" for c in entry.get("content") or [] if isinstance(c, dict)]
    best = max(contents, key=len, default="")
    summary = entry.get("summary") or entry.get("description") or ""
    return best if len(best.strip()) >= len(summary.strip()) else summary


def _date(entry: Any) -> str | None:
    for key in ("published", "updated", "created"):
        value = entry.get(key)
        if isinstance(value, str) and normalise_date(value):
            return value
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            return dt.datetime(*parsed[:6], tzinfo=dt.UTC).isoformat()
    return None


def iter_feed(data: bytes, origin: str) -> Iterator[RawRecord | Skip]:
    """The items of an RSS or Atom feed given as bytes (feedparser detects the encoding)."""
    import feedparser

    parsed = feedparser.parse(data)  # bytes: never fetched, always parsed
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        reason = f"not a readable feed ({problem})" if problem else "feed has no items"
        yield Skip(origin, reason)
        return
    channel = parsed.get("feed") or {}
    language = normalise_language(channel.get("language"))
    channel_source = source_from_url(channel.get("link")) or (channel.get("title") or None)
    for i, entry in enumerate(entries, 1):
        item_origin = f"{origin}#{i}"
        text = fragment_to_text(_body(entry))
        if not text.strip():
            yield Skip(item_origin, "feed item has neither content nor summary")
            continue
        link = entry.get("link") or None
        yield RawRecord(
            origin=item_origin,
            text=text,
            title=entry.get("title") or None,
            published=_date(entry),
            url=link,
            source=None if source_from_url(link) else channel_source,
            language=normalise_language(entry.get("language")) or language,
        )
