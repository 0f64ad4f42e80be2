"""JSON inputs: JSON lines (streamed), a top-level JSON array (streamed), one JSON document.

A record is the contract's input object (`id`, `text` or `html`, `title`, `published`, `url`,
`source`, `language`). A few common alternative names are accepted when the contract's own is
absent (`content`/`body` for text, `date`/`published_at` for published, `link` for url,
`headline` for title, `lang` for language). A line that is not JSON, an element that is not an
object, or an object with neither text nor html is skipped with its line (`path:12`) or element
number (`path#3`).
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from newsfold.ingest import limits
from newsfold.ingest.encoding import MIXED_ERRORS, decode
from newsfold.ingest.errors import Skip
from newsfold.records import RawRecord

_ALIASES = {
    "text": ("content", "body", "article", "maintext", "full_text"),
    "html": ("raw_html", "page"),
    "title": ("headline",),
    "published": ("date", "published_at", "publish_date", "pubdate", "date_published"),
    "url": ("link", "href"),
    "source": ("outlet", "site", "publisher", "source_name"),
    "language": ("lang",),
}
_STRING_FIELDS = ("title", "url", "source", "language")
_CONTAINERS = ("articles", "items", "records", "data", "documents")


def _type_name(value: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}.get(
        type(value), "a number" if isinstance(value, int | float) else type(value).__name__
    )


def record_from_object(obj: Any, origin: str) -> RawRecord | Skip:
    """The RawRecord for one JSON value, or a Skip saying what is wrong with it."""
    if not isinstance(obj, dict):
        return Skip(origin, f"expected a JSON object, found {_type_name(obj)}")
    fields: dict[str, Any] = {}
    for name, aliases in _ALIASES.items():
        value = obj.get(name)
        if value is None:
            value = next((obj[a] for a in aliases if obj.get(a) is not None), None)
        fields[name] = value
    text, html = fields["text"], fields["html"]
    for name, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            return Skip(origin, f"field '{name}' must be a string, found {_type_name(value)}")
    if text is None and html is None:
        return Skip(origin, "record has neither 'text' nor 'html'")
    if not (text or "").strip() and not (html or "").strip():
        return Skip(origin, "record's text is empty")
    rid = obj.get("id")
    if isinstance(rid, bool) or not isinstance(rid, str | int) or rid == "":
        rid = None
    published = fields["published"]
    record = RawRecord(
        origin=origin,
        text=text if (text or "").strip() else None,
        html=html if not (text or "").strip() else None,
        id=None if rid is None else str(rid),
        published=str(published) if isinstance(published, str | int | float) else None,
    )
    for name in _STRING_FIELDS:
        value = fields[name]
        if isinstance(value, str) and value.strip():
            setattr(record, name, value)
    return record


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return decode(line)


def iter_json_lines(stream: BinaryIO, origin: str) -> Iterator[RawRecord | Skip]:
    """One record per line, streamed: memory stays at one line (at most MAX_RECORD_BYTES)."""
    limit = limits.MAX_RECORD_BYTES
    n = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        n += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # drain the rest of the over-long line
                more = stream.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            yield Skip(f"{origin}:{n}", f"line longer than {limits.human_size(limit)}")
            continue
        if not line.strip():
            continue
        text = _decode_line(line).lstrip("\ufeff")
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as err:
            yield Skip(f"{origin}:{n}", f"not JSON ({err.msg} at column {err.colno})")
            continue
        except RecursionError:
            yield Skip(f"{origin}:{n}", "not JSON (nested too deeply)")
            continue
        yield record_from_object(obj, f"{origin}:{n}")


def records_from_document(value: Any, origin: str) -> Iterator[RawRecord | Skip]:
    """Records of a JSON document: an object, an array of objects, or an object holding one
    array of objects under `articles`/`items`/`records`/`data`/`documents`."""
    if isinstance(value, dict) and "text" not in value and "html" not in value:
        for key in _CONTAINERS:
            if isinstance(value.get(key), list):
                value = value[key]
                break
    if isinstance(value, list):
        if not value:
            yield Skip(origin, "empty JSON array")
        for i, item in enumerate(value, 1):
            yield record_from_object(item, f"{origin}#{i}")
    else:
        yield record_from_object(value, origin)


def read_json_document(
    data: bytes, origin: str, encoding: str | None = None
) -> Iterator[RawRecord | Skip]:
    """A JSON document read whole (the caller enforces the size limit)."""
    try:
        value = json.loads(decode(data, encoding))
    except json.JSONDecodeError as err:
        yield Skip(origin, f"not JSON ({err.msg} at line {err.lineno}, column {err.colno})")
        return
    except RecursionError:
        yield Skip(origin, "not JSON (nested too deeply)")
        return
    yield from records_from_document(value, origin)


def iter_json_array(stream: BinaryIO, origin: str) -> Iterator[RawRecord | Skip]:
    """The elements of a top-level JSON array, parsed one by one as the stream is read."""
    decoder = json.JSONDecoder()
    reader = codecs.getincrementaldecoder("utf-8")(errors=MIXED_ERRORS)
    limit = limits.MAX_RECORD_BYTES
    buf = ""
    pos = 0
    eof = False
    chunk_size = 1 << 20

    def fill() -> bool:
        nonlocal buf, pos, eof
        if eof:
            return False
        data = stream.read(chunk_size)
        if not data:
            eof = True
            buf = buf[pos:] + reader.decode(b"", final=True)
            pos = 0
            return False
        buf = buf[pos:] + reader.decode(data)
        pos = 0
        return True

    def skip_ws() -> bool:
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n\ufeff":
                pos += 1
            if pos < len(buf):
                return True
            if not fill():
                return False

    if not skip_ws() or buf[pos] != "[":
        yield Skip(origin, "not a JSON array")
        return
    pos += 1
    index = 0
    while True:
        if not skip_ws():
            yield Skip(origin, "truncated JSON array (no closing ']')")
            return
        if buf[pos] == "]" and index == 0:
            yield Skip(origin, "empty JSON array")
            return
        index += 1
        while True:
            try:
                value, end = decoder.raw_decode(buf, pos)
                break
            except json.JSONDecodeError as err:
                if len(buf) - pos > limit:
                    yield Skip(
                        f"{origin}#{index}",
                        f"element larger than {limits.human_size(limit)} or not JSON",
                    )
                    return
                if not fill():
                    yield Skip(
                        f"{origin}#{index}",
                        f"not JSON ({err.msg}); the rest of the array is unreadable",
                    )
                    return
            except RecursionError:
                yield Skip(f"{origin}#{index}", "not JSON (nested too deeply)")
                return
        pos = end
        yield record_from_object(value, f"{origin}#{index}")
        if not skip_ws():
            yield Skip(origin, "truncated JSON array (no closing ']')")
            return
        if buf[pos] == ",":
            pos += 1
        elif buf[pos] == "]":
            return
        else:
            yield Skip(
                f"{origin}#{index + 1}",
                f"not JSON (expected ',' or ']', found {buf[pos]!r}); "
                "the rest of the array is unreadable",
            )
            return
