"""An HTML page -> its article text and metadata (trafilatura, htmldate), and HTML fragments
(feed item bodies) -> text.

Settings, as measured on the scrapinghub article-extraction benchmark (see
`benchmarks/boilerplate.py` and docs/ingest.md): comments excluded (`include_comments=False`),
`favor_precision=True`, tables kept, trafilatura's readability/jusText fallbacks kept (turning
them off with `fast=True` loses recall). The text-level rules of `boilerplate.py` then cut what
trafilatura leaves (share prompts, "Related:" lines, a repeat of the headline).

Metadata is read with trafilatura's own helpers (meta tags, JSON-LD, title, canonical url, site
name) and htmldate for the publication date (`original_date=True`): the quick search reads the
page's metadata; the extensive one, which guesses from dates in the text, is kept apart as a
weaker guess (`clean_record` prefers a WARC fetch date to it). The author, category and
licence extraction that newsfold does not use is skipped: about a quarter of the cost of
trafilatura's full `extract_metadata`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lxml_html

_SETTINGS = {
    "include_comments": False,
    "favor_precision": True,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "deduplicate": False,
}

for _name in ("trafilatura", "htmldate", "readability", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


@dataclass(slots=True)
class Page:
    """What one HTML page yields: paragraphs of text and the metadata found."""

    text: str = ""
    title: str | None = None
    published: str | None = None  # from the page's metadata (htmldate's quick search)
    published_guess: str | None = None  # htmldate's extensive search: dates in the text
    url: str | None = None
    sitename: str | None = None
    language: str | None = None
    notes: list[str] = field(default_factory=list)


# an unclosed <title> swallows the whole page into the title (HTML parsers read it as raw text
# up to "</title>"): close it before the next tag
_UNCLOSED_TITLE = re.compile(r"(<title[^>]*>[^<]*)(?=<(?!/title))", re.IGNORECASE)


def extract_page(html: str, url: str | None = None) -> Page:
    """Extract the article text and metadata of a whole HTML page; empty Page when none.

    trafilatura (with its own readability and jusText fallbacks) first; when it finds nothing,
    its baseline extractor (all paragraph text), so that a badly broken page still yields its
    paragraphs.
    """
    from trafilatura import bare_extraction, baseline, load_html

    html = _UNCLOSED_TITLE.sub(r"\1</title>", html, count=1)
    tree = load_html(html)
    if tree is None:
        return Page(notes=["the HTML could not be parsed"])
    doc = bare_extraction(tree, url=url, **_SETTINGS)  # type: ignore[arg-type]
    raw_text = getattr(doc, "text", None) or ""
    if not raw_text.strip():
        try:
            raw_text = baseline(tree)[1]
        except Exception:
            raw_text = ""
    page = Page(text=_paragraphs(raw_text))
    _metadata(tree, url, page)
    return page


def _paragraphs(text: str) -> str:
    """trafilatura separates blocks with one newline; newsfold separates paragraphs with a
    blank line, as in plain-text inputs."""
    lines = [line.strip() for line in text.split("\n")]
    return "\n\n".join(line for line in lines if line)


def _metadata(tree: lxml_html.HtmlElement, url: str | None, page: Page) -> None:
    from htmldate import find_date
    from trafilatura.metadata import (
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    try:
        meta = examine_meta(tree)
        meta = extract_meta_json(tree, meta)
    except Exception:  # malformed JSON-LD or meta tags: fall back to the plain helpers
        meta = None
    page.title = (meta.title if meta else None) or _safe(extract_title, tree)
    page.url = (meta.url if meta else None) or _safe(extract_url, tree, url)
    page.sitename = (meta.sitename if meta else None) or _safe(extract_sitename, tree)
    lang = tree.get("lang") or tree.get("xml:lang")
    page.language = lang.strip() if isinstance(lang, str) and lang.strip() else None
    where = page.url or url
    try:
        page.published = find_date(tree, extensive_search=False, original_date=True, url=where)
        if not page.published:
            guess = find_date(tree, extensive_search=True, original_date=True, url=where)
            # a bare year (a copyright line) comes back as 1 January: not a publication date
            page.published_guess = guess if guess and not guess.endswith("-01-01") else None
    except Exception:
        page.published = page.published_guess = None


def _safe(fn, *args):  # type: ignore[no-untyped-def]
    try:
        return fn(*args)
    except Exception:
        return None


_BLOCK_TAGS = frozenset(
    """address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5
    h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul""".split()  # noqa: SIM905
)
_DROP_TAGS = ("script", "style", "noscript", "iframe", "form", "button", "svg", "template")
_LOOKS_LIKE_HTML = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>|&[a-zA-Z#][a-zA-Z0-9]*;")


def fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed item's body): block elements become paragraphs."""
    if not _LOOKS_LIKE_HTML.search(fragment):
        return fragment
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment)
    for bad in list(root.iter(*_DROP_TAGS)):
        if bad.getparent() is not None:
            bad.drop_tree()
    parts: list[str] = []

    def walk(el: lxml_html.HtmlElement) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag == "br":
            parts.append("\n")
            return
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n\n")
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n\n")

    walk(root)
    text = "".join(parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    return re.sub(r"\s*\n\s*\n\s*", "\n\n", text).strip()


_PAGE_START = re.compile(r"^\s*(?:<!doctype html|<html[\s>])", re.IGNORECASE)
_MARKUP = re.compile(
    r"</?(?:p|br|div|span|a|li|ul|ol|h[1-6]|strong|em|b|i|img|table|tr|td|blockquote)\b[^<>]*>",
    re.IGNORECASE,
)


def markup_kind(text: str) -> str | None:
    """ "page" when a text field holds a whole HTML page, "fragment" when it holds HTML markup
    (two tags or more in its first 5,000 characters), else None."""
    if _PAGE_START.match(text):
        return "page"
    tags = _MARKUP.finditer(text, 0, 5000)
    if next(tags, None) is not None and next(tags, None) is not None:
        return "fragment"
    return None
