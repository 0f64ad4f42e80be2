"""ACLED's event type and sub-event type of the event an article reports, or none.

Rule-based, on the one spaCy Doc: a matcher finds trigger words (`event_types.CUES`), the
dependency parse tells who acted on whom (`actors.arguments`), and a few ordered rules that follow
ACLED's codebook turn the main trigger into a type. In the order things happen:

1. `matching`: cue phrases expanded to token sequences, one PhraseMatcher per vocabulary.
2. `cues.find_cues`: the matched cue words, minus the readings that are no events
   (`readings`: names, months, equipment, weapons or bodies named as things, figures of
   speech, negation), each marked background or not (`background`: causes, accusations,
   earlier events; hypothetical cues are left out when the main cue is chosen).
3. `doc_info._Doc`: what the rules need about the article, computed once (cues, actors,
   topic, headline, each trigger's agents and patients).
4. `main_cue._choose_main`: the trigger of the reported event, in the lead.
5. `rules._decide`: the main cue's label to a type; demonstrations in `protest`, fighting in
   `clash`, killing and shooting in `violence`; the questions they ask of the text in
   `weapons` (which weapons), `sides` (who is armed on each side), `crowds` (crowds and
   demonstrations).
6. `annotation`: `decide` and `annotate`, the entry points (a `decision.Decision`).

Other files: `labels` (label groups and ranks), `sentences` (a Doc's sentences, cached).

The main trigger is recorded as an `event_type` claim with `sub_event_type` and `trigger` attrs.
"""

from __future__ import annotations

from newsfold.analyse.what.annotation import NOTES_KEY, annotate, decide
from newsfold.analyse.what.cues import Cue, find_cues
from newsfold.analyse.what.decision import Decision
from newsfold.analyse.what.doc_info import _Doc
from newsfold.analyse.what.matching import phrase_forms
from newsfold.analyse.what.sentences import sent_of, sentences

__all__ = [
    "NOTES_KEY",
    "Cue",
    "Decision",
    "_Doc",  # `who` reads the article's facts the rules computed (`ctx.notes[NOTES_KEY]`)
    "annotate",
    "decide",
    "find_cues",
    "phrase_forms",
    "sent_of",
    "sentences",
]
