"""Local HTML files: expand paths, directories and globs; read one page as bytes."""

from __future__ import annotations

import glob
import gzip
import zlib
from collections.abc import Iterable
from pathlib import Path

from copydesk.sources import SourceError

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
_GLOB_CHARS = frozenset("*?[")


def is_html_name(path: Path) -> bool:
    """Whether a file name ends in one of :data:`HTML_SUFFIXES` (case-insensitive)."""
    return path.name.lower().endswith(HTML_SUFFIXES)


def is_glob(pattern: str) -> bool:
    """Whether an argument is a glob pattern rather than the name of an existing path."""
    return bool(_GLOB_CHARS.intersection(pattern)) and not Path(pattern).exists()


def expand_paths(arguments: Iterable[str]) -> list[Path]:
    """Turn files, directories and glob patterns into a sorted list of HTML files.

    A directory is searched recursively for :data:`HTML_SUFFIXES`; a glob keeps the files it matches
    (``**`` recurses), any suffix; a plain file is kept as given. Each group is sorted, duplicates are
    dropped, and the groups keep the order of the arguments. A path that does not exist, or a glob that
    matches nothing, raises :class:`SourceError`.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for argument in arguments:
        for path in _expand_one(argument):
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                found.append(path)
    return found


def _expand_one(argument: str) -> list[Path]:
    if is_glob(argument):
        matches = sorted(Path(name) for name in glob.glob(argument, recursive=True))
        files = [path for path in matches if path.is_file()]
        if not files:
            raise SourceError(f"{argument}: no file matches")
        return files
    path = Path(argument)
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and is_html_name(p))
    if path.exists():
        return [path]
    raise SourceError(f"{argument}: no such file or directory")


def read_html_file(path: Path) -> bytes:
    """The bytes of one page; a ``.gz`` file is decompressed. Raises :class:`SourceError`."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(f"cannot read {path}: {error.strerror or error}") from error
    if path.name.lower().endswith(".gz"):
        return gunzip(data, str(path))
    return data


def gunzip(data: bytes, name: str) -> bytes:
    """Decompress gzip data, naming ``name`` in the :class:`SourceError` of a corrupt stream."""
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as error:
        raise SourceError(f"corrupt gzip in {name}: {error}") from error
