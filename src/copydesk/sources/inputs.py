"""The inputs of a corpus run: files, folders and globs, each read as a stream of :class:`Page`.

Kinds by file name: ``.warc`` / ``.warc.gz`` (WARC), ``.jsonl`` / ``.jsonl.gz`` / ``.ndjson`` (records),
``.html`` / ``.htm`` (``.gz`` too; one page a file). A folder is searched recursively for all three."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from copydesk.clean.records import USUAL_FIELDS, FieldMap
from copydesk.sources import SourceError
from copydesk.sources.files import HTML_SUFFIXES, is_glob, read_html_file
from copydesk.sources.records import iter_records
from copydesk.sources.warc import iter_warc
from copydesk.types import Page

InputKind = Literal["warc", "jsonl", "html"]
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json.gz")


@dataclass(frozen=True, slots=True)
class InputFile:
    path: Path
    kind: InputKind


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
    no known kind raises :class:`SourceError`."""
    found: list[InputFile] = []
    seen: set[Path] = set()
    for argument in arguments:
        for path in _expand(argument):
            kind = input_kind(path)
            if kind is None:
                raise SourceError(f"{path}: not a WARC, JSONL or HTML file (by its name)")
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                found.append(InputFile(path, kind))
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
    """The pages of one input file, in file order."""
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
