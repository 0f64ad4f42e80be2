"""Who is on each side of the violence: the kinds of actors, armed actors on both sides,
killings "between" two sides, fire from the other side, armed groups, victims said to be
criminals (ACLED codes their killing as fighting), the killing an arrest is for.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsfold.analyse import actors as ac
from newsfold.analyse import lexicon as lx
from newsfold.analyse.what.cues import Cue
from newsfold.analyse.what.doc_info import _Doc
from newsfold.analyse.what.sentences import sentences
from newsfold.analyse.what.weapons import FIREARM_PREFIXES

ARMED_GROUP_HEADS = lx.NONSTATE_ARMED | lx.words("group groups faction factions")
"""Heads that name an armed group even unqualified ("an unidentified group", "gunmen"), unlike
"unknown people"."""
VICTIM_SUBJECTS = lx.words("victim victims he she they both men man dead deceased")
CRIMINAL_WORDS = lx.GANG_WORDS | lx.words(
    """trafficker traffickers trafficking militia militant militants cartel criminal gang"""
)
CRIMINAL_VICTIM_PHRASES = (
    "charges against him for drug",
    "charges against her for drug",
    "charges against them for drug",
    "victim was a gang member",
    "victims were gang members",
    "victim was a member of a gang",
    "victim had a criminal record",
    "victims had criminal records",
    "victim was a drug dealer",
    "victim was a drug trafficker",
)
CRIME_PREFIXES = ("shoot", "shot", "kill", "murder", "homicide", "stab", "slay", "death", "dead")


def _sides(actors: Iterable[ac.Actor]) -> set[str]:
    return {a.kind for a in actors}


def _victims_were_criminals(info: _Doc, main: Cue | None = None) -> bool:
    """The text says the victims were gang members or traffickers: a fixed phrase, or a
    sentence after the trigger's that says so of them ("The victim was a member of the Barrio
    18 gang.", "Both men belonged to a drug cartel.")."""
    text = info.ctx.article.text.lower()
    if "victim" in text and any(phrase in text for phrase in CRIMINAL_VICTIM_PHRASES):
        return True
    if main is None:
        return False
    sents, _ = sentences(info.doc)
    for sent in sents[main.sent + 1 : main.sent + 3]:
        for verb in sent:
            if verb.lemma_ not in ("be", "belong") or verb.pos_ not in ("AUX", "VERB"):
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not any(t.lower_ in VICTIM_SUBJECTS for s in subjects for t in s.subtree):
                continue
            said = [
                t for c in verb.children if c.dep_ in ("attr", "prep", "acomp") for t in c.subtree
            ]
            if any(t.lower_ in CRIMINAL_WORDS for t in said):
                return True
    return False


def _crime_of_arrest(info: _Doc, cue: Cue) -> Cue | None:
    """The killing or shooting an arrest is for ("arrested in connection with the shooting"),
    in the arrest's sentence or the next."""
    for other in info.cues:
        if (
            other.label == "VIOLENCE"
            and cue.sent <= other.sent <= cue.sent + 1
            and other.root(info.doc).lower_.startswith(CRIME_PREFIXES)
        ):
            return other
    return None


def _armed_on_both_sides(info: _Doc, main: Cue) -> bool:
    """A violence cue of the sentence with armed actors on both sides."""
    for cue in info.cues:
        if cue.sent == main.sent and cue.label in ("VIOLENCE", "CLASH"):
            agents, patients = info.roles(cue.root(info.doc))
            if _sides(agents) & ac.ARMED_KINDS and _sides(patients) & ac.ARMED_KINDS:
                return True
    return False


def _mutual(info: _Doc, main: Cue) -> Cue | None:
    """Killings "between" two sides in the cue's sentence ("amid revenge killings between
    clans"): fighting."""
    for cue in info.cues:
        root = cue.root(info.doc)
        if (
            cue.sent == main.sent
            and cue.label == "VIOLENCE"
            and root.pos_ == "NOUN"
            and any(c.dep_ == "prep" and c.lower_ == "between" for c in root.children)
        ):
            return cue
    return None


def _fought_back(info: _Doc, main: Cue, agents: list[ac.Actor], patients: list[ac.Actor]) -> bool:
    """Fire from the other side in the cue's sentence or the next: the armed target fired
    ("threw a grenade at an army post. Soldiers opened fire after the explosion"), or the
    forces' victim had fired at them ("was killed by police. He had shot at the officers")."""
    doc = info.doc
    state_agents = _sides(agents) & ac.STATE_KINDS
    armed_targets = _sides(patients) & ac.ARMED_KINDS - {"suspect"}
    if not (state_agents or armed_targets):
        return False
    main_root = main.root(doc)
    # causes too: "was killed by police after he fired at the officers"
    for cue in [c for c in info.cues if main.sent <= c.sent <= main.sent + 1 and c is not main]:
        root = cue.root(doc)
        if root.i == main_root.i or cue.label not in ("VIOLENCE", "SMALLARMS", "FIRE", "CLASH"):
            continue
        if cue.label == "VIOLENCE" and not any(
            t.lower_.startswith(FIREARM_PREFIXES) for t in cue.span(doc)
        ):
            continue  # "opened fire", "shot at"
        c_agents, c_patients = info.roles(root)
        if armed_targets & _sides(c_agents):
            return True
        if state_agents & _sides(c_patients) and not state_agents & _sides(c_agents):
            return True
    return False


def _armed_group(info: _Doc, agents: list[ac.Actor]) -> bool:
    """Agents that are a force or a named or described armed group (not "unknown people")."""
    return any(
        a.kind in ("police", "military", "gang", "group")
        or (a.kind == "armed" and info.doc[a.token].lower_ in ARMED_GROUP_HEADS)
        for a in agents
    )
