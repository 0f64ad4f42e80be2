"""Grouping end to end on a store: copies, rewrites, same event, look-alikes, incremental runs,
merges, determinism and blocking."""

from __future__ import annotations

import random
from pathlib import Path

from newsfold.group import assign, assign_pending, decide, event_id_for, group_pending
from newsfold.group.signature import signature
from newsfold.records import Analysis, Article, Event
from newsfold.store import Store

from .corpus import (
    BRISK_HOLLOW,
    ELSEWHERE,
    MAIN_ST,
    QUAKE_2023,
    QUAKE_2024,
    TALLOW_BAY,
    Report,
    fenwick_report,
    quillen_reports,
    store_reports,
)


def _grouped(store: Store) -> dict[str, dict[str, object]]:
    rows = store.conn.execute("SELECT * FROM assignments").fetchall()
    return {r["article_id"]: dict(r) for r in rows}


def test_copy_rewrite_and_independent_report_join_one_event(db_path: Path) -> None:
    with Store(db_path) as store:
        store_reports(store, quillen_reports())
        assert assign_pending(store, None) == 4
        got = _grouped(store)
    event = event_id_for("wire")
    assert {a: g["event_id"] for a, g in got.items()} == {
        "wire": event,
        "copy": event,
        "rewrite": event,
        "local": event,
    }
    assert (got["copy"]["duplicate_of"], got["copy"]["kind"]) == ("wire", "copy")
    assert (got["rewrite"]["duplicate_of"], got["rewrite"]["kind"]) == ("wire", "rewrite")
    assert got["local"]["duplicate_of"] is None and got["local"]["kind"] is None
    assert got["wire"]["duplicate_of"] is None


def test_copy_of_a_copy_points_at_the_earliest(db_path: Path) -> None:
    wire, copy, *_ = quillen_reports()
    again = Report(**{**copy.__dict__, "id": "copy2", "published": "2024-03-12"})
    with Store(db_path) as store:
        store_reports(store, [wire, copy, again])
        assign_pending(store, None)
        got = _grouped(store)
    assert got["copy2"]["duplicate_of"] == "wire"


def test_same_town_same_week_different_people_stay_apart(db_path: Path) -> None:
    with Store(db_path) as store:
        store_reports(store, [*quillen_reports(), fenwick_report()])
        assign_pending(store, None)
        got = _grouped(store)
    assert got["fenwick"]["event_id"] == event_id_for("fenwick")
    assert got["wire"]["event_id"] != got["fenwick"]["event_id"]


def _quakes() -> list[Report]:
    common = {"place": TALLOW_BAY, "event_type": None, "names": ()}
    return [
        Report(
            "quake23",
            QUAKE_2023,
            "Earthquake kills four on Tallow Bay coast",
            "2023-05-02",
            date="2023-05-02",
            **common,
        ),  # type: ignore[arg-type]
        Report(
            "quake24",
            QUAKE_2024,
            "Earthquake injures nine on Tallow Bay coast",
            "2024-05-16",
            date="2024-05-16",
            **common,
        ),  # type: ignore[arg-type]
    ]


def test_earthquakes_a_year_apart_stay_apart(db_path: Path) -> None:
    with Store(db_path) as store:
        store_reports(store, _quakes())
        assign_pending(store, None)
        got = _grouped(store)
    assert got["quake23"]["event_id"] != got["quake24"]["event_id"]


def test_earthquakes_a_year_apart_stay_apart_without_resolved_dates(db_path: Path) -> None:
    reports = _quakes()
    for r in reports:
        r.date = None
    with Store(db_path) as store:
        store_reports(store, reports)
        assign_pending(store, None)
        got = _grouped(store)
    assert got["quake23"]["event_id"] != got["quake24"]["event_id"]


def test_two_men_shot_the_same_night_in_one_town_stay_apart(db_path: Path) -> None:
    reports = [
        Report(
            "main",
            MAIN_ST,
            "Man shot on Main Street",
            "2024-06-08",
            date="2024-06-07",
            place=BRISK_HOLLOW,
            names=("Ronan Gallowglass",),
        ),
        Report(
            "orchard",
            ELSEWHERE,
            "Man shot in Brisk Hollow",
            "2024-06-08",
            date="2024-06-07",
            place=BRISK_HOLLOW,
            names=("Teodor Wyndham",),
        ),
    ]
    with Store(db_path) as store:
        store_reports(store, reports)
        assign_pending(store, None)
        got = _grouped(store)
    assert got["main"]["event_id"] != got["orchard"]["event_id"]


def test_incremental_runs_keep_ids_and_add_to_existing_events(db_path: Path) -> None:
    wire, copy, rewrite, local = quillen_reports()
    with Store(db_path) as store:
        store_reports(store, [wire, fenwick_report()])
        assign_pending(store, store.start_run(["first"]))
        first = {a: g["event_id"] for a, g in _grouped(store).items()}
        store_reports(store, [copy, rewrite, local])
        assert assign_pending(store, store.start_run(["second"])) == 3
        second = {a: g["event_id"] for a, g in _grouped(store).items()}
        assert assign_pending(store, store.start_run(["third"])) == 0  # nothing left to group
    assert {a: second[a] for a in first} == first
    assert second["local"] == second["copy"] == second["rewrite"] == first["wire"]


def _bridge_reports() -> list[Report]:
    """Two reports of one attack that share no person (the second not dated by its analysis),
    then one that names them all."""
    common = {"date": "2024-09-20", "place": BRISK_HOLLOW}
    return [
        Report(
            "first",
            "Gunmen opened fire on a bus near the Halvard depot on Friday, killing the "
            "driver, Ottoline Marsh, police said. The attackers escaped in a blue lorry.",
            "Bus driver killed",
            "2024-09-20",
            names=("Ottoline Marsh",),
            **common,  # type: ignore[arg-type]
        ),
        Report(
            "second",
            "A passenger, Bertrand Oakes, was among those hurt when gunmen fired at a "
            "bus on Friday. He told reporters he hid under a seat for ten minutes.",
            "Passenger recalls bus attack",
            "2024-09-20",
            names=("Bertrand Oakes",),
            # its analysis dates nothing: the same day and place are then no shared fact that
            # would join it to the first (which names no one it shares) without the third
            place=BRISK_HOLLOW,
        ),
        Report(
            "third",
            "Police named the bus driver killed in Friday's attack near the Halvard "
            "depot as Ottoline Marsh. Passenger Bertrand Oakes was wounded. The gunmen fled in "
            "a blue lorry, and Ottoline Marsh's colleagues at the Halvard depot held a vigil "
            "with Bertrand Oakes's family.",
            "Driver and passenger named",
            "2024-09-21",
            names=("Ottoline Marsh", "Bertrand Oakes"),
            **common,  # type: ignore[arg-type]
        ),
    ]


def test_a_report_that_bridges_two_events_merges_them_into_the_older(db_path: Path) -> None:
    first, second, third = _bridge_reports()
    with Store(db_path) as store:
        store_reports(store, [first, second])
        assign_pending(store, store.start_run(["first"]))
        before = {a: g["event_id"] for a, g in _grouped(store).items()}
        assert before["first"] != before["second"]
        store_reports(store, [third])
        grouper = group_pending(store, store.start_run(["second"]), keep_decisions=True)
        after = {a: g["event_id"] for a, g in _grouped(store).items()}
        merges = store.conn.execute("SELECT merged_id, into_id FROM event_merges").fetchall()
        assert store.resolve_event_id(before["second"]) == before["first"]
    assert grouper.stats.merges == 1
    assert after == {"first": before["first"], "second": before["first"], "third": before["first"]}
    assert [tuple(m) for m in merges] == [(before["second"], before["first"])]


def _all_reports() -> list[Report]:
    return [*quillen_reports(), fenwick_report(), *_quakes(), *_bridge_reports()]


def test_same_input_same_ids_whatever_the_order(tmp_path: Path) -> None:
    results = []
    for seed in range(4):
        reports = _all_reports()
        random.Random(seed).shuffle(reports)
        with Store(tmp_path / f"run{seed}.db") as store:
            # stored in a shuffled order and in two batches of different sizes
            cut = 2 + seed
            store_reports(store, reports[:cut])
            store_reports(store, reports[cut:])
            assign_pending(store, None)
            results.append(_grouped(store))
    assert all(r == results[0] for r in results[1:])


def _synthetic(i: int) -> tuple[Article, Analysis]:
    """Article i of a store of distinct events: its own town, person and date."""
    town, person = f"Town{i:04d}ville", f"Person{i:04d}son"
    day = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
    text = (
        f"A man named {person} was shot on a street in {town} on Monday, police said. "
        f"The shooting in {town} is under investigation and {person} was taken to hospital."
    )
    event = Event(
        article_ids=[str(i)],
        event_date=day,
        date_start=day,
        date_end=day,
        time_precision=1,
        location=town,
        admin1="Ostwyn",
        country="Calderia",
    )
    return (
        Article(id=f"a{i:04d}", text=text, title=f"Shooting in {town}", published=day),
        Analysis(article_id=f"a{i:04d}", event=event, names=[person]),
    )


def test_blocking_never_compares_all_pairs(db_path: Path) -> None:
    n = 300
    with Store(db_path) as store:
        store.add_articles([_synthetic(i) for i in range(n)], None)
        grouper = group_pending(store, None)
        events = store.conn.execute("SELECT count(DISTINCT event_id) FROM assignments").fetchone()
    assert events[0] == n  # all distinct
    all_pairs = n * (n - 1) // 2
    assert grouper.stats.comparisons < all_pairs / 20, grouper.stats


def test_a_same_day_copy_read_first_still_points_at_the_original(db_path: Path) -> None:
    wire, copy, *_ = quillen_reports()
    wire.extra["source"] = "Fenland Wire"
    wire.published = "2024-03-10T09:00:00+00:00"
    copy.id = "a-copy"  # sorts before "wire": read first on the same day
    copy.published = "2024-03-10"
    copy.text = copy.text.replace(
        "Marrowfield, police", "Marrowfield, Fenland Wire reported. Police"
    )
    with Store(db_path) as store:
        store_reports(store, [wire, copy])
        assign_pending(store, None)
        got = _grouped(store)
    assert got["a-copy"]["duplicate_of"] == "wire" and got["a-copy"]["kind"] == "copy"
    assert got["wire"]["duplicate_of"] is None
    assert got["wire"]["event_id"] == got["a-copy"]["event_id"] == event_id_for("a-copy")


def test_an_undated_report_finds_its_dated_event_through_names_and_place(db_path: Path) -> None:
    # a republished report with no publication date and no absolute date in its text (like a
    # blog copy of a story) has no date to block on: names and the place still find the event
    wire, *_, local = quillen_reports()
    undated = Report(**{**local.__dict__, "id": "undated", "published": None, "date": None})
    with Store(db_path) as store:
        store_reports(store, [wire, undated, fenwick_report()])
        assign_pending(store, None)
        got = _grouped(store)
    assert got["undated"]["event_id"] == got["wire"]["event_id"]
    assert got["fenwick"]["event_id"] != got["wire"]["event_id"]


def test_a_bridge_merges_only_events_whose_own_reports_come_close(db_path: Path) -> None:
    # a roundup ("two bus attacks in two days") links both attacks, but the attacks' own
    # reports, a day apart and about other people, say they are two events
    first, second, _ = _bridge_reports()
    saturday = Report(
        "saturday",
        "Gunmen fired on a minibus on the Wendle road on Saturday, killing Corin Pell, a "
        "teacher, police said. The attackers fled on motorcycles.",
        "Teacher killed in minibus attack",
        "2024-09-21",
        date="2024-09-21",
        place=BRISK_HOLLOW,
        names=("Corin Pell",),
    )
    sig = {r.id: signature(r.article(), r.analysis()) for r in (first, second, saturday)}

    def flat(_: str) -> float:
        return 0.8

    with Store(db_path) as store:
        grouper = assign.Grouper(store, None)
        assert decide.compare(sig["first"], sig["saturday"], flat).score < (
            decide.SAME_EVENT + assign.BRIDGE_DIRECT
        )
        assert not grouper._compatible(sig["first"], sig["saturday"], flat)
        assert grouper._compatible(sig["first"], sig["second"], flat)


def test_of_events_that_cannot_be_one_a_report_joins_the_one_told_in_its_days() -> None:
    # a report of a boy shot on 2025-03-16 recalls his cousin, killed in February: it links to
    # both events as strongly, and they cannot merge; it is of the one reported beside it
    report = {"id": "r", "pub": "2025-03-16"}
    cousin = {"id": "feb", "pub": "2025-02-12"}
    boy = {"id": "mar", "pub": "2025-03-16"}
    members = {"ev_feb": cousin, "ev_mar": boy}
    assert assign.nearest_event(report, ["ev_feb", "ev_mar"], members) == "ev_mar"
    # the best-scoring event (listed first) keeps the report when both are as near
    level = {"ev_feb": {**cousin, "pub": "2025-03-15"}, "ev_mar": {**boy, "pub": "2025-03-17"}}
    assert assign.nearest_event(report, ["ev_feb", "ev_mar"], level) == "ev_feb"
    assert assign.nearest_event(report, ["ev_mar", "ev_feb"], level) == "ev_mar"
    # look-alikes of one week (protests on two days) are no recalled background: the
    # best-scoring event keeps the report unless the other was told NEAREST_RIVAL days nearer
    week = {"ev_feb": {**cousin, "pub": "2025-03-14"}, "ev_mar": boy}
    assert assign.nearest_event(report, ["ev_feb", "ev_mar"], week) == "ev_feb"
    # a report with no publication day says nothing: the best-scoring event
    assert assign.nearest_event({"id": "u"}, ["ev_feb", "ev_mar"], members) == "ev_feb"
