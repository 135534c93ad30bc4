"""The local runner: a corpus run on one machine, in worker processes, resumable after any interruption.

Stages, each leaving files in a work folder (``OUT.work`` beside the output) that are written
atomically, so that a run killed at any moment and started again with the same command redoes only
what was not committed and ends with the output of an uninterrupted run:

1. **pages**: inputs are read in order, cut into batches of ``batch_size`` pages or ``BATCH_BYTES``;
   each batch is processed (:func:`copydesk.runners.guard.run_batch`) by a worker and written as one
   shard ``pages/<input>-<batch>.jsonl.gz``. An input whose batches are all written gets a marker.
2. **templates**: a site profile learned over every article's blocks (``profile.json``), from the
   texts the workers fingerprinted.
3. **dedup**: clusters over every article's fingerprint, in input order (``canonical.npz``).
4. **write**: output parts of consecutive shards of one input (JSONL or Parquet, about
   ``PART_PAGES`` pages each), or one SQLite file; then the errors shard and the run report
   (``OUT.report.json``, written last: its presence means "done").

Memory is bounded: pages stream from the inputs, at most ``workers + 1`` batches are in flight, and
the stages after the first read the shards one at a time.
"""

from __future__ import annotations

import itertools
import json
import shutil
import time
from array import array
from collections import Counter, deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from copydesk.clean.profile import SiteProfile
from copydesk.clean.profile_io import load_profile, save_profile
from copydesk.options import CorpusOptions
from copydesk.pipeline import error_entry, fingerprint_of
from copydesk.runners.parts import (
    Marks,
    PartCounts,
    part_rows,
    plan_parts,
    profile_at,
    shard_marks,
    write_part,
)
from copydesk.runners.pool import BatchPool, Observer, SilentObserver
from copydesk.runners.report import run_identity, write_report
from copydesk.runners.units import Unit, batches, plan_units
from copydesk.sinks.atomic import atomic_path, remove_stale_temporaries, write_atomic
from copydesk.sinks.jsonl import read_jsonl_gz, write_jsonl_gz
from copydesk.sources.inputs import InputFile
from copydesk.steps import Pipeline, Sink
from copydesk.types import Page


class RunError(Exception):
    """The run cannot start or go on (an output from another run, an unreadable work folder)."""


@dataclass(frozen=True, slots=True)
class RunPaths:
    output: Path
    work: Path
    report: Path

    @classmethod
    def of(cls, output: Path) -> RunPaths:
        return cls(output, output.with_name(output.name + ".work"), output.with_name(output.name + ".report.json"))

    @property
    def pages(self) -> Path:
        return self.work / "pages"


@dataclass(slots=True)
class _Timings:
    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, stage: str, started: float) -> None:
        self.seconds[stage] = round(self.seconds.get(stage, 0.0) + time.perf_counter() - started, 3)


def run_local(
    inputs: list[InputFile],
    output: Path,
    options: CorpusOptions,
    observer: Observer | None = None,
    pipeline: Pipeline | None = None,
) -> dict[str, Any]:
    """Run the corpus pipeline; the run report. Resumes a run of the same inputs, steps and batch size.
    ``pipeline``: the steps, when not those of ``options`` (its format, dedup, templates, fields and
    page timeout are then not used; its workers and batch size are)."""
    watch = observer or SilentObserver()
    steps = pipeline or Pipeline.from_options(options)
    paths = RunPaths.of(output)
    identity = run_identity(inputs, options, steps)
    if _already_done(paths, identity):
        watch.message(f"{output}: already complete (see {paths.report})")
        return dict(json.loads(paths.report.read_text(encoding="utf-8")))
    _claim_work_folder(paths, identity)
    timings = _Timings()
    started = time.perf_counter()
    shards = _stage_pages(inputs, paths, options, steps, watch, timings)
    profile = _stage_templates(shards, paths, steps, watch, timings)
    canonical, ids = _stage_dedup(shards, paths, steps, watch, timings)
    written = _stage_write(shards, paths, options, steps, profile, canonical, ids, watch, timings)
    report = _stage_report(shards, paths, options, steps, identity, written, timings, started, watch)
    shutil.rmtree(paths.work, ignore_errors=True)
    return report


def _already_done(paths: RunPaths, identity: dict[str, Any]) -> bool:
    if not paths.report.exists():
        return False
    try:
        previous = json.loads(paths.report.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return False
    if previous.get("identity") != identity:
        raise RunError(f"{paths.output}: holds the output of another run (other inputs or options); remove it first")
    shutil.rmtree(paths.work, ignore_errors=True)  # killed after the report, before the clean-up
    return True


def _claim_work_folder(paths: RunPaths, identity: dict[str, Any]) -> None:
    marker = paths.work / "run.json"
    if marker.exists():
        if json.loads(marker.read_text(encoding="utf-8")) != identity:
            raise RunError(f"{paths.work}: an unfinished run of other inputs or options; remove it to start anew")
    else:
        if paths.output.exists() and (paths.output.is_file() or any(paths.output.iterdir())):
            raise RunError(f"{paths.output}: exists and is not the output of this run; remove it or choose another")
        write_atomic(marker, json.dumps(identity, indent=1).encode("utf-8"))
    paths.pages.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(paths.pages)
    remove_stale_temporaries(paths.work)
    remove_stale_temporaries(paths.output.parent, paths.output.name)  # a half-written SQLite file or report


# --- stage 1: pages ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Shard:
    """A pages shard, the unit it belongs to and the number of pages in it."""

    unit: str
    path: Path
    pages: int


def _stage_pages(
    inputs: list[InputFile],
    paths: RunPaths,
    options: CorpusOptions,
    steps: Pipeline,
    watch: Observer,
    timings: _Timings,
) -> list[Shard]:
    started = time.perf_counter()
    watch.stage("pages", None)
    units = plan_units(inputs, options.batch_size)
    pool = BatchPool(options, steps.extract, watch)
    total = sum(unit.size for unit in units)
    read = 0
    try:
        for unit in units:
            marker = paths.pages / f"{unit.key}.done"
            size = unit.size
            if marker.exists():
                done = json.loads(marker.read_text(encoding="utf-8"))
                watch.advance(sum(done["pages"]), 0)
                read += size
                watch.position(read, total)
                continue
            counts: list[int] = []
            for number, batch in enumerate(batches(unit.pages(steps.source), options)):
                shard = paths.pages / f"{unit.key}-{number:06d}.jsonl.gz"
                counts.append(len(batch))
                watch.position(read + min(_within(unit, batch, sum(counts), size), size), total)
                if shard.exists():
                    watch.advance(len(batch), 0)
                    continue
                pool.submit(batch, shard, unit.key)
            # the marker is written once every batch of the unit is (at once when none is in flight)
            pool.when_done(unit.key, marker, json.dumps({"pages": counts}).encode("utf-8"))
            read += size
            watch.position(read, total)
        pool.drain()
    finally:
        pool.close()
    timings.add("pages", started)
    return _shards(units, paths)


def _within(unit: Unit, batch: list[Page], pages: int, size: int) -> int:
    """Bytes of a unit read so far: a WARC record's offset, a share of a group of HTML files (JSONL:
    line numbers say nothing of bytes, so nothing until the file is done)."""
    kind = unit.files[0].kind
    if kind == "warc":
        return batch[-1].offset
    if kind == "html":
        return size * pages // len(unit.files)
    return 0


def _shards(units: list[Unit], paths: RunPaths) -> list[Shard]:
    """Every pages shard of the run, in input order."""
    found = []
    for unit in units:
        done = json.loads((paths.pages / f"{unit.key}.done").read_text(encoding="utf-8"))
        for number, count in enumerate(done["pages"]):
            found.append(Shard(unit.key, paths.pages / f"{unit.key}-{number:06d}.jsonl.gz", count))
    return found


def _lines(shards: list[Shard]) -> Iterator[dict[str, Any]]:
    for shard in shards:
        yield from read_jsonl_gz(shard.path)


# --- stage 2: templates -----------------------------------------------------------------------------


def _stage_templates(
    shards: list[Shard], paths: RunPaths, steps: Pipeline, watch: Observer, timings: _Timings
) -> SiteProfile | None:
    templates = steps.templates
    if templates is None:
        return None
    target = paths.work / "profile.json"
    if target.exists():
        return load_profile(target)
    started = time.perf_counter()
    watch.stage("templates", sum(shard.pages for shard in shards))
    learner = templates.learner()
    for data in _lines(shards):  # the fingerprints the workers computed: no article is rebuilt here
        templates.observe(learner, data)
        watch.advance(1, 0)
    profile = templates.build(learner)
    save_profile(profile, target)
    timings.add("templates", started)
    return profile


# --- stage 3: dedup ---------------------------------------------------------------------------------


def _stage_dedup(
    shards: list[Shard], paths: RunPaths, steps: Pipeline, watch: Observer, timings: _Timings
) -> tuple[np.ndarray[Any, Any] | None, np.ndarray[Any, Any] | None]:
    if steps.dedup is None:
        return None, None
    target = paths.work / "canonical.npz"
    if target.exists():
        with np.load(target) as saved:
            return saved["canonical"], saved["ids"]
    started = time.perf_counter()
    watch.stage("dedup", sum(shard.pages for shard in shards))
    builder = steps.dedup.builder(paths.work / "dedup")
    ids = array("Q")  # 8 bytes a page, not a Python int
    for data in _lines(shards):
        article = data.get("article") if data["outcome"] == "article" else None
        date = (article or {}).get("published") or data.get("fetched")
        builder.add(data["id"], fingerprint_of(data) if article is not None else None, date)
        ids.append(int(data["id"], 16))
        watch.advance(1, 0)
    canonical = builder.clusters()
    builder.remove_files()
    id_array = np.asarray(ids, dtype=np.uint64)
    with atomic_path(target) as temporary, temporary.open("wb") as stream:
        np.savez(stream, canonical=canonical, ids=id_array)
    timings.add("dedup", started)
    return canonical, id_array


# --- stage 4: write ---------------------------------------------------------------------------------


def _stage_write(
    shards: list[Shard],
    paths: RunPaths,
    options: CorpusOptions,
    steps: Pipeline,
    profile: SiteProfile | None,
    canonical: np.ndarray[Any, Any] | None,
    ids: np.ndarray[Any, Any] | None,
    watch: Observer,
    timings: _Timings,
) -> PartCounts:
    started = time.perf_counter()
    watch.stage("write", sum(shard.pages for shard in shards))
    profile_path = str(paths.work / "profile.json") if profile is not None else None
    starts = list(itertools.accumulate((shard.pages for shard in shards), initial=0))
    tasks: list[tuple[list[Shard], Marks]] = []
    for group in plan_parts([(shard.unit, shard.pages) for shard in shards]):
        members = [shards[index] for index in group]
        first, count = starts[group[0]], sum(shard.pages for shard in members)
        tasks.append((members, shard_marks(canonical, ids, first, count)))
    dedup = steps.dedup.mode if steps.dedup is not None else "off"
    if steps.sink.format == "sqlite":
        written = _write_sqlite(tasks, paths, profile_path, dedup, watch)
    else:
        written = _write_parts(tasks, paths, profile_path, options.workers, steps.sink, dedup, watch)
    timings.add("write", started)
    return written


def _write_parts(
    tasks: list[tuple[list[Shard], Marks]],
    paths: RunPaths,
    profile_path: str | None,
    workers: int,
    sink: Sink,
    dedup: str,
    watch: Observer,
) -> PartCounts:
    paths.output.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(paths.output)
    written = PartCounts()
    jobs = [
        (
            [shard.path for shard in members],
            paths.output / sink.part_name(members[0].path.name),
            marks,
            sum(shard.pages for shard in members),
        )
        for members, marks in tasks
    ]
    if workers == 1:
        for sources, target, marks, pages in jobs:
            written.add(write_part(sources, target, marks, profile_path, sink, dedup))
            watch.advance(pages, 0)
        return written
    with ProcessPoolExecutor(max_workers=workers) as executor:
        pending: deque[tuple[Future[PartCounts], int]] = deque()
        for sources, target, marks, pages in jobs:
            args = (sources, target, marks, profile_path, sink, dedup)
            pending.append((executor.submit(write_part, *args), pages))
            while len(pending) > 2 * workers:
                future, done = pending.popleft()
                written.add(future.result())
                watch.advance(done, 0)
        for future, done in pending:
            written.add(future.result())
            watch.advance(done, 0)
    return written


def _write_sqlite(
    tasks: list[tuple[list[Shard], Marks]], paths: RunPaths, profile_path: str | None, dedup: str, watch: Observer
) -> PartCounts:
    from copydesk.sinks.sqlite import SqliteSink

    written = PartCounts()
    profile = profile_at(profile_path)
    with atomic_path(paths.output) as temporary:
        sink = SqliteSink(temporary)
        for members, marks in tasks:
            lines = itertools.chain.from_iterable(read_jsonl_gz(shard.path) for shard in members)
            sink.write(part_rows(lines, marks, profile, dedup, written))
            watch.advance(sum(shard.pages for shard in members), 0)
        sink.close()
    return written


# --- the report -------------------------------------------------------------------------------------


def _stage_report(
    shards: list[Shard],
    paths: RunPaths,
    options: CorpusOptions,
    steps: Pipeline,
    identity: dict[str, Any],
    written: PartCounts,
    timings: _Timings,
    started: float,
    watch: Observer,
) -> dict[str, Any]:
    outcomes: Counter[str] = Counter()
    sites: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    errors_path = _errors_path(paths, steps.sink)

    def errors() -> Iterator[dict[str, Any]]:
        for data in _lines(shards):
            outcome = data["outcome"]
            outcomes[outcome] += 1
            if outcome == "article" and data.get("article") is not None:
                sites[data.get("site") or "(none)"] += 1
                languages[data["article"].get("language") or "(unknown)"] += 1
            else:
                yield error_entry(data)

    error_count = write_jsonl_gz(errors_path, errors())
    seconds = {**timings.seconds, "total": round(time.perf_counter() - started, 3)}
    report = write_report(
        paths.report,
        identity,
        paths.output,
        errors_path,
        outcomes,
        sites,
        languages,
        written,
        error_count,
        seconds,
        workers=options.workers,
        note="seconds are those of the last invocation; a resumed run did part of its work before",
    )
    watch.message(
        f"{report['pages']} pages: {outcomes.get('article', 0)} articles, {written.duplicates} duplicates, "
        f"{error_count} without an article (see {errors_path}); report {paths.report}"
    )
    return report


def _errors_path(paths: RunPaths, sink: Sink) -> Path:
    if sink.format == "sqlite":
        return paths.output.with_name(paths.output.name + ".errors.jsonl.gz")
    return paths.output / "errors.jsonl.gz"
