"""analyse/where: invented reports of metro papers and stations whose lead gives the outlet's
own city as the dateline or the outlet's city's neighbourhood alone (h-city38).

"DALLAS - Garland police said a man was shot": a metro paper datelines its region's stories
with its home city as a station does, and the force its lead quotes names the scene
(`event_place._home_dateline`, read by `_station_dateline_yields`); a force met later in
passing ("Marietta police said the man had been reported missing") does not. "A man was shot
in Buckhead, police said" on an Atlanta station: a far hamlet of the city's state has no
police of its own, so the bare "police" of the city's outlet are the city's and the name is a
part of it (`city_parts._home_police_far_part`); not with a county's or the state's force
named, nor on the hamlet's own area's outlet. Sentences written here; the places and outlets
are real, the events invented. On main (6f9b4d9): 8 of 19 right; here 18.
"""

from __future__ import annotations

from .where_helpers import probe_table

# (id, headline, address, text, the town, the state)
PROBES: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    (
        "n1",
        "Garland man shot",
        "https://www.dallasnews.com/news/crime/2024/05/05/garland-man/",
        (
            "DALLAS - A Garland man was shot in Deep Ellum early Sunday, Dallas police said. "
            "Garland police said they were told of the shooting."
        ),
        ("Dallas",),
        "Texas",
    ),
    (
        "n2",
        "Man shot",
        "https://www.ajc.com/news/crime/man-shot-2/",
        (
            "ATLANTA - A man was shot near Five Points on Sunday, police said. Marietta police said"
            " the man had been reported missing."
        ),
        ("Atlanta",),
        "Georgia",
    ),
    (
        "n3",
        "Man shot in Buckhead",
        "https://www.11alive.com/article/news/crime/morgan-county/9",
        (
            "A man was shot in Buckhead on Sunday, Morgan County deputies said. Police said he was "
            "hurt in the leg."
        ),
        ("Buckhead",),
        "Georgia",
    ),
    (
        "n4",
        "Shooting in Buckhead",
        "https://www.wsbtv.com/news/local/shooting-buckhead-2/",
        (
            "A woman was wounded in Buckhead on Saturday, the sheriff's office said. Police said a "
            "man was arrested."
        ),
        ("Buckhead",),
        "Georgia",
    ),
    (
        "n5",
        "Teen shot in Pine Lake",
        "https://www.wsbtv.com/news/local/teen-shot-pine-lake/",
        "A teenager was shot in Pine Lake on Friday, police said.",
        ("Pine Lake",),
        "Georgia",
    ),
    (
        "n7",
        "Man shot in Dutchtown",
        "https://www.semissourian.com/story/123",
        "A man was shot in Dutchtown on Sunday, police said.",
        ("Dutchtown",),
        "Missouri",
    ),
    (
        "n8",
        "Man shot in Kinsman",
        "https://www.wfmj.com/story/kinsman-shot/",
        "A man was shot in Kinsman on Saturday night, police said.",
        ("Kinsman",),
        "Ohio",
    ),
    (
        "b1",
        "Man shot in Garland",
        "https://www.dallasnews.com/news/crime/2024/05/05/man-shot/",
        (
            "DALLAS - Garland police said a man was shot outside a convenience store on Sunday "
            "night. He was taken to a hospital."
        ),
        ("Garland",),
        "Texas",
    ),
    (
        "b2",
        "Woman wounded",
        "https://www.ajc.com/news/crime/woman-wounded/",
        (
            "ATLANTA - Marietta police said a woman was wounded by gunfire at an apartment complex "
            "on Saturday."
        ),
        ("Marietta",),
        "Georgia",
    ),
    (
        "b3",
        "Teen killed",
        "https://www.azcentral.com/story/news/local/2024/05/05/teen-killed/",
        "PHOENIX - Mesa police said a teenager was shot and killed at a park on Sunday evening.",
        ("Mesa",),
        "Arizona",
    ),
    (
        "b4",
        "Man killed",
        "https://www.denverpost.com/2024/05/05/man-killed/",
        (
            "DENVER - Aurora police said a man was killed in a shooting near a light rail station "
            "early Sunday."
        ),
        ("Aurora",),
        "Colorado",
    ),
    (
        "b5",
        "Two hurt",
        "https://www.startribune.com/two-hurt/600001/",
        (
            "MINNEAPOLIS - Bloomington police said two men were hurt when shots were fired at a "
            "mall parking lot Saturday."
        ),
        ("Bloomington",),
        "Minnesota",
    ),
    (
        "b6",
        "Man shot",
        "https://www.houstonchronicle.com/news/houston-texas/crime/article/man-shot-1.php",
        "HOUSTON - Pasadena police said a man was shot during an argument at a bar late Friday.",
        ("Pasadena",),
        "Texas",
    ),
    (
        "e1",
        "Man shot in Buckhead",
        "https://www.11alive.com/article/news/crime/buckhead-shot/9",
        (
            "A man was shot Saturday night outside a restaurant in Buckhead, police said. He was "
            "taken to Grady Memorial Hospital."
        ),
        ("Atlanta",),
        "Georgia",
    ),
    (
        "e2",
        "Teen shot in Buckhead",
        "https://www.wsbtv.com/news/local/atlanta/teen-shot-buckhead/",
        "A teenager was shot at a gas station in Buckhead on Friday, police said.",
        ("Atlanta",),
        "Georgia",
    ),
    (
        "e3",
        "Woman hurt in Buckhead",
        "https://www.fox5atlanta.com/news/woman-hurt-buckhead",
        (
            "A woman was hurt when shots were fired near a nightclub in Buckhead early Sunday, "
            "police said."
        ),
        ("Atlanta",),
        "Georgia",
    ),
    (
        "e4",
        "Man killed in Dutchtown",
        "https://www.ksdk.com/article/news/crime/dutchtown-killed/",
        "A man was shot and killed in Dutchtown on Sunday, police said.",
        ("St. Louis",),
        "Missouri",
    ),
    (
        "e5",
        "Man shot in Kinsman",
        "https://www.wkyc.com/article/news/crime/kinsman-shot/",
        "A man was shot in Kinsman on Saturday night, police said. He is in stable condition.",
        ("Cleveland",),
        "Ohio",
    ),
    (
        "e6",
        "Shooting in Ballard",
        "https://www.kiro7.com/news/local/ballard-shooting/",
        "One person was wounded in a shooting in Ballard late Friday, police said.",
        ("Seattle",),
        "Washington",
    ),
]

MISSED = {
    "n1": "a Garland man shot in Dallas's Deep Ellum (a part the gazetteer lacks), Dallas police "
    "said: the home town in the lead wins",
}


events, test_probe_is_placed = probe_table(PROBES, MISSED)
