"""Which side of midnight a report puts the event (signature `nt`: "l" late, "e" early) and
decide.across_midnight, which lets adjacent event days be one night's only when the earlier
day's report is late or the later day's early. Invented reports only."""

from __future__ import annotations

from typing import Any

import pytest

from newsfold.group import decide


def _sig(d0: str, nt: Any) -> dict[str, Any]:
    sig: dict[str, Any] = {"id": d0, "d0": d0, "d1": d0, "prec": 1, "pub": d0}
    if nt:
        sig["nt"] = nt
    return sig


@pytest.mark.parametrize(
    ("first", "then", "one_night"),
    [
        ("l", None, True),  # "Saturday night" / "Sunday"
        (None, "e", True),  # "Saturday" / "early Sunday"
        ("el", None, True),  # "overnight"
        (1, None, True),  # a signature of version 6: either side
        (None, "l", False),  # "Sunday morning" / "Monday night": a day and a half apart
        ("e", None, False),  # "early Saturday" / "Sunday"
        (None, None, False),
    ],
)
def test_across_midnight_reads_the_side(first: Any, then: Any, one_night: bool) -> None:
    a, b = _sig("2024-09-08", first), _sig("2024-09-09", then)
    assert decide.across_midnight(a, b) is one_night
    assert decide.across_midnight(b, a) is one_night


def test_either_side_without_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decide, "MIDNIGHT_SIDES", 0)
    assert decide.across_midnight(_sig("2024-09-08", None), _sig("2024-09-09", "l"))
