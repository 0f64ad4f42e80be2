"""analyse/where: invented US local-news reports whose event town loses to a wider place or to
a town the inquiry went to afterwards (h-city50).

A New York City story names the whole city for its force or its dateline ("a New York City
police spokeswoman said", "NEW YORK (AP) -") and the borough where the harm was further down
("officers in the Bronx found the boy"): the borough is the town, as a town in a county is
(`city_parts._borough_of_whole_city`), and a borough the text puts in the whole city by its
police is written as itself. A report names the town a getaway car was recovered in or a
search warrant was served in, often in its lede, beside the police of the scene's town: that
town is where the inquiry led, not the scene (`event_place._AFTERMATH_BEFORE`; a relative
clause "a shooting in which the car was later recovered in X" no longer sets the shooting
there, `_SCENE_NOUN_BEFORE`). "A suburban Toledo bar" names Toledo's suburbs, not Toledo,
when the text names a smaller town near it, the suburb (`event_place._suburbs_of`). A region
named with its kind word apart ("the Big Bend region", "the Mohawk valley") is wider than the
town the story names, not a site inside it (`city_parts._us_town`). Controls: a borough named
only as a home, a hospital's, an arrest's, a vigil's or a court's keeps the whole city; a big
suburb ("suburban Mesa") and a big city with no suburb named keep their town; a car found at
the scene and a body recovered in a town keep their readings. The places and outlets are
real, the events and every sentence invented. On main (0c73574): 10 of 17 right (n01, n02,
n03, n05, a02, s01, r01 missed); here 17.
"""

from __future__ import annotations

import pytest

from newsfold.analyse.where.event_place import _AFTERMATH_BEFORE, _SCENE_NOUN_BEFORE

from .where_helpers import probe_table

# (id, headline, address, text, the town, the state): n* New York City and a borough, a*
# an aftermath's town in the lede, r* a region beside the town, k* controls
PROBES: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    (
        "n01",
        "Father kills wife and son, then himself, police say",
        "https://www.example.com/news/n01",
        (
            "NEW YORK (AP) - A father shot his wife and teenage son before dawn Friday and "
            "then killed himself, police said.\n\nA daughter, 10, hid in a closet and called "
            "for help.\n\nThe family had no record of trouble, a police spokesman said.\n\n"
            "Relatives and neighbors stood all afternoon outside the narrow brick house on a "
            "quiet street in Queens."
        ),
        ("Queens",),
        "New York",
    ),
    (
        "n02",
        "Toddler wounded when uncle's pistol goes off",
        "https://www.example.com/news/n02",
        (
            "A 2-year-old boy was wounded Saturday when his uncle's pistol went off while "
            "the man was showing it to a friend, a New York City police spokeswoman said.\n\n"
            "Officers in the Bronx found the boy with a wound to his leg and took him to a "
            "hospital.\n\nThe uncle, 31, was charged with reckless endangerment."
        ),
        ("Bronx",),
        "New York",
    ),
    (
        "n03",
        "Woman shot by stray bullet while cooking",
        "https://www.example.com/news/n03",
        (
            "A woman was struck by a stray bullet in her kitchen Sunday evening, New York "
            "City police said.\n\nThe bullet came through the window of the third-floor "
            "apartment in Brooklyn's Bushwick neighborhood, police said.\n\nShe is expected "
            "to recover."
        ),
        ("Brooklyn",),
        "New York",
    ),
    (
        "n04",
        "Man shot dead on Harlem corner",
        "https://www.example.com/news/n04",
        (
            "NEW YORK (AP) - A man was shot dead on Saturday night, police said.\n\nHe was "
            "19.\n\nNo arrests have been made.\n\nThe shooting happened on a busy corner in "
            "Harlem."
        ),
        ("Manhattan", "New York"),
        "New York",
    ),
    (
        "n05",
        "Girl hit by stray bullet at playground",
        "https://www.example.com/news/n05",
        (
            "A girl, 9, was hit by a stray bullet on Sunday as she rode her scooter, New York "
            "City police said.\n\nThe girl was in a playground on Staten Island when the "
            "shots rang out, police said."
        ),
        ("Staten Island",),
        "New York",
    ),
    (
        "a01",
        "Police seek gunman after drive-by at taco stand",
        "https://www.example.com/news/a01",
        (
            "Riverside police are asking for help with a drive-by shooting early Saturday in "
            "which the gunman's car was later recovered in Norco.\n\nThree men were wounded "
            "outside a taco stand on Magnolia Avenue about 1 a.m., according to police.\n\n"
            "Detectives served a search warrant in the 3100 block of Hamner Avenue in Norco "
            "on Sunday. No one has been arrested."
        ),
        ("Riverside",),
        "California",
    ),
    (
        "a02",
        "Getaway car recovered in Hemet after shooting",
        "https://www.example.com/news/a02",
        (
            "San Jacinto police said Monday that the car used in a weekend shooting was "
            "recovered in Hemet.\n\nTwo teens were hurt Saturday night when someone in a "
            "passing car fired at a group on Main Street, police said.\n\nDetectives served "
            "a search warrant at a house in Hemet on Sunday."
        ),
        ("San Jacinto",),
        "California",
    ),
    (
        "r01",
        "Two hurt in shooting at Marfa ranch",
        "https://www.example.com/news/r01",
        (
            "Two ranch hands were wounded Tuesday in a shooting at a ranch outside Marfa in "
            "the Big Bend region of West Texas, the Presidio County sheriff said.\n\nThe "
            "gunman, a neighbor, was arrested at his home."
        ),
        ("Marfa",),
        "Texas",
    ),
    (
        "r02",
        "Man shot at Herkimer bar",
        "https://www.example.com/news/r02",
        (
            "A man was shot and wounded early Sunday at a bar in Herkimer, in the Mohawk "
            "valley, state police said.\n\nThe man is in fair condition."
        ),
        ("Herkimer",),
        "New York",
    ),
    (
        "s01",
        "Trial opens in bar killings",
        "https://www.example.com/news/s01",
        (
            "TOLEDO, Ohio (AP) - A man accused of killing two people at a suburban Toledo bar "
            "went on trial Monday.\n\nHe has pleaded not guilty to murder in the 2019 shooting "
            "at a Sylvania bar, where the two men had been watching a game."
        ),
        ("Sylvania",),
        "Ohio",
    ),
    (
        "k01",
        "Two wounded at subway station",
        "https://www.example.com/news/k01",
        (
            "A gunman wounded two people at a subway station in New York City on Monday, "
            "police said.\n\nOne of them, a Queens man, was taken to a hospital in Brooklyn. "
            "The other was treated at the scene."
        ),
        ("New York City",),
        "New York",
    ),
    (
        "k04",
        "Man wounded on subway train",
        "https://www.example.com/news/k04",
        (
            "A man was shot and wounded on a subway train in New York City on Tuesday, police "
            "said.\n\nA suspect was arrested Thursday in the Bronx and charged with attempted "
            "murder."
        ),
        ("New York City",),
        "New York",
    ),
    (
        "k05",
        "Rider wounded on crowded train",
        "https://www.example.com/news/k05",
        (
            "NEW YORK (AP) - A man was shot and wounded on a crowded subway train on Tuesday, "
            "police said.\n\nA vigil was held Friday at a church in Queens.\n\nThe suspect, "
            "24, was arraigned Wednesday in Manhattan Criminal Court."
        ),
        ("New York City",),
        "New York",
    ),
    (
        "k06",
        "Boy shot at park in suburban Mesa",
        "https://www.example.com/news/k06",
        (
            "A boy, 12, was shot Sunday at a park in suburban Mesa, Mesa police said.\n\n"
            "Phoenix police helped at the scene."
        ),
        ("Mesa",),
        "Arizona",
    ),
    (
        "k07",
        "Clerk shot at gas station",
        "https://www.example.com/news/k07",
        (
            "A clerk was shot and wounded during a robbery at a gas station in suburban "
            "Houston on Friday, sheriff's deputies said.\n\nThe robber fled on foot."
        ),
        ("Houston",),
        "Texas",
    ),
    (
        "k02",
        "Man shot dead in parked car",
        "https://www.example.com/news/k02",
        (
            "A man was found shot dead in a parked car in Moreno Valley on Friday, Riverside "
            "County sheriff's deputies said.\n\nThe car was recovered at the scene and towed "
            "for testing."
        ),
        ("Moreno Valley",),
        "California",
    ),
    (
        "k03",
        "Body of missing hunter recovered",
        "https://www.example.com/news/k03",
        (
            "The body of a hunter missing since Saturday was recovered in Salmon on Tuesday, "
            "the Lemhi County sheriff said.\n\nHe had been shot, and a companion told deputies "
            "his rifle went off by accident."
        ),
        ("Salmon",),
        "Idaho",
    ),
]

MISSED: dict[str, str] = {}

events, test_probe_is_placed = probe_table(PROBES, MISSED)


@pytest.mark.parametrize(
    ("before", "after_harm"),
    [
        ("said the stolen car was recovered in ", True),
        ("a suspect was arrested Thursday in the ", True),  # "in the Bronx"
        ("the getaway car was recovered Monday in ", True),
        ("detectives served a search warrant at a house in ", True),
        ("police executed search warrants at two homes in ", True),
        ("officers recovered the body of a man in ", False),  # the scene's body
        ("a man was found shot in ", False),
    ],
)
def test_aftermath_reads_recoveries_and_warrants(before: str, after_harm: bool) -> None:
    assert (_AFTERMATH_BEFORE.search(before) is not None) is after_harm


@pytest.mark.parametrize(
    ("before", "scene"),
    [
        ("a drive-by shooting Saturday in which the car was later recovered in ", False),
        ("the shooting for which a man was arrested in ", False),
        ("the fatal shooting of a girl on Elm Street in ", True),
        ("a shooting Saturday night at a bar in ", True),
    ],
)
def test_harm_noun_stops_at_a_recovery_or_an_arrest(before: str, scene: bool) -> None:
    assert (_SCENE_NOUN_BEFORE.search(before) is not None) is scene
