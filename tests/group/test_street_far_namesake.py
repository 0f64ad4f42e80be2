"""A street's name read as a town of that name far off ("near Quince and Gollar" placed at
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
    "Detectives are investigating an early morning shooting that happened near Quince Street "
    "shortly before 3 a.m. Wednesday, Marrowfield police said. A man had his car window rolled "
    "down when someone walked up and shot him in the hand. He drove to a grocery store on "
    "Kestrel Road and called police. He was treated for injuries that are not life-threatening."
)

FAR = [
    # the street without its kind, the intersection read as the far town
    "A man told police someone shot him in the right hand on Wednesday morning. Officers were "
    "called to a parking lot on Kestrel, where the man said he was shot near the intersection "
    "of Quince and Gollar. A witness later said he shot himself by accident.",
    # the street with its kind
    "Police say a man who said a stranger shot him in the hand near Quince and Gollar on "
    "Wednesday shot himself by accident. He had driven to a store on Kestrel Road to call "
    "for help, and may face a charge for a false report.",
    # the street with another kind's abbreviation, the hand wound told otherwise
    "A man who reported being shot through his car window early Wednesday near Quince and "
    "Gollar was wounded by his own gun, police said. He called from a lot on Kestrel Rd. and "
    "was taken to a hospital.",
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
    story, far = _story(), _sig("far", text, "Police investigate shooting", QUINCE)
    assert decide.namesake_place(story, far, loose=True)
    assert decide.same_street_far_namesake(story, far, _rare)
    for a, b in ((story, far), (far, story)):
        ev = decide.compare(a, b, _rare)
        assert "the same street, the far place a namesake" in ev.reasons
        assert ev.same, ev.reasons


def test_no_street_in_common_leaves_the_far_report_apart() -> None:
    far = _sig(
        "far",
        "A man told police someone shot him in the right hand on Wednesday morning near the "
        "intersection of Quince and Gollar. A witness later said he shot himself by accident.",
        "Police investigate shooting",
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
    far = _sig("far", FAR[0].replace("on Kestrel", "on Main"), "Police investigate", QUINCE)
    assert not decide.same_street_far_namesake(story, far, _rare)
