"""WARC files (CC-NEWS layout): ``response`` records with HTTP headers, gzip-compressed per record, as
one member, or not at all.

Records are framed here (the version line, the headers, ``Content-Length`` bytes of block) over the
bytes :mod:`copydesk.sources.warc_bytes` decompresses, so that each record's offset is known exactly
and a record cut short (a truncated download) is told from a complete one and reported instead of passed
on empty. Each ``response`` record gives one page: its article's HTML, or the reason there is none.

Damage is one error page naming its offset, and reading goes on after it: a record whose headers make no
sense, or whose block runs past the end, is looked for again one byte after its start (at the next
``WARC/`` version line); corrupt compressed data, at the next gzip member that begins a record. Junk
before the first record is damage like any other.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from copydesk.sources.http_body import BodyError, decoded_body, split_http
from copydesk.sources.warc_bytes import GZIP_MAGIC, WARC_LINE, CorruptData, WarcBytes, next_member
from copydesk.types import Page

MAX_RECORD_BYTES = 20 * 1024 * 1024  # a larger response is reported, not read: no page is that big
MAX_HEADER_BYTES = 64 * 1024  # a record's WARC headers; more is not a record's head
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")


class _Damaged(Exception):
    """The record at ``offset`` cannot be framed; look again from ``position`` + 1 of ``data``."""

    def __init__(self, offset: int, message: str, data: WarcBytes, position: int) -> None:
        super().__init__(message)
        self.offset = offset
        self.data = data
        self.position = position


def iter_warc(path: Path) -> Iterator[Page]:
    """Every ``response`` record of a WARC file as a :class:`Page`, other record types skipped. A record
    that cannot be used (truncated, not HTML, an HTTP error, too large) is a page with ``error`` set;
    damage in the stream is one error page naming its offset, and reading goes on after it."""
    source = str(path)
    try:
        stream = path.open("rb")
    except OSError as error:
        yield Page(source, 0, error=f"{source}: {error.strerror or error}")
        return
    with stream:
        yield from iter_warc_stream(stream, source)


def iter_warc_stream(stream: BinaryIO, source: str) -> Iterator[Page]:
    """:func:`iter_warc` over an open, seekable binary stream (a local file, a file of a remote store)."""
    try:
        head = stream.read(len(GZIP_MAGIC))
    except OSError as error:
        yield Page(source, 0, error=f"{source}: unreadable: {error}")
        return
    # (a name ending in .gz with junk before its first member is still compressed)
    compressed = head == GZIP_MAGIC or (source.lower().endswith(".gz") and not head.startswith(b"WAR"))
    data: WarcBytes | None = WarcBytes(stream, compressed, 0)
    last = -1  # the offset of the last page given: an error page never shares a page's offset
    while data is not None:
        try:
            for page in _records(data, source):
                last = page.offset
                yield page
            return
        except (_Damaged, CorruptData) as error:
            damage = error
        except OSError as error:
            yield Page(source, last + 1, error=f"{source}@{last + 1}: unreadable from here: {error}")
            return
        last = max(damage.offset, last + 1)
        yield Page(source, last, error=f"{source}@{last}: unreadable WARC data: {damage}")
        try:
            if isinstance(damage, _Damaged):
                data = _after_record(stream, compressed, damage.data, damage.position)
            else:
                data = _after_member(stream, damage.offset)
        except OSError as error:
            yield Page(source, last + 1, error=f"{source}@{last + 1}: unreadable from here: {error}")
            return


def _records(data: WarcBytes, source: str) -> Iterator[Page]:
    while True:
        line = data.readline(MAX_HEADER_BYTES)
        while line in (b"\r\n", b"\n"):  # (the blank lines that end the record before)
            line = data.readline(MAX_HEADER_BYTES)
        if not line:
            return
        start = data.position - len(line)
        data.forget_before(start)

        def damaged(message: str) -> _Damaged:
            return _Damaged(data.offset_of(start), message, data, start)  # noqa: B023 (raised at once)

        if WARC_LINE.match(b"\n" + line) is None:
            raise damaged("no WARC record here (unreadable data)")
        headers = _headers(data)
        if headers is None:
            raise damaged("unreadable WARC record headers")
        length = headers.get("content-length", "")
        if not length.isdigit():
            raise damaged("a WARC record without a Content-Length")
        expected = int(length)
        if headers.get("warc-type") != "response" or expected > MAX_RECORD_BYTES:
            if not data.skip(expected):
                raise damaged(f"truncated record ({expected} bytes announced)")
            if headers.get("warc-type") == "response":
                offset = data.offset_of(start)
                yield _failed(source, offset, headers, f"response of {expected} bytes, too large")
            continue
        block = data.read(expected)
        if len(block) < expected:
            raise damaged(f"truncated record ({len(block)} of {expected} bytes)")
        yield _page(source, data.offset_of(start), headers, block)


def _headers(data: WarcBytes) -> dict[str, str] | None:
    """A record's WARC headers (names in lower case), read up to the blank line after them."""
    headers: dict[str, str] = {}
    left = MAX_HEADER_BYTES
    while left > 0:
        line = data.readline(left)
        if not line.endswith(b"\n"):
            return None  # (the data ends, or the head is too long)
        left -= len(line)
        if line in (b"\r\n", b"\n"):
            return headers
        name, colon, value = line.decode("utf-8", "replace").partition(":")
        if colon:
            headers[name.strip().lower()] = value.strip()
    return None


def _after_record(stream: BinaryIO, compressed: bool, data: WarcBytes, position: int) -> WarcBytes | None:
    """Bytes from the next record line after the damaged record at ``position`` of ``data``."""
    member_position, member_offset = data.member_of(position)
    try:
        again = WarcBytes(stream, compressed, member_offset, position - member_position)
        # (the damaged record's first byte is still to read: look from the next one on)
        return again if again.skip(1) and again.seek_pattern(WARC_LINE) else None
    except CorruptData as damage:
        return _after_member(stream, damage.offset) if compressed else None


def _after_member(stream: BinaryIO, offset: int) -> WarcBytes | None:
    found = next_member(stream, offset + 1)
    return None if found is None else WarcBytes(stream, True, found)


def _failed(source: str, offset: int, headers: dict[str, str], reason: str) -> Page:
    return Page(source, offset, headers.get("warc-target-uri"), _fetched(headers), error=f"{source}@{offset}: {reason}")


def _fetched(headers: dict[str, str]) -> str | None:
    date = headers.get("warc-date")
    try:
        return datetime.fromisoformat(date).isoformat().replace("+00:00", "Z") if date else None
    except ValueError:
        return date


def _page(source: str, offset: int, headers: dict[str, str], block: bytes) -> Page:
    url = headers.get("warc-target-uri")
    fetched = _fetched(headers)
    head, body = split_http(block)
    if head is None:
        return _failed(source, offset, headers, "no HTTP response in the record")
    if head.status is not None and not 200 <= head.status < 300:
        return _failed(source, offset, headers, f"HTTP status {head.status}")
    if head.content_type not in _HTML_TYPES:
        return _failed(source, offset, headers, f"not HTML ({head.content_type})")
    try:
        html = decoded_body(head, body, MAX_RECORD_BYTES)
    except BodyError as error:
        return _failed(source, offset, headers, str(error))
    return Page(source, offset, url, fetched, head.charset, html=html)
