"""analyse/where: places resolved in context and the event's place, on sentences written here."""

from __future__ import annotations

import pytest

from newsfold.analyse import where
from newsfold.analyse.gazetteer import get_gazetteer
from newsfold.analyse.nlp import get_nlp
from newsfold.analyse.where.evidence import _Evidence, _outlet_evidence
from newsfold.analyse.where.local_names import _not_a_local_name
from newsfold.analyse.where.scanner import _Scanner
from newsfold.records import Event

from .where_helpers import run


def event(text: str, title: str | None = None, url: str | None = None) -> Event:
    return run(text, title, url).event


# --------------------------------------------------------------------------- resolution


def test_city_resolves_with_admin_names_and_coordinates() -> None:
    ev = event("Two people were killed on Sunday when gunmen opened fire at a market in Kano.")
    assert (ev.country, ev.iso3, ev.admin1, ev.location) == ("Nigeria", "NGA", "Kano", "Kano")
    assert ev.geo_precision == 1
    assert abs(ev.latitude - 12.0) < 0.2 and abs(ev.longitude - 8.5) < 0.2


def test_claims_point_at_the_place_name() -> None:
    text = "A car bomb exploded near a checkpoint in Mogadishu on Tuesday, killing three."
    ctx = run(text)
    claims = ctx.claims_for("location")
    assert claims and all(text[c.start : c.end] == c.text for c in claims)
    assert claims[0].text == "Mogadishu" and claims[0].attrs["geonameid"]
    assert any(p.role == "event" and p.place for p in ctx.places)


def test_state_abbreviation_picks_the_town() -> None:
    ev = event("A man was shot dead outside a store in Rocky Mount, N.C., late on Friday.")
    assert (ev.location, ev.admin1, ev.country) == (
        "Rocky Mount",
        "North Carolina",
        "United States",
    )
    ev = event("A man was shot dead outside a store in Rocky Mount, Va., late on Friday.")
    assert (ev.location, ev.admin1) == ("Rocky Mount", "Virginia")


def test_state_name_after_the_town() -> None:
    ev = event("Police said a teenager was wounded in a shooting in Portland, Maine, on Monday.")
    assert (ev.location, ev.admin1) == ("Portland", "Maine")
    ev = event("Police said a teenager was wounded in a shooting in Portland on Monday.")
    assert (ev.location, ev.admin1) == ("Portland", "Oregon")  # the bigger one, unqualified


def test_other_places_in_the_text_disambiguate() -> None:
    ev = event(
        "Deputies in Fulton County were called to a home where a woman had been shot. "
        "She later died at a hospital in Atlanta. The shooting happened in Roswell, "
        "investigators said."
    )
    assert ev.admin1 == "Georgia"


def test_parenthesised_admin_names_as_acled_writes_them() -> None:
    ev = event("On 3 March 2020, unidentified gunmen attacked a police post in Kidal (Kidal).")
    assert (ev.country, ev.admin1) == ("Mali", "Kidal")
    ev = event("On 3 March 2020, protesters blocked a road in Multan city (Multan, Punjab).")
    assert (ev.country, ev.admin1, ev.location) == ("Pakistan", "Punjab", "Multan")


def test_province_only_gives_precision_three_at_its_seat() -> None:
    ev = event("On 4 April 2020, Taliban militants ambushed an army convoy in Farah province.")
    assert (ev.country, ev.admin1, ev.location, ev.geo_precision) == (
        "Afghanistan",
        "Farah",
        "Farah",
        3,
    )


def test_near_a_place_is_precision_two() -> None:
    ev = event(
        "On 2 May 2020, artillery shells landed near Avdiivka, Donetsk, damaging two houses."
    )
    assert ev.country == "Ukraine" and ev.admin1 == "Donetsk" and ev.geo_precision == 2


def test_country_alone_and_demonym_alone() -> None:
    # ACLED's convention: an event placed no finer than its country is coded at the capital,
    # with geo precision 3
    ev = event("Protesters marched in several cities across Chile on Saturday.")
    assert ev.country == "Chile" and ev.iso3 == "CHL"
    assert (ev.location, ev.geo_precision) == ("Santiago", 3) and ev.latitude is not None
    ev = event("Nigerian troops repelled an attack by insurgents on Monday, the army said.")
    assert ev.country == "Nigeria" and (ev.location, ev.geo_precision) == ("Abuja", 3)


# --------------------------------------------------------------------------- not places


def test_common_words_are_not_places() -> None:
    for text in (
        "Police said the suspect fled on foot after the robbery.",
        "Reading the report, the mayor said the sale of the building was cancelled.",
        "Mobile phones were seized during the raid, officers said.",
        "Of the six people injured, two were in critical condition.",
        "Sale of alcohol was banned after the riot, a spokesman said.",
        "Bath towels and blankets were handed out to the displaced families.",
    ):
        ev = event(text)
        assert ev.location is None and ev.country is None, text


def test_common_word_place_resolves_when_context_says_so() -> None:
    ev = event("MOBILE, Ala. — Two men were wounded in a shooting on Saturday night.")
    assert (ev.location, ev.admin1) == ("Mobile", "Alabama")
    ev = event("Three people were hurt when a car hit a crowd in Reading, Pennsylvania.")
    assert (ev.location, ev.admin1) == ("Reading", "Pennsylvania")


def test_person_names_are_not_places() -> None:
    ev = event(
        "Jordan Houston, 24, was arrested on Monday. Houston told officers he had been "
        "at home all evening, according to the complaint filed in Akron, Ohio."
    )
    assert ev.location == "Akron" and ev.admin1 == "Ohio"


def test_no_place_leaves_every_field_null() -> None:
    ctx = run("A man was arrested after an argument turned violent, police said on Friday.")
    ev = ctx.event
    fields = (ev.country, ev.iso3, ev.admin1, ev.admin2, ev.location, ev.latitude)
    assert fields == (None,) * 6 and ev.geo_precision is None
    assert not ctx.claims_for("location")


# --------------------------------------------------------------------------- the event's place


def test_dateline_of_a_story_about_elsewhere_is_not_the_place() -> None:
    ev = event(
        "LONDON (Reuters) - Syrian government forces shelled the town of Maarat al-Numan in "
        "Idlib province on Tuesday, killing at least nine civilians, a monitoring group said."
    )
    assert ev.country == "Syria" and ev.admin1 == "Idlib"


def test_dateline_of_a_local_story_is_the_place() -> None:
    ev = event(
        "HOUSTON (AP) - Five people were wounded in a drive-by shooting on Sunday night, "
        "police said."
    )
    assert (ev.location, ev.admin1) == ("Houston", "Texas")


def test_home_town_is_not_the_place() -> None:
    ev = event(
        "A 32-year-old man from Ohio was shot and killed outside a bar in Terre Haute, Indiana, "
        "early Saturday, police said."
    )
    assert (ev.location, ev.admin1) == ("Terre Haute", "Indiana")
    ev = event(
        "John Doe, 23, of Dayton, died after a shooting in Cincinnati on Friday night, the "
        "coroner said."
    )
    assert ev.location == "Cincinnati"


def test_a_capital_merely_mentioned_is_not_the_place() -> None:
    ev = event(
        "Gunmen killed four farmers in a village near Maiduguri on Sunday. The government in "
        "Abuja condemned the attack and promised an inquiry."
    )
    assert ev.admin1 == "Borno"


def test_country_as_an_actor_is_not_the_place() -> None:
    ev = event("On 5 May 2020, US forces carried out a raid in Deir ez-Zor, detaining two men.")
    assert ev.country == "Syria"


def test_county_maps_to_admin2() -> None:
    ev = event("A deputy was shot while serving a warrant in Marion County, Indiana, on Tuesday.")
    assert ev.admin1 == "Indiana" and ev.admin2 == "Marion County"


def test_a_county_in_capitals_takes_the_state_after_it() -> None:
    # the tokenizer splits the period off "CO." (not off "Co."): the state still qualifies it
    ev = event("CLARK CO., Ind. -- A woman was wounded in a shooting late Sunday, deputies said.")
    assert ev.admin1 == "Indiana" and ev.admin2 == "Clark County"
    ev = event("A woman was wounded Sunday in CLARK CO., Ind., deputies said.")
    assert ev.admin1 == "Indiana" and ev.admin2 == "Clark County"
    # a company's "CO." is no county
    assert event("The CO. said nobody was hurt in the fire.").admin1 is None


def test_a_town_before_its_police_force_name_is_whole() -> None:
    # "Police" after a town in a force's name: the town, not part of a longer name (nor the
    # Polish town Police)
    ev = event("Tulsa Police Dept. said a man was wounded in a shooting on Friday night.")
    assert ev.admin1 == "Oklahoma" and ev.location == "Tulsa"
    ev = event("Bexar County Sheriff's Office deputies said a man was shot on Friday.")
    assert ev.admin1 == "Texas" and ev.admin2 == "Bexar County"
    # a state's force keeps reading as before: the state, no town of it
    ev = event("Ohio State Police said a man was shot on Friday.")
    assert ev.admin1 == "Ohio"
    # no place before the force's name: nothing
    assert event("Police said a man was wounded in a shooting on Friday.").admin1 is None


def test_a_town_before_or_after_metro_in_its_police_force_name() -> None:
    # "Metro"/"Metropolitan" between the town and "Police", or before them both: the town
    # alone (not Metro in Indonesia, nor the Polish town Police)
    for text, state, town in [
        (
            "Louisville Metro Police said a man was wounded in a shooting on Friday.",
            "Kentucky",
            "Louisville",
        ),
        (
            "The Las Vegas Metropolitan Police Department said a man was shot on Friday.",
            "Nevada",
            "Las Vegas",
        ),
        (
            "Metro Nashville Police said a man was wounded in a shooting on Friday night.",
            "Tennessee",
            "Nashville",
        ),
        (
            "A man was shot on Friday, Metropolitan Nashville Police Department officers said.",
            "Tennessee",
            "Nashville",
        ),
    ]:
        ev = event(text)
        assert (ev.country, ev.admin1, ev.location) == ("United States", state, town), text
    # a whole name with "Metro" in it keeps it: Metro Manila's police
    ev = event("Metro Manila Police said three men were killed in a raid on Friday.")
    assert ev.country == "Philippines" and ev.admin1 == "Metro Manila"
    # the Indonesian city Metro and the Polish town Police, named as places, stay places
    ev = event("Three people were killed in a fire at a market in Metro, Lampung, on Friday.")
    assert ev.country == "Indonesia" and ev.admin1 == "Lampung"
    ev = event("Szczecin Police said a man was stabbed in Police, Poland, on Friday.")
    assert ev.country == "Poland" and ev.admin1 == "West Pomeranian Voivodeship"
    # "Metro Police" with no town: no place
    assert event("Metro Police said a man was wounded in a shooting on Friday.").country is None


# --------------------------------------------------------------------------- local sites


def test_unknown_neighbourhood_takes_the_city_with_precision_two() -> None:
    ev = event(
        "Police and gangs fought for a third day in Valparaiso, Chile. Residents of the "
        "Quebrada Honda neighbourhood said bullets hit several houses on Thursday."
    )
    assert ev.location == "Quebrada Honda"
    assert (ev.country, ev.geo_precision) == ("Chile", 2)
    assert abs(ev.latitude + 33.04) < 0.1 and abs(ev.longitude + 71.6) < 0.1


def test_possessive_district_of_a_city() -> None:
    ev = event(
        "Soldiers entered La Loma Verde district of Quito on Friday after two nights of "
        "shooting between rival gangs killed six people."
    )
    # Quito is a city of a million or more: ACLED's "City-District" name (see below)
    assert (ev.location, ev.admin1, ev.geo_precision) == ("Quito-La Loma Verde", "Pichincha", 2)


def test_a_district_of_a_big_city_is_named_city_dash_district() -> None:
    # ACLED names the districts of big cities "City-District"; a report that says which
    # district of which city gives both, and the event is placed at the city (precision 2)
    ev = event("On 4 June 2021, nurses protested in Obolonskyi district of Kyiv over unpaid wages.")
    assert (ev.location, ev.country, ev.geo_precision) == ("Kyiv-Obolonskyi", "Ukraine", 2)
    ev = event(
        "On 4 June 2021, in the South Zone of Sao Paulo, Sao Paulo, police shot a suspect in "
        "Capao Redondo."
    )
    assert (ev.location, ev.admin1, ev.geo_precision) == ("Sao Paulo-South Zone", "Sao Paulo", 2)
    assert abs(ev.latitude + 23.55) < 0.1 and abs(ev.longitude + 46.63) < 0.1
    # a smaller town's district keeps its own name
    ev = event("On 4 June 2021, soldiers entered La Loma Verde district of Cuenca on Friday.")
    assert ev.location == "La Loma Verde"


def test_a_known_part_of_a_big_city_named_inside_it_is_city_dash_part() -> None:
    # the gazetteer has the borough or locality as a town of its own; the report puts it in
    # its big city in as many words, or after a comma naming no province
    ev = event("On 3 June 2021, in Venustiano Carranza, Ciudad de Mexico, taxi drivers marched.")
    assert (ev.location, ev.country) == ("Ciudad de Mexico-Venustiano Carranza", "Mexico")
    ev = event("On 3 June 2021, students rallied in Paltan locality of Dhaka city over fees.")
    assert ev.location == "Dhaka-Paltan"
    # a comma that names a province of the city's name, or a town of the next province, or a
    # state: the town keeps its own name
    ev = event("On 3 June 2021, dockers went on strike in Niteroi, Rio de Janeiro, over pay.")
    assert ev.location == "Niterói"
    ev = event("On 3 June 2021, teachers marched in Cankaya, Ankara, over pay.")
    assert ev.location == "Çankaya"
    ev = event("On 3 June 2021, drivers blocked a road in Soacha, Bogota, over fuel prices.")
    assert ev.location == "Soacha"
    ev = event("On 3 June 2021, farmers protested in Cuauhtemoc, Chihuahua, over water.")
    assert ev.location == "Cuauhtémoc"
    # and the city itself stays the city
    ev = event("On 3 June 2021, nurses protested in Mexico City, demanding masks.")
    assert ev.location == "Mexico City"


def test_a_nameless_place_keeps_its_bracketed_area() -> None:
    # "Nameless Hills" alone tells one line of heights from no other: the bracket stays
    ev = event(
        "On 2 June 2021, troops of Armenia fired on positions of Azerbaijan at Nameless "
        "Heights (Tovuz Region), Tovuz."
    )
    assert (ev.location, ev.country) == ("Nameless Heights (Tovuz Region)", "Azerbaijan")
    # a named site drops its bracket (see below), and a nameless one without a bracket stays
    ev = event("On 2 June 2021, troops fired on positions at Nameless Heights near Tovuz.")
    assert ev.location == "Nameless Heights"


def test_site_in_a_parenthesised_city() -> None:
    ev = event("On 2 May 2020, shells hit the runway of Mitiga Airport (Tripoli), injuring two.")
    assert ev.location == "Mitiga Airport" and ev.country == "Libya"


def test_street_is_a_site_not_the_location() -> None:
    ctx = run(
        "Officers found a man with a gunshot wound at a home on Bridlewood Drive in "
        "Indianapolis on Monday night."
    )
    assert ctx.event.location == "Indianapolis"
    assert any(p.role == "site" and "Bridlewood" in p.text for p in ctx.places)


def test_headline_place_when_the_text_names_none() -> None:
    ev = event(
        "Two men were wounded in a shooting outside a restaurant late on Saturday.",
        title="2 wounded in shooting outside Albuquerque restaurant",
    )
    assert (ev.location, ev.admin1) == ("Albuquerque", "New Mexico")


# --------------------------------------------------------------------------- more context


def test_part_of_a_town_is_the_town() -> None:
    ev = event("Three men were shot in Southwest Philadelphia on Sunday night, police said.")
    assert (ev.location, ev.admin1) == ("Philadelphia", "Pennsylvania")


def test_a_single_country_actor_places_a_village() -> None:
    ev = event("On 3 May 2020, the OSCE SMM recorded four explosions near Avdiivka.")
    assert ev.country == "Ukraine"
    ev = event("On 3 May 2020, Houthi forces shelled positions of the army, a source said.")
    assert ev.country == "Yemen" and ev.geo_precision == 3  # at the capital: no finer place


def test_the_reports_own_name_for_a_place_found_under_another() -> None:
    ev = event("Two soldiers were shot dead at Fort Hood, Texas, on Tuesday, the army said.")
    assert (ev.location, ev.admin1) == ("Fort Hood", "Texas")


def test_a_bigger_town_around_the_place_shares_its_role() -> None:
    ctx = run(
        "Two teenagers were shot on the boardwalk in Coney Island on Saturday. Brooklyn "
        "detectives are looking for two men, police said."
    )
    events = {p.place["name"] for p in ctx.places if p.role == "event" and p.place}
    assert {"Coney Island", "Brooklyn"} <= events


def test_a_place_in_new_york_city_is_written_as_its_borough() -> None:
    ctx = run("Two teenagers were shot on the boardwalk in Coney Island on Saturday night.")
    ev = ctx.event
    # past Brooklyn's core, but in Kings County: the borough is the town, the place a part
    assert (ev.location, ev.admin1, ev.geo_precision) == ("Brooklyn", "New York", 2)
    claims = ctx.claims_for("location")
    assert any(c.value == "Coney Island" and c.attrs.get("within") == "Brooklyn" for c in claims)


def test_a_borough_itself_and_a_town_outside_the_city_keep_their_names() -> None:
    ev = event("A man was shot dead outside a bodega in Brooklyn on Friday, police said.")
    assert (ev.location, ev.geo_precision) == ("Brooklyn", 1)
    ev = event("A woman was shot in Yonkers, New York, on Friday, police said.")
    assert ev.location == "Yonkers"


def test_the_town_of_the_hospital_a_victim_died_in_is_not_the_scene() -> None:
    ev = event(
        "A 24-year-old man was hit by gunfire in the 2300 block of Olivine Avenue on Thursday "
        "night. He died at Meadowbrook Medical Center in Oak Lawn, Blue Island police said."
    )
    assert (ev.location, ev.admin1) == ("Blue Island", "Illinois")


def test_a_shooting_at_a_hospital_is_in_the_hospitals_town() -> None:
    ev = event("A gunman opened fire at Mercy Hospital in Oak Lawn on Monday, police said.")
    assert ev.location == "Oak Lawn"


def test_a_town_whose_county_is_named_keeps_its_state_against_a_neighbour_state() -> None:
    text = (
        "Henderson police are looking for the gunman who killed a teenager on Thursday night. "
        "She died at a hospital in Indianapolis, Indiana, a Marion County coroner said. "
        "{county}"
    )
    ev = event(text.format(county="Henderson County schools held a vigil."))
    assert (ev.location, ev.admin1) == ("Henderson", "Kentucky")
    # without its county named, a small Henderson of another state is not trusted
    ev = event(text.format(county="Her school held a vigil."))
    assert ev.admin1 != "Kentucky"


def test_a_town_across_the_line_from_a_named_town_needs_no_state_of_its_own() -> None:
    # Henderson, Kentucky, lies across the Ohio River from Evansville: the neighbour of the
    # town named with its state, county named or not (`candidates._across_the_line_from_named`)
    text = (
        "Henderson police are looking for the gunman who killed a teenager on Thursday night. "
        "She died at St. Mary's Medical Center in Evansville, Indiana, a Vanderburgh County "
        "coroner said. {county}"
    )
    for county in ("Henderson County schools held a vigil.", "Her school held a vigil."):
        ev = event(text.format(county=county))
        assert (ev.location, ev.admin1) == ("Henderson", "Kentucky")


def test_a_us_county_alone_is_written_as_its_seat() -> None:
    ev = event("A man was shot dead at a home in Orleans Parish on Sunday, deputies said.")
    assert (ev.location, ev.admin2, ev.geo_precision) == ("New Orleans", "Orleans Parish", 3)
    ev = event("Deputies said a boy, 9, was shot at a home in Barrow County, Georgia, on Monday.")
    assert (ev.location, ev.admin2, ev.geo_precision) == ("Winder", "Barrow County", 3)


def test_a_us_county_alone_is_written_at_its_known_seat_not_its_biggest_suburb() -> None:
    # a county that suburbs have grown into: its seat (us_seats), not its biggest town
    ev = event("Deputies said a woman was shot at a home in Montgomery County, Texas, on Monday.")
    assert (ev.location, ev.admin2, ev.geo_precision) == ("Conroe", "Montgomery County", 3)
    ev = event("A man, 40, was shot on a farm in Cherokee County, Ga., deputies said Tuesday.")
    assert (ev.location, ev.admin2) == ("Canton", "Cherokee County")
    # a town the text names in such a county stays the town
    ev = event("A man was shot at a home in Woodstock, Cherokee County, Ga., on Monday.")
    assert (ev.location, ev.admin2) == ("Woodstock", "Cherokee County")
    # a city that dwarfs its county's seat stands for the county (Lakeland, not Bartow)
    ev = event("Deputies said a man was shot at a home in Polk County, Florida, on Monday.")
    assert (ev.location, ev.admin2) == ("Lakeland", "Polk County")


def test_a_dateline_county_abbreviated_takes_the_state_after_it() -> None:
    # "X CO., Ind.": the abbreviation's point does not hide the state from a neighbour
    # state's outlet (a Louisville station, whose own Jefferson County is in Kentucky)
    url = "http://www.whas11.com/news/local/man-shot-in-leg/1234"
    text = "JEFFERSON CO., {st} – Deputies said a man was shot in the leg at a home on Saturday."
    ev = event(text.format(st="Ind."), url=url)
    assert (ev.admin2, ev.admin1) == ("Jefferson County", "Indiana")
    ev = event(text.format(st="Ky."), url=url)
    assert ev.admin1 == "Kentucky"


def test_the_known_seats_are_towns_of_their_counties() -> None:
    from newsfold.analyse.gazetteer import ADMIN2, CITY, name_key
    from newsfold.analyse.us_seats import SEATS
    from newsfold.analyse.where.write import _known_seat

    g = get_gazetteer()
    counties = {
        (g.admin1[i], name_key(g.admin2[i] or "").rsplit(" ", 1)[0]): i
        for i in range(len(g.name))
        if g.kind[i] == ADMIN2 and g.cc[i] == "US"
    }
    found = 0
    for state, seats in SEATS.items():
        for county, seat in seats.items():
            row = counties.get((state, name_key(county)))
            if row is None:
                continue
            town = _known_seat(g, row)
            assert town >= 0 and g.kind[town] == CITY, (state, county, seat)
            assert name_key(g.name[town]) == name_key(seat)
            found += 1
    assert found > 500
    # a county the table lacks keeps the gazetteer's seat
    barrow = counties[("Georgia", "barrow")]
    assert _known_seat(g, barrow) == -1


def test_a_us_town_named_with_its_county_stays_the_town() -> None:
    ev = event("A boy, 9, was shot at a home in Auburn, Barrow County, Georgia, on Monday.")
    assert (ev.location, ev.admin2) == ("Auburn", "Barrow County")


def test_a_local_paper_with_no_place_named() -> None:
    ev = event(
        "A man was shot in the leg during an argument on Friday, police said.",
        url="https://www.dallasnews.com/news/crime/2015/06/05/man-shot-in-leg",
    )
    assert (ev.location, ev.admin1, ev.geo_precision) == ("Dallas", "Texas", 2)


# --------------------------------------------------------------------------- wire stories, lists


def test_wire_dateline_with_a_date_and_a_district_of_the_city() -> None:
    ev = event(
        "MANAGUA, March 3 (Pacific Wire) - Nicaraguan police moved into the Altos de Santa Rita "
        "district of Managua on Monday after clashes that left four people dead.\n\n"
        "Officials said the country has one of the highest robbery rates in Central America."
    )
    assert (ev.location, ev.country, ev.geo_precision) == ("Altos de Santa Rita", "Nicaragua", 2)
    assert abs(ev.latitude - 12.13) < 0.1 and abs(ev.longitude + 86.25) < 0.1


def test_a_world_region_is_never_the_location() -> None:
    for region in ("Latin America", "West Africa", "the Middle East", "Southeast Asia"):
        ev = event(
            f"Gangs fought the police in the Barrio Nuevo Sol neighbourhood of Lima on Sunday. "
            f"Extortion has spread across the poorest districts.\n\nThe ministry said crime "
            f"rates remain among the highest in {region}."
        )
        assert ev.location == "Barrio Nuevo Sol" and ev.country == "Peru", region
    ctx = run("Analysts warned that violence was rising in West Africa and the Caribbean.")
    assert ctx.event.location is None


def test_a_capitalised_first_word_is_not_part_of_the_name() -> None:
    ev = event(
        "Police in Kisumu fired tear gas at traders protesting against new market fees on "
        "Tuesday, and at least eight people were hurt."
    )
    assert (ev.location, ev.country) == ("Kisumu", "Kenya")
    ctx = run(
        "Soldiers clashed with gunmen near Mueda on Monday, killing two.\n\nResidents of "
        "Ntchinga, a farming village nearby, said they fled into the bush."
    )
    assert not any(p.text.startswith("Residents") for p in ctx.places)


def test_a_village_merely_mentioned_does_not_replace_the_town() -> None:
    ev = event(
        "Two soldiers were killed on Monday when their vehicle hit a landmine near Mueda in "
        "Cabo Delgado province.\n\nResidents of Ntchinga, a farming village about 30 "
        "kilometres from Mueda, said they heard the blast."
    )
    assert (ev.location, ev.admin1, ev.geo_precision) == ("Mueda", "Cabo Delgado", 2)


def test_the_bureau_dateline_and_where_the_wounded_were_flown_are_not_the_place() -> None:
    ev = event(
        "MAPUTO, Oct 2 (Pacific Wire) - Two soldiers were killed on Monday when their truck "
        "struck a mine on the road between Mueda and Ntchinga in the northern province of "
        "Cabo Delgado. The wounded were flown by helicopter to Pemba, the provincial capital."
    )
    assert (ev.location, ev.admin1, ev.geo_precision) == ("Mueda", "Cabo Delgado", 2)
    ev = event(
        "Security forces arrested nine men in a raid in Douma on Sunday. They were taken to "
        "Damascus for questioning, a monitor said."
    )
    assert ev.location == "Douma"


def test_a_wire_dateline_gives_way_to_a_province_named_with_a_possessive() -> None:
    ev = event(
        "KANO, Nigeria (Meridian Wire) - Armed men abducted 30 farmers in a dawn raid in "
        "northwestern Nigeria's Zamfara state, officials said on Monday. The gunmen attacked "
        "Tungar Kwana village in Maru local government area before dawn."
    )
    assert (ev.admin1, ev.country) == ("Zamfara", "Nigeria")
    ev = event(
        "JAKARTA (Meridian Wire) - Floods swept through three villages in Indonesia's West "
        "Sumatra province on Friday, killing nine people, officials said."
    )
    assert ev.admin1 == "West Sumatra"
    ctx = run(
        "KANO, Nigeria (Meridian Wire) - Gunmen killed four traders at a market in Kano on "
        "Friday, police in Kano state said."
    )
    assert (ctx.event.location, ctx.event.admin1) == ("Kano", "Kano")


def test_a_town_the_scene_is_measured_from_is_a_landmark() -> None:
    ev = event(
        "HARARE (Meridian Wire) - Four miners were killed when a pit caved in north of Harare, "
        "police said on Monday.\n\nThe accident happened on Sunday in Mazowe district."
    )
    assert (ev.location, ev.admin1) == ("Mazowe", "Mashonaland Central")
    ev = event("Two miners were killed when a pit caved in 40 km north of Harare on Sunday.")
    assert ev.location == "Harare"  # nothing else places it: the landmark, near it


def test_a_headline_street_or_building_is_not_the_town_of_its_name() -> None:
    ev = event(
        "Four people died when a two-storey house collapsed on Adeniji Street in Lagos on "
        "Sunday, emergency officials said.",
        title="Adeniji Street collapse: four dead",
    )
    assert (ev.admin1, ev.country) == ("Lagos", "Nigeria")
    ctx = run(
        "A man was shot dead in the courtyard of an apartment complex in Memphis on Monday.",
        title="Man killed at Pine Hollow Apartments",
    )
    assert ctx.event.admin1 == "Tennessee"
    ctx = run(
        "A 16-year-old was shot dead after school on Tuesday. Memphis police said a man was "
        "arrested.",
        title="Whitehaven High sophomore killed after school",
    )
    assert ctx.event.country == "United States"


def test_a_boat_or_a_hospital_named_after_a_town_is_not_the_town() -> None:
    ctx = run(
        "An overloaded boat, the MV Amani Star, capsized on Lake Kivu near Goma on Monday, "
        "killing twelve people."
    )
    assert ctx.event.country == "Democratic Republic of the Congo"
    assert not any(p.text == "Amani" and p.place for p in ctx.places)
    ev = event(
        "Six people were killed when a bomb exploded in Hodan district on Monday. The wounded "
        "were treated at Medina hospital."
    )
    assert ev.country != "United States"


def test_two_names_joined_by_and_are_two_places() -> None:
    ctx = run("Rebels attacked the road between Macomia and Quissanga on Friday, killing three.")
    names = [p.text for p in ctx.places]
    assert "Macomia" in names and "Macomia and Quissanga" not in names
    assert ctx.event.location == "Macomia" and ctx.event.geo_precision == 2


def test_a_route_between_two_towns_is_not_a_place_of_its_own() -> None:
    ev = event("Gunmen attacked a bus on the Kaduna-Zaria highway on Friday, abducting eleven.")
    assert (ev.location, ev.country) == ("Kaduna", "Nigeria")


def test_an_administrative_unit_in_brackets_contains_the_town() -> None:
    ev = event("On 4 May 2020, in Warri (Warri South LGA, Delta), a trader was shot dead.")
    assert (ev.location, ev.admin1) == ("Warri", "Delta")


def test_a_local_name_recurs_as_the_same_place() -> None:
    ctx = run(
        "Soldiers entered the Villa Nueva Vista neighbourhood of Guatemala City on Friday. "
        "Clashes in Villa Nueva Vista killed three people last month."
    )
    assert ctx.event.location == "Villa Nueva Vista"
    assert sum(p.text == "Villa Nueva Vista" for p in ctx.places) == 2


def test_an_unresolved_village_keeps_the_country_its_actors_point_to() -> None:
    ev = event("On 3 May 2020, the OSCE SMM recorded seven explosions near Zhovtneve-Nova.")
    assert (ev.location, ev.country, ev.iso3) == ("Zhovtneve-Nova", "Ukraine", "UKR")


def test_a_currency_is_not_a_country() -> None:
    ev = event(
        "Traders protesting against the rising US dollar exchange rate closed their shops "
        "in Sidon on Monday."
    )
    assert (ev.location, ev.country) == ("Sidon", "Lebanon")


def test_a_town_named_like_a_dictionary_word_after_in() -> None:
    ev = event("About 300 people marched in Brest against a new battery plant on Sunday.")
    assert (ev.location, ev.country) == ("Brest", "Belarus")


# --------------------------------------------------------------------------- the demo corpus


def _plain(text: str | None) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def test_each_demo_report_places_its_own_event(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Per article, not per event: every report of examples/ gets the expected place."""
    import json
    from pathlib import Path

    from newsfold import pipeline
    from newsfold.analyse.gazetteer import get_gazetteer
    from newsfold.store import Store

    examples = Path(__file__).resolve().parents[2] / "examples"
    expected = json.loads((examples / "expected.json").read_text(encoding="utf-8"))
    titles = {r["title"]: ref for ref, r in expected["reports"].items()}
    g = get_gazetteer()
    seen = 0
    with Store(tmp_path / "demo.db") as store:
        pipeline.run([str(examples / "corpus")], store, jobs=1)
        for article in store.iter_articles():
            ref = titles.get(article.title or "")
            key = expected["reports"][ref]["event"] if ref else None
            if key is None:
                continue
            spec = expected["events"][key]
            ev = store.analysis(article.id).event
            got = (_plain(ev.location), _plain(ev.admin1), ev.country, ev.geo_precision)
            want = (_plain(spec["location"]), _plain(spec["admin1"]), spec["country"])
            assert got == (*want, spec["geo_precision"]), ref
            town = g.lookup(spec.get("resolves_to") or spec["location"])[0]
            assert abs(ev.latitude - g.lat[town]) < 0.05, ref
            assert abs(ev.longitude - g.lon[town]) < 0.05, ref
            seen += 1
    assert seen == 15


# --------------------------------------------------------------------------- sites and words


def test_a_neighbourhood_the_gazetteer_lists_as_a_town_belongs_to_its_city() -> None:
    ctx = run(
        "Two men were shot on Tuesday night outside a store in the Brighton Park neighborhood, "
        "police said.",
        url="https://www.chicagotribune.com/news/breaking/two-men-shot",
    )
    # in the US the town is the location, the neighbourhood a part of it (precision 2)
    ev = ctx.event
    assert (ev.location, ev.admin1, ev.geo_precision) == ("Chicago", "Illinois", 2)
    events = {p.place["name"] for p in ctx.places if p.role == "event" and p.place}
    assert {"Chicago", "Brighton Park"} <= events
    claims = ctx.claims_for("location")
    assert any(c.value == "Brighton Park" and c.attrs.get("within") == "Chicago" for c in claims)


def test_a_us_site_the_gazetteer_lacks_gives_its_town() -> None:
    ctx = run(
        "A teenager was shot on Friday in the Quarry Hollow neighborhood of Dayton, Ohio, "
        "police said."
    )
    assert (ctx.event.location, ctx.event.admin1, ctx.event.geo_precision) == (
        "Dayton",
        "Ohio",
        2,
    )
    claims = ctx.claims_for("location")
    assert any(c.attrs.get("within") == "Dayton" and c.attrs.get("unresolved") for c in claims)


def test_outside_the_us_a_neighbourhood_row_stays_the_location() -> None:
    ev = event("Two men were shot dead on Sunday in Kypseli, a neighbourhood of Athens.")
    assert ev.country == "Greece" and ev.location.startswith("Kyps")


def test_a_big_city_of_another_state_in_a_local_outlet_s_story() -> None:
    # a Chicago station names its own Austin neighbourhood without a state
    ev = event(
        "CHICAGO -- A man was shot in Austin on Sunday night, Chicago police said. He was taken "
        "to a hospital. The Cook County medical examiner identified him on Monday.",
        url="https://abc7chicago.com/news/man-shot/1",
    )
    assert (ev.location, ev.admin1) == ("Chicago", "Illinois")
    ev = event(
        "A Chicago man was shot in Austin, Texas, on Sunday, police there said.",
        url="https://abc7chicago.com/news/man-shot/2",
    )
    assert (ev.location, ev.admin1) == ("Austin", "Texas")


def test_the_block_of_an_address_is_a_street() -> None:
    ev = event(
        "A woman was wounded on Sunday in the 100 block of North Mayfield in Chicago, police "
        "said. A second man was shot in the 4800 block of West Augusta."
    )
    assert (ev.location, ev.admin1) == ("Chicago", "Illinois")


def test_a_side_of_a_city_is_not_a_town_elsewhere() -> None:
    ev = event(
        "A boy, 15, was shot on the Far South Side on Tuesday, Chicago police said. He was in "
        "the West Side two hours earlier."
    )
    assert (ev.location, ev.admin1) == ("Chicago", "Illinois")


def test_taken_to_a_hospital_in_another_town() -> None:
    ev = event(
        "Police said a boy, 15, was shot in the leg on Sunday. He was taken in good condition "
        "to Advocate Christ Medical Center in Oak Lawn. The shooting happened in the 3400 block "
        "of West 63rd Street, Chicago police said."
    )
    assert ev.location == "Chicago"


def test_taken_to_a_hospital_past_a_long_object() -> None:
    # the verb of moving stands six words before "to": "taken at least three injured workers"
    ev = event(
        "A building under construction collapsed in Surulere on Friday, trapping workers. "
        "Ambulances have taken at least three injured workers to the Lagos University "
        "Teaching Hospital in Idi-Araba."
    )
    assert ev.location == "Surulere"
    # a verb of moving in the sentence before does not reach: the gunmen walked to the
    # hospital in Ikeja and killed there
    ev = event(
        "Two guards were shot dead on Friday and the wounded were taken. Gunmen walked to the "
        "Ojota Hospital in Ikeja and opened fire, police said."
    )
    assert ev.location == "Ikeja"


def test_a_park_or_a_numbered_ward_in_a_headline_is_not_its_namesake_town() -> None:
    ev = event(
        "A man was wounded on Saturday near the lake, police in Chicago said.",
        title="Man wounded in Humboldt Park shooting",
    )
    assert ev.admin1 == "Illinois"
    ev = event(
        "A teenager was shot on Monday evening, New Orleans police said.",
        title="Teen injured in Lower 9th Ward shooting",
    )
    assert (ev.location, ev.admin1) == ("New Orleans", "Louisiana")


def test_a_police_department_named_after_its_town() -> None:
    ev = event(
        "A woman was shot in the arm on Sunday, the Denton Police Department said. View "
        "Full Caption Chicago Police Department"
    )
    assert ev.location != "Police"


def test_roads_and_junctions_are_sites() -> None:
    ctx = run(
        "A trooper was shot during a traffic stop on Highway 86 near Pelzer on Monday. The "
        "suspect crashed near Oak Avenue and Cleveland in Madera."
    )
    assert ctx.event.location not in ("Highway 86", "Cleveland")
    assert any(p.role == "site" and p.text == "Highway 86" for p in ctx.places)
    assert not any(p.place and p.place["admin1"] == "Ohio" for p in ctx.places)


def test_a_run_of_ordinary_words_is_not_a_place() -> None:
    ctx = run(
        "Three people were wounded early Sunday at the Spring Lawn Dance Hall Party in "
        "Minneapolis, police said."
    )
    assert ctx.event.location == "Minneapolis"


def test_county_abbreviated() -> None:
    ev = event("A deputy shot a man during a struggle on Friday in rural Tift Co., Georgia.")
    assert (ev.admin2, ev.admin1) == ("Tift County", "Georgia")


# --------------------------------------------------------------------------- the outlet


def test_the_site_name_after_a_headline_is_the_outlet_not_the_place() -> None:
    ctx = run(
        "A man was shot outside a grocery store on Friday, police said.",
        title="Man shot at grocery store - WXYZ.com, South Georgia News, Weather, Sports",
    )
    assert ctx.event.country in (None, "United States")  # not South Province, Cameroon
    ev = event(
        "A teenager was indicted by a Lucas County grand jury on Thursday.",
        title="Teen indicted in shooting - Toledo News Now, News, Weather, Sports, Toledo, OH",
    )
    assert (ev.location, ev.admin1) == ("Toledo", "Ohio")


def test_the_site_names_state_code_picks_its_town() -> None:
    ev = event(
        "Police say a man was wounded at an apartment complex on Monday night.",
        title="Man wounded at apartments - WXYZ.com-Columbus, GA News Weather & Sports",
    )
    assert ev.admin1 == "Georgia"  # not Columbus, Ohio
    ev = event(
        "Deputies said the body of a 40-year-old man turned up behind a barn in Gaston on Sunday.",
        title="Man found dead - KXYZ.com | Lexington, SC | News, Weather, Sports",
    )
    assert ev.admin1 == "South Carolina"


def test_an_edition_named_in_the_address() -> None:
    ev = event(
        "AUSTIN — Five people were shot at a house party early Sunday. Chicago police said "
        "no one was in custody.",
        url="https://www.dnainfo.com/chicago/20150802/austin/five-shot-at-party",
    )
    assert ev.admin1 == "Illinois"


def test_a_towns_police_name_the_town() -> None:
    ev = event("Memphis police detained a woman sought in a stabbing at a laundromat.")
    assert (ev.location, ev.admin1) == ("Memphis", "Tennessee")


# --------------------------------------------------------------------------- admin names


def test_province_names_as_reports_write_them() -> None:
    ev = event("On 2 June 2020, gunmen killed two farmers near Um Sirdiba (South Kordofan state).")
    assert (ev.country, ev.admin1) == ("Sudan", "Southern Kordofan")
    ev = event("On 2 June 2020, shells fell on Bir Ayyad (Al Jabal Al Gharbi), injuring one.")
    assert ev.country == "Libya" and ev.admin1 is not None and "Gharbi" in ev.admin1
    ev = event("On 2 June 2020, Taliban fighters attacked a police post in Tulak district, Ghor.")
    assert (ev.country, ev.admin1) == ("Afghanistan", "Ghowr")


def test_a_state_abbreviation_is_not_a_province_elsewhere() -> None:
    ev = event("JACKSON, Tenn. – Four people were wounded outside a bar early Sunday.")
    assert (ev.location, ev.admin1) == ("Jackson", "Tennessee")
    ev = event("On 4 May 2020, gunmen looted shops in Ntapuala village (Ntapuala, Cabo Delgado).")
    assert ev.country == "Mozambique"


def test_a_local_headline_names_a_small_town_before_its_noun() -> None:
    ev = event(
        "Deputies said the child was airlifted to a children's hospital with serious wounds.",
        title="Apison toddler hurt by a stray round in a backyard, deputies say",
    )
    assert (ev.location, ev.admin1) == ("Apison", "Tennessee")


def test_the_capital_district_by_its_abbreviation() -> None:
    ev = event("Four people were shot Monday night in Southeast D.C., police said.")
    assert (ev.location, ev.admin1) == ("Washington", "Washington, D.C.")


def test_a_town_and_its_province_read_as_one_organisation_are_still_a_place() -> None:
    # the small model may read "La Libertad, Arequipa" as one ORG: a name and its admin
    # qualifier after a comma are a place, as "Accra (Accra, Greater Accra)" is
    ev = event("On 3 March 2021, in La Libertad, Arequipa, a group of nurses staged a sit-in.")
    assert (ev.country, ev.admin1) == ("Peru", "Arequipa")


def test_squares_named_after_towns_do_not_outvote_the_town_the_text_names() -> None:
    # "the Saray square", "the Nour square" name squares, not the towns Saray or Navur
    # abroad: they do not make "in el Hermel" look foreign
    ev = event(
        "On 9 June 2021, dozens of people walked in el Hermel from the Saray square to the "
        "Nour square to protest the fuel prices."
    )
    assert (ev.country, ev.location) == ("Lebanon", "El Hermel")


def test_a_spelling_of_a_small_town_the_model_calls_a_place_resolves_alone() -> None:
    # "Ar Rutba" is GeoNames' "Ar Rutbah" (the same consonants): with nothing in the text
    # pointing elsewhere, a place by the model's reading and the preposition
    ev = event("On 3 March 2021, a roadside bomb exploded in Ar Rutba.")
    assert (ev.country, ev.admin1) == ("Iraq", "Anbar")


def test_a_place_in_a_big_city_s_district_named_city_dash_district_gives_the_district() -> None:
    # the report names the district as ACLED does ("Mogadishu-Dharkenley"): what lies in it
    # (a quarter, an office) is a detail of the district
    ev = event(
        "On 6 June 2021, a mortar shell fired by militants fell on the Buulo Xaawo quarter of "
        "Mogadishu-Dharkenley district (Dharkenley, Banadir)."
    )
    assert (ev.location, ev.country) == ("Mogadishu-Dharkenley", "Somalia")


def test_a_governor_s_office_names_its_province() -> None:
    # "the Mus Governor's Office": an office's name, but it names the province it governs
    ev = event(
        "Security measures: On 8 June 2021, Mus Governor's Office extended the ban on all "
        "protests for another 15 days."
    )
    assert (ev.country, ev.admin1) == ("Turkey", "Mus")


def test_a_village_unit_word_before_a_name_is_not_part_of_it() -> None:
    # "Barangay X", "tambon X": the village is X, a place of its own beside its town
    ev = event(
        "On 4 June 2021, a drug suspect was killed during a police raid in Barangay Malinta "
        "Viejo, San Rafael, Bulacan."
    )
    assert (ev.location, ev.country, ev.geo_precision) == ("Malinta Viejo", "Philippines", 2)
    ev = event(
        "On 4 June 2021, rangers defused a bomb left near a school in tambon Khok Sawang, Lam "
        "Sonthi district of Lop Buri, Thailand."
    )
    assert (ev.location, ev.admin1) == ("Khok Sawang", "Lop Buri")


def test_a_hill_in_a_named_region_gives_the_region() -> None:
    # a hill the gazetteers lack, in a region the text names: the region is the place (an
    # aside naming no place, "(Kurdish name)", does not break the link)
    ev = event(
        "On 5 June 2021, militants attacked army units positioned on Berxwedan hill (Kurdish "
        "name) in Haftanin region of Dahuk, Northern Iraq."
    )
    assert (ev.location, ev.country, ev.admin1) == ("Haftanin", "Iraq", "Dahuk")


def test_an_arabic_article_written_apart_belongs_to_the_name() -> None:
    assert event("Clashes broke out in el Mina, Tripoli, on Monday.").location == "el Mina"
    # "an" and "at" before a capital are English words, not an article
    assert event("The vigil was held in an Ohio town on Sunday.").admin1 == "Ohio"


def test_admin_qualifier_chain_is_a_place_not_an_organisation() -> None:
    # The model reads "Accra (Accra, Greater Accra)" as one ORG; the qualified town is the
    # place, not the small Chinese "Nima" named before it.
    ev = event(
        "On 3 March 2021, market women staged a sit-in at the Nima lorry station in Accra "
        "(Accra, Greater Accra)."
    )
    assert (ev.country, ev.admin1, ev.location) == ("Ghana", "Greater Accra", "Accra")


def test_a_town_does_not_vouch_for_itself_against_the_text() -> None:
    # "Mal (Mal)": ACLED's admin unit of that name; the Belgian town Mal fits only itself, and
    # "Mauritanian" says otherwise.
    ev = event("On 2 June 2021, youths clashed with Mauritanian gendarmes in Mal (Mal) over water.")
    assert ev.country == "Mauritania"


def test_district_of_another_country_than_the_named_province_is_local() -> None:
    # India has an Ahmadabad district; the province named later in the sentence is Afghan.
    ev = event(
        "On 9 June 2021, gunmen attacked the Ahmadabad district chief in the district, Paktia."
    )
    assert (ev.country, ev.admin1, ev.location) == ("Afghanistan", "Paktia", "Ahmadabad")


def test_city_district_hyphenated_lies_in_the_city() -> None:
    # ACLED's "City-District" names: the district is unknown, the city is not.
    ev = event("On 8 July 2021, a grenade exploded at a market in Mogadishu-Shibis district.")
    assert (ev.country, ev.admin1, ev.location) == ("Somalia", "Banaadir", "Mogadishu-Shibis")


def test_a_square_of_a_town_is_two_names() -> None:
    ev = event("On 4 April 2021, nurses rallied in Paris Square of Haifa city over unpaid wages.")
    assert (ev.country, ev.location) == ("Israel", "Haifa")


def test_the_last_parenthesised_qualifier_is_a_province() -> None:
    # "La Union" is a province of El Salvador and of the Philippines (a bigger one, GeoNames'
    # admin2 there): the widest name of an ACLED chain is an admin1.
    ev = event("On 2 March 2021, gang members shot a trader in El Zapotal Viejo (La Union).")
    assert ev.country == "El Salvador"


def test_a_transliteration_near_which_something_happened_in_the_country_of_the_text() -> None:
    # GeoNames' primary name is "Svetlodarsk"; the report's Ukrainian spelling is an alternate.
    ev = event("On 3 May 2021, the OSCE SMM recorded four explosions near Svitlodarsk.")
    assert (ev.country, ev.admin1) == ("Ukraine", "Donetsk")


def test_a_qualifier_with_its_kind_word_may_be_another_countrys_unit() -> None:
    # GeoNames knows "St. James Parish" (Louisiana) by the whole name, Jamaica's only as
    # "Saint James": the town's qualifier settles which.
    ev = event("On 6 June 2021, in Montego Bay, Saint James Parish, a vendor was robbed.")
    assert (ev.country, ev.admin1, ev.location) == ("Jamaica", "Saint James", "Montego Bay")


def test_a_country_qualifier_beats_a_big_namesake_abroad() -> None:
    # Paraguay's San Lorenzo is a big city, but the writer's "(Panama)" says the country outright
    ev = event("On 3 March 2021, in San Lorenzo (Panama), fishermen protested over new fees.")
    assert ev.country == "Panama"


@pytest.mark.xfail(
    reason="a province qualifier of a country where the name has a town too does not yet "
    "beat a big namesake abroad (one where it has none does: h-country20): measured "
    "(h-country19, session 16) it cost one held-out ACLED admin1 note",
    strict=True,
)
def test_a_province_qualifier_beats_a_big_namesake_abroad() -> None:
    # Granada, Spain is a big city, but the writer's "(Cusco)" is a region of Peru, where a
    # Granada lies too (in another region: the village is one GeoNames lacks)
    ev = event("On 3 March 2021, in Granada (Cusco), dairy farmers protested over prices.")
    assert (ev.country, ev.admin1) == ("Peru", "Cusco")


def test_a_big_town_keeps_a_qualifier_that_names_nothing_of_its_country() -> None:
    # not so a qualifier of a country where the name has no town (Haiti's Ouest for Cameroon's
    # West), nor a province that other countries share with the town's own ("Bolivar state":
    # Venezuela's and Colombia's)
    ev = event("Traders protested in Bafoussam town (Mifi, Ouest) over new market fees.")
    assert ev.country == "Cameroon"
    ev = event("On 2 May 2021, in Rosales, Cartagena, Bolivar state, residents blocked a road.")
    assert ev.country == "Colombia"


def test_a_province_said_as_such_beats_a_big_namesake_abroad() -> None:
    # Brazil's and Cuba's big towns have no namesake in Venezuela: "Lara state" says where the
    # village is, one GeoNames lacks; "(Lara)" says it as well
    ev = event("On 3 March 2021, residents of Rio Verde, Lara state, protested over water cuts.")
    assert (ev.country, ev.admin1) == ("Venezuela", "Lara")
    ev = event("On 3 March 2021, in Santa Clara, Lara state, tobacco farmers protested.")
    assert (ev.country, ev.admin1) == ("Venezuela", "Lara")
    # not when the province is the big town's own
    ev = event("On 3 March 2021, residents of Rio Verde, Goias state, protested over water cuts.")
    assert (ev.country, ev.admin1) == ("Brazil", "Goias")
    # bare in brackets too: Uzbekistan's Qarshi has no namesake in Chile
    ev = event("On 5 June 2021, in Qarshi (Magallanes), firefighters protested over budget cuts.")
    assert (ev.country, ev.admin1) == ("Chile", "Magallanes")
    # not when the province's name is one of the big town's own country's as well: Chile's
    # Los Rios region (GeoNames' list is older than it) beside Ecuador's Los Rios province
    ev = event("On 6 May 2021, in Valdivia (Los Rios), bus drivers protested over fuel prices.")
    assert ev.country == "Chile"


def test_a_province_by_its_older_name() -> None:
    # "Babylon province" is Iraq's Babil, not the town on Long Island; the town keeps its name
    ev = event("On 3 March 2021, unidentified gunmen killed a farmer in Babylon province.")
    assert (ev.country, ev.admin1) == ("Iraq", "Babil")
    ev = event("A man was shot and killed in Babylon on Tuesday night, Suffolk County police said.")
    assert (ev.country, ev.admin1, ev.location) == ("United States", "New York", "Babylon")
    ev = event("On 3 March 2021, the military shelled a village in Arakan state.")
    assert (ev.country, ev.admin1) == ("Myanmar", "Rakhine")


def test_a_qualifier_the_model_reads_as_a_date_is_still_a_place() -> None:
    ev = event("On 2 June 2021, drones struck a depot in Zerava region of Dahuk, Northern Iraq.")
    assert (ev.country, ev.admin1) == ("Iraq", "Dahuk")


def test_an_abbreviated_province_in_a_qualifier() -> None:
    # "TS" (Telangana), "AJK" (Azad Kashmir): South Asian reports abbreviate their provinces.
    ev = event("On 3 June 2021, farmers protested in Zindapur village (Nalgonda, TS) over prices.")
    assert (ev.country, ev.admin1, ev.location) == ("India", "Telangana", "Zindapur")
    ev = event("On 4 June 2021, shelling hit Dhanna sector area (Kotli district, AJK) overnight.")
    assert (ev.country, ev.admin1) == ("Pakistan", "Azad Kashmir")


def test_single_country_forces_point_to_their_country() -> None:
    ev = event("On 2 June 2021, LNA forces shelled GNA positions in Bir Ghanam Saghir.")
    assert ev.country == "Libya"
    ev = event("On 3 June 2021, Al Shabaab militants attacked a checkpoint near Qoryooley Dhexe.")
    assert ev.country == "Somalia"


def test_a_province_with_its_article_written_in() -> None:
    ev = event("On 2 June 2021, GNA shells fell on farms in Bir Tarfas (Aljfara).")
    assert (ev.country, ev.admin1) == ("Libya", "Sha`biyat al Jafarah")


def test_a_village_before_its_unknown_district_and_province() -> None:
    text = "On 3 June 2021, gunmen attacked a bus on the road to Umuzala (Ohaji/Egbema LGA, Imo)."
    ev = event(text)
    assert (ev.country, ev.admin1, ev.location) == ("Nigeria", "Imo", "Umuzala")


def test_a_french_hyphenated_city_name() -> None:
    ev = event("On 6 June 2021, in Port-au-Prince, Ouest department, a reporter was shot.")
    assert (ev.country, ev.location) == ("Haiti", "Port-au-Prince")


def test_a_known_town_with_a_district_word_and_a_misspelt_province() -> None:
    # "Yakutia" matches only by spelling (and not Sakha): no reason to doubt Lensk, and a
    # text naming no other place has no other town for "the Lensk district" to be part of.
    ev = event("On 4 June 2021, miners went on strike at a mine in the Lensk district of Yakutia.")
    assert (ev.country, ev.location) == ("Russia", "Lensk")


def test_a_quarter_named_after_the_qualified_town_in_its_sentence_is_a_detail() -> None:
    ev = event(
        "On 4 June 2021, in Campinas, Sao Paulo, a delivery driver was killed in the Jardim "
        "Flamboyant neighborhood by a gunman who fled on foot."
    )
    assert (ev.country, ev.location) == ("Brazil", "Campinas")
    # on its own, the quarter is still the place (see the Quebrada Honda test above)


def test_a_village_named_after_the_qualified_town_in_its_sentence_is_a_detail() -> None:
    ev = event(
        "On 5 June 2021, in Atenango del Rio, Guerrero, residents found a farmer's body in "
        "Xochitepec Viejo village."
    )
    assert (ev.admin1, ev.location) == ("Guerrero", "Atenango del Río")


def test_a_nickname_is_not_a_transliteration() -> None:
    # GeoNames lists "South Side" among Eltingville's (Staten Island) other names.
    ev = event(
        "Three people were killed in South Side shootings on Wednesday. A wounded man was "
        "taken to a hospital in Oak Lawn."
    )
    assert ev.admin1 == "Illinois"


def test_a_former_name_in_the_country_the_text_names_by_its_forces() -> None:
    # GeoNames' primary name is the town's new one; "Kominternove" is its former name.
    ev = event("On 4 May 2021, the OSCE SMM recorded two explosions near Kominternove.")
    assert (ev.country, ev.admin1) == ("Ukraine", "Donetsk")


def test_a_numbered_district_of_a_town_is_two_names() -> None:
    ev = event("On 9 June 2021, a bomb exploded in a shop in the PD7 of Kandahar city.")
    assert (ev.country, ev.admin1) == ("Afghanistan", "Kandahar")


def test_a_headlines_part_word_is_not_a_place() -> None:
    ev = event(
        "One man died and two were hurt early Sunday, police said.",
        title="Downtown Austin shooting: warrant issued for suspect",
    )
    assert ev.admin1 == "Texas"  # not "Downtown", another name of a Honolulu quarter


def test_a_broadcasters_call_sign_names_its_market() -> None:
    ev = event(
        "A man was wounded at a gas station in Jackson on Saturday, police said.",
        url="https://www.wbbjtv.com/2020/05/02/man-wounded-at-gas-station/",
    )
    assert ev.admin1 == "Tennessee"  # not Jackson, Mississippi
    ev = event(
        "Just One More Thing...",
        title="Man killed in drive-by shooting",
        url="https://www.ajc.com/news/local/x/",
    )
    assert ev.admin1 == "Georgia"  # a story the crawl lost: the paper's city, approximately


def test_a_local_outlets_nearby_namesake_wins() -> None:
    ev = event(
        "Alturas police identified the two victims on Thursday.",
        title="Alturas shooting victims identified",
        url="https://www.heraldandnews.com/breaking/article_1.html",
    )
    assert ev.admin1 == "California"  # near the Klamath Falls paper, not Alturas, Florida


# --------------------------------------------------------------------------- villages by province


def test_connector_pair_inside_a_name() -> None:
    # "de los", "de la": two lower-case words inside one town's name
    ev = event("Dozens of teachers marched on Tuesday in Leon de los Aldama, Guanajuato.")
    assert (ev.location, ev.admin1) == ("León de los Aldama", "Guanajuato")
    ev = event("Bus drivers blocked a main road in Santa Cruz de la Sierra, Bolivia, on Thursday.")
    assert (ev.location, ev.country) == ("Santa Cruz de la Sierra", "Bolivia")


def test_village_the_gazetteer_lacks_placed_by_its_province() -> None:
    # the object of the attack, named with the province after it: the village, not the province
    ev = event("On Monday, artillery units shelled Kafr Zaytoun in Idleb, wounding two farmers.")
    assert (ev.country, ev.admin1, ev.location) == ("Syria", "Idlib", "Kafr Zaytoun")
    assert ev.geo_precision in (2, 3) and ev.latitude is not None
    ev = event(
        "On Monday, artillery units shelled Marzuqa in the western countryside of Idleb, "
        "wounding two farmers."
    )
    assert (ev.admin1, ev.location) == ("Idlib", "Marzuqa")


def test_name_before_a_big_city_of_another_province_is_not_a_village() -> None:
    # Chicago is no province's namesake; a county is a unit, but one arrests people, not places
    ev = event("Officers arrested Quintavious in Chicago after a shooting on Sunday.")
    assert ev.location == "Chicago"
    ev = event("Officers arrested Quintavious in Cook County after a shooting on Sunday.")
    assert ev.admin2 == "Cook County" and ev.location == "Chicago"  # the county's seat


def test_quarter_of_a_town_named_as_a_town_is_the_town() -> None:
    # the text itself says the quarter is part of the town: the town is the event's place
    ev = event("On Sunday, two shops were set on fire in the Zarbatta area of Farah city.")
    assert (ev.country, ev.location) == ("Afghanistan", "Farah")
    assert ev.geo_precision == 2
    # a town the gazetteer lacks: its name, not the quarter's
    ev = event(
        "Gunmen raided houses in the Oumbaka neighbourhood of Gambaru town (Borno) on Friday."
    )
    assert ev.location == "Gambaru" and ev.admin1 == "Borno"


def test_quarter_without_its_town_named_as_a_town_stays_the_place() -> None:
    # no "city" after the town, or a place beside the town: the quarter is still the place
    ev = event("On Sunday, two shops were set on fire in the Zarbatta area of Farah.")
    assert ev.location == "Zarbatta"
    ev = event("On Sunday, clashes erupted in the Zarbatta area in the east of Farah city.")
    assert ev.location == "Zarbatta"


def test_unfamiliar_name_after_near_is_a_village_whatever_the_model_says() -> None:
    # the small model often calls an unknown village an organisation; "near" says it is a place
    ev = event("Monitors recorded 12 explosions on Tuesday near Bohuslavske.")
    assert ev.location == "Bohuslavske"
    ev = event("Monitors recorded 12 explosions on Tuesday near Kalynove-Borshchuvate.")
    assert ev.location == "Kalynove-Borshchuvate"


def test_colonia_named_after_its_town_is_a_detail_of_the_town() -> None:
    # "Colonia X" is a quarter, as "the X neighbourhood" is: the town set by the sentence wins
    ev = event("In Tijuana, Baja California, two men were found shot dead in Colonia Miravalle.")
    assert ev.location == "Tijuana"


def test_a_named_quarter_of_a_town_in_the_same_sentence_gives_the_town() -> None:
    # outside the US too, a neighbourhood the gazetteer lacks, in a town the sentence names, is
    # a detail of the town: the town is the location (precision 2), as ACLED codes it
    ev = event("On 4 June 2021, residents of the Hay Nour neighbourhood protested in Taza (Taza).")
    assert (ev.location, ev.country, ev.geo_precision) == ("Taza", "Morocco", 2)
    ev = event(
        "On 4 June 2021, in Sao Goncalo, Rio de Janeiro, police clashed with suspects in the "
        "Vila Pauline neighborhood."
    )
    assert (ev.location, ev.geo_precision) == ("Sao Goncalo", 2)
    # a capital's quarter stays the place (ACLED names a district of the capital there)
    ev = event("On 4 June 2021, gunmen shot two men in the Mathare Kosi neighbourhood of Nairobi.")
    assert ev.location == "Mathare Kosi"


def test_short_form_of_an_official_spanish_name_is_written_officially() -> None:
    # "Acapulco" is GeoNames' and ACLED's "Acapulco de Juárez"; "Guaymas" is "Heroica Guaymas"
    ev = event("In Acapulco, Guerrero, taxi drivers blocked a road on Monday.")
    assert ev.location == "Acapulco de Juárez"
    ev = event("In Guaymas, Sonora, fishermen marched to the port on Monday.")
    assert ev.location == "Heroica Guaymas"
    # another name altogether stays as the report writes it
    ev = event("Two soldiers were shot at Fort Hood, Texas, on Tuesday.")
    assert ev.location == "Fort Hood"


def test_village_in_a_province_named_in_english() -> None:
    # "Saladin" is GeoNames' "Salah ad Din Governorate"
    ev = event("Fighters of the PMF at Mushayrifa village in Saladin province repelled an attack.")
    assert (ev.country, ev.admin1, ev.location) == (
        "Iraq",
        "Salah ad Din Governorate",
        "Mushayrifa",
    )


def test_acronym_is_no_part_of_a_place_name() -> None:
    # "at" joins Arabic names ("Ras at Tin"), not an acronym to the place after it
    text = "Fighters of the PMF at Mushayrifa repelled an attack."
    sc = _Scanner(get_gazetteer(), get_nlp()(text), text)
    names = [sc.span_text(i, j) for i, j in sc.runs()]
    assert "Mushayrifa" in names and "PMF at Mushayrifa" not in names


def test_mixed_case_acronym_is_no_part_of_a_place_name() -> None:
    # "the LoC at X": the line of control is no part of the post's name
    ev = event(
        "Troops of India and Pakistan traded fire across the LoC at Gulmarka sector "
        "(Poonch district, J&K) on Friday."
    )
    assert (ev.country, ev.location) == ("India", "Gulmarka")


def test_the_sites_own_province_beats_a_country_named_before_it() -> None:
    # only the abbreviated province of the post is known: it is in Pakistan, though India is
    # named first
    ev = event(
        "Troops of India and Pakistan traded fire across the LoC at Gulmarka sector "
        "(Kotli district, AJK) on Friday."
    )
    assert (ev.country, ev.admin1, ev.location) == ("Pakistan", "Azad Kashmir", "Gulmarka")


def test_a_city_of_a_million_under_another_name_beats_its_province() -> None:
    # GeoNames calls the oblast "Kiev" and the city "Kyiv": bare "Kiev" is the city
    ev = event("Thousands marched in Kiev on Sunday against the new law.")
    assert ev.admin1 == "Kyiv City" and ev.geo_precision == 1
    ev = event("Floods hit villages in the Kiev region on Sunday.")
    assert ev.admin1 == "Kiev"


def test_kind_of_place_before_the_name() -> None:
    # "the Municipality of X": the kind of place, then the name (a name the gazetteer knows
    # whole, "the City of London", stays whole)
    ev = event("In the Municipality of Sain Alto, Zacatecas, two bodies were found on Monday.")
    assert ev.location == "Sain Alto" and ev.admin1 == "Zacatecas"
    ev = event("Protesters marched in the City of London on Friday.")
    assert ev.location == "City of London"


def test_russian_named_after_inside_a_name() -> None:
    # "imeni" (named after) joins a Soviet-era name: one local place, not two
    ev = event("Shells hit houses in the area of Posyolok imeni Kirova, Donetsk, on Monday.")
    assert ev.location == "Posyolok imeni Kirova" and ev.admin1 == "Donetsk"


def test_abbreviations_police_and_articles_are_not_local_names() -> None:
    ev = event("NASHVILLE, Tenn. (WKRN) – A man was shot on Broadway early Sunday, police said.")
    assert (ev.location, ev.admin1, ev.geo_precision) == ("Nashville", "Tennessee", 1)
    ev = event("LEBANON – A Boone County man was shot on Friday while hunting, deputies said.")
    assert (ev.location, ev.country) == ("Lebanon", "United States")  # a US town, by its county
    text = "Protesters gathered on Friday outside Cleveland Police headquarters."
    sc = _Scanner(get_gazetteer(), get_nlp()(text), text)
    start = sc.tok.index("Cleveland")
    assert _not_a_local_name(sc, start, start + 2)  # "Cleveland Police"
    assert not _not_a_local_name(sc, start, start + 1)


def test_a_us_neighbourhood_past_the_city_core_is_still_part_of_the_city() -> None:
    # South Shore lies some 12 km from Chicago's centre, as far as the suburb of Oak Park
    ev = event("A man was shot on Friday night in the South Shore neighborhood, police said.")
    assert (ev.location, ev.admin1, ev.geo_precision) == ("Chicago", "Illinois", 2)
    ev = event("A man was shot in Oak Park on Friday, Oak Park police said.")
    assert ev.location == "Oak Park"


def test_a_neighbourhood_in_the_outlet_s_county_is_in_the_outlet_s_city() -> None:
    text = (
        "A woman was killed early Sunday in the Maple Glen neighborhood on the South Side. "
        "She was pronounced dead by the Cook County medical examiner."
    )
    ev = event(text, url="https://www.chicagotribune.com/news/breaking/woman-killed")
    assert (ev.location, ev.geo_precision) == ("Chicago", 2)
    assert event(text).location == "Maple Glen"  # no outlet: the neighbourhood of the county


def test_a_town_across_the_state_line_from_a_local_outlet_s_city() -> None:
    # a Kansas City station's area spans Missouri and Kansas: Olathe needs no "Kansas"
    ev = event(
        "A man was wounded on Friday in a shooting in Olathe. Kansas City police and Jackson "
        "County deputies said they were looking for a gray sedan.",
        url="https://www.kmbc.com/article/man-wounded/1",
    )
    assert (ev.location, ev.admin1) == ("Olathe", "Kansas")


def test_a_town_s_edition_folder_in_the_address() -> None:
    text = "A man was shot in the leg on Sunday while cleaning a rifle, Floyd County police said."
    ev = event(text, url="https://www.northwestgeorgianews.com/rome/news/local/man-hurt/a1.html")
    assert (ev.location, ev.admin1) == ("Rome", "Georgia")
    ev = event(text, url="https://www.example-news.com/enterprise/local/man-hurt/a1.html")
    assert ev.location != "Enterprise"  # a section, not the town in Alabama


def test_a_county_sheriff_named_after_the_big_city_does_not_make_a_suburb_part_of_it() -> None:
    ev = event(
        "Four men were shot in Compton on Friday night, according to the Los Angeles Sheriff's "
        "Department."
    )
    assert ev.location == "Compton"
    ev = event("A teenager was shot on Friday in Auburn Gresham, Chicago police said.")
    assert ev.location == "Chicago"  # the city's own police: a part of the city


def test_close_to_is_near() -> None:
    near = event("On 3 May 2020, shells fell near Avdiivka, Donetsk, the army said.")
    close = event("On 3 May 2020, shells fell close to Avdiivka, Donetsk, the army said.")
    assert (close.location, close.admin1, close.geo_precision) == ("Avdiivka", "Donetsk", 2)
    assert (near.location, near.geo_precision) == (close.location, close.geo_precision)


def test_a_qualifier_outlives_a_name_that_resolved_to_nothing() -> None:
    # "al-Zawiya" matches towns elsewhere only (Libya's Zawiya): dropped, it must not take its
    # province with it
    ev = event("On Monday, artillery shelled the hamlet of Qarnet in Jabal al-Zawiya in Idleb.")
    assert (ev.admin1, ev.country) == ("Idlib", "Syria")


def test_a_street_met_again_alone_and_a_surname_are_not_towns_elsewhere() -> None:
    text = (
        "Two men were shot dead at a Lamar Avenue gas station on Monday night.\n\n"
        "Police said Marcus Hale, 31, and a second man were killed when someone opened fire "
        "from a passing car. Memphis police said detectives believe Hale was the target.\n\n"
        "A councilwoman asked for more patrols on the Lamar corridor."
    )
    ev = event(text)
    assert (ev.admin1, ev.location) == ("Tennessee", "Memphis")


def test_a_verb_in_a_headline_s_capitals_is_not_a_place_in_the_town() -> None:
    # a headline run into the text: "Killed in Southeast DC" is no place called "Killed"
    ev = event(
        "A woman died and three men were wounded when shots rang out late Friday at a cookout "
        "in Southeast D.C.\n\nInvestigators said no arrests had been made.\n\n"
        "Woman Killed, 3 Hurt in Southeast DC Shots rang out late Friday and a woman died at "
        "the scene.",
        "1 Dead, 3 Hurt in Southeast DC Shooting at Cookout",
    )
    assert (ev.location, ev.admin1) == ("Washington", "Washington, D.C.")


def test_an_abbreviated_state_the_gazetteer_also_knows_as_a_town_still_qualifies() -> None:
    # "Kan." is also an old name of towns abroad; after "Kansas City," it is the state
    ev = event("KANSAS CITY, Kan. -- Two men were wounded in a shooting at a car lot on Friday.")
    assert (ev.location, ev.admin1) == ("Kansas City", "Kansas")
    ev = event("Two men were wounded in a shooting in Kansas City, Kan., on Friday night.")
    assert (ev.location, ev.admin1) == ("Kansas City", "Kansas")


def test_a_town_in_a_county_the_text_names_beats_a_bigger_namesake() -> None:
    # Lowell, Massachusetts is far bigger; the Lowell in a Washington County is Ohio's
    ev = event(
        "The Washington County Sheriff's Office is looking into a shooting in Lowell. A man "
        "was shot in the arm outside his garage on Tuesday evening."
    )
    assert (ev.location, ev.admin2, ev.admin1) == ("Lowell", "Washington County", "Ohio")


# --------------------------------------------------------------------------- namesakes at home


def test_the_outlets_own_city_beats_its_namesake_nearby() -> None:
    # The Kansas City (Missouri) paper: its own Kansas City, not the one across the state line
    url = "https://www.kansascity.com/news/local/article1.html"
    text = (
        "A father was charged on Friday in the shooting death of his daughter in Kansas City, "
        "prosecutors said. Officers from Kansas and Missouri agencies responded."
    )
    ev = event(text, url=url)
    assert (ev.admin1, ev.location) == ("Missouri", "Kansas City")
    # ... unless the text says which: "Kansas City, Kan."
    ev = event("A man was shot in Kansas City, Kan., on Saturday night, police said.", url=url)
    assert (ev.admin1, ev.location) == ("Kansas", "Kansas City")
    # and a town near the paper's city still beats a bigger namesake far away
    ev = event("A man was shot and wounded on Saturday night in Olathe, police said.", url=url)
    assert ev.admin1 == "Kansas"


def test_an_address_by_its_block_is_american() -> None:
    text = (
        "Police are looking for two men after a shooting on Sunday in the 400 block of West "
        "Maple Court in Ontario, according to an Ontario police statement."
    )
    ev = event(text)
    assert (ev.iso3, ev.admin1, ev.location) == ("USA", "California", "Ontario")
    # without the block, the province; and a town the text places in the province stays there
    ev = event("Police are looking for two men after a shooting on Sunday in Ontario.")
    assert (ev.iso3, ev.admin1) == ("CAN", "Ontario")
    ev = event("Protesters marched in Hamilton, Ontario, on Sunday against the new tax.")
    assert (ev.iso3, ev.location) == ("CAN", "Hamilton")


def test_a_telephone_number_s_area_code_tells_a_town_s_state() -> None:
    # "Columbus" alone is the biggest Columbus (Ohio); police asking for tips on a north
    # Georgia number (706) place it in Georgia, as a written state would
    story = "COLUMBUS - A teenager was shot dead Monday at an apartment complex, police said."
    assert event(story).admin1 == "Ohio"
    tips = " Detectives ask anyone with tips to phone {}."
    assert event(story + tips.format("(706) 555-0134")).admin1 == "Georgia"
    assert event(story + tips.format("706-555-0134")).admin1 == "Georgia"
    springfield = "A man was shot in Springfield on Saturday night, police said."
    assert event(springfield + tips.format("413.555.0199")).admin1 == "Massachusetts"
    assert event(springfield + tips.format("(217) 555-0199")).admin1 == "Illinois"


def test_a_number_with_no_state_s_area_code_says_nothing() -> None:
    story = "COLUMBUS - A teenager was shot dead Monday at an apartment complex, police said."
    tips = " Anyone with information is asked to call {}."
    # toll-free, another country's, and digits that are no telephone number
    assert event(story + tips.format("1-800-555-0134")).admin1 == "Ohio"
    assert event(story + tips.format("(416) 555-0134")).admin1 == "Ohio"
    assert event(story + " Case 706-5550-134 and 2015-2016 figures.").admin1 == "Ohio"
    # and a state the text writes beats a number of another state's code (a newsroom's)
    text = "A man was shot in Springfield, Ill., on Saturday. Call our newsroom at (417) 555-0199."
    assert event(text).admin1 == "Illinois"


def test_a_local_outlet_names_its_counties_bare() -> None:
    url = "https://www.ajc.com/news/crime/teen-found-dead/"
    text = "A Bartow teenager was found dead of a gunshot wound at his home on Tuesday."
    ev = event(text, url=url)
    assert (ev.admin1, ev.admin2) == ("Georgia", "Bartow County")
    # not without the outlet, nor for a big city elsewhere, nor when the state has a town of
    # the name
    assert event(text).admin1 != "Georgia"
    ev = event("A man was shot and killed in Houston on Tuesday night, police said.", url=url)
    assert (ev.admin1, ev.location) == ("Texas", "Houston")
    ev = event("A Dallas man was shot on Tuesday night, police said.", url=url)
    assert (ev.admin1, ev.location) == ("Georgia", "Dallas")


def test_a_host_named_after_a_town_is_its_paper() -> None:
    text = "ABILENE - A robbery suspect suffered a self-inflicted gunshot wound on Friday."
    ev = event(text, url="https://www.salina.com/news/robbery-suspect/article_1.html")
    assert (ev.admin1, ev.location) == ("Kansas", "Abilene")
    ev = event(text, url="https://www.reporter-news.com/news/robbery-suspect/article_1.html")
    assert (ev.admin1, ev.location) == ("Texas", "Abilene")


def test_a_word_named_town_near_a_local_outlet() -> None:
    url = "https://www.nbclosangeles.com/news/local/laundromat-shooting.html"
    text = (
        "A customer died after someone started shooting inside a Bellflower laundromat late "
        "Tuesday, deputies said."
    )
    ev = event(text, url=url)
    assert (ev.admin1, ev.location) == ("California", "Bellflower")
    # not without a local outlet, and not a word opening a sentence
    assert event(text).location is None
    text = "A man was killed Friday night. Bellflower residents said they heard shots."
    assert event(text, url=url).location != "Bellflower"
    # nor a person's surname ("Bellflower" written after a first name)
    text = "A man was killed Friday night in a barbershop, said his aunt, Doreen Bellflower."
    assert event(text, url=url).location != "Bellflower"


def test_a_towns_building_with_an_article_is_the_town() -> None:
    url = "https://www.detroitnews.com/story/news/local/teens-shot/"
    text = "Two teens were shot inside an Eastpointe home on Sunday, police said."
    ev = event(text, url=url)
    assert (ev.admin1, ev.location) == ("Michigan", "Eastpointe")
    # a family's house takes "the": "the Jackson home" is no town
    text = "Two teens were shot inside the Jackson home on Sunday, police said."
    assert event(text, url=url).location != "Jackson"


def test_a_video_playlist_names_other_stories_places() -> None:
    from newsfold.analyse.counts.stories import other_story_spans

    text = (
        "1:47 Waco bakery owner chases off armed robber Pause\n\n"
        "0:42 County Fair Pie Contest Winners\n\n"
        "1:15 Man fires shots at Richmond pool hall over parking spot\n\n"
        "2:05 Goat escapes pen at El Paso livestock show\n\n"
        "Two men were wounded in Plano on Saturday after a fight at a party, police said."
    )
    ev = event(text, url="https://www.star-telegram.com/news/local/plano-shooting.html")
    assert (ev.admin1, ev.location) == ("Texas", "Plano")
    assert len(other_story_spans(text, None)) == 4


def test_a_timeline_of_clock_times_keeps_its_places() -> None:
    # "10:03 PM - officers arrived ..." is the story's own timeline, not a playlist: the town
    # it names is the scene
    text = (
        "A standoff ended with a man shot by deputies, the sheriff said.\n\n"
        "10:03 PM - the first two deputies arrived at a home in Kingsport.\n\n"
        "10:17 PM - the commander called the tactical team.\n\n"
        "10:32 PM - deputies lost contact with the man."
    )
    ev = event(text, url="https://www.example.com/news/standoff.html")
    assert (ev.admin1, ev.location) == ("Tennessee", "Kingsport")


def test_a_stations_name_is_not_the_events_city() -> None:
    # "NBC New York" is the outlet naming itself: New York City gets no mention from it, so
    # the borough the story is set in wins
    text = (
        "A father shot three members of his family at their house early on Saturday, police "
        "said.\n\nNeighbours gathered on the quiet street in Queens, near a park, after dawn. "
        "His brother, who lives in another part of New York City, heard the news by phone.\n\n"
        "Copyright Associated Press / NBC New York"
    )
    url = "https://www.nbcnewyork.com/news/local/father-shoots-family/123/"
    assert event(text, url=url).location == "Queens"
    # a network's name before a city, with its channel too, marks the mention as an outlet's
    ev = event("On Monday FOX 5 Atlanta reported a shooting in Decatur, Georgia.")
    assert ev.location == "Decatur"
    # a city after an ordinary word is still a city
    ev = event("Two men were shot in Atlanta on Monday, police said.")
    assert ev.location == "Atlanta"


def test_a_town_beside_a_big_city_with_its_own_police_stays_a_town() -> None:
    # GeoNames puts Chelsea inside Boston's radius; its own police and its state make it a town
    ev = event(
        "A teenager was hit by a stray bullet late Thursday in Chelsea. Chelsea police asked "
        "witnesses to come forward.",
        url="https://www.whdh.com/news/man-wounded",
    )
    assert (ev.location, ev.admin1) == ("Chelsea", "Massachusetts")
    ev = event("Two people were hurt when shots were fired early Sunday in Chelsea, Massachusetts.")
    assert (ev.location, ev.admin1) == ("Chelsea", "Massachusetts")


def test_a_neighbourhood_without_a_service_of_its_own_is_still_its_city() -> None:
    # the big city's police work the case: the part is the city's
    ev = event(
        "A man was shot on Tuesday night outside a store in Brighton Park, Chicago police said.",
        url="https://www.chicagotribune.com/news/breaking/man-shot",
    )
    assert (ev.location, ev.admin1) == ("Chicago", "Illinois")


def test_a_surname_that_is_a_kind_of_place_is_no_local_place() -> None:
    # "Parish" is the suspect's surname, not a parish called "Andy"
    ev = event(
        "GREENFIELD (June 9, 2016) – Hancock County deputies said 41-year-old Andy Parish had "
        "written a farewell note. Greenfield Police say Parish drove to a house on Birch Lane "
        "with a rifle."
    )
    assert ev.location != "Andy" and ev.admin1 == "Indiana"


def test_a_village_after_near_stays_a_local_place() -> None:
    ev = event("Three civilians were killed on Monday in shelling near Bohuslavske in Donetsk.")
    assert ev.location != "Donetsk" or ev.geo_precision != 1


def test_a_headline_s_home_town_gives_way_to_the_scene_it_names() -> None:
    # the town before "man" is the suspect's home; the one before "homicide" the scene
    ev = event(
        "A man was arrested on Monday after a woman was found dead on Saturday, police said.",
        title="Kennewick man arrested after Yakima homicide",
    )
    assert (ev.location, ev.admin1) == ("Yakima", "Washington")
    # alone, the home town may well be the scene, and stays
    ev = event(
        "A man was arraigned on Monday after his nephew was shot on Saturday night, police said.",
        title="Kennewick man arraigned in shooting of nephew",
    )
    assert ev.location == "Kennewick"


def test_a_dateline_after_a_stray_control_character() -> None:
    # a Windows dash read as Latin-1 opens the page before the dateline
    text = "\x97 ALBANY — A man was charged on Friday in a shooting on Thursday, police said."
    assert where.datelines._datelines(text) == [(0, 8)]


def test_a_dateline_dash_glued_to_the_first_word() -> None:
    text = "HAMPTON, Va. (WXYZ) --Bond was denied Tuesday for a man charged in a shooting."
    assert where.datelines._datelines(text) == [(0, 12)]
    # a hyphen glued to a word is no dateline's dash ("PRE-TRIAL hearing")
    assert where.datelines._datelines("PRE-TRIAL hearing set for Tuesday.") == []


def test_a_host_named_after_two_cities_of_a_size_names_no_state() -> None:
    # Pasadena, Texas and Pasadena, California are about as big: the host tells no state
    ev = event(
        "A man was shot on Friday night near a school, police said.",
        url="https://www.pasadenastarnews.com/news/1",
    )
    assert ev.admin1 != "Texas"
    # a city much bigger than its namesakes still names the outlet's state
    ev = event(
        "A man was shot on Friday night near a school, police said.",
        url="https://www.dallasnews.com/news/1",
    )
    assert ev.admin1 == "Texas"


def test_a_neighbourhood_of_another_state_s_namesake_in_a_county_named_by_its_sheriff() -> None:
    # GeoNames' Gramercy Park is in New York; the story's county (named only by its
    # sheriff's department) is Los Angeles County: a neighbourhood there, not Manhattan's
    ev = event(
        "A woman was wounded late Sunday in the Gramercy Park neighborhood, a Los Angeles "
        "County Sheriff's Department sergeant said."
    )
    assert (ev.admin1, ev.admin2) == ("California", "Los Angeles County")
    # named alone, it is the place the gazetteer knows
    ev = event("A man was shot on Saturday evening in the Gramercy Park neighborhood.")
    assert ev.admin1 == "New York"


def test_a_neighbourhood_a_city_s_outlet_names_is_its_own_not_a_far_town() -> None:
    # a Louisville station's "Russell neighborhood": not Russell, a small town far east
    ev = event(
        "A man was shot on Tuesday night in the Russell neighborhood, police said.",
        url="http://www.wdrb.com/story/1",
    )
    assert (ev.location, ev.admin1, ev.geo_precision) == ("Louisville", "Kentucky", 2)
    ev = event(
        "Police said the victims were found late Tuesday.",
        title="Teen wounded by gunfire in the Russell neighborhood",
        url="http://www.wdrb.com/story/2",
    )
    assert (ev.location, ev.admin1) == ("Louisville", "Kentucky")
    # a neighbourhood of another town the story names stays that town's
    ev = event(
        "A man was shot on Tuesday night in the Highlands neighborhood of Lexington, police said.",
        url="http://www.wdrb.com/story/3",
    )
    assert (ev.location, ev.admin1) == ("Lexington", "Kentucky")


def test_a_village_after_its_prefix_is_kept_though_the_model_calls_it_a_name() -> None:
    # "Barangay Capihan": the model may read the prefix and the name as a person's name
    ev = event(
        "On 3 June 2021, a man was shot dead by police during an operation in Barangay "
        "Capihan, San Rafael, Bulacan."
    )
    assert (ev.location, ev.geo_precision) == ("Capihan", 2)


def test_washington_named_by_its_district_is_written_washington() -> None:
    # GeoNames lists "District of Columbia" as another name of the city: US records write it
    # "Washington"
    ev = event(
        "A man was shot on Saturday night in the District of Columbia, police said.",
        url="http://www.fox5dc.com/news/2",
    )
    assert (ev.location, ev.admin1) == ("Washington", "Washington, D.C.")
    # another name that is no state's stays as the report writes it
    ev = event("A soldier was shot on Monday at Fort Hood, officials said.")
    assert ev.location == "Fort Hood"


def test_a_highway_named_after_a_town_places_a_report_that_names_no_other_place() -> None:
    # nothing else says where: the town the highway bears the name of
    ev = event("On 2 June 2021, truck drivers blocked the Qornayel highway for hours.")
    assert ev.location == "Qornayel"
    assert ev.latitude is None  # the gazetteer lacks it: no coordinates invented
    ev = event("On 2 June 2021, farmers blocked the Qornayel highway near Zahle, Lebanon.")
    assert ev.location == "Zahlé"  # a named town wins: the highway is a detail near it
    # a street's name is no town, nor a highway with a street word in its name
    ev = event("On 2 June 2021, residents blocked the Main Street highway overnight.")
    assert ev.location is None
    ev = event("On 2 June 2021, residents blocked Odunlami Street overnight.")
    assert ev.location is None


def test_a_name_the_event_is_set_in_is_kept_when_no_candidate_can_be_trusted() -> None:
    # no country named, and the text's one hint (the US dollar) fits none of the namesakes,
    # each dropped; the report still says where it happened
    ev = event(
        "On 2 June 2021, drivers angry at the rising US dollar clashed with soldiers in el Mina."
    )
    assert ev.location == "el Mina"
    assert ev.latitude is None
    # a home town or an organisation's name is not where it happened
    ev = event("On 2 June 2021, drivers angry at the rising US dollar, from el Mina, marched.")
    assert ev.location is None
    # a name with a credible reading resolves as before
    ev = event("On 2 June 2021, rioters clashed with soldiers in Tripoli, Lebanon.")
    assert ev.location == "Tripoli"


def test_a_local_name_set_in_a_town_named_as_a_town_is_that_town() -> None:
    # the gazetteer lacks the camp or quarter; the report puts it in a town it names with
    # the town's province, or calls a city: the town is the place
    ev = event(
        "On 3 June 2021, two shells hit the Sidi Zorbat camp in Zliten (Misrata), wounding two."
    )
    assert ev.location == "Zliten"
    ev = event("On 3 June 2021, a mine exploded in Qasr Hamid in Hama city, killing a shepherd.")
    assert ev.location == "Hama"
    # a town the gazetteer lacks too, named with its province: that town
    ev = event("On 3 June 2021, militias clashed in Wadi Zorbat in Qasr Dhiyab (Almargeb).")
    assert ev.location == "Qasr Dhiyab"
    # a bare name that may be the province of that name: the village stays the place
    ev = event("On 3 June 2021, regime forces shelled Kafr Zaytoun in Idleb, wounding two.")
    assert ev.location == "Kafr Zaytoun"
    # a village in a district named after its town: the district is a unit, the village stays
    ev = event(
        "Fighters ambushed a convoy near Chai village in Macomia district, Cabo Delgado "
        "province, on Monday, killing six soldiers. Residents fled towards Macomia town."
    )
    assert ev.location == "Chai"


def test_a_quarter_named_after_the_lede_sets_the_event_in_a_town_is_a_detail_of_it() -> None:
    # "On DATE, in Town, State, ...": a neighbourhood or colonia named after that is in it
    ev = event(
        "On 3 June 2021, in Zapopan, Jalisco, residents marched. "
        "Police later found a burned car in Colonia Las Palmitas."
    )
    assert ev.location == "Zapopan"
    # a town the gazetteer lacks, named with its state, is the place too
    ev = event(
        "On 3 June 2021, in Vila Nogueira Alta, Rio de Janeiro, a shoot-out took place "
        "in the Morro do Sapo neighborhood."
    )
    assert ev.location == "Vila Nogueira Alta"
    # the lede names the town without its state: the quarter stays the place
    ev = event(
        "On 3 June 2021, in Zapopan, residents marched. "
        "Police later found a burned car in Colonia Las Palmitas."
    )
    assert ev.location == "Colonia Las Palmitas"


def test_a_local_name_given_a_town_after_a_comma_is_a_quarter_of_that_town() -> None:
    # "in Quarter, Town, Province": the town is the place
    ev = event(
        "On 3 June 2021, in Villa Rosita, Soledad, Atlantico department, residents protested."
    )
    assert ev.location == "Soledad"
    # in brackets, the town or district is where the village lies: the village stays
    ev = event("On 3 June 2021, gunmen attacked Villa Rosita (Soledad, Atlantico), killing two.")
    assert ev.location == "Villa Rosita"
    # a district named bare after its seat town is that town; called a district, it is not
    ev = event("On 5 June 2021, a farmer was beaten to death in Rampur Kalan, Patiala (Punjab).")
    assert ev.location == "Patiala"
    ev = event(
        "On 5 June 2021, a farmer was beaten to death in Rampur Kalan, Patiala district (Punjab)."
    )
    assert ev.location == "Rampur Kalan"


def test_a_village_measured_from_a_town_is_placed_at_the_town() -> None:
    # the gazetteer lacks the village; the report says which town it lies near
    ev = event(
        "On 3 June 2021, militants clashed with soldiers in the Sarkanda village "
        "close to Ghazni city."
    )
    assert (ev.location, ev.geo_precision) == ("Ghazni", 2)
    ev = event(
        "On 3 June 2021, rebels killed two farmers in the village of Kisimba, "
        "near Oicha (Beni, Nord-Kivu)."
    )
    assert ev.location == "Oicha"
    ev = event(
        "On 3 June 2021, a mine exploded in Tall Ghazal area, west of Salamiyah, "
        "wounding a shepherd."
    )
    assert ev.location == "Salamiyah"
    # a village "of" a district is not measured from anything: it stays the place
    ev = event(
        "On 3 June 2021, militants clashed with soldiers in the Sarkanda village "
        "of Ghazni district."
    )
    assert ev.location == "Sarkanda"


def test_an_airbase_is_a_local_site() -> None:
    # "X airbase": a named base the gazetteer lacks, in the province in brackets
    ev = event("On 6 May, rival air forces clashed at Gardabiya airbase (Sirt). No one was hurt.")
    assert ev.location == "Gardabiya" and ev.country == "Libya"
    # the word alone names no site
    ev = event("On 6 May, jets struck an airbase near Sirt. No one was hurt.")
    assert ev.location == "Sirt"


def test_a_town_the_model_calls_a_product_is_still_a_town_after_in() -> None:
    # the small model reads "Ravar" here as a PRODUCT; after "in" it is the town of the
    # protest, not the firm's city
    ev = event(
        "On 11 July 2020, workers of Kerman Coal Mine Company gathered in Ravar over months of "
        "unpaid wages."
    )
    assert (ev.location, ev.admin1, ev.country) == ("Rāvar", "Kerman", "Iran")
    # a text about another country: the foreign namesake is not taken
    ev = event("On 11 July 2020, Afghan workers gathered in Ravar over unpaid wages.")
    assert ev.country == "Afghanistan" and ev.admin1 is None


def test_a_spanish_name_without_its_de_is_found_and_written_with_it() -> None:
    # "San Francisco Campeche": GeoNames knows the town as "San Francisco de Campeche"
    ev = event("On 14 July 2020, taxi drivers blocked a road in San Francisco Campeche, Campeche.")
    assert (ev.location, ev.admin1, ev.geo_precision) == (
        "San Francisco de Campeche",
        "Campeche",
        1,
    )
    # two words are never joined so ("Tonala Jalisco" is a town and its state run together)
    ev = event("On 14 July 2020, in Tonala Jalisco taxi drivers blocked a road.")
    assert ev.location != "Tonala de Jalisco"
    # a name written with its "de" keeps the report's spelling
    ev = event("On 5 May 2020, in Oaxaca de Juarez, Oaxaca, workers demonstrated.")
    assert ev.location == "Oaxaca de Juarez"


def test_a_name_written_with_a_de_geonames_lacks_is_read_whole() -> None:
    # "San Luis de Potosi": GeoNames knows the state as "San Luis Potosí"; read whole, it is not
    # split into "San Luis" (Argentina's province) and "Potosi" (Bolivia's)
    ev = event("On 3 March 2021, in Ejido Palo Quemado, San Luis de Potosi, farmers marched.")
    assert (ev.country, ev.admin1) == ("Mexico", "San Luis Potosi")
    ev = event("On 3 March 2021, in Ejido Palo Quemado, San Luis de Potosí, farmers marched.")
    assert (ev.country, ev.admin1) == ("Mexico", "San Luis Potosi")
    # names GeoNames writes with their "de", "de los" or "do" are read as before
    ev = event("On 3 March 2021, in Santiago de los Caballeros, nurses marched.")
    assert ev.country == "Dominican Republic"
    ev = event("On 3 March 2021, in Sao Jose do Rio Preto, nurses marched.")
    assert (ev.country, ev.admin1) == ("Brazil", "Sao Paulo")


def test_a_de_is_not_left_out_of_a_short_name_or_a_person_s() -> None:
    from newsfold.analyse.where.scanner import _without_de

    assert _without_de("san luis de potosi") == "san luis potosi"
    assert _without_de("san juan de la costa") == "san juan costa"
    # two words would be left: a town and its province, or a person, never join so
    assert _without_de("lima de perez") is None
    assert _without_de("juan de la cruz") is None
    assert _without_de("san luis") is None
    ev = event("On 3 March 2021, farmers from Lima de Perez marched in Quito.")
    assert (ev.country, ev.location) == ("Ecuador", "Quito")
    ev = event("On 3 March 2021, Juan de la Cruz Ramos led a march in Quito.")
    assert (ev.country, ev.location) == ("Ecuador", "Quito")


def test_a_host_with_its_state_code_glued_on_names_that_state_s_town() -> None:
    # "miamiok": Miami, Oklahoma, not the far bigger Miami, Florida
    text = "A man was shot on Friday night near a school, police said."
    ev = event(text, url="https://www.miamiok.com/news/1")
    assert ev.admin1 == "Oklahoma"
    # a host ending in letters that only look like a code is read as before
    assert event(text, url="https://www.miamiherald.com/news/1").admin1 == "Florida"
    assert event(text, url="https://www.dallasnews.com/news/1").admin1 == "Texas"


def test_a_known_outlet_s_folder_counts_only_in_its_own_state() -> None:
    # a Boston station's "/south-shore/" section is no South Shore of Chicago
    text = "A man was shot on Friday night near a school, police said."
    ev = event(text, url="https://whdh.com/news/local/south-shore/man-shot/")
    assert ev.admin1 == "Massachusetts"
    # a folder naming a town of the outlet's state still narrows it
    ev = event(text, url="https://www.wcvb.com/news/worcester/man-shot/1")
    assert (ev.location, ev.admin1) == ("Worcester", "Massachusetts")


def test_an_unknown_outlet_s_folder_naming_a_city_s_neighbourhood_is_a_section() -> None:
    g = get_gazetteer()
    ev = _Evidence()
    _outlet_evidence(g, "https://www.example-news.com/brighton-park/x/1", ev)
    assert ev.outlet is None  # Brighton Park is part of Chicago: no edition's town
    ev = _Evidence()
    _outlet_evidence(g, "https://www.example-news.com/chicago/x/1", ev)
    assert ev.outlet == ("US", "Illinois")


def test_a_site_s_version_for_phones_is_no_town_s_edition() -> None:
    # "/mobile/" and "mobile." are the site for phones, not Mobile, Alabama
    g = get_gazetteer()
    for url in (
        "https://www.example-news.com/mobile/2016-02-08/man-shot",
        "https://mobile.example-news.com/2016-02-08/man-shot",
    ):
        ev = _Evidence()
        _outlet_evidence(g, url, ev)
        assert ev.outlet is None and ev.host_row < 0
    ev = _Evidence()
    _outlet_evidence(g, "https://www.example-news.com/tuscaloosa/x/1", ev)
    assert ev.outlet == ("US", "Alabama")  # a town's folder still names its edition


def test_a_host_that_is_a_towns_masthead_names_that_town() -> None:
    # a page with no place in its text (a paywall) from "The Lufkin Daily News"
    text = "Thank you for reading. Subscribe for as little as 57 cents per day."
    ev = event(text, url="http://lufkindailynews.com/news/local/article_1.html")
    assert (ev.admin1, ev.location) == ("Texas", "Lufkin")
    ev = event(text, url="https://www.thepaducahsun.com/news/1")
    assert (ev.admin1, ev.location) == ("Kentucky", "Paducah")
    # not a town shared by cities of a size in several states, nor a masthead with no town
    assert event(text, url="https://www.springfieldnews.com/news/1").admin1 is None
    # (dailynews.com itself is the Los Angeles Daily News, a known outlet: outlet_markets)
    assert event(text, url="https://www.dailytimesnews.com/news/1").admin1 is None
    assert event(text, url="https://www.timesnews.com/news/1").admin1 is None
    # nor a town too small to be told from a piece of another word
    assert event(text, url="https://www.thegladewatermirror.com/news/1").location != "Gladewater"


def test_a_masthead_town_with_a_namesake_in_another_state_names_no_state() -> None:
    # Portsmouth, Ohio's paper, though Portsmouth, Virginia is far bigger: the text decides
    text = "A man died of a gunshot wound in Wheelersburg, Ohio, on Sunday, deputies said."
    ev = event(text, url="http://portsmouth-dailytimes.com/news/1/man-dies")
    assert ev.admin1 == "Ohio"
    text = "Thank you for reading. Subscribe for as little as 57 cents per day."
    assert event(text, url="http://portsmouth-dailyherald.com/news/1/man-dies").admin1 is None
    # the real Portsmouth Daily Times is in the outlet table (`outlet_markets`): Ohio's
    assert event(text, url="http://portsmouth-dailytimes.com/news/1/man-dies").admin1 == "Ohio"


# --------------------------------------------------------------------------- sector lists


_SECTORS = (
    "Show district: All Southern District Northwestern District Central District "
    "Western District Eastern District Northern District"
)


def test_a_list_of_a_citys_compass_named_districts_is_no_foreign_place() -> None:
    # Israel has a Central, a Northern and a Southern District, but a list that adds an
    # Eastern and a Northwestern one is a city's police districts (a page's filter)
    ev = event(_SECTORS, title="Homicide map", url="https://www.example.com/maps/homicides")
    assert ev.country != "Israel"
    ev = event(_SECTORS, title="Homicide map", url="https://www.dallasnews.com/maps/homicides")
    assert (ev.admin1, ev.country) == ("Texas", "United States")


def test_a_countrys_own_districts_listed_together_stay_its_places() -> None:
    ev = event(
        "Rockets were fired at towns in the Northern District, Central District and Southern "
        "District of Israel on Monday, the army said."
    )
    assert ev.country == "Israel"
    # two compass-named districts are no list of sectors
    ev = event("Sirens sounded across the Central District and Eastern District on Monday.")
    assert ev.country == "Israel"


def test_a_list_of_provinces_one_country_has_all_of_stays_its_places() -> None:
    from newsfold.analyse.where.scan import _scan

    # Uganda has a Central and a Northern Region too, but only Malawi has all three: the
    # names stay places (whichever country resolution then picks)
    text = (
        "Floods hit the Northern Region, Central Region and Southern Region of Malawi this "
        "week, officials said."
    )
    mentions = _scan(_Scanner(get_gazetteer(), get_nlp()(text), text))
    regions = [m for m in mentions if m.key.endswith("region")]
    assert len(regions) == 3
    assert not any(m.street for m in regions)
    text = _SECTORS
    mentions = _scan(_Scanner(get_gazetteer(), get_nlp()(text), text))
    assert all(m.street for m in mentions if m.key.endswith("district"))


# --------------------------------------------------------------------------- police accounts

_TWEET_PAGE = (
    "Add a location to your Tweets\n\nWhen you tweet with a location, Twitter stores that "
    "location. Learn more"
)


def test_a_city_polices_account_places_a_post_with_no_place_in_its_city() -> None:
    for url, town in [
        ("https://twitter.com/DenverPolice/status/1", ("Denver", "Colorado")),
        ("https://twitter.com/TulsaPD/status/2", ("Tulsa", "Oklahoma")),
        (
            "http://web.archive.org/web/2016/https://x.com/BoisePoliceDept/status/3",
            ("Boise", "Idaho"),
        ),
    ]:
        ev = event(_TWEET_PAGE, title="Police on Twitter", url=url)
        assert (ev.location, ev.admin1) == town


def test_an_account_that_is_no_towns_police_places_nothing() -> None:
    # a person's account, a sheriff's name, a town many states have (Springfield)
    for handle in ("janedoe", "sheriffjoe", "SpringfieldPolice"):
        ev = event(_TWEET_PAGE, title="On Twitter", url=f"https://twitter.com/{handle}/status/1")
        assert ev.admin1 is None
    # the text's own place stands over the account's town
    ev = event(
        "Officers responded to a shooting on Elm Street in Miami. One man was wounded.",
        url="https://www.facebook.com/denverpolice/posts/1",
    )
    assert ev.admin1 == "Florida"


def test_a_known_outlets_account_places_its_post_in_the_outlets_market() -> None:
    # a station's own post: its home market, as its site would
    for url, state in [
        ("https://twitter.com/wsbtv/status/1", "Georgia"),
        ("http://web.archive.org/web/2016/https://twitter.com/abc15/status/2", "Arizona"),
        ("https://www.facebook.com/KCTV5/posts/3", "Missouri"),
    ]:
        ev = event(_TWEET_PAGE, title="Station on Twitter", url=url)
        assert ev.admin1 == state
    # not an account no outlet has, nor over the text's own place
    ev = event(_TWEET_PAGE, title="On Twitter", url="https://twitter.com/janedoe99/status/1")
    assert ev.admin1 is None
    ev = event(
        "Officers responded to a shooting on Elm Street in Miami. One man was wounded.",
        url="https://twitter.com/wsbtv/status/4",
    )
    assert ev.admin1 == "Florida"


_NO_PLACE_STORY = (
    "A man was shot Tuesday night outside a convenience store. Police said he is expected to "
    "recover and no one has been arrested."
)


def test_a_search_engines_redirect_is_read_as_the_page_it_leads_to() -> None:
    url = (
        "http://web.archive.org/web/2017/https://www.google.com/url?sa=t&q=&url="
        "http%3A%2F%2Fwww.ksla.com%2Fstory%2F1%2Fman-shot&usg=x"
    )
    assert event(_NO_PLACE_STORY, title="Redirect Notice", url=url).admin1 == "Louisiana"
    # a search page is no redirect
    url = "https://www.google.com/search?q=http%3A%2F%2Fwww.ksla.com%2Fstory%2F1"
    assert event(_NO_PLACE_STORY, title="Search", url=url).admin1 != "Louisiana"


def test_a_county_sheriff_places_a_story_the_model_read_as_his_name() -> None:
    # the model reads "Brewster County Sheriff Ronny Dodson" as one person's name
    ev = event(
        "Brewster County Sheriff Ronny Dodson said a student was shot this morning. Five "
        "shots were fired."
    )
    assert (ev.admin2, ev.admin1) == ("Brewster County", "Texas")
    # a county with no police or sheriff word stays to the other rules
    ev = event("Ronny Dodson said a student was shot this morning near Brewster Lake.")
    assert ev.admin2 != "Brewster County"


def test_the_arabic_article_opens_a_name_but_not_a_spanish_in() -> None:
    # "en" is one of the article's transliterated forms, and Spanish (and French) "in": a
    # Spanish headline's "EN" stays out of the town's name
    text = "BALACERA EN FRESNO, CA\n\nTwo men were hurt in a shooting on Sunday night."
    claims = run(text).claims_for("location")
    assert claims and claims[0].value == "Fresno" and claims[0].text == "FRESNO"
    # the Arabic article written apart before a name still opens it
    for text, name in (
        ("Shells fell on houses in ar Raqqah on Monday.", "ar Raqqah"),
        ("A car bomb went off in ech Choueifat on Monday.", "ech Choueifat"),
    ):
        assert [c.text for c in run(text).claims_for("location")] == [name]


def test_scanner_s_lower_case_and_capitals_are_the_tokens_own() -> None:
    # `low` and `is_cap` read lists made once per Doc: the same as asking each token
    text = "Officers at Pine Ridge High School and 'Ndrangheta's men in east ORLANDO met."
    sc = _Scanner(get_gazetteer(), get_nlp()(text), text)
    for k in range(-1, sc.n):
        t = sc.tok[k]
        assert sc.low(k) == t.lower()
        assert sc.is_cap(k) == (t[0].isupper() or (t[0] in "'’" and len(t) > 1 and t[1].isupper()))


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("A fight broke out near Lakeview High School on Monday.", True),
        ("Pupils of Lakeview ISD stayed home.", True),
        ("A fight broke out near Lakeview high school on Monday.", False),  # lower case
        ("A fight broke out near Lakeview on Monday.", False),  # no school's word
        ("A fight broke out in Lakeview", False),  # the text ends after the name
    ],
)
def test_school_name_after_a_town(text: str, school: bool) -> None:
    from newsfold.analyse.where.scanner import _school_name

    sc = _Scanner(get_gazetteer(), get_nlp()(text), text)
    j = sc.tok.index("Lakeview") + 1
    assert _school_name(sc, j) is school
