"""How a run's inputs are cut into work: units (a file, or a group of small HTML files) read as one
stream of pages, and batches of pages (the unit of parallel work and of resumption). Shared by the local
and the Spark runner, so that both cut the same batches."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from copydesk.options import CorpusOptions
from copydesk.sources.inputs import InputFile
from copydesk.steps import Source
from copydesk.types import Page

BATCH_BYTES = 8 * 1024 * 1024  # a batch's pages in memory, twice over while it is handed to a worker


@dataclass(frozen=True, slots=True)
class Unit:
    """Inputs read as one stream of pages: a WARC or JSONL file, or a group of consecutive HTML files
    (one page each, so that many small files still make batches). ``key`` names its shards."""

    key: str
    files: tuple[InputFile, ...]

    @property
    def size(self) -> int:
        return sum(item.size() for item in self.files)

    def pages(self, source: Source) -> Iterator[Page]:
        for item in self.files:
            yield from source.pages(item)


def plan_units(inputs: list[InputFile], group: int) -> list[Unit]:
    """The units of a run, in input order; HTML files in groups of ``group``."""
    units: list[Unit] = []
    html: list[InputFile] = []

    def close_group() -> None:
        if html:
            units.append(Unit(_key("html", [item.identity for item in html]), tuple(html)))
            html.clear()

    for item in inputs:
        if item.kind == "html":
            html.append(item)
            if len(html) >= group:
                close_group()
            continue
        close_group()
        units.append(Unit(_key(item.path.name, [item.identity]), (item,)))
    close_group()
    return units


def _key(name: str, paths: list[str]) -> str:
    """A stable name: the file name and a hash of the full paths."""
    digest = hashlib.blake2b("\n".join(paths).encode("utf-8"), digest_size=5).hexdigest()
    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in name)[:40]
    return f"{stem}-{digest}"


def batches(pages: Iterator[Page], options: CorpusOptions) -> Iterator[list[Page]]:
    """Pages in batches of ``batch_size`` pages or ``BATCH_BYTES`` of content, whichever comes first
    (the same cut on every run: it depends on the pages alone)."""
    batch: list[Page] = []
    size = 0
    for page in pages:
        batch.append(page)
        size += len(page.html or b"") + len(page.text or "")
        if len(batch) >= options.batch_size or size >= BATCH_BYTES:
            yield batch
            batch = []
            size = 0
    if batch:
        yield batch
