"""The `newsfold` command: thin wrappers that parse arguments, call the stages and report.

Exit status: 0 when every input was read, 3 when something was skipped (each skip is reported
on stderr with its file, line and reason), 2 for a usage error, 1 when the database cannot be
used.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, TextIO, TypeVar

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from newsfold import pipeline
from newsfold.ingest import Skip, read_inputs
from newsfold.store import Store, StoreError

EXIT_SKIPPED = 3
T = TypeVar("T")
DEFAULT_DB = "newsfold.db"

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="newsfold: news articles in, a deduplicated, source-linked database of events out.",
)
err = Console(stderr=True, highlight=False)

DbOption = Annotated[Path, typer.Option("--db", help="SQLite database file.")]
JobsOption = Annotated[
    int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: all cores).")
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]


class _RichListener(pipeline.Listener):
    """Draws the pipeline's progress with Rich (only on a terminal, never in pipes or CI)."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.task: TaskID | None = None

    def stage(self, name: str, total: int | None = None) -> None:
        if self.progress is None:
            return
        if self.task is not None:
            self.progress.update(self.task, visible=False)
        self.task = self.progress.add_task(name, total=total)

    def advance(self, n: int = 1) -> None:
        if self.progress is not None and self.task is not None:
            self.progress.advance(self.task, n)

    def skipped(self, skip: Skip) -> None:
        _report_skip(skip)


def _report_skip(skip: Skip) -> None:
    err.print(f"[yellow]skipped[/] {skip.origin}: {skip.reason}", markup=True, soft_wrap=True)


@contextmanager
def _progress(quiet: bool) -> Iterator[Progress | None]:
    if quiet or not sys.stderr.isatty():
        yield None
        return
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )
    with progress:
        yield progress


def _open_store(db: Path, *, readonly: bool = False) -> Store:
    if readonly and not db.exists():
        err.print(f"error: {db}: no such database (run `newsfold run` first)")
        raise typer.Exit(1)
    try:
        return Store(db, readonly=readonly)
    except StoreError as e:
        err.print(f"error: {e}")
        raise typer.Exit(1) from None
    except OSError as e:
        err.print(f"error: {db}: cannot open database ({e.strerror or e})")
        raise typer.Exit(1) from None


def _in_store(db: Path, quiet: bool, work: Callable[[Store, pipeline.Listener], T]) -> T:
    """`work` on the database with a progress bar; Ctrl-C exits 130, keeping what was
    committed (the next run carries on)."""
    store = _open_store(db)
    try:
        with _progress(quiet) as progress:
            return work(store, _RichListener(progress))
    except KeyboardInterrupt:
        err.print("interrupted: what was committed is kept; run again to carry on")
        raise typer.Exit(130) from None
    finally:
        store.close()


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    db: DbOption = Path(DEFAULT_DB),
    jobs: JobsOption = None,
    quiet: QuietOption = False,
) -> None:
    """Read articles, analyse them, group them into events and store everything."""
    report, outdated = _in_store(
        db,
        quiet,
        lambda store, listener: (
            pipeline.run(paths, store, jobs=jobs, listener=listener),
            pipeline.outdated_count(store),
        ),
    )
    typer.echo(
        f"read {report.read} articles: {report.new} new, {report.existing} already stored, "
        f"{len(report.skipped)} skipped; {report.events_touched} events updated, "
        f"{report.events_total} in {db}"
    )
    if outdated:
        err.print(
            f"note: {outdated} stored articles were analysed by another version of newsfold; "
            f"`newsfold reanalyse --db {db}` analyses them again and updates their events",
            soft_wrap=True,
            markup=False,
        )
    if report.skipped:
        reasons: dict[str, int] = {}
        for skip in report.skipped:
            reasons[skip.reason] = reasons.get(skip.reason, 0) + 1
        for reason, n in sorted(reasons.items(), key=lambda kv: -kv[1]):
            typer.echo(f"  skipped {n}: {reason}")
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def reanalyse(
    db: DbOption = Path(DEFAULT_DB),
    everything: Annotated[
        bool, typer.Option("--all", help="Every stored article, not only the outdated ones.")
    ] = False,
    jobs: JobsOption = None,
    quiet: QuietOption = False,
) -> None:
    """Analyse stored articles again with this version of newsfold and rewrite their events.

    Takes the articles whose analysis another version wrote (all of them with --all). Events
    keep their ids and their reports; their records, claims and conflicts are rebuilt from the
    new analyses. Interrupted, it resumes where it stopped when run again.
    """
    report = _in_store(
        db,
        quiet,
        lambda store, listener: pipeline.reanalyse(
            store, everything=everything, jobs=jobs, listener=listener
        ),
    )
    typer.echo(
        f"reanalysed {report.reanalysed} of {report.outdated} articles"
        + (f" ({len(report.failed)} kept their old analysis)" if report.failed else "")
        + f"; {report.events_touched} events updated, {report.events_total} in {db}"
    )
    if report.failed:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def extract(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files, directories, or - (default: stdin).")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    jobs: JobsOption = None,
    quiet: QuietOption = False,
) -> None:
    """Print one JSON line per article with its analysis under `event`; store nothing."""
    skipped: list[Skip] = []

    def on_skip(skip: Skip) -> None:
        skipped.append(skip)
        _report_skip(skip)

    out: TextIO = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        records = read_inputs(paths or ["-"])
        for article, analysis in pipeline.extract(records, jobs=jobs or 1, on_skip=on_skip):
            record = {
                **article.to_export(),
                "event": analysis.event.to_dict(),
                "discarded": [c.to_dict() for c in analysis.discarded],
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
    finally:
        if output:
            out.close()
    if skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def export(
    what: Annotated[
        str, typer.Option("--what", help="articles | events | claims | conflicts")
    ] = "events",
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl | csv | geojson")] = "jsonl",
    db: DbOption = Path(DEFAULT_DB),
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
) -> None:
    """Write the stored records of the data contract."""
    from newsfold.export import FORMATS, WHATS, ExportError
    from newsfold.export import export as write

    if what not in WHATS:
        raise typer.BadParameter(f"choose one of {', '.join(WHATS)}", param_hint="--what")
    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    store = _open_store(db, readonly=True)
    try:
        out: TextIO = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
        try:
            n = write(
                what, fmt, out, events=store.iter_events(), articles=store.iter_article_exports()
            )
        except ExportError as e:
            raise typer.BadParameter(str(e)) from None
        finally:
            if output:
                out.close()
    finally:
        store.close()
    if output:
        err.print(f"wrote {n} {what} to {output}")


@app.command()
def runs(db: DbOption = Path(DEFAULT_DB)) -> None:
    """List the runs recorded in the database, with what each skipped and why."""
    store = _open_store(db, readonly=True)
    try:
        for r in store.runs():
            typer.echo(
                f"run {r['id']} {r['started']} {r['status']}: read {r['n_read']}, "
                f"new {r['n_new']}, skipped {r['n_skipped']}, events {r['n_events']} "
                f"<- {' '.join(json.loads(r['inputs']))}"
            )
            for origin, reason in store.run_skips(r["id"]):
                typer.echo(f"  skipped {origin}: {reason}")
    finally:
        store.close()


@app.command()
def serve(
    db: DbOption = Path(DEFAULT_DB),
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (loopback unless you say so).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="TCP port.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar="NEWSFOLD_TOKEN",
            help="API token for writes (default: $NEWSFOLD_TOKEN, else a random one, printed).",
            show_default=False,
        ),
    ] = None,
    max_body_mb: Annotated[
        float, typer.Option("--max-body-mb", min=0.001, help="Largest request body, in MB.")
    ] = 20.0,
    no_server_paths: Annotated[
        bool,
        typer.Option("--no-server-paths", help="Refuse ingest of paths on the server."),
    ] = False,
) -> None:
    """Start the analyst's desk: web pages and a JSON API over the database."""
    import uvicorn

    from newsfold.web import Settings, create_app
    from newsfold.web.security import new_token

    _open_store(db).close()  # create or migrate it, with the CLI's error messages
    generated = not token
    token = token or new_token()
    settings = Settings(
        db_path=db,
        token=token,
        max_body=int(max_body_mb * 1024 * 1024),
        allow_server_paths=not no_server_paths,
    )
    web = create_app(settings)
    shown_host = f"[{host}]" if ":" in host else host
    typer.echo(f"newsfold desk on http://{shown_host}:{port}/ (database {db})")
    if generated:
        typer.echo(f"API token (for ingest and POST /api/articles): {token}")
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"warning: listening on {host}: reachable from other machines")
    uvicorn.run(web, host=host, port=port, log_level="warning", proxy_headers=False)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
