"""One measured pipeline run in a process of its own (``python -m copydesk.bench.pipeline_run WARC OUT N``):
prints the run report and the peak memory of this process and of its largest worker as one JSON line."""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path

from copydesk.options import CorpusOptions
from copydesk.runners.local import run_local
from copydesk.sources.inputs import expand_inputs


def main(arguments: list[str]) -> int:
    warc, output, workers = arguments[0], Path(arguments[1]), int(arguments[2])
    report = run_local(expand_inputs([warc]), output, CorpusOptions(workers=workers))
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"report": report, "max_rss_kb": own, "max_children_rss_kb": children}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
