"""Anything -> Article: readers (files, dirs, stdin, formats), cleaning, ids.

The pipeline uses three things from here:
    read_inputs(paths)  -> iterator of RawRecord or Skip   (streaming; never raises on bad input)
    clean_record(raw)   -> Article                          (pure; raises IngestError)
    RepeatedLines       -> strips lines repeated across many articles of one source
"""

from newsfold.ingest.clean import clean_record
from newsfold.ingest.errors import IngestError, Skip
from newsfold.ingest.readers import read_inputs

__all__ = ["IngestError", "Skip", "clean_record", "read_inputs"]
