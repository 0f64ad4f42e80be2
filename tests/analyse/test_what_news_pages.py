"""analyse/what and who on news pages about shootings: the event type and actors an analyst reads
first. Lines of other stories, people sitting or arriving, a force that only reported, a group
someone pledged allegiance to. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsfold.analyse import what, who
from newsfold.analyse.context import Context
from newsfold.analyse.nlp import get_nlp
from newsfold.records import Article, Event


def run(text: str, title: str | None = None, country: str | None = "United States") -> Event:
    ctx = Context(article=Article(id="t", text=text, title=title), doc=get_nlp()(text), anchor=None)
    ctx.event.country = country
    what.annotate(ctx)
    who.annotate(ctx)
    return ctx.event


def kind(text: str, title: str | None = None) -> tuple[str | None, str | None]:
    ev = run(text, title)
    return ev.event_type, ev.sub_event_type


US = " (United States)"


# --- lines of other stories ------------------------------------------------------------------


def test_a_playlist_of_other_videos_is_no_event() -> None:
    text = (
        "0:24 Officers search a field after a shooting in Riverton Pause\n\n"
        "1:38 Air strike kills militants in the north, officials say\n\n"
        "3:05 Minister: defeating ISIS is a priority\n\n"
        "1:12 Bakery opens its doors on Main Street"
    )
    ev = run(text, title="Man arrested after traffic stop in Riverton")
    assert (ev.event_type, ev.actor1) == (None, None)


def test_the_story_is_read_and_its_playlist_left_out() -> None:
    text = (
        "Two men were shot and wounded outside a bar on Elm Street late Saturday, police said.\n\n"
        "3:05 Minister: defeating ISIS is a priority\n\n"
        "2:10 Drone strike hits a convoy in the desert"
    )
    ev = run(text, title="Two wounded in Elm Street shooting")
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    assert ev.actor1 == "Unidentified Armed Group" + US
    assert ev.actor2 == "Civilians" + US


def test_a_timeline_of_earlier_incidents_is_not_the_event() -> None:
    text = (
        "Police are investigating a shooting that wounded three people at a park on Sunday.\n\n"
        "June 2009: Rioters torch cars in the city after a police shooting"
    )
    assert kind(text, title="Three wounded at park")[0] == "Violence against civilians"


def test_an_article_on_one_line_is_read_whole() -> None:
    # an ACLED-style note is one line: nothing of it is another story
    text = "On 3 May 2020, ISIS militants attacked a village near Kirkuk, killing two civilians."
    ev = run(text, country="Iraq")
    assert ev.event_type == "Violence against civilians"
    assert ev.actor1 == "Islamic State"


# --- people sitting, arriving, finding, staging --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two men were shot while sitting in a parked car on Elm Street on Sunday night.",
        "A girl was sitting in her classroom when she was shot with a pellet gun.",
    ],
)
def test_sitting_in_a_car_is_no_sit_in(text: str) -> None:
    assert kind(text) == ("Violence against civilians", "Attack")


def test_a_sit_in_is_still_a_protest() -> None:
    assert kind("Students staged a sit-in at the ministry on Monday.") == (
        "Protests",
        "Peaceful protest",
    )
    assert kind("Workers sat in at the factory gates to demand their wages.")[0] == "Protests"


def test_a_press_conference_is_no_protest() -> None:
    text = (
        "The sheriff's office staged a press conference on Monday. Two people were killed in the "
        "shooting at the store, deputies said."
    )
    assert kind(text)[0] == "Violence against civilians"


@pytest.mark.parametrize(
    "text",
    [
        "When deputies arrived, they saw a woman with a bullet wound on the porch steps.",
        "Police arrived on the scene and found two men shot.",
    ],
)
def test_an_arrival_at_the_scene_is_no_deployment(text: str) -> None:
    assert kind(text) == ("Violence against civilians", "Attack")


def test_reinforcements_arriving_are_a_change_of_activity() -> None:
    assert kind("Government reinforcements arrived in the town on Monday.") == (
        "Strategic developments",
        "Change to group/activity",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Relatives say the boy found a gun in a drawer at the house on Sunday.",
        "No weapon has been found, police said.",
    ],
)
def test_a_gun_found_by_a_child_or_not_found_is_no_seizure(text: str) -> None:
    assert kind(text)[1] != "Disrupted weapons use"


def test_soldiers_finding_weapons_is_a_seizure() -> None:
    assert kind("Soldiers found a cache of weapons in a house in the village.") == (
        "Strategic developments",
        "Disrupted weapons use",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Police were going to take his mother to headquarters to find out what happened.",
        "A pair of troopers sat in a patrol car parked by the county headquarters on Thursday.",
    ],
)
def test_headquarters_as_a_place_is_no_base(text: str) -> None:
    assert kind(text)[1] != "Headquarters or base established"


def test_moving_headquarters_is_a_base() -> None:
    assert kind("Al Shabaab moved its headquarters to the town of Jilib.")[1] == (
        "Headquarters or base established"
    )


# --- a gathering attacked ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot into a candlelight vigil for a murdered student, killing a woman and "
        "injuring two others.",
        "A gunman who killed two people during a street festival and march was arrested.",
    ],
)
def test_gunmen_firing_on_a_gathering_is_an_attack(text: str) -> None:
    assert kind(text)[0] == "Violence against civilians"


def test_officers_killed_during_a_protest_by_an_unnamed_gunman() -> None:
    ev = run("Three police officers were killed during a protest downtown on Thursday night.")
    assert ev.event_type == "Battles"
    assert ev.actor1 == "Unidentified Armed Group" + US
    assert ev.actor2 == "Police Forces of United States"


def test_police_firing_on_a_protest_stays_a_protest() -> None:
    text = "Police opened fire on a protest in the capital, killing two demonstrators."
    assert kind(text) == ("Protests", "Excessive force against protesters")


# --- who took part -----------------------------------------------------------------------------


def test_police_who_only_reported_a_shootout_are_no_side() -> None:
    ev = run(
        "Four people were wounded in a shootout outside a bar early Saturday, police said. "
        "Officers arrived to find the victims on the sidewalk."
    )
    assert ev.event_type == "Battles"
    assert ev.actor1 == "Unidentified Armed Group" + US
    assert ev.actor2 != "Police Forces of United States"


def test_police_who_exchanged_fire_are_a_side() -> None:
    ev = run("Two officers exchanged fire with a gunman outside a bank on Friday.")
    assert (ev.event_type, ev.actor1, ev.actor2) == (
        "Battles",
        "Police Forces of United States",
        "Unidentified Armed Group" + US,
    )


def test_a_group_he_pledged_allegiance_to_is_not_the_actor() -> None:
    ev = run(
        "A gunman opened fire at a nightclub early Sunday, killing three people. Investigators "
        "said the gunman had pledged allegiance to ISIS in a phone call."
    )
    assert ev.event_type == "Violence against civilians"
    assert ev.actor1 == "Unidentified Armed Group" + US


def test_a_group_that_attacked_is_the_actor() -> None:
    text = "ISIS militants attacked a village near Mosul, killing four civilians."
    ev = run(text, country="Iraq")
    assert ev.actor1 == "Islamic State"


def test_a_surname_shared_with_a_group_is_no_group() -> None:
    ev = run(
        "A man was shot and wounded on Main Street on Wednesday.\n\n"
        "An officer walks past the scene. (Photo: Nick Wagner, Daily News)"
    )
    assert ev.actor1 == "Unidentified Armed Group" + US


def test_a_group_read_as_a_person_is_still_a_group() -> None:
    ev = run("Boko Haram fighters killed 12 villagers in Borno on Monday.", country="Nigeria")
    assert ev.actor1 == "Boko Haram"


# --- a fight of people nobody says were armed ----------------------------------------------


def test_people_shot_during_a_fight_were_attacked() -> None:
    text = "Three men were shot during a fight in the parking area of a taco stand late Wednesday."
    assert kind(text) == ("Violence against civilians", "Attack")


def test_a_fight_with_no_arms_is_a_brawl() -> None:
    text = "A fight broke out among several men at a party on Sunday, and two were stabbed."
    assert kind(text) == ("Riots", "Mob violence")


@pytest.mark.parametrize(
    "text",
    [
        "Heavy fighting broke out in the district on Monday, leaving five dead.",
        "A fight between soldiers and militants left three dead near the border.",
    ],
)
def test_fighting_and_a_fight_of_armed_sides_stay_battles(text: str) -> None:
    assert kind(text) == ("Battles", "Armed clash")


def test_men_who_opened_fire_are_no_mob() -> None:
    text = "Two men opened fire on a house party, wounding four people."
    assert kind(text) == ("Violence against civilians", "Attack")


def test_communities_fighting_with_guns_stay_a_battle() -> None:
    text = "A fight between herders and farmers armed with guns left four dead in the village."
    assert kind(text)[0] == "Battles"


# --- who told of it, who arrested ------------------------------------------------------------


def test_police_who_say_who_shot_are_no_shooters() -> None:
    ev = run("A woman who police say shot two neighbours last spring was sentenced on Friday.")
    assert ev.event_type == "Violence against civilians"
    assert ev.actor1 == "Unidentified Armed Group" + US


def test_police_investigating_a_shooting_did_not_shoot() -> None:
    ev = run("Police are investigating after three teenagers were shot near a bus stop on Sunday.")
    assert ev.actor1 == "Unidentified Armed Group" + US


def test_a_headline_label_is_no_actor() -> None:
    ev = run("Police: 3-year-old boy hit by stray bullet in South Fresno")
    assert ev.actor1 == "Unidentified Armed Group" + US
    assert ev.actor2 == "Civilians" + US


def test_who_arrested_the_shooter_is_not_the_attacker() -> None:
    ev = run("County police arrested a teenager they suspect of shooting two shoppers on Saturday.")
    assert ev.event_type == "Violence against civilians"
    assert ev.actor1 == "Unidentified Armed Group" + US


def test_police_who_shot_a_man_are_the_actor() -> None:
    ev = run("A carjacking suspect was shot by officers while he ran from a stolen van.")
    assert ev.actor1 == "Police Forces of United States"


def test_gunmen_who_stormed_and_killed_share_the_subject() -> None:
    ev = run("Gunmen stormed the village and killed five people.", country="Nigeria")
    assert ev.actor1 == "Unidentified Armed Group (Nigeria)"


# --- tabloid words, playlists run into a line, a gathering attacked -----------------------------


def test_blasting_someone_to_death_is_shooting_not_a_bomb() -> None:
    text = "The husband blasted his brother-in-law to death after a row over cash and shot his son."
    assert kind(text) == ("Violence against civilians", "Attack")


def test_blasting_a_bridge_is_still_an_explosion() -> None:
    assert kind("Militants blasted the bridge with explosives on Monday.")[0] == (
        "Explosions/Remote violence"
    )


def test_a_playlist_run_into_one_line_is_other_stories() -> None:
    text = (
        "Two people were shot at a park on Sunday.\n\n"
        "weather 1:12 Bus slides off icy road on Route 40 0:48 Teen arrested after store "
        "break-in 2:03 Bake sale for the library 1:25 Burglar caught on doorbell camera"
    )
    assert kind(text) == ("Violence against civilians", "Attack")
    only_playlist = (
        "weather 1:12 Bus slides off icy road on Route 40 0:48 Teen arrested after store "
        "break-in 2:03 Bake sale for the library 1:25 Burglar caught on doorbell camera"
    )
    assert kind(only_playlist) == (None, None)


def test_times_of_day_are_no_playlist() -> None:
    text = (
        "Police were called at 1:30 Sunday, again at 2:15 Sunday and at 3:40 Sunday after "
        "shots were fired at a house, and found two men wounded."
    )
    assert kind(text)[0] == "Violence against civilians"


def test_a_vigil_for_people_shot_at_a_rally_is_the_vigil() -> None:
    text = "Residents held a vigil on Sunday for the victims who were shot at a rally last week."
    assert kind(text) == ("Protests", "Peaceful protest")


def test_gunmen_firing_on_a_demonstration_attack_it() -> None:
    text = "Unidentified gunmen opened fire on a demonstration in the town, killing two."
    assert kind(text)[0] == "Violence against civilians"


def test_found_shot_is_who_was_shot() -> None:
    ev = run("Police found a man shot in the driveway on Sunday.")
    assert (ev.event_type, ev.actor1) == (
        "Violence against civilians",
        "Unidentified Armed Group" + US,
    )


def test_villagers_beating_policemen_are_still_a_mob() -> None:
    text = "Villagers beat two policemen with sticks after a dispute over land."
    assert kind(text) == ("Riots", "Mob violence")


def test_a_shooting_while_two_men_fought_is_the_event() -> None:
    text = "Witnesses say two brothers were fighting in a driveway when the shooting happened."
    assert kind(text) == ("Violence against civilians", "Attack")


def test_rebels_and_soldiers_fighting_stay_a_battle() -> None:
    text = "Rebels and soldiers were fighting near the town when the shooting started."
    assert kind(text) == ("Battles", "Armed clash")


def test_a_party_that_turned_violent_is_no_riot() -> None:
    text = (
        "A birthday party turned violent after uninvited guests arrived and one of them drew a "
        "pistol and shot three people."
    )
    assert kind(text) == ("Violence against civilians", "Attack")


def test_a_march_that_turned_violent_is_a_riot() -> None:
    assert kind("The march turned violent when protesters threw stones at police.")[0] == "Riots"


def test_police_who_only_spoke_are_no_rioters_target() -> None:
    text = "A fight broke out among several men at a party on Sunday, and two were stabbed."
    ev = run(text + " Police said no arrests were made.")
    assert ev.event_type == "Riots"
    assert ev.actor2 != "Police Forces of United States"


def test_locals_who_turned_violent_are_rioters() -> None:
    text = (
        "Dozens of youths who defied the curfew turned violent and were scattered by police "
        "firing tear gas."
    )
    assert kind(text)[0] == "Riots"


# --- arrests that are not ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police issued an arrest warrant for the suspect on Monday.",
        "She said she was scared before she picked up her little brother from the school.",
    ],
)
def test_an_arrest_warrant_or_picking_up_a_brother_is_no_arrest(text: str) -> None:
    assert kind(text)[1] != "Arrests"


@pytest.mark.parametrize(
    "text",
    [
        "Police picked up two suspects in the raid.",
        "Security forces placed the opposition leader under house arrest.",
    ],
)
def test_picking_up_suspects_and_house_arrest_are_arrests(text: str) -> None:
    assert kind(text) == ("Strategic developments", "Arrests")


def test_removing_a_magazine_is_no_intervention() -> None:
    text = "The boy removed the magazine from his uncle's pistol and hid it in a kitchen drawer."
    assert kind(text)[0] != "Protests"


def test_police_removing_protesters_is_an_intervention() -> None:
    text = "Police removed the protesters from the square after a sit-in of three hours."
    assert kind(text) == ("Protests", "Protest with intervention")
