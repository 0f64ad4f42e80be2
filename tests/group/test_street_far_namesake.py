"""A street's name read as a town of that name far off ("near Quince and Tamber" placed at
Quince, a town of another province) leaves the report's place a namesake (`namesake_place`,
loose: the other report names "Quince Street"); a rare street both reports name, with its kind
or without ("on Kestrel Road" / "a parking lot on Kestrel"), is then where it happened
(`decide.same_street_far_namesake`, worth W_SAME_STREET). Invented reports only."""

from __future__ import annotations

from typing import Any

import pytest

from newsfold.group import decide
from newsfold.group.signature import signature

from .corpus import MARROWFIELD, Report

# a town of another province some 900 km from Marrowfield, whose name is a Marrowfield street's
QUINCE = {
    "location": "Quince",
    "admin1": "Serrane",
    "country": "Calderia",
    "latitude": 35.20,
    "longitude": -97.10,
}

STORY = (
    "Marrowfield detectives want to know who fired at a driver stopped near Quince Street at "
    "about 2:40 a.m. Wednesday. The bullet struck his hand through the open window; he drove on "
    "to a grocery on Kestrel Road before he phoned officers. His wound is not serious."
)

FAR = [
    # the street without its kind, the intersection read as the far town
    "Officers met a driver with a hand wound in a grocery's car park on Kestrel early "
    "Wednesday. He said a stranger fired at him where Quince crosses Tamber; a bystander told "
    "them the gun was his own and went off while he handled it.",
    # the street with its kind
    "A driver's story of a stranger firing at him by Quince and Tamber on Wednesday did not "
    "hold, officers say: his own pistol wounded his hand. He had gone on to a grocery on "
    "Kestrel Road to call them, and may be charged with lying to officers.",
    # the street with another kind's abbreviation, the hand wound told otherwise
    "His own handgun, not a passer-by, wounded a driver by Quince and Tamber before dawn on "
    "Wednesday, officers concluded. He had called them from a car park on Kestrel Rd.",
]


def _rare(word: str) -> float:
    """Every word rare but the words any street may carry."""
    return 0.1 if word in ("main", "road", "street") else 0.8


def _sig(rid: str, text: str, title: str, place: dict[str, Any]) -> Any:
    report = Report(rid, text, title, "2025-02-01", date="2025-02-01", place=place)
    sig = signature(report.article(), report.analysis())
    sig["n_mh"] = sig["n_mhs"] = 0  # no copy or rewrite: the rules below decide
    return sig


def _story() -> Any:
    return _sig("story", STORY, "Detectives investigating early morning shooting", MARROWFIELD)


@pytest.mark.parametrize("text", FAR)
def test_a_rare_street_joins_a_report_placed_at_a_namesake_far_off(text: str) -> None:
    story, far = _story(), _sig("far", text, "Driver wounded in the hand", QUINCE)
    assert decide.namesake_place(story, far, loose=True)
    assert decide.same_street_far_namesake(story, far, _rare)
    for a, b in ((story, far), (far, story)):
        ev = decide.compare(a, b, _rare)
        assert "the same street, the far place a namesake" in ev.reasons
        assert ev.same, ev.reasons


def test_no_street_in_common_leaves_the_far_report_apart() -> None:
    far = _sig(
        "far",
        "Officers met a driver with a hand wound early Wednesday. He said a stranger fired at "
        "him where Quince crosses Tamber; a bystander said his own gun went off.",
        "Driver wounded in the hand",
        QUINCE,
    )
    story = _story()
    assert not decide.same_street_far_namesake(story, far, _rare)
    ev = decide.compare(story, far, _rare)
    assert not ev.same and "the same street, the far place a namesake" not in ev.reasons


def test_a_common_street_word_is_no_spot() -> None:
    story = _sig(
        "story",
        STORY.replace("Kestrel Road", "Main Street"),
        "Detectives investigating early morning shooting",
        MARROWFIELD,
    )
    far = _sig("far", FAR[0].replace("on Kestrel", "on Main"), "Driver wounded in the hand", QUINCE)
    assert not decide.same_street_far_namesake(story, far, _rare)
