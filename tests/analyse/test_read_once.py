"""Readings of an article that several rules share are made once per article, not once per
rule that asks (issue 3, the speed goal): each test counts the calls of one such reading over
the analysis of an invented article."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from newsfold.analyse import analyse
from newsfold.analyse.context import TimeMention
from newsfold.analyse.counts.readings import Reading
from newsfold.analyse.nlp import get_nlp
from newsfold.records import Article

SCENE = (
    "MILLBROOK, Ohio (AP) — Deputies were called to a home on Cedar Road in Millbrook late "
    "Saturday after a man was shot and killed there, the sheriff's office said. A second man "
    "was wounded. Officers arrested a suspect at 1 a.m. Sunday."
)


def _count_calls(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[tuple[Any, ...]]:
    """Wrap `module.name` so that each call's arguments go into the list handed back."""
    calls: list[tuple[Any, ...]] = []
    original: Callable[..., Any] = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_the_leads_verbs_are_read_once_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """`where.event_place._lead_verbs` serves the event's sentences and the sentences that
    send police somewhere alike."""
    from newsfold.analyse.where import event_place

    calls = _count_calls(monkeypatch, event_place, "_lead_verbs")
    analyse(Article(id="lead-verbs", text=SCENE, published="2024-03-04"))
    assert len(calls) == 1


def _us_row(name: str, state: str) -> int:
    from newsfold.analyse.gazetteer import get_gazetteer, name_key

    g = get_gazetteer()
    return next(r for r in g.lookup_key(name_key(name)) if g.cc[r] == "US" and g.admin1[r] == state)


def test_a_small_towns_usps_town_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """`where.city_parts._town_beside_dateline` reads a small place's USPS town
    (`_postal_town`) for its small-town test and not again at its last test: Shively, a
    small place beside Louisville that the USPS list gives no town of its own name."""
    from newsfold.analyse.gazetteer import get_gazetteer
    from newsfold.analyse.where import city_parts

    g = get_gazetteer()
    shively, louisville = _us_row("Shively", "Kentucky"), _us_row("Louisville", "Kentucky")
    assert 0 < g.population[shively] <= city_parts.SMALL_POSTAL_TOWN
    calls = _count_calls(monkeypatch, city_parts, "_postal_town")
    assert not city_parts._town_beside_dateline(g, shively, louisville)
    assert len(calls) == 1


def _two_readings(value: int) -> list[Reading]:
    return [
        Reading("fatalities", value, value, value, 0, 10, "number"),
        Reading("fatalities", value, value, value, 0, 10, "implied"),
    ]


def test_the_gunman_among_a_list_of_the_aged_is_read_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`counts.people._count_the_aged` recounts each reading that reads fewer than a list's
    ages, and asks once, not per reading, whether the list names the gunman too
    (`_shooter_among_the_aged`, a pass over the Doc)."""
    from newsfold.analyse.counts import people

    text = (
        "A deputy shot his wife and two sons. Police found the bodies of Amy Ross, 30, Ben "
        "Ross, 6, and deputy Carl Ross, 35, on Sunday."
    )
    doc = get_nlp()(text)
    ross = next(t for t in doc if t.text == "Amy")
    name = ross.head if ross.dep_ == "compound" else ross
    ages = people._ages_in_a_name_list(name)
    assert [a.text for a in ages] == ["30", "6", "35"]
    calls = _count_calls(monkeypatch, people, "_shooter_among_the_aged")
    readings = _two_readings(1)
    people._count_the_aged(readings, name)
    assert [r.value for r in readings] == [3, 3]
    assert len(calls) == 1
    # nothing to recount: the Doc is not read
    people._count_the_aged(_two_readings(3), name)
    assert len(calls) == 1


def test_a_self_inflicted_death_is_read_from_the_cached_sentences() -> None:
    """`counts.combine._self_inflicted_besides_the_dead` reads the death's sentence from the
    Doc's sentences and text (`what.sentences`), with what `Token.sent` would give: the
    father's death told as self-inflicted, after a woman and her two children, is the
    suspect's."""
    from newsfold.analyse.counts import combine
    from newsfold.analyse.what.sentences import sentences

    text = (
        "A woman and her two children were found dead in a home on Birch Lane. The father was "
        "found in the garage with a self-inflicted gunshot wound."
    )
    doc = get_nlp()(text)
    assert len(sentences(doc)[0]) == 2
    father = next(t for t in doc if t.text == "father")
    victims = Reading("fatalities", 3, 3, 3, 0, 40, "number", sent=0)
    victims.referents = [("indefinite", "", "", "woman"), ("definite", "", "", "child")]
    his = Reading("fatalities", 1, 1, 1, 80, 90, "implied", sent=1, trigger=father.i)
    his.referents = [("definite", "", "", "father")]
    combine._self_inflicted_besides_the_dead([victims, his], doc)
    assert (victims.group, his.group) == ("victims", "suspect")
    # not told as self-inflicted: his death stays a victim's
    plain = get_nlp()(text.replace("a self-inflicted gunshot wound", "a gunshot wound"))
    his.group = "victims"
    combine._self_inflicted_besides_the_dead([victims, his], plain)
    assert his.group == "victims"


class _CountedTimes(list[TimeMention]):
    """A list of time mentions that counts how often it is read through."""

    reads = 0

    def __iter__(self) -> Iterator[TimeMention]:
        self.reads += 1
        return super().__iter__()


def _mention(text: str, start: dt.date, end: dt.date, precision: int) -> TimeMention:
    return TimeMention(text, 0, len(text), start, end, precision)


def test_the_texts_days_are_read_only_for_a_reading_with_a_period() -> None:
    """`counts.other_events._a_period_before_the_day` reads the text's event days (all its
    time mentions) only when the reading's own mentions hold a month or longer; a month
    that ends before the event's day is another incident's, one that does not is not."""
    from newsfold.analyse.counts.other_events import _a_period_before_the_day

    sunday = _mention("on Sunday", dt.date(2024, 3, 10), dt.date(2024, 3, 10), 1)
    times = _CountedTimes([sunday])
    assert _a_period_before_the_day([sunday], times) is None
    assert times.reads == 0
    february = _mention("last month", dt.date(2024, 2, 1), dt.date(2024, 2, 29), 3)
    assert _a_period_before_the_day([february], times) is february
    assert times.reads == 1
    march = _mention("this month", dt.date(2024, 3, 1), dt.date(2024, 3, 31), 3)
    assert _a_period_before_the_day([march], times) is None


def test_the_headline_is_read_once_and_its_event_changed_only_in_a_copy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`counts.article._headline_context` parses and reads the headline once per article and
    shares it with every fallback; the death `_with_a_death` adds to a headline that names
    one tied to no one goes into the caller's copy (`_headline_tolls`), not the shared one."""
    from newsfold.analyse import counts, when
    from newsfold.analyse.context import Context
    from newsfold.analyse.counts import article as counts_article

    text = "A man was shot on Elm Street in Riverton on Friday night, police said."
    title = "Police investigate deadly shooting in Riverton"
    calls = _count_calls(monkeypatch, counts_article, "_read_headline")
    ctx = Context(
        article=Article(id="head", text=text, title=title, published="2024-03-09"),
        doc=get_nlp()(text),
        anchor=dt.date(2024, 3, 9),
    )
    when.annotate(ctx)
    counts.annotate(ctx)
    # (the headline's own reading asks for a headline of its own too: it has none)
    assert [c for c in calls if c[0] is ctx] == [(ctx,)]
    assert ctx.event.fatalities == 1
    head = ctx.notes[counts_article.HEAD_NOTE]
    assert head is not None and head.event.fatalities is None
    # the fallbacks that only read it share it, not a copy each
    assert counts_article._headline_context(ctx) is head
