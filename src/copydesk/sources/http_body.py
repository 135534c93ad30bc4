"""HTTP responses as archived in WARC records: the head parsed, and the body as the server's bytes
decoded, where the archiver kept them encoded (wget, warcprox and Heritrix keep ``Transfer-Encoding:
chunked`` and ``Content-Encoding: gzip`` bodies as they came).

A body that says it is encoded but begins with markup was decoded by the archiver, who left the header:
it is taken as it is. One that cannot be decoded raises :class:`BodyError`; one that would decode to
more than the limit too, so that a small record cannot fill the memory.
"""

from __future__ import annotations

import importlib
import re
import zlib
from typing import Any

_CHARSET = re.compile(rb"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_CHUNK_SIZE = re.compile(rb"[0-9a-fA-F]{1,16}[ \t]*(?:;[^\r\n]*)?\r?\n")
_INFLATE_CHUNK = 1 << 20


class BodyError(Exception):
    """A body that cannot be decoded; the message says why."""


class HttpHead:
    """The HTTP status and the headers of a response that matter here."""

    __slots__ = ("charset", "content_encodings", "content_type", "status", "transfer_encodings")

    def __init__(self, status: int | None, content_type: str, charset: str | None) -> None:
        self.status = status
        self.content_type = content_type
        self.charset = charset
        self.content_encodings: list[str] = []
        self.transfer_encodings: list[str] = []


def split_http(block: bytes) -> tuple[HttpHead | None, bytes]:
    """The HTTP head and the (still encoded) body of a response record's block."""
    end = block.find(b"\r\n\r\n")
    cut = 4
    if end < 0:
        end, cut = block.find(b"\n\n"), 2
    if end < 0 or not block.startswith(b"HTTP/"):
        return None, b""
    lines = block[:end].split(b"\n")
    parts = lines[0].split()
    status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    head = HttpHead(status, "", None)
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-type":
            head.content_type = value.split(b";")[0].strip().decode("latin-1").lower()
            found = _CHARSET.search(value)
            head.charset = found.group(1).decode("ascii", "replace") if found else None
        elif name in (b"content-encoding", b"transfer-encoding"):
            codings = [part.strip().decode("latin-1").lower() for part in value.split(b",") if part.strip()]
            (head.content_encodings if name == b"content-encoding" else head.transfer_encodings).extend(codings)
    return head, block[end + cut :]


def decoded_body(head: HttpHead, body: bytes, limit: int) -> bytes:
    """``body`` with its transfer and content encodings undone (the last applied first)."""
    if "chunked" in head.transfer_encodings:
        body = dechunked(body)
    for coding in reversed(head.content_encodings):
        if coding in ("identity", "none") or body.lstrip()[:1] == b"<":
            continue
        if coding in ("gzip", "x-gzip"):
            body = _inflated(body, 31, coding, limit)
        elif coding == "deflate":  # zlib-wrapped as the standard says, or raw as some servers send it
            try:
                body = _inflated(body, 15, coding, limit)
            except BodyError:
                body = _inflated(body, -15, coding, limit)
        elif coding == "br":
            body = _unbrotlied(body, limit)
        else:
            raise BodyError(f"a body in an unknown Content-Encoding ({coding})")
    return body


def dechunked(body: bytes) -> bytes:
    """A ``Transfer-Encoding: chunked`` body joined; one that does not begin with a chunk size is taken
    as already joined."""
    if _CHUNK_SIZE.match(body) is None:
        return body
    parts: list[bytes] = []
    position = 0
    while True:
        line = _CHUNK_SIZE.match(body, position)
        if line is None:
            raise BodyError(f"a damaged chunked body (no chunk size at byte {position})")
        size = int(line.group().split(b";")[0], 16)
        if size == 0:
            return b"".join(parts)  # (trailers after it are not the page)
        start = line.end()
        if start + size > len(body):
            raise BodyError(f"a truncated chunked body ({len(body) - start} of a chunk's {size} bytes)")
        parts.append(body[start : start + size])
        position = start + size
        for ending in (b"\r\n", b"\n"):
            if body.startswith(ending, position):
                position += len(ending)
                break


def _inflated(body: bytes, window: int, coding: str, limit: int) -> bytes:
    inflater = zlib.decompressobj(window)
    try:
        made = inflater.decompress(body, limit + 1)
    except zlib.error as error:
        raise BodyError(f"a damaged {coding} body: {error}") from error
    if len(made) > limit:
        raise BodyError(f"a {coding} body of more than {limit} bytes decompressed")
    return made


def _unbrotlied(body: bytes, limit: int) -> bytes:
    try:
        brotli: Any = importlib.import_module("brotli")  # (installed with FastWARC)
    except ImportError as error:
        raise BodyError("a br body, and no brotli decoder installed") from error
    try:
        made: bytes = brotli.Decompressor().process(body, output_buffer_limit=limit + 1)
    except brotli.error as error:
        raise BodyError(f"a damaged br body: {error}") from error
    if len(made) > limit:
        raise BodyError(f"a br body of more than {limit} bytes decompressed")
    return made
