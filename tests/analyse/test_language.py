"""Articles the English analysis cannot read are stored with no facts, and say why."""

from __future__ import annotations

from newsfold.analyse import analyse, analyse_many
from newsfold.analyse.language import english_share, reads_as_english
from newsfold.reconcile import reconcile
from newsfold.records import Article

PORTUGUESE = (
    "A equipe do serviço de atendimento do bairro registrou na manhã de sexta-feira um "
    "incêndio em uma casa. Segundo os bombeiros, duas pessoas ficaram feridas e foram levadas "
    "ao hospital como medida de precaução."
)
ENGLISH = (
    "Two people were injured when a fire broke out at a house in Dunmore on Friday morning, "
    "the fire service said. They were taken to hospital as a precaution."
)


def article(i: str, text: str, language: str | None) -> Article:
    return Article(id=i, text=text, language=language, source="x.example", published="2024-05-03")


def test_an_article_in_another_language_yields_no_facts_and_says_why():
    analysis = analyse(article("pt1", PORTUGUESE, "pt"))
    event = analysis.event
    assert event.claims == [] and event.country is None and event.injuries is None
    assert event.notes and "Portuguese (pt)" in event.notes and "English only" in event.notes
    # the same through the batched path, next to an English article that is read
    batch = list(analyse_many([article("pt1", PORTUGUESE, "pt"), article("en1", ENGLISH, "en")]))
    assert [a.article_id for a in batch] == ["pt1", "en1"]
    assert batch[0].event.claims == [] and batch[1].event.injuries == 2


def test_english_misclassified_as_another_language_is_still_read():
    assert english_share(ENGLISH) > 0.2 and english_share(PORTUGUESE) < 0.05
    assert reads_as_english(article("e", ENGLISH, "fr"))
    assert analyse(article("e", ENGLISH, "fr")).event.injuries == 2
    # unknown language and English-based languages are read
    assert reads_as_english(article("u", ENGLISH, None))
    assert reads_as_english(article("p", "Dem don kill two people for market.", "pcm"))
    assert not reads_as_english(article("pt", PORTUGUESE, "pt"))


def test_an_event_of_unread_reports_says_so_in_its_notes():
    art = article("pt1", PORTUGUESE, "pt")
    rows = [{"article_id": "pt1", "duplicate_of": None, "kind": None}]
    event = reconcile("ev_pt", [art], [analyse(art)], rows)
    assert event.notes is not None and event.notes.startswith("Not analysed: the article is in")
