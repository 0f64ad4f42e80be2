"""analyse/where: the state of a US town when the text names another state beside it (h-state).

A table of short reports written for this test (the places and outlets are real, the events
and every sentence invented). The classes, each with a rule and controls in the table:

- A town across a state line from a town the text names (a home town, a hospital's town) is
  that town's metro neighbour (`candidates._across_the_line_from_named`): "Jane Doe, 24, of
  Gary, Ind., was shot in Calumet City" is Illinois's Calumet City, "shot in Southaven and
  taken to a hospital in Memphis, Tenn." Mississippi's Southaven, and "Jeffersonville" beside
  "Louisville, Ky." Indiana's, not a small Kentucky namesake 100 km off. Not twin towns of one
  name (Bristol, Virginia, and Bristol, Tennessee).
- A state the text names only as a home's, a destination's or a town's person's ("of
  Beaumont, Texas", "flown to a hospital in Tallahassee, Fla.", "an Ohio man", "a Memphis,
  Tenn., man", `scanner._qualified_person`) does not drop the bare scene town of another state
  (`resolve._aside_states`): "shot and killed in Lake Charles" is Louisiana's; a state named
  otherwise still does ("Jackson" beside "Butts County, Georgia").
- A host under a state's ".us" domain ("co.marion.or.us") is of that state
  (`evidence._locality_domain`).
- A station's page crediting a known station of another market in its copyright line
  ("Copyright 2018 KWES") is that station's story (`evidence._copyright_evidence`); the
  site's own call sign under its brand's address changes nothing.

On main (0c73574): 14 of the 38 reports right (every x, a, d and c row missed); here 38.
"""

from __future__ import annotations

from newsfold.analyse.gazetteer import get_gazetteer
from newsfold.analyse.where.evidence import _copyright_evidence, _Evidence, _locality_domain

from .where_helpers import NO_OUTLET, probe_table

U = NO_OUTLET

# (id, headline, address, text, the town (or its other accepted names), the state): x* a town
# across a state line from a named town, a* a state named only as a home's or a
# destination's, d* a state's domain, c* a copyright line's station, k* controls
PROBES: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
    (
        "x01",
        "Woman shot in Calumet City",
        U,
        "Jane Doe, 24, of Gary, Ind., was shot Sunday in Calumet City, police said.",
        ("Calumet City",),
        "Illinois",
    ),
    (
        "x02",
        "Man shot in Vancouver",
        U,
        "John Doe, 30, of Portland, Ore., was shot Saturday in Vancouver, police said. He "
        "survived.",
        ("Vancouver",),
        "Washington",
    ),
    (
        "x03",
        "Man killed in Jeffersonville",
        U,
        "A Louisville, Ky., man was shot and killed in Jeffersonville early Sunday, police said.",
        ("Jeffersonville",),
        "Indiana",
    ),
    (
        "x04",
        "Man shot in West Memphis",
        U,
        "A Memphis, Tenn., man was shot in West Memphis on Friday, police said.",
        ("West Memphis",),
        "Arkansas",
    ),
    (
        "x05",
        "Teen killed in East St. Louis",
        U,
        "A St. Louis, Mo., teen was shot and killed Saturday in East St. Louis, police said.",
        ("East St. Louis", "East Saint Louis"),
        "Illinois",
    ),
    (
        "x06",
        "Man shot in Phenix City",
        U,
        "John Doe, 22, of Columbus, Ga., was shot Friday night in Phenix City, police said.",
        ("Phenix City",),
        "Alabama",
    ),
    (
        "x07",
        "Man shot in Southaven",
        U,
        "A man was shot in Southaven on Sunday and taken to a hospital in Memphis, Tenn., "
        "where he died.",
        ("Southaven",),
        "Mississippi",
    ),
    (
        "x08",
        "Man shot in Council Bluffs",
        U,
        "A man was shot in Council Bluffs on Sunday. He was taken to a hospital in Omaha, "
        "Neb., police said.",
        ("Council Bluffs",),
        "Iowa",
    ),
    (
        "x09",
        "Girl shot in Fort Oglethorpe",
        U,
        "A girl was shot Sunday in Fort Oglethorpe. She was flown to a hospital in "
        "Chattanooga, Tenn.",
        ("Fort Oglethorpe",),
        "Georgia",
    ),
    (
        "x10",
        "Man shot in Florence",
        U,
        "A man was shot in Florence on Sunday. He was taken to a hospital in Cincinnati, "
        "Ohio, police said.",
        ("Florence",),
        "Kentucky",
    ),
    (
        "x11",
        "Woman shot in Independence",
        U,
        "Jane Doe, 30, of Kansas City, Kan., was shot in Independence on Friday, police said.",
        ("Independence",),
        "Missouri",
    ),
    (
        "x12",
        "Man shot in Columbus",
        U,
        "A man from Phenix City, Ala., was shot in Columbus on Friday night, police said.",
        ("Columbus",),
        "Georgia",
    ),
    (
        "x13",
        "Man shot in Springfield",
        U,
        "John Doe, 30, of Enfield, Conn., was shot in Springfield on Friday, police said.",
        ("Springfield",),
        "Massachusetts",
    ),
    (
        "a01",
        "Man killed in Lake Charles",
        U,
        "John Doe, 30, of Beaumont, Texas, was shot and killed in Lake Charles on Friday, "
        "police said.",
        ("Lake Charles",),
        "Louisiana",
    ),
    (
        "a02",
        "Woman shot in Tupelo",
        U,
        "Jane Doe, 30, of Memphis, Tenn., was shot in Tupelo on Friday, police said. She was "
        "taken to a hospital.",
        ("Tupelo",),
        "Mississippi",
    ),
    (
        "a03",
        "Man shot in Dothan",
        U,
        "A man was shot in Dothan on Friday and flown to a hospital in Tallahassee, Fla., "
        "police said.",
        ("Dothan",),
        "Alabama",
    ),
    (
        "a04",
        "Man shot in Lufkin",
        U,
        "John Doe, 30, of Shreveport, La., was shot in Lufkin on Friday, police said.",
        ("Lufkin",),
        "Texas",
    ),
    (
        "a05",
        "Man shot in Huntington",
        U,
        "An Ohio man was shot in Huntington on Sunday, police said.",
        ("Huntington",),
        "West Virginia",
    ),
    (
        "a06",
        "Man killed in Lake Charles",
        U,
        "A Texas man was shot and killed in Lake Charles on Sunday, police said.",
        ("Lake Charles",),
        "Louisiana",
    ),
    (
        "a07",
        "Man shot in Tupelo",
        U,
        "A Memphis, Tenn., man was shot in Tupelo on Sunday, police said.",
        ("Tupelo",),
        "Mississippi",
    ),
    (
        "a08",
        "Woman shot in Lufkin",
        U,
        "A Shreveport, La., woman was shot in Lufkin on Sunday, police said.",
        ("Lufkin",),
        "Texas",
    ),
    (
        "d01",
        "Sheriff's office news",
        "https://www.co.marion.or.us/SO/news/release1.htm",
        "A man was shot Saturday night at a home near Marion County's north line, deputies "
        "said. He was taken to a hospital with wounds that are not life-threatening. Deputies "
        "arrested his neighbor, 44.",
        ("Salem", "Marion County"),
        "Oregon",
    ),
    (
        "d02",
        "Police news",
        "https://www.ci.columbia.mo.us/police/news/1.html",
        "A man was shot in Columbia on Saturday night, police said. He was taken to a hospital.",
        ("Columbia",),
        "Missouri",
    ),
    (
        "c01",
        "Teacher wounded in parking lot shooting - KSLA News 12 Shreveport, Louisiana",
        "https://www.ksla.com/story/1234/teacher-wounded",
        "A teacher was wounded Tuesday when a man fired shots in a parking lot in Alpine, "
        "police said. Alpine police arrested the man an hour later.\n\nCopyright 2018 KWES. "
        "All rights reserved.",
        ("Alpine",),
        "Texas",
    ),
    # controls: the nearest town of the named state is too far to be a neighbour; a town of
    # the named home state; twin towns; a state named as a county's, not a home's; a big
    # city's part; the site's own brand in the copyright line
    (
        "k01",
        "Man shot in Jackson",
        U,
        "John Doe, 30, of Memphis, Tenn., was shot in Jackson on Friday, police said.",
        ("Jackson",),
        "Tennessee",
    ),
    (
        "k02",
        "Man shot in Highland",
        U,
        "John Doe, 30, of Gary, Ind., was shot in Highland on Friday, police said.",
        ("Highland",),
        "Indiana",
    ),
    (
        "k03",
        "Man shot in Bristol",
        U,
        "A man was shot in Bristol, Va., on Friday. Bristol police said the man, 30, of "
        "Bristol, Tenn., is expected to live.",
        ("Bristol",),
        "Virginia",
    ),
    (
        "k04",
        "Man shot in Jackson",
        U,
        "A man was shot in Jackson on Friday. Butts County, Georgia, deputies said he would "
        "recover.",
        ("Jackson",),
        "Georgia",
    ),
    (
        "k05",
        "Man shot in Englewood",
        U,
        "John Doe, 30, of Chicago, Ill., was shot in Englewood on Friday, police said.",
        ("Chicago", "Englewood"),
        "Illinois",
    ),
    (
        "k06",
        "Man shot in Pilsen",
        U,
        "A man from Gary, Ind., was shot in Pilsen on Friday, Chicago police said.",
        ("Chicago", "Pilsen"),
        "Illinois",
    ),
    (
        "k07",
        "Man shot in Aurora",
        U,
        "A man was shot in Aurora on Sunday. He was flown to a hospital in Denver.",
        ("Aurora",),
        "Colorado",
    ),
    (
        "k08",
        "Man shot in Bristol",
        U,
        "A man was shot in Bristol, Tennessee, on Sunday. He was flown to a hospital in "
        "Johnson City.",
        ("Bristol",),
        "Tennessee",
    ),
    (
        "k09",
        "Man shot at apartment",
        "https://www.cbs46.com/story/1/man-shot",
        "A man was shot at an apartment complex in Roswell on Sunday, police said.\n\n"
        "Copyright 2018 WGCL. All rights reserved.",
        ("Roswell",),
        "Georgia",
    ),
    (
        "k10",
        "Man shot in Yuma",
        U,
        "A man from Phoenix, Ariz., was shot in Yuma on Friday, police said.",
        ("Yuma",),
        "Arizona",
    ),
    (
        "k11",
        "Man shot in Roxbury",
        U,
        "John Doe, 30, of Providence, R.I., was shot in Roxbury on Friday, Boston police said.",
        ("Boston", "Roxbury"),
        "Massachusetts",
    ),
    (
        "k13",
        "Man shot",
        U,
        "A Memphis, Tenn., man was shot Sunday night outside his home, police said.",
        ("Memphis",),
        "Tennessee",
    ),
    (
        "k14",
        "Man shot in Chicago",
        U,
        "A Gary, Ind., man was shot in Chicago on Sunday, police said.",
        ("Chicago",),
        "Illinois",
    ),
    (
        "k12",
        "Man shot in Texarkana",
        U,
        "John Doe, 30, of Hope, Ark., was shot Saturday in Texarkana, Texas police said.",
        ("Texarkana",),
        "Texas",
    ),
]

MISSED: dict[str, str] = {}

events, test_probe_is_placed = probe_table(PROBES, MISSED)


def test_a_state_domain_names_its_state() -> None:
    g = get_gazetteer()
    ev = _Evidence()
    assert _locality_domain(g, ["www", "co", "marion", "or", "us"], ev)
    assert ev.outlet == ("US", "Oregon")


def test_no_state_domain_without_a_state_code() -> None:
    g = get_gazetteer()
    for labels in (["www", "example", "us"], ["news", "ore", "us"], ["www", "or", "com"]):
        ev = _Evidence()
        assert not _locality_domain(g, labels, ev)
        assert ev.outlet is None


def test_a_credited_station_of_another_market_replaces_the_site() -> None:
    g = get_gazetteer()
    site = _Evidence()
    site.host_row = max(
        (i for i in g.lookup_key("shreveport") if g.cc[i] == "US"), key=lambda i: g.population[i]
    )
    credited = _copyright_evidence(g, "A story.\n\nCopyright 2018 KWES. All rights reserved.", site)
    assert credited is not site
    assert credited.outlet == ("US", "Texas")


def test_an_unknown_or_same_market_credit_changes_nothing() -> None:
    g = get_gazetteer()
    site = _Evidence()
    site.host_row = max(
        (i for i in g.lookup_key("atlanta") if g.cc[i] == "US"), key=lambda i: g.population[i]
    )
    for text in ("Copyright 2018 WGCL. All rights reserved.", "Copyright 2018 WQQQ.", "No line."):
        assert _copyright_evidence(g, text, site) is site
