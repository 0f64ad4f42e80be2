"""Bytes -> str: byte-order marks, declared charsets, UTF-8, mixed UTF-8/cp1252, and
charset-normalizer's guess for everything else.

The order matters and is cheap for the common case: a BOM wins; then a charset the document or
its HTTP header declares, if the bytes really decode with it; then strict UTF-8 (almost all
modern text). Bytes that are *mostly* UTF-8 with a few stray legacy bytes (a crawl that glued
pages from two encodings together) are decoded as UTF-8 with the stray bytes read as cp1252, so
that neither half becomes mojibake. Only text with no UTF-8 structure at all goes to
charset-normalizer, which guesses the legacy encoding (cp1251, Shift-JIS, latin-1, ...).
"""

from __future__ import annotations

import codecs
import re

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_UTF8_SEQ = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_NON_ASCII = re.compile(rb"[\x80-\xff]")
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_GUESS_SAMPLE = 256 * 1024

MIXED_ERRORS = "newsfold-cp1252"
"""Codec error handler: bytes that are not UTF-8 are read as cp1252 (latin-1 where undefined)."""


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    out = "".join(chr(b) if b in _CP1252_UNDEFINED else bytes((b,)).decode("cp1252") for b in bad)
    return out, err.end


codecs.register_error(MIXED_ERRORS, _cp1252_fallback)


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, or None."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def normalise_charset(name: str | None) -> str | None:
    """A declared charset as a Python codec name, or None when unknown."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode `data` to text; never raises (undecodable bytes become U+FFFD)."""
    bom = bom_encoding(data)
    if bom:
        return data.decode(bom, errors="replace").removeprefix("\ufeff")
    codec = normalise_charset(declared)
    if codec and codec not in ("utf-8", "ascii", "us-ascii"):
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    non_ascii = len(_NON_ASCII.findall(data[:_GUESS_SAMPLE]))
    in_utf8 = sum(len(m) for m in _UTF8_SEQ.findall(data[:_GUESS_SAMPLE]))
    if non_ascii and in_utf8 / non_ascii >= 0.5:
        return data.decode("utf-8", errors=MIXED_ERRORS)
    return _guess(data)


def _guess(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:_GUESS_SAMPLE]).best()
    except Exception:  # the guesser must never sink a file
        best = None
    encoding = best.encoding if best is not None else None
    if encoding:
        try:
            return data.decode(encoding, errors="replace")
        except LookupError:
            pass
    return data.decode("utf-8", errors=MIXED_ERRORS)


_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)


def html_declared_charset(head: bytes) -> str | None:
    """The charset an HTML/XML document declares in its first bytes (meta tag or XML decl)."""
    match = _META_CHARSET.search(head[:8192])
    if match:
        return match.group(1).decode("ascii", "replace")
    decl = re.match(rb"""\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", head)
    return decl.group(1).decode("ascii", "replace") if decl else None
