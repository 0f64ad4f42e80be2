"""`ascii_fold.folded`: a case-sensitive pattern of lowercase ASCII words finds on the folded
text what the same pattern with re.IGNORECASE finds on the original."""

from __future__ import annotations

import re
import sys

import pytest

from newsfold.analyse.ascii_fold import _FOLD_TABLE, _ODD_CASES, folded, folded_page, folded_twin
from newsfold.analyse.counts.roundup import set_digest_aside
from newsfold.analyse.numbers import find_numbers
from newsfold.analyse.timeexpr import find_times
from newsfold.analyse.when import background_spans
from newsfold.records import Article


def test_the_letters_ignorecase_reads_as_ascii_ones_are_all_in_the_table() -> None:
    # every code point re.IGNORECASE matches with an ASCII letter, other than its two cases
    any_letter = re.compile("[a-z]", re.IGNORECASE)
    odd: dict[str, str] = {}
    for c in range(128, sys.maxunicode + 1):
        ch = chr(c)
        if any_letter.fullmatch(ch):
            odd[ch] = next(a for a in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(a, ch, re.I))
    assert odd  # the check reads something
    for ch, letter in odd.items():
        assert _FOLD_TABLE[ord(ch)] == letter
        assert ch.lower() == letter or ch in _ODD_CASES


@pytest.mark.parametrize(
    "text",
    [
        "On Friday NIGHT a man was shot in Elmwood.",
        "İstanbul and Thurſday and ıN June",  # the letters lower() leaves apart
        "\u212aILLED on Sunday",  # the Kelvin sign reads as a K
        "Ünïcödé ÉLAN on Monday",
        "",
    ],
)
def test_folded_keeps_the_offsets_and_the_matches(text: str) -> None:
    fold = folded(text)
    assert len(fold) == len(text)
    for words in (r"\b(?:on|in)\s+\w+", r"friday|sunday|monday|june", r"thursday", r"killed"):
        blind = [m.span() for m in re.finditer(words, text, re.IGNORECASE)]
        assert [m.span() for m in re.finditer(words, fold)] == blind


def test_a_text_with_an_odd_letter_is_mapped_letter_by_letter() -> None:
    assert folded("Thurſday İN") == "thursday iN".replace("N", "n")
    assert folded("Plain TEXT") == "plain text"


def test_a_twin_finds_on_the_folded_text_what_the_case_blind_pattern_finds() -> None:
    pattern = re.compile(r"\bin\s+(?P<kind>a|an)\s+(?:separate|other)\b[^.;\n]{0,20}", re.I)
    twin = folded_twin(pattern)
    assert not twin.flags & re.IGNORECASE
    text = "IN A SEPARATE case; in an Other one. In a ſeparate matter, within an other."
    expected = [(m.span(), m.span("kind")) for m in pattern.finditer(text)]
    assert len(expected) == 3
    assert [(m.span(), m.span("kind")) for m in twin.finditer(folded(text))] == expected


def test_a_pattern_with_a_capital_has_no_twin() -> None:
    with pytest.raises(ValueError):
        folded_twin(re.compile(r"Earlier\s+this\s+week", re.I))
    with pytest.raises(ValueError):
        folded_twin(re.compile("caf\u00e9", re.I))
    # a character with no case is kept as it is
    dash = folded_twin(re.compile(r"\d+\s*(?:–|to)\s*\d+", re.I))
    assert [m.span() for m in dash.finditer(folded("3–4 or 5 TO 6"))] == [(0, 3), (7, 13)]


def test_a_page_is_folded_once_for_all_its_readers() -> None:
    # the four readers of a whole page (times, numbers, background passages, a story's
    # closing tally) share one fold of it: the first makes it, the others find it made
    text = (
        "Two men were SHOT on Friday night on Quillan Avenue in Ashgrove, police said.\n\n"
        "It was the third shooting in the city this week. On Monday a woman was wounded."
    )
    folded_page.cache_clear()
    assert find_times(text) and find_numbers(text) and background_spans(text)
    assert not set_digest_aside(Article(id="p", text=text), [])
    info = folded_page.cache_info()
    assert (info.misses, info.hits) == (1, 3)
    assert folded_page(text) == folded(text)
