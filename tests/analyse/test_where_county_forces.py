"""analyse/where: a county named by its police or sheriff, among namesake counties of several
states (sentences and addresses written here; the counties are real, the events invented)."""

from __future__ import annotations

from .where_helpers import event

DC_STATION = "https://www.wusa9.com/article/news/crime/a-shooting/65-1234"
LOUISVILLE_STATION = "https://www.wlky.com/article/a-shooting/1234"
CINCINNATI_STATION = "https://www.wcpo.com/news/crime/a-shooting"


# --------------------------------------------------------------------------- the outlet's market


def test_a_county_force_next_to_the_outlet_beats_a_bigger_namesake_far_away() -> None:
    # Washington has no county of the name: Maryland's, next door, not Pennsylvania's
    ev = event("Montgomery County Police said a man was shot Tuesday in a parking lot.", DC_STATION)
    assert ev.admin1 == "Maryland"


def test_a_county_across_the_river_beats_a_third_state_s_bigger_namesake() -> None:
    ev = event("Clark County deputies said a man was shot Tuesday.", LOUISVILLE_STATION)
    assert ev.admin1 == "Indiana"
    ev = event("Boone County deputies said a man was shot Tuesday.", CINCINNATI_STATION)
    assert ev.admin1 == "Kentucky"


def test_the_outlet_s_own_county_stays() -> None:
    ev = event("Hamilton County deputies said a man was shot Tuesday.", CINCINNATI_STATION)
    assert ev.admin1 == "Ohio"


# --------------------------------------------------------------------------- must not fire


def test_a_state_named_in_the_text_wins_over_the_market() -> None:
    ev = event("Montgomery County Police said a man was shot Tuesday in Pennsylvania.", DC_STATION)
    assert ev.admin1 == "Pennsylvania"
    ev = event(
        "Boone County deputies said a man was shot Tuesday in Columbia, Missouri.",
        CINCINNATI_STATION,
    )
    assert ev.admin1 == "Missouri"


def test_a_town_of_a_far_namesake_county_wins_over_the_market() -> None:
    ev = event(
        "Montgomery County police said a man was shot in King of Prussia on Tuesday.", DC_STATION
    )
    assert ev.admin1 == "Pennsylvania"
    ev = event(
        "Clark County police said a gunman opened fire on a crowd in Las Vegas on Sunday night.",
        LOUISVILLE_STATION,
    )
    assert ev.admin1 == "Nevada"


EVANSVILLE_STATION = "https://www.14news.com/story/1234/a-shooting/"


def test_a_town_of_a_far_namesake_county_of_the_outlet_s_own_state_wins_over_the_market() -> None:
    # Brookston lies in White County, Indiana, far north of Evansville; Illinois's White
    # County is across the river, within the station's market
    ev = event(
        "A teenager was shot and killed at a home in White County on Friday. Brookston Police "
        "said a friend shot him by accident.",
        EVANSVILLE_STATION,
    )
    assert (ev.admin2, ev.admin1) == ("White County", "Indiana")
    # Prestonsburg lies in Floyd County, Kentucky, far east of Louisville
    ev = event(
        "The Floyd County sheriff said a man was shot on Sunday. Prestonsburg police are "
        "helping with the search.",
        LOUISVILLE_STATION,
    )
    assert (ev.admin2, ev.admin1) == ("Floyd County", "Kentucky")


def test_the_market_s_county_stays_without_a_town_of_the_far_namesake() -> None:
    # no town named, or a town of the near namesake: the county across the river
    ev = event(
        "A teenager was shot and killed at a home in White County on Friday, the sheriff said.",
        EVANSVILLE_STATION,
    )
    assert (ev.admin2, ev.admin1) == ("White County", "Illinois")
    ev = event(
        "A teenager was shot and killed at a home in White County on Friday. Carmi police said "
        "a friend shot him.",
        EVANSVILLE_STATION,
    )
    assert (ev.admin2, ev.admin1) == ("White County", "Illinois")
    ev = event(
        "The Floyd County sheriff said a man was shot on Sunday. He was taken to a hospital in "
        "New Albany.",
        LOUISVILLE_STATION,
    )
    assert (ev.admin2, ev.admin1) == ("Floyd County", "Indiana")


def test_a_county_with_no_namesake_near_the_outlet_keeps_its_state() -> None:
    ev = event("Bexar County Sheriff's Office deputies said a man was shot on Friday.", DC_STATION)
    assert ev.admin1 == "Texas"


def test_without_an_outlet_or_other_evidence_the_biggest_namesake_stays() -> None:
    ev = event("Montgomery County Police said a man was shot Tuesday.")
    assert ev.admin1 == "Pennsylvania"


# --------------------------------------------------------------------------- the text's evidence


def test_a_town_in_one_namesake_county_chooses_it() -> None:
    ev = event("Montgomery County Police said a man was shot Tuesday on a road near Germantown.")
    assert ev.admin1 == "Maryland"


def test_an_area_code_chooses_the_namesake() -> None:
    ev = event(
        "Montgomery County Police said a man was shot Tuesday. Anyone with information is "
        "asked to call 301-555-0100."
    )
    assert ev.admin1 == "Maryland"
