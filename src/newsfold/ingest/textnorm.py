"""Text repair and whitespace: mojibake (ftfy), odd spaces and line breaks, paragraph breaks.

The clean text keeps its paragraph structure: lines stay lines, and paragraphs are separated by
exactly one blank line at most. Spaces inside a line are collapsed, lines are stripped, invisible
characters that only get in the way (zero-width space, BOM, soft hyphen) are removed. Joiners
(U+200C, U+200D) stay: they carry meaning in Persian, Indic scripts and emoji.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, explain=False)

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BLANK_LINES = re.compile(r"\n{3,}")
# Reference marks that encyclopaedia pages and some blogs leave in the text, glued to the word
# or punctuation they follow: "at the depot.[3][7][9] The driver", "Harlow Technical
# Institute[14]", "[citation needed]". A bracket after a space ("he [the suspect] fled", an
# editor's insertion in a quote) is left alone.
_REFERENCE_MARKS = re.compile(
    r"(?<=[\w.,;:!?)\"'\u201d\u2019])"
    r"(?:\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed|clarification needed|who\?|when\?)\])+",
    re.IGNORECASE,
)


# What makes ftfy worth running (it costs ~0.5 ms per article even when there is nothing to
# fix): a UTF-8 lead byte read as cp1252/latin-1 followed by a continuation byte read the same
# way (the signature of mojibake), C1 control characters (cp1252 read as latin-1), HTML
# entities, surrogates, ligatures and full-width Latin letters.
_NEEDS_FTFY = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018\u2019\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]"
    "|[\u0080-\u009f\ud800-\udfff\ufb00-\ufb06\uff01-\uff5e]"
    "|&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});"
)


def repair(text: str) -> str:
    """Fix mojibake, cp1252 controls and HTML entities left in text (ftfy), NFC-normalised."""
    if _NEEDS_FTFY.search(text):
        return ftfy.fix_text(text, _FTFY_CONFIG)
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def normalise_whitespace(text: str) -> str:
    """One space between words, stripped lines, at most one blank line between paragraphs."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def strip_reference_marks(text: str) -> str:
    """Text without footnote and citation marks ("killed.[1][2] The" -> "killed. The")."""
    if "[" not in text:
        return text
    return _REFERENCE_MARKS.sub("", text)


def clean_inline(text: str | None) -> str | None:
    """A one-line field (title, source): repaired, whitespace collapsed, None when empty."""
    if text is None:
        return None
    text = " ".join(repair(str(text)).split())
    return text or None


def replacement_ratio(text: str) -> float:
    """Share of U+FFFD (undecodable bytes) among the characters: high means binary."""
    return text.count("\ufffd") / len(text) if text else 0.0
