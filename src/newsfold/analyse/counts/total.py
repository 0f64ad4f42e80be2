"""The article total: the kept readings as claims, the best count of each field (`combine`)
as the event's tolls, the harmed who were not killed as the injured, and a toll "split between
3 events" shared out."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from newsfold.analyse.context import Context
from newsfold.analyse.counts.combine import (
    ORDINALS,
    _alive,
    _also_harmed,
    _attackers,
    _combine,
    _distinct_people,
    _refers_back_only,
    _resolve_additional,
    _resolve_named_attackers,
    _resolve_self_harm,
    _restated_extra,
    _restatements,
    _self_harmer_told_back,
    _self_inflicted_besides_the_dead,
    _self_inflicted_told_again,
    _survivor_besides_the_dead,
    raised_to,
    victim_nouns,
)
from newsfold.analyse.counts.lexicons import SUSPECT_WORDS
from newsfold.analyse.counts.ordinal_harmed import harmed_floor
from newsfold.analyse.counts.people import _full_name, _person_like, same_name
from newsfold.analyse.counts.readings import Reading
from newsfold.analyse.numbers import UNITS, parse_word_number
from newsfold.analyse.what.sentences import sentences


def _only_the_attacker_hit(hits: list[Reading], killed: list[Reading]) -> bool:
    """'A man was fatally shot outside a bar. An officer shot the gunman, who was taken to a
    hospital': the only people told shot ("hit" readings) are the attacker's, and each victim
    who died is told of in another sentence, as someone new ("a man", a name; not "he" or
    "the man", who may be the attacker again): the dead are not among the harmed, so the
    attacker shot is injured whatever the victims' toll. Reads the readings' group, sentence
    and referents."""
    if not hits or not all(h.group == "suspect" for h in hits):
        return False
    victims = [r for r in killed if r.group != "suspect" and (r.value or 0) > 0]
    if not victims:
        return False
    sents = {h.sent for h in hits}
    return all(r.sent not in sents and r.referents and not _refers_back_only(r) for r in victims)


def _self_harm_beside_the_dead(hits: list[Reading], killed: list[Reading]) -> bool:
    """'A man shot and killed his wife ... and then shot himself. He survived': the only
    people told shot are the attacker (`_resolve_self_harm` made him the suspect), one of
    them his own wound ("himself") and another his wound told back ("He survived", "He is in
    critical condition": `combine._self_harmer_told_back`), and each victim who died is
    someone else, told of by a word of her own ("his wife", a name; not "he" or "him"): he
    is not among the dead, so his wound is an injury beside their deaths (the dead are not
    taken off the harmed).
    Reads the readings' group and referents."""
    if not hits or not all(h.group == "suspect" for h in hits):
        return False
    selves = [h for h in hits if any(ref[0] == "self" for ref in h.referents)]
    if not selves or len(selves) == len(hits):
        return False  # ("then shot himself", told no further, may be his death)
    victims = [r for r in killed if r.group != "suspect" and (r.value or 0) > 0]
    return bool(victims) and all(
        r.referents
        and not any(ref[0] in ("self", "pronoun") for ref in r.referents)
        and not _refers_back_only(r)
        for r in victims
    )


def _emit(ctx: Context, readings: list[Reading]) -> None:
    _background_names(readings, ctx.doc)
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
    _wounded_who_died(kept, ctx.doc)
    counted = _restatements(kept)
    _resolve_additional(counted)
    _the_wounded_who_died(counted, ctx.doc)
    _resolve_self_harm(counted, ctx.article.text, ctx.doc)
    _self_inflicted_besides_the_dead(counted, ctx.doc)
    _self_inflicted_told_again(counted, ctx.doc)
    _self_harmer_told_back(counted, ctx.doc)
    _resolve_named_attackers(counted, ctx.doc)
    with_suicide = _bodies_include_the_suicide(counted, ctx)
    _named_antecedents(counted, ctx)
    by_field: dict[str, list[Reading]] = {}
    for r in counted:
        by_field.setdefault(r.field, []).append(r)
    best: dict[str, tuple[int | None, int | None, int | None]] = {}
    for field_name in ("fatalities", "arrested", "kidnapped", "displaced"):
        best[field_name] = _combine(
            by_field.get(field_name, []), victim_nouns(by_field.get("hit", []))
        )
    best["fatalities"] = _ordinal_floor(
        best["fatalities"],
        by_field.get("fatalities", []),
        by_field.get("injuries", []) + by_field.get("hit", []),
        ctx,
    )
    injuries = _combine(
        _alive(by_field.get("injuries", []), by_field.get("fatalities", []), ctx.article.text)
    )
    hits = by_field.get("hit", [])
    _also_harmed(hits, by_field.get("fatalities", []))
    _survivor_besides_the_dead(hits, by_field.get("fatalities", []), ctx.doc)
    hit = _combine([r for r in hits if not r.additional and not r.marked])
    # harmed people marked as others ("and seven more were shot", "another teen was shot")
    # are not among the killed; restated in later sentences they are the same people
    hit_extra = int(
        max(
            _restated_extra([r for r in hits if r.additional and not r.past_number]),
            max((r.value or 0 for r in hits if r.marked and not r.additional), default=0),
        )
    )
    suspects_killed = _combine([r for r in by_field.get("fatalities", []) if r.group == "suspect"])[
        0
    ]
    killed = best["fatalities"][0] or 0
    killed_victims = killed - (suspects_killed or 0)
    if killed and killed in with_suicide:
        # the toll is a count of the dead that includes the one who killed himself ("the
        # three people inside died"), and the harmed told with the victims ("the mother and
        # her two daughters were shot in the head") include him too: all leave the harmed
        killed_victims = killed
    # an attacker shot who died ("police shot the gunman, who died") leaves the harmed too
    suspects_hit = int(max((r.value or 0 for r in hits if r.group == "suspect"), default=0))
    killed_harmed = killed_victims + int(min(suspects_killed or 0, suspects_hit))
    if _only_the_attacker_hit(hits, by_field.get("fatalities", [])) or _self_harm_beside_the_dead(
        hits, by_field.get("fatalities", [])
    ):
        # "A man was fatally shot ... An officer shot the gunman": the harmed are the attacker
        # alone, and the dead victim is not among them
        killed_harmed = int(min(suspects_killed or 0, suspects_hit))
    derived: tuple[int | None, int | None, int | None] = (None, None, None)
    # "Three people were shot ... A fourth person was grazed": one past the number
    past = int(sum(r.value or 0 for r in hits if r.past_number))
    if hit[0] is not None or hit_extra or past:
        plain = max(0, (hit[0] or 0) - killed_harmed) + past
        value = max(plain, hit_extra)
        low = max(0, hit[1] - killed_harmed) if hit[1] is not None else None
        high = max(0, hit[2] - killed_harmed) if hit[2] is not None else None
        if hit_extra > plain:
            low, high = hit_extra, None
        derived = (value, low, high)
    besides = _harmed_besides_the_dead(
        hits, by_field.get("fatalities", []), killed_victims, ctx.doc
    )
    if besides and (derived[0] is None or besides > derived[0]):
        derived = (besides, besides, None)
    if derived[0] is not None and (injuries[0] is None or derived[0] > injuries[0]):
        best["injuries"] = derived
    else:
        best["injuries"] = _past_the_injured(injuries, hit[0], 0 if killed else past)
    # "Three men were shot ... a fourth man with a bullet wound turned up at a clinic": four
    best["injuries"] = harmed_floor(killed, best["injuries"], readings, ctx)
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


def _past_the_injured(
    injuries: tuple[int | None, int | None, int | None], shot: int | None, past: int
) -> tuple[int | None, int | None, int | None]:
    """'Three people were wounded in a shooting ... A fourth person was shot in the leg': the
    person one past the count of the injured (`combine._ordinal_pool`; `past` of them) is one
    more injured, when the text counts the injured by a word of injury and gives no count of
    the shot (`shot` None) they would be restated from. The caller passes no `past` when the
    text tells of a death (the ordinal person may be the one who died: "A third person was
    shot. He died"). The injured as they are otherwise."""
    value, low, high = injuries
    if not past or value is None or shot is not None:
        return injuries
    return (
        value + past,
        None if low is None else low + past,
        None if high is None else high + past,
    )


def _harmed_besides_the_dead(
    hits: list[Reading], dead: list[Reading], killed: int, doc: Doc
) -> int:
    """How many of the people told of one by one as harmed ("a woman walking nearby was
    struck") are, at the least, not among the dead, when every victim who died is told of one
    by one too ("A man was fatally shot"): those who cannot be any of the dead (another sex,
    age or name than each, `_maybe_same`). Subtracting the dead from the harmed presumes the
    harmed include them; a harmed woman when only a man died is someone else. Not when a
    number counts the dead ("two people were killed" may be anyone), nor when the dead told
    of one by one are more or fewer than the count of the dead (some are another
    incident's), nor for the attackers or people marked as others (counted apart). Only the
    harmed told of by a name or description of their own: a pronoun takes the name the parse
    found for it, often someone else."""
    victims_dead = [r for r in dead if r.group == "victims" and r.value]
    if not killed or not victims_dead or any(r.basis != "implied" for r in victims_dead):
        return 0
    harmed = [
        r
        for r in hits
        if r.basis == "implied"
        and r.group == "victims"
        and not (r.additional or r.marked)
        and 0 <= r.victim < len(doc)
        and doc[r.victim].pos_ != "PRON"
    ]
    if not harmed:
        return 0
    people_dead = _distinct_people(victims_dead)
    if people_dead != killed:
        return 0
    dead_refs = [ref for r in victims_dead for ref in r.referents]
    others = [
        r
        for r in harmed
        if r.referents and all(not _maybe_same(ref, d) for ref in r.referents for d in dead_refs)
    ]
    return _distinct_people(others) if others else 0


def _maybe_same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two referents may be one person: not two names that differ, nor two sexes or two ages
    that differ (a name says no sex; a pronoun or description no name)."""
    if a[0] == "name" and b[0] == "name":
        return same_name(a[1], b[1])
    described = ("indefinite", "definite", "pronoun", "self")
    sex_a = a[1] if a[0] in described and len(a) > 1 else ""
    sex_b = b[1] if b[0] in described and len(b) > 1 else ""
    if sex_a and sex_b and sex_a != sex_b:
        return False
    age_a = a[2] if a[0] != "group" and len(a) > 2 else ""
    age_b = b[2] if b[0] != "group" and len(b) > 2 else ""
    return not (age_a and age_b and age_a != age_b)


_NTH_DIED = re.compile(rf"^an?\s+({'|'.join(ORDINALS)})\b", re.IGNORECASE)


def _ordinal_floor(
    best: tuple[int | None, int | None, int | None],
    dead: list[Reading],
    harmed: list[Reading],
    ctx: Context,
) -> tuple[int | None, int | None, int | None]:
    """ "A second teen has died after the shooting": the dead are at least two, though the
    text tells of no other death (the first was told in an earlier report). Only an indefinite
    ordinal with "die"/"succumb" ("a third victim died"): "the second victim was killed" may be
    the second of the people shot, of whom the first lived; nor when the sentence has just
    counted the people before it among the wounded (`_ordinal_after_the_wounded`)."""
    floor = 0
    for r in dead:
        if r.group != "victims" or not 0 <= r.trigger < len(ctx.doc):
            continue
        m = _NTH_DIED.match(r.victims.strip())
        if m and ctx.doc[r.trigger].lemma_.lower() in ("die", "succumb"):
            number = ORDINALS[m.group(1).lower()]
            if _ordinal_after_the_wounded(r, number, harmed):
                continue
            floor = max(floor, number)
    value = best[0]
    if not floor or (value is not None and value >= floor):
        return best
    return raised_to(best, floor)


def _ordinal_after_the_wounded(ordinal: Reading, number: int, harmed: list[Reading]) -> bool:
    """ "Two men suffered minor injuries and a third person died": the ordinal counts on from
    the wounded its sentence has just counted (one fewer than the ordinal), so the third person
    is the one who died of three harmed, not a third death. The wounded are then people
    besides the dead (marked so: the dead one is not among them)."""
    before = [
        r
        for r in harmed
        if r.sent == ordinal.sent
        and r.start < ordinal.start
        and r.value == number - 1
        and r.group == "victims"
    ]
    for r in before:
        r.marked = True
    return bool(before)


# words that count the dead without saying who killed them ("three bodies were found", "the
# three who died"): after a murder-suicide they count the one who killed himself too
EVERY_DEAD_WORDS = frozenset({"die", "body", "dead", "deceased", "death", "find", "pronounce"})


def _bodies_include_the_suicide(readings: list[Reading], ctx: Context) -> set[int]:
    """After a murder-suicide ("killed his two daughters before turning the gun on himself"),
    a count of bodies or of those who died ("Three bodies were found"), or a passive count of
    the killed that names no killer ("Two people were killed"), is everyone's, the attacker's
    included: a total, not victims to which he is added (which made four of three bodies).
    Counts by an active verb of killing ("killed two people") stay the victims'. Returns the
    counts made totals."""
    doc = ctx.doc
    # ("self",) from "turning the gun on himself", ("self", "m") from "killing himself"
    if not any(
        r.field == "fatalities"
        and r.group == "suspect"
        and any(ref[0] == "self" for ref in r.referents)
        for r in readings
    ):
        return set()
    totals: set[int] = set()
    for r in readings:
        if r.field != "fatalities" or r.group != "victims" or r.basis != "number":
            continue
        if not 0 <= r.trigger < len(doc):
            continue
        trigger = doc[r.trigger]
        if trigger.lemma_.lower() in EVERY_DEAD_WORDS or _agentless_passive(trigger):
            r.group = "total"
            totals.add(int(r.value or 0))
    return totals


# verbs of harm whose passive subject was hurt ("Aikens was shot in the chest")
HARMED_VERBS = frozenset({"shoot", "wound", "hit", "strike", "stab", "injure", "wounded"})
# subjects of "X was NAME" that present one of the harmed ("The other victim was Jo Lee")
VICTIM_WORDS = frozenset({"victim", "other", "second", "third", "deceased", "dead"})


BACKGROUND_REASONS = ("other_period", "other_event", "statistic")


def _background_names(readings: list[Reading], doc: Doc) -> None:
    """A death told of by name only ("Kasia died at the hospital") of one whose killing a
    background passage tells ("Kasia Whitfield, 3, was shot and killed in October", set aside
    as another period's) is that other incident's too: set aside with it. Only names (a
    description, "a 12-year-old", may be this event's victim of the same age), and not a
    name this event's own dead may bear as well (relatives share a surname: "Curry died"
    after "Pierce Curry was killed in 2013" and "Mia Curry, 6, was shot on Friday"). The
    background death's name may be an apposition to the people it counts ("His mother, Jo
    Reed, was fatally shot last summer ... after Jo was killed")."""
    dead = [r for r in readings if r.field == "fatalities"]
    background = [
        r for r in dead if r.discard is not None and r.discard.startswith(BACKGROUND_REASONS)
    ]
    names = {ref[1] for r in background for ref in r.referents if ref[0] == "name"}
    names |= {name for r in background for name in _apposed_names(r, doc)}
    if not names:
        return
    own = {
        ref[1]
        for r in readings
        if r.discard is None
        for ref in r.referents
        if ref[0] == "name" and not any(same_name(ref[1], n) for n in names)
    }
    for r in dead:
        if r.discard is not None or not r.referents:
            continue
        if all(
            ref[0] == "name"
            and any(same_name(ref[1], n) for n in names)
            and not any(same_name(ref[1], n) for n in own)
            for ref in r.referents
        ):
            r.discard = (
                "other_event: the death of one a passage about another incident names "
                f"({r.referents[0][1]})"
            )


def _apposed_names(reading: Reading, doc: Doc) -> list[str]:
    """The names set in apposition to the people a reading counts ("His mother, Jo Reed,"),
    through a chain of appositions ("Her daughter, the boy's mother, Jo Reed,"). A pronoun
    in a clause of time or cause under its main clause ("Jo Reed was pregnant when she was
    fatally shot last summer") is that clause's subject: its names count."""
    if not 0 <= reading.victim < len(doc):
        return []
    victim = doc[reading.victim]
    if victim.pos_ == "PRON" and victim.head.dep_ == "advcl":
        subjects = [c for c in victim.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return []
        victim = subjects[0]
        if _is_person_name(victim):
            return [_full_name(victim)]
    names: list[str] = []
    layer = [victim]
    for _ in range(3):
        layer = [c for t in layer for c in t.children if c.dep_ == "appos"]
        names.extend(_full_name(c) for c in layer if _is_person_name(c))
    return names


def _is_person_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ == "PERSON"


def _named_antecedents(readings: list[Reading], ctx: Context) -> None:
    """A death told of only by a pronoun or a definite description that opens its sentence
    ("The Covington resident died at the scene", "He was pronounced dead") right after a
    sentence that names one of the harmed ("The other victim was Jo Lee, 39.", "Jo Lee was
    shot in the chest.") is that named person's: the reading takes the name, so that the
    person counts once among the dead (as a description referring back adds no one, a second
    named victim told of only so was not counted). Only a name not yet among the dead, nor an
    attacker; a name given to an unnamed dead person already counted still merges with him
    (`combine._distinct_people`)."""
    doc = ctx.doc
    # the sentence list is made on the first reading that needs it: most articles have none
    sents: list[Span] = []
    starts: list[int] = []
    dead_names = {
        ref[1]
        for r in readings
        if r.field == "fatalities"
        for ref in r.referents
        if ref[0] == "name"
    }
    attackers: set[str] = set()
    for r in readings:
        if r.field != "fatalities" or r.group != "victims" or r.basis != "implied":
            continue
        if not attackers:
            attackers = _attackers(doc) or {""}
        if not r.referents or not all(ref[0] in ("pronoun", "definite") for ref in r.referents):
            continue
        if not 0 <= r.victim < len(doc):
            continue
        victim = doc[r.victim]
        if victim.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if not sents:
            sents = list(sentences(doc)[0])
            starts = [sent.start for sent in sents]
        index = bisect_right(starts, victim.i) - 1
        sent = sents[index]
        # the description is the subject that opens the sentence
        if victim.left_edge.i != sent.start:
            continue
        if index == 0:
            continue
        name = _harmed_name(sents[index - 1])
        if name is None or any(same_name(name, n) for n in dead_names | attackers):
            continue
        r.referents = [("name", name, "")]
        dead_names.add(name)


def _harmed_name(sent: Span) -> str | None:
    """The person a sentence names as one of the harmed: the attribute of "the (other) victim
    was NAME", or the passive subject of a verb of harm ("NAME was shot")."""
    for token in sent:
        if token.pos_ != "PROPN" or token.dep_ in ("compound", "appos"):
            continue
        head = token.head
        # "the other victim was" makes a person of the name, whatever the tagger's guess
        # ("Ann Park" as a place)
        if (
            token.dep_ == "attr"
            and head.lemma_ == "be"
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in VICTIM_WORDS for c in head.children)
        ):
            return _full_name(token)
        if (
            token.ent_type_ == "PERSON"
            and token.dep_ == "nsubjpass"
            and head.lemma_.lower() in HARMED_VERBS
        ):
            return _full_name(token)
    return None


def _agentless_passive(verb: Token) -> bool:
    """A passive verb of killing that names no killer ("Two people, including a child, were
    killed"): like "died", it counts the dead, the one who killed himself among them. Not with
    an agent ("were killed by her husband": his victims)."""
    return (
        verb.lemma_.lower() in ("kill", "slay")
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
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


def _partitive_group(doc: Doc, reading: Reading) -> int | None:
    """How many people a death reading's partitive subject is taken from ("One of four women
    wounded ... has died", "Two of the five victims died": 4, 5), or None."""
    if not 0 <= reading.victim < len(doc):
        return None
    head = doc[reading.victim]
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for group in prep.children:
            if group.dep_ != "pobj" or group.lemma_.lower() in SUSPECT_WORDS:
                continue  # ("one of the two gunmen died": the attackers, not the wounded)
            number: Token | None = (
                group  # "one of the two", "one of four"
                if group.like_num
                else next((c for c in group.children if c.dep_ == "nummod"), None)
            )
            if number is None:
                return None
            text = number.text.replace(",", "")
            n = int(text) if text.isdigit() else parse_word_number(text)
            return n if n and n > 1 else None
    return None


def _wounded_who_died(readings: list[Reading], doc: Doc) -> None:
    """ "One of four women wounded in a shooting has died", "one of two girls critically
    shot has died ... two young children were critically wounded": the dead are one of the
    people counted as wounded, so a count of the wounded the size of the group the death is
    taken from counts the harmed (the dead among them), not those who live: read as "hit"
    (the injured are the harmed less the dead). Only a number of that exact size and not
    marked as others ("three others were wounded" are besides the dead)."""
    groups = {
        n
        for r in readings
        if r.field == "fatalities" and r.basis == "number"
        for n in [_partitive_group(doc, r)]
        if n is not None and n > (r.value or 0)
    }
    if not groups:
        return
    for r in readings:
        if (
            r.field == "injuries"
            and r.basis == "number"
            and r.value in groups
            and not (r.additional or r.marked or r.new_person)
        ):
            r.field = "hit"


BACK_PRONOUNS = frozenset({"them", "those"})


WOUNDED_WORDS = frozenset({"wounded", "injured", "hurt"})


def _partitive_back(doc: Doc, reading: Reading, wounded: Reading) -> bool:
    """A death reading's partitive subject refers back to the `wounded` with no number of its
    own: "one of the wounded", "one of the men" after "two men were hurt" (the noun of the
    wounded), "one of them" in the sentence of the wounded or the next. Not "one of the
    victims" (all the harmed, the dead among them) nor an attacker's group."""
    if not 0 <= reading.victim < len(doc):
        return False
    head = doc[reading.victim]
    noun = doc[wounded.victim].lemma_.lower() if 0 <= wounded.victim < len(doc) else ""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for group in prep.children:
            if group.dep_ != "pobj" or group.lemma_.lower() in SUSPECT_WORDS:
                continue
            if group.lower_ in BACK_PRONOUNS:
                return reading.sent - wounded.sent <= 1
            if group.lower_ == "whom":
                return _of_whom_the_wounded(doc, reading, wounded)
            children = list(group.children)
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in children) or any(
                c.dep_ == "nummod" for c in children
            ):
                continue
            if group.lower_ in WOUNDED_WORDS or group.lemma_.lower() == noun:
                return True
    return False


def _of_whom_the_wounded(doc: Doc, reading: Reading, wounded: Reading) -> bool:
    """'two others were injured, one of whom died on Monday': "whom" is the wounded when the
    death's clause hangs on the wounded's own (their verb or their noun) in the same sentence,
    or on a thing told in their clause ("Two men were wounded in the shooting, one of whom
    died": "whom" is people, the parser's "shooting" is not), not on other people."""
    if reading.sent != wounded.sent or not 0 <= reading.trigger < len(doc):
        return False
    if not 0 <= wounded.trigger < len(doc):
        return False
    clause = doc[reading.trigger]
    if clause.dep_ not in ("advcl", "relcl", "conj"):
        return False
    head = clause.head
    if head.i in (wounded.trigger, wounded.victim):
        return True
    verb = doc[wounded.trigger]
    return verb.left_edge.i <= head.i <= verb.right_edge.i and not _person_like(head)


def _the_wounded_who_died(readings: list[Reading], doc: Doc) -> None:
    """ "Three others were wounded; one of them died Sunday", "two men were hurt ... One of
    the men died Saturday": the dead are taken from the wounded counted before them, so that
    count loses them (it now counts those who live), and when a death was told before the
    wounded (who were then besides the dead) the one who died later adds to it. Reads a death
    with a number and a partitive that refers back to the nearest larger count of injured
    before it (`_partitive_back`)."""
    for death in readings:
        if (
            death.field != "fatalities"
            or death.basis != "number"
            or not death.value
            or death.group != "victims"
        ):
            continue
        wounded = [
            r
            for r in readings
            if r.field == "injuries"
            and r.basis == "number"
            and r.start < death.start
            and (r.value or 0) > death.value
        ]
        if not wounded or not _partitive_back(doc, death, wounded[-1]):
            continue
        group = wounded[-1]
        assert group.value is not None
        group.value -= death.value
        group.low = None if group.low is None else max(0, group.low - death.value)
        group.high = None if group.high is None else max(0, group.high - death.value)
        if any(r.field == "fatalities" and r.start < group.start for r in readings):
            death.additional = True
