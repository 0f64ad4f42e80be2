"""A day, a park, a street or a school named after a person ("Ansel Thorne Jr. Day", "Odile
Farrow Memorial Park") is no person a report is about (`text.eponym_at`): read as a victim's
name, the holiday's namesake was "the same people" of two shootings on that day in two cities
hundreds of kilometres apart, and lifted the places' veto. Invented reports only."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfold.group import decide
from newsfold.group import text as tx
from newsfold.group.signature import signature
from newsfold.records import Analysis, Claim

from .corpus import MARROWFIELD, TALLOW_BAY, Report, flat_rarity, grouped_in_store


def _person_read(text: str) -> bool:
    """Whether the first person's name `text.PERSON` finds in `text` is read as a person."""
    m = tx.PERSON.search(text)
    assert m is not None
    return not tx.eponym_at(text, m.start(), m.end())


@pytest.mark.parametrize(
    "text",
    [
        "Ansel Thorne Jr. Day",
        "Ansel Thorne, Jr. Boulevard",
        "Ansel Thorne Jr. Memorial Park",
        "Odile Farrow Memorial Park",
        "Corin Vale Boulevard",
        "Ansel Thorne Jr. High School",
        "Ottilie Marsh Elementary",
        "Ottilie Marsh Day parade",
    ],
)
def test_a_name_before_a_day_or_a_place_is_its_namesake(text: str) -> None:
    assert not _person_read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ada Day, 19, was shot",  # a surname that is also such a word
        "Police found Tobin Reyes. Day after day, neighbours asked",  # a sentence ends there
        "Tobin Reyes, 17, died",
        "Corin Vale Jr., 40, was arrested",
    ],
)
def test_a_persons_name_stays_a_person(text: str) -> None:
    assert _person_read(text)


def test_the_people_named_with_an_age_leave_out_a_schools_namesake() -> None:
    text = "A 16-year-old at Ansel Thorne Jr. High School was shot; Tobin Reyes, 17, was hurt."
    assert tx.principal_names(text) == {"tobin reyes"}


class _HolidayVictims(Report):
    """A report whose analysis read the holiday's name as the victims' (an `actor2` claim told
    "how": "victims"), as it may."""

    def analysis(self) -> Analysis:
        analysis = super().analysis()
        phrase = "Ansel Thorne Jr. Day"
        start = self.text.index(phrase)
        analysis.event.claims.append(
            Claim(
                field="actor2",
                value="Civilians",
                text=phrase,
                start=start,
                end=start + len(phrase),
                attrs={"how": "victims"},
            )
        )
        return analysis


def _park() -> Report:
    text = (
        "Gunfire wounded six people at Ansel Thorne Jr. Memorial Park in Marrowfield on Monday "
        "afternoon, where families picnicked once the Ansel Thorne Jr. Day march had ended, "
        "officers said. Four of the wounded were teenagers; officers held two men for questioning."
    )
    return Report(
        "park",
        text,
        "Six shot at Marrowfield park after holiday parade",
        "2027-01-18",
        date="2027-01-18",
        place=MARROWFIELD,
        # the analysis' names: the holiday's and the park's namesake
        names=("Ansel Thorne Jr.", "Ansel Thorne Jr. Day"),
    )


def _plaza() -> Report:
    text = (
        "Footage released by prosecutors shows the quarrel by the harbour market in Tallow Bay "
        "that ended with a teenager's death on Ansel Thorne Jr. Day in January. They said Corin "
        "Vale, 18, fired in self-defence after Tobin Reyes, 16, drew a gun."
    )
    return _HolidayVictims(
        "plaza",
        text,
        "Video shows holiday shooting at Tallow Bay market",
        "2027-03-05",
        date="2027-01-18",
        place=TALLOW_BAY,
        names=("Corin Vale", "Tobin Reyes"),
        fatalities=1,
    )


def test_the_holidays_namesake_is_no_person_of_the_story() -> None:
    plaza = signature(_plaza().article(), _plaza().analysis())
    assert set(plaza["ppl"]) == {"corin vale", "tobin reyes"}


def test_two_cities_shootings_on_one_holiday_are_two_events(db_path: Path) -> None:
    park, plaza = (signature(r.article(), r.analysis()) for r in (_park(), _plaza()))
    ev = decide.compare(plaza, park, flat_rarity)
    assert ev.people == 0 and ev.veto is not None and not ev.same, ev.reasons
    groups = grouped_in_store(db_path, [_park(), _plaza()])
    assert groups["park"] != groups["plaza"]
