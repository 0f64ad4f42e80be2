"""Bytes -> str: byte-order marks, declared charsets, UTF-8, mixed UTF-8/cp1252, and
charset-normalizer's guess for everything else.

The order matters and is cheap for the common case: a BOM wins; then a charset the document or
its HTTP header declares, if the bytes really decode with it; then strict UTF-8 (almost all
modern text). Otherwise the text is read line by line: lines that are valid UTF-8 stay UTF-8
(a crawl that glued pages of two encodings together reads right on both sides), and the other
lines are decoded with the legacy encoding charset-normalizer guesses from them (cp1251,
Shift-JIS, latin-1, ...), with cp1252 preferred when it ties and reads as Western text.
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
    return _decode_mixed(data)


def _decode_mixed(data: bytes) -> str:
    """Lines that are valid UTF-8 stay UTF-8; the others are decoded with the legacy encoding
    guessed from them alone. A crawl that glued an old cp1252 page to a UTF-8 one reads right on
    both sides, and a wholly legacy file is simply guessed."""
    lines = data.split(b"\n")
    bad: list[int] = []
    out: list[str | None] = []
    for i, line in enumerate(lines):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(None)
            bad.append(i)
    sample = b"\n".join(lines[i] for i in bad)[:_GUESS_SAMPLE]
    encoding = guess_encoding(sample)
    for i in bad:
        out[i] = lines[i].decode(encoding, errors="replace")
    return "\n".join(line or "" for line in out)


# letters are letters in any encoding; these are the non-letters that do stand between two
# letters in real text. Anything else there ("powiedzia³a": Polish read as cp1252) means the
# wrong encoding
_INWORD_PUNCT = frozenset("’‘'-–·")


def _oddities(text: str) -> int:
    odd = 0
    for i in range(1, len(text) - 1):
        c = text[i]
        if ord(c) < 128 or c.isalpha() or c in _INWORD_PUNCT:
            continue
        if text[i - 1].isalpha() and text[i + 1].isalpha():
            odd += 1
    return odd


def guess_encoding(data: bytes) -> str:
    """The legacy encoding of `data`: among charset-normalizer's least chaotic candidates, the
    one whose decoding puts no symbol inside a word, preferring cp1252 (the web's most common
    legacy encoding) on a tie, then charset-normalizer's own order."""
    try:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(data))
    except Exception:  # the guesser must never sink a file
        return "cp1252"
    if not matches:
        return "cp1252"
    least = min(m.chaos for m in matches)
    ranked = []
    for order, match in enumerate(matches):
        if match.chaos > least + 0.01:
            continue
        try:
            odd = _oddities(data.decode(match.encoding, errors="replace"))
        except LookupError:
            continue
        ranked.append((odd, match.encoding != "cp1252", order, match.encoding))
    return min(ranked)[3] if ranked else "cp1252"


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
