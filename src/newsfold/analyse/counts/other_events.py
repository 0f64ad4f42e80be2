"""Readings that are not this event's: another event or period ("in a separate incident",
"so far this year", a time mention of another role), a toll of a long period ("since 2017",
"the conflict has killed more than 4,000 people"), background told of, and match reports
whose "shot" and "killed the game" are sport."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsfold.analyse.context import Context, TimeMention
from newsfold.analyse.counts.lexicons import _words
from newsfold.analyse.counts.readings import Reading
from newsfold.analyse.lexicon import DEATH_VERBS
from newsfold.calendar_words import WEEKDAY_NAMES, alternatives

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
    r"|\b(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:(?:\w+|\d+)\s+){0,2}"
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
one: "seven people in total were hurt in the attack"."""


# "The shooting follows recent attacks in Dallas, where five officers died", "The incident came
# hours before three officers were shot dead in Baton Rouge": the event itself (its subject)
# set beside other incidents; what the sentence tells after the verb is theirs. Only with the
# event as the subject: "The arrest follows the fatal shooting of a man" tells this event.
_WEEKDAYS_POSSESSIVE = alternatives(f"{day}'s" for day in reversed(WEEKDAY_NAMES))
"""A weekday's possessive ("Sunday's shooting"), Sunday first."""
COMPARED_EVENT = re.compile(
    rf"\b(?:the|this|that|{_WEEKDAYS_POSSESSIVE}|latest|recent)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:shooting|incident|attack|killing|"
    r"violence|death|slaying|homicide|stabbing|ambush)\s+(?:[^.;!?\n]{0,60}?\s)?"
    r"(?P<verb>follows|followed|(?:comes|came|happened|occurred|took\s+place)\s+"
    r"(?:just\s+|only\s+|less\s+than\s+|more\s+than\s+|about\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"a\s+few|\d{1,2})\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?)\s+(?:before|after)|(?:comes|came)\s+(?:just\s+)?"
    r"(?:after|amid|on\s+the\s+heels\s+of))\b",
    re.IGNORECASE,
)


# a paragraph that goes on with the incident the one before compared this event with ("The
# stabbing came a week after another teen was knifed outside a diner in Corland. / That
# stabbing happened on Friday ... He died on Sunday.", "In that incident, ...")
THAT_INCIDENT = re.compile(
    r"^\W*(?:in\s+)?that\s+(?:shooting|incident|attack|killing|case|stabbing|slaying)\b",
    re.IGNORECASE,
)


def _other_event_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs that open on "In a separate incident", "Meanwhile", "Elsewhere"..., and
    those that open on "That shooting", "In that incident" right after a paragraph that set
    another incident beside this one (`COMPARED_EVENT`): they tell that incident."""
    spans = []
    pos = 0
    previous = ""
    for block in re.split(r"(\n\s*\n|\n)", text):
        if block.strip():
            if PARAGRAPH_OTHER_EVENT.match(block) or (
                THAT_INCIDENT.match(block) and COMPARED_EVENT.search(previous)
            ):
                spans.append((pos, pos + len(block)))
            previous = block
        pos += len(block)
    return spans


PARAGRAPH_REASON = "other_event: in a paragraph about a separate incident"


def _other_period(ctx: Context, sent: Span, other_paragraphs: list[tuple[int, int]]) -> str | None:
    for lo, hi in other_paragraphs:
        if lo <= sent.start_char < hi:
            return PARAGRAPH_REASON
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
    if event_here:
        return None  # (a date of this event's in the sentence: no cue below would count)
    if other is not None:
        return f"{other.role}: counted for another period ({other.text})"
    sentence = ctx.article.text[sent.start_char : sent.end_char]
    cue = OTHER_EVENT.search(sentence)
    if cue is not None:
        return f"other_event: {cue.group(0)!r}"
    cue = CUMULATIVE.search(sentence)
    if cue is not None:
        return f"cumulative: a toll of a long period ({cue.group(0)!r})"
    return None


def _a_period_before_the_day(
    own: list[TimeMention], times: list[TimeMention]
) -> TimeMention | None:
    """ "A man was shot and killed on Sunday ... Last month, three people were shot two blocks
    away": the reading's own time mention is a month or longer ("last month", precision 3 or
    more) that ends before a day the text dates the event on (a mention of role "event",
    precision 1) a shooting or killing on, not a death ("One of them died on Sunday", "was
    pronounced dead on Sunday" tell of the month's victims: the verbs `when` dates a death
    by, `lexicon.DEATH_VERBS`): another incident recalled, whatever role `when` gave it. Reads
    the mentions' precision, dates, role and verb (the text's days only when the reading has a
    period of its own: most have none)."""
    periods = [m for m in own if m.precision >= 3]
    if not periods:
        return None
    days = [
        m.date_start
        for m in times
        if m.role == "event" and m.precision == 1 and m.attrs.get("verb") not in DEATH_VERBS
    ]
    if not days:
        return None
    first = min(days)
    return next((m for m in periods if m.date_end < first), None)


def _reading_period(ctx: Context, sent: Span, r: Reading, reason: str | None) -> str | None:
    """Why a reading is not this event's, if it is not: a time mention on its own verb says
    so first ("where a man was killed on Sunday" in a sentence that also tells this event's
    day), else what its sentence says (`_other_period`). A stated toll of a long period
    ("bringing the toll since 2017 to 4,000") never counts."""
    if reason == PARAGRAPH_REASON:
        return reason  # a day in a paragraph about another incident is that incident's
    if r.trigger >= 0:
        token = sent.doc[r.trigger]
        own = [
            m
            for m in ctx.times
            if sent.start_char <= m.start < sent.end_char
            and m.attrs.get("gov") in (token.i, token.head.i)
        ]
        earlier = _a_period_before_the_day(own, ctx.times)
        if earlier is not None and earlier.role == "event":
            # (a month `when` took for the event's: one of another role says so below)
            return f"other_period: a period before the event's day ({earlier.text})"
        if any(m.role == "event" for m in own):
            reason = None
        elif own and own[0].role in ("other_period", "statistic"):
            return f"{own[0].role}: counted for another period ({own[0].text})"
    if reason is None and r.trigger >= 0:
        # "in retaliation for the March stabbing of a cousin of his": the marker and what
        # follows it in its sentence tell another incident
        idx = sent.doc[r.trigger].idx
        for lo, hi in ctx.notes.get("background_markers", []):
            if lo <= idx < hi:
                told = ctx.article.text[lo : min(hi, lo + 40)].strip()
                return f"other_event: told as background ({told!r})"
    if reason is None and r.trigger >= 0:
        idx = sent.doc[r.trigger].idx
        sentence = ctx.article.text[sent.start_char : sent.end_char]
        for m in COMPARED_EVENT.finditer(sentence):
            if sent.start_char + m.end("verb") <= idx:
                return f"other_event: an incident this one is compared with ({m.group('verb')!r})"
    if reason is None and r.trigger >= 0:
        recalled = _recalled_incident(sent.doc[r.trigger])
        if recalled is not None:
            return f"other_event: the toll of an incident recalled ({recalled!r})"
    if reason is None:
        # "a dispute that has taken three lives over the past few months": a span of time
        # right after the count is its own, whatever else its sentence dates
        window = ctx.article.text[r.end : min(sent.end_char, r.end + 50)]
        cue = CUMULATIVE.search(window)
        if cue is not None and re.fullmatch(r"[\s,]*(?:[\w'-]+\s+){0,2}", window[: cue.start()]):
            return f"cumulative: a toll of a long period ({cue.group(0)!r})"
    if reason is None and r.basis == "toll":
        cue = CUMULATIVE.search(ctx.article.text[sent.start_char : sent.end_char])
        if cue is not None:
            return f"cumulative: a toll of a long period ({cue.group(0)!r})"
    return reason


RECALL_PREPOSITIONS = frozenset({"after", "since", "before", "following"})
TIME_UNITS = frozenset(
    {"hour", "day", "week", "month", "year", "decade", "night", "weekend", "summer", "winter"}
)
# the subjects that name this event when a clause sets it at a distance from another
INCIDENT_NOUNS = _words(
    "shooting attack collapse blast explosion fire crash incident killing stabbing violence "
    "clash bombing ambush massacre raid flood earthquake quake storm it this"
)
ORDINAL_WORDS = frozenset(
    {"second", "third", "fourth", "fifth", "sixth", "latest", "another", "last", "first"}
)


def _recalled_incident(trigger: Token) -> str | None:
    """The words that recall another incident when the casualty word tells its toll in a
    relative clause of it: "the second building collapse this month after the Elm Street
    collapse, in which six people died", "a year after the shooting that killed six", "the third
    attack since the blast at the depot, where four were killed". The incident is the object of
    "after"/"since"/"before"/"following" set at a distance in time ("a year after", "weeks
    after") or after an ordinal of this event ("the second collapse ... after"). Not the event
    itself in a relative clause: "Police arrived after the shooting, in which two people died"
    (no distance, no ordinal). Returns the preposition's words, or None."""
    clause: Token | None = None
    for token in (trigger, *trigger.ancestors):
        if token.dep_ == "relcl":
            clause = token
            break
    if clause is None:
        return None
    noun = clause.head
    # up the chain of nouns and prepositions ("the attack at the mall, where ...")
    for _ in range(4):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep":
            return None
        if prep.lower_ in RECALL_PREPOSITIONS:
            return _recall_words(prep)
        noun = prep.head
    return None


def _recall_words(prep: Token) -> str | None:
    """ "The fire broke out weeks after", "the second collapse ... after": the preposition
    set at a distance in time from an incident the clause's subject names (the event
    itself: "the fire", "it"), or after an ordinal of this event; None when it is neither.
    Not a distance in time alone: "Two months after a raid in which nine people were killed,
    investigators have made an arrest" recalls this event in a later report."""
    doc = prep.doc
    head = prep.head
    before = doc[max(prep.i - 3, 0) : prep.i]
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        subject is not None
        and subject.lemma_.lower() in INCIDENT_NOUNS
        and (
            any(t.lemma_.lower() in TIME_UNITS for t in before)
            or any(c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_UNITS for c in prep.children)
        )
    ):
        return doc[before.start : prep.i + 1].text
    if head.pos_ in ("NOUN", "PROPN") and any(
        c.lower_ in ORDINAL_WORDS for c in head.children if c.dep_ in ("amod", "det")
    ):
        return f"{head.text} ... {prep.text}"
    return None


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


TALLY_REASONS = ("statistic: told in a clause of a period", "statistic: a tally of an area")

PERIOD_NOUNS = _words("day days week weeks weekend weekends month months year years summer")

# a tally of a whole city or area ("28 people were shot across the city over the weekend")
AREA_TALLY = re.compile(
    r"\b(?:across|throughout|around)\s+(?:the\s+)?(?:city|county|state|region|metro\s+area)\b"
    r"|\bcity-?wide\b",
    re.IGNORECASE,
)


def tally_clause(trigger: Token) -> str | None:
    """Why a casualty word tells a tally, not this event, if it does: it lies in a relative
    clause of a period ("the latest in a month in which 14 people have been killed", "a
    weekend when 28 people were shot"), or its own words spread it across the city ("were shot
    across the city over the weekend"). Read on the word's own clause: the sentence may tell
    this event's day as well ("A man was wounded Thursday, the latest in a month in which
    ...")."""
    for a in [trigger, *trigger.ancestors]:
        if a.dep_ == "relcl" and a.head.lemma_.lower() in PERIOD_NOUNS:
            return f"{TALLY_REASONS[0]} ({a.head.text} {a.text})"
        if a.dep_ in ("ccomp", "ROOT", "advcl"):
            break
    own = [c for c in trigger.children if c.dep_ in ("prep", "advmod", "npadvmod")]
    for c in own:
        words = trigger.doc[c.left_edge.i : c.right_edge.i + 1].text
        if AREA_TALLY.search(words):
            return f"{TALLY_REASONS[1]} ({words})"
    return None


SAYING_VERBS = frozenset({"say", "report", "state", "announce", "tell", "indicate"})
"""Verbs of a report whose count a later report may correct (`superseded_count`)."""

CORRECTING_VERBS = SAYING_VERBS | {"revise", "correct", "clarify", "confirm", "update"}

_CORRECTING_NOT_SAYING = CORRECTING_VERBS - SAYING_VERBS - {"confirm"}
"""The verbs that correct a count without being a report of one: a later clause joined by
"and" (not "but") must be one of these to supersede the earlier count (`superseded_count`)."""

EARLIER_WORDS = frozenset({"initially", "originally", "first", "earlier", "previously"})

SUPERSEDED_REASON = "superseded: a count an earlier report gave and a later one corrects"


def superseded_count(trigger: Token, value: int | float | None) -> str | None:
    """ "Police initially said three people were shot ..., but on Sunday they said only two
    were wounded", "Police had said a man shot Tuesday had died, but they said he is alive",
    "An earlier version of this story said two people were killed": a casualty word in the
    clause a verb of saying reports (its `ccomp`), when that verb is told as an earlier report
    ("initially", "first", "had said") and is joined by "but" to a later verb of saying or of
    correcting, or by any word to one of correcting ("revised"; not "and later confirmed a
    third had died", which adds), or when its subject is an earlier version or report: the
    count was corrected and the later words carry it. Reads the word's ancestors up to the
    verb of saying, its modifiers, its auxiliary, its subject and its conjuncts. Only a count
    of two or more: GVA's count of one victim first told dead, then told alive, is usually
    his death (he died later)."""
    if (value or 0) < 2:
        return None  # one victim "said to have died", then "in critical condition", often dies
    verb = None
    for a in trigger.ancestors:
        if a.lemma_.lower() in SAYING_VERBS and a.pos_ in ("VERB", "AUX"):
            verb = a
            break
        if a.dep_ in ("relcl", "advcl"):
            return None
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(
        c.lemma_.lower() in ("version", "report", "story")
        and any(
            g.dep_ == "amod" and g.lower_ in ("earlier", "previous", "initial", "original")
            for g in c.children
        )
        for c in subjects
    ):
        return SUPERSEDED_REASON
    earlier = any(c.dep_ == "advmod" and c.lower_ in EARLIER_WORDS for c in verb.children) or any(
        c.dep_ == "aux" and c.lower_ == "had" for c in verb.children
    )
    but = any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children)
    later = any(
        c.dep_ == "conj"
        and c.i > trigger.i
        and (
            c.lemma_.lower() in CORRECTING_VERBS
            if but
            else c.lemma_.lower() in _CORRECTING_NOT_SAYING
        )
        for c in verb.children
    )
    return SUPERSEDED_REASON if earlier and later else None
