"""Ingest jobs: posted records, uploaded files, pasted text or server paths, run through the
same pipeline as `newsfold run` (ingest -> analyse -> group -> reconcile), one job at a time.

A job's input is written to a private temporary folder (JSON records as one `.jsonl` file,
pasted text as a `.txt` file, uploads under their own names) and handed to `pipeline.run`,
so the web and the command line read input the same way and report skips the same way. Jobs
run in one worker thread with its own writable connection; the pages and the API read through
their own read-only connections meanwhile (SQLite WAL). Progress comes from the pipeline's
listener hooks and is polled by the job page.
"""

from __future__ import annotations

import json
import queue
import re
import secrets
import shutil
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsfold import pipeline
from newsfold.ingest.clean import derive_id
from newsfold.records import RawRecord
from newsfold.store import Store, queries

KEEP_JOBS = 200
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
INPUT_FIELDS = ("id", "text", "html", "title", "published", "url", "source", "language")


@dataclass
class Job:
    """One ingest job and what is known of its progress."""

    id: str
    label: str
    created: float = field(default_factory=time.time)
    status: str = "queued"  # queued | running | done | failed
    stage: str = "queued"
    done: int = 0
    total: int | None = None
    error: str | None = None
    report: dict[str, Any] = field(default_factory=dict)
    article_ids: list[str] = field(default_factory=list)  # known up front for posted records
    rejected: list[dict[str, str]] = field(default_factory=list)  # records refused on arrival
    finished: threading.Event = field(default_factory=threading.Event, repr=False)
    # what the worker runs: input paths, and the temp folder to delete afterwards
    paths: list[str] = field(default_factory=list, repr=False)
    workdir: Path | None = field(default=None, repr=False)
    display: dict[str, str] = field(default_factory=dict, repr=False)  # temp path -> label

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "status": self.status,
            "stage": self.stage,
            "done": self.done,
            "total": self.total,
            "error": self.error,
            "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.created)),
            "report": self.report,
            "rejected": self.rejected,
        }

    def show(self, origin: str) -> str:
        """An origin with the temporary folder replaced by what the user gave."""
        for prefix, label in self.display.items():
            if origin.startswith(prefix):
                return label + origin[len(prefix) :]
        return origin


class _JobListener(pipeline.Listener):
    def __init__(self, job: Job) -> None:
        self.job = job

    def stage(self, name: str, total: int | None = None) -> None:
        self.job.stage = name
        self.job.done = 0
        if total is not None or name != "reading and analysing":
            self.job.total = total

    def advance(self, n: int = 1) -> None:
        self.job.done += n


def validate_records(data: Any) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """Input records of the contract from a decoded JSON body (an object or a list of them).

    Returns (records, rejected): a record that is not an object, has neither `text` nor `html`,
    or has a field of the wrong type is rejected with its position and the reason; the rest go
    on (as for files, one bad record never stops the others).
    """
    items = data if isinstance(data, list) else [data]
    records: list[dict[str, Any]] = []
    rejected: list[dict[str, str]] = []
    for n, item in enumerate(items, 1):
        origin = f"record {n}"
        if not isinstance(item, dict):
            rejected.append({"origin": origin, "reason": "not a JSON object"})
            continue
        bad = [
            k for k in INPUT_FIELDS if item.get(k) is not None and not isinstance(item.get(k), str)
        ]
        if bad:
            rejected.append({"origin": origin, "reason": f"not a string: {', '.join(bad)}"})
            continue
        if not (item.get("text") or "").strip() and not (item.get("html") or "").strip():
            rejected.append({"origin": origin, "reason": "neither text nor html"})
            continue
        records.append({k: item[k] for k in INPUT_FIELDS if item.get(k) is not None})
    return records, rejected


class JobManager:
    """Queues ingest jobs and runs them one after another in a worker thread."""

    def __init__(self, db_path: Path, *, run: Callable[..., Any] | None = None) -> None:
        self.db_path = db_path
        self._run = run or pipeline.run
        self._jobs: dict[str, Job] = {}
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._tmp: Path | None = None  # made on the first job

    # -- submitting ------------------------------------------------------------------------

    def submit_records(self, records: list[dict[str, Any]], rejected: list[dict[str, str]]) -> Job:
        """A job for input records (dicts of the contract's input fields)."""
        job = self._new(f"{len(records)} posted record(s)")
        job.rejected = rejected
        job.total = len(records)
        path = job.workdir / "posted.jsonl"  # type: ignore[operator]
        with path.open("w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        job.paths = [str(path)]
        job.display[str(path)] = "posted"
        job.article_ids = [
            record.get("id") or derive_id(RawRecord.from_dict({**record, "origin": ""}))
            for record in records
        ]
        return self._enqueue(job)

    def submit_form(
        self,
        *,
        text: str | None = None,
        files: list[tuple[str, bytes]] | None = None,
        paths: list[str] | None = None,
    ) -> Job:
        """A job for the ingest form: pasted text, uploaded files and/or server paths."""
        parts = []
        job = self._new("")
        assert job.workdir is not None
        if text and text.strip():
            pasted = job.workdir / "pasted.txt"
            pasted.write_text(text, encoding="utf-8")
            job.paths.append(str(pasted))
            job.display[str(pasted)] = "pasted text"
            parts.append("pasted text")
        for n, (name, content) in enumerate(files or [], 1):
            folder = job.workdir / f"upload{n}"
            folder.mkdir()
            target = folder / (_SAFE_NAME.sub("_", Path(name).name).lstrip(".") or "upload")
            target.write_bytes(content)
            job.paths.append(str(target))
            job.display[str(target)] = f"upload {Path(name).name}"
            parts.append(Path(name).name)
        for path in paths or []:
            job.paths.append(path)
            parts.append(path)
        job.label = ", ".join(parts) or "nothing"
        return self._enqueue(job)

    def _new(self, label: str) -> Job:
        job = Job(id=secrets.token_urlsafe(9), label=label)
        with self._lock:
            if self._tmp is None:
                self._tmp = Path(tempfile.mkdtemp(prefix="newsfold-ingest-"))
        job.workdir = Path(tempfile.mkdtemp(prefix=f"job-{job.id}-", dir=self._tmp))
        return job

    def _enqueue(self, job: Job) -> Job:
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEEP_JOBS:
                oldest = next(iter(self._jobs))
                if not self._jobs[oldest].finished.is_set():
                    break
                del self._jobs[oldest]
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._work, name="newsfold-ingest", daemon=True
                )
                self._thread.start()
        self._queue.put(job)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def recent(self, n: int = 10) -> list[Job]:
        with self._lock:
            return list(self._jobs.values())[-n:][::-1]

    # -- running -----------------------------------------------------------------------------

    def _work(self) -> None:
        store: Store | None = None
        try:
            while True:
                job = self._queue.get()
                if job is None:
                    return
                try:
                    if store is None:
                        store = Store(self.db_path)
                    self._execute(job, store)
                except Exception as err:  # a job's failure is reported, never kills the worker
                    job.status = "failed"
                    job.error = f"{type(err).__name__}: {err}"
                    job.report.setdefault("traceback", traceback.format_exc(limit=5))
                finally:
                    if job.workdir is not None:
                        shutil.rmtree(job.workdir, ignore_errors=True)
                    job.finished.set()
        finally:
            if store is not None:
                store.close()

    def _execute(self, job: Job, store: Store) -> None:
        job.status = "running"
        job.stage = "starting"
        report = self._run(job.paths, store, jobs=1, listener=_JobListener(job))
        skipped = [{"origin": job.show(s.origin), "reason": s.reason} for s in report.skipped]
        known = store.known_ids(job.article_ids)
        ids = [i for i in job.article_ids if i in known]
        if not ids:  # files, or ids the reader derived differently: what this run stored
            ids = queries.article_ids_of_run(store, report.run_id)
        found = queries.assignments_for(store, ids)
        job.report = {
            "run_id": report.run_id,
            "read": report.read,
            "new": report.new,
            "existing": report.existing,
            "skipped": skipped,
            "events_touched": report.events_touched,
            "events_total": report.events_total,
            "articles": [
                {"id": i, **found.get(i, {"event_id": None, "duplicate_of": None, "kind": None})}
                for i in ids
            ],
        }
        job.status = "done"
        job.stage = "done"

    def close(self) -> None:
        """Stop the worker after the queued jobs, and remove the temporary folder."""
        if self._thread is not None and self._thread.is_alive():
            self._queue.put(None)
            self._thread.join(timeout=30)
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
