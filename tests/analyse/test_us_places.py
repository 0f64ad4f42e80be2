"""analyse/us_places: USPS towns GeoNames lacks, in the gazetteer and in context (sentences
written here; the towns are real USPS names, the events invented)."""

from __future__ import annotations

import math

import pytest

from newsfold.analyse.gazetteer import CITY, Gazetteer, get_gazetteer
from newsfold.analyse.us_places import (
    NEAR_ZIP_KM,
    _ny_zip_points,
    name_variants,
    ny_county_at,
    postal_places,
)
from newsfold.records import Event

from .where_helpers import event, run


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return get_gazetteer()


def where_is(ev: Event) -> tuple[str | None, str | None, str | None]:
    return ev.location, ev.admin2, ev.admin1


# --------------------------------------------------------------------------- the index


def test_usps_list_grouped_by_town_and_state() -> None:
    places = {(p.name, p.state): p for p in postal_places()}
    assert 25_000 < len(places) < 35_000
    pelzer = places[("Pelzer", "SC")]
    assert pelzer.county == "Anderson County" or pelzer.county == "Greenville County"
    assert 34.0 < pelzer.lat < 35.2 and -83.0 < pelzer.lon < -82.0
    assert not any(state in ("AA", "AE", "AP") for _, state in places)  # military codes


def test_mc_names_also_joined() -> None:
    assert name_variants("Mc Lean") == ["Mc Lean", "McLean"]
    assert name_variants("Glen Flora") == ["Glen Flora"]


def test_postal_places_added_after_geonames_with_state_and_county(g: Gazetteer) -> None:
    rows = [i for i in g.lookup("Otterville") if g.admin1[i] == "Missouri"]
    assert len(rows) == 1
    i = rows[0]
    assert g.postal(i) and g.kind[i] == CITY and g.population[i] == 0
    assert g.admin2[i] == "Cooper County" and g.place(i)["geonameid"] is None
    assert abs(g.lat[i] - 38.7) < 0.3 and abs(g.lon[i] + 93.0) < 0.3
    # two states' Glen Flora, one row each
    assert {g.admin1[i] for i in g.lookup("Glen Flora")} == {"Wisconsin", "Texas"}


def test_a_geonames_place_is_never_doubled_and_ranks_first(g: Gazetteer) -> None:
    # Tell City, Indiana and Commerce, Texas are GeoNames places: no postal twin
    assert not any(g.postal(i) for i in g.lookup("Tell City"))
    commerce = g.lookup("Commerce")
    assert not any(g.postal(i) and g.admin1[i] == "Texas" for i in commerce)
    # a postal place of a name GeoNames has elsewhere comes after every GeoNames place
    justice = g.lookup("Justice")
    flags = [g.postal(i) for i in justice]
    assert True in flags and flags == sorted(flags)
    assert not g.postal(justice[0])


# --------------------------------------------------------------------------- in context


def test_town_with_its_state_abbreviation() -> None:
    ev = event("A man was shot dead outside a store in Pelzer, S.C., late on Friday.")
    assert ev.location == "Pelzer" and ev.admin1 == "South Carolina"


def test_town_in_a_dateline() -> None:
    ev = event("OTTERVILLE, Mo. (AP) — A man was shot dead outside his home on Friday.")
    assert ev.location == "Otterville" and ev.admin1 == "Missouri"


def test_town_placed_by_its_county() -> None:
    # two Glen Floras (Wisconsin, Texas), two Rusk Counties: the town's own county decides
    ev = event("A hunter was wounded in Glen Flora on Sunday, the Rusk County sheriff said.")
    assert where_is(ev) == ("Glen Flora", "Rusk County", "Wisconsin")


def test_town_alone_of_its_name_said_with_a_preposition() -> None:
    ev = event("A man was shot dead outside his home in Otterville on Friday.")
    assert ev.location == "Otterville" and ev.admin1 == "Missouri"


def test_not_when_the_text_is_about_another_state() -> None:
    ev = event(
        "A woman was shot in Otterville on Sunday, Texas police said. Harris County "
        "deputies said she was later driven to a hospital in Houston."
    )
    # not Missouri's Otterville (the hospital's Houston gives way to the scene the text names,
    # which stays an unknown name in Texas)
    assert ev.admin1 == "Texas" and ev.admin2 != "Cooper County"


def test_not_a_persons_name() -> None:
    ev = event(
        "A man was shot in Houston on Friday. Officer Mike Otterville said the suspect fled."
    )
    assert ev.location == "Houston" and ev.admin1 == "Texas"
    ev = event("Tom Pelzer was shot in Dallas on Friday.")
    assert ev.location == "Dallas"


def test_not_a_common_word_without_its_state() -> None:
    # "Deputy", "Monitor", "Village" are USPS towns GeoNames lacks; here they are words
    ev = event(
        "Deputy Sam Cole said a man was shot in Tulsa on Friday. Village leaders met on Monday "
        "and the Monitor reported the arrest."
    )
    assert ev.location == "Tulsa" and ev.admin1 == "Oklahoma"


def test_a_geonames_town_still_beats_a_postal_namesake() -> None:
    # Justice, Illinois (GeoNames) and Justice, West Virginia (USPS only)
    ev = event("Two men were shot in Justice, Ill., on Saturday night.")
    assert ev.location == "Justice" and ev.admin1 == "Illinois"
    ev = event("Two men were shot in Justice on Saturday night, Cook County deputies said.")
    assert ev.admin1 == "Illinois"


def test_postal_namesake_with_its_state_named() -> None:
    ev = event("Two men were shot in Justice, W.Va., on Saturday night.")
    assert ev.location == "Justice" and ev.admin1 == "West Virginia"


def test_not_a_hamlet_named_like_another_county_of_its_state(g: Gazetteer) -> None:
    # Bartow, Georgia (a hamlet in Jefferson County): "Bartow" bare is Bartow County
    assert not any(g.postal(i) and g.admin1[i] == "Georgia" for i in g.lookup("Bartow"))


def test_not_a_word_in_a_headline() -> None:
    # "Day" is a USPS town of Florida
    ctx_ev = event("A gunman shot three people at a park in Tampa, Fla., on Monday.")
    assert ctx_ev.location == "Tampa"
    ctx = run(
        "A gunman shot three people at a park in Tampa, Fla., on Monday.",
        title="Holiday Day shootings in park sparked by feud",
    )
    assert ctx.event.location == "Tampa"


def test_not_a_name_the_text_gives_a_building() -> None:
    # Riley is a USPS town of Indiana; here a hospital's name
    ev = event(
        "A boy arrived at Riley Hospital for Children in Indianapolis, Ind., with a gunshot "
        "wound on Thursday. An officer standing at Riley said the boy was stable."
    )
    assert ev.location == "Indianapolis" and ev.admin1 == "Indiana"
    # with no building of the name, the town of the county the text names (Riley, Kansas is a
    # GeoNames place of about 900 people)
    ev = event("A boy was shot in Riley on Thursday, Vigo County deputies said.")
    assert ev.location == "Riley" and ev.admin1 == "Indiana"


def test_a_name_wordnet_also_lists_after_a_preposition() -> None:
    # "Jean" (Nevada, USPS only) is also in WordNet's list of words
    ev = event("Two people were shot near Jean on Sunday, Clark County police said.")
    assert ev.location == "Jean" and ev.admin1 == "Nevada"
    ev = event("Jean said her son was shot in Las Vegas on Sunday, Clark County police said.")
    assert ev.location == "Las Vegas"


def test_a_home_in_the_town() -> None:
    ev = event(
        "A man was shot outside his Glen Flora home on Saturday, Wisconsin wardens said. "
        "The Rusk County sheriff is investigating."
    )
    assert where_is(ev) == ("Glen Flora", "Rusk County", "Wisconsin")
    # "the Otterville home": a family's house, not the town
    ev = event("Deputies searched the Otterville home after a man was shot in Houston, Texas.")
    assert ev.location == "Houston"


def test_words_that_name_towns_stay_words() -> None:
    # Police (Poland), Mission, Commerce, Friendship, Cool: GeoNames towns and USPS names
    ev = event(
        "Police said a man was shot in Houston on Friday. Friendship and cool heads prevailed "
        "after the shooting, and the Commerce Department's mission went on."
    )
    assert ev.location == "Houston" and ev.admin1 == "Texas"
    ev = event("A man was shot on Mission Street in Tell City, Ind., on Sunday.")
    assert ev.location == "Tell City" and ev.admin1 == "Indiana"


def test_the_outlets_state_picks_between_namesakes() -> None:
    text = "A hunter was wounded in Glen Flora on Sunday afternoon, officials said."
    ev = event(text, url="https://www.jsonline.com/story/news/2016/11/20/hunter-wounded/")
    assert ev.location == "Glen Flora" and ev.admin1 == "Wisconsin"
    ev = event(text, url="https://www.wfaa.com/article/news/local/hunter-wounded/287-1")
    assert ev.location == "Glen Flora" and ev.admin1 == "Texas"
    # two namesakes and nothing to choose between them: not placed by a guess
    ev = event(text)
    assert ev.location != "Glen Flora" or ev.admin1 is None


def test_postal_places_come_last_in_every_name(g: Gazetteer) -> None:
    # `where.candidates` reads a name's last row only to know whether it has postal places
    for ids in list(g.index.values())[::50]:
        if isinstance(ids, tuple):
            flags = [g.postal(i) for i in ids]
            assert flags == sorted(flags)


def test_not_a_street_named_bare_after_on() -> None:
    # Gause is a USPS town of Texas: "on Gause near Main" is a street of Houston
    ctx = run(
        "HOUSTON - A teenager was killed in a shooting in Houston, police said. The "
        "shooting was reported on Gause near Main before 4 a.m."
    )
    assert ctx.event.location == "Houston"
    assert not any((p.place or {}).get("name") == "Gause" for p in ctx.places)
    ev = event("A teenager was killed in a shooting in Gause on Friday, Texas officials said.")
    assert ev.location == "Gause" and ev.admin1 == "Texas"


def _ny_county_scanning_every_code(lat: float, lon: float) -> str | None:
    """`ny_county_at` as it read before its grid: every code of the state, nearest first."""
    best, best_d = None, NEAR_ZIP_KM
    scale = math.cos(math.radians(lat))
    for zlat, zlon, county in _ny_zip_points():
        d = math.hypot(zlat - lat, (zlon - lon) * scale) * 111.2
        if d < best_d:
            best, best_d = county, d
    return best


def test_ny_county_by_grid_is_the_county_of_the_nearest_code() -> None:
    # New York City's boroughs and Long Island on a fine grid, the codes' own points (a tie
    # with itself), the state's north, and points far from any code
    points = [(40.45 + 0.013 * a, -74.30 + 0.017 * b) for a in range(45) for b in range(80)] + [
        (p[0], p[1]) for p in _ny_zip_points()[::7]
    ]
    points += [(44.7, -73.45), (42.65, -73.75), (41.0, -71.5), (0.0, 0.0), (89.99, -74.0)]
    assert ny_county_at(40.5955, -73.7963) == "Queens County"  # Far Rockaway
    assert ny_county_at(40.9005, -73.9064) == "Bronx County"  # Riverdale
    assert ny_county_at(41.0, -71.5) is None  # the sea off Montauk
    for lat, lon in points:
        assert ny_county_at(lat, lon) == _ny_county_scanning_every_code(lat, lon), (lat, lon)


def test_the_zip_codes_read_are_no_military_ones_and_the_towns_name_a_state() -> None:
    """`_zip_codes` (every table's reading of the USPS list) leaves the military codes out,
    and `_town_zip_codes` (the towns' and the ZIP names' reading) those without a town or a
    state: postal_places and zip_names read the same codes."""
    from newsfold.analyse.us_places import _town_zip_codes, _zip_codes, zip_names

    codes = _zip_codes()
    assert codes and all(z.get("zip_code_type") != "MILITARY" for z in codes)
    assert not {z.get("state") for z in codes} & {"AA", "AE", "AP"}
    towns = list(_town_zip_codes())
    assert 0 < len(towns) <= len(codes)
    assert all(z["city"] and z["state"] for z in towns)
    located = [z for z in towns if z.get("lat") and z.get("long")]
    assert len(list(zip_names())) == len(located)
