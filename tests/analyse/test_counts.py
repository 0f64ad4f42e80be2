"""analyse/counts/ (and the numbers reader): the rule set of docs/numbers.md, one test per rule.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfold.analyse import counts, when
from newsfold.analyse.context import Context
from newsfold.analyse.counts.headline import (
    _headline_clause,
    _headline_sentence,
    _sentence_case,
    _without_outlet,
)
from newsfold.analyse.counts.other_events import _sport_report
from newsfold.analyse.counts.people import _full_name
from newsfold.analyse.nlp import get_nlp
from newsfold.analyse.numbers import find_money, find_numbers, noise_kind
from newsfold.records import Article

from .counts_helpers import ANCHOR, run, tolls


def only_number(text: str):
    (expr,) = find_numbers(text)
    return expr


# --- reading numbers: value, low, high --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "qualifier"),
    [
        ("at least three", 3, 3, None, "at_least"),
        ("no fewer than 12", 12, 12, None, "at_least"),
        ("more than 10", 11, 11, None, "more_than"),
        ("over 200", 201, 201, None, "more_than"),
        ("10 or more", 10, 10, None, "at_least"),
        ("up to 800", 800, None, 800, "up_to"),
        ("as many as 40", 40, None, 40, "up_to"),
        ("around 800", 800, 720, 880, "approx"),
        ("about 50", 50, 45, 55, "approx"),
        ("some 800", 800, 720, 880, "approx"),
        ("roughly 5", 5, 4, 6, "approx"),  # the band is at least one either side
        ("nearly 20", 19, 18, 19, "nearly"),
        ("almost 100", 99, 90, 99, "nearly"),
        ("fewer than 10", 9, None, 9, "fewer_than"),
        ("a dozen", 12, 12, 12, "exact"),
        ("half a dozen", 6, 6, 6, "exact"),
        ("two dozen", 24, 24, 24, "exact"),
        ("dozens", 12, 12, 99, "vague"),
        ("scores", 20, 20, 99, "vague"),
        ("hundreds", 100, 100, 999, "vague"),
        ("thousands", 1000, 1000, 9999, "vague"),
        ("several", 3, 3, 9, "vague"),
        ("a few", 3, 2, 9, "vague"),
        ("a couple", 2, 2, 3, "vague"),
        ("about a dozen", 12, 11, 13, "approx"),
        ("twenty-three", 23, 23, 23, "exact"),
        ("23", 23, 23, 23, "exact"),
        ("1,200", 1200, 1200, 1200, "exact"),
        ("1.2 million", 1_200_000, 1_200_000, 1_200_000, "exact"),
        ("one hundred and five", 105, 105, 105, "exact"),
        ("two or three", 2, 2, 3, "range"),
        ("between 5 and 10", 5, 5, 10, "range"),
        ("10-15", 10, 10, 15, "range"),
    ],
)
def test_number_rules(
    text: str, value: int, low: int | None, high: int | None, qualifier: str
) -> None:
    expr = only_number(text)
    assert (expr.value, expr.low, expr.high, expr.qualifier) == (value, low, high, qualifier)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("a 12-year-old boy", "age"),
        ("a 34 year old man", "age"),
        ("Tom Reyes, 34, was hit", "age"),
        ("the 14-, 15- and 17-year-olds", "age"),
        ("in the 2300 block of Elm Street", "address"),
        ("at 123 Main St", "address"),
        ("on Route 9", "address"),
        ("at 10:30 that night", "time"),
        ("about 10 p.m.", "time"),
        ("call 555-1234", "phone"),
        ("call (317) 555-1234", "phone"),
        ("500,000 dollars", "money"),
        ("rose by 50 percent", "percent"),
        ("a rate of 27.3 per 100,000", "rate"),
        ("the 30th homicide", "ordinal"),
        ("shot six times", "shots"),
        ("a 9 mm pistol", "measure"),
        ("for three days", "duration"),
        ("seven times the average", "multiplier"),
    ],
)
def test_numbers_that_are_not_counts(text: str, kind: str) -> None:
    kinds = {noise_kind(text, e) for e in find_numbers(text)}
    assert kind in kinds


def test_a_count_of_people_is_not_noise() -> None:
    text = "Three people were hurt."
    (expr,) = find_numbers(text)
    assert noise_kind(text, expr) is None


def test_money_reading() -> None:
    (m,) = find_money("The council promised a reward of up to $75,000 for the robbers.")
    expected = (75000, None, 75000, "USD", "up_to")
    assert (m.value, m.low, m.high, m.currency, m.qualifier) == expected
    (m,) = find_money("a fine of 2.5 million euros")
    assert (m.value, m.currency) == (2_500_000, "EUR")


# --- casualty readings -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A dozen people have died in the fighting.", 12, None),
        ("At least three people were killed in the attack.", 3, None),
        ("More than 10 people have been killed, officials said.", 11, None),
        ("Nearly 20 people were wounded.", None, 19),
        ("Dozens of villagers were injured.", None, 12),
        ("Twenty-three soldiers died in the ambush.", 23, None),
        ("A man was shot dead outside a bar.", 1, None),
        ("A woman was fatally shot on the porch.", 1, None),
        ("The couple were killed in their home.", 2, None),
        ("A teenager was slain near the school.", 1, None),
        ("Two brothers were murdered at the farm.", 2, None),
        ("Four people were shot, one fatally.", 1, 3),
        ("Four people were shot, two of whom died.", 2, 2),
        ("A 12-year-old was wounded by a stray bullet.", None, 1),
        ("Gunmen killed three civilians and injured at least six others.", 3, 6),
        ("The blast left two people dead and three injured.", 2, 3),
        ("Two dead, six injured in market shooting.", 2, 6),
        ("The bodies of three men were found near the river.", 3, None),
        ("A man's body was found in a field.", 1, None),
        ("Five miners lost their lives in the collapse of the tunnel.", 5, None),
        ("The cashier was flown to a trauma centre in critical condition.", None, 1),
        ("Two officers were hospitalized after the shootout.", None, 2),
        ("A man was shot in the leg and is in stable condition.", None, 1),
        ("Two men and a woman were wounded.", None, 3),
        ("Omar Diaz and Lena Voss were killed in the crossfire.", 2, None),
        ("The death toll rose to 15 on Friday.", 15, None),
        ("No one was injured in the fire.", None, 0),
        ("No injuries were reported.", None, 0),
        ("Both men were shot in the legs.", None, 2),
        ("A man was beaten to death by a mob.", 1, None),
        ("A bystander was hit by a stray bullet.", None, 1),
        ("Two guards were killed and seven more guards were shot.", 2, 7),
        (
            "Six soldiers were killed in the north and three policemen were killed in the south.",
            9,
            None,
        ),
        ("A driver was shot in the hip and two passengers were shot in the foot.", None, 3),
        (
            "Two farmhands died and four others were at the hospital with bullet wounds.",
            2,
            4,
        ),
        ("The victim passed away at the hospital on Sunday.", 1, None),
    ],
)
def test_casualty_readings(text: str, killed: int | None, injured: int | None) -> None:
    assert tolls(text) == (killed, injured)


def test_more_than_ten_has_no_fixed_high() -> None:
    ev = run("More than 10 residents have been killed since Tuesday.").event
    assert (ev.fatalities, ev.fatalities_low, ev.fatalities_high) == (11, 11, None)


def test_a_dozen_is_twelve_exactly() -> None:
    ev = run("A dozen people have died in the fighting.").event
    assert (ev.fatalities, ev.fatalities_low, ev.fatalities_high) == (12, 12, 12)


def test_the_same_people_counted_twice_are_not_added_up() -> None:
    text = (
        "Two men were killed in a shooting on Friday night. Police identified the two victims "
        "as Ray Olin, 22, and Sam Dore, 25. Both men died at the scene."
    )
    assert tolls(text) == (2, None)


def test_the_largest_definite_count_wins() -> None:
    text = "Three people were killed on Monday. By Tuesday the toll had risen: five people died."
    assert tolls(text)[0] == 5


def test_separate_groups_the_text_adds_are_added() -> None:
    text = "A man was shot dead on Main Street. Another man was killed nearby minutes later."
    assert tolls(text)[0] == 2


def test_another_person_contrasted_with_the_killed_is_injured_not_added() -> None:
    assert tolls("One man died and another was wounded.") == (1, 1)


def test_an_attacker_who_killed_himself_is_added_to_his_victims() -> None:
    assert tolls("A man shot and killed his wife and then turned the gun on himself.")[0] == 2


def test_a_lone_self_inflicted_death_counts_once() -> None:
    assert tolls("A boy died after accidentally shooting himself at home.")[0] == 1


def test_one_who_shot_himself_and_was_taken_away_is_one_injured() -> None:
    # "him" is the man who shot himself, not a second victim
    text = (
        "A 60-year-old man shot himself during a standoff with deputies on Friday, and medics "
        "took him to a hospital."
    )
    assert tolls(text) == (None, 1)


def test_a_total_that_includes_the_attacker_is_not_added_to() -> None:
    text = "Four people are dead, including the gunman, after the attack at the store."
    assert tolls(text)[0] == 4


def test_killed_or_injured_says_neither() -> None:
    assert tolls("Three rebels were killed, injured or captured in the raid.") == (None, None)


def test_other_field_claims() -> None:
    ctx = run(
        "Police arrested two men and a woman. Gunmen abducted five students from the school. "
        "More than 400 villagers fled to nearby towns."
    )
    assert [c.value for c in ctx.claims_for("arrested")] == [3]
    assert [c.value for c in ctx.claims_for("kidnapped")] == [5]
    assert [c.value for c in ctx.claims_for("displaced")] == [401]
    assert ctx.event.fatalities is None


def test_a_suspect_who_fled_the_scene_is_not_displaced() -> None:
    assert run("The suspect fled the scene on foot.").claims_for("displaced") == []


def test_claims_point_at_their_text() -> None:
    text = "Witnesses said at least three people were killed when the bus was attacked."
    ctx = run(text)
    (claim,) = ctx.claims_for("fatalities")
    assert text[claim.start : claim.end] == claim.text
    assert "at least three people were killed" in claim.text
    assert (claim.value, claim.low, claim.high) == (3, 3, None)
    assert claim.attrs["qualifier"] == "at_least"


# --- what must not count ---------------------------------------------------------------------


def discarded(ctx: Context, kind: str) -> list[str]:
    return [c.text for c in ctx.discarded if c.attrs.get("reason", "").startswith(kind)]


def test_ages_do_not_count() -> None:
    ctx = run("A 12-year-old was wounded. Tom Reyes, 34, was also hurt.")
    assert ctx.event.injuries == 2
    assert "12" in discarded(ctx, "age")
    assert "34" in discarded(ctx, "age")


def test_years_addresses_times_and_phones_do_not_count() -> None:
    ctx = run(
        "A man was shot in the 2300 block of Elm Street at 10:30 p.m. on Friday. The street "
        "was repaved in 2019. Anyone with information can call 555-0199."
    )
    assert (ctx.event.fatalities, ctx.event.injuries) == (None, 1)
    assert "2300" in discarded(ctx, "address")
    assert "10" in discarded(ctx, "time")
    assert "2019" in discarded(ctx, "year")
    assert discarded(ctx, "phone")


def test_money_is_claimed_as_money_not_casualties() -> None:
    ctx = run(
        "The ministry promised rewards of up to $250,000 (£190,000) for the cartel chiefs. "
        "Two guards were killed."
    )
    (money,) = ctx.claims_for("money")
    assert (money.value, money.high, money.attrs["currency"]) == (250000, 250000, "USD")
    assert [c.value for c in ctx.discarded if c.field == "money"] == [190000]  # conversion
    assert ctx.event.fatalities == 2


def test_personnel_deployed_are_claimed_as_deployed_not_casualties() -> None:
    ctx = run("Some 800 security personnel were deployed to the district after the clashes.")
    (deployed,) = ctx.claims_for("deployed")
    assert (deployed.value, deployed.low, deployed.high) == (800, 720, 880)
    assert ctx.event.fatalities is None
    assert discarded(ctx, "deployed")


def test_percentages_and_rates_do_not_count() -> None:
    ctx = run(
        "Murders climbed by 9 percent, a rate of 27.3 per 100,000 residents, five times the "
        "national average."
    )
    assert ctx.event.fatalities is None
    assert "9" in discarded(ctx, "percent")
    assert {"27.3", "100,000"} <= set(discarded(ctx, "rate"))
    assert "five" in discarded(ctx, "multiplier")


def test_tolls_of_other_periods_do_not_count() -> None:
    text = (
        "Gunmen attacked the market on Friday, killing four traders. Similar raids killed at "
        "least three people in June."
    )
    ctx = run(text)
    assert ctx.event.fatalities == 4
    (other,) = [c for c in ctx.discarded if c.field == "fatalities"]
    assert other.value == 3
    assert other.attrs["reason"].startswith("other_period")


def test_last_year_and_national_statistics_do_not_count() -> None:
    text = (
        "A policeman was killed in the city on Friday. Last year 40 people died in such "
        "attacks, and the country recorded 12,000 violent deaths in 2020."
    )
    ctx = run(text)
    assert ctx.event.fatalities == 1
    values = sorted(c.value for c in ctx.discarded if c.field == "fatalities")
    assert values == [40, 12000]


def test_cumulative_totals_do_not_count() -> None:
    ctx = run("The man killed on Sunday was the city's 30th homicide this year.")
    assert ctx.event.fatalities == 1
    assert "30th" not in [c.text for c in ctx.event.claims]
    assert discarded(ctx, "ordinal") == ["30"]


def test_separate_incident_paragraph_does_not_count() -> None:
    text = (
        "A man was shot and killed on Saturday night outside a club.\n\n"
        "In a separate incident, three people were wounded in a drive-by shooting."
    )
    ctx = run(text)
    assert (ctx.event.fatalities, ctx.event.injuries) == (1, 0)
    assert any(c.attrs["reason"].startswith("other_event") for c in ctx.discarded)


def test_the_killing_a_protest_is_about_does_not_count() -> None:
    ctx = run("Residents protested on Monday after police killed a taxi driver.")
    assert ctx.event.fatalities is None


def test_negated_and_hypothetical_do_not_count() -> None:
    assert tolls("The children were not injured.") == (None, None)
    assert tolls("He could have been killed.") == (None, None)
    assert tolls("The gang threatened to kill two witnesses.") == (None, None)


def test_a_toll_shared_among_events_is_divided() -> None:
    text = "On 2 May 2020, clashes killed 20 fighters. Fatalities split between 2 events."
    ctx = run(text, anchor=None)
    assert ctx.event.fatalities == 10


def test_shots_and_rounds_are_not_victims() -> None:
    assert tolls("The victim was shot six times in the chest.") == (None, 1)


# --- a pair with the founding seed's traps, written for this test ----------------------------


def test_invented_pair_with_the_same_traps() -> None:
    first = run(
        "Troops moved into four districts of the port city on Friday to halt two days of "
        "clashes between gangs. A local station reports that a dozen people have died since "
        "Wednesday. The interior minister promised up to $150,000 for the gang chiefs. Around "
        "650 security personnel joined the sweep. Comparable clashes killed at least four "
        "people in May. The nation logged 9,500 violent deaths in 2019, a rate of 31.4 per "
        "100,000 inhabitants."
    )
    ev = first.event
    assert (ev.fatalities, ev.fatalities_low, ev.fatalities_high) == (12, 12, 12)
    assert (ev.date_start, ev.date_end) == ("2021-07-07", "2021-07-09")
    assert [c.value for c in first.claims_for("deployed")] == [650]
    assert [c.high for c in first.claims_for("money")] == [150000]
    second = run(
        "Authorities have released no toll, though a local paper reports that more than 10 "
        "residents have been killed since the clashes started on Wednesday.",
        anchor=None,
    )
    ev2 = second.event
    assert (ev2.fatalities, ev2.fatalities_low, ev2.fatalities_high) == (11, 11, None)
    assert ev2.event_date is None


def test_wishes_and_fears_are_not_casualties() -> None:
    text = "A boy was killed on Friday. 'I don't want to hear another child is dead,' she said."
    assert tolls(text)[0] == 1


def test_others_restated_in_later_sentences_count_once() -> None:
    text = (
        "A cook was killed and three others were wounded late on Friday. Officers said the "
        "three others were wounded outside the diner. Three other people were wounded, a "
        "neighbour said."
    )
    assert tolls(text) == (1, 3)


def test_a_dateline_parsed_as_a_subject_is_not_the_victim() -> None:
    text = "Photo: KQTV\n\nMILLBROOK (KQTV) - A 4-year-old has died after a gun went off indoors."
    assert tolls(text)[0] == 1


# --- tolls of long periods, sport and figures of speech ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers were killed on Tuesday. The conflict has killed more than 4,000 people "
        "since 2017.",
        "Three soldiers were killed on Tuesday. Over the past five years, 900 people have been "
        "killed in the province.",
        "Three soldiers were killed on Tuesday. The insurgency has claimed 2,000 lives to date.",
    ],
)
def test_cumulative_tolls_of_a_long_period_are_not_the_events(text: str) -> None:
    # "in total" alone is no such cue (see the next test)
    ctx = run(text)
    assert ctx.event.fatalities == 3
    reasons = [c.attrs["reason"] for c in ctx.discarded if c.field == "fatalities"]
    assert reasons and reasons[0].split(":")[0] in ("cumulative", "statistic")


def test_in_total_alone_is_this_events_count() -> None:
    assert tolls("Eleven people in total were hurt in the attack on Friday.") == (None, 11)


def test_a_match_report_has_no_casualties() -> None:
    text = (
        "Harbour City came back to beat Lakeside Rangers 2-1 on Saturday. Lakeside led after "
        "ten minutes when their winger shot low past the goalkeeper. The home striker fired a "
        "shot into the top corner before half-time and headed the winner late in the match. "
        '"We killed the game in the second half," the coach said. The league leaders are '
        "three points ahead."
    )
    assert _sport_report("", text)
    ctx = run(text)
    assert (ctx.event.fatalities, ctx.event.injuries) == (None, None)
    reasons = {c.attrs["reason"] for c in ctx.discarded if c.field in ("fatalities", "injuries")}
    assert all(r.startswith("sport") for r in reasons)


def test_a_shooting_after_a_match_is_not_sport() -> None:
    text = (
        "A fan was shot and wounded outside the stadium after Lakeside beat Harbour City 2-1 on "
        "Saturday, police said. The striker scored twice in the match, the coach said."
    )
    assert not _sport_report("", text)
    assert tolls(text) == (None, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The coach said the late goal killed the game.",
        "Senators killed the bill on Friday.",
        "The shooting appears to have died down by the evening.",
    ],
)
def test_figures_of_speech_are_not_casualties(text: str) -> None:
    assert tolls(text) == (None, None)


# --- more ways of saying who was hurt ------------------------------------------------------


def test_left_people_dead_parsed_as_a_clause() -> None:
    text = (
        "Residents said the confrontations that started on Wednesday left at least five "
        "people dead."
    )
    ev = run(text).event
    assert (ev.fatalities, ev.fatalities_low, ev.fatalities_high) == (5, 5, None)


def test_a_relative_clause_with_two_verbs_is_about_its_noun() -> None:
    text = (
        "Friends remembered Dana Price, the 30-year-old who was shot and killed outside a "
        "bakery on Friday."
    )
    assert tolls(text) == (1, 0)


def test_treated_in_hospital_or_for_a_wound_is_harm() -> None:
    assert tolls("Twelve people were treated in hospital after the march on Friday.") == (
        None,
        12,
    )
    assert tolls("One man was treated for a head wound after the march.") == (None, 1)


def test_no_deaths_is_a_definite_zero_with_its_claim() -> None:
    ctx = run("Police fired tear gas at the march on Friday. No deaths were reported.")
    assert (ctx.event.fatalities, ctx.event.fatalities_low, ctx.event.fatalities_high) == (0, 0, 0)
    (claim,) = ctx.claims_for("fatalities")
    assert claim.text == "No deaths"


def test_a_dateline_before_the_dash_is_not_the_subject() -> None:
    text = "PORT ELLIS, Redland, July 10 - Two guards were wounded in an attack on Thursday."
    ctx = run(text)
    assert ctx.event.injuries == 2
    assert ctx.claims_for("injuries")[0].text == "Two guards were wounded"


# --- readings of another incident -----------------------------------------------------------


def test_a_killing_dated_on_its_own_verb_to_another_day_is_another_event() -> None:
    text = "Thursday's shooting happened on the same street where a man was killed on Monday."
    ctx = run(text)
    assert ctx.event.fatalities is None
    (claim,) = [c for c in ctx.discarded if c.field == "fatalities"]
    assert claim.attrs["reason"].startswith("other_period")


def test_background_paragraph_about_an_earlier_shooting_does_not_add() -> None:
    text = (
        "A 16-year-old boy was killed and a 17-year-old was wounded on Thursday evening at a "
        "park.\n\nIt was the second deadly shooting in the town this week. On Monday night, "
        "Rory Vance, 41, was shot and killed outside a bar."
    )
    ctx = run(text)
    assert (ctx.event.fatalities, ctx.event.injuries) == (1, 1)
    assert ctx.event.event_date == "2021-07-08"


def test_a_number_with_a_thousands_comma_is_not_a_year() -> None:
    (expr,) = find_numbers("The insurgency has claimed 2,000 lives.")
    assert noise_kind("The insurgency has claimed 2,000 lives.", expr) is None
    assert tolls("A car bomb claimed 12 lives in the market on Friday.") == (12, None)


def test_every_number_not_counted_is_discarded_with_a_reason() -> None:
    text = (
        "Two guards were killed at the depot on Friday. Police seized 22 rifles and dozens of "
        "shell casings were found. About 40 children were in the park at the time. The mayor "
        "offered 3 million quetzales for information. The home side won 3-1 on Sunday."
    )
    ctx = run(text)
    reasons = {c.text: c.attrs["reason"] for c in ctx.discarded if c.field == "number"}
    assert reasons["22"].startswith("thing")
    assert reasons["dozens"].startswith("shots")  # "dozens of shell casings" (h-counts23)
    assert reasons["40"].startswith("unattached")
    assert reasons["3-1"].startswith("score")
    assert [c.attrs["currency"] for c in ctx.claims_for("money")] == ["QUETZALES"]
    assert ctx.event.fatalities == 2


# --- who the people are: unborn children, names, captions, the injured who died -------------


def test_an_unborn_child_is_not_counted_among_the_dead() -> None:
    text = "Gunmen opened fire on a cookout on Friday, killing four adults and an unborn child."
    assert tolls(text)[0] == 4


@pytest.mark.parametrize(
    "text",
    [
        "A man was found shot on a dead-end street on Friday.",
        "Mothers of Murdered Children held a meeting on Friday.",
    ],
)
def test_casualty_words_inside_compounds_and_names_are_not_casualties(text: str) -> None:
    assert tolls(text)[0] is None


def test_a_caption_number_above_the_line_is_not_a_count() -> None:
    ctx = run("Image 4 of 17\n\nLena Ortiz, 9, who was fatally shot on Friday night near her home.")
    assert ctx.event.fatalities == 1
    assert ctx.claims_for("fatalities")[0].text == "Lena Ortiz, 9, who was fatally shot"


def test_he_in_a_clause_about_a_named_subject_is_that_person() -> None:
    text = (
        "Hollis Brandt, the manager of the bakery, was driven to a hospital, where he died an "
        "hour later. Pia Soto, a delivery driver, was also killed on Friday."
    )
    assert tolls(text) == (2, 0)


def test_the_injured_who_then_died_are_among_the_dead_only() -> None:
    text = (
        "A woman was shot late on Friday. She was flown to a trauma centre in critical "
        "condition, where she died the next morning."
    )
    assert tolls(text) == (1, 0)
    text = (
        "A youth was shot dead and a woman was hurt on Friday. The woman was treated at a "
        "clinic and is in stable condition."
    )
    assert tolls(text) == (1, 1)


def test_a_possessive_brings_in_someone_new() -> None:
    assert tolls("A man was shot and killed on Friday. His brother was wounded.") == (1, 1)


def test_the_headline_stands_in_when_the_text_has_no_toll() -> None:
    text = "Sign up for our newsletter to get the latest stories every morning."
    article = Article(id="t", text=text, title="4 shot, 1 killed outside Riverton club")
    ctx = Context(article=article, doc=get_nlp()(text), anchor=ANCHOR)
    when.annotate(ctx)
    counts.annotate(ctx)
    assert (ctx.event.fatalities, ctx.event.injuries) == (1, 3)
    assert ctx.notes["headline_counts"] == {"fatalities": 1, "injuries": 3}
    assert ctx.claims_for("fatalities") == []  # the headline has no span in the text
    text = "A man was wounded on Friday night outside the club, police said."
    article = Article(id="t", text=text, title="4 shot, 1 killed outside Riverton club")
    ctx = Context(article=article, doc=get_nlp()(text), anchor=ANCHOR)
    when.annotate(ctx)
    counts.annotate(ctx)
    # the text's own injured; the text tells of no death, so the headline's dead stand in
    assert (ctx.event.fatalities, ctx.event.injuries) == (1, 1)


def test_an_age_set_off_after_the_other_is_an_age() -> None:
    text = (
        "Two men were shot on Friday. One, 21, is in critical condition. The other, 20, is in "
        "fair condition."
    )
    assert tolls(text) == (None, 2)


def test_fatally_wounded_is_killed() -> None:
    assert tolls("Officers found the fatally wounded teen on Friday.") == (1, None)


def test_the_one_who_was_wounded_and_died_is_not_injured_too() -> None:
    text = (
        "A 17-year-old boy died on Friday night. The teenager was shooting at cans with "
        "friends when he was wounded, the sheriff said."
    )
    assert tolls(text) == (1, None)  # the one injured is the one who died: no injured count


def test_one_person_under_several_forms_of_the_name() -> None:
    text = (
        "Tobin R. Quarry was shot by accident on Saturday and died on Sunday. Tobin died in a "
        "Fenwick hospital. Quarry was five."
    )
    assert tolls(text)[0] == 1
    text = "Marisol Dunmore and Odessa Dunmore were killed on Friday. Odessa Dunmore was 25."
    assert tolls(text)[0] == 2


def test_what_a_retaliation_was_for_is_another_incident() -> None:
    text = (
        "A 5-year-old girl was killed on Friday when bullets struck her family's flat. "
        "Detectives say the attack was in retaliation for the killing of a rival gang member."
    )
    ctx = run(text)
    assert ctx.event.fatalities == 1
    reasons = [c.attrs["reason"] for c in ctx.discarded if c.field == "fatalities"]
    assert reasons and reasons[0].startswith("other_event")


def test_left_one_dead_and_others_wounded() -> None:
    text = "A late-night attack near a pool hall left one man dead and six others hurt."
    assert tolls(text) == (1, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police are investigating a double shooting on Friday night.", (None, 2)),
        ("A quadruple shooting on Friday killed one person.", (1, 3)),
        ("The triple homicide happened on Friday.", (3, None)),
        ("Police called it a double murder-suicide on Friday.", (3, None)),
        ("Police said it was a murder-suicide on Friday.", (2, None)),
    ],
)
def test_double_and_triple_shootings_say_how_many(text: str, expected: tuple) -> None:
    assert tolls(text) == expected


# --- participles, indefinite bodies, datelines on their own line -----------------------------


def test_a_participle_after_its_noun_is_the_casualty() -> None:
    # "fatally shot" is a reduced relative clause on "the woman", not a past tense
    text = "Detectives identified the woman fatally shot June 9 on Birch Lane as Corinne Vash."
    assert tolls(text) == (1, None)


def test_a_body_found_is_one_dead() -> None:
    assert tolls("Deputies found a body in the room after neighbours called.") == (1, None)
    assert tolls("Deputies found a bag in the room after neighbours called.") == (None, None)


def test_a_dateline_parsed_as_the_subject_gives_way_to_the_people_on_the_next_line() -> None:
    text = "FERNBROOK, Wis. (WKRP) --\n\nA 17-year-old was shot Tuesday night."
    assert tolls(text) == (None, 1)
    text = "FERNBROOK, Wis. (WKRP) --\n\nA storm was blamed Tuesday for the outage."
    assert tolls(text) == (None, None)


def _headline_tolls(title: str) -> tuple[int | None, int | None]:
    text = "Sign up for our newsletter to get the latest stories every morning."
    article = Article(id="t", text=text, title=title)
    ctx = Context(article=article, doc=get_nlp()(text), anchor=ANCHOR)
    when.annotate(ctx)
    counts.annotate(ctx)
    return ctx.event.fatalities, ctx.event.injuries


def test_a_headline_drops_its_auxiliary() -> None:
    # "Man fatally shot while fishing" is a man who was shot, not one who shot
    assert _headline_tolls("Man fatally shot while fishing near Riverton") == (1, None)
    assert _headline_tolls("UPDATE: Riverton woman critically wounded in drive-by") == (None, 1)
    assert _headline_clause("Teens shot outside Riverton school") == (
        "Teens were shot outside Riverton school"
    )
    # an active past with its object keeps its sense
    assert _headline_clause("Deputy shot the driver who fled") == (
        "Deputy shot the driver who fled"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was arrested on Friday in the killing of two teens.", (2, None)),
        ("Deputies are looking into the fatal shooting of a cyclist on Birch Lane.", (1, None)),
        ("Detectives said the slaying of a store clerk on Friday was planned.", (1, None)),
        ("He was charged with the attempted murder of an officer on Friday.", (None, None)),
        ("Police investigated the shooting of a man on Friday; he is expected to live.", None),
    ],
)
def test_a_killing_of_someone_counts_them_dead(text: str, expected) -> None:
    got = tolls(text)
    if expected is None:
        assert got[0] is None  # a shooting that is not said to be fatal kills nobody
    else:
        assert got == expected


def test_a_headline_s_dead_is_one_who_is_dead() -> None:
    assert _headline_tolls("Teen dead after double shooting near Riverton park") == (1, 1)


def test_a_headline_s_hospitalized_is_one_harmed() -> None:
    assert _headline_tolls("Riverton man hospitalized following shooting at party") == (None, 1)


def test_one_named_in_critical_condition_is_the_one_said_to_have_died() -> None:
    text = (
        "Deputies found Wendell Marsh slumped in a driveway on Friday. Marsh was in critical "
        "condition when medics rushed him to a hospital. He was pronounced dead there at noon."
    )
    assert tolls(text) == (1, 0)


def test_a_shooting_death_of_someone_without_an_article() -> None:
    # the parser hangs "of" on "shooting", a verb whose object is "death"
    assert tolls("Police arrested the cousin in shooting death of 5-year-old boy.") == (
        1,
        None,
    )
    assert _headline_tolls("Deputies arrest stepfather in shooting death of 4-year-old son") == (
        1,
        None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 15-year-old was killed on Friday. His mother, 40-year-old Jane Roe, was also "
            "shot and was treated at a hospital.",
            (1, 1),
        ),
        ("Two men were killed on Friday. A woman was also shot.", (2, 1)),
        # the dead named again, or referred back to: no one new
        ("Tom Ray was shot in the chest on Friday and died. Ray was also shot in the arm.", (1, 0)),
        ("A man was shot and killed on Friday. He was also shot in the leg.", (1, 0)),
        (
            "Tom Ray was also shot on Friday, police said. He was pronounced dead at a hospital.",
            (1, 0),
        ),
    ],
)
def test_one_also_shot_besides_the_dead_is_injured(text: str, expected) -> None:
    assert tolls(text) == expected


def test_two_casualty_words_of_one_new_person_count_them_once() -> None:
    # "another man" is someone new, but "wounded" and "in critical condition" are both him
    text = "A man was shot dead. Another man was wounded and is in critical condition."
    assert tolls(text) == (1, 1)
    ctx = run(text)
    restated = [c for c in ctx.event.claims if c.attrs.get("restates")]
    assert [c.text for c in restated] == ["Another man was wounded and is in critical condition"]


def test_a_verb_coordinated_with_a_passive_is_passive_too() -> None:
    # "killed" shares "was": the date after it must not make it an active past with no object
    text = "Tom Ray, a 40-year-old man, was shot and killed May 3 in the 200 block of Elm Street."
    assert tolls(text) == (1, 0)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("lio k. varn", "lio kane varn", True),
        ("j. doe", "jane doe", True),
        ("lio varn", "varn", True),
        ("ada powell", "bea powell", False),
        ("lio k. varn", "lio r. varn", False),
    ],
)
def test_an_initial_stands_for_a_name(a: str, b: str, same: bool) -> None:
    assert counts.same_name(a, b) is same


def test_one_named_with_a_middle_initial_and_in_full_is_one_person() -> None:
    text = (
        "Lio K. Varn was shot by a friend on Saturday and died on Sunday. Lio Kane Varn, 9, "
        "died at a hospital, troopers said. Lio died in the early morning."
    )
    assert tolls(text)[0] == 1


def test_a_name_with_an_age_is_a_person_whatever_its_entity_label() -> None:
    # "Lake Carver" can be taken for a place; the age set off after it says it is a person
    text = (
        "Doe Tarrant was shot and killed on Friday. Tarrant had fired at a van, "
        "killing Jacinta Morrow, 18, and Lake Carver, 20, police said."
    )
    assert tolls(text)[0] == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # he killed himself in one sentence, the story tells of his killings in another
        (
            "Police said the man killed himself in his car a few miles away. The 34-year-old "
            "guard had killed his daughter, Ann Roe; his girlfriend, Jo Poe; and her mother.",
            4,
        ),
        (
            "Police said Jim Parish fired several shots, killing Sarah Dane at the scene. "
            "Parish later took his own life.",
            2,
        ),
        # a killing by no one ("a shooting that killed a child"): the child is the one
        ("A shooting killed a child on Elm Street. Police said the boy, 3, shot himself.", 1),
        # no one killed by him: the one who killed himself is the only dead
        ("Police said the man killed himself after a standoff. No one else was hurt.", 1),
    ],
)
def test_one_who_killed_himself_after_killing_others_adds_to_them(text: str, expected) -> None:
    assert tolls(text)[0] == expected


def test_who_harmed_himself_is_the_victim_when_the_other_harm_is_on_another_line() -> None:
    # a line without a full stop runs into the next sentence: the child killed on the first
    # line is the boy who shot himself on the second, not someone besides him
    text = (
        "Deputies were called to a home after a shooting that killed a boy on Birch Lane Tuesday\n"
        "No one was charged after 4-year-old Nico Pell fatally shot himself on Tuesday."
    )
    assert tolls(text)[0] == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman was rushed to a hospital, but surgeons could not save her.", (1, 0)),
        ("Medics arrived minutes later but were unable to save the woman.", (1, None)),
        ("Surgeons could not save the driver.", (1, None)),
        ("Paramedics tried but failed to save the girl.", (1, None)),
        # saved, or not a person: no death
        ("Doctors were able to save her.", (None, None)),
        ("Surgeons saved the driver.", (None, None)),
        ("The program failed to save lives.", (None, None)),
    ],
)
def test_one_medics_could_not_save_died(text: str, expected) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Boy, 12, fatally shot near Riverton park", (1, None)),
        ("Teen shot to death outside Riverton store", (1, None)),
        ("Woman beaten to death in her Riverton home", (1, None)),
        ("Teen found shot to death in Riverton driveway", (1, None)),
        ("Man, 45, critically wounded in drive-by", (None, 1)),
    ],
)
def test_a_headline_with_an_age_set_off_or_shot_to_death(title: str, expected) -> None:
    assert _headline_tolls(title) == expected
    assert _headline_clause("Boy, 12, fatally shot near Riverton park") == (
        "A boy was fatally shot near Riverton park"
    )


def _tolls_under(title: str, text: str) -> tuple[int | None, int | None]:
    ctx = Context(
        article=Article(id="t", text=text, title=title), doc=get_nlp()(text), anchor=ANCHOR
    )
    when.annotate(ctx)
    counts.annotate(ctx)
    return ctx.event.fatalities, ctx.event.injuries


def test_a_headline_s_dead_stand_in_when_the_text_tells_only_of_harm() -> None:
    # the text says who was shot, not that he died: the headline does
    text = "Police are looking for whoever shot a teenager at a Riverton apartment on Friday."
    assert _tolls_under("Teen shot to death at Riverton apartments", text) == (1, 0)
    # an injured person the text names outright stays injured
    text = "A woman was wounded in the shooting on Friday, police said."
    assert _tolls_under("Man fatally shot outside Riverton bar", text) == (1, 1)
    # the text's own dead are not overridden
    text = "Two men were shot on Friday; one of them died at a hospital."
    assert _tolls_under("Three dead after Riverton shooting", text)[0] == 1


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a death the parse ties to no one: at least one died
        ("Riverton man, 19, charged in shooting death", (1, None)),
        ("Argument over a debt ended in fatal shooting, detective testifies", (1, None)),
        ("Update: Riverton death ruled homicide by gunshot wound", (1, None)),
        ("Family says deadly shooting at shelter was accidental", (1, None)),
        ("Student dropped off by bus, then shot dead", (1, None)),
        # the dead one is among the harmed, not injured too
        ("Two shot in deadly attack near Riverton bar", (1, 1)),
        # no death: a hedge, a denial, an attempt
        ("Riverton man charged with attempted murder", (None, None)),
        ("Two men survive deadly ambush near Riverton", (None, None)),
        ("Non-fatal shooting reported near Riverton school", (None, None)),
        ("Police: man shot in leg near Riverton bar", (None, 1)),
    ],
)
def test_a_headline_naming_a_death_without_the_people_counts_one(title: str, expected) -> None:
    assert _headline_tolls(title) == expected


def test_a_headline_naming_a_death_over_a_text_of_harm() -> None:
    # the text tells of someone shot; the headline that the student was shot dead: dead, not
    # injured
    text = "The student was found shot in a yard on Friday, police said."
    assert _tolls_under("Student dropped off by bus, then shot dead", text) == (1, 0)
    # a headline of no death leaves the text's injured alone
    assert _tolls_under("Student shot after being dropped off by bus", text) == (None, 1)
    # a death the headline ties to no one: one dead, and the harmed stay as the text counts
    # them (the dead may be one of them or someone besides)
    text = "Two people were shot near the campus on Friday, police said."
    assert _tolls_under("Police investigate deadly shooting near campus", text) == (1, 2)


def test_a_headline_numbering_more_injured_than_the_text_gives_them() -> None:
    text = "A man was shot in the leg outside the bar on Friday, police said."
    assert _tolls_under("Four people shot outside Riverton bar", text) == (None, 4)
    # the text's own number when it is as large
    text = "Five people were wounded outside the bar on Friday, police said."
    assert _tolls_under("Four people shot outside Riverton bar", text) == (None, 5)
    # not when someone died: the headline's harmed may include the dead
    text = "A man was killed and another was wounded outside the bar on Friday."
    assert _tolls_under("Four people shot outside Riverton bar", text) == (1, 1)


def test_the_outlet_after_a_headline_is_not_read() -> None:
    assert _without_outlet("Boy shot near park - WXYZ-TV 7 News, Weather") == ("Boy shot near park")
    assert _without_outlet("Riverton man shot | Metro | Daily Bugle") == "Riverton man shot"
    # a part that names a casualty stays, with its own punctuation
    assert _without_outlet("He pulled the trigger \u2014 and killed his friend") == (
        "He pulled the trigger \u2014 and killed his friend"
    )
    text = "A boy was shot in the leg on Friday, police said."
    assert _tolls_under("Boy shot near Riverton park - WXYZ-TV 7 News", text) == (None, 1)


def test_a_title_case_headline_is_read_in_sentence_case() -> None:
    assert _sentence_case("Gunman Shoots 4 People Near Riverton Diner") == (
        "Gunman shoots 4 people near Riverton Diner"
    )
    # names (words of no lexicon here) and acronyms keep their capitals
    assert _sentence_case("Tom Lee Varn, 21, Killed; Three Injured In NE Riverton") == (
        "Tom Lee Varn, 21, killed; three injured in NE Riverton"
    )
    # a headline in sentence case is left alone
    assert _sentence_case("Man shot in Riverton on Friday") == "Man shot in Riverton on Friday"
    assert _headline_tolls("Gunman Shoots 4 People Near Riverton Diner") == (None, 4)
    assert _headline_tolls("4 Men Injured In Riverton Shooting During Dispute: Police") == (None, 4)


def test_the_age_of_the_last_of_coordinated_names_is_an_age_without_its_comma() -> None:
    text = "Officials said Dan Roe, 66 and Ann Roe, 64 were found dead inside the home."
    ages = [e for e in find_numbers(text) if noise_kind(text, e) == "age"]
    assert [text[e.num_start : e.num_end] for e in ages] == ["66", "64"]
    text = "Two people were found dead on Saturday. " + text
    assert tolls(text)[0] == 2
    # a place before the comma is no name with an age: "12 were killed" counts
    assert tolls("In Riverton, 12 were killed and 3 wounded on Friday.") == (12, 3)


def test_others_besides_one_referred_back_to_are_the_rest_of_the_group() -> None:
    text = (
        "A 16-year-old girl and three men were injured on Friday. The 44-year-old man is in "
        "serious condition while the three others have minor wounds."
    )
    assert tolls(text) == (None, 4)
    # others in the sentence of a count still add to it
    assert tolls("Two people were wounded and three others were hurt on Friday.") == (None, 5)


def test_an_event_noun_is_not_one_of_the_people_counted() -> None:
    text = "Deputies seek the driver in a Friday evening shooting spree that left four people hurt."
    ctx = run(text)
    assert (ctx.event.fatalities, ctx.event.injuries) == (None, 4)
    assert [c.attrs.get("victims") for c in ctx.claims_for("injuries")] == ["four people"]


def test_a_killing_the_event_avenges_is_another_event() -> None:
    text = (
        "Detectives want to know if the attack was retaliation for the killing of a teenager "
        "Wednesday on Birch Lane."
    )
    assert tolls(text) == (None, None)
    assert tolls("In revenge for the murder of his brother, he shot two men dead.") == (2, None)


@pytest.mark.parametrize(
    "text",
    [
        "Last spring, one woman was killed and six people were hurt at the same estate.",
        "Two men were shot dead at the same corner some five months earlier.",
        "Several months earlier, a clerk was killed in a robbery at the store.",
    ],
)
def test_a_toll_of_last_season_or_months_ago_is_another_event(text: str) -> None:
    assert tolls(text) == (None, None)


def test_a_death_months_later_is_still_this_event() -> None:
    assert tolls("A man was shot on Friday and died two months later.") == (1, 0)


def test_a_superlative_since_an_earlier_day_is_that_day_s_event() -> None:
    text = (
        "A suicide bomber blew himself up among recruits queueing at a camp in Varossa on "
        "Thursday morning, killing at least six people, an officer said.\n\nIt was the "
        "deadliest attack in the city since June 20, when a car bomb outside a hotel killed "
        "14 people."
    )
    ctx = run(text)
    assert ctx.event.event_date == "2021-07-08"
    assert ctx.event.fatalities == 6
    since = [c for c in ctx.discarded if c.field == "event_date" and "June 20" in c.text]
    assert since and since[0].attrs["role"] == "other_period"
    # an ongoing range still starts on its "since" day
    ranged = run("Clashes since Wednesday have killed 11 people in the district, police said.")
    assert ranged.event.date_start == "2021-07-07"


def test_a_day_after_another_incident_killed_others_is_that_incident_s_toll() -> None:
    text = (
        "A drone strike killed five people in Dallow on Friday, a day after a strike on a "
        "market in the same town killed 9, medics said."
    )
    assert run(text).event.fatalities == 5
    # an arrest "two days after a shooting" has no toll of its own: the shooting's is kept
    arrest = run(
        "Police arrested a man on Friday two days after a shooting killed three people at a "
        "bar in Dallow."
    )
    assert arrest.event.fatalities == 3


def test_a_later_paragraph_opening_on_an_earlier_day_of_violence_is_another_event() -> None:
    text = (
        "An air strike hit homes in Dallow on Friday, killing four people and wounding "
        "eight, residents said.\n\n"
        "Rescuers searched the rubble through the night.\n\n"
        "On Wednesday, a strike on the town's grain store killed 10 people and wounded 25."
    )
    ctx = run(text)
    assert (ctx.event.fatalities, ctx.event.injuries) == (4, 8)
    assert (ctx.event.date_start, ctx.event.date_end) == ("2021-07-09", "2021-07-09")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a hunter killed by another who mistook him for game: the game is no casualty
        (
            "A hunter was shot and killed Saturday by a companion who fired at a wounded "
            "turkey in the brush, deputies said.",
            (1, 0),
        ),
        # warrants are executed, hearts hurt: neither is a person
        (
            "Officers went to the house to execute a search warrant. A woman inside was shot "
            "in the leg. 'It hurt my heart to see it,' a neighbour said.",
            (None, 1),
        ),
    ],
)
def test_animals_and_things_are_not_counted_as_people(text, expected):
    assert tolls(text) == expected


def test_the_attackers_dead_add_to_their_victims_across_sentences() -> None:
    text = (
        "Insurgents attacked an army base near Ruvale on Monday. Three soldiers were killed, "
        "the army said. The army said nine insurgents were killed in the fighting."
    )
    assert tolls(text)[0] == 12
    # a count that says it includes them is the total
    assert tolls("Twelve people were killed on Monday, including five militants.")[0] == 12
    # the same militants told twice are counted once
    assert (
        tolls("Troops killed 20 militants on Monday. The 20 militants belonged to one cell.")[0]
        == 20
    )


@pytest.mark.parametrize(
    "text",
    [
        "A quake shook the province late on Thursday, killing seven people, officials said, "
        "less than a year after another tremor in the province killed nine.",
        "Floods killed seven people in the district on Thursday. The floods come less than "
        "three weeks after flash floods killed 14 people in a neighbouring province.",
    ],
)
def test_another_disaster_some_time_before_is_its_own_toll(text: str) -> None:
    assert tolls(text)[0] == 7


@pytest.mark.parametrize(
    "text",
    [
        "A storm killed seven people in the region on Thursday, two weeks after Typhoon Lira "
        "killed 11 in the north.",
        "Floods killed seven people in the district on Thursday.\n\nEarlier this month, "
        "floods in a neighbouring province killed 16 people.",
    ],
)
def test_a_named_earlier_disaster_and_an_earlier_one_this_month_are_their_own(text: str) -> None:
    assert tolls(text)[0] == 7


def test_a_death_days_after_this_event_s_shooting_stays_this_event_s() -> None:
    text = "A man died on Thursday, two days after the shooting at a bar in Dallow, police said."
    assert tolls(text)[0] == 1


def test_a_headline_s_clauses_each_drop_their_auxiliary() -> None:
    # "Man killed, 3 others shot": two clauses, each without its "was"/"were"
    assert _headline_tolls("Man killed, 3 others shot on Riverton street") == (1, 3)
    assert _headline_tolls("Teen shot in Riverton dies, two others wounded") == (1, 2)
    # a semicolon starts a new clause
    assert _headline_tolls("Concert cut short after gunfire; four people shot") == (None, 4)
    # "4 Shot" in Title Case is four people shot
    assert _headline_tolls("4 Shot, 1 Killed During Argument In Riverton") == (1, 3)
    # not split: a list of places, an age set off
    assert (
        _headline_sentence("Man shot in Riverton, Oakdale") == "A man was shot in Riverton, Oakdale"
    )
    assert _headline_sentence("Boy, 12, fatally shot near park") == (
        "A boy was fatally shot near park"
    )


def test_a_headline_s_bare_count_after_a_verb_of_harm_is_people() -> None:
    assert _headline_tolls("Riverton man indicted in shooting that injured 7") == (None, 7)
    assert _headline_tolls("Gunman who killed 3 at Riverton mall sentenced") == (3, None)
    # a number that is no count of people is left alone
    assert _headline_tolls("Riverton man indicted in 2019 shooting") == (None, None)


def test_a_headline_s_injured_stand_in_when_the_text_counts_only_the_dead() -> None:
    text = "A man died after the shooting on Friday night, police said."
    assert _tolls_under("Man killed, 3 others shot on Riverton street", text) == (1, 3)
    # not when the headline counts other dead (a tally, an older figure)
    text = "Two men died after the shooting on Friday night, police said."
    assert _tolls_under("Man killed, 3 others shot on Riverton street", text) == (2, None)
    # not when the headline's injured are only implied
    text = "A man died after the shooting on Friday night, police said."
    assert _tolls_under("Man shot dead outside Riverton bar", text) == (1, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of people confirmed dead rose to 21 on Tuesday, officials said.", (21, None)),
        ("The total number of people killed has climbed to 9, police said.", (9, None)),
        ("The number of injured stands at 14, the mayor said.", (None, 14)),
        # the latest figure is the toll: the earlier one is the same event's
        (
            "A gunman killed 19 people at a school on Monday. The number of people confirmed "
            "dead rose to 21 on Tuesday.",
            (21, None),
        ),
        # no figure; a tally of something else
        ("The number of people killed is unknown. Two men were shot.", (None, 2)),
        ("The number of guns seized rose to 40 this year. A man was killed.", (1, None)),
    ],
)
def test_the_number_of_dead_that_rose_is_the_toll(text: str, expected) -> None:
    assert tolls(text) == expected


def test_a_headline_s_harmed_without_its_dead_do_not_stand_in_for_the_injured() -> None:
    text = "A man died after the shooting on Friday night, police said."
    assert _tolls_under("Two held in deadly quadruple shooting in Riverton", text) == (1, None)


def test_a_named_attacker_killed_adds_to_his_victims() -> None:
    text = (
        "Deputies said Corbin Vale fired at several shoppers, killing a cashier. Detectives "
        "say Vale also shot his two cousins. Deputies returned fire, killing Vale in the exchange."
    )
    assert tolls(text)[0] == 2
    # one named only as a victim is not an attacker: "a man" and the named man are one
    text = "A man was killed on Friday night. Officers fired back, killing Tom Reyes."
    assert tolls(text)[0] == 1
    # one who shot himself is his own victim, not an attacker besides him
    text = "Dan Hale shot himself on Friday. Hale died at the hospital."
    assert tolls(text)[0] == 1


def test_one_described_anew_in_critical_condition_may_be_the_one_who_died() -> None:
    text = (
        "A 16-year-old girl died on Sunday. Officers said a 16-year-old girl was found shot in "
        "the neck and was rushed to a clinic in critical condition."
    )
    assert tolls(text) == (1, 0)
    # another age, another sex, more dead than one, or not in critical condition: someone else
    text = "A 20-year-old man was killed on Sunday. A 22-year-old man was in critical condition."
    assert tolls(text) == (1, 1)
    text = "A man was killed on Sunday. A woman was taken to hospital in critical condition."
    assert tolls(text) == (1, 1)
    text = "Two men were killed on Sunday. A man was taken to hospital in critical condition."
    assert tolls(text) == (2, 1)
    text = "A 15-year-old boy died on Sunday. A 15-year-old boy was in stable condition."
    assert tolls(text) == (1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A total of 37 villagers were killed in the raid on Sunday.", (37, None)),
        ("A family of five died in the fire on Sunday, police said.", (5, None)),
        ("A total of three men were wounded.", (None, 3)),
        # a group's "of" phrase without a number does not count them
        ("A group of friends was shot at on Sunday. Two of them were wounded.", (None, 2)),
        ("The family of the victim was told on Sunday that he had died.", (1, None)),
    ],
)
def test_a_total_or_family_of_n_counts_n(text: str, expected) -> None:
    assert tolls(text) == expected


def test_a_headline_s_numbered_groups_listed_with_a_comma() -> None:
    assert _headline_tolls("Police: 4 teens, 1 adult shot outside Riverton supermarket") == (
        None,
        5,
    )
    assert _headline_tolls("Two men, one woman killed in Riverton shooting") == (3, None)
    # a list of places after the verb is no list of groups
    assert _headline_tolls("2 shot in Riverton, Oakdale") == (None, 2)


def test_a_headline_s_bare_counts_of_the_dead_and_hurt() -> None:
    assert _headline_tolls("1 dead, 5 hurt in Riverton club shooting") == (1, 5)
    assert _headline_tolls("One dead, five hurt in Riverton club shooting") == (1, 5)
    assert _headline_tolls("Two dead after Riverton shooting") == (2, None)


def test_a_headline_numbering_more_injured_beside_the_same_dead() -> None:
    text = "A man died after a shooting at a club on Friday. A woman and a teen were wounded."
    assert _tolls_under("1 dead, 5 hurt in Riverton club shooting", text) == (1, 5)
    # other dead than the text's: a tally of several shootings, the text's own injured
    text = "Two men died after shootings at clubs on Friday. A woman was wounded, police said."
    assert _tolls_under("1 dead, 5 hurt in Riverton club shootings", text) == (2, 1)


@pytest.mark.parametrize(
    ("text", "target", "kind"),
    [
        ("three men - aged 19, 23, and 26 - and two women", "26", "age"),
        ("four men, ages 20-27 were shot", "20-27", "age"),
        ("two women, ages 30 and 31, were hurt", "31", "age"),
        ("Boy shot in Riverton 1 / 44 Back to Gallery", "44", "fraction"),
        ("Boy shot in Riverton 1 / 44 Back to Gallery", "1", "fraction"),
        # not a list of ages, not a slash
        ("Ages aside, 12 people were shot", "12", None),
        ("aged 19, and 12 others were hurt", "12", None),
    ],
)
def test_numbers_in_a_list_of_ages_or_beside_a_slash(text: str, target: str, kind) -> None:
    (expr,) = [e for e in find_numbers(text) if text[e.num_start : e.num_end] == target]
    assert noise_kind(text, expr) == kind


def test_the_wounded_who_died_are_not_injured_too() -> None:
    text = (
        "A gunman killed 19 people at a school on Monday. The death toll rose to 21 on "
        "Tuesday as two wounded children died."
    )
    assert tolls(text) == (21, None)
    # wounded and not said to have died: injured
    assert tolls("Two wounded children were taken to hospital on Friday.") == (None, 2)
    text = "Three people were shot on Friday. The injured man did not die; he is stable."
    assert tolls(text) == (None, 3)


def test_after_a_murder_suicide_a_count_of_the_killed_naming_no_killer_includes_him() -> None:
    # "killing herself" (a reflexive object) marks the murder-suicide as "turning the gun on
    # himself" does; "the three people inside died" is everyone, she among them
    text = (
        "Police said a woman shot and killed her two sons before killing herself at their "
        "farmhouse on Sunday. Neighbours asked how the three people inside died. The woman "
        "and her two sons were all shot in the head."
    )
    assert tolls(text) == (3, 0)  # the three shot in the head are the three dead
    # a passive count with no killer named is everyone's too
    text = (
        "Two people, including a boy, were killed in a shooting at a cabin on Monday. Deputies "
        "said a man shot and killed the boy before killing himself."
    )
    assert tolls(text)[0] == 2
    # with the killer named ("by"), the count is of his victims: he adds to them
    text = (
        "A gunman killed two hikers at a cabin on Monday before killing himself. Two people were "
        "killed by the gunman, deputies said."
    )
    assert tolls(text)[0] == 3
    # no suicide: a passive count is the victims', the attacker shot by police adds
    text = "Two people were killed at a cabin on Monday. The gunman was shot dead by deputies."
    assert tolls(text)[0] == 3


def test_after_a_murder_suicide_the_bodies_include_the_attacker() -> None:
    text = (
        "A man shot his two daughters in a car on Sunday before turning the gun on himself, "
        "deputies said. Three bodies were found in the car."
    )
    assert tolls(text)[0] == 3
    # the victims of a verb of killing are his victims: he adds to them
    text = (
        "A gunman killed three people at a store on Friday before killing himself. Deputies "
        "said three people died at the scene and the gunman died later."
    )
    assert tolls(text)[0] == 4
    # no suicide: the dead counted are the victims, the attacker shot by police adds
    text = (
        "A gunman killed two people on Friday. Two people died. The gunman was shot dead by police."
    )
    assert tolls(text)[0] == 3


def test_one_of_n_people_who_died_is_one() -> None:
    assert tolls("One of three people hit by gunfire on Tuesday night has died.")[0] == 1
    assert tolls("One of the three people shot on Tuesday has died.") == (1, 2)
    # the whole when no part is taken
    assert tolls("Three people hit by gunfire on Tuesday night have died.")[0] == 3


def test_a_headline_s_feared_dead_are_no_dead() -> None:
    assert _headline_tolls("Fire at Riverton plastic factory, several feared dead") == (None, None)
    # stated: counted
    assert _headline_tolls("Fire at Riverton plastic factory, two killed") == (2, None)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A man killed his wife and then himself on Sunday.", 2),
        ("Deputies said the woman fatally shot her brother and then herself.", 2),
        # no reflexive conjunct: the attacker is not among the dead
        ("A man killed his wife and then called deputies.", 1),
        # the reflexive object of its own verb is read as before (a lone self-harm)
        ("A man shot himself in a park on Sunday and died.", 1),
    ],
)
def test_a_reflexive_conjunct_of_the_verb_is_a_second_object(text: str, killed: int) -> None:
    # the parser hangs "himself" on the verb, not on "his wife": it is still the verb's object
    assert tolls(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Killed were Ann Lee, 34, Tom Park, 40, and Joe Cruz, 22.", 3),
        ("Ann Lee, 34; Tom Park, 40; and Joe Cruz, 22, were killed.", 3),
        ("Ann Lee, 34, Tom Park, 40, were killed.", 2),
        # after the age, a description or a place is the same person
        ("Ann Lee, 34, a nurse from Springfield, was killed on Sunday.", 1),
        ("Ann Lee, 34, Springfield, was killed on Sunday.", 1),
    ],
)
def test_names_listed_with_their_ages_are_each_a_person(text: str, killed: int) -> None:
    assert tolls(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name set off by "the gunman" is the attacker: his death adds to his victims'
        ("A gunman killed two people. Officers shot the gunman, Ray Bloom, who died.", (3, 0)),
        ("A man killed two people. Police shot and killed Ray Bloom, 30, the gunman.", (3, None)),
        # the subject of the second verb is not a second person shot
        ("Officers shot Ray Bloom, the gunman, and Bloom died at the scene.", (1, 0)),
        # the attacker shot who died is not among the injured
        ("A gunman shot three people. Police shot the gunman, who died.", (1, 3)),
        # a name set off by a relation is no attacker
        ("A man killed two people. The victims included Ann Lee, his wife.", (2, None)),
        # a name titled by an attacker's word is the attacker ("Gunman Ray Bloom")
        ("A gunman killed 12 people on Sunday. Gunman Ray Bloom was killed by police.", (13, None)),
        (
            "A man killed two people. Suspected shooter Ray Bloom was shot dead by police.",
            (3, None),
        ),
        # not a name titled by a victim's or an officer's word
        ("Two people were killed on Sunday. Victim Ann Lee was shot dead.", (2, None)),
        ("Two people were killed on Sunday. Officer Ray Bloom was shot dead.", (2, None)),
    ],
)
def test_a_name_set_off_as_the_attacker_is_the_attacker(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three people were shot on Elm Road. The dead were identified as Ann Lee, 34; "
            "Tom Park, 40; and Joe Cruz, 22.",
            (3, 0),
        ),
        (
            "Four people were shot on Elm Road. Those killed were identified as Ann Lee, 34, "
            "and Tom Park, 40.",
            (2, 2),
        ),
        # the victims named may have lived
        (
            "Four people were shot on Elm Road. The victims were identified as Ann Lee, 34, "
            "and Tom Park, 40.",
            (None, 4),
        ),
        ("The dead were not identified as of Sunday night.", (None, None)),
    ],
)
def test_the_dead_identified_by_name_are_counted(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert tolls(text) == expected


# --- headlines over pages with no story, and people words (h-counts) -------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a final stop lets the parser find the verb after "but"
        ("Dealer was the target, but 4-year-old was shot", (None, 1)),
        # a bare person word at the start gets its article ("Boy" alone parses as a cry)
        ("Boy Dies After Being Accidentally Shot In Riverton", (1, None)),
        # "shooting" alone is a cue now: a double shooting is two harmed
        ("Possible double shooting in Riverton investigated", (None, 2)),
        # grazed is harmed, and an attribution at the start is no one harmed
        ("Neighbours say 6-year-old grazed by stray bullet in Riverton", (None, 1)),
        ("3 shot and wounded, 2 others grazed by bullets at Riverton cookout", (None, 5)),
        # the shooting of someone, not said to be fatal: harmed
        ("Police investigate accidental shooting of Riverton boy", (None, 1)),
        # a saved post's title is its post
        (
            'Riverton News on Twitter: "#BREAKING: 9-year-old girl shot on Elm St '
            'https://t.co/abc @Reporter reports."',
            (None, 1),
        ),
        # not a casualty: no harm word at all, or a headline about something else
        ("Riverton council debates parking fees", (None, None)),
        ("Officials say the storm was the worst in years", (None, None)),
    ],
)
def test_a_headline_over_a_page_with_no_story(title: str, expected) -> None:
    assert _headline_tolls(title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A juvenile male was taken to a trauma centre with a gunshot wound.", (None, 1)),
        ("Two females were shot outside the store on Friday.", (None, 2)),
        # a hospital's name parsed as a coordination
        ("The woman was rushed to Mercy Hale & Dunmore Hospital in Riverton.", (None, 1)),
        # fighting for one's life: harmed, not dead
        ("Two men are dead and another is fighting for his life in intensive care.", (2, 1)),
        ("He fought for the life he wanted and moved to Riverton.", (None, None)),
        ("The shooting of a music video on Elm Street drew a crowd.", (None, None)),
        ("He was charged with the attempted shooting of an officer.", (None, None)),
    ],
)
def test_more_words_of_people_and_of_harm(text: str, expected) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group broken down after a comma, closed by a comma: the same people
        ("Deputies said five people, three men and two women, were hospitalized.", 5),
        ("Four people, two men and two women, were shot on Friday.", 4),
        ("Two victims, a man and a woman, were shot.", 2),
        # a list whose rest the parser hangs on its first item: more people
        ("Two men, a woman and a boy were shot on Friday.", 4),
        ("Two men, three women and a boy were shot on Friday.", 6),
    ],
)
def test_a_group_broken_down_is_not_more_people(text: str, expected: int) -> None:
    assert tolls(text)[1] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a participle before a finite verb describes the subject: no auxiliary goes in
        ("Boy, 13, shot near Riverton park has died", (1, None)),
        ("Three-year-old boy shot in Riverton has died", (1, None)),
        ("Woman shot in Riverton remains in critical condition", (None, 1)),
        ("Man fatally shot while fishing near Riverton", (1, None)),
    ],
)
def test_a_headline_s_participle_before_its_verb(title: str, expected) -> None:
    assert _headline_tolls(title) == expected


def test_a_photo_gallery_s_counter_and_credit_are_no_count() -> None:
    text = "Photo: Channel 31 Video Image 12 of 12 Deputies: One of two boys shot Tuesday has died."
    assert tolls(text)[0] == 1  # not 31, the number in the credit line
    kinds = {c.text: c.attrs.get("kind") for c in run(text).discarded if c.field == "number"}
    assert kinds["31"] == kinds["12"] == "gallery"
    assert tolls("Image 3 of 33 A neighbour prays outside a home where two people were shot.") == (
        None,
        2,
    )


@pytest.mark.parametrize(
    ("credit", "counter"),
    [
        ("Photo: Channel 31 Video", "Image 12 of 12"),
        ("Photo credit: Channel 31 Video", "Photo 2 of 9"),
        ("Image credit: Studio 31", "Slide 4 of 15"),
        ("Courtesy: WXYZ 31 Newsroom", "Picture 1 of / 6"),
    ],
)
def test_a_gallery_s_counter_and_credit_in_any_wording(credit: str, counter: str) -> None:
    text = f"{credit} {counter} Deputies: One of two boys shot Tuesday has died."
    kinds = {c.text: c.attrs.get("kind") for c in run(text).discarded if c.field == "number"}
    assert kinds["31"] == "gallery"
    assert tolls(text)[0] == 1


def test_a_credit_without_a_gallery_s_counter_is_read_as_text() -> None:
    # no counter after it: the line is not a gallery's, its numbers are read as any others
    text = "Photo: a vigil for the 3 teenagers killed on Friday."
    kinds = {c.text: c.attrs.get("kind") for c in run(text).discarded if c.field == "number"}
    assert kinds.get("3") != "gallery"


def test_a_list_left_dead_whose_end_the_parser_splits_off() -> None:
    # the parser hangs "dead" on "a mother" and makes the rest of the list its subject
    assert tolls("The shooting left a mother, her daughter and her granddaughter dead.")[0] == 3
    assert tolls("The attack left two men and a woman dead.")[0] == 3
    assert tolls("The shooting left a man dead and two others injured.") == (1, 2)


def _tolls_under(title: str, text: str) -> tuple[int | None, int | None]:
    article = Article(id="t", text=text, title=title)
    ctx = Context(article=article, doc=get_nlp()(text), anchor=ANCHOR)
    when.annotate(ctx)
    counts.annotate(ctx)
    return ctx.event.fatalities, ctx.event.injuries


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # two people a headline lists before one predicate: both harmed
        ("6-year-old girl, man shot in Riverton", (None, 2)),
        ("Man and 7-year-old girl hurt in Riverton shooting", (None, 2)),
        # one person named, or a plural with no number: the story's own count stands
        ("Man shot on Elm Street in Riverton", (None, 1)),
        ("Teens shot on Elm Street in Riverton", (None, 1)),
    ],
)
def test_a_headline_naming_two_harmed_over_a_story_that_details_one(title: str, expected):
    assert _tolls_under(title, "A man was shot on Friday, police said.") == expected


def test_a_shooting_that_landed_people_in_hospital() -> None:
    assert tolls("The shooting on Friday landed four men in the hospital.") == (None, 4)


def test_a_headline_s_person_with_a_word_before_it_is_one() -> None:
    assert _tolls_under("Teen hunter shot in Riverton County", "A teen was shot.") == (None, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event set beside other incidents: what follows the verb is theirs
        (
            "A deputy was shot and wounded on Sunday. The shooting follows recent ambushes "
            "of police in Marlow City, where four deputies died, and Port Ellery, where two "
            "died.",
            (None, 1),
        ),
        (
            "A trooper was wounded on Sunday. The attack came hours before two state troopers "
            "were shot dead in Port Ellery.",
            (None, 1),
        ),
        # this event's toll before the verb stays
        ("The shooting, which killed two men, came a day after a storm hit the town.", (2, None)),
        # an arrest that follows the killing: the killing is this event's
        (
            "Police arrested a man on Friday. The arrest follows the fatal shooting of a man on "
            "Elm Street.",
            (1, None),
        ),
    ],
)
def test_an_incident_this_one_is_compared_with_is_not_counted(text: str, expected) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shooting left one dead and three injured.", (1, 3)),
        ("The gunfire left two men dead and four others hurt.", (2, 4)),
        # one list of people with one fate stays one group
        ("The attack left two men and a woman dead.", (3, None)),
    ],
)
def test_left_one_dead_and_three_injured_are_two_fates(text: str, expected) -> None:
    assert tolls(text) == expected


def test_an_attempted_murder_suicide_counts_no_two_dead() -> None:
    text = (
        "Ray Tull was found dead at a cabin on Thursday. His daughter, 10, was also found "
        "wounded. Both had been shot in what deputies called an attempted murder-suicide."
    )
    assert tolls(text) == (1, 1)
    assert tolls("Police called the deaths a murder-suicide.")[0] == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twin 19-year-old brothers were shot dead outside a party late Sunday.", (2, None)),
        ("Twin sisters were shot on Sunday.", (None, 2)),
        # a plural without a number or a pair says no count
        ("Brothers were shot on Sunday.", (None, None)),
    ],
)
def test_twin_brothers_are_two(text: str, expected) -> None:
    assert tolls(text) == expected


def test_a_feud_s_toll_over_the_past_couple_of_years_is_another_period() -> None:
    text = (
        "Six people were hurt in the attack on Friday. Detectives said the attack was part of a "
        "feud between rival crews that has claimed three lives over the past couple of years."
    )
    assert tolls(text) == (None, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what someone meant or plotted to do is no death
        (
            "He told a neighbour he was going to kill his landlord and her son.",
            (None, None),
        ),
        (
            "Police believe the boys plotted to kill Jane Roe, lured her out and then shot her.",
            (None, 1),
        ),
        # done: counted
        ("He went on to kill two people.", (2, None)),
        ("The gunman went into the store and killed two people.", (2, None)),
    ],
)
def test_a_killing_meant_or_plotted_is_no_death(text: str, expected) -> None:
    assert tolls(text) == expected


def test_the_one_who_says_after_a_list_of_names_is_no_victim() -> None:
    text = (
        "Curtis Vell, 61, faces a murder charge in the death of Abe Tolan, 47, Lt. Rosa Quint said."
    )
    assert tolls(text) == (1, None)
    # a list of names with their ages: each a victim
    assert tolls("Killed were Ann Lee, 34, Tom Park, 40, and Joe Cruz, 22.") == (3, None)


def test_a_span_of_time_right_after_a_count_is_its_period() -> None:
    text = (
        "Six people were hurt on Friday. Detectives said Saturday the attack was part of a "
        "feud that has by now claimed three lives over the past few years."
    )
    assert tolls(text) == (None, 6)
    # a span further on is not the count's own
    assert tolls("Two men were killed on Friday in the worst attack in the past two years.") == (
        2,
        None,
    )


def test_a_headline_numbering_the_dead_counts_them_over_a_text_that_only_names_some() -> None:
    text = (
        "Police said on Friday that a man shot and killed his brother, his mother and a "
        "neighbour at a house on Elm Street before taking his own life."
    )
    assert _tolls_under("Five people found dead in Riverton home", text)[0] == 5
    # a text that numbers the dead itself keeps its number
    text = "Two people were killed at a house on Elm Street on Friday, police said."
    assert _tolls_under("Five people found dead in Riverton home", text)[0] == 2
    # a headline with fewer dead, or none numbered, changes nothing
    text = "A man and his brother were shot dead at a house on Elm Street on Friday."
    assert _tolls_under("One dead in Riverton shooting", text)[0] == 2
    assert _tolls_under("Deadly shooting in Riverton", text)[0] == 2


def test_the_suspect_identified_by_name_is_the_suspect() -> None:
    text = (
        "A trooper was shot and a suspect was killed at a roadside check on Monday. The "
        "suspect killed in the gunfight was later identified as Lyle Brannock."
    )
    assert tolls(text)[0] == 1
    # the dead identified: a victim as before
    text = (
        "A trooper shot a suspect at a roadside check on Monday. The man killed in the "
        "collision was later identified as Lyle Brannock."
    )
    assert tolls(text)[0] == 1


def test_one_a_relative_clause_tells_attacked_someone_is_the_attacker() -> None:
    # the man police shot is the one who shot his girlfriend: one dead, not two
    text = (
        "Deputies fatally shot a man who had just shot his neighbour, killing the attacker on "
        "Friday. The neighbour was wounded in the arm."
    )
    assert tolls(text) == (1, 1)
    # a man who was shot is not an attacker
    assert tolls("A man who was shot by a neighbour on Friday died. A woman was wounded.") == (
        1,
        1,
    )


def test_killing_talked_of_is_no_death() -> None:
    text = (
        "A man shot his girlfriend in the hand on Friday. He had talked about killing himself, "
        "his brother said."
    )
    assert tolls(text)[0] is None
    # a finding that he killed himself is one
    assert tolls("Police think the man killed himself on Friday.")[0] == 1


def test_a_paragraph_on_the_incident_this_one_is_compared_with_is_another_incident() -> None:
    text = (
        "A 7-year-old boy shot himself with a revolver on Wednesday and is expected to "
        "recover.\n\nThe incident came a day after another boy shot himself at a home in "
        "Riverton.\n\nThat shooting happened on Tuesday. The child was taken to hospital. He "
        "died on Thursday."
    )
    assert tolls(text)[0] is None
    text = (
        "Seven people were wounded in a gang shooting on Friday.\n\nThe shooting occurred eight "
        "months after a bystander was killed in a gun battle between the same gangs.\n\nIn that "
        "incident, Ann Lee, 23, had just parked her car when she was shot and killed."
    )
    assert tolls(text) == (None, 7)
    # "That shooting" after no comparison is this event
    text = (
        "Police were called to Elm Street on Friday.\n\nThat shooting left a man dead, police said."
    )
    assert tolls(text)[0] == 1


def test_the_one_a_vigil_honored_is_its_cause_not_its_toll() -> None:
    text = (
        "Five people were shot at a candlelight vigil on Thursday. The vigil honored Cal Dunn, "
        "a teenager who died when he was shot in a carjacking."
    )
    assert tolls(text) == (None, 5)
    # a verb whose subject is no vigil: the death counts
    assert tolls("Police said the gunman killed Jo Lee, who died at the scene.")[0] == 1


def test_a_gun_turned_on_himself_in_an_attempted_suicide_harmed_him() -> None:
    text = (
        "A farmer shot and killed his two nephews and later turned the gun on himself in a "
        "suicide attempt on Sunday."
    )
    assert tolls(text) == (2, 1)
    text = "A farmer shot and killed his two nephews and later turned the gun on himself on Sunday."
    assert tolls(text)[0] == 3


def test_a_description_opening_the_sentence_after_a_named_victim_is_that_victim() -> None:
    text = (
        "Jo Lee was killed at the store on Sunday. The other victim was Ann Park, 39. The "
        "Riverton resident died at the scene."
    )
    assert tolls(text)[0] == 2
    text = "Jo Lee was killed on Sunday. Tom Ray was shot in the chest. He died at the hospital."
    assert tolls(text)[0] == 2
    # a name given to the one already counted: still one
    text = (
        "A man was killed at the store on Sunday. Police identified him as Tom Ray. The victim "
        "died at the scene."
    )
    assert tolls(text)[0] == 1
    # one named in passing (a speaker) is not the one who died
    text = (
        "Jo Lee was killed at the store on Sunday. Officer Tom Ray said the gunman fled. The "
        "victim died at the scene."
    )
    assert tolls(text)[0] == 1
    # the one the description follows is already among the dead
    text = "Jo Lee was shot in the chest on Sunday. Jo Lee died. She was pronounced dead later."
    assert tolls(text)[0] == 1


def test_someones_kin_in_the_plural_are_two_at_the_least() -> None:
    assert tolls("A woman shot and killed her daughters, ages 6 and 9, on Saturday.")[0] == 2
    assert tolls("A man shot and killed his parents on Saturday.")[0] == 2
    # a number says how many
    assert tolls("A man shot and killed his three sons on Saturday.")[0] == 3
    # a plural with no possessor says nothing of how many
    assert tolls("Gunmen killed villagers on Saturday.")[0] is None


def test_a_death_named_in_a_passage_about_another_incident_is_that_incidents() -> None:
    text = (
        "Kellan Roe, 15, was shot dead on Friday. Brisa Okafor, 3, was shot and killed in "
        "March 2016. Brisa died of a wound to the chest."
    )
    assert tolls(text)[0] == 1
    # a relative of the same surname harmed in this event: her death counts
    text = (
        "Mia Curry, 6, was shot on Friday. Pierce Curry was killed in August 2013. Curry died "
        "at the hospital on Saturday."
    )
    assert tolls(text)[0] == 1


def test_a_name_in_apposition_to_a_background_death_is_that_deaths() -> None:
    # "His mother, Jo Reed," is the mother killed last summer: "Jo was killed" is her death
    text = (
        "Sam Reed, 6, died Saturday at the hospital. His mother, Jo Reed, was fatally shot on "
        "the expressway last summer. His uncle spoke to reporters after Jo was killed."
    )
    assert tolls(text)[0] == 1
    # not when the apposed death is this event's (no other period)
    text = (
        "Sam Reed, 6, died Saturday at the hospital. His mother, Jo Reed, was fatally shot on "
        "Friday. His uncle spoke to reporters after Jo was killed."
    )
    assert tolls(text)[0] == 2
    # nor a name apposed to someone who lived, nor one that is no person's
    text = (
        "Sam Reed, 6, died Saturday at the hospital. His mother, Jo Reed, was shot and wounded "
        "on the expressway last summer. Police said Jo was killed on Friday."
    )
    assert tolls(text)[0] == 2


def test_a_second_subject_with_its_age_before_its_auxiliary_is_its_victim() -> None:
    # the parse hangs "Tia Brandt" on "December"; the noun before ", 4, was" is the subject
    text = (
        "Cole Hart, 12, was shot dead on Friday. Remy Oakes, 3, was shot and killed in March "
        "and Tia Brandt, 5, was killed in early May in what detectives called avoidable "
        "shootings. Tia died when a bullet came through a window."
    )
    ctx = run(text)
    victims = {
        c.attrs.get("victims")
        for c in ctx.discarded
        if c.field == "fatalities" and c.attrs.get("reason", "").startswith("other_period")
    }
    assert victims == {"Remy Oakes", "Tia Brandt"}
    # so "Tia died" is hers, told of again, not a second death of this event
    assert ctx.event.fatalities == 1


def test_a_hyphenated_first_name_alone_is_that_person() -> None:
    # "Ana-Lu" alone later is the girl killed in October, not a second death of this event
    text = (
        "Cole Hart, 12, was shot dead on Friday. Remy Oakes, 3, was shot and killed in March "
        "and Ana-Lu Brandt, 5, was killed in early May in what detectives called avoidable "
        "shootings. Ana-Lu died when a bullet came through a window."
    )
    assert tolls(text)[0] == 1
    doc = get_nlp()("Ana-Lu Brandt was shot. Ana-Lu died.")
    heads = [t for t in doc if t.dep_ in ("nsubj", "nsubjpass")]
    assert [_full_name(t) for t in heads] == ["ana-lu brandt", "ana-lu"]


def _set_aside(ctx: Context, who: str) -> bool:
    return any(
        c.field == "fatalities"
        and c.attrs.get("victims") == who
        and c.attrs.get("reason", "").startswith(("other_period", "statistic", "other_event"))
        for c in ctx.discarded
    )


@pytest.mark.parametrize(
    "background",
    [
        "Leo Park, 3, was killed in late October.",
        "Leo Park, 3, was killed last year in a similar shooting.",
        "Leo Park, 3, was killed in 2015.",
        "Leo Park, 3, was killed two months ago.",
        "Leo Park, 3, was killed earlier this year.",
    ],
)
def test_a_killing_its_own_time_puts_well_before_a_recent_event_is_another(
    background: str,
) -> None:
    # the killing a background sentence dates weeks or years before this event's day: its
    # victim is not one of this event's people (grouping keeps him out of the report's own)
    ctx = run(
        "A man was shot dead on Friday in Elmwood. " + background, anchor=dt.date(2021, 11, 13)
    )
    assert _set_aside(ctx, "Leo Park")
    assert ctx.event.fatalities == 1
    assert ctx.event.event_date == "2021-11-12"


@pytest.mark.parametrize(
    ("text", "anchor", "day"),
    [
        # the event itself told with its date, the day before publication
        (
            "Police are looking for the gunman. Leo Park, 19, was killed Oct. 28 outside a store.",
            dt.date(2021, 10, 29),
            "2021-10-28",
        ),
        # the story's own victim dying days after he was shot
        (
            "Leo Park, 19, was shot on Oct. 30 outside a store. He died in the hospital last "
            "week, police said.",
            dt.date(2021, 11, 13),
            "2021-10-30",
        ),
        # a follow-up: the killing weeks ago is what the story is about
        (
            "Leo Park, 19, was killed in late October, police said Friday. No arrests have been "
            "made.",
            dt.date(2021, 11, 13),
            "2021-10-26",
        ),
    ],
)
def test_the_event_told_with_its_own_date_is_not_another(
    text: str, anchor: dt.date, day: str
) -> None:
    ctx = run(text, anchor=anchor)
    assert not _set_aside(ctx, "Leo Park")
    assert ctx.event.fatalities == 1
    assert ctx.event.event_date == day


def test_our_children_are_no_count() -> None:
    text = (
        "A 15-year-old boy was killed on Friday. 'We have to stop the murders of our children,' "
        "his aunt said."
    )
    assert tolls(text)[0] == 1


def test_a_killing_that_is_an_aim_is_no_death() -> None:
    text = "A caller said he took a box of pills in an effort to kill himself on Friday."
    assert tolls(text)[0] is None
    assert tolls("Police said the man made an attempt to kill his wife on Friday.")[0] is None
    # the deed itself counts
    assert tolls("Police said the man killed his wife on Friday.")[0] == 1


def test_the_headline_is_parsed_once_and_each_fallback_gets_its_own_copy(monkeypatch) -> None:
    # a text with no death and no number of the dead: `_headline_dead` takes the headline's
    # dead, then `_headline_more_dead` and `_headline_more` ask for the headline again
    from newsfold.analyse.counts import article as counts_article

    parses: list[str] = []
    read = counts_article._read_headline

    def counting(ctx: Context) -> Context | None:
        if ctx.article.title:  # (the headline's own reading has none)
            parses.append(ctx.article.title)
        return read(ctx)

    monkeypatch.setattr(counts_article, "_read_headline", counting)
    text = "A man was wounded on Friday night outside the club, police said."
    article = Article(id="t", text=text, title="Deadly shooting outside Riverton club")
    ctx = Context(article=article, doc=get_nlp()(text), anchor=ANCHOR)
    when.annotate(ctx)
    counts.annotate(ctx)
    assert len(parses) == 1
    # the first fallback's change to the headline's event (a death it ties to no one) is its
    # own: the stored reading of the headline is as parsed
    head = ctx.notes[counts_article.HEAD_NOTE]
    assert head is not None and head.event.fatalities is None
    assert (ctx.event.fatalities, ctx.event.injuries) == (1, 1)


def test_a_batch_reads_headlines_as_one_article_does() -> None:
    from newsfold.analyse import analyse, analyse_many

    articles = [
        Article(id="a", text="Sign up for our newsletter.", title="4 shot, 1 killed in Riverton"),
        Article(id="b", text="A man was wounded on Friday.", title="Man fatally shot in Elmdale"),
        Article(id="c", text="The council met on Monday to discuss the budget.", title=None),
        Article(id="d", text="A woman died on Friday.", title="Council approves new budget"),
    ]
    batched = [a.event for a in analyse_many(articles, batch_size=3)]
    single = [analyse(a).event for a in articles]
    assert batched == single
    assert [(e.fatalities, e.injuries) for e in batched] == [
        (1, 3),
        (1, 1),
        (None, None),
        (1, None),
    ]
    # only headlines that name a casualty are read (and so parsed)
    assert counts.headline_text("Council approves new budget") is None
    assert counts.headline_text("4 shot, 1 killed in Riverton") == (
        "4 people were shot, 1 was killed in Riverton."
    )


def test_a_context_parses_a_text_unless_the_batch_did() -> None:
    nlp = get_nlp()
    given = nlp("Two were hurt.")
    ctx = Context(article=Article(id="t", text="x"), doc=nlp("x"), anchor=ANCHOR)
    ctx.parsed = {"Two were hurt.": given}
    assert ctx.parse("Two were hurt.") is given
    other = ctx.parse("One was hurt.")
    assert other is not given and other.text == "One was hurt."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "one" after a conjunct counting several of its kind is one of them
        ("Five people were hurt and one was left in serious condition.", (None, 5)),
        ("Two people were wounded and one was critically hurt.", (None, 2)),
        # not "one more", "another", "one man", nor a "one" of another kind
        ("Two were wounded and one more was hurt.", (None, 3)),
        ("One man was wounded and another was hurt.", (None, 2)),
        ("Two women were shot in the leg and one man was shot in the arm.", (None, 3)),
        ("Two men were killed and one was wounded.", (2, 1)),
        # counts with their own number still add up
        ("Six fighters were killed by fire and 3 were killed by mines.", (9, None)),
    ],
)
def test_one_after_a_count_of_several_is_one_of_them(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert tolls(text) == expected


# --- the wounded who died: a partitive death ("one of four people wounded has died") ------------


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the dead are one of the wounded counted: the others are the injured
        (
            "One of five men wounded in a shooting at a car wash on Tuesday has died. "
            "Police said the five wounded men were taken to Mercy Hospital.",
            1,
            4,
        ),
        (
            "One of three teenagers shot near the skate park died on Sunday. "
            "The three teenagers were wounded when a car drove past.",
            1,
            2,
        ),
    ],
)
def test_a_death_among_the_wounded_leaves_the_injured(text: str, killed: int, injured: int) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # others marked as besides the dead stay injured
        (
            "One of the two gunmen died at the scene. Two bystanders were wounded.",
            1,
            2,
        ),
        ("One man died and four others were wounded in the shooting.", 1, 4),
        # a count of the wounded of another size is not the group the dead came from
        (
            "One of five men wounded in a shooting at a car wash has died. Three men "
            "were wounded when they ran, police said.",
            1,
            4,
        ),
    ],
)
def test_a_partitive_death_leaves_other_counts_alone(text: str, killed: int, injured: int) -> None:
    assert tolls(text) == (killed, injured)


def test_named_subjects_are_the_proper_noun_subjects_only() -> None:
    """`_named_subjects` reads the Doc's arrays: the same tokens as a pass over every token
    that keeps the proper nouns whose relation is `nsubj` (not a passive subject, an object or
    a common noun subject)."""
    from newsfold.analyse.counts.combine import _attackers, _named_subjects

    nlp = get_nlp()
    doc = nlp(
        "Corwin Thale shot his neighbour on Tuesday. Police said Thale was arrested later. "
        "A deputy wounded Marta Quell."
    )
    expected = [t.i for t in doc if t.dep_ == "nsubj" and t.pos_ == "PROPN"]
    assert [t.i for t in _named_subjects(doc)] == expected
    assert "Thale" in {t.text for t in _named_subjects(doc)}
    assert "Quell" not in {t.text for t in _named_subjects(doc)}  # an object
    assert "deputy" not in {t.text for t in _named_subjects(doc)}  # a common noun
    assert _attackers(doc) == {"corwin thale"}  # the subject of an attack with an object
    assert _named_subjects(nlp("")) == []


def test_gallery_spans_need_a_counter_s_word() -> None:
    from newsfold.analyse.counts.not_casualties import _gallery_spans

    text = "Photo: Lakeview Gazette Image 4 of 9 Crews cleared the road."
    assert [text[a:b] for a, b in _gallery_spans(text)] == ["Photo: Lakeview Gazette Image 4 of 9"]
    assert _gallery_spans("Slide 2 of 14") == [(0, 13)]
    # no counter word at all, or one in lower case: nothing (the search is skipped or fails)
    assert _gallery_spans("Courtesy: the family. 3 of 5 victims were teens.") == []
    assert _gallery_spans("He saw image 3 of 5 on a phone.") == []
