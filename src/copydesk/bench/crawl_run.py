"""One measured crawl in a process of its own (``python -m copydesk.bench.crawl_run BASE OUT``): prints
the crawl report, the seconds it took and this process's peak memory as one JSON line."""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time
from pathlib import Path

from copydesk.sources.crawl import CrawlOptions, CrawlState, crawl
from copydesk.sources.polite import PoliteOptions


def main(arguments: list[str]) -> int:
    base, folder = arguments[0], Path(arguments[1])
    options = CrawlOptions(polite=PoliteOptions(delay_s=0.0, concurrency=16), max_pages=10_000_000)
    state = CrawlState(folder / "state.db")
    started = time.perf_counter()
    report = asyncio.run(crawl([base + "/"], folder / "crawl.warc.gz", state, options))
    state.close()
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    summary = {k: v for k, v in report.to_dict().items() if k not in ("errors", "redirects")}
    print(json.dumps({"report": summary, "errors": len(report.errors), "seconds": seconds, "max_rss_kb": peak}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
