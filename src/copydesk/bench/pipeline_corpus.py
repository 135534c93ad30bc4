"""The pipeline benchmark's input: a CC-NEWS-like WARC built from the development pages, with planted
near-duplicates whose clusters are known.

Every source page (a development page with a gold body, minus pages whose gold text overlaps another's:
test pages share lorem ipsum) is an *original*. Records are drawn round-robin over the originals,
each as one of these variants, under a synthetic site (``siteNN.example``) and URL of its own:

- ``copy`` (35%): the page's HTML as it is;
- ``chrome`` (20%): the page's HTML with another site's navigation inserted at the top of the body and a
  footer at its end (the same body under other boilerplate);
- ``edit`` (20%): the page's HTML with one to three words of its article text replaced (small edits);
- ``syndicated`` (15%): a page of the project's own layout holding the gold paragraphs, under the
  record's site navigation and footer (one story on another site, rebuilt);
- ``truncated`` (10%): the same, with only the first 60% to 85% of the paragraphs.

A record's true cluster is its original, so every pair of records of one original is a planted
duplicate pair and every other pair is not. Deterministic for a seed. Response records are gzip-
compressed one by one, as in CC-NEWS; a ``warcinfo`` record opens the file.
"""

from __future__ import annotations

import gzip
import html
import random
import re
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from copydesk.bench.datasets import Dataset, gold_field, page_url
from copydesk.bench.scoring import tokenize

VARIANTS = (("copy", 0.35), ("chrome", 0.20), ("edit", 0.20), ("syndicated", 0.15), ("truncated", 0.10))
SITES = 50
OVERLAP_LIMIT = 0.2  # an original whose gold shares this share of its 5-token shingles with another is left out
_BODY_OPEN = re.compile(rb"<body[^>]*>", re.I)
_BODY_CLOSE = re.compile(rb"</body\s*>", re.I)


@dataclass(frozen=True, slots=True)
class Original:
    id: str
    url: str | None
    html: bytes
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlantedRecord:
    """One record written: where, what it is a variant of, and how."""

    offset: int
    url: str
    original: str
    variant: str


def originals(datasets: Sequence[Dataset]) -> list[Original]:
    """The development pages usable as originals, in a fixed order."""
    found: list[Original] = []
    for dataset in datasets:
        for page in dataset.pages:
            body = gold_field(page.gold, "articleBody") or ""
            paragraphs = tuple(line.strip() for line in body.splitlines() if line.strip())
            if paragraphs and len(tokenize(body)) >= 50:
                found.append(Original(f"{dataset.name}/{page.id}", page_url(page.gold), page.html, paragraphs))
    return _distinct(found)


def _distinct(pages: list[Original]) -> list[Original]:
    """Drop pages whose gold text overlaps an earlier kept page's (boilerplate test pages, lorem ipsum)."""
    kept: list[Original] = []
    seen: dict[tuple[str, ...], int] = {}
    for page in pages:
        shingles = _shingles(" ".join(page.paragraphs))
        shared = sum(1 for shingle in shingles if shingle in seen)
        if shingles and shared / len(shingles) < OVERLAP_LIMIT:
            kept.append(page)
            for shingle in shingles:
                seen[shingle] = len(kept) - 1
    return kept


def _shingles(text: str) -> set[tuple[str, ...]]:
    tokens = [token.lower() for token in tokenize(text)]
    return {tuple(tokens[i : i + 5]) for i in range(max(len(tokens) - 4, 0))}


def build_warc(path: Path, pages: Sequence[Original], records: int, seed: int = 0) -> list[PlantedRecord]:
    """Write a WARC of ``records`` response records to ``path``; what was planted where."""
    rng = random.Random(f"pipeline:{seed}")
    names = [variant for variant, _ in VARIANTS]
    weights = [weight for _, weight in VARIANTS]
    planted: list[PlantedRecord] = []
    with path.open("wb") as stream:
        _write(stream, _warcinfo(path.name))
        for number in range(records):
            original = pages[number % len(pages)]
            variant = rng.choices(names, weights)[0] if number >= len(pages) else "copy"
            site = f"site{rng.randrange(SITES):02d}.example"
            url = f"https://{site}/news/{number:07d}"
            body = _variant(original, variant, site, rng)
            offset = stream.tell()
            _write(stream, _response(url, body, rng))
            planted.append(PlantedRecord(offset, url, original.id, variant))
    return planted


def _variant(original: Original, variant: str, site: str, rng: random.Random) -> bytes:
    if variant == "copy":
        return original.html
    if variant == "chrome":
        return _with_chrome(original.html, site)
    if variant == "edit":
        return _edited(original, rng)
    paragraphs = list(original.paragraphs)
    if variant == "truncated":
        paragraphs = paragraphs[: max(1, round(len(paragraphs) * rng.uniform(0.6, 0.85)))]
    return _own_page(site, paragraphs)


def _navigation(site: str) -> bytes:
    links = "".join(f'<li><a href="/{name.lower()}">{name}</a></li>' for name in ("World", "Politics", "Business"))
    return f'<nav class="site-nav"><a href="/">{site}</a><ul>{links}</ul></nav>'.encode()


def _footer(site: str) -> bytes:
    return (
        f'<footer><p>© 2024 {site}. All rights reserved.</p><a href="/privacy">Privacy</a> '
        f'<a href="/newsletter">Sign up for the {site} newsletter</a></footer>'
    ).encode()


def _with_chrome(page: bytes, site: str) -> bytes:
    opening = _BODY_OPEN.search(page)
    closing = _BODY_CLOSE.search(page)
    if opening is None or closing is None or closing.start() < opening.end():
        return _navigation(site) + page + _footer(site)
    return (
        page[: opening.end()]
        + _navigation(site)
        + page[opening.end() : closing.start()]
        + _footer(site)
        + page[closing.start() :]
    )


def _edited(original: Original, rng: random.Random) -> bytes:
    page = original.html
    words = [word for word in tokenize(" ".join(original.paragraphs)) if len(word) >= 6 and word.isalpha()]
    for word in rng.sample(words, min(len(words), rng.randint(1, 3))):
        page = _replace_in_text(page, word.encode("utf-8"), b"changed")
    return page


def _replace_in_text(page: bytes, word: bytes, replacement: bytes) -> bytes:
    """``page`` with the first whole-word occurrence of ``word`` in text (not in a tag) replaced."""
    start = 0
    while (position := page.find(word, start)) >= 0:
        end = position + len(word)
        whole = not page[position - 1 : position].isalnum() and not page[end : end + 1].isalnum()
        if whole and page.rfind(b">", 0, position) > page.rfind(b"<", 0, position):
            return page[:position] + replacement + page[end:]
        start = position + 1
    return page


def _own_page(site: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{html.escape(text)}</p>" for text in paragraphs)
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{site}</title></head><body>'
        f"{_navigation(site).decode()}<article>{body}</article>{_footer(site).decode()}</body></html>"
    ).encode()


def _warcinfo(name: str) -> bytes:
    block = b"software: copydesk bench pipeline\r\nformat: WARC File Format 1.0\r\n"
    return _record("warcinfo", None, "application/warc-fields", block, uuid.UUID(int=0), name)


def _response(url: str, body: bytes, rng: random.Random) -> bytes:
    return response_record(url, body, identity=uuid.UUID(int=rng.getrandbits(128), version=4))


def response_record(
    url: str,
    body: bytes,
    content_type: str = "text/html; charset=utf-8",
    status: int = 200,
    identity: uuid.UUID | None = None,
) -> bytes:
    """One WARC ``response`` record (uncompressed) holding an HTTP response with ``body``."""
    head = f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    block = head.encode() + body
    return _record("response", url, "application/http; msgtype=response", block, identity or uuid.uuid4())


def _record(kind: str, url: str | None, content_type: str, block: bytes, identity: uuid.UUID, name: str = "") -> bytes:
    lines = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:{identity}>",
        "WARC-Date: 2024-05-01T12:00:00Z",
    ]
    if url:
        lines.append(f"WARC-Target-URI: {url}")
    if name:
        lines.append(f"WARC-Filename: {name}")
    lines += [f"Content-Type: {content_type}", f"Content-Length: {len(block)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def _write(stream: BinaryIO, record: bytes) -> None:
    stream.write(gzip.compress(record, compresslevel=1, mtime=0))


def record_lines(planted: Sequence[PlantedRecord]) -> Iterator[str]:
    for record in planted:
        yield f"{record.offset}\t{record.url}\t{record.original}\t{record.variant}"
