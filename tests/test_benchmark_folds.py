"""The benchmarks' fixed folds: the guard that keeps one quarter of the data unseen.

`benchmarks/common.py` cuts every incident id into dev / held-out (`split_of`) and each half
into two folds (`fold_of`). Rules may be studied on the cases of dev-a, dev-b and held-a only
(`STUDIED`, the choices of the scripts' `--split`); held-b's figure is the measure of unseen
events, so its cases must never be printable. What the scripts may print of it are figures,
such as the shares of its date misses by kind (`date_miss_kinds`).
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

COMMON = Path(__file__).resolve().parent.parent / "benchmarks" / "common.py"


@pytest.fixture(scope="module")
def common() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmarks_common", COMMON)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_each_fold_lies_inside_its_half(common: ModuleType) -> None:
    for n in range(4000):
        key = f"incident-{n}"
        half = common.split_of(key)
        fold = common.fold_of(key)
        assert fold in common.FOLDS
        assert fold.startswith("dev-" if half == "dev" else "held-"), (key, half, fold)


def test_the_four_folds_are_near_quarters_and_fixed(common: ModuleType) -> None:
    keys = [str(100000 + 7 * n) for n in range(8000)]
    sizes = Counter(common.fold_of(k) for k in keys)
    assert set(sizes) == set(common.FOLDS)
    assert all(1800 < sizes[f] < 2200 for f in common.FOLDS), sizes
    # a hash, not a counter or a random draw: the same key always lands in the same fold
    assert [common.fold_of(k) for k in keys[:50]] == [common.fold_of(k) for k in keys[:50]]


def test_held_b_cases_are_never_a_studied_part(common: ModuleType) -> None:
    assert "held-b" not in common.STUDIED
    assert "held-out" not in common.STUDIED  # the whole half would print held-b's cases
    assert {"dev-a", "dev-b", "held-a"} <= set(common.STUDIED)


def test_scores_count_a_check_in_its_half_and_its_fold(common: ModuleType) -> None:
    scores = common.Scores()
    scores.add("held-out", "city", True, "held-b")
    scores.add("held-out", "city", False, "held-a")
    scores.add("dev", "city", True, "dev-a")
    head, row = scores.table(["city"]).splitlines()
    # the folds with no check (dev-b here) are not printed; the others each have their rate
    assert dict(zip(head.split()[1:], row.split()[1:], strict=True)) == {
        "all": "0.667",
        "dev": "1.000",
        "held-out": "0.500",
        "n(all)": "3",
        "dev-a": "1.000",
        "held-a": "0.000",
        "held-b": "1.000",
    }


def test_a_right_day_is_no_miss(common: ModuleType) -> None:
    assert common.date_miss_kinds("2021-07-09", "2021-07-09", {"2021-07-09"}, True) == ()
    assert common.date_miss_kinds("2021-07-09", "2021-07-09", set(), False) == ()


@pytest.mark.parametrize(
    ("got", "told", "dated", "kinds"),
    [
        # an undated page's guess, the day after the record
        ("2021-07-10", set(), False, ("no report tells a day", "one day off")),
        # the texts tell only the day before: no reading gives the record's day
        ("2021-07-08", {"2021-07-08"}, True, ("reports tell other days", "one day off")),
        # the record's day is told, yet a follow-up's day won
        (
            "2021-07-14",
            {"2021-07-09", "2021-07-14"},
            True,
            ("a report tells its day", "two days or more off"),
        ),
        # a year's slip is far off, whatever the texts tell
        ("2020-07-09", {"2020-07-09"}, True, ("reports tell other days", "two days or more off")),
        # no day at all on the event: only what the texts tell
        (None, {"2021-07-09"}, True, ("a report tells its day",)),
    ],
)
def test_a_missed_day_is_filed_by_what_the_texts_tell_and_how_far(
    common: ModuleType, got: str | None, told: set[str], dated: bool, kinds: tuple[str, ...]
) -> None:
    assert common.date_miss_kinds("2021-07-09", got, told, dated) == kinds
    assert set(kinds) <= set(common.DATE_MISS_KINDS)


def test_a_day_told_only_by_a_report_grouped_apart_is_filed_as_such(
    common: ModuleType,
) -> None:
    told = {"2021-07-09", "2021-07-12"}
    assert common.date_miss_kinds("2021-07-09", "2021-07-12", told, True, True) == (
        "a report tells its day",
        "only a report grouped apart tells it",
        "two days or more off",
    )
    # a day no report tells cannot be a grouping's miss, whatever the caller says
    assert common.date_miss_kinds("2021-07-09", "2021-07-10", {"2021-07-10"}, True, True) == (
        "reports tell other days",
        "one day off",
    )
