"""A time limit around one piece of work (a page, a record), for the commands that must never hang
on one input."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class PageTimeout(Exception):
    """A page or record took longer than the run allows."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`PageTimeout` in this (main) thread after ``seconds``. Python code is interrupted
    between two bytecodes; a single C call (one regular expression, one parse) finishes first, which
    the input caps (20 MB a record) keep short."""

    def expire(signum: int, frame: FrameType | None) -> None:
        raise PageTimeout(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
