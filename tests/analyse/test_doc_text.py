"""analyse/what/sentences: `doc_text`, the Doc's text joined once per Doc (`Doc.text` joins
every token anew on each call; rules that read the text per mention take it from here)."""

from __future__ import annotations

from newsfold.analyse.nlp import get_nlp
from newsfold.analyse.what.sentences import doc_text, seed_doc_text


def test_doc_text_is_the_docs_text_joined_once() -> None:
    doc = get_nlp()("A man was shot Friday night on Elm Street.  Police said he died.")
    first = doc_text(doc)
    assert first == doc.text
    # the second call hands back the same string object: joined once, not again
    assert doc_text(doc) is first


def test_doc_text_is_per_doc() -> None:
    nlp = get_nlp()
    a, b = nlp("Two were wounded."), nlp("One man died Sunday.")
    assert (doc_text(a), doc_text(b)) == ("Two were wounded.", "One man died Sunday.")


def test_seeded_text_is_handed_back_without_a_join() -> None:
    text = "Three people were hurt early Sunday. "
    doc = get_nlp()(text)
    seed_doc_text(doc, text)
    assert doc_text(doc) is text


def test_a_text_the_doc_was_not_made_of_is_not_seeded() -> None:
    doc = get_nlp()("One man was shot.")
    seed_doc_text(doc, "One man was shot. And more words after it.")
    assert doc_text(doc) == "One man was shot."
