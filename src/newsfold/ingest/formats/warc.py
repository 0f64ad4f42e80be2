"""WARC files (plain or gzipped): one record per HTTP response that holds an HTML page.

Request, metadata and revisit records, and responses that are not HTML (images, scripts, style
sheets) or not successful (redirects, errors), are not articles and are passed over without a
report. The page's url is `WARC-Target-URI`; `WARC-Date` (when it was fetched) is kept as
`crawled`, the publication date's last resort when the page itself names none. Records are
numbered from 1 in the file (`crawl.warc.gz#17`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from newsfold.ingest import limits
from newsfold.ingest.encoding import decode, html_declared_charset
from newsfold.ingest.errors import Skip
from newsfold.ingest.sniff import sniff
from newsfold.records import RawRecord

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _content_type(record: Any) -> tuple[str, str | None]:
    headers = record.http_headers if record.http_headers is not None else record.rec_headers
    value = headers.get_header("Content-Type") or ""
    mime, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.strip().partition("=")
        if key.lower() == "charset" and val:
            charset = val.strip().strip("\"'")
    return mime.strip().lower(), charset


def iter_warc(stream: BinaryIO, origin: str) -> Iterator[RawRecord | Skip]:
    """The HTML pages of a WARC stream, read record by record."""
    from warcio.archiveiterator import ArchiveIterator

    limit = limits.MAX_RECORD_BYTES
    for n, record in enumerate(ArchiveIterator(stream), 1):
        if record.rec_type not in ("response", "resource"):
            continue
        if record.http_headers is not None:
            status = record.http_headers.get_statuscode() or ""
            if not status.startswith("2"):
                continue
        mime, charset = _content_type(record)
        if mime and mime not in _HTML_TYPES:
            continue
        payload = record.content_stream().read(limit + 1)
        record_origin = f"{origin}#{n}"
        if len(payload) > limit:
            yield Skip(record_origin, f"record larger than {limits.human_size(limit)}")
            continue
        if not mime and sniff(payload[: limits.SNIFF_BYTES], complete=True).format != "html":
            continue
        html = decode(payload, charset or html_declared_charset(payload))
        if not html.strip():
            yield Skip(record_origin, "empty HTML response")
            continue
        yield RawRecord(
            origin=record_origin,
            html=html,
            url=record.rec_headers.get_header("WARC-Target-URI"),
            crawled=record.rec_headers.get_header("WARC-Date"),
        )
