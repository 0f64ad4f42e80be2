"""analyse/when on invented local-news reports about the clock: the published stamp's time zone,
overnight stories and the small hours, and weekday words against a stamp late at night or just
after midnight.

Every headline and sentence here is invented for these tests (the towns, streets and outlets
are real, the events are not). Each row: id, published (an ISO stamp with its offset or "Z", a
bare day, or ""), address, headline, text, the calendar day on which the shots were fired.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfold.analyse.article import publication_day
from newsfold.records import Article

from .when_helpers import day_table_test

ROWS: list[tuple[str, str, str, str, str, str]] = [
    # --- the stamp's zone: a server's UTC clock, and the outlet's or the story's US zone ---
    (
        "z01",
        "2021-03-07T03:10:00Z",
        "https://www.chicagotribune.com/news/breaking/ct-south-side-shooting",
        "Man shot on South Side",
        "A 31-year-old man was shot tonight in the Englewood neighborhood, Chicago police "
        "said. He was hit in the arm on South Halsted Street and taken to a hospital in good "
        "condition. No one is in custody.",
        "2021-03-06",
    ),
    (
        "z02",
        "2021-03-07T06:45:00Z",
        "https://www.latimes.com/california/story/boyle-heights-shooting",
        "Two wounded in Boyle Heights",
        "Two young men were wounded this evening when someone fired from a passing sedan in "
        "Boyle Heights, according to the Los Angeles Police Department. Both were expected "
        "to survive, a police spokesman said.",
        "2021-03-06",
    ),
    (
        "z03",
        "2021-03-07T05:20:00Z",
        "https://www.denverpost.com/2021/03/06/aurora-apartment-shooting/",
        "Woman hurt in Aurora apartment shooting",
        "A woman was shot today inside an apartment near East Colfax Avenue, Aurora police "
        "said. Officers found her with a wound to the shoulder and arrested a man who lived "
        "with her.",
        "2021-03-06",
    ),
    (
        "z04",
        "2022-07-10T04:30:00Z",
        "https://www.azcentral.com/story/news/local/phoenix/west-phoenix-teen-shot",
        "Teen shot in west Phoenix",
        "A 16-year-old boy was shot earlier tonight near a park in west Phoenix, police said. "
        "Medics drove him to a trauma unit; his wounds looked survivable.",
        "2022-07-09",
    ),
    (
        "z05",
        "2021-03-07T04:15:00Z",
        "https://www.nydailynews.com/new-york/nyc-crime/bronx-shooting",
        "Man shot in the Bronx",
        "Someone shot a man, 40, in the leg in the Bronx on Saturday afternoon, police "
        "said. The gunman ran off along Grand Concourse.",
        "2021-03-06",
    ),
    (
        "z06",
        "2021-03-07T04:15:00Z",
        "https://www.nydailynews.com/new-york/nyc-crime/bronx-deli-shooting",
        "Deli worker shot in the Bronx",
        "A deli worker was shot yesterday afternoon during an argument with a customer in "
        "the Bronx, police said. The worker, 52, was listed in stable condition.",
        "2021-03-05",
    ),
    (
        "z07",
        "2021-03-07T07:30:00Z",
        "https://www.seattletimes.com/seattle-news/crime/rainier-beach-shooting/",
        "Man wounded in Rainier Beach",
        "A man was shot last night in Rainier Beach, Seattle police said in a statement. "
        "The 27-year-old later turned up at an emergency room, his hand bleeding.",
        "2021-03-05",
    ),
    (
        "z08",
        "2021-03-07T02:00:00Z",
        "https://www.houstonchronicle.com/news/houston-texas/crime/article/gulfton",
        "Man killed in Gulfton shooting",
        "A man was fatally shot this afternoon outside a convenience store in Gulfton, "
        "Houston police said. Investigators were looking for a silver pickup.",
        "2021-03-06",
    ),
    (
        "z09",
        "2022-07-10T03:40:00Z",
        "https://www.kare11.com/article/news/crime/north-minneapolis-shooting",
        "Two shot in north Minneapolis",
        "Two men were shot tonight near the corner of Penn and Lowry in north Minneapolis, "
        "police said. Both were taken to North Memorial.",
        "2022-07-09",
    ),
    (
        "z10",
        "2022-07-10T08:15:00Z",
        "https://www.hawaiinewsnow.com/2022/07/10/waianae-shooting/",
        "Man shot in Waianae",
        "A man in his 30s was shot this evening in Waianae, Honolulu police said. He was "
        "taken to a hospital in serious condition.",
        "2022-07-09",
    ),
    (
        "z11",
        "2022-07-10T06:00:00Z",
        "https://www.adn.com/alaska-news/crime-courts/2022/07/09/mountain-view-shooting/",
        "Woman shot in Mountain View",
        "A woman was shot today in the Mountain View neighborhood, Anchorage police said. "
        "She was in stable condition and officers were searching for a man seen running away.",
        "2022-07-09",
    ),
    (
        "z12",
        "2022-07-10T15:00:00Z",
        "https://www.wral.com/news/local/southeast-raleigh-shooting/",
        "Man hurt in southeast Raleigh",
        "A man was shot early this morning in southeast Raleigh, police said. He was found "
        "on Poole Road and taken to WakeMed.",
        "2022-07-10",
    ),
    (
        "z13",
        "2022-07-10T02:00:00+00:00",
        "https://www.bbc.co.uk/news/uk-england-leeds",
        "Man stabbed in Leeds",
        "A man was stabbed early this morning in Chapeltown, West Yorkshire Police said. "
        "He was taken to hospital with injuries that are not thought to be life-threatening.",
        "2022-07-10",
    ),
    (
        "z14",
        "2021-03-06T21:10:00-06:00",
        "https://www.chicagotribune.com/news/breaking/ct-austin-shooting",
        "Man shot in Austin",
        "A man was shot tonight in Austin, on the city's West Side, Chicago police "
        "said. He drove himself to a hospital.",
        "2021-03-06",
    ),
    (
        "z15",
        "2021-03-07T00:30:00-05:00",
        "https://www.latimes.com/california/story/watts-shooting",
        "Woman shot in Watts",
        "A woman was shot tonight in Watts, Los Angeles police said. She was in critical "
        "condition and the shooter had not been found.",
        "2021-03-06",
    ),
    (
        "z16",
        "2021-03-07",
        "https://www.chicagotribune.com/news/breaking/ct-pilsen-shooting",
        "Teen shot in Pilsen",
        "A 17-year-old was shot today in Pilsen, Chicago police said. He was listed in fair "
        "condition.",
        "2021-03-07",
    ),
    (
        "z17",
        "2021-03-07T04:00:00Z",
        "https://www.greencountrytoday.com/news/crime/north-tulsa-shooting",
        "One hurt in north Tulsa shooting",
        "TULSA, Okla. - A man was shot tonight outside a home in north Tulsa, police said. "
        "Officers found him in the driveway and he was taken to a hospital.",
        "2021-03-06",
    ),
    (
        "z18",
        "2021-03-07T06:20:00Z",
        "https://www.valleyreport.net/local/fresno-shooting",
        "Man shot in southeast Fresno",
        "FRESNO, Calif. (AP) - A man was shot this evening in southeast Fresno, police said. "
        "He was expected to survive.",
        "2021-03-06",
    ),
    (
        "z19",
        "2022-07-10T03:30:00Z",
        "https://www.riverbendnow.com/2022/07/09/shooting-on-main",
        "Shots fired on Main Street",
        "DAVENPORT, Iowa - A man was shot earlier today on Main Street, Davenport police "
        "said. His wounds were not life-threatening.",
        "2022-07-09",
    ),
    (
        "z20",
        "2022-07-10T01:30:00Z",
        "https://www.pressherald.com/2022/07/09/portland-shooting/",
        "Man shot in Portland",
        "A man was shot this evening on Congress Street, Portland police said. He was taken "
        "to Maine Medical Center.",
        "2022-07-09",
    ),
    (
        "z21",
        "2021-03-07T05:30:00Z",
        "https://www.startribune.com/shooting-st-paul-frogtown/",
        "Man shot in Frogtown",
        "A man was shot late tonight in the Frogtown neighborhood, St. Paul police said.",
        "2021-03-06",
    ),
    (
        "z22",
        "2021-03-07T05:30:00Z",
        "https://www.stltoday.com/news/local/crime-and-courts/north-city-shooting",
        "Man shot in north St. Louis",
        "A man was killed today in north St. Louis, police said. He was found in an alley "
        "off Natural Bridge Avenue about 9 p.m.",
        "2021-03-06",
    ),
    (
        "z23",
        "2021-03-07T14:00:00Z",
        "https://www.stltoday.com/news/local/crime-and-courts/south-city-shooting",
        "Man shot in south St. Louis",
        "A man was shot this morning in south St. Louis, police said.",
        "2021-03-07",
    ),
    (
        "z24",
        "2021-03-07T02:45:00Z",
        "https://www.miamiherald.com/news/local/crime/article-liberty-city",
        "Two shot in Liberty City",
        "Two men were shot tonight in Liberty City, Miami police said. One died at Jackson "
        "Memorial Hospital.",
        "2021-03-06",
    ),
    (
        "z25",
        "2021-03-07T04:45:00Z",
        "https://www.oregonlive.com/crime/2021/03/gresham-shooting.html",
        "Man wounded in Gresham",
        "A man was shot this afternoon near a Gresham apartment complex, police said. He was "
        "taken to a hospital and was expected to live.",
        "2021-03-06",
    ),
    (
        "z26",
        "2021-03-07T03:30:00Z",
        "https://www.ajc.com/news/crime/southwest-atlanta-shooting/",
        "Man shot in southwest Atlanta",
        "A man was shot yesterday in southwest Atlanta, police said today. He was released "
        "from Grady Memorial Hospital.",
        "2021-03-05",
    ),
    (
        "z27",
        "2021-03-07T05:00:00Z",
        "https://www.reviewjournal.com/crime/shootings/east-valley-shooting/",
        "Man shot in east valley",
        "A man was shot tonight in the east valley, Las Vegas police said. He was taken to "
        "University Medical Center.",
        "2021-03-06",
    ),
    (
        "z28",
        "2021-03-07T05:00:00Z",
        "https://www.sltrib.com/news/2021/03/06/west-valley-shooting/",
        "Man shot in West Valley City",
        "A man was shot this evening in West Valley City, police said. Officers were "
        "searching for two suspects.",
        "2021-03-06",
    ),
    (
        "z29",
        "2021-03-07T05:00:00Z",
        "https://www.abqjournal.com/2021/03/06/southeast-heights-shooting/",
        "Man shot in Southeast Heights",
        "A man was shot today in the Southeast Heights, Albuquerque police said.",
        "2021-03-06",
    ),
    (
        "z30",
        "2021-03-07T12:30:00Z",
        "https://www.abqjournal.com/2021/03/07/international-district-shooting/",
        "Woman shot in International District",
        "A woman was shot early today in the International District, Albuquerque police said.",
        "2021-03-07",
    ),
    (
        "z31",
        "2021-03-07T03:00:00Z",
        "https://www.theguardian.com/uk-news/2021/mar/07/manchester-stabbing",
        "Teenager stabbed in Manchester",
        "A teenager was stabbed tonight in Moss Side, Greater Manchester Police said. He "
        "was taken to hospital.",
        "2021-03-07",
    ),
    (
        "z32",
        "2021-03-07T04:10:00Z",
        "https://www.nola.com/news/crime_police/article_seventh_ward.html",
        "Man shot in 7th Ward",
        "A man was shot this evening in the 7th Ward, New Orleans police said. He was "
        "taken to a hospital by ambulance.",
        "2021-03-06",
    ),
    # --- overnight and the small hours; stamps are days ---
    (
        "n01",
        "2021-03-06",
        "https://www.wlwt.com/article/avondale-shooting",
        "Man shot in Avondale",
        "A man was shot overnight in Avondale, Cincinnati police said. Officers were called "
        "to Reading Road around 3 a.m. Saturday and found him in a parked car.",
        "2021-03-06",
    ),
    (
        "n02",
        "2021-03-08",
        "https://www.wsmv.com/news/antioch-shooting/",
        "Man killed in Antioch",
        "A man was killed late Saturday night in Antioch, Metro police said. He was found "
        "outside an apartment on Bell Road.",
        "2021-03-06",
    ),
    (
        "n03",
        "2021-03-08",
        "https://www.wreg.com/news/orange-mound-shooting/",
        "Woman shot in Orange Mound",
        "A woman was shot early Sunday in Orange Mound, Memphis police said. She was taken "
        "to Regional One in critical condition.",
        "2021-03-07",
    ),
    (
        "n04",
        "2021-03-08",
        "https://www.kmov.com/news/north-county-shooting/",
        "Man shot in north county",
        "A man was shot shortly after midnight Sunday in Jennings, police said. He was taken "
        "to a hospital.",
        "2021-03-07",
    ),
    (
        "n05",
        "2021-03-08",
        "https://www.kwch.com/2021/03/08/wichita-bar-shooting/",
        "Two hurt in shooting outside Wichita bar",
        "Two men were shot outside a bar in Old Town Saturday night around 1 a.m., Wichita "
        "police said. Both are expected to survive.",
        "2021-03-07",
    ),
    (
        "n06",
        "2021-03-08",
        "https://www.koco.com/article/oklahoma-city-shooting/",
        "Man shot in northwest Oklahoma City",
        "Police said a man was shot at 12:30 a.m. Sunday outside an apartment complex in "
        "northwest Oklahoma City. He was in serious condition.",
        "2021-03-07",
    ),
    (
        "n07",
        "2021-03-07",
        "https://www.tulsaworld.com/news/local/crime-and-courts/party-shooting/",
        "Shots fired at house party",
        "Gunfire broke out at a house party just after midnight, Tulsa police said. One "
        "guest was hit in the leg.",
        "2021-03-07",
    ),
    (
        "n08",
        "2021-03-08",
        "https://www.clickondetroit.com/news/local/east-side-shooting/",
        "Man shot on Detroit's east side",
        "A man was shot Friday night on Detroit's east side, police said. Officers said the "
        "shooting happened around 3 a.m. on Gratiot Avenue.",
        "2021-03-06",
    ),
    (
        "n09",
        "2021-03-08",
        "https://www.baltimoresun.com/news/crime/bs-md-ci-cr-shooting/",
        "Man killed in West Baltimore",
        "A man was killed Saturday night in West Baltimore. Police were called around 1:45 "
        "a.m. and found him on North Avenue with several gunshot wounds.",
        "2021-03-07",
    ),
    (
        "n10",
        "2021-03-08",
        "https://www.wbal.com/article/east-baltimore-shooting/",
        "Two wounded in East Baltimore",
        "Two people were wounded in the early morning hours of Sunday in East Baltimore, "
        "police said.",
        "2021-03-07",
    ),
    (
        "n11",
        "2021-03-08",
        "https://www.freep.com/story/news/local/michigan/detroit/late-friday-shooting/",
        "Man shot on west side",
        "A man was shot late Friday on the city's west side, Detroit police said. He was "
        "listed in stable condition.",
        "2021-03-05",
    ),
    (
        "n12",
        "2021-03-07",
        "https://www.wtop.com/dc/2021/03/southeast-dc-shooting/",
        "Man shot overnight in Southeast",
        "A man was shot overnight in Southeast D.C., police said. The shooting was reported "
        "around 2 a.m. on Alabama Avenue.",
        "2021-03-07",
    ),
    (
        "n13",
        "2021-03-07",
        "https://www.nbcwashington.com/news/local/northeast-shooting/",
        "Man hurt overnight in Northeast",
        "A man was shot overnight in Northeast, D.C. police said. Officers responded about "
        "11:30 p.m. to Benning Road and found him on the sidewalk.",
        "2021-03-06",
    ),
    (
        "n14",
        "2021-03-08",
        "https://www.wsvn.com/news/local/miami-gardens-party/",
        "Shooting at Miami Gardens party",
        "A party Saturday night in Miami Gardens ended in gunfire. Police were called at "
        "2:10 a.m. after a guest was shot in the back.",
        "2021-03-07",
    ),
    (
        "n15",
        "2021-03-08",
        "https://www.local10.com/news/local/little-havana-shooting/",
        "Man shot in Little Havana",
        "A man was shot shortly before midnight Saturday in Little Havana, Miami police said.",
        "2021-03-06",
    ),
    (
        "n16",
        "2021-03-08",
        "https://www.khou.com/article/news/crime/third-ward-shooting/",
        "Man killed in Third Ward",
        "A man was killed in the wee hours of Sunday in the Third Ward, Houston police said.",
        "2021-03-07",
    ),
    (
        "n17",
        "2021-03-08",
        "https://www.wfaa.com/article/news/crime/oak-cliff-shooting/",
        "Police investigate Sunday's early-morning shooting",
        "Dallas police are looking for the gunman in Sunday's early-morning shooting in Oak "
        "Cliff. A 22-year-old man was wounded.",
        "2021-03-07",
    ),
    (
        "n18",
        "2021-03-08",
        "https://www.kmbc.com/article/kansas-city-shooting/",
        "Man shot on Prospect",
        "A man was shot Friday night, about 1 a.m., on Prospect Avenue, Kansas City police "
        "said. He was in critical condition.",
        "2021-03-06",
    ),
    (
        "n19",
        "2021-03-08",
        "https://www.kcci.com/article/des-moines-shooting/",
        "Man shot in Des Moines",
        "On Saturday night at roughly 2:30 a.m., officers found a man with a gunshot wound "
        "on Euclid Avenue, Des Moines police said.",
        "2021-03-07",
    ),
    (
        "n20",
        "2021-03-08",
        "https://www.ksl.com/article/ogden-shooting",
        "Man shot in Ogden",
        "A man was shot in the early hours of Saturday in Ogden, police said.",
        "2021-03-06",
    ),
    (
        "n21",
        "2021-03-08",
        "https://www.kob.com/albuquerque-news/northeast-heights-shooting/",
        "Man shot in Northeast Heights",
        "A man was shot at 11:50 p.m. Friday in the Northeast Heights, Albuquerque police said.",
        "2021-03-05",
    ),
    (
        "n22",
        "2021-03-08",
        "https://www.8newsnow.com/news/local-news/north-las-vegas-shooting/",
        "Man shot in North Las Vegas",
        "A man was shot about 12:15 a.m. on Saturday in North Las Vegas, police said.",
        "2021-03-06",
    ),
    (
        "n23",
        "2021-03-07",
        "https://www.kgw.com/article/news/crime/northeast-portland-shooting/",
        "Man hurt in Northeast Portland shooting",
        "A man was shot early Sunday in Northeast Portland. Police put the gunfire "
        "at around 12:45 a.m. near a bar on Alberta Street.",
        "2021-03-07",
    ),
    (
        "n24",
        "2021-03-08",
        "https://www.kptv.com/news/southeast-portland-shooting/",
        "Man shot in Southeast Portland",
        "A man was shot Saturday night into Sunday morning in Southeast Portland. Police "
        "said the shots were fired just after 1 a.m.",
        "2021-03-07",
    ),
    (
        "n25",
        "2021-03-08",
        "https://www.ktla.com/news/local-news/south-la-shooting/",
        "Man killed in South LA",
        "A man was killed in South Los Angeles late Saturday. Officers were called to "
        "Figueroa Street about 11:40 p.m. and found him in the street.",
        "2021-03-06",
    ),
    (
        "n26",
        "2021-03-08",
        "https://www.kusa.com/article/news/crime/denver-shooting/",
        "Two hurt in Denver shooting",
        "Two people were hurt when shots were fired outside a club in LoDo around 2 a.m. "
        "Sunday, Denver police said.",
        "2021-03-07",
    ),
    (
        "n27",
        "2021-03-08",
        "https://www.tennessean.com/story/news/crime/2021/03/08/shooting/",
        "Man shot overnight Saturday",
        "A man was shot overnight Saturday in East Nashville, Metro police said. The shots "
        "were fired about 2:20 a.m. Sunday on Dickerson Pike.",
        "2021-03-07",
    ),
    (
        "n28",
        "2021-03-07",
        "https://www.cleveland.com/crime/2021/03/overnight-shooting.html",
        "Man killed overnight",
        "A man was killed overnight on the city's east side, Cleveland police said. Officers "
        "found him on East 93rd Street after a caller reported shots around 1:30 a.m.",
        "2021-03-07",
    ),
    (
        "n29",
        "2021-03-07",
        "https://www.cincinnati.com/story/news/crime/2021/03/07/overnight/",
        "Woman shot overnight in Westwood",
        "A woman was shot overnight in Westwood, Cincinnati police said. She was found "
        "around 12:20 a.m. on Harrison Avenue.",
        "2021-03-07",
    ),
    (
        "n30",
        "2021-03-08",
        "https://www.wgntv.com/news/crime/west-side-shooting/",
        "Man shot on West Side",
        "A man was shot late Saturday night on the West Side. Police said he was standing "
        "outside around 11:45 p.m. when a car pulled up.",
        "2021-03-06",
    ),
    (
        "n31",
        "2021-03-08",
        "https://www.abc7chicago.com/chicago-shooting-englewood/",
        "Man shot in Englewood",
        "A man was shot in Englewood early Sunday morning, Chicago police said. He was on "
        "the sidewalk about 12:05 a.m. when someone opened fire.",
        "2021-03-07",
    ),
    (
        "n32",
        "2021-03-08",
        "https://www.suntimes.com/crime/2021/3/8/west-garfield-park/",
        "Man shot in West Garfield Park",
        "A man was shot Saturday in West Garfield Park. He was standing outside just after "
        "midnight when a gunman approached, police said.",
        "2021-03-06",
    ),
    (
        "n33",
        "2021-03-09",
        "https://www.detroitnews.com/story/news/local/detroit-city/2021/03/09/",
        "Man dies after weekend shooting",
        "A man shot overnight Saturday outside a gas station has died, Detroit police said "
        "Tuesday. The shooting happened about 1:50 a.m. Sunday on Seven Mile.",
        "2021-03-07",
    ),
    (
        "n34",
        "2021-03-08",
        "https://www.inquirer.com/news/philadelphia-shooting-kensington/",
        "Man shot in Kensington",
        "A man was shot in Kensington late Friday night, Philadelphia police said. The "
        "shooting happened around 2 a.m. on Allegheny Avenue.",
        "2021-03-06",
    ),
    # --- weekday words against the stamp ---
    (
        "w01",
        "2021-03-08T00:30:00-05:00",
        "https://www.wsbtv.com/news/local/atlanta/southwest-atlanta-shooting/",
        "Man shot in southwest Atlanta",
        "A man was shot Sunday night in southwest Atlanta, police said. He was taken to "
        "Grady in stable condition.",
        "2021-03-07",
    ),
    (
        "w02",
        "2021-03-08T00:30:00-05:00",
        "https://www.wsbtv.com/news/local/atlanta/east-point-shooting/",
        "Woman shot in East Point",
        "A woman was shot tonight in East Point, police said. Officers found her outside a "
        "shopping center on Main Street.",
        "2021-03-07",
    ),
    (
        "w03",
        "2021-03-06T23:00:00-06:00",
        "https://www.houstonchronicle.com/news/houston-texas/crime/sharpstown",
        "Man shot in Sharpstown",
        "A man was shot this morning in Sharpstown, Houston police said. He died at Ben Taub "
        "Hospital this evening.",
        "2021-03-06",
    ),
    (
        "w04",
        "2021-03-06T23:00:00-06:00",
        "https://www.houstonchronicle.com/news/houston-texas/crime/alief",
        "Man shot in Alief",
        "A man was shot this afternoon in Alief, Houston police said.",
        "2021-03-06",
    ),
    (
        "w05",
        "2021-03-08",
        "https://www.nbcwashington.com/news/local/police-monday-shooting/",
        "Police investigate shooting in Hyattsville",
        "Police said the shooting happened Monday in Hyattsville. A man was hit in the leg.",
        "2021-03-08",
    ),
    (
        "w06",
        "2021-03-07T01:15:00-06:00",
        "https://www.kmbc.com/article/kansas-city-kansas-shooting/",
        "Woman shot in Kansas City, Kansas",
        "A woman was shot this evening in Kansas City, Kansas, police said. She was in "
        "stable condition.",
        "2021-03-06",
    ),
    (
        "w07",
        "2021-03-07T01:15:00-06:00",
        "https://www.kmbc.com/article/independence-shooting/",
        "Man shot in Independence",
        "A man was shot earlier tonight in Independence, police said.",
        "2021-03-06",
    ),
    (
        "w08",
        "2021-03-07T01:15:00-06:00",
        "https://www.kmbc.com/article/raytown-shooting/",
        "Man shot in Raytown",
        "A man was shot late Saturday in Raytown, police said.",
        "2021-03-06",
    ),
    (
        "w09",
        "2021-03-07T00:40:00-05:00",
        "https://www.wral.com/news/local/durham-shooting/",
        "Man shot in Durham",
        "A man was shot just after midnight in Durham, police said.",
        "2021-03-07",
    ),
    (
        "w10",
        "2021-03-08T14:00:00-05:00",
        "https://www.wbal.com/article/dundalk-shooting/",
        "Man shot in Dundalk",
        "Posted: March 6, 2021\nUpdated: March 8, 2021\nA man was shot yesterday in "
        "Dundalk, Baltimore County police said. He was expected to recover.",
        "2021-03-05",
    ),
    (
        "w11",
        "2021-03-08T14:00:00-05:00",
        "https://www.wlwt.com/article/price-hill-shooting/",
        "Man shot in Price Hill",
        "A man was shot Friday night in East Price Hill, Cincinnati police said. This story "
        "was updated Monday with the man's condition.",
        "2021-03-05",
    ),
    (
        "w12",
        "2021-03-07T23:30:00-05:00",
        "https://www.local10.com/news/local/hialeah-shooting/",
        "Man shot in Hialeah",
        "A man was shot tonight in Hialeah, police said. Officers were still at the scene "
        "late Sunday.",
        "2021-03-07",
    ),
    (
        "w13",
        "2021-03-08T00:10:00-08:00",
        "https://www.ktla.com/news/local-news/long-beach-shooting/",
        "Man shot in Long Beach",
        "A man was shot this evening in Long Beach, police said. Paramedics rushed him "
        "away in critical condition.",
        "2021-03-07",
    ),
    (
        "w14",
        "2021-03-08T06:30:00-08:00",
        "https://www.ktla.com/news/local-news/compton-shooting/",
        "Man shot in Compton",
        "A man was shot this morning in Compton, deputies said.",
        "2021-03-08",
    ),
    (
        "w15",
        "2021-03-08T00:20:00-05:00",
        "https://www.nydailynews.com/new-york/nyc-crime/brooklyn-shooting",
        "Man shot in Brooklyn",
        "A man was shot in Brooklyn on Sunday evening, police said. The victim, 23, was "
        "taken to Kings County Hospital.",
        "2021-03-07",
    ),
    (
        "w16",
        "2021-03-08T00:20:00-05:00",
        "https://www.nydailynews.com/new-york/nyc-crime/queens-shooting",
        "Man shot in Queens",
        "A man was shot in Queens today, police said. He was in stable condition.",
        "2021-03-07",
    ),
    (
        "w17",
        "2021-03-09T01:05:00Z",
        "https://www.seattletimes.com/seattle-news/crime/tacoma-shooting/",
        "Man shot in Tacoma",
        "A man was shot Monday in Tacoma, police said.",
        "2021-03-08",
    ),
    (
        "w18",
        "2021-03-09T06:05:00Z",
        "https://www.seattletimes.com/seattle-news/crime/everett-shooting/",
        "Man shot in Everett",
        "A man was shot this evening in Everett, police said.",
        "2021-03-08",
    ),
    (
        "w19",
        "2021-03-09T06:05:00Z",
        "https://www.seattletimes.com/seattle-news/crime/kent-shooting/",
        "Man shot in Kent",
        "A man was shot late Monday in Kent, police said. He died later that night.",
        "2021-03-08",
    ),
    (
        "w20",
        "2021-03-07T04:30:00Z",
        "https://www.nola.com/news/crime_police/article_gentilly.html",
        "Man shot in Gentilly",
        "A man was shot Saturday in Gentilly, New Orleans police said.",
        "2021-03-06",
    ),
    (
        "w21",
        "2021-03-07T04:30:00Z",
        "https://www.nola.com/news/crime_police/article_algiers.html",
        "Man shot in Algiers",
        "A man was shot yesterday evening in Algiers, New Orleans police said.",
        "2021-03-05",
    ),
    (
        "w22",
        "2021-03-07T02:30:00Z",
        "https://www.dallasnews.com/news/crime/2021/03/06/pleasant-grove-shooting/",
        "Man shot in Pleasant Grove",
        "A man was shot and killed this evening in Pleasant Grove, Dallas police said. "
        "Officers were called around 6:15 p.m.",
        "2021-03-06",
    ),
    (
        "w23",
        "",
        "https://www.dallasnews.com/news/crime/2021/03/06/lake-highlands-shooting/",
        "Man shot in Lake Highlands",
        "DALLAS, March 6, 2021 - A man was shot tonight in Lake Highlands, police said.",
        "2021-03-06",
    ),
    (
        "w24",
        "2021-03-07T04:30:00Z",
        "https://www.tulsaworld.com/news/local/crime-and-courts/east-tulsa/",
        "Man shot in east Tulsa",
        "A man was shot yesterday in east Tulsa, police said. He was released from a "
        "hospital today.",
        "2021-03-05",
    ),
    # --- written after the rules, as a check of forms they were not built on ---
    (
        "x01",
        "2022-11-13T04:50:00Z",
        "https://www.kcci.com/article/east-side-des-moines-shooting/",
        "Man shot on Des Moines' east side",
        "A man was shot tonight on the east side, Des Moines police said. He was found near "
        "East 14th Street and taken to a hospital.",
        "2022-11-12",
    ),
    (
        "x02",
        "2022-11-13T05:10:00+00:00",
        "https://www.ktla.com/news/local-news/pomona-shooting/",
        "Teen wounded in Pomona",
        "A teenager was wounded this afternoon in Pomona, police said. Officers were called to "
        "Holt Avenue around 4 p.m.",
        "2022-11-12",
    ),
    (
        "x03",
        "2022-11-13T02:30:00Z",
        "https://www.wsvn.com/news/local/north-miami-shooting/",
        "Two hurt in North Miami",
        "Two people were hurt when gunfire erupted outside a restaurant in North Miami "
        "earlier today, police said.",
        "2022-11-12",
    ),
    (
        "x04",
        "2022-11-14T04:00:00Z",
        "https://www.kob.com/albuquerque-news/west-side-shooting/",
        "Man shot on West Side",
        "A man was shot and killed tonight on Albuquerque's West Side, police said. "
        "Detectives were at the scene on Central Avenue.",
        "2022-11-13",
    ),
    (
        "x05",
        "2022-11-13T03:00:00Z",
        "https://www.mysoutherntimes.com/crime/macon-shooting",
        "Shooting in Macon",
        "MACON, Ga. - A man was shot this evening outside a store on Pio Nono Avenue, "
        "deputies said.",
        "2022-11-12",
    ),
    (
        "x06",
        "2022-11-13T03:00:00Z",
        "https://www.heartlandledger.com/news/springfield-shooting",
        "Shooting in Springfield",
        "SPRINGFIELD, Missouri - A woman was shot this evening on Kearney Street, police said.",
        "2022-11-12",
    ),
    (
        "x07",
        "2022-11-14",
        "https://www.kmov.com/news/east-st-louis-shooting/",
        "Man killed in East St. Louis",
        "A man was killed Saturday night in East St. Louis. Police said he was shot shortly "
        "after midnight outside a bar on State Street.",
        "2022-11-13",
    ),
    (
        "x08",
        "2022-11-14",
        "https://www.wreg.com/news/whitehaven-shooting/",
        "Woman shot in Whitehaven",
        "A woman was shot late Friday night in Whitehaven. Officers arrived at about 1:20 a.m. "
        "and found her in a car on Elvis Presley Boulevard.",
        "2022-11-12",
    ),
    (
        "x09",
        "2022-11-14",
        "https://www.wlwt.com/article/over-the-rhine-shooting/",
        "Man shot in Over-the-Rhine",
        "A man was shot Saturday night in Over-the-Rhine, police said. The shooting was "
        "reported before 11 p.m. on Vine Street.",
        "2022-11-12",
    ),
    (
        "x10",
        "2022-11-14",
        "https://www.wgntv.com/news/crime/south-shore-shooting/",
        "Man shot in South Shore",
        "A man was shot Saturday night in South Shore, police said. He was taken to a "
        "hospital and died around 2 a.m.",
        "2022-11-12",
    ),
    (
        "x11",
        "2022-11-13",
        "https://www.cleveland.com/crime/2022/11/overnight-glenville.html",
        "Teen shot overnight in Glenville",
        "A teen was shot overnight in Glenville, Cleveland police said. The call came in "
        "around 10:45 p.m. from a home on East 105th Street.",
        "2022-11-12",
    ),
    (
        "x12",
        "2022-11-13",
        "https://www.freep.com/story/news/local/michigan/detroit/overnight-brightmoor/",
        "Man shot overnight in Brightmoor",
        "A man was shot overnight in Brightmoor, Detroit police said. The shots were fired "
        "around 3:30 a.m. near Fenkell Avenue.",
        "2022-11-13",
    ),
    (
        "x13",
        "2022-11-14",
        "https://www.tennessean.com/story/news/crime/2022/11/14/overnight/",
        "Two shot overnight Saturday",
        "Two men were shot overnight Saturday outside a Midtown club. Police said the shots "
        "rang out at 1:10 a.m. Sunday on Division Street.",
        "2022-11-13",
    ),
    (
        "x14",
        "2022-11-14T00:45:00-06:00",
        "https://www.khou.com/article/news/crime/acres-homes-shooting/",
        "Man shot in Acres Homes",
        "A man was shot today in Acres Homes, Houston police said. He was in stable condition.",
        "2022-11-13",
    ),
    (
        "x15",
        "2022-11-14T01:45:00-05:00",
        "https://www.wtop.com/dc/2022/11/navy-yard-shooting/",
        "Man shot near Navy Yard",
        "A man was shot early this morning near Navy Yard, D.C. police said. Officers "
        "heard of it around 1 a.m.",
        "2022-11-14",
    ),
    (
        "x16",
        "2022-11-13T23:55:00-05:00",
        "https://www.wbal.com/article/towson-shooting/",
        "Man shot in Towson",
        "A man was shot this morning in Towson, police said. He was released from a "
        "hospital this evening.",
        "2022-11-13",
    ),
    (
        "x17",
        "2022-11-14T10:00:00Z",
        "https://www.theage.com.au/national/victoria/footscray-stabbing",
        "Man stabbed in Footscray",
        "A man was stabbed today in Footscray, Victoria Police said. He was taken to the "
        "Royal Melbourne Hospital.",
        "2022-11-14",
    ),
    (
        "x18",
        "2022-11-13",
        "",
        "Man shot in Flint",
        "FLINT, Mich., Nov. 12, 2022 - A man was shot tonight on the north side, police said.",
        "2022-11-13",
    ),
    (
        "x19",
        "",
        "",
        "Man shot in Flint",
        "FLINT, Mich., Nov. 12, 2022 - A man was shot tonight on the north side, police said.",
        "2022-11-12",
    ),
    (
        "x20",
        "",
        "",
        "Shooting in Rockford",
        "ROCKFORD, Ill. (AP) - A man was shot Thursday in Rockford, police said. The "
        "shooting happened on Nov. 10, 2022, on Kishwaukee Street.",
        "2022-11-10",
    ),
]

KNOWN_MISSES: dict[str, str] = {}


test_the_shooting_day = day_table_test(ROWS, KNOWN_MISSES)


CHICAGO_URL = "https://www.chicagotribune.com/news/breaking/story"


@pytest.mark.parametrize(
    ("published", "url", "text", "day"),
    [
        # a server's UTC clock: the outlet's zone (Chicago, 6 hours behind in March)
        ("2021-03-07T03:10:00Z", CHICAGO_URL, "", "2021-03-06"),
        ("2021-03-07T03:10:00+00:00", CHICAGO_URL, "", "2021-03-06"),
        ("2021-03-07T13:10:00Z", CHICAGO_URL, "", "2021-03-07"),
        # the writer's own offset is kept when the outlet is unknown
        ("2021-03-06T21:10:00-06:00", "https://www.example.com/a", "", "2021-03-06"),
        # a UTC stamp of an unknown outlet with no US dateline stays a UTC day
        ("2021-03-07T03:10:00Z", "https://www.example.com/a", "A man was shot.", "2021-03-07"),
        # a US dateline's state gives the zone
        ("2021-03-07T03:10:00Z", "https://www.example.com/a", "TULSA, Okla. - A man", "2021-03-06"),
        ("2021-03-07T03:10:00Z", "", "SPRINGFIELD, Missouri (AP) - A man", "2021-03-06"),
        # the dateline the places read (`where.datelines.dateline_region`): after a caption,
        # a name not all in capitals, with its date, a dash glued to the first word
        (
            "2021-03-07T03:10:00Z",
            "https://www.example.com/a",
            "Tape outside the duplex (Staff photo)\n\nTULSA, Okla. - A man",
            "2021-03-06",
        ),
        ("2021-03-07T03:10:00Z", "https://e.com/a", "McALLEN, Texas — A man", "2021-03-06"),
        (
            "2021-03-07T03:10:00Z",
            "https://www.example.com/a",
            "FRESNO, Calif., March 6 — A man",
            "2021-03-06",
        ),
        ("2021-03-07T03:10:00Z", "", "ST. LOUIS, Mo. (KXYZ) –A man", "2021-03-06"),
        # a place named in a sentence is no dateline; a Canadian province is no US state
        (
            "2021-03-07T03:10:00Z",
            "https://www.example.com/a",
            "A man was shot in Lufkin, Texas, police said.",
            "2021-03-07",
        ),
        ("2021-03-07T03:10:00Z", "https://e.com/a", "LONDON, Ontario - A man", "2021-03-07"),
        # a bare day, and a clock with no offset: as written
        ("2021-03-07", CHICAGO_URL, "", "2021-03-07"),
        ("2021-03-07T00:40:00", CHICAGO_URL, "", "2021-03-07"),
    ],
)
def test_the_publication_day_is_read_on_the_storys_clock(
    published: str, url: str, text: str, day: str
) -> None:
    article = Article(id="t", text=text or "A man was shot.", published=published, url=url)
    assert publication_day(article) == dt.date.fromisoformat(day)


def test_the_publication_time_is_known_only_on_a_local_clock() -> None:
    from newsfold.analyse.article import publication_time

    local = Article(id="t", text="x", published="2021-03-07T03:10:00Z", url=CHICAGO_URL)
    assert publication_time(local) == dt.time(21, 10)
    utc = Article(id="t", text="x", published="2021-03-07T03:10:00Z", url="https://e.com/a")
    assert publication_time(utc) is None
    bare = Article(id="t", text="x", published="2021-03-07", url=CHICAGO_URL)
    assert publication_time(bare) is None


def _day(text: str, anchor: dt.date, anchor_time: dt.time | None = None) -> str | None:
    from newsfold.analyse import when
    from newsfold.analyse.context import Context
    from newsfold.analyse.nlp import get_nlp

    ctx = Context(
        article=Article(id="t", text=text),
        doc=get_nlp()(text),
        anchor=anchor,
        anchor_time=anchor_time,
    )
    when.annotate(ctx)
    return ctx.event.event_date


MON = dt.date(2021, 3, 8)


def test_tonight_in_a_story_stamped_after_midnight_is_the_evening_before() -> None:
    text = "A man was shot tonight on Main Street, police said."
    assert _day(text, MON, dt.time(0, 30)) == "2021-03-07"
    assert _day(text, MON, dt.time(21, 30)) == "2021-03-08"
    assert _day(text, MON) == "2021-03-08"
    # the small hours are already the new day
    early = "A man was shot early this morning on Main Street, police said."
    assert _day(early, MON, dt.time(1, 30)) == "2021-03-08"


def test_an_evening_clock_in_an_undated_story_stamped_after_midnight() -> None:
    text = "A man was shot shortly before midnight on Elm Street, police said."
    assert _day(text, MON, dt.time(0, 40)) == "2021-03-07"
    # a morning stamp cannot tell of its own day's midnight either (h-date27,
    # `_clock_after_stamp`); with no stamp clock the publication day stays
    assert _day(text, MON, dt.time(9, 40)) == "2021-03-07"
    assert _day(text, MON) == "2021-03-08"


def test_a_weekday_night_told_with_a_small_hours_clock_is_the_next_day() -> None:
    text = "A man was shot Saturday night. Officers said it happened around 1:30 a.m."
    assert _day(text, MON) == "2021-03-07"
    # a bound, a clock of dying, a clock in another paragraph: the night's own day
    bound = "A man was shot Saturday night. The shooting began some time before 2 a.m."
    assert _day(bound, MON) == "2021-03-06"
    died = "A man was shot Saturday night. He was taken to a hospital and died around 2 a.m."
    assert _day(died, MON) == "2021-03-06"
    caught = "A man was shot Saturday night. Officers arrested a suspect about 1 a.m. nearby."
    assert _day(caught, MON) == "2021-03-06"
    apart = "A man was shot Saturday night.\n\nA second call came in around 2 a.m."
    assert _day(apart, MON) == "2021-03-06"
    # "St." ends no sentence
    street = "A man was shot Saturday night on Main St. in Troy. It happened about 2 a.m."
    assert _day(street, MON) == "2021-03-07"


def test_overnight_with_an_evening_clock_is_the_evening_before() -> None:
    text = "A man was shot overnight. Officers responded about 11:30 p.m. to Elm Street."
    assert _day(text, MON) == "2021-03-07"
    small = "A man was shot overnight. Officers responded about 1:30 a.m. to Elm Street."
    assert _day(small, MON) == "2021-03-08"


def test_a_weekday_night_then_the_next_days_small_hours() -> None:
    text = (
        "A man was shot overnight Saturday, police said. The shots were fired about 2:20 a.m. "
        "Sunday on Elm Street."
    )
    assert _day(text, MON) == "2021-03-07"
    # "early Sunday" alone after "Saturday night" is what followed
    after = (
        "Two officers were killed in a shooting Saturday night outside a club. Early Sunday "
        "morning, officers in vests kept watch over the taped-off lot."
    )
    assert _day(after, MON) == "2021-03-06"


def test_a_datelines_date_anchors_a_page_with_no_publication_date() -> None:
    from newsfold.analyse.timeexpr import find_times
    from newsfold.analyse.when import _dateline_day

    text = "DALLAS, March 6, 2021 - A man was shot tonight in Lake Highlands, police said."
    assert _dateline_day(text, find_times(text)) == dt.date(2021, 3, 6)
    inline = "A man was shot on March 6, 2021 - police said - in Lake Highlands."
    assert _dateline_day(inline, find_times(inline)) is None


def test_groupings_publication_day_is_the_storys_own() -> None:
    from newsfold.group.signature import _local_day

    late = Article(id="t", text="x", published="2021-03-07T03:10:00Z", url=CHICAGO_URL)
    assert _local_day(late) == "2021-03-06"
    bare = Article(id="t", text="x", published="2021-03-07", url=CHICAGO_URL)
    assert _local_day(bare) == "2021-03-07"


def test_the_anchor_reads_the_stamp_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """`publication_anchor` gives the day and the clock of one reading of the stamp (the clock
    used to read it, and the day, anew: three `local_stamp` calls an article)."""
    from newsfold.analyse import article as article_module

    calls: list[str | None] = []
    real = article_module.local_stamp

    def counted(published: str | None, url: str | None, text: str) -> dt.datetime | None:
        calls.append(published)
        return real(published, url, text)

    monkeypatch.setattr(article_module, "local_stamp", counted)
    local = Article(id="t", text="x", published="2021-03-07T03:10:00Z", url=CHICAGO_URL)
    assert article_module.publication_anchor(local) == (dt.date(2021, 3, 6), dt.time(21, 10))
    assert len(calls) == 1
