"""Gzip-compressed JSON lines shards, each written atomically."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from copydesk.sinks.atomic import atomic_path
from copydesk.surrogates import json_line


def write_jsonl_gz(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    """Write ``rows`` to ``path`` (appears whole or not at all); the number written."""
    count = 0
    with atomic_path(path) as temporary, gzip.open(temporary, "wt", encoding="utf-8", compresslevel=5) as stream:
        for row in rows:
            stream.write(json_line(row, separators=(",", ":")) + "\n")
            count += 1
    return count


def read_jsonl_gz(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                yield json.loads(line)
