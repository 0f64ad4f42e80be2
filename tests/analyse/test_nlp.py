"""Sentences glued without a space ("said.The"): split in the tokens and the sentences, never
in abbreviations, initials, decimals, URLs or domains; the text itself is never changed."""

from __future__ import annotations

from importlib import resources

import pytest

from newsfold.analyse import analyse
from newsfold.analyse.fingerprint import _files
from newsfold.analyse.nlp import get_nlp
from newsfold.records import Article


def tokens(text: str) -> list[str]:
    return [t.text for t in get_nlp()(text)]


def sentences(text: str) -> list[str]:
    return [s.text for s in get_nlp()(text).sents]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Officers said.The driver fled on foot.", "Officers said.", "The driver fled on foot."),
        ("Who fired first?Nobody has said.", "Who fired first?", "Nobody has said."),
        ("Stay safe!Another storm is coming.", "Stay safe!", "Another storm is coming."),
        (
            "The house was built in 1998.Neighbors heard shots.",
            "The house was built in 1998.",
            "Neighbors heard shots.",
        ),
        (
            "Someone dialed 911.All three were taken away.",
            "Someone dialed 911.",
            "All three were taken away.",
        ),
        (
            "The fair ends on (June 4).The parade follows.",
            "The fair ends on (June 4).",
            "The parade follows.",
        ),
        ("Prices rose 40%!The mayor was angry.", "Prices rose 40%!", "The mayor was angry."),
        (
            "He called at 9 p.m.Deputies arrived later.",
            "He called at 9 p.m.",
            "Deputies arrived later.",
        ),
        ("The game ended 3-2.A fight broke out.", "The game ended 3-2.", "A fight broke out."),
    ],
)
def test_glued_sentences_are_split(text: str, first: str, second: str) -> None:
    assert sentences(text) == [first, second]


def test_a_glued_quote_is_its_own_token() -> None:
    text = 'The man was arrested."We are relieved," his sister said.'
    assert tokens(text)[:6] == ["The", "man", "was", "arrested", ".", '"']
    assert sentences(text) == ["The man was arrested.", '"We are relieved," his sister said.']


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("Mr.Gable was not home.", "Gable"),  # a title: the name is no new sentence
        ("He lives in St.Albans now.", "Albans"),
        ("The U.S. Navy sent help.", "U.S."),  # initials
        ("A report by J.K.Rowe was read aloud.", "J.K.Rowe"),
        ("The rate was 2.5 percent.", "2.5"),  # a decimal
        ("Read more at www.Fakenews.org today.", "www.Fakenews.org"),  # a URL
        ("Watch KXYZ-TV.com for updates.", "KXYZ-TV.com"),  # a domain
        ("Follow KXYZ5.COM for updates.", "KXYZ5.COM"),  # a domain in capitals
        ("I want answers...I want them now.", "..."),  # an ellipsis is left to the parser
    ],
)
def test_no_split_where_it_must_not(text: str, token: str) -> None:
    assert token in tokens(text)
    if token != "...":
        assert len(sentences(text)) == 1


def test_the_text_and_offsets_are_untouched() -> None:
    text = "Police said.The victim, 19, died in 2020.Two others were hurt."
    doc = get_nlp()(text)
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)


def test_the_counts_of_a_glued_second_sentence_are_read() -> None:
    article = Article(
        id="g1",
        text="Two men were shot on Main Street late on July 4.One of them died at a "
        "hospital.The other was in stable condition.",
        published="2021-07-10",
    )
    ev = analyse(article).event
    assert ev.fatalities == 1


def test_the_fingerprint_covers_the_pipeline_setup() -> None:
    # a change to the tokenizer rules must mark stored analyses outdated
    names = {name for name, _ in _files(resources.files("newsfold.analyse"))}
    assert "nlp.py" in names
