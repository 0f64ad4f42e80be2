"""analyse/where: US counties as news writes them, abbreviated ("Tift Co. deputies") or listed
("Franklin County and Warren County"). Sentences and addresses written here; the counties are
real, the events invented."""

from __future__ import annotations

from newsfold.analyse import where
from newsfold.analyse.context import Context
from newsfold.analyse.gazetteer import get_gazetteer
from newsfold.analyse.nlp import get_nlp
from newsfold.analyse.where.scan import _scan
from newsfold.analyse.where.scanner import _Scanner, county_key
from newsfold.records import Article, Event


def event(text: str, title: str | None = None, url: str | None = None) -> Event:
    article = Article(id="t", text=text, title=title, url=url)
    ctx = Context(article=article, doc=get_nlp()(text), anchor=None)
    where.annotate(ctx)
    return ctx.event


def keys(text: str) -> list[str]:
    g = get_gazetteer()
    return [m.key for m in _scan(_Scanner(g, get_nlp()(text), text)) if m.ids]


# --------------------------------------------------------------------------- "Co." for County


def test_county_key_writes_the_abbreviation_out() -> None:
    assert county_key("tift co") == "tift county"
    assert county_key("fort bend co") == "fort bend county"
    assert county_key("co") == "co"  # a word alone is no county
    assert county_key("tift county") == "tift county"
    assert county_key("costa mesa") == "costa mesa"


def test_a_small_county_abbreviated_before_its_deputies_is_a_place() -> None:
    # the model reads "Tift Co." as a company; written out, "Tift County" was placed already
    ev = event("Tift Co. deputies said a man was shot Tuesday near a gas station.")
    assert (ev.admin1, ev.admin2) == ("Georgia", "Tift County")
    ev = event("Tift County deputies said a man was shot Tuesday near a gas station.")
    assert (ev.admin1, ev.admin2) == ("Georgia", "Tift County")
    ev = event("A man was shot Tuesday in rural Tift Co., deputies said.")
    assert (ev.admin1, ev.admin2) == ("Georgia", "Tift County")


def test_a_company_is_no_county() -> None:
    ev = event("A worker at Acme Co. was shot Tuesday in Dayton, Ohio.")
    assert (ev.admin1, ev.location) == ("Ohio", "Dayton")
    ev = event("A worker was shot Tuesday at a farm co-op, deputies said.")
    assert ev.admin1 is None


def test_a_headline_reads_the_abbreviation_too() -> None:
    ev = event("A man was shot Tuesday, deputies said.", "Tift Co. man shot")
    assert (ev.admin1, ev.admin2) == ("Georgia", "Tift County")
    ev = event("Add a location to your Tweets", "Harris Co Sheriff on Twitter")
    assert ev.admin1 == "Texas"
    ev = event("A worker was shot Tuesday in Dayton, Ohio.", "Acme Co. worker shot in Dayton")
    assert (ev.admin1, ev.location) == ("Ohio", "Dayton")


# --------------------------------------------------------------------------- listed counties


def test_the_last_of_two_counties_keeps_its_unit_word() -> None:
    # "Warren County" was cut to "Warren" (the town) with the list's whole run
    found = keys("Deputies from Franklin County and Warren County searched for a man Tuesday.")
    assert "franklin county" in found and "warren county" in found
    assert "warren" not in found
    found = keys("Officers from Tift County or Worth County answered the call.")
    assert "tift county" in found and "worth county" in found


def test_a_list_of_bare_names_still_sheds_a_trailing_unit_word() -> None:
    # "Franklin and Warren counties": no whole name after the "and"; the names stay apart
    found = keys("Deputies from Franklin and Warren counties searched for a man Tuesday.")
    assert "franklin" in found and "warren" in found
    # a single unknown name before its kind word sheds it as before
    assert keys("Shots were fired in Tifton City on Tuesday.") == ["tifton"]


# --------------------------------------------------------------------------- a county's office

CHARLOTTE_STATION = "https://www.wcnc.com/news/local/a-shooting/1234"


def test_a_county_s_jail_names_the_county_of_the_town() -> None:
    # a Charlotte station's story: Hot Springs, Arkansas (Garland County), not the small Hot
    # Springs of North Carolina near the station
    text = (
        "Police in Hot Springs said a man shot a teen Tuesday. He is held at the Garland County "
        "Detention Center."
    )
    ev = event(text, url=CHARLOTTE_STATION)
    assert (ev.admin1, ev.admin2) == ("Arkansas", "Garland County")


def test_a_jail_with_no_county_name_says_nothing() -> None:
    text = "Police in Hot Springs said a man shot a teen Tuesday. He is held at the county jail."
    ev = event(text, url=CHARLOTTE_STATION)
    assert ev.admin1 == "North Carolina"
