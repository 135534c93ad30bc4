"""The Spark runner: the steps of :mod:`copydesk.pipeline` as a PySpark job, with the output layout of
the local runner (the same part files, the same records).

- **pages**: one task per unit of input (:func:`copydesk.runners.local.plan_units`), cut into the
  local runner's batches; each page processed by :func:`copydesk.runners.guard.guarded_process`.
- **templates**, distributed: per (site, text) record counts by ``reduceByKey`` after dropping a
  site's exact repeats, then the rule of :meth:`copydesk.clean.profile.ProfileLearner.build` on the
  texts that recur somewhere (:meth:`copydesk.steps.Templates.from_counts`).
- **dedup**, distributed: LSH buckets by ``groupByKey`` on band keys, the candidate pairs of
  :func:`copydesk.corpus.dedup.candidate_pairs` checked where their signatures are joined; the
  confirmed pairs (as many as there are duplicates) are joined into clusters on the driver.
- **write**: one task per batch writes ``part-<unit>-<batch>.parquet`` (or ``.jsonl.gz``) into the
  output folder, which every executor must reach (a shared file system); the driver writes the
  errors shard and the report.

Input paths must be readable by the executors under the same names (local mode, or a shared mount).
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from copydesk.clean.profile import SiteProfile, needed_records, site_key
from copydesk.corpus.dedup import copy_rank
from copydesk.options import CorpusOptions
from copydesk.pipeline import error_entry, fingerprint_of
from copydesk.runners.local import RunPaths
from copydesk.runners.parts import PartCounts, part_rows, plan_parts
from copydesk.runners.report import run_identity, write_report
from copydesk.runners.units import Unit, batches, plan_units
from copydesk.sinks.jsonl import write_jsonl_gz
from copydesk.sources.inputs import InputFile
from copydesk.steps import Dedup, Pipeline, Templates

Line = dict[str, Any]


def run_spark(
    inputs: list[InputFile],
    output: Path,
    options: CorpusOptions,
    master: str | None = None,
    pipeline: Pipeline | None = None,
) -> dict[str, Any]:
    """Run the pipeline on Spark (``master`` given: a session of its own, e.g. ``local[2]``; else the
    active or default session, as under spark-submit); the run report. ``pipeline``: the steps, as for
    :func:`copydesk.runners.local.run_local`."""
    steps = pipeline or Pipeline.from_options(options)
    if steps.sink.format == "sqlite":
        raise ValueError("the Spark engine writes jsonl or parquet parts; build an SQLite file with --engine local")
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession

    # Python workers of a local session run this interpreter (where copydesk is installed); on a
    # cluster, spark.pyspark.python or PYSPARK_PYTHON names theirs.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    builder = SparkSession.builder.appName("copydesk run")
    if master is not None:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    context = spark.sparkContext
    context.setLogLevel("WARN")
    started = time.perf_counter()
    paths = RunPaths.of(output)
    units = plan_units(inputs, options.batch_size)
    unit_list = list(enumerate(units))
    lines = (
        context.parallelize(unit_list, max(1, len(unit_list)))
        .flatMap(lambda pair: _process_unit(pair[0], pair[1], steps, options))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    seconds: dict[str, float] = {}
    batch_sizes = dict(lines.map(lambda item: ((item[0], item[1]), 1)).reduceByKey(lambda a, b: a + b).collect())
    first = _first_indices(batch_sizes)
    seconds["pages"] = round(time.perf_counter() - started, 3)
    profile = _profile(lines, steps.templates) if steps.templates is not None else None
    seconds["templates"] = round(time.perf_counter() - started - sum(seconds.values()), 3)
    canonical = _dedup(lines, first, steps.dedup) if steps.dedup is not None else None
    seconds["dedup"] = round(time.perf_counter() - started - sum(seconds.values()), 3)
    total = sum(batch_sizes.values())
    counts = _write(lines, units, first, total, paths, steps, profile, canonical, context)
    seconds["write"] = round(time.perf_counter() - started - sum(seconds.values()), 3)
    report = _report(lines, inputs, paths, options, steps, counts, seconds, started)
    lines.unpersist()
    return report


def _process_unit(
    index: int, unit: Unit, steps: Pipeline, options: CorpusOptions
) -> Iterator[tuple[int, int, int, Line]]:
    for number, batch in enumerate(batches(unit.pages(steps.source), options)):
        for position, page in enumerate(batch):
            yield index, number, position, steps.extract(page).to_dict()


def _first_indices(batch_sizes: dict[tuple[int, int], int]) -> dict[tuple[int, int], int]:
    """The run-wide index of each batch's first page, in input order (as the local runner counts)."""
    first = {}
    total = 0
    for key in sorted(batch_sizes):
        first[key] = total
        total += batch_sizes[key]
    return first


# --- templates ----------------------------------------------------------------------------------------


def _profile(lines: Any, templates: Templates) -> SiteProfile:
    params = templates.params
    records = (
        lines.filter(lambda item: item[3]["outcome"] == "article" and item[3].get("template_texts"))
        .map(lambda item: ((site_key(item[3]["site"]), int(item[3]["record_key"])), item[3]["template_texts"]))
        .filter(lambda pair: pair[0][0] is not None)
        .reduceByKey(lambda a, b: a)  # one record of a site's exact repeats
    )
    site_records = dict(records.map(lambda pair: (pair[0][0], 1)).reduceByKey(lambda a, b: a + b).collect())
    pairs = records.flatMap(lambda pair: (((pair[0][0], text), 1) for text in set(pair[1]))).reduceByKey(
        lambda a, b: a + b
    )
    needed = {site: needed_records(count, params) for site, count in site_records.items()}
    recurring = pairs.filter(lambda pair: pair[1] >= needed[pair[0][0]]).collect()
    texts = {text for (_, text), _ in recurring}
    seen = dict(
        pairs.filter(lambda pair: pair[0][1] in texts)
        .map(lambda pair: (pair[0][1], 1))
        .reduceByKey(lambda a, b: a + b)
        .collect()
    )
    return templates.from_counts(site_records, [(site, text, count) for (site, text), count in recurring], seen)


# --- dedup --------------------------------------------------------------------------------------------


def _dedup(lines: Any, first: dict[tuple[int, int], int], dedup: Dedup) -> dict[int, int]:
    """For the pages in clusters of two or more: run-wide index -> the index of the canonical copy."""
    starts = lines.context.broadcast(first)

    def document(item: tuple[int, int, int, Line]) -> tuple[int, Any] | None:
        data = item[3]
        found = fingerprint_of(data) if data["outcome"] == "article" else None
        if found is None or found.shingles == 0:
            return None
        index = starts.value[(item[0], item[1])] + item[2]
        return index, found

    documents = lines.map(document).filter(lambda pair: pair is not None).persist()
    exact_edges = (
        documents.map(lambda pair: (pair[1].exact, pair[0]))
        .groupByKey()
        .flatMap(lambda group: dedup.candidate_pairs(sorted(group[1])))
    )
    candidates = (
        documents.flatMap(lambda pair: ((int(key), pair[0]) for key in dedup.band_keys(pair[1].signature)))
        .groupByKey()
        .flatMap(lambda group: dedup.candidate_pairs(sorted(group[1])))
        .distinct()
    )
    signatures = documents.mapValues(lambda found: (found.signature, found.shingles))
    confirmed = (
        candidates.join(signatures)
        .map(lambda row: (row[1][0], (row[0], row[1][1])))
        .join(signatures)
        .filter(lambda row: dedup.confirm(row[1][0][1][0], row[1][1][0], row[1][0][1][1], row[1][1][1]))
        .map(lambda row: (row[1][0][0], row[0]))
    )
    edges = exact_edges.union(confirmed).collect()
    parent: dict[int, int] = {}
    for a, b in edges:
        _union(parent, a, b)
    members = {index: _root(parent, index) for index in parent}
    wanted = lines.context.broadcast(set(members))
    keys = dict(
        lines.map(lambda item: (starts.value[(item[0], item[1])] + item[2], item[3]))
        .filter(lambda pair: pair[0] in wanted.value)
        .mapValues(_canonical_key)
        .collect()
    )
    best: dict[int, int] = {}
    for index, root in members.items():
        if root not in best or (keys[index], index) < (keys[best[root]], best[root]):
            best[root] = index
    documents.unpersist()
    return {index: best[root] for index, root in members.items()}


def _canonical_key(data: Line) -> tuple[int, int, int]:
    article = data.get("article") or {}
    return copy_rank(int(data.get("shingles", 0)), article.get("published") or data.get("fetched"), data["id"])


def _size(first: dict[tuple[int, int], int], keys: list[tuple[int, int]], index: int, total: int) -> int:
    """Pages of the ``index``-th batch, from the run-wide index of each batch's first page."""
    end = first[keys[index + 1]] if index + 1 < len(keys) else total
    return end - first[keys[index]]


def _root(parent: dict[int, int], index: int) -> int:
    while parent.get(index, index) != index:
        index = parent[index]
    return index


def _union(parent: dict[int, int], a: int, b: int) -> None:
    parent.setdefault(a, a)
    parent.setdefault(b, b)
    root_a, root_b = _root(parent, a), _root(parent, b)
    if root_a != root_b:
        parent[max(root_a, root_b)] = min(root_a, root_b)


# --- write and report ---------------------------------------------------------------------------------


def _write(
    lines: Any,
    units: list[Unit],
    first: dict[tuple[int, int], int],
    total: int,
    paths: RunPaths,
    steps: Pipeline,
    profile: SiteProfile | None,
    canonical: dict[int, int] | None,
    context: Any,
) -> PartCounts:
    paths.output.mkdir(parents=True, exist_ok=True)
    dedup_mode = steps.dedup.mode if steps.dedup is not None else "off"
    ids = {}
    if canonical is not None:
        wanted = set(canonical.values())
        starts = context.broadcast(first)
        ids = dict(
            lines.map(lambda item: (starts.value[(item[0], item[1])] + item[2], item[3]["id"]))
            .filter(lambda pair: pair[0] in wanted)
            .collect()
        )
    canonical_ids = context.broadcast(ids)

    def id_at(index: int) -> str:
        return str(canonical_ids.value[index])

    keys = context.broadcast([unit.key for unit in units])
    shared = context.broadcast((profile, canonical, first))
    folder = str(paths.output)

    ordered_keys = sorted(first)
    groups = plan_parts(
        [(units[unit].key, _size(first, ordered_keys, i, total)) for i, (unit, _) in enumerate(ordered_keys)]
    )
    part_of = context.broadcast({ordered_keys[i]: ordered_keys[group[0]] for group in groups for i in group})

    def write_batch(group: tuple[tuple[int, int], Iterable[tuple[int, int, Line]]]) -> tuple[int, int, int, int]:
        (unit, number), rows = group
        profile_value, canonical_value, starts = shared.value
        ordered = [line for _, _, line in sorted(rows, key=lambda row: (row[0], row[1]))]
        marks = None
        if canonical_value is not None:
            marks = []
            base = starts[(unit, number)]
            for position, line in enumerate(ordered):
                index = base + position
                best = canonical_value.get(index, index)
                best_id = line["id"] if best == index else id_at(best)
                marks.append((best_id, best_id if best != index else None))
        counts = PartCounts()
        produced = part_rows(ordered, marks, profile_value, dedup_mode, counts)
        steps.sink.write(Path(folder) / steps.sink.part_name(f"{keys.value[unit]}-{number:06d}.jsonl.gz"), produced)
        return counts.articles, counts.duplicates, counts.dropped, counts.template_blocks

    totals = (
        lines.map(lambda item: (part_of.value[(item[0], item[1])], (item[1], item[2], item[3])))
        .groupByKey()
        .map(write_batch)
        .reduce(lambda a, b: tuple(x + y for x, y in zip(a, b, strict=True)))
    )
    return PartCounts(*totals)


def _report(
    lines: Any,
    inputs: list[InputFile],
    paths: RunPaths,
    options: CorpusOptions,
    steps: Pipeline,
    counts: PartCounts,
    seconds: dict[str, float],
    started: float,
) -> dict[str, Any]:
    outcomes = dict(lines.map(lambda item: (item[3]["outcome"], 1)).reduceByKey(lambda a, b: a + b).collect())
    articles = lines.filter(lambda item: item[3]["outcome"] == "article")
    sites = Counter(
        dict(articles.map(lambda item: (item[3]["site"] or "(none)", 1)).reduceByKey(lambda a, b: a + b).collect())
    )
    languages = Counter(
        dict(
            articles.map(lambda item: ((item[3].get("article") or {}).get("language") or "(unknown)", 1))
            .reduceByKey(lambda a, b: a + b)
            .collect()
        )
    )
    errors_path = paths.output / "errors.jsonl.gz"
    failed = lines.filter(lambda item: item[3]["outcome"] != "article").sortBy(lambda item: item[:3])
    error_count = write_jsonl_gz(errors_path, (error_entry(item[3]) for item in failed.toLocalIterator()))
    return write_report(
        paths.report,
        run_identity(inputs, options, steps),
        paths.output,
        errors_path,
        outcomes,
        sites,
        languages,
        counts,
        error_count,
        {**seconds, "total": round(time.perf_counter() - started, 3)},
        engine="spark",
    )
