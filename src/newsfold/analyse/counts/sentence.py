"""The readings of one sentence: its casualty words (found from the Doc's arrays), each read by
the rule of its kind (`verbs`, `nouns`), deduplicated, and coordinated clauses of one kind
summed ("a woman was shot in the arm and three men were shot in the back")."""

from __future__ import annotations

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from newsfold.analyse.counts.lexicons import (
    ADJECTIVES,
    CONDITION_WORDS,
    INTRANSITIVE,
    KILLING_NOUNS,
    MULTIPLE_NOUNS,
    NOUNS,
    STAY_VERBS,
    TOLL_NOUNS,
    TRANSITIVE,
    TRANSPORT_VERBS,
)
from newsfold.analyse.counts.nouns import (
    DEAD_PERSON_NOUNS,
    _adjective,
    _coded_toll,
    _condition,
    _count_as_object,
    _fatal_shooting_of,
    _killing_of,
    _labelled_state,
    _multiple,
    _noun,
    _number_of,
    _the_deceased,
    _toll,
)
from newsfold.analyse.counts.people import _person_like, _reading_for
from newsfold.analyse.counts.readings import Reading, _Numbers
from newsfold.analyse.counts.syntax import (
    _conjoined,
    _hypothetical,
    _inside,
    _negated,
    _refers_back,
    _subject,
)
from newsfold.analyse.counts.verbs import (
    _attempted_suicide,
    _coroner_identified,
    _dead_oprd,
    _each_of_a_name_list,
    _gun_context,
    _identified_dead,
    _identified_the_killed,
    _intransitive,
    _left,
    _life_of,
    _lives,
    _not_revived,
    _not_revived_subject,
    _not_saved,
    _passive_subject,
    _revival_failed,
    _saved_object,
    _self_reading,
    _struck,
    _suicide_phrase,
    _to_hospital,
    _transitive,
    _transport,
    _treated_and_released,
    _wound_object,
)
from newsfold.analyse.nlp import in_sorted


def _candidates(doc: Doc, hashes: np.ndarray) -> list[int]:
    """Indices of the tokens whose lemma or lower-case form is in `hashes` (read from the
    Doc's arrays: no Token objects for the rest)."""
    if len(doc) == 0:
        return []
    array = doc.to_array([LEMMA, LOWER])
    return [int(i) for i in np.flatnonzero(in_sorted(array, hashes).any(axis=1))]


def _subject_as_conjunct(verb: Token) -> bool:
    """A verb conjoined to another whose own subject the parse made a conjunct of that verb
    ("Four were hit and one of them did not survive": "one" a conjunct of "hit")."""
    return verb.dep_ == "conj" and any(
        c.dep_ == "conj" and c.pos_ in ("NUM", "NOUN", "PRON", "PROPN") for c in verb.head.children
    )


def _off_life_support(token: Token) -> bool:
    """ "The man was taken off life support on Wednesday", "she was removed from life
    support": the passive of "take" or "remove" with "life support" as its object or the
    object of its preposition tells a death (the way a family's decision is reported). Only
    the passive: its subject is the one who died (not "the family took him off")."""
    if not any(c.dep_ == "nsubjpass" for c in token.children):
        return False
    heads = [token, *(c for c in token.children if c.dep_ == "prep")]
    return any(
        c.lemma_.lower() == "support"
        and c.dep_ in ("dobj", "pobj")
        and any(g.dep_ == "compound" and g.lower_ == "life" for g in c.children)
        for h in heads
        for c in h.children
    )


def _a_person(token: Token) -> bool:
    """A word that is a person (`_person_like`), a proper noun only when it is a person's
    name (not "Kool-Aid", a proper noun the parse made the subject of "taken off life
    support")."""
    return _person_like(token) and (token.pos_ != "PROPN" or token.ent_type_ == "PERSON")


def _sentence_readings(sent: Span, tokens: list[Token], numbers: _Numbers) -> list[Reading]:
    readings: list[Reading] = []
    for token in tokens:
        if _inside_name_or_compound(token):
            continue
        lemma = token.lemma_.lower()
        lower = token.lower_
        if token.pos_ in ("VERB", "AUX") or token.tag_ in ("VBN", "VBD", "VBG"):
            if lemma in TRANSITIVE or lower in ("shot", "wounded", "injured", "slain"):
                readings.extend(_transitive(token, numbers))
            elif lemma in INTRANSITIVE:
                readings.extend(_intransitive(token, numbers))
            elif (lemma == "lose" and any(c.lemma_ == "life" for c in token.children)) or (
                lemma == "pass" and any(c.lower_ == "away" for c in token.children)
            ):
                readings.extend(_intransitive(token, numbers, "fatalities"))
            elif lemma == "revive" and (_not_revived(token) or _revival_failed(token)):
                readings.extend(_not_revived_subject(token, numbers))
            elif (
                lemma == "survive"
                and _negated(token)
                and not _hypothetical(token)
                and not any(c.dep_ in ("ccomp", "csubj") for c in token.children)
                and not _subject_as_conjunct(token)
            ):
                # "the victim did not survive his injuries": a death told by its negation
                # ("is not expected to survive" negates "expected": no reading). Not when the
                # parse lost its subject ("Four were hit and one of them ... did not survive"
                # parsed with "Four were hit" under "survive", or "one" as a conjunct of
                # "hit": the subject found would be the four)
                readings.extend(_intransitive(token, numbers, "fatalities", negated_ok=True))
            elif lemma in ("take", "remove") and _off_life_support(token):
                # (not `_intransitive`, which sets aside "died off": "off" is a particle here)
                subj = _subject(token, ("nsubjpass",))
                if subj is not None and _a_person(subj) and not _hypothetical(token):
                    readings.extend(_reading_for(token, subj, "fatalities", numbers, subj))
            elif lemma in ("turn", "take") and _suicide_phrase(token):
                if _attempted_suicide(token):
                    # the attacker harmed himself: not one of those he killed
                    attempt = _self_reading(token, numbers, "hit")
                    attempt.marked = True
                    readings.append(attempt)
                else:
                    readings.append(_self_reading(token, numbers, "fatalities"))
            elif lemma in ("code", "cod", "put", "estimate", "stand", "rise", "climb", "reach"):
                readings.extend(_coded_toll(token, numbers))
            elif lemma == "fight" and _for_life(token):
                # "another is fighting for her life": harmed, not (yet) dead
                readings.extend(_intransitive(token, numbers, "hit"))
            elif lemma in ("suffer", "sustain", "treat", "receive") and _wound_object(token):
                readings.extend(_intransitive(token, numbers, "hit"))
            elif lemma in ("leave",):
                readings.extend(_left(token, numbers))
            elif lemma in TRANSPORT_VERBS and (
                _to_hospital(token) or (lemma == "land" and _landed_in_hospital(token))
            ):
                readings.extend(_transport(token, numbers))
            elif lemma == "end" and (people := _ended_with_in_hospital(token)) is not None:
                readings.extend(_reading_for(token, people, "hit", numbers, people))
            elif (lemma in STAY_VERBS or lemma == "treat") and _to_hospital(
                token, places=("in", "at", "to", "with")
            ):
                subj = _subject(token, ("nsubj", "nsubjpass"))
                if subj is not None and not _hypothetical(token):
                    readings.extend(_reading_for(token, subj, "hit", numbers, subj))
            elif _treated_and_released(token):
                # released alive: one of the injured, never one of the dead
                subj = _subject(token, ("nsubj", "nsubjpass"))
                if subj is not None and not _hypothetical(token):
                    readings.extend(_reading_for(token, subj, "injuries", numbers, subj))
            elif lemma in ("hit", "strike", "graze", "wound") and _gun_context(numbers.text, sent):
                readings.extend(_struck(token, numbers))
            elif lemma in ("claim", "take", "cost") and _life_of(token) is not None:
                victim = _life_of(token)
                assert victim is not None
                readings.extend(_reading_for(token, victim, "fatalities", numbers, victim))
            elif lemma in ("claim", "take", "cost") and _lives(token) is not None:
                lives = _lives(token)  # "the attack claimed 12 lives"
                assert lives is not None
                readings.extend(_reading_for(token, lives, "fatalities", numbers, lives))
            elif lemma == "identify":
                readings.extend(_identified_dead(token, numbers))
                readings.extend(_coroner_identified(token, numbers))
                readings.extend(_identified_the_killed(token, numbers))
            elif lemma == "save" and _not_saved(token):
                readings.extend(_saved_object(token, numbers))
            elif lemma in ("find", "pronounce", "declare", "confirm", "report") and _dead_oprd(
                token
            ):
                readings.extend(_passive_subject(token, numbers, "fatalities"))
        if lower in ("shot", "wounded", "injured", "killed"):
            readings.extend(_each_of_a_name_list(token, numbers))
        if (
            token.pos_ in ("ADJ", "VERB", "NOUN")
            and ADJECTIVES.get(lower)
            and (
                token.dep_ in ("acomp", "amod", "oprd", "ROOT", "conj", "appos", "npadvmod")
                or _count_as_object(token)
            )
        ):
            readings.extend(_adjective(token, numbers, ADJECTIVES[lower]))
        if token.pos_ in ("NOUN", "PROPN") and lemma in NOUNS and lower not in ADJECTIVES:
            readings.extend(_noun(token, numbers, NOUNS[lemma]))
        if token.pos_ == "NOUN" and lemma in TOLL_NOUNS:
            readings.extend(_toll(token, numbers))
        if token.pos_ in ("NOUN", "VERB") and lemma in MULTIPLE_NOUNS:
            readings.extend(_multiple(token))
        if token.pos_ == "NOUN" and lower in KILLING_NOUNS:
            readings.extend(_killing_of(token, numbers))
        if token.pos_ == "NOUN" and lemma in ("shooting", "stabbing"):
            readings.extend(_fatal_shooting_of(token, numbers))
        if lower in DEAD_PERSON_NOUNS:
            readings.extend(_the_deceased(token, numbers))
        if (token.i >= 2 and token.doc[token.i - 1].text == ":") or lemma == "wound":
            readings.extend(_labelled_state(token))
        if lower in NUMBER_OF_WORDS:
            readings.extend(_number_of(token, numbers))
        if lemma == "condition" and any(c.lower_ in CONDITION_WORDS for c in token.children):
            readings.extend(_condition(token, numbers))
    return _coordinated(_dedupe(readings), sent)


# the casualty words "the number of ... rose to N" counts (`nouns._number_of`)
NUMBER_OF_WORDS = frozenset(
    {"dead", "killed", "deaths", "fatalities", "injured", "wounded", "hurt", "injuries", "victims"}
)


NAME_ENTS = frozenset({"ORG", "WORK_OF_ART", "FAC", "LAW", "EVENT", "PRODUCT"})


def _inside_name_or_compound(token: Token) -> bool:
    """'a dead-end street', 'Mothers of Murdered Offspring': a word inside a hyphenated
    compound or in the middle of a name is no casualty word."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.text == "-" and not token.whitespace_:
        return True
    return (
        token.ent_type_ in NAME_ENTS
        and token.ent_iob_ == "I"
        and nxt is not None
        and nxt.ent_iob_ == "I"
    )


def _coordinated(readings: list[Reading], sent: Span) -> list[Reading]:
    """'a woman was shot in the arm and three men were shot in the back', '6 fighters were
    killed by fire and 3 were killed by IEDs': coordinated clauses of one kind with different
    people add up (one reading for the sum)."""
    out: list[Reading] = []
    doc = sent.doc
    for r in readings:
        partner = next(
            (
                p
                for p in out
                if p.field == r.field
                and p.trigger >= 0
                and r.trigger >= 0
                and p.trigger != r.trigger
                and p.victim != r.victim
                and p.value is not None
                and r.value is not None
                and p.basis in ("number", "implied")
                and r.basis in ("number", "implied")
                and p.group == r.group
                and not _refers_back(doc[p.victim])
                and not _refers_back(doc[r.victim])
                and _conjoined(doc[p.trigger], doc[r.trigger])
                and not _inside(doc[p.victim], doc[r.victim])
                and not _one_of_them(p, doc[r.victim])
            ),
            None,
        )
        if partner is None:
            out.append(r)
            continue
        partner.value = (partner.value or 0) + (r.value or 0)
        partner.low = None if partner.low is None or r.low is None else partner.low + r.low
        partner.high = None if partner.high is None or r.high is None else partner.high + r.high
        partner.basis = "number"
        partner.referents = partner.referents + r.referents
        partner.start, partner.end = min(partner.start, r.start), max(partner.end, r.end)
        partner.victims = f"{partner.victims}; {r.victims}"
    return out


def _one_of_them(counted: Reading, victim: Token) -> bool:
    """'Five people were hurt and one is in grave condition': a bare "one" after
    a conjunct that counts several of the same kind is one of them, not one more (unlike
    "one more", "another" or "one woman"; and a "one" of another kind, "two were killed and
    one was wounded", is no partner at all)."""
    return (
        victim.lower_ == "one"
        and (counted.value or 0) >= 2
        and counted.victim < victim.i
        and not any(c.dep_ in ("amod", "advmod", "prep", "compound") for c in victim.children)
    )


def _dedupe(readings: list[Reading]) -> list[Reading]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for r in readings:
        key = (r.field, r.start, r.end)
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def _for_life(token: Token) -> bool:
    """'fighting for his life', 'fights for their lives' (one's own life: not "fought for the
    life he wanted")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(
            g.dep_ == "pobj"
            and g.lemma_.lower() in ("life", "lives")
            and any(p.dep_ == "poss" for p in g.children)
            for g in c.children
        )
        for c in token.children
    )


def _ended_with_in_hospital(token: Token) -> Token | None:
    """'A party ended with five people in the hospital': the people of "with" who are "in the
    hospital" (the phrase hung on them or on the verb), harmed; None when there are none."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for people in prep.children:
            if people.dep_ == "pobj" and (
                _to_hospital(people, ("in",)) or _to_hospital(token, ("in",))
            ):
                return people
    return None


def _landed_in_hospital(token: Token) -> bool:
    """'the shooting landed four men in the hospital': "in the hospital" on the verb or, as the
    parser often hangs it, on the people."""
    dobj = [c for c in token.children if c.dep_ == "dobj"]
    return any(_to_hospital(t, ("in",)) for t in [token, *dobj])
