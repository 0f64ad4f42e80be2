"""Where: a US town's own police, named alone, place the event in the town (`candidates.
_own_police_town`), though the text names no state or country; and where they must not."""

from __future__ import annotations

import pytest

from .where_helpers import NO_OUTLET, event


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        # invented sentences over real US towns of a few thousand to sixty thousand people
        ("A man was shot Sunday night, Lufkin police said.", "Lufkin", "Texas"),
        ("A woman was wounded in a shooting Friday, Tupelo police said.", "Tupelo", "Mississippi"),
        (
            "Police said the boy was shot twice, and Natchez police made an arrest.",
            "Natchez",
            "Mississippi",
        ),
        (
            "A teenager was wounded Friday, according to the Zanesville Police Department.",
            "Zanesville",
            "Ohio",
        ),
        (
            "Two men were hurt in a shooting late Monday, Ahoskie police said.",
            "Ahoskie",
            "North Carolina",
        ),
    ],
)
def test_a_small_us_town_whose_own_police_speak_is_the_place(
    text: str, town: str, state: str
) -> None:
    for url in (None, NO_OUTLET):
        ev = event(text, url=url)
        assert (ev.country, ev.admin1, ev.location) == ("United States", state, town), text


def test_the_event_town_named_apart_wins_over_the_police_town() -> None:
    # the shooting's own town, not the town of the police who arrest someone for it
    ev = event("Lufkin police arrested a man wanted for a shooting in Nacogdoches.")
    assert ev.location == "Nacogdoches"
    # an officer of a town's police shot in another town
    ev = event("A Tupelo police officer was shot in Memphis on Friday.")
    assert ev.location == "Memphis"


def test_kinds_of_force_and_persons_are_no_towns() -> None:
    for text in [
        "Officer Tyler said a man was shot on Friday.",
        "Smith police said a man was shot on Friday.",  # a hamlet's name, a surname
        "A student was shot Friday night, University Police said.",  # University, Florida
        "A man was stabbed on a platform Friday, Airport Police said.",  # Airport, Hawaii
        "A man was shot Friday near the docks, Harbor Police said.",  # Harbor, Oregon
        "A man was shot Friday, Central Police said.",  # Central, Louisiana
    ]:
        assert event(text).location is None, text


def test_a_foreign_story_keeps_its_country() -> None:
    # the text points to Kenya: no small US namesake of a town named for its police
    ev = event("Police in Kisumu said two people were killed in clashes on Friday.")
    assert ev.country == "Kenya"
    ev = event("Naivasha police said two people were killed in clashes in Kenya on Friday.")
    assert ev.country == "Kenya"


def test_another_state_named_for_a_namesake_gives_way() -> None:
    # a state named for the town's namesake: that state's town, not the police town's row
    ev = event("A man was shot Friday in Hattiesburg, Mississippi, Laurel police said.")
    assert (ev.admin1, ev.location) == ("Mississippi", "Hattiesburg")


def test_a_town_opening_a_sentence_before_its_police() -> None:
    # WordNet lists the town among its nouns, and the tagger reads it so at a sentence's
    # start: still the town whose police speak
    ev = event("Lufkin police are investigating a shooting that wounded a woman early Saturday.")
    assert (ev.admin1, ev.location) == ("Texas", "Lufkin")
    ev = event("Tupelo police responded to a shooting Sunday night.")
    assert (ev.admin1, ev.location) == ("Mississippi", "Tupelo")
    # a kind of force opening the sentence is no town (University, Florida; Harbor, Oregon)
    assert event("University police are investigating a shooting on Friday.").location is None
    assert event("Harbor police responded to a shooting on Friday.").location is None


def test_a_town_before_pd_names_its_police() -> None:
    ev = event("The Galesburg PD said two men were wounded in a shooting Friday.")
    assert (ev.admin1, ev.location) == ("Illinois", "Galesburg")
    ev = event("Two men were wounded Friday, Kinston PD said.")
    assert (ev.admin1, ev.location) == ("North Carolina", "Kinston")
