"""numbers: the street kinds the address patterns share (`STREET_KINDS`, `street_kinds`)."""

from __future__ import annotations

import re

from newsfold.analyse.numbers import STREET, STREET_KINDS, street_kinds
from newsfold.analyse.where.event_place import _STREET_NAME
from newsfold.analyse.where.vocabulary import STREET_SUFFIX


def test_street_kinds_in_full_and_abbreviated() -> None:
    alt = re.compile(street_kinds(r"\.") + r"$")
    assert alt.match("Boulevard") and alt.match("Blvd.") and alt.match("Trl.")
    assert not alt.match("Blvd")  # the period it must have
    assert not alt.match("Crescent")  # not a kind the list holds
    # a kind without a usual abbreviation gives none
    assert STREET_KINDS["Pike"] == ""
    assert "|." not in street_kinds(r"\.")


def test_street_kinds_of_some_kinds_only() -> None:
    alt = re.compile(street_kinds(r"\.?", {"Avenue", "Lane"}) + r"$")
    assert alt.match("Avenue") and alt.match("Ave") and alt.match("Ln.")
    assert not alt.match("Road") and not alt.match("Rd.")


def test_plain_street_kinds_leave_out_saint_and_doctor() -> None:
    alt = re.compile(street_kinds(r"\.", plain=True) + r"$")
    assert alt.match("Street") and alt.match("Drive") and alt.match("Ave.")
    assert not alt.match("St.") and not alt.match("Dr.")


def test_street_after_a_house_number() -> None:
    after = re.compile(rf"\s(?:[A-Z][\w.'-]*\s){{1,3}}{STREET}")
    assert after.match(" Juniper Sq and") and after.match(" Old Mill Rd.")
    assert not after.match(" Juniper Stonemasons")  # a kind is a whole word


def test_address_suffix_is_no_square() -> None:
    suffix = re.compile(rf"\b{STREET_SUFFIX}(?=\W)")
    assert suffix.search("shot in the 400 block of Quail Pl. in Brookdale")
    assert suffix.search("lived at 12 Heron Terrace, Brookdale")
    # a square is often a neighbourhood's or a plaza's name, no street address
    assert not suffix.search("a man was shot in Marlow Square on Friday")


def test_street_names_met_again_alone() -> None:
    names = [
        m.group(1)
        for m in _STREET_NAME.finditer(
            "Police closed Quarry Ln. near Harlow Hwy and Tamsin Avenue on Friday."
        )
    ]
    assert names == ["Quarry", "Harlow", "Tamsin"]
    # a courthouse, a town named "... Way", a square, Saint and Doctor are no street's name
    text = "He appeared in Harlow District Court; Bright Way; Tamsin Square; Mercy St. Agnes."
    assert not _STREET_NAME.search(text)
    assert not _STREET_NAME.search("said Hospital Dr. Quill")
