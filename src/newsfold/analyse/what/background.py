"""Cues that are not the reported act because of where they stand in the sentence: negated
("no clashes were reported"), hypothetical ("threatened to protest", "will rally"), accused
of ("accused of taking part in a protest"), of another time or a place named after one
("previous fighting", "the blast site"), or a cause, topic or attribute ("after a clash on
Monday", "looted funds").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsfold.analyse import event_types as et
from newsfold.analyse import lexicon as lx

HYPOTHETICAL_GOVERNORS = lx.words(
    """threaten plan call vow warn urge announce intend prevent avoid fear prepare ban
    prohibit forbid outlaw postpone cancel want seek"""
)
"""Verbs and nouns under which a trigger is not a reported event ("called for a protest")."""
REPORTING_GOVERNORS = lx.words("announce report")
"""Hypothetical governors that also report what was done ("announced it was withdrawing")."""


DONE_NOUNS = lx.words(
    """arrest arrests detention capture killing killings death deaths seizure seizures recovery
    discovery interception"""
)
"""Nouns of acts that, announced or reported in the past tense, were done ("the ministry
announced the arrest of 12 suspects"), unlike a protest or a strike announced for later."""


def _negated(tok: Token) -> bool:
    """ "no clashes were reported", "did not attack", "without violence"."""
    for t in (tok, tok.head):
        for child in t.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "without":
        return True  # "without a fight"
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.lower_ in ("no", "without", "non", "anti", "against")


def _hypothetical(tok: Token) -> bool:
    """ "threatened to protest", "plans to march", "called for a strike", "will rally",
    "a ban on protests"."""
    node = tok
    for _ in range(4):
        verbal = node.pos_ in ("VERB", "AUX")
        if verbal and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "might", "may", "shall")
            for c in node.children
        ):
            return True
        if (
            node.lemma_ in HYPOTHETICAL_GOVERNORS
            and node.i < tok.i
            and not (
                node.lemma_ in REPORTING_GOVERNORS
                and (_past(tok) or (tok.lower_ in DONE_NOUNS and _past(node)))
            )
        ):
            return True  # the governor comes first: "called for a protest", "a ban on marches"
        if node.dep_ not in ("xcomp", "dobj", "pobj", "prep", "ccomp", "compound", "acl", "amod"):
            break
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _past(tok: Token) -> bool:
    """A verb told as done or under way: "was withdrawing", "had deployed", "withdrew"."""
    if tok.tag_ == "VBD":
        return True
    return tok.tag_ in ("VBG", "VBN") and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had", "has", "have")
        for c in tok.children
    )


def _earlier(tok: Token) -> bool:
    """A cue that names another time's event or a place named after one: "previous fighting",
    "last year's clashes", "an encounter site", "the blast site"."""
    if any(c.dep_ in ("amod", "advmod") and c.lower_ in et.EARLIER_WORDS for c in tok.children):
        return True
    return tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.lower_ in et.SITE_NOUNS


def _accused_of(tok: Token) -> bool:
    """What someone is accused, suspected or charged of is not the reported event ("arrested
    youths accused of taking part in a protest")."""
    node = tok
    for _ in range(6):
        if node.head.i == node.i:
            return False
        if node.dep_ in ("pobj", "pcomp") and node.head.head.lemma_ in et.ACCUSING_VERBS:
            return True
        node = node.head
    return False


def _background(tok: Token, label: str = "") -> bool:
    """Whether a cue word names a cause, topic or attribute rather than the reported act."""
    if _accused_of(tok):
        return True
    head = tok.head
    if (
        tok.dep_ in ("nsubj", "nsubjpass")
        and head.lemma_ in ("continue", "persist", "rage")
        and head.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in head.children)
    ):
        return True  # "reinforcements arrived as battles continued": the setting
    if (
        label != "INTERVENTION"  # "lathi-charged students", "tear-gassed marchers"
        and tok.dep_ in ("amod", "compound")
        and tok.tag_ in ("VBN", "VBG", "JJ")
        and tok.lower_ not in ("dead", "wounded", "injured")
    ):
        return True  # "looted funds", "the burning issue" (but "dead women were found")
    node = tok
    for _ in range(12):
        if node.dep_ == "prep" and node.lower_ in et.BACKGROUND_PREPS:
            return True
        if node.dep_ == "pobj" and node.head.lower_ in et.BACKGROUND_PREPS:
            return True
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("after", "because", "following", "since")
            for c in node.children
        ):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False
