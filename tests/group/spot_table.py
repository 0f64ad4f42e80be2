"""Invented reports of one shooting that name different people (the victim in one, the accused
in the other), for tests/group/test_split_reports.py (fiction, written for newsfold: the towns
and outlets' hosts are real, the events, people, streets and words are not).

Joined by what they share (decide.same_spot: a block number and an age; decide.
accused_and_victim: a small town's follow-up of the day), with controls: two shootings of one
city's week in the same block number of two streets, a man of one age in each; a big city's
follow-up of the day naming other people (the small-town rule does not reach it).
"""

from __future__ import annotations

Report = tuple[str, str, str, str, str]
Case = tuple[str, str, str, list[Report]]

CASES: list[Case] = [
    (
        "sp1",
        "follow-up naming the charged parent, one block and the same ages",
        "same",
        [
            (
                "sp1a",
                "2024-10-28T14:00:00Z",
                "https://www.wxyz.com/news/boy-4-wounded-west-side-detroit",
                "Boy, 4, wounded inside west side Detroit home",
                (
                    "DETROIT (WXYZ) - A 4-year-old boy was wounded Sunday night when a handgun "
                    "went off inside a home in the 6200 block of Tarnwell Street, Detroit "
                    "police said. His mother, Latrice Hammond, 30, told officers the boy had "
                    "found the pistol in a bedroom closet. He was taken to Children's Hospital "
                    "of Michigan and is expected to survive, police said."
                ),
            ),
            (
                "sp1b",
                "2024-10-30T19:00:00Z",
                "https://www.detroitnews.com/story/news/local/detroit-city/father-arraigned",
                "Father arraigned after son finds gun, shoots himself",
                (
                    "A Detroit man was arraigned Wednesday on a charge of second-degree child "
                    "abuse after his son, 4, shot himself with a pistol left in a closet. "
                    "Marcus Delwin, 31, was ordered held on a $10,000 bond at 36th District "
                    "Court. Prosecutors said the gun went off Sunday evening in the family's "
                    "home in the 6200 block on the city's west side. The boy's mother, 30, was "
                    "not charged, prosecutors said."
                ),
            ),
        ],
    ),
    (
        "sp2",
        "small town: the victim named, then the teen wanted in it arrested",
        "same",
        [
            (
                "sp2a",
                "2024-07-29T13:00:00Z",
                "https://www.walb.com/story/moultrie-shooting-victim-identified",
                "Moultrie shooting victim identified",
                (
                    "MOULTRIE, Ga. (WALB) - Moultrie police have identified the woman wounded "
                    "in a shooting Saturday night as Keyra Mallin, 24. Officers were called to a "
                    "house on Quenby Lane just before 11 p.m. and found her with a gunshot "
                    "wound to the leg. She was taken to Colquitt Regional Medical Center and "
                    "released. Investigators said she was shot after an argument at a party."
                ),
            ),
            (
                "sp2b",
                "2024-08-01T16:00:00Z",
                "https://www.walb.com/story/teen-wanted-moultrie-shooting-arrested",
                "Teen wanted in Moultrie shooting arrested",
                (
                    "MOULTRIE, Ga. (WALB) - A teenager wanted in a shooting Saturday night "
                    "in Moultrie was arrested Wednesday afternoon, police said. Odell Trask, 17, "
                    "turned himself in at the police department with his lawyer and was "
                    "charged with aggravated assault. Police said he fired into a crowd "
                    "during an argument at a party and hit a woman in the leg."
                ),
            ),
        ],
    ),
    (
        "sp3",
        "control: one block number of two streets in one week, a man of 24 in each",
        "apart",
        [
            (
                "sp3a",
                "2024-04-08T12:00:00Z",
                "https://www.wgntv.com/news/man-24-shot-hollins-avenue",
                "Man, 24, shot on Hollins Avenue",
                (
                    "CHICAGO - A 24-year-old man was shot and wounded Sunday afternoon in the "
                    "1300 block of Hollins Avenue, Chicago police said. He was standing on the "
                    "sidewalk when someone in a gray sedan opened fire. He is in fair condition at "
                    "Mount Sinai Hospital. No one is in custody."
                ),
            ),
            (
                "sp3b",
                "2024-04-11T12:00:00Z",
                "https://www.nbcchicago.com/news/local/man-shot-wexler-street",
                "Man shot in the leg on Wexler Street",
                (
                    "CHICAGO - A 24-year-old man was wounded in the leg Wednesday night in the "
                    "1300 block of Wexler Street, police said. He told officers he heard shots "
                    "and felt pain while walking home from a bus stop. He drove himself to "
                    "Stroger Hospital, where his condition was stabilized."
                ),
            ),
        ],
    ),
    (
        "sp4",
        "control: a big city's Saturday, a man wounded and a teen charged in another shooting",
        "apart",
        [
            (
                "sp4a",
                "2024-06-10T13:00:00Z",
                "https://www.actionnews5.com/news/man-wounded-saturday-shooting-memphis",
                "Man wounded in Saturday shooting in Memphis",
                (
                    "MEMPHIS, Tenn. (WMC) - A man was wounded in a shooting Saturday night in "
                    "Memphis, police said. Dontae Harlow, 22, was taken to Regional One Health "
                    "in critical condition. Officers said he was shot after an argument outside "
                    "a convenience store. Police have not named a suspect."
                ),
            ),
            (
                "sp4b",
                "2024-06-12T15:00:00Z",
                "https://www.localmemphis.com/article/news/crime/teen-charged-saturday-shooting",
                "Teen charged in Saturday shooting in Memphis",
                (
                    "MEMPHIS, Tenn. - A teenager was charged Tuesday in a shooting Saturday "
                    "night that wounded a man at an apartment complex in Memphis, police said. "
                    "Jalen Corbett, 17, was charged with aggravated assault and is held at "
                    "juvenile court. The man shot told officers he had been robbed of his car "
                    "keys and phone before the gunfire."
                ),
            ),
        ],
    ),
]
