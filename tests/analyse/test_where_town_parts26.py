"""analyse/where: place names misread against the town the text names (h-mend26).

"The Excelsior section of San Francisco": a neighbourhood is a town's part, so the name after
"of" is a town (not Zulia's municipality of San Francisco) and a namesake of the part far
from it (a Bayview of another county) is no reading of it; a street's town after a comma
("on Main Street, Charlotte police said") is a town too. A bare apostrophe after a name
ending in "s" is its possessive ("outside Perkins'", "at Evans' parking lot": a business, as
"outside Denny's" is). A place known only from the USPS list ("Roxbury", Boston's) is not a
town of its own for being on that list, and a town named for its neighbour city with a
compass word ("South Tucson", "East Los Angeles") is a town, not the city's part. Sentences
written here; the places are real, the events invented."""

from __future__ import annotations

import pytest

from newsfold.analyse.gazetteer import get_gazetteer
from newsfold.analyse.nlp import get_nlp
from newsfold.analyse.where.mentions import _Mention
from newsfold.analyse.where.scanner import _possessive_at, _Scanner

from .where_helpers import NO_OUTLET, event

BOSTON_PAPER = "https://www.bostonglobe.com/metro/2024/03/02/a-shooting"


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        # the town after "section / neighborhood of" is a town, whatever its namesakes are
        (
            "A man was shot in the Excelsior section of San Francisco on Friday night.",
            "San Francisco",
            "California",
        ),
        (
            "Two people were wounded in the Excelsior neighborhood of San Francisco.",
            "San Francisco",
            "California",
        ),
        # a US city's district is its part
        (
            "A teenager was shot in the Excelsior district of San Francisco late Sunday.",
            "San Francisco",
            "California",
        ),
        # a namesake of the part in the town's state but far from it is not the part
        (
            "A man was shot in the Bayview section of San Francisco on Friday night.",
            "San Francisco",
            "California",
        ),
        # the part's namesakes (England's Brighton) do not choose the town
        (
            "A man was shot in the Brighton section of Boston on Friday night.",
            "Boston",
            "Massachusetts",
        ),
        # a street's town after a comma is a town, not a parish of the same name
        ("A man was shot on Main Street, Charlotte police said.", "Charlotte", "North Carolina"),
        ("A man was shot on Oak Street, Aurora police said.", "Aurora", "Colorado"),
    ],
)
def test_a_part_or_street_names_its_town(text: str, location: str, admin1: str) -> None:
    ev = event(text, url=NO_OUTLET)
    assert (ev.location, ev.admin1) == (location, admin1)


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        # a district of a province elsewhere stays the province's unit
        (
            "Taliban fighters attacked a checkpoint in the Nahr-e Saraj district of Helmand on "
            "Monday.",
            "Nahr-e Saraj",
            "Helmand",
        ),
        # a state after a street's town still qualifies the town
        ("Shots were fired on Elm Avenue, Springfield, Ohio police said.", "Springfield", "Ohio"),
        # the part's own town within reach: the part itself, written at its city
        (
            "A woman was shot in the Dorchester section of Boston early Saturday.",
            "Boston",
            "Massachusetts",
        ),
    ],
)
def test_parts_rule_leaves_other_units(text: str, location: str, admin1: str) -> None:
    ev = event(text, url=NO_OUTLET)
    assert (ev.location, ev.admin1) == (location, admin1)


@pytest.mark.parametrize(
    "text",
    [
        "A woman was wounded outside Perkins' on Saturday night.",
        "A teen was shot at Stevens' parking lot on Friday.",
        "A man was shot outside Daniels' Bar on Friday night.",
        "Shots were fired inside Sanders' Grill early Sunday.",
    ],
)
def test_s_apostrophe_possessive_is_a_business(text: str) -> None:
    assert event(text, url=NO_OUTLET).location is None


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        # the business's town is the place
        (
            "A teen was shot at Evans' parking lot in Tulsa, Oklahoma, on Friday.",
            "Tulsa",
            "Oklahoma",
        ),
        # a town's own possessive, the town named on its own too: the town
        (
            "A man was shot in Hastings, Nebraska, on Friday; Hastings' police chief said the "
            "shooter fled.",
            "Hastings",
            "Nebraska",
        ),
    ],
)
def test_s_apostrophe_leaves_towns(text: str, location: str, admin1: str) -> None:
    ev = event(text, url=NO_OUTLET)
    assert (ev.location, ev.admin1) == (location, admin1)


def test_a_closing_quote_is_no_possessive() -> None:
    # an apostrophe that opened the name closes it; one right after "Collins" alone owns
    text = "They met at 'Collins' on Friday and at Collins' Bar on Saturday."
    sc = _Scanner(get_gazetteer(), get_nlp()(text), text)
    quoted, owned = (
        _Mention(k, k + 1, sc.idx[k], sc.end[k], "Collins", "collins", (), 0)
        for k in range(sc.n)
        if sc.tok[k] == "Collins"
    )
    assert not _possessive_at(sc, quoted)
    assert _possessive_at(sc, owned)


def test_a_postal_only_part_of_a_city_is_the_city() -> None:
    # Roxbury is Boston's; GeoNames lacks it and the USPS list names it for its ZIP code
    ev = event("A man was shot in Roxbury on Friday.", url=BOSTON_PAPER)
    assert (ev.location, ev.admin1, ev.geo_precision) == ("Boston", "Massachusetts", 2)


def test_a_census_town_beside_the_city_stays_itself() -> None:
    ev = event("A man was shot in Chelsea on Friday.", url=BOSTON_PAPER)
    assert (ev.location, ev.admin1) == ("Chelsea", "Massachusetts")


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        ("A man was shot in South Tucson on Friday.", "South Tucson", "Arizona"),
        ("A man was shot in East Los Angeles on Friday.", "East Los Angeles", "California"),
        # a city's part named for it stays a part
        ("A man was shot in East Boston on Friday.", "Boston", "Massachusetts"),
        ("A man was shot in South Baltimore on Friday.", "Baltimore", "Maryland"),
    ],
)
def test_compass_towns_of_their_own(text: str, location: str, admin1: str) -> None:
    ev = event(text, url=NO_OUTLET)
    assert (ev.location, ev.admin1) == (location, admin1)
