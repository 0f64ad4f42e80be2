"""Anything -> Article: readers (files, dirs, stdin, formats), cleaning, ids, repeated lines.

The pipeline uses four things from here:
    read_inputs(paths)        -> iterator of RawRecord or Skip (streaming; never raises on input)
    derive_id(raw)            -> stable id from the raw record (before cleaning)
    clean_record(raw)         -> Article (pure; raises IngestError)
    strip_repeated_lines(...) -> cuts lines repeated across many articles of one source

See docs/ingest.md for the formats, limits, boilerplate rules and their measurements.
"""

from newsfold.ingest.clean import clean_record
from newsfold.ingest.errors import IngestError, Skip
from newsfold.ingest.ids import derive_id
from newsfold.ingest.readers import read_inputs
from newsfold.ingest.repeats import strip_repeated_lines

__all__ = [
    "IngestError",
    "Skip",
    "clean_record",
    "derive_id",
    "read_inputs",
    "strip_repeated_lines",
]
