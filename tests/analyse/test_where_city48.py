"""analyse/where: invented US local-news reports of shootings at a party, a cookout, a concert
or a festival, told beside a person of another town (h-city48).

The harm's sentence names only the host's or the performer's town ("A Minneapolis rap
artist who threw a party where three people were shot"), and a sentence of its own sets
the gathering in another town ("The party was at a farm in Webster Township"): that town is the
scene. Fixed here: the scene sentence's nouns take a party, a cookout, a barbecue, a concert
or a festival (`event_place._SCENE_TOLD_BEFORE`); a town's person by trade ("a Minneapolis
rapper", "a Columbus pastor") or with one word before the noun ("a Minneapolis rap musician",
`scanner._modified_person`) is the town's person, as "a Minneapolis man" is
(`vocabulary._PEOPLE`). Controls: a person of a town harmed with no other place keeps the town;
a party placed in its harm's sentence keeps it. The places and outlets are real, the events and
every sentence invented. On main (bdf38f9): 11 of 17 right; here 17.
"""

from __future__ import annotations

import pytest

from .where_helpers import probe_table

# (id, headline, address, text, the town, the state): p* a gathering set in a town by a
# sentence of its own, h* a town's person by trade, k* controls
PROBES: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    (
        "p01",
        "DJ apologizes after party shooting",
        "https://www.startribune.com/p01/",
        (
            "A Minneapolis DJ who organized an outdoor party where three people were wounded "
            "early Saturday apologized on Monday.\n\nDeputies said about 300 people had paid "
            "to get in.\n\nThe party was held at a farm in Webster Township in Rice County, "
            "about an hour south of the city."
        ),
        ("Webster",),
        "Minnesota",
    ),
    (
        "p02",
        "Rapper's cookout ends in gunfire",
        "https://www.commercialappeal.com/story/news/crime/p02/",
        (
            "A Memphis rapper who hosted a cookout where two men were shot on Sunday said he "
            "would pay for their funerals.\n\nThe cookout was at a park pavilion in Millington, "
            "Shelby County deputies said."
        ),
        ("Millington",),
        "Tennessee",
    ),
    (
        "p03",
        "Concert host speaks after shooting",
        "https://www.khou.com/article/news/crime/p03/",
        (
            "A Houston businessman who rented out land for a concert where three people were "
            "shot early Saturday said he had hired guards.\n\nThe concert was at a ranch just "
            "outside Waller, the sheriff's office said."
        ),
        ("Waller",),
        "Texas",
    ),
    (
        "p04",
        "Pastor: festival shooting 'heartbreaking'",
        "https://www.dispatch.com/story/news/crime/p04/",
        (
            "A Columbus pastor whose church put on a summer festival where a teenager was shot "
            "Saturday asked for prayers.\n\nThe festival was in Reynoldsburg, at a field "
            "behind the church's second campus."
        ),
        ("Reynoldsburg",),
        "Ohio",
    ),
    (
        "p05",
        "Host of barbecue where man was killed speaks",
        "https://www.wsbtv.com/news/local/p05/",
        (
            "An Atlanta singer who threw a barbecue where a man was shot dead late Saturday "
            "said she did not know the gunman.\n\nThe barbecue was at a rented house in "
            "Stockbridge, Henry County police said."
        ),
        ("Stockbridge",),
        "Georgia",
    ),
    (
        "p06",
        "Rapper says he is done hosting parties",
        "https://www.startribune.com/p06/",
        (
            "A Minneapolis rapper who threw a party where two men were shot early Sunday says "
            "he is done hosting.\n\nShots rang out at about 1 a.m. as guests left. The party "
            "was at a farm in Webster Township, deputies said."
        ),
        ("Webster",),
        "Minnesota",
    ),
    (
        "p07",
        "Singer sorry after shooting",
        "https://www.kare11.com/article/news/crime/p07/",
        (
            "A St. Paul singer whose birthday party ended with a man shot dead early Saturday "
            "apologized to his family.\n\nGunfire broke out near the gate. The party was on a "
            "rented property in Lakeland, the sheriff said."
        ),
        ("Lakeland",),
        "Minnesota",
    ),
    (
        "p08",
        "Pastor mourns after shooting",
        "https://www.wral.com/story/p08/",
        (
            "A Raleigh pastor whose church cookout ended with a teenager shot on Sunday asked "
            "for calm.\n\nShots were fired as families ate. The cookout was at a park in "
            "Garner, police said."
        ),
        ("Garner",),
        "North Carolina",
    ),
    # --- a town's person by trade, harmed in another town named in the same sentence
    (
        "h01",
        "Rap artist wounded outside club",
        "https://www.11alive.com/article/news/crime/h01/",
        "An Atlanta rap artist was wounded outside a club in Decatur early Sunday, police said.",
        ("Decatur",),
        "Georgia",
    ),
    (
        "h02",
        "Teacher shot while walking dog",
        "https://www.daytondailynews.com/news/crime/h02/",
        (
            "A Dayton school teacher was shot while walking his dog in Kettering on Friday "
            "night, police said."
        ),
        ("Kettering",),
        "Ohio",
    ),
    (
        "h03",
        "Musician hurt in shooting",
        "https://www.tennessean.com/story/news/crime/h03/",
        (
            "A Nashville musician was hurt when someone fired into his car on Main Street in "
            "Franklin on Saturday, Franklin police said."
        ),
        ("Franklin",),
        "Tennessee",
    ),
    # --- controls: the person's town is the only place; the party placed by its harm sentence
    (
        "k01",
        "Rapper shot and killed",
        "https://www.freep.com/story/news/local/k01/",
        "A Detroit rapper was shot and killed early Sunday, police said.",
        ("Detroit",),
        "Michigan",
    ),
    (
        "k02",
        "Pastor shot outside church",
        "https://www.wral.com/story/k02/",
        "A Raleigh pastor was shot outside his church early Sunday, Raleigh police said.",
        ("Raleigh",),
        "North Carolina",
    ),
    (
        "k03",
        "Woman shot at house party",
        "https://www.nwitimes.com/news/local/crime/k03/",
        (
            "A woman was shot at a house party in Gary early Sunday, police said. The party "
            "was organized on social media by a Chicago DJ."
        ),
        ("Gary",),
        "Indiana",
    ),
    (
        "k04",
        "Man killed at party",
        "https://www.theoaklandpress.com/k04/",
        (
            "A man was shot dead at a party in Pontiac on Saturday. The party's host, a "
            "Detroit musician, said he did not know the gunman."
        ),
        ("Pontiac",),
        "Michigan",
    ),
    (
        "k05",
        "Block party shooting wounds 4",
        "https://www.jsonline.com/story/news/crime/k05/",
        (
            "Four people were wounded when gunfire broke out at a block party in Milwaukee on "
            "Saturday night. The block party was on North 35th Street, police said."
        ),
        ("Milwaukee",),
        "Wisconsin",
    ),
    (
        "k06",
        "Man shot at concert",
        "https://www.azcentral.com/story/news/local/k06/",
        (
            "A man was shot at a concert in Phoenix on Friday night. The concert was promoted "
            "by a Tempe businessman, police said."
        ),
        ("Phoenix",),
        "Arizona",
    ),
]

MISSED: dict[str, str] = {}

events, test_probe_is_placed = probe_table(PROBES, MISSED)


@pytest.mark.parametrize(
    ("text", "town", "told"),
    [
        ("Three were shot. The party was at a farm in Webster Township.", "Webster", True),
        ("Two were shot. The cookout was at a park in Millington.", "Millington", True),
        ("One was shot. The festival was in Reynoldsburg.", "Reynoldsburg", True),
        ("One was shot. The party was organized by a man who lives in Gary.", "Gary", False),
        ("One was shot. A party was held in Gary last year.", "Gary", False),
    ],
)
def test_scene_told_town_reads_gatherings(text: str, town: str, told: bool) -> None:
    from newsfold.analyse.where.event_place import _scene_told_town
    from newsfold.analyse.where.mentions import _Mention

    start = text.rindex(town)
    m = _Mention(0, 0, start, start + len(town), town, town.lower(), (), 1)
    assert _scene_told_town(text, m) is told
