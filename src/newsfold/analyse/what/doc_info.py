"""What the rules need to know about one article, computed once (`_Doc`): its cues, named
groups and actor candidates, whether police take part, whether it is a sports or business
story, whether its headline names an event, and each trigger's agents and patients (cached).
`_sentences` is the text span of a cue's sentence and the next ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
from spacy.tokens import Doc, Span, Token

from newsfold.analyse import actors as ac
from newsfold.analyse import event_types as et
from newsfold.analyse import lexicon as lx
from newsfold.analyse.context import Context
from newsfold.analyse.nlp import get_nlp, in_sorted, sorted_hashes
from newsfold.analyse.what.cues import Cue, find_cues
from newsfold.analyse.what.labels import MAIN_LABELS
from newsfold.analyse.what.matching import _matcher
from newsfold.analyse.what.readings import WEAPON_NOUNS
from newsfold.analyse.what.sentences import doc_text, sent_of, sentences
from newsfold.ingest.running_times import RUNNING_TIME

REAL_KINDS = frozenset({"police", "military", "armed", "gang", "group", "protester", "rioter"})
"""Actors whose presence makes a story's violent words literal."""

_WORD_HASHES: dict[tuple[int, int], Any] = {}


def _count_words(doc: Doc, words: frozenset[str]) -> int:
    """How many distinct words of a set the Doc uses (vectorised over the LOWER column)."""
    key = (id(doc.vocab), id(words))
    hashes = _WORD_HASHES.get(key)
    if hashes is None:
        hashes = sorted_hashes(words, doc.vocab.strings.add)
        _WORD_HASHES[key] = hashes
    lowers = doc.to_array("LOWER")
    return len(np.unique(lowers[in_sorted(lowers, hashes)]))


class _Doc:
    """What the rules need to know about one Doc, computed once."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.country = ctx.event.country
        # Lines that are other stories (a related link, a playlist's video title, a timeline
        # entry, a headline set between paragraphs: `Context.other_stories`, found once per
        # article) tell of other events and other people: their cue words, actors and group
        # names are not this story's ("3:05 Official says defeating ISIS is a priority" on a
        # page about a local shooting); so are a playlist's titles run into one sentence.
        self.other_lines = [*ctx.other_stories(), *_inline_playlists(self.doc, ctx.article.text)]
        self.groups = {
            i: g for i, g in ac.named_groups(self.doc).items() if not self.in_other_story(i)
        }
        self.cues = [c for c in find_cues(self.doc) if not self.in_other_story(c.start)]
        self.candidates = [
            i for i in ac.candidate_tokens(self.doc, self.groups) if not self.in_other_story(i)
        ]
        police = {i for i in self.candidates if self.doc[i].lower_ in lx.STATE_POLICE}
        self.police_context = bool(police)
        topics = _count_words(self.doc, et.SPORTS), _count_words(self.doc, et.BUSINESS)
        self.sports = topics[0] >= 3
        self.business = topics[1] >= 3
        self._roles: dict[int, tuple[list[ac.Actor], list[ac.Actor]]] = {}
        self.title_cue = _title_cue(ctx.article.title, self.doc)

    def in_other_story(self, i: int) -> bool:
        """Whether token `i` lies on a line that is another story's (see `__init__`)."""
        if not self.other_lines:
            return False
        at = self.doc[i].idx
        return any(lo <= at < hi for lo, hi in self.other_lines)

    def actor(self, tok: Token) -> ac.Actor | None:
        return ac.classify(tok, self.country, self.groups, self.police_context)

    def off_topic(self) -> bool:
        """A sports or business story whose violent words are figures of speech ("fired a
        shot", "killed the game", "a battle for market share"): its topic words are many and
        no force, armed group or demonstrator takes part (a fuel-price march broken up by police
        is an event even among the prices and markets it is about)."""
        if not (self.sports or self.business):
            return False
        for i in self.candidates:
            tok = self.doc[i]
            if tok.pos_ in ("NOUN", "PROPN"):
                actor = self.actor(tok)
                if (
                    actor is not None
                    and actor.kind in REAL_KINDS
                    and tok.lower_ not in et.SPORTS  # a team's striker is no striking worker
                ):
                    return False
        return True

    def roles(self, tok: Token) -> tuple[list[ac.Actor], list[ac.Actor]]:
        """Agents and patients of a trigger, as actors (cached per token)."""
        cached = self._roles.get(tok.i)
        if cached is None:
            agents, patients = ac.arguments(tok)
            agents, patients = _reread_roles(tok, agents, patients, self.actor)
            agents = [a for a in agents if not _speaker(a, tok)]
            patients = [p for p in patients if not _speaker(p, tok)]
            named = [p for p in (self.actor(t) for t in patients) if p is not None]
            if not named and tok.pos_ == "VERB":
                # no object, or a number the parse took for it ("killed 3 IS militants")
                named = [p for p in map(self.actor, self._following_actor(tok)) if p is not None]
            cached = ([a for a in (self.actor(t) for t in agents) if a is not None], named)
            self._roles[tok.i] = cached
        return cached

    def _following_actor(self, tok: Token) -> list[Token]:
        """The first actor noun right after a verb when the parse gave it no object
        ("killed 3 IS militants", where "IS" was read as a verb)."""
        sent_end = sent_of(tok).end
        for t in self.doc[tok.i + 1 : min(sent_end, tok.i + 6)]:
            if t.pos_ in ("ADP", "PUNCT", "SCONJ", "CCONJ") or (
                t.pos_ == "VERB" and t.i not in self.groups
            ):
                break
            if self.actor(t) is not None and t.pos_ in ("NOUN", "PROPN", "AUX"):
                return [t]
        return []

    def window(self, cue: Cue, after: int = 1) -> list[Cue]:
        """Cues of the cue's sentence and the `after` next ones, causes and topics left out."""
        return [
            c
            for c in self.cues
            if cue.sent <= c.sent <= cue.sent + after and not c.background and c is not cue
        ]


# a video's running time and the start of its title ("1:09 Truck swerves"), not a time of day
# ("1:30 a.m.", "at 10:15 Sunday")
_RUNNING_TIME = re.compile(r"(?<![\w:])" + RUNNING_TIME)


def _inline_playlists(doc: Doc, text: str | None = None) -> list[tuple[int, int]]:
    """Sentences that are a playlist run into one line ("... 2:14 Bridge shut after barge strike
    0:48 Dog pulled from canal 1:37 Council delays budget vote ..."): three running times
    or more in one sentence. `counts.stories` finds a playlist whose titles open their lines;
    pages that lose the line breaks give such sentences, each title another story.

    `text` is the text the Doc was parsed from: each sentence's text is sliced from it (what
    `Span.text` gives, without a Token object per word)."""
    if text is None or (len(doc) and doc[-1].idx + len(doc[-1]) > len(text)):
        text = doc_text(doc)
    sents, _ = sentences(doc)
    out = []
    for sent in sents:
        if len(_RUNNING_TIME.findall(text[sent.start_char : sent.end_char])) >= 3:
            out.append((sent.start_char, sent.end_char))
    return out


def _speaker(arg: Token, trigger: Token) -> bool:
    """An argument the parse gave a trigger that only tells of it: the speaker of "the teen who
    deputies say shot two people" (parsed as "deputies ... shot"), the label of a headline
    ("Police: girl shot in the park")."""
    doc = arg.doc
    nxt = doc[arg.i + 1] if arg.i + 1 < len(doc) else None
    if nxt is None or nxt.i == trigger.i:
        return False
    return nxt.text == ":" or (
        nxt.lemma_.lower() in lx.SPEAKER_OF_CLAUSE and nxt.tag_.startswith("VB")
    )


def _reread_roles(
    tok: Token,
    agents: list[Token],
    patients: list[Token],
    actor: Callable[[Token], ac.Actor | None],
) -> tuple[list[Token], list[Token]]:
    """Two readings of `actors.arguments` that a verb's own object corrects.

    - A participle that modifies a noun and has a direct object is an active verb the parse
      hung on its subject ("ADF militants hacked to death 12 civilians", read as "militants
      [who were] hacked"): the noun did it, it is no victim.
    - When a verb's direct object (or passive subject) is a person, an "at"/"on" phrase is
      where it happened, not a second target ("police shot a motorcyclist at a checkpoint",
      "gunmen killed a trader on the road"); without one it is the target ("fired at a
      checkpoint")."""
    verbs = {tok.i, *(c.i for c in tok.conjuncts)}  # "shot and killed a man": shared object
    objects = [c for v in verbs for c in tok.doc[v].children if c.dep_ in ("dobj", "nsubjpass")]
    if (
        tok.dep_ == "acl"
        and any(p.i == tok.head.i for p in patients)
        and any(c.dep_ == "dobj" for c in tok.children)
        and not any(c.dep_ in ("agent", "nsubj") for c in tok.children)
    ):
        patients = [p for p in patients if p.i != tok.head.i]
        agents = [*agents, tok.head]
    if any(actor(o) is not None for o in objects):
        patients = [
            p
            for p in patients
            if not (
                p.dep_ == "pobj"
                and p.head.dep_ == "prep"
                and p.head.head.i in verbs
                and p.head.lower_ in ("at", "on", "upon")
            )
        ]
    return agents, patients


def _title_cue(title: str | None, doc: Doc) -> bool:
    """Whether a headline names an event ("Two shot dead in...", "Police arrest six"). Read
    with the tokenizer alone: a headline's cue words are enough to say it reports an event,
    and a second parse per article would cost more than all the rules of this module."""
    if not title:
        return False
    tdoc = get_nlp().make_doc(title)
    if tdoc.vocab is not doc.vocab:  # a Doc from another pipeline (tests): its own vocabulary
        tdoc = Doc(doc.vocab, words=[t.text for t in tdoc])
    return any(
        doc.vocab.strings[m] in MAIN_LABELS
        and tdoc[s:e].text.lower() not in WEAPON_NOUNS | {"body", "bodies"}
        for m, s, e in _matcher(tdoc)(tdoc)
    )


def _sentences(info: _Doc, cue: Cue, after: int = 0) -> Span:
    """The cue's sentence and the `after` next ones."""
    sents, _ = sentences(info.doc)
    last = min(cue.sent + after, len(sents) - 1)
    return info.doc[sents[cue.sent].start : sents[last].end]
