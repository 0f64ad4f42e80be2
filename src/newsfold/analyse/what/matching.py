"""The phrase matcher that finds cue words: each cue phrase of `event_types.CUES` expanded to
the token sequences it matches (inflections, alternatives, hyphenated forms split and joined),
in one PhraseMatcher on lower-case text, built once per vocabulary.
"""

from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from newsfold.analyse import event_types as et
from newsfold.analyse import lexicon as lx

_MATCHERS: dict[int, PhraseMatcher] = {}


def _word_forms(word: str, exact: bool) -> list[list[str]]:
    """The token sequences one written word matches: alternatives, inflections, and hyphenated
    forms both split into tokens ("sit", "-", "in") and joined ("sit-in", "sitin")."""
    out: list[list[str]] = []
    for alt in word.split("|"):
        forms = {alt} if exact else set(lx.inflections(alt))
        for form in sorted(forms):
            out.append([form])
            if "-" in form:
                parts = form.split("-")
                seq: list[str] = []
                for k, part in enumerate(parts):
                    if k:
                        seq.append("-")
                    seq.append(part)
                out.append(seq)
                out.append([form.replace("-", "")])
    return out


def phrase_forms(phrase: str) -> list[list[str]]:
    """Every token sequence a cue phrase matches (lower case)."""
    exact = phrase.startswith("=")
    sequences: list[list[str]] = [[]]
    for word in phrase.lstrip("=").split():
        variants = _word_forms(word, exact)
        sequences = [s + v for s in sequences for v in variants]
    return sequences


def _matcher(doc: Doc) -> PhraseMatcher:
    """One PhraseMatcher on lower-case text for all cue labels (built once per vocabulary)."""
    key = id(doc.vocab)
    matcher = _MATCHERS.get(key)
    if matcher is None:
        matcher = PhraseMatcher(doc.vocab, attr="LOWER")
        for label, phrases in et.CUES.items():
            seen: set[tuple[str, ...]] = set()
            docs: list[Doc] = []
            for phrase in phrases:
                for words in phrase_forms(phrase):
                    if tuple(words) not in seen:
                        seen.add(tuple(words))
                        docs.append(Doc(doc.vocab, words=words))
            matcher.add(label, docs)
        _MATCHERS[key] = matcher
    return matcher
