"""US outlets whose name does not say their city, and the city each one reports for.

Broadcasters by call sign or brand and papers by their usual short name, keyed on the host name
without "www." and the domain ("ajc" for www.ajc.com). General knowledge of the outlets' home
markets (a local station reports its market's news): `where` uses it as evidence of the
region a report is about when the text itself names no state, as happens on pages whose text
is a login wall or a video player. Kept apart from the rules because it is data, not logic.

`outlet_markets.MARKET_OUTLETS` is the systematic part, written market by market (every US TV
market's network stations and each state's metro dailies); `_NOTED` below is the earlier hand
list, kept for the outlets it has that the markets lack. A key with a dot names one exact label
and domain ("telegram.com"); `outlet_city` tries it before the bare label.
"""

from __future__ import annotations

import re

from newsfold.analyse.lexicon import words
from newsfold.analyse.outlet_markets import MARKET_OUTLETS

_NOTED: dict[str, str] = {
    # Georgia
    "ajc": "Atlanta, GA",
    "accessatlanta": "Atlanta, GA",
    "wsbtv": "Atlanta, GA",
    "11alive": "Atlanta, GA",
    "fox5atlanta": "Atlanta, GA",
    "cbs46": "Atlanta, GA",
    "wtvm": "Columbus, GA",
    "wrdw": "Augusta, GA",
    "wtoc": "Savannah, GA",
    "walb": "Albany, GA",
    "wmaz": "Macon, GA",
    "13wmaz": "Macon, GA",
    "ledgerenquirer": "Columbus, GA",
    # Missouri / Kansas
    "kmbc": "Kansas City, MO",
    "kctv5": "Kansas City, MO",
    "fox4kc": "Kansas City, MO",
    "kshb": "Kansas City, MO",
    "kmov": "St. Louis, MO",
    "ksdk": "St. Louis, MO",
    "stltoday": "St. Louis, MO",
    "fox2now": "St. Louis, MO",
    "ky3": "Springfield, MO",
    "ksn": "Wichita, KS",
    "kwch": "Wichita, KS",
    "kansas": "Wichita, KS",
    # Kentucky / Ohio / Indiana
    "wlky": "Louisville, KY",
    "wdrb": "Louisville, KY",
    "wave3": "Louisville, KY",
    "courierjournal": "Louisville, KY",
    "lex18": "Lexington, KY",
    "wkyt": "Lexington, KY",
    "kentucky": "Lexington, KY",
    "wlwt": "Cincinnati, OH",
    "wcpo": "Cincinnati, OH",
    "wkrc": "Cincinnati, OH",
    "local12": "Cincinnati, OH",
    "fox19": "Cincinnati, OH",
    "10tv": "Columbus, OH",
    "nbc4i": "Columbus, OH",
    "wbns": "Columbus, OH",
    "dispatch": "Columbus, OH",
    "wkyc": "Cleveland, OH",
    "fox8": "Cleveland, OH",
    "wews": "Cleveland, OH",
    "newsnet5": "Cleveland, OH",
    "wdtn": "Dayton, OH",
    "whio": "Dayton, OH",
    "wthr": "Indianapolis, IN",
    "wishtv": "Indianapolis, IN",
    "fox59": "Indianapolis, IN",
    "indystar": "Indianapolis, IN",
    "theindychannel": "Indianapolis, IN",
    "wane": "Fort Wayne, IN",
    "wndu": "South Bend, IN",
    # Pennsylvania / New Jersey / New York
    "wpxi": "Pittsburgh, PA",
    "wtae": "Pittsburgh, PA",
    "kdka": "Pittsburgh, PA",
    "postgazette": "Pittsburgh, PA",
    "triblive": "Pittsburgh, PA",
    "6abc": "Philadelphia, PA",
    "fox29": "Philadelphia, PA",
    "nbcphiladelphia": "Philadelphia, PA",
    "inquirer": "Philadelphia, PA",
    "wgal": "Lancaster, PA",
    "fox43": "York, PA",
    "wnep": "Scranton, PA",
    "nj": "Newark, NJ",
    "northjersey": "Hackensack, NJ",
    "app": "Neptune, NJ",
    "nbcnewyork": "New York City, NY",
    "pix11": "New York City, NY",
    "nydailynews": "New York City, NY",
    "silive": "New York City, NY",
    "wgrz": "Buffalo, NY",
    "wivb": "Buffalo, NY",
    "whec": "Rochester, NY",
    "13wham": "Rochester, NY",
    "democratandchronicle": "Rochester, NY",
    "syracuse": "Syracuse, NY",
    "wktv": "Utica, NY",
    "news10": "Albany, NY",
    "timesunion": "Albany, NY",
    "mytwintiers": "Elmira, NY",
    # Mid-Atlantic / Southeast
    "wbal": "Baltimore, MD",
    "wbaltv": "Baltimore, MD",
    "wjz": "Baltimore, MD",
    "nbcwashington": "Washington, DC",
    "wusa9": "Washington, DC",
    "fox5dc": "Washington, DC",
    "wjla": "Washington, DC",
    "wtop": "Washington, DC",
    "washingtonpost": "Washington, DC",
    "wtvr": "Richmond, VA",
    "nbc12": "Richmond, VA",
    "wric": "Richmond, VA",
    "wavy": "Portsmouth, VA",
    "13newsnow": "Norfolk, VA",
    "wsls": "Roanoke, VA",
    "wdbj7": "Roanoke, VA",
    "wbtv": "Charlotte, NC",
    "wsoc": "Charlotte, NC",
    "wsoctv": "Charlotte, NC",
    "wcnc": "Charlotte, NC",
    "wral": "Raleigh, NC",
    "wtvd": "Raleigh, NC",
    "abc11": "Raleigh, NC",
    "newsobserver": "Raleigh, NC",
    "witn": "Greenville, NC",
    "wnct": "Greenville, NC",
    "wlos": "Asheville, NC",
    "wfmynews2": "Greensboro, NC",
    "wxii12": "Winston-Salem, NC",
    "wect": "Wilmington, NC",
    "wyff4": "Greenville, SC",
    "wspa": "Spartanburg, SC",
    "greenvilleonline": "Greenville, SC",
    "wistv": "Columbia, SC",
    "wltx": "Columbia, SC",
    "thestate": "Columbia, SC",
    "live5news": "Charleston, SC",
    "wcsc": "Charleston, SC",
    "postandcourier": "Charleston, SC",
    "wpde": "Florence, SC",
    # Florida / Alabama / Mississippi / Louisiana / Tennessee
    "wsvn": "Miami, FL",
    "local10": "Miami, FL",
    "wplg": "Miami, FL",
    "nbcmiami": "Miami, FL",
    "miamiherald": "Miami, FL",
    "wesh": "Orlando, FL",
    "wftv": "Orlando, FL",
    "wkmg": "Orlando, FL",
    "clickorlando": "Orlando, FL",
    "wfla": "Tampa, FL",
    "wtsp": "Tampa, FL",
    "wfts": "Tampa, FL",
    "abcactionnews": "Tampa, FL",
    "fox13news": "Tampa, FL",
    "tbo": "Tampa, FL",
    "tampabay": "St. Petersburg, FL",
    "news4jax": "Jacksonville, FL",
    "firstcoastnews": "Jacksonville, FL",
    "wctv": "Tallahassee, FL",
    "wjhg": "Panama City, FL",
    "wbrc": "Birmingham, AL",
    "wvtm13": "Birmingham, AL",
    "abc3340": "Birmingham, AL",
    "waff": "Huntsville, AL",
    "whnt": "Huntsville, AL",
    "wsfa": "Montgomery, AL",
    "wkrg": "Mobile, AL",
    "fox10tv": "Mobile, AL",
    "wdam": "Hattiesburg, MS",
    "wlbt": "Jackson, MS",
    "wjtv": "Jackson, MS",
    "clarionledger": "Jackson, MS",
    "wtva": "Tupelo, MS",
    "wwltv": "New Orleans, LA",
    "wdsu": "New Orleans, LA",
    "fox8live": "New Orleans, LA",
    "nola": "New Orleans, LA",
    "wafb": "Baton Rouge, LA",
    "wbrz": "Baton Rouge, LA",
    "theadvocate": "Baton Rouge, LA",
    "ksla": "Shreveport, LA",
    "kalb": "Alexandria, LA",
    "wsmv": "Nashville, TN",
    "wkrn": "Nashville, TN",
    "newschannel5": "Nashville, TN",
    "tennessean": "Nashville, TN",
    "wreg": "Memphis, TN",
    "wmcactionnews5": "Memphis, TN",
    "commercialappeal": "Memphis, TN",
    "wate": "Knoxville, TN",
    "wbir": "Knoxville, TN",
    "wvlt": "Knoxville, TN",
    "knoxnews": "Knoxville, TN",
    "wrcbtv": "Chattanooga, TN",
    "newschannel9": "Chattanooga, TN",
    "wdef": "Chattanooga, TN",
    "wbbjtv": "Jackson, TN",
    # Texas / Oklahoma / Southwest
    "fox4news": "Dallas, TX",
    "wfaa": "Dallas, TX",
    "nbcdfw": "Dallas, TX",
    "kdfw": "Dallas, TX",
    "star-telegram": "Fort Worth, TX",
    "startelegram": "Fort Worth, TX",
    "khou": "Houston, TX",
    "click2houston": "Houston, TX",
    "abc13": "Houston, TX",
    "fox26houston": "Houston, TX",
    "chron": "Houston, TX",
    "kxan": "Austin, TX",
    "kvue": "Austin, TX",
    "fox7austin": "Austin, TX",
    "statesman": "Austin, TX",
    "ksat": "San Antonio, TX",
    "kens5": "San Antonio, TX",
    "expressnews": "San Antonio, TX",
    "kdhnews": "Killeen, TX",
    "kwtx": "Waco, TX",
    "kcbd": "Lubbock, TX",
    "kvia": "El Paso, TX",
    "ktsm": "El Paso, TX",
    "panews": "Port Arthur, TX",
    "kfdm": "Beaumont, TX",
    "conchovalleyhomepage": "San Angelo, TX",
    "koco": "Oklahoma City, OK",
    "kfor": "Oklahoma City, OK",
    "news9": "Oklahoma City, OK",
    "newsok": "Oklahoma City, OK",
    "ktul": "Tulsa, OK",
    "kjrh": "Tulsa, OK",
    "newson6": "Tulsa, OK",
    "tulsaworld": "Tulsa, OK",
    "koat": "Albuquerque, NM",
    "kob": "Albuquerque, NM",
    "krqe": "Albuquerque, NM",
    "azcentral": "Phoenix, AZ",
    "abc15": "Phoenix, AZ",
    "azfamily": "Phoenix, AZ",
    "kgun9": "Tucson, AZ",
    "kold": "Tucson, AZ",
    "news3lv": "Las Vegas, NV",
    "ktnv": "Las Vegas, NV",
    "reviewjournal": "Las Vegas, NV",
    "fox5vegas": "Las Vegas, NV",
    # Mountain / West / Pacific
    "9news": "Denver, CO",
    "thedenverchannel": "Denver, CO",
    "kdvr": "Denver, CO",
    "kwgn": "Denver, CO",
    "ksl": "Salt Lake City, UT",
    "sltrib": "Salt Lake City, UT",
    "deseretnews": "Salt Lake City, UT",
    "fox13now": "Salt Lake City, UT",
    "ktvb": "Boise, ID",
    "kiro7": "Seattle, WA",
    "komonews": "Seattle, WA",
    "king5": "Seattle, WA",
    "q13fox": "Seattle, WA",
    "kxly": "Spokane, WA",
    "thenewstribune": "Tacoma, WA",
    "theolympian": "Olympia, WA",
    "kgw": "Portland, OR",
    "koin": "Portland, OR",
    "kptv": "Portland, OR",
    "katu": "Portland, OR",
    "oregonlive": "Portland, OR",
    "heraldandnews": "Klamath Falls, OR",
    "ktla": "Los Angeles, CA",
    "nbclosangeles": "Los Angeles, CA",
    "latimes": "Los Angeles, CA",
    "kcra": "Sacramento, CA",
    "kcrablog": "Sacramento, CA",
    "sacbee": "Sacramento, CA",
    "ktvu": "Oakland, CA",
    "kron4": "San Francisco, CA",
    "sfgate": "San Francisco, CA",
    "kfsn": "Fresno, CA",
    "abc30": "Fresno, CA",
    "fresnobee": "Fresno, CA",
    "10news": "San Diego, CA",
    "nbcsandiego": "San Diego, CA",
    "adn": "Anchorage, AK",
    "ktuu": "Anchorage, AK",
    "newsminer": "Fairbanks, AK",
    "khon2": "Honolulu, HI",
    "hawaiinewsnow": "Honolulu, HI",
    "staradvertiser": "Honolulu, HI",
    # Midwest
    "wgntv": "Chicago, IL",
    "wlstv": "Chicago, IL",
    "abc7chicago": "Chicago, IL",
    "nbcchicago": "Chicago, IL",
    "suntimes": "Chicago, IL",
    "dnainfo": "Chicago, IL",
    "wisn": "Milwaukee, WI",
    "wtmj4": "Milwaukee, WI",
    "tmj4": "Milwaukee, WI",
    "fox6now": "Milwaukee, WI",
    "jsonline": "Milwaukee, WI",
    "weau": "Eau Claire, WI",
    "wbay": "Green Bay, WI",
    "wkow": "Madison, WI",
    "kare11": "Minneapolis, MN",
    "startribune": "Minneapolis, MN",
    "kstp": "Saint Paul, MN",
    "fox9": "Minneapolis, MN",
    "wcco": "Minneapolis, MN",
    "wxyz": "Detroit, MI",
    "clickondetroit": "Detroit, MI",
    "wdiv": "Detroit, MI",
    "freep": "Detroit, MI",
    "woodtv": "Grand Rapids, MI",
    "wzzm13": "Grand Rapids, MI",
    "mlive": "Grand Rapids, MI",
    "ketv": "Omaha, NE",
    "wowt": "Omaha, NE",
    "ksdk5": "St. Louis, MO",
    "kcci": "Des Moines, IA",
    "whotv": "Des Moines, IA",
    "kwqc": "Davenport, IA",
    "keloland": "Sioux Falls, SD",
    "kdlt": "Sioux Falls, SD",
    "kfyrtv": "Bismarck, ND",
    "valleynewslive": "Fargo, ND",
    "wandtv": "Decatur, IL",
    "wcia": "Champaign, IL",
    "kwqcnews": "Davenport, IA",
    # New England
    "whdh": "Boston, MA",
    "wcvb": "Boston, MA",
}


OUTLET_CITY: dict[str, str] = {**_NOTED, **MARKET_OUTLETS}
"""Host key -> the city of the outlet's home market ("wsbtv": "Atlanta, GA")."""


# Outlets that cover their whole state from one newsroom or many (a state's web brand of a
# chain's papers, "al.com" for Birmingham, Huntsville and Mobile; "mlive" for Michigan's
# cities; "wickedlocal" for Massachusetts towns; a statewide radio network or public
# broadcaster; a statewide nonprofit newsroom): the table's city is where they sit, not
# the region they report, so they tell the state only, never that a town is near them.
STATEWIDE = frozenset(
    {"al", "nj", "njspotlight", "mlive", "wickedlocal", "wvmetronews", "mprnews", "opb"}
    | {"ctmirror", "ctnewsjunkie", "wnpr", "vtdigger", "michiganradio"}
)


def outlet_statewide(label: str, domain: str) -> bool:
    """Whether the known outlet at `label`.`domain` reports its whole state (`STATEWIDE`)."""
    return label.replace("-", "") in STATEWIDE and outlet_city(label, domain) is not None


def outlet_city(label: str, domain: str) -> str | None:
    """The home market's city of the outlet whose host is `label`.`domain` ("wsbtv", "com"),
    or None: the exact label and domain first ("abc-7.com" is Fort Myers's station, "abc7.com"
    Los Angeles's), then the label without its hyphens ("star-telegram": "startelegram")."""
    exact = OUTLET_CITY.get(f"{label}.{domain}")
    if exact is not None:
        return exact
    return OUTLET_CITY.get(label.replace("-", ""))


# US broadcasters' call signs begin with K west of the Mississippi and W east of it (the FCC's
# rule since the 1920s); stations licensed before it keep their old letters. The river's own
# states are placed by the bank their big cities and stations are on; Minnesota and Louisiana,
# whose stations are of both letters, and the territories are on neither side.
_EAST = words(
    "Maine|New Hampshire|Vermont|Massachusetts|Rhode Island|Connecticut|New York|New Jersey|"
    "Pennsylvania|Delaware|Maryland|Washington, D.C.|District of Columbia|Virginia|"
    "West Virginia|North Carolina|South Carolina|Georgia|Florida|Alabama|Mississippi|"
    "Tennessee|Kentucky|Ohio|Indiana|Illinois|Michigan|Wisconsin",
    "|",
)
_WEST = words(
    "Iowa|Missouri|Arkansas|North Dakota|South Dakota|Nebraska|Kansas|Oklahoma|Texas|"
    "New Mexico|Colorado|Wyoming|Montana|Idaho|Utah|Arizona|Nevada|California|Oregon|"
    "Washington|Alaska|Hawaii",
    "|",
)
# Stations whose letters break the rule (licensed before it, or moved): KDKA and KQV
# Pittsburgh, KYW Philadelphia, KFIZ Fond du Lac; WBAP and WFAA Dallas-Fort Worth, WOAI San
# Antonio, WACO Waco, WTAW College Station, WKY Oklahoma City, WDAF Kansas City, WIBW Topeka,
# WOW(T) Omaha, WJAG Norfolk (Nebraska), WHO Des Moines, WOC Davenport, WOI Ames, WNAX
# Yankton, WDAY Fargo, WDAZ Grand Forks. Most are in the table too; these keep an unknown
# host of theirs ("kdkaradio") from counting as a sign of the wrong side.
_OLD_CALL_SIGNS = words(
    "kdka kqv kyw kfiz wbap wfaa woai waco wtaw wky wdaf wibw wow wowt wjag who woc woi wnax "
    "wday wdaz"
)
_CALL_LETTERS = re.compile(r"^([kw][a-z]{3})(?:tv|am|fm|news|\d+)?(?:\d+|news|tv)?$")


def call_sign_side(label: str) -> str:
    """ "east" or "west" of the Mississippi, for a host that is a four-letter call sign
    ("wqzx", "kxyz13", "wxyztv") of a station not known to break the K/W rule; else "".

    Three-letter signs and longer brands are left out: the three-letter ones are the old
    stations the rule does not bind, and a host of five letters or more is seldom one."""
    m = _CALL_LETTERS.match(label)
    if m is None:
        return ""
    letters = m.group(1)
    if letters in _OLD_CALL_SIGNS or letters[:3] in _OLD_CALL_SIGNS:
        return ""
    return "west" if letters[0] == "k" else "east"


def state_side(state: str) -> str:
    """ "east" or "west" of the Mississippi for a US state's name ("" for the river states
    split between the two letters, and for the territories)."""
    if state in _EAST:
        return "east"
    if state in _WEST:
        return "west"
    return ""
