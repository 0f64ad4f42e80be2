"""People hurt in a shooting but not by its gunfire: cut by flying glass, trampled in the
stampede, struck by a car or hurt falling as the crowd fled, or taken to hospital only as a
precaution. GVA (whose counts the event's injured follow) counts the people shot, not
everyone hurt, so a generic word of harm ("hurt", "injured", "treated") told with such a
cause is set aside, and a count of the injured that a
breakdown shows to include them ("six people were hurt, five by gunfire and one by broken
glass") gives way to the count of those shot."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsfold.analyse.counts.readings import Reading
from newsfold.analyse.numbers import parse_word_number
from newsfold.analyse.what.sentences import doc_text

NOT_GUNFIRE_REASON = "not_gunfire: hurt by another cause than the gunfire (glass, a car, a fall)"

# a cause of harm that is not a bullet, told of the people hurt
NON_GUN_CAUSE = re.compile(
    r"\b(?:(?:by|from|with|on)\s+(?:the\s+)?(?:flying|broken|shattered|falling)\s+glass"
    r"|trampl(?:ed|ing)"
    r"|(?:in|during)\s+the\s+(?:ensuing\s+)?(?:stampede|rush|chaos|melee|scramble|panic)"
    r"|(?:hit|struck|run\s+over)\s+by\s+(?:a|an|the)\s+(?:car|vehicle|truck|suv|van)"
    r"|while\s+(?:fleeing|running|trying\s+to\s+(?:flee|escape|get\s+away))"
    r"|(?:falling|fell)\s+(?:down|off|from|over|while|as)"
    r"|pistol-whipped"
    r"|(?:broke|sprained|twisted|injured)\s+(?:an?|his|her|their)\s+(?:ankles?|legs?|wrists?|feet|foot)\b"
    r"|(?:in|during)\s+a\s+(?:scuffle|struggle|fight|fistfight)"
    r"|not\s+(?:from|by)\s+(?:gunfire|a\s+bullet)"
    # a crash ("hurt in the crash", "when his cruiser crashed"), a struggle ("while
    # wrestling the suspect"), a blade's wound, a broken bone
    r"|(?:in|during|from)\s+(?:the|a)\s+(?:\w+\s+)?(?:crash|collision|wreck|rollover)"
    r"|\b(?:crashed|overturned|collided)\b"
    r"|while\s+(?:wrestling|struggling|fighting)\b"
    r"|(?:knife|stab)\s+wounds?"
    r"|with\s+(?:a|an)\s+broken\s+(?:leg|arm|ankle|wrist|hip|nose|jaw)"
    r"|as\s+a\s+precaution|for\s+precautionary|to\s+be\s+checked\s+out)",
    re.IGNORECASE,
)

# "four from gunshots", "two of them by gunfire", "three with gunshot wounds"
GUN_PART = re.compile(
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:\s+of\s+them)?\s+(?:by|from|with)\s+(?:gunfire|gunshots?|gunshot\s+wounds?|bullets?)\b",
    re.IGNORECASE,
)

# a wound a bullet makes, told in the object of "suffered"
GUN_WOUND = re.compile(r"gunshot|bullet|gunfire|shot|graze", re.IGNORECASE)

# words of harm that say nothing of its cause (not "shot", "wounded", "struck by a bullet")
GENERIC_HARM = frozenset(
    {"hurt", "injure", "injured", "injury", "treat", "take", "transport", "hospitalize"}
)


def set_unshot_harm_aside(doc: Doc, sents: list[Span], readings: list[Reading]) -> bool:
    """Lower a count of the injured that its sentence or the next breaks down into the shot
    and the otherwise hurt to the shot (`_count_of_the_shot`), or set it aside when a reading
    of the shot follows (`_shot_told_apart`); set aside the readings of people a generic word
    of harm tells were hurt by another cause than gunfire (`_hurt_otherwise`), struck by a
    vehicle (`_struck_by_a_vehicle`) or harmed by a blade or a beating in a story of a
    shooting (`_harmed_by_another_weapon`). Returns
    whether any was lowered or set aside."""
    told = False
    for r in readings:
        if r.discard is not None or r.field not in ("injuries", "hit"):
            continue
        if not 0 <= r.trigger < len(doc):
            continue
        if _struck_by_a_vehicle(doc, r) or _harmed_by_another_weapon(doc, r):
            r.discard = NOT_GUNFIRE_REASON
            told = True
            continue
        if not _generic_harm(doc[r.trigger]):
            continue
        if r.basis == "number" and (r.value or 0) >= 2 and 0 <= r.sent < len(sents):
            window = sents[r.sent].text
            if r.sent + 1 < len(sents):
                window += " " + sents[r.sent + 1].text
            if NON_GUN_CAUSE.search(window) is not None:
                shot = _count_of_the_shot(window)
                if shot is not None and shot < (r.value or 0):
                    r.value = r.low = r.high = shot
                    told = True
                    continue
                if _shot_told_apart(r, readings):
                    r.discard = NOT_GUNFIRE_REASON
                    told = True
                    continue
        if _hurt_otherwise(doc, r):
            r.discard = NOT_GUNFIRE_REASON
            told = True
    return told


# a vehicle that struck someone ("was struck by a car while running away")
BY_A_VEHICLE = re.compile(
    r"\s*by\s+(?:a|an|the)\s+(?:\w+\s+)?(?:car|vehicle|truck|suv|van|bus|train|motorist)\b",
    re.IGNORECASE,
)

# verbs of harm done by other means than a gun ("stabbed", "beaten")
OTHER_WEAPON_HARM = frozenset({"stab", "beat", "slash", "punch", "pistol-whip"})

# a word of a gunshot anywhere in the text (the story is of a shooting)
GUNSHOT_WORD = re.compile(r"\b(?:shot|shooting|gunfire|gunshots?|gunman|bullets?)\b", re.I)


def _struck_by_a_vehicle(doc: Doc, reading: Reading) -> bool:
    """ "The man suspected of firing was struck by a pickup as he ran off": "struck" or
    "hit" told with a vehicle as its agent is no bullet's hit (GVA counts the shot). Reads
    the words right after the trigger."""
    trigger = doc[reading.trigger]
    if trigger.lemma_.lower() not in ("strike", "hit", "run"):
        return False
    rest = doc_text(doc)[trigger.idx + len(trigger.text) : trigger.idx + len(trigger.text) + 40]
    return BY_A_VEHICLE.match(rest) is not None


def _harmed_by_another_weapon(doc: Doc, reading: Reading) -> bool:
    """ "One man was stabbed and another was shot", "a man was beaten with a bat": in a story
    of a shooting (a word of gunfire in its text) the harm of a blade or a beating is not
    GVA's injury. Reads the trigger's lemma (the reading stays when it is also shot: "shot
    and stabbed" is read on "shot") and the text."""
    trigger = doc[reading.trigger]
    if trigger.lemma_.lower() not in OTHER_WEAPON_HARM and trigger.lower_ != "pistol-whipped":
        return False
    if any(c.dep_ == "conj" and c.lemma_.lower() == "shoot" for c in trigger.children):
        return False
    if trigger.dep_ == "conj" and trigger.head.lemma_.lower() == "shoot":
        return False
    return GUNSHOT_WORD.search(doc_text(doc)) is not None


def _generic_harm(trigger: Token) -> bool:
    """A word of harm that says nothing of its cause: "hurt", "injured", "treated", or
    "suffered" with an object that names no gunshot ("suffered minor injuries while fleeing",
    not "suffered a gunshot wound while fleeing", which tells a man shot)."""
    lemma = trigger.lemma_.lower()
    if lemma == "suffer":
        objects = [c for c in trigger.children if c.dep_ == "dobj"]
        return not any(GUN_WOUND.search(t.text) for o in objects for t in o.subtree)
    return lemma in GENERIC_HARM


def _shot_told_apart(total: Reading, readings: list[Reading]) -> bool:
    """The sentence of a count of the injured, or the next, tells who of them were shot with
    a word of gunfire ("Three people were injured ... Two were shot and one was trampled"):
    that reading carries the count of the shot."""
    return any(
        r is not total
        and r.discard is None
        and r.field == "hit"
        and r.sent in (total.sent, total.sent + 1)
        and r.start > total.start
        for r in readings
    )


def _hurt_otherwise(doc: Doc, reading: Reading) -> bool:
    """The clause of a generic word of harm names a cause that is not gunfire ("the other was
    hurt falling down an escalator while running away", "a woman injured by flying glass")."""
    trigger = doc[reading.trigger]
    clause = doc[trigger.left_edge.i : trigger.right_edge.i + 1]
    if clause.end - clause.start > 40:
        clause = doc[trigger.i : min(trigger.i + 15, len(doc))]
    return NON_GUN_CAUSE.search(clause.text) is not None and reading.value is not None


def _count_of_the_shot(window: str) -> int | None:
    """The number of the shot a breakdown of the injured gives ("five by gunfire and one by
    broken glass", "two of them by gunfire"), or None."""
    m = GUN_PART.search(window)
    if m is None:
        return None
    word = m.group("n")
    return int(word) if word.isdigit() else parse_word_number(word)
