"""Benchmarks: score extractors against gold article bodies, time them, compare with peers.

- :mod:`copydesk.bench.scoring`: the shingle F1 definition of the article-extraction benchmark;
- :mod:`copydesk.bench.datasets`: gold datasets from folders or tar archives;
- :mod:`copydesk.bench.peers`: adapters over copydesk and other extractors;
- :mod:`copydesk.bench.runner`: one pinned worker process per extractor, then scoring;
- :mod:`copydesk.bench.report`: tables and JSON.
"""
