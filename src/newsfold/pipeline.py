"""The orchestration of a run: read -> clean and analyse in parallel -> store -> group ->
reconcile -> store.

Resumable by construction: articles are committed batch by batch with their analyses; grouping
takes every stored article that has no event yet; reconciliation rewrites every event marked
stale. A run killed at any point leaves a consistent store, and the next run (on the same or
other input) finishes the work.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import Protocol

from newsfold import group, reconcile
from newsfold.analyse import analyse_many
from newsfold.analyse.fingerprint import analyser_id
from newsfold.ingest import IngestError, Skip, clean_record, read_inputs
from newsfold.ingest.clean import derive_id
from newsfold.ingest.repeats import strip_repeated_lines
from newsfold.reconcile import outlet_regions
from newsfold.records import Analysis, Article, RawRecord
from newsfold.store import Store, reanalysis

CHUNK = int(os.environ.get("NEWSFOLD_CHUNK", "256"))
"""Records per store transaction: a killed run loses at most the chunk in flight."""
WORKER_BATCH = 16  # articles per task sent to a worker process


@dataclass
class RunReport:
    run_id: int = 0
    read: int = 0
    new: int = 0
    existing: int = 0
    skipped: list[Skip] = field(default_factory=list)
    grouped: int = 0
    events_touched: int = 0
    events_total: int = 0
    status: str = "running"


class Listener:
    """Progress hooks (the CLI draws a Rich progress bar from them). All optional."""

    def stage(self, name: str, total: int | None = None) -> None: ...

    def advance(self, n: int = 1) -> None: ...

    def skipped(self, skip: Skip) -> None: ...


def default_jobs() -> int:
    return max(
        1,
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1),
    )


# -- the pure per-article work (runs in worker processes) -----------------------------------


def clean_batch(raws: Sequence[RawRecord]) -> list[Article | Skip]:
    out: list[Article | Skip] = []
    for raw in raws:
        try:
            out.append(clean_record(raw))
        except IngestError as err:
            out.append(err.to_skip())
        except Exception as err:  # a bug or a pathological input must not end the run
            out.append(Skip(raw.origin, f"could not be cleaned ({type(err).__name__}: {err})"))
    return out


def analyse_batch(articles: Sequence[Article]) -> list[Analysis | Skip]:
    try:
        return list(analyse_many(articles))
    except Exception:
        # fall back to one at a time so that one bad article does not sink its batch
        out: list[Analysis | Skip] = []
        for article in articles:
            try:
                out.extend(analyse_many([article]))
            except Exception as err:
                out.append(
                    Skip(article.origin, f"could not be analysed ({type(err).__name__}: {err})")
                )
        return out


class _Executor:
    """Maps batches over worker processes, or in-process for --jobs 1."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.pool: cf.ProcessPoolExecutor | None = None
        if jobs > 1:
            self.pool = cf.ProcessPoolExecutor(
                max_workers=jobs, mp_context=multiprocessing.get_context("spawn")
            )

    def map(
        self,
        fn: Callable[[Sequence], list],  # type: ignore[type-arg]
        items: list,  # type: ignore[type-arg]
        batch: int,
        on_batch: Callable[[int], None] | None = None,
    ) -> list:  # type: ignore[type-arg]
        """fn over batches of items, in order; on_batch(size) after each batch is done."""
        batches = [items[i : i + batch] for i in range(0, len(items), batch)]
        results: Iterable[list]  # type: ignore[type-arg]
        if self.pool is None or len(batches) == 1:
            results = (fn(b) for b in batches)
        else:
            results = self.pool.map(fn, batches)
        out = []
        for b, result in zip(batches, results, strict=True):
            out.extend(result)
            if on_batch:
                on_batch(len(b))
        return out

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


def _chunks(it: Iterable[RawRecord | Skip], size: int) -> Iterator[list[RawRecord | Skip]]:
    iterator = iter(it)
    while chunk := list(islice(iterator, size)):
        yield chunk


# -- a run ----------------------------------------------------------------------------------


def run(
    paths: Sequence[str],
    store: Store,
    *,
    jobs: int | None = None,
    listener: Listener | None = None,
) -> RunReport:
    """Read, analyse, store, group and reconcile; returns what happened."""
    listener = listener or Listener()
    report = RunReport(run_id=store.start_run(paths))

    def counts() -> dict[str, int]:
        return {
            "n_read": report.read,
            "n_new": report.new,
            "n_existing": report.existing,
            "n_skipped": len(report.skipped),
            "n_events": report.events_touched,
        }

    with _recorded(store, report, counts), closing(_Executor(jobs or default_jobs())) as executor:
        listener.stage("reading and analysing")
        seen: set[str] = set()
        for chunk in _chunks(read_inputs(paths), CHUNK):
            _ingest_chunk(chunk, store, executor, report, seen, listener)
        finish(store, report, listener)
    return report


class _Recorded(Protocol):
    run_id: int
    status: str


@contextmanager
def _recorded(
    store: Store, report: _Recorded, counts: Callable[[], dict[str, int]]
) -> Iterator[None]:
    """The run's record: "done" when the body ends, "interrupted" on Ctrl-C (re-raised),
    "failed" on any other error; with `counts()` as they stand then."""
    try:
        yield
        report.status = "done"
    except KeyboardInterrupt:
        report.status = "interrupted"
        raise
    finally:
        status = report.status if report.status != "running" else "failed"
        store.finish_run(report.run_id, status, **counts())


def _analysed(
    executor: _Executor, articles: list[Article], listener: Listener
) -> tuple[list[tuple[Article, Analysis]], list[Skip]]:
    """The articles analysed in the workers, paired with their analyses, and the skips."""
    by_id = {a.id: a for a in articles}
    pairs: list[tuple[Article, Analysis]] = []
    skips: list[Skip] = []
    for result in executor.map(analyse_batch, articles, WORKER_BATCH, listener.advance):
        if isinstance(result, Skip):
            skips.append(result)
        else:
            pairs.append((by_id[result.article_id], result))
    return pairs, skips


def _ingest_chunk(
    chunk: list[RawRecord | Skip],
    store: Store,
    executor: _Executor,
    report: RunReport,
    seen: set[str],
    listener: Listener,
) -> None:
    skips: list[Skip] = [x for x in chunk if isinstance(x, Skip)]
    raws: list[RawRecord] = []
    for raw in (x for x in chunk if isinstance(x, RawRecord)):
        report.read += 1
        raw.id = raw.id or derive_id(raw)
        if raw.id in seen:
            report.existing += 1
            continue
        seen.add(raw.id)
        raws.append(raw)
    known = store.known_ids([r.id for r in raws if r.id])
    report.existing += len(known)
    raws = [r for r in raws if r.id not in known]

    articles: list[Article] = []
    for result in executor.map(clean_batch, raws, WORKER_BATCH):
        if isinstance(result, Skip):
            skips.append(result)
        else:
            articles.append(result)
    articles, line_counts = strip_repeated_lines(articles, store.source_line_counts)

    pairs, failed = _analysed(executor, articles, listener)
    skips.extend(failed)

    report.new += store.add_articles(pairs, report.run_id)
    if line_counts:
        store.add_source_lines(line_counts)
    store.record_skips(report.run_id, [(s.origin, s.reason) for s in skips])
    for skip in skips:
        listener.skipped(skip)
    report.skipped.extend(skips)


def finish(store: Store, report: RunReport | None = None, listener: Listener | None = None) -> None:
    """Group every ungrouped article and reconcile every stale event (also resumes a run)."""
    listener = listener or Listener()
    run_id = report.run_id if report else None
    pending = len(store.unassigned_ids())
    listener.stage("grouping", pending)
    grouped = group.assign_pending(store, run_id)
    listener.advance(pending)
    stale = store.stale_event_ids()
    # the outlets' usual regions, from the whole store as it now stands; new articles (the
    # only way events go stale) may move them, and the events placed by an older table with it
    regions = outlet_regions.learn(store.conn) if stale else {}
    if stale:
        moved = outlet_regions.moved_hosts(store)
        store.mark_stale(outlet_regions.outdated_events(store, regions, moved))
        stale = store.stale_event_ids()
    listener.stage("reconciling", len(stale))
    for i in range(0, len(stale), 100):
        events = []
        for event_id in stale[i : i + 100]:
            assignments = store.event_assignments(event_id)
            ids = [a["article_id"] for a in assignments]
            events.append(
                reconcile.reconcile(
                    event_id, store.articles(ids), store.analyses(ids), assignments, regions
                )
            )
        store.save_events(events, run_id)
        listener.advance(len(events))
    if report is not None:
        report.grouped = grouped
        report.events_touched = len(stale)
        report.events_total = store.count_events()


@dataclass
class ReanalyseReport:
    run_id: int = 0
    outdated: int = 0
    reanalysed: int = 0
    failed: list[Skip] = field(default_factory=list)
    events_touched: int = 0
    events_total: int = 0
    status: str = "running"


def outdated_count(store: Store) -> int:
    """How many stored analyses an older (or other) analyser wrote."""
    return reanalysis.count_outdated(store, analyser_id())


def reanalyse(
    store: Store,
    *,
    everything: bool = False,
    jobs: int | None = None,
    listener: Listener | None = None,
) -> ReanalyseReport:
    """Analyse stored articles again with this newsfold and reconcile their events again.

    Only the analyses another analyser wrote, unless `everything`. Events keep their ids and
    their articles (grouping decisions stand: ids never change under an upgrade); each
    article's signature is replaced so that later articles are compared with the new analysis.
    Batch by batch, each in one transaction, so an interrupted reanalysis resumes where it
    stopped. An article whose new analysis fails keeps its old one, and is reported.
    """
    listener = listener or Listener()
    report = ReanalyseReport(run_id=store.start_run(["(reanalyse)"]))
    ids = reanalysis.all_ids(store) if everything else reanalysis.outdated_ids(store, analyser_id())
    report.outdated = len(ids)

    def counts() -> dict[str, int]:
        return {
            "n_read": report.outdated,
            "n_new": report.reanalysed,
            "n_existing": 0,
            "n_skipped": len(report.failed),
            "n_events": report.events_touched,
        }

    with _recorded(store, report, counts), closing(_Executor(jobs or default_jobs())) as executor:
        listener.stage("reanalysing", len(ids))
        for start in range(0, len(ids), CHUNK):
            articles = store.articles(ids[start : start + CHUNK])
            pairs, failed = _analysed(executor, articles, listener)
            for skip in failed:
                listener.skipped(skip)
            report.failed.extend(failed)
            changes = group.signature_changes(store, pairs)
            reanalysis.replace(store, [analysis for _, analysis in pairs], changes)
            report.reanalysed += len(pairs)
        store.record_skips(report.run_id, [(s.origin, s.reason) for s in report.failed])
        # also groups articles that were stored but never grouped (a run stopped before it)
        done = RunReport(run_id=report.run_id)
        finish(store, done, listener)
        report.events_touched = done.events_touched
        report.events_total = done.events_total
    return report


def extract(
    records: Iterable[RawRecord | Skip],
    *,
    jobs: int | None = None,
    on_skip: Callable[[Skip], None] | None = None,
) -> Iterator[tuple[Article, Analysis]]:
    """The stateless filter behind `newsfold extract`: clean and analyse, store nothing."""
    executor = _Executor(jobs or default_jobs())
    try:
        for chunk in _chunks(records, CHUNK):
            raws = [x for x in chunk if isinstance(x, RawRecord)]
            for x in chunk:
                if isinstance(x, Skip) and on_skip:
                    on_skip(x)
            articles = []
            for result in executor.map(clean_batch, raws, WORKER_BATCH):
                if isinstance(result, Skip):
                    if on_skip:
                        on_skip(result)
                else:
                    articles.append(result)
            by_id = {a.id: a for a in articles}
            for analysis in executor.map(analyse_batch, articles, WORKER_BATCH):
                if isinstance(analysis, Skip):
                    if on_skip:
                        on_skip(analysis)
                else:
                    yield by_id[analysis.article_id], analysis
    finally:
        executor.close()
