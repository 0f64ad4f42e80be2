"""How ingest reports input it cannot read: one line naming the file (and line) and the reason."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class Skip:
    """A file, line or record that could not be read; the run goes on without it."""

    origin: str  # path, path:line, path#record
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class IngestError(Exception):
    """Raised for one unreadable input; carries what `Skip` reports."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason

    def to_skip(self) -> Skip:
        return Skip(self.origin, self.reason)
