# ruff: noqa: E501
"""Invented events whose US local-news reports disagree on the town of one shooting (h-city48),
in two shapes the earlier tables lack. (1) Big-city stations, datelined at home and placed in
their city (the victim's home, the city's police helping), telling that the harm was done "in"
a rural county, beside one local report that names the county's town: the county's town is the
scene (`consensus.county_told`). Controls: the same stations telling only an arrest, a jail or
a court in that county, or harm in their own county too, keep their city. (2) Two reports,
each naming its own town of one county as the scene, which no word tells apart: the bigger
town is the event's, whichever report came first (`consensus.town_size`); controls where a
report's words (police named, a home, a county) decide before the size. Written for the tests;
the places and outlets are real, the events and every sentence invented. On main (bdf38f9): 4 of
12 right as published, 7 with the stamps reversed; here 12 and 12.

Each row: (id, the true town (or its other accepted names), the state, the reports as
(headline, address, published, text)).
"""

from __future__ import annotations

Report = tuple[str, str, str, str]

EVENTS: list[tuple[str, tuple[str, ...], str, list[Report]]] = [
    # --- big-city stations telling harm in a rural county, beside the county's own paper
    (
        "c01",
        ("Hempstead",),
        "Texas",
        [
            (
                "Houston man found shot dead in pickup",
                "https://www.khou.com/article/news/crime/c01/",
                "2025-03-02T18:00:00Z",
                "HOUSTON - A Houston man reported missing on Friday was found shot dead in his pickup on a farm road in Waller County on Sunday, Houston police said.",
            ),
            (
                "Body of missing Houston father found",
                "https://www.click2houston.com/news/local/c01/",
                "2025-03-02T22:00:00Z",
                "HOUSTON - The body of a Houston father of three was found in Waller County on Sunday morning. Houston police had been searching for him since Friday.",
            ),
            (
                "Man found dead in truck near Hempstead",
                "https://www.wallercountynews.com/news/c01/",
                "2025-03-03T12:00:00Z",
                "Waller County deputies found a man shot to death inside a pickup parked on a farm road near Hempstead on Sunday morning, the sheriff said.",
            ),
        ],
    ),
    (
        "c02",
        ("Cumming",),
        "Georgia",
        [
            (
                "Missing Atlanta woman found dead",
                "https://www.wsbtv.com/news/local/atlanta/c02/",
                "2025-06-08T20:00:00Z",
                "ATLANTA - Atlanta police say a woman reported missing from her Midtown apartment on Thursday was found shot to death in Forsyth County on Saturday.",
            ),
            (
                "Family of Atlanta woman killed in Forsyth County asks for help",
                "https://www.11alive.com/article/news/crime/c02/",
                "2025-06-09T14:00:00Z",
                "ATLANTA - Relatives of an Atlanta woman killed in Forsyth County over the weekend pleaded for tips on Monday. Atlanta police had taken the missing person report.",
            ),
            (
                "Woman found shot in car in Cumming",
                "https://www.forsythnews.com/local/c02/",
                "2025-06-08T16:00:00Z",
                "A woman was found shot to death inside a parked car off Castleberry Road in Cumming on Saturday afternoon, sheriff's officials said.",
            ),
        ],
    ),
    (
        "c03",
        ("Kiowa",),
        "Colorado",
        [
            (
                "Denver man's body found on rural property",
                "https://www.9news.com/article/news/crime/c03/",
                "2025-09-14T02:00:00Z",
                "DENVER - The body of a Denver man who had been shot was found on rural property in Elbert County on Saturday, Denver police said.",
            ),
            (
                "Denver man killed in Elbert County",
                "https://www.denver7.com/news/crime/c03/",
                "2025-09-14T15:00:00Z",
                "DENVER - A Denver man was killed in Elbert County on Saturday. Denver police detectives were helping deputies, a spokesman said.",
            ),
            (
                "Deputies investigate shooting death near Kiowa",
                "https://www.elbertcountynews.net/stories/c03/",
                "2025-09-15T12:00:00Z",
                "Elbert County deputies are investigating the death of a man found shot on a property near Kiowa on Saturday afternoon.",
            ),
        ],
    ),
    (
        "c04",
        ("Casa Grande",),
        "Arizona",
        [
            (
                "Phoenix man shot dead in desert",
                "https://www.abc15.com/news/crime/c04/",
                "2025-11-02T03:00:00Z",
                "PHOENIX - A Phoenix man was shot and killed in the desert in Pinal County on Saturday, Phoenix police said. He had been reported missing.",
            ),
            (
                "Phoenix family mourns son",
                "https://www.azfamily.com/news/c04/",
                "2025-11-03T03:00:00Z",
                "PHOENIX - Family members of a young man found dead in Pinal County over the weekend gathered to remember him on Sunday. Phoenix police had taken the report when he went missing.",
            ),
            (
                "Body found west of Casa Grande",
                "https://www.pinalcentral.com/casa_grande_dispatch/c04/",
                "2025-11-02T17:00:00Z",
                "A man was found shot dead in the desert west of Casa Grande on Saturday, according to the Casa Grande Police Department.",
            ),
        ],
    ),
    (
        "c05",
        ("Williston",),
        "Florida",
        [
            (
                "Gainesville man killed in Levy County",
                "https://www.wcjb.com/c05/",
                "2025-02-16T03:00:00Z",
                "GAINESVILLE, Fla. - A Gainesville man was shot and killed in Levy County on Saturday, Gainesville police said after they notified his family.",
            ),
            (
                "Student's death stuns Gainesville",
                "https://www.gainesville.com/story/news/crime/c05/",
                "2025-02-17T12:00:00Z",
                "GAINESVILLE - The death of a Gainesville college student shot in Levy County this weekend stunned his classmates.",
            ),
            (
                "Man shot dead in Williston",
                "https://www.chieflandcitizen.com/c05/",
                "2025-02-16T15:00:00Z",
                "A man was shot dead outside a home in Williston on Saturday night, the Levy County Sheriff's Office said.",
            ),
        ],
    ),
    # --- controls: the stations tell an arrest, a jail or their own county: the city stays
    (
        "k01",
        ("Houston",),
        "Texas",
        [
            (
                "Man shot dead in southwest Houston",
                "https://www.khou.com/article/news/crime/k01/",
                "2025-04-06T12:00:00Z",
                "HOUSTON - A man was shot dead outside an apartment complex in southwest Houston on Saturday night. The man accused of shooting him was arrested in Waller County on Sunday.",
            ),
            (
                "Suspect in Houston killing arrested",
                "https://www.click2houston.com/news/local/k01/",
                "2025-04-07T12:00:00Z",
                "HOUSTON - Houston police said a 24-year-old accused of killing a man in southwest Houston was taken into custody in Waller County.",
            ),
            (
                "Wanted man caught near Hempstead",
                "https://www.wallercountynews.com/news/k01/",
                "2025-04-07T15:00:00Z",
                "Waller County deputies arrested a man near Hempstead on Sunday who was wanted in a Houston murder, the sheriff said.",
            ),
        ],
    ),
    (
        "k02",
        ("Atlanta",),
        "Georgia",
        [
            (
                "Woman shot dead in southwest Atlanta",
                "https://www.wsbtv.com/news/local/atlanta/k02/",
                "2025-07-13T12:00:00Z",
                "ATLANTA - A woman was shot dead in southwest Atlanta on Saturday night, Atlanta police said. Her former boyfriend is held in the Forsyth County jail.",
            ),
            (
                "Atlanta woman killed, ex-boyfriend jailed",
                "https://www.11alive.com/article/news/crime/k02/",
                "2025-07-14T12:00:00Z",
                "ATLANTA - Atlanta police say the man accused of killing a woman in southwest Atlanta was booked in Forsyth County after a traffic stop.",
            ),
            (
                "Man held in Atlanta killing stopped in Cumming",
                "https://www.forsythnews.com/local/k02/",
                "2025-07-14T16:00:00Z",
                "Deputies stopped a man in Cumming on Sunday who was wanted in the killing of a woman, sheriff's officials said.",
            ),
        ],
    ),
    # --- two towns of one county, each its report's scene: the bigger
    (
        "s01",
        ("Apopka",),
        "Florida",
        [
            (
                "Teen killed in Zellwood shooting",
                "https://www.orlandosentinel.com/news/crime/s01/",
                "2025-05-03T12:00:00Z",
                "A boy, 17, was shot dead Friday night in Zellwood, an Orange County Sheriff's Office spokesman said.",
            ),
            (
                "Suspect sought in teen's killing",
                "https://www.wesh.com/article/s01/",
                "2025-05-04T12:00:00Z",
                "Deputies are looking for a man who they say shot and killed a 17-year-old boy Friday night in Apopka.",
            ),
        ],
    ),
    (
        "s02",
        ("Fort Walton Beach",),
        "Florida",
        [
            (
                "Man wounded in Ocean City shooting",
                "https://www.nwfdailynews.com/story/news/crime/s02/",
                "2025-08-10T12:00:00Z",
                "A man was wounded by gunfire in Ocean City on Saturday night, Okaloosa County deputies said.",
            ),
            (
                "Man shot on Saturday night",
                "https://www.wear.com/news/local/s02/",
                "2025-08-11T12:00:00Z",
                "A man was shot and wounded in Fort Walton Beach on Saturday night, deputies said. His injuries were not life-threatening.",
            ),
        ],
    ),
    (
        "s03",
        ("Tupelo",),
        "Mississippi",
        [
            (
                "Woman hurt in Belden shooting",
                "https://www.wtva.com/news/local/s03/",
                "2025-10-19T12:00:00Z",
                "A woman was shot and wounded in Belden on Saturday night, Lee County deputies said.",
            ),
            (
                "Woman shot Saturday",
                "https://www.djournal.com/news/crime/s03/",
                "2025-10-20T12:00:00Z",
                "A woman was shot in Tupelo late Saturday and taken to the hospital with wounds that were not life-threatening, deputies said.",
            ),
        ],
    ),
    # --- controls: a word decides before the size
    (
        "w01",
        ("Eatonville",),
        "Florida",
        [
            (
                "Man killed in Eatonville",
                "https://www.wftv.com/news/local/w01/",
                "2025-03-22T12:00:00Z",
                "A man was shot and killed in Eatonville on Friday night, Eatonville police said.",
            ),
            (
                "Man shot dead Friday",
                "https://www.clickorlando.com/news/local/w01/",
                "2025-03-23T12:00:00Z",
                "A man was shot and killed in Winter Park on Friday night, officials said.",
            ),
        ],
    ),
    (
        "w02",
        ("Belden",),
        "Mississippi",
        [
            (
                "Belden man shot",
                "https://www.wtva.com/news/local/w02/",
                "2025-10-26T12:00:00Z",
                "A man was shot and wounded in Belden on Saturday night, Lee County deputies said.",
            ),
            (
                "Tupelo man wounded in Belden",
                "https://www.djournal.com/news/crime/w02/",
                "2025-10-27T12:00:00Z",
                "A Tupelo man was shot and wounded in Belden late Saturday, deputies said.",
            ),
        ],
    ),
]
