"""A headline over page junk that a story's outlet published on the story's day or days after,
retelling it with a number the story gives, is the outlet's follow-up of that story
(`decide.outlet_page`, `decide.SAME_OUTLET`, the `o:`/`r:` keys); another outlet's page, a page
of days later or before, or one that shares no number, is not. Invented reports only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsfold.group import assign, decide
from newsfold.group.signature import index_keys, query_keys, signature
from newsfold.store import Store

from .corpus import HALLORAN, MARROWFIELD, Report, flat_rarity, headline_only

HOST = "courier.example"
RULE = "the outlet's page after its story, with its headline's words"


def _common(_: str) -> float:
    """Every word as common as "killed" or "accidental" in a corpus of shootings."""
    return 0.15


def _story(host: str = HOST) -> dict[str, Any]:
    report = Report(
        "story",
        "A 2-year-old boy was killed on Tuesday when he found a loaded handgun in a bedroom of "
        "his family's home on Tamsin Lane in Marrowfield and it went off, deputies said. His "
        "mother called for help; the boy died at the scene. Deputies called it an accidental "
        "shooting and said they were trying to learn who owned the gun.",
        "Toddler killed in accidental shooting at Marrowfield home",
        "2024-03-05",
        date="2024-03-05",
        place=MARROWFIELD,
        extra={"source": host},
    )
    sig = signature(report.article(), report.analysis())
    sig["n_mh"] = 0
    return sig


def _page(
    title: str = "Father surrenders after boy, 2, dies in shooting at home",
    published: str = "2024-03-07",
    host: str = HOST,
) -> dict[str, Any]:
    report = headline_only("page", title, f"https://{host}/news/local/page", published)
    report.extra["source"] = host
    report.place = HALLORAN  # the outlet's own city: the analysis had nothing else
    report.date = None
    sig = signature(report.article(), report.analysis())
    assert sig.get("thin") and sig.get("host") == host
    sig["d0"], sig["d1"], sig["prec"], sig["nd"] = "2024-02-29", published, 2, 1
    return sig


def test_the_outlets_page_after_its_story_is_its_follow_up() -> None:
    story, page = _story(), _page()
    assert decide.outlet_page(page, story) and decide.outlet_page(story, page)
    # the page finds the story through the outlet's key, one way
    shared = set(index_keys(story)) & set(query_keys(page))
    assert {k for k in shared if k.startswith("r:")}
    assert not {k for k in set(index_keys(page)) & set(query_keys(story)) if k.startswith("r:")}
    ev = decide.compare(page, story, _common)
    assert RULE in ev.reasons and ev.score >= decide.SAME_EVENT
    off = decide.SAME_OUTLET
    try:
        decide.SAME_OUTLET = 0
        before = decide.compare(page, story, _common)
    finally:
        decide.SAME_OUTLET = off
    assert RULE not in before.reasons and before.score < decide.SAME_EVENT
    assert ev.score > before.score + decide.W_SAME_OUTLET - 1e-9  # and no cost for its place


@pytest.mark.parametrize(
    "page",
    [
        # another outlet's page
        {"host": "gazette.example"},
        # published days after the outlet's follow-ups come out, or before the story
        {"published": "2024-03-11"},
        {"published": "2024-03-04"},
        # a headline that gives no number the story gives
        {"title": "Father surrenders after toddler is killed in an accidental shooting"},
        {"title": "Father surrenders after boy, 4, is killed in an accidental shooting"},
        # the same age, and no word of the story told: another event the outlet reported
        {"title": "2-year-old hurt when porch collapses"},
        {"title": "2-year-old killed when porch collapses"},
    ],
)
def test_not_the_outlets_follow_up(page: dict[str, Any]) -> None:
    story = _story()
    sig = _page(**page)
    ev = decide.compare(sig, story, flat_rarity)
    assert RULE not in ev.reasons


def test_two_pages_or_two_stories_of_an_outlet_are_not_its_follow_up() -> None:
    page = _page()
    other = _page("Deputies name boy, 2, killed in accidental shooting", "2024-03-06")
    assert not decide.outlet_page(page, other)
    story = _story()
    assert not decide.outlet_page(story, {**story, "id": "again", "pub": "2024-03-06"})
    # a story stores the outlet's key and looks up the pages'; it never meets another story by it
    assert not {k for k in set(index_keys(story)) & set(query_keys(story)) if k[:2] in "o:r:"}


def test_a_source_that_is_no_host_gives_no_host() -> None:
    report = Report("x", "Text.", "Title", "2024-03-05", extra={"source": "Fiction Daily"})
    assert "host" not in signature(report.article(), None)


def test_the_outlet_keys_candidates_have_their_own_budget(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the reports the outlet keys alone find come after the MAX_CANDIDATES (those sharing
    # the most other keys first), and never push out a report that shares the event's keys
    monkeypatch.setattr(assign, "MAX_CANDIDATES", 2)
    monkeypatch.setattr(assign, "OUTLET_CANDIDATES", 1)
    keys = {
        "n:tamsin:1": ["a1", "s1", "s2", "page"],
        "p:g9100001:5": ["s1", "s2"],
        "r:courier.example:5": ["a1", "a2", "s1", "page"],
    }
    monkeypatch.setattr(assign, "query_keys", lambda sig: sorted(keys))
    with Store(db_path) as store:
        grouper = assign.Grouper(store, None)
        grouper.keys = {k: list(v) for k, v in keys.items()}
        # a1 shares one key and the outlet's: counted with the others it would tie s2 and come
        # first by its id
        assert grouper._candidates({"id": "page"}) == ["s1", "s2", "a1"]
        monkeypatch.setattr(assign, "OUTLET_CANDIDATES", 0)
        assert grouper._candidates({"id": "page"}) == ["s1", "s2"]
