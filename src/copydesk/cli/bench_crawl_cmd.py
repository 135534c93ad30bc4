"""``copydesk bench crawl``: memory and pace of a crawl over a synthetic site served on 127.0.0.1."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile

import click
from rich.table import Table

from copydesk.bench.crawl_site import serve
from copydesk.bench.report import report_console


@click.command("crawl")
@click.option(
    "--urls", type=click.IntRange(min=100), default=50_000, show_default=True, help="Article URLs of the site."
)
@click.option(
    "--small", type=click.IntRange(min=10), default=5_000, show_default=True, help="URLs of the smaller crawl."
)
def bench_crawl(urls: int, small: int) -> None:
    """Crawl a synthetic site (robots.txt, a sitemap index, sitemaps of 10,000 URLs, small articles) served
    on 127.0.0.1, once with SMALL URLs and once with URLS, each crawl in a fresh process, and report
    pages/s and peak memory: discovery, the queue, the state file and the WARC writer keep memory flat."""
    console = report_console()
    table = Table(title="copydesk crawl of a local synthetic site (no delay; one host, so one request at a time)")
    for name in ("URLs", "fetched", "written", "errors", "seconds", "pages/s", "peak MB"):
        table.add_column(name, justify="right")
    for count in (small, urls):
        server, _ = serve(count)
        base = f"http://127.0.0.1:{server.server_address[1]}"
        with tempfile.TemporaryDirectory(prefix="copydesk-bench-crawl-") as folder:
            command = [sys.executable, "-m", "copydesk.bench.crawl_run", base, folder]
            done = subprocess.run(command, capture_output=True, text=True, check=False)
        server.shutdown()
        server.server_close()
        if done.returncode != 0:
            raise click.ClickException(f"the crawl failed: {done.stderr[-2000:]}")
        data = json.loads(done.stdout.strip().splitlines()[-1])
        report = data["report"]
        table.add_row(
            str(count),
            str(report["fetched"]),
            str(report["written"]),
            str(data["errors"]),
            f"{data['seconds']:.1f}",
            f"{report['fetched'] / data['seconds']:.0f}",
            f"{data['max_rss_kb'] / 1024:.0f}",
        )
    console.print(table)
