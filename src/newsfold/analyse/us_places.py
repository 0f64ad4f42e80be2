"""US places that GeoNames' `cities500` lacks, from the USPS list of ZIP codes (`zipcodes`).

`cities500` keeps populated places of 500 people or more; American news names many smaller
ones ("Pelzer", "Glen Flora", "Otterville"), which then fell back to a county or the outlet's
city, and the state with them. The `zipcodes` package (MIT, a declared dependency) ships the
USPS list of 42,789 ZIP codes offline: each with its USPS preferred town name, two-letter state,
county ("Greenville County") and coordinates. Grouped by (town, state) that is about 29,800
places; those whose name the GeoNames index has for no place of the same state (any kind, any
of its other names) are added to the gazetteer (`gazetteer.build`) as postal places, unless a
county of the state bears the name and the town lies in another county (reports name a county
bare, "Bartow deputies": not the hamlet of Bartow in Jefferson County, Georgia):

- kind `city`, no geonameid, population 0 (GeoNames places of the name rank first, and a
  postal place's score starts at the bottom: see `where.candidates`), admin1 the state's name
  as the index writes it, admin2 the county the most of its ZIP codes lie in, coordinates the
  mean of its ZIP codes';
- found under its USPS name (and "McLean" for USPS's "Mc Lean").

`Gazetteer.postal(i)` tells a postal place: one is credible only with support (its state or
county named, a dateline, "Pelzer, S.C.", the outlet's state), which `where.candidates`
checks. Built once with the cached index: no per-article cost.

A ZIP code's other names (`township_places`) hold Northeast and Midwest townships that
cities500 lacks and no ZIP code takes as its main name ("Lower Merion", "Bloomfield Twp",
"Hamilton Township" of Mercer County, N.J.). Only names of a township's form are kept ("X
Township", "Upper X", "Lower X"): the other other names are mostly a town's parts and offices
("North Baldwin", "Tufts Univ"). They are rows of the gazetteer but not of its name index: the
scanner never reads them, and `where.townships` lets one in only where the text names its
county or its state (`Gazetteer.townships`).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, NamedTuple


class PostalPlace(NamedTuple):
    """One USPS town: its name, state code, county and mean coordinates."""

    name: str
    state: str
    county: str | None
    lat: float
    lon: float


def _zip_codes() -> list[dict[str, Any]]:
    """The ZIP codes of the USPS list (`zipcodes`), in its order, but the military ones (states
    AA/AE/AP are not places); inactive ZIP codes still name their town. Empty if the package
    is not installed."""
    try:
        import zipcodes  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - a declared dependency
        return []
    return [z for z in zipcodes.list_all() if z.get("zip_code_type") != "MILITARY"]


def _town_zip_codes() -> Iterator[dict[str, Any]]:
    """The ZIP codes (`_zip_codes`) that name their town and their state."""
    return (z for z in _zip_codes() if z.get("city") and z.get("state"))


def postal_places() -> Iterator[PostalPlace]:
    """Every (town, state) of the USPS list (`_town_zip_codes`), once, in a stable order
    (empty if not installed)."""
    groups: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for z in _town_zip_codes():
        groups[(z["city"], z["state"])].append(z)
    for (city, state), zs in sorted(groups.items()):
        place = _place(city, state, zs)
        if place is not None:
            yield place


def _place(city: str, state: str, zs: list[dict[str, str]]) -> PostalPlace | None:
    """The place of a town's ZIP codes: the county most lie in, their mean coordinates."""
    coords = [(float(z["lat"]), float(z["long"])) for z in zs if z.get("lat") and z.get("long")]
    if not coords:
        return None
    counties = Counter(z["county"] for z in zs if z.get("county"))
    county = counties.most_common(1)[0][0] if counties else None
    lat = sum(c[0] for c in coords) / len(coords)
    lon = sum(c[1] for c in coords) / len(coords)
    return PostalPlace(city, state, county, round(lat, 4), round(lon, 4))


class ZipNames(NamedTuple):
    """One ZIP code's town names and place: its USPS town, the other towns it is also
    delivered under, its county and coordinates."""

    town: str
    accepts: tuple[str, ...]
    state: str
    county: str | None
    lat: float
    lon: float


def zip_names() -> Iterator[ZipNames]:
    """Every ZIP code of the USPS list with its town, the other town names it accepts and its
    county ("Hyde Park" for 02136 also takes "Boston", Suffolk County; Lansdowne is one of
    the names of Halethorpe's 21227, Baltimore County), in a stable order.

    A ZIP code's "acceptable" names are the towns USPS also delivers it under: a big city's
    neighbourhood with a post office of its own takes the city's name too, a municipality of
    its own does not; and the county of a ZIP code that names a place is the place's, as
    USPS files it (`where.city_parts._town_beside_dateline`).
    """
    for z in _town_zip_codes():
        if not z.get("lat") or not z.get("long"):
            continue
        yield ZipNames(
            z["city"],
            tuple(z.get("acceptable_cities") or ()),
            z["state"],
            z.get("county") or None,
            float(z["lat"]),
            float(z["long"]),
        )


# USPS's abbreviations of the words of township names ("Uppr Moreland", "Bloomfield Twp")
_ABBREVIATIONS = {"Uppr": "Upper", "Lwr": "Lower", "Twp": "Township"}


def township_name(name: str) -> str | None:
    """A USPS other town name as text writes a township, or None when it is none.

    Expands the abbreviations of township words (`_ABBREVIATIONS`); keeps only a township's
    form, "X Township" or "Upper/Lower X" (two words or more); drops a name with another
    abbreviated word (one without a vowel: "N", "Ctr", "Bloomfld") or a digit, which USPS
    writes for its offices, not places.
    """
    words = [_ABBREVIATIONS.get(w, w) for w in name.split()]
    if len(words) < 2 or not (words[-1] == "Township" or words[0] in ("Upper", "Lower")):
        return None
    if any(not w.isalpha() or not re.search("[aeiouy]", w, re.I) for w in words):
        return None
    return " ".join(words)


def township_places() -> Iterator[PostalPlace]:
    """Every township (`township_name`) among the ZIP codes' other names, once per state, in a
    stable order; county and coordinates as `postal_places`, from the ZIP codes that list it.

    Reads each ZIP code's "acceptable" names (USPS takes them as the town of an address:
    "Lower Paxton" for Harrisburg's 17109) and its "unacceptable" ones ("Hamilton Township"
    for Trenton's 08610): both name the township the ZIP code serves. A name some ZIP code
    takes as its main name is left to `postal_places`.
    """
    zips = _zip_codes()
    main = {(z.get("city"), z.get("state")) for z in zips}
    groups: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for z in zips:
        if not z.get("state"):
            continue
        for other in [*(z.get("acceptable_cities") or []), *(z.get("unacceptable_cities") or [])]:
            name = township_name(other)
            if name and (name, z["state"]) not in main and z not in groups[(name, z["state"])]:
                groups[(name, z["state"])].append(z)
    for (city, state), zs in sorted(groups.items()):
        place = _place(city, state, zs)
        if place is not None:
            yield place


def name_variants(name: str) -> list[str]:
    """The spellings of a USPS name text uses: itself, and "McLean" for USPS's "Mc Lean"."""
    out = [name]
    words = name.split()
    if any(w in ("Mc", "Mac") for w in words[:-1]):
        joined: list[str] = []
        for w in words:
            if joined and joined[-1] in ("Mc", "Mac"):
                joined[-1] += w
            else:
                joined.append(w)
        out.append(" ".join(joined))
    return out


def zip_state(code: str) -> str | None:
    """The two-letter state of a five-digit US ZIP code in the USPS list, or None.

    An exact match on the code; a code the list lacks, or a military one, has no state.
    """
    states = _states_by_zip().get(code, frozenset())
    return next(iter(states)) if len(states) == 1 else None


@lru_cache(maxsize=1)
def _states_by_zip() -> dict[str, frozenset[str]]:
    """The states of each ZIP code of the USPS list (military codes left out), built once:
    `zipcodes.matching` scans the whole list on every call (about 20 ms), and the text of
    any article with a postal address asks it. Built once per analyser
    (`gazetteer.cached_table`)."""
    from newsfold.analyse.gazetteer import cached_table  # it imports this module

    return cached_table("zip-states", _build_states_by_zip)


def _build_states_by_zip() -> dict[str, frozenset[str]]:
    states: dict[str, set[str]] = defaultdict(set)
    for z in _zip_codes():
        if z.get("state"):
            states[z["zip_code"]].add(z["state"])
    return {code: frozenset(s) for code, s in states.items()}


NEAR_ZIP_KM = 2.0
"""How far a place may lie from the point of a standard ZIP code for that code's county to be
the place's (`ny_county_at`): within a city's dense ZIP codes, the nearest is that close."""


def ny_county_at(lat: float, lon: float) -> str | None:
    """The county of the standard USPS ZIP code of New York State whose point lies nearest
    `lat`, `lon`, within `NEAR_ZIP_KM`, or None ("Queens County", "Bronx County").

    GeoNames' `cities500` gives some places of New York City the county beside them:
    Arverne, Far Rockaway, Bayside and Queens Village in Queens are put in Nassau County,
    Riverdale in the Bronx in Westchester County, Stapleton on Staten Island in Kings County.
    The USPS list files each ZIP code under its county, and the city's codes are dense
    (about one a square mile or two), so the nearest standard code's county is the place's.

    Reads only the codes of the grid cells around the point (`_ny_zip_cells`), not the
    state's 1,800: the analysis asks this of every New York row it weighs. The first of two
    codes equally near wins, as in the list's order.
    """
    best, best_d, best_k = None, NEAR_ZIP_KM, -1
    scale = math.cos(math.radians(lat))
    cells = _ny_zip_cells()
    row, col = _zip_cell(lat, lon)
    # the columns a point NEAR_ZIP_KM away east or west may lie in (a degree of longitude
    # shrinks northward)
    reach = math.ceil(NEAR_ZIP_KM / (111.2 * max(scale, 0.01) * _ZIP_CELL_DEG))
    for r in (row - 1, row, row + 1):
        for c in range(col - reach, col + reach + 1):
            for k, zlat, zlon, county in cells.get((r, c), ()):
                d = math.hypot(zlat - lat, (zlon - lon) * scale) * 111.2
                if d < best_d or (d == best_d and best is not None and k < best_k):
                    best, best_d, best_k = county, d, k
    return best


BORDER_ZIP_RATIO = 1.5
"""How many times farther than the nearest standard ZIP code the nearest code of a place's
own county may lie before the nearest code's county is taken over its own
(`ny_county_clearly_at`)."""


def ny_county_clearly_at(lat: float, lon: float, own: str) -> str | None:
    """The county of the standard New York ZIP code nearest `lat`, `lon` (`ny_county_at`),
    unless a code of the place's `own` county (its GeoNames row's) lies nearly as near:
    within `BORDER_ZIP_RATIO` times that distance, `own` is kept.

    Arverne, Far Rockaway and Bayside lie beside a Queens code (0.3 to 0.7 km) and 2 km or
    more from any Nassau code: GeoNames' Nassau is wrong there. Bellerose Terrace and North
    New Hyde Park, Nassau villages on the city line, lie 1.5 km from a Queens code and 1.7 km
    from a Nassau one: ZIP codes' points are their areas' centres, so on a county line the
    nearest one settles nothing and the row's own county stands.
    """
    nearest = ny_county_at(lat, lon)
    if nearest is None or nearest == own:
        return nearest
    scale = math.cos(math.radians(lat))
    km: dict[str, float] = {}
    for zlat, zlon, county in _ny_zip_points():
        if county in (nearest, own):
            d = math.hypot(zlat - lat, (zlon - lon) * scale) * 111.2
            km[county] = min(d, km.get(county, d))
    if own in km and km[own] <= BORDER_ZIP_RATIO * km[nearest]:
        return own
    return nearest


_ZIP_CELL_DEG = 0.05
"""The side of a cell of `_ny_zip_cells`, in degrees: about 5.5 km of latitude, more than
`NEAR_ZIP_KM`, so the cells beside the point's own hold every code near enough."""


def _zip_cell(lat: float, lon: float) -> tuple[int, int]:
    """The grid cell (row, column) of `_ny_zip_cells` a point lies in."""
    return math.floor(lat / _ZIP_CELL_DEG), math.floor(lon / _ZIP_CELL_DEG)


@lru_cache(maxsize=1)
def _ny_zip_cells() -> dict[tuple[int, int], tuple[tuple[int, float, float, str], ...]]:
    """The standard ZIP codes of New York State by grid cell (`_zip_cell`), each with its
    place in the list, point and county, built once."""
    cells: dict[tuple[int, int], list[tuple[int, float, float, str]]] = defaultdict(list)
    for k, (zlat, zlon, county) in enumerate(_ny_zip_points()):
        cells[_zip_cell(zlat, zlon)].append((k, zlat, zlon, county))
    return {cell: tuple(points) for cell, points in cells.items()}


@lru_cache(maxsize=1)
def _ny_zip_points() -> tuple[tuple[float, float, str], ...]:
    """The point and county of each standard ZIP code of New York State, built once per
    analyser (`gazetteer.cached_table`)."""
    from newsfold.analyse.gazetteer import cached_table  # it imports this module

    return cached_table("ny-zips", _build_ny_zip_points)


def _build_ny_zip_points() -> tuple[tuple[float, float, str], ...]:
    return tuple(
        (float(z["lat"]), float(z["long"]), z["county"])
        for z in _zip_codes()
        if z.get("state") == "NY"
        and z.get("zip_code_type") == "STANDARD"
        and z.get("lat")
        and z.get("long")
        and z.get("county")
    )
