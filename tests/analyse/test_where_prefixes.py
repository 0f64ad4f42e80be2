"""analyse/where: the model's entity cut at a spaced dash ("MIAMI - A Homestead" is no
organisation: the dateline and the resident's town stay places), and an English prefix hyphened
to a name ("Ex-Gainesville deputy") no part of the town's name. Sentences written here; the
towns are real, the events invented."""

from __future__ import annotations

from newsfold.analyse import analyse
from newsfold.analyse.gazetteer import get_gazetteer
from newsfold.analyse.nlp import get_nlp
from newsfold.analyse.where.headlines import _unprefixed
from newsfold.analyse.where.scanner import _Scanner
from newsfold.records import Article


def _place(text: str, title: str | None = None) -> tuple[str | None, str | None]:
    ev = analyse(Article(id="t", text=text, title=title)).event
    return ev.location, ev.admin1


def _scanner(text: str) -> _Scanner:
    return _Scanner(get_gazetteer(), get_nlp()(text), text)


def test_a_dateline_with_a_resident_s_town_is_placed() -> None:
    # the model reads "MIAMI - A Homestead" as one organisation; the dateline still places it
    text = "MIAMI - A Homestead man was shot and wounded in a parking lot on Friday, police said."
    assert _place(text) == ("Miami", "Florida")


def test_an_entity_stops_at_a_spaced_dash_not_at_a_hyphen() -> None:
    sc = _scanner("MIAMI - A Homestead man was shot and wounded in a parking lot on Friday.")
    dash, town = sc.tok.index("-"), sc.tok.index("Homestead")
    assert sc.spaced_dash(dash)
    assert sc.ent_bounds(town)[0] > dash  # the model's "MIAMI - A Homestead" ORG, cut
    assert sc.ent_bounds(0)[1] <= dash
    sc = _scanner("A man was shot in Wilkes-Barre on Friday.")
    assert not sc.spaced_dash(sc.tok.index("Barre") - 1)  # "Wilkes-Barre": one name


def test_a_prefix_hyphened_to_a_town_in_a_headline() -> None:
    text = "A former deputy was charged on Monday with shooting a man during a traffic stop."
    assert _place(text, "Ex-Gainesville deputy charged in shooting") == (
        "Gainesville",
        "Florida",
    )


def test_unprefixed_keeps_hyphened_names() -> None:
    assert _unprefixed("Ex-Gainesville", 0) == ("Gainesville", 3)
    assert _unprefixed("Mid-Ohio", 4) == ("Ohio", 8)
    assert _unprefixed("Sedro-Woolley", 0) == ("Sedro-Woolley", 0)  # a town's own name
    assert _unprefixed("Ex-con", 0) == ("Ex-con", 0)  # no name after the prefix
    assert _unprefixed("Winston-Salem", 2) == ("Winston-Salem", 2)


def test_a_prefix_in_the_text_opens_no_run() -> None:
    sc = _scanner("An Ex-Gainesville deputy was charged on Monday.")
    names = [sc.span_text(i, j) for i, j in sc.runs()]
    assert "Gainesville" in names and "Ex-Gainesville" not in names
    sc = _scanner("The Wilkes-Barre police chief spoke on Monday.")
    assert "Wilkes-Barre" in [sc.span_text(i, j) for i, j in sc.runs()]


# ------------------------------------------------ a town of its own inside a big city's radius


def test_a_postal_town_beside_a_big_city_is_its_own_town() -> None:
    # Chelsea, Massachusetts, lies within Boston's radius but is a city of its own
    text = "A man was shot and wounded on Friday night in Chelsea, police said."
    ev = analyse(Article(id="t", text=text, url="https://www.bostonglobe.com/metro/x/")).event
    assert (ev.location, ev.admin1) == ("Chelsea", "Massachusetts")


def test_a_big_city_s_neighbourhood_is_still_the_city() -> None:
    # a Chicago neighbourhood has no postal town of its own: Chicago
    text = "A man was shot and wounded on Friday night in Brighton Park, police said."
    ev = analyse(Article(id="t", text=text, url="https://www.chicagotribune.com/news/x/")).event
    assert (ev.location, ev.admin1) == ("Chicago", "Illinois")


def test_a_new_york_neighbourhood_keeps_its_borough() -> None:
    # Astoria's mail goes to "Astoria", but it is a part of the city, no town of its own
    text = "A man was shot and wounded on Friday night in Astoria, police said."
    ev = analyse(Article(id="t", text=text, url="https://www.nydailynews.com/new-york/x/")).event
    assert ev.location in ("Queens", "New York City") and ev.admin1 == "New York"
