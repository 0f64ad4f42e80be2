"""The clocks analysis puts on its date claims (`analyse.day_clock`), which reconciliation
weighs across midnight instead of reading the text again, and the words before a day that tell
it as a death's or a night's (`mark_words_before`)."""

from __future__ import annotations

from newsfold.analyse import analyse
from newsfold.analyse.day_clock import (
    CLOCKS,
    clock_beside,
    mark_clocks,
    mark_words_before,
    text_in_reach,
)
from newsfold.analyse.nlp import get_nlp
from newsfold.records import Article, Claim


def _day(text: str, phrase: str, field: str = "event_date") -> Claim:
    start = text.index(phrase)
    return Claim(field=field, value="2024-03-02", text=phrase, start=start, end=start + len(phrase))


def _clocks(text: str, phrase: str, field: str = "event_date") -> list[str]:
    claim = _day(text, phrase, field)
    mark_clocks(get_nlp()(text), [claim])
    return claim.attrs.get("clocks", [])


def test_a_clock_right_beside_the_day_is_put_on_its_claim():
    text = "Deputies were called at about 12:30 a.m. Saturday to a house on Marlow Lane."
    assert _clocks(text, "Saturday") == ["small_hours", "any"]
    text = "The woman was hurt Saturday at 11:20 p.m. near the depot."
    assert _clocks(text, "Saturday") == ["late_evening", "any"]
    assert _clocks("A man was shot Saturday at noon.", "Saturday") == ["any"]


def test_a_clock_in_the_next_sentence_counts_unless_another_day_or_an_arrest_comes_between():
    text = "A man was shot late Saturday near Quarry Park. Officers arrived at 11:55 p.m."
    assert _clocks(text, "late Saturday") == ["late_evening", "any"]
    text = "A man was shot Saturday. A suspect was arrested at 11:30 p.m."
    assert _clocks(text, "Saturday") == []
    text = "A man was shot Saturday. He was seen Sunday at 11:30 p.m."
    assert _clocks(text, "Saturday") == []


def test_only_the_days_of_the_event_get_clocks():
    text = "The shooting ended Saturday at 1 a.m."
    assert _clocks(text, "Saturday", field="date_end") == []
    assert _clocks(text, "Saturday", field="date_start") == ["small_hours", "any"]


def _event_days(title: str, published: str, text: str) -> list[Claim]:
    """The event_date claims the whole analysis puts on an invented article."""
    article = Article(id="t", title=title, published=published, text=text)
    return [c for c in analyse(article).event.claims if c.field == "event_date"]


def test_analysis_puts_the_clock_on_the_event_s_day():
    days = _event_days(
        "Man wounded on Marlow Lane",
        "2024-03-03",
        "A man was shot at about 12:30 a.m. Saturday on Marlow Lane, deputies said.",
    )
    assert days and days[0].value == "2024-03-02"
    assert days[0].attrs["clocks"] == ["small_hours", "any"]


def _before(text: str, phrase: str, field: str = "event_date") -> dict[str, object]:
    claim = _day(text, phrase, field)
    mark_words_before(text, [claim])
    return claim.attrs


def test_a_day_told_after_a_verb_of_dying_is_marked_a_death_s():
    text = "A man who was shot Friday night died Saturday at a hospital."
    assert _before(text, "Saturday") == {"death": True}
    assert _before(text, "Friday night") == {}
    text = "The boy succumbed to his injuries on Monday, police said."
    assert _before(text, "Monday", field="date_end") == {"death": True}
    assert _before("He was pronounced dead early Tuesday.", "Tuesday") == {"death": True}


def test_a_day_told_as_the_night_of_it_is_marked_a_night_s():
    text = "Deputies said the shooting happened on the night of Nov. 4 in a parking lot."
    assert _before(text, "Nov. 4") == {"night_of": True}
    # a date_end is no day the event is told by
    assert _before(text, "Nov. 4", field="date_end") == {}


def test_analysis_marks_the_day_of_a_death():
    days = _event_days(
        "Man dies after Elm Street shooting",
        "2024-03-04",
        "A man who was shot Friday night on Elm Street died Sunday, police said.",
    )
    assert {c.text: bool(c.attrs.get("death")) for c in days} == {
        "Friday night": False,
        "Sunday": True,
    }


def test_the_next_sentence_ends_at_a_quote_s_closing_stop():
    """The clock must be in the day's sentence or the next (`next_sentence_end`, the Doc's
    sentences): a quote that ends in '."' ends its sentence too, so a clock in the sentence
    after it is another moment's (the hand-written stop pattern read on past such a stop)."""
    text = (
        'A man was shot Saturday. "We heard four shots," a neighbour said, "and we ran." '
        "Officers logged a second call at 11:40 p.m."
    )
    assert _clocks(text, "Saturday") == []
    text = 'A man was shot Saturday. "We ran," a neighbour said. Officers came at 11:40 p.m.'
    assert _clocks(text, "Saturday") == []
    text = "A man was shot late Saturday. Officers on Elm St. came at 11:40 p.m. to help."
    assert _clocks(text, "late Saturday") == ["late_evening", "any"]


def test_the_text_in_reach_of_a_day_ends_with_the_next_sentence() -> None:
    """`text_in_reach`, read once per claim for every kind of clock: from the claim's end to
    the end of the sentence after its own, at most 200 characters, and none for a claim whose
    offsets do not point at its text (a headline's)."""
    text = "A man was shot Saturday near the mill. Officers came at 1 a.m. Two were held."
    doc = get_nlp()(text)
    claim = _day(text, "Saturday")
    assert text_in_reach(doc, claim) == " near the mill. Officers came at 1 a.m."
    assert clock_beside(doc, claim, CLOCKS["small_hours"])
    # a reach handed in is the one read
    assert not clock_beside(doc, claim, CLOCKS["small_hours"], reach=" near the mill.")
    elsewhere = Claim(field="event_date", value="2024-03-02", text="Sunday", start=0, end=6)
    assert text_in_reach(doc, elsewhere) == ""
