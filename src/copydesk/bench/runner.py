"""Run extractors over gold datasets, each in its own pinned worker process, and score them.

For every dataset and extractor, :func:`run_extractor` starts ``worker.py`` in a fresh interpreter
pinned to one core; the worker loads the pages, takes a memory baseline, imports the extractor,
times ``runs`` passes over the pages and returns the predictions of the first pass. Scoring happens
here, in the parent.
"""

from __future__ import annotations

import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from copydesk.bench.datasets import Dataset, load_dataset, page_url
from copydesk.bench.metadata import FieldAgreement, metadata_agreement
from copydesk.bench.peers import Peer, get_peer
from copydesk.bench.scoring import PageCounts, Scores, page_scores, score_pages

REFERENCE = "copydesk"
_WORKER = Path(__file__).with_name("worker.py")
_SRC_DIR = Path(__file__).resolve().parents[2]

Notify = Callable[[str], None]


@dataclass(frozen=True)
class BenchOptions:
    """What to run: datasets, extractors (``copydesk`` is always added first), timing runs, core."""

    datasets: tuple[Path, ...]
    peers: tuple[str, ...] = ()
    runs: int = 3
    core: int | None = 0
    time_limit_s: float = 900.0  # per extractor and dataset: a peer that hangs is skipped, not waited for

    @property
    def extractors(self) -> tuple[str, ...]:
        return (REFERENCE, *(name for name in dict.fromkeys(self.peers) if name != REFERENCE))


@dataclass(frozen=True)
class ExtractorResult:
    name: str
    version: str | None
    scores: Scores
    per_page: dict[str, PageCounts]
    run_seconds: tuple[float, ...]
    rss_baseline_mb: float
    rss_peak_mb: float
    errors: dict[str, str]
    metadata: dict[str, FieldAgreement] | None

    @property
    def pages_per_s(self) -> float:
        """Median over the timed runs of pages / seconds spent in extraction calls."""
        median = statistics.median(self.run_seconds) if self.run_seconds else 0.0
        return self.scores.pages / median if median > 0 else 0.0

    @property
    def rss_delta_mb(self) -> float:
        return self.rss_peak_mb - self.rss_baseline_mb


@dataclass(frozen=True)
class DatasetResult:
    name: str
    path: Path
    pages: int
    results: list[ExtractorResult]
    skipped: dict[str, str] = field(default_factory=dict)

    def result(self, name: str) -> ExtractorResult | None:
        return next((result for result in self.results if result.name == name), None)


class WorkerError(Exception):
    """A worker could not run its extractor (load failure, crash)."""


def run_benchmark(options: BenchOptions, notify: Notify | None = None) -> Iterator[DatasetResult]:
    """For each dataset in turn: load it, run every installed extractor on it, score the predictions."""
    say = notify or (lambda message: None)
    peers = [get_peer(name) for name in options.extractors]
    for path in options.datasets:
        say(f"loading {path}")
        yield run_dataset(load_dataset(path), peers, options, say)


def run_dataset(dataset: Dataset, peers: Sequence[Peer], options: BenchOptions, say: Notify) -> DatasetResult:
    results: list[ExtractorResult] = []
    skipped: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="copydesk-bench-") as scratch:
        pages_file = Path(scratch) / "pages.pickle"
        pages = [(page.id, page.html, page_url(page.gold)) for page in dataset.pages]
        pages_file.write_bytes(pickle.dumps(pages, protocol=pickle.HIGHEST_PROTOCOL))
        for peer in peers:
            if not peer.is_installed():
                skipped[peer.name] = peer.missing_message()
                say(skipped[peer.name])
                continue
            say(f"{dataset.name}: running {peer.name} on {len(pages)} pages, {options.runs} run(s)")
            try:
                raw = run_worker(peer.name, pages_file, options, dataset.has_metadata, Path(scratch))
            except WorkerError as error:
                skipped[peer.name] = str(error)
                say(f"{peer.name}: {error}")
                continue
            results.append(_score(dataset, peer, raw))
    return DatasetResult(dataset.name, dataset.path, len(dataset.pages), results, skipped)


def run_worker(name: str, pages_file: Path, options: BenchOptions, metadata: bool, scratch: Path) -> dict[str, Any]:
    """Run one extractor in a fresh interpreter and return the worker's JSON result."""
    job_file, result_file = scratch / f"{name}.job.json", scratch / f"{name}.result.json"
    job = {
        "extractor": name,
        "pages": str(pages_file),
        "runs": options.runs,
        "core": options.core,
        "metadata": metadata,
        "result": str(result_file),
    }
    job_file.write_text(json.dumps(job), encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(_SRC_DIR), env.get("PYTHONPATH")]))
    try:
        completed = subprocess.run(
            [sys.executable, "-P", str(_WORKER), str(job_file)],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            check=False,
            timeout=options.time_limit_s,
        )
    except subprocess.TimeoutExpired as error:
        raise WorkerError(f"no result within the time limit of {options.time_limit_s:.0f} s; skipped") from error
    if completed.returncode != 0 or not result_file.exists():
        tail = completed.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise WorkerError(f"worker exited with code {completed.returncode}: " + " | ".join(tail))
    raw: dict[str, Any] = json.loads(result_file.read_text(encoding="utf-8"))
    if "failure" in raw:
        raise WorkerError(raw["failure"])
    return raw


def _score(dataset: Dataset, peer: Peer, raw: dict[str, Any]) -> ExtractorResult:
    gold = dataset.gold_bodies()
    texts: dict[str, str] = raw["texts"]
    agreement = None
    if dataset.has_metadata and peer.metadata_fields:
        agreement = metadata_agreement(dataset.pages, raw["metadata"], peer.metadata_fields)
    return ExtractorResult(
        name=peer.name,
        version=raw.get("version"),
        scores=score_pages(gold, texts),
        per_page=page_scores(gold, texts),
        run_seconds=tuple(raw["run_seconds"]),
        rss_baseline_mb=raw["rss_baseline_kb"] / 1024,
        rss_peak_mb=raw["rss_peak_kb"] / 1024,
        errors=dict(raw["errors"]),
        metadata=agreement,
    )
