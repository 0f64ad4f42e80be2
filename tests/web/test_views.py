"""The pieces behind the pages: highlighting, sentences, the comparison, maps, queries, cache."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desk_sample import TOKEN, build_store
from fastapi.testclient import TestClient
from markupsafe import Markup

from newsfold.records import Article, Claim, Conflict, Dependence, Event
from newsfold.store import Store, queries
from newsfold.store.queries import EventFilter, fts_query
from newsfold.web import Settings, create_app, mapdraw, views


def _claim(text: str, span: str, field: str = "fatalities", value: object = 1, **kw: Any) -> Claim:
    start = text.index(span)
    return Claim(field=field, value=value, text=span, start=start, end=start + len(span), **kw)


def test_highlight_escapes_and_marks() -> None:
    text = "A <b>bold</b> claim: 3 killed & 2 hurt."
    claims = [_claim(text, "3 killed"), _claim(text, "<b>bold</b>", "actor1", "<i>x</i>")]
    html, marks = views.highlight(text, claims)
    assert isinstance(html, Markup)
    assert "&lt;b&gt;bold&lt;/b&gt;" in html and "<b>" not in html
    assert '<mark class="claim f-fatalities" id="c1" title="fatalities: 1">3 killed</mark>' in html
    assert 'title="actor1: &lt;i&gt;x&lt;/i&gt;"' in html
    assert "&amp; 2 hurt." in html
    assert [m.claim.field for m in marks] == ["actor1", "fatalities"]  # in text order
    assert all(m.placed and m.exact for m in marks)


def test_highlight_overlapping_and_misplaced_claims() -> None:
    text = "at least 11 people were killed on Friday"
    outer = _claim(text, "at least 11 people were killed")
    inner = _claim(text, "11 people", "count", 11)
    lost = Claim(field="quote", value="q", text="q", start=100, end=104)
    backwards = Claim(field="quote", value="q", text="q", start=5, end=2)
    html, marks = views.highlight(text, [outer, inner, lost, backwards])
    # the text survives intact, split at every boundary
    assert Markup(html).striptags() == text
    assert 'class="claim f-fatalities overlap"' in html
    assert sum(1 for m in marks if not m.placed) == 2
    assert html.count("<mark") == 3  # "at least ", "11 people", " were killed"


def test_highlight_discarded_claims_are_marked_as_such() -> None:
    text = "A 12-year-old boy was hurt."
    html, marks = views.highlight(
        text, [], [_claim(text, "12-year-old", "age", 12, attrs={"reason": "an age"})]
    )
    assert "discarded" in html and "not counted: an age" in html
    assert marks[0].discarded


def test_sentence_is_the_one_around_the_span() -> None:
    text = "First sentence here. The police said 4 people died. Last one."
    start = text.index("4 people")
    s = views.sentence(text, start, start + len("4 people"))
    assert s == Markup("The police said <mark>4 people</mark> died.")
    hostile = "Intro. <script>x</script> 2 dead."
    at = hostile.index("2 dead")
    assert "&lt;script&gt;" in views.sentence(hostile, at, at + 6)


def test_show_value() -> None:
    assert views.show_value(11, 11, None) == "11 (11 or more)"
    assert views.show_value(12, 12, 12) == "12"
    assert views.show_value(12.0, 11, 13) == "12 (11–13)"
    assert views.show_value(None, None, 10) == "— (up to 10)"


def _reports() -> tuple[Event, list[Article]]:
    five = "Five people died in Ely on Monday."
    a = Article(id="a", text=five, source="A", published="2020-01-02")
    b = Article(id="b", text=five, source="B", published="2020-01-03")
    c = Article(id="c", text="Three people died in Ely.", source="C", published="2020-01-03")
    claims = [
        _claim(a.text, "Five people died", value=5, article_id="a"),
        _claim(b.text, "Five people died", value=5, article_id="b"),
        _claim(c.text, "Three people died", value=3, article_id="c"),
        _claim(a.text, "Ely", "location", "Ely", article_id="a"),
        _claim(c.text, "Ely", "location", "Ely", article_id="c"),
        _claim(a.text, "on Monday", "event_date", "2020-01-01", article_id="a"),
    ]
    event = Event(
        event_id="e",
        article_ids=["a", "b", "c"],
        claims=claims,
        conflicts=[
            Conflict("fatalities", False, [{"value": 5, "sources": ["A", "B"]}, {"value": 3}])
        ],
        dependence=[Dependence(["a", "b"], "wire", via="AFP")],
        event_date="2020-01-01",
    )
    return event, [a, b, c]


def test_compare_rows_and_support() -> None:
    event, articles = _reports()
    reports, rows = views.compare(event, articles, [])
    by_field = {r.field: r for r in rows}
    assert [r.field for r in rows] == ["event_date", "location", "fatalities"]
    assert by_field["fatalities"].status == "conflict"
    assert by_field["location"].status == "agree"
    assert by_field["event_date"].status == "single"
    five = by_field["fatalities"].cells[0][0]
    three = by_field["fatalities"].cells[2][0]
    # a and b share the AFP wire: one origin, not a confirmation
    assert five.support == "one origin" and three.support == "single source"
    assert five.value_class == 0 and three.value_class == 1
    assert reports[0].wire == ["AFP"] and reports[0].origin_group == reports[1].origin_group


def test_compare_uses_the_reconcilers_support_when_given() -> None:
    event, articles = _reports()
    event.claims[2].attrs["support"] = "confirmed"
    _, rows = views.compare(event, articles, [])
    assert next(r for r in rows if r.field == "fatalities").cells[2][0].support == "confirmed"


def test_dependence_graph_and_timeline() -> None:
    event, articles = _reports()
    rewrite = {"article_id": "c", "duplicate_of": "a", "kind": "rewrite"}
    nodes, edges = views.dependence_graph(event, articles, [rewrite])
    assert {n.kind for n in nodes} == {"article", "wire"}
    assert sorted(e.kind for e in edges) == ["rewrite", "wire", "wire"]
    line = views.timeline(event, articles)
    assert len(line.points) == 3 and line.span is not None
    assert line.span[0] < line.points[0]["x"]


def test_world_outlines() -> None:
    countries = mapdraw.countries()
    assert len(countries) > 150
    names = {c.name for c in countries}
    assert {"France", "Venezuela", "Kenya"} <= names
    svg, etag = mapdraw.world_svg()
    assert svg.count("<path") == len(countries) and etag.startswith('"')
    view = mapdraw.fit((2.0, 44.0, 6.0, 47.0))
    assert view.width == 2 * view.height and view.x >= -180 and view.x + view.width <= 180
    assert mapdraw.fit(None).viewbox == "-180.000 -90.000 360.000 180.000"


def test_fts_query_is_quoted() -> None:
    assert fts_query('clash "Caracas" OR NEAR(a') == '"clash" "Caracas" "OR" "NEAR" "a"'
    assert fts_query("marac*") == '"marac"*'
    assert fts_query("  ") is None and fts_query(None) is None


def test_queries_on_the_sample(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    build_store(path, n_filler=500)
    with Store(path) as store:
        # an event opened by grouping but not reconciled yet is not listed
        store.assign([("protest-1", "ev_unreconciled", None, None)], None)
        everything = queries.list_events(store, EventFilter(per_page=200))
        assert everything.total == 503
        assert "ev_unreconciled" not in {e["event_id"] for e in everything.items}
        # many events: the map groups them on a grid; few: one mark each
        marks = queries.map_points(
            store, EventFilter(), everything.extent, located=everything.located
        )
        assert marks.cells and not marks.points
        assert sum(c["n"] for c in marks.cells) == everything.located
        kenya = EventFilter(country="Kenya")
        page = queries.list_events(store, kenya)
        few = queries.map_points(store, kenya, page.extent, located=page.located)
        assert [p["event_id"] for p in few.points] == ["ev_protest"]
        every = list(queries.iter_filtered_events(store, EventFilter(event_type="Riots")))
        assert [e.event_id for e in every] == ["ev_xss"]


def test_cache_sees_new_data(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    build_store(path, n_filler=0)
    app = create_app(Settings(db_path=path, token=TOKEN))
    with TestClient(app) as client:
        assert client.get("/api/events").json()["total"] == 3
        with Store(path) as store:  # another connection writes, as an ingest or a run would
            new = Event(event_id="ev_new", event_date="2024-01-01", country="Chile")
            store.save_events([new], None)
        body = client.get("/api/events").json()
        assert body["total"] == 4 and body["items"][0]["event_id"] == "ev_new"
        assert "Chile" in {f["value"] for f in client.get("/api/facets").json()["country"]}


def test_the_events_page_is_kept_rendered_until_the_data_changes(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    build_store(path, n_filler=0)
    app = create_app(Settings(db_path=path, token=TOKEN))
    with TestClient(app) as client:
        first = client.get("/events?country=Chile")
        assert first.status_code == 200 and "ev_late" not in first.text
        assert client.get("/events?country=Chile").text == first.text
        with Store(path) as store:
            late = Event(event_id="ev_late", event_date="2024-02-01", country="Chile")
            store.save_events([late], None)
        assert "ev_late" in client.get("/events?country=Chile").text
        # another query is another page
        assert client.get("/events?country=Peru").text != first.text
