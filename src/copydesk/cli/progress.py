"""A progress bar on standard error for batch commands, drawn only when standard error is a terminal."""

from __future__ import annotations

import sys
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn


class BatchProgress:
    """Counts items (pages, records) and errors; shows their rate, errors and ETA when standard error
    is a terminal. ``label`` says what is counted ("pages", "records", "records learned")."""

    def __init__(self, total: int | None, label: str = "pages") -> None:
        self.errors = 0
        self._label = label
        self._progress: Progress | None = None
        self._task = TaskID(0)
        if sys.stderr.isatty():
            self._progress = Progress(
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"),
                TextColumn("errors {task.fields[errors]}"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._task = self._progress.add_task(label, total=total, errors=0, rate="")

    def __enter__(self) -> BatchProgress:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def report(self, message: str) -> None:
        """Print a line on standard error above the bar (or plainly when there is no bar)."""
        if self._progress is None:
            print(message, file=sys.stderr)
        else:
            self._progress.console.print(message, markup=False, highlight=False)

    def advance(self, failed: bool, count: int = 1) -> None:
        """``count`` more items done, ``failed`` of them (a bool: one) with an error."""
        self.errors += failed
        if self._progress is None:
            return
        self._progress.advance(self._task, count)
        speed = self._progress.tasks[0].speed
        self._progress.update(self._task, errors=self.errors, rate=f"{speed:.1f} {self._label}/s" if speed else "")
