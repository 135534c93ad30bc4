"""Gold datasets for the article benchmark, read from a folder or straight from a tar archive.

Layout (the one of the ScrapingHub article-extraction benchmark)::

    ground-truth.json      {id: {"articleBody": str, "url": str, "title"?, "byline"?, "lang"?,
                                 "publishedTime"?, ...}}
    html/<id>.html         the page as saved (or html/<id>.html.gz)

The files may sit under one top folder of the archive. Archives (``.tar``, ``.tar.gz``, ``.tgz``,
``.tar.xz``) are read in one sequential pass, without unpacking to disk.
"""

from __future__ import annotations

import json
import tarfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

from copydesk.sources import SourceError
from copydesk.sources.files import gunzip

GOLD_FILE = "ground-truth.json"
HTML_FOLDER = "html"
ARCHIVE_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.xz", ".txz")
METADATA_FIELDS = ("title", "byline", "lang", "publishedTime")
# Values that mean "not given": the readability conversion wrote Python's None as a string.
_MISSING = frozenset({"", "None", "null"})


class DatasetError(Exception):
    """A dataset is missing, malformed or incomplete."""


class BenchPage(NamedTuple):
    id: str
    html: bytes
    gold: Mapping[str, Any]


@dataclass(frozen=True)
class Dataset:
    name: str
    path: Path
    pages: tuple[BenchPage, ...]

    @property
    def has_metadata(self) -> bool:
        """Whether any page has a gold title, byline, language or date."""
        return any(gold_field(page.gold, name) for page in self.pages for name in METADATA_FIELDS)

    def gold_bodies(self) -> dict[str, str]:
        return {page.id: gold_field(page.gold, "articleBody") or "" for page in self.pages}


def gold_field(gold: Mapping[str, Any], name: str) -> str | None:
    """A gold value as a string, or None when absent or empty."""
    value = gold.get(name)
    if value is None:
        return None
    text = str(value)
    return None if text.strip() in _MISSING else text


def page_url(gold: Mapping[str, Any]) -> str | None:
    """The URL handed to extractors: the page's own URL, else the test harness URL, else None."""
    return gold_field(gold, "url") or gold_field(gold, "harness_url")


def dataset_name(path: Path) -> str:
    name = path.name
    for suffix in ARCHIVE_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def load_dataset(path: Path) -> Dataset:
    return Dataset(name=dataset_name(path), path=path, pages=tuple(iter_pages(path)))


def iter_pages(path: Path) -> Iterator[BenchPage]:
    """Pages of a dataset folder or archive, sorted by id. Raises :class:`DatasetError`."""
    if path.is_dir():
        gold, html = _read_folder(path)
    elif path.is_file() and path.name.endswith(ARCHIVE_SUFFIXES):
        gold, html = _read_archive(path)
    else:
        raise DatasetError(f"{path}: not a dataset folder or a .tar/.tar.gz/.tar.xz archive")
    missing = sorted(set(gold) - set(html))
    if missing:
        shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
        raise DatasetError(f"{path}: {len(missing)} page(s) of {GOLD_FILE} have no HTML: {shown}")
    for page_id in sorted(gold):
        yield BenchPage(page_id, html[page_id], gold[page_id])


def _read_folder(root: Path) -> tuple[dict[str, Mapping[str, Any]], dict[str, bytes]]:
    gold_path = root / GOLD_FILE
    if not gold_path.is_file():
        raise DatasetError(f"{root}: no {GOLD_FILE}")
    gold = _parse_gold(gold_path.read_bytes(), str(gold_path))
    html: dict[str, bytes] = {}
    folder = root / HTML_FOLDER
    if folder.is_dir():
        for file in sorted(folder.iterdir()):
            page_id = _page_id(file.name)
            if page_id is not None and file.is_file():
                html[page_id] = _decompress(file.name, file.read_bytes())
    return gold, html


def _read_archive(path: Path) -> tuple[dict[str, Mapping[str, Any]], dict[str, bytes]]:
    gold_by_root: dict[PurePosixPath, bytes] = {}
    html_by_root: dict[PurePosixPath, dict[str, bytes]] = {}
    try:
        with tarfile.open(path, "r:*") as archive:
            for member in archive:
                if not member.isfile():
                    continue
                member_path = PurePosixPath(member.name)
                if member_path.name == GOLD_FILE:
                    gold_by_root[member_path.parent] = _member_bytes(archive, member)
                elif member_path.parent.name == HTML_FOLDER:
                    page_id = _page_id(member_path.name)
                    if page_id is not None:
                        data = _decompress(member.name, _member_bytes(archive, member))
                        html_by_root.setdefault(member_path.parent.parent, {})[page_id] = data
    except (tarfile.TarError, OSError, EOFError) as error:
        raise DatasetError(f"{path}: cannot read archive: {error}") from error
    if not gold_by_root:
        raise DatasetError(f"{path}: no {GOLD_FILE} in the archive")
    # The shallowest ground-truth.json is the dataset's own; its html/ folder sits next to it.
    root = min(gold_by_root, key=lambda parent: (len(parent.parts), str(parent)))
    return _parse_gold(gold_by_root[root], f"{path}:{GOLD_FILE}"), html_by_root.get(root, {})


def _member_bytes(archive: tarfile.TarFile, member: tarfile.TarInfo) -> bytes:
    stream = archive.extractfile(member)
    if stream is None:
        raise DatasetError(f"{member.name}: not a regular file")
    with stream:
        return stream.read()


def _parse_gold(data: bytes, name: str) -> dict[str, Mapping[str, Any]]:
    try:
        parsed = json.loads(data)
    except (ValueError, UnicodeDecodeError) as error:
        raise DatasetError(f"{name}: invalid JSON: {error}") from error
    if not isinstance(parsed, dict) or not all(isinstance(v, dict) for v in parsed.values()):
        raise DatasetError(f"{name}: expected an object of page objects")
    return {str(key): value for key, value in parsed.items()}


def _page_id(file_name: str) -> str | None:
    for suffix in (".html.gz", ".html"):
        if file_name.endswith(suffix):
            return file_name[: -len(suffix)]
    return None


def _decompress(name: str, data: bytes) -> bytes:
    if not name.endswith(".gz"):
        return data
    try:
        return gunzip(data, name)
    except SourceError as error:
        raise DatasetError(str(error)) from error


def default_dataset_dir(bases: Sequence[Path] | None = None) -> Path | None:
    """The first ``shared/bench`` folder holding ``*.tar.xz``, next to or inside one of ``bases``.

    ``bases`` defaults to the repository root (found from this file) and the working directory.
    """
    if bases is None:
        bases = (Path(__file__).resolve().parents[3], Path.cwd().resolve())
    for base in bases:
        for candidate in (base.parent / "shared" / "bench", base / "shared" / "bench"):
            if candidate.is_dir() and any(candidate.glob("*.tar.xz")):
                return candidate
    return None


def default_datasets(bases: Sequence[Path] | None = None) -> list[Path]:
    """The ``*.tar.xz`` archives of :func:`default_dataset_dir`, sorted; empty when there is none."""
    folder = default_dataset_dir(bases)
    return sorted(folder.glob("*.tar.xz")) if folder else []
