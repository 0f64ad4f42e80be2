"""analyse/where: invented US local-news reports of shootings at rural sites (h-city47).

A farmhouse, cabin, camp, ranch or trailer placed by a town in a sentence of its own ("The
farmhouse is four miles east of Wolfforth"), a lake or park placed so ("The lake is near
Stoughton"), a lake or park the gazetteer lacks, "the X community" or "the X area" of a rural
county, a state force's story about a town across a state line, and a neighbourhood with one
town's police named. The true town is the one a Gun Violence Archive coder would write.

Fixed here: the scene sentence's nouns take a rural dwelling or grounds and a lake or park
(`event_place._SCENE_TOLD_BEFORE`); a lake, reservoir, pond or park the gazetteer lacks is a
detail of the event's town, not a place to write (`city_parts._water_or_park`). Sentences
written here; the places and outlets are real, the events invented. On main (f766f97): 28 of
46 right; here 39.
"""

from __future__ import annotations

import pytest

from .where_helpers import probe_table

# (id, headline, address, text, the town, the state): s* a rural site placed by a town in a
# sentence of its own, c* "the X community" or "the X area", l* lakes and parks, p* a state
# force across a state line, n* a neighbourhood with a town's police, x* and k* controls
PROBES: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    (
        "s01",
        "Shooting under investigation",
        "https://www.example-news.com/s01/",
        (
            "LUBBOCK, Texas - A man was shot dead at a farmhouse on County Road 7300 late "
            "Saturday, Lubbock County deputies said. The farmhouse is four miles east of "
            "Wolfforth. Deputies arrested a neighbor."
        ),
        ("Wolfforth",),
        "Texas",
    ),
    (
        "s02",
        "Shooting under investigation",
        "https://www.example-news.com/s02/",
        (
            "JOPLIN, Mo. - Two people were wounded when someone fired into a cabin off "
            "Route 43 early Sunday, the sheriff's office said. The cabin is just north of "
            "Seneca, deputies said."
        ),
        ("Seneca",),
        "Missouri",
    ),
    (
        "s03",
        "Shooting under investigation",
        "https://www.example-news.com/s03/",
        (
            "BILLINGS, Mont. - A hunter was shot and killed at a camp on Sunday morning, "
            "deputies said. The camp is about six miles south of Roundup. The shooter fled "
            "on foot."
        ),
        ("Roundup",),
        "Montana",
    ),
    (
        "s04",
        "Shooting under investigation",
        "https://www.example-news.com/s04/",
        (
            "AMARILLO, Texas - A ranch hand was shot and wounded Tuesday night during an "
            "argument, the Potter County sheriff said. The ranch is west of Bushland along "
            "Interstate 40."
        ),
        ("Bushland",),
        "Texas",
    ),
    (
        "s05",
        "Shooting under investigation",
        "https://www.example-news.com/s05/",
        (
            "HUNTSVILLE, Ala. - A woman was killed at a trailer on Pine Ridge Road on "
            "Friday, the sheriff said. The trailer sits just outside Gurley, investigators "
            "said."
        ),
        ("Gurley",),
        "Alabama",
    ),
    (
        "s06",
        "Shooting under investigation",
        "https://www.example-news.com/s06/",
        (
            "MACON, Ga. - A teenager was shot at a mobile home on Saturday evening, "
            "deputies said. The mobile home is near Gray in Jones County."
        ),
        ("Gray",),
        "Georgia",
    ),
    (
        "s07",
        "Shooting under investigation",
        "https://www.example-news.com/s07/",
        (
            "TULSA, Okla. - A man died after being shot at a farmhouse on Friday night, "
            "deputies said. Deputies said the farmhouse is outside Mounds."
        ),
        ("Mounds",),
        "Oklahoma",
    ),
    (
        "s08",
        "Shooting under investigation",
        "https://www.example-news.com/s08/",
        (
            "SPOKANE, Wash. - One man was shot and killed at a cabin early Monday. The "
            "cabin was near Chattaroy, sheriff's deputies said."
        ),
        ("Chattaroy",),
        "Washington",
    ),
    (
        "s09",
        "Shooting under investigation",
        "https://www.example-news.com/s09/",
        (
            "ODESSA, Texas - A worker was shot and wounded at a ranch Tuesday, officials "
            "said. The ranch house is about 10 miles north of Gardendale."
        ),
        ("Gardendale",),
        "Texas",
    ),
    (
        "s10",
        "Shooting under investigation",
        "https://www.example-news.com/s10/",
        (
            "WICHITA, Kan. - A man was shot dead at his home on 5th Street late Friday, "
            "Wichita police said. Officers found him in the living room. No arrests were "
            "made."
        ),
        ("Wichita",),
        "Kansas",
    ),
    (
        "c01",
        "Shooting under investigation",
        "https://www.example-news.com/c01/",
        (
            "ELIZABETHTON, Tenn. - A man was shot and killed Sunday in the Hampton "
            "community, the Carter County Sheriff's Office said. Deputies found him outside "
            "a house."
        ),
        ("Hampton",),
        "Tennessee",
    ),
    (
        "c02",
        "Shooting under investigation",
        "https://www.example-news.com/c02/",
        (
            "JOHNSON CITY, Tenn. - One man was wounded by gunfire in the Roan Mountain "
            "community on Thursday night, the sheriff said."
        ),
        ("Roan Mountain",),
        "Tennessee",
    ),
    (
        "c03",
        "Shooting under investigation",
        "https://www.example-news.com/c03/",
        (
            "ASHEVILLE, N.C. - A woman was shot dead in the Leicester area on Saturday, "
            "Buncombe County deputies said. A suspect is in custody."
        ),
        ("Leicester",),
        "North Carolina",
    ),
    (
        "c04",
        "Shooting under investigation",
        "https://www.example-news.com/c04/",
        (
            "GREENVILLE, S.C. - Two men were wounded in a shooting in the Travelers Rest "
            "area late Friday, the Greenville County Sheriff's Office said."
        ),
        ("Travelers Rest",),
        "South Carolina",
    ),
    (
        "c05",
        "Shooting under investigation",
        "https://www.example-news.com/c05/",
        (
            "LEXINGTON, Ky. - A man was shot and killed in the Nicholasville section of "
            "Jessamine County on Monday, deputies said."
        ),
        ("Nicholasville",),
        "Kentucky",
    ),
    (
        "c06",
        "Shooting under investigation",
        "https://www.example-news.com/c06/",
        (
            "FLORENCE, Ala. - One person was killed in a shooting Sunday in the Killen "
            "community of Lauderdale County, the sheriff said."
        ),
        ("Killen",),
        "Alabama",
    ),
    (
        "c07",
        "Shooting under investigation",
        "https://www.example-news.com/c07/",
        (
            "BRISTOL, Va. - A teen was shot and injured Saturday in the Bluff City area, "
            "Sullivan County deputies said."
        ),
        ("Bluff City",),
        "Tennessee",
    ),
    (
        "c08",
        "Shooting under investigation",
        "https://www.example-news.com/c08/",
        (
            "KNOXVILLE, Tenn. - A man was wounded Friday night in the Powell community, the "
            "Knox County Sheriff's Office said. His wound was not life threatening."
        ),
        ("Powell",),
        "Tennessee",
    ),
    (
        "l02",
        "Shooting under investigation",
        "https://www.example-news.com/l02/",
        (
            "MADISON, Wis. - A boater was shot and wounded near Lake Kegonsa on Sunday, "
            "deputies said. The lake is near Stoughton."
        ),
        ("Stoughton",),
        "Wisconsin",
    ),
    (
        "l03",
        "Shooting under investigation",
        "https://www.example-news.com/l03/",
        (
            "ATLANTA - A man was shot and killed at Piedmont Park on Sunday night, Atlanta "
            "police said."
        ),
        ("Atlanta",),
        "Georgia",
    ),
    (
        "l04",
        "Shooting under investigation",
        "https://www.example-news.com/l04/",
        (
            "ROANOKE, Va. - A camper was shot and wounded at Smith Mountain Lake State Park "
            "on Friday, state police said. The park is near Huddleston."
        ),
        ("Huddleston",),
        "Virginia",
    ),
    (
        "l06",
        "Shooting under investigation",
        "https://www.example-news.com/l06/",
        (
            "DENVER - A man was shot dead at Cherry Creek State Park on Tuesday, Arapahoe "
            "County deputies said. The park lies in Aurora."
        ),
        ("Aurora",),
        "Colorado",
    ),
    (
        "p01",
        "Shooting under investigation",
        "https://www.example-news.com/p01/",
        (
            "ST. LOUIS - A driver was shot and wounded on Interstate 64 near O'Fallon on "
            "Saturday, Illinois State Police said. The shooter drove off."
        ),
        ("O'Fallon",),
        "Illinois",
    ),
    (
        "p02",
        "Shooting under investigation",
        "https://www.example-news.com/p02/",
        (
            "OKLAHOMA CITY - A man was shot and killed on Interstate 35 near Gainesville on "
            "Friday, the Texas Department of Public Safety said."
        ),
        ("Gainesville",),
        "Texas",
    ),
    (
        "p03",
        "Shooting under investigation",
        "https://www.example-news.com/p03/",
        (
            "KANSAS CITY, Mo. - A woman was shot on Interstate 70 near Bonner Springs on "
            "Sunday, the Kansas Highway Patrol said."
        ),
        ("Bonner Springs",),
        "Kansas",
    ),
    (
        "p04",
        "Shooting under investigation",
        "https://www.example-news.com/p04/",
        (
            "CINCINNATI - A driver was wounded on Interstate 275 near Florence on Monday "
            "night, Kentucky State Police said."
        ),
        ("Florence",),
        "Kentucky",
    ),
    (
        "p05",
        "Shooting under investigation",
        "https://www.example-news.com/p05/",
        (
            "MEMPHIS, Tenn. - A man was shot on Interstate 55 near Southaven on Sunday, the "
            "Mississippi Highway Patrol said."
        ),
        ("Southaven",),
        "Mississippi",
    ),
    (
        "p06",
        "Shooting under investigation",
        "https://www.example-news.com/p06/",
        (
            "PORTLAND, Ore. - A driver was shot and wounded on Interstate 5 near Vancouver "
            "on Tuesday, Washington State Patrol said."
        ),
        ("Vancouver",),
        "Washington",
    ),
    (
        "n01",
        "Shooting under investigation",
        "https://www.example-news.com/n01/",
        (
            "ALBANY, N.Y. - A man was shot and killed Friday night in Hamilton Hill, "
            "Schenectady police said. Officers found him on a sidewalk."
        ),
        ("Schenectady",),
        "New York",
    ),
    (
        "n02",
        "Shooting under investigation",
        "https://www.example-news.com/n02/",
        (
            "HARTFORD, Conn. - A teenager was shot and wounded in the Hill neighborhood on "
            "Saturday, New Haven police said."
        ),
        ("New Haven",),
        "Connecticut",
    ),
    (
        "n03",
        "Shooting under investigation",
        "https://www.example-news.com/n03/",
        (
            "BOSTON - A man was shot in Grove Hall on Sunday night, Boston police said. He "
            "is expected to survive."
        ),
        ("Boston",),
        "Massachusetts",
    ),
    (
        "n04",
        "Shooting under investigation",
        "https://www.example-news.com/n04/",
        ("NEWARK, N.J. - A man was killed Monday in the South Ward, Newark police said."),
        ("Newark",),
        "New Jersey",
    ),
    (
        "n05",
        "Shooting under investigation",
        "https://www.example-news.com/n05/",
        (
            "PHILADELPHIA - A woman was shot and wounded in Fairhill on Tuesday, "
            "Philadelphia police said."
        ),
        ("Philadelphia",),
        "Pennsylvania",
    ),
    (
        "n06",
        "Shooting under investigation",
        "https://www.example-news.com/n06/",
        ("LOS ANGELES - A man was shot dead in Pacoima late Saturday, Los Angeles police said."),
        ("Los Angeles",),
        "California",
    ),
    (
        "x01",
        "Shooting under investigation",
        "https://www.example-news.com/x01/",
        (
            "MEMPHIS, Tenn. - A man was shot and killed Saturday on Elvis Presley "
            "Boulevard, Memphis police said."
        ),
        ("Memphis",),
        "Tennessee",
    ),
    (
        "x02",
        "Shooting under investigation",
        "https://www.example-news.com/x02/",
        (
            "TOLEDO, Ohio - A man was wounded in a shooting in Sylvania on Sunday, Sylvania "
            "police said."
        ),
        ("Sylvania",),
        "Ohio",
    ),
    (
        "x03",
        "Shooting under investigation",
        "https://www.example-news.com/x03/",
        (
            "DAYTON, Ohio - A woman was shot Sunday in Trotwood, police said. She was taken "
            "to Miami Valley Hospital."
        ),
        ("Trotwood",),
        "Ohio",
    ),
    (
        "x04",
        "Shooting under investigation",
        "https://www.example-news.com/x04/",
        (
            "RICHMOND, Va. - A man was shot and killed near Ashland on Friday, Virginia "
            "State Police said."
        ),
        ("Ashland",),
        "Virginia",
    ),
    (
        "x05",
        "Shooting under investigation",
        "https://www.example-news.com/x05/",
        (
            "SAVANNAH, Ga. - A teenager was shot at a park in Pooler on Saturday, Pooler "
            "police said."
        ),
        ("Pooler",),
        "Georgia",
    ),
    (
        "x06",
        "Shooting under investigation",
        "https://www.example-news.com/x06/",
        (
            "CHARLESTON, W.Va. - A man was shot and killed at a camp near Clendenin on "
            "Sunday, deputies said."
        ),
        ("Clendenin",),
        "West Virginia",
    ),
    (
        "k1",
        "Shooting under investigation",
        "https://www.example-news.com/k1/",
        (
            "DECATUR, Ala. - A woman was shot and killed at her home in Decatur on Friday, "
            "police said. The cabin she owned near Gatlinburg was searched later."
        ),
        ("Decatur",),
        "Alabama",
    ),
    (
        "k2",
        "Shooting under investigation",
        "https://www.example-news.com/k2/",
        (
            "KNOXVILLE, Tenn. - A man was shot dead at a home on Maple Drive in Knoxville "
            "on Sunday, police said. The cabin where he grew up is near Townsend."
        ),
        ("Knoxville",),
        "Tennessee",
    ),
    (
        "k3",
        "Shooting under investigation",
        "https://www.example-news.com/k3/",
        (
            "VALDOSTA, Ga. - A teen was shot and wounded Saturday in Lake Park, Lowndes "
            "County deputies said. He was flown to a hospital."
        ),
        ("Lake Park",),
        "Georgia",
    ),
    (
        "k4",
        "Shooting under investigation",
        "https://www.example-news.com/k4/",
        (
            "OVERLAND PARK, Kan. - A man was shot and wounded Sunday outside a store, "
            "Overland Park police said."
        ),
        ("Overland Park",),
        "Kansas",
    ),
    (
        "k5",
        "Shooting under investigation",
        "https://www.example-news.com/k5/",
        (
            "RIVERSIDE, Calif. - A man was shot and killed Saturday in Lake Elsinore, "
            "sheriff's deputies said."
        ),
        ("Lake Elsinore",),
        "California",
    ),
    (
        "k6",
        "Shooting under investigation",
        "https://www.example-news.com/k6/",
        (
            "ORLANDO, Fla. - A man was shot and wounded Sunday at Lake Eola Park, Orlando "
            "police said."
        ),
        ("Orlando",),
        "Florida",
    ),
]

MISSED = {
    "c01": (
        "'the Hampton community': a community the gazetteer has as a town, named with "
        "'community' after it, is dropped as a quarter of no town; the county seat's "
        "dateline is written"
    ),
    "c05": (
        "'the Nicholasville section of Jessamine County': a town named as a section of a "
        "county is dropped; the dateline (Lexington) is written"
    ),
    "c08": (
        "'the Powell community' (Knox County): a community named with 'community' after "
        "it is dropped; the dateline (Knoxville) is written"
    ),
    "p01": (
        "'Illinois State Police' near O'Fallon under a St. Louis dateline: Missouri's "
        "O'Fallon outweighs the state force's vote for Illinois's"
    ),
    "n01": (
        "Hamilton Hill, a neighbourhood the gazetteer lacks, whose text names "
        "Schenectady's police: the Albany dateline is written"
    ),
    "n02": (
        "'the Hill neighborhood ... New Haven police': the town's police name the town, "
        "but the Hartford dateline is written"
    ),
}


events, test_probe_is_placed = probe_table(PROBES, MISSED)


@pytest.mark.parametrize(
    ("text", "town", "told"),
    [
        ("Shot at a farmhouse. The farmhouse is four miles east of Wolfforth.", "Wolfforth", True),
        ("Shot at a cabin. The cabin sits just north of Seneca.", "Seneca", True),
        ("Shot at a camp. The camp lies outside Roundup.", "Roundup", True),
        ("Shot by a lake. The lake is near Stoughton.", "Stoughton", True),
        ("Shot at home. The cabin she owned near Gatlinburg was searched.", "Gatlinburg", False),
        ("Shot at home. The cabin where he grew up is near Townsend.", "Townsend", False),
    ],
)
def test_scene_told_town_reads_rural_sites(text: str, town: str, told: bool) -> None:
    from newsfold.analyse.where.event_place import _scene_told_town
    from newsfold.analyse.where.mentions import _Mention

    start = text.rindex(town)
    m = _Mention(0, 0, start, start + len(town), town, town.lower(), (), 1)
    assert _scene_told_town(text, m) is told


@pytest.mark.parametrize(
    ("name", "water"),
    [
        ("Lake Kegonsa", True),
        ("Tims Ford Lake", True),
        ("Cherry Creek State Park", True),
        ("Lake Harding Reservoir", True),
        ("Hamilton Hill", False),
        ("Oak Ridge", False),
    ],
)
def test_water_or_park_reads_the_name(name: str, water: bool) -> None:
    from newsfold.analyse.where.city_parts import _water_or_park
    from newsfold.analyse.where.mentions import _Mention

    m = _Mention(0, 0, 0, len(name), name, name.lower(), (), 1)
    assert _water_or_park(m) is water
