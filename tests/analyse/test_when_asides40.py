"""analyse/when on a day told before a source's aside, the violence after it (session 34,
date40, a class found among the far-off date misses of the studied folds): "took a pistol
from a nightstand on Saturday, court papers say, and shot himself" — the parser hangs the
verb after the aside on the aside's "said", so the day read as a day of play, not of the
shot, lost to a later day of what followed (a death, an arrest told by its weekday); a later
story of the victim that tells the shot by the day a life turned ("His life changed on June
3rd"), its own days the homecoming's; with controls.

Every headline and sentence here is invented for these tests (the towns and streets are
invented or common names, the events are not real). Each row: id, publication day, address,
headline, text, the day of the shooting. The rows were written before the rule: main at
89ec296 got the controls right (c01-c03, a05, f05, f06) and none of the asides or turns; the
branch gets every row.
"""

from __future__ import annotations

from .when_helpers import TU, F, M, Row, T, U, W, day_table_test

ROWS: list[Row] = [
    # the day before the aside, the shot after it, a later day of what followed
    (
        "a01",
        T,
        U,
        "Uncle charged after boy shoots himself",
        "A Riverton man was charged Wednesday with leaving a loaded handgun where his young "
        "nephew could reach it.\n\nThe toddler climbed onto a dresser in a bedroom on June 9, "
        "court papers say, and fired the revolver into his own chest. He died early Tuesday "
        "at a hospital in Eastfield.",
        "2021-06-09",
    ),
    (
        "a02",
        W,
        U,
        "Girl shoots brother in barn",
        "A girl was handling a rifle in a barn on Oct. 5, deputies said, and accidentally "
        "shot her brother.\n\nThe boy died at a hospital in Eastfield on Monday, the "
        "sheriff's office said.",
        "2020-10-05",
    ),
    (
        "a03",
        F,
        U,
        "Man charged in parking lot shooting",
        "Two men argued in the parking lot of a bar on Aug. 14, witnesses told police, and "
        "one of them opened fire.\n\nThe wounded man died of his injuries on Wednesday, and "
        "the suspect was arrested Thursday at his home on Birch Lane.",
        "2022-08-14",
    ),
    (
        "a04",
        M,
        U,
        "Man charged in driveway killing",
        "The suspect followed the victim home on Feb. 23, the complaint says, and shot him in "
        "the driveway.\n\nThe victim died Sunday at a hospital in Eastfield.",
        "2019-02-23",
    ),
    # the same aside where the parser joins the shot to the sentence's own verb (right on
    # main already, kept right)
    (
        "a05",
        TU,
        U,
        "Teen faces charges in friend's death",
        "A teenager was showing a revolver to a friend in a garage on Nov. 8, prosecutors "
        "say, and fired it at the friend's head. The friend died Monday.",
        "2018-11-08",
    ),
    # controls: the day hangs on the shot itself; an aside with nothing of violence after
    # it; an arrest after the aside is the arrest's day, not the shooting's
    (
        "c01",
        T,
        U,
        "Boy shoots himself with pistol",
        "The boy shot himself with a pistol on June 9, court papers say, and was taken to a "
        "hospital. He died early Tuesday.",
        "2021-06-09",
    ),
    (
        "c02",
        W,
        U,
        "Man wounded in Eastfield",
        "A man was shot in the leg on Elm Street late Tuesday. Officers searched the block on "
        "Oct. 2, police said, and found nothing.",
        "2020-10-13",
    ),
    (
        "c03",
        F,
        U,
        "Suspect caught after shooting",
        "A man was shot outside a bar on Aug. 20. The suspect was seen at a gas station on "
        "Aug. 24, police said, and was arrested there an hour later.",
        "2022-08-20",
    ),
    # a later story of the victim that tells the shot by the day a life turned, its own days
    # being the news (a homecoming, a first step, a benefit)
    (
        "f01",
        F,
        U,
        "Teen comes home months after rifle accident",
        "Neighbors lined Maple Street on Friday to cheer as Dale Mercer came home from a "
        "rehabilitation hospital.\n\nHis life changed on June 3rd.\n\nA round from a hunting "
        "rifle went through his chest while he climbed a fence.",
        "2022-06-03",
    ),
    (
        "f02",
        TU,
        U,
        "Girl hit by stray bullet back in class",
        "Students welcomed Ana Ruiz back to class on Monday.\n\nEverything changed for the "
        "15-year-old on Sept. 12, when a stray bullet came through her bedroom window.",
        "2018-09-12",
    ),
    (
        "f03",
        W,
        U,
        "Benefit held for wounded boy",
        "The family held a fundraiser Saturday at the fire hall in Riverton.\n\nTheir world "
        "was turned upside down on Aug. 2, when the boy found a loaded pistol in a closet.",
        "2020-08-02",
    ),
    (
        "f04",
        M,
        U,
        "Coach returns to sideline",
        "Coach Ray Tull returned to the sideline Friday night.\n\nHis life changed forever "
        "on Jan. 20. A bullet fired during a robbery struck him in the back.",
        "2019-01-20",
    ),
    # controls: a life that changed long before the violence dated by its own verb; a change
    # that is no life's
    (
        "f05",
        W,
        U,
        "Man shot on Elm Street",
        "A man was shot Tuesday on Elm Street. His life changed when he moved to the city in "
        "2010, his sister said.",
        "2020-10-13",
    ),
    (
        "f06",
        W,
        U,
        "Man shot on Elm Street",
        "The parking rules changed on Monday. A man was shot Saturday night on Elm Street.",
        "2020-10-10",
    ),
]

test_the_shooting_day = day_table_test(ROWS, {})
