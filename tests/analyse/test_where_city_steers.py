"""analyse/where: the city a text puts a name in chooses which place the name is: "the
Roxbury section of Boston" (a qualifier, as "the Roxbury neighborhood of Boston" is), "the
Austin neighborhood of Chicago" (a quarter of the city, not the big namesake in Texas), and a
big city's own police working the case ("Boston police said": a row of the name within 30 km
of the city beats a bigger namesake far away). Sentences written here; the places are real,
the events invented."""

from __future__ import annotations

import pytest

from .where_helpers import NO_OUTLET, event, run


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        # "section of" a big city: the city qualifies the name
        (
            "A teenager was wounded in the Roxbury section of Boston late Sunday.",
            "Boston",
            "Massachusetts",
        ),
        (
            "Two men were hurt in a shooting in the Watts section of Los Angeles on Monday.",
            "Los Angeles",
            "California",
        ),
        (
            "A driver was shot at a red light in the Pilsen section of Chicago overnight.",
            "Chicago",
            "Illinois",
        ),
        # "neighborhood of" a big city: a quarter of it, whatever big namesake the name has
        (
            "A woman was struck by gunfire in the Austin neighborhood of Chicago on Friday.",
            "Chicago",
            "Illinois",
        ),
        (
            "A man was shot on a porch in the Lakewood neighborhood of Dallas on Friday.",
            "Dallas",
            "Texas",
        ),
        # the city's own police: the name's row near the city
        (
            "A teenager was wounded in Roxbury late Sunday, Boston police said.",
            "Boston",
            "Massachusetts",
        ),
        (
            "A man was shot in Lawndale on Saturday evening, Chicago police said.",
            "Chicago",
            "Illinois",
        ),
    ],
)
def test_the_city_a_text_puts_a_name_in_chooses_the_name(
    text: str, location: str, admin1: str
) -> None:
    ev = event(text, NO_OUTLET)
    assert (ev.location, ev.admin1) == (location, admin1)


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        # a state after the name is no city
        ("A man was shot in Austin, Texas on Friday night.", "Austin", "Texas"),
        # a town of its own near the city keeps its name under the city's police
        (
            "A man was shot in Cambridge on Friday, Boston police said.",
            "Cambridge",
            "Massachusetts",
        ),
        # no city and no city's police: the big namesake stays
        ("A man was shot in Brighton on Friday night.", "Brighton", "England"),
        # a quarter the gazetteer has in the city the text names, outside the US
        (
            "A man was shot in the Kensington neighbourhood of London on Friday.",
            "Kensington",
            "England",
        ),
    ],
)
def test_a_name_the_text_does_not_put_in_a_city_keeps_its_place(
    text: str, location: str, admin1: str
) -> None:
    ev = event(text, NO_OUTLET)
    assert (ev.location, ev.admin1) == (location, admin1)


def test_a_far_citys_police_do_not_move_a_name_with_no_row_near_it() -> None:
    # no Roxbury lies near Dallas: the police of that city are no reason for Boston's; the
    # name is an unknown part of Dallas, whose police work it (`component._policed_far_name`)
    ev = event("A man was shot in Roxbury on Friday, Dallas police said.", NO_OUTLET)
    assert (ev.location, ev.admin1, ev.geo_precision) == ("Dallas", "Texas", 2)


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        # a namesake abroad (Pilsen, Czechia), in another state (Watts, Oklahoma)
        ("A man was shot in Pilsen on Sunday, Chicago police said.", "Chicago", "Illinois"),
        (
            "A woman was wounded in Watts late Friday, Los Angeles police said.",
            "Los Angeles",
            "California",
        ),
        (
            "Chicago police said a man shot in Pilsen was taken to a hospital.",
            "Chicago",
            "Illinois",
        ),
    ],
)
def test_a_name_with_no_row_near_the_city_whose_police_work_it_is_a_part_of_it(
    text: str, location: str, admin1: str
) -> None:
    ev = event(text, NO_OUTLET)
    assert (ev.location, ev.admin1, ev.geo_precision) == (location, admin1, 2)
    # the name itself stays a claim within the city
    assert any(p.text in ("Pilsen", "Austin", "Watts") for p in run(text, url=NO_OUTLET).places)


@pytest.mark.parametrize(
    ("text", "url", "location", "admin1"),
    [
        # a big US city named bare is itself, whoever's police speak (Chicago's Austin must be
        # called a neighbourhood: "the Austin neighborhood", tested above)
        (
            "Chicago police arrested a man wanted for a shooting in Houston last year.",
            NO_OUTLET,
            "Houston",
            "Texas",
        ),
        ("A man was shot in Austin on Sunday, Chicago police said.", NO_OUTLET, "Austin", "Texas"),
        # the far place's state or country named
        (
            "Chicago police arrested a man wanted for a shooting in Austin, Texas.",
            NO_OUTLET,
            "Austin",
            "Texas",
        ),
        (
            "A man was shot in Pilsen, Czech Republic, on holiday, Chicago police said.",
            NO_OUTLET,
            "Pilsen",
            "Plzensky",
        ),
        # a demonym of the far place's country
        (
            "A Czech man was shot in Pilsen on Sunday, Chicago police said.",
            NO_OUTLET,
            "Pilsen",
            "Plzensky",
        ),
        # an outlet of the far town's own region
        (
            "A man was shot in Kirkwood on Sunday, Atlanta police said.",
            "https://www.stltoday.com/news/a-shooting",
            "Kirkwood",
            "Missouri",
        ),
        # a town across a line from the city: a town of its own
        ("A man was shot in Gary on Sunday, Chicago police said.", NO_OUTLET, "Gary", "Indiana"),
        (
            "A man was shot in Camden on Sunday, Philadelphia police said.",
            NO_OUTLET,
            "Camden",
            "New Jersey",
        ),
        (
            "A man was shot in Toronto on Sunday, Buffalo police said.",
            NO_OUTLET,
            "Toronto",
            "Ontario",
        ),
        # no city's police: a note of a place abroad
        (
            "Protesters gathered in Pilsen on Sunday against the new mining law.",
            NO_OUTLET,
            "Pilsen",
            "Plzensky",
        ),
        # a suburb with its own row near the city
        (
            "A man was shot in Cambridge on Friday, Boston police said.",
            NO_OUTLET,
            "Cambridge",
            "Massachusetts",
        ),
    ],
)
def test_a_far_name_the_text_gives_reason_for_stays_itself(
    text: str, url: str, location: str, admin1: str
) -> None:
    ev = event(text, url)
    assert (ev.location, ev.admin1) == (location, admin1)


def test_section_of_something_not_a_place_is_no_qualifier() -> None:
    # "section of the turnpike": no town after "of"; the state stays a state
    ev = event(
        "A man was shot on Friday near the Ohio section of the turnpike, troopers said.",
        NO_OUTLET,
    )
    assert ev.admin1 == "Ohio"


def test_a_kind_word_and_a_bracketed_qualifier_still_link() -> None:
    # the name's own kind word, another after it, then the bracket: the district qualifies
    ev = event(
        "Troops traded fire on Monday at the Shahpur sector area (Poonch district, J&K).",
        NO_OUTLET,
    )
    assert ev.admin1 == "Jammu and Kashmir"
