"""analyse/outlets: the US outlets' home markets and the call sign's side of the Mississippi,
on invented addresses and sentences."""

from __future__ import annotations

import pytest

from newsfold.analyse.gazetteer import CITY, get_gazetteer, name_key
from newsfold.analyse.outlet_markets import MARKET_OUTLETS, _parse
from newsfold.analyse.outlets import OUTLET_CITY, call_sign_side, outlet_city, state_side
from newsfold.analyse.where.evidence import _Evidence, _outlet_evidence
from newsfold.records import Event

from .test_where import event

DANVILLE = "A man was shot and wounded Friday night in Danville, police said."
COLUMBIA = "A woman was shot and killed Saturday in Columbia, police said."


def test_every_market_city_is_a_us_town_of_its_state() -> None:
    g = get_gazetteer()
    for city in set(OUTLET_CITY.values()):
        name, code = city.rsplit(", ", 1)
        state = g.us_abbrev.get(name_key(code))
        assert state is not None, city
        rows = [
            i
            for i in g.lookup_key(name_key(name))
            if g.cc[i] == "US" and g.kind[i] == CITY and g.admin1[i] == g.admin1[state]
        ]
        assert rows, city


def test_market_keys_are_host_labels() -> None:
    for key in MARKET_OUTLETS:
        label = key.split(".", 1)[0]
        assert key == key.lower() and label and " " not in key, key
        assert "-" not in key or "." in key, key  # a hyphen only in an exact label.domain


def test_an_outlet_in_two_markets_is_refused() -> None:
    with pytest.raises(ValueError):
        _parse("Dayton, OH: wxyz\nToledo, OH: wxyz\n")
    assert _parse("Dayton, OH: wabc\n    wdef\n") == {"wabc": "Dayton, OH", "wdef": "Dayton, OH"}


def test_host_key_exact_domain_before_bare_label() -> None:
    assert outlet_city("abc-7", "com") == "Fort Myers, FL"
    assert outlet_city("abc7", "com") == "Los Angeles, CA"
    assert outlet_city("star-telegram", "com") == "Fort Worth, TX"  # hyphen dropped
    assert outlet_city("news-leader", "com") == "Springfield, MO"
    assert outlet_city("newsleader", "com") == "Staunton, VA"
    assert outlet_city("no-such-outlet", "com") is None


def _state_of(url: str) -> tuple[str, str] | None:
    ev = _Evidence()
    _outlet_evidence(get_gazetteer(), url, ev)
    return ev.outlet


@pytest.mark.parametrize(
    ("url", "state"),
    [
        ("https://www.wset.com/news/local/story", "Virginia"),
        ("https://m.wset.com/news/local/story", "Virginia"),  # a phone edition's subdomain
        ("https://web.archive.org/web/20160301000000/http://wset.com/news/x", "Virginia"),
        ("https://www.abc10.com/article/news/local/x/103-1", "California"),
        ("https://www.cbs19.tv/article/news/x", "Texas"),  # a station on .tv
        ("https://www.abc-7.com/story/1", "Florida"),
        ("https://www.nj.com/news/2016/01/x.html", "New Jersey"),
        ("https://www.theadvocate.com/baton_rouge/news/x", "Louisiana"),
        ("https://www.times-news.com/news/local/x.html", "Maryland"),  # Cumberland's
        ("https://www.timesreporter.com/news/x", "Ohio"),
    ],
)
def test_outlet_hosts_give_their_markets_state(url: str, state: str) -> None:
    assert _state_of(url) == ("US", state)


def test_outlet_chooses_the_namesake_of_its_market() -> None:
    # Danville, California (Sacramento's station) and Danville, Virginia (Lynchburg's)
    ev = event(DANVILLE, url="https://www.abc10.com/article/news/local/man-shot/103-1")
    assert (ev.location, ev.admin1) == ("Danville", "California")
    ev = event(DANVILLE, url="https://www.wset.com/news/local/man-shot")
    assert (ev.location, ev.admin1) == ("Danville", "Virginia")
    ev = event(COLUMBIA, url="https://www.abc17news.com/news/woman-killed")
    assert (ev.location, ev.admin1) == ("Columbia", "Missouri")


def test_outlet_does_not_override_the_state_the_text_writes() -> None:
    text = "A man was shot and wounded Friday night in Danville, Virginia, police said."
    ev = event(text, url="https://www.abc10.com/article/news/local/man-shot/103-1")
    assert (ev.location, ev.admin1) == ("Danville", "Virginia")
    text = "A woman was shot and killed Saturday in Columbia, South Carolina, police said."
    ev = event(text, url="https://www.abc17news.com/news/woman-killed")
    assert ev.admin1 == "South Carolina"


def _where(e: Event) -> tuple[str | None, str | None]:
    return e.location, e.admin1


def test_an_unknown_host_changes_nothing() -> None:
    for text in (DANVILLE, COLUMBIA):
        alone = _where(event(text))
        assert _where(event(text, url="https://www.example-news-site.com/news/x")) == alone
        assert _where(event(text, url="https://www.neighbourhood-gazette.org/x")) == alone


def test_call_sign_side() -> None:
    assert call_sign_side("wqzx") == "east"
    assert call_sign_side("kqzx13") == "west"
    assert call_sign_side("wqzxtv") == "east"
    # old signs that break the rule, three-letter signs, and longer names: no side
    assert call_sign_side("wfaa") == call_sign_side("kdka") == call_sign_side("wowt") == ""
    assert call_sign_side("wsj") == call_sign_side("weather") == ""
    assert state_side("Ohio") == "east" and state_side("Missouri") == "west"
    assert state_side("Minnesota") == state_side("Louisiana") == ""  # stations of both


def test_an_unknown_call_sign_chooses_a_namesake_on_its_side() -> None:
    ev = event(COLUMBIA, url="https://www.kqzx.com/news/woman-killed")  # K: west
    assert ev.admin1 == "Missouri"
    ev = event(COLUMBIA, url="https://www.wqzx.com/news/woman-killed")
    assert ev.admin1 == "South Carolina"
    ev = event(DANVILLE, url="https://www.wqzx.com/news/man-shot")  # W: east
    assert ev.admin1 == "Virginia"
    ev = event(DANVILLE, url="https://www.kqzx.com/news/man-shot")
    assert ev.admin1 == "California"


def test_a_call_sign_does_not_override_the_state_the_text_writes() -> None:
    text = "A woman was shot and killed Saturday in Columbia, South Carolina, police said."
    assert event(text, url="https://www.kqzx.com/news/woman-killed").admin1 == "South Carolina"
    text = "A man was shot and wounded Friday night in Danville, Calif., police said."
    assert event(text, url="https://www.wqzx.com/news/man-shot").admin1 == "California"


def test_a_call_sign_leaves_a_town_without_namesakes_alone() -> None:
    text = "A man was shot and wounded Friday night in Scottsdale, police said."
    assert event(text, url="https://www.wqzx.com/news/man-shot").admin1 == "Arizona"


def test_an_editions_subdomain_glued_city_is_its_city() -> None:
    assert _state_of("https://losangeles.cbslocal.com/2016/01/02/man-shot/") == (
        "US",
        "California",
    )
    assert _state_of("https://sanfrancisco.cbslocal.com/2016/01/02/x/") == ("US", "California")
    assert _state_of("https://pittsburgh.cbslocal.com/2016/01/02/x/") == ("US", "Pennsylvania")
    # a subdomain that is no place, or a section's: nothing
    assert _state_of("https://sports.example-network.com/x/") is None
    assert _state_of("https://mobile.example-network.com/x/") is None


def _home_of(url: str) -> tuple[tuple[str, str] | None, str]:
    """The outlet's state and the town it is read to be at home in ("" if none)."""
    g = get_gazetteer()
    ev = _Evidence()
    _outlet_evidence(g, url, ev)
    return ev.outlet, (g.name[ev.host_row] if ev.host_row >= 0 else "")


def test_a_statewide_outlet_gives_its_state_and_no_town() -> None:
    assert _home_of("https://www.al.com/news/2016/01/man_shot.html") == (("US", "Alabama"), "")
    assert _home_of("https://www.mlive.com/news/2016/01/x.html") == (("US", "Michigan"), "")
    # a metro station of the same state still gives its city
    assert _home_of("https://www.wbrc.com/story/123/x/") == (("US", "Alabama"), "Birmingham")


def test_a_statewide_outlets_town_edition_is_its_town() -> None:
    outlet, town = _home_of("https://framingham.wickedlocal.com/news/20160102/man-shot")
    assert outlet == ("US", "Massachusetts") and town == "Framingham"
    # a subdomain that is no town of the state: the state only
    assert _home_of("https://www.wickedlocal.com/news/20160102/man-shot") == (
        ("US", "Massachusetts"),
        "",
    )


def test_a_state_folder_then_a_town_of_it_is_that_town() -> None:
    outlet, town = _home_of("https://patch.com/illinois/evanston/man-shot-x")
    assert outlet == ("US", "Illinois") and town == "Evanston"
    outlet, town = _home_of("https://www.example-news.com/news/local/ohio/dayton/x")
    assert outlet == ("US", "Ohio") and town == "Dayton"
    # a folder after the state that is no town of it (a person's name): the state only
    assert _home_of("https://patch.com/illinois/john-smith/x") == (("US", "Illinois"), "")
    # a town of another state after the state: not that town
    outlet, town = _home_of("https://patch.com/illinois/scottsdale/x")
    assert outlet == ("US", "Illinois") and town == ""


def test_a_known_outlets_local_folder_names_a_small_town_of_its_state() -> None:
    outlet, town = _home_of("https://www.wbrc.com/story/news/local/pelham/2016/01/02/x/")
    assert outlet == ("US", "Alabama") and town == "Pelham"


def test_a_washington_desk_is_not_the_state() -> None:
    assert _home_of("https://www.example-news.com/politics/washington/x") == (None, "")
    assert _home_of("https://www.example-news.com/news/washington/x") == (None, "")
    # before a town of the state it is the state
    outlet, town = _home_of("https://www.example-news.com/news/washington/spokane/x")
    assert outlet == ("US", "Washington") and town == "Spokane"


def test_a_statewide_outlet_gives_no_nearby_town_bonus() -> None:
    # "Madison" bare in a statewide Alabama site: the state decides, Madison, Alabama
    text = "A man was shot and wounded Friday night in Madison, police said."
    assert event(text, url="https://www.al.com/news/2016/01/x.html").admin1 == "Alabama"


def test_a_folder_of_a_town_and_its_state_is_that_town() -> None:
    outlet, town = _home_of("https://www.example-news.com/news/houston-texas/x")
    assert outlet == ("US", "Texas") and town == "Houston"
    outlet, town = _home_of("https://www.example-news.com/news/dayton-oh/x")
    assert outlet == ("US", "Ohio") and town == "Dayton"
    # a person's name, or a town with another state's name: nothing of the kind
    assert _home_of("https://www.example-news.com/people/john-smith/x") == (None, "")
    assert _home_of("https://www.example-news.com/news/scottsdale-ohio/x") == (None, "")


LOUISVILLE = "https://www.whas11.com/news/local/boy-hurt/417-1"


def test_a_county_across_the_state_line_in_the_outlets_market() -> None:
    # Floyd County, Indiana is across the river from Louisville; Kentucky's is 250 km away
    text = "The Floyd County Sheriff's Department said a boy was shot in the arm on Sunday."
    ev = event(text, url=LOUISVILLE)
    assert (ev.admin2, ev.admin1) == ("Floyd County", "Indiana")


def test_a_county_across_the_line_not_against_the_state_the_text_names() -> None:
    # the text names the outlet's own state (and not the neighbour's): its Floyd County
    text = (
        "Kentucky State Police said a man was shot in Floyd County on Sunday. The Floyd "
        "County sheriff is investigating."
    )
    ev = event(text, url=LOUISVILLE)
    assert (ev.admin2, ev.admin1) == ("Floyd County", "Kentucky")
    text = "The Floyd County, Kentucky, sheriff said a man was shot on Sunday."
    assert event(text, url=LOUISVILLE).admin1 == "Kentucky"


def test_a_county_only_in_the_outlets_state_stays() -> None:
    # no namesake near Louisville across the line: the outlet's state, as before
    text = "The Hardin County sheriff said a man was shot on Sunday."
    assert event(text, url=LOUISVILLE).admin1 == "Kentucky"
    # and a station far from any state line keeps its own namesakes
    text = "The Floyd County sheriff said a man was shot on Sunday."
    ev = event(text, url="https://www.11alive.com/article/news/x/85-1")
    assert ev.admin1 == "Georgia"
