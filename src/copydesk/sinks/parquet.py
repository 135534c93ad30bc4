"""Parquet shards of corpus records, in one documented schema (:func:`schema`).

| field | type | |
| --- | --- | --- |
| id | string | 16 hex digits: the input file's name and the page's offset in it, hashed |
| url, canonical_url | string | |
| source, offset | string, int64 | the input file and the WARC record offset / JSONL line number |
| fetched | string | ISO 8601 crawl date (WARC-Date) |
| site | string | host without www. |
| title, description | string | headline and standfirst |
| authors, tags | list<string> | |
| published, modified | string | ISO 8601 |
| language, site_name, image, kind | string | |
| text | string | the body, blocks joined by a blank line |
| blocks | list<struct<kind: string, text: string, level: int32>> | the body in reading order |
| removed | list<struct<start: int64, end: int64, text: string, reason: string>> | template blocks, cleaning removals |
| repairs | list<struct<start: int64, end: int64, before: string, after: string, kind: string>> | repairs |
| cluster_id | string | id of the cluster's canonical copy (its own id when unique); null with dedup off |
| dup_of | string | the canonical copy's id when this is a duplicate, else null |
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from copydesk.pipeline import OUTPUT_FIELDS
from copydesk.sinks.atomic import atomic_path

ROW_GROUP = 2000


def schema() -> Any:
    import pyarrow as pa

    string = pa.string()
    removal = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", string), ("reason", string)])
    repair = pa.struct(
        [("start", pa.int64()), ("end", pa.int64()), ("before", string), ("after", string), ("kind", string)]
    )
    types = {
        "offset": pa.int64(),
        "authors": pa.list_(string),
        "tags": pa.list_(string),
        "blocks": pa.list_(pa.struct([("kind", string), ("text", string), ("level", pa.int32())])),
        "removed": pa.list_(removal),
        "repairs": pa.list_(repair),
    }
    return pa.schema([(name, types.get(name, string)) for name in OUTPUT_FIELDS])


def write_parquet(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    """Write ``rows`` (in the :func:`schema`) to one Parquet file, atomically, ``ROW_GROUP`` rows at a
    time (a large part never sits in memory whole); the number written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table_schema = schema()
    count = 0
    with atomic_path(path) as temporary, pq.ParquetWriter(temporary, table_schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=table_schema))
                count += len(batch)
                batch = []
        if batch or not count:
            writer.write_table(pa.Table.from_pylist(batch, schema=table_schema))
            count += len(batch)
    return count
