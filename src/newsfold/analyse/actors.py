"""Who is who in a sentence: noun phrases as ACLED-style actors, and a verb's agents and patients.

Shared by `what` (is the target armed or a civilian?) and `who` (actor names and roles). The
names follow ACLED's generic forms: "Police Forces of Venezuela", "Military Forces of Turkey",
"Unidentified Armed Group (Nigeria)", "Unidentified Gang (Mexico)", "Civilians (India)",
"Protesters (Chile)", "Rioters (Peru)"; named groups keep their names ("El Coqui Gang", "Al
Shabaab"). ACLED appends the years of a government's rule to state forces ("(2013-)"); we cannot
know them from one article and leave them out. Without a country the suffix is left out too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from newsfold.analyse import lexicon as lx
from newsfold.analyse.nlp import entities, in_sorted, sorted_hashes

STATE_KINDS = frozenset({"police", "military"})
COUNTRY_NAMES = frozenset(lx.DEMONYMS.values())
UNIT_NOUNS = lx.words(
    """convoy convoys unit units post posts checkpoint checkpoints check-point base bases
    patrol patrols position positions camp camps team teams vehicle vehicles barracks
    station stations outpost outposts squad detachment contingent column party parties garrison
    garrisons"""
)
"""Nouns that stand for the force they belong to ("a police post", "an army convoy")."""
UNACCUSATIVE = lx.words("die perish drown succumb")
MEMBER_NOUNS = lx.words(
    "members member elements cadres operatives affiliates loyalists men fighters"
)
CROWD_NOUNS = lx.words("group groups crowd crowds band number dozens hundreds factions")
ARMED_QUALIFIERS = lx.words("armed unidentified unknown masked hooded suspected")
DEMONSTRATING = lx.words("protesting demonstrating agitating striking marching rallying")
BELIEF_VERBS = lx.words("assume believe suspect think say report claim presume")
FORCE_SITES = lx.words(
    """checkpoint checkpoints check-point position positions outpost outposts garrison garrisons
    barracks patrol patrols"""
)
"""Unit nouns that are a force's even unqualified ("gunmen ambushed a patrol")."""
PATROL_WORDS = lx.words("patrol patrolling search raiding")
"""What makes a "party" or "team" a unit of a force ("a patrol party", "a search team")."""
COMMUNITY_WORDS = lx.words(
    "community communities village villages family families clan tribe church congregation"
)
OFF_DUTY = lx.words("off-duty retired former ex ex- off")
ARMED_KINDS = frozenset({"police", "military", "armed", "gang", "group", "suspect"})
"""Kinds that carry arms. A "suspect" is armed when acting, a civilian when acted on."""


ACTOR_WORDS: frozenset[str] = (
    lx.STATE_POLICE
    | lx.STATE_MILITARY
    | lx.SECURITY_FORCES
    | lx.NONSTATE_ARMED
    | lx.GANG_WORDS
    | lx.CIVILIAN
    | lx.PROTESTERS
    | lx.RIOTERS
    | UNIT_NOUNS
    | CROWD_NOUNS
    | MEMBER_NOUNS
    | lx.RANKS
    | frozenset({"forces", "troops", "suspect", "suspects", "men", "man", "people", "persons"})
)
"""Every head noun `classify` can name (besides named groups and PERSON entities)."""


def candidate_tokens(doc: Doc, groups: dict[int, tuple[str, int, int]]) -> list[int]:
    """Indices of the tokens that may name an actor, found without a Python pass over every
    token (the LOWER column is compared with the lexicon's hashes)."""
    hashes = _actor_hashes(doc)
    lowers = doc.to_array("LOWER")
    found = {int(i) for i in np.flatnonzero(in_sorted(lowers, hashes))}
    found.update(groups)
    for ent in entities(doc):
        if ent.label_ == "PERSON":
            found.add(ent.root.i)
    return sorted(found)


_HASHES: dict[int, np.ndarray] = {}


def _actor_hashes(doc: Doc) -> np.ndarray:
    key = id(doc.vocab)
    arr = _HASHES.get(key)
    if arr is None:
        arr = sorted_hashes(ACTOR_WORDS, doc.vocab.strings.add)
        _HASHES[key] = arr
    return arr


@dataclass(slots=True, frozen=True)
class Actor:
    """One actor mention: its kind, its ACLED-style name, and the phrase that names it."""

    kind: str  # police | military | armed | gang | group | civilian | protester | rioter
    name: str
    start: int  # character offsets of the naming phrase
    end: int
    token: int  # index of the head token

    @property
    def armed(self) -> bool:
        return self.kind in ARMED_KINDS


_GROUP_MATCHERS: dict[int, PhraseMatcher] = {}


def _group_matcher(doc: Doc) -> PhraseMatcher:
    key = id(doc.vocab)
    matcher = _GROUP_MATCHERS.get(key)
    if matcher is None:
        matcher = PhraseMatcher(doc.vocab, attr="LOWER")
        tokenizer = doc.vocab  # the patterns are made with the tokenizer-free Doc constructor
        for surface in lx.NAMED_GROUPS:
            words = surface.replace("-", " - ").split()
            matcher.add(surface, [Doc(tokenizer, words=words)])
            if "-" in surface:
                matcher.add(surface, [Doc(tokenizer, words=[surface])])
        _GROUP_MATCHERS[key] = matcher
    return matcher


def named_groups(doc: Doc) -> dict[int, tuple[str, int, int]]:
    """Tokens inside a known group's name -> (ACLED name, start char, end char)."""
    found: dict[int, tuple[str, int, int]] = {}
    matcher = _group_matcher(doc)
    for match_id, start, end in matcher(doc):
        surface = doc.vocab.strings[match_id]
        span = doc[start:end]
        # Short all-caps acronyms ("AP" is not "ap") must be written in capitals.
        if (
            len(surface) <= 4
            and surface.isalpha()
            and not span.text.isupper()
            and not (surface in lx.SHORT_WORD_GROUPS and span.text[:1].isupper())
        ):
            continue
        if _inside_person(span):
            continue
        for i in range(start, end):
            prev = found.get(i)
            if prev is None or prev[2] - prev[1] < span.end_char - span.start_char:
                found[i] = (lx.NAMED_GROUPS[surface], span.start_char, span.end_char)
    return found


def _inside_person(span: Span) -> bool:
    """A group's name that is part of a longer person's name: a surname or given name the
    group shares ("Photo: Nick Wagner" is no Wagner Group, "Hamas Ahmed" no Hamas). The
    person's name must reach beyond the group's on the same line: the parser reads some
    groups' names alone as persons ("Boko Haram")."""
    doc = span.doc
    for ent in entities(doc):
        if ent.label_ != "PERSON" or ent.end <= span.start or ent.start >= span.end:
            continue
        outside = [t for t in ent if t.i < span.start or t.i >= span.end]
        if outside and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in outside):
            return "\n" not in doc[ent.start : ent.end].text
    return False


def _country_modifier(tok: Token) -> str | None:
    """A country named by a modifier: "Turkish forces", "Venezuela's police"."""
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < tok.i:
            low = child.lower_
            if low in lx.DEMONYMS:
                return lx.DEMONYMS[low]
            if child.ent_type_ == "NORP" and low.endswith("s") and low[:-1] in lx.DEMONYMS:
                return lx.DEMONYMS[low[:-1]]
            if (
                child.ent_type_ == "GPE"
                and child.dep_ in ("poss", "compound")
                and child.text in COUNTRY_NAMES
            ):
                return child.text  # "Venezuela's police" (not "Sacramento police")
    return None


def _left_phrase(tok: Token) -> tuple[int, int]:
    """Character span of a noun with its left modifiers ("two armed men", "El Coqui gang")."""
    start = tok.idx
    for child in tok.lefts:
        if child.dep_ in ("amod", "compound", "nmod", "nummod", "det", "poss", "quantmod"):
            start = min(start, child.left_edge.idx)
    return start, tok.idx + len(tok.text)


def _suffix(country: str | None) -> str:
    return f" ({country})" if country else ""


def _of(country: str | None) -> str:
    return f" of {country}" if country else ""


def _qualifiers(tok: Token) -> set[str]:
    words = {c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod", "npadvmod")}
    # "pro-government forces": the hyphenated parts are separate tokens
    words.update(c.lower_ for c in tok.subtree if c.i < tok.i and c.i >= tok.i - 3)
    if any(_force_acronym(c) for c in tok.lefts if c.dep_ == "compound"):
        words.add("state")  # "CRPF personnel", "a BSF patrol party"
    return words


def _force_acronym(tok: Token) -> bool:
    """An acronym naming a force ("CRPF", "FAMa", "SSPDF"): capitals, not a known group's name
    (those are matched first) and not a country's."""
    text = tok.text
    return (
        2 <= len(text) <= 6
        and text[:1].isupper()
        and sum(ch.isupper() for ch in text) >= len(text) - 1
        and text.isalpha()
        and tok.ent_type_ not in ("GPE", "NORP", "PERSON")
    )


def classify(
    tok: Token,
    country: str | None,
    groups: dict[int, tuple[str, int, int]] | None = None,
    police_context: bool = False,
) -> Actor | None:
    """The actor a noun (or proper noun) names, or None when it names no actor.

    `country` is the event's country (for "Civilians (X)"); a demonym on the noun itself
    ("Turkish forces") overrides it for state forces. `police_context`: the article speaks of
    police, so bare "security forces" are read as police rather than the military.
    """
    low = tok.lower_
    start, end = _left_phrase(tok)
    groups = groups or {}
    # Named groups: the token itself or one of its modifiers ("Al Shabaab militants").
    if tok.i in groups:
        name, gs, ge = groups[tok.i]
        return Actor("group", name, min(start, gs), max(end, ge), tok.i)
    for child in tok.lefts:
        if child.i in groups and child.dep_ in ("compound", "amod", "nmod", "poss"):
            name, gs, ge = groups[child.i]
            return Actor("group", name, min(start, gs), max(end, ge), tok.i)
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    said = _said_to_be(tok)
    if said is not None:
        # "a group assumed to be rioters", "men believed to be militants": what they are said
        # to be names them
        inner = classify(said, country, groups, police_context)
        if inner is not None:
            return Actor(inner.kind, inner.name, start, end, tok.i)
    own = _country_modifier(tok)
    quals = _qualifiers(tok)
    if (low in lx.STATE_POLICE or low in lx.STATE_MILITARY or low in lx.RANKS) and _off_duty(
        tok, quals
    ):
        return Actor("civilian", "Civilians" + _suffix(country), start, end, tok.i)
    if low in lx.STATE_POLICE or (low in lx.SECURITY_FORCES and "police" in quals):
        return Actor("police", "Police Forces" + _of(own or country), start, end, tok.i)
    if low in lx.STATE_MILITARY:
        return Actor("military", "Military Forces" + _of(own or country), start, end, tok.i)
    if low in lx.RANKS and tok.pos_ == "NOUN":
        # "gunmen assassinated a colonel": an officer of the army, or of the police when said
        if "police" in quals:
            return Actor("police", "Police Forces" + _of(own or country), start, end, tok.i)
        return Actor("military", "Military Forces" + _of(own or country), start, end, tok.i)
    if low in lx.SECURITY_FORCES and (own or quals & lx.STATE_QUALIFIERS or "govt" in quals):
        if low in ("guard", "guards") and quals & {"security", "private"} and not own:
            name = "Private Security Forces" + _suffix(country)
            return Actor("armed", name, start, end, tok.i)
        if police_context and "security" in quals and not (quals & {"army", "military"}):
            return Actor("police", "Police Forces" + _of(own or country), start, end, tok.i)
        return Actor("military", "Military Forces" + _of(own or country), start, end, tok.i)
    if low in MEMBER_NOUNS and quals & COMMUNITY_WORDS:
        # "community members", "family members": people, not a group's fighters
        return Actor("civilian", "Civilians" + _suffix(country), start, end, tok.i)
    if low in MEMBER_NOUNS and low not in ("men",):
        # "militia members", "members of the gang", "pro-Houthi elements"
        for child in tok.children:
            inner = None
            if child.dep_ in ("compound", "amod", "nmod") and child.i < tok.i:
                inner = classify(child, country, groups, police_context)
            elif child.dep_ == "prep" and child.lower_ in ("of", "from"):
                for obj in _pobj(child):
                    inner = inner or classify(obj, country, groups, police_context)
            if inner is not None and inner.kind not in ("civilian",):
                return Actor(inner.kind, inner.name, start, max(end, inner.end), tok.i)
    if low in UNIT_NOUNS:
        # "a police post", "a convoy of AMISOM forces", "Turkish army units": the force it is
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in _pobj(child):
                    inner = classify(obj, country, groups, police_context)
                    if inner is not None and inner.armed:
                        return Actor(inner.kind, inner.name, start, inner.end, tok.i)
        if quals & {"police"}:
            return Actor("police", "Police Forces" + _of(own or country), start, end, tok.i)
        if low in ("party", "parties") and not quals & PATROL_WORDS:
            return None  # a political party
        if (
            own
            or quals & PATROL_WORDS
            or quals & lx.STATE_QUALIFIERS
            or quals & lx.STATE_MILITARY
            or (low in FORCE_SITES and tok.dep_ != "compound")  # not "a patrol car"
        ):
            return Actor("military", "Military Forces" + _of(own or country), start, end, tok.i)
        return None
    if low in CROWD_NOUNS:
        # "a group of people", "an unidentified group", "a crowd"
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in _pobj(child):
                    inner = classify(obj, country, groups, police_context)
                    if inner is not None and not (
                        inner.kind == "civilian" and low.startswith("faction")
                    ):
                        return Actor(inner.kind, inner.name, start, inner.end, tok.i)
        if quals & ARMED_QUALIFIERS:
            return Actor("armed", "Unidentified Armed Group" + _suffix(country), start, end, tok.i)
        if low in ("crowd", "crowds"):
            return Actor("civilian", "Civilians" + _suffix(country), start, end, tok.i)
        if low.startswith("faction"):
            return Actor("armed", "Unidentified Armed Group" + _suffix(country), start, end, tok.i)
        return None
    if low in lx.GANG_WORDS:
        proper = [
            c
            for c in tok.lefts
            if c.dep_ in ("compound", "nmod", "amod")
            and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "PERSON", "NORP"))
            and c.lower_ not in lx.DEMONYMS
            and c.ent_type_ not in ("GPE", "FAC")  # "Bogota gangs" (a LOC is often a name)
        ]
        if proper:
            first = min(p.left_edge.i for p in proper)
            words = [t.text for t in tok.doc[first : tok.i] if t.dep_ != "det"]
            head = "Cartel" if low.startswith("cartel") else "Gang"
            name = " ".join([*words, head])
            return Actor("gang", name, tok.doc[first].idx, end, tok.i)
        return Actor("gang", "Unidentified Gang" + _suffix(country), start, end, tok.i)
    if low in ("suspect", "suspects"):
        return Actor("suspect", "Unidentified Armed Group" + _suffix(country), start, end, tok.i)
    if low in ("forces", "troops") and tok.pos_ in ("NOUN", "PROPN"):
        return Actor("military", "Military Forces" + _of(own or country), start, end, tok.i)
    if quals & {"armed"} and tok.pos_ == "NOUN" and low not in lx.GANG_WORDS:
        return Actor("armed", "Unidentified Armed Group" + _suffix(country), start, end, tok.i)
    if low in lx.NONSTATE_ARMED:
        return Actor("armed", "Unidentified Armed Group" + _suffix(country), start, end, tok.i)
    if low in ("men", "man", "individuals", "persons", "people", "person") and (
        quals & ARMED_QUALIFIERS
    ):
        return Actor("armed", "Unidentified Armed Group" + _suffix(country), start, end, tok.i)
    if low in lx.PROTESTERS:
        return Actor("protester", "Protesters" + _suffix(country), start, end, tok.i)
    if low in lx.RIOTERS:
        return Actor("rioter", "Rioters" + _suffix(country), start, end, tok.i)
    if low in lx.CIVILIAN:
        if quals & DEMONSTRATING:  # "protesting youths", "striking workers"
            return Actor("protester", "Protesters" + _suffix(country), start, end, tok.i)
        return Actor("civilian", "Civilians" + _suffix(country), start, end, tok.i)
    if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":
        return Actor("civilian", "Civilians" + _suffix(country), start, end, tok.i)
    if _people_of(tok):
        return Actor("civilian", "Civilians" + _suffix(country), start, end, tok.i)
    return None


def _people_of(tok: Token) -> bool:
    """A nationality or people as a noun: "Palestinians", "two Afghans", "a Rohingya"."""
    if tok.dep_ in ("amod", "compound") or tok.ent_type_ != "NORP":
        return False
    low = tok.lower_
    return (
        tok.tag_ in ("NNS", "NNPS")
        or (low.endswith("s") and low[:-1] in lx.DEMONYMS)
        or any(c.dep_ in ("det", "nummod") for c in tok.children)
    )


def _said_to_be(tok: Token) -> Token | None:
    """The noun in "<tok> assumed / believed / suspected / thought to be <noun>"."""
    for child in tok.children:
        if child.dep_ == "acl" and child.lemma_ in BELIEF_VERBS:
            for be in child.children:
                if be.dep_ == "xcomp" and be.lemma_ == "be":
                    for attr in be.children:
                        if attr.dep_ == "attr" and attr.pos_ in ("NOUN", "PROPN"):
                            return attr
    return None


def _off_duty(tok: Token, quals: set[str]) -> bool:
    """Off-duty, retired or former members of a force are civilians (ACLED's rule): "a retired
    soldier", "an off-duty officer", "a police officer who was off duty"."""
    if quals & OFF_DUTY:
        return True
    words = [t.lower_ for t in tok.subtree if t.i != tok.i]
    return any(w == "off" and n in ("duty", "-") for w, n in pairwise(words))


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for tok in tokens:
        out.append(tok)
        out.extend(c for c in tok.conjuncts if c.i > tok.i)
    return out


def _pobj(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ == "pobj"]


WEAPON_VERBS = lx.words("throw hurl lob fire launch plant detonate drop")
"""Verbs whose object is a weapon and whose subject used it ("threw a grenade at ...")."""
LIGHT_VERBS = lx.words(
    """launch carry conduct stage hold mount perpetrate commit lead organise organize begin
    start continue unleash wage open"""
)


def arguments(tok: Token) -> tuple[list[Token], list[Token]]:
    """The heads of a trigger's agents (who acted) and patients (who was acted on).

    Handles active verbs ("gunmen killed villagers"), passives ("were killed by gunmen"),
    participles ("villagers killed by gunmen"), conjoined verbs that share a subject, nouns
    ("attack by militants on troops", "clashes between police and gangs", "a Taliban attack")
    and light verbs ("militants launched an attack on troops").
    """
    agents: list[Token] = []
    patients: list[Token] = []
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        # "police found a man shot in the driveway": a participle with a subject and no
        # auxiliary under a verb is a small clause, its subject who was shot
        small_clause = (
            tok.tag_ == "VBN"
            and tok.dep_ in ("ccomp", "xcomp", "oprd")
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
        )
        for child in tok.children:
            if child.dep_ == "nsubj" and small_clause:
                patients.append(child)
            elif child.dep_ == "nsubj":
                if child.lower_ in ("who", "which", "that") and tok.dep_ == "relcl":
                    agents.append(tok.head)
                else:
                    agents.append(child)
            elif child.dep_ in ("dobj", "nsubjpass"):
                patients.append(child)
            elif child.dep_ == "agent":
                agents.extend(_pobj(child))
            elif (
                child.dep_ == "prep"
                and child.i > tok.i
                and (
                    child.lower_ in ("at", "on", "upon", "against")
                    or (child.lower_ == "with" and tok.lemma_ in ("clash", "fight"))
                )
            ):
                patients.extend(o for o in _pobj(child) if o.ent_type_ not in ("DATE", "TIME"))
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
            patients.append(tok.head)  # "villagers killed by gunmen"
        if not patients:
            # "shot and killed three soldiers": the object is shared
            # "attacked and fired at a patrol": likewise
            for conj in tok.conjuncts:
                if conj.i > tok.i:
                    patients.extend(c for c in conj.children if c.dep_ == "dobj")
                    for c in conj.children:
                        if c.dep_ == "prep" and c.lower_ in ("at", "on", "upon"):
                            patients.extend(_pobj(c))
        if not agents and tok.tag_ == "VBN":
            # "were tied up, beaten and given shocks by locals": the agent is shared
            for conj in tok.conjuncts:
                for c in conj.children:
                    if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                        agents.extend(_pobj(c))
        node = tok
        # a passive verb's doer is not the subject of the verb it hangs on ("police are
        # investigating after four people were shot": the police did not shoot them)
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        for _ in range(3):
            if agents or node.dep_ not in ("conj", "xcomp", "advcl") or node.head.i == node.i:
                break
            # "gunmen stormed the village and killed five": the subject is shared;
            # "clashes erupted ..., killing three civilians": the head's subject did it;
            # "gunmen approached and started shooting": up the chain of verbs
            for child in node.head.children:
                if child.dep_ == "nsubj" and not passive:
                    agents.append(child)
                elif child.dep_ == "nsubjpass" and tok.tag_ == "VBN" and not patients:
                    patients.append(child)
            if node.dep_ == "advcl":
                break
            node = node.head
    else:
        for child in tok.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i < tok.i:
                if child.pos_ in ("NOUN", "PROPN", "ADJ", "PRON"):
                    agents.append(child)
            elif child.dep_ == "prep":
                word = child.lower_
                if word == "by":
                    agents.extend(_pobj(child))
                elif word in ("on", "against", "upon", "at", "targeting"):
                    patients.extend(_pobj(child))
                elif word == "between":
                    both = _with_conjuncts(_pobj(child))
                    agents.extend(both[:1])
                    patients.extend(both[1:])
                elif word == "with" or (
                    word == "of" and tok.lower_ in ("killing", "killings", "murder", "abduction")
                ):
                    patients.extend(_pobj(child))
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_ in ("come", "be"):
            # "troops came under attack by militants": the subject is the target
            verb = head.head
            patients.extend(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
            for c in verb.children:
                if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                    agents.extend(_pobj(c))
        if tok.dep_ in ("nsubj", "nsubjpass") and not agents and not patients:
            # "clashes were reported between the army and rebels"
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "between":
                    both = _with_conjuncts(_pobj(c))
                    agents.extend(both[:1])
                    patients.extend(both[1:])
        if tok.dep_ in ("dobj", "attr") and (
            head.lemma_ in LIGHT_VERBS or head.lemma_ in WEAPON_VERBS
        ):
            # "militants launched an attack on troops", "gunmen threw a grenade at a post"
            agents.extend(c for c in head.children if c.dep_ == "nsubj")
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "upon", "into"):
                    patients.extend(_pobj(c))
        elif tok.dep_ == "nsubj":
            patients.extend(c for c in head.children if c.dep_ == "dobj")
    if tok.lemma_ in UNACCUSATIVE:
        # "a dozen people have died": the subject is who suffered it
        patients.extend(agents)
        agents = []
    # "Sonora, several armed men, attacked": what an appositive says of the subject
    agents.extend(c for t in list(agents) for c in t.children if c.dep_ == "appos")
    patient_set = {t.i for t in patients}
    agents_out = [t for t in _with_conjuncts(agents) if t.i not in patient_set]
    agent_set = {t.i for t in agents_out}
    return agents_out, [t for t in _with_conjuncts(patients) if t.i not in agent_set]


# Armed groups, forces, parties and institutions that act in one country only, by the ISO code
# of that country: general knowledge of the conflicts and politics of the years the notes
# cover (not read from any data set), beyond `where.evidence._ACTOR_COUNTRY`'s. A coder places
# a note by them when its village is unknown ("Ansar al-Tawhid fighters shelled a village":
# Syria; "Likud supporters rallied": Israel). Matched as written (case matters: "Amal" is a
# party, "amal" nothing), whole words. Left out: groups across borders (Boko Haram and ISWAP,
# JNIM, IS, PKK, the IRGC, Wagner, Al Shabaab's Mozambican namesake is why "Al-Shabaab" stays
# in the other table only as written there), names another country's force or party also
# bears ("NDF", "SNA": Syria's and Somalia's armies; "ISF": Iraqi and Lebanese; "ANP":
# Afghan police and a Pakistani party; "RSF": a press NGO; "PDF"; "DPR": Donetsk's and
# Indonesia's parliament; "BNP": Bangladesh's party and a French bank; "Fatah": in Lebanon's
# camps too), names that are also English words or places ("Rangers", "Levies", "Fano",
# "Morena", "Azov"), and ones common in other news ("RSS" feeds, "TMC" medical centres).
GROUP_COUNTRIES: dict[str, str] = {
    # Syria
    "Ahrar al-Sham": "SY",
    "Ahrar al Sham": "SY",
    "Jaysh al-Islam": "SY",
    "Jaish al-Islam": "SY",
    "Faylaq al-Sham": "SY",
    "Faylaq al-Rahman": "SY",
    "Jaysh al-Izza": "SY",
    "Jaish al-Izza": "SY",
    "Hurras al-Din": "SY",
    "Hurras ad-Din": "SY",
    "Hurras al Din": "SY",
    "Ansar al-Tawhid": "SY",
    "Ansar al Tawhid": "SY",
    "Harredh al-Mu'mineen": "SY",
    "Jabhat al-Nusra": "SY",
    "Jabhat al Nusra": "SY",
    "Nusra Front": "SY",
    "Ahrar al-Sharqiya": "SY",
    "Ahrar al Sharqiya": "SY",
    "Sultan Murad": "SY",
    "Hamza Division": "SY",
    "Tiger Forces": "SY",
    "Liwa al-Quds": "SY",
    "YPJ": "SY",
    "Manbij Military Council": "SY",
    "Deir ez-Zor Military Council": "SY",
    "Syrian Democratic Forces": "SY",
    "Syrian National Army": "SY",
    # Iraq
    "Asaib Ahl al-Haq": "IQ",
    "Asa'ib Ahl al-Haq": "IQ",
    "Kataib Sayyid al-Shuhada": "IQ",
    "Harakat al-Nujaba": "IQ",
    "Badr Organization": "IQ",
    "Badr Organisation": "IQ",
    "TMF": "IQ",  # Tribal Mobilization Forces, the full name in the other table
    "Kurdistan Regional Government": "IQ",
    "KRG": "IQ",
    "Saraya Salam": "IQ",
    # Yemen
    "Giants Brigades": "YE",
    "Al Amalika": "YE",
    "Tihama Resistance": "YE",
    "Hadrami Elite": "YE",
    "Shabwani Elite": "YE",
    # Libya
    "Operation Volcano of Rage": "LY",
    "Volcano of Rage": "LY",
    "Al Kaniyat": "LY",
    "Kaniyat": "LY",
    # Lebanon: parties and the banks protesters targeted
    "Kataeb": "LB",
    "Marada Movement": "LB",
    "Progressive Socialist Party": "LB",
    "Byblos Bank": "LB",
    "BLOM Bank": "LB",
    "Fransabank": "LB",
    "Banque du Liban": "LB",
    # Israel and Palestine; Israel's settlers live in its settlements in the occupied West
    # Bank, where Palestinian villages march against them weekly ("the anti-settlement march")
    "Likud": "IL",
    "Israeli settlers": "PS",
    "Israeli Settlers": "PS",
    "anti-settlement": "PS",
    # Turkey
    "AKP": "TR",
    "CHP": "TR",
    "HDP": "TR",
    "MHP": "TR",
    # Iran
    "Basij": "IR",
    # Somalia
    "Ahlu Sunna Wal Jamaa": "SO",
    "Macawisley": "SO",
    # Nigeria
    "Amotekun": "NG",
    "Civilian JTF": "NG",
    "CJTF": "NG",
    "Operation Lafiya Dole": "NG",
    "IPOB": "NG",
    "Miyetti Allah": "NG",
    "Yan Sakai": "NG",
    "NSCDC": "NG",
    # Pakistan
    "Balochistan Liberation Army": "PK",
    "BLA": "PK",
    "Lashkar-e-Jhangvi": "PK",
    "Jamaat-ul-Ahrar": "PK",
    "MQM": "PK",
    "JUI-F": "PK",
    # India
    "BSF": "IN",
    "Hizbul Mujahideen": "IN",
    "Trinamool": "IN",
    "AIMIM": "IN",
    "Bajrang Dal": "IN",
    "VHP": "IN",
    "ABVP": "IN",
    "NSUI": "IN",
    "Shiv Sena": "IN",
    "Aam Aadmi Party": "IN",
    "DMK": "IN",
    "AIADMK": "IN",
    "ULFA": "IN",
    "NSCN": "IN",
    "CPI(M)": "IN",
    # Bangladesh
    "BGB": "BD",
    "Chhatra Shibir": "BD",
    # Afghanistan
    "NDS": "AF",
    "Afghan Local Police": "AF",
    # Mali and Burkina Faso
    "MNLA": "ML",
    "GATIA": "ML",
    "VDP": "BF",
    # Cameroon
    "Amba Boys": "CM",
    # DR Congo
    "NDC-R": "CD",
    "APCLS": "CD",
    "FRPI": "CD",
    "Twirwaneho": "CD",
    "Kamuina Nsapu": "CD",
    "Bakata Katanga": "CD",
    # Central African Republic
    "FPRC": "CF",
    "FACA": "CF",
    "Seleka": "CF",
    "ex-Seleka": "CF",
    # South Sudan, Sudan
    "SPLM-IO": "SS",
    "Rapid Support Forces": "SD",
    "SPLM-N": "SD",
    # Myanmar
    "Kachin Independence Army": "MM",
    "TNLA": "MM",
    "KNLA": "MM",
    "MNDAA": "MM",
    "ARSA": "MM",
    # Philippines
    "CAFGU": "PH",
    "Maute": "PH",
    # Thailand
    "BRN": "TH",
    # Indonesia
    "TNI": "ID",
    "Brimob": "ID",
    "TPNPB": "ID",
    # Colombia
    "Autodefensas Gaitanistas": "CO",
    "Caparros": "CO",
    "Caparrapos": "CO",
    # Venezuela
    "GNB": "VE",
    "FAES": "VE",
    "CICPC": "VE",
    "Tren de Aragua": "VE",
    # Mexico
    "Los Zetas": "MX",
    "Gulf Cartel": "MX",
    "Cartel del Noreste": "MX",
    "Familia Michoacana": "MX",
    "Guerreros Unidos": "MX",
    "SEDENA": "MX",
    "EZLN": "MX",
    "CNTE": "MX",
    # Ukraine
    "JFO": "UA",
    # Kenya, Uganda, Burundi, Zimbabwe, South Africa
    "Mungiki": "KE",
    "UPDF": "UG",
    "CNDD-FDD": "BI",
    "MDC Alliance": "ZW",
    "SAPS": "ZA",
    # Police and gendarmeries known by their own language's name
    "Guardia Civil": "ES",
    "Mossos d'Esquadra": "ES",
    "Ertzaintza": "ES",
    "Carabinieri": "IT",
    "Guardia di Finanza": "IT",
    "Bundeswehr": "DE",
    "Bundespolizei": "DE",
    "Gardai": "IE",
    "Gardaí": "IE",
    "Jandarma": "TR",
    "SBU": "UA",
    "PNH": "HT",
    # Heads of state and government of the years the notes cover, by surname where it is
    # theirs alone, whom their own people protest for or against at home. Not those whose
    # names move crowds abroad ("Erdogan" in Syria and Libya, "Khamenei" and "Rouhani" in
    # Iraq, "Netanyahu" in the West Bank, "Putin", "Trump", "Macron", "Sisi"), nor common
    # surnames ("Johnson", "Hernandez", "Khan", "Hadi", "Diab", "Aoun", "Lam").
    "Bolsonaro": "BR",
    "Lopez Obrador": "MX",
    "López Obrador": "MX",
    "AMLO": "MX",
    "Duterte": "PH",
    "Maduro": "VE",
    "Guaido": "VE",
    "Guaidó": "VE",
    "Kadhimi": "IQ",
    "Kazimi": "IQ",
    "Zelensky": "UA",
    "Zelenskyy": "UA",
    "Lukashenko": "BY",
    "Vucic": "RS",
    "Vučić": "RS",
    "Tokayev": "KZ",
    "Abiy Ahmed": "ET",
    "Buhari": "NG",
    "Museveni": "UG",
    "Kagame": "RW",
    "Tshisekedi": "CD",
    "Ramaphosa": "ZA",
    "Mnangagwa": "ZW",
    "Uhuru Kenyatta": "KE",
    "Bukele": "SV",
    "Piñera": "CL",
    "Vizcarra": "PE",
    "Giammattei": "GT",
    "Prayut": "TH",
    "Hun Sen": "KH",
    "Sheikh Hasina": "BD",
    "Ashraf Ghani": "AF",
    "Tebboune": "DZ",
    "Kais Saied": "TN",
    "Mitsotakis": "GR",
    "Pashinyan": "AM",
    "Jokowi": "ID",
    "Muhyiddin": "MY",
    "Imran Khan": "PK",
    "Narendra Modi": "IN",
    "Hassan Diab": "LB",
    "Michel Aoun": "LB",
    "Sarraj": "LY",
    "Assad": "SY",
}
_GROUP_NAMES = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(n) for n in sorted(GROUP_COUNTRIES, key=len, reverse=True))
    + r")(?![\w-])"
)


def group_countries(text: str) -> list[str]:
    """The countries of the single-country groups a text names (`GROUP_COUNTRIES`), once per
    group, in text order."""
    seen: dict[str, str] = {}
    for hit in _GROUP_NAMES.findall(text):
        seen.setdefault(hit, GROUP_COUNTRIES[hit])
    return list(seen.values())
