# ruff: noqa: E501
"""Invented events whose US local-news reports disagree on the town of one shooting (h-cityrec,
session 32): a city station's or a wire's report whose town is only its dateline (its words name
no town, or only the county), beside a report whose words name its own town as the scene. The
dateline is where the story was filed, not the scene (`consensus.dateline_only`). Controls: a
dateline report whose words also name its town stays; dateline reports beside no report that
names a scene keep their votes; a hospital's town beside the scene (`told_away`, as before).
Written for the tests; the places and outlets are real, the events and every sentence
invented. On main (f3d0db1): 8 of 12 right as published and 8 with the stamps reversed (d02,
d04, d05, d11 missed both ways); here 12 and 12.

Each row: (id, the true town (or its other accepted names), the state, the reports as
(headline, address, published, text)).
"""

from __future__ import annotations

Report = tuple[str, str, str, str]

EVENTS: list[tuple[str, tuple[str, ...], str, list[Report]]] = [
    # --- a dateline alone, beside a report naming the scene's town
    (
        "d01",
        ("Sand Springs",),
        "Oklahoma",
        [
            (
                "Teen shot at Sand Springs house party",
                "https://www.kjrh.com/news/d01",
                "2025-05-04T08:00:00Z",
                "TULSA, Okla. - A 17-year-old was shot at a house party in Sand Springs late Saturday, police said. He was taken to a Tulsa hospital in serious condition.",
            ),
            (
                "Teen wounded at party",
                "https://www.newson6.com/story/d01",
                "2025-05-04T10:00:00Z",
                "TULSA, Okla. - Police are looking for the gunman who shot a teenager at a party on Saturday night. The teen is recovering at a Tulsa hospital.",
            ),
            (
                "Police: teen shot at party on Main Street",
                "https://www.sandspringsleader.com/news/d01",
                "2025-05-05T12:00:00Z",
                "Sand Springs police said a 17-year-old boy was shot during an argument at a party in the 300 block of North Main Street on Saturday night.",
            ),
        ],
    ),
    (
        "d02",
        ("Millington",),
        "Tennessee",
        [
            (
                "Man killed in parking lot shooting",
                "https://www.wreg.com/news/d02/",
                "2025-02-10T05:00:00Z",
                "MEMPHIS, Tenn. - A man died after a shooting in a parking lot on Sunday night. Memphis police assisted Millington officers at the scene on Navy Road.",
            ),
            (
                "Man found shot dead in parking lot",
                "https://www.actionnews5.com/d02/",
                "2025-02-10T07:00:00Z",
                "MEMPHIS, Tenn. - A man was found shot to death in a parking lot on Sunday night, police said. No arrests have been made.",
            ),
            (
                "Millington police investigate fatal shooting",
                "https://www.millingtonstar.com/news/d02",
                "2025-02-11T12:00:00Z",
                "Millington police are investigating the death of a man shot in the parking lot of a shopping center on Navy Road on Sunday night.",
            ),
        ],
    ),
    (
        "d03",
        ("Cicero",),
        "Illinois",
        [
            (
                "Man wounded in late-night shooting",
                "https://www.wgntv.com/news/d03a",
                "2025-07-12T05:00:00Z",
                "CHICAGO - A man was shot and wounded late Friday, police said. He was taken to a hospital in Chicago.",
            ),
            (
                "Man wounded on Cermak Road",
                "https://www.cicerolife.com/news/d03",
                "2025-07-12T15:00:00Z",
                "A man was shot and wounded on Cermak Road in Cicero late Friday night, Cicero police said.",
            ),
        ],
    ),
    # --- the words name only the county; the town is the dateline's
    (
        "d04",
        ("Loris",),
        "South Carolina",
        [
            (
                "Deputies investigate shooting in Horry County",
                "https://www.wmbfnews.com/d04/",
                "2025-08-02T04:00:00Z",
                "MYRTLE BEACH, S.C. - Horry County deputies are investigating a shooting that left a woman wounded on Friday night.",
            ),
            (
                "Woman shot at Horry County home",
                "https://www.wpde.com/news/d04",
                "2025-08-02T06:00:00Z",
                "MYRTLE BEACH, S.C. - A woman was shot at a home in Horry County on Friday night, according to the sheriff's office.",
            ),
            (
                "Woman wounded in Loris shooting",
                "https://www.myhorrynews.com/news/d04",
                "2025-08-03T12:00:00Z",
                "A woman was shot in the arm at a home on Broad Street in Loris on Friday night, police said.",
            ),
        ],
    ),
    (
        "d05",
        ("Conroe",),
        "Texas",
        [
            (
                "Man shot during road rage fight",
                "https://www.khou.com/article/news/d05/",
                "2025-10-11T04:00:00Z",
                "HOUSTON - A driver was shot in the shoulder after a road rage fight on Friday evening, Montgomery County deputies said.",
            ),
            (
                "Driver shot after road rage argument",
                "https://www.click2houston.com/news/d05/",
                "2025-10-11T06:00:00Z",
                "HOUSTON - Deputies are looking for a man who shot another driver after an argument on a highway on Friday evening.",
            ),
            (
                "Road rage shooting in Conroe",
                "https://www.yourconroenews.com/news/d05/",
                "2025-10-12T12:00:00Z",
                "A driver was shot in the shoulder on Frazier Street in Conroe on Friday evening after an argument with another motorist, deputies said.",
            ),
        ],
    ),
    # --- a wire's dateline at its bureau
    (
        "d06",
        ("Valdosta",),
        "Georgia",
        [
            (
                "Officer wounded in shootout",
                "https://apnews.com/article/d06",
                "2025-04-19T03:00:00Z",
                "ATLANTA (AP) - A police officer was wounded and a suspect was killed in a shootout during a traffic stop on Friday night, the Georgia Bureau of Investigation said.",
            ),
            (
                "Valdosta officer hurt, suspect dead after traffic stop",
                "https://www.valdostadailytimes.com/news/d06/",
                "2025-04-19T14:00:00Z",
                "A Valdosta police officer was shot in the leg and the driver he had stopped on North Ashley Street in Valdosta was killed on Friday night.",
            ),
        ],
    ),
    # --- controls: the dateline's town named in the words too; no scene named elsewhere
    (
        "d07",
        ("Tulsa",),
        "Oklahoma",
        [
            (
                "Man shot outside north Tulsa store",
                "https://www.kjrh.com/news/d07",
                "2025-06-01T05:00:00Z",
                "TULSA, Okla. - A man was shot outside a convenience store in north Tulsa on Saturday night, Tulsa police said.",
            ),
            (
                "Man shot outside store",
                "https://www.newson6.com/story/d07",
                "2025-06-01T07:00:00Z",
                "TULSA, Okla. - A man was shot outside a convenience store in north Tulsa on Saturday night, police said.",
            ),
            (
                "Sand Springs man wounded in Tulsa",
                "https://www.sandspringsleader.com/news/d07",
                "2025-06-02T12:00:00Z",
                "A Sand Springs man was shot on Saturday night. He was taken to a hospital in Sand Springs.",
            ),
        ],
    ),
    (
        "d08",
        ("Memphis",),
        "Tennessee",
        [
            (
                "Man shot on Lamar Avenue",
                "https://www.wreg.com/news/d08/",
                "2025-03-03T05:00:00Z",
                "MEMPHIS, Tenn. - A man was shot on Lamar Avenue on Sunday night and is in critical condition.",
            ),
            (
                "Man critical after shooting",
                "https://www.actionnews5.com/d08/",
                "2025-03-03T07:00:00Z",
                "MEMPHIS, Tenn. - A man is in critical condition after being shot on Lamar Avenue on Sunday night.",
            ),
        ],
    ),
    (
        "d09",
        ("Raleigh",),
        "North Carolina",
        [
            (
                "Woman shot in Raleigh apartment",
                "https://www.wral.com/story/d09/",
                "2025-01-20T05:00:00Z",
                "RALEIGH, N.C. - A woman was shot inside an apartment in Raleigh on Sunday, Raleigh police said.",
            ),
            (
                "Woman shot inside apartment",
                "https://abc11.com/d09/",
                "2025-01-20T06:00:00Z",
                "DURHAM, N.C. - A woman was shot inside an apartment on Sunday afternoon, police said.",
            ),
            (
                "Police: woman shot at apartment complex",
                "https://www.newsobserver.com/news/d09/",
                "2025-01-21T12:00:00Z",
                "A woman was shot inside an apartment off Capital Boulevard in Raleigh on Sunday afternoon, police said.",
            ),
        ],
    ),
    # --- a hospital's town beside the scene (as before)
    (
        "d10",
        ("Gastonia",),
        "North Carolina",
        [
            (
                "Man flown to hospital after shooting",
                "https://www.wbtv.com/d10/",
                "2025-09-14T05:00:00Z",
                "CHARLOTTE, N.C. - A man was flown to a Charlotte hospital after he was shot on Saturday night. Gastonia police said he was found on Franklin Boulevard.",
            ),
            (
                "Gastonia man shot on Franklin Boulevard",
                "https://www.gastongazette.com/story/d10/",
                "2025-09-14T12:00:00Z",
                "A man was shot on Franklin Boulevard in Gastonia on Saturday night, police said.",
            ),
        ],
    ),
    # --- dateline reports of two stations and a wire, beside one local report
    (
        "d11",
        ("Kenner",),
        "Louisiana",
        [
            (
                "Two hurt in shooting at apartment complex",
                "https://www.wwltv.com/article/news/d11/",
                "2025-11-02T04:00:00Z",
                "NEW ORLEANS - Two people were wounded when someone opened fire at an apartment complex on Saturday night, police said.",
            ),
            (
                "Two shot at apartment complex",
                "https://www.fox8live.com/d11/",
                "2025-11-02T05:00:00Z",
                "NEW ORLEANS - Two people were shot at an apartment complex late Saturday. Both are expected to survive.",
            ),
            (
                "Two wounded in Kenner apartment shooting",
                "https://www.nola.com/news/crime_police/d11/",
                "2025-11-02T15:00:00Z",
                "Kenner police are looking for a gunman who wounded two people at an apartment complex on Williams Boulevard in Kenner on Saturday night.",
            ),
        ],
    ),
    (
        "d12",
        ("Lakewood",),
        "Colorado",
        [
            (
                "Man shot in Lakewood parking garage",
                "https://www.9news.com/article/news/d12/",
                "2025-12-07T04:00:00Z",
                "DENVER - A man was shot in a parking garage on Saturday night. He was taken to a Denver hospital, Lakewood police said.",
            ),
            (
                "Man shot in parking garage",
                "https://www.denver7.com/news/d12",
                "2025-12-07T05:00:00Z",
                "DENVER - A man was shot in a parking garage on Saturday night and taken to a hospital.",
            ),
            (
                "Police seek gunman after garage shooting",
                "https://www.lakewoodsentinel.com/news/d12/",
                "2025-12-08T12:00:00Z",
                "Lakewood police are looking for the man who shot a driver in a parking garage on Wadsworth Boulevard in Lakewood on Saturday night.",
            ),
        ],
    ),
]
