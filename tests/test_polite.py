"""The polite fetcher against a test site served on 127.0.0.1 (the project's own pages): robots.txt,
Crawl-delay, retries, timeouts, redirect loops, huge and non-HTML responses, conditional requests.
What was requested, and when, is read from the server's own log."""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from copydesk.sources.polite import PoliteFetcher, PoliteOptions

ROBOTS = b"User-agent: *\nDisallow: /private/\nCrawl-delay: 0.3\n\nSitemap: /sitemap-index.xml\n"


class Site:
    def __init__(self) -> None:
        self.log: list[tuple[float, str, dict[str, str]]] = []
        self.lock = threading.Lock()
        self.flaky = 0

    def record(self, path: str, headers: dict[str, str]) -> None:
        with self.lock:
            self.log.append((time.monotonic(), path, headers))

    def paths(self) -> list[str]:
        return [path for _, path, _ in self.log]


def handler_for(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def send(self, status: int, body: bytes = b"", content_type: str = "text/html", **headers: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name.replace("_", "-"), value)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            site.record(self.path, {k.lower(): v for k, v in self.headers.items()})
            path = self.path
            if path == "/robots.txt":
                self.send(200, ROBOTS, "text/plain")
            elif path.startswith("/article-"):
                self.send(200, b"<html><body><p>A story.</p></body></html>")
            elif path == "/flaky":
                site.flaky += 1
                if site.flaky <= 2:
                    self.send(503, b"busy", retry_after="1" if site.flaky == 1 else "0")
                else:
                    self.send(200, b"<p>at last</p>")
            elif path == "/slow":
                time.sleep(3)
                self.send(200, b"late")
            elif path == "/loop-a":
                self.send(302, location="/loop-b")
            elif path == "/loop-b":
                self.send(302, location="/loop-a")
            elif path == "/to-malformed":
                self.send(302, location="http://a]/")  # (httpx takes it; urljoin raises)
            elif path == "/to-private":
                self.send(301, location="/private/secret")
            elif path == "/huge":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                chunk = b"x" * 65536
                try:
                    for _ in range(3200):  # 200 MB, unless the client hangs up first
                        self.wfile.write(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass
            elif path == "/report.pdf":
                self.send(200, b"%PDF-1.7", "application/pdf")
            elif path == "/etag":
                if self.headers.get("If-None-Match") == '"v1"':
                    self.send(304, etag='"v1"')
                else:
                    self.send(200, b"<p>v1</p>", etag='"v1"', last_modified="Tue, 04 Mar 2025 09:00:00 GMT")
            else:
                self.send(404, b"not here")

    return Handler


@pytest.fixture()
def served() -> Iterator[tuple[str, Site]]:
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(site))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", site
    finally:
        server.shutdown()
        server.server_close()


def fetch_all(urls: list[str], **options: Any) -> list[Any]:
    async def run() -> list[Any]:
        settings = PoliteOptions(**{"delay_s": 0.05, "backoff_s": 0.1, "timeout_s": 1.0, **options})
        async with PoliteFetcher(settings) as fetcher:
            return list(await asyncio.gather(*(fetcher.fetch(url) for url in urls)))

    return asyncio.run(run())


def test_robots_txt_is_obeyed_also_after_a_redirect(served: tuple[str, Site]) -> None:
    base, site = served
    private, redirected = fetch_all([f"{base}/private/secret", f"{base}/to-private"])
    assert private.error == redirected.error == "disallowed by robots.txt"
    assert redirected.redirects == (f"{base}/private/secret",)
    assert not [path for path in site.paths() if path.startswith("/private/")]
    assert site.paths().count("/robots.txt") == 1


def test_requests_to_one_host_keep_the_crawl_delay(served: tuple[str, Site]) -> None:
    base, site = served
    results = fetch_all([f"{base}/article-{n}" for n in range(5)])
    assert all(result.ok for result in results)
    times = [when for when, path, _ in site.log if path.startswith("/article-")]
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert len(times) == 5 and min(gaps) >= 0.28  # the site's Crawl-delay (0.3 s), not the default 0.05
    assert all(headers["user-agent"].startswith("copydesk/") for _, _, headers in site.log)


def test_failures_retry_with_backoff_and_faults_become_errors(served: tuple[str, Site]) -> None:
    base, site = served
    started = time.monotonic()
    flaky, slow, loop, huge, pdf, missing = fetch_all(
        [f"{base}/flaky", f"{base}/slow", f"{base}/loop-a", f"{base}/huge", f"{base}/report.pdf", f"{base}/gone"],
        retries=3,
    )
    assert flaky.ok and flaky.body == b"<p>at last</p>" and flaky.attempts == 3
    assert site.paths().count("/flaky") == 3
    flaky_times = [when for when, path, _ in site.log if path == "/flaky"]
    assert flaky_times[1] - flaky_times[0] >= 0.95  # Retry-After: 1 was honoured
    assert slow.error is not None and "timed out" in slow.error
    assert loop.error == "redirect loop" and loop.redirects[:2] == (f"{base}/loop-b", f"{base}/loop-a")
    assert huge.error == "response too large" and len(huge.body) == 0
    assert pdf.ok and pdf.headers["content-type"] == "application/pdf"
    assert missing.status == 404 and not missing.ok and missing.attempts == 1
    assert time.monotonic() - started < 30


def test_conditional_requests_give_not_modified(served: tuple[str, Site]) -> None:
    base, site = served

    async def run() -> tuple[Any, Any]:
        async with PoliteFetcher(PoliteOptions(delay_s=0.05, max_bytes=1 << 20)) as fetcher:
            first = await fetcher.fetch(f"{base}/etag")
            validators = {
                "etag": first.headers.get("etag", ""),
                "last_modified": first.headers.get("last-modified", ""),
            }
            return first, await fetcher.fetch(f"{base}/etag", validators)

    first, second = asyncio.run(run())
    assert first.ok and first.headers["etag"] == '"v1"'
    assert second.not_modified and second.body == b""
    conditional = [headers for _, path, headers in site.log if path == "/etag"][1]
    assert conditional["if-none-match"] == '"v1"' and "if-modified-since" in conditional


def test_a_redirect_to_a_malformed_url_is_that_fetch_s_error(served: tuple[str, Site]) -> None:
    """``Location: http://a]/`` made urljoin raise out of the fetcher (and the crawl)."""
    base, _ = served
    (result,) = fetch_all([f"{base}/to-malformed"])
    assert result.error == "bad redirect" and result.status == 302


def test_a_crawl_delay_asked_for_is_capped() -> None:
    from copydesk.sources.discovery import MAX_CRAWL_DELAY_S, allow_all
    from copydesk.sources.polite import _Host

    fetcher = PoliteFetcher(PoliteOptions(delay_s=0.5))
    for asked, expected in [(float("inf"), 0.5), (float("nan"), 0.5), (1e9, MAX_CRAWL_DELAY_S), (2.0, 2.0)]:
        host = _Host()
        host.robots = replace(allow_all(), crawl_delay=asked)
        assert fetcher._delay(host) == expected, asked
