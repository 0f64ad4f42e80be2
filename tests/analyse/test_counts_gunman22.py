"""Tolls of invented US local-news snippets about the gunman's own death and lists of the
dead (session 23, h-counts22): "before police killed him", "then took his own life", "killed
his ex-wife and her boyfriend", "Hill died at the scene; Webb died Sunday", with controls (a
gunman arrested, one who fled, a suicide that is the only death, an animal killed). Each case:
(id, title, text, killed, injured) as GVA would count them (everyone shot, the shooter
included; animals are no one). The cases the rules still miss are listed in `MISSES`."""

from __future__ import annotations

import pytest

from .counts_helpers import case_params, read_case

CASES: list[tuple[str, str, str, int, int]] = [
    (
        "g01",
        "Gunman kills two at tire shop before deputies kill him",
        "OCALA, Fla. - A man walked into a tire shop on Pine Avenue on Thursday and shot "
        "two employees to death before deputies killed him in the parking lot, the Marion "
        "County Sheriff's Office said.",
        3,
        0,
    ),
    (
        "g02",
        "Shooter dead after wounding three",
        "A gunman wounded three people at a bowling alley in Lubbock on Saturday night "
        "before officers shot and killed him, police said. The three victims were taken "
        "to University Medical Center.",
        1,
        3,
    ),
    (
        "g03",
        "Man shoots neighbor, then takes own life",
        "A Casper man shot his neighbor during an argument over a fence on Monday and "
        "then took his own life, police said. The neighbor, 64, died at the scene.",
        2,
        0,
    ),
    (
        "g04",
        "Two dead in apparent murder-suicide",
        "CHEYENNE, Wyo. - A man shot and killed his girlfriend at their apartment Tuesday "
        "and then took his own life, police said.",
        2,
        0,
    ),
    (
        "g05",
        "Standoff ends with suspect dead",
        "A man who shot a clerk at a gas station in Billings barricaded himself in a "
        "motel room for five hours. When SWAT officers went in Wednesday night they found "
        "him dead of a self-inflicted gunshot wound. The clerk was in stable condition, "
        "police said.",
        1,
        1,
    ),
    (
        "g06",
        "Suspect found dead after killing woman",
        "Police in Macon said a man who killed a woman outside a laundromat Friday was "
        "found dead of a self-inflicted gunshot wound hours later in a wooded area near "
        "his home.",
        2,
        0,
    ),
    (
        "g07",
        "Man kills ex-wife and her boyfriend",
        "A Tulsa man shot and killed his ex-wife and her boyfriend at her home on Sunday, "
        "police said. He was arrested at a traffic stop an hour later.",
        2,
        0,
    ),
    (
        "g08",
        "Man kills ex-girlfriend, her mother",
        "A 34-year-old man killed his ex-girlfriend and her mother inside a house on Oak "
        "Street in Waco on Friday, police said. Officers arrested him without incident.",
        2,
        0,
    ),
    (
        "g09",
        "Gunman kills wife and her sister, then himself",
        "A man shot and killed his wife and her sister at a home in Lufkin on Saturday "
        "before turning the gun on himself, police said.",
        3,
        0,
    ),
    (
        "g10",
        "Couple dead in murder-suicide",
        "Deputies found a husband and wife dead inside their home in Hernando on Monday "
        "in what the sheriff called a murder-suicide. The husband shot his wife and then "
        "himself. The wife and the husband were both 71.",
        2,
        0,
    ),
    (
        "g11",
        "Murder-suicide leaves two dead, child hurt",
        "A man shot his girlfriend and her son before shooting himself in Joliet on "
        "Friday, police said. The woman and the man died. The boy, 9, was in serious "
        "condition.",
        2,
        1,
    ),
    (
        "g12",
        "Two die after shooting on Dorr Street",
        "TOLEDO, Ohio - Two men shot outside a bar on Dorr Street on Saturday have died, "
        "police said. Andre Hill, 30, and Marcus Webb, 28, were found in the parking lot. "
        "Hill died at the scene; Webb died Sunday at the hospital.",
        2,
        0,
    ),
    (
        "g13",
        "Both victims of Elm Street shooting have died",
        "Jada Price, 19, and Kevin Ruiz, 20, were shot while sitting on a porch on Elm "
        "Street in Gary on Tuesday. Price died that night; Ruiz died on Thursday, the "
        "Lake County coroner said.",
        2,
        0,
    ),
    (
        "g14",
        "Gunman arrested after killing one",
        "A man who shot and killed a customer at a pizza restaurant in Fresno on Sunday "
        "was arrested a block away, police said. No one else was hurt.",
        1,
        0,
    ),
    (
        "g15",
        "Shooter flees after wounding two",
        "Two men were wounded when a gunman opened fire outside a nightclub in Shreveport "
        "early Sunday. The shooter fled in a dark sedan, police said.",
        0,
        2,
    ),
    (
        "g16",
        "Man dies in apparent suicide at park",
        "A man died of a self-inflicted gunshot wound at a park in Boise on Tuesday, "
        "police said. No one else was involved.",
        1,
        0,
    ),
    (
        "g17",
        "Dog killed in shooting",
        "A dog was shot and killed in a yard on Maple Street in Topeka on Sunday, police "
        "said. No people were hurt.",
        0,
        0,
    ),
    (
        "g18",
        "Gunman kills one, then himself at office",
        "A man opened fire at an insurance office in Fargo on Wednesday, killing one "
        "employee, before taking his own life, police said.",
        2,
        0,
    ),
    (
        "g19",
        "Police: man killed mother, then was killed by officers",
        "A man shot and killed his mother at her house in Pueblo on Tuesday and was then "
        "shot and killed by police after he pointed the gun at officers, the department "
        "said.",
        2,
        0,
    ),
    (
        "g20",
        "Gunman dies after firing at deputies",
        "A man fired at deputies during a traffic stop in Conroe on Friday before "
        "deputies shot him. He died at the hospital. No deputies were hurt.",
        1,
        0,
    ),
    (
        "g21",
        "Suspect shot by police after killing clerk",
        "A man who killed a clerk during a robbery in Mobile on Saturday was shot by "
        "police a few minutes later. He was in critical condition, police said.",
        1,
        1,
    ),
    (
        "g22",
        "Man kills wife, shoots himself; he survives",
        "A man shot and killed his wife at their home in Ames on Monday and then shot "
        "himself, police said. He survived and was taken to a hospital in Des Moines.",
        1,
        1,
    ),
    (
        "g23",
        "Gunman kills three at party, flees",
        "Three people were killed and two wounded when a man opened fire at a birthday "
        "party in Stockton on Saturday. The gunman ran off before police arrived.",
        3,
        2,
    ),
    (
        "g24",
        "Woman kills boyfriend in self-defense",
        "A woman shot and killed her boyfriend at their apartment in Reno on Friday after "
        "he attacked her, police said. She was not charged.",
        1,
        0,
    ),
    (
        "g25",
        "Suicide the only death",
        "A 45-year-old man shot himself at his home in Sioux Falls on Sunday and died, "
        "police said.",
        1,
        0,
    ),
    (
        "g26",
        "Trooper kills man who shot at him",
        "A state trooper shot and killed a man who fired at him during a traffic stop on "
        "Interstate 35 near Ardmore on Monday, the Oklahoma Highway Patrol said. The "
        "trooper was not hurt.",
        1,
        0,
    ),
    (
        "g27",
        "Man kills his parents",
        "A 22-year-old man shot and killed his mother and his father at their home in "
        "Eugene on Tuesday, police said. He was arrested on two counts of murder.",
        2,
        0,
    ),
    (
        "g28",
        "Man kills two neighbors",
        "A man shot and killed his neighbor and her husband during a dispute over a dog "
        "in Yakima on Sunday, deputies said.",
        2,
        0,
    ),
    (
        "g29",
        "Gunman killed himself after shooting wife",
        "A man shot his wife in the leg at their home in Pocatello on Friday and then "
        "killed himself, police said. The wife is expected to survive.",
        1,
        1,
    ),
    (
        "g30",
        "Horse shot dead",
        "A horse was shot and killed in a pasture near Lamar on Saturday, deputies said. "
        "The owner found the animal the next morning.",
        0,
        0,
    ),
    (
        "g31",
        "Police kill man who shot two",
        "Officers in Wichita shot and killed a man who had shot two people outside a "
        "grocery store on Thursday, police said. The two victims were in stable "
        "condition.",
        1,
        2,
    ),
    (
        "g32",
        "Three dead in murder-suicide",
        "A man shot and killed his two sons at their home in Pueblo on Wednesday and then "
        "turned the gun on himself, police said. The three were found by a relative.",
        3,
        0,
    ),
    (
        "g33",
        "Gunman found dead after shooting",
        "A man who shot a woman outside a bank in Bangor on Monday was found dead in his "
        "car hours later, having shot himself, the police chief said. The woman was "
        "treated for a wound to her arm.",
        1,
        1,
    ),
    (
        "g34",
        "Man arrested in deaths of two",
        "Police in Lansing arrested a 29-year-old man on Sunday in the shooting deaths of "
        "two men outside a bar on Saturday night.",
        2,
        0,
    ),
    (
        "g35",
        "Two killed; Lee died at scene, Park at hospital",
        "Two women were shot at a nail salon in Duluth on Friday. Lee died at the scene; "
        "Park died at the hospital, police said.",
        2,
        0,
    ),
    (
        "g36",
        "Gunman shoots couple, then himself",
        "A man shot a couple outside their home in Fort Smith on Sunday and then shot "
        "himself, police said. All three died.",
        3,
        0,
    ),
    (
        "g37",
        "Cat killed by gunfire",
        "A cat was killed when someone fired several shots at a house on Birch Road in "
        "Joplin on Monday night, police said. No one inside was hurt.",
        0,
        0,
    ),
    (
        "g38",
        "Ex-boyfriend kills woman and her new partner",
        "A man shot and killed his former girlfriend and her new boyfriend at a house in "
        "Tyler on Saturday before fleeing, police said.",
        2,
        0,
    ),
    (
        "g39",
        "Deputies kill gunman who shot a deputy",
        "A man shot a deputy in the arm during a domestic call in Pasco County on Tuesday "
        "before other deputies killed him, the sheriff said. The deputy is expected to "
        "recover.",
        1,
        1,
    ),
    (
        "g40",
        "Gunman killed by police at mall",
        "A gunman killed two shoppers at a mall in Omaha on Saturday before police killed "
        "him, officials said. Four others were wounded.",
        3,
        4,
    ),
    (
        "g41",
        "Woman kills husband, then herself",
        "A woman shot and killed her husband at their home in Flagstaff on Sunday and "
        "then took her own life, police said.",
        2,
        0,
    ),
    (
        "g42",
        "Teen shot, suspect in custody",
        "A boy, 16, was fatally shot on Grand Avenue in Kansas City on Friday. "
        "A 19-year-old man was arrested on Saturday, police said.",
        1,
        0,
    ),
    (
        "g43",
        "Man dies after shooting himself accidentally",
        "A man cleaning a rifle at his home in Bismarck accidentally shot himself on "
        "Saturday and died at the hospital, police said.",
        1,
        0,
    ),
    (
        "g44",
        "Gunman kills coworker, then is killed by guard",
        "A man shot a coworker to death at a warehouse in Memphis on Monday before a "
        "security guard shot and killed him, police said.",
        2,
        0,
    ),
]


# what the rules still get wrong: (killed, injured) read, and why
MISSES: dict[str, str] = {
    "g21": "(1, 0): the attacker shot by police after killing a clerk is taken off as the clerk",
}


@pytest.mark.parametrize("case_id", case_params(CASES, MISSES))
def test_invented_tolls(case_id: str) -> None:
    got, want = read_case(CASES, case_id)
    assert got == want


# --- one test per rule the cases above led to (each case failed before its rule)


@pytest.mark.parametrize("case_id", ["g01", "g39", "g40", "g44"])
def test_him_killed_after_his_attack_is_the_attacker(case_id: str) -> None:
    # "shot two employees to death before deputies killed him": three dead
    got, want = read_case(CASES, case_id)
    assert got == want


@pytest.mark.parametrize("case_id", ["g07", "g08"])
def test_a_hyphenated_kin_word_keeps_its_coordination(case_id: str) -> None:
    # "killed his ex-wife and her boyfriend": two people, not "ex" alone
    got, want = read_case(CASES, case_id)
    assert got == want


def test_the_victim_told_back_is_not_the_attacker_who_killed_himself() -> None:
    # "shot his neighbor ... then took his own life. The neighbor, 64, died"
    assert read_case(CASES, "g03")[0] == (2, 0)
