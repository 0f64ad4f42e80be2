"""analyse/what: ACLED event and sub-event types from sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfold.analyse import analyse, what
from newsfold.analyse.context import Context
from newsfold.analyse.nlp import get_nlp
from newsfold.ingest import clean_record, derive_id, read_inputs
from newsfold.records import EVENT_TYPES, Analysis, Article, RawRecord


def run(text: str, country: str | None = "Nigeria") -> Context:
    ctx = Context(article=Article(id="t", text=text), doc=get_nlp()(text), anchor=None)
    ctx.event.country = country
    what.annotate(ctx)
    return ctx


def types(text: str) -> tuple[str | None, str | None]:
    ev = run(text).event
    return ev.event_type, ev.sub_event_type


CASES = [
    # Protests
    (
        "Hundreds of teachers marched through the capital on Monday demanding higher wages.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "Residents blocked the highway for three hours to demand the repair of the water supply.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "Police fired tear gas to disperse dozens of students who were protesting against a rise "
        "in fees.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "Traders staged a sit-in outside the town hall. Police later arrested 12 of the "
        "demonstrators.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "Soldiers opened fire on demonstrators with live ammunition, and three protesters were "
        "killed.",
        "Protests",
        "Excessive force against protesters",
    ),
    # Riots
    (
        "Protesters burned tyres and threw stones at police in the town centre.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "A mob lynched a man accused of stealing a goat in the market.",
        "Riots",
        "Mob violence",
    ),
    (
        "Villagers armed with machetes and sticks clashed with residents of a neighbouring "
        "village over grazing land.",
        "Riots",
        "Mob violence",
    ),
    # Battles
    (
        "Soldiers clashed with militants near the border village, leaving four fighters dead.",
        "Battles",
        "Armed clash",
    ),
    (
        "Militants attacked an army checkpoint, and troops returned fire for two hours.",
        "Battles",
        "Armed clash",
    ),
    (
        "The army regained control of the town after the insurgents withdrew.",
        "Battles",
        "Government regains territory",
    ),
    (
        "Rebels captured the town of Kalemba after heavy fighting with government troops.",
        "Battles",
        "Non-state actor overtakes territory",
    ),
    # Explosions/Remote violence
    (
        "An airstrike hit a market in the north, killing 12 civilians.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "Government forces shelled residential areas of the city overnight.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "A roadside bomb exploded next to a police vehicle, wounding two officers.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "A suicide bomber blew himself up at a checkpoint outside the mosque.",
        "Explosions/Remote violence",
        "Suicide bomb",
    ),
    (
        "Unknown attackers threw a grenade into a crowded bar, injuring five people.",
        "Explosions/Remote violence",
        "Grenade",
    ),
    # Violence against civilians
    ("Gunmen shot dead a farmer in his field.", "Violence against civilians", "Attack"),
    (
        "Three villagers were killed by unidentified gunmen on Tuesday.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "Armed men kidnapped 20 students from their school.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "Two women were raped by soldiers at a checkpoint.",
        "Violence against civilians",
        "Sexual violence",
    ),
    # Strategic developments
    (
        "Police arrested 15 men suspected of planning attacks on the pipeline.",
        "Strategic developments",
        "Arrests",
    ),
    (
        "Armed men looted shops and set houses on fire in the market town.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "Police defused a bomb found near the stadium.",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "The two armed groups signed a ceasefire agreement on Sunday.",
        "Strategic developments",
        "Agreement",
    ),
    (
        "Government reinforcements arrived at the front line near the river.",
        "Strategic developments",
        "Change to group/activity",
    ),
    (
        "The militia established a new base near the river crossing.",
        "Strategic developments",
        "Headquarters or base established",
    ),
]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), CASES)
def test_event_types(text: str, event_type: str, sub_event_type: str) -> None:
    assert types(text) == (event_type, sub_event_type)


def test_every_answer_is_spelled_as_acled_spells_it() -> None:
    for text, event_type, sub_event_type in CASES:
        assert sub_event_type in EVENT_TYPES[event_type], text


# Generic crime news: the documented choices.


def test_a_shooting_of_people_is_an_attack_on_civilians() -> None:
    text = "A man was shot and killed outside a convenience store on Saturday night, police said."
    assert types(text) == ("Violence against civilians", "Attack")


def test_a_murder_suicide_is_an_attack() -> None:
    text = "A man shot his estranged wife dead at her home before turning the gun on himself."
    assert types(text) == ("Violence against civilians", "Attack")


def test_a_gunfight_with_police_is_a_battle() -> None:
    text = "A robbery suspect exchanged fire with officers before he was shot dead."
    assert types(text) == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    "text",
    [
        "A 4-year-old boy accidentally shot himself with his father's gun on Sunday.",
        "The hunter was killed when his rifle misfired, in what police called an accident.",
    ],
)
def test_accidents_are_not_events(text: str) -> None:
    assert types(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # sports, business, weather, celebrity, plans and denials
        "United beat City 2-1 in the league match, with both goals scored in the second half "
        "of a game the coach called the best of the season.",
        "Shares rallied on Monday as investors welcomed strong quarterly earnings and the index "
        "closed at a record.",
        "Heavy rain is expected across the region this weekend, forecasters said.",
        "The singer released her third album on Friday and will tour Europe in the spring.",
        "Opposition leaders called for a protest next week.",
        "No clashes were reported during the vote.",
        "The coach said the team would fight for the title until the last game of the season.",
        "Doctors are fighting the spread of the virus in the northern provinces.",
        "She suffered a heart attack at her home on Tuesday.",
    ],
)
def test_no_event(text: str) -> None:
    assert types(text) == (None, None)


def test_the_month_march_is_not_a_march() -> None:
    text = "In March the council approved a new budget for the city's schools."
    assert types(text) == (None, None)


def test_the_trigger_is_recorded_as_a_claim_with_its_span() -> None:
    text = "On Friday, gunmen attacked a village and killed five residents."
    ctx = run(text)
    claims = ctx.claims_for("event_type")
    assert len(claims) == 1
    claim = claims[0]
    assert claim.value == "Violence against civilians"
    assert claim.attrs["sub_event_type"] == "Attack"
    assert text[claim.start : claim.end] == claim.text == claim.attrs["trigger"]


def test_the_cause_of_a_protest_does_not_make_it_violent() -> None:
    text = (
        "Students protested in the city centre against the killing of a classmate by police "
        "last week."
    )
    assert types(text) == ("Protests", "Peaceful protest")


def test_the_lead_sentence_decides_in_a_news_article() -> None:
    text = (
        "Fighting between the army and rebels killed at least ten people near the border on "
        "Thursday.\n\nThe government has offered an agreement to the rebels in the past, and "
        "police arrested two journalists last month."
    )
    assert types(text) == ("Battles", "Armed clash")


def test_explosions_with_return_fire_are_a_battle() -> None:
    text = "Militants fired mortars and small arms at an army post, and soldiers fired back."
    assert types(text) == ("Battles", "Armed clash")


def test_an_arrest_for_a_shooting_reports_the_shooting() -> None:
    text = "Deputies arrested a woman, 23, in connection with the killing of a cashier by gunfire."
    assert types(text) == ("Violence against civilians", "Attack")


def test_an_arrest_for_an_accidental_shooting_is_no_event() -> None:
    text = "A mother was arrested on Tuesday after her son accidentally shot himself at home."
    assert types(text) == (None, None)


def test_men_firing_guns_are_gunmen_not_a_mob() -> None:
    text = "Three men stepped out of a pickup and fired about 30 shots at people by a diner."
    assert types(text) == ("Violence against civilians", "Attack")


def test_a_cue_word_inside_a_name_is_not_a_trigger() -> None:
    text = "Officers from the State Highway Patrol closed the road near the lake on Monday."
    assert types(text) == (None, None)


def test_the_killing_of_a_trafficker_is_coded_as_fighting_between_armed_groups() -> None:
    text = (
        "Two armed men riding a motorbike shot dead a woman at a market stall. Court records show "
        "the victim had charges against her for drug smuggling."
    )
    assert types(text) == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        (
            "Party workers burnt an effigy of the chief minister outside the district office.",
            "Protests",
            "Peaceful protest",
        ),
        (
            "Police recovered 40 crude bombs from an abandoned house near the market.",
            "Strategic developments",
            "Disrupted weapons use",
        ),
        (
            "The government released 200 prisoners to ease crowding in the jails.",
            "Strategic developments",
            "Other",
        ),
        (
            "The two sides exchanged 50 prisoners under a deal brokered by the mediators.",
            "Strategic developments",
            "Agreement",
        ),
        (
            "A bombing at a crowded bus station killed six people.",
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_more_event_types(text: str, event_type: str, sub_event_type: str) -> None:
    assert types(text) == (event_type, sub_event_type)


# Demonstrations broken up by police: the casualties of a dispersal are not an attack.


@pytest.mark.parametrize(
    "text",
    [
        # the violence word comes first in the sentence, the dispersal and the march after it
        "Nine people were hurt in Kisumu on Monday when police used tear gas to scatter a "
        "demonstration against bread prices, a doctor said.",
        # police "fire" what breaks up a crowd; a story about prices and markets is still news
        "Police fired tear gas on Friday to disperse a march by hundreds of farmers protesting "
        "against rising seed prices, and at least 11 people were injured, medics said.\n\n"
        "The farmers had gathered outside the grain market before riot police blocked the "
        "road. Seed prices have doubled since the market reforms of last year.",
        "Police fired rubber bullets to break up a student march on parliament, wounding six "
        "students.",
    ],
)
def test_a_march_dispersed_with_casualties_is_a_protest_with_intervention(text: str) -> None:
    assert types(text) == ("Protests", "Protest with intervention")


def test_killings_in_a_dispersal_are_excessive_force() -> None:
    text = (
        "Two protesters were killed when soldiers opened fire with live ammunition to break up "
        "a rally against the election results."
    )
    assert types(text) == ("Protests", "Excessive force against protesters")


def test_riot_police_are_not_a_riot() -> None:
    text = "Riot police were deployed across the port city ahead of the vote count."
    assert types(text)[0] != "Riots"


def test_a_match_report_stays_no_event_even_with_a_striker() -> None:
    text = (
        "Harbour City came from behind to beat Lakeside 2-1 on Sunday. Their striker fired a "
        "shot into the top corner after the break, and the coach said the team had killed the "
        "game in the second half. A crowd of 8,000 watched the match, the club's best this "
        "season."
    )
    assert types(text) == (None, None)


# The invented demo corpus (examples/): each report on its own gets its event's type.

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def demo_reports() -> dict[str, Analysis]:
    """Each demo report's analysis, by its title (examples/expected.json names them so)."""
    out: dict[str, Analysis] = {}
    for raw in read_inputs([str(EXAMPLES / "corpus")]):
        assert isinstance(raw, RawRecord), raw
        article = clean_record(raw)
        if not article.id:
            article.id = derive_id(raw)
        out[article.title or ""] = analyse(article)
    return out


def test_demo_reports_have_their_events_types(demo_reports: dict[str, Analysis]) -> None:
    expected = json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))
    for ref, report in expected["reports"].items():
        ev = demo_reports[report["title"]].event
        want: tuple[str | None, str | None] = (None, None)
        if report["event"]:
            spec = expected["events"][report["event"]]
            want = (spec["event_type"], spec["sub_event_type"])
        assert (ev.event_type, ev.sub_event_type) == want, ref


# General rules, each on a sentence written for it.


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        # a patrol is the setting of the shooting that interrupts it, and fire was returned
        (
            "Officers were patrolling a market when two armed men approached and started "
            "shooting. The officers shot back.",
            "Battles",
            "Armed clash",
        ),
        # the armed target fired after the grenade
        (
            "Unknown attackers threw a grenade at an army checkpoint. Soldiers opened fire "
            "after the blast.",
            "Battles",
            "Armed clash",
        ),
        # the man the police killed had fired at them first (a cause of the killing)
        (
            "A 20-year-old was killed by police after he fired at the officers.",
            "Battles",
            "Armed clash",
        ),
        # a raid whose only harm is the abduction
        (
            "Gunmen attacked the village of Tunga. Nine residents were abducted.",
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
        # armed men killing civilians during an incursion attack them
        (
            "Rebels killed four farmers during an incursion into the village.",
            "Violence against civilians",
            "Attack",
        ),
        # off-duty forces are civilians; ranks are forces
        (
            "Gunmen shot dead an off-duty police officer outside his home.",
            "Violence against civilians",
            "Attack",
        ),
        ("Gunmen shot dead a colonel near the air base.", "Battles", "Armed clash"),
        # heavy machine guns fired at a village are remote fire, with small arms at an enemy's
        # positions a clash
        (
            "Government forces fired 14.5 mm machine guns at farms near the village.",
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        (
            "Insurgents turned small arms and heavy machine guns on the army's positions outside "
            "the hill town.",
            "Battles",
            "Armed clash",
        ),
        # what was captured, not where
        (
            "In Ocotal, a group of residents captured a thief, tied him to a post and beat him.",
            "Riots",
            "Mob violence",
        ),
        ("About 40 students took over a toll booth for two hours.", "Protests", "Peaceful protest"),
        # violence of a crowd with no demonstration
        (
            "A group of people threw petrol bombs at a parked bus for reasons that are unknown.",
            "Riots",
            "Mob violence",
        ),
        ("Unknown people vandalised graves at the old cemetery.", "Riots", "Mob violence"),
        # an operation of state forces, and a number read as the object
        (
            "Police carried out an operation against a drug gang in the hillside district. "
            "Two men were wounded.",
            "Battles",
            "Armed clash",
        ),
        ("Troops pursued and killed 4 IS militants in the desert.", "Battles", "Armed clash"),
        # arrests after a protest, unless an arrest is the grievance
        (
            "Nurses held a rally outside the ministry. Twelve were arrested.",
            "Protests",
            "Protest with intervention",
        ),
        (
            "Journalists protested against the arrest of an editor. He was arrested last week "
            "on tax charges.",
            "Protests",
            "Peaceful protest",
        ),
        # fighting named as the cause of an act of its own is background
        (
            "Soldiers arrived to secure the town after a clash between gunmen and police on "
            "Monday.",
            "Strategic developments",
            "Change to group/activity",
        ),
        # fighting in a lead with nothing else is the event, even as a cause
        (
            "Police entered the district on Thursday following clashes that left five dead.",
            "Battles",
            "Armed clash",
        ),
        # the finest explosive names the kind; a killing outranks the arson of its sentence
        (
            "A suicide bomber detonated his vest at a checkpoint, killing two soldiers.",
            "Explosions/Remote violence",
            "Suicide bomb",
        ),
        (
            "Armed men set fire to several homes and killed a villager.",
            "Violence against civilians",
            "Attack",
        ),
        # 'neutralised' kills people, disarms bombs
        ("Troops neutralised five bandits near the forest.", "Battles", "Armed clash"),
        (
            "Engineers neutralised an explosive device on the main road.",
            "Strategic developments",
            "Disrupted weapons use",
        ),
        # firing in the air aims at nobody
        (
            "Militants fired several rounds in the air and looted shops in the market.",
            "Strategic developments",
            "Looting/property destruction",
        ),
        # a protest about a past abduction
        (
            "Mothers whose sons have been abducted by the militia continued their sit-in "
            "outside the governor's office.",
            "Protests",
            "Peaceful protest",
        ),
        # communities fighting with guns are communal militias; with sticks they riot
        (
            "Two clans clashed over grazing land, exchanging gunfire for hours.",
            "Battles",
            "Armed clash",
        ),
        (
            "Two groups of villagers clashed with sticks over a water point.",
            "Riots",
            "Mob violence",
        ),
        # many explosions at once are a barrage
        (
            "Monitors recorded 40 explosions near the front line.",
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        # a later sentence says the victims were gang members (ACLED's convention: fighting)
        (
            "Two men were shot dead outside a bar. Police said both men were members of the "
            "Green Hand gang.",
            "Battles",
            "Armed clash",
        ),
        (
            "A man was shot dead outside a bar. The victim was a taxi driver.",
            "Violence against civilians",
            "Attack",
        ),
        # occupying a site: civilians protest, rebels take territory
        (
            "Hundreds of farmers occupied the courtyard of the agriculture ministry.",
            "Protests",
            "Peaceful protest",
        ),
        (
            "Rebels occupied the town of Kalemba on Sunday.",
            "Battles",
            "Non-state actor overtakes territory",
        ),
        (
            "Opposition supporters drove through the capital in a car caravan against the tax.",
            "Protests",
            "Peaceful protest",
        ),
        # clashes of a march told two sentences on
        (
            "Teachers marched to the education office on Monday. They demanded unpaid wages. "
            "Clashes broke out when police tried to stop them.",
            "Riots",
            "Violent demonstration",
        ),
        # 'came under attack by'
        (
            "An army convoy came under attack by insurgents near the border.",
            "Battles",
            "Armed clash",
        ),
    ],
)
def test_general_rules(text: str, event_type: str, sub_event_type: str) -> None:
    assert types(text) == (event_type, sub_event_type)


@pytest.mark.parametrize(
    "text",
    [
        "MILLBROOK, Cache County - A hiker missing since the weekend was found hurt at the "
        "bottom of a ravine on Saturday.",
        "Deputies recovered a body near Rifle on Tuesday.",
    ],
)
def test_a_place_named_after_a_weapon_does_not_make_a_find_a_disrupted_weapon(text: str):
    assert types(text) != ("Strategic developments", "Disrupted weapons use")


def test_a_weapons_cache_found_is_still_a_disrupted_weapon():
    assert types("Soldiers found a weapons cache in a farmhouse near the border.") == (
        "Strategic developments",
        "Disrupted weapons use",
    )


def typed(text: str, title: str | None = None) -> tuple[str | None, str | None]:
    ctx = Context(article=Article(id="t", text=text, title=title), doc=get_nlp()(text), anchor=None)
    what.annotate(ctx)
    return ctx.event.event_type, ctx.event.sub_event_type


FEATURE = (
    "The museum reopened its east wing on Saturday after a two-year renovation. "
    "Visitors queued from early morning to see the restored ceiling. "
    "The curator said the new lighting shows colours nobody had seen for a century. "
    "Tickets for the first month sold out within hours. "
    "The building was shelled in 1944 and rebuilt in the 1950s, the guide explained."
)


def test_a_violent_word_past_the_lead_of_a_story_with_a_plain_headline_is_no_event():
    assert typed(FEATURE, title="Museum's east wing reopens after renovation") == (None, None)
    # the same story under a headline that reports an event is read to its end
    assert typed(FEATURE, title="Shelling damaged museum, guide recalls")[0] is not None


@pytest.mark.parametrize(
    "text",
    [
        "The manual is superb, with very clear exploded drawings of every part.",
        "He argued the country needs more border patrol agents near the crossing.",
        "Doctors offered free flu shots to people held at the centre.",
        "Scientists think the moon hides a salty ocean beneath its ice shell.",
        "Workers installed four engines into the rocket's core stage at the plant.",
        "His body of work spans four decades and three continents.",
    ],
)
def test_words_that_only_look_violent_are_no_event(text: str):
    assert typed(text, title=None) == (None, None)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "A mortar shell landed on a school in the town, killing two pupils.",
            "Explosions/Remote violence",
        ),
        ("Fighters fired rockets at the army base on Monday.", "Explosions/Remote violence"),
        ("The bodies of three men were found dumped by the road.", "Violence against civilians"),
    ],
)
def test_weapons_used_and_bodies_found_are_still_events(text: str, event_type: str):
    assert typed(text)[0] == event_type


def test_another_story_s_line_gives_no_event_type() -> None:
    # a video title of another story: its air strike is not this page's event
    text = (
        "Fresno police are asking for help to find a missing teenager.\n\n"
        "1:12 Coalition Air Strikes Hit Militant Positions Near Mosul\n\n"
        "1:40 Residents Clean Up After the Storm\n\n"
        "The girl was last seen on Friday near her school."
    )
    assert types(text) == (None, None)
    # the same words in the story's own sentence are read
    own = "Coalition air strikes hit militant positions near Mosul on Friday, the army said."
    assert types(own) != (None, None)
