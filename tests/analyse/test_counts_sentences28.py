"""Counts that read a reading's own sentence from the Doc (`Reading.sent`), not a split of the
text at the next ". ": a street's or a town's abbreviation ("St. Charles Avenue", "Mt.
Pleasant Road") ends no sentence. Invented reports."""

from __future__ import annotations

import pytest
from tests.analyse.counts_helpers import tolls


@pytest.mark.parametrize(
    "text",
    [
        "Two men were shot dead outside a bar on Friday night, police said. A woman, 30, was "
        "shot in the arm on St. Charles Avenue and is recovering.",
        "Two men were shot dead outside a bar on Friday night, police said. A woman, 30, was "
        "shot in the arm near Mt. Pleasant Road and went home.",
    ],
)
def test_survivor_besides_the_dead_reads_past_an_abbreviation(text: str) -> None:
    """`combine._survivor_besides_the_dead`: the woman's own sentence says she lived, though
    an abbreviation's stop stands between her wound and the words that say so."""
    assert tolls(text) == (2, 1)
