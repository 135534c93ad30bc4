"""The pipeline benchmark: ``copydesk run`` over a WARC built from the development pages
(:mod:`copydesk.bench.pipeline_corpus`), measured for throughput, memory and deduplication.

- pages/s of each run with 1 and with 2 workers: the first stage (reading and extracting) and the
  whole run (templates, dedup and writing included); each run in a fresh process.
- peak memory (maximum resident set size of the run's process and, apart, of its largest worker) on
  the WARC and on one ``memory_scale`` times larger.
- dedup precision and recall over pairs of records: a pair is planted when both records are variants of
  one original; found when both end in one cluster (``cluster_id``). Records without an article are
  left out of both.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from copydesk.bench.pipeline_corpus import Original, PlantedRecord, build_warc
from copydesk.pipeline import page_id
from copydesk.sinks.jsonl import read_jsonl_gz


@dataclass(frozen=True, slots=True)
class RunFigures:
    """One measured run of the pipeline."""

    workers: int
    records: int
    pages: int
    articles: int
    seconds: dict[str, float]
    max_rss_mb: float
    max_worker_rss_mb: float

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds["pages"] if self.seconds.get("pages") else 0.0

    @property
    def overall_per_second(self) -> float:
        return self.pages / self.seconds["total"] if self.seconds.get("total") else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "workers": self.workers,
            "records": self.records,
            "pages": self.pages,
            "articles": self.articles,
            "seconds": self.seconds,
            "pages_per_second_first_stage": round(self.pages_per_second, 1),
            "pages_per_second_overall": round(self.overall_per_second, 1),
            "max_rss_mb": round(self.max_rss_mb, 1),
            "max_worker_rss_mb": round(self.max_worker_rss_mb, 1),
        }


@dataclass(frozen=True, slots=True)
class DedupFigures:
    planted_pairs: int
    found_pairs: int
    correct_pairs: int
    by_variant: dict[str, float]  # share of the variant's records clustered with their original's copy

    @property
    def precision(self) -> float:
        return self.correct_pairs / self.found_pairs if self.found_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.correct_pairs / self.planted_pairs if self.planted_pairs else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "planted_pairs": self.planted_pairs,
            "found_pairs": self.found_pairs,
            "correct_pairs": self.correct_pairs,
            "recall_by_variant": self.by_variant,
        }


def build(
    work: Path, pages: Sequence[Original], records: int, seed: int, name: str
) -> tuple[Path, list[PlantedRecord]]:
    work.mkdir(parents=True, exist_ok=True)
    path = work / name
    planted = build_warc(path, pages, records, seed)
    return path, planted


def measure_run(warc: Path, output: Path, workers: int) -> RunFigures:
    """Run ``copydesk run`` on ``warc`` in a fresh process; its figures."""
    command = [sys.executable, "-m", "copydesk.bench.pipeline_run", str(warc), str(output), str(workers)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the pipeline run failed ({done.returncode}): {done.stderr[-2000:]}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    report = data["report"]
    seconds = dict(report["seconds"])
    seconds["process"] = round(time.perf_counter() - started, 3)
    return RunFigures(
        workers=workers,
        records=report["pages"],
        pages=report["pages"],
        articles=report["outcomes"].get("article", 0),
        seconds=seconds,
        max_rss_mb=data["max_rss_kb"] / 1024,
        max_worker_rss_mb=data["max_children_rss_kb"] / 1024,
    )


def dedup_figures(output: Path, warc: Path, planted: Sequence[PlantedRecord]) -> DedupFigures:
    """Pairs planted and found, from the run's output shards and the planted records."""
    truth = {page_id(warc.name, record.offset): record for record in planted}
    cluster_of: dict[str, str] = {}
    for shard in sorted(output.glob("part-*.jsonl.gz")):
        for row in read_jsonl_gz(shard):
            cluster_of[row["id"]] = row["cluster_id"] or row["id"]
    members = [(cluster_of[identity], truth[identity]) for identity in cluster_of if identity in truth]
    both = Counter((cluster, record.original) for cluster, record in members)
    found = Counter(cluster for cluster, _ in members)
    planted_sizes = Counter(record.original for _, record in members)
    correct = sum(_pairs(n) for n in both.values())
    # per variant: records in the cluster that holds most of their original's records
    main_cluster: dict[str, str] = {}
    for (cluster, original), count in both.items():
        if count > both.get((main_cluster.get(original, ""), original), 0):
            main_cluster[original] = cluster
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for cluster, record in members:
        totals[record.variant] += 1
        hits[record.variant] += cluster == main_cluster[record.original]
    by_variant = {variant: round(hits[variant] / totals[variant], 4) for variant in sorted(totals)}
    return DedupFigures(
        planted_pairs=sum(_pairs(n) for n in planted_sizes.values()),
        found_pairs=sum(_pairs(n) for n in found.values()),
        correct_pairs=correct,
        by_variant=by_variant,
    )


def _pairs(count: int) -> int:
    return count * (count - 1) // 2
