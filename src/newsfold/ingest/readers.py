"""Files, directories and stdin -> RawRecords and Skips, streaming, never raising.

`read_inputs(paths)` takes files, directories (read recursively in sorted order, hidden files
and folders left out) and `-` for standard input. Each input's format is told by its content
(`sniff.py`), the name only breaking ties, so a missing or lying extension does not matter:
gzip/bzip2/xz are decompressed on the fly and sniffed again, then the stream goes to its format
reader (`formats/`). JSON lines, JSON arrays and WARC files are streamed; a txt, HTML, feed or
single JSON document is read whole up to `limits.MAX_DOCUMENT_BYTES` and skipped beyond.

Whatever goes wrong with an input (missing path, permissions, empty or binary file, truncated
gzip, broken JSON line, oversized file) becomes one `Skip(origin, reason)` naming the file, and
the line or record where there is one; the records read before the problem are kept and the
next input is read. Nothing raises out of `read_inputs` except KeyboardInterrupt.
"""

from __future__ import annotations

import lzma
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from newsfold.ingest import limits
from newsfold.ingest.encoding import decode
from newsfold.ingest.errors import Skip
from newsfold.ingest.formats.feed import iter_feed
from newsfold.ingest.formats.html import read_html
from newsfold.ingest.formats.jsonl import iter_json_array, iter_json_lines, read_json_document
from newsfold.ingest.formats.text import parse_text
from newsfold.ingest.formats.warc import iter_warc
from newsfold.ingest.sniff import sniff
from newsfold.ingest.streams import TooLarge, decompress, read_capped, read_head, rewind
from newsfold.records import RawRecord

STDIN = "-"
MAX_NESTING = 3  # compressed inside compressed inside compressed: enough for any real input

_COMPRESSED_SUFFIXES = (".gz", ".gzip", ".bz2", ".xz")


def read_inputs(paths: Iterable[str]) -> Iterator[RawRecord | Skip]:
    """Every record in `paths` (files, directories, `-` for stdin), and a Skip per problem."""
    for name in paths:
        try:
            if name == STDIN:
                yield from _read_stdin()
            else:
                yield from _read_path(name)
        except KeyboardInterrupt:
            raise
        except Exception as err:  # a bug must cost one input, not the run
            yield Skip(name, f"unreadable ({type(err).__name__}: {err})")


def _read_stdin() -> Iterator[RawRecord | Skip]:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text stream without bytes underneath (tests, embedding)
        import io

        stream = io.BytesIO(sys.stdin.read().encode("utf-8"))
    yield from read_stream(stream, "<stdin>")


def _read_path(name: str) -> Iterator[RawRecord | Skip]:
    try:
        info = os.stat(name)
    except FileNotFoundError:
        yield Skip(name, "no such file or directory")
        return
    except PermissionError:
        yield Skip(name, "permission denied")
        return
    except OSError as err:
        yield Skip(name, f"cannot access: {err.strerror or err}")
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _read_directory(name, {(info.st_dev, info.st_ino)})
    else:
        yield from _read_file(name, info)


def _read_directory(folder: str, seen: set[tuple[int, int]]) -> Iterator[RawRecord | Skip]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except PermissionError:
        yield Skip(folder, "permission denied (directory)")
        return
    except OSError as err:
        yield Skip(folder, f"cannot list directory: {err.strerror or err}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            info = os.stat(entry.path)
        except FileNotFoundError:
            yield Skip(entry.path, "no such file (broken link?)")
            continue
        except OSError as err:
            yield Skip(entry.path, f"cannot access: {err.strerror or err}")
            continue
        if stat.S_ISDIR(info.st_mode):
            key = (info.st_dev, info.st_ino)
            if key in seen:  # a link back up the tree
                continue
            yield from _read_directory(entry.path, seen | {key})
        else:
            yield from _read_file(entry.path, info)


def _read_file(path: str, info: os.stat_result) -> Iterator[RawRecord | Skip]:
    if not (
        stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode) or stat.S_ISCHR(info.st_mode)
    ):
        yield Skip(path, "not a regular file")
        return
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, the generator owns it
    except PermissionError:
        yield Skip(path, "permission denied")
        return
    except OSError as err:
        yield Skip(path, f"cannot open: {err.strerror or err}")
        return
    with handle:
        size = info.st_size if stat.S_ISREG(info.st_mode) else None
        yield from read_stream(handle, path, size=size, name=path)


def read_stream(
    stream: BinaryIO, origin: str, *, size: int | None = None, name: str = ""
) -> Iterator[RawRecord | Skip]:
    """Every record in one byte stream; `size` (when known) and `name` help the checks."""
    try:
        yield from _dispatch(stream, origin, size, name, 0)
    except KeyboardInterrupt:
        raise
    except OSError as err:
        yield Skip(origin, f"read error: {err.strerror or err}")
    except Exception as err:
        yield Skip(origin, f"unreadable ({type(err).__name__}: {err})")


def _dispatch(
    stream: BinaryIO, origin: str, size: int | None, name: str, depth: int
) -> Iterator[RawRecord | Skip]:
    head = read_head(stream)
    complete = len(head) < limits.SNIFF_BYTES
    kind = sniff(head, name, complete=complete)
    fmt = kind.format
    body = rewind(head, stream)

    if fmt in ("gzip", "bzip2", "xz"):
        if depth >= MAX_NESTING:
            yield Skip(origin, f"compressed {MAX_NESTING} times over; not read")
            return
        inner = name[: -len(ext)] if (ext := _compressed_suffix(name)) else name
        try:
            yield from _dispatch(decompress(fmt, body), origin, None, inner, depth + 1)
        except (EOFError, OSError, zlib.error, lzma.LZMAError) as err:
            detail = str(err) or type(err).__name__
            yield Skip(origin, f"truncated or corrupt {fmt} data ({detail})")
        return
    if fmt == "empty":
        yield Skip(origin, "empty file")
        return
    if fmt == "binary":
        yield Skip(origin, f"not text: {kind.detail}")
        return
    if fmt == "xml":
        yield Skip(origin, f"XML that is neither a feed nor a web page (root <{kind.detail}>)")
        return
    if fmt == "jsonl":
        yield from iter_json_lines(body, origin)
        return
    if fmt == "json-array":
        yield from iter_json_array(body, origin)
        return
    if fmt == "warc":
        yield from iter_warc(body, origin)
        return

    # formats read whole: json, feed, html, text
    limit = limits.MAX_DOCUMENT_BYTES
    if size is not None and size > limit:
        yield Skip(
            origin,
            f"file too large ({limits.human_size(size)}; a single {_label(fmt)} may be at most "
            f"{limits.human_size(limit)}; split it, or give articles as JSON lines)",
        )
        return
    try:
        data = read_capped(body, limit)
    except TooLarge:
        yield Skip(
            origin,
            f"file too large (over {limits.human_size(limit)} of {_label(fmt)}; split it, or "
            "give articles as JSON lines)",
        )
        return
    if fmt == "json":
        yield from read_json_document(data, origin, kind.encoding)
    elif fmt == "feed":
        yield from iter_feed(data, origin)
    elif fmt == "html":
        yield read_html(data, origin, kind.encoding)
    else:
        yield parse_text(decode(data, kind.encoding), origin)


def _compressed_suffix(name: str) -> str:
    low = name.lower()
    return next((s for s in _COMPRESSED_SUFFIXES if low.endswith(s)), "")


def _label(fmt: str) -> str:
    return {"json": "JSON document", "feed": "feed", "html": "HTML page"}.get(fmt, "text file")
