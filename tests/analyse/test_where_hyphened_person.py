"""analyse/where: a town before a hyphened word and a person's noun is the person's town.

"a Dorchester high-school student" is a Dorchester person, as "a Dorchester student" is
(`scanner._modified_person`): spaCy parts "high-school" into "high", "-" and "school", and
the one lower-case word before the noun used to be "school" alone, after a hyphen, so the town
was read as a bare place. Invented sentences; the places are real.
"""

from __future__ import annotations

import pytest

from newsfold.analyse.gazetteer import get_gazetteer
from newsfold.analyse.nlp import get_nlp
from newsfold.analyse.where.scanner import _modified_person, _Scanner

from .where_helpers import event, town_key

# the home is a Boston neighbourhood, and so is the scene: the event stays in Boston, not in
# a Wisconsin namesake of the scene's neighbourhood
HOME_AND_SCENE = "Police say a Dorchester {} was shot and wounded in Roxbury late Friday."


@pytest.mark.parametrize("person", ["student", "high-school student", "well-liked student"])
def test_hyphened_word_before_a_person_keeps_the_home(person: str) -> None:
    ev = event(HOME_AND_SCENE.format(person))
    assert ev.admin1 == "Massachusetts"
    assert town_key(ev.location) in ("boston", "roxbury")


def test_a_spaced_dash_is_no_hyphen() -> None:
    # a dateline's dash parts two phrases: "Dayton - student" is no "Dayton-student" person
    text = "A Dorchester high-school student and a Dorchester high - school student."
    doc = get_nlp()(text)
    sc = _Scanner(get_gazetteer(), doc, text)
    words = [t.text for t in doc]
    first, second = [k + 1 for k, w in enumerate(words) if w == "Dorchester"]
    assert _modified_person(sc, first)
    assert not _modified_person(sc, second)
