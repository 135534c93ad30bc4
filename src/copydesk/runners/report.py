"""What both runners say of a run: the identity a resumed run must match, and the run report."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from copydesk import __version__
from copydesk.options import CorpusOptions
from copydesk.runners.parts import PartCounts
from copydesk.sinks.atomic import write_atomic
from copydesk.sources.inputs import InputFile
from copydesk.steps import Pipeline

TOP_SITES = 100


def run_identity(inputs: list[InputFile], options: CorpusOptions, steps: Pipeline) -> dict[str, Any]:
    """What must not change between an interrupted run and its resumption."""
    return {
        "inputs": [item.identity for item in inputs],
        "batch_size": options.batch_size,
        "pipeline": steps.describe(),
        "version": __version__,
    }


def write_report(
    path: Path,
    identity: Mapping[str, Any],
    output: Path,
    errors_path: Path,
    outcomes: Mapping[str, int],
    sites: Counter[str],
    languages: Counter[str],
    written: PartCounts,
    errors: int,
    seconds: Mapping[str, float],
    **extra: Any,
) -> dict[str, Any]:
    """The run report, written atomically to ``path`` (last: its presence means the run is done)."""
    pages = sum(outcomes.values())
    report = {
        "identity": dict(identity),
        **{key: value for key, value in extra.items() if key == "engine"},
        "output": str(output),
        "errors_file": str(errors_path),
        "pages": pages,
        "outcomes": dict(sorted(outcomes.items())),
        "articles_written": written.articles,
        "duplicates": written.duplicates,
        "duplicates_dropped": written.dropped,
        "template_blocks_removed": written.template_blocks,
        "errors": errors,
        "sites": dict(sites.most_common(TOP_SITES)),
        "sites_total": len(sites),
        "languages": dict(languages.most_common()),
        "seconds": dict(seconds),
        "pages_per_second": round(pages / seconds["pages"], 1) if seconds.get("pages") else None,
        **{key: value for key, value in extra.items() if key != "engine"},
    }
    write_atomic(path, (json.dumps(report, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))
    return report
