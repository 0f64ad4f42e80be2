"""analyse: per-article place misses session 24's helpers noticed, each read as a class
(h-city35).

A table of short reports written for this test (the places are real, the events invented),
with controls beside each class:

- A county seat GeoNames files under the county across its river (Baton Rouge, seat of East
  Baton Rouge Parish, filed under West Baton Rouge) takes the county it seats
  (`write._seats_filed_elsewhere`); a Virginia independent city keeps its own.
- A host made of a town and a newspaper's words ("bastropenterprise") names no city in those
  words: "enterprise" is no Enterprise, Nevada (`evidence._masthead_tail`).
- A station's dateline ("GREENVILLE, N.C. (WITN) -") gives way to another town of the state
  whose own police the text names (`event_place._station_dateline_yields`), unless the
  dateline town's police are named too.

The rows the system still misses are marked, each with its reason.
"""

from __future__ import annotations

import pytest

from newsfold.analyse.gazetteer import get_gazetteer
from newsfold.analyse.where.evidence import _masthead_tail
from newsfold.analyse.where.write import town_county
from newsfold.records import Event

from .where_helpers import assert_placed, probe_params, table_events

# (id, headline, address, text, the town (or its other accepted names), its county (None:
# not checked), the state)
PROBES: list[tuple[str, str, str, str, tuple[str, ...], str | None, str]] = [
    (
        "b1",
        "Man shot dead in Baton Rouge",
        "https://www.wafb.com/2024/05/05/man-shot/",
        "BATON ROUGE, La. (WAFB) - A man was shot and killed on Plank Road late Saturday, Baton "
        "Rouge police said. Investigators have not named a suspect.",
        ("Baton Rouge",),
        "East Baton Rouge Parish",
        "Louisiana",
    ),
    (
        "b2",
        "Two hurt in Baton Rouge gunfire",
        "https://www.example.com/news/b2",
        "Two people were wounded when shots rang out near Florida Boulevard in Baton Rouge on "
        "Sunday night, according to the Baton Rouge Police Department.",
        ("Baton Rouge",),
        "East Baton Rouge Parish",
        "Louisiana",
    ),
    (
        "b3",
        "Teen killed in West Baton Rouge",
        "https://www.example.com/news/b3",
        "A teenager died after a shooting in Port Allen on Friday, the West Baton Rouge Parish "
        "Sheriff's Office said.",
        ("Port Allen",),
        "West Baton Rouge Parish",
        "Louisiana",
    ),
    (
        "a1",
        "Man shot in Antioch",
        "https://www.tennessean.com/story/news/crime/2024/05/05/antioch-shooting/",
        "A man was shot and wounded at an apartment complex in Antioch on Saturday night, Metro "
        "Nashville police said. He was taken to Vanderbilt University Medical Center.",
        ("Antioch", "Nashville"),
        "Davidson County",
        "Tennessee",
    ),
    (
        "a2",
        "Woman killed in Antioch",
        "https://www.ktvu.com/news/antioch-woman-killed",
        "ANTIOCH, Calif. (KTVU) - A woman was fatally shot on A Street early Sunday, Antioch "
        "police said. Contra Costa County officials have not released her name.",
        ("Antioch",),
        "Contra Costa County",
        "California",
    ),
    (
        "e1",
        "Man shot in Bastrop",
        "https://www.bastropenterprise.com/story/news/2024/05/05/man-shot/",
        "BASTROP - A man was shot and wounded on Main Street Saturday evening, the Bastrop "
        "Police Department said. He was taken to a hospital in Monroe.",
        ("Bastrop",),
        "Morehouse Parish",
        "Louisiana",
    ),
    (
        "e2",
        "Woman wounded in Elizabethtown",
        "https://www.thenewsenterprise.com/news/local/woman-wounded/",
        "ELIZABETHTOWN - A woman was shot in the arm at a home on Ring Road on Sunday, "
        "Elizabethtown police said.",
        ("Elizabethtown",),
        "Hardin County",
        "Kentucky",
    ),
    (
        "e3",
        "Man killed in Bastrop County",
        "https://www.example.com/news/e3",
        "A man was shot and killed near Elgin on Friday, the Bastrop County Sheriff's Office said.",
        ("Elgin",),
        "Bastrop County",
        "Texas",
    ),
    (
        "k1",
        "Man shot in Kinston",
        "https://www.witn.com/2024/05/05/man-shot-kinston/",
        "GREENVILLE, N.C. (WITN) - A man is in the hospital after a shooting overnight. Kinston "
        "police said officers found him with a gunshot wound on Queen Street around 2 a.m.",
        ("Kinston",),
        "Lenoir County",
        "North Carolina",
    ),
    (
        "k2",
        "Woman hurt in Greenville",
        "https://www.witn.com/2024/05/05/woman-hurt/",
        "GREENVILLE, N.C. (WITN) - A woman was shot in the leg on Tenth Street Sunday. "
        "Greenville police said officers found her near a gas station.",
        ("Greenville",),
        "Pitt County",
        "North Carolina",
    ),
    (
        "k3",
        "Teen shot in Goldsboro",
        "https://www.witn.com/2024/05/06/teen-shot/",
        "GREENVILLE, N.C. (WITN) - A teenager was wounded in a shooting Sunday evening. "
        "Goldsboro police said officers responded to Ash Street and found the boy.",
        ("Goldsboro",),
        "Wayne County",
        "North Carolina",
    ),
    (
        "g1",
        "Man shot in Buckhead",
        "https://www.example.com/news/g1",
        "A man was shot outside a nightclub in Buckhead early Sunday, Atlanta police said. He is "
        "expected to survive.",
        ("Atlanta", "Buckhead"),
        "Fulton County",
        "Georgia",
    ),
    (
        "k4",
        "Man hurt in Greenville shooting",
        "https://www.witn.com/2024/05/07/man-hurt/",
        "GREENVILLE, N.C. (WITN) - A man was shot in the hand on Dickinson Avenue late Monday. "
        "Greenville police said Winterville police helped them search the area.",
        ("Greenville",),
        "Pitt County",
        "North Carolina",
    ),
    (
        "g2",
        "Woman shot in East Village",
        "https://www.example.com/news/g2",
        "A woman was shot in the East Village, Manhattan, on Saturday night, NYPD officials "
        "said. She was taken to Bellevue Hospital.",
        ("New York City", "New York", "Manhattan"),
        "New York County",
        "New York",
    ),
    (
        "g3",
        "Man killed in Germantown",
        "https://www.inquirer.com/news/germantown-shooting-20240505.html",
        "A man was shot and killed on Chelten Avenue on Sunday, police in Germantown said. "
        "Philadelphia police have made no arrests.",
        ("Philadelphia", "Germantown"),
        "Philadelphia County",
        "Pennsylvania",
    ),
    (
        "g4",
        "Man shot in Bedford-Stuyvesant",
        "https://www.example.com/news/g4",
        "A man was shot on Fulton Street in Bedford-Stuyvesant on Sunday, police said. The 79th "
        "Precinct is investigating.",
        ("Brooklyn", "New York City", "New York"),
        None,
        "New York",
    ),
    (
        "r1",
        "Tarboro man shot",
        "https://www.example.com/news/r1",
        "A Tarboro man was shot in Rocky Mount on Feb. 12, police said. Rocky Mount police are "
        "asking for tips.",
        ("Rocky Mount",),
        "Nash County",
        "North Carolina",
    ),
    (
        "r2",
        "Man shot in Stowe",
        "https://www.post-gazette.com/news/crime-courts/2024/05/05/stowe-shooting/stories/202405050100",
        "A man was shot in Stowe on Saturday, Allegheny County police said. Officers found him "
        "on Broadway Avenue.",
        ("Stowe",),
        "Allegheny County",
        "Pennsylvania",
    ),
    (
        "e4",
        "Deputies investigate shooting",
        "https://www.bastropenterprise.com/story/news/crime/2024/05/05/deputies-investigate-shooting/",
        "BASTROP - One man was hurt in a shooting on Saturday night, according to sheriff's "
        "deputies. The injured man went to a clinic with wounds that are not life-threatening.",
        ("Bastrop",),
        "Morehouse Parish",
        "Louisiana",
    ),
]

MISSED = {
    "g4": "Bedford-Stuyvesant is in no gazetteer the system has, and the text names no borough",
    "r2": "the township in Allegheny County is not preferred to Montgomery County's Stowe",
}


@pytest.fixture(scope="module")
def events() -> dict[str, Event]:
    return table_events(PROBES)


@pytest.mark.parametrize(
    ("pid", "towns", "county", "state"), probe_params(PROBES, MISSED, (4, 5, 6))
)
def test_probe_is_placed(
    events: dict[str, Event], pid: str, towns: tuple[str, ...], county: str | None, state: str
) -> None:
    assert_placed(events[pid], towns, state)
    if county is not None:
        assert events[pid].admin2 == county


def test_seat_filed_across_the_river_takes_its_county() -> None:
    g = get_gazetteer()
    baton_rouge = next(r for r in g.lookup("Baton Rouge") if g.admin1[r] == "Louisiana")
    assert town_county(g, baton_rouge) == "East Baton Rouge Parish"
    fairfax = next(
        r for r in g.lookup("Fairfax") if g.admin1[r] == "Virginia" and g.population[r] > 20_000
    )
    assert town_county(g, fairfax) == g.admin2[fairfax]


@pytest.mark.parametrize(
    ("label", "tail"),
    [("bastropenterprise", 7), ("lufkindailynews", 6), ("newportnews", 7), ("kansascity", 10)],
)
def test_masthead_tail(label: str, tail: int) -> None:
    assert _masthead_tail(label) == tail
