"""``copydesk bench``: benchmarks on gold datasets.

``copydesk bench [DATASET ...]`` (or ``copydesk bench extract ...``) scores and times copydesk's extraction and
its peers; ``copydesk bench clean ...`` scores the cleaner (:mod:`copydesk.cli.bench_clean_cmd`)."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from copydesk.bench.datasets import DatasetError, default_datasets
from copydesk.bench.environment import describe_environment
from copydesk.bench.peers import PEERS
from copydesk.bench.report import (
    print_dataset,
    print_environment,
    report_console,
    results_to_dict,
    write_json,
)
from copydesk.bench.runner import REFERENCE, BenchOptions, run_benchmark
from copydesk.cli.bench_clean_cmd import bench_clean
from copydesk.cli.bench_crawl_cmd import bench_crawl
from copydesk.cli.bench_lines_cmd import bench_lines
from copydesk.cli.bench_pipeline_cmd import bench_pipeline
from copydesk.cli.bench_serve_cmd import bench_serve
from copydesk.cli.output import json_figures_option
from copydesk.cli.train_cleaner_cmd import train_cleaner


def _parse_peers(value: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in value.split(",") if name.strip())
    if names == ("all",):
        return tuple(name for name, peer in PEERS.items() if name != REFERENCE and peer.is_installed())
    unknown = [name for name in names if name not in PEERS]
    if unknown:
        known = ", ".join(name for name in PEERS if name != REFERENCE)
        raise click.BadParameter(f"unknown: {', '.join(unknown)}; known: {known}, or 'all'", param_hint="--peers")
    return names


def _parse_core(value: str) -> int | None:
    if value.lower() == "none":
        return None
    if not value.isdigit():
        raise click.BadParameter("a core number or 'none'", param_hint="--core")
    return int(value)


@click.command("extract")
@click.argument("datasets", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--peers",
    default="",
    metavar="NAMES",
    help="Comma-separated extractors to compare with copydesk "
    f"({', '.join(name for name in PEERS if name != REFERENCE)}), or 'all' installed ones.",
)
@click.option(
    "--worst", type=click.IntRange(min=0), default=0, metavar="N", help="List copydesk's N worst pages by F1."
)
@click.option(
    "--runs",
    type=click.IntRange(min=1),
    default=3,
    show_default=True,
    help="Timed passes over the pages; pages/s is their median.",
)
@click.option("--core", default="0", show_default=True, help="CPU core each worker is pinned to, or 'none'.")
@click.option(
    "--time-limit",
    "time_limit",
    type=click.FloatRange(min=1),
    default=900,
    show_default=True,
    help="Seconds one extractor may take on one dataset; past it, that extractor is skipped.",
)
@json_figures_option()
def bench_extract(
    datasets: tuple[Path, ...],
    peers: str,
    worst: int,
    runs: int,
    core: str,
    time_limit: float,
    json_path: Path | None,
) -> None:
    """Score and time extractors on gold datasets.

    A DATASET is a folder or a .tar/.tar.gz/.tar.xz archive holding ground-truth.json and
    html/<id>.html[.gz]; by default, the archives of ../shared/bench. Each extractor runs in its own
    process pinned to one core; copydesk gets the page bytes, peers get str decoded from UTF-8.
    Peers are optional: install them with `pip install copydesk[peers]`; a missing one is skipped.
    """
    paths = datasets or tuple(default_datasets())
    if not paths:
        raise click.UsageError("no DATASET given and no *.tar.xz found in ../shared/bench")
    options = BenchOptions(
        datasets=paths, peers=_parse_peers(peers), runs=runs, core=_parse_core(core), time_limit_s=time_limit
    )
    console, status = report_console(), Console(stderr=True, highlight=False)
    argv = [Path(sys.argv[0]).name, *sys.argv[1:]]
    environment = describe_environment(argv, options.extractors, options.core)
    print_environment(console, environment)
    results = []
    try:
        for result in run_benchmark(options, notify=lambda message: status.print(message, style="dim", markup=False)):
            print_dataset(console, result, worst)
            results.append(result)
    except DatasetError as error:
        raise click.ClickException(str(error)) from error
    if json_path is not None:
        write_json(json_path, results_to_dict(environment, results, worst))
        status.print(f"figures written to {shlex.quote(str(json_path))}")


class _DefaultCommandGroup(click.Group):
    """A group that runs ``default`` when the first argument names none of its commands."""

    def __init__(self, *args: Any, default: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.default = default

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ctx.help_option_names):
            args = [self.default, *args]
        return super().parse_args(ctx, args)


@click.group("bench", cls=_DefaultCommandGroup, default="extract")
def bench() -> None:
    """Benchmarks on gold datasets: `extract` (the default) and `clean`.

    `copydesk bench [DATASET ...] [OPTIONS]` is `copydesk bench extract [DATASET ...] [OPTIONS]`.
    """


bench.add_command(bench_extract)
bench.add_command(bench_clean)
bench.add_command(bench_lines)
bench.add_command(train_cleaner)
bench.add_command(bench_pipeline)
bench.add_command(bench_crawl)
bench.add_command(bench_serve)
