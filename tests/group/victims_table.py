"""Invented local-news reports of shootings for tests/group/test_split_reports.py, the rows of
split_table.py that tell two shootings of one big city on one day, one of them told in a short
report that names no street (fiction, written for newsfold: the towns, neighbourhoods, streets
and outlets' hosts are real, the events, people and words are not).

"apart": a man harmed in one, a woman in the other (decide.victims_differ). "same": one
shooting, its victims told otherwise (a man and a woman, then the woman; "a teen", then "a
boy"; a name; "one person"), or a man in it who is the suspect, not a victim.
"""

from __future__ import annotations

Report = tuple[str, str, str, str, str]
Case = tuple[str, str, str, list[Report]]


def _pair(
    case: str,
    kind: str,
    want: str,
    day: str,
    first: tuple[str, str, str],
    second: tuple[str, str, str],
) -> Case:
    """A case of two reports published on `day` (at 14:00 and 21:00 UTC): (address, headline,
    text) each."""
    return (
        case,
        kind,
        want,
        [
            (f"{case}a", f"{day}T14:00:00Z", *first),
            (f"{case}b", f"{day}T21:00:00Z", *second),
        ],
    )


OTHER_VICTIMS: list[Case] = [
    _pair(
        "v1",
        "control: Chicago, a woman wounded and a man killed, one names no street",
        "apart",
        "2025-01-05",
        (
            "https://www.nbcchicago.com/news/local/woman-wounded-englewood-saturday/",
            "Woman wounded in Englewood shooting",
            "CHICAGO - A woman was struck in the leg by gunfire Saturday evening in "
            "Englewood, Chicago police said. She went to Stroger Hospital on her own.",
        ),
        (
            "https://www.fox32chicago.com/news/man-killed-halsted-street-englewood",
            "Man killed on South Halsted Street",
            "CHICAGO - A man in his 40s died after he was shot Saturday evening in the 6300 "
            "block of South Halsted Street, police said. Nobody is in custody and detectives "
            "are canvassing the block for video.",
        ),
    ),
    _pair(
        "v2",
        "control: Houston, a man at a gas station and a woman at home",
        "apart",
        "2025-01-12",
        (
            "https://www.khou.com/article/news/crime/man-shot-gas-station-houston/",
            "Man shot at gas station in north Houston",
            "HOUSTON - A man was shot at a gas station in north Houston on Saturday night, "
            "Houston police said. He was taken to a hospital in stable condition.",
        ),
        (
            "https://www.click2houston.com/news/local/woman-killed-home-aldine-bender/",
            "Woman fatally shot inside home off Aldine Bender Road",
            "HOUSTON - A woman was found shot to death inside a house near Aldine Bender Road "
            "on Saturday night. Investigators said a relative called 911 and detectives are "
            "talking with people who live in the home.",
        ),
    ),
    _pair(
        "v3",
        "control: Columbus, a girl hurt and a man hurt one evening",
        "apart",
        "2025-01-19",
        (
            "https://www.nbc4i.com/news/local-news/columbus/girl-shot-linden/",
            "Girl hurt in Linden shooting",
            "COLUMBUS, Ohio - A girl was shot Saturday evening in the Linden neighborhood, "
            "Columbus police said. Her wound is not thought to be life-threatening.",
        ),
        (
            "https://www.10tv.com/article/news/crime/man-shot-cleveland-avenue/",
            "Man shot on Cleveland Avenue",
            "COLUMBUS, Ohio - A man was wounded Saturday evening on Cleveland Avenue, police "
            "said. Officers arrived to find him lying near a bus stop. He is expected to "
            "survive.",
        ),
    ),
    _pair(
        "v4",
        "control: Atlanta, two women wounded and a man dead",
        "apart",
        "2025-01-26",
        (
            "https://www.11alive.com/article/news/crime/two-women-shot-southwest-atlanta/",
            "Two women shot in southwest Atlanta",
            "ATLANTA - Two women were wounded Saturday afternoon in southwest Atlanta, police "
            "said. Both were alert when paramedics took them to Grady.",
        ),
        (
            "https://www.wsbtv.com/news/local/atlanta/man-dies-shooting-campbellton-road/",
            "Man dies after shooting on Campbellton Road",
            "ATLANTA - A man is dead after a shooting Saturday afternoon on Campbellton Road, "
            "Atlanta police said. Officers found him inside a parked car. Homicide detectives "
            "took over the case.",
        ),
    ),
    _pair(
        "v5",
        "control: Milwaukee, a man outside a bar and a woman in a home",
        "apart",
        "2025-02-02",
        (
            "https://www.tmj4.com/news/local-news/man-shot-outside-milwaukee-tavern",
            "Man shot outside Milwaukee tavern",
            "MILWAUKEE - A 27-year-old man was shot outside a tavern early Sunday, Milwaukee "
            "police said. He is expected to survive. Police are seeking an unknown shooter.",
        ),
        (
            "https://www.fox6now.com/news/woman-shot-home-north-side-milwaukee",
            "Woman shot inside home on Milwaukee's north side",
            "MILWAUKEE - A woman was shot inside a home on the city's north side early "
            "Sunday, police said. She was in serious condition.",
        ),
    ),
    _pair(
        "v6",
        "control: Jacksonville, a boy on a porch and a woman in a car",
        "apart",
        "2025-02-09",
        (
            "https://www.news4jax.com/news/local/boy-shot-porch-northwest-jacksonville/",
            "Boy shot while sitting on porch",
            "JACKSONVILLE, Fla. - A 12-year-old boy was hit by a bullet while sitting on a "
            "porch Saturday night, the Jacksonville Sheriff's Office said. He is expected to "
            "recover.",
        ),
        (
            "https://www.actionnewsjax.com/news/local/woman-shot-car-westside/",
            "Woman shot while driving on Westside",
            "JACKSONVILLE, Fla. - A woman was shot while driving Saturday night, deputies "
            "said. She pulled into a parking lot and called for help. Her injuries were "
            "serious.",
        ),
    ),
    _pair(
        "v7",
        "control: Birmingham, a man killed and a woman wounded one night",
        "apart",
        "2025-02-16",
        (
            "https://www.al.com/news/birmingham/man-killed-ensley-saturday.html",
            "Man killed in Ensley",
            "BIRMINGHAM, Ala. - A man was shot and killed Saturday night in Ensley, "
            "Birmingham police said. Paramedics could not save him.",
        ),
        (
            "https://www.wbrc.com/2025/02/16/woman-wounded-birmingham-shooting/",
            "Woman wounded in Birmingham shooting",
            "BIRMINGHAM, Ala. - A woman was wounded in a shooting Saturday night, police "
            "said. She was taken to UAB Hospital with injuries that are not life-threatening.",
        ),
    ),
    _pair(
        "v8",
        "control: Indianapolis, a woman at an apartment and a man in a street",
        "apart",
        "2025-02-23",
        (
            "https://www.wthr.com/article/news/crime/woman-shot-apartment-indianapolis/",
            "Woman shot at Indianapolis apartment",
            "INDIANAPOLIS - A woman was shot at an apartment on the city's east side "
            "Saturday, IMPD said. Medics took her to Eskenazi Health in critical condition.",
        ),
        (
            "https://www.fox59.com/news/man-shot-east-38th-street/",
            "Man shot on East 38th Street",
            "INDIANAPOLIS - A man was shot Saturday on East 38th Street, police said. "
            "Officers found him in the road; he is recovering at a hospital.",
        ),
    ),
    _pair(
        "v9",
        "control: Oklahoma City, a woman killed and a man hurt",
        "apart",
        "2025-03-02",
        (
            "https://www.koco.com/article/woman-killed-oklahoma-city-shooting/",
            "Woman killed in Oklahoma City shooting",
            "OKLAHOMA CITY - A woman died after she was shot Saturday night, Oklahoma City "
            "police said. Officers have detained a person of interest.",
        ),
        (
            "https://www.kfor.com/news/local/man-hurt-shooting-northwest-10th/",
            "Man hurt in shooting near NW 10th Street",
            "OKLAHOMA CITY - A man was shot near NW 10th Street and Pennsylvania Avenue on "
            "Saturday night. Police said he was hit once and is recovering.",
        ),
    ),
    _pair(
        "v10",
        "control: Detroit, a man at a party store and a woman on the east side",
        "apart",
        "2025-03-09",
        (
            "https://www.clickondetroit.com/news/local/man-shot-party-store-detroit/",
            "Man shot outside Detroit party store",
            "DETROIT - A man was shot outside a party store Saturday afternoon, Detroit "
            "police said. He is in temporary serious condition.",
        ),
        (
            "https://www.wxyz.com/news/woman-shot-gratiot-avenue-detroit",
            "Woman shot on Gratiot Avenue",
            "DETROIT - A woman was shot Saturday afternoon on Gratiot Avenue on the city's "
            "east side, police said. A man she had argued with ran off before officers came.",
        ),
    ),
    _pair(
        "v11",
        "control: Kansas City, a woman killed and a man wounded",
        "apart",
        "2025-03-16",
        (
            "https://www.kmbc.com/article/woman-killed-kansas-city-shooting/",
            "Woman killed in Kansas City shooting",
            "KANSAS CITY, Mo. - A woman was killed in a shooting Saturday evening, Kansas City "
            "police said. Detectives are working to learn what led to it.",
        ),
        (
            "https://www.kshb.com/news/crime/man-wounded-prospect-avenue/",
            "Man wounded on Prospect Avenue",
            "KANSAS CITY, Mo. - A man was wounded by gunfire on Prospect Avenue on Saturday "
            "evening. Police said he walked into a fire station for help.",
        ),
    ),
    _pair(
        "v12",
        "control: New Orleans, a man in Central City and a woman in the Lower Ninth",
        "apart",
        "2025-03-23",
        (
            "https://www.wwltv.com/article/news/crime/man-shot-central-city/",
            "Man shot in Central City",
            "NEW ORLEANS - A man was shot in Central City on Saturday night, NOPD said. He "
            "was taken to University Medical Center.",
        ),
        (
            "https://www.fox8live.com/2025/03/23/woman-shot-lower-ninth-ward/",
            "Woman shot in the Lower Ninth Ward",
            "NEW ORLEANS - A woman was shot Saturday night in the Lower Ninth Ward, police "
            "said. Her condition was not released.",
        ),
    ),
    _pair(
        "v13",
        "control: Philadelphia, a woman hurt and a man killed",
        "apart",
        "2025-03-30",
        (
            "https://www.nbcphiladelphia.com/news/local/woman-shot-kensington/",
            "Woman shot in Kensington",
            "PHILADELPHIA - A woman was shot in the arm Saturday in Kensington, police said. "
            "She was listed in stable condition at Temple University Hospital.",
        ),
        (
            "https://www.fox29.com/news/man-killed-germantown-avenue-shooting",
            "Man killed in Germantown Avenue shooting",
            "PHILADELPHIA - A man was fatally shot on Germantown Avenue on Saturday, "
            "Philadelphia police said. He was struck several times and died at the hospital.",
        ),
    ),
    _pair(
        "v14",
        "control: Cleveland, two men wounded and a woman killed",
        "apart",
        "2025-04-06",
        (
            "https://www.wkyc.com/article/news/crime/two-men-wounded-cleveland/",
            "Two men wounded in Cleveland shooting",
            "CLEVELAND - Two men were wounded in a shooting Saturday night, Cleveland police "
            "said. Both are expected to recover.",
        ),
        (
            "https://www.fox8.com/news/woman-killed-east-side-cleveland-home/",
            "Woman killed at east side home",
            "CLEVELAND - A woman died of gunshot wounds in an east side house on Saturday "
            "night. Police said they are looking for a man who left in a white SUV.",
        ),
    ),
    _pair(
        "v15",
        "control: Dallas, a man at an apartment and a woman at a club",
        "apart",
        "2025-04-13",
        (
            "https://www.wfaa.com/article/news/crime/man-shot-apartment-southeast-dallas/",
            "Man shot at southeast Dallas apartment",
            "DALLAS - A man was shot at an apartment complex in southeast Dallas early "
            "Sunday, police said. He was taken to Baylor in critical condition.",
        ),
        (
            "https://www.fox4news.com/news/woman-shot-outside-dallas-club",
            "Woman shot outside Dallas club",
            "DALLAS - A woman was shot in a parking lot outside a club early Sunday, Dallas "
            "police said. She is expected to survive.",
        ),
    ),
    _pair(
        "v16",
        "control: San Antonio, a woman and a man hurt, one names no street",
        "apart",
        "2025-04-20",
        (
            "https://www.ksat.com/news/local/woman-shot-west-side-san-antonio/",
            "Woman shot on West Side",
            "SAN ANTONIO - A woman was shot Saturday night on the West Side, San Antonio "
            "police said. She was hit in the shoulder.",
        ),
        (
            "https://www.kens5.com/article/news/crime/man-shot-zarzamora-street/",
            "Man shot on Zarzamora Street",
            "SAN ANTONIO - A man was shot Saturday night on Zarzamora Street, police said. He "
            "ran to a nearby store for help and is expected to live.",
        ),
    ),
]

ONE_VICTIM_TOLD_OTHERWISE: list[Case] = [
    _pair(
        "vs1",
        "a man and a woman shot, then the woman who died",
        "same",
        "2025-05-04",
        (
            "https://www.wreg.com/news/man-woman-shot-orange-mound/",
            "Man and woman shot in Orange Mound",
            "MEMPHIS, Tenn. - A man and a woman were shot Saturday night on Park Avenue in "
            "Orange Mound, Memphis police said. Both were rushed to Regional One.",
        ),
        (
            "https://www.actionnews5.com/2025/05/04/woman-dies-orange-mound-double-shooting/",
            "Woman dies after Orange Mound double shooting",
            "MEMPHIS, Tenn. - A woman shot Saturday night on Park Avenue in Orange Mound has "
            "died, police said. The man wounded with her is in critical condition.",
        ),
    ),
    _pair(
        "vs2",
        "a teen, then a boy of 17",
        "same",
        "2025-05-11",
        (
            "https://www.wbaltv.com/article/teen-shot-park-heights-baltimore/",
            "Teen shot in Park Heights",
            "BALTIMORE - A teenager was shot Saturday afternoon on Park Heights Avenue, "
            "Baltimore police said. The teen was taken to a hospital.",
        ),
        (
            "https://www.wmar2news.com/news/region/baltimore-city/boy-17-shot-park-heights",
            "Boy, 17, shot on Park Heights Avenue",
            "BALTIMORE - A 17-year-old boy was wounded Saturday afternoon on Park Heights "
            "Avenue, police said. He was shot in the hip and is expected to recover.",
        ),
    ),
    _pair(
        "vs3",
        "a woman shot, a man arrested on the day",
        "same",
        "2025-05-18",
        (
            "https://www.ksdk.com/article/news/crime/woman-shot-north-st-louis-man-custody/",
            "Woman shot in north St. Louis; man in custody",
            "ST. LOUIS - A woman was shot Saturday on Natural Bridge Avenue, St. Louis police "
            "said. A man was taken into custody at the scene. She is in critical condition.",
        ),
        (
            "https://www.fox2now.com/news/woman-critically-hurt-natural-bridge-shooting/",
            "Woman critically hurt in Natural Bridge shooting",
            "ST. LOUIS - Police say a woman was critically wounded on Natural Bridge Avenue on "
            "Saturday and the man who shot her was arrested.",
        ),
    ),
    _pair(
        "vs4",
        "a brief and the full story, both of a man",
        "same",
        "2025-05-25",
        (
            "https://www.wlky.com/article/man-killed-shawnee-louisville/",
            "Man killed in Shawnee",
            "LOUISVILLE, Ky. - A man was shot and killed Saturday in the Shawnee neighborhood, "
            "police said.",
        ),
        (
            "https://www.courier-journal.com/story/news/crime/2025/05/25/man-fatally-shot-west"
            "-broadway/",
            "Police: 34-year-old man fatally shot on West Broadway",
            "LOUISVILLE, Ky. - A 34-year-old man was fatally shot Saturday on West Broadway in "
            "the Shawnee neighborhood, Louisville Metro Police said. Officers found him near a "
            "bus shelter and he died at the scene.",
        ),
    ),
    _pair(
        "vs5",
        "a person, then a man",
        "same",
        "2025-06-01",
        (
            "https://www.wlwt.com/article/person-shot-avondale-cincinnati/",
            "Person shot in Avondale",
            "CINCINNATI - One person was shot Saturday night on Reading Road in Avondale, "
            "Cincinnati police said.",
        ),
        (
            "https://www.wcpo.com/news/crime/man-shot-reading-road-avondale",
            "Man shot on Reading Road in Avondale",
            "CINCINNATI - A man was hospitalized after a shooting on Reading Road in Avondale "
            "on Saturday night, police said. His wounds are not life-threatening.",
        ),
    ),
    _pair(
        "vs6",
        "a woman, then two women and a man",
        "same",
        "2025-06-08",
        (
            "https://www.13abc.com/2025/06/08/woman-shot-party-toledo/",
            "Woman, 22, shot at house party",
            "TOLEDO, Ohio - A 22-year-old woman was shot at a house party on Dorr Street early "
            "Sunday, Toledo police said. Officers said more people may have been hurt.",
        ),
        (
            "https://www.toledoblade.com/local/police-fire/2025/06/08/three-hurt-dorr-street-party",
            "Three hurt in shooting at Dorr Street house party",
            "TOLEDO, Ohio - Two women and a man were shot at a house party on Dorr Street early "
            "Sunday, police said. One of the women is 22. All three are expected to recover.",
        ),
    ),
    _pair(
        "vs7",
        "a woman shot dead, then named",
        "same",
        "2025-06-15",
        (
            "https://www.wtae.com/article/woman-shot-dead-homewood/",
            "Woman shot dead in Homewood",
            "PITTSBURGH - A woman was shot and killed Saturday on Frankstown Avenue in "
            "Homewood, Pittsburgh police said.",
        ),
        (
            "https://www.post-gazette.com/news/crime-courts/2025/06/15/homewood-woman-identified",
            "Woman killed in Homewood identified",
            "PITTSBURGH - The woman killed on Frankstown Avenue on Saturday was Denise Carrow, "
            "38, of Homewood, according to the county's medical examiner.",
        ),
    ),
    _pair(
        "vs8",
        "one dead, then a man",
        "same",
        "2025-06-22",
        (
            "https://www.wsmv.com/2025/06/22/one-dead-antioch-apartment-shooting/",
            "One dead in Antioch apartment shooting",
            "NASHVILLE, Tenn. - One person is dead after a shooting Saturday at an apartment "
            "complex on Bell Road in Antioch, Metro police said.",
        ),
        (
            "https://www.tennessean.com/story/news/crime/2025/06/22/man-killed-bell-road/",
            "Man killed at Bell Road apartments",
            "NASHVILLE, Tenn. - A man was shot to death Saturday at an apartment complex on "
            "Bell Road in Antioch, police said. Detectives believe he knew the shooter.",
        ),
    ),
    _pair(
        "vs9",
        "a mother, then a woman",
        "same",
        "2025-06-29",
        (
            "https://www.wkrg.com/news/mother-shot-front-of-children-mobile/",
            "Mother shot in front of her children",
            "MOBILE, Ala. - A mother was shot in front of her children Saturday evening on "
            "Dauphin Island Parkway, Mobile police said. She is expected to survive.",
        ),
        (
            "https://www.fox10tv.com/2025/06/29/woman-wounded-dauphin-island-parkway/",
            "Woman wounded on Dauphin Island Parkway",
            "MOBILE, Ala. - A woman was wounded by gunfire Saturday evening on Dauphin Island "
            "Parkway. Police said her children were with her and were not hurt.",
        ),
    ),
    _pair(
        "vs10",
        "a wife shot, her husband the caller",
        "same",
        "2025-07-06",
        (
            "https://www.kjrh.com/news/local-news/woman-shot-tulsa-home/",
            "Woman shot at Tulsa home",
            "TULSA, Okla. - A woman was shot at a home near East 21st Street on Saturday "
            "night, Tulsa police said. She was in surgery on Sunday.",
        ),
        (
            "https://www.newson6.com/story/wife-shot-east-21st-street-husband-calls-911",
            "Husband calls 911 after wife shot near East 21st Street",
            "TULSA, Okla. - A man called 911 on Saturday night to say his wife had been shot "
            "at their home near East 21st Street, police said. Officers are questioning a "
            "neighbor.",
        ),
    ),
    _pair(
        "vs11",
        "a man shot by a woman in an argument",
        "same",
        "2025-07-13",
        (
            "https://www.wbtv.com/2025/07/13/man-shot-argument-east-charlotte/",
            "Man shot during argument in east Charlotte",
            "CHARLOTTE, N.C. - A man was shot during an argument on Albemarle Road on Saturday, "
            "CMPD said. A woman was detained. The man is expected to recover.",
        ),
        (
            "https://www.wsoctv.com/news/local/man-wounded-albemarle-road/",
            "Man wounded on Albemarle Road",
            "CHARLOTTE, N.C. - A man was wounded on Albemarle Road on Saturday after an "
            "argument, police said. A woman he knew was detained for questioning.",
        ),
    ),
    _pair(
        "vs12",
        "a boy of 14, then a teen near a school",
        "same",
        "2025-07-20",
        (
            "https://www.kmph.com/news/local/boy-14-shot-fresno/",
            "Boy, 14, shot near Fresno school",
            "FRESNO, Calif. - A 14-year-old boy was shot near a middle school on Kings Canyon "
            "Road on Saturday, Fresno police said.",
        ),
        (
            "https://abc30.com/fresno-teen-shot-kings-canyon-road/",
            "Teen shot near school on Kings Canyon Road",
            "FRESNO, Calif. - A 14-year-old was shot Saturday near a school on Kings Canyon "
            "Road, police said. The teen is expected to survive.",
        ),
    ),
    _pair(
        "vs13",
        "two men, then a double shooting",
        "same",
        "2025-07-27",
        (
            "https://www.nbc12.com/2025/07/27/two-men-wounded-southside-richmond/",
            "Two men wounded in Southside",
            "RICHMOND, Va. - Two men were wounded Saturday night on Hull Street in Richmond's "
            "Southside, police said.",
        ),
        (
            "https://www.wric.com/news/local-news/richmond/double-shooting-hull-street/",
            "Double shooting on Hull Street",
            "RICHMOND, Va. - Two people were shot Saturday night on Hull Street, Richmond "
            "police said. Both were taken to VCU Medical Center.",
        ),
    ),
    _pair(
        "vs14",
        "a woman and her son, then a man of 19 and his mother",
        "same",
        "2025-08-03",
        (
            "https://www.koat.com/article/woman-son-shot-albuquerque/",
            "Woman and her son shot in Albuquerque",
            "ALBUQUERQUE, N.M. - A woman and her son were shot Saturday near Central Avenue "
            "and Louisiana Boulevard, Albuquerque police said.",
        ),
        (
            "https://www.kob.com/news/man-19-mother-wounded-central-avenue/",
            "Man, 19, and his mother wounded on Central Avenue",
            "ALBUQUERQUE, N.M. - A 19-year-old man and his mother were wounded Saturday near "
            "Central Avenue and Louisiana Boulevard, police said.",
        ),
    ),
    _pair(
        "vs15",
        "a girl hurt by a stray bullet, then a child",
        "same",
        "2025-08-10",
        (
            "https://www.thv11.com/article/news/crime/girl-9-stray-bullet-little-rock/",
            "Girl, 9, hurt by stray bullet in Little Rock",
            "LITTLE ROCK, Ark. - A 9-year-old girl was hit by a stray bullet inside her home on "
            "Asher Avenue on Saturday night, Little Rock police said.",
        ),
        (
            "https://www.kark.com/news/local-news/child-hit-stray-bullet-asher-avenue/",
            "Child hit by stray bullet on Asher Avenue",
            "LITTLE ROCK, Ark. - A 9-year-old was struck by a stray bullet on Asher Avenue on "
            "Saturday night, police said. The child is expected to recover.",
        ),
    ),
    _pair(
        "vs16",
        "a man shot to death, then named",
        "same",
        "2025-08-17",
        (
            "https://www.9news.com/article/news/crime/man-shot-to-death-montbello/",
            "Man shot to death in Montbello",
            "DENVER - A man was shot to death Saturday on Crown Boulevard in Montbello, Denver "
            "police said.",
        ),
        (
            "https://www.denverpost.com/2025/08/17/montbello-homicide-victim-named/",
            "Montbello homicide victim named",
            "DENVER - The victim of Saturday's homicide on Crown Boulevard in Montbello was "
            "Andre Pollard, 29, the Denver medical examiner said.",
        ),
    ),
]

# two shootings of one city and day whose victims are of one sex, one report naming no street:
# only the time of day and the kind of place tell them apart, which no signature keeps yet
SAME_SEX: list[Case] = [
    _pair(
        "vx1",
        "control: Memphis, a man at a gas station in the morning and a man at home at night",
        "apart",
        "2025-09-07",
        (
            "https://www.wmcactionnews5.com/2025/09/07/man-shot-gas-station-memphis/",
            "Man shot at Memphis gas station",
            "MEMPHIS, Tenn. - A man was shot at a gas station Saturday morning, Memphis police "
            "said. He was taken to Regional One in stable condition.",
        ),
        (
            "https://www.localmemphis.com/article/news/crime/man-killed-home-frayser/",
            "Man killed inside Frayser home",
            "MEMPHIS, Tenn. - A man died after gunfire inside a house on Overton Crossing "
            "Street in Frayser late Saturday, police said. Officers found him in a bedroom.",
        ),
    ),
    _pair(
        "vx2",
        "control: Louisville, a woman in a car in the afternoon and a woman at a bar at night",
        "apart",
        "2025-09-14",
        (
            "https://www.whas11.com/article/news/crime/woman-shot-car-louisville/",
            "Woman shot while sitting in car",
            "LOUISVILLE, Ky. - A woman was shot while sitting in a car Saturday afternoon, "
            "Louisville Metro Police said. She is expected to recover.",
        ),
        (
            "https://www.wave3.com/2025/09/14/woman-shot-outside-bardstown-road-bar/",
            "Woman shot outside Bardstown Road bar",
            "LOUISVILLE, Ky. - A woman was wounded outside a bar on Bardstown Road late "
            "Saturday night, police said. Officers said an argument spilled outside.",
        ),
    ),
]

CASES: list[Case] = OTHER_VICTIMS + ONE_VICTIM_TOLD_OTHERWISE + SAME_SEX
