"""``copydesk bench lines``: score the cleaner on records written line by line with their ground truth."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click
from rich.table import Table

import copydesk
from copydesk.bench.clean_lines import LinesError, LinesResult, default_files, format_figure, load_records, score
from copydesk.bench.report import report_console, write_json
from copydesk.cli.output import classifier, json_figures_option, model_option


@click.command("lines")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--remove-doubtful",
    is_flag=True,
    help="Also score copydesk.clean(..., remove_doubtful=True): what the classifier doubts is removed too.",
)
@click.option("--by-language", is_flag=True, help="Print the boilerplate figures of each language too.")
@click.option("--lost", "show_lost", is_flag=True, help="List every piece of story text removed.")
@model_option()
@json_figures_option()
def bench_lines(
    files: tuple[Path, ...],
    remove_doubtful: bool,
    by_language: bool,
    show_lost: bool,
    model_path: Path | None,
    json_path: Path | None,
) -> None:
    """Score copydesk.clean on records written line by line, each line the story's or boilerplate.

    FILES are JSON lists of records (by default benchmarks/clean-lines/*.json: invented records in many
    languages). Prints, per file, boilerplate precision, recall and F1 over non-space characters (a
    headline or a standfirst counts as boilerplate the body must lose), the story characters removed,
    and how often the title, the authors and the day of publication agree with the record's.
    """
    console = report_console()
    paths = list(files) or default_files()
    if not paths:
        raise click.ClickException("no record files given and none in benchmarks/clean-lines/")
    model, classifier_name = classifier(model_path)
    console.print(f"[bold]classifier[/]  {classifier_name}", highlight=False)
    modes = [False, True] if remove_doubtful else [False]
    table = Table(title="cleaning records written line by line (characters; header fields agreeing)")
    for column in ("file", "mode", "records", "bp P", "bp R", "bp F1", "story lost", "title", "authors", "date"):
        table.add_column(column, justify="left" if column in ("file", "mode") else "right")
    report: dict[str, dict[str, object]] = {}
    results: list[tuple[str, str, LinesResult]] = []
    for path in paths:
        try:
            records = load_records(path)
        except LinesError as error:
            console.print(f"[red]skipped[/red] {error}")
            continue
        for doubtful in modes:
            mode = "remove-doubtful" if doubtful else "default"
            result = score(records, cleaner=functools.partial(copydesk.clean, remove_doubtful=doubtful, model=model))
            results.append((path.name, mode, result))
            report.setdefault(path.name, {})[mode] = result.to_dict()
            lost_chars = sum(len("".join(lost.removed.split())) for lost in result.lost)
            table.add_row(
                path.name,
                mode,
                str(result.records),
                format_figure(result.counts.precision),
                format_figure(result.counts.recall),
                format_figure(result.counts.f1),
                f"{len(result.lost)} ({lost_chars} chars)",
                f"{result.title.same}/{result.title.given}",
                f"{result.authors.same}/{result.authors.given}",
                f"{result.published.same}/{result.published.given}",
            )
    if not results:
        sys.exit(1)
    console.print(table)
    if by_language:
        for name, mode, result in results:
            languages = Table(title=f"{name}, {mode}: by language")
            for column in ("language", "bp P", "bp R", "bp F1"):
                languages.add_column(column, justify="left" if column == "language" else "right")
            for language, counts in sorted(result.by_language.items()):
                languages.add_row(
                    language, format_figure(counts.precision), format_figure(counts.recall), format_figure(counts.f1)
                )
            console.print(languages)
    if show_lost:
        for name, mode, result in results:
            for lost in result.lost:
                console.print(f"{name} {mode} [{lost.language}] {lost.record} ({lost.reason}): {lost.removed!r}")
    if json_path is not None:
        write_json(json_path, report)
        console.print(f"figures written to {json_path}")
