"""Sources from urls, dates to ISO 8601, language codes, sniffing and decoding helpers."""

from __future__ import annotations

import pytest

from newsfold.ingest import clean_record
from newsfold.ingest.encoding import decode
from newsfold.ingest.metadata import (
    archived_publication,
    date_in_lines,
    normalise_date,
    normalise_language,
    slug_words,
    source_from_url,
    url_path,
)
from newsfold.ingest.sniff import sniff
from newsfold.records import RawRecord


@pytest.mark.parametrize(
    ("url", "source"),
    [
        ("https://www.bbc.co.uk/news/world-1", "bbc.co.uk"),
        ("http://m.tarnvalleypost.example/a", "tarnvalleypost.example"),
        ("https://amp.vellmoor-herald.example/a", "vellmoor-herald.example"),
        ("https://mobile.www.herald.example/a", "herald.example"),
        ("HTTPS://News.Herald.Example:8443/x", "news.herald.example"),
        ("www.herald.example/a", "herald.example"),
        (
            "http://web.archive.org/web/20160617212336/http://fox59.example:80/2014/02/04/x",
            "fox59.example",
        ),
        ("https://www.gov.uk/x", "gov.uk"),
        ("not a url", None),
        ("", None),
        (None, None),
    ],
)
def test_source_from_url(url: str | None, source: str | None) -> None:
    assert source_from_url(url) == source


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2021-07-10", "2021-07-10"),
        ("2021-7-9", "2021-07-09"),
        ("2021-07-10T14:05:00Z", "2021-07-10T14:05:00+00:00"),
        ("2021-07-10 14:05", "2021-07-10T14:05:00"),
        ("2021-07-10T14:05:00+02:00", "2021-07-10T14:05:00+02:00"),
        ("Sat, 10 Jul 2021 14:05:00 +0200", "2021-07-10T14:05:00+02:00"),
        ("July 10, 2021", "2021-07-10"),
        ("Saturday, July 10, 2021", "2021-07-10"),
        ("10 July 2021", "2021-07-10"),
        ("Jul 10th, 2021", "2021-07-10"),
        ("10.07.2021", "2021-07-10"),
        ("2021/07/10", "2021-07-10"),
        ("20210710", "2021-07-10"),
        ("le 10 juillet 2021", "2021-07-10"),
        (1625925900, "2021-07-10T14:05:00+00:00"),
        ("1625925900000", "2021-07-10T14:05:00+00:00"),
        ("3 days ago", None),
        ("yesterday", None),
        ("2021-02-30", None),
        ("1066-10-14", None),
        ("no date here", None),
        ("", None),
        (None, None),
        (True, None),
    ],
)
def test_normalise_date(value: object, iso: str | None) -> None:
    assert normalise_date(value) == iso


def test_date_in_furniture_lines() -> None:
    assert date_in_lines(["Posted on July 14, 2024 by Wiregrass Porch"]) == "2024-07-14"
    assert date_in_lines(["Share this:", "Updated: 2024-01-02"]) == "2024-01-02"
    assert date_in_lines(["14.03.2023"]) == "2023-03-14"
    assert date_in_lines(["Police said on July 14, 2024 that the road was closed."]) is None


@pytest.mark.parametrize(
    ("value", "code"),
    [("en", "en"), ("EN-us", "en"), ("pt_BR", "pt"), ("eng", "en"), ("fra", "fr"), ("", None)],
)
def test_normalise_language(value: str, code: str | None) -> None:
    assert normalise_language(value) == code


def test_decode_prefers_boms_and_declared_charsets_and_repairs_legacy_text() -> None:
    text = "Der Bürgermeister sagte, das Wasser sei schnell gestiegen."
    assert decode(text.encode("utf-16")) == text
    assert decode(b"\xef\xbb\xbf" + text.encode()) == text
    assert decode(text.encode("cp1252"), "windows-1252") == text
    polish = "Burmistrz powiedział, że woda podniosła się bardzo szybko po deszczu."
    assert decode("\n".join([polish] * 4).encode("cp1250")).startswith(polish)


@pytest.mark.parametrize(
    ("head", "fmt"),
    [
        (b'{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        (b'{\n  "text": "a"\n}\n', "json"),
        (b'[{"text": "a"}]', "json-array"),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed"),
        (b'<?xml version="1.0"?>\n<!-- c -->\n<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b"<?xml version='1.0'?><rdf:RDF xmlns:rdf='x'>", "feed"),
        (b"<!DOCTYPE html>\n<html>", "html"),
        (b"  \n<div><p>Fragment</p></div>", "html"),
        (b"Some junk first <html><body>", "html"),
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"%PDF-1.5", "binary"),
        (b"Title\n\nBody.", "text"),
        (b"", "empty"),
    ],
)
def test_sniff(head: bytes, fmt: str) -> None:
    assert sniff(head, complete=True).format == fmt


@pytest.mark.parametrize(
    ("url", "published", "expected"),
    [
        # dated by the capture, three years on: the story's own day from its url
        (
            "http://web.archive.org/web/20160819043338/http://news.example.com/2013/06/09/spree",
            "2016-08-18",
            "2013-06-09",
        ),
        ("https://web.archive.org/web/2019/https://x.example/2018-11-03/story", None, "2018-11-03"),
        # the given date agrees with the url (within two days): nothing to correct
        (
            "http://web.archive.org/web/20130610/http://news.example.com/2013/06/09/spree",
            "2013-06-10T08:00:00",
            None,
        ),
        # not an archive capture, or no day in the url: the given date stands
        ("http://news.example.com/2013/06/09/spree", "2016-08-18", None),
        (
            "http://web.archive.org/web/20160819/http://news.example.com/local/spree",
            "2016-08-18",
            None,
        ),
        ("http://web.archive.org/web/20160819/http://news.example.com/2013/02/31/x", None, None),
    ],
)
def test_archived_publication(url: str, published: str | None, expected: str | None) -> None:
    assert archived_publication(url, published) == expected


def test_an_archive_capture_dated_by_its_capture_takes_its_story_s_day() -> None:
    record = RawRecord(
        origin="t.jsonl:1",
        text="Gunman named\n\nPolice on Sunday named the gunman in Friday's shooting.",
        url="http://web.archive.org/web/20160819043338/http://news.example.com/2013/06/09/x",
        published="2016-08-18",
    )
    assert clean_record(record).published == "2013-06-09"


# -- the headline slug of an address (read alike by grouping and by the places) -------------


@pytest.mark.parametrize(
    ("url", "least", "words"),
    [
        # a file's extension and a numeric id are no words, nor is a word with a digit
        (
            "https://www.valleyherald.example/news/larkspur-man-shot-2nd-time-481516.html",
            3,
            ["larkspur", "man", "shot", "time"],
        ),
        (
            "https://www.valleyherald.example/news/man-shot-in-larkspur.html",
            3,
            ["man", "shot", "in", "larkspur"],
        ),
        # a two-word slug is one only when two words are enough
        ("https://kxyz.example/2024/05/05/larkspur-shooting/", 3, []),
        ("https://kxyz.example/2024/05/05/larkspur-shooting/", 2, ["larkspur", "shooting"]),
        ("https://kxyz.example/2024/05/05/larkspur-shooting.html", 2, ["larkspur", "shooting"]),
        # underscores join words too; the query and fragment are not the path
        (
            "https://kxyz.example/local/larkspur_man_shot?utm_source=feed_reader_app#top",
            3,
            ["larkspur", "man", "shot"],
        ),
        # an archive link's slug is the archived page's (not its stamp, host or scheme)
        (
            "https://web.archive.org/web/20240506010203/https://kxyz.example/news/"
            "larkspur-man-shot-saturday/",
            3,
            ["larkspur", "man", "shot", "saturday"],
        ),
        # the first of two segments with as many words
        ("https://kxyz.example/crime-and-courts/larkspur-man-shot/", 3, ["crime", "and", "courts"]),
        ("https://kxyz.example/story/123456", 2, []),
        (None, 3, []),
    ],
)
def test_slug_words(url: str | None, least: int, words: list[str]) -> None:
    assert slug_words(url, least=least) == words


def test_url_path_of_an_archive_link() -> None:
    assert url_path("https://web.archive.org/web/2024id_/http://kxyz.example/a/b-c?x=1") == "/a/b-c"
    assert url_path("https://kxyz.example") == ""
    assert url_path(None) == ""
