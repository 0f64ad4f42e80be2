"""A street one report names without its kind ("the 1200 block of Dorr", "at Dorr and
Quince") is the street the other report names with it ("on Dorr Street"): the two do not name
other streets (`decide.streets_differ`), even when the first names a nearby road with its kind
("near Lagrange Road") -- two reports of one shooting, not two of a city's night. Invented
reports only."""

from __future__ import annotations

from typing import Any

import pytest

from newsfold.group import decide
from newsfold.group.signature import signature

from .corpus import MARROWFIELD, Report


def _rare(_: str) -> float:
    return 0.8


def _sig(rid: str, text: str, published: str, title: str = "Boy, 9, killed in shooting") -> Any:
    report = Report(rid, text, title, published, date="2024-12-29", place=MARROWFIELD)
    sig = signature(report.article(), report.analysis())
    sig["n_mh"] = sig["n_mhs"] = 0  # no copy or rewrite: the rules below decide
    return sig


STREET_STORY = (
    "Officers believe a gun went off by accident when a boy of nine was fatally wounded in a "
    "house on Dorr Street near Quince late on Monday. His stepfather phoned for help, and the "
    "boy was declared dead at Saint Aldric Hospital."
)

WITHOUT_KIND = [
    # a block of the street, its kind left out, and a nearby road with its kind
    "Cousins were minding a boy of nine when a shotgun went off in their house late Monday, "
    "officers said; he did not survive. The house stands in the 1200 block of Dorr, a few "
    "streets from Route 9 and Lagrange Road.",
    # an intersection of two streets, no kind given
    "Officers said a boy of nine died of a gunshot wound on Monday evening in a house at Dorr "
    "and Quince, by Lagrange Road.",
    # the street named as a place ("on Dorr"), a highway with its kind
    "A boy, 9, was killed Monday night by a gun fired inside his family's home on Dorr, a "
    "short walk from Lagrange Road, officers said.",
]


@pytest.mark.parametrize("text", WITHOUT_KIND)
def test_a_street_named_without_its_kind_is_no_other_street(text: str) -> None:
    story = _sig("story", STREET_STORY, "2024-12-29")
    other = _sig("other", text, "2024-12-30")
    assert "lagrange" in other["st"] and "dorr" not in other["st"]  # (what it reads as streets)
    assert not decide.streets_differ(story, other)
    assert not decide.streets_differ(other, story)
    assert "other streets" not in decide.compare(other, story, _rare).reasons


def test_streets_neither_report_names_still_differ() -> None:
    # the other report of the city's night names neither street of the first
    story = _sig("story", STREET_STORY, "2024-12-29")
    other = _sig(
        "other",
        "Officers found a man with a leg wound in the 400 block of Orchard Lane by Lagrange "
        "Road on Monday night. He is expected to recover.",
        "2024-12-30",
        "Man wounded in Monday night shooting",
    )
    assert decide.streets_differ(story, other)
    assert "other streets" in decide.compare(other, story, _rare).reasons
