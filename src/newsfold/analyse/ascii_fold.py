"""A text folded for fast case-blind search of lowercase ASCII words.

Python's regex engine skips ahead quickly only for patterns whose first characters are plain
literals; under `re.IGNORECASE` every literal is compared folded and that fast path is lost, so a
case-blind pattern costs a full attempt at every position of a long text. `folded(text)` gives a
string of the same length where a case-SENSITIVE pattern made of lowercase ASCII letters, digits
and the `\\w`, `\\d`, `\\s` classes matches exactly where the same pattern compiled with
`re.IGNORECASE` matches the original text (same offsets), so the cheap pattern can run on it.

`str.lower()` is that string except for three letters `re.IGNORECASE` equates with ASCII ones
that `lower()` leaves apart ("ı" and "ſ" stay as they are, and "İ" lowers to two characters);
a text with any of them is mapped letter by letter instead. Every other change `lower()` makes
turns a letter into a letter, so `\\w`, `\\d`, `\\s` and word boundaries stay where they were.
"""

from __future__ import annotations

import re
from functools import lru_cache

# the letters re.IGNORECASE matches with an ASCII letter besides its two cases (checked over
# every code point by tests/analyse/test_ascii_fold.py)
_ODD_CASES = "\u0130\u0131\u017f"  # İ, ı, ſ
_FOLD_TABLE: dict[int, str] = {
    **{c: chr(c + 32) for c in range(ord("A"), ord("Z") + 1)},
    0x0130: "i",
    0x0131: "i",
    0x017F: "s",
    0x212A: "k",  # the Kelvin sign
}


def folded(text: str) -> str:
    """`text` with ASCII letters lowercased, and the letters `re.IGNORECASE` reads as ASCII
    ones turned into them: same length, same offsets (see the module's docstring)."""
    if any(c in text for c in _ODD_CASES):
        return text.translate(_FOLD_TABLE)
    return text.lower()


# one article's analysis reads its whole page folded in five places (timeexpr.find_times,
# numbers.find_numbers, when._background, roundup.set_digest_aside,
# ordinal_harmed._ordinal_people); a few entries keep the page's fold while find_times also
# folds a short window or two of it
PAGE_FOLDS = 8


@lru_cache(maxsize=PAGE_FOLDS)
def folded_page(text: str) -> str:
    """`folded(text)`, made once per text: each reader of a whole page asks for it by its text
    and the later ones get the fold the first one made (the same string)."""
    return folded(text)


_ESCAPE = re.compile(r"\\.|\(\?P[<=]")  # an escape, a named group: not letters to match


def folded_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The case-sensitive twin of a `re.IGNORECASE` pattern, to run on the text `folded`: the
    same matches at the same offsets, and faster (a case-blind pattern compares every letter
    folded). Only for a pattern whose letters, escapes aside, are all lowercase ASCII ones (a
    capital would match nothing on the folded text, and a letter outside ASCII may be left
    unfolded): ValueError otherwise. Other characters ("–", "€") have no case."""
    source = pattern.pattern
    if any(c.isupper() or (c.isalpha() and not c.isascii()) for c in _ESCAPE.sub("", source)):
        raise ValueError(f"not a lowercase ASCII pattern: {source[:60]!r}")
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


# the same letters in their ASCII form and case ("İ" -> "I", "ı" -> "i", "ſ" -> "s", "K" -> "K")
_PLAIN_TABLE: dict[int, str] = {0x0130: "I", 0x0131: "i", 0x017F: "s", 0x212A: "K"}


def plain_letters(text: str) -> str:
    """`text` with the letters `re.IGNORECASE` equates with ASCII ones written as those ASCII
    letters, case kept: same length, same offsets, `text` itself when it has none.

    A case-blind pattern matches "Thurſday" (a long s: old prints, OCR) or "Frıday" (a dotless
    i: a Turkish keyboard) as a weekday, and the word's `lower()` is then no key of the tables
    that give its value (KeyError: the whole article went unanalysed). The readers of times
    and numbers read this text instead; the expression's text shows the plain letter."""
    if any(c in text for c in _ODD_CASES) or "\u212a" in text:
        return text.translate(_PLAIN_TABLE)
    return text
