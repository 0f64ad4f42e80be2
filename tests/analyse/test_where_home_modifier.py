"""analyse/where: "a Dothan man was shot in Atlanta, Georgia" (h-mend28).

A town before "man", "woman", "teen", "resident" or "family" is where someone lives. When the
text names the event's state for another town, the home's namesakes elsewhere are dropped and
the gazetteer has no row left for it; that does not make it an unknown part of the event's
town: the event is the town the text sets it in (`event_place._home_of_people`). The home
stays the place where it is the only one given, or the scene has the same name. Sentences
written here; the places are real, the events invented."""

from __future__ import annotations

import pytest

from .where_helpers import NO_OUTLET, event

BOSTON_PAPER = "https://www.bostonglobe.com/metro/2024/03/02/a-shooting"


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        # the state named after the scene's town: the home is no part of it
        ("A Dothan man was shot in Atlanta, Georgia, on Friday.", "Atlanta", "Georgia"),
        (
            "A Dothan man was shot in Atlanta, Georgia, on Friday, Atlanta police said.",
            "Atlanta",
            "Georgia",
        ),
        ("A Dothan man was shot in Atlanta, Ga., on Friday.", "Atlanta", "Georgia"),
        (
            "A Camden teen was wounded in Philadelphia, Pennsylvania, late Monday.",
            "Philadelphia",
            "Pennsylvania",
        ),
        (
            "A Toledo woman was found shot at an apartment in Detroit, Michigan.",
            "Detroit",
            "Michigan",
        ),
        # the scene in the next sentence, or the story's dateline
        (
            "A Reno resident is dead. He was shot in Sacramento, California, on Friday.",
            "Sacramento",
            "California",
        ),
        ("ATLANTA, Ga. - A Dothan man was shot on Friday, police said.", "Atlanta", "Georgia"),
        # without the state the home resolves to its own town and is outranked: unchanged
        ("A Dothan man was shot in Atlanta on Friday.", "Atlanta", "Georgia"),
    ],
)
def test_home_modifier_is_not_a_part_of_the_scene(text: str, location: str, admin1: str) -> None:
    e = event(text, url=NO_OUTLET)
    assert (e.location, e.admin1) == (location, admin1)
    assert e.geo_precision == 1


@pytest.mark.parametrize(
    ("text", "url", "location"),
    [
        # the home is the scene, by name
        ("A Dorchester man was shot in Dorchester on Friday.", NO_OUTLET, "Dorchester"),
        # the home is the only place the text gives: it stays the event's place
        ("A Roxbury man was shot on Friday, Boston police said.", NO_OUTLET, "Roxbury"),
        # (in a Boston paper, Roxbury is a part of the paper's city, as before)
        ("A Roxbury man was shot on Friday night.", BOSTON_PAPER, "Boston"),
        # a neighbourhood named as the scene is unaffected
        ("A man was shot in the Pilsen neighborhood, Chicago police said.", NO_OUTLET, "Chicago"),
        ("A man was shot in East Boston on Friday.", NO_OUTLET, "Boston"),
    ],
)
def test_home_modifier_kept_where_it_is_the_place(text: str, url: str, location: str) -> None:
    assert event(text, url=url).location == location
