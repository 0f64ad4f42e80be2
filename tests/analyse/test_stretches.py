"""analyse/stretches: whether an offset falls in any of a text's stretches (`Stretches`),
by binary search, the same answer as a pass over them all."""

from __future__ import annotations

import random

from newsfold.analyse.stretches import Stretches


def test_an_offset_is_held_from_a_stretchs_start_to_before_its_end() -> None:
    spans = Stretches([(10, 20), (30, 35)])
    assert [at for at in range(40) if spans.holds(at)] == [*range(10, 20), *range(30, 35)]


def test_overlapping_nested_and_unordered_stretches() -> None:
    # a long stretch holding a short one, one ending before the next starts, an empty one
    spans = Stretches([(50, 52), (5, 40), (8, 12), (45, 45), (38, 47)])
    held = [at for at in range(60) if spans.holds(at)]
    assert held == [*range(5, 47), 50, 51]


def test_no_stretch_holds_nothing() -> None:
    assert not Stretches([]).holds(0)


def test_the_same_answers_as_a_pass_over_every_stretch() -> None:
    rng = random.Random(7)
    for _ in range(200):
        spans = [(lo, lo + rng.randint(0, 15)) for lo in rng.sample(range(100), rng.randint(0, 8))]
        found = Stretches(spans)
        for at in range(-2, 120):
            assert found.holds(at) == any(lo <= at < hi for lo, hi in spans)
