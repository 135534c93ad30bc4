"""``copydesk clean``: already-extracted text or JSONL records in, cleaned text or records out."""

from __future__ import annotations

import functools
import gzip
import itertools
import json
import math
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any, NamedTuple

import click

from copydesk.clean.core import clean, paragraph_texts
from copydesk.clean.model import load_model
from copydesk.clean.records import FieldMap, body_field, clean_record, record_site, record_story
from copydesk.cli.output import available_cores, classifier, model_option, open_output
from copydesk.cli.progress import BatchProgress
from copydesk.extract.decode import decode_text
from copydesk.limits import PageTimeout, can_limit, time_limit
from copydesk.runners.ordered import in_order
from copydesk.surrogates import json_line

RECORD_TIMEOUT = 10.0  # seconds: a 4 KB record takes about 2 ms, the largest real ones well under a second


@click.command("clean")
@click.argument("source", type=click.Path(allow_dash=True, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "text", "markdown"]),
    default=None,
    help="For a text (not JSONL): the Article as JSON (default), its text or Markdown.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not to stdout.")
@click.option(
    "--field",
    "fields",
    multiple=True,
    metavar="ROLE=NAME",
    help="Record field for a role (body, title, description, url, domain); repeatable.",
)
@click.option(
    "--profile",
    "profile_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Site profile to use; learned from the input and saved here when the file does not exist.",
)
@click.option("--no-learn", is_flag=True, help="Records one by one, without learning what recurs per site.")
@click.option(
    "--remove-doubtful",
    is_flag=True,
    help="Also remove what the classifier leans to call boilerplate without being sure, and what the rules "
    "would remove from a story other sites carry (by default kept and listed in doubts).",
)
@model_option()
@click.option(
    "--record-timeout",
    type=click.FloatRange(min=0.01),
    default=RECORD_TIMEOUT,
    show_default=True,
    help="Seconds one record may take; a record that takes longer is passed through with an error.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes cleaning JSONL records, in input order [default: the cores].",
)
def clean_command(
    source: Path,
    fmt: str | None,
    output: Path | None,
    fields: tuple[str, ...],
    profile_path: Path | None,
    no_learn: bool,
    remove_doubtful: bool,
    model_path: Path | None,
    record_timeout: float,
    workers: int | None,
) -> None:
    """Clean already-extracted news text: boilerplate out, damage repaired, every change reported.

    SOURCE is a text file (one article; a headline and standfirst on its first lines are found), a
    JSONL file of records (CC-News / news-please: maintext, title, description, url, source_domain;
    NewsAPI: content, title, description, url; others with --field), - for standard input, or a
    folder of .txt files (one article each; written as JSONL records with their "path").

    For a JSONL file, copydesk first learns, per source domain, the paragraphs and sentences that
    recur across that domain's records, then cleans every record with that knowledge (two passes;
    --no-learn for one). Every input line gives one output line, in input order: a record that cannot
    be cleaned is passed through with an "error" field.
    """
    workers = workers or available_cores()
    model, _ = classifier(model_path)  # a file that is no model fails here, before any pass over the input
    try:
        field_map = FieldMap.parse(list(fields))
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--field") from error
    stdin = str(source) == "-"
    if not stdin and source.is_dir():
        files = sorted(path for path in source.rglob("*.txt") if path.is_file())
        if not files:
            raise click.ClickException(f"{source}: no .txt files in this folder")
        _clean_records(
            source,
            lambda: _text_files(source, files),
            field_map,
            output,
            None,
            False,
            remove_doubtful,
            workers,
            record_timeout,
            model_path,
        )
        return
    first = sys.stdin.buffer.readline() if stdin else _head(source)
    if first.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":
        if stdin:  # one pass only: records one by one, or with a profile given
            if profile_path is not None and not profile_path.exists():
                raise click.UsageError("standard input is read once: learn a profile from a file, then use it here")
            rest = itertools.chain([first], sys.stdin.buffer)
            _clean_records(
                source,
                lambda: rest,
                field_map,
                output,
                profile_path,
                False,
                remove_doubtful,
                workers,
                record_timeout,
                model_path,
            )
        else:
            learn = not no_learn
            _clean_records(
                source,
                lambda: _file_lines(source),
                field_map,
                output,
                profile_path,
                learn,
                remove_doubtful,
                workers,
                record_timeout,
                model_path,
            )
        return
    data = first + sys.stdin.buffer.read() if stdin else _file_bytes(source)
    text, _ = decode_text(data)
    article = clean(text, profile=_load_profile(profile_path), remove_doubtful=remove_doubtful, model=model)
    _write(output, _render(article, fmt or "json"))


def _text_files(folder: Path, files: list[Path]) -> Iterator[bytes]:
    """Each text file as a JSONL record line: its path in the folder and its text. A file in another
    encoding than UTF-8 (a BOM's, or what detection finds: cp1252, KOI8-R, ...) is read in it and its
    record names it ("encoding"); UTF-8 damaged in places is read with U+FFFD for the bad bytes, and
    the record says so in an "error" field."""
    for path in files:
        record: dict[str, Any] = {"path": path.relative_to(folder).as_posix()}
        try:
            data = path.read_bytes()
        except OSError as error:  # no text to clean: the record says why
            record.update(text="", error=f"{path}: {error.strerror or error}")
        else:
            record["text"], encoding = decode_text(data)
            if encoding != "utf-8":
                record["encoding"] = encoding
            elif "\ufffd" in record["text"] and "\ufffd".encode() not in data:
                record["error"] = f"{path}: invalid UTF-8, replaced with U+FFFD"
        yield json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"


_GZIP_MAGIC = b"\x1f\x8b"
_BROKEN_GZIP = (EOFError, zlib.error, gzip.BadGzipFile)


def _open(path: Path) -> Any:
    """The file to read, decompressed when it is gzip (``records.jsonl.gz``: told by its first bytes)."""
    stream = path.open("rb")
    if stream.read(2) == _GZIP_MAGIC:
        stream.close()
        return gzip.open(path, "rb")
    stream.seek(0)
    return stream


def _head(path: Path) -> bytes:
    """The file's first line that is not blank (enough to tell JSONL from text)."""
    try:
        with _open(path) as stream:
            for line in stream:
                if line.strip(b"\xef\xbb\xbf \t\r\n"):
                    return bytes(line[:64])
            return b""
    except _BROKEN_GZIP as error:
        raise click.ClickException(f"{path}: not a readable gzip file ({error})") from error
    except OSError as error:
        raise click.ClickException(f"{path}: {error.strerror or error}") from error


def _file_bytes(path: Path) -> bytes:
    try:
        with _open(path) as stream:
            return bytes(stream.read())
    except _BROKEN_GZIP as error:
        raise click.ClickException(f"{path}: not a readable gzip file ({error})") from error
    except OSError as error:
        raise click.ClickException(f"{path}: {error.strerror or error}") from error


def _file_lines(path: Path) -> Iterator[bytes]:
    """The lines of a file (decompressed when it is gzip), streamed: a corpus never has to fit in
    memory. A gzip file cut short gives the lines before the cut, and a warning."""
    count = 0
    with _open(path) as stream:
        try:
            for line in stream:
                count += 1
                yield line
        except _BROKEN_GZIP as error:
            click.echo(
                f"copydesk: {path}: gzip stream cut short after {count} lines ({error}); those were read", err=True
            )


def _render(article: Any, fmt: str) -> str:
    if fmt == "text":
        return str(article.text)
    if fmt == "markdown":
        return str(article.markdown)
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=2)


def _write(output: Path | None, text: str) -> None:
    with open_output(output) as stream:
        stream.write(text + "\n")


def _parse_line(number: int, raw: bytes) -> tuple[dict[str, Any] | str | None, str | None]:
    """(record, error) of input line ``number``: the parsed object; the line itself (a str) when it
    holds no record, with the error saying why; None for a blank line."""
    if number == 1:
        raw = raw.removeprefix(b"\xef\xbb\xbf")
    if not raw.strip():
        return None, None
    error = None
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        line = raw.decode("utf-8", "replace")
        error = f"line {number}: invalid UTF-8, replaced with U+FFFD"
    try:
        value = _strict_json(line)
    except json.JSONDecodeError as problem:
        return line, f"line {number}: invalid JSON: {problem.msg.removesuffix(' at')} at column {problem.colno}"
    except _NotJson as problem:  # NaN, Infinity, a number past a float's range: no value JSON can write back
        return line, f"line {number}: invalid JSON: {problem}"
    except (ValueError, RecursionError) as problem:  # nested too deeply for the parser, ...
        return line, f"line {number}: invalid JSON: {type(problem).__name__}"
    if not isinstance(value, dict):
        return line, f"line {number}: a JSON {type(value).__name__}, not a record"
    return value, error


class _NotJson(ValueError):
    """A value Python's parser takes but JSON has not, so that no output line could hold it."""


def _not_a_constant(name: str) -> Any:
    raise _NotJson(f"{name} is no JSON value")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotJson(f"{text} is past a number's range")
    return value


def _strict_json(line: str) -> Any:
    """``json.loads``, refusing what JSON has not (NaN, Infinity) and numbers read as infinite
    (``1e999``): written back, they would make the output line no JSON at all ("Infinity"), or change it."""
    return json.loads(line, parse_constant=_not_a_constant, parse_float=_finite)


BATCH_LINES = 200  # lines a worker cleans at a time: big enough to pay for the hand-over, small enough to stream


class _Cleaned(NamedTuple):
    """One output line: its JSON text ("" for a blank input line), what it counts, the error to report."""

    text: str
    removed: int
    repairs: int
    error: str | None
    site_removed: int = 0  # of the removals, those the site profile made
    emptied: bool = False  # a body with text, cleaned to nothing
    doubts: int = 0  # spans kept although they may be boilerplate


def _clean_records(
    source: Path,
    lines: Callable[[], Iterator[bytes]],
    fields: FieldMap,
    output: Path | None,
    profile_path: Path | None,
    learn: bool,
    remove_doubtful: bool = False,
    workers: int = 1,
    record_timeout: float | None = None,
    model_path: Path | None = None,
) -> None:
    """Clean JSONL records; ``lines`` opens the input anew for each pass (learning, then cleaning).
    With ``workers`` > 1, batches of lines are cleaned in worker processes and written in input order.
    A record that takes more than ``record_timeout`` seconds is passed through with an error.
    ``model_path``: a boilerplate classifier's file to clean with (each worker reads it once)."""
    profile = _load_profile(profile_path)
    total = None  # known after a learning pass; else the bar shows no ETA rather than read the input twice
    origin = f"loaded from {profile_path}" if profile is not None else "none (records cleaned one by one)"
    if profile is None and learn:
        profile, total = _learn(lines(), fields, workers, record_timeout)
        origin = "learned"
        if profile_path is not None:
            from copydesk.clean.profile_io import save_profile

            save_profile(profile, profile_path)
            origin = f"learned, saved to {profile_path}"
    started = time.perf_counter()
    counts = {"records": 0, "errors": 0, "removed": 0, "repairs": 0, "site": 0, "emptied": 0, "doubts": 0}
    job = _Job(fields, profile, remove_doubtful, record_timeout, None if model_path is None else str(model_path))
    with open_output(output) as stream, BatchProgress(total, "records") as progress:
        for batch in _cleaned_batches(_batches(lines()), job, workers):
            for line in batch:
                if not line.text:  # a blank line stays a blank line
                    stream.write("\n")
                    continue
                if line.error is not None:
                    progress.report(f"copydesk: {source}: {line.error}")
                counts["records"] += 1
                counts["errors"] += line.error is not None
                counts["removed"] += line.removed
                counts["repairs"] += line.repairs
                counts["site"] += line.site_removed
                counts["emptied"] += line.emptied
                counts["doubts"] += line.doubts
                stream.write(line.text + "\n")
                progress.advance(line.error is not None)
    elapsed = time.perf_counter() - started
    rate = counts["records"] / elapsed if elapsed else 0.0
    click.echo(
        f"copydesk clean: {counts['records']} records, {counts['errors']} errors, {counts['removed']} spans removed "
        f"({counts['site']} by the site profile), {counts['doubts']} kept as doubts, {counts['repairs']} repairs, "
        f"{counts['emptied']} records cleaned to nothing, {elapsed:.1f} s ({rate:.0f} records/s)",
        err=True,
    )
    sites = len(profile.domains) if profile is not None else 0
    shared = len(profile.syndicated) if profile is not None else 0
    click.echo(f"copydesk clean: site profile {origin}: {sites} sites, {shared} syndicated texts", err=True)


@functools.cache
def _model_at(path: str | None) -> Any:
    """The classifier at ``path`` (checked before the run began), read once per process; ``None``: the shipped one."""
    return None if path is None else load_model(path)


def _batches(raw_lines: Iterator[bytes]) -> Iterator[tuple[int, list[bytes]]]:
    """(number of the first line, lines) for consecutive batches of :data:`BATCH_LINES` lines."""
    number = 1
    while batch := list(itertools.islice(raw_lines, BATCH_LINES)):
        yield number, batch
        number += len(batch)


class _Job(NamedTuple):
    """What every worker is given once: how to read records and how to clean them."""

    fields: FieldMap
    profile: Any
    remove_doubtful: bool
    record_timeout: float | None
    model_path: str | None = None  # a path, not the model: a worker reads it once (compiled trees do not pickle)


def _clean_batch(start: int, raw_lines: list[bytes], job: _Job) -> list[_Cleaned]:
    """The output lines of a batch of input lines (pure: a worker process runs it as it is)."""
    return [_clean_line(start + offset, raw, job) for offset, raw in enumerate(raw_lines)]


def _clean_line(number: int, raw: bytes, job: _Job) -> _Cleaned:
    fields, profile, remove_doubtful, timeout, model_path = job
    record, error = _parse_line(number, raw)
    if record is None:
        return _Cleaned("", 0, 0, None)
    if isinstance(record, str):  # not a record: kept as it was, with the reason
        kept: dict[str, Any] = {"error": error, "line": number, "raw": record.rstrip("\r\n")}
        return _Cleaned(json_line(kept), 0, 0, error)
    try:
        with _time_limit(timeout):
            cleaned = clean_record(record, fields, profile, remove_doubtful, _model_at(model_path))
        problems = [error] if error else []  # the line's (invalid UTF-8), then the record's (no body)
        own = record.get("error")  # an error field the record came with is its own, not this run's
        if "error" in cleaned and cleaned["error"] != own:
            problems.append(cleaned["error"] if error else f"line {number}: {cleaned['error']}")
        if problems:
            cleaned["error"] = "; ".join([own, *problems] if isinstance(own, str) and own else problems)
        text = json_line(cleaned)
    except PageTimeout as problem:
        return _passed_through(number, raw, f"cleaning {problem}")
    except Exception as problem:  # a bug on one record must not stop the run nor lose the record
        return _passed_through(number, raw, f"cleaning failed: {type(problem).__name__}: {problem}")
    return _Cleaned(
        text,
        _count(cleaned, "removed"),
        _count(cleaned, "repairs"),
        "; ".join(problems) or None,
        sum(1 for r in _listed(cleaned, "removed") if isinstance(r, dict) and r.get("reason") == "site-boilerplate"),
        _emptied(record, cleaned, fields),
        _count(cleaned, "doubts"),
    )


def _listed(cleaned: dict[str, Any], key: str) -> list[Any]:
    values = cleaned.get(f"copydesk_{key}", cleaned.get(key))
    return values if isinstance(values, list) else []


def _emptied(record: dict[str, Any], cleaned: dict[str, Any], fields: FieldMap) -> bool:
    name = body_field(record, fields)
    before, after = (record.get(name), cleaned.get(name)) if name else (None, None)
    return isinstance(before, str) and bool(before.strip()) and after == ""


def _count(cleaned: dict[str, Any], key: str) -> int:
    """How many removals or repairs cleaning reports, under its own name or, where the record has a
    field of that name, under ``copydesk_``."""
    return len(_listed(cleaned, key))


def _time_limit(seconds: float | None) -> AbstractContextManager[None]:
    """A time limit on one record where a signal can set one (the main thread of a process: the CLI's,
    or a worker's), else none."""
    if seconds is None or threading.current_thread() is not threading.main_thread() or not can_limit():
        return nullcontext()
    return time_limit(seconds)


def _passed_through(number: int, raw: bytes, why: str) -> _Cleaned:
    """The input line as it was, with an error: its record and an ``error`` field, or the raw line."""
    error = f"line {number}: {why}"
    line = raw.decode("utf-8", "replace").rstrip("\r\n")
    try:
        record = _strict_json(line.removeprefix("\ufeff"))
    except (ValueError, RecursionError):
        record = None
    out = {**record, "error": error} if isinstance(record, dict) else {"error": error, "line": number, "raw": line}
    return _Cleaned(json_line(out), 0, 0, error)


def _died(number: int, raw: bytes) -> _Cleaned:
    return _passed_through(number, raw, "the process cleaning this record died")


def _cleaned_batches(batches: Iterator[tuple[int, list[bytes]]], job: _Job, workers: int) -> Iterator[list[_Cleaned]]:
    """The cleaned batches, in input order, from ``workers`` processes (:func:`in_order`: a record
    that kills its worker every time is passed through with an error)."""
    return in_order(batches, _clean_batch, job, workers, _died)


class _Learned(NamedTuple):
    """What the learning pass takes from one input line."""

    counts: bool  # a line that is not blank: a record, or a line that should have been one
    learnable: bool  # a record with a body
    site: str | None
    texts: frozenset[int]  # its record_texts
    key: int  # its story_key


_BLANK = _Learned(False, False, None, frozenset(), 0)
_NOT_LEARNABLE = _Learned(True, False, None, frozenset(), 0)


def _learn_batch(start: int, raw_lines: list[bytes], job: tuple[FieldMap, float | None]) -> list[_Learned]:
    """The site and the fingerprints of each record of a batch (pure: a worker process runs it)."""
    from copydesk.clean.profile import record_texts, story_key

    fields, timeout = job
    out = []
    for offset, raw in enumerate(raw_lines):
        record, _ = _parse_line(start + offset, raw)
        if not isinstance(record, dict):  # a blank line, or one that holds no record
            out.append(_BLANK if record is None else _NOT_LEARNABLE)
            continue
        name = body_field(record, fields)
        body = record.get(name) if name else None
        if not isinstance(body, str):
            out.append(_NOT_LEARNABLE)
            continue
        try:
            with _time_limit(timeout):
                paragraphs = paragraph_texts(body)
                texts, key = frozenset(record_texts(paragraphs)), story_key(*record_story(record, fields), paragraphs)
        except (Exception, PageTimeout):  # a record that cannot be learned from is cleaned (and its error told) later
            out.append(_NOT_LEARNABLE)
            continue
        out.append(_Learned(True, True, record_site(record, fields), texts, key))
    return out


def _learn_died(number: int, raw: bytes) -> _Learned:
    return _NOT_LEARNABLE


def _learn(
    raw_lines: Iterator[bytes], fields: FieldMap, workers: int = 1, record_timeout: float | None = None
) -> tuple[Any, int]:
    """The site profile of the input, and how many records it has (a progress bar while it reads).
    The records' fingerprints are made in ``workers`` processes and counted here, in input order, so
    the profile is the same whatever the number of workers."""
    from copydesk.clean.profile import ProfileLearner

    learner = ProfileLearner()
    count = shown = 0
    with BatchProgress(None, "records learned") as progress:
        for batch in in_order(_batches(raw_lines), _learn_batch, (fields, record_timeout), workers, _learn_died):
            for learned in batch:
                if not learned.counts:
                    continue
                count += 1
                if learned.learnable:
                    learner.add_texts(learned.site, set(learned.texts), learned.key)
            if count - shown >= LEARN_PROGRESS_STEP:  # the bar moves in steps: learning is fast
                progress.advance(False, count - shown)
                shown = count
    return learner.build(), count


LEARN_PROGRESS_STEP = 500


def _load_profile(path: Path | None) -> Any:
    if path is None or not path.exists():
        return None
    from copydesk.clean.profile_io import load_profile

    try:
        return load_profile(path)
    except (OSError, ValueError) as error:
        raise click.ClickException(f"{path}: not a copydesk site profile ({error})") from error
