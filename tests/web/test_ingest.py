"""Ingest through the API and the form: the whole pipeline runs, progress is reported."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from desk_sample import TOKEN
from fastapi.testclient import TestClient

from newsfold.web.jobs import validate_records

AUTH = {"Authorization": f"Bearer {TOKEN}"}

STORY = {
    "id": "web-story-1",
    "title": "Flood closes bridge in Porto",
    "text": (
        "Heavy rain flooded the lower town of Porto on Monday and closed the Luis I bridge, "
        "the city council said. Two people were injured when a wall collapsed.\n\n"
        "Firefighters evacuated 40 homes near the river."
    ),
    "published": "2022-11-21",
    "url": "https://douro-daily.example/flood",
    "source": "Douro Daily",
}


def _wait(client: TestClient, job_id: str, timeout: float = 120) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job: dict[str, Any] = client.get(f"/api/jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not finish")


def test_validate_records() -> None:
    records, rejected = validate_records(
        [STORY, {"title": "no text"}, "a string", {"text": 5}, {"html": "<p>x</p>"}]
    )
    assert [r.get("id") for r in records] == ["web-story-1", None]
    assert [r["origin"] for r in rejected] == ["record 2", "record 3", "record 4"]
    one, none = validate_records(STORY)
    assert len(one) == 1 and none == []


def test_post_one_record_runs_the_pipeline(write_client: TestClient) -> None:
    r = write_client.post("/api/articles", json=STORY, headers=AUTH)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["status"] == "done"
    assert body["report"]["new"] == 1 and body["report"]["skipped"] == []
    [article] = body["report"]["articles"]
    assert article["id"] == "web-story-1"
    assert article["event_id"]
    assert r.headers["location"] == f"/api/jobs/{body['id']}"
    stored = write_client.get(article["url"]).json()
    assert stored["title"] == STORY["title"] and stored["event_id"] == article["event_id"]
    event = write_client.get(article["event_url"])
    assert event.status_code == 200
    assert "web-story-1" in event.json()["article_ids"]
    # the same record again stores nothing new
    again = write_client.post("/api/articles", json=STORY, headers={"X-API-Token": TOKEN})
    assert again.status_code == 200
    assert again.json()["report"]["new"] == 0 and again.json()["report"]["existing"] == 1


def test_post_many_without_waiting(write_client: TestClient) -> None:
    records = [
        {**STORY, "id": f"web-many-{i}", "text": STORY["text"] + f" Update {i}."} for i in range(3)
    ] + [{"title": "empty"}]
    r = write_client.post("/api/articles?wait=false", json=records, headers=AUTH)
    assert r.status_code == 202
    job = _wait(write_client, r.json()["id"])
    assert job["status"] == "done", job
    assert job["report"]["new"] == 3
    assert job["rejected"] == [{"origin": "record 4", "reason": "neither text nor html"}]
    assert {a["id"] for a in job["report"]["articles"]} == {f"web-many-{i}" for i in range(3)}


def test_post_bad_bodies(write_client: TestClient) -> None:
    r = write_client.post(
        "/api/articles", content=b"{not json", headers={**AUTH, "Content-Type": "application/json"}
    )
    assert r.status_code == 422
    r = write_client.post("/api/articles", json=[{"title": "x"}], headers=AUTH)
    assert r.status_code == 422
    assert r.json()["detail"]["rejected"][0]["reason"] == "neither text nor html"


def test_unknown_job_is_404(write_client: TestClient) -> None:
    assert write_client.get("/api/jobs/nope").status_code == 404
    assert write_client.get("/jobs/nope").status_code == 404


def test_form_paste_redirects_to_a_job_page(write_client: TestClient) -> None:
    text = "Fire at a depot in Gdansk\n\nA fire destroyed a bus depot in Gdansk on Sunday night."
    r = write_client.post("/ingest", data={"token": TOKEN, "text": text}, follow_redirects=False)
    assert r.status_code == 303
    job_id = r.headers["location"].rsplit("/", 1)[-1]
    page = write_client.get(r.headers["location"])
    assert page.status_code == 200 and 'id="job-progress"' in page.text
    job = _wait(write_client, job_id)
    assert job["status"] == "done", job
    assert job["report"]["new"] == 1
    [article] = job["report"]["articles"]
    stored = write_client.get(f"/api/articles/{article['id']}").json()
    assert stored["title"] == "Fire at a depot in Gdansk"
    done = write_client.get(f"/jobs/{job_id}").text
    assert "1 new" in done and article["id"] in done


def test_form_upload_and_server_path(write_client: TestClient, tmp_path: Path) -> None:
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "a.txt").write_text("Storm in Split\n\nA storm hit Split on Friday.\n")
    (folder / "bad.jsonl").write_text('{"text": "ok", "title": "fine"}\nnot json\n')
    r = write_client.post(
        "/ingest",
        data={"token": TOKEN, "path": str(folder)},
        files={"files": ("upload one.txt", b"Hail in Zadar\n\nHail fell on Zadar.", "text/plain")},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    job = _wait(write_client, r.headers["location"].rsplit("/", 1)[-1])
    assert job["status"] == "done", job
    report = job["report"]
    assert report["new"] == 3
    # the unreadable line is reported with its file and line; temp folders are not shown
    assert [s["origin"] for s in report["skipped"]] == [f"{folder}/bad.jsonl:2"]
    assert "upload" in job["label"] and str(folder) in job["label"]


def test_form_rejects_missing_path_and_empty_input(write_client: TestClient) -> None:
    r = write_client.post("/ingest", data={"token": TOKEN, "path": "/no/such/place"})
    assert r.status_code == 422 and "No such file" in r.text
    r = write_client.post("/ingest", data={"token": TOKEN})
    assert r.status_code == 422


@pytest.mark.parametrize("status", ["queued", "running", "done"])
def test_job_page_renders_each_state(write_client: TestClient, status: str) -> None:
    jobs = write_client.app.state.jobs  # type: ignore[attr-defined]
    job = jobs._new("test job")  # a job record only, never run
    job.status = status
    job.report = {
        "read": 1,
        "new": 1,
        "existing": 0,
        "skipped": [{"origin": "<b>x</b>", "reason": "<script>r</script>"}],
        "events_touched": 1,
        "events_total": 1,
        "articles": [],
    }
    jobs._jobs[job.id] = job
    html = write_client.get(f"/jobs/{job.id}").text
    assert status in html
    assert "<script>r</script>" not in html
