"""Where: a dateline without a state names a US town of some size (`candidates._strength`),
and a town's own police, an American form of naming it, make the US town beat a bigger
namesake abroad when nothing points abroad (`candidates._american_form_town`); and where
they must not fire."""

from __future__ import annotations

import pytest

from .where_helpers import NO_OUTLET, event


@pytest.mark.parametrize(
    ("town", "state"),
    [
        ("East Lansing", "Michigan"),
        ("Ithaca", "New York"),
        ("Bozeman", "Montana"),
        ("Morgantown", "West Virginia"),
        ("Hattiesburg", "Mississippi"),
        ("Paducah", "Kentucky"),
        ("Salina", "Kansas"),
    ],
)
def test_a_dateline_without_a_state_names_a_us_town(town: str, state: str) -> None:
    # invented sentences: AP and local papers write their area's towns without the state
    for opening in (f"{town.upper()} (AP) --", f"{town.upper()} --", f"{town.upper()} —"):
        for url in (None, NO_OUTLET):
            ev = event(f"{opening} A man was shot late Friday outside a bar, police said.", url=url)
            assert (ev.country, ev.admin1, ev.location) == ("United States", state, town), opening


@pytest.mark.parametrize(
    ("town", "state"),
    [("Bangor", "Maine"), ("Oxford", "Mississippi"), ("Bristol", "Tennessee")],
)
def test_an_american_form_beats_a_bigger_namesake_abroad(town: str, state: str) -> None:
    # (Bristol: any US Bristol; Tennessee's namesakes are many)
    for text in [
        f"A man was shot Sunday night, the {town} Police Department said.",
        f"A woman was wounded on Friday, {town} police said.",
    ]:
        ev = event(text)
        assert ev.country == "United States", text
        if town != "Bristol":
            assert (ev.admin1, ev.location) == (state, town), text


def test_a_text_pointing_abroad_keeps_the_namesake_abroad() -> None:
    for text, country in [
        (
            "A man was shot in Northern Ireland, the Bangor police said.",
            "United Kingdom",
        ),
        ("BANGOR, Northern Ireland -- A man was shot Sunday night, police said.", "United Kingdom"),
        (
            "A man was hurt, Florence police said. The Italian man is in hospital.",
            "Italy",
        ),
        ("Police in Kisumu said two people were shot dead in clashes on Friday.", "Kenya"),
        ("KISUMU -- Two men were shot on Sunday night, police said.", "Kenya"),
    ]:
        assert event(text).country == country, text
    # a foreign outlet's story
    ev = event(
        "A man was shot Sunday night, the Bangor Police Department said.",
        url="https://www.example.co.uk/news/a-shooting",
    )
    assert ev.country == "United Kingdom"


def test_a_world_citys_police_keep_their_city() -> None:
    # the AP writes Paris and Rome alone: a small US namesake does not win with their police
    assert event("A man was stabbed on Sunday night, Paris police said.").country == "France"
    assert event("A man was stabbed on Sunday night, Rome police said.").country == "Italy"
    ev = event("ROME (AP) -- A man was stabbed near a station on Sunday, police said.")
    assert ev.country == "Italy"


def test_a_dateline_alone_does_not_beat_a_namesake_abroad() -> None:
    # a dateline keeps a US town that has no bigger namesake abroad; against one, it is no
    # American form by itself (a wire writes "OXFORD, England" and "OXFORD, Miss." alike)
    ev = event("OXFORD (AP) -- A man was stabbed near a college on Sunday, police said.")
    assert ev.country == "United Kingdom"
