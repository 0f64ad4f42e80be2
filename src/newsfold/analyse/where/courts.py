"""Where, a court's town: the town a case is heard in, named as where the story went after the
harm ("arraigned Monday in Superior Court in Rockville", "due back in New Britain court", "a
hearing is set in Towson"), not the scene.

A local report of a shooting's case names the court's town (the county's seat most often)
again and again, in its court's name, the judge's, the next hearing's, while the scene's town
is named once, often only through its police ("Bristol police said"); summed over its
mentions, the court's town outweighed the scene (h-city51). `event_place._event_place` weighs
a court's town down as it does a police post's or a vigil's (`_police_post_town`,
`_gathering_town`) and keeps it out of the scene.
"""

from __future__ import annotations

import re

from newsfold.analyse.where.mentions import _Mention

# the kinds of court a town's court is named with ("Rockville Superior Court", "the Circuit
# Court in Towson")
_COURT_KINDS = (
    r"(?:district|superior|circuit|municipal|magistrate|magisterial|probate|juvenile|family|"
    r"criminal|county|city|federal|common\s+pleas|justice|supreme)"
)

# words that set the harm in the town named next: "a hearing on the shooting in X" names the
# harm's town, not the court's
_HARM_WORDS = r"(?:scene|shot|shooting|shootings|dead|killed|killing|slain|wounded|injured|body)"

# a case heard in a town, within the clause before its name: "in Superior Court in
# Rockville", "in Hartford County Circuit Court in Rockville", "returns to court in
# Edwardsville", "back in court in Media", "appeared before a judge in Media", "a hearing is
# set in Towson", "his arraignment in Stamford"
_COURT_BEFORE = re.compile(
    r"(?:\b" + _COURT_KINDS + r"\s+court"
    r"|\b(?:in|to|into)\s+court"
    r"|\bbefore\s+(?:an?\s+|the\s+)?(?:[\w.'’-]+\s+){0,3}?judge"
    r"|\b(?:hearings?|arraignments?|trials?|sentencings?|court\s+dates?)\b"
    r"(?:(?!\b" + _HARM_WORDS + r"\b)[^.;:!?\n]){0,40}?)"
    r"\s+(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# a town's name before its court's: "in New Britain court", "Rockville Superior Court", "the
# Hartford court's docket" (a capitalised bare "Court" is a street's: "Rockville Court")
_COURT_AFTER = re.compile(r"\s+(?:(?i:" + _COURT_KINDS + r")\s+(?i:court)|court)\b")


def _court_town(text: str, m: _Mention) -> bool:
    """Whether a mention of the text names the town of a court hearing the case: the clause
    before the name puts a case in it (`_COURT_BEFORE`), or a court's noun follows the name
    (`_COURT_AFTER`). Not a headline's mention (a headline's town is the story's)."""
    if m.title or m.start <= 0:
        return False
    if _COURT_AFTER.match(text, m.end) is not None:
        return True
    return _COURT_BEFORE.search(text, max(0, m.start - 80), m.start) is not None
