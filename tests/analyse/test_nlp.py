"""Sentences glued without a space ("said.The"): split in the tokens and the sentences, never
in abbreviations, initials, decimals, URLs or domains; the text itself is never changed."""

from __future__ import annotations

from importlib import resources

import pytest

from newsfold.analyse import analyse
from newsfold.analyse.fingerprint import _files
from newsfold.analyse.nlp import (
    _CLOCK_STOP_HASHES,
    _SENTENCE_STOP_HASHES,
    _after,
    get_nlp,
)
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


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot at 12:40 a.m. Sunday, police in Fenwick said.",
        "Deputies were called about 9 p.m. Friday, a spokesman told reporters.",
        "The fire started at 4 a.m. Oct. 3, the chief said.",
    ],
)
def test_a_day_after_a_clock_stays_in_the_clock_s_sentence(text: str) -> None:
    # the parser alone starts a sentence at "Sunday" after "a.m." and hangs the day on "said"
    assert sentences(text) == [text]


def test_a_day_after_a_clock_dates_the_shooting_not_the_saying() -> None:
    article = Article(
        id="c1",
        text="A man was shot at 12:40 a.m. Sunday, Marrowfield police said.",
        published="2024-03-31",
    )
    ev = analyse(article).event
    days = [c for c in ev.claims if c.field == "event_date"]
    assert ev.event_date == "2024-03-31"
    assert days and not any(c.attrs.get("fallback") for c in days)


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


# --- per-Doc helpers that save work (same answers as spaCy's and numpy's own) ----------------


def test_entities_are_the_doc_s_entities_built_once() -> None:
    from newsfold.analyse.nlp import entities

    doc = get_nlp()("Deputies in Travis County said Lena Ortiz, 31, was found in Austin on May 2.")
    ents = entities(doc)
    assert [(e.start, e.end, e.label_) for e in ents] == [
        (e.start, e.end, e.label_) for e in doc.ents
    ]
    assert entities(doc) is ents  # kept with the Doc, not built again
    other = get_nlp()("Nobody was hurt.")
    assert entities(other) == () and entities(other) is not ents  # each Doc its own


def test_in_sorted_is_numpy_s_isin() -> None:
    import numpy as np

    from newsfold.analyse.nlp import in_sorted

    rng = np.random.default_rng(7)
    hashes = np.unique(rng.integers(0, 2**63, 50, dtype=np.uint64))
    values = np.concatenate([hashes[::3], rng.integers(0, 2**63, 80, dtype=np.uint64)])
    values = np.append(values, [np.uint64(2**64 - 1), np.uint64(0)])  # past both ends
    assert (in_sorted(values, hashes) == np.isin(values, hashes)).all()
    table = values[:60].reshape(30, 2)  # a two-column `to_array` ("LEMMA", "LOWER")
    assert (in_sorted(table, hashes) == np.isin(table, hashes)).all()
    empty = np.array([], dtype=np.uint64)
    assert not in_sorted(values, empty).any()
    assert in_sorted(empty, hashes).shape == (0,)


def test_sorted_hashes_are_the_vocab_s_hashes_in_order() -> None:
    """`sorted_hashes` gives what `in_sorted` needs: each word's string hash, sorted, the same
    from `hash_string` as from a vocab's `strings.add` (the Doc's LOWER column holds them)."""
    from newsfold.analyse.nlp import get_nlp, in_sorted, sorted_hashes

    nlp = get_nlp()
    words = ["wounded", "ambush", "convoy", "a"]
    plain = sorted_hashes(words)
    assert list(plain) == sorted(plain)
    assert (plain == sorted_hashes(words, nlp.vocab.strings.add)).all()
    doc = nlp.make_doc("An ambush on the convoy left two wounded")
    found = in_sorted(doc.to_array("LOWER"), plain)
    assert [t.text for t, hit in zip(doc, found, strict=True) if hit] == [
        "ambush",
        "convoy",
        "wounded",
    ]


def test_the_tokens_after_stops_are_found_with_and_without_a_space() -> None:
    # what both components ask of every token, read from the Doc's arrays
    nlp = get_nlp()
    doc = nlp.make_doc("Shot at 9 a.m. Sunday and 5 p.m.Monday, he said.The end.")
    spaced = [doc[i].text for i in _after(doc, _CLOCK_STOP_HASHES, spaced=True)]
    glued = [doc[i].text for i in _after(doc, _SENTENCE_STOP_HASHES, spaced=False)]
    assert spaced == ["Sunday"]
    assert glued == ["Monday", "The"]
    assert len(_after(nlp.make_doc("a.m."), _CLOCK_STOP_HASHES, spaced=True)) == 0
