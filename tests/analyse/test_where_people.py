"""analyse/where: a person, a street, a region or another name of a town is not the event's
location; a dateline in capitals is written in title case. Sentences written here; the towns
are real, the people and events invented."""

from __future__ import annotations

from .where_helpers import event

# --------------------------------------------------------------------------- people


def test_a_name_with_a_job_in_apposition_is_a_person() -> None:
    ev = event(
        "Around 1 a.m. Sunday, three men were taken to the hospital with gunshot wounds, "
        "according to Daniel Roper, a spokesman for the city of Riverton. Police are "
        "investigating the shooting."
    )
    assert ev.location == "Riverton"


def test_a_name_before_a_county_and_a_job_is_a_person() -> None:
    ev = event(
        "PIKEVILLE, Ky. -- A man was shot Friday night, said Daniel Roper, Pike County "
        "sheriff's spokesman."
    )
    assert ev.location == "Pikeville" and ev.admin1 == "Kentucky"


def test_a_name_with_an_age_in_commas_is_a_person() -> None:
    ev = event("Police found the gun at Kessa Varn, 23, and arrested her.")
    assert ev.location != "Kessa Varn"


def test_a_name_in_a_photo_caption_is_a_person() -> None:
    ev = event("Seve Marlow (Boulder County Sheriff's Office / Courtesy photo)")
    assert ev.location != "Seve Marlow"


def test_a_person_of_a_town_is_a_person() -> None:
    ev = event(
        "SUMMIT COUNTY, Utah -- A boy of ten died on Saturday night when a rifle went off "
        "during a deer hunt in Summit County.\n\nThe sheriff named the boy as Jacob Miller of "
        "Coalville, Utah.\n\nThe hunters were about a mile east of Echo."
    )
    # the boy's home is not the scene either
    assert ev.location == "Echo" and ev.admin2 == "Summit County"
    # a place's name with "of" in it stays a place
    assert event("A man was shot near Isle of Palms, S.C., on Sunday.").location == "Isle of Palms"


def test_a_kind_of_place_after_a_preposition_is_not_the_name_s_kind() -> None:
    # "Luis Pardo, a spokesman for the city of X": "city" is the city's, not Pardo's
    ev = event(
        "On 3 May 2021, protesters were shot at, according to Luis Pardo, a spokesman for the "
        "city of Caracas."
    )
    assert ev.location == "Caracas"


def test_an_appositive_kind_of_place_still_makes_a_local_place() -> None:
    ev = event(
        "On 3 May 2021, protesters were shot at in Loma Verde, a hillside district, police said."
    )
    assert ev.location == "Loma Verde"
    ev = event("On 3 May 2021, protesters were shot at in Loma Verde, a low-income district.")
    assert ev.location == "Loma Verde"
    ev = event(
        "On 3 May 2021, protesters were shot at in Loma Verde, a hillside district of Caracas, "
        "police said."
    )
    assert ev.location == "Loma Verde"


def test_places_named_like_people_or_words_stay_places() -> None:
    assert event("A man was shot near Lake Jackson on Sunday, the sheriff said.").location == (
        "Lake Jackson"
    )
    ev = event("A man was shot in Mount Vernon, Ohio, on Sunday, police said.")
    assert ev.location == "Mount Vernon" and ev.admin1 == "Ohio"
    ev = event("A man was shot in King, N.C., on Sunday, police said.")
    assert ev.location == "King" and ev.admin1 == "North Carolina"
    ev = event("A man was shot in Chaves County on Sunday, deputies said.")
    assert ev.admin2 == "Chaves County"


# --------------------------------------------------------------------------- streets, regions


def test_a_word_of_an_address_street_is_no_place() -> None:
    ev = event(
        "Police said a man was shot outside a store at 11282 South State St. on Tuesday. "
        "Chicago police are investigating."
    )
    assert ev.location == "Chicago"


def test_a_region_around_the_town_is_no_location() -> None:
    ev = event(
        "A man was shot Sunday in the Bay Area. Oakland police said the man was found on a "
        "sidewalk."
    )
    assert ev.location == "Oakland"
    ev = event(
        "A man was killed Sunday in Napa Valley. The shooting happened at a winery in "
        "Calistoga, the sheriff said."
    )
    assert ev.location == "Calistoga"


def test_a_road_near_the_town_is_no_location() -> None:
    ev = event(
        "A man was shot and killed near State Road 441 on Sunday, west of Belle Glade, Fla., "
        "deputies said."
    )
    assert ev.location == "Belle Glade"


def test_a_locality_or_a_neighbourhood_the_text_names_stays() -> None:
    # "the X area near the town" (lower-case "area"): a locality of its own, not a region
    ev = event("A man was shot Sunday in the Willow Creek area near Casper, Wyo., deputies said.")
    assert ev.location == "Willow Creek"
    # outside the US a town's part the gazetteer lacks stays the location (ACLED's coding)
    ev = event(
        "On 3 May 2021, police fired tear gas at protesters in the Loma Verde neighbourhood of "
        "Caracas."
    )
    assert ev.location == "Loma Verde"


# --------------------------------------------------------------------------- names


def test_a_word_geonames_lists_as_another_name_gives_way_to_the_town_s_own() -> None:
    ev = event(
        "A man was shot Tuesday, according to Google. The shooting happened on a street in Topeka."
    )
    assert ev.location == "Topeka"


def test_another_name_alone_is_written_as_the_report_writes_it() -> None:
    ev = event("On 4 March 2022, shelling hit a market in Kiev, killing two civilians.")
    assert ev.location == "Kiev"


def test_a_dateline_in_capitals_is_written_in_title_case() -> None:
    ev = event("VERNON, Conn. -- A man was shot and wounded Tuesday at a home, police said.")
    assert ev.location == "Vernon"


def test_a_name_with_a_judge_or_a_coach_in_apposition_is_a_person() -> None:
    # jobs from the one list of titles (lexicon.PERSON_TITLES), not only a police force's
    for job in ("a county judge", "a football coach", "a state senator"):
        ev = event(
            "Around 1 a.m. Sunday, three men were taken to the hospital with gunshot wounds, "
            f"according to Daniel Roper, {job}. Police in Riverton are investigating."
        )
        assert ev.location == "Riverton", job
