"""RawRecord -> Article: extraction (HTML), repair, whitespace, boilerplate, metadata, language.

`clean_record` is pure (no I/O, no global state beyond cached models), so the pipeline runs it
in worker processes. The caller's fields always win over what is derived: a record's own
`title`, `published`, `url`, `source` and `language` are kept (normalised); only missing ones are
filled from the page, the url or the text. One exception: an archive capture dated by its
capture, whose archived url names an earlier day, is dated by that day (`archived_publication`).
"""

from __future__ import annotations

import re

from newsfold.ingest.boilerplate import strip_boilerplate
from newsfold.ingest.errors import IngestError
from newsfold.ingest.htmlpage import Page, extract_page, fragment_to_text, markup_kind
from newsfold.ingest.ids import content_hash, derive_id
from newsfold.ingest.language import detect_language
from newsfold.ingest.limits import MAX_TEXT_CHARS
from newsfold.ingest.metadata import (
    archived_publication,
    date_in_lines,
    normalise_date,
    normalise_language,
    source_from_url,
)
from newsfold.ingest.textnorm import (
    clean_inline,
    normalise_whitespace,
    repair,
    replacement_ratio,
    strip_reference_marks,
)
from newsfold.records import Article, RawRecord

__all__ = ["clean_record", "clean_text", "content_hash", "derive_id"]

_WORD = re.compile(r"\w", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")  # not \t \n \v \f \r


def clean_text(text: str, title: str | None = None) -> tuple[str, list[str]]:
    """Repair, normalise and strip boilerplate from article text; returns (text, removed)."""
    return strip_boilerplate(strip_reference_marks(normalise_whitespace(repair(text))), title)


def clean_record(raw: RawRecord) -> Article:
    """The clean Article for `raw`; raises IngestError when there is no usable article."""
    title = clean_inline(raw.title)
    published = raw.published
    url = clean_inline(raw.url)
    source = clean_inline(raw.source)
    language = normalise_language(raw.language)
    notes = ""
    guess: str | None = None

    page: Page | None = None
    if raw.text is not None and raw.text.strip():
        body = raw.text
        kind = markup_kind(body)  # crawls often store HTML in a "text" field
        if kind == "page":
            page = extract_page(body, url)
        elif kind == "fragment":
            body = fragment_to_text(body)
    elif raw.html is not None and raw.html.strip():
        page = extract_page(raw.html, url)
    else:
        raise IngestError(raw.origin, "empty article (no text)")

    if page is not None:
        body = page.text
        title = title or clean_inline(page.title)
        published = published or page.published
        guess = page.published_guess
        url = url or clean_inline(page.url)
        source = source or source_from_url(url) or clean_inline(page.sitename)
        language = language or normalise_language(page.language)
        notes = "; ".join(page.notes)
        if not body.strip():
            raise IngestError(raw.origin, notes or "no article text found in the HTML page")

    _check_not_binary(raw.origin, body)
    text, removed = clean_text(body, title)
    if not _WORD.search(text):
        reason = "empty after removing boilerplate" if removed else "empty article (no words)"
        raise IngestError(raw.origin, reason)
    if len(text) > MAX_TEXT_CHARS:
        raise IngestError(
            raw.origin,
            f"article text too long ({len(text):,} characters; limit {MAX_TEXT_CHARS:,})",
        )

    day = (
        normalise_date(published)
        or date_in_lines(removed)  # "Posted on July 14, 2024 by ..." cut from the top
        or normalise_date(raw.crawled)
        or normalise_date(guess)
    )
    return Article(
        id=raw.id or derive_id(raw),
        text=text,
        title=title,
        # an archive capture dated by its capture: the day in the archived story's url
        published=archived_publication(url, day) or day,
        url=url,
        source=source or source_from_url(url),
        language=language or detect_language(text),
        origin=raw.origin,
        removed=removed,
        content_hash=content_hash(text),
    )


def _check_not_binary(origin: str, text: str) -> None:
    """A few stray control characters are dropped by the whitespace normalisation; many mean
    the text is binary data or was decoded with the wrong encoding."""
    sample = text[:8192]
    if replacement_ratio(sample) > 0.1:
        raise IngestError(origin, "binary or undecodable content")
    if len(_CONTROL.findall(sample)) > max(8, len(sample) * 0.05):
        raise IngestError(origin, "binary content (control characters)")
