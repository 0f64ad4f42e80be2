"""analyse/when on day words the analysis misread (session 29, date36): a date after "since"
that is an earlier incident's ("the second on the block since a man was shot there Jan. 5"),
killing verbs ("gunned down", "shot dead", "slain", "fatally wounded", "struck by gunfire")
that tell the shooting's own day under a vigil's, a march's or an arrest's, "last Tuesday" on
a Wednesday page (the Tuesday of the week before: AP style writes the weekday alone for the
past week), "two weeks ago Tuesday" beside another weekday, and "a shooting a year ago" under
a later arrest, with controls.

Every headline and sentence here is invented for these tests (the towns and streets are real,
the events are not). Each row: id, publication day, address, headline, text, the day of the
shooting (a "YYYY-MM" want asks for that month). The rows were written before any rule: main
at 0cdf2fc got 22 of 32 (misses: four "last <weekday>" the day after that weekday, a march's
and a gathering's weekday over "shot dead Sept. 26" and "fatally wounded on May 28", "gunned
down" beside an anniversary, three "a shooting a year ago" under a later arrest, charge or
sentencing); the branch gets 32.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .when_helpers import TU, F, M, Row, T, U, W, day_table_test, event_day

DAYS: list[Row] = [
    # a date after "since" is an earlier incident's
    (
        "s01",
        W,
        U,
        "Man shot on Center Street",
        "MILWAUKEE - A man was shot Tuesday night on West Center Street, the third shooting on "
        "the block since a woman was wounded there Sept. 20, police said.",
        "2020-10-13",
    ),
    (
        "s02",
        W,
        U,
        "Two teens hurt near rec center",
        "PHILADELPHIA - Two teenagers were wounded Monday afternoon near a recreation center in "
        "Kensington, the second shooting there since a 15-year-old was killed Aug. 2.",
        "2020-10-12",
    ),
    (
        "s03",
        T,
        U,
        "Woman wounded on Fenkell",
        "DETROIT - A woman was wounded early Wednesday on Fenkell Avenue. Neighbors said it was "
        "the fourth shooting on the street since May 30.",
        "2021-06-16",
    ),
    (
        "s04",
        "2020-10-14T16:00:00Z",
        U,
        "Man wounded on Druid Hill Avenue",
        "BALTIMORE - A man was shot and wounded early this morning in the 2400 block of Druid "
        "Hill Avenue, the second shooting on the block since a man was shot there Oct. 3, police "
        "said.",
        "2020-10-14",
    ),
    (
        "s05",
        W,
        U,
        "Man shot on Superior Avenue",
        "CLEVELAND - A 20-year-old man was shot Monday on Superior Avenue. Police have counted "
        "14 shootings in the neighborhood since Jan. 1.",
        "2020-10-12",
    ),
    (
        "s06",
        W,
        U,
        "Teen killed on Natural Bridge",
        "ST. LOUIS - A 19-year-old was killed Tuesday on Natural Bridge Avenue, the first "
        "homicide on the street since a man was shot dead there on May 9, 2019.",
        "2020-10-13",
    ),
    (
        "s07",
        F,
        U,
        "Shooting on Burnside",
        "PORTLAND, Ore. - Police are looking into a shooting Thursday on East Burnside Street, "
        "the latest since a man was gunned down nearby on July 30.",
        "2022-08-25",
    ),
    (
        "s08",
        M,
        U,
        "Man wounded on Clinton Avenue",
        "NEWARK, N.J. - A man was wounded in a shooting Sunday evening on Clinton Avenue, the "
        "first on the avenue since a teenager was fatally wounded there Feb. 9.",
        "2019-03-03",
    ),
    (
        "s09",
        TU,
        U,
        "Driver hit by gunfire",
        "MEMPHIS, Tenn. - A woman was struck by gunfire Monday while driving on Lamar Avenue, "
        "the second driver hit on the road since a man was struck by gunfire there on Oct. 28.",
        "2018-11-19",
    ),
    # killing verbs tell the shooting's day under a vigil's, a march's, an arrest's
    (
        "g01",
        W,
        U,
        "Vigil for slain teen",
        "CHICAGO - Relatives held a vigil Tuesday night for a 16-year-old who was gunned down on "
        "Oct. 3 outside his home on South Halsted Street.",
        "2020-10-03",
    ),
    (
        "g02",
        W,
        U,
        "March for car wash victim",
        "JACKSON, Miss. - A march Sunday remembered a father of three who was shot dead Sept. 26 "
        "at a car wash on Robinson Road.",
        "2020-09-26",
    ),
    (
        "g03",
        T,
        U,
        "Arrest in Gary killing",
        "GARY, Ind. - Police on Wednesday arrested a man in the killing of a 31-year-old who was "
        "slain June 5 on Broadway.",
        "2021-06-05",
    ),
    (
        "g04",
        T,
        U,
        "Family gathers where woman died",
        "BIRMINGHAM, Ala. - Family members gathered Tuesday at the spot where a 24-year-old woman "
        "was fatally wounded on May 28.",
        "2021-05-28",
    ),
    (
        "g05",
        F,
        U,
        "A year later, no arrest",
        "OAKLAND, Calif. - Friends released balloons Thursday on the first anniversary of the "
        "day a barber was gunned down on Aug. 25, 2021, outside his shop on International "
        "Boulevard.",
        "2021-08-25",
    ),
    (
        "g06",
        W,
        U,
        "Vigil for wounded girl",
        "CHICAGO - Neighbors held a vigil Tuesday for a 9-year-old girl wounded Saturday, the "
        "first child shot on the block since a boy was gunned down on Oct. 13, 2019.",
        "2020-10-10",
    ),
    (
        "g07",
        TU,
        U,
        "Rally against violence",
        "ATLANTA - A rally Monday called for an end to violence on the Westside, where three "
        "people have been shot dead since Nov. 1. The latest, a 30-year-old man, was shot "
        "Saturday on Joseph E. Lowery Boulevard.",
        "2018-11-17",
    ),
    # "last Tuesday" on a Wednesday page is the week before's
    (
        "l01",
        W,
        U,
        "Arrest in clerk shooting",
        "HOUSTON - Police said Monday they had arrested a man in a robbery last Tuesday in which "
        "a clerk at a convenience store on Bellaire Boulevard was shot.",
        "2020-10-06",
    ),
    (
        "l02",
        T,
        U,
        "Road rage victim dies",
        "SAN ANTONIO - A man shot during a road rage argument last Wednesday has died, police "
        "said Thursday.",
        "2021-06-09",
    ),
    (
        "l03",
        M,
        U,
        "Man still critical",
        "LOUISVILLE, Ky. - A man wounded in a shooting last Sunday on Broadway remained in "
        "critical condition, police said.",
        "2019-02-24",
    ),
    (
        "l04",
        F,
        U,
        "Gunman sought",
        "TULSA, Okla. - Police are still searching for the gunman who shot a 22-year-old man "
        "last Monday on North Peoria Avenue.",
        "2022-08-22",
    ),
    (
        "l05",
        TU,
        U,
        "Woman released from hospital",
        "OMAHA, Neb. - A woman who was shot last Tuesday in north Omaha has been released from "
        "the hospital, police said.",
        "2018-11-13",
    ),
    (
        "l06",
        W,
        U,
        "Victim identified",
        "DENVER - A man shot this past Tuesday on Colfax Avenue was identified by the coroner's "
        "office.",
        "2020-10-13",
    ),
    (
        "l07",
        F,
        U,
        "Sketch released",
        "RALEIGH, N.C. - Police released a sketch Friday of a man they say shot a delivery "
        "driver last Thursday night on Capital Boulevard.",
        "2022-08-18",
    ),
    (
        "l08",
        W,
        U,
        "Man shot on Riverside",
        "AUSTIN, Texas - A man was shot Tuesday on East Riverside Drive, police said.",
        "2020-10-13",
    ),
    # "N weeks ago Tuesday" beside another weekday
    (
        "w01",
        W,
        U,
        "Clerk back at work",
        "FORT WORTH, Texas - A store clerk shot two weeks ago Tuesday during a robbery on "
        "Hemphill Street went back to work Monday, the owner said.",
        "2020-09-29",
    ),
    (
        "w02",
        T,
        U,
        "Man released from hospital",
        "PHILADELPHIA - A man shot a week ago Saturday outside a bar on Frankford Avenue was "
        "released from the hospital Wednesday.",
        "2021-06-05",
    ),
    (
        "w03",
        M,
        U,
        "Teen back in school",
        "KNOXVILLE, Tenn. - A 17-year-old shot three weeks ago Friday at a party on Magnolia "
        "Avenue returned to school Monday.",
        "2019-02-08",
    ),
    (
        "w04",
        F,
        U,
        "Driver speaks",
        "PHOENIX - A bus driver shot two weeks ago Monday on Van Buren Street spoke to reporters "
        "Thursday.",
        "2022-08-08",
    ),
    # "a shooting a year ago" under a later arrest or charge
    (
        "y01",
        W,
        U,
        "Arrest in Bergen Street shooting",
        "NEWARK, N.J. - Detectives arrested a man Monday in a shooting a year ago that wounded "
        "two brothers on Bergen Street.",
        "2019-10",
    ),
    (
        "y02",
        T,
        U,
        "Murder charge filed",
        "COLUMBUS, Ohio - Prosecutors on Wednesday charged a 28-year-old man with murder in a "
        "shooting a year ago on Cleveland Avenue that killed a 19-year-old.",
        "2020-06",
    ),
    (
        "y03",
        M,
        U,
        "Sentence in bus stop shooting",
        "RICHMOND, Va. - A man was sentenced Monday for a shooting two years ago at a bus stop "
        "on Broad Street.",
        "2017-03",
    ),
    (
        "y04",
        W,
        U,
        "Brother shot near memorial",
        "ROCHESTER, N.Y. - A man was shot Monday near the spot where his brother was killed a "
        "year ago, police said.",
        "2020-10-12",
    ),
]

KNOWN_MISSES: dict[str, str] = {}

test_the_shooting_day = day_table_test(DAYS, KNOWN_MISSES)


WED = dt.date(2020, 10, 14)


@pytest.mark.parametrize(
    "text",
    [
        # a year's statistic, not a shooting's day
        "A man was shot Monday on Elm Street. A year ago, the city counted 300 homicides.",
        # a gathering without a calendar date of harm after it keeps the shooting's weekday
        "A man was shot Monday on Elm Street. Neighbors gathered Monday night to pray.",
        # a weekday two days back with "last" is its latest occurrence
        "A man who was shot last Monday on Elm Street has died.",
    ],
)
def test_controls_keep_the_weekday(text: str) -> None:
    assert event_day(text, WED) == "2020-10-12"


def test_a_counted_since_clause_s_date_is_the_earlier_incident_s() -> None:
    text = (
        "A man was wounded in a shooting on Elm Street, the second on the block since a man "
        "was shot there Oct. 2, police said."
    )
    assert event_day(text, WED) != "2020-10-02"


@pytest.mark.parametrize(
    "text",
    [
        "Police have stepped up patrols on Elm Street since a man was shot there Oct. 2.",
        "It is the first time the owner has spoken since he was shot on Elm Street Oct. 2.",
    ],
)
def test_a_since_clause_without_a_count_of_incidents_keeps_its_date(text: str) -> None:
    assert event_day(text, WED) == "2020-10-02"
