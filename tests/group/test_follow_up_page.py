"""A headline over page junk that tells of what followed a shooting (an arrest, a charge, a
death) and names the small town where a dated story placed it agrees with that story on the
place: `decide.follow_up_page_town`. Invented reports only."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfold.group import decide
from newsfold.group.signature import signature

from .corpus import (
    MARROWFIELD,
    TALLOW_BAY,
    Report,
    flat_rarity,
    grouped_in_store,
    headline_only,
)


def _story() -> Report:
    return Report(
        "story",
        "Three men were shot dead and a fourth was wounded inside a trailer on Gorse Lane in "
        "Marrowfield early on Wednesday, deputies said. The wounded man, 30, was taken to "
        "Saint Brigid hospital. Deputies said the shooting followed a quarrel over money and "
        "that they were looking for two men who drove off in a grey van.",
        "Three dead, one hurt in Marrowfield trailer shooting",
        "2025-06-12",
        date="2025-06-11",
        place=MARROWFIELD,
        fatalities=3,
    )


def _page(title: str, published: str = "2025-07-02") -> Report:
    """A later page of the outlet whose body the crawl lost (a sign-up form): only its headline
    tells what it is about, and the analysis placed it nowhere."""
    return headline_only("page", title, "https://courier.example/news/page/", published)


def _sig(report: Report) -> dict:  # type: ignore[type-arg]
    return signature(report.article(), report.analysis())


ARREST = "Second suspect arrested in deadly Marrowfield trailer shooting"


def test_a_follow_up_pages_headline_names_the_storys_town() -> None:
    story, page = _sig(_story()), _sig(_page(ARREST))
    assert page.get("thin") and decide.follow_up(page)
    assert decide.follow_up_page_town(page, story, flat_rarity) is story
    assert decide.follow_up_page_town(story, page, flat_rarity) is story
    ev = decide.compare(page, story, flat_rarity)
    assert "a follow-up's headline names the other's town" in ev.reasons
    assert "same place" in ev.reasons


def test_the_town_is_worth_the_place_the_story_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    story, page = _sig(_story()), _sig(_page(ARREST))
    on = decide.compare(page, story, flat_rarity)
    monkeypatch.setattr(decide, "FOLLOW_UP_TOWN", 0)
    off = decide.compare(page, story, flat_rarity)
    assert "same place" not in off.reasons
    assert on.score > off.score + decide.W_PLACE - 0.01


@pytest.mark.parametrize(
    ("title", "published"),
    [
        # no follow-up: a junk page under "Marrowfield shooting" may be any of the town's
        ("Gunfire in Marrowfield: what we know", "2025-07-02"),
        # more than FOLLOW_UP_WINDOW days after the story's event: another case's arrest
        (ARREST, "2025-08-20"),
        # published before the story's event: it cannot tell of what followed it
        (ARREST, "2025-06-05"),
        # the headline names another town
        ("Second suspect arrested in deadly Halloran trailer shooting", "2025-07-02"),
    ],
)
def test_other_pages_are_no_follow_up_of_the_town(title: str, published: str) -> None:
    story, page = _sig(_story()), _sig(_page(title, published))
    assert decide.follow_up_page_town(page, story, flat_rarity) is None
    reasons = decide.compare(page, story, flat_rarity).reasons
    assert "a follow-up's headline names the other's town" not in reasons


def test_a_big_city_or_a_common_word_is_no_town() -> None:
    page = _sig(_page(ARREST))
    city = _sig(_story())
    city["place"]["pop"] = 600_000  # a whole city of 600,000: several shootings a week
    assert decide.follow_up_page_town(page, city, flat_rarity) is None
    story = _sig(_story())

    def common(word: str) -> float:
        return 0.2 if word == "marrowfield" else 0.8

    assert decide.follow_up_page_town(page, story, common) is None


def test_a_page_with_a_body_of_its_own_is_no_junk_page() -> None:
    # a follow-up with a story of its own tells its place itself: headline_town's rule
    story = _sig(_story())
    told = _story()
    told.id, told.title, told.published = "told", ARREST, "2025-07-02"
    told.place = None
    assert decide.follow_up_page_town(_sig(told), story, flat_rarity) is None


def _elsewhere(n: int) -> Report:
    """Another province's report, years before: the words of arrests and shootings are common
    in a store of news, as they are not in a store of two reports."""
    return Report(
        f"other{n}",
        f"A suspect was arrested on Monday after a man was shot dead outside a bar, police "
        f"said. The man, {20 + n}, was held without bail. Police said the suspect and a friend "
        "drove off after the shooting.",
        "Suspect arrested after man shot dead",
        f"20{10 + n // 12}-{1 + n % 12:02d}-15",
        date=f"20{10 + n // 12}-{1 + n % 12:02d}-12",
        place=TALLOW_BAY,
    )


def test_the_page_joins_the_storys_event(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    news = [_elsewhere(n) for n in range(40)]
    got = grouped_in_store(tmp_path / "on.db", [*news, _story(), _page(ARREST)])
    assert got["page"] == got["story"]
    late = grouped_in_store(tmp_path / "late.db", [*news, _story(), _page(ARREST, "2025-08-20")])
    assert late["page"] != late["story"]
    monkeypatch.setattr(decide, "FOLLOW_UP_TOWN", 0)
    got = grouped_in_store(tmp_path / "off.db", [*news, _story(), _page(ARREST)])
    assert got["page"] != got["story"]
