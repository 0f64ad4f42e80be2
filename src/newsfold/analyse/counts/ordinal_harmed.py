"""An ordinal person of the harmed says how many were harmed at the least: "Three men were
shot ... Hours later a fourth man with a bullet wound turned up at a clinic" tells of four
harmed, though no sentence counts four and the fourth man's sentence has no casualty word the
readings start from ("turned up", "found" say nothing of harm by themselves).

An ordinal person is "a(n)" + an ordinal + a noun ("a fourth man", "a sixth subject"). It
counts as one of the harmed when its own phrase tells a wound: "with a gunshot wound", "had
gunshot wounds", "who was struck by gunfire", or a reading of harm whose people it is. Not "a
third man is wanted", "a second person was arrested", "a third teen shot them": those tell no
harm of the person. The injured are raised until the dead and the injured together reach the
ordinal. An ordinal person of the dead ("a second teen has died") is `total._ordinal_floor`'s.

A "victim" told of by nothing more ("A fourth victim walked into a hospital") is left alone
(BARE_VICTIM 0): measured with `extract_gva.py --only dev`, the rule with it gained the same two
dev-a reports as without it (both tell the wound) and lost one dev-b report, which it
alone changed; its state is often untold too ("Two men were found dead ... officers found a
third victim": dead or alive).

Not an ordinal of a sentence whose readings are set aside (another incident, period or story),
nor one in the background passages or the set-aside tail of a roundup or a city's tally.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsfold.analyse.ascii_fold import folded_page
from newsfold.analyse.context import Context
from newsfold.analyse.counts.combine import ORDINALS, raised_to
from newsfold.analyse.counts.readings import Reading
from newsfold.analyse.counts.roundup import DIGEST_REASON, ROUNDUP_REASON
from newsfold.analyse.what.sentences import sentences

# `combine.ORDINALS` and the ordinals past it: a later person of many harmed ("a ninth victim")
HARMED_ORDINALS = {**ORDINALS, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
# "a fifth victim", "an eighth person": searched on the page folded (lowercase ASCII)
_ORDINAL_PERSON = re.compile(rf"\ban?\s+({'|'.join(HARMED_ORDINALS)})\b")
# nouns of a wound: "with a gunshot wound", "had gunshot wounds to the head"
WOUND_NOUNS = frozenset({"wound", "gunshot", "injury", "graze"})
# verbs whose subject tells of a wound they have ("had gunshot wounds", "suffered a wound")
HAVE_VERBS = frozenset({"have", "suffer", "sustain"})
# passive verbs of harm in a clause about the person ("who was struck by gunfire")
HARM_VERBS = frozenset({"shoot", "strike", "hit", "wound", "injure", "hurt", "graze"})
HARM_FIELDS = ("hit", "injuries")
# 1: "a fourth victim" told of by nothing more counts as one of the harmed (when the text
# gives a count of the injured); 0: only an ordinal person whose own phrase tells the wound
BARE_VICTIM = 0
# reasons that set aside everything after them (a roundup's later incidents, a city's tally)
TAIL_REASONS = (ROUNDUP_REASON, DIGEST_REASON)


def _told_wounded(head: Token) -> bool:
    """Whether the ordinal person's own phrase tells a wound: "a fifth person with a gunshot
    wound", "a sixth subject, he too with a bullet wound", "A fourth person, Jo Lee, had gunshot
    wounds", "a fifth victim who was struck by gunfire"."""
    for child in head.children:
        if (
            child.dep_ == "prep"
            and child.lower_ == "with"
            and any(t.lemma_.lower() in WOUND_NOUNS for t in child.subtree)
        ):
            return True
        if (
            child.dep_ in ("relcl", "acl")
            and child.lemma_.lower() in HARM_VERBS
            and any(c.dep_ == "auxpass" for c in child.children)
        ):
            return True
    verb = head.head
    return (
        head.dep_ == "nsubj"
        and verb.lemma_.lower() in HAVE_VERBS
        and any(c.dep_ == "dobj" and c.lemma_.lower() in WOUND_NOUNS for c in verb.children)
    )


def _ordinal_people(doc: Doc, text: str) -> list[tuple[int, Token]]:
    """(the ordinal's number, the head noun) of each "a(n) ORDINAL noun" of the text."""
    fold = folded_page(text)
    if not any(w in fold for w in HARMED_ORDINALS):
        return []
    found = []
    for m in _ORDINAL_PERSON.finditer(fold):
        span = doc.char_span(m.start(1), m.end(1))
        if span is None or len(span) != 1:
            continue
        ordinal = span[0]
        head = ordinal.head
        if ordinal.dep_ != "amod" or head.pos_ not in ("NOUN", "PROPN") or head.i < ordinal.i:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            continue
        found.append((HARMED_ORDINALS[m.group(1)], head))
    return found


def harmed_ordinal(readings: list[Reading], ctx: Context) -> tuple[int, bool]:
    """The largest ordinal of a person harmed (0: none), and whether one such person's own
    phrase tells the harm (not only the word "victim"). `readings` are all the article's
    readings, the set-aside ones with their reasons."""
    doc, text = ctx.doc, ctx.article.text
    people = _ordinal_people(doc, text)
    if not people:
        return 0, False
    _, owner = sentences(doc)
    set_aside = {owner[r.trigger] for r in readings if r.discard and 0 <= r.trigger < len(doc)}
    tail = min((r.start for r in readings if r.discard in TAIL_REASONS), default=len(text))
    background = ctx.notes.get("background", [])
    best, told = 0, False
    for number, head in people:
        at = head.idx
        if (
            owner[head.i] in set_aside
            or at >= tail
            or ctx.in_other_story(at)
            or any(lo <= at < hi for lo, hi in background)
        ):
            continue
        own = [r for r in readings if r.victim == head.i and r.discard is None]
        if any(r.field == "fatalities" for r in own):
            continue  # ("a second victim has died": the dead's, total._ordinal_floor)
        wounded = any(r.field in HARM_FIELDS for r in own) or _told_wounded(head)
        if not wounded and not (BARE_VICTIM and head.lemma_.lower() == "victim"):
            continue
        if number > best:
            best, told = number, wounded
        elif number == best:
            told = told or wounded
    return best, told


def harmed_floor(
    killed: int | None,
    injuries: tuple[int | None, int | None, int | None],
    readings: list[Reading],
    ctx: Context,
) -> tuple[int | None, int | None, int | None]:
    """The injured raised so that the dead and the injured reach the largest ordinal person of
    the harmed (`harmed_ordinal`); the injured as they are otherwise, and when that person is a
    "victim" told of by nothing more and the text gives no count of the injured."""
    number, told = harmed_ordinal(readings, ctx)
    value = injuries[0]
    if not number or (value is None and not told):
        return injuries
    need = number - (killed or 0)
    if need <= (value or 0):
        return injuries
    return raised_to(injuries, need)
