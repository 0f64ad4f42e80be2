"""Lines that repeat across many articles of one source are boilerplate.

Every outlet has its own furniture that no general rule knows: "Stay Up To Date, Follow KDKA On
Twitter", "For more neighborhood news, listen to DNAinfo Radio here:", "Copyright 2016 WFAA".
Such a line appears word for word in article after article of that source, which the article's
own text never does. So ingest counts, per source, in how many articles each short line occurs,
keeps the counts in the store (`source_lines`), and cuts a line once it has been seen in
`MIN_ARTICLES` articles of the same source, counting the current chunk and every earlier chunk
and run.

What is never cut, however often it repeats:
- lines longer than `MAX_LINE_CHARS` (paragraphs of reporting are long; furniture is short);
- lines that read as a sentence of reporting: at least `MIN_SENTENCE_WORDS` words, ending with
  . ! or ? (closing quotes allowed), not in Title Case and without a furniture phrase
  (copyright, subscribe, click here, newsletter, sign in, cookies, your browser, ...). An
  outlet that ends many stories with "The investigation is ongoing." keeps that sentence;
- datelines ("WASHINGTON (AP) —"), which say where the story happened;
- articles without a source (lines of unknown outlets are not comparable).

Lines are compared after case-folding, collapsing whitespace and turning digits into 0, so
"Copyright 2016 WFAA" and "Copyright 2017 WFAA" count as one line. Only lines that could be cut
are counted, so the table stays small.

A streaming run sees a source's first articles before their lines have repeated: those keep
their furniture. Within a chunk (the pipeline's 256 records) all articles are counted before
any is cut, and later runs benefit from everything counted before.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from newsfold.ingest.ids import content_hash
from newsfold.records import Article

CountsLookup = Callable[[str, Sequence[str]], dict[str, int]]

MIN_ARTICLES = 3
"""A line seen in at least this many articles of one source is cut from all of them."""

MAX_LINE_CHARS = 200
"""Only lines up to this long are counted and cut."""

MIN_SENTENCE_WORDS = 4

_FURNITURE = re.compile(
    r"\b(?:copyright|all rights reserved|click here|subscribe|subscription|newsletters?|"
    r"sign (?:up|in)|log ?in|download (?:our|the)|cookies?|javascript|your browser|"
    r"privacy policy|terms of (?:use|service)|notifications?|verification|password|read more|"
    r"follow us|like us on|your (?:e-?mail|inbox|account|profile))\b|©",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{2,40}(?:\([^)]{1,40}\))?\s*[—–-]")
_DIGITS = re.compile(r"\d")


def _is_sentence(line: str) -> bool:
    if not _SENTENCE_END.search(line):
        return False
    words = line.split()
    if len(words) < MIN_SENTENCE_WORDS:
        return False
    if _FURNITURE.search(line):
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised <= len(words) * 0.6


def is_candidate(line: str) -> bool:
    """Could this line be cut if it repeats? (short, not a sentence, not a dateline)"""
    line = line.strip()
    if not line or len(line) > MAX_LINE_CHARS:
        return False
    return not (_is_sentence(line) or _DATELINE.match(line))


def line_hash(line: str) -> str:
    """The key a line is counted under: case-folded, one space, digits as 0."""
    key = _DIGITS.sub("0", " ".join(line.casefold().split()))
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def strip_repeated_lines(
    articles: list[Article], lookup: CountsLookup
) -> tuple[list[Article], list[tuple[str, str, int]]]:
    """Return the articles with repeated lines removed, and the new (source, hash, n) counts.

    `lookup(source, hashes)` gives the counts stored by earlier chunks and runs; the returned
    counts are this chunk's, to be added to them.
    """
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, article in enumerate(articles):
        if article.source:
            by_source[article.source].append(i)

    out = list(articles)
    new_counts: list[tuple[str, str, int]] = []
    for source, indexes in sorted(by_source.items()):
        line_keys: dict[int, list[str | None]] = {}
        chunk: dict[str, int] = defaultdict(int)
        seen_texts: set[str] = set()
        for i in indexes:
            article = articles[i]
            keys = [
                line_hash(line) if is_candidate(line) else None for line in article.text.split("\n")
            ]
            line_keys[i] = keys
            if article.content_hash in seen_texts:  # an exact copy counts once
                continue
            seen_texts.add(article.content_hash)
            for key in {k for k in keys if k}:
                chunk[key] += 1
        if not chunk:
            continue
        stored = lookup(source, sorted(chunk))
        total = {key: n + stored.get(key, 0) for key, n in chunk.items()}
        new_counts.extend((source, key, n) for key, n in sorted(chunk.items()))
        for i in indexes:
            out[i] = _strip(articles[i], line_keys[i], total)
    return out, new_counts


def _strip(article: Article, keys: list[str | None], total: dict[str, int]) -> Article:
    lines = article.text.split("\n")
    cut = [bool(k) and total.get(k, 0) >= MIN_ARTICLES for k in keys]  # type: ignore[arg-type]
    if not any(cut):
        return article
    kept = [line for line, c in zip(lines, cut, strict=True) if not c]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    if not re.search(r"\w", text):
        return article  # nothing but repeated lines: keep it whole rather than empty it
    removed = [line for line, c in zip(lines, cut, strict=True) if c]
    return dataclasses.replace(
        article, text=text, removed=[*article.removed, *removed], content_hash=content_hash(text)
    )
