"""Invented groups of local-news reports for tests/group/test_strangers.py (fiction, written for
newsfold: the towns are real, the streets, people, outlets' stories and words are not).

Each case is one shooting told by three to six reports (a first brief, a fuller story, the
victim named, an arrest, a vigil, a rewrite under another headline) beside one or two reports
of another shooting that shares its city, its day or its victim's age: the next night in the
same city, the same day in a neighbouring town, a story of an earlier shooting that mentions
this one, the same outlet's templated brief of another shooting, the same street's name in
another city, a weekend roundup. The reports of the one shooting must share one event, and
the other shooting's reports must stay out of it.

The reports are composed from a case's facts (`Shooting`) and a few sentence frames, so that
forty groups fit in a page; every frame is written for this table. Cases are spread over
different weeks so that one case's reports never meet another's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

Report = tuple[str, str, str, str, str]
"""(id, published, address, headline, text)"""
Case = tuple[str, str, list[list[Report]]]
"""(case id, class, groups of reports: each group one shooting; the first is the main one)"""

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Town:
    city: str
    dateline: str  # "LOUISVILLE, Ky."
    police: str  # "Louisville Metro Police"
    hosts: tuple[str, str, str]  # three outlets' hosts
    neighbour: str  # a town next to it
    neighbour_police: str
    hospital: str


@dataclass(frozen=True)
class Shooting:
    town: Town
    day: dt.date
    street: str
    block: int
    age: int
    sex: str  # "man" or "woman"
    victim: str  # full name
    killed: bool
    hour: str  # "around 9:40 p.m."
    suspect: str
    suspect_age: int
    city: str = ""  # the town the shooting was in, when not town.city

    @property
    def where(self) -> str:
        return self.city or self.town.city

    @property
    def weekday(self) -> str:
        return WEEKDAYS[self.day.weekday()]

    @property
    def pron(self) -> str:
        return "He" if self.sex == "man" else "She"

    @property
    def obj(self) -> str:
        return "him" if self.sex == "man" else "her"

    @property
    def surname(self) -> str:
        return self.victim.split()[-1]


def _at(day: dt.date, plus: int, hour: int) -> str:
    return f"{day + dt.timedelta(days=plus)}T{hour:02d}:15:00Z"


def _slug(*words: str) -> str:
    return "-".join(w.lower().replace(".", "").replace(" ", "-") for w in words)


def _harm(s: Shooting) -> str:
    return "shot and killed" if s.killed else "wounded by gunfire"


def brief(rid: str, s: Shooting, host: int = 0, plus: int = 0) -> Report:
    """The first station brief, on the day of the shooting or the next."""
    t = s.town
    head = f"{s.sex.capitalize()} {'killed' if s.killed else 'hurt'} in {s.street} shooting"
    text = (
        f"{t.dateline} - A {s.age}-year-old {s.sex} was {_harm(s)} {s.weekday} night on "
        f"{s.street}, {t.police if not s.city else s.city + ' police'} said. Officers were "
        f"sent to the {s.block} block {s.hour} and found {s.obj} on the sidewalk. "
        + (
            f"{s.pron} died at the scene."
            if s.killed
            else f"{s.pron} was taken to {t.hospital} and is expected to survive."
        )
    )
    url = f"https://www.{t.hosts[host]}/news/{_slug(s.sex, 'shot', s.street)}/"
    return (rid, _at(s.day, plus + 1, 3), url, head, text)


def full(rid: str, s: Shooting, host: int = 1, plus: int = 1) -> Report:
    """A fuller story of the same night, with neighbours' words, from another outlet."""
    t = s.town
    where = s.where
    head = f"Gunfire on {s.street} leaves {where} {s.sex} {'dead' if s.killed else 'injured'}"
    text = (
        f"Neighbors on {s.street} in {where} said they heard at least five shots {s.weekday} "
        f"night before a {s.sex} stumbled toward a porch and collapsed. Police said the "
        f"{s.age}-year-old was struck {s.hour} in the {s.block} block. "
        + (
            "Paramedics could not save the victim. "
            if s.killed
            else f"The victim was rushed to {t.hospital} in serious condition. "
        )
        + "Detectives canvassed the street for cameras on Monday and asked residents with "
        "doorbell footage to come forward. No one was in custody."
    )
    url = f"https://www.{t.hosts[host]}/story/{_slug(where, 'gunfire', s.street)}"
    return (rid, _at(s.day, plus, 17), url, head, text)


def named(rid: str, s: Shooting, host: int = 2, plus: int = 2) -> Report:
    """The victim named by the police or the coroner, days later."""
    t = s.town
    head = f"Police identify {s.sex} {'killed' if s.killed else 'shot'} on {s.street}"
    text = (
        f"Authorities have identified the {s.sex} "
        + ("fatally shot" if s.killed else "wounded")
        + f" last {s.weekday} on {s.street} as {s.victim}, {s.age}, of {s.where}. "
        f"{s.surname} was found in the {s.block} block after callers reported shots. "
        f"Investigators have not said what led to the shooting, and they asked anyone who "
        f"saw it to call detectives."
    )
    url = f"https://www.{t.hosts[host]}/local/{_slug(s.victim, 'identified')}"
    return (rid, _at(s.day, plus, 20), url, head, text)


def arrest(rid: str, s: Shooting, host: int = 0, plus: int = 7) -> Report:
    """An arrest a week or so later."""
    t = s.town
    head = f"Arrest made in {s.street} shooting of {s.victim}"
    text = (
        f"{s.where} detectives arrested {s.suspect}, {s.suspect_age}, on Thursday in the "
        f"shooting of {s.victim} on {s.street} earlier this month. "
        + ("He is charged with murder" if s.killed else "He is charged with aggravated assault")
        + f" and was booked into the county jail without bond. Court papers say the two men "
        f"had argued over money. {s.surname} was {s.age}."
    )
    url = f"https://www.{t.hosts[host]}/crime/{_slug('arrest', s.victim)}"
    return (rid, _at(s.day, plus, 22), url, head, text)


def vigil(rid: str, s: Shooting, host: int = 1, plus: int = 4) -> Report:
    """A vigil or funeral for the victim."""
    t = s.town
    head = f"Family remembers {s.victim} at candlelight vigil"
    text = (
        f"Balloons and candles lined {s.street} on Wednesday evening as relatives of "
        f"{s.victim} gathered where the {s.age}-year-old was shot. "
        f'"{s.pron} was the one who kept us laughing," a cousin told the crowd in {s.where}. '
        + ("The family is raising money for the funeral. " if s.killed else "")
        + "Police have asked the public for tips."
    )
    url = f"https://www.{t.hosts[host]}/community/{_slug(s.surname, 'vigil')}"
    return (rid, _at(s.day, plus, 23), url, head, text)


def rewrite(rid: str, s: Shooting, host: int = 2, plus: int = 1) -> Report:
    """Another outlet's version of the brief under another headline."""
    t = s.town
    head = f"{s.where} police investigate {s.weekday} night shooting"
    text = (
        f"A {s.sex} aged {s.age} "
        + ("died" if s.killed else "was hurt")
        + f" after being shot {s.hour} {s.weekday} on {s.street} in {s.where}, according "
        f"to police. Officers responding to a call about gunfire in the {s.block} block found "
        f"the victim. Investigators did not release a description of the shooter."
    )
    url = f"https://www.{t.hosts[host]}/{_slug(s.where, 'shooting', s.weekday)}"
    return (rid, _at(s.day, plus, 14), url, head, text)


def template_other(rid: str, s: Shooting, host: int = 0, plus: int = 0) -> Report:
    """The same outlet's brief of another shooting: one template, other facts."""
    return brief(rid, s, host, plus)


def earlier_mentions(rid: str, old: Shooting, new: Shooting, host: int = 1) -> Report:
    """A story of an earlier shooting (its arrest) that mentions the new one in passing."""
    t = old.town
    head = f"Man charged in {old.street} killing of {old.victim}"
    text = (
        f"Prosecutors charged {old.suspect}, {old.suspect_age}, with murder on Tuesday in the "
        f"death of {old.victim}, who was shot on {old.street} in {old.where} last month. "
        f"{old.surname}, {old.age}, was found in the {old.block} block. The charge comes days "
        f"after another shooting on {new.street} left a {new.sex} "
        + ("dead" if new.killed else "wounded")
        + ", a case police say is not connected."
    )
    url = f"https://www.{t.hosts[host]}/courts/{_slug(old.surname, 'charged')}"
    return (rid, _at(new.day, 2, 16), url, head, text)


def roundup(rid: str, shootings: list[Shooting], host: int = 2) -> Report:
    """A weekend roundup of several shootings in the city."""
    t = shootings[0].town
    head = f"Violent weekend in {t.city}: {len(shootings)} shot in separate incidents"
    lines = [
        f"{len(shootings)} people were shot in separate incidents across {t.city} over the "
        f"weekend, police said."
    ]
    for s in shootings:
        lines.append(
            f"On {s.weekday}, a {s.age}-year-old {s.sex} was "
            + ("killed" if s.killed else "wounded")
            + f" on {s.street}."
        )
    lines.append("No arrests had been announced by Monday.")
    day = max(s.day for s in shootings)
    url = f"https://www.{t.hosts[host]}/news/{_slug(t.city, 'weekend', 'shootings')}"
    return (rid, _at(day, 1, 21), url, head, " ".join(lines))


TOWNS = {
    "louisville": Town(
        "Louisville",
        "LOUISVILLE, Ky.",
        "Louisville Metro Police",
        ("wdrb.com", "wlky.com", "whas11.com"),
        "Shively",
        "Shively police",
        "University Hospital",
    ),
    "memphis": Town(
        "Memphis",
        "MEMPHIS, Tenn.",
        "Memphis police",
        ("wreg.com", "actionnews5.com", "localmemphis.com"),
        "Bartlett",
        "Bartlett police",
        "Regional One Health",
    ),
    "indianapolis": Town(
        "Indianapolis",
        "INDIANAPOLIS",
        "IMPD",
        ("wthr.com", "fox59.com", "wishtv.com"),
        "Lawrence",
        "Lawrence police",
        "Eskenazi Hospital",
    ),
    "columbus": Town(
        "Columbus",
        "COLUMBUS, Ohio",
        "Columbus police",
        ("nbc4i.com", "10tv.com", "dispatch.com"),
        "Whitehall",
        "Whitehall police",
        "Grant Medical Center",
    ),
    "jackson": Town(
        "Jackson",
        "JACKSON, Miss.",
        "Jackson police",
        ("wlbt.com", "wapt.com", "clarionledger.com"),
        "Ridgeland",
        "Ridgeland police",
        "Merit Health Central",
    ),
    "birmingham": Town(
        "Birmingham",
        "BIRMINGHAM, Ala.",
        "Birmingham police",
        ("wbrc.com", "al.com", "cbs42.com"),
        "Fairfield",
        "Fairfield police",
        "UAB Hospital",
    ),
    "toledo": Town(
        "Toledo",
        "TOLEDO, Ohio",
        "Toledo police",
        ("wtol.com", "13abc.com", "toledoblade.com"),
        "Sylvania",
        "Sylvania police",
        "St. Vincent Medical Center",
    ),
    "milwaukee": Town(
        "Milwaukee",
        "MILWAUKEE",
        "Milwaukee police",
        ("tmj4.com", "fox6now.com", "jsonline.com"),
        "West Allis",
        "West Allis police",
        "Froedtert Hospital",
    ),
    "shreveport": Town(
        "Shreveport",
        "SHREVEPORT, La.",
        "Shreveport police",
        ("ksla.com", "ktbs.com", "shreveporttimes.com"),
        "Bossier City",
        "Bossier City police",
        "Ochsner LSU Health",
    ),
    "dayton": Town(
        "Dayton",
        "DAYTON, Ohio",
        "Dayton police",
        ("whio.com", "wdtn.com", "daytondailynews.com"),
        "Trotwood",
        "Trotwood police",
        "Miami Valley Hospital",
    ),
}

# (town, streets, victims (name, age, sex), suspects) per case: the facts of forty groups
_FIRST = dt.date(2021, 1, 4)


def _day(case: int, weekday: int = 5) -> dt.date:
    """A case's own week (cases are twelve days apart), on the given weekday."""
    start = _FIRST + dt.timedelta(days=12 * case)
    return start + dt.timedelta(days=(weekday - start.weekday()) % 7)


_MEN_TEXT = """Terrance Devonte Marquise Cedric Andre Jerome Rashad Kelvin Dominic Lamont Darius
Tremaine Carlos Maurice Reginald Antoine Desmond Willie Xavier Curtis"""
_WOMEN_TEXT = """Keisha Latrice Shanice Yolanda Tamika Brianna Monique Tierra Crystal Jasmine Ebony
Rochelle Tanisha Alicia Danielle Precious Kiara Felicia Sherita Lashonda"""
_SURNAMES_TEXT = """Holloway Gaines Whitlow Bynum Castellano Atwater Pickens Ashby Fairley Quarles
Monroe Odom Ferrell Kirby Rowe Tolliver Dorsey Mabry Hensley Thurman Pruitt Ames Blakely
Crenshaw Dunlap Easley Furlow Gorman Hairston Ingram Jessup Kimbrough Lockett Mayfield
Nance Ogletree Pettaway Rucker Stallworth Tisdale Upshaw Vinson Wofford Yancey Zeigler
Benford Cheatham Dabney Embry Fontenot"""
_MEN, _WOMEN, _SURNAMES = (t.split() for t in (_MEN_TEXT, _WOMEN_TEXT, _SURNAMES_TEXT))


def person(k: int, sex: str) -> str:
    """The k-th invented name of a sex (first names and surnames drawn apart, so that no two
    of a table's k share a name)."""
    first = (_MEN if sex == "man" else _WOMEN)[k % 20]
    return f"{first} {_SURNAMES[(k + k // 50) % len(_SURNAMES)]}"


def _shooting(
    case: int,
    town: str,
    street: str,
    block: int,
    age: int,
    sex: str,
    killed: bool = True,
    weekday: int = 5,
    hour: str = "around 9:40 p.m.",
) -> Shooting:
    k = 4 * case
    return Shooting(
        TOWNS[town],
        _day(case, weekday),
        street,
        block,
        age,
        sex,
        person(k, sex),
        killed,
        hour,
        person(k + 1, "man"),
        20 + case % 17,
    )


def _main(n: int, s: Shooting, kinds: str) -> list[Report]:
    """The main shooting's reports, one per letter of kinds: b brief, f full, n named,
    a arrest, v vigil, r rewrite."""
    make = {"b": brief, "f": full, "n": named, "a": arrest, "v": vigil, "r": rewrite}
    return [make[k](f"s{n}{k}", s) for k in kinds]


# the streets of the earlier shootings that a later story recalls, one a town
_OLD_STREETS = (
    "Wilder Lane",
    "Orchard Grove",
    "Pennbrook Drive",
    "Alderwood Road",
    "Tallow Street",
    "Marlowe Court",
    "Quincy Terrace",
    "Fernhill Road",
    "Rosalind Way",
    "Kettering Lane",
)


def _cases() -> list[Case]:
    out: list[Case] = []
    streets = [
        ("Garland Avenue", "Hazelwood Road", "Bardstown Court"),
        ("Chelsea Avenue", "Winchester Lane", "Kerr Parkway"),
        ("Sherman Drive", "Post Road", "Emerson Way"),
        ("Livingston Avenue", "Hamilton Road", "Parsons Avenue"),
        ("Bailey Avenue", "Northside Drive", "Ellis Avenue"),
        ("Jefferson Avenue", "Aaron Aronov Drive", "Tuscaloosa Avenue"),
        ("Dorr Street", "Hawley Street", "Lagrange Street"),
        ("Burleigh Street", "Capitol Drive", "Teutonia Avenue"),
        ("Hollywood Avenue", "Mansfield Road", "Jewella Avenue"),
        ("Salem Avenue", "Gettysburg Avenue", "Hoover Avenue"),
    ]
    towns = list(TOWNS)
    n = 0
    for t, town in enumerate(towns):
        st1, st2, st3 = streets[t]
        # 1. a second shooting in the same city the next night, another street, same age
        a = _shooting(n, town, st1, 1400 + 10 * t, 27, "man")
        b = replace(
            a,
            day=a.day + dt.timedelta(days=1),
            street=st2,
            block=3100 + t,
            victim=person(4 * n + 2, "woman"),
            sex="woman",
            killed=False,
            hour="shortly after 11 p.m.",
        )
        out.append(
            (
                f"x{n}",
                "next night, same city and age",
                [_main(n, a, "bfnv"), [brief(f"s{n}o", b, host=1)]],
            )
        )
        n += 1
        # 2. a shooting in the neighbouring town the same day
        a = _shooting(n, town, st2, 2200 + t, 34, "man", killed=False)
        b = replace(
            a,
            city=TOWNS[town].neighbour,
            street=st3,
            block=500 + t,
            age=19,
            victim=person(4 * n + 2, "woman"),
            sex="woman",
            killed=True,
            hour="around 10 p.m.",
        )
        out.append(
            (
                f"x{n}",
                "neighbouring town, same day",
                [_main(n, a, "bfnra"), [brief(f"s{n}o", b, host=2), full(f"s{n}p", b)]],
            )
        )
        n += 1
        # 3. the same outlet's templated brief of another shooting two days later, plus a
        # story of an earlier shooting that mentions the main one
        a = _shooting(n, town, st3, 800 + t, 41, "woman", weekday=4)
        b = replace(
            a,
            day=a.day + dt.timedelta(days=2),
            street=st1,
            block=4500 + t,
            age=22,
            sex="man",
            victim=person(4 * n + 2, "man"),
            killed=False,
            hour="just before midnight",
        )
        old = replace(
            a,
            day=a.day - dt.timedelta(days=25),
            street=_OLD_STREETS[t],
            block=1700 + t,
            age=30,
            sex="man",
            victim=person(4 * n + 3, "man"),
            suspect=person(4 * n + 3, "woman"),
        )
        out.append(
            (
                f"x{n}",
                "same outlet's template, an earlier story mentioning it",
                [
                    _main(n, a, "bfnav"),
                    [template_other(f"s{n}o", b)],
                    [earlier_mentions(f"s{n}p", old, a)],
                ],
            )
        )
        n += 1
        # 4. a weekend roundup naming the main shooting and two others (it may join the main
        # one; it must not bring the others in), and a second shooting the same night
        a = _shooting(n, town, st1, 2900 + t, 16, "man", weekday=5)
        b = replace(
            a,
            street=st3,
            block=600 + t,
            age=45,
            sex="woman",
            victim=person(4 * n + 2, "woman"),
            killed=False,
            hour="around 1:30 a.m.",
            day=a.day + dt.timedelta(days=1),
        )
        c = replace(
            a,
            street=st2,
            block=1200 + t,
            age=31,
            victim=person(4 * n + 3, "man"),
            day=a.day + dt.timedelta(days=1),
            hour="around 4 p.m.",
        )
        out.append(
            (
                f"x{n}",
                "weekend roundup",
                [
                    _main(n, a, "bfnr"),
                    [full(f"s{n}o", b, host=0)],
                    [rewrite(f"s{n}p", c, host=1)],
                    [roundup(f"s{n}*", [a, b, c])],
                ],
            )
        )
        n += 1
        # 5. the same street's name in the next town of the list, the same night, a victim of
        # the same age and sex
        a = _shooting(n, town, st2, 1500 + t, 23, "man", killed=False)
        there = towns[(t + 1) % len(towns)]
        b = replace(
            a,
            town=TOWNS[there],
            block=3300 + t,
            victim=person(4 * n + 2, "man"),
            hour="around 11 p.m.",
        )
        out.append(
            (
                f"x{n}",
                "the same street in another city",
                [_main(n, a, "bfnv"), [brief(f"s{n}o", b, host=0), rewrite(f"s{n}p", b)]],
            )
        )
        n += 1
    return out


CASES: list[Case] = _cases()
