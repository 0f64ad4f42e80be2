"""A headline made readable as a sentence: without the outlet's name after it, in sentence case,
with the auxiliary headline style drops put back ("Teen shot in leg": "Teen was shot in
leg")."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from newsfold.analyse.counts.lexicons import PERSON_WORDS, TRIGGER_WORDS, _words
from newsfold.analyse.numbers import UNITS
from newsfold.calendar_words import WEEKDAY_NAMES, alternation

HEADLINE_CUE = re.compile(
    r"\b(?:kill|dead|death|die|dies|died|slain|shot|shoots|shooting|wound|injur|hurt|fatal|"
    r"murder|stab|hospitali[sz]|graze)",
    re.IGNORECASE,
)


# a headline that names a death without the people ("Man charged in shooting death", "Deal
# ended in fatal shooting", "Death ruled homicide", "then shot dead"): at least one died, though
# the parse ties the death to no one. Not a hedge or a denial ("attempted murder", "non-fatal",
# "No one killed", "survives"), which tell of no death.
HEADLINE_DEATH = re.compile(
    r"\b(?:(?:fatal(?:ly)?|deadly)\s+(?:[\w-]+\s+){0,2}?(?:shooting|stabbing|shot|wounded|"
    r"attack|assault|gunfire|incident|encounter)|shooting\s+deaths?|homicide|murder(?:ed|s)?|"
    r"slaying|killed|slain|shot\s+dead|shot\s+to\s+death|dies|died|dead)\b",
    re.IGNORECASE,
)
HEADLINE_NO_DEATH = re.compile(
    r"\b(?:no|not|nobody|none|non-?fatal|attempted|attempt|survives?|survived|survivors?|feared|"
    r"believed|presumed|averted|foiled|plot|threat(?:en(?:s|ed)?)?|could|would|might)\b",
    re.IGNORECASE,
)


def headline_text(title: str | None) -> str | None:
    """The headline as `counts` reads it, a sentence ("4 shot, 1 killed in Elm Street
    shooting - WXYZ": "4 were shot, 1 was killed in Elm Street shooting."), or None when it
    names no casualty (no word of `HEADLINE_CUE`): then it is not read."""
    if not title or not HEADLINE_CUE.search(title):
        return None
    # headline style: "4 shot, 1 killed" is four people shot (the parser reads "4 shots")
    return _as_sentence(_headline_sentence(_sentence_case(_without_outlet(title))))


def headline_names_a_death(title: str) -> bool:
    """Whether the headline says someone died without the parse telling who (see
    `HEADLINE_DEATH`): the article's event then killed at least one."""
    return bool(HEADLINE_DEATH.search(title)) and not HEADLINE_NO_DEATH.search(title)


HEADLINE_SHOT = re.compile(
    r"\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(shot|stabbed)\b",
    re.IGNORECASE,
)


# headline style drops the auxiliary: "Man fatally shot while hunting" is "Man was fatally
# shot", not a man who shot (an active past needs its object: "Man shot his neighbour")
HEADLINE_ELLIPSIS = re.compile(
    r"^(?P<subj>(?:[A-Z0-9][\w'’.,-]*\s+){0,4}?(?:[A-Za-z][\w'’-]*|\d{1,3}-[A-Za-z][\w'’-]*|"
    r"\d{1,2},|\d{1,3}))\s+"
    r"(?P<pred>(?:(?:fatally|critically|seriously|accidentally|mortally|gravely)\s+)?"
    r"(?:(?:shot|stabbed|beaten)\s+to\s+death|shot|killed|wounded|injured|stabbed|slain|hurt|"
    r"hospitali[sz]ed|grazed|dead)\b)"
    r"(?=\s*$|\s*[,:;.!?|–—-]|\s+(?:and|in|at|on|near|outside|inside|while|after|during|"
    r"by|over|from|following|early|late|overnight|last|this|multiple|twice|again|dead|today|"
    rf"{alternation(WEEKDAY_NAMES)})\b)"
)


def _headline_clause(title: str) -> str:
    """The headline with the auxiliary it drops put back ("Teen shot in leg": "Teen was shot
    in leg"; "Teens shot": "Teens were shot"; "Man dead after crash": "Man is dead")."""
    label = HEADLINE_LABEL.match(title)  # "UPDATE: Man shot on Elm Street"
    head, rest = (title[: label.end()], title[label.end() :]) if label else ("", title)
    m = HEADLINE_ELLIPSIS.match(rest)
    if m is None:
        return title
    if HEADLINE_LATER_VERB.match(rest, m.end()):
        return title  # "Boy shot near park has died": the participle describes the subject
    words = [w.strip(",").lower() for w in m.group("subj").split()]
    if words[-1] in HEADLINE_VERBS or words[-1] in HEADLINE_HEDGES:
        return title  # "Several feared dead": a fear, not a death
    bare_count = all(w in HEADLINE_KEEP for w in words)
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
    if bare_count:  # "1 dead, 5 hurt": "1 is dead, 5 were hurt"
        plural = words[-1] not in ("1", "one")
    elif " " not in subj and subj.lower() in PERSON_WORDS and not plural:
        subj = f"A {subj.lower()}"  # "Boy was shot" parses as an interjection; "A boy" not
    if m.group("pred").lower().endswith("dead"):  # "Teen dead after shooting": is dead
        aux = "are" if plural else "is"
    else:
        aux = "were" if plural else "was"
    return f"{head}{subj} {aux} {rest[pred_start:]}"


# a finite verb after the participle ("Teen shot in Riverton has died", "Man shot Friday is
# dead"): the participle is a reduced relative clause, and the clause has its verb already
HEADLINE_LATER_VERB = re.compile(
    r"[^,;:]*?\b(?:dies|died|has\s+died|have\s+died|is\s+dead|are\s+dead|succumbs|"
    r"succumbed|passes\s+away|passed\s+away|remains|remain|is\s+in|are\s+in|identified)\b",
    re.IGNORECASE,
)


# a verb already there, or a bare count ("Two dead after ...", read as it stands)
HEADLINE_VERBS = _words("was were is are been be")


# a headline's hedge before the predicate ("several feared dead", "two believed killed")
HEADLINE_HEDGES = _words("feared believed presumed thought reported possibly")


HEADLINE_KEEP = _words(
    "one two three four five six seven eight nine ten dozen dozens several many more others"
) | {str(n) for n in range(1000)}


# "UPDATE: ...", "Police: ...", and attributions a headline starts with ("Parents say 3-year-old
# grazed ..."; "Police say man shot ..."): who tells, not who was harmed
HEADLINE_LABEL = re.compile(
    r"^(?:[A-Z][A-Za-z ]{0,20}:\s+|(?:[A-Z][\w'’.-]*\s+){1,3}(?:say|says|said)\s+(?=\S))"
)


# a headline strings clauses together with commas and semicolons ("Man killed, 3 others shot
# on Elm Street"; "Show cut short; four people shot"): each clause drops its own auxiliary
HEADLINE_CLAUSE_SEP = re.compile(r"\s*[;,]\s+")


# a count left bare after an active verb of harm at a headline's end ("shooting that injured
# 7"): the parser reads no people in a number alone
HEADLINE_BARE_OBJECT = re.compile(
    r"\b((?:kill|injur|wound|hurt)(?:s|es|ed|ing)?)\s+(\d{1,3}|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)(?=\s*$|\s*[,;:.!?]|\s+(?:in|at|on|near|outside|inside|"
    r"during|after|following)\b)",
    re.IGNORECASE,
)


_NUM = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"


# "4 adults, 1 child shot in ...": a headline lists its numbered groups with a comma where a
# sentence says "and" (the parser reads "4 adults" apart from the verb)
HEADLINE_GROUPS = re.compile(
    rf"^(?P<label>[A-Z][A-Za-z ]{{0,20}}:\s+)?(?P<a>{_NUM}\s+[A-Za-z]+),\s+"
    rf"(?P<b>{_NUM}\s+[A-Za-z]+)\s+(?P<pred>shot|killed|wounded|injured|hurt|dead)\b",
    re.IGNORECASE,
)


def _headline_sentence(title: str) -> str:
    """The headline (already in sentence case, the outlet cut off) as a sentence the parser
    reads: "4 shot" is four people shot (the parser reads "4 shots"), a bare count after an
    active verb of harm is people ("that injured 7 people"), and each clause that drops its
    auxiliary gets it back ("Man killed, 3 others shot": "A man was killed, 3 others were
    shot"). A clause is split off only where it starts with a subject and a dropped
    auxiliary of its own, so a list of places or names stays whole."""
    # the label says who tells ("Police: 4 teens, 1 adult shot"), not who was harmed; the
    # parser reads a count after it as part of an apposition and loses the verb
    label = HEADLINE_LABEL.match(title)
    if label is not None and title[label.end() :]:
        rest = title[label.end() :]
        title = rest[0].upper() + rest[1:]
    title = HEADLINE_SHOT.sub(lambda m: f"{m.group(1)} people {m.group(2).lower()}", title)
    title = HEADLINE_BARE_OBJECT.sub(r"\1 \2 people", title)
    title = _headline_pair(title)
    groups = HEADLINE_GROUPS.match(title)
    if groups is not None:
        aux = "are" if groups.group("pred").lower() == "dead" else "were"
        title = (
            f"{groups.group('label') or ''}{groups.group('a')} and {groups.group('b')} {aux} "
            f"{groups.group('pred').lower()}{title[groups.end() :]}"
        )
        return title
    pieces: list[str] = []
    last = 0
    for sep in HEADLINE_CLAUSE_SEP.finditer(title):
        rest = title[sep.end() :]
        if sep.group(0).strip() == "," and (
            re.match(r"\d{1,3},", rest) or re.search(r"\b\d{1,3}$", title[: sep.start()])
        ):
            continue  # an age set off: "Boy, 12, fatally shot"
        if rest and HEADLINE_ELLIPSIS.match(rest[0].upper() + rest[1:]):
            pieces.append(title[last : sep.start()])
            pieces.append(sep.group(0))
            last = sep.end()
    pieces.append(title[last:])
    out = []
    for i, piece in enumerate(pieces):
        if i % 2 == 1:  # a separator: a semicolon ends a sentence for the parser
            out.append(". " if ";" in piece else ", ")
            continue
        if i == 0:
            out.append(_headline_clause(piece))
            continue
        clause = _headline_clause(piece[0].upper() + piece[1:])
        # back in the sentence after a comma; a new sentence after a semicolon
        out.append(clause if out[-1] == ". " else clause[0].lower() + clause[1:])
    return "".join(out)


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


# a saved post's page title: 'WXYZ News on Twitter: "4 shot on Elm St https://t.co/..."', in
# the languages the archive's interface showed it in (Czech "Uživatel X na Twitteru: „...“")
TWEET_TITLE = re.compile(
    r"^.{0,80}?\s(?:on\s+Twitter|na\s+Twitteru|auf\s+Twitter|sur\s+Twitter|en\s+Twitter)"
    r"\s*:\s*[\"“„«']?(?P<post>.+?)[\"”“»']?\s*$"
)


def _tweet_text(title: str) -> str:
    """A saved post's title as its post alone, without its links, its hashtag signs and the
    handles that only tag people ("#DEVELOPING: boy shot https://t.co/x @Reporter reports")."""
    m = TWEET_TITLE.match(title)
    if m is None:
        return title
    post = re.sub(r"https?://\S+", " ", m.group("post"))
    post = re.sub(r"#(?=\w)", "", post)
    post = re.sub(r"\s@\w+\s+(?:reports|reporting)\b\.?", " ", post)
    return re.sub(r"\s+", " ", post).strip(" :")


def _without_outlet(title: str) -> str:
    """The headline without the parts after it that name no casualty: the outlet and its
    slogan ("... - WXYZ-TV 7-News, Weather"), whose numbers are no count; a saved post's
    title is its post (`_tweet_text`)."""
    title = _tweet_text(title)
    for sep in reversed(list(TITLE_PARTS.finditer(title))):
        if HEADLINE_CUE.search(title, sep.end()):
            break
        title = title[: sep.start()]
    return title


# person words that take no article before them at a headline's start ("One of two men ...",
# "Security guard shot"): the rest are singular nouns a headline drops its article from
NO_ARTICLE = _words("one other others both security militia gang staff crew personnel")


def _as_sentence(title: str) -> str:
    """The headline, once its clauses are put back, ended and begun as a sentence: a bare
    singular person word at its start gets its article ("Boy dies after being shot": "A boy
    dies ..."; the parser tags a bare "Boy" as an interjection) and a final full stop (without
    one the parser often misses the verb of a clause after "but": "..., but 2-year-old was
    shot")."""
    m = re.match(r"([A-Z][a-z]+)(?=(?:,|\s+[a-z0-9]))", title)
    if m is not None:
        word = m.group(1).lower()
        plural = word.endswith(("s", "people", "men", "children"))
        if word in PERSON_WORDS and word not in NO_ARTICLE and not plural:
            article = "An" if word[0] in "aeiou" else "A"
            title = f"{article} {word}{title[m.end() :]}"
    title = title.rstrip()
    if title and title[-1] not in ".!?":
        title += "."
    return title


# two people a headline lists before one predicate, with a comma or "and" ("7-year-old girl,
# man shot in Brookfield"; "Man and 3-year-old girl wounded at bus stop"): both harmed,
# though the comma looks like the start of a clause of its own
HEADLINE_PAIR = re.compile(
    r"^(?P<a>(?:\d{1,3}-[a-z]+-old\s+)?[A-Za-z]+)(?:,\s+|\s+and\s+)"
    r"(?P<b>(?:\d{1,3}-[a-z]+-old\s+)?[A-Za-z]+)\s+"
    r"(?P<pred>shot|killed|wounded|injured|hurt|stabbed|dead)\b",
    re.IGNORECASE,
)


def _headline_pair(title: str) -> str:
    """'7-year-old girl, man shot in Brookfield': 'A 7-year-old girl and a man were shot in
    Brookfield' (each a singular person word; otherwise the headline is left as it is)."""
    m = HEADLINE_PAIR.match(title)
    if m is None:
        return title
    people = []
    for part in (m.group("a"), m.group("b")):
        head = part.split()[-1].lower()
        if head not in PERSON_WORDS or head in NO_ARTICLE or head.endswith("s"):
            return title
        people.append(("an " if part[0].lower() in "aeiou" else "a ") + part.lower())
    aux = "are" if m.group("pred").lower() == "dead" else "were"
    sentence = f"{people[0]} and {people[1]} {aux} {m.group('pred').lower()}{title[m.end() :]}"
    return sentence[0].upper() + sentence[1:]
