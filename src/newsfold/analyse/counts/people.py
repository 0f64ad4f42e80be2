"""Who a casualty word is about and how many they are: the reading of the noun phrase a
casualty word is tied to (`_reading_for`), counted from its number ("at least three people"),
its coordination ("two men and a woman") or what its words imply ("a man" 1, "the couple" 2, a
name 1); attackers and suspects marked as such; names compared (`same_name`)."""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import DEP, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from newsfold.analyse import lexicon as lx
from newsfold.analyse.counts.lexicons import (
    ADJECTIVES,
    ATTACK_VERBS,
    FEMALE,
    INTRANSITIVE,
    MALE,
    NEW_PERSON_WORDS,
    NON_PERSON,
    OTHER_WORDS,
    PAIRS,
    PERSON_WORDS,
    PROTEST_WORDS,
    REVENGE_WORDS,
    SUSPECT_WORDS,
    TRANSITIVE,
    VAGUE_DETERMINERS,
)
from newsfold.analyse.counts.readings import Count, Reading, _Numbers
from newsfold.analyse.counts.syntax import (
    _dash_after_dateline,
    _negated,
    _orphan_subject,
    _plural_clause,
    _wished_or_feared,
)
from newsfold.calendar_words import WEEKDAYS


def _on_trigger_line(trigger: Token) -> Token | None:
    """The head of the words between the start of the casualty word's line and the word, when
    they are a person ('A 17-year-old' in '...\n\nA 17-year-old was shot')."""
    doc = trigger.doc
    i = trigger.i
    while i > 0 and "\n" not in doc[i - 1].text_with_ws:
        i -= 1
    if i >= trigger.i:
        return None
    for tok in doc[i : trigger.i]:
        if (
            (tok.head.i < i or tok.head.i > trigger.i)
            and tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "PRON")
            and _person_like(tok)
        ):
            return tok
    return None


def _past_dateline(token: Token) -> Token:
    """'PORT ELLIS, Redland, July 10 - Two guards were wounded': a capitalised dateline parsed
    as the subject, with the real one hung on it as an apposition after the dash (the dash
    may fall inside the apposition's own words when the state is parsed as part of them:
    "NASHVILLE, Tenn. - Three people were found shot", "Tenn." a compound of "Three")."""
    for child in token.children:
        if child.dep_ == "appos" and _dash_after_dateline(token, child):
            return child
    return token


def _reading_for(
    trigger: Token,
    victim: Token,
    field_name: str,
    numbers: _Numbers,
    group_of: Token,
    span_end: Token | None = None,
    negated_ok: bool = False,
) -> list[Reading]:
    """The reading of the people `victim` heads, as the `field_name` of `trigger`
    (`negated_ok`: the negation is the reading's sense, "did not survive")."""
    victim = _past_dateline(victim)
    if field_name in ("hit",) and not _person_like(victim):
        return []
    lo, hi = sorted((victim.idx, trigger.idx))
    if "\n" in numbers.text[lo:hi]:
        # a parse across a line break ("TOWN OF X, Wis. -\n\nA 17-year-old was shot"): the
        # people are on the casualty word's own line, or the reading is not trusted
        if victim.is_upper or not _person_like(victim):
            victim = _on_trigger_line(trigger) or victim
        lo, hi = sorted((victim.idx, trigger.idx))
        if "\n" in numbers.text[lo:hi]:
            return []
    if _negated(trigger) and not negated_ok and not _is_nobody(victim):
        return []
    if _wished_or_feared(trigger):
        return []
    whole = _clause_of_the_whole(trigger, victim)
    if whole:
        victim = _whole_of_a_part(victim)
    count = _count_np(victim, numbers, whole=whole)
    if count is None:
        return []
    if count.zero:
        r = _reading(trigger, victim, field_name, count, "victims", basis="zero", span_end=span_end)
        return [r]
    group = "suspect" if count.suspect else ("total" if count.includes_suspect else "victims")
    reading = _reading(trigger, victim, field_name, count, group, span_end=span_end)
    reading.active = victim.dep_ == "dobj"
    return [reading]


def _clause_of_the_whole(trigger: Token, victim: Token) -> bool:
    """'Two of four victims who were shot said ...', 'one of three people hit by gunfire has
    died': a casualty word in a clause hung on the people's noun (a relative clause or a
    participle) tells of all of them, the four, not the part the sentence goes on about
    (the part's own verb, "has died", counts the part)."""
    return trigger.head.i == victim.i and trigger.dep_ in ("relcl", "acl")


def _whole_of_a_part(victim: Token) -> Token:
    """'Two of four victims who were shot': the parser may hang the clause on the part's
    number ("Two") rather than on the noun after "of"; the people the clause tells of are the
    counted noun of the "of" phrase ("four victims"), when it has a number of its own."""
    if victim.pos_ != "NUM":
        return victim
    for prep in victim.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and any(c.dep_ == "nummod" for c in noun.children):
                return noun
    return victim


def _protest_cause(trigger: Token) -> bool:
    """A killing a protest or vigil is about ('protested after a gendarme killed a driver'), or
    one the event avenges ('in retaliation for the slaying of a man on Monday'): an earlier
    event's toll."""
    return any(
        a.lemma_.lower() in PROTEST_WORDS
        or a.lemma_.lower() in REVENGE_WORDS
        # "The vigil honored Jo Lee, who died after he was shot": a verb whose subject is the
        # vigil or the march tells whom it was for
        or (
            a.pos_ == "VERB"
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in PROTEST_WORDS for c in a.children)
        )
        for a in trigger.ancestors
    )


def _reading(
    trigger: Token,
    victim: Token,
    field_name: str,
    count: Count,
    group: str,
    basis: str | None = None,
    span_end: Token | None = None,
) -> Reading:
    lo_tok = min(victim.left_edge.i, trigger.i)
    hi_tok = max(victim.i, trigger.i)
    if span_end is not None:
        hi_tok = max(hi_tok, span_end.i)
    doc = trigger.doc
    # keep the span short: from the victim phrase to the trigger, within one sentence
    if hi_tok - lo_tok > 25:
        lo_tok = min(victim.i, trigger.i)
    for k in range(lo_tok, min(victim.i, trigger.i)):
        if "\n" in doc[k].text_with_ws:
            lo_tok = k + 1  # a caption's number above the line: not part of the span
    while lo_tok < hi_tok and (doc[lo_tok].is_punct or doc[lo_tok].is_space):
        lo_tok += 1
    start = doc[lo_tok].idx
    end = doc[hi_tok].idx + len(doc[hi_tok].text)
    reading = Reading(
        field_name,
        count.value,
        count.low,
        count.high,
        start,
        end,
        basis or count.basis,
        count.qualifier,
        group=group,
        referents=count.referents,
        additional=count.additional,
        victims=doc[victim.left_edge.i : victim.i + 1].text,
        new_person=count.new_person,
        marked=count.additional,
        trigger=trigger.i,
        victim=victim.i,
    )
    reading.also = any(c.dep_ == "advmod" and c.lower_ == "also" for c in trigger.children)
    if _protest_cause(trigger):
        reading.discard = "other_event: the cause of a protest, a vigil or a reprisal, not its toll"
    return reading


def _is_nobody(token: Token) -> bool:
    if token.lower_ in ("nobody", "none", "noone", "neither"):
        return True
    if _neither(token):
        return True
    return token.lower_ in ("one", "people", "person", "injuries", "one") and any(
        c.lower_ == "no" for c in token.children
    )


def _neither(token: Token) -> bool:
    """'neither officer was hit', 'neither the driver nor his passenger was hurt': a person
    word under "neither" counts no one."""
    return any(c.lower_ == "neither" and c.dep_ in ("det", "preconj") for c in token.children)


# "a total of 50 people", "a family of five": the count is the "of" phrase's number
GROUP_OF = frozenset({"total", "family", "group"})


def _group_of(token: Token, numbers: _Numbers) -> Count | None:
    """The number a group noun gives in its "of" phrase ("a total of 50 people were killed":
    50; "a family of five died": 5), or None when it gives none ("a group of friends": a
    group's people are not counted from the word alone)."""
    for c in token.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            inner = _count_np(g, numbers, as_number=g.like_num)
            if inner is not None and inner.basis == "number" and inner.value:
                return inner
    return None


def _person_like(token: Token) -> bool:
    lemma = token.lemma_.lower()
    lower = token.lower_
    if token.pos_ == "NUM" or token.like_num:
        return True
    if token.pos_ == "PRON":
        return lower not in ("it", "that", "this", "which", "what")
    if token.ent_type_ in ("PERSON", "NORP"):
        return True
    if lemma in PERSON_WORDS or lower in PERSON_WORDS or lower in PAIRS:
        return True
    if lower.endswith(("man", "men", "woman", "women")):
        return True
    if lemma == "old" or lower.endswith("-old"):
        return True  # "a 12-year-old"
    if lower in ("dozens", "hundreds", "several", "scores", "thousands", "few", "both", "all"):
        return True
    return bool(token.pos_ == "PROPN" and token.is_title) or _earlier_surname(token)


def _earlier_surname(token: Token) -> bool:
    """'Police said Terrance Moore and Keisha Banks were shot ... Banks died later': a word in
    title case that repeats the last word of a full name told earlier in the text (a proper
    noun after a proper noun compound) is that person, whatever the tagger made of it (a
    surname that is also a common noun, "Banks", "Price", "Wells", read as a plural noun at
    the start of a sentence). Only a subject: an object so named may be one the text calls
    an attacker elsewhere, a reading the rules measured without it. Reads the Doc's tokens
    before `token`."""
    if not (token.is_title and token.is_alpha and token.pos_ in ("NOUN", "PROPN")):
        return False
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False  # the subject, where the tagger errs ("Banks died"; not "wounded Banks")
    first = _full_name_ends(token.doc).get(token.text)
    return first is not None and first < token.i


def _full_name_ends(doc: Doc) -> dict[str, int]:
    """The index of the first proper noun of each text that ends a full name (a proper noun
    with a proper-noun `compound` before it: "Banks" of "Keisha Banks"), found once per Doc
    from its arrays and kept in `doc.user_data`: `_earlier_surname` asks it of every subject
    it weighs, and walking the tokens before each one cost a Token per word each time."""
    cached: dict[str, int] | None = doc.user_data.get("newsfold_full_name_ends")
    if cached is not None:
        return cached
    cached = {}
    if len(doc):
        array = doc.to_array([POS, DEP])
        compounds = (array[:, 0] == PROPN) & (array[:, 1] == doc.vocab.strings["compound"])
        for c in np.flatnonzero(compounds).tolist():
            head = doc[c].head
            if head.i > c and head.pos == PROPN and cached.get(head.text, head.i) >= head.i:
                cached[head.text] = head.i
    doc.user_data["newsfold_full_name_ends"] = cached
    return cached


def _count_np(
    token: Token, numbers: _Numbers, as_number: bool = False, whole: bool = False
) -> Count | None:
    """How many people the phrase headed by `token` counts, or None when it does not say
    (`whole`: of "two of four victims", the four, `_count_single`)."""
    token = _hyphen_compound_head(token)
    total = _count_single(token, numbers, as_number, whole)
    conjuncts = [
        c
        for c in token.children
        if c.dep_ == "conj"
        and c.pos_ != "ADJ"  # "left a mother, her daughter ... dead": "dead" is no one
        and not _own_predicate(c)
        and not (_own_predicate(token) and _predicate_after(c))
        # "shot Ray Bloom, the gunman, and Bloom died": the subject of the next verb
        and not (c.i + 1 < len(c.doc) and _orphan_subject(c.doc[c.i + 1]) == c)
    ]
    conjuncts += _listed_names(token) + _open_list(token)
    if not conjuncts:
        return total
    parts = [total]
    for c in conjuncts:
        parts.append(_count_single(c, numbers, as_number))
        parts.extend(_count_single(g, numbers, as_number) for g in c.children if g.dep_ == "conj")
    known = [p for p in parts if p is not None and p.value is not None]
    if not known:
        return None
    if _breakdown(token, total, parts[1:]):
        return total
    value = sum(p.value for p in known if p.value is not None)
    lows = [p.low for p in known]
    highs = [p.high for p in known]
    complete = len(known) == len(parts)
    low = sum(lo for lo in lows if lo is not None) if any(lo is not None for lo in lows) else None
    high = (
        sum(h for h in highs if h is not None)
        if complete and all(h is not None for h in highs)
        else None
    )
    referents = [ref for p in known for ref in p.referents]
    basis = "number" if any(p.basis == "number" for p in known) else "implied"
    return Count(
        value,
        low,
        high,
        basis,
        "exact" if complete and high == value else "at_least",
        referents,
        suspect=all(p.suspect for p in known),
        includes_suspect=any(p.suspect or p.includes_suspect for p in known),
    )


def _hyphen_compound_head(token: Token) -> Token:
    """The last word of a hyphenated noun the parse split into sibling tokens ("his ex-wife
    and her boyfriend" parsed as three objects "ex", "-", "wife", with "and her boyfriend"
    joined to "wife"): the coordination hangs from the last word, so the phrase is counted
    from there. `token` itself when no such split follows it."""
    doc = token.doc
    while (
        token.i + 2 < len(doc)
        and doc[token.i + 1].text == "-"
        and not token.whitespace_
        and not doc[token.i + 1].whitespace_
        and doc[token.i + 1].dep_ == token.dep_
        and doc[token.i + 2].dep_ == token.dep_
        and doc[token.i + 2].head == token.head
        and doc[token.i + 2].is_alpha
    ):
        token = doc[token.i + 2]
    return token


def _open_list(token: Token) -> list[Token]:
    """'Two men, a woman and a boy were shot': the parser hangs the rest of the list on its
    first item as an apposition; with no comma to close it before the verb it is the list
    going on, not the first group named again ("Two victims, a man and a woman, were shot"
    is an apposition: `_breakdown`)."""
    doc = token.doc
    if token.pos_ != "NOUN" or token.i + 1 >= len(doc) or doc[token.i + 1].text != ",":
        return []  # names with their ages are `_listed_names`'
    out = []
    for c in token.children:
        if c.dep_ != "appos" or c.i <= token.i or not any(g.dep_ == "conj" for g in c.children):
            continue
        after = c.right_edge.i + 1
        if after < len(doc) and doc[after].text in (",", "(", "-", "–", "—"):
            continue
        if c.pos_ == "NOUN" and _person_like(c) and not _own_predicate(c):
            out.append(c)
    return out


def _breakdown(token: Token, total: Count | None, rest: list[Count | None]) -> bool:
    """'four people, three females and one male, were taken to hospital': the group set off
    after a comma is the first count broken down, not more people (the parser makes it a
    conjunct of the first): it is when its parts add up to the count before it."""
    if total is None or total.value is None or total.basis != "number" or not rest:
        return False
    if token.i + 1 >= len(token.doc) or token.doc[token.i + 1].text != ",":
        return False
    edge, doc = token.right_edge, token.doc
    if edge.text != "," and (edge.i + 1 >= len(doc) or doc[edge.i + 1].text != ","):
        return False  # not closed before the verb: a list going on ("Two men, a woman and ...")
    values = [p.value for p in rest if p is not None and p.value is not None]
    return len(values) == len(rest) and len(values) > 1 and sum(values) == total.value


def _listed_names(token: Token) -> list[Token]:
    """The other names of a list of people with their ages ("Ann Lee, 34, Tom Park, 40, and
    Joe Cruz, 22", or with semicolons): the parser hangs the second name on the first as an
    apposition after the first one's age, so it is not a conjunct, though it is another person.
    Only a person's name after an age (not "Ann Lee, 34, a nurse," nor a place)."""
    if token.pos_ != "PROPN":
        return []
    kids = [c for c in token.children if c.i > token.i]
    ages = [c for c in kids if c.dep_ == "appos" and c.like_num]
    if not ages:
        return []
    return [
        c
        for c in kids
        if c.dep_ == "appos"
        and c.pos_ == "PROPN"
        and c.i > ages[0].i
        and (c.ent_type_ == "PERSON" or _person_shaped(c))
        and not _own_predicate(c)
        and not _speaker(c)
    ]


def _ages_in_a_name_list(name: Token) -> list[Token]:
    """'identified as Ana Ruiz, 45; her son Luis Ruiz, 20; and Jose Ortega, 52': the ages of a
    list of people named with their ages, each a number set off by a comma after a name or a
    person noun within the list the first name heads. One age is one person, however the parser
    nests the names ("her son Luis Ruiz" an apposition of the first name, the next hung on
    it), which the names alone undercount. "identified as Ty Banks, 23, and his brother Al
    Banks, 19": the parser may hang the second person on the verb as its conjunct (on the
    words between the name and its verb, or on the verb itself)."""
    doc = name.doc
    roots = [name]
    for anc in name.ancestors:
        roots += [
            c
            for c in anc.children
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > name.i
        ]
        if anc.pos_ in ("VERB", "AUX"):
            break
    return [
        t
        for root in roots
        for t in root.subtree
        if t.dep_ == "appos"
        and t.like_num
        and t.text.isdigit()
        and int(t.text) < 110
        and t.head.pos_ in ("PROPN", "NOUN")
        and t.i > 0
        and doc[t.i - 1].text == ","
    ]


def _name_before(age: Token) -> str:
    """The name an age follows ("Luis Ruiz, 20" -> "luis ruiz"): the proper nouns right
    before its comma, lower-cased as `_full_name` writes a name."""
    doc = age.doc
    i = age.i - 2
    while i >= 0 and doc[i].pos_ == "PROPN" and age.i - 2 - i < 4:
        i -= 1
    return (doc[i + 1 : age.i - 1].text or age.head.text).lower()


def _count_the_aged(readings: list[Reading], name: Token) -> None:
    """The readings of a list of people named with their ages counted by their ages (see
    `_ages_in_a_name_list`) when the names read fewer: the dead "identified as" them, "the
    bodies of" them."""
    ages = _ages_in_a_name_list(name)
    if len(ages) < 2:
        return
    fewer = [r for r in readings if isinstance(r.value, int) and r.value < len(ages)]
    # whether the gunman is among them reads the whole Doc: once for all the readings
    shooter = bool(fewer) and _shooter_among_the_aged(ages)
    for r in fewer:
        r.value = r.low = r.high = len(ages)
        r.referents = [("name", _name_before(age), age.text) for age in ages]
        r.end = max(r.end, ages[-1].idx + len(ages[-1].text))
        if shooter:
            r.group = "total"


def _shooter_among_the_aged(ages: list[Token]) -> bool:
    """'the bodies of Amy Ross, 30, Ben Ross, 6, and deputy Carl Ross, 35' after 'a deputy
    shot his wife and two sons': a name in the list carries the role noun ("deputy",
    "officer") the report gave the one who shot or killed (its subject), so the list counts
    the gunman too, whose own death told elsewhere is not one more."""
    doc = ages[0].doc
    roles = {
        c.lemma_.lower()
        for age in ages
        for c in age.head.children
        if c.dep_ == "compound" and c.pos_ == "NOUN"
    }
    if not roles:
        return False
    return any(
        t.dep_ == "nsubj" and t.lemma_.lower() in roles and t.head.lemma_ in ("shoot", "kill")
        for t in doc
    )


def _speaker(name: Token) -> bool:
    """A name followed by a verb of saying ("the death of John Roe, 53, Sgt. Jim Poe said"):
    the one who tells, whom the parser hangs on the list as an apposition, not a victim."""
    doc = name.doc
    # past the rest of the name ("Sgt. Manny Hernandez said": the title is the apposition)
    for j in range(name.i + 1, min(len(doc), name.i + 5)):
        if doc[j].lemma_.lower() in lx.SPEAKER_AFTER_NAME:
            return True
        if not (doc[j].pos_ == "PROPN" or doc[j].text == "."):
            return False
    return False


def another_before_a_time(token: Token) -> bool:
    """'killed one man and wounded another late Friday', 'injured another Saturday night':
    "another" right after a verb is that verb's object, the one person it harmed, though the
    parser takes it for the determiner of the time that follows ("another late Friday"). True
    for "another" hung as a determiner on a later date or time (its head tagged DATE or TIME)
    with a verb right before it."""
    doc = token.doc
    if token.lower_ != "another" or token.dep_ != "det" or token.head.i <= token.i:
        return False
    if token.i == 0 or doc[token.i - 1].pos_ != "VERB":
        return False
    head = token.head
    return head.ent_type_ in ("DATE", "TIME") or head.lower_ in WEEKDAYS or head.lower_ in DAYTIMES


DAYTIMES = frozenset({"night", "morning", "afternoon", "evening", "weekend", "week"})
"""Times of day a report dates a shooting by ("another late Friday night", "another this
morning"), beside `calendar_words.WEEKDAYS` (`another_before_a_time`)."""


def _own_predicate(token: Token) -> bool:
    """A conjunct with its own casualty word ('3 dead and 6 others injured'): not summed."""
    for c in token.children:
        if c.dep_ == "conj" and any(g.dep_ == "relcl" and _plural_clause(g) for g in c.children):
            return True  # the first of a list told by the clause on its last name
        if c.dep_ == "relcl" and _last_of_a_list(token) and _plural_clause(c):
            continue  # "Devon Hill, 19, and Jalen Brooks, 20, who were wounded": the list's
        if c.dep_ in ("amod", "acl", "relcl") and (
            c.lower_ in ADJECTIVES or c.lemma_.lower() in TRANSITIVE or c.lemma_ in INTRANSITIVE
        ):
            return True
        if c.dep_ == "relcl" and _state_clause(c):
            return True
    return False


def _last_of_a_list(token: Token) -> bool:
    """A singular noun that ends a coordination of nouns (a conjunct with none of its own)."""
    return (
        token.tag_ in ("NNP", "NN")
        and token.dep_ == "conj"
        and token.head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ == "conj" for c in token.children)
    )


def _state_clause(clause: Token) -> bool:
    """A relative clause that tells its person's state in a word of its own ("Ann Lee, 33,
    who was pronounced dead, and Joe Park, 35, who is in stable condition"): a casualty
    adjective as its complement ("pronounced dead", "is hurt"), or a condition ("in stable
    condition"). Each person of such a list is read by his own clause (`_own_predicate`),
    not summed into the first one's."""
    for c in clause.children:
        if c.dep_ in ("oprd", "acomp") and c.lower_ in ADJECTIVES:
            return True
        if c.dep_ == "prep" and any(
            g.lemma_.lower() == "condition" and g.dep_ == "pobj" for g in c.children
        ):
            return True
    return False


def _predicate_after(token: Token) -> bool:
    """A casualty participle or adjective right after the conjunct ("left one dead and three
    injured": the parse hangs "injured" on the verb): with the first conjunct's own ("one
    dead"), the two are counts of different fates, not one group."""
    if token.i + 1 >= len(token.doc):
        return False
    nxt = token.doc[token.i + 1]
    return nxt.lower_ in ADJECTIVES or (nxt.tag_ == "VBN" and nxt.lemma_.lower() in TRANSITIVE)


def _surname_of_a_person(token: Token) -> bool:
    """'the body of Dana Fox', 'Tom Wolf, 30': an animal's word as a person's surname, a
    proper noun after a given name (a proper-noun compound), not the animal ("a fox", "the
    family's dog")."""
    return token.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == token.i - 1 and c.is_title
        for c in token.children
    )


def _count_single(
    token: Token, numbers: _Numbers, as_number: bool = False, whole: bool = False
) -> Count | None:
    lower = token.lower_
    lemma = token.lemma_.lower()
    kids = list(token.children)
    if _is_nobody(token) or any(c.dep_ == "det" and c.lower_ == "no" for c in kids):
        return Count(0, 0, 0, "zero", zero=True)
    if lemma in NON_PERSON and not _surname_of_a_person(token):
        return None
    if any(c.lower_ == "unborn" for c in kids):
        return None  # an unborn child is not counted among the dead (as GVA and ACLED do)
    if lemma in GROUP_OF and token.pos_ == "NOUN":
        inner = _group_of(token, numbers)
        if inner is not None:
            return inner
    suspect = (
        lemma in SUSPECT_WORDS
        or lower in ("himself", "herself", "themselves")
        or _named_as_attacker(token)
        or _attacker_by_relative(token)
    )
    includes_suspect = any(
        c.dep_ == "prep"
        and c.lower_ in ("including", "among")
        and any(g.lemma_ in SUSPECT_WORDS for g in c.subtree)
        for c in kids
    )
    # the number: the token itself, a nummod child, "dozens of", "two of them"
    number_tok: Token | None = None
    found = numbers.at(token)
    if found is not None:
        number_tok = token
    else:
        left = token.doc[token.i - 1] if token.i > 0 else None
        if (
            left is not None
            and left.pos_ == "NUM"
            and left.dep_ in ("conj", "dep", "npadvmod")
            and numbers.at(left) is not None
            and not any(c.dep_ == "nummod" for c in kids)
        ):
            number_tok = left  # "and three policemen": a count the parser hung elsewhere
        for c in kids:
            if number_tok is not None:
                break
            if (
                c.i < token.i
                and numbers.at(c) is not None
                and (
                    c.dep_ in ("nummod", "quantmod")
                    or (
                        c.dep_ in ("amod", "det", "predet")
                        and c.lower_ in VAGUE_DETERMINERS
                        and (lemma == "other" or c.lower_ == "both")
                    )
                )
            ):
                number_tok = c
                break
    if number_tok is not None and number_tok.i >= 2 and not whole:
        of, part = token.doc[number_tok.i - 1], token.doc[number_tok.i - 2]
        if (
            of.lower_ == "of"
            and of.head.i == number_tok.i
            and part.head.i == number_tok.i
            and numbers.at(part) is not None
        ):
            number_tok = part  # "one of three people hit ... has died" (parsed as a quantity
            # "one of three"): the part, not the whole
    if number_tok is not None and _across_lines(number_tok, token):
        number_tok = None  # "Image 4 of 17\n\nIris Rodriguez, 7, who was ...": a caption's
    if number_tok is not None:
        entry = numbers.at(number_tok)
        assert entry is not None
        expr, noise = entry
        if noise is None:
            count = Count(
                expr.value,
                expr.low,
                expr.high,
                "number",
                expr.qualifier,
                additional=expr.additional or _other_marker(token),
                suspect=suspect,
                includes_suspect=includes_suspect,
            )
            if expr.value is None:
                return None
            return count
        if noise != "age":
            return None
    if as_number:
        return None
    if lower in PAIRS:
        n = PAIRS[lower]
        return Count(n, n, n, "implied", referents=[("group", lower)], suspect=suspect)
    if lower in ("dozens", "hundreds", "scores", "thousands", "several", "few"):
        return None  # should have been read as a number expression
    det = next((c for c in kids if c.dep_ in ("det", "poss", "nummod")), None)
    det_word = det.lower_ if det is not None else ""
    new_person = (
        det_word in ("another",)
        or _other_marker(token, singular=True)
        or _bare_ordinal_person(token, det_word)
    )
    additional = new_person or _other_marker(token)
    if not suspect and _earlier_surname(token):  # "Banks died later", after "Keisha Banks"
        return Count(
            1, 1, 1, "implied", referents=[("name", _full_name(token), "")], suspect=suspect
        )
    if token.tag_ in ("NNS", "NNPS") and lemma not in ("twin",):
        if any(c.lower_ == "twin" and c.dep_ in ("compound", "nmod", "amod") for c in kids):
            # "twin brothers", "twin 17-year-old sisters": a pair
            return Count(2, 2, 2, "implied", referents=[("group", "twins")], suspect=suspect)
        if any(c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj") for c in kids):
            return Count(2, 2, 2, "number", referents=[], suspect=suspect)
        if lemma in KIN_PLURALS and any(
            c.dep_ == "poss" and (c.lower_ in ("his", "her", "their") or c.pos_ == "PROPN")
            for c in kids
        ):
            # "shot and killed his sons", "killed her parents": someone's kin in the plural
            # are two at the least (parents are two); not "our children" (everyone's)
            high = 2 if lemma == "parent" else None
            return Count(2, 2, high, "implied", referents=[("group", lower)], suspect=suspect)
        return None  # plural without a number: how many is not said
    if lower in ("another", "one") and (
        token.dep_ in ("nsubj", "nsubjpass", "dobj") or another_before_a_time(token)
    ):
        # "one man died and another was wounded": one person, someone new for "another"
        return Count(
            1,
            1,
            1,
            "implied",
            referents=[("indefinite", "", "", lower)],
            additional=lower == "another",
            new_person=lower == "another",
        )
    if token.pos_ == "PRON":
        if lower in ("he", "him", "she", "her", "himself", "herself"):
            gender = "m" if lower in MALE else "f"
            kind = "self" if lower.endswith("self") else "pronoun"
            named = _named_antecedent(token) if kind == "pronoun" else None
            if named is not None:
                # "Okafor ... was rushed to St. Brennan's, where he later died": Okafor
                return Count(1, 1, 1, "implied", referents=[("name", _full_name(named), "")])
            return Count(
                1,
                1,
                1,
                "implied",
                referents=[(kind, gender)],
                suspect=suspect or kind == "self" or _attacker_killed_back(token),
            )
        if lower in ("one",):
            return Count(1, 1, 1, "implied", referents=[("pronoun", "")])
        return None
    if (lemma in NON_PERSON and not _surname_of_a_person(token)) or token.pos_ not in (
        "NOUN",
        "PROPN",
        "ADJ",
    ):
        return None
    if token.ent_type_ == "PERSON" or (
        token.pos_ == "PROPN"
        and lemma not in PERSON_WORDS
        and token.is_alpha
        and token.is_title
        and (
            token.ent_type_ in ("", "ORG", "NORP", "PRODUCT", "WORK_OF_ART")
            or _person_shaped(token)
        )
    ):
        return Count(
            1,
            1,
            1,
            "implied",
            referents=[("name", _full_name(token), _age_of(token))],
            suspect=suspect,
        )
    age = _age_of(token)
    gender = "m" if lemma in MALE else "f" if lemma in FEMALE else ""
    if det_word in ("a", "an", "one", "another", "single") or det is None or det.dep_ == "poss":
        # "his brother", "her son" bring in someone new, as "a man" does
        ref: tuple[str, ...] = ("indefinite", gender, age, lemma)
    else:
        ref = ("definite", gender, age, lemma)
    return Count(
        1,
        1,
        1,
        "implied",
        referents=[ref],
        additional=additional,
        suspect=suspect,
        includes_suspect=includes_suspect,
        new_person=new_person,
    )


# verbs whose active subject attacked the object ("a driver who had moments before shot a clerk"):
# the attack verbs but "gun", whose relative clause this rule was not measured on
RELATIVE_ATTACK_VERBS = ATTACK_VERBS - {"gun"}


# kin words whose plural with a possessor ("his sons") counts two at the least
KIN_PLURALS = frozenset(
    {
        "son",
        "daughter",
        "child",
        "kid",
        "brother",
        "sister",
        "parent",
        "grandparent",
        "grandchild",
        "grandson",
        "granddaughter",
        "nephew",
        "niece",
    }
)


def _attacker_by_relative(token: Token) -> bool:
    """One a relative clause tells attacked someone ("the deputies' shooting of a driver who
    had moments before shot a clerk", "a gunman who killed two people"): the attacker, whose death
    adds to his victims' and is not one of them. Not "a man who was shot", nor one who shot
    himself (his own victim)."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    for clause in token.children:
        if clause.dep_ == "relcl" and _opened_fire(clause):
            return True
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in RELATIVE_ATTACK_VERBS:
            continue
        if any(c.dep_ in ("auxpass", "nsubjpass", "neg") for c in clause.children):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
            continue
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        if objects and not any(
            o.lower_ in ("himself", "herself", "themselves", "itself") for o in objects
        ):
            return True
    return False


def _attacker_killed_back(pronoun: Token) -> bool:
    """ "him" killed in a clause told after the attack ("shot three coworkers to death before
    police killed him", "shot a clerk before a guard shot and killed him"): the object
    pronoun of a verb of attack whose own subject is someone else, in an adverbial clause
    of an active verb of attack on someone else. The pronoun is that attacker, whose death
    adds to his victims' (GVA counts the shooter) and is not one of them."""
    if pronoun.dep_ != "dobj" or pronoun.lower_ not in ("him", "her"):
        return False
    verb = pronoun.head
    if verb.lemma_.lower() not in ATTACK_VERBS:
        return False
    while verb.dep_ == "conj" and verb.head.lemma_.lower() in ATTACK_VERBS:
        verb = verb.head
    if verb.dep_ != "advcl" or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    attack = verb.head
    if attack.lemma_.lower() not in ATTACK_VERBS or attack.pos_ != "VERB":
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in attack.children):
        return False
    objects = [c for c in attack.children if c.dep_ == "dobj"]
    return bool(objects) and not any(
        o.lower_ in ("himself", "herself", "him", "her") for o in objects
    )


def _opened_fire(clause: Token) -> bool:
    """A relative clause of one who fired on others ("a man who opened fire on deputies", "a
    man who fired at officers"): the attacker. Its subject is the relative pronoun."""
    if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
        return False
    lemma = clause.lemma_.lower()
    if lemma == "open":
        return any(c.dep_ == "dobj" and c.lower_ == "fire" for c in clause.children)
    return lemma == "fire" and any(
        c.dep_ == "prep" and c.lower_ in ("at", "on", "into") for c in clause.children
    )


def _named_as_attacker(token: Token) -> bool:
    """A name set off by an attacker's word ("Ray Bloom, the gunman," "the suspect, Ray
    Bloom,") or titled by one ("Gunman Ray Bloom", "suspected shooter Ray Bloom"): his death
    adds to his victims', as the gunman's does."""
    if token.pos_ != "PROPN" or token.ent_type_ != "PERSON":
        return False  # a headline's capitalised words ("Gunman in Mall Shooting Deaths")
    if token.dep_ == "appos" and token.head.lemma_.lower() in SUSPECT_WORDS:
        return True
    return any(
        (c.dep_ == "appos" and c.i > token.i)
        # a title before the name: the word just before its first name ("Gunman Ray Bloom")
        or (c.dep_ == "compound" and c.i < token.i)
        for c in token.children
        if c.lemma_.lower() in SUSPECT_WORDS
    )


def _person_shaped(token: Token) -> bool:
    """A proper noun the tagger took for a place or a building that the sentence shows is a
    person: an age set off after it ("Ann Bolden, 20,") or a coordination with a person's
    name ("killing Jo Walker and Ann Bolden")."""
    if re.match(r"^\S+\s*,\s*\d{1,3}\s*,", token.doc[token.i : token.i + 5].text):
        return True
    return (token.dep_ == "conj" and token.head.ent_type_ == "PERSON") or any(
        c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in token.children
    )


def _full_name(token: Token) -> str:
    """'Tobin R. Quarry' for the head 'Quarry' (its name compounds), lower-cased; a hyphenated
    name is one word ('Ty-Ann Rowe' -> 'ty-ann rowe', as 'Ty-Ann' alone reads 'ty-ann')."""
    covered: set[int] = set()
    parts = []
    for c in [token, *reversed(list(token.children))]:  # right to left: a hyphen joins leftwards
        if c.i in covered or c.i > token.i:
            continue
        if c is not token and not (
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()
        ):
            continue
        word = _hyphenated(c)
        covered.update(range(word.start, word.end))
        parts.append(word.text)
    return " ".join(reversed(parts)).lower()


def _hyphenated(token: Token) -> Span:
    """The token with the capitalised words joined to it by hyphens before it ('Ty-Ann')."""
    doc, i = token.doc, token.i
    while (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].is_alpha
        and doc[i - 2].text[:1].isupper()
    ):
        i -= 2
    return doc[i : token.i + 1]


def same_name(a: str, b: str) -> bool:
    """'lio', 'varn' and 'lio k. varn' name one person; 'ada powell' and 'bea powell' two.
    An initial stands for a name with its letter ('lio k. varn' and 'lio kane varn': reports
    give a middle name in full or as an initial). Case does not count: "Luis Ruiz" as a
    list of names writes it is "luis ruiz" as `_full_name` reads it."""
    wa = [w.rstrip(".") for w in a.casefold().split()]
    wb = [w.rstrip(".") for w in b.casefold().split()]
    if not wa or not wb:
        return False
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return all(any(_same_word(w, v) for v in long) for w in short)


def _same_word(a: str, b: str) -> bool:
    """One word of a name against another: equal, or an initial and a name it begins."""
    if a == b:
        return True
    return (len(a) == 1 and b.startswith(a) and len(b) > 1) or (
        len(b) == 1 and a.startswith(b) and len(a) > 1
    )


def _across_lines(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any("\n" in t.whitespace_ or t.text.strip() == "" for t in a.doc[lo:hi])


def _named_antecedent(pronoun: Token) -> Token | None:
    """The named person a 'he'/'she' in a subordinate clause stands for: the subject of the
    clause it hangs in ('Okafor, the cashier, was rushed to St. Brennan's, where he later
    died'). None when the pronoun is itself a main subject or no name precedes."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("relcl", "advcl", "conj"):
        return None
    main = clause.head
    for _ in range(3):
        subject = next(
            (c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i),
            None,
        )
        if subject is not None:
            if subject.ent_type_ == "PERSON" or (subject.pos_ == "PROPN" and subject.is_title):
                return subject
            return None
        if main.head.i == main.i:
            return None
        main = main.head
    return None


def _bare_ordinal_person(token: Token, det_word: str) -> bool:
    """'Two people have died and a third was treated for minor injuries': an ordinal standing
    alone for a person ('a third', 'a second'), with 'a' before it, is one new person as 'a
    third man' is (`_other_marker`); the parse makes the ordinal itself the subject, with no
    noun for the marker to hang on."""
    return det_word in ("a", "an") and token.lower_ in NEW_PERSON_WORDS - {"another"}


def _other_marker(token: Token, singular: bool = False) -> bool:
    """'three other people', 'two more', 'another man', 'a second victim'; with `singular`,
    only the markers of one new person ('another', 'a second', 'a third')."""
    words = NEW_PERSON_WORDS if singular else OTHER_WORDS
    for c in token.children:
        if c.dep_ in ("amod", "det", "advmod") and c.lower_ in words:
            return True
        if (
            not singular
            and c.dep_ == "nummod"
            and any(g.lower_ in words and g.dep_ in ("advmod", "amod") for g in c.children)
        ):
            return True  # "seven more people": the marker hangs on the number
    return not singular and (token.lower_ in ("others",) or _the_other_alone(token))


def _the_other_alone(token: Token) -> bool:
    """'One of them died and the other was taken to a hospital': "the other" standing
    for a person (no noun after it) is the one of a pair not yet told of, as "the other man"
    is; without the mark it was taken back to the dead one. Only as a subject: in "one twin
    shot the other" the other is the one harmed, no one besides."""
    return (
        token.lower_ == "other"
        and token.dep_ in ("nsubj", "nsubjpass")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    )


def _age_of(token: Token) -> str:
    """The age in '12-year-old', 'a 34-year-old man', 'Smith, 34': '' when none."""
    doc = token.doc
    left = doc[max(token.left_edge.i, token.i - 6) : token.i + 3].text
    m = re.search(r"(\d{1,3})[- ]year[- ]old", left)
    if m is None:
        m = re.match(r"^\S+\s*,\s*(\d{1,3})\b(?![-\d])", doc[token.i : token.i + 4].text)
    return m.group(1) if m else ""
