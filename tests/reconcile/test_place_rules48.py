"""reconcile: h-city48's rules for the event's town, each on invented sentences or reports."""

from __future__ import annotations

from newsfold.reconcile.consensus import _in_county, county_told, town_size
from newsfold.reconcile.readings import Report

from .helpers import placed_report, town_key


def _placed(rid: str, town: str, county: str, text: str, origin: int, title: str = "") -> Report:
    return placed_report(
        rid, town, text, origin, title, country="United States", admin1="Texas", admin2=county
    )


_key = town_key


LOCAL = "Deputies found a man shot dead near Hempstead."


def _told(text: str, title: str = "") -> dict[object, set[int]]:
    local = _placed("l", "Hempstead", "Waller County", LOCAL, 0)
    city = _placed("c", "Houston", "Harris County", text, 1, title)
    return county_told([local, city], [local, city], _key)


def test_a_report_telling_harm_in_another_town_s_county_supports_that_town():
    assert _told("HOUSTON - A Houston man was found shot dead in Waller County, police said.") == {
        ("Texas", "Hempstead"): {1}
    }
    # the headline alone may tell it
    assert _told("Houston police helped.", title="Houston man killed in Waller County") == {
        ("Texas", "Hempstead"): {1}
    }
    assert _told("The bodies were found in the Waller County countryside on Sunday.") == {
        ("Texas", "Hempstead"): {1}
    }


def test_an_arrest_a_jail_or_a_court_in_that_county_supports_nothing():
    assert _told("The man accused of shooting him was arrested in Waller County.") == {}
    assert _told("The suspect in the killing is held in the Waller County jail.") == {}
    assert _told("A man was shot dead in Houston. He lived in Waller County.") == {}


def test_harm_told_in_the_report_s_own_county_too_keeps_it_there():
    text = "He was shot in Harris County, and his body was found dead in Waller County."
    assert _told(text) == {}


def test_the_bigger_town_of_a_name_in_its_state():
    assert town_size(("Florida", "Apopka")) > town_size(("Florida", "Zellwood")) >= 0
    assert town_size(("Texas", "Houston")) > 1_000_000
    assert town_size(("Texas", "Nowhere Such Place")) == 0
    assert town_size((None, "Houston")) == 0


def test_a_sentence_is_not_cut_at_an_abbreviation_s_stop():
    # "a.m." ends no sentence: the harm word before it stays in the sentence, and so does the
    # arrest word before it (the sentence is the arrest's, which supports nothing)
    assert _told("A man was shot at 2 a.m. Sunday in Waller County, deputies said.") == {
        ("Texas", "Hempstead"): {1}
    }
    assert (
        _told("A Houston man was arrested at 3 a.m. Sunday in Waller County in the shooting.") == {}
    )
    assert _told("He was taken to St. Luke's after the shooting in Waller County.") == {
        ("Texas", "Hempstead"): {1}
    }


def test_a_county_s_pattern_is_compiled_once_and_reused():
    # every report of an event is asked of each of its counties: the pattern is made once per
    # county (and a county of another name gets its own)
    _in_county.cache_clear()
    for _ in range(3):
        assert _told("A Houston man was found shot dead in Waller County.") == {
            ("Texas", "Hempstead"): {1}
        }
    info = _in_county.cache_info()
    assert info.misses == 2  # Waller County and Harris County, each once
    assert info.hits >= 4
    assert _in_county("Waller County") is _in_county("Waller County")
    assert _in_county("Waller County") is not _in_county("Harris County")
