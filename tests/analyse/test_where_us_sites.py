"""analyse/where: streets, businesses, a city's police and the District's parts in US stories
(sentences written here; the towns are real, the events invented)."""

from __future__ import annotations

import pytest

from newsfold.analyse import analyse_many
from newsfold.analyse.gazetteer import get_gazetteer
from newsfold.analyse.where.headlines import _headline, _title_mentions
from newsfold.records import Article, Event

from .where_helpers import event, run

# --------------------------------------------------------------------------- street corners


def test_the_first_street_of_a_corner_is_no_town() -> None:
    ev = event(
        "A man was shot Tuesday at Independence and Wabash avenues, Kansas City police said."
    )
    assert (ev.location, ev.admin1) == ("Kansas City", "Missouri")


def test_the_last_street_of_a_corner_is_no_town() -> None:
    ev = event("A teen was shot at the corner of Russellwood and Valley streets in McKees Rocks.")
    assert (ev.location, ev.admin1) == ("McKees Rocks", "Pennsylvania")


def test_a_town_without_a_plural_street_word_stays_a_town() -> None:
    ev = event("A man was shot Tuesday in Independence, police said.")
    assert (ev.location, ev.admin1) == ("Independence", "Missouri")
    ev = event("A man was shot Tuesday in Independence and Blue Springs, police said.")
    assert ev.location in ("Independence", "Blue Springs")


# --------------------------------------------------------------------------- businesses


def test_the_x_s_is_a_business_not_a_town() -> None:
    ev = event(
        "A cashier was wounded late Monday outside the McDonald's on Airport Boulevard, Mobile "
        "police said."
    )
    assert (ev.location, ev.admin1) == ("Mobile", "Alabama")


def test_a_town_s_possessive_without_the_stays_a_town() -> None:
    ev = event(
        "A man was shot Sunday near the McDonald Community Center in McDonald, Pennsylvania."
    )
    assert (ev.location, ev.admin1) == ("McDonald", "Pennsylvania")
    ev = event("A man was shot downtown on Sunday, Mobile's police chief said.")
    assert (ev.location, ev.admin1) == ("Mobile", "Alabama")


def test_a_possessive_before_a_business_noun_is_no_town() -> None:
    for text in (
        "Two men were shot outside Lucille's Bar early Sunday.",
        "A woman was wounded outside Macy's department store in the mall.",
        "A clerk was shot at Church's Chicken on Friday, police said.",
        "A man was shot inside Denny's Sports Bar & Grill late Saturday.",
    ):
        assert event(text).location is None, text


def test_a_possessive_alone_after_a_premises_preposition_is_no_town() -> None:
    for text in (
        "A man was shot outside Denny's on Tuesday night, police said.",
        "A teen was wounded in front of Macy's.",
        "Shots were fired near Denny's late Friday.",
    ):
        assert event(text).location is None, text


def test_a_business_possessive_leaves_the_town_written_beside_it() -> None:
    ev = event("A man was shot outside Denny's in Muncie, Indiana, on Tuesday night.")
    assert (ev.location, ev.admin1) == ("Muncie", "Indiana")
    ev = event("Two men were shot at Lucille's Bar in Kenosha late Friday.")
    assert (ev.location, ev.admin1) == ("Kenosha", "Wisconsin")


def test_a_town_s_possessive_before_a_part_of_it_stays_a_town() -> None:
    ev = event("A man was shot near Paterson's Main Street on Friday.")
    assert (ev.location, ev.admin1) == ("Paterson", "New Jersey")
    ev = event("A teen was shot in Houston's Third Ward overnight.")
    assert ev.location == "Houston"
    ev = event("A man was shot in Chicago's South Side on Friday.")
    assert ev.location == "Chicago"


def test_a_big_town_s_possessive_before_a_business_noun_stays_a_town() -> None:
    # a big town's market or bars are the town's, not a shop named after someone
    ev = event("A man was shot Friday outside a bar in Chicago's Fulton Market district.")
    assert ev.location == "Chicago"


def test_a_possessive_stays_a_town_when_the_text_names_it_otherwise() -> None:
    # the town named on its own, or its state named: the possessive is the town's
    ev = event("A man was shot at Denny's Market in Denny on Tuesday, police said.")
    assert ev.location == "Denny"
    ev = event("A man was shot outside Macy's grocery store on Sunday, Nebraska police said.")
    assert (ev.location, ev.admin1) == ("Macy", "Nebraska")


# --------------------------------------------------------------------------- a city's police


def test_a_big_city_s_metro_police_make_a_place_in_it_a_part_of_it() -> None:
    ev = event(
        "Four people were shot in Broad Ripple early Friday, Indianapolis Metro Police said."
    )
    assert (ev.location, ev.geo_precision) == ("Indianapolis", 2)


def test_without_the_city_s_police_the_place_stays() -> None:
    ev = event("Four people were shot in Broad Ripple early Friday, police said.")
    assert ev.location == "Broad Ripple"


# --------------------------------------------------------------------------- bare local names


def test_a_bare_name_the_gazetteer_lacks_does_not_replace_a_small_town() -> None:
    ev = event(
        "A woman was fatally shot in a hunting accident in Caledonia, New York, on Sunday. "
        "The shooter was identified as John Lander of Rochester."
    )
    assert (ev.location, ev.admin1) == ("Caledonia", "New York")


def test_a_hamlet_near_which_it_happened_stays_the_place() -> None:
    ev = event(
        "A teen was killed in a hunting accident near Black Point, Levy County deputies said."
    )
    assert (ev.location, ev.admin1) == ("Black Point", "Florida")


# --------------------------------------------------------------------------- the District


def test_a_part_of_the_district_is_in_washington() -> None:
    ev = event(
        "A 16-year-old girl was shot Friday near the Potomac Gardens housing complex, police in "
        "the District of Columbia said."
    )
    assert (ev.location, ev.admin1, ev.geo_precision) == ("Washington", "Washington, D.C.", 2)


def test_a_part_of_another_state_stays_the_place_within_the_state() -> None:
    ev = event("A man was shot Friday near the Glenwood Gardens housing complex in Maryland.")
    assert ev.admin1 == "Maryland"
    assert ev.location != "Washington"


# --------------------------------------------------------------------------- spelling matches


def test_a_spelling_match_for_a_state_gives_way_to_the_state_named() -> None:
    ev = event(
        "The shooting happened on the river in the Tensaw community, Baldwin County deputies "
        "in Alabama said."
    )
    assert ev.admin1 == "Alabama"


# --------------------------------------------------------------------------- homes


def test_a_town_s_native_is_someone_s_home() -> None:
    ev = event(
        "A 27-year-old man died Sunday when his cousin's rifle went off on a deer hunt in South "
        "Carolina. Atlanta native Cal Ferrow was hit in the chest, the Union County Sheriff "
        "said."
    )
    assert ev.admin1 == "South Carolina"


def test_a_native_shot_in_his_town_is_placed_there() -> None:
    ev = event("An Atlanta native was shot and killed Saturday in Atlanta, police said.")
    assert (ev.location, ev.admin1) == ("Atlanta", "Georgia")


def test_a_dateline_the_gazetteer_lacks_stays_the_town() -> None:
    ev = event(
        "VERNON, Conn. (AP) -- A man was wounded late Sunday outside a bar on Pine Ridge "
        "Lane, in the Rockville section of town, the police chief said."
    )
    assert (ev.location or "").lower() == "vernon"


# --------------------------------------------------------------------------- parks and schools


def test_a_park_named_like_a_far_town_is_the_outlet_s_park() -> None:
    ev = event(
        "Three people were hurt by gunfire late Thursday in the 4800 block of Aldine Avenue, a "
        "few streets from Fountain Park, officers said.",
        url="http://www.kmov.com/story/1/shooting",
    )
    assert ev.admin1 == "Missouri"


def test_a_school_named_like_a_far_town_gives_way_to_the_county_named() -> None:
    ev = event(
        "A gun went off by accident inside Southside High School on Friday morning, deputies "
        "said. Greenville County Schools sent students home early.",
        url="http://wlos.com/news/local/x",
    )
    assert (ev.location, ev.admin1) == ("Greenville", "South Carolina")


def test_the_far_town_itself_named_with_its_state_stays() -> None:
    ev = event(
        "Five people were shot late Saturday in Fountain, Colorado, near Fountain Park.",
        url="http://www.kmov.com/story/1/shooting",
    )
    assert (ev.location, ev.admin1) == ("Fountain", "Colorado")


def test_someone_s_address_of_the_block_is_a_home() -> None:
    ev = event(
        "A man was killed by gunfire outside a tavern in the 2600 block of Harrison Street. Tom "
        "Brell, 31, of the 400 block of Birch Lane in Griffith, was declared dead at the scene. "
        "Gary police closed the street."
    )
    assert (ev.location, ev.admin1) == ("Gary", "Indiana")


@pytest.mark.parametrize(
    "death",
    [
        "was declared dead at the scene",
        "died where he fell",
        "died at the scene",
        "died before paramedics arrived",
        "was pronounced dead on the sidewalk",
    ],
)
def test_a_home_address_in_the_sentence_of_the_death_is_no_scene(death: str) -> None:
    # the home's "in" and the harm told beside it say where he lived, not where he was shot
    ev = event(
        "A man was killed by gunfire outside a tavern in the 2600 block of Harrison Street. Tom "
        f"Brell, 31, of the 400 block of Birch Lane in Griffith, {death}. Gary police closed "
        "the street."
    )
    assert (ev.location, ev.admin1) == ("Gary", "Indiana")


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot dead outside a bar on Monday. Tom Brell, 31, of Griffith, died where he "
        "fell, Gary police said.",
        "Gunfire outside a bar on Monday killed a man. Tom Brell, 31, of Griffith, was "
        "pronounced dead on the sidewalk. Gary police are investigating.",
    ],
)
def test_a_home_beside_the_city_police_gives_way_to_their_city(text: str) -> None:
    assert event(text).location == "Gary"


def test_a_home_alone_still_places_the_event() -> None:
    # no other town: the home is the nearest place the text gives
    ev = event("Tom Brell, 31, of the 400 block of Birch Lane in Griffith, died of his wounds.")
    assert (ev.location, ev.admin1) == ("Griffith", "Indiana")


def test_a_shooting_in_the_block_is_the_scene() -> None:
    ev = event(
        "A woman was wounded Monday in the 400 block of Birch Lane in Griffith, police said."
    )
    assert (ev.location, ev.admin1) == ("Griffith", "Indiana")


# --------------------------------------------------------------------------- house numbers


def test_a_state_after_a_house_number_is_a_street() -> None:
    ev = event(
        "Two people were shot Wednesday at 1309 E. Tennessee St.\n\nThe victims were taken to "
        "a hospital in Plant City, Florida, police said."
    )
    assert ev.admin1 == "Florida"


def test_a_year_before_a_state_is_no_house_number() -> None:
    assert event("In 2016 Texas police shot 40 people, the report said.").admin1 == "Texas"


# --------------------------------------------------------------------------- far namesakes


CHARLOTTE_PAPER = "http://www.charlotteobserver.com/news/local/crime/article1.html"


def test_a_small_far_town_named_bare_in_a_local_paper_is_a_namesake_at_home() -> None:
    ev = event(
        "Two people were wounded at a University City apartment late Friday. The apartment is "
        "on Ridgecrest Drive.",
        url=CHARLOTTE_PAPER,
    )
    assert (ev.location, ev.admin1) == ("Charlotte", "North Carolina")


@pytest.mark.parametrize(
    "site", ["apartment", "townhouse", "duplex", "condo", "home", "gas station", "parking lot"]
)
def test_a_far_town_named_bare_before_any_site_is_a_namesake_at_home(site: str) -> None:
    ev = event(f"Two people were wounded at a University City {site} late Friday.", CHARLOTTE_PAPER)
    assert (ev.location, ev.admin1) == ("Charlotte", "North Carolina")


def test_the_far_town_named_with_its_state_stays() -> None:
    ev = event(
        "Four people were shot at an apartment in University City, Missouri, early Saturday.",
        url=CHARLOTTE_PAPER,
    )
    assert (ev.location, ev.admin1) == ("University City", "Missouri")


def test_a_town_near_the_paper_stays() -> None:
    ev = event(
        "Four people were shot at an apartment in Concord early Saturday.", url=CHARLOTTE_PAPER
    )
    assert (ev.location, ev.admin1) == ("Concord", "North Carolina")


def test_a_street_named_again_bare_is_no_local_place() -> None:
    ev = event(
        "Five people were shot late Saturday. The shooting occurred in the 5000 block of "
        "Kensington Avenue.\n\nFour more victims of the shooting on Kensington were taken to "
        "hospitals.",
        url="http://www.kmov.com/story/1/shooting",
    )
    assert (ev.location, ev.admin1) == ("St. Louis", "Missouri")


def test_a_far_town_with_its_own_police_stays() -> None:
    ev = event(
        "The Alpine Police Department released new details about the shooting at Alpine High "
        "School in Brewster County.",
        url=CHARLOTTE_PAPER,
    )
    assert ev.location == "Alpine"


def test_a_far_town_s_people_in_a_headline_are_not_dropped() -> None:
    ev = event(
        "Two men were charged on Monday after the shootings, police said.\n\nThe Brockton men "
        "were held without bail in Brockton, Massachusetts.",
        url=CHARLOTTE_PAPER,
    )
    assert ev.admin1 == "Massachusetts"


def test_a_host_read_from_a_small_place_does_not_drop_the_town() -> None:
    # the address's folder "south-shore" is also a neighbourhood of Chicago: no big outlet
    ev = event(
        "Detectives want to find a driver who traded gunfire with another in Brockton on Thursday.",
        url="http://whdh.com/news/local/south-shore/shootout-in-brockton/",
    )
    assert (ev.location, ev.admin1) == ("Brockton", "Massachusetts")


# --------------------------------------------------------------------------- a town's own state


def test_a_dateline_state_holds_for_the_town_repeated_bare() -> None:
    # the gazetteer lacks Ira, Vermont (a town) but has Ira, New York: the dateline's state
    # places the bare "in Ira" later on too
    ev = event(
        "IRA, Vt. (AP) — A man cleaning a rifle shot his son at a campsite on Saturday. "
        "The shooting happened at a campground off a state highway in Ira, police said."
    )
    assert ev.admin1 == "Vermont"


def test_a_town_with_its_own_fitting_state_keeps_it() -> None:
    ev = event(
        "IRA, N.Y. (AP) — A man was shot at a farm on Saturday. "
        "The shooting happened in Ira, police said."
    )
    assert (ev.location, ev.admin1) == ("Ira", "New York")
    ev = event(
        "A man was shot and wounded at a home in Ira on Saturday. "
        "The Oswego County sheriff's office is investigating."
    )
    assert (ev.location, ev.admin1) == ("Ira", "New York")


def test_a_state_police_is_a_full_vote_for_its_state() -> None:
    ev = event(
        "Vermont State Police say a man cleaning a rifle shot his son at a campsite on "
        "Saturday. The shooting happened off a state highway in Ira."
    )
    assert ev.admin1 == "Vermont"


def test_a_state_police_does_not_move_a_town_written_with_its_state() -> None:
    ev = event(
        "A man was shot at a farm in Ira, N.Y., on Saturday. "
        "Vermont State Police helped search for the gunman."
    )
    assert (ev.location, ev.admin1) == ("Ira", "New York")


# --------------------------------------------------------------------------- a state's suburbs


def test_a_states_suburbs_of_a_city_are_in_the_state() -> None:
    # "the Virginia suburbs of Washington": the state is where the suburbs lie, the District
    # a landmark; the state is no local name inside Washington
    ev = event(
        "A gunman who frightened the Virginia suburbs of Washington, D.C., for a day was "
        "arrested. Two people were shot and killed Friday at a shopping center in Arlington, "
        "Virginia, police said."
    )
    assert (ev.location, ev.admin1) == ("Arlington", "Virginia")


def test_a_named_suburb_of_a_city_stays_in_the_city() -> None:
    # not a state's name: "the Anacostia suburb of Washington" is a part of Washington
    ev = event("Two men were shot Friday in the Anacostia suburb of Washington, D.C., police said.")
    assert ev.admin1 == "Washington, D.C."


def test_a_state_qualified_by_its_own_country_keeps_it() -> None:
    ev = event("Two men were shot dead on Friday in the outskirts of Lahore, Punjab, police said.")
    assert ev.admin1 == "Punjab"


def titled(text: str, title: str) -> Event:
    return run(text, title=title).event


def test_a_town_in_a_citys_suburbs_is_the_scene() -> None:
    # "in Atlanta's northwestern suburbs", "in Atlanta suburbs": around Atlanta, not in it;
    # the town the dateline and the text name is the scene
    text = (
        "MARIETTA — Police are looking for a gunman after two people were found shot dead "
        "in Atlanta's northwestern suburbs. Officers were called to a home in Marietta."
    )
    ev = titled(text, "Two shot dead at home in Atlanta suburbs")
    assert (ev.location, ev.admin1) == ("Marietta", "Georgia")


def test_a_city_itself_keeps_its_weight() -> None:
    text = (
        "MARIETTA — Police are looking for a gunman after two people were found shot dead "
        "in Atlanta on Sunday. Officers were called to a home in Marietta."
    )
    ev = titled(text, "Two shot dead at home in Atlanta")
    assert (ev.location, ev.admin1) == ("Atlanta", "Georgia")


def test_a_city_with_no_other_town_named_stays_the_place() -> None:
    # the suburbs' city is still the only place given: the event is near it
    ev = event("Two people were found shot dead in Atlanta's northern suburbs on Sunday.")
    assert (ev.location, ev.admin1) == ("Atlanta", "Georgia")
    # a possessive without a word for the land around it is the town itself
    ev = event("Two people were shot dead in Atlanta's West End on Sunday, police said.")
    assert ev.admin1 == "Georgia"


# --------------------------------------------------------------------------- a wire's "(AP)"


def test_a_wire_agency_after_a_dateline_state_is_no_province() -> None:
    # "Ohio (AP)": the Associated Press, not Andhra Pradesh's abbreviation; the state stays
    # the state, and its bare repetition too
    ev = event(
        "SPRINGDALE, Ohio (AP) — A man died after a pistol went off during a safety course at "
        "a shooting range in Ohio, the sheriff said. No one else was hurt."
    )
    assert (ev.location, ev.admin1) == ("Springdale", "Ohio")


def test_an_abbreviated_province_in_brackets_still_qualifies() -> None:
    ev = event("Guntur (AP): A man was shot dead on Sunday in Guntur district, police said.")
    assert ev.admin1 == "Andhra Pradesh"


# --------------------------------------------------------------------------- dateline and scene


def analysed(text: str, title: str | None = None) -> Event:
    """The whole analysis (the casualty claims tell which sentence reports the harm), with a
    headline when given."""
    return next(iter(analyse_many([Article(id="t", title=title, text=text)]))).event


def test_a_town_of_the_datelines_state_where_people_were_shot_is_the_scene() -> None:
    ev = analysed(
        "POCATELLO, Idaho - A man was charged Wednesday with murder. Police said he shot and "
        "killed a girl in Blackfoot last year."
    )
    assert (ev.location, ev.admin1) == ("Blackfoot", "Idaho")


def test_an_arrests_town_does_not_displace_the_dateline() -> None:
    ev = analysed(
        "POCATELLO, Idaho - A girl was shot and killed Tuesday, police said. The suspect was "
        "arrested in Blackfoot."
    )
    assert (ev.location, ev.admin1) == ("Pocatello", "Idaho")
    # nor does the county around the dateline's own town
    ev = analysed("POCATELLO, Idaho - A girl was shot and killed Tuesday in Bannock County.")
    assert (ev.location, ev.admin1) == ("Pocatello", "Idaho")


def test_an_arrest_told_first_is_not_the_scene_of_a_shooting() -> None:
    ev = analysed(
        "A suspect was arrested Monday in LaGrange. Two men were shot and wounded Saturday at "
        "a bar in Greenville, Georgia."
    )
    assert (ev.location, ev.admin1) == ("Greenville", "Georgia")


def test_a_story_of_an_arrest_alone_keeps_the_arrests_town() -> None:
    ev = analysed(
        "Police arrested two men Monday in LaGrange after a robbery. Officers found a gun in "
        "their car in LaGrange."
    )
    assert (ev.location, ev.admin1) == ("LaGrange", "Georgia")


# --------------------------------------------------------------------------- unnamed hospitals


def test_the_town_of_a_hospital_someone_was_taken_to_is_no_scene() -> None:
    ev = event(
        "Two men were shot on Friday night. Allen police said one man was taken to a hospital "
        "in Plano."
    )
    assert ev.location == "Allen"
    # the only town named: the nearest the text comes to the scene
    ev = event(
        "A woman shot her husband on Tuesday. He was listed in serious condition Wednesday at "
        "a Duluth hospital."
    )
    assert ev.location == "Duluth"


def test_a_hospital_where_the_shooting_happened_is_the_scene() -> None:
    # no one taken there or treated there: the hospital is where the gunfire was
    ev = event("A gunman opened fire at a hospital in Plano, Texas, on Friday, wounding a nurse.")
    assert ev.location == "Plano"
    ev = event("A man was shot outside a Duluth hospital on Friday, police said.")
    assert ev.location == "Duluth"


# --------------------------------------------------------------------------- homes and scenes


def test_a_town_before_man_gives_way_to_the_town_the_sentence_sets_the_event_in() -> None:
    ev = analysed(
        "A Merritt Island man faces charges after a gun he was cleaning went off and wounded a "
        "friend in Cocoa Beach on Monday night, police said.",
        "Merritt Island man charged after friend is wounded",
    )
    assert ev.location == "Cocoa Beach"


def test_a_town_before_man_is_the_place_when_nothing_else_is_named() -> None:
    ev = analysed(
        "A Merritt Island man was wounded in the leg on Monday night, police said.",
        "Merritt Island man hurt",
    )
    assert ev.location == "Merritt Island"


def test_a_dateline_suburb_is_not_outvoted_by_the_land_around_a_city() -> None:
    ev = analysed(
        "SNELLVILLE — Detectives are hunting for the shooter who killed two men in Atlanta's "
        "eastern suburbs. The bodies were found at a house in Snellville after a neighbor "
        "called 911.",
        "Two men shot dead at house in Atlanta suburbs",
    )
    assert ev.location == "Snellville"
    # the suburbs alone: the city they surround, as before
    ev = analysed(
        "Two men were shot dead in Atlanta's eastern suburbs, police said.",
        "Two men shot dead in Atlanta suburbs",
    )
    assert ev.location == "Atlanta"


# --------------------------------------------------------------------------- suburbs


def test_a_place_the_text_puts_in_a_big_city_s_suburbs_is_a_town_of_its_own() -> None:
    # GeoNames' radius makes Chelsea a part of Boston; "the Boston suburbs" says it is not
    ev = analysed(
        "A 17-year-old faces a murder count over a Sunday killing in the Boston suburbs. A "
        "judge ordered him jailed without bail over the Chelsea slaying of a 22-year-old."
    )
    assert (ev.location, ev.admin1) == ("Chelsea", "Massachusetts")
    ev = analysed("A man was shot dead in Chelsea, a suburb of Boston, on Sunday.")
    assert (ev.location, ev.admin1) == ("Chelsea", "Massachusetts")


def test_a_place_in_a_big_city_s_radius_without_suburbs_is_still_its_part() -> None:
    ev = analysed("A man was shot dead in Chelsea on Sunday, Boston police said.")
    assert ev.location == "Boston"


# --------------------------------------------------------------------------- state patrols


def test_a_state_s_highway_patrol_is_evidence_of_the_state() -> None:
    # the state's police work its roads only: a full vote for the state, as "State Police"
    ev = analysed(
        "A man who stole a car from a St. Louis Park woman was arrested on Friday. The North "
        "Dakota Highway Patrol found the car near Dickinson."
    )
    assert ev.admin1 == "North Dakota"


def test_a_square_named_after_a_town_is_still_weak_evidence() -> None:
    ev = event("Protesters gathered on Friday at the Saray square in Van, Turkey.")
    assert ev.country == "Turkey"


# --------------------------------------------------------------------------- schools, site names


def test_a_bare_name_the_text_uses_for_a_school_is_the_school() -> None:
    # "at Southside" after "Southside High School" is the school, not Southside, Alabama
    ev = analysed(
        "Greenville County Schools wrote to parents: Southside High School reopens Monday with "
        "classes as usual after Friday's shooting. Deputies will patrol at Southside for the "
        "rest of the term.",
        "Southside reopens Monday after Friday shooting",
    )
    assert ev.admin1 == "South Carolina"


def test_a_town_named_bare_with_its_own_county_is_still_the_town() -> None:
    ev = analysed("A man was shot at a party in Southside on Friday, Etowah County deputies said.")
    assert (ev.location, ev.admin1) == ("Southside", "Alabama")


def test_a_site_name_after_two_separators_is_no_headline_place() -> None:
    title = "Officials: 2 students to be charged after shooting at - | WBTV Charlotte"
    assert _headline(title) == (
        "Officials: 2 students to be charged after shooting at",
        ["WBTV Charlotte"],
    )
    assert not _title_mentions(get_gazetteer(), title)
    # one separator as before
    assert _headline("Man shot in Dayton - WHIO TV")[1] == ["WHIO TV"]


# --------------------------------------------------------------------------- a place in a county


def test_a_place_the_event_was_near_in_a_county_is_finer_than_the_county() -> None:
    ev = analysed(
        "LEVY COUNTY, Fla. - A 23-year-old hunter was fatally shot near Black Point on Sunday, "
        "deputies said."
    )
    assert (ev.location, ev.admin2) == ("Black Point", "Levy County")


def test_an_unknown_name_does_not_replace_a_town_nor_one_outside_the_event() -> None:
    ev = analysed(
        "A 23-year-old hunter was fatally shot in Williston, Fla., near Black Point, on Sunday, "
        "deputies said."
    )
    assert ev.location == "Williston"
    ev = analysed(
        "A 23-year-old hunter was fatally shot on Sunday, Levy County deputies said. His "
        "family had moved from Black Point to Ocala in 2019."
    )
    assert ev.location != "Black Point"


# --------------------------------------------------------------------------- an address's town


def test_a_town_after_a_street_address_is_the_scene_over_the_dateline() -> None:
    ev = analysed(
        "Police said so in a photo caption.\n\n"
        "HAMPTON, Va. - A judge refused bail Monday for a Hampton mother charged after her "
        "daughter found a loaded pistol and wounded herself on Friday.\n\n"
        "It happened shortly after 4 p.m. in the 300 block of Oak Street in Chesapeake."
    )
    assert (ev.location, ev.admin1) == ("Chesapeake", "Virginia")


def test_a_resident_s_address_is_no_scene() -> None:
    ev = analysed(
        "HAMPTON, Va. - A man was shot and wounded Tuesday in Hampton, police said.\n\n"
        "The victim, John Doe of the 900 block of Elm Street in Chesapeake, was treated and "
        "released."
    )
    assert (ev.location, ev.admin1) == ("Hampton", "Virginia")


# --------------------------------------------------------------------------- a county misread


def test_a_dateline_that_is_a_county_s_name_is_no_town() -> None:
    ev = analysed(
        "LEWIS, Ky. (The Lewis County Courier) -- Deputies of the Lewis County Sheriff's Office "
        "are looking into gunfire that hurt a woman at a trailer in Vanceburg on Monday."
    )
    assert (ev.location, ev.admin2) == ("Vanceburg", "Lewis County")


def test_a_word_glued_before_a_county_makes_no_county() -> None:
    ev = analysed(
        "Related Coverage Columbia County deputies search for a gunman\n\n"
        "A teenager was shot to death early Saturday in Columbia County, Georgia, deputies "
        "said. The shooting happened at a home in Grovetown."
    )
    assert ev.location != "Coverage Columbia"
    assert ev.admin2 == "Columbia County"


# --------------------------------------------------------------------------- a county's town


def test_a_county_alone_is_written_at_the_city_not_at_its_namesake_suburb() -> None:
    # East Pensacola Heights is a little bigger than Pensacola in GeoNames
    ev = analysed("A man was shot and killed Tuesday at a home in Escambia County, deputies said.")
    assert (ev.location, ev.admin2, ev.geo_precision) == ("Pensacola", "Escambia County", 3)


def test_a_county_named_after_its_city_with_a_compass_word_is_written_at_the_city() -> None:
    ev = analysed(
        "Deputies were called to a home in East Baton Rouge Parish on Sunday, where a teenager "
        "had been shot and killed."
    )
    assert (ev.location, ev.admin2) == ("Baton Rouge", "East Baton Rouge Parish")


def test_a_county_s_seat_stays_when_no_suburb_misleads() -> None:
    ev = analysed("A man was shot Friday at a home in Barrow County, Georgia, deputies said.")
    assert (ev.location, ev.admin2) == ("Winder", "Barrow County")
    # a merged town named after both stays itself
    ev = analysed("A woman was shot Friday at a home in Phillips County, Arkansas, deputies said.")
    assert ev.location == "Helena-West Helena"


def test_a_compass_word_before_the_town_s_name_is_the_town() -> None:
    ev = analysed(
        "ST. AUGUSTINE, Fla. - A man was shot Saturday on Kings Road in the West Augustine "
        "area, police said."
    )
    assert (ev.location, ev.admin2) == ("Saint Augustine", "Saint Johns County")
    # another area keeps its name
    ev = analysed(
        "ST. AUGUSTINE, Fla. - A man was shot Saturday on Kings Road in the Lincolnville "
        "area, police said."
    )
    assert ev.location == "Lincolnville"


# --------------------------------------------------------------------------- a township


def test_a_township_the_event_is_set_in_is_finer_than_its_county() -> None:
    ev = analysed(
        "ISABELLA COUNTY, Mich. - A man was wounded in a hunting accident Saturday in "
        "Deerfield Township, deputies said."
    )
    assert (ev.location, ev.admin2, ev.geo_precision) == ("Deerfield", "Isabella County", 2)


def test_a_township_someone_came_from_is_not_the_place() -> None:
    ev = analysed(
        "ISABELLA COUNTY, Mich. - A man was wounded in a hunting accident Saturday, deputies "
        "said. He had moved from Deerfield Township last year."
    )
    assert (ev.location, ev.admin2) == ("Mount Pleasant", "Isabella County")


# --------------------------------------------------------------------------- an arrest's town


def test_the_town_of_an_arrest_after_the_harm_is_not_the_scene() -> None:
    ev = analysed(
        "A second man has been arrested after a shooting that left six people wounded at a "
        "party.\n\nJohn Doe was arrested at his Newnan home on Tuesday night, the marshals "
        "announced. The sheriff had asked the marshals for help with the investigation into "
        "the Aug. 3 shooting at the Oak Hall in Greenville, Georgia.\n\nSix people were hurt. "
        "Police said the second suspect, Jim Roe, was also arrested in Newnan."
    )
    assert (ev.location, ev.admin1) == ("Greenville", "Georgia")


def test_a_home_where_someone_was_shot_stays_the_scene_beside_an_arrest() -> None:
    ev = analysed(
        "John Doe, 30, was shot and wounded at his Newnan home on Wednesday, police said. "
        "Officers later arrested his brother in Greenville, Georgia."
    )
    assert (ev.location, ev.admin1) == ("Newnan", "Georgia")


# --------------------------------------------------------------------------- a headline's scene


_SHOOTOUT = (
    "A man was killed by gunfire early Monday outside a tavern in the 2600 block of Harrison "
    "Street, the Lake County coroner said. Tom Brell, 31, of the 400 block of Birch Lane in "
    "Griffith, was declared dead at the scene.\n\nThree others were hurt. Gary police closed "
    "the street."
)


def test_a_word_before_a_headline_s_scene_noun_is_the_town_the_text_names() -> None:
    ev = analysed(_SHOOTOUT, title="One Dead in Gary Shootout Near Bar")
    assert (ev.location, ev.admin1) == ("Gary", "Indiana")


def test_a_headline_s_word_the_text_does_not_name_is_no_town() -> None:
    ev = analysed(_SHOOTOUT, title="One Dead in Reading Shootout Near Bar")
    assert ev.location != "Reading"


def test_the_town_of_the_harm_s_own_noun_is_the_scene_over_the_court_s_dateline() -> None:
    ev = analysed(
        "BOISE, Idaho (AP) - A man charged with the shooting of his neighbor in Meridian last "
        "spring has pleaded not guilty.\n\nThe man entered the plea Wednesday, his lawyer said."
    )
    assert (ev.location, ev.admin1) == ("Meridian", "Idaho")
    ev = analysed(
        "BOISE, Idaho - A man charged in the deadly shooting of a teenager in their Meridian "
        "home has pleaded not guilty."
    )
    assert (ev.location, ev.admin1) == ("Meridian", "Idaho")


def test_another_shooting_the_story_recalls_does_not_move_the_scene() -> None:
    ev = analysed(
        "BOISE, Idaho - A man was shot and killed Tuesday in Boise, police said. It was the "
        "third shooting in the city this year; another shooting in Meridian last month "
        "remains unsolved."
    )
    assert (ev.location, ev.admin1) == ("Boise", "Idaho")


def test_a_big_city_in_a_headline_needs_no_text_to_agree() -> None:
    ev = analysed(
        "Send us your news tips here. Contact our anchors and reporters.",
        title="Brooklyn Center Man Charged In Downtown Minneapolis Shooting",
    )
    assert (ev.location, ev.admin1) == ("Minneapolis", "Minnesota")


# --------------------------------------------------------------------------- "the Town of X"


def test_a_town_named_with_its_capitalised_title_is_that_town() -> None:
    ev = analysed(
        "Deputies said a deer hunter was hit by a stray round Saturday morning in the Town of "
        "West Sweden, a few miles from Cumberland, Wisconsin."
    )
    assert ev.location == "West Sweden"
    assert ev.country == "United States"


def test_a_title_before_a_known_town_keeps_the_town() -> None:
    ev = analysed("A man was shot Friday night in the City of Miami, police said.")
    assert (ev.location, ev.admin1) == ("Miami", "Florida")


def test_a_compass_word_before_a_country_without_a_title_is_no_town() -> None:
    ev = analysed(
        "Two men were shot Friday in Cumberland, Wisconsin. One had moved from West Sweden."
    )
    assert ev.location == "Cumberland"


# --------------------------------------------------------------------------- a school's town


def test_a_town_in_school_names_gives_way_to_the_place_of_the_death() -> None:
    ev = analysed(
        "A student of the Oakwood Independent School District was killed in a weekend hunting "
        "mishap. Sam Doe, a sophomore at Oakwood High School, died Saturday morning in Webb "
        "County while on a trip with his uncle. Oakwood ISD spokesperson Ann Roe said grief "
        "counselors were on hand.",
        title="Oakwood students mourn teen killed while hunting",
    )
    assert ev.admin2 == "Webb County"
    assert ev.location != "Oakwood"


def test_a_shooting_at_a_school_named_after_its_town_stays_in_the_town() -> None:
    ev = analysed(
        "A student was shot Tuesday morning at Whitehouse High School, police in Whitehouse "
        "said. The student was taken to a hospital in Tyler."
    )
    assert (ev.location, ev.admin1) == ("Whitehouse", "Texas")


def test_the_town_of_a_victims_school_is_no_town_of_the_countys_event() -> None:
    ev = analysed(
        "MIAMI-DADE COUNTY, Fla. - A 16-year-old girl died when someone fired from a passing car "
        "late Wednesday in southwest Miami-Dade County, police said.\n\nShe was a student at "
        "Jan Doe Opportunity School in Miami Gardens, the school district said."
    )
    assert ev.admin2 == "Miami-Dade County"
    assert ev.location != "Miami Gardens"


def test_a_shooting_at_a_school_in_a_town_of_the_county_is_in_that_town() -> None:
    ev = analysed(
        "MIAMI-DADE COUNTY, Fla. - A 16-year-old girl was wounded Wednesday at Jan Doe "
        "Opportunity School in Miami Gardens, police said."
    )
    assert ev.location == "Miami Gardens"


# --------------------------------------------------------------------------- a name after an age


def test_an_unknown_name_after_an_age_is_a_person_not_a_site() -> None:
    ev = analysed(
        "A grand jury found that a Portland police officer was justified in the February "
        "shooting death of 17-year-old Zandrice (pronounced ZAN-dris) Doe in Portland."
    )
    assert (ev.location, ev.admin1) == ("Portland", "Oregon")


def test_a_known_town_after_an_age_stays_a_town() -> None:
    ev = analysed("A 6-year-old Villa Park boy was shot Friday night at his home, police said.")
    assert (ev.location, ev.admin1) == ("Villa Park", "Illinois")


# --------------------------------------------------------------------------- a photo's caption


def test_a_photo_captions_town_gives_way_to_the_storys() -> None:
    ev = analysed(
        "The car at the end of the chase near Main Street in Easley. (Photo: Jo Doe/WXYZ)\n\n"
        "Deputies found two people wounded inside a house on Cedar Lane in Pelzer shortly "
        "after 5 p.m. on Thursday, the sheriff said.\n\nThe gunman fled and wrecked his truck "
        "in Easley, where he was arrested.",
        title="Two wounded in Pelzer",
    )
    assert (ev.location, ev.admin1) == ("Pelzer", "South Carolina")


def test_a_lede_ending_in_brackets_is_no_caption() -> None:
    ev = analysed(
        "Three people were shot Wednesday at a home in Easley (near the county line).\n\n"
        "The suspect was later arrested in Pelzer."
    )
    assert (ev.location, ev.admin1) == ("Easley", "South Carolina")


def test_a_street_after_a_person_named_with_an_age_stays_a_street() -> None:
    ev = analysed(
        "Four people were wounded late Friday in Chattanooga, police said. Another victim, a "
        "19-year-old Jo Doe on South Willow Street, later waved down a patrol car with a graze "
        "wound."
    )
    assert (ev.location, ev.admin1) == ("Chattanooga", "Tennessee")


# ------------------------------------------------------------------ the harm's noun after a town


def test_a_town_before_the_harm_s_noun_is_the_scene_over_the_dateline() -> None:
    ev = analysed(
        "KENNEWICK, Wash. - A man who fled after a Pasco shooting that wounded a woman on "
        "Sunday was arrested Monday, police said."
    )
    assert (ev.location, ev.admin1) == ("Pasco", "Washington")


def test_a_town_before_another_police_noun_or_a_series_is_not_the_scene() -> None:
    # the police of a town, or one shooting of a town's series, set nothing in the town
    ev = analysed(
        "KENNEWICK, Wash. - A man who fled after a shooting that wounded a woman on Sunday was "
        "arrested Monday by Pasco police officers, police said."
    )
    assert (ev.location, ev.admin1) == ("Kennewick", "Washington")
    ev = analysed(
        "KENNEWICK, Wash. - A man was shot and wounded on Sunday, police said. It was the "
        "third Pasco shooting this year."
    )
    assert (ev.location, ev.admin1) == ("Kennewick", "Washington")


def test_the_harm_s_noun_after_a_town_only_right_after_it() -> None:
    from newsfold.analyse.where.event_place import _harm_noun_after
    from newsfold.analyse.where.mentions import _Mention

    def after(text: str, name: str) -> bool:
        at = text.index(name)
        m = _Mention(0, 1, at, at + len(name), name, name.lower(), (), 0)
        return _harm_noun_after(text, m)

    assert after("after a Pasco shooting that wounded a woman", "Pasco")
    assert after("in the Pasco double homicide case", "Pasco")
    assert not after("in the Pasco officer-involved shooting", "Pasco")
    assert not after("two Pasco police officers", "Pasco")
    assert not after("another Pasco shooting", "Pasco")
    assert not after("a Pasco shooting-range fire", "Pasco")


def test_a_headline_s_town_before_the_harm_s_noun_is_the_scene() -> None:
    text = "Subscribe for the latest news from Fort Worth and the rest of Tarrant County."
    ev = analysed(text, title="Allen shooting after Facebook fight was over a car")
    assert (ev.location, ev.admin1) == ("Allen", "Texas")
    ev = analysed(text, title="Allen man held after Dallas shooting")
    assert (ev.location, ev.admin1) == ("Dallas", "Texas")


# --------------------------------------------------------------------------- a person's address


def test_the_town_of_a_person_s_street_address_is_a_home() -> None:
    ev = analysed(
        "Carter County deputies found Tom Baker, 52, 190 Maple Ridge Drive, Johnson City, "
        "holding a towel to the leg of Ray Hill, who had been shot."
    )
    assert (ev.admin2, ev.admin1) == ("Carter County", "Tennessee")
    ev = analysed(
        "Carter County deputies found Tom Baker, Maple Ridge Drive, Johnson City, holding a "
        "towel to the leg of Ray Hill, who had been shot."
    )
    assert (ev.admin2, ev.admin1) == ("Carter County", "Tennessee")


def test_a_street_s_town_without_a_person_stays_the_scene() -> None:
    ev = analysed("A man was shot on Maple Ridge Drive, Johnson City, police said.")
    assert (ev.location, ev.admin1) == ("Johnson City", "Tennessee")


def test_the_address_readers_know_the_same_street_kinds() -> None:
    # one list (`vocabulary.STREET_SUFFIX`) for a person's address and an address before its town
    from newsfold.analyse.where.event_place import _ADDRESS_BEFORE
    from newsfold.analyse.where.scanner import _PERSON_ADDRESS

    for kind in ("Parkway", "Pkwy.", "Way", "Place", "Ave.", "Terrace", "Blvd."):
        assert _PERSON_ADDRESS.search(f"deputies found Tom Baker, 41, 77 Orchard {kind}, ")
        assert _ADDRESS_BEFORE.search(f"a man was shot at 205 Orchard {kind}, in ")
    # not a street's kind: an English word, a farm, a street word in lower case
    assert not _ADDRESS_BEFORE.search("the crowd slowly made its way in ")
    assert not _ADDRESS_BEFORE.search("he was shot at the Orchard Farms in ")
    assert not _PERSON_ADDRESS.search("deputies found Tom Baker, 41, Orchard Farms, ")


# --------------------------------------------------------------- the headline's site and clauses


def test_a_site_s_name_opening_the_headline_is_the_outlet() -> None:
    title = "Youngstown News, Campbell man charged in wounding of cousin"
    assert _headline(title) == (
        "Campbell man charged in wounding of cousin",
        ["Youngstown News"],
    )
    ev = analysed(
        "Staff report\n\nA local man went before a municipal judge here Monday over the "
        "wounding of his cousin.",
        title=title,
    )
    assert (ev.location, ev.admin1) == ("Campbell", "Ohio")


def test_an_english_word_opening_a_headline_s_clause_needs_the_text() -> None:
    url = "http://www.miamiherald.com/news/local/crime/article1.html"
    ev = next(
        iter(
            analyse_many(
                [
                    Article(
                        id="t",
                        title="Three shootings in two days: Marine killed, teen hurt",
                        text="Oops, you have not selected any newsletters.",
                        url=url,
                    )
                ]
            )
        )
    ).event
    assert ev.location != "Marine"
    # named in the text too, the town stays
    ev = analysed(
        "A man was shot in Marine, Illinois, on Sunday.", title="Weekend news: Marine man shot"
    )
    assert (ev.location, ev.admin1) == ("Marine", "Illinois")


# --------------------------------------------------------------------------- a site's namesake


def test_a_town_named_only_in_a_site_s_name_is_the_city_outlet_s_part() -> None:
    url = "http://www.wlky.com/article/teen-shot/1"
    ev = event(
        "A teenager was shot and killed while walking home from the Beechmont Community "
        "Center on Thursday, police said. Friends at the Beechmont Community Center described "
        "him as friendly.",
        url=url,
    )
    assert (ev.location, ev.admin1) == ("Louisville", "Kentucky")
    ev = event(
        "Four men were shot near Kingsessing Park on Tuesday night, police said.",
        url="http://www.westphillylocal.com/2013/08/13/four-men-shot/",
    )
    assert (ev.location, ev.admin1) == ("Philadelphia", "Pennsylvania")


def test_a_town_named_bare_or_near_the_outlet_s_city_stays() -> None:
    url = "http://www.westphillylocal.com/2013/08/13/four-men-shot/"
    ev = event(
        "A teenager was shot and killed on Thursday in Jeffersontown, police said.",
        url="http://www.wlky.com/article/teen-shot/1",
    )
    assert ev.location == "Jeffersontown"
    # a suburb's park, 25 km out: the suburb's
    ev = event("Four men were shot near Norristown Park on Tuesday night, police said.", url=url)
    assert ev.location == "Norristown"


def test_a_heading_s_harm_is_no_scene_for_the_story() -> None:
    from newsfold.analyse.where.event_place import _harm_noun_after
    from newsfold.analyse.where.mentions import _Mention

    text = "Pasco shooting\nThe next night deputies were called to a home."
    m = _Mention(0, 1, 0, 5, "Pasco", "pasco", (), 0)
    assert not _harm_noun_after(text, m)


def test_a_town_opening_a_headline_s_clause_stays_without_the_text() -> None:
    # not a person's role: the town, though WordNet lists its name
    ev = analysed(
        "Subscribe to our newsletters.", title="Update: Sarasota death ruled homicide by police"
    )
    assert ev.location == "Sarasota"


# --------------------------------------------------------------------------- unseen towns


def reported(text: str, title: str | None = None, url: str | None = None) -> Event:
    """The whole analysis of a page with its headline and address."""
    return next(iter(analyse_many([Article(id="t", title=title, text=text, url=url)]))).event


def test_a_town_said_of_a_site_without_a_name_is_the_scene() -> None:
    # "in a Killbuck bar": a bar in Killbuck, not a site named after a namesake (a named site
    # takes no article: "near Kingsessing Park", above); the Columbus station's story
    ev = reported(
        "Two men were wounded when shots were fired in a Killbuck bar late Friday, deputies "
        "said. One was airlifted to a trauma center.",
        url="http://www.10tv.com/content/stories/2013/09/30/bar-shooting.html",
    )
    assert (ev.location, ev.admin1) == ("Killbuck", "Ohio")


def test_a_headline_s_state_after_its_town() -> None:
    g = get_gazetteer()
    nj = g.admin1_rows[("US", "New Jersey")]
    ms = _title_mentions(g, "Suspect sought after 5 shot at Millville, NJ home")
    assert [m.qual_rows for m in ms if m.key == "millville"] == [[nj]]
    ms = _title_mentions(g, "Lima, Ohio, man charged in shooting")
    assert [m.qual_rows for m in ms if m.key == "lima"] == [[g.admin1_rows[("US", "Ohio")]]]
    # a Title Case word is no abbreviation: "Or", "In", "Me"
    ms = _title_mentions(g, "Shots Fired In Salem, Or So Neighbors Say")
    assert all(not m.qual_rows for m in ms)


def test_a_town_written_once_with_its_state_is_that_town_when_repeated_bare() -> None:
    # a Philadelphia station, a text naming Pennsylvania: the headline's New Jersey town
    ev = reported(
        "Investigators have named a suspect. Millville police say he faces weapons charges. "
        "He left in a pickup bearing Pennsylvania plates.",
        title="Suspect sought after 5 shot at Millville, NJ home",
        url="http://6abc.com/news/suspect-sought/123456/",
    )
    assert (ev.location, ev.admin1) == ("Millville", "New Jersey")


def test_two_qualified_namesakes_settle_no_bare_repetition() -> None:
    from newsfold.analyse.where.mentions import _Mention
    from newsfold.analyse.where.resolve import _repeated_qualified

    g = get_gazetteer()
    rows = [r for r in g.lookup("Millville") if g.cc[r] == "US" and g.kind[r] == "city"]
    nj = next(r for r in rows if g.admin1[r] == "New Jersey")
    pa = next(r for r in rows if g.admin1[r] == "Pennsylvania")

    def mention(best: int, state: str | None) -> _Mention:
        m = _Mention(0, 1, 0, 9, "Millville", "millville", tuple(rows), 0)
        m.best = best
        if state:
            m.qual_rows = [g.admin1_rows[("US", state)]]
        return m

    bare = mention(pa, None)
    _repeated_qualified(g, [mention(nj, "New Jersey"), bare])
    assert bare.best == nj
    bare = mention(pa, None)
    _repeated_qualified(g, [mention(nj, "New Jersey"), mention(pa, "Pennsylvania"), bare])
    assert bare.best == pa


def test_a_site_s_town_after_a_break_qualifies_no_headline_town() -> None:
    g = get_gazetteer()
    ms = _title_mentions(
        g, "Three dead in shooting near a mall - Action News 5 - Memphis, Tennessee"
    )
    assert all(not m.qual_rows for m in ms)


def test_a_home_in_the_namesake_across_the_line_is_the_outlet_s_city() -> None:
    # a Kansas City, Missouri station's story whose only town is the suspect's home in
    # Kansas City, Kansas: the station's city
    url = "http://www.kctv5.com/story/123/woman-killed"
    for home in ("31 of Kansas City, KS", "31, of Kansas City, Kan."):
        ev = event(
            "Charges have been filed in the killing of a woman at an apartment at Elm and Grove "
            f"avenues. John Smith, {home}, has been charged with murder.",
            url=url,
        )
        assert (ev.location, ev.admin1) == ("Kansas City", "Missouri")


def test_a_scene_in_the_namesake_or_a_home_elsewhere_stays() -> None:
    url = "http://www.kctv5.com/story/123/woman-killed"
    # the scene itself across the line
    ev = event(
        "A woman was shot and killed Thursday in Kansas City, Kan. John Smith, 31, of Kansas "
        "City, Kan., has been charged with murder.",
        url=url,
    )
    assert (ev.location, ev.admin1) == ("Kansas City", "Kansas")
    # a home that is no namesake of the outlet's city
    ev = event(
        "Charges have been filed in the killing of a woman. John Smith, 31, of Olathe, Kan., "
        "has been charged with murder.",
        url=url,
    )
    assert (ev.location, ev.admin1) == ("Olathe", "Kansas")
    # an outlet of another city
    ev = event(
        "Charges have been filed in the killing of a woman. John Smith, 31, of Kansas City, "
        "Kan., has been charged with murder.",
        url="http://www.wichitaeagle.com/news/local/crime/article1.html",
    )
    assert (ev.location, ev.admin1) == ("Kansas City", "Kansas")


# --------------------------------------------------------------------------- numbered names


def test_a_town_named_with_a_spelled_number_is_a_town() -> None:
    # the model labels "Two Rivers" and "Seven Hills" numbers (CARDINAL, PERCENT)
    ev = event("A man was shot late Sunday in Two Rivers, police said. He was from Appleton.")
    assert (ev.location, ev.admin1) == ("Two Rivers", "Wisconsin")
    ev = event("Deputies were called to a shooting in Seven Hills, Ohio, on Monday night.")
    assert (ev.location, ev.admin1) == ("Seven Hills", "Ohio")
    ev = event("THREE RIVERS, Mich. (AP) - A woman was wounded in a shooting Friday.")
    assert (ev.location, ev.admin1) == ("Three Rivers", "Michigan")


def test_a_number_before_a_plain_word_stays_a_number() -> None:
    # "two rivers" in lower case, and "Two Men" (no town), are numbers
    ev = event("A man was shot Sunday in Toledo, Ohio, where two rivers meet, police said.")
    assert (ev.location, ev.admin1) == ("Toledo", "Ohio")
    ev = event("Two Men Shot Outside Bar In Toledo, Ohio. Police are looking for the shooter.")
    assert (ev.location, ev.admin1) == ("Toledo", "Ohio")


def test_a_name_the_model_labels_a_number_is_a_town() -> None:
    # the model may label an unfamiliar town's name CARDINAL ("a Fruitvale man")
    ev = event("Mesa County deputies jailed a Fruitvale man Sunday after a shooting near a park.")
    assert (ev.location, ev.admin1) == ("Fruitvale", "Colorado")


def test_a_number_word_in_a_name_keeps_it_a_number() -> None:
    from newsfold.analyse.where.candidates import _named_not_numbered
    from newsfold.analyse.where.mentions import _Mention

    def mention(text: str, label: str) -> _Mention:
        return _Mention(0, 1, 0, len(text), text, text.lower(), (), 0, label=label)

    assert _named_not_numbered(mention("Two Rivers", "CARDINAL"))
    assert _named_not_numbered(mention("FRUITVALE", "CARDINAL"))
    assert not _named_not_numbered(mention("Two Hundred", "CARDINAL"))
    assert not _named_not_numbered(mention("First", "ORDINAL"))
    assert not _named_not_numbered(mention("two rivers", "CARDINAL"))
    assert not _named_not_numbered(mention("Route 66", "CARDINAL"))
    assert not _named_not_numbered(mention("Two Rivers", "DATE"))  # a date stays a date
