"""Fetching a URL on behalf of a web client without letting it reach the server's own network: the
host is resolved first and every address checked (private, loopback, link-local, cloud metadata,
multicast, reserved and unspecified addresses are refused), again at every redirect.

The check happens before the connection: a DNS answer that changes between the check and the connection
(rebinding) is a remaining risk, reduced by the short time between the two; run the service behind an
egress firewall where that matters."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import SplitResult, urljoin, urlsplit

import httpx

from copydesk.sources import SourceError
from copydesk.sources.fetch import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_REDIRECTS,
    FetchedPage,
    check_response,
    read_capped,
    user_agent,
)

Resolver = Callable[[str], list[str]]
_METADATA = {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}


class RefusedAddress(SourceError):
    """The URL leads to an address the service may not reach."""


class InvalidURL(SourceError):
    """The URL, or one it redirects to, cannot be parsed: a bracket left open, a host IDNA refuses, a NUL."""


def resolve(host: str) -> list[str]:
    """Every address ``host`` resolves to (IPv4 and IPv6)."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except socket.gaierror as error:
        raise SourceError(f"{host}: cannot be resolved ({error.strerror or error})") from error
    except UnicodeError as error:  # a label that IDNA cannot encode (empty, over 63 characters)
        raise SourceError(f"{host}: cannot be resolved ({error})") from error
    return sorted({str(info[4][0]) for info in infos})


def check_host(host: str, resolver: Resolver) -> None:
    """Raise :class:`RefusedAddress` unless every address of ``host`` is a public one."""
    try:
        addresses = [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        addresses = [ipaddress.ip_address(address.split("%")[0]) for address in resolver(host)]
    if not addresses:
        raise SourceError(f"{host}: resolves to no address")
    for address in addresses:
        mapped = getattr(address, "ipv4_mapped", None)
        effective = mapped or address
        if effective in _METADATA or not effective.is_global or effective.is_multicast:
            raise RefusedAddress(f"{host}: refused, {address} is a private, loopback, link-local or reserved address")


def guarded_fetch(
    url: str,
    *,
    allow_private: bool = False,
    resolver: Resolver = resolve,
    transport: httpx.BaseTransport | None = None,
    timeout_s: float = 15.0,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
) -> FetchedPage:
    """GET ``url``, following redirects by hand and checking each host; the page or a SourceError."""
    current, location = "", url
    with httpx.Client(headers={"User-Agent": user_agent()}, timeout=timeout_s, transport=transport) as client:
        for _ in range(max_redirects + 1):
            current, parts = _parsed(current, location)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise SourceError(f"{current}: only http and https URLs can be fetched")
            if not allow_private:
                check_host(parts.hostname, resolver)
            try:
                with client.stream("GET", current) as response:
                    if response.is_redirect and response.headers.get("location"):
                        location = response.headers["location"]
                        continue
                    check_response(current, response, max_bytes)
                    content = read_capped(current, response, max_bytes)
                    return FetchedPage(current, content, response.status_code, response.headers.get("content-type"))
            except httpx.TimeoutException as error:
                raise SourceError(f"{current}: timed out after {timeout_s:g} s") from error
            # (httpx reads a redirect's Location in the request: one IDNA refuses is a UnicodeError)
            except (httpx.HTTPError, httpx.InvalidURL, UnicodeError) as error:
                raise SourceError(f"{current}: {type(error).__name__}: {error}") from error
    raise SourceError(f"{url}: more than {max_redirects} redirects")


def _parsed(base: str, location: str) -> tuple[str, SplitResult]:
    """``location`` read against ``base`` (the URL that redirected to it; "" for the first) and its parts, or
    :class:`InvalidURL` where Python or httpx, which is stricter (control characters, IDNA), cannot parse it."""
    try:
        url = urljoin(base, location)
        _ = httpx.URL(url).host  # (httpx decodes a host's punycode only when asked for it, in the request)
        return url, urlsplit(url)
    except (ValueError, httpx.InvalidURL) as error:  # (idna's errors are ValueErrors)
        raise InvalidURL(f"{location!r}: invalid URL ({error})") from error
