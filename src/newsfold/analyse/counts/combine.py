"""The article's best count per field from its readings (docs/numbers.md, "Combining"): the
same people are often counted twice in one article, so counts are not added up: restatements
are left out, the largest count given is the base, and only groups the text marks as separate
add ("another", "N others", the attacker who killed himself); implied people are counted once
each; the injured who died are not injured."""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import DEP, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token

from newsfold.analyse.counts.lexicons import (
    ATTACK_VERBS,
    FEMALE,
    MALE,
    PERSON_WORDS,
    SUSPECT_WORDS,
)
from newsfold.analyse.counts.people import _full_name, same_name
from newsfold.analyse.counts.readings import Reading
from newsfold.analyse.counts.syntax import _hypothetical, _subject
from newsfold.analyse.what.sentences import doc_text, sent_of, sentences


def _restatements(readings: list[Reading]) -> list[Reading]:
    """The readings to count: a reading of the same noun phrase as an earlier one of its field
    ("Another man was wounded and is in critical condition": two casualty words, one man) is
    a claim of its own but the same people, so it is marked and left out of the count. (Without
    this, "another" would add the man to himself.)"""
    first: dict[tuple[str, int], Reading] = {}
    counted = []
    for r in readings:
        earlier = first.get((r.field, r.victim)) if r.victim >= 0 else None
        if earlier is None:
            if r.victim >= 0:
                first[(r.field, r.victim)] = r
            counted.append(r)
            continue
        r.restates = True
    return counted


def _resolve_additional(readings: list[Reading]) -> None:
    """'N others', 'N more' add to a count of the same kind given earlier in the same sentence;
    'another', 'a second' add to one given anywhere before. None adds when it contrasts with
    another kind in its sentence ("one died and another was wounded", "killing one and
    injuring two others"); 'N others' in a later sentence usually details a total already
    given, and does not add. After the killed, "seven more people shot" or "another teen was
    shot" are harmed people who were not killed: added to the injured without subtracting the
    killed."""
    for i, r in enumerate(readings):
        if not r.additional:
            continue
        earlier = [p for p in readings[:i] if p.sent == r.sent]
        if earlier and earlier[-1].field != r.field:
            r.additional = r.field == "hit" and earlier[-1].field == "fatalities"
        elif not earlier:
            # in a later sentence only "another", "a second" name someone new; "N others"
            # there usually details a total already given
            # ("another teen was shot"), unless a number already gave the total it details
            pool = ("hit", "fatalities") if r.field == "hit" else (r.field,)
            before = [p for p in readings[:i] if p.field in pool]
            r.additional = (
                r.new_person
                and bool(before)
                and not any(p.basis in ("number", "toll") for p in before)
            )
            r.past_number = _ordinal_past_the_number(r, _ordinal_pool(r, readings[:i]))
            r.additional = r.additional or r.past_number
        else:
            r.additional = True


def _ordinal_pool(reading: Reading, before: list[Reading]) -> list[Reading]:
    """The earlier readings an ordinal person ("A fourth person was shot") may come one past:
    of the reading's own field, and for one shot (harmed, "hit") also the dead and the
    injured ("Three people were wounded ... A fourth person was shot in the leg": the
    wounded are three of those shot)."""
    pool = ("hit", "fatalities", "injuries") if reading.field == "hit" else (reading.field,)
    return [p for p in before if p.field in pool]


ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}


def raised_to(
    best: tuple[int | None, int | None, int | None], floor: int
) -> tuple[int | None, int | None, int | None]:
    """A (value, low, high) count raised to at least `floor`: the value, the low bound and
    a high bound that is given (`total._ordinal_floor`, `ordinal_harmed.harmed_floor`)."""
    _, low, high = best
    return floor, max(low or 0, floor), None if high is None else max(high, floor)


def _ordinal_past_the_number(reading: Reading, before: list[Reading]) -> bool:
    """'Three people were shot ... A fourth person was grazed': one new person whose ordinal
    (in the reading's own words, "a fourth person") is one past the largest number of people
    the text gave before, of the same kind of harm, is one more, not one of them ("two were
    shot ... a second victim died" is one of the two). Reads the readings' `victims` words
    and values (`_resolve_additional`)."""
    words = reading.victims.lower().split()
    if not reading.new_person or len(words) < 2 or words[0] not in ("a", "an"):
        return False
    ordinal = ORDINALS.get(words[1])
    numbers = [p.value for p in before if p.basis == "number" and p.value is not None]
    return ordinal is not None and bool(numbers) and ordinal == max(numbers) + 1


def _resolve_self_harm(readings: list[Reading], text: str, doc: Doc | None = None) -> None:
    """One who harmed himself is an additional person only when someone else was harmed in
    the same sentence ("shot his wife and then himself"), the text calls it a murder-suicide,
    or he killed himself in a story that tells of someone killing others (`_killed_by_someone`:
    "police said he killed himself ... He had killed his daughter"); otherwise (an accidental
    or lone self-inflicted shooting) he is the victim."""
    murder_suicide = bool(re.search(r"murder[- ]suicide", text, re.IGNORECASE))
    for r in readings:
        if r.group != "suspect" or not any(ref[0] == "self" for ref in r.referents):
            continue
        others = any(
            o is not r
            and o.sent == r.sent
            and (o.active or (doc is not None and _killed_by_an_agent(doc, o)))
            and o.group != "suspect"
            and o.field in ("fatalities", "hit", "injuries")
            and (not _refers_back_only(o) or _a_pronoun_of_the_other_sex(o, r, readings))
            # a line break the sentence splitter ran over is a sentence break (a headline or
            # a repeated line without a full stop)
            and "\n" not in text[min(o.start, r.start) : max(o.start, r.start)]
            for o in readings
        )
        # "police said he killed himself ... He had killed his daughter": one who killed
        # himself after a story tells of a killing done (an active verb of killing, in any
        # sentence) is the attacker of a murder-suicide
        killings = (
            doc is not None
            and r.field == "fatalities"
            and any(
                o is not r
                and o.active
                and o.group != "suspect"
                and o.field == "fatalities"
                and not _refers_back_only(o)
                and _killed_by_someone(doc, o)
                for o in readings
            )
        ) or (
            doc is not None
            and r.field == "fatalities"
            and _killed_by_a_person_before(r, readings, doc)
        )
        if not (others or murder_suicide or killings):
            r.group = "victims"


def _a_pronoun_of_the_other_sex(
    reading: Reading, self_harm: Reading, readings: list[Reading]
) -> bool:
    """'her husband shot her in the shoulder and then fatally shot himself': a victim told only
    by a pronoun ("her") of the other sex than the one who harmed himself ("himself") is
    someone else, not he told back. Reads the referents' sex ("pronoun", "f"/"m"). Only when
    his is the one death told: "her boyfriend was found dead ... shot her before killing
    himself" has told his death already, as a victim's."""
    if any(o is not self_harm and o.field == "fatalities" and o.value for o in readings):
        return False
    selves = {ref[1] for ref in self_harm.referents if ref[0] == "self" and len(ref) > 1}
    sexes = {ref[1] if len(ref) > 1 else "" for ref in reading.referents}
    return (
        len(selves) == 1
        and "" not in selves
        and bool(reading.referents)
        and all(ref[0] == "pronoun" for ref in reading.referents)
        and "" not in sexes
        and not sexes & selves
    )


def _killed_by_a_person_before(self_harm: Reading, readings: list[Reading], doc: Doc) -> bool:
    """ "A teenager was shot and killed by his father ... The father then took his own life":
    a death told in an earlier sentence by a passive verb whose agent is a person
    (`_killed_by_an_agent`) makes the one who killed himself later her attacker, as an active
    verb of killing does (`_resolve_self_harm`'s `killings`). Reads the readings' sentence,
    group and referents: the death is someone told of anew (not "he", "the man")."""
    return any(
        o is not self_harm
        and o.field == "fatalities"
        and o.group != "suspect"
        and o.sent < self_harm.sent
        and o.referents
        and not _refers_back_only(o)
        and _killed_by_an_agent(doc, o)
        for o in readings
    )


GENERIC_DEAD = frozenset(
    {"person", "people", "victim", "adult", "body", "individual", "resident", "occupant"}
)
"""Nouns of the dead that may include the one who killed himself ("Two people were found
dead ... The man had a self-inflicted gunshot wound"): `_self_inflicted_besides_the_dead`."""

SELF_INFLICTED = re.compile(r"\bself[- ]inflicted\b", re.IGNORECASE)


def _self_inflicted_besides_the_dead(readings: list[Reading], doc: Doc) -> None:
    """ "A woman and her two children were found dead ... The father was found in the garage
    with a self-inflicted gunshot wound and was pronounced dead": one person's death told in a
    sentence that says "self-inflicted", told of by a description ("the father", "the baby's
    father") each reading of which counts one person, after the dead were told of in an
    earlier sentence as two or more other people (a woman and her children, names: none of
    his noun, none of "people" or "victims", which may include him; not one, who may be he
    again: "A 2-year-old child died ... the boy died of a self-inflicted wound"), is the
    attacker's, besides theirs: his readings in that sentence become the suspect's, which add
    to the victims (`_combine`). Not when a death of the attacker is counted already ("turned
    the gun on himself"). Reads the readings' field, group, value, sentence and referents,
    and the sentence of the death's word."""
    dead = [r for r in readings if r.field == "fatalities" and (r.value or 0) > 0]
    if any(r.group == "suspect" for r in dead):
        return
    for r in dead:
        if r.value != 1 or r.basis != "implied" or len(r.referents) != 1:
            continue
        ref = r.referents[0]
        if ref[0] not in ("definite", "indefinite") or not 0 <= r.trigger < len(doc):
            continue
        sent = sent_of(doc[r.trigger])
        if SELF_INFLICTED.search(doc_text(doc)[sent.start_char : sent.end_char]) is None:
            continue
        noun = ref[3] if len(ref) > 3 else ""
        before = [o for o in dead if o.sent < r.sent and o.group != "suspect"]
        if max((o.value or 0 for o in before), default=0) < 2:
            continue  # one dead before may be he again ("A 2-year-old child died")
        others = [ref2 for o in before for ref2 in o.referents]
        told = [o for o in dead if o.sent == r.sent and ref in o.referents]
        if any(o.value != 1 for o in told):
            continue  # (a parse that made more people of him: "ex-husband" read as three)
        if others and all(
            o[0] in ("definite", "indefinite", "name")
            and (o[0] == "name" or (len(o) > 3 and o[3] not in GENERIC_DEAD | {noun}))
            and o != ref
            for o in others
        ):
            for o in told:  # ("was found" and "found dead": one death told twice)
                o.group = "suspect"
            return


def _self_inflicted_told_again(readings: list[Reading], doc: Doc) -> None:
    """ "A man shot his son dead before turning the gun on himself ... Ray Tollar, 52, was found
    dead in the garage of an apparent self-inflicted gunshot wound": after the attacker's own
    death is counted ("turning the gun on himself", `group` "suspect"), a later death of one
    person told in a sentence that says "self-inflicted" is his again, by name or description,
    not one more victim: its readings become the suspect's, which are not added to each other
    (`_combine`). Only one person's death (a name or a description), in a sentence after the
    first suicide's."""
    suicides = [
        r
        for r in readings
        if r.field == "fatalities"
        and r.group == "suspect"
        and any(ref[0] == "self" for ref in r.referents)
    ]
    if not suicides:
        return
    first = min(r.sent for r in suicides)
    text = doc_text(doc)
    for r in readings:
        if (
            r.field != "fatalities"
            or r.group == "suspect"
            or r.value != 1
            or r.sent <= first
            or len(r.referents) != 1
            or r.referents[0][0] not in ("name", "definite", "indefinite")
            or not 0 <= r.trigger < len(doc)
        ):
            continue
        sent = sent_of(doc[r.trigger])
        if SELF_INFLICTED.search(text[sent.start_char : sent.end_char]) is not None:
            r.group = "suspect"


def _killed_by_an_agent(doc: Doc, reading: Reading) -> bool:
    """The reading is a death and its passive verb (or a verb it is joined to by "and") names
    a person as its agent ("A woman was shot and killed by her husband, who then turned the
    gun on himself"): someone else killed by him, as the object of an active verb is ("shot
    his wife and then himself"), so the one who harmed himself in that sentence is her
    attacker (`_resolve_self_harm`). Reads the `agent` ("by") child's object: a pronoun, a
    name, or a word for a person, kin or an attacker (not "by gunfire", "by a stray bullet").
    Only a death: after "An officer was shot and wounded by a suspect who later killed
    himself" the body found is the suspect's again, and the self-harm stays as it was read."""
    if reading.field != "fatalities" or not 0 <= reading.trigger < len(doc):
        return False
    token = doc[reading.trigger]
    verbs = [token, *token.conjuncts]
    for verb in verbs:
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            for who in (c for c in agent.children if c.dep_ == "pobj"):
                lemma = who.lemma_.lower()
                if who.pos_ in ("PRON", "PROPN") or lemma in AGENT_PEOPLE:
                    return True
    return False


AGENT_PEOPLE = PERSON_WORDS | SUSPECT_WORDS | MALE | FEMALE
"""The words of a person an agent of harm may be (`_killed_by_an_agent`)."""


def _self_harmer_told_back(readings: list[Reading], doc: Doc) -> None:
    """'A man shot and killed his wife ... and then shot himself. He died later at the
    hospital': a death (or a wound, "He is in critical condition at the hospital") told
    of "he" or "the man" in the sentence after the one whose last harmed person shot himself
    is his, not the victim's again, when he is their attacker: he harmed someone else in his
    sentence (`_resolve_self_harm` made him the suspect) or is called "the gunman". Both
    readings become the attacker's (`group` "suspect"): his death adds to his victims', and
    his wound is not theirs. Reads the readings in text order (sorted by start):
    the self-harm reading (a "self" referent), the readings before it (someone else harmed)
    and the told-back readings of the next sentence that has readings (or, further on, a
    description: "The son died ... The father was pronounced dead"). Not a description that
    names one of the victims again ("The neighbor died"), nor a pronoun of the other sex."""
    for i, r in enumerate(readings):
        if not any(ref[0] == "self" for ref in r.referents) or r.field != "hit":
            continue  # (one who killed himself is dead already: "He died" is that death)
        if r.group != "suspect" and not _attacker_subject(doc, r):
            continue  # a child who shot himself by accident, told first as "a boy was shot"
        # the self-harm is the last harmed person of its sentence
        if any(o.sent == r.sent and o.start > r.start for o in readings[i + 1 :]):
            continue
        victims = [
            o
            for o in readings[:i]
            if o.field in HARM_FIELDS
            and o.group != "suspect"
            and (o.referents or o.basis == "number")
            and not any(ref[0] in ("self", "pronoun") for ref in o.referents)
        ]
        if not victims:
            continue  # a lone self-inflicted shooting: he is the victim
        later = [o for o in readings[i + 1 :] if o.sent > r.sent]
        if not later:
            continue
        nxt = [o for o in later if o.sent == later[0].sent]
        for o in nxt:
            if _all_harmed_again(o):
                o.group = "total"  # "Both were taken": the victims and the attacker
        gender = next((ref[1] for ref in r.referents if ref[0] == "self" and len(ref) > 1), "")
        nouns = {ref[3] for o in victims for ref in o.referents if len(ref) > 3}
        told = [o for o in nxt if _told_back_as(o, gender, nouns) and not _would_be(doc, o)]
        if not told or not all(o in told or _all_harmed_again(o) for o in nxt):
            told = []
        # further on, only a description no victim had ("The father was pronounced dead"
        # after "The son died"): "he" there may be anyone told of since
        told += [
            o
            for o in later
            if o.sent != later[0].sent
            and o.referents
            and o.referents[0][0] == "definite"
            and _told_back_as(o, gender, nouns)
            and not _would_be(doc, o)
        ]
        if not told:
            continue
        r.group = "suspect"
        for o in told:
            o.group = "suspect"


HARM_FIELDS = ("fatalities", "hit", "injuries")

ALL_HARMED_AGAIN = frozenset({"both", "both of them", "the two", "the pair", "the couple"})


def _all_harmed_again(reading: Reading) -> bool:
    """A reading of "both" or "the two" ("Both were taken to the hospital, where the man later
    died"): the harmed told of before, the attacker among them, named again as a group. Beside
    a death told back of "the man" in its sentence it does not make that death someone else's
    (`_self_harmer_told_back`), and its count of two is everyone harmed (group "total"), the
    attacker included, not two victims besides him."""
    return reading.victims.lower() in ALL_HARMED_AGAIN


def _would_be(doc: Doc, reading: Reading) -> bool:
    """The reading's casualty word, or the verb it is said with, under a modal ("knew he'd be
    dead", "he would die"; `syntax._hypothetical`): what someone foresaw, no death of its
    own to add."""
    if not 0 <= reading.trigger < len(doc):
        return False
    token = doc[reading.trigger]
    verb = token.head if token.pos_ == "ADJ" else token
    # "he'd be dead": "'d" before a bare verb is "would" ("he'd been shot" is "had")
    would = verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ in ("'d", "\u2019d") for c in verb.children
    )
    return would or _hypothetical(token) or _hypothetical(verb)


def _attacker_subject(doc: Doc, reading: Reading) -> bool:
    """The subject of the reading's verb is an attacker by its noun ("The gunman then shot
    himself"): `lexicons.SUSPECT_WORDS`."""
    if not 0 <= reading.trigger < len(doc):
        return False
    subject = _subject(doc[reading.trigger], ("nsubj",))
    return subject is not None and subject.lemma_.lower() in SUSPECT_WORDS


def _told_back_as(reading: Reading, gender: str, victim_nouns: set[str]) -> bool:
    """One person told back ("he", "the man", "the shooter") who may be one of `gender` and
    is not described by a noun a victim was (`_self_harmer_told_back`)."""
    if reading.field not in HARM_FIELDS or reading.value != 1 or len(reading.referents) != 1:
        return False
    ref = reading.referents[0]
    if ref[0] not in ("pronoun", "definite"):
        return False
    if gender and len(ref) > 1 and ref[1] and ref[1] != gender:
        return False
    return not (ref[0] == "definite" and (ref[3] in victim_nouns or ref[3] == "victim"))


def _killed_by_someone(doc: Doc, reading: Reading) -> bool:
    """The active verb of killing of `reading` has a person for its subject ("the guard had
    killed his daughter", "Parish fired, killing Sarah"), not an event ("a shooting that
    killed a child": the child may be the one who shot himself)."""
    if not 0 <= reading.trigger < len(doc):
        return False
    subject = _subject(doc[reading.trigger], ("nsubj",))
    if subject is None or subject.lower_ in ("that", "which", "it", "what"):
        return False
    return subject.pos_ in ("PRON", "PROPN") or subject.lemma_.lower() in PERSON_WORDS


def _attackers(doc: Doc) -> set[str]:
    """The names of those the text says attacked someone: the named subject of an active verb
    of attack with a person as its object ("Pitts shot both of his parents", "Jeffrey Pitts
    killed a customer"). Not the subject of a passive ("Pitts was shot"), nor one who shot
    himself (he is his own victim, `_resolve_self_harm`)."""
    names: set[str] = set()
    for token in _named_subjects(doc):
        verb = token.head
        if verb.lemma_.lower() not in ATTACK_VERBS or verb.pos_ != "VERB":
            continue
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects or any(o.lower_ in ("himself", "herself", "themselves") for o in objects):
            continue
        names.add(_full_name(token))
    return names


def _named_subjects(doc: Doc) -> list[Token]:
    """The tokens that are a proper noun and a nominal subject (`nsubj`), in order, found in
    the Doc's arrays: no Token object for the others (this runs for every text `counts`
    reads, and a Python pass over every token cost more than the rest of `_attackers`)."""
    if len(doc) == 0:
        return []
    array = doc.to_array([DEP, POS])
    wanted = (array[:, 0] == doc.vocab.strings["nsubj"]) & (array[:, 1] == PROPN)
    return [doc[int(i)] for i in np.flatnonzero(wanted)]


def _resolve_named_attackers(readings: list[Reading], doc: Doc) -> None:
    """A death of one named who attacked others ("Pitts shot both of his parents ... Police
    fired back, killing Pitts") is the attacker's: he adds to the victims he killed, as a
    gunman shot dead by police does (GVA and ACLED count every death of the incident), and is
    not taken for one of the victims named or described ("killing a customer"). Only when he
    is named as the attacker elsewhere in the text and never told of as harmed by another in
    a reading that also counts victims."""
    attackers = _attackers(doc)
    if not attackers:
        return
    for r in readings:
        if r.field != "fatalities" or r.group != "victims" or r.basis != "implied":
            continue
        if not r.referents or not all(ref[0] == "name" for ref in r.referents):
            continue
        if all(any(same_name(ref[1].lower(), a) for a in attackers) for ref in r.referents):
            r.group = "suspect"


def _also_harmed(hits: list[Reading], killed: list[Reading]) -> None:
    """'A 15-year-old was killed. His mother was also shot': one described or named anew and
    said to be "also" shot is someone besides the dead, as "another" is (unless named among
    the dead, "Ray was shot in the chest ... Ray was also shot in the arm", or the dead are
    told of only as "he", who may be the one named)."""
    names = {ref[1] for r in killed for ref in r.referents if ref[0] == "name"}
    # a death told only of "he" or "the youth" may be the named one "also shot"
    unnamed_dead = any(_refers_back_only(r) for r in killed)
    for r in hits:
        if not r.also or r.marked or not r.referents:
            continue
        if all(
            ref[0] == "indefinite"
            or (
                ref[0] == "name"
                and not unnamed_dead
                and not any(same_name(ref[1], n) for n in names)
            )
            for ref in r.referents
        ):
            r.marked = True


# words that tell someone lived: a survivor cannot be one of the dead
SURVIVED = re.compile(
    r"\b(?:(?:is|was|are|were)\s+(?:now\s+)?recovering"
    r"|expected\s+to\s+(?:survive|recover|be\s+(?:ok|okay|all\s+right))"
    r"|(?:in|listed\s+in)\s+(?:stable|good|fair)\s+condition"
    r"|treated\s+and\s+released|released\s+from\s+(?:the\s+)?hospital|went\s+home"
    r"|non-life-threatening|not\s+life-threatening)\b",
    re.IGNORECASE,
)


def _survivor_besides_the_dead(hits: list[Reading], killed: list[Reading], doc: Doc) -> None:
    """'Two people were shot dead ... A woman was treated for a graze wound and went home',
    'Their son, 15, was shot in the hand and is recovering': one described anew (not "he",
    not "the victim", not a name among the dead) told shot after the dead were counted, whose
    own sentence says they lived, is someone besides the dead, as "another" is: marked, so
    the dead are not taken off them. Reads the rest of the reading's sentence (the Doc's
    sentence it was read in, `Reading.sent`) from the reading on."""
    dead = [r for r in killed if r.value]
    if not dead:
        return
    sents = sentences(doc)[0]
    first = min(r.start for r in dead)
    names = {ref[1] for r in dead for ref in r.referents if ref[0] == "name"}
    for r in hits:
        if r.marked or r.additional or r.basis != "implied" or r.group != "victims":
            continue
        if r.start < first or not r.referents or r.value != 1:
            continue
        if not all(
            ref[0] == "indefinite"
            or (ref[0] == "name" and not any(same_name(ref[1], n) for n in names))
            for ref in r.referents
        ):
            continue
        text = doc_text(doc)
        end = sents[r.sent].end_char if 0 <= r.sent < len(sents) else len(text)
        if SURVIVED.search(text, r.start, end) is not None:
            r.marked = True


def _refers_back_only(reading: Reading) -> bool:
    """A reading whose people are all pronouns or definite descriptions ("medics transported
    him", "took the man to hospital"): someone already told of, not someone new."""
    return bool(reading.referents) and all(
        ref[0] in ("pronoun", "definite", "self") for ref in reading.referents
    )


def _as_int(value: int | float | None) -> int | None:
    return None if value is None else int(value)


def _alive(injured: list[Reading], killed: list[Reading], text: str) -> list[Reading]:
    """The injured who did not die: an implied injured person named among the dead, or one
    referred back to ("the victim", "she", not of another age than the dead) who was in
    critical condition when someone is said to have died, is among the dead, not injured as
    well ("she was taken to hospital in critical condition ... she later died")."""
    dead = [r for r in killed if r.value]
    if not dead:
        return injured
    names = {ref[1].lower() for r in dead for ref in r.referents if ref[0] == "name"}
    ages = {ref[2] for r in dead for ref in r.referents if len(ref) > 2 and ref[2]}
    # a death told of "he" or "the victim" alone is of someone already told of: the one in
    # critical condition ("Bobo was in critical condition ... He was pronounced dead")
    dead_told_back = any(
        r.referents and all(ref[0] in ("pronoun", "definite") for ref in r.referents) for r in dead
    )

    suspects_dead = any(r.group == "suspect" for r in dead)

    dead_victims: dict[int, int] = {}  # the head of the dead -> the last word telling a death
    for r in dead:
        if r.victim >= 0:
            dead_victims[r.victim] = max(r.trigger, dead_victims.get(r.victim, -1))

    def died(r: Reading) -> bool:
        if _wounded_then_died(r, dead_victims):
            return True
        if r.basis != "implied" or not r.referents or r.additional:
            return False
        if _wounded_attacker(r, suspects_dead):
            return False
        window = (r.start, min(len(text), r.end + 40))
        critical = CRITICAL.search(text, *window) is not None or (
            ALIVE.search(text, *window) is None
        )
        lone = len(r.referents) == 1
        for ref in r.referents:
            if ref[0] == "name" and any(same_name(ref[1].lower(), n) for n in names):
                continue
            if ref[0] == "name" and lone and dead_told_back and CRITICAL.search(text, *window):
                continue
            age = ref[2] if ref[0] == "definite" and len(ref) > 2 else ""
            if ref[0] in ("pronoun", "definite") and critical and (not age or age in ages):
                continue
            if (
                ref[0] == "indefinite"
                and lone
                and not (r.new_person or r.marked or r.also)
                and CRITICAL.search(text, *window)
                and _like_the_dead(ref, dead)
            ):
                continue  # "a 15-year-old was taken to hospital in critical condition" of a
                # story whose 15-year-old died: the one described is the dead
            return False
        return True

    return [r for r in injured if not died(r)]


def _wounded_then_died(reading: Reading, dead_victims: dict[int, int]) -> bool:
    """'A deputy wounded in a shootout on Friday died Sunday': the people the injured reading
    counts (its head noun) are those a death reading counts, with the death told after the
    wound: they died, so none is injured. (Not "A man was killed and a boy wounded", where
    the parse may give "wounded" the man: the wound is told after the death.)"""
    return (
        reading.victim >= 0
        and not reading.additional
        and 0 <= reading.trigger < dead_victims.get(reading.victim, -1)
    )


def _wounded_attacker(reading: Reading, suspects_dead: bool) -> bool:
    """An attacker told of as wounded ("the robber was wounded when a customer returned
    fire", "the wounded gunman") when no attacker is among the dead: he is not one of the
    victims who died, whatever words of condition follow him. GVA counts a wounded suspect
    among the injured."""
    return reading.group == "suspect" and not suspects_dead


REFLEXIVES = frozenset({"himself", "herself"})


def _killed_himself(reading: Reading) -> bool:
    """A death told as the attacker's own ("killed himself", "took his own life", "turned
    the gun on himself"): the woman he shot who is "in critical condition" is not he."""
    return (
        reading.group == "suspect"
        or any(ref[0] == "self" for ref in reading.referents)
        or reading.victims.lower() in REFLEXIVES
    )


def _like_the_dead(ref: tuple[str, ...], dead: list[Reading]) -> bool:
    """An indefinite description ("a 15-year-old boy") that may be one of the dead: the dead
    are one person, told of with the same age and sex, or with none said; never the attacker
    who killed himself (`_killed_himself`)."""
    dead = [r for r in dead if not _killed_himself(r)]
    if not dead:
        return False
    if any((r.value or 0) > 1 or r.additional or r.basis == "toll" for r in dead):
        return False
    if _distinct_people([r for r in dead if r.basis == "implied"]) > 1:
        return False
    gender, age = ref[1], ref[2]
    for r in dead:
        for d in r.referents:
            d_gender = d[1] if d[0] in ("indefinite", "definite") and len(d) > 1 else ""
            d_age = d[2] if len(d) > 2 else ""
            if (gender and d_gender and gender != d_gender) or (age and d_age and age != d_age):
                return False
    return True


ALIVE = re.compile(
    r"\b(?:stable|fair|good|serious|survive|recover|recovering|released|treated)\b", re.I
)


CRITICAL = re.compile(r"\b(?:critical|grave|life-threatening|extremely\s+serious)\b", re.I)


def _combine(
    readings: list[Reading], harmed_victims: frozenset[str] = frozenset()
) -> tuple[int | None, int | None, int | None]:
    """The article's best count from its readings of one field (docs/numbers.md).
    `harmed_victims`: the nouns of the victims told shot (`victim_nouns`), never the attacker
    told back."""
    if not readings:
        return None, None, None
    tolls = [r for r in readings if r.basis == "toll" and r.value is not None]
    if tolls:
        last = tolls[-1]
        return _as_int(last.value), _as_int(last.low), _as_int(last.high)
    positive = [r for r in readings if r.basis != "zero" and r.value is not None]
    if not positive:
        return 0, 0, 0
    suspects = [r for r in positive if r.group == "suspect"]
    if _told_back_to_the_attacker(positive, suspects) and not _a_harmed_victim(
        positive, harmed_victims
    ):
        positive = [r for r in positive if r.group != "victims"]
    totals = [r for r in positive if r.group == "total"]
    victims = [r for r in positive if r.group == "victims"]
    victim_value, victim_low, victim_high = _group_value(victims)
    suspect_value, suspect_low, _ = _group_value(suspects)
    total_value, total_low, total_high = _group_value(totals)
    combined = (victim_value or 0) + (suspect_value or 0)
    if total_value is not None and total_value >= combined:
        value, low, high = total_value, total_low, total_high
        if victim_value is not None and victim_value + (suspect_value or 0) == total_value:
            high = total_high
    else:
        value = combined
        low = (victim_low or 0) + (suspect_low or 0) if victim_low is not None else None
        high = victim_high + (suspect_value or 0) if victim_high is not None else None
        if total_low is not None and (low is None or total_low > low):
            low = min(total_low, value)
    # the people implied by names and descriptions, across summaries and victims alike
    people = _distinct_people(
        [r for r in positive if r.basis == "implied" and r.group != "suspect" and not r.additional]
    ) + sum(1 for r in positive if r.basis == "implied" and r.additional)
    if people > value:
        value, low, high = people + (suspect_value or 0), people, None
    if low is not None:
        low = min(low, value)
    if high is not None and high < value:
        high = None
    return _as_int(value), _as_int(low), _as_int(high)


def _told_back_to_the_attacker(readings: list[Reading], suspects: list[Reading]) -> bool:
    """'A man who fired at officers was shot and wounded ... The man was in serious
    condition': when the only victims are told of by a definite description or a pronoun
    after an attacker was counted, and are no more than the attackers, they are the attacker
    again, not one more person ("The wife and the man died" after a murder-suicide are two)."""
    victims = [r for r in readings if r.group == "victims"]
    if not suspects or not victims:
        return False
    first = min(r.start for r in suspects)
    most = max(r.value or 0 for r in suspects)
    return all(
        r.basis == "implied" and _refers_back_only(r) and r.start > first and (r.value or 0) <= most
        for r in victims
    )


def victim_nouns(hits: list[Reading]) -> frozenset[str]:
    """The nouns of the victims the text tells were shot ("shot his neighbor": neighbor), not
    of attackers: the words `_a_harmed_victim` checks a definite description against."""
    return frozenset(
        ref[3]
        for r in hits
        if r.group == "victims"
        for ref in r.referents
        if len(ref) >= 4 and ref[0] in ("indefinite", "definite") and ref[3]
    )


def _a_harmed_victim(readings: list[Reading], harmed_victims: frozenset[str]) -> bool:
    """ "shot his neighbor ... and then took his own life. The neighbor died": a definite
    description of the dead that repeats the noun of a victim told shot ("neighbor") is that
    victim, not the attacker told back, even after the attacker's death is counted."""
    return any(
        r.group == "victims"
        and any(
            len(ref) >= 4 and ref[0] == "definite" and ref[3] in harmed_victims
            for ref in r.referents
        )
        for r in readings
    )


def _group_value(
    readings: list[Reading],
) -> tuple[float | None, float | None, float | None]:
    """The largest count given; groups marked as separate ("another", "N others") add to it;
    implied people ("a man", a name) are counted once each (see `_distinct_people`)."""
    if not readings:
        return None, None, None
    base: float = 0.0
    base_low: float | None = None
    base_high: float | None = None
    others = [r for r in readings if r.additional and r.basis != "implied" and r.value is not None]
    # "the 63-year-old driver remains in serious condition and the two others went home": others
    # besides someone referred back to are the rest of a group already counted, not more people
    told_back = {
        r.sent
        for r in others
        if (partners := [p for p in readings if p.sent == r.sent and not p.additional])
        and all(_refers_back_only(p) for p in partners)
    }
    extra = _restated_extra([r for r in others if r.sent not in told_back])
    regrouped = max(
        (
            sum(p.value or 0 for p in readings if p.sent == sent and not p.additional)
            + sum(r.value or 0 for r in others if r.sent == sent)
            for sent in told_back
        ),
        default=0.0,
    )
    for r in readings:
        if r.basis == "implied" or r.value is None or r.additional:
            continue
        if r.value > base or (r.value == base and base_low is None):
            base, base_low, base_high = r.value, r.low, r.high
        elif r.low is not None and (base_low is None or r.low > base_low):
            base_low = min(r.low, base)
    implied = [r for r in readings if r.basis == "implied"]
    people = _distinct_people([r for r in implied if not r.additional])
    extra += sum(r.value or 0 for r in implied if r.additional)
    if people > base:
        base, base_low, base_high = float(people), float(people), None
    if regrouped > base:
        base, base_low, base_high = float(regrouped), float(regrouped), None
    value = base + extra
    low = base_low + extra if base_low is not None else None
    high = base_high + extra if base_high is not None else None
    return value, low, high


def _restated_extra(readings: list[Reading]) -> float:
    """Counts of others added in a sentence; a later sentence restating them ("three others
    were shot") does not add again: the largest sum of one sentence."""
    per_sentence: dict[int, float] = {}
    for r in readings:
        per_sentence[r.sent] = per_sentence.get(r.sent, 0.0) + float(r.value or 0)
    return max(per_sentence.values(), default=0.0)


def _distinct_people(readings: list[Reading]) -> int:
    """How many different people implied mentions are, at the least.

    Each name is one person; an indefinite description ("a man", "a 24-year-old woman") is
    the same person as a name or an earlier description it is compatible with (same sex and
    age, or not said), otherwise someone else; definite ones and pronouns ("the victim",
    "he") refer back and add no one; "the father and a son" is two at once.
    """
    people: list[list[str]] = []  # [name, gender, age]
    groups = 0
    refer_back = False
    for r in readings:
        if len(r.referents) > 1:
            groups = max(groups, int(r.value or 0))
        for ref in r.referents:
            kind = ref[0]
            if kind == "name":
                name, age = ref[1].lower(), ref[2] if len(ref) > 2 else ""
                same = next((p for p in people if p[0] and same_name(p[0], name)), None)
                if same is not None and len(name) > len(same[0]):
                    same[0] = name
                if same is None:
                    same = next(
                        (p for p in people if not p[0] and (not p[2] or not age or p[2] == age)),
                        None,
                    )
                    if same is not None:
                        same[0] = name
                if same is None:
                    people.append([name, "", age])
                elif age and not same[2]:
                    same[2] = age
            elif kind == "group":
                groups = max(groups, int(r.value or 0))
            elif kind == "indefinite":
                gender, age = ref[1], ref[2]
                same = next(
                    (
                        p
                        for p in people
                        if (not p[1] or not gender or p[1] == gender)
                        and (not p[2] or not age or p[2] == age)
                    ),
                    None,
                )
                if same is None:
                    people.append(["", gender, age])
                else:
                    same[1] = same[1] or gender
                    same[2] = same[2] or age
            else:
                refer_back = True
    count = max(len(people), groups)
    if count == 0 and refer_back:
        count = 1
    return count
