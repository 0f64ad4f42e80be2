"""The JSON API on a store of constructed records: filters, paging, search, ids, downloads."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from fastapi.testclient import TestClient

from newsfold.export.columns import ACLED_COLUMNS


def _all(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    r = client.get("/api/events", params={**params, "per_page": 200})
    assert r.status_code == 200, r.text
    return r.json()["items"]


def test_list_pages_through_every_event(client: TestClient, ids: dict[str, Any]) -> None:
    r = client.get("/api/events", params={"per_page": 25})
    body = r.json()
    assert r.status_code == 200
    assert body["total"] == ids["n_events"]
    assert body["pages"] == -(-ids["n_events"] // 25)
    assert len(body["items"]) == 25
    assert body["links"]["prev"] is None
    seen: list[str] = []
    url: str | None = "/api/events?per_page=25"
    while url:
        page = client.get(url).json()
        seen += [e["event_id"] for e in page["items"]]
        url = page["links"]["next"]
    assert len(seen) == len(set(seen)) == ids["n_events"]


def test_default_order_is_newest_first(client: TestClient) -> None:
    dates = [e["event_date"] for e in _all(client)]
    assert dates == sorted(dates, reverse=True)
    oldest = [e["event_date"] for e in _all(client, sort="date_asc")]
    assert oldest == sorted(oldest)


def test_items_are_summaries_with_links(client: TestClient, ids: dict[str, Any]) -> None:
    item = next(e for e in _all(client) if e["event_id"] == ids["clash"])
    assert item["country"] == "Venezuela"
    assert item["fatalities"] == 12
    assert item["n_conflicts"] == 1
    assert item["url"] == "/api/events/ev_clash"
    assert item["page"] == "/events/ev_clash"


def test_filters(client: TestClient, ids: dict[str, Any]) -> None:
    assert {e["event_id"] for e in _all(client, country="Kenya")} == {ids["protest"]}
    assert {e["event_id"] for e in _all(client, country="KEN")} == {ids["protest"]}
    assert {e["event_type"] for e in _all(client, event_type="Battles")} == {"Battles"}
    window = _all(client, date_from="2021-01-01", date_to="2022-12-31")
    assert {e["event_id"] for e in window} == {ids["clash"], ids["xss"]}
    assert all(e["fatalities"] >= 6 for e in _all(client, min_fatalities=6))
    assert ids["clash"] in {e["event_id"] for e in _all(client, min_fatalities=12)}
    assert all(e["n_independent_sources"] >= 2 for e in _all(client, min_sources=2))
    with_conflicts = _all(client, has_conflicts="yes")
    assert with_conflicts and all(e["n_conflicts"] > 0 for e in with_conflicts)
    without = _all(client, has_conflicts="no")
    assert len(with_conflicts) + len(without) == ids["n_events"]
    # filters combine
    combined = _all(client, country="Nigeria", event_type="Battles", min_fatalities=3)
    assert combined
    assert all(
        e["country"] == "Nigeria" and e["event_type"] == "Battles" and e["fatalities"] >= 3
        for e in combined
    )


def test_bbox_filter(client: TestClient, ids: dict[str, Any]) -> None:
    near_lyon = _all(client, bbox="3,44,6,47")
    assert [e["event_id"] for e in near_lyon] == [ids["xss"]]


def test_sort_by_fatalities(client: TestClient) -> None:
    tolls = [e["fatalities"] for e in _all(client, sort="fatalities")]
    assert tolls == sorted(tolls, reverse=True)


def test_full_text_search(client: TestClient, ids: dict[str, Any]) -> None:
    assert [e["event_id"] for e in _all(client, q="Maracay")] == [ids["clash"]]
    assert [e["event_id"] for e in _all(client, q="marac*")] == [ids["clash"]]
    # outlets are searchable too
    assert ids["protest"] in {e["event_id"] for e in _all(client, q="savanna")}
    # every word must match
    assert _all(client, q="Maracay Nairobi") == []
    # FTS5 syntax in a query is just text, never an error
    for q in ['"', "NEAR(a b", "a OR", "*", "-x", "col:val", "'); DROP TABLE events; --", "^"]:
        r = client.get("/api/events", params={"q": q})
        assert r.status_code == 200, (q, r.text)


def test_bad_filters_are_422(client: TestClient) -> None:
    for params in (
        {"min_fatalities": "many"},
        {"date_from": "yesterday"},
        {"has_conflicts": "maybe"},
        {"bbox": "1,2,3"},
        {"sort": "random()"},
        {"page": "0"},
    ):
        r = client.get("/api/events", params=params)
        assert r.status_code == 422, params


def test_empty_form_fields_are_unset(client: TestClient, ids: dict[str, Any]) -> None:
    r = client.get("/api/events?q=&country=&min_fatalities=&date_from=&has_conflicts=&page=")
    assert r.status_code == 200
    assert r.json()["total"] == ids["n_events"]


def test_page_past_the_end_is_empty(client: TestClient) -> None:
    body = client.get("/api/events", params={"page": 999}).json()
    assert body["items"] == [] and body["links"]["next"] is None


def test_per_page_is_capped(client: TestClient) -> None:
    assert client.get("/api/events", params={"per_page": 100000}).json()["per_page"] == 200


def test_one_event_is_the_whole_record(client: TestClient, ids: dict[str, Any]) -> None:
    r = client.get(f"/api/events/{ids['clash']}")
    assert r.status_code == 200
    event = r.json()
    for key in (
        "event_id",
        "article_ids",
        "sources",
        "n_sources",
        "event_type",
        "sub_event_type",
        "event_date",
        "date_start",
        "date_end",
        "time_precision",
        "country",
        "iso3",
        "admin1",
        "admin2",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "actor1",
        "assoc_actor_1",
        "actor2",
        "assoc_actor_2",
        "fatalities",
        "fatalities_low",
        "fatalities_high",
        "injuries",
        "injuries_low",
        "injuries_high",
        "notes",
        "claims",
        "conflicts",
        "dependence",
    ):
        assert key in event, key
    assert event["conflicts"][0]["field"] == "fatalities"
    assert {d["kind"] for d in event["dependence"]} == {"copy", "wire"}


def test_unknown_event_is_404(client: TestClient) -> None:
    r = client.get("/api/events/ev_nope")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/json")


def test_merged_event_redirects_to_the_survivor(client: TestClient, ids: dict[str, Any]) -> None:
    r = client.get(f"/api/events/{ids['merged']}", follow_redirects=False)
    assert r.status_code == 308
    assert r.headers["location"] == f"/api/events/{ids['clash']}"
    followed = client.get(f"/api/events/{ids['merged']}")
    assert followed.status_code == 200
    assert followed.json()["event_id"] == ids["clash"]
    page = client.get(f"/events/{ids['merged']}", follow_redirects=False)
    assert page.status_code == 308 and page.headers["location"] == f"/events/{ids['clash']}"


def test_article(client: TestClient) -> None:
    r = client.get("/api/articles/clash-1")
    assert r.status_code == 200
    article = r.json()
    assert article["event_id"] == "ev_clash"
    assert article["duplicate_of"] is None
    assert article["removed"] == [
        "Share this article",
        "Leave a Reply: your email will not be published",
    ]
    for claim in article["claims"]:
        assert article["text"][claim["start"] : claim["end"]] == claim["text"]
    assert article["discarded"][0]["attrs"]["reason"] == "personnel deployed"
    copy = client.get("/api/articles/clash-2").json()
    assert copy["duplicate_of"] == "clash-1"


def test_article_id_with_url_characters(client: TestClient) -> None:
    r = client.get("/api/articles/clash%2F3%3Fx%3D1%23y")
    assert r.status_code == 200
    assert r.json()["id"] == "clash/3?x=1#y"


def test_unknown_article_is_404(client: TestClient) -> None:
    assert client.get("/api/articles/nope").status_code == 404


def test_facets(client: TestClient) -> None:
    body = client.get("/api/facets").json()
    countries = {f["value"]: f["n"] for f in body["country"]}
    assert countries["Kenya"] == 1 and countries["Venezuela"] == 1
    assert "Battles" in {f["value"] for f in body["event_type"]}


def test_download_csv_has_acled_columns(client: TestClient) -> None:
    r = client.get("/downloads/events.csv", params={"country": "Venezuela"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert list(rows[0])[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert len(rows) == 1
    assert rows[0]["event_id_cnty"] == "ev_clash" and rows[0]["fatalities"] == "12"


def test_download_geojson_and_jsonl_follow_the_filters(
    client: TestClient, ids: dict[str, Any]
) -> None:
    params = {"event_type": "Battles"}
    total = client.get("/api/events", params=params).json()["total"]
    geo = client.get("/downloads/events.geojson", params=params).json()
    assert geo["type"] == "FeatureCollection"
    assert len(geo["features"]) == total
    clash = next(f for f in geo["features"] if f["id"] == ids["clash"])
    assert clash["geometry"] == {"type": "Point", "coordinates": [-67.5958, 10.2469]}
    lines = client.get("/downloads/events.jsonl", params=params).text.splitlines()
    assert len(lines) == total
    assert all(json.loads(line)["event_type"] == "Battles" for line in lines)


def test_download_unknown_format_is_404(client: TestClient) -> None:
    assert client.get("/downloads/events.xlsx").status_code == 404


def test_openapi_is_served_and_complete(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles", "/api/jobs/{job_id}"):
        assert path in spec["paths"], path
    assert "InputRecord" in spec["components"]["schemas"]
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/api/articles" in docs.text
    assert client.get("/redoc").status_code == 404
