"""Byte streams for the readers: put back the bytes read to sniff a format, open compressed
streams, read a whole document without ever holding more than a limit in memory."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
from typing import BinaryIO

from newsfold.ingest import limits


class PrefixedStream(io.RawIOBase):
    """A raw stream that first returns `prefix`, then the rest of `stream`."""

    def __init__(self, prefix: bytes, stream: BinaryIO) -> None:
        super().__init__()
        self._prefix = memoryview(prefix)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._stream.read(len(buffer))
        if not data:
            return 0
        n = len(data)
        buffer[:n] = data
        return n


def read_head(stream: BinaryIO, size: int | None = None) -> bytes:
    """Read up to `size` bytes (fewer only at the end of the stream)."""
    size = size or limits.SNIFF_BYTES
    parts: list[bytes] = []
    got = 0
    while got < size:
        chunk = stream.read(size - got)
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def rewind(head: bytes, stream: BinaryIO) -> BinaryIO:
    """A buffered stream that yields `head` again, then the rest of `stream`."""
    return io.BufferedReader(PrefixedStream(head, stream), buffer_size=1 << 16)  # type: ignore[return-value]


def decompress(kind: str, stream: BinaryIO) -> BinaryIO:
    """A stream of the decompressed content of a gzip, bzip2 or xz stream."""
    if kind == "gzip":
        return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
    if kind == "bzip2":
        return bz2.BZ2File(stream, mode="rb")  # type: ignore[return-value]
    if kind == "xz":
        return lzma.LZMAFile(stream, mode="rb")  # type: ignore[return-value]
    raise ValueError(f"not a compression: {kind}")


class TooLarge(Exception):
    """A document or record is over its size limit."""

    def __init__(self, limit: int, size: int | None = None) -> None:
        self.limit = limit
        self.size = size
        what = f"{limits.human_size(size)}" if size is not None else "more"
        super().__init__(f"too large ({what}; the limit is {limits.human_size(limit)})")


def read_capped(stream: BinaryIO, limit: int) -> bytes:
    """The whole rest of `stream`; raises TooLarge past `limit` bytes (reads at most limit+1)."""
    data = read_head(stream, limit + 1)
    if len(data) > limit:
        raise TooLarge(limit)
    return data
