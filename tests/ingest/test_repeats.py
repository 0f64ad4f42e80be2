"""Lines repeated across many articles of one source are cut; sentences and datelines never."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ingest.fixtures import PARAGRAPHS
from newsfold.ingest.clean import clean_record
from newsfold.ingest.repeats import MIN_ARTICLES, is_candidate, line_hash, strip_repeated_lines
from newsfold.records import Article, RawRecord

TAGLINE = "Stay up to date with the Herald app"
SENTENCE = "The investigation is ongoing."
DATELINE = "VELLMOOR (Herald) —"


class CountsStore:
    """What Store.source_line_counts / add_source_lines do, in memory."""

    def __init__(self) -> None:
        self.counts: dict[tuple[str, str], int] = defaultdict(int)
        self.asked: list[tuple[str, int]] = []

    def lookup(self, source: str, hashes: Sequence[str]) -> dict[str, int]:
        self.asked.append((source, len(hashes)))
        return {h: self.counts[(source, h)] for h in hashes if (source, h) in self.counts}

    def add(self, rows: list[tuple[str, str, int]]) -> None:
        for source, h, n in rows:
            self.counts[(source, h)] += n


def article(i: int, source: str | None = "herald.example", extra: Sequence[str] = ()) -> Article:
    paragraph = PARAGRAPHS[i % len(PARAGRAPHS)].replace("Tuesday", f"day {i}")
    text = "\n\n".join([DATELINE, paragraph, f"Story number {i} continues here.", *extra])
    return clean_record(RawRecord(origin=f"x:{i}", text=text, source=source))


def test_a_line_in_enough_articles_of_a_source_is_cut_from_all() -> None:
    store = CountsStore()
    batch = [article(i, extra=[SENTENCE, TAGLINE]) for i in range(MIN_ARTICLES)]
    out, counts = strip_repeated_lines(batch, store.lookup)
    for a in out:
        assert TAGLINE not in a.text and a.removed[-1] == TAGLINE
        assert SENTENCE in a.text  # a sentence of reporting stays
        assert a.text.startswith(DATELINE)  # and so does the dateline
    assert ("herald.example", line_hash(TAGLINE), MIN_ARTICLES) in counts
    assert out[0].content_hash != batch[0].content_hash


def test_below_the_threshold_nothing_is_cut_but_counts_are_kept_for_later() -> None:
    store = CountsStore()
    first = [article(i, extra=[TAGLINE]) for i in range(MIN_ARTICLES - 1)]
    out, counts = strip_repeated_lines(first, store.lookup)
    assert all(TAGLINE in a.text for a in out)
    store.add(counts)
    later, _ = strip_repeated_lines([article(10, extra=[TAGLINE])], store.lookup)
    assert TAGLINE not in later[0].text  # earlier chunks count


def test_sources_are_counted_apart_and_unknown_sources_are_left_alone() -> None:
    store = CountsStore()
    batch = [article(0, "a.example", [TAGLINE]), article(1, "b.example", [TAGLINE])]
    batch += [article(2, "c.example", [TAGLINE]), article(3, None, [TAGLINE])]
    out, counts = strip_repeated_lines(batch, store.lookup)
    assert all(TAGLINE in a.text for a in out)
    assert {c[0] for c in counts} == {"a.example", "b.example", "c.example"}


def test_exact_copies_count_once() -> None:
    store = CountsStore()
    same = article(1, extra=[TAGLINE])
    copies = [same, *[Article.from_dict({**same.to_dict(), "id": f"c{i}"}) for i in range(5)]]
    out, counts = strip_repeated_lines(copies, store.lookup)
    assert all(TAGLINE in a.text for a in out)
    assert ("herald.example", line_hash(TAGLINE), 1) in counts


def test_years_and_case_do_not_split_a_line() -> None:
    assert line_hash("Copyright 2016 WFAA") == line_hash("COPYRIGHT  2017 wfaa")
    assert line_hash("Copyright 2016 WFAA") != line_hash("Copyright 2016 KSAT")


def test_what_can_be_cut() -> None:
    assert is_candidate(TAGLINE)
    assert is_candidate("Copyright 2016 Vellmoor Herald. All rights reserved.")
    assert is_candidate("For more news, listen to Herald Radio here:")
    assert not is_candidate(SENTENCE)
    assert not is_candidate("No arrests have been made in connection with the fire.")
    assert not is_candidate(DATELINE)
    assert not is_candidate(PARAGRAPHS[0])  # too long to be furniture
    assert not is_candidate("")


def test_an_article_made_only_of_repeated_lines_is_kept_whole() -> None:
    store = CountsStore()
    batch = [
        clean_record(
            RawRecord(origin=f"x:{i}", text=f"{TAGLINE}\nHerald Radio", source="h.example")
        )
        for i in range(4)
    ]
    batch = [
        Article.from_dict({**a.to_dict(), "content_hash": str(i)}) for i, a in enumerate(batch)
    ]
    out, _ = strip_repeated_lines(batch, store.lookup)
    assert [a.text for a in out] == [a.text for a in batch]


def test_one_lookup_per_source_per_chunk() -> None:
    store = CountsStore()
    batch = [article(i, extra=[TAGLINE]) for i in range(6)]
    strip_repeated_lines(batch, store.lookup)
    assert [s for s, _ in store.asked] == ["herald.example"]


def test_with_the_real_store(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from newsfold.store import Store

    with Store(tmp_path / "t.db") as store:
        first, counts = strip_repeated_lines(
            [article(i, extra=[TAGLINE]) for i in range(2)], store.source_line_counts
        )
        store.add_source_lines(counts)
        assert all(TAGLINE in a.text for a in first)
        later, _ = strip_repeated_lines([article(9, extra=[TAGLINE])], store.source_line_counts)
        assert TAGLINE not in later[0].text
