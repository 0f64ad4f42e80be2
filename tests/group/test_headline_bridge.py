"""Two events, one of whose closest reports is a headline over page junk, merge through an
article that links both strongly when their direct comparison says nothing against it:
`decide.headline_page_bridge`, `assign.HEADLINE_BRIDGE`. Invented reports only."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfold.group import assign, decide
from newsfold.group.signature import signature
from newsfold.records import Analysis

from .corpus import HALLORAN, MARROWFIELD, TALLOW_BAY, Report, grouped_in_store, headline_only


class Counted(Report):
    """A report whose analysis also counts the injured."""

    injured: int | None = None

    def analysis(self) -> Analysis:
        out = super().analysis()
        assert out.event is not None
        out.event.injuries = self.injured
        return out


def _sig(report: Report) -> dict:  # type: ignore[type-arg]
    return signature(report.article(), report.analysis())


def _page(report_id: str, title: str, published: str, place: dict | None = None) -> Report:  # type: ignore[type-arg]
    """A page whose body the crawl lost (a sign-up form); the analysis may place it from its
    headline or at its outlet's city."""
    page = headline_only(report_id, title, f"https://courier.example/{report_id}/", published)
    page.place = place
    return page


def _coarse(place: dict) -> dict:  # type: ignore[type-arg]
    return {**place, "geo_precision": 2}


def _cause_page() -> Report:
    # the first day's page: what led to the shooting, no town named; the analysis placed it
    # at its outlet's city (coarsely)
    page = _page(
        "cause",
        "Deputies: quarrel over a card game ended with nine hurt at roadhouse",
        "2025-06-12",
    )
    page.place = _coarse(HALLORAN)
    return page


def _charge_page(published: str = "2025-07-02", place: dict | None = MARROWFIELD) -> Report:  # type: ignore[type-arg]
    # weeks later, the outlet's page of the charge: placed at the town its headline names
    return _page("charge", "Halloran drifter charged in Marrowfield gunfire", published, place)


def _second_arrest(injured: int = 9) -> Report:
    """The story that tells both: the charge and the first day's cause."""
    report = Counted(
        "arrest",
        f"A second man was arrested on Monday in the gunfire that hurt {injured} people at the "
        "Copper Kettle roadhouse in Marrowfield on June 11. Deputies said a quarrel over a card "
        "game turned into the shooting. A Halloran drifter, 27, was charged last week; the "
        "second man, 31, was held without bail at the county jail, the sheriff said.",
        "Second man arrested in Marrowfield roadhouse shooting",
        "2025-07-08",
        date="2025-06-11",
        place=MARROWFIELD,
    )
    report.injured = injured
    # the outlet's own story (its headline pages are found by their outlet and days)
    report.extra["url"] = "https://courier.example/arrest/"
    return report


def _elsewhere(n: int) -> Report:
    """Another province's reports, years before: the words of arrests and shootings are common
    in a store of news, as they are not in a store of a few reports."""
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


NEWS = [_elsewhere(n) for n in range(40)]


def test_the_story_merges_the_two_pages_events(tmp_path: Path) -> None:
    got = grouped_in_store(
        tmp_path / "on.db", [*NEWS, _cause_page(), _charge_page(), _second_arrest()]
    )
    assert got["cause"] == got["charge"] == got["arrest"]


def test_without_the_rule_the_pages_stay_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (the case the rule is for: the story links both pages, their direct test fails)
    monkeypatch.setattr(assign, "HEADLINE_BRIDGE", 0)
    got = grouped_in_store(
        tmp_path / "off.db", [*NEWS, _cause_page(), _charge_page(), _second_arrest()]
    )
    assert got["cause"] != got["charge"]


@pytest.mark.parametrize(
    ("place", "published"),
    [
        (None, "2025-07-02"),  # the charge page placed nowhere
        (HALLORAN, "2025-07-02"),  # ... or at its outlet's city, coarsely
        (MARROWFIELD, "2025-06-20"),  # published a week after the event
    ],
)
def test_pages_placed_nowhere_or_coarsely_say_nothing_against(
    place: dict | None,  # type: ignore[type-arg]
    published: str,
) -> None:
    charge = _sig(_charge_page(published, place))
    if place is HALLORAN:
        charge["place"]["prec"] = 2  # the outlet's city: a coarse place
    cause = _sig(_cause_page())
    ev = decide.compare(cause, charge, lambda _: 0.8)
    assert ev.veto is None
    assert decide.headline_page_bridge(cause, charge, ev)
    assert decide.headline_page_bridge(charge, cause, ev)


def test_two_stories_are_no_headline_pages() -> None:
    # both have bodies: their direct comparison must meet BRIDGE_DIRECT as before
    story = _sig(_second_arrest())
    other = _sig(_elsewhere(3))
    ev = decide.compare(story, other, lambda _: 0.8)
    assert not decide.headline_page_bridge(story, other, ev)


def test_a_page_placed_precisely_elsewhere_is_told_apart() -> None:
    # the charge page placed (precisely) in a town 180 km from the story's: another shooting
    story = _sig(_second_arrest())
    page = _sig(_charge_page(place=HALLORAN))
    ev = decide.compare(story, page, lambda _: 0.8)
    assert not decide.headline_page_bridge(story, page, ev)


def test_spot_facts_that_tell_apart_keep_the_events_apart() -> None:
    story, page = _sig(_second_arrest()), _sig(_charge_page())
    ev = decide.compare(story, page, lambda _: 0.8)
    ev.apart = 1  # other streets, other ages, victims of another sex (decide.Evidence.apart)
    assert not decide.headline_page_bridge(story, page, ev)
    ev.apart, ev.who_conflict = 0, True  # people named apart
    assert not decide.headline_page_bridge(story, page, ev)
