"""A headline over page junk shares its toll with a dated story of its province published days
before (`decide.headline_toll`, the `j:`/`s:` keys); a shooting's headline over another story
is such a page (`signature._another_story`). Invented reports only."""

from __future__ import annotations

from typing import Any

import pytest

from newsfold.group import decide
from newsfold.group.signature import HEADLINE_TOLL_MIN, signature, toll_counts

from .corpus import HALLORAN, Report, flat_rarity, headline_only

OSTWYN_CLUB = {
    "location": "Greyhaven",
    "admin1": "Ostwyn",
    "country": "Calderia",
    "latitude": 42.10,
    "longitude": -86.30,
}
VESTRY = {**HALLORAN, "location": "Pellham", "admin1": "Vestry", "latitude": 44.9}


def _common(_: str) -> float:
    """Every word as common as "shot" or "party" (an IDF below decide.RARE)."""
    return 0.3


def _story(injured: int = 10, killed: int | None = None) -> dict[str, Any]:
    report = Report(
        "story",
        "Ten people were wounded early on Sunday when a gunman opened fire inside a crowded "
        "club on the edge of Greyhaven, deputies said. A quarrel over a card game had turned "
        "violent shortly after midnight. The wounded were taken to three hospitals; two were "
        "in serious condition. Deputies were looking for a man who left in a grey pickup.",
        "Gunman wounds 10 at Greyhaven club after quarrel over cards",
        "2025-12-21",
        date="2025-12-21",
        place=OSTWYN_CLUB,
        fatalities=killed,
    )
    sig = signature(report.article(), report.analysis())
    sig["inj"] = injured
    sig["n_mh"] = 0
    return sig


def _page(
    title: str,
    published: str = "2025-12-22",
    injured: int | None = 10,
    killed: int | None = None,
    place: dict[str, object] | None = HALLORAN,
) -> dict[str, Any]:
    report = headline_only("page", title, "https://courier.example/news/page/", published)
    report.place = place
    report.date = None
    sig = signature(report.article(), report.analysis())
    assert sig.get("thin")
    pub = published
    sig["d0"], sig["d1"], sig["prec"], sig["nd"] = pub, pub, 2, 1  # its stand-in week
    if injured is not None:
        sig["inj"] = injured
    if killed is not None:
        sig["kill"] = killed
    return sig


def test_a_story_that_gives_the_headlines_toll_shares_it() -> None:
    story, page = _story(), _page("10 people injured in bar shooting")
    assert decide.headline_toll(page, story) == decide.headline_toll(story, page) == 10
    ev = decide.compare(page, story, flat_rarity)
    assert "the story gives the headline's toll" in ev.reasons
    off = decide.HEADLINE_TOLL
    try:
        decide.HEADLINE_TOLL = 0
        before = decide.compare(page, story, flat_rarity)
    finally:
        decide.HEADLINE_TOLL = off
    assert ev.facts == before.facts + 1
    assert ev.score == pytest.approx(before.score + decide.W_HEADLINE_TOLL)
    # a page with no place whose headline names the province
    named = _page("Card game quarrel led to 10 shot at Ostwyn bar", place=None)
    assert decide.headline_toll(named, story) == 10


@pytest.mark.parametrize(
    ("title", "kwargs"),
    [
        # another toll
        ("9 people injured in bar shooting", {"injured": 9}),
        # the dead the story does not give
        ("1 dead, 10 injured in bar shooting", {"killed": 1}),
        # one dead is every other shooting's toll
        ("Man shot dead outside bar", {"injured": None, "killed": 1}),
        # a page published before the story's event, or weeks after it
        ("10 people injured in bar shooting", {"published": "2025-12-20"}),
        ("10 people injured in bar shooting", {"published": "2026-01-09"}),
        # a page of another province
        ("10 people injured in bar shooting", {"place": VESTRY}),
        ("10 people injured in bar shooting", {"place": None}),
    ],
)
def test_no_shared_toll(title: str, kwargs: dict[str, Any]) -> None:
    story = _story(killed=0) if "killed" in kwargs else _story()
    page = _page(title, **kwargs)
    assert not decide.headline_toll(page, story)
    assert (
        "the story gives the headline's toll"
        not in decide.compare(page, story, flat_rarity).reasons
    )


def test_two_pages_or_an_undated_story_share_no_toll() -> None:
    story, page = _story(), _page("10 people injured in bar shooting")
    assert not decide.headline_toll(page, _page("Ten wounded in Ostwyn bar"))
    undated = {**story, "nd": 1}
    assert not decide.headline_toll(page, undated)
    weekly = {**story, "prec": 2}  # dated only to a week: the page's days cannot be checked
    assert not decide.headline_toll(page, weekly)


def _party() -> dict[str, Any]:
    report = Report(
        "party",
        "Three young men were wounded late on Saturday when shots were fired into a house party "
        "on Lindqvist Road in Greyhaven, deputies said. Neighbours said the party had gone on "
        "since the afternoon. The three were expected to recover; no arrest had been made.",
        "Three wounded as shots fired into Greyhaven house party",
        "2025-12-21",
        date="2025-12-21",
        place=OSTWYN_CLUB,
    )
    party = signature(report.article(), report.analysis())
    party["inj"], party["n_mh"] = 3, 0
    party["place"]["pop"] = 2_500_000  # a big city (whole): shootings every weekend
    return party


def test_a_small_toll_counts_only_with_a_rare_word_the_story_tells() -> None:
    # another shooting of that weekend in the big city where the page is placed, three wounded
    # outside a nightclub: the page agrees with the house party's story on the toll and the
    # city, and nothing else
    party = _party()
    page = _page("3 shot outside nightclub after fight", injured=3, place=OSTWYN_CLUB)
    page["place"]["pop"] = 2_500_000
    assert decide.headline_toll(page, party) == 3
    ev = decide.compare(page, party, _common)
    assert "the story gives the headline's toll" not in ev.reasons and not ev.same

    # the page over the party's own report: "Lindqvist" is a rare word the story tells
    own = _page("3 shot at Lindqvist Road house party", injured=3, place=OSTWYN_CLUB)
    ev = decide.compare(own, party, lambda w: 0.9 if w == "lindqvist" else _common(w))
    assert "the story gives the headline's toll" in ev.reasons


def test_the_keys_bring_the_page_to_the_story_one_way() -> None:
    from newsfold.group.signature import index_keys, query_keys

    story, page = _story(), _page("10 people injured in bar shooting")

    def toll_keys(keys: list[str]) -> set[str]:
        return {k for k in keys if k.startswith(("j:", "s:"))}

    assert toll_keys(query_keys(page)) & toll_keys(index_keys(story))
    assert toll_keys(query_keys(story)) & toll_keys(index_keys(page))
    # two stories, or two pages, of one toll do not meet by it
    assert not toll_keys(query_keys(story)) & toll_keys(index_keys(_story()))
    other_page = _page("Ten hurt at crowded tavern brawl")
    assert not toll_keys(query_keys(page)) & toll_keys(index_keys(other_page))
    # a small toll, a page of no province, an undated story: no keys
    assert not toll_keys(index_keys(_page("Two hurt in bar shooting", injured=2)))
    assert not toll_keys(index_keys(_page("10 people injured in bar shooting", place=None)))
    assert not toll_keys(index_keys({**story, "nd": 1}))


def _body_sig(title: str, body: str) -> dict[str, Any]:
    report = Report("p", body, title, "2025-12-22", date="2025-12-22", place=HALLORAN)
    return signature(report.article(), report.analysis())


PARADE = (
    "The annual Halloran harvest parade returns downtown on Saturday, with floats, marching "
    "bands and food stalls along the river road. Organisers expect record crowds this year and "
    "advise visitors to arrive early, as parking near the old market fills up by mid-morning."
)


def test_a_shooting_headline_over_another_story_is_a_headline_only_page() -> None:
    # the body tells none of the headline's words but the city's name, and no word of harm
    page = _body_sig("4 shot, 1 killed during argument in Halloran", PARADE)
    assert page.get("thin")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a short report of the headline's event tells what happened, in other words
        (
            "4 shot, 1 killed during argument in Halloran",
            "Police said a quarrel outside a Halloran bakery ended in gunfire late on Friday. "
            "A man died at the scene and three others were taken to hospital.",
        ),
        # a headline of no harm (a parade's, a flood's) is left to the page-junk test
        ("Flash floods swamp homes in Halloran", PARADE),
        # the body tells a word of the headline besides the place's name
        ("Shots fired near Halloran harvest parade", PARADE),
    ],
)
def test_a_report_of_its_headlines_event_keeps_its_body(title: str, body: str) -> None:
    assert not _body_sig(title, body).get("thin")


def test_toll_counts_one_minimum_for_the_keys_and_the_decision() -> None:
    """`toll_counts` holds the one minimum the `j:`/`s:` keys and `headline_toll` share."""
    assert toll_counts({"kill": 1, "inj": HEADLINE_TOLL_MIN - 1}) == {
        "kill": 1,
        "inj": HEADLINE_TOLL_MIN - 1,
    }
    assert toll_counts({"kill": 1}) == {}  # one dead is every other shooting's toll
    assert toll_counts({"inj": HEADLINE_TOLL_MIN - 1, "kill": None}) == {}
    assert toll_counts({}) == {}
