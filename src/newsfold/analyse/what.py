"""ACLED's event type and sub-event type of the event an article reports, or none.

Rule-based, on the one spaCy Doc: a Matcher finds trigger words (`event_types.CUES`), the
dependency parse tells who acted on whom (`actors.arguments`), and a few ordered rules that follow
ACLED's codebook turn the main trigger into a type:

1. The main trigger is taken from the first sentence that has one (news leads and ACLED notes
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
   their sit-in"); the finest explosive names the kind (a suicide bomber's blast).
2. Demonstrations: a protest with violence by the demonstrators is a riot (violent
   demonstration); protesters killed or fired on with live ammunition is excessive force; tear
   gas, dispersal or arrests is a protest with intervention; otherwise a peaceful protest.
3. Violence: armed actors on both sides is a battle (armed clash), and so is fire from the other
   side ("soldiers opened fire after the blast", "he had fired at the officers", an attack
   "repelled") and an operation of state forces; violence against people who are not armed (or
   not said to be: off-duty forces are civilians) is violence against civilians (attack), a raid
   that only abducts is an abduction; violence by a crowd of civilians ("villagers", "a mob")
   is mob violence, with a demonstration near a violent demonstration; communities fighting
   with guns are communal militias in battle. The weapon decides explosions (air/drone strike,
   shelling, IED, grenade, suicide bomb): mortars, artillery, rockets and heavy machine guns
   (12.7 mm and up) fired at places are shelling, with small arms at an enemy's positions a
   clash; firing in the air aims at nobody.
4. Strategic developments: arrests (by state forces; by non-state groups they are abductions),
   looting or destruction, disrupted weapons use, agreements, changes to a group's activity,
   bases, and "other".

Choices where ACLED has no rule for generic crime news (documented in the tests):
- A shooting or stabbing of people (US crime news, a murder-suicide's murder) is "Violence
  against civilians" / "Attack": one side is armed, the victims are not.
- A gunfight between police and a suspect who fired back is "Battles" / "Armed clash".
- An accidental or self-inflicted shooting (no one attacked anyone), a suicide, a sports result,
  a business or weather story: no event type (null). A story is off-topic by its many topic
  words only when no force, armed group or demonstrator takes part (a march against fuel prices
  broken up by police is news among the prices and markets it is about).

The main trigger is recorded as an `event_type` claim with `sub_event_type` and `trigger` attrs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from newsfold.analyse import actors as ac
from newsfold.analyse import event_types as et
from newsfold.analyse import lexicon as lx
from newsfold.analyse.context import Context
from newsfold.analyse.nlp import get_nlp
from newsfold.records import EVENT_TYPES

NOTES_KEY = "what"
"""`ctx.notes[NOTES_KEY]`: the main trigger and the actors found, for `who`."""

# How specific a cue is: a specific cue outranks a generic one in the same sentence.
EXPLOSIVE = ("SUICIDE", "CHEMICAL", "AIR", "GRENADE", "IED", "SHELL", "EXPLOSION")
SPECIFIC_RANK: dict[str, int] = {
    "PROTEST": 9,
    "DEMO_RIOT": 9,
    "SUICIDE": 8,
    "CHEMICAL": 8,
    "AIR": 7,
    "GRENADE": 7,
    "IED": 6,
    "SHELL": 6,
    "EXPLOSION": 5,
    "SMALLARMS": 4,
    "FIRE": 4,
    "SEXUAL": 6,
    "RIOT": 6,
    "ABDUCT": 5,
    "MOB": 5,
    "CLASH": 5,
    "TERRITORY": 5,
    "DISRUPTED": 5,
    "AGREEMENT": 4,
    "VIOLENCE": 3,
    "ARREST": 3,
    "LOOT": 3,
    "HQ": 3,
    "CHANGE": 2,
    "INTERVENTION": 2,
    "OTHER": 1,
}
MAIN_LABELS = frozenset(SPECIFIC_RANK)
LEAD_SENTENCES = 4
"""A story reports its event in its lead: when the headline names none, a cue past the first
sentences belongs to a feature, a review or a science story ("an ice shell", "a body of work",
"flu shots" in paragraph twelve), not to an event. On 600 GVA dev articles, 5 had their
event's trigger past the lead with no cue in the headline, all pages with no article."""
GENERIC = frozenset({"VIOLENCE", "ARREST", "LOOT", "OTHER", "AGREEMENT", "HQ", "CHANGE"})
OVERRIDERS = frozenset(
    {*EXPLOSIVE, "CLASH", "PROTEST", "DEMO_RIOT", "RIOT", "MOB", "SEXUAL", "TERRITORY"}
)
"""Specific labels that say what a generic one ("killed", "arrested") in their sentence was."""
NEVER_BACKGROUND = frozenset({*EXPLOSIVE})
RAID_WORDS = lx.words(
    """attack attacked attacks attacking raid raided raids raiding stormed storming invaded
    assaulted"""
)
"""Violence words that say nothing of harm to people: a raid can be an abduction or looting."""
ARMED_GROUP_HEADS = lx.NONSTATE_ARMED | lx.words("group groups faction factions")
"""Heads that name an armed group even unqualified ("an unidentified group", "gunmen"), unlike
"unknown people"."""
VANDAL_PREFIXES = ("vandali", "defac", "desecrat")
BLOCKING_CROWDS = lx.words(
    """residents neighbours neighbors villagers locals people inhabitants farmers traders workers
    students drivers families community communities group crowd hundreds dozens"""
)
HARM_PREFIXES = (
    "kill", "murder", "shot", "shoot", "hack", "behead", "slay", "slain", "gunned", "tortur",
    "beat", "beaten", "stab", "lynch", "execut", "assassinat", "flog", "whip",
)  # fmt: skip
KILLING_PREFIXES = ("kill", "murder", "shot", "shoot", "hack", "behead", "slay", "slain", "gunned")
OFFICIALS = lx.words("officials official authorities leaders chiefs councillors councilors")
ROADBLOCK_PREFIXES = ("tyre", "tire", "barricad")
INCURSION_WORDS = lx.words(
    """incursion incursions invasion invasions offensive ambush ambushed operation operations"""
)
"""Words for an armed raid that say nothing of an armed side against the raiders."""
VIOLENT_LABELS = frozenset({*EXPLOSIVE, "CLASH", "VIOLENCE", "ABDUCT", "SEXUAL"})
REAL_KINDS = frozenset({"police", "military", "armed", "gang", "group", "protester", "rioter"})
"""Actors whose presence makes a story's violent words literal."""
HEAVY_WORDS = lx.words("heavy mortar mortars artillery rockets rocket missiles shells projectiles")
INDIRECT_STEMS = ("mortar", "artillery", "howitzer", "rocket", "missile", "shells", "katyusha")
HEAVY_STEMS = ("mortar", "artillery", "cannon", "howitzer")
HEAVY_RIFLES = ("recoilless rifle", "anti-tank rifle", "anti-materiel rifle")
HEAVY_CALIBRE = 12.7
"""Heavy machine guns and up (12.7 mm, 14.5 mm, 23 mm): weapons fired from a distance."""
SMALL_ARMS_WORDS = ("small arms", "sniper", "rifle", "gunfire", "direct fire", "small and heavy")
DISRUPTING_VERBS = lx.words(
    """recover find discover seize defuse dismantle confiscate neutralise neutralize uncover
    intercept detect"""
)
LETHAL_PREFIXES = ("kill", "shot", "shoot", "murder", "gunned", "dead", "beat", "beaten")

ARMED_COMMUNAL = lx.words("militia militias militiamen fighters gunmen armed")
COMMUNAL_WORDS = lx.words(
    """communal community communities families clans supporters villages tribes groups
    villagers residents neighbours neighbors"""
)
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
NAME_ENTS = frozenset({"ORG", "FAC", "GPE", "LOC", "PERSON", "WORK_OF_ART", "PRODUCT"})
FIREARM_PREFIXES = ("shot", "shoot", "fire", "gun")
FIREARM_WORDS = lx.words(
    "gun guns gunfire gunshot gunshots rifle rifles pistol pistols handgun shotgun bullets rounds"
)
CRIME_PREFIXES = ("shoot", "shot", "kill", "murder", "homicide", "stab", "slay", "death", "dead")
FIRE_DEPENDENTS = lx.words(
    """at on upon towards into with shots round rounds bullets weapons guns gunshots
    indiscriminately"""
)
HYPOTHETICAL_GOVERNORS = lx.words(
    """threaten plan call vow warn urge announce intend prevent avoid fear prepare ban
    prohibit forbid outlaw postpone cancel want seek"""
)
"""Verbs and nouns under which a trigger is not a reported event ("called for a protest")."""
ARMED_WORDS = (
    lx.NONSTATE_ARMED | lx.STATE_MILITARY | lx.STATE_POLICE | lx.words("forces fighters attackers")
)
REPORTING_GOVERNORS = lx.words("announce report")
"""Hypothetical governors that also report what was done ("announced it was withdrawing")."""
DEAL_WORDS = frozenset({"exchang", "swap", "deal", "agreeme", "negotia", "ceasefi", "truce"})
NAME_ENTS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP", "WORK_OF_ART", "PRODUCT"})
NOT_GUNSHOT_MODIFIERS = lx.words(
    """flu vaccine vaccines vaccination booster boosters covid covid-19 insulin allergy mug
    photo camera screen trick jump penalty tequila vodka espresso"""
)
"""Words that make the "shots" after them anything but gunfire."""
WEAPON_NOUNS = lx.words("shell shells rocket rockets missile missiles mortar mortars")
WEAPON_USE_LEMMAS = lx.words(
    """fire launch hit land fall strike kill wound injure explode target damage destroy
    attack shell rain lob slam intercept shoot down struck killed wounded injured fired
    launched landed fell hit targeted damaged destroyed exploded impact war"""
)
"""What makes a named weapon a weapon used: "a shell landed", "fired rockets at"."""
DEAD_BODY_LEMMAS = lx.words(
    """find found discover discovered recover recovered dump dumped retrieve retrieved exhume
    exhumed identify identified lie lying lay dead lifeless murder murdered kill killed shoot
    shot bullet mutilate mutilated decapitate decapitated behead beheaded burn burned burnt
    morgue mortuary autopsy police wash washed abandon abandoned bear bore"""
)
"""What makes "body" a dead body: "a body was found", "the bodies of two men were dumped"."""
FINDING_WORDS = frozenset({"recovered", "found", "discovered", "unearthed", "uncovered"})
CAPTIVE_WORDS = lx.words(
    """prisoners prisoner hostages hostage detainees detainee captives captive soldiers
    fighters militants civilians people members"""
)
ACCIDENT_WORDS = lx.words(
    """accidental accidentally unintentional unintentionally inadvertently misfire misfired
    mistakenly"""
)
SELF_WORDS = lx.words("himself herself themselves")
CROWD_NOUNS = lx.words("crowd crowds gathering gatherings")
CROWD_WORDS = lx.words(
    """villagers residents locals mob crowd group groups community communities families
    supporters youths people men"""
)


@dataclass(slots=True)
class Cue:
    label: str
    start: int  # token indices
    end: int
    sent: int  # index of the sentence
    background: bool = False  # a cause or topic ("protested against the killing of ...")

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]

    def root(self, doc: Doc) -> Token:
        return doc[self.start : self.end].root


# --- Matcher ----------------------------------------------------------------------------------

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


def sentences(doc: Doc) -> tuple[list[Span], list[int]]:
    """The Doc's sentences and each token's sentence index, computed once per Doc
    (`Token.sent` walks the parse on every call)."""
    cached = doc.user_data.get("newsfold_sents")
    if cached is None:
        sents = list(doc.sents)
        owner = [0] * len(doc)
        for k, sent in enumerate(sents):
            for i in range(sent.start, sent.end):
                owner[i] = k
        cached = (sents, owner)
        doc.user_data["newsfold_sents"] = cached
    return cached  # type: ignore[no-any-return]


def sent_of(tok: Token) -> Span:
    """The sentence of a token (cached per Doc)."""
    sents, owner = sentences(tok.doc)
    return sents[owner[tok.i]]


# --- Filters ----------------------------------------------------------------------------------


def _negated(tok: Token) -> bool:
    """ "no clashes were reported", "did not attack", "without violence"."""
    for t in (tok, tok.head):
        for child in t.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "without":
        return True  # "without a fight"
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.lower_ in ("no", "without", "non", "anti", "against")


def _hypothetical(tok: Token) -> bool:
    """ "threatened to protest", "plans to march", "called for a strike", "will rally",
    "a ban on protests"."""
    node = tok
    for _ in range(4):
        verbal = node.pos_ in ("VERB", "AUX")
        if verbal and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "might", "may", "shall")
            for c in node.children
        ):
            return True
        if (
            node.lemma_ in HYPOTHETICAL_GOVERNORS
            and node.i < tok.i
            and not (node.lemma_ in REPORTING_GOVERNORS and _past(tok))
        ):
            return True  # the governor comes first: "called for a protest", "a ban on marches"
        if node.dep_ not in ("xcomp", "dobj", "pobj", "prep", "ccomp", "compound", "acl", "amod"):
            break
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _past(tok: Token) -> bool:
    """A verb told as done or under way: "was withdrawing", "had deployed", "withdrew"."""
    if tok.tag_ == "VBD":
        return True
    return tok.tag_ in ("VBG", "VBN") and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had", "has", "have")
        for c in tok.children
    )


def _arms(tokens: Iterable[Token]) -> bool:
    """Whether these words name weapons: "two bombs", "a weapons cache"; not a name that
    contains such a word ("Cache County", "Rifle, Colorado", "Gun Barrel City")."""
    return any(
        t.lower_ in et.ARMS_NOUNS and t.pos_ != "PROPN" and t.ent_type_ not in NAME_ENTS
        for t in tokens
    )


def _keep(label: str, span: Span) -> bool:
    """Drop the readings of a cue word that are not events."""
    tok = span.root
    low = tok.lower_
    doc = span.doc
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    if label == "PROTEST":
        if low.startswith("march") and (
            tok.ent_type_ == "DATE" or (span.text[0].isupper() and low == "march")
        ):
            return False
        if low.startswith(("strike", "struck")):
            if prev in ("air", "drone", "missile", "lightning", "military", "artillery"):
                return False
            if low == "struck" and nxt != "work":
                return False
            if low.startswith("strike") and tok.pos_ == "VERB":
                return False
        if low.startswith("rall") and prev in ("shares", "stocks", "markets", "market"):
            return False
        if low in ("staged",) and not any(
            t.lower_ in ("protest", "sit", "demonstration", "rally", "march", "strike")
            for t in tok.subtree
        ):
            return True
    if label in ("CLASH", "VIOLENCE"):
        if low.startswith(("fight", "battl", "fought")):
            objs = {t.lower_ for t in tok.subtree} | {nxt}
            if objs & et.NOT_VIOLENCE_OBJECTS or (nxt == "for" and label == "CLASH"):
                return False
        if low.startswith("attack") and prev in et.NOT_ATTACK_MODIFIERS:
            return False
        if low.startswith("shoot") and nxt in ("film", "video", "scene", "scenes", "photos"):
            return False
    if label == "CLASH" and low.startswith("operation"):
        # "police carried out an operation against gangs", "killed during an operation by
        # security forces": an armed operation of the state's forces; not "the operation of
        # a plant", "Operation Barkhane", "a surgical operation"
        if span.text[0].isupper() or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
        ):
            return False
        return any(t.lower_ in et.FORCE_WORDS for t in sent_of(tok))
    if label == "MOB" and low.startswith("vigilante") and tok.dep_ not in ("compound", "amod"):
        return False  # "vigilantes" are an armed community group; "vigilante justice" is mob
    if label == "VIOLENCE" and low in ("dead", "died") and prev in ("brain",):
        return False
    if (
        label in ("RIOT", "CLASH", "MOB", "PROTEST")
        and tok.dep_ in ("compound", "amod")
        and tok.head.i > tok.i
        and tok.head.lower_ in et.EQUIPMENT_HEADS
    ):
        return False  # "riot police", "riot gear", "battle tanks"
    if label == "SHELL" and low.startswith("shell") and nxt in ("company", "oil", "casings"):
        return False
    if label == "SHELL" and low.startswith("shell") and prev in ("bullet", "shotgun"):
        return False
    if label == "IED" and low.startswith(("explo", "blast")) and prev in ("gas", "boiler"):
        return False
    if label == "AIR" and low in ("drone", "drones"):
        return _striking(tok)
    if (
        tok.ent_type_ in NAME_ENTS
        and tok.text[:1].isupper()
        and tok.i > sent_of(tok).start
        and span.text.lower() not in ("air force", "airforce")  # "the Nigerian Air Force"
    ):
        return False  # part of a name: "the California Highway Patrol", "Battle Creek"
    if low == "offensive" and tok.pos_ != "NOUN":
        return False  # "offensive comments"
    if label == "PROTEST" and low.startswith("block"):
        blocked = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(o.lower_ in et.BLOCK_OBJECTS for o in blocked):
            return True
        # a crowd of people blocking a place ("a group of neighbours blocked the sector")
        blockers = [t for c in tok.children if c.dep_ == "nsubj" for t in c.subtree]
        return any(o.lower_ in et.PLACE_NOUNS for o in blocked) and any(
            t.lower_ in BLOCKING_CROWDS for t in blockers
        )
    if label == "PROTEST" and low == "took" and "over" in span.text.lower():
        return False  # "took over" is a seizure (TERRITORY); "took to the streets" is kept
    if label == "VIOLENCE" and low.startswith("fir") and _fires_non_lethal(tok):
        return False  # "fired tear gas", "firing rubber bullets": an intervention
    if label == "VIOLENCE" and low.startswith("fire"):
        if tok.pos_ == "VERB":
            deps = {c.lower_ for c in tok.children if c.dep_ in ("prep", "dobj", "dative")}
            return bool(deps & FIRE_DEPENDENTS)
        return prev in ("open", "opened", "opening", "heavy", "gun", "sniper", "artillery")
    if label == "AIR" and (
        low in ("helicopter", "helicopters", "aircraft", "plane", "planes")
        or span.text.lower() in ("air force", "airforce")
    ):
        words = {t.lower_[:5] for t in sent_of(tok)}
        return bool(
            words
            & {
                "bomb",
                "bombs",
                "bombe",
                "bomba",
                "strik",
                "struc",
                "dropp",
                "missi",
                "rocke",
                "raid",
                "targe",
            }
        )
    if label == "AGREEMENT" and low in ("exchanged", "swapped"):
        swapped = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(o.lower_ in CAPTIVE_WORDS - {"soldiers", "fighters"} for o in swapped)
    if label == "AGREEMENT" and low in ("released", "freed", "release"):
        freed = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(o.lower_ in CAPTIVE_WORDS for o in freed)
    if low.startswith("neutrali") and label in ("DISRUPTED", "VIOLENCE"):
        # "neutralised five terrorists" kills people; "neutralised an explosive device" is a
        # disrupted weapon
        objects = {
            t.lower_ for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree
        }
        people = bool(objects & ac.ACTOR_WORDS) or any(
            t.ent_type_ in ("ORG", "NORP")
            for c in tok.children
            if c.dep_ == "dobj"
            for t in c.subtree
        )
        return people == (label == "VIOLENCE")
    if label == "DISRUPTED" and low in FINDING_WORDS:
        found = [t for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree]
        return _arms(found)  # "recovered two bombs", not "found the body"
    if label == "EXPLOSION" and tok.dep_ == "amod":
        return False  # "the exploded drawings", "an exploded view"
    if (
        label == "CHANGE"
        and low.startswith("patrol")
        and (tok.dep_ == "compound" or tok.pos_ == "PROPN")
    ):
        return False  # "border patrol agents", "the Highway Patrol": a force, not its patrol
    if label == "FIRE" and prev in NOT_GUNSHOT_MODIFIERS:
        return False  # "free flu shots", "the photo shots"
    if tok.pos_ == "NOUN" and (
        (label == "SHELL" and low in WEAPON_NOUNS)
        or (label == "VIOLENCE" and low in ("body", "bodies"))
    ):
        # a weapon or a body named as a thing, with nothing that uses it or finds it dead in
        # its sentence: "Europa's ice shell", "the rocket's core stage", "a body of work",
        # "wide-body jets"
        context = WEAPON_USE_LEMMAS if label == "SHELL" else DEAD_BODY_LEMMAS
        if not any(t.lemma_.lower() in context for t in sent_of(tok) if t.i != tok.i):
            return False
    if label == "CHANGE" and low == "joined":
        # "soldiers joined the Taliban", not "joined the protest" or "joined the company"
        return any(
            c.dep_ == "dobj" and (c.ent_type_ in ("ORG", "NORP") or c.lower_ in lx.NONSTATE_ARMED)
            for c in tok.children
        )
    if label == "AGREEMENT" and low == "signed":
        return any(t.lower_ in et.AGREEMENT_OBJECTS for t in tok.subtree)
    if label == "DEMO_RIOT" and low.startswith("barricad"):
        return not any(c.lower_ in lx.REFLEXIVES for c in tok.children)
    if label in ("SHELL", "AIR", "IED", "GRENADE", "EXPLOSION", "CHEMICAL"):
        head = tok.head
        while head.dep_ in ("conj", "compound", "prep", "pobj") and head.head.i != head.i:
            head = head.head
        if head.lemma_ in et.NOT_USE_VERBS:
            return False
    if label == "AIR" and low in ("jets",):
        return prev in ("fighter", "military", "war") or _striking(tok)
    if label == "CLASH" and low.startswith("engaged"):
        # "troops engaged the militants" (not "engaged in talks", "engaged couple")
        engaged = [t for c in tok.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
        return any(t.lower_ in ARMED_WORDS for t in engaged)
    return not _negated(tok)


def _fires_non_lethal(tok: Token) -> bool:
    """ "fired tear gas", "fired rubber bullets at the crowd", "fired canisters into the crowd":
    what was fired is a crowd-control means."""
    fired = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "amod" or (tok.dep_ == "acl" and tok.tag_ == "VBN"):
        fired.append(tok.head)  # "fired tear gas canisters", "rubber bullets fired by police"
    return any(t.lower_ in et.NON_LETHAL for f in fired for t in f.subtree if t.i < f.i + 1)


def _earlier(tok: Token) -> bool:
    """A cue that names another time's event or a place named after one: "previous fighting",
    "last year's clashes", "an encounter site", "the blast site"."""
    if any(c.dep_ in ("amod", "advmod") and c.lower_ in et.EARLIER_WORDS for c in tok.children):
        return True
    return tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.lower_ in et.SITE_NOUNS


def _accused_of(tok: Token) -> bool:
    """What someone is accused, suspected or charged of is not the reported event ("arrested
    youths accused of taking part in a protest")."""
    node = tok
    for _ in range(6):
        if node.head.i == node.i:
            return False
        if node.dep_ in ("pobj", "pcomp") and node.head.head.lemma_ in et.ACCUSING_VERBS:
            return True
        node = node.head
    return False


def _striking(tok: Token) -> bool:
    """An aircraft word with a strike verb or noun next to it ("drones struck", "jets hit")."""
    return any(
        t.lower_.startswith(("strike", "attack", "hit", "target", "bomb", "struck", "fire"))
        for t in (tok.head, *tok.head.children)
    )


def _into_the_air(tok: Token) -> bool:
    """ "fired (shots) in the air", "shooting into the air"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "into")
        and any(o.lower_ == "air" for o in c.children)
        for c in tok.children
    )


def _background(tok: Token, label: str = "") -> bool:
    """Whether a cue word names a cause, topic or attribute rather than the reported act."""
    if _accused_of(tok):
        return True
    head = tok.head
    if (
        tok.dep_ in ("nsubj", "nsubjpass")
        and head.lemma_ in ("continue", "persist", "rage")
        and head.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in head.children)
    ):
        return True  # "reinforcements arrived as battles continued": the setting
    if (
        label != "INTERVENTION"  # "lathi-charged students", "tear-gassed marchers"
        and tok.dep_ in ("amod", "compound")
        and tok.tag_ in ("VBN", "VBG", "JJ")
        and tok.lower_ not in ("dead", "wounded", "injured")
    ):
        return True  # "looted funds", "the burning issue" (but "dead women were found")
    node = tok
    for _ in range(12):
        if node.dep_ == "prep" and node.lower_ in et.BACKGROUND_PREPS:
            return True
        if node.dep_ == "pobj" and node.head.lower_ in et.BACKGROUND_PREPS:
            return True
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("after", "because", "following", "since")
            for c in node.children
        ):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def find_cues(doc: Doc) -> list[Cue]:
    """The trigger cues of a Doc; a match inside a longer match of another label is dropped."""
    _, owner = sentences(doc)
    matches = [(doc.vocab.strings[m], s, e) for m, s, e in _matcher(doc)(doc)]
    matches.sort(key=lambda m: (m[1], -(m[2] - m[1])))
    kept: list[tuple[str, int, int]] = []
    for label, start, end in matches:
        if any(
            (s <= start and end <= e and (e - s) > (end - start))
            or (lab == label and s <= start < e)
            for lab, s, e in kept
        ):
            continue
        if not _keep(label, doc[start:end]):
            continue
        root = doc[start:end].root
        if (
            label == "VIOLENCE"
            and root.lower_.startswith(("fir", "shot", "shoot"))
            and _into_the_air(root)
        ):
            # "fired several rounds in the air": aimed at nobody; the act of a demonstration
            # (or a warning) like the phrase the DEMO_RIOT list has
            label = "DEMO_RIOT"
        kept.append((label, start, end))
    cues = [
        Cue(
            label,
            start,
            end,
            owner[start],
            (label not in NEVER_BACKGROUND and _background(doc[start:end].root, label))
            or _earlier(doc[start:end].root),
        )
        for label, start, end in kept
    ]
    # Fighting told as a cause ("entered the district following clashes that left six dead")
    # is still the event when nothing else in the sentence is; only an act of its own ("arrived
    # after a clash") makes it background.
    foreground = {c.sent for c in cues if c.label in MAIN_LABELS and not c.background}
    for cue in cues:
        if (
            cue.label == "CLASH"
            and cue.background
            and cue.sent not in foreground
            and not _earlier(doc[cue.start : cue.end].root)
        ):
            cue.background = False
    return cues


# --- Decision ---------------------------------------------------------------------------------


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < 50:
        tok = tok.head
        depth += 1
    return depth


@dataclass(slots=True)
class Decision:
    event_type: str
    sub_event_type: str
    cue: Cue
    agents: list[ac.Actor]
    patients: list[ac.Actor]


_WORD_HASHES: dict[tuple[int, int], Any] = {}


def _count_words(doc: Doc, words: frozenset[str]) -> int:
    """How many distinct words of a set the Doc uses (vectorised over the LOWER column)."""
    key = (id(doc.vocab), id(words))
    hashes = _WORD_HASHES.get(key)
    if hashes is None:
        hashes = np.array(sorted(doc.vocab.strings.add(w) for w in words), dtype=np.uint64)
        _WORD_HASHES[key] = hashes
    lowers = doc.to_array("LOWER")
    return len(np.unique(lowers[np.isin(lowers, hashes)]))


class _Doc:
    """What the rules need to know about one Doc, computed once."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.country = ctx.event.country
        self.groups = ac.named_groups(self.doc)
        self.cues = find_cues(self.doc)
        self.candidates = ac.candidate_tokens(self.doc, self.groups)
        police = {i for i in self.candidates if self.doc[i].lower_ in lx.STATE_POLICE}
        self.police_context = bool(police)
        topics = _count_words(self.doc, et.SPORTS), _count_words(self.doc, et.BUSINESS)
        self.sports = topics[0] >= 3
        self.business = topics[1] >= 3
        self._roles: dict[int, tuple[list[ac.Actor], list[ac.Actor]]] = {}
        self.title_cue = _title_cue(ctx.article.title, self.doc)

    def actor(self, tok: Token) -> ac.Actor | None:
        return ac.classify(tok, self.country, self.groups, self.police_context)

    def off_topic(self) -> bool:
        """A sports or business story whose violent words are figures of speech ("fired a
        shot", "killed the game", "a battle for market share"): its topic words are many and
        no force, armed group or demonstrator takes part (a fuel-price march broken up by police
        is an event even among the prices and markets it is about)."""
        if not (self.sports or self.business):
            return False
        for i in self.candidates:
            tok = self.doc[i]
            if tok.pos_ in ("NOUN", "PROPN"):
                actor = self.actor(tok)
                if (
                    actor is not None
                    and actor.kind in REAL_KINDS
                    and tok.lower_ not in et.SPORTS  # a team's striker is no striking worker
                ):
                    return False
        return True

    def roles(self, tok: Token) -> tuple[list[ac.Actor], list[ac.Actor]]:
        """Agents and patients of a trigger, as actors (cached per token)."""
        cached = self._roles.get(tok.i)
        if cached is None:
            agents, patients = ac.arguments(tok)
            named = [p for p in (self.actor(t) for t in patients) if p is not None]
            if not named and tok.pos_ == "VERB":
                # no object, or a number the parse took for it ("killed 3 IS militants")
                named = [p for p in map(self.actor, self._following_actor(tok)) if p is not None]
            cached = ([a for a in (self.actor(t) for t in agents) if a is not None], named)
            self._roles[tok.i] = cached
        return cached

    def _following_actor(self, tok: Token) -> list[Token]:
        """The first actor noun right after a verb when the parse gave it no object
        ("killed 3 IS militants", where "IS" was read as a verb)."""
        sent_end = sent_of(tok).end
        for t in self.doc[tok.i + 1 : min(sent_end, tok.i + 6)]:
            if t.pos_ in ("ADP", "PUNCT", "SCONJ", "CCONJ") or (
                t.pos_ == "VERB" and t.i not in self.groups
            ):
                break
            if self.actor(t) is not None and t.pos_ in ("NOUN", "PROPN", "AUX"):
                return [t]
        return []

    def window(self, cue: Cue, after: int = 1) -> list[Cue]:
        """Cues of the cue's sentence and the `after` next ones, causes and topics left out."""
        return [
            c
            for c in self.cues
            if cue.sent <= c.sent <= cue.sent + after and not c.background and c is not cue
        ]


def _title_cue(title: str | None, doc: Doc) -> bool:
    """Whether a headline names an event ("Two shot dead in...", "Police arrest six"). Read
    with the tokenizer alone: a headline's cue words are enough to say it reports an event,
    and a second parse per article would cost more than all the rules of this module."""
    if not title:
        return False
    tdoc = get_nlp().make_doc(title)
    if tdoc.vocab is not doc.vocab:  # a Doc from another pipeline (tests): its own vocabulary
        tdoc = Doc(doc.vocab, words=[t.text for t in tdoc])
    return any(
        doc.vocab.strings[m] in MAIN_LABELS
        and tdoc[s:e].text.lower() not in WEAPON_NOUNS | {"body", "bodies"}
        for m, s, e in _matcher(tdoc)(tdoc)
    )


def _choose_main(info: _Doc) -> Cue | None:
    """The trigger of the reported event: in the first sentences that have one."""
    doc = info.doc
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
            ]
            if specific:
                best = min(specific, key=key)
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


def _sides(actors: Iterable[ac.Actor]) -> set[str]:
    return {a.kind for a in actors}


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
        for cue in near:
            if cue.label == "VIOLENCE":
                return _violence(info, cue, *info.roles(cue.root(doc)), near, result)
        if (
            label == "FIRE"
            and not _small_arms(info, main)
            and not _both_sides(info, main)
            and (_heavy(info, main))
        ):
            return result("Explosions/Remote violence", "Shelling/artillery/missile attack")
        return result("Battles", "Armed clash")
    if label in EXPLOSIVE:
        if "DISRUPTED" in labels_same or root.head.lemma_ in DISRUPTING_VERBS:
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
        objects = [t for c in taken for t in c.subtree]
        person = any(c.dep_ in ("dobj", "nsubjpass") and info.actor(c) is not None for c in taken)
        placey = not person and any(
            t.lower_ in et.PLACE_NOUNS or t.ent_type_ in ("GPE", "LOC", "FAC") for t in objects
        )
        if not person and agent_kinds and agent_kinds <= {"civilian", "protester"}:
            return result("Protests", "Peaceful protest")  # students took over a toll booth
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
        if agent_kinds & {"armed", "gang", "group"} and not agent_kinds & ac.STATE_KINDS:
            return result("Violence against civilians", "Abduction/forced disappearance")
        detained = {t.i for p in ac.arguments(root)[1] for t in p.subtree}
        protests = [c for c in near if c.label == "PROTEST" and c.start not in detained]
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


def _sentences(info: _Doc, cue: Cue, after: int = 0) -> Span:
    """The cue's sentence and the `after` next ones."""
    sents, _ = sentences(info.doc)
    last = min(cue.sent + after, len(sents) - 1)
    return info.doc[sents[cue.sent].start : sents[last].end]


def _small_arms(info: _Doc, cue: Cue, after: int = 0) -> bool:
    """Small arms named near the cue (direct fire: a clash rather than shelling)."""
    text = _sentences(info, cue, after).text.lower()
    for heavy in HEAVY_RIFLES:
        text = text.replace(heavy, "")
    return any(w in text for w in SMALL_ARMS_WORDS)


def _both_sides(info: _Doc, cue: Cue, after: int = 0) -> bool:
    """Fire from both sides: "exchanged artillery", "responded to the shelling", "fired back",
    "in both directions"."""
    sent = _sentences(info, cue, after)
    words = {t.lower_ for t in sent}
    text = sent.text.lower()
    return bool(words & {"exchanged", "exchange", "exchanging", "responded", "back"}) or any(
        phrase in text for phrase in ("both directions", "both sides", "each other")
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


def _gunfire(info: _Doc, cue: Cue) -> bool:
    """Firearms named in the cue's sentence or the next."""
    return any(
        c.label in ("FIREARM", "SMALLARMS", "FIRE")
        or (c.label == "VIOLENCE" and c.root(info.doc).lower_.startswith(FIREARM_PREFIXES))
        for c in info.cues
        if cue.sent <= c.sent <= cue.sent + 1
    )


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


def _barrage(tok: Token) -> bool:
    """Explosions counted by the dozen ("recorded 25 explosions"): a barrage of shells."""
    if tok.tag_ != "NNS":
        return False
    for child in tok.children:
        if child.dep_ == "nummod" and child.like_num:
            try:
                return float(child.text.replace(",", "")) >= 3
            except ValueError:
                return child.lower_ not in ("two", "one")
        if child.lower_ in ("several", "dozens", "multiple", "numerous", "many"):
            return True
    return False


def _heavy(info: _Doc, cue: Cue) -> bool:
    """Heavy or unknown weapons named in the cue's sentence (fired from a distance)."""
    sent = _sentences(info, cue)
    words = {t.lower_ for t in sent}
    text = sent.text.lower()
    return (
        bool(words & HEAVY_WORDS)
        or any(stem in text for stem in HEAVY_STEMS)  # "cannons (30mm+ cal.)/mortars"
        or "unknown weapons" in sent.text
        or any(_calibre(t) >= HEAVY_CALIBRE for t in sent if t.lower_.endswith("mm"))
    )


def _indirect(info: _Doc, cue: Cue) -> bool:
    """Indirect-fire weapons named in the cue's sentence (mortars, artillery, rockets)."""
    text = _sentences(info, cue).text.lower()
    return any(stem in text for stem in INDIRECT_STEMS)


def _calibre(tok: Token) -> float:
    """The calibre of "14.5mm" or "14.5 mm" (0 when it is none)."""
    number = tok.lower_[:-2]
    if not number and tok.i > 0:
        number = tok.doc[tok.i - 1].text
    try:
        return float(number)
    except ValueError:
        return 0.0


def _by_a_crowd(info: _Doc, agents: list[ac.Actor]) -> bool:
    """Agents that are a crowd of civilians ("villagers", "community members", "a mob")."""
    return any(
        a.kind in ("rioter", "civilian")
        and (info.doc[a.token].lower_ in CROWD_WORDS or info.doc[a.token].tag_ == "NNS")
        for a in agents
    )


def _armed_group(info: _Doc, agents: list[ac.Actor]) -> bool:
    """Agents that are a force or a named or described armed group (not "unknown people")."""
    return any(
        a.kind in ("police", "military", "gang", "group")
        or (a.kind == "armed" and info.doc[a.token].lower_ in ARMED_GROUP_HEADS)
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
            elif c_root.dep_ in ("conj",) and c_root.head.i == root.i:
                violent = True  # "traders demonstrated ... and attacked the Task Force"
        elif cue.label == "CLASH":
            if not agents or by_crowd(agents) or (on_crowd(patients) and state_agent):
                violent = True
        elif cue.label == "VIOLENCE":
            if by_crowd(agents) or _part_of(c_root, root):
                violent = True
            elif c_root.lower_.startswith(LETHAL_PREFIXES) and (
                on_crowd(patients) or (state_agent and not patients)
            ):
                excessive = True
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
    if violent:
        return result("Riots", "Violent demonstration")  # type: ignore[no-any-return]
    if excessive:
        return result("Protests", "Excessive force against protesters")  # type: ignore[no-any-return]
    if intervention:
        return result("Protests", "Protest with intervention")  # type: ignore[no-any-return]
    return result("Protests", "Peaceful protest")  # type: ignore[no-any-return]


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
    if (crowd and not nonstate) or (melee and not (sides & ac.STATE_KINDS and nonstate)):
        if labels_near & {"PROTEST", "DEMO_RIOT"} or _demanding(info, main):
            return result("Riots", "Violent demonstration")  # type: ignore[no-any-return]
        return result("Riots", "Mob violence")  # type: ignore[no-any-return]
    if not armed:
        # who fought: the words of the cue's own phrase ("clashes between villagers"), not
        # where ("clashes ... in the villages of X")
        root = main.root(doc)
        phrase = [*root.subtree]
        if root.dep_ in ("nsubj", "nsubjpass"):
            phrase.extend(
                t
                for c in root.head.children
                if c.dep_ == "prep" and c.lower_ in ("between", "among", "with")
                for t in c.subtree
            )
        words = {t.lower_ for t in phrase if not _locative(t)}
        if words & COMMUNAL_WORDS and not (words & ARMED_COMMUNAL or _gunfire(info, main)):
            # communities fighting with sticks and stones riot; clans fighting with guns are
            # communal militias in battle
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
    if "protester" in patient_kinds or _demonstrating(info, ac.arguments(root)[1]):
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
    firearm = root.lower_.startswith(FIREARM_PREFIXES) or any(
        t.lower_ in FIREARM_WORDS for t in sent
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


def decide(ctx: Context) -> Decision | None:
    """The event type decision for a parsed article (without recording it)."""
    info = _Doc(ctx)
    ctx.notes[NOTES_KEY] = {"info": info}
    return _decide(info)


def annotate(ctx: Context) -> None:
    """Set `event_type`/`sub_event_type` and record the trigger as an `event_type` claim."""
    decision = decide(ctx)
    ctx.notes[NOTES_KEY]["decision"] = decision
    if decision is None:
        return
    assert decision.sub_event_type in EVENT_TYPES[decision.event_type]
    ctx.event.event_type = decision.event_type
    ctx.event.sub_event_type = decision.sub_event_type
    span = decision.cue.span(ctx.doc)
    ctx.add_claim(
        "event_type",
        decision.event_type,
        span,
        sub_event_type=decision.sub_event_type,
        trigger=span.text,
        cue=decision.cue.label,
    )
