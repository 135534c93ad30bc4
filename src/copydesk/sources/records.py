"""JSONL files of records, plain or gzip-compressed: each line a page's HTML or its extracted text.

A record with an ``html`` (or ``raw_html``, ``content_html``) field is a page to extract; a record
with a text body (``maintext``, ``text``, ``content``: the layouts :mod:`copydesk.clean.records`
recognises) is text to clean. A line that is not a record becomes a page with ``error`` set."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from copydesk.clean.records import USUAL_FIELDS, FieldMap, body_field
from copydesk.surrogates import mended
from copydesk.types import Page

HTML_FIELDS = ("html", "raw_html", "content_html")
_URL_FIELDS = ("url", "link", "source_url")
_DATE_FIELDS = ("date_download", "date_crawled", "fetched", "crawled_at")


def iter_records(path: Path, fields: FieldMap = USUAL_FIELDS) -> Iterator[Page]:
    """Every line of a JSONL file as a :class:`Page`; ``offset`` is the line number (from 1)."""
    try:
        stream = path.open("rb")
    except OSError as error:
        yield Page(str(path), 0, error=f"{path}: {error.strerror or error}")
        return
    with stream:
        yield from iter_records_stream(stream, str(path), fields)


def iter_records_stream(stream: BinaryIO, source: str, fields: FieldMap = USUAL_FIELDS) -> Iterator[Page]:
    """:func:`iter_records` over an open binary stream; gzip-compressed when ``source`` ends in ``.gz``."""
    number = 0
    try:
        lines: BinaryIO = gzip.GzipFile(fileobj=stream) if source.lower().endswith(".gz") else stream  # type: ignore[assignment]
        for number, raw in enumerate(lines, start=1):
            if raw.strip():
                yield record_page(source, number, raw, fields)
    except (OSError, EOFError, zlib.error) as error:
        yield Page(source, number + 1, error=f"{source}: unreadable after line {number}: {error}")


def record_page(source: str, number: int, raw: bytes, fields: FieldMap = USUAL_FIELDS) -> Page:
    where = f"{source}:{number}"
    try:
        value = mended(json.loads(raw.decode("utf-8", "replace")))  # (surrogates from escapes, as bad bytes are)
    except json.JSONDecodeError as problem:
        return Page(source, number, error=f"{where}: invalid JSON: {problem.msg}")
    except ValueError as problem:  # an integer of more digits than Python converts
        return Page(source, number, error=f"{where}: unreadable JSON: {problem}")
    except RecursionError:  # nested deeper than the parser (or mended) can follow
        return Page(source, number, error=f"{where}: unreadable JSON: nested too deeply")
    if not isinstance(value, dict):
        return Page(source, number, error=f"{where}: a JSON {type(value).__name__}, not a record")
    url = _string(value, _URL_FIELDS if fields.url is None else (fields.url,))
    fetched = _string(value, _DATE_FIELDS)
    html = _string(value, HTML_FIELDS)
    if html is not None:
        return Page(source, number, url, fetched, html=html.encode("utf-8"), record=value)
    name = body_field(value, fields)
    if name is None or not isinstance(value.get(name), str):
        return Page(source, number, url, fetched, record=value, error=f"{where}: no HTML and no text body")
    return Page(source, number, url, fetched, text=value[name], record=value)


def _string(record: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value
    return None
