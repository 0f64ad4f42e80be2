"""RawRecord -> Article (minimal version: title line, stable id)."""

from __future__ import annotations

import hashlib

from newsfold.ingest.errors import IngestError
from newsfold.records import Article, RawRecord


def derive_id(raw: RawRecord) -> str:
    """A stable id from the content: the same article read twice gets the same id."""
    h = hashlib.sha256()
    for part in (raw.url or "", raw.title or "", raw.text or raw.html or ""):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()[:20]


def content_hash(text: str) -> str:
    return hashlib.sha1(" ".join(text.lower().split()).encode()).hexdigest()


def clean_record(raw: RawRecord) -> Article:
    text = raw.text or ""
    if not text.strip():
        raise IngestError(raw.origin, "empty article")
    title = raw.title
    if title is None and raw.origin and not raw.origin.rsplit(":", 1)[-1].isdigit():
        first, _, rest = text.strip().partition("\n")
        title, text = first.strip(), rest.strip()
    return Article(
        id=raw.id or derive_id(raw),
        text=text,
        title=title,
        published=raw.published,
        url=raw.url,
        source=raw.source,
        language=raw.language,
        origin=raw.origin,
        content_hash=content_hash(text),
    )
