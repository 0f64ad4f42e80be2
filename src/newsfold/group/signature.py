"""An article's grouping signature, and the blocking keys that find its candidates.

A signature is a small JSON-able dict, a pure function of (Article, Analysis), so it can be
computed in a worker process or a Spark task and stored in the `signatures` table:

    id, pub, ts        the article id, publication day and (when given) time in UTC
    src                the distinctive words of the outlet's name
    host               the outlet's host name, when its source is one ("courier.example")
    d0, d1, prec       the event's date range and ACLED time precision (from the analysis)
    dx                 1 when that date is written as a calendar date in the text
    nd                 1 when nothing in the text dates the event: the analysis stood the
                       publication day in for it, with the week before as its range
    area               1 when the headline or lead tells of a disaster that strikes an area (a
                       flood, a storm, an earthquake): its reports name different villages
    lasts              1 when that disaster lasts days (a flood, a storm, a wildfire): its
                       reports date it by different days of its passage
    nt                 1 when the text puts the event near midnight ("late Saturday", "early
                       Sunday", "overnight", "about 1 a.m."): its day is one side of midnight
    place              the event's place: geonameid, location, admin1, country, lat, lon, precision,
                       and `pop`, the population of the town or city when the report places the
                       event at the whole of it (not a district, street or site in it); `sub`,
                       the quarter of the town the report places the event in, when it names
                       one the gazetteer lacks ("Nyala's Al-Tayba district": location Nyala,
                       sub "al tayba")
    places             geonameids (or names) of every resolved place the article mentions
    type, sub          ACLED event type and sub-event type
    kill, inj          fatalities and injuries
    killx              1 when the fatalities are a definite count ("killed 12", not "at least 12")
    who                normalised people and group names (the analysis' `names`)
    names              capitalised words inside sentences (people, streets, groups), by frequency,
                       less the words of the places the analysis resolved
    lead               those of the names in the headline or the first LEAD_CHARS characters
    nums               identifying numbers: ages, block and house numbers
    st                 the distinctive words of the streets the headline and text name (when
                       they name any: `text.street_names`)
    title              the headline's stemmed content words
    terms              up to MAX_TERMS stemmed content words with their counts (TF; the IDF comes
                       from the store's document frequencies when two signatures are compared)
    mh, n_mh           MinHash of word 3-shingles and the shingle count (exact copies)
    mhs, n_mhs         MinHash of order-free adjacent content-word pairs and the count (rewrites)
    ppl                the people the report is about, "first last": named with an age or as the
                       one identified in the text, or as a victim or the arrested in the analysis
    oth                the people it tells of as another event's (the analysis discarded their
                       casualties as of another period or event)
    slug, udate        the headline words of the address (url) and the date in it

Blocking keys (`index_keys`, `query_keys`) are strings stored in `block_keys`; two articles are
ever compared only when they share one:

    l:{band}:{hash}              LSH band of `mhs` (copies and rewrites, any date)
    n:{name}:{period}            a name word in a 120-day period (query: this and the two beside)
    p:{place}:{week}             the event's place in a week (query: this and the weeks beside),
                                 by its geonameid and by its name (two gazetteer entries for one
                                 town, a city and its township, still meet)
    c:{cell}:{week}              the event's place's cell of CELL_DEG degrees in a week (query:
                                 the cells around it too): a town and its county, a suburb and
                                 its city
    a:{address}                  a house number with its street
    k:{numbers}:{week}           the numbers of one spot (SPOT_AGES ages, or a block number and
                                 an age) in a week (query: the weeks beside), so that two
                                 reports of one shooting that name other people and other
                                 towns still meet (decide.same_spot)
    h:{word}:{week} / t:{word}:{week}
                                 one way (stored / looked up): the headline words of a report
                                 whose headline does not name its own event place, and the
                                 words of a small town's name where a report places its event;
                                 each kind looks up the other, so that "Marrowfield girl shot"
                                 placed at the outlet's city meets Marrowfield's reports
    j:{province}:{count}:{week} / s:{province}:{count}:{week}
                                 one way (stored / looked up by a headline over page junk;
                                 the other way for a dated story): a toll of HEADLINE_TOLL_MIN or
                                 more harmed ("inj10") in a province in a week, so that "10
                                 people injured in bar shooting" meets the story that gives it
    o:{host}:{week} / r:{host}:{week}
                                 one way (stored / looked up by a headline over page junk; the
                                 other way for a story): the outlet's host in the week of
                                 publication, so that the outlet's own follow-up whose body the
                                 crawl lost (a sign-in wall) meets the outlet's story of the
                                 days before (decide.outlet_page)
    u:{who word} / u:p:{place}   a person's or group's name word / the event's place, with no
                                 date: how an undated report (no publication date, no absolute
                                 date in its text) finds the dated reports of its event, and
                                 they find it. Such keys are capped like the others (a word
                                 shared by more than KEY_CAP reports is skipped), so they only
                                 work through rare names and places.
    u:q:{place name}             one way (stored by a report placed at a geonameid, looked up
                                 by one placed by name alone that nothing dates): the name of a
                                 place known by its geonameid, so that an undated page placed by
                                 its town's name alone meets the story placed at the town's
                                 geonameid (_undated_place_keys)

Dated keys keep every posting list short however large the store grows: the cost of finding
candidates depends on how many reports there are per name per period, not on the store size.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from newsfold.analyse.stamp import local_stamp
from newsfold.calendar_words import MONTH_ABBRS, MONTH_STEM
from newsfold.group import text as tx
from newsfold.records import Analysis, Article, Claim

# 2: place.pop, killx; 3: nt; 4: place.sub, area, lasts; 5: nd; 6: st; 7: vx, nt's side. A
# stored signature without them leaves their rules off: signatures are recomputed when an
# article is reanalysed (group/refresh.py, store/reanalysis.py) or its store regrouped, not on
# a version change
SIGNATURE_VERSION = 7
MAX_TERMS = 120
MAX_NAMES = 40
MAX_PEOPLE = 20
MAX_PLACE_WORDS = 12
LSH_BANDS = 16  # 16 bands x 4 rows of a 64-value MinHash: candidates from Jaccard ~0.5
MIN_LSH_SHINGLES = 15  # below this a text is too short (or all boilerplate) to hash usefully
LEAD_CHARS = 400  # the headline and the first lines say what the report is about
THIN_HEAD = 3  # headline words: with this many, a body that has none of them is page junk
SHORT_BODY = 60  # words: below this the headline's capitalised words count as names too
NAME_PERIOD_DAYS = 120
PLACE_PERIOD_DAYS = 7
CELL_DEG = 0.2  # about 20 km
# a town of at most this many people named in a report's headline places that report there
# (decide.headline_town); a bigger city's name in a headline is too often a hometown or a wire
TOWN_POPULATION = 100_000
# a headline over page junk and a dated story are brought together by a toll of this many harmed
# or more: the `j:`/`s:` keys that find them and decide.headline_toll that weighs them
# (toll_counts; one dead is every other shooting's toll)
HEADLINE_TOLL_MIN = 3
# the numbers that identify one spot or one set of people (decide.same_spot), and the `k:` keys
# that bring two reports giving them together in a week: this many ages, or a block number and
# an age; a report giving more than SPOT_NUMBERS identifying numbers is a roundup (none)
SPOT_AGES = 3
SPOT_NUMBERS = 6
# headline words that make a town's name in it another place's: "Jackson County Sheriff" is
# the county, not the town of Jackson
_AREA_HEAD_WORDS = frozenset(tx.stem(w) for w in ("county", "parish", "township", "borough"))

Signature = dict[str, Any]


def _day(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


def _local_day(article: Article) -> str | None:
    """The publication day on the story's own clock (`analyse.stamp.local_stamp`: a UTC stamp
    in the outlet's zone), the day `when` anchors the report's dates on; else the stamp's day."""
    local = local_stamp(article.published, article.url, article.text)
    return local.date().isoformat() if local is not None else _day(article.published)


def _timestamp(value: str | None) -> str | None:
    """The publication time in UTC (ISO), when the date carries a time."""
    if not value or len(value) <= 10:
        return None
    try:
        stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(dt.UTC).replace(tzinfo=None)
    return stamp.isoformat(timespec="minutes")


def _source_words(source: str | None) -> list[str]:
    """The distinctive words of the outlet's name, to see when another report credits it."""
    if not source or "." in source:
        return []  # a bare host name is never written out in a text
    return sorted({w for w in tx.tokens(source) if w not in tx.STOP and w not in tx.GENERIC_CAPS})


def _host(source: str | None) -> dict[str, str]:
    """{"host": the outlet's host name} when the source is one (ingest takes it from the url),
    else nothing."""
    if not source or "." not in source or " " in source.strip():
        return {}
    return {"host": source.strip().lower()}


def _norm(value: Any) -> str:
    text = unicodedata.normalize("NFKD", str(value))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(text.replace("-", " ").replace(".", "").split())


def _event_place(analysis: Analysis, text: str = "") -> dict[str, Any] | None:
    """The event's place as grouping compares it.

    A place known only by its province or country (geo precision 3 with the province's own
    name, or the capital standing in for a country the text names no finer, with no location
    claim, or a town named like its province when the text says the province: "struck
    Malatya province", `_province_named`) is not a place two events can share: it keeps its
    province (the province's own) and country only.
    """
    ev = analysis.event
    place: dict[str, Any] = {}
    located = False
    for claim in ev.claims:
        if claim.field == "location":
            located = True
            if claim.attrs.get("geonameid"):
                place["gid"] = str(claim.attrs["geonameid"])
                break
    area_only = (
        int(ev.geo_precision or 1) >= 3 and (not located or _norm(ev.location) == _norm(ev.admin1))
    ) or _province_named(analysis, text)
    if area_only:
        place.pop("gid", None)
    elif ev.location:
        place["loc"] = _norm(ev.location)
    if ev.admin1 and not (area_only and not located):  # (the capital's is no province)
        place["admin1"] = _norm(ev.admin1)
    if ev.country:
        place["country"] = _norm(ev.country)
    if ev.latitude is not None and ev.longitude is not None and not area_only:
        place["lat"] = round(float(ev.latitude), 4)
        place["lon"] = round(float(ev.longitude), 4)
    if ev.geo_precision:
        place["prec"] = int(ev.geo_precision)
    pop = _whole_place_population(analysis, place)
    if pop is not None:
        place["pop"] = pop
    sub = None if area_only else _quarter(analysis)
    if sub:
        place["sub"] = sub
    return place or None


_AREA_EVENT_WORDS = """
    flood floods flooding flash-flood storm storms typhoon cyclone hurricane tornado earthquake
    quake tremor aftershock landslide landslides mudslide lahar drought wildfire bushfire
    heatwave eruption tsunami blizzard monsoon downpour
"""
# a disaster that strikes an area: its reports name different villages and quarters of it, so
# a quarter named by one and not the other does not tell two events apart (place.sub)
_AREA_EVENTS = frozenset(tx.stem(w) for w in _AREA_EVENT_WORDS.split())
_LASTING_EVENT_WORDS = """
    flood floods flooding storm storms typhoon cyclone hurricane blizzard monsoon downpour
    wildfire bushfire heatwave drought
"""
# ... and one that lasts more than a day: reports date it by different days of its passage
_LASTING_EVENTS = frozenset(tx.stem(w) for w in _LASTING_EVENT_WORDS.split())

_AREAS = (" county", " regency", " province", " region", " parish", " state", " municipality")


_PROVINCE_WORDS = "province|region|state|governorate|prefecture|oblast"


def _province_named(analysis: Analysis, text: str) -> bool:
    """Whether the event's town shares its province's name and the text names the province
    ("A quake struck Malatya province", "in the province of Malatya") and never the town as
    such ("Malatya city", "the city of Malatya"): the geocoder took the capital for the
    province, and the event is anywhere in it, not in the capital."""
    ev = analysis.event
    loc = _norm(ev.location or "")
    if not loc or loc != _norm(ev.admin1 or "") or not text:
        return False
    body = _norm(text)
    name = re.escape(loc)
    province = re.search(
        rf"\b{name} (?:{_PROVINCE_WORDS})\b|\b(?:{_PROVINCE_WORDS}) of {name}\b", body
    )
    city = re.search(rf"\b{name} (?:city|town)\b|\b(?:city|town) of {name}\b", body)
    return bool(province) and not city


def _quarter(analysis: Analysis) -> str | None:
    """The quarter, neighbourhood or site of a town that the report places the event in, when
    the gazetteer lacks it: the analysis then gives the town as the event's location (ACLED's
    convention) and keeps the quarter as a location claim `within` the town, or gives the
    quarter itself as the location, `unresolved`, `within` the town. (A neighbourhood the
    gazetteer has, Chicago's Englewood, may come as a claim within the city too.)

    Grouping needs it: two air strikes on two quarters of one city on two days both read as
    the city, and only the quarter tells them apart."""
    ev = analysis.event
    town = _norm(ev.location or "")
    if not town:
        return None
    people = {w for n in analysis.names if n for w in _norm(n).split()}
    for claim in ev.claims:
        if claim.field != "location" or not claim.attrs.get("within"):
            continue
        if claim.attrs.get("feature") != "city":
            continue  # a district within a province ("Agam, West Sumatra") is no quarter
        name, within = _norm(claim.value or ""), _norm(claim.attrs["within"])
        if within != town or name == town:
            continue
        if _quarter_name(name, town, people):
            return name
    return None


_MONTHS = frozenset(MONTH_ABBRS) | {"may"}
"""Month abbreviations and "May": no quarter of a town is named with one."""


def _quarter_name(name: str, town: str, people: set[str]) -> bool:
    """Whether a name read as a place within a town can be one of its quarters: not an area
    ("... County"), not the town again ("Miami shooting", "Oceanside on Mar 13"), no date or
    number, not a person the report names, not a generic word ("Side", "East")."""
    words = name.split()
    if not words or name.endswith(_AREAS) or set(words) & (set(town.split()) | _MONTHS):
        return False
    if any(c.isdigit() for c in name) or set(words) <= people:
        return False
    return any(len(w) >= 4 and w not in tx.STOP and w not in tx.GENERIC_CAPS for w in words)


def _whole_place_population(analysis: Analysis, place: dict[str, Any]) -> int | None:
    """The population of the town or city the event is placed at, when the report places it
    at the whole town (its location is the town's own name, not a street or district in it)."""
    if not place.get("gid") or not place.get("loc"):
        return None
    for p in analysis.places:
        if (
            isinstance(p, dict)
            and str(p.get("geonameid") or "") == place["gid"]
            and _norm(p.get("name") or "") == place["loc"]
            and p.get("population") is not None
        ):
            return int(p["population"])
    return None


def _place_keys(place: dict[str, Any] | None) -> list[str]:
    """The place identities blocked on: the geonameid, and the name with its province."""
    if not place:
        return []
    out = []
    if place.get("gid"):
        out.append(f"g{place['gid']}")
    if place.get("loc") and (place.get("admin1") or place.get("country")):
        out.append("|".join(place.get(k) or "" for k in ("loc", "admin1", "country")))
    elif not out:
        key = place_key(place)
        if key:
            out.append(key)
    return out


def _cells(place: dict[str, Any] | None, spread: int) -> list[str]:
    """The grid cells of a precise place (and the cells around it when spread)."""
    if not place or "lat" not in place or int(place.get("prec") or 1) > 1:
        return []
    row, col = int(place["lat"] // CELL_DEG), int(place["lon"] // CELL_DEG)
    offsets = range(-spread, spread + 1)
    return [f"{row + i}.{col + j}" for i in offsets for j in offsets]


def place_key(place: dict[str, Any] | None) -> str | None:
    """The place part of a place x week blocking key: the most specific identity known."""
    if not place:
        return None
    if place.get("gid"):
        return f"g{place['gid']}"
    parts = [place.get("loc"), place.get("admin1"), place.get("country")]
    if not any(parts):
        return None
    return "|".join(p or "" for p in parts)


_HARM_WORDS = """
    shot shoot shooting shootings gunshot gunfire gun guns killed kill killing dead death died
    dies wounded wound wounds injured injuries injury hurt murder homicide slain fatal fatally
    stabbed stabbing attack attacked
"""
# the words a report of harm to people uses, whatever its headline says: a story that uses none
# of them is no report of a shooting, a killing or an attack
_HARM = frozenset(tx.stem(w) for w in _HARM_WORDS.split())


def _another_story(head: set[str], body: set[str], analysis: Analysis | None) -> bool:
    """Whether the body is another story under a headline of harm to people: the headline
    tells of a shooting, a killing or an attack, and the body tells none of its words but the
    names of its places, and no word of harm ("3 Shot, 1 Killed After Dispute In Toledo"
    over a guide to Toledo's fair, or over a storm in the county the headline's town is
    in). The place's name alone is shared by every story of the outlet's city; a report of the
    headline's event, however short, says what happened (shot, killed, wounded). (A headline
    of no harm, a flood's or a protest's, is left to the test of page junk above.)"""
    if analysis is None or not body:
        return False
    words = _place_words(analysis)
    places = {tx.stem(w) for w in words}
    places.update(tx.content_terms(" ".join(words)))
    rest = head - places
    return len(rest) >= THIN_HEAD and bool(head & _HARM) and not rest & body and not body & _HARM


def _streets(text: str) -> dict[str, list[str]]:
    """The signature's `st` field: the words of the streets the text names, if any."""
    streets = tx.street_names(text)
    return {"st": sorted(streets)} if streets else {}


def signature(article: Article, analysis: Analysis | None) -> Signature:
    """The grouping signature of one article (pure; see the module docstring for the fields)."""
    body = article.text or ""
    body_tokens = tx.tokens(body)
    title_content = tx.content_terms(article.title or "")
    body_content = tx.content_of(body_tokens)
    slug_words, url_day = tx.url_slug(article.url)
    slug = tx.content_of(slug_words)
    head = set(title_content) | set(slug)
    # page junk (a sign-in form, a video playlist, a newsletter prompt) under a real headline:
    # the body says nothing the headline says, so the headline and the address are the report
    thin = (
        not body_tokens
        or (len(head) >= THIN_HEAD and not head & set(body_content))
        or _another_story(head, set(body_content), analysis)
    )
    if thin:
        body, body_tokens, body_content = "", [], []
    full = f"{article.title or ''}\n{body}" if article.title else body
    content = title_content + body_content + (slug if thin else [])
    words = body_tokens or tx.tokens(article.title or "")
    counts: dict[str, int] = {}
    for term in content:
        counts[term] = counts.get(term, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_TERMS]
    names = tx.name_words(body)
    if len(body_tokens) < SHORT_BODY and article.title:
        # a stub or a crawl of page junk: the headline is all there is to go on
        for word in tx.name_words(". " + article.title):
            names[word] += 1
    body_content = body_content or content
    shingles = tx.shingles(words, 3)
    pairs = tx.sorted_pairs(body_content)
    sig: Signature = {
        "v": SIGNATURE_VERSION,
        "id": article.id,
        "pub": _local_day(article),
        "ts": _timestamp(article.published),
        "src": _source_words(article.source),
        **_host(article.source),
        "terms": dict(ranked),
        "title": sorted(set(title_content)),
        "names": [n for n, _ in sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))][:MAX_NAMES],
        "nums": sorted(tx.number_keys(full)),
        **_streets(full),
        "mh": tx.minhash(shingles),
        "n_mh": len(shingles),
        "mhs": tx.minhash(pairs),
        "n_mhs": len(pairs),
        "words": len(words),
    }
    if thin:
        sig["thin"] = True
        sig["hk"] = _headline_keys(article.title, slug_words)
    lead = {w.lower() for w in tx.tokens(f"{article.title or ''} {body[:LEAD_CHARS]}")}
    lead_stems = {tx.stem(w) for w in lead}
    if lead_stems & _AREA_EVENTS:
        sig["area"] = 1
    if lead_stems & _LASTING_EVENTS:
        sig["lasts"] = 1
    sig["lead"] = [n for n in sig["names"] if n in lead]
    if slug:
        sig["slug"] = sorted(set(slug))
    if url_day:
        sig["udate"] = url_day
    placewords: set[str] = set()
    if analysis is not None:
        _add_event_facts(sig, analysis, full)
        side = _midnight_side(analysis, full) if sig.get("d0") else ""
        if side:
            sig["nt"] = side
        if thin:
            sig.pop("who", None)  # the people of the page junk
        # place names are the event's place, compared as such: as name words they would make
        # two events in one town look like one
        placewords = _place_words(analysis)
        sig["names"] = [n for n in sig["names"] if n not in placewords]
        sig["lead"] = [n for n in sig["lead"] if n not in placewords]
        local = _local_places(analysis)
        if local:
            sig["pw"] = local
    principal = tx.principal_names(body, placewords)
    people = set(principal)
    if analysis is not None and not thin:
        people |= _claimed_people(analysis.event.claims, placewords)
    outlet = tx.dateline_outlet(body)
    if outlet:
        _drop_name_words(sig, outlet)
    credits = tx.credit_names(body)
    if credits:
        # a caption's photographer ("| Dana Whitlow/Sun-Times"), whom the analysis may read
        # into a victims' phrase: the outlet's staff, under every story it runs
        _drop_credits(sig, credits)
        people -= credits
    # (one the text names with an age or as identified is a person of the story whatever her
    # role: a spokeswoman who was herself shot)
    officials = tx.official_names(body) - principal
    if officials:
        # a police spokeswoman or a coroner ("Ada Quell, an LMPD spokeswoman, said"), whom the
        # analysis may read as a victim: she speaks in every report of her city's shootings
        people -= officials
        _drop_officials(sig, officials, people)
    if analysis is not None and not thin:
        others = _claimed_people(
            [c for c in analysis.discarded if c.attrs.get("reason", "").startswith(_OTHER)],
            placewords,
        )
        if others:
            # the victims of another shooting the report recalls ("On Monday, Corey Maddox, 34,
            # was killed on Quillan Avenue"): not what it is about
            people -= others
            sig["oth"] = sorted(others)[:MAX_PEOPLE]
            other_words = {w for p in others for w in tx.name_parts(p)} - {
                w for p in people for w in tx.name_parts(p)
            }
            _drop_name_words(sig, other_words)
    if people:
        sig["ppl"] = sorted(people)[:MAX_PEOPLE]
    return sig


def _drop_officials(sig: Signature, officials: set[str], people: set[str]) -> None:
    """Takes the officials (`text.official_names`) out of the analysis' names, and their words
    out of the name words, but for the words of the report's own people."""
    keep = {w for p in people for w in tx.name_parts(p)}
    _drop_name_words(sig, {w for o in officials for w in tx.name_parts(o)} - keep)
    _drop_who(sig, lambda n: tx.person_key(n) in officials)


def _drop_credits(sig: Signature, credits: set[str]) -> None:
    """Takes the credited staff (`text.credit_names`) out of the names and the analysis' names."""
    _drop_name_words(sig, {w for c in credits for w in c.split()})
    _drop_who(sig, lambda n: any(set(c.split()) <= set(n.split()) for c in credits))


def _drop_name_words(sig: Signature, words: set[str]) -> None:
    """Takes `words` out of the name words and the lead's name words."""
    sig["names"] = [n for n in sig["names"] if n not in words]
    sig["lead"] = [n for n in sig["lead"] if n not in words]


def _drop_who(sig: Signature, drop: Callable[[str], bool]) -> None:
    """Takes the analysis' names that `drop` says out of `who` (and `who` when none is left)."""
    if sig.get("who"):
        sig["who"] = [n for n in sig["who"] if not drop(n)]
        if not sig["who"]:
            del sig["who"]


_PEOPLE_FIELDS = frozenset({"fatalities", "injuries", "arrested", "kidnapped"})


_OTHER = ("other_period", "other_event")


def _claimed_people(claims: list[Claim], exclude: set[str]) -> set[str]:
    """People the claims read as the killed, injured, arrested or kidnapped, or as victims."""
    out: set[str] = set()
    for claim in claims:
        text = None
        if claim.field in _PEOPLE_FIELDS:
            text = claim.attrs.get("victims")
        elif claim.field == "actor2" and claim.attrs.get("how") == "victims":
            text = claim.text
        if not text:
            continue
        for m in tx.PERSON.finditer(str(text)):
            if tx.eponym_at(str(text), m.start(), m.end()):
                continue  # "Martin Luther King Jr. Day": the day the victims were shot on
            key = tx.person_key(m.group(0), exclude, officials=False)
            if key:
                out.add(key)
    return out


_PLACE_PART_WORDS = """
    town township ville village borough parish lake lakes river mount mt fort ft port beach
    heights hill hills springs spring falls valley creek island isle bay san santa los las new
    old upper lower little big great grand glen point harbor harbour center centre square
"""
PLACE_PARTS = frozenset(_PLACE_PART_WORDS.split())


def _local_places(analysis: Analysis) -> list[str]:
    """The distinctive words of the towns, districts and streets the article places things in
    (not its provinces or countries): a headline's "Killeen" finds the reports placed there."""
    names = [analysis.event.location]
    names.extend(p.get("name") for p in analysis.places if isinstance(p, dict))
    words = {
        w
        for n in names
        if n
        for w in tx.tokens(str(n))
        if len(w) > 2
        and not w[0].isdigit()
        and w not in tx.STOP
        and w not in tx.GENERIC_CAPS
        and w not in PLACE_PARTS
    }
    return sorted(words)[:MAX_PLACE_WORDS]


def _headline_keys(title: str | None, slug: list[str]) -> list[str]:
    """The words and word pairs of a headline (and of the address's slug) that could be a name
    or a place: what a headline-only report looks its event up by."""
    out: set[str] = set()
    for words in (tx.tokens(title or ""), slug):
        words = [w for w in words if not w[0].isdigit()]
        for i, w in enumerate(words):
            if len(w) > 3 and w not in tx.STOP and w not in tx.GENERIC_CAPS:
                out.add(w)
            if i + 1 < len(words) and words[i + 1] not in tx.STOP and w not in tx.STOP:
                out.add(f"{w} {words[i + 1]}")
    return sorted(out)


def _place_words(analysis: Analysis) -> set[str]:
    ev = analysis.event
    names = [ev.location, ev.admin1, ev.admin2, ev.country]
    for p in analysis.places:
        if isinstance(p, dict):
            names.extend(p.get(k) for k in ("name", "admin1", "admin2", "country"))
    return {w for n in names if n for w in tx.tokens(str(n))}


def _add_event_facts(sig: Signature, analysis: Analysis, text: str = "") -> None:
    ev = analysis.event
    d0 = _day(ev.date_start) or _day(ev.event_date)
    d1 = _day(ev.date_end) or _day(ev.event_date) or d0
    if d0 and d1:
        sig["d0"], sig["d1"] = min(d0, d1), max(d0, d1)
        sig["prec"] = int(ev.time_precision or 1)
        if _explicit_date(analysis):
            sig["dx"] = 1
        if _undated(analysis):
            sig["nd"] = 1
    place = _event_place(analysis, text)
    if place:
        sig["place"] = place
    mentioned = []
    for p in analysis.places:
        if isinstance(p, dict):
            key = p.get("geonameid") or p.get("name")
            if key:
                mentioned.append(str(key) if p.get("geonameid") else _norm(key))
    if mentioned:
        sig["places"] = sorted(set(mentioned))
    if ev.event_type:
        sig["type"] = ev.event_type
    if ev.sub_event_type:
        sig["sub"] = ev.sub_event_type
    if ev.fatalities is not None:
        sig["kill"] = int(ev.fatalities)
        if ev.fatalities_high is not None and int(ev.fatalities_high) == int(ev.fatalities):
            sig["killx"] = 1  # a definite count ("killed 12"), not a floor ("at least 12")
    if ev.injuries is not None:
        sig["inj"] = int(ev.injuries)
    who = sorted({_norm(n) for n in analysis.names if n and _norm(n)})
    if who:
        sig["who"] = who[:MAX_NAMES]
    sexes = victims_sexes(ev.claims)
    if sexes:
        sig["vx"] = sexes


_SEX_OF_WORDS = {
    "m": "man men boy boys he father son brother husband boyfriend",
    "f": "woman women girl girls she mother daughter sister wife girlfriend",
}
_SEX_WORDS = {word: sex for sex, words in _SEX_OF_WORDS.items() for word in words.split()}


def victims_sexes(claims: list[Claim]) -> str:
    """The sexes of the harmed, read from the victims' words of the death and injury claims
    that count someone ("A woman was shot", "One man is dead", "She died"): "m", "f", "fm", or
    "" when no claim tells (a name, "a teen", "two people"). Two reports of one town and day,
    one of a man shot and the other of a woman, are two shootings (decide.victims_differ)."""
    out: set[str] = set()
    for claim in claims:
        if claim.field not in ("fatalities", "injuries"):
            continue
        if not (claim.value or claim.attrs.get("harmed")):
            continue
        words = re.findall(r"[a-z]+", str(claim.attrs.get("victims") or "").lower())
        out |= {_SEX_WORDS[w] for w in words if w in _SEX_WORDS}
    return "".join(sorted(out))


_CALENDAR = re.compile(
    rf"\b{MONTH_STEM}[a-z]*\.?\s+\d"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_STEM}"
    r"|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b",
    re.I,
)


def _explicit_date(analysis: Analysis) -> bool:
    """Whether the event's date is written out as a calendar date ("On 30 April 2020", "May
    3"), not worked out from "on Monday" or "last week" (which a wrong anchor shifts)."""
    ev = analysis.event
    for claim in ev.claims:
        if claim.field == "event_date" and str(claim.value) == str(ev.event_date):
            return bool(_CALENDAR.search(str(claim.attrs.get("expression") or claim.text)))
    return False


def _undated(analysis: Analysis) -> bool:
    """Whether the event's date is only the publication's stand-in: no claim dates it and its
    precision is a week or coarser (analyse/when.py: "with a publication date and no usable
    expression, the event is dated to the publication day with precision 2")."""
    ev = analysis.event
    if int(ev.time_precision or 1) < 2:
        return False
    return not any(c.field == "event_date" for c in ev.claims)


_NIGHT_WORDS = re.compile(r"\b(?:night|overnight|midnight|late|early|tonight)\b", re.I)
_NIGHT_SIDE = {
    "night": "l",
    "late": "l",
    "tonight": "l",
    "early": "e",
    "overnight": "el",
    "midnight": "el",
    "wee hours": "e",
}
_SMALL_HOURS = re.compile(
    r"\b(?:(?:1[01]|[9])(?::[0-5]\d)?\s*p\.?\s?m\b|(?:12|[1-4])(?::[0-5]\d)?\s*a\.?\s?m\b)"
    r"|\bmidnight\b|\bovernight\b|\bwee hours\b",
    re.I,
)


def _midnight_side(analysis: Analysis, text: str) -> str:
    """On which side of midnight the event's time is, so that reports may put it on either day:
    "l" late in its day ("late Saturday", "Saturday night", a clock time from 9 p.m.), "e"
    early ("early Sunday", from midnight to 5 a.m.), "el" either ("overnight", "midnight"),
    "" neither. A shooting on "Sunday morning" and another on "Monday night" are no night's
    (decide.across_midnight)."""
    side: set[str] = set()
    ev = analysis.event
    for claim in ev.claims:
        if claim.field == "event_date" and str(claim.value) == str(ev.event_date):
            expression = str(claim.attrs.get("expression") or claim.text)
            for match in _NIGHT_WORDS.finditer(expression):
                side |= set(_NIGHT_SIDE[match.group(0).lower()])
    for match in _SMALL_HOURS.finditer(text):
        word = match.group(0).lower()
        side |= set(_NIGHT_SIDE.get(word, "") or ("l" if "p" in word else "e"))
    return "".join(sorted(side))


def anchor_day(sig: Signature) -> dt.date | None:
    """The day that dates the event for blocking: its start when resolved, else publication."""
    if sig.get("d0") and int(sig.get("prec") or 1) <= 2:
        return dt.date.fromisoformat(sig["d0"])
    if sig.get("pub"):
        return dt.date.fromisoformat(sig["pub"])
    return None


def name_keys(sig: Signature) -> list[str]:
    """Names to index: the capitalised words, and every word of the analysis' names."""
    keys = list(sig.get("names", []))
    for who in sig.get("who", []):
        keys.extend(w for w in who.split() if len(w) > 2 and w not in tx.GENERIC_CAPS)
    keys.extend(sig.get("pw", ()))
    # a headline-only report looks up its headline's words and pairs: "Haw River bar shooting"
    keys.extend(sig.get("hk", ()))
    seen: set[str] = set()
    return [k for k in keys if not (k in seen or seen.add(k))]  # type: ignore[func-returns-value]


def headline_words(sig: Signature) -> set[str]:
    """The headline's content words, with the address's slug (often the first headline)."""
    return set(sig.get("title", ())) | set(sig.get("slug", ()))


def who_words(sig: Signature) -> set[str]:
    """The distinctive words of the people and groups the analysis named."""
    return {
        w
        for who in sig.get("who", [])
        for w in who.split()
        if len(w) > 2 and w not in tx.GENERIC_CAPS
    }


def people_words(sig: Signature) -> set[str]:
    """The words of the names of the people the report is about (`ppl`)."""
    return {
        w
        for p in sig.get("ppl", ())
        for w in tx.name_parts(p)
        if len(w) > 2 and w not in tx.GENERIC_CAPS
    }


def town_words(place: dict[str, Any] | None) -> set[str]:
    """The content words of the name of a town (precisely placed, geo precision 1) of at most
    TOWN_POPULATION people where a report places its event; empty for anything else."""
    if not place or int(place.get("prec") or 1) != 1:
        return set()
    if int(place.get("pop") or 0) > TOWN_POPULATION:
        return set()
    return set(tx.content_terms(place.get("loc") or ""))


def headline_places_elsewhere(sig: Signature) -> bool:
    """Whether the report's headline may name a town its event place is not: it does not name
    that place (the analysis took the outlet's city, a hometown, or nothing), and no county or
    parish whose name a town's could be.

    Not for a headline over page junk (`thin`): its words, the town's among them, are already
    compared with what the other report tells (decide.headline_cover), and the same town
    counted again as the place joined a junk page to every report of that town in its week."""
    head = headline_words(sig)
    if sig.get("thin") or not head or head & _AREA_HEAD_WORDS:
        return False
    own = set(tx.content_terms((sig.get("place") or {}).get("loc") or ""))
    return not (own and own <= head)


def _town_keys(sig: Signature, weeks: list[int], query: bool) -> list[str]:
    """The one-way keys, in a week, that bring a report whose headline may name a town it is
    not placed in (headline_places_elsewhere) to the reports placed in that town (town_words):
    the first stores its headline's words as `h:` keys and looks them up as `t:` keys; the
    second stores its town's words as `t:` keys and looks them up as `h:` keys. (One way, unlike
    the other keys: headline words keyed both ways would bring every two headlines that share
    a word together, and the town's reports already meet through their place's `p:` keys.)
    decide.headline_town then decides."""
    heads = headline_words(sig) if headline_places_elsewhere(sig) else set()
    town = town_words(sig.get("place"))
    head_kind, town_kind = ("t", "h") if query else ("h", "t")
    out = [f"{head_kind}:{w}:{k}" for w in sorted(heads) for k in weeks]
    out.extend(f"{town_kind}:{w}:{k}" for w in sorted(town) for k in weeks)
    return out


def _toll_fields(sig: Signature) -> list[str]:
    """The counts a headline over page junk (`thin`) gives, or a dated story placed in a
    province, as "kill3" / "inj10": what decide.headline_toll compares (toll_counts)."""
    if sig.get("thin"):
        if not sig.get("pub"):
            return []
    elif sig.get("nd") or not sig.get("d0") or int(sig.get("prec") or 1) > 1:
        return []
    return [f"{f}{n}" for f, n in sorted(toll_counts(sig).items()) if n > 0]


def toll_counts(sig: Signature) -> dict[str, int]:
    """The counts a report gives ({"kill": 1, "inj": 9}), when HEADLINE_TOLL_MIN or more people
    are harmed in all; else none: the toll a headline over page junk and a dated story share
    (`_toll_keys`, decide.headline_toll)."""
    given = {f: int(sig[f]) for f in ("kill", "inj") if sig.get(f) is not None}
    return given if sum(given.values()) >= HEADLINE_TOLL_MIN else {}


def _toll_keys(sig: Signature, spread: int) -> list[str]:
    """The one-way keys that bring a headline over page junk to the dated stories of its
    province that give its toll in the weeks around its publication day (decide.headline_toll):
    the page stores `j:{province}:{count}:{week}` keys and looks up `s:` keys, the story stores
    `s:` keys (the week of its event) and looks up `j:` keys. (One way: two stories of one toll
    already meet by their place, and two pages' tolls are no fact.)"""
    province = (sig.get("place") or {}).get("admin1")
    fields = _toll_fields(sig) if province else []
    if not fields:
        return []
    day = sig["pub"] if sig.get("thin") else sig["d0"]
    week = dt.date.fromisoformat(day).toordinal() // PLACE_PERIOD_DAYS
    own, other = ("j", "s") if sig.get("thin") else ("s", "j")
    kind = other if spread else own
    return [f"{kind}:{province}:{f}:{week + o}" for f in fields for o in range(-spread, spread + 1)]


def _outlet_keys(sig: Signature, spread: int) -> list[str]:
    """The one-way keys that bring a headline over page junk (`thin`) to the stories its outlet
    published in the days before it (decide.outlet_page): the page stores `o:{host}:{week}`
    and looks up `r:` keys of its week and the week before; a story stores `r:{host}:{week}`
    and looks up `o:` keys of its week and the week after. (One way: two stories of an outlet
    already meet by what they tell, and two pages of it share nothing but the outlet.)"""
    host, pub = sig.get("host"), sig.get("pub")
    if not host or not pub:
        return []
    week = dt.date.fromisoformat(pub).toordinal() // PLACE_PERIOD_DAYS
    if sig.get("thin"):
        return [f"r:{host}:{week - o}" for o in (0, 1)] if spread else [f"o:{host}:{week}"]
    return [f"o:{host}:{week + o}" for o in (0, 1)] if spread else [f"r:{host}:{week}"]


def _undated_place_keys(sig: Signature, query: bool) -> list[str]:
    """The undated place keys: `u:p:` by the place's most specific identity (its geonameid, else
    its name with its province), and `u:q:` one way by name. A report placed at a geonameid
    stores `u:p:` with it and `u:q:` with its name, and looks up `u:p:` of its geonameid only; a
    report placed by name alone (no geonameid: a headline page, a town the gazetteer did not
    resolve) stores `u:p:` with its name and looks up `u:p:` of it, and `u:q:` too when nothing
    dates its event (`nd`, or no date at all). So the undated page meets the story placed at its
    town's geonameid, and it is the page that looks: a report placed at a geonameid finds no
    more candidates than before, a dated report meets the town's other reports through the
    dated `p:` keys (by each identity), and two reports never share two such keys (candidates
    are ranked by keys shared: a place counted twice for having two identities pushed out of
    the MAX_CANDIDATES reports that share the event's date)."""
    place = sig.get("place")
    ids = _place_keys(place)
    if not ids:
        return []
    if place and place.get("gid"):
        gid, named = ids[0], ids[1:]
        return [f"u:p:{gid}"] + ([] if query else [f"u:q:{k}" for k in named])
    out = [f"u:p:{k}" for k in ids]
    if query and (sig.get("nd") or anchor_day(sig) is None):
        out.extend(f"u:q:{k}" for k in ids)
    return out


def outlet_key(key: str) -> bool:
    """Whether a blocking key is one of the one-way outlet keys (`o:`/`r:`, _outlet_keys):
    assign ranks the candidates they find apart (assign.OUTLET_CANDIDATES)."""
    return key.startswith(("o:", "r:"))


def _keys(sig: Signature, spread: int) -> list[str]:
    out: list[str] = []
    if sig.get("n_mhs", 0) >= MIN_LSH_SHINGLES:
        out.extend(f"l:{b}" for b in tx.bands(sig["mhs"], LSH_BANDS))
    day = anchor_day(sig)
    offsets = range(-spread, spread + 1)
    if day is not None:
        ordinal = day.toordinal()
        periods = [ordinal // NAME_PERIOD_DAYS + o for o in offsets]
        weeks = [ordinal // PLACE_PERIOD_DAYS + o for o in offsets]
    else:
        periods = weeks = []
    for name in name_keys(sig):
        out.extend(f"n:{name}:{p}" for p in periods)
        if day is None:
            out.append(f"n:{name}:-")
    for key in _place_keys(sig.get("place")):
        out.extend(f"p:{key}:{w}" for w in weeks)
    out.extend(_undated_place_keys(sig, query=spread > 0))
    for cell in _cells(sig.get("place"), spread):
        out.extend(f"c:{cell}:{w}" for w in weeks)
    # the people a report is about, by any word of their names and with no date: a court story
    # a year on finds the report of the shooting through the victim it names ("Noelle Shawver,
    # 5,") even when the analysis' names hold only the accused
    out.extend(f"u:{w}" for w in sorted(who_words(sig) | people_words(sig)))
    out.extend(f"a:{n[5:]}" for n in sig.get("nums", []) if n.startswith("addr:"))
    out.extend(f"k:{spot}:{w}" for spot in spot_numbers(sig) for w in weeks)
    out.extend(_town_keys(sig, weeks, query=spread > 0))
    out.extend(_toll_keys(sig, spread))
    out.extend(_outlet_keys(sig, spread))
    return out


def spot_numbers(sig: Signature) -> list[str]:
    """The sets of a report's numbers that identify one spot or one set of people, each as one
    string: every SPOT_AGES of its ages ("age:16+age:17+age:22") and every block number with an
    age ("block:6200+age:4"); none when it gives more than SPOT_NUMBERS numbers (a roundup).
    Two reports sharing one of these sets share what decide.same_spot asks."""
    nums = sorted(sig.get("nums", ()))
    if len(nums) > SPOT_NUMBERS:
        return []
    ages = [n for n in nums if n.startswith("age:")]
    blocks = [n for n in nums if n.startswith("block:")]
    out = ["+".join(group) for group in itertools.combinations(ages, SPOT_AGES)]
    out.extend(f"{block}+{age}" for block in blocks for age in ages)
    return out


def index_keys(sig: Signature) -> list[str]:
    """The keys stored for this article."""
    return sorted(set(_keys(sig, 0)))


def query_keys(sig: Signature) -> list[str]:
    """The keys looked up to find its candidates (neighbouring periods too)."""
    return sorted(set(_keys(sig, 1)))
