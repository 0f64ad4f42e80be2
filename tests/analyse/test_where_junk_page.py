"""analyse/where: a page whose text is not its headline's story (a sign-in wall, a video
playlist, the site's list of its other stories) is placed by the headline's town, not by the
outlet's city or the towns of the other stories. Headlines and texts written here; the towns
and outlets are real, the events invented."""

from __future__ import annotations

from newsfold.analyse.gazetteer import get_gazetteer
from newsfold.analyse.where.headlines import _body_not_story, _title_mentions

from .where_helpers import run

_OTHER_STORIES = (
    "Rangers sign left-handed pitcher to two-year deal\n\n"
    "Storm knocks out power across west Fort Worth\n\n"
    "Zoo in Fort Worth welcomes a baby giraffe\n\n"
    "The week in 60 seconds: Watch\n\n2:14"
)
_STAR_TELEGRAM = "https://www.star-telegram.com/news/local/crime/article99.html"
_SIGN_IN = (
    "Thank you for registering!\n\nVisit us and sign in to update your profile, and keep up "
    "to date with mobile alerts."
)


def test_the_headline_town_over_the_site_s_other_stories() -> None:
    title = "Denton shooting after argument over parked truck leaves one hurt"
    ev = run(_OTHER_STORIES, title=title, url=_STAR_TELEGRAM).event
    assert (ev.location, ev.admin1) == ("Denton", "Texas")


def test_the_headline_town_over_a_sign_in_wall_is_the_outlet_state_s() -> None:
    # the sign-in text names no place; the Atlanta paper's state picks Georgia's Gainesville
    title = "Gainesville toddler hurt in accidental shooting at grandmother's home"
    ev = run(_SIGN_IN, title=title, url="https://www.ajc.com/news/crime/toddler/abc123/").event
    assert (ev.location, ev.admin1) == ("Gainesville", "Georgia")


def test_a_headline_with_no_town_keeps_the_text_s_places() -> None:
    title = "Argument over parked truck ends with one man hurt, police say"
    ev = run(_OTHER_STORIES, title=title, url=_STAR_TELEGRAM).event
    assert ev.location == "Fort Worth"


def _fires(title: str, text: str) -> bool:
    g = get_gazetteer()
    return _body_not_story(g, title, text, _title_mentions(g, title))


def test_a_text_sharing_a_headline_word_is_the_story() -> None:
    title = "Denton shooting after argument over parked truck leaves one hurt"
    # "argument" is the headline's: a short report of the event, not another page
    assert not _fires(title, "Police said an argument in a lot turned violent on Sunday.")
    # the same word in another form ("shot" is not "shooting", "arguing" meets "argument")
    assert not _fires(title, "Two neighbors were arguing when one was shot, police said.")
    assert _fires(title, _OTHER_STORIES)


def test_too_short_a_headline_says_nothing_of_the_text() -> None:
    # two words of its own ("shooting", "update"): too few to tell the text is another story
    assert not _fires("Denton shooting: an update", _OTHER_STORIES)
    assert not _fires("Argument over parked truck leaves one hurt", _OTHER_STORIES)  # no town


def test_not_a_word_capitalised_for_opening_a_clause() -> None:
    # "Young" (Australia's, Uruguay's) is capitalised by the colon, not a name: the text's places
    # stay (the rule would leave the headline alone to be read)
    assert not _fires("Coroner: Young child hurt after argument over parked truck", _OTHER_STORIES)
    # a big city opening the headline is its name
    assert _fires("Cleveland teen hurt after argument over parked truck", _OTHER_STORIES)


def test_not_a_name_known_only_as_another_place_s_other_name() -> None:
    # "Reso" (a headline cut short: "Resort") is only the Swedish name of Finland's Raisio
    assert not _fires("Four hurt after argument at Clock Tower Reso", _OTHER_STORIES)


def test_not_a_place_only_abroad_on_a_known_outlet() -> None:
    title = "Toddler hurt after argument over parked truck in Hor"
    g = get_gazetteer()
    ms = _title_mentions(g, title)
    assert not _body_not_story(g, title, _OTHER_STORIES, ms, "US")
