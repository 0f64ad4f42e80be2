"""Builders for ingest fixtures: invented articles as text, HTML pages, WARC files and feeds.

Every text here is written for newsfold's tests (the towns and people are made up); nothing is
copied from ../shared.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsfold.ingest import Skip, read_inputs
from newsfold.records import RawRecord

PARAGRAPHS = [
    "Floodwater from the River Tarn swept through the lower streets of Vellmoor on Tuesday "
    "night, forcing about 300 residents to leave their homes, the town council said.",
    "Two people were killed when a footbridge near the old mill gave way, and at least eleven "
    "others were taken to the regional hospital with injuries, a council spokesperson added.",
    "Emergency crews worked through the night to reinforce the embankment with sandbags while "
    "volunteers from neighbouring villages opened a school hall as a temporary shelter.",
    "Mayor Odile Brennick said the town had not seen the river this high in forty years and "
    "asked residents to stay away from the waterfront until engineers inspect the walls.",
]
TITLE = "Floods force hundreds from their homes in Vellmoor"
BODY = "\n\n".join(PARAGRAPHS)


def html_page(
    title: str = TITLE,
    paragraphs: Sequence[str] = PARAGRAPHS,
    *,
    date: str | None = "2023-03-14",
    canonical: str | None = "https://www.vellmoor-herald.example/news/floods",
    site_name: str | None = "Vellmoor Herald",
    charset: str = "utf-8",
) -> str:
    """A news page with the furniture real pages have: menu, share bar, comments, footer."""
    meta = [f'<meta charset="{charset}">', f"<title>{title} | Vellmoor Herald</title>"]
    if date:
        meta.append(f'<meta property="article:published_time" content="{date}T08:30:00Z">')
    if canonical:
        meta.append(f'<link rel="canonical" href="{canonical}">')
    if site_name:
        meta.append(f'<meta property="og:site_name" content="{site_name}">')
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head>{"".join(meta)}</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<main><article>
<h1>{title}</h1>
<div class="share">Share this: <a href="#">Facebook</a> <a href="#">Twitter</a></div>
{body}
</article>
<section id="comments"><h3>Leave a Reply</h3>
<p>Your email address will not be published. Required fields are marked *</p>
<form><textarea name="comment"></textarea><button>Post Comment</button></form></section>
</main>
<footer><p>Copyright 2023 Vellmoor Herald. All rights reserved.</p>
<p>We use cookies to improve your experience.</p></footer>
</body></html>"""


def warc_bytes(
    pages: Sequence[tuple[str, str, str]], *, compress: bool = True, extras: bool = True
) -> bytes:
    """A WARC with one response per (url, html, warc_date), plus non-article records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compress)

    def response(url: str, payload: bytes, ctype: str, status: str, date: str) -> None:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(payload),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": date},
            )
        )

    if extras:
        writer.write_record(
            writer.create_warc_record(
                "http://www.vellmoor-herald.example/",
                "request",
                payload=io.BytesIO(b"GET / HTTP/1.1\r\nHost: example\r\n\r\n"),
                warc_headers_dict={"WARC-Date": "2023-03-15T10:00:00Z"},
            )
        )
        response(
            "http://www.vellmoor-herald.example/logo.png",
            b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
            "image/png",
            "200 OK",
            "2023-03-15T10:00:01Z",
        )
        response(
            "http://www.vellmoor-herald.example/old",
            b"",
            "text/html",
            "301 Moved Permanently",
            "2023-03-15T10:00:02Z",
        )
    for url, html, date in pages:
        response(url, html.encode("utf-8"), "text/html; charset=utf-8", "200 OK", date)
    return buf.getvalue()


def rss_feed(items: Sequence[dict[str, str]], *, language: str = "en-gb") -> str:
    """An RSS 2.0 feed; an item may carry `content` (content:encoded) and/or `summary`."""
    parts = []
    for item in items:
        fields = [f"<title>{item['title']}</title>", f"<link>{item['link']}</link>"]
        if "date" in item:
            fields.append(f"<pubDate>{item['date']}</pubDate>")
        if "summary" in item:
            fields.append(f"<description><![CDATA[{item['summary']}]]></description>")
        if "content" in item:
            fields.append(f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>")
        parts.append("<item>" + "".join(fields) + "</item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Vellmoor Herald</title><link>https://www.vellmoor-herald.example/</link>
<language>{language}</language>
{"".join(parts)}
</channel></rss>"""


def atom_feed(items: Sequence[dict[str, str]]) -> str:
    """An Atom feed; an entry may carry `content` (HTML) and/or `summary`."""
    parts = []
    for item in items:
        fields = [
            f"<title>{item['title']}</title>",
            f'<link href="{item["link"]}"/>',
            f"<id>{item['link']}</id>",
            f"<updated>{item.get('date', '2023-03-14T09:00:00Z')}</updated>",
        ]
        if "summary" in item:
            fields.append(f"<summary>{item['summary']}</summary>")
        if "content" in item:
            escaped = item["content"].replace("&", "&amp;").replace("<", "&lt;")
            fields.append(f'<content type="html">{escaped}</content>')
        parts.append("<entry>" + "".join(fields) + "</entry>")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Tarn Valley Post</title>
<id>urn:tarn-valley-post</id><updated>2023-03-14T09:00:00Z</updated>
{"".join(parts)}
</feed>"""


def jsonl(records: Sequence[object]) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def gz(data: bytes | str) -> bytes:
    return gzip.compress(data.encode("utf-8") if isinstance(data, str) else data)


def read_all(*paths: str | Path) -> list[Any]:
    """Everything read_inputs yields (RawRecords and Skips; typed loosely for the tests)."""
    return list(read_inputs([str(p) for p in paths]))


def records(items: Sequence[RawRecord | Skip]) -> list[RawRecord]:
    return [x for x in items if isinstance(x, RawRecord)]


def skips(items: Sequence[RawRecord | Skip]) -> list[Skip]:
    return [x for x in items if isinstance(x, Skip)]
