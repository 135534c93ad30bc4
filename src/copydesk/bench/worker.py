"""Benchmark worker: time one extractor over a set of pages, in a process of its own.

Run by :mod:`copydesk.bench.runner` as ``python -P worker.py JOB.json`` (``-P`` keeps this folder off
``sys.path``). The job names the extractor, a pickle of ``(id, html bytes, url)`` pages written by the
runner, the number of timed runs, the CPU core to pin to and where to write the JSON result.

Only the standard library is imported before the memory baseline is taken; the extractor adapters
(``peers.py``) are loaded by file path so that the ``copydesk`` package is not imported either.

Memory is read from ``/proc/self/status`` (VmRSS, VmHWM) on Linux rather than from ``ru_maxrss``:
after ``exec`` Linux carries the parent's peak into the child's ``ru_maxrss``, which would hide the
extractor's own use. The peak is reset (``/proc/self/clear_refs``) once the pages are loaded, so the
reported peak is the one reached while importing and running the extractor. Elsewhere ``ru_maxrss``
is the fallback.
"""

from __future__ import annotations

import contextlib
import gc
import importlib.util
import json
import os
import pickle
import resource
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

Inputs = list[tuple[str, Any, "str | None"]]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -P worker.py JOB.json", file=sys.stderr)
        return 2
    job = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    try:
        result = run_job(job)
    except _JobFailure as failure:
        result = {"failure": str(failure)}
    Path(job["result"]).write_text(json.dumps(result), encoding="utf-8")
    return 0


class _JobFailure(Exception):
    pass


def run_job(job: dict[str, Any]) -> dict[str, Any]:
    core = job.get("core")
    if core is not None:
        _pin_to_core(int(core))
    peers = _load_peers_module()
    peer = peers.get_peer(job["extractor"])
    with open(job["pages"], "rb") as file:
        pages: list[tuple[str, bytes, str | None]] = pickle.load(file)
    inputs: Inputs = [
        (page_id, html if peer.takes_bytes else html.decode("utf-8", "replace"), url) for page_id, html, url in pages
    ]
    del pages
    gc.collect()
    baseline_kb = memory_baseline_kb()
    try:
        extract_fn = peer.load()
    except Exception as error:
        raise _JobFailure(f"{peer.name} failed to load: {type(error).__name__}: {error}") from error
    texts, metadata, errors, first_seconds = timed_pass(extract_fn, inputs)
    seconds = [first_seconds] + [timed_pass(extract_fn, inputs)[3] for _ in range(job["runs"] - 1)]
    peak_kb = peak_rss_kb()
    if job.get("metadata") and peer.load_metadata is not None:
        metadata = metadata_pass(peer.load_metadata, inputs)
    return {
        "extractor": peer.name,
        "version": peer.version(),
        "core": core,
        "texts": texts,
        "metadata": metadata,
        "errors": errors,
        "run_seconds": seconds,
        "rss_baseline_kb": baseline_kb,
        "rss_peak_kb": peak_kb,
    }


def timed_pass(extract_fn: Any, inputs: Inputs) -> tuple[dict[str, str], dict[str, Any], dict[str, str], float]:
    """Extract every page, timing only the extraction calls; a failing page is recorded, not raised."""
    texts: dict[str, str] = {}
    metadata: dict[str, Any] = {}
    errors: dict[str, str] = {}
    elapsed = 0.0
    for page_id, html, url in inputs:
        start = time.perf_counter()
        try:
            extraction = extract_fn(html, url)
        except Exception as error:
            elapsed += time.perf_counter() - start
            errors[page_id] = f"{type(error).__name__}: {error}"
            continue
        elapsed += time.perf_counter() - start
        texts[page_id] = extraction.text
        if extraction.metadata is not None:
            metadata[page_id] = extraction.metadata.to_dict()
    return texts, metadata, errors, elapsed


def metadata_pass(load_metadata: Any, inputs: Inputs) -> dict[str, Any]:
    """Metadata of every page from a separate, untimed pass; failures leave the page without any."""
    found: dict[str, Any] = {}
    try:
        metadata_fn = load_metadata()
    except Exception:
        return found
    for page_id, html, url in inputs:
        try:
            found[page_id] = metadata_fn(html, url).to_dict()
        except Exception:  # a page without metadata simply does not agree
            continue
    return found


def _pin_to_core(core: int) -> None:
    if not hasattr(os, "sched_setaffinity"):
        raise _JobFailure("pinning to a core needs os.sched_setaffinity (Linux); run with --core none")
    try:
        os.sched_setaffinity(0, {core})
    except (OSError, ValueError) as error:
        raise _JobFailure(f"cannot pin to core {core}: {error}") from error


_STATUS = Path("/proc/self/status")


def memory_baseline_kb() -> int:
    """Reset the peak RSS where Linux allows it and return the current RSS, in KiB."""
    # Not Linux, or not allowed: the peak then includes loading the pages.
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    return _proc_status_kb("VmRSS") or peak_rss_kb()


def peak_rss_kb() -> int:
    """Peak resident set size of this process (since the last reset), in KiB."""
    from_proc = _proc_status_kb("VmHWM")
    if from_proc is not None:
        return from_proc
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def _proc_status_kb(field: str) -> int | None:
    try:
        lines = _STATUS.read_text(encoding="ascii").splitlines()
    except OSError:
        return None
    for line in lines:
        key, _, value = line.partition(":")
        if key == field and value.split():
            return int(value.split()[0])
    return None


def _load_peers_module() -> ModuleType:
    path = Path(__file__).with_name("peers.py")
    spec = importlib.util.spec_from_file_location("_copydesk_bench_peers", path)
    if spec is None or spec.loader is None:
        raise _JobFailure(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    # dataclasses look the module up in sys.modules while the class bodies run.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    sys.exit(main(sys.argv))
