"""``copydesk crawl``: discover and fetch news sites politely, then build the corpus; ``copydesk fetch``."""

from __future__ import annotations

import asyncio
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from copydesk.cli.output import available_cores
from copydesk.options import CorpusOptions
from copydesk.sources.crawl import CrawlOptions, CrawlReport, CrawlState, crawl
from copydesk.sources.inputs import expand_inputs
from copydesk.sources.polite import PoliteFetcher, PoliteOptions


def _polite(agent: str | None, delay: float, concurrency: int, no_robots: bool, timeout: float = 20.0) -> PoliteOptions:
    return PoliteOptions(
        agent=agent or "", delay_s=delay, concurrency=concurrency, obey_robots=not no_robots, timeout_s=timeout
    )


@click.command("crawl")
@click.argument("seeds", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="The corpus (folder or FILE.db).")
@click.option("--since", type=click.DateTime(), help="Skip listed pages dated before this (sitemap or feed dates).")
@click.option("--max-pages", type=click.IntRange(min=1), default=100_000, show_default=True, help="Per run.")
@click.option(
    "--delay", type=click.FloatRange(min=0), default=1.0, show_default=True, help="Seconds between requests to a host."
)
@click.option("--concurrency", type=click.IntRange(min=1), default=16, show_default=True, help="Requests in flight.")
@click.option("--agent", help="User agent (and robots.txt name) [default: copydesk/VERSION (+project URL)].")
@click.option(
    "--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True, help="Seconds a request may take."
)
@click.option("--all-sites", is_flag=True, help="Also follow listed pages of other sites.")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Extraction processes [default: the cores].")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["jsonl", "parquet", "sqlite"]),
    default=None,
    help="As for copydesk run [default: sqlite for an OUTPUT named *.db, else jsonl].",
)
def crawl_command(
    seeds: tuple[str, ...],
    output: Path,
    since: datetime | None,
    max_pages: int,
    delay: float,
    concurrency: int,
    agent: str | None,
    timeout: float,
    all_sites: bool,
    workers: int | None,
    output_format: str | None,
) -> None:
    """Crawl SEEDS (sites, sitemaps, news sitemaps, RSS or Atom feeds) politely and build a corpus.

    Article URLs come from robots.txt sitemaps (indexes and gzip too), news sitemaps, feeds, else the
    home page's links; they are normalised, stripped of tracking parameters and kept to the seed's
    site. Requests obey robots.txt, go one at a time per host with a delay (Crawl-delay when larger),
    and are retried on 429/5xx. Fetched pages are written to a WARC (OUTPUT.warcs/), state beside
    the output (OUTPUT.crawl-state.db) makes the next crawl fetch only new and changed pages, and the
    corpus OUTPUT is rebuilt from every crawl's WARC with `copydesk run`'s pipeline.
    """
    console = Console(stderr=True, highlight=False)
    options = CrawlOptions(
        polite=_polite(agent, delay, concurrency, False, timeout),
        since=since.replace(tzinfo=UTC) if since is not None and since.tzinfo is None else since,
        max_pages=max_pages,
        same_site=not all_sites,
    )
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    warcs = output.with_name(output.name + ".warcs")
    warc = warcs / f"crawl-{stamp}.warc.gz"
    for stale in warcs.glob("crawl-*.warc.gz.part"):  # an interrupted crawl's: its pages are fetched again
        stale.unlink()
    state = CrawlState(output.with_name(output.name + ".crawl-state.db"))
    shown = [0.0]

    def progress(report: CrawlReport) -> None:
        now = datetime.now().timestamp()
        if now - shown[0] >= 2:
            shown[0] = now
            busiest = sorted(report.hosts.items(), key=lambda item: -item[1]["queued"])[:3]
            hosts = ", ".join(
                f"{host} {counts['fetched']}/{counts['queued']} ({counts['errors']} errors)" for host, counts in busiest
            )
            console.print(
                f"crawl: {report.fetched}/{report.discovered} fetched, {report.written} new or changed, "
                f"{report.unchanged} unchanged, {len(report.errors)} errors | {hosts}"
            )

    try:
        report = asyncio.run(crawl(list(seeds), warc, state, options, progress))
    finally:
        state.close()
    console.print(
        f"crawl: {report.discovered} article URLs, {report.fetched} fetched, {report.written} new or changed, "
        f"{report.unchanged} unchanged, {len(report.errors)} errors; WARC {warc}"
    )
    for url, error in report.errors[:20]:
        console.print(f"  {url}: {error}", markup=False)
    if report.written == 0:
        warc.unlink(missing_ok=True)
    report_path = warcs / f"crawl-{stamp}.report.json"
    document = report.to_dict()
    report_path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    inputs = sorted(warcs.glob("crawl-*.warc.gz"))
    if not inputs:
        console.print("crawl: nothing fetched yet, no corpus written")
        return
    corpus = _rebuild(inputs, output, workers, output_format, console)
    # per host: what this crawl queued, fetched and failed, and the articles the corpus holds
    hosts: dict[str, dict[str, int]] = document["hosts"]  # type: ignore[assignment]
    for host, counts in hosts.items():
        counts["extracted"] = corpus["sites"].get(host.removeprefix("www."), 0)
    report_path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    table = Table(title=f"crawl report: {report_path}")
    for name in ("host", "queued", "fetched", "errors", "articles in the corpus"):
        table.add_column(name, justify="left" if name == "host" else "right")
    for host, counts in sorted(hosts.items()):
        table.add_row(host, *(str(counts.get(key, 0)) for key in ("queued", "fetched", "errors", "extracted")))
    console.print(table)


def _rebuild(
    inputs: list[Path], output: Path, workers: int | None, output_format: str | None, console: Console
) -> dict[str, Any]:
    """The corpus of every crawl so far, with the corpus pipeline (dedup across crawls included)."""
    from copydesk.runners.local import run_local

    for stale in (output, output.with_name(output.name + ".report.json"), output.with_name(output.name + ".work")):
        if stale.is_dir():
            shutil.rmtree(stale)
        else:
            stale.unlink(missing_ok=True)
    chosen = output_format or ("sqlite" if output.suffix == ".db" else "jsonl")
    options = CorpusOptions(output_format=chosen, workers=workers or available_cores())
    report = run_local(expand_inputs([str(path) for path in inputs]), output, options)
    console.print(
        f"corpus: {report['outcomes'].get('article', 0)} articles ({report['duplicates']} duplicates) from "
        f"{len(inputs)} crawl(s); output {output}"
    )
    return report


@click.command("fetch")
@click.argument("urls", nargs=-1, required=True)
@click.option("--agent", help="User agent [default: copydesk/VERSION (+project URL)].")
@click.option("--no-robots", is_flag=True, help="Do not consult robots.txt (for pages you may fetch anyway).")
def fetch_command(urls: tuple[str, ...], agent: str | None, no_robots: bool) -> None:
    """Fetch a handful of URLs politely (robots.txt, per-host delay, retries) and print each article as
    a JSON line, without discovery."""
    from copydesk.pipeline import process_page
    from copydesk.sources.fetch import charset_of
    from copydesk.types import Page

    async def run() -> list[str]:
        lines = []
        async with PoliteFetcher(_polite(agent, 1.0, 4, no_robots)) as fetcher:
            results = await asyncio.gather(*(fetcher.fetch(url) for url in urls))
        for url, result in zip(urls, results, strict=True):
            if not result.ok:
                lines.append(json.dumps({"url": url, "error": result.error or f"HTTP {result.status}"}))
                continue
            page = Page(url, 0, result.final_url, None, charset_of(result.headers.get("content-type")), result.body)
            article = process_page(page).article
            data = article.to_dict() if article is not None else {"error": "no article"}
            lines.append(json.dumps({"url": url, "final_url": result.final_url, **data}, ensure_ascii=False))
        return lines

    for line in asyncio.run(run()):
        click.echo(line)
