"""A time limit around one piece of work (a page, a record), for the commands that must never hang
on one input."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class PageTimeout(BaseException):
    """A page or record took longer than the run allows. A ``BaseException``, like
    ``KeyboardInterrupt``: the ``except Exception`` of the code it interrupts must not swallow it (the
    timer fires once; swallowed, the work would run on without a limit)."""


def can_limit() -> bool:
    """Whether this platform has the interval timer the limit needs (not Windows)."""
    return hasattr(signal, "setitimer") and hasattr(signal, "SIGALRM")


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`PageTimeout` in this (main) thread after ``seconds``. Python code is interrupted
    between two bytecodes; a single C call (one regular expression, one parse) finishes first, which
    the input caps (20 MB a record) keep short. Inside another limit, the shorter of the two applies
    and the outer one's remaining time is set again on the way out. Where the platform has no interval
    timer, the work runs without a limit."""
    if not can_limit():
        yield
        return
    armed = True

    def expire(signum: int, frame: FrameType | None) -> None:
        if armed:  # a signal that arrives as the limit is lifted is too late to count
            raise PageTimeout(f"took longer than {seconds:g} s")

    outer, _ = signal.getitimer(signal.ITIMER_REAL)
    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, min(seconds, outer) if outer > 0 else seconds)
    try:
        try:
            yield
        finally:
            armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)
    finally:  # also when the signal struck as the work ended, before it was disarmed
        signal.signal(signal.SIGALRM, previous)
        if outer > 0:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 1e-4))
