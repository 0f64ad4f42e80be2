"""A roundup's counts: only its first incident's paragraphs count, never the tally."""

from __future__ import annotations

import pytest

from newsfold.analyse.counts.roundup import DIGEST_REASON, ROUNDUP_REASON, is_roundup
from newsfold.records import Article

from .counts_helpers import run, tolls

ROUNDUP = (
    "Four people were wounded in two shootings on the north side of Riverton on Monday, "
    "police said.\n\n"
    "Around 9:15 p.m., a 19-year-old man was shot in the leg in the 300 block of Alder Street. "
    "He was taken to Riverton General Hospital in good condition.\n\n"
    "Police said the man was walking home when a car pulled up.\n\n"
    "About two hours earlier, three men were shot outside a store on Birch Avenue. "
    "They were listed in stable condition."
)


def test_a_roundup_counts_its_first_incident_only() -> None:
    assert tolls(ROUNDUP) == (None, 1)


def test_the_tally_and_the_next_incidents_are_discarded_with_a_reason() -> None:
    ctx = run(ROUNDUP)
    reasons = [c.attrs.get("reason") for c in ctx.discarded if c.field == "injuries"]
    assert reasons.count(ROUNDUP_REASON) >= 2


def test_a_new_indefinite_victim_starts_the_next_incident() -> None:
    text = (
        "Police are investigating three separate shootings that happened overnight.\n\n"
        "A woman was shot in the arm in the 1200 block of Elm Street.\n\n"
        "She was taken to a hospital.\n\n"
        "A man was shot several times in the 800 block of Cedar Lane.\n\n"
        "Two teenagers were wounded near Larch Park."
    )
    assert tolls(text) == (None, 1)


def test_a_headline_tally_does_not_stand_in_for_a_roundup() -> None:
    text = (
        "Police said five people were shot across the city over the weekend.\n\n"
        "No arrests have been made in any of the shootings."
    )
    assert tolls(text, title="5 shot in weekend shootings across Riverton") == (None, None)


def test_a_summary_alone_gives_no_toll() -> None:
    text = (
        "Two people were killed and six wounded in separate incidents across the city on "
        "Saturday night, police said.\n\nInvestigators asked anyone with information to call."
    )
    assert tolls(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one incident, several victims: not a roundup
        (
            "Two men were shot in separate rooms of the house on Alder Street on Sunday.\n\n"
            "Both were taken to Riverton General Hospital in stable condition.",
            (None, 2),
        ),
        (
            "A man was killed in a shooting outside a bar in Riverton on Friday.\n\n"
            "Around 1 a.m., two women were shot and wounded in the same parking lot.",
            (1, 2),
        ),
    ],
)
def test_a_report_of_one_incident_keeps_its_toll(text: str, expected: tuple) -> None:
    assert not is_roundup(Article(id="t", text=text))
    assert tolls(text) == expected


def test_two_incidents_in_a_headline_make_a_roundup() -> None:
    assert is_roundup(Article(id="t", text="x", title="Three women wounded in two incidents"))
    assert not is_roundup(
        Article(id="t", text="x", title="Two men shot in separate rooms of Alder Street home")
    )


def test_a_new_scene_about_the_same_victim_goes_on_with_the_first_incident() -> None:
    text = (
        "One teenager was killed and three others were wounded in two separate shootings on "
        "Monday night.\n\n"
        "A 19-year-old died hours after being shot in the head in Alder Park.\n\n"
        "About 8:20 p.m., the teen was driving south on Birch Avenue when he was shot, police "
        "said.\n\n"
        "At 9:30 p.m., three people were wounded in a shooting on Cedar Lane."
    )
    assert tolls(text) == (1, 0)  # "he was shot" is kept: the one who died


def test_a_citywide_tally_is_a_summary() -> None:
    text = (
        "Two brothers were among nine people killed in Riverton over the weekend.\n\n"
        "It was the deadliest gun-violence weekend of the year. Besides those killed, 30 other "
        "people were wounded citywide.\n\n"
        "The brothers were standing outside a home on Alder Street when they were shot."
    )
    _, injured = tolls(text, title="Brothers among 9 killed in deadliest weekend of year")
    assert injured != 30


DIGEST = (
    "A man, 26, was shot in the head on Monday and was pronounced dead at a hospital. "
    "His stepson, 11, was listed in serious condition.\n\n"
    "Relatives said the man had found a job at a warehouse.\n\n"
    "Another person was fatally shot Monday night and nine other people were wounded in "
    "attacks in Riverton.\n\n"
    "About 9:20 p.m., a 19-year-old man was shot in the back. A 28-year-old man was shot in "
    "the leg and was taken to a hospital."
)


def test_a_story_that_ends_with_the_city_s_tally_keeps_its_own_incident() -> None:
    assert tolls(DIGEST) == (1, 1)
    reasons = {c.attrs.get("reason") for c in run(DIGEST).discarded if c.field == "injuries"}
    assert DIGEST_REASON in reasons


def test_among_the_people_shot_in_one_incident_is_no_tally() -> None:
    text = (
        "A security guard was shot on Tuesday. According to police, the guard was among four "
        "people shot. The three other victims were taken to hospitals."
    )
    assert tolls(text) == (None, 4)


def test_a_story_that_counts_its_victims_among_the_city_s_tally() -> None:
    text = (
        "A 16-year-old boy and a 19-year-old man were shot on Alder Street early Wednesday, "
        "police said.\n\n"
        "The man was taken in good condition to a hospital.\n\n"
        "The teen and the man were among 11 people shot, one fatally, from Tuesday afternoon "
        "to early Wednesday, police said.\n\n"
        "About 10:50 p.m. Tuesday, a 17-year-old boy was shot in the chest. He was pronounced "
        "dead at a hospital."
    )
    killed, injured = tolls(text)
    assert killed is None and injured != 10
    reasons = {c.attrs.get("reason") for c in run(text).discarded if c.field == "fatalities"}
    assert DIGEST_REASON in reasons


def test_a_tally_of_separate_shootings_the_story_ends_with() -> None:
    text = (
        "A woman was wounded in a shooting on Birch Avenue on Sunday evening, police say.\n\n"
        "She was taken to a hospital.\n\n"
        "Earlier, two people were killed and five others were wounded in four separate "
        "shootings across the city."
    )
    assert tolls(text) == (None, 1)


@pytest.mark.parametrize(
    "title",
    [
        "Five shot on the same Elm Street block within 10 hours",
        "Two teens shot in 24-hour span on the East Side",
        "Four people shot over the past 12 hours in Riverton",
        "Seven shot in 48 hours",
    ],
)
def test_people_shot_within_some_hours_make_a_roundup(title: str) -> None:
    # a headline that counts the people shot over a span of hours tallies several shootings
    assert is_roundup(Article(id="t", text="", title=title))


@pytest.mark.parametrize(
    "title",
    [
        "Man shot dead in 24-hour store",
        "Clerk shot at 24-hour gas station",
        "Man shot 12 hours after his release",
        "Woman shot within an hour of leaving work",
        "Man shot in the head dies hours later",
    ],
)
def test_hours_that_are_no_span_make_no_roundup(title: str) -> None:
    assert not is_roundup(Article(id="t", text="", title=title))
