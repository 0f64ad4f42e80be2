"""An article's grouping signature, and the blocking keys that find its candidates.

A signature is a small JSON-able dict, a pure function of (Article, Analysis), so it can be
computed in a worker process or a Spark task and stored in the `signatures` table:

    id, pub, ts        the article id, publication day and (when given) time in UTC
    src                the distinctive words of the outlet's name
    d0, d1, prec       the event's date range and ACLED time precision (from the analysis)
    place              the event's place: geonameid, location, admin1, country, lat, lon, precision
    places             geonameids (or names) of every resolved place the article mentions
    type, sub          ACLED event type and sub-event type
    kill, inj          fatalities and injuries
    who                normalised people and group names (the analysis' `names`)
    names              capitalised words inside sentences (people, streets, groups), by frequency,
                       less the words of the places the analysis resolved
    lead               those of the names in the headline or the first LEAD_CHARS characters
    nums               identifying numbers: ages, block and house numbers
    title              the headline's stemmed content words
    terms              up to MAX_TERMS stemmed content words with their counts (TF; the IDF comes
                       from the store's document frequencies when two signatures are compared)
    mh, n_mh           MinHash of word 3-shingles and the shingle count (exact copies)
    mhs, n_mhs         MinHash of order-free adjacent content-word pairs and the count (rewrites)

Blocking keys (`index_keys`, `query_keys`) are strings stored in `block_keys`; two articles are
ever compared only when they share one:

    l:{band}:{hash}              LSH band of `mhs` (copies and rewrites, any date)
    n:{name}:{period}            a name word in a 120-day period (query: this and the two beside)
    p:{place}:{week}             the event's place in a week (query: this and the weeks beside)
    a:{address}                  a house number with its street
    u:{who word} / u:p:{place}   a person's or group's name word / the event's place, with no
                                 date: how an undated report (no publication date, no absolute
                                 date in its text) finds the dated reports of its event, and
                                 they find it. Such keys are capped like the others (a word
                                 shared by more than KEY_CAP reports is skipped), so they only
                                 work through rare names and places.

Dated keys keep every posting list short however large the store grows: the cost of finding
candidates depends on how many reports there are per name per period, not on the store size.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

from newsfold.group import text as tx
from newsfold.records import Analysis, Article

SIGNATURE_VERSION = 1
MAX_TERMS = 120
MAX_NAMES = 40
LSH_BANDS = 16  # 16 bands x 4 rows of a 64-value MinHash: candidates from Jaccard ~0.5
MIN_LSH_SHINGLES = 15  # below this a text is too short (or all boilerplate) to hash usefully
LEAD_CHARS = 400  # the headline and the first lines say what the report is about
SHORT_BODY = 60  # words: below this the headline's capitalised words count as names too
NAME_PERIOD_DAYS = 120
PLACE_PERIOD_DAYS = 7

Signature = dict[str, Any]


def _day(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


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


def _norm(value: Any) -> str:
    text = unicodedata.normalize("NFKD", str(value))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(text.replace("-", " ").replace(".", "").split())


def _event_place(analysis: Analysis) -> dict[str, Any] | None:
    ev = analysis.event
    place: dict[str, Any] = {}
    for claim in ev.claims:
        if claim.field == "location" and claim.attrs.get("geonameid"):
            place["gid"] = str(claim.attrs["geonameid"])
            break
    if ev.location:
        place["loc"] = _norm(ev.location)
    if ev.admin1:
        place["admin1"] = _norm(ev.admin1)
    if ev.country:
        place["country"] = _norm(ev.country)
    if ev.latitude is not None and ev.longitude is not None:
        place["lat"] = round(float(ev.latitude), 4)
        place["lon"] = round(float(ev.longitude), 4)
    if ev.geo_precision:
        place["prec"] = int(ev.geo_precision)
    return place or None


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


def signature(article: Article, analysis: Analysis | None) -> Signature:
    """The grouping signature of one article (pure; see the module docstring for the fields)."""
    body = article.text or ""
    full = f"{article.title or ''}\n{body}" if article.title else body
    body_tokens = tx.tokens(body)
    title_content = tx.content_terms(article.title or "")
    body_content = tx.content_of(body_tokens)
    content = title_content + body_content
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
        "pub": _day(article.published),
        "ts": _timestamp(article.published),
        "src": _source_words(article.source),
        "terms": dict(ranked),
        "title": sorted(set(title_content)),
        "names": [n for n, _ in sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))][:MAX_NAMES],
        "nums": sorted(tx.number_keys(full)),
        "mh": tx.minhash(shingles),
        "n_mh": len(shingles),
        "mhs": tx.minhash(pairs),
        "n_mhs": len(pairs),
        "words": len(words),
    }
    lead = {w.lower() for w in tx.tokens(f"{article.title or ''} {body[:LEAD_CHARS]}")}
    sig["lead"] = [n for n in sig["names"] if n in lead]
    if analysis is not None:
        _add_event_facts(sig, analysis)
        # place names are the event's place, compared as such: as name words they would make
        # two events in one town look like one
        placewords = _place_words(analysis)
        sig["names"] = [n for n in sig["names"] if n not in placewords]
        sig["lead"] = [n for n in sig["lead"] if n not in placewords]
    return sig


def _place_words(analysis: Analysis) -> set[str]:
    ev = analysis.event
    names = [ev.location, ev.admin1, ev.admin2, ev.country]
    for p in analysis.places:
        if isinstance(p, dict):
            names.extend(p.get(k) for k in ("name", "admin1", "admin2", "country"))
    return {w for n in names if n for w in tx.tokens(str(n))}


def _add_event_facts(sig: Signature, analysis: Analysis) -> None:
    ev = analysis.event
    d0 = _day(ev.date_start) or _day(ev.event_date)
    d1 = _day(ev.date_end) or _day(ev.event_date) or d0
    if d0 and d1:
        sig["d0"], sig["d1"] = min(d0, d1), max(d0, d1)
        sig["prec"] = int(ev.time_precision or 1)
    place = _event_place(analysis)
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
    if ev.injuries is not None:
        sig["inj"] = int(ev.injuries)
    who = sorted({_norm(n) for n in analysis.names if n and _norm(n)})
    if who:
        sig["who"] = who[:MAX_NAMES]


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
    seen: set[str] = set()
    return [k for k in keys if not (k in seen or seen.add(k))]  # type: ignore[func-returns-value]


def who_words(sig: Signature) -> set[str]:
    """The distinctive words of the people and groups the analysis named."""
    return {
        w
        for who in sig.get("who", [])
        for w in who.split()
        if len(w) > 2 and w not in tx.GENERIC_CAPS
    }


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
    pk = place_key(sig.get("place"))
    if pk:
        out.extend(f"p:{pk}:{w}" for w in weeks)
        out.append(f"u:p:{pk}")
    out.extend(f"u:{w}" for w in sorted(who_words(sig)))
    out.extend(f"a:{n[5:]}" for n in sig.get("nums", []) if n.startswith("addr:"))
    return out


def index_keys(sig: Signature) -> list[str]:
    """The keys stored for this article."""
    return sorted(set(_keys(sig, 0)))


def query_keys(sig: Signature) -> list[str]:
    """The keys looked up to find its candidates (neighbouring periods too)."""
    return sorted(set(_keys(sig, 1)))
