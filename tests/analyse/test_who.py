"""analyse/who: actors in ACLED's manner of names, and the names grouping uses."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from newsfold.analyse import what, who
from newsfold.analyse.context import Context
from newsfold.analyse.nlp import get_nlp
from newsfold.records import Article


def run(text: str, country: str | None) -> Context:
    ctx = Context(article=Article(id="t", text=text), doc=get_nlp()(text), anchor=None)
    ctx.event.country = country
    what.annotate(ctx)
    who.annotate(ctx)
    return ctx


def actors(text: str, country: str | None = "Nigeria") -> tuple[str | None, ...]:
    ev = run(text, country).event
    return ev.actor1, ev.assoc_actor_1, ev.actor2, ev.assoc_actor_2


def test_police_against_a_named_gang() -> None:
    text = (
        "Police and soldiers moved into the hillside district on Friday. Residents say at least "
        "nine people have died since Tuesday in fighting between police and the Red Lizard "
        "gang, including several bystanders."
    )
    a1, _, a2, assoc2 = actors(text, "Ecuador")
    assert a1 == "Police Forces of Ecuador"
    assert a2 == "Red Lizard Gang"
    assert assoc2 == "Civilians (Ecuador)"


def test_police_against_unnamed_gangs() -> None:
    text = "Police clashed with armed gangs in the capital's poorest districts on Wednesday."
    a1, _, a2, _ = actors(text, "Venezuela")
    assert a1 == "Police Forces of Venezuela"
    assert a2 == "Unidentified Gang (Venezuela)"


def test_passive_voice_gives_the_agent_as_actor1() -> None:
    a1, _, a2, _ = actors("Three farmers were killed by unidentified gunmen in the village.")
    assert a1 == "Unidentified Armed Group (Nigeria)"
    assert a2 == "Civilians (Nigeria)"


def test_victims_kind_is_the_associated_actor() -> None:
    a1, _, a2, assoc2 = actors("Armed men abducted five schoolgirls and two teachers.")
    assert a1 == "Unidentified Armed Group (Nigeria)"
    assert a2 == "Civilians (Nigeria)"
    assert assoc2 == "Students (Nigeria)"


def test_named_armed_group() -> None:
    a1, _, a2, _ = actors("Al Shabaab militants attacked a military base near the town.", "Somalia")
    assert a1 == "Al Shabaab"
    assert a2 == "Military Forces of Somalia"


def test_the_demonym_names_foreign_forces() -> None:
    a1, *_ = actors("Turkish forces shelled several villages in the countryside.", "Syria")
    assert a1 == "Military Forces of Turkey"


def test_protesters_and_the_forces_that_dispersed_them() -> None:
    text = "Police fired tear gas to disperse hundreds of nurses who were protesting unpaid wages."
    a1, assoc1, a2, _ = actors(text, "Kenya")
    assert a1 == "Protesters (Kenya)"
    assert a2 == "Police Forces of Kenya"
    assert assoc1 in (None, "Health Workers (Kenya)")


def test_peaceful_protest_has_no_second_actor() -> None:
    a1, assoc1, a2, _ = actors("Taxi drivers protested outside the ministry.", "Peru")
    assert a1 == "Protesters (Peru)"
    assert assoc1 == "Labour Group (Peru)"
    assert a2 is None


def test_rioters() -> None:
    a1, _, a2, _ = actors("Protesters burned tyres and threw stones at police officers.", "Chile")
    assert a1 == "Rioters (Chile)"
    assert a2 == "Police Forces of Chile"


def test_without_a_country_the_suffix_is_left_out() -> None:
    a1, _, a2, _ = actors("Gunmen shot dead a farmer in his field.", None)
    assert a1 == "Unidentified Armed Group"
    assert a2 == "Civilians"


def test_no_event_no_actors() -> None:
    assert actors(
        "Shares rallied as investors welcomed the quarterly earnings of the bank, "
        "and the stock index closed higher."
    ) == (None, None, None, None)


def test_actor_claims_point_at_their_phrases() -> None:
    text = "Three farmers were killed by unidentified gunmen in the village."
    ctx = run(text, "Nigeria")
    claims = {c.field: c for c in ctx.event.claims if c.field.startswith(("actor", "assoc"))}
    assert set(claims) >= {"actor1", "actor2"}
    for claim in claims.values():
        assert text[claim.start : claim.end] == claim.text
    assert "gunmen" in claims["actor1"].text
    assert "farmers" in claims["actor2"].text


# --- names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("Mr. John Smith's", "john smith"),
        ("President Nicolás Álvarez", "nicolas alvarez"),
        ("Interior Minister Ana Pérez-Gil", "ana perez-gil"),
        ("Dr Mary O'Neil", "mary o neil"),
        ("Sgt. Tom Lee’s", "tom lee"),
    ],
)
def test_normalise_name(raw: str, normal: str) -> None:
    assert who.normalise_name(raw) == normal


def test_names_people_and_groups_not_outlets() -> None:
    text = (
        "Police said Marcus Dwayne Hill, 24, shot Jerome Baptiste outside the bar on Friday. "
        "Hill was arrested on Saturday, police told Reuters and the Daily Courier. The Red "
        "Lizard gang denied any link, The Associated Press reported."
    )
    ctx = run(text, "United States")
    assert "marcus dwayne hill" in ctx.names
    assert "jerome baptiste" in ctx.names
    assert "red lizard gang" in ctx.names
    assert "hill" not in ctx.names  # a lone surname is left out
    for outlet in ("reuters", "daily courier", "associated press", "the associated press"):
        assert outlet not in ctx.names


def test_names_are_deduplicated_in_order() -> None:
    text = (
        "Maria Lopez, 31, was shot dead on Elm Street. Neighbours said Maria Lopez had moved "
        "there in June. Police are looking for Daniel Cruz."
    )
    ctx = run(text, "United States")
    assert ctx.names[:2] == ["maria lopez", "daniel cruz"]


def test_a_city_police_department_is_not_a_country() -> None:
    text = "Sacramento police exchanged fire with a gunman outside a bar."
    a1, *_ = actors(text, "United States")
    assert a1 == "Police Forces of United States"


def test_a_bomb_under_a_military_truck_targets_the_military() -> None:
    text = (
        "Four soldiers were killed and two wounded on Monday when their truck hit a landmine on "
        "the road north of the garrison town, an army spokesman said. No group has claimed the "
        "blast, but rebels have mined roads in the area before."
    )
    a1, _, a2, _ = actors(text, "Chad")
    assert a2 == "Military Forces of Chad"
    assert a1 == "Unidentified Armed Group (Chad)"


def test_a_roadside_bomb_with_nobody_named_is_an_unidentified_group() -> None:
    text = "Two police officers were wounded when a roadside bomb exploded beside their patrol car."
    a1, _, a2, _ = actors(text, "Niger")
    assert (a1, a2) == ("Unidentified Armed Group (Niger)", "Police Forces of Niger")


def test_a_bomb_among_civilians_targets_civilians() -> None:
    text = "A bomb hidden in a cart exploded in a crowded market, killing six traders."
    a1, _, a2, assoc2 = actors(text, "Somalia")
    assert (a1, a2, assoc2) == (
        "Unidentified Armed Group (Somalia)",
        "Civilians (Somalia)",
        "Labour Group (Somalia)",
    )


def test_soldiers_alongside_police_are_the_associated_actor() -> None:
    text = (
        "Police officers and soldiers fought the Black Viper gang for two days in the hillside "
        "district, leaving five people dead."
    )
    a1, assoc1, a2, _ = actors(text, "Guatemala")
    assert (a1, assoc1, a2) == (
        "Police Forces of Guatemala",
        "Military Forces of Guatemala",
        "Black Viper Gang",
    )


def test_a_march_broken_up_with_tear_gas() -> None:
    text = (
        "Police fired tear gas to break up a march by hundreds of traders protesting against "
        "higher fuel prices, and 12 people were injured, hospital staff said."
    )
    a1, _, a2, _ = actors(text, "Kenya")
    assert (a1, a2) == ("Protesters (Kenya)", "Police Forces of Kenya")


# --- a person's titles (lexicon.PERSON_TITLES) and an outlet's web address --------------------


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("Coroner Lena Whitfield", "lena whitfield"),
        ("Councilwoman Ada Quell", "ada quell"),
        ("Prime Minister Ana Pérez", "ana perez"),
        ("Da Silva Ramos", "da silva ramos"),  # a surname's particle, not a district attorney
    ],
)
def test_a_job_from_the_one_list_opens_a_name(raw: str, normal: str) -> None:
    assert who.normalise_name(raw) == normal


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, 31, was shot on Elm Street. Follow Jim Kxyzdfw.com for updates.",
        "Ana Ruiz, 31, was shot on Elm Street, Dale Kxyzdfw . com reported.",
        "Ana Ruiz, 31, was shot on Elm Street. Stay with Wkrz Kxyzdfw . com for updates.",
    ],
)
def test_a_web_address_is_not_a_person(text: str) -> None:
    names = run(text, "United States").names
    assert not any("kxyzdfw" in name for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot on Elm Street, according to Kxyzdfw.com Tom Baker.",
        "Get the app from Kxyzdfw . com and Tom Baker said so.",
        "Police said they had arrested Tom Baker. TV crews filmed the arrest.",
        "Police said they had arrested Tom Baker. Gov. Ann Lee praised the officers.",
        "Police Capt. Tom Baker told kxyzdfw.com the shooter had fled.",
    ],
)
def test_a_name_beside_a_web_address_or_a_sentence_end_stays_a_person(text: str) -> None:
    assert "tom baker" in run(text, "United States").names


def _span(text: str, words: str) -> Span:
    doc = get_nlp()(text)
    start = next(t.i for t in doc if t.idx == text.index(words))
    end = next(t.i + 1 for t in doc if t.idx + len(t) == text.index(words) + len(words))
    return Span(doc, start, end, label="PERSON")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ana Ruiz, 31, was shot on Elm Street, kxyzdfw com reported.", "kxyzdfw com"),
        ("Ana Ruiz, 31, was shot on Elm Street. wkrz net For updates, stay with us.", "wkrz"),
    ],
)
def test_a_host_without_its_dot_is_no_person(text: str, words: str) -> None:
    # a scrape lost the dot of "kxyzdfw.com": no name is written in lower case with "com"
    assert who._is_web_address(_span(text, words))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Police said Kxyz Com was shot on Elm Street.", "Kxyz Com"),
        ("Police Capt. Tom Baker told kxyzdfw com the shooter had fled.", "Tom Baker"),
        ("Police said Tom Baker org the march.", "Tom Baker"),
    ],
)
def test_a_capitalised_name_or_one_before_a_host_stays_a_person(text: str, words: str) -> None:
    assert not who._is_web_address(_span(text, words))
