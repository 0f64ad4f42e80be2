"""clean_record: ids, metadata precedence, language, title repeats, content hashes."""

from __future__ import annotations

import pytest

from ingest.fixtures import BODY, PARAGRAPHS, TITLE, html_page
from newsfold.ingest import IngestError, clean_record, derive_id
from newsfold.records import RawRecord

URL = "https://www.vellmoor-herald.example/news/floods"


def raw(**fields: object) -> RawRecord:
    return RawRecord(origin=str(fields.pop("origin", "t.jsonl:1")), **fields)  # type: ignore[arg-type]


def test_derive_id_is_stable_and_depends_only_on_the_raw_content() -> None:
    a = raw(text=BODY, title=TITLE, url=URL, origin="a.txt")
    b = raw(text=BODY.replace("\n", "\r\n") + "\n", title=TITLE, url=URL, origin="<stdin>")
    assert derive_id(a) == derive_id(b)  # same article read twice, from elsewhere
    assert len(derive_id(a)) == 20
    assert derive_id(raw(text=BODY, title=TITLE, url=URL + "?v=2")) != derive_id(a)
    assert derive_id(raw(text=BODY, title="Other", url=URL)) != derive_id(a)
    assert derive_id(raw(html=html_page(), url=URL)) != derive_id(raw(html=html_page(), url=None))


def test_clean_record_keeps_the_callers_id_else_derives_it() -> None:
    assert clean_record(raw(text=BODY, id="caller-7")).id == "caller-7"
    r = raw(text=BODY, title=TITLE)
    assert clean_record(r).id == derive_id(r)


def test_callers_fields_win_and_are_normalised() -> None:
    article = clean_record(
        raw(
            html=html_page(),
            title="  Caller's   title ",
            published="14 March 2023",
            url=URL,
            source="Herald Group",
            language="EN-gb",
        )
    )
    assert article.title == "Caller's title"
    assert article.published == "2023-03-14"
    assert article.source == "Herald Group"
    assert article.language == "en"


def test_source_from_the_url_when_not_given() -> None:
    article = clean_record(raw(text=BODY, url="https://m.tarnvalleypost.example/x"))
    assert article.source == "tarnvalleypost.example"
    assert clean_record(raw(text=BODY)).source is None


def test_language_is_detected_when_not_given() -> None:
    assert clean_record(raw(text=BODY)).language == "en"
    french = (
        "Les eaux de la rivière ont envahi les rues basses de la ville mardi soir, obligeant "
        "environ trois cents habitants à quitter leur maison, selon le conseil municipal."
    )
    assert clean_record(raw(text=french)).language == "fr"
    shouted = BODY.upper()
    assert clean_record(raw(text=shouted)).language == "en"
    assert clean_record(raw(text="12 34 56")).language is None


def test_the_title_repeated_at_the_top_of_the_text_is_cut() -> None:
    article = clean_record(raw(text=f"{TITLE}\n\n{BODY}", title=TITLE))
    assert article.text == BODY
    assert article.removed == [TITLE]


def test_removed_lines_and_content_hash() -> None:
    copy = clean_record(raw(text=f"{BODY}\n\nShare this:\nLeave a Reply", url=URL + "/copy"))
    original = clean_record(raw(text=BODY.replace("’", "'"), url=URL))
    assert copy.removed == ["Share this:", "Leave a Reply"]
    assert copy.text == BODY
    assert copy.content_hash == original.content_hash  # exact copies, whatever the layout
    assert copy.id != original.id


def test_a_posted_on_line_gives_the_date_when_nothing_else_does() -> None:
    text = f"Posted on July 14, 2024 by Wiregrass Porch\n\n{BODY}"
    article = clean_record(raw(text=text, title=TITLE))
    assert article.published == "2024-07-14"
    assert article.text == BODY


def test_html_date_precedence_page_then_warc_date() -> None:
    dated = clean_record(raw(html=html_page(), crawled="2023-04-01T00:00:00Z"))
    assert dated.published == "2023-03-14"
    undated = clean_record(raw(html=html_page(date=None), crawled="2023-04-01T10:00:00Z"))
    assert undated.published == "2023-04-01T10:00:00+00:00"
    nothing = clean_record(raw(html=html_page(date=None)))
    assert nothing.published is None  # the footer's copyright year is not a date


def test_html_metadata_without_a_canonical_link_uses_the_given_url() -> None:
    article = clean_record(raw(html=html_page(canonical=None, site_name=None), url=URL))
    assert article.url == URL
    assert article.source == "vellmoor-herald.example"


def test_html_without_url_or_canonical_takes_the_site_name() -> None:
    article = clean_record(raw(html=html_page(canonical=None)))
    assert article.url is None
    assert article.source == "Vellmoor Herald"


def test_text_wins_over_html_when_both_are_given() -> None:
    article = clean_record(
        raw(text="The caller's own clean text about the flood.", html=html_page())
    )
    assert article.text == "The caller's own clean text about the flood."


def test_html_stored_in_a_text_field_is_turned_into_text() -> None:
    fragment = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + "<p>Share this:</p>"
    assert clean_record(raw(text=fragment)).text == "\n\n".join(PARAGRAPHS[:2])
    page = clean_record(raw(text=html_page()))
    assert page.text == "\n\n".join(PARAGRAPHS) and page.title == TITLE
    plain = "Water rose above 3 < 4 metres at the <old> mill, officials said."
    assert clean_record(raw(text=plain)).text == plain


@pytest.mark.parametrize("record", [raw(text="   \n "), raw(html="  "), raw()])
def test_empty_records_are_ingest_errors(record: RawRecord) -> None:
    with pytest.raises(IngestError) as err:
        clean_record(record)
    assert err.value.origin == "t.jsonl:1" and "empty" in err.value.reason


def test_paragraphs_from_html_are_separated_by_blank_lines() -> None:
    article = clean_record(raw(html=html_page()))
    assert article.text == "\n\n".join(PARAGRAPHS)
    assert article.words == sum(len(p.split()) for p in PARAGRAPHS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four people were hurt in the attack.[1][2][16] The gunman fled.",
            "Four people were hurt in the attack. The gunman fled.",
        ),
        (
            "He studied at Harrowgate College[27] until 2011.",
            "He studied at Harrowgate College until 2011.",
        ),
        (
            "The toll rose to nine,[note 3] officials said.",
            "The toll rose to nine, officials said.",
        ),
        ("It was the worst since 1990.[citation needed]", "It was the worst since 1990."),
        # an editor's insertion, a list marker and a year in brackets stay
        ('"He [the suspect] ran off," she said.', '"He [the suspect] ran off," she said.'),
        ("Options: [1] stay [2] leave", "Options: [1] stay [2] leave"),
        ("The report [2019] was cited.", "The report [2019] was cited."),
    ],
)
def test_reference_marks_are_removed_and_editorial_brackets_kept(text: str, expected: str) -> None:
    assert clean_record(raw(text=text, title="Marks")).text == expected
