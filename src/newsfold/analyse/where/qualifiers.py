"""Where, qualifiers: "X, N.C.", "X (Djugu, Ituri)", "the Kerji area of Farah city".

A qualifier after a name narrows its candidates; a US state or a Canadian province after
"Town, " is read from its abbreviation; a quarter the text places in a town it names is part
of that town (`_part_of`).
"""

from __future__ import annotations

from newsfold.analyse.gazetteer import (
    ADMIN1,
    ADMIN2,
    CITY,
    COUNTRY,
    Gazetteer,
    name_key,
)
from newsfold.analyse.where.local_names import _admin_like
from newsfold.analyse.where.mentions import _Mention
from newsfold.analyse.where.scanner import _Scanner
from newsfold.analyse.where.vocabulary import (
    _AGENCIES,
    _AROUND_WORDS,
    _CITY_WORDS,
    _KIND_WORDS,
    _NEAR_OF,
    _PART_WORDS,
    _QUARTER_WORDS,
    _words,
)


def _link_qualifiers(sc: _Scanner, mentions: list[_Mention]) -> None:
    """ "X, N.C." / "X, Donetsk" / "X (Djugu, Ituri)": the qualifier narrows X's candidates."""
    g, n = sc.g, sc.n
    by_start = {m.start_tok: m for m in mentions}
    for m in mentions:
        j = m.end_tok
        if m.kind_word and j < n and sc.low(j) == m.kind_word:
            j += 1
            if j + 1 < n and sc.low(j) in _KIND_WORDS and sc.tok[j + 1] == "(":
                j += 1  # "Shahpur sector area (Poonch district, J&K)"
        elif _section_of_city(sc, m, j, by_start):
            m.kind_word, j = "section", j + 1  # "the Roxbury section of Boston"
        if j < n and sc.tok[j] == "(":
            # "Partizan hill (Kurdish name) in Haftanin region": an aside naming no place
            close = next((t for t in range(j + 1, min(n, j + 6)) if sc.tok[t] == ")"), -1)
            if (
                close > 0
                and close + 1 < n
                and sc.low(close + 1) in ("of", "in")
                and not any(t in by_start for t in range(j + 1, close))
            ):
                j = close + 1
        if j >= n:
            continue
        if sc.low(j) in ("of", "in") and _region_around(sc, m):
            continue  # "the Maryland suburbs of Washington": Y is a landmark, not X's container
        if sc.low(j) in ("of", "in") and (m.local or (m.ids and g.kind[m.ids[0]] != COUNTRY)):
            # "Desnianskyi district of Kyiv", "Debsi Afnan in Ar-Raqqa"
            k = j + 1
            while k < n and (
                sc.low(k) in _PART_WORDS
                or sc.low(k) in ("the", "rural")
                or (sc.low(k) in _NEAR_OF and k + 1 < n and sc.low(k + 1) == "of")
                or (sc.low(k) == "of" and sc.low(k - 1) in _NEAR_OF)
            ):
                k += 1  # "Tell Bardan in the countryside of Ain Issa"
            q = by_start.get(k)
            if q is not None and sc.low(j) == "of":
                _town_of_part(g, m, q)
            _part_of(sc, m, q)
            if q is not None and q.qual_of is None and _admin_like(g, q):
                _qualify(m, q)
            elif q is not None and q.local and m.kind_word in _CITY_WORDS:
                q.qual_of = m  # "the village of Tell Bardan in the countryside of Ain Issa"
            continue
        q = _state_in_force_name(sc, m, by_start.get(j))
        if q is not None:
            _qualify(m, q)  # "the Texarkana Arkansas Police Department"
            continue
        if sc.tok[j] == ",":
            q = by_start.get(j + 1)
            if q is not None and _counties_listed(g, m, q):
                continue
            if q is not None and q.qual_of is None and _state_by_abbreviation(sc, m, q):
                continue
            if q is not None and q.qual_of is None and m.site:
                _town_of_part(g, m, q)  # "on Main Street, Charlotte": a street's town
            if q is not None and q.qual_of is None and _admin_like(g, q):
                _qualify(m, q)
                if not m.partial:
                    # "in La Libertad, Arequipa, nurses ...": the model may read the pair as one
                    # organisation's name, as it does "Accra (Accra, Greater Accra)" below
                    m.in_org = m.in_org and m.in_building
                    q.in_org = q.in_org and q.in_building
                # "Gary, Lake County, Ind." / "Vitoria, Espirito Santo, Brazil"
                j2 = q.end_tok
                if j2 < n and sc.low(j2) in _KIND_WORDS:
                    j2 += 1
                if j2 + 1 < n and sc.tok[j2] == ",":
                    q2 = by_start.get(j2 + 1)
                    if q2 is not None and _admin_like(g, q2):
                        _qualify(m, q2)
                    else:
                        row = _abbreviated_state(sc, j2 + 1, m)
                        if row is not None:
                            m.qual_rows.append(row)
                continue
            if j + 1 < n:
                row = _abbreviated_state(sc, j + 1, m)
                if row is not None:
                    m.qual_rows.append(row)
        elif sc.tok[j] == "(":
            k = j + 1
            while k < n and sc.tok[k] != ")" and k - j < 14:
                q = by_start.get(k)
                if q is not None and q.ids and sc.low(k) not in _AGENCIES:
                    _qualify(m, q)
                    if not m.partial:
                        # "Accra (Accra, Greater Accra)": the model reads the chain as one
                        # organisation's name; a name qualified by admin names is a place
                        # (not so "the Abeokuta-Ayetoro (...) road": part of a longer name)
                        m.in_org = m.in_org and m.in_building
                        q.in_org = q.in_org and q.in_building
                    k = q.end_tok
                    continue
                if q is not None and q.local and not m.local:
                    q.qual_of = m  # "Onitsha (Onitsha North LGA, Anambra)": a container
                    k = q.end_tok
                    continue
                if (
                    q is None
                    and sc.tok[k].isupper()
                    and sc.tok[k - 1] in (",", "(")
                    and sc.low(k) not in _AGENCIES
                ):
                    # "(Poonch district, J&K)", "(Islamabad, FCT)": a province abbreviated
                    # (not a wire's "SPRINGDALE, Ohio (AP)": the Associated Press, read as
                    # Andhra Pradesh it made the state a local name of India's province)
                    m.qual_rows.extend(g.abbreviated_admin1(sc.tok[k]))
                k += 1


def _section_of_city(sc: _Scanner, m: _Mention, j: int, by_start: dict[int, _Mention]) -> bool:
    """Whether "section of" after a name puts it in a town: "the Roxbury section of Boston".

    Not a word the scanner reads as a place's kind (a section is a road's, a law's or a
    paper's too), but before "of" and a big city or unit it says that the name is a part of
    that place, as "the Roxbury neighborhood of Boston" does: the place is a qualifier.
    """
    if m.kind_word or j + 2 >= sc.n or sc.low(j) != "section" or sc.low(j + 1) != "of":
        return False
    k = j + 2 + (sc.low(j + 2) == "the")
    return _admin_like(sc.g, by_start.get(k))


# what a town's quarter is called, never a province's unit ("district") nor a town's neighbour
# ("suburb"): "the Austin neighborhood of Chicago", "the Roxbury section of Boston"
CITY_PART_WORDS = frozenset(("neighbourhood", "neighborhood", "section"))


def _part_or_site(m: _Mention) -> bool:
    """Whether a name is called a town's part ("neighborhood", "section", "district") or is a
    street's or a building's: the name after it may be its town (`_town_of_part`)."""
    return m.site or m.kind_word in CITY_PART_WORDS or m.kind_word == "district"


def _town_of_part(g: Gazetteer, m: _Mention, q: _Mention) -> None:
    """In "the Excelsior neighborhood of San Francisco" the name after "of" is a town: a
    neighbourhood or section is a town's part, not a province's or a municipality's; so is
    the name after a street's or a building's ("on Main Street, Charlotte police said"). So
    when one of its readings is a big town (100,000 or more, `_admin_like`'s measure), only its
    towns are read: as a qualifier an admin unit would otherwise win ("San Francisco" read as
    Zulia's municipality, "Charlotte" as Saint Vincent's parish: a qualifier's usual kind). A
    district is a province's unit in much of the world ("the Kerji district of Farah"), but a
    US city's part: "the Excelsior district of San Francisco" reads so when the big town is
    American."""
    if not _part_or_site(m):
        return
    towns = tuple(r for r in q.ids if g.kind[r] == CITY)
    big = [r for r in towns[:3] if g.population[r] >= 100_000]
    if m.kind_word == "district":
        big = [r for r in big if g.cc[r] == "US"]
    if big and len(towns) < len(q.ids):
        q.ids = towns


def part_of_town(g: Gazetteer, m: _Mention) -> bool:
    """Whether a name is a town's part or site qualified by the town (`_town_of_part`): "the
    Excelsior neighborhood of San Francisco", "Main Street, Charlotte"."""
    if not m.quals or not _part_or_site(m):
        return False
    if m.kind_word != "district":
        return True
    return any(g.kind[r] == CITY and g.cc[r] == "US" for q in m.quals for r in q.ids[:1])


def _counties_listed(g: Gazetteer, m: _Mention, q: _Mention) -> bool:
    """Whether "X, Y" are two counties of a list ("Fulton, DeKalb and Cobb counties", "Fulton
    County, DeKalb County"): a county lies in no other county, so the second does not qualify
    the first (read so, the first became a local name inside the second)."""
    return bool(m.ids and q.ids) and all(g.kind[r] == ADMIN2 for r in (*m.ids, *q.ids))


def _region_around(sc: _Scanner, m: _Mention) -> bool:
    """Whether `m` is a state's or country's name before a word for the land around a town:
    "the Maryland suburbs of Washington, D.C.", "the Virginia suburbs of the capital".

    The state says where the suburbs lie, and the town after "of" is the landmark they are
    measured from: it does not contain the state (which would then be read as a local name
    inside the town). A named place's suburb ("the Dar es Salam suburb of Khartoum") is not
    one: its name is a quarter's, and the town after "of" contains it.
    """
    if m.local or not m.ids or m.kind_word not in _AROUND_WORDS:
        return False
    return sc.g.kind[m.ids[0]] in (ADMIN1, COUNTRY)


_FEATURE_WORDS = _words("hill hills mountain mountains")
_REGION_OF = _words("region area")


def _part_of(sc: _Scanner, m: _Mention, q: _Mention | None) -> None:
    """ "the Kerji area of Farah city": a quarter the text itself places in a town it names as
    a town.

    ACLED codes such an event at the town (its gazetteer's populated place), not at the
    quarter: the quarter is a detail of it. Said without the town's kind ("the Lawndale
    neighborhood of Chicago"), or with no town ("the Cota 905 neighbourhood"), the quarter
    stays the place (`_local_site`); so does a village of a district ("X village of Y
    district"): a populated place of its own, which ACLED codes when its gazetteer has it.
    """
    if q is not None and m.kind_word in _FEATURE_WORDS and q.local and q.kind_word in _REGION_OF:
        # "Berxwedan hill in Haftanin region": a hill the gazetteers lack, in a named region
        # (ACLED's place) is a detail of the region
        m.part_of = q
        return
    if q is None or m.kind_word not in _QUARTER_WORDS or q.kind_word not in _CITY_WORDS:
        return
    if q.start_tok - m.end_tok <= 4:  # "X area of [the] Y city", not "in the east of Y city"
        m.part_of = q


def _state_by_abbreviation(sc: _Scanner, m: _Mention, q: _Mention) -> bool:
    """ "Kansas City, Kan.", "Lewis, Ky.", "Brandon, Man.": after a US or Canadian town's name
    and a comma, an abbreviated state or province ("Kan." with its point) is the state, though
    the gazetteer also knows the letters as a town's name elsewhere ("Kan": Caen, Cannes;
    "Man": Man in Ivory Coast). The state qualifies the town and the mention is the state's.
    Whether it was read so."""
    k, g = q.start_tok, sc.g
    if q.end_tok - k != 1:
        return False
    row = _abbreviated_state(sc, k, m)
    if row is None or not any(g.cc[i] == g.cc[row] for i in m.ids[:25]):
        return False
    if not sc.abbrev_point(k, row):
        return False  # "in Dayton, Ohio.": a whole name is read as any qualifier is
    q.ids = (row,)
    q.qual_of = m
    m.qual_rows.append(row)
    return True


def _abbreviated_state(sc: _Scanner, k: int, m: _Mention) -> int | None:
    """A US state or a Canadian province after "Town, ": "N.C.", "Calif.", "Texas", "Ont.",
    "B.C.", or a postal code ("TX", "ON").

    A postal code counts only after a name the gazetteer knows in its country ("Tenkasi, TN"
    is in Tamil Nadu), and not in a run of capitals ("SHOT IN HAMILTON, ON FRIDAY": a word).
    """
    t = sc.tok[k]
    if k + 1 < sc.n and sc.tok[k + 1] == "." and not sc.space[k]:
        t = t + "."  # "W.Va" "."
    g = sc.g
    row = g.state_abbrev.get(name_key(t))
    if row is None:
        return None
    if t.isupper() and len(t) == 2 and t.isalpha():
        if k + 1 < sc.n and sc.tok[k + 1].isupper() and sc.tok[k + 1].isalpha():
            return None
        return row if any(g.cc[i] == g.cc[row] for i in m.ids[:25]) else None
    if "." in t or len(t) > 3:
        return row
    return None


def _state_in_force_name(sc: _Scanner, m: _Mention, q: _Mention | None) -> _Mention | None:
    """The US state written between a town's name and its police's word in the force's name,
    with no comma ("the Texarkana Arkansas Police Department", "Bristol Virginia police",
    "Kansas City Kansas Police"), or None: the force of a town with a twin across the state
    line names its state to tell the two apart, as "Texarkana, Ark." does.

    Reads the mention right after `m` (`q`, if any) and the token after it: a US state's name
    followed by a police word.
    """
    g = sc.g
    if q is None or q.qual_of is not None or not q.ids or not m.ids or q.end_tok >= sc.n:
        return None
    if g.kind[q.ids[0]] != ADMIN1 or g.cc[q.ids[0]] != "US":
        return None
    if not any(g.kind[i] == CITY and g.admin1[i] == g.admin1[q.ids[0]] for i in m.ids[:25]):
        return None  # no town of that name in that state
    if sc.low(q.end_tok) not in ("police", "sheriff", "sheriff's", "pd"):
        return None
    return q


def _qualify(m: _Mention, q: _Mention) -> None:
    q.qual_of = m
    m.quals.append(q)
