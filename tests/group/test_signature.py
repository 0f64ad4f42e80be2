"""Signatures, blocking keys and the pairwise rule, on invented texts."""

from __future__ import annotations

import json
from typing import Any

from newsfold.group import decide
from newsfold.group import text as tx
from newsfold.group.signature import index_keys, query_keys, signature
from newsfold.records import Analysis, Article, Claim, Event

from .corpus import FENWICK, QUILLEN, fenwick_report, quillen_reports


def _flat(_: str) -> float:
    return 0.8


def test_text_features() -> None:
    assert tx.stem("shootings") == tx.stem("shooting") and tx.stem("killed") == "kill"
    names = tx.name_words("Police said Dorian Vessel was shot. Vessel died. The Ember Park club")
    assert names["vessel"] == 2 and "ember" in names and "police" not in names
    assert "the" not in names  # a sentence-initial capital is no name
    keys = tx.number_keys("a 34-year-old man in the 400 block, at 12 Quillen Street")
    assert keys == {"age:34", "block:400", "addr:12:quillen"}
    # the street kinds `numbers` reads an address by, abbreviated or not; no street kind, no key
    for street in ("Quillen Pike", "Quillen Sq", "Quillen Ter", "Quillen Pkwy"):
        assert tx.number_keys(f"shot at 12 {street} on Sunday") == {"addr:12:quillen"}
    assert tx.number_keys("shot at 12 Quillen Farms on Sunday") == set()


def test_page_furniture_is_no_name() -> None:
    # the words a page wraps a story in ("Tweet", "Published", "Image 3 of 7") are on many pages
    # of one site and would link unrelated stories of that site as if they named one person
    text = (
        "Share this: Tweet. Updated at noon. Published Monday. Gallery Image 3 of 7 shows Ada Quell"
    )
    assert set(tx.name_words(text)) == {"ada", "quell"}


def test_call_signs_state_codes_and_player_words_are_no_names() -> None:
    # every story of one station carries its call letters, its state and its video player's
    # buttons: two shootings it reported a fortnight apart shared "wavy", "va" and "pause"
    text = (
        "BRINDLEPORT, Va. (WQXT) -- Pause. Mute. Officers said Odile Farrow was hurt, WQXT-TV "
        "and KZRB learned. The NORFIELD, VA clinic treated her."
    )
    assert set(tx.name_words(text)) == {"odile", "farrow", "norfield"}
    # ... but not a name that merely starts with K or W, an agency's capitals, a capitalised
    # word that is no abbreviation, or a person called Pa
    text = "Agents of the ATF met Kowalski and Wendt. Later Pa Kelly spoke in Ind with Wa Lin."
    assert {"atf", "kowalski", "wendt", "pa", "kelly", "ind", "wa", "lin"} <= set(
        tx.name_words(text)
    )


def test_a_captions_credit_is_no_person_of_the_story() -> None:
    # an outlet credits the same photographer under its stories of any two shootings
    text = (
        "Officers at the scene on Quell Street. | Dana Whitlow/Sun Ledger\n\nA man was shot. "
        "Photo: Mark E. Stone/AP. (Ines Aro/Courier) Police identified him as Tobin Reyes."
    )
    assert tx.credit_names(text) == {"dana whitlow", "mark stone", "ines aro"}
    # ... not a person named in a sentence, nor words joined by a slash in one
    assert tx.credit_names("Police said Tobin Reyes/Ansel Thorne were charged, and/or") == set()
    article = Article(id="c", text=text, title="Man shot on Quell Street", published="2024-03-02")
    sig = signature(article, None)
    assert "whitlow" not in sig["names"] and "stone" not in sig["names"]
    assert sig["ppl"] == ["tobin reyes"]


def test_containment_survives_added_boilerplate() -> None:
    words = tx.tokens(QUILLEN)
    padded = tx.tokens(FENWICK + QUILLEN + FENWICK.upper())
    a, b = tx.shingles(words, 3), tx.shingles(padded, 3)
    jac = tx.jaccard(tx.minhash(a), tx.minhash(b))
    assert jac < 0.8
    assert tx.containment(jac, len(a), len(b)) > 0.85


def test_signature_is_small_json_and_deterministic() -> None:
    report = quillen_reports()[0]
    sig = signature(report.article(), report.analysis())
    text = json.dumps(sig)
    assert json.loads(text) == sig
    assert len(text) < 4000
    assert signature(report.article(), report.analysis()) == sig
    assert sig["d0"] == "2024-03-09" and sig["place"]["loc"] == "marrowfield"
    assert "marrowfield" not in sig["names"]  # a place, compared as the place
    assert "vessel" in sig["names"] and "dorian vessel" in sig["who"]
    # every key is looked up as it is stored, but the one-way town keys (signature._town_keys:
    # a town's `t:` keys are looked up by the headlines that name it, as `h:` keys)
    two_way = {k for k in index_keys(sig) if not k.startswith(("h:", "t:"))}
    assert two_way <= set(query_keys(sig))
    stored = {k[2:] for k in index_keys(sig) if k.startswith("t:")}
    assert stored and stored <= {k[2:] for k in query_keys(sig) if k.startswith("h:")}


def test_copy_and_rewrite_kinds() -> None:
    wire, copy, rewrite, local = (signature(r.article(), r.analysis()) for r in quillen_reports())
    assert decide.copy_kind(wire, copy)[0] == "copy"
    assert decide.copy_kind(wire, rewrite)[0] == "rewrite"
    assert decide.copy_kind(wire, local)[0] is None
    other = fenwick_report()
    assert decide.copy_kind(wire, signature(other.article(), other.analysis()))[0] is None


def test_page_junk_under_other_headlines_is_no_copy() -> None:
    junk = "Sign in to your account. Forgot your password? Create an account to comment. " * 3
    a = signature(quillen_reports()[0].article(), None)
    a_junk = {**signature(fenwick_report().article(), None)}
    a_junk.update(signature(type(fenwick_report().article())(id="x", text=junk, title="A"), None))
    b = signature(type(fenwick_report().article())(id="y", text=junk, title="Other story"), None)
    assert decide.copy_kind(a_junk, b)[0] is None
    assert decide.copy_kind(a, b)[0] is None


def test_date_and_place_vetoes() -> None:
    wire = signature(quillen_reports()[0].article(), quillen_reports()[0].analysis())
    later = {**wire, "d0": "2025-03-09", "d1": "2025-03-09"}
    assert decide.date_veto(wire, later) is not None
    assert decide.compare(wire, later, _flat).same is False
    far = {**wire, "place": {**wire["place"], "lat": 45.0, "lon": -80.0}}
    assert decide.place_agreement(wire, far)[0] is not None
    near = {**wire, "place": {**wire["place"], "lat": 41.21, "lon": -87.61}}
    assert decide.place_agreement(wire, near) == (None, True, 0.0)
    elsewhere = {**wire, "place": {**wire["place"], "lat": 41.9, "lon": -87.6}}
    veto, same, penalty = decide.place_agreement(wire, elsewhere)  # some 80 km away
    assert veto is None and not same and penalty < 0


def test_same_town_same_day_other_people_is_not_the_same_event() -> None:
    wire = quillen_reports()[0]
    other = fenwick_report()
    other.date = wire.date  # no date to tell them apart: only who was shot, and where
    quillen = signature(wire.article(), wire.analysis())
    fenwick = signature(other.article(), other.analysis())
    ev = decide.compare(quillen, fenwick, _flat)
    assert ev.veto is None and ev.who_conflict
    assert not ev.same


def test_a_spokeswoman_is_no_person_of_the_story() -> None:
    # a city's police spokeswoman speaks in every report of its shootings: read as a victim, or
    # kept among the name words, she would join two unrelated shootings of that city
    text = (
        "Police spokeswoman Ada Quell said a man was shot on Tarrow Street. Bram Ostler, a "
        "Merriton police spokesman, said officers identified the victim as Tobin Reyes. Lena "
        "Whitfield, the county's medical examiner, confirmed it. Coroner Ivo Marsh said more."
    )
    assert tx.official_names(text) == {"ada quell", "bram ostler", "lena whitfield", "ivo marsh"}
    # ... not the son of a prosecutor, nor an officer who was shot, nor "the mayor said"
    other = (
        "Kel Danner, the son of a prosecutor, was shot. Officer Rhea Sand was wounded. The mayor "
        "said Pim Ardley, a nurse, helped."
    )
    assert tx.official_names(other) == set()
    claims = [
        Claim("actor2", "Civilians", "Ada Quell", 0, 9, attrs={"how": "victims"}),
        Claim("injuries", 1, "Tobin Reyes", 0, 9, attrs={"victims": "Tobin Reyes"}),
    ]
    analysis = Analysis(
        article_id="s", event=Event(article_ids=["s"], claims=claims), names=["Ada Quell"]
    )
    article = Article(id="s", text=text, title="Man shot", published="2024-03-02")
    sig = signature(article, analysis)
    assert sig["ppl"] == ["tobin reyes"]
    assert "quell" not in sig["names"] and "ostler" not in sig["names"] and "who" not in sig
    # one the text names with an age is a person of the story whatever her role
    shot = "Ada Quell, 41, a police spokeswoman, was shot on Tarrow Street on Monday."
    assert signature(Article(id="t", text=shot, published="2024-03-02"), None)["ppl"] == [
        "ada quell"
    ]


def test_a_superintendent_is_an_official() -> None:
    # a school district's superintendent speaks in every report of its students shot, weeks
    # apart: as a name both reports share she would join two shootings of one city
    text = (
        "Three teens were shot near Holloway Park. Harrowgate Schools Superintendent Mira "
        "Delacorte said counselors would be at the school. Osric Penn, the district "
        "superintendent, asked for calm."
    )
    assert tx.official_names(text) == {"mira delacorte", "osric penn"}
    # ... not the son of a superintendent, nor one named with an age (a person of the story)
    other = "Kel Danner, the son of a superintendent, was shot. Pim Ardley, 16, was wounded."
    assert tx.official_names(other) == set()
    shot = "Mira Delacorte, 52, the district superintendent, was shot outside her office."
    sig = signature(Article(id="u", text=shot, published="2024-03-02"), None)
    assert sig["ppl"] == ["mira delacorte"]


def test_a_time_zone_is_no_name() -> None:
    # every release of one police department carries "AM CST" under its date line
    text = "DATE: March 3, 2024 9:04:30 AM CST. Officers met Odile Farrow. The Cst family spoke."
    # ("Cst" written as a word is a name: a family's)
    assert tx.name_words(text) == {"odile": 1, "farrow": 1, "cst": 1}
    assert "cst" not in tx.name_words("Posted 9:04 AM CST by Odile Farrow.")


def test_a_hyphenated_first_name_of_another_event_is_no_name_in_common() -> None:
    # the analysis normalises "Ty-Ryne Hoskins" to "ty ryne hoskins"; the report's other event's
    # people keep the hyphen: neither "ty" nor "ryne" is a name of this report
    sig = {"who": ["ty ryne hoskins", "odile farrow"], "oth": ["ty-ryne hoskins"]}
    assert decide._who_words(sig) == {"odile", "farrow"}
    assert tx.name_parts("ty-ryne hoskins") == ["ty", "ryne", "hoskins"]


def test_a_court_story_finds_the_report_of_its_victim_a_year_earlier() -> None:
    # the court story names the victim with her age, but the analysis' names hold only the
    # accused: the victim's name, with no date, still finds the report of the shooting
    first = Article(
        id="f",
        text="Noemi Vastrell, 5, died in an accidental shooting at a home on Canal Road.",
        title="Girl dies in accidental shooting",
        published="2024-08-01",
    )
    court = Article(
        id="g",
        text="Rusk Ollander pleaded not guilty on Monday. Noemi Vastrell, 5, was shot last year.",
        title="Man pleads not guilty in girl's death",
        published="2025-04-30",
    )
    a, b = signature(first, None), signature(court, None)
    assert "u:vastrell" in set(index_keys(a)) & set(query_keys(b))
    # ... a generic word of a name is no key
    sig = {"ppl": ["west side", "ada quell"]}
    assert "u:west" not in query_keys(sig) and "u:quell" in query_keys(sig)
    for side in ("near north side", "far south side", "westside"):
        keys = query_keys({"ppl": [side, "ada quell"]})
        assert not {"u:side", "u:near", "u:far", "u:westside"} & set(keys), side


def test_a_datelines_outlet_is_no_name_of_the_event() -> None:
    # a wire heads every story with its name: as name words it would join any two of them
    text = (
        "HARROWGATE (Meridian Wire) - A four-storey building collapsed in the Tolvey district "
        "on Friday, killing six workers, Harrowgate Emergency Agency said."
    )
    assert tx.dateline_outlet(text) == {"meridian", "wire"}
    assert tx.dateline_outlet("NEW HAVEN, Conn. (WTNH) -- A man was shot.") == {"wtnh"}
    assert tx.dateline_outlet("CALDER CITY (AP) \u2014 Two men were shot.") == {"ap"}
    sig = signature(
        Article(id="d", text=text, title="Building collapses", published="2026-03-27"), None
    )
    assert "meridian" not in sig["names"] and "wire" not in sig["names"]
    assert "tolvey" in sig["names"]
    # ... not an outlet credited inside a sentence, nor a bracket after an ordinary word
    inner = "A building collapsed, Meridian Wire reported. Police (Tolvey division) - said more."
    assert tx.dateline_outlet(inner) == set()
    assert tx.dateline_outlet("Officials (Tolvey Council) - A statement followed.") == set()
    assert (
        "meridian" in signature(Article(id="e", text=inner, published="2026-03-27"), None)["names"]
    )


def _undated_shared(stored: dict[str, Any], looking: dict[str, Any]) -> set[str]:
    """The undated place keys `looking` finds `stored` by."""
    shared = set(index_keys(stored)) & set(query_keys(looking))
    return {k for k in shared if k.startswith(("u:p:", "u:q:"))}


def test_the_undated_place_key_reaches_across_the_places_identities_one_way() -> None:
    # a headline page placed by its town's name alone (no geonameid), that nothing dates (the
    # publication day stands in), finds the story placed at the town's geonameid through the
    # undated place key
    town = {"loc": "marrowfield", "admin1": "ostwyn", "country": "calderia", "prec": 1}
    story = {"pub": "2024-02-10", "d0": "2024-02-09", "place": {**town, "gid": "9100001"}}
    page = {"pub": "2025-05-07", "d0": "2025-04-30", "prec": 2, "nd": 1, "place": dict(town)}
    assert _undated_shared(story, page) == {"u:q:marrowfield|ostwyn|calderia"}
    assert _undated_shared(story, {**page, "pub": None, "d0": None, "nd": None})
    # ... a report that dates its event looks only through the dated keys (by each identity)
    dated = {**page, "d0": "2025-05-06", "prec": 1, "nd": None}
    assert not _undated_shared(story, dated)
    # ... two pages placed by the name meet by it, two stories by the geonameid, once each
    assert _undated_shared(page, {**page, "pub": "2025-06-01"}) == {
        "u:p:marrowfield|ostwyn|calderia"
    }
    assert _undated_shared(story, {**story, "pub": "2025-06-01"}) == {"u:p:g9100001"}
    # ... it is the page that looks: a story finds no page, nor another story of the town's
    # name at another geonameid (another place of that name, resolved), by an undated key
    assert not _undated_shared(page, story)
    assert not _undated_shared(story, {"pub": "2025-06-01", "place": {**town, "gid": "9100002"}})
    # ... and a town of that name in another province is never met
    other = {**page, "place": {**town, "admin1": "velmark"}}
    assert not _undated_shared(story, other) and not _undated_shared(other, story)
