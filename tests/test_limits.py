"""The time limit around one page or record (copydesk.limits)."""

from __future__ import annotations

import contextlib
import signal
import time

import pytest

from copydesk.limits import PageTimeout, time_limit


def _busy(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def test_work_over_the_limit_is_stopped_and_the_handler_restored() -> None:
    before = signal.getsignal(signal.SIGALRM)
    started = time.perf_counter()
    with pytest.raises(PageTimeout, match=r"took longer than 0\.1 s"), time_limit(0.1):
        _busy(5)
    assert time.perf_counter() - started < 2
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0


def test_a_timeout_is_not_swallowed_by_the_work_it_stops() -> None:
    def careless() -> None:
        with contextlib.suppress(Exception):  # code that catches everything must not outlive the limit
            _busy(5)

    with pytest.raises(PageTimeout), time_limit(0.1):
        careless()


def test_an_inner_limit_keeps_the_outer_one() -> None:
    started = time.perf_counter()
    with pytest.raises(PageTimeout), time_limit(0.3):
        with time_limit(5):
            _busy(0.01)
        _busy(5)
    assert time.perf_counter() - started < 2  # the outer 0.3 s still held after the inner limit ended
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0


def test_work_within_the_limit_runs_to_its_end() -> None:
    with time_limit(5):
        _busy(0.01)
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0
