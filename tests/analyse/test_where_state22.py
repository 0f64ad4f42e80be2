"""analyse/where: a story filed from a big city's local outlet at home ("CHICAGO -" in a Chicago
paper) names a far city of another state with its state, so a bare one is a part of the
outlet's city; a town in the metro area of the city a story is filed from needs no state of its
own ("WASHINGTON - ... in Alexandria"). Sentences written here; the cities and outlets are real,
the events invented."""

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


UNKNOWN_SITE = "https://www.example.com/news/two-shot"


def test_a_town_across_the_line_from_the_dateline_city() -> None:
    # Alexandria, Virginia, beside Washington; not Louisiana's, nor the capital itself
    text = "WASHINGTON (CNN) - Three people were shot in Alexandria on Sunday, police said."
    ev = event(text, "https://www.cnn.com/2019/06/02/us/alexandria-shooting/index.html")
    assert (ev.admin1, ev.location) == ("Virginia", "Alexandria")


def test_suburbs_across_a_state_line_from_the_dateline() -> None:
    text = "PHILADELPHIA — Two men were shot in Camden early Sunday, police said."
    assert event(text, UNKNOWN_SITE).admin1 == "New Jersey"
    text = "ST. LOUIS — Two men were shot in Belleville early Sunday, police said."
    assert event(text, UNKNOWN_SITE).admin1 == "Illinois"


def test_a_town_far_from_the_dateline_still_needs_its_state() -> None:
    # Richmond, Virginia is 160 km from Washington: no metro town of the dateline
    text = "WASHINGTON — Two men were shot in Richmond early Sunday, police said."
    assert event(text, UNKNOWN_SITE).admin1 == "Washington, D.C."
