"""analyse/when on days an article tells that are not the shooting's own (session 30, date37):
a day word inside a quotation ("Today marks ...", "the homicide that occurred last
evening") counted from the page's date while it was said on a day the page does not give,
and a day told right after the condition of the wounded ("and in stable condition late
Thursday") read as the day of the shots; with controls (a quoted day word with no other day
told, a quotation whose day agrees, an admission "hospitalized in critical condition Sunday
with a gunshot wound").

Every headline and sentence here is invented for these tests (the towns and streets are real,
the events are not). Each row: id, publication day, address, headline, text, the day of the
shooting. The rows were written with the rules; main at bdf38f9 gets 8 of the 13 (misses q02,
q03, q04, k01, k02), the branch 13.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfold.analyse import analyse_many
from newsfold.analyse.quoted_days import QUOTED_ROLE
from newsfold.ingest.clean import clean_record
from newsfold.records import RawRecord

from .when_helpers import TU, F, M, Row, T, U, W, day_table_test, event_day

DAYS: list[Row] = [
    # a quoted day word leads the story; the writer names the day further down
    (
        "q01",
        W,
        U,
        "Four killed in bar shooting",
        "\u201cToday marks the worst shooting this city has seen in a generation,\u201d Mayor "
        "Dana Ruiz said at a news conference.\n\n"
        "Four people were killed and six wounded when a gunman opened fire inside a bar on "
        "Main Street in Lubbock early Sunday, police said.",
        "2020-10-11",
    ),
    (
        "q02",
        M,
        U,
        "Man killed on Walnut Street",
        "\u201cI heard five shots last night and then screaming,\u201d a neighbor said, "
        "declining to give her name.\n\n"
        "A man, 22, was shot and killed on Walnut Street in Dayton about 11 p.m. Saturday, "
        "police said.",
        "2019-03-02",
    ),
    (
        "q03",
        F,
        U,
        "Chief: 'We will find who did this'",
        "\u201cThe shooting this morning was a cowardly act,\u201d Chief Ray Cole said.\n\n"
        "A boy, 17, was shot in the back Wednesday as he walked home from practice on "
        "Grand Avenue in Des Moines. He is expected to survive.",
        "2022-08-24",
    ),
    # a page dated the shooting's day, updated the next: the quoted "last evening" is the
    # shooting's day only counted from the update's
    (
        "q04",
        TU,
        U,
        "Two held in Oak Street homicide",
        "A 27-year-old man died late Tuesday night after a shooting on Oak Street in Toledo.\n\n"
        "\u201cDetectives arrested two men this afternoon in connection with the homicide that "
        "occurred on Oak Street last evening,\u201d Lt. Ray Cole said.",
        "2018-11-20",
    ),
    (
        "q05",
        T,
        U,
        "Suspect sought in store shooting",
        "A clerk died Wednesday night after being shot during a robbery at a store on Ridge "
        "Road in Gary.\n\n"
        "\u201cWe got the call yesterday about 9 and found him behind the counter,\u201d a police "
        "spokesman said Friday.",
        "2021-06-16",
    ),
    # controls: a quoted day word with nothing else to date the shots stays
    (
        "c01",
        W,
        U,
        "Man shot outside home",
        "A man was wounded outside his home on Elm Street in Flint.\n\n"
        "\u201cHe was shot last night right outside our door,\u201d his mother said.",
        "2020-10-13",
    ),
    # a quoted day word that agrees with the writer's weekday
    (
        "c02",
        W,
        U,
        "Woman wounded on Pine Street",
        "A woman was shot Tuesday night on Pine Street in Akron.\n\n"
        "\u201cThe shooting last night scared everybody on this block,\u201d a neighbor said.",
        "2020-10-13",
    ),
    # a quoted "yesterday" earlier in the story than a later weekday of a funeral
    (
        "c03",
        M,
        U,
        "Teen killed at party",
        "\u201cMy son was shot and killed yesterday at a party,\u201d his mother said.\n\n"
        "A funeral will be held Saturday at a church on Main Street in Saginaw.",
        "2019-03-03",
    ),
    # the condition of the wounded told on a later day than the shots
    (
        "k01",
        T,
        U,
        "Man, 20, killed in shootout",
        "A caller told 911 that two groups were ready to fight on a street in Lawrenceville.\n\n"
        "When deputies got there Wednesday night, many rounds had been fired and a man, 20, "
        "was dead. Two others were wounded and in stable condition late Thursday.",
        "2021-06-16",
    ),
    (
        "k02",
        TU,
        U,
        "Man wounded on Elm Street",
        "A man was wounded and in critical condition Monday, police said.\n\n"
        "Officers found him lying on Elm Street in Pontiac after neighbors heard gunshots about "
        "11 p.m. Sunday.",
        "2018-11-18",
    ),
    (
        "k03",
        F,
        U,
        "Woman hurt in drive-by",
        "A woman was shot in a drive-by Wednesday night on Cherry Street in Macon. She was in "
        "serious but stable condition on Thursday, police said.",
        "2022-08-24",
    ),
    # controls: an admission tells the shooting's own day
    (
        "k04",
        M,
        U,
        "Girl critical after shooting",
        "A girl, 13, was hospitalized in critical condition Sunday with a gunshot wound to "
        "the leg, Hot Springs police said Monday.",
        "2019-03-03",
    ),
    (
        "k05",
        M,
        U,
        "Man shot on Cedar Street",
        "A man was listed in stable condition Sunday after he was shot on Cedar Street in Joliet "
        "early Saturday.",
        "2019-03-02",
    ),
]

KNOWN_MISSES: dict[str, str] = {}

test_the_shooting_day = day_table_test(DAYS, KNOWN_MISSES)


WED = dt.date(2020, 10, 14)


def test_a_quoted_day_word_is_discarded_with_its_reason() -> None:
    raw = RawRecord(
        origin="test:q",
        id="q",
        title="Four killed in bar shooting",
        published=W,
        url=U,
        text=DAYS[0][4],
    )
    (analysis,) = analyse_many([clean_record(raw)])
    quoted = [
        c for c in analysis.discarded if c.attrs.get("reason", "").startswith(f"{QUOTED_ROLE}:")
    ]
    assert [c.attrs["expression"] for c in quoted] == ["Today"]
    assert all(c.value == "2020-10-14" for c in quoted)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the writer's own "last night" is counted from the page's day
        ("A man was shot last night on Elm Street. Police arrived Tuesday.", "2020-10-13"),
        # a quoted day word beside a day that is no violence's (an arrest) stays
        (
            "\u201cHe was shot last night,\u201d his sister said. Police arrested a man Tuesday.",
            "2020-10-13",
        ),
        # a condition told after the shooting's day leaves that day alone
        (
            "Two men were shot Monday on Elm Street and one remains in critical condition.",
            "2020-10-12",
        ),
    ],
)
def test_controls(text: str, want: str) -> None:
    assert event_day(text, WED) == want
