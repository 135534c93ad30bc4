"""Crawling news sites: discover article URLs (sitemaps, news sitemaps, feeds, else the home page's
links), fetch them politely (:mod:`copydesk.sources.polite`), and write what is new or changed to a
WARC file in the CC-NEWS layout, which the corpus pipeline then reads like any other.

Incremental: a state file (SQLite) keeps, per URL, its ETag, Last-Modified, the hash of its body and
when it was last seen; a later crawl sends conditional requests and writes only pages that are new or
whose body changed. ``since`` skips listed pages whose listing date is older.
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import os
import sqlite3
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import BinaryIO

from copydesk.sources.discovery import Entry, feed_links, page_links, parse_listing
from copydesk.sources.polite import Fetch, PoliteFetcher, PoliteOptions
from copydesk.sources.urls import article_score, normalize_url, same_site, site_of

MAX_SITEMAPS = 200  # sitemaps (indexes included) read per seed


@dataclass(frozen=True, slots=True)
class CrawlOptions:
    polite: PoliteOptions = field(default_factory=PoliteOptions)
    since: datetime | None = None  # listed pages dated before this are skipped
    max_pages: int = 100_000
    same_site: bool = True


@dataclass(slots=True)
class CrawlReport:
    discovered: int = 0
    fetched: int = 0
    written: int = 0
    unchanged: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # why URLs were not fetched or not written
    errors: list[tuple[str, str]] = field(default_factory=list)
    redirects: dict[str, list[str]] = field(default_factory=dict)  # listed URL -> the redirects followed
    hosts: dict[str, Counter[str]] = field(default_factory=dict)  # per host: queued, fetched, errors

    def to_dict(self) -> dict[str, object]:
        return {
            "discovered": self.discovered,
            "fetched": self.fetched,
            "written": self.written,
            "unchanged": self.unchanged,
            "skipped": dict(sorted(self.skipped.items())),
            "errors": [{"url": url, "error": error} for url, error in self.errors],
            "redirects": self.redirects,
            "hosts": {host: dict(counts) for host, counts in sorted(self.hosts.items())},
        }

    def count(self, url: str, what: str) -> None:
        self.hosts.setdefault(site_of(url) or "?", Counter())[what] += 1


class CrawlState:
    """Per URL: ETag, Last-Modified, body hash, last seen (an SQLite file beside the output)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path)
        self._db.execute("PRAGMA journal_mode=WAL")  # one small write per page: no fsync for each
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS pages (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, "
            "content_hash TEXT, last_seen TEXT, status INTEGER)"
        )

    def validators(self, url: str) -> dict[str, str] | None:
        row = self._db.execute("SELECT etag, last_modified FROM pages WHERE url = ?", (url,)).fetchone()
        return {"etag": row[0] or "", "last_modified": row[1] or ""} if row else None

    def content_hash(self, url: str) -> str | None:
        row = self._db.execute("SELECT content_hash FROM pages WHERE url = ?", (url,)).fetchone()
        return row[0] if row else None

    def seen(self, url: str, result: Fetch, digest: str | None) -> None:
        """Record a fetch; kept in an open transaction until :meth:`commit` (after the WARC holding the
        pages is complete), so that an interrupted crawl forgets what it had fetched and the next one
        fetches it again rather than lose it."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self._db.execute(
            "INSERT INTO pages (url, etag, last_modified, content_hash, last_seen, status) "
            "VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(url) DO UPDATE SET etag = coalesce(excluded.etag, etag), "
            "last_modified = coalesce(excluded.last_modified, last_modified), "
            "content_hash = coalesce(excluded.content_hash, content_hash), last_seen = excluded.last_seen, "
            "status = excluded.status",
            (url, result.headers.get("etag"), result.headers.get("last-modified"), digest, now, result.status),
        )

    def commit(self) -> None:
        self._db.commit()

    def close(self) -> None:
        self._db.close()  # without commit: what was not committed is forgotten


async def discover(fetcher: PoliteFetcher, seed: str, options: CrawlOptions, report: CrawlReport) -> list[Entry]:
    """The article URLs a seed leads to: a sitemap or feed URL is read as such; a site (any other URL)
    through its robots.txt sitemaps, else ``/sitemap.xml``, else the feeds its home page links to, else
    the home page's article-like links."""
    seed_url = normalize_url(seed if "://" in seed else "https://" + seed)
    if seed_url is None:
        report.errors.append((seed, "not an http(s) URL"))
        return []
    site = site_of(seed_url) or ""
    first = await fetcher.fetch(seed_url)
    home = first.final_url or seed_url
    if first.ok and parse_listing(first.body, home).kind != "unknown":
        return _filter(await _read_listings(fetcher, [first], options, report), site, options, report)
    robots = await fetcher.robots(seed_url)
    origin = "/".join(seed_url.split("/", 3)[:3])
    entries = await _read_sitemaps(fetcher, list(robots.sitemaps) or [origin + "/sitemap.xml"], options, report)
    if not entries and first.ok:
        feeds = feed_links(first.body, home)
        results = [await fetcher.fetch(url) for url in feeds]
        entries = await _read_listings(fetcher, [r for r in results if r.ok], options, report)
        if not entries:
            entries = [Entry(url) for url in page_links(first.body, home, site)]
    if not entries and not first.ok:
        report.errors.append((seed_url, first.error or f"HTTP {first.status}"))
    return _filter(entries, site, options, report)


async def _read_sitemaps(
    fetcher: PoliteFetcher, sitemaps: list[str], options: CrawlOptions, report: CrawlReport
) -> list[Entry]:
    results = []
    for url in sitemaps[:MAX_SITEMAPS]:
        result = await fetcher.fetch(url)
        if result.ok:
            results.append(result)
        elif result.status != 404:
            report.errors.append((url, result.error or f"HTTP {result.status}"))
    return await _read_listings(fetcher, results, options, report)


async def _read_listings(
    fetcher: PoliteFetcher, results: list[Fetch], options: CrawlOptions, report: CrawlReport
) -> list[Entry]:
    entries: list[Entry] = []
    queue = list(results)
    read = 0
    seen: set[str] = set()
    while queue and read < MAX_SITEMAPS:
        result = queue.pop(0)
        read += 1
        listing = parse_listing(result.body, result.final_url or result.url)
        entries.extend(listing.entries)
        for child in listing.sitemaps:
            if child not in seen:
                seen.add(child)
                fetched = await fetcher.fetch(child)
                if fetched.ok:
                    queue.append(fetched)
                else:
                    report.errors.append((child, fetched.error or f"HTTP {fetched.status}"))
    return entries


def _filter(entries: Iterable[Entry], site: str, options: CrawlOptions, report: CrawlReport) -> list[Entry]:
    """Same-site, not a section/tag/author/media page, not older than ``since``; once each."""
    kept: dict[str, Entry] = {}
    for entry in entries:
        if options.same_site and not same_site(entry.url, site):
            report.skipped["other site"] += 1
        elif article_score(entry.url) < 0:
            report.skipped["not an article URL"] += 1
        elif options.since is not None and _older(entry, options.since):
            report.skipped["older than --since"] += 1
        elif entry.url not in kept:
            kept[entry.url] = entry
    return list(kept.values())[: options.max_pages]


def _older(entry: Entry, since: datetime) -> bool:
    stamp = entry.published or entry.modified
    when = _parse_date(stamp) if stamp else None
    return when is not None and when < since


def _parse_date(value: str) -> datetime | None:
    text = value.strip()
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, OverflowError):  # (a year of eleven digits overflows)
            return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


async def crawl(
    seeds: list[str],
    warc: Path,
    state: CrawlState,
    options: CrawlOptions,
    progress: Callable[[CrawlReport], None] | None = None,
) -> CrawlReport:
    """Discover and fetch; write new and changed pages to ``warc``. The report says what happened."""
    report = CrawlReport()
    warc.parent.mkdir(parents=True, exist_ok=True)
    async with PoliteFetcher(options.polite) as fetcher:
        entries: list[Entry] = []
        seen: set[str] = set()
        for seed in seeds:
            for entry in await discover(fetcher, seed, options, report):
                if entry.url in seen:  # listed by two seeds (a feed and a sitemap): fetched once
                    continue
                seen.add(entry.url)
                if options.polite.obey_robots and not (await fetcher.robots(entry.url)).allows(entry.url):
                    report.skipped["disallowed by robots.txt"] += 1  # never requested
                else:
                    entries.append(entry)
        report.discovered = len(entries)
        for entry in entries:
            report.count(entry.url, "queued")
        queue: asyncio.Queue[Entry] = asyncio.Queue()
        for entry in entries:
            queue.put_nowait(entry)
        partial = warc.with_name(warc.name + ".part")  # renamed when complete: never read half-written
        with partial.open("wb") as stream:
            writer = _WarcWriter(stream)

            async def worker() -> None:  # a fixed number of workers: memory does not grow with the URLs
                while not queue.empty():
                    entry = queue.get_nowait()
                    result = await fetcher.fetch(entry.url, state.validators(entry.url))
                    report.fetched += result.error is None
                    _record(result, entry, state, writer, report)
                    if progress is not None:
                        progress(report)

            await asyncio.gather(*(worker() for _ in range(max(1, options.polite.concurrency))))
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, warc)
        state.commit()
    return report


def _record(result: Fetch, entry: Entry, state: CrawlState, writer: _WarcWriter, report: CrawlReport) -> None:
    if result.redirects:
        report.redirects[entry.url] = list(result.redirects)
    report.count(entry.url, "fetched" if result.error is None else "errors")
    if result.not_modified:
        report.unchanged += 1
        state.seen(entry.url, result, None)
        return
    if not result.ok:
        report.errors.append((entry.url, result.error or f"HTTP {result.status}"))
        return
    digest = hashlib.blake2b(result.body, digest_size=16).hexdigest()
    if state.content_hash(entry.url) == digest:
        report.unchanged += 1
    else:
        writer.response(result)
        report.written += 1
    state.seen(entry.url, result, digest)


class _WarcWriter:
    """Response records, gzip-compressed one by one (the CC-NEWS layout), with their HTTP headers."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream

    def response(self, result: Fetch) -> None:
        head = [f"HTTP/1.1 {result.status} OK"]
        for name, value in result.headers.items():
            if name.lower() not in ("content-encoding", "transfer-encoding", "content-length"):
                head.append(f"{name}: {value}")
        head.append(f"Content-Length: {len(result.body)}")
        block = ("\r\n".join(head) + "\r\n\r\n").encode("utf-8", "replace") + result.body
        when = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        redirected = f"X-Crawl-Redirected-From: {result.url}\r\n" if result.redirects else ""
        warc_head = (
            f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Date: {when}\r\nWARC-Target-URI: {result.final_url or result.url}\r\n{redirected}"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(block)}\r\n\r\n"
        )
        self._stream.write(gzip.compress(warc_head.encode("utf-8") + block + b"\r\n\r\n", mtime=int(time.time())))
