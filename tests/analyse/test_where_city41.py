"""analyse/where: invented US local-news reports that tell a shooting with a bare passive verb
("A woman was shot Sunday in Urbandale", "was shot and killed", "was gunned down", "was hit by
gunfire", "was struck by a bullet") under a metro city's or county seat's dateline, the
shooting in a nearby town or suburb (h-city41); and controls whose other town is a home, a
hospital, a vigil's or a court's, or whose verb is "shot in the leg" or "shot at".

`counts` finds no toll in a bare "was shot", so the sentence was no harm sentence when `where`
read it and the town it names got no scene weight over the dateline's city
(`event_place._passive_harm_sentences` now reads the passive verb). Sentences written here; the
places and outlets are real, the events invented. On main (7e64790): 47 of 60 right; here 53.
"""

from __future__ import annotations

import pytest

from newsfold.analyse.nlp import get_nlp
from newsfold.analyse.where.event_place import _is_passive_harm

from .where_helpers import probe_table

# (id, headline, address, text, the town, the state)
PROBES: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    (
        "b1",
        "Woman shot",
        "https://www.kcci.com/article/woman-shot-sunday-9/",
        (
            "DES MOINES, Iowa - A woman was shot Sunday in Urbandale, police said. Officers found"
            " her near a gas station on Douglas Avenue. She was taken to a hospital."
        ),
        ("Urbandale",),
        "Iowa",
    ),
    (
        "b2",
        "Man shot overnight",
        "https://www.kare11.com/article/news/man-shot-overnight/",
        (
            "MINNEAPOLIS - A man was shot early Saturday in Brooklyn Park, according to police. "
            "Investigators said the man was found outside an apartment building on 85th Avenue."
        ),
        ("Brooklyn Park",),
        "Minnesota",
    ),
    (
        "b3",
        "Teen shot",
        "https://www.wsbtv.com/news/local/teen-shot-friday/",
        (
            "ATLANTA - A 16-year-old was shot Friday night in Decatur, officers said. The teen "
            "was driven to a hospital by a relative. No one has been arrested."
        ),
        ("Decatur",),
        "Georgia",
    ),
    (
        "b4",
        "Man gunned down",
        "https://www.fox2detroit.com/news/man-gunned-down-2/",
        (
            "DETROIT - A man was gunned down Tuesday evening in Southfield, police said. Officers"
            " arrived to find him in a parking lot off Telegraph Road. He died at the scene."
        ),
        ("Southfield",),
        "Michigan",
    ),
    (
        "b5",
        "Two shot",
        "https://www.kmov.com/news/two-shot-weekend/",
        (
            "ST. LOUIS - Two men were shot Saturday in Florissant, police said. Both men went to "
            "a hospital; neither wound looked grave."
        ),
        ("Florissant",),
        "Missouri",
    ),
    (
        "b6",
        "Man shot and killed",
        "https://www.wlwt.com/article/man-shot-and-killed-6/",
        (
            "CINCINNATI - A man was shot and killed Monday in Norwood, police said. Officers "
            "found him on Montgomery Road shortly after 9 p.m."
        ),
        ("Norwood",),
        "Ohio",
    ),
    (
        "b7",
        "Driver hit by gunfire",
        "https://www.click2houston.com/news/local/driver-hit-by-gunfire/",
        (
            "HOUSTON - A driver was hit by gunfire Wednesday in Pasadena, police said. The man "
            "told officers someone fired at his pickup from another vehicle on Spencer Highway."
        ),
        ("Pasadena",),
        "Texas",
    ),
    (
        "b8",
        "Woman struck by bullet",
        "https://www.wral.com/story/woman-struck-by-bullet/",
        (
            "RALEIGH, N.C. - A woman was struck by a bullet late Thursday in Garner, police said."
            " She was sitting on her porch when shots rang out, officers said."
        ),
        ("Garner",),
        "North Carolina",
    ),
    (
        "b9",
        "Man shot",
        "https://www.kvue.com/article/news/local/man-shot-7/",
        (
            "AUSTIN, Texas - A man was shot Sunday morning in Pflugerville, according to police. "
            "Investigators said the shooting followed an argument at a home on Pecan Street."
        ),
        ("Pflugerville",),
        "Texas",
    ),
    (
        "b10",
        "Teen shot",
        "https://www.9news.com/article/news/crime/teen-shot-3/",
        (
            "DENVER - A teenager was shot Tuesday afternoon in Aurora, police said. The boy was "
            "found near a bus stop on East Colfax Avenue and taken to a hospital."
        ),
        ("Aurora",),
        "Colorado",
    ),
    (
        "b11",
        "Man shot",
        "https://www.azfamily.com/news/man-shot-mesa/",
        (
            "PHOENIX - A man was shot late Friday in Mesa, police said. Officers found him in the"
            " parking lot of a shopping center on Main Street."
        ),
        ("Mesa",),
        "Arizona",
    ),
    (
        "b12",
        "Woman gunned down",
        "https://www.wtae.com/article/woman-gunned-down/",
        (
            "PITTSBURGH - A woman was gunned down early Sunday in McKeesport, Allegheny County "
            "police said. She died at the scene on Walnut Street."
        ),
        ("McKeesport",),
        "Pennsylvania",
    ),
    (
        "b13",
        "Man shot",
        "https://www.ksdk.com/article/news/crime/man-shot-11/",
        (
            "ST. LOUIS - A man was shot Wednesday night in Ferguson, police said. The victim was "
            "taken to a hospital in St. Louis, where he was listed in stable condition."
        ),
        ("Ferguson",),
        "Missouri",
    ),
    (
        "b14",
        "Two men shot",
        "https://www.wbaltv.com/article/two-men-shot-2/",
        (
            "BALTIMORE - Two men were shot Saturday night in Dundalk, Baltimore County police "
            "said. Officers found them outside a store on Merritt Boulevard."
        ),
        ("Dundalk",),
        "Maryland",
    ),
    (
        "b15",
        "Teen shot and killed",
        "https://www.wcvb.com/article/teen-shot-and-killed/",
        (
            "BOSTON - A teenager was shot and killed Friday in Brockton, police said. The boy was"
            " found on Main Street and died at a hospital."
        ),
        ("Brockton",),
        "Massachusetts",
    ),
    (
        "b16",
        "Man shot",
        "https://www.kcra.com/article/man-shot-9/",
        (
            "SACRAMENTO, Calif. - A man was shot Monday evening in Citrus Heights, police said. "
            "He was found near a strip mall on Sunrise Boulevard."
        ),
        ("Citrus Heights",),
        "California",
    ),
    (
        "b17",
        "Woman shot",
        "https://www.wsmv.com/news/woman-shot-13/",
        (
            "NASHVILLE, Tenn. - A woman was shot Thursday in Murfreesboro, police said. Officers "
            "were investigating at an apartment complex on Middle Tennessee Boulevard."
        ),
        ("Murfreesboro",),
        "Tennessee",
    ),
    (
        "b18",
        "Man shot",
        "https://www.wfaa.com/article/news/crime/man-shot-5/",
        (
            "DALLAS - A man was shot early Saturday in Mesquite, police said. He was found in the"
            " parking lot of a bar on Town East Boulevard."
        ),
        ("Mesquite",),
        "Texas",
    ),
    (
        "b19",
        "Boy hit by gunfire",
        "https://www.wsoctv.com/news/local/boy-hit-by-gunfire/",
        (
            "CHARLOTTE, N.C. - A 10-year-old boy was hit by gunfire Sunday evening in Gastonia, "
            "police said. The boy was playing outside when someone fired from a passing car."
        ),
        ("Gastonia",),
        "North Carolina",
    ),
    (
        "b20",
        "Man shot",
        "https://www.kctv5.com/news/man-shot-8/",
        (
            "KANSAS CITY, Mo. - A man was shot Tuesday in Independence, police said. He was found"
            " on 23rd Street with wounds to his chest."
        ),
        ("Independence",),
        "Missouri",
    ),
    (
        "b21",
        "Woman shot",
        "https://www.wisn.com/article/woman-shot-12/",
        (
            "MILWAUKEE - A woman was shot late Saturday in West Allis, police said. Medics drove"
            " her to a hospital; she should recover."
        ),
        ("West Allis",),
        "Wisconsin",
    ),
    (
        "b22",
        "Man shot",
        "https://www.ksl.com/article/man-shot-14/",
        (
            "SALT LAKE CITY - A man was shot Friday evening in West Valley City, police said. "
            "Officers found him outside a convenience store on 3500 South."
        ),
        ("West Valley City",),
        "Utah",
    ),
    (
        "b23",
        "Two shot",
        "https://www.wkyc.com/article/news/crime/two-shot-4/",
        (
            "CLEVELAND - Two people were shot early Sunday in Euclid, police said. Both victims "
            "were taken to a hospital."
        ),
        ("Euclid",),
        "Ohio",
    ),
    (
        "b24",
        "Man shot in Gary",
        "https://www.nwitimes.com/news/local/man-shot-gary/",
        (
            "CROWN POINT, Ind. - A man was shot Monday in Gary, police said. He was found in an "
            "alley off Broadway."
        ),
        ("Gary",),
        "Indiana",
    ),
    (
        "b25",
        "Man shot",
        "https://www.wtol.com/article/news/crime/man-shot-10/",
        (
            "TOLEDO, Ohio - A man was shot late Wednesday in Sylvania, police said. Officers were"
            " called to a house on Main Street."
        ),
        ("Sylvania",),
        "Ohio",
    ),
    (
        "b26",
        "Teen struck by bullet",
        "https://www.wlky.com/article/teen-struck-by-bullet/",
        (
            "LOUISVILLE, Ky. - A teenager was struck by a bullet Saturday in Shively, police "
            "said. The teen was standing near a park on Dixie Highway."
        ),
        ("Shively",),
        "Kentucky",
    ),
    (
        "b27",
        "Man shot",
        "https://www.wfmz.com/news/area/man-shot-6/",
        (
            "ALLENTOWN, Pa. - A man was shot Thursday night in Bethlehem, police said. The man "
            "was found on East Fourth Street."
        ),
        ("Bethlehem",),
        "Pennsylvania",
    ),
    (
        "b28",
        "Woman shot",
        "https://www.kiro7.com/news/local/woman-shot-15/",
        (
            "SEATTLE - A woman was shot early Tuesday in Kent, police said. Officers found her at"
            " an apartment complex on James Street."
        ),
        ("Kent",),
        "Washington",
    ),
    (
        "b29",
        "Man shot",
        "https://www.fox13news.com/news/man-shot-16/",
        (
            "TAMPA, Fla. - A man was shot Sunday afternoon in Brandon, deputies said. He was "
            "found in a parking lot on Brandon Boulevard."
        ),
        ("Brandon",),
        "Florida",
    ),
    (
        "b30",
        "Man gunned down",
        "https://www.nola.com/news/crime/man-gunned-down-4/",
        (
            "NEW ORLEANS - A man was gunned down Friday night in Harvey, deputies said. He was "
            "found on Manhattan Boulevard and died at the scene."
        ),
        ("Harvey",),
        "Louisiana",
    ),
    (
        "b31",
        "Man shot",
        "https://www.kmbc.com/article/man-shot-17/",
        (
            "KANSAS CITY, Mo. - A man was shot Saturday in Raytown, police said. He was taken to "
            "a hospital in serious condition."
        ),
        ("Raytown",),
        "Missouri",
    ),
    (
        "b32",
        "Two shot",
        "https://www.wgal.com/article/two-shot-18/",
        (
            "HARRISBURG, Pa. - Two people were shot late Friday in Steelton, police said. Both "
            "were taken to a hospital."
        ),
        ("Steelton",),
        "Pennsylvania",
    ),
    # other passive shapes: found shot, shot multiple times, shot to death, fatally shot
    (
        "e1",
        "Man found shot",
        "https://www.kcci.com/article/man-found-shot-40/",
        (
            "DES MOINES, Iowa - A man was found shot Sunday in West Des Moines, police said. "
            "He was taken to a hospital."
        ),
        ("West Des Moines",),
        "Iowa",
    ),
    (
        "e2",
        "Woman shot multiple times",
        "https://www.wsbtv.com/news/local/woman-shot-multiple-times/",
        ("ATLANTA - A woman was shot multiple times Saturday in College Park, police said."),
        ("College Park",),
        "Georgia",
    ),
    (
        "e3",
        "Man shot to death",
        "https://www.fox2detroit.com/news/man-shot-to-death-41/",
        ("DETROIT - A man was shot to death Friday in Inkster, police said."),
        ("Inkster",),
        "Michigan",
    ),
    (
        "e4",
        "Teen fatally shot",
        "https://www.wtae.com/article/teen-fatally-shot-42/",
        ("PITTSBURGH - A teenager was fatally shot Monday in Wilkinsburg, police said."),
        ("Wilkinsburg",),
        "Pennsylvania",
    ),
    (
        "e5",
        "Two teens shot",
        "https://www.kmov.com/news/two-teens-shot-43/",
        (
            "ST. LOUIS - Two teenagers were shot Thursday evening in Jennings, according to "
            "St. Louis County police."
        ),
        ("Jennings",),
        "Missouri",
    ),
    (
        "e6",
        "Man shot while driving",
        "https://www.wfaa.com/article/news/crime/man-shot-while-driving/",
        (
            "DALLAS - A man was shot while driving Sunday in Irving, police said. He drove "
            "himself to a hospital."
        ),
        ("Irving",),
        "Texas",
    ),
    (
        "e7",
        "Girl hit by stray bullet",
        "https://www.wlwt.com/article/girl-hit-by-stray-bullet/",
        (
            "CINCINNATI - A 7-year-old girl was hit by a stray bullet Saturday night in "
            "Forest Park, police said."
        ),
        ("Forest Park",),
        "Ohio",
    ),
    (
        "e8",
        "Man shot",
        "https://www.kare11.com/article/news/man-shot-44/",
        (
            "ST. PAUL, Minn. - A man was shot Friday night in Maplewood, police said. "
            "Officers found him outside a home on White Bear Avenue."
        ),
        ("Maplewood",),
        "Minnesota",
    ),
    # controls: the other town is a home, a hospital, a vigil's or a court's; "shot in the
    # leg", "shot at"
    (
        "c1",
        "Man shot",
        "https://www.kcci.com/article/man-shot-19/",
        (
            "URBANDALE, Iowa - A man was shot in the leg Sunday, police said. Officers found him "
            "near a park on 70th Street."
        ),
        ("Urbandale",),
        "Iowa",
    ),
    (
        "c2",
        "Man shot",
        "https://www.wlwt.com/article/man-shot-20/",
        (
            "HAMILTON, Ohio - A man from Cincinnati was shot Monday, police said. Officers found "
            "him on Main Street."
        ),
        ("Hamilton",),
        "Ohio",
    ),
    (
        "c3",
        "Woman shot",
        "https://www.wsmv.com/news/woman-shot-21/",
        (
            "FRANKLIN, Tenn. - A woman was shot Saturday, police said. She was taken to a "
            "hospital in Nashville."
        ),
        ("Franklin",),
        "Tennessee",
    ),
    (
        "c4",
        "Vigil held for teen",
        "https://www.wsbtv.com/news/local/vigil-held-for-teen/",
        (
            "MARIETTA, Ga. - A teenager was shot Friday on Powder Springs Street, Marietta police"
            " said. Friends held a vigil for him Sunday in Smyrna."
        ),
        ("Marietta",),
        "Georgia",
    ),
    (
        "c5",
        "Man shot",
        "https://www.kare11.com/article/news/man-shot-22/",
        (
            "ST. PAUL, Minn. - A man was shot Tuesday on University Avenue, St. Paul police said."
            " A suspect appeared in court Wednesday in Minneapolis."
        ),
        (
            "St. Paul",
            "Saint Paul",
        ),
        "Minnesota",
    ),
    (
        "c6",
        "Man shot",
        "https://www.ksdk.com/article/news/crime/man-shot-23/",
        (
            "FLORISSANT, Mo. - A man was shot at a house on St. Catherine Street Saturday, "
            "Florissant police said. He was taken to a hospital in St. Louis."
        ),
        ("Florissant",),
        "Missouri",
    ),
    (
        "c7",
        "Woman shot",
        "https://www.9news.com/article/news/crime/woman-shot-24/",
        (
            "LAKEWOOD, Colo. - A woman was shot Thursday night, Lakewood police said. She was "
            "later flown to a hospital in Denver."
        ),
        ("Lakewood",),
        "Colorado",
    ),
    (
        "c8",
        "Man shot",
        "https://www.wfaa.com/article/news/crime/man-shot-25/",
        (
            "GARLAND, Texas - A man was shot in the arm Wednesday, police said. The man, who "
            "lives in Dallas, was found on Broadway Boulevard."
        ),
        ("Garland",),
        "Texas",
    ),
    (
        "c9",
        "Man shot and killed",
        "https://www.wtae.com/article/man-shot-and-killed-26/",
        (
            "PITTSBURGH - A man was shot and killed Sunday in the Homewood neighborhood, police "
            "said. He was a resident of Wilkinsburg."
        ),
        ("Pittsburgh",),
        "Pennsylvania",
    ),
    (
        "c10",
        "Teen shot",
        "https://www.kvue.com/article/news/local/teen-shot-27/",
        (
            "ROUND ROCK, Texas - A teenager was shot Friday, police said. The teen was taken to a"
            " hospital in Austin."
        ),
        ("Round Rock",),
        "Texas",
    ),
    (
        "c11",
        "Man shot",
        "https://www.wkyc.com/article/news/crime/man-shot-28/",
        (
            "AKRON, Ohio - A Barberton man was shot early Saturday on Main Street, Akron police "
            "said."
        ),
        ("Akron",),
        "Ohio",
    ),
    (
        "c12",
        "Shots fired at house",
        "https://www.wral.com/story/shots-fired-at-house/",
        (
            "CARY, N.C. - Someone fired shots at a house Monday night, police said. A woman was "
            "shot at the house but not hit. A man from Raleigh was later arrested."
        ),
        ("Cary",),
        "North Carolina",
    ),
    (
        "c13",
        "Man shot",
        "https://www.nwitimes.com/news/local/man-shot-29/",
        (
            "MERRILLVILLE, Ind. - A man was shot Saturday night and taken to a hospital in Gary, "
            "Merrillville police said. He was found outside a restaurant on Broadway."
        ),
        ("Merrillville",),
        "Indiana",
    ),
    (
        "c14",
        "Teen shot",
        "https://www.wlky.com/article/teen-shot-30/",
        (
            "JEFFERSONVILLE, Ind. - A teenager from Louisville was shot Friday, Jeffersonville "
            "police said. Officers found him near a park on Spring Street."
        ),
        ("Jeffersonville",),
        "Indiana",
    ),
    (
        "c15",
        "Man dies days after shooting",
        "https://www.kcci.com/article/man-dies-days-after-shooting/",
        (
            "ANKENY, Iowa - A man who was shot last week in Ankeny died Monday at a hospital in "
            "Des Moines, police said."
        ),
        ("Ankeny",),
        "Iowa",
    ),
    (
        "c16",
        "Woman shot",
        "https://www.wsmv.com/news/woman-shot-31/",
        (
            "GALLATIN, Tenn. - A woman was shot Sunday at a home on Hatten Street, Gallatin "
            "police said. A man was arrested later in Hendersonville."
        ),
        ("Gallatin",),
        "Tennessee",
    ),
    (
        "c17",
        "Man shot at",
        "https://www.fox2detroit.com/news/man-shot-at-32/",
        (
            "ROYAL OAK, Mich. - A man was shot at while driving Tuesday, Royal Oak police said. "
            "He was not hit. The suspect was arrested in Detroit."
        ),
        ("Royal Oak",),
        "Michigan",
    ),
    (
        "c18",
        "Vigil for slain teen",
        "https://www.wcvb.com/article/vigil-for-slain-teen/",
        (
            "QUINCY, Mass. - Family and friends gathered Sunday in Quincy for a teenager who was "
            "shot and killed last week on a street in Quincy. A vigil was also held in Braintree."
        ),
        ("Quincy",),
        "Massachusetts",
    ),
    (
        "c19",
        "Man shot in Evanston",
        "https://www.wgntv.com/news/man-shot-evanston/",
        (
            "CHICAGO - A man was shot Saturday in Evanston, police said. A relative in Skokie "
            "said he was a good father."
        ),
        ("Evanston",),
        "Illinois",
    ),
    (
        "c20",
        "Suspect in court",
        "https://www.wral.com/story/suspect-in-court-33/",
        (
            "DURHAM, N.C. - A man charged after a woman was shot in Durham appeared in court "
            "Monday in Hillsborough."
        ),
        ("Durham",),
        "North Carolina",
    ),
]

MISSED = {
    "b6": "Norwood, a town inside Cincinnati that the USPS list files under Cincinnati's "
    "name, under the city's dateline with bare police: still read as the city's part "
    "(h-city40's q9 class)",
    "b26": "Shively, a town inside Louisville's consolidated county, under the city's "
    "dateline with bare police: still read as the city's part",
    "b31": "Raytown (about 29,000 people, above `SMALL_POSTAL_TOWN`) under a Kansas City "
    "dateline with bare police: still read as the city's part",
    **{
        pid: "a suburb of 15,000 or fewer people that the USPS list files under the big "
        "city's own name, in the city's own county (College Park, Wilkinsburg), under the "
        "city's dateline with bare police: still read as the city's part"
        for pid in ("e2", "e4")
    },
}


events, test_probe_is_placed = probe_table(PROBES, MISSED)


@pytest.mark.parametrize(
    ("sentence", "verb", "harm"),
    [
        ("A woman was shot Sunday in Urbandale.", "shot", True),
        ("Two men were shot and killed in Norwood.", "shot", True),
        ("A man was gunned down in Southfield.", "gunned", True),
        ("A driver was hit by gunfire in Pasadena.", "hit", True),
        ("A man was found shot Sunday in West Des Moines.", "shot", True),
        ("A man was found dead in Garner.", "found", False),
        ("A woman was struck by a stray bullet in Garner.", "struck", True),
        ("A man was shot at while he drove home.", "shot", False),
        ("The house was shot up overnight.", "shot", False),
        ("A man was hit by a car in Garner.", "hit", False),
        ("Police shot the dog in Garner.", "shot", False),
    ],
)
def test_passive_harm_verb(sentence: str, verb: str, harm: bool) -> None:
    doc = get_nlp()(sentence)
    tok = next(t for t in doc if t.text == verb)
    assert _is_passive_harm(tok) is harm
