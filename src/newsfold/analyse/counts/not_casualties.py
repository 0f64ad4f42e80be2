"""Numbers that are no casualty count, recorded with why: ages, years, addresses, times and the
other kinds `numbers.noise_kind` tells (`_NOISE_REASONS`), money (claimed as `money`),
personnel deployed (claimed as `deployed`), and every number no word of harm is tied to."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsfold.analyse.context import Context
from newsfold.analyse.counts.lexicons import DEPLOY_VERBS, PERSONNEL_HASHES, PERSONNEL_WORDS
from newsfold.analyse.counts.people import _person_like
from newsfold.analyse.counts.readings import Reading, _Numbers
from newsfold.analyse.counts.sentence import _candidates
from newsfold.analyse.numbers import NumberExpr, find_money
from newsfold.analyse.stretches import Stretches


def _unattached(ctx: Context, doc: Doc, exprs: list[NumberExpr], noise: dict[int, str]) -> None:
    """Every other number is recorded too, with why it was not counted: a count of things
    ("22 firearms", "dozens of shell casings", "three schools") or of people no word of harm
    is tied to (participants, bystanders, a part of a count already given)."""
    taken = Stretches(
        [(c.start, c.end) for c in ctx.event.claims] + [(c.start, c.end) for c in ctx.discarded]
    )
    for i, expr in enumerate(exprs):
        if i in noise or taken.holds(expr.num_start):
            continue
        if expr.value is None:
            reason = "score: two numbers that are no range (a score or a ratio: '3-1')"
            ctx.discard("number", None, (expr.num_start, expr.num_end), reason=reason)
            continue
        span = doc.char_span(expr.num_start, expr.num_end, alignment_mode="expand")
        noun = _counted_noun(span.root) if span is not None else None
        if noun is not None and not _person_like(noun):
            reason = f"thing: a count of {noun.text}, not of people"
        else:
            reason = "unattached: people no word of harm is tied to (not a casualty count)"
        ctx.discard("number", expr.value, (expr.num_start, expr.num_end), reason=reason)


def _counted_noun(token: Token) -> Token | None:
    """What a number counts: 'dozens of [casings]', '22 [firearms]', 'two of [them]'."""
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if token.dep_ in ("nummod", "quantmod", "amod") and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head
    if token.pos_ in ("NOUN", "PROPN"):
        return token
    return None


_NOISE_REASONS = {
    "date": "part of a date",
    "age": "an age, not a count",
    "year": "a year",
    "address": "part of an address or a road number",
    "time": "a time of day",
    "phone": "a phone number",
    "percent": "a percentage",
    "rate": "a rate",
    "measure": "a measure or a calibre",
    "duration": "a duration",
    "shots": "a number of shots or rounds",
    "multiplier": "a multiplier",
    "ordinal": "an ordinal (a rank or a cumulative total, not a count)",
    "fraction": 'one side of a slash (a gallery\'s "1 / 44", a ratio)',
    "gallery": 'a photo gallery\'s counter ("Image N of M") or the credit line before it',
}


# a photo gallery's counter ("Image 5 of 12", "Slide 1 of / 27") and the credit line before it
# ("Photo: Channel 8 News Image 3 of 12", "Photo credit: ...", "Courtesy: ..."): no count, and
# the parser joins them to the caption's first words ("8 News Image 5 of 12 Deputies: One of
# three hikers ... has died")
GALLERY = re.compile(
    r"(?:\b(?:(?:Photo|Image|Video)(?: [Cc]redit)?|Credit|Courtesy)\s*:[^\n.]{0,60}?\s+)?"
    r"\b(?:Image|Photo|Slide|Picture)\s+\d{1,3}\s+of\s+(?:/\s*)?\d{1,3}\b"
)


_GALLERY_WORDS = ("Image", "Photo", "Slide", "Picture")
"""A gallery counter names one of these (`GALLERY`): a text with none of them has no counter,
and the search, which tries the optional credit line at every character, is skipped."""


def _gallery_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of gallery counters and their credit lines."""
    if not any(w in text for w in _GALLERY_WORDS):
        return []
    return [(m.start(), m.end()) for m in GALLERY.finditer(text)]


def _money(ctx: Context) -> None:
    text = ctx.article.text
    for m in find_money(text):
        before = text[max(0, m.start - 2) : m.start]
        after = text[m.end : m.end + 2]
        attrs = {"currency": m.currency, "qualifier": m.qualifier}
        if before.endswith("(") and after.startswith(")"):
            ctx.discard(
                "money",
                m.value,
                (m.start, m.end),
                reason="conversion: the same amount in another currency",
                low=m.low,
                high=m.high,
                **attrs,
            )
            continue
        ctx.add_claim("money", m.value, (m.start, m.end), low=m.low, high=m.high, **attrs)


def _deployed(ctx: Context, doc: Doc, numbers: _Numbers, readings: list[Reading]) -> None:
    """'800 security personnel were deployed', 'Hundreds of officers have been deployed'."""
    counted = {(r.start, r.end) for r in readings}
    taken: set[int] = set()
    for i in _candidates(doc, PERSONNEL_HASHES):
        token = doc[i]
        if token.lemma_.lower() not in PERSONNEL_WORDS and token.lower_ not in PERSONNEL_WORDS:
            continue
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        count_tok = None
        for c in token.children:
            if c.dep_ in ("nummod", "quantmod") and numbers.at(c) is not None:
                count_tok = c
        if count_tok is None and token.dep_ == "pobj" and token.head.lower_ == "of":
            quant = token.head.head
            if numbers.at(quant) is not None:
                count_tok = quant
        if count_tok is None:
            continue
        if any(start <= token.idx < end for start, end in counted):
            continue
        entry = numbers.at(count_tok)
        assert entry is not None
        expr, noise = entry
        if noise is not None or expr.value is None or id(expr) in taken:
            continue
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.lemma_ not in DEPLOY_VERBS:
            continue
        taken.add(id(expr))
        start = min(expr.start, token.left_edge.idx)
        end = token.idx + len(token.text)
        ctx.add_claim(
            "deployed",
            expr.value,
            (start, end),
            low=expr.low,
            high=expr.high,
            qualifier=expr.qualifier,
            verb=verb.lemma_,
        )
        ctx.discard(
            "fatalities",
            expr.value,
            (start, end),
            reason="deployed: personnel deployed, not casualties",
        )
