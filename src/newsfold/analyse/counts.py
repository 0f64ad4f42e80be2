"""How many: casualty and other counts, attached to their words with the dependency parse.

Reads `ctx.doc`, `ctx.times` (from `when`) and the article text. Three steps:

1. Numbers. `numbers.find_numbers` reads every number expression with its qualifier under the
   rule set of docs/numbers.md ("at least three", "more than 10", "a dozen", "dozens"...).
   Numbers that are not counts of people (ages, years, addresses, times, phone numbers, money,
   percentages, rates, measures, durations, ordinals) are recorded in `ctx.discard` with the
   reason. Money is also claimed as `money`.
2. Readings. Each casualty word (killed, died, dead, wounded, in critical condition, arrested,
   kidnapped, displaced, ...) is tied through the parse to the people it is about: the subject
   of a passive or intransitive verb, the object of an active one, the noun a participle
   modifies, the count of a noun ("12 deaths"), a toll ("the death toll rose to 15"). The people
   are counted from their number ("at least three people"), their coordination ("two men and a
   woman"), or what the words imply ("a man" 1, "the couple" 2, a name 1). "Shot", "stabbed",
   "hit by a bullet", "taken to hospital" say someone was harmed without saying whether they
   lived: they count as harmed ("hit"), and the harmed who are not among the killed are the
   injured ("four people were shot, one fatally": 1 killed, 3 injured).
   A reading is discarded, with the reason, when it belongs to another event or period (a time
   mention of that role in its clause: "similar clashes killed at least three people in June";
   a year: "12,000 violent deaths in 2020"; "in a separate incident"; "so far this year"), is
   negated, hypothetical ("could have been killed") or about personnel deployed (claimed as
   `deployed` instead).
3. The article's best count of this event, per field (docs/numbers.md, "Combining"): the same
   people are often counted twice in one article, so counts are not added up: the best is the
   largest count given, and only groups the text marks as separate add ("another", "N others",
   "a second man", the attacker who killed himself).

Claims: `fatalities`, `injuries`, `arrested`, `kidnapped`, `displaced`, `deployed`, `money`,
each with value/low/high and attrs (qualifier, basis, victims).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc, Span, Token

from newsfold.analyse.context import Context, TimeMention
from newsfold.analyse.numbers import (
    UNITS,
    NumberExpr,
    find_money,
    find_numbers,
    noise_kind,
)
from newsfold.records import Article, Event

# --------------------------------------------------------------------------------------------
# Lexicons


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# verbs whose object (active) or subject (passive) are the people the field counts
TRANSITIVE: dict[str, str] = {
    "kill": "fatalities",
    "murder": "fatalities",
    "slay": "fatalities",
    "execute": "fatalities",
    "assassinate": "fatalities",
    "behead": "fatalities",
    "lynch": "fatalities",
    "massacre": "fatalities",
    "slaughter": "fatalities",
    "wound": "injuries",
    "injure": "injuries",
    "hurt": "injuries",
    "maim": "injuries",
    "shoot": "hit",
    "stab": "hit",
    "hospitalize": "hit",
    "hospitalise": "hit",
    "beat": "hit",
    "hack": "hit",
    "stone": "hit",
    "torture": "hit",
    "strangle": "hit",
    "club": "hit",
    "bludgeon": "hit",
    "arrest": "arrested",
    "detain": "arrested",
    "apprehend": "arrested",
    "kidnap": "kidnapped",
    "abduct": "kidnapped",
    "displace": "displaced",
    "uproot": "displaced",
    "evacuate": "displaced",
}
# verbs whose subject is the people counted
INTRANSITIVE: dict[str, str] = {
    "die": "fatalities",
    "perish": "fatalities",
    "succumb": "fatalities",
    "flee": "displaced",
}
# adjectives (and participles used as such): "two people are dead", "left three injured"
ADJECTIVES: dict[str, str] = {
    "dead": "fatalities",
    "deceased": "fatalities",
    "injured": "injuries",
    "wounded": "injuries",
    "hurt": "injuries",
    "hospitalized": "hit",
    "hospitalised": "hit",
    "displaced": "displaced",
    "homeless": "displaced",
    "missing": "",
}
# nouns counted by their number: "12 deaths", "three bodies", "the deaths of two men"
NOUNS: dict[str, str] = {
    "death": "fatalities",
    "fatality": "fatalities",
    "body": "fatalities",
    "corpse": "fatalities",
    "dead": "fatalities",
    "injury": "injuries",
    "wounded": "injuries",
    "injured": "injuries",
    "arrest": "arrested",
    "hostage": "kidnapped",
    "displaced": "displaced",
}
TOLL_NOUNS = frozenset({"toll", "tally", "count"})
FIELDS = ("fatalities", "injuries", "arrested", "kidnapped", "displaced")

PERSON_WORDS = _words("""
    person people man men woman women boy boys girl girls child children kid kids teen teens
    teenager teenagers youth youths baby babies infant toddler adult adults victim victims
    resident residents civilian civilians bystander bystanders student students pupil
    officer officers policeman policemen policewoman soldier soldiers troop troops trooper
    deputy deputies agent agents guard guards fighter fighters militant militants rebel rebels
    insurgent insurgents gunman gunmen suspect suspects shooter attacker attackers assailant
    robber robbers driver drivers passenger passengers worker workers farmer farmers villager
    villagers protester protesters protestor protestors demonstrator demonstrators journalist
    journalists reporter member members element elements personnel cadre cadres combatant
    combatants militiaman militiamen jihadist jihadists terrorist terrorists miner miners
    pilgrim pilgrims migrant migrants refugee refugees prisoner prisoners inmate inmates
    patient patients nurse nurses doctor doctors husband wife father mother son daughter
    brother sister uncle aunt cousin nephew niece grandmother grandfather grandson
    granddaughter parent parents friend friends neighbor neighbour neighbors neighbours
    girlfriend boyfriend fiance fiancee couple pair twins family families relative relatives
    sibling siblings spouse owner owners employee employees customer customers clerk cashier
    guest guests individual individuals pedestrian pedestrians motorist motorists cyclist
    leader leaders commander commanders official officials chief chiefs teacher teachers
    pastor priest imam worshipper worshippers herder herders herdsman herdsmen trader traders
    vendor vendors shopkeeper employee staff crew sailor sailors pilot pilots ranger rangers
    gendarme gendarmes policemen cop cops sheriff marshal constable jawan jawans
    contractor contractors shepherd shepherds hunter hunters fisherman fishermen occupant
    occupants tenant tenants homeowner resident partner roommate acquaintance stranger
    intruder burglar robber carjacker perpetrator killer hostage hostages captive captives
    gangster gangsters gang member bodyguard bodyguards security militia one other others
    """)
SUSPECT_WORDS = _words("""
    suspect gunman shooter attacker assailant robber intruder perpetrator burglar carjacker
    killer bomber
    insurgent militant jihadist rebel bandit terrorist
    """)
"""The attackers' side: their dead add to their victims' ("three soldiers were killed ...
nine insurgents were killed": 12, as ACLED counts every death of an event), and a count that
says it includes them is the total ("12 people were killed, including five militants")."""
PERSONNEL_WORDS = _words("""
    personnel troops troop soldiers officers policemen police agents guardsmen gendarmes
    forces marines paratroopers commandos reinforcements security deputies troopers
    """)
DEPLOY_VERBS = _words("""
    deploy dispatch send mobilize mobilise station involve participate take deploy join post
    surround mass position assign
    """)
NON_PERSON = _words(
    """
    livestock cattle cow cows goat goats sheep camel camels dog dogs animal animals horse horses
    pig pigs chicken chickens donkey donkeys bird birds cat cats deer elephant elephants
    car cars vehicle vehicles house houses home homes building buildings window windows
    tire tires truck trucks door doors wall walls bus buses engine idea plan project deal
    plant plants crop crops tree trees business businesses shop shops store stores time
    game games match matches contest bill bills proposal proposals motion legislation measure
    momentum chance chances hope hopes mood rumour rumor story shooting gunfire fire fighting
    violence noise wind storm protest protests
    spree sprees rampage rampages attack attacks incident incidents ambush ambushes gunfight
    gunfights shootout shootouts crash crashes accident accidents explosion explosions blast
    blasts raid raids clash clashes
    turkey turkeys bear bears coyote coyotes hog hogs boar rabbit rabbits squirrel squirrels
    duck ducks goose geese wolf wolves fox foxes
    warrant warrants order orders search searches heart hearts feeling feelings pride
    reputation career economy
    """
)
"""Things, animals and events, never the people a count is of ("a shooting spree that left
four people injured": the spree is not one of the injured; "a wounded turkey" in a hunting
accident, "execute a search warrant", "it hurt my heart")."""
PAIRS = {"couple": 2, "pair": 2, "twins": 2, "twin": 1, "both": 2}
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
MALE = _words(
    "man men boy boys he him himself father son brother husband uncle nephew grandfather "
    "grandson boyfriend policeman"
)
FEMALE = _words(
    "woman women girl girls she her herself mother daughter sister wife aunt niece grandmother "
    "granddaughter girlfriend policewoman"
)
HYPOTHETICAL_HEADS = _words("try attempt threaten plan want seek vow intend fear aim prepare")
MODALS = frozenset({"could", "would", "might", "may", "should", "must", "can"})
CONDITION_WORDS = frozenset({"critical", "serious", "stable", "fair", "good", "grave"})
OTHER_EVENT = re.compile(
    r"\b(?:in\s+(?:a|an)\s+(?:separate|unrelated|earlier|previous|similar|other)\b"
    r"|(?:separate|unrelated|previous|earlier|similar|prior)\s+(?:incidents?|shootings?|"
    r"attacks?|clashes|cases?|killings?|violence|fighting|homicides?)"
    r"|so\s+far\s+this\s+(?:year|month)|this\s+year|last\s+year|a\s+year\s+ago"
    r"|last\s+(?:summer|spring|fall|autumn|winter)"
    r"|(?:\d+|a\s+few|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:months|years)\s+(?:ago|earlier|before)"
    r"|since\s+(?:january|the\s+start\s+of\s+the\s+year|the\s+beginning\s+of)"
    r"|per\s+year|annually|every\s+year|each\s+year|a\s+year\b|in\s+recent\s+(?:years|months))",
    re.IGNORECASE,
)
PARAGRAPH_OTHER_EVENT = re.compile(
    r"^\W*(?:in\s+(?:a|an)\s+(?:separate|unrelated|other|another|earlier)|separately|"
    r"meanwhile|elsewhere|in\s+another)\b",
    re.IGNORECASE,
)
CUMULATIVE = re.compile(
    r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\.?\s+)?(?:1[89]\d\d|20\d\d)\b"
    r"|\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\b"
    r"|\bsince\s+the\s+(?:conflict|war|insurgency|uprising|crisis|rebellion)\s+"
    r"(?:began|started|erupted|broke\s+out)\b"
    r"|\b(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:(?:\w+|\d+)\s+)?"
    r"(?:years|decades|months)\b"
    r"|\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+decade\b"
    r"|\bto\s+date\b"
    r"|\b(?:conflict|war|insurgency|insurrection|rebellion|uprising|violence|crisis|unrest|"
    r"campaign|epidemic)\s+(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?"
    r"(?:killed|claimed|left|cost|displaced)\b",
    re.IGNORECASE,
)
"""A toll of a long period or of a whole conflict ("since 2017", "over the past five years",
"the conflict has killed more than 4,000 people"), not of this event. "In total" alone is not
one: "nine people in total were wounded in the shooting"."""
FATAL_ADV = re.compile(
    r"^\s*,?\s*(?:and\s+)?(?P<n>[\w-]+)(?:\s+of\s+(?:them|whom))?\s+fatally\b", re.I
)


@dataclass(slots=True)
class Reading:
    """One count read from the text, before the article's counts are combined."""

    field: str  # fatalities, injuries, hit, arrested, kidnapped, displaced
    value: int | float | None
    low: int | float | None
    high: int | float | None
    start: int
    end: int
    basis: str  # number, implied, zero, toll
    qualifier: str = "exact"
    group: str = "victims"  # victims, total (a summary of everyone), suspect
    referents: list[tuple[str, ...]] = dc_field(default_factory=list)  # implied people
    additional: bool = False
    victims: str = ""
    discard: str | None = None
    sent: int = 0  # index of the sentence it was read in
    new_person: bool = False  # "another man", "a second victim"
    active: bool = False  # the people are the object of an active verb ("killed two men")
    marked: bool = False  # "others", "more", "another": people besides those counted before
    also: bool = False  # "his mother was also shot": the casualty word says "also"
    trigger: int = -1  # token index of the casualty word
    victim: int = -1  # token index of the head of the people counted
    restates: bool = False  # the same people as an earlier reading of the field: not counted

    def claim_attrs(self) -> dict[str, Any]:
        attrs: dict[str, Any] = {"qualifier": self.qualifier, "basis": self.basis}
        if self.victims:
            attrs["victims"] = self.victims
        if self.group != "victims":
            attrs["group"] = self.group
        if self.additional:
            attrs["additional"] = True
        if self.restates:
            attrs["restates"] = True
        return attrs


@dataclass(slots=True)
class Count:
    """The people an NP counts: value/low/high, how it was read, the implied referents."""

    value: int | float | None
    low: int | float | None
    high: int | float | None
    basis: str
    qualifier: str = "exact"
    referents: list[tuple[str, ...]] = dc_field(default_factory=list)
    additional: bool = False
    suspect: bool = False
    includes_suspect: bool = False
    zero: bool = False
    new_person: bool = False  # "another man", "a second victim": someone not counted yet


class _Numbers:
    """The article's number expressions, looked up by token."""

    def __init__(self, doc: Doc, text: str, exprs: list[NumberExpr], noise: dict[int, str]) -> None:
        self.text = text
        self.sent_end: dict[int, int] = {}  # token index -> end offset of its sentence
        self.by_token: dict[int, tuple[NumberExpr, str | None]] = {}
        for i, expr in enumerate(exprs):
            span = doc.char_span(expr.num_start, expr.num_end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                self.by_token.setdefault(token.i, (expr, noise.get(i)))

    def at(self, token: Token) -> tuple[NumberExpr, str | None] | None:
        return self.by_token.get(token.i)


# --------------------------------------------------------------------------------------------


def annotate(ctx: Context) -> None:
    """Read the article's counts and set the event's tolls (see the module docstring)."""
    text = ctx.article.text
    doc = ctx.doc
    exprs = find_numbers(text)
    noise: dict[int, str] = {}
    time_spans: list[tuple[int, int]] = ctx.notes.get("time_spans", [])
    for i, expr in enumerate(exprs):
        if any(lo <= expr.num_start < hi for lo, hi in time_spans):
            noise[i] = "year" if noise_kind(text, expr) == "year" else "date"
            continue
        kind = noise_kind(text, expr)
        if kind is not None:
            noise[i] = kind
    numbers = _Numbers(doc, text, exprs, noise)
    _money(ctx)
    readings: list[Reading] = []
    used_numbers: set[int] = set()
    other_paragraphs = _other_event_paragraphs(text)
    sents = list(doc.sents)
    for sent in sents:
        for i in range(sent.start, sent.end):
            numbers.sent_end[i] = sent.end_char
    candidates = _candidates(doc, TRIGGER_HASHES)
    by_sentence: dict[int, list[int]] = {}
    starts = [sent.start for sent in sents]
    for i in candidates:
        by_sentence.setdefault(bisect_right(starts, i) - 1, []).append(i)
    for sent_index, token_ids in by_sentence.items():
        sent = sents[sent_index]
        sent_readings = _sentence_readings(sent, [doc[i] for i in token_ids], numbers)
        if not sent_readings:
            continue
        for r in sent_readings:
            r.sent = sent_index
        reason = _other_period(ctx, sent, other_paragraphs)
        for r in sent_readings:
            period = _reading_period(ctx, sent, r, reason)
            if period is not None or r.discard is None:
                # another period says more than "the cause of a protest" ("the largest since
                # March, when demonstrations left two people dead")
                r.discard = period or r.discard
        readings.extend(sent_readings)
    if _sport_report(ctx.article.title or "", text):
        for r in readings:
            r.discard = r.discard or SPORT_REASON
    _deployed(ctx, doc, numbers, readings)
    for r in readings:
        for i, expr in enumerate(exprs):
            if r.start <= expr.num_start < r.end:
                used_numbers.add(i)
    for i, kind in noise.items():
        expr = exprs[i]
        if kind == "money":
            continue
        ctx.discard(
            "number",
            expr.value,
            (expr.num_start, expr.num_end),
            reason=f"{kind}: {_NOISE_REASONS.get(kind, kind)}",
            kind=kind,
        )
    _emit(ctx, readings)
    _unattached(ctx, doc, exprs, noise)
    if ctx.event.fatalities is None and ctx.event.injuries is None:
        _headline(ctx)
    elif ctx.event.fatalities is None:
        _headline_dead(ctx)
    if not ctx.notes.get("headline_counts"):
        _headline_more(ctx)


HEADLINE_CUE = re.compile(
    r"\b(?:kill|dead|death|die|dies|died|slain|shot|shoots|wound|injur|hurt|fatal|murder|stab|"
    r"hospitali[sz])",
    re.IGNORECASE,
)


HEADLINE_SHOT = re.compile(
    r"\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(shot|stabbed)\b",
    re.IGNORECASE,
)


# headline style drops the auxiliary: "Man fatally shot while hunting" is "Man was fatally
# shot", not a man who shot (an active past needs its object: "Man shot his neighbour")
HEADLINE_ELLIPSIS = re.compile(
    r"^(?P<subj>(?:[A-Z0-9][\w'’.,-]*\s+){0,4}?(?:[A-Za-z][\w'’-]*|\d{1,2},))\s+"
    r"(?P<pred>(?:(?:fatally|critically|seriously|accidentally|mortally|gravely)\s+)?"
    r"(?:(?:shot|stabbed|beaten)\s+to\s+death|shot|killed|wounded|injured|stabbed|slain|hurt|"
    r"hospitali[sz]ed|dead)\b)"
    r"(?=\s*$|\s*[,:;.!?|–—-]|\s+(?:in|at|on|near|outside|inside|while|after|during|"
    r"by|over|from|following|early|late|overnight|last|this|multiple|twice|again|dead|today|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
)


def _headline_clause(title: str) -> str:
    """The headline with the auxiliary it drops put back ("Teen shot in leg": "Teen was shot
    in leg"; "Teens shot": "Teens were shot"; "Man dead after crash": "Man is dead")."""
    label = HEADLINE_LABEL.match(title)  # "UPDATE: Man shot on Elm Street"
    head, rest = (title[: label.end()], title[label.end() :]) if label else ("", title)
    m = HEADLINE_ELLIPSIS.match(rest)
    if m is None:
        return title
    words = [w.strip(",").lower() for w in m.group("subj").split()]
    if words[-1] in HEADLINE_VERBS or all(w in HEADLINE_KEEP for w in words):
        return title
    subj = m.group("subj")
    pred_start = m.start("pred")
    if len(words) > 1 and words[-1] == "found":
        # "Teen found shot to death": "Teen was found shot to death"
        subj = subj[: subj.lower().rindex("found")].rstrip()
        pred_start = m.start("subj") + len(subj) + 1
    age = re.match(r"^(.*?[A-Za-z]),\s*\d{1,3},$", subj)
    if age is not None:
        subj = age.group(1)  # "Boy, 14, fatally shot": the age set off confuses the parse
    plural = subj.lower().endswith(("s", "people", "men", "children"))
    if " " not in subj and subj.lower() in PERSON_WORDS and not plural:
        subj = f"A {subj.lower()}"  # "Boy was shot" parses as an interjection; "A boy" not
    if m.group("pred").lower().endswith("dead"):  # "Teen dead after shooting": is dead
        aux = "are" if plural else "is"
    else:
        aux = "were" if plural else "was"
    return f"{head}{subj} {aux} {rest[pred_start:]}"


# a verb already there, or a bare count ("Two dead after ...", read as it stands)
HEADLINE_VERBS = _words("was were is are been be")
HEADLINE_KEEP = _words(
    "two three four five six seven eight nine ten dozen dozens several many more others"
) | {str(n) for n in range(1000)}

HEADLINE_LABEL = re.compile(r"^[A-Z][A-Za-z ]{0,20}:\s+")


def _take_headline_dead(ev: Event, hv: Event) -> None:
    """The headline's count of the dead, with its bounds, as the event's."""
    ev.fatalities, ev.fatalities_low, ev.fatalities_high = (
        hv.fatalities,
        hv.fatalities_low,
        hv.fatalities_high,
    )


def _headline(ctx: Context) -> None:
    """When the text gives no toll at all (a page whose story did not survive cleaning, a
    feed item with a summary only), the headline's ("4 shot, 1 killed in ...") stands in.
    No claim is made: the headline has no span in the clean text (as for the headline's place
    in `where`); `ctx.notes["headline_counts"]` says the tolls came from it."""
    hv = _headline_tolls(ctx)
    if hv is None or (hv.fatalities is None and hv.injuries is None):
        return
    ev = ctx.event
    _take_headline_dead(ev, hv)
    ev.injuries, ev.injuries_low, ev.injuries_high = hv.injuries, hv.injuries_low, hv.injuries_high
    ctx.notes["headline_counts"] = {"fatalities": hv.fatalities, "injuries": hv.injuries}


def _headline_tolls(ctx: Context) -> Event | None:
    """The tolls the headline gives on its own (None when it names no casualty)."""
    head = _headline_context(ctx)
    return None if head is None else head.event


TITLE_PARTS = re.compile(r"\s+[-|\u2013\u2014]\s+")


def _sentence_case(title: str) -> str:
    """A Title Case headline in sentence case ("Gunman Shoots 4 People Near Store": "Gunman
    shoots 4 people near store"): the parser takes capitalised words for names and misses
    the verb. Words in capitals (acronyms) and the first word stay as they are; so do the
    words of a headline that is not in Title Case, and words of no lexicon here, which may be
    names ("Orrin Lee Vantage Killed")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", title)
    if len(words) < 3:
        return title
    capitalised = [w for w in words if w[0].isupper()]
    if 10 * len(capitalised) < 6 * len(words):
        return title
    first = re.search(r"[A-Za-z]", title)
    start = first.start() if first else 0

    def lower(m: re.Match[str]) -> str:
        w = m.group(0)
        if m.start() == start or w.isupper() or not w[0].isupper() or not _common_word(w):
            return w
        return w[0].lower() + w[1:]

    return re.sub(r"[A-Za-z][\w'’-]*", lower, title)


def _common_word(word: str) -> bool:
    """A word of English the rules know (a function word, a word of harm or of people, a
    number word), in any of its inflected forms ("Shoots", "Hospitalized", "Wounds")."""
    low = word.lower().replace("’", "'")
    forms = {low, low[:-1], low[:-2], low[:-3]} if len(low) > 4 else {low}
    return (
        any(f in STOP_WORDS or f in TRIGGER_WORDS or f in PERSON_WORDS or f in UNITS for f in forms)
        or low in HEADLINE_WORDS
    )


# words of headlines that the lexicons above do not hold
HEADLINE_WORDS = _words(
    "shooting shootings shoots shoot accidentally accidental fatally critically seriously "
    "after outside near inside during following overnight dead dies die"
)


def _without_outlet(title: str) -> str:
    """The headline without the parts after it that name no casualty: the outlet and its
    slogan ("... - WXYZ-TV 7-News, Weather"), whose numbers are no count."""
    for sep in reversed(list(TITLE_PARTS.finditer(title))):
        if HEADLINE_CUE.search(title, sep.end()):
            break
        title = title[: sep.start()]
    return title


def _headline_context(ctx: Context) -> Context | None:
    """The headline read on its own as an article (None when it names no casualty)."""
    title = ctx.article.title
    if not title or not HEADLINE_CUE.search(title):
        return None
    from newsfold.analyse import when
    from newsfold.analyse.nlp import get_nlp

    title = _sentence_case(_without_outlet(title))
    # headline style: "4 shot, 1 killed" is four people shot (the parser reads "4 shots")
    title = _headline_clause(HEADLINE_SHOT.sub(r"\1 people \2", title))
    head = Context(
        article=Article(id=ctx.article.id, text=title, source=ctx.article.source),
        doc=get_nlp()(title),
        anchor=ctx.anchor,
    )
    when.annotate(head)
    annotate(head)
    return head


def _headline_more(ctx: Context) -> None:
    """A headline that numbers the injured ("Four people shot outside bar") over a text that
    tells of fewer (it details one or two victims, or the story was cut short) gives the
    number of injured. Only when neither tells of a death: a headline's harmed then include
    no dead to take away, and a headline of deaths is often a tally of several shootings."""
    head = _headline_context(ctx)
    if head is None:
        return
    ev, hv = ctx.event, head.event
    if ev.fatalities or hv.fatalities or not hv.injuries:
        return
    if "injuries" in head.notes.get("numbered", []) and (
        ev.injuries is None or hv.injuries > ev.injuries
    ):
        ev.injuries, ev.injuries_low, ev.injuries_high = (
            hv.injuries,
            hv.injuries_low,
            hv.injuries_high,
        )
        ctx.notes["headline_counts"] = {"injuries": hv.injuries}


def _headline_dead(ctx: Context) -> None:
    """When the text tells of people harmed but of no death, and the headline says someone
    died ("Teen shot to death ..." over a story of "who shot the teen", "doctors could not
    save him" phrasings no rule reads, a story cut short), the headline's dead stand in. The
    harmed the text counts include them unless it says "injured"/"wounded" outright: the
    harmed who died are not injured ("a man was shot" under "Man fatally shot": 1 dead,
    none injured)."""
    hv = _headline_tolls(ctx)
    if hv is None or not hv.fatalities:
        return
    ev = ctx.event
    _take_headline_dead(ev, hv)
    explicit = any(c.field == "injuries" and c.attrs.get("basis") != "harmed" for c in ev.claims)
    if not explicit and ev.injuries is not None:
        ev.injuries = max(0, ev.injuries - hv.fatalities)
        ev.injuries_low = ev.injuries if ev.injuries_low is not None else None
        ev.injuries_high = ev.injuries if ev.injuries_high is not None else None
    ctx.notes["headline_counts"] = {"fatalities": hv.fatalities}


def _unattached(ctx: Context, doc: Doc, exprs: list[NumberExpr], noise: dict[int, str]) -> None:
    """Every other number is recorded too, with why it was not counted: a count of things
    ("22 firearms", "dozens of shell casings", "three schools") or of people no word of harm
    is tied to (participants, bystanders, a part of a count already given)."""
    taken = [(c.start, c.end) for c in ctx.event.claims] + [(c.start, c.end) for c in ctx.discarded]
    for i, expr in enumerate(exprs):
        if i in noise or any(lo <= expr.num_start < hi for lo, hi in taken):
            continue
        if expr.value is None:
            reason = "score: two numbers that are no range (a score or a ratio: '3-1')"
            ctx.discard("number", None, (expr.num_start, expr.num_end), reason=reason)
            continue
        span = doc.char_span(expr.num_start, expr.num_end, alignment_mode="expand")
        noun = _counted_noun(span.root) if span is not None else None
        if noun is not None and not _person_like(noun):
            reason = f"thing: a count of {noun.text}, not of people"
        else:
            reason = "unattached: people no word of harm is tied to (not a casualty count)"
        ctx.discard("number", expr.value, (expr.num_start, expr.num_end), reason=reason)


def _counted_noun(token: Token) -> Token | None:
    """What a number counts: 'dozens of [casings]', '22 [firearms]', 'two of [them]'."""
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if token.dep_ in ("nummod", "quantmod", "amod") and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head
    if token.pos_ in ("NOUN", "PROPN"):
        return token
    return None


_NOISE_REASONS = {
    "date": "part of a date",
    "age": "an age, not a count",
    "year": "a year",
    "address": "part of an address or a road number",
    "time": "a time of day",
    "phone": "a phone number",
    "percent": "a percentage",
    "rate": "a rate",
    "measure": "a measure or a calibre",
    "duration": "a duration",
    "shots": "a number of shots or rounds",
    "multiplier": "a multiplier",
    "ordinal": "an ordinal (a rank or a cumulative total, not a count)",
}


def _money(ctx: Context) -> None:
    text = ctx.article.text
    for m in find_money(text):
        before = text[max(0, m.start - 2) : m.start]
        after = text[m.end : m.end + 2]
        attrs = {"currency": m.currency, "qualifier": m.qualifier}
        if before.endswith("(") and after.startswith(")"):
            ctx.discard(
                "money",
                m.value,
                (m.start, m.end),
                reason="conversion: the same amount in another currency",
                low=m.low,
                high=m.high,
                **attrs,
            )
            continue
        ctx.add_claim("money", m.value, (m.start, m.end), low=m.low, high=m.high, **attrs)


def _other_event_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs that open on "In a separate incident", "Meanwhile", "Elsewhere"..."""
    spans = []
    pos = 0
    for block in re.split(r"(\n\s*\n|\n)", text):
        if block.strip() and PARAGRAPH_OTHER_EVENT.match(block):
            spans.append((pos, pos + len(block)))
        pos += len(block)
    return spans


def _other_period(ctx: Context, sent: Span, other_paragraphs: list[tuple[int, int]]) -> str | None:
    for lo, hi in other_paragraphs:
        if lo <= sent.start_char < hi:
            return "other_event: in a paragraph about a separate incident"
    event_here = False
    other: TimeMention | None = None
    for m in ctx.times:
        if sent.start_char <= m.start < sent.end_char:
            if m.role in ("other_period", "statistic"):
                other = other or m
            elif m.role == "event":
                event_here = True
    # "on Wednesday" without a publication date: unresolved, but it dates this event
    if any(sent.start_char <= lo < sent.end_char for lo, _ in ctx.notes.get("unresolved", [])):
        event_here = True
    if other is not None and not event_here:
        return f"{other.role}: counted for another period ({other.text})"
    sentence = ctx.article.text[sent.start_char : sent.end_char]
    cue = OTHER_EVENT.search(sentence)
    if cue is not None and not event_here:
        return f"other_event: {cue.group(0)!r}"
    cue = CUMULATIVE.search(sentence)
    if cue is not None and not event_here:
        return f"cumulative: a toll of a long period ({cue.group(0)!r})"
    return None


def _reading_period(ctx: Context, sent: Span, r: Reading, reason: str | None) -> str | None:
    """Why a reading is not this event's, if it is not: a time mention on its own verb says
    so first ("where a man was killed on Sunday" in a sentence that also tells this event's
    day), else what its sentence says (`_other_period`). A stated toll of a long period
    ("bringing the toll since 2017 to 4,000") never counts."""
    if r.trigger >= 0:
        token = sent.doc[r.trigger]
        own = [
            m
            for m in ctx.times
            if sent.start_char <= m.start < sent.end_char
            and m.attrs.get("gov") in (token.i, token.head.i)
        ]
        if any(m.role == "event" for m in own):
            reason = None
        elif own and own[0].role in ("other_period", "statistic"):
            return f"{own[0].role}: counted for another period ({own[0].text})"
    if reason is None and r.trigger >= 0:
        # "in retaliation for the January shooting death of another man": the marker and what
        # follows it in its sentence tell another incident
        idx = sent.doc[r.trigger].idx
        for lo, hi in ctx.notes.get("background_markers", []):
            if lo <= idx < hi:
                told = ctx.article.text[lo : min(hi, lo + 40)].strip()
                return f"other_event: told as background ({told!r})"
    if reason is None and r.basis == "toll":
        cue = CUMULATIVE.search(ctx.article.text[sent.start_char : sent.end_char])
        if cue is not None:
            return f"cumulative: a toll of a long period ({cue.group(0)!r})"
    return reason


SPORT_REASON = "sport: a match report ('shot low', 'fired a shot', 'killed the game')"
SPORT_WORDS = re.compile(
    r"\b(?:goal(?:keeper|ie|s)?|striker|midfielder|defender|winger|half-?time|stoppage\s+time|"
    r"penalt(?:y|ies)|kick-?off|scored|league|match|derby|fixture|coach|season|innings|wickets?|"
    r"touchdowns?|quarterback|pitcher|home\s+runs?|referee|stadium|the\s+table|points|"
    r"tournament|championship|playoffs?|semi-?finals?|finals?|substitute|the\s+box|corner)\b",
    re.IGNORECASE,
)
SCORE = re.compile(r"(?<![\d/.:-])\d{1,3}\s?[-\u2013]\s?\d{1,3}(?![\d/.:-])")
HARD_NEWS = re.compile(
    r"\b(?:gun|guns|gunman|gunmen|gunfire|gunshots?|police|officers?|hospital|wounded|injured|"
    r"stabbed|murder|homicide|bullets?|suspects?|killed\s+(?:a|an|two|three|\d)|dead\b|"
    r"protest|troops|soldiers|militants?|attackers?|bomb)",
    re.IGNORECASE,
)


def _sport_report(title: str, text: str) -> bool:
    """A match report: a score in the headline or the first paragraph, several words of the
    game, and none of the words that a report of violence has. Its 'shot', 'fired a shot',
    'killed the game' and 'attacked' are sport."""
    head = title + "\n" + text[:400]
    if SCORE.search(head) is None:
        return False
    if len({m.group(0).lower() for m in SPORT_WORDS.finditer(text)}) < 4:
        return False
    return HARD_NEWS.search(title + "\n" + text) is None


# --------------------------------------------------------------------------------------------
# Readings of one sentence


def _candidates(doc: Doc, hashes: np.ndarray) -> list[int]:
    """Indices of the tokens whose lemma or lower-case form is in `hashes` (read from the
    Doc's arrays: no Token objects for the rest)."""
    if len(doc) == 0:
        return []
    array = doc.to_array([LEMMA, LOWER])
    return [int(i) for i in np.flatnonzero(np.isin(array, hashes).any(axis=1))]


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
            elif lemma in ("turn", "take") and _suicide_phrase(token):
                readings.append(_self_reading(token, numbers, "fatalities"))
            elif lemma in ("code", "cod", "put", "estimate", "stand", "rise", "climb", "reach"):
                readings.extend(_coded_toll(token, numbers))
            elif lemma in ("suffer", "sustain", "treat", "receive") and _wound_object(token):
                readings.extend(_intransitive(token, numbers, "hit"))
            elif lemma in ("leave",):
                readings.extend(_left(token, numbers))
            elif lemma in TRANSPORT_VERBS and _to_hospital(token):
                readings.extend(_transport(token, numbers))
            elif (lemma in STAY_VERBS or lemma == "treat") and _to_hospital(
                token, places=("in", "at", "to", "with")
            ):
                subj = _subject(token, ("nsubj", "nsubjpass"))
                if subj is not None and not _hypothetical(token):
                    readings.extend(_reading_for(token, subj, "hit", numbers, subj))
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
            elif lemma == "save" and _not_saved(token):
                readings.extend(_saved_object(token, numbers))
            elif lemma in ("find", "pronounce", "declare", "confirm", "report") and _dead_oprd(
                token
            ):
                readings.extend(_passive_subject(token, numbers, "fatalities"))
        if (
            token.pos_ in ("ADJ", "VERB", "NOUN")
            and ADJECTIVES.get(lower)
            and token.dep_ in ("acomp", "amod", "oprd", "ROOT", "conj", "appos", "npadvmod")
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
        if lemma == "condition" and any(c.lower_ in CONDITION_WORDS for c in token.children):
            readings.extend(_condition(token, numbers))
    return _coordinated(_dedupe(readings), sent)


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
    """'a man was shot in the chest and two women were shot in the leg', '6 fighters were
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


def _refers_back(token: Token) -> bool:
    """'he', 'the boy', 'his son': someone already mentioned."""
    if token.pos_ == "PRON":
        return True
    return any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") and c.i >= token.i - 3
        for c in token.children
    )


def _conjoined(a: Token, b: Token) -> bool:
    return (b.dep_ == "conj" and b.head.i == a.i) or (a.dep_ == "conj" and a.head.i == b.i)


def _inside(a: Token, b: Token) -> bool:
    """One phrase inside the other ('two of whom' inside 'four people ...')."""
    return a.left_edge.i <= b.i <= a.right_edge.i or b.left_edge.i <= a.i <= b.right_edge.i


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


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _hypothetical(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "aux" and child.lower_ in MODALS:
            return True
        if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
            return True
    head = token.head
    if token.dep_ in ("xcomp", "ccomp") and head.lemma_ in HYPOTHETICAL_HEADS:
        return True
    if token.dep_ == "pcomp" and head.head.lemma_ in HYPOTHETICAL_HEADS:
        return True
    return any(c.dep_ == "amod" and c.lemma_ in ("attempted", "attempt") for c in token.children)


def _wished_or_feared(token: Token) -> bool:
    """'I don't want to hear another child is dead', 'they tried to kill him': a casualty
    inside what someone wants, fears, tries or threatens is not one."""
    node = token
    for _ in range(4):
        if node.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "acomp", "relcl"):
            return False
        node = node.head
        if node.lemma_.lower() in HYPOTHETICAL_HEADS or any(
            c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in node.children
        ):
            return True
    return False


def _has_passive(token: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def _subject(token: Token, deps: tuple[str, ...]) -> Token | None:
    if token.dep_ in ("acomp", "oprd") and not any(c.dep_ in deps for c in token.children):
        token = token.head  # "a teenager was slain": the participle hangs on "was"
    node = token
    for _ in range(3):
        found = _nearest_child(node, deps) or _orphan_subject(node)
        if found is not None:
            return found
        if node.dep_ in ("conj", "xcomp", "advcl") and node.head.i != node.i:
            node = node.head
            if node.dep_ == "conj":
                continue
            return _nearest_child(node, deps)
        return None
    return None


def _orphan_subject(node: Token) -> Token | None:
    """'six soldiers were killed in the north and three policemen were killed in the south':
    the small model often hangs the second subject elsewhere; the noun right before the
    second verb's auxiliary, after the first verb, is its subject."""
    if node.dep_ != "conj":
        return None
    aux = next((c for c in node.children if c.dep_ in ("aux", "auxpass") and c.i < node.i), None)
    if aux is None or aux.i == 0:
        return None
    cand = node.doc[aux.i - 1]
    if cand.pos_ in ("NOUN", "PROPN", "NUM") and cand.i > node.head.i:
        return cand
    return None


def _nearest_child(node: Token, deps: tuple[str, ...]) -> Token | None:
    """The child in one of `deps` nearest to `node`, preferring one on the same line (a
    dateline or a photo credit parsed as a second subject is further away)."""
    children = [c for c in node.children if c.dep_ in deps]
    if len(children) <= 1:
        return children[0] if children else None
    same_line = [
        c
        for c in children
        if not any("\n" in t.text_with_ws for t in node.doc[min(c.i, node.i) : max(c.i, node.i)])
    ]
    pool = same_line or children
    return min(pool, key=lambda c: abs(c.i - node.i))


_HARM = r"(?:killed|wounded|injured|hurt|captured|arrested|abducted|kidnapped|detained|dead)"
EITHER_OR = re.compile(rf"\b{_HARM}(?:\s*,\s*{_HARM})*\s*,?\s+or\s+{_HARM}\b", re.IGNORECASE)


def _either_or(token: Token) -> bool:
    """'killed, injured or captured': which of them is not said."""
    text = token.doc[max(0, token.i - 8) : token.i + 9]
    for m in EITHER_OR.finditer(text.text):
        if m.start() <= token.idx - text.start_char < m.end():
            return True
    top = token
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    chain = [top]
    while True:
        nxt = [c for c in chain[-1].children if c.dep_ == "conj"]
        if not nxt:
            break
        chain.append(nxt[0])
    if len(chain) < 2:
        return False
    return any(c.dep_ == "cc" and c.lower_ == "or" for t in chain for c in t.children)


def _transitive(token: Token, numbers: _Numbers) -> list[Reading]:
    lemma = token.lemma_.lower()
    if _either_or(token):
        return []
    field_name = TRANSITIVE.get(lemma) or {
        "shot": "hit",
        "wounded": "injuries",
        "slain": "fatalities",
    }.get(token.lower_, "injuries")
    if _hypothetical(token):
        return []
    children = list(token.children)
    # "shot dead", "fatally shot", "shot and killed" (the conjunct is read on its own)
    if field_name in ("hit", "injuries") and (
        any(
            (
                c.lower_ in ("dead", "fatally", "mortally", "lethally")
                and c.dep_ not in ("conj", "nsubj", "nsubjpass")
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
        return _reading_for(token, dobj, field_name, numbers, group_of=dobj)
    passive = _has_passive(token) or token.tag_ == "VBN"
    if not passive and token.dep_ == "conj" and token.head.lemma_ == "leave":
        passive = True  # "left one person dead and five others wounded": "others wounded"
    if (
        not passive
        and token.dep_ == "conj"
        and _has_passive(token.head)
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
    if not passive:
        return []
    return _passive_subject(token, numbers, field_name)


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


def _passive_subject(token: Token, numbers: _Numbers, field_name: str) -> list[Reading]:
    subj = _subject(token, ("nsubjpass", "nsubj"))
    if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
        subjects = [
            c for c in subj.head.children if c.dep_ == subj.dep_ and c.pos_ in ("NOUN", "PROPN")
        ]
        if len(subjects) > 1:
            # "in Pacaja, Para, a man was killed": a place parsed as a second subject
            subjects = [c for c in subjects if c.ent_type_ not in PLACE_ENTS] or subjects[:1]
            subj = subjects[0]
        if len(subjects) > 1:
            # "A 21-year-old male, and a 23-year-old male were killed": two subjects
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
    if subj is None:
        return readings
    subj = _antecedent(subj)
    readings.extend(_reading_for(token, subj, field_name, numbers, group_of=subj))
    # "four people were shot, one fatally"
    if field_name == "hit":
        readings.extend(_fatal_subset(token, numbers))
    return readings


def _antecedent(subj: Token) -> Token:
    """'the 24-year-old who was shot and killed': a relative pronoun stands for the noun its
    clause describes (through coordinated verbs)."""
    if subj.lower_ not in ("who", "that", "which", "whom"):
        return subj
    clause = subj.head
    for _ in range(3):
        if clause.dep_ != "conj" or clause.head.i == clause.i:
            break
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else subj


def _fatal_subset(token: Token, numbers: _Numbers) -> list[Reading]:
    doc = token.doc
    rest = numbers.text[token.idx + len(token.text) : numbers.sent_end.get(token.i, token.idx)]
    m = FATAL_ADV.match(rest)
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


def _intransitive(token: Token, numbers: _Numbers, field_name: str = "") -> list[Reading]:
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
    if subj is not None:
        subj = _antecedent(subj)
    if subj is None:
        return []
    if field_name == "displaced" and (
        subj.lemma_.lower() in SUSPECT_WORDS or subj.pos_ == "PRON" or subj.ent_type_ == "PERSON"
    ):
        return []
    readings = _reading_for(token, subj, field_name, numbers, group_of=subj)
    if field_name == "displaced":
        readings = [r for r in readings if r.basis in ("number", "zero")]
    return readings


STAY_VERBS = _words("be remain arrive show stay lie")
TRANSPORT_VERBS = _words(
    "take transport rush airlift fly send bring drive carry admit hospitalize hospitalise"
)
GUN_WORDS = re.compile(
    r"\b(?:bullets?|gunfire|gunshots?|shots?|shooting|shotgun|rifle|handgun|pistol|gun|rounds?|"
    r"shrapnel|pellets?|fired)\b",
    re.IGNORECASE,
)


def _to_hospital(token: Token, places: tuple[str, ...] = ("to", "with")) -> bool:
    """'taken to the hospital', 'sent four teens to the hospital', '... with gunshot wounds',
    'four others were in the hospital'."""
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in places:
            for g in c.children:
                if g.dep_ == "pobj" and (
                    g.lemma_.lower() in ("hospital", "wound", "injury")
                    or (
                        g.lemma_.lower() == "center"
                        and "medical" in g.doc[g.i - 2 : g.i].text.lower()
                    )
                ):
                    return True
    return False


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
    return bool(GUN_WORDS.search(text[sent.start_char : sent.end_char]))


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
    return []


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
            if any(n.lemma_ in ("wound", "gunshot", "injury") for n in nodes):
                return True
    return False


def _dead_oprd(token: Token) -> bool:
    return any(
        c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "xcomp", "advmod")
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
            if c.lower_ in ADJECTIVES and c.dep_ in ("oprd", "ccomp", "xcomp", "acomp")
        ),
        None,
    )
    if dobj is None and state is not None:
        # "left at least six people dead" parsed as a clause: the people are its subject
        dobj = next((c for c in state.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if dobj is not None and state is not None and ADJECTIVES[state.lower_]:
        for r in _reading_for(state, dobj, ADJECTIVES[state.lower_], numbers, group_of=dobj):
            r.group = "total"
            readings.append(r)
    return readings


def _adjective(token: Token, numbers: _Numbers, field_name: str) -> list[Reading]:
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
        victim = token.head
    elif dep == "oprd":
        return []
    elif dep in ("ROOT", "conj", "npadvmod", "amod", "appos"):
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
            return _reading_for(token, pobj, field_name, numbers, group_of=pobj)
    if token.lower_ == "body" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids):
        # "authorities found a body in the room": one dead
        count = Count(1, 1, 1, "implied", referents=[("indefinite", "", "", "body")])
        return [_reading(token, token, field_name, count, "victims")]
    # "N of the dead": the number is the head
    return []


MULTIPLE_NOUNS = {
    "shooting": "hit",
    "stabbing": "hit",
    "homicide": "fatalities",
    "murder": "fatalities",
    "killing": "fatalities",
    "slaying": "fatalities",
    "murder-suicide": "fatalities",
    "suicide": "fatalities",
}
MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}


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
            victims=doc.text[start:end],
            trigger=token.i,
            victim=token.i,
        )
    ]


# nouns that name a killing, counted by whom they name: "the killing of two teens", "the
# slaying of a clerk", "the fatal shooting of a classmate" (a shooting only when fatal/deadly)
KILLING_NOUNS = frozenset({"killing", "killings", "slaying", "slayings", "murder", "murders"})
FATAL_MODIFIERS = frozenset({"fatal", "deadly"})


def _killing_of(token: Token, numbers: _Numbers) -> list[Reading]:
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
    return _reading_for(token, pobj, "fatalities", numbers, group_of=pobj)


def _fatal_shooting_of(token: Token, numbers: _Numbers) -> list[Reading]:
    """'the fatal shooting of a classmate', 'the deadly stabbing of two men': killed."""
    if not any(c.dep_ == "amod" and c.lower_ in FATAL_MODIFIERS for c in token.children):
        return []
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
    return _reading_for(node, subj, "injuries", numbers, group_of=subj, span_end=token)


# --------------------------------------------------------------------------------------------
# Counting the people of a noun phrase


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
    as the subject, with the real one hung on it as an apposition after the dash."""
    if not (token.is_upper and token.is_alpha and len(token.text) > 1):
        return token
    for child in token.children:
        if child.dep_ == "appos" and child.i > token.i:
            between = token.doc[token.i + 1 : child.left_edge.i + 1]
            if any(t.text in ("-", "\u2013", "\u2014", "--") for t in between):
                return child
    return token


def _reading_for(
    trigger: Token,
    victim: Token,
    field_name: str,
    numbers: _Numbers,
    group_of: Token,
    span_end: Token | None = None,
) -> list[Reading]:
    """The reading of the people `victim` heads, as the `field_name` of `trigger`."""
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
    if _negated(trigger) and not _is_nobody(victim):
        return []
    if _wished_or_feared(trigger):
        return []
    count = _count_np(victim, numbers)
    if count is None:
        return []
    if count.zero:
        r = _reading(trigger, victim, field_name, count, "victims", basis="zero", span_end=span_end)
        return [r]
    group = "suspect" if count.suspect else ("total" if count.includes_suspect else "victims")
    reading = _reading(trigger, victim, field_name, count, group, span_end=span_end)
    reading.active = victim.dep_ == "dobj"
    return [reading]


PROTEST_WORDS = _words(
    "protest demonstrate demonstration rally march vigil sit-in picket mourn commemorate "
    "denounce condemn"
)


def _protest_cause(trigger: Token) -> bool:
    """A killing a protest or vigil is about ('protested after a gendarme killed a driver'), or
    one the event avenges ('in retaliation for the slaying of a man on Monday'): an earlier
    event's toll."""
    return any(
        a.lemma_.lower() in PROTEST_WORDS or a.lemma_.lower() in REVENGE_WORDS
        for a in trigger.ancestors
    )


REVENGE_WORDS = _words("retaliation reprisal revenge retaliate avenge")


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
    if token.lower_ in ("nobody", "none", "noone"):
        return True
    return token.lower_ in ("one", "people", "person", "injuries", "one") and any(
        c.lower_ == "no" for c in token.children
    )


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
    return bool(token.pos_ == "PROPN" and token.is_title)


def _count_np(token: Token, numbers: _Numbers, as_number: bool = False) -> Count | None:
    """How many people the phrase headed by `token` counts, or None when it does not say."""
    total = _count_single(token, numbers, as_number)
    conjuncts = [c for c in token.children if c.dep_ == "conj" and not _own_predicate(c)]
    if not conjuncts:
        return total
    parts = [total]
    for c in conjuncts:
        parts.append(_count_single(c, numbers, as_number))
        parts.extend(_count_single(g, numbers, as_number) for g in c.children if g.dep_ == "conj")
    known = [p for p in parts if p is not None and p.value is not None]
    if not known:
        return None
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


def _own_predicate(token: Token) -> bool:
    """A conjunct with its own casualty word ('3 dead and 6 others injured'): not summed."""
    for c in token.children:
        if c.dep_ in ("amod", "acl", "relcl") and (
            c.lower_ in ADJECTIVES or c.lemma_.lower() in TRANSITIVE or c.lemma_ in INTRANSITIVE
        ):
            return True
    return False


def _count_single(token: Token, numbers: _Numbers, as_number: bool = False) -> Count | None:
    lower = token.lower_
    lemma = token.lemma_.lower()
    kids = list(token.children)
    if _is_nobody(token) or any(c.dep_ == "det" and c.lower_ == "no" for c in kids):
        return Count(0, 0, 0, "zero", zero=True)
    if lemma in NON_PERSON:
        return None
    if any(c.lower_ == "unborn" for c in kids):
        return None  # an unborn child is not counted among the dead (as GVA and ACLED do)
    suspect = lemma in SUSPECT_WORDS or lower in ("himself", "herself", "themselves")
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
    new_person = det_word in ("another",) or _other_marker(token, singular=True)
    additional = new_person or _other_marker(token)
    if token.tag_ in ("NNS", "NNPS") and lemma not in ("twin",):
        if any(c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj") for c in kids):
            return Count(2, 2, 2, "number", referents=[], suspect=suspect)
        return None  # plural without a number: how many is not said
    if lower in ("another", "one") and token.dep_ in ("nsubj", "nsubjpass", "dobj"):
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
                # "Mills ... was taken to a hospital, where he was pronounced dead": Mills
                return Count(1, 1, 1, "implied", referents=[("name", _full_name(named), "")])
            return Count(
                1, 1, 1, "implied", referents=[(kind, gender)], suspect=suspect or kind == "self"
            )
        if lower in ("one",):
            return Count(1, 1, 1, "implied", referents=[("pronoun", "")])
        return None
    if lemma in NON_PERSON or token.pos_ not in ("NOUN", "PROPN", "ADJ"):
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
    """'Tobin R. Quarry' for the head 'Quarry' (its name compounds), lower-cased."""
    parts = [
        c.text
        for c in token.children
        if c.dep_ == "compound" and c.i < token.i and c.pos_ == "PROPN" and c.text[:1].isupper()
    ]
    return " ".join([*parts, token.text]).lower()


def same_name(a: str, b: str) -> bool:
    """'lio', 'varn' and 'lio k. varn' name one person; 'ada powell' and 'bea powell' two.
    An initial stands for a name with its letter ('lio k. varn' and 'lio kane varn': reports
    give a middle name in full or as an initial)."""
    wa, wb = [w.rstrip(".") for w in a.split()], [w.rstrip(".") for w in b.split()]
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
    clause it hangs in ('Mills, the manager, was taken to a hospital, where he was
    pronounced dead'). None when the pronoun is itself a main subject or no name precedes."""
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


VAGUE_DETERMINERS = _words("several many multiple numerous few both dozens hundreds scores")
NEW_PERSON_WORDS = _words("another second third fourth fifth sixth")
OTHER_WORDS = _words("other another more additional further second third fourth fifth sixth")


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
    return not singular and token.lower_ in ("others",)


def _age_of(token: Token) -> str:
    """The age in '12-year-old', 'a 34-year-old man', 'Smith, 34': '' when none."""
    doc = token.doc
    left = doc[max(token.left_edge.i, token.i - 6) : token.i + 3].text
    m = re.search(r"(\d{1,3})[- ]year[- ]old", left)
    if m is None:
        m = re.match(r"^\S+\s*,\s*(\d{1,3})\b(?![-\d])", doc[token.i : token.i + 4].text)
    return m.group(1) if m else ""


# --------------------------------------------------------------------------------------------
# Personnel deployed


def _deployed(ctx: Context, doc: Doc, numbers: _Numbers, readings: list[Reading]) -> None:
    """'800 security personnel were deployed', 'Hundreds of officers have been deployed'."""
    counted = {(r.start, r.end) for r in readings}
    taken: set[int] = set()
    for i in _candidates(doc, PERSONNEL_HASHES):
        token = doc[i]
        if token.lemma_.lower() not in PERSONNEL_WORDS and token.lower_ not in PERSONNEL_WORDS:
            continue
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        count_tok = None
        for c in token.children:
            if c.dep_ in ("nummod", "quantmod") and numbers.at(c) is not None:
                count_tok = c
        if count_tok is None and token.dep_ == "pobj" and token.head.lower_ == "of":
            quant = token.head.head
            if numbers.at(quant) is not None:
                count_tok = quant
        if count_tok is None:
            continue
        if any(start <= token.idx < end for start, end in counted):
            continue
        entry = numbers.at(count_tok)
        assert entry is not None
        expr, noise = entry
        if noise is not None or expr.value is None or id(expr) in taken:
            continue
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.lemma_ not in DEPLOY_VERBS:
            continue
        taken.add(id(expr))
        start = min(expr.start, token.left_edge.idx)
        end = token.idx + len(token.text)
        ctx.add_claim(
            "deployed",
            expr.value,
            (start, end),
            low=expr.low,
            high=expr.high,
            qualifier=expr.qualifier,
            verb=verb.lemma_,
        )
        ctx.discard(
            "fatalities",
            expr.value,
            (start, end),
            reason="deployed: personnel deployed, not casualties",
        )


# --------------------------------------------------------------------------------------------
# Combining an article's readings


def _emit(ctx: Context, readings: list[Reading]) -> None:
    kept: list[Reading] = []
    for r in readings:
        field_name = "injuries" if r.field == "hit" else r.field
        if r.discard is not None:
            ctx.discard(
                field_name,
                r.value,
                (r.start, r.end),
                reason=r.discard,
                low=r.low,
                high=r.high,
                **r.claim_attrs(),
            )
            continue
        kept.append(r)
    kept.sort(key=lambda r: (r.start, r.end))
    counted = _restatements(kept)
    _resolve_additional(counted)
    _resolve_self_harm(counted, ctx.article.text)
    by_field: dict[str, list[Reading]] = {}
    for r in counted:
        by_field.setdefault(r.field, []).append(r)
    best: dict[str, tuple[int | None, int | None, int | None]] = {}
    for field_name in ("fatalities", "arrested", "kidnapped", "displaced"):
        best[field_name] = _combine(by_field.get(field_name, []))
    injuries = _combine(
        _alive(by_field.get("injuries", []), by_field.get("fatalities", []), ctx.article.text)
    )
    hits = by_field.get("hit", [])
    _also_harmed(hits, by_field.get("fatalities", []))
    hit = _combine([r for r in hits if not r.additional and not r.marked])
    # harmed people marked as others ("and seven more were shot", "another teen was shot")
    # are not among the killed; restated in later sentences they are the same people
    hit_extra = int(
        max(
            _restated_extra([r for r in hits if r.additional]),
            max((r.value or 0 for r in hits if r.marked and not r.additional), default=0),
        )
    )
    suspects_killed = _combine([r for r in by_field.get("fatalities", []) if r.group == "suspect"])[
        0
    ]
    killed = best["fatalities"][0] or 0
    killed_victims = killed - (suspects_killed or 0)
    derived: tuple[int | None, int | None, int | None] = (None, None, None)
    if hit[0] is not None or hit_extra:
        plain = max(0, (hit[0] or 0) - killed_victims)
        value = max(plain, hit_extra)
        low = max(0, hit[1] - killed_victims) if hit[1] is not None else None
        high = max(0, hit[2] - killed_victims) if hit[2] is not None else None
        if hit_extra > plain:
            low, high = hit_extra, None
        derived = (value, low, high)
    if derived[0] is not None and (injuries[0] is None or derived[0] > injuries[0]):
        best["injuries"] = derived
    else:
        best["injuries"] = injuries
    # claims: every kept reading; "hit" readings as injuries: the harmed who were not killed
    for r in kept:
        if r.field != "hit":
            ctx.add_claim(
                r.field, r.value, (r.start, r.end), low=r.low, high=r.high, **r.claim_attrs()
            )
            continue
        minus = 0 if (r.additional or r.marked) else killed_victims
        attrs = r.claim_attrs()
        attrs["basis"] = "harmed"
        attrs["harmed"] = r.value
        if minus:
            attrs["minus_killed"] = minus
        ctx.add_claim(
            "injuries",
            None if r.value is None else max(0, r.value - minus),
            (r.start, r.end),
            low=None if r.low is None else max(0, r.low - minus),
            high=None if r.high is None else max(0, r.high - minus),
            **attrs,
        )
    share = _shared_toll(ctx, best["fatalities"])
    if share is not None:
        best["fatalities"] = share
    ev = ctx.event
    ev.fatalities, ev.fatalities_low, ev.fatalities_high = best["fatalities"]
    ev.injuries, ev.injuries_low, ev.injuries_high = best["injuries"]
    ctx.notes["counts"] = {k: v for k, v in best.items() if v[0] is not None}
    # the fields some number gives ("four people were shot"), not only implied people
    ctx.notes["numbered"] = sorted(
        {"injuries" if r.field == "hit" else r.field for r in counted if r.basis == "number"}
    )


SPLIT_RE = re.compile(
    r"\b(?:split|spread|divided|distributed|shared)(?:\s+(?:up|equally|evenly))*\s+"
    r"(?:between|across|among|over)\s+(?:the\s+)?(?P<k>\d{1,2}|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)\s+(?:separate\s+)?(?:events|locations|incidents|attacks|"
    r"days|areas|villages|fronts|frontlines|districts|places|sites)\b",
    re.IGNORECASE,
)
_SMALL = UNITS


def _shared_toll(
    ctx: Context, best: tuple[int | None, int | None, int | None]
) -> tuple[int | None, int | None, int | None] | None:
    """'Fatalities split between 3 events': this event's share is the toll divided by 3
    (rounded half up)."""
    if best[0] is None or best[0] == 0:
        return None
    m = SPLIT_RE.search(ctx.article.text)
    if m is None:
        return None
    k_text = m.group("k").lower()
    k = int(k_text) if k_text.isdigit() else _SMALL.get(k_text, 1)
    if k <= 1:
        return None

    def part(v: int | None) -> int | None:
        return None if v is None else int(v / k + 0.5)

    share = (part(best[0]), part(best[1]), part(best[2]))
    ctx.add_claim(
        "fatalities",
        share[0],
        (m.start(), m.end()),
        low=share[1],
        high=share[2],
        basis="share",
        share_of=best[0],
        events=k,
    )
    return share


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
        else:
            r.additional = True


def _resolve_self_harm(readings: list[Reading], text: str) -> None:
    """One who harmed himself is an additional person only when someone else was harmed in
    the same sentence ("shot his wife and then himself") or the text calls it a murder-suicide;
    otherwise (an accidental or lone self-inflicted shooting) he is the victim."""
    murder_suicide = bool(re.search(r"murder[- ]suicide", text, re.IGNORECASE))
    for r in readings:
        if r.group != "suspect" or not any(ref[0] == "self" for ref in r.referents):
            continue
        others = any(
            o is not r
            and o.sent == r.sent
            and o.active
            and o.group != "suspect"
            and o.field in ("fatalities", "hit", "injuries")
            and not _refers_back_only(o)
            # a line break the sentence splitter ran over is a sentence break (a headline or
            # a repeated line without a full stop)
            and "\n" not in text[min(o.start, r.start) : max(o.start, r.start)]
            for o in readings
        )
        if not (others or murder_suicide):
            r.group = "victims"


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

    def died(r: Reading) -> bool:
        if r.basis != "implied" or not r.referents or r.additional:
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
            return False
        return True

    return [r for r in injured if not died(r)]


ALIVE = re.compile(
    r"\b(?:stable|fair|good|serious|survive|recover|recovering|released|treated)\b", re.I
)
CRITICAL = re.compile(r"\b(?:critical|grave|life-threatening|extremely\s+serious)\b", re.I)


def _combine(readings: list[Reading]) -> tuple[int | None, int | None, int | None]:
    """The article's best count from its readings of one field (docs/numbers.md)."""
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
    # "the 51-year-old woman is in critical condition and the three others are stable": others
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


TRIGGER_WORDS = frozenset(
    set(TRANSITIVE)
    | set(INTRANSITIVE)
    | set(ADJECTIVES)
    | set(NOUNS)
    | TOLL_NOUNS
    | TRANSPORT_VERBS
    | STAY_VERBS
    | _words(
        "shot wounded injured slain lose pass turn take code cod put estimate stand rise climb "
        "reach suffer sustain treat receive leave find pronounce declare confirm report hit "
        "strike graze claim cost condition shooting stabbing homicide murder killing slaying "
        "murder-suicide suicide save"
    )
)
"""Every word a casualty reading can start from: the tokens `annotate` looks at."""
TRIGGER_HASHES = np.array(sorted(hash_string(w) for w in TRIGGER_WORDS), dtype=np.uint64)
PERSONNEL_HASHES = np.array(sorted(hash_string(w) for w in PERSONNEL_WORDS), dtype=np.uint64)
