"""Bad input: each problem is one Skip naming the file (and line or record) and the reason;
the records around it are still read, and nothing raises."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from ingest.conftest import Writer
from ingest.fixtures import BODY, TITLE, gz, html_page, jsonl, read_all, records, skips, warc_bytes
from newsfold.ingest import IngestError, clean_record, limits
from newsfold.records import RawRecord

GOOD = f"{TITLE}\n\n{BODY}\n"


def test_empty_and_blank_files(write: Writer) -> None:
    out = read_all(write("empty.txt", ""), write("blank.txt", "  \n\n \t\n"), write("ok.txt", GOOD))
    assert [(Path(s.origin).name, s.reason) for s in skips(out)] == [
        ("empty.txt", "empty file"),
        ("blank.txt", "empty file"),
    ]
    assert [r.title for r in records(out)] == [TITLE]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (bytes(range(256)) * 8, "binary"),
        (b"\x00\x01\x02\x03" * 500, "binary"),
    ],
)
def test_binary_files(write: Writer, content: bytes, kind: str) -> None:
    path = write("mystery.txt", content)
    [skip] = read_all(path)
    assert skip.origin == str(path)
    assert skip.reason.startswith("not text") and kind in skip.reason


def test_truncated_gzip_keeps_the_lines_before_the_cut(write: Writer) -> None:
    rows = [{"id": str(i), "text": f"Report {i} on the Vellmoor floods. " * 20} for i in range(200)]
    data = gz(jsonl(rows))
    path = write("cut.jsonl.gz", data[: len(data) // 2])
    out = read_all(path, write("after.txt", GOOD))
    got = records(out)
    assert 0 < len(got) < 200 and got[-1].title == TITLE  # the next file is still read
    [skip] = skips(out)
    assert skip.origin == str(path)
    assert "truncated or corrupt gzip" in skip.reason


def test_corrupt_gzip(write: Writer) -> None:
    path = write("bad.txt.gz", b"\x1f\x8b\x08\x00" + b"not really deflate data" * 10)
    [skip] = read_all(path)
    assert skip.origin == str(path) and "gzip" in skip.reason


def test_truncated_warc(write: Writer) -> None:
    pages = [
        (f"https://x.example/{i}", html_page(title=f"Story {i}"), "2023-03-15") for i in range(5)
    ]
    data = warc_bytes(pages, compress=False, extras=False)
    path = write("cut.warc", data[: int(len(data) * 0.7)])
    out = read_all(path)
    assert 1 <= len(records(out)) < 5
    assert all(s.origin.startswith(str(path)) for s in skips(out))


def test_broken_html_is_read_or_skipped_with_a_reason(write: Writer) -> None:
    broken = (
        "<html><head><title>Broken page</head><body><div><p>"
        + BODY.replace("\n\n", "<p>")
        + "<div><span></table></i></body>"
    )
    [raw] = read_all(write("broken.html", broken))
    assert "Floodwater from the River Tarn" in clean_record(raw).text
    [junk] = read_all(write("junk.html", "<html><body><script>var x = 1;</script></body></html>"))
    with pytest.raises(IngestError) as err:
        clean_record(junk)
    assert err.value.origin.endswith("junk.html")
    assert "no article text" in err.value.reason


def test_a_json_line_that_is_not_json_names_its_line(write: Writer) -> None:
    content = (
        json.dumps({"text": "First report on the floods.", "title": "One"})
        + "\n{this is not json\n\n"
        + json.dumps({"text": "Third report on the floods.", "title": "Three"})
        + "\n"
        + '{"text": "unterminated\n'
    )
    path = write("mixed.jsonl", content)
    out = read_all(path)
    assert [r.title for r in records(out)] == ["One", "Three"]
    reasons = {s.origin: s.reason for s in skips(out)}
    assert set(reasons) == {f"{path}:2", f"{path}:5"}
    assert reasons[f"{path}:2"].startswith("not JSON")


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ({"title": "No body", "url": "https://x.example"}, "neither 'text' nor 'html'"),
        ({"text": "   "}, "text is empty"),
        ({"text": ["a", "list"]}, "must be a string"),
        (["not", "an", "object"], "expected a JSON object"),
        ("just a string", "expected a JSON object"),
    ],
)
def test_a_json_record_without_usable_text(write: Writer, row: object, reason: str) -> None:
    path = write("rows.jsonl", jsonl([row, {"text": "A good report."}]))
    out = read_all(path)
    [skip] = skips(out)
    assert skip.origin == f"{path}:1" and reason in skip.reason
    assert len(records(out)) == 1


def test_json_document_errors(write: Writer) -> None:
    bad = write("bad.json", '{\n  "text": "a",\n  "title": \n}')
    array = write("arr.json", '[{"text": "ok one"}, {"text": "ok two"}, {"text": broken}]')
    empty = write("empty.json", "[]")
    out = read_all(bad, array, empty)
    assert [r.text for r in records(out)] == ["ok one", "ok two"]
    origins = [s.origin for s in skips(out)]
    assert origins == [str(bad), f"{array}#3", str(empty)]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "cp1251", "utf-16"])
def test_wrong_encoding_is_detected(write: Writer, encoding: str) -> None:
    text = {
        "cp1252": "Le maire a déclaré que l’eau était montée très vite près du café.",
        "latin-1": "Le maire a déclaré que la rivière était montée très vite à l'église.",
        "cp1251": "Мэр города заявил, что вода поднялась очень быстро после сильного дождя.",
        "utf-16": "Der Bürgermeister sagte, das Wasser sei sehr schnell gestiegen.",
    }[encoding]
    body = "\n\n".join([text] * 5)
    [raw] = read_all(write("enc.txt", f"Titre\n\n{body}".encode(encoding)))
    assert text in raw.text


def test_mixed_encoding_in_one_file(write: Writer) -> None:
    utf8 = "Le café a rouvert après la crue.".encode()
    legacy = "Le maire a déclaré l’état d’urgence.".encode("cp1252")
    [raw] = read_all(write("mixed.txt", b"Title\n\n" + utf8 + b"\n\n" + legacy + b"\n"))
    assert "Le café a rouvert après la crue." in raw.text
    assert "Le maire a déclaré l’état d’urgence." in raw.text


def test_mojibake_is_repaired_by_clean_record() -> None:
    article = clean_record(
        RawRecord(origin="x", text="The mayorâ€™s office said the cafÃ© would reopen soon.")
    )
    assert article.text == "The mayor’s office said the café would reopen soon."


def test_an_unreadable_file(write: Writer, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write("secret.txt", GOOD)
    if os.geteuid() == 0:  # root reads anything: make open() refuse as it would for a user

        def refuse(*args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr("newsfold.ingest.readers.open", refuse, raising=False)
    else:
        path.chmod(0)
    [skip] = read_all(path)
    assert skip.origin == str(path) and skip.reason == "permission denied"


def test_an_unreadable_directory(
    write: Writer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write("locked/a.txt", GOOD)
    folder = tmp_path / "locked"
    real_scandir = os.scandir

    def refuse(path: str) -> object:
        if str(path) == str(folder):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr("newsfold.ingest.readers.os.scandir", refuse)
    [skip] = read_all(folder)
    assert skip.origin == str(folder) and "permission denied" in skip.reason


def test_missing_paths(tmp_path: Path, write: Writer) -> None:
    out = read_all(tmp_path / "nope.txt", tmp_path / "no-such-dir", write("ok.txt", GOOD))
    assert [(Path(s.origin).name, s.reason) for s in skips(out)] == [
        ("nope.txt", "no such file or directory"),
        ("no-such-dir", "no such file or directory"),
    ]
    assert len(records(out)) == 1


def test_a_200_mb_text_file_is_skipped_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # sparse: 200 MB on paper, 32 KB of text on disk
        fh.write((GOOD * 40).encode())
        fh.truncate(200 * 1024 * 1024)
    [skip] = read_all(path)
    assert skip.origin == str(path)
    assert "too large" in skip.reason and "200.0 MB" in skip.reason and "16.0 MB" in skip.reason


def test_a_huge_gzipped_page_is_skipped_after_the_limit(
    write: Writer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_DOCUMENT_BYTES", 64 * 1024)
    page = html_page(paragraphs=[BODY] * 200)  # ~170 KB, over the lowered limit
    [skip] = read_all(write("big.html.gz", gz(page)))
    assert "too large" in skip.reason and "HTML page" in skip.reason


def test_a_big_jsonl_streams_and_an_overlong_line_is_skipped(
    write: Writer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_RECORD_BYTES", 4096)
    rows = [{"text": f"Report {i}."} for i in range(3)]
    content = jsonl(rows[:1]) + json.dumps({"text": "x" * 10_000}) + "\n" + jsonl(rows[1:])
    path = write("lines.jsonl", content)
    out = read_all(path)
    assert [r.text for r in records(out)] == ["Report 0.", "Report 1.", "Report 2."]
    [skip] = skips(out)
    assert skip.origin == f"{path}:2" and "line longer than 4.0 KB" in skip.reason


def test_jsonl_is_never_read_whole(write: Writer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader asks for a line at a time, never for the rest of the file."""
    path = write("stream.jsonl.gz", gz(jsonl([{"text": f"Report {i}."} for i in range(1000)])))
    asked: list[int] = []
    real = gzip.GzipFile.read

    def spy(self: gzip.GzipFile, size: int = -1) -> bytes:
        asked.append(size)
        return real(self, size)

    monkeypatch.setattr(gzip.GzipFile, "read", spy)
    assert len(records(read_all(path))) == 1000
    assert asked and all(0 < n <= 1 << 20 for n in asked)


def test_xml_that_is_not_a_feed(write: Writer) -> None:
    path = write("sitemap.xml", '<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>')
    [skip] = read_all(path)
    assert "neither a feed nor a web page" in skip.reason and "urlset" in skip.reason


def test_empty_article_after_boilerplate_is_an_ingest_error() -> None:
    raw = RawRecord(
        origin="f.txt", text="Share this:\nLeave a Reply\nYour email address will not be published."
    )
    with pytest.raises(IngestError) as err:
        clean_record(raw)
    assert err.value.reason == "empty after removing boilerplate"


def test_undecodable_text_is_an_ingest_error() -> None:
    with pytest.raises(IngestError) as err:
        clean_record(RawRecord(origin="bin.txt", text="\ufffd" * 200 + "abc"))
    assert "binary" in err.value.reason
    with pytest.raises(IngestError) as err:
        clean_record(RawRecord(origin="ctl.txt", text="\x00\x01\x02\x03 data " * 100))
    assert "binary" in err.value.reason


def test_a_stray_control_character_is_dropped_not_fatal() -> None:
    article = clean_record(RawRecord(origin="x", text="The bridge\x00 reopened on Friday.\x07"))
    assert article.text == "The bridge reopened on Friday."


def test_overlong_article_is_an_ingest_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsfold.ingest.clean as clean_module

    monkeypatch.setattr(clean_module, "MAX_TEXT_CHARS", 1000)
    with pytest.raises(IngestError) as err:
        clean_record(RawRecord(origin="long.txt", text=BODY * 5))
    assert "too long" in err.value.reason


def test_nothing_raises_even_on_a_reader_bug(
    write: Writer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr("newsfold.ingest.readers.parse_text", boom)
    path = write("a.txt", GOOD)
    [skip] = read_all(path, write("b.jsonl", jsonl([{"text": "Still read."}])))[:1]
    assert skip.origin == str(path) and "RuntimeError" in skip.reason
    assert records(read_all(path.parent / "b.jsonl"))[0].text == "Still read."
