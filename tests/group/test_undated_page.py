"""A headline over page junk that dates nothing, published months after a small town's story
that its headline tells, is not split from it by the date veto (`decide.undated_page_after`,
`decide.UNDATED_PAGE`); in a big city, or with a body of its own, the veto stays. Invented
reports only."""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsfold.group import decide
from newsfold.group.signature import signature

from .corpus import MARROWFIELD, Report, flat_rarity, headline_only


def _place(sig: dict[str, Any], pop: int | None) -> None:
    """The event place as the analysis would give it: Marrowfield, resolved, of `pop` people."""
    place = sig.setdefault("place", {})
    place.update(gid="9100001", loc="marrowfield", admin1="ostwyn", country="calderia", prec=1)
    place.update(lat=41.2, lon=-87.6)
    if pop is not None:
        place["pop"] = pop


def _story(pop: int | None = 40_000) -> dict[str, Any]:
    report = Report(
        "story",
        "Five people were hurt late on Friday when a man drew a pistol in the Copper Kettle "
        "bar in Marrowfield and fired across the room, police said. A bartender tackled him "
        "and held him until officers came; he was charged with five counts of assault. The "
        "owner said the man had been refused a drink an hour before.",
        "Gunman hurts five in Marrowfield bar before bartender tackles him",
        "2024-02-10",
        date="2024-02-09",
        place=MARROWFIELD,
    )
    sig = signature(report.article(), report.analysis())
    _place(sig, pop)
    sig["n_mh"] = 0
    return sig


def _page(
    title: str = "Marrowfield bar gunman gets 20 years for Copper Kettle shooting",
    published: str = "2025-05-07",
    pop: int | None = None,
) -> dict[str, Any]:
    report = headline_only("page", title, "https://courier.example/news/page/", published)
    report.date = None
    sig = signature(report.article(), report.analysis())
    assert sig.get("thin")
    day = dt.date.fromisoformat(published)
    # the analysis' stand-in: the week before the page came out, nothing in the text dating it
    sig["d0"], sig["d1"] = (day - dt.timedelta(days=7)).isoformat(), published
    sig["prec"], sig["nd"] = 2, 1
    _place(sig, pop)
    return sig


def test_an_undated_headline_page_months_later_joins_the_small_towns_story() -> None:
    story, page = _story(), _page()
    assert decide.date_veto(page, story) is not None  # 15 months apart
    assert decide.undated_page_after(page, story) and decide.undated_page_after(story, page)
    ev = decide.compare(page, story, flat_rarity)
    assert ev.veto is None and ev.same
    assert any("undated headline page" in r for r in ev.reasons)
    # the lifted dates are no shared day: the place and the headline's words decide
    off = decide.UNDATED_PAGE
    try:
        decide.UNDATED_PAGE = 0
        assert decide.compare(page, story, flat_rarity).veto is not None
    finally:
        decide.UNDATED_PAGE = off


def test_not_in_a_big_city_nor_a_town_of_unknown_size() -> None:
    # a big city has a shooting like the headline's every few weeks
    ev = decide.compare(_page(), _story(pop=1_500_000), flat_rarity)
    assert ev.veto is not None and not ev.same
    ev = decide.compare(_page(), _story(pop=None), flat_rarity)
    assert ev.veto is not None


def test_not_for_a_report_with_a_body_nor_a_page_before_the_event() -> None:
    story = _story()
    body = _page()
    del body["thin"]  # a report of its own that dates nothing: the veto stays (h-group7)
    assert not decide.undated_page_after(body, story)
    assert decide.compare(body, story, flat_rarity).veto is not None
    # a page that came out before the story's event is of another
    early = _page(published="2022-11-02")
    assert not decide.undated_page_after(early, story)
    assert decide.compare(early, story, flat_rarity).veto is not None


def test_not_when_the_page_is_placed_elsewhere() -> None:
    page = _page()
    page["place"] = {
        "gid": "9100002",
        "loc": "halloran",
        "admin1": "ostwyn",
        "country": "calderia",
        "prec": 1,
        "lat": 41.9,
        "lon": -87.1,
        "pop": 30_000,
    }
    ev = decide.compare(page, _story(), flat_rarity)
    assert ev.veto is not None
