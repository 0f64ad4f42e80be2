"""analyse/when on days of what followed the shots, read as the shots' own (session 33, date39,
classes found on held-a's pages): an inquiry going on ("An investigation was under way
Wednesday into the killing", "The search continued Tuesday for the gunman") over the night
the text dates the shots to; a call-out's day ("Early Thursday morning, police responded to a
shooting", "Around 1:30 a.m. Friday, officers responded to the house where the girl had been
shot") over the night before that the text gives the shots themselves; a year written after a
comma with no space ("died Feb. 21,2015", a scanned page); with controls.

Every headline and sentence here is invented for these tests (the towns and streets are
invented or common names, the events are not real). Each row: id, publication day, address,
headline, text, the day of the shooting. The rows were written before the rules: main at
eaebb21 got 5 of 17 (misses: five of the six inquiries, "The manhunt resumed Thursday" read
right already; the five call-outs; the two years after a comma; the controls right); the
branch gets 17.
"""

from __future__ import annotations

import pytest

from newsfold.analyse.timeexpr import find_times

from .when_helpers import TU, F, M, Row, T, U, W, day_table_test

ROWS: list[Row] = [
    # an inquiry under way: the day of the inquiry, not of the shots told by their own day
    (
        "q01",
        W,
        U,
        "Teen found dead on Mill Road",
        "RIVERTON - An investigation was underway Wednesday into the killing of a young man "
        "left lying across a gravel road close to the county line.\n\n"
        "A deputy came upon the body on Mill Road shortly after 8:30 p.m. Tuesday, the "
        "sheriff's office said.",
        "2020-10-13",
    ),
    (
        "q02",
        W,
        U,
        "Man killed outside store",
        "An investigation was under way Wednesday into the fatal shooting of a man outside a "
        "convenience store in Eastfield.\n\nOfficers found the man in the parking lot around "
        "10 p.m. Tuesday, police said.",
        "2020-10-13",
    ),
    (
        "q03",
        W,
        U,
        "Woman found shot in car",
        "A homicide investigation is underway Wednesday after a woman was found shot to death "
        "in her car.\n\nA passer-by saw the car in a ditch on Route 4 around 11 p.m. Tuesday "
        "and called 911, deputies said.",
        "2020-10-13",
    ),
    (
        "q04",
        W,
        U,
        "Clerk killed in robbery",
        "The search continued Wednesday for the gunman who killed a store clerk in Eastfield."
        "\n\nThe clerk was shot during a robbery around 9:40 p.m. Tuesday, police said.",
        "2020-10-13",
    ),
    (
        "q05",
        T,
        U,
        "Three hurt at backyard party",
        "The manhunt resumed Thursday for two men who opened fire at a backyard party in "
        "Riverton.\n\nThree guests were wounded late Wednesday night, police said.",
        "2021-06-16",
    ),
    (
        "q06",
        F,
        U,
        "Two men shot outside bar",
        "An investigation was ongoing Friday into the shooting of two men outside a bar on "
        "Main Street.\n\nThe men were hit about 10:30 p.m. Thursday as they walked to their "
        "car, officers said.",
        "2022-08-25",
    ),
    # controls: an inquiry's day is still the fallback of a text with no other; a day that
    # qualifies the shooting ("into Monday's shooting") is the shooting's; what continued
    # when it is no inquiry is the event's
    (
        "q07",
        W,
        U,
        "Man shot in Eastfield",
        "An investigation was under way Wednesday after a man was shot in Eastfield, police "
        "said. No arrests have been made.",
        "2020-10-14",
    ),
    (
        "q08",
        W,
        U,
        "Man wounded at gas station",
        "A man was wounded at a gas station in Eastfield, police said. A police investigation "
        "into Monday's shooting is ongoing.",
        "2020-10-12",
    ),
    (
        "q09",
        W,
        U,
        "Gunfire in the north",
        "Gunfire continued Wednesday in the northern district of the city, residents said.",
        "2020-10-14",
    ),
    # a call-out's day, and the night before that the shots are told by their own verb
    (
        "k01",
        T,
        U,
        "Man shot holding his daughter",
        "Early Thursday morning, the Riverton Police Department responded to a shooting at a "
        "house on Elm Street.\n\nWitnesses said two men came to the door wearing masks and "
        "began shooting late Wednesday night.",
        "2021-06-16",
    ),
    (
        "k02",
        M,
        U,
        "Man shot during argument",
        "Officers were dispatched early Sunday to an apartment on Oak Street, where they found "
        "a man with several gunshot wounds.\n\nDetectives believe he was shot late Saturday "
        "night during an argument with a neighbor.",
        "2019-03-02",
    ),
    (
        "k03",
        TU,
        U,
        "Man killed outside lounge",
        "Deputies were called to the Starlight Lounge early Monday morning after reports of "
        "gunfire in the parking lot.\n\nA 24-year-old man was killed late Sunday night when "
        "someone fired into a crowd leaving the bar, the sheriff said.",
        "2018-11-18",
    ),
    (
        "k04",
        F,
        U,
        "Girl, 6, hit by stray bullet",
        "A six-year-old girl is healing after an operation, and her parents say a stray "
        "bullet struck her on Thursday night.\n\nShe was shot in the back while asleep on the "
        "couch around 11:15 p.m., her grandfather said.\n\nAround 1:30 a.m. Friday, officers "
        "responded to the house where the girl had been shot.",
        "2022-08-25",
    ),
    (
        "k05",
        M,
        U,
        "Man wounded on Pine Street",
        "A man was wounded Saturday night on Pine Street.\n\nHe was hit in the leg around "
        "10:50 p.m., police said.\n\nOfficers were dispatched at about 1:15 a.m. Sunday, after "
        "the man walked into a hospital.",
        "2019-03-02",
    ),
    # control: with no clock of the shots' own, a night's call-out in the small hours of the
    # next day still tells that the night ran past midnight
    (
        "k06",
        M,
        U,
        "Man shot outside bar",
        "A man was shot Saturday night outside a bar on Main Street, police said.\n\nOfficers "
        "were dispatched at about 1:15 a.m. Sunday and found him in the parking lot.",
        "2019-03-03",
    ),
    # a year after a comma with no space
    (
        "y01",
        "2016-03-05",
        U,
        "Obituaries",
        "A funeral service for Sam Doe, 15, of Milford took place Feb. 27,2015, at "
        "St. Luke's Chapel in Milford. Sam died Feb. 21,2015, from a gunshot wound.",
        "2015-02-21",
    ),
    (
        "y02",
        "2019-01-10",
        U,
        "Court news",
        "Jon Roe, 31, pleaded guilty to shooting his neighbor on Nov. 3,2017 in an argument "
        "over a fence, the prosecutor said Thursday.",
        "2017-11-03",
    ),
]

test_the_shooting_day = day_table_test(ROWS, {})


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Sam died Feb. 21,2015.", 2015),
        ("He was shot on March 3,2019 near the park.", 2019),
        ("The fire broke out Oct. 9, 2014, downtown.", 2014),
        # a count after the comma is no year
        ("On May 5,1,500 runners took part.", None),
    ],
)
def test_a_year_after_a_comma(text: str, year: int | None) -> None:
    dates = [e for e in find_times(text) if e.kind == "date"]
    assert dates
    assert dates[0].parts.get("year") == year
