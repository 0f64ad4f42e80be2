"""analyse/what/sentences: where character offsets fall among the Doc's tokens and sentences
(`tokens_at`, `sent_index_at`, `sent_at`), read by `day_clock` and `when` for a claim's or a
time mention's sentence."""

from __future__ import annotations

from newsfold.analyse.nlp import get_nlp
from newsfold.analyse.what.sentences import sent_at, sent_index_at, sentences, tokens_at

TEXT = "A man was shot on Elm Street. Police arrived Friday night. Nobody was arrested."


def _offsets(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


def test_tokens_at_expands_to_the_tokens_a_stretch_touches() -> None:
    doc = get_nlp()(TEXT)
    first, last = tokens_at(doc, *_offsets("Friday night")) or (-1, -1)
    assert doc[first : last + 1].text == "Friday night"
    # part of a word reads its whole token
    start = TEXT.index("Street") + 2
    first, last = tokens_at(doc, start, start + 2) or (-1, -1)
    assert (doc[first].text, doc[last].text) == ("Street", "Street")


def test_no_token_lies_in_a_space_or_outside_the_text() -> None:
    doc = get_nlp()(TEXT)
    space = TEXT.index(" Police")
    assert tokens_at(doc, space, space + 1) is None
    assert sent_index_at(doc, space, space + 1) is None
    assert sent_at(doc, len(TEXT) + 5, len(TEXT) + 9) is None


def test_the_sentence_of_a_stretch_is_that_of_its_first_or_last_token() -> None:
    doc = get_nlp()(TEXT)
    sents = sentences(doc)[0]
    assert len(sents) == 3
    assert sent_index_at(doc, *_offsets("Friday")) == 1
    held = sent_at(doc, *_offsets("Friday"))
    assert held is not None and held.text == "Police arrived Friday night."
    # a stretch across a sentence's stop: the first token's sentence, or the last one's
    across = _offsets("night. Nobody")
    assert sent_index_at(doc, *across) == 1
    assert sent_index_at(doc, *across, last=True) == 2
