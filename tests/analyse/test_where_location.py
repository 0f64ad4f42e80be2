"""analyse/where: which named place is the event's location (ACLED's `location`), on sentences
written here."""

from __future__ import annotations

from .where_helpers import event

# --------------------------------------------------------------------------- bracketed names


def test_square_bracket_gives_the_name_the_place_is_known_by() -> None:
    ev = event(
        "On 3 June 2021, rebels shelled houses in Qarwa [Bayt Harun] village (Qaatabah, Ad "
        "Dali). No casualties were reported."
    )
    assert ev.location == "Bayt Harun" and ev.country == "Yemen"


def test_round_bracket_before_the_kind_of_place_is_another_name() -> None:
    ev = event(
        "On 4 June 2021, two guards were wounded by Taliban fighters near the Dasht Gul village "
        "of Nad Ali (Marjah) district, Helmand."
    )
    assert ev.country == "Afghanistan" and ev.admin1 == "Helmand"
    assert ev.location is not None and ev.location.startswith("Mar")  # GeoNames' spelling


def test_bracketed_name_the_gazetteer_lacks_is_a_local_name() -> None:
    ev = event(
        "On 5 June 2021, warplanes struck targets in Garvek (Wadi Zerin) region of Dahuk, "
        "northern Iraq."
    )
    assert ev.location == "Wadi Zerin"


def test_a_qualifier_or_a_note_in_brackets_is_no_other_name() -> None:
    # a qualifier holds a comma or follows the kind word; a note is not a name
    ev = event("On 6 June 2021, militiamen attacked Bule (Djugu, Ituri) and killed 4 civilians.")
    assert ev.location == "Bule"
    ev = event(
        "On 7 June 2021, a bomb exploded near Gerzan village (Kurdish name) in Sirnak, "
        "killing two soldiers."
    )
    assert ev.location != "Kurdish name"
    ev = event("On 8 June 2021, about 200 people protested in Kisumu, Kenya. [size=about 200]")
    assert ev.location == "Kisumu"


def test_a_bracket_outside_the_event_sentence_is_left_alone() -> None:
    ev = event(
        "On 9 June 2021, gunmen killed a shopkeeper in Kandahar city. Last year the army "
        "built a base in Zhari (Pasab) district."
    )
    assert ev.location is not None and ev.location.startswith("Kandah")
    ev = event(
        "On 10 June 2021, gunmen killed a shopkeeper in Kandahar city and clashed with police "
        "in Zhari (Pasab) district."
    )
    assert ev.location is not None and ev.location.startswith("Kandah")


# --------------------------------------------------------------------------- "the town of X"


def test_the_town_of_a_name_the_gazetteer_lacks_is_a_local_town() -> None:
    ev = event("On 2 June 2021, rioters blocked the main road in the town of Qarvelun.")
    assert ev.location == "Qarvelun"
    ev = event("On 2 June 2021, rioters clashed with soldiers in the village of Kfar Zelbun.")
    assert ev.location == "Kfar Zelbun"


def test_the_town_of_with_its_article_written_apart() -> None:
    ev = event("On 2 June 2021, rioters blocked the highway in the town of el Qarvun.")
    assert ev.location == "el Qarvun"


def test_the_town_of_before_no_name_is_nothing() -> None:
    ev = event("On 2 June 2021, rioters blocked the road in the town of about 3,000 people.")
    assert ev.location is None


# --------------------------------------------------------------------------- junctions


def test_a_junction_named_after_its_village_places_a_report_naming_no_town() -> None:
    ev = event("On 2 June 2021, protesters blocked the Qarvoun triangle for two hours.")
    assert ev.location == "Qarvoun"
    ev = event("On 2 June 2021, drivers held a sit-in at the Zelbun roundabout.")
    assert ev.location == "Zelbun"


def test_a_junction_is_finer_than_the_province_the_sentence_names() -> None:
    ev = event("On 2 June 2021, protesters gathered at the Qarvoun intersection in Bekaa.")
    assert (ev.country, ev.location) == ("Lebanon", "Qarvoun")


def test_a_junction_beside_a_named_town_or_named_after_a_street_is_no_town() -> None:
    ev = event("On 2 June 2021, protesters blocked the Qarvoun roundabout in Zahle, Lebanon.")
    assert ev.location == "Zahlé"
    ev = event("On 2 June 2021, protesters gathered at the Main Street intersection in Bekaa.")
    assert ev.location != "Main Street"
    ev = event("On 2 June 2021, a man was shot at the intersection of Elm and Oak in Dayton, Ohio.")
    assert ev.location == "Dayton"


# --------------------------------------------------------------------------- place-name heads


def test_a_name_opened_by_a_toponym_word_is_a_place_not_a_person() -> None:
    # "Ein" (a spring), "Tall" (a hill): a place's name, though the model reads a person's
    ev = event("On 9 June 2021, a landmine exploded in rural Ein Zelba in Ar-Raqqa, killing one.")
    assert (ev.country, ev.location) == ("Syria", "Ein Zelba")
    ev = event("On 9 June 2021, rebels looted crops in Tall Harmush in al-Hasakeh.")
    assert ev.location == "Tall Harmush"


def test_a_person_named_with_such_a_word_is_not_a_place() -> None:
    ev = event("On 9 June 2021, Mayor Ras Baraka said two men were shot in Newark, New Jersey.")
    assert ev.location == "Newark"


# --------------------------------------------------------------------------- origins


def test_where_people_came_from_is_not_the_town_they_protested_in() -> None:
    ev = event(
        "On 6 June 2021, some forty people from Zelbun village gathered outside the regional "
        "council building in Sousse, Tunisia, to demand jobs."
    )
    assert ev.location == "Sousse"


def test_where_people_came_from_stays_when_no_town_is_named() -> None:
    # (the unit in the bracket after the village is its qualifier, not a place apart)
    ev = event(
        "On 7 June 2021, communal militias from Qarvoun (Oshimili North LGA, Delta) clashed "
        "with herders. Two militiamen were killed."
    )
    assert ev.location == "Qarvoun"


# --------------------------------------------------------------------------- land features


def test_a_land_feature_named_with_its_word_is_a_place() -> None:
    ev = event("On 4 June 2021, regime forces shelled several villages in Al Sahel Plain in Hama.")
    assert (ev.admin1, ev.location) == ("Hama", "Al Sahel Plain")


def test_the_feature_word_alone_or_in_lower_case_is_no_place() -> None:
    ev = event("On 4 June 2021, officers in plain clothes arrested two men in Dayton, Ohio.")
    assert ev.location == "Dayton"


def test_a_qualifier_finds_a_hamlet_far_down_a_common_name_s_readings() -> None:
    # Bolivia's San Francisco is one of a hundred; its province names it
    ev = event("On 2 June 2021, miners blocked a road in San Francisco, Chuquisaca, over wages.")
    assert (ev.country, ev.admin1, ev.location) == ("Bolivia", "Chuquisaca", "San Francisco")
    # no qualifier: the big city
    ev = event("On 2 June 2021, dock workers blocked a road in San Francisco over wages.")
    assert ev.country == "United States"


# ---------------------------------------------------------------- a town with its own state


def test_a_town_found_under_its_name_and_state_is_written_by_its_name() -> None:
    # GeoNames lists "San Antonio, Texas" among the city's other names, so the scanner reads the
    # pair as one name; the location is the town's own name, not the pair
    ev = event("A Laredo man was shot in San Antonio, Texas, on Friday night, police said.")
    assert ev.location == "San Antonio" and ev.admin1 == "Texas"


def test_a_town_found_under_another_name_keeps_the_reports_name() -> None:
    # another name altogether (not the town's own name and its state) stays as written
    ev = event("A soldier was shot at Fort Hood, Texas, on Friday night, officials said.")
    assert ev.location == "Fort Hood"
