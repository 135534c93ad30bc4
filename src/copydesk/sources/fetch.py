"""Fetch one page over HTTP(S) with httpx: bounded in time, size and redirects, honest user agent.

All network I/O of copydesk goes through :func:`fetch_url`; tests may pass an ``httpx`` transport.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import httpx

from copydesk.sources import SourceError

DEFAULT_TIMEOUT_S = 20.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_REDIRECTS = 5
PROJECT_URL = "https://github.com/copydesk/copydesk"


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """The body of a successful response and the URL it came from after redirects."""

    url: str
    content: bytes
    status: int
    content_type: str | None


_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def charset_of(content_type: str | None) -> str | None:
    """The charset a ``Content-Type`` header names (``text/html; charset=ISO-8859-1``), if any."""
    match = _CHARSET.search(content_type or "")
    return match.group(1) if match else None


_HTTP_SCHEME = re.compile(r"https?://", re.IGNORECASE)


def is_url(argument: str) -> bool:
    """Whether an argument is an ``http`` or ``https`` URL."""
    return _HTTP_SCHEME.match(argument) is not None  # (no parse: "http://[::1" is a URL, a bad one)


def user_agent() -> str:
    from copydesk import __version__

    return f"copydesk/{__version__} (+{PROJECT_URL})"


def fetch_url(
    url: str,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
    transport: httpx.BaseTransport | None = None,
) -> FetchedPage:
    """GET ``url`` and return its body, or raise :class:`SourceError`.

    Only http and https are accepted. Redirects are followed up to ``max_redirects``. The body is
    streamed and the download stops as soon as it passes ``max_bytes`` (after content decoding, so a
    compressed bomb is caught too). A status other than 2xx is an error.
    """
    if not is_url(url):
        raise SourceError(f"{url}: only http and https URLs can be fetched")
    client = httpx.Client(
        headers={"User-Agent": user_agent()},
        timeout=timeout_s,
        follow_redirects=True,
        max_redirects=max_redirects,
        transport=transport,
    )
    try:
        with client, client.stream("GET", url) as response:
            check_response(url, response, max_bytes)
            content = read_capped(url, response, max_bytes)
            return FetchedPage(
                url=str(response.url),
                content=content,
                status=response.status_code,
                content_type=response.headers.get("content-type"),
            )
    except httpx.TooManyRedirects as error:
        raise SourceError(f"{url}: more than {max_redirects} redirects") from error
    except httpx.TimeoutException as error:
        raise SourceError(f"{url}: timed out after {timeout_s:g} s") from error
    except httpx.HTTPError as error:
        raise SourceError(f"{url}: {type(error).__name__}: {error}") from error
    except (httpx.InvalidURL, ValueError, UnicodeError) as error:  # "http://[::1", a host IDNA refuses
        raise SourceError(f"{url}: not a valid URL ({error})") from error


def check_response(url: str, response: httpx.Response, max_bytes: int) -> None:
    """Raise :class:`SourceError` for a status other than 2xx or a declared size over ``max_bytes``."""
    if not response.is_success:
        raise SourceError(f"{url}: HTTP {response.status_code} {response.reason_phrase}".rstrip())
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise SourceError(f"{url}: response of {int(declared)} bytes exceeds the {max_bytes} byte cap")


def read_capped(url: str, response: httpx.Response, max_bytes: int) -> bytes:
    """The body, streamed; :class:`SourceError` as soon as it passes ``max_bytes``."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise SourceError(f"{url}: response exceeds the {max_bytes} byte cap")
        chunks.append(chunk)
    return b"".join(chunks)
