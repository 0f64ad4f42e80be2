"""Answers the analysis keeps or indexes for speed (issue 3, the speed goal) equal the plain
computation they stand for, and are made again when what they were read from changes: on
invented inputs, each against the scan or the first-written rule it replaced."""

from __future__ import annotations

import itertools

import pytest
from spacy.tokens import Doc

from newsfold.analyse.context import Context
from newsfold.analyse.nlp import get_nlp
from newsfold.records import Article


def _context(text: str) -> Context:
    return Context(article=Article(id="kept", text=text), doc=get_nlp()(text), anchor=None)


def _scan(spans: list[tuple[int, int]], start: int, end: int | None) -> bool:
    """`Context.in_other_story` as first written: a test of every line."""
    last = start if end is None else max(start, end - 1)
    return any(lo <= start and last < hi for lo, hi in spans)


# lines apart, touching, nested and overlapping, in no order (a rail of teasers added later
# may overlap the lines found first)
_SPAN_SETS = [
    [],
    [(10, 20)],
    [(10, 20), (20, 30)],
    [(40, 60), (5, 12), (45, 50)],
    [(0, 100), (10, 20), (30, 35)],
    [(30, 80), (10, 40), (70, 75), (5, 6)],
]


@pytest.mark.parametrize("spans", _SPAN_SETS)
def test_other_story_lines_are_found_as_a_scan_of_them_finds_them(
    spans: list[tuple[int, int]],
) -> None:
    ctx = _context("A man was shot in Elmwood on Friday.")
    ctx._other_stories = list(spans)
    for start, end in itertools.product(range(-1, 105), (None, 1, 12, 21, 36, 61, 81, 101)):
        assert ctx.in_other_story(start, end) == _scan(spans, start, end), (start, end)


def test_other_story_lines_added_later_are_read_at_the_next_question() -> None:
    ctx = _context("A man was shot in Elmwood on Friday.")
    ctx._other_stories = [(10, 20)]
    assert not ctx.in_other_story(50)
    ctx.add_other_stories([(45, 55), (0, 3)])
    assert ctx.in_other_story(50)
    assert ctx.in_other_story(1)
    assert ctx.in_other_story(15, 19)
    assert not ctx.in_other_story(15, 25)


def _us_town(name: str, state: str) -> int:
    from newsfold.analyse.gazetteer import get_gazetteer, name_key

    g = get_gazetteer()
    return next(
        r
        for r in g.lookup_key(name_key(name))
        if g.cc[r] == "US" and g.admin1[r] == state and g.kind[r] == "city"
    )


def test_the_states_across_the_line_are_kept_by_row_and_read_again_for_new_votes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Calumet City (Illinois) beside Gary (Indiana), chosen with a full vote: Indiana is
    across the line from it; asked again, the kept answer (no distance measured anew); with
    the votes changed, read again."""
    from newsfold.analyse.gazetteer import Gazetteer, get_gazetteer
    from newsfold.analyse.where.candidates import _across_the_line_from_named
    from newsfold.analyse.where.evidence import _Evidence

    g = get_gazetteer()
    gary, calumet = _us_town("Gary", "Indiana"), _us_town("Calumet City", "Illinois")
    dolton = _us_town("Dolton", "Illinois")
    ev = _Evidence()
    ev.towns_at = ((gary, 1.0),)
    measured: list[tuple[int, int]] = []
    km = Gazetteer.km

    def counted(self: Gazetteer, i: int, ref: int) -> float:
        measured.append((i, ref))
        return km(self, i, ref)

    monkeypatch.setattr(Gazetteer, "km", counted)
    assert _across_the_line_from_named(g, calumet, ev) == {"Indiana"}
    assert measured == [(calumet, gary)]
    assert _across_the_line_from_named(g, calumet, ev) == {"Indiana"}
    assert measured == [(calumet, gary)]  # kept
    assert _across_the_line_from_named(g, gary, ev) == set()  # its own row
    ev.towns_at = ((gary, 0.25),)  # a lesser vote (a name inside an actor's): none
    assert _across_the_line_from_named(g, calumet, ev) == set()
    ev.towns_at = ((gary, 1.0), (dolton, 1.0))  # an Illinois town too: Indiana still
    assert _across_the_line_from_named(g, calumet, ev) == {"Indiana"}
    assert _across_the_line_from_named(g, gary, ev) == {"Illinois"}


def test_the_leads_passive_harm_is_found_among_its_participles() -> None:
    """`where.event_place._passive_harm_sentences` finds the past participles by their tag
    in one array: the harmed ones ("was shot", "was hit by gunfire", "was found shot"),
    not a house "shot up" nor a bare "shot at", nor a participle of another verb."""
    from newsfold.analyse.gazetteer import get_gazetteer
    from newsfold.analyse.where.event_place import _passive_harm_sentences
    from newsfold.analyse.where.scanner import _Scanner

    text = (
        "A man was shot Sunday in Elmwood. The house on Birch Lane was shot up. "
        "A woman was hit by gunfire on Maple Street. The car was painted red. "
        "A teenager was found shot near the park. Officers were shot at but not hit."
    )
    ctx = _context(text)
    sc = _Scanner(get_gazetteer(), ctx.doc, text)
    assert _passive_harm_sentences(ctx, sc) == {0, 2, 4}


def _first_written_cues(doc: Doc) -> list[tuple[int, int]]:
    """`what.cues.find_cues`' choice of matches as first written (each match against every
    kept one), without the relabelling and background steps that follow it."""
    from newsfold.analyse.what.matching import _matcher
    from newsfold.analyse.what.readings import _keep

    matches = [(doc.vocab.strings[m], s, e) for m, s, e in _matcher(doc)(doc)]
    matches.sort(key=lambda m: (m[1], -(m[2] - m[1])))
    kept: list[tuple[str, int, int]] = []
    for label, start, end in matches:
        if any(
            (s <= start and end <= e and (e - s) > (end - start))
            or (lab == label and s <= start < e)
            for lab, s, e in kept
        ):
            continue
        if _keep(label, doc[start:end]):
            kept.append((label, start, end))
    return [(s, e) for _, s, e in kept]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire and killed two people during a protest; police fired shots "
        "into the air and clashes followed. A suicide bomb attack killed five.",
        "Protesters clashed with police after a shooting. Armed men attacked a convoy, and a "
        "roadside bomb exploded, killing three soldiers and wounding a fourth.",
        "A man was shot and killed. Another was stabbed. A car bomb attack and an air strike "
        "followed a suicide bombing at the market.",
    ],
)
def test_cues_inside_longer_ones_are_dropped_as_a_test_of_every_kept_cue_drops_them(
    text: str,
) -> None:
    from newsfold.analyse.what.cues import find_cues

    doc = get_nlp()(text)
    assert [(c.start, c.end) for c in find_cues(doc)] == _first_written_cues(doc)


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Mr. John Smith's", "john smith"),
        ("José Pérez", "jose perez"),
        ("Zoë O'Hara-Lund", "zoe o hara-lund"),
        ("Mrs. Ana Ruiz", "ana ruiz"),
    ],
)
def test_names_are_normalised_with_or_without_accents(written: str, name: str) -> None:
    from newsfold.analyse.who import normalise_name

    assert normalise_name(written) == name
