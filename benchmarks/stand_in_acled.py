"""Stand-in for ACLED notes about places newsfold has not seen (dev half only).

    python benchmarks/stand_in_acled.py --seed 4 [--no-country] [--absent]

Writes a copy of the dev half of `acled/events.jsonl` in which each note's place is swapped for
a random real town of the same country (a GeoNames town of the gazetteer, not a postal one):
the coded location's name in the note becomes the town's name, its admin2 and admin1 names the
town's. The gold country is kept, so `extract_acled.py` scores how often the country survives
a place it was never tuned on: a namesake abroad, a common English word, a person's name or a
foreign force's nationality beating the note's other evidence. With `--no-country` the
country's own names become "the country" and its demonyms are dropped as well.

The copy is scored by pointing `extract_acled.py` at it (the script prints the command):
`NEWSFOLD_DATA=<out> python benchmarks/extract_acled.py --only dev --errors country`.

With `--absent` the place becomes an invented village instead ("Tolabenu"), built from
syllables and checked to resolve nowhere in the gazetteer (no name, skeleton, other-list town or
province, English word): only the note's province and district words (kept as written), its
actors and its context tell the country, as in a note about a village cities500 lacks. A note
whose place is also its province's or district's name keeps it (the admin word stays). With
`--absent --spelled` the invented village is spelled as the country's towns are (the head of
one town's name and the tail of another's), so its letters say the country as a real
village's do; the plain syllables say nothing (or a wrong country) to the spelling model.
With `--absent --namesake` the village takes the name of a big town abroad (100,000 people or
more) that has no town of its name in the note's country: a village GeoNames lacks whose name a
big city elsewhere shares ("Rio Verde" in Venezuela), which only the note's province, district
and context place.

Some swaps leave a note that no longer fits its words ("(X, Greater X)", a province's town
outside it): compare two runs (base and branch) on the same seed, not the absolute figure.
Session 12 studied seeds 1-3 and checked on 4-7 (docs/benchmarks.md, branch h-country15).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from common import DATA, ROOT, read_jsonl, split_of
from newsfold.analyse.gazetteer import CITY, Gazetteer, get_gazetteer, name_key
from newsfold.analyse.where.vocabulary import is_common

_PLAIN_NAME = re.compile(r"[A-Za-z][A-Za-z' \-]+")


def _words(name: str) -> re.Pattern[str]:
    """A name as whole words, spaces and hyphens alike ("Deir ez-Zor", "Deir ez Zor")."""
    words = [re.escape(w) for w in re.split(r"[\s\-]+", name.strip()) if w]
    return re.compile(r"(?<![\w-])" + r"[\s\-]+".join(words) + r"(?![\w-])", re.I)


def _country_pattern(g: Gazetteer, cc: str) -> re.Pattern[str] | None:
    """The country's names as the gazetteer knows them ("the Democratic Republic of Congo")."""
    row = g.countries.get(cc)
    if row is None:
        return None
    keys = [k for k, v in g.index.items() if (v == row if isinstance(v, int) else row in v)]
    alts = [r"[\s\-.']*".join(re.escape(w) for w in k.split()) for k in keys]
    alts.sort(key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:the\s+)?(?:" + "|".join(alts) + r")(?![\w-])", re.I)


def _demonym_pattern(g: Gazetteer, cc: str) -> re.Pattern[str] | None:
    names = sorted((k for k, c in g.demonyms.items() if c == cc), key=len, reverse=True)
    if not names:
        return None
    alts = "|".join(re.escape(d).replace(r"\ ", r"\s+") for d in names)
    return re.compile(r"(?<![\w-])(?:" + alts + r")(?![\w-])(\s+)?", re.I)


def _drop_demonyms(pattern: re.Pattern[str], text: str) -> str:
    """A demonym before a word goes with its space ("Syrian forces" -> "forces"); one at a
    phrase's end becomes "residents" ("attacked by Syrians." -> "attacked by residents.")."""

    def replace(m: re.Match[str]) -> str:
        if m.group(1) and re.match(r"[A-Za-z(]", text[m.end() : m.end() + 1]):
            return ""
        return "residents" + (m.group(1) or "")

    return pattern.sub(replace, text)


# syllables of invented villages: open syllables and a few closed ones, as many languages' place
# names are built (no table of real names)
_ONSETS = ("b", "d", "f", "g", "h", "k", "l", "m", "n", "r", "s", "t", "z", "sh", "kh", "ny")
_VOWELS = ("a", "e", "i", "o", "u", "a", "i")
_CODAS = ("", "", "", "n", "r", "l", "m")


def _resolves(g: Gazetteer, key: str) -> bool:
    """Whether a name finds anything in the gazetteer or reads as an English word."""
    return bool(
        g.lookup_key(key)
        or g.lookup_skeleton(key)
        or key in g.other_towns
        or key in g.other_units
        or key in g.demonyms
        or is_common(key)
    )


def invented_village(g: Gazetteer, rng: random.Random) -> str:
    """A plausible village name of two to four syllables that resolves nowhere ("Tolabenu")."""
    while True:
        n = rng.choice((2, 3, 3, 4))
        parts = [rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(n)]
        parts[-1] += rng.choice(_CODAS)
        name = "".join(parts).capitalize()
        if not _resolves(g, name_key(name)):
            return name


_VOWEL_THEN_CONSONANT = re.compile(r"[aeiouy](?=[^aeiouy])")


def spelled_village(g: Gazetteer, rng: random.Random, names: list[str]) -> str:
    """An invented village spelled as the country's places are: the head of one of its towns'
    one-word names (to a syllable's end) and the tail of another's ("Kafr" ... "Tolan" of
    two Syrian towns), that resolves nowhere; generic syllables when the country has few
    such towns (`invented_village`)."""
    words = [n for n in names if " " not in n and "-" not in n and len(n) >= 5]
    if len(words) < 20:
        return invented_village(g, rng)
    for _ in range(200):
        head, tail = rng.choice(words).lower(), rng.choice(words).lower()
        cuts = [m.end() for m in _VOWEL_THEN_CONSONANT.finditer(head) if 2 <= m.end() < len(head)]
        starts = [m.end() for m in _VOWEL_THEN_CONSONANT.finditer(tail) if m.end() >= 2]
        if not cuts or not starts:
            continue
        name = (head[: rng.choice(cuts)] + tail[rng.choice(starts) :]).capitalize()
        if 4 <= len(name) <= 14 and not _resolves(g, name_key(name)):
            return name
    return invented_village(g, rng)


def _big_towns(g: Gazetteer) -> list[str]:
    """One-word or plain names of towns of 100,000 people or more, each once."""
    names = {
        str(g.name[i])
        for i in range(g.postal_start)
        if g.kind[i] == CITY and g.population[i] >= 100_000
    }
    return sorted(n for n in names if _PLAIN_NAME.fullmatch(n) and not is_common(name_key(n)))


def namesake_village(g: Gazetteer, rng: random.Random, big: list[str], cc: str) -> str:
    """A big town's name abroad that names no town of country `cc`."""
    while True:
        name = rng.choice(big)
        rows = g.lookup_key(name_key(name))
        if not any(g.kind[i] == CITY and g.cc[i] == cc for i in rows):
            return name


def swap(
    seed: int,
    no_country: bool,
    absent: bool = False,
    spelled: bool = False,
    namesake: bool = False,
) -> tuple[list[dict[str, object]], int]:
    """The dev notes with their places swapped, and how many had their location swapped."""
    g = get_gazetteer()
    iso2 = {v: k for k, v in g.iso3.items()}
    iso2["ROM"] = "RO"  # ACLED's old code for Romania
    towns: dict[str, list[int]] = {}
    for i in range(g.postal_start):
        if g.kind[i] == CITY and _PLAIN_NAME.fullmatch(g.name[i] or ""):
            towns.setdefault(g.cc[i], []).append(i)
    rng = random.Random(seed)
    big = _big_towns(g) if namesake else []
    rows: list[dict[str, object]] = []
    swapped = 0
    for r in read_jsonl(DATA / "acled" / "events.jsonl"):
        if split_of(r["data_id"]) != "dev":
            continue
        cc = iso2.get(r["iso3"], "")
        text = r["notes"]
        if absent:
            names = [str(g.name[i]) for i in towns.get(cc, ())] if spelled else []
            village = namesake_village(g, rng, big, cc) if namesake else None
            text, n = _absent_place(g, rng, r, text, names, village)
            swapped += n
        elif towns.get(cc):
            i = rng.choice(towns[cc])
            new = {"location": g.name[i], "admin2": g.admin2[i], "admin1": g.admin1[i]}
            country_key = name_key(g.country_names.get(cc, ""))
            for f in ("location", "admin2", "admin1"):  # the town first: "X City" before "X"
                old = (r.get(f) or "").strip()
                if len(old) < 3 or not new[f] or name_key(old) == country_key:
                    continue
                text, n = _words(old).subn(str(new[f]), text)
                swapped += f == "location" and n > 0
        if no_country and towns.get(cc):
            country = _country_pattern(g, cc)
            if country is not None:
                text = country.sub("the country", text)
            demonym = _demonym_pattern(g, cc)
            if demonym is not None:
                text = _drop_demonyms(demonym, text)
        rows.append(dict(r, notes=text))
    return rows, swapped


def _absent_place(
    g: Gazetteer,
    rng: random.Random,
    r: dict[str, object],
    text: str,
    names: list[str],
    village: str | None = None,
) -> tuple[str, int]:
    """The note with its location (the coded town) named by an invented village (spelled as
    `names`, the country's towns, when given); its admin words stay. Returns the text and 1
    if the location was found in it."""
    old = str(r.get("location") or "").strip()
    admins = {name_key(str(r.get(f) or "")) for f in ("admin1", "admin2", "admin3")}
    if village is None:
        village = spelled_village(g, rng, names) if names else invented_village(g, rng)
    if len(old) < 3 or name_key(old) in admins:
        return text, 0
    text, n = _words(old).subn(village, text)
    return text, int(n > 0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--no-country", action="store_true", help="remove the country's names too")
    ap.add_argument("--absent", action="store_true", help="an invented village for the place")
    ap.add_argument(
        "--spelled", action="store_true", help="with --absent: spelled as the country's towns"
    )
    ap.add_argument(
        "--namesake", action="store_true", help="with --absent: a big town abroad's name"
    )
    ap.add_argument("--out", type=Path, help="folder for the copy (default benchmarks/out/...)")
    args = ap.parse_args()
    kind = "-namesake" if args.namesake else "-spelled" if args.spelled else ""
    tag = "absent" + kind if args.absent else "swap"
    tag += str(args.seed)
    tag += "-no-country" if args.no_country else ""
    out = args.out or ROOT / "benchmarks" / "out" / f"stand-in-{tag}"
    rows, swapped = swap(args.seed, args.no_country, args.absent, args.spelled, args.namesake)
    (out / "acled").mkdir(parents=True, exist_ok=True)
    with open(out / "acled" / "events.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{tag}: {len(rows)} dev notes, {swapped} with their location swapped -> {out}")
    print(
        f"score: NEWSFOLD_DATA={out} python benchmarks/extract_acled.py --only dev --errors country"
    )


if __name__ == "__main__":
    main()
