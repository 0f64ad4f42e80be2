"""Who acted on whom, in ACLED's manner of names, and the named people and groups of the text.

Reads the event type decision of `what` (its main trigger with the trigger's agents and
patients from the dependency parse) and fills `actor1` (who acted), `actor2` (on whom),
`assoc_actor_1`/`assoc_actor_2` (who was with them, what kind of people they were), each as a
claim with the phrase that supports it. Names follow ACLED's generic forms (see `actors`):

- Protests: actor1 "Protesters (X)", assoc_actor_1 the kind of demonstrators ("Labour Group
  (X)", "Students (X)") or a named organisation; actor2 the forces that intervened.
- Riots: actor1 "Rioters (X)"; actor2 the forces or people they fought or attacked.
- Battles: the two armed sides; state forces first when the article names no initiator,
  as ACLED does for police operations against gangs.
- Violence against civilians: actor1 the perpetrator ("Unidentified Armed Group (X)" when the
  article does not say), actor2 "Civilians (X)", assoc_actor_2 what kind of civilians
  ("Women (X)", "Journalists (X)", ...).
- Battles: another state force fighting alongside actor1 is assoc_actor_1 ("police and
  soldiers": "Military Forces of X" alongside "Police Forces of X").
- Explosions: actor2 is whom the blast hit (the casualties of the trigger's sentence:
  "five soldiers were killed when a bomb exploded under their truck" hit the military),
  actor1 who set it off: the armed group named in the text, else for a planted or thrown
  device an unidentified armed group (a force is not presumed to bomb its own convoy).
- Strategic developments: the trigger's agent and target.

`ctx.names` gets the normalised names of people and named groups (spaCy PERSON, ORG and NORP
entities and the gangs named in the text): lower case, without accents, titles and
possessives ("Mr. John Smith's" -> "john smith"); news agencies and outlets are left out. Grouping
uses them to tell apart events: a victim's or suspect's name is the strongest sign that two
reports are about the same incident, so a single word is kept only for a named group.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from spacy.tokens import Span, Token

from newsfold.analyse import actors as ac
from newsfold.analyse import lexicon as lx
from newsfold.analyse import quotes, what
from newsfold.analyse.context import Context
from newsfold.analyse.nlp import entities
from newsfold.analyse.what.labels import VIOLENT_LABELS
from newsfold.records import ACTOR_FIELDS

TITLES = (
    lx.PERSON_TITLES
    # forms of address, of a cleric and of nobility, and the words of a minister's or a
    # leader's title ("Prime Minister", "Opposition Leader", "the late"), which open a name
    # as a job does
    | lx.words(
        """mr mrs ms miss mister madam father sister brother st saint king queen prince
        princess lord lady sir dame interior defence defense foreign prime opposition leader
        former late"""
    )
) - lx.words("da")  # a surname's particle ("Da Silva"), not a district attorney here
"""Words dropped from the front of a person's name."""

ASSOC_KINDS: dict[str, str] = {
    **dict.fromkeys(lx.words("woman women girl girls mother mothers wife"), "Women"),
    **dict.fromkeys(lx.words("child children boy boys kid kids baby infant toddler"), "Children"),
    **dict.fromkeys(lx.words("journalist journalists reporter reporters"), "Journalists"),
    **dict.fromkeys(
        lx.words("student students pupil pupils schoolgirls schoolboys schoolchildren"),
        "Students",
    ),
    **dict.fromkeys(lx.words("teacher teachers"), "Teachers"),
    **dict.fromkeys(lx.words("refugee refugees migrant migrants idps displaced"), "Refugees/IDPs"),
    **dict.fromkeys(lx.words("doctor doctors nurse nurses physicians"), "Health Workers"),
    **dict.fromkeys(lx.words("prisoner prisoners inmate inmates"), "Prisoners"),
    **dict.fromkeys(lx.words("farmer farmers herder herders"), "Farmers"),
    **dict.fromkeys(lx.LABOUR - lx.words("farmers doctors nurses teachers"), "Labour Group"),
}
"""Kinds of people ACLED names as associated actors ("Women (Mexico)", "Labour Group (Chile)")."""

NAME_ENTS = ("PERSON", "ORG", "NORP")
GROUP_WORDS = lx.words(
    """gang cartel militia brigade brigades front movement army liberation rebels
    battalion forces jihad resistance mafia clan organisation organization group faction
    party union"""
)
"""Words that make an organisation name a group worth keeping in `names`."""


# --- Names ------------------------------------------------------------------------------------


_POSSESSIVE = re.compile(r"['’]s\b")
_PUNCTUATION = re.compile(r"[^\w\s-]")


def normalise_name(text: str) -> str:
    """ "Mr. John Smith's" -> "john smith": no accents, titles, possessives or punctuation."""
    if not text.isascii():  # (ASCII has no accents to take off: most names, so skipped)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _POSSESSIVE.sub("", text)
    text = _PUNCTUATION.sub(" ", text).replace("_", " ")
    words = text.lower().split()
    while words and words[0].rstrip(".") in TITLES:
        words.pop(0)
    return " ".join(words)


def _is_outlet(text: str) -> bool:
    low = text.lower()
    if quotes.agency_name(text) is not None:
        return True
    words = set(low.split())
    return bool(words & lx.OUTLET_WORDS) or low in lx.PLATFORMS


# the top-level domains of the hosts news is read on
_DOMAINS = lx.words("com net org gov edu tv info us")
# those that are no English word, read after a host written without its dot ("wsbtv com")
_DOTLESS_DOMAINS = frozenset({"com", "net", "org", "gov", "edu"})


def _is_web_address(ent: Span) -> bool:
    """Whether a name the model found is (part of) a web address, an outlet's host and never a
    person: a token shaped as one in it ("kxyz.com", "www"), or a dot and a top-level domain in
    or just after it written as a host writes them, without a space after the dot or with one
    before it ("kxyz .com", "kxyz . com", "kxyz dot com"; not "Ana Ruiz. TV crews filmed",
    a sentence's end, nor "Ana Ruiz told kxyz.com", a host further on)."""
    doc = ent.doc
    if any(t.like_url or t.lower_ in ("www", "http", "https") for t in ent):
        return True
    for i in range(ent.start, min(len(doc), ent.end + 1)):
        tok = doc[i]
        if tok.text.startswith(".") and tok.lower_[1:] in _DOMAINS:
            return True
        # (the dot's tests read the tokens around it: asked of a dot only, not of every word)
        if tok.text in (".", "dot"):
            host_dot = (i > 0 and bool(doc[i - 1].whitespace_)) or not tok.whitespace_
            next_domain = i + 1 < len(doc) and doc[i + 1].lower_ in _DOMAINS
            if next_domain and host_dot:
                return True
        if (
            tok.text in _DOTLESS_DOMAINS
            and i > ent.start
            and doc[i - 1].text.isalnum()
            and doc[i - 1].text == doc[i - 1].lower_
        ):
            # a host whose dot a scrape lost, all in lower case ("cbsdfw com reported"): no
            # name is written so (not "Kxyz Com", "Ana Ruiz, com-")
            return True
    return False


def collect_names(
    ctx: Context, groups: dict[int, tuple[str, int, int]], candidates: list[int] | None = None
) -> list[str]:
    """The normalised names of people and named groups, in order of first mention."""
    out: list[str] = []
    seen: set[str] = set()

    def add(name: str) -> None:
        if name and name not in seen:
            seen.add(name)
            out.append(name)

    persons: list[str] = []
    for ent in entities(ctx.doc):
        if ent.label_ not in NAME_ENTS:
            continue
        text = ent.text.strip()
        if _is_outlet(text) or _is_web_address(ent) or any(map(str.isdigit, text)):
            continue
        if any(t.i in groups for t in ent):
            add(normalise_name(groups[next(t.i for t in ent if t.i in groups)][0]))
            continue
        if ent.label_ == "PERSON":
            start = ent.start
            while (
                start > 0
                and ctx.doc[start - 1].pos_ == "PROPN"
                and ctx.doc[start - 1].lower_.rstrip(".") not in TITLES
                and ctx.doc[start - 1].ent_type_ in ("", "PERSON")
            ):
                start -= 1
            text = ctx.doc[start : ent.end].text
        name = normalise_name(text)
        words = name.split()
        if not words:
            continue
        if ent.label_ == "PERSON":
            # a person is kept with at least two words (a lone surname resolves to the full
            # name mentioned before it, or is too ambiguous to keep)
            if len(words) >= 2 and all(w.isalpha() or "-" in w for w in words) and len(words) <= 4:
                persons.append(name)
                add(name)
            continue
        if ent.label_ == "ORG" and set(words) & GROUP_WORDS and len(words) <= 6:
            add(name)
    # gangs named in the text ("the El Coqui gang")
    indices = candidates if candidates is not None else range(len(ctx.doc))
    for i in indices:
        tok = ctx.doc[i]
        if tok.lower_ in lx.GANG_WORDS:
            actor = ac.classify(tok, None, groups)
            if actor is not None and actor.kind == "gang" and not actor.name.startswith("Uniden"):
                add(normalise_name(actor.name))
    return out


# --- Actors -----------------------------------------------------------------------------------


class _Roles:
    """The four actor fields with the phrases that support them."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.fields: dict[str, tuple[str, tuple[int, int], str]] = {}

    def set(self, field: str, name: str | None, where: tuple[int, int], how: str) -> None:
        if name and field not in self.fields:
            self.fields[field] = (name, where, how)

    def commit(self) -> None:
        for field in ACTOR_FIELDS:
            if field not in self.fields:
                continue
            name, where, how = self.fields[field]
            setattr(self.ctx.event, field, name)
            self.ctx.add_claim(field, name, where, how=how)


def _span(actor: ac.Actor) -> tuple[int, int]:
    return actor.start, actor.end


def _suffix(country: str | None) -> str:
    return f" ({country})" if country else ""


def _assoc(actor: ac.Actor, doc_tok: Token, country: str | None) -> str | None:
    """What kind of people an actor names, as ACLED's associated actor."""
    for t in (doc_tok, *[c for c in doc_tok.children if c.dep_ in ("amod", "compound")]):
        kind = ASSOC_KINDS.get(t.lower_)
        if kind:
            return kind + _suffix(country)
    return None


def _all_actors(info: what._Doc) -> list[ac.Actor]:
    """Every actor mention in the text, in order (the head nouns the lexicons know)."""
    found: list[ac.Actor] = []
    for i in info.candidates:
        tok = info.doc[i]
        if tok.pos_ in ("NOUN", "PROPN"):
            actor = info.actor(tok)
            if actor is not None:
                found.append(actor)
    return found


FIGHTING_LABELS = frozenset({*VIOLENT_LABELS, "SMALLARMS", "FIRE", "MOB", "RIOT"})
"""Cue labels of acts of violence: whoever does or suffers one takes part in the fighting."""

AFFILIATION_WORDS = lx.words(
    """allegiance loyalty fealty sympathy sympathies sympathizer sympathiser sympathizers
    sympathisers inspire inspired propaganda"""
)
"""What ties a person to a group he is not acting for ("pledged allegiance to ISIS",
"inspired by al-Qaeda"): the group is named, it did nothing in the event."""


def _engaged(info: what._Doc, labels: frozenset[str] | None = FIGHTING_LABELS) -> set[int]:
    """The tokens of the actors who do or suffer an act of violence in the text (an agent or
    patient of a cue of `labels`, any cue when None, that is not background): the sides a
    fight can have. A force named only as the one that reported, investigated or arrived ("a
    shootout left one dead, police said", "officers arrived to find two men shot") is no side
    of it."""
    out: set[int] = set()
    for cue in info.cues:
        if (labels is None or cue.label in labels) and not cue.background:
            agents, patients = info.roles(cue.root(info.doc))
            out.update(a.token for a in (*agents, *patients))
    return out


def _affiliation(tok: Token) -> bool:
    """A group named as what someone pledged allegiance to or was inspired by (see
    `AFFILIATION_WORDS`): up the parse from the name, through prepositions and nouns, to such
    a word before any other verb."""
    head = tok
    for _ in range(4):
        if head.dep_ == "ROOT" or head.head is head:
            return False
        head = head.head
        if head.lemma_.lower() in AFFILIATION_WORDS or head.lower_ in AFFILIATION_WORDS:
            return True
        if head.pos_ in ("VERB", "AUX"):
            return False
    return False


def _first(actors: list[ac.Actor], kinds: set[str] | frozenset[str]) -> ac.Actor | None:
    return next((a for a in actors if a.kind in kinds), None)


def _most_named(actors: list[ac.Actor], kinds: set[str] | frozenset[str]) -> ac.Actor | None:
    counts = Counter(a.name for a in actors if a.kind in kinds)
    if not counts:
        return None
    # a specific name ("El Coqui Gang") beats the generic one for the same kind of actor
    best = max(counts, key=lambda n: (not n.startswith("Unidentified"), counts[n]))
    return next(a for a in actors if a.name == best)


def _victims(info: what._Doc) -> ac.Actor | None:
    """The first civilians said to be killed, hurt or attacked anywhere in the text."""
    for cue in info.cues:
        if cue.label != "VIOLENCE":
            continue
        _, patients = info.roles(cue.root(info.doc))
        victim = _first(patients, {"civilian"})
        if victim is not None:
            return victim
    return None


def _ally(
    info: what._Doc,
    decision: what.Decision,
    a1: ac.Actor,
    a2: ac.Actor | None,
    everyone: list[ac.Actor],
) -> ac.Actor | None:
    """Another state force fighting alongside actor1 ("police and soldiers stormed the
    district"): named with it (a conjunct, a fellow agent) or, when the article names no other
    side with that force, anywhere in the event's first sentences."""
    if a1.kind not in ac.STATE_KINDS:
        return None
    doc = info.doc
    taken = {a1.name} | ({a2.name} if a2 is not None else set())
    together = {
        c.i for mention in everyone if mention.name == a1.name for c in doc[mention.token].conjuncts
    }
    for actor in [*decision.agents, *everyone]:
        if actor.name in taken or actor.kind not in ac.STATE_KINDS:
            continue
        if actor in decision.agents or actor.token in together:
            return actor
    _, owner = what.sentences(doc)
    lead = max(1, decision.cue.sent)  # the first two sentences, or up to the trigger's
    for actor in everyone:
        if actor.name not in taken and actor.kind in ac.STATE_KINDS and owner[actor.token] <= lead:
            return actor
    return None


def _explosion(
    roles: _Roles,
    info: what._Doc,
    decision: what.Decision,
    everyone: list[ac.Actor],
    country: str | None,
) -> None:
    """Explosions: actor2 is who the blast hit (the casualties of the cue's sentence when the
    trigger has no object: "five soldiers were killed when a bomb exploded under their truck"),
    actor1 who set it off; for a planted or thrown device nobody is named for, an unidentified
    armed group (a state force is not presumed to bomb its own convoy)."""
    doc = info.doc
    cue_span = (decision.cue.span(doc).start_char, decision.cue.span(doc).end_char)
    target = decision.patients[0] if decision.patients else _hit(info, decision)
    if target is None:
        target = _first(everyone, {"civilian"})
    target_name = None
    if target is not None:
        target_name = target.name if target.kind != "civilian" else "Civilians" + _suffix(country)
    agent = next(
        (a for a in decision.agents if a.kind != "civilian" and a.name != target_name), None
    )
    if agent is None:
        others = [a for a in everyone if a.name != target_name]
        agent = _most_named(others, {"armed", "gang", "group"})
        if (
            agent is None
            and target is not None
            and target.kind in ac.STATE_KINDS
            and decision.sub_event_type in ("Shelling/artillery/missile attack", "Air/drone strike")
        ):
            # shelled across a front line by the other side's army
            agent = _most_named([a for a in others if a.kind != target.kind], ac.STATE_KINDS)
    if agent is not None:
        roles.set("actor1", agent.name, _span(agent), "agent")
    elif decision.sub_event_type in ("Remote explosive/landmine/IED", "Grenade", "Suicide bomb"):
        roles.set("actor1", "Unidentified Armed Group" + _suffix(country), cue_span, "unnamed")
    if target is not None and target_name is not None:
        roles.set("actor2", target_name, _span(target), "target")
        if target.kind == "civilian":
            roles.set(
                "assoc_actor_2", _assoc(target, doc[target.token], country), _span(target), "kind"
            )


def _hit(info: what._Doc, decision: what.Decision) -> ac.Actor | None:
    """Who was killed or hurt in the explosion's sentence ("three soldiers were killed when
    their truck struck a roadside bomb")."""
    for cue in info.cues:
        if cue.label == "VIOLENCE" and cue.sent == decision.cue.sent and not cue.background:
            _, patients = info.roles(cue.root(info.doc))
            if patients:
                return patients[0]
    return None


def assign(ctx: Context, decision: what.Decision | None, info: what._Doc) -> None:
    """Fill the actor fields from the event type decision."""
    roles = _Roles(ctx)
    country = ctx.event.country
    if decision is None:
        return
    doc = info.doc
    cue_span = (decision.cue.span(doc).start_char, decision.cue.span(doc).end_char)
    agents, patients = decision.agents, decision.patients
    everyone = [a for a in _all_actors(info) if not _affiliation(doc[a.token])]
    etype, sub = decision.event_type, decision.sub_event_type
    state = ac.STATE_KINDS
    nonstate = {"armed", "gang", "group", "suspect"}

    if etype == "Protests":
        roles.set("actor1", "Protesters" + _suffix(country), cue_span, "protest")
        for a in agents:
            kind = _assoc(a, doc[a.token], country)
            if a.kind == "group":
                roles.set("assoc_actor_1", a.name, _span(a), "named group")
            elif kind:
                roles.set("assoc_actor_1", kind, _span(a), "demonstrators")
        if sub != "Peaceful protest":
            force = _first(everyone, state)
            if force is not None:
                roles.set("actor2", force.name, _span(force), "intervened")
    elif etype == "Riots":
        roles.set("actor1", "Rioters" + _suffix(country), cue_span, "riot")
        for a in agents:
            kind = _assoc(a, doc[a.token], country)
            if kind:
                roles.set("assoc_actor_1", kind, _span(a), "rioters")
        # a force the rioters fought must take part in some act of the text (attacked, was
        # pelted, dispersed, arrested): "police said" names no target
        engaged = _engaged(info, None)
        target = _first(patients, state | {"civilian"}) or _first(
            [
                a
                for a in everyone
                if a.token not in {x.token for x in agents} and a.token in engaged
            ],
            state,
        )
        if target is not None:
            if target.kind == "civilian":
                roles.set("actor2", "Civilians" + _suffix(country), _span(target), "target")
            else:
                roles.set("actor2", target.name, _span(target), "target")
        elif sub == "Mob violence":
            roles.set("actor2", "Civilians" + _suffix(country), cue_span, "victims")
    elif etype == "Battles":
        sides = [a for a in [*agents, *patients] if a.armed]
        engaged = _engaged(info)
        first_state = _first(sides, state) or _first(
            [a for a in everyone if a.token in engaged], state
        )
        first_other = _most_named(sides, nonstate) or _most_named(everyone, nonstate)
        agent_armed = next((a for a in agents if a.armed), None)
        patient_armed = next((a for a in patients if a.armed), None)
        a1: ac.Actor | None
        a2: ac.Actor | None
        if agent_armed is not None and patient_armed is not None:
            a1, a2 = agent_armed, patient_armed
        elif first_state is not None and first_other is not None:
            a1, a2 = first_state, first_other
        elif agent_armed is None and patient_armed is not None and first_other is None:
            # "five officers were killed in an ambush": the side that was hit is named, the
            # attackers are not (actor1 below: an unidentified armed group)
            a1, a2 = None, patient_armed
        else:
            a1 = agent_armed or first_state or first_other
            a2 = patient_armed or (
                _first([x for x in sides if a1 is None or x.name != a1.name], ac.ARMED_KINDS)
            )
        if a1 is not None:
            roles.set("actor1", a1.name, _span(a1), "side")
            ally = _ally(info, decision, a1, a2, everyone)
            if ally is not None:
                roles.set("assoc_actor_1", ally.name, _span(ally), "alongside")
        else:
            # a fight whose attackers or both sides go unnamed ("a shootout outside a bar left
            # two hurt", "two officers were shot in an ambush"): armed men nobody identified
            roles.set("actor1", "Unidentified Armed Group" + _suffix(country), cue_span, "unnamed")
        if a2 is not None and (a1 is None or a2.name != a1.name or a2.token != a1.token):
            roles.set("actor2", a2.name, _span(a2), "side")
        victims = _victims(info)
        if victims is not None:
            roles.set("assoc_actor_2", "Civilians" + _suffix(country), _span(victims), "caught")
    elif etype == "Violence against civilians":
        if decision.cue.label not in FIGHTING_LABELS:
            # an arrest or charge that reports the shooting ("police arrested a man suspected
            # of shooting three people"): who made the arrest did not do the attack
            # nor was who they arrested its victim
            taken = {a.token for a in (*agents, *patients)}
            agents, patients = [], []
            everyone = [a for a in everyone if a.token not in taken]
        perp = next((a for a in agents if a.armed), None) or _most_named(
            [a for a in everyone if a.token not in {p.token for p in patients}],
            nonstate,
        )
        if perp is not None:
            roles.set("actor1", perp.name, _span(perp), "perpetrator")
        else:
            roles.set("actor1", "Unidentified Armed Group" + _suffix(country), cue_span, "unnamed")
        victim = _first(patients, {"civilian", "protester", "suspect"}) or _first(
            everyone, {"civilian"}
        )
        where = _span(victim) if victim is not None else cue_span
        roles.set("actor2", "Civilians" + _suffix(country), where, "victims")
        if victim is not None:
            roles.set("assoc_actor_2", _assoc(victim, doc[victim.token], country), where, "kind")
    elif etype == "Explosions/Remote violence":
        _explosion(roles, info, decision, everyone, country)
    else:  # Strategic developments
        a1 = agents[0] if agents else None
        if a1 is not None:
            name = a1.name if a1.kind != "civilian" else "Civilians" + _suffix(country)
            roles.set("actor1", name, _span(a1), "agent")
        target = patients[0] if patients else None
        if target is not None:
            name = target.name if target.kind != "civilian" else "Civilians" + _suffix(country)
            if a1 is None or name != a1.name:
                roles.set("actor2", name, _span(target), "target")
    roles.commit()


def annotate(ctx: Context) -> None:
    """Set the actor fields (with claims) and `ctx.names`."""
    notes = ctx.notes.get(what.NOTES_KEY)
    if notes is None:  # run on its own (tests): make the event type decision first
        what.annotate(ctx)
        notes = ctx.notes[what.NOTES_KEY]
    info: what._Doc = notes["info"]
    if info.country != ctx.event.country:
        info.country = ctx.event.country
    assign(ctx, notes.get("decision"), info)
    ctx.names = collect_names(ctx, info.groups, info.candidates)
