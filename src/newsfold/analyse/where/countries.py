"""Where, the country: what the text's people and forces say when its places say little.

A human coder reads the country of an event from more than its place names: the forces and
factions that act in it ("pro-Hadi forces", "the Houthis") and the peoples named (`evidence`
gathers both). These functions weigh that evidence against a place the steps chose only
weakly.
"""

from __future__ import annotations

from newsfold.analyse.gazetteer import COUNTRY, Gazetteer
from newsfold.analyse.where.evidence import _Evidence
from newsfold.analyse.where.mentions import _Mention


def _country_against_actors(
    g: Gazetteer, best: int, best_ms: list[_Mention], base: _Evidence
) -> tuple[int, list[_Mention]]:
    """Drop an event place that is only a country named after the lede, when the text's
    actors and peoples point clearly to another country.

    "Coalition airstrikes targeted X area along the Yemeni-Saudi border ... pro-Houthi and
    anti-Houthi troops ... within 20km of the border in Saudi Arabia": the lede's place is a
    village the gazetteer lacks; "Saudi Arabia", named in a later aside, is not where the
    strikes fell. The text's own evidence (Yemeni, Houthi, the Saudi-led coalition) then gives
    the country (`write._country_evidence`). A country named in the lede ("clashes in Mali
    between Malian troops and ...") stays, and so does one the evidence does not clearly
    contradict.
    """
    if best < 0 or g.kind[best] != COUNTRY or not best_ms:
        return best, best_ms
    if any(m.sent == 0 or m.title for m in best_ms):
        return best, best_ms
    weights = base.demonyms
    if not weights:
        return best, best_ms
    top = max(weights, key=lambda c: weights[c])
    own = weights.get(g.cc[best], 0.0)
    if top == g.cc[best] or weights[top] < 2.0 or weights[top] < 2.0 * own:
        return best, best_ms
    return -1, []
