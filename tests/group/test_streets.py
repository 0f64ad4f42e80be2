"""The streets a report names (text.street_names, signature `st`) and the rules that read them:
two reports in one town naming other streets, or other ages, are two shootings
(decide.streets_differ, decide.numbers_differ, W_OTHER_STREET, W_OTHER_NUMBERS), and two
reports in two nearby towns naming one rare street are one (decide.same_street_nearby,
W_SAME_STREET). Invented reports only."""

from __future__ import annotations

from typing import Any

import pytest

from newsfold.group import decide
from newsfold.group.signature import signature
from newsfold.group.text import street_names

from .corpus import MARROWFIELD, Report

# a town of the same province some 25 km from Marrowfield: not the same place, a nearby one
KESTREL_FORD = {
    "location": "Kestrel Ford",
    "admin1": "Ostwyn",
    "country": "Calderia",
    "latitude": 41.40,
    "longitude": -87.75,
}


def _rare(_: str) -> float:
    return 0.8


def _sig(rid: str, text: str, title: str, place: dict[str, Any], published: str) -> Any:
    report = Report(rid, text, title, published, date="2024-05-04", place=place)
    sig = signature(report.article(), report.analysis())
    sig["n_mh"] = sig["n_mhs"] = 0  # no copy or rewrite: the rules below decide
    return sig


def test_street_names_reads_the_words_before_a_street_kind() -> None:
    assert street_names("A man was shot on Dorr Street late Saturday.") == {"dorr"}
    assert street_names("near NW 23rd Street and Classen Blvd. in the city") == {"23rd", "classen"}
    assert street_names("found on South Division Ave. on Sunday") == {"division"}
    assert street_names("on West North Avenue") == {"north"}
    # no street: a patrol, a court, a saint
    assert street_names("The Florida Highway Patrol said.") == set()
    assert street_names("in Superior Court in St. Louis") == set()


def _same_day_pair() -> tuple[Any, Any]:
    a = _sig(
        "a",
        "A man was shot and killed early Saturday on Dorr Street in Marrowfield, police said. "
        "Officers found him in the street around 2 a.m. He died at a hospital.",
        "Man killed in Marrowfield shooting",
        MARROWFIELD,
        "2024-05-04",
    )
    b = _sig(
        "b",
        "A man was shot and killed Saturday night on Lagrange Street in Marrowfield, police "
        "said. Officers found him in a car around 10 p.m. He died at the scene.",
        "Man killed in Marrowfield shooting",
        MARROWFIELD,
        "2024-05-05",
    )
    return a, b


def test_other_streets_in_one_town_cost_score(monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = _same_day_pair()
    assert decide.streets_differ(a, b)
    with_rule = decide.compare(a, b, _rare)
    monkeypatch.setattr(decide, "W_OTHER_STREET", 0.0)
    without = decide.compare(a, b, _rare)
    assert "other streets" in with_rule.reasons
    assert with_rule.score == pytest.approx(without.score - 1.0)


def test_a_shared_street_word_is_the_same_street() -> None:
    a, b = _same_day_pair()
    b["st"] = ["lagrange", "dorr"]  # an intersection's report names both
    assert not decide.streets_differ(a, b)


def test_other_ages_in_one_town_cost_score(monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = _same_day_pair()
    a.pop("st"), b.pop("st")
    a["nums"], b["nums"] = ["age:31"], ["age:26"]
    with_rule = decide.compare(a, b, _rare)
    monkeypatch.setattr(decide, "W_OTHER_NUMBERS", 0.0)
    without = decide.compare(a, b, _rare)
    assert with_rule.score == pytest.approx(without.score - 1.0)


def test_a_follow_up_names_other_streets_at_no_cost() -> None:
    a, b = _same_day_pair()
    b["title"] = sorted(set(b["title"]) | {"arrest"})  # "Arrest made in ..."
    assert "other streets" not in decide.compare(a, b, _rare).reasons


def _suburb_pair() -> tuple[Any, Any]:
    a = _sig(
        "a",
        "A 47-year-old man died of gunshot wounds Saturday evening outside a store on Quarrel Road "
        "in Kestrel Ford, deputies said.",
        "Man killed outside Kestrel Ford store",
        KESTREL_FORD,
        "2024-05-05",
    )
    b = _sig(
        "b",
        "A man died after he was shot outside a store on Quarrel Road near Marrowfield on "
        "Saturday evening. The gunman left on foot, deputies said.",
        "Man killed outside store near Marrowfield",
        MARROWFIELD,
        "2024-05-05",
    )
    return a, b


def test_one_street_in_two_nearby_towns_is_one_spot(monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = _suburb_pair()
    assert decide.same_street_nearby(a, b, _rare)
    with_rule = decide.compare(a, b, _rare)
    monkeypatch.setattr(decide, "W_SAME_STREET", 0.0)
    without = decide.compare(a, b, _rare)
    assert "the same street in two nearby towns" in with_rule.reasons
    assert with_rule.score >= decide.SAME_EVENT > without.score


def test_a_roundup_of_many_streets_is_no_one_spot() -> None:
    a, b = _suburb_pair()
    b["st"] = ["quarrel", "elm", "ash", "birch", "cedar"]
    assert not decide.same_street_nearby(a, b, _rare)
