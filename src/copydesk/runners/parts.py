"""The last step of a run, shared by the runners: a pages shard's lines become output rows (template
blocks removed, dedup marks set) and are written as one output part."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from copydesk.clean.profile import SiteProfile
from copydesk.clean.profile_io import load_profile
from copydesk.pipeline import Extracted, output_row, remove_template_blocks
from copydesk.sinks.jsonl import read_jsonl_gz
from copydesk.steps import Sink

Marks = list[tuple[str, str | None]] | None  # per page of a shard: (cluster_id, dup_of); None: dedup off
PART_PAGES = 10_000  # pages shards are joined into output parts of about this many pages


def plan_parts(shards: Sequence[tuple[str, int]]) -> list[list[int]]:
    """Which pages shards (given as (unit, pages), in run order) make each output part: consecutive
    shards of one unit until ``PART_PAGES`` pages, so that a corpus is not thousands of small files."""
    groups: list[list[int]] = []
    current: list[int] = []
    pages = 0
    unit = None
    for index, (name, count) in enumerate(shards):
        if current and (name != unit or pages >= PART_PAGES):
            groups.append(current)
            current, pages = [], 0
        current.append(index)
        pages += count
        unit = name
    if current:
        groups.append(current)
    return groups


def shard_marks(
    canonical: np.ndarray[Any, Any] | None, ids: np.ndarray[Any, Any] | None, first: int, count: int
) -> Marks:
    """The marks of ``count`` pages from the run's ``first``: for each, its cluster's canonical id and,
    when it is not the canonical copy itself, that id again as ``dup_of``."""
    if canonical is None or ids is None:
        return None
    marks: list[tuple[str, str | None]] = []
    for index in range(first, first + count):
        best = int(canonical[index])
        cluster_id = f"{int(ids[best]):016x}"
        marks.append((cluster_id, cluster_id if best != index else None))
    return marks


@dataclass(slots=True)
class PartCounts:
    """What the write step did: articles written, duplicates found and dropped, template blocks removed."""

    articles: int = 0
    duplicates: int = 0
    dropped: int = 0
    template_blocks: int = 0

    def add(self, other: PartCounts) -> None:
        self.articles += other.articles
        self.duplicates += other.duplicates
        self.dropped += other.dropped
        self.template_blocks += other.template_blocks


@cache
def profile_at(path: str | None) -> SiteProfile | None:
    """The run's site profile, read once per process (each worker of the write step reads it once)."""
    return load_profile(path) if path is not None else None


def part_rows(
    lines: Iterable[dict[str, Any]], marks: Marks, profile: SiteProfile | None, dedup: str, counts: PartCounts
) -> Iterator[dict[str, Any]]:
    """The output rows of one pages shard (its lines, in order); ``counts`` counts what was done."""
    for position, data in enumerate(lines):
        if data["outcome"] != "article" or data.get("article") is None:
            continue
        item = Extracted.from_dict(data)
        assert item.article is not None
        article = remove_template_blocks(item.article, item.site, profile)
        counts.template_blocks += len(article.removed) - len(item.article.removed)
        cluster_id, dup_of = marks[position] if marks is not None else (None, None)
        if dup_of is not None:
            counts.duplicates += 1
            if dedup == "drop":
                counts.dropped += 1
                continue
        counts.articles += 1
        yield output_row(item, article, cluster_id, dup_of)


def write_part(
    shards: Sequence[Path], target: Path, marks: Marks, profile_path: str | None, sink: Sink, dedup: str
) -> PartCounts:
    """Write the output part of consecutive pages shards (atomically); when the part exists already
    (committed by an interrupted run) only count its rows."""
    counts = PartCounts()
    lines = itertools.chain.from_iterable(read_jsonl_gz(shard) for shard in shards)
    rows = part_rows(lines, marks, profile_at(profile_path), dedup, counts)
    if target.exists():
        for _ in rows:
            pass
    else:
        sink.write(target, rows)
    return counts
