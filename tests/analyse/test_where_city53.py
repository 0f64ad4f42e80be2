"""analyse/where: invented US reports of the classes of the held-a fold's city misses that
h-city52 left (h-city53).

p*: a person named with his home town after "of" ("Ramon Bowie of Denver"), whose surname
is also a place's name somewhere (Bowie, Baker, Marshall, Clinton), shot in a county named
apart. "of Denver" was read as the surname's qualifier; no place of that name lies in the
big city, so the surname became a local place inside it, and the event's town
(`resolve`, the fallback of names no candidate of the qualifier fits). A surname inside a
person's name is no place: the qualifier is his home. Also when a nickname in quotes splits
the name ('Luis "Chuy" Salazar', p06, p07), whatever the model's label of the surname.

h*: the wounded's stay at a named hospital in another town ("He remains at UAB Hospital in
Birmingham", "remained Sunday at", "stayed overnight at") under the scene's dateline. Only a
word of care ("died", "treated", "condition") made a named hospital's town a destination; a
stay says the same (`scanner._STAY_WORDS`, read in the two words before "at" only: "a guard
who remains on duty was shot at Grady Memorial Hospital in Atlanta" is shot at it, x02).

f*: a wire story datelined in its bureau's city of the same state ("DENVER (AP) -") that
tells the harm in one sentence and where the victims were found in the next: "The couple were
found in their house in Greeley by a relative." That sentence counts no one, and its
"found ... in" read as an inquiry's end (an arrest's "found in X"), so the dateline kept the
event. People found at their own home are the victims, the home the scene
(`event_place._FOUND_AT_OWN_HOME_BEFORE`); a suspect "found at his home in X" is still where
police caught him (control x01).

The places are real, the events and every sentence invented. On main (50e533a) p* 1 of 7
(six events' town is the surname), f* 0 of 5, h* 0 of 3; here 7, 5 and 3 (p*: the event in
the county, written as one of its towns); the controls x01-x03 right on both.
"""

from __future__ import annotations

import pytest

from newsfold.records import Event

from .where_helpers import table_events

U = "https://www.example-news.com/story/"

# id, headline, address, text, the person's surname, the county of the shooting, its state
PERSONS_OF: list[tuple[str, str, str, str, str, str, str]] = [
    (
        "p01",
        "Teen killed in break-in",
        U + "p01",
        (
            "A homeowner will not be charged in the death of a teenager.\n\nNineteen-year-old "
            "Ramon Bowie of Denver was shot dead Aug. 14 inside a tool shed in Adams County.\n\n"
            "Detectives believe Bowie and a cousin meant to take a mower from the shed."
        ),
        "Bowie",
        "Adams County",
        "Colorado",
    ),
    (
        "p02",
        "Man wounded on ranch",
        U + "p02",
        (
            "Tim Baker of Pueblo was shot and wounded Friday on a ranch in Custer County, the "
            "sheriff said.\n\nBaker was taken to a hospital."
        ),
        "Baker",
        "Custer County",
        "Colorado",
    ),
    (
        "p03",
        "Driver shot",
        U + "p03",
        (
            "A driver, Ann Marshall of Dallas, was shot on a rural road in Kaufman County late "
            "Monday.\n\nDeputies said Marshall drove herself to a gas station."
        ),
        "Marshall",
        "Kaufman County",
        "Texas",
    ),
    (
        "p04",
        "Hunter killed",
        U + "p04",
        (
            "Gary Clinton of Tulsa died Saturday after he was shot while hunting in Osage "
            "County.\n\nClinton was 52."
        ),
        "Clinton",
        "Osage County",
        "Oklahoma",
    ),
    (
        "p06",
        "No charges for homeowner",
        U + "p06",
        (
            "The homeowner will face no charges.\n\nNineteen-year-old Luis "
            "\u201cChuy\u201d Salazar of Denver was shot dead Aug. 14 at a house in Adams County."
            "\n\nDetectives believe Salazar and a cousin meant to take a mower from the shed."
        ),
        "Salazar",
        "Adams County",
        "Colorado",
    ),
    (
        "p07",
        "Man shot at farm",
        U + "p07",
        (
            "Tony \u201cJunior\u201d Baker of Pueblo was shot and wounded Friday at a farm in "
            "Custer County, the sheriff said.\n\nBaker was taken to a hospital."
        ),
        "Baker",
        "Custer County",
        "Colorado",
    ),
    (
        "p05",
        "Camper shot",
        U + "p05",
        (
            "A camper, Lou Warren of Detroit, was shot in the leg Friday at a campground in "
            "Oakland County.\n\nWarren is expected to survive, deputies said."
        ),
        "Warren",
        "Oakland County",
        "Michigan",
    ),
]


@pytest.fixture(scope="module")
def persons_of_events() -> dict[str, Event]:
    return table_events(PERSONS_OF)


@pytest.mark.parametrize(
    ("pid", "surname", "county", "state"),
    [(p[0], p[4], p[5], p[6]) for p in PERSONS_OF],
)
def test_a_surname_before_of_a_town_is_no_place(
    persons_of_events: dict[str, Event], pid: str, surname: str, county: str, state: str
) -> None:
    event = persons_of_events[pid]
    assert event.location != surname
    assert event.admin2 == county
    assert event.admin1 == state


# id, headline, address, text, the true town, its state
FOUND_AT_HOME: list[tuple[str, str, str, str, str, str]] = [
    (
        "f01",
        "Couple shot dead",
        U + "f01",
        (
            "DENVER (AP) - A man and a woman were shot dead over the weekend in northern "
            "Colorado, police said Monday.\n\nThe couple were found in their house in Greeley "
            "by a relative on Sunday."
        ),
        "Greeley",
        "Colorado",
    ),
    (
        "f02",
        "Two killed",
        U + "f02",
        (
            "NASHVILLE, Tenn. (AP) - Two brothers were killed in an apparent murder-suicide, "
            "authorities said.\n\nThe brothers were found Tuesday in their home in Clarksville "
            "after a neighbor called police."
        ),
        "Clarksville",
        "Tennessee",
    ),
    (
        "f03",
        "Family of three dead",
        U + "f03",
        (
            "MIAMI (Reuters) - Three members of a family died in a shooting, police said on "
            "Friday.\n\nThey were found in their apartment in Homestead by officers doing a "
            "welfare check."
        ),
        "Homestead",
        "Florida",
    ),
    (
        "f04",
        "Woman killed",
        U + "f04",
        (
            "ATLANTA (AP) - A woman was killed and her husband was wounded, the sheriff said."
            "\n\nThe pair were found Saturday at their home in Newnan, about 40 miles "
            "southwest of Atlanta."
        ),
        "Newnan",
        "Georgia",
    ),
    (
        "f05",
        "Sisters die in shooting",
        U + "f05",
        (
            "COLUMBUS, Ohio (AP) - Two elderly sisters died in a shooting, the county coroner "
            "said Thursday.\n\nThe women were discovered by a mail carrier at their home in "
            "Lancaster."
        ),
        "Lancaster",
        "Ohio",
    ),
    # control: a suspect found at his own home is where police caught him
    (
        "x01",
        "Suspect arrested",
        U + "x01",
        (
            "DENVER (AP) - A man was shot dead outside a bar in Denver on Saturday, police "
            "said.\n\nThe suspect was found Sunday at his home in Greeley and arrested."
        ),
        "Denver",
        "Colorado",
    ),
]


@pytest.fixture(scope="module")
def found_at_home_events() -> dict[str, Event]:
    return table_events(FOUND_AT_HOME)


@pytest.mark.parametrize(("pid", "town", "state"), [(p[0], p[4], p[5]) for p in FOUND_AT_HOME])
def test_victims_found_at_their_home_set_the_scene(
    found_at_home_events: dict[str, Event], pid: str, town: str, state: str
) -> None:
    event = found_at_home_events[pid]
    assert event.location == town
    assert event.admin1 == state


# id, headline, address, text, the true town, its state
STAYS: list[tuple[str, str, str, str, str, str]] = [
    (
        "h01",
        "Teen shot",
        U + "h01",
        (
            "SELMA, Ala. - A 16-year-old boy was shot Friday night on Broad Street, police "
            "said.\n\nHe remains at UAB Hospital in Birmingham."
        ),
        "Selma",
        "Alabama",
    ),
    (
        "h02",
        "Man shot",
        U + "h02",
        (
            "DECATUR, Ill. - A man was shot in the chest outside a tavern on Eldorado Street "
            "late Saturday, police said.\n\nHe remained Sunday at OSF Saint Francis Medical "
            "Center in Peoria."
        ),
        "Decatur",
        "Illinois",
    ),
    (
        "h03",
        "Boy shot",
        U + "h03",
        (
            "MERIDIAN, Miss. - A boy of 9 was shot in the leg at a park on Sunday, police "
            "said.\n\nThe boy stayed overnight at Children's Hospital in Jackson."
        ),
        "Meridian",
        "Mississippi",
    ),
    # controls: the hospital is the scene
    (
        "x02",
        "Guard shot",
        U + "x02",
        (
            "A security guard who remains on duty was shot at Grady Memorial Hospital in "
            "Atlanta on Friday, police said."
        ),
        "Atlanta",
        "Georgia",
    ),
    (
        "x03",
        "Gunman at hospital",
        U + "x03",
        (
            "A gunman opened fire at Mercy Hospital in Joplin on Monday, wounding a nurse, "
            "police said."
        ),
        "Joplin",
        "Missouri",
    ),
]


@pytest.fixture(scope="module")
def stay_events() -> dict[str, Event]:
    return table_events(STAYS)


@pytest.mark.parametrize(("pid", "town", "state"), [(p[0], p[4], p[5]) for p in STAYS])
def test_a_stay_at_a_named_hospital_is_no_scene(
    stay_events: dict[str, Event], pid: str, town: str, state: str
) -> None:
    event = stay_events[pid]
    assert event.location == town
    assert event.admin1 == state
