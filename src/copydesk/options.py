"""The one settings channel of each job: a frozen options object."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """Settings of :func:`copydesk.extract`.

    - ``http_charset``: the charset from the HTTP ``Content-Type`` header, when the caller has one;
      it outranks the page's own declaration, as in browsers.
    - ``detect_language``: guess the language from the body text when the markup does not say.
    - ``repair_mojibake``: repair text decoded with the wrong charset upstream ("donâ€™t" -> "don’t").
    """

    http_charset: str | None = None
    detect_language: bool = True
    repair_mojibake: bool = True


@dataclass(frozen=True, slots=True)
class CorpusOptions:
    """Settings of a corpus run (:func:`copydesk.runners.local.run_local`, the Spark runner).

    - ``output_format``: ``jsonl`` (gzip-compressed shards), ``parquet`` (shards) or ``sqlite`` (one file
      with a full-text index).
    - ``dedup``: ``mark`` (every article gets ``cluster_id`` and ``dup_of``), ``drop`` (duplicates are
      not written) or ``off``.
    - ``templates``: learn, per site, the blocks that recur across its pages and remove them.
    - ``page_timeout``: seconds one page may take; a slower page becomes an error record.
    - ``workers``: processes extracting pages (1: in the main process).
    - ``batch_size``: pages per stage-one shard: the unit of parallel work and of resumption.
    - ``fields``: record field names for JSONL inputs, as ``ROLE=NAME`` pairs (see ``copydesk clean``).
    """

    output_format: str = "jsonl"
    dedup: str = "mark"
    templates: bool = True
    page_timeout: float = 30.0
    workers: int = 1
    batch_size: int = 200
    fields: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.output_format not in ("jsonl", "parquet", "sqlite"):
            raise ValueError(f"output format must be jsonl, parquet or sqlite, not {self.output_format!r}")
        if self.dedup not in ("mark", "drop", "off"):
            raise ValueError(f"dedup must be mark, drop or off, not {self.dedup!r}")
        if self.workers < 1 or self.batch_size < 1 or self.page_timeout <= 0:
            raise ValueError("workers and batch_size must be at least 1, page_timeout above 0")
