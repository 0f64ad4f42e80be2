"""analyse/where: invented US local-news reports whose scene's town lost to a town the story
names for another role (h-city51).

k*: a shooting in a small town that the headline or the lede files under its county ("Boy, 4,
shot in Bertie County", "the Wilcox County Sheriff's Office said"), the town named in the same
or a later sentence. GeoNames' list of towns of 1,000 people or more gives each its county; a
smaller town took the county of the nearest bigger one, which near a county line is the
neighbour's (Aulander, in Bertie County, N.C., was Hertford's). The town then read as lying
outside the county the text names, and the event went to the county's seat (Windsor, Eutaw,
Camden...). Fixed in the gazetteer: such a town takes the county of its own ZIP codes
(`gazetteer._usps_county`).

c*: a report of the case names the court's town again and again ("arraigned in Superior Court
in New Britain", "due back in New Britain court", "returns to court in Edwardsville", "before a
judge in Media"), the scene's once or twice: the court's town is weighed down and kept out of
the scene as a vigil's is (`where.courts._court_town`).

t*: the headline and the lede name someone's home town ("Akron teen killed", "An Akron
teenager was killed ..."), and a later sentence gives the scene's address through the town's
own police ("Barberton police said the car was parked ... on Wooster Road in Barberton"): an
address a town's police give in their own town is the scene's (`event_place._event_place`,
`policed_sents`), and a home town's "X man" gives way to it in the headline too.

The places and outlets are real, the events and every sentence invented. On main (f3d0db1): k*
and x* 4 of 12 right (k04 and the controls), c* 6 of 11, t* and y* 5 of 12; here 12, 9 and 9.
"""

from __future__ import annotations

import pytest

from newsfold.analyse.where.courts import _court_town
from newsfold.analyse.where.mentions import _Mention

from .where_helpers import probe_table

U = "https://www.example-news.com/story/"

# (id, headline, address, text, the town, the state): k* a small town and its county named,
# x* controls (a county alone, a town of its own county, a home in another county), c* a
# court's town named more often than the scene's, t* a home town in the headline and the lede
# ("Akron teen killed", "An Akron teenager ...") and the scene's address given by its own
# town's police further down, y* its controls
PROBES: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    (
        "k01",
        "Boy, 4, shot in Bertie County",
        U + "k01",
        (
            "A four-year-old boy was shot Sunday afternoon, according to the Bertie County "
            "Sheriff's Office.\n\nThe boy went to a hospital with injuries that are not "
            "life-threatening. Deputies said they are still investigating how he got hold of "
            "the gun.\n\nThe shooting happened at a home on Granville Street in Aulander, "
            "deputies said."
        ),
        ("Aulander",),
        "North Carolina",
    ),
    (
        "k02",
        "Man killed in Greene County shooting",
        U + "k02",
        (
            "Greene County deputies are investigating the death of a man who was shot Saturday "
            "night in Forkland.\n\nSheriff Joe Bell said the man was found in the yard of a "
            "home and died at the scene. A suspect was taken into custody."
        ),
        ("Forkland",),
        "Alabama",
    ),
    (
        "k03",
        "Wilcox County woman wounded",
        U + "k03",
        (
            "CAMDEN, Ala. - A woman was wounded by gunfire Friday at a house in Pine Hill, the "
            "Wilcox County Sheriff's Office said. She was flown to a hospital in Montgomery."
        ),
        ("Pine Hill",),
        "Alabama",
    ),
    (
        "k04",
        "Teen shot in Colbert County",
        U + "k04",
        (
            "A 16-year-old was shot in the leg late Tuesday, the Colbert County Sheriff's "
            "Office said.\n\nInvestigators said several young men had been arguing outside a "
            "convenience store. The teen was taken to a hospital in Sheffield.\n\nThe store is "
            "on Main Street in Leighton."
        ),
        ("Leighton",),
        "Alabama",
    ),
    (
        "k05",
        "Woodruff County deputies: man shot during argument",
        U + "k05",
        (
            "Woodruff County deputies say a man was shot during an argument Sunday.\n\nThe man "
            "was taken to a hospital. Deputies arrested his neighbor.\n\nThe shooting happened "
            "at a home in Cotton Plant, Sheriff Phil Reed said."
        ),
        ("Cotton Plant",),
        "Arkansas",
    ),
    (
        "k06",
        "Phillips County shooting leaves one dead",
        U + "k06",
        (
            "One man is dead after a shooting Saturday night in Phillips County.\n\nThe "
            "Phillips County Sheriff's Office said deputies found the man in a car on a road in "
            "Elaine. He had been shot several times."
        ),
        ("Elaine",),
        "Arkansas",
    ),
    (
        "k07",
        "Ouachita County man charged in shooting",
        U + "k07",
        (
            "An Ouachita County man has been charged with first-degree battery after a "
            "shooting Thursday.\n\nThe Ouachita County Sheriff's Office said a woman was shot "
            "in the arm at a residence in Bearden. She was treated and released."
        ),
        ("Bearden",),
        "Arkansas",
    ),
    (
        "k08",
        "Cullman County deputies investigate shooting",
        U + "k08",
        (
            "Cullman County deputies investigated a shooting Monday that left a man wounded.\n\n"
            "The man was shot in the chest at a house on County Road 1 in Holly Pond. He was "
            "airlifted to a Birmingham hospital."
        ),
        ("Holly Pond",),
        "Alabama",
    ),
    (
        "k09",
        "Coffee County man shot by relative",
        U + "k09",
        (
            "ENTERPRISE, Ala. - A Coffee County man was shot by a relative during a fight at his "
            "home in Kinston on Wednesday, the sheriff said. The relative was arrested."
        ),
        ("Kinston",),
        "Alabama",
    ),
    (
        "x01",
        "Man wounded in Bertie County",
        U + "x01",
        (
            "A man was wounded by gunfire Saturday night in Bertie County, the sheriff's office "
            "said. Deputies have not said where the shooting happened."
        ),
        ("Windsor",),  # the county alone: its seat
        "North Carolina",
    ),
    (
        "x02",
        "Woman shot in Colbert County",
        U + "x02",
        (
            "A woman was shot at a home in Tuscumbia on Friday, the Colbert County Sheriff's "
            "Office said. She was taken to a hospital."
        ),
        ("Tuscumbia",),
        "Alabama",
    ),
    (
        "x03",
        "Aulander man shot in Windsor",
        U + "x03",
        (
            "An Aulander man was shot Sunday outside a store on King Street in Windsor, "
            "Windsor police said. He was treated at a hospital."
        ),
        ("Windsor",),
        "North Carolina",
    ),
    (
        "c01",
        "Teen critically hurt in shooting",
        U + "c01",
        (
            "Four friends were drinking in a back bedroom of a Prospect Street house "
            "Saturday night when one of them asked to see a 16-year-old's pistol. The gun "
            "went off and the bullet struck the boy in the head. He was in critical "
            "condition Monday.\n\nA call from the boy's mother brought Ellington police and "
            "medics to the house. Officers arrested Dana Ruiz, 19, a short time later.\n\nAt "
            "Ruiz's arraignment Monday in Superior Court in Rockville, a prosecutor said the "
            "shooting was reckless. Rockville Superior Court Judge Ann Lee set bail at "
            "$50,000. Ruiz's lawyer, Sam Hart of Rockville, called it an accident.\n\nRuiz "
            "also has cases pending in Rockville."
        ),
        ("Ellington",),
        "Connecticut",
    ),
    (
        "c02",
        "Man charged after friend shot",
        U + "c02",
        (
            "A man was charged with assault after a friend was shot in the leg at an "
            "apartment on Main Street on Friday, Bristol police said.\n\nThe victim was "
            "treated at a hospital and released.\n\nThe suspect, Lee Grant, 24, was arraigned "
            "Monday in Superior Court in New Britain, where a judge set bail at $100,000. "
            "Grant is due back in New Britain court next month. His lawyer said Grant will "
            "plead not guilty in New Britain."
        ),
        ("Bristol",),
        "Connecticut",
    ),
    (
        "c04",
        "Suspect in Glastonbury shooting held on $1 million bond",
        U + "c04",
        (
            "A man accused of shooting his neighbor during an argument over a fence was held "
            "on $1 million bond Tuesday.\n\nPolice said the neighbor was shot twice in the "
            "chest Sunday evening. He remains in serious condition.\n\nThe suspect appeared in "
            "Hartford Superior Court, where a judge read the charges. His lawyer asked the "
            "Hartford court to lower bail. He is due back in Hartford on June 3."
        ),
        ("Glastonbury",),
        "Connecticut",
    ),
    (
        "c05",
        "Man accused of wounding girlfriend appears in court",
        U + "c05",
        (
            "MEDIA, Pa. - A Chester man accused of shooting his girlfriend appeared Monday "
            "before a judge in Media.\n\nPolice said the woman was shot in the leg at her "
            "apartment in Chester on Friday night. She was treated at a hospital.\n\nThe "
            "suspect was held at the county prison in lieu of bail and returns to court in "
            "Media next week."
        ),
        ("Chester",),
        "Pennsylvania",
    ),
    (
        "c06",
        "Bail set for teen in fatal shooting",
        U + "c06",
        (
            "Bail was set at $500,000 Monday for a 17-year-old charged in the shooting death "
            "of a man outside a party in Upper Darby.\n\nThe teen was arraigned before "
            "Magisterial District Judge Amy Roe in Media. District Attorney John Cole said "
            "at a news conference in Media that the teen fired after a fight. A preliminary "
            "hearing is set for next month in Media."
        ),
        ("Upper Darby",),
        "Pennsylvania",
    ),
    (
        "c07",
        "Man pleads not guilty in Enfield shooting",
        U + "c07",
        (
            "A Windsor Locks man pleaded not guilty Tuesday to charges that he shot a "
            "20-year-old during a robbery.\n\nEnfield police said the victim was shot in the "
            "stomach in a parking lot on Hazard Avenue last month. He survived.\n\nThe man "
            "entered his plea in Hartford Superior Court. He is being held at the jail in "
            "Hartford. His next court date in Hartford is in July."
        ),
        ("Enfield",),
        "Connecticut",
    ),
    (
        "c08",
        "Woman charged with shooting husband",
        U + "c08",
        (
            "A woman was charged with attempted murder after her husband was shot at their "
            "home Saturday, Stratford police said.\n\nShe was arraigned Monday at Bridgeport "
            "Superior Court, where bond was set at $750,000. The case was transferred to the "
            "Bridgeport court's major crimes docket. A Bridgeport judge ordered her to have "
            "no contact with her husband."
        ),
        ("Stratford",),
        "Connecticut",
    ),
    (
        "c09",
        "Shooting suspect ordered held",
        U + "c09",
        (
            "A judge in Towson on Wednesday ordered a man held without bail in the shooting "
            "of a teenager in Dundalk.\n\nThe 15-year-old was shot in the arm Saturday on a "
            "street in Dundalk, Baltimore County police said.\n\nThe man's lawyer told the "
            "Towson judge his client was at work at the time. The case moves to circuit "
            "court in Towson."
        ),
        ("Dundalk",),
        "Maryland",
    ),
    (
        "c10",
        "Man held after woman wounded",
        U + "c10",
        (
            "A man accused of shooting a woman during a dispute was ordered held "
            "Friday.\n\nThe woman was shot once in the hip outside a home in Woodbridge on "
            "Tuesday, police said.\n\nThe man appeared in New Haven Superior Court and is due "
            "back in New Haven court on May 2. A New Haven public defender represents him. "
            "He remains jailed in New Haven."
        ),
        ("Woodbridge",),
        "Connecticut",
    ),
    (
        "c11",
        "Teen charged as adult in shooting",
        U + "c11",
        (
            "A 16-year-old charged in a shooting that wounded two people will be tried as an "
            "adult, a judge ruled Thursday in Montgomery County Circuit Court in "
            "Rockville.\n\nPolice said the two were shot in a parking lot in Gaithersburg in "
            "March. Both survived.\n\nThe teen's lawyer argued in Rockville that his client "
            "should be in juvenile court. Another hearing is set in Rockville for June."
        ),
        ("Gaithersburg",),
        "Maryland",
    ),
    (
        "c12",
        "Suspect's bail reduced",
        U + "c12",
        (
            "EDWARDSVILLE, Ill. - A judge on Monday reduced bail for a man charged with "
            "shooting his cousin in Granite City.\n\nThe cousin was shot in the arm in October "
            "at a home in the 2300 block of Iowa Street. Granite City police arrested the "
            "man the same night.\n\nThe man returns to court in Edwardsville next month. The "
            "Madison County state's attorney's office in Edwardsville is prosecuting."
        ),
        ("Granite City",),
        "Illinois",
    ),
    (
        "t01",
        "Fresno man arrested in shooting",
        U + "t01",
        (
            "A Fresno man was arrested Sunday in connection with a shooting that wounded a "
            "woman.\n\nPolice said the woman was shot in the back while she walked to her car "
            "outside a market. She is expected to survive.\n\nThe shooting happened about 9 "
            "p.m. Saturday on Whitson Street in Selma. Selma police found the suspect at a "
            "relative's house hours later."
        ),
        ("Selma",),
        "California",
    ),
    (
        "t02",
        "Tacoma woman charged after boyfriend shot",
        U + "t02",
        (
            "A Tacoma woman has been charged with first-degree assault after her boyfriend "
            "was shot during an argument, prosecutors said.\n\nThe boyfriend, 35, was shot "
            "once in the chest early Friday. He underwent surgery and is in stable "
            "condition.\n\nOfficers were called to an apartment complex on Pacific Avenue in "
            "Spanaway, where they found him on the floor. Pierce County deputies arrested "
            "the woman at the scene."
        ),
        ("Spanaway",),
        "Washington",
    ),
    (
        "t03",
        "Akron teen killed",
        U + "t03",
        (
            "An Akron teenager was killed in a shooting late Saturday, the Summit County "
            "medical examiner said.\n\nThe 17-year-old was found in a car with a gunshot wound "
            "to the head. Medics declared him dead at the scene.\n\nBarberton police said "
            "the car was parked behind a church on Wooster Road in Barberton. No arrests "
            "have been made."
        ),
        ("Barberton",),
        "Ohio",
    ),
    (
        "t04",
        "Memphis police: suspect sought",
        U + "t04",
        (
            "Memphis police are searching for a man they believe shot a clerk during a "
            "robbery.\n\nThe clerk was wounded in the shoulder Tuesday night. He was taken to "
            "Regional One in critical condition.\n\nThe robbery happened at a gas station on "
            "Goodman Road in Southaven, Southaven police said. Memphis officers are helping "
            "because the suspect is believed to live in Memphis."
        ),
        ("Southaven",),
        "Mississippi",
    ),
    (
        "t05",
        "Dayton man dies after shooting",
        U + "t05",
        (
            "A Dayton man died Monday, two days after he was shot, the Montgomery County "
            "coroner's office said.\n\nThe man, 41, was shot during a fight outside a bar "
            "early Saturday. He was taken to Miami Valley Hospital in Dayton, where he "
            "died.\n\nTrotwood police said the bar is on Salem Avenue in Trotwood. Trotwood "
            "detectives have identified a suspect."
        ),
        ("Trotwood",),
        "Ohio",
    ),
    (
        "t06",
        "Officer wounded; Charlotte man held",
        U + "t06",
        (
            "A Charlotte man is in custody after a police officer was shot during a traffic "
            "stop Friday night.\n\nThe officer was hit in the leg and should recover, "
            "officials said.\n\nThe traffic stop was on Highway 74 in Matthews, Matthews "
            "police said. The man fled on foot and was caught a mile away."
        ),
        ("Matthews",),
        "North Carolina",
    ),
    (
        "y04",
        "Akron man wounded",
        U + "y04",
        (
            "An Akron man was shot Sunday outside his home on Main Street, Akron police "
            "said.\n\nHe was taken to a hospital. His brother, who lives in Barberton, said "
            "the family is praying for him."
        ),
        ("Akron",),
        "Ohio",
    ),
    (
        "y05",
        "Akron man shot; suspect held",
        U + "y05",
        (
            "An Akron man was shot in the arm Saturday night during a fight, Akron police "
            "said.\n\nOfficers arrested a 22-year-old of the 400 block of Elm Street in "
            "Barberton. He was booked into the Summit County jail."
        ),
        ("Akron",),
        "Ohio",
    ),
    (
        "y06",
        "Dayton woman hurt in shooting",
        U + "y06",
        (
            "A Dayton woman was wounded in a shooting early Friday.\n\nDayton police said the "
            "woman was taken to a hospital on Wyoming Street in Dayton. Trotwood police "
            "helped search for the gunman, who fled toward Trotwood."
        ),
        ("Dayton",),
        "Ohio",
    ),
    (
        "t07",
        "Renton teen wounded",
        U + "t07",
        (
            "A Renton teenager was wounded by gunfire Saturday night, his family said.\n\nThe "
            "16-year-old was hit in the leg and is recovering.\n\nKent police said officers "
            "found him in a parking lot on Central Avenue in Kent."
        ),
        ("Kent",),
        "Washington",
    ),
    (
        "t08",
        "Mesa woman hurt; boyfriend sought",
        U + "t08",
        (
            "A Mesa woman was hurt Thursday when her boyfriend fired a gun during an "
            "argument, officials said.\n\nShe was hit in the hand.\n\nChandler police said the "
            "couple had been parked at a store on Arizona Avenue in Chandler. The boyfriend "
            "drove off."
        ),
        ("Chandler",),
        "Arizona",
    ),
    (
        "t09",
        "Gresham man critically hurt",
        U + "t09",
        (
            "A Gresham man is in critical condition after being shot early "
            "Sunday.\n\nPortland police said officers found the 30-year-old in the 1200 block "
            "of Southeast 82nd Avenue in Portland. No arrests have been made."
        ),
        ("Portland",),
        "Oregon",
    ),
]

MISSED: dict[str, str] = {
    "c01": (
        "the scene's town is named once, through its police, after the lede; the court's "
        "town is also the lawyer's home and the pending cases' (no court word): left"
    ),
    "c11": "'argued in Rockville': a lawyer's word, no court's, names the court's town",
    "t04": (
        "'Memphis police' lead the story and help the Southaven force: another city's police "
        "named first outweigh the address Southaven's police give"
    ),
    "t06": "'on Highway 74 in Matthews': a numbered route is no street address here",
    "t07": (
        "Kent wins the event's place, but a later step brings back the headline's 'Renton "
        "teen' (not followed up)"
    ),
}

events, test_probe_is_placed = probe_table(PROBES, MISSED)


@pytest.mark.parametrize(
    ("text", "name", "court"),
    [
        ("He was arraigned Monday in Superior Court in Dover, where bail was set.", "Dover", True),
        ("The case moves to circuit court in Dover next month.", "Dover", True),
        ("He returns to court in Dover in May.", "Dover", True),
        ("She appeared before a district judge in Dover on Friday.", "Dover", True),
        ("A preliminary hearing is set for June in Dover.", "Dover", True),
        ("He is due back in Dover court on May 2.", "Dover", True),
        ("He pleaded not guilty in Dover Superior Court.", "Dover", True),
        # the scene's town: a harm's word in the clause, a street named "Court", no court
        ("A hearing on the shooting in Dover drew a crowd.", "Dover", False),
        ("He was shot outside a home on Dover Court on Friday.", "Dover", False),
        ("A man was shot Friday near the courthouse in Dover.", "Dover", False),
        ("A man was shot Friday in Dover, police said.", "Dover", False),
    ],
)
def test_court_town_reads_the_case_not_the_scene(text: str, name: str, court: bool) -> None:
    start = text.index(name)
    m = _Mention(0, 1, start, start + len(name), name, name.casefold(), (), 0)
    assert _court_town(text, m) is court
