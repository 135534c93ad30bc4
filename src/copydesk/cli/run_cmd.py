"""``copydesk run``: a corpus from WARC files, folders of HTML and JSONL records; ``copydesk search``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import TracebackType

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

from copydesk.cli.output import available_cores
from copydesk.options import CorpusOptions
from copydesk.runners.local import RunError, run_local
from copydesk.sources import SourceError
from copydesk.sources.inputs import expand_inputs


class RunProgress:
    """The run's progress on standard error: a bar per stage with pages, pages/s, errors and ETA (on a
    terminal); plain lines otherwise."""

    def __init__(self) -> None:
        self._console = Console(stderr=True, highlight=False)
        self._live = sys.stderr.isatty()
        self._progress: Progress | None = None
        self._task = TaskID(0)
        self._pages = 0
        self._errors = 0
        self._by_bytes = False

    def __enter__(self) -> RunProgress:
        if self._live:
            self._progress = Progress(
                TextColumn("{task.description:<9}"),
                BarColumn(),
                TextColumn("{task.fields[pages]} pages"),
                TextColumn("{task.fields[rate]}"),
                TextColumn("errors {task.fields[errors]}"),
                TimeRemainingColumn(),
                console=self._console,
            )
            self._progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def stage(self, name: str, total: int | None) -> None:
        self._pages = 0
        self._errors = 0
        self._by_bytes = total is None
        if self._progress is None:
            self._console.print(f"copydesk run: {name} ...")
            return
        self._task = self._progress.add_task(name, total=total, pages=0, rate="", errors=0)

    def advance(self, pages: int, errors: int) -> None:
        self._pages += pages
        self._errors += errors
        if self._progress is None:
            return
        if not self._by_bytes:
            self._progress.advance(self._task, pages)
        elapsed = self._progress.tasks[self._task].elapsed or 0.0
        rate = f"{self._pages / elapsed:.0f}/s" if elapsed > 0 else ""
        self._progress.update(self._task, pages=self._pages, errors=self._errors, rate=rate)

    def position(self, done: int, total: int) -> None:
        if self._progress is not None and self._by_bytes:
            self._progress.update(self._task, completed=done, total=max(total, 1))

    def message(self, text: str) -> None:
        self._console.print(text, markup=False)


@click.command("run")
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="Output folder, or FILE.db.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["jsonl", "parquet", "sqlite"]),
    default=None,
    help="jsonl (gzip shards, the default), parquet (shards) or sqlite (the default for an output named *.db).",
)
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Worker processes [default: the cores].")
@click.option("--dedup", type=click.Choice(["mark", "drop", "off"]), default="mark", show_default=True)
@click.option("--no-templates", is_flag=True, help="Do not learn and remove per-site recurring blocks.")
@click.option(
    "--page-timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True, help="Seconds a page may take."
)
@click.option("--batch-size", type=click.IntRange(min=1), default=200, show_default=True, help="Pages per work unit.")
@click.option("--field", "fields", multiple=True, metavar="ROLE=NAME", help="JSONL record field for a role.")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True)
@click.option(
    "--spark-master",
    metavar="URL",
    help="With --engine spark: the master (local[4], spark://host:7077); default: spark-submit's, else local[*].",
)
def run_command(
    sources: tuple[str, ...],
    output: Path,
    output_format: str | None,
    workers: int | None,
    dedup: str,
    no_templates: bool,
    page_timeout: float,
    batch_size: int,
    fields: tuple[str, ...],
    engine: str,
    spark_master: str | None,
) -> None:
    """Build a corpus from SOURCES: WARC files (CC-NEWS), folders or globs of HTML files (.html, .html.gz)
    and JSONL records (HTML in an "html" field, or extracted text to clean).

    Pages are extracted in worker processes, site templates learned and removed, duplicates marked
    (cluster_id, dup_of), and the articles written to OUTPUT: a folder of gzip JSONL or Parquet shards,
    or an SQLite file with a full-text index. Pages without an article go to an errors file naming the
    input and the offset; a report (OUTPUT.report.json) ends the run. Interrupted, the same command
    resumes where it stopped.
    """
    chosen = output_format or ("sqlite" if output.suffix == ".db" else "jsonl")
    try:
        options = CorpusOptions(
            output_format=chosen,
            dedup=dedup,
            templates=not no_templates,
            page_timeout=page_timeout,
            workers=workers or available_cores(),
            batch_size=batch_size,
            fields=fields,
        )
        inputs = expand_inputs(sources)
    except (ValueError, SourceError) as error:
        raise click.UsageError(str(error)) from error
    if not inputs:
        raise click.UsageError("no WARC, JSONL or HTML file in " + ", ".join(sources))
    if engine == "spark":
        from copydesk.runners.spark import run_spark

        try:
            report = run_spark(inputs, output, options, spark_master)
        except ValueError as error:
            raise click.UsageError(str(error)) from error
    else:
        try:
            with RunProgress() as progress:
                report = run_local(inputs, output, options, progress)
        except RunError as error:
            raise click.ClickException(str(error)) from error
    outcomes = report["outcomes"]
    click.echo(
        f"copydesk run: {report['pages']} pages, {outcomes.get('article', 0)} articles "
        f"({report['duplicates']} duplicates), {report['errors']} without an article, "
        f"{report.get('pages_per_second') or 0:.0f} pages/s; output {output}",
        err=True,
    )


@click.command("search")
@click.argument("database", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("query")
@click.option("-n", "--limit", type=click.IntRange(min=1), default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit.")
def search_command(database: Path, query: str, limit: int, as_json: bool) -> None:
    """Full-text search of an SQLite corpus written by ``copydesk run -o FILE.db``: ranked articles
    with a snippet (FTS5 syntax: words, "phrases", AND/OR/NOT, prefix*)."""
    from copydesk.sinks.sqlite import search

    try:
        hits = search(database, query, limit)
    except Exception as error:
        raise click.ClickException(f"{database}: {error}") from error
    for hit in hits:
        if as_json:
            click.echo(json.dumps(hit.to_dict(), ensure_ascii=False))
        else:
            click.echo(f"{hit.score:8.3g}  {hit.title or '(no title)'}  [{hit.site or ''}] {hit.url or ''}")
            click.echo(f"        {hit.snippet}")
    if not hits:
        click.echo("no match", err=True)
