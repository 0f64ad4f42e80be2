"""A TV station's video caption credits its reporter ("WQXT's Dana Whitlow reports on the
shooting"): she is the outlet's staff, under its stories of any two events, not a person of
either (`text.credit_names`). Read as one, her name lifted the dates' veto of two shootings of
one city a year and a half apart ("the same people"). Invented reports only."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfold.group import decide
from newsfold.group import text as tx
from newsfold.group.signature import signature
from newsfold.records import Analysis, Claim

from .corpus import MARROWFIELD, Report, flat_rarity, grouped_in_store


@pytest.mark.parametrize(
    ("caption", "reporter"),
    [
        ("WQXT's Dana Whitlow reports on the arrest made overnight.", "dana whitlow"),
        ("KBRT 4's Dana Whitlow reports from outside the courthouse.", "dana whitlow"),
        ("Channel 2’s Ines Aro has the latest from the scene.", "ines aro"),
        ("News4's Mark E. Stone has more details from the vigil.", "mark stone"),
        ("KZRB's Ines Aro has the story.", "ines aro"),
        ("Police searched the block. Ines Aro reports. (Published Monday, May 4)", "ines aro"),
        ("Witnesses heard six shots. Ines Aro reports live from Norfield.", "ines aro"),
        ("A man was hurt. Mark Stone reports from Brisk Hollow for the late news.", "mark stone"),
        ("Teen Shot Near Park Ines Aro reports playpause", "ines aro"),
        ("Three were shot at a party. Dana Whitlow reports", "dana whitlow"),
    ],
)
def test_a_station_caption_credits_its_reporter(caption: str, reporter: str) -> None:
    assert tx.credit_names(caption) == {reporter}


@pytest.mark.parametrize(
    "sentence",
    [
        # a person who reports something to the police, and a paper that reports it
        "Ada Quell reports that her son was shot on the porch.",
        "Tobin Reyes reports to his probation officer every week.",
        "The Norfield Ledger reports the victim was 19.",
        "The Norfield Ledger reports.",
        # a person's name after a possessive that is no station's caption
        "The victim's Tobin Reyes, 19, was shot.",
    ],
)
def test_no_reporter_is_credited_in_a_sentence_of_the_story(sentence: str) -> None:
    assert tx.credit_names(sentence) == set()


_CAPTION = "News 9's Dana Whitlow reports on the {what}. (Published {day})"


class _Victims(Report):
    """A report whose analysis read a death toll from a phrase naming its victims (`extra`'s
    "victims"), and the caption's reporter as one of its names, as the analysis may."""

    def analysis(self) -> Analysis:
        analysis = super().analysis()
        analysis.names = ["Dana Whitlow"]
        phrase = str(self.extra["victims"])
        start = self.text.index(phrase)
        analysis.event.claims.append(
            Claim(
                field="fatalities",
                value=self.fatalities,
                text=phrase,
                start=start,
                end=start + len(phrase),
                attrs={"qualifier": "exact", "victims": phrase},
            )
        )
        return analysis


def _club() -> Report:
    caption = _CAPTION.format(what="gunfire at the Lantern club", day="Friday, June 6, 2025")
    text = (
        f"{caption}\n\nGunfire broke out near the door of the Lantern club on Kestrel Avenue "
        "in Marrowfield before dawn on Friday, wounding four patrons, officers said. Dana "
        "Whitlow reports no arrest has been made. The four were treated at Saint Aldric "
        "Hospital."
    )
    title = "Four hurt outside Marrowfield club"
    return _Victims(
        "club",
        text,
        title,
        "2025-06-06",
        date="2025-06-06",
        place=MARROWFIELD,
        fatalities=0,
        extra={"victims": "four patrons"},
    )


def _car() -> Report:
    caption = _CAPTION.format(what="double killing on Tamber Road", day="Monday, Dec. 7, 2026")
    text = (
        f"{caption}\n\nTwo people died after shots were fired into a parked sedan on Tamber "
        "Road in Marrowfield late Sunday. Officers named them as Odile Farrow, 28, and Corin "
        "Vale, 16. A gunman on foot fired through the windscreen, officers said."
    )
    return _Victims(
        "car",
        text,
        "Two shot dead in car in Marrowfield",
        "2026-12-07",
        date="2026-12-06",
        place=MARROWFIELD,
        fatalities=2,
        extra={"victims": "News 9's Dana Whitlow reports on the double killing on Tamber Road"},
    )


def test_the_reporter_is_no_person_of_the_story() -> None:
    car = signature(_car().article(), _car().analysis())
    assert "dana whitlow" not in car.get("ppl", ())
    assert "dana whitlow" not in car.get("who", ())
    assert not {"dana", "whitlow"} & set(car["names"])
    assert {"odile farrow", "corin vale"} <= set(car["ppl"])


def test_one_stations_reporter_does_not_join_two_shootings(db_path: Path) -> None:
    club, car = _club(), _car()
    a, b = (signature(r.article(), r.analysis()) for r in (club, car))
    ev = decide.compare(b, a, flat_rarity)
    assert ev.people == 0 and ev.veto is not None and not ev.same, ev.reasons
    groups = grouped_in_store(db_path, [club, car])
    assert groups["club"] != groups["car"]
