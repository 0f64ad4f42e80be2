"""Demonstrations (`_protest`): a protest with violence by the demonstrators is a riot (violent
demonstration); protesters killed or fired on with live ammunition is excessive force; tear
gas, dispersal or arrests is a protest with intervention; otherwise a peaceful protest.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from newsfold.analyse import actors as ac
from newsfold.analyse import event_types as et
from newsfold.analyse import lexicon as lx
from newsfold.analyse.what.background import _hypothetical
from newsfold.analyse.what.crowds import _governing_verb, _many_arrested, _part_of
from newsfold.analyse.what.cues import Cue
from newsfold.analyse.what.decision import Decision
from newsfold.analyse.what.doc_info import _Doc
from newsfold.analyse.what.sides import _sides

SYMBOLS = lx.words("effigy effigies flag flags copy copies portrait portraits picture pictures")
"""What demonstrators burn as a sign, not as destruction ("burnt an effigy of the minister")."""
VIOLENT_WORDS = lx.words("violent")
LETHAL_PREFIXES = ("kill", "shot", "shoot", "murder", "gunned", "dead", "beat", "beaten")


def _lethal(verb: Token) -> bool:
    """A killing, a shooting or a beating; firing (or "opened fire") unless what was fired is
    tear gas, rubber bullets or water ("fired tear gas at the crowd" is an intervention)."""
    word = verb.lower_
    if word.startswith(LETHAL_PREFIXES):
        return True
    if word.startswith(("open", "fire", "firing")):
        fired = [t for c in verb.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
        return not any(t.lower_ in et.NON_LETHAL for t in fired)
    return False


def _during(protest: Token, act: Token) -> bool:
    """The demonstration is when or where the act happened ("shot a student during a march",
    "at a rally")."""
    prep = protest.head
    return protest.dep_ == "pobj" and prep.lower_ in ("during", "at", "in") and prep.head.i == act.i


def _protest(info: _Doc, main: Cue, result: Any) -> Decision:
    """A demonstration: peaceful, with intervention, with excessive force, or a riot."""
    doc = info.doc
    near = info.window(main, after=2)
    # Who demonstrated: the protest verb's subject, the noun a "who protested" clause is on.
    root = main.root(doc)
    crowd: set[int] = set()
    agents_tok, _ = ac.arguments(root)
    crowd.update(t.i for t in agents_tok)
    if root.dep_ in ("relcl", "acl"):
        crowd.add(root.head.i)
    if root.dep_ in ("dobj",) and root.lower_ not in lx.PROTESTERS:
        # "traders staged a protest" (not "soldiers shot two demonstrators")
        crowd.update(c.i for c in root.head.children if c.dep_ == "nsubj")
    if root.lower_ in lx.PROTESTERS:
        crowd.add(root.i)
    crowd.update(c.i for i in list(crowd) for c in doc[i].conjuncts)
    crowd.update(
        c.i
        for i in list(crowd)
        for c in doc[i].children
        if c.dep_ == "prep"
        for c in c.children
        if c.dep_ == "pobj"
    )

    def by_crowd(actors: list[ac.Actor]) -> bool:
        return any(a.token in crowd or a.kind in ("protester", "rioter") for a in actors)

    def on_crowd(actors: list[ac.Actor]) -> bool:
        return any(a.token in crowd or a.kind == "protester" for a in actors)

    violent = excessive = intervention = False
    # "protested against the arrest of their editor. He was arrested in ...": later arrests
    # are the grievance told again, not arrests at the protest
    grievance_arrest = any(
        c.label == "ARREST" and c.sent == main.sent and c.background for c in info.cues
    )
    for cue in near:
        if cue.sent > main.sent + 1 and cue.label not in (
            "EXCESSIVE",
            "INTERVENTION",
            "ARREST",
            "DEMO_RIOT",
            "RIOT",
            "VIOLENT_DEMO",
            "CLASH",
        ):
            continue
        c_root = cue.root(doc)
        agents, patients = info.roles(c_root)
        a_kinds = _sides(agents)
        state_agent = bool(a_kinds & ac.STATE_KINDS) and not by_crowd(agents)
        if cue.label in ("DEMO_RIOT", "RIOT", "MOB"):
            if not state_agent:
                violent = True
        elif cue.label == "VIOLENT_DEMO":
            if by_crowd(agents) or (not agents and c_root.lower_.startswith(("clash", "scuffl"))):
                violent = True
            elif (
                c_root.dep_ == "advcl"
                and root.dep_ == "nsubj"
                and c_root.head.i == root.head.i
                and not state_agent
            ):
                violent = True  # "a protest broke out as taxi drivers attacked police officers"
            elif c_root.dep_ in ("conj",) and c_root.head.i == root.i:
                violent = True  # "traders demonstrated ... and attacked the Task Force"
        elif cue.label == "CLASH":
            if not agents or by_crowd(agents) or (on_crowd(patients) and state_agent):
                violent = True
        elif cue.label == "VIOLENCE":
            if by_crowd(agents) or _part_of(c_root, root):
                violent = True
            elif _lethal(c_root) and (
                on_crowd(patients)
                or (state_agent and not patients)
                # "police shot dead a student during a demonstration"
                or (state_agent and _during(root, c_root))
                # "police opened fire on a peaceful demonstration": the demonstration itself
                or (state_agent and root.i in {t.i for t in ac.arguments(c_root)[1]})
            ):
                excessive = True
        elif cue.label == "LOOT":
            # "demonstrators set fire to the police station", "protesters looted shops"
            burnt = {t.lower_ for c in c_root.children if c.dep_ == "dobj" for t in c.subtree}
            if (by_crowd(agents) or (c_root.dep_ == "conj" and c_root.head.i == root.i)) and not (
                burnt & SYMBOLS
            ):
                violent = True
        elif cue.label == "MELEE":
            # "the students responded with rocks and sticks": the crowd's own weapons
            verb = _governing_verb(c_root)
            lemmas = {doc[i].lemma_ for i in crowd}
            if verb is not None and any(
                c.dep_ == "nsubj" and (c.i in crowd or c.lemma_ in lemmas) for c in verb.children
            ):
                violent = True
        elif cue.label == "EXCESSIVE":
            excessive = True
        elif cue.label == "INTERVENTION":
            intervention = True
        elif cue.label == "STOPPED" or (
            cue.label == "PROTEST" and c_root.lower_.startswith("block")
        ):
            # "police stopped the march", "riot police blocked the road": forces acting on the
            # demonstration (the words alone are not an event: STOPPED is no main label)
            if state_agent:
                intervention = True
        elif cue.label == "ARREST":
            verbal = c_root.pos_ == "VERB" or c_root.tag_.startswith("VB")
            patient_toks = [
                t
                for t in ac.arguments(c_root)[1]
                if t.dep_ in ("dobj", "nsubjpass", "conj")  # not "on tax charges"
            ]
            several = any(
                t.tag_ == "NNS"
                or t.lower_ in ("them", "some", "several", "many")
                or any(c.dep_ == "nummod" for c in t.children)
                for t in patient_toks
            )
            if (
                verbal
                and cue.sent <= main.sent + 1
                and (state_agent or on_crowd(patients) or (not agents and several))
            ):
                intervention = True
            elif (
                cue.sent > main.sent
                and not (a_kinds - ac.STATE_KINDS)
                and not _hypothetical(c_root)
                and not grievance_arrest
                and _many_arrested(c_root)
            ):
                intervention = True  # "Several arrests were made.", "26 arrested."
    if any(c.dep_ == "amod" and c.lower_ in VIOLENT_WORDS for c in root.children):
        violent = True  # "a violent protest", "a violent demonstration"
    if violent:
        return result("Riots", "Violent demonstration")  # type: ignore[no-any-return]
    if excessive:
        return result("Protests", "Excessive force against protesters")  # type: ignore[no-any-return]
    if intervention:
        return result("Protests", "Protest with intervention")  # type: ignore[no-any-return]
    return result("Protests", "Peaceful protest")  # type: ignore[no-any-return]
