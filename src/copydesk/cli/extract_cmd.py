"""``copydesk extract``: pages from files, directories, globs, URLs or stdin to articles."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from copydesk import extract as extract_article
from copydesk.cli.output import open_output
from copydesk.cli.progress import BatchProgress
from copydesk.sources import SourceError
from copydesk.sources.fetch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_S, charset_of, fetch_url, is_url
from copydesk.sources.files import expand_paths, is_glob, read_html_file
from copydesk.types import Article

EXIT_OK, EXIT_NOTHING_EXTRACTED = 0, 1


@dataclass(frozen=True)
class Source:
    """One page to extract: its name as given, and how to get its bytes, its URL and the charset its
    HTTP response declared."""

    name: str
    read: Callable[[], tuple[bytes, str | None, str | None]]


@dataclass(frozen=True)
class FetchSettings:
    timeout_s: float
    max_bytes: int


def _url_source(url: str, settings: FetchSettings) -> Source:
    def read() -> tuple[bytes, str | None, str | None]:
        page = fetch_url(url, timeout_s=settings.timeout_s, max_bytes=settings.max_bytes)
        return page.content, page.url, charset_of(page.content_type)

    return Source(url, read)


def _file_source(path: Path) -> Source:
    return Source(str(path), lambda: (read_html_file(path), None, None))


def _stdin_source() -> Source:
    return Source("-", lambda: (sys.stdin.buffer.read(), None, None))


def _failed_source(name: str, error: SourceError) -> Source:
    def read() -> tuple[bytes, str | None, str | None]:
        raise error

    return Source(name, read)


def is_single_page(inputs: Sequence[str]) -> bool:
    """One file, URL or ``-`` is printed as one article; anything else becomes JSON lines."""
    if len(inputs) != 1:
        return False
    argument = inputs[0]
    return argument == "-" or is_url(argument) or not (is_glob(argument) or Path(argument).is_dir())


def plan_sources(inputs: Sequence[str], settings: FetchSettings) -> list[Source]:
    """Sources in argument order; a path that matches nothing becomes a source that fails."""
    sources: list[Source] = []
    for argument in inputs:
        if argument == "-":
            sources.append(_stdin_source())
        elif is_url(argument):
            sources.append(_url_source(argument, settings))
        else:
            try:
                sources.extend(_file_source(path) for path in expand_paths([argument]))
            except SourceError as error:
                sources.append(_failed_source(argument, error))
    return sources


def extract_source(source: Source, url: str | None = None) -> Article | str:
    """The article of one source, or why it could not be read or extracted."""
    try:
        html, found_url, charset = source.read()
    except SourceError as error:
        return str(error)
    try:
        return extract_article(html, url=url or found_url, http_charset=charset)
    except Exception as error:  # a page that breaks the extractor must not end a batch
        return f"extraction failed: {type(error).__name__}: {error}"


def render_article(article: Article, output_format: str) -> str:
    if output_format == "text":
        return article.text
    if output_format == "markdown":
        title = f"# {article.title}\n\n" if article.title else ""
        return title + article.markdown
    return json.dumps(article.to_dict(), indent=2, ensure_ascii=False)


def _error_line(name: str, error: str) -> str:
    return f"copydesk: {name}: {error}"


def _run_single(source: Source, url: str | None, output_format: str, output: Path | None) -> int:
    article = extract_source(source, url)
    if isinstance(article, str):
        click.echo(_error_line(source.name, article), err=True)
        return EXIT_NOTHING_EXTRACTED
    with open_output(output) as stream:
        stream.write(render_article(article, output_format) + "\n")
    return EXIT_OK


def _run_batch(sources: list[Source], output: Path | None) -> int:
    started, ok = time.perf_counter(), 0
    with open_output(output) as stream, BatchProgress(len(sources)) as progress:
        for source in sources:
            article = extract_source(source)
            record: dict[str, Any]
            if isinstance(article, str):
                progress.report(_error_line(source.name, article))
                record = {"source": source.name, "error": article}
            else:
                record = {"source": source.name, **article.to_dict()}
                ok += 1
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            progress.advance(failed="error" in record)
    elapsed = time.perf_counter() - started
    rate = len(sources) / elapsed if elapsed > 0 else 0.0
    summary = f"pages {len(sources)}  ok {ok}  errors {len(sources) - ok}"
    click.echo(f"{summary}  elapsed {elapsed:.2f} s  {rate:.1f} pages/s", err=True)
    return EXIT_OK if ok else EXIT_NOTHING_EXTRACTED


@click.command("extract")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL|- ...")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json", "text", "markdown"]),
    default="json",
    show_default=True,
    help="Output for a single page; several pages are always JSON lines.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Write to FILE instead of standard output.",
)
@click.option("--url", help="The page's URL, for a single file or standard input.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_TIMEOUT_S,
    show_default=True,
    help="Seconds allowed to fetch a URL.",
)
@click.option(
    "--max-size",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_MAX_BYTES / 2**20,
    show_default=True,
    help="Largest response accepted from a URL, in MiB.",
)
def extract(
    inputs: tuple[str, ...],
    output_format: str,
    output: Path | None,
    url: str | None,
    timeout: float,
    max_size: float,
) -> None:
    """Extract the article of each page.

    An input is an HTML file (.html.gz is decompressed), a directory (searched recursively for
    .html, .htm, .html.gz, .htm.gz), a glob, an http(s) URL or - for standard input.
    One file, URL or - prints one article in --format. A directory, a glob or several inputs
    print one JSON line per page: the article plus "source", or {"source", "error"} for a page
    that could not be read or extracted; the run goes on and a summary goes to standard error.

    Exit status: 0 when at least one page was extracted, 1 when none was (or no page was
    found), 2 for a usage error.
    """
    single = is_single_page(inputs)
    if url is not None and not (single and not is_url(inputs[0])):
        raise click.UsageError("--url applies to a single file or standard input only")
    settings = FetchSettings(timeout_s=timeout, max_bytes=int(max_size * 2**20))
    sources = plan_sources(inputs, settings)
    if single:
        sys.exit(_run_single(sources[0], url, output_format, output))
    sys.exit(_run_batch(sources, output))
