"""A plain-text article: an optional metadata header, a title line, the body.

    date 2021-07-10                      a header line: key, then value (with or without ':')
    Source: Example Daily
    Police clear the old market          the title: the first line after the header

    Body paragraphs ...

Header keys (case-insensitive): `date`, `published`, `publication date`, `pubdate` (the
publication date), `title`, `headline`, `url`, `link`, `source`, `outlet`, `publisher`,
`language`, `lang`, `id`, and `author`, `by`, `byline`, `tags`, `keywords` (read and dropped:
they are not article text). Without a colon only `date`/`published` followed by a date and
`url`/`link` followed by a url count as a header, so a title such as "Date night ends in
gunfire" stays a title.

The header may share the title's line: ` date 2023-04-18 Crews in Marlow Heights reopen ...` is
the date followed by the title. Colon-form header lines right after the title ("Published: ...") are
read too. The first line is taken as the title only when it looks like one (at most
`MAX_TITLE_CHARS` characters and followed by more text); otherwise the whole text is the body.
"""

from __future__ import annotations

import re

from newsfold.ingest.errors import Skip
from newsfold.ingest.metadata import DATE_TOKEN, normalise_date
from newsfold.records import RawRecord

MAX_TITLE_CHARS = 300

_KEYS: dict[str, str | None] = {
    "date": "published",
    "published": "published",
    "publication date": "published",
    "published on": "published",
    "pubdate": "published",
    "title": "title",
    "headline": "title",
    "url": "url",
    "link": "url",
    "source url": "url",
    "source": "source",
    "outlet": "source",
    "publisher": "source",
    "language": "language",
    "lang": "language",
    "id": "id",
    "author": None,
    "authors": None,
    "by": None,
    "byline": None,
    "tags": None,
    "keywords": None,
}
_KEY_RE = "|".join(sorted((re.escape(k) for k in _KEYS), key=len, reverse=True))
_COLON = re.compile(rf"^\s*(?P<key>{_KEY_RE})\s*:\s*(?P<value>\S.*?)\s*$", re.IGNORECASE)
_SPACED = re.compile(
    r"^\s*(?P<key>date|published|url|link)\s+(?P<value>\S+(?:\s+\S+){0,3}?)\s*$", re.IGNORECASE
)
_SAME_LINE = re.compile(
    rf"^\s*(?:date|published|publication date|pubdate)\s*:?\s*(?P<date>{DATE_TOKEN.pattern})"
    r"\s*[|–—-]?\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_URL = re.compile(r"^(?:https?://|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+/\S*$", re.IGNORECASE)


def _header(line: str, colon_only: bool = False) -> tuple[str | None, str] | None:
    """(field, value) when `line` is a header line; field None for keys that are dropped."""
    m = _COLON.match(line)
    if m is None and not colon_only:
        m = _SPACED.match(line)
    if m is None:
        return None
    field = _KEYS[m["key"].lower()]
    value = m["value"]
    if field == "published" and normalise_date(value) is None:
        return None
    if field == "url" and not _URL.match(value):
        return None
    if len(value) > MAX_TITLE_CHARS:
        return None
    return field, value


def parse_text(text: str, origin: str) -> RawRecord | Skip:
    """The RawRecord of a plain-text article (already decoded)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    meta: dict[str, str] = {}
    i = 0
    title_line: str | None = None
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        found = _header(line)
        if found is not None:
            field, value = found
            if field and field not in meta:
                meta[field] = value
            i += 1
            continue
        same = _SAME_LINE.match(line)
        if same and normalise_date(same["date"]) is not None:
            meta.setdefault("published", same["date"])
            title_line = same["rest"]
            i += 1
        break

    if "title" not in meta:
        if title_line is None:
            while i < len(lines) and not lines[i].strip():
                i += 1
            if i < len(lines):
                title_line = lines[i]
                i += 1
        if title_line is not None:
            rest_has_text = any(line.strip() for line in lines[i:])
            if len(title_line.strip()) <= MAX_TITLE_CHARS and rest_has_text:
                meta["title"] = title_line.strip()
            else:
                lines.insert(i, title_line)
    elif title_line is not None:
        lines.insert(i, title_line)

    # colon-form header lines right under the title ("Published: ...", "By: ...")
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        found = _header(lines[i], colon_only=True)
        if found is None:
            break
        field, value = found
        if field and field not in meta:
            meta[field] = value
        i += 1

    body = "\n".join(lines[i:]).strip()
    if not body:
        if meta.get("title"):
            return Skip(origin, "no article text under the title")
        return Skip(origin, "empty file" if not text.strip() else "no article text")
    return RawRecord(
        origin=origin,
        text=body,
        title=meta.get("title"),
        published=meta.get("published"),
        url=meta.get("url"),
        source=meta.get("source"),
        language=meta.get("language"),
        id=meta.get("id"),
    )
