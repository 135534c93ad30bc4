"""Robustness kept apart from the algorithm: a time limit around one page (:mod:`copydesk.limits`),
and a watchdog for a page stuck where the time limit cannot reach."""

from __future__ import annotations

import faulthandler
import sys
import time
from typing import TextIO

from copydesk.clean.records import FieldMap
from copydesk.limits import PageTimeout, time_limit
from copydesk.pipeline import Extracted, process_page
from copydesk.types import Page


def guarded_process(page: Page, fields: FieldMap, timeout: float, hard: bool = False) -> Extracted:
    """:func:`copydesk.pipeline.process_page` that never raises and never hangs: a slow page, or one
    that trips a bug, becomes an error record naming the page. With ``hard`` (in a worker process
    only), a page still running at twice the limit, stuck in a C call that the signal cannot
    interrupt, ends the process: the runner then retries the batch page by page and records that page
    as the one that brought its worker down."""
    started = time.perf_counter()
    if hard:
        faulthandler.dump_traceback_later(2 * timeout + 1, exit=True, file=_stderr())
    try:
        with time_limit(timeout):
            return process_page(page, fields)
    except PageTimeout as error:
        reason = f"{page.source}@{page.offset}: {error}"
    except Exception as error:  # a bug must cost one page, not the run
        reason = f"{page.source}@{page.offset}: {type(error).__name__}: {error}"
    finally:
        if hard:
            faulthandler.cancel_dump_traceback_later()
    return Extracted.failed(page, reason, time.perf_counter() - started)


def _stderr() -> TextIO:
    """Where the watchdog writes the stuck page's stack before it ends the worker."""
    return sys.__stderr__ if sys.__stderr__ is not None else sys.stderr
