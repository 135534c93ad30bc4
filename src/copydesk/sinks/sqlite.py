"""An SQLite corpus: one ``articles`` table and an FTS5 full-text index over title, description and text.

Made for small and medium corpora that one file should hold: ``copydesk search OUT.db "query"`` and
``copydesk serve OUT.db`` read it. Lists and nested records are stored as JSON text."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from copydesk.pipeline import OUTPUT_FIELDS

_JSON_FIELDS = frozenset({"authors", "tags", "blocks", "removed", "repairs"})
_COLUMNS = ", ".join(
    f'"{name}" {"INTEGER" if name == "offset" else "TEXT"}{" PRIMARY KEY" if name == "id" else ""}'
    for name in OUTPUT_FIELDS
)
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS articles ({_COLUMNS});
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, description, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
"""
# The largest integer SQLite takes (a signed 64-bit one): a larger LIMIT or OFFSET is an OverflowError.
LARGEST_INTEGER = 2**63 - 1
# FTS5 reads a query only up to its first NUL ("unterminated string"); unicode61 splits words at every
# control character anyway, so they are read as spaces.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_INDEXES = """
CREATE INDEX IF NOT EXISTS articles_site ON articles(site);
CREATE INDEX IF NOT EXISTS articles_language ON articles(language);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_cluster ON articles(cluster_id);
"""


def decode_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """An ``articles`` row (all columns, or some) as the corpus record: its JSON text columns parsed."""
    data = dict(row)
    for name in _JSON_FIELDS & data.keys():
        data[name] = json.loads(data[name]) if data[name] else []
    return data


class SqliteSink:
    """Rows appended in transactions; the full-text index is built once, at :meth:`close`."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._connection = sqlite3.connect(path)
        self._connection.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        placeholders = ", ".join("?" for _ in OUTPUT_FIELDS)
        names = ", ".join(f'"{name}"' for name in OUTPUT_FIELDS)
        self._insert = f"INSERT OR REPLACE INTO articles ({names}) VALUES ({placeholders})"
        self.count = 0

    def write(self, rows: Iterable[dict[str, Any]]) -> None:
        values = [
            tuple(
                json.dumps(row[name], ensure_ascii=False) if name in _JSON_FIELDS else row[name]
                for name in OUTPUT_FIELDS
            )
            for row in rows
        ]
        with self._connection:
            self._connection.executemany(self._insert, values)
        self.count += len(values)

    def close(self) -> None:
        with self._connection:
            self._connection.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
            self._connection.executescript(_INDEXES)
        self._connection.close()


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: str
    title: str | None
    url: str | None
    site: str | None
    published: str | None
    snippet: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "site": self.site,
            "published": self.published,
            "snippet": self.snippet,
            "score": self.score,
        }


def search(path: Path, query: str, limit: int = 10, offset: int = 0) -> list[SearchHit]:
    """Articles matching an FTS5 ``query``, best first (BM25), with a snippet of the body. A query
    FTS5 cannot parse is read as plain words."""
    query = _CONTROL.sub(" ", query)
    limit, offset = min(limit, LARGEST_INTEGER), min(offset, LARGEST_INTEGER)  # far past the end: no hits
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return _search(connection, query, limit, offset)
    except sqlite3.OperationalError:  # a query FTS5 cannot parse ("unterminated string", "syntax error")
        words = " ".join('"' + word.replace('"', '""') + '"' for word in query.split())
        return _search(connection, words, limit, offset) if words else []
    finally:
        connection.close()


def _search(connection: sqlite3.Connection, query: str, limit: int, offset: int) -> list[SearchHit]:
    rows = connection.execute(
        """
        SELECT a.id, a.title, a.url, a.site, a.published,
               snippet(articles_fts, 2, '[', ']', ' … ', 16), bm25(articles_fts, 5.0, 2.0, 1.0)
        FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
        WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 2.0, 1.0) LIMIT ? OFFSET ?
        """,
        (query, limit, offset),
    ).fetchall()
    return [SearchHit(r[0], r[1], r[2], r[3], r[4], r[5], -float(r[6])) for r in rows]
