"""analyse/when on follow-up stories written for h-date32: arrests, charges, identifications,
deaths days later, vigils, funerals, trials, lawsuits and anniversaries that name the day of
the shooting indirectly ("the Nov. 12 homicide", "last Tuesday's shooting", "two days after
Christmas", "the 12/31 shooting", "shot March 2 and died March 9", "a shooting Saturday night"
told by a Friday page beside Thursday's arrest).

Every headline and sentence here is invented for these tests (the towns, streets and stations
are real, the events are not). Each row: id, publication day, address, headline, text, the day
of the shooting (a "YYYY-MM" want asks for that month at a month's precision).
FOLLOW_UPS (111 rows) were written before any rule: main at e48ff80 got 104 right (misses:
"the 11/14 shooting", "the 12/31 shooting", "the 3/4 shooting", "two days after Christmas",
"a shooting Saturday night" beside Thursday's naming of a suspect on a Friday page, "Fat
Tuesday" six days back beside Monday's identification, "a week ago Saturday"). CHECKS (21 rows,
3 controls) were written after the first three rules as a check: main 3 of 21, h-date32 20.
LATER_CHECKS (20 rows) were written after those: main 16 of 20 (misses: "ordered Monday to
stand trial" beside "last month", "a shooting on 10-3", a Wednesday six days back beside
Monday's identification, "two days after New Year's Day"); the last two rules followed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfold.analyse import timeexpr

from .when_helpers import Row, day_table_test, event_day

FOLLOW_UPS: list[Row] = [
    (
        "a01",
        "2019-11-20",
        "https://www.localnews.example/news/crime/",
        "Man charged in Nov. 12 homicide",
        "CHARLOTTE, N.C. (WBTV) - A 19-year-old man was charged Tuesday with murder in the Nov. 12"
        " homicide on Rozzelles Ferry Road, police said. The victim, a 27-year-old man, was found "
        "shot in a parked car and died at the scene.",
        "2019-11-12",
    ),
    (
        "a02",
        "2019-11-20",
        "https://www.localnews.example/news/crime/",
        "Arrest in weekend shooting",
        "CHARLOTTE, N.C. - Police on Tuesday arrested a man in connection with Saturday's shooting"
        " outside a bar on Central Avenue. Officers said two men were wounded in the gunfire. Both"
        " are expected to survive.",
        "2019-11-16",
    ),
    (
        "a03",
        "2019-11-20",
        "https://www.localnews.example/news/crime/",
        "Suspect charged Monday in Friday's shooting",
        "GASTONIA, N.C. - A Gastonia man was charged Monday in Friday's shooting that left a "
        "teenager injured, police said. The 16-year-old was struck in the leg near a basketball "
        "court.",
        "2019-11-15",
    ),
    (
        "a04",
        "2019-11-20",
        "https://www.localnews.example/news/crime/",
        "Victim dies days after being shot",
        "DURHAM, N.C. - A man who was shot Saturday died Tuesday from his wounds at Duke "
        "University Hospital, Durham police said. Officers found him wounded on Fayetteville "
        "Street just after midnight.",
        "2019-11-16",
    ),
    (
        "a05",
        "2019-11-20",
        "https://www.localnews.example/news/crime/",
        "Police name man killed in shooting",
        "RALEIGH, N.C. - Police on Tuesday identified the man killed in a shooting early Sunday, "
        "Nov. 17, on Poole Road as 31-year-old Derrick Mims. Officers found him with a gunshot "
        "wound around 2 a.m.",
        "2019-11-17",
    ),
    (
        "a06",
        "2019-11-20",
        "https://www.localnews.example/news/crime/",
        "Vigil held for teen killed",
        "GREENSBORO, N.C. - Friends gathered Tuesday night for a vigil honoring a 15-year-old who "
        "was shot and killed 10 days ago on Phillips Avenue. No arrests have been made, police "
        "said.",
        "2019-11-10",
    ),
    (
        "a07",
        "2019-11-20",
        "https://www.localnews.example/news/crime/",
        "Man shot Nov. 2 dies a week later",
        "HIGH POINT, N.C. - A man who was shot Nov. 2 and died Nov. 9 has been identified as "
        "44-year-old Carl Boone, police said Tuesday. Boone was wounded outside a store on English"
        " Road.",
        "2019-11-02",
    ),
    (
        "a08",
        "2019-11-20",
        "https://www.localnews.example/news/crime/",
        "Police seek shooter",
        "FAYETTEVILLE, N.C. - Police are still looking for the gunman in a shooting on the night "
        "of Nov. 8 that left one man dead on Murchison Road. Investigators released surveillance "
        "photos on Tuesday.",
        "2019-11-08",
    ),
    (
        "a09",
        "2019-11-20",
        "https://www.localnews.example/news/crime/",
        "Arrest made in shooting",
        "WINSTON-SALEM, N.C. - A man was arrested Tuesday and charged in the slaying of a "
        "22-year-old cook a week ago Saturday on Waughtown Street, police said.",
        "2019-11-09",
    ),
    (
        "a10",
        "2019-11-20",
        "https://www.localnews.example/news/crime/",
        "Teen charged",
        "CONCORD, N.C. - A 17-year-old has been charged with attempted murder in a shooting two "
        "days ago at a Concord apartment complex, police said. The victim, a man of 20, took a "
        "bullet to the chest and is in stable condition.",
        "2019-11-18",
    ),
    (
        "a11",
        "2019-11-20",
        "https://www.localnews.example/news/crime/",
        "Funeral held for slain father",
        "CHARLOTTE, N.C. - Family and friends said goodbye Tuesday to a father of two who was "
        "gunned down Nov. 10 while pumping gas on Freedom Drive. Police have not named a suspect.",
        "2019-11-10",
    ),
    (
        "a12",
        "2019-11-20",
        "https://www.localnews.example/news/crime/",
        "Second arrest in shooting",
        "WILMINGTON, N.C. - Police made a second arrest Tuesday in the Nov. 3rd shooting on Market"
        " Street that killed a 24-year-old man.",
        "2019-11-03",
    ),
    (
        "a13",
        "2019-11-20",
        "https://www.localnews.example/news/crime/",
        "Charges filed",
        "ASHEVILLE, N.C. - Prosecutors on Tuesday filed murder charges against a man in the 11/14 "
        "shooting death of a woman on Haywood Road, court records show.",
        "2019-11-14",
    ),
    (
        "a14",
        "2019-11-20",
        "https://www.localnews.example/news/crime/",
        "Man charged",
        "HICKORY, N.C. - A Hickory man faces charges in a Nov 15th shooting that wounded a "
        "30-year-old woman, police said Tuesday.",
        "2019-11-15",
    ),
    (
        "a15",
        "2019-11-20",
        "https://www.localnews.example/news/crime/",
        "Suspect in court",
        "SALISBURY, N.C. - A man accused in the deadly shooting on 16 November appeared in court "
        "Tuesday. The victim, 19, was killed outside a home on Lincolnton Road.",
        "2019-11-16",
    ),
    (
        "a16",
        "2019-11-20",
        "https://www.localnews.example/news/crime/",
        "Police arrest suspect in Thursday shooting",
        "MONROE, N.C. - Police arrested a 23-year-old man Monday in last Thursday's shooting that "
        "injured two people on Franklin Street.",
        "2019-11-14",
    ),
    (
        "a17",
        "2019-11-20",
        "https://www.localnews.example/news/crime/",
        "Family pleads for answers",
        "CHARLOTTE, N.C. - The family of a man killed earlier this month on Beatties Ford Road "
        "pleaded Tuesday for anyone with information to come forward. Police said he was shot on "
        "Nov. 4 outside a barbershop.",
        "2019-11-04",
    ),
    (
        "a18",
        "2019-11-20",
        "https://www.localnews.example/news/crime/",
        "Man sentenced",
        "CHARLOTTE, N.C. - A judge sentenced a man Tuesday to 20 years in prison for a shooting on"
        " Nov. 14, 2018, that left a clerk wounded.",
        "2018-11-14",
    ),
    (
        "a19",
        "2019-11-20",
        "https://www.localnews.example/news/crime/",
        "Arrest in shooting of teen",
        "DURHAM, N.C. - Durham police arrested a man Monday in the shooting of a boy, 14, "
        "that happened on Nov. 11 on Angier Avenue. The boy was hit in the arm.",
        "2019-11-11",
    ),
    (
        "a20",
        "2019-11-20",
        "https://www.localnews.example/news/crime/",
        "Two arrested",
        "GREENVILLE, N.C. - Two men were arrested Tuesday, six days after a shooting outside a "
        "nightclub on Dickinson Avenue left one person dead.",
        "2019-11-13",
    ),
    (
        "b01",
        "2019-11-25",
        "https://www.localnews.example/news/crime/",
        "Arrest in last Tuesday's shooting",
        "TOLEDO, Ohio - Police arrested a man Sunday in last Tuesday's shooting on Dorr Street "
        "that wounded a 25-year-old woman.",
        "2019-11-19",
    ),
    (
        "b02",
        "2019-11-25",
        "https://www.localnews.example/news/crime/",
        "Man identified",
        "AKRON, Ohio - The Summit County medical examiner on Monday identified the man who was "
        "shot and killed on Friday night on Copley Road as 29-year-old Tyrell Jones.",
        "2019-11-22",
    ),
    (
        "b03",
        "2019-11-25",
        "https://www.localnews.example/news/crime/",
        "Suspect arrested",
        "DAYTON, Ohio - A suspect in the Nov. 21 killing of a 40-year-old man on Salem Avenue was "
        "booked into jail Sunday, according to Montgomery County jail records.",
        "2019-11-21",
    ),
    (
        "b04",
        "2019-11-25",
        "https://www.localnews.example/news/crime/",
        "Teen dies",
        "COLUMBUS, Ohio - A 17-year-old who was shot last week died Sunday, police said. He was "
        "shot Wednesday afternoon near an east side apartment complex.",
        "2019-11-20",
    ),
    (
        "b05",
        "2019-11-25",
        "https://www.localnews.example/news/crime/",
        "Charges in shooting",
        "CANTON, Ohio - A man was charged Saturday in a shooting Thursday night that left a woman "
        "wounded on Tuscarawas Street, police said.",
        "2019-11-21",
    ),
    (
        "b06",
        "2019-11-25",
        "https://www.localnews.example/news/crime/",
        "Vigil",
        "YOUNGSTOWN, Ohio - About 50 people attended a vigil Sunday for a man who was shot to "
        "death a week ago on the city's South Side.",
        "2019-11-18",
    ),
    (
        "b07",
        "2019-11-25",
        "https://www.localnews.example/news/crime/",
        "Police: shooting victim dies",
        "CINCINNATI - The man shot in Avondale on Nov. 16 has died of his injuries, police said "
        "Monday. He was 33.",
        "2019-11-16",
    ),
    (
        "b08",
        "2019-11-25",
        "https://www.localnews.example/news/crime/",
        "Shooting arrest",
        "CLEVELAND - Police arrested a 21-year-old man on Friday, five days after he allegedly "
        "shot a man during an argument on East 105th Street.",
        "2019-11-17",
    ),
    (
        "c01",
        "2020-12-28",
        "https://www.localnews.example/news/crime/",
        "Man shot on Christmas Eve dies",
        "MEMPHIS, Tenn. - A man who was shot on Christmas Eve in South Memphis has died, police "
        "said Monday. Officers found him wounded on Mississippi Boulevard.",
        "2020-12-24",
    ),
    (
        "c02",
        "2020-12-28",
        "https://www.localnews.example/news/crime/",
        "Christmas night shooting",
        "NASHVILLE, Tenn. - Police on Sunday arrested a man in a Christmas night shooting that "
        "killed a 30-year-old man outside an apartment on Dickerson Pike.",
        "2020-12-25",
    ),
    (
        "c03",
        "2020-12-28",
        "https://www.localnews.example/news/crime/",
        "Arrest",
        "KNOXVILLE, Tenn. - A Knoxville man was charged Sunday in a shooting two days after "
        "Christmas that wounded his cousin.",
        "2020-12-27",
    ),
    (
        "c04",
        "2020-12-28",
        "https://www.localnews.example/news/crime/",
        "Holiday shooting",
        "CHATTANOOGA, Tenn. - A woman was injured in a shooting on Christmas Day at a home on "
        "Dodds Avenue, police said Monday. A suspect was arrested Saturday.",
        "2020-12-25",
    ),
    (
        "c05",
        "2020-12-28",
        "https://www.localnews.example/news/crime/",
        "Day after Christmas",
        "JACKSON, Tenn. - Two people were wounded in a shooting the day after Christmas, and "
        "police on Monday asked the public for help finding the gunman.",
        "2020-12-26",
    ),
    (
        "c06",
        "2020-12-28",
        "https://www.localnews.example/news/crime/",
        "Christmas Eve",
        "CLARKSVILLE, Tenn. - Clarksville police have arrested a man in the shooting of a 19-year-"
        "old on Christmas Eve. The suspect was taken into custody Sunday.",
        "2020-12-24",
    ),
    (
        "d01",
        "2021-01-06",
        "https://www.localnews.example/news/crime/",
        "New Year's Day shooting",
        "ATLANTA - Police on Tuesday charged a man in the New Year's Day shooting that killed a "
        "26-year-old man in southwest Atlanta.",
        "2021-01-01",
    ),
    (
        "d02",
        "2021-01-06",
        "https://www.localnews.example/news/crime/",
        "New Year's Eve killing",
        "MACON, Ga. - Deputies arrested a man Tuesday in the New Year's Eve killing of a 35-year-"
        "old woman at a house party.",
        "2020-12-31",
    ),
    (
        "d03",
        "2021-01-06",
        "https://www.localnews.example/news/crime/",
        "Arrest in Dec. 29 shooting",
        "SAVANNAH, Ga. - Savannah police arrested a 20-year-old on Monday in the Dec. 29 shooting "
        "on Waters Avenue that injured one man.",
        "2020-12-29",
    ),
    (
        "d04",
        "2021-01-06",
        "https://www.localnews.example/news/crime/",
        "Shot Dec. 30",
        "AUGUSTA, Ga. - A man who was shot Dec. 30 outside a gas station died Monday at a "
        "hospital, the coroner said.",
        "2020-12-30",
    ),
    (
        "d05",
        "2021-01-06",
        "https://www.localnews.example/news/crime/",
        "Identified",
        "COLUMBUS, Ga. - The coroner on Tuesday identified the man shot and killed on the night of"
        " Dec. 27 on Buena Vista Road.",
        "2020-12-27",
    ),
    (
        "d06",
        "2021-01-06",
        "https://www.localnews.example/news/crime/",
        "Last Saturday",
        "ATHENS, Ga. - Police arrested a man Monday in last Saturday's shooting at an Athens "
        "apartment complex that wounded two people.",
        "2021-01-02",
    ),
    (
        "d07",
        "2021-01-06",
        "https://www.localnews.example/news/crime/",
        "Shooting early Sunday",
        "ALBANY, Ga. - Police on Tuesday named the man killed in a shooting early Sunday, Jan. 3, "
        "on Oglethorpe Boulevard.",
        "2021-01-03",
    ),
    (
        "d08",
        "2021-01-06",
        "https://www.localnews.example/news/crime/",
        "New Year's shooting",
        "ROME, Ga. - A man was charged Tuesday in a shooting on New Year's morning that wounded a "
        "woman outside a bar.",
        "2021-01-01",
    ),
    (
        "d09",
        "2021-01-06",
        "https://www.localnews.example/news/crime/",
        "Arrest",
        "VALDOSTA, Ga. - An arrest has been made in a shooting that happened shortly after "
        "midnight on New Year's Day on Ashley Street, police said Tuesday.",
        "2021-01-01",
    ),
    (
        "d10",
        "2021-01-06",
        "https://www.localnews.example/news/crime/",
        "12/31",
        "MARIETTA, Ga. - A man was arrested Tuesday in the 12/31 shooting that left a man dead "
        "outside a Marietta motel.",
        "2020-12-31",
    ),
    (
        "e01",
        "2018-07-10",
        "https://www.localnews.example/news/crime/",
        "Fourth of July shooting",
        "CHICAGO - A man was charged Monday in a Fourth of July shooting that wounded three people"
        " in the Austin neighborhood, police said.",
        "2018-07-04",
    ),
    (
        "e02",
        "2018-07-10",
        "https://www.localnews.example/news/crime/",
        "Independence Day",
        "ST. LOUIS - Police arrested a teenager Monday in the Independence Day shooting of a "
        "12-year-old girl in north St. Louis.",
        "2018-07-04",
    ),
    (
        "e03",
        "2018-07-10",
        "https://www.localnews.example/news/crime/",
        "July 4th",
        "KANSAS CITY, Mo. - A man accused in the July 4th killing of his brother-in-law was "
        "charged Monday with second-degree murder.",
        "2018-07-04",
    ),
    (
        "e04",
        "2018-07-10",
        "https://www.localnews.example/news/crime/",
        "night of July 3",
        "SPRINGFIELD, Ill. - Police on Monday released the name of a man killed on the night of "
        "July 3 on Springfield's east side.",
        "2018-07-03",
    ),
    (
        "e05",
        "2018-07-10",
        "https://www.localnews.example/news/crime/",
        "Charged in Sunday shooting",
        "PEORIA, Ill. - A Peoria man was charged Monday in Sunday's shooting that left a woman in "
        "critical condition.",
        "2018-07-08",
    ),
    (
        "e06",
        "2018-07-10",
        "https://www.localnews.example/news/crime/",
        "Died from wounds",
        "ROCKFORD, Ill. - A man died Monday from wounds he suffered in a shooting Saturday on "
        "Kilburn Avenue, the coroner said.",
        "2018-07-07",
    ),
    (
        "e07",
        "2018-07-10",
        "https://www.localnews.example/news/crime/",
        "Shooting a week ago",
        "JOLIET, Ill. - Police have made no arrests in the shooting a week ago that killed a "
        "45-year-old man on Joliet's east side.",
        "2018-07-03",
    ),
    (
        "e08",
        "2018-07-10",
        "https://www.localnews.example/news/crime/",
        "Mar. 4th",
        "AURORA, Ill. - A man was sentenced Monday to 30 years for a shooting on Mar. 4th of last "
        "year that killed a 20-year-old man.",
        "2017-03-04",
    ),
    (
        "e09",
        "2018-07-10",
        "https://www.localnews.example/news/crime/",
        "4 July",
        "ELGIN, Ill. - A man arrested Monday is accused of firing into a crowd on 4 July during a "
        "block party, wounding two.",
        "2018-07-04",
    ),
    (
        "e10",
        "2018-07-10",
        "https://www.localnews.example/news/crime/",
        "Fourth of July weekend",
        "CHICAGO - Police on Monday charged a 19-year-old in a shooting Saturday, July 7, in the "
        "Englewood neighborhood that wounded a 14-year-old girl.",
        "2018-07-07",
    ),
    (
        "f01",
        "2017-09-06",
        "https://www.localnews.example/news/crime/",
        "Labor Day shooting",
        "NEW ORLEANS - Police arrested a man Tuesday in the Labor Day shooting that killed a "
        "23-year-old man in the 7th Ward.",
        "2017-09-04",
    ),
    (
        "f02",
        "2017-09-06",
        "https://www.localnews.example/news/crime/",
        "Shooting on Labor Day",
        "BATON ROUGE, La. - A man was injured in a shooting on Labor Day, and police said Tuesday "
        "they have identified a suspect.",
        "2017-09-04",
    ),
    (
        "f03",
        "2017-09-06",
        "https://www.localnews.example/news/crime/",
        "Weekend shooting",
        "SHREVEPORT, La. - Police on Tuesday identified the man killed in a shooting Sunday night "
        "on Hollywood Avenue.",
        "2017-09-03",
    ),
    (
        "f04",
        "2017-09-06",
        "https://www.localnews.example/news/crime/",
        "Aug. 30 shooting",
        "LAFAYETTE, La. - A man was charged Tuesday in the Aug. 30 shooting of a store clerk.",
        "2017-08-30",
    ),
    (
        "f05",
        "2017-09-06",
        "https://www.localnews.example/news/crime/",
        "Late last month",
        "MONROE, La. - A man wanted in a shooting late last month on DeSiard Street was arrested "
        "Tuesday. The shooting happened Aug. 28 and left a man wounded.",
        "2017-08-28",
    ),
    (
        "f06",
        "2017-09-06",
        "https://www.localnews.example/news/crime/",
        "Dies days after",
        "LAKE CHARLES, La. - A woman shot Friday at a Lake Charles apartment died Monday, police "
        "said.",
        "2017-09-01",
    ),
    (
        "f07",
        "2017-09-06",
        "https://www.localnews.example/news/crime/",
        "Arrested in Thursday shooting",
        "HOUMA, La. - Deputies arrested a man Tuesday in connection with a shooting last Thursday "
        "that injured a 31-year-old woman.",
        "2017-08-31",
    ),
    (
        "g01",
        "2019-11-30",
        "https://www.localnews.example/news/crime/",
        "Thanksgiving night shooting",
        "PHILADELPHIA - Police on Friday arrested a man in a Thanksgiving night shooting that "
        "killed a 28-year-old in Kensington.",
        "2019-11-28",
    ),
    (
        "g02",
        "2019-11-30",
        "https://www.localnews.example/news/crime/",
        "Thanksgiving Day",
        "PITTSBURGH - A man was shot on Thanksgiving Day in Homewood, and police said Friday that "
        "no arrests have been made.",
        "2019-11-28",
    ),
    (
        "g03",
        "2019-11-30",
        "https://www.localnews.example/news/crime/",
        "Day before Thanksgiving",
        "ALLENTOWN, Pa. - Police on Friday charged a man in a shooting the day before Thanksgiving"
        " that wounded a 34-year-old woman.",
        "2019-11-27",
    ),
    (
        "g04",
        "2019-11-30",
        "https://www.localnews.example/news/crime/",
        "Black Friday",
        "READING, Pa. - A man was arrested Friday night, hours after he shot a security guard at a"
        " mall, police said.",
        "2019-11-29",
    ),
    (
        "g05",
        "2019-11-30",
        "https://www.localnews.example/news/crime/",
        "Wednesday night",
        "ERIE, Pa. - Police charged a man Friday in Wednesday night's shooting on East 26th Street"
        " that wounded two men.",
        "2019-11-27",
    ),
    (
        "h01",
        "2022-05-12",
        "https://www.localnews.example/news/crime/",
        "One year later",
        "DETROIT - One year after a 9-year-old girl was shot and killed while sleeping on May 11, "
        "2021, her family is still waiting for an arrest.",
        "2021-05-11",
    ),
    (
        "h02",
        "2022-05-12",
        "https://www.localnews.example/news/crime/",
        "Trial begins",
        "DETROIT - The trial of a man accused in the March 3, 2021 shooting death of a Detroit bus"
        " driver began Wednesday.",
        "2021-03-03",
    ),
    (
        "h03",
        "2022-05-12",
        "https://www.localnews.example/news/crime/",
        "Lawsuit filed",
        "FLINT, Mich. - The family of a man shot by a security guard on Feb. 14 filed a lawsuit "
        "Wednesday against the company.",
        "2022-02-14",
    ),
    (
        "h04",
        "2022-05-12",
        "https://www.localnews.example/news/crime/",
        "Pleads guilty",
        "LANSING, Mich. - A man pleaded guilty Wednesday to manslaughter in the shooting death of "
        "his roommate last December.",
        "2021-12",
    ),
    (
        "h05",
        "2022-05-12",
        "https://www.localnews.example/news/crime/",
        "Convicted",
        "GRAND RAPIDS, Mich. - A jury on Wednesday convicted a man of murder in the Aug. 8, 2020, "
        "killing of a man outside a Grand Rapids bar.",
        "2020-08-08",
    ),
    (
        "h06",
        "2022-05-12",
        "https://www.localnews.example/news/crime/",
        "Anniversary",
        "SAGINAW, Mich. - Family members released balloons Wednesday to mark one year since "
        "22-year-old Dante Reed was shot and killed on May 11, 2021.",
        "2021-05-11",
    ),
    (
        "h07",
        "2022-05-12",
        "https://www.localnews.example/news/crime/",
        "Arrest weeks later",
        "KALAMAZOO, Mich. - An arrest has been made in the April 23 shooting that left a man dead "
        "on North Burdick Street, police said Wednesday.",
        "2022-04-23",
    ),
    (
        "h08",
        "2022-05-12",
        "https://www.localnews.example/news/crime/",
        "Arrest in Saturday's shooting",
        "PONTIAC, Mich. - Deputies arrested a 20-year-old man Wednesday in Saturday's shooting at "
        "a Pontiac gas station that wounded a clerk.",
        "2022-05-07",
    ),
    (
        "h09",
        "2022-05-12",
        "https://www.localnews.example/news/crime/",
        "Shot Tuesday, died Wednesday",
        "WARREN, Mich. - A 50-year-old man who was shot Tuesday evening during a road rage "
        "argument died Wednesday, police said.",
        "2022-05-10",
    ),
    (
        "h10",
        "2022-05-12",
        "https://www.localnews.example/news/crime/",
        "Mother's Day",
        "DETROIT - Police are searching for a gunman who shot a woman on Mother's Day outside a "
        "restaurant on the city's west side.",
        "2022-05-08",
    ),
    (
        "h11",
        "2022-05-12",
        "https://www.localnews.example/news/crime/",
        "Earlier this week",
        "DEARBORN, Mich. - A man was arraigned Thursday on charges he shot his neighbor earlier "
        "this week. Police said the shooting happened Monday afternoon.",
        "2022-05-09",
    ),
    (
        "h12",
        "2022-05-12",
        "https://www.localnews.example/news/crime/",
        "Charged",
        "ANN ARBOR, Mich. - Prosecutors charged a man Wednesday in the shooting on 5/1 of a "
        "19-year-old outside an apartment.",
        "2022-05-01",
    ),
    (
        "h13",
        "2022-05-12",
        "https://www.localnews.example/news/crime/",
        "Sentenced",
        "MUSKEGON, Mich. - A Muskegon man was sentenced Wednesday for shooting a woman in October "
        "2020 outside a party store.",
        "2020-10",
    ),
    (
        "h14",
        "2022-05-12",
        "https://www.localnews.example/news/crime/",
        "Two shootings",
        "DETROIT - Police arrested a man Wednesday in a May 7 shooting on Gratiot Avenue that "
        "killed a 30-year-old. He is also a suspect in a shooting on April 2 that wounded a woman,"
        " police said.",
        "2022-05-07",
    ),
    (
        "h15",
        "2022-05-12",
        "https://www.localnews.example/news/crime/",
        "Memorial Day weekend (last year)",
        "DETROIT - A man charged in a shooting over Memorial Day weekend last year that killed two"
        " people on the east side was ordered to stand trial Wednesday. The shooting happened May "
        "30, 2021.",
        "2021-05-30",
    ),
    (
        "i01",
        "2019-03-11",
        "https://www.localnews.example/news/crime/",
        "Man shot March 2 died March 9",
        "BALTIMORE - A man who was shot March 2 and died March 9 has been identified as 38-year-"
        "old Kevin Price, police said Monday.",
        "2019-03-02",
    ),
    (
        "i02",
        "2019-03-11",
        "https://www.localnews.example/news/crime/",
        "3/4 shooting",
        "BALTIMORE - Police have charged a 16-year-old in the 3/4 shooting of a man in West "
        "Baltimore.",
        "2019-03-04",
    ),
    (
        "i03",
        "2019-03-11",
        "https://www.localnews.example/news/crime/",
        "Sunday shooting",
        "WASHINGTON - D.C. police arrested a man Monday in a shooting early Sunday that wounded a "
        "24-year-old man in Southeast.",
        "2019-03-10",
    ),
    (
        "i04",
        "2019-03-11",
        "https://www.localnews.example/news/crime/",
        "Friday, March 8",
        "RICHMOND, Va. - Police on Monday released the name of the man killed in a shooting "
        "Friday, March 8, on Hull Street.",
        "2019-03-08",
    ),
    (
        "i05",
        "2019-03-11",
        "https://www.localnews.example/news/crime/",
        "Charged in slaying",
        "NORFOLK, Va. - A Norfolk man was charged Sunday in the slaying of a woman whose body was "
        "found Thursday. Police believe she was shot Wednesday night.",
        "2019-03-06",
    ),
    (
        "i06",
        "2019-03-11",
        "https://www.localnews.example/news/crime/",
        "Last weekend",
        "ROANOKE, Va. - Police on Monday arrested a man in a shooting Feb. 23 that injured two "
        "people outside a club.",
        "2019-02-23",
    ),
    (
        "i07",
        "2019-03-11",
        "https://www.localnews.example/news/crime/",
        "Early this month",
        "HAMPTON, Va. - Police have arrested a 22-year-old in a shooting earlier this month that "
        "killed a man on Mercury Boulevard. The man was found shot on March 1.",
        "2019-03-01",
    ),
    (
        "i08",
        "2019-03-11",
        "https://www.localnews.example/news/crime/",
        "Mardi Gras",
        "NEWPORT NEWS, Va. - Police on Monday identified the man killed in a shooting on Fat "
        "Tuesday outside a bar on Jefferson Avenue.",
        "2019-03-05",
    ),
    (
        "i09",
        "2019-03-11",
        "https://www.localnews.example/news/crime/",
        "Weeks later",
        "LYNCHBURG, Va. - Police on Monday arrested a man wanted in the Feb. 3rd shooting death of"
        " a 27-year-old man on Fort Avenue.",
        "2019-02-03",
    ),
    (
        "i10",
        "2019-03-11",
        "https://www.localnews.example/news/crime/",
        "Last Friday",
        "CHESAPEAKE, Va. - A man was arrested Sunday in last Friday's fatal shooting on "
        "Campostella Road, police said Monday.",
        "2019-03-08",
    ),
    (
        "i11",
        "2019-03-11",
        "https://www.localnews.example/news/crime/",
        "Two days after",
        "PORTSMOUTH, Va. - Police said Monday a man was shot Saturday night, two days after his "
        "brother was wounded in a separate shooting on the same street.",
        "2019-03-09",
    ),
    (
        "i12",
        "2019-03-11",
        "https://www.localnews.example/news/crime/",
        "Valentine's Day",
        "ALEXANDRIA, Va. - A man accused of shooting his girlfriend on Valentine's Day was "
        "indicted Monday.",
        "2019-02-14",
    ),
    (
        "i13",
        "2019-03-11",
        "https://www.localnews.example/news/crime/",
        "St. Patrick's? no",
        "ARLINGTON, Va. - A man was charged Monday with shooting a man on the night of Saturday, "
        "March 9, outside a bar in Clarendon.",
        "2019-03-09",
    ),
    (
        "i14",
        "2019-03-11",
        "https://www.localnews.example/news/crime/",
        "Two weeks ago",
        "SUFFOLK, Va. - Police on Monday identified a suspect in a shooting two weeks ago that "
        "killed a 61-year-old man.",
        "2019-02-25",
    ),
    (
        "i15",
        "2019-03-11",
        "https://www.localnews.example/news/crime/",
        "Mar 1",
        "BALTIMORE - The man shot Mar 1 outside a carryout in East Baltimore has died, police said"
        " Monday.",
        "2019-03-01",
    ),
    (
        "j01",
        "2020-12-18",
        "https://www.localnews.example/news/crime/",
        "Shot Sunday, died Thursday",
        "HOUSTON - A 41-year-old man who was shot Sunday during a robbery at a southwest Houston "
        "store died Thursday, police said.",
        "2020-12-13",
    ),
    (
        "j02",
        "2020-12-18",
        "https://www.localnews.example/news/crime/",
        "Shooting Dec. 5",
        "DALLAS - Police on Thursday arrested a man in the Dec. 5 shooting death of a 19-year-old "
        "in Pleasant Grove.",
        "2020-12-05",
    ),
    (
        "j03",
        "2020-12-18",
        "https://www.localnews.example/news/crime/",
        "Charged Thursday",
        "SAN ANTONIO - A man was charged Thursday in Tuesday's shooting at a West Side apartment "
        "complex that wounded a woman.",
        "2020-12-15",
    ),
    (
        "j04",
        "2020-12-18",
        "https://www.localnews.example/news/crime/",
        "Teen arrested",
        "FORT WORTH, Texas - Police arrested a 17-year-old Wednesday, nearly a week after a "
        "shooting outside a Fort Worth convenience store left a man dead. The shooting happened "
        "Dec. 10.",
        "2020-12-10",
    ),
    (
        "j05",
        "2020-12-18",
        "https://www.localnews.example/news/crime/",
        "Nov. 28",
        "AUSTIN, Texas - Austin police on Thursday identified the man killed in a Nov. 28 shooting"
        " in North Austin as 33-year-old Luis Ortega.",
        "2020-11-28",
    ),
    (
        "j06",
        "2020-12-18",
        "https://www.localnews.example/news/crime/",
        "Last week",
        "EL PASO, Texas - A man was arrested Thursday in connection with a shooting last Friday "
        "that injured a teenager in Northeast El Paso.",
        "2020-12-11",
    ),
    (
        "j07",
        "2020-12-18",
        "https://www.localnews.example/news/crime/",
        "Shooting Saturday night",
        "LUBBOCK, Texas - Police on Thursday named the suspect in a shooting Saturday night that "
        "left a man dead in central Lubbock.",
        "2020-12-12",
    ),
    (
        "j08",
        "2020-12-18",
        "https://www.localnews.example/news/crime/",
        "Dec 1st",
        "CORPUS CHRISTI, Texas - A grand jury indicted a man Thursday in the Dec 1st shooting "
        "death of his stepfather.",
        "2020-12-01",
    ),
    (
        "j09",
        "2020-12-18",
        "https://www.localnews.example/news/crime/",
        "three days later",
        "ARLINGTON, Texas - A man shot Monday night at an apartment complex died three days later,"
        " police said Friday.",
        "2020-12-14",
    ),
    (
        "j10",
        "2020-12-18",
        "https://www.localnews.example/news/crime/",
        "Thanksgiving",
        "WACO, Texas - A Waco man was arrested Thursday in a Thanksgiving Day shooting that killed"
        " his uncle.",
        "2020-11-26",
    ),
    (
        "j11",
        "2020-12-18",
        "https://www.localnews.example/news/crime/",
        "Night of Dec 12",
        "PLANO, Texas - Police released video Thursday of a shooting on the night of Dec. 12 "
        "outside a Plano bar that injured two men.",
        "2020-12-12",
    ),
    (
        "j12",
        "2020-12-18",
        "https://www.localnews.example/news/crime/",
        "early Monday",
        "IRVING, Texas - Police on Thursday released the name of a man killed early Monday in a "
        "shooting on Story Road.",
        "2020-12-14",
    ),
    (
        "j13",
        "2020-12-18",
        "https://www.localnews.example/news/crime/",
        "Monday morning",
        "GARLAND, Texas - A woman was arrested Thursday in connection with a shooting Monday "
        "morning that wounded her ex-boyfriend, police said.",
        "2020-12-14",
    ),
    (
        "j14",
        "2020-12-18",
        "https://www.localnews.example/news/crime/",
        "Dec. 16 (Wednesday)",
        "BEAUMONT, Texas - A man was charged Thursday with aggravated assault in a shooting "
        "Wednesday night on College Street.",
        "2020-12-16",
    ),
    (
        "j15",
        "2020-12-18",
        "https://www.localnews.example/news/crime/",
        "earlier this month",
        "TYLER, Texas - A 20-year-old man was arrested Thursday in a shooting earlier this month "
        "that injured a woman in north Tyler.",
        "2020-12",
    ),
]


CHECKS: list[Row] = [
    (
        "v01",
        "2021-10-15",
        "https://www.tvstation.example/news/local/",
        "Arrest",
        "OMAHA, Neb. - Omaha police on Thursday arrested a 24-year-old man in a shooting Saturday "
        "near 33rd and Ames that wounded two women.",
        "2021-10-09",
    ),
    (
        "v02",
        "2021-10-15",
        "https://www.tvstation.example/news/local/",
        "Charged",
        "LINCOLN, Neb. - A Lincoln man was charged Wednesday in a shooting Saturday evening at an "
        "apartment near 27th Street.",
        "2021-10-09",
    ),
    (
        "v03",
        "2021-10-15",
        "https://www.tvstation.example/news/local/",
        "Control: shot Thursday",
        "TOPEKA, Kan. - A man was shot Thursday night in central Topeka, police said.",
        "2021-10-14",
    ),
    (
        "v04",
        "2021-10-15",
        "https://www.tvstation.example/news/local/",
        "Victim identified",
        "WICHITA, Kan. - The man killed in a shooting Saturday on Broadway was identified Thursday"
        " as 36-year-old Tony Ruiz, police said.",
        "2021-10-09",
    ),
    (
        "v05",
        "2021-10-15",
        "https://www.tvstation.example/news/local/",
        "10/9 shooting",
        "DES MOINES, Iowa - Police have arrested a suspect in the 10/9 shooting on the city's east"
        " side that left a teen injured.",
        "2021-10-09",
    ),
    (
        "v06",
        "2021-10-15",
        "https://www.tvstation.example/news/local/",
        "Charged in 10/2 homicide",
        "CEDAR RAPIDS, Iowa - A 19-year-old is charged with first-degree murder in the 10/2 "
        "homicide of a Cedar Rapids man, police said Thursday.",
        "2021-10-02",
    ),
    (
        "v07",
        "2021-10-15",
        "https://www.tvstation.example/news/local/",
        "Fraction control",
        "SIOUX CITY, Iowa - Police said a man was shot Wednesday. About 3/4 of the block was "
        "closed for hours.",
        "2021-10-13",
    ),
    (
        "v08",
        "2021-10-15",
        "https://www.tvstation.example/news/local/",
        "Sport control",
        "DAVENPORT, Iowa - A man was shot Tuesday night on West Locust Street, police said. "
        "Separately, the high school team went 3/4 shooting in overtime on Monday.",
        "2021-10-12",
    ),
    (
        "w01",
        "2019-12-31",
        "https://www.tvstation.example/news/local/",
        "Arrest",
        "TULSA, Okla. - Police arrested a man Monday in a shooting three days after Christmas that"
        " left a woman dead in north Tulsa.",
        "2019-12-28",
    ),
    (
        "w02",
        "2019-12-31",
        "https://www.tvstation.example/news/local/",
        "Two days before Christmas",
        "OKLAHOMA CITY - A man was charged Monday in a shooting two days before Christmas outside "
        "a south side convenience store.",
        "2019-12-23",
    ),
    (
        "w03",
        "2019-12-31",
        "https://www.tvstation.example/news/local/",
        "Day after Christmas control",
        "NORMAN, Okla. - Police are searching for a man who shot his neighbor the day after "
        "Christmas, police said Monday.",
        "2019-12-26",
    ),
    (
        "w04",
        "2019-12-31",
        "https://www.tvstation.example/news/local/",
        "12/26 shooting",
        "LAWTON, Okla. - Lawton police released the name Monday of the man killed in the 12/26 "
        "shooting on Cache Road.",
        "2019-12-26",
    ),
    (
        "w05",
        "2019-01-03",
        "https://www.tvstation.example/news/local/",
        "Two days after Christmas",
        "LITTLE ROCK, Ark. - A man was arrested Wednesday in a shooting two days after Christmas "
        "that wounded a Little Rock teenager.",
        "2018-12-27",
    ),
    (
        "w06",
        "2019-01-03",
        "https://www.tvstation.example/news/local/",
        "12/30 shooting",
        "FORT SMITH, Ark. - Police said Wednesday they have charged a man in the 12/30 shooting at"
        " a Fort Smith bar.",
        "2018-12-30",
    ),
    (
        "w07",
        "2019-01-03",
        "https://www.tvstation.example/news/local/",
        "Friday (six back)",
        "JONESBORO, Ark. - Police on Wednesday arrested a man in a shooting Friday that wounded a "
        "clerk at a Jonesboro gas station.",
        "2018-12-28",
    ),
    (
        "x01",
        "2022-07-11",
        "https://www.tvstation.example/news/local/",
        "Tuesday six back",
        "PHOENIX - Phoenix police on Sunday named the man who was killed in a shooting Tuesday at "
        "a west Phoenix apartment.",
        "2022-07-05",
    ),
    (
        "x02",
        "2022-07-11",
        "https://www.tvstation.example/news/local/",
        "Arrest after Fourth",
        "MESA, Ariz. - Police on Friday arrested a man in a shooting two days after the Fourth of "
        "July at a Mesa apartment complex.",
        "2022-07-06",
    ),
    (
        "x03",
        "2022-07-11",
        "https://www.tvstation.example/news/local/",
        "7/4 shooting",
        "TEMPE, Ariz. - Police released video Friday of the 7/4 shooting in Tempe that wounded "
        "three people.",
        "2022-07-04",
    ),
    (
        "x04",
        "2022-07-11",
        "https://www.tvstation.example/news/local/",
        "the 7/2 fatal shooting",
        "GLENDALE, Ariz. - A woman was arrested in the 7/2 fatal shooting of a man outside a "
        "Glendale bar, police said.",
        "2022-07-02",
    ),
    (
        "x05",
        "2022-07-11",
        "https://www.tvstation.example/news/local/",
        "Tuesday shooting, suspect charged Saturday",
        "CHANDLER, Ariz. - A man was charged Saturday in a shooting Tuesday night that left a "
        "Chandler man dead, police said.",
        "2022-07-05",
    ),
    (
        "x06",
        "2022-07-11",
        "https://www.tvstation.example/news/local/",
        "Died Sunday, shot Tuesday",
        "SCOTTSDALE, Ariz. - A man who was shot Tuesday at a Scottsdale bar died Sunday, police "
        "said.",
        "2022-07-05",
    ),
]


LATER_CHECKS: list[Row] = [
    (
        "z01",
        "2020-10-06",
        "https://www.dailypaper.example/news/",
        "Arrest",
        "MILWAUKEE - Police arrested a man Monday in the shooting, which happened around 11 p.m. "
        "Oct. 3 near North 35th Street, that wounded a 21-year-old woman.",
        "2020-10-03",
    ),
    (
        "z02",
        "2020-10-06",
        "https://www.dailypaper.example/news/",
        "Identified",
        "MADISON, Wis. - The man killed in the early morning hours of Sunday, Oct. 4, on the "
        "city's north side was identified Monday.",
        "2020-10-04",
    ),
    (
        "z03",
        "2020-10-06",
        "https://www.dailypaper.example/news/",
        "Charged in a Sept. 30 shooting",
        "RACINE, Wis. - A 25-year-old Racine man was charged Monday in a Sept. 30 shooting that "
        "left a man paralyzed.",
        "2020-09-30",
    ),
    (
        "z04",
        "2020-10-06",
        "https://www.dailypaper.example/news/",
        "Halloween? no, Oct 3rd",
        "KENOSHA, Wis. - Prosecutors charged a man Monday in the Oct. 3rd killing of a 40-year-old"
        " man outside a tavern.",
        "2020-10-03",
    ),
    (
        "z05",
        "2020-10-06",
        "https://www.dailypaper.example/news/",
        "Sunday morning's shooting",
        "GREEN BAY, Wis. - Police on Monday released the name of the man who died in Sunday "
        "morning's shooting on the city's east side.",
        "2020-10-04",
    ),
    (
        "z06",
        "2020-10-06",
        "https://www.dailypaper.example/news/",
        "Late Saturday or early Sunday",
        "APPLETON, Wis. - Police believe the woman was shot late Saturday or early Sunday inside "
        "her apartment, investigators said Monday.",
        "2020-10-03",
    ),
    (
        "z07",
        "2020-10-06",
        "https://www.dailypaper.example/news/",
        "Trial",
        "WAUKESHA, Wis. - Testimony began Monday against a man charged with murdering his "
        "wife in their home on Oct. 1, 2019.",
        "2019-10-01",
    ),
    (
        "z08",
        "2020-10-06",
        "https://www.dailypaper.example/news/",
        "Two shootings",
        "MILWAUKEE - Police arrested a man Monday in the Sept. 28 killing of a 30-year-old on West"
        " Burleigh Street. Detectives are also investigating a second shooting on Oct. 1 nearby.",
        "2020-09-28",
    ),
    (
        "z09",
        "2020-10-06",
        "https://www.dailypaper.example/news/",
        "Shot last Thursday dies",
        "OSHKOSH, Wis. - A man who was shot last Thursday on Oshkosh's south side has died, police"
        " said Monday.",
        "2020-10-01",
    ),
    (
        "z10",
        "2020-10-06",
        "https://www.dailypaper.example/news/",
        "Shot around 2 a.m. Sunday",
        "EAU CLAIRE, Wis. - Police said the man was shot around 2 a.m. Sunday, hours after a party"
        " at the home. A suspect was arrested Monday.",
        "2020-10-04",
    ),
    (
        "z11",
        "2020-10-06",
        "https://www.dailypaper.example/news/",
        "3rd of October",
        "LA CROSSE, Wis. - A man was charged Monday with shooting his cousin on the 3rd of October"
        " during an argument.",
        "2020-10-03",
    ),
    (
        "z12",
        "2020-10-06",
        "https://www.dailypaper.example/news/",
        "Killed Oct. 2 in a drive-by",
        "MILWAUKEE - Family members on Monday remembered a 12-year-old boy killed Oct. 2 in a "
        "drive-by shooting.",
        "2020-10-02",
    ),
    (
        "z13",
        "2020-10-06",
        "https://www.dailypaper.example/news/",
        "Last month",
        "WAUSAU, Wis. - A man accused of shooting a neighbor last month was ordered Monday to "
        "stand trial.",
        "2020-09",
    ),
    (
        "z14",
        "2020-10-06",
        "https://www.dailypaper.example/news/",
        "10-3",
        "JANESVILLE, Wis. - Police arrested a man Monday in connection with a shooting on 10-3 at "
        "an apartment complex.",
        "2020-10-03",
    ),
    (
        "z15",
        "2020-10-06",
        "https://www.dailypaper.example/news/",
        "The weekend shooting dated Saturday",
        "SHEBOYGAN, Wis. - A man was charged Monday in the weekend shooting at a bar. The shooting"
        " happened late Saturday night, police said.",
        "2020-10-03",
    ),
    (
        "z16",
        "2021-01-05",
        "https://www.dailypaper.example/news/",
        "Double homicide Dec. 30",
        "CHICAGO - Police on Monday charged two men in the double homicide on Dec. 30 in the "
        "Chatham neighborhood.",
        "2020-12-30",
    ),
    (
        "z17",
        "2021-01-05",
        "https://www.dailypaper.example/news/",
        "Dec. 31, 2020",
        "GARY, Ind. - A man was arrested Monday in the shooting death of a woman on Dec. 31, 2020,"
        " in Gary.",
        "2020-12-31",
    ),
    (
        "z18",
        "2021-01-05",
        "https://www.dailypaper.example/news/",
        "New Year's Eve",
        "INDIANAPOLIS - Police released the name Monday of a man fatally shot on New Year's Eve on"
        " the city's east side.",
        "2020-12-31",
    ),
    (
        "z19",
        "2021-01-05",
        "https://www.dailypaper.example/news/",
        "Wednesday six back with report",
        "FORT WAYNE, Ind. - Police on Monday identified a woman who was killed in a shooting "
        "Wednesday at a Fort Wayne home.",
        "2020-12-30",
    ),
    (
        "z20",
        "2021-01-05",
        "https://www.dailypaper.example/news/",
        "Two days after New Year's",
        "SOUTH BEND, Ind. - A man was charged Monday in a shooting two days after New Year's Day "
        "that wounded a 17-year-old.",
        "2021-01-03",
    ),
]


KNOWN_MISSES: dict[str, str] = {
    "v08": "a sports sentence's Monday outranks the bare Tuesday night of the shooting",
}

ROWS = FOLLOW_UPS + CHECKS + LATER_CHECKS
test_the_shooting_day = day_table_test(ROWS, KNOWN_MISSES)


FRI = dt.date(2020, 12, 18)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A man was arrested Thursday in a shooting Saturday night.", "2020-12-12"),
        (
            "Police on Thursday named the suspect in a shooting Saturday on Elm Street.",
            "2020-12-12",
        ),
        ("A man shot Saturday at a bar on Elm Street died Thursday, police said.", "2020-12-12"),
    ],
)
def test_a_weekday_before_its_aftermath_is_six_days_back(text: str, day: str) -> None:
    # read as tomorrow (a page dated a day early) the shooting would follow its arrest
    assert event_day(text, FRI) == day


def test_a_weekday_after_the_pages_date_alone_stays_undecided() -> None:
    # no later day in its sentence: a page dated a day early or a week-old day, as before
    assert event_day("A man was shot Saturday night on Elm Street.", FRI) == "2020-12-18"
    text = "Police spoke to reporters Thursday. A man was shot Saturday night on Elm Street."
    assert event_day(text, FRI) == "2020-12-17"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Police charged a man in the 3/4 shooting on Elm Street.", "2020-03-04"),
        ("A woman was arrested in the 11/14 fatal shooting of her neighbor.", "2020-11-14"),
        ("Detectives are still looking for leads in the 12/2 homicide.", "2020-12-02"),
    ],
)
def test_a_bare_slash_date_before_a_noun_of_violence_is_its_day(text: str, day: str) -> None:
    assert event_day(text, FRI) == day


@pytest.mark.parametrize(
    "text",
    [
        "The guard went 3/4 shooting from the line on Elm Street.",
        "Crews cleared the 3/4 mile stretch where the shooting happened.",
    ],
)
def test_a_fraction_before_shooting_is_no_day(text: str) -> None:
    exprs = [e for e in timeexpr.find_times(text) if e.kind == "date"]
    assert exprs == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A man was shot two days after Christmas on Elm Street.", "2020-12-27"),
        ("A man was shot three days before Christmas on Elm Street.", "2020-12-22"),
        ("A man was shot 2 days after Thanksgiving on Elm Street.", "2020-11-28"),
        ("A man was shot two days after the Fourth of July on Elm Street.", "2020-07-06"),
        ("A man was shot the day after Christmas on Elm Street.", "2020-12-26"),
    ],
)
def test_days_counted_from_a_holiday_shift_it(text: str, day: str) -> None:
    assert event_day(text, dt.date(2020, 12, 30)) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "A man accused of killing a neighbor on Sept. 3 was ordered Monday to stand trial.",
            "2020-09-03",
        ),
        (
            "A man accused of shooting a neighbor on Sept. 3 was bound over Monday to face trial.",
            "2020-09-03",
        ),
    ],
)
def test_a_day_told_with_stand_trial_is_a_courts(text: str, day: str) -> None:
    assert event_day(text, dt.date(2020, 10, 6)) == day


def test_a_dashed_day_after_a_noun_of_violence_is_its_day() -> None:
    text = "Police arrested a man Monday in connection with a shooting on 10-3 at a motel."
    assert event_day(text, dt.date(2020, 10, 6)) == "2020-10-03"
    exprs = [
        e for e in timeexpr.find_times("The measure passed on 5-2 late Monday.") if e.kind == "date"
    ]
    assert exprs == []
