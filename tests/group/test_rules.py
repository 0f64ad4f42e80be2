"""The same-event rules beyond text similarity, each on invented reports: the people a report is
about, headline-only pages, misread dates, attacks on many. Look-alikes stay apart."""

from __future__ import annotations

import math
from pathlib import Path

from newsfold.group import assign, assign_pending, decide
from newsfold.group import text as tx
from newsfold.group.signature import signature
from newsfold.records import Analysis, Claim
from newsfold.store import Store

from .corpus import (
    FENWICK,
    MARROWFIELD,
    Report,
    court_report,
    fenwick_report,
    headline_only,
    other_court_report,
    quillen_reports,
    store_reports,
)


def _events(db_path: Path, reports: list[Report]) -> dict[str, str]:
    with Store(db_path) as store:
        store_reports(store, reports)
        assign_pending(store, None)
        rows = store.conn.execute("SELECT article_id, event_id FROM assignments").fetchall()
    return {r["article_id"]: r["event_id"] for r in rows}


def _flat(_: str) -> float:
    return 0.8


# -- the people a report is about ----------------------------------------------------------


def test_principal_names_are_the_people_given_an_age_or_identified() -> None:
    text = (
        "Police said Dorian Vessel, 34, died at the scene. A 27-year-old courier, Teodor "
        "Wyndham, was hurt. Officers later identified the gunman as Ansel J. Thorne Jr. "
        "Mayor Odile Brack said the town was in shock. The 400 block of Quillen Street, 12 "
        "hours later, was quiet. Sara Quaile (19) was treated in hospital."
    )
    assert tx.principal_names(text) == {
        "dorian vessel",
        "teodor wyndham",
        "ansel thorne",
        "sara quaile",
    }
    assert tx.principal_names(text, exclude={"vessel"}) == {
        "teodor wyndham",
        "ansel thorne",
        "sara quaile",
    }


def test_a_court_story_months_later_joins_its_event_through_the_people(db_path: Path) -> None:
    # the sentencing is ten months after the shooting and in the court's town: only the people
    # (the victim named with his age, his sister) say which shooting it is
    wire, *_ = quillen_reports()
    got = _events(db_path, [wire, fenwick_report(), court_report()])
    assert got["court"] == got["wire"]
    assert got["fenwick"] != got["wire"]


def test_a_court_story_about_other_people_in_the_same_town_stays_apart(db_path: Path) -> None:
    wire, *_ = quillen_reports()
    got = _events(db_path, [wire, court_report(), other_court_report()])
    assert got["tallis"] not in (got["wire"], got["court"])


def test_the_same_people_lift_a_date_veto_but_a_common_name_does_not() -> None:
    wire = quillen_reports()[0]
    court = court_report()
    a = signature(wire.article(), wire.analysis())
    b = signature(court.article(), court.analysis())
    a["ppl"] = ["dorian vessel"]
    assert decide.date_veto(a, b) is not None
    ev = decide.compare(a, b, _flat)
    assert ev.people == 1 and ev.veto is None and ev.same

    def common(term: str) -> float:  # every report names a "Vessel"
        return 0.1 if term in ("vessel", "dorian") else 0.8

    assert decide.shared_people(a, b, common) == []
    assert not decide.compare(a, b, common).same


def test_a_person_recalled_in_the_background_does_not_lift_a_date_veto() -> None:
    # a new shooting's report recalls last year's gunman further down ("In the summer of 2023,
    # Pedro Varga went on a rampage"); it is about its own victims, not him
    old = {
        "id": "old", "pub": "2023-07-26", "d0": "2023-07-26", "d1": "2023-07-26", "prec": 1,
        "ppl": ["pedro varga"], "who": ["pedro varga"], "lead": ["varga"], "names": ["varga"],
    }  # fmt: skip
    new = {
        "id": "new", "pub": "2024-06-24", "d0": "2024-06-24", "d1": "2024-06-24", "prec": 1,
        "ppl": ["kevin rook"], "who": ["kevin rook", "pedro varga"], "lead": ["rook"],
        "names": ["rook", "varga"],
    }  # fmt: skip
    ev = decide.compare(new, old, _flat)
    assert ev.people == 1 and ev.veto is not None and not ev.same
    assert decide.recalled_only(new, old, ["pedro varga"])
    # a court story names the accused in its lead, though its own people are the victims
    court = {**new, "lead": ["varga", "rook"]}
    assert decide.compare(court, old, _flat).veto is None
    # and a report that names no people of its own is about whom it names
    bare = {**new, "ppl": []}
    assert decide.compare(bare, old, _flat).veto is None


def test_a_generic_word_in_two_names_is_no_one_in_common() -> None:
    a = {"id": "a", "who": ["kanye west", "jamia barnes"]}
    b = {"id": "b", "who": ["west side austin", "malik causey"]}
    assert decide.who_agreement(a, b) == (0, True)
    c = {"id": "c", "who": ["malik causey"]}
    assert decide.who_agreement(b, c) == (1, False)
    # a city's side is a place in any wording, not a person two reports share
    for side in ("south side youth league", "near west side austin", "the westside crew"):
        other = {"id": "d", "who": [side, "tomas reyes"]}
        for named in ("west side austin", "far south side", "austin westside"):
            first = {"id": "e", "who": [named.replace("austin", "garfield"), "lena moss"]}
            assert decide.who_agreement(first, other) == (0, True), (named, side)
    # ... while the same person still counts
    d = {"id": "f", "who": ["near west side", "malik causey"]}
    assert decide.who_agreement(d, c) == (1, False)


# -- headline-only pages and the address -----------------------------------------------------


def test_url_slug_and_date() -> None:
    assert tx.url_slug(
        "http://archive.example/web/2024/http://courier.example/2024/03/10/"
        "carpenter-shot-dead-outside-quillen-street-shop/"
    ) == (["carpenter", "shot", "dead", "outside", "quillen", "street", "shop"], "2024-03-10")
    assert tx.url_slug("https://news.example/local/marrowfield-shop-shooting-20240310.html") == (
        ["marrowfield", "shop", "shooting"],
        "2024-03-10",
    )
    assert tx.url_slug("https://news.example/story/123456") == ([], None)
    assert tx.url_slug(None) == ([], None)


def test_a_page_of_junk_is_read_by_its_headline_and_address() -> None:
    report = headline_only(
        "junk",
        "Carpenter shot dead outside Marrowfield shop",
        "https://courier.example/2024/03/10/carpenter-shot-dead-on-quillen-street/",
        "2024-03-10",
    )
    sig = signature(report.article(), report.analysis())
    assert sig["thin"] is True
    assert "newsletter" not in sig["terms"] and "inbox" not in sig["terms"]
    assert {"carpenter", "quillen", "marrowfield"} <= set(sig["terms"])
    real = signature(quillen_reports()[0].article(), None)
    assert "thin" not in real


def test_a_headline_only_report_joins_the_event_its_headline_tells(db_path: Path) -> None:
    wire, *_ = quillen_reports()
    junk = headline_only(
        "junk",
        "Carpenter shot dead outside Marrowfield shop",
        "https://courier.example/2024/03/10/carpenter-shot-dead-on-quillen-street/",
        "2024-03-10",
    )
    other = headline_only(
        "junk2",
        "Woman wounded as shots hit parked car on Fenwick Road",
        "https://courier.example/2024/03/14/woman-wounded-fenwick-road-marrowfield/",
        "2024-03-14",
    )
    got = _events(db_path, [wire, fenwick_report(), junk, other])
    assert got["junk"] == got["wire"]
    assert got["junk2"] == got["fenwick"]
    assert got["fenwick"] != got["wire"]


# -- dates misread, attacks on many --------------------------------------------------------


def test_reports_published_together_and_told_alike_survive_a_misread_date() -> None:
    wire, _, rewrite, _ = quillen_reports()
    a = signature(wire.article(), wire.analysis())
    b = signature(rewrite.article(), rewrite.analysis())
    b.update(d0="1998-07-01", d1="1998-07-01")  # read from a story of an older shooting
    b["n_mh"] = 0  # not as a rewrite: as an independent report
    ev = decide.compare(a, b, _flat)
    assert ev.veto is None and ev.same
    # the same texts published a year apart: the dates are not misread, they differ
    later = {**b, "pub": "2025-03-11"}
    assert decide.compare(a, later, _flat).veto is not None


def test_reports_of_an_attack_on_many_may_name_different_victims() -> None:
    common = {"date": "2024-03-09", "place": MARROWFIELD, "fatalities": 4}
    first = Report(
        "first",
        "Four people were killed when a gunman opened fire at the Larkspur market in "
        "Marrowfield on Saturday. Among the dead was Celestine Arbogast, a florist.",
        "Four killed at Larkspur market",
        "2024-03-10",
        names=("Celestine Arbogast",),
        **common,  # type: ignore[arg-type]
    )
    second = Report(
        "second",
        "Survivors of Saturday's shooting at the Larkspur market in Marrowfield, where four "
        "people died, described the panic. Milo Brandywine hid behind a stall.",
        "Larkspur market survivors recall panic",
        "2024-03-11",
        names=("Milo Brandywine",),
        **common,  # type: ignore[arg-type]
    )
    a = signature(first.article(), first.analysis())
    b = signature(second.article(), second.analysis())
    assert decide.who_agreement(a, b) == (0, False)
    one, other = dict(a), dict(b)
    one.pop("kill")
    other.pop("kill")
    assert decide.who_agreement(one, other) == (0, True)  # of one victim each: a conflict


def test_fenwick_text_names_no_principal_from_the_quillen_story() -> None:
    # the people of one report are not found in a report of another shooting in the same town
    assert tx.principal_names(FENWICK) == {"celestine arbogast"}


# -- look-alike events of a conflict: one template, many villages and days ---------------------

# A ceasefire monitor's daily lines (invented): the same sentence for each village and day.
MONITOR = (
    "On {day} March 2024, the monitoring mission recorded 14 explosions from mortar fire near "
    "{village}, in the Ostwyn frontline district, and shell damage to two farm buildings. "
    "The mission said it could not establish which side had fired. No casualties were reported."
)
ASHFORD = {"location": "Ashford Mill", "admin1": "Ostwyn", "country": "Calderia"}
VILLAGES = {
    "Ashford Mill": {**ASHFORD, "latitude": 41.20, "longitude": -87.60},
    "Cinder Ford": {**ASHFORD, "location": "Cinder Ford", "latitude": 41.40, "longitude": -87.60},
}


class _Dated(Report):
    """A report whose analysis read its date from the calendar date the text writes."""

    def analysis(self) -> Analysis:
        analysis = super().analysis()
        span = self.text.split(",")[0][3:]  # "4 March 2024"
        start = self.text.index(span)
        analysis.event.claims.append(
            Claim(
                field="event_date", value=self.date, text=span, start=start, end=start + len(span)
            )
        )
        return analysis


def _monitor(report_id: str, village: str, day: int, precision: int = 1) -> Report:
    place = {**VILLAGES[village], "geo_precision": precision}
    return _Dated(
        report_id,
        MONITOR.format(day=day, village=village),
        "Monitoring mission daily report",
        f"2024-03-{day + 1:02d}",
        date=f"2024-03-{day:02d}",
        place=place,
        event_type="Explosions/Remote violence",
    )


def _sig(report: Report) -> dict:  # type: ignore[type-arg]
    return signature(report.article(), report.analysis())


def test_a_template_line_about_another_village_or_day_is_not_a_copy(db_path: Path) -> None:
    same = _sig(_monitor("a", "Ashford Mill", 4))
    village = _sig(_monitor("b", "Cinder Ford", 4))  # 22 km away, the same day
    day = _sig(_monitor("c", "Ashford Mill", 6))  # the same village, two days later
    copy = _sig(_monitor("d", "Ashford Mill", 4))
    assert decide.copy_kind(same, village)[0] == "copy"  # the words say copy...
    assert decide.other_place(same, village)
    for other in (village, day):
        ev = decide.compare(same, other, _flat)
        assert ev.kind is None and not ev.same, ev.reasons  # ...the facts say another event
        assert "template about another day or place" in " ".join(ev.reasons)
    assert decide.compare(same, copy, _flat).kind == "copy"
    reports = [
        _monitor("a", "Ashford Mill", 4),
        _monitor("b", "Cinder Ford", 4),
        _monitor("c", "Ashford Mill", 6),
        _monitor("d", "Ashford Mill", 4),
    ]
    got = _events(db_path, reports)
    assert got["d"] == got["a"]
    assert len({got["a"], got["b"], got["c"]}) == 3


# A city desk's daily brief (invented): one sentence pattern for each wounded teenager.
BRIEF = (
    "A {age}-year-old boy was badly hurt by gunfire {day} in Corwen Heights on the "
    "West Side. The boy was walking in the {block} block of South Harlow Avenue when shots "
    "came from a passing van, police said. He was rushed to Mount Ardley Hospital."
)


def _brief(report_id: str, age: int, block: int, day: str, published: str) -> dict:  # type: ignore[type-arg]
    text = BRIEF.format(age=age, block=block, day=day)
    return _sig(Report(report_id, text, "Boy wounded in Corwen Heights shooting", published))


def test_a_brief_about_another_boy_at_another_block_is_not_a_rewrite() -> None:
    first = _brief("a", 16, 3700, "Monday", "2024-01-02")
    later = _brief("b", 13, 3500, "Wednesday", "2024-01-11")
    assert decide.copy_kind(first, later)[0] is not None  # the words say copy or rewrite...
    assert decide.numbers_differ(first, later)
    ev = decide.compare(first, later, _flat)
    assert ev.kind is None and "template about another day or place" in " ".join(ev.reasons)
    # ... the same boy at the same block is the same report, and so is a rewrite that gives
    # the age only: a number of one kind alone says nothing
    again = _brief("c", 16, 3700, "Monday", "2024-01-02")
    assert decide.compare(first, again, _flat).kind is not None
    no_block = {**first, "nums": ["age:16"]}
    assert not decide.numbers_differ(no_block, {**later, "nums": ["block:3500"]})
    assert not decide.numbers_differ(first, {**later, "nums": ["age:16", "block:3500"]})


def test_places_the_gazetteer_lacks_are_apart_when_named_differently() -> None:
    # both carry the town's coordinates (precision 2): sharing them is not being one place
    a = _sig(_monitor("a", "Ashford Mill", 4, precision=2))
    b = _sig(_monitor("b", "Cinder Ford", 4, precision=2))
    b["place"].update(lat=a["place"]["lat"], lon=a["place"]["lon"])
    assert decide.other_place(a, b)
    assert decide.place_agreement(a, b)[1] is False
    # a county and a town in it may be one place; so are one name and a longer form of it
    county = {**b, "place": {**b["place"], "loc": "ostwyn county"}}
    longer = {**b, "place": {**b["place"], "loc": "ashford mill road"}}
    for other in (county, longer):
        assert not decide.other_place(a, other)
        assert decide.place_agreement(a, other)[1] is True


def test_nearby_places_cost_score_but_far_ones_only_what_they_did() -> None:
    a = _sig(_monitor("a", "Ashford Mill", 4))
    b = _sig(_monitor("b", "Cinder Ford", 4))
    for sig in (a, b):
        sig["n_mh"] = 0  # as independent reports, not copies
    near = decide.compare(a, b, _flat)
    assert "another place" in near.reasons
    # the same report placed 22 km away in the other's district costs W_OTHER_PLACE; placed in
    # another province it costs the province penalty alone (geocoding from text goes astray)
    far = {**b, "place": {**b["place"], "admin1": "serrane"}}
    ev = decide.compare(a, far, _flat)
    assert "another place" not in ev.reasons
    assert ev.score - near.score == decide.W_PROVINCE_DIFFERS - decide.W_OTHER_PLACE


def _located(report: Report) -> dict:  # type: ignore[type-arg]
    """The signature of a report whose analysis claims its location from its text."""
    analysis = report.analysis()
    name = str((report.place or {})["location"])
    start = report.text.find(name)
    claim = Claim(field="location", value=name, text=name, start=start, end=start + len(name))
    analysis.event.claims.append(claim)
    return signature(report.article(), analysis)


def test_a_place_known_only_by_its_province_or_country_is_no_shared_place() -> None:
    # the capital standing in for a country named alone (no location claim, precision 3)
    national = _sig(_monitor("a", "Ashford Mill", 4, precision=3))
    place = national["place"]
    assert "loc" not in place and "lat" not in place and "admin1" not in place
    assert place["country"] == "calderia"
    # two national events in one country are not at "the same place"
    assert decide.place_agreement(national, dict(national))[1] is False
    # a province named alone: its name is the location, and it is no place either
    province = _monitor("b", "Ashford Mill", 4, precision=3)
    province.place = {**VILLAGES["Ashford Mill"], "location": "Ostwyn", "geo_precision": 3}
    place = _located(province)["place"]
    assert "loc" not in place and place["admin1"] == "ostwyn"
    # a village the gazetteer lacks, placed by its province only, keeps its name
    village = _located(_monitor("c", "Cinder Ford", 4, precision=3))
    assert village["place"]["loc"] == "cinder ford"
    assert village["place"]["admin1"] == "ostwyn"


# -- event facts that tell two look-alike events apart ------------------------------------------


def _facts(pub: str, day: str | None = None, **extra: object) -> dict:  # type: ignore[type-arg]
    """An invented signature: a report published on `pub` of an event on `day`."""
    sig: dict = {"id": f"{pub}-{day}-{sorted(extra.items())}", "pub": pub}  # type: ignore[type-arg]
    if day:
        sig.update(d0=day, d1=day, prec=1)
    sig.update(extra)
    return sig


def test_a_later_report_with_fewer_definite_dead_is_another_event() -> None:
    first = _facts("2025-09-04", kill=8, killx=1)
    rising = _facts("2025-09-05", kill=11, killx=1)
    falling = _facts("2025-09-05", kill=5, killx=1)
    floor = _facts("2025-09-05", kill=5)  # "at least five": a floor, not a count
    assert not decide.toll_conflict(first, rising)  # tolls rise
    assert decide.toll_conflict(first, falling) and decide.toll_conflict(falling, first)
    assert not decide.toll_conflict(first, floor)
    # the same day with no times: which came first is unknown, and the toll may have risen
    same_day = _facts("2025-09-04", kill=5, killx=1)
    assert not decide.toll_conflict(first, same_day)
    # ... unless the times say the lower count came later
    early = {**first, "ts": "2025-09-04T08:00"}
    late = {**same_day, "ts": "2025-09-04T19:00"}
    assert decide.toll_conflict(early, late)
    ev_fall = decide.compare(first, falling, _flat)
    ev_rise = decide.compare(first, rising, _flat)
    assert ev_fall.score - ev_rise.score == decide.W_TOLL


def test_event_days_resolved_from_reports_of_different_days_that_differ_cost_score() -> None:
    # "on Tuesday" read against each report's own date: different event days are real
    monday = _facts("2025-11-18", "2025-11-18")
    tuesday = _facts("2025-11-19", "2025-11-19")
    assert decide._resolved_days_differ(monday, tuesday)
    # the same publication day: one may have misread "last night" across midnight
    assert not decide._resolved_days_differ(monday, _facts("2025-11-18", "2025-11-19"))
    # a later report of the same day's event
    assert not decide._resolved_days_differ(monday, _facts("2025-11-20", "2025-11-18"))
    # a week-precision date tells no day
    assert not decide._resolved_days_differ(monday, {**tuesday, "prec": 2})
    ev = decide.compare(monday, tuesday, _flat)
    assert "another resolved day" in ev.reasons
    same = decide.compare(monday, _facts("2025-11-19", "2025-11-18"), _flat)
    assert ev.score < same.score + decide.W_OTHER_DAY_REL


def test_two_reports_dated_only_by_their_week_share_no_day() -> None:
    # nothing in either text dates the event: each is dated the week before it came out
    # (precision 2, signature nd), and both place it in one city
    place = {"loc": "harrowgate", "admin1": "wessary", "country": "calderia", "prec": 1}
    week = {"d0": "2025-01-10", "d1": "2025-01-17", "prec": 2, "place": place, "nd": 1}
    a = {**_facts("2025-01-17"), **week, "title": ["shot", "southeast"]}
    b = {**_facts("2025-01-20"), **week, "d0": "2025-01-13", "d1": "2025-01-20"}
    b["title"] = ["argument", "shot", "southwest"]
    ev = decide.compare(a, b, _flat)
    assert ev.facts == 0 and "no shared fact" in ev.reasons and not ev.same
    # a report whose text dates the event still meets the other's week at one place, even
    # when the date it gives is no finer than a week ("in the week of 13 January")
    day = {**b, "d0": "2025-01-15", "d1": "2025-01-15", "prec": 1}
    del day["nd"]
    assert decide.compare(a, day, _flat).facts == 1
    written_week = {**b}
    del written_week["nd"]
    assert decide.compare(a, written_week, _flat).facts == 1


def test_a_report_whose_text_dates_nothing_is_undated() -> None:
    bare = Report("u", "A man was shot, police said.", "Man shot", "2025-01-17")
    analysis = bare.analysis()
    ev = analysis.event
    ev.event_date, ev.date_start, ev.date_end = "2025-01-17", "2025-01-10", "2025-01-17"
    analysis.event.time_precision = 2
    analysis.event.claims = [c for c in analysis.event.claims if c.field != "event_date"]
    assert signature(bare.article(), analysis).get("nd") == 1
    analysis.event.time_precision = 1  # the headline's day, say: a day, however found
    assert "nd" not in signature(bare.article(), analysis)


def _city_report(report_id: str, location: str, population: int) -> dict:  # type: ignore[type-arg]
    """The signature of a report placing a shooting at `location`, resolved to the city of
    Harrowgate (geonameid 4242) of `population` people."""
    report = Report(
        report_id,
        f"A man was shot dead in {location} on Friday night, police said.",
        "Man shot dead",
        "2025-07-20",
        date="2025-07-19",
        place={**MARROWFIELD, "location": location},
    )
    analysis = report.analysis()
    start = report.text.find(location)
    analysis.event.claims.append(
        Claim(
            field="location",
            value=location,
            text=location,
            start=start,
            end=start + len(location),
            attrs={"geonameid": 4242},
        )
    )
    analysis.places = [{"name": "Harrowgate", "geonameid": 4242, "population": population}]
    return signature(report.article(), analysis)


def test_the_same_big_city_is_weaker_evidence_than_the_same_district() -> None:
    big, district = _city_report("a", "Harrowgate", 2_500_000), _city_report("b", "Wexly", 0)
    assert big["place"]["pop"] == 2_500_000
    assert "pop" not in district["place"]  # a district in the city: a finer place
    assert decide.place_agreement(big, district)[1]  # still one place...
    # ... worth less the larger the city: 2.5 million people is 1.4 factors of ten past 100,000
    weight = decide.place_weight(big, district)
    assert decide.W_CITY_MIN <= weight < decide.W_PLACE - 1.0
    assert decide.place_weight(district, dict(district)) == decide.W_PLACE
    town = _city_report("c", "Harrowgate", 40_000)
    assert decide.place_weight(town, dict(town)) == decide.W_PLACE
    huge = _city_report("d", "Harrowgate", 20_000_000)
    assert decide.place_weight(huge, district) == decide.W_CITY_MIN
    for sig in (big, district):
        sig["n_mh"] = 0  # as independent reports, not copies
    assert "same city" in decide.compare(big, district, _flat).reasons


def test_a_far_off_place_is_no_veto_when_the_report_names_the_other_place() -> None:
    # the geocoder took a namesake 5,000 km away ("Street", in another country) for a report
    # whose text names Harrowgate, where the other report places the event
    here = {
        "gid": "4242",
        "loc": "harrowgate",
        "admin1": "ostwyn",
        "country": "calderia",
        "lat": 6.45,
        "lon": 3.39,
        "prec": 1,
    }
    namesake = {
        "gid": "9999",
        "loc": "street",
        "admin1": "somerset",
        "country": "wessexia",
        "lat": 51.13,
        "lon": -2.74,
        "prec": 1,
    }
    a = _facts("2026-03-07", "2026-03-07", place=here, places=["4242"])
    b = _facts("2026-03-08", "2026-03-07", place=namesake, places=["4242"])
    assert decide.place_agreement(a, b)[0] is not None  # the places alone veto...
    assert decide.namesake_place(a, b)
    ev = decide.compare(a, b, _flat)
    assert ev.veto is None and "same place" not in ev.reasons  # ...not when b names a's town
    # the words of a district the text names count too ("Wexly", resolved to its city's id)
    district = {**namesake, "gid": None, "loc": "wexly"}
    d = _facts("2026-03-08", "2026-03-07", place=district, places=["9999"])
    assert decide.namesake_place({**a, "pw": ["harrowgate", "wexly"]}, d)
    # a report that never names the other's place stays vetoed
    c = {**b, "places": ["9999"]}
    assert not decide.namesake_place(a, c)
    assert decide.compare(a, c, _flat).veto is not None


def test_adjacent_days_around_midnight_or_at_one_address_cost_no_other_day() -> None:
    # a shooting at 12:30 a.m. is "late Saturday" to one reporter, "early Sunday" to the next
    saturday = _facts("2025-11-16", "2025-11-15", nt=1)
    sunday = _facts("2025-11-17", "2025-11-16")
    assert decide._resolved_days_differ(saturday, sunday)
    assert decide.across_midnight(saturday, sunday)
    assert "another resolved day" not in decide.compare(saturday, sunday, _flat).reasons
    # without a time near midnight, or two days apart, the days still tell two events apart
    daytime = {**saturday, "nt": 0}
    assert not decide.across_midnight(daytime, sunday)
    assert "another resolved day" in decide.compare(daytime, sunday, _flat).reasons
    monday = _facts("2025-11-18", "2025-11-17")
    assert not decide.across_midnight(saturday, monday)
    assert "another resolved day" in decide.compare(saturday, monday, _flat).reasons
    # the same block, or three ages, place both reports at one spot and one set of people
    # (which numbers do: tests/group/test_same_spot.py, SHARED_NUMBERS)
    block = {**daytime, "nums": ["age:30", "block:6200"]}
    assert (
        "another resolved day"
        not in decide.compare(block, {**monday, "nums": ["block:6200"]}, _flat).reasons
    )
    ages = ["age:16", "age:17", "age:22"]
    assert (
        "another resolved day"
        not in decide.compare({**daytime, "nums": ages}, {**monday, "nums": ages}, _flat).reasons
    )
    # one or two ages match too often to say so
    assert (
        "another resolved day"
        in decide.compare(
            {**daytime, "nums": ages[:2]}, {**monday, "nums": ages[:2]}, _flat
        ).reasons
    )


def test_a_time_near_midnight_is_read_from_the_date_or_a_clock_time() -> None:
    def sig(text: str, expression: str) -> dict:  # type: ignore[type-arg]
        report = Report("n", text, "Man shot", "2025-11-17", date="2025-11-16", place=MARROWFIELD)
        analysis = report.analysis()
        start = max(0, text.find(expression))
        analysis.event.claims.append(
            Claim(
                field="event_date",
                value="2025-11-16",
                text=expression,
                start=start,
                end=start + len(expression),
                attrs={"expression": expression},
            )
        )
        return signature(report.article(), analysis)

    assert sig("A man was shot early Sunday on Vell Street.", "early Sunday").get("nt")
    assert sig("A man was shot Saturday night, police said.", "Saturday night").get("nt")
    assert sig("A man was shot Sunday at about 1:30 a.m., police said.", "Sunday").get("nt")
    assert sig("A man was shot Sunday at 11 p.m. near the park.", "Sunday").get("nt")
    assert not sig("A man was shot Sunday afternoon near the park.", "Sunday afternoon").get("nt")
    assert not sig("A man was shot Sunday at 2 p.m. near the park.", "Sunday").get("nt")
    # and on which side of midnight (decide.across_midnight, MIDNIGHT_SIDES)
    assert sig("A man was shot early Sunday on Vell Street.", "early Sunday")["nt"] == "e"
    assert sig("A man was shot Saturday night, police said.", "Saturday night")["nt"] == "l"
    assert sig("A man was shot Sunday at about 1:30 a.m., police said.", "Sunday")["nt"] == "e"
    assert sig("A man was shot Sunday at 11 p.m. near the park.", "Sunday")["nt"] == "l"
    assert sig("A man was shot overnight, police said.", "overnight")["nt"] == "el"


def test_other_names_cost_less_than_other_victims() -> None:
    # one report names a witness, the other an officer: no name in common, yet one shooting
    base = dict(place=dict(MARROWFIELD_PLACE), nums=["block:6200"], names=["vell"])
    witness = _facts("2025-11-16", "2025-11-15", who=["dana orrick"], **base)
    officer = _facts("2025-11-16", "2025-11-15", who=["sgt lorne baskin"], **base)
    quiet = _facts("2025-11-16", "2025-11-15", **base)
    ev = decide.compare(witness, officer, _flat)
    assert ev.who_conflict and ev.same
    cost = ev.score - decide.compare(witness, quiet, _flat).score
    assert abs(cost - decide.W_WHO_BYSTANDERS) < 1e-9
    # each names the people it is about (a victim, the accused), none the same: two cases
    assert decide.W_WHO_CONFLICT < decide.W_WHO_BYSTANDERS < 0
    victim_a = {**witness, "ppl": ["dana orrick"], "who": ["dana orrick", "amos pell"]}
    victim_b = {**officer, "ppl": ["lorne baskin"], "who": ["lorne baskin", "ida venn"]}
    assert decide._who_conflict_weight(victim_a, victim_b) == decide.W_WHO_CONFLICT
    assert decide.people_conflict(victim_a, victim_b)
    assert not decide.compare(victim_a, victim_b, _flat).same


MARROWFIELD_PLACE = {
    "gid": "4242",
    "loc": "wexly",
    "admin1": "ostwyn",
    "country": "calderia",
    "lat": 6.45,
    "lon": 3.39,
    "prec": 1,
}


def test_a_copy_about_another_day_with_fewer_dead_is_a_recalled_story_not_a_rewrite() -> None:
    first = _sig(_monitor("a", "Ashford Mill", 4))
    first.pop("dx", None)  # told "on Monday", not with a calendar date
    first.update(kill=12)  # "at least 12"
    recap = {**first, "id": "b", "pub": "2024-03-06", "d0": "2024-03-05", "d1": "2024-03-05"}
    recap.update(kill=7, killx=1)  # the next day's strike, "killed seven"
    assert decide.copy_kind(first, recap)[0] is not None  # the words say copy...
    ev = decide.compare(first, recap, _flat)
    assert ev.kind is None, ev.reasons  # ...another day and fewer dead say another event
    assert "template about another day or place" in " ".join(ev.reasons)
    # the same text a day later with the same toll is still a copy
    again = {**recap, "kill": 12, "killx": 0}
    assert decide.compare(first, again, _flat).kind is not None


# -- quarters of one town, provinces named like their capital, tolls that agree -------------


def _quarter_report(
    report_id: str, text: str, quarter: str | None, names: tuple[str, ...] = (), **claim: object
) -> dict:  # type: ignore[type-arg]
    """The signature of a report placed at the town of Harrowgate (geonameid 4242), with a
    location claim `within` the town for `quarter` (as the analysis keeps a quarter the
    gazetteer lacks)."""
    report = Report(
        report_id,
        text,
        "Air strike hits Harrowgate",
        "2025-09-23",
        date="2025-09-23",
        place={**MARROWFIELD, "location": "Harrowgate", "geo_precision": 2},
        names=names,
    )
    analysis = report.analysis()
    town = {"geonameid": 4242, "feature": "city", "within": "Harrowgate"}
    analysis.event.claims.append(
        Claim(field="location", value="Harrowgate", text="Harrowgate", start=0, end=10, attrs=town)
    )
    if quarter:
        attrs = {**town, "unresolved": True, **claim}
        analysis.event.claims.append(
            Claim(field="location", value=quarter, text=quarter, start=0, end=1, attrs=attrs)
        )
    return signature(report.article(), analysis)


def test_two_quarters_of_one_town_are_two_places() -> None:
    tayba = _quarter_report(
        "a", "Bombs hit houses in the Al-Tayba district of Harrowgate on Tuesday.", "Al-Tayba"
    )
    assert tayba["place"]["sub"] == "al tayba"
    assert tayba["place"]["gid"] == "4242"
    market = _quarter_report(
        "b", "A strike hit the Wexly quarter of Harrowgate on Tuesday, medics said.", "Wexly"
    )
    assert decide.quarters_differ(tayba["place"], market["place"])
    assert decide.other_place(tayba, market)
    assert decide.place_agreement(tayba, market)[1] is False  # not "the same place"
    # the same quarter, and a report naming none, are one place as before
    again = _quarter_report("c", "Houses in Harrowgate's Al-Tayba district were hit.", "Al-Tayba")
    plain = _quarter_report("d", "A strike hit Harrowgate on Tuesday.", None)
    assert "sub" not in plain["place"]
    for other in (again, plain):
        assert not decide.quarters_differ(tayba["place"], other["place"])
        assert decide.place_agreement(tayba, other)[1] is True


def test_a_quarter_is_no_district_of_a_province_nor_a_person_nor_the_town_again() -> None:
    # a district within a province (the within place is no town)
    district = _quarter_report("a", "Floods hit Agam.", "Agam", feature="admin1")
    assert "sub" not in district["place"]
    for junk in ("Harrowgate shooting", "Pike Street on Mar 13", "Bexley County", "Side"):
        sig = _quarter_report("b", f"A man was shot in {junk}.", junk)
        assert "sub" not in sig["place"], junk
    # a person's name the analysis misread as a place within the town
    person = _quarter_report("c", "Tim Kelley said.", "Tim Kelley", names=("Tim Kelley",))
    assert "sub" not in person["place"]


def test_the_quarters_of_a_flood_or_a_storm_do_not_tell_two_events_apart() -> None:
    # a disaster strikes an area: its reports name different villages and quarters of it
    a = _quarter_report("a", "Flash floods swept the Al-Tayba district of Harrowgate.", "Al-Tayba")
    b = _quarter_report("b", "Floods hit the Wexly quarter of Harrowgate on Tuesday.", "Wexly")
    assert a.get("area") and b.get("area")
    assert decide.quarters_differ(a["place"], b["place"])  # named apart...
    assert not decide.other_place(a, b)  # ... but one flood's two quarters
    assert decide.place_agreement(a, b)[1] is True


def _province_report(text: str) -> dict:  # type: ignore[type-arg]
    """A report the geocoder placed at Ostwyn, the town that shares its province's name."""
    report = Report(
        "p",
        text,
        "Quake",
        "2025-03-12",
        date="2025-03-12",
        place={**MARROWFIELD, "location": "Ostwyn", "admin1": "Ostwyn"},
    )
    analysis = report.analysis()
    analysis.event.claims.append(
        Claim(
            field="location",
            value="Ostwyn",
            text="Ostwyn",
            start=0,
            end=6,
            attrs={"geonameid": 77},
        )
    )
    return signature(report.article(), analysis)


def test_a_town_named_like_its_province_is_the_province_when_the_text_says_so() -> None:
    province = _province_report("A 6.1 quake struck Ostwyn province before dawn on Wednesday.")
    assert "loc" not in province["place"] and "gid" not in province["place"]
    assert province["place"]["admin1"] == "ostwyn"
    also = _province_report("The quake hit the province of Ostwyn on Wednesday.")
    assert "loc" not in also["place"]
    # the town itself, or a text that never says the province
    for text in (
        "A fire broke out in Ostwyn city, in Ostwyn province, on Wednesday.",
        "A fire broke out in Ostwyn on Wednesday.",
    ):
        assert _province_report(text)["place"]["loc"] == "ostwyn", text


def test_the_same_dead_and_the_same_injured_are_a_shared_fact() -> None:
    a = _facts("2025-03-12", "2025-03-12", kill=9, inj=74)
    b = _facts("2025-03-13", "2025-03-12", kill=9, inj=74)
    assert decide.tolls_agree(a, b)
    ev = decide.compare(a, b, _flat)
    assert "the same dead and injured" in ev.reasons and ev.facts >= 1
    # one count only, or small tolls that agree by chance, or no injured told
    assert not decide.tolls_agree(a, _facts("2025-03-13", "2025-03-12", kill=9, inj=41))
    assert not decide.tolls_agree(_facts("x", kill=1, inj=2), _facts("y", kill=1, inj=2))
    assert not decide.tolls_agree(_facts("x", kill=6, inj=0), _facts("y", kill=6, inj=0))
    assert not decide.tolls_agree(_facts("x", kill=6), _facts("y", kill=6))


def test_tolls_that_cannot_be_one_events_at_two_moments() -> None:
    floor = _facts("2025-09-22", "2025-09-22", kill=12)  # "at least 12"
    count = _facts("2025-09-23", "2025-09-22", kill=12, killx=1)
    later = _facts("2025-09-24", "2025-09-23", kill=7, killx=1)  # "killed seven", later
    assert decide.tolls_disagree(floor, later) and decide.tolls_disagree(later, floor)
    assert decide.tolls_disagree(count, later)
    rising = _facts("2025-09-24", "2025-09-22", kill=14, killx=1)
    assert not decide.tolls_disagree(floor, rising) and not decide.tolls_disagree(count, rising)
    assert not decide.tolls_disagree(floor, _facts("2025-09-24", "2025-09-23", kill=7))


def test_an_event_most_of_whose_tolls_the_report_cannot_follow_is_out(tmp_path: Path) -> None:
    # a market strike told by two reports (12 dead); a later report of seven dead in the town
    # links to the third, which gives no toll, strongly: the two tolls still keep it out
    floor = _facts("2025-09-22", "2025-09-22", kill=12)
    count = _facts("2025-09-23", "2025-09-22", kill=12, killx=1)
    silent = _facts("2025-09-23", "2025-09-22")
    later = _facts("2025-09-24", "2025-09-23", kill=7, killx=1)
    strong = decide.Evidence(score=3.0)
    weak = decide.Evidence(score=-1.0)
    evidence = [("a", floor, weak), ("b", count, weak), ("c", silent, strong)]
    events = {i: ("ev_market", None) for i in ("a", "b", "c")}
    with Store(tmp_path / "s.db") as store:
        grouper = assign.Grouper(store, None)
        decision = grouper._event_decision("d", later, evidence, events, _flat)
        assert decision.event_id != "ev_market"
        # with one report giving a toll, the pairwise cost decides, not the count
        decision = grouper._event_decision("d", later, evidence[1:], events, _flat)
        assert decision.event_id == "ev_market"
        assign.TOLL_MAJORITY = 0
        try:
            decision = grouper._event_decision("d", later, evidence, events, _flat)
            assert decision.event_id == "ev_market"
        finally:
            assign.TOLL_MAJORITY = 2


def test_an_event_most_of_whose_reports_tell_the_spot_apart_is_out(tmp_path: Path) -> None:
    # a Saturday killing told by three reports and a weekend roundup that joined it; Sunday's
    # shooting on another street links to the roundup alone, and each of the three reports
    # names another street or age than its own: they keep it out
    sig = _facts("2025-05-05", "2025-05-04")
    apart = decide.Evidence(score=-2.6, apart=2)
    roundup = decide.Evidence(score=0.8)
    evidence = [("a", sig, apart), ("b", sig, apart), ("c", sig, apart), ("r", sig, roundup)]
    events = {i: ("ev_saturday", None) for i in ("a", "b", "c", "r")}
    with Store(tmp_path / "s.db") as store:
        grouper = assign.Grouper(store, None)
        assert grouper._event_decision("d", sig, evidence, events, _flat).event_id != "ev_saturday"
        # one report telling it apart is no majority: the link stands
        kept = [("a", sig, apart), ("b", sig, decide.Evidence(score=-1.0)), evidence[3]]
        assert grouper._event_decision("d", sig, kept, events, _flat).event_id == "ev_saturday"
        assign.APART_MAJORITY = 0
        try:
            decision = grouper._event_decision("d", sig, evidence, events, _flat)
            assert decision.event_id == "ev_saturday"
        finally:
            assign.APART_MAJORITY = 2


def test_other_streets_tell_spots_apart_but_not_the_reports_of_an_attack_on_many() -> None:
    # two reports of one city's night naming other streets are told apart (Evidence.apart);
    # of an attack on many, reports tell of its several victims' streets, and are not
    base = dict(place=dict(MARROWFIELD_PLACE), names=["vell"])
    north = _facts("2025-11-16", "2025-11-15", st=["quarry"], inj=1, **base)
    south = _facts("2025-11-16", "2025-11-15", st=["tannery"], inj=1, **base)
    assert decide.compare(north, south, _flat).apart > 0
    many = {**south, "kill": 2, "inj": 3}
    assert decide.compare(north, many, _flat).apart == 0


def test_a_disaster_that_lasts_days_is_dated_by_either_day() -> None:
    landfall = _facts("2025-10-29", "2025-10-28", lasts=1, area=1)  # "struck on Tuesday"
    toll = _facts("2025-10-30", "2025-10-29", lasts=1, area=1)  # "dead by Wednesday evening"
    assert decide.lasting(landfall, toll)
    ev = decide.compare(landfall, toll, _flat)
    assert "another resolved day" not in ev.reasons
    # two days apart, or a shooting (no `lasts`), still cost the other day
    assert not decide.lasting(landfall, _facts("2025-10-31", "2025-10-30", lasts=1))
    shooting = decide.compare(
        _facts("2025-10-29", "2025-10-28"), _facts("2025-10-30", "2025-10-29"), _flat
    )
    assert "another resolved day" in shooting.reasons


def test_a_lasting_disaster_is_read_from_its_headline_or_lead() -> None:
    storm = signature(
        Report(
            "s",
            "Typhoon Kestrel slammed into the coast on Tuesday.",
            "Typhoon kills 11",
            "2025-10-29",
        ).article(),
        None,
    )
    assert storm.get("area") and storm.get("lasts")
    quake = signature(
        Report(
            "q",
            "A strong earthquake struck the province on Wednesday.",
            "Quake kills 9",
            "2025-03-12",
        ).article(),
        None,
    )
    assert quake.get("area") and not quake.get("lasts")  # over in seconds
    shooting = signature(
        Report(
            "g", "A man was shot dead on Fenwick Road on Friday.", "Man shot dead", "2025-07-20"
        ).article(),
        None,
    )
    assert not shooting.get("area") and not shooting.get("lasts")


def test_the_villages_of_one_flood_and_a_province_of_are_no_other_place() -> None:
    village = {"loc": "palanan", "admin1": "cagayan valley", "country": "philippines", "prec": 2}
    province = {**village, "loc": "province of isabela"}
    a, b = _facts("2025-10-29", place=village), _facts("2025-10-29", place=province)
    assert not decide.other_place(a, b)  # "the Province of Isabela" holds Palanan
    other = {**village, "loc": "ilagan"}
    assert decide.other_place(_facts("x", place=village), _facts("y", place=other))
    # two villages of one flood are its places, not two events
    assert not decide.other_place(
        _facts("x", place=village, area=1), _facts("y", place=other, area=1)
    )


def test_a_far_off_namesake_named_among_the_other_reports_words_is_no_veto() -> None:
    # the geocoder read "Plaza San Martin" as the town of San Martin 800 km away; the other
    # report, placed at the capital, names the plaza among its name words
    lima = {
        "gid": "1",
        "loc": "lima",
        "admin1": "lima",
        "country": "peru",
        "lat": -12.04,
        "lon": -77.03,
        "prec": 1,
    }
    far = {
        "loc": "san martin",
        "admin1": "piura",
        "country": "peru",
        "lat": -5.19,
        "lon": -80.67,
        "prec": 1,
    }
    a = _facts("2025-10-16", "2025-10-15", place=far, names=["quispe", "plaza"], n_mh=0)
    b = _facts("2025-10-17", "2025-10-15", place=lima, names=["quispe", "plaza", "martin"], n_mh=0)
    assert decide.place_agreement(a, b)[0] is not None  # a veto by distance...
    assert not decide.namesake_place(a, b)  # ... "martin" is no resolved place of b's
    assert decide.namesake_place(a, b, loose=True)
    ev = decide.compare(a, b, _flat)
    assert ev.veto is None and "another place" not in ev.reasons
    # a report that does not name it keeps the veto
    c = {**b, "names": ["quispe", "plaza"]}
    assert decide.compare(a, c, _flat).veto is not None


def _town(loc: str, lat: float, lon: float, pop: int = 0, prec: int = 1) -> dict:  # type: ignore[type-arg]
    place = {"loc": loc, "admin1": "ostwyn", "country": "calderia", "lat": lat, "lon": lon}
    place["prec"] = prec
    if pop:
        place["pop"] = pop
    return place


def test_two_neighbouring_towns_are_neither_one_place_nor_another() -> None:
    # Brackwater and Felling Cross, 7 km apart, towns of 20,000: a child shot by accident in
    # one and a man killed in the other the same week are two events, not "the same place"
    brackwater = _town("brackwater", 40.000, -90.000, pop=20_000)
    felling = _town("felling cross", 40.063, -90.000)
    assert 6.5 < decide._km(brackwater, felling) < 7.5
    assert decide.neighbour_towns(brackwater, felling)
    assert decide.place_agreement({"place": brackwater}, {"place": felling})[1] is False
    a = _facts("2025-05-02", "2025-05-01", place=brackwater, kill=1)
    b = _facts("2025-05-03", "2025-05-01", place=felling, inj=1)
    ev = decide.compare(a, b, _flat)
    assert "same place" not in ev.reasons and "another place" not in ev.reasons
    assert "neighbouring towns" in ev.reasons
    # ... which the same place lifted by W_PLACE
    one = decide.compare(a, {**b, "place": dict(brackwater)}, _flat)
    assert one.score - ev.score == decide.W_PLACE - decide.W_NEIGHBOUR_TOWNS
    # a report that names the other's town ("shot in Felling Cross, Brackwater police said")
    # may tell the same event by either name: the same place, as before
    named = {**b, "pw": ["brackwater", "felling", "cross"]}
    assert decide.place_agreement(a, named)[1] is True
    assert "same place" in decide.compare(a, named, _flat).reasons


def test_a_big_citys_district_a_nearer_place_or_one_name_stays_the_same_place() -> None:
    # a city of 2.5 million reaches some 28 km: a district resolved 12 km from its centre is in it
    city = _town("harrowgate", 40.000, -90.000, pop=2_500_000)
    district = _town("wexly", 40.108, -90.000)
    assert not decide.neighbour_towns(city, district)
    assert decide.place_agreement({"place": city}, {"place": district})[1] is True
    town = _town("brackwater", 40.000, -90.000, pop=20_000)
    near = _town("felling cross", 40.030, -90.000)  # 3 km: one place, as before
    assert not decide.neighbour_towns(town, near)
    assert decide.place_agreement({"place": town}, {"place": near})[1] is True
    far = _town("felling cross", 40.180, -90.000)  # 20 km: not the same place, as before
    assert not decide.neighbour_towns(town, far)
    for other in (
        _town("brackwater heights", 40.063, -90.000),  # a longer form of the name
        _town("ostwyn county", 40.063, -90.000),  # a county holds towns
        _town("felling cross", 40.063, -90.000, prec=2),  # a place the gazetteer lacks
    ):
        assert not decide.neighbour_towns(town, other), other


# -- a big city's name in headline-only pages -------------------------------------------------


def _headline_page(sid: str, title: list[str], loc: str, pop: int | None) -> dict:  # type: ignore[type-arg]
    place = {"loc": loc, "admin1": "calloway", "country": "united states", "prec": 1}
    place |= {"lat": 38.6, "lon": -90.2}
    if pop is not None:
        place["pop"] = pop
    return {
        "id": sid,
        "pub": "2024-03-10",
        "thin": True,
        "title": title,
        "terms": {w: 1 for w in title},
        "place": place,
        "pw": [loc.split()[-1]],
        "d0": "2024-03-03",
        "d1": "2024-03-10",
        "prec": 2,
        "nd": 1,
    }


def test_a_town_without_its_population_takes_the_one_another_report_gives() -> None:
    # a headline-only page is placed by its headline's town with no population; another report
    # of that city (found beside it by place) gives it, and the big-city discount then applies
    thin = _headline_page("a", ["brantwell", "toddler", "shot"], "brantwell", None)
    full = dict(_headline_page("b", ["brantwell", "man", "killed"], "brantwell", 850_000))
    full.pop("thin")
    filled = assign.with_known_populations([thin, full])
    assert filled[0]["place"]["pop"] == 850_000 and "pop" not in thin["place"]  # (a copy)
    assert filled[1] is full
    # ... only the same town of the same province: a namesake elsewhere keeps its own (none)
    other = _headline_page("c", ["brantwell", "boy", "hurt"], "brantwell", None)
    other["place"]["admin1"] = "dunmore"
    assert "pop" not in assign.with_known_populations([other, full])[0]["place"]


def test_a_big_citys_name_in_two_headlines_is_no_fact_they_share() -> None:
    # two headline-only pages of one outlet of a big city: "Brantwell man dies after shooting
    # himself", "Brantwell girl killed by masked gunmen" share only the city, compared as the
    # place (discounted for its size), not again as a headline word
    a = _headline_page("a", ["brantwell", "man", "die", "leg", "shoot"], "brantwell", 850_000)
    b = _headline_page("b", ["brantwell", "girl", "kill", "mask", "gunmen"], "brantwell", 850_000)
    assert decide.headline_cover(a, b) == set()
    assert not decide.compare(a, b, lambda t: 0.8).same
    # ... a small town's name in a headline does tell its one shooting of the week
    a["place"]["pop"] = b["place"]["pop"] = 4_000
    assert decide.headline_cover(a, b) == {"brantwell"}
    assert decide.compare(a, b, lambda t: 0.8).same


def test_a_month_holding_the_other_reports_day_is_no_shared_day() -> None:
    # "the second collapse in Harrowgate this month" (read as 1-27 March) against a collapse on
    # 7 March: the month meets the day, but that is no evidence of one event
    place = {"loc": "harrowgate", "admin1": "wessary", "country": "calderia", "prec": 1}
    day = _facts("2026-03-07", "2026-03-07", place=place, kill=6)
    month = {**_facts("2026-03-27", place=place, kill=6), "d0": "2026-03-01", "d1": "2026-03-27"}
    month["prec"] = decide.MONTH
    # the mean distance from the 7th to the days 1-27: (21 + 210) / 27
    gap = decide.coarse_gap(day, month)
    assert gap is not None and abs(gap - 231 / 27) < 1e-9
    assert decide.coarse_gap(month, day) == gap
    assert decide.date_gap(day, month) == 0  # (the ranges still meet: no veto)
    same_day = {**month, "d0": "2026-03-07", "d1": "2026-03-07", "prec": 1}
    coarse = decide.compare(day, month, _flat)
    precise = decide.compare(day, same_day, _flat)
    assert coarse.score < precise.score + decide.W_DAYS * math.log1p(8)
    # a week, or two months, is no day against a month
    assert decide.coarse_gap({**day, "prec": 2}, month) is None
    assert decide.coarse_gap({**month, "id": "m2"}, month) is None
    # a court story months later dates the shooting "in March" and gives the victims' ages:
    # the ages say which shooting it is, and the month costs nothing
    aged_day = {**day, "nums": ["age:19", "age:5"]}
    aged_month = {**month, "nums": ["age:19", "age:33"]}
    assert decide._days_apart(aged_day, aged_month, identified=True) == 0
    ev = decide.compare(aged_day, aged_month, _flat)
    assert ev.score == decide.compare(aged_day, {**aged_month, **_day_of(day)}, _flat).score


def _day_of(sig: dict) -> dict:  # type: ignore[type-arg]
    """The date fields of a signature."""
    return {k: sig[k] for k in ("d0", "d1", "prec")}


def test_an_undated_later_report_is_not_dated_by_its_stand_in_week() -> None:
    # "Teen in shooting case facing trial", published two weeks after the shooting and dating
    # nothing: its date is the week before it came out, which says nothing of the event's day
    place = {"loc": "harrowgate", "admin1": "wessary", "country": "calderia", "prec": 1}
    shooting = _facts("2025-09-29", "2025-09-29", place=place, nums=["age:19"])
    later = {**_facts("2025-10-13", place=place, nums=["age:19"]), "nd": 1}
    later.update(d0="2025-10-06", d1="2025-10-13", prec=2)
    assert decide._undated_after(shooting, later) and decide._undated_after(later, shooting)
    assert decide.date_gap(shooting, later) == 7
    assert decide._days_apart(shooting, later) == decide.UNDATED_DAYS
    # ... but a dated report of its own day, or an undated one before the event, is dated
    dated = {**later}
    del dated["nd"]
    assert not decide._undated_after(shooting, dated)
    assert decide._days_apart(shooting, dated) == 7
    earlier = {**later, "d0": "2025-09-15", "d1": "2025-09-22", "pub": "2025-09-22"}
    assert not decide._undated_after(shooting, earlier)
    assert decide._days_apart(shooting, earlier) == 7
    # two undated reports: neither date says anything, nothing to lift
    assert not decide._undated_after({**shooting, "nd": 1}, later)
    near = decide.compare(shooting, later, _flat)
    far = decide.compare(shooting, dated, _flat)
    assert near.score > far.score
    # still a veto months later: the undated court story needs the same people to join
    months = {**later, "d0": "2026-03-06", "d1": "2026-03-13", "pub": "2026-03-13"}
    assert decide.compare(shooting, months, _flat).veto is not None


# -- a follow-up that names only bystanders -----------------------------------------------

_HAMLET = {"loc": "wrenfield", "admin1": "ostwyn", "country": "calderia", "prec": 1, "pop": 2100}


def _hunt(pub: str, who: list[str], **extra: object) -> dict:  # type: ignore[type-arg]
    """A report of a hunting accident at the hamlet of Wrenfield on 2025-11-09."""
    terms = {"hunt": 2, "accident": 2, "woman": 1, "fatal": 1, "shot": 1, "deer": 1}
    return _facts(pub, "2025-11-09", place=_HAMLET, who=who, terms=terms, **extra)


def test_same_day_and_place_stay_a_fact_beside_a_report_naming_only_bystanders() -> None:
    # "Woman fatally shot in Wrenfield hunting accident" names the victim; the next report,
    # "Shooter in fatal Wrenfield hunting accident identified", names the shooter and the
    # sheriff only: names not shared, but no one of its own to tell another event by
    victim = _hunt("2025-11-10", ["maren holloway"], ppl=["maren holloway"])
    shooter = _hunt("2025-11-10", ["tobias greer", "sheriff dalton"])
    ev = decide.compare(victim, shooter, _flat)
    assert ev.who_conflict and ev.facts >= 1 and "no shared fact" not in ev.reasons
    off = _without_bystander_fact(victim, shooter)
    assert off.facts == 0 and off.score < ev.score
    # ... but ages given by both, none the same, are other people (a man of 34, a woman of 52)
    aged = decide.compare({**victim, "nums": ["age:52"]}, {**shooter, "nums": ["age:34"]}, _flat)
    assert aged.facts == 0 and not aged.same


def test_two_reports_naming_their_own_people_on_one_day_and_place_stay_apart() -> None:
    # two shootings at the hamlet on one day, each report naming its own victim: the same day
    # and place are no shared fact, as before
    one = _hunt("2025-11-10", ["maren holloway"], ppl=["maren holloway"])
    two = _hunt("2025-11-10", ["caspar ruell"], ppl=["caspar ruell"])
    ev = decide.compare(one, two, _flat)
    assert ev.facts == 0 and not ev.same


def _without_bystander_fact(a: dict, b: dict) -> decide.Evidence:  # type: ignore[type-arg]
    saved = decide.BYSTANDER_FACT
    decide.BYSTANDER_FACT = 0
    try:
        return decide.compare(a, b, _flat)
    finally:
        decide.BYSTANDER_FACT = saved


# -- a follow-up dated by what followed ------------------------------------------------------


def test_a_follow_up_dated_by_its_arrest_is_not_another_day() -> None:
    # "Uncle arraigned in shooting of nephew, 7", two days after the shooting: the analysis
    # dates it by the arraignment, which says nothing of another event
    place = {"loc": "harrowgate", "admin1": "wessary", "country": "calderia", "prec": 1}
    shooting = _facts(
        "2025-06-01", "2025-05-31", place=place, nums=["age:7"], title=["boy", "shot", "hurt"]
    )
    arraigned = _facts(
        "2025-06-03",
        "2025-06-02",
        place=place,
        nums=["age:7"],
        title=["uncle", "arraign", "shoot", "nephew"],
    )
    assert decide.follow_up(arraigned) and not decide.follow_up(shooting)
    assert decide._follow_up_after(shooting, arraigned)
    assert decide._days_apart(shooting, arraigned) == min(2, decide.FOLLOW_UP_DAYS)
    ev = decide.compare(shooting, arraigned, _flat)
    assert "another resolved day" not in ev.reasons
    # a first report whose headline has no such word is dated as it says
    plain = {**arraigned, "title": ["boy", "shot", "uncle", "nephew"]}
    assert not decide._follow_up_after(shooting, plain)
    assert "another resolved day" in decide.compare(shooting, plain, _flat).reasons
    # ... and a report published before the other, or of an earlier day, is no follow-up of it
    assert not decide._follow_up_after({**shooting, "pub": "2025-06-04"}, arraigned)


def test_an_arrest_weeks_later_is_still_dated_apart() -> None:
    # two girls of two shot in one city six weeks apart, each with an arrest story: beyond
    # FOLLOW_UP_WINDOW days the arrest's date counts in full
    place = {"loc": "marrowfield", "admin1": "ostwyn", "country": "calderia", "prec": 1}
    may = _facts("2025-05-26", "2025-05-25", place=place, nums=["age:2"], title=["arrest"])
    july = _facts("2025-07-06", "2025-07-05", place=place, nums=["age:2"], title=["arrest"])
    assert decide.date_gap(may, july) > decide.FOLLOW_UP_WINDOW
    assert not decide._follow_up_after(may, july)
    assert decide._days_apart(may, july) == decide.date_gap(may, july)
    assert not decide.compare(may, july, _flat).same


def test_a_plea_to_the_public_is_no_follow_up() -> None:
    # "Mother pleads with community to find shooter" is the first days' story, not a plea deal
    plea = [tx.stem(w) for w in ("mother", "pleads", "find", "shooter")]
    assert not decide.follow_up({"title": plea})
    assert decide.follow_up({"title": ["man", "sentenc", "shoot"]})


def test_a_dateline_states_abbreviation_is_no_name_word() -> None:
    # the one-word dotted forms of gazetteer.US_STATE_ABBREVIATIONS, as the table was written
    written = """
        ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo
        mont neb nev okla ore pa tenn vt va wash wis wyo
    """
    assert frozenset(written.split()) == tx._AP_STATES
    assert tx.outlet_or_state_word("Okla", ".") and tx.outlet_or_state_word("Kans", ".")
    # not "Tex." nor "Penn." (a name's end), nor a state's name, nor a word with no dot
    assert not tx.outlet_or_state_word("Tex", ".") and not tx.outlet_or_state_word("Penn", ".")
    assert not tx.outlet_or_state_word("Texas", ",") and not tx.outlet_or_state_word("Okla", " ")
