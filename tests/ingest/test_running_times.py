"""The one running-time pattern that playlists' readers share."""

import re

import pytest

from newsfold.ingest.running_times import RUNNING_TIME

ENTRY = re.compile(RUNNING_TIME)


@pytest.mark.parametrize(
    "line",
    ["2:40 Neighbor heard shots that killed man", "0:34 'Raw video' of the scene", "12:05 3 hurt"],
)
def test_a_playlist_entry(line: str) -> None:
    assert ENTRY.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "10:03 PM Officers arrived",  # a time of day
        "1:30 a.m. Police were called",
        "10:15 Sunday Police found him",  # a weekday after it: a clock time
        "2:75 Not a time",  # no such minute
        "2:40 lower-case words are no title",
    ],
)
def test_not_a_playlist_entry(line: str) -> None:
    assert not ENTRY.match(line)
