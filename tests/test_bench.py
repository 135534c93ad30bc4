"""Datasets, metadata agreement, the worker and the benchmark runner, on a tiny handwritten dataset."""

from __future__ import annotations

import gzip
import io
import json
import os
import tarfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from copydesk.bench.datasets import (
    DatasetError,
    default_datasets,
    gold_field,
    iter_pages,
    load_dataset,
    page_url,
)
from copydesk.bench.metadata import metadata_agreement
from copydesk.bench.peers import PEERS, Extraction, Metadata, html_fragment_text
from copydesk.bench.runner import BenchOptions, run_benchmark
from copydesk.bench.worker import timed_pass
from copydesk.cli.main import main


def _page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Tidewater Gazette'
        f"</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>All rights reserved.</footer></body></html>"
    )


HARBOUR = [
    "The old harbour lights were switched on again on Saturday evening, forty years after the last "
    "keeper left the breakwater and the lamps went dark.",
    "Volunteers spent three winters restoring the brass fittings, the clockwork and the lenses, most "
    "of which had been stored in a barn outside the town.",
]
FERRY = [
    "The island ferry will run twice a day through the winter for the first time, the council said "
    "on Tuesday after a long campaign by residents.",
    "Until now the crossing stopped in November, leaving the island's two hundred households with a "
    "weekly supply boat and an unreliable bridge road.",
]
ORCHARD = [
    "A community orchard planted on a former car park produced its first full harvest this autumn, "
    "with more than a tonne of apples pressed into juice.",
    "The growers plan to add pear and plum trees next spring and to open the site to schools.",
]

# id -> (html, gold, stored gzipped)
TINY: dict[str, tuple[str, dict[str, Any], bool]] = {
    "harbour": (
        _page("Harbour lights return", HARBOUR),
        {
            "articleBody": "\n\n".join(HARBOUR),
            "url": "https://example.org/harbour",
            "title": "Harbour lights return",
            "byline": "By Maren Holt",
            "lang": "en-GB",
            "publishedTime": "2024-03-02T18:00:00+00:00",
        },
        False,
    ),
    "ferry": (
        _page("Winter ferry", FERRY),
        {
            "articleBody": "\n\n".join(FERRY),
            "url": "None",
            "harness_url": "http://fakehost/ferry",
            "title": "None",
        },
        True,
    ),
    "orchard": (_page("Orchard harvest", ORCHARD), {"articleBody": "\n\n".join(ORCHARD), "url": None}, False),
}


def _member_name(page_id: str, gzipped: bool) -> str:
    return f"html/{page_id}.html" + (".gz" if gzipped else "")


def _member_bytes(html: str, gzipped: bool) -> bytes:
    data = html.encode("utf-8")
    return gzip.compress(data) if gzipped else data


def write_folder(root: Path) -> Path:
    (root / "html").mkdir(parents=True)
    (root / "ground-truth.json").write_text(json.dumps({k: v[1] for k, v in TINY.items()}), encoding="utf-8")
    for page_id, (html, _, gzipped) in TINY.items():
        (root / _member_name(page_id, gzipped)).write_bytes(_member_bytes(html, gzipped))
    return root


def write_archive(path: Path, mode: str, prefix: str = "./") -> Path:
    members = {"ground-truth.json": json.dumps({k: v[1] for k, v in TINY.items()}).encode()}
    for page_id, (html, _, gzipped) in TINY.items():
        members[_member_name(page_id, gzipped)] = _member_bytes(html, gzipped)
    with tarfile.open(path, mode) as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(prefix + name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


@pytest.fixture
def tiny_archive(tmp_path: Path) -> Path:
    return write_archive(tmp_path / "tiny.tar.xz", "w:xz")


def test_folder_and_archives_give_the_same_pages(tmp_path: Path) -> None:
    folder = list(iter_pages(write_folder(tmp_path / "tiny")))
    assert [page.id for page in folder] == ["ferry", "harbour", "orchard"]
    assert folder[0].html == TINY["ferry"][0].encode()  # the .html.gz member is decompressed
    for archive in (
        write_archive(tmp_path / "a.tar.xz", "w:xz"),
        write_archive(tmp_path / "b.tar.gz", "w:gz", prefix="tiny/"),
        write_archive(tmp_path / "c.tar", "w", prefix=""),
    ):
        assert list(iter_pages(archive)) == folder


def test_dataset_name_and_gold(tiny_archive: Path) -> None:
    dataset = load_dataset(tiny_archive)
    assert dataset.name == "tiny" and len(dataset.pages) == 3 and dataset.has_metadata
    assert dataset.gold_bodies()["orchard"].startswith("A community orchard")
    ferry = next(page for page in dataset.pages if page.id == "ferry")
    assert gold_field(ferry.gold, "title") is None  # the readability conversion writes "None"
    assert page_url(ferry.gold) == "http://fakehost/ferry"


def test_missing_html_and_non_datasets_are_errors(tmp_path: Path) -> None:
    root = write_folder(tmp_path / "tiny")
    (root / "html" / "harbour.html").unlink()
    with pytest.raises(DatasetError, match="harbour"):
        load_dataset(root)
    with pytest.raises(DatasetError, match="not a dataset"):
        load_dataset(root / "ground-truth.json")
    with pytest.raises(DatasetError, match=r"no ground-truth\.json"):
        load_dataset(root / "html")
    broken = tmp_path / "broken.tar.xz"
    broken.write_bytes(b"not an archive")
    with pytest.raises(DatasetError, match="cannot read archive"):
        load_dataset(broken)


def test_default_datasets_next_to_the_repository(tmp_path: Path) -> None:
    repo = tmp_path / "main"
    repo.mkdir()
    assert default_datasets([repo]) == []
    bench = tmp_path / "shared" / "bench"
    bench.mkdir(parents=True)
    write_archive(bench / "tiny.tar.xz", "w:xz")
    assert default_datasets([repo]) == [bench / "tiny.tar.xz"]


def test_metadata_agreement(tiny_archive: Path) -> None:
    pages = load_dataset(tiny_archive).pages
    found = {
        "harbour": Metadata(
            title=" Harbour  lights return", authors=("maren holt",), language="en", published="2024-03-02"
        ).to_dict()
    }
    agreement = metadata_agreement(pages, found, {"title", "byline", "language", "date"})
    assert {name: str(value) for name, value in agreement.items()} == {
        "title": "1 of 1",
        "byline": "1 of 1",
        "language": "1 of 1",
        "date": "1 of 1",
    }
    wrong = {"harbour": Metadata(title="Harbour", authors=("Maren Holt", "Staff"), published="2024-03-03").to_dict()}
    agreement = metadata_agreement(pages, wrong, {"title", "byline", "date"})
    assert [value.agreed for value in agreement.values()] == [0, 0, 0]
    assert "language" not in agreement


def test_readability_fragment_text_separates_blocks() -> None:
    text = html_fragment_text("<div><h2>Head</h2><p>One <b>bold</b> line</p><ul><li>a</li><li>b</li></ul>x<br>y</div>")
    assert text.splitlines() == ["Head", "One bold line", "a", "b", "x", "y"]
    assert html_fragment_text("  ") == ""


def test_timed_pass_records_failures_and_goes_on() -> None:
    def flaky(html: str, url: str | None) -> Extraction:
        if "bad" in html:
            raise ValueError("cannot parse")
        return Extraction(html.upper(), Metadata(title=url))

    texts, metadata, errors, seconds = timed_pass(flaky, [("a", "good", "u"), ("b", "bad", None)])
    assert texts == {"a": "GOOD"} and metadata["a"]["title"] == "u"
    assert errors == {"b": "ValueError: cannot parse"}
    assert seconds >= 0


def _a_core() -> int | None:
    return min(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None


def test_runner_end_to_end_with_copydesk(tiny_archive: Path) -> None:
    options = BenchOptions(datasets=(tiny_archive,), runs=2, core=_a_core())
    [result] = list(run_benchmark(options))
    assert result.name == "tiny" and result.pages == 3 and not result.skipped
    copydesk = result.result("copydesk")
    assert copydesk is not None
    assert copydesk.scores.pages == 3 and copydesk.errors == {}
    assert copydesk.scores.f1 > 0.8  # three plain articles
    assert len(copydesk.run_seconds) == 2 and copydesk.pages_per_s > 0
    assert copydesk.rss_peak_mb >= copydesk.rss_baseline_mb > 0
    assert copydesk.metadata is not None and copydesk.metadata["title"].total == 1


def test_bench_command_writes_json(tiny_archive: Path, tmp_path: Path) -> None:
    missing = [name for name, peer in PEERS.items() if not peer.is_installed()]
    peers = ["--peers", missing[0]] if missing else []
    core = _a_core()
    out = tmp_path / "figures.json"
    arguments = ["bench", str(tiny_archive), "--runs", "1", "--worst", "2", "--json", str(out)]
    arguments += ["--core", "none" if core is None else str(core), *peers]
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 0, result.output
    assert "tiny: 3 pages" in result.stdout and "worst pages for copydesk" in result.stdout
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert {"command", "python", "cpu", "versions"} <= set(figures["environment"])
    [dataset] = figures["datasets"]
    [copydesk] = dataset["extractors"]
    assert copydesk["name"] == "copydesk" and copydesk["pages"] == 3 and len(copydesk["worst"]) == 2
    if missing:
        assert "not installed" in dataset["skipped"][missing[0]]


def test_bench_command_rejects_unknown_peers(tiny_archive: Path) -> None:
    result = CliRunner().invoke(main, ["bench", str(tiny_archive), "--peers", "nosuchextractor"])
    assert result.exit_code == 2 and "nosuchextractor" in result.output


def test_an_extractor_past_the_time_limit_is_skipped_not_waited_for(tiny_archive: Path) -> None:
    options = BenchOptions(datasets=(tiny_archive,), runs=1, core=None, time_limit_s=0.01)
    [result] = list(run_benchmark(options))
    assert not result.results
    assert "time limit" in result.skipped["copydesk"]
