"""Where, the event's place: the place where the event happened among those named (steps 4, 5).

Mentions score for the lede, the headline, "in"/"at", event sentences and specificity; streets
and surnames are not towns (`_streets_and_surnames`); `_local_site` finds a local site inside
the chosen place.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import defaultdict

from spacy.attrs import LEMMA, POS, TAG
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.symbols import VERB
from spacy.tokens import Token

from newsfold.analyse.context import Context
from newsfold.analyse.gazetteer import (
    ADMIN1,
    ADMIN2,
    CITY,
    COUNTRY,
    Gazetteer,
)
from newsfold.analyse.nlp import entities
from newsfold.analyse.numbers import street_kinds
from newsfold.analyse.where.candidates import _OWNER_DETS, _fits, _key_of
from newsfold.analyse.where.courts import _court_town
from newsfold.analyse.where.evidence import _Evidence
from newsfold.analyse.where.local_names import _JUNCTION_WORDS
from newsfold.analyse.where.mentions import _Mention
from newsfold.analyse.where.scanner import _Scanner, _site_word_after
from newsfold.analyse.where.vocabulary import (
    _ADMIN1_WORDS,
    _ADMIN2_WORDS,
    _AROUND_WORDS,
    _AT_PREPS,
    _CASUALTY_FIELDS,
    _CITY_WORDS,
    _COMPASS_WORDS,
    _COUNTY_WORDS,
    _EVENT_LEMMAS,
    _PLACE_LABELS,
    _QUARTER_WORDS,
    _STREET_WORDS,
    _UNIT_WORDS,
    STREET_SUFFIX,
    TOWN_KIND_WORDS,
    _words,
)
from newsfold.calendar_words import alternation

_LEAD_SENTENCES = 12
"""How many sentences from the story's start are read for the event's verbs (a lede and what
follows it; a long page's later verbs tell its other stories and its background)."""

_EVENT_LEMMA_HASHES = frozenset(hash_string(w) for w in _EVENT_LEMMAS)
_ARREST_LEMMA_HASH = hash_string("arrest")
_VBN_HASH = hash_string("VBN")  # a past participle's tag (`_passive_harm_sentences`)


def _lead_verbs(ctx: Context, sc: _Scanner) -> list[tuple[int, int]]:
    """(token index, lemma hash) of each verb of the first `_LEAD_SENTENCES` sentences, read
    from the Doc in one `to_array` call: what `_event_and_arrest_sentences` and
    `_response_sentences` look up by lemma."""
    if not sc.n:
        return []
    arr = ctx.doc.to_array([POS, LEMMA])[: _lead_end(sc)]
    return [(k, int(arr[k, 1])) for k in (arr[:, 0] == VERB).nonzero()[0].tolist()]


def _lead_end(sc: _Scanner) -> int:
    """The token index where the first `_LEAD_SENTENCES` sentences end."""
    if len(sc.sent_starts) > _LEAD_SENTENCES:
        return sc.sent_starts[_LEAD_SENTENCES]
    return sc.n


def _event_and_arrest_sentences(
    ctx: Context, sc: _Scanner, lead_verbs: list[tuple[int, int]]
) -> tuple[set[int], set[int]]:
    """Sentences with a casualty claim (from `counts`) or an event verb (of `lead_verbs`, the
    lead's: `_lead_verbs`), and those with an arrest.

    In a story that counts dead or wounded, a sentence that tells only an arrest ("Smith was
    arrested at his Dayton home") reports the aftermath, not the event: its towns are where
    the police found someone. A story of arrests alone counts them among the event's
    sentences (the arrest is its event): `_event_place` joins the two sets when no sentence
    counts dead or wounded (`_harm_sentences`).
    """
    out: set[int] = set()
    arrests: set[int] = set()
    for f in _CASUALTY_FIELDS:
        for c in ctx.claims_for(f):
            (arrests if f == "arrested" else out).add(sc.sent_at(c.start))
    for k, lemma in lead_verbs:
        if lemma in _EVENT_LEMMA_HASHES:
            (arrests if lemma == _ARREST_LEMMA_HASH else out).add(sc.sent_of(k))
    return out, arrests


# Verbs that send police or medics to a scene: "deputies were called to a home on Elm Road in
# Milltown", "medics were summoned to a residence off Lake Road in Eastbrook", "officers
# responded to an apartment on First Street in Riverton". The place they were sent to is the
# scene, whatever the sentence says of the harm.
_RESPONSE_LEMMAS = ("call", "summon", "dispatch", "respond", "send")


_HOSPITAL_BEFORE = re.compile(r"\b(?:hospital|medical cent(?:er|re)|emergency room|clinic)\b", re.I)


_RESPONSE_LEMMA_HASHES = frozenset(hash_string(w) for w in _RESPONSE_LEMMAS)


def _response_sentences(sc: _Scanner, lead_verbs: list[tuple[int, int]]) -> set[int]:
    """Sentences (of the lead: `lead_verbs`, `_lead_verbs`) whose verb sends police or medics
    somewhere (`_RESPONSE_LEMMAS`)."""
    return {sc.sent_of(k) for k, lemma in lead_verbs if lemma in _RESPONSE_LEMMA_HASHES}


def _clause_start(text: str, m: _Mention, reach: int = 90) -> int:
    """Where the sentence of a mention of the text starts, read back at most `reach`
    characters (a stop, a question or exclamation mark, a line break)."""
    lo = max(0, m.start - reach)
    ends = [text.rfind(c, lo, m.start) for c in ".!?\n"]
    return max([lo, *(e + 1 for e in ends if e >= 0)])


def _harm_sentences(ctx: Context, sc: _Scanner) -> set[int]:
    """Sentences that count the dead or the wounded (not an arrest's or a displacement's),
    and those that tell someone was hit in the passive (`_passive_harm_sentences`)."""
    return {
        sc.sent_at(c.start) for f in ("fatalities", "injuries") for c in ctx.claims_for(f)
    } | _passive_harm_sentences(ctx, sc)


# What hits a person in "was hit by gunfire", "was struck by a stray bullet".
_SHOT_NOUNS = frozenset({"gunfire", "bullet", "bullets", "round", "rounds", "shot", "shots"})


def _passive_harm_sentences(ctx: Context, sc: _Scanner) -> set[int]:
    """Sentences (of the lead, `_lead_end`) whose passive verb tells someone was hit: "A woman
    was shot Sunday in Urbandale", "was shot and killed", "was gunned down", "was hit by
    gunfire", "was struck by a bullet".

    Reads the parse: a passive "shoot" (not "shot at" with no object, someone fired on and
    missed, nor "shot up", a building's), a passive "gun" with "down", a passive "hit" or
    "strike" whose agent is gunfire or a bullet. Where in the sentence the town stands (a
    home, a hospital) is the mention's own role, read elsewhere.

    `counts` reads most of these sentences itself: "A man was shot", "was found shot", "was
    hit by gunfire" each give an injuries claim of basis "harmed", which `_harm_sentences`
    takes. This reading is for those it reads no one in: a subject run into a dateline ("DES
    MOINES, Iowa - A woman was shot Sunday in Urbandale": no claim, and without this the
    dateline's city keeps the event) and "was gunned down" (no casualty word of `counts`).
    Not made a claim of `counts` (review of session 28): an injuries claim of no count would
    be read by reconciliation, which takes every injuries claim (`tolls._shot_only`,
    `conflicts`, `corroboration`), so it would need a field of its own, and `counts` would
    need this same parse test to find what its readings miss: the code moved, not shared.
    """
    if not sc.n:
        return set()
    doc = ctx.doc
    out: set[int] = set()
    # the lead's past participles found in one `to_array` call, as `_lead_verbs` finds its
    # verbs: a `Token` made for each of the lead's words cost more than the test itself
    tags = doc.to_array(TAG)[: _lead_end(sc)]
    for k in (tags == _VBN_HASH).nonzero()[0].tolist():
        if _is_passive_harm(doc[k]):
            out.add(sc.sent_of(k))
    return out


def _is_passive_harm(tok: Token) -> bool:
    """Whether a past participle is a passive verb of someone hit by gunfire (see
    `_passive_harm_sentences`)."""
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    if lemma == "shoot" and _found_shot(tok):
        return True
    if not any(c.dep_ == "auxpass" for c in kids):
        return False
    if lemma == "shoot":
        if any(c.dep_ == "prt" and c.lower_ == "up" for c in kids):
            return False  # "the house was shot up"
        # "was shot at" with no object: fired on, not hit
        return not any(c.dep_ == "prep" and c.lower_ == "at" and not list(c.children) for c in kids)
    if lemma == "gun":
        return any(c.lower_ == "down" for c in kids)
    if lemma in ("hit", "strike"):
        return any(
            c.dep_ == "agent" and any(g.lower_ in _SHOT_NOUNS for g in c.children) for c in kids
        )
    return False


def _found_shot(tok: Token) -> bool:
    """Whether "shot" completes a passive "found": "A man was found shot Sunday in West Des
    Moines" tells the harm as "was shot" does (the parse hangs "shot" under "found")."""
    head = tok.head
    return (
        tok.dep_ in ("xcomp", "oprd", "acomp")
        and head.lemma_.lower() == "find"
        and any(c.dep_ == "auxpass" for c in head.children)
    )


_PAST_ROLES = frozenset({"other_period", "statistic"})
_PAST_GAP_DAYS = 60
"""A period that ends this long before the event began is another, earlier time."""


def _past_sentences(ctx: Context, sc: _Scanner) -> set[int]:
    """Sentences that tell only an earlier time than the event's: "She lost her brother last
    spring and her cousin last year to shootings in Detroit" opens a story about a girl
    wounded at home near Elm Grove. A sentence with a period `when` set apart as another period or a
    statistic, ending two months or more before the event's days begin, and no time of the
    event itself, recalls the past; the places it names are the past's, not the scene."""
    found = ctx.notes.get("when")
    if not isinstance(found, dict) or not sc.n:
        return set()
    start = found.get("start")
    if not isinstance(start, dt.date):
        return set()
    past: set[int] = set()
    now: set[int] = set()
    for t in ctx.times:
        s = sc.sent_at(t.start)
        if t.role == "event":
            now.add(s)
        elif t.role in _PAST_ROLES and (start - t.date_end).days >= _PAST_GAP_DAYS:
            past.add(s)
    return past - now


# A photo's caption: a line that ends with the picture's credit in brackets ("The scene near
# Highway 86 in Piedmont. (iWitness)", "(Photo: Jo Doe/KTVB)", "(March 6, 2014/FOX 21)").
# Pages open with them, so a caption takes the lede's place; its town may be anywhere the
# story went (a chase's end), not where the harm was done.
_CAPTION_LINE = re.compile(
    r"^[^\n]{0,300}\((?:[^()\n]*(?:Photo|photo|PHOTO|iWitness|Courtesy|courtesy|Getty|"
    r"Credit|credit|/)[^()\n]*)\)[ \t]*$",
    re.MULTILINE,
)


def _captions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each photo caption line of the text."""
    return [(mt.start(), mt.end()) for mt in _CAPTION_LINE.finditer(text)]


# a town right after a school's name: "attended Jan Doe Opportunity School in Miami Gardens"
_SCHOOL_BEFORE = re.compile(
    r"\b(?:School|Academy|Elementary|College|Preparatory)\s*,?\s+in\s+(?:the\s+)?$"
)


def _recalled(m: _Mention, other_incidents: list[tuple[int, int]]) -> bool:
    """Whether a mention of the text lies where it tells another incident (`when`'s
    background markers); a headline's mention has no span in the text."""
    return not m.title and any(lo <= m.start < hi for lo, hi in other_incidents)


# A town named right after a street address: "in the 700 block of East 14th Avenue in Fernhill",
# "on July Drive in Lowmansville", "at 205 Ruth Ave., in Warren". US police and reports give the
# scene as an address in its town; a resident's address is `residence` ("John Doe of
# the 900 block of Elm Street in Dayton") and is weighed apart.
_ADDRESS_BEFORE = re.compile(rf"(?:\bblock of [^.;:!?\n]{{2,50}}?|\b{STREET_SUFFIX})\s*,?\s+in\s+$")


# A town the harm itself is set in: "the shooting of a boy in Ridgeford",
# "the Oct. 3 shooting at the Lakeside Banquet Hall in Marlow" (the noun of the event,
# then the town within a few words, no clause between).
_SCENE_NOUN_BEFORE = re.compile(
    r"\b(?:shooting|shootout|stabbing|homicide|killing|slaying|murder)s?\b"
    # (no arrest's or recovery's verb between: "a shooting in which the gunman's van was later
    # recovered in Norco", "a shooting for which a man was arrested in X": where the inquiry
    # led, `_AFTERMATH_BEFORE`)
    r"(?:(?!\b(?:recovered|arrested|apprehended|captured|booked|jailed|arraigned)\b)"
    r"[^.;:!?\n,]){0,60}?"
    r"\b(?:in|at|near)\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    # "a shooting in the town of Windsor", "in the unincorporated community of Limestone"
    r"(?:(?:unincorporated\s+)?(?:town|city|village|borough|township|hamlet|community)\s+of\s+)?$"
)


# The harm's noun after the town's name, the town as its modifier: "a Cedar Bluff shooting
# that wounded a teenager", "the North Halden shooting", "a Marlow double homicide". Only the
# noun itself, right after the name, an adjective of the harm at most between: "the Vallejo
# officer-involved shooting" (another shooting, by the town's police) and "the Vallejo
# police" are no such town; nor is a line's heading ("Flagler Estates shooting" over one of a
# roundup's incidents).
_SCENE_NOUN_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:(?:double|triple|fatal|deadly|mass|weekend|overnight|early-morning)\s+)?"
    r"(?:shooting|shootout|stabbing|homicide|slaying|murder)\b(?!-)(?![ \t]*(?:\n|$))"
)
# "the third Pasco shooting this year", "another Pasco shooting": one of a series, which
# need not be this one
_SERIES_BEFORE = re.compile(
    r"\b(?:another|other|latest|recent|previous|earlier|last|first|second|third|fourth|"
    r"fifth|\d+(?:st|nd|rd|th)|\w+teenth|twentieth|several|many|two|three|four|five)\s+$",
    re.IGNORECASE,
)


def _harm_noun_after(text: str, m: _Mention) -> bool:
    """Whether the harm's noun follows a mention of the text ("a Cedar Bluff shooting")."""
    if m.title or m.start < 0 or _SERIES_BEFORE.search(text, max(0, m.start - 20), m.start):
        return False
    return _SCENE_NOUN_AFTER.match(text, m.end, m.end + 40) is not None


# a sentence that sets the event's scene in a town, before the town's name: "The shooting
# happened just outside Franklinville", "Deputies said the home is in Ramseur", "It happened
# near Ada", "The scene was about two miles north of Smithfield" (the definite article: the
# story's own scene, not "a home in X", which `_after_address` and the harm's sentence read)
_SCENE_TOLD_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:[A-Z][\w']*(?:\s+[\w']+){0,3}?\s+(?:said|say|says)\s+(?:that\s+)?)?"
    r"(?:(?:[Tt]he|[Tt]hat)\s+(?:shooting|home|house|residence|scene|incident|"
    r"property|location|trailer|mobile\s+home|apartment|farm|crash|"
    # a rural scene's own dwelling or grounds: "The farmhouse is four miles east of
    # Wolfforth", "The cabin sits just north of Seneca", "The camp lies outside Roundup";
    # a lake or park the harm was at, placed by its town: "The lake is near Stoughton"
    r"farm\s*house|cabin|camp(?:site|ground)?|ranch(?:\s+house)?|barn|cottage|lodge|"
    r"lake|park|reservoir|trailhead|"
    # a party or show the shots broke out at, placed by its own sentence (h-city48: "a bash
    # where four people were shot ... The party was at a farm in Webster Township"; the harm's
    # sentence named only the host's home town)
    r"party|block\s+party|cookout|barbecue|concert|festival)|It)\s+"
    r"(?:is|was|sits|sat|lies|lay|happened|occurred|took\s+place)\b"
    # (not a person's home or a later move: "The home is owned by a man who lives in X")
    r"(?:(?!\b(?:lives?|lived|living|from|taken|flown|arrested|booked)\b)[^.;!?\n]){0,40}?"
    r"\b(?:in|near|outside(?:\s+of)?|of|at)\s+(?:the\s+(?:(?:town|city|village|community)\s+of\s+)?)?$"
)


# People found (or discovered) at their own home, the town after it: "The couple were found in
# their house in Greeley by a relative", "were discovered Tuesday at their home in X". A
# wire story tells the harm in one sentence, under its bureau's dateline, and where the
# victims were found in the next, which counts no one: the home is the scene. Plural owners
# only: "the suspect was found at his home in X" is where the police caught him.
_FOUND_AT_OWN_HOME_BEFORE = re.compile(
    r"\b(?:found|discovered)\b[^.;:!?\n]{0,40}?\b(?:in|at|inside)\s+their\s+(?:own\s+)?"
    r"(?:home|house|apartment|residence|trailer)s?\s+(?:in|at)\s+$"
)


def _scene_told_town(text: str, m: _Mention) -> bool:
    """Whether a sentence of its own sets the story's scene in the town `m` names.

    Reads the sentence's words before the name (`_SCENE_TOLD_BEFORE`): "The shooting
    happened just outside Franklinville", "The home is in Ramseur", "It happened near Ada".
    A rural report often tells the harm at an address with no town ("shot at a home on Old
    Cedar Falls Road", under the county seat's dateline) and the town it lies by in the next
    sentence; that sentence counts no one, so the harm's sentences miss it, and the dateline
    kept the event. Its town is the scene, as an address's is. Not a headline's mention.
    """
    if m.title or m.start <= 0:
        return False
    lo = max(0, m.start - 90)
    return (
        _SCENE_TOLD_BEFORE.search(text, lo, m.start) is not None
        or _FOUND_AT_OWN_HOME_BEFORE.search(text, lo, m.start) is not None
    )


def _after_address(text: str, m: _Mention) -> str:
    """ "address" when a mention of the text is the town of a street address before it,
    "harm" when it is the town of the harm's own noun ("the shooting of a girl in Chubbuck"),
    else ""."""
    if m.title or m.residence or m.start <= 0:
        return ""
    lo = max(0, m.start - 90)
    if _SCENE_NOUN_BEFORE.search(text, lo, m.start) is not None:
        return "harm"
    return "address" if _ADDRESS_BEFORE.search(text, lo, m.start) is not None else ""


# Where a story goes after the harm: the town a suspect was arrested, found, booked, jailed or
# arraigned in, a medical examiner's, a crime lab's or a state police post's town ("arrested
# Friday in Helena by deputies", "booked into the jail in Media", "arraigned in Stamford",
# "the medical examiner in Memphis", "the State Police post in Lowell"; not a bare "the jail
# in X", "the headquarters in X": a protest's or a riot's site), within the clause before
# the town's name (not "arrested at the scene in Dayton", "found shot in
# Dayton": the scene).
_AFTERMATH_BEFORE = re.compile(
    r"(?:\b(?:arrested|apprehended|captured|caught|detained|taken into custody|surrendered|"
    r"turned (?:himself|herself) in|extradited|arraigned|booked|jailed|lodged|"
    r"sentenced|indicted|nabbed|"
    # people found at their own home are the harm's victims, the home its scene ("the couple
    # were found in their house in Greeley by a relative"), not where an inquiry led
    r"(?:found|located)(?![^.;:!?\n]{0,30}?\b(?:in|at|inside)\s+their\s+(?:own\s+)?"
    r"(?:home|house|apartment|residence|trailer|bedroom)s?\b)|"
    # a car, a gun or a phone the police recovered, a search warrant they served: where the
    # inquiry led ("the getaway car was recovered Monday in Norco", "detectives served a
    # search warrant at a house in Norco"; not "recovered a body", a scene's word)
    r"recovered|(?:served|executed|carried out) (?:a |two |several )?search warrants?)\b"
    # (a clock's "a.m." is no sentence's end: "arraigned at 11 a.m. Friday in ...")
    r"(?:(?!\b(?:scene|shot|dead|killed|slain|wounded|injured|body|lying)\b)"
    r"(?:\b[ap]\.m\.|[^.;:!?\n])){0,50}?"
    r"|\b(?:medical examiner(?:'s office)?|coroner's office|morgue|crime lab(?:oratory)?|"
    r"(?:state police|highway patrol|trooper) (?:post|barracks)|"
    # a court's or a courthouse's town is where the case is heard, the county's seat most
    # often, not the scene: "a hearing in 22nd District Court in Inkster"
    r"(?:district|superior|circuit|municipal|magistrate|probate|juvenile|family|criminal|"
    r"county|federal) court|courthouse)\s+)"
    # ("captured outside of Atlanta": the arrest's place, as "in Atlanta" is)
    r"\b(?:in|at|near|outside(?:\s+of)?)\s+"
    # ("arrested Thursday in the Bronx": a town named with its article)
    r"(?:(?:the|nearby|neighboring|neighbouring|downtown)\s+)?$",
    re.IGNORECASE,
)

# a case heard "in" a court of a town: "charged Saturday in 22nd District Court in Inkster",
# "arraigned in Bridgeport Superior Court in Bridgeport" (in a court, not "outside" or "at"
# it, where a shooting can be): the court's town even in a sentence that counts the harm
_IN_COURT_BEFORE = re.compile(
    r"\bin\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?"
    r"(?:district|superior|circuit|municipal|magistrate|probate|juvenile|family|criminal|"
    r"county|federal|common pleas) court\s+in\s+$",
    re.IGNORECASE,
)


# a state force's post named by its town: "State police from the Kirkwood barracks", "troopers
# at Hollidaysburg said", "state police out of Batavia", "KSP Post 7 in Richmond" (before the
# name), with the post's noun after it when the name is a modifier ("the Richmond post")
_POST_FORCE_BEFORE = re.compile(
    r"\b(?:state\s+police|state\s+troopers?|troopers?|state\s+patrol|highway\s+patrol|"
    r"KSP|PSP|(?P<post>post\s+\d+))\s+(?P<prep>from|at|out\s+of|based\s+(?:at|in)|of|in)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_POST_NOUN_AFTER = re.compile(r"\s+(?:barracks|post|detachment)\b", re.IGNORECASE)
_POST_WORDS_BEFORE = re.compile(
    r"\b(?:state\s+police|troopers?|state\s+patrol|highway\s+patrol)\b[^.;!?\n]{0,30}$",
    re.IGNORECASE,
)


def _police_post_town(text: str, m: _Mention) -> bool:
    """Whether a mention of the text names the town of a state police post, not the scene.

    Reads the 40 characters before the name and the word after it: "State police from the
    Kirkwood barracks", "Troopers from the Richmond post", "State police at Hollidaysburg
    said", "Troop A state police out of Batavia", "KSP Post 7 in Richmond". State forces work
    rural cases from a barracks in another town; the report names it as it names the force,
    and the scene is the town the harm is set in ("... a man was shot Saturday in Tyrone").
    "State police in Tyrone" is not read so unless the post's noun follows (a town's own
    force is named so too). Not a headline's mention.
    """
    if m.title or m.start <= 0:
        return False
    lo = max(0, m.start - 40)
    before = _POST_FORCE_BEFORE.search(text, lo, m.start)
    post_after = _POST_NOUN_AFTER.match(text, m.end) is not None
    if before is not None:
        # "state police in X", "troopers of X" name a post only with its noun after
        return (
            before.group("prep").lower() not in ("in", "of")
            or post_after
            or bool(before.group("post"))
        )
    return post_after and _POST_WORDS_BEFORE.search(text, lo, m.start) is not None


# a gathering after the harm and the town it is held in, within the clause before the name:
# "Friends gathered in Greensboro", "a vigil Monday at a church in Durham", "a march in X";
# not past a harm's word ("a vigil for a man killed in X": the harm's town)
_GATHERING_BEFORE = re.compile(
    # (lower-case "march", "memorial": not the month, "Memorial Day", "Memorial Hospital")
    r"\b(?:[Vv]igils?|memorials?|[Ff]unerals?|[Rr]ally|[Rr]allies|march|marches|"
    r"[Mm]ourners|mourned|[Pp]rayer\s+service|[Bb]alloon\s+release)\b"
    r"(?:(?!\b(?:shot|shooting|killed|slain|died|wounded|injured|dead|death)\b)[^.;:!?\n]){0,50}?"
    r"\b(?:in|at)\s+(?:(?:the|a|an|nearby|downtown)\s+)?$"
)

# "gathered in Greensboro on Monday for a vigil": the gathering's word after the name (a bare
# "Neighbours gathered on the quiet street in Queens" is at the scene)
_GATHERED_BEFORE = re.compile(r"\bgathered\s+(?:\w+\s+){0,2}?(?:in|at)\s+$", re.IGNORECASE)
_GATHERING_AFTER = re.compile(
    r"[^.;:!?\n]{0,40}?\b(?:vigils?|memorials?|funerals?|prayer|rally|march)\b"
)


def _gathering_town(text: str, m: _Mention) -> bool:
    """Whether a mention of the text names the town of a vigil, memorial, funeral, march or
    rally held after the harm, not the scene.

    Reads the clause before the name (up to 60 characters, no harm's word between the
    gathering's word and the name), or "gathered in" before it and the gathering's noun after
    it: "Friends gathered in Greensboro on Monday for a vigil for a
    man killed ... in High Point". Mourners meet where the victim lived or worshipped, often
    another town than the scene's. "a vigil at the home where he was shot" names no town;
    "a vigil for the man shot in X" sets the harm in X (the harm's word breaks the clause).
    Not a headline's mention.
    """
    if m.title or m.start <= 0:
        return False
    lo = max(0, m.start - 60)
    if _GATHERING_BEFORE.search(text, lo, m.start) is not None:
        return True
    return (
        _GATHERED_BEFORE.search(text, lo, m.start) is not None
        and _GATHERING_AFTER.match(text, m.end) is not None
    )


def _aftermath_town(text: str, title: str, m: _Mention, harm_sents: set[int]) -> bool:
    """Whether a mention names only a town the story went to after the harm.

    Reads the few words before the name (in the headline for a headline's mention): a
    hospital's or a destination's town (`m.hospital`, `m.dest`) or the town after an arrest's,
    a jail's, a court's or an agency's words (`_AFTERMATH_BEFORE`) in a sentence that counts
    no dead or wounded (`harm_sents`), of a text that counts some (a story of arrests or of a
    protest alone has no aftermath: "protesters gathered before the headquarters in X").
    Long local stories name such towns beside a scene they give only as a street ("the 1400
    block of Elm Street") or through its police ("Salisbury police said"): no scene.
    """
    if m.hospital or m.dest:
        return True
    if m.harm_noun if m.title else (_harm_noun_after(text, m) or _after_address(text, m) == "harm"):
        # "arrested in Peoria shooting", "arrested a man wanted for a shooting in Houston":
        # the harm's town
        return False
    if not harm_sents:
        return False  # a story of arrests alone: the arrest is its event
    if m.title:
        at = title.find(m.text)
        return at > 0 and _AFTERMATH_BEFORE.search(title, max(0, at - 80), at) is not None
    if m.start > 0 and _IN_COURT_BEFORE.search(text, max(0, m.start - 80), m.start):
        return True
    if m.start <= 0 or m.sent in harm_sents:
        # "Police arrested a man in Dayton after a woman was shot", "shot outside the jail
        # in Media": a sentence that counts the harm may set it in the town it names
        return False
    return _AFTERMATH_BEFORE.search(text, max(0, m.start - 80), m.start) is not None


def _past_aftermath(
    g: Gazetteer,
    best: int,
    totals: dict[int, float],
    by_row: dict[int, list[_Mention]],
    after: set[int],
) -> int:
    """The event's town once towns named only after the harm are set aside (`best` if none).

    When every mention of the chosen town is an aftermath's (`_aftermath_town`: "the suspect
    was arrested Saturday in Bozeman" in a story of "a Billings man" shot at home), another
    town of the same country the text names otherwise and scores above nothing is the
    scene's; a text that names no other town keeps the chosen one.
    """
    if best < 0 or g.kind[best] != CITY or not by_row[best]:
        return best
    if not all(id(m) in after for m in by_row[best]):
        return best
    alts = [
        r
        for r, t in totals.items()
        if r != best
        and t > 0
        and g.kind[r] == CITY
        and g.cc[r] == g.cc[best]
        and not all(id(m) in after for m in by_row[r])
    ]
    return max(alts, key=lambda r: totals[r]) if alts else best


def _suburb_landmark(m: _Mention, text: str) -> bool:
    """Whether a mention names the big city a named suburb lies by: the text says "the
    Dallas suburb of Mesquite" (the mention's kind word "suburb", singular, then "of" and a
    name; a headline's "Dallas suburb" when the text so names it).

    Reads the mention's kind word and the text. A suburb is another town than its city: the
    city only says where the suburb lies, and the suburb named after "of" is the scene
    (`scanner._named_suburb_prep` gives it the "in"). With no suburb named ("in a Lagos
    suburb") the city is still the place told, near it (`_AROUND_WORDS`), as it was.
    """
    if m.kind_word != "suburb":
        return False
    after = re.compile(rf"{re.escape(m.text)}\s+suburb\s+of\s+[A-Z]")
    return bool(after.search(text)) if m.title else bool(after.match(text, m.start))


# an apposition before a town calling the town before it a suburb or a municipality beside
# it: "Raytown, a suburb of ", "Cudahy, a southern suburb of ", "Shively, a small city in
# southwest ", "Norwood, a city surrounded by "
_APPOSED_SUBURB_BEFORE = re.compile(
    rf"[A-Z][\w'’.-]*,\s+an?\s+(?:[\w-]+\s+){{0,2}}?{alternation(TOWN_KIND_WORDS)}\s+"
    r"(?:[\w-]+\s+){0,3}?(?:of|outside|near|in|inside|within|by|bordering)\s+"
    r"(?:(?:north|south|east|west)(?:east|west)?(?:ern)?\s+)?\Z"
)


def _apposed_suburb_landmark(g: Gazetteer, m: _Mention, text: str) -> bool:
    """Whether a mention names the US town a town just named lies by, in an apposition: "in
    Raytown, a suburb of Kansas City", "Shively, a small city in southwest Louisville".

    Reads the 80 characters before the mention (not a headline's) and its town row. As in
    "the Dallas suburb of Mesquite" (`_suburb_landmark`), the suburb is another town than its
    city, and the scene; the city only says where the suburb lies. (Only a US town: "Kidal, a
    town in northern Mali" names the province and country the scene is in.)
    """
    if m.title or m.start < 0 or m.best < 0 or g.cc[m.best] != "US" or g.kind[m.best] != CITY:
        return False
    return _APPOSED_SUBURB_BEFORE.search(text, max(0, m.start - 80), m.start) is not None


# "suburban" right before a name: "in suburban Toledo", "a suburban Toledo bar"
_SUBURBAN_BEFORE = re.compile(r"\bsuburban\s+\Z", re.IGNORECASE)
SUBURBS_KM = 50.0
"""How far from a big city a town the text names may lie and be one of "suburban X"'s."""


def _suburbs_of(g: Gazetteer, m: _Mention, mentions: list[_Mention], text: str) -> bool:
    """Whether a mention names only the suburbs around a big city, not the city: "suburban
    Toledo" when the text names a smaller town of its state within `SUBURBS_KM` of it ("the
    slayings at a suburban Toledo bar ... the Sylvania bar"; not a home's or a hospital's).

    Reads the words before the name and the other mentions' rows. "Suburban" before a US city
    of 200,000 people or more (a core city with suburbs) is the land around it, as "the Toledo
    suburbs" is, and the suburb the text names is the scene; before a suburb itself ("in
    suburban Waukegan", no smaller town near it named) it still says the town's own place.
    """
    if m.title or m.start <= 0 or m.best < 0 or g.cc[m.best] != "US" or g.kind[m.best] != CITY:
        return False
    if g.population[m.best] < 200_000:
        return False
    if _SUBURBAN_BEFORE.search(text, max(0, m.start - 12), m.start) is None:
        return False
    return any(
        o.best >= 0
        and o.best != m.best
        and g.kind[o.best] == CITY
        and g.admin1[o.best] == g.admin1[m.best]
        and g.population[o.best] < g.population[m.best]
        and not (o.residence or o.dest or o.hospital or o.in_org)
        and g.km(o.best, m.best) <= SUBURBS_KM
        for o in mentions
    )


def _event_score(g: Gazetteer, m: _Mention, ev_sents: set[int], ev: _Evidence) -> float:
    """How likely a mention names the place of the event."""
    e = 0.0
    if m.title:
        e += 2.5
    else:
        e += (3.0, 2.0, 1.2, 0.8, 0.5)[m.sent] if m.sent < 5 else 0.2
        if m.key in ev.title_keys and not m.in_org:
            # (not the town in a school's or a paper's name the headline's town repeats:
            # "Whitehouse teen who died in hunting accident" ... "at Whitehouse High School")
            e += 2.0
        if m.sent in ev_sents and not m.residence:
            # (not a home the sentence names beside the harm: "John Doe, 31, of the 400 block
            # of Birch Lane in Griffith, died where he fell" tells where he lived)
            e += 1.5
    if m.prep in _AT_PREPS and m.kind_word not in _AROUND_WORDS and not m.residence:
        # (not the "in" of a home's address: "of the 400 block of Birch Lane in Griffith")
        # not "in the Atlanta suburbs": around the town, not in it
        e += 1.5
    elif m.title and m.harm_noun and not m.residence:
        e += 1.5  # "Allen shooting after Facebook fight": the harm's town, as "in Allen" is
    if m.residence or m.dest or m.hospital:
        # an unnamed hospital's town ("taken to a hospital in Plano") is no destination
        # dropped outright: a text naming no other place has no nearer town for the event
        e -= 3.0
    elif m.prep == "from":
        e -= 1.0
    if m.in_org:
        e -= 4.0 if m.in_building else 2.0
    if m.jurisdiction:
        e += 0.5
    if m.dateline:
        e += 3.0
    if m.qual_of is not None:
        e -= 1.0
    if m.best >= 0:
        kind = g.kind[m.best]
        e += {CITY: 1.0, ADMIN2: 0.5, ADMIN1: 0.0, COUNTRY: -1.5}[kind]
        if m.actor and kind == COUNTRY:
            e -= 4.0
        if m.quals or m.qual_rows:
            e += 0.5
    return e


# a street's name the text may use again alone ("Lamar Avenue" ... "on Lamar"): not a court's,
# place's, way's, square's, circle's, terrace's or trail's, whose names are often a
# courthouse's, a town's or a park's ("Superior Court", "Times Square"), nor
# "St."/"Dr." (Saint, Doctor: `street_kinds`' plain)
_NAMED_STREET_KINDS = _words("Avenue Street Road Boulevard Drive Lane Parkway Pike Highway")
_STREET_NAME = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:"
    + street_kinds(r"\.?", _NAMED_STREET_KINDS, plain=True)
    + r"|Corridor)\b"
)


# a school's or a church's name: "Southside High School", "Alpine Elementary", "Grace Church"
_BUILDING_NAME = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:High|Middle|Elementary|Junior High|Intermediate|"
    r"Primary|Academy|College|Church|Chapel)\b"
)


def _streets_and_surnames(ctx: Context) -> tuple[set[str], set[str]]:
    """Names the text uses for streets ("Lamar Avenue") or schools and churches ("Southside
    High School": "the shooting at Southside" is at the school) and the surnames of the people
    it names ("Marcus Hale"): met again alone, they are the street, the school and the person."""
    text = ctx.article.text
    streets = {m.group(1) for m in _STREET_NAME.finditer(text)}
    streets |= {m.group(1) for m in _BUILDING_NAME.finditer(text)}
    surnames = {
        e[-1].text
        for e in entities(ctx.doc)
        if e.label_ == "PERSON" and len(e) >= 2 and e[-1].is_title
    }
    return streets, surnames


def _event_place(
    g: Gazetteer, ctx: Context, sc: _Scanner, mentions: list[_Mention], ev: _Evidence
) -> tuple[int, list[_Mention]]:
    """The row where the event happened (or -1), and the mentions that name it."""
    harm_sents = _harm_sentences(ctx, sc)
    lead_verbs = _lead_verbs(ctx, sc)  # read once: the event's and the response's sentences
    told, arrests = _event_and_arrest_sentences(ctx, sc, lead_verbs)
    ev_sents = told if harm_sents else told | arrests
    # In a story that counts dead or wounded, a sentence telling only an arrest ("Norman was
    # arrested at his LaGrange home ... Thornton was also arrested in LaGrange") names where
    # the police found someone, after the event: when an address or the harm's noun sets the
    # event in a town ("the shooting at the X Event Center in Greenville"), the arrest's
    # towns weigh less than the lede's rank alone would make them.
    arrest_only = arrests - ev_sents if harm_sents else set()
    ev_ids = {id(m) for m in mentions if m.sent in ev_sents and not m.title}
    streets, surnames = _streets_and_surnames(ctx)
    named = streets | surnames

    def said(m: _Mention) -> str:
        # a headline's mention has no span in the text: its own words
        return m.text if m.title else sc.text[m.start : m.end]

    regions = {
        (g.cc[m.best], g.admin1[m.best])
        for m in mentions
        if m.best >= 0 and said(m) not in named and not m.dateline
    }
    by_row: dict[int, list[_Mention]] = defaultdict(list)
    others = ctx.notes.get("background_markers", [])
    past = _past_sentences(ctx, sc)
    captions = _captions(sc.text)
    placed = {id(m): _after_address(sc.text, m) for m in mentions}
    # the towns an address or the harm's noun sets the event in (the noun tells the event
    # whatever the sentence's verb: "a couple charged with the shooting of a girl in X"); an
    # address police or medics were sent to is the scene too ("medics were summoned to a
    # residence off Lake Road in Eastbrook"), not in an arrest's sentence
    sent_to = _response_sentences(sc, lead_verbs) - arrests
    # "Trotwood police said the bar is on Salem Avenue in Trotwood": an address a town's own
    # police give in their town, in a sentence of their own after the lede, is the scene they
    # were called to (a home's address is `residence`, weighed apart), as is an address police
    # or medics were sent to (`police_told`: the headline's "Akron teen killed" gives way to
    # either)
    policed_sents = {(m.sent, m.key) for m in mentions if m.jurisdiction and not m.title}
    police_told = {
        id(m)
        for m in mentions
        if placed[id(m)] == "address"
        and (m.sent, m.key) in policed_sents
        and m.sent not in arrests
        and not _HOSPITAL_BEFORE.search(sc.text, _clause_start(sc.text, m), m.start)
    }
    # (not a hospital's address: "called to a hospital on Main Street in X", where a victim
    # was taken)
    police_told |= {
        id(m)
        for m in mentions
        if placed[id(m)] == "address"
        and m.sent in sent_to
        and not _HOSPITAL_BEFORE.search(sc.text, max(0, m.start - 90), m.start)
    }
    addressed = police_told | {
        id(m)
        for m in mentions
        if placed[id(m)] == "harm" or (placed[id(m)] == "address" and id(m) in ev_ids)
    }
    # "a Cedar Bluff shooting that wounded a teenager": the noun after the town, in a sentence
    # that tells the event (elsewhere it may name another shooting the story compares)
    addressed |= {
        id(m)
        for m in mentions
        if id(m) in ev_ids and not m.residence and _harm_noun_after(sc.text, m)
    }
    # "... shot at a home on Old Mill Road. The home is just outside Franklinville.": a later
    # sentence that sets the harm's site in a town
    told_scene = [m for m in mentions if _scene_told_town(sc.text, m)]
    addressed |= {id(m) for m in told_scene}
    for m in mentions:
        if m.kind_word in _AROUND_WORDS:
            addressed.discard(id(m))  # "a shooting that killed a man in the Boston suburbs"
    # towns that are no scene, read once: weighed down below, kept out of `scene`, and passed
    # over in the end (`_past_aftermath`)
    title = ctx.article.title or ""
    posts = {id(m) for m in mentions if _police_post_town(sc.text, m)}
    gathered = {id(m) for m in mentions if _gathering_town(sc.text, m)}
    courts = {id(m) for m in mentions if _court_town(sc.text, m)}
    aftermath = {id(m) for m in mentions if _aftermath_town(sc.text, title, m, harm_sents)}
    # every mention named only where the story went after the harm, read once
    after_harm = aftermath | posts | gathered | courts
    for m in mentions:
        m.after_harm = id(m) in after_harm
    for m in mentions:
        m.event = _event_score(g, m, ev_sents, ev)
        text = ctx.article.text
        if _suburb_landmark(m, text) or _apposed_suburb_landmark(g, m, text):
            m.event -= 3.0  # "the Dallas suburb of Mesquite": Mesquite's scene, not Dallas's
        if id(m) in addressed:
            m.event += 1.5  # an address's or the harm's town
        if not m.title and m.sent in arrest_only and id(m) not in addressed and addressed:
            m.event -= 1.5
        if _recalled(m, others):
            # "..., three weeks after another collapse on Lagos Island killed six": the place
            # of the incident the text recalls (`when`'s background markers)
            m.event -= 3.0
        elif not m.title and m.sent in past and id(m) not in addressed:
            m.event -= 3.0  # "lost his mother last summer to gun violence in Chicago"
        if id(m) in posts:
            m.event -= 3.0  # "State police from the Kirkwood barracks": the post's town
        if id(m) in gathered:
            m.event -= 3.0  # "Friends gathered in Greensboro for a vigil": the mourners' town
        if id(m) in courts:
            m.event -= 3.0  # "arraigned in Superior Court in Rockville": the case's town
        if not m.title and any(lo <= m.start < hi for lo, hi in captions):
            m.event -= 3.0  # "The scene near Highway 86 in Piedmont. (iWitness)"
        if (
            m.best >= 0
            and not (m.quals or m.qual_rows)
            and said(m) in named
            and regions
            and (g.cc[m.best], g.admin1[m.best]) not in regions
        ):
            # "the Lamar corridor" after "a Lamar Avenue gas station" is the street, and
            # "believe Hale was the target" after "Marcus Hale" the man, not Lamar, Colorado
            # or Hale, England, in a Memphis story (a town of that name is qualified, "Lamar,
            # Colo.", or lies where the story's other places are: "Perris Boulevard")
            m.event -= 6.0
        if (
            m.best >= 0
            and not m.dest
            and not (m.actor and g.kind[m.best] == COUNTRY)
            and not _suburbs_of(g, m, mentions, sc.text)
        ):
            # not "the US dollar", "Zambia's army", "were taken to Damascus", "a suburban
            # Toledo bar" (the suburbs of Toledo)
            by_row[m.best].append(m)
    if not by_row:
        return -1, []
    # A dateline in another country than the story's is where the reporter was.
    weights: dict[str, float] = defaultdict(float)
    for m in mentions:
        if m.best >= 0 and not m.dateline:
            weights[g.cc[m.best]] += 1.0
    for cc, w in ev.demonyms.items():
        weights[cc] += 0.5 * w
    if weights:
        top = max(weights, key=lambda c: weights[c])
        for m in mentions:
            if (
                m.dateline
                and m.best >= 0
                and g.cc[m.best] != top
                and weights[top] >= 1.0
                and weights.get(g.cc[m.best], 0.0) < weights[top] / 2
            ):
                m.event -= 6.0
    # "MAPUTO - ... a mine on a road in the northern province of Cabo Delgado": a dateline
    # outside the province the story's event sentences name is the bureau, not the scene.
    provinces = {
        (g.cc[m.best], g.admin1[m.best])
        for m in mentions
        if m.best >= 0
        and g.kind[m.best] == ADMIN1
        and not m.title
        and m.sent in ev_sents
        and (m.prep in _AT_PREPS | {"of", "'s", "’s"} or m.kind_word in _ADMIN1_WORDS)
    }
    for m in mentions:
        if (
            m.dateline
            and m.best >= 0
            and g.kind[m.best] == CITY
            and provinces
            and (g.cc[m.best], g.admin1[m.best]) not in provinces
        ):
            m.event -= 6.0
    # "HARARE (Global Wire) - ... a mine north of Harare ... in Mazowe district": a wire
    # dateline is where the reporter filed from, and a town the scene is measured from is a
    # landmark; both give way when the event sentences set the event in another place.
    scene = [
        o
        for o in mentions
        if not (o.dateline or o.title or o.bearing or o.residence or o.dest or o.hospital)
        and not o.in_org
        and not o.actor
        # (nor an arrest's town: "He was captured outside of Atlanta, Georgia" under an
        # "AUSTIN -" dateline; nor a police post's, a vigil's or a court's)
        and id(o) not in after_harm
        and (o.sent in ev_sents or id(o) in addressed)
        and o.best >= 0
        and g.kind[o.best] != COUNTRY
        and (
            o.prep in _AT_PREPS | {"'s", "’s"}
            or o.kind_word in _UNIT_WORDS
            or id(o) in addressed  # "the shooting of a child in their Chubbuck home"
            # "shot his friend inside a Sunnydale home": the town said of a site with no name
            # of its own is the scene, as "in Sunnydale" is
            or (o.site_named and not o.in_org and o.prep in _OWNER_DETS)
            # "killed three relatives at their northern Alabama home": a part of a state said of
            # the victims' own site, as "their Alabama home" is
            or _part_of_state_site(g, sc, o)
        )
        # "in Atlanta's northeastern suburbs": the land around a town, not a town the event
        # was in (the dateline "SNELLVILLE -" names the suburb)
        and o.kind_word not in _AROUND_WORDS
    ]
    for m in mentions:
        # (a dateline read as its state's name is still the bureau's city: "NEW YORK (Reuters)
        # - ... at a church in Sutherland Springs, a small town east of San Antonio")
        if (
            m.best < 0
            or not (m.dateline or m.bearing)
            or (g.kind[m.best] != CITY and not (m.dateline and g.kind[m.best] == ADMIN1))
        ):
            continue
        area = (g.cc[m.best], g.admin1[m.best])
        if any(
            g.cc[o.best] == area[0]
            and (
                g.admin1[o.best] != area[1]
                or not m.dateline
                # "POCATELLO, Idaho - ... a girl was shot in Chubbuck": a town of the same
                # state that the event sentence names is the scene, the dateline the court's
                # or the bureau's town (a county around the dateline's town is no other town)
                # (not an arrest's town: a sentence that counts the dead or wounded)
                or (g.kind[o.best] == CITY and o.sent in harm_sents)
                # "LUBBOCK, Texas (AP) - ... found shot dead in a truck in Lynn County": a
                # county an event sentence sets the harm in, not the dateline town's own,
                # is the scene's
                or (
                    m.dateline
                    and g.kind[o.best] == ADMIN2
                    and o.sent in ev_sents
                    and g.kind[m.best] == CITY
                    and g.admin1[o.best] == area[1]
                    and bool(g.admin2[m.best])
                    and g.admin2[o.best] != g.admin2[m.best]
                )
                # "MAPLETON, Va. - ... Deputies were sent to the 700 block of East 14th
                # Avenue in Fernhill": the address places the event
                or (g.kind[o.best] == CITY and id(o) in addressed)
            )
            and o.best != m.best
            and o.key != m.key  # "BUENOS AIRES - ... in Buenos Aires": the same name
            for o in scene
        ):
            m.event -= 6.0 if m.dateline else 4.0
    # ("The property is five miles west of Marmaduke": a scene's bearing too)
    scene_sents = ev_sents | {o.sent for o in told_scene}
    for m in mentions:
        if _dateline_beside_bearing_town(g, m, mentions, scene_sents):
            m.event -= 6.0
    for m in mentions:
        if _station_dateline_yields(g, m, mentions, ctx.article.text, ev.host_row):
            m.event -= 6.0
            for q in _dateline_state_across(g, m, mentions):
                q.event -= 6.0
    for m in mentions:
        if (
            m.kind_word == "(people)"
            and m.best >= 0
            and g.kind[m.best] == CITY
            and any(
                # (or anywhere, an address's town: "a Mapleton father ... Deputies were
                # sent to the 700 block of East 14th Avenue in Fernhill"; the headline's
                # "Akron teen killed" beside an address Barberton's police give in Barberton)
                ((id(o) in police_told) if m.title else (o.sent == m.sent or id(o) in addressed))
                and g.kind[o.best] == CITY
                and g.cc[o.best] == g.cc[m.best]
                and o.key != m.key
                and (o.prep in _AT_PREPS or _unnamed_site_of(o))
                and not o.near
                for o in scene
            )
        ):
            # "A Merritt Island man is accused of shooting another man in Cocoa Beach": a
            # town before "man", "woman", "family" is where someone lives; the town the same
            # sentence sets the event in is the scene
            m.event -= 3.0
    for m in mentions:
        m.ev_sent = m.sent in ev_sents and not m.title
    totals: dict[int, float] = {}
    for row, ms in by_row.items():
        scores = sorted((m.event for m in ms), reverse=True)
        totals[row] = scores[0] + 0.5 * sum(min(s, 3.0) for s in scores[1:4] if s > 0)
    # A country or province mentioned supports the places within it.
    support = dict(totals)
    for row in totals:
        if g.kind[row] not in (CITY, ADMIN2):
            continue
        for other, t in support.items():
            if t <= 0 or other == row:
                continue
            ok = g.kind[other]
            if g.cc[other] == g.cc[row] and (
                ok == COUNTRY or (ok == ADMIN1 and g.admin1[other] == g.admin1[row])
            ):
                totals[row] += 0.25 * t
    best = max(totals, key=lambda r: totals[r])

    def schools_town(r: int) -> bool:
        # "Logan attended the Jan Doe Academy in Miami Gardens": a school's town, named
        # outside the event's sentences, is where the victim studied, no town of the event
        return all(
            not m.title
            and m.sent not in ev_sents
            and _SCHOOL_BEFORE.search(sc.text, max(0, m.start - 80), m.start)
            for m in by_row[r]
        )

    if g.kind[best] == ADMIN2:
        # "Marion County deputies ... in Belleview": the town in the county
        inner = [
            r
            for r in totals
            if g.kind[r] == CITY
            and not schools_town(r)
            and g.cc[r] == g.cc[best]
            and g.admin1[r] == g.admin1[best]
            and g.admin2[r] == g.admin2[best]
            and totals[r] > 0
        ]
        if inner:
            best = max(inner, key=lambda r: totals[r])
    if g.kind[best] in (COUNTRY, ADMIN1):
        inner = [
            r
            for r in totals
            if g.kind[r] in (CITY, ADMIN2)
            and g.cc[r] == g.cc[best]
            and (g.kind[best] == COUNTRY or g.admin1[r] == g.admin1[best])
            and totals[r] > 0
        ]
        if inner:
            best = max(inner, key=lambda r: totals[r])
    best = _past_aftermath(g, best, totals, by_row, after_harm)
    if totals[best] <= -2.0:
        return -1, []
    return best, by_row[best]


def _part_of_state_site(g: Gazetteer, sc: _Scanner, m: _Mention) -> bool:
    """Whether mention `m` is a state with a compass or part word, said of a site with no name
    of its own: "at their northern Alabama home", "a central Iowa home".

    Reads the mention's words before and after. The part word keeps the name from
    `site_named` (which reads "their Alabama home"), but the state is the site's all the same:
    a wire story datelined in its bureau's city sets its scene so ("ATLANTA (Reuters) - ...
    killed three relatives at their northern Alabama home").
    """
    return (
        m.best >= 0
        and g.kind[m.best] == ADMIN1
        and m.kind_word == "(part)"
        and m.prep in _OWNER_DETS
        and not (m.in_org or m.title or m.residence)
        and _site_word_after(sc, m.end_tok)
    )


def _dateline_beside_bearing_town(
    g: Gazetteer, m: _Mention, mentions: list[_Mention], ev_sents: set[int]
) -> bool:
    """Whether a dateline's city is only the bureau of a story whose event sentence measures
    the scene from another town of the same state: "RALEIGH, N.C. - ... a man dead Sunday on a
    rural road north of Smithfield", "ROANOKE, Va. - ... shot a few miles south of Rocky Mount".

    Reads the dateline mention and the text's bearing mentions ("north of X", "5 miles from
    X", `_Mention.bearing`). A bearing's town is no scene of its own (the event lay outside
    it), so it does not make the dateline yield as "in X" does; but the town the scene is
    measured from is the nearest town a local report gives, and the one a gun-violence coder
    writes, not the station's city further off. Only a town of the dateline's own state (a
    wire dateline abroad is handled by the provinces the text names) and not the dateline's
    own town ("HARRISBURG - ... on I-81 north of Harrisburg": the city's outskirts).
    """
    if not m.dateline or m.best < 0 or g.kind[m.best] != CITY:
        return False
    return any(
        o.bearing
        and not (o.title or o.residence or o.dest or o.hospital or o.in_org or o.dateline)
        and o.sent in ev_sents
        and o.best >= 0
        and g.kind[o.best] == CITY
        and (g.cc[o.best], g.admin1[o.best]) == (g.cc[m.best], g.admin1[m.best])
        and o.best != m.best
        and o.key != m.key
        for o in mentions
    )


# a broadcaster's call sign after a dateline's town and state: "GREENVILLE, N.C. (WITN) -"
_STATION_AFTER = re.compile(r"[^()\n]{0,16}\(([KW][A-Z]{2,3})(?:-(?:TV|DT|FM|AM))?\)")


def _station_dateline_yields(
    g: Gazetteer, m: _Mention, mentions: list[_Mention], text: str, host: int = -1
) -> bool:
    """Whether a TV or radio station's dateline gives way to another town of its state whose
    own police the text names ("GREENVILLE, N.C. (WITN) - ... Kinston police said officers
    found him": Kinston).

    Reads the dateline mention, the call sign after it, and the text's police mentions
    (`jurisdiction`). A station datelines every story of its region with its own city; the
    town whose police answered the call is the scene, unless the dateline town's own police
    are named too (both forces at work: the dateline keeps its weight). A paper's dateline of
    its own city (`_home_dateline`) is read as a station's when its lead quotes the force.
    """
    if not m.dateline or m.best < 0 or g.kind[m.best] != CITY:
        return False
    station = _STATION_AFTER.match(text, m.end) is not None
    if not station and not _home_dateline(m, host):
        return False
    forces = [o for o in mentions if o.jurisdiction and o.best >= 0 and not o.title]
    if not station:  # a paper's: only a force its lead quotes (not one met later in passing)
        forces = [o for o in forces if o.sent == m.sent]
    if any(o.key == m.key for o in forces):
        return False
    return any(
        g.kind[o.best] == CITY
        and g.cc[o.best] == g.cc[m.best]
        and (g.admin1[o.best] == g.admin1[m.best] or _across_the_line_nearby(g, o.best, m.best))
        and o.best != m.best
        for o in forces
    )


def _home_dateline(m: _Mention, host: int) -> bool:
    """Whether dateline mention `m` names the outlet's own city (`host`, from its address):
    "DALLAS - Garland police said" in the Dallas paper. A metro paper datelines its region's
    stories with its home city as a station does, so the dateline is the newsroom's town,
    not the scene's, and gives way to another town's own police (`_station_dateline_yields`).
    """
    return host >= 0 and m.best == host


STATION_REACH_KM = 60.0
"""A town this near a station's dateline city is in the station's market core (its metro and
next counties), on either side of a state line (as `component.MARKET_COUNTY_KM`)."""


def _across_the_line_nearby(g: Gazetteer, town: int, home: int) -> bool:
    """Whether US town `town` lies across a state line from a station's dateline city `home`
    but within `STATION_REACH_KM` of it: "DAVENPORT, Iowa (WQAD) - Rock Island police said",
    "STEUBENVILLE, Ohio (WTOV) - Weirton police said". A station covers its market on both
    sides of the line and datelines every story with its own city, so the police force of a
    market town across the line names the scene as one at home does."""
    return g.cc[town] == "US" and g.km(town, home) <= STATION_REACH_KM


def _dateline_state_across(g: Gazetteer, m: _Mention, mentions: list[_Mention]) -> list[_Mention]:
    """The state written after a station's dateline city that gives way (`m`), when every
    force the text names other than the city's own lies across the state line: "DAVENPORT,
    Iowa (WQAD) - Rock Island police said" sets no event in Iowa, so "Iowa" gives way with
    "DAVENPORT" (else the state, the story's strongest place, would take the event back to
    its biggest town). Reads the dateline's qualifiers and the text's police mentions."""
    forces = [
        o.best
        for o in mentions
        if o.jurisdiction and o.best >= 0 and not o.title and g.kind[o.best] == CITY
    ]
    if not forces or any(g.admin1[r] == g.admin1[m.best] for r in forces):
        return []
    return [q for q in m.quals if q.best >= 0 and g.kind[q.best] == ADMIN1]


def _unnamed_site_of(m: _Mention) -> bool:
    """Whether mention `m` is the town of a site with no name of its own.

    Reads the mention's determiner and whether a site's word follows it. "A Pittsburgh man
    was shot at a Monroeville shopping center": the town said of the site ("a Monroeville
    shopping center", "their Garland apartment") sets the scene as "in Monroeville" would, so
    the home town before "man" in the same sentence gives way to it.
    """
    return m.site_named and not m.in_org and m.prep in _OWNER_DETS


def _site_named_town(g: Gazetteer, best: int, best_ms: list[_Mention], host: int) -> bool:
    """Whether the event's town is named only inside the names of sites ("near Kingsessing
    Park", "at the Beechmont Community Center") in a big US city outlet's story of its own
    state: a park's or a centre's name is then a neighbourhood's of the outlet's city, not a
    town GeoNames files under that name in another county.

    A local outlet names a town that is the scene bare at least once ("in Kingsessing"); a
    town met only inside a site's name is the site's namesake. It is the outlet's city when
    the namesake lies within its core (15 km: a part GeoNames files as a town) or far
    outside its area (past 80 km, a village of under 10,000: not where the city's outlet
    would send a reader for a community centre); in between, a suburb's park may be the
    suburb's, and the town stays.
    """
    if (
        best < 0
        or host < 0
        or best == host
        or g.kind[best] != CITY
        or g.kind[host] != CITY
        or g.cc[best] != "US"
        or g.cc[host] != "US"
        or g.admin1[best] != g.admin1[host]
        or g.population[host] < 100_000
        or g.population[host] < 10 * g.population[best]
        or not best_ms
    ):
        return False
    if any(
        m.title
        or m.dateline
        or m.jurisdiction
        or m.policed
        or not (m.in_org or m.site_named)
        # "in a Killbuck bar", "at their Elkton home": the town said of a site that has no
        # name of its own (a named site takes no article: "near Kingsessing Park")
        or (m.site_named and not m.in_org and m.prep in _OWNER_DETS)
        for m in best_ms
    ):
        return False
    km = g.km(best, host)
    return km <= 15.0 or (km > 80.0 and g.population[best] < 10_000)


def _county_misread(m: _Mention, counties: set[str]) -> bool:
    """Whether a name the gazetteer lacks is only a county the text names, misread.

    "LEWIS, Ky. (The Lewis County Herald) --": a dateline that is a county's name (the outlet
    is named after the county) is the county, no town of that name. "Related Coverage Columbia
    County father shoots teen": a capitalised word glued before a county the text names
    elsewhere ("Columbia County") makes no county "Coverage Columbia". `counties`: the keys of
    the counties the text's mentions resolved to.
    """
    if not m.local:
        return False
    if m.dateline and any(f"{m.key} {w}" in counties for w in _COUNTY_WORDS):
        return True
    words = m.key.split()
    return (
        m.kind_word in _COUNTY_WORDS
        and len(words) >= 2
        and any(" ".join(words[k:]) + " " + m.kind_word in counties for k in range(1, len(words)))
    )


def _in_lede(m: _Mention) -> bool:
    """Whether a name sets the event in the lede: "in"/"near"/"at"/"outside" X in the first
    two sentences, which report the event."""
    return m.ev_sent and m.sent <= 1 and m.prep in ("in", "near", "at", "outside")


def _local_site(
    g: Gazetteer,
    mentions: list[_Mention],
    best: int,
    best_ms: list[_Mention],
    ctx_text: str,
    other_incidents: list[tuple[int, int]] | None = None,
) -> _Mention | None:
    """A neighbourhood, village or camp the gazetteer lacks, inside the event's place.

    `other_incidents`: the stretches where the text tells another incident (`when`'s
    background markers: "..., two weeks after five miners died at X"): a site named there is
    that incident's, not this one's.
    """
    fine = best >= 0 and g.kind[best] in (CITY, ADMIN2)
    county = best >= 0 and g.kind[best] == ADMIN2
    others = other_incidents or []
    # "the shooting on Kensington" after "the 5000 block of Kensington Avenue": the street
    streets = {s.group(1) for s in _STREET_NAME.finditer(ctx_text)}
    counties = {
        _key_of(g.name[m.best]) for m in mentions if m.best >= 0 and g.kind[m.best] == ADMIN2
    }
    cands = [
        m
        for m in mentions
        if m.local
        and m.text not in streets
        and (m.qual_of is None or m.qual_of.site)  # not the container of another place
        and not m.residence
        and not m.dest
        and not m.hospital
        and not m.in_org
        and not m.street  # "Russellwood and Valley streets": a corner, not a place
        # part of a longer person's name: "Andy Parish knew" (a first name before a kind of
        # place that is his surname), "John Lander of Rochester" (the shooter); not a village
        # after its prefix, which the model may take for a name ("Barangay Capihan"), nor a
        # town named with its province ("Qasr Dhiyab (Almargeb)": no person has a province;
        # but a force's name after the comma is the person's post, no container: "said Greg
        # Hartman, Adams County sheriff's spokesman")
        and not (
            m.in_person
            and m.label == "PERSON"
            and m.kind_word != "village"
            and all(q.jurisdiction for q in m.quals)
        )
        # "in X" alone does not replace a resolved town; within a county only where the lede
        # sets the event ("LEVY COUNTY - ... killed in a hunting accident near Black Point":
        # the county names no town, the place the event was near is finer; not "on New Year's
        # Eve", nor another shooting "in Lumberton" the story recalls further down)
        and not (m.weak_local and fine and not (county and _in_lede(m)))
        and not (m.listed and fine)  # "between Mueda and Ntchinga": a peer of the town
        # "residents from X village protested ... in Sousse": where the people came from, not
        # where the event was, when the text names the town it was in
        and not (fine and _people_from(m, best_ms, ctx_text))
        and not _recalled(m, others)
        and not _county_misread(m, counties)
        and not (fine and _home_of_people(m, best_ms))
    ]
    if not cands:
        return None
    # "militias from Qarvoun (Oshimili North LGA, Delta)": the unit in the bracket qualifies
    # the village before it (whichever the qualifier links missed), it is not a place apart
    cands = [
        m
        for m in cands
        if not (m.prep == "(" and any(ctx_text[o.end : m.start].strip() == "(" for o in cands))
    ] or cands
    body = [b for b in best_ms if not b.title]
    top = max((b.event for b in body), default=0.0)
    anchors = [b for b in body if b.event >= top - 2.5]  # where the text names the event's place

    def beside(m: _Mention) -> bool:
        return any(abs(m.sent - b.sent) <= 1 for b in anchors)

    if fine:
        # A name with no kind of place ("in Latin America") far from where the text puts the
        # event is another place the story mentions, not a part of the event's town.
        # Nor is a village the event sentences do not place it in ("residents of X, a village
        # 30 km away, said they heard the blast").
        cands = [
            m
            for m in cands
            if (m.ev_sent or m.sent == 0 or (m.sent == 1 and m.kind_word not in _CITY_WORDS))
            and (
                m.sent <= 1
                or beside(m)
                or ((m.kind_word or m.quals or m.label in _PLACE_LABELS) and m.event >= 2.5)
            )
        ]
        if not cands:
            return None

    def score(m: _Mention) -> float:
        s = m.event
        if beside(m):
            s += 1.0
        if m.kind_word:
            s += 1.0
        if best >= 0 and m.quals and not _fits(g, best, m.qualifier_rows()):
            s -= 3.0  # qualified by another place than the event's
        return s

    cand = max(cands, key=score)
    if score(cand) < 1.5:
        return None
    if fine and g.kind[best] == CITY and g.population[best] >= 1_000_000:
        # "a village in Mogadishu-Karan district": the big city's district, named as ACLED
        # names it ("City-District"), is the place of what lies in it
        city = _key_of(g.name[best]) + " "
        for m in cands:
            if m is not cand and m.sent == cand.sent and m.key.startswith(city):
                return m
    if cand.part_of is not None:
        # "the Kerji area of Farah city": the town is the place; a town the gazetteer lacks
        # ("Blamadougdje neighbourhood of Kolofata town") is the local name instead
        return cand.part_of if cand.part_of.local else None
    if fine and _in_named_town(g, best, cand, body):
        return None
    if best < 0 or g.cc[best] != "US":
        cand = _local_town_around(cand, cands)
        town = _lede_town(g, best, cand, cands, body)
        if town is not None:
            return town if town.local else None
    if (
        fine
        and g.kind[best] == CITY
        and cand.kind_word in _QUARTER_WORDS
        and any(b.sent == cand.sent and b.start < cand.start and b.quals for b in body)
    ):
        # "In Sinop, Mato Grosso, a man was shot in the Vila Mariana neighborhood": the sentence
        # sets the event in the town (named with its province); the quarter is a detail of it.
        # (Named on its own, "Residents of the X neighbourhood said ...", it is the place.)
        return None
    if best >= 0 and not fine and cand.weak_local and cand.sent > 1:
        return None
    if fine and g.kind[best] == CITY and g.cc[best] == "US" and _compass_namesake(g, best, cand):
        return None
    return cand


def _home_of_people(m: _Mention, best_ms: list[_Mention]) -> bool:
    """Whether a name the gazetteer lacks in the event's state is only someone's home, "a
    Dothan man" ("woman", "teen", "family"), and the same sentence sets the event in the
    event's own town under another name ("... was shot in Atlanta, Georgia", or in the next
    sentence, or the story's dateline "ATLANTA, Ga. -"): where the person lives, not a part
    of that town. (The state named for the town drops the home's namesakes
    elsewhere, so the gazetteer has no row left for it: that does not make it a local name.)
    Not "a Dorchester man was shot in Dorchester" (the same name), nor "a Roxbury man was shot"
    with no town named in its sentence: there the home is the only place given."""
    return m.kind_word == "(people)" and any(
        b.key != m.key
        and not (b.title or b.near or b.residence)
        and (b.dateline or (abs(b.sent - m.sent) <= 1 and b.prep in _AT_PREPS))
        for b in best_ms
    )


def _township(g: Gazetteer, best: int, mentions: list[_Mention]) -> _Mention | None:
    """A township the event sentences set the event in, within a US county named alone.

    "MECOSTA COUNTY, Mich. - ... The incident happened Sunday in Deerfield Township": a
    township (a county's civil division, which GeoNames' towns lack) is the finer place, even
    when a town of its name lies in another county; US records file it under its name. Only
    where the event's place is a county: a township named beside a town is a detail of it.
    """
    if best < 0 or g.kind[best] != ADMIN2 or g.cc[best] != "US":
        return None
    for m in mentions:
        if (
            m.kind_word == "township"
            and not m.title
            and m.ev_sent
            and m.prep in ("in", "near", "at")
            and not (m.residence or m.dest or m.in_org or m.jurisdiction)
            and (
                m.best < 0
                or g.kind[m.best] != CITY
                or (g.admin1[m.best], g.admin2[m.best]) != (g.admin1[best], g.admin2[best])
            )
        ):
            return m
    return None


def _compass_namesake(g: Gazetteer, best: int, local: _Mention) -> bool:
    """Whether a US site the gazetteer lacks is a compass word before the event town's name
    ("the West Augustine area" of a St. Augustine story): a side of the town, or a place
    outside it named after it, that US police and records file under the town itself."""
    words = local.key.split()
    rest = " ".join(words[1:])
    town = _key_of(g.name[best])
    return (
        len(words) >= 2
        and words[0] in _COMPASS_WORDS
        and len(rest) >= 4
        and (town == rest or town.endswith(" " + rest))
    )


# People said to come from a place: "residents from X village", "militiamen from X".
_PEOPLE_FROM = re.compile(
    r"\b(?:residents|villagers|inhabitants|locals|people|protesters|demonstrators|members|"
    r"families|farmers|workers|youths|students|traders|militias|militiamen|fighters|herders|"
    r"pastoralists)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _people_from(m: _Mention, best_ms: list[_Mention], text: str) -> bool:
    """Whether a name is where people came from ("about fifty residents from X village
    protested ... in Sousse"), and the same sentence then sets the event "in" or "at" the
    event's town: their origin, not the event's place. ("A patrol starting from X town" is a
    route's start; "traders from the X neighbourhood had set off" with no town after it names
    where the march began: both stay.)"""
    return (
        m.prep == "from"
        and bool(_PEOPLE_FROM.search(text, 0, m.start))
        and any(
            b.sent == m.sent and b.start > m.end and b.prep in ("in", "at") and not b.title
            for b in best_ms
        )
    )


# A highway named after the town it runs through or enters: "the Naameh highway" (not a
# street of a town: "Main Street", "Quillan Avenue"); a junction after the village at it.
_NAMESAKE_SITES = frozenset(["highway"]) | _JUNCTION_WORDS


def _site_namesake(mentions: list[_Mention]) -> _Mention | None:
    """The town a highway is named after, when the text names no place at all.

    "Rioters blocked the Naameh highway": a report that names no town, province or country
    still says where, by the town the highway bears the name of (ACLED codes Naameh). Only
    when nothing else is found (nor a local paper's city): a highway beside a named town is
    a detail near it, and a street's name ("Odunlami Street") is never a town. The name
    keeps no coordinates (the gazetteer lacks it).
    """
    for m in mentions:
        if (
            m.site
            and not m.ids
            and not m.title
            and m.kind_word in _NAMESAKE_SITES
            and not any(w.lower() in _STREET_WORDS for w in m.text.split())
        ):
            return m
    return None


def _unplaced_name(mentions: list[_Mention]) -> _Mention | None:
    """A name the text sets the event in ("clashed with soldiers in el Mina") that no
    candidate could be trusted for, when the text names no place at all, or None.

    A report that names no country gives its small towns nothing to agree with: "el Mina"
    finds only namesakes abroad (Minot, Mino), each rightly dropped as not credible
    (`_strength`). The name is still where the report says the event happened, and is
    written as the location, unresolved and without coordinates, as a local name is. Only a
    name after "in" or "at" in the text (not a headline's, a home town, an organisation's or
    a person's, a street or a destination), and only when nothing else places the event.
    """
    for m in mentions:
        if (
            m.ids
            and m.best < 0
            and m.prep in ("in", "at")
            and not m.title
            and not (m.residence or m.in_org or m.in_person or m.actor or m.street or m.dest)
            and not m.site
            and m.qual_of is None
        ):
            return m
    return None


def _in_named_town(g: Gazetteer, best: int, local: _Mention, body: list[_Mention]) -> bool:
    """Whether a local name is set "in" the event's town, named as a town: "clashes in Al
    Zayaynya in Garabulli (Almargeb)", "the X camp in Tagiura (Tripoli)", "X in Y city".

    The gazetteer lacks the village or quarter; the report places it inside a town that it
    names with the town's own qualifier (its province in brackets or after a comma) or calls
    a city. ACLED then codes the town, its populated place (as for "the Kerji area of Farah
    city", `_part_of`). A bare "in Aleppo" or "in Ar-Raqqa" may be the province
    of that name ("Debsi Afnan in Ar-Raqqa"), and there the village stays the place; so does
    a village "in Y district" or "in Y county" (a unit, not a town). Not in the US, where
    `_us_town` decides.
    """
    if g.kind[best] != CITY or g.cc[best] == "US":
        return False
    return any(
        _set_in(local, b) and (b.kind_word in _CITY_WORDS or (b.quals and not b.kind_word))
        for b in body
    )


def _set_in(local: _Mention, town: _Mention) -> bool:
    """Whether the text sets `local` "in" `town` right after it, in one sentence: "X in Y",
    "X camp in Y"."""
    return town.sent == local.sent and town.prep == "in" and 0 < town.start_tok - local.end_tok <= 2


def _local_town_around(local: _Mention, cands: list[_Mention]) -> _Mention:
    """The local town a local name is set "in", named as a town, or the name itself.

    "clashed in Al Zayaynya in Garabulli (Almargeb)": the gazetteer lacks both, but the
    report puts the first inside the second, which it names with its province as a town of
    its own; ACLED codes that town (as `_in_named_town` does for a town the gazetteer has).
    """
    for t in cands:
        if (
            t is not local
            and _set_in(local, t)  # "X in Y (Z)", "X camp in Y (Z)"
            and t.quals
            and not t.kind_word  # "X in Y district (Z)": a unit, not a town
        ):
            return t
    return local


def _lede_town(
    g: Gazetteer, best: int, quarter: _Mention, cands: list[_Mention], body: list[_Mention]
) -> _Mention | None:
    """The town the first sentence sets the event in, with its province, when the local name
    is a quarter of it named after it ("In Tonala, Jalisco, a body was found. ... found in
    Colonia X"; "In Mesquita, Rio de Janeiro, ... in the Y neighborhood"), or None.

    Reports open so to say where ("On 3 May, in Town, State, ..."); a neighbourhood, barrio
    or community named after that is a detail of the town, which ACLED codes. The town may
    be one the gazetteer has (the event's town) or lacks (a local name with its province).
    The town's qualifier must be a province: "in Valparaiso, Chile. Residents of the X
    neighbourhood said ..." names the country, and there the quarter stays the place. Not in
    the US (`_us_town` decides there), nor a quarter named before the town.
    """
    if quarter.kind_word not in _QUARTER_WORDS:
        return None
    for t in [*body, *cands]:
        if (
            t is not quarter
            and t.sent == 0
            and t.prep == "in"
            and any(q.best >= 0 and g.kind[q.best] in (ADMIN1, ADMIN2) for q in t.quals)
            and t.start < quarter.start
            and t.kind_word not in _QUARTER_WORDS
            and (t.local or g.kind[best] == CITY)
        ):
            return t
    return None


def _comma_town(g: Gazetteer, best: int, local: _Mention, text: str) -> bool:
    """Whether a local name is followed by a comma and the event's town: "in Caracoli,
    Malambo, Atlantico department", "in San Felix, Ciudad Guayana, Bolivar state".

    Written so, the local name is a quarter of the town, given as its address, and ACLED
    codes the town (a district named bare after its seat town, "Diliman, Quezon City", is
    the town; "X, Kaushambi (UP)", a district named otherwise, is not). Not a bracket
    ("Karakai (Bungudu LGA, Zamfara)": there the village is the place, in its district), not
    a village said to be one ("Barangay Capihan, San Rafael, Bulacan": a barangay is a
    village of its own, which ACLED codes), and not in the US (`_us_town`).
    """
    if best < 0 or g.kind[best] not in (CITY, ADMIN2) or g.cc[best] == "US":
        return False
    if local.kind_word == "village":
        return False
    return any(
        q.best == best
        and text[local.end : q.start].strip() == ","
        and (g.kind[best] == CITY or (not q.kind_word and _named_for_its_town(g, best)))
        for q in local.quals
    )


def _named_for_its_town(g: Gazetteer, unit: int) -> bool:
    """Whether a district bears its seat town's name ("Patiala", "Quezon City"): named bare,
    after a quarter and a comma, it is the town ("in Passiana, Patiala (Punjab)")."""
    seat = g.seat[unit]
    return seat >= 0 and seat != unit and _key_of(g.name[seat]) == _key_of(g.name[unit])


# between a village and the town it is measured from: " village close to ", ", near ",
# " village on the outskirts of ", " area west of "
_NEAR_TOWN = re.compile(
    r"(?:\s+(?:village|area|camp|hamlet))?,?\s+(?:near|close\s+to|(?:on|in)\s+the\s+outskirts"
    r"\s+of|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?"
)

_NAMELESS = re.compile(r"(?:nameless|unnamed|unknown)\b", re.IGNORECASE)


def _town_near(
    g: Gazetteer,
    best: int,
    local: _Mention,
    mentions: list[_Mention],
    best_ms: list[_Mention],
    text: str,
) -> _Mention | None:
    """The town a local village is said to lie near, or None: "Arzoo village close to Ghazni
    city", "Mbingi, near Mamove (Beni, Nord-Kivu)", "X village on the outskirts of Y city",
    "Wadi Hamra area, east of Al Qaim district".

    The gazetteer lacks the village; the report measures it from a town, named as a town
    (the event's place, or a place the gazetteer lacks but the report qualifies with its
    district or calls a town or city). ACLED codes the town. A province the village is near
    ("Sharwain near Diyala") is no town, and there the village stays. Not in the US.
    """
    if best >= 0 and g.cc[best] == "US":
        return None
    if _NAMELESS.match(local.text):
        return None  # "Nameless Heights near Tovuz": a feature, not a village, keeps its name
    for t in mentions:
        if t is local or t.sent != local.sent or t.start <= local.end or t.title:
            continue
        if not _NEAR_TOWN.fullmatch(text, local.end, t.start):
            continue
        if t.local and (t.quals or t.kind_word in _CITY_WORDS or t.kind_word in _ADMIN2_WORDS):
            return t
        if not t.local and t in best_ms and g.kind[best] in (CITY, ADMIN2):
            return t
    return None


# A name and, in brackets, the name it also goes by: "in Salim [Naqil Hajar]", "in Zap
# (Amadiya) region", "Pashtun Kot (Shahrak-e Sufla) district". Square brackets alone, or round
# ones between the name and its kind of place (a qualifier comes after the kind word, "Nihm
# district (Sanaa)", or holds a comma, "Bule (Djugu, Ituri)").
_BRACKET_ALIAS = re.compile(
    r"\b[A-Z][\w'’-]*\s+(?:\[([^\[\]\n]{2,40})\]|\(([^()\n,;]{2,40})\)\s+(?:areas?|regions?"
    r"|districts?|sub-?districts?|villages?|towns?|valley|mountains?|hills?|fronts?)\b)"
)
_ALIAS_PARTICLES = _words(
    "al el ad as ar an at ash ath az wa de del da do la le les des du e ye i bin ibn bani beni"
)


def _alias_name(text: str) -> bool:
    """Whether bracketed words are a place's name ("Shahrak-e Sufla", "Al Fajir"), not a
    note ("coded to X", "size=no report", "Kurdish name")."""
    words = text.split()
    if not words or len(words) > 5 or not words[0][:1].isupper():
        return False
    return all(
        (w[:1].isupper() and all(c.isalnum() or c in "'’-" for c in w)) or w in _ALIAS_PARTICLES
        for w in words
    )


def _bracket_alias(
    g: Gazetteer,
    sc: _Scanner,
    best: int,
    best_ms: list[_Mention],
    local: _Mention | None,
) -> tuple[int, list[_Mention], _Mention | None] | None:
    """The event's place under the other name the report gives it in brackets, or None.

    "jets struck Sidakan (Soran) region of Erbil", "mortars hit homes in Karim [Tal Nasr]",
    "in the X village of Pashtun Kot (Shahrak-e Sufla) district": the report writes the local
    name and, in brackets, the name under which the place is known on maps and in records
    (a square bracket is an editor's insertion for just that). ACLED codes the bracketed
    name. Only for the scene: the bracket must stand in the sentence that names the event's
    place (the local name's, or the place's first mention in the body; the first sentence
    when neither), and a town named on its own must be the bracket's own name ("in Kabul and
    in Kushk (Rabat) district" keeps Kabul). The bracketed name is the gazetteer's town when
    it has one of that name in the place's country, else a local name inside the place.
    """
    text = sc.text
    body = [b for b in best_ms if not b.title]
    scene = local if local is not None else (min(body, key=lambda b: b.start) if body else None)
    for mt in _BRACKET_ALIAS.finditer(text):
        grp = 1 if mt.group(1) is not None else 2
        alias, start = mt.group(grp).strip(), mt.start(grp)
        if not _alias_name(alias):
            continue
        k = max(bisect_right(sc.idx, start) - 1, 0)
        sent = sc.sent_of(k) if sc.n else 0
        if sent != (scene.sent if scene is not None else 0):
            continue
        if (
            local is None
            and best >= 0
            and g.kind[best] == CITY
            and not any(mt.start() <= b.start < mt.start(grp) for b in body)
        ):
            continue  # a town named apart from the bracket
        if best >= 0:
            rows = [r for r in g.lookup(alias)[:10] if g.kind[r] == CITY and g.cc[r] == g.cc[best]]
            if rows:
                return rows[0], [], None
        end_tok = k + 1
        while end_tok < sc.n and sc.idx[end_tok] < start + len(alias):
            end_tok += 1
        m = _Mention(k, end_tok, start, start + len(alias), alias, _key_of(alias), (), sent)
        m.local = True
        return best, best_ms, m
    return None
