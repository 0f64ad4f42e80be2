"""analyse/teaser_rail and its use by when: a station page whose text opens on its rail of
other stories' teasers, each told twice (the teaser again, or the story's first lines under
its dateline cut off mid-sentence), dates the story by the day its own lines tell, not by a
teaser's (a car crash, a fire, another shooting). Found on held-a's pages (session 33,
date39).

Every headline and sentence here is invented for these tests. The page rows were written
before the rule: main at eaebb21 got 2 of 5 (misses: the three pages whose first teaser day
is another story's; the two controls right), the branch gets 5.
"""

from __future__ import annotations

from newsfold.analyse.teaser_rail import teaser_rail_spans

from .when_helpers import F, M, Row, T, U, day_table_test

_BURGLAR = "A burglar was caught on camera creeping through a nursery in a home outside Eastfield."
_FLIGHT = (
    "A bakery let go of a pastry chef who was on morning television for months, claiming she "
    "came in late for her usual shift and {end}"
)
_CRASH = (
    "Jan Roe lost her father to a car crash on June 14, only ten days after burying her "
    "mother. Now she must pay for both funerals alone."
)
_CRASH_LEAD = (
    "MILL COUNTY, KY (WXYZ) - With both parents gone within a month, neighbours are "
    "gathering around a Mill County teen. Jan Roe lost her father to a car crash on June 14, "
    "only ten"
)

PAGES: list[Row] = [
    (
        "p01",
        T,
        U,
        "Rifle traced in Riverton boy's deadly shooting",
        f"{_BURGLAR}\n\n{_BURGLAR}\n\n{_FLIGHT.format(end='dressing...')}\n\n"
        f"{_FLIGHT.format(end='...')}\n\n{_CRASH}\n\n{_CRASH_LEAD}\n\n"
        "The sheriff's office has traced the rifle that killed an 8-year-old boy in "
        "Riverton.\n\n"
        "Deputies say a 4-year-old fired the rifle from the back seat of a truck Tuesday, "
        "scattering pieces of metal. Another child was hurt and the boy was killed.\n\n"
        "The rifle's owner told detectives she had thought it was empty.",
        "2021-06-15",
    ),
    (
        "p02",
        F,
        U,
        "Grandmother says boy, 13, did not own a gun",
        "A suspect in a crash that sent an officer to the hospital faces a judge Monday "
        "morning.\n\n(WXYZ) - A suspect in a crash that sent an officer to the hospital faces "
        "a judge Monday morning. On Saturday the officer made a traffic stop at\n\n"
        "Officers in Riverton recovered a truck taken in Sunday night's fatal shooting near the "
        "Lakeview Apartments. Dogs are tracking the suspects.\n\n"
        "(WXYZ) - Officers in Riverton recovered a truck taken in Sunday night's fatal shooting "
        "near the Lakeview Apartments. Dogs are tracking the two suspects. The truck had"
        "\n\nTim Roe, 13, was fatally shot on August 16 behind a house on Hill Street.\n\n"
        "Tim Roe, 13, was fatally shot on August 16 behind a house on Hill Street.\n\n"
        "(WXYZ) - Nearly two weeks have passed since a friend shot and killed 13-year-old "
        "Tim Roe.\n\n"
        '"He did not have a gun," his grandmother said. It was August 16 when police say Tim '
        "was shot dead on Hill Street.\n\n"
        "A 14-year-old classmate now faces a charge of reckless homicide.",
        "2022-08-16",
    ),
    (
        "p03",
        M,
        U,
        "POLICE: Three shot dead in Waynesburg house",
        "Keeping the coach would be best for the football team, but the athletic director will "
        "keep the search moving either way.\n\n"
        "Keeping the coach would be best for the football team, but the athletic director will "
        "keep the search moving either way.\n\n"
        "Firefighters say they responded to the blaze around 12:30 Sunday morning at a duplex "
        "on Ash Street.\n\n"
        "Firefighters say they responded to the blaze around 12:30 Sunday morning at a duplex "
        "on Ash Street.\n\n"
        "A balloon launched as a tribute to a fallen officer landed more than 600 miles away in "
        "a field.\n\n"
        "A balloon launched as a tribute to a fallen officer landed more than 600 miles away in "
        "a field.\n\n"
        "WAYNESBURG, Pa. (WXYZ) -- No arrest has been made after the bodies of three people "
        "with gunshot wounds were discovered in a house near Waynesburg, the sheriff said.\n\n"
        "Deputies say three people were shot dead in a house on Main Cross Street late "
        "Saturday night.\n\n"
        "A relative found two of them in the living room and called 911 around 10:40 p.m., "
        "deputies said.",
        "2019-03-02",
    ),
    # controls: a page that doubles its own story's lines keeps the day they tell; a page
    # with two pairs has no rail, and its first day of violence still leads
    (
        "p04",
        "2021-01-07",
        U,
        "Party bus shooting suspect in custody",
        "A New Year's Eve party at a lounge on Birch Road left four people in the "
        "hospital.\n\n"
        "A New Year's Eve party at a lounge on Birch Road left four people in the "
        "hospital.\n\n"
        "Two of the four are still listed as critical at the county trauma unit.\n\n"
        "Two of the four are still listed as critical at the county trauma unit.\n\n"
        "Police issued an arrest warrant for a man suspected of shooting into the party bus "
        "that night.\n\n"
        "Police issued an arrest warrant for a man suspected of shooting into the party bus "
        "that night.\n\n"
        "Investigators say the shots were fired into the bus on New Year's Eve after an "
        "argument outside the bar.",
        "2020-12-31",
    ),
    (
        "p05",
        M,
        U,
        "Man wounded on Pine Street",
        "A man was wounded by gunfire on Pine Street late Saturday night, police said.\n\n"
        "A man was wounded by gunfire on Pine Street late Saturday night, police said.\n\n"
        "A balloon launched as a tribute to a fallen officer landed more than 600 miles away in "
        "a field.\n\n"
        "A balloon launched as a tribute to a fallen officer landed more than 600 miles away in "
        "a field.\n\n"
        "Officers said another man was shot in the arm on Sunday afternoon on Elm Street.",
        "2019-03-02",
    ),
]

test_the_shooting_day = day_table_test(PAGES, {})


def _lines(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


def test_a_rail_of_three_pairs() -> None:
    text = (
        f"{_BURGLAR}\n\n{_BURGLAR}\n\n{_FLIGHT.format(end='dressing...')}\n\n"
        f"{_FLIGHT.format(end='...')}\n\n{_CRASH}\n\n{_CRASH_LEAD}\n\n"
        "The sheriff's department has identified the rifle used in the shooting."
    )
    lines = _lines(text, teaser_rail_spans(text))
    assert lines == [
        _BURGLAR,
        _BURGLAR,
        _FLIGHT.format(end="dressing..."),
        _FLIGHT.format(end="..."),
        _CRASH,
        _CRASH_LEAD,
    ]


def test_two_pairs_are_no_rail() -> None:
    text = f"{_BURGLAR}\n\n{_BURGLAR}\n\n{_CRASH}\n\n{_CRASH_LEAD}\n\nThe story goes on here."
    assert teaser_rail_spans(text) == []


def test_short_lines_told_twice_are_no_pairs() -> None:
    # a label or a short caption repeated ("Close", "Video") is no teaser
    text = "\n\n".join(["Close", "Close", "Watch the video", "Watch the video"] * 3)
    assert teaser_rail_spans(text) == []


def test_a_story_repeating_its_lead_in_full_is_no_cut_teaser() -> None:
    # the dateline's line holds the teaser's words but ends its sentence: a story's own
    # lead under its summary, not a teaser cut off
    lead = "Two men were wounded in a shooting outside a bar on Main Street on Friday night."
    text = "\n\n".join([lead, f"RIVERTON (WXYZ) - {lead}", _BURGLAR, _BURGLAR, _CRASH, _CRASH_LEAD])
    assert teaser_rail_spans(text) == []
