"""Readings of an article that several rules share are made once per article, not once per
rule that asks (issue 3, the speed goal): each test counts the calls of one such reading over
the analysis of an invented article."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from newsfold.analyse import analyse
from newsfold.records import Article

SCENE = (
    "MILLBROOK, Ohio (AP) — Deputies were called to a home on Cedar Road in Millbrook late "
    "Saturday after a man was shot and killed there, the sheriff's office said. A second man "
    "was wounded. Officers arrested a suspect at 1 a.m. Sunday."
)


def _count_calls(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    """Wrap `module.name` so that each call is counted in the list handed back."""
    calls: list[int] = []
    original: Callable[..., Any] = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
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
