"""read_inputs on every input format of the contract, on fixtures built in tmp_path."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from ingest.conftest import Writer
from ingest.fixtures import (
    BODY,
    PARAGRAPHS,
    TITLE,
    atom_feed,
    gz,
    html_page,
    jsonl,
    read_all,
    records,
    rss_feed,
    skips,
    warc_bytes,
)
from newsfold.ingest import clean_record

# -- plain text --------------------------------------------------------------------------------


def test_txt_title_on_first_line(write: Writer) -> None:
    path = write("story.txt", f"{TITLE}\n\n{BODY}\n")
    [rec] = read_all(path)
    assert rec.title == TITLE
    assert rec.text == BODY
    assert rec.published is None
    assert rec.origin == str(path)


def test_txt_date_header_on_the_title_line_as_in_the_first_seed(write: Writer) -> None:
    path = write("seedlike.txt", f" date 2021-07-10 {TITLE}\n\n{BODY}\n")
    [rec] = read_all(path)
    assert rec.published == "2021-07-10"
    assert rec.title == TITLE
    assert rec.text.startswith("Floodwater from the River Tarn")


@pytest.mark.parametrize(
    "header",
    [
        "date 2021-07-10",
        "Date: 2021-07-10",
        "DATE:2021-07-10",
        "Published: July 10, 2021",
        "published 2021-07-10T08:00:00Z",
    ],
)
def test_txt_header_lines_before_the_title(write: Writer, header: str) -> None:
    [rec] = read_all(write("h.txt", f"{header}\n{TITLE}\n\n{BODY}"))
    published = clean_record(rec).published  # the reader keeps it as written
    assert published is not None and published.startswith("2021-07-10")
    assert rec.title == TITLE
    assert rec.text == BODY


def test_txt_other_header_keys(write: Writer) -> None:
    text = (
        "Title: Bridge collapse in Vellmoor\n"
        "URL: https://www.vellmoor-herald.example/news/bridge\n"
        "Source: Vellmoor Herald\n"
        "Author: Ines Marlow\n"
        "Language: en\n"
        "Date: 14/03/2023\n"
        "\n" + BODY
    )
    [rec] = read_all(write("meta.txt", text))
    assert rec.title == "Bridge collapse in Vellmoor"
    assert rec.url == "https://www.vellmoor-herald.example/news/bridge"
    assert rec.source == "Vellmoor Herald"
    assert rec.language == "en"
    assert rec.published == "14/03/2023"  # normalised by clean_record
    assert clean_record(rec).published == "2023-03-14"
    assert "Ines Marlow" not in rec.text
    assert rec.text == BODY


def test_txt_header_lines_right_under_the_title(write: Writer) -> None:
    text = f"{TITLE}\nPublished: 2023-03-14\nBy: Ines Marlow\n\n{BODY}"
    [rec] = read_all(write("under.txt", text))
    assert rec.title == TITLE
    assert rec.published == "2023-03-14"
    assert rec.text == BODY


def test_txt_a_title_that_starts_with_a_header_word_stays_a_title(write: Writer) -> None:
    [rec] = read_all(write("t.txt", f"Date night ends in a flood rescue\n\n{BODY}"))
    assert rec.title == "Date night ends in a flood rescue"
    assert rec.published is None


def test_txt_without_a_title_line_keeps_all_the_text(write: Writer) -> None:
    long_first = " ".join(PARAGRAPHS)  # one long paragraph: not a headline
    [rec] = read_all(write("notitle.txt", long_first + "\n\nA second paragraph."))
    assert rec.title is None
    assert rec.text.startswith("Floodwater")


def test_txt_windows_line_ends(write: Writer) -> None:
    [rec] = read_all(write("crlf.txt", f"date 2021-07-10\r\n{TITLE}\r\n\r\n{BODY}"))
    assert rec.title == TITLE and rec.published == "2021-07-10"


# -- JSON --------------------------------------------------------------------------------------


def test_jsonl_contract_fields(write: Writer) -> None:
    rows = [
        {
            "id": "a1",
            "text": BODY,
            "title": TITLE,
            "published": "2023-03-14",
            "url": "https://www.vellmoor-herald.example/a",
            "source": "Vellmoor Herald",
            "language": "en",
        },
        {"id": 7, "html": html_page()},
    ]
    path = write("in.jsonl", jsonl(rows))
    first, second = read_all(path)
    assert first.id == "a1" and first.text == BODY and first.title == TITLE
    assert first.source == "Vellmoor Herald" and first.language == "en"
    assert first.origin == f"{path}:1"
    assert second.id == "7" and second.html and second.text is None
    assert second.origin == f"{path}:2"


def test_jsonl_alternative_field_names(write: Writer) -> None:
    row = {"content": BODY, "headline": TITLE, "date": "2023-03-14", "link": "https://x.example/a"}
    [rec] = read_all(write("alt.jsonl", jsonl([row])))
    assert (rec.text, rec.title, rec.published, rec.url) == (
        BODY,
        TITLE,
        "2023-03-14",
        "https://x.example/a",
    )


def test_json_single_object_and_list_and_container(write: Writer) -> None:
    one = write("one.json", json.dumps({"text": BODY, "title": TITLE}, indent=2))
    many = write("many.json", json.dumps([{"text": "First report."}, {"text": "Second."}]))
    box = write("box.json", json.dumps({"articles": [{"text": "Boxed report."}]}))
    out = read_all(one, many, box)
    assert [r.text for r in records(out)] == [BODY, "First report.", "Second.", "Boxed report."]
    assert [r.origin for r in records(out)][1:] == [f"{many}#1", f"{many}#2", f"{box}#1"]


def test_json_array_is_streamed_element_by_element(
    write: Writer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsfold.ingest.formats import jsonl as jsonl_module

    rows = [{"id": str(i), "text": f"Report number {i} from Vellmoor."} for i in range(50)]
    path = write("big.json", json.dumps(rows, indent=1))
    reads: list[int] = []
    real_iter = jsonl_module.iter_json_array

    def spy(stream, origin):  # type: ignore[no-untyped-def]
        original_read = stream.read

        def read(n: int = -1) -> bytes:
            reads.append(n)
            return original_read(n)

        stream.read = read
        return real_iter(stream, origin)

    monkeypatch.setattr("newsfold.ingest.readers.iter_json_array", spy)
    out = read_all(path)
    assert [r.id for r in records(out)] == [str(i) for i in range(50)]
    assert all(n != -1 for n in reads)  # never read to the end in one go


# -- HTML --------------------------------------------------------------------------------------


def test_html_page_is_read_and_extracted_with_metadata(write: Writer) -> None:
    [raw] = read_all(write("page.html", html_page()))
    assert raw.html and raw.text is None
    article = clean_record(raw)
    assert article.title == TITLE
    assert article.published == "2023-03-14"
    assert article.url == "https://www.vellmoor-herald.example/news/floods"
    assert article.source == "vellmoor-herald.example"
    assert article.language == "en"
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    for junk in ("Leave a Reply", "Share this", "cookies", "All rights reserved", "Home"):
        assert junk not in article.text


def test_html_in_a_legacy_encoding_is_decoded_by_its_meta_charset(write: Writer) -> None:
    page = html_page(paragraphs=[*PARAGRAPHS, "Le café de la place a fermé ses portes."])
    page = page.replace('charset="utf-8"', 'charset="windows-1252"')
    [raw] = read_all(write("latin.htm", page.encode("cp1252")))
    assert "Le café de la place a fermé ses portes." in clean_record(raw).text


# -- WARC --------------------------------------------------------------------------------------


@pytest.mark.parametrize("compress", [True, False])
def test_warc_yields_every_html_response(write: Writer, compress: bool) -> None:
    pages = [
        ("https://www.vellmoor-herald.example/a", html_page(date=None), "2023-03-15T10:00:03Z"),
        ("https://www.vellmoor-herald.example/b", html_page(title="Second story"), "2023-03-16"),
    ]
    name = "crawl.warc.gz" if compress else "crawl.warc"
    path = write(name, warc_bytes(pages, compress=compress))
    out = read_all(path)
    assert skips(out) == []  # the request, the image and the redirect are not articles
    first, second = records(out)
    assert first.url == "https://www.vellmoor-herald.example/a"
    assert first.crawled == "2023-03-15T10:00:03Z"
    assert first.origin.startswith(f"{path}#")
    a, b = clean_record(first), clean_record(second)
    assert a.published == "2023-03-15T10:00:03+00:00"  # no date on the page: WARC-Date
    assert b.published == "2023-03-14"  # the page's own date wins over WARC-Date
    assert a.url == "https://www.vellmoor-herald.example/a"  # WARC-Target-URI
    assert PARAGRAPHS[0] in a.text


# -- feeds -------------------------------------------------------------------------------------


def test_rss_uses_full_content_when_the_feed_carries_it(write: Writer) -> None:
    content = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    items = [
        {
            "title": TITLE,
            "link": "https://www.vellmoor-herald.example/floods",
            "date": "Tue, 14 Mar 2023 09:15:00 +0000",
            "summary": "Hundreds leave their homes.",
            "content": content,
        },
        {
            "title": "Council meets on flood defences",
            "link": "https://www.vellmoor-herald.example/council",
            "summary": "<p>The council will meet on Friday to discuss new flood defences.</p>",
        },
    ]
    path = write("feed.xml", rss_feed(items))
    first, second = read_all(path)
    assert first.title == TITLE
    assert first.url == "https://www.vellmoor-herald.example/floods"
    assert first.text == BODY  # content:encoded, as paragraphs
    assert first.language == "en"
    assert first.origin == f"{path}#1"
    assert clean_record(first).published == "2023-03-14T09:15:00+00:00"
    assert second.text == "The council will meet on Friday to discuss new flood defences."
    assert clean_record(second).source == "vellmoor-herald.example"


def test_atom_feed(write: Writer) -> None:
    items = [
        {
            "title": "Bridge to reopen",
            "link": "https://m.tarnvalleypost.example/bridge",
            "date": "2023-03-20T07:00:00Z",
            "content": "<p>The footbridge near the old mill will reopen next month.</p>"
            "<p>Engineers said repairs were almost complete.</p>",
        }
    ]
    [rec] = read_all(write("atom", atom_feed(items)))  # no extension at all
    assert rec.title == "Bridge to reopen"
    assert rec.text == (
        "The footbridge near the old mill will reopen next month.\n\n"
        "Engineers said repairs were almost complete."
    )
    article = clean_record(rec)
    assert article.source == "tarnvalleypost.example"
    assert article.published == "2023-03-20T07:00:00+00:00"


def test_feed_item_without_content_or_summary_is_skipped_with_its_number(write: Writer) -> None:
    items = [
        {"title": "Only a title", "link": "https://x.example/1"},
        {"title": "Real", "link": "https://x.example/2", "summary": "A short report on the flood."},
    ]
    path = write("feed.rss", rss_feed(items))
    out = read_all(path)
    assert [s.origin for s in skips(out)] == [f"{path}#1"]
    assert "neither content nor summary" in skips(out)[0].reason
    assert [r.title for r in records(out)] == ["Real"]


# -- compression, detection, directories, stdin -----------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("a.txt.gz", f"{TITLE}\n\n{BODY}"),
        ("a.jsonl.gz", jsonl([{"text": BODY, "title": TITLE}])),
        ("a.html.gz", html_page()),
        ("a.xml.gz", rss_feed([{"title": TITLE, "link": "https://x.example/a", "summary": BODY}])),
    ],
)
def test_gzip_of_any_format(write: Writer, name: str, content: str) -> None:
    out = read_all(write(name, gz(content)))
    assert skips(out) == []
    [rec] = records(out)
    assert PARAGRAPHS[0] in clean_record(rec).text


def test_bzip2_and_xz_too(write: Writer) -> None:
    import bz2
    import lzma

    data = f"{TITLE}\n\n{BODY}".encode()
    out = read_all(write("a.txt.bz2", bz2.compress(data)), write("b.txt.xz", lzma.compress(data)))
    assert [r.title for r in records(out)] == [TITLE, TITLE]


@pytest.mark.parametrize(
    ("name", "content", "expect"),
    [
        ("lies.txt", html_page(), "html"),
        ("lies.html", f"{TITLE}\n\n{BODY}", "text"),
        ("lies.json", jsonl([{"text": "One."}, {"text": "Two."}]), "text"),
        ("noext", jsonl([{"text": "One."}, {"text": "Two."}]), "text"),
        (
            "feed.html",
            rss_feed([{"title": "T", "link": "https://x.example", "summary": "S."}]),
            "text",
        ),
        ("page.gz", html_page(), "html"),  # gzip by extension only: really plain HTML
        ("page.txt", gz(html_page()), "html"),  # gzip behind a .txt name
    ],
)
def test_format_is_told_by_content_not_extension(
    write: Writer, name: str, content: str | bytes, expect: str
) -> None:
    out = read_all(write(name, content))
    assert skips(out) == []
    assert all(getattr(r, expect) for r in records(out))


def test_directory_is_read_recursively_in_sorted_order(write: Writer, tmp_path: Path) -> None:
    write("corpus/b.txt", f"Second\n\n{BODY}")
    write("corpus/a.txt", f"First\n\n{BODY}")
    write("corpus/sub/c.jsonl", jsonl([{"text": "Third report.", "title": "Third"}]))
    write("corpus/sub/deeper/d.txt.gz", gz(f"Fourth\n\n{BODY}"))
    write("corpus/.hidden.txt", f"Hidden\n\n{BODY}")
    write("corpus/.git/config", "[core]")
    out = read_all(tmp_path / "corpus")
    assert [r.title for r in records(out)] == ["First", "Second", "Third", "Fourth"]
    assert skips(out) == []
    assert read_all(tmp_path / "corpus") == out  # deterministic


def test_stdin_detects_its_format(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = {
        jsonl([{"text": "One report.", "title": "One"}]): "One",
        json.dumps([{"text": "Array report.", "title": "Array"}]): "Array",
        json.dumps({"text": "Object report.", "title": "Object"}, indent=2): "Object",
        rss_feed(
            [{"title": "Fed", "link": "https://x.example/f", "summary": "Feed report."}]
        ): "Fed",
        f"date 2021-07-10 {TITLE}\n\n{BODY}": TITLE,
        html_page(): None,
    }
    for content, title in cases.items():
        stdin = io.TextIOWrapper(io.BytesIO(content.encode()), encoding="utf-8")
        monkeypatch.setattr(sys, "stdin", stdin)
        [rec] = read_all("-")
        assert rec.origin.startswith("<stdin>")
        if title is None:
            assert clean_record(rec).title == TITLE
        else:
            assert rec.title == title


def test_stdin_gzip_and_warc(monkeypatch: pytest.MonkeyPatch) -> None:
    for data in (
        gz(f"{TITLE}\n\n{BODY}"),
        warc_bytes([("https://x.example/a", html_page(), "2023")]),
    ):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        out = read_all("-")
        assert skips(out) == [] and len(records(out)) == 1
