"""Which readings of a cue word are events (`_keep`).

A cue word often has readings that report no event: a month ("March"), a name ("Battle Creek",
"the Highway Patrol"), equipment ("riot police"), a weapon or a body named as a thing with
nothing that uses it or finds it dead ("Europa's ice shell", "a body of work"), a figure of
speech ("shares rallied", "flu shots"), weapons found or seized that are not weapons
("found the body"), crowd-control means fired ("fired tear gas"). `_keep` drops them, and
drops negated cues.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from newsfold.analyse import actors as ac
from newsfold.analyse import event_types as et
from newsfold.analyse import lexicon as lx
from newsfold.analyse.what.background import _negated
from newsfold.analyse.what.sentences import sent_of

BLOCKING_CROWDS = lx.words(
    """residents neighbours neighbors villagers locals people inhabitants farmers traders workers
    students drivers families community communities group crowd hundreds dozens"""
)
FIRE_DEPENDENTS = lx.words(
    """at on upon towards into with shots round rounds bullets weapons guns gunshots
    indiscriminately"""
)
ARMED_WORDS = (
    lx.NONSTATE_ARMED | lx.STATE_MILITARY | lx.STATE_POLICE | lx.words("forces fighters attackers")
)
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
        if low == "staged" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in STAGED_NOT_PROTEST for c in tok.children
        ):
            return False  # "the sheriff's office staged a press conference"
        if low in ("staged",) and not any(
            t.lower_ in ("protest", "sit", "demonstration", "rally", "march", "strike")
            for t in tok.subtree
        ):
            return True
        if low.startswith(("sit", "sat")) and tok.pos_ in ("VERB", "AUX"):
            # "were shot while sitting in a parked car", "officers sat in a cruiser": a person
            # sitting somewhere; a sit-in is a noun ("staged a sit-in") or sits in at a place
            # of protest with no object after "in"
            ins = [t for t in span if t.lower_ == "in"]
            if any(c.dep_ == "pobj" for t in ins for c in t.children):
                return False
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
    if (
        label == "RIOT"
        and span.text.lower().startswith(("turned violent", "became violent"))
        and any(c.dep_ == "nsubj" and c.lower_ in NOT_RIOTING_SUBJECTS for c in tok.children)
    ):
        # "the march turned violent" is a riot; "a house party turned violent when a man
        # pulled a gun" tells of the shooting that followed
        return False
    if label == "INTERVENTION" and low == "removed":
        # "police removed the protesters" intervenes; "the victim removed the magazine from
        # the handgun" does not: a subject that is no force removes nothing of a protest
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if subjects and not any(
            (a := ac.classify(c, None)) is not None and a.kind in ac.STATE_KINDS for c in subjects
        ):
            return False
    if label == "ARREST" and low in ("arrest", "detention") and tok.dep_ == "compound":
        # "an arrest report", "an arrest warrant", "detention centre": a document or a place
        return False
    if (
        label == "ARREST"
        and low == "picked"
        and any(c.dep_ == "dobj" and c.lower_ in KIN_WORDS for c in tok.children)
    ):
        return False  # "before he picked up his little brother"
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
    if label == "EXPLOSION" and low.startswith("blast") and tok.pos_ == "VERB":
        # "blasted his wife to death", "blasted the man with a shotgun": to shoot someone in
        # the tabloids' words; a blast that hits people is a noun or has a thing for object
        # ("militants blasted the bridge")
        hit = [c for c in tok.children if c.dep_ == "dobj"]
        to_death = any(
            c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ == "death" for o in c.children)
            for c in tok.children
        )
        if to_death or any(
            o.ent_type_ == "PERSON" or ac.classify(o, None) is not None for o in hit
        ):
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
        seized = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(_negated(o) for o in seized):
            return False  # "no weapon was found"
        if any(_not_a_force(c) for c in tok.children if c.dep_ == "nsubj"):
            return False  # "the boy found a gun and shot himself": no force seized it
        found = [t for c in seized for t in c.subtree]
        return _arms(found)  # "recovered two bombs", not "found the body"
    if label == "CHANGE" and low == "arrived" and _arrival_as_time(tok):
        return False
    if label == "HQ" and low == "headquarters" and tok.dep_ in ("pobj", "dobj", "nsubj"):
        # "took her to headquarters", "sitting outside the district headquarters": a place;
        # the cue is an event when a base is set up ("established its headquarters in")
        return tok.head.lemma_.lower() in HQ_VERBS
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


STAGED_NOT_PROTEST = lx.words(
    """conference briefing event show play performance production concert comeback rally-car
    robbery burglary accident crash scene photo fundraiser reading ceremony"""
)
"""What "staged" can have for object that is no demonstration ("staged a press conference",
"staged a robbery"). ("Rally" and "sit-in" stay protests.)"""
HQ_VERBS = lx.words("establish set move relocate open build")
"""Verbs that make a group's headquarters an event: it was set up or moved."""
KIN_WORDS = lx.words(
    """brother brothers sister sisters son sons daughter daughters child children kids kid
    wife husband mother father mom dad friend friends girlfriend boyfriend grandson
    granddaughter nephew niece cousin"""
)
"""Whom one picks up from school or a friend's house: no arrest."""
NOT_RIOTING_SUBJECTS = lx.words(
    """party parties celebration celebrations argument arguments dispute disputes quarrel
    quarrels game games match situation meeting barbecue cookout wedding funeral stop
    confrontation encounter date"""
)
"""Occasions that "turned violent" when someone shot or stabbed: no crowd rioting."""
TIME_MARKERS = lx.words("when after once as before until since")


def _arrival_as_time(tok: Token) -> bool:
    """ "When officers arrived, they found two men shot", "medics arrived at the scene": an
    arrival that tells when or where something else was found, not a force's deployment
    ("reinforcements arrived in the town")."""
    if any(c.dep_ == "mark" and c.lower_ in TIME_MARKERS for c in tok.children):
        return True
    if tok.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in tok.children):
        return True
    return any(t.lower_ == "scene" for t in tok.subtree)


def _not_a_force(subject: Token) -> bool:
    """A subject that is no state force or armed group: a person by name, a child, a resident
    (who found a weapon is not a force seizing it)."""
    actor = ac.classify(subject, None)
    if actor is not None:
        return actor.kind == "civilian"
    return subject.ent_type_ == "PERSON" or subject.lower_ in lx.CIVILIAN


def _fires_non_lethal(tok: Token) -> bool:
    """ "fired tear gas", "fired rubber bullets at the crowd", "fired canisters into the crowd":
    what was fired is a crowd-control means."""
    fired = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "amod" or (tok.dep_ == "acl" and tok.tag_ == "VBN"):
        fired.append(tok.head)  # "fired tear gas canisters", "rubber bullets fired by police"
    return any(t.lower_ in et.NON_LETHAL for f in fired for t in f.subtree if t.i < f.i + 1)


def _striking(tok: Token) -> bool:
    """An aircraft word with a strike verb or noun next to it ("drones struck", "jets hit")."""
    return any(
        t.lower_.startswith(("strike", "attack", "hit", "target", "bomb", "struck", "fire"))
        for t in (tok.head, *tok.head.children)
    )
