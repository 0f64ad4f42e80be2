"""From the main cue to ACLED's event type and sub-event type (`_decide`), by its label.

Sports and business stories whose violent words are figures of speech have no event
(`doc_info._Doc.off_topic`). Demonstrations go to `protest`, fighting to `clash`, killing and
shooting to `violence`. The weapon decides explosions (air/drone strike, shelling, IED,
grenade, suicide bomb), unless the bombs were used in a battle or were found (disrupted
weapons use). Strategic developments: arrests (by state forces; by non-state groups they are
abductions; an arrest for a killing reports the killing), looting or destruction (by a
crowd: mob violence), disrupted weapons use, agreements, changes to a group's activity,
bases, and "other"; territory taken by state forces or by non-state groups.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsfold.analyse import actors as ac
from newsfold.analyse import event_types as et
from newsfold.analyse import lexicon as lx
from newsfold.analyse.what.clash import _clash
from newsfold.analyse.what.crowds import _by_a_crowd, _demanding, _demonstration_near
from newsfold.analyse.what.cues import Cue
from newsfold.analyse.what.decision import Decision
from newsfold.analyse.what.doc_info import _Doc, _sentences
from newsfold.analyse.what.labels import EXPLOSIVE
from newsfold.analyse.what.main_cue import _choose_main
from newsfold.analyse.what.protest import _protest
from newsfold.analyse.what.readings import _arms
from newsfold.analyse.what.sides import (
    _armed_group,
    _armed_on_both_sides,
    _crime_of_arrest,
    _fought_back,
    _sides,
)
from newsfold.analyse.what.violence import _violence
from newsfold.analyse.what.weapons import _barrage, _both_sides, _heavy, _small_arms

LEFTOVER_WORDS = lx.words("unexploded leftover abandoned dormant")
"""Words of ordnance left behind: its explosion is ACLED's remote explosive, not shelling."""
AUTHORITY_HEADS = lx.words(
    "authorities authority police government administration ministry court courts officials"
)
"""Heads of an agent that make a named armed group's arrest an arrest, not an abduction."""
BURN_PREFIXES = ("burn", "burnt", "set", "torch")
VANDAL_PREFIXES = ("vandali", "defac", "desecrat")
ROADBLOCK_PREFIXES = ("tyre", "tire", "barricad")
DISRUPTING_VERBS = lx.words(
    """recover find discover seize defuse dismantle confiscate neutralise neutralize uncover
    intercept detect"""
)
SEIZED_PEOPLE = (
    lx.CIVILIAN
    | lx.PROTESTERS
    | lx.NONSTATE_ARMED
    | lx.STATE_POLICE
    | lx.STATE_MILITARY
    | lx.words("travellers travelers commuters tourists hunters herdsmen pilgrims")
) - lx.words("villages")
"""Objects of "seized" that are people (not "seized a vehicle")."""
SEIZED_NOT_TERRITORY = lx.words("area areas site sites road roads control")
"""Place nouns that "seized" takes as property ("seized a large area of farmland")."""
DEAL_WORDS = frozenset({"exchang", "swap", "deal", "agreeme", "negotia", "ceasefi", "truce"})


PEACEFUL_TRANSFER_WORDS = lx.words("peacefully unopposed handover handed hand handing")
"""Words that say territory changed hands with no fighting ("handed over control of the town",
"entered the town unopposed")."""
WITHOUT_OBJECTS = lx.words("fight fighting resistance violence clashes clash battle shot shots")
"""Objects of "without"/"no" that say so ("without a fight", "met no resistance")."""
NEUTRAL_TAKING_VERBS = frozenset({"take", "occupy", "enter", "move"})
"""Verbs of taking that say nothing of a fight ("took over the camp"), unlike "regained",
"recaptured", "overran": with the other side's withdrawal they are a non-violent transfer."""
WITHDRAWAL_PREFIXES = ("withdr", "retreat", "evacuat", "abandon", "vacat")


def _without_fighting(info: _Doc, main: Cue, labels_same: set[str]) -> bool:
    """A taking of territory with no fighting (ACLED's non-violent transfer of territory):
    said outright ("without a fight", "met no resistance", "handed over control",
    "unopposed"), or taken over after the other side withdrew ("took over the camp after the
    withdrawal of the peacekeepers") with no fighting told in the sentence."""
    sent = _sentences(info, main)
    words = [t.lower_ for t in sent]
    for i, w in enumerate(words):
        if w in PEACEFUL_TRANSFER_WORDS:
            return True
        if w in ("without", "no") and any(x in WITHOUT_OBJECTS for x in words[i + 1 : i + 4]):
            return True
    if labels_same & {"CLASH", "VIOLENCE", "SMALLARMS", "FIRE", *EXPLOSIVE}:
        return False
    if main.root(info.doc).lemma_ not in NEUTRAL_TAKING_VERBS:
        return False  # "regained/recaptured the town after the insurgents withdrew": won back
    return any(t.lower_.startswith(WITHDRAWAL_PREFIXES) for t in sent if t.i > main.start)


def _taking_part(protest: Token, arrest: Token) -> bool:
    """A demonstration inside the phrase of the people arrested that says they were at it:
    a clause in the progressive ("detained 20 activists who were taking part in a rally",
    "arrested students protesting outside the ministry"), not a past one ("arrested the man who
    organised a protest last month")."""
    node = protest
    for _ in range(6):
        if node.i == arrest.i or node.head.i == node.i:
            return False
        if node.dep_ in ("relcl", "acl") and node.tag_ == "VBG":
            return True
        node = node.head
    return False


def _disrupted(weapon: Token) -> bool:
    """A weapon that was the object of a finding or a seizure ("recovered a bomb", "found and
    destroyed an IED factory": up the noun phrase to its verb, and from a second verb to the
    first it is joined to). A weapon something was done "with" is not ("destroyed the bridge
    with explosives")."""
    node = weapon
    for _ in range(4):
        if node.dep_ not in ("compound", "amod", "nmod", "dobj", "nsubjpass", "conj", "appos"):
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
    else:
        return False
    if node.lemma_ in DISRUPTING_VERBS:
        return True
    return node.dep_ == "conj" and node.head.lemma_ in DISRUPTING_VERBS


def _decide(info: _Doc) -> Decision | None:
    main = _choose_main(info)
    if main is None:
        return None
    doc = info.doc
    root = main.root(doc)
    agents, patients = info.roles(root)
    near = info.window(main)
    same = [c for c in near if c.sent == main.sent]
    labels_near = {c.label for c in near}
    labels_same = {c.label for c in same}

    def result(t: str, s: str) -> Decision:
        return Decision(t, s, main, agents, patients)

    label = main.label
    if (
        label
        in (
            "CLASH",
            "VIOLENCE",
            "PROTEST",
            "OTHER",
            "CHANGE",
            "AGREEMENT",
            "RIOT",
        )
        and info.off_topic()
    ):
        return None
    agent_kinds = _sides(agents)
    patient_kinds = _sides(patients)
    sides = agent_kinds | patient_kinds

    if label == "PROTEST":
        return _protest(info, main, result)
    if label == "INTERVENTION":
        if labels_near & {"DEMO_RIOT", "RIOT", "VIOLENT_DEMO"}:
            return result("Riots", "Violent demonstration")
        return result("Protests", "Protest with intervention")
    if label == "DEMO_RIOT":
        if agent_kinds & ac.STATE_KINDS and not agent_kinds & {"protester", "civilian"}:
            return result("Protests", "Protest with intervention")
        if agent_kinds & {"armed", "gang", "group"} and "PROTEST" not in labels_near:
            # a gang's Molotov cocktails are an attack or destruction, not a demonstration
            if "LOOT" in labels_same:
                return result("Strategic developments", "Looting/property destruction")
            return result("Violence against civilians", "Attack")
        if (
            not _demonstration_near(info, main)
            and "protester" not in agent_kinds
            and not any(t.lower_.startswith(ROADBLOCK_PREFIXES) for t in main.span(doc))
        ):
            # Molotov cocktails or stones with no demonstration; burning tyres and barricades
            # block roads, a demonstration's own acts
            return result("Riots", "Mob violence")
        return result("Riots", "Violent demonstration")
    if label == "RIOT":
        if labels_near & {"PROTEST", "DEMO_RIOT"} or _demanding(info, main):
            return result("Riots", "Violent demonstration")
        return result("Riots", "Mob violence")
    if label == "MOB":
        if "PROTEST" in labels_near:
            return result("Riots", "Violent demonstration")
        return result("Riots", "Mob violence")
    if label in ("SMALLARMS", "FIRE"):
        violence = [c for c in near if c.label == "VIOLENCE"]
        # "a sniper from the NAF shot and wounded a soldier", parsed with "shot" as a noun:
        # the first violence whose parse names who acted or who was hit
        with_roles = [c for c in violence if any(info.roles(c.root(doc)))]
        for cue in with_roles[:1] or violence[:1]:
            return _violence(info, cue, *info.roles(cue.root(doc)), near, result)
        if (
            label == "FIRE"
            and not _small_arms(info, main)
            and not _both_sides(info, main)
            and (_heavy(info, main))
        ):
            return result("Explosions/Remote violence", "Shelling/artillery/missile attack")
        return result("Battles", "Armed clash")
    if label == "GRENADE" and any(
        t.lower_.startswith("rocket") or t.lower_ in ("rpg", "rpgs")
        for t in doc[max(main.start - 3, 0) : main.start]
    ):
        label = "SHELL"  # a rocket-propelled grenade is a rocket, not a hand grenade
    if label in EXPLOSIVE:
        if "DISRUPTED" in labels_same or root.head.lemma_ in DISRUPTING_VERBS or _disrupted(root):
            return result("Strategic developments", "Disrupted weapons use")
        # Mortars fired together with small arms, a grenade answered with gunfire, a bomb
        # during clashes: a battle.
        if label in ("SHELL", "EXPLOSION") and (
            _small_arms(info, main, 1) or _both_sides(info, main, 1)
        ):
            return result("Battles", "Armed clash")
        if (
            label in ("SHELL", "GRENADE", "IED", "EXPLOSION")
            and "CLASH" in labels_near
            and (label not in ("SHELL", "EXPLOSION") or "CLASH" in labels_same)
            and (patient_kinds & ac.ARMED_KINDS or agent_kinds & ac.ARMED_KINDS or not sides)
        ):
            return result("Battles", "Armed clash")
        if label in ("SHELL", "EXPLOSION") and any(
            c.label == "CLASH" and any(t.lower_ in et.RETURN_FIRE for t in c.span(doc))
            for c in near
        ):
            # "attacked the police station with heavy weapons. The attack was repulsed after a
            # gunfight": fire answered, a battle
            return result("Battles", "Armed clash")
        if label in ("GRENADE", "IED", "EXPLOSION") and _fought_back(info, main, agents, patients):
            return result("Battles", "Armed clash")
        if (
            label in ("GRENADE", "IED")
            and _small_arms(info, main)
            and _armed_on_both_sides(info, main)
        ):
            # "militants attacked the brigade; six were killed by direct fire and three by
            # IEDs": bombs used in a battle
            return result("Battles", "Armed clash")
        if label in ("IED", "EXPLOSION") and "AIR" in labels_same:
            label = "AIR"  # "a bomb was dropped from a helicopter"
        if label == "SHELL" and any(
            t.lower_ in LEFTOVER_WORDS for t in doc[max(main.start - 3, 0) : main.end + 2]
        ):
            # "an unexploded mortar round exploded": ordnance left behind, not fired
            label = "IED"
        if label == "EXPLOSION":
            shelling = _heavy(info, main) or "SHELL" in labels_same or _barrage(root)
            label = "SHELL" if shelling else "IED"
        sub = {
            "SUICIDE": "Suicide bomb",
            "CHEMICAL": "Chemical weapon",
            "AIR": "Air/drone strike",
            "GRENADE": "Grenade",
            "IED": "Remote explosive/landmine/IED",
            "SHELL": "Shelling/artillery/missile attack",
        }[label]
        return result("Explosions/Remote violence", sub)
    if (
        label == "LOOT"
        and root.lower_.startswith(BURN_PREFIXES)
        and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ in SEIZED_PEOPLE for c in root.children
        )
    ):
        # "separatists burned a teacher alive", "set a suspect on fire": harm to a person
        return _violence(info, main, agents, patients, near, result)
    if label == "LOOT" and root.lower_.startswith("seiz"):
        # "seized" says what was taken by its object: people are detained or abducted
        # ("gunmen seized seven farmers"), a town is territory ("rebels seized the town");
        # goods and weapons stay below
        seized = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(
            c.lower_ in SEIZED_PEOPLE or (c.ent_type_ == "PERSON" and info.actor(c) is not None)
            for c in seized
        ):
            label = "ARREST"
        elif any(
            c.lower_ in et.PLACE_NOUNS - SEIZED_NOT_TERRITORY or c.ent_type_ in ("GPE", "LOC")
            for c in seized
        ):
            label = "TERRITORY"
    if label == "TERRITORY":
        # What was taken: the object ("captured the town"), "control of/over" a place; not
        # where it happened ("captured a thief in Juliaca")
        taken = [
            c
            for c in root.children
            if c.dep_ in ("dobj", "nsubjpass")
            or (c.dep_ in ("prep", "prt") and c.lower_ in ("of", "over"))
        ]
        if root.pos_ == "NOUN":
            taken.extend(c for c in root.children if c.dep_ == "prep" and c.lower_ == "of")
        if root.dep_ in ("compound", "amod") and root.head.pos_ in ("NOUN", "PROPN"):
            # "the army retook control of the town", parsed as a noun phrase "retook control":
            # the noun the verb was hung on is what was taken
            head = root.head
            taken.extend(
                [head, *(c for c in head.children if c.dep_ == "prep" and c.lower_ == "of")]
            )
            if not agents:  # "the national army retook control": the army is a compound too
                before = [c for c in head.children if c.i < root.i and c.pos_ in ("NOUN", "PROPN")]
                agents = [a for a in map(info.actor, before) if a is not None]
                agent_kinds = _sides(agents)
        if root.lemma_ == "fall" and not agents:
            # "the town fell to TPLF forces": the subject was taken, the "to" object took it
            taken.extend(c for c in root.children if c.dep_ == "nsubj")
            takers = [
                o
                for c in root.children
                if c.dep_ == "prep" and c.lower_ == "to"
                for o in c.children
                if o.dep_ == "pobj"
            ]
            if not takers:  # "fell to rebel fighters" parsed as a verb "rebel": the next noun
                takers = [t for t in doc[main.end : main.end + 4] if t.pos_ in ("NOUN", "PROPN")]
            agents = [a for a in map(info.actor, takers) if a is not None][:1]
            agent_kinds = _sides(agents)
        if not agents:
            # a cue of several words whose subject the parse hung on another of its words
            # ("Military Forces of Mozambique regained control", with "regained" an adjective)
            subjects = [c for t in main.span(doc) for c in t.children if c.dep_ == "nsubj"]
            agents = [a for a in map(info.actor, subjects) if a is not None]
            agent_kinds = _sides(agents)
        objects = [t for c in taken for t in c.subtree]
        person = any(
            c.dep_ in ("dobj", "nsubjpass")
            and c.lower_ not in et.PLACE_NOUNS  # "took over the military camp"
            and info.actor(c) is not None
            for c in taken
        )
        placey = not person and (
            any(t.lower_ in et.PLACE_NOUNS or t.ent_type_ in ("GPE", "LOC", "FAC") for t in objects)
            # "regained control of Palma": control is of a place, whatever the NER says of it
            or any(t.lower_ == "control" for t in main.span(doc))
        )
        if not person and agent_kinds and agent_kinds <= {"civilian", "protester"}:
            return result("Protests", "Peaceful protest")  # students took over a toll booth
        if placey and _without_fighting(info, main, labels_same):
            return result("Strategic developments", "Non-violent transfer of territory")
        if placey:
            if agent_kinds & ac.STATE_KINDS:
                return result("Battles", "Government regains territory")
            if agent_kinds & {"armed", "gang", "group"}:
                return result("Battles", "Non-state actor overtakes territory")
            return result("Battles", "Armed clash")
        if root.lower_.startswith("captur"):
            label = "ARREST"
        else:
            return result("Battles", "Armed clash")
    if label == "CLASH":
        return _clash(info, main, agents, patients, near, result)
    if label == "SEXUAL":
        return result("Violence against civilians", "Sexual violence")
    if label == "ABDUCT":
        return result("Violence against civilians", "Abduction/forced disappearance")
    if label == "VIOLENCE":
        return _violence(info, main, agents, patients, near, result)
    if label == "ARREST" or (label == "CHANGE" and root.lemma_ == "surrender"):
        # An arrest for a shooting or a killing reports that violence (a follow-up story):
        # the violence decides the type, as it would in the first report.
        crime = _crime_of_arrest(info, main)
        if crime is not None:
            return _violence(info, crime, *info.roles(crime.root(doc)), near, result)
    if label == "ARREST":
        if (
            agent_kinds & {"armed", "gang", "group"}
            and not agent_kinds & ac.STATE_KINDS
            # "Taliban authorities detained two officers", "Houthi police arrested": a group's
            # governing bodies arrest (ACLED's arrests by de facto authorities)
            and not any(doc[a.token].lower_ in AUTHORITY_HEADS for a in agents)
        ):
            return result("Violence against civilians", "Abduction/forced disappearance")
        detained = {t.i for p in ac.arguments(root)[1] for t in p.subtree}
        protests = [
            c
            for c in near
            if c.label == "PROTEST"
            and (c.start not in detained or _taking_part(doc[c.start], root))
        ]
        if protests or "protester" in patient_kinds:
            return result("Protests", "Protest with intervention")
        if agent_kinds == {"civilian"}:
            return result("Riots", "Mob violence")  # a crowd seized someone
        return result("Strategic developments", "Arrests")
    if label == "LOOT":
        if agent_kinds & {"rioter", "protester"} or "PROTEST" in labels_same:
            return result("Riots", "Violent demonstration")
        if root.lower_.startswith(("seiz", "confisc")) and _arms(
            [*root.subtree, *root.head.subtree]
        ):
            return result("Strategic developments", "Disrupted weapons use")
        if _by_a_crowd(info, agents) or (
            root.lower_.startswith(VANDAL_PREFIXES) and not _armed_group(info, agents)
        ):
            # villagers burning a house, unknown people defacing graves: a crowd's violence
            return result("Riots", "Mob violence")
        return result("Strategic developments", "Looting/property destruction")
    if label == "DISRUPTED":
        disrupted = [t for c in root.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree]
        if not _arms(disrupted):
            if root.lemma_ in ("thwart", "foil", "repel", "repulse"):
                return result("Battles", "Armed clash")  # "thwarted an attack on the base"
            if root.lemma_ in ("dismantle", "recover"):
                return result("Strategic developments", "Looting/property destruction")
        return result("Strategic developments", "Disrupted weapons use")
    if label == "AGREEMENT":
        if root.lower_ in ("released", "freed", "release") and not (
            {t.lower_[:7] for t in _sentences(info, main)} & DEAL_WORDS
        ):
            return result("Strategic developments", "Other")  # a release with no deal
        return result("Strategic developments", "Agreement")
    if label == "CHANGE":
        return result("Strategic developments", "Change to group/activity")
    if label == "HQ":
        return result("Strategic developments", "Headquarters or base established")
    if label == "OTHER":
        return result("Strategic developments", "Other")
    return None
