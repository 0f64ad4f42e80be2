"""analyse/when on invented breaking-news pages written within hours of the shots (session 26,
h-date27): the day hangs on the clock and on the page's own stamp. A bare clock against a
stamp's clock with its offset or a known outlet's zone; a TV or radio page's "Posted 5:12 AM
EDT" or "Updated" line over a stamp that is a bare day; live-blog update lines; a station's own
date as the first line ("Sat, Mar 4th 2017"); "last night", "late last night", "last evening",
"overnight", "just before midnight", "shortly after 1 a.m." against the stamp; short briefs
with no day at all (the publication day, or the day before when the clock says so).

Every headline and sentence here is invented for these tests (the towns, streets and outlets
are real, the events are not). Each row: id, published (an ISO stamp with its offset or "Z", a
bare day, or ""), address, headline, text, the calendar day on which the shots were fired (the
day GVA-like records give: local time).
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfold.analyse.article import publication_time
from newsfold.analyse.timeexpr import find_times
from newsfold.records import Article

from .when_helpers import day_table_test, event_day

ROWS: list[tuple[str, str, str, str, str, str]] = [
    (
        "s01",
        "2019-05-12T06:30:00-04:00",
        "https://www.wral.com/news/local/poole-road-shooting/",
        "Man shot on Poole Road",
        "A man was shot at about 11:40 p.m. on Poole Road in Raleigh, police said. He was "
        "taken to WakeMed with injuries that were not thought to be life-threatening. No "
        "arrests had been made.",
        "2019-05-11",
    ),
    (
        "s02",
        "2019-05-12T10:15:00Z",
        "https://www.wsbtv.com/news/local/atlanta/campbellton-road-shooting/",
        "Shooting on Campbellton Road",
        "Atlanta police said the gunfire broke out near 10:30 p.m. on Campbellton Road in "
        "southwest Atlanta. A 24-year-old man was hit in the shoulder and drove himself to "
        "Grady Memorial Hospital.",
        "2019-05-11",
    ),
    (
        "s03",
        "2019-05-12T15:20:00-05:00",
        "https://www.ksdk.com/article/news/crime/north-city-shooting/",
        "Teen wounded in north St. Louis",
        "A 17-year-old boy was wounded around 9 p.m. in the 4100 block of Natural Bridge "
        "Avenue, St. Louis police said. He was listed in stable condition at a hospital.",
        "2019-05-11",
    ),
    (
        "s04",
        "2019-05-12T15:20:00-05:00",
        "https://www.ksdk.com/article/news/crime/gravois-shooting/",
        "Man shot on Gravois",
        "A man was shot around 1:15 p.m. in the 3900 block of Gravois Avenue, St. Louis "
        "police said. Officers found him on the sidewalk with a wound to his leg.",
        "2019-05-12",
    ),
    (
        "s05",
        "2019-05-12T08:10:00-05:00",
        "https://www.kctv5.com/news/local_news/prospect-shooting/",
        "Man shot near Prospect",
        "A man was shot about 2:30 a.m. near East 31st Street and Prospect Avenue, Kansas "
        "City police said. His condition was critical after he reached a hospital.",
        "2019-05-12",
    ),
    (
        "s06",
        "2019-05-12T21:45:00-07:00",
        "https://www.kgw.com/article/news/crime/gresham-shooting/",
        "Man shot in Gresham",
        "A man was shot about 7:50 p.m. in a parking lot on Southeast Stark Street in "
        "Gresham, police said. His wounds were not life-threatening.",
        "2019-05-12",
    ),
    (
        "s07",
        "2019-05-12T11:00:00-04:00",
        "https://www.wlwt.com/article/avondale-shooting/",
        "Man killed in Avondale",
        "A man was shot and killed just before midnight in Avondale, Cincinnati police said. "
        "Officers found him on Burnet Avenue. The coroner will release his name.",
        "2019-05-11",
    ),
    (
        "s08",
        "2019-05-12T09:05:00-04:00",
        "https://www.wlwt.com/article/over-the-rhine-shooting/",
        "Shots fired in Over-the-Rhine",
        "Officers were called to the 1600 block of Vine Street at 9:48 p.m. for a report of "
        "shots fired and found a woman with a wound to her arm, Cincinnati police said. She "
        "is expected to recover.",
        "2019-05-11",
    ),
    (
        "s09",
        "2019-05-12T12:30:00Z",
        "https://www.wsmv.com/news/antioch-shooting/",
        "Antioch shooting leaves one hurt",
        "Metro police are looking for the person who shot a man shortly after 11 p.m. "
        "outside an apartment complex on Bell Road in Antioch. The wounded man went to "
        "Vanderbilt University Medical Center.",
        "2019-05-11",
    ),
    (
        "s10",
        "2019-05-12T07:45:00-06:00",
        "https://kdvr.com/news/local/aurora-shooting/",
        "Aurora police investigate shooting",
        "Aurora police are investigating a shooting that happened at 10:20 p.m. on East "
        "Colfax Avenue. One man was hit and taken to a hospital. Police did not release a "
        "description of the shooter.",
        "2019-05-11",
    ),
    (
        "s11",
        "2019-05-12T13:40:00-07:00",
        "https://www.azfamily.com/news/maryvale-shooting/",
        "Man hurt in Maryvale shooting",
        "A man was shot at 11:05 a.m. near 51st Avenue and Indian School Road in Maryvale, "
        "Phoenix police said. He is expected to survive.",
        "2019-05-12",
    ),
    (
        "s12",
        "2019-05-12T13:40:00-07:00",
        "https://www.azfamily.com/news/south-phoenix-shooting/",
        "Woman shot in south Phoenix",
        "A woman was shot at 8:15 p.m. near Baseline Road and 16th Street in south Phoenix, "
        "police said. Medics took her to a hospital; her wounds were serious.",
        "2019-05-11",
    ),
    (
        "s13",
        "2018-10-21T08:20:00-04:00",
        "https://www.wcnc.com/article/news/crime/beatties-ford-shooting/",
        "Man killed on Beatties Ford Road",
        "CHARLOTTE, N.C. -- A man died after he was shot around 11:30 p.m. on Beatties Ford "
        "Road, Charlotte-Mecklenburg police said. Officers found him in a parking lot and he "
        "was pronounced dead at the scene.",
        "2018-10-20",
    ),
    (
        "s14",
        "2018-10-21T14:05:00Z",
        "https://www.wbrc.com/2018/10/21/ensley-shooting/",
        "Ensley shooting",
        "Birmingham police said a man was shot at about 10:45 p.m. in the 2000 block of "
        "Avenue E in Ensley. He was taken to UAB Hospital with life-threatening injuries.",
        "2018-10-20",
    ),
    (
        "s15",
        "2018-10-21 07:10:00",
        "https://www.woodtv.com/news/grand-rapids/southeast-side-shooting/",
        "Southeast side shooting",
        "GRAND RAPIDS, Mich. (WOOD) -- Grand Rapids police said a man was wounded at 9:55 "
        "p.m. on Madison Avenue SE. He was hit in the hip and is expected to survive.",
        "2018-10-20",
    ),
    (
        "s16",
        "2018-10-21T07:10:00-0400",
        "https://www.wthr.com/article/near-east-side-shooting/",
        "Near east side shooting",
        "Indianapolis Metropolitan Police were called to East 10th Street at 11:58 p.m. and "
        "found a man who had been shot, police said. He was in serious condition.",
        "2018-10-20",
    ),
    (
        "s17",
        "2018-10-21T16:30:00-05:00",
        "https://www.kwtx.com/content/news/waco-shooting/",
        "Waco shooting",
        "A 19-year-old was shot at about 12:40 p.m. outside a home on J.J. Flewellen Road in "
        "Waco, police said. He was taken to a hospital.",
        "2018-10-21",
    ),
    (
        "s18",
        "2018-10-21T05:50:00-07:00",
        "https://www.kcra.com/article/south-sacramento-shooting/",
        "South Sacramento shooting",
        "Sacramento police said two men were shot about 9:10 p.m. on Florin Road. Both were "
        "taken to a hospital and are expected to live.",
        "2018-10-20",
    ),
    (
        "s19",
        "2017-03-05T06:10:00-05:00",
        "https://www.wtol.com/story/toledo-shooting/",
        "Man shot in central Toledo",
        "A man was shot at about 10 p.m. on Dorr Street in central Toledo, police said. He "
        "was taken to St. Vincent Medical Center.",
        "2017-03-04",
    ),
    (
        "s20",
        "2017-03-05T11:10:00Z",
        "https://www.wbaltv.com/article/east-baltimore-shooting/",
        "East Baltimore shooting",
        "Baltimore police said a man was shot at 11:25 p.m. on East Monument Street near "
        "Milton Avenue. He was taken to Johns Hopkins Hospital in serious condition.",
        "2017-03-04",
    ),
    (
        "s21",
        "2017-03-05T18:00:00Z",
        "https://www.wbaltv.com/article/west-baltimore-shooting/",
        "West Baltimore shooting",
        "Baltimore police said a man was shot at 10:10 a.m. in the 1800 block of West North "
        "Avenue. He was taken to Shock Trauma.",
        "2017-03-05",
    ),
    (
        "s22",
        "2020-01-19T09:30:00-06:00",
        "https://www.nola.com/news/crime_police/article_shooting/",
        "Man wounded in Gentilly",
        "A man was wounded in a shooting about 8:40 p.m. in Gentilly, New Orleans police "
        "said. He later showed up at a hospital, hurt in the leg.",
        "2020-01-18",
    ),
    (
        "s23",
        "2020-01-19T14:00:00Z",
        "https://www.dispatch.com/news/20200119/shooting-on-south-side/",
        "Man shot on South Side",
        "Columbus police said a man was shot around 7:30 p.m. on Parsons Avenue. He was "
        "taken to Grant Medical Center in stable condition.",
        "2020-01-18",
    ),
    (
        "s24",
        "2020-01-19T22:15:00Z",
        "https://www.dispatch.com/news/20200119/shooting-on-east-side/",
        "Man shot on East Side",
        "Columbus police said a man was shot around 2:20 p.m. on East Main Street. He was "
        "taken to Grant Medical Center in stable condition.",
        "2020-01-19",
    ),
    (
        "s25",
        "2021-11-14T07:55:00-05:00",
        "https://www.wsoctv.com/news/local/east-charlotte-shooting/",
        "Shooting in east Charlotte",
        "Police said the shooting was reported at 9:35 p.m. on Central Avenue. A wounded "
        "man was found there and taken to Atrium Health Carolinas Medical Center.",
        "2021-11-13",
    ),
    (
        "s26",
        "2021-11-14T10:30:00-08:00",
        "https://www.king5.com/article/news/crime/tacoma-shooting/",
        "Tacoma shooting",
        "A man was wounded in a shooting at about 11:10 p.m. on South Tacoma Way, Tacoma "
        "police said. The suspect ran away before officers arrived.",
        "2021-11-13",
    ),
    (
        "s27",
        "2021-11-14T04:20:00-06:00",
        "https://www.kmbc.com/article/kansas-city-shooting/",
        "Man hurt in shooting",
        "Kansas City police said a man was shot at 10:50 p.m. near East 39th Street and "
        "Indiana Avenue. He is expected to survive.",
        "2021-11-13",
    ),
    (
        "s28",
        "2021-11-14T04:20:00-06:00",
        "https://www.kmbc.com/article/kansas-city-shooting-2/",
        "Man hurt in shooting",
        "Kansas City police said a man was shot at 3:05 a.m. near East 39th Street and "
        "Indiana Avenue. He is expected to survive.",
        "2021-11-14",
    ),
    (
        "p01",
        "2019-05-12",
        "https://www.wsaz.com/content/news/shooting/",
        "Man shot in Huntington",
        "Posted 5:12 AM EDT\nA man was wounded at 10:50 p.m. on 8th Avenue in Huntington, "
        "police said. He was taken to Cabell Huntington Hospital.",
        "2019-05-11",
    ),
    (
        "p02",
        "2019-05-12",
        "https://www.kcci.com/article/des-moines-shooting/",
        "Des Moines shooting",
        "Updated: 7:02 AM CDT May 12, 2019\nTwo men were shot at about 11:15 p.m. on "
        "University Avenue in Des Moines, police said. Both are expected to survive.",
        "2019-05-11",
    ),
    (
        "p03",
        "2019-05-12",
        "https://www.ketv.com/article/omaha-shooting/",
        "Omaha shooting",
        "Posted: Sun 6:40 AM, May 12, 2019\nOmaha police said a man was shot about 9:45 p.m. "
        "near 30th and Ames. He had injuries that were not life-threatening.",
        "2019-05-11",
    ),
    (
        "p04",
        "2019-05-12",
        "https://www.wkrn.com/news/local-news/nashville-shooting/",
        "North Nashville shooting",
        "Published 4:55 PM CDT\nA man was shot around 2 p.m. on Jefferson Street in North "
        "Nashville, Metro police said. He was taken to a hospital.",
        "2019-05-12",
    ),
    (
        "p05",
        "2018-10-21",
        "https://www.whas11.com/article/news/crime/louisville-shooting/",
        "Louisville shooting",
        "Posted 6:20 AM, Oct 21, 2018\nLouisville Metro Police said a man was shot at 11:45 "
        "p.m. in the Shawnee neighborhood. He was taken to University Hospital.",
        "2018-10-20",
    ),
    (
        "p06",
        "2018-10-21",
        "https://www.wave3.com/2018/10/21/shooting-russell/",
        "Russell shooting",
        "By WAVE 3 News Staff | October 21, 2018 at 6:58 AM EDT\nA man was shot near "
        "10:15 p.m. in the Russell neighborhood, police said. He is expected to survive.",
        "2018-10-20",
    ),
    (
        "p07",
        "2017-03-05",
        "https://www.wmur.com/article/manchester-shooting/",
        "Manchester shooting",
        "Updated 7:31 AM EST Mar 5, 2017\nManchester police said a man was shot at 11:20 "
        "p.m. on Lake Avenue. His injuries were not life-threatening.",
        "2017-03-04",
    ),
    (
        "p08",
        "2017-03-05",
        "https://www.wtvr.com/news/richmond-shooting/",
        "Richmond shooting",
        "Posted 8:15 AM, March 5, 2017, by WTVR Staff\nRichmond police said a man was shot "
        "around 9:30 p.m. in the 1400 block of Mosby Street. He was taken to VCU Medical "
        "Center.",
        "2017-03-04",
    ),
    (
        "p09",
        "2017-03-05",
        "https://www.wtvr.com/news/henrico-shooting/",
        "Henrico shooting",
        "Posted 8:15 AM, March 5, 2017, by WTVR Staff\nHenrico police said a man was shot "
        "around 3:30 a.m. on Laburnum Avenue. He was taken to a hospital.",
        "2017-03-05",
    ),
    (
        "p10",
        "2020-01-19",
        "https://www.kxan.com/news/crime/austin-shooting/",
        "Austin shooting",
        "Posted: Jan 19, 2020 / 06:05 AM CST\nAustin police said a man was shot at about "
        "11:50 p.m. on East Riverside Drive. He was taken to Dell Seton Medical Center.",
        "2020-01-18",
    ),
    (
        "p11",
        "2020-01-19",
        "https://www.kxan.com/news/crime/austin-shooting-2/",
        "Austin shooting",
        "Posted: Jan 19, 2020 / 06:05 PM CST\nAustin police said a man was shot at about "
        "1:50 p.m. on East Riverside Drive. He was taken to Dell Seton Medical Center.",
        "2020-01-19",
    ),
    (
        "p12",
        "2021-11-14",
        "https://www.kob.com/albuquerque-news/albuquerque-shooting/",
        "Albuquerque shooting",
        "Updated: November 14, 2021 08:12 AM\nAlbuquerque police said a man was shot at "
        "around 10 p.m. near Central and San Mateo. He is in critical condition.",
        "2021-11-13",
    ),
    (
        "l01",
        "2019-05-12T09:30:00-05:00",
        "https://www.click2houston.com/news/houston-shooting-live/",
        "Deadly shooting in southwest Houston",
        "UPDATE 8:45 a.m.: Police have identified the man killed as a 33-year-old father of "
        "two.\n\nA man was shot and killed at 11:20 p.m. outside a bar on Bissonnet Street "
        "in southwest Houston, police said. The shooter drove away in a dark pickup.",
        "2019-05-11",
    ),
    (
        "l02",
        "2019-05-12T12:10:00-04:00",
        "https://www.wtsp.com/article/news/crime/st-petersburg-shooting/",
        "St. Petersburg shooting",
        "UPDATE, 11:50 a.m.: Police said the wounded teen is out of surgery.\n\nORIGINAL "
        "STORY: Two teens were shot at about 10:30 p.m. near 18th Avenue South in St. "
        "Petersburg, police said.",
        "2019-05-11",
    ),
    (
        "l03",
        "2019-05-12",
        "https://www.wfla.com/news/tampa-shooting-updates/",
        "Tampa shooting",
        "UPDATE 6:45 a.m.: The victim has died, police said.\n\nA man was shot at 11:40 p.m. "
        "on Nebraska Avenue in Tampa. Officers found him in the road.",
        "2019-05-11",
    ),
    (
        "l04",
        "2018-10-21",
        "https://www.kare11.com/article/news/minneapolis-shooting-live/",
        "Minneapolis shooting",
        "UPDATE (7:10 a.m.) -- Minneapolis police said the victim was a 22-year-old man.\n\n"
        "A man was shot and killed late Saturday night near Lake Street and Chicago Avenue "
        "in Minneapolis, police said. Officers were called at 11:52 p.m.",
        "2018-10-20",
    ),
    (
        "l05",
        "2018-10-21",
        "https://www.kare11.com/article/news/st-paul-shooting-live/",
        "St. Paul shooting",
        "UPDATE 9:20 a.m.: Police have released the name of the man killed.\n\nA man was "
        "shot and killed early Sunday on St. Paul's East Side, police said. Officers were "
        "called to Payne Avenue at 2:10 a.m.",
        "2018-10-21",
    ),
    (
        "f01",
        "",
        "https://www.wsmv.com/news/shooting-story/",
        "Man shot on Dickerson Pike",
        "Sat, Mar 4th 2017\nA man was shot tonight on Dickerson Pike in Nashville, Metro "
        "police said. He was taken to a hospital.",
        "2017-03-04",
    ),
    (
        "f02",
        "2017-03-05",
        "https://www.wsmv.com/news/shooting-story-2/",
        "Man shot on Dickerson Pike",
        "Sat, Mar 4th 2017 11:52 PM\nA man was shot tonight on Dickerson Pike in Nashville, "
        "Metro police said. He was taken to a hospital.",
        "2017-03-04",
    ),
    (
        "f03",
        "",
        "https://www.wsmv.com/news/shooting-story-3/",
        "Woman shot in Madison",
        "Sunday, March 5th 2017, 6:10 AM CST\nA woman was shot at 11 p.m. on Gallatin Pike "
        "in Madison, Metro police said. She is expected to recover.",
        "2017-03-04",
    ),
    (
        "f04",
        "",
        "https://www.wbrc.com/story/shooting-bessemer/",
        "Bessemer shooting",
        "Sat, Oct 20th 2018\nBESSEMER, Ala. (WBRC) - A man was shot this afternoon on 9th "
        "Avenue North in Bessemer, police said.",
        "2018-10-20",
    ),
    (
        "f05",
        "2018-10-22",
        "https://www.wbrc.com/story/shooting-fairfield/",
        "Fairfield shooting",
        "Sun, Oct 21st 2018\nFAIRFIELD, Ala. (WBRC) - A man was shot last night on Gary "
        "Avenue in Fairfield, police said.",
        "2018-10-20",
    ),
    (
        "f06",
        "",
        "https://www.kwtx.com/content/news/killeen-shooting/",
        "Killeen shooting",
        "Saturday, January 18th 2020\nKILLEEN, Texas (KWTX) - A man was shot this evening on "
        "Rancier Avenue, Killeen police said.",
        "2020-01-18",
    ),
    (
        "r01",
        "2019-05-12T14:30:00-05:00",
        "https://www.kmbc.com/article/prospect-shooting/",
        "Man shot near Prospect",
        "A man was shot early this morning near East 35th Street and Prospect Avenue in "
        "Kansas City, police said. He was in serious condition.",
        "2019-05-12",
    ),
    (
        "r02",
        "2019-05-12T14:30:00-05:00",
        "https://www.kmbc.com/article/troost-shooting/",
        "Man shot near Troost",
        "A man was shot late last night near East 43rd Street and Troost Avenue in Kansas "
        "City, police said. He was in serious condition.",
        "2019-05-11",
    ),
    (
        "r03",
        "2019-05-12T07:00:00-04:00",
        "https://www.wtvr.com/news/southside-shooting/",
        "Overnight shooting on Southside",
        "A man was shot overnight on Richmond's Southside. Police said it happened shortly "
        "after 1 a.m. on Hull Street. He is expected to live.",
        "2019-05-12",
    ),
    (
        "r04",
        "2019-05-12T07:00:00-04:00",
        "https://www.wtvr.com/news/northside-shooting/",
        "Overnight shooting on Northside",
        "A man was shot overnight on Richmond's Northside. Police said it happened just "
        "before midnight on Chamberlayne Avenue. He is expected to live.",
        "2019-05-11",
    ),
    (
        "r05",
        "2019-05-12T15:00:00-05:00",
        "https://www.jsonline.com/story/news/crime/milwaukee-shooting/",
        "Milwaukee shooting",
        "A man was shot Saturday night into Sunday on Milwaukee's north side. Police said "
        "the shots were fired at about 12:30 a.m. near North 27th Street and West Center "
        "Street.",
        "2019-05-12",
    ),
    (
        "r06",
        "2019-05-12T16:00:00-04:00",
        "https://www.wcvb.com/article/dorchester-shooting/",
        "Dorchester shooting",
        "A man was shot earlier today on Blue Hill Avenue in Dorchester, Boston police said. "
        "He was taken to Boston Medical Center.",
        "2019-05-12",
    ),
    (
        "r07",
        "2019-05-12T09:00:00-04:00",
        "https://www.wcvb.com/article/roxbury-shooting/",
        "Roxbury shooting",
        "A woman was shot yesterday evening on Warren Street in Roxbury, Boston police said. "
        "She is expected to survive.",
        "2019-05-11",
    ),
    (
        "r08",
        "2019-05-12T22:40:00-05:00",
        "https://www.nbcchicago.com/news/local/englewood-shooting/",
        "Englewood shooting",
        "A man was shot tonight in Englewood, Chicago police said. He was hit in the leg on "
        "South Racine Avenue and taken to the University of Chicago Medical Center.",
        "2019-05-12",
    ),
    (
        "r09",
        "2019-05-12T01:15:00-05:00",
        "https://www.nbcchicago.com/news/local/austin-shooting/",
        "Austin shooting",
        "A man was shot this evening in the Austin neighborhood, Chicago police said. Medics "
        "took him to Stroger Hospital; he was in good condition.",
        "2019-05-11",
    ),
    (
        "r10",
        "2019-05-12T10:20:00-06:00",
        "https://kdvr.com/news/local/denver-shooting/",
        "Denver shooting",
        "Denver police are investigating a shooting that happened late last night in the "
        "Montbello neighborhood. Police said the victim was shot shortly before midnight.",
        "2019-05-11",
    ),
    (
        "r11",
        "2019-05-12T10:20:00-06:00",
        "https://kdvr.com/news/local/denver-shooting-2/",
        "Denver shooting",
        "Denver police are looking into gunfire that broke out early this morning in the "
        "Montbello neighborhood. Police said the victim was shot shortly after 1 a.m.",
        "2019-05-12",
    ),
    (
        "r12",
        "2018-10-21T15:00:00-05:00",
        "https://www.jsonline.com/story/news/crime/milwaukee-shooting-2/",
        "Milwaukee shooting",
        "Two men were wounded late Saturday night on Milwaukee's south side. Police said the "
        "shooting happened at about 11:50 p.m. near South 13th Street and West Lincoln "
        "Avenue.",
        "2018-10-20",
    ),
    (
        "r13",
        "2018-10-21T15:00:00-05:00",
        "https://www.jsonline.com/story/news/crime/milwaukee-shooting-3/",
        "Milwaukee shooting",
        "A man was wounded just after midnight Sunday on Milwaukee's south side, police "
        "said. He was hit in the arm near South 16th Street.",
        "2018-10-21",
    ),
    (
        "r14",
        "2018-10-21T10:00:00-04:00",
        "https://www.13newsnow.com/article/news/crime/norfolk-shooting/",
        "Norfolk shooting",
        "Norfolk police said a man was shot shortly after 1 a.m. on Church Street. He was "
        "taken to Sentara Norfolk General Hospital.",
        "2018-10-21",
    ),
    (
        "r15",
        "2018-10-21T23:10:00-04:00",
        "https://www.13newsnow.com/article/news/crime/portsmouth-shooting/",
        "Portsmouth shooting",
        "Portsmouth police said a man was shot shortly after 1 a.m. on High Street. He was "
        "taken to a hospital.",
        "2018-10-21",
    ),
    (
        "r16",
        "2018-10-21T08:30:00-04:00",
        "https://www.wfmynews2.com/article/news/crime/greensboro-shooting/",
        "Greensboro shooting",
        "A man was shot last evening on Phillips Avenue in Greensboro, police said. He was "
        "treated at a hospital and released.",
        "2018-10-20",
    ),
    (
        "r17",
        "2018-10-21T08:30:00-04:00",
        "https://www.wfmynews2.com/article/news/crime/high-point-shooting/",
        "High Point shooting",
        "A man was shot overnight on English Road in High Point, police said. Officers were "
        "called at 10:40 p.m. and found him in a yard.",
        "2018-10-20",
    ),
    (
        "r18",
        "2018-10-21T08:30:00-04:00",
        "https://www.wfmynews2.com/article/news/crime/burlington-shooting/",
        "Burlington shooting",
        "A man was shot overnight on Church Street in Burlington, police said. Officers were "
        "called at 3:40 a.m. and found him in a yard.",
        "2018-10-21",
    ),
    (
        "r19",
        "2017-03-05T13:00:00-05:00",
        "https://www.wkyc.com/article/news/crime/cleveland-shooting/",
        "Cleveland shooting",
        "A man was shot this morning on East 105th Street in Cleveland, police said. It "
        "happened around 2:15 a.m. outside a convenience store.",
        "2017-03-05",
    ),
    (
        "r20",
        "2017-03-05T13:00:00-05:00",
        "https://www.wkyc.com/article/news/crime/cleveland-shooting-2/",
        "Cleveland shooting",
        "Cleveland police are looking into gunfire that left one man hurt Saturday night "
        "into early Sunday. It happened around 1:20 a.m. on Lorain Avenue.",
        "2017-03-05",
    ),
    (
        "r21",
        "2017-03-05T13:00:00-05:00",
        "https://www.wkyc.com/article/news/crime/cleveland-shooting-3/",
        "Cleveland shooting",
        "A man was shot late Saturday on Lorain Avenue in Cleveland, police said. It "
        "happened around 11:45 p.m. outside a bar.",
        "2017-03-04",
    ),
    (
        "r22",
        "2017-03-05T09:40:00-05:00",
        "https://www.fox8.com/news/akron-shooting/",
        "Akron shooting",
        "Akron police said a man was shot just before midnight on South Arlington Street. He "
        "was taken to Akron City Hospital.",
        "2017-03-04",
    ),
    (
        "r23",
        "2020-01-19T16:10:00-06:00",
        "https://www.click2houston.com/news/pasadena-shooting/",
        "Pasadena shooting",
        "A man was shot this afternoon outside a convenience store on Red Bluff Road in "
        "Pasadena, police said. He was flown to a hospital.",
        "2020-01-19",
    ),
    (
        "r24",
        "2020-01-19T08:10:00-06:00",
        "https://www.click2houston.com/news/baytown-shooting/",
        "Baytown shooting",
        "A man was shot last night outside a convenience store on Decker Drive in Baytown, "
        "police said. Police said it happened around 1:30 a.m.",
        "2020-01-19",
    ),
    (
        "r25",
        "2020-01-19T08:10:00-06:00",
        "https://www.click2houston.com/news/humble-shooting/",
        "Humble shooting",
        "A man was shot late last night outside a convenience store in Humble, deputies "
        "said. Deputies got the call at 11:35 p.m.",
        "2020-01-18",
    ),
    (
        "r26",
        "2020-01-19T13:00:00-05:00",
        "https://www.wsoctv.com/news/local/gastonia-shooting/",
        "Gastonia shooting",
        "A man was hurt in a shooting that happened overnight in Gastonia, police said. "
        "Officers were called to Franklin Boulevard around 12:15 a.m.",
        "2020-01-19",
    ),
    (
        "r27",
        "2021-11-14T06:30:00-05:00",
        "https://www.wtol.com/article/news/crime/toledo-shooting/",
        "Toledo shooting",
        "A man was shot Saturday night in north Toledo, police said. Officers were called to "
        "Lagrange Street at 11:10 p.m.",
        "2021-11-13",
    ),
    (
        "r28",
        "2021-11-14T06:30:00-05:00",
        "https://www.wtol.com/article/news/crime/toledo-shooting-2/",
        "Toledo shooting",
        "A man was shot in north Toledo overnight, police said. Officers were called to "
        "Lagrange Street at 11:10 p.m. Saturday.",
        "2021-11-13",
    ),
    (
        "r29",
        "2021-11-14T17:30:00-08:00",
        "https://www.kron4.com/news/bay-area/oakland-shooting/",
        "Oakland shooting",
        "Oakland police said a man was shot this afternoon near International Boulevard and "
        "73rd Avenue. He was taken to a hospital.",
        "2021-11-14",
    ),
    (
        "r30",
        "2021-11-14T07:30:00-08:00",
        "https://www.kron4.com/news/bay-area/san-jose-shooting/",
        "San Jose shooting",
        "San Jose police said a man was shot late last night near Story Road. He was taken "
        "to a hospital. Officers were called at about 11:55 p.m.",
        "2021-11-13",
    ),
    (
        "b01",
        "2019-05-12T07:15:00-05:00",
        "https://www.kcci.com/article/forest-avenue-shooting/",
        "Police investigate shooting",
        "Des Moines police are looking into gunfire that left one man hurt. Officers "
        "found him with a gunshot wound to the leg at about 9:30 p.m. on Forest Avenue.",
        "2019-05-11",
    ),
    (
        "b02",
        "2019-05-12",
        "https://www.kcci.com/article/forest-avenue-shooting-2/",
        "Police investigate shooting",
        "Des Moines police are looking into gunfire that left one man hurt. Officers "
        "found him with a gunshot wound to the leg on Forest Avenue.",
        "2019-05-12",
    ),
    (
        "b03",
        "2019-05-12T23:10:00-05:00",
        "https://www.kcci.com/article/forest-avenue-shooting-3/",
        "Police investigate shooting",
        "Des Moines police are looking into gunfire that left one man hurt. Officers "
        "found him with a gunshot wound to the leg at about 9:30 p.m. on Forest Avenue.",
        "2019-05-12",
    ),
    (
        "b04",
        "2019-05-12T13:30:00Z",
        "https://www.flintnewsdesk.net/shooting-brief/",
        "Man shot",
        "FLINT, Mich. -- A man was shot at about 11 p.m. on Saginaw Street, Flint police "
        "said. He is in stable condition.",
        "2019-05-11",
    ),
    (
        "b05",
        "2019-05-12T06:00:00-05:00",
        "https://www.kctv5.com/news/brief-shooting/",
        "Shooting brief",
        "One person was hurt in a shooting at 9th and Cleveland. Police were called at 10:05 p.m.",
        "2019-05-11",
    ),
    (
        "b06",
        "2019-05-12T06:00:00-05:00",
        "https://www.kctv5.com/news/brief-shooting-2/",
        "Shooting brief",
        "One person was hurt in a shooting at 9th and Cleveland. Police were called at 4:05 a.m.",
        "2019-05-12",
    ),
    (
        "b07",
        "2018-10-21T09:00:00-07:00",
        "https://www.ktvb.com/article/news/crime/boise-shooting/",
        "Boise shooting",
        "Boise police are investigating a shooting near Fairview Avenue. A man was hit in "
        "the hand at 8:50 p.m. and treated at a hospital.",
        "2018-10-20",
    ),
    (
        "b08",
        "2018-10-21T09:00:00-07:00",
        "https://www.krem.com/article/news/crime/spokane-shooting/",
        "Spokane shooting",
        "Spokane police are investigating a shooting on East Sprague Avenue. A man was hit "
        "in the hand and treated at a hospital. The call came in at 7:25 p.m.",
        "2018-10-20",
    ),
    (
        "b09",
        "2017-03-05T10:45:00-05:00",
        "https://www.wkyc.com/article/news/crime/east-cleveland-brief/",
        "East Cleveland shooting",
        "One man was hurt in a shooting at 11:30 p.m. on Euclid Avenue in East Cleveland, "
        "police said.",
        "2017-03-04",
    ),
    (
        "b10",
        "2017-03-05T20:45:00-05:00",
        "https://www.wkyc.com/article/news/crime/east-cleveland-brief-2/",
        "East Cleveland shooting",
        "One man was hurt in a shooting at 5:30 p.m. on Euclid Avenue in East Cleveland, "
        "police said.",
        "2017-03-05",
    ),
    (
        "b12",
        "2020-01-19T07:00:00-05:00",
        "https://www.wcnc.com/article/news/crime/concord-brief/",
        "Concord shooting",
        "Concord police said one person was shot at around 11 o'clock on Church Street "
        "Saturday night. The victim was taken to a hospital.",
        "2020-01-18",
    ),
    (
        "b13",
        "2021-11-14T08:00:00-06:00",
        "https://www.wbrc.com/2021/11/14/tuscaloosa-brief/",
        "Tuscaloosa shooting",
        "TUSCALOOSA, Ala. (WBRC) - One person was hurt in a shooting at 10:45 PM on 15th "
        "Street, police said.",
        "2021-11-13",
    ),
    (
        "b14",
        "2021-11-14T08:00:00-06:00",
        "https://www.wbrc.com/2021/11/14/hoover-brief/",
        "Hoover shooting",
        "HOOVER, Ala. (WBRC) - One person was hurt in a shooting at 10:45 AM on Lorna Road, "
        "police said. Officers are still looking for the shooter.",
        "2021-11-13",
    ),
    (
        "b15",
        "2021-11-14T14:00:00-06:00",
        "https://www.wbrc.com/2021/11/14/pelham-brief/",
        "Pelham shooting",
        "PELHAM, Ala. (WBRC) - One person was hurt in a shooting at 10:45 AM on Huntley "
        "Parkway, police said.",
        "2021-11-14",
    ),
    (
        "b16",
        "2021-11-14T08:00:00-06:00",
        "https://www.wbrc.com/2021/11/14/bessemer-brief/",
        "Bessemer shooting",
        "BESSEMER, Ala. (WBRC) - Police said one person was hurt in a shooting on Carolina "
        "Avenue. Officers responded at 22:40.",
        "2021-11-13",
    ),
    (
        "p13",
        "2019-05-12",
        "https://www.wsaz.com/content/news/charleston-shooting/",
        "Charleston shooting",
        "Posted 11:58 PM, May 11, 2019\nUpdated 7:00 AM, May 12, 2019\nCharleston police "
        "said a man was shot at about 11:15 p.m. on Washington Street West. He is in stable "
        "condition.",
        "2019-05-11",
    ),
    (
        "p14",
        "2019-05-12",
        "https://www.wsaz.com/content/news/ashland-shooting/",
        "Ashland shooting",
        "Posted 10:05 AM EDT\nAshland police are investigating a shooting on Winchester "
        "Avenue that left one man hurt. A vigil for the neighborhood is planned for 7 p.m.",
        "2019-05-12",
    ),
    (
        "p15",
        "2018-10-21",
        "https://www.wkrn.com/news/local-news/clarksville-shooting/",
        "Clarksville shooting",
        "Posted: Oct 21, 2018 / 09:40 AM CDT\nClarksville police said a man was shot at 9:05 "
        "a.m. in a parking lot on Fort Campbell Boulevard.",
        "2018-10-21",
    ),
    (
        "p16",
        "2018-10-21",
        "https://www.wkrn.com/news/local-news/murfreesboro-shooting/",
        "Murfreesboro shooting",
        "Posted: Oct 21, 2018 / 07:40 AM CDT\nMurfreesboro police said a man was shot at 11 "
        "PM in a parking lot on Memorial Boulevard.",
        "2018-10-20",
    ),
    (
        "r31",
        "2019-05-12T11:00:00-04:00",
        "https://www.wsbtv.com/news/local/decatur-shooting/",
        "Decatur shooting",
        "A man was shot last night in Decatur, police said. It happened shortly after "
        "midnight near Columbia Drive. He is expected to survive.",
        "2019-05-12",
    ),
    (
        "r32",
        "2019-05-12T11:00:00-04:00",
        "https://www.wsbtv.com/news/local/marietta-shooting/",
        "Marietta shooting",
        "A man was shot late last night in Marietta, police said. Officers got the call at "
        "about 1:45 a.m. He is expected to survive.",
        "2019-05-12",
    ),
    (
        "r33",
        "2019-05-12T11:00:00-04:00",
        "https://www.wsbtv.com/news/local/smyrna-shooting/",
        "Smyrna shooting",
        "A man was shot last night in Smyrna, police said. He was taken to a hospital and "
        "died around 2 a.m.",
        "2019-05-11",
    ),
    (
        "r34",
        "2019-05-12T11:00:00-04:00",
        "https://www.wsbtv.com/news/local/college-park-shooting/",
        "College Park shooting",
        "A man was shot last evening in College Park, police said. It happened at about 8 "
        "p.m. near Main Street.",
        "2019-05-11",
    ),
    (
        "r35",
        "2020-01-19T12:00:00Z",
        "https://www.wcvb.com/article/lynn-shooting/",
        "Lynn shooting",
        "Lynn police said a man was shot at 9 p.m. near Union Street. He was taken to Salem "
        "Hospital.",
        "2020-01-18",
    ),
    (
        "r36",
        "2020-01-19T15:30:00Z",
        "https://www.wcvb.com/article/brockton-shooting/",
        "Brockton shooting",
        "Brockton police said a man was shot at 8:30 a.m. near Main Street. He was taken to "
        "a hospital.",
        "2020-01-19",
    ),
    (
        "f07",
        "2019-05-14",
        "https://www.kwtx.com/content/news/temple-shooting/",
        "Temple shooting",
        "Sunday, May 12, 2019\nTEMPLE, Texas (KWTX) - A man was shot this morning outside a "
        "home on South 1st Street, police said.",
        "2019-05-12",
    ),
    (
        "f08",
        "",
        "https://www.wsmv.com/news/shooting-story-4/",
        "Man shot in Antioch",
        "Sun, May 12th 2019 5:35 AM\nA man was shot at 10:40 p.m. outside a market on "
        "Murfreesboro Pike in Antioch, Metro police said.",
        "2019-05-11",
    ),
    (
        "f09",
        "",
        "https://www.wsmv.com/news/shooting-story-5/",
        "Man shot in Antioch",
        "Sun, May 12th 2019 5:35 AM\nA man was shot at 3:40 a.m. outside a market on "
        "Murfreesboro Pike in Antioch, Metro police said.",
        "2019-05-12",
    ),
    (
        "b17",
        "2019-05-12T10:00:00-04:00",
        "https://www.wral.com/news/local/durham-brief/",
        "Durham shooting",
        "Durham police said a man was shot on Fayetteville Street. He was taken to Duke "
        "University Hospital. A news conference is set for 3 p.m.",
        "2019-05-12",
    ),
    (
        "b18",
        "2019-05-12T10:00:00-04:00",
        "https://www.wral.com/news/local/fayetteville-brief/",
        "Fayetteville shooting",
        "Fayetteville police said a man was shot around 9:40 a.m. on Murchison Road. He was "
        "taken to Cape Fear Valley Medical Center.",
        "2019-05-12",
    ),
    (
        "b19",
        "2019-05-12T10:00:00-04:00",
        "https://www.wral.com/news/local/goldsboro-brief/",
        "Goldsboro shooting",
        "Goldsboro police said a man was shot around 11 PM on Ash Street. He was taken to a "
        "hospital.",
        "2019-05-11",
    ),
    # --- H: an "Overnight" headline over a text with a bare clock ---
    (
        "h01",
        "2019-05-12",
        "https://www.wtvr.com/news/petersburg-shooting/",
        "Overnight shooting in Petersburg",
        "A man was wounded at about 10:20 p.m. on Halifax Street in Petersburg, police said. "
        "He is expected to survive.",
        "2019-05-11",
    ),
    (
        "h02",
        "2019-05-12",
        "https://www.wtvr.com/news/hopewell-shooting/",
        "Overnight shooting in Hopewell",
        "A man was wounded at about 2:20 a.m. on Oaklawn Boulevard in Hopewell, police said. "
        "He is expected to survive.",
        "2019-05-12",
    ),
]


KNOWN_MISSES = {
    # a lone date line cut from the text as boilerplate ("Sunday, May 12, 2019") over a later
    # `published`: the cut lines are not read as the page's own day
    "f07": "a date line cut as boilerplate does not anchor 'this morning'",
}


test_the_shooting_day = day_table_test(ROWS, KNOWN_MISSES)


# --- each rule on its own (12 May 2019 is a Sunday) -----------------------------------------

SUN = dt.date(2019, 5, 12)


def _day(text: str, anchor: dt.date | None, anchor_time: dt.time | None = None) -> str | None:
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


@pytest.mark.parametrize(
    ("text", "stamp", "day"),
    [
        # a clock later in the day than the stamp's: the day before
        ("A man was shot at about 11:40 p.m. on Elm Street, police said.", (6, 30), "2019-05-11"),
        ("A man was shot at 10:45 AM on Elm Street, police said.", (8, 0), "2019-05-11"),
        ("A man was shot just before midnight on Elm Street, police said.", (9, 40), "2019-05-11"),
        # a clock earlier than the stamp's, or less than an hour later: the stamp's day
        ("A man was shot at 1:15 p.m. on Elm Street, police said.", (15, 20), "2019-05-12"),
        ("A man was shot about 2:30 a.m. on Elm Street, police said.", (8, 10), "2019-05-12"),
        ("A man was shot at 9:05 a.m. on Elm Street, police said.", (8, 40), "2019-05-12"),
        # a clock of what is to come, and a live blog's update line, are not the shots'
        (
            "A man was shot on Elm Street, police said. A vigil is planned for 7 p.m.",
            (10, 0),
            "2019-05-12",
        ),
        (
            "UPDATE 11:50 a.m.: The man is out of surgery.\n\nA man was shot on Elm Street at "
            "4 a.m., police said.",
            (9, 0),
            "2019-05-12",
        ),
    ],
)
def test_a_bare_clock_later_than_the_stamps_is_the_day_before(
    text: str, stamp: tuple[int, int], day: str
) -> None:
    assert _day(text, SUN, dt.time(*stamp)) == day
    assert _day(text, SUN) == "2019-05-12"  # no stamp clock: the publication day


@pytest.mark.parametrize(
    ("removed", "text", "clock"),
    [
        (["Posted 5:12 AM EDT"], "A man was shot.", dt.time(5, 12)),
        (["Published 4:55 PM CDT"], "A man was shot.", dt.time(16, 55)),
        (["Updated: 7:02 AM CDT May 12, 2019"], "A man was shot.", dt.time(7, 2)),
        (["Posted: May 12, 2019 / 06:05 PM CST"], "A man was shot.", dt.time(18, 5)),
        ([], "By Staff | May 12, 2019 at 6:58 AM EDT\nA man was shot.", dt.time(6, 58)),
        # an update with no day may be a later day's
        (["Updated 7:02 AM"], "A man was shot.", None),
        # an earlier posting anchors the page (`article._posted_before_published`), and its
        # clock is the anchor's
        (["Posted 11:58 PM, May 10, 2019"], "A man was shot.", dt.time(23, 58)),
        # a later posting is not this page's
        (["Posted 11:58 PM, May 13, 2019"], "A man was shot.", None),
        # no header
        ([], "A man was shot at 5:12 AM.", None),
    ],
)
def test_a_headers_posting_clock_is_the_clock_of_a_bare_day_stamp(
    removed: list[str], text: str, clock: dt.time | None
) -> None:
    article = Article(id="t", text=text, published="2019-05-12", removed=removed)
    assert publication_time(article) == clock


def test_a_stations_date_line_anchors_the_story() -> None:
    tonight = "Sat, May 11th 2019\nA man was shot tonight on Elm Street, police said."
    assert _day(tonight, None) == "2019-05-11"
    assert _day(tonight, dt.date(2019, 5, 13)) == "2019-05-11"  # a later crawl's stamp
    clocked = "Sunday, May 12th 2019, 6:10 AM CST\nA man was shot at 11 p.m. on Elm Street."
    assert _day(clocked, None) == "2019-05-11"
    # a date in a sentence, or a line with more words, is no stamp of the page
    sentence = "Police said Sat, May 11th 2019 was calm\nA man was shot tonight on Elm Street."
    assert _day(sentence, SUN) == "2019-05-12"
    words = "Sat, May 4th 2019 was the parade\nA man was shot tonight on Elm Street."
    assert _day(words, SUN) == "2019-05-12"


def test_last_night_told_with_a_small_hours_clock_is_the_publication_day() -> None:
    text = "A man was shot last night on Elm Street. Police said it happened around 1:30 a.m."
    assert event_day(text, SUN) == "2019-05-12"
    late = "A man was shot late last night. Officers got the call at about 1:45 a.m."
    assert event_day(late, SUN) == "2019-05-12"
    # a call-out just after midnight may follow shots fired before it
    called = "A man was shot last night. Officers were called shortly after midnight."
    assert event_day(called, SUN) == "2019-05-11"
    # a clock of what followed, or an evening clock: the night's own evening
    died = "A man was shot last night. He was taken to a hospital and died around 2 a.m."
    assert event_day(died, SUN) == "2019-05-11"
    evening = "A man was shot last night. Officers got the call at 11:35 p.m."
    assert event_day(evening, SUN) == "2019-05-11"


def test_last_evening_is_the_day_before() -> None:
    assert [e.text for e in find_times("He was shot last evening on Elm Street.")] == [
        "last evening"
    ]
    assert event_day("A man was shot last evening on Elm Street.", SUN) == "2019-05-11"
    # "the last evening of the fair" is no day
    assert find_times("It was the last evening of the fair.") == []
