"""Killing, shooting, attacking (`_violence`): a battle, an attack on civilians, mob violence,
shelling, or nothing.

Armed actors on both sides is a battle (armed clash), and so is fire from the other side
("soldiers opened fire after the blast", "he had fired at the officers", an attack
"repelled"); violence against people who are not armed (or not said to be: off-duty forces
are civilians) is violence against civilians (attack), a raid that only abducts is an
abduction; violence by a crowd of civilians ("villagers", "a mob") is mob violence, with a
demonstration near a violent demonstration. Mortars, artillery, rockets and heavy machine
guns (12.7 mm and up) fired at places are shelling, with small arms at an enemy's positions a
clash.

Choices where ACLED has no rule for generic crime news (documented in the tests):
- A shooting or stabbing of people (US crime news, a murder-suicide's murder) is "Violence
  against civilians" / "Attack": one side is armed, the victims are not.
- A gunfight between police and a suspect who fired back is "Battles" / "Armed clash".
- An accidental or self-inflicted shooting (no one attacked anyone), a suicide: no event type.
"""

from __future__ import annotations

from typing import Any

from newsfold.analyse import actors as ac
from newsfold.analyse import event_types as et
from newsfold.analyse import lexicon as lx
from newsfold.analyse.what.clash import _clash
from newsfold.analyse.what.crowds import CROWD_WORDS, _demonstrating, _demonstration_near
from newsfold.analyse.what.cues import Cue
from newsfold.analyse.what.decision import Decision
from newsfold.analyse.what.doc_info import _Doc, _sentences
from newsfold.analyse.what.main_cue import _abduction_raid
from newsfold.analyse.what.sides import _fought_back, _mutual, _sides, _victims_were_criminals
from newsfold.analyse.what.weapons import (
    FIREARM_PREFIXES,
    FIREARM_WORDS,
    _heavy,
    _indirect,
    _small_arms,
)

KILLING_PREFIXES = ("kill", "murder", "shot", "shoot", "hack", "behead", "slay", "slain", "gunned")
OFFICIALS = lx.words("officials official authorities leaders chiefs councillors councilors")
ACCIDENT_WORDS = lx.words(
    """accidental accidentally unintentional unintentionally inadvertently misfire misfired
    mistakenly"""
)
SELF_WORDS = lx.words("himself herself themselves")


def _violence(
    info: _Doc,
    main: Cue,
    agents: list[ac.Actor],
    patients: list[ac.Actor],
    near: list[Cue],
    result: Any,
) -> Decision | None:
    """Killing, shooting, attacking: battle, attack on civilians, mob violence, or nothing."""
    doc = info.doc
    sent = _sentences(info, main)
    words = {t.lower_ for t in sent}
    if words & ACCIDENT_WORDS:
        return None
    root = main.root(doc)
    if any(c.lower_ in SELF_WORDS for c in root.children if c.dep_ in ("dobj", "pobj")):
        return None  # "shot himself": a suicide or accident, not an attack on anyone
    people = [p for p in patients if doc[p.token].pos_ != "PROPN"]  # not "at As Shaab area"
    if (
        root.lower_.startswith("fir")
        and _heavy(info, main)
        # mortars or rockets fired at a village are shelling whoever they hit; heavy machine
        # guns fired at people are an attack on them
        and (_indirect(info, main) or not (_sides(people) & {"civilian", "protester"}))
        # heavy weapons and small arms at an enemy's positions: direct fire, a clash
        and not (_sides(patients) & ac.ARMED_KINDS and _small_arms(info, main))
    ):
        return result("Explosions/Remote violence", "Shelling/artillery/missile attack")  # type: ignore[no-any-return]
    if not agents:
        # Deaths or wounds with no one said to have caused them: look for the attack nearby
        # (also in a "following an attack by ..." phrase of the same sentence).
        same_background = [c for c in info.cues if c.sent == main.sent and c.background]
        for cue in [*near, *same_background]:
            if cue.label not in ("VIOLENCE", "CLASH"):
                continue
            cue_root = cue.root(doc)
            if cue.label == "CLASH":
                return _clash(info, cue, *info.roles(cue_root), near, result)
            a2, p2 = info.roles(cue_root)
            if a2:
                agents, patients = a2, p2 or patients
                break
    agent_kinds = _sides(agents)
    patient_kinds = _sides(patients)
    if any(
        c.label == "CLASH" and any(t.lower_ in et.RETURN_FIRE for t in c.span(doc))
        for c in info.window(main, after=2)
    ) and not (agent_kinds & {"civilian", "protester", "rioter"}):
        return result("Battles", "Armed clash")  # type: ignore[no-any-return]  # fire returned
    if root.pos_ == "NOUN" and any(
        c.label == "LOOT" and c.start < root.i <= c.end + 1 and c.sent == main.sent for c in near
    ):
        return result("Strategic developments", "Looting/property destruction")  # type: ignore[no-any-return]  # "an arson attack"
    same_sentence = [c.label for c in info.cues if c.sent == main.sent]
    if (
        "protester" in patient_kinds
        or _demonstrating(info, ac.arguments(root)[1])
        or (
            # "police fired live bullets to disperse protesting youths": live fire at a crowd
            # of demonstrators (told as the reason for the firing or not)
            agent_kinds & ac.STATE_KINDS
            and "EXCESSIVE" in same_sentence
            and {"PROTEST", "INTERVENTION"} & set(same_sentence)
        )
    ):
        return result("Protests", "Excessive force against protesters")  # type: ignore[no-any-return]
    if agent_kinds & {"rioter", "protester"}:
        if "protester" not in agent_kinds and not _demonstration_near(info, main):
            return result("Riots", "Mob violence")  # type: ignore[no-any-return]  # "a mob"
        return result("Riots", "Violent demonstration")  # type: ignore[no-any-return]
    armed_agents = agent_kinds & ac.ARMED_KINDS
    armed_patients = patient_kinds & ac.ARMED_KINDS - {"suspect"}
    if armed_agents and armed_patients:
        return result("Battles", "Armed clash")  # type: ignore[no-any-return]
    if not armed_patients and _victims_were_criminals(info, main):
        # ACLED codes the killing of gang members and traffickers as fighting between armed
        # groups: "The victim had charges against him for drug trafficking."
        armed_patients = {"gang"}
        if not agents or armed_agents:
            return result("Battles", "Armed clash")  # type: ignore[no-any-return]
    if armed_patients and not agents:
        # "three soldiers were killed": by whom is not said; attacks on forces are battles
        return result("Battles", "Armed clash")  # type: ignore[no-any-return]
    # the trigger's own words count too: "opened fire" has its root in "opened"
    firearm = any(t.lower_.startswith(FIREARM_PREFIXES) for t in (root, *main.span(doc))) or any(
        t.lower_ in FIREARM_WORDS or t.lower_ in ("shots", "shooting", "shootings") for t in sent
    )
    crowd_agent = (
        not armed_agents
        and not firearm  # several men firing guns are gunmen, not a mob
        and any(
            doc[a.token].lower_ in CROWD_WORDS
            # plural people beating or lynching someone; killers named by what they are
            # ("herders killed five farmers") are an armed group, not a mob
            or (
                a.kind == "civilian"
                and doc[a.token].tag_ == "NNS"
                and not root.lower_.startswith(KILLING_PREFIXES)
                and doc[a.token].lower_ not in OFFICIALS
            )
            for a in agents
        )
    )
    if crowd_agent:
        return result("Riots", "Mob violence")  # type: ignore[no-any-return]
    if armed_patients and agent_kinds == {"civilian"} and not firearm:
        return result("Riots", "Mob violence")  # type: ignore[no-any-return]
    if _fought_back(info, main, agents, patients):
        return result("Battles", "Armed clash")  # type: ignore[no-any-return]
    mutual = _mutual(info, main)
    if mutual is not None and not agents:
        return _clash(info, mutual, *info.roles(mutual.root(doc)), near, result)
    if _abduction_raid(info, main, [c for c in near if c.sent == main.sent + 1]):
        return result("Violence against civilians", "Abduction/forced disappearance")  # type: ignore[no-any-return]
    return result("Violence against civilians", "Attack")  # type: ignore[no-any-return]
