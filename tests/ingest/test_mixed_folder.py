"""A folder of every kind of input, good and bad, through the whole ingest stage and the store:
the path the pipeline takes, without analysis."""

from __future__ import annotations

from pathlib import Path

from ingest.conftest import Writer
from ingest.fixtures import BODY, TITLE, gz, html_page, jsonl, rss_feed, warc_bytes
from newsfold.ingest import IngestError, Skip, clean_record, derive_id, read_inputs
from newsfold.ingest.repeats import strip_repeated_lines
from newsfold.records import Analysis, Article, Event
from newsfold.store import Store


def ingest(folder: Path, db: Path) -> tuple[list[Article], list[Skip], int]:
    skipped: list[Skip] = []
    articles: list[Article] = []
    with Store(db) as store:
        raws = []
        for item in read_inputs([str(folder)]):
            if isinstance(item, Skip):
                skipped.append(item)
            else:
                item.id = item.id or derive_id(item)
                raws.append(item)
        known = store.known_ids([r.id for r in raws if r.id])
        for raw in raws:
            if raw.id in known:
                continue
            try:
                articles.append(clean_record(raw))
            except IngestError as err:
                skipped.append(err.to_skip())
        articles, counts = strip_repeated_lines(articles, store.source_line_counts)
        pairs = [(a, Analysis(article_id=a.id, event=Event(article_ids=[a.id]))) for a in articles]
        new = store.add_articles(pairs, None)
        store.add_source_lines(counts)
    return articles, skipped, new


def test_a_mixed_folder_twice(tmp_path: Path, write: Writer) -> None:
    tagline = "Get the Herald app for breaking flood alerts"
    rows = [
        {
            "text": f"Report {i} on the flood defences in Vellmoor.\n\n{tagline}",
            "url": f"https://herald.example/{i}",
        }
        for i in range(4)
    ]
    write("in/a.txt", f"date 2023-03-14 {TITLE}\n\n{BODY}\n\nLeave a Reply\n%d bloggers like this:")
    write("in/b.jsonl", jsonl(rows) + "{oops\n")
    write("in/c/page.html", html_page())
    write(
        "in/c/crawl.warc.gz",
        warc_bytes([("https://tarn.example/x", html_page(title="Tarn"), "2023-03-16")]),
    )
    write(
        "in/d/feed.xml.gz",
        gz(rss_feed([{"title": "Fed", "link": "https://x.example/f", "summary": BODY}])),
    )
    write("in/e/empty.txt", "")
    write("in/e/photo.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    write("in/e/cut.txt.gz", gz(BODY * 50)[:200])

    articles, skipped, new = ingest(tmp_path / "in", tmp_path / "db.sqlite")
    assert new == len(articles) == 8  # txt, 4 JSON lines, page, WARC page, feed item
    by_origin = {Path(a.origin.split(":")[0].split("#")[0]).name: a for a in articles}
    assert by_origin["a.txt"].published == "2023-03-14"
    assert by_origin["a.txt"].removed == ["Leave a Reply", "%d bloggers like this:"]
    assert by_origin["crawl.warc.gz"].source == "tarn.example"
    jsonl_articles = [a for a in articles if "b.jsonl" in a.origin]
    assert all(tagline not in a.text for a in jsonl_articles)  # repeated within herald.example
    assert sorted(Path(s.origin).name for s in skipped) == sorted(
        ["b.jsonl:5", "empty.txt", "photo.jpg", "cut.txt.gz"]
    )

    again, skipped_again, new_again = ingest(tmp_path / "in", tmp_path / "db.sqlite")
    assert again == [] and new_again == 0  # idempotent: every id is already stored
    assert len(skipped_again) == len(skipped)
