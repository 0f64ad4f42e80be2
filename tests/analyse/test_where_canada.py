"""analyse/where: Canada's provinces and territories abbreviated after a town ("HAMILTON,
Ont.", "Victoria, B.C.", "London, ON"), as US states are. Sentences written here; the towns
and outlets are real, the events invented."""

from __future__ import annotations

from .where_helpers import event, run

CINCINNATI = "https://local12.com/news/local/a-shooting"  # a Cincinnati station
NEW_YORK = "https://www.nytimes.com/2021/03/04/nyregion/a-shooting.html"


def place(text: str, url: str | None = None) -> tuple[str | None, str | None, str | None]:
    ev = event(text, url)
    return ev.location, ev.admin1, ev.country


def test_a_canadian_press_province_beats_the_outlets_namesake() -> None:
    # Hamilton, Ohio is the Cincinnati station's; "Ont." says the writer means Ontario's
    text = "HAMILTON, Ont. - A man was shot and wounded outside a diner late Sunday, police said."
    assert place(text, CINCINNATI) == ("Hamilton", "Ontario", "Canada")


def test_a_province_beats_a_bigger_namesake_abroad() -> None:
    text = "LONDON, Ont. - Two men were hurt in a stabbing near a bus stop on Monday, police said."
    assert place(text) == ("London", "Ontario", "Canada")
    text = "VICTORIA, B.C. - A woman was stabbed near the ferry terminal on Friday, police said."
    assert place(text) == ("Victoria", "British Columbia", "Canada")


def test_a_province_picks_among_canadian_namesakes() -> None:
    # Windsor, Ontario is the biggest Windsor in Canada; "N.S." names the other
    text = "A teenager was wounded in a shooting in Windsor, N.S., on Tuesday night, RCMP said."
    assert place(text) == ("Windsor", "Nova Scotia", "Canada")


def test_a_province_beats_an_american_outlets_bigger_namesake() -> None:
    text = "KINGSTON, Ont. - A woman was shot in a mall parking lot on Friday, police said."
    assert place(text, NEW_YORK) == ("Kingston", "Ontario", "Canada")


def test_a_province_the_gazetteer_knows_as_a_town_still_qualifies() -> None:
    # "Man" is also a town of Ivory Coast, and Brandon, Florida is bigger
    text = "A man was shot in Brandon, Man., on Friday evening, police said."
    assert place(text) == ("Brandon", "Manitoba", "Canada")


def test_postal_codes_after_a_canadian_town() -> None:
    assert place("A man was shot in London, ON, on Friday.") == ("London", "Ontario", "Canada")
    text = "A man was shot in Victoria, BC, on Friday."
    assert place(text) == ("Victoria", "British Columbia", "Canada")
    text = "A man was shot in Kingston, ON on Friday."
    assert place(text, NEW_YORK) == ("Kingston", "Ontario", "Canada")


def test_a_postal_code_in_a_run_of_capitals_is_a_word() -> None:
    # "ON FRIDAY": the headline's preposition, not Ontario
    ctx = run(
        "A man was shot and wounded in Hamilton on Friday night, police said.",
        title="MAN SHOT IN HAMILTON, ON FRIDAY NIGHT",
        url=CINCINNATI,
    )
    assert ctx.event.admin1 == "Ohio"


def test_words_that_look_like_postal_codes_do_not_fire() -> None:
    for text, title in (
        ("A man was shot in Hamilton on Friday, police said.", "ON SALE"),
        ("A man was shot in Hamilton on Friday, police said.", "SHOT ON FRIDAY"),
        ("A PE teacher was shot in Hamilton on Friday, police said.", None),
        ("A man was shot in Hamilton on Friday; a 500 MB video was posted online.", None),
    ):
        ev = run(text, title=title, url=CINCINNATI).event
        assert (ev.admin1, ev.country) == ("Ohio", "United States"), (text, title)


def test_us_states_abbreviated_are_read_as_before() -> None:
    text = "KANSAS CITY, Kan. - Two men were wounded in a shooting at a car lot on Friday."
    assert place(text)[:2] == ("Kansas City", "Kansas")
    assert place("A man was shot in Lewis, Ky., on Friday.")[:2] == ("Lewis", "Kentucky")
    assert place("A man was shot in Hamilton, Ohio, on Friday.")[:2] == ("Hamilton", "Ohio")
    assert place("A man was shot in Brandon, Fla., on Friday.")[:2] == ("Brandon", "Florida")
    text = "A man was shot in Springfield, MO, on Friday."
    assert place(text)[:2] == ("Springfield", "Missouri")
    # a state's whole name ending the sentence
    assert place("A man was shot on Friday in Dayton, Ohio.")[:2] == ("Dayton", "Ohio")


def test_a_province_abbreviated_after_a_preposition() -> None:
    # "in B.C." as "in N.C."; "Ont." loses its point to the tokenizer and is still read
    ev = event("A man was stabbed to death in B.C. on Friday, RCMP said.")
    assert (ev.admin1, ev.country) == ("British Columbia", "Canada")
    ev = event("A man was shot in Ont. on Friday, police said.")
    assert (ev.admin1, ev.country) == ("Ontario", "Canada")
    assert ev.location != "Ont"


def test_a_wire_credit_after_the_province() -> None:
    text = "SUDBURY, Ont. (CP) - A man was shot and wounded outside a hotel on Friday, police said."
    assert place(text) == ("Sudbury", "Ontario", "Canada")
