"""One HTML page: decoded with the charset it declares (or the one detected). The article is
extracted later, in `clean_record`, where it runs in parallel with the other pages."""

from __future__ import annotations

from newsfold.ingest.encoding import decode, html_declared_charset
from newsfold.ingest.errors import Skip
from newsfold.records import RawRecord


def read_html(data: bytes, origin: str, encoding: str | None = None) -> RawRecord | Skip:
    """The RawRecord of an HTML page's bytes."""
    html = decode(data, encoding or html_declared_charset(data))
    if not html.strip():
        return Skip(origin, "empty file")
    return RawRecord(origin=origin, html=html)
