"""Readings of casualty verbs: the object of an active verb or the subject of a passive one
("killed two men", "two men were killed"), intransitives ("died"), "shot, one fatally", "taken
to hospital", "hit by a bullet", "claimed 12 lives", "took his own life", "could not save
him", "left two dead"."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsfold.analyse.counts.lexicons import (
    ADJECTIVES,
    INTRANSITIVE,
    PLACE_ENTS,
    SUSPECT_WORDS,
    TRANSITIVE,
)
from newsfold.analyse.counts.people import (
    _count_np,
    _count_the_aged,
    _own_predicate,
    _person_like,
    _reading,
    _reading_for,
    another_before_a_time,
)
from newsfold.analyse.counts.readings import Reading, _Numbers
from newsfold.analyse.counts.syntax import (
    _antecedent,
    _dash_after_dateline,
    _died_subject,
    _either_or,
    _has_passive,
    _hypothetical,
    _negated,
    _participle_root,
    _reported_participle,
    _subject,
)
from newsfold.analyse.what.sentences import doc_text

FATAL_ADV = re.compile(
    r"^\s*,?\s*(?:and\s+)?(?P<n>[\w-]+)(?:\s+of\s+(?:them|whom))?\s+fatally\b", re.I
)


def _not_revived(token: Token) -> bool:
    """ "he could not be revived", "she was not able to be revived" (the medics' failure, the
    way a report tells a death): "revive" negated, its modal "could"/"can" a fact, not a
    hypothesis; not after "if" ("if he cannot be revived")."""
    if not _negated(token) or any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in token.children
    ):
        return False
    return not any(
        c.dep_ == "aux" and c.lower_ in ("would", "might", "may", "should") for c in token.children
    )


def _revival_failed(token: Token) -> bool:
    """ "Efforts to revive him failed", "attempts to revive the man were unsuccessful",
    "medics were unable to revive her": the effort to revive someone told as failed."""
    head = token.head
    if token.dep_ == "xcomp" and head.lower_ in ("unable", "unsuccessful"):
        return True
    if token.dep_ != "acl" or head.lemma_.lower() not in ("effort", "attempt"):
        return False
    verb = head.head
    return not _negated(verb) and (
        verb.lemma_.lower() == "fail"
        or any(c.dep_ == "acomp" and c.lower_ in ("unsuccessful", "futile") for c in verb.children)
    )


def _not_revived_subject(token: Token, numbers: _Numbers) -> list[Reading]:
    """The dead of `_not_revived` (its passive subject) or of `_revival_failed` (the one the
    effort was to revive: the object of "revive")."""
    if _revival_failed(token):
        subj = next((c for c in token.children if c.dep_ == "dobj"), None)
    else:
        subj = _subject(token, ("nsubjpass", "nsubj"))
    if subj is None or (not _person_like(_antecedent(subj)) and subj.pos_ != "PRON"):
        return []
    # read past `_reading_for`'s test of a wish: "Medics attempted CPR, but he could not be
    # revived" conjoins the failure to what the medics tried, and it is no less a fact
    count = _count_np(_antecedent(subj), numbers)
    if count is None or count.zero or count.value is None:
        return []
    return [_reading(token, subj, "fatalities", count, "victims")]


def _hurt_then_died(token: Token) -> bool:
    """ "A teen injured in a shooting last week has died", "the man wounded Friday died
    Sunday": a participle of injury on the subject of "died" describes the dead as they were;
    they are not injured as well (as `nouns._adjective` sets aside "two wounded children
    died")."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and _died_subject(token.head)


def _transitive(token: Token, numbers: _Numbers) -> list[Reading]:
    lemma = token.lemma_.lower()
    if _either_or(token):
        return []
    field_name = TRANSITIVE.get(lemma) or {
        "shot": "hit",
        "wounded": "injuries",
        "slain": "fatalities",
    }.get(token.lower_, "injuries")
    if _hypothetical(token) or (field_name == "injuries" and _hurt_then_died(token)):
        return []
    if _participle_root(token) or _reported_participle(token):
        return []  # "The woman wounded in ... has died": a description; the verb is "died"
    children = list(token.children)
    # "shot dead", "fatally shot", "shot and killed" (the conjunct is read on its own)
    if field_name in ("hit", "injuries") and (
        any(
            (
                c.lower_ in ("dead", "fatally", "mortally", "lethally")
                and c.dep_ not in ("conj", "nsubj", "nsubjpass")
                and not _fatal_of_a_subset(token, c)
            )
            for c in children
        )
        or any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_ == "death" for g in c.children)
            for c in children
        )
    ):
        field_name = "fatalities"
    if field_name == "hit" and _fired_at(token, children):
        return []  # "was shot at", "gunmen shot at the car", "shot up": fired at, not hit
    dobj = next((c for c in children if c.dep_ == "dobj"), None)
    if dobj is not None and not _has_passive(token):
        if dobj.lemma_.lower() in ("shot", "round", "bullet", "life"):
            return []
        readings = _reading_for(token, dobj, field_name, numbers, group_of=dobj)
        if readings:
            readings += _reflexive_conjunct(token, field_name, numbers)
        return readings
    another = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if another is not None and not _object_or_passive(children) and another_before_a_time(another):
        # "wounded another late Friday": the object the parser hung on the time
        return _reading_for(token, another, field_name, numbers, group_of=another)
    found = _found_harmed(token, children)
    if found is not None:
        return _reading_for(token, found, field_name, numbers, group_of=found)
    inverted = _inverted_people(token)
    if inverted is not None:
        return _reading_for(token, inverted, field_name, numbers, group_of=inverted)
    passive = _has_passive(token) or token.tag_ == "VBN"
    if not passive and token.dep_ == "conj" and token.head.lemma_ == "leave":
        passive = True  # "left a woman dead and four others wounded": "others wounded"
    if not passive and _state_after_left(token):
        passive = True  # "a dispute that left a man dead and his brother wounded"
    if (
        not passive
        and token.dep_ == "conj"
        and (_has_passive(token.head) or _participle_head(token.head))
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in children)
    ):
        # coordinated verbs share the auxiliary: "was shot and killed May 4" (a date after
        # the verb can make the tagger read "killed" as a past tense)
        passive = True
    if (
        not passive
        and token.dep_ in ("advcl", "acl")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
    ):
        # "identified the teenager fatally shot May 4": a participle read as a past tense
        noun = next((c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i), None)
        if noun is not None and noun.i == token.i - 1 - sum(
            1 for c in children if c.dep_ == "advmod" and c.i < token.i
        ):
            return _reading_for(token, noun, field_name, numbers, group_of=noun)
    if not passive and _reduced_relative(token, children):
        passive = True
    if not passive:
        return []
    return _passive_subject(token, numbers, field_name)


FIND_VERBS = frozenset({"find", "discover", "locate"})


def _participle_head(token: Token) -> bool:
    """ "identified the man shot and killed Monday as ...": the first of two coordinated verbs
    tagged a participle (VBN) with no auxiliary and no object, its people before it (a
    reduced relative the parser made a clause): the second verb, tagged a past tense, shares
    its passive sense."""
    kids = list(token.children)
    return (
        token.tag_ == "VBN"
        and token.lemma_.lower() in TRANSITIVE
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in kids)
        and any(c.dep_ == "nsubj" and c.i < token.i for c in kids)
    )


def _found_harmed(token: Token, children: list[Token]) -> Token | None:
    """'Officers found Jerome Wells, 19, and Tasha Ford, 20, shot outside a store': the
    participle says what state the people were found in (they were shot), but the parser
    makes it a clause of "found" with the people its subject, as if they had shot someone.
    Returns that subject when the participle hangs on a verb of finding (`FIND_VERBS`) as its
    complement, with a subject before it and no object; None otherwise."""
    if token.dep_ not in ("ccomp", "xcomp", "oprd") or token.head.lemma_.lower() not in FIND_VERBS:
        return None
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "aux") for c in children):
        return None
    return next((c for c in children if c.dep_ == "nsubj" and c.i < token.i), None)


def _inverted_people(token: Token) -> Token | None:
    """'Killed was a 40-year-old man', 'Wounded in the shooting were a man and a woman', 'Shot
    and killed Friday was ...': a casualty participle first in its sentence (or after a
    dateline's dash) with "be" after it; the people are the attribute of "be". The parser
    makes the participle the subject of "was" or the root of "were" (its auxiliary): either
    way, no subject of its own. Returns the attribute's head, or None."""
    verb = token.head if token.dep_ == "conj" and token.head.i < token.i else token
    doc = verb.doc
    if verb.i > verb.sent.start and not doc[verb.i - 1].is_punct:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children):
        return None
    if verb.dep_ in ("nsubj", "csubj") and verb.head.lemma_ == "be" and verb.head.i > verb.i:
        be: Token | None = verb.head
    else:
        be = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i > verb.i), None)
    if be is None or be.lemma_ != "be":
        return None
    return next((c for c in be.children if c.dep_ == "attr" and c.i > be.i), None)


def _object_or_passive(children: list[Token]) -> bool:
    """A verb's children include an object or the subject or auxiliary of a passive."""
    return any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in children)


STATE_AFTER = frozenset({"recover", "remain", "be", "hospitalize", "survive", "undergo"})


def _reduced_relative(token: Token, children: list[Token]) -> bool:
    """'Two other people shot that night are recovering', 'A second man shot in the same
    incident remains hospitalized': "shot" as a participle after its people, which the parser
    takes for a past tense with the sentence's own verb as its clause. Only "shot" with a
    person for subject, no object, and that clause after it, of a state ("are recovering",
    "remains hospitalized", "is in stable condition")."""
    if token.lower_ != "shot" or token.tag_ != "VBD":
        return False
    if any(c.dep_ in ("dobj", "auxpass", "aux") for c in children):
        return False
    subj = next((c for c in children if c.dep_ == "nsubj" and c.i < token.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or not _person_like(subj):
        return False
    return any(
        c.dep_ == "ccomp"
        and c.i > token.i
        and (
            c.lemma_.lower() in STATE_AFTER
            or any(
                a.dep_ in ("aux", "auxpass") and a.lemma_.lower() in STATE_AFTER for a in c.children
            )
        )
        and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)
        for c in children
    )


def _reflexive_conjunct(token: Token, field_name: str, numbers: _Numbers) -> list[Reading]:
    """'killed his wife and then himself': the parser hangs the reflexive on the verb, as a
    conjunct of it, not of the object, so it is no part of the object's people; it is a second
    object of the same verb (the attacker, harmed by his own hand)."""
    for c in token.children:
        if (
            c.dep_ == "conj"
            and c.lower_ in ("himself", "herself", "themselves")
            and not any(k.dep_ in ("nsubj", "nsubjpass", "dobj") for k in c.children)
        ):
            return _reading_for(token, c, field_name, numbers, group_of=c)
    return []


def _fired_at(token: Token, children: list[Token]) -> bool:
    """'was shot at' (nothing after 'at'), 'shot at the car' (active, no object), 'shot up'."""
    if any(c.dep_ == "prt" for c in children):
        return True
    ats = [c for c in children if c.dep_ == "prep" and c.lower_ == "at"]
    if not ats:
        return False
    if any(not list(a.children) for a in ats):
        return True
    active = not _has_passive(token) and token.tag_ != "VBN"
    return active and not any(c.dep_ == "dobj" for c in children)


def _dateline_subject(token: Token, subjects: list[Token]) -> bool:
    """Whether a subject is the town of a dateline the parser made a second subject of the
    verb: 'DAYTON, Ohio - A woman was shot and killed' ("DAYTON" in capitals, a dash between
    it and another subject of the verb, `_dash_after_dateline`; "Ohio" hangs on it): a place,
    not a person (read as one, the woman's toll is two)."""
    return any(_dash_after_dateline(token, other) for other in subjects)


def _passive_subject(token: Token, numbers: _Numbers, field_name: str) -> list[Reading]:
    subj = _subject(token, ("nsubjpass", "nsubj"))
    if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
        subjects = [
            c for c in subj.head.children if c.dep_ == subj.dep_ and c.pos_ in ("NOUN", "PROPN")
        ]
        if len(subjects) > 1:
            # "in Pacaja, Para, a man was killed": a place parsed as a second subject
            subjects = [c for c in subjects if c.ent_type_ not in PLACE_ENTS] or subjects[:1]
            subjects = [c for c in subjects if not _dateline_subject(c, subjects)] or subjects
            subj = subjects[0]
        if len(subjects) > 1:
            # "A 19-year-old woman, and a 45-year-old man were killed": two subjects
            parts: list[Reading] = []
            for s_tok in subjects:
                parts.extend(_reading_for(token, s_tok, field_name, numbers, group_of=s_tok))
            if len(parts) > 1 and all(r.value is not None for r in parts):
                merged = parts[0]
                merged.value = sum(r.value or 0 for r in parts)
                merged.low = merged.high = merged.value
                merged.referents = [ref for r in parts for ref in r.referents]
                merged.start = min(r.start for r in parts)
                merged.end = max(r.end for r in parts)
                return [merged]
    readings: list[Reading] = []
    if (
        subj is None
        and token.dep_ in ("acl", "amod", "relcl", "appos")
        and token.head.pos_
        in (
            "NOUN",
            "PROPN",
            "NUM",
            "PRON",
            "ADJ",
        )
    ):
        subj = token.head
        if token.dep_ == "relcl":
            subj = token.head
        if token.dep_ == "amod" and field_name in ("injuries", "hit") and _died_subject(subj):
            return readings  # "two wounded children died": counted among the dead
    if subj is None:
        return readings
    subj = _antecedent(subj)
    readings.extend(_reading_for(token, subj, field_name, numbers, group_of=subj))
    # "four people were shot, one fatally"
    if field_name == "hit":
        readings.extend(_fatal_subset(token, numbers))
    return readings


def _fatal_of_a_subset(verb: Token, adverb: Token) -> bool:
    """'3 men were shot, 1 fatally': "fatally" after the verb with a number just before it
    (", 1 fatally", ", 2 of them fatally") tells how many of the shot died, not how all of them
    were shot. The parse attaches a digit as punctuation and "fatally" to the verb, which read
    all three as dead; the subset is read by `_fatal_subset`."""
    if adverb.i < verb.i or adverb.lower_ != "fatally":
        return False
    before = adverb.doc[verb.i + 1 : adverb.i].text
    m = re.search(r",\s*(?:and\s+)?(?P<n>[\w-]+)(?:\s+of\s+(?:them|whom))?\s*$", before)
    return m is not None and adverb.doc.vocab[m.group("n")].like_num


def _fatal_subset(token: Token, numbers: _Numbers) -> list[Reading]:
    doc = token.doc
    rest = numbers.text[token.idx + len(token.text) : numbers.sent_end.get(token.i, token.idx)]
    m = FATAL_ADV.match(rest) or _fatal_after_place(rest)
    if not m:
        return []
    start = token.idx + len(token.text) + m.start("n")
    span = doc.char_span(start, start + len(m.group("n")), alignment_mode="expand")
    if span is None:
        return []
    count = _count_np(span.root, numbers)
    if count is None or count.value is None:
        return []
    return [
        Reading(
            "fatalities",
            count.value,
            count.low,
            count.high,
            token.idx,
            token.idx + len(token.text) + m.end(),
            count.basis,
            count.qualifier,
            victims=m.group(0).strip(" ,"),
        )
    ]


# ", two fatally", ", one of them fatally" at the end of the clause, after where and when
FATAL_LATER = re.compile(
    r",\s*(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+of\s+(?:them|whom))?\s+fatally\b",
    re.I,
)


def _fatal_after_place(rest: str) -> re.Match[str] | None:
    """'Three men were shot in Camden on Friday night, two fatally': the fatal part told
    after the place and time of the verb. Only when the words between tell no other clause
    (no semicolon, no "and ... were")."""
    m = FATAL_LATER.search(rest)
    if m is None:
        return None
    between = rest[: m.start()]
    if ";" in between or re.search(
        r"\b(?:and|but|while|as|after|when)\s+\w+\s+(?:was|were)\b", between
    ):
        return None
    return m


HARM_PARTICIPLES = frozenset({"shoot", "wound", "injure", "stab", "hit", "strike"})


def _harmed_then_died_subject(token: Token, subj: Token | None) -> Token | None:
    """'The trooper shot during a traffic stop last week has died' (the parser makes "shot"
    the subject of "died"), 'The officer wounded in a shootout last week has died' ("died"
    under "wounded"): the one who died is the subject the parser gave the participle. Only
    for "die", a participle of harm with no object, and a noun as its subject."""
    if token.lemma_.lower() != "die":
        return None
    if subj is not None and subj.pos_ == "VERB":
        verb = subj
    elif subj is None and token.dep_ == "ccomp" and token.head.i < token.i:
        verb = token.head
    else:
        return None
    if verb.lemma_.lower() not in HARM_PARTICIPLES or verb.tag_ not in ("VBN", "VBD"):
        return None
    kids = list(verb.children)
    if any(c.dep_ == "dobj" for c in kids):
        return None
    return next(
        (c for c in kids if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")),
        None,
    )


def _intransitive(
    token: Token, numbers: _Numbers, field_name: str = "", negated_ok: bool = False
) -> list[Reading]:
    field_name = field_name or INTRANSITIVE[token.lemma_.lower()]
    if _hypothetical(token):
        return []
    if token.lemma_.lower() != "pass" and any(
        c.dep_ == "prt" and c.lower_ in ("down", "out", "off", "away") for c in token.children
    ):
        return []  # "the shooting died down", "the practice died out"
    subj = _subject(token, ("nsubj", "nsubjpass"))
    if subj is None and token.dep_ in ("acl", "relcl") and token.head.pos_ in ("NOUN", "PROPN"):
        subj = token.head
    subj = _harmed_then_died_subject(token, subj) or subj
    if subj is not None:
        subj = _antecedent(subj)
    if subj is None:
        return []
    if field_name == "displaced" and (
        subj.lemma_.lower() in SUSPECT_WORDS or subj.pos_ == "PRON" or subj.ent_type_ == "PERSON"
    ):
        return []
    readings = _reading_for(token, subj, field_name, numbers, group_of=subj, negated_ok=negated_ok)
    if field_name == "displaced":
        readings = [r for r in readings if r.basis in ("number", "zero")]
    return readings


GUN_WORDS = re.compile(
    r"\b(?:bullets?|gunfire|gunshots?|shots?|shooting|shotgun|rifle|handgun|pistol|gun|rounds?|"
    r"shrapnel|pellets?|fired|(?:opened|opens?|returned|exchanged)\s+fire)\b",
    re.IGNORECASE,
)


def _to_hospital(token: Token, places: tuple[str, ...] = ("to", "with")) -> bool:
    """'taken to the hospital', 'sent four teens to the hospital', '... with gunshot wounds',
    'four others were in the hospital'."""
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in places:
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                # a hospital's own name may be parsed as a coordination ("to Baylor Scott &
                # White Hospital": the object is "Scott", "Hospital" its conjunct)
                for h in [g, *(x for x in g.children if x.dep_ == "conj")]:
                    if h.lemma_.lower() in ("hospital", "wound", "injury") or (
                        h.lemma_.lower() == "center"
                        and "medical" in h.doc[h.i - 2 : h.i].text.lower()
                    ):
                        return True
    return False


def _state_after_left(token: Token) -> bool:
    """'An argument over a parking spot left a 45-year-old dead and his brother wounded': when
    "left" hangs below a noun or another clause, the parser conjoins the second state
    ("wounded", with "his brother" its subject) to that head, not to "left". Read it as one
    more state of "left" (a passive: its subject the harmed) when the word before its "and"
    is a state word (`lexicons.ADJECTIVES`) of a "left" and the verb has no auxiliary of its
    own ("and his brother was wounded" keeps its own reading)."""
    if token.dep_ != "conj" or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    cc = next((c for c in token.head.children if c.dep_ == "cc" and c.i < token.i), None)
    if cc is None or cc.i == 0:
        return False
    before = token.doc[cc.i - 1]
    return before.lower_ in ADJECTIVES and before.head.lemma_.lower() == "leave"


def _treated_and_released(token: Token) -> bool:
    """'Kiara Moss, 20, was treated and released': a passive 'treated' conjoined with
    'released' tells a wound treated without naming a hospital or the wound. Not when
    'treated for' names something ('treated for smoke inhalation and released': the wound
    readings take 'treated for a gunshot wound' before this)."""
    return (
        token.lemma_.lower() == "treat"
        and any(c.dep_ == "auxpass" for c in token.children)
        and not any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
        and any(c.dep_ == "conj" and c.lemma_.lower() == "release" for c in token.children)
    )


def _transport(token: Token, numbers: _Numbers) -> list[Reading]:
    if _hypothetical(token):
        return []
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if dobj is not None and not _has_passive(token):
        return _reading_for(token, dobj, "hit", numbers, dobj)
    if _has_passive(token) or token.tag_ == "VBN":
        subj = _subject(token, ("nsubjpass", "nsubj"))
        if subj is not None:
            return _reading_for(token, subj, "hit", numbers, subj)
    return []


def _gun_context(text: str, sent: Span) -> bool:
    """The sentence, or the one before it, tells of guns ("A man opened fire on deputies.
    Two deputies were hit"): "hit" and "struck" are then by bullets."""
    if GUN_WORDS.search(text[sent.start_char : sent.end_char]):
        return True
    start = sent.start_char
    before = text[max(0, start - 500) : start]
    last = re.split(r"(?<=[.!?])\s+|\n\s*\n", before.rstrip())
    back = 2 if _struck_in_body_part(text[sent.start_char : sent.end_char]) else 1
    return any(GUN_WORDS.search(s) for s in last[-back:])


STRUCK_IN_BODY_PART = re.compile(
    r"\b(?:struck|hit|grazed)\s+(?:once\s+|twice\s+)?(?:in|on)\s+(?:the|his|her|their)\s+"
    r"(?:arms?|legs?|shoulders?|backs?|hands?|feet|foot|chest|stomach|abdomen|hips?|neck|"
    r"thighs?|knees?|buttocks|torso|side|face|head|wrists?|ankles?)\b",
    re.IGNORECASE,
)


def _struck_in_body_part(sentence: str) -> bool:
    """'One deputy was struck in the arm': a wound site named after 'struck' or 'hit' is the
    language of a bullet wound, so the gunfire it follows may be told two sentences back
    ('A suspect shot at deputies. The suspect was killed. One deputy was struck in the arm')
    and not only in the sentence just before, as a bare 'was hit' needs."""
    return bool(STRUCK_IN_BODY_PART.search(sentence))


def _struck(token: Token, numbers: _Numbers) -> list[Reading]:
    """'a bystander was hit by a stray bullet', 'a bullet struck the girl'."""
    if _hypothetical(token) or _negated(token):
        return []
    if token.lemma_ == "wound":
        return []
    children = list(token.children)
    if _has_passive(token) or token.tag_ == "VBN":
        subj = _subject(token, ("nsubjpass",))
        if subj is not None and _person_like(subj):
            return _reading_for(token, subj, "hit", numbers, subj)
        return []
    subj = next((c for c in children if c.dep_ == "nsubj"), None)
    dobj = next((c for c in children if c.dep_ == "dobj"), None)
    projectiles = ("bullet", "round", "shot", "gunfire", "shrapnel", "pellet")
    if (
        subj is not None
        and dobj is not None
        and subj.lemma_.lower() in projectiles
        and _person_like(dobj)
    ):
        return _reading_for(token, dobj, "hit", numbers, dobj)
    owner = _body_part_owner(dobj) if dobj is not None else None
    # ("Shots fired into a car grazed a passenger's neck": the subject of the first verb)
    shooter = subj if subj is not None else _subject(token, ("nsubj",))
    if shooter is not None and owner is not None and _projectile(shooter, projectiles):
        return _reading_for(token, owner, "hit", numbers, owner)
    return []


BODY_PARTS = frozenset(
    {
        "arm", "leg", "shoulder", "back", "hand", "foot", "chest", "stomach", "abdomen",
        "hip", "neck", "thigh", "knee", "buttock", "torso", "side", "face", "head", "wrist",
        "ankle", "ear", "cheek", "finger", "toe", "calf", "elbow", "forearm", "jaw", "scalp",
        "shin", "heel",
    }
)  # fmt: skip


def _body_part_owner(obj: Token) -> Token | None:
    """'the bullet grazed the clerk's shoulder': the object is a body part and its possessor
    a person, who is the one hit (a wound named by where it is, the way police tell grazes)."""
    if obj.lemma_.lower() not in BODY_PARTS:
        return None
    poss = next((c for c in obj.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ == "PRON" or not _person_like(poss):
        return None
    return poss


def _projectile(subj: Token, projectiles: tuple[str, ...]) -> bool:
    """The subject is a bullet ('a bullet', 'shots fired into the car', 'one round'): the
    projectile itself, or 'one' of them ('one of the rounds')."""
    if subj.lemma_.lower() in projectiles:
        return True
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return pobj is not None and pobj.lemma_.lower() in projectiles


def _life_of(token: Token) -> Token | None:
    """'claimed the life of a deputy', 'took the lives of three people'."""
    for c in token.children:
        if c.dep_ == "dobj" and c.lemma_ in ("life", "lives"):
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for g in p.children:
                        if g.dep_ == "pobj":
                            return g
    return None


def _lives(token: Token) -> Token | None:
    """'claimed 12 lives', 'cost the lives of ...' is `_life_of`: the counted lives."""
    if _hypothetical(token) or _negated(token):
        return None
    for c in token.children:
        if (
            c.dep_ == "dobj"
            and c.lower_ == "lives"
            and any(g.dep_ in ("nummod", "quantmod") for g in c.children)
        ):
            return c
    return None


def _suicide_phrase(token: Token) -> bool:
    """'turned the gun on himself', 'took his own life'."""
    kids = list(token.children)
    if token.lemma_ == "take":
        return any(c.lemma_ == "life" and any(g.lower_ == "own" for g in c.children) for c in kids)
    for c in kids:
        if (
            c.dep_ == "prep"
            and c.lower_ == "on"
            and any(g.lower_ in ("himself", "herself", "themselves") for g in c.children)
        ):
            return any(k.dep_ == "dobj" and k.lemma_ in ("gun", "weapon") for k in kids)
    return False


def _attempted_suicide(token: Token) -> bool:
    """'turned the gun on himself in an attempted suicide', '... in a suicide attempt': he
    was harmed, not killed (a later report tells if he died); or 'turned the gun on himself
    and survived' (`_survived_conjunct`)."""
    return _survived_conjunct(token) or any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(g.lemma_.lower() in ("attempt", "attempted") for g in c.subtree)
        for c in token.children
    )


def _survived_conjunct(token: Token) -> bool:
    """ "who then turned the gun on himself and survived": the verb of self-harm joined to
    "survived" (not negated, no subject of its own): he was harmed, not killed."""
    return any(
        c.dep_ == "conj"
        and c.lemma_.lower() == "survive"
        and not _negated(c)
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in token.children
    )


def _self_reading(token: Token, numbers: _Numbers, field_name: str) -> Reading:
    return Reading(
        field_name,
        1,
        1,
        1,
        token.idx,
        min(numbers.sent_end.get(token.i, token.idx + 60), token.idx + 60),
        "implied",
        group="suspect",
        referents=[("self",)],
        victims="the attacker (self-inflicted)",
    )


def _not_saved(token: Token) -> bool:
    """'doctors were unable to save her', 'were not able to save him', 'could not save the
    boy', 'failed to save': the one medics could not save died (news says it so instead of
    'died')."""
    if any(c.dep_ == "neg" for c in token.children):
        return any(c.dep_ == "aux" and c.lower_ in ("could", "can", "did") for c in token.children)
    if token.dep_ != "xcomp":
        return False
    head = token.head
    if head.lemma_ in ("unable", "fail"):
        return True
    return head.lemma_ == "able" and (
        any(c.dep_ == "neg" for c in head.children)
        or any(c.dep_ == "neg" for c in head.head.children)
    )


def _saved_object(token: Token, numbers: _Numbers) -> list[Reading]:
    """The person not saved, as one dead (negation and 'tried' are the phrase itself here)."""
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None or not _person_like(obj) or obj.lemma_.lower() in ("life", "lives"):
        return []
    count = _count_np(obj, numbers)
    if count is None or count.zero or count.value is None:
        return []
    return [_reading(token, obj, "fatalities", count, "victims")]


def _wound_object(token: Token) -> bool:
    for child in token.children:
        if child.dep_ in ("dobj", "prep"):
            nodes = [child, *child.children]
            if any(n.lemma_ in ("wound", "gunshot", "injury", "graze") for n in nodes):
                return True
    return False


def _dead_oprd(token: Token) -> bool:
    """ "pronounced dead", "found dead", "declared deceased" (police and coroners' word)."""
    return any(
        c.lower_ in ("dead", "deceased") and c.dep_ in ("oprd", "acomp", "xcomp", "advmod")
        for c in token.children
    )


def _left(token: Token, numbers: _Numbers) -> list[Reading]:
    """'left two dead and three injured', 'leaving one person dead'."""
    readings: list[Reading] = []
    kids = list(token.children)
    dobj = next((c for c in kids if c.dep_ == "dobj"), None)
    state = next(
        (
            c
            for c in kids
            if c.lower_ in ADJECTIVES and c.dep_ in ("oprd", "ccomp", "xcomp", "acomp", "advcl")
        ),
        None,
    )
    aged = _aged_states(token, numbers)
    if aged:
        return aged
    if dobj is None and state is not None:
        # "left at least six people dead" parsed as a clause: the people are its subject
        dobj = next((c for c in state.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    people = [dobj] if dobj is not None else []
    if dobj is not None and state is None:
        # "left a mother, her daughter and her granddaughter dead": the parser hangs "dead" on
        # the first person as a conjunct and makes the rest of the list its subject
        state = next(
            (c for c in dobj.children if c.dep_ == "conj" and ADJECTIVES.get(c.lower_)), None
        )
        if state is not None:
            people += [c for c in state.children if c.dep_ in ("nsubj", "nsubjpass")]
    if dobj is not None and state is not None and _own_predicate(dobj):
        # "left one dead and three injured": "dead" is the first count's own; the state the
        # verb governs is that of the count right before it
        fate = next((c for c in dobj.children if c.dep_ == "conj" and c.i + 1 == state.i), None)
        if fate is not None:
            people = [fate]
    if people and state is not None and ADJECTIVES[state.lower_]:
        field_name = ADJECTIVES[state.lower_]
        for r in _reading_for(state, people[0], field_name, numbers, group_of=people[0]):
            r.group = "total"
            readings.append(r)
        for who in people[1:]:  # the rest of the list: more of the same people, one count
            for extra in _reading_for(state, who, field_name, numbers, group_of=who):
                for r in readings:
                    r.value = _plus(r.value, extra.value)
                    r.low = _plus(r.low, extra.low)
                    r.high = _plus(r.high, extra.high)
                    r.referents = r.referents + extra.referents
                    r.start, r.end = min(r.start, extra.start), max(r.end, extra.end)
    return readings


def _aged_states(left: Token, numbers: _Numbers) -> list[Reading]:
    """'A shooting left a 19-year-old wounded', 'left a 30-year-old injured and a 25-year-old
    dead': the parser makes each state word the object of "left" (or its complement, or a
    conjunct of either), with the age ("19-year-old") its modifier. Each such state of
    `lexicons.ADJECTIVES` is read of the age's last word ("old"), one person, in the state's
    own field (each a count of everyone so harmed, group "total", as `_left`'s readings)."""
    states = [c for c in left.children if c.dep_ in ("dobj", "oprd")]
    states += [g for c in states for g in c.children if g.dep_ == "conj"]
    readings: list[Reading] = []
    for state in states:
        field_name = ADJECTIVES.get(state.lower_)
        if not field_name:
            continue
        age = next(
            (
                c
                for c in state.children
                if c.dep_ == "amod"
                and c.i < state.i
                and (c.lower_ == "old" or c.lower_.endswith("-old"))
            ),
            None,
        )
        if age is None:
            continue
        for r in _reading_for(state, age, field_name, numbers, group_of=age):
            r.group = "total"
            readings.append(r)
    return readings


def _plus(a: int | float | None, b: int | float | None) -> int | float | None:
    return None if a is None or b is None else a + b


CORONER_WORDS = frozenset({"coroner", "examiner"})


def _coroner_identified(token: Token, numbers: _Numbers) -> list[Reading]:
    """'The Lucas County coroner has identified the victim of Saturday's shooting as ...',
    'the medical examiner's office identified the man as ...': the coroner identifies the
    dead (the one page a death may be told on is the one that names the victim). Active
    "identify" whose subject is the coroner or the medical examiner (or their office); the
    people are its object."""
    if _has_passive(token) or _negated(token):
        return []
    # (after a dateline the parser makes the town a subject too, or the coroner its apposition)
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    heads = [*subjects, *(c for s in subjects for c in s.children if c.dep_ == "appos")]
    offices = [*heads, *(c for h in heads for c in h.children if c.dep_ in ("poss", "compound"))]
    if not any(t.lemma_.lower() in CORONER_WORDS for t in offices):
        return []
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if dobj is None or not _person_like(dobj) or dobj.pos_ == "PRON":
        return []
    return _reading_for(token, dobj, "fatalities", numbers, group_of=dobj)


KILLED_PHRASE = r"(?:shot\s+and\s+killed|shot\s+to\s+death|shot\s+dead|fatally\s+shot|killed|slain)"
# "The man shot and killed Saturday ... has been identified": the dead told as a definite
# noun phrase and its participle before a passive "identified"
IDENTIFIED_PASSIVE = re.compile(
    r"^\W*the\s+(?P<np>(?:[\w-]+\s+){0,3}?[\w-]+)\s+"
    + KILLED_PHRASE
    + r"\b[^;]*?\b(?:was|were|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# "Police have identified the 19-year-old shot to death Friday ... as Jamal Reese"
IDENTIFIED_ACTIVE = re.compile(
    r"^\s+the\s+(?P<np>(?:[\w-]+\s+){0,3}?[\w-]+)\s+" + KILLED_PHRASE + r"\b[^;]*?\bas\s+[A-Z]",
    re.IGNORECASE,
)


def _identified_the_killed(token: Token, numbers: _Numbers) -> list[Reading]:
    """'The man shot and killed Saturday has been identified as Dwayne Fox', 'Police have
    identified the 19-year-old shot to death Friday as Jamal Reese': the people a report names
    are those its participle says were killed. Read from the text (the parser often takes
    "The man shot" for a man who fired): a definite noun phrase of at most four words, then
    "shot and killed", "shot to death", "fatally shot" or "killed", then "identified" (passive,
    the phrase before it; active, the phrase its object, followed by "as" and a name)."""
    if _negated(token) or _hypothetical(token):
        return []
    doc = token.doc
    sent = token.sent
    text = doc_text(doc)
    if _has_passive(token):
        m = IDENTIFIED_PASSIVE.match(text[sent.start_char : token.idx])
        offset = sent.start_char
    else:
        end = token.idx + len(token.text)
        m = IDENTIFIED_ACTIVE.match(text[end : sent.end_char])
        offset = end
    if m is None:
        return []
    span = doc.char_span(offset + m.start("np"), offset + m.end("np"), alignment_mode="expand")
    if span is None:
        return []
    head = span[-1]
    if head.lemma_.lower() in SUSPECT_WORDS or not (_person_like(head) or head.lower_ == "old"):
        return []
    return _reading_for(token, head, "fatalities", numbers, group_of=head)


def _killer_clause(clause: Token) -> bool:
    """'The gunman who killed three people': a clause of killing with an object tells of the
    one who killed, not of someone killed ('those killed', 'the man who died')."""
    return clause.lemma_.lower() in ("kill", "slay") and any(
        c.dep_ == "dobj" for c in clause.children
    )


def _identified_dead(token: Token, numbers: _Numbers) -> list[Reading]:
    """'The dead were identified as Ann Lee, 34, and Tom Park, 40', 'those killed were
    identified as ...': the people named are the dead (often the only count a report gives
    when it lists the victims by name). Not 'the victims' (some of them may have lived)."""
    if not _has_passive(token) or _negated(token) or _hypothetical(token):
        return []
    subj = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return []
    dead = subj.lower_ in ("dead", "deceased", "slain") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subj.children
    )
    dead = dead or any(
        c.dep_ in ("acl", "relcl")
        and c.lemma_.lower() in ("kill", "slay", "die")
        and not _killer_clause(c)
        for c in subj.children
    )
    if not dead:
        return []
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if pobj is None or pobj.pos_ != "PROPN":
        return []
    readings = _reading_for(token, pobj, "fatalities", numbers, group_of=pobj)
    _count_the_aged(readings, pobj)
    if subj.lemma_.lower() in SUSPECT_WORDS:
        # "The suspect killed in the shootout was identified as Tom Park": the one named is
        # the dead suspect, not a victim besides him
        for r in readings:
            r.group = "suspect"
    return readings


# "Derrick Lane, 33, Tyrone Banks, 29, and Ray Moore, 35, were each shot": a name and an age
NAMED_AGED = r"[A-Z][a-z'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][A-Za-z'-]+)+,\s+\d{1,2},?"
NAME_LIST_BEFORE = re.compile(
    r"(?P<list>(?:" + NAMED_AGED + r"\s+)+(?:and\s+)" + NAMED_AGED + r")\s+"
    r"(?:were|have\s+been|had\s+been)\s+(?:(?:each|both|all)\s+)?(?:been\s+)?$"
)
NAME_AGE = re.compile(r"(?P<name>[A-Z][^,]*?),\s+(?P<age>\d{1,2})\b")
LIST_FIELDS = {"shot": "hit", "wounded": "injuries", "injured": "injuries", "killed": "fatalities"}


def _each_of_a_name_list(token: Token, numbers: _Numbers) -> list[Reading]:
    """'Derrick Lane, 33, Tyrone Banks, 29, and Ray Moore, 35, were each shot': the people
    are the names listed with their ages, one each. Read from the text (the parser takes the
    names for appositions of the first and "shot" for a noun): two or more "Name Surname,
    age," items, the last after "and", right before "were (each|both|all) shot", "wounded",
    "injured" or "killed"."""
    field_name = LIST_FIELDS.get(token.lower_)
    if field_name is None or _negated(token) or _hypothetical(token):
        return []
    sent = token.sent
    before = numbers.text[sent.start_char : token.idx]
    m = NAME_LIST_BEFORE.search(before)
    if m is None:
        return []
    items = NAME_AGE.findall(m.group("list"))
    names = [re.sub(r"^and\s+", "", name).strip() for name, _ in items]
    if len(names) < 2:
        return []
    n = len(names)
    return [
        Reading(
            field_name,
            n,
            n,
            n,
            sent.start_char + m.start("list"),
            token.idx + len(token.text),
            "implied",
            referents=[
                ("name", name.lower(), age) for name, (_, age) in zip(names, items, strict=True)
            ],
            victims=m.group("list"),
            trigger=token.i,
        )
    ]
