"""Which articles the English analysis can read.

The model, the lexicons and the date and number rules are English. Run on Portuguese or
Russian they invent events: "como" becomes Como in Italy, a Russian page a battle in Moscow.
An article in another language is stored and grouped (copies are still found), but nothing is
extracted from it, and its record says why.

The language comes from ingest (py3langid on the text's opening). A classifier can be wrong
on a short or name-heavy English text, so a text that it calls foreign but that is full of
English function words is read anyway: a handful of words no other language uses this often
tell English apart reliably, which a classifier score without calibration does not.
"""

from __future__ import annotations

import re

from newsfold.analyse import lexicon as lx
from newsfold.records import Article

ENGLISH_LIKE = frozenset({"en", "pcm", "sco"})
"""Languages the English analysis reads: English, and English-based Nigerian Pidgin and Scots
(ACLED notes on Nigeria and tabloid prose are sometimes classified as these)."""

_FUNCTION_WORDS = lx.words(
    """the of and to was were is are said with that from by has have had after this which
    their they would been who"""
)
_WORDS = re.compile(r"[^\W\d_]+")
SAMPLE_CHARS = 2000
MIN_SHARE = 0.12
"""English news runs at 25-35% of these words; other languages that share the alphabet at
under 3%."""

LANGUAGE_NAMES = {
    "ar": "Arabic", "de": "German", "es": "Spanish", "fa": "Persian", "fr": "French",
    "hi": "Hindi", "id": "Indonesian", "it": "Italian", "ja": "Japanese", "ko": "Korean",
    "nl": "Dutch", "pl": "Polish", "pt": "Portuguese", "ru": "Russian", "sw": "Swahili",
    "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "zh": "Chinese",
}  # fmt: skip


def english_share(text: str) -> float:
    """The share of English function words among the words of the text's opening."""
    words = [w.lower() for w in _WORDS.findall(text[:SAMPLE_CHARS])]
    if not words:
        return 0.0
    return sum(w in _FUNCTION_WORDS for w in words) / len(words)


def reads_as_english(article: Article) -> bool:
    """Whether the English analysis should read this article."""
    if article.language is None or article.language in ENGLISH_LIKE:
        return True
    return english_share(article.text) >= MIN_SHARE


NOT_READ = "Not analysed:"
"""How the notes of an article the analysis did not read begin (`not_read_note`)."""


def not_read_note(article: Article) -> str:
    name = LANGUAGE_NAMES.get(article.language or "", article.language or "unknown")
    return (
        f"{NOT_READ} the article is in {name} ({article.language}), and newsfold's "
        "analysis reads English only."
    )
