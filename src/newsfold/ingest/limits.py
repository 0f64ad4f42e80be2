"""Size limits: what ingest refuses to read whole, and why.

A news article is rarely more than a few hundred kilobytes, even as a full HTML page with its
scripts. Anything far bigger is a dump, a log or a mistake, and reading it whole would hold it in
memory (and in spaCy, whose own limit is 1,000,000 characters) for nothing. So:

- a document read whole (a `.txt`, an HTML page, a feed, a single JSON object) over
  `MAX_DOCUMENT_BYTES` is skipped with a reason naming the size;
- streamed formats (JSONL, a JSON array, WARC) have no file-size limit, but one line, one array
  element or one WARC record over `MAX_RECORD_BYTES` is skipped on its own and the rest is read;
- an article whose clean text is over `MAX_TEXT_CHARS` characters is skipped by `clean_record`.
"""

from __future__ import annotations

MAX_DOCUMENT_BYTES = 16 * 1024 * 1024
"""A txt/html/feed/JSON file read whole may be at most this big (16 MiB, after gunzip)."""

MAX_RECORD_BYTES = 16 * 1024 * 1024
"""One JSONL line, JSON array element or WARC record payload may be at most this big."""

MAX_TEXT_CHARS = 400_000
"""An article's clean text may be at most this long (well under spaCy's 1,000,000)."""

SNIFF_BYTES = 16 * 1024
"""How much of a stream is looked at to tell its format."""


def human_size(n: int) -> str:
    """`n` bytes as a short human string: 512 B, 3.2 KB, 200.0 MB."""
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{int(size)} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"  # pragma: no cover
