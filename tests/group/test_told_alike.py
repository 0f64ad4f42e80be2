"""Two stories with bodies of their own, dating the event to one day in one province and told
alike, are one event even when one placed it at a city nearby (`decide.told_alike_on_one_day`,
`decide.W_TOLD_ALIKE_DAY`); another day, another province, a place far off, one-line notes or
stories told in other words stay apart. Invented reports only."""

from __future__ import annotations

from typing import Any

from newsfold.group import decide
from newsfold.group.signature import signature

from .corpus import Report, flat_rarity

# the town where it happened, at its county's coordinates (the gazetteer lacks it), and the city
# some 40 km off where the wildlife agency that told it sits
FERNLEIGH = {"gid": "", "loc": "fernleigh", "admin1": "ostwyn", "country": "calderia", "prec": 2}
KESTREL = {"gid": "9100007", "loc": "kestrel falls", "admin1": "ostwyn", "country": "calderia"}

HUNT = (
    "A 58-year-old man was killed on Saturday morning in a deer hunting accident near "
    "Fernleigh, the state wildlife department said. He was hunting from a tree stand on a "
    "wooded ridge with his nephew when the nephew fired at a deer and a slug struck him. "
    "Wardens and deputies reached the ridge within the hour, and he was declared dead where "
    "he fell. The department said the hunters wore blaze orange and the nephew is "
    "cooperating. It was the second deer hunting death in the county this season, and the "
    "department reminded hunters to identify a target and what lies beyond it."
)
HUNT_TOLD_AGAIN = (
    "Authorities on Monday identified the man who died in a deer hunting accident on a wooded "
    "ridge outside Fernleigh as a retired machinist from a nearby village. Officials said his "
    "nephew mistook movement in the brush for a deer and fired a slug that struck him. "
    "The two had been in a tree stand since dawn. A neighbour described him as a patient "
    "teacher who had taken the boy hunting every autumn. Wildlife officers are reviewing the "
    "case with the county prosecutor, and no charges have been filed."
)
OTHER_SHOOTING = (
    "A woman was wounded on Saturday night when someone fired into her car at a traffic light "
    "on Mercer Avenue, police said. She drove to an emergency room and should pull through. "
    "Officers found several shell casings at the intersection and are asking drivers who were "
    "nearby to come forward with camera footage. No arrest has been made, and a detective said "
    "it was too early to say whether the woman was the intended target."
)


def _sig(text: str, title: str, published: str, day: str, place: dict[str, Any]) -> Any:
    report = Report("r" + title[:6], text, title, published, date=day, place=None)
    sig = signature(report.article(), report.analysis())
    sig["place"] = dict(place)
    sig["n_mh"] = 0  # as independent reports, not copies
    return sig


def _pair(
    day_b: str = "2024-11-16",
    place_b: dict[str, Any] | None = None,
    text_b: str = HUNT_TOLD_AGAIN,
    title_b: str = "Authorities identify man killed in hunting accident",
) -> tuple[Any, Any]:
    a = _sig(HUNT, "Hunter killed near Fernleigh", "2024-11-16", "2024-11-16", FERNLEIGH)
    a["place"].update(lat=41.20, lon=-87.60)
    b = _sig(text_b, title_b, "2024-11-18", day_b, KESTREL)
    if place_b is None:
        b["place"].update(lat=41.55, lon=-87.60)  # about 39 km north
    else:
        b["place"] = place_b
    return a, b


def test_stories_told_alike_on_one_day_in_one_province_are_one_event() -> None:
    a, b = _pair()
    assert decide.told_alike_on_one_day(a, b, decide.cosine(a["terms"], b["terms"], flat_rarity))
    ev = decide.compare(a, b, flat_rarity)
    assert ev.veto is None and ev.same
    assert "told alike on one day in one province" in ev.reasons
    off = decide.W_TOLD_ALIKE_DAY
    try:
        decide.W_TOLD_ALIKE_DAY = 0.0
        assert not decide.compare(a, b, flat_rarity).same
    finally:
        decide.W_TOLD_ALIKE_DAY = off


def test_not_on_another_day_nor_in_another_province() -> None:
    a, b = _pair(day_b="2024-11-17")
    assert not decide.told_alike_on_one_day(a, b, 1.0)
    a, b = _pair(place_b={**KESTREL, "admin1": "serrane", "lat": 41.55, "lon": -87.60})
    assert not decide.told_alike_on_one_day(a, b, 1.0)


def test_not_two_cities_far_apart() -> None:
    # protests in two cities of one province on one day read alike from one template
    a, b = _pair(place_b={**KESTREL, "lat": 42.90, "lon": -86.00})
    assert not decide.told_alike_on_one_day(a, b, 1.0)


def test_not_one_line_notes_nor_undated_or_headline_pages() -> None:
    a, b = _pair()
    assert not decide.told_alike_on_one_day(a, {**b, "words": 25}, 1.0)
    assert not decide.told_alike_on_one_day(a, {**b, "nd": 1}, 1.0)
    assert not decide.told_alike_on_one_day({**a, "thin": 1}, b, 1.0)


def test_two_shootings_of_one_day_told_in_their_own_words_stay_apart() -> None:
    a, b = _pair(text_b=OTHER_SHOOTING, title_b="Woman wounded at traffic light")
    cos = decide.cosine(a["terms"], b["terms"], flat_rarity)
    assert cos < decide.STRONG_COSINE
    assert not decide.told_alike_on_one_day(a, b, cos)
    assert not decide.compare(a, b, flat_rarity).same
