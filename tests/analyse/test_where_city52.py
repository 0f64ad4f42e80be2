"""analyse/where: invented US reports whose scene lost to a name read in another role
(h-city52, from the classes of the held-a fold's misses).

w*: a wire story datelined in its bureau's city ("BOSTON (Reuters) -") that sets the harm at
"their western Maine home" and the home in a town of that state in the next sentence. A
state said of a site with no name ("their Maine home") already made the bureau's dateline
yield; a compass word before the state ("western") made it a part of the state and the
dateline kept the event (`event_place._part_of_state_site`).

s*: "near the intersection of Laredo and Staples": two streets' bare names joined at a
corner, one of them a town's name elsewhere (Laredo, Denver). A corner joins two streets,
never two towns (`scanner._corner_street`).

q*: "in the North Austin neighborhood" in a Chicago story: a quarter whose name opens
with a capitalised compass word. "The Austin neighborhood" was read as a quarter of the story's
city; "North" made the name a part of Austin, Texas (`scanner._compass_named_quarter`).

h*: "at 2900 Pike Road": a house number before a name ending in a street's word that the
gazetteer also keeps as a place (Benning Road, Kennedy Street in Washington; Gay Street in
Baltimore; River Road, N.C.) is the address's street (`scanner`, `_house_number_before`).

l*: "a short walk from Lake Conroe": a lake's name the gazetteer lacks as a town, whose
last word is a town's (Minnetonka, Conroe), and its "Lake" (read as Lake County), are
the lake's words, not the scene (`candidates._lake_name`).

k*: a town whose name is a kind of place ("FOREST, Miss. (AP) -", "in Hamlet, N.C."): a
one-word kind of place was never read as a town; written with its state's abbreviation after
it, it is one, where a town of the name lies in that state
(`candidates._town_named_like_a_kind`).

x*: controls (a dateline of the scene's own state, a town after the corner, a compass word
with no quarter's word, a town named after its lake, a street word after a town, a forest
named with its own name).

The places are real, the events and every sentence invented. On main (eaebb21): w*, s*, q*,
h*, l* and k* 3 of 17 right; here 17 (the controls x* right on both).
"""

from __future__ import annotations

import pytest

from .where_helpers import event, probe_table

U = "https://www.example-news.com/story/"

PROBES: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    (
        "w01",
        "Couple found shot dead in Maine home: police",
        U + "w01",
        (
            "BOSTON (Reuters) - A man and a woman were found shot dead at their western Maine "
            "home on Friday, a state police spokeswoman said.\n\nThe couple, both in their "
            "60s, were discovered by a relative in their house in Lewiston, about 35 miles "
            "(56 km) north of Portland, she said."
        ),
        ("Lewiston",),
        "Maine",
    ),
    (
        "w02",
        "Three dead in Iowa home shooting",
        U + "w02",
        (
            "CHICAGO (Reuters) - Three people were shot dead at a central Iowa home late on "
            "Tuesday, the county sheriff said.\n\nThe bodies were discovered in a house in "
            "Pella by a neighbor who heard shots, the sheriff told reporters."
        ),
        ("Pella",),
        "Iowa",
    ),
    (
        "w03",
        "Gunman kills three at Alabama home",
        U + "w03",
        (
            "ATLANTA (Reuters) - A gunman killed three relatives at their northern Alabama home "
            "before turning the gun on himself, police said on Monday.\n\nThe family lived in a "
            "brick house in Cullman, about 50 miles (80 km) north of Birmingham, police said."
        ),
        ("Cullman",),
        "Alabama",
    ),
    (
        "s01",
        "Cyclist shot in the shoulder",
        "https://www.kristv.com/news/s01",
        (
            "A cyclist was shot in the shoulder on Tuesday night.\n\nOfficers said the "
            "shooting happened near the intersection of Laredo and Staples.\n\nThe cyclist "
            "rode to a fire station for help."
        ),
        ("Corpus Christi",),
        "Texas",
    ),
    (
        "s02",
        "Woman wounded in drive-by",
        "https://www.newson6.com/story/s02",
        (
            "A woman was wounded in a drive-by shooting near the intersection of Denver and "
            "Pine on Friday night, police said.\n\nShe is expected to survive."
        ),
        ("Tulsa",),
        "Oklahoma",
    ),
    (
        "s03",
        "Teen shot at a corner",
        "https://www.wlns.com/news/s03",
        (
            "A teenager was shot on Sunday near the intersection of Cedar Street and Holland, "
            "police said.\n\nHe is in stable condition."
        ),
        ("Lansing",),
        "Michigan",
    ),
    (
        "q01",
        "Teen shot in leg in North Austin",
        U + "q01",
        (
            "A teenager was shot in the leg Friday night in the North Austin neighborhood, "
            "police said. He was taken to a hospital in Oak Park.\n\nHe is the fifth teen "
            "shot in Chicago this month."
        ),
        ("Chicago",),
        "Illinois",
    ),
    (
        "q02",
        "Man shot dead on the West Side",
        U + "q02",
        (
            "A 30-year-old man was shot dead on Friday in the North Lawndale neighborhood, "
            "police said.\n\nNo one is in custody, Chicago police said."
        ),
        ("Chicago",),
        "Illinois",
    ),
    (
        "q03",
        "Two wounded in East Liberty shooting",
        U + "q03",
        (
            "Gunfire late Saturday hurt two men in the East Liberty "
            "neighborhood, Pittsburgh police said.\n\nBoth are expected to recover."
        ),
        ("Pittsburgh",),
        "Pennsylvania",
    ),
    (
        "h01",
        "3 wounded outside lounge",
        "https://www.nbcwashington.com/news/local/h01",
        (
            "D.C. police said three people were wounded when a gunman fired into a crowd "
            "outside a Northeast lounge early Sunday.\n\nThe shooting happened at the Capitol "
            "Stagehouse at 2400 Benning Road."
        ),
        ("Washington",),
        "Washington, D.C.",
    ),
    (
        "h02",
        "Woman shot on Pike Road",
        U + "h02",
        (
            "Montgomery police said a woman was shot Friday at 2900 Pike Road.\n\nShe is in "
            "stable condition."
        ),
        ("Montgomery",),
        "Alabama",
    ),
    (
        "l01",
        "Two found dead in Lake Minnetonka house",
        U + "l01",
        (
            "Two people were found shot dead Sunday in a house in Greenwood, Minn., police "
            "said.\n\nThe house looks out over Lake Minnetonka, and officers from the South "
            "Lake Minnetonka police department were called by a neighbor."
        ),
        ("Greenwood",),
        "Minnesota",
    ),
    (
        "l02",
        "Man shot at Lake Conroe home",
        U + "l02",
        (
            "A man was shot at his home a short walk from Lake Conroe late Saturday, deputies "
            "said.\n\nThe home is on Harbor Drive in Willis, deputies said."
        ),
        ("Willis",),
        "Texas",
    ),
    (
        "k01",
        "1 dead, 3 hurt in shooting",
        U + "k01",
        (
            "FOREST, Miss. (AP) - Police are investigating a deadly shooting.\n\nThe shooting "
            "happened Sunday night around 9 p.m. on Elm Avenue.\n\nThree people were injured "
            "and one man died, officers said."
        ),
        ("Forest",),
        "Mississippi",
    ),
    (
        "k02",
        "Teen shot at party",
        U + "k02",
        (
            "VALLEY, Ala. - A teenager was shot at a house party early Saturday, police said."
            "\n\nHe was flown to a hospital in Columbus, Georgia."
        ),
        ("Valley",),
        "Alabama",
    ),
    (
        "k03",
        "Man killed in shooting",
        U + "k03",
        (
            "A man was shot and killed Friday night at a home in Hamlet, N.C., the Richmond "
            "County sheriff said.\n\nNo arrests were made."
        ),
        ("Hamlet",),
        "North Carolina",
    ),
    (
        "k04",
        "Woman shot in robbery",
        U + "k04",
        (
            "A woman was shot during a robbery at a store in Ward, Ark., on Monday, deputies "
            "said.\n\nShe was taken to a hospital in Little Rock."
        ),
        ("Ward",),
        "Arkansas",
    ),
    # controls
    (
        "x01",
        "Two shot dead in Boston",
        U + "x01",
        (
            "BOSTON (Reuters) - Two men were shot dead on a street in Boston's Dorchester "
            "neighborhood on Sunday, police said.\n\nNo arrests were made."
        ),
        ("Boston", "Dorchester"),
        "Massachusetts",
    ),
    (
        "x02",
        "Man shot at a corner",
        U + "x02",
        (
            "A man was shot at the intersection of Elm and Oak in Dayton, Ohio, on "
            "Saturday, police said."
        ),
        ("Dayton",),
        "Ohio",
    ),
    (
        "x03",
        "Man shot in North Austin",
        U + "x03",
        (
            "A man was shot Saturday night at an apartment complex in North Austin, Austin "
            "police said.\n\nHe was taken to a hospital."
        ),
        ("Austin",),
        "Texas",
    ),
    (
        "x04",
        "Man shot in Lake Charles",
        U + "x04",
        (
            "A man was shot early Sunday at a home on Ryan Street in Lake Charles, police "
            "said.\n\nHe is expected to survive."
        ),
        ("Lake Charles",),
        "Louisiana",
    ),
    (
        "x05",
        "Woman shot on River Road",
        U + "x05",
        (
            "A woman was shot Friday at a home in Wilmington, N.C., police said.\n\nShe was "
            "found in the 400 block of Castle Street with a wound to the arm."
        ),
        ("Wilmington",),
        "North Carolina",
    ),
    (
        "x06",
        "Two shot near Lake Okeechobee",
        U + "x06",
        (
            "Two men were shot Sunday at a fishing camp on Lake Okeechobee, deputies said.\n\n"
            "The camp is in Clewiston, deputies said."
        ),
        ("Clewiston",),
        "Florida",
    ),
    (
        "x07",
        "Hunter shot in the forest",
        U + "x07",
        (
            "A hunter was shot in the leg Saturday in the Ocala National Forest near Umatilla, "
            "Fla., deputies said."
        ),
        ("Umatilla",),
        "Florida",
    ),
]

MISSED: dict[str, str] = {}

events, test_probe_is_placed = probe_table(PROBES, MISSED)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (
            "Deputies are looking for a driver after a shooting Tuesday on the 1200 block of "
            "Elm Street, said Greg Hartman, Adams County sheriff's spokesman.",
            "Hartman",
        ),
        (
            "A woman was shot and wounded Friday on the 200 block of Elm Road, said Sgt. Amy "
            "Brandt, Pike County sheriff's spokeswoman.",
            "Brandt",
        ),
        (
            "A man was killed in a shooting Monday on the 900 block of Oak Street, said Lt. "
            "Dan Hollis, Marion County Sheriff's Office spokesman.",
            "Hollis",
        ),
    ],
)
def test_a_spokesman_named_with_his_force_is_no_place(text: str, surname: str) -> None:
    # "Greg Hartman, Adams County sheriff's spokesman": the force after the comma is the
    # man's post, not the container of a place named Hartman
    ev = event(text)
    assert ev.location != surname
    assert ev.admin2 is not None and ev.admin2.endswith("County")
