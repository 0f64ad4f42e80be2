"""Stand-in for US towns newsfold has not seen (dev half of the GVA data only).

    python benchmarks/stand_in_gva.py --seed 4 [--out DIR] [--far]

Writes a copy of the dev half of `gva/` in which, for each incident whose articles name GVA's
town (`city_or_county`), that town, when it has under 100,000 people (a big city is also told by its
neighbourhoods, police and outlets, which the swap would leave behind), is swapped for another
real town of the same state: a
GeoNames town of the gazetteer (cities500), not a postal name, not a county's or state's name
nor an English word ("Mobile"), not a name its articles already hold. Half the swaps take a
town of similar size (a third to three times the people), half a random small one (under
5,000 people); both within 80 km of the old town (`--far`: anywhere in the state), so the
outlet's home market still fits the story. The name is replaced wherever it is written as a
name (title, text, the URL's path words; "Franklin", "FRANKLIN", "franklin-man-shot"), the
old town's county ("Johnson County") by the new town's county, and the record's
`city_or_county` by the new name. Every article of an incident gets the same town.

The outlet stays where it is: its name is not swapped in a title's site part ("... | The
Franklin Gazette"), in the text ("told the Franklin Herald") or in the host, and an incident
any of whose articles names its town only there (or not at all: the page of another
story, a reader's note) is not swapped: such an article is placed by its outlet or another
town, which the swap does not move. Nor is a town that could be found without its
name, which the swap would wrongly score as lost: one named like its own county ("Franklin" in
Franklin County), or the town newsfold writes for a county the text names (its seat).

Score the copy by pointing the benchmarks at it (the script prints the commands):
`NEWSFOLD_DATA=<out> python benchmarks/extract_gva.py --only dev --errors city`, or
`reconcile_gva.py --only dev --db /tmp/...` (its own store).

A swap can leave a text that no longer fits its words (a street named after the old town, a
county that is not the new town's, a neighbourhood of a big city moved to a village): compare
two runs (base and branch) on the same seed, not the absolute figure.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
from pathlib import Path
from typing import Any

from common import DATA, read_jsonl, split_of
from newsfold.analyse.gazetteer import ADMIN1, ADMIN2, CITY, Gazetteer, get_gazetteer, name_key
from newsfold.analyse.where.vocabulary import is_common
from newsfold.analyse.where.write import _county_town

_PLAIN_NAME = re.compile(r"[A-Z][A-Za-z' \-.]+")
_NEAR_KM = 80.0
_BIG_CITY = 100_000


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, a)))


def _name_pattern(name: str) -> re.Pattern[str]:
    """A name as written: as is or in capitals, words apart by spaces or hyphens, "Saint" also
    "St." and "Mount" also "Mt."; never in lower case (a town named like a word)."""

    def forms(word: str) -> list[str]:
        alts = {word, word.upper()}
        low = word.lower().rstrip(".")
        if low in ("saint", "st"):
            alts |= {"Saint", "St.", "St", "SAINT", "ST."}
        if low in ("mount", "mt"):
            alts |= {"Mount", "Mt.", "Mt", "MOUNT", "MT."}
        return sorted((re.escape(a) for a in alts), key=len, reverse=True)

    words = [w for w in re.split(r"[\s\-]+", name.strip()) if w]
    body = r"[\s\-]+".join("(?:" + "|".join(forms(w)) + ")" for w in words)
    return re.compile(r"(?<![\w-])" + body + r"(?![\w-])")


def _url_pattern(name: str) -> re.Pattern[str]:
    """The name as words of a URL's path ("franklin-man-shot", "st-louis", "new_albany")."""
    words = [re.escape(w.lower().rstrip(".")) for w in re.split(r"[\s\-]+", name.strip()) if w]
    return re.compile(r"(?<=[/\-_])" + r"[\-_]".join(words) + r"(?=[/\-_.?]|$)")


def _county_pattern(county: str) -> re.Pattern[str] | None:
    """ "Johnson County" also as "Johnson Co." and in capitals; None for a county-free name."""
    m = re.fullmatch(r"(.+?) (County|Parish|Borough)", county)
    if m is None:
        return None
    base = _name_pattern(m.group(1)).pattern[len(r"(?<![\w-])") : -len(r"(?![\w-])")]
    word = m.group(2)
    tail = (
        f"(?:{word}|{word.upper()}|Co\\.|CO\\.)"
        if word == "County"
        else f"(?:{word}|{word.upper()})"
    )
    return re.compile(r"(?<![\w-])" + base + r"\s+" + tail + r"(?![\w-])")


def _bad_names(g: Gazetteer) -> set[str]:
    """Keys of names that are also a state's or a US county's (either would change the test)."""
    bad: set[str] = set()
    for key, v in g.index.items():
        rows = (v,) if isinstance(v, int) else v
        for i in rows:
            if g.kind[i] == ADMIN1 or (g.kind[i] == ADMIN2 and g.cc[i] == "US"):
                bad.add(key)
                break
    return bad


def _pick(
    g: Gazetteer, rng: random.Random, towns: list[int], old: int, far: bool, avoid: str
) -> int | None:
    """A new town for the old one (see the module's docstring)."""
    pool = [
        i
        for i in towns
        if i != old
        and name_key(g.name[i]) != name_key(g.name[old])
        and g.name[i].lower() not in avoid
        and not set(name_key(g.name[i]).split()) & set(name_key(g.name[old]).split())
        and not g.name[i].startswith("The ")
        and (far or _km(g.lat[i], g.lon[i], g.lat[old], g.lon[old]) <= _NEAR_KM)
    ]
    if not pool:
        return None
    pop = max(g.population[old], 1)
    if rng.random() < 0.5:
        similar = [i for i in pool if pop / 3 <= g.population[i] <= pop * 3]
        if similar:
            return rng.choice(similar)
    small = [i for i in pool if g.population[i] < 5000]
    return rng.choice(small or pool)


_OUTLET_WORDS = (
    "News|Gazette|Herald|Times|Journal|Tribune|Daily|Post|Courier|Record|Register|Sentinel|"
    "Star|Chronicle|Observer|Press|Patch|Leader|Dispatch|Democrat|Republican|Independent|"
    "Review|Bulletin|Enterprise|Examiner|Telegram|Telegraph|Banner|Beacon|Citizen|Messenger|"
    "Mirror|Argus|Ledger|Reporter|Standard|Sun|Globe|Advocate|Today|Voice|Pilot|Item|Express|"
    "Mercury|Inquirer|Statesman|Guardian|Courant|Clarion|Gleaner|Bee|Weekly|Online|Radio|"
    "Magazine|Now|Free Press|Sun-Times|Post-Gazette"
)
_TITLE_PARTS = re.compile(r"\s+(?:\||-|\u2013|\u2014|::)\s+")


def _outlet_pattern(name: str) -> re.Pattern[str]:
    """The old town as an outlet's name ("Franklin Gazette", "FRANKLIN DAILY NEWS"): the
    outlet stays where it is when its town's stories are moved next door."""
    body = _name_pattern(name).pattern[: -len(r"(?![\w-])")]
    words = f"(?:{_OUTLET_WORDS}|{_OUTLET_WORDS.upper()})"
    return re.compile(body + r"(?:\s+(?:Daily|Evening|Morning|DAILY))?\s+" + words + r"(?![\w-])")


def _site_part(title: str) -> int:
    """Where a title's site-name part starts ("Man shot on Main St | The Franklin Gazette"):
    the last part after a separator, when there are two or more; the title's length if none."""
    parts = list(_TITLE_PARTS.finditer(title))
    return parts[-1].end() if parts else len(title)


_HOST = re.compile(r"(.*?://(?:web\.archive\.org/web/\d+\w*/)?(?:https?://)?[^/]+)(.*)")


def _swap_article(
    r: dict[str, Any], old: str, new: str, county: re.Pattern[str] | None, new_county: str
) -> dict[str, Any]:
    """One article with the old town's name (and its county's) replaced by the new one's."""
    pattern = _name_pattern(old)
    outlet = _outlet_pattern(old)
    out = dict(r)
    held: list[str] = []  # the outlet's names, kept as they are

    def hold(m: re.Match[str]) -> str:
        held.append(m.group(0))
        return f"\x00{len(held) - 1}\x00"

    for f in ("title", "text"):
        value = r.get(f)
        if value is None:
            continue
        kept = ""
        if f == "title":  # the site's name stays the outlet's
            cut = _site_part(value)
            value, kept = value[:cut], value[cut:]
        value = outlet.sub(hold, value)
        if county is not None and new_county:
            value = county.sub("\x00C\x00", value)  # "Johnson County" before "Johnson"
        value = pattern.sub(lambda m: new.upper() if m.group(0).isupper() else new, value)
        value = value.replace("\x00C\x00", new_county)
        value = re.sub("\x00(\\d+)\x00", lambda m: held[int(m.group(1))], value)
        out[f] = value + kept
    m = _HOST.match(r.get("url") or "")
    if m:  # the path's words, not the host's (the outlet stays the same)
        url_new = "-".join(w.lower().rstrip(".") for w in new.split())
        out["url"] = m.group(1) + _url_pattern(old).sub(url_new, m.group(2))
    return out


def _story_words(rows: list[dict[str, Any]], town: str) -> str:
    """An incident's titles and texts without the outlet's own name (a title's site part,
    "the Franklin Gazette"): the words that name the story's town."""
    outlet = _outlet_pattern(town)
    parts = []
    for r in rows:
        title = r.get("title") or ""
        parts.append(outlet.sub(" ", title[: _site_part(title)]))
        parts.append(outlet.sub(" ", r["text"]))
    return " ".join(parts)


def _county_answer(g: Gazetteer, old: int, texts: str, counties: list[int]) -> bool:
    """Whether the old town could be found without its name: a town named like its own county
    ("Franklin" in Franklin County), or the town newsfold writes for a county the text names
    (its seat): the swap moves the town, not the county's answer."""
    key = name_key(g.name[old])
    county_key = name_key(g.admin2[old] or "").split()
    if county_key and " ".join(county_key[:-1]) == key:
        return True
    for c in counties:
        if name_key(g.name[_county_town(g, c)]) != key:
            continue
        pattern = _county_pattern(g.name[c] or "")
        if pattern is not None and pattern.search(texts):
            return True
    return False


def swap(seed: int, far: bool) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
    """The dev articles and incidents with their towns swapped, and how many incidents were."""
    g = get_gazetteer()
    bad = _bad_names(g)
    states = {name_key(g.name[i]) for i in g.admin1_rows.values() if g.cc[i] == "US"}
    by_state: dict[str, list[int]] = {}
    for i in range(g.postal_start):
        name = g.name[i] or ""
        if g.kind[i] != CITY or g.cc[i] != "US" or not _PLAIN_NAME.fullmatch(name):
            continue
        key = name_key(name)
        if key in bad or is_common(name.lower()) or len(name) < 4:
            continue
        if any(w in states for w in key.split()) or any(s in key for s in states if " " in s):
            continue  # "California Pines", "Michigan City": a state's name inside
        by_state.setdefault(g.admin1[i] or "", []).append(i)
    incidents = {
        r["incident_id"]: r
        for r in read_jsonl(DATA / "gva" / "incidents.jsonl")
        if split_of(r["incident_id"]) == "dev"
    }
    articles: dict[str, list[dict[str, Any]]] = {}
    for r in read_jsonl(DATA / "gva" / "articles.jsonl"):
        if r["incident_id"] in incidents:
            articles.setdefault(r["incident_id"], []).append(r)
    us_towns: dict[tuple[str, str], list[int]] = {}  # (state, key): any US town, for the old one
    for i in range(g.postal_start):
        if g.kind[i] == CITY and g.cc[i] == "US":
            us_towns.setdefault((g.admin1[i] or "", name_key(g.name[i] or "")), []).append(i)
    counties: dict[str, list[int]] = {}  # a state's counties
    for key, v in g.index.items():
        for i in (v,) if isinstance(v, int) else v:
            if g.kind[i] == ADMIN2 and g.cc[i] == "US" and name_key(g.name[i]) == key:
                counties.setdefault(g.admin1[i] or "", []).append(i)
    rng = random.Random(seed)
    swapped = 0
    out_articles: list[dict[str, Any]] = []
    out_incidents: list[dict[str, Any]] = []
    for inc_id in sorted(incidents):
        inc = incidents[inc_id]
        rows = articles.get(inc_id, [])
        new_inc, new_rows = inc, rows
        town = (inc.get("city_or_county") or "").strip()
        state_towns = by_state.get(inc.get("state") or "", [])
        old = None
        if _PLAIN_NAME.fullmatch(town) and "County" not in town and "Parish" not in town:
            cands = us_towns.get((inc.get("state") or "", name_key(town)), [])
            old = max(cands, key=lambda i: g.population[i]) if cands else None
        if old is not None and g.population[old] >= _BIG_CITY:
            old = None  # a big city is told by its neighbourhoods and outlets: no unseen town
        pattern = _name_pattern(town) if old is not None else None
        texts = " ".join(f"{r.get('title') or ''} {r['text']}" for r in rows)
        if (
            old is not None
            and pattern is not None
            and name_key(town) != name_key(inc.get("state") or "")
            and all(pattern.search(_story_words([r], town)) for r in rows)
            and not _county_answer(g, old, texts, counties.get(inc.get("state") or "", []))
        ):
            new = _pick(g, rng, state_towns, old, far, texts.lower())
            if new is not None:
                swapped += 1
                new_name = g.name[new]
                county = _county_pattern(g.admin2[old] or "")
                if g.admin2[new] == g.admin2[old]:
                    county = None
                new_rows = [
                    _swap_article(r, town, new_name, county, g.admin2[new] or "") for r in rows
                ]
                new_inc = dict(inc, city_or_county=new_name)
        out_incidents.append(new_inc)
        out_articles.extend(new_rows)
    return out_articles, out_incidents, swapped


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--far", action="store_true", help="any town of the state, not a near one")
    ap.add_argument("--out", type=Path, help="folder for the copy (default /tmp/stand-in-gva-...)")
    args = ap.parse_args()
    tag = f"swap{args.seed}" + ("-far" if args.far else "")
    out = args.out or Path("/tmp") / f"stand-in-gva-{tag}"
    arts, incs, swapped = swap(args.seed, args.far)
    (out / "gva").mkdir(parents=True, exist_ok=True)
    for name, rows in (("articles", arts), ("incidents", incs)):
        with open(out / "gva" / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{tag}: {len(incs)} dev incidents, {swapped} with their town swapped -> {out}")
    print(f"score: NEWSFOLD_DATA={out} python benchmarks/extract_gva.py --only dev --errors city")


if __name__ == "__main__":
    main()
