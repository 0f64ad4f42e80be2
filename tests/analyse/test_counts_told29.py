"""Tolls told in the wording the helpers of session 26 left as misses (`counts29`): 36
invented reports, written before any rule, in five classes: a victim shot days before who
"has died" (a), the one "treated" beside the dead (b: 'a third was treated'), "the woman
wounded in ... has died" (c: the participle parsed as the main verb), "struck in the arm"
two sentences after the gunfire (d), and murder charges "in the death of" (e).

6f9b4d9 read 29 of 36; `syntax._participle_root`, `verbs._struck_in_body_part` and
`people._bare_ordinal_person` read 35 (b4 reworded after: 34).
The misses left: b4, a wounded woman beside two dead people, and d4, the trooper hit beside the
driver killed (the dead driver is the attacker, which nothing in the text's words marks,
so the hit trooper is taken for the dead man).
"""

from __future__ import annotations

import pytest
from tests.analyse.counts_helpers import Case, case_params, read_case

from newsfold.analyse.counts.people import _bare_ordinal_person
from newsfold.analyse.counts.verbs import _struck_in_body_part
from newsfold.analyse.nlp import get_nlp

CASES: list[Case] = [
    (
        "a1",
        "Man shot last week dies",
        "PHOENIX (KTAR) - Police say a man shot last week near 35th Avenue and Thomas Road "
        "has died. Detectives are now investigating the case as a homicide.",
        1,
        0,
    ),
    (
        "a2",
        "Teen dies",
        "A teenager shot outside a convenience store on Friday has died at the hospital, "
        "Memphis police said Monday.",
        1,
        0,
    ),
    (
        "a3",
        "Victim dies",
        "The man who was shot on Oak Street last Tuesday has died, according to the county "
        "coroner.",
        1,
        0,
    ),
    (
        "a4",
        "Woman dies days after shooting",
        "DAYTON, Ohio - A woman shot in her driveway on Saturday night has died, police said."
        " No arrests have been made.",
        1,
        0,
    ),
    (
        "a5",
        "Shooting victim dies",
        "A 34-year-old man shot during an argument at a bar on Main Street earlier this month"
        " has died of his injuries, police announced Wednesday.",
        1,
        0,
    ),
    (
        "a6",
        "Man dies",
        "The victim of a shooting on Elm Avenue last weekend has died, police said.",
        1,
        0,
    ),
    (
        "b1",
        "Second victim dies",
        "A second person has died after the shooting on Grant Street last weekend, police "
        "said. Two people have now died and a third was treated for minor injuries.",
        2,
        1,
    ),
    (
        "b2",
        "Two dead",
        "Two men were killed in a shooting early Sunday. A third man was treated at the scene"
        " for a leg wound.",
        2,
        1,
    ),
    (
        "b3",
        "One dead",
        "One man died and another was treated for a gunshot wound to the hand after a "
        "shooting on Pine Street, police said.",
        1,
        1,
    ),
    (
        "b4",
        "Shooting",
        "Two people were shot dead outside a nightclub. A woman was treated for a graze wound"
        " and went home that night.",
        2,
        1,
    ),
    (
        "b5",
        "Shooting",
        "A man was killed Saturday in a shooting on Lake Street. A second victim was treated "
        "for a graze wound.",
        1,
        1,
    ),
    (
        "c1",
        "Victim dies",
        "The woman wounded in last week's shooting on Center Street has died from her injuries.",
        1,
        0,
    ),
    (
        "c2",
        "Man dies",
        "The man wounded in Friday's shooting on Elm Street has died, police said.",
        1,
        0,
    ),
    (
        "c3",
        "Teen dies",
        "A teen injured in a shooting last week has died from his wounds, family members said.",
        1,
        0,
    ),
    (
        "c4",
        "Boy dies",
        "The 12-year-old boy wounded in a drive-by shooting on Sunday has died, Chicago "
        "police said.",
        1,
        0,
    ),
    (
        "c5",
        "Clerk dies",
        "A store clerk wounded during a robbery on Maple Avenue last month has died, police "
        "said Thursday.",
        1,
        0,
    ),
    (
        "c6",
        "Officer dies",
        "The officer wounded in Tuesday's shootout has died, the police chief said.",
        1,
        0,
    ),
    (
        "d1",
        "Deputies fire on suspect",
        "Deputies returned fire after a suspect shot at them during a traffic stop on Route "
        "30. The suspect was killed. One deputy was struck in the arm and is expected to "
        "recover.",
        1,
        1,
    ),
    (
        "d2",
        "Officer hurt",
        "A man opened fire on officers outside an apartment on Pike Street on Monday. "
        "Officers arrested him after a brief chase. One officer was struck in the leg and "
        "taken to a hospital.",
        0,
        1,
    ),
    (
        "d3",
        "Gunfire at party",
        "Gunfire broke out at a house party early Saturday, police said. Dozens of guests "
        "ran. A 19-year-old was struck in the shoulder.",
        0,
        1,
    ),
    (
        "d4",
        "Trooper hurt",
        "A driver fired at a trooper during a stop on Interstate 70. The driver was killed "
        "when the trooper returned fire. The trooper was hit in the hand and is recovering.",
        1,
        1,
    ),
    (
        "d5",
        "Shots fired",
        "Someone fired several shots at a car on Walnut Street on Sunday night. The car "
        "crashed into a pole. The driver was struck in the back and is in stable condition.",
        0,
        1,
    ),
    (
        "e1",
        "Man charged",
        "A 24-year-old man was charged with first-degree murder in the death of a woman found"
        " in a home on Hill Street, prosecutors said.",
        1,
        0,
    ),
    (
        "e2",
        "Teen charged",
        "A 17-year-old is charged with second-degree murder over the death of a man "
        "outside a gas station last week.",
        1,
        0,
    ),
    (
        "e3",
        "Arrest made",
        "Police arrested a man Tuesday and charged him with murder in the shooting death of "
        "his neighbor.",
        1,
        0,
    ),
    (
        "e4",
        "Woman charged",
        "A woman faces a charge of first-degree murder in the death of her husband, who was "
        "shot at their home on Sunday.",
        1,
        0,
    ),
    (
        "e5",
        "Suspect charged",
        "Prosecutors charged a 30-year-old man with murder in the death of Marcus Hill, 26, "
        "police said.",
        1,
        0,
    ),
    (
        "c7",
        "Man recovering",
        "A man wounded in Sunday's shooting on Vine Street is recovering at a hospital, "
        "police said.",
        0,
        1,
    ),
    (
        "c8",
        "Bystander hurt",
        "A bystander wounded in the crossfire on Tuesday remains in critical condition.",
        0,
        1,
    ),
    (
        "c9",
        "Victim released",
        "The second man wounded in Saturday's shooting on Elm Street has been released from "
        "the hospital.",
        0,
        1,
    ),
    (
        "c10",
        "Girl dies",
        "The girl injured in the drive-by shooting on Linden Avenue has died, her family said.",
        1,
        0,
    ),
    (
        "c11",
        "Victim dies",
        "The woman shot in last week's robbery on Main Street has died from her wounds.",
        1,
        0,
    ),
    (
        "b6",
        "Shooting",
        "Two men died after a shooting outside a bar on Friday. A third was treated for minor"
        " injuries at a hospital.",
        2,
        1,
    ),
    (
        "b7",
        "Shooting",
        "Police said two people were killed. A third person was treated for a gunshot wound "
        "and released.",
        2,
        1,
    ),
    (
        "d6",
        "Shooting",
        "A gunman fired into a crowd outside a restaurant on Saturday. Police arrested him "
        "minutes later. A woman was struck in the leg.",
        0,
        1,
    ),
    (
        "d7",
        "Crash",
        "A car ran a red light and crashed into a bus on Main Street. The driver fled. A "
        "passenger was struck in the head by debris.",
        0,
        0,
    ),
]

MISSES: dict[str, str] = {
    "d4": "(1, 0): the dead driver is the attacker, and the trooper hit is taken for him",
}


@pytest.mark.parametrize("case_id", case_params(CASES, MISSES))
def test_invented_tolls(case_id: str) -> None:
    got, want = read_case(CASES, case_id)
    assert got == want


@pytest.mark.parametrize("case_id", ["c1", "c10", "c11"])
def test_the_participle_describes_the_one_who_died(case_id: str) -> None:
    # "The woman wounded in ... has died": one dead, not also one wounded
    assert read_case(CASES, case_id)[0] == (1, 0)


@pytest.mark.parametrize("case_id", ["d1", "d3", "d6"])
def test_struck_in_a_body_part_two_sentences_after_gunfire(case_id: str) -> None:
    got, want = read_case(CASES, case_id)
    assert got == want


def test_struck_in_a_body_part_by_debris_without_gunfire() -> None:
    assert read_case(CASES, "d7")[0] == (0, 0)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("One deputy was struck in the arm.", True),
        ("A woman was hit twice in the leg.", True),
        ("A man was struck by a car.", False),
        ("The bus was hit in the crash.", False),
    ],
)
def test_struck_in_body_part(sentence: str, want: bool) -> None:
    assert _struck_in_body_part(sentence) is want


@pytest.mark.parametrize("case_id", ["b1", "b6"])
def test_a_third_beside_the_dead(case_id: str) -> None:
    got, want = read_case(CASES, case_id)
    assert got == want


def test_bare_ordinal_person() -> None:
    doc = get_nlp()("Two men died and a third was treated at a hospital.")
    third = next(t for t in doc if t.lower_ == "third")
    assert _bare_ordinal_person(third, "a")
    assert not _bare_ordinal_person(third, "the")
