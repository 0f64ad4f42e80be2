"""Readings of casualty adjectives and nouns: "two people are dead", "12 deaths", "no
injuries", "the deaths of two men", "a triple shooting", "the killing of two teens", tolls
("the death toll rose to 15", "fatalities coded as 10") and conditions ("in critical
condition")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsfold.analyse.counts.lexicons import FATAL_MODIFIERS, MULTIPLE_NOUNS, MULTIPLES
from newsfold.analyse.counts.people import (
    _count_np,
    _count_the_aged,
    _is_nobody,
    _person_like,
    _reading,
    _reading_for,
)
from newsfold.analyse.counts.readings import Count, Reading, _Numbers
from newsfold.analyse.counts.syntax import (
    _antecedent,
    _died_subject,
    _hypothetical,
    _negated,
    _subject,
)
from newsfold.analyse.what.sentences import doc_text


def _adjective(token: Token, numbers: _Numbers, field_name: str) -> list[Reading]:
    if _dead_end(token):
        return []
    if field_name == "injuries" and any(
        c.lower_ in ("fatally", "mortally") for c in token.children
    ):
        field_name = "fatalities"  # "the fatally wounded teen"
    if _negated(token) or (token.head.i != token.i and _negated(token.head)):
        subj = _subject(token.head, ("nsubj", "nsubjpass"))
        if subj is None or not _is_nobody(subj):
            return []
    dep = token.dep_
    victim: Token | None = None
    if dep in ("acomp", "oprd") and token.head.lemma_ in ("be", "remain", "lie", "find", "leave"):
        head = token.head
        if head.lemma_ == "leave":
            return []  # read by _left
        victim = _subject(head, ("nsubj", "nsubjpass"))
        if victim is None and head.lemma_ == "find":
            victim = next((c for c in head.children if c.dep_ == "dobj"), None)
    elif dep in ("amod", "appos") and token.head.pos_ in ("NOUN", "PROPN", "NUM"):
        victim = _found_before_a_time(token) or token.head
        if field_name == "injuries" and _died_subject(victim):
            return []  # "two wounded children died": the dead, no longer injured
    elif dep == "oprd":
        return []
    elif dep in ("ROOT", "conj", "npadvmod", "amod", "appos") or _count_as_object(token):
        # headline style: "Two dead, six injured"; the count hangs on the adjective itself
        nummod = next((c for c in token.children if c.dep_ in ("nummod", "quantmod")), None)
        if nummod is not None:
            victim = nummod
    if victim is None and (
        (dep in ("ROOT", "conj", "amod", "appos", "npadvmod") and token.head.pos_ == "NUM")
        or (dep == "acl" and token.head.pos_ in ("NUM", "NOUN"))
    ):
        victim = token.head
    if victim is None:
        return []
    if victim.pos_ == "VERB":
        return []
    readings = _reading_for(token, victim, field_name, numbers, group_of=victim)
    for r in readings:
        if field_name == "fatalities" and token.lower_ == "dead":
            r.group = "total" if r.group == "victims" else r.group
    return readings


def _dead_end(token: Token) -> bool:
    """'Neighbors of the dead end street', 'a dead-end road': "dead end" is a way with no
    outlet (or a job or a lead going nowhere), no death; the parser hangs "dead" on the noun
    after "end" as it does on a person ("the dead man"), so the pair is told by its words."""
    if token.lower_ != "dead":
        return False
    doc = token.doc
    after = token.i + 1
    if after < len(doc) and doc[after].text == "-":
        after += 1
    return after < len(doc) and doc[after].lower_ in ("end", "ends")


def _count_as_object(token: Token) -> bool:
    """'revised the count to three dead', 'had reported four dead': a number and "dead" as
    the object of a verb or preposition, parsed as an object or an adverb with the number
    hung on the adjective: the count of the dead, as in a headline's "Two dead"."""
    return token.dep_ in ("pobj", "advmod", "dobj") and any(
        c.dep_ == "nummod" and c.i == token.i - 1 for c in token.children
    )


def _found_before_a_time(token: Token) -> Token | None:
    """'Deputies found a husband and wife dead Monday morning': the parser hangs "dead" on
    the time after it ("dead Monday morning"), a time that modifies "found". The people are
    the object of "found", not the time (read as one dead, the couple's toll is one)."""
    time = token.head
    if time.ent_type_ not in ("TIME", "DATE") or time.dep_ != "npadvmod":
        return None
    if time.head.lemma_ != "find" or token.i > time.i:
        return None
    return next((c for c in time.head.children if c.dep_ == "dobj" and c.i < token.i), None)


def _noun(token: Token, numbers: _Numbers, field_name: str) -> list[Reading]:
    """'12 deaths', 'three bodies', 'no injuries', 'the deaths of two men'."""
    kids = list(token.children)
    if any(c.dep_ == "det" and c.lower_ == "no" for c in kids) or any(
        c.dep_ == "amod" and c.lower_ in ("no",) for c in kids
    ):
        if token.head.lemma_ in ("report", "be", "record", "cause", "have", "suffer", "sustain"):
            return [_zero(token, field_name)]
        if token.dep_ == "pobj" and token.head.lower_ in ("with", "without"):
            return [_zero(token, field_name)]
        return [_zero(token, field_name)]
    if token.dep_ == "pobj" and token.head.lower_ == "without" and token.head.head.pos_ == "VERB":
        return [_zero(token, field_name)]
    if any(c.dep_ == "amod" and c.lemma_ in ("attempted",) for c in kids):
        return []
    if _escaped(kids):
        return []
    count_tok = next((c for c in kids if c.dep_ in ("nummod",)), None)
    if count_tok is not None:
        count = _count_np(count_tok, numbers, as_number=True)
        if count is None:
            return []
        group = "total" if field_name == "fatalities" else "victims"
        if token.lemma_ == "body":
            group = "victims"
        return [_reading(token, token, field_name, count, group)]
    # "a man's body", "the deaths of two men", "the bodies of three people"
    poss = next((c for c in kids if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
    if poss is not None and token.lemma_ in ("body", "death", "killing", "murder"):
        return _reading_for(token, poss, field_name, numbers, group_of=poss)
    of = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None and token.dep_ == "dobj" and token.head.lower_ in ("shooting", "stabbing"):
        # "in shooting death of 3-year-old boy": the parser hangs "of" on "shooting", read as
        # a verb whose object is "death"
        of = next((c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        of = of if of is not None and of.i > token.i else None
    if of is not None and token.lemma_ in ("death", "body", "killing", "murder", "slaying"):
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            readings = _reading_for(token, pobj, field_name, numbers, group_of=pobj)
            _count_the_aged(readings, pobj)
            return readings
    if token.lower_ == "body" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids):
        # "authorities found a body in the room": one dead
        count = Count(1, 1, 1, "implied", referents=[("indefinite", "", "", "body")])
        return [_reading(token, token, field_name, count, "victims")]
    # "N of the dead": the number is the head
    return []


ESCAPE_VERBS = frozenset({"escape", "avoid", "evade", "dodge"})


def _escaped(kids: list[Token]) -> bool:
    """'A family of five escaped injury when a gunman fired into their house': the people
    escaped harm, no count of the injured, though the parser reads "five escaped injury" as a
    noun phrase, the number a count of injuries with "escaped" its modifier. True when one of
    the noun's children is such a verb of escape (`ESCAPE_VERBS`) hung on it as a modifier."""
    return any(c.dep_ == "amod" and c.lemma_.lower() in ESCAPE_VERBS for c in kids)


def _multiple(token: Token) -> list[Reading]:
    """'a triple shooting' (three people shot), 'a double homicide' (two killed), 'a double
    murder-suicide' (three dead: two killed and the one who killed himself)."""
    doc = token.doc
    lemma = token.lemma_.lower()
    mod = next((c for c in token.children if c.lower_ in MULTIPLES and c.i < token.i), None)
    # "murder-suicide" is one token or "murder - suicide", with "murder" a compound
    suicide = lemma == "murder-suicide" or (
        lemma == "suicide" and any(c.lower_ == "murder" and c.i < token.i for c in token.children)
    )
    if (mod is None and not suicide) or (lemma == "suicide" and not suicide):
        return []
    if _hypothetical(token) or any(c.lemma_ in ("attempt", "attempted") for c in token.children):
        return []
    n = (MULTIPLES[mod.lower_] if mod is not None else 1) + (1 if suicide else 0)
    first = mod if mod is not None else token
    if mod is None and lemma == "suicide":
        first = next(c for c in token.children if c.lower_ == "murder")
    if first.i > 0 and doc[first.i - 1].lemma_.lower() in ("attempt", "attempted"):
        return []  # "an attempted murder-suicide scenario": the attempt hangs on the noun after
    start, end = first.idx, token.idx + len(token.text)
    return [
        Reading(
            "fatalities" if suicide else MULTIPLE_NOUNS[lemma],
            n,
            n,
            n,
            start,
            end,
            "number",
            group="total",
            victims=doc_text(doc)[start:end],
            trigger=token.i,
            victim=token.i,
        )
    ]


def _killing_of(token: Token, numbers: _Numbers, field_name: str = "fatalities") -> list[Reading]:
    """'the killing of two teens', 'the murder of his wife': the people after 'of' are dead.
    (The count of the noun itself, "two murders", is `_noun`'s.)"""
    if _hypothetical(token) or any(
        c.lemma_ in ("attempt", "attempted", "plot", "plan") for c in token.children
    ):
        return []
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is None or not _person_like(pobj):
        return []
    return _reading_for(token, pobj, field_name, numbers, group_of=pobj)


DEAD_PERSON_NOUNS = frozenset({"deceased", "decedent"})


def _the_deceased(token: Token, numbers: _Numbers) -> list[Reading]:
    """'The decedent, a 52-year-old man, had a gunshot wound', 'the deceased was taken to the
    morgue': a police release's or coroner's noun for the dead person (used as a noun: with
    "the" and a role in the clause, not "was deceased" or "the deceased man"). One dead, or the
    plural's people ("the deceased were identified"): read as the noun's own count, so a
    restatement of the dead the text counts elsewhere adds none."""
    if token.lower_ not in DEAD_PERSON_NOUNS or _hypothetical(token):
        return []
    if token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "ROOT"):
        return []
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return []
    head = token.head
    verbs = [head, *(c for c in head.children if c.dep_ in ("aux", "auxpass"))]
    if any(v.lower_ in ("are", "were") for v in verbs):
        return []  # "the deceased were ...": how many is told elsewhere
    count = Count(1, 1, 1, "implied", referents=[("definite", "", "", "victim")])
    return [_reading(token, token, "fatalities", count, "victims")]


LABELS = {"condition": "fatalities", "status": "fatalities", "injuries": "hit", "injury": "hit"}


def _labelled_state(token: Token) -> list[Reading]:
    """A police release's labelled fields ("Victim: Tyrell Moore, 24. Condition: deceased.",
    "Injuries: gunshot wound to the arm"): the victim's state after its label and colon, one
    person (the release's victim). "Condition/Status: deceased/dead" reads one dead;
    "Injuries: ... wound" one harmed (alive or not is told by a death elsewhere)."""
    doc = token.doc
    if token.lower_ in ("deceased", "dead"):
        at = token.i - 2
    elif token.lemma_.lower() == "wound":
        at = next(
            (
                k
                for k in range(token.i - 2, max(token.sent.start, token.i - 5) - 1, -1)
                if doc[k + 1].text == ":"
            ),
            -1,
        )
    else:
        return []
    if at < 0 or doc[at + 1].text != ":":
        return []
    field_name = LABELS.get(doc[at].lower_)
    if field_name is None or (field_name == "hit") != (token.lemma_.lower() == "wound"):
        return []
    count = Count(1, 1, 1, "implied", referents=[("definite", "", "", "victim")])
    return [_reading(token, doc[at], field_name, count, "victims")]


def _fatal_shooting_of(token: Token, numbers: _Numbers) -> list[Reading]:
    """'the fatal shooting of a classmate', 'the deadly stabbing of two men': killed; 'the
    accidental shooting of a child and his father', 'the stabbing of a clerk': harmed, like
    "a child and his father were shot" (the harmed who are not among the dead are injured)."""
    if not any(c.dep_ == "amod" and c.lower_ in FATAL_MODIFIERS for c in token.children):
        return _killing_of(token, numbers, "hit")
    return _killing_of(token, numbers)


def _zero(token: Token, field_name: str) -> Reading:
    left = token.left_edge.idx
    return Reading(
        field_name,
        0,
        0,
        0,
        left,
        token.idx + len(token.text),
        "zero",
        victims=token.doc[token.left_edge.i : token.i + 1].text,
    )


def _toll(token: Token, numbers: _Numbers) -> list[Reading]:
    """'the death toll rose to 15', 'a toll of 12', 'the toll stands at 11'."""
    kind = " ".join(c.lemma_ for c in token.children if c.dep_ in ("compound", "amod"))
    if token.lemma_ != "toll" and "death" not in kind:
        return []
    field_name = "injuries" if re.search(r"injur|wound", kind) else "fatalities"
    candidates: list[Token] = []
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            candidates.extend(g for g in c.children if g.dep_ == "pobj")
    head = token.head
    if token.dep_ in ("nsubj", "nsubjpass"):
        for c in head.children:
            if c.dep_ in ("attr", "dobj", "npadvmod") and c.like_num:
                candidates.append(c)
            if c.dep_ == "prep" and c.lower_ in ("to", "at"):
                candidates.extend(g for g in c.children if g.dep_ == "pobj")
    readings = []
    for cand in candidates:
        count = _count_np(cand, numbers, as_number=True)
        if count is None or count.value is None:
            continue
        readings.append(_reading(token, cand, field_name, count, "total", basis="toll"))
    return readings[-1:]


def _coded_toll(token: Token, numbers: _Numbers) -> list[Reading]:
    """'fatalities coded as 10', 'deaths put at 12', 'the number of dead stands at 7'."""
    subj = _subject(token, ("nsubj", "nsubjpass"))
    if subj is not None and subj.lemma_.lower() in ("number", "total", "toll"):
        of = [g for c in subj.children if c.lower_ == "of" for g in c.children]
        subj = of[0] if of else subj
    if subj is None or subj.lemma_.lower() not in ("fatality", "death", "casualty", "dead"):
        return []
    if subj.lemma_.lower() == "casualty":
        return []
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in ("as", "at", "to"):
            for g in c.children:
                if g.dep_ == "pobj":
                    count = _count_np(g, numbers, as_number=True)
                    if count is not None and count.value is not None:
                        return [_reading(token, g, "fatalities", count, "total", basis="toll")]
    return []


# "the number of people confirmed dead rose to 21": a count that changes states the toll of
# now, whatever the parser makes of the long subject (it often takes "confirmed" for the verb)
TALLY_NOUNS = frozenset({"number", "total", "count", "tally", "toll"})
RISE_VERBS = frozenset(
    {"rise", "climb", "reach", "increase", "grow", "jump", "stand", "hit", "go", "swell", "mount"}
)


def _number_of(token: Token, numbers: _Numbers) -> list[Reading]:
    """'the number of people confirmed dead rose to 21', 'the total of those killed has
    climbed to 9', 'the number of injured stands at 14': a casualty word inside "the number
    of ..." whose verb of change or state is followed by its figure. Read from the words in
    order (the tally noun up to six words before the casualty word, the verb within four
    after it, "to"/"at" and the number right after the verb), as parses of such subjects go
    astray. Not "the number of people killed is unknown" (no figure), nor "the number of
    guns rose to 40" (the casualty word must be inside the "of" phrase)."""
    doc, sent = token.doc, token.sent
    of = next(
        (
            doc[k]
            for k in range(token.i - 1, max(sent.start, token.i - 6) - 1, -1)
            if doc[k].lower_ == "of"
        ),
        None,
    )
    if of is None or of.i == sent.start or doc[of.i - 1].lemma_.lower() not in TALLY_NOUNS:
        return []
    if any(
        doc[k].is_punct or (doc[k].pos_ == "VERB" and doc[k].lemma_ in RISE_VERBS)
        for k in range(of.i + 1, token.i)
    ):
        return []
    for k in range(token.i + 1, min(sent.end, token.i + 5)):
        verb = doc[k]
        if verb.is_punct:
            return []
        if verb.lemma_.lower() not in RISE_VERBS:
            continue
        nxt = k + 1
        if nxt < sent.end and doc[nxt].lower_ in ("to", "at"):
            nxt += 1
        if nxt < sent.end and doc[nxt].lower_ in ("at", "least", "more", "than"):
            return []  # a bound, not the figure: left to the other rules
        if nxt >= sent.end or not doc[nxt].like_num:
            return []
        count = _count_np(doc[nxt], numbers, as_number=True)
        if count is None or count.value is None:
            return []
        field_name = "injuries" if re.search(r"injur|wound|hurt", token.lower_) else "fatalities"
        return [_reading(token, doc[nxt], field_name, count, "total", basis="toll")]
    return []


def _condition(token: Token, numbers: _Numbers) -> list[Reading]:
    """'in critical condition', 'listed in stable condition': the person is alive and hurt."""
    node = token.head
    if node.pos_ == "ADP":
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        return []
    subj = _subject(node, ("nsubj", "nsubjpass"))
    if subj is None:
        return []
    # "Andre Little, 19, who is in critical condition": the one the relative clause is about
    subj = _antecedent(subj)
    return _reading_for(node, subj, "injuries", numbers, group_of=subj, span_end=token)
