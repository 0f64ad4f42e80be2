"""analyse/where: invented US local-news reports whose town of the shooting is set in shapes
the tables lacked (h-city40): the town only in a force's name, a block's address, a force
"called to neighboring X", townships, boroughs, CDPs served by a sheriff, villages inside towns,
parishes, a city and county of one name, towns named like words or people, compass and
"Heights" towns, addresses with ZIP codes, highways, sites named after other towns, outlets
of another city, and a metro dateline over a suburb.

"Lynn police said they were called to neighboring Saugus": a force's "called / responded /
dispatched / sent to" is where the call came from, the scene, as "in" is
(`scanner._response_to`, also past "neighboring"); a town called a neighbour ("in
neighboring West Milwaukee") is a town beside the big city, not a part of it
(`city_parts._said_neighbouring`); a dateline's big city makes no part of a town of 25,000 or
fewer the USPS list addresses by its own name, nor of a compass town of its own ("TULSA,
Okla. - ... in Sand Springs", "ATLANTA - ... in East Point", `city_parts._small_postal_town`).
Sentences written here; the places and outlets are real, the events invented. On main
(e48ff80): 182 of 209 right; here 197.
"""

from __future__ import annotations

from .where_helpers import probe_table

# (id, headline, address, text, the town, the state)
PROBES: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    (
        "a1",
        "Man wounded in overnight shooting",
        "https://www.wsaz.com/2024/05/05/man-wounded-overnight-shooting/",
        (
            "A man was taken to a hospital with a gunshot wound early Sunday. Ashland Police "
            "Department officers were called to a home on 29th Street around 2 a.m., according "
            "to a news release. The victim is expected to recover. No arrests have been made."
        ),
        ("Ashland",),
        "Kentucky",
    ),
    (
        "a2",
        "Woman shot during argument",
        "https://www.wect.com/2024/05/05/woman-shot-during-argument/",
        (
            "A woman was shot during an argument Saturday night, according to the Whiteville "
            "Police Department. Officers found her on Madison Street with a wound to her arm. A "
            "suspect was arrested a short while afterwards."
        ),
        ("Whiteville",),
        "North Carolina",
    ),
    (
        "a3",
        "Teen killed, another hurt",
        "https://www.kwch.com/2024/05/05/teen-killed-another-hurt/",
        (
            "One teenager died and another was hurt in a shooting late Friday. Hutchinson "
            "police Chief Jeff Hooper said officers arrived to find both boys in a parking lot "
            "off East Fourth Avenue. Investigators are asking anyone with video to come "
            "forward."
        ),
        ("Hutchinson",),
        "Kansas",
    ),
    (
        "a4",
        "Police investigate deadly shooting",
        "https://www.kdlt.com/2024/05/05/police-investigate-deadly-shooting/",
        (
            "Investigators with the Mitchell Police Division are looking into a deadly shooting "
            "that happened Saturday evening. A 34-year-old man was pronounced dead at the "
            "scene. Police believe the shooting was not random."
        ),
        ("Mitchell",),
        "South Dakota",
    ),
    (
        "a5",
        "Shots fired into car, driver hurt",
        "https://www.wandtv.com/news/shots-fired-into-car-driver-hurt/",
        (
            "A driver suffered minor injuries after someone fired several shots into his car "
            "Sunday, the Mattoon Police Department said. The man drove himself to Sarah Bush "
            "Lincoln hospital. Police are still searching for the shooter."
        ),
        ("Mattoon",),
        "Illinois",
    ),
    (
        "a6",
        "Man dies after shooting at apartment",
        "https://www.kait8.com/2024/05/05/man-dies-after-shooting-apartment/",
        (
            "A man died after being shot at an apartment complex on Saturday. Paragould Police "
            "Department Capt. Brad Snyder said officers were dispatched at 9:40 p.m. The victim "
            "died at a hospital. Detectives have interviewed several witnesses."
        ),
        ("Paragould",),
        "Arkansas",
    ),
    (
        "a7",
        "Two hurt in shooting",
        "https://www.wtok.com/2024/05/05/two-hurt-shooting/",
        (
            "Two people were hurt in a shooting early Sunday morning. The Meridian Police "
            "Department said both victims were taken to Anderson Regional Medical Center. Their "
            "conditions were not released."
        ),
        ("Meridian",),
        "Mississippi",
    ),
    (
        "a8",
        "Man arrested after shooting",
        "https://www.kwqc.com/2024/05/05/man-arrested-after-shooting/",
        (
            "A man is in jail after a shooting that left another man wounded, according to "
            "Muscatine police. Officers responded to a report of shots fired just after "
            "midnight and found the victim in a yard. He was flown to a hospital in Iowa City."
        ),
        ("Muscatine",),
        "Iowa",
    ),
    (
        "a9",
        "Shooting leaves one dead",
        "https://www.wdam.com/2024/05/05/shooting-leaves-one-dead/",
        (
            "One person is dead after a shooting Saturday, according to the Laurel Police "
            "Department. Officers were called to a home near Sixth Avenue. The name of the "
            "victim has not been released."
        ),
        ("Laurel",),
        "Mississippi",
    ),
    (
        "a10",
        "Officers find man shot in street",
        "https://www.kxii.com/2024/05/05/officers-find-man-shot-street/",
        (
            "Officers with the Ardmore Police Department found a man lying in the street with "
            "gunshot wounds late Saturday. He was taken to Mercy Hospital in serious condition. "
            "A person of interest has been questioned."
        ),
        ("Ardmore",),
        "Oklahoma",
    ),
    (
        "b1",
        "Man shot on Elm Street",
        "https://www.wnep.com/article/news/crime/man-shot-elm-street/",
        (
            "A man was shot Saturday night in the 1200 block of Elm Street in Hazleton, police "
            "said. He went to a hospital with wounds that are not life-threatening."
        ),
        ("Hazleton",),
        "Pennsylvania",
    ),
    (
        "b2",
        "Woman wounded",
        "https://www.wtvr.com/news/local-news/woman-wounded-shooting/",
        (
            "Police said a woman was wounded Sunday in the 400 block of Halifax Street in "
            "Petersburg. The woman was taken to a hospital. No suspect information was "
            "released."
        ),
        ("Petersburg",),
        "Virginia",
    ),
    (
        "b3",
        "Man killed in shooting",
        "https://www.kfor.com/news/local/man-killed-in-shooting/",
        (
            "A man was killed in a shooting Friday in the 700 block of Northwest 12th Street in "
            "Lawton, officials said. The victim was identified as a 27-year-old. Police have "
            "not named a suspect."
        ),
        ("Lawton",),
        "Oklahoma",
    ),
    (
        "b4",
        "Teen shot",
        "https://www.wsbt.com/news/local/teen-shot/",
        (
            "A 16-year-old was shot in the 500 block of West Indiana Avenue in Elkhart on "
            "Saturday afternoon, police said. The teen is expected to survive."
        ),
        ("Elkhart",),
        "Indiana",
    ),
    (
        "b5",
        "Shooting on Main Street",
        "https://www.wkbn.com/news/local-news/shooting-main-street/",
        (
            "Police were called to the 900 block of Main Street in Conneaut around 11 p.m. "
            "Sunday, where a man had been shot in the leg. He was treated and released."
        ),
        ("Conneaut",),
        "Ohio",
    ),
    (
        "b6",
        "Man shot in chest",
        "https://www.kvue.com/article/news/crime/man-shot-chest/",
        (
            "Officers responded to the 1500 block of Oak Street in Bastrop County's Elgin on "
            "Sunday. A man shot in the chest was flown to an Austin hospital."
        ),
        ("Elgin",),
        "Texas",
    ),
    (
        "b7",
        "One dead in shooting",
        "https://www.wcnc.com/article/news/crime/one-dead-shooting/",
        (
            "One person died after a shooting in the 200 block of North Oak Street in "
            "Lincolnton early Saturday, according to police. Investigators said the two men "
            "knew each other."
        ),
        ("Lincolnton",),
        "North Carolina",
    ),
    (
        "b8",
        "Man wounded",
        "https://www.wpxi.com/news/local/man-wounded/",
        (
            "A man was wounded by gunfire in the 300 block of Fifth Avenue in McKeesport on "
            "Sunday night, police said. He was taken to a Pittsburgh hospital in stable "
            "condition."
        ),
        ("McKeesport",),
        "Pennsylvania",
    ),
    (
        "b9",
        "Woman shot",
        "https://www.ksla.com/2024/05/05/woman-shot/",
        (
            "A woman was shot Saturday in the 1800 block of Lakeshore Drive in Shreveport, "
            "police said. She is listed in stable condition."
        ),
        ("Shreveport",),
        "Louisiana",
    ),
    (
        "b10",
        "Shooting investigated",
        "https://www.wsoctv.com/news/local/shooting-investigated/",
        (
            "Police are investigating a shooting in the 100 block of Cedar Lane in Statesville. "
            "A man was hurt, officers said Sunday."
        ),
        ("Statesville",),
        "North Carolina",
    ),
    (
        "c1",
        "Man shot in neighboring town",
        "https://www.lehighvalleylive.com/news/man-shot-neighboring-town/",
        (
            "Easton police responded Saturday to a shooting in neighboring Wilson, where a man "
            "had been shot outside a home on Butler Street. Wilson police were leading the "
            "investigation."
        ),
        ("Wilson",),
        "Pennsylvania",
    ),
    (
        "c2",
        "Shooting just across city line",
        "https://www.wfmj.com/story/shooting-across-city-line/",
        (
            "Youngstown police assisted officers in neighboring Struthers after a man was shot "
            "Sunday evening. The victim was taken to St. Elizabeth hospital."
        ),
        ("Struthers",),
        "Ohio",
    ),
    (
        "c3",
        "Man wounded",
        "https://www.nbcconnecticut.com/news/local/man-wounded-shooting/",
        (
            "New Haven police responded to reports of gunfire in neighboring West Haven "
            "early Sunday. West Haven police said a 30-year-old man was wounded on Campbell "
            "Avenue."
        ),
        ("West Haven",),
        "Connecticut",
    ),
    (
        "c4",
        "Teen hurt in shooting",
        "https://www.fox2detroit.com/news/teen-hurt-shooting/",
        (
            "Detroit officers were called to help after a teen was shot in neighboring Highland "
            "Park on Saturday night. Highland Park police are investigating."
        ),
        ("Highland Park",),
        "Michigan",
    ),
    (
        "c5",
        "Shooting at gas station",
        "https://www.kmov.com/2024/05/05/shooting-gas-station/",
        (
            "Ferguson police were called to a gas station in neighboring Dellwood after a man "
            "was shot Sunday. He was taken to a hospital."
        ),
        ("Dellwood",),
        "Missouri",
    ),
    (
        "c6",
        "Man killed",
        "https://www.wral.com/story/man-killed/",
        (
            "Knightdale police responded to a call in nearby Wendell, where a man was found "
            "fatally shot in a home on Saturday. Wendell police said the case is a "
            "homicide."
        ),
        ("Wendell",),
        "North Carolina",
    ),
    (
        "c7",
        "Woman shot",
        "https://www.wcvb.com/article/woman-shot/",
        (
            "Lynn police said they were called to neighboring Saugus on Sunday after a woman "
            "was shot in a parking lot on Route 1. Saugus police said she survived."
        ),
        ("Saugus",),
        "Massachusetts",
    ),
    (
        "c8",
        "Shooting in neighboring village",
        "https://www.wtmj.com/news/shooting-neighboring-village/",
        (
            "Milwaukee police officers assisted in neighboring West Milwaukee after a man was "
            "shot at a bar on Saturday night, authorities said."
        ),
        ("West Milwaukee",),
        "Wisconsin",
    ),
    (
        "d1",
        "Man shot in Bensalem",
        "https://www.phillyvoice.com/man-shot-bensalem/",
        (
            "A man was shot Saturday in Bensalem Township, Bucks County, township police said. "
            "He was taken to a hospital."
        ),
        ("Bensalem",),
        "Pennsylvania",
    ),
    (
        "d2",
        "Shooting in Sharon Hill",
        "https://www.delcotimes.com/news/shooting-darby-borough/",
        (
            "A 22-year-old man was wounded in a shooting Sunday in Sharon Hill borough, police "
            "said. The borough's police are investigating."
        ),
        ("Sharon Hill",),
        "Pennsylvania",
    ),
    (
        "d3",
        "Township police investigate",
        "https://www.nj.com/news/township-police-investigate/",
        (
            "Pemberton Township police said a man was shot Saturday on Scrapetown Road. The man "
            "was flown to Cooper University Hospital."
        ),
        ("Pemberton",),
        "New Jersey",
    ),
    (
        "d4",
        "Man killed in Hillside",
        "https://www.tapinto.net/towns/maplewood/articles/man-killed/",
        (
            "A man was fatally shot Sunday in Hillside Township, the Union County Prosecutor's "
            "Office said. Hillside police found him on Liberty Avenue."
        ),
        ("Hillside",),
        "New Jersey",
    ),
    (
        "d5",
        "Shooting in Clinton Township",
        "https://www.macombdaily.com/news/shooting-clinton-township/",
        (
            "A man was wounded in a shooting Saturday in Clinton Township, police said. "
            "Township officers were called to an apartment complex off Groesbeck Highway."
        ),
        ("Clinton Township",),
        "Michigan",
    ),
    (
        "d6",
        "Man shot in Ypsilanti Township",
        "https://www.mlive.com/news/ann-arbor/man-shot-ypsilanti-township/",
        (
            "YPSILANTI TOWNSHIP, MI - A man was shot late Saturday at a home on Holmes Road, "
            "according to the Washtenaw County Sheriff's Office."
        ),
        ("Ypsilanti Township", "Ypsilanti"),
        "Michigan",
    ),
    (
        "d7",
        "Shooting in Colerain Township",
        "https://www.wlwt.com/article/shooting-colerain-township/",
        (
            "A man was shot Sunday in Colerain Township, police said. Colerain police were "
            "called to a home on Pippin Road around 4 p.m."
        ),
        ("Colerain",),
        "Ohio",
    ),
    (
        "d8",
        "Man hurt in Liberty Township shooting",
        "https://www.wkbn.com/news/local-news/liberty-township-shooting/",
        (
            "A man was hurt in a shooting Saturday in Liberty Township, Trumbull County, "
            "township police said. He was taken to a Youngstown hospital."
        ),
        ("Liberty Township", "Liberty"),
        "Ohio",
    ),
    (
        "d9",
        "Borough man charged",
        "https://www.pennlive.com/news/borough-man-charged/",
        (
            "Police in Chambersburg borough said Sunday that the victim was found on South Main "
            "Street with a gunshot wound."
        ),
        ("Chambersburg",),
        "Pennsylvania",
    ),
    (
        "d10",
        "Teen shot in Upper Merion",
        "https://www.inquirer.com/news/teen-shot-upper-merion.html",
        (
            "A 17-year-old was shot in Upper Merion Township on Saturday, Montgomery County "
            "authorities said. The teen was in stable condition."
        ),
        ("Upper Merion",),
        "Pennsylvania",
    ),
    (
        "d11",
        "Shooting in Jackson Township",
        "https://www.app.com/story/news/crime/shooting-lakewood/",
        (
            "A man was shot Sunday in Jackson Township, Ocean County, police said. Jackson "
            "police found him in a driveway on County Line Road."
        ),
        ("Jackson",),
        "New Jersey",
    ),
    (
        "d12",
        "Shooting in Kalamazoo Township",
        "https://www.wwmt.com/news/local/shooting-kalamazoo-township",
        (
            "A man was shot Saturday night in Kalamazoo Township, police said. Kalamazoo "
            "Township police were called to a home on Nazareth Road."
        ),
        ("Kalamazoo Township", "Kalamazoo"),
        "Michigan",
    ),
    (
        "e1",
        "Man shot near Lutz",
        "https://www.fox13news.com/news/man-shot-lutz",
        (
            "A man was shot Saturday in Lutz, according to the Hillsborough County Sheriff's "
            "Office. Deputies found him outside a home on Sunset Lane."
        ),
        ("Lutz",),
        "Florida",
    ),
    (
        "e2",
        "Deputies investigate shooting",
        "https://www.wistv.com/2024/05/05/deputies-investigate-shooting/",
        (
            "Richland County deputies are investigating a shooting that injured a man in the "
            "Blythewood area Sunday, the sheriff's department said."
        ),
        ("Blythewood",),
        "South Carolina",
    ),
    (
        "e3",
        "Woman killed",
        "https://www.abc15.com/news/crime/woman-killed",
        (
            "A woman was shot and killed Saturday in Anthem, the Maricopa County Sheriff's "
            "Office said. Deputies arrested her husband at the home."
        ),
        ("Anthem",),
        "Arizona",
    ),
    (
        "e4",
        "Man shot in Spring Hill",
        "https://www.baynews9.com/fl/tampa/news/man-shot-spring-hill",
        (
            "Hernando County deputies said a man was shot during a fight in Spring Hill on "
            "Sunday. He is in critical condition at a hospital."
        ),
        ("Spring Hill",),
        "Florida",
    ),
    (
        "e5",
        "Shooting in Highlands",
        "https://www.khou.com/article/news/crime/shooting-highlands/",
        (
            "A man was wounded in a shooting Saturday in Highlands, the Harris County Sheriff's "
            "Office said. Deputies were called to a home on Main Street."
        ),
        ("Highlands",),
        "Texas",
    ),
    (
        "e6",
        "Teen shot in Antelope",
        "https://www.kcra.com/article/teen-shot-antelope/",
        (
            "A teenager was shot in Antelope on Saturday night, according to the Sacramento "
            "County Sheriff's Office."
        ),
        ("Antelope",),
        "California",
    ),
    (
        "e7",
        "Man killed at home",
        "https://www.wjhl.com/news/local/man-killed-shooting/",
        (
            "The Sullivan County Sheriff's Office said a man was shot and killed at a home in "
            "the Bloomingdale community on Sunday."
        ),
        ("Bloomingdale", "Kingsport"),
        "Tennessee",
    ),
    (
        "e8",
        "Deputies: man shot in Hephzibah",
        "https://www.wrdw.com/2024/05/05/man-shot-hephzibah/",
        (
            "Richmond County deputies said a man was shot Saturday in Hephzibah. The victim was "
            "taken to a hospital in Augusta."
        ),
        ("Hephzibah",),
        "Georgia",
    ),
    (
        "f1",
        "Man shot in Freeport",
        "https://www.newsday.com/long-island/crime/man-shot-freeport",
        (
            "A man was shot Saturday night in the Village of Freeport, Nassau County police "
            "said. Freeport police were also at the scene on Church Street."
        ),
        ("Freeport",),
        "New York",
    ),
    (
        "f2",
        "Shooting in Haverstraw",
        "https://www.lohud.com/story/news/crime/shooting-haverstraw/",
        (
            "A man was wounded in a shooting in the village of Haverstraw, in the town of "
            "Haverstraw, on Sunday, police said."
        ),
        ("Haverstraw",),
        "New York",
    ),
    (
        "f3",
        "Man shot in Ossining",
        "https://www.lohud.com/story/news/crime/man-shot-ossining/",
        (
            "Ossining village police said a man was shot Saturday near Main Street. He was "
            "taken to Westchester Medical Center in Valhalla."
        ),
        ("Ossining",),
        "New York",
    ),
    (
        "f4",
        "Shooting in Patchogue",
        "https://www.newsday.com/long-island/crime/shooting-patchogue",
        (
            "A man was shot in Patchogue early Sunday, Suffolk County police said. The shooting "
            "happened on West Main Street in the village, which lies in the Town of Brookhaven."
        ),
        ("Patchogue",),
        "New York",
    ),
    (
        "f5",
        "Man wounded in Hudson Falls",
        "https://www.poststar.com/news/local/crime/man-wounded-hudson-falls/",
        (
            "A man was wounded in a shooting in the village of Hudson Falls, in the town of "
            "Kingsbury, on Saturday, police said."
        ),
        ("Hudson Falls",),
        "New York",
    ),
    (
        "f6",
        "Shooting in Depew",
        "https://www.wgrz.com/article/news/crime/shooting-depew/",
        (
            "Depew police said a man was shot on Saturday in the village, which sits in the "
            "towns of Cheektowaga and Lancaster."
        ),
        ("Depew",),
        "New York",
    ),
    (
        "g1",
        "Man shot in Ascension Parish",
        "https://www.wbrz.com/news/man-shot-ascension-parish",
        (
            "A man was shot Saturday in Donaldsonville, Ascension Parish deputies said. He was "
            "taken to a hospital in Baton Rouge."
        ),
        ("Donaldsonville",),
        "Louisiana",
    ),
    (
        "g2",
        "Deputies investigate shooting",
        "https://www.wwltv.com/article/news/crime/deputies-shooting/",
        (
            "St. Tammany Parish deputies are looking into a shooting that left one man dead in "
            "Lacombe on Sunday."
        ),
        ("Lacombe",),
        "Louisiana",
    ),
    (
        "g3",
        "Shooting in Lafourche Parish",
        "https://www.houmatoday.com/story/news/crime/shooting-raceland/",
        (
            "A man was wounded in a shooting in Raceland on Saturday, the Lafourche Parish "
            "Sheriff's Office said."
        ),
        ("Raceland",),
        "Louisiana",
    ),
    (
        "g4",
        "Man killed",
        "https://www.kalb.com/2024/05/05/man-killed/",
        (
            "Rapides Parish deputies said a man was shot and killed Saturday night in Ball. The "
            "shooting happened on Tioga Road."
        ),
        ("Ball",),
        "Louisiana",
    ),
    (
        "g5",
        "Shooting in St. John Parish",
        "https://www.wdsu.com/article/shooting-laplace/",
        (
            "A teen was shot Sunday in LaPlace, the St. John the Baptist Parish Sheriff's "
            "Office said."
        ),
        ("LaPlace",),
        "Louisiana",
    ),
    (
        "g6",
        "Man shot in Bossier Parish",
        "https://www.ksla.com/2024/05/05/man-shot-haughton/",
        ("Bossier Parish deputies said a man was shot at a home near Haughton on Saturday."),
        ("Haughton",),
        "Louisiana",
    ),
    (
        "h1",
        "Man shot in Lebanon",
        "https://www.wgal.com/article/man-shot-lebanon-county/",
        (
            "A man was shot in Lebanon County on Sunday. Lebanon police said the shooting "
            "happened on North Eighth Street in the city."
        ),
        ("Lebanon",),
        "Pennsylvania",
    ),
    (
        "h2",
        "Shooting in Erie",
        "https://www.goerie.com/story/news/crime/shooting-erie/",
        (
            "A man was wounded in a shooting Saturday in Erie, police said. The Erie County "
            "District Attorney's Office is reviewing the case."
        ),
        ("Erie",),
        "Pennsylvania",
    ),
    (
        "h3",
        "Man killed in Fresno County",
        "https://abc30.com/man-killed-fresno-county/",
        (
            "A man was shot and killed Sunday in Fresno County near the city of Sanger, the "
            "Fresno County Sheriff's Office said."
        ),
        ("Sanger",),
        "California",
    ),
    (
        "h4",
        "Shooting in Sumter",
        "https://www.wltx.com/article/news/crime/shooting-sumter/",
        (
            "A man was shot Saturday in Sumter, according to Sumter police. The Sumter County "
            "Sheriff's Office was also at the scene."
        ),
        ("Sumter",),
        "South Carolina",
    ),
    (
        "h5",
        "Man shot in Tulare County",
        "https://www.visaliatimesdelta.com/story/news/man-shot-tulare/",
        (
            "A man was shot in Tulare on Sunday, Tulare police said. Tulare County deputies "
            "helped search for the shooter."
        ),
        ("Tulare",),
        "California",
    ),
    (
        "h6",
        "Shooting in Bibb County",
        "https://www.13wmaz.com/article/news/crime/shooting-macon/",
        (
            "A man was shot in Bibb County early Sunday, deputies said. The shooting happened "
            "on Houston Avenue in Macon."
        ),
        ("Macon",),
        "Georgia",
    ),
    (
        "i1",
        "Man shot in Buffalo",
        "https://www.wkbw.com/news/local-news/man-shot-buffalo",
        (
            "A man was shot Saturday on Buffalo's East Side, police said. He was taken to Erie "
            "County Medical Center."
        ),
        ("Buffalo",),
        "New York",
    ),
    (
        "i2",
        "Shooting in Mobile",
        "https://www.fox10tv.com/2024/05/05/shooting-mobile/",
        (
            "A man was wounded in a shooting Sunday in Mobile, police said. Officers were "
            "called to Dauphin Island Parkway."
        ),
        ("Mobile",),
        "Alabama",
    ),
    (
        "i3",
        "Florence police investigate",
        "https://www.wbtw.com/news/pee-dee/florence-police-investigate/",
        (
            "Florence police are investigating a shooting that injured a man Sunday on South "
            "Irby Street."
        ),
        ("Florence",),
        "South Carolina",
    ),
    (
        "i4",
        "Marion man wounded",
        "https://www.wthr.com/article/news/crime/marion-shooting/",
        (
            "A man was wounded in a shooting in Marion on Saturday, Marion police said. The "
            "shooting happened near Washington Street."
        ),
        ("Marion",),
        "Indiana",
    ),
    (
        "i5",
        "Troy man shot",
        "https://www.timesunion.com/news/troy-man-shot/",
        (
            "A man was shot Saturday night on River Street in Troy, police said. He was taken "
            "to Albany Medical Center."
        ),
        ("Troy",),
        "New York",
    ),
    (
        "i6",
        "Warren shooting",
        "https://www.wkbn.com/news/local-news/warren-shooting/",
        ("Warren police said a man was shot Sunday on Tod Avenue. He was taken to a hospital."),
        ("Warren",),
        "Ohio",
    ),
    (
        "i7",
        "Clinton man shot",
        "https://www.kwqc.com/2024/05/05/clinton-man-shot/",
        (
            "A Clinton man was shot Saturday, Clinton police said. The shooting happened on "
            "North Second Street."
        ),
        ("Clinton",),
        "Iowa",
    ),
    (
        "i8",
        "Lincoln police investigate shooting",
        "https://www.ketv.com/article/lincoln-police-shooting/",
        (
            "Lincoln police said a man was shot Sunday near 27th and O streets. He is expected "
            "to survive."
        ),
        ("Lincoln",),
        "Nebraska",
    ),
    (
        "i9",
        "Man shot in Orange",
        "https://www.kfdm.com/news/local/man-shot-orange",
        (
            "A man was shot Saturday in Orange, police said. Orange police found him on Green "
            "Avenue."
        ),
        ("Orange",),
        "Texas",
    ),
    (
        "i10",
        "Shooting in Mt. Juliet",
        "https://www.wkrn.com/news/shooting-mt-juliet/",
        ("A man was shot at a store in Mt. Juliet on Saturday, Mt. Juliet police said."),
        ("Mount Juliet", "Mt. Juliet"),
        "Tennessee",
    ),
    (
        "i11",
        "Man shot in York",
        "https://www.wgal.com/article/man-shot-york/",
        (
            "A man was shot Sunday in York, police said. York City police found him on West "
            "Market Street."
        ),
        ("York",),
        "Pennsylvania",
    ),
    (
        "i12",
        "Shooting in Festus",
        "https://www.ksdk.com/article/news/crime/shooting-festus/",
        (
            "Festus police said a man was shot on Sunday afternoon. The shooting happened on "
            "Main Street in Festus."
        ),
        ("Festus",),
        "Missouri",
    ),
    (
        "j1",
        "Man shot in North Charleston",
        "https://www.live5news.com/2024/05/05/man-shot-north-charleston/",
        (
            "A man was shot Saturday in North Charleston, police said. He was taken to a "
            "hospital in Charleston."
        ),
        ("North Charleston",),
        "South Carolina",
    ),
    (
        "j2",
        "Shooting in East St. Louis",
        "https://www.ksdk.com/article/news/crime/east-st-louis-shooting/",
        ("A man was killed in a shooting in East St. Louis on Sunday, Illinois State Police said."),
        ("East St. Louis",),
        "Illinois",
    ),
    (
        "j3",
        "Man shot in Shaker Heights",
        "https://www.wkyc.com/article/news/crime/shaker-heights-shooting/",
        (
            "A man was shot Saturday in Shaker Heights, police said. Officers were called to "
            "Lee Road."
        ),
        ("Shaker Heights",),
        "Ohio",
    ),
    (
        "j4",
        "Teen shot in North Little Rock",
        "https://www.thv11.com/article/news/crime/nlr-shooting/",
        (
            "North Little Rock police said a teen was shot Sunday on Pike Avenue. He is in "
            "stable condition."
        ),
        ("North Little Rock",),
        "Arkansas",
    ),
    (
        "j5",
        "Shooting in East Orange",
        "https://www.nj.com/essex/shooting-east-orange/",
        (
            "A man was shot Sunday in East Orange, the Essex County Prosecutor's Office said. "
            "Police found him on Central Avenue."
        ),
        ("East Orange",),
        "New Jersey",
    ),
    (
        "j6",
        "Man killed in Bloomfield Township",
        "https://www.wxyz.com/news/bloomfield-township-shooting",
        (
            "A man was killed in a shooting Saturday in Bloomfield Township, police said. The "
            "shooting happened at a home on Square Lake Road."
        ),
        ("Bloomfield Township",),
        "Michigan",
    ),
    (
        "j7",
        "Shooting in Chicago Heights",
        "https://www.nbcchicago.com/news/local/chicago-heights-shooting/",
        (
            "A man was shot Saturday in Chicago Heights, police said. He was taken to a "
            "hospital in Olympia Fields."
        ),
        ("Chicago Heights",),
        "Illinois",
    ),
    (
        "j8",
        "Man shot in West Valley City",
        "https://www.ksl.com/article/man-shot-west-valley-city",
        (
            "A man was shot Sunday in West Valley City, police said. Officers were called to an "
            "apartment near 3500 South."
        ),
        ("West Valley City",),
        "Utah",
    ),
    (
        "k1",
        "Man shot",
        "https://www.wbir.com/article/news/crime/man-shot-maryville/",
        (
            "Police were called to 1410 E. Broadway Ave., Maryville, TN 37804, on Saturday, "
            "where a man had been shot."
        ),
        ("Maryville",),
        "Tennessee",
    ),
    (
        "k2",
        "Shooting at store",
        "https://www.wfla.com/news/shooting-at-store/",
        (
            "The shooting happened at a store at 2211 U.S. 19, Holiday, FL 34691, deputies said "
            "Sunday. A clerk was wounded."
        ),
        ("Holiday",),
        "Florida",
    ),
    (
        "k3",
        "Woman shot",
        "https://www.kwtx.com/2024/05/05/woman-shot/",
        (
            "Officers went to 800 N. 38th St., Killeen, TX 76541, after a woman was shot "
            "Saturday, police said."
        ),
        ("Killeen",),
        "Texas",
    ),
    (
        "k4",
        "Man killed",
        "https://www.wsfa.com/2024/05/05/man-killed/",
        (
            "A man was killed Sunday at a home at 312 Pine St., Wetumpka, AL 36092, "
            "investigators said."
        ),
        ("Wetumpka",),
        "Alabama",
    ),
    (
        "k5",
        "Shooting reported",
        "https://www.wjbf.com/news/shooting-reported/",
        (
            "Deputies said the shooting was at 4100 Washington Road, Evans, GA 30809. One "
            "person was hurt on Saturday."
        ),
        ("Evans",),
        "Georgia",
    ),
    (
        "k6",
        "Man wounded",
        "https://www.kare11.com/article/news/crime/man-wounded/",
        (
            "A man was wounded Saturday outside a bar at 110 Main St. N, Hutchinson, MN 55350, "
            "police said."
        ),
        ("Hutchinson",),
        "Minnesota",
    ),
    (
        "l1",
        "Driver shot on I-85",
        "https://www.wyff4.com/article/driver-shot-i85/",
        (
            "A driver was shot on Interstate 85 near Gaffney on Saturday, the South Carolina "
            "Highway Patrol said. The driver was taken to a hospital."
        ),
        ("Gaffney",),
        "South Carolina",
    ),
    (
        "l2",
        "Shots fired on highway",
        "https://www.kens5.com/article/news/crime/shots-highway/",
        (
            "A man was wounded when someone fired at his truck on Interstate 35 near New "
            "Braunfels on Sunday, the Comal County Sheriff's Office said."
        ),
        ("New Braunfels",),
        "Texas",
    ),
    (
        "l3",
        "Road rage shooting",
        "https://www.wesh.com/article/road-rage-shooting/",
        (
            "A woman was shot in a road rage incident on Interstate 4 near Deltona on Saturday, "
            "troopers said."
        ),
        ("Deltona",),
        "Florida",
    ),
    (
        "l4",
        "Man shot on I-65",
        "https://www.wsmv.com/2024/05/05/man-shot-i-65/",
        (
            "A man was shot while driving on Interstate 65 in Goodlettsville on Sunday, police "
            "said. He drove to a gas station for help."
        ),
        ("Goodlettsville",),
        "Tennessee",
    ),
    (
        "l5",
        "Highway shooting",
        "https://www.wcpo.com/news/highway-shooting",
        (
            "A driver was shot on Interstate 75 near Monroe, Ohio, on Saturday, the Ohio State "
            "Highway Patrol said."
        ),
        ("Monroe",),
        "Ohio",
    ),
    (
        "l6",
        "Shooting on U.S. 1",
        "https://www.wptv.com/news/shooting-us-1",
        ("A man was shot on U.S. 1 in Lantana on Sunday, Lantana police said."),
        ("Lantana",),
        "Florida",
    ),
    (
        "l7",
        "Man shot on Route 30",
        "https://www.wtae.com/article/man-shot-route-30/",
        (
            "A man was shot on Route 30 in North Versailles on Saturday, police said. He was "
            "taken to a hospital."
        ),
        ("North Versailles",),
        "Pennsylvania",
    ),
    (
        "l8",
        "Trooper investigates shooting",
        "https://www.wdbj7.com/2024/05/05/trooper-shooting/",
        (
            "A driver was wounded by gunfire on Interstate 81 near Christiansburg on Sunday, "
            "Virginia State Police said."
        ),
        ("Christiansburg",),
        "Virginia",
    ),
    (
        "m1",
        "Shooting near school",
        "https://www.wsls.com/news/local/shooting-near-school/",
        (
            "A man was shot Saturday near William Fleming High School in Roanoke, police said. "
            "The school was closed for the weekend."
        ),
        ("Roanoke",),
        "Virginia",
    ),
    (
        "m2",
        "Shots at park",
        "https://www.kcci.com/article/shots-at-park/",
        (
            "A man was shot Sunday at Union Park in Des Moines, police said. He is expected to "
            "recover."
        ),
        ("Des Moines",),
        "Iowa",
    ),
    (
        "m3",
        "Shooting outside bar",
        "https://www.wtol.com/article/news/crime/shooting-outside-bar/",
        (
            "A man was shot outside the Brooklyn Tavern in Sandusky early Sunday, Sandusky "
            "police said."
        ),
        ("Sandusky",),
        "Ohio",
    ),
    (
        "m4",
        "Teen hurt",
        "https://www.kxan.com/news/crime/teen-hurt/",
        ("A teen was hurt in a shooting Saturday outside Manor High School in Manor, police said."),
        ("Manor",),
        "Texas",
    ),
    (
        "m5",
        "Man shot at Memphis Grill",
        "https://www.wlbt.com/2024/05/05/man-shot-memphis-grill/",
        (
            "A man was shot Sunday at the Memphis Grill on County Line Road in Ridgeland, "
            "Ridgeland police said."
        ),
        ("Ridgeland",),
        "Mississippi",
    ),
    (
        "m6",
        "Shooting near Dallas Park",
        "https://www.wral.com/story/shooting-dallas-park/",
        ("A man was shot near Dallas Park on Sunday in Sanford, according to Sanford police."),
        ("Sanford",),
        "North Carolina",
    ),
    (
        "m7",
        "Shots at Boston Market",
        "https://www.nbcnewyork.com/news/local/shots-boston-market/",
        (
            "A worker was shot Saturday at a Boston Market restaurant in Garden City, Nassau "
            "County police said."
        ),
        ("Garden City",),
        "New York",
    ),
    (
        "m8",
        "Man shot outside Denver Bar",
        "https://www.ksdk.com/article/news/crime/denver-bar-shooting/",
        (
            "Police in Alton said a man was shot Sunday outside the Denver Bar and Grill on "
            "Broadway."
        ),
        ("Alton",),
        "Illinois",
    ),
    (
        "m9",
        "Shooting at Columbia school",
        "https://www.nola.com/news/crime/shooting-columbia-school/",
        ("A teen was wounded Saturday near Columbia Park in Hammond, Louisiana, police said."),
        ("Hammond",),
        "Louisiana",
    ),
    (
        "n1",
        "Man shot in Albert Lea",
        "https://www.kttc.com/2024/05/05/man-shot-albert-lea/",
        (
            "A man was shot Saturday in Albert Lea, police said. He was taken to a hospital in "
            "Rochester."
        ),
        ("Albert Lea",),
        "Minnesota",
    ),
    (
        "n2",
        "Man shot in Concord",
        "https://www.wbtv.com/2024/05/05/shooting-concord-mills/",
        (
            "A man was shot Sunday at a shopping center in Concord, police said. Officers "
            "arrived within minutes."
        ),
        ("Concord",),
        "North Carolina",
    ),
    (
        "n3",
        "Man killed in Gallup",
        "https://www.koat.com/article/man-killed-gallup/",
        ("A man was shot and killed in Gallup on Sunday, Gallup police said."),
        ("Gallup",),
        "New Mexico",
    ),
    (
        "n4",
        "Shooting in Beloit",
        "https://www.channel3000.com/news/shooting-beloit/",
        (
            "A man was wounded in a shooting Saturday in Beloit, police said. The shooting "
            "happened on Prospect Street."
        ),
        ("Beloit",),
        "Wisconsin",
    ),
    (
        "n5",
        "Man shot in Bowling Green",
        "https://www.wsmv.com/2024/05/05/man-shot-bowling-green/",
        ("A man was shot in Bowling Green, Ky., on Saturday, police said."),
        ("Bowling Green",),
        "Kentucky",
    ),
    (
        "n6",
        "Shooting in Opelika",
        "https://www.wrbl.com/news/shooting-opelika/",
        ("Opelika police said a man was wounded Sunday in a shooting on Pepperell Parkway."),
        ("Opelika",),
        "Alabama",
    ),
    (
        "n7",
        "Teen shot in Dover",
        "https://www.delawareonline.com/story/news/crime/teen-shot-dover/",
        ("A teen was shot Saturday in Dover, police said. Officers found him on Kings Highway."),
        ("Dover",),
        "Delaware",
    ),
    (
        "n8",
        "Man shot in Anniston",
        "https://www.al.com/news/birmingham/man-shot-anniston.html",
        (
            "A man was shot Sunday in Anniston, police said. He was taken to Regional Medical "
            "Center."
        ),
        ("Anniston",),
        "Alabama",
    ),
    (
        "n9",
        "Shooting in Fairmont",
        "https://www.wboy.com/news/shooting-fairmont/",
        ("Fairmont police said a woman was shot Saturday at a home on Locust Avenue."),
        ("Fairmont",),
        "West Virginia",
    ),
    (
        "n10",
        "Man shot in Hobbs",
        "https://www.kcbd.com/2024/05/05/man-shot-hobbs/",
        (
            "A man was shot Sunday in Hobbs, New Mexico, police said. He was flown to a "
            "hospital in Lubbock."
        ),
        ("Hobbs",),
        "New Mexico",
    ),
    (
        "p1",
        "Man shot",
        "https://www.wisn.com/article/man-shot-3/",
        (
            "Milwaukee police said officers were sent to neighboring Cudahy on Saturday after a "
            "man was shot outside a tavern."
        ),
        ("Cudahy",),
        "Wisconsin",
    ),
    (
        "p2",
        "Woman shot",
        "https://www.wpri.com/news/woman-shot-4/",
        (
            "Providence police said they helped officers in neighboring North Providence on "
            "Sunday after a woman was shot on Mineral Spring Avenue."
        ),
        ("North Providence",),
        "Rhode Island",
    ),
    (
        "p3",
        "Man wounded",
        "https://www.whas11.com/article/news/crime/man-wounded-5/",
        (
            "Louisville Metro police were called to neighboring Jeffersontown after a man was "
            "wounded on Taylorsville Road on Sunday."
        ),
        ("Jeffersontown",),
        "Kentucky",
    ),
    (
        "p4",
        "Teen shot",
        "https://www.kare11.com/article/news/crime/teen-shot-6/",
        (
            "Minneapolis officers responded to a shooting in nearby Columbia Heights on "
            "Saturday. A 15-year-old was hurt."
        ),
        ("Columbia Heights",),
        "Minnesota",
    ),
    (
        "p5",
        "Shooting",
        "https://www.wbal.com/article/shooting-7/",
        (
            "Baltimore County police said a man was shot Sunday in Dundalk. He was taken to "
            "Shock Trauma in Baltimore."
        ),
        ("Dundalk",),
        "Maryland",
    ),
    (
        "p6",
        "Man killed",
        "https://www.kmbc.com/article/man-killed-8/",
        (
            "Kansas City police assisted officers across the state line in Kansas City, Kansas, "
            "after a man was killed Sunday."
        ),
        ("Kansas City",),
        "Kansas",
    ),
    (
        "p7",
        "Victim identified",
        "https://www.wcvb.com/article/victim-identified-9/",
        (
            "A Randolph man was shot and killed Saturday in Brockton, the Plymouth County "
            "District Attorney's Office said."
        ),
        ("Brockton",),
        "Massachusetts",
    ),
    (
        "p8",
        "Man shot",
        "https://www.delawareonline.com/story/news/crime/man-shot-10/",
        ("A Smyrna man was wounded in a shooting in Dover on Sunday, Dover police said."),
        ("Dover",),
        "Delaware",
    ),
    (
        "p9",
        "Deadly shooting",
        "https://www.kolotv.com/2024/05/05/deadly-shooting-11/",
        ("A Reno man was killed in a shooting in Sparks on Saturday night, Sparks police said."),
        ("Sparks",),
        "Nevada",
    ),
    (
        "p10",
        "Man wounded",
        "https://www.wjactv.com/news/local/man-wounded-12",
        (
            "A man from Altoona was shot Sunday in Hollidaysburg, police said. He was flown to "
            "a hospital in Johnstown."
        ),
        ("Hollidaysburg",),
        "Pennsylvania",
    ),
    (
        "p11",
        "Man shot in Wauwatosa",
        "https://www.tmj4.com/news/local-news/man-shot-wauwatosa",
        (
            "Police said a man was shot Saturday night near North Avenue. He is expected to "
            "survive. No arrests have been made."
        ),
        ("Wauwatosa",),
        "Wisconsin",
    ),
    (
        "p12",
        "Teen wounded in Bessemer",
        "https://www.wbrc.com/2024/05/05/teen-wounded-bessemer/",
        (
            "A teenager was wounded Saturday, police said. Officers found him on Ninth Avenue "
            "North. He was taken to a hospital in Birmingham."
        ),
        ("Bessemer",),
        "Alabama",
    ),
    (
        "p13",
        "Man shot",
        "https://www.ky3.com/2024/05/05/man-shot-13/",
        (
            "SPRINGFIELD, Mo. (KY3) - A man was shot Saturday in Republic, Republic police "
            "said. He was taken to a Springfield hospital."
        ),
        ("Republic",),
        "Missouri",
    ),
    (
        "p14",
        "Shooting",
        "https://www.wifr.com/2024/05/05/shooting-14/",
        (
            "ROCKFORD, Ill. (WIFR) - A man was wounded in a shooting in Loves Park on Sunday, "
            "police said."
        ),
        ("Loves Park",),
        "Illinois",
    ),
    (
        "p15",
        "Woman killed",
        "https://www.wtae.com/article/woman-killed-15/",
        (
            "Troopers from the Belle Vernon barracks said a woman was shot and killed Saturday "
            "in Rostraver Township."
        ),
        ("Rostraver",),
        "Pennsylvania",
    ),
    (
        "p16",
        "Man shot",
        "https://www.13abc.com/2024/05/05/man-shot-16/",
        (
            "The Sandusky County Sheriff's Office said a man was shot Sunday in Fremont. He was "
            "taken to a Toledo hospital."
        ),
        ("Fremont",),
        "Ohio",
    ),
    (
        "p17",
        "Shots at Walmart",
        "https://www.wdrb.com/news/shots-walmart-17/",
        ("A man was shot in a parking lot at the Shepherdsville Walmart on Saturday, police said."),
        ("Shepherdsville",),
        "Kentucky",
    ),
    (
        "p18",
        "Man wounded",
        "https://www.wmur.com/article/man-wounded-18/",
        (
            "A man was wounded Sunday in a shooting on Elm Street, Manchester police said. A "
            "Nashua man was arrested."
        ),
        ("Manchester",),
        "New Hampshire",
    ),
    (
        "p19",
        "Man killed",
        "https://www.kptv.com/2024/05/05/man-killed-19/",
        (
            "A man was shot and killed in Milwaukie on Saturday, police said. The suspect was "
            "arrested in Gladstone hours later."
        ),
        ("Milwaukie",),
        "Oregon",
    ),
    (
        "p20",
        "Shooting",
        "https://www.kiro7.com/news/local/shooting-20/",
        ("A man was hurt in a shooting Sunday in Lakewood, just south of Tacoma, police said."),
        ("Lakewood",),
        "Washington",
    ),
    (
        "p21",
        "Man shot",
        "https://www.wtkr.com/news/man-shot-21",
        ("A man was shot Saturday in the Ocean View section of Norfolk, police said."),
        ("Norfolk",),
        "Virginia",
    ),
    (
        "p22",
        "Shooting near border",
        "https://www.wfmz.com/news/area/lehighvalley/shooting-22/",
        (
            "A man was shot Sunday near the Allentown-Whitehall border, Whitehall Township "
            "police said. The shooting happened on MacArthur Road in the township."
        ),
        ("Whitehall",),
        "Pennsylvania",
    ),
    (
        "p23",
        "Man shot",
        "https://www.wnct.com/news/man-shot-23/",
        (
            "A man was shot Saturday on the outskirts of Farmville, the Pitt County Sheriff's "
            "Office said."
        ),
        ("Farmville",),
        "North Carolina",
    ),
    (
        "p24",
        "Man wounded",
        "https://www.wlox.com/2024/05/05/man-wounded-24/",
        (
            "Harrison County deputies said a man was wounded Sunday in the Saucier area. He was "
            "taken to a Gulfport hospital."
        ),
        ("Saucier",),
        "Mississippi",
    ),
    (
        "p25",
        "Shooting",
        "https://www.wfsb.com/2024/05/05/shooting-25/",
        (
            "HARTFORD, Conn. (WFSB) - A man was shot Saturday in Bloomfield, police said. "
            "Bloomfield police are investigating."
        ),
        ("Bloomfield",),
        "Connecticut",
    ),
    (
        "p26",
        "Deadly shooting",
        "https://www.wane.com/news/deadly-shooting-26/",
        (
            "FORT WAYNE, Ind. (WANE) - A man was killed in a shooting Saturday in New Haven, "
            "police said."
        ),
        ("New Haven",),
        "Indiana",
    ),
    (
        "p27",
        "Man shot at party",
        "https://www.wzzm13.com/article/news/crime/man-shot-party/",
        (
            "A man was shot at a house party Saturday in Wyoming, police said. The Wyoming "
            "Department of Public Safety is investigating."
        ),
        ("Wyoming",),
        "Michigan",
    ),
    (
        "p28",
        "Shooting in Dallas",
        "https://www.wnep.com/article/news/crime/shooting-dallas-pa/",
        ("Police in Dallas Township, Luzerne County, said a man was shot Sunday."),
        ("Dallas",),
        "Pennsylvania",
    ),
    (
        "p29",
        "Man shot",
        "https://www.wlky.com/article/man-shot-29/",
        (
            "A man was shot Saturday in Shively, police said. He was taken to University "
            "Hospital in Louisville."
        ),
        ("Shively",),
        "Kentucky",
    ),
    (
        "p30",
        "Shooting",
        "https://www.fox8live.com/2024/05/05/shooting-30/",
        ("A man was shot Saturday in Harvey on the West Bank, Jefferson Parish deputies said."),
        ("Harvey",),
        "Louisiana",
    ),
    (
        "p31",
        "Man shot",
        "https://www.wcax.com/2024/05/05/man-shot-31/",
        (
            "A man was shot Sunday in Winooski, police said. He was taken to UVM Medical Center "
            "in Burlington."
        ),
        ("Winooski",),
        "Vermont",
    ),
    (
        "p32",
        "Man wounded",
        "https://www.wlns.com/news/man-wounded-32/",
        (
            "LANSING, Mich. (WLNS) - A man was wounded in a shooting in Lansing Township on "
            "Saturday, township police said."
        ),
        ("Lansing Township", "Lansing"),
        "Michigan",
    ),
    (
        "p33",
        "Woman shot",
        "https://www.wtnh.com/news/crime/woman-shot-33/",
        ("A woman was shot Sunday in the Fair Haven neighborhood of New Haven, police said."),
        ("New Haven",),
        "Connecticut",
    ),
    (
        "p34",
        "Shooting",
        "https://www.kxly.com/news/shooting-34/",
        ("A man was shot in Spokane Valley on Saturday, the Spokane County Sheriff's Office said."),
        ("Spokane Valley",),
        "Washington",
    ),
    (
        "p35",
        "Man shot",
        "https://www.kjrh.com/news/local-news/man-shot-35",
        ("TULSA, Okla. - A man was shot Saturday in Sand Springs, police said."),
        ("Sand Springs",),
        "Oklahoma",
    ),
    (
        "p36",
        "Man shot",
        "https://www.kcci.com/article/man-shot-36/",
        ("A man was shot Sunday at a home in West Des Moines, police said."),
        ("West Des Moines",),
        "Iowa",
    ),
    (
        "p37",
        "Teen shot in Lower Merion",
        "https://www.nbcphiladelphia.com/news/local/teen-shot-37/",
        (
            "Lower Merion police said a teen was shot Saturday in the Ardmore section of the "
            "township."
        ),
        ("Lower Merion", "Ardmore"),
        "Pennsylvania",
    ),
    (
        "p38",
        "Man shot",
        "https://www.wgal.com/article/man-shot-38/",
        (
            "A man was shot Saturday in Manheim Township, police said. The shooting happened on "
            "Fruitville Pike."
        ),
        ("Manheim Township", "Manheim"),
        "Pennsylvania",
    ),
    (
        "p39",
        "Shooting",
        "https://www.ktvb.com/article/news/crime/shooting-39/",
        (
            "A man was wounded in a shooting Sunday in Nampa, police said. He was taken to a "
            "Boise hospital."
        ),
        ("Nampa",),
        "Idaho",
    ),
    (
        "p40",
        "Man shot",
        "https://www.wxii12.com/article/man-shot-40/",
        (
            "A man was shot Saturday in Kernersville, police said. He was taken to Wake Forest "
            "Baptist Medical Center in Winston-Salem."
        ),
        ("Kernersville",),
        "North Carolina",
    ),
    (
        "p41",
        "Man shot on Washington Street",
        "https://www.wjar.com/news/local/man-shot-41",
        ("Police in Central Falls said a man was shot Saturday on Washington Street."),
        ("Central Falls",),
        "Rhode Island",
    ),
    (
        "p42",
        "Shooting",
        "https://www.wbay.com/2024/05/05/shooting-42/",
        (
            "GREEN BAY, Wis. (WBAY) - Police in Ashwaubenon said a man was shot Saturday "
            "outside a bar."
        ),
        ("Ashwaubenon",),
        "Wisconsin",
    ),
    (
        "p43",
        "Man killed",
        "https://www.kvoa.com/news/man-killed-43/",
        ("A man was killed Saturday in Marana, the Pima County Sheriff's Department said."),
        ("Marana",),
        "Arizona",
    ),
    (
        "p44",
        "Man shot",
        "https://www.kark.com/news/man-shot-44/",
        ("A man was shot Sunday in Jacksonville, Arkansas, police said."),
        ("Jacksonville",),
        "Arkansas",
    ),
    (
        "p45",
        "Man shot",
        "https://www.wjxt.com/news/local/man-shot-45/",
        ("A man was shot Saturday in Orange Park, the Clay County Sheriff's Office said."),
        ("Orange Park",),
        "Florida",
    ),
    (
        "p46",
        "Shooting in Taylor",
        "https://www.clickondetroit.com/news/local/shooting-taylor/",
        ("Taylor police said a man was shot Sunday at a gas station on Telegraph Road."),
        ("Taylor",),
        "Michigan",
    ),
    (
        "p47",
        "Man shot in Union Township",
        "https://www.wcpo.com/news/man-shot-union-township",
        ("A man was shot in Union Township on Saturday, Clermont County sheriff's deputies said."),
        ("Union Township", "Union"),
        "Ohio",
    ),
    (
        "p48",
        "Man shot",
        "https://www.wsaz.com/2024/05/05/man-shot-48/",
        ("A man was shot Saturday in Huntington's West End, police said."),
        ("Huntington",),
        "West Virginia",
    ),
    (
        "p49",
        "Man shot",
        "https://www.wkrg.com/news/man-shot-49/",
        (
            "A man was shot at a home in Prichard on Sunday, police said. Prichard is just "
            "north of Mobile."
        ),
        ("Prichard",),
        "Alabama",
    ),
    (
        "p50",
        "Woman shot",
        "https://www.wmtw.com/article/woman-shot-50/",
        (
            "A woman was shot Saturday in Lewiston, Maine, police said. Her husband was "
            "arrested in Auburn."
        ),
        ("Lewiston",),
        "Maine",
    ),
    (
        "q1",
        "Shooting in Bessemer",
        "https://www.al.com/news/birmingham/shooting-bessemer.html",
        ("A man was wounded Saturday, police said. He was taken to UAB Hospital."),
        ("Bessemer",),
        "Alabama",
    ),
    (
        "q2",
        "Woman killed in Darlington",
        "https://www.wpde.com/news/local/woman-killed-darlington",
        (
            "A woman was shot and killed Sunday, the coroner said. Her husband was charged with "
            "murder."
        ),
        ("Darlington",),
        "South Carolina",
    ),
    (
        "q3",
        "Teen shot near Glenview",
        "https://www.wlky.com/article/teen-shot-glenview/",
        ("A teen was shot Saturday, police said. He was taken to Norton Children's Hospital."),
        ("Glenview",),
        "Kentucky",
    ),
    (
        "q4",
        "Man shot in Carthage",
        "https://www.koamnewsnow.com/news/man-shot-carthage/",
        ("A man was shot Saturday evening, police said. He was flown to a hospital in Joplin."),
        ("Carthage",),
        "Missouri",
    ),
    (
        "q5",
        "Man shot",
        "https://www.wlwt.com/article/man-shot-norwood/",
        (
            "Cincinnati police were called to nearby Norwood after a man was shot on Montgomery "
            "Road on Saturday."
        ),
        ("Norwood",),
        "Ohio",
    ),
    (
        "q6",
        "Man hurt",
        "https://www.wbrc.com/2024/05/05/man-hurt/",
        (
            "Birmingham police responded to a shooting in nearby Fairfield on Sunday. A man was "
            "hurt."
        ),
        ("Fairfield",),
        "Alabama",
    ),
    (
        "q7",
        "Shooting",
        "https://www.kmov.com/2024/05/05/shooting-3/",
        (
            "St. Louis County police were dispatched to neighboring Jennings after two men were "
            "shot Saturday night."
        ),
        ("Jennings",),
        "Missouri",
    ),
    (
        "q8",
        "Woman shot",
        "https://www.kcci.com/article/woman-shot-4/",
        ("DES MOINES, Iowa - A woman was shot Sunday in Urbandale, police said."),
        ("Urbandale",),
        "Iowa",
    ),
    (
        "q9",
        "Man killed",
        "https://www.koco.com/article/man-killed-5/",
        ("OKLAHOMA CITY - A man was killed in a shooting Saturday in Del City, police said."),
        ("Del City",),
        "Oklahoma",
    ),
    (
        "q10",
        "Man shot",
        "https://www.wavy.com/news/man-shot-6/",
        ("NORFOLK, Va. - A man was shot Sunday in Portsmouth, police said."),
        ("Portsmouth",),
        "Virginia",
    ),
    (
        "q11",
        "Shooting",
        "https://www.ksdk.com/article/news/crime/shooting-7/",
        (
            "ST. LOUIS - A man was shot Saturday in Berkeley, police said. He was taken to a "
            "hospital."
        ),
        ("Berkeley",),
        "Missouri",
    ),
    (
        "q12",
        "Man wounded",
        "https://www.wsmv.com/2024/05/05/man-wounded-8/",
        ("NASHVILLE, Tenn. - A man was wounded Saturday in La Vergne, police said."),
        ("La Vergne",),
        "Tennessee",
    ),
    (
        "q13",
        "Teen shot",
        "https://www.fox19.com/2024/05/05/teen-shot-9/",
        ("CINCINNATI - A teen was shot Sunday in Forest Park, police said."),
        ("Forest Park",),
        "Ohio",
    ),
    (
        "q14",
        "Man shot",
        "https://www.wral.com/story/man-shot-10/",
        ("RALEIGH, N.C. - A man was shot Saturday in Knightdale, police said."),
        ("Knightdale",),
        "North Carolina",
    ),
    (
        "q15",
        "Shooting",
        "https://www.denver7.com/news/crime/shooting-11",
        ("DENVER - A man was shot Saturday in Englewood, police said."),
        ("Englewood",),
        "Colorado",
    ),
    (
        "q16",
        "Man shot",
        "https://www.kare11.com/article/news/crime/man-shot-12/",
        ("MINNEAPOLIS - A man was shot Sunday in Brooklyn Center, police said."),
        ("Brooklyn Center",),
        "Minnesota",
    ),
    (
        "q17",
        "Man killed",
        "https://www.khou.com/article/news/crime/man-killed-13/",
        ("HOUSTON - A man was killed Saturday in Galena Park, police said."),
        ("Galena Park",),
        "Texas",
    ),
    (
        "q18",
        "Man shot",
        "https://www.wkyc.com/article/news/crime/man-shot-14/",
        ("CLEVELAND - A man was shot Sunday in Bedford Heights, police said."),
        ("Bedford Heights",),
        "Ohio",
    ),
    (
        "q19",
        "Teen shot in Lower Merion",
        "https://www.nbcphiladelphia.com/news/local/teen-shot-15/",
        ("A teen was shot Saturday in Lower Merion Township, police said."),
        ("Lower Merion",),
        "Pennsylvania",
    ),
    (
        "q20",
        "Man shot",
        "https://www.inquirer.com/news/man-shot-16.html",
        (
            "Police in Cheltenham Township said a man was shot Sunday in the Elkins Park "
            "section of the township."
        ),
        ("Cheltenham", "Elkins Park"),
        "Pennsylvania",
    ),
    (
        "q21",
        "Man shot",
        "https://www.wbaltv.com/article/man-shot-17/",
        ("BALTIMORE - A man was shot Sunday in Lansdowne, Baltimore County police said."),
        ("Lansdowne",),
        "Maryland",
    ),
    (
        "q22",
        "Man wounded",
        "https://www.wtae.com/article/man-wounded-18/",
        ("PITTSBURGH - A man was wounded Saturday in Wilkinsburg, police said."),
        ("Wilkinsburg",),
        "Pennsylvania",
    ),
    (
        "q23",
        "Man shot",
        "https://www.kmbc.com/article/man-shot-19/",
        ("KANSAS CITY, Mo. - A man was shot Sunday in Grandview, police said."),
        ("Grandview",),
        "Missouri",
    ),
    (
        "q24",
        "Man killed",
        "https://www.fox5atlanta.com/news/man-killed-20",
        ("ATLANTA - A man was killed Saturday in Forest Park, police said."),
        ("Forest Park",),
        "Georgia",
    ),
    (
        "q25",
        "Man shot",
        "https://www.click2houston.com/news/local/man-shot-21/",
        ("HOUSTON - A man was shot Sunday in South Houston, police said."),
        ("South Houston",),
        "Texas",
    ),
    (
        "q26",
        "Man shot",
        "https://www.nbcdfw.com/news/local/man-shot-22/",
        ("DALLAS - A man was shot Saturday in Balch Springs, police said."),
        ("Balch Springs",),
        "Texas",
    ),
    (
        "q27",
        "Man shot",
        "https://www.fox6now.com/news/man-shot-23",
        ("MILWAUKEE - A man was shot Saturday in West Allis, police said."),
        ("West Allis",),
        "Wisconsin",
    ),
    (
        "q28",
        "Man shot",
        "https://www.wdsu.com/article/man-shot-24/",
        ("NEW ORLEANS - A man was shot Sunday in Westwego, police said."),
        ("Westwego",),
        "Louisiana",
    ),
    (
        "q29",
        "Man shot",
        "https://www.local10.com/news/local/man-shot-25/",
        ("MIAMI - A man was shot Saturday in Opa-locka, police said."),
        ("Opa-locka", "Opa Locka"),
        "Florida",
    ),
    (
        "q30",
        "Man shot",
        "https://www.wsbtv.com/news/local/man-shot-26/",
        ("ATLANTA - A man was shot Saturday in East Point, police said."),
        ("East Point",),
        "Georgia",
    ),
    (
        "q31",
        "Man shot",
        "https://www.kcra.com/article/man-shot-27/",
        ("SACRAMENTO - A man was shot Sunday in Rancho Cordova, police said."),
        ("Rancho Cordova",),
        "California",
    ),
    (
        "q32",
        "Man shot",
        "https://www.wbrz.com/news/man-shot-28",
        ("BATON ROUGE - A man was shot Sunday in Baker, police said."),
        ("Baker",),
        "Louisiana",
    ),
    (
        "q33",
        "Man Shot In Mobile",
        "https://www.wkrg.com/news/man-shot-mobile/",
        ("A man was shot Saturday night, police said. He is in stable condition."),
        ("Mobile",),
        "Alabama",
    ),
    (
        "q34",
        "Teen Shot In Florence",
        "https://www.wafb.com/news/teen-shot-florence/",
        (
            "A teen was shot Saturday, police said. He is in stable condition at a hospital in "
            "Muscle Shoals."
        ),
        ("Florence",),
        "Alabama",
    ),
    (
        "q35",
        "Man shot in Reading",
        "https://www.wfmz.com/news/area/berks/man-shot-reading/",
        ("A man was shot Sunday, police said. He was taken to Reading Hospital in West Reading."),
        ("Reading",),
        "Pennsylvania",
    ),
    (
        "x1",
        "Man shot",
        "https://www.wisn.com/article/man-shot-3/",
        (
            "Police were sent to neighboring Cudahy on Saturday after a man was shot outside a "
            "tavern."
        ),
        ("Cudahy",),
        "Wisconsin",
    ),
    (
        "x2",
        "Man shot",
        "https://www.wisn.com/article/man-shot-3/",
        ("A man was shot outside a tavern in neighboring Cudahy on Saturday, police said."),
        ("Cudahy",),
        "Wisconsin",
    ),
    (
        "x3",
        "Man shot",
        "https://www.wisn.com/article/man-shot-3/",
        ("A man was shot outside a tavern in Cudahy on Saturday, police said."),
        ("Cudahy",),
        "Wisconsin",
    ),
    (
        "x4",
        "Man shot",
        "https://www.wisn.com/article/man-shot-3/",
        (
            "Milwaukee police officers assisted in neighboring West Milwaukee after a man was "
            "shot at a bar on Saturday night, authorities said."
        ),
        ("West Milwaukee",),
        "Wisconsin",
    ),
    (
        "x5",
        "Man shot",
        "https://www.wisn.com/article/man-shot-3/",
        (
            "Milwaukee police were called to Cudahy after a man was shot at a bar on Saturday "
            "night, authorities said."
        ),
        ("Cudahy",),
        "Wisconsin",
    ),
]

MISSED = {
    "p37": "a section (Ardmore) of a township whose police the lead names, on a Philadelphia "
    "station: the township's own police do not yet keep the section out of Philadelphia",
    "p12": "a short sentence-case headline (Teen wounded in Bessemer) is read as Title Case (its "
    "first word counts as a capital), where a town that is also an English word is no town; "
    "not counting the first word moved a metro36 table's Shooting near Pontiac",
    "q1": "a Title Case headline's one town that is also an English word (Shooting in "
    "Bessemer), the text naming no town: the word is no town in Title Case",
    **{
        pid: "a suburb the USPS list files under the big city's own name, under the city's "
        "dateline with bare police: still read as the city's part (the names ZIP codes accept "
        "would tell it, but they name Boston's and Baltimore's neighbourhoods too)"
        for pid in ("q9", "q16", "q22")
    },
}


events, test_probe_is_placed = probe_table(PROBES, MISSED)
