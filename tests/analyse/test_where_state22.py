"""analyse/where: a story filed from a big city's local outlet at home ("CHICAGO -" in a Chicago
paper) names a far city of another state with its state; a bare one is a part of the outlet's
city. Sentences written here; the cities and outlets are real, the events invented."""

from __future__ import annotations

from .where_helpers import event

CHICAGO_PAPER = "https://www.chicagotribune.com/news/breaking/ct-party-shooting-story.html"


def test_a_bare_far_city_in_a_story_filed_at_home_is_the_outlet_city() -> None:
    text = (
        "CHICAGO — Four people were wounded at a party in Austin early Sunday, police said. "
        "The victims were standing in a backyard when someone opened fire."
    )
    ev = event(text, CHICAGO_PAPER)
    assert ev.admin1 == "Illinois"


def test_not_without_the_dateline() -> None:
    # no dateline: the outlet alone does not say the story is its city's
    text = "Four people were wounded at a party in Austin early Sunday, police said."
    assert event(text, CHICAGO_PAPER).admin1 == "Texas"


def test_not_when_the_state_is_named() -> None:
    text = "CHICAGO — A man who grew up here was shot dead in Austin, Texas, early Sunday."
    assert event(text, CHICAGO_PAPER).admin1 == "Texas"


def test_not_for_a_city_news_style_names_alone() -> None:
    # Las Vegas is one of the cities the AP's style writes without a state
    text = (
        "CHICAGO — A man from the city was shot dead in Las Vegas early Sunday, police there said."
    )
    assert event(text, CHICAGO_PAPER).admin1 == "Nevada"


def test_not_for_an_outlet_elsewhere() -> None:
    # filed from another city than the outlet's: the outlet's reporter away from home
    ev = event(
        "DALLAS — Four people were wounded at a party in Austin early Sunday, police said.",
        CHICAGO_PAPER,
    )
    assert ev.admin1 == "Texas"


def test_not_for_a_wire_story() -> None:
    # a wire's bureau is no local outlet's home
    text = "CHICAGO (AP) — Four people were wounded at a party in Austin early Sunday."
    assert event(text, "https://apnews.com/article/party-shooting-0a1b2c").admin1 != "Illinois"
