"""The demo corpus (examples/corpus, invented) end to end, against examples/expected.json.

This is what the README's main command runs on. The corpus holds copies, a rewrite, two
reports that disagree on a toll, two look-alike shootings in one city in one week, a non-event,
an HTML page full of boilerplate, a feed, text files with metadata headers and blog junk.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from newsfold import pipeline
from newsfold.records import Article, Event
from newsfold.store import Store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CORPUS = EXAMPLES / "corpus"
EXPECTED = json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))


class Demo:
    def __init__(self, store: Store) -> None:
        self.articles: list[Article] = list(store.iter_articles())
        self.rows = {r["id"]: r for r in store.iter_article_exports()}
        self.events: dict[str, Event] = {e.event_id: e for e in store.iter_events()}  # type: ignore[misc]

    def article(self, ref: str) -> Article:
        """An article by the corpus's reference: `file`, or `file#id` for records and items."""
        file, _, rid = ref.partition("#")
        if rid and file.endswith(".xml"):
            # feed items are read in order: the reader names them file#1, file#2, ...
            guids = re.findall(r"<guid[^>]*>([^<]+)</guid>", (CORPUS / file).read_text())
            rid = str(guids.index(rid) + 1)
        found = [
            a
            for a in self.articles
            if (rid and (a.id == rid or a.origin.endswith("#" + rid)))
            or (not rid and Path(a.origin.split("#")[0]).name.split(":")[0] == file)
        ]
        assert len(found) == 1, (ref, [a.origin for a in self.articles])
        return found[0]

    def event_of(self, ref: str) -> Event:
        return self.events[self.rows[self.article(ref).id]["event_id"]]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    with Store(db) as store:
        report = pipeline.run([str(CORPUS)], store, jobs=1)
        assert report.skipped == []
        assert report.new == EXPECTED["n_reports"]
        return Demo(store)


def test_every_report_of_an_event_shares_one_id_and_events_stay_apart(demo: Demo):
    ids: dict[str, set[str]] = defaultdict(set)
    for key, spec in EXPECTED["events"].items():
        for ref in spec["reports"]:
            ids[key].add(demo.event_of(ref).event_id)  # type: ignore[arg-type]
    for key, found in ids.items():
        assert len(found) == 1, f"{key} is split over {found}"
    everyone = [next(iter(v)) for v in ids.values()]
    assert len(set(everyone)) == len(everyone), "two events share an id"
    for non in EXPECTED["non_events"]:
        assert demo.event_of(non["report"]).event_id not in everyone


def test_event_records(demo: Demo):
    for key, spec in EXPECTED["events"].items():
        ev = demo.event_of(spec["reports"][0])
        assert (ev.event_type, ev.sub_event_type) == (spec["event_type"], spec["sub_event_type"]), (
            key
        )
        assert ev.country == spec["country"], key
        assert (ev.date_start, ev.date_end) == (spec["date_start"], spec["date_end"]), key
        tolls = spec["fatalities"]
        assert (ev.fatalities or 0) == tolls["best"], key
        assert (ev.fatalities_low or 0, ev.fatalities_high or 0) == (tolls["low"], tolls["high"]), (
            key
        )


def test_the_non_event_has_no_type(demo: Demo):
    for non in EXPECTED["non_events"]:
        assert demo.event_of(non["report"]).event_type is None


def test_copies_rewrites_and_shared_wire(demo: Demo):
    for dep in EXPECTED["dependence"]:
        if dep["kind"] == "wire":
            ids = {demo.article(ref).id for ref in dep["articles"]}
            event = demo.event_of(dep["articles"][0])
            assert any(
                d.kind == "wire" and d.via == dep["via"] and set(d.article_ids) == ids
                for d in event.dependence
            ), (dep, event.dependence)
            continue
        original = demo.article(dep.get("duplicate_of") or dep["rewrite_of"])
        row = demo.rows[demo.article(dep["article"]).id]
        assert row["duplicate_of"] == original.id, dep
        assert row["event_id"] == demo.rows[original.id]["event_id"]
    for ref in EXPECTED["independent_reports"]["not_duplicates"]:
        assert demo.rows[demo.article(ref).id]["duplicate_of"] is None, ref


def test_boilerplate_is_gone_and_the_article_stays(demo: Demo):
    for ref, spec in EXPECTED["clean_text"].items():
        text = demo.article(ref).text
        for junk in spec.get("must_not_contain", []):
            assert junk not in text, (ref, junk)
        for keep in spec.get("must_contain", []):
            assert keep in text, (ref, keep)
