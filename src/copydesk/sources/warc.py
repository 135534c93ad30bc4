"""WARC files (CC-NEWS layout): ``response`` records with HTTP headers, gzip-compressed per record or not.

Read with FastWARC; each record's block is read whole and its HTTP head parsed here, so that a record
cut short (a truncated download) is told from a complete one and reported instead of passed on empty.
After a broken record (a corrupt gzip member, a wrong length) reading resumes at the next record: the
next gzip member, or the next ``WARC/`` version line, after the damage.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from copydesk.types import Page

MAX_RECORD_BYTES = 20 * 1024 * 1024  # a larger response is reported, not read: no page is that big
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")
_CHARSET = re.compile(rb"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_START = re.compile(rb"(?:^|\n)WARC/1\.[01]\r?\n")
_SCAN_CHUNK = 1 << 20


class WarcHead:
    """The HTTP status and headers of a response record."""

    __slots__ = ("charset", "content_type", "status")

    def __init__(self, status: int | None, content_type: str, charset: str | None) -> None:
        self.status = status
        self.content_type = content_type
        self.charset = charset


class _Damaged(Exception):
    def __init__(self, offset: int, message: str) -> None:
        super().__init__(message)
        self.offset = offset


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
    compressed = stream.read(3) == _GZIP_MAGIC
    start: int | None = 0
    while start is not None:
        try:
            yield from _read_from(stream, source, start)
            return
        except _Damaged as damage:
            yield Page(source, damage.offset, error=str(damage))
            start = _next_record(stream, damage.offset + 1, compressed)


def _read_from(stream: BinaryIO, source: str, start: int) -> Iterator[Page]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    stream.seek(start)
    damage_at = start  # past the last record read whole: an error page never shares a page's offset
    try:
        for record in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=False):
            offset = start + int(record.stream_pos)
            page = _page(source, offset, record)
            if page.error is not None and "truncated record" in page.error:
                raise _Damaged(offset, page.error)
            damage_at = offset + 1
            yield page
    except (OSError, ValueError, EOFError) as error:
        raise _Damaged(damage_at, f"{source}@{damage_at}: unreadable WARC data from here: {error}") from error


def _next_record(stream: BinaryIO, after: int, compressed: bool) -> int | None:
    """The offset of the first record start at or after ``after``, or None at the end of the file."""
    position = after
    while True:
        stream.seek(position)
        chunk = stream.read(_SCAN_CHUNK + 16)
        if not chunk:
            return None
        if compressed:
            found = chunk.find(_GZIP_MAGIC)
            if found >= 0:
                return position + found
        else:
            match = _WARC_START.search(chunk)
            if match is not None:
                return position + match.start() + (1 if chunk[match.start() : match.start() + 1] == b"\n" else 0)
        if len(chunk) <= 16:
            return None
        position += _SCAN_CHUNK


def _page(source: str, offset: int, record: Any) -> Page:
    headers = record.headers
    url = headers.get("WARC-Target-URI")
    date = record.record_date
    fetched = date.isoformat().replace("+00:00", "Z") if date is not None else headers.get("WARC-Date")
    expected = int(record.content_length)
    where = f"{source}@{offset}"
    if expected > MAX_RECORD_BYTES:
        return Page(source, offset, url, fetched, error=f"{where}: response of {expected} bytes, too large")
    block = record.reader.read()
    if len(block) < expected:
        return Page(source, offset, url, fetched, error=f"{where}: truncated record ({len(block)} of {expected} bytes)")
    head, body = split_http(block)
    if head is None:
        return Page(source, offset, url, fetched, error=f"{where}: no HTTP response in the record")
    if head.status is not None and not 200 <= head.status < 300:
        return Page(source, offset, url, fetched, error=f"{where}: HTTP status {head.status}")
    if head.content_type not in _HTML_TYPES:
        return Page(source, offset, url, fetched, error=f"{where}: not HTML ({head.content_type})")
    return Page(source, offset, url, fetched, head.charset, html=body)


def split_http(block: bytes) -> tuple[WarcHead | None, bytes]:
    """The HTTP head and the body of a response record's block."""
    end = block.find(b"\r\n\r\n")
    cut = 4
    if end < 0:
        end, cut = block.find(b"\n\n"), 2
    if end < 0 or not block.startswith(b"HTTP/"):
        return None, b""
    lines = block[:end].split(b"\n")
    parts = lines[0].split()
    status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    content_type = ""
    charset = None
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-type":
            content_type = value.split(b";")[0].strip().decode("latin-1").lower()
            found = _CHARSET.search(value)
            charset = found.group(1).decode("ascii", "replace") if found else None
    return WarcHead(status, content_type, charset), block[end + cut :]
