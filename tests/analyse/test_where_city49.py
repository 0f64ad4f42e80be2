"""analyse/where: invented US local-news reports that name a court's town or a person's
street and town beside the scene's town (h-city49).

A report of charges names the court the suspects appear in with its town ("arraigned at 11
a.m. Saturday in 22nd District Court in Inkster"), the county's court in another town than the
scene; a report of a victim gives the victim's street and town after an age ("Dale Moss, 15,
of Alder Street in Canfield"), a home, not the scene. Fixed here: a court's name before "in"
(`event_place._AFTERMATH_BEFORE`), and a case heard "in" a court of a town even in the
sentence that counts the harm (`event_place._IN_COURT_BEFORE`), make the town an aftermath's;
a clock's "a.m." no longer ends the clause of an arrest's words; an age, "of" and a street
before "in" make the town a residence (`scanner._AGED_HOME_STREET`). Controls: a shooting
at or outside a court keeps the court's town; a victim's home town with no other place keeps
it. A dateline's town gives way to a county an event sentence sets the harm in when the
town lies in another county ("AMARILLO, Texas (AP) - ... found shot dead in a pickup in Carson
County"; `event_place`, the dateline's yielding to a scene); control: the dateline town's own
county keeps the town. The places and outlets are real, the events and every sentence
invented. On main (bd739f2): 5 of 9 right (c02, h01, h02, d01 missed); here 9.
"""

from __future__ import annotations

import pytest

from newsfold.analyse.where.event_place import _AFTERMATH_BEFORE, _IN_COURT_BEFORE

from .where_helpers import probe_table

# (id, headline, address, text, the town, the state): c* a court's town, h* a person's
# street and town, d* a county told beside another county's dateline, k* controls
PROBES: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    (
        "c01",
        "Three men charged after boy, 3, is shot",
        "https://www.detroitnews.com/story/news/local/c01/",
        (
            "A boy, 3, was shot in the leg Tuesday night during a fight between two "
            "families on the east side of Detroit, police said.\n\nThe boy is in stable "
            "condition.\n\nThree Detroit men were charged on Friday. They are to be arraigned "
            "at 10 a.m. Saturday in 22nd District Court in Inkster."
        ),
        ("Detroit",),
        "Michigan",
    ),
    (
        "c02",
        "Brothers charged in girl's death",
        "https://www.detroitnews.com/story/news/local/c02/",
        (
            "Two Detroit brothers were charged Saturday in 22nd District Court in Inkster in "
            "the fatal shooting of a 4-year-old girl on the city's west side.\n\nThe girl "
            "died Friday, Detroit police said."
        ),
        ("Detroit",),
        "Michigan",
    ),
    (
        "c03",
        "Man held for trial in Chester killing",
        "https://www.delcotimes.com/news/c03/",
        (
            "A Chester man was ordered held for trial on Tuesday in Common Pleas Court in "
            "Media in the killing of a 22-year-old man who was shot dead on Butler Street in "
            "Chester last month.\n\nChester police said the two men had argued."
        ),
        ("Chester",),
        "Pennsylvania",
    ),
    (
        "h01",
        "Teen shot by relative dies",
        "https://www.tribtoday.com/news/local-news/h01/",
        (
            "NILES - Dale Moss, 15, of Alder Street in Canfield died Monday after being shot in "
            "the chest by a relative on Saturday, Niles police said.\n\nThe boy died at a "
            "hospital in Youngstown.\n\nThe shooting happened at a home on Robbins Avenue."
        ),
        ("Niles",),
        "Ohio",
    ),
    (
        "h02",
        "Woman wounded at cookout",
        "https://www.nwitimes.com/news/local/crime/h02/",
        (
            "Ann Roe, 40, of 12 Pine Ave. in Gary was shot in the arm Sunday evening at a "
            "cookout on Lincoln Street, Hobart police said.\n\nShe was treated and released."
        ),
        ("Hobart",),
        "Indiana",
    ),
    (
        "d01",
        "Woman, son found shot dead in pickup",
        "https://www.example.com/news/d01/",
        (
            "AMARILLO, Texas (AP) - A woman and her son were found shot dead on Tuesday in a "
            "pickup in Carson County, deputies said.\n\nNo suspect is being sought."
        ),
        ("Carson County", "Panhandle"),
        "Texas",
    ),
    (
        "k03",
        "Woman found shot dead",
        "https://www.example.com/news/k03/",
        (
            "AMARILLO, Texas (AP) - A woman was found shot dead on Tuesday in Potter County, "
            "deputies said."
        ),
        ("Amarillo",),
        "Texas",
    ),
    (
        "k01",
        "Deputy wounded outside courthouse",
        "https://www.delawareonline.com/story/news/crime/k01/",
        (
            "A deputy was shot and wounded Monday morning outside the Kent County Court in "
            "Dover, state police said.\n\nThe gunman was arrested at the scene."
        ),
        ("Dover",),
        "Delaware",
    ),
    (
        "k02",
        "Man shot at his home",
        "https://www.nwitimes.com/news/local/crime/k02/",
        (
            "Tom Lee, 52, of Pine Avenue in Gary was shot Sunday night at his home, police "
            "said.\n\nHe is in critical condition at a hospital."
        ),
        ("Gary",),
        "Indiana",
    ),
]

MISSED: dict[str, str] = {}

events, test_probe_is_placed = probe_table(PROBES, MISSED)


@pytest.mark.parametrize(
    ("before", "court"),
    [
        ("to be arraigned at 10 a.m. Saturday in ", True),  # the clock's points: no end
        ("a hearing Monday in Superior Court in ", True),
        ("the case moved to the county courthouse in ", True),
        ("he was shot at 10 a.m. Saturday in ", False),
        ("a fight broke out at a bar in ", False),
    ],
)
def test_aftermath_reads_courts_and_clocks(before: str, court: bool) -> None:
    assert (_AFTERMATH_BEFORE.search(before) is not None) is court


@pytest.mark.parametrize(
    ("before", "heard"),
    [
        ("two brothers charged Saturday in 22nd District Court in ", True),
        ("ordered held for trial in Common Pleas Court in ", True),
        ("a deputy was shot outside the Kent County Court in ", False),
        ("a man was shot at the District Court in ", False),
    ],
)
def test_in_court_reads_a_case_heard_in_a_court(before: str, heard: bool) -> None:
    assert (_IN_COURT_BEFORE.search(before) is not None) is heard
