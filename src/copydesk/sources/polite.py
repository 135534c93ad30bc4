"""Polite fetching for crawls (asyncio + httpx): robots.txt obeyed, one request at a time per host with
a delay between them (the site's ``Crawl-delay`` when it asks for more), a global concurrency limit,
retries with backoff on 429 and 5xx honouring ``Retry-After``, caps on time and size, redirects
followed by hand (each hop checked against robots.txt and recorded), conditional requests.

Nothing here raises for a bad response: every URL gives a :class:`Fetch` with a status or an error.
"""

from __future__ import annotations

import asyncio
import email.utils
import math
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from copydesk.sources.discovery import MAX_CRAWL_DELAY_S, Robots, allow_all, parse_robots
from copydesk.sources.fetch import DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_S, user_agent
from copydesk.sources.urls import normalize_url

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER_S = 120.0


@dataclass(frozen=True, slots=True)
class PoliteOptions:
    """Settings of a :class:`PoliteFetcher`."""

    agent: str = ""  # empty: copydesk's own user agent
    concurrency: int = 16
    delay_s: float = 1.0  # between two requests to one host (a larger Crawl-delay wins)
    timeout_s: float = DEFAULT_TIMEOUT_S
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = DEFAULT_MAX_REDIRECTS
    retries: int = 3
    backoff_s: float = 1.0  # first retry wait; doubles each time (Retry-After wins when given)
    obey_robots: bool = True


@dataclass(frozen=True, slots=True)
class Fetch:
    """What fetching one URL gave: the final URL, status, headers and body, the redirects followed, or
    an error saying why there is no body."""

    url: str
    final_url: str | None = None
    status: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    redirects: tuple[str, ...] = ()
    error: str | None = None
    attempts: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class _Host:
    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.next_at = 0.0
        self.robots: Robots | None = None
        self.robots_lock = asyncio.Lock()


class PoliteFetcher:
    """Fetch URLs politely; use ``async with`` (one HTTP client for all)."""

    def __init__(self, options: PoliteOptions = PoliteOptions(), transport: httpx.AsyncBaseTransport | None = None):
        self.options = options
        self.agent = options.agent or user_agent()
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._hosts: dict[str, _Host] = {}
        self._slots = asyncio.Semaphore(options.concurrency)

    async def __aenter__(self) -> PoliteFetcher:
        self._client = httpx.AsyncClient(
            transport=self._transport,
            timeout=self.options.timeout_s,
            follow_redirects=False,
            headers={"User-Agent": self.agent},
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.aclose()

    async def robots(self, url: str) -> Robots:
        """The robots.txt rules of ``url``'s host, fetched once (a missing robots.txt allows all; one
        that cannot be fetched because of a server error disallows all, as the standard asks)."""
        origin = _origin(url)
        host = self._host(origin)
        async with host.robots_lock:
            if host.robots is None:
                host.robots = await self._fetch_robots(origin)
                # the robots.txt request itself was spaced by the default delay: keep the site's from now on
                host.next_at += max(0.0, self._delay(host) - self.options.delay_s)
            return host.robots

    async def fetch(self, url: str, validators: Mapping[str, str] | None = None) -> Fetch:
        """GET ``url`` (``validators``: ``etag`` and ``last_modified`` of an earlier fetch, sent as
        conditional headers)."""
        headers = {}
        if validators:
            if validators.get("etag"):
                headers["If-None-Match"] = validators["etag"]
            if validators.get("last_modified"):
                headers["If-Modified-Since"] = validators["last_modified"]
        current = url
        redirects: list[str] = []
        attempts = 0
        while True:
            if urlsplit(current).scheme not in ("http", "https"):
                return Fetch(url, current, redirects=tuple(redirects), error="redirected off http(s)")
            if self.options.obey_robots and not (await self.robots(current)).allows(current):
                return Fetch(url, current, redirects=tuple(redirects), error="disallowed by robots.txt")
            result, tries = await self._request(current, headers)
            attempts += tries
            if result.error is not None or result.status is None or not 300 <= result.status < 400:
                return Fetch(
                    url, current, result.status, result.headers, result.body, tuple(redirects), result.error, attempts
                )
            if result.status == 304:
                return Fetch(url, current, 304, result.headers, b"", tuple(redirects), None, attempts)
            location = result.headers.get("location")
            target = normalize_url(location, current) if location else None
            if target is None:
                return Fetch(
                    url, current, result.status, result.headers, b"", tuple(redirects), "bad redirect", attempts
                )
            redirects.append(target)
            if target in redirects[:-1] or target == url:
                return Fetch(url, target, result.status, {}, b"", tuple(redirects), "redirect loop", attempts)
            if len(redirects) > self.options.max_redirects:
                return Fetch(url, target, result.status, {}, b"", tuple(redirects), "too many redirects", attempts)
            current = target

    # --- internals ---

    def _host(self, origin: str) -> _Host:
        host = self._hosts.get(origin)
        if host is None:
            host = self._hosts[origin] = _Host()
        return host

    async def _fetch_robots(self, origin: str) -> Robots:
        result, _ = await self._request(origin + "/robots.txt", {}, retries=1)
        if result.status is not None and 200 <= result.status < 300:
            return parse_robots(result.body.decode("utf-8", "replace"), origin + "/", self.agent)
        if result.status is not None and 400 <= result.status < 500:
            return allow_all()
        return parse_robots("User-agent: *\nDisallow: /\n", origin + "/", self.agent)  # unreachable: wait

    async def _request(self, url: str, headers: Mapping[str, str], retries: int | None = None) -> tuple[Fetch, int]:
        """One GET with retries, at the host's pace; the result and the number of attempts."""
        assert self._client is not None, "use the fetcher in 'async with'"
        origin = _origin(url)
        host = self._host(origin)
        allowed = self.options.retries if retries is None else retries
        attempt = 0
        while True:
            attempt += 1
            async with host.lock:  # one request at a time per host, spaced by the delay
                wait = host.next_at - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                async with self._slots:
                    result = await self._get(url, headers)
                host.next_at = time.monotonic() + self._delay(host)
            if result.status not in RETRY_STATUSES or attempt > allowed:
                return result, attempt
            pause = _retry_after(result.headers.get("retry-after")) or self.options.backoff_s * 2 ** (attempt - 1)
            host.next_at = max(host.next_at, time.monotonic() + min(pause, MAX_RETRY_AFTER_S))

    def _delay(self, host: _Host) -> float:
        asked = host.robots.crawl_delay if host.robots is not None else None
        if asked is None or not math.isfinite(asked):  # (a Robots not made by parse_robots: capped here too)
            asked = 0.0
        return max(self.options.delay_s, min(asked, MAX_CRAWL_DELAY_S))

    async def _get(self, url: str, headers: Mapping[str, str]) -> Fetch:
        assert self._client is not None
        try:
            async with self._client.stream("GET", url, headers=dict(headers)) as response:
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.options.max_bytes:
                    return Fetch(url, url, response.status_code, dict(response.headers), error="response too large")
                chunks = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > self.options.max_bytes:
                        return Fetch(url, url, response.status_code, dict(response.headers), error="response too large")
                    chunks.append(chunk)
                return Fetch(url, url, response.status_code, dict(response.headers), b"".join(chunks))
        except httpx.TimeoutException:
            return Fetch(url, url, error=f"timed out after {self.options.timeout_s:g} s")
        except httpx.HTTPError as error:
            return Fetch(url, url, error=f"{type(error).__name__}: {error}")


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _retry_after(value: str | None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (a number, or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
