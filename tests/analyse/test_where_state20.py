"""analyse/where: a US county named by its own office or jail ("the Garland County Detention
Center") places the towns the text names. Sentences written here; the counties and the station
are real, the events invented."""

from __future__ import annotations

from .where_helpers import event

CHARLOTTE_STATION = "https://www.wcnc.com/news/local/a-shooting/1234"


def test_a_county_s_jail_names_the_county_of_the_town() -> None:
    # a Charlotte station's story: Hot Springs, Arkansas (Garland County), not the small Hot
    # Springs of North Carolina near the station
    text = (
        "Police in Hot Springs said a man shot a teen Tuesday. He is held at the Garland County "
        "Detention Center."
    )
    ev = event(text, CHARLOTTE_STATION)
    assert (ev.admin1, ev.admin2) == ("Arkansas", "Garland County")


def test_a_jail_with_no_county_name_says_nothing() -> None:
    text = "Police in Hot Springs said a man shot a teen Tuesday. He is held at the county jail."
    ev = event(text, CHARLOTTE_STATION)
    assert ev.admin1 == "North Carolina"


def test_an_office_named_after_no_county_still_says_nothing() -> None:
    # an organisation named after a town, not a county: no county for the town's namesakes
    text = (
        "Police in Hot Springs said a man shot a teen Tuesday outside the Garland Community Center."
    )
    ev = event(text, CHARLOTTE_STATION)
    assert ev.admin1 == "North Carolina"
