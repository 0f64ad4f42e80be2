"""Invented events (session 31, date38) whose reports stay tied between two days under the
earlier rules: a page about another shooting, grouped with the event's report, that recalls the
event's day in a later paragraph beside its own day told twice; an undated brief published on
the day of the event beside another incident's report and the event's own; and, as a check, a
day written as a date that still outweighs an undated brief's publication day.

Every headline and sentence here is invented (the towns, streets and outlets are real, the
events and people are not). Each event: id, the shooting's true day (local time), and its
reports, each (publication stamp, address, headline, text).
"""

from __future__ import annotations

from .helpers import Story

Event = tuple[str, str, list[Story]]
"""One event: id, the true day, its reports."""

EVENTS: list[Event] = [
    # the event's report dates Monday night; a page about another boy's shooting, Wednesday
    # night (told twice), recalls Monday's in a later paragraph: the day both pages tell
    (
        "u01",
        "2024-10-07",
        [
            (
                "2024-10-08",
                "https://www.wxyz.com/news/boy-shot-dexter-avenue",
                "Boy, 8, wounded by gunfire on Dexter Avenue",
                "DETROIT - An 8-year-old boy was wounded Monday night when someone fired into "
                "his family's home on Dexter Avenue, Detroit police said. The boy was taken to "
                "Children's Hospital in stable condition. Police are looking for a dark sedan "
                "seen leaving the street.",
            ),
            (
                "2024-10-10",
                "https://www.wxyz.com/news/father-arraigned-son-shot",
                "Father charged after boy, 5, finds pistol",
                "DETROIT - A 5-year-old boy found a loaded pistol in a bedroom and shot himself "
                "in the leg Wednesday night, police said. Officers were called to the house on "
                "Wednesday at about 9 p.m. His father was arraigned Thursday on a charge of "
                "storing a firearm where a child could reach it.\n\nThe boy is expected to "
                "recover.\n\nOn Monday, an 8-year-old boy was wounded when someone fired into "
                "his family's home on Dexter Avenue. Police have made no arrest in that "
                "shooting.",
            ),
        ],
    ),
    # another incident's report (Wednesday) grouped with an undated brief published on
    # Sunday and a story of Sunday's small hours: the brief was put out as its event unfolded
    (
        "u02",
        "2024-02-11",
        [
            (
                "2024-02-08T09:00:00Z",
                "https://www.fox29.com/news/teen-shot-rec-center",
                "Boy, 16, hit in the arm near recreation center",
                "PHILADELPHIA - Gunfire struck a boy of 16 in the arm outside a recreation "
                "center on Wednesday, police said. Medics took him to Temple University "
                "Hospital, where he is stable. Nobody is in custody.",
            ),
            (
                "2024-02-11T15:00:00Z",
                "https://www.nbcphiladelphia.com/news/two-hurt-south-philly-shooting",
                "Shooting after college game leaves two hurt",
                "PHILADELPHIA - Two men were hurt in a shooting in South Philadelphia after a "
                "college basketball game, police said. One of them plays for a local college "
                "team. Both are in stable condition, police said.",
            ),
            (
                "2024-02-11T18:00:00Z",
                "https://6abc.com/south-philadelphia-shooting-two-injured",
                "Two wounded on Tasker Street early Sunday",
                "PHILADELPHIA - A man and a teenager were injured in a shooting in South "
                "Philadelphia at about 1:30 a.m. Sunday, police said. Officers found both with "
                "gunshot wounds on Tasker Street.",
            ),
        ],
    ),
    # a check: a day written as a date ("on March 1") outweighs the next day read from a
    # weekday, though an undated brief was published the day after that
    (
        "u03",
        "2024-03-01",
        [
            (
                "2024-03-02T08:00:00Z",
                "https://www.wral.com/story/man-shot-new-bern-avenue",
                "Man shot on New Bern Avenue",
                "RALEIGH, N.C. - A 30-year-old man was shot on New Bern Avenue on March 1, "
                "Raleigh police said. He was taken to WakeMed with injuries that are not "
                "life-threatening.",
            ),
            (
                "2024-03-03T10:00:00Z",
                "https://www.newsobserver.com/news/local/crime/raleigh-shooting",
                "Police investigate shooting in east Raleigh",
                "RALEIGH - Police are investigating a shooting on New Bern Avenue that left a "
                "man wounded. Anyone with information is asked to call Raleigh Crimestoppers.",
            ),
            (
                "2024-03-03T12:00:00Z",
                "https://abc11.com/raleigh-shooting-new-bern-avenue",
                "Man wounded in east Raleigh shooting",
                "RALEIGH, N.C. - A man was wounded in a shooting on New Bern Avenue on "
                "Saturday, police said. He is expected to survive.",
            ),
        ],
    ),
]
