"""``copydesk crawl`` against a test site served on 127.0.0.1: discovery through robots.txt, a sitemap
index with a gzipped child, a news sitemap, RSS and Atom feeds; robots.txt obeyed and the delay kept
(read from the server's log); a second crawl after the site changes fetches only what changed."""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from copydesk.cli.main import main
from copydesk.sources.warc import iter_warc
from corpus_fixtures import page

SITE = "quaycourier.example"
ARTICLES = {
    "/2025/03/04/harbour-basin-to-be-dredged": 0,
    "/2025/03/05/ferry-adds-late-crossings": 1,
    "/2025/03/06/council-approves-new-school": 2,
    "/2025/03/07/old-swing-bridge-closed": 3,
    "/2025/03/08/market-opens-on-sundays": 4,
    "/private/2025/03/09/embargoed-lifeboat-story": 7,
}


FAULTS = [
    "/2025/03/11/slow-story-about-the-tides",
    "/2025/03/12/flaky-story-about-the-ferry",
    "/2025/03/13/moved-story-about-the-school",
    "/2025/03/14/looping-story-about-the-bridge",
    "/2025/03/15/huge-story-about-the-market",
    "/2025/03/16/harbour-report-download",
]


class FakeSite:
    def __init__(self, faults: bool = False) -> None:
        self.pages = {path: page(SITE, topic) for path, topic in ARTICLES.items()}
        self.news = ["/2025/03/06/council-approves-new-school"]
        self.faults = FAULTS if faults else []
        self.flaky = 0
        self.log: list[tuple[float, str, dict[str, str]]] = []
        self.lock = threading.Lock()

    def urls(self, base: str, paths: list[str]) -> str:
        return "".join(f"<url><loc>{base}{path}?utm_source=sitemap</loc></url>" for path in paths)

    def fault(self, path: str) -> tuple[int, bytes, str, dict[str, str]]:
        if "slow" in path:
            time.sleep(3)
            return 200, b"<p>late</p>", "text/html", {}
        if "flaky" in path:
            self.flaky += 1
            if self.flaky <= 2:
                return 503, b"busy", "text/html", {"Retry-After": "0"}
            return 200, page(SITE, 1, variant=3), "text/html; charset=utf-8", {}
        if "moved" in path:
            return 301, b"", "text/html", {"Location": "/2025/03/06/council-approves-new-school-updated"}
        if "looping" in path:
            return 302, b"", "text/html", {"Location": path}
        if "huge" in path:
            return 299, b"", "text/html", {}
        return 200, b"%PDF-1.7 not a page", "application/pdf", {}

    def respond(self, path: str, base: str, headers: dict[str, str]) -> tuple[int, bytes, str, dict[str, str]]:
        if path == "/robots.txt":
            text = "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.1\nSitemap: /sitemap-index.xml\n"
            return 200, text.encode(), "text/plain", {}
        if path == "/sitemap-index.xml":
            body = (
                '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<sitemap><loc>{base}/sitemap-1.xml.gz</loc></sitemap>"
                f"<sitemap><loc>{base}/news-sitemap.xml</loc></sitemap></sitemapindex>"
            )
            return 200, body.encode(), "application/xml", {}
        if path == "/sitemap-1.xml.gz":
            listed = ["/2025/03/04/harbour-basin-to-be-dredged", "/2025/03/05/ferry-adds-late-crossings",
                      "/private/2025/03/09/embargoed-lifeboat-story", "/tag/harbour/", *self.faults]  # fmt: skip
            body = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{self.urls(base, listed)}</urlset>'
            return 200, gzip.compress(body.encode()), "application/gzip", {}
        if path == "/news-sitemap.xml":
            items = "".join(
                f"<url><loc>{base}{p}</loc><news:news><news:publication_date>2025-03-06T08:00:00Z"
                f"</news:publication_date><news:title>Story {n}</news:title></news:news></url>"
                for n, p in enumerate(self.news)
            )
            body = (
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{items}</urlset>'
            )
            return 200, body.encode(), "application/xml", {}
        if path == "/feed.rss":
            link = f"<link>{base}/2025/03/07/old-swing-bridge-closed</link>"
            body = f'<rss version="2.0"><channel><item>{link}</item></channel></rss>'
            return 200, body.encode(), "application/rss+xml", {}
        if path == "/atom.xml":
            body = (
                '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Market</title>'
                f'<link href="{base}/2025/03/08/market-opens-on-sundays"/></entry></feed>'
            )
            return 200, body.encode(), "application/atom+xml", {}
        if path in self.faults:
            return self.fault(path)
        if path == "/2025/03/06/council-approves-new-school-updated":
            return 200, page(SITE, 2, variant=4), "text/html; charset=utf-8", {}
        if path in self.pages:
            body = self.pages[path]
            etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
            if headers.get("if-none-match") == etag:
                return 304, b"", "text/html", {"ETag": etag}
            return 200, body, "text/html; charset=utf-8", {"ETag": etag}
        return 404, b"not here", "text/html", {}


@pytest.fixture()
def served(request: pytest.FixtureRequest) -> Iterator[tuple[str, FakeSite]]:
    site = FakeSite(faults=getattr(request, "param", False))

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            headers = {k.lower(): v for k, v in self.headers.items()}
            with site.lock:
                site.log.append((time.monotonic(), self.path, headers))
            base = f"http://{self.headers['Host']}"
            status, body, content_type, extra = site.respond(self.path.split("?")[0], base, headers)
            if status == 299:  # the endless response: sent until the client hangs up
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                try:
                    for _ in range(3200):
                        self.wfile.write(b"<p>" + b"x" * 65536 + b"</p>")
                except (BrokenPipeError, ConnectionResetError):
                    pass
                return
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in extra.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", site
    finally:
        server.shutdown()
        server.server_close()


def crawl(base: str, output: Path, *extra: str) -> Any:
    seeds = [base + "/", base + "/feed.rss", base + "/atom.xml"]
    arguments = ["crawl", *seeds, "-o", str(output), "--delay", "0.05", "--concurrency", "4", "--workers", "1", *extra]
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 0, result.output
    return result


def warc_urls(path: Path) -> set[str]:
    return {page.url or "" for page in iter_warc(path) if page.error is None}


def test_a_crawl_finds_every_allowed_article_politely_and_recrawls_only_changes(
    served: tuple[str, FakeSite], tmp_path: Path
) -> None:
    base, site = served
    output = tmp_path / "corpus"
    crawl(base, output)
    allowed = {base + path for path in ARTICLES if not path.startswith("/private/")}
    warcs = sorted((tmp_path / "corpus.warcs").glob("crawl-*.warc.gz"))
    assert len(warcs) == 1 and warc_urls(warcs[0]) == allowed  # tracking parameters gone, tag page skipped
    requested = [path for _, path, _ in site.log]
    assert not [path for path in requested if path.startswith("/private/")]
    assert not [path for path in requested if path.startswith("/tag/")]
    times = [when for when, _, _ in site.log]
    assert min(later - earlier for earlier, later in itertools.pairwise(times)) >= 0.09  # Crawl-delay 0.1
    report = json.loads((tmp_path / "corpus.report.json").read_text(encoding="utf-8"))
    assert report["outcomes"]["article"] == 5
    crawl_report = json.loads(next((tmp_path / "corpus.warcs").glob("crawl-*.report.json")).read_text())
    assert crawl_report["hosts"]["127.0.0.1"] == {"queued": 5, "fetched": 5, "extracted": 5}

    # the site changes: one story is rewritten, one is added to the news sitemap
    time.sleep(1.1)  # a new crawl gets its own WARC name (one a second)
    changed = "/2025/03/05/ferry-adds-late-crossings"
    site.pages[changed] = page(SITE, 1, variant=2)
    added = "/2025/03/10/lifeboat-busy-weekend"
    site.pages[added] = page(SITE, 7)
    site.news.append(added)
    before = len(site.log)
    crawl(base, output)
    second = sorted((tmp_path / "corpus.warcs").glob("crawl-*.warc.gz"))[-1]
    assert warc_urls(second) == {base + changed, base + added}
    article_requests = [(path, h) for _, path, h in site.log[before:] if path in site.pages]
    unchanged = [h for path, h in article_requests if path not in (changed, added)]
    assert unchanged and all("if-none-match" in headers for headers in unchanged)  # conditional: 304s
    report = json.loads((tmp_path / "corpus.report.json").read_text(encoding="utf-8"))
    assert report["outcomes"]["article"] == 7  # the corpus holds both crawls: five, one rewrite, one new


def test_fetch_prints_articles_and_errors_as_json_lines(served: tuple[str, FakeSite]) -> None:
    base, _ = served
    urls = [base + "/2025/03/04/harbour-basin-to-be-dredged", base + "/private/2025/03/09/embargoed-lifeboat-story"]
    result = CliRunner().invoke(main, ["fetch", *urls])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert lines[0]["kind"] == "article" and "dredge" in lines[0]["text"]
    assert lines[1] == {"url": urls[1], "error": "disallowed by robots.txt"}


@pytest.mark.parametrize("served", [True], indirect=True)
def test_a_crawl_survives_every_fault_and_reports_it(served: tuple[str, FakeSite], tmp_path: Path) -> None:
    base, site = served
    started = time.monotonic()
    result = crawl(base, tmp_path / "corpus", "--timeout", "1")
    assert site.flaky == 3
    assert time.monotonic() - started < 60
    warc = sorted((tmp_path / "corpus.warcs").glob("crawl-*.warc.gz"))[0]
    fetched = warc_urls(warc)
    assert base + "/2025/03/12/flaky-story-about-the-ferry" in fetched  # after two 503s
    assert base + "/2025/03/06/council-approves-new-school-updated" in fetched  # where the redirect led
    for failed in ("slow-story", "looping-story", "huge-story"):
        assert not [url for url in fetched if failed in url]
    report = json.loads(next((tmp_path / "corpus.warcs").glob("crawl-*.report.json")).read_text(encoding="utf-8"))
    errors = {entry["url"].rsplit("/", 1)[-1]: entry["error"] for entry in report["errors"]}
    assert "timed out" in errors["slow-story-about-the-tides"]
    assert errors["looping-story-about-the-bridge"] == "redirect loop"
    assert errors["huge-story-about-the-market"] == "response too large"
    moved, looping = (
        base + "/2025/03/13/moved-story-about-the-school",
        base + "/2025/03/14/looping-story-about-the-bridge",
    )
    assert report["redirects"] == {
        moved: [base + "/2025/03/06/council-approves-new-school-updated"],
        looping: [looping],
    }
    assert report["hosts"]["127.0.0.1"]["errors"] == 3, report["errors"]
    corpus_errors = (tmp_path / "corpus" / "errors.jsonl.gz").read_bytes()
    assert b"not HTML (application/pdf)" in gzip.decompress(corpus_errors)
    assert "errors" in result.output


def test_since_skips_listed_pages_dated_before_it_and_parquet_output(
    served: tuple[str, FakeSite], tmp_path: Path
) -> None:
    base, _ = served
    crawl(base, tmp_path / "corpus", "--since", "2025-03-07", "--format", "parquet")
    warc = sorted((tmp_path / "corpus.warcs").glob("crawl-*.warc.gz"))[0]
    fetched = warc_urls(warc)
    assert base + "/2025/03/06/council-approves-new-school" not in fetched  # its news sitemap date is older
    assert base + "/2025/03/04/harbour-basin-to-be-dredged" in fetched  # listed without a date: fetched
    report = json.loads(next((tmp_path / "corpus.warcs").glob("crawl-*.report.json")).read_text(encoding="utf-8"))
    assert report["skipped"]["older than --since"] == 1
    assert len(list((tmp_path / "corpus").glob("part-*.parquet"))) == 1


def test_an_interrupted_crawl_forgets_what_it_fetched_and_loses_nothing(
    served: tuple[str, FakeSite], tmp_path: Path
) -> None:
    import asyncio

    from copydesk.sources.crawl import CrawlOptions, CrawlReport, CrawlState
    from copydesk.sources.crawl import crawl as crawl_pages
    from copydesk.sources.polite import PoliteOptions

    base, _ = served
    options = CrawlOptions(polite=PoliteOptions(delay_s=0.0, concurrency=2))
    state = CrawlState(tmp_path / "state.db")

    def interrupt(report: CrawlReport) -> None:
        if report.fetched >= 2:
            raise RuntimeError("interrupted")  # as Ctrl-C or a crash in the middle of the crawl

    with pytest.raises(RuntimeError, match="interrupted"):
        asyncio.run(crawl_pages([base + "/"], tmp_path / "one.warc.gz", state, options, interrupt))
    state.close()
    assert not (tmp_path / "one.warc.gz").exists() and (tmp_path / "one.warc.gz.part").exists()
    state = CrawlState(tmp_path / "state.db")
    assert state.content_hash(base + "/2025/03/04/harbour-basin-to-be-dredged") is None  # forgotten
    report = asyncio.run(crawl_pages([base + "/"], tmp_path / "two.warc.gz", state, options))
    state.close()
    assert report.written == 3 and len(warc_urls(tmp_path / "two.warc.gz")) == 3  # the sitemaps' three


def test_a_listing_date_past_the_calendar_is_no_date() -> None:
    """An RFC 822 date of year 99999999999 raised OverflowError out of the crawl's date filter."""
    from copydesk.sources.crawl import _parse_date

    assert _parse_date("1 Jan 99999999999 00:00:00") is None
    assert _parse_date("Tue, 04 Mar 2025 09:00:00 GMT") is not None
