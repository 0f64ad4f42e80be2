"""Crowds and demonstrations near a cue: acts that are part of a demonstration, people
described as demonstrators, agents that are a crowd of civilians, many arrests, a crowd with a
cause ("demanding ..."), a demonstration in the cue's sentence or the next ones.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsfold.analyse import actors as ac
from newsfold.analyse import lexicon as lx
from newsfold.analyse.what.cues import Cue
from newsfold.analyse.what.doc_info import _Doc, _sentences

CROWD_NOUNS = lx.words("crowd crowds gathering gatherings")
CROWD_WORDS = lx.words(
    """villagers residents locals mob crowd group groups community communities families
    supporters youths people men"""
)


def _part_of(tok: Token, act: Token) -> bool:
    """Whether an act is part of another ("demonstrated and attacked", "protested by firing
    into the air"): a conjunct or a "by"-phrase of it."""
    if tok.dep_ == "conj" and tok.head.i == act.i:
        return True
    head = tok.head
    return tok.dep_ == "pcomp" and head.lower_ == "by" and head.head.i == act.i


def _demonstrating(info: _Doc, people: list[Token]) -> bool:
    """Whether people are described as demonstrators ("Choles who were protesting ...")."""
    protest_roots = {c.root(info.doc).i for c in info.cues if c.label == "PROTEST"}
    for tok in people:
        # a clause on the noun or on a phrase inside it ("Choles from X who were protesting")
        for t in [*tok.subtree, *(c for c in tok.conjuncts for c in c.subtree)]:
            if t.dep_ in ("relcl", "acl") and t.i in protest_roots:
                return True
    return False


def _by_a_crowd(info: _Doc, agents: list[ac.Actor]) -> bool:
    """Agents that are a crowd of civilians ("villagers", "community members", "a mob")."""
    return any(
        a.kind in ("rioter", "civilian")
        and (info.doc[a.token].lower_ in CROWD_WORDS or info.doc[a.token].tag_ == "NNS")
        for a in agents
    )


def _many_arrested(tok: Token) -> bool:
    """Arrests of several people: "several arrests", "26 arrested", "arrested 12 people"."""
    if tok.lower_ == "arrests":
        return True
    _, patients = ac.arguments(tok)
    people = [*patients, *(c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass"))]
    return any(
        (t.tag_ == "NNS" or (t.like_num and t.lower_ not in ("one", "1")))
        or t.lower_ in ("several", "many", "dozens", "some")
        for t in people
    )


def _governing_verb(tok: Token) -> Token | None:
    """The verb a noun phrase belongs to ("responded with rocks" -> "responded")."""
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _demonstration_near(info: _Doc, cue: Cue) -> bool:
    """A demonstration in the cue's sentence or the next two, or a crowd with a cause: violence
    by a crowd is then a violent demonstration, else mob violence."""
    return _demanding(info, cue) or any(
        c.label == "PROTEST" and not c.background for c in info.window(cue, after=2)
    )


def _demanding(info: _Doc, cue: Cue) -> bool:
    """A "demanding ..."/"to denounce ..." clause near the cue: the crowd had a cause."""
    return any(
        t.lower_ in ("demanding", "demanded", "demand", "denounce", "denouncing", "protesting")
        for t in _sentences(info, cue)
    )
