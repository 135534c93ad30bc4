"""Benchmark results as rich tables for people and as JSON for machines."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from copydesk.bench.environment import Environment
from copydesk.bench.metadata import FIELDS
from copydesk.bench.runner import REFERENCE, DatasetResult, ExtractorResult
from copydesk.bench.scoring import worst_pages

_ERRORS_SHOWN = 5


REPORT_WIDTH = 132


def report_console() -> Console:
    """A console on standard output: the terminal's width, or wide enough for the tables when piped."""
    console = Console()
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = REPORT_WIDTH
    return console


def print_environment(console: Console, environment: Environment) -> None:
    console.print(f"[bold]command[/]  {environment.command}", highlight=False)
    console.print(f"[bold]python[/]   {environment.python} on {environment.platform}", highlight=False)
    pinned = "not pinned" if environment.core is None else f"workers pinned to core {environment.core}"
    console.print(f"[bold]cpu[/]      {environment.cpu} ({pinned})", highlight=False)
    versions = ", ".join(f"{name} {version or 'not installed'}" for name, version in environment.versions.items())
    console.print(f"[bold]versions[/] {versions}", highlight=False)


def print_dataset(console: Console, dataset: DatasetResult, worst: int = 0) -> None:
    console.print()
    console.print(_scores_table(dataset))
    for name, reason in dataset.skipped.items():
        console.print(f"  [yellow]skipped {name}[/]: {reason}", highlight=False)
    for result in dataset.results:
        _print_errors(console, result)
    with_metadata = [result for result in dataset.results if result.metadata is not None]
    if with_metadata:
        console.print(_metadata_table(dataset.name, with_metadata))
    reference = dataset.result(REFERENCE)
    if worst > 0 and reference is not None:
        console.print(_worst_table(dataset.name, reference, worst))


def _scores_table(dataset: DatasetResult) -> Table:
    table = Table(title=f"{dataset.name}: {dataset.pages} pages ({dataset.path})", title_justify="left")
    for header in ("extractor", "pages", "F1", "precision", "recall", "accuracy"):
        table.add_column(header, justify="left" if header == "extractor" else "right")
    for header in ("pages/s", "vs copydesk", "peak MB", "Δ MB", "errors"):
        table.add_column(header, justify="right")
    reference = dataset.result(REFERENCE)
    for result in dataset.results:
        scores = result.scores
        table.add_row(
            f"{result.name} {result.version or ''}".strip(),
            str(scores.pages),
            f"{scores.f1:.4f}",
            f"{scores.precision:.4f}",
            f"{scores.recall:.4f}",
            f"{scores.accuracy:.4f}",
            f"{result.pages_per_s:.1f}",
            _speed_ratio(result, reference),
            f"{result.rss_peak_mb:.0f}",
            f"{result.rss_delta_mb:.0f}",
            str(len(result.errors)),
        )
    return table


def _speed_ratio(result: ExtractorResult, reference: ExtractorResult | None) -> str:
    if reference is None or reference.pages_per_s == 0:
        return "-"
    return f"{result.pages_per_s / reference.pages_per_s:.2f}×"


def _print_errors(console: Console, result: ExtractorResult) -> None:
    if not result.errors:
        return
    console.print(f"  [red]{result.name}: {len(result.errors)} page(s) failed[/]", highlight=False)
    for page_id, message in list(result.errors.items())[:_ERRORS_SHOWN]:
        console.print(f"    {page_id}: {message}", highlight=False, markup=False)
    if len(result.errors) > _ERRORS_SHOWN:
        console.print(f"    ... and {len(result.errors) - _ERRORS_SHOWN} more (see --json)")


def _metadata_table(name: str, results: list[ExtractorResult]) -> Table:
    table = Table(title=f"{name}: metadata agreement with the gold", title_justify="left")
    table.add_column("extractor")
    for field_name in FIELDS:
        table.add_column(field_name, justify="right")
    for result in results:
        agreement = result.metadata or {}
        cells = [str(agreement[field]) if field in agreement else "n/a" for field in FIELDS]
        table.add_row(result.name, *cells)
    return table


def _worst_table(name: str, result: ExtractorResult, count: int) -> Table:
    table = Table(title=f"{name}: the {count} worst pages for {result.name}", title_justify="left")
    for header in ("page", "F1", "precision", "recall"):
        table.add_column(header, justify="left" if header == "page" else "right")
    for page_id, counts in worst_pages(result.per_page, count):
        table.add_row(page_id, f"{counts.f1:.3f}", _optional(counts.precision), _optional(counts.recall))
    return table


def _optional(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def results_to_dict(environment: Environment, datasets: list[DatasetResult], worst: int = 0) -> dict[str, Any]:
    """Every figure of a run, JSON-ready."""
    return {
        "environment": environment.to_dict(),
        "datasets": [_dataset_to_dict(dataset, worst) for dataset in datasets],
    }


def _dataset_to_dict(dataset: DatasetResult, worst: int) -> dict[str, Any]:
    return {
        "name": dataset.name,
        "path": str(dataset.path),
        "pages": dataset.pages,
        "extractors": [_result_to_dict(result, worst) for result in dataset.results],
        "skipped": dataset.skipped,
    }


def _result_to_dict(result: ExtractorResult, worst: int) -> dict[str, Any]:
    reference_worst = worst_pages(result.per_page, worst) if result.name == REFERENCE else []
    return {
        "name": result.name,
        "version": result.version,
        **result.scores.to_dict(),
        "pages_per_s": result.pages_per_s,
        "run_seconds": list(result.run_seconds),
        "rss_baseline_mb": result.rss_baseline_mb,
        "rss_peak_mb": result.rss_peak_mb,
        "rss_delta_mb": result.rss_delta_mb,
        "errors": result.errors,
        "metadata": {k: v.to_dict() for k, v in result.metadata.items()} if result.metadata else None,
        "page_f1": {page_id: counts.f1 for page_id, counts in result.per_page.items()},
        "worst": [
            {"id": page_id, "f1": c.f1, "precision": c.precision, "recall": c.recall} for page_id, c in reference_worst
        ],
    }


def write_json(path: Path, document: dict[str, Any]) -> None:
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
