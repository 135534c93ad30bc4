"""The steps of a corpus run as objects: Source → Extract (or Clean) → Templates (the site profile) →
Dedup → Sink, held by a :class:`Pipeline`. The local and the Spark runner execute the same objects
(``run_local(..., pipeline=...)``, ``run_spark(..., pipeline=...)``); each step is also usable alone.

Steps are frozen dataclasses (picklable: they travel to worker processes and Spark executors); what a
step needs to aggregate across pages (a profile learner, a dedup index) it creates on request, and the
runner decides where that lives (in one process, or as distributed stages).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from copydesk.clean.profile import ProfileLearner, ProfileParams, SiteProfile, profile_from, site_boilerplate
from copydesk.clean.records import FieldMap
from copydesk.corpus.dedup import DedupBuilder, candidate_pairs, near_duplicates
from copydesk.corpus.minhash import band_keys
from copydesk.guard import guarded_process
from copydesk.options import CorpusOptions
from copydesk.pipeline import Extracted, remove_template_blocks
from copydesk.sources.inputs import InputFile, iter_pages
from copydesk.types import Article, Page


@dataclass(frozen=True, slots=True)
class Source:
    """Pages of an input file (WARC, JSONL, HTML); ``fields`` maps JSONL record fields (ROLE=NAME)."""

    fields: tuple[str, ...] = ()

    def pages(self, item: InputFile) -> Iterator[Page]:
        return iter_pages(item, FieldMap.parse(list(self.fields)))


@dataclass(frozen=True, slots=True)
class Extract:
    """A page's article: extracted from HTML, or cleaned from a record's text; never raises, never hangs
    (``page_timeout`` seconds; ``hard``: also past a stuck C call, in a worker process only)."""

    fields: tuple[str, ...] = ()
    page_timeout: float = 30.0

    def __call__(self, page: Page, hard: bool = False) -> Extracted:
        return guarded_process(page, FieldMap.parse(list(self.fields)), self.page_timeout, hard)


@dataclass(frozen=True, slots=True)
class Templates:
    """Blocks that recur across a site's pages: learned (``learner``/``observe``/``build``, or
    ``from_counts`` for counts made elsewhere) and removed (``remove``)."""

    params: ProfileParams = field(default_factory=ProfileParams)
    max_entries: int = 8_000_000  # (site, text) pairs a learner holds before it prunes: about 140 MB

    def learner(self) -> ProfileLearner:
        return ProfileLearner(max_entries=self.max_entries)

    def observe(self, learner: ProfileLearner, line: Mapping[str, Any]) -> None:
        """Count one page from its :meth:`Extracted.to_dict` line (the texts its worker fingerprinted)."""
        if line.get("outcome") == "article":
            learner.add_texts(line.get("site"), set(line.get("template_texts", ())), int(line.get("record_key", 0)))

    def build(self, learner: ProfileLearner) -> SiteProfile:
        params = self.params
        return learner.build(
            min_records=params.min_records,
            min_share=params.min_share,
            max_domains=params.max_domains,
            template_share=params.template_share,
            template_records=params.template_records,
            syndicated=False,  # (what cleaning keeps with a wire story: template blocks do not ask)
        )

    def from_counts(
        self, site_records: Mapping[str, int], recurring: Iterable[tuple[str, int, int]], seen: Mapping[int, int]
    ) -> SiteProfile:
        """The same profile from counts a distributed engine made (records per site, recurring
        (site, text, records), sites per text)."""
        return profile_from(
            site_records, site_boilerplate(recurring, seen, self.params, None, site_records), self.params
        )

    def remove(self, article: Article, site: str | None, profile: SiteProfile | None) -> Article:
        return remove_template_blocks(article, site, profile)


@dataclass(frozen=True, slots=True)
class Dedup:
    """Exact and near-duplicate clusters; ``mode``: ``mark`` or ``drop`` (``off``: no Dedup step)."""

    mode: str = "mark"

    def builder(self, folder: Path) -> DedupBuilder:
        return DedupBuilder(folder)

    def band_keys(self, signature: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint64]:
        return band_keys(signature)

    def candidate_pairs(self, members: list[int]) -> Iterator[tuple[int, int]]:
        return candidate_pairs(members)

    def confirm(self, first: npt.NDArray[np.uint32], second: npt.NDArray[np.uint32], size_a: int, size_b: int) -> bool:
        return near_duplicates(first, second, size_a, size_b)


@dataclass(frozen=True, slots=True)
class Sink:
    """Where articles go: ``jsonl`` or ``parquet`` parts, or an ``sqlite`` file."""

    format: str = "jsonl"

    def part_name(self, shard_name: str) -> str:
        suffix = ".parquet" if self.format == "parquet" else ".jsonl.gz"
        return "part-" + shard_name.removesuffix(".jsonl.gz") + suffix

    def write(self, target: Path, rows: Iterable[dict[str, Any]]) -> int:
        if self.format == "parquet":
            from copydesk.sinks.parquet import write_parquet

            return write_parquet(target, rows)
        if self.format == "jsonl":
            from copydesk.sinks.jsonl import write_jsonl_gz

            return write_jsonl_gz(target, rows)
        raise ValueError(f"{self.format} is written as one file, not in parts")


@dataclass(frozen=True, slots=True)
class Pipeline:
    """One of each step; ``templates`` or ``dedup`` None leaves that step out."""

    source: Source = field(default_factory=Source)
    extract: Extract = field(default_factory=Extract)
    templates: Templates | None = field(default_factory=Templates)
    dedup: Dedup | None = field(default_factory=Dedup)
    sink: Sink = field(default_factory=Sink)

    @classmethod
    def from_options(cls, options: CorpusOptions) -> Pipeline:
        return cls(
            Source(options.fields),
            Extract(options.fields, options.page_timeout),
            Templates() if options.templates else None,
            Dedup(options.dedup) if options.dedup != "off" else None,
            Sink(options.output_format),
        )

    def describe(self) -> dict[str, Any]:
        """What must not change between an interrupted run and its resumption."""
        templates = self.templates
        return {
            "fields": list(self.source.fields),
            "templates": None
            if templates is None
            else {**templates.params.to_dict(), "max_entries": templates.max_entries},
            "dedup": None if self.dedup is None else self.dedup.mode,
            "format": self.sink.format,
        }
