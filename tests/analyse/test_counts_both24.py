"""Tolls of invented US local-news snippets (session 24, h-counts24): a death under the
headline over a text that closes "No officers were hurt" / "No one else was injured" (a claim
of none is no injured count); "Both were taken to ..., where the man later died" after a man
shot someone and then himself ("both" is everyone harmed, the attacker included); "Three
people were shot ... A fourth person was grazed" (an ordinal one past the number is one more);
with controls. Each case: (id, title, text, killed, injured) as GVA would count them (everyone
shot, the shooter included). The cases the rules still miss are in `MISSES`."""

from __future__ import annotations

import pytest

from .counts_helpers import case_params, read_case

CASES: list[tuple[str, str, str, int, int]] = [
    (
        "n01",
        "Man fatally shot in Topeka",
        "A man was shot outside an apartment on Maple Street on Monday night, police said. No"
        " officers were hurt.",
        1,
        0,
    ),
    (
        "n02",
        "Teen shot to death in Dayton",
        "A 17-year-old was shot on West Third Street on Sunday. No one else was injured, "
        "police said.",
        1,
        0,
    ),
    (
        "n03",
        "Woman killed in Macon shooting",
        "Deputies said a woman was shot in her driveway on Tuesday evening. No other people "
        "were hurt.",
        1,
        0,
    ),
    (
        "n04",
        "Man shot dead after chase",
        "A man who fired at deputies after a chase in rural Pike County was shot by a deputy,"
        " the sheriff said. No deputies were injured.",
        1,
        0,
    ),
    (
        "n05",
        "Suspect killed in shootout with police",
        "A suspect was shot during a gunfight with Mesa police on Friday, officials said. No "
        "officers were wounded.",
        1,
        0,
    ),
    (
        "n06",
        "Clerk shot to death in robbery",
        "A clerk was shot during a robbery at a gas station on Route 9 on Thursday. No "
        "customers were hurt, police said.",
        1,
        0,
    ),
    (
        "n07",
        "Man killed in Erie shooting",
        "Police said a man was shot on Parade Street early Saturday. Nobody else was hurt.",
        1,
        0,
    ),
    (
        "n08",
        "Man fatally shot by trooper",
        "A man was shot by a state trooper during a traffic stop on Interstate 80 on Sunday. "
        "The trooper was not hurt.",
        1,
        0,
    ),
    (
        "n09",
        "Man shot dead in Flint",
        "A man was shot on Dort Highway on Monday. No bystanders were injured, police said.",
        1,
        0,
    ),
    (
        "n10",
        "Woman shot to death in Tulsa home",
        "A woman was shot inside a home on East Pine Street on Wednesday. Two children in the"
        " home were not hurt, police said.",
        1,
        0,
    ),
    (
        "c01",
        "Man fatally shot in Topeka",
        "A man was shot outside an apartment on Maple Street on Monday night. A woman was "
        "wounded in the leg, police said.",
        1,
        1,
    ),
    (
        "c03",
        "Man killed in Erie shooting",
        "Police said a man was shot on Parade Street early Saturday. Two other men were injured.",
        1,
        2,
    ),
    (
        "b01",
        "Man wounds wife, then shoots self in Reno",
        "RENO, Nev. - A man shot his wife at their home on Sunday and then shot himself, "
        "police said. Both were taken to Renown Regional Medical Center, where the man later "
        "died. The woman survived.",
        1,
        1,
    ),
    (
        "b02",
        "Police: Man shot girlfriend, then himself",
        "A Wichita man shot his girlfriend in a parking lot on Friday night before turning "
        "the gun on himself, police said. Both were rushed to Wesley Medical Center, where he"
        " died early Saturday. She is in stable condition.",
        1,
        1,
    ),
    (
        "b03",
        "Father shoots son, self in Ogden",
        "OGDEN, Utah - A father shot his adult son during an argument on Tuesday and then "
        "shot himself, officers said. The two were flown to McKay-Dee Hospital, where the "
        "father died. The son is expected to live.",
        1,
        1,
    ),
    (
        "b04",
        "Man shoots neighbor, then self",
        "Deputies said a man shot his neighbor over a fence dispute in rural Lee County on "
        "Monday and then shot himself. Both were taken to a hospital in Fort Myers, where the"
        " man died hours later.",
        1,
        1,
    ),
    (
        "b05",
        "Murder-suicide attempt in Akron",
        "A man shot his estranged wife outside her apartment in Akron on Thursday and then "
        "shot himself, police said. Both were taken to Summa Health, where he was pronounced "
        "dead.",
        1,
        1,
    ),
    (
        "b06",
        "Two shot in Reno",
        "Two men were shot outside a bar on Sunday. Both were taken to Renown Regional "
        "Medical Center, where one later died.",
        1,
        1,
    ),
    (
        "b07",
        "Man shoots wife, self; both die",
        "A man shot his wife and then himself at their home in Salem on Friday. Both died at "
        "the scene, police said.",
        2,
        0,
    ),
    (
        "b08",
        "Man shoots wife, self; both hospitalized",
        "A man shot his wife and then shot himself at their home in Salem on Friday, police "
        "said. Both were taken to Salem Hospital in critical condition.",
        0,
        2,
    ),
    (
        "b09",
        "Man kills wife, then himself",
        "TOPEKA, Kan. - A man shot and killed his wife inside their home on Monday and then "
        "shot himself, police said. He died later at Stormont Vail Hospital.",
        2,
        0,
    ),
    (
        "b10",
        "Man shoots ex, self in Fresno",
        "A man shot his former girlfriend outside her workplace on Wednesday and then shot "
        "himself, officers said. The pair were taken to Community Regional Medical Center, "
        "where the man later died. The woman survived.",
        1,
        1,
    ),
    (
        "b11",
        "Man shoots brother, then self",
        "A man shot his brother at a home on Elm Street in Dover on Saturday and then shot "
        "himself, police said. Both were taken to Bayhealth, where the brother died. The man "
        "is in critical condition.",
        1,
        1,
    ),
    (
        "o01",
        "Three shot in Lansing",
        "Three people were shot on Saginaw Street in Lansing on Sunday. A fourth person was "
        "grazed by a bullet and declined treatment, police said.",
        0,
        4,
    ),
    (
        "o02",
        "Two wounded in Dayton shooting",
        "Two men were shot outside a bar on Wayne Avenue early Saturday, police said. A third"
        " man was grazed in the arm and treated at the scene.",
        0,
        3,
    ),
    (
        "o03",
        "Two killed in Macon",
        "Two people were killed in a shooting on Pio Nono Avenue on Friday night. A third "
        "person was wounded and taken to Atrium Health, deputies said.",
        2,
        1,
    ),
    (
        "o04",
        "Four shot at Tulsa party",
        "Four people were shot at a house party in north Tulsa early Sunday. A fifth person "
        "was hit by a bullet fragment and treated at the scene, police said.",
        0,
        5,
    ),
    (
        "o05",
        "Man killed in Erie",
        "A man was shot and killed on Parade Street on Monday. A second man was wounded, "
        "police said.",
        1,
        1,
    ),
    (
        "o06",
        "Two shot, one dies",
        "Two people were shot on Elm Street in Peoria on Tuesday. A second victim died at the"
        " hospital on Wednesday, police said.",
        1,
        1,
    ),
    (
        "o07",
        "Three shot in Akron",
        "Three people were shot in Akron on Saturday. A third victim, a girl of 17, was listed "
        "in serious condition at a hospital.",
        0,
        3,
    ),
    (
        "o08",
        "Two shot in Gary",
        "Two teens were shot on a basketball court in Gary on Monday. A third teen was grazed"
        " and ran home, police said.",
        0,
        3,
    ),
    (
        "o09",
        "Three wounded in Flint",
        "Three people were wounded in a shooting on Dort Highway on Friday. A fourth person "
        "was shot in the leg, police said.",
        0,
        4,
    ),
    (
        "o10",
        "Two dead in Jackson shooting",
        "Two men were shot dead outside a store on Terry Road on Saturday. A third man was "
        "shot and is expected to survive.",
        2,
        1,
    ),
    (
        "o11",
        "Five shot in Chicago",
        "Five people were shot in the Austin neighborhood on Sunday. A fifth victim, a woman,"
        " was listed in good condition.",
        0,
        5,
    ),
]

MISSES: dict[str, str] = {
    "b02": "(1, 2): 'before turning the gun on himself' is read as his death, and 'Both' as two "
    "victims besides him",
    "o06": "(2, 0): 'A second victim died' after 'Two people were shot' is read as a second death",
}


@pytest.mark.parametrize("case_id", case_params(CASES, MISSES))
def test_invented_tolls(case_id: str) -> None:
    got, want = read_case(CASES, case_id)
    assert got == want


# --- one test per rule the cases above led to (each case failed before its rule)


@pytest.mark.parametrize("case_id", ["n01", "n02", "n03", "n05", "n07", "n09"])
def test_a_claim_of_no_one_hurt_is_no_injured_count(case_id: str) -> None:
    # "Man fatally shot" over "A man was shot ... No officers were hurt": one dead, none hurt
    got, want = read_case(CASES, case_id)
    assert got == want


@pytest.mark.parametrize("case_id", ["b01", "b03", "b04", "b08", "b10"])
def test_both_after_a_man_shot_someone_and_himself_includes_him(case_id: str) -> None:
    # "shot his wife ... then shot himself. Both were taken to ..., where the man later died"
    got, want = read_case(CASES, case_id)
    assert got == want


@pytest.mark.parametrize("case_id", ["o01", "o02", "o04", "o08"])
def test_an_ordinal_one_past_the_number_is_one_more(case_id: str) -> None:
    # "Three people were shot ... A fourth person was grazed": four hurt
    got, want = read_case(CASES, case_id)
    assert got == want
