"""A Doc's sentences and each token's sentence, computed once per Doc.

`Token.sent` walks the parse on every call; the rules ask for sentences often, so the split is
cached in `doc.user_data`. Also used by `who` and `quotes`. So is the Doc's text: `Doc.text`
joins every token's text anew on each call (`doc_text`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token


def sentences(doc: Doc) -> tuple[list[Span], list[int]]:
    """The Doc's sentences and each token's sentence index, computed once per Doc
    (`Token.sent` walks the parse on every call)."""
    cached = doc.user_data.get("newsfold_sents")
    if cached is None:
        sents = list(doc.sents)
        owner = [0] * len(doc)
        for k, sent in enumerate(sents):
            for i in range(sent.start, sent.end):
                owner[i] = k
        cached = (sents, owner)
        doc.user_data["newsfold_sents"] = cached
    return cached  # type: ignore[no-any-return]


def sent_of(tok: Token) -> Span:
    """The sentence of a token (cached per Doc)."""
    sents, owner = sentences(tok.doc)
    return sents[owner[tok.i]]


def tokens_at(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The first and the last index of the tokens the text from character `start` to `end`
    touches (`Doc.char_span`'s "expand" alignment), or None when no token lies there (offsets
    outside the Doc's text, or only the whitespace between two tokens)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.start, span.end - 1


def sent_index_at(doc: Doc, start: int, end: int, *, last: bool = False) -> int | None:
    """The index (in `sentences`) of the sentence that holds the first token (`last`: the last
    one) of the text from character `start` to `end` (`tokens_at`), or None when no token lies
    there: where a claim's or a time mention's offsets fall among the Doc's sentences."""
    tokens = tokens_at(doc, start, end)
    if tokens is None:
        return None
    return sentences(doc)[1][tokens[1] if last else tokens[0]]


def sent_at(doc: Doc, start: int, end: int) -> Span | None:
    """The sentence that holds the first token of the text from character `start` to `end`
    (`sent_index_at`), or None when no token lies there."""
    k = sent_index_at(doc, start, end)
    return None if k is None else sentences(doc)[0][k]


def doc_text(doc: Doc) -> str:
    """The Doc's text, joined once per Doc (`Doc.text` joins every token anew on each call,
    which costs a long page milliseconds: rules that read it per mention or per reading take
    it from here)."""
    cached = doc.user_data.get("newsfold_text")
    if cached is None:
        cached = doc.text
        doc.user_data["newsfold_text"] = cached
    return cached  # type: ignore[no-any-return]


def seed_doc_text(doc: Doc, text: str) -> None:
    """Let `doc_text` hand back `text`, the string the Doc was parsed from, without joining
    the tokens at all (spaCy's tokenizer keeps every character, so the two are equal; a Doc
    whose last token does not end where `text` does was made of something else and is left
    alone)."""
    last = doc[-1] if len(doc) else None
    if last is None or last.idx + len(last.text_with_ws) == len(text):
        doc.user_data["newsfold_text"] = text
