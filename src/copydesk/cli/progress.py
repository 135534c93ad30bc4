"""A progress bar on standard error for batch commands, drawn only when standard error is a terminal."""

from __future__ import annotations

import sys
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn


class BatchProgress:
    """Counts pages and errors; shows pages/s, errors and ETA when standard error is a terminal."""

    def __init__(self, total: int | None) -> None:
        self.errors = 0
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
            self._task = self._progress.add_task("extract", total=total, errors=0, rate="")

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

    def advance(self, failed: bool) -> None:
        self.errors += failed
        if self._progress is None:
            return
        self._progress.advance(self._task)
        speed = self._progress.tasks[0].speed
        self._progress.update(self._task, errors=self.errors, rate=f"{speed:.1f} pages/s" if speed else "")
