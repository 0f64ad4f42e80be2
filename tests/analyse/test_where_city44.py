"""analyse/where: invented US local-news reports of a suburb beside a big city that the text
itself calls a town of its own, and controls in the big cities' neighbourhoods (h-city44).

A suburb named in an apposition, "in Raytown, a suburb of Kansas City", "Shively, a small city
in southwest Louisville": the big city after it is a landmark, not the scene
(`event_place._apposed_suburb_landmark`). "the village of Shorewood", "in neighboring
Shorewood" make a town of a place GeoNames puts inside a big city's radius too
(`city_parts._called_town_beside`). The big city's police "called to Cudahy" went to a town
of its own (`city_parts._force_called_out`, where the USPS addresses it by its own name or
files it in another county; not "called to Hyde Park", whose ZIP codes take Boston's name). A
mayor, council or police chief of the place's own ("Norwood Mayor ...", "the mayor of
Raytown") makes it a town (`city_parts._own_government_named`); "Boston Mayor ..." leaves
Roxbury Boston's. "Dorchester, a neighborhood of Boston" puts the place in the city
(`city_parts._said_in_city`). "Opa-locka": a name whose last word is lower case after a bare
hyphen (`scanner.hyphen_tail`). Sentences written here; the places and outlets are real, the
events invented. On main (de96147): 15 of 36 right; here 34.
"""

from __future__ import annotations

import pytest

from .where_helpers import probe_table

# (id, headline, address, text, the town, the state or country): g* a town's own government,
# a* an apposition, v* "village of" or "neighboring", h* a lower-case hyphen tail, c* a force
# "called to" a town, n* and i* controls
PROBES: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    (
        "g1",
        "Shooting",
        "https://www.wlwt.com/article/g1/",
        (
            "CINCINNATI - A man was shot and killed Monday in Norwood, police said. Norwood Mayor"
            " Dana Whitfield called the shooting senseless."
        ),
        ("Norwood",),
        "Ohio",
    ),
    (
        "g2",
        "Shooting",
        "https://www.wlky.com/article/g2/",
        (
            "LOUISVILLE, Ky. - A teenager was wounded Saturday in Shively, police said. Shively's"
            " mayor said officers would add patrols near the park."
        ),
        ("Shively",),
        "Kentucky",
    ),
    (
        "g3",
        "Shooting",
        "https://www.kmbc.com/article/g3/",
        (
            "KANSAS CITY, Mo. - A man was shot Saturday in Raytown, police said. The mayor of "
            "Raytown asked anyone with information to call."
        ),
        ("Raytown",),
        "Missouri",
    ),
    (
        "g4",
        "Shooting",
        "https://www.wsbtv.com/news/local/g4/",
        (
            "ATLANTA - A woman was shot Saturday in College Park, police said. College Park city "
            "officials said the area would get more lighting."
        ),
        ("College Park",),
        "Georgia",
    ),
    (
        "g5",
        "Shooting",
        "https://www.wtae.com/article/g5/",
        (
            "PITTSBURGH - A teenager was fatally shot Monday in Wilkinsburg, police said. "
            "Wilkinsburg Mayor Lena Ortiz said the borough was grieving."
        ),
        ("Wilkinsburg",),
        "Pennsylvania",
    ),
    (
        "g6",
        "Shooting",
        "https://www.wcvb.com/article/g6/",
        (
            "BOSTON - A man was shot Saturday in Roxbury, police said. Boston Mayor Carla Benton "
            "said the city would not accept the violence."
        ),
        ("Boston",),
        "Massachusetts",
    ),
    (
        "g7",
        "Shooting",
        "https://www.wbaltv.com/article/g7/",
        (
            "BALTIMORE - A man was shot Tuesday in Hamilton, police said. Baltimore Mayor Owen"
            " Marsh visited the block."
        ),
        ("Baltimore",),
        "Maryland",
    ),
    (
        "g8",
        "Shooting",
        "https://www.nbcphiladelphia.com/news/local/g8/",
        (
            "PHILADELPHIA - A man was wounded Friday in Manayunk, police said. City Council "
            "member Alan Brooks said residents were shaken."
        ),
        ("Philadelphia",),
        "Pennsylvania",
    ),
    (
        "g9",
        "Shooting",
        "https://ktla.com/news/local/g9/",
        (
            "LOS ANGELES - A man was shot Sunday in Van Nuys, police said. The Van Nuys "
            "Neighborhood Council scheduled a safety meeting."
        ),
        ("Los Angeles",),
        "California",
    ),
    (
        "g10",
        "Shooting",
        "https://www.wcvb.com/article/g10/",
        (
            "BOSTON - A teenager was shot in Roxbury on Friday. Boston police were called to "
            "Roxbury just after 9 p.m."
        ),
        ("Boston",),
        "Massachusetts",
    ),
    (
        "a1",
        "Shooting",
        "https://www.kmbc.com/article/a1/",
        (
            "KANSAS CITY, Mo. - A man was killed Sunday in Raytown, a suburb of Kansas City, "
            "police said."
        ),
        ("Raytown",),
        "Missouri",
    ),
    (
        "a2",
        "Shooting",
        "https://www.wisn.com/article/a2/",
        (
            "MILWAUKEE - A woman was wounded Friday in Cudahy, a southern suburb of Milwaukee, "
            "police said."
        ),
        ("Cudahy",),
        "Wisconsin",
    ),
    (
        "a3",
        "Shooting",
        "https://www.wlwt.com/article/a3/",
        (
            "CINCINNATI - A man was shot Monday night in Norwood, a city surrounded by "
            "Cincinnati, police said."
        ),
        ("Norwood",),
        "Ohio",
    ),
    (
        "a4",
        "Shooting",
        "https://www.wsbtv.com/news/local/a4/",
        (
            "ATLANTA - Two men were shot Sunday in East Point, a suburb south of Atlanta, police "
            "said."
        ),
        ("East Point",),
        "Georgia",
    ),
    (
        "a5",
        "Shooting",
        "https://www.wcvb.com/article/a5/",
        ("BOSTON - A man was shot Saturday in Dorchester, a neighborhood of Boston, police said."),
        ("Boston",),
        "Massachusetts",
    ),
    (
        "a6",
        "Shooting",
        "https://www.wlky.com/article/a6/",
        (
            "LOUISVILLE, Ky. - A man was shot Thursday in Shively, a small city in southwest "
            "Louisville, police said."
        ),
        ("Shively",),
        "Kentucky",
    ),
    (
        "v1",
        "Shooting",
        "https://www.fox6now.com/news/v1",
        ("MILWAUKEE - A man was shot Tuesday in the village of Whitefish Bay, police said."),
        ("Whitefish Bay",),
        "Wisconsin",
    ),
    (
        "v2",
        "Shooting",
        "https://www.fox6now.com/news/v2",
        (
            "MILWAUKEE - Two people were hurt in a shooting Friday in the city of St. Francis, "
            "police said."
        ),
        ("St. Francis",),
        "Wisconsin",
    ),
    (
        "v3",
        "Shooting",
        "https://www.wlwt.com/article/v3/",
        ("CINCINNATI - A woman was shot Sunday in the city of St. Bernard, police said."),
        ("St. Bernard",),
        "Ohio",
    ),
    (
        "v4",
        "Shooting",
        "https://www.fox6now.com/news/v4",
        ("MILWAUKEE - A teenager was shot Saturday in neighboring Shorewood, police said."),
        ("Shorewood",),
        "Wisconsin",
    ),
    (
        "v5",
        "Shooting",
        "https://www.wcvb.com/article/v5/",
        ("BOSTON - A man was shot Friday in the Roxbury neighborhood, police said."),
        ("Boston",),
        "Massachusetts",
    ),
    (
        "h1",
        "Shooting",
        "https://www.local10.com/news/local/h1/",
        ("MIAMI - Two men were wounded early Sunday in Opa-locka, police said."),
        ("Opa-locka",),
        "Florida",
    ),
    (
        "h2",
        "Shooting",
        "https://www.wsvn.com/news/local/h2/",
        (
            "A man was killed Friday night in Opa-locka, Florida, after an argument outside a "
            "store, police said."
        ),
        ("Opa-locka",),
        "Florida",
    ),
    (
        "h3",
        "Shooting",
        "https://www.nbcmiami.com/news/local/h3/",
        ("Opa-locka police said a teenager was shot Thursday near a park."),
        ("Opa-locka",),
        "Florida",
    ),
    (
        "h4",
        "Shooting",
        "https://www.example.com/world/h4",
        ("PARIS - A man was stabbed Sunday in Vaulx-en-Velin, near Lyon, police said."),
        ("Vaulx-en-Velin",),
        "France",
    ),
    (
        "c1",
        "Shooting",
        "https://www.wisn.com/article/c1/",
        (
            "Milwaukee police were called to Cudahy after a woman was shot outside a tavern on "
            "Friday, authorities said."
        ),
        ("Cudahy",),
        "Wisconsin",
    ),
    (
        "c2",
        "Shooting",
        "https://www.wisn.com/article/c2/",
        (
            "Milwaukee police were called to St. Francis on Saturday after a man was shot in a "
            "parking lot."
        ),
        ("St. Francis",),
        "Wisconsin",
    ),
    (
        "c3",
        "Shooting",
        "https://www.wcvb.com/article/c3/",
        ("Boston police were called to Hyde Park after a man was shot on Saturday night."),
        ("Boston",),
        "Massachusetts",
    ),
    (
        "c4",
        "Shooting",
        "https://www.wlwt.com/article/c4/",
        (
            "Cincinnati police responded to a home in Norwood after a man was shot Sunday, "
            "officials said."
        ),
        ("Norwood",),
        "Ohio",
    ),
    (
        "c5",
        "Shooting",
        "https://www.wcvb.com/article/c5/",
        ("Boston police responded to Dorchester after a teenager was shot Sunday night."),
        ("Boston",),
        "Massachusetts",
    ),
    (
        "c6",
        "Shooting",
        "https://www.wbaltv.com/article/c6/",
        (
            "Baltimore police were called to Towson after a man was shot at a shopping center "
            "Monday."
        ),
        ("Towson",),
        "Maryland",
    ),
    # the force's sentence is the Doc's: a title's "Lt." inside it ends none (mend29)
    (
        "c7",
        "Shooting",
        "https://www.wisn.com/article/c7/",
        (
            "Milwaukee police officers, led by Lt. Dana Ruiz, were called to Cudahy after a "
            "woman was shot outside a tavern Friday."
        ),
        ("Cudahy",),
        "Wisconsin",
    ),
    (
        "i1",
        "Shooting",
        "https://www.example.com/world/i1",
        (
            "BAMAKO - Gunmen killed three people on Sunday in Kidal, a town in northern Mali, "
            "officials said."
        ),
        ("Kidal",),
        "Mali",
    ),
    (
        "n2",
        "Shooting",
        "https://www.wbaltv.com/article/n2/",
        (
            "BALTIMORE - A man was shot Tuesday in Hamilton, a neighborhood in northeast "
            "Baltimore, police said."
        ),
        ("Baltimore",),
        "Maryland",
    ),
    (
        "n3",
        "Shooting",
        "https://ktla.com/news/local/n3/",
        (
            "LOS ANGELES - A man was wounded Sunday in Van Nuys, a neighborhood of Los Angeles, "
            "police said."
        ),
        ("Los Angeles",),
        "California",
    ),
    (
        "n4",
        "Shooting",
        "https://www.fox6now.com/news/n4",
        (
            "MILWAUKEE - A woman was shot Monday in Sherman Park, police said. Milwaukee Mayor "
            "Rita Kessler called for calm."
        ),
        ("Milwaukee",),
        "Wisconsin",
    ),
    (
        "n5",
        "Shooting",
        "https://www.nbcphiladelphia.com/news/local/n5/",
        (
            "PHILADELPHIA - Philadelphia police were called to Manayunk after a man was shot "
            "Friday night."
        ),
        ("Philadelphia",),
        "Pennsylvania",
    ),
]

MISSED = {
    "c4": "Norwood, which the USPS files under Cincinnati's name in the city's county: the big "
    "city's police called there read as working a part of the city (as 'Boston police were "
    "called to Hyde Park' is)",
    "c5": "Dorchester (98,000 people, a seventh of Boston) with Boston's police: too big for the "
    "reach of a place ten times smaller (test_where_city42's n1)",
}


events, test_probe_is_placed = probe_table(PROBES, MISSED)


def _ohio_norwood() -> tuple[object, int]:
    from newsfold.analyse.gazetteer import get_gazetteer

    g = get_gazetteer()
    ids = [i for i in g.lookup("Norwood") if g.cc[i] == "US" and g.admin1[i] == "Ohio"]
    assert ids, "the gazetteer has Norwood, Ohio"
    return g, ids[0]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Norwood Mayor Ann Vale said the city would add patrols.", True),
        ("Officers met with Norwood's mayor on Monday.", True),
        ("The mayor of Norwood spoke at the scene.", True),
        ("NORWOOD CITY COUNCIL members met later.", False),  # the name as written, not shouted
        ("Norwoodville Mayor Ann Vale said the city would add patrols.", False),  # another word
        ("The East Norwood mayor's office did not answer.", True),  # a whole word inside a name
        ("Police said a man was shot in Norwood. The mayor of Cincinnati spoke.", False),
    ],
)
def test_own_government_reads_the_name_as_a_whole_word(text: str, named: bool) -> None:
    from newsfold.analyse.where.city_parts import _own_government_named

    g, norwood = _ohio_norwood()
    assert _own_government_named(g, norwood, text) is named  # type: ignore[arg-type]
