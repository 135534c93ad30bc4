"""Batches of pages run in worker processes: at most one more in flight than there are workers, a
crashed worker's batch redone page by page; and the protocol through which runners report progress."""

from __future__ import annotations

import time
from collections import Counter, deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Protocol

from copydesk.options import CorpusOptions
from copydesk.pipeline import Extracted
from copydesk.runners.guard import BatchResult, run_batch
from copydesk.sinks.atomic import write_atomic
from copydesk.sinks.jsonl import write_jsonl_gz
from copydesk.steps import Extract
from copydesk.types import Page


class Observer(Protocol):
    """What a runner tells whoever shows progress."""

    def stage(self, name: str, total: int | None) -> None: ...

    def advance(self, pages: int, errors: int) -> None: ...

    def message(self, text: str) -> None: ...

    def position(self, done: int, total: int) -> None:
        """Bytes of the inputs read so far, of ``total``: what an ETA of the first stage rests on."""


class SilentObserver:
    def stage(self, name: str, total: int | None) -> None:
        pass

    def advance(self, pages: int, errors: int) -> None:
        pass

    def message(self, text: str) -> None:
        pass

    def position(self, done: int, total: int) -> None:
        pass


class BatchPool:
    """Batches run in worker processes (or in this process with one worker), at most one more in
    flight than there are workers, so that none waits. A worker that dies (a crash in a C library)
    costs no page: its batch is run again page by page, each page in a fresh worker, and only a page
    that crashes a worker again becomes an error.
    A unit's done marker is written when its last batch is."""

    def __init__(self, options: CorpusOptions, extract: Extract, watch: Observer) -> None:
        self._options = options
        self._extract = extract
        self._watch = watch
        self._executor: ProcessPoolExecutor | None = None
        self._pending: deque[tuple[Future[BatchResult], list[Page], Path, str]] = deque()
        self._outstanding: Counter[str] = Counter()
        self._markers: dict[str, tuple[Path, bytes]] = {}

    def submit(self, batch: list[Page], shard: Path, unit: str) -> None:
        if self._options.workers == 1:
            self._report(run_batch(batch, shard, self._extract))
            return
        while len(self._pending) > self._options.workers:
            self._wait_oldest()
        self._outstanding[unit] += 1
        self._pending.append((self._start(batch, shard), batch, shard, unit))

    def when_done(self, unit: str, marker: Path, content: bytes) -> None:
        self._markers[unit] = (marker, content)
        self._mark(unit)

    def drain(self) -> None:
        while self._pending:
            self._wait_oldest()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def _start(self, batch: list[Page], shard: Path) -> Future[BatchResult]:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(max_workers=self._options.workers)
        return self._executor.submit(run_batch, batch, shard, self._extract, True)

    def _mark(self, unit: str) -> None:
        if unit in self._markers and not self._outstanding[unit]:
            marker, content = self._markers.pop(unit)
            write_atomic(marker, content)

    def _wait_oldest(self) -> None:
        future, batch, shard, unit = self._pending.popleft()
        try:
            result = future.result()
        except BrokenProcessPool:
            self._watch.message(f"a worker died while processing {shard.name}; retrying its pages one by one")
            self._restart()
            result = self._isolated(batch, shard)
        self._report(result)
        self._outstanding[unit] -= 1
        self._mark(unit)

    def _restart(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = None
        self._pending = deque(
            (self._start(batch, shard), batch, shard, unit) for _, batch, shard, unit in self._pending
        )

    def _isolated(self, batch: list[Page], shard: Path) -> BatchResult:
        started = time.perf_counter()
        items: list[Extracted] = []
        for page in batch:
            with ProcessPoolExecutor(max_workers=1) as single:
                try:
                    items.append(single.submit(self._extract, page, True).result())
                except BrokenProcessPool:
                    items.append(_crashed(page))
        write_jsonl_gz(shard, (item.to_dict() for item in items))
        errors = sum(item.outcome == "error" for item in items)
        return BatchResult(str(shard), len(items), errors, time.perf_counter() - started)

    def _report(self, result: BatchResult) -> None:
        self._watch.advance(result.pages, result.errors)


def _crashed(page: Page) -> Extracted:
    return Extracted.failed(page, f"{page.source}@{page.offset}: the worker processing this page crashed or hung")
