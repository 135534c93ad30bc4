"""Where a command writes: standard output, or a file whose folder is made on the way."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO, TypeVar

import click


@contextmanager
def open_output(path: Path | None) -> Iterator[TextIO]:
    """Standard output for ``None``, else ``path`` opened for writing; a path that cannot be written
    is a clear error, not a traceback."""
    if path is None:
        yield sys.stdout
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file = path.open("w", encoding="utf-8")
    except OSError as error:
        raise click.ClickException(f"cannot write {path}: {error.strerror or error}") from error
    with file:
        yield file


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity, which container runtimes and ``taskset``
    set), where the platform says; else the machine's; at least 1."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


_Command = TypeVar("_Command", bound=Callable[..., Any])


def json_figures_option(help_text: str = "Also write every figure to FILE as JSON.") -> Callable[[_Command], _Command]:
    """The benchmarks' ``--json FILE`` option, read into ``json_path``."""
    return click.option(
        "--json", "json_path", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE", help=help_text
    )


def model_option() -> Callable[[_Command], _Command]:
    """The cleaning benchmarks' ``--model FILE`` option, read into ``model_path``."""
    return click.option(
        "--model",
        "model_path",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        metavar="FILE",
        help="Clean with this boilerplate classifier (a file written by `copydesk bench train-cleaner -o FILE`) "
        "instead of the shipped one.",
    )


def classifier(path: Path | None) -> tuple[Any, str]:
    """The boilerplate classifier at ``path`` (``None``: the shipped one, which ``clean`` picks itself)
    and its name for a report; a file that is no model is a clear error."""
    from copydesk.clean.model import MODEL_FILE, ModelError, load_model

    if path is None:
        return None, f"{MODEL_FILE} (shipped)"
    try:
        return load_model(path), str(path)
    except ModelError as error:
        raise click.ClickException(str(error)) from error
