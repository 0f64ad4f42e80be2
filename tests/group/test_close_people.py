"""The people a report is about, named in another report of the event with a letter spelt
otherwise (`decide.close_people`, `decide.CLOSE_PEOPLE`), and an event most of whose reports veto
an article that shares its people with one of them (`assign.PEOPLE_OVER_MAJORITY`). Invented
names and reports only."""

from __future__ import annotations

from pathlib import Path

from newsfold.group import assign, decide
from newsfold.group import text as tx
from newsfold.group.signature import signature
from newsfold.store import Store

from .corpus import Report


def _flat(_: str) -> float:
    return 0.8


def _common(term: str) -> float:  # every report names a "Smith" or a "John"
    return 0.1 if term in ("smith", "john", "jon") else 0.8


def test_letters_edits_count_a_swap_as_one() -> None:
    assert tx.edits("jonathon", "jonathan") == 1
    assert tx.edits("marrow", "marow") == 1
    assert tx.edits("tessler", "tesslre") == 1  # two letters swapped
    assert tx.edits("anna", "anna") == 0
    assert tx.edits("halvorsen", "halverson", 1) == 2  # more than asked: most + 1
    assert tx.edits("ortega", "ortegaxyz", 2) == 3


def test_a_victim_spelt_a_letter_otherwise_is_the_same_person() -> None:
    a = {"ppl": ["jonathon marrow"], "who": ["Jonathon Marrow"]}
    b = {"who": ["Jonathan Marow", "Sgt. Paula Brandt"]}
    assert decide.close_people(a, b, _flat) == ["jonathon marrow"]
    assert decide.close_people(b, a, _flat) == ["jonathon marrow"]
    # the first name alike, the surname's letters swapped
    c = {"who": ["Jonathon Marorw"]}
    assert decide.close_people(a, c, _flat) == ["jonathon marrow"]


def test_names_further_apart_short_common_or_otherwise_begun_are_other_people() -> None:
    a = {"ppl": ["jonathon marrow"]}
    assert decide.close_people(a, {"who": ["Jonathan Marlowe"]}, _flat) == []  # two edits
    assert decide.close_people(a, {"who": ["Jonathon Barrow"]}, _flat) == []  # another start
    assert decide.close_people({"ppl": ["ian lee"]}, {"who": ["Ian Lea"]}, _flat) == []
    assert decide.close_people({"ppl": ["john smith"]}, {"who": ["Jon Smith"]}, _common) == []
    # the same spelling is shared_people's, not a close one
    assert decide.close_people(a, {"who": ["Jonathon Marrow"]}, _flat) == []
    # a person the other report tells of as another event's
    assert (
        decide.close_people(a, {"who": ["Jonathan Marow"], "oth": ["jonathan marow"]}, _flat) == []
    )


def _people_event(tmp_path: Path, evidence: list, events: dict) -> str:  # type: ignore[type-arg]
    tmp_path.mkdir(exist_ok=True)
    with Store(tmp_path / "s.db") as store:
        grouper = assign.Grouper(store, None)
        return grouper._event_decision("d", {"id": "d"}, evidence, events, _flat).event_id


def test_the_same_people_keep_an_article_in_though_most_reports_veto_it(tmp_path: Path) -> None:
    # a court story months later: the shooting's first report names the victim (the veto lifted
    # by the same people), two briefs of the night name no one and date it otherwise
    named = decide.Evidence(score=2.5, people=1)
    vetoed = decide.Evidence(score=-1.0, veto="date")
    events = {i: ("ev_shooting", None) for i in ("a", "b", "c")}
    evidence = [("a", {"id": "a"}, named), ("b", {"id": "b"}, vetoed), ("c", {"id": "c"}, vetoed)]
    assert _people_event(tmp_path, evidence, events) == "ev_shooting"
    assign.PEOPLE_OVER_MAJORITY = 0
    try:
        assert _people_event(tmp_path / "off", evidence, events) != "ev_shooting"
    finally:
        assign.PEOPLE_OVER_MAJORITY = 1


def test_a_strong_link_without_the_same_people_does_not_lift_the_majority(tmp_path: Path) -> None:
    strong = decide.Evidence(score=2.5)
    weak_named = decide.Evidence(score=-0.5, people=1)  # the same name, but not enough to join
    vetoed = decide.Evidence(score=-1.0, veto="date")
    events = {i: ("ev_shooting", None) for i in ("a", "b", "c")}
    evidence = [("a", {"id": "a"}, strong), ("b", {"id": "b"}, vetoed), ("c", {"id": "c"}, vetoed)]
    assert _people_event(tmp_path, evidence, events) != "ev_shooting"
    evidence[0] = ("a", {"id": "a"}, weak_named)
    assert _people_event(tmp_path / "weak", evidence, events) != "ev_shooting"


# -- in a comparison ------------------------------------------------------------------------

_TOWN = {"gid": "9200011", "loc": "brackenford", "admin1": "ostwyn", "country": "calderia"}
_FIRST = (
    "Jonathon Marrow, 27, was shot and killed late Friday outside a convenience store on Tolley "
    "Road in Brackenford, police said. Officers found him in the parking lot with a gunshot "
    "wound to the chest and he died at the scene. Detectives are reviewing camera footage from "
    "the store and have not named a suspect."
)
_SECOND = (
    "Family and friends gathered Sunday to remember Jonathan Marow, 27, who was killed in a "
    "shooting outside a Tolley Road convenience store in Brackenford on Friday night. His "
    "sister said he had just finished a shift at a warehouse. Police asked anyone who saw a "
    "silver sedan leaving the lot to call detectives."
)


def _sigs(
    day_b: str = "2025-03-14", pub_b: str = "2025-03-16", place_b: dict | None = None
) -> tuple:  # type: ignore[type-arg]
    a_report = Report(
        "r1",
        _FIRST,
        "Man killed outside Brackenford store",
        "2025-03-15",
        date="2025-03-14",
        names=["Jonathon Marrow"],
        fatalities=1,
    )
    b_report = Report(
        "r2",
        _SECOND,
        "Vigil for man killed on Tolley Road",
        pub_b,
        date=day_b,
        names=["Jonathan Marow"],
        fatalities=1,
    )
    a = signature(a_report.article(), a_report.analysis())
    b = signature(b_report.article(), b_report.analysis())
    a["place"], b["place"] = dict(_TOWN), dict(place_b or _TOWN)
    a["ppl"], b["ppl"] = ["jonathon marrow"], ["jonathan marow"]
    return a, b


def test_a_comparison_counts_a_name_spelt_otherwise_as_the_same_people() -> None:
    a, b = _sigs()
    ev = decide.compare(a, b, _flat)
    assert ev.people == 1 and "the same people, spelt otherwise" in ev.reasons
    assert not ev.who_conflict
    decide.CLOSE_PEOPLE = 0
    try:
        off = decide.compare(a, b, _flat)
        assert off.people == 0 and off.score < ev.score
    finally:
        decide.CLOSE_PEOPLE = 1


def test_a_name_spelt_otherwise_lifts_no_veto_nor_another_province() -> None:
    a, b = _sigs(day_b="2024-06-02", pub_b="2024-06-03")  # months apart: the date veto stands
    ev = decide.compare(a, b, _flat)
    assert ev.veto is not None and ev.people == 0
    other = dict(_TOWN, gid="9200099", loc="kellan", admin1="varrow")
    a, b = _sigs(place_b=other)
    assert decide.compare(a, b, _flat).people == 0
