"""Fighting (`_clash`): a battle between armed actors, or a riot when one side is a crowd
(violent demonstration near a demonstration, else mob violence); communities fighting with
sticks and stones riot, with guns they are communal militias in battle; territory taken in
the fighting's sentence decides who gained it.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from newsfold.analyse import actors as ac
from newsfold.analyse import event_types as et
from newsfold.analyse import lexicon as lx
from newsfold.analyse.what.crowds import _demanding, _demonstration_near
from newsfold.analyse.what.cues import Cue
from newsfold.analyse.what.decision import Decision
from newsfold.analyse.what.doc_info import _Doc
from newsfold.analyse.what.sides import _sides
from newsfold.analyse.what.weapons import _gunfire

ARMED_COMMUNAL = lx.words("militia militias militiamen fighters gunmen armed")
BRAWL_WORDS = lx.words("fight fights fistfight fistfights")
"""A fight with no armed side named is a brawl (`_clash`); "fighting" stays a battle's word."""
COMMUNAL_WORDS = lx.words(
    """communal community communities families clans supporters villages tribes groups
    villagers residents neighbours neighbors"""
)


def _clash(
    info: _Doc,
    main: Cue,
    agents: list[ac.Actor],
    patients: list[ac.Actor],
    near: list[Cue],
    result: Any,
) -> Decision:
    """Fighting: a battle between armed actors, or a riot when one side is a crowd."""
    doc = info.doc
    sides = _sides(agents) | _sides(patients)
    labels_same = {c.label for c in near if c.sent == main.sent}
    labels_near = {c.label for c in near}
    if sides & {"protester", "rioter"} or "PROTEST" in labels_same:
        if "protester" not in sides and not _demonstration_near(info, main):
            return result("Riots", "Mob violence")  # type: ignore[no-any-return]
        return result("Riots", "Violent demonstration")  # type: ignore[no-any-return]
    if doc[main.start : main.end].text.lower().split()[-1] in et.RETURN_FIRE or any(
        t.lower_ in et.RETURN_FIRE for t in doc[main.start : main.end]
    ):
        return result("Battles", "Armed clash")  # type: ignore[no-any-return]
    armed = sides & ac.ARMED_KINDS
    nonstate = sides & {"armed", "gang", "group"}
    # a crowd of people, not a place the parser took for a person ("near Nat Taug village")
    crowd = any(a.kind == "civilian" and doc[a.token].pos_ != "PROPN" for a in [*agents, *patients])
    melee = "MELEE" in labels_same and "FIREARM" not in labels_same
    # "a clash between herders and farmers armed with guns": communal militias in battle
    # (the fighters are said to be armed; a gun fired in a brawl does not make it a battle)
    guns = not melee and any(
        c.label in ("FIREARM", "SMALLARMS")
        and c.sent == main.sent
        and any(t.lower_ == "armed" for t in doc[max(c.start - 3, 0) : c.start])
        for c in near
    )
    if not armed and _brawl(info, main) and _gunfire(info, main):
        # a brawl in which someone opened fire: an attack on those he shot (below, without
        # gunfire, people fighting are a mob)
        return result("Violence against civilians", "Attack")  # type: ignore[no-any-return]
    if (crowd and not nonstate and not guns) or (
        melee and not (sides & ac.STATE_KINDS and nonstate)
    ):
        if labels_near & {"PROTEST", "DEMO_RIOT"} or _demanding(info, main):
            return result("Riots", "Violent demonstration")  # type: ignore[no-any-return]
        return result("Riots", "Mob violence")  # type: ignore[no-any-return]
    if not armed:
        # who fought: the words of the cue's own phrase ("clashes between villagers"), not
        # where ("clashes ... in the villages of X")
        words = _fighters_words(info, main.root(doc))
        if words & COMMUNAL_WORDS and not (words & ARMED_COMMUNAL or _gunfire(info, main)):
            # communities fighting with sticks and stones riot; clans fighting with guns are
            # communal militias in battle
            return result("Riots", "Mob violence")  # type: ignore[no-any-return]
        if _brawl(info, main):
            # "a fight broke out at the party": a fight of people nobody says were armed, and
            # no communities' (which with guns are militias in battle, above), is a brawl, not
            # a battle between armed groups
            return result("Riots", "Mob violence")  # type: ignore[no-any-return]
    for cue in near:
        if cue.label == "TERRITORY" and cue.sent == main.sent:
            t_agents, _ = info.roles(cue.root(doc))
            kinds = _sides(t_agents)
            if kinds & ac.STATE_KINDS:
                return result("Battles", "Government regains territory")  # type: ignore[no-any-return]
            if kinds & {"armed", "gang", "group"}:
                return result("Battles", "Non-state actor overtakes territory")  # type: ignore[no-any-return]
    return result("Battles", "Armed clash")  # type: ignore[no-any-return]


def _fighters_words(info: _Doc, root: Token) -> set[str]:
    """The words of who fought: the cue's own phrase ("clashes between villagers"), and for a
    subject the "between"/"among"/"with" phrase of its verb; not where ("in the villages")."""
    phrase = [*root.subtree]
    if root.dep_ in ("nsubj", "nsubjpass"):
        phrase.extend(
            t
            for c in root.head.children
            if c.dep_ == "prep" and c.lower_ in ("between", "among", "with")
            for t in c.subtree
        )
    return {t.lower_ for t in phrase if not _locative(t)}


def _brawl(info: _Doc, cue: Cue) -> bool:
    """A fight of people nobody says were armed, and not of communities ("a fight broke out at
    the party", "two men were fighting outside a car"): a brawl, not a battle between armed
    groups. "Fighting" as a noun stays a battle's word ("heavy fighting in the district")."""
    doc = info.doc
    root = cue.root(doc)
    low = root.lower_
    if not (
        (low in BRAWL_WORDS and root.pos_ == "NOUN")
        or (
            low in ("fighting", "fought")
            and root.pos_ == "VERB"
            and any(c.dep_ == "nsubj" for c in root.children)
        )
    ):
        return False
    agents, patients = info.roles(root)
    if (_sides(agents) | _sides(patients)) & ac.ARMED_KINDS:
        return False
    for t in root.subtree:  # "a fight between soldiers and militants"
        actor = info.actor(t) if t.pos_ in ("NOUN", "PROPN") and not _locative(t) else None
        if actor is not None and actor.armed:
            return False
    return not _fighters_words(info, root) & (COMMUNAL_WORDS | ARMED_COMMUNAL)


def _locative(tok: Token) -> bool:
    """A word inside a place phrase ("in the villages of X", "near the camps")."""
    node = tok
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.lower_ in ("in", "at", "near", "around", "across"):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False
