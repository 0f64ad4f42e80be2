"""Stable ids and content hashes.

`derive_id` depends on the raw record only (url, title and body as read), never on cleaning, so
the pipeline can compute it before the costly cleaning and skip articles it already stored.
Whitespace is collapsed before hashing so that the same article read from a `.txt` with CRLF
line ends and from stdin with LF ends gets the same id. The url is part of the id: the same text
published at two addresses is two articles (grouping then marks one a copy of the other).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from newsfold.records import RawRecord

_QUOTES = (("‘", "'"), ("’", "'"), ("‚", "'"), ("“", '"'), ("”", '"'), ("„", '"'), ("′", "'"))
_PUNCT_SPACE = re.compile(r"\s+")


def derive_id(raw: RawRecord) -> str:
    """A stable 20-hex-digit id from the raw content: url, title and text (or html)."""
    h = hashlib.sha256()
    for part in (raw.url, raw.title, raw.text):
        h.update(" ".join((part or "").split()).encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    if raw.text is None and raw.html is not None:
        # a page is hashed as it is (collapsing its whitespace would cost more than the rest
        # of reading it); only line ends are unified
        h.update(raw.html.replace("\r\n", "\n").encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:20]


def normalised_for_hash(text: str) -> str:
    """Text as compared for exact copies: NFKC, case-folded, straight quotes, one space."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        for curly, straight in _QUOTES:
            text = text.replace(curly, straight)
    text = text.casefold()
    return _PUNCT_SPACE.sub(" ", text).strip()


def content_hash(text: str) -> str:
    """Hash of the normalised clean text: equal for exact copies, whatever their layout."""
    return hashlib.sha1(normalised_for_hash(text).encode("utf-8", "surrogatepass")).hexdigest()
