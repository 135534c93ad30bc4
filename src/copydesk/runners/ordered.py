"""Batches of input lines handled in worker processes and handed back in input order.

A command that streams a file line by line (``copydesk clean``: learning a site profile, then
cleaning records) gives each batch to a pool of processes, at most ``2 * workers + 1`` batches in
flight, and gets one result a line back, batch by batch, in the order of the input. A worker that dies
(a crash in a C library, the memory killer) costs no line: the pool is replaced, and each batch that
was in flight is run again whole, in a process of its own (``workers`` of them at a time), so that
the batches that did not kill it come back at once; a batch that kills its own process too is run line
by line, and the line that kills a process a third time gets the result ``died`` gives it. This
process never runs such a line. With one worker everything runs in this process, and a crash ends the
run.

``work(first_line_number, lines, job)`` must be a module-level function (it is sent to the workers);
``job`` is given to each worker once, when it starts.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Generic, TypeVar

T = TypeVar("T")
Work = Callable[[int, list[bytes], Any], list[T]]
Batch = tuple[int, list[bytes]]  # the number of its first line, its lines

_STATE: tuple[Callable[[int, list[bytes], Any], list[Any]], Any] | None = None  # a worker's work and job


def _start(work: Callable[[int, list[bytes], Any], list[Any]], job: Any) -> None:
    global _STATE
    _STATE = (work, job)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent was killed (the memory killer, SIGKILL) must not live on as an orphan."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _run(start: int, lines: list[bytes]) -> list[Any]:
    assert _STATE is not None, "worker not started"
    work, job = _STATE
    return work(start, lines, job)


class _Pool(Generic[T]):
    """A process pool that is replaced when one of its workers dies."""

    def __init__(self, workers: int, work: Work[T], job: Any, died: Callable[[int, bytes], T]) -> None:
        self.workers = workers
        self.work = work
        self.job = job
        self.died = died
        self.executor = self._new(workers)

    def _new(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, initializer=_start, initargs=(self.work, self.job))

    def submit(self, batch: Batch) -> Future[list[T]]:
        try:
            return self.executor.submit(_run, *batch)
        except BrokenProcessPool:
            self.renew()
            return self.executor.submit(_run, *batch)

    def renew(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new(self.workers)

    def alone(self, batches: list[Batch]) -> list[list[T]]:
        """Batches that were in flight when a worker died, each whole in a process of its own
        (``workers`` at a time); one that kills its process again is run line by line."""
        out: list[list[T]] = []
        for first in range(0, len(batches), self.workers):
            chunk = batches[first : first + self.workers]
            singles = [self._new(1) for _ in chunk]
            try:
                futures = [single.submit(_run, *batch) for single, batch in zip(singles, chunk, strict=True)]
                for future, batch in zip(futures, chunk, strict=True):
                    try:
                        out.append(future.result())
                    except BrokenProcessPool:
                        out.append(self.isolated(batch))
            finally:
                for single in singles:
                    single.shutdown(wait=False, cancel_futures=True)
        return out

    def isolated(self, batch: Batch) -> list[T]:
        """A batch that killed its process twice, line by line in a process of its own."""
        start, lines = batch
        out: list[T] = []
        single = self._new(1)
        try:
            for offset, line in enumerate(lines):
                try:
                    out.extend(single.submit(_run, start + offset, [line]).result())
                except BrokenProcessPool:
                    out.append(self.died(start + offset, line))
                    single.shutdown(wait=False, cancel_futures=True)
                    single = self._new(1)
        finally:
            single.shutdown()
        return out

    def close(self) -> None:
        """Stop: batches not started are dropped (the caller stopped reading), running ones finish."""
        self.executor.shutdown(cancel_futures=True)


def in_order(
    batches: Iterator[Batch], work: Work[T], job: Any, workers: int, died: Callable[[int, bytes], T]
) -> Iterator[list[T]]:
    """``work``'s results for each batch, in input order; with one worker, from this process."""
    if workers == 1:
        for start, lines in batches:
            yield work(start, lines, job)
        return
    pool = _Pool(workers, work, job, died)
    pending: deque[tuple[Future[list[T]], ProcessPoolExecutor | None, Batch]] = deque()

    def take() -> list[T]:
        future, executor, _ = pending[0]
        try:
            result = future.result()
        except BrokenProcessPool:
            # Every batch of the dead pool that did not finish runs again, each in a process of its own.
            if executor is pool.executor:
                pool.renew()
            lost = [i for i, (other, owner, _) in enumerate(pending) if owner is executor and not _finished(other)]
            for i, result in zip(lost, pool.alone([pending[i][2] for i in lost]), strict=True):
                pending[i] = (_done(result), None, pending[i][2])
            result = pending[0][0].result()
        pending.popleft()
        return result

    try:
        for batch in batches:
            future = pool.submit(batch)
            pending.append((future, pool.executor, batch))
            while len(pending) > 2 * workers or (pending and pending[0][0].done()):
                yield take()
        while pending:
            yield take()
    finally:
        pool.close()


def _finished(future: Future[Any]) -> bool:
    """Done with a result (not an error, not cancelled)."""
    return future.done() and not future.cancelled() and future.exception() is None


def _done(result: list[T]) -> Future[list[T]]:
    future: Future[list[T]] = Future()
    future.set_result(result)
    return future
