"""The inputs of a corpus run: files, folders and globs, each read as a stream of :class:`Page`.

Kinds by file name: ``.warc`` / ``.warc.gz`` (WARC), ``.jsonl`` / ``.jsonl.gz`` / ``.ndjson`` (records),
``.html`` / ``.htm`` (``.gz`` too; one page a file). A folder is searched recursively for all three.
A URL with a scheme (``s3://bucket/cc-news/*.warc.gz``, ``gs://...``, ``https://...``) names files of a
remote store, read through fsspec (an optional dependency, with the store's own package: s3fs for S3
and S3-compatible storage, whose endpoint comes from the usual settings such as ``AWS_ENDPOINT_URL``)."""

from __future__ import annotations

import glob
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from copydesk.clean.records import USUAL_FIELDS, FieldMap
from copydesk.sources import SourceError
from copydesk.sources.files import HTML_SUFFIXES, gunzip, is_glob, read_html_file
from copydesk.sources.records import iter_records, iter_records_stream
from copydesk.sources.warc import iter_warc, iter_warc_stream
from copydesk.types import Page

InputKind = Literal["warc", "jsonl", "html"]
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json.gz")
_WILDCARDS = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class InputFile:
    """A local file (``path``), or a file of a remote store (``url``; ``path`` then holds its path
    there, for its name). ``name``: its path below the folder or glob it was found by (its file name
    when it was named itself), what its pages' ids are made of; empty for the file name."""

    path: Path
    kind: InputKind
    url: str | None = None
    name: str = ""

    @property
    def source(self) -> str:
        """How pages and errors name the input."""
        return self.url or str(self.path)

    @property
    def identity(self) -> str:
        """The same input, however it was named: the absolute path, or the URL."""
        return self.url or str(self.path.resolve())

    @property
    def id_name(self) -> str:
        return self.name or self.path.name

    def size(self) -> int:
        try:
            return int(_remote(self.url).size(self.url)) if self.url else self.path.stat().st_size
        except (OSError, ValueError, TypeError):
            return 0


def input_kind(path: Path) -> InputKind | None:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(HTML_SUFFIXES):
        return "html"
    return None


def expand_inputs(arguments: Iterable[str]) -> list[InputFile]:
    """Files, folders and globs as a list of inputs: each group sorted, duplicates dropped, the groups
    in the order of the arguments. A path that does not exist, a glob matching nothing, or a file of
    no known kind raises :class:`SourceError`.

    Inputs whose :attr:`~InputFile.id_name` would be the same (``a/index.html`` and ``b/index.html``
    named as two arguments) are named by their full path or URL instead: no two inputs of a run share ids."""
    found: list[InputFile] = []
    seen: set[Path] = set()
    seen_urls: set[str] = set()
    for argument in arguments:
        if _is_url(argument):
            found.extend(item for item in _expand_remote(argument) if item.identity not in seen_urls)
            seen_urls.update(item.identity for item in found)
            continue
        root = _root(argument)
        for path in _expand(argument):
            kind = input_kind(path)
            if kind is None:
                raise SourceError(f"{path}: not a WARC, JSONL or HTML file (by its name)")
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                found.append(InputFile(path, kind, name=_below(PurePosixPath(path.as_posix()), root)))
    names = Counter(item.id_name for item in found)
    return [item if names[item.id_name] == 1 else replace(item, name=item.identity) for item in found]


def _root(argument: str) -> PurePosixPath | None:
    """The folder that names of inputs found by ``argument`` are relative to: the folder itself, or
    the part of a glob before its first wildcard; None for a file (then named by its file name)."""
    if is_glob(argument):
        return _glob_root(argument)
    return PurePosixPath(argument.replace("\\", "/")) if Path(argument).is_dir() else None


def _glob_root(pattern: str) -> PurePosixPath:
    parts = PurePosixPath(pattern.replace("\\", "/")).parts
    wild = next((i for i, part in enumerate(parts) if _WILDCARDS.intersection(part)), len(parts))
    return PurePosixPath(*parts[:wild]) if wild else PurePosixPath(".")


def _below(path: PurePosixPath, root: PurePosixPath | None) -> str:
    if root is None or root == PurePosixPath("."):
        return path.as_posix() if root is not None else path.name
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.name


def _is_url(argument: str) -> bool:
    scheme, separator, _ = argument.partition("://")
    return bool(separator) and scheme.isalnum() and scheme != "file"


def _remote(url: str) -> Any:
    try:
        import fsspec
    except ImportError as error:
        raise SourceError(f"{url}: reading remote inputs needs fsspec (pip install 'copydesk[remote]')") from error
    try:
        return fsspec.core.url_to_fs(url)[0]
    except (ImportError, ValueError) as error:
        raise SourceError(f"{url}: {error}") from error


def _expand_remote(argument: str) -> list[InputFile]:
    store = _remote(argument)
    root = store._strip_protocol(argument)
    below: PurePosixPath | None = None
    try:
        if is_glob(argument):
            names = sorted(store.glob(root))
            below = _glob_root(root)
        elif store.isdir(root):
            names = sorted(store.find(root))
            below = PurePosixPath(root)
        else:
            names = [root] if store.exists(root) else []
    except OSError as error:
        raise SourceError(f"{argument}: {error}") from error
    if not names:
        raise SourceError(f"{argument}: no such file, or no file matches")
    found = []
    for name in names:
        path = Path(str(name))
        kind = input_kind(path)
        if kind is None:
            if len(names) == 1:
                raise SourceError(f"{argument}: not a WARC, JSONL or HTML file (by its name)")
            continue
        found.append(InputFile(path, kind, str(store.unstrip_protocol(name)), _below(PurePosixPath(str(name)), below)))
    return found


def _expand(argument: str) -> list[Path]:
    if is_glob(argument):
        files = sorted(Path(name) for name in glob.glob(argument, recursive=True) if Path(name).is_file())
        if not files:
            raise SourceError(f"{argument}: no file matches")
        return files
    path = Path(argument)
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and input_kind(p) is not None)
    if path.exists():
        return [path]
    raise SourceError(f"{argument}: no such file or directory")


def iter_pages(item: InputFile, fields: FieldMap = USUAL_FIELDS) -> Iterator[Page]:
    """The pages of one input file, in file order, named for their ids (:attr:`InputFile.id_name`)."""
    for page in _pages(item, fields):
        yield replace(page, input_name=item.id_name)


def _pages(item: InputFile, fields: FieldMap) -> Iterator[Page]:
    if item.url is not None:
        yield from _remote_pages(item, fields)
        return
    if item.kind == "warc":
        yield from iter_warc(item.path)
    elif item.kind == "jsonl":
        yield from iter_records(item.path, fields)
    else:
        source = str(item.path)
        try:
            yield Page(source, 0, html=read_html_file(item.path))
        except SourceError as error:
            yield Page(source, 0, error=str(error))


def _remote_pages(item: InputFile, fields: FieldMap) -> Iterator[Page]:
    assert item.url is not None
    try:
        stream = _remote(item.url).open(item.url, "rb")
    except (OSError, SourceError, ValueError) as error:
        yield Page(item.url, 0, error=f"{item.url}: {error}")
        return
    with stream:
        if item.kind == "warc":
            yield from iter_warc_stream(stream, item.url)
        elif item.kind == "jsonl":
            yield from iter_records_stream(stream, item.url, fields)
        else:
            data = stream.read()
            if item.url.lower().endswith(".gz"):
                try:
                    data = gunzip(data, item.url)
                except SourceError as error:
                    yield Page(item.url, 0, error=str(error))
                    return
            yield Page(item.url, 0, html=data)
