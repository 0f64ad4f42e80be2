"""analyse/quotes: direct and indirect quotes with speaker and channel, and agency credits."""

from __future__ import annotations

import pytest

from newsfold.analyse import quotes
from newsfold.analyse.context import Context
from newsfold.analyse.nlp import get_nlp
from newsfold.records import Article, Claim


def run(text: str) -> Context:
    ctx = Context(article=Article(id="t", text=text), doc=get_nlp()(text), anchor=None)
    quotes.annotate(ctx)
    for claim in ctx.event.claims:
        assert text[claim.start : claim.end] == claim.text  # every claim points at its span
    return ctx


def quotes_of(text: str) -> list[Claim]:
    return run(text).claims_for("quote")


def attributions(text: str) -> list[str]:
    return [c.value for c in run(text).claims_for("attribution")]


def test_a_direct_quote_split_by_its_attribution_is_one_quote() -> None:
    text = (
        "The army moved into the valley on Sunday.\n\n"
        "“We hold the ridge now,” a captain told AFP, “but the roads are still mined.”"
    )
    (q,) = quotes_of(text)
    assert q.value == "We hold the ridge now, but the roads are still mined."
    assert q.attrs == {
        "speaker": "a captain",
        "kind": "direct",
        "channel": "AFP",
        "channel_kind": "agency",
    }
    assert q.text.startswith("“We hold") and q.text.endswith("mined.”")


def test_speaker_with_apposition_and_channel_after_it() -> None:
    text = (
        "“The shooting went on all night and we hid under the beds,” said Ana Ruiz, a "
        "52-year-old seamstress in the area, to Reuters."
    )
    (q,) = quotes_of(text)
    assert q.attrs["speaker"] == "Ana Ruiz, a 52-year-old seamstress in the area"
    assert q.attrs["channel"] == "Reuters"
    assert q.attrs["kind"] == "direct"


def test_speaker_before_the_quote_on_a_platform() -> None:
    text = "The governor wrote on Twitter: “Order will be restored in every district.”"
    (q,) = quotes_of(text)
    assert q.attrs["speaker"] == "The governor"
    assert q.attrs["channel"] == "Twitter"
    assert q.attrs["channel_kind"] == "platform"


def test_a_quote_paragraph_without_attribution_continues_the_speaker() -> None:
    text = (
        "“We were not warned,” said Tomas Ibarra, who runs a shop on the square.\n\n"
        "“Nobody came to help us for hours after it started.”"
    )
    first, second = quotes_of(text)
    assert first.attrs["speaker"] == "Tomas Ibarra, who runs a shop on the square"
    assert second.attrs["speaker"] == first.attrs["speaker"]


def test_scare_quotes_are_not_quotes() -> None:
    text = "Officials blamed “saboteurs” for the attack on the “barrios” of the city."
    assert quotes_of(text) == []


def test_indirect_quote_told_an_agency() -> None:
    text = "A police spokesman told Reuters that four suspects had been detained overnight."
    (q,) = quotes_of(text)
    assert q.value == "four suspects had been detained overnight"
    assert q.attrs["speaker"] == "A police spokesman"
    assert q.attrs["channel"] == "Reuters"
    assert q.attrs["kind"] == "indirect"
    assert attributions(text) == ["Reuters"]


def test_indirect_quote_said() -> None:
    text = "The mayor said the curfew would remain in force until Monday."
    (q,) = quotes_of(text)
    assert q.value == "the curfew would remain in force until Monday"
    assert q.attrs["speaker"] == "The mayor"
    assert "channel" not in q.attrs


def test_sentence_initial_indirect_quote() -> None:
    text = "We are living in fear, one resident told the Associated Press news agency."
    (q,) = quotes_of(text)
    assert q.value == "We are living in fear"
    assert q.attrs["channel"] == "AP"
    assert attributions(text) == ["AP"]


def test_pronoun_speaker_takes_the_previous_speaker() -> None:
    text = (
        "Health Minister Rosa Diaz said 40 people were treated in hospital. She said two of "
        "them were in a critical condition."
    )
    first, second = quotes_of(text)
    assert first.attrs["speaker"] == "Health Minister Rosa Diaz"
    assert second.attrs["speaker"] == "Health Minister Rosa Diaz"


def test_local_media_is_a_media_channel_not_an_agency() -> None:
    text = "Local media reported that the bridge had been closed since Tuesday."
    (q,) = quotes_of(text)
    assert q.attrs["channel"] == "local media"
    assert q.attrs["channel_kind"] == "media"
    assert attributions(text) == []


def test_according_to_an_agency() -> None:
    text = "According to AFP, troops entered the town on Friday after a week of fighting."
    (q,) = quotes_of(text)
    assert q.value == "troops entered the town on Friday after a week of fighting"
    assert q.attrs["channel"] == "AFP"
    assert attributions(text) == ["AFP"]


def test_according_to_a_person_is_no_attribution() -> None:
    text = "The police had taken control of the area, according to Interior Minister Luis Vega."
    (q,) = quotes_of(text)
    assert q.attrs["speaker"] == "Interior Minister Luis Vega"
    assert attributions(text) == []


def test_an_outlet_the_lists_do_not_know() -> None:
    text = (
        "“The gang has left the district,” an officer told the Meridian Press news agency.\n\n"
        "Two officers were wounded, Meridian Press reported."
    )
    (q,) = quotes_of(text)[:1]
    assert q.attrs["channel"] == "Meridian Press"
    assert set(attributions(text)) == {"Meridian Press"}


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("DALLAS (AP) — Two people were shot outside a nightclub early Sunday.", "AP"),
        ("KABUL (Reuters) - A bomb exploded near a market on Monday.", "Reuters"),
        ("Gunmen attacked a convoy on Monday, Reuters reported.", "Reuters"),
        ("Five people were hurt, AFP news agency said.", "AFP"),
        ("Copyright 2015 The Associated Press. All rights reserved.", "AP"),
        ("The Associated Press contributed to this report.", "AP"),
        ("Troops fired on the crowd, Agence France-Presse reported.", "AFP"),
    ],
)
def test_wire_attributions(text: str, agency: str) -> None:
    assert agency in attributions(text)


def test_no_attribution_without_an_agency() -> None:
    text = "Residents said the shooting started at about 10 p.m. near the park (see map)."
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("the Associated Press news agency", "AP"),
        ("Agence France-Presse", "AFP"),
        ("AFP", "AFP"),
        ("the Sextant Press news agency", "Sextant Press"),
        ("Reuters", "Reuters"),
        ("the city council", None),
        ("ap", None),
    ],
)
def test_agency_names(raw: str, name: str | None) -> None:
    assert quotes.agency_name(raw) == name


def test_the_speaker_is_not_the_clause_before_and() -> None:
    # the parse may take "X has one of the highest rates, and traders" for one subject
    text = (
        "The province has long had one of the highest crime rates in the region, and market "
        "traders in the old town say they pay gangs every week to stay open."
    )
    (q,) = quotes_of(text)
    assert q.attrs["speaker"] == "market traders in the old town"


def test_two_speakers_joined_by_and_are_one_speaker() -> None:
    text = "Ana Ruiz, 40, and her son said the soldiers had taken everything from the house."
    (q,) = quotes_of(text)
    assert q.attrs["speaker"] == "Ana Ruiz, 40, and her son"


def test_a_clock_time_or_abbreviation_stop_does_not_end_the_attribution() -> None:
    # the sentence goes on past "a.m. on" and "St. near" (sentence_end), to its speech verb
    text = (
        "“We will not rest until the men are caught,” at 4 a.m. on Elm St. near the school, "
        "the sheriff said."
    )
    (q,) = quotes_of(text)
    assert q.attrs["speaker"] == "the sheriff"
    # and back past "a.m. Tuesday" (sentence_start) to the verb before the quote
    text = "Mayor Dana Holt said at 10 a.m. Tuesday: “We will not rest until they are caught.”"
    (q,) = quotes_of(text)
    assert q.attrs["speaker"] == "Mayor Dana Holt"
    # a stop before another capitalised word still ends the sentence: no verb after it counts
    text = "“We will not rest until the men are caught.” It was 4 p.m. The sheriff said little."
    (q,) = quotes_of(text)
    assert q.attrs["speaker"] is None


def test_quote_segments_find_each_mark_s_pair() -> None:
    from newsfold.analyse.quotes import quote_segments

    text = 'She said “we are fine” and «bonjour» and "ok".'
    assert [text[a:b] for a, b in quote_segments(text)] == ["we are fine", "bonjour", "ok"]
    # an unclosed mark, or one closed only after a paragraph break, opens nothing: the search
    # goes on from the next character
    text = 'An “open mark.\n\nThen "a quote" here.'
    assert [text[a:b] for a, b in quote_segments(text)] == ["a quote"]
    assert quote_segments("No marks at all.") == []
    assert quote_segments("„Gut“") == [(1, 4)]
