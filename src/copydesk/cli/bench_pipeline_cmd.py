"""``copydesk bench pipeline``: throughput, memory and deduplication of ``copydesk run`` on a built WARC."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from copydesk.bench.datasets import DatasetError, default_datasets, load_dataset
from copydesk.bench.environment import describe_environment
from copydesk.bench.pipeline_bench import RunFigures, build, dedup_figures, measure_run
from copydesk.bench.pipeline_corpus import originals
from copydesk.bench.report import print_environment, report_console, write_json


@click.command("pipeline")
@click.argument("datasets", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--records", type=click.IntRange(min=10), default=20_000, show_default=True, help="Records of the WARC.")
@click.option(
    "--memory-scale",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    help="Peak memory is also measured on a WARC this many times larger (1: skip).",
)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--work", type=click.Path(file_okay=False, path_type=Path), help="Folder for the WARCs and outputs.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE")
def bench_pipeline(
    datasets: tuple[Path, ...], records: int, memory_scale: int, seed: int, work: Path | None, json_path: Path | None
) -> None:
    """Build a CC-NEWS-like WARC from the development pages (repeated to RECORDS, with planted
    near-duplicates: the same page under another site's boilerplate, small edits, rebuilt and
    truncated copies), run the whole pipeline on it with 1 and 2 workers, and report pages/s, peak
    memory (also on a WARC MEMORY-SCALE times larger) and dedup precision and recall over pairs."""
    paths = datasets or tuple(default_datasets())
    if not paths:
        raise click.UsageError("no DATASET given and no *.tar.xz found in ../shared/bench")
    try:
        pages = originals([load_dataset(path) for path in paths])
    except DatasetError as error:
        raise click.ClickException(str(error)) from error
    status = Console(stderr=True, highlight=False)
    folder = work or Path(tempfile.mkdtemp(prefix="copydesk-bench-pipeline-"))
    console = report_console()
    print_environment(console, describe_environment([Path(sys.argv[0]).name, *sys.argv[1:]], (), None))
    try:
        status.print(f"building a WARC of {records} records from {len(pages)} originals in {folder}")
        warc, planted = build(folder, pages, records, seed, "pipeline-1x.warc.gz")
        runs: list[RunFigures] = []
        for workers in (1, 2):
            status.print(f"running with {workers} worker(s)")
            output = folder / f"out-{workers}"
            shutil.rmtree(output, ignore_errors=True)
            output.with_name(output.name + ".report.json").unlink(missing_ok=True)
            runs.append(measure_run(warc, output, workers))
        dedup = dedup_figures(folder / "out-2", warc, planted)
        large: RunFigures | None = None
        if memory_scale > 1:
            status.print(f"building and running a WARC of {records * memory_scale} records for the memory check")
            big, _ = build(folder, pages, records * memory_scale, seed, f"pipeline-{memory_scale}x.warc.gz")
            output = folder / "out-large"
            shutil.rmtree(output, ignore_errors=True)
            output.with_name(output.name + ".report.json").unlink(missing_ok=True)
            large = measure_run(big, output, 2)
            big.unlink()
    finally:
        if work is None:
            shutil.rmtree(folder, ignore_errors=True)
    console.print(f"[bold]input[/]    {records} WARC records from {len(pages)} originals; seed {seed}")
    console.print(_runs_table(runs, large, memory_scale))
    speedup = runs[1].pages_per_second / runs[0].pages_per_second if runs[0].pages_per_second else 0.0
    overall = runs[1].overall_per_second / runs[0].overall_per_second if runs[0].overall_per_second else 0.0
    console.print(f"2 workers / 1 worker: {speedup:.2f}x (first stage), {overall:.2f}x (whole run)")
    console.print(
        f"dedup over pairs: precision {dedup.precision:.4f}, recall {dedup.recall:.4f} "
        f"({dedup.correct_pairs} of {dedup.planted_pairs} planted pairs found, {dedup.found_pairs} pairs in clusters)"
    )
    console.print(
        "recall by variant (records in their original's main cluster): "
        + ", ".join(f"{name} {share:.3f}" for name, share in dedup.by_variant.items())
    )
    if json_path is not None:
        write_json(
            json_path,
            {
                "records": records,
                "originals": len(pages),
                "runs": [run.to_dict() for run in runs],
                "speedup_first_stage": speedup,
                "speedup_overall": overall,
                "memory_scale": memory_scale,
                "large_run": large.to_dict() if large else None,
                "dedup": dedup.to_dict(),
            },
        )


def _runs_table(runs: list[RunFigures], large: RunFigures | None, scale: int) -> Table:
    table = Table(title="copydesk run on the built WARC (each run in a fresh process)")
    for name in (
        "input",
        "workers",
        "pages",
        "articles",
        "pages/s (stage 1)",
        "pages/s (whole run)",
        "peak MB",
        "largest worker MB",
    ):
        table.add_column(name, justify="right")
    rows = [("1x", run) for run in runs] + ([(f"{scale}x", large)] if large else [])
    for label, run in rows:
        table.add_row(
            label,
            str(run.workers),
            str(run.pages),
            str(run.articles),
            f"{run.pages_per_second:.1f}",
            f"{run.overall_per_second:.1f}",
            f"{run.max_rss_mb:.0f}",
            f"{run.max_worker_rss_mb:.0f}",
        )
    return table
