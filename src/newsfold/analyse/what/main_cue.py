"""The choice of the main cue: the trigger of the reported event.

The main trigger is taken from the first sentence that has one (news leads and ACLED notes
state the event first): the trigger closest to the root of the parse, then the earliest.
Weak triggers ("killed", "attack", "arrested") yield to specific ones in the same sentence
(an airstrike that killed five is an air strike; clashes that killed civilians are battles).
Causes, accusations and other times are background ("after a clash on Monday", "accused of
taking part in a protest", "previous fighting"), but fighting told as a cause is still the
event when nothing else in its sentence is. Casualties of a dispersal are the demonstration
("14 were injured when police used tear gas to break up a march"); harm to people outranks
an arrest, arson or flight in its sentence; an ongoing activity is the setting of what
interrupts it ("were patrolling when gunmen opened fire"); a violence in the perfect passive
is the grievance of a protest in its sentence ("whose sons have been abducted ... continued
their sit-in"); the finest explosive names the kind (a suicide bomber's blast); a raid that
only abducts is an abduction.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Token

from newsfold.analyse import actors as ac
from newsfold.analyse import lexicon as lx
from newsfold.analyse.what.background import _hypothetical
from newsfold.analyse.what.clash import _brawl
from newsfold.analyse.what.crowds import CROWD_NOUNS
from newsfold.analyse.what.cues import Cue
from newsfold.analyse.what.doc_info import _Doc
from newsfold.analyse.what.labels import (
    EXPLOSIVE,
    GENERIC,
    MAIN_LABELS,
    OVERRIDERS,
    SPECIFIC_RANK,
    VIOLENT_LABELS,
)
from newsfold.analyse.what.sentences import sent_of
from newsfold.analyse.what.sides import _sides
from newsfold.analyse.what.weapons import FIREARM_PREFIXES

LEAD_SENTENCES = 4
"""A story reports its event in its lead: when the headline names none, a cue past the first
sentences belongs to a feature, a review or a science story ("an ice shell", "a body of work",
"flu shots" in paragraph twelve), not to an event. On 600 GVA dev articles, 5 had their
event's trigger past the lead with no cue in the headline, all pages with no article."""
RAID_WORDS = lx.words(
    """attack attacked attacks attacking raid raided raids raiding stormed storming invaded
    assaulted"""
)
"""Violence words that say nothing of harm to people: a raid can be an abduction or looting."""
HARM_PREFIXES = (
    "kill", "murder", "shot", "shoot", "hack", "behead", "slay", "slain", "gunned", "tortur",
    "beat", "beaten", "stab", "lynch", "execut", "assassinat", "flog", "whip",
)  # fmt: skip
KILLING_PREFIXES = ("kill", "murder", "shot dead", "behead", "execut", "slay", "slain", "hack")
INCURSION_WORDS = lx.words(
    """incursion incursions invasion invasions offensive ambush ambushed operation operations
    invade invaded invades invading"""
)
"""Words for an armed raid that say nothing of an armed side against the raiders."""


PERSON_CUE_NOUNS = lx.words(
    """kidnapper kidnappers abductor abductors hostage hostages rapist rapists"""
)
"""Cue words that name a person by a crime done by or to them, not an event."""


def _person_named_by_crime(tok: Token, verb: Token) -> bool:
    """A cue noun naming a person ("a suspected kidnapper", "the hostages") who is a subject
    or an object of another cue's verb: that verb is the event ("a suspected kidnapper was
    set ablaze by a mob", "police arrested two kidnappers", "the abductors killed a hostage")."""
    if tok.lower_ not in PERSON_CUE_NOUNS:
        return False
    node = tok
    for _ in range(3):  # "by kidnappers" (pobj, agent), "of the hostages" (pobj, prep)
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
            break
        node = node.head
        if node.i == verb.i:
            return True
    return False


COVERAGE_VERBS = lx.words("cover report film photograph document broadcast livestream")


def _covered(protest: Token) -> bool:
    """A demonstration that is what a victim was reporting on ("a journalist was assaulted
    while covering a rally"): the setting of the attack, not its kind."""
    return protest.dep_ in ("dobj", "pobj") and (
        protest.head.lemma_ in COVERAGE_VERBS or protest.head.head.lemma_ in COVERAGE_VERBS
    )


SETTING_PREPS = lx.words("at on during near outside into in after following amid")


def _attacked_gathering(info: _Doc, protest: Cue, cues: list[Cue]) -> bool:
    """A gathering that is where or on whom someone opened fire ("a gunman opened fire on a
    vigil, killing one", "killed five officers during a protest", "fired into a crowd gathered
    at a playground"), by attackers who are not the state's forces: the attack is the event
    (ACLED codes it as violence against the people attacked; a force firing on a
    demonstration is the demonstration's, so those are left to the protest rules). The
    protest cue hangs from a violent cue's verb by a preposition or as its object, or
    modifies the people it hit ("a crowd gathered at the park")."""
    doc = info.doc
    root = protest.root(doc)
    violent = {c.root(doc).i: c for c in cues if c.label in VIOLENT_LABELS}
    node = root
    for _ in range(4):
        parent = node.head
        if parent.i == node.i:
            return False
        if parent.i in violent and (
            node.dep_ in ("dobj", "pobj", "acl", "relcl")
            or (node.dep_ == "prep" and node.lower_ in SETTING_PREPS)
        ):
            return not _fired_by_force(info, parent)
        if node.dep_ not in ("pobj", "prep", "acl", "relcl", "dobj", "compound"):
            return False
        node = parent
    return False


def _fired_by_force(info: _Doc, verb: Token) -> bool:
    """Whether a state force did the violent act: its agent, or the subject of the verb it
    completes ("police resorted to firing on demonstrators")."""
    node = verb
    for _ in range(3):
        agents, _ = info.roles(node)
        if agents:
            return bool(_sides(agents) & ac.STATE_KINDS)
        if node.dep_ not in ("xcomp", "advcl", "conj", "pcomp", "pobj", "prep"):
            return False
        if node.head is node:
            return False
        node = node.head
    return False


def _same_act(verb: Token, other: Token) -> bool:
    """Two verbs told of the same act: joined ("abducted five and killed one"), or one the
    consequence of the other ("abducted five, killing one"); not a verb inside a noun's
    phrase ("abducted the son of a farmer killed last year")."""
    if verb.pos_ != "VERB" or other.pos_ != "VERB":
        return False
    if verb.dep_ in ("conj", "advcl") and verb.head.i == other.i:
        return True
    return other.dep_ == "conj" and other.head.i == verb.i


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < 50:
        tok = tok.head
        depth += 1
    return depth


def _choose_main(info: _Doc) -> Cue | None:
    """The trigger of the reported event: in the first sentences that have one."""
    doc = info.doc
    for cue in info.cues:
        if (
            cue.label == "PROTEST"
            and not cue.background
            and _attacked_gathering(info, cue, info.cues)
        ):
            # the gathering someone fired on is the attack's setting, even when the attack is
            # told as an accusation ("a teen charged with firing on a crowd gathered outside a
            # skating rink"): no demonstration of its own
            cue.background = True
    by_sent: dict[int, list[Cue]] = {}
    for cue in info.cues:
        if cue.label in MAIN_LABELS:
            by_sent.setdefault(cue.sent, []).append(cue)

    def key(c: Cue) -> tuple[int, int, int, int]:
        return (int(c.background), _depth(c.root(doc)), -SPECIFIC_RANK[c.label], c.start)

    for sent in sorted(by_sent)[:4]:
        if sent >= LEAD_SENTENCES and not info.title_cue:
            break  # past the lead of a story whose headline reports no event
        cues = [c for c in by_sent[sent] if not _hypothetical(c.root(doc))]
        if not cues or (all(c.background for c in cues) and sent != max(by_sent)):
            continue
        best = min(cues, key=key)
        if best.label in GENERIC:
            # A specific cue in the same sentence says what kind of violence it was.
            overriders = OVERRIDERS if best.label == "VIOLENCE" else OVERRIDERS | {"ABDUCT"}
            specific = [
                c
                for c in cues
                if c.label in overriders
                and SPECIFIC_RANK[c.label] > SPECIFIC_RANK[best.label]
                and (
                    c.label not in ("PROTEST", "DEMO_RIOT", "RIOT", "MOB")
                    or _depth(c.root(doc)) <= _depth(best.root(doc)) + 2
                )
                and (not c.background or best.background)
                and not (c.label == "CLASH" and _raid_on_civilians(info, best, c))
                and not (c.label == "CLASH" and _shot_in_a_brawl(info, best, c))
                and not _person_named_by_crime(c.root(doc), best.root(doc))
                and not (c.label == "PROTEST" and _covered(c.root(doc)))
            ]
            if specific:
                best = min(specific, key=key)
        if best.label == "CLASH" and _brawl(info, best):
            # "two men were fighting outside a car when the shooting occurred": the shooting
            shootings = [
                c for c in cues if c.label == "VIOLENCE" and _shot_in_a_brawl(info, c, best)
            ]
            if shootings:
                best = min(shootings, key=key)
        if best.label == "CLASH":
            # "armed herdsmen invaded the village, killing seven villagers": a raid named as an
            # incursion is decided by whom it killed (`_raid_on_civilians`)
            raids = [
                c
                for c in cues
                if c.label == "VIOLENCE" and not c.background and _raid_on_civilians(info, c, best)
            ]
            if raids:
                best = min(raids, key=key)
        if best.label == "ABDUCT":
            # "gunmen abducted five people and killed one other": a killing in the same raid
            # outranks the abduction (ACLED codes the attack)
            killings = [
                c
                for c in cues
                if c.label == "VIOLENCE"
                and not c.background
                and c.root(doc).lower_.startswith(KILLING_PREFIXES)
                and _same_act(c.root(doc), best.root(doc))
            ]
            if killings:
                best = min(killings, key=key)
        if best.label in EXPLOSIVE:
            # "a suicide bomber detonated his vest": the most specific weapon names the kind
            finer = [
                c
                for c in cues
                if c.label in EXPLOSIVE
                and SPECIFIC_RANK[c.label] > SPECIFIC_RANK[best.label]
                and (c.label == "SUICIDE" or best.label == "EXPLOSION")
                and not c.background
            ]
            if finer:
                best = max(finer, key=lambda c: SPECIFIC_RANK[c.label])
        if best.label in ("VIOLENCE", "ABDUCT") and _perfect_passive(best.root(doc)):
            # "families whose children have been kidnapped continued their sit-in": a state
            # that came before, the grievance of the demonstration the sentence reports
            protests = [c for c in cues if c.label == "PROTEST" and not c.background]
            if protests:
                best = min(protests, key=key)
        if best.label == "SHELL":
            # "the air force bombarded", "helicopters fired rockets": fired from the air
            air = [c for c in cues if c.label == "AIR" and not c.background]
            if air:
                best = min(air, key=key)
        if best.label in ("LOOT", "ARREST", "OTHER", "CHANGE"):
            # "armed men set homes ablaze and killed a villager", "soldiers detained and
            # tortured two men", "residents fled after gunmen killed three": harm to people
            # decides over the property, the arrest or the flight of the same sentence
            # ("an army convoy came under attack": a unit named by a noun is who was hit)
            noun = best.label == "CHANGE" and best.root(doc).pos_ == "NOUN"
            harms = [
                c
                for c in cues
                if c.label == "VIOLENCE"
                and (noun or c.root(doc).lower_.startswith(HARM_PREFIXES))
                and not c.background
            ]
            if harms:
                best = min(harms, key=key)
        if best.label == "VIOLENCE" and _abduction_raid(info, best, cues):
            best = min((c for c in cues if c.label == "ABDUCT"), key=key)
        if best.label == "CHANGE" and _progressive(best.root(doc)):
            # "officers were patrolling when gunmen opened fire": the patrol is the setting
            hits = [c for c in cues if c.label in VIOLENT_LABELS and c.start > best.start]
            if hits:
                best = min(hits, key=key)
        if best.label == "VIOLENCE":
            best = _dispersal(info, best, cues, key) or best
        return best
    return None


def _shot_in_a_brawl(info: _Doc, violence: Cue, clash: Cue) -> bool:
    """ "Two men were fighting outside a car when the shooting occurred", "five people were
    shot during a fight": a shooting in a brawl (`clash._brawl`) is the event, the fight its
    setting."""
    words = (info.doc[violence.start : violence.end], [violence.root(info.doc)])
    firearm = any(t.lower_.startswith(FIREARM_PREFIXES) for part in words for t in part)
    return firearm and not violence.background and _brawl(info, clash)


def _raid_on_civilians(info: _Doc, violence: Cue, clash: Cue) -> bool:
    """ "Rebels killed three civilians during an incursion into the village": armed men who
    killed civilians attacked them, whatever the raid is called, unless the raid itself had
    an armed side against them."""
    if clash.root(info.doc).lower_ not in INCURSION_WORDS:
        return False
    agents, patients = info.roles(violence.root(info.doc))
    if (
        not (_sides(agents) & ac.ARMED_KINDS)
        or _sides(patients) != {"civilian"}
        or any(info.doc[p.token].pos_ == "PROPN" for p in patients)
    ):
        return False
    c_agents, c_patients = info.roles(clash.root(info.doc))
    return not (_sides(c_patients) & ac.ARMED_KINDS and _sides(c_agents) & ac.ARMED_KINDS)


def _abduction_raid(info: _Doc, cue: Cue, cues: Iterable[Cue]) -> bool:
    """ "Gunmen attacked the village and abducted 12 residents": a raid whose only harm is the
    abduction is an abduction (when nobody is killed or hurt in it)."""
    if cue.root(info.doc).lower_ not in RAID_WORDS or not any(c.label == "ABDUCT" for c in cues):
        return False
    return not any(
        c.label == "VIOLENCE" and c.root(info.doc).lower_ not in RAID_WORDS
        for c in info.cues
        if cue.sent <= c.sent <= cue.sent + 1
    )


def _perfect_passive(tok: Token) -> bool:
    """ "have been kidnapped", "had been killed": a state reached before the time told."""
    deps = {(c.dep_, c.lemma_) for c in tok.children}
    return ("aux", "have") in deps and ("auxpass", "be") in deps


def _progressive(tok: Token) -> bool:
    """ "were patrolling", "was travelling": an ongoing activity, the setting of an event."""
    return tok.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("was", "were", "is", "are") for c in tok.children
    )


def _dispersal(info: _Doc, best: Cue, cues: list[Cue], key: Any) -> Cue | None:
    """Casualties of a dispersed demonstration: "14 people were injured when police used tear
    gas to break up a protest". The violence was the intervention, and the demonstration is the
    event: the protest cue of the sentence, else the intervention."""
    interventions = [c for c in cues if c.label == "INTERVENTION" and not c.background]
    if not interventions:
        return None
    protests = [c for c in cues if c.label == "PROTEST" and not c.background]
    if protests:
        return min(protests, key=key)  # type: ignore[no-any-return]
    if any(c.label == "PROTEST" and best.sent < c.sent <= best.sent + 2 for c in info.cues) or any(
        t.lower_ in CROWD_NOUNS for t in sent_of(best.root(info.doc))
    ):
        return min(interventions, key=key)  # type: ignore[no-any-return]
    return None
