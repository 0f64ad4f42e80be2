"""Places of another incident the report recalls are not the event's place."""

from __future__ import annotations

from newsfold.analyse import analyse_many
from newsfold.analyse.gazetteer import get_gazetteer
from newsfold.analyse.where.headlines import _title_mentions
from newsfold.records import Article, Event


def _event(text: str, title: str = "Mine collapse") -> Event:
    article = Article(
        id="t", title=title, published="2025-07-16T10:00", url="https://x.example/a", text=text
    )
    return next(iter(analyse_many([article]))).event


def test_a_site_told_in_an_after_clause_of_another_incident_is_not_the_place() -> None:
    # "..., two weeks after five miners died at X": X is the earlier collapse's site
    ev = _event(
        "Seven miners were killed when a shaft caved in at a gold claim in Shamva district on "
        "Tuesday, less than two weeks after four miners died at Ngoma Ridge in neighbouring "
        "Mazowe."
    )
    assert ev.location != "Ngoma Ridge"
    assert ev.admin1 == "Mashonaland Central"


def test_the_same_site_told_as_this_events_place_stays() -> None:
    ev = _event(
        "Seven miners were killed on Tuesday when a shaft caved in at Ngoma Ridge, a gold claim "
        "in Shamva district, police said."
    )
    assert ev.location == "Ngoma Ridge"


def test_a_headline_place_weeks_after_which_is_recalled_is_no_place_of_it() -> None:
    g = get_gazetteer()
    recalled = _title_mentions(g, "Second building collapse kills six, weeks after Ikeja disaster")
    assert "Ikeja" not in [m.text for m in recalled]
    own = _title_mentions(g, "Ikeja building collapse kills six, weeks after the first")
    assert "Ikeja" in [m.text for m in own]
    # "after" alone is no recalled incident: "Curfew in Ikeja after clashes"
    after = _title_mentions(g, "Six killed after Ikeja building collapses")
    assert "Ikeja" in [m.text for m in after]


def test_a_town_told_in_an_after_clause_of_another_incident_is_not_the_place() -> None:
    ev = _event(
        "A building under construction collapsed on Friday in a Lagos suburb, killing six "
        "workers, three weeks after another collapse in Ikeja killed five people.",
        title="Building collapse",
    )
    assert ev.location != "Ikeja"
    assert ev.admin1 == "Lagos"


def test_a_lede_telling_only_an_earlier_time_recalls_the_past_not_the_scene() -> None:
    ev = _event(
        "Eight-year-old Sam Reed lost his father last year to gun violence in Chicago. On "
        "Monday night, he was shot at his home near Wheaton, deputies said. The boy died "
        "Tuesday.",
        title="Boy, 8, dies after shooting",
    )
    assert (ev.location, ev.admin1) == ("Wheaton", "Illinois")


def test_a_lede_telling_the_events_own_day_is_the_scene() -> None:
    ev = _event(
        "A boy was shot Monday night in Chicago, police said. He had moved there from Wheaton "
        "last summer.",
        title="Boy, 8, dies after shooting",
    )
    assert (ev.location, ev.admin1) == ("Chicago", "Illinois")


def test_a_recent_past_in_the_lede_is_no_other_time() -> None:
    # "last week" is the event's own week: no earlier time
    ev = _event(
        "A boy was shot last week in Chicago, and died on Tuesday. Police in Wheaton said a "
        "relative had bought the gun.",
        title="Boy, 8, dies after shooting",
    )
    assert (ev.location, ev.admin1) == ("Chicago", "Illinois")
