"""Tell a stream's format from its first bytes; the file name only breaks ties.

Formats: `gzip`/`bzip2`/`xz` (decompressed and sniffed again), `warc`, `jsonl` (one JSON object
per line), `json` (one JSON document read whole), `json-array` (a top-level array, streamed),
`feed` (RSS or Atom), `html`, `xml` (XML that is not a feed: refused), `text`, `empty`,
`binary` (with what it seems to be: PDF, PNG, ZIP...).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from newsfold.ingest.encoding import bom_encoding


@dataclass(frozen=True, slots=True)
class Kind:
    """A sniffed format, with a detail for error messages (the binary type, the XML root)."""

    format: str
    detail: str = ""
    encoding: str | None = None  # set for UTF-16/32 text found without a BOM


_COMPRESSED = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
)

_BINARY_MAGIC = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
    (b"fLaC", "FLAC audio"),
    (b"wOFF", "web font"),
    (b"\x00asm", "WebAssembly"),
    (b"\xca\xfe\xba\xbe", "Java class file"),
)

_FEED_ROOTS = frozenset({"rss", "feed", "rdf:rdf", "rdf", "atom:feed", "channel"})
_HTML_ROOTS = frozenset(
    """html head body div p meta title link script style span table article section header
    main nav footer h1 h2 h3 h4 h5 h6 br a img ul ol li form iframe noscript center font b
    i strong em hr pre blockquote base""".split()  # noqa: SIM905
)
_TAG = re.compile(r"\s*<\s*([A-Za-z][\w:.-]*)")
_SKIPPABLE = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!\[CDATA\[.*?\]\]>)", re.DOTALL)
_DOCTYPE = re.compile(r"\s*<!doctype\s+([^\s>]+)", re.IGNORECASE)


def _magic(head: bytes) -> Kind | None:
    if head.lstrip(b"\r\n").startswith(b"WARC/"):  # before the NUL check: records hold images
        return Kind("warc")
    for magic, name in _COMPRESSED:
        if head.startswith(magic):
            return Kind(name)
    if head[4:8] == b"ftyp":
        return Kind("binary", "MP4/QuickTime media file")
    for magic, name in _BINARY_MAGIC:
        if head.startswith(magic):
            if magic == b"MZ" and b"\x00" not in head[:64]:
                return None  # a text starting with "MZ"
            return Kind("binary", name)
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    even, odd = head[0::2], head[1::2]
    if len(head) < 8:
        return None
    if odd.count(0) > len(odd) * 0.9 and even.count(0) < len(even) * 0.1:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.9 and odd.count(0) < len(odd) * 0.1:
        return "utf-16-be"
    return None


def sniff(head: bytes, name: str = "", complete: bool = False) -> Kind:
    """The format of a stream starting with `head`. `complete` says head is the whole stream."""
    magic = _magic(head)
    if magic:
        return magic
    encoding = bom_encoding(head)
    if encoding and encoding != "utf-8":
        text = head.decode(encoding, errors="replace")
    else:
        if b"\x00" in head:
            encoding = _utf16_without_bom(head)
            if encoding is None:
                return Kind("binary", "binary data (NUL bytes)")
            text = head.decode(encoding, errors="replace")
        else:
            controls = sum(1 for b in head if b < 0x20 and b not in (9, 10, 12, 13, 27))
            if controls > max(8, len(head) // 20):
                return Kind("binary", "binary data (control bytes)")
            text = head.decode("utf-8", errors="replace")
            encoding = None
    text = text.lstrip("\ufeff \t\r\n\x0c")
    if not text:
        return Kind("empty") if complete or len(head) < 1024 else Kind("text")
    kind = _sniff_text(text, name.lower())
    return Kind(kind.format, kind.detail, encoding) if encoding else kind


_JSONL_NAMES = (".jsonl", ".ndjson", ".jsonlines", ".jsonl.gz", ".ndjson.gz")


def _sniff_text(text: str, name: str) -> Kind:
    if text.startswith("WARC/"):
        return Kind("warc")
    first = text[0]
    if name.endswith(_JSONL_NAMES) and first in '{["':
        return Kind("jsonl")  # a first line that is an array or a string is a bad line, no more
    if first == "{":
        return Kind(_json_kind(text, name))
    if first == "[":
        return Kind("json-array")
    if first == "<":
        return _markup_kind(text, name)
    low = text[:2048].lower()
    if "<html" in low or "<!doctype html" in low:
        return Kind("html")
    return Kind("text")


def _json_kind(text: str, name: str) -> str:
    line, newline, rest = text.partition("\n")
    if not newline:  # a first line longer than the sniffed head: one record per line
        return "json" if name.endswith((".json", ".json.gz")) else "jsonl"
    try:
        if isinstance(json.loads(line), dict):
            return "jsonl"
    except ValueError:
        pass
    starts = sum(1 for other in rest.split("\n") if other.startswith("{"))
    return "jsonl" if starts >= 1 and not line.rstrip().endswith(("{", "[", ",")) else "json"


def _markup_kind(text: str, name: str) -> Kind:
    pos = 0
    while True:
        m = _SKIPPABLE.match(text, pos)
        if not m:
            break
        pos = m.end()
    doctype = _DOCTYPE.match(text, pos)
    if doctype:
        if doctype.group(1).lower() == "html":
            return Kind("html")
        pos = text.find(">", doctype.end()) + 1 or len(text)
        while True:
            m = _SKIPPABLE.match(text, pos)
            if not m:
                break
            pos = m.end()
    tag = _TAG.match(text, pos) if pos < len(text) else None
    root = tag.group(1).lower() if tag else ""
    if root in _FEED_ROOTS or root.endswith(":feed"):
        return Kind("feed", root)
    if root in _HTML_ROOTS or name.endswith((".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")):
        return Kind("html")
    low = text[:4096].lower()
    if "<html" in low or "<body" in low:
        return Kind("html")
    if root:
        return Kind("xml", root)
    return Kind("text")
