"""A town a report's headline names is its event place when the analysis placed the report
elsewhere (the outlet's city) or nowhere: `decide.headline_town`, with the `h:`/`t:` blocking keys
that bring the two reports together. Invented reports only."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfold.group import decide
from newsfold.group import signature as sg
from newsfold.group.signature import index_keys, query_keys, signature

from .corpus import (
    HALLORAN,
    MARROWFIELD,
    Report,
    flat_rarity,
    grouped_in_store,
    headline_only,
)


def _town_report() -> Report:
    return Report(
        "town",
        "A three-year-old girl was hurt on Friday when she found her father's handgun in a "
        "bedroom at home, police said. The girl, 3, was taken to Saint Brigid hospital with a "
        "wound to her hand. Deputies said the father would be charged with improper storage.",
        "Girl, 3, hurt by father's gun at home in Marrowfield",
        "2025-12-20",
        date="2025-12-19",
        place=MARROWFIELD,
    )


def _elsewhere(title: str, place: dict[str, object] | None = HALLORAN) -> Report:
    """A report of the same accident, written by the outlet of Halloran, that the analysis
    placed at `place` (its own city, or nowhere): only its headline names the town."""
    return Report(
        "headline",
        "A little girl shot herself with a pistol she found in a drawer, police said. She was "
        "expected to recover. A spokesman urged owners to lock their weapons away from young "
        "children, and said free cable locks were offered at every station in the region. "
        "Last year, he said, officers handed out more than four hundred of them at fairs, "
        "schools and churches, and the program would continue through the spring.",
        title,
        "2025-12-21",
        date="2025-12-19",
        place=place,
    )


def _sig(report: Report) -> dict:  # type: ignore[type-arg]
    sig = signature(report.article(), report.analysis())
    sig["n_mh"] = 0  # compared as independent reports, never as copies
    return sig


def test_the_town_a_headline_names_is_the_reports_place() -> None:
    town = _sig(_town_report())
    headline = _sig(_elsewhere("3-year-old Marrowfield girl accidentally shoots herself"))
    assert sg.headline_places_elsewhere(headline)
    assert decide.headline_town(headline, town, flat_rarity) is town
    assert decide.headline_town(town, headline, flat_rarity) is town
    ev = decide.compare(headline, town, flat_rarity)
    assert "the headline names the other's town" in ev.reasons and "same place" in ev.reasons
    # worth what the town is worth (not discounted by the outlet's city), and no far-off cost
    off = decide.HEADLINE_TOWN
    try:
        decide.HEADLINE_TOWN = 0
        before = decide.compare(headline, town, flat_rarity)
    finally:
        decide.HEADLINE_TOWN = off
    assert "same place" not in before.reasons
    assert ev.score > before.score + decide.W_PLACE - 0.01
    # a headline over page junk is compared word by word with what the other report tells
    # (decide.headline_cover, the town's name among them): the town is not counted twice
    junk = headline_only(
        "junk",
        "Marrowfield toddler shoots herself with father's gun",
        "https://courier.example/2025/12/21/toddler-shoots-herself/",
        "2025-12-21",
    )
    assert decide.headline_town(_sig(junk), town, flat_rarity) is None


@pytest.mark.parametrize(
    "title",
    [
        # the headline names its own place too: the other town is a hometown, not the place
        "Marrowfield man's daughter shot in Halloran home",
        # "Marrowfield County" is the county, whose name a town's may be
        "Marrowfield County deputies: toddler shot herself",
        # no town at all
        "Toddler accidentally shoots herself with father's gun",
    ],
)
def test_a_headline_that_does_not_place_the_report_in_the_town_is_no_place(title: str) -> None:
    town = _sig(_town_report())
    headline = _sig(_elsewhere(title))
    assert decide.headline_town(headline, town, flat_rarity) is None
    reasons = decide.compare(headline, town, flat_rarity).reasons
    assert "the headline names the other's town" not in reasons


def test_a_big_citys_name_in_a_headline_is_no_place() -> None:
    # a city of 600,000 holds several shootings a week, and its name in a headline is as often
    # a hometown or a wire's dateline
    city = _sig(_town_report())
    city["place"]["pop"] = 600_000  # the whole city (signature._whole_place_population)
    assert not sg.town_words(city["place"])
    headline = _sig(_elsewhere("3-year-old Marrowfield girl accidentally shoots herself"))
    assert decide.headline_town(headline, city, flat_rarity) is None


def test_a_town_named_like_a_common_word_is_no_place() -> None:
    # a town called Accident: "accident" heads many reports of accidental shootings anywhere
    accident = _town_report()
    accident.place = {**MARROWFIELD, "location": "Accident"}
    town = _sig(accident)
    headline = _sig(_elsewhere("Girl, 3, hurt in gun accident at home"))
    assert sg.town_words(town["place"]) <= sg.headline_words(headline)

    def common(word: str) -> float:
        return 0.2 if word == "accident" else 0.8

    assert decide.headline_town(headline, town, common) is None
    assert decide.headline_town(headline, town, flat_rarity) is town  # were it a rare name


def test_the_keys_bring_the_headline_to_the_towns_reports() -> None:
    town = _sig(_town_report())
    headline = _sig(_elsewhere("3-year-old Marrowfield girl accidentally shoots herself"))
    found = set(query_keys(headline)) & set(index_keys(town))
    assert any(k.startswith("t:marrowfield:") for k in found)
    found = set(query_keys(town)) & set(index_keys(headline))
    assert any(k.startswith("h:marrowfield:") for k in found)
    # a report whose headline names its own place keys its town alone, not its headline
    assert any(k.startswith("h:girl:") for k in index_keys(headline))
    assert not any(k.startswith("h:") for k in index_keys(town))
    # one way: two headlines that share a word do not meet through these keys (a report looks
    # up as `h:` only its own town's name, here the outlet's Halloran)
    assert {k.split(":")[1] for k in query_keys(headline) if k.startswith("h:")} == {"halloran"}


def test_the_headline_joins_its_towns_event_not_the_towns_other_shooting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bar = Report(
        "bar",
        "A man, 47, was shot in the leg outside a bar on Quillen Street in Marrowfield late "
        "on Tuesday, police said. Officers were looking for a gunman who fled in a pickup.",
        "Man, 47, shot outside Marrowfield bar",
        "2025-12-17",
        date="2025-12-16",
        place=MARROWFIELD,
    )
    headline = _elsewhere("3-year-old Marrowfield girl accidentally shoots herself")
    got = grouped_in_store(tmp_path / "on.db", [bar, _town_report(), headline])
    assert got["headline"] == got["town"]
    assert got["bar"] != got["town"]
    # without the rule, the report placed in Halloran stays apart
    monkeypatch.setattr(decide, "HEADLINE_TOWN", 0)
    got = grouped_in_store(tmp_path / "off.db", [bar, _town_report(), headline])
    assert got["headline"] != got["town"]
