"""The cues of a Doc: matched cue words kept by `readings._keep`, each with its sentence and
whether it is background (`background._background`, `background._earlier`).

A match inside a longer match of another label is dropped; shots fired into the air are a
demonstration's act (DEMO_RIOT); fighting told as a cause is still the event when nothing
else in its sentence is.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsfold.analyse.what.background import _background, _earlier
from newsfold.analyse.what.labels import MAIN_LABELS, NEVER_BACKGROUND
from newsfold.analyse.what.matching import _matcher
from newsfold.analyse.what.readings import _keep
from newsfold.analyse.what.sentences import sentences


@dataclass(slots=True)
class Cue:
    label: str
    start: int  # token indices
    end: int
    sent: int  # index of the sentence
    background: bool = False  # a cause or topic ("protested against the killing of ...")

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]

    def root(self, doc: Doc) -> Token:
        return doc[self.start : self.end].root


def _into_the_air(tok: Token) -> bool:
    """ "fired (shots) in the air", "shooting into the air"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "into")
        and any(o.lower_ == "air" for o in c.children)
        for c in tok.children
    )


def find_cues(doc: Doc) -> list[Cue]:
    """The trigger cues of a Doc; a match inside a longer match of another label is dropped."""
    _, owner = sentences(doc)
    matches = [(doc.vocab.strings[m], s, e) for m, s, e in _matcher(doc)(doc)]
    matches.sort(key=lambda m: (m[1], -(m[2] - m[1])))
    kept: list[tuple[str, int, int]] = []
    # the kept matches that reach past the current start: the matches come in order of start,
    # so a kept one that ends at or before it contains and overlaps none of the rest (and is
    # left out of the test below, which otherwise went over every kept match for each match)
    open_: list[tuple[str, int, int]] = []
    for label, start, end in matches:
        open_ = [k for k in open_ if k[2] > start]
        if any(
            (s <= start and end <= e and (e - s) > (end - start))
            or (lab == label and s <= start < e)
            for lab, s, e in open_
        ):
            continue
        if not _keep(label, doc[start:end]):
            continue
        root = doc[start:end].root
        if (
            label == "VIOLENCE"
            and root.lower_.startswith(("fir", "shot", "shoot"))
            and _into_the_air(root)
        ):
            # "fired several rounds in the air": aimed at nobody; the act of a demonstration
            # (or a warning) like the phrase the DEMO_RIOT list has
            label = "DEMO_RIOT"
        kept.append((label, start, end))
        open_.append((label, start, end))
    cues = [
        Cue(
            label,
            start,
            end,
            owner[start],
            (label not in NEVER_BACKGROUND and _background(doc[start:end].root, label))
            or _earlier(doc[start:end].root),
        )
        for label, start, end in kept
    ]
    # Fighting told as a cause ("entered the district following clashes that left six dead")
    # is still the event when nothing else in the sentence is; only an act of its own ("arrived
    # after a clash") makes it background.
    foreground = {c.sent for c in cues if c.label in MAIN_LABELS and not c.background}
    for cue in cues:
        if (
            cue.label == "CLASH"
            and cue.background
            and cue.sent not in foreground
            and not _earlier(doc[cue.start : cue.end].root)
        ):
            cue.background = False
    return cues
