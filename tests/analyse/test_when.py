"""analyse/when (and the timeexpr grammar): dates resolved against the publication date.

Every sentence here is written for these tests. The publication dates are fixed; 10 July 2021
is a Saturday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfold.analyse import when
from newsfold.analyse.context import Context
from newsfold.analyse.nlp import get_nlp
from newsfold.analyse.timeexpr import (
    DAY,
    MONTH,
    WEEK,
    YEAR,
    find_times,
    relative_of,
    resolve,
    resolve_relative,
)
from newsfold.records import Article

SAT = dt.date(2021, 7, 10)  # a Saturday


def run(text: str, anchor: dt.date | None = SAT) -> Context:
    ctx = Context(article=Article(id="t", text=text), doc=get_nlp()(text), anchor=anchor)
    when.annotate(ctx)
    return ctx


def resolved(expression: str, anchor: dt.date | None = SAT, prefer: str = "past"):
    exprs = find_times(expression)
    assert exprs, f"no temporal expression found in {expression!r}"
    return resolve(exprs[0], anchor, prefer=prefer)


# --- the grammar and the resolver ----------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "day"),
    [
        ("on Friday", "2021-07-09"),  # the last Friday before a Saturday publication
        ("on Saturday", "2021-07-10"),  # the publication's own weekday: that day
        ("Saturday night", "2021-07-10"),
        ("last Saturday", "2021-07-03"),  # "last" + the publication's weekday: a week back
        ("this past Saturday", "2021-07-03"),
        ("last Friday", "2021-07-02"),  # yesterday's weekday with "last": the week before's
        ("since Wednesday", "2021-07-07"),
        ("Monday morning", "2021-07-05"),
        ("late Sunday", "2021-07-04"),
        ("Friday's", "2021-07-09"),
        ("yesterday", "2021-07-09"),
        ("last night", "2021-07-09"),
        ("today", "2021-07-10"),
        ("this morning", "2021-07-10"),
        ("overnight", "2021-07-10"),  # the night that ended on the publication day
        ("overnight Tuesday", "2021-07-06"),  # a named night: that weekday's
        ("happened overnight Friday", "2021-07-09"),
        ("two days ago", "2021-07-08"),
        ("July 12, 2021", "2021-07-12"),
        ("12 July 2021", "2021-07-12"),
        ("the 12th of July, 2021", "2021-07-12"),
        ("Jul. 2, 2020", "2020-07-02"),
        ("7/12/2021", "2021-07-12"),
        ("7/12/21", "2021-07-12"),
        ("25/12/2020", "2020-12-25"),  # day first when the first number cannot be a month
        ("2021-07-12", "2021-07-12"),
        ("July 2", "2021-07-02"),  # no year: the one that puts it on or before publication
        ("on 7/2", "2021-07-02"),
        ("Sept. 3", "2020-09-03"),  # ... which for September is last year's
        ("on Friday, July 9", "2021-07-09"),
        ("Christmas Eve", "2020-12-24"),
        ("the Fourth of July", "2021-07-04"),
    ],
)
def test_day_expressions(expression: str, day: str) -> None:
    r = resolved(expression)
    assert r is not None
    assert r.best.isoformat() == day
    assert r.precision == DAY


def test_a_date_a_few_days_after_publication_is_this_year_not_last() -> None:
    # "services will be held July 15" in an article of 10 July: a coming date, not 2020's
    assert resolved("July 15").best.isoformat() == "2021-07-15"
    assert resolved("July 30").best.isoformat() == "2020-07-30"


def test_weekday_in_the_future_tense_is_the_next_one() -> None:
    assert resolved("on Monday", prefer="future").best.isoformat() == "2021-07-12"
    assert resolved("next Saturday").best.isoformat() == "2021-07-17"


@pytest.mark.parametrize(
    ("expression", "start", "end", "precision"),
    [
        ("last week", "2021-06-28", "2021-07-04", WEEK),
        ("earlier this week", "2021-07-05", "2021-07-09", WEEK),
        ("over the weekend", "2021-07-10", "2021-07-10", WEEK),
        ("earlier this month", "2021-07-01", "2021-07-09", MONTH),
        ("last month", "2021-06-01", "2021-06-30", MONTH),
        ("in June", "2021-06-01", "2021-06-30", MONTH),
        ("in August", "2020-08-01", "2020-08-31", MONTH),  # the last August before publication
        ("in June 2019", "2019-06-01", "2019-06-30", MONTH),
        ("mid-June", "2021-06-11", "2021-06-20", MONTH),
        ("in 2020", "2020-01-01", "2020-12-31", YEAR),
        ("last year", "2020-01-01", "2020-12-31", YEAR),
    ],
)
def test_period_expressions(expression: str, start: str, end: str, precision: int) -> None:
    r = resolved(expression)
    assert r is not None
    assert (r.start.isoformat(), r.end.isoformat(), r.precision) == (start, end, precision)


def test_monday_publication_weekend_is_the_saturday_and_sunday_before() -> None:
    r = resolved("over the weekend", anchor=dt.date(2021, 7, 12))
    assert (r.start.isoformat(), r.end.isoformat()) == ("2021-07-10", "2021-07-11")


def test_month_names_that_are_words_are_not_dates() -> None:
    text = "He may go home. The march began at noon. She said it may rain."
    assert [e.text for e in find_times(text)] == []


def test_without_an_anchor_only_absolute_expressions_resolve() -> None:
    assert resolved("on Friday", anchor=None) is None
    assert resolved("yesterday", anchor=None) is None
    assert resolved("July 12", anchor=None) is None
    assert resolved("9 May 2020", anchor=None).best.isoformat() == "2020-05-09"


# --- the component: roles and the event's dates --------------------------------------------


def test_range_since_wednesday_to_friday_is_dated_by_its_first_day() -> None:
    text = (
        "Soldiers stormed three districts of the port on Friday to end clashes with armed "
        "groups. At least eight people have died in the fighting since Wednesday."
    )
    ctx = run(text)
    ev = ctx.event
    assert (ev.date_start, ev.date_end) == ("2021-07-07", "2021-07-09")
    assert ev.event_date == "2021-07-07"  # the earliest day of violence
    assert ev.time_precision == 1
    starts = ctx.claims_for("date_start")
    assert [c.value for c in starts] == ["2021-07-07"]
    assert starts[0].text == "since Wednesday"
    assert {c.value for c in ctx.claims_for("event_date")} == {"2021-07-09"}


def test_other_periods_and_statistics_are_not_the_event() -> None:
    text = (
        "Gunmen attacked a market on Friday, killing four traders. Similar raids killed two "
        "people in June. The region recorded 900 violent deaths in 2020, officials said."
    )
    ctx = run(text)
    assert ctx.event.event_date == "2021-07-09"
    roles = {m.text: m.role for m in ctx.times}
    assert roles["on Friday"] == "event"
    assert roles["in June"] == "other_period"
    assert roles["in 2020"] == "statistic"
    reasons = {c.text: c.attrs["reason"] for c in ctx.discarded if c.field == "event_date"}
    assert reasons["in June"].startswith("other_period")
    assert reasons["in 2020"].startswith("statistic")


@pytest.mark.parametrize(
    ("text", "expression", "role"),
    [
        (
            "A man was shot dead on Thursday. His funeral will be held on Monday.",
            "on Monday",
            "future",
        ),
        (
            "A woman was stabbed on Thursday. The suspect appeared in court on Friday.",
            "on Friday",
            "court",
        ),
        (
            "Two men were shot on Tuesday. Their funeral took place on Thursday.",
            "on Thursday",
            "funeral",
        ),
        (
            "A teenager was killed on Tuesday. Police said on Thursday that no arrest was made.",
            "on Thursday",
            "report",
        ),
        (
            "A guard was wounded on Tuesday. The gunman, born on March 3, 1990, fled.",
            "on March 3, 1990",
            "birth",
        ),
        (
            "Updated: July 10, 2021\n\nA driver was shot on Thursday night near the bridge.",
            "July 10, 2021",
            "publication",
        ),
        (
            "A driver was shot on Thursday night. Officers arrested a suspect on Friday.",
            "on Friday",
            "arrest",
        ),
        # a finding or an appeal on a later day, however it names the violence
        (
            "A driver was shot on Wednesday. The medical examiner ruled the death a homicide "
            "on Friday.",
            "on Friday",
            "report",
        ),
        (
            "A boy was shot on Wednesday. The shooting was ruled accidental on Friday.",
            "on Friday",
            "report",
        ),
        (
            "A teen was shot on Tuesday. Crime Stoppers offered a reward Friday for information "
            "about the shooting.",
            "Friday",
            "report",
        ),
    ],
)
def test_dates_that_are_not_the_event(text: str, expression: str, role: str) -> None:
    ctx = run(text)
    roles = {m.text: m.role for m in ctx.times}
    assert roles[expression] == role
    discarded = [c for c in ctx.discarded if c.text == expression]
    assert discarded and discarded[0].attrs["reason"].startswith(role)


def test_a_ruling_on_a_day_of_violence_still_dates_it() -> None:
    # the day belongs to the violence it qualifies, not to the ruling
    ctx = run("The coroner ruled Tuesday's shooting a homicide, police said.")
    assert ctx.event.event_date == "2021-07-06"
    ctx = run("A man shot on Tuesday was ruled the victim of a homicide, police said.")
    assert ctx.event.event_date == "2021-07-06"


def test_event_date_skips_court_and_funeral_days() -> None:
    text = (
        "A man charged with the shooting appeared in court on Friday. The victim was shot "
        "on Tuesday outside a bar, police said."
    )
    assert run(text).event.event_date == "2021-07-06"


def test_a_year_written_once_dates_the_same_day_written_without_it() -> None:
    text = (
        "Two teenagers were shot and killed at the park on March 13. Charges were dropped "
        "this week in the killings, which happened on March 13, 2019."
    )
    ctx = run(text)
    assert ctx.event.event_date == "2019-03-13"


def test_acled_style_note_without_anchor() -> None:
    ctx = run(
        "On 9 May 2020, clashes erupted between two armed groups near the border town. "
        "Three fighters were killed.",
        anchor=None,
    )
    assert ctx.event.event_date == "2020-05-09"
    assert ctx.event.time_precision == 1


def test_around_a_date_is_week_precision() -> None:
    ctx = run("Around 8 May 2020 (as reported), gunmen ambushed a convoy on a highway.", None)
    assert ctx.event.event_date == "2020-05-08"
    assert ctx.event.time_precision == 2


def test_a_reported_date_stands_in_when_nothing_else_dates_the_event() -> None:
    ctx = run("As reported on 1 May 2020, militants raided a village in the hills.", None)
    assert ctx.event.event_date == "2020-05-01"


def test_year_hint_for_a_day_without_year_when_there_is_no_anchor() -> None:
    ctx = run("On 9 May 2020, police raided a camp. On 8 May, gunmen had burned a bus.", None)
    dates = sorted(m.date_start.isoformat() for m in ctx.times)
    assert dates == ["2020-05-08", "2020-05-09"]


def test_no_anchor_no_absolute_date_means_null_never_today() -> None:
    ctx = run("Gunmen attacked a bus on Friday, killing two passengers.", anchor=None)
    ev = ctx.event
    assert (ev.event_date, ev.date_start, ev.date_end, ev.time_precision) == (
        None,
        None,
        None,
        None,
    )


def test_no_date_in_text_falls_back_to_publication_with_week_precision() -> None:
    ctx = run("Gunmen attacked a bus, killing two passengers, police said.")
    ev = ctx.event
    assert ev.event_date == "2021-07-10"
    assert ev.time_precision == 2
    assert (ev.date_start, ev.date_end) == ("2021-07-03", "2021-07-10")
    assert ctx.claims_for("event_date") == []  # nothing in the text to point at


def test_a_clock_time_without_a_day_does_not_move_the_publication_day() -> None:
    # an evening hour with no day: the report may be of this evening or of last night; the
    # publication day stays the guess, at a week's precision
    ctx = run("Two men were wounded in a shooting at about 9:30 p.m. on Elm Street, police said.")
    ev = ctx.event
    assert (ev.event_date, ev.time_precision) == ("2021-07-10", 2)
    assert (ev.date_start, ev.date_end) == ("2021-07-03", "2021-07-10")


def test_time_mentions_and_claims_carry_spans_precision_and_expression() -> None:
    text = "A bus was set on fire last night in the old town."
    ctx = run(text)
    (m,) = ctx.times
    assert (m.text, m.role, m.precision) == ("last night", "event", 1)
    (claim,) = ctx.claims_for("event_date")
    assert text[claim.start : claim.end] == "last night"
    assert claim.value == "2021-07-09"
    assert claim.attrs["precision"] == 1
    assert claim.attrs["expression"] == "last night"


def test_week_precision_event() -> None:
    ctx = run("Armed men looted several shops in the market last week.")
    ev = ctx.event
    assert ev.time_precision == 2
    assert (ev.date_start, ev.date_end) == ("2021-06-28", "2021-07-04")


# --- datelines, places called courts, the verb a date hangs on ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "RIVERTON, July 10 (Northwind Press) - Gunmen ambushed a bus on Thursday on the ridge.",
        "PORT ELLIS, Redland, July 10 - Two guards were wounded in an attack on Thursday.",
    ],
)
def test_a_wire_dateline_is_the_publication_day_not_an_event_day(text: str) -> None:
    ctx = run(text)
    roles = {m.text: m.role for m in ctx.times}
    assert roles["July 10"] == "publication"
    ev = ctx.event
    assert (ev.event_date, ev.date_start, ev.date_end) == ("2021-07-08",) * 3


def test_a_basketball_court_is_a_place_not_a_hearing() -> None:
    ctx = run("A boy was shot at a basketball court on Thursday evening, police said.")
    assert {m.text: m.role for m in ctx.times}["on Thursday evening"] == "event"
    assert ctx.event.event_date == "2021-07-08"


def test_the_verb_a_date_hangs_on_says_what_it_dates() -> None:
    text = "A man was arrested on Friday in the fatal shooting of a clerk on Tuesday night."
    ctx = run(text)
    assert {m.text: m.role for m in ctx.times}["on Friday"] == "arrest"
    assert ctx.event.event_date == "2021-07-06"
    text = "The father was arraigned on Friday after his son shot himself on Wednesday."
    assert run(text).event.event_date == "2021-07-07"


# --- the range: days of violence and the lead paragraph's days ------------------------------


def test_what_followed_in_later_paragraphs_does_not_extend_the_range() -> None:
    text = (
        "Gunmen killed three guards at a depot on Wednesday, officials said.\n\n"
        "Schools in the area stayed closed on Friday, and the army sent soldiers to search the "
        "hills around the blast site on Thursday."
    )
    ev = run(text).event
    assert (ev.event_date, ev.date_start, ev.date_end) == ("2021-07-07",) * 3


def test_days_the_lead_paragraph_tells_extend_the_range() -> None:
    ev = run(
        "Police moved into the district on Friday after clashes that began on Wednesday."
    ).event
    assert (ev.event_date, ev.date_start, ev.date_end) == ("2021-07-07", "2021-07-07", "2021-07-09")


def test_what_could_be_heard_is_not_a_day_of_violence() -> None:
    text = (
        "Six people have been killed in clashes since Wednesday, officials said.\n\n"
        "Residents said gunfire could still be heard overnight."
    )
    ev = run(text).event
    assert (ev.date_start, ev.date_end) == ("2021-07-07", "2021-07-07")


# --- the lead event and background about earlier incidents ----------------------------------


def test_background_about_an_earlier_shooting_is_another_event() -> None:
    text = (
        "A teenager was shot dead at a park on Thursday evening.\n\n"
        "It was the second shooting in the town this week. On Monday night, a man was shot "
        "and killed outside a bar."
    )
    ctx = run(text)
    ev = ctx.event
    assert (ev.event_date, ev.date_start, ev.date_end) == ("2021-07-08",) * 3
    monday = next(m for m in ctx.times if m.text == "On Monday night")
    assert monday.role == "other_period"
    (claim,) = [c for c in ctx.discarded if c.text == "On Monday night"]
    assert claim.attrs["reason"].startswith("other_period")


@pytest.mark.parametrize(
    "sentence",
    [
        "In a separate incident, a woman was stabbed on Monday.",
        "It happened on the same street where a woman was stabbed on Monday.",
        "Police think it was in retaliation for a stabbing on Monday.",
        "The shooting came days after a woman was stabbed on Monday.",
        # the same place told with an earlier time: another incident there
        "Two cousins were wounded on the same block only last week, on Friday, July 2.",
        "Last month, a woman was shot at the same intersection on a Monday.",
        "On Friday, Jul. 2, just last week, two men were wounded outside the same building.",
        "Shots were fired on the same street a month and a half ago, on Monday.",
        "Two weeks ago, on June 26, another man was killed on the same corner.",
    ],
)
def test_sentences_that_tell_another_incident(sentence: str) -> None:
    spans = when.background_spans("A man was shot on Thursday.\n\n" + sentence)
    assert spans and spans[0][0] >= len("A man was shot on Thursday.\n\n")
    ctx = run("A man was shot on Thursday.\n\n" + sentence)
    assert ctx.event.event_date == "2021-07-08"
    assert ctx.event.date_start == "2021-07-08"


@pytest.mark.parametrize(
    "sentence",
    [
        "Three boys were wounded on Monday in the same park, police said.",  # no earlier time
        "The same man was arrested last week, on Monday, for a robbery.",  # no place
        "A woman was shot on Main Street just last week, on Monday.",  # no "same" place
        "Officers returned to the same block on Monday to search for shell casings.",
    ],
)
def test_the_same_place_or_an_earlier_time_alone_tells_no_other_incident(sentence: str) -> None:
    assert when.background_spans("A man was shot on Thursday.\n\n" + sentence) == []


def test_a_place_where_another_incident_happened_leaves_the_clause_before_it_alone() -> None:
    # "the same block where ...": only the marker on tells the other incident; the new pattern
    # (the same place told with an earlier time) leaves it to that one
    text = "A man was shot on Thursday.\n\nThree women were shot Tuesday on the same block where"
    text += " a cook was stabbed to death last week."
    markers = when._background(text)[1]
    assert markers and all(text[lo:].startswith("the same block") for lo, _ in markers)
    # told with an earlier time, the whole sentence is the other incident's (its toll too)
    text = "A man was shot on Thursday.\n\nA cook was stabbed on the same block only last week."
    ((lo, _),) = when._background(text)[1]
    assert text[lo:].startswith("A cook was stabbed")


def test_a_recalled_incident_at_the_same_place_does_not_date_the_story() -> None:
    # an update paragraph heads the page with an earlier killing on the same block: neither
    # its day nor its week ("last week") dates the story's Thursday night
    text = (
        "UPDATE: Detectives have named no suspect. A grocer was gunned down on the same block "
        "only last week, on Saturday, July 3.\n\n"
        "Two brothers were wounded by the depot Thursday night, around 10 p.m."
    )
    ctx = run(text)
    assert ctx.event.event_date == "2021-07-08"
    saturday = next(m for m in ctx.times if m.text == "on Saturday, July 3")
    assert saturday.role == "other_period"
    # "last week" told of this story's own shooting still says which Thursday it was
    ctx = run("A man was shot last week outside a bar. He was shot Thursday night, police said.")
    assert ctx.event.event_date == "2021-07-01"


def test_the_headline_dates_a_story_whose_only_day_is_another_incidents() -> None:
    text = (
        "Neighbors said a teenager was wounded on the same street last week, on Friday, "
        "July 2.\n\nThe victim of the new shooting was taken to a hospital."
    )
    title = "Man wounded in Thursday night shooting"
    ctx = Context(article=Article(id="t", text=text, title=title), doc=get_nlp()(text), anchor=SAT)
    when.annotate(ctx)
    assert ctx.event.event_date == "2021-07-08"
    assert ctx.claims_for("event_date") == []
    # with no day in the headline, the other incident's day is still the best there is
    ctx = run(text)
    assert ctx.event.event_date == "2021-07-02"


def test_the_lead_paragraph_dates_the_event() -> None:
    text = (
        "Two men were wounded in a shooting on Friday night.\n\n"
        "Officers were also called to a robbery on Tuesday in which a clerk was beaten."
    )
    assert run(text).event.event_date == "2021-07-09"


def test_a_death_days_later_is_dated_by_the_shooting() -> None:
    text = (
        "A man died on Friday of wounds he suffered last week.\n\n"
        "He was shot on Tuesday outside his home, police said."
    )
    ev = run(text).event
    assert (ev.event_date, ev.date_start, ev.date_end) == ("2021-07-06", "2021-07-06", "2021-07-09")


# --- no publication date: relative expressions kept unresolved -------------------------------


def test_without_an_anchor_relative_event_dates_are_claimed_unresolved() -> None:
    text = (
        "Clashes between two gangs have killed five people since Wednesday. Gunmen attacked "
        "a bus yesterday. A suspect will appear in court on Monday."
    )
    ctx = run(text, anchor=None)
    ev = ctx.event
    assert (ev.event_date, ev.date_start, ev.date_end) == (None, None, None)
    claims = [c for c in ev.claims if c.attrs.get("unresolved")]
    by_text = {c.text: c for c in claims}
    assert set(by_text) == {"since Wednesday", "yesterday"}  # not the court date
    start = by_text["since Wednesday"]
    assert (start.field, start.value) == ("date_start", None)
    assert start.attrs["relative"] == {"weekday": 2}
    assert start.attrs["expression"] == "since Wednesday"
    assert text[start.start : start.end] == "since Wednesday"
    assert by_text["yesterday"].field == "event_date"
    assert by_text["yesterday"].attrs["relative"] == {"days_before": 1}


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        ({"weekday": 4}, ("2021-07-09", "2021-07-09", "2021-07-09")),
        ({"weekday": 5}, ("2021-07-10",) * 3),  # the anchor's own weekday: that day
        ({"weekday": 5, "skip_same_day": True}, ("2021-07-03",) * 3),  # "last Saturday"
        ({"weekday": 0, "direction": "future"}, ("2021-07-12",) * 3),
        ({"days_before": 1}, ("2021-07-09",) * 3),
        ({"days_before": 0, "overnight": True}, ("2021-07-09", "2021-07-10", "2021-07-10")),
        ({"weeks_before": 2}, ("2021-06-23", "2021-06-29", "2021-06-26")),
        ({"period": "week", "mod": "last"}, ("2021-06-28", "2021-07-04", "2021-06-28")),
        ({"holiday": "Fourth of July"}, ("2021-07-04",) * 3),
    ],
)
def test_resolve_relative(relative: dict, expected: tuple[str, str, str]) -> None:
    got = resolve_relative(relative, SAT)
    assert got is not None
    assert tuple(d.isoformat() for d in got) == expected


def test_resolve_relative_reads_only_what_it_knows() -> None:
    assert resolve_relative({}, SAT) is None
    assert resolve_relative({"weekday": 9}, SAT) is None


@pytest.mark.parametrize(
    "expression",
    [
        "on Friday",
        "last Saturday",
        "yesterday",
        "overnight",
        "three days ago",
        "two weeks ago",
        "earlier this week",
        "over the weekend",
        "last month",
        "Christmas Eve",
        "next Monday",
    ],
)
def test_recorded_relatives_resolve_as_the_grammar_does(expression: str) -> None:
    (expr,) = find_times(expression)
    relative = relative_of(expr)
    assert relative is not None
    r = resolve(expr, SAT)
    assert r is not None
    assert resolve_relative(relative, SAT) == (r.start, r.end, r.best)


# --- what a date hangs on: the noun it qualifies, the state of the wounded ------------------


def test_the_noun_a_date_qualifies_says_what_it_dates() -> None:
    text = (
        "Three people were wounded in a shooting at a bar early Thursday.\n\n"
        "The mayor visited the wounded before Friday's news conference."
    )
    ctx = run(text)
    assert {m.text: m.role for m in ctx.times}["before Friday's"] == "report"
    assert ctx.event.event_date == "2021-07-08"
    ctx = run("A man appeared in court on Friday over Tuesday's shooting at a gas station.")
    roles = {m.text: m.role for m in ctx.times}
    assert roles["Tuesday's"] == "event"
    assert ctx.event.event_date == "2021-07-06"


@pytest.mark.parametrize(
    "sentence",
    [
        "Four people remained hospitalized Friday, one in critical condition.",
        "A girl is recovering Friday at a children's hospital.",
        "As of Friday morning, no one had been arrested in the shooting.",
    ],
)
def test_the_state_of_things_on_a_later_day_does_not_date_the_event(sentence: str) -> None:
    ctx = run(sentence + "\n\nShots were fired at a party on Thursday night.")
    friday = next(m for m in ctx.times if "Friday" in m.text)
    assert friday.role == "condition"
    assert ctx.event.event_date == "2021-07-08"


def test_a_death_read_before_the_shooting_yields_to_the_shooting() -> None:
    # published on a Monday: "Tuesday" read backwards is six days before the shooting it
    # followed (the page was updated after its publication day)
    text = (
        "A woman died Tuesday afternoon at the hospital.\n\n"
        "She was one of four people shot at a home on Monday night."
    )
    ev = run(text, anchor=dt.date(2021, 7, 12)).event
    assert ev.event_date == "2021-07-12"


def test_a_gun_that_went_off_is_a_day_of_violence() -> None:
    text = (
        "A boy died Friday after being shot at home.\n\n"
        "His father was cleaning a pistol on Wednesday when it went off."
    )
    ctx = run(text)
    wednesday = next(m for m in ctx.times if m.text == "on Wednesday")
    assert wednesday.attrs["strength"] == 2
    assert ctx.event.event_date == "2021-07-07"


def test_the_earliest_arrest_or_report_day_stands_in_for_the_event() -> None:
    ctx = run("Police said on Friday that officers had arrested a man on Thursday.")
    assert ctx.event.event_date == "2021-07-08"


def test_the_headline_dates_the_event_when_the_text_does_not() -> None:
    text = "Two men were hurt in a shooting downtown, police said."
    title = "Two hurt in Thursday night shooting downtown"
    ctx = Context(article=Article(id="t", text=text, title=title), doc=get_nlp()(text), anchor=SAT)
    when.annotate(ctx)
    ev = ctx.event
    assert (ev.event_date, ev.time_precision) == ("2021-07-08", 1)
    assert ctx.claims_for("event_date") == []  # the headline has no span in the text
    assert ctx.notes["when"]["basis"] == "headline"
    # a date in the text wins over the headline's
    text = "Two men were hurt in a shooting downtown on Friday, police said."
    ctx = Context(article=Article(id="t", text=text, title=title), doc=get_nlp()(text), anchor=SAT)
    when.annotate(ctx)
    assert ctx.event.event_date == "2021-07-09"


@pytest.mark.parametrize(
    ("sentence", "expression", "role"),
    [
        (
            "The gunman was found guilty on Wednesday of two counts of murder.",
            "on Wednesday",
            "court",
        ),
        ("Jurors are to begin deliberations on Wednesday.", "on Wednesday", "court"),
        (
            "Police revealed on Wednesday that a second man was sought.",
            "on Wednesday",
            "report",
        ),
        (
            "The suspect was first questioned on Wednesday about the killing.",
            "on Wednesday",
            "arrest",
        ),
        ("Two mourners were shot while attending a funeral on Wednesday.", "on Wednesday", "event"),
        (
            "A man was fatally shot Wednesday night at a vigil for his cousin.",
            "Wednesday night",
            "event",
        ),
    ],
)
def test_what_the_words_around_a_date_make_of_it(sentence: str, expression: str, role: str) -> None:
    # another day of violence, so that no date stands in as a fallback
    roles = {m.text: m.role for m in run(sentence + "\n\nA man was shot on Monday.").times}
    assert roles[expression] == role


def test_a_day_long_before_publication_gives_way_to_recent_violence() -> None:
    text = (
        "Residents called the police from a park on Thursday night.\n\n"
        "Two other teenagers were killed in the same park on May 3, 2019.\n\n"
        "Three boys were wounded on Thursday night, police said."
    )
    assert run(text).event.event_date == "2021-07-08"
    # a text that tells the old day first is about it (a trial, a follow-up)
    text = (
        "Two teenagers were killed in a park on May 3, 2019.\n\n"
        "Three boys were wounded on Thursday night in the same park, police said."
    )
    assert run(text).event.event_date == "2019-05-03"


def test_today_ending_a_name_is_no_day() -> None:
    assert [e.text for e in find_times("A study by USA Today counted the shootings.")] == []
    assert [e.text for e in find_times("Police said. Today the street was quiet.")] == ["Today"]


def test_overnight_is_dated_by_the_evening_the_text_gives() -> None:
    text = (
        "Two men were shot and one was killed overnight.\n\n"
        "It happened Friday night around 10 p.m. outside a corner store."
    )
    assert run(text).event.event_date == "2021-07-09"
    # alone, "overnight" is the night ending on the publication day
    assert run("Two men were shot and one was killed overnight.").event.event_date == "2021-07-10"


def test_turning_oneself_in_is_an_arrest() -> None:
    text = "A man shot a neighbor on Monday.\n\nHe turned himself in to police on Thursday."
    ctx = run(text)
    assert {m.text: m.role for m in ctx.times}["on Thursday"] == "arrest"
    assert ctx.event.event_date == "2021-07-05"


def test_an_embedded_post_is_dated_by_its_signature() -> None:
    # published on Saturday; the post was written on Friday, so its "this morning" is Friday
    text = (
        "Police were called to two shootings downtown.\n\n"
        "Two shootings this morning are connected, police say. "
        "— A. Writer (@awriter) July 9, 2021\n\n"
        "Five people were hurt."
    )
    ctx = run(text)
    roles = {m.text: m.role for m in ctx.times}
    assert roles["July 9, 2021"] == "publication"  # the day of the post, not of an event
    assert ctx.event.event_date == "2021-07-09"


def test_the_day_something_was_said_does_not_date_the_violence_it_tells() -> None:
    # Saturday 10 July 2021 is the publication day
    text = (
        "Gunmen on motorcycles abducted 20 people in a raid on a village, residents and police "
        "said on Saturday.\n\nThe attackers stormed the village late on Thursday, residents said."
    )
    assert run(text).event.event_date == "2021-07-08"


def test_a_toll_rising_on_a_later_day_does_not_date_the_event() -> None:
    text = (
        "The number of people confirmed dead in the sinking of a ferry rose to 21 on Friday, "
        "officials said. Survivors said the boat capsized shortly after 2 p.m. on Wednesday."
    )
    assert run(text).event.event_date == "2021-07-07"


def test_an_earlier_day_after_a_time_of_day_is_not_a_recalled_incident() -> None:
    text = (
        "Counsellors were at the school on Friday after a student was shot dead at an "
        "apartment complex.\n\nWitnesses said a fight broke out in the courtyard shortly "
        "before 4 p.m. Thursday."
    )
    assert run(text).event.event_date == "2021-07-08"


def test_a_disaster_is_dated_by_its_own_verb_not_the_search_that_followed() -> None:
    text = (
        "A ferry carrying about 80 passengers sank on Lake Orrin on Thursday night, "
        "officials said.\n\nDivers found nine more bodies on Saturday."
    )
    assert run(text).event.event_date == "2021-07-08"


def test_an_archive_copy_captured_before_its_stated_publication_is_dated_by_the_capture():
    from newsfold.analyse import analyse
    from newsfold.analyse.article import publication_day

    text = "A man was shot outside a diner shortly after midnight Saturday, police said Sunday."
    # the page's "published" is a later crawl's date; the archive holds it from 12 October 2014
    url = "http://web.archive.org/web/20141012093000/http://valley.example/news/diner-shooting"
    article = Article(id="a", text=text, published="2016-08-15", url=url)
    assert publication_day(article) == dt.date(2014, 10, 12)
    assert analyse(article).event.event_date == "2014-10-11"
    # a capture after publication changes nothing
    later = Article(id="b", text=text, published="2014-10-12", url=url.replace("2014", "2015", 1))
    assert publication_day(later) == dt.date(2014, 10, 12)


def test_the_day_of_a_manhunt_is_not_the_day_of_the_event():
    ctx = run(
        "Deputies were searching late Friday for two men wanted in a shooting that hurt three "
        "diners at a cafe. The pair drew pistols at about 9:15 p.m. Wednesday by the cafe "
        "door, deputies said."
    )
    assert ctx.event.event_date == "2021-07-07"


def test_an_obligation_on_a_weekday_is_a_coming_day() -> None:
    # Saturday 10 July 2021: "must leave by Tuesday" is the coming Tuesday, not the last one
    ctx = run(
        "A student was shot dead during a protest on Friday. The university said students "
        "must leave the halls by noon on Tuesday."
    )
    assert ctx.event.event_date == "2021-07-09"
    tuesday = [c for c in ctx.discarded if c.field == "event_date" and "Tuesday" in c.text]
    assert tuesday and tuesday[0].attrs["role"] == "future"


def test_an_aftermath_a_day_after_the_violence_dates_the_violence() -> None:
    # Saturday 10 July 2021
    text = (
        "Anxious parents gathered at the school on Friday, a day after gunmen abducted 27 "
        "students from their hostel."
    )
    assert run(text).event.event_date == "2021-07-08"
    # the violence's own day with another incident a day before it keeps its day
    text = (
        "An air strike killed seven people on Friday, a day after a strike on a market killed 12."
    )
    assert run(text).event.event_date == "2021-07-09"


def test_overnight_with_no_violence_dated_is_dated_by_its_evening() -> None:
    # no day hangs on a word of violence: the "overnight" still begins on the evening told
    text = (
        "A reporter sums up the overnight news from the county.\n\n"
        "The clerk had left by the time deputies arrived around 11:30 p.m. Friday."
    )
    assert run(text).event.event_date == "2021-07-09"


def test_a_birthday_is_no_day_of_the_event() -> None:
    text = (
        "A boy who turns 4 on Friday was shot in the arm on Tuesday.\n\n"
        "His sister would have turned 18 on Monday."
    )
    ctx = run(text)
    roles = {m.text: m.role for m in ctx.times}
    assert roles["on Friday"] == "birth" and roles["on Monday"] == "birth"
    assert ctx.event.event_date == "2021-07-06"
    # an argument that turned deadly is no birthday
    ctx = run("An argument turned deadly on Friday when a man fired at a crowd.")
    assert {m.text: m.role for m in ctx.times}["on Friday"] == "event"


def test_a_recurring_day_is_no_day_of_the_event() -> None:
    text = (
        "A man was shot and killed outside a bar on Wednesday.\n\n"
        "His family has prayed every Thursday since his brother died."
    )
    ctx = run(text)
    assert {m.text: m.role for m in ctx.times}["Thursday"] == "recurring"
    assert ctx.event.event_date == "2021-07-07"


def test_an_autopsy_and_what_is_scheduled_are_later_days() -> None:
    text = (
        "A girl was shot in the chest at a home on Wednesday.\n\n"
        "An autopsy was conducted Friday.\n\n"
        "A vigil is scheduled for Saturday."
    )
    ctx = run(text)
    roles = {m.text: m.role for m in ctx.times}
    assert roles["Friday"] == "funeral"
    assert roles["Saturday"] in ("future", "funeral")
    assert ctx.event.event_date == "2021-07-07"
    # with nothing else dated, "an autopsy is scheduled for Saturday" gives no day
    ctx = run("A boy died of a gunshot wound. An autopsy is scheduled for Saturday.")
    assert {m.text: m.role for m in ctx.times}["Saturday"] == "future"


def test_a_day_something_is_scheduled_for_is_future() -> None:
    # a march (a word of the event) arranged for a day: not a day it happened
    ctx = run("Students were shot near the campus on Tuesday. A march is planned for Sunday.")
    assert {m.text: m.role for m in ctx.times}["Sunday"] == "future"
    assert ctx.event.event_date == "2021-07-06"


def test_a_weekend_of_violence_beats_a_later_day_of_what_followed() -> None:
    # published on a Tuesday: the weekend is the 10th and 11th; Monday the 12th followed it
    tue = dt.date(2021, 7, 13)
    text = (
        "Someone opened fire on a crowd of teenagers over the weekend.\n\n"
        "Investigators canvassed the street Monday looking for witnesses."
    )
    ctx = run(text, anchor=tue)
    assert ctx.event.event_date == "2021-07-10"
    # "gunned down" is a shooting too
    text = (
        "Two teenagers were gunned down at a party over the weekend.\n\n"
        "Officials attended a town hall meeting on Monday."
    )
    assert run(text, anchor=tue).event.event_date == "2021-07-10"
    # a day within the weekend is that day
    text = (
        "Someone opened fire on a crowd of teenagers over the weekend.\n\n"
        "Neighbors heard the commotion on Sunday."
    )
    ctx = run(text, anchor=tue)
    assert ctx.event.event_date == "2021-07-11" and ctx.event.time_precision == DAY


def test_police_called_out_date_the_event_like_a_response() -> None:
    # the call-out is the time of the shooting; the death the next day follows it
    text = (
        "A boy of 15 died at a hospital at 11:56 a.m. Saturday.\n\n"
        "Deputies were called to a house on Birch Lane at 2:50 p.m. Friday."
    )
    ctx = run(text)
    assert {m.text: m.attrs["strength"] for m in ctx.times}["Friday"] == 2
    assert ctx.event.event_date == "2021-07-09"
    text = "A girl died of a bullet wound on Saturday.\n\nThe call came in at 6:37 a.m. Friday."
    assert run(text).event.event_date == "2021-07-09"
    text = "Paramedics were summoned at 6:37 a.m. Thursday to a flat where a girl lay hurt."
    assert {m.text: m.attrs["strength"] for m in run(text).times}["Thursday"] == 2


def test_other_callings_are_no_call_out() -> None:
    text = "The mayor called on lawmakers Thursday to act after the shooting."
    assert {m.text: m.attrs["strength"] for m in run(text).times}["Thursday"] < 2
    text = "A man was shot on Monday. Residents called police about noise on Thursday."
    ctx = run(text)
    assert ctx.event.event_date == "2021-07-05"


def test_a_court_date_is_a_hearing_s_day() -> None:
    # "court" only qualifies "date" here, but it says what the day is
    ctx = run("A boy was shot by a friend on Tuesday.\n\nThe next court date is March 21.")
    assert {m.text: m.role for m in ctx.times}["March 21"] == "court"
    assert ctx.event.event_date == "2021-07-06"
    # a kind of place before the day is still no cue ("around the blast site on Wednesday")
    ctx = run("Police closed the parking lot site on Wednesday after a man was shot there.")
    assert {m.text: m.role for m in ctx.times}["on Wednesday"] == "event"


def test_a_bare_weekday_after_a_past_week_of_violence_is_that_week_s() -> None:
    # published Saturday 10 July: "last week" is 28 June to 4 July, so its Wednesday is the
    # 30th, not the 7th that "Wednesday" alone would be
    text = (
        "A neighbor, 40, was charged Friday with killing a 9-year-old boy last week.\n\n"
        "The boy was fatally shot Wednesday night in the 2300 block of Larch Road."
    )
    ctx = run(text)
    assert ctx.event.event_date == "2021-06-30"
    # "one week ago" too: a week ago Saturday is the 3rd
    text = (
        "Classmates met to mourn a coach caught in a crossfire.\n\n"
        "Detectives say the coach was shot one week ago as he cycled along Quarry Road "
        "Saturday afternoon."
    )
    assert run(text).event.event_date == "2021-07-03"


def test_a_past_week_told_after_the_day_or_of_no_violence_moves_nothing() -> None:
    # the story's day comes first; last week's shooting is another incident's
    text = (
        "Three people were wounded outside a chapel late Thursday.\n\n"
        "The congregation had met to remember a deacon slain in a shooting last week."
    )
    assert run(text).event.event_date == "2021-07-08"
    # a week of no violence
    text = (
        "The family moved to the city last week.\n\n"
        "Their son was shot Wednesday night outside a store."
    )
    assert run(text).event.event_date == "2021-07-07"


def test_a_follow_up_s_past_reference_dates_the_event_not_the_later_call() -> None:
    # published Monday 12 July: the shooting "last month" (June), told first; the police
    # were called on Sunday the 11th; the day told inside June dates the event
    mon = dt.date(2021, 7, 12)
    text = (
        "A father is in custody after his son was accidentally shot in the foot last "
        "month.\n\n"
        "Deputies were called to a house on Birch Lane Sunday night for a welfare check.\n\n"
        "The boy's aunt told deputies the shooting happened June 20."
    )
    ctx = run(text, anchor=mon)
    assert ctx.event.event_date == "2021-06-20"
    # a shooting on the call's day is the event, whatever month was told before
    text = (
        "A man who was hurt in a crash last month was shot Sunday night on Elm Street.\n\n"
        "Officers were called to the home at 9 p.m. Sunday."
    )
    assert run(text, anchor=mon).event.event_date == "2021-07-11"


def test_a_call_to_911_is_a_call_out() -> None:
    # Monday 12 July: the call on Sunday night dates the event, not a move weeks before
    mon = dt.date(2021, 7, 12)
    text = (
        "Deputies drove to a trailer after a neighbor called 911 about a quarrel Sunday night.\n\n"
        "The tenant had taken in the lodger roughly three weeks earlier."
    )
    ctx = run(text, anchor=mon)
    assert {m.text: m.attrs["strength"] for m in ctx.times}["Sunday night"] == 2
    assert ctx.event.event_date == "2021-07-11"
    # a call that is no 911 call, and a 911 call that is what a witness said later
    text = "The mayor called the shooting senseless on Monday."
    assert {m.text: m.attrs["strength"] for m in run(text, anchor=mon).times}["on Monday"] < 2
    text = "A witness said Monday that she called 911 after the shooting."
    monday = next(m for m in run(text, anchor=mon).times if m.text == "Monday")
    assert monday.attrs["strength"] == 0 and monday.attrs.get("fallback") == "report"


def test_a_few_days_ago_is_a_stretch_of_days_not_one_day() -> None:
    r = resolved("a few days ago")
    assert r is not None and r.precision == WEEK
    assert (r.start.isoformat(), r.end.isoformat()) == ("2021-07-04", "2021-07-08")
    assert resolved("several days ago").precision == WEEK
    # a counted number of days stays one day
    assert resolved("three days ago").precision == DAY
    assert resolved("a couple of days ago").precision == DAY
    # so the day the text tells dates the event, not the third day back
    text = (
        "A man was shot late Tuesday outside a store on Elm Street, police said.\n\n"
        "Neighbours said the two men had argued a few days ago."
    )
    assert run(text).event.event_date == "2021-07-06"


def test_with_no_day_of_violence_the_earlier_day_of_the_first_sentence() -> None:
    sun = dt.date(2021, 7, 11)
    text = (
        "Neighbours were sweeping up glass Sunday morning after a crowd of teenagers "
        "smashed car windows on Elm Street Saturday night.\n\n"
        "The owners said the damage came to thousands of dollars."
    )
    assert run(text, anchor=sun).event.event_date == "2021-07-10"
    text = (
        "Cars drive past a quiet scene Sunday afternoon, unlike what a neighbour said it "
        "looked like Saturday night."
    )
    assert run(text, anchor=sun).event.event_date == "2021-07-10"
    # a later sentence's earlier day is not the first sentence's: the first day told stays
    text = (
        "Neighbours were sweeping up glass on Elm Street Sunday morning.\n\n"
        "The street association had met on Thursday about parking."
    )
    assert run(text, anchor=sun).event.event_date == "2021-07-11"


def test_stacked_bylines_anchor_their_own_stories() -> None:
    # published Monday 12 July; the second story was written on Tuesday 6 July, so its
    # "Monday night" is 5 July, not the publication day
    mon = dt.date(2021, 7, 12)
    text = (
        "By Jane Roe\n\nJuly 12, 2021\n\nThe uncle of the boy was charged today.\n\n"
        "By: Channel 4 News\n\nJuly 6, 2021\n\n"
        "A boy was shot Monday night at a home on Elm Street. He died early Tuesday."
    )
    ctx = run(text, anchor=mon)
    roles = {m.text: m.role for m in ctx.times}
    assert roles["July 6, 2021"] == "publication"
    assert ctx.event.event_date == "2021-07-05"
    # a date line that follows no byline anchors nothing
    text = (
        "Posted in Local News\n\nJuly 6, 2021\n\n"
        "A boy was shot Monday night at a home on Elm Street."
    )
    assert run(text, anchor=mon).event.event_date == "2021-07-12"
    # nor does a byline's date months away from publication (an archive, a timeline)
    text = "By Jane Roe\n\nMarch 2, 2021\n\nA boy was shot Monday night at a home on Elm Street."
    days = {m.text: m.attrs["best"] for m in run(text, anchor=mon).times}
    assert days["Monday night"] == mon


def test_update_stamps_anchor_the_stretch_under_them() -> None:
    # published Sunday 11 July, updated on Monday 12 July above the first report: the first
    # report's "tonight" is the Sunday night its stamp gives, not the Monday of the update
    sun = dt.date(2021, 7, 11)
    text = (
        "Updated: Monday, July 12, 2021 @ 4:40 PM\n\n"
        "By: News Staff\n\n"
        "UPDATE @ 1:48 p.m. July 12\n\n"
        "Deputies said the gun in the house went off by accident.\n\n"
        "UPDATE @ 10 p.m. July 11\n\n"
        "A woman grazed by a bullet fired inside a house tonight is expected to recover.\n\n"
        "FIRST REPORT July 11\n\n"
        "Deputies were called out tonight over a woman shot on Birch Lane."
    )
    ctx = run(text, anchor=sun)
    assert {m.attrs["best"] for m in ctx.times if m.text == "tonight"} == {sun}
    assert ctx.event.event_date == "2021-07-11"


def test_a_last_updated_stamp_anchors_the_text_under_it() -> None:
    # a page dated Tuesday whose text was written on Wednesday, as its "Last Updated" stamp
    # says: the email's "last night" is Tuesday night, and the shooting Tuesday's
    tue = dt.date(2021, 7, 13)
    text = (
        "FAIRBANKS \u2013\n\n"
        "Last Updated at 3:05 p.m. on Wednesday, July 14\n\n"
        "Police are looking into how a man with a gunshot wound came to the emergency room at "
        "Valley Hospital Tuesday.\n\n"
        '"The man died at the hospital last night," a police spokesman wrote in an email '
        "Wednesday."
    )
    ctx = run(text, anchor=tue)
    days = {m.text: m.attrs["best"] for m in ctx.times}
    assert days["last night"] == tue
    assert ctx.event.event_date == "2021-07-13"
    # the stamp's clock time may follow its date: "Wednesday morning" is the stamp's day, not
    # a weekday the day after the page's date that cannot say which Wednesday it is
    text = (
        "Last updated on July 14 2021 6:05 am\n\n"
        "A teenager was shot in the leg Wednesday morning outside a store on Pine Street."
    )
    assert run(text, anchor=tue).event.event_date == "2021-07-14"


@pytest.mark.parametrize(
    "text",
    [
        # the stamp gives the page's own day: nothing to re-anchor
        "Last Updated at 3:05 p.m. on Tuesday, July 13\n\nA man was shot Monday night near "
        "the park.",
        # "last updated" inside a sentence is no stamp of the page
        "A man was shot Monday night near the park. The city's list of shootings was last "
        "updated on Wednesday, July 14, the police said.",
        # a line that only begins with "Last" is no stamp
        "Last seen on Wednesday, July 14\n\nA man was shot Monday night near the park.",
    ],
)
def test_no_stamp_of_a_later_day_leaves_the_page_date_the_anchor(text: str) -> None:
    ctx = run(text, anchor=dt.date(2021, 7, 13))
    assert {m.text: m.attrs["best"] for m in ctx.times}["Monday night"] == dt.date(2021, 7, 12)
    assert ctx.event.event_date == "2021-07-12"


def test_a_day_decades_before_publication_is_history() -> None:
    text = (
        "A 14-year-old girl shot a classmate at the high school, the sheriff said Thursday.\n\n"
        "A newspaper counted every shooting where four people died since Aug. 1, 1966."
    )
    ctx = run(text)
    assert {m.text: m.role for m in ctx.times}["since Aug. 1, 1966"] == "other_period"
    assert ctx.event.event_date == "2021-07-08"
    # a follow-up a few years on keeps the day of its event
    text = "Two men were convicted Friday in a shooting that killed a boy on May 3, 2018."
    assert run(text).event.event_date == "2018-05-03"


def test_tracking_down_a_suspect_is_the_hunt_not_the_event() -> None:
    text = "A man was shot on Tuesday outside a bar.\n\nPolice tracked down the gunman on Friday."
    ctx = run(text)
    assert {m.text: m.role for m in ctx.times}["on Friday"] == "arrest"
    assert ctx.event.event_date == "2021-07-06"


def test_the_agent_of_a_passive_says_what_the_day_dates() -> None:
    # "interrupted Monday by a shooting": a day of violence, which a later paragraph's other
    # shooting does not displace
    tue = dt.date(2021, 7, 13)
    text = (
        "A family's birthday party was interrupted Monday by a shooting at the park.\n\n"
        "The boy was taken to the hospital.\n\n"
        "A man was also shot and killed at a playground Sunday night."
    )
    ctx = run(text, anchor=tue)
    assert {m.text: m.attrs["strength"] for m in ctx.times}["Monday"] == 2
    assert ctx.event.event_date == "2021-07-12"
    # an agent that is no violence adds nothing
    text = "The road was closed Monday by the city for repairs."
    assert {m.text: m.attrs["strength"] for m in run(text, anchor=tue).times}["Monday"] < 2
    # nor does it give the day another role: a judge out walking makes no court date
    text = "The boy was found about 1 a.m. Monday by a judge walking his dog."
    assert {m.text: m.role for m in run(text, anchor=tue).times}["Monday"] == "event"


def test_a_day_right_after_a_verb_of_saying_is_the_statement_s() -> None:
    # the parser may hang "Monday" on the clause that follows ("shot herself"): the day it
    # was said is no day of violence, and the day the violence is told stays the event's
    tue = dt.date(2021, 7, 13)
    text = (
        "Five people were shot in separate incidents in the county on Saturday.\n\n"
        "After investigating, police said Monday the girl accidentally shot herself."
    )
    ctx = run(text, anchor=tue)
    assert {m.text: m.role for m in ctx.times}["Monday"] == "report"
    assert ctx.event.event_date == "2021-07-10"
    text = "A man was shot on Sunday night, the sheriff confirmed on Monday."
    assert {m.text: m.role for m in run(text, anchor=tue).times}["on Monday"] == "report"
    # a possessive qualifies the noun after it: the shooting's day, not the statement's
    text = "Police said Monday's shooting was gang-related."
    ctx = run(text, anchor=tue)
    assert {m.text: m.role for m in ctx.times}["Monday's"] == "event"
    assert ctx.event.event_date == "2021-07-12"
    # nor does a saying verb further back make a report of the day of a shooting
    text = "Police said a man was shot Monday outside a bar."
    assert {m.text: m.role for m in run(text, anchor=tue).times}["Monday"] == "event"


def test_an_archive_toolbar_s_days_are_capture_days() -> None:
    # the toolbar of an archive copy kept as text: the days it was captured, not the event's
    text = (
        "Feb MAR Apr 07 2013 2014 2015 4 captures 07 Mar 14 - 29 Mar 14\n\n"
        "A farmer was discovered dead of a gunshot wound in his barn, troopers said."
    )
    ctx = run(text, anchor=dt.date(2014, 3, 6))
    assert all(m.role == "publication" for m in ctx.times)
    assert ctx.event.event_date == "2014-03-06"  # the publication day, as for any undated page
    # a number of captures said in a story is not a toolbar far from its dates
    text = (
        "Wildlife officers made 3 captures of the bear last year.\n\n"
        + "The town is quiet. " * 8
        + "\n\nA hunter was shot on Friday near the lake."
    )
    assert {m.text: m.role for m in run(text).times}["on Friday"] == "event"


def test_a_day_opening_its_clause_before_the_subject_dates_the_clause() -> None:
    # the parser may read "Wednesday" as part of the subject ("Wednesday investigators"), more
    # so when a quote before it is glued to it: the day is the verb's, here the hunt's
    thu = dt.date(2021, 7, 15)
    text = (
        "A teenager was killed at a house party last year.\n\n"
        '"I will never forget it."Wednesday investigators tracked down two suspects.'
    )
    ctx = run(text, anchor=thu)
    wednesday = next(m for m in ctx.times if m.text == "Wednesday")
    # no day of violence told: the hunt's day stands in for it, as a fallback
    assert wednesday.attrs.get("fallback") == "arrest"
    # before a noun of what it dates, the day is that noun's
    text = "A Tuesday night shooting left one man dead."
    ctx = run(text, anchor=thu)
    assert {m.text: m.role for m in ctx.times}["Tuesday night"] == "event"
    assert ctx.event.event_date == "2021-07-13"


def test_an_opening_after_phrase_before_violence_again_is_the_earlier_incident() -> None:
    text = (
        "After a string of shootings on Monday, shots rang out again across the district on "
        "Wednesday, even at a prayer gathering. Five people were hurt."
    )
    ctx = run(text, anchor=dt.date(2021, 7, 15))
    roles = {m.text: m.role for m in ctx.times}
    assert roles["on Monday"] == "other_period"
    assert ctx.event.event_date == "2021-07-14"
    # without "again" or "another", what followed the day is this event's aftermath: the
    # day in the "after" phrase stays the event's
    text = "After a shooting on Monday night, the victim died on Wednesday at a hospital."
    ctx = run(text, anchor=dt.date(2021, 7, 15))
    assert {m.text: m.role for m in ctx.times}["on Monday night"] == "event"
    assert ctx.event.event_date == "2021-07-12"
    # nor does an "after" phrase later in the sentence count
    text = "Gunfire erupted again on Wednesday after a shooting on Monday."
    roles = {m.text: m.role for m in run(text, anchor=dt.date(2021, 7, 15)).times}
    assert roles["on Monday"] == "event"
    # the main clause runs on past a clock time's or an abbreviation's stop (sentence_end)
    text = (
        "After a shooting on Monday, gunfire broke out at 10 p.m. Wednesday on the same block "
        "again. Two men were wounded."
    )
    roles = {m.text: m.role for m in run(text, anchor=dt.date(2021, 7, 15)).times}
    assert roles["on Monday"] == "other_period"
    text = "After a shooting on Monday, shots rang out on Oct. 14 again. Two men were wounded."
    roles = {m.text: m.role for m in run(text, anchor=dt.date(2021, 7, 15)).times}
    assert roles["on Monday"] == "other_period"
    # but not past a stop that ends the sentence: "again" in the next one is no repeat
    text = (
        "After a shooting on Monday, gunfire broke out at 10 p.m. Police said it happened "
        "again. Two men were wounded."
    )
    roles = {m.text: m.role for m in run(text, anchor=dt.date(2021, 7, 15)).times}
    assert roles["on Monday"] == "event"


def test_last_night_and_the_small_hours_of_the_next_day_are_one_night() -> None:
    # "last night" in a Saturday paper and "2:47 a.m. Saturday": the clock's day
    text = (
        "A young man was shot dead in the township last night.\n\n"
        "Early Saturday morning, he had walked to a house on Wexley Street. It was 1:52 a.m. "
        "Saturday when troopers reached the house."
    )
    assert run(text).event.event_date == "2021-07-10"
    text = (
        "A man was shot last night outside a bar.\n\n"
        "Officers were called shortly after midnight on Saturday to the parking lot."
    )
    assert run(text).event.event_date == "2021-07-10"
    # not a death in the small hours after a shooting last night
    text = "A man was shot last night outside a bar.\n\nHe died early Saturday at a hospital."
    assert run(text).event.event_date == "2021-07-09"
    # nor a day told with a morning hour, which is no part of the night
    text = (
        "A man was shot last night outside a bar.\n\n"
        "Police arrived about 10 a.m. Saturday to search the area where gunfire was heard."
    )
    assert run(text).event.event_date == "2021-07-09"


def test_appearing_before_a_court_or_a_judge_by_name_is_a_hearing() -> None:
    tue = dt.date(2021, 7, 13)
    for sentence in (
        "The teen appeared briefly at Central Court on Monday where police filed charges.",
        "Harrison Roe of Sandusky Court appeared before Judge Ann Mariani on Monday.",
    ):
        ctx = run("A man was shot dead on Saturday.\n\n" + sentence, anchor=tue)
        assert {m.text: m.role for m in ctx.times}["on Monday"] == "court"
        assert ctx.event.event_date == "2021-07-10"
    # a street named Court is no court
    text = "A masked gunman appeared at Pershing Court on Monday and fired into a car."
    assert {m.text: m.role for m in run(text, anchor=tue).times}["on Monday"] == "event"


def test_a_holiday_s_holiday_or_weekend_is_a_stretch_of_days() -> None:
    wed = dt.date(2016, 11, 30)
    # "the Thanksgiving holiday": Thursday to Sunday, a week's precision, not the day
    r = resolved("the Thanksgiving holiday", wed)
    assert (r.start, r.end, r.precision) == (dt.date(2016, 11, 24), dt.date(2016, 11, 27), WEEK)
    # a Monday holiday's weekend is the one before it, with the Monday
    r = resolved("Labor Day weekend", dt.date(2016, 9, 8))
    assert (r.start, r.end) == (dt.date(2016, 9, 2), dt.date(2016, 9, 5))
    # the holiday alone stays its day
    assert resolved("Thanksgiving", wed).precision == DAY
    # so the day the violence is told dates it, not the holiday's first day
    text = (
        "The student, back from college for the Thanksgiving holiday, was shot dead last "
        "Friday morning near a gas station."
    )
    assert run(text, anchor=wed).event.event_date == "2016-11-25"
    # undated, resolved later against the event's other reports: the same stretch
    rel = relative_of(find_times("over the Thanksgiving holiday")[0])
    assert rel is not None
    assert resolve_relative(rel, wed)[:2] == (dt.date(2016, 11, 24), dt.date(2016, 11, 27))


def test_what_was_still_unknown_or_going_on_that_day_is_a_later_day() -> None:
    tue = dt.date(2021, 7, 13)
    # "it was unclear Monday if...": the state of things on a later day, never the event's
    text = (
        "A man was arraigned Monday morning on murder charges. He was home with his children "
        "Saturday afternoon, police told reporters.\n\n"
        "It was unclear Monday if he has legal representation."
    )
    ctx = run(text, anchor=tue)
    assert {m.text: m.role for m in ctx.times}["Monday"] == "condition"
    assert ctx.event.event_date == "2021-07-10"
    text = "A man was shot dead on Saturday. The motive remained unknown on Monday."
    assert {m.text: m.role for m in run(text, anchor=tue).times}["on Monday"] == "condition"
    # "police were still trying ... Thursday morning": what was still going on that day
    text = (
        "The child died at a clinic.\n\n"
        "Thursday morning detectives were still trying to work out where the child found a pistol."
    )
    thursday = next(m for m in run(text, anchor=tue).times if m.text == "Thursday morning")
    assert thursday.attrs.get("fallback") == "condition"  # no day of violence told
    # but violence still going on that day is that day's
    text = "Gunmen were still firing on Monday when police arrived."
    ctx = run(text, anchor=tue)
    assert {m.text: m.role for m in ctx.times}["on Monday"] == "event"
    assert ctx.event.event_date == "2021-07-12"


# --- a bare weekday naming the day after the page's date -----------------------------------

WED = dt.date(2021, 7, 7)  # a Wednesday


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot early Thursday outside a bar on Elm Street, police said.",
        "Thursday morning, two teens were wounded in a drive-by shooting on Oak Avenue.",
        "A woman was killed on Thursday when gunfire erupted at a block party.",
        "Two men were wounded outside a bar. Thursday, investigators told reporters they had "
        "no suspects.",
    ],
)
def test_a_bare_weekday_the_day_after_the_pages_date_dates_nothing(text: str) -> None:
    # six days back (a week-old story told without "last") or the next day (a page dated a day
    # early): the page cannot tell, so the publication day stands, at a week's precision
    ctx = run(text, WED)
    assert (ctx.event.event_date, ctx.event.time_precision) == ("2021-07-07", 2)
    thursday = [m for m in ctx.times if "Thursday" in m.text]
    assert thursday and thursday[0].attrs.get("ambiguous")
    assert ctx.claims_for("event_date") == []
    (why,) = [c.attrs["reason"] for c in ctx.discarded if "Thursday" in c.text]
    assert why.startswith("ambiguous")


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot early Thursday outside a bar on Elm Street. Casings lay in the street "
        "after the shooting early July 8, 2021, police said.",
        "Thursday morning, two teens were wounded on Oak Avenue. Officers were called to the "
        "block at 1:20 a.m. on July 8.",
    ],
)
def test_a_weekday_after_the_pages_date_is_the_next_day_the_page_writes_by_its_date(
    text: str,
) -> None:
    # the page writes the day after its date by month and day: it was written then (its date
    # is a day early), so its bare Thursday is that day, not six days back
    ctx = run(text, WED)
    assert (ctx.event.event_date, ctx.event.time_precision) == ("2021-07-08", 1)
    thursday = [m for m in ctx.times if "Thursday" in m.text]
    assert thursday and not thursday[0].attrs.get("ambiguous")
    assert thursday[0].attrs["best"] == dt.date(2021, 7, 8)


def test_a_written_date_other_than_the_next_day_leaves_the_weekday_ambiguous() -> None:
    # a date six days back written beside it says nothing of the page's date being early
    ctx = run(
        "A man was shot early Thursday outside a bar on Elm Street. A woman was hurt there on "
        "June 20 in a separate shooting.",
        WED,
    )
    thursday = [m for m in ctx.times if "Thursday" in m.text]
    assert thursday and thursday[0].attrs.get("ambiguous")
    assert ctx.event.event_date != "2021-07-08"


def test_a_past_week_told_of_the_violence_says_which_weekday_it_is() -> None:
    ctx = run(
        "A teenager was charged in a fatal shooting last week. The victim was shot Thursday "
        "night outside a store.",
        WED,
    )
    assert (ctx.event.event_date, ctx.event.time_precision) == ("2021-07-01", 1)


def test_the_other_days_told_date_the_event_past_an_ambiguous_weekday() -> None:
    ctx = run(
        "A man was shot Tuesday night outside a bar on Elm Street. He died Thursday at a hospital.",
        WED,
    )
    assert (ctx.event.event_date, ctx.event.time_precision) == ("2021-07-06", 1)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "last" names the earlier one on purpose
        ("A man was shot last Thursday outside a bar on Elm Street, police said.", "2021-07-01"),
        # five days back is an ordinary past weekday
        ("A man was shot early Friday outside a bar on Elm Street, police said.", "2021-07-02"),
        # the page's own weekday and the day before it
        ("A man was shot early Wednesday outside a bar on Elm Street.", "2021-07-07"),
        ("A man was shot Tuesday night outside a bar on Elm Street.", "2021-07-06"),
        # a date, not a bare weekday
        ("A man was shot on Thursday, July 1, outside a bar on Elm Street.", "2021-07-01"),
    ],
)
def test_other_weekdays_keep_the_last_such_day(text: str, day: str) -> None:
    ctx = run(text, WED)
    assert (ctx.event.event_date, ctx.event.time_precision) == (day, 1)


def test_a_weekday_after_the_pages_date_in_the_future_tense_stays_future() -> None:
    ctx = run(
        "A man was shot Tuesday night on Elm Street. The suspect will be arraigned Thursday.", WED
    )
    assert ctx.event.event_date == "2021-07-06"
    arraigned = [m for m in ctx.times if m.text.endswith("Thursday")]
    assert arraigned and arraigned[0].role == "future"


@pytest.mark.parametrize(
    "text",
    [
        "A teenager was shot and killed at a house on Elm Street, police said.\n\nThe shooting "
        "is the third in the neighborhood this year.\n\nMarcus Reed, 17, was killed in late "
        "May in a shooting two blocks away.",
        "A teenager was shot and killed at a house on Elm Street, police said.\n\nAna Lopez, 4, "
        "was shot and killed in June and Marcus Reed, 2, was killed in late May in shootings "
        "with unsecured guns.",
    ],
)
def test_a_period_told_of_another_named_victim_does_not_date_the_event(text: str) -> None:
    # an undated report: the publication week, not the month of an earlier victim's death
    ctx = run(text)
    assert ctx.event.event_date == "2021-07-10" and ctx.event.time_precision == WEEK
    assert {m.role for m in ctx.times if m.text in ("late May", "in June")} == {"other_period"}


@pytest.mark.parametrize(
    "text",
    [
        # the victim is named before: the period is the report's own
        "A teenager was shot and killed at a house on Elm Street, police said.\n\nPolice "
        "identified him as Marcus Reed, 17.\n\nReed was shot in late May and died at a "
        "hospital.",
        # named in the opening paragraph
        "Marcus Reed, 17, was killed in late May on Oak Avenue, police said.\n\nOfficers are "
        "looking for a gray sedan.\n\nHis brother said Reed was killed in late May.",
        # the sentence tells no violence done to the person named
        "A teenager was shot and killed at a house on Elm Street, police said.\n\nMayor Ann "
        "Cole visited the street in late May.",
    ],
)
def test_a_period_of_the_report_s_own_victim_still_dates_it(text: str) -> None:
    ctx = run(text)
    assert ctx.event.event_date == "2021-05-26" and ctx.event.time_precision == MONTH


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe, 30, was arrested Friday in Millbrook. She has been charged with murder and "
        "with carrying a concealed pistol and is accused of killing Bo Lee, "
        "41, at the Red Fox Inn, 20 Oak Ave., on March 3.",
        "Ann Roe, 30, was arrested Friday. She was charged with two counts of assault and is "
        "accused of shooting Bo Lee at the Red Fox Inn, 20 Oak Ave., on March 3.",
    ],
)
def test_a_later_story_dates_the_shooting_by_the_day_after_its_gerund(text: str) -> None:
    # the date closes "accused of killing ... at <place>, <address>," (the parse may hang it
    # on "charged"): the shooting's day, not the charge's
    ctx = run(text)
    assert (ctx.event.event_date, ctx.event.time_precision) == ("2021-03-03", 1)
    assert {m.text: m.role for m in ctx.times}["on March 3"] == "event"


@pytest.mark.parametrize(
    ("text", "expression", "role"),
    [
        # the date before the gerund: the arrest's day
        (
            "Ann Roe was arrested on Friday for shooting a man at a bar on Oak Avenue.",
            "on Friday",
            "arrest",
        ),
        # no gerund of harm after the verb of the charge
        ("Ann Roe was charged with murder and robbery on Monday.", "on Monday", "arrest"),
        # a court's day, before a gerund that is no harm
        (
            "Ann Roe was sentenced on Monday after admitting to stealing a car.",
            "on Monday",
            "court",
        ),
    ],
)
def test_an_arrest_or_a_hearing_keeps_its_day(text: str, expression: str, role: str) -> None:
    ctx = run("Bo Lee was shot on July 2 outside his home on Elm Street.\n\n" + text)
    assert {m.text: m.role for m in ctx.times}[expression] == role
    assert ctx.event.event_date == "2021-07-02"


def test_one_of_the_people_gunned_down_dates_the_shooting() -> None:
    # an anniversary story: "was one of three youths gunned down" tells the shooting of its
    # day (an earlier shooting told after it is another incident's)
    ctx = run(
        "A man wounded at a park two years ago addressed a memorial on "
        "Friday.\n\nOn the night of March 13, 2019, Tim Ray was one of three youths gunned "
        "down at Lark Park.\n\nTwo years before that, the park saw another shooting. "
        "On May 3, 2017, two boys were found shot dead by its pond."
    )
    assert (ctx.event.event_date, ctx.event.time_precision) == ("2019-03-13", 1)


def test_one_of_the_people_at_a_meeting_is_no_violence() -> None:
    ctx = run(
        "On July 1, Tim Ray was one of three neighbors asked to the meeting at the library.\n\n"
        "He was shot on July 5 outside his home."
    )
    assert {m.text: m.attrs["strength"] for m in ctx.times}["On July 1"] == 1
    assert ctx.event.event_date == "2021-07-05"


def test_a_when_clause_of_violence_dates_the_shooting_before_a_later_death() -> None:
    ctx = run(
        "A cook died days after a shooting that also hurt two of his friends last week.\n\n"
        "Around 4 p.m. July 1, the friends were chatting on a porch on Birch Lane when a blue "
        "van stopped and a passenger fired at them, deputies said.\n\nTim Ray, 27, was shot "
        "in the neck and rushed to a clinic, where he died at 6:10 p.m. July 5."
    )
    assert (ctx.event.event_date, ctx.event.time_precision) == ("2021-07-01", 1)


def test_a_when_clause_of_no_violence_dates_nothing_of_it() -> None:
    ctx = run(
        "On July 1, the friends were chatting on a porch on Birch Lane when a neighbor called "
        "them in for supper.\n\nTim Ray, 27, was shot in the neck on July 5."
    )
    assert ctx.event.event_date == "2021-07-05"


def test_a_shooting_victim_dates_the_shooting_before_a_later_day_told_first() -> None:
    ctx = run(
        "Tim Ray is recovering at Mercy Hospital.\n\nIn a teary reunion in his hospital room "
        "Friday, he hugged the two men who carried him out. He was a shooting victim at the "
        "Blue Lantern club last Sunday morning."
    )
    assert (ctx.event.event_date, ctx.event.time_precision) == ("2021-07-04", 1)


@pytest.mark.parametrize(
    "text",
    [
        "Tim Ray was a guest speaker on Friday at the school. He was shot on Tuesday.",
        "Tim Ray was a proud new father on Friday. He was shot on Tuesday.",
    ],
)
def test_a_complement_of_no_violence_dates_nothing_of_it(text: str) -> None:
    ctx = run(text)
    assert {m.text: m.attrs["strength"] for m in ctx.times}["on Friday"] == 1
    assert ctx.event.event_date == "2021-07-06"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # an obituary's lifespan: born 2018, died on the day the event is dated by
        (
            'Tim Ray "Buddy"\n\nMarch 2, 2018 - July 8, 2021\n\nBuddy is survived by his '
            "parents and his sister.",
            "2021-07-08",
        ),
        # the wounding the text dates comes first, as for any death
        (
            'Tim Ray "Buddy"\n\nMarch 2, 2018 \u2013 July 8, 2021\n\nBuddy was shot on July 5 at '
            "his home and died three days later.",
            "2021-07-05",
        ),
    ],
)
def test_a_lifespan_is_a_birth_and_a_death(text: str, day: str) -> None:
    ctx = run(text)
    roles = {m.text: m.role for m in ctx.times}
    assert roles["March 2, 2018"] == "birth"
    assert (ctx.event.event_date, ctx.event.time_precision) == (day, 1)


def test_a_page_stamp_with_a_dash_is_no_lifespan() -> None:
    ctx = run("Updated: July 8, 2021 - 10:15 PM\n\nA man was shot on Tuesday.")
    assert {m.text: m.role for m in ctx.times}["July 8, 2021"] == "publication"
    assert ctx.event.event_date == "2021-07-06"


# --- a tally's period, and other incidents counted beside the story's ----------------------

SUN = dt.date(2021, 7, 11)  # a Sunday


@pytest.mark.parametrize(
    "text",
    [
        # the story's own day, then the city's count since a day before it
        "Two cousins were killed by gunfire from a passing car early Sunday in Millbrook, "
        "among 14 people shot across the city between Friday evening and Monday morning.\n\n"
        "The cousins were two of five teenagers shot dead since early Saturday.",
        "A student was wounded early Sunday in Dunmore. She was among 9 people shot, one "
        "fatally, from Saturday afternoon to early Sunday.",
        "A man was killed Sunday, one of two people shot since Friday night in the town.",
        # "two more shootings": other incidents, told after this one
        "A bouncer was shot dead early Sunday outside a tavern.\n\nThat was only the fatal "
        "one. Two more shootings from Saturday evening are being looked into.",
    ],
)
def test_a_tally_s_period_does_not_date_the_event(text: str) -> None:
    ctx = run(text, SUN)
    assert ctx.event.event_date == "2021-07-11"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a range of this event's own violence, with no tally: its start dates it
        ("Gunfire has killed three people since Friday night in the town.", "2021-07-09"),
        (
            "The standoff began Friday night and ended Sunday, when the gunman shot himself.",
            "2021-07-09",
        ),
    ],
)
def test_ranges_without_a_tally_still_date_the_event(text: str, day: str) -> None:
    assert run(text, SUN).event.event_date == day


def test_more_shootings_mark_another_incident_but_more_people_do_not() -> None:
    # more people, not more incidents: this event's victims, whose evening stays in its range
    ctx = run(
        "A man was shot early Sunday.\n\nTwo more people were wounded on Saturday evening.", SUN
    )
    assert ctx.event.date_start == "2021-07-10"
    lead = "A man was shot on Thursday.\n\n"
    assert when.background_spans(lead + "Two more shootings were reported on Monday.")
    assert not when.background_spans(lead + "Two more people were wounded on Monday.")


# --- a time fronted before "police said" ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Overnight, police tell us six guests were wounded at a barbecue.\n\nOn Friday, a woman "
        "was killed across town.",
        "Early Sunday, police said, a gunman opened fire outside a bar.\n\nOn Friday, a "
        "woman was killed across town.",
        "Early Sunday, police said a man died after he was stabbed outside a bar.\n\nOn "
        "Friday, a woman was killed across town.",
    ],
)
def test_a_time_fronted_before_police_said_dates_the_harm_reported(text: str) -> None:
    ctx = run(text, SUN)
    assert ctx.event.event_date == "2021-07-11"
    fronted = ctx.times[0]
    assert fronted.role == "event" and fronted.attrs["strength"] == 2


@pytest.mark.parametrize(
    "text",
    [
        # the reported clause dates itself: the fronted day is the statement's
        "A man was shot on Friday. On Sunday, police said the man was shot by his cousin on "
        "Friday.",
        # no harm reported: a statement about the shooting
        "A man was shot on Friday. On Sunday, police said the shooting was an accident.",
        # a statement's day after the verb, as before
        "A man was shot on Friday. Police said on Sunday that he was shot by his cousin.",
        # not fronted: the day is inside the sentence
        "A man was shot on Friday. The victim's brother on Sunday told reporters he was shot.",
    ],
)
def test_a_statement_s_day_stays_a_report(text: str) -> None:
    ctx = run(text, SUN)
    assert ctx.event.event_date == "2021-07-09"
    sunday = next(m for m in ctx.times if "Sunday" in m.text)
    assert sunday.role != "event"


def test_a_day_in_another_story_s_link_does_not_date_the_event() -> None:
    text = (
        "A man was shot outside a bar on Elm Street early today, police said.\n\n"
        "RELATED: Two Hurt in Riverton Shooting on Tuesday Night\n\n"
        "He was taken to a hospital in stable condition."
    )
    ctx = run(text)
    tuesday = [m for m in ctx.times if "tuesday" in m.text.lower()]
    assert tuesday and all(m.role == "other_story" for m in tuesday)
    assert ctx.event.event_date == SAT.isoformat()
    # the same day in the story's own sentence dates it
    own = run("Two people were hurt in a shooting on Tuesday night, police said.")
    assert own.event.event_date == (SAT - dt.timedelta(days=4)).isoformat()


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Visitation is Thurs. July 8 at the funeral home.", "Thurs. July 8"),
        ("He was shot Tues., July 6, 2021, near Elm Street.", "Tues., July 6, 2021"),
        ("The rally is set for Fri. July 16.", "Fri. July 16"),
        # not its weekday: a name's end ("Sun.") or a year whose day is another weekday
        ("The story ran in the Riverton Sun. July 4 was quiet, police said.", "July 4"),
        ("He was shot Mon., July 6, 2021, near Elm Street.", "July 6, 2021"),
    ],
)
def test_an_abbreviated_weekday_before_a_date_is_part_of_it(text: str, expression: str) -> None:
    exprs = find_times(text)
    assert [e.text for e in exprs] == [expression]


def test_a_date_after_an_abbreviated_weekday_keeps_its_sentence_s_tense() -> None:
    # the parser ends a sentence at "Thurs.": read apart, "July 15" lost its "will be held"
    text = (
        "A man was shot on Tuesday night outside a bar on Elm Street, police said. "
        "Visitation will be held Thurs. July 15 at 6 p.m. at Oak Funeral Home."
    )
    ctx = run(text)
    assert ctx.event.event_date == "2021-07-06"
    july = next(m for m in ctx.times if "July 15" in m.text)
    assert july.text == "Thurs. July 15"
    assert july.role != "event"
    # a day of violence written the same way still dates the event
    shot = run("The man was shot Tues. July 6 near Elm Street, police said.")
    assert shot.event.event_date == "2021-07-06"


@pytest.mark.parametrize(
    ("text", "expression", "day"),
    [
        ("A man was shot Tues. night, police said.", "Tues. night", "2021-07-06"),
        ("Police said a woman was hurt early Mon. near Elm Street.", "early Mon.", "2021-07-05"),
        ("The driver died on Fri., police said.", "on Fri.", "2021-07-09"),
        ("Two teens were shot Thurs. Officers found them on Oak Road.", "Thurs.", "2021-07-08"),
        ("A clerk was robbed late Wed. at a gas station.", "late Wed.", "2021-07-07"),
        ("Deputies responded Tue. afternoon to a shooting.", "Tue. afternoon", "2021-07-06"),
        ("Then Sat. night a man was shot outside the bar.", "Sat. night", "2021-07-10"),
    ],
)
def test_an_abbreviated_weekday_alone_is_its_weekday(text: str, expression: str, day: str) -> None:
    assert [e.text for e in find_times(text)] == [expression]
    assert run(text).event.event_date == day


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Mon.", "Monday"),
        ("Tues.", "Tuesday"),
        ("Wed.", "Wednesday"),
        ("Thu.", "Thursday"),
        ("Fri.", "Friday"),
        ("Sat.", "Saturday"),
        ("Sun.", "Sunday"),
    ],
)
def test_an_abbreviated_weekday_dates_the_event_as_its_full_name(short: str, full: str) -> None:
    text = "A woman was hurt {} near Elm Street, deputies said."
    assert run(text.format(short)).event.event_date == run(text.format(full)).event.event_date


@pytest.mark.parametrize(
    "text",
    [
        # a newspaper's name, the star, the verb without its capital or point, the test, "Mon"
        "The story ran in the Riverton Sun. Police said a man was hurt.",
        "A man was hurt, the Riverton Sun. reported.",
        "The planet goes around the Sun. A man was hurt near Elm Street.",
        "A man who sat. Police said he was hurt.",
        "The teen took the SAT. He was hurt near Elm Street.",
        "He sat on the porch when he was hurt, police said.",
        "Hey, Mon, a man was hurt on the beach.",
        "The Sun rose over Elm Street, where a man was hurt.",
    ],
)
def test_a_word_like_an_abbreviated_weekday_is_no_day(text: str) -> None:
    assert find_times(text) == []
    assert run(text).event.event_date == SAT.isoformat()
