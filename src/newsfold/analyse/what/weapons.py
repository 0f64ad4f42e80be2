"""What the weapons named near a cue say: small arms (direct fire), fire from both sides, heavy
or indirect weapons (mortars, artillery, rockets, 12.7 mm and up), a barrage of explosions,
firearms named.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsfold.analyse import lexicon as lx
from newsfold.analyse.what.cues import Cue
from newsfold.analyse.what.doc_info import _Doc, _sentences

HEAVY_WORDS = lx.words("heavy mortar mortars artillery rockets rocket missiles shells projectiles")
INDIRECT_STEMS = ("mortar", "artillery", "howitzer", "rocket", "missile", "shells", "katyusha")
HEAVY_STEMS = ("mortar", "artillery", "cannon", "howitzer")
HEAVY_RIFLES = ("recoilless rifle", "anti-tank rifle", "anti-materiel rifle")
HEAVY_CALIBRE = 12.7
"""Heavy machine guns and up (12.7 mm, 14.5 mm, 23 mm): weapons fired from a distance."""
SMALL_ARMS_WORDS = ("small arms", "sniper", "rifle", "gunfire", "direct fire", "small and heavy")
FIREARM_PREFIXES = ("shot", "shoot", "fire", "gun")
FIREARM_WORDS = lx.words(
    "gun guns gunfire gunshot gunshots rifle rifles pistol pistols handgun shotgun bullets rounds"
)


def _small_arms(info: _Doc, cue: Cue, after: int = 0) -> bool:
    """Small arms named near the cue (direct fire: a clash rather than shelling)."""
    text = _sentences(info, cue, after).text.lower()
    for heavy in HEAVY_RIFLES:
        text = text.replace(heavy, "")
    return any(w in text for w in SMALL_ARMS_WORDS)


def _both_sides(info: _Doc, cue: Cue, after: int = 0) -> bool:
    """Fire from both sides: "exchanged artillery", "responded to the shelling", "fired back",
    "in both directions"."""
    sent = _sentences(info, cue, after)
    words = {t.lower_ for t in sent}
    text = sent.text.lower()
    return bool(words & {"exchanged", "exchange", "exchanging", "responded", "back"}) or any(
        phrase in text for phrase in ("both directions", "both sides", "each other")
    )


def _gunfire(info: _Doc, cue: Cue) -> bool:
    """Firearms named in the cue's sentence or the next."""
    return any(
        c.label in ("FIREARM", "SMALLARMS", "FIRE")
        or (c.label == "VIOLENCE" and c.root(info.doc).lower_.startswith(FIREARM_PREFIXES))
        for c in info.cues
        if cue.sent <= c.sent <= cue.sent + 1
    )


def _barrage(tok: Token) -> bool:
    """Explosions counted by the dozen ("recorded 25 explosions"): a barrage of shells."""
    if tok.tag_ != "NNS":
        return False
    for child in tok.children:
        if child.dep_ == "nummod" and child.like_num:
            try:
                return float(child.text.replace(",", "")) >= 3
            except ValueError:
                return child.lower_ not in ("two", "one")
        if child.lower_ in ("several", "dozens", "multiple", "numerous", "many"):
            return True
    return False


def _heavy(info: _Doc, cue: Cue) -> bool:
    """Heavy or unknown weapons named in the cue's sentence (fired from a distance)."""
    sent = _sentences(info, cue)
    words = {t.lower_ for t in sent}
    text = sent.text.lower()
    return (
        bool(words & HEAVY_WORDS)
        or any(stem in text for stem in HEAVY_STEMS)  # "cannons (30mm+ cal.)/mortars"
        or "unknown weapons" in sent.text
        or any(_calibre(t) >= HEAVY_CALIBRE for t in sent if t.lower_.endswith("mm"))
    )


def _indirect(info: _Doc, cue: Cue) -> bool:
    """Indirect-fire weapons named in the cue's sentence (mortars, artillery, rockets)."""
    text = _sentences(info, cue).text.lower()
    return any(stem in text for stem in INDIRECT_STEMS)


def _calibre(tok: Token) -> float:
    """The calibre of "14.5mm" or "14.5 mm" (0 when it is none)."""
    number = tok.lower_[:-2]
    if not number and tok.i > 0:
        number = tok.doc[tok.i - 1].text
    try:
        return float(number)
    except ValueError:
        return 0.0
