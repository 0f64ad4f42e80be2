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
    "A flight school fired an instructor who appeared on cable news for weeks, saying he "
    "showed up late to his regular job and {end}"
)
_CRASH = (
    "Joe Doe lost his mother in a car crash on June 14, just two weeks after burying his "
    "father. Now he faces the funeral costs alone."
)
_CRASH_LEAD = (
    "MILL COUNTY, KY (WXYZ) - After losing both parents in a short time, a community is "
    "rallying around a Mill County teen. Joe Doe lost his mother in a car crash on June 14, "
    "just two"
)

PAGES: list[Row] = [
    (
        "p01",
        T,
        U,
        "Weapon identified in Riverton girl's fatal shooting",
        f"{_BURGLAR}\n\n{_BURGLAR}\n\n{_FLIGHT.format(end='dressing...')}\n\n"
        f"{_FLIGHT.format(end='...')}\n\n{_CRASH}\n\n{_CRASH_LEAD}\n\n"
        "The sheriff's department has identified the rifle used in the fatal shooting of a "
        "7-year-old girl in Riverton.\n\n"
        "Deputies say a 5-year-old fired the weapon from the trunk of a car Tuesday, sending "
        "fragments flying. Another child was hurt and the girl was killed.\n\n"
        "The owner of the gun told investigators he did not know it was loaded.",
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
        "Riverton police found the car stolen during Sunday night's fatal shooting at the "
        "Lakeview Apartments. A helicopter is searching the area.\n\n"
        "(WXYZ) - Riverton police found the car stolen during Sunday night's fatal shooting "
        "at the Lakeview Apartments. The helicopter is searching for the suspects. The car was"
        "\n\nOn August 16, Tim Roe, 13, was shot dead in the 600 block of Hill Street.\n\n"
        "On August 16, Tim Roe, 13, was shot dead in the 600 block of Hill Street.\n\n"
        "(WXYZ) - It has been almost two weeks since 13-year-old Tim Roe was shot dead by a "
        "friend.\n\n"
        '"He did not have a gun," his grandmother said. It was August 16 when police say Tim '
        "was shot dead on Hill Street.\n\n"
        "His 15-year-old friend was charged with reckless homicide.",
        "2022-08-16",
    ),
    (
        "p03",
        M,
        U,
        "POLICE: Three found dead in Waynesburg home",
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
        "WAYNESBURG, Pa. (WXYZ) -- The sheriff's office says no one is in custody after three "
        "people were found shot to death in a home outside Waynesburg.\n\n"
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
        "A New Year's Eve celebration at a bar on Hacks Road ended with five people in the "
        "hospital.\n\n"
        "A New Year's Eve celebration at a bar on Hacks Road ended with five people in the "
        "hospital.\n\n"
        "Two of the victims remain in critical condition at the regional medical center.\n\n"
        "Two of the victims remain in critical condition at the regional medical center.\n\n"
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
