"""``copydesk bench clean``: score copydesk's cleaner on gold bodies contaminated with real boilerplate."""

from __future__ import annotations

import json
import shlex
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from copydesk.bench.clean_bench import (
    AT_GLUE,
    AT_GOLD_GLUE,
    IN_BOILERPLATE,
    CleanerUnavailable,
    CreditResult,
    HeadlineResult,
    ModeResult,
    copydesk_cleaner,
    copydesk_profile_builder,
    run_corpus,
    run_single,
    run_whole_pages,
    timing_core,
    worst_cases,
)
from copydesk.bench.clean_corpus import SITES, CleanCase, build_corpus, build_single, source_pages
from copydesk.bench.datasets import DatasetError, default_datasets, load_dataset
from copydesk.bench.environment import describe_environment
from copydesk.bench.report import print_environment, report_console, write_json
from copydesk.bench.runner import REFERENCE
from copydesk.cli.output import classifier, json_figures_option, model_option

# (mode, figure, floor) from issue 3; the figure is a path into ModeResult.to_dict().
TARGETS = (
    ("single", "boilerplate.recall", 0.90),
    ("single", "boilerplate.precision", 0.95),
    ("single", "body.f1", 0.97),
    ("corpus", "boilerplate.recall", 0.98),
    ("corpus", "boilerplate.precision", 0.99),
    ("single", "repairs.precision", 0.99),
    ("corpus", "repairs.precision", 0.99),
    ("single", "records_per_s_4kb", 2000.0),
)


@click.command("clean")
@click.argument("datasets", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--mode",
    type=click.Choice(["single", "corpus", "both"]),
    default="both",
    show_default=True,
    help="Records cleaned one by one, with a profile learned over many records per site, or both.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the contamination.")
@click.option(
    "--held-out",
    is_flag=True,
    help="Only the pages the learned boilerplate classifier never saw (its documented split).",
)
@model_option()
@click.option(
    "--sites", type=click.IntRange(min=1), default=SITES, show_default=True, help="Synthetic sites in corpus mode."
)
@click.option(
    "--runs",
    type=click.IntRange(min=1),
    default=3,
    show_default=True,
    help="Timed single-record passes; records/s is their median.",
)
@click.option(
    "--remove-doubtful",
    is_flag=True,
    help="Score copydesk.clean(..., remove_doubtful=True): what the classifier doubts is removed too.",
)
@click.option("--worst", type=click.IntRange(min=0), default=0, metavar="N", help="List the N worst records per mode.")
@json_figures_option("Also write every figure, per record too, to FILE as JSON.")
@click.option(
    "--records",
    "records_path",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Write the benchmark's records with their ground truth to FILE as JSON lines.",
)
def bench_clean(
    datasets: tuple[Path, ...],
    mode: str,
    seed: int,
    held_out: bool,
    model_path: Path | None,
    sites: int,
    runs: int,
    remove_doubtful: bool,
    worst: int,
    json_path: Path | None,
    records_path: Path | None,
) -> None:
    """Score copydesk.clean on gold bodies contaminated at known places.

    Each gold body of the DATASETs (by default the archives of ../shared/bench) gets real boilerplate
    of real pages (the page's visible text that is not in its gold body), glued boundaries, dropped
    apostrophes and mojibake. Single mode: one record per page with that page's boilerplate. Corpus mode:
    synthetic sites sharing one page's boilerplate over many records; a profile is learned first.
    Reports boilerplate precision and recall (characters), body F1 against the gold, repair precision
    and recall, and records/s on one core.
    """
    paths = datasets or tuple(default_datasets())
    if not paths:
        raise click.UsageError("no DATASET given and no *.tar.xz found in ../shared/bench")
    status = Console(stderr=True, highlight=False)
    model, classifier_name = classifier(model_path)
    try:
        cleaner = copydesk_cleaner(remove_doubtful=remove_doubtful, model=model)
    except CleanerUnavailable as error:
        raise click.ClickException(str(error)) from error
    try:
        pages = [page for path in paths for page in source_pages(load_dataset(path))]
    except DatasetError as error:
        raise click.ClickException(str(error)) from error
    if held_out:
        from copydesk.bench.train_cleaner import is_held_out

        pages = [page for page in pages if is_held_out(page.id)]
    single = build_single(pages, seed) if mode in ("single", "both") else []
    templates, corpus = build_corpus(pages, seed, sites) if mode in ("corpus", "both") else ([], [])
    if records_path is not None:
        _write_records(records_path, [("single", single), ("corpus", corpus)])
    console = report_console()
    argv = [Path(sys.argv[0]).name, *sys.argv[1:]]
    environment = describe_environment(argv, (REFERENCE,), timing_core())
    print_environment(console, environment)
    console.print(f"[bold]records[/]  {len(pages)} pages of {', '.join(str(p) for p in paths)}; seed {seed}")
    console.print(f"[bold]classifier[/]  {classifier_name}", highlight=False)
    results: list[ModeResult] = []
    skipped: dict[str, str] = {}
    headlines = credits = None
    if single:
        results.append(run_single(single, cleaner, runs))
        headlines, credits = run_whole_pages(pages, cleaner)
    if corpus:
        try:
            results.append(run_corpus(corpus, cleaner, copydesk_profile_builder()))
        except CleanerUnavailable as error:
            skipped["corpus"] = str(error)
    elif mode != "single":
        skipped["corpus"] = "no page has enough boilerplate to serve as a site template"
    console.print()
    console.print(_summary_table(results))
    console.print(_repairs_table(results))
    console.print(_placed_table(results))
    console.print(_language_table(results))
    if headlines is not None and headlines.pages:
        console.print(_headlines_line(headlines), highlight=False)
    if credits is not None and (credits.authors()["pages"] or credits.dates()["pages"]):
        console.print(_credits_line(credits), highlight=False)
    for name, reason in skipped.items():
        console.print(f"  [yellow]skipped {name}[/]: {reason}", highlight=False)
    targets = _targets(results)
    console.print(_targets_line(targets), highlight=False)
    for result in results:
        _print_errors(console, result)
        if worst:
            console.print(_worst_table(result, worst))
    if json_path is not None:
        document = {
            "environment": environment.to_dict(),
            "datasets": [str(path) for path in paths],
            "seed": seed,
            "pages": len(pages),
            "classifier": classifier_name,
            "templates": [{"domain": t.domain, "source": t.source} for t in templates],
            "modes": {result.mode: result.to_dict(worst) for result in results},
            "skipped": skipped,
            "targets": targets,
            "headlines": None if headlines is None else headlines.to_dict(),
            "credits": None if credits is None else credits.to_dict(),
        }
        write_json(json_path, document)
        status.print(f"figures written to {shlex.quote(str(json_path))}")


def _headlines_line(headlines: HeadlineResult) -> str:
    return (
        f"headlines of whole pages (each page's visible text, no title given): {len(headlines.pages)} pages with a "
        f"gold title; the same headline found {headlines.same}, another line {headlines.other}, none "
        f"{headlines.none}"
    )


def _credits_line(credits: CreditResult) -> str:
    authors, dates = credits.authors(), credits.dates()
    return (
        f"authors and dates of whole pages: authors on {authors['pages']} pages with a gold byline: the same "
        f"{authors['same']}, others {authors['other']}, none {authors['none']} (found on "
        f"{authors['found_without_gold']} pages without one); publication date on {dates['pages']} pages with a "
        f"gold date: the same day {dates['same']}, another {dates['other']}, none {dates['none']} (found on "
        f"{dates['found_without_gold']} pages without one)"
    )


def _write_records(path: Path, groups: list[tuple[str, list[CleanCase]]]) -> None:
    with path.open("w", encoding="utf-8") as stream:
        for mode, cases in groups:
            for case in cases:
                stream.write(json.dumps({"mode": mode, **case.to_dict()}, ensure_ascii=False) + "\n")


def _figure(value: float | None, digits: int = 4) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _summary_table(results: list[ModeResult]) -> Table:
    table = Table(title="cleaning: boilerplate (characters), body (shingles), repairs", title_justify="left")
    headers = ("mode", "records", "sites", "bp P", "bp R", "body F1", "input F1", "repair P", "repair R")
    for header in (*headers, "records/s", "KB", "rec/s 4 KB", "errors", "bad offsets", "unreported"):
        table.add_column(header, justify="left" if header == "mode" else "right")
    for result in results:
        chars, repairs = result.chars, result.repair_totals
        table.add_row(
            result.mode,
            str(result.records),
            str(result.sites or "-"),
            _figure(chars.precision),
            _figure(chars.recall),
            _figure(result.body.f1),
            _figure(result.input_body.f1),
            _figure(repairs.precision),
            _figure(repairs.recall),
            f"{result.records_per_s:.0f}",
            f"{result.mean_input_chars / 1000:.1f}",
            "-" if result.records_per_s_4kb is None else f"{result.records_per_s_4kb:.0f}",
            str(len(result.errors)),
            str(result.offset_errors),
            str(result.unreported),
        )
    notes = [
        "bp: boilerplate, pooled over characters; input F1: the records uncleaned; KB: mean record size; "
        "rec/s 4 KB: records of 4 KB or more cut to about 4 KB (one core, median)"
    ]
    for result in results:
        means = result.per_record_boilerplate()
        learned = f", profile learned in {result.learn_seconds:.2f}s" if result.learn_seconds is not None else ""
        extra = ", ".join(f"{reason} {chars}" for reason, chars in list(result.extra_by_reason.items())[:4])
        notes.append(
            f"{result.mode}: bp P {_figure(means['precision'])} / R {_figure(means['recall'])} averaged over "
            f"records{learned}" + (f"; removed outside boilerplate (chars): {extra}" if extra else "")
        )
        moved, strict = result.moved, result.strict
        notes.append(
            f"{result.mode}: moved to title/description (not removals): {moved.removed} chars, "
            f"{moved.overlap} of them planted; counted as removals: bp P {_figure(strict.precision)} "
            f"R {_figure(strict.recall)}"
        )
    table.caption = "\n".join(notes)
    return table


def _repairs_table(results: list[ModeResult]) -> Table:
    table = Table(title="repairs by kind (planted / found; reported correct / wrong)", title_justify="left")
    for header in ("mode", "kind", "planted", "found", "recall", "correct", "wrong", "precision"):
        table.add_column(header, justify="left" if header in ("mode", "kind") else "right")
    for result in results:
        for kind, counts in result.repairs.items():
            table.add_row(
                result.mode,
                kind,
                str(counts.planted),
                str(counts.found),
                _figure(counts.recall),
                str(counts.correct),
                str(counts.wrong),
                _figure(counts.precision),
            )
    not_scored = [
        f"{result.mode}: " + ", ".join(f"{kind} {count}" for kind, count in result.uncounted.items())
        for result in results
        if result.uncounted
    ]
    table.caption = "\n".join(
        [
            f"not scored: other kinds, {IN_BOILERPLATE} (removed anyway), {AT_GLUE} and {AT_GOLD_GLUE} "
            "(splitting there is optional)",
            *not_scored,
        ]
    )
    return table


def _placed_table(results: list[ModeResult]) -> Table:
    table = Table(title="planted boilerplate by shape and place (characters; recall)", title_justify="left")
    for header in ("mode", "shape/place", "planted", "share", "recall"):
        table.add_column(header, justify="left" if header in ("mode", "shape/place") else "right")
    for result in results:
        total = sum(counts.planted for counts in result.placed.values()) or 1
        for key, counts in result.placed.items():
            table.add_row(
                result.mode, key, str(counts.planted), f"{counts.planted / total:.2f}", _figure(counts.recall)
            )
    table.caption = (
        "line: ≤ 14 words, no sentence end; prose: ≥ 12 words ending a sentence; "
        "edge: no gold text before or none after"
    )
    return table


def _language_table(results: list[ModeResult], shown: int = 15) -> Table:
    table = Table(title="by language of the gold body (boilerplate characters; mean body F1)", title_justify="left")
    for header in ("mode", "language", "records", "bp P", "bp R", "body F1"):
        table.add_column(header, justify="left" if header in ("mode", "language") else "right")
    for result in results:
        for language, (records, counts, f1) in list(result.by_language.items())[:shown]:
            table.add_row(
                result.mode, language, str(records), _figure(counts.precision), _figure(counts.recall), f"{f1:.4f}"
            )
    table.caption = f"the {shown} languages with the most records per mode; every language in --json"
    return table


def _targets(results: list[ModeResult]) -> list[dict[str, Any]]:
    figures = {result.mode: result.to_dict() for result in results}
    checks = []
    for mode, path, floor in TARGETS:
        value: Any = figures.get(mode)
        for key in path.split("."):
            value = value.get(key) if isinstance(value, dict) else None
        met = None if value is None else value >= floor
        checks.append({"mode": mode, "figure": path, "floor": floor, "value": value, "met": met})
    return checks


def _targets_line(targets: list[dict[str, Any]]) -> str:
    shown = {True: "[green]✓[/]", False: "[red]✗[/]", None: "n/a"}
    marks = [f"{t['mode']} {t['figure']} ≥ {t['floor']:g} {shown[t['met']]}" for t in targets]
    return "[bold]targets[/]  " + "; ".join(marks)


def _print_errors(console: Console, result: ModeResult) -> None:
    if not result.errors:
        return
    console.print(f"  [red]{result.mode}: {len(result.errors)} record(s) failed[/]", highlight=False)
    for case_id, message in list(result.errors.items())[:5]:
        console.print(f"    {case_id}: {message}", highlight=False, markup=False)


def _worst_table(result: ModeResult, count: int) -> Table:
    table = Table(title=f"{result.mode}: the {count} worst records", title_justify="left")
    for header in (
        "record",
        "F1",
        "bp P",
        "bp R",
        "rep. missed",
        "rep. wrong",
        "first boilerplate left / wrongly removed",
    ):
        table.add_column(
            header, justify="left" if header in ("record", "first boilerplate left / wrongly removed") else "right"
        )
    for case in worst_cases(result, count):
        totals = case.repair_totals
        first = case.missed[:1] or tuple(f"removed: {text}" for text in case.extra[:1]) or case.wrong_repairs[:1]
        table.add_row(
            case.id,
            f"{case.body.f1:.3f}",
            _figure(case.chars.precision, 3),
            _figure(case.chars.recall, 3),
            str(totals.planted - totals.found),
            str(totals.wrong),
            case.error or (first[0] if first else ""),
        )
    return table
