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
    "A 9-year-old boy was killed on the city's east side Monday night in what police believe was "
    "an accident. Police received a call at 8:56 p.m. from a man who said his stepson had been "
    "shot on Dorr Street near Quince. The boy died at Saint Aldric Hospital."
)

WITHOUT_KIND = [
    # a block of the street, its kind left out, and a nearby road with its kind
    "A 9-year-old boy home alone with his cousins has died after an apparent accidental "
    "shooting, police said. It happened just before 9 p.m. Monday at a home in the 1200 block "
    "of Dorr, in a neighbourhood near Route 9 and Lagrange Road.",
    # an intersection of two streets, no kind given
    "Police said a boy of 9 was shot just before 9 p.m. Monday in a house at Dorr and Quince, "
    "near Lagrange Road. He was pronounced dead at a hospital.",
    # the street named as a place ("on Dorr"), a highway with its kind
    "A boy, 9, died Monday night after he was shot inside a home on Dorr, a few blocks from "
    "Lagrange Road, police said.",
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
        "A man was shot Monday night in the 400 block of Orchard Lane near Lagrange Road, "
        "police said. He was taken to a hospital in stable condition.",
        "2024-12-30",
        "Man wounded in Monday night shooting",
    )
    assert decide.streets_differ(story, other)
    assert "other streets" in decide.compare(other, story, _rare).reasons
