"""analyse/where: a neighbourhood GeoNames gives its namesake city's population ("South Boston",
"West Raleigh") is a part of that city, and the last of a list of counties written each with
its unit word ("X County and Y County") is a county, no town. Sentences written here; the places
are real, the events invented."""

from __future__ import annotations

import pytest

from .where_helpers import NO_OUTLET, event


@pytest.mark.parametrize(
    ("text", "location", "precision"),
    [
        # neighbourhoods GeoNames placed within "South Boston"'s reach: parts of Boston
        (
            "Officers found a wounded man in the Roslindale neighborhood on Tuesday evening.",
            "Boston",
            2,
        ),
        (
            "Gunfire broke out outside a bar in the Back Bay neighborhood after midnight.",
            "Boston",
            2,
        ),
        # a "<direction> <City>" neighbourhood with the city's population: a part of it
        ("A woman was shot outside her home in West Raleigh on Wednesday.", "Raleigh", 2),
        # not so a town of its own, a third of its namesake's size
        (
            "A woman was shot outside her home in North Las Vegas on Wednesday.",
            "North Las Vegas",
            1,
        ),
        ("A woman was shot outside her home in Boston on Wednesday.", "Boston", 1),
    ],
)
def test_a_namesake_part_is_written_as_its_city(text: str, location: str, precision: int) -> None:
    ev = event(text, NO_OUTLET)
    assert (ev.location, ev.geo_precision) == (location, precision)


def test_a_small_town_named_like_the_part_stays_itself() -> None:
    text = "A woman was shot outside her home in South Boston, Virginia, on Wednesday."
    ev = event(text, NO_OUTLET)
    assert (ev.location, ev.admin1, ev.geo_precision) == ("South Boston", "Virginia", 1)


@pytest.mark.parametrize(
    ("text", "admin1", "counties"),
    [
        (
            "Deputies from Fulton County, DeKalb County and Cobb County chased the man before he "
            "was shot.",
            "Georgia",
            ("Fulton", "DeKalb", "Cobb"),
        ),
        (
            "Detectives from Maricopa County, Pinal County and Pima County are looking for the "
            "shooter.",
            "Arizona",
            ("Maricopa", "Pinal", "Pima"),
        ),
        (
            "Deputies from Lake County and Porter County searched for the gunman.",
            "Indiana",
            ("Lake", "Porter"),
        ),
    ],
)
def test_a_list_of_counties_each_with_its_unit_word_is_no_town(
    text: str, admin1: str, counties: tuple[str, ...]
) -> None:
    ev = event(text, NO_OUTLET)
    assert ev.admin1 == admin1
    assert ev.admin2 in tuple(f"{c} County" for c in counties)
    assert ev.geo_precision == 3  # a county's, written at its seat
    assert ev.location not in counties  # no town named as the list's last county


def test_the_town_of_the_story_stays_beside_a_county_list() -> None:
    text = (
        "Troopers and deputies from Harris County and Fort Bend County chased the car after a "
        "shooting in Houston."
    )
    ev = event(text, NO_OUTLET)
    assert (ev.location, ev.admin1, ev.geo_precision) == ("Houston", "Texas", 1)


def test_a_town_and_its_county_after_a_list_stay_a_pair() -> None:
    ev = event("A man was shot at a gas station in Gary, Lake County, on Sunday.", NO_OUTLET)
    assert (ev.location, ev.admin2, ev.geo_precision) == ("Gary", "Lake County", 1)
