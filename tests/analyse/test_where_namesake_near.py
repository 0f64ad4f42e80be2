"""Which namesake: the row near the story's other places (`candidates._near_named_town`).

Invented sentences; a same-state namesake near the dateline or another town the text names
wins over a bigger row of the state far away, and only then."""

from __future__ import annotations

from .where_helpers import event


def test_a_namesake_beside_the_dateline_town_wins() -> None:
    # the village beside Springfield, not the bigger Chicago neighbourhood of the name
    ev = event(
        "SPRINGFIELD, Ill. (AP) -- Deputies went to a home on Oak Street in Chatham on "
        "Sunday night and found a man shot."
    )
    assert (ev.location, ev.admin2, ev.admin1) == ("Chatham", "Sangamon County", "Illinois")


def test_a_namesake_beside_a_home_town_the_text_names_wins() -> None:
    ev = event(
        "A man was shot Sunday night in Mount Vernon, police said. The victim, 24, of "
        "Evansville, was taken to a hospital."
    )
    assert (ev.location, ev.admin2, ev.admin1) == ("Mount Vernon", "Posey County", "Indiana")


def test_no_bonus_for_a_dateline_far_from_both_namesakes() -> None:
    # Peoria is about 100 km from the village and 230 km from Chicago: neither is its own,
    # and the choice is as without the dateline (the bigger row)
    ev = event(
        "PEORIA, Ill. (AP) -- Deputies went to a home on Oak Street in Chatham on Sunday "
        "night and found a man shot."
    )
    assert ev.admin2 == "Cook County"


def test_the_big_row_stays_beside_its_own_dateline() -> None:
    ev = event(
        "CHICAGO (AP) -- Officers went to a home on Oak Street in Chatham on Sunday night "
        "and found a man shot."
    )
    assert (ev.location, ev.admin2) == ("Chicago", "Cook County")


# ------------------------------------------------- a shouted line's place (`scan._shouted_place`)


def test_a_shouted_line_sets_its_town_after_a_shouted_preposition() -> None:
    for text in (
        "MAN SHOT IN LUFKIN ON SUNDAY NIGHT. Police are looking for a suspect.",
        "MAN SHOT IN LUFKIN ON SUNDAY NIGHT\nPolice are looking for a suspect.",
    ):
        ev = event(text)
        assert (ev.location, ev.admin1) == ("Lufkin", "Texas")


def test_a_shouted_line_makes_no_place_of_its_english_words() -> None:
    for text in (
        "SHOOTING IN PROGRESS AT THE MALL\nPolice are looking for a suspect.",
        "SUSPECT STILL AT LARGE AFTER SHOOTING\nPolice are looking for a suspect.",
        "MAN IN CUSTODY AFTER SHOOTING\nA man was hurt.",
    ):
        assert event(text).location is None
