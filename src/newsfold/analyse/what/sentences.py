"""A Doc's sentences and each token's sentence, computed once per Doc.

`Token.sent` walks the parse on every call; the rules ask for sentences often, so the split is
cached in `doc.user_data`. Also used by `who` and `quotes`.
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
