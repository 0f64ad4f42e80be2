"""Where, the scan: every place-name mention of the text (step 1, `_scan`).

Capitalised runs split into lists ("Macomia and Mucojo") and hyphen-joined places, matched
against the gazetteer longest first, then local names, datelines and qualifiers linked.
"""

from __future__ import annotations

from newsfold.analyse.gazetteer import (
    ADMIN1,
    CITY,
    Gazetteer,
    name_key,
    skeleton,
)
from newsfold.analyse.where.datelines import _datelines
from newsfold.analyse.where.local_names import (
    _admin_like,
    _force_unit,
    _in_unit,
    _maybe_local,
    _verb_form,
)
from newsfold.analyse.where.mentions import _Mention
from newsfold.analyse.where.qualifiers import _link_qualifiers, _qualify
from newsfold.analyse.where.scanner import _context, _Scanner
from newsfold.analyse.where.vocabulary import (
    _AT_PREPS,
    _KIND_WORDS,
    _PART_WORDS,
    _ROUTE_WORDS,
    _STREET_WORDS,
    fused_article_rest,
    is_common,
)


def _split_lists(sc: _Scanner, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Macomia and Mucojo": two names, unless one name spans the "and" ("Trinidad and Tobago")."""
    out = []
    for i, j in runs:
        cuts = sc.list_cuts(i, j)
        if cuts and (
            (j < sc.n and sc.low(j).rstrip("s") in _STREET_WORDS)
            or any(sc.low(k - 1) in _STREET_WORDS for k in cuts)
        ):
            cuts = []  # "Independence and Wabash avenues", "Yosemite Avenue and Cleveland"
        if cuts:
            spans = [(a, b) for a, b, _, _ in sc.matches((i, j))]
            cuts = [k for k in cuts if not any(a < k < b for a, b in spans)]
        start = i
        for k in cuts:
            out.append((start, k))
            start = k + 1
        out.append((start, j))
    return out


def _joined_places(sc: _Scanner, i: int, j: int, pieces: list[_Mention]) -> bool:
    """ "Abeokuta-Ayetoro", "Turmero-Maracay": hyphen-joined names, one of them a known place.

    Such a run names a road or route between towns, not a place of its own; the towns stay.
    """
    hyphens = [k for k in range(i + 1, j - 1) if sc.tok[k] in ("-", "–")]
    if not hyphens:
        return False
    after = {sc.low(k) for k in range(j, min(sc.n, j + 8)) if sc.tok[k] != ")"}
    before = {sc.low(k) for k in range(max(0, i - 2), i)}
    if not (after | before) & _ROUTE_WORDS:
        return False  # "Orta-Karvend", "Pul-e Charkhi": one place's name
    bounds = [i, *hyphens, j]
    parts = [(bounds[n] + (n > 0), bounds[n + 1]) for n in range(len(bounds) - 1)]
    whole = {(m.start_tok, m.end_tok) for m in pieces if m.ids}
    return any(p in whole for p in parts)


def _city_part(sc: _Scanner, i: int, j: int, pieces: list[_Mention]) -> _Mention | None:
    """ "Athens-Central Athens", "Kabul-Police District 5": a big city's part in the "City-Part"
    form (ACLED's, and a gazetteer's), a local name within the city, or None.

    The city leads, joined by a bare hyphen to a name the gazetteer does not know as another
    town (a part may repeat the city's name: "Central Athens"); the city is then said in full,
    not a fragment of a longer name, and so is credible wherever the text is silent on its
    country. Only a city of half a million outside the US: "Dallas-Fort Worth" names two towns,
    and US towns take hyphenated names of their own. Routes ("the Kabul-Jalalabad highway")
    are `_joined_places`'.
    """
    if not pieces or j - i > 6:
        return None
    head = pieces[0]
    k = head.end_tok
    if head.start_tok != i or k + 1 >= j or sc.tok[k] not in ("-", "–"):
        return None
    if sc.space[k - 1] or sc.space[k]:
        return None  # "Athens - the capital": a dash, not a hyphen
    g = sc.g
    if not any(
        g.kind[c] == CITY and g.population[c] >= 500_000 and g.cc[c] != "US" for c in head.ids[:3]
    ):
        return None
    if any(m.key != head.key and m.key not in _PART_WORDS for m in pieces[1:]):
        return None  # "Rawalpindi-Islamabad": two towns ("Central" is no town here)
    start, end = sc.idx[i], sc.end[j - 1]
    part = _Mention(i, j, start, end, sc.text[start:end], "", (), sc.sent_of(i))
    part.key, part.local, part.kind_word = name_key(part.text), True, "district"
    _context(sc, part)
    head.partial = False
    _qualify(part, head)
    return part


# A municipality's title written before its name, capitalised as US towns and townships
# write it: "the Town of West Sweden", "the Village of Pleasant Prairie", "the City of Miami".
_TITLE_WORDS = frozenset({"town", "village", "city", "township", "borough"})


def _untitled(sc: _Scanner, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "the Town of West Sweden" is the town "West Sweden", not Sweden: a run opened by a
    municipality's title and "of" is the name after them (`_maybe_local` reads the title as
    the place's kind), unless the gazetteer knows the whole run ("City of Industry")."""
    out = []
    for i, j in runs:
        if (
            j - i >= 3
            and sc.low(i) in _TITLE_WORDS
            and sc.tok[i][:1].isupper()
            and sc.low(i + 1) == "of"
            and sc.is_cap(i + 2)
            and not any(a == i and b == j for a, b, _, _ in sc.matches((i, j)))
        ):
            out.append((i + 2, j))
        else:
            out.append((i, j))
    return out


def _titled(sc: _Scanner, i: int) -> bool:
    """Whether the name at token `i` follows a municipality's capitalised title ("the Town of
    West Sweden"): a town's whole name then, not a part of the place in it ("West" of Sweden)."""
    return (
        i >= 2
        and sc.low(i - 1) == "of"
        and sc.low(i - 2) in _TITLE_WORDS
        and sc.tok[i - 2][:1].isupper()
    )


def _city_county_government(g: Gazetteer, key: str) -> int:
    """The US town a name unknown to the gazetteer names as its consolidated city-county
    government ("Macon-Bibb County", "Augusta-Richmond County"), or -1.

    Reads the name's words and the kind word after it (`key` ends with it: "macon bibb
    county") and the gazetteer's towns of its first word(s). A city and county governed as
    one are named "<Town>-<County> County"; GeoNames knows some of these names
    (Athens-Clarke County) and lacks others, which were read as an unknown county with no
    state at all, or not at all. When a town of the first
    words lies in a county of the rest's name ("Macon" in Bibb County), the name is that
    town's, as its police and GVA name it.
    """
    words = _government_words(key)
    if len(words) < 3 or words[-1] not in ("county", "parish"):
        return -1
    for cut in range(1, len(words) - 1):
        town, county = " ".join(words[:cut]), " ".join(words[cut:])
        for r in g.lookup_key(town):
            if g.cc[r] == "US" and g.kind[r] == CITY and name_key(g.admin2[r] or "") == county:
                return r
    return -1


# the words a consolidated government's formal name wraps around "<Town>-<County> County":
# "Metropolitan Nashville-Davidson County", "Lexington-Fayette Urban County"
_GOVERNMENT_OPENERS = ("metropolitan", "metro")
_GOVERNMENT_KINDS = ("urban", "unified")


def _government_words(key: str) -> list[str]:
    """The words of a name key without the words a consolidated city-county government's
    formal name adds: "metropolitan nashville davidson county" gives "nashville davidson
    county", "lexington fayette urban county" gives "lexington fayette county".

    Reads the key's words alone. Nashville's is "the Metropolitan Government of Nashville
    and Davidson County", its police "Metropolitan Nashville-Davidson"; Lexington's "the
    Lexington-Fayette Urban County Government": an opening "Metropolitan"/"Metro" and an
    "Urban"/"Unified" before "County" are the form of government, not the name.
    """
    words = key.split()
    while len(words) > 3 and words[0] in _GOVERNMENT_OPENERS:
        words = words[1:]
    if len(words) > 3 and words[-2] in _GOVERNMENT_KINDS:
        words = words[:-2] + words[-1:]
    return words


def _key_of_town(g: Gazetteer, r: int) -> str:
    """The name key of a town's row."""
    return name_key(g.name[r])


def _scan(sc: _Scanner) -> list[_Mention]:
    """Every place-name mention in the text: gazetteer matches, then local names."""
    at: dict[int, _Mention] = {}  # gazetteer mentions by first token
    unknown: list[tuple[int, int]] = []
    for run in _split_lists(sc, _untitled(sc, sc.runs())):
        found = sc.matches(run)
        size = run[1] - run[0]
        covered = 0
        for i, j, key, ids in found:
            m = sc.mention(i, j, key, ids)
            m.partial = (j - i) < size
            covered += j - i
            at[i] = m
        if covered < size or len(found) > 1:
            unknown.append(run)  # not one known name: "Cota 905", "Cerro Tablón district"

    def pieces_in(i: int, j: int) -> list[_Mention]:
        return [at[k] for k in range(i, j) if k in at]

    # A name the gazetteer spells otherwise ("Idleb", "Banadir", "Mirpurkhas"): a fallback
    # by consonant skeleton, trusted only where the context agrees (see `_strength`).
    for i, j in unknown:
        if j - i <= 4 and not pieces_in(i, j):
            text = sc.span_text(i, j)
            label = sc.label(i)
            # "Shahrak district, Ghor", "Qaniyah (Mahliyah, Marib)": a qualifier's place,
            # whatever label the model gives it
            qual_pos = (
                i >= 2
                and sc.tok[i - 1] in (",", "(")
                and (sc.low(i - 2) in _KIND_WORDS or sc.is_cap(i - 2))
            )
            if (
                len(text) >= 4
                and (
                    label not in ("PERSON", "ORG", "NORP", "DATE") or (qual_pos and label != "DATE")
                )
                and name_key(text) not in sc.g.us_abbrev  # "Tenn.", "Ariz."
                and not (j - i == 1 and is_common(sc.low(i)))  # "Ninth Ward"
                and not (j - i == 1 and _verb_form(sc, i))  # "2 Killed in Southeast DC"
            ):
                ids = sc.g.lookup_skeleton(name_key(text))
                fused = name_key(text)
                rest = fused_article_rest(fused)
                if not ids and rest is not None:
                    # "Aljfara": the article written into the name ("Al Jifarah")
                    ids = sc.g.lookup_skeleton(rest)
                if len(text) < 5 or len(skeleton(name_key(text))) < 3:
                    ids = tuple(i for i in ids if sc.g.kind[i] == ADMIN1)  # "Ghor": a province
                if ids:
                    m = sc.mention(i, j, name_key(text), ids)
                    m.fuzzy = True
                    at[i] = m
    for i, m in list(at.items()):
        if m.fuzzy:
            # a spelling match the text does not bear out may still be a village (`_locative`)
            m.in_unit = _in_unit(sc, at, i, m.end_tok, m.prep)
    starts = dict(at)
    locals_: list[_Mention] = []
    missed: list[tuple[int, int]] = []
    for i, j in unknown:
        pieces = pieces_in(i, j)
        if any(m.fuzzy for m in pieces):
            continue
        k = i
        while k < j - 1 and sc.low(k) in _PART_WORDS:
            k += 1
        named = [m for m in pieces if m.start_tok >= k]
        if (
            k > i
            and len(named) == 1
            and not _titled(sc, i)
            and named[0].start_tok == k
            and named[0].end_tok == j
        ):
            # "Downtown Memphis", "Southwest Philadelphia", "Central Beirut": a part of it
            for m in pieces:
                if m is not named[0]:
                    del at[m.start_tok]
            named[0].partial = False
            named[0].kind_word = named[0].kind_word or "(part)"
            named[0].upper_lower = k == i + 1 and sc.tok[i] in ("Upper", "Lower", "UPPER", "LOWER")
            if named[0].upper_lower:
                named[0].text = sc.span_text(i, j)  # written whole if it stays a local name
            continue
        after = sc.low(j) if j < sc.n else ""
        town = _city_county_government(sc.g, f"{name_key(sc.span_text(i, j))} {after}")
        if town >= 0:
            # "Macon-Bibb County deputies": the consolidated government's town
            for m in pieces:
                del at[m.start_tok]
            at[i] = sc.mention(i, j, _key_of_town(sc.g, town), (town,))
            continue
        if _joined_places(sc, i, j, pieces):
            continue  # "the Abeokuta-Ayetoro road", "the Sidon-Beirut highway": two towns
        part = _city_part(sc, i, j, pieces)
        if part is not None:
            for m in pieces[1:]:
                del at[m.start_tok]
            locals_.append(part)
            continue
        local = _maybe_local(sc, starts, i, j)
        if local is None:
            missed.append((i, j))
            continue
        pieces = pieces_in(i, local.end_tok)
        if local.site and pieces:
            if local.kind_word in _STREET_WORDS:  # "West Manchester Avenue": a street's name
                for m in pieces:
                    del at[m.start_tok]
            else:  # "Santa Rita Jail", "Rosemont High School": named after a place, maybe
                for m in pieces:
                    m.in_org = m.in_building = True
        if local.local and pieces:
            if local.weak_local and (len(pieces) > 1 or pieces[0].end_tok - i == j - i):
                continue  # "in Kansas City Missouri": known names, nothing more
            head = pieces[0]
            if (
                (
                    local.kind_word == sc.low(local.end_tok - 1)
                    # "Mogadishu-Hodan district": ACLED's "City-District", a part of the city
                    or (head.end_tok < j and sc.tok[head.end_tok] in ("-", "–"))
                )
                and head.start_tok == i
                and _admin_like(sc.g, head)
            ):
                # "Donetsk Airport": the town it is named after is where it lies
                _qualify(local, head)
                pieces = pieces[1:]
            # "Cota" of "Cota 905", "Cerro" of "Cerro Tablón": pieces of a local name
            for m in pieces:
                del at[m.start_tok]
        locals_.append(local)
    # "... into the Colonia Loma Tizón district ... Similar clashes in Colonia Loma Tizón": a
    # local name, once its kind is said, is that place wherever it recurs.
    kinds = {m.key: m.kind_word for m in locals_ if m.local and m.kind_word in _KIND_WORDS}
    for i, j in missed:
        kind = kinds.get(name_key(sc.span_text(i, j)))
        if kind and not _force_unit(sc, i, j) and not any(m.fuzzy for m in pieces_in(i, j)):
            for m in pieces_in(i, j):
                del at[m.start_tok]
            start, end = sc.idx[i], sc.end[j - 1]
            again = _Mention(i, j, start, end, sc.text[start:end], "", (), sc.sent_of(i))
            again.key, again.local, again.kind_word = name_key(again.text), True, kind
            _context(sc, again)
            locals_.append(again)
    mentions = list(at.values()) + locals_
    # spaCy's own locations that no run produced (lower-case or odd tokens).
    taken: set[int] = set()
    for m in mentions:
        taken.update(range(m.start_tok, m.end_tok))
    k = 0
    while k < sc.n:
        if sc.iob[k] == 3 and sc.label(k) in ("LOC", "FAC") and k not in taken:
            a, b = sc.ent_bounds(k)
            if not any(x in taken for x in range(a, b)):
                local = _maybe_local(sc, starts, a, b, spacy_place=True)
                if local is not None:
                    mentions.append(local)
            k = b
        else:
            k += 1
    mentions.sort(key=lambda m: m.start)
    datelines = _datelines(sc.text)
    for m in mentions:
        if any(a <= m.start and m.end <= b for a, b in datelines):
            m.dateline = True
        elif m.text.isupper() and len(m.text) > 4:
            # captions and shouted headlines: no parse to trust, unless a shouted "IN", "AT",
            # "NEAR" sets the name as a place ("MAN SHOT IN LUFKIN ON SUNDAY": every word of
            # the line is capitalised, so the name is no part of a longer one)
            m.partial = not _shouted_place(sc, m)
    _link_qualifiers(sc, mentions)
    return mentions


def _shouted_place(sc: _Scanner, m: _Mention) -> bool:
    """Whether an all-capitals name follows an all-capitals preposition of place ("SHOT IN
    LUFKIN"): a shouted line's place, as "shot in Lufkin" is the text's."""
    k = m.start_tok - 1
    return k >= 0 and m.prep in _AT_PREPS and sc.tok[k].isupper() and sc.low(k) == m.prep
