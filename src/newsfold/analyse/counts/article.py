"""An article's counts: `annotate` runs the steps in order (see the package docstring), and the
headline's tolls stand in when the text gives none or fewer."""

from __future__ import annotations

import copy
import re
from bisect import bisect_right
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from newsfold.analyse.context import Context
from newsfold.analyse.counts.harm_cause import set_unshot_harm_aside
from newsfold.analyse.counts.headline import (
    _without_outlet,
    headline_names_a_death,
    headline_text,
)
from newsfold.analyse.counts.lexicons import ANIMALS, FATAL_MODIFIERS, TRIGGER_HASHES
from newsfold.analyse.counts.not_casualties import (
    _NOISE_REASONS,
    _deployed,
    _gallery_spans,
    _money,
    _unattached,
)
from newsfold.analyse.counts.other_events import (
    RECALL_PREPOSITIONS,
    SPORT_REASON,
    TALLY_REASONS,
    _other_event_paragraphs,
    _other_period,
    _reading_period,
    _sport_report,
    superseded_count,
    tally_clause,
)
from newsfold.analyse.counts.readings import Reading, _Numbers
from newsfold.analyse.counts.roundup import DIGEST_REASON, set_digest_aside, set_roundup_aside
from newsfold.analyse.counts.sentence import _candidates, _sentence_readings
from newsfold.analyse.counts.stories import OTHER_STORY_REASON
from newsfold.analyse.counts.total import _emit
from newsfold.analyse.numbers import find_numbers, noise_kind
from newsfold.analyse.stretches import Stretches
from newsfold.analyse.what.sentences import sentences
from newsfold.records import Article, Event

HURT_OTHERWISE = "hurt_otherwise"  # note: the text told of people hurt not by gunfire

ACROSS_PARAGRAPHS_REASON = "parse: a reading across a blank line, of two paragraphs run together"


def annotate(ctx: Context) -> None:
    """Read the article's counts and set the event's tolls (see the package docstring)."""
    text = ctx.article.text
    doc = ctx.doc
    exprs = find_numbers(text)
    noise: dict[int, str] = {}
    time_spans: list[tuple[int, int]] = ctx.notes.get("time_spans", [])
    # (searched, not passed over, for each number: `Stretches`)
    gallery, in_time = Stretches(_gallery_spans(text)), Stretches(time_spans)
    for i, expr in enumerate(exprs):
        if gallery.holds(expr.num_start):
            noise[i] = "gallery"
            continue
        if in_time.holds(expr.num_start):
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
    sents = list(sentences(doc)[0])  # the Doc's split, shared with `what` (made once)
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
            if r.discard is None and 0 <= r.trigger < len(doc):
                r.discard = tally_clause(doc[r.trigger]) or superseded_count(
                    doc[r.trigger], r.value
                )
        _tally_goes_on(text, sent_readings)
        readings.extend(sent_readings)
    # a related story's link or headline on the page tells that story's toll
    other_stories = ctx.other_stories()
    for r in readings:
        if r.discard is None and any(lo <= r.start < hi for lo, hi in other_stories):
            r.discard = OTHER_STORY_REASON
        elif r.discard is None and "\n\n" in text[r.start : r.end].strip():
            # a parse across paragraphs (a headline line without its stop run into the
            # lead: "Man dies after shooting\n\nA man has died" read as two men)
            r.discard = ACROSS_PARAGRAPHS_REASON
    if _sport_report(ctx.article.title or "", text):
        for r in readings:
            r.discard = r.discard or SPORT_REASON
    # a roundup's tally is no one incident's toll: only its first incident's paragraphs count
    roundup = set_roundup_aside(ctx.article, readings)
    if not roundup:
        # a single incident's story that ends with the city's tally and its other incidents
        set_digest_aside(ctx.article, readings)
    if set_unshot_harm_aside(doc, sents, readings):
        ctx.notes[HURT_OTHERWISE] = True
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
    if ctx.event.fatalities is None and not roundup and not ctx.notes.get(IS_HEADLINE):
        # (not in a headline read as a text: "deadly quadruple shooting" counts the dead
        # among its four harmed, which `_headline_injured` relies on)
        # a story's tally of the city and its other incidents ends where its own story does
        digest = min((r.start for r in readings if r.discard == DIGEST_REASON), default=len(text))
        _fatal_shooting_told(ctx, sents, other_paragraphs, other_stories, digest)
    if roundup:
        return  # a roundup's headline tallies its several incidents: it never stands in
    if ctx.event.fatalities is None and ctx.event.injuries is None:
        _headline(ctx)
    elif ctx.event.fatalities is None:
        _headline_dead(ctx)
    elif ctx.event.injuries is None:
        _headline_injured(ctx)
    if not ctx.notes.get("headline_counts"):
        _headline_more_dead(ctx)
    if not ctx.notes.get("headline_counts"):
        _headline_more(ctx)


def _tally_goes_on(text: str, readings: list[Reading]) -> None:
    """'a month in which 14 people have been killed and 40 wounded': a reading joined by a
    bare "and" to one set aside as a tally (`other_events.tally_clause`) is that tally's too,
    however the parser hung it, as is one read from the tally's own verb ("28 people were
    shot across the city, five of them fatally")."""
    ordered = sorted(readings, key=lambda r: r.start)
    for before, r in pairwise(ordered):
        if r.discard is not None or before.discard is None:
            continue
        if not before.discard.startswith(TALLY_REASONS):
            continue
        if before.start <= r.start < before.end or re.fullmatch(
            r"\s*,?\s*and\s*", text[before.end : r.start]
        ):
            r.discard = before.discard


def _fatal_shooting_told(
    ctx: Context,
    sents: list[Span],
    other_paragraphs: list[tuple[int, int]],
    other_stories: list[tuple[int, int]],
    end: int,
) -> None:
    """A text that reads no death but tells of "a fatal shooting" or "the deadly stabbing"
    with no one it is "of" ("deputies gave details of an accidental fatal shooting near Orrin
    Lake ... Dale was hit by his cousin's rifle"): at least one died. Not in a sentence about
    another incident or period, nor another story's line on the page; the harmed the text
    counts stay as they are (the death may be one of them or someone besides them, as for a
    headline's death tied to no one: `_headline_dead`). Only before `end` (where a story's
    tally of the city's other incidents begins: `roundup.set_digest_aside`)."""
    for sent in sents:
        if sent.start_char >= end:
            return
        for token in sent:
            if token.lemma_.lower() not in ("shooting", "stabbing") or token.pos_ != "NOUN":
                continue
            kids = list(token.children)
            fatal = [c for c in kids if c.dep_ == "amod" and c.lower_ in FATAL_MODIFIERS]
            if not fatal or any(
                "non" in sent.doc[max(c.i - 2, 0) : c.i].text.lower() for c in fatal
            ):
                continue  # ("a non-fatal shooting")
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in kids):
                continue  # "the fatal shooting of a man": `nouns._fatal_shooting_of` reads it
            if any(c.dep_ == "det" and c.lower_ in ("no", "another") for c in kids):
                continue
            if token.dep_ == "pobj" and token.head.lower_ in RECALL_PREPOSITIONS:
                continue  # "a week after a fatal shooting at the same bar": another incident
            if any(lo <= token.idx < hi for lo, hi in other_stories) or _other_period(
                ctx, sent, other_paragraphs
            ):
                continue
            if _dated_to_another_period(ctx, token):
                continue
            ev = ctx.event
            ev.fatalities, ev.fatalities_low, ev.fatalities_high = 1, 1, None
            ctx.notes["fatal_shooting_told"] = token.idx
            return


def _dated_to_another_period(ctx: Context, shooting: Token) -> bool:
    """'Other shootings at the club include a fatal shooting in February of 2013': the fatal
    shooting's own phrase dates it to another period (a time mention of another period or a
    year's statistic within the noun's words), though its sentence may also hold a time `when`
    read as the event's ("in February" of that phrase, read apart from its year)."""
    lo = shooting.left_edge.idx
    last = shooting.right_edge
    hi = last.idx + len(last.text)
    return any(lo <= m.start < hi and m.role in ("other_period", "statistic") for m in ctx.times)


HEADLINE_DEAD_COUNT = re.compile(
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:(?:are|were|is|was|found|left|now)\s+)*"
    r"(?:dead|killed|slain|died|murdered)\b",
    re.IGNORECASE,
)


HEADLINE_MISREAD = re.compile(
    r"^\W*(?:dead|killed|slain|died|murdered)\b|\b(?:shot|wounded|hurt|injured)\b", re.I
)


def _headline_more_dead(ctx: Context) -> None:
    """A headline that numbers the dead ("Five people found dead in home", "3 dead in
    shooting spree") over a text that counts fewer and no number of them (it names or
    describes some of the dead: "killed his brother, an uncle and a neighbour before turning
    the gun on himself" reads as at least one) gives the count: the people a text
    names are a lower bound, the headline's number is the count. Not over a text that numbers
    the dead itself ("two people were killed"): the text's number stands, and a headline's
    larger one is then often an older or wider figure."""
    ev = ctx.event
    if ev.fatalities is None or ev.fatalities_high is not None:
        return
    if any(
        c.field == "fatalities" and c.attrs.get("basis") in ("number", "toll") for c in ev.claims
    ):
        return
    head = _headline_context(ctx)
    if head is None:
        return
    hv = head.event
    dead = [c for c in hv.claims if c.field == "fatalities"]
    if hv.fatalities is None or hv.fatalities_high != hv.fatalities:
        return
    # the count read from a number followed by a word of death ("Five people found dead", "3
    # dead"), and no reading of the dead from a word of harm or with its number after the
    # verb: headline style misleads the parse there ("1 Killed, 3 Hurt" read as three killed,
    # "5 Shot, 1 Fatally" as five)
    if not any(
        c.value == hv.fatalities
        and c.attrs.get("basis") == "number"
        and HEADLINE_DEAD_COUNT.match(c.text)
        for c in dead
    ) or any(HEADLINE_MISREAD.search(c.text) for c in dead):
        return
    if hv.fatalities <= ev.fatalities:
        return
    _take_headline_dead(ev, hv)
    ctx.notes["headline_counts"] = {"fatalities": hv.fatalities}


def _injured_told(ev: Event) -> bool:
    """Whether the text says outright that someone was injured ("a woman was wounded in the
    leg", "two others were injured"): a claim of injuries read from a word of injury rather
    than from the harmed. A claim of none ("No officers were hurt", "No one else was
    injured", the usual close of a report of a death) tells of no one injured, so the harmed
    the text counts still include the headline's dead."""
    return any(
        c.field == "injuries" and c.attrs.get("basis") != "harmed" and c.value for c in ev.claims
    )


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
    if hv is None or hv.fatalities is None:
        hv = _with_a_death(ctx, hv)
    if hv is None or (hv.fatalities is None and hv.injuries is None):
        return
    ev = ctx.event
    _take_headline_dead(ev, hv)
    ev.injuries, ev.injuries_low, ev.injuries_high = hv.injuries, hv.injuries_low, hv.injuries_high
    ctx.notes["headline_counts"] = {"fatalities": hv.fatalities, "injuries": hv.injuries}


def _with_a_death(ctx: Context, hv: Event | None) -> Event | None:
    """The headline's tolls with at least one dead when it names a death the parse tied to no
    one ("Man charged in shooting death", "Deal ended in fatal shooting", "Teen dropped off
    by van, then shot dead": `headline_names_a_death`); as they are otherwise."""
    title = _without_outlet(ctx.article.title or "")
    if not title or not headline_names_a_death(title):
        return hv
    head = _headline_context(ctx)
    if head is not None and _animal_deaths_only(head.doc):
        return hv
    out = Event(event_id="") if hv is None else hv
    out.fatalities, out.fatalities_low, out.fatalities_high = 1, 1, None
    # "Two shot in deadly attack": the dead one is among the harmed, not injured as well
    harmed_only = not any(
        c.field == "injuries" and c.attrs.get("basis") != "harmed" for c in out.claims
    )
    if out.injuries and harmed_only:
        _set_injuries(out, out.injuries - 1)
    return out


DEATH_LEMMAS = frozenset({"kill", "die", "slay", "murder", "dead", "euthanize"})


def _animal_deaths_only(doc: Doc) -> bool:
    """The headline's words of death ("killed", "dies", "shot dead") are all about an animal
    ("Dog killed in shooting", "Police kill dog that attacked officer", "Cow shot dead in
    pasture"; `lexicons.ANIMALS`): it names no one's death, so no death stands in for the
    text's (GVA and ACLED count people). Reads the parse of the headline: the victim of a death
    word is the object of an active verb of killing, else its passive subject, the subject of
    "die", or the subject (or noun) "dead" is said of. False when a death word's victim is not
    found or is not an animal ("Man shot, dog killed" has a death of the dog only: True)."""
    victims = [_death_victim(t) for t in doc if t.lemma_.lower() in DEATH_LEMMAS]
    if not victims:
        return False
    return all(v is not None and v.lemma_.lower() in ANIMALS for v in victims)


def _death_victim(token: Token) -> Token | None:
    """The one a word of death is about (see `_animal_deaths_only`), or None."""
    if token.pos_ == "ADJ":  # "dead": "Cow shot dead" (oprd), "is dead", "a dead dog"
        if token.dep_ == "amod":
            return token.head
        token = token.head
        for dep in ("nsubjpass", "nsubj"):
            found = next((c for c in token.children if c.dep_ == dep), None)
            if found is not None:
                return found
        return None
    order = ("nsubj",) if token.lemma_.lower() == "die" else ("dobj", "nsubjpass")
    for dep in order:
        found = next((c for c in token.children if c.dep_ == dep), None)
        if found is not None:
            return found
    return None


def _set_injuries(ev: Event, n: int) -> None:
    """The injured set to `n`, each bound the event had set to it as well (a count the
    headline's dead came out of is definite)."""
    ev.injuries = n
    ev.injuries_low = n if ev.injuries_low is not None else None
    ev.injuries_high = n if ev.injuries_high is not None else None


def _headline_tolls(ctx: Context) -> Event | None:
    """The tolls the headline gives on its own (None when it names no casualty): a copy of
    the headline's event of the caller's own, as `_with_a_death` changes the one it is
    given."""
    head = _headline_context(ctx)
    return None if head is None else copy.deepcopy(head.event)


def _headline_context(ctx: Context) -> Context | None:
    """The headline read on its own as an article (None when it names no casualty).

    Read once per article (up to four fallbacks ask for it, and parsing the title is the
    costliest step of `counts`), and shared: the fallbacks only read it (`_headline_tolls`
    copies the event for the one that changes it; a deep copy per caller cost about as much
    as the rest of the fallbacks)."""
    if HEAD_NOTE not in ctx.notes:
        ctx.notes[HEAD_NOTE] = _read_headline(ctx)
    head: Context | None = ctx.notes[HEAD_NOTE]
    return head


IS_HEADLINE = "counts_is_headline"
"""`ctx.notes` key set on a headline's own Context (`_read_headline`)."""

HEAD_NOTE = "counts_headline"
"""`ctx.notes` key of the headline's own Context (or None), read once by `_headline_context`."""


def _read_headline(ctx: Context) -> Context | None:
    """The headline parsed and read as an article: its dates, then its counts."""
    title = headline_text(ctx.article.title)
    if title is None:
        return None
    from newsfold.analyse import when

    head = Context(
        article=Article(id=ctx.article.id, text=title, source=ctx.article.source),
        doc=ctx.parse(title),
        anchor=ctx.anchor,
    )
    head.notes[IS_HEADLINE] = True
    when.annotate(head)
    annotate(head)
    return head


def _headline_more(ctx: Context) -> None:
    """A headline that numbers the injured ("Four people shot outside bar") over a text that
    tells of fewer (it details one or two victims, or the story was cut short) gives the
    number of injured. When either tells of a death, only if both count the same dead: a
    headline's dead that the text does not give are often a tally of several shootings, and
    its harmed would then include dead to take away."""
    head = _headline_context(ctx)
    if head is None:
        return
    ev, hv = ctx.event, head.event
    if not hv.injuries:
        return
    # when both count the dead, only the same dead: the headline's injured are then those
    # besides them ("1 dead, 5 hurt" over a story naming the dead and two of the hurt)
    if (ev.fatalities or hv.fatalities) and hv.fatalities != ev.fatalities:
        return
    if _hurt_otherwise_told(ctx):
        return
    if _counted_injured(head) and (ev.injuries is None or hv.injuries > ev.injuries):
        ev.injuries, ev.injuries_low, ev.injuries_high = (
            hv.injuries,
            hv.injuries_low,
            hv.injuries_high,
        )
        ctx.notes["headline_counts"] = {"injuries": hv.injuries}


def _hurt_otherwise_told(ctx: Context) -> bool:
    """The text set aside people hurt by another cause than gunfire (`harm_cause`): a
    headline's larger count of the hurt ("2 hurt in mall gunfire") includes them, and the
    text's count of the shot stands."""
    return bool(ctx.notes.get(HURT_OTHERWISE))


def _counted_injured(head: Context) -> bool:
    """The headline counts its injured: by a number ("Four people shot"), or by naming two or
    more of them ("4-year-old boy, woman shot"), not only by implying one."""
    if "injuries" in head.notes.get("numbered", []):
        return True
    return any(
        c.field == "injuries" and (c.value or 0) >= 2 and c.attrs.get("qualifier") == "exact"
        for c in head.event.claims
    )


def _headline_injured(ctx: Context) -> None:
    """When the text counts the dead but tells of no one hurt, and the headline numbers the
    injured beside the same dead ("Man killed, 3 others shot on Elm Street" over a story about
    the man who died), the headline's injured stand in: a story often follows the dead alone.
    Only when the headline counts the same dead as the text: other dead are a tally of several
    shootings or an older figure, and a headline that counts no dead ("Deadly quadruple
    shooting") counts them among its harmed. Not when its injured are only implied."""
    head = _headline_context(ctx)
    if head is None:
        return
    ev, hv = ctx.event, head.event
    if not hv.injuries or "injuries" not in head.notes.get("numbered", []):
        return
    if hv.fatalities != ev.fatalities:
        return  # ("deadly quadruple shooting": its four harmed include the dead)
    ev.injuries, ev.injuries_low, ev.injuries_high = hv.injuries, hv.injuries_low, hv.injuries_high
    ctx.notes["headline_counts"] = {"injuries": hv.injuries}


def _headline_dead(ctx: Context) -> None:
    """When the text tells of people harmed but of no death, and the headline says someone
    died ("Teen shot to death ..." over a story of "who shot the teen", "doctors could not
    save him" phrasings no rule reads, a story cut short), the headline's dead stand in. The
    harmed the text counts include them unless it says "injured"/"wounded" outright: the
    harmed who died are not injured ("a man was shot" under "Man fatally shot": 1 dead,
    none injured)."""
    hv = _headline_tolls(ctx)
    # a death the headline ties to no one ("Police investigate deadly shooting") may be one of
    # the harmed the text counts or someone besides them: they stay as the text counts them
    unnamed = hv is None or hv.fatalities is None
    if unnamed:
        hv = _with_a_death(ctx, hv)
    if hv is None or not hv.fatalities:
        return
    ev = ctx.event
    _take_headline_dead(ev, hv)
    if not _injured_told(ev) and not unnamed and ev.injuries is not None:
        _set_injuries(ev, max(0, ev.injuries - hv.fatalities))
    ctx.notes["headline_counts"] = {"fatalities": hv.fatalities}
