"""analyse/when on single reports that tell several days, written for h-date35: trials,
pleas, sentencings and lawsuits that name the shooting's day beside the hearings' days, deaths
days or weeks after the wounding, holidays named as the day ("the Fourth of July shooting",
"Christmas Day 2018", "a Thanksgiving dinner last year"), "a year ago" and anniversaries, a
victim's own story told days later, a police statement's day against the shooting's, dates with
their year told in a later year, and lists of other incidents in the same story.

Every headline and sentence here is invented for these tests (the towns and streets are real,
the events are not). Each row: id, publication day, address, headline, text, the day of the
shooting (a "YYYY-MM" want asks for that month at a month's precision).
MULTI_DAY (121 rows) was written before any rule: main at 7ad8b3c got 109 right (misses:
"Christmas Day 2018", "a Thanksgiving dinner last year" beside the Monday a trial was set,
"died Sunday ... He had been shot Sept. 29", "the shooting death of a neighbor on June 3,
2018" under a sentencing, shootings "not connected" to this one or that it "followed", and the
known misses below); the rules of h-date35 followed (p01 is `_dates_harm_of_victim`'s test:
the same words with another parse come out right without it).
"""

from __future__ import annotations

import datetime as dt

import pytest

from .when_helpers import Row, day_table_test, event_day

U = "https://www.localnews.example/news/crime/"

MULTI_DAY: list[Row] = [
    (
        "p01",
        "2020-10-14",
        U,
        "Man sentenced for 2018 shooting",
        "AKRON, Ohio - A 24-year-old man was sentenced Tuesday to 18 years in prison for the "
        "shooting death of a neighbor on June 3, 2018, on Kenmore Boulevard. He pleaded guilty "
        "in August to involuntary manslaughter.",
        "2018-06-03",
    ),
    (
        "p02",
        "2020-10-14",
        U,
        "Plea in bar shooting",
        "DAYTON, Ohio - A Dayton man pleaded guilty Monday to felonious assault in the Jan. 19 "
        "shooting outside a Wayne Avenue bar that wounded two men. Sentencing is set for Nov. "
        "9.",
        "2020-01-19",
    ),
    (
        "p03",
        "2020-10-14",
        U,
        "Trial opens in Main Street killing",
        "TOLEDO, Ohio - Jury selection began Tuesday in the trial of a man charged with murder "
        "in the shooting of a 30-year-old woman on March 14 on Main Street. Prosecutors said "
        "the trial could last two weeks.",
        "2020-03-14",
    ),
    (
        "p04",
        "2020-10-14",
        U,
        "Family sues over shooting",
        "COLUMBUS, Ohio - The family of a man shot to death outside a nightclub last December "
        "filed a lawsuit Tuesday against the club's owners. The suit says security guards did "
        "nothing as the argument grew on Dec. 8.",
        "2019-12-08",
    ),
    (
        "p05",
        "2020-10-14",
        U,
        "Jury convicts man in gas station shooting",
        "CINCINNATI - A Hamilton County jury on Friday convicted a 22-year-old man of murder "
        "in the Feb. 2 shooting at a gas station on Reading Road. He will be sentenced Oct. "
        "30.",
        "2020-02-02",
    ),
    (
        "p06",
        "2020-10-14",
        U,
        "Teen gets life",
        "YOUNGSTOWN, Ohio - A teenager who shot and killed a store clerk during a robbery on "
        "July 4, 2019, was sentenced Wednesday to life in prison. The judge called the killing "
        "senseless.",
        "2019-07-04",
    ),
    (
        "p07",
        "2020-10-14",
        U,
        "Hearing delayed in park shooting",
        "CANTON, Ohio - A preliminary hearing for a man accused of wounding two teenagers in a "
        "shooting at a park on Sept. 27 was postponed Tuesday until Oct. 21, court records "
        "show.",
        "2020-09-27",
    ),
    (
        "p08",
        "2020-10-14",
        U,
        "Man indicted in Labor Day weekend shooting",
        "LORAIN, Ohio - A grand jury on Tuesday indicted a Lorain man on attempted murder "
        "charges in a shooting on Sept. 6 that wounded a 19-year-old. He is due in court on "
        "Oct. 20.",
        "2020-09-06",
    ),
    (
        "p09",
        "2020-10-14",
        U,
        "Sentencing set in double shooting",
        "ELYRIA, Ohio - A man who admitted shooting two cousins on April 25 will be sentenced "
        "Dec. 2, a judge said Monday after accepting his guilty plea.",
        "2020-04-25",
    ),
    (
        "p10",
        "2020-10-14",
        U,
        "Former officer charged",
        "CLEVELAND - A former officer was charged Tuesday with manslaughter in the death of a "
        "man he shot during a traffic stop on Aug. 22. The officer resigned on Sept. 15.",
        "2020-08-22",
    ),
    (
        "p11",
        "2020-10-14",
        U,
        "Verdict in 2017 killing",
        "TOLEDO, Ohio - A jury on Tuesday found a 40-year-old man guilty of murder in the Nov. "
        "12, 2017, shooting of his former roommate. The trial began Oct. 5.",
        "2017-11-12",
    ),
    (
        "p12",
        "2020-10-14",
        U,
        "City settles shooting lawsuit",
        "MEMPHIS, Tenn. - The city agreed Monday to pay $1.2 million to the family of a man "
        "killed by police on May 30, 2018. The lawsuit was filed in 2019.",
        "2018-05-30",
    ),
    (
        "p13",
        "2020-10-14",
        U,
        "Plea deal in drive-by",
        "JACKSON, Miss. - A 19-year-old accepted a plea deal Tuesday in a drive-by shooting "
        "last spring that wounded a 6-year-old girl on April 11 on Robinson Road.",
        "2020-04-11",
    ),
    (
        "p14",
        "2020-10-14",
        U,
        "Testimony begins",
        "BATON ROUGE, La. - Testimony began Tuesday in the trial of a Baton Rouge welder "
        "who is charged with fatally shooting a cousin on Christmas Day 2018 after a quarrel "
        "over money.",
        "2018-12-25",
    ),
    (
        "p15",
        "2020-10-14",
        U,
        "Man gets 30 years",
        "MOBILE, Ala. - A judge on Friday sentenced a 27-year-old man to 30 years for a "
        "shooting that killed a 21-year-old on Halloween night in 2019 on Dauphin Island "
        "Parkway.",
        "2019-10-31",
    ),
    (
        "p16",
        "2020-10-14",
        U,
        "Second man pleads guilty",
        "BIRMINGHAM, Ala. - A second man pleaded guilty Tuesday in the shooting that killed a "
        "17-year-old on the night of June 20. His co-defendant entered a plea on Sept. 30.",
        "2020-06-20",
    ),
    (
        "p17",
        "2020-10-14",
        U,
        "Suspect waives hearing",
        "PEORIA, Ill. - A man charged in the Sunday, Sept. 13, shooting death of a Peoria "
        "woman waived his preliminary hearing Tuesday.",
        "2020-09-13",
    ),
    (
        "p18",
        "2020-10-14",
        U,
        "Trial set in Thanksgiving shooting",
        "ROCKFORD, Ill. - A trial date of Jan. 11 was set Monday for a man accused of shooting "
        "his brother-in-law during a Thanksgiving dinner last year.",
        "2019-11-28",
    ),
    (
        "p19",
        "2020-10-14",
        U,
        "Lawsuit filed",
        "SPRINGFIELD, Ill. - A woman wounded by stray gunfire at a birthday party on July 12 "
        "has sued the homeowner, the complaint filed Friday says.",
        "2020-07-12",
    ),
    (
        "p20",
        "2020-10-14",
        U,
        "Guilty plea",
        "GARY, Ind. - A Gary man pleaded guilty Tuesday to reckless homicide for a shooting on "
        "Aug. 1, 2019, that killed a 25-year-old man on Broadway. Sentencing is Nov. 16.",
        "2019-08-01",
    ),
    (
        "p21",
        "2020-10-14",
        U,
        "Judge denies bond",
        "FORT WAYNE, Ind. - A judge on Tuesday denied bond for a man accused in a shooting on "
        "Saturday that left a man dead on Lafayette Street.",
        "2020-10-10",
    ),
    (
        "p22",
        "2020-10-14",
        U,
        "Man charged in Friday shooting appears in court",
        "EVANSVILLE, Ind. - A man charged in Friday's shooting on Fulton Avenue made his first "
        "court appearance Tuesday. His next hearing is Oct. 23.",
        "2020-10-09",
    ),
    (
        "p23",
        "2020-10-14",
        U,
        "Mistrial declared",
        "LOUISVILLE, Ky. - A judge declared a mistrial Tuesday in the case of a man charged "
        "with killing two people at a house party on March 8. A new trial was set for Feb. 1.",
        "2020-03-08",
    ),
    (
        "p24",
        "2020-10-14",
        U,
        "Sentenced for shooting at ex",
        "LEXINGTON, Ky. - A 33-year-old man was sentenced Tuesday to 12 years for firing shots "
        "at his former girlfriend on New Year's Eve outside her apartment on Winchester Road.",
        "2019-12-31",
    ),
    (
        "p25",
        "2020-10-14",
        U,
        "Appeal denied",
        "NASHVILLE, Tenn. - An appeals court on Monday upheld the conviction of a man who shot "
        "and killed a bouncer on Jan. 5, 2016, outside a Broadway bar.",
        "2016-01-05",
    ),
    (
        "d01",
        "2020-10-14",
        U,
        "Man dies days after shooting",
        "FLINT, Mich. - A 29-year-old man died Tuesday of wounds suffered in a Saturday "
        "shooting on Dort Highway, police said.",
        "2020-10-10",
    ),
    (
        "d02",
        "2020-10-14",
        U,
        "Victim dies",
        "SAGINAW, Mich. - A woman shot Sunday night on Janes Avenue died Monday at a hospital, "
        "police said Tuesday.",
        "2020-10-11",
    ),
    (
        "d03",
        "2020-10-14",
        U,
        "Teen dies week after shooting",
        "LANSING, Mich. - A 16-year-old boy shot on Oct. 6 near a school died Tuesday, police "
        "said. His death is now being investigated as a homicide.",
        "2020-10-06",
    ),
    (
        "d04",
        "2020-10-14",
        U,
        "Shooting victim dies",
        "KALAMAZOO, Mich. - A man wounded in a shooting last week has died, police said "
        "Wednesday. The 41-year-old was shot Thursday on North Street and died Monday.",
        "2020-10-08",
    ),
    (
        "d05",
        "2020-10-14",
        U,
        "Death ruled homicide",
        "GRAND RAPIDS, Mich. - The medical examiner on Tuesday ruled the death of a man who "
        "died Sunday a homicide. He had been shot Sept. 29 on Division Avenue.",
        "2020-09-29",
    ),
    (
        "d06",
        "2020-10-14",
        U,
        "Victim of Friday shooting dies",
        "DETROIT - A 35-year-old man who was shot Friday on the city's east side died of his "
        "injuries on Monday, police said.",
        "2020-10-09",
    ),
    (
        "d07",
        "2020-10-14",
        U,
        "Woman dies months after shooting",
        "MILWAUKEE - A woman who was shot in June died last week, and her death has been ruled "
        "a homicide, the medical examiner said Tuesday. She was shot on June 14 on North 27th "
        "Street.",
        "2020-06-14",
    ),
    (
        "d08",
        "2020-10-14",
        U,
        "Man dies",
        "RACINE, Wis. - A man shot early Saturday outside a bar died Tuesday afternoon at a "
        "Milwaukee hospital, police said.",
        "2020-10-10",
    ),
    (
        "d09",
        "2020-10-14",
        U,
        "Death toll rises",
        "MADISON, Wis. - A second victim of the shooting on State Street on Oct. 4 died "
        "Monday, police said. The first victim died at the scene.",
        "2020-10-04",
    ),
    (
        "d10",
        "2020-10-14",
        U,
        "Man dies 2 weeks after being shot",
        "GREEN BAY, Wis. - A 52-year-old man died Monday, two weeks after he was shot in his "
        "driveway, police said.",
        "2020-09-28",
    ),
    (
        "d11",
        "2020-10-14",
        U,
        "Officer dies",
        "KENOSHA, Wis. - A police officer wounded in a shootout on Sept. 30 died Tuesday at a "
        "hospital, the department said in a statement Wednesday.",
        "2020-09-30",
    ),
    (
        "d12",
        "2020-10-14",
        U,
        "Boy dies",
        "ST. LOUIS - A 10-year-old boy who was struck by a stray bullet Friday night died "
        "Sunday, police said Tuesday.",
        "2020-10-09",
    ),
    (
        "d13",
        "2020-10-14",
        U,
        "Victim dies",
        "KANSAS CITY, Mo. - A man shot during an argument on Sunday, Oct. 4, died Monday, "
        "police said.",
        "2020-10-04",
    ),
    (
        "d14",
        "2020-10-14",
        U,
        "Woman dies a week later",
        "SPRINGFIELD, Mo. - A 23-year-old woman died Tuesday, a week after she was shot at an "
        "apartment complex, police said.",
        "2020-10-06",
    ),
    (
        "d15",
        "2020-10-14",
        U,
        "Man dies after Labor Day shooting",
        "TULSA, Okla. - A man shot on Labor Day died Tuesday, police said. He was found "
        "wounded on North Peoria Avenue.",
        "2020-09-07",
    ),
    (
        "h01",
        "2020-07-08",
        U,
        "Arrest in Fourth of July shooting",
        "OMAHA, Neb. - Police on Tuesday arrested a man in the Fourth of July shooting that "
        "wounded three people at a block party.",
        "2020-07-04",
    ),
    (
        "h02",
        "2020-12-29",
        U,
        "Man shot on Christmas Eve",
        "WICHITA, Kan. - Police are still searching for the gunman who shot a man on Christmas "
        "Eve outside a convenience store. The victim was released Monday.",
        "2020-12-24",
    ),
    (
        "h03",
        "2020-05-28",
        U,
        "Memorial Day weekend shooting",
        "DES MOINES, Iowa - Police said Wednesday they have identified a suspect in a Memorial "
        "Day shooting that injured two people on Hubbell Avenue.",
        "2020-05-25",
    ),
    (
        "h04",
        "2021-01-05",
        U,
        "New Year's Day shooting",
        "SIOUX FALLS, S.D. - A man was charged Monday in a New Year's Day shooting that killed "
        "a 20-year-old at a house party.",
        "2021-01-01",
    ),
    (
        "h05",
        "2020-11-30",
        U,
        "Thanksgiving night shooting",
        "DENVER - A man was shot and wounded on Thanksgiving night outside a bar on Colfax "
        "Avenue, police said Sunday.",
        "2020-11-26",
    ),
    (
        "h06",
        "2020-07-07",
        U,
        "Shooting at July 4th party",
        "ALBUQUERQUE, N.M. - A 17-year-old was killed and two others hurt when gunfire broke "
        "out at a July 4th party, police said Monday.",
        "2020-07-04",
    ),
    (
        "h07",
        "2020-01-02",
        U,
        "Shooting on New Year's Eve",
        "PHOENIX - A man was shot and killed late on New Year's Eve in a parking lot on Van "
        "Buren Street, police said Thursday.",
        "2019-12-31",
    ),
    (
        "h08",
        "2020-09-09",
        U,
        "Labor Day shooting",
        "TUCSON, Ariz. - Police on Tuesday released the name of a man killed in a Labor Day "
        "shooting on South 6th Avenue.",
        "2020-09-07",
    ),
    (
        "h09",
        "2021-02-17",
        U,
        "Valentine's Day shooting",
        "LAS VEGAS - A woman was arrested Tuesday in a Valentine's Day shooting that wounded "
        "her boyfriend at a Henderson apartment.",
        "2021-02-14",
    ),
    (
        "h10",
        "2020-12-28",
        U,
        "Christmas night shooting",
        "RENO, Nev. - Police said Monday a man was shot on Christmas night during a fight "
        "outside a casino on Virginia Street. He is expected to recover.",
        "2020-12-25",
    ),
    (
        "h11",
        "2020-05-27",
        U,
        "Memorial Day weekend violence",
        "CHICAGO - A man was shot Saturday night on the South Side, one of several shootings "
        "over the Memorial Day weekend, police said Tuesday.",
        "2020-05-23",
    ),
    (
        "h12",
        "2020-07-08",
        U,
        "Suspect sought",
        "SACRAMENTO, Calif. - Police on Tuesday released video of a gunman who, they say, fired "
        "into a crowd watching fireworks on July 4, wounding a teenager.",
        "2020-07-04",
    ),
    (
        "h13",
        "2020-11-03",
        U,
        "Halloween shooting",
        "FRESNO, Calif. - A 15-year-old was wounded in a shooting on Halloween night while "
        "trick-or-treating, police said Monday.",
        "2020-10-31",
    ),
    (
        "h14",
        "2020-11-30",
        U,
        "Black Friday shooting at mall",
        "STOCKTON, Calif. - Police said Sunday they arrested a man in the Black Friday "
        "shooting at a shopping mall that wounded a security guard.",
        "2020-11-27",
    ),
    (
        "h15",
        "2020-07-08",
        U,
        "Quote names holiday",
        'BAKERSFIELD, Calif. - A man was shot and wounded Sunday night on Union Avenue. "It '
        'was quiet even on the Fourth of July," a neighbor said Tuesday.',
        "2020-07-05",
    ),
    (
        "h16",
        "2020-12-30",
        U,
        "Shooting after Christmas",
        "OAKLAND, Calif. - A man was shot Monday night on International Boulevard, police said "
        "Tuesday. It was the city's second homicide since Christmas Day.",
        "2020-12-28",
    ),
    (
        "h17",
        "2020-07-08",
        U,
        "Shooting at holiday cookout",
        "SAN JOSE, Calif. - Two men were wounded Monday in a shooting at a cookout that had "
        "started on the Fourth of July, police said.",
        "2020-07-06",
    ),
    (
        "h18",
        "2020-11-30",
        U,
        "Man shot day after Thanksgiving",
        "PORTLAND, Ore. - A man was shot and wounded the day after Thanksgiving in Northeast "
        "Portland, police said Sunday.",
        "2020-11-27",
    ),
    (
        "h19",
        "2021-01-04",
        U,
        "Easter shooting suspect arrested",
        "TACOMA, Wash. - A man wanted in a shooting on Easter Sunday that killed a 19-year-old "
        "was arrested Saturday in Oregon.",
        "2020-04-12",
    ),
    (
        "h20",
        "2020-09-10",
        U,
        "Labor Day weekend shooting",
        "SPOKANE, Wash. - A man was wounded early Sunday of Labor Day weekend in a shooting in "
        "downtown Spokane, police said Wednesday.",
        "2020-09-06",
    ),
    (
        "y01",
        "2020-10-14",
        U,
        "A year after shooting, family seeks answers",
        "NEWARK, N.J. - A year ago Tuesday, a 19-year-old was shot and killed outside a corner "
        "store on Clinton Avenue. No one has been charged.",
        "2019-10-13",
    ),
    (
        "y02",
        "2020-10-14",
        U,
        "Arrest in last month's shooting",
        "PATERSON, N.J. - Police on Tuesday arrested a man in last month's shooting that "
        "killed a 24-year-old on Market Street. The victim was shot Sept. 19.",
        "2020-09-19",
    ),
    (
        "y03",
        "2020-10-14",
        U,
        "Vigil marks anniversary",
        "CAMDEN, N.J. - Friends gathered Tuesday to mark one year since a teenager, 15, was shot "
        "and killed on Oct. 13, 2019, outside his home.",
        "2019-10-13",
    ),
    (
        "y04",
        "2020-10-14",
        U,
        "Arrest in shooting last month",
        "TRENTON, N.J. - A 21-year-old was arrested Tuesday in connection with a shooting last "
        "month on Perry Street that wounded two men.",
        "2020-09",
    ),
    (
        "y05",
        "2020-10-14",
        U,
        "Two years later",
        "ELIZABETH, N.J. - Two years after a 30-year-old man was killed in a shooting on Oct. "
        "12, 2018, his mother on Tuesday pleaded for witnesses to come forward.",
        "2018-10-12",
    ),
    (
        "y06",
        "2020-10-14",
        U,
        "Arrest made",
        "JERSEY CITY, N.J. - Police arrested a man Monday in a shooting a year ago that killed "
        "a 27-year-old on Ocean Avenue.",
        "2019-10",
    ),
    (
        "y07",
        "2020-10-14",
        U,
        "Anniversary of mass shooting",
        "PITTSBURGH - The city marked the second anniversary Tuesday of the synagogue shooting "
        "on Oct. 27, 2018, with a moment of silence, a week early because of a conflict.",
        "2018-10-27",
    ),
    (
        "y08",
        "2020-10-14",
        U,
        "Cold case arrest",
        "ALLENTOWN, Pa. - Detectives on Tuesday charged a man with the 2015 killing of a "
        "22-year-old, who was shot on Aug. 4, 2015, on Hamilton Street.",
        "2015-08-04",
    ),
    (
        "y09",
        "2020-10-14",
        U,
        "Earlier this month",
        "READING, Pa. - Police arrested a man Tuesday in a shooting earlier this month that "
        "left a 35-year-old wounded. The shooting happened Oct. 2 on Penn Street.",
        "2020-10-02",
    ),
    (
        "y10",
        "2020-10-14",
        U,
        "Six months later",
        "ERIE, Pa. - Six months after a man died in gunfire on April 12 on State Street, "
        "police on Tuesday announced a $10,000 reward.",
        "2020-04-12",
    ),
    (
        "y11",
        "2020-10-14",
        U,
        "Three weeks ago",
        "SCRANTON, Pa. - A man was charged Tuesday in a shooting three weeks ago that wounded "
        "a 20-year-old.",
        "2020-09-23",
    ),
    (
        "y12",
        "2020-10-14",
        U,
        "Suspect arrested a month after",
        "HARRISBURG, Pa. - A month after a 19-year-old was shot on Derry Street, police "
        "arrested a suspect Tuesday. The victim was shot on Sept. 13 and survived.",
        "2020-09-13",
    ),
    (
        "y13",
        "2020-10-14",
        U,
        "Last week's shooting",
        "LANCASTER, Pa. - Police on Tuesday charged a man in last Thursday's shooting on King "
        "Street that wounded a 25-year-old.",
        "2020-10-08",
    ),
    (
        "y14",
        "2020-10-14",
        U,
        "Ten years after",
        "PHILADELPHIA - Ten years after his son was killed in a shooting on Oct. 14, 2010, a "
        "father on Wednesday opened a youth center in his name.",
        "2010-10-14",
    ),
    (
        "y15",
        "2020-10-14",
        U,
        "Earlier this year",
        "BALTIMORE - A man was charged Tuesday in a Feb. 22 shooting that killed a 28-year-old "
        "on North Avenue earlier this year.",
        "2020-02-22",
    ),
    (
        "v01",
        "2020-10-14",
        U,
        "Victim recounts shooting",
        "RICHMOND, Va. - A 24-year-old woman shot in the leg while walking home on Saturday "
        "night said Tuesday she still does not know why. She was released from the hospital "
        "Monday.",
        "2020-10-10",
    ),
    (
        "v02",
        "2020-10-14",
        U,
        "Survivor speaks",
        'NORFOLK, Va. - "I heard the shots and fell," said a 30-year-old man who was wounded '
        "Friday at a gas station on Church Street. He spoke to reporters Tuesday from his "
        "home.",
        "2020-10-09",
    ),
    (
        "v03",
        "2020-10-14",
        U,
        "Man shot during robbery tells story",
        "ROANOKE, Va. - A delivery driver shot during a robbery on Oct. 7 said Tuesday he is "
        "lucky to be alive. He returned to work on Monday.",
        "2020-10-07",
    ),
    (
        "v04",
        "2020-10-14",
        U,
        "Shot teen speaks",
        "HAMPTON, Va. - A 17-year-old shot Sunday at a party told reporters Tuesday that he "
        "did not know the gunman. He went home from the hospital on Monday.",
        "2020-10-11",
    ),
    (
        "v05",
        "2020-10-14",
        U,
        "Woman shot in road rage",
        "CHESAPEAKE, Va. - A woman shot on Interstate 64 last Thursday said Tuesday she wants "
        "the gunman caught. Police released a sketch on Monday.",
        "2020-10-08",
    ),
    (
        "v06",
        "2020-10-14",
        U,
        "Victim describes ordeal",
        "DURHAM, N.C. - Speaking Tuesday from his hospital bed, a man shot four times on the "
        "night of Oct. 3 said he forgave the shooter.",
        "2020-10-03",
    ),
    (
        "v07",
        "2020-10-14",
        U,
        "Store clerk returns",
        "GREENSBORO, N.C. - A store clerk who was shot during a robbery a week ago Friday "
        "returned to work Tuesday.",
        "2020-10-02",
    ),
    (
        "v08",
        "2020-10-14",
        U,
        "Mother of victim speaks",
        "WINSTON-SALEM, N.C. - The mother of a man killed Sunday on Patterson Avenue spoke "
        "Tuesday at a news conference, asking for the public's help.",
        "2020-10-11",
    ),
    (
        "s01",
        "2020-10-14",
        U,
        "Police release details",
        "CHARLESTON, S.C. - Police on Tuesday released new details about a shooting on Friday "
        "night that left a man dead on King Street.",
        "2020-10-09",
    ),
    (
        "s02",
        "2020-10-14",
        U,
        "Police identify victim",
        "COLUMBIA, S.C. - In a statement Monday, police identified the man killed in a "
        "shooting on Oct. 10 as a 32-year-old from Irmo.",
        "2020-10-10",
    ),
    (
        "s03",
        "2020-10-14",
        U,
        "Statement on shooting",
        "GREENVILLE, S.C. - The sheriff's office said in a news release Tuesday that deputies "
        "were called to a shooting on Saturday at about 11 p.m. on Poinsett Highway.",
        "2020-10-10",
    ),
    (
        "s04",
        "2020-10-14",
        U,
        "Bodycam released",
        "ATLANTA - Police on Tuesday released body camera video of an officer shooting a man "
        "on Oct. 1 during a foot chase.",
        "2020-10-01",
    ),
    (
        "s05",
        "2020-10-14",
        U,
        "GBI update",
        "SAVANNAH, Ga. - The Georgia Bureau of Investigation said Monday it is investigating a "
        "shooting by a deputy that happened Friday night on Abercorn Street.",
        "2020-10-09",
    ),
    (
        "s06",
        "2020-10-14",
        U,
        "Police chief speaks",
        "MACON, Ga. - The police chief said at a briefing Tuesday that the shooting on Sunday "
        "afternoon was gang related.",
        "2020-10-11",
    ),
    (
        "s07",
        "2020-10-14",
        U,
        "Update on shooting",
        "AUGUSTA, Ga. - Investigators said Tuesday that the man shot Saturday on Walton Way "
        "was targeted. An arrest warrant was issued Monday.",
        "2020-10-10",
    ),
    (
        "s08",
        "2020-10-14",
        U,
        "Sheriff's statement",
        "JACKSONVILLE, Fla. - Deputies said in a statement posted Monday that a man was shot "
        "about 3 a.m. Sunday on Moncrief Road.",
        "2020-10-11",
    ),
    (
        "s09",
        "2020-10-14",
        U,
        "Police say shooting was self-defense",
        "TAMPA, Fla. - Police said Tuesday that a man who shot an intruder at his home last "
        "Wednesday acted in self-defense.",
        "2020-10-07",
    ),
    (
        "s10",
        "2020-10-14",
        U,
        "Suspect surrenders",
        "ORLANDO, Fla. - A man wanted in the Oct. 5 shooting on Orange Blossom Trail "
        "surrendered to police on Tuesday, officials said.",
        "2020-10-05",
    ),
    (
        "g01",
        "2021-03-10",
        U,
        "Man charged in 2020 killing",
        "BOSTON - A man was arraigned Tuesday in the killing of a 23-year-old who was shot on "
        "Dec. 19, 2020, in Dorchester.",
        "2020-12-19",
    ),
    (
        "g02",
        "2021-03-10",
        U,
        "Arrest in New Year's shooting",
        "WORCESTER, Mass. - Police arrested a man Monday in the shooting on Jan. 1 that "
        "wounded two people on Main Street.",
        "2021-01-01",
    ),
    (
        "g03",
        "2021-03-10",
        U,
        "Trial in 2019 shooting",
        "SPRINGFIELD, Mass. - The trial of a man accused of shooting a clerk on March 31, "
        "2019, began Monday in Hampden Superior Court.",
        "2019-03-31",
    ),
    (
        "g04",
        "2021-03-10",
        U,
        "Conviction",
        "PROVIDENCE, R.I. - A jury on Tuesday convicted a man in the Aug. 14, 2019 shooting on "
        "Broad Street that killed a 26-year-old.",
        "2019-08-14",
    ),
    (
        "g05",
        "2021-03-10",
        U,
        "Plea",
        "HARTFORD, Conn. - A man pleaded guilty Tuesday in the shooting of a teenager on Nov. "
        "30 on Albany Avenue.",
        "2020-11-30",
    ),
    (
        "g06",
        "2021-03-10",
        U,
        "Sentenced for December shooting",
        "NEW HAVEN, Conn. - A man who shot a rival in December was sentenced Tuesday to eight "
        "years. The shooting happened on Dec. 12 outside a bar on Whalley Avenue.",
        "2020-12-12",
    ),
    (
        "g07",
        "2021-03-10",
        U,
        "Lawsuit",
        "BRIDGEPORT, Conn. - A man shot by an officer on Feb. 8, 2020, filed a lawsuit Monday "
        "in federal court.",
        "2020-02-08",
    ),
    (
        "g08",
        "2021-03-10",
        U,
        "Arrest in February shooting",
        "MANCHESTER, N.H. - Police on Tuesday arrested a man in the Feb. 27 shooting on Elm "
        "Street that wounded a 31-year-old.",
        "2021-02-27",
    ),
    (
        "l01",
        "2020-10-14",
        U,
        "Third shooting in a week",
        "BUFFALO, N.Y. - A man was shot and wounded Tuesday night on Jefferson Avenue, the "
        "third shooting on the street in a week. A woman was wounded there on Oct. 7 and a "
        "teen on Oct. 10.",
        "2020-10-13",
    ),
    (
        "l02",
        "2020-10-14",
        U,
        "Another shooting",
        "ROCHESTER, N.Y. - A 22-year-old man was shot Tuesday on Clifford Avenue. Police said "
        "it was not connected to a shooting on Sunday on nearby Joseph Avenue or one on "
        "Saturday on Hudson Avenue.",
        "2020-10-13",
    ),
    (
        "l03",
        "2020-10-14",
        U,
        "Violent weekend",
        "SYRACUSE, N.Y. - A man was killed early Monday on Butternut Street. On Saturday, a "
        "woman was wounded on the South Side, and on Friday two men were shot on James Street.",
        "2020-10-12",
    ),
    (
        "l04",
        "2020-10-14",
        U,
        "Shooting at same store",
        "ALBANY, N.Y. - A clerk was shot Tuesday at a corner store on Central Avenue where "
        "another clerk was shot on Aug. 2, 2019.",
        "2020-10-13",
    ),
    (
        "l05",
        "2020-10-14",
        U,
        "Latest shooting",
        "NEW YORK - Gunfire wounded a college student, 19, in the Bronx on Tuesday afternoon, "
        "police said. It "
        "followed shootings on Sunday in Brooklyn and on Monday in Queens.",
        "2020-10-13",
    ),
    (
        "l06",
        "2020-10-14",
        U,
        "Shooting near school",
        "YONKERS, N.Y. - A 16-year-old was wounded Tuesday near a high school. In March, "
        "another student was shot at a bus stop on the same block.",
        "2020-10-13",
    ),
    (
        "l07",
        "2020-10-14",
        U,
        "Second shooting",
        "UTICA, N.Y. - Two men were shot early Wednesday on Genesee Street, police said. It "
        "was the second shooting on the block since Saturday, when a man was grazed.",
        "2020-10-14",
    ),
    (
        "l08",
        "2020-10-14",
        U,
        "Police link shootings",
        "BINGHAMTON, N.Y. - Police said Tuesday that a shooting Monday on Main Street that "
        "wounded a woman is linked to a Sept. 20 shooting on Clinton Street.",
        "2020-10-12",
    ),
    (
        "l09",
        "2020-10-14",
        U,
        "Recent shootings",
        "SCHENECTADY, N.Y. - A man was shot Tuesday on State Street. It was the city's fifth "
        "shooting this month: others came on Oct. 1, Oct. 4, Oct. 8 and Oct. 11.",
        "2020-10-13",
    ),
    (
        "l10",
        "2020-10-14",
        U,
        "Shooting reprises old feud",
        "TROY, N.Y. - A man was wounded Monday night on River Street in a shooting police tied "
        "to a feud that began with a killing on July 4, 2018.",
        "2020-10-12",
    ),
    (
        "x01",
        "2020-10-14",
        U,
        "Man charged",
        "WILMINGTON, Del. - A man was charged Tuesday in the Saturday, Oct. 3, shooting that "
        "wounded a 28-year-old on Market Street. He was arrested Monday.",
        "2020-10-03",
    ),
    (
        "x02",
        "2020-10-14",
        U,
        "Funeral held",
        "DOVER, Del. - A funeral was held Tuesday for a 14-year-old girl killed by a stray "
        "bullet on Oct. 5 while sitting on her porch.",
        "2020-10-05",
    ),
    (
        "x03",
        "2020-10-14",
        U,
        "Shooting victim released",
        "ANNAPOLIS, Md. - A man shot Friday on West Street was released from the hospital "
        "Monday, and police said Tuesday they have a suspect.",
        "2020-10-09",
    ),
    (
        "x04",
        "2020-10-14",
        U,
        "Court date",
        "FREDERICK, Md. - A man charged with shooting a neighbor on Sept. 26 is set to appear "
        "in court on Thursday.",
        "2020-09-26",
    ),
    (
        "x05",
        "2020-10-14",
        U,
        "Police seek gunman",
        "SILVER SPRING, Md. - Police on Tuesday asked for help finding a man who shot a "
        "delivery driver on the evening of Oct. 8 on Georgia Avenue.",
        "2020-10-08",
    ),
    (
        "x06",
        "2020-10-14",
        U,
        "A year later, verdict",
        "WASHINGTON - A year after a 9-year-old was killed by a stray bullet on Oct. 11, 2019, "
        "a jury on Tuesday convicted the man who fired the shot.",
        "2019-10-11",
    ),
    (
        "x07",
        "2020-10-14",
        U,
        "Suspect in custody",
        "HOUSTON - A man accused of shooting a clerk during a robbery last Tuesday was taken "
        "into custody Monday, police said.",
        "2020-10-06",
    ),
    (
        "x08",
        "2020-10-14",
        U,
        "Shooting on Monday",
        "DALLAS - A man was shot and killed Monday night on Ledbetter Drive, police said. A "
        "suspect was arrested Tuesday morning.",
        "2020-10-12",
    ),
    (
        "x09",
        "2020-10-14",
        U,
        "Victim identified",
        "SAN ANTONIO - The Bexar County medical examiner on Tuesday identified a man killed in "
        "a shooting on the night of Saturday, Oct. 10, as a 44-year-old.",
        "2020-10-10",
    ),
    (
        "x10",
        "2020-10-14",
        U,
        "Indictment",
        "AUSTIN, Texas - A grand jury on Tuesday indicted a man in the Aug. 30 shooting death "
        "of a 21-year-old on Riverside Drive. He was arrested Sept. 2.",
        "2020-08-30",
    ),
]

KNOWN_MISSES: dict[str, str] = {
    "y08": "a day more than five years back is history, even when the arrest is of its killer",
    "y14": "a day ten years back is history, even when the story is about that killing",
    "l03": "earlier shootings told in the lead's paragraph by opening days date the event",
}

test_the_shooting_day = day_table_test(MULTI_DAY, KNOWN_MISSES)


WED = dt.date(2020, 10, 14)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A man was shot on Christmas Day 2018 on Elm Street.", "2018-12-25"),
        ("A man was shot on Christmas Eve, 2017, on Elm Street.", "2017-12-24"),
    ],
)
def test_a_year_after_a_holiday_is_its_year(text: str, day: str) -> None:
    assert event_day(text, WED) == day


def test_a_holiday_with_last_year_after_it_is_last_years() -> None:
    text = (
        "A trial date was set Monday for a man accused of shooting his uncle during a "
        "Fourth of July cookout last year."
    )
    assert event_day(text, WED) == "2019-07-04"


def test_a_wounding_day_weeks_before_a_death_dates_the_event() -> None:
    text = "A man died Sunday at a hospital, police said. He was shot Sept. 20 on Elm Street."
    assert event_day(text, WED) == "2020-09-20"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A clerk shot a week ago Friday went back to work Tuesday.", "2020-10-02"),
        ("A clerk who was shot two weeks ago Tuesday returned to work Monday.", "2020-09-29"),
    ],
)
def test_a_weekday_weeks_ago_is_that_many_weeks_before_its_last(text: str, day: str) -> None:
    assert event_day(text, WED) == day


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot Tuesday on Elm Street. Police said it was not linked to a shooting "
        "on Sunday on Oak Street.",
        "A man was shot Tuesday on Elm Street. It followed two shootings on Saturday on Oak "
        "Street.",
    ],
)
def test_a_shooting_set_beside_this_one_is_another(text: str) -> None:
    assert event_day(text, WED) == "2020-10-13"
