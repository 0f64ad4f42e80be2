"""analyse/where: a town's name read whole through the lower-case words, apostrophes and
abbreviation points it holds ("Lake in the Hills", "Sewall's Point", "Coeur d'Alene", "Sault
Ste. Marie"), only as the gazetteer writes it. Sentences written here; the towns are real, the
events invented."""

from __future__ import annotations

import pytest

from newsfold.analyse import analyse
from newsfold.analyse.gazetteer import get_gazetteer
from newsfold.analyse.nlp import get_nlp
from newsfold.analyse.where.scanner import _case_shape, _Scanner
from newsfold.records import Article


def _place(text: str) -> tuple[str | None, str | None]:
    ev = analyse(Article(id="t", text=text)).event
    return ev.location, ev.admin1


def _runs(text: str) -> list[str]:
    sc = _Scanner(get_gazetteer(), get_nlp()(text), text)
    return [sc.span_text(a, b) for a, b in sc.runs()]


@pytest.mark.parametrize(
    ("town", "state"),
    [
        ("Lake in the Hills", "Illinois"),
        ("Sewall's Point", "Florida"),
        ("Angola on the Lake", "New York"),
        ("Coeur d'Alene", "Idaho"),
        ("Sault Ste. Marie", "Ontario"),  # the larger of the two, no state said
        ("Town 'n' Country", "Florida"),
    ],
)
def test_a_town_with_inner_words_is_read_whole(town: str, state: str) -> None:
    text = f"Deputies said a delivery driver was shot twice in {town} late on Tuesday."
    assert town in _runs(text)
    assert _place(text) == (town, state)


def test_a_whole_name_beats_the_towns_inside_it() -> None:
    # "Angola" (the country) and "Lake" are no places of this text
    text = "Officers found a wounded cyclist near a marina in Angola on the Lake on Sunday."
    assert "Angola on the Lake" in _runs(text)
    assert _place(text) == ("Angola on the Lake", "New York")


def test_lower_case_words_are_no_name() -> None:
    # the words of a name written as common words stay common words
    text = "Hikers said the lake in the hills above town froze early; a man was shot in Peoria."
    assert "Lake in the Hills" not in " ".join(_runs(text))
    assert _place(text)[0] == "Peoria"


def test_a_possessive_with_no_such_town_stays_apart() -> None:
    # no town "Quimby's Point": the possessive still ends the run; a street keeps its name
    runs = _runs("A man was shot at Quimby's Point in Lakeland, Florida, on Friday.")
    assert "Quimby's Point" not in runs
    runs = _runs("A man was shot on Peter's Point Road in Lakeland, Florida, on Friday.")
    assert "Peter's Point Road" not in runs
    assert _place("A man was shot on Peter's Point Road in Lakeland, Florida, on Friday.") == (
        "Lakeland",
        "Florida",
    )


def test_a_shouted_run_is_not_read_through() -> None:
    # all capitals show no case: no lower-case word is read into a name there
    assert _case_shape("Lake in the Hills") == (True, False, False, True)
    assert _case_shape("Coeur d'Alene") == (True, True)
    assert "Angola on the Lake" not in _runs("SIGNS READ ANGOLA on the Lake in big letters.")


def _matched(text: str) -> list[str]:
    sc = _Scanner(get_gazetteer(), get_nlp()(text), text)
    return [sc.span_text(a, b) for run in sc.runs() for a, b, _, _ in sc.matches(run)]


def test_a_shouted_slogan_s_last_noun_is_no_town() -> None:
    # "Peace" and "Violence" are names of places somewhere; after THE in capitals, words
    assert "PEACE" not in _matched("Marchers held signs saying KEEP THE PEACE on Main Street.")
    assert "VIOLENCE" not in _matched("The crowd chanted END THE VIOLENCE outside city hall.")
    # not a town's name said after a preposition, nor one whose name holds the article
    assert "DAYTON" in _matched("Residents read MAN SHOT IN DAYTON on the front page.")
    assert "THE DALLES" in _matched("A banner read SHOOTING IN THE DALLES over the photo.")
