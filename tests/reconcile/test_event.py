from __future__ import annotations

from newsfold.reconcile import reconcile
from newsfold.records import Dependence

from .helpers import claim, report


def _run(pairs, assignments=None):
    articles = [p[0] for p in pairs]
    analyses = [p[1] for p in pairs]
    rows = assignments or [
        {"article_id": a.id, "duplicate_of": None, "kind": None} for a in articles
    ]
    return reconcile("ev_test", articles, analyses, rows)


PLACE = dict(
    country="Honduras",
    iso3="HND",
    admin1="Francisco Morazan",
    admin2=None,
    latitude=14.08,
    longitude=-87.21,
)


def test_tolls_conflict_and_shared_wire():
    a = report(
        "a",
        source="ledger.example",
        fatalities=12,
        fatalities_low=12,
        fatalities_high=12,
        event_date="2024-03-14",
        date_start="2024-03-12",
        date_end="2024-03-14",
        time_precision=1,
        location="Los Pinos",
        geo_precision=2,
        event_type="Battles",
        sub_event_type="Armed clash",
        **PLACE,
        claims=[
            claim("fatalities", 12, "a dozen people", low=12, high=12),
            claim("deployed", 800, "around 800 security personnel"),
            claim("attribution", "Meridian Wire", "according to Meridian Wire"),
            claim(
                "quote",
                "We control the area but snipers may remain",
                attrs={"channel": "Meridian Wire", "kind": "direct"},
            ),
        ],
    )
    b = report(
        "b",
        source="blog.example",
        published=None,
        fatalities=11,
        fatalities_low=11,
        event_type="Battles",
        sub_event_type="Armed clash",
        location="Tegucigalpa",
        geo_precision=1,
        **PLACE,
        claims=[
            claim("fatalities", 11, "more than 10 people", low=11),
            claim("deployed", 800, "Some 800 security personnel"),
            claim(
                "quote",
                "authorities now control the area, snipers may remain",
                attrs={"channel": "Meridian Wire", "kind": "indirect"},
            ),
            claim("kidnapped", 5, "freed five kidnapped residents"),
        ],
    )
    event = _run([a, b])

    assert (event.fatalities, event.fatalities_low, event.fatalities_high) == (12, 11, 12)
    conflict = next(c for c in event.conflicts if c.field == "fatalities")
    assert conflict.compatible
    assert {tuple(v["sources"]) for v in conflict.values} == {
        ("ledger.example",),
        ("blog.example",),
    }
    # both draw on the same agency: one origin
    assert Dependence(["a", "b"], "wire", "Meridian Wire") in event.dependence
    assert event.n_sources == 2 and event.n_independent_sources == 1
    # the most precise place: the named district, with its city's coordinates
    assert event.location == "Los Pinos" and event.geo_precision == 2
    assert (event.date_start, event.date_end, event.event_date) == (
        "2024-03-12",
        "2024-03-14",
        "2024-03-14",
    )
    deployed = [c for c in event.claims if c.field == "deployed"]
    assert all(c.attrs["n_reports"] == 2 for c in deployed)
    assert all(c.attrs["support"] == "one origin" for c in deployed)
    quotes = [c for c in event.claims if c.field == "quote"]
    assert all(c.attrs["n_reports"] == 2 for c in quotes)
    kidnapped = next(c for c in event.claims if c.field == "kidnapped")
    assert kidnapped.attrs["support"] == "single source"
    assert "12" in event.notes and "Los Pinos" in event.notes


def test_independent_confirmation_and_incompatible_tolls():
    a = report(
        "a",
        source="one.example",
        fatalities=3,
        country="Kenya",
        location="Nakuru",
        admin1="Nakuru",
        geo_precision=1,
        claims=[claim("fatalities", 3, "three people were killed")],
    )
    b = report(
        "b",
        source="two.example",
        fatalities=5,
        country="Kenya",
        location="Nakuru",
        admin1="Nakuru",
        geo_precision=1,
        claims=[claim("fatalities", 5, "five people were killed")],
    )
    c = report(
        "c",
        source="three.example",
        fatalities=3,
        country="Kenya",
        location="Nakuru",
        admin1="Nakuru",
        geo_precision=1,
        claims=[claim("fatalities", 3, "three dead")],
    )
    event = _run([a, b, c])
    conflict = next(x for x in event.conflicts if x.field == "fatalities")
    assert not conflict.compatible
    assert event.fatalities == 3 and (event.fatalities_low, event.fatalities_high) == (3, 5)
    three = [x for x in event.claims if x.field == "fatalities" and x.value == 3]
    assert all(x.attrs["support"] == "confirmed" for x in three)
    assert event.n_independent_sources == 3
    assert not [x for x in event.conflicts if x.field == "location"]


def test_copies_count_once():
    a = report("a", source="one.example", fatalities=2, country="Peru")
    b = report("b", source="two.example", fatalities=2, country="Peru")
    rows = [
        {"article_id": "a", "duplicate_of": None, "kind": None},
        {"article_id": "b", "duplicate_of": "a", "kind": "copy"},
    ]
    event = _run([a, b], rows)
    assert Dependence(["a", "b"], "copy", None) in event.dependence
    assert event.n_independent_sources == 1 and event.n_sources == 2
    assert event.fatalities == 2


def test_no_toll_no_place():
    event = _run([report("a", source="x.example")])
    assert event.fatalities is None and event.country is None and event.conflicts == []
    assert event.notes


def test_an_undated_report_is_dated_from_its_event_s_latest_publication():
    dated = report(
        "a",
        source="one.example",
        published="2021-07-10",
        event_date="2021-07-07",
        date_start="2021-07-07",
        date_end="2021-07-09",
        time_precision=1,
        claims=[claim("date_start", "2021-07-07", "since Wednesday")],
    )
    undated = report(
        "b",
        source="two.example",
        published=None,
        claims=[
            claim(
                "date_start",
                None,
                "began on Wednesday",
                attrs={"unresolved": True, "relative": {"weekday": 2}},
            ),
            claim(
                "event_date",
                None,
                "on Friday",
                attrs={"unresolved": True, "relative": {"weekday": 4}},
            ),
        ],
    )
    event = _run([dated, undated])
    resolved = {c.text: c for c in event.claims if c.article_id == "b"}
    assert resolved["began on Wednesday"].value == "2021-07-07"
    assert resolved["on Friday"].value == "2021-07-09"
    assert resolved["on Friday"].attrs["anchor"] == "2021-07-10"
    assert resolved["on Friday"].attrs["anchor_from"] == "a"
    assert (event.date_start, event.date_end, event.event_date) == (
        "2021-07-07",
        "2021-07-09",
        "2021-07-07",
    )
    assert not [c for c in event.conflicts if c.field == "event_date"]


def test_undated_reports_alone_stay_undated():
    undated = report(
        "b",
        source="two.example",
        published=None,
        claims=[
            claim(
                "event_date",
                None,
                "on Friday",
                attrs={"unresolved": True, "relative": {"weekday": 4}},
            )
        ],
    )
    event = _run([undated])
    assert event.event_date is None and event.date_start is None
    assert next(c for c in event.claims if c.field == "event_date").value is None


def test_one_outlet_s_follow_up_is_not_independent_confirmation():
    first = report("a", source="valley.example", published="2024-03-15", fatalities=1)
    update = report("b", source="valley.example", published="2024-03-16", fatalities=1)
    other = report("c", source="coast.example", published="2024-03-16", fatalities=1)
    event = _run([first, update, other])
    assert Dependence(["a", "b"], "wire", "valley.example") in event.dependence
    assert (event.n_sources, event.n_independent_sources) == (2, 2)
    assert "shared source: valley.example" in event.notes
    # never more independent sources than sources
    alone = _run([first, update])
    assert (alone.n_sources, alone.n_independent_sources) == (1, 1)


def test_a_conflict_quotes_the_span_that_states_each_count_first():
    a = report(
        "a",
        source="one.example",
        injuries=4,
        claims=[
            claim("injuries", 1, "a woman was wounded"),
            claim("injuries", 4, "four people were injured"),
            claim("injuries", 0, "the gunman was shot"),
        ],
    )
    b = report(
        "b",
        source="two.example",
        injuries=2,
        claims=[claim("injuries", 1, "one man hurt"), claim("injuries", 2, "two people hurt")],
    )
    event = _run([a, b])
    conflict = next(c for c in event.conflicts if c.field == "injuries")
    texts = {v["value"]: v["text"] for v in conflict.values}
    assert texts[4][0] == "four people were injured"
    assert texts[2] == ["two people hurt", "one man hurt"]
    assert "\u201cfour people were injured\u201d; \u201ctwo people hurt\u201d" in event.notes
    assert "a woman was wounded" not in event.notes


def test_notes_count_in_the_singular_and_name_an_untyped_incident_plainly():
    event = _run(
        [
            report(
                "a",
                source="x.example",
                event_date="2024-03-14",
                fatalities=1,
                injuries=1,
                country="Peru",
                location="Cusco",
                admin1="Cusco",
            )
        ]
    )
    assert event.notes.startswith(
        "On 14 March 2024, an incident of no recognised event type was reported in Cusco (Peru)."
    )
    assert "1 fatality reported. 1 person injured." in event.notes


def test_an_outlet_repeating_itself_does_not_confirm_a_claim():
    first = report("a", source="valley.example", claims=[claim("deployed", 300, "300 officers")])
    update = report(
        "b",
        source="valley.example",
        published="2024-03-16",
        claims=[claim("deployed", 300, "some 300 officers")],
    )
    event = _run([first, update])
    deployed = [c for c in event.claims if c.field == "deployed"]
    assert {c.attrs["support"] for c in deployed} == {"one origin"}
    assert {c.attrs["n_independent"] for c in deployed} == {1}


def test_notes_agree_with_unidentified_actors():
    event = _run(
        [
            report(
                "a",
                source="x.example",
                event_date="2024-03-14",
                event_type="Strategic developments",
                sub_event_type="Arrests",
                country="Peru",
            )
        ]
    )
    assert event.notes.startswith("On 14 March 2024, Unidentified actors were involved in arrests")


def test_a_report_crediting_another_reports_outlet_is_not_independent_of_it():
    """ "According to the Lakeside Herald" in a station's story: its details come from the
    Herald's own report in the event (the credit is the name, the other source its host)."""
    herald = report("h", source="lakesideherald.com", event_date="2024-03-14")
    station = report(
        "s",
        source="kxyz.com",
        event_date="2024-03-15",
        claims=[claim("attribution", "Lakeside Herald", "according to the Lakeside Herald")],
    )
    other = report("o", source="valleynews.co.uk", event_date="2024-03-14")
    event = _run([herald, station, other])
    assert Dependence(article_ids=["h", "s"], kind="wire", via="Lakeside Herald") in (
        event.dependence
    )
    assert event.n_independent_sources == 2


def test_a_credit_to_an_outlet_with_no_report_in_the_event_links_nothing():
    herald = report("h", source="lakesideherald.com", event_date="2024-03-14")
    station = report(
        "s",
        source="kxyz.com",
        event_date="2024-03-15",
        claims=[claim("attribution", "Valley Times", "according to the Valley Times")],
    )
    event = _run([herald, station])
    assert not [d for d in event.dependence if d.via == "Valley Times"]
    assert event.n_independent_sources == 2


def test_outlet_key_is_the_label_before_the_public_suffix():
    from newsfold.reconcile.dependence import outlet_key

    assert outlet_key("lakesideherald.com") == "lakesideherald"
    assert outlet_key("news.valleytimes.co.uk") == "valleytimes"
    assert outlet_key("kxyz.com") == "kxyz"
    assert outlet_key("Lakeside Herald") is None
    assert outlet_key(None) is None
