"""analyse/where: a wire's dateline ("NEW YORK (Reuters) -") is where the story was filed; the
town the story sets the event in elsewhere is the scene, also when the dateline's name is read
as its state's ("NEW YORK" is the state's name too). Sentences written here; the towns are
real, the events invented."""

from __future__ import annotations

from .where_helpers import event


def test_a_scene_in_another_state_beats_a_dateline_read_as_a_state() -> None:
    text = (
        "NEW YORK (Reuters) - A gunman wounded four people at a chapel in Sutherland Springs, "
        "a small town east of San Antonio, on Sunday, officials said."
    )
    ev = event(text)
    assert (ev.location, ev.admin1) == ("Sutherland Springs", "Texas")


def test_the_dateline_city_without_another_scene() -> None:
    text = "NEW YORK (Reuters) - Two men were wounded outside a deli early Sunday, police said."
    ev = event(text)
    assert (ev.location, ev.admin1) == ("New York City", "New York")


def test_not_a_far_town_named_as_a_home() -> None:
    # "from Dallas" is where the victim lived, not where he was shot
    text = (
        "NEW YORK (Reuters) - A tourist from Dallas was wounded outside a deli early Sunday, "
        "police said."
    )
    assert event(text).admin1 == "New York"


def test_not_a_far_town_the_suspect_fled_to() -> None:
    text = (
        "NEW YORK (AP) - A man who shot a clerk dead in a deli on Sunday fled to Miami, where "
        "he was arrested on Tuesday, police said."
    )
    assert event(text).admin1 == "New York"


def test_a_local_dateline_stays() -> None:
    text = "SPRINGDALE, Ark. (AP) — Police in Springdale say a man was wounded on Tuesday."
    ev = event(text)
    assert (ev.location, ev.admin1) == ("Springdale", "Arkansas")
