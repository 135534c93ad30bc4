"""The unit of work of a worker: a batch of pages processed by the Extract step and written as a shard."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from copydesk.sinks.jsonl import write_jsonl_gz
from copydesk.steps import Extract
from copydesk.types import Page


@dataclass(frozen=True, slots=True)
class BatchResult:
    shard: str
    pages: int
    errors: int
    seconds: float


def run_batch(pages: Sequence[Page], shard: Path, extract: Extract, hard: bool = False) -> BatchResult:
    """Process a batch of pages with ``extract`` and write their shard (atomically) (``hard``: in a worker
    process, see :func:`copydesk.guard.guarded_process`)."""
    started = time.perf_counter()
    items = [extract(page, hard) for page in pages]
    write_jsonl_gz(shard, (item.to_dict() for item in items))
    errors = sum(item.outcome == "error" for item in items)
    return BatchResult(str(shard), len(items), errors, time.perf_counter() - started)
