"""A roundup's counts: only its first incident's paragraphs count, never the tally."""

from __future__ import annotations

import pytest

from newsfold.analyse.counts.roundup import DIGEST_REASON, ROUNDUP_REASON, is_roundup
from newsfold.records import Article

from .counts_helpers import run, tolls

ROUNDUP = (
    "Four people were hurt in two shootings on Riverton's east side on Monday, "
    "police said.\n\n"
    "Shortly before 8:40 p.m., a 24-year-old woman was shot in the thigh in the 1700 block of "
    "Alder Street. She was taken to Riverton General Hospital in good condition.\n\n"
    "Police said the woman was walking her dog when a van stopped beside her.\n\n"
    "Roughly an hour before, three men were shot outside a laundromat on Birch Avenue. "
    "All three were expected to recover."
)


def test_a_roundup_counts_its_first_incident_only() -> None:
    assert tolls(ROUNDUP) == (None, 1)


def test_the_tally_and_the_next_incidents_are_discarded_with_a_reason() -> None:
    ctx = run(ROUNDUP)
    reasons = [c.attrs.get("reason") for c in ctx.discarded if c.field == "injuries"]
    assert reasons.count(ROUNDUP_REASON) >= 2


def test_a_new_indefinite_victim_starts_the_next_incident() -> None:
    text = (
        "Detectives are looking into three separate shootings from overnight.\n\n"
        "A waitress was shot in the shoulder in the 4100 block of Elm Street.\n\n"
        "She was taken to a hospital.\n\n"
        "A cyclist was shot twice in the 2600 block of Cedar Lane.\n\n"
        "Two teenagers were wounded near Larch Park."
    )
    assert tolls(text) == (None, 1)


def test_a_headline_tally_does_not_stand_in_for_a_roundup() -> None:
    text = (
        "Deputies said five people were shot across the city during the weekend.\n\n"
        "Nobody has been charged so far in connection with any of them."
    )
    assert tolls(text, title="5 wounded in weekend shootings around Riverton") == (None, None)


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
        "One young man was killed and three others were wounded in two separate shootings on "
        "Monday night.\n\n"
        "A 22-year-old died at a hospital after he was shot in the chest near Alder Park.\n\n"
        "Shortly after 7:50 p.m., the young man was cycling north on Birch Avenue when he was "
        "shot, deputies said.\n\n"
        "At 9:05 p.m., three people were wounded in a shooting on Cedar Lane."
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
    "A baker, 38, was shot in the chest on Monday and died at a hospital. "
    "His nephew, 9, was in serious condition.\n\n"
    "Neighbors said the baker had just opened a second shop.\n\n"
    "Another man was fatally shot late Monday, and seven other people were wounded in "
    "attacks around Riverton.\n\n"
    "At about 10:05 p.m., a 23-year-old bartender was hit in the hip by gunfire. A carpenter, "
    "31, was grazed in the arm by a bullet and was taken to a hospital."
)


def test_a_story_that_ends_with_the_city_s_tally_keeps_its_own_incident() -> None:
    assert tolls(DIGEST) == (1, 1)
    reasons = {c.attrs.get("reason") for c in run(DIGEST).discarded if c.field == "injuries"}
    assert DIGEST_REASON in reasons


def test_among_the_people_shot_in_one_incident_is_no_tally() -> None:
    text = (
        "A bus driver was shot on Tuesday. Deputies said the driver was among five "
        "people shot. The four other victims went to hospitals."
    )
    assert tolls(text) == (None, 5)


def test_a_story_that_counts_its_victims_among_the_city_s_tally() -> None:
    text = (
        "A 15-year-old girl and a 22-year-old woman were shot on Alder Street early Wednesday, "
        "deputies said.\n\n"
        "The woman was in good condition at a hospital.\n\n"
        "The girl and the woman were among 9 people shot, one fatally, between Tuesday evening "
        "and dawn Wednesday, deputies said.\n\n"
        "Around 11:20 p.m. Tuesday, an 18-year-old cook took a bullet to the chest. He died at "
        "a hospital."
    )
    killed, injured = tolls(text)
    assert killed is None and injured != 8
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


def test_shootings_said_to_be_linked_are_one_incident_unless_the_sentence_denies_it() -> None:
    title = "Man killed, woman hurt on Larch Street"
    linked = "Police believe the two shootings are connected, a spokesman said."
    assert not is_roundup(Article(id="t", text=linked, title=title))
    # the denial sits before a clock's "a.m." in the same sentence: the sentence is read from
    # its start, not from the clock's stop
    unsaid = "Police did not say at 9 a.m. today whether the two shootings are connected."
    assert is_roundup(Article(id="t", text=unsaid, title=title))


@pytest.mark.parametrize(
    "text",
    [
        "No arrests have been made, but police believe the two shootings are connected.",
        "No arrests were made and police say the two shootings are related.",
        "Officers have not named the men; detectives think the two shootings are linked.",
    ],
)
def test_a_denial_in_another_clause_leaves_the_shootings_linked(text: str) -> None:
    # the "no" and "not" deny the arrests and the names, not the link between the shootings
    assert not is_roundup(
        Article(id="t", text=text, title="Man killed, woman hurt on Larch Street")
    )


@pytest.mark.parametrize(
    "text",
    [
        "There is no indication the two shootings are connected, a spokeswoman said.",
        "Nothing suggests the two shootings are related, police said.",
        "Detectives don't believe the two shootings are linked.",
    ],
)
def test_a_denial_of_the_link_keeps_the_roundup(text: str) -> None:
    assert is_roundup(Article(id="t", text=text, title="Man killed, woman hurt on Larch Street"))
