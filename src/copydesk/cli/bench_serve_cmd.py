"""``copydesk bench serve``: a load check of ``copydesk serve`` on 127.0.0.1."""

from __future__ import annotations

import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import click
import httpx

from copydesk.bench.datasets import DatasetError, default_datasets, load_dataset
from copydesk.bench.report import report_console


@click.command("serve")
@click.option("--requests", "count", type=click.IntRange(min=1), default=200, show_default=True)
@click.option("--concurrency", type=click.IntRange(min=1), default=200, show_default=True, help="Requests at once.")
def bench_serve(count: int, concurrency: int) -> None:
    """Start `copydesk serve` on 127.0.0.1 in its own process and send COUNT POST /extract requests of
    typical pages (the development pages, else the bundled examples), CONCURRENCY at once: all must be
    answered; reports requests/s and the p50 and p99 latency."""
    pages = _pages()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [
        sys.executable,
        "-m",
        "copydesk",
        "serve",
        "--port",
        str(port),
        "--concurrency",
        str(os.cpu_count() or 2),
    ]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(base)
        statuses, latencies, seconds = asyncio.run(_load(base, pages, count, concurrency))
    finally:
        server.terminate()
        server.wait(timeout=10)
    ok = sum(1 for status in statuses if status == 200)
    ordered = sorted(latencies)
    console = report_console()
    console.print(f"[bold]load check[/] {count} POST /extract of {len(pages)} typical pages, {concurrency} at once")
    console.print(
        f"answered {len(statuses)}/{count}, 200 OK {ok}, other {len(statuses) - ok}; "
        f"{count / seconds:.1f} requests/s; latency p50 {statistics.median(ordered) * 1000:.0f} ms, "
        f"p99 {ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000:.0f} ms"
    )


def _pages() -> list[bytes]:
    try:
        datasets = [load_dataset(path) for path in default_datasets()]
    except DatasetError:
        datasets = []
    pages = [page.html for dataset in datasets for page in dataset.pages][:50]
    if not pages:
        examples = Path(__file__).resolve().parents[3] / "examples" / "pages"
        pages = [path.read_bytes() for path in sorted(examples.glob("*.html"))]
    return pages


def _wait(base: str) -> None:
    for _ in range(200):
        try:
            if httpx.get(base + "/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    raise click.ClickException("the server did not start")


async def _load(base: str, pages: list[bytes], count: int, concurrency: int) -> tuple[list[int], list[float], float]:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    gate = asyncio.Semaphore(concurrency)
    statuses: list[int] = []
    latencies: list[float] = []
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:

        async def one(number: int) -> None:
            async with gate:
                started = time.perf_counter()
                response = await client.post(
                    "/extract", content=pages[number % len(pages)], headers={"Content-Type": "text/html"}
                )
                latencies.append(time.perf_counter() - started)
                statuses.append(response.status_code)

        started = time.perf_counter()
        await asyncio.gather(*(one(number) for number in range(count)))
        return statuses, latencies, time.perf_counter() - started
