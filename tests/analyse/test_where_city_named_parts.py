"""analyse/where: a part of a US city that its name or the text puts in the city is written at
the city (precision 2): "East Boston" (a compass word and its city's name), "West Raleigh,
North Carolina" (GeoNames gives it near Raleigh's own population: a district, whatever is
written after it), "the Dorchester section of Boston" and "Dorchester, Boston" (the text names
the city; the place has over a tenth of its people); "a quiet Evanston neighborhood" is one of
Evanston's, not a part of Chicago; and a list of counties several states share takes its state
from the outlet or the text's other places. Sentences written here; the places are real, the
events invented."""

from __future__ import annotations

import pytest

from .where_helpers import NO_OUTLET, event


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        # a compass word and the city's name, inside the city: a part of it
        (
            "A teenager was shot outside a corner store in East Boston late Friday.",
            "Boston",
            "Massachusetts",
        ),
        (
            "Two men were wounded in South Boston after an argument on Sunday.",
            "Boston",
            "Massachusetts",
        ),
        # GeoNames' district rows named for their city stay parts with the state written
        (
            "A driver was shot at a gas station in West Raleigh, North Carolina, on Monday.",
            "Raleigh",
            "North Carolina",
        ),
        (
            "A driver was shot at a gas station in South Boston, Massachusetts, on Monday.",
            "Boston",
            "Massachusetts",
        ),
        # the text names the city the place is in
        (
            "A woman was shot in the Dorchester section of Boston early Saturday.",
            "Boston",
            "Massachusetts",
        ),
        ("A woman was shot in Dorchester, Boston early Saturday.", "Boston", "Massachusetts"),
        (
            "A woman was shot in the Hyde Park neighborhood of Boston early Saturday.",
            "Boston",
            "Massachusetts",
        ),
        # a part the USPS addresses under its own name, put in the city by the text
        (
            "A woman was shot in the Charlestown section of Boston early Saturday.",
            "Boston",
            "Massachusetts",
        ),
        # a part far from its city's point (Los Angeles reaches 40 km and more)
        (
            "A woman was shot in San Pedro, Los Angeles, early Saturday.",
            "Los Angeles",
            "California",
        ),
    ],
)
def test_a_part_of_a_us_city_is_written_at_the_city(text: str, location: str, admin1: str) -> None:
    ev = event(text, NO_OUTLET)
    assert (ev.location, ev.admin1, ev.geo_precision) == (location, admin1, 2)


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        # towns of their own beside a big city, or named like one elsewhere
        (
            "A woman was shot outside her home in Cambridge, Massachusetts, on Friday.",
            "Cambridge",
            "Massachusetts",
        ),
        (
            "A woman was shot outside her home in North Las Vegas on Friday.",
            "North Las Vegas",
            "Nevada",
        ),
        (
            "A woman was shot outside her home in East Cleveland on Friday.",
            "East Cleveland",
            "Ohio",
        ),
        (
            "A woman was shot outside her home in South Boston, Virginia, on Friday.",
            "South Boston",
            "Virginia",
        ),
        # an enclave city written with its state stays itself
        (
            "A woman was shot outside her home in South Tucson, Arizona, on Friday.",
            "South Tucson",
            "Arizona",
        ),
        # a bare Dorchester: the text does not say it is Boston's, and GeoNames gives it
        # as many people as a town of its own (no offline source tells the two apart)
        (
            "A woman was shot outside her home in Dorchester, Massachusetts, on Friday.",
            "Dorchester",
            "Massachusetts",
        ),
    ],
)
def test_a_town_of_its_own_stays_itself(text: str, location: str, admin1: str) -> None:
    ev = event(text, NO_OUTLET)
    assert (ev.location, ev.admin1, ev.geo_precision) == (location, admin1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "A woman was shot in Quincy, just south of Boston, on Friday.",
        "A woman was shot in Quincy on Friday; the section of Boston's highway was closed.",
    ],
)
def test_a_town_near_a_city_the_text_does_not_put_in_it_stays_itself(text: str) -> None:
    ev = event(text, NO_OUTLET)
    assert (ev.location, ev.geo_precision) == ("Quincy", 1)


@pytest.mark.parametrize(
    ("url", "text", "admin1"),
    [
        # two counties that several states each have: the outlet's region chooses
        (
            "https://www.dispatch.com/story/news/crime/a-shooting",
            "Deputies from Franklin County and Delaware County searched for the gunman.",
            "Ohio",
        ),
        (
            "https://www.indystar.com/story/news/crime/a-shooting",
            "Deputies from Franklin County and Delaware County searched for the gunman.",
            "Indiana",
        ),
        # or the text's other place does
        (
            NO_OUTLET,
            "Deputies from Franklin County and Delaware County searched for the gunman near "
            "Westerville.",
            "Ohio",
        ),
    ],
)
def test_a_list_of_counties_many_states_share_takes_the_state_of_other_evidence(
    url: str, text: str, admin1: str
) -> None:
    assert event(text, url).admin1 == admin1


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # "a <town> neighborhood": one of the town's neighbourhoods, the town stays itself
        ("Shots were fired in a quiet Evanston neighborhood on Sunday afternoon.", "Evanston"),
        ("Shots were fired in an Oak Park neighborhood late Sunday.", "Oak Park"),
        ("Shots were fired in a leafy, quiet Skokie neighborhood.", "Skokie"),
        # "the <name> neighborhood" names the neighbourhood: a part of the big city
        ("Shots were fired in the South Shore neighborhood on Sunday afternoon.", "Chicago"),
        # before a noun the article is the noun's: a bar in the South Shore neighbourhood
        ("Shots were fired outside a South Shore neighborhood bar on Sunday.", "Chicago"),
    ],
)
def test_an_indefinite_neighbourhood_is_one_of_the_towns(text: str, location: str) -> None:
    ev = event(text, NO_OUTLET)
    assert (ev.location, ev.admin1) == (location, "Illinois")
