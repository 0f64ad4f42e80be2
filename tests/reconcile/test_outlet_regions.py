"""The outlet's usual region: learned from a store's placed reports, used for a report whose text
names no place, never over a stated place, nor below the support threshold."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsfold import pipeline
from newsfold.reconcile import event as event_module
from newsfold.reconcile import outlet_regions
from newsfold.reconcile.outlet_regions import EVIDENCE
from newsfold.records import Analysis, Article
from newsfold.store import Store

from .helpers import claim, report

OHIO = dict(country="United States", iso3="USA", admin1="Ohio")
TOWNS = {
    "Riverton": dict(admin2="Marlow County", latitude=40.1, longitude=-82.9),
    "Ashby": dict(admin2="Marlow County", latitude=40.3, longitude=-82.7),
}
# the default a page with no story gets: a city of another state, no words about it
ELSEWHERE = dict(
    country="United States",
    iso3="USA",
    admin1="Indiana",
    admin2="Pike County",
    location="Dunmore",
    latitude=39.0,
    longitude=-86.0,
    geo_precision=2,
)


def _placed(article_id: str, source: str, town: str = "Riverton", **over: Any):
    fields = {**OHIO, **TOWNS.get(town, {}), "location": town, "geo_precision": 1, **over}
    return report(
        article_id,
        source=source,
        text=f"Two people were shot in {town} on Friday night.",
        claims=[claim("location", fields["location"], town)],
        **fields,
    )


def _storyless(article_id: str, source: str, **fields: Any):
    return report(article_id, source=source, text="Sign in to keep reading.", **fields)


def _store(path: Path, events: list[list[tuple[Article, Analysis]]]) -> Store:
    store = Store(path)
    pairs = [p for ev in events for p in ev]
    store.add_articles(pairs, None)
    store.assign([(p[0].id, f"ev{i}", None, None) for i, ev in enumerate(events) for p in ev], None)
    return store


def _home_paper(n: int) -> list[list[tuple[Article, Analysis]]]:
    """n events of one host, each placed in words in an Ohio town (Riverton mostly)."""
    return [
        [_placed(f"p{i}", "riverton-ledger.example", "Ashby" if i == 0 else "Riverton")]
        for i in range(n)
    ]


def test_the_region_is_learned_from_the_hosts_placed_events(db_path: Path):
    with _store(db_path, _home_paper(5)) as store:
        regions = outlet_regions.learn(store.conn)
    region = regions["riverton-ledger.example"]
    assert (region.admin1, region.location, region.events, region.of) == ("Ohio", "Riverton", 5, 5)
    assert region.fields()["geo_precision"] == 2


def test_below_the_support_threshold_the_region_only_places_a_report_with_no_place(
    db_path: Path,
):
    with _store(db_path, _home_paper(3)) as store:
        region = outlet_regions.learn(store.conn)["riverton-ledger.example"]
    assert not region.strong_enough(has_place=True)
    assert region.strong_enough(has_place=False)


def test_no_region_when_the_hosts_events_are_spread_over_states(db_path: Path):
    dunmore = ELSEWHERE | {"geo_precision": 1}
    away = [[_placed(f"q{i}", "riverton-ledger.example", "Dunmore", **dunmore)] for i in range(2)]
    events = [*_home_paper(3), *away]
    with _store(db_path, events) as store:
        assert outlet_regions.learn(store.conn) == {}


def test_an_event_told_in_several_updates_counts_once(db_path: Path):
    events = [[_placed(f"u{i}", "riverton-ledger.example") for i in range(4)]]
    with _store(db_path, events) as store:
        region = outlet_regions.learn(store.conn)["riverton-ledger.example"]
    assert (region.events, region.of) == (1, 1)


def test_the_state_alone_when_no_town_dominates(db_path: Path):
    events = [
        [_placed(f"p{i}", "ohio-wire.example", "Riverton" if i % 2 else "Ashby")] for i in range(4)
    ]
    with _store(db_path, events) as store:
        region = outlet_regions.learn(store.conn)["ohio-wire.example"]
    assert region.location is None
    assert region.fields()["location"] == "Ohio" and region.fields()["geo_precision"] == 3


def _reconciled(db_path: Path, extra: list[list[tuple[Article, Analysis]]], n: int = 5):
    with _store(db_path, _home_paper(n) + extra) as store:
        pipeline.finish(store)
        return {e.event_id: e for e in store.iter_events()}


def test_a_storyless_report_takes_its_outlets_region_over_a_default_elsewhere(db_path: Path):
    events = _reconciled(db_path, [[_storyless("s", "riverton-ledger.example", **ELSEWHERE)]])
    event = events["ev5"]
    assert (event.admin1, event.location, event.geo_precision) == ("Ohio", "Riverton", 2)
    evidence = [c for c in event.claims if c.attrs.get("evidence") == EVIDENCE]
    assert len(evidence) == 1 and evidence[0].value == "Riverton"
    assert evidence[0].attrs["outlet_events"] == 5 and evidence[0].article_id == "s"
    assert event.notes and event.notes.endswith(
        "No report's words name a place: it is the outlet's usual region"
        " (riverton-ledger.example: 5 of its 5 placed events in Ohio, most in Riverton)."
    )


def test_a_storyless_report_with_no_place_at_all_takes_the_region(db_path: Path):
    events = _reconciled(db_path, [[_storyless("s", "riverton-ledger.example")]])
    assert (events["ev5"].admin1, events["ev5"].location) == ("Ohio", "Riverton")


def test_a_report_with_no_place_takes_a_region_of_less_support(db_path: Path):
    events = _reconciled(db_path, [[_storyless("s", "riverton-ledger.example")]], n=1)
    assert (events["ev1"].admin1, events["ev1"].location) == ("Ohio", "Ohio")
    assert events["ev1"].geo_precision == 3


def test_nor_does_a_report_that_names_only_the_regions_country(db_path: Path):
    usa = [[_storyless("s", "riverton-ledger.example", country="United States", iso3="USA")]]
    events = _reconciled(db_path, usa, n=1)
    assert (events["ev1"].admin1, events["ev1"].location) == ("Ohio", "Ohio")


def test_not_below_the_support_threshold(db_path: Path):
    events = _reconciled(db_path, [[_storyless("s", "riverton-ledger.example", **ELSEWHERE)]], n=3)
    assert (events["ev3"].admin1, events["ev3"].location) == ("Indiana", "Dunmore")
    assert not [c for c in events["ev3"].claims if c.attrs.get("evidence") == EVIDENCE]


def test_never_over_a_stated_place(db_path: Path):
    # the outlet's own report states Indiana: it stands, though the outlet is an Ohio paper
    stated = _placed("s", "riverton-ledger.example", "Dunmore", **ELSEWHERE | {"geo_precision": 1})
    events = _reconciled(db_path, [[stated]])
    assert (events["ev5"].admin1, events["ev5"].location) == ("Indiana", "Dunmore")


def test_nor_over_another_reports_stated_place(db_path: Path):
    other = _placed("o", "dunmore-times.example", "Dunmore", **ELSEWHERE | {"geo_precision": 1})
    storyless = _storyless("s", "riverton-ledger.example", **ELSEWHERE | {"location": "Pike"})
    events = _reconciled(db_path, [[other, storyless]])
    assert (events["ev5"].admin1, events["ev5"].location) == ("Indiana", "Dunmore")


def test_a_default_town_in_the_outlets_state_stands(db_path: Path):
    # the hand table or headline may know the outlet's town better than a vote of its stories
    ashby = {**OHIO, **TOWNS["Ashby"], "location": "Ashby", "geo_precision": 2}
    events = _reconciled(db_path, [[_storyless("s", "riverton-ledger.example", **ashby)]])
    assert (events["ev5"].admin1, events["ev5"].location) == ("Ohio", "Ashby")


def test_the_same_store_in_another_order_gives_the_same_events(tmp_path: Path):
    extra = [[_storyless("s", "riverton-ledger.example", **ELSEWHERE)]]
    a = _reconciled(tmp_path / "a.db", extra)
    b = _reconciled(tmp_path / "b.db", list(reversed(_home_paper(5) + extra)), n=0)
    by_articles_a = {tuple(e.article_ids): e.to_dict() | {"event_id": None} for e in a.values()}
    by_articles_b = {tuple(e.article_ids): e.to_dict() | {"event_id": None} for e in b.values()}
    assert by_articles_a == by_articles_b


def test_an_event_reconciled_before_its_outlet_had_a_region_is_brought_up_to_date(db_path: Path):
    storyless = [[_storyless("s", "riverton-ledger.example", **ELSEWHERE)]]
    with _store(db_path, _home_paper(3) + storyless) as store:
        pipeline.finish(store)
        assert store.event("ev3").admin1 == "Indiana"  # type: ignore[union-attr]
        # two more placed stories of the outlet arrive: its region is learned, and the
        # storyless event, untouched by them, is reconciled again
        more = [_placed(f"m{i}", "riverton-ledger.example") for i in range(2)]
        store.add_articles(more, None)
        store.assign([(p[0].id, f"new{i}", None, None) for i, p in enumerate(more)], None)
        report = pipeline.RunReport(run_id=store.start_run(["more"]))
        pipeline.finish(store, report)
        assert report.events_touched == 3
        assert store.event("ev3").admin1 == "Ohio"  # type: ignore[union-attr]
        # nothing new: nothing is reconciled
        report = pipeline.RunReport(run_id=store.start_run(["again"]))
        pipeline.finish(store, report)
        assert report.events_touched == 0


def test_a_platform_has_no_region(db_path: Path):
    events = [[_placed(f"t{i}", "twitter.com")] for i in range(5)]
    with _store(db_path, events) as store:
        assert outlet_regions.learn(store.conn) == {}


def test_the_event_page_says_why_a_region_placed_the_event(db_path: Path):
    # the region's claim has no words of the report behind it: the page says where it came
    # from instead of showing an empty quotation "not found at its offsets"
    from fastapi.testclient import TestClient

    from newsfold.web import Settings, create_app

    _reconciled(db_path, [[_storyless("s", "riverton-ledger.example", **ELSEWHERE)]])
    with TestClient(create_app(Settings(db_path=db_path, token="t" * 32))) as client:
        page = client.get("/events/ev5")
    assert page.status_code == 200
    assert "not found at its offsets" not in page.text
    assert (
        "No words of this report: the outlet&#39;s usual region (riverton-ledger.example: 5 of"
        " its 5 placed events in Ohio)" in page.text
    )


def test_only_the_events_of_hosts_with_new_articles_are_checked_again(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
):
    storyless = [[_storyless("s", "riverton-ledger.example", **ELSEWHERE)]]
    with _store(db_path, _home_paper(5) + storyless) as store:
        pipeline.finish(store)
        assert store.event("ev5").admin1 == "Ohio"  # type: ignore[union-attr]
        checked: list[str] = []
        real = event_module.reconcile

        def spy(event_id: str, *args: Any, **kwargs: Any) -> Any:
            checked.append(event_id)
            return real(event_id, *args, **kwargs)

        monkeypatch.setattr(event_module, "reconcile", spy)
        regions = outlet_regions.learn(store.conn)
        # another outlet's new story: the Ohio paper's region cannot have moved
        assert outlet_regions.outdated_events(store, regions, {"dunmore-times.example"}) == []
        assert checked == []
        # a new story of the Ohio paper: its story-less event is checked, and found current
        assert outlet_regions.outdated_events(store, regions, {"riverton-ledger.example"}) == []
        assert checked == ["ev5"]


# a story of the Ohio paper naming a town without its state, read by analysis as the
# town's biggest namesake, in California (real towns: the namesake is looked up)
CAMPBELL_CA = dict(
    country="United States",
    iso3="USA",
    admin1="California",
    admin2="Santa Clara County",
    location="Campbell",
    latitude=37.29,
    longitude=-121.95,
    geo_precision=1,
)


def _campbell(text: str = "Two people were shot in Campbell on Friday night."):
    return report(
        "c",
        source="riverton-ledger.example",
        text=text,
        claims=[claim("location", "Campbell", "Campbell")],
        **CAMPBELL_CA,
    )


def test_the_region_chooses_among_namesakes_of_a_town_named_without_its_state(db_path: Path):
    event = _reconciled(db_path, [[_campbell()]])["ev5"]
    assert (event.admin1, event.location, event.admin2) == ("Ohio", "Campbell", "Mahoning County")
    evidence = [c for c in event.claims if c.attrs.get("evidence") == EVIDENCE]
    assert len(evidence) == 1 and evidence[0].value == "Campbell"
    assert evidence[0].attrs["namesake_of"] == "Campbell, California"
    assert event.notes and event.notes.endswith(
        "No state named with the town: Campbell (read as Campbell, California) is the namesake"
        " in Ohio, the outlet's usual region (riverton-ledger.example: 5 of its 6 placed"
        " events in Ohio)."
    )


def test_the_region_does_not_move_a_town_whose_state_the_text_writes(db_path: Path):
    text = "Two people were shot in Campbell, Calif., on Friday night."
    event = _reconciled(db_path, [[_campbell(text)]])["ev5"]
    assert (event.admin1, event.location) == ("California", "Campbell")


def test_nor_with_too_few_events_of_the_outlet(db_path: Path):
    event = _reconciled(db_path, [[_campbell()]], n=2)["ev2"]
    assert event.admin1 == "California"


def test_an_event_reconciled_before_its_outlet_had_a_region_finds_the_namesake(db_path: Path):
    with _store(db_path, [*_home_paper(1), [_campbell()]]) as store:
        pipeline.finish(store)
        assert store.event("ev1").admin1 == "California"  # type: ignore[union-attr]
        more = [_placed(f"m{i}", "riverton-ledger.example") for i in range(4)]
        store.add_articles(more, None)
        store.assign([(p[0].id, f"new{i}", None, None) for i, p in enumerate(more)], None)
        pipeline.finish(store, pipeline.RunReport(run_id=store.start_run(["more"])))
        assert store.event("ev1").admin1 == "Ohio"  # type: ignore[union-attr]


def test_nor_a_town_near_the_outlets_stories_across_a_state_line(db_path: Path):
    # Ashland, Kentucky lies 180 km from the paper's Ohio stories: its own area (a metro
    # station's suburbs over the line), not a stray namesake of Ashland, Ohio
    ashland = report(
        "k",
        source="riverton-ledger.example",
        text="Two people were shot in Ashland on Friday night.",
        claims=[claim("location", "Ashland", "Ashland")],
        country="United States",
        iso3="USA",
        admin1="Kentucky",
        admin2="Boyd County",
        location="Ashland",
        latitude=38.48,
        longitude=-82.64,
        geo_precision=1,
    )
    event = _reconciled(db_path, [[ashland]])["ev5"]
    assert (event.admin1, event.location) == ("Kentucky", "Ashland")
