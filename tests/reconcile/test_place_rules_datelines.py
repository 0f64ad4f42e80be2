"""reconcile: a report whose town is only its dateline's (`consensus.dateline_only`) gives no
vote beside a report whose words name its town as the scene (`consensus.told_away`); on
invented reports."""

from __future__ import annotations

from newsfold.reconcile.consensus import dateline_only, told_away
from newsfold.reconcile.readings import Report

from .helpers import claim, placed_report, town_key


def _placed(rid: str, town: str, text: str, origin: int, title: str = "") -> Report:
    """A report placed in `town` (Kansas), with a location claim at each place `text` writes
    the town's name (in capitals too, as a dateline does)."""
    claims = []
    for written in (town.upper(), town):
        start = text.find(written)
        while start >= 0:
            found = claim("location", town, written)
            found.start, found.end = start, start + len(written)
            claims.append(found)
            start = text.find(written, start + len(written))
    return placed_report(
        rid,
        town,
        text,
        origin,
        title,
        claims=claims,
        country="United States",
        admin1="Kansas",
        admin2="Sedgwick County",
    )


_key = town_key


def test_a_town_only_the_dateline_names_is_dateline_only():
    r = _placed("a", "Wichita", "WICHITA, Kan. - A man was shot in a parking lot on Friday.", 0)
    assert dateline_only(r, "Wichita")
    # the county named in the words leaves the town the dateline's
    r = _placed("b", "Wichita", "WICHITA, Kan. - Sedgwick County deputies found a man shot.", 0)
    assert dateline_only(r, "Wichita")


def test_a_town_the_words_name_too_is_not():
    text = "WICHITA, Kan. - A man was shot in south Wichita on Friday."
    assert not dateline_only(_placed("a", "Wichita", text, 0), "Wichita")
    # in the headline
    text = "WICHITA, Kan. - A man was shot in a parking lot on Friday."
    assert not dateline_only(_placed("b", "Wichita", text, 0, "Man shot in Wichita"), "Wichita")
    # as a hospital's town: another rule's (`named_only_away`)
    text = "WICHITA, Kan. - A man was shot on Friday and taken to a Wichita hospital."
    assert not dateline_only(_placed("c", "Wichita", text, 0), "Wichita")


def test_a_report_without_a_dateline_or_with_a_place_outside_it_is_not():
    assert not dateline_only(_placed("a", "Wichita", "A man was shot on Friday.", 0), "Wichita")
    # a place analysis found in the words (a neighbourhood written as its town) is the words'
    r = _placed("b", "Wichita", "WICHITA, Kan. - A man was shot in Delano on Friday.", 0)
    part = claim("location", "Wichita", "Delano")
    part.start = r.article.text.find("Delano")
    part.end = part.start + len("Delano")
    r.analysis.event.claims.append(part)
    assert not dateline_only(r, "Wichita")


def _away(*reports: Report) -> set[str]:
    names = {_key(r): str(r.analysis.event.location) for r in reports}
    return told_away(list(reports), _key, names, {})


def test_a_dateline_only_report_gives_no_vote_beside_a_scene_named():
    station = _placed("s", "Wichita", "WICHITA, Kan. - A man was found shot on Friday.", 0)
    local = _placed("l", "Derby", "Derby police said a man was shot on Madison Avenue.", 1)
    assert _away(station, local) == {"s"}


def test_dateline_only_reports_keep_their_votes_when_no_report_names_a_scene():
    station = _placed("s", "Wichita", "WICHITA, Kan. - A man was found shot on Friday.", 0)
    other = _placed("o", "Derby", "DERBY, Kan. - A man was found shot on Friday.", 1)
    assert _away(station, other) == set()
