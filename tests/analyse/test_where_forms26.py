"""analyse: US places in forms and regions the GVA dev half seldom shows (h-city26).

A table of short local-news reports written for this test (the places are real, the events
invented), each with the town GVA's convention gives it: the town where the shooting
happened, a city for its neighbourhood, a township or hamlet by its own name. New England
villages inside towns, New York towns and hamlets, New Jersey, Pennsylvania and Michigan
townships and boroughs, Louisiana parishes, Alaska boroughs, Virginia's independent cities,
unincorporated communities named with their county, "near", "just north of", "X man shot in
Y", home towns and hospitals in other towns, places named only in a headline, datelines with
and without a state, AP abbreviations, and towns named like common words or people.
The whole table runs through the pipeline at once (`analyse_many`); the rows the system
still misses are marked, each with its reason.
"""

from __future__ import annotations

import pytest

from newsfold.records import Event

from .where_helpers import analysed_event, assert_placed, probe_params, table_events

# (id, headline, address, text, the town (or its other accepted names), the state)
PROBES: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    (
        "ne1",
        "Man shot in Turners Falls",
        "https://www.recorder.com/news/2024/05/11/turners-falls-shooting",
        (
            "A 34-year-old man was shot Saturday night in the Turners Falls section of "
            "Montague, police said. He was taken to the Baystate Franklin Medical Center in "
            "Greenfield."
        ),
        ("Montague", "Turners Falls"),
        "Massachusetts",
    ),
    (
        "ne2",
        "North Adams police investigate shooting",
        "https://www.iberkshires.com/story/2024/06/02/shooting",
        (
            "NORTH ADAMS, Mass. — One man was wounded in a shooting on Eagle Street early "
            "Sunday, North Adams police said."
        ),
        ("North Adams",),
        "Massachusetts",
    ),
    (
        "ne3",
        "Shots fired in Bellows Falls",
        "https://www.reformer.com/local-news/2024/04/03/shots",
        (
            "A woman was shot in the village of Bellows Falls in the town of Rockingham on "
            "Tuesday, Vermont State Police said."
        ),
        ("Rockingham", "Bellows Falls"),
        "Vermont",
    ),
    (
        "ne4",
        "Woman wounded in Jewett City",
        "https://www.norwichbulletin.com/story/news/2024/02/02/shooting",
        (
            "GRISWOLD — A woman was shot in the borough of Jewett City on Friday evening, "
            "state police said. Her injuries were not life-threatening."
        ),
        ("Griswold", "Jewett City"),
        "Connecticut",
    ),
    (
        "ne5",
        "Man killed in Hyannis shooting",
        "https://www.capecodtimes.com/story/news/2024/07/14/hyannis-shooting",
        (
            "A man, 22, was fatally shot in the Hyannis village of Barnstable late "
            "Saturday, Barnstable police said."
        ),
        ("Barnstable", "Hyannis"),
        "Massachusetts",
    ),
    (
        "ne6",
        "Teen shot in Manchester",
        "https://www.unionleader.com/news/crime/2024/08/01/teen-shot",
        (
            "MANCHESTER, N.H. — A 17-year-old was shot on Lake Avenue on Wednesday night, "
            "Manchester police said."
        ),
        ("Manchester",),
        "New Hampshire",
    ),
    (
        "ne7",
        "Shooting in Lewiston",
        "https://www.sunjournal.com/2024/03/09/shooting-lewiston",
        ("A man was wounded by gunfire on Bartlett Street in Lewiston on Friday, police said."),
        ("Lewiston",),
        "Maine",
    ),
    (
        "ne8",
        "Man shot in Woonsocket",
        "https://www.providencejournal.com/story/news/crime/2024/05/05/woonsocket",
        (
            "WOONSOCKET, R.I. — A man was shot in the leg outside a bar on Social Street "
            "early Sunday."
        ),
        ("Woonsocket",),
        "Rhode Island",
    ),
    (
        "ne9",
        "Two hurt in Indian Orchard shooting",
        "https://www.masslive.com/springfield/2024/06/two-hurt.html",
        (
            "Two men were wounded in a shooting in the Indian Orchard neighborhood of "
            "Springfield on Monday night, police said."
        ),
        ("Springfield",),
        "Massachusetts",
    ),
    (
        "ne10",
        "Shooting in Willimantic",
        "https://www.courant.com/2024/09/10/willimantic-shooting",
        ("A man was shot in the Willimantic section of Windham on Monday night, police said."),
        ("Windham", "Willimantic"),
        "Connecticut",
    ),
    (
        "ny1",
        "Man shot in Hempstead",
        "https://www.newsday.com/long-island/crime/hempstead-shooting-a1b2",
        (
            "A man was shot Saturday in the hamlet of Roosevelt in the town of Hempstead, "
            "Nassau County police said."
        ),
        ("Roosevelt", "Hempstead"),
        "New York",
    ),
    (
        "ny2",
        "Town of Tonawanda shooting",
        "https://www.wgrz.com/article/news/crime/town-of-tonawanda-shooting/71-abc",
        (
            "Town of Tonawanda police are investigating a shooting on Sheridan Drive that "
            "left a man wounded Tuesday night."
        ),
        ("Tonawanda", "Town of Tonawanda"),
        "New York",
    ),
    (
        "ny3",
        "Shooting in Wyandanch",
        "https://www.newsday.com/long-island/crime/wyandanch-shooting-x9",
        (
            "A 19-year-old was shot and killed in Wyandanch on Friday night, Suffolk County "
            "police said."
        ),
        ("Wyandanch",),
        "New York",
    ),
    (
        "ny4",
        "Man shot in Cheektowaga",
        "https://buffalonews.com/news/local/crime/man-shot-in-cheektowaga/article_1.html",
        "Cheektowaga police said a man was shot on Harlem Road early Sunday.",
        ("Cheektowaga",),
        "New York",
    ),
    (
        "ny5",
        "Woman shot in Brentwood",
        "https://www.news12.com/woman-shot-in-brentwood",
        ("BRENTWOOD, N.Y. — A woman was shot on Suffolk Avenue Tuesday evening, police said."),
        ("Brentwood",),
        "New York",
    ),
    (
        "ny6",
        "Shooting in Town of Greece",
        "https://www.democratandchronicle.com/story/news/2024/05/01/greece-shooting",
        ("A man was wounded in a shooting in the town of Greece on Wednesday, Greece police said."),
        ("Greece",),
        "New York",
    ),
    (
        "ny7",
        "Shots fired in Poughkeepsie",
        "https://www.poughkeepsiejournal.com/story/news/crime/2024/07/07/shooting",
        ("A man was shot in the Town of Poughkeepsie on Saturday night, according to town police."),
        ("Poughkeepsie",),
        "New York",
    ),
    (
        "ny8",
        "Man killed in Newburgh",
        "https://www.recordonline.com/story/news/crime/2024/03/03/newburgh-shooting",
        ("A 28-year-old man was fatally shot on Lander Street in the City of Newburgh on Sunday."),
        ("Newburgh",),
        "New York",
    ),
    (
        "tw1",
        "Cherry Hill Township shooting",
        "https://www.courierpostonline.com/story/news/crime/2024/06/06/cherry-hill",
        ("A man was shot in a parking lot in Cherry Hill Township on Thursday, police said."),
        ("Cherry Hill", "Cherry Hill Township"),
        "New Jersey",
    ),
    (
        "tw2",
        "Man shot in Willingboro",
        "https://www.burlingtoncountytimes.com/story/news/2024/04/04/willingboro",
        (
            "Willingboro Township police said a 30-year-old man was wounded in a shooting on "
            "Levitt Parkway."
        ),
        ("Willingboro", "Willingboro Township"),
        "New Jersey",
    ),
    (
        "tw3",
        "Shooting in Darby Borough",
        "https://www.delcotimes.com/2024/05/12/darby-shooting",
        (
            "Darby Borough police are investigating a shooting that left a teenager wounded "
            "Saturday night."
        ),
        ("Darby",),
        "Pennsylvania",
    ),
    (
        "tw4",
        "Man shot in Upper Darby",
        "https://www.delcotimes.com/2024/07/21/upper-darby",
        "A man was shot on Market Street in Upper Darby on Sunday, police said.",
        ("Upper Darby",),
        "Pennsylvania",
    ),
    (
        "tw5",
        "Shooting in Redford Township",
        "https://www.clickondetroit.com/news/local/2024/08/08/redford-township-shooting",
        (
            "A woman was shot in Redford Township on Wednesday night, police said. She is "
            "expected to survive."
        ),
        ("Redford", "Redford Township"),
        "Michigan",
    ),
    (
        "tw6",
        "Clinton Township shooting",
        "https://www.macombdaily.com/2024/03/15/clinton-township-shooting",
        (
            "CLINTON TOWNSHIP, Mich. — A man was shot during an argument at an apartment "
            "complex Friday."
        ),
        ("Clinton", "Clinton Township"),
        "Michigan",
    ),
    (
        "tw7",
        "Norristown shooting",
        "https://www.timesherald.com/2024/06/16/norristown-shooting",
        (
            "A man was shot and killed on Markley Street in Norristown, Pa., on Saturday, the"
            " Montgomery County district attorney said."
        ),
        ("Norristown",),
        "Pennsylvania",
    ),
    (
        "tw8",
        "Shooting in Irvington",
        "https://www.nj.com/essex/2024/05/man-shot-in-irvington.html",
        (
            "IRVINGTON, N.J. — A man was shot on Springfield Avenue on Tuesday night, the "
            "Essex County prosecutor said."
        ),
        ("Irvington",),
        "New Jersey",
    ),
    (
        "tw9",
        "Shots in Lower Merion",
        "https://www.mainlinemedianews.com/2024/09/01/lower-merion",
        (
            "A man was wounded by gunfire in the Ardmore section of Lower Merion Township on "
            "Saturday, police said."
        ),
        ("Lower Merion", "Ardmore"),
        "Pennsylvania",
    ),
    (
        "tw10",
        "Man shot in Pennsauken",
        "https://www.courierpostonline.com/story/news/2024/10/02/pennsauken",
        (
            "A man was shot Wednesday in Pennsauken, police said. He was taken to Cooper "
            "University Hospital in Camden."
        ),
        ("Pennsauken", "Pennsauken Township"),
        "New Jersey",
    ),
    (
        "tw11",
        "Shooting in Ypsilanti Township",
        "https://www.mlive.com/news/ann-arbor/2024/05/ypsilanti-township-shooting.html",
        (
            "A 25-year-old man was shot in Ypsilanti Township on Friday, the Washtenaw County"
            " Sheriff's Office said."
        ),
        ("Ypsilanti", "Ypsilanti Township"),
        "Michigan",
    ),
    (
        "la1",
        "Man shot in Jefferson Parish",
        "https://www.wwltv.com/article/news/crime/marrero-shooting/289-x",
        (
            "A man was shot and killed in Marrero on Sunday, the Jefferson Parish Sheriff's "
            "Office said."
        ),
        ("Marrero",),
        "Louisiana",
    ),
    (
        "la2",
        "Shooting in Houma",
        "https://www.houmatoday.com/story/news/crime/2024/04/04/shooting",
        (
            "HOUMA, La. — A woman was shot on Grand Caillou Road on Thursday, Terrebonne "
            "Parish deputies said."
        ),
        ("Houma",),
        "Louisiana",
    ),
    (
        "la3",
        "Deputies investigate shooting",
        "https://www.wafb.com/2024/06/06/deputies-investigate-shooting",
        (
            "A man was wounded in a shooting in Baker on Thursday, the East Baton Rouge "
            "Parish Sheriff's Office said."
        ),
        ("Baker",),
        "Louisiana",
    ),
    (
        "la4",
        "Man killed in St. Landry Parish",
        "https://www.theadvertiser.com/story/news/crime/2024/03/03/opelousas",
        "A 40-year-old man was fatally shot in Opelousas on Saturday, police said.",
        ("Opelousas",),
        "Louisiana",
    ),
    (
        "la5",
        "Shooting in Harvey",
        "https://www.nola.com/news/crime_police/harvey-shooting/article_x.html",
        (
            "A teenager was shot in Harvey on the West Bank late Friday, Jefferson Parish "
            "deputies said."
        ),
        ("Harvey",),
        "Louisiana",
    ),
    (
        "ak1",
        "Man shot in Wasilla",
        "https://www.adn.com/alaska-news/crime-courts/2024/02/02/wasilla-shooting",
        (
            "A man was shot in Wasilla on Friday, Alaska State Troopers said. The "
            "Matanuska-Susitna Borough man was flown to Anchorage."
        ),
        ("Wasilla",),
        "Alaska",
    ),
    (
        "ak2",
        "Shooting in Fairbanks",
        "https://www.newsminer.com/news/local_news/shooting/article_x.html",
        (
            "FAIRBANKS — One person was wounded in a shooting on Cushman Street on Saturday, "
            "Fairbanks police said."
        ),
        ("Fairbanks",),
        "Alaska",
    ),
    (
        "ak3",
        "Troopers investigate shooting near Palmer",
        "https://www.adn.com/alaska-news/2024/06/06/palmer",
        "A woman was shot at a home just outside Palmer on Thursday, troopers said.",
        ("Palmer",),
        "Alaska",
    ),
    (
        "va1",
        "Man shot in Chesapeake",
        "https://www.wavy.com/news/local-news/chesapeake/man-shot-in-chesapeake/",
        ("CHESAPEAKE, Va. — A man was shot on Campostella Road on Tuesday night, police said."),
        ("Chesapeake",),
        "Virginia",
    ),
    (
        "va2",
        "Shooting in Suffolk",
        "https://www.suffolknewsherald.com/2024/05/05/shooting",
        "Suffolk police are investigating a shooting that wounded a man on Saturday.",
        ("Suffolk",),
        "Virginia",
    ),
    (
        "va3",
        "Shooting in the city of Fairfax",
        "https://www.fairfaxtimes.com/articles/city-of-fairfax-shooting",
        "A man was shot in the city of Fairfax on Sunday, City of Fairfax police said.",
        ("Fairfax",),
        "Virginia",
    ),
    (
        "va4",
        "Man shot in Fairfax County",
        "https://www.fox5dc.com/news/man-shot-in-fairfax-county",
        "A man was shot in the Annandale area of Fairfax County on Friday, police said.",
        ("Annandale",),
        "Virginia",
    ),
    (
        "va5",
        "Shooting in Portsmouth",
        "https://www.13newsnow.com/article/news/crime/portsmouth-shooting/291-x",
        ("PORTSMOUTH, Va. — Two men were wounded in a shooting on High Street on Friday night."),
        ("Portsmouth",),
        "Virginia",
    ),
    (
        "va6",
        "Man killed in Hampton",
        "https://www.dailypress.com/2024/03/03/hampton-shooting",
        "A man was shot and killed in Hampton on Saturday night, Hampton police said.",
        ("Hampton",),
        "Virginia",
    ),
    (
        "un1",
        "Deputies: man shot",
        "https://www.kcra.com/article/deputies-man-shot/123",
        (
            "A man was shot in the unincorporated community of Rio Linda in Sacramento County"
            " on Monday, deputies said."
        ),
        ("Rio Linda",),
        "California",
    ),
    (
        "un2",
        "Shooting in unincorporated area",
        "https://www.fox13news.com/news/shooting-seffner",
        (
            "A man was shot in Seffner, an unincorporated community in Hillsborough County, "
            "on Tuesday, deputies said."
        ),
        ("Seffner",),
        "Florida",
    ),
    (
        "un3",
        "Man shot near Conroe",
        "https://www.chron.com/news/houston-texas/article/man-shot-near-conroe-1.php",
        (
            "A man was wounded in a shooting near Conroe on Saturday, Montgomery County "
            "deputies said."
        ),
        ("Conroe",),
        "Texas",
    ),
    (
        "un4",
        "Shooting outside Pueblo",
        "https://www.chieftain.com/story/news/crime/2024/04/04/pueblo-west",
        (
            "A man was shot in Pueblo West, just west of Pueblo, on Thursday, the sheriff's "
            "office said."
        ),
        ("Pueblo West",),
        "Colorado",
    ),
    (
        "un5",
        "Man shot just north of Tucson",
        "https://www.kold.com/2024/05/05/man-shot/",
        (
            "A man was shot in Catalina Foothills just north of Tucson on Sunday, Pima County"
            " deputies said."
        ),
        ("Catalina Foothills",),
        "Arizona",
    ),
    (
        "hm1",
        "Trenton man shot in Ewing",
        "https://www.trentonian.com/2024/06/06/trenton-man-shot-in-ewing",
        "A Trenton man was shot in Ewing on Thursday, police said.",
        ("Ewing",),
        "New Jersey",
    ),
    (
        "hm2",
        "Gary man killed in Hammond",
        "https://www.nwitimes.com/news/local/crime/gary-man-killed/article_x.html",
        (
            "A 31-year-old Gary man was shot and killed in Hammond on Saturday, the Lake "
            "County coroner said."
        ),
        ("Hammond",),
        "Indiana",
    ),
    (
        "hm3",
        "Man shot in Chester",
        "https://www.delcotimes.com/2024/08/08/chester-shooting",
        (
            "A man was shot in Chester on Tuesday and was taken to Crozer-Chester Medical "
            "Center in Upland, police said. The victim lived in Wilmington, Del."
        ),
        ("Chester",),
        "Pennsylvania",
    ),
    (
        "hm4",
        "Woman shot in Inkster",
        "https://www.detroitnews.com/story/news/local/wayne-county/2024/03/03/inkster",
        (
            "A Westland woman was shot in Inkster on Friday night and driven to a hospital in"
            " Dearborn, police said."
        ),
        ("Inkster",),
        "Michigan",
    ),
    (
        "hm5",
        "Shooting suspect from Camden",
        "https://www.nj.com/camden/2024/09/lindenwold-shooting.html",
        (
            "A man from Camden was charged after a shooting in Lindenwold that wounded a "
            "woman, the prosecutor said."
        ),
        ("Lindenwold",),
        "New Jersey",
    ),
    (
        "hm6",
        "Man shot, drives to hospital",
        "https://www.wral.com/story/man-shot-drives-to-hospital/123/",
        (
            "A man who was shot in Garner drove himself to WakeMed in Raleigh on Sunday, "
            "Garner police said."
        ),
        ("Garner",),
        "North Carolina",
    ),
    (
        "hl1",
        "Man shot in Kannapolis",
        "https://www.wbtv.com/2024/06/06/man-shot/",
        (
            "A man was shot on Thursday night, police said. He is expected to survive. Police"
            " have not named a suspect."
        ),
        ("Kannapolis",),
        "North Carolina",
    ),
    (
        "hl2",
        "Teen wounded in Muskegon Heights shooting",
        "https://www.mlive.com/news/muskegon/2024/07/teen-wounded.html",
        "A 16-year-old was wounded in a shooting on Saturday, police said.",
        ("Muskegon Heights",),
        "Michigan",
    ),
    (
        "dl1",
        "Shooting",
        "https://www.apnews.com/article/shooting-abc",
        (
            "ALBUQUERQUE, N.M. (AP) — A man was shot and killed Saturday outside a "
            "convenience store, police said."
        ),
        ("Albuquerque",),
        "New Mexico",
    ),
    (
        "dl2",
        "Man shot",
        "https://www.apnews.com/article/shooting-def",
        (
            "LANSING, Mich. (AP) — A man was wounded in a shooting Sunday near the state "
            "Capitol, police said."
        ),
        ("Lansing",),
        "Michigan",
    ),
    (
        "dl3",
        "Shooting",
        "https://www.apnews.com/article/shooting-ghi",
        ("ALLENTOWN, Pa. (AP) — Two people were shot Friday night on a city street, police said."),
        ("Allentown",),
        "Pennsylvania",
    ),
    (
        "dl4",
        "Shooting in Wichita",
        "https://www.kansas.com/news/local/crime/article123.html",
        "WICHITA — A man was shot in south Wichita on Tuesday, police said.",
        ("Wichita",),
        "Kansas",
    ),
    (
        "dl5",
        "Shooting",
        "https://www.apnews.com/article/shooting-jkl",
        ("LAS CRUCES, N.M. (AP) — A woman was shot Sunday at an apartment complex, police said."),
        ("Las Cruces",),
        "New Mexico",
    ),
    (
        "dl6",
        "Shooting",
        "https://www.apnews.com/article/shooting-mno",
        "SPRINGFIELD, Mo. (AP) — A man was shot and killed Saturday, police said.",
        ("Springfield",),
        "Missouri",
    ),
    (
        "dl7",
        "Shots fired",
        "https://www.apnews.com/article/shooting-pqr",
        "Police in Bangor, Maine, said a man was shot early Sunday outside a home.",
        ("Bangor",),
        "Maine",
    ),
    (
        "dl8",
        "Shooting",
        "https://www.apnews.com/article/shooting-stu",
        "Authorities in Rock Hill, S.C., said a teenager was shot at a park on Saturday.",
        ("Rock Hill",),
        "South Carolina",
    ),
    (
        "cw1",
        "Man shot in Independence",
        "https://www.kshb.com/news/crime/man-shot-in-independence",
        "INDEPENDENCE, Mo. — A man was shot Monday night, Independence police said.",
        ("Independence",),
        "Missouri",
    ),
    (
        "cw2",
        "Shooting in Florence",
        "https://www.scnow.com/news/local/crime/florence-shooting/article_x.html",
        (
            "A man was wounded in a shooting in Florence on Saturday, the Florence Police "
            "Department said."
        ),
        ("Florence",),
        "South Carolina",
    ),
    (
        "cw3",
        "Man shot in Marion",
        "https://www.wsiltv.com/news/marion-shooting",
        "MARION, Ill. — A man was shot Tuesday on Main Street, police said.",
        ("Marion",),
        "Illinois",
    ),
    (
        "cw4",
        "Shooting in Paris",
        "https://www.ktre.com/2024/05/05/paris-shooting/",
        "PARIS, Texas — A woman was shot Saturday night, Paris police said.",
        ("Paris",),
        "Texas",
    ),
    (
        "cw5",
        "Shooting in Liberty",
        "https://www.wsoctv.com/news/local/liberty-shooting/",
        "Police in Liberty, N.C., said a man was shot outside a gas station on Sunday.",
        ("Liberty",),
        "North Carolina",
    ),
    (
        "cw6",
        "Man shot in Warren",
        "https://www.vindy.com/news/local-news/2024/06/warren-shooting/",
        "WARREN, Ohio — A man was shot on Tod Avenue on Saturday night, police said.",
        ("Warren",),
        "Ohio",
    ),
    (
        "cw7",
        "Shooting in Enterprise",
        "https://www.dothaneagle.com/news/crime/enterprise-shooting/article_x.html",
        (
            "Enterprise police said a man was shot at an apartment on Saturday. Enterprise is"
            " in Coffee County."
        ),
        ("Enterprise",),
        "Alabama",
    ),
    (
        "cw8",
        "Man wounded in Normal",
        "https://www.pantagraph.com/news/local/crime/normal-shooting/article_x.html",
        "A man was wounded in a shooting in Normal on Friday, Normal police said.",
        ("Normal",),
        "Illinois",
    ),
    (
        "cw9",
        "Shooting in Sandy",
        "https://www.ksl.com/article/123/shooting-in-sandy",
        "A teenager was shot in Sandy on Friday night, police said.",
        ("Sandy",),
        "Utah",
    ),
    (
        "cw10",
        "Man shot in Mobile",
        "https://www.al.com/news/mobile/2024/05/man-shot.html",
        ("A man was shot on Dauphin Island Parkway in Mobile on Saturday, Mobile police said."),
        ("Mobile",),
        "Alabama",
    ),
    (
        "b1",
        "Shooting in Bensalem",
        "https://www.buckscountycouriertimes.com/story/news/crime/2024/05/05/bensalem",
        (
            "A man was shot outside a motel on Street Road in Bensalem Township on Saturday "
            "night, township police said."
        ),
        ("Bensalem", "Bensalem Township"),
        "Pennsylvania",
    ),
    (
        "b2",
        "Man shot in Hamilton",
        "https://www.trentonian.com/2024/05/06/hamilton-shooting",
        "A man was wounded in a shooting in Hamilton Twp. on Sunday, police said.",
        ("Hamilton", "Hamilton Township"),
        "New Jersey",
    ),
    (
        "b3",
        "Carlisle shooting",
        "https://www.pennlive.com/news/2024/06/carlisle-shooting.html",
        (
            "A man was shot in the Borough of Carlisle on Friday, Carlisle police said. He "
            "was flown to a hospital in Hershey."
        ),
        ("Carlisle",),
        "Pennsylvania",
    ),
    (
        "b4",
        "Shooting in Big Lake",
        "https://www.adn.com/alaska-news/crime-courts/2024/07/07/big-lake",
        (
            "A man was shot and killed at a cabin in Big Lake in the Matanuska-Susitna "
            "Borough on Saturday, troopers said."
        ),
        ("Big Lake",),
        "Alaska",
    ),
    (
        "b5",
        "North Amityville shooting",
        "https://www.newsday.com/long-island/crime/north-amityville-shooting-z3",
        (
            "A man was shot in North Amityville on Sunday, Suffolk County police said. The "
            "victim, 24, of Copiague, was taken to Good Samaritan Hospital in West Islip."
        ),
        ("North Amityville",),
        "New York",
    ),
    (
        "b6",
        "Spring Valley shooting",
        "https://www.lohud.com/story/news/crime/2024/04/04/spring-valley-shooting",
        "A man was shot in the village of Spring Valley on Thursday night, police said.",
        ("Spring Valley",),
        "New York",
    ),
    (
        "b7",
        "Shooting in Lackawanna",
        "https://www.wkbw.com/news/local-news/lackawanna-shooting",
        "Lackawanna police said a man was shot on Ridge Road on Tuesday.",
        ("Lackawanna",),
        "New York",
    ),
    (
        "b8",
        "Man shot in Kenner",
        "https://www.wdsu.com/article/kenner-shooting/1",
        ("KENNER, La. — A man was shot at an apartment complex on Saturday, Kenner police said."),
        ("Kenner",),
        "Louisiana",
    ),
    (
        "b9",
        "Man shot in Commerce",
        "https://www.kltv.com/2024/05/05/man-shot-commerce/",
        (
            "A man was shot in Commerce on Friday night, Commerce police said. The victim was"
            " taken to a Greenville hospital."
        ),
        ("Commerce",),
        "Texas",
    ),
    (
        "b10",
        "Shooting in Mentor",
        "https://www.news5cleveland.com/news/local-news/lake-county/mentor-shooting",
        (
            "MENTOR, Ohio — A man was shot in a parking lot on Mentor Avenue on Saturday, "
            "police said."
        ),
        ("Mentor",),
        "Ohio",
    ),
    (
        "b11",
        "Man shot in Hazard",
        "https://www.wymt.com/2024/06/06/man-shot-hazard/",
        "A man was shot in Hazard on Wednesday, Kentucky State Police said.",
        ("Hazard",),
        "Kentucky",
    ),
    (
        "b12",
        "Bath man wounded",
        "https://www.pressherald.com/2024/07/07/bath-shooting/",
        ("BATH — A man was shot at a home on Washington Street on Saturday, Bath police said."),
        ("Bath",),
        "Maine",
    ),
    (
        "b13",
        "Shooting in Opportunity",
        "https://www.spokesman.com/stories/2024/may/05/shooting-opportunity/",
        ("A man was shot in Spokane Valley's Opportunity neighborhood on Saturday, deputies said."),
        ("Spokane Valley", "Opportunity"),
        "Washington",
    ),
    (
        "b14",
        "Man shot in Jackson",
        "https://www.clarionledger.com/story/news/local/2024/05/05/jackson-shooting",
        (
            "A man was shot on Robinson Road on Sunday, Jackson police said. Police Chief "
            "James Davis said no arrests had been made."
        ),
        ("Jackson",),
        "Mississippi",
    ),
    (
        "b15",
        "Omaha shooting",
        "https://www.ketv.com/article/omaha-shooting/1",
        ("Troy Lincoln, 27, was shot near 30th and Ames in north Omaha on Friday, police said."),
        ("Omaha",),
        "Nebraska",
    ),
    (
        "b16",
        "Shooting in Middletown Township",
        "https://www.buckscountycouriertimes.com/story/news/2024/08/08/middletown",
        "A man was shot in Middletown Township, Bucks County, on Thursday, police said.",
        ("Middletown", "Middletown Township"),
        "Pennsylvania",
    ),
    (
        "b17",
        "Woman shot in Wilmington",
        "https://www.delawareonline.com/story/news/crime/2024/05/05/wilmington-shooting",
        (
            "A woman was shot in Wilmington on Saturday and died at Christiana Hospital near "
            "Newark, police said."
        ),
        ("Wilmington",),
        "Delaware",
    ),
    (
        "b18",
        "Pa. man shot in Camden",
        "https://www.nj.com/camden/2024/06/pa-man-shot.html",
        (
            "A Philadelphia man was shot and wounded in Camden on Friday, the Camden County "
            "prosecutor said."
        ),
        ("Camden",),
        "New Jersey",
    ),
    (
        "b19",
        "Shooting in Kettering",
        "https://www.daytondailynews.com/local/kettering-shooting/",
        "A man was shot in Kettering on Saturday, Kettering police said.",
        ("Kettering",),
        "Ohio",
    ),
    (
        "b20",
        "Shooting near Lafayette",
        "https://www.klfy.com/2024/06/06/carencro-shooting/",
        "A man was shot in Carencro, just north of Lafayette, on Thursday, deputies said.",
        ("Carencro",),
        "Louisiana",
    ),
    (
        "b21",
        "Shooting in Gretna",
        "https://www.wwltv.com/article/news/crime/gretna-shooting/289-y",
        "A man was shot in Gretna on the West Bank on Sunday, Gretna police said.",
        ("Gretna",),
        "Louisiana",
    ),
    (
        "b22",
        "Shooting in Mat-Su",
        "https://www.ktuu.com/2024/08/08/shooting/",
        (
            "Alaska State Troopers said a man was shot near mile 40 of the Parks Highway near"
            " Houston on Thursday."
        ),
        ("Houston", "Willow"),
        "Alaska",
    ),
    (
        "b23",
        "Man shot in Juneau",
        "https://www.juneauempire.com/news/man-shot/",
        "A man was shot in the Mendenhall Valley on Saturday, Juneau police said.",
        ("Juneau", "Mendenhall Valley"),
        "Alaska",
    ),
    (
        "b24",
        "Shooting in the city of Roanoke",
        "https://www.wdbj7.com/2024/05/05/shooting/",
        "A man was shot in the city of Roanoke on Saturday, Roanoke police said.",
        ("Roanoke",),
        "Virginia",
    ),
    (
        "b25",
        "Man shot in Petersburg",
        "https://www.wric.com/news/crime/petersburg-shooting/",
        ("PETERSBURG, Va. — A man was shot on Halifax Street on Saturday night, police said."),
        ("Petersburg",),
        "Virginia",
    ),
    (
        "b26",
        "Shooting in Henrico",
        "https://www.nbc12.com/2024/06/06/henrico-shooting/",
        ("A man was shot in the Highland Springs area of Henrico County on Thursday, police said."),
        ("Highland Springs", "Henrico"),
        "Virginia",
    ),
    (
        "b27",
        "Man shot in Chesterfield",
        "https://www.wtvr.com/news/local-news/chesterfield-shooting",
        (
            "A man was shot in Chesterfield County on Saturday, police said. The shooting "
            "happened on Jefferson Davis Highway near Bensley."
        ),
        ("Bensley", "Chesterfield"),
        "Virginia",
    ),
    (
        "b28",
        "Man shot in Alexandria",
        "https://www.alxnow.com/2024/05/05/man-shot/",
        "A man was shot in the city of Alexandria on Sunday, Alexandria police said.",
        ("Alexandria",),
        "Virginia",
    ),
    (
        "b29",
        "Shooting in Levittown",
        "https://www.newsday.com/long-island/crime/levittown-shooting-l1",
        "A teenager was shot in Levittown on Saturday, Nassau County police said.",
        ("Levittown",),
        "New York",
    ),
    (
        "b30",
        "Levittown shooting",
        "https://www.buckscountycouriertimes.com/story/news/2024/05/05/levittown",
        ("A man was shot in the Levittown section of Bristol Township on Saturday, police said."),
        ("Levittown", "Bristol Township"),
        "Pennsylvania",
    ),
    (
        "b31",
        "Man shot in Hollywood",
        "https://www.local10.com/news/local/2024/06/06/hollywood-shooting/",
        (
            "HOLLYWOOD, Fla. — A man was shot outside a bar on Hollywood Boulevard on "
            "Thursday, police said."
        ),
        ("Hollywood",),
        "Florida",
    ),
    (
        "b32",
        "Man shot in Dover",
        "https://www.wboc.com/news/crime/man-shot-in-dover/",
        (
            "A man was shot in Dover on Friday night, Dover police said. The Delaware capital"
            " has seen several shootings this year."
        ),
        ("Dover",),
        "Delaware",
    ),
    (
        "b33",
        "Shooting in Athens",
        "https://www.onlineathens.com/story/news/crime/2024/05/05/shooting",
        "A man was shot in Athens on Saturday, Athens-Clarke County police said.",
        ("Athens",),
        "Georgia",
    ),
    (
        "b34",
        "Shooting in Troy",
        "https://www.timesunion.com/news/article/troy-shooting-1.php",
        "TROY — A man was shot on River Street on Sunday, Troy police said.",
        ("Troy",),
        "New York",
    ),
    (
        "b35",
        "Man shot in Lancaster",
        "https://lancasteronline.com/news/local/man-shot/article_x.html",
        "A man was shot in Lancaster city on Saturday night, police said.",
        ("Lancaster",),
        "Pennsylvania",
    ),
    (
        "b36",
        "Shooting in Manheim Township",
        "https://lancasteronline.com/news/local/manheim-township-shooting/article_y.html",
        ("A man was wounded in a shooting in Manheim Township on Sunday, township police said."),
        ("Manheim", "Manheim Township"),
        "Pennsylvania",
    ),
    (
        "b37",
        "Shooting in Penn Hills",
        "https://www.wpxi.com/news/local/penn-hills-shooting/",
        "A man was shot in Penn Hills on Friday, Allegheny County police said.",
        ("Penn Hills",),
        "Pennsylvania",
    ),
    (
        "b38",
        "Man shot in Monroeville",
        "https://www.post-gazette.com/local/east/2024/05/05/monroeville-shooting",
        ("A Pittsburgh man was shot at a Monroeville shopping center on Saturday, police said."),
        ("Monroeville",),
        "Pennsylvania",
    ),
    (
        "b39",
        "Shooting in Bloomfield Township",
        "https://www.theoaklandpress.com/2024/06/06/bloomfield-shooting",
        ("Bloomfield Township police said a man was shot outside a restaurant on Telegraph Road."),
        ("Bloomfield", "Bloomfield Township"),
        "Michigan",
    ),
    (
        "b40",
        "Man shot in Shelby Township",
        "https://www.macombdaily.com/2024/05/05/shelby-shooting",
        "A man was shot in Shelby Township, Mich., on Friday night, police said.",
        ("Shelby", "Shelby Township"),
        "Michigan",
    ),
    (
        "b41",
        "Shots in Franklin Township",
        "https://www.mycentraljersey.com/story/news/crime/2024/05/05/franklin",
        ("A man was shot in the Somerset section of Franklin Township on Saturday, police said."),
        ("Franklin", "Franklin Township"),
        "New Jersey",
    ),
    (
        "b42",
        "Shooting in Edison",
        "https://www.mycentraljersey.com/story/news/crime/2024/07/07/edison",
        (
            "A man was shot in Edison on Sunday, Edison police said. He was taken to Robert "
            "Wood Johnson University Hospital in New Brunswick."
        ),
        ("Edison",),
        "New Jersey",
    ),
    (
        "b43",
        "Man shot in Lawrence",
        "https://www.eagletribune.com/news/lawrence-shooting/article_x.html",
        (
            "LAWRENCE — A man was shot on Broadway on Saturday, police said. He was taken to "
            "Lawrence General Hospital."
        ),
        ("Lawrence",),
        "Massachusetts",
    ),
    (
        "b44",
        "Man shot in Dorchester",
        "https://www.bostonherald.com/2024/05/05/dorchester-shooting/",
        "A man was shot in Dorchester on Saturday night, Boston police said.",
        ("Boston", "Dorchester"),
        "Massachusetts",
    ),
    (
        "b45",
        "Shooting in Springfield",
        "https://www.wwlp.com/news/local-news/hampden-county/springfield-shooting/",
        "A man was shot in the Mason Square area of Springfield on Friday, police said.",
        ("Springfield",),
        "Massachusetts",
    ),
    (
        "c1",
        "Man shot at mall",
        "https://www.wtae.com/article/mall-shooting/1",
        (
            "A Pittsburgh man was wounded in a shooting at a McKeesport apartment complex on "
            "Friday, police said."
        ),
        ("McKeesport",),
        "Pennsylvania",
    ),
    (
        "c2",
        "Man shot at gas station",
        "https://www.wfaa.com/article/news/crime/shooting/287-x",
        ("A Dallas man was shot at a Garland gas station early Sunday, Garland police said."),
        ("Garland",),
        "Texas",
    ),
    (
        "c3",
        "Teen shot outside school",
        "https://www.fox2detroit.com/news/teen-shot",
        (
            "A Detroit teen was shot outside a Southfield high school on Monday, Southfield "
            "police said."
        ),
        ("Southfield",),
        "Michigan",
    ),
    (
        "c4",
        "Shooting near Reading",
        "https://www.readingeagle.com/2024/05/05/shooting/",
        ("A man was shot just outside Reading, in Muhlenberg Township, on Saturday, police said."),
        ("Muhlenberg",),
        "Pennsylvania",
    ),
    (
        "c5",
        "Shooting",
        "https://www.apnews.com/article/shooting-vwx",
        ("SCRANTON, Pa. (AP) — A man was shot and killed Friday in nearby Dunmore, police said."),
        ("Dunmore",),
        "Pennsylvania",
    ),
    (
        "c6",
        "Man shot, dies in Detroit hospital",
        "https://www.fox2detroit.com/news/man-shot-dies",
        (
            "A man shot in Highland Park on Friday died at a Detroit hospital, Michigan State"
            " Police said."
        ),
        ("Highland Park",),
        "Michigan",
    ),
    (
        "c7",
        "Shooting in Metairie",
        "https://www.wwltv.com/article/news/crime/metairie/289-z",
        ("A New Orleans man was shot in Metairie on Saturday, Jefferson Parish deputies said."),
        ("Metairie",),
        "Louisiana",
    ),
    (
        "c8",
        "Suspect from Hartford arrested",
        "https://www.nbcconnecticut.com/news/local/east-hartford-shooting/1",
        (
            "A Hartford man was arrested after a shooting in East Hartford that wounded a "
            "woman on Sunday, police said."
        ),
        ("East Hartford",),
        "Connecticut",
    ),
    (
        "c9",
        "Shooting in West Hartford",
        "https://www.courant.com/2024/07/07/west-hartford-shooting",
        "West Hartford police said a man was shot on Farmington Avenue on Saturday.",
        ("West Hartford",),
        "Connecticut",
    ),
    (
        "c10",
        "Man shot in Plainfield",
        "https://www.mycentraljersey.com/story/news/crime/2024/05/05/plainfield",
        (
            "PLAINFIELD — A man was shot on West Front Street on Sunday, the Union County "
            "prosecutor said."
        ),
        ("Plainfield",),
        "New Jersey",
    ),
    (
        "c11",
        "Shooting in Bridgeport",
        "https://www.ctpost.com/news/article/bridgeport-shooting-1.php",
        "A man from Stratford was shot in Bridgeport's East End on Saturday, police said.",
        ("Bridgeport",),
        "Connecticut",
    ),
    (
        "c12",
        "Man shot in Chicopee",
        "https://www.masslive.com/chicopee/2024/05/man-shot.html",
        "A man was shot in the Willimansett section of Chicopee on Sunday, police said.",
        ("Chicopee",),
        "Massachusetts",
    ),
    (
        "c13",
        "Shooting in Lynn",
        "https://www.itemlive.com/2024/05/05/shooting-lynn/",
        (
            "LYNN — A man was shot on Union Street on Saturday night, police said. Lynn is "
            "north of Boston."
        ),
        ("Lynn",),
        "Massachusetts",
    ),
    (
        "c14",
        "Man shot in New Bedford",
        "https://www.southcoasttoday.com/story/news/crime/2024/05/05/shooting",
        "A man was shot in the South End of New Bedford on Saturday, police said.",
        ("New Bedford",),
        "Massachusetts",
    ),
    (
        "c15",
        "Shooting in Mount Vernon",
        "https://www.lohud.com/story/news/crime/2024/06/06/mount-vernon",
        "A man was shot in Mount Vernon on Thursday, Mount Vernon police said.",
        ("Mount Vernon",),
        "New York",
    ),
    (
        "c16",
        "Shooting in Hempstead village",
        "https://www.newsday.com/long-island/crime/hempstead-village-shooting-h2",
        "A man was shot in the Village of Hempstead on Saturday, police said.",
        ("Hempstead",),
        "New York",
    ),
    (
        "c17",
        "Shooting in Elmont",
        "https://www.newsday.com/long-island/crime/elmont-shooting-e1",
        "A man was wounded in a shooting in Elmont on Sunday, Nassau County police said.",
        ("Elmont",),
        "New York",
    ),
    (
        "c18",
        "Man shot in Irondequoit",
        "https://www.whec.com/news/irondequoit-shooting/",
        "A man was shot in the Town of Irondequoit on Friday, police said.",
        ("Irondequoit",),
        "New York",
    ),
    (
        "c19",
        "Shooting in Baton Rouge",
        "https://www.wbrz.com/news/shooting/",
        "A man was shot on Plank Road in north Baton Rouge on Friday, police said.",
        ("Baton Rouge",),
        "Louisiana",
    ),
    (
        "c20",
        "Shooting in Ascension Parish",
        "https://www.wafb.com/2024/07/07/gonzales-shooting/",
        ("A man was shot in Gonzales on Saturday, the Ascension Parish Sheriff's Office said."),
        ("Gonzales",),
        "Louisiana",
    ),
    (
        "c21",
        "Shooting in Lake Charles",
        "https://www.kplctv.com/2024/05/05/shooting/",
        (
            "A man was shot on Broad Street in Lake Charles on Sunday, police said. The "
            "victim, of Sulphur, was in stable condition."
        ),
        ("Lake Charles",),
        "Louisiana",
    ),
    (
        "c22",
        "Shooting near Anchorage",
        "https://www.alaskasnewssource.com/2024/06/06/eagle-river-shooting/",
        "A man was shot in Eagle River on Thursday, Anchorage police said.",
        ("Eagle River",),
        "Alaska",
    ),
    (
        "c23",
        "Shooting in Norfolk",
        "https://www.wavy.com/news/local-news/norfolk/shooting/",
        "A Virginia Beach man was shot in Norfolk on Saturday, Norfolk police said.",
        ("Norfolk",),
        "Virginia",
    ),
    (
        "c24",
        "Shooting in Newport News",
        "https://www.dailypress.com/2024/06/06/newport-news-shooting",
        "A man from Hampton was shot in Newport News on Thursday night, police said.",
        ("Newport News",),
        "Virginia",
    ),
    (
        "c25",
        "Shooting in Lynchburg",
        "https://www.newsadvance.com/news/local/crime/lynchburg-shooting/article_x.html",
        ("A man was shot in Lynchburg on Friday and taken to a hospital in Roanoke, police said."),
        ("Lynchburg",),
        "Virginia",
    ),
    (
        "c26",
        "Shooting in Florence",
        "https://www.kentucky.com/news/local/crime/article123.html",
        "FLORENCE, Ky. — A man was shot outside a bar on Saturday, Florence police said.",
        ("Florence",),
        "Kentucky",
    ),
    (
        "c27",
        "Man shot in Marion",
        "https://www.wthr.com/article/news/crime/marion-shooting/531-x",
        "A man was shot in Marion on Saturday, Marion police said.",
        ("Marion",),
        "Indiana",
    ),
    (
        "c28",
        "Shooting in Columbia",
        "https://www.wistv.com/2024/05/05/shooting/",
        "A man was shot in Columbia on Sunday, Columbia police said.",
        ("Columbia",),
        "South Carolina",
    ),
    (
        "c29",
        "Man shot in Auburn",
        "https://www.oanow.com/news/local/crime/auburn-shooting/article_x.html",
        "A man was shot in Auburn on Friday, Auburn police said.",
        ("Auburn",),
        "Alabama",
    ),
    (
        "c30",
        "Shooting",
        "https://www.apnews.com/article/shooting-yz1",
        ("BILLINGS, Mont. (AP) — A man was shot and killed Saturday outside a bar, police said."),
        ("Billings",),
        "Montana",
    ),
    (
        "c31",
        "Shooting",
        "https://www.apnews.com/article/shooting-yz2",
        "CHEYENNE, Wyo. (AP) — A man was wounded in a shooting Sunday, police said.",
        ("Cheyenne",),
        "Wyoming",
    ),
    (
        "c32",
        "Shooting",
        "https://www.apnews.com/article/shooting-yz3",
        (
            "BURLINGTON, Vt. (AP) — A man was shot on Saturday in the city's Old North End, "
            "police said."
        ),
        ("Burlington",),
        "Vermont",
    ),
    (
        "c33",
        "Shooting",
        "https://www.apnews.com/article/shooting-yz4",
        "Police in Aberdeen, S.D., said a man was shot on Friday night.",
        ("Aberdeen",),
        "South Dakota",
    ),
    (
        "c34",
        "Shooting",
        "https://www.apnews.com/article/shooting-yz5",
        "A man was shot Saturday in Portland, Ore., police said.",
        ("Portland",),
        "Oregon",
    ),
    (
        "c35",
        "Shooting",
        "https://www.apnews.com/article/shooting-yz6",
        "A man was shot and killed in Vancouver, Wash., on Saturday, police said.",
        ("Vancouver",),
        "Washington",
    ),
    (
        "d1",
        "Shooting",
        "https://www.pennlive.com/news/2024/06/shooting.html",
        ("HARRISBURG — A man was shot and wounded Saturday in nearby Steelton, police said."),
        ("Steelton",),
        "Pennsylvania",
    ),
    (
        "d2",
        "Shooting",
        "https://www.cleveland.com/crime/2024/06/shooting.html",
        ("A man was killed Sunday in neighboring East Cleveland after an argument, police said."),
        ("East Cleveland",),
        "Ohio",
    ),
    (
        "d3",
        "Man shot at a Dearborn gas station",
        "https://www.fox2detroit.com/news/dearborn-shooting",
        "A Detroit man was shot at a Dearborn gas station on Saturday, police said.",
        ("Dearborn",),
        "Michigan",
    ),
    (
        "d4",
        "Shooting",
        "https://www.wsbtv.com/news/local/shooting/abc/",
        (
            "An Atlanta man was shot and killed at a Decatur convenience store Friday night, "
            "DeKalb County police said."
        ),
        ("Decatur",),
        "Georgia",
    ),
    (
        "d5",
        "Man shot in Cheltenham",
        "https://www.inquirer.com/news/cheltenham-shooting-20240606.html",
        "A man was shot in Cheltenham Township on Thursday, township police said.",
        ("Cheltenham", "Cheltenham Township"),
        "Pennsylvania",
    ),
    (
        "d6",
        "Shooting in Abington",
        "https://www.inquirer.com/news/abington-shooting-20240707.html",
        "A teenager was shot in Abington Township on Sunday, police said.",
        ("Abington", "Abington Township"),
        "Pennsylvania",
    ),
    (
        "d7",
        "Shooting in Hamilton Township",
        "https://www.nj.com/mercer/2024/05/hamilton-shooting.html",
        "A man was shot outside a home in Hamilton Township on Sunday, police said.",
        ("Hamilton", "Hamilton Township"),
        "New Jersey",
    ),
    (
        "d8",
        "Shooting",
        "https://www.example-news.com/2024/05/shooting",
        (
            "A Camden, N.J., man was shot and killed in Philadelphia's Kensington section on "
            "Saturday, police said."
        ),
        ("Philadelphia",),
        "Pennsylvania",
    ),
    (
        "d9",
        "Shooting",
        "https://www.example-news.com/2024/05/shooting2",
        ("A man was shot in the Germantown section of Philadelphia on Saturday, police said."),
        ("Philadelphia",),
        "Pennsylvania",
    ),
    (
        "d10",
        "Shooting",
        "https://www.wtop.com/local/2024/05/shooting/",
        "Fairfax County police said a man was shot in the Springfield area on Saturday.",
        ("Springfield",),
        "Virginia",
    ),
    (
        "d11",
        "Shooting in Portsmouth",
        "https://www.wmur.com/article/portsmouth-shooting/1",
        "PORTSMOUTH, N.H. — A man was shot on Saturday night, police said.",
        ("Portsmouth",),
        "New Hampshire",
    ),
    (
        "d12",
        "Shooting in Concord",
        "https://www.concordmonitor.com/shooting-2024",
        "A man was wounded in a shooting in Concord on Saturday, Concord police said.",
        ("Concord",),
        "New Hampshire",
    ),
    (
        "d13",
        "Shooting in Salem",
        "https://www.statesmanjournal.com/story/news/crime/2024/05/05/salem-shooting",
        "A man was shot in northeast Salem on Saturday, Salem police said.",
        ("Salem",),
        "Oregon",
    ),
    (
        "d14",
        "Man shot in Salem",
        "https://www.salemnews.com/news/salem-shooting/article_x.html",
        "A man was shot on Lafayette Street in Salem on Saturday, police said.",
        ("Salem",),
        "Massachusetts",
    ),
    (
        "d15",
        "Shooting in Jamestown",
        "https://www.post-journal.com/news/2024/05/shooting/",
        "A man was shot in Jamestown on Saturday, Jamestown police said.",
        ("Jamestown",),
        "New York",
    ),
    (
        "d16",
        "Shooting",
        "https://www.example-news.com/2024/05/shooting3",
        "A Harrisburg, Pa., man was shot Saturday in Baltimore, police said.",
        ("Baltimore",),
        "Maryland",
    ),
    (
        "d17",
        "Shooting",
        "https://www.example-news.com/2024/05/shooting4",
        (
            "A man was shot Saturday in Gary, Ind., police said. He was taken to a hospital "
            "in Chicago."
        ),
        ("Gary",),
        "Indiana",
    ),
    (
        "d18",
        "Shooting",
        "https://www.example-news.com/2024/05/shooting5",
        (
            "A man from Covington, Ky., was shot Saturday in Cincinnati's Over-the-Rhine "
            "neighborhood, police said."
        ),
        ("Cincinnati", "Over-the-Rhine"),
        "Ohio",
    ),
    (
        "d19",
        "Shooting in East St. Louis",
        "https://www.bnd.com/news/local/crime/article1.html",
        ("A man was shot and killed in East St. Louis on Saturday, Illinois State Police said."),
        ("East Saint Louis",),
        "Illinois",
    ),
    (
        "d20",
        "Shooting in Kansas City, Kan.",
        "https://www.kansascity.com/news/local/crime/article2.html",
        "A man was shot in Kansas City, Kan., on Saturday, police said.",
        ("Kansas City",),
        "Kansas",
    ),
    (
        "d21",
        "Shooting",
        "https://www.wlky.com/article/shooting/1",
        (
            "A man was shot in Jeffersonville, Ind., across the river from Louisville, on "
            "Saturday, police said."
        ),
        ("Jeffersonville",),
        "Indiana",
    ),
    (
        "d22",
        "Shooting",
        "https://www.wsmv.com/2024/05/05/shooting/",
        "A man was shot in Antioch on Saturday, Metro Nashville police said.",
        ("Nashville", "Antioch"),
        "Tennessee",
    ),
    (
        "d23",
        "Shooting",
        "https://www.kcra.com/article/shooting/2",
        (
            "A man was shot in the unincorporated community of North Highlands on Saturday, "
            "Sacramento County deputies said."
        ),
        ("North Highlands",),
        "California",
    ),
    (
        "d24",
        "Shooting",
        "https://www.abc15.com/news/crime/shooting",
        (
            "A man was shot in Guadalupe, a small town between Tempe and Phoenix, on "
            "Saturday, deputies said."
        ),
        ("Guadalupe",),
        "Arizona",
    ),
    (
        "d25",
        "Shooting",
        "https://www.ksat.com/news/local/2024/05/05/shooting/",
        (
            "A man was shot in Converse, a suburb northeast of San Antonio, on Saturday, "
            "police said."
        ),
        ("Converse",),
        "Texas",
    ),
    (
        "d26",
        "Shooting",
        "https://www.wdrb.com/news/shooting/article_x.html",
        "A man was shot Saturday just south of Louisville in Shively, police said.",
        ("Shively",),
        "Kentucky",
    ),
    (
        "d27",
        "Shooting",
        "https://www.startribune.com/shooting/600",
        (
            "A man was shot in Brooklyn Center on Saturday, police said. The suburb borders "
            "Minneapolis."
        ),
        ("Brooklyn Center",),
        "Minnesota",
    ),
    (
        "d28",
        "Shooting",
        "https://www.startribune.com/shooting/601",
        ("A man was shot in the Powderhorn neighborhood of Minneapolis on Saturday, police said."),
        ("Minneapolis",),
        "Minnesota",
    ),
    (
        "d29",
        "Shots fired at Chester home",
        "https://www.wvec.com/article/news/crime/shooting/291-y",
        ("A man was shot at a home in Chester on Saturday, Chesterfield County police said."),
        ("Chester",),
        "Virginia",
    ),
    (
        "d30",
        "Man shot in Mechanicsville",
        "https://www.nbc12.com/2024/05/05/shooting/",
        ("A man was shot in Mechanicsville on Saturday, the Hanover County Sheriff's Office said."),
        ("Mechanicsville",),
        "Virginia",
    ),
    (
        "e1",
        "Bethel man shot in village",
        "https://www.ktoo.org/2024/05/05/shooting/",
        (
            "A man was shot in the village of Kwethluk on Saturday, Alaska State Troopers "
            "said. He was flown to Bethel and then to Anchorage."
        ),
        ("Kwethluk",),
        "Alaska",
    ),
    (
        "e2",
        "Shooting in Sterling",
        "https://www.peninsulaclarion.com/news/shooting/",
        (
            "A woman was shot at a home in Sterling on the Kenai Peninsula on Saturday, "
            "troopers said."
        ),
        ("Sterling",),
        "Alaska",
    ),
    (
        "e3",
        "Shooting in Ketchikan",
        "https://www.ketchikandailynews.com/news/shooting",
        (
            "KETCHIKAN — A man was wounded in a shooting downtown on Saturday, Ketchikan "
            "police said."
        ),
        ("Ketchikan",),
        "Alaska",
    ),
    (
        "e4",
        "Deputies investigate deadly shooting",
        "https://www.kalb.com/2024/05/05/shooting/",
        (
            "A man was shot and killed near Pineville on Saturday, the Rapides Parish "
            "Sheriff's Office said."
        ),
        ("Pineville",),
        "Louisiana",
    ),
    (
        "e5",
        "Man shot in Slidell",
        "https://www.nola.com/news/crime_police/slidell/article_y.html",
        (
            "A man was shot in Slidell on Saturday, Slidell police said. The suspect, a Pearl"
            " River man, was arrested."
        ),
        ("Slidell",),
        "Louisiana",
    ),
    (
        "e6",
        "Shooting in Thibodaux",
        "https://www.dailycomet.com/story/news/crime/2024/05/05/shooting",
        (
            "A teenager was shot in Thibodaux on Saturday and taken to a hospital in Houma, "
            "police said."
        ),
        ("Thibodaux",),
        "Louisiana",
    ),
    (
        "e7",
        "Shooting in Monroe",
        "https://www.knoe.com/2024/05/05/shooting/",
        ("A man was shot on Saturday in Monroe, police said. Ouachita Parish deputies assisted."),
        ("Monroe",),
        "Louisiana",
    ),
    (
        "e8",
        "Suspect from Ware arrested",
        "https://www.telegram.com/story/news/crime/2024/05/05/shooting",
        (
            "A man from Ware was arrested after a shooting in Palmer that wounded a woman on "
            "Saturday, police said."
        ),
        ("Palmer",),
        "Massachusetts",
    ),
    (
        "e9",
        "Shooting in Holyoke",
        "https://www.masslive.com/holyoke/2024/05/shooting.html",
        (
            "HOLYOKE — A man was shot on Saturday and taken to Baystate Medical Center in "
            "Springfield, police said."
        ),
        ("Holyoke",),
        "Massachusetts",
    ),
    (
        "e10",
        "Shooting in Brattleboro",
        "https://www.reformer.com/local-news/shooting",
        ("BRATTLEBORO — A man was shot at an apartment on Saturday, Brattleboro police said."),
        ("Brattleboro",),
        "Vermont",
    ),
    (
        "e11",
        "Shooting in Derry",
        "https://www.eagletribune.com/news/new_hampshire/derry-shooting/article_y.html",
        "A man was shot in Derry, N.H., on Saturday, police said.",
        ("Derry",),
        "New Hampshire",
    ),
    (
        "e12",
        "Shooting in Auburn",
        "https://www.sunjournal.com/2024/05/05/auburn-shooting/",
        (
            "A man was shot in Auburn on Saturday, Auburn police said. Auburn sits across the"
            " river from Lewiston."
        ),
        ("Auburn",),
        "Maine",
    ),
    (
        "e13",
        "Shooting in Pawtucket",
        "https://www.providencejournal.com/story/news/crime/2024/05/05/pawtucket",
        "A Providence man was shot in Pawtucket on Saturday, Pawtucket police said.",
        ("Pawtucket",),
        "Rhode Island",
    ),
    (
        "e14",
        "Shooting in New London",
        "https://www.theday.com/police-and-courts/20240505/shooting",
        (
            "A man was shot in New London on Saturday and taken to Lawrence + Memorial "
            "Hospital, police said."
        ),
        ("New London",),
        "Connecticut",
    ),
    (
        "e15",
        "Shooting in Meriden",
        "https://www.myrecordjournal.com/news/meriden/shooting",
        (
            "A man was shot in Meriden on Saturday, police said. He was taken to a hospital "
            "in New Haven."
        ),
        ("Meriden",),
        "Connecticut",
    ),
    (
        "e16",
        "Shooting in Hempstead",
        "https://www.newsday.com/long-island/crime/uniondale-shooting-u1",
        (
            "A man was shot in Uniondale on Saturday, Nassau County police said. He was taken"
            " to Nassau University Medical Center in East Meadow."
        ),
        ("Uniondale",),
        "New York",
    ),
    (
        "e17",
        "Shooting in Central Islip",
        "https://www.newsday.com/long-island/crime/central-islip-shooting-c2",
        "A man was shot in Central Islip on Saturday, Suffolk County police said.",
        ("Central Islip",),
        "New York",
    ),
    (
        "e18",
        "Shooting in Schenectady",
        "https://www.dailygazette.com/news/shooting",
        "A man was shot on Hamilton Street in Schenectady on Saturday, police said.",
        ("Schenectady",),
        "New York",
    ),
    (
        "e19",
        "Shooting in Utica",
        "https://www.uticaod.com/story/news/crime/2024/05/05/shooting",
        "A man was shot in Utica on Saturday, Utica police said.",
        ("Utica",),
        "New York",
    ),
    (
        "e20",
        "Shooting in Camden",
        "https://www.courierpostonline.com/story/news/crime/2024/05/05/camden",
        ("A Pennsauken man was shot in Camden on Saturday, the Camden County prosecutor said."),
        ("Camden",),
        "New Jersey",
    ),
    (
        "e21",
        "Shooting in Chester",
        "https://www.delcotimes.com/2024/05/05/chester-shooting2",
        (
            "A man was shot Saturday in Chester and taken to a hospital in Philadelphia, "
            "Chester police said."
        ),
        ("Chester",),
        "Pennsylvania",
    ),
    (
        "e22",
        "Shooting in Coatesville",
        "https://www.dailylocal.com/2024/05/05/coatesville-shooting",
        (
            "A man was shot in Coatesville on Saturday, police said. He was flown to a "
            "Philadelphia hospital."
        ),
        ("Coatesville",),
        "Pennsylvania",
    ),
    (
        "e23",
        "Shooting in Pontiac",
        "https://www.theoaklandpress.com/2024/05/05/pontiac-shooting",
        "A man was shot in Pontiac on Saturday, the Oakland County Sheriff's Office said.",
        ("Pontiac",),
        "Michigan",
    ),
    (
        "e24",
        "Shooting in Benton Harbor",
        "https://www.wsbt.com/news/local/benton-harbor-shooting",
        (
            "A man was shot in Benton Harbor on Saturday, police said. Benton Harbor is "
            "across the river from St. Joseph."
        ),
        ("Benton Harbor",),
        "Michigan",
    ),
    (
        "e25",
        "Shooting in Newport News",
        "https://www.wavy.com/news/local-news/newport-news/shooting/",
        "A man was shot in the city's East End on Saturday, Newport News police said.",
        ("Newport News",),
        "Virginia",
    ),
    (
        "e26",
        "Shooting in Fredericksburg",
        "https://www.fredericksburg.com/news/local/crime/shooting/article_x.html",
        (
            "A man was shot in the city of Fredericksburg on Saturday, police said. A "
            "Stafford County man was arrested."
        ),
        ("Fredericksburg",),
        "Virginia",
    ),
    (
        "e27",
        "Shooting in Winchester",
        "https://www.winchesterstar.com/news/shooting/",
        (
            "A man was shot in Winchester on Saturday, Winchester police said. Frederick "
            "County deputies assisted."
        ),
        ("Winchester",),
        "Virginia",
    ),
    (
        "e28",
        "Shooting in Lexington",
        "https://www.wkyt.com/2024/05/05/shooting/",
        "A man was shot in Lexington on Saturday, police said.",
        ("Lexington",),
        "Kentucky",
    ),
    (
        "e29",
        "Shooting in Columbus",
        "https://www.wtvm.com/2024/05/05/shooting/",
        "A man was shot in Columbus on Saturday, Columbus police said.",
        ("Columbus",),
        "Georgia",
    ),
    (
        "e30",
        "Shooting in Jackson",
        "https://www.jacksonsun.com/story/news/crime/2024/05/05/shooting",
        "A man was shot in Jackson on Saturday, Jackson police said.",
        ("Jackson",),
        "Tennessee",
    ),
    (
        "f1",
        "Springfield, Ill., man shot",
        "https://www.example-news.com/2024/05/f1",
        (
            "A man was shot on the city's east side on Saturday, police said. He is in stable"
            " condition."
        ),
        ("Springfield",),
        "Illinois",
    ),
    (
        "f2",
        "Man shot in Portland, Maine",
        "https://www.example-news.com/2024/05/f2",
        "A man was shot on Saturday night near Congress Street, police said.",
        ("Portland",),
        "Maine",
    ),
    (
        "f3",
        "Shooting",
        "https://www.wrcbtv.com/story/shooting/",
        (
            "A man was shot in Cleveland on Saturday, Cleveland police said. Bradley County "
            "deputies assisted."
        ),
        ("Cleveland",),
        "Tennessee",
    ),
    (
        "f4",
        "Shooting",
        "https://www.example-news.com/2024/05/f4",
        "A man was shot Saturday in Columbia, Mo., police said.",
        ("Columbia",),
        "Missouri",
    ),
    (
        "f5",
        "Shooting in Hope",
        "https://www.hopestar.com/news/shooting",
        ("A man was shot in Hope on Saturday, police said. Hope is the seat of Hempstead County."),
        ("Hope",),
        "Arkansas",
    ),
    (
        "f6",
        "Officer Warren shot suspect",
        "https://www.wbir.com/article/news/crime/knoxville-shooting/51-x",
        (
            "Knoxville police Officer Troy Warren shot a man who fired at officers on "
            "Saturday, police said."
        ),
        ("Knoxville",),
        "Tennessee",
    ),
    (
        "f7",
        "Shooting",
        "https://www.wsoctv.com/news/local/shooting-gastonia/",
        (
            "A man was shot in Gastonia on Saturday. Sgt. Marion Lincoln of the Gastonia "
            "Police Department said the victim would survive."
        ),
        ("Gastonia",),
        "North Carolina",
    ),
    (
        "f8",
        "Shooting",
        "https://www.example-news.com/2024/05/f8",
        "A man was shot Saturday in Enid, Okla., police said.",
        ("Enid",),
        "Oklahoma",
    ),
    (
        "f9",
        "Shooting",
        "https://www.example-news.com/2024/05/f9",
        "A man was shot Saturday in Tupelo, Miss., police said.",
        ("Tupelo",),
        "Mississippi",
    ),
    (
        "f10",
        "Shooting",
        "https://www.example-news.com/2024/05/f10",
        "A man was shot Saturday in Fargo, N.D., police said.",
        ("Fargo",),
        "North Dakota",
    ),
    (
        "f11",
        "Shooting",
        "https://www.example-news.com/2024/05/f11",
        "A man was shot Saturday in Dothan, Ala., police said.",
        ("Dothan",),
        "Alabama",
    ),
    (
        "f12",
        "Shooting",
        "https://www.example-news.com/2024/05/f12",
        "A man was shot Saturday in Pine Bluff, Ark., police said.",
        ("Pine Bluff",),
        "Arkansas",
    ),
    (
        "f13",
        "Shooting",
        "https://www.example-news.com/2024/05/f13",
        "A man was shot Saturday in Rapid City, S.D., police said.",
        ("Rapid City",),
        "South Dakota",
    ),
    (
        "f14",
        "Shooting",
        "https://www.example-news.com/2024/05/f14",
        "A man was shot Saturday in Wheeling, W.Va., police said.",
        ("Wheeling",),
        "West Virginia",
    ),
    (
        "f15",
        "Shooting",
        "https://www.example-news.com/2024/05/f15",
        "A man was shot Saturday in Carson City, Nev., police said.",
        ("Carson City",),
        "Nevada",
    ),
    (
        "f16",
        "Shooting",
        "https://www.example-news.com/2024/05/f16",
        "A man was shot Saturday in Topeka, Kan., police said.",
        ("Topeka",),
        "Kansas",
    ),
    (
        "f17",
        "Shooting",
        "https://www.example-news.com/2024/05/f17",
        "A man was shot Saturday in Salisbury, Md., police said.",
        ("Salisbury",),
        "Maryland",
    ),
    (
        "f18",
        "Shooting",
        "https://www.example-news.com/2024/05/f18",
        "A man was shot Saturday in Kenosha, Wis., police said.",
        ("Kenosha",),
        "Wisconsin",
    ),
    (
        "f19",
        "Shooting",
        "https://www.example-news.com/2024/05/f19",
        "A man was shot Saturday in Pueblo, Colo., police said.",
        ("Pueblo",),
        "Colorado",
    ),
    (
        "f20",
        "Shooting",
        "https://www.example-news.com/2024/05/f20",
        "A man was shot Saturday in Yakima, Wash., police said.",
        ("Yakima",),
        "Washington",
    ),
    (
        "f21",
        "Shooting near Lake Charles",
        "https://www.example-news.com/2024/05/f21",
        (
            "A man was shot near Westlake, La., on Saturday, the Calcasieu Parish Sheriff's "
            "Office said."
        ),
        ("Westlake",),
        "Louisiana",
    ),
    (
        "f22",
        "Shooting",
        "https://www.example-news.com/2024/05/f22",
        "A man was shot Saturday outside a bar in Bristol, Tenn., police said.",
        ("Bristol",),
        "Tennessee",
    ),
    (
        "f23",
        "Shooting",
        "https://www.example-news.com/2024/05/f23",
        "A man was shot Saturday in Texarkana, Ark., police said.",
        ("Texarkana",),
        "Arkansas",
    ),
    (
        "f24",
        "Shooting",
        "https://www.example-news.com/2024/05/f24",
        "A Cherry Hill, N.J., man was shot Saturday in Wilmington, Del., police said.",
        ("Wilmington",),
        "Delaware",
    ),
    (
        "f25",
        "Deputies: man shot",
        "https://www.example-news.com/2024/05/f25",
        ("A man was shot Saturday in the Lakewood area of Pierce County, Wash., deputies said."),
        ("Lakewood",),
        "Washington",
    ),
    (
        "f26",
        "Shooting",
        "https://www.example-news.com/2024/05/f26",
        (
            "A man was shot Saturday at a home outside Lumberton, N.C., the Robeson County "
            "Sheriff's Office said."
        ),
        ("Lumberton",),
        "North Carolina",
    ),
    (
        "f27",
        "Shooting",
        "https://www.example-news.com/2024/05/f27",
        "A man was shot Saturday in the town of Union, Mo., police said.",
        ("Union",),
        "Missouri",
    ),
    (
        "f28",
        "Shooting",
        "https://www.example-news.com/2024/05/f28",
        ("A man was shot Saturday in Justice, Ill., a village southwest of Chicago, police said."),
        ("Justice",),
        "Illinois",
    ),
    (
        "f29",
        "Shooting",
        "https://www.example-news.com/2024/05/f29",
        "A man was shot Saturday in Industry, Pa., police said.",
        ("Industry",),
        "Pennsylvania",
    ),
    (
        "f30",
        "Shooting",
        "https://www.example-news.com/2024/05/f30",
        "A woman was shot Saturday in Commerce City, just north of Denver, police said.",
        ("Commerce City",),
        "Colorado",
    ),
]

# the rows still missed, and why
MISSED = {
    "tw9": "Lower Merion's USPS row needs its county or state named (an outlet the list "
    "lacks): Ardmore is read alone",
    "b28": "an outlet the list lacks: Alexandria alone is Egypt's",
    "c22": "Eagle River is written as Anchorage, the municipality it lies in",
}


@pytest.fixture(scope="module")
def events() -> dict[str, Event]:
    return table_events(PROBES, published="2024-06-10T12:00:00Z")


@pytest.mark.parametrize(("pid", "towns", "state"), probe_params(PROBES, MISSED, (4, 5)))
def test_a_report_is_placed_in_its_town(
    events: dict[str, Event], pid: str, towns: tuple[str, ...], state: str
) -> None:
    assert_placed(events[pid], towns, state)


def _one(text: str, url: str = "https://www.example.com/news/a-shooting") -> Event:
    return analysed_event(text, title="Shooting", url=url, published="2024-06-10T12:00:00Z")


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # "nearby", "neighboring", "suburban" between "in" and the name: the town is the scene
        (
            "SCRANTON, Pa. — A man was shot and killed Friday in nearby Dunmore, police said.",
            "Dunmore",
        ),
        (
            "AKRON, Ohio — A man was shot and killed Friday in neighboring Barberton, police said.",
            "Barberton",
        ),
        ("DENVER — A man was shot Friday in suburban Aurora, police said.", "Aurora"),
    ],
)
def test_a_town_said_to_lie_nearby_is_the_scene_not_the_dateline(text: str, location: str) -> None:
    assert _one(text).location == location


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        # a township's name is a US town's, whatever bigger namesake lies abroad
        (
            "A man was shot in Cheltenham Township on Saturday, police said.",
            "Cheltenham",
            "Pennsylvania",
        ),
        # (Myanmar's townships keep their reading: no US town bears the name)
        ("Soldiers raided a village in Hlaingthaya Township on Sunday.", "Hlaingthaya", "Yangon"),
    ],
)
def test_a_township_is_a_us_town(text: str, location: str, admin1: str) -> None:
    ev = _one(text)
    assert (ev.location, ev.admin1) == (location, admin1)


def test_hamilton_township_is_no_district_of_new_zealand() -> None:
    assert _one("A man was shot in Hamilton Township on Sunday, police said.").country == (
        "United States"
    )


@pytest.mark.parametrize(
    ("text", "url", "location"),
    [
        # the town said of a site ("a Monroeville shopping center") beats the home town before
        # "man" in the same sentence, as "in Monroeville" does; a site's kind may be two words
        (
            "A Pittsburgh man was shot at a Monroeville shopping center on Saturday, police said.",
            "https://www.post-gazette.com/local/east/2024/06/08/shooting",
            "Monroeville",
        ),
        (
            "A Dallas man was shot at a Garland convenience store early Sunday, police said.",
            "https://www.wfaa.com/article/news/crime/shooting/287-x",
            "Garland",
        ),
        # (the scene said with "in" still beats a home town said of no site)
        (
            "A Garland man was shot in Dallas early Sunday, police said.",
            "https://www.wfaa.com/article/news/crime/shooting/287-x",
            "Dallas",
        ),
    ],
)
def test_a_sites_town_beats_a_home_town(text: str, url: str, location: str) -> None:
    assert _one(text, url).location == location


@pytest.mark.parametrize(
    "text",
    [
        # a neighbourhood GeoNames keeps as a town is still the big city's part the text says
        "Two men were wounded in the Indian Orchard neighborhood of Springfield, police said.",
        "Two men were wounded in the Indian Orchard section of Springfield, police said.",
    ],
)
def test_a_named_part_of_a_big_city_is_written_as_the_city(text: str) -> None:
    ev = _one(text, "https://www.masslive.com/springfield/2024/06/two-hurt.html")
    assert (ev.location, ev.admin1) == ("Springfield", "Massachusetts")


def test_a_village_section_of_a_small_town_stays_itself() -> None:
    ev = _one("A man was shot in the Turners Falls section of Montague on Saturday.")
    assert ev.location == "Turners Falls"


def test_a_hospital_in_a_nearby_town_is_no_scene() -> None:
    # "nearby" read past (`_past_neighbour_word`) still leaves "a hospital in" before the name
    ev = _one(
        "Gunfire broke out Sunday in the parking lot of a club in Caruthersville, a small town "
        "in Missouri. One man died later at a hospital in nearby Hayti, Missouri, hours later. Two "
        "others are at the Hayti hospital.",
        "https://www.wpsdlocal6.com/story/1-dead-in-shooting",
    )
    assert ev.location == "Caruthersville"
