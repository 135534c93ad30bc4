"""Corpus runs: WARC, HTML folders and JSONL in; templates, dedup, sinks, errors, resumption, engines."""

from __future__ import annotations

import gzip
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zlib
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from copydesk.bench.pipeline_corpus import response_record
from copydesk.cli.main import main
from copydesk.corpus.dedup import DedupBuilder
from copydesk.corpus.minhash import fingerprint
from copydesk.options import CorpusOptions
from copydesk.runners.local import RunError, run_local
from copydesk.sinks.jsonl import read_jsonl_gz
from copydesk.sinks.sqlite import search
from copydesk.sources import SourceError
from copydesk.sources.inputs import expand_inputs
from copydesk.sources.warc import iter_warc
from corpus_fixtures import DONATION, corpus, page, story, write_warc


def rows(folder: Path) -> list[dict[str, Any]]:
    found = []
    for part in sorted(folder.glob("part-*.jsonl.gz")):
        found.extend(read_jsonl_gz(part))
    return found


def run(folder: Path, output: Path, **options: Any) -> dict[str, Any]:
    paths = corpus(folder) if not (folder / "crawl.warc.gz").exists() else {
        "warc": folder / "crawl.warc.gz", "html": folder / "pages", "jsonl": folder / "records.jsonl"
    }  # fmt: skip
    inputs = expand_inputs([str(paths["warc"]), str(paths["html"]), str(paths["jsonl"])])
    return run_local(inputs, output, CorpusOptions(**{"batch_size": 4, **options}))


@pytest.fixture(scope="module")
def finished(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("corpus")
    report = run(folder, folder / "out", workers=2)
    return folder / "out", report


def test_every_page_is_an_article_or_a_named_error(finished: tuple[Path, dict[str, Any]]) -> None:
    output, report = finished
    articles = rows(output)
    errors = list(read_jsonl_gz(output / "errors.jsonl.gz"))
    assert report["pages"] == len(articles) + len(errors) == 23  # (the corrupt gzip member is one error)
    assert len({row["id"] for row in articles}) == len(articles) == 14
    reasons = " | ".join(entry["error"] for entry in errors)
    for expected in ("not HTML (application/pdf)", "not HTML (image/png)", "HTTP status 404", "truncated record",
                     "unreadable WARC data", "no HTML and no text body", "invalid JSON"):  # fmt: skip
        assert expected in reasons
    assert all(entry["source"] and isinstance(entry["offset"], int) for entry in errors)
    # the records after the corrupt stretch were read: the last one of the file is there
    assert any(row["url"] == "https://quaycourier.example/news/0-updated" for row in articles)
    assert {entry["outcome"] for entry in errors} == {"error", "empty"}


def test_site_templates_are_removed_where_they_recur(finished: tuple[Path, dict[str, Any]]) -> None:
    output, report = finished
    for row in rows(output):
        if row["site"] in ("quaycourier.example", "harbourpost.example"):  # the box on every page of the site
            assert DONATION not in row["text"]
            assert [(removal["reason"], removal["text"]) for removal in row["removed"]] == [
                ("site-boilerplate", DONATION)
            ]
        elif row["site"] == "mirror.example":  # a site with one page: nothing recurs, the box stays
            assert DONATION in row["text"] and not row["removed"]
    assert report["template_blocks_removed"] == 11  # 7 pages of one site, 4 of the other


def test_copies_and_near_copies_cluster_and_distinct_stories_do_not(finished: tuple[Path, dict[str, Any]]) -> None:
    output, report = finished
    clusters: dict[str, set[str]] = defaultdict(set)
    for row in rows(output):
        clusters[row["cluster_id"]].add(row["text"].split(" ")[1] + " " + row["text"].split(" ")[2])
        if row["dup_of"] is not None:
            assert row["dup_of"] == row["cluster_id"] != row["id"]
        else:
            assert row["cluster_id"] == row["id"]
    # one cluster per story: eight stories, each of its copies (exact, edited, syndicated, cleaned text) in it
    assert len(clusters) == 8
    assert all(len(openings) == 1 for openings in clusters.values())
    assert report["duplicates"] == 14 - 8


def test_the_run_report_counts_outcomes_sites_and_languages(finished: tuple[Path, dict[str, Any]]) -> None:
    output, report = finished
    saved = json.loads(output.with_name("out.report.json").read_text(encoding="utf-8"))
    assert saved == report
    assert report["outcomes"] == {"article": 14, "empty": 2, "error": 7}
    assert report["sites"]["quaycourier.example"] == 7 and report["languages"] == {"en": 14}
    assert set(report["seconds"]) >= {"pages", "templates", "dedup", "write", "total"}
    assert not output.with_name("out.work").exists()


def test_an_existing_output_of_another_run_is_refused(tmp_path: Path) -> None:
    run(tmp_path, tmp_path / "out")
    again = run(tmp_path, tmp_path / "out")  # the same run: reported complete, nothing redone
    assert again["pages"] == 23
    with pytest.raises(RunError, match="another run"):
        run(tmp_path, tmp_path / "out", dedup="drop")


def test_dedup_drop_writes_one_copy_per_cluster(tmp_path: Path) -> None:
    report = run(tmp_path, tmp_path / "out", dedup="drop")
    assert report["articles_written"] == 8 and report["duplicates_dropped"] == 6
    assert all(row["dup_of"] is None for row in rows(tmp_path / "out"))


def test_parquet_output_has_the_documented_schema(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from copydesk.sinks.parquet import schema

    run(tmp_path, tmp_path / "out", output_format="parquet")
    tables = [pq.read_table(part) for part in sorted((tmp_path / "out").glob("part-*.parquet"))]
    assert all(table.schema.equals(schema()) for table in tables)
    assert sum(table.num_rows for table in tables) == 14
    first = tables[0].to_pylist()[0]
    assert first["blocks"][0]["kind"] == "paragraph" and first["removed"][0]["reason"] == "site-boilerplate"


def test_sqlite_output_is_searchable(tmp_path: Path) -> None:
    database = tmp_path / "corpus.db"
    run(tmp_path, database, output_format="sqlite")
    hits = search(database, "dredger")
    assert hits and "dredge" in hits[0].snippet.lower() and hits[0].site
    assert {hit.site for hit in search(database, "coxswain")} == {"harbourpost.example", "newsfeed.example"}
    assert len(search(database, "dredger OR ferry", limit=50)) >= 2
    assert search(database, 'unbalanced "quote') == []  # a query FTS5 cannot parse is read as words
    result = CliRunner().invoke(main, ["search", str(database), "swing bridge", "--json"])
    assert result.exit_code == 0
    assert "bridge" in json.loads(result.output.splitlines()[0])["snippet"].lower()


def test_a_slow_page_becomes_an_error_not_a_hang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import copydesk.guard as guard

    real = guard.process_page

    def slow(page: Any, fields: Any) -> Any:
        if page.offset == 0 and page.source.endswith(".warc.gz"):
            time.sleep(5)
        return real(page, fields)

    monkeypatch.setattr(guard, "process_page", slow)
    started = time.perf_counter()
    report = run(tmp_path, tmp_path / "out", workers=1, page_timeout=0.5)
    assert time.perf_counter() - started < 5
    errors = list(read_jsonl_gz(tmp_path / "out" / "errors.jsonl.gz"))
    assert any(entry["offset"] == 0 and "took longer than 0.5 s" in entry["error"] for entry in errors)
    assert report["pages"] == 23


def test_warc_reader_reports_damage_and_reads_on(tmp_path: Path) -> None:
    records = [response_record(f"https://a.example/{n}", page("a.example", n)) for n in range(4)]
    warc = tmp_path / "damaged.warc.gz"
    write_warc(warc, records, broken_tail=True, garbage_after=1)
    pages = list(iter_warc(warc))
    good = [p for p in pages if p.error is None]
    assert [p.url for p in good] == ["https://a.example/0", "https://a.example/1", "https://a.example/2"]
    assert any("truncated record" in (p.error or "") for p in pages)
    plain = tmp_path / "plain.warc"
    plain.write_bytes(b"".join(records[:2]) + b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nx")
    assert [p.url for p in iter_warc(plain) if p.error is None] == ["https://a.example/0", "https://a.example/1"]


def _response(number: int, content_length: int | None = -1, http_headers: bytes = b"", body: bytes = b"") -> bytes:
    """A response record; ``content_length`` None leaves the header out, -1 gives the right one."""
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + http_headers + b"\r\n"
    block += body or page("a.example", number % 6)
    head = [b"WARC/1.0", b"WARC-Type: response", b"WARC-Target-URI: https://a.example/%d" % number]
    head.append(b"WARC-Date: 2024-05-01T00:00:00Z")
    if content_length is not None:
        head.append(b"Content-Length: %d" % (len(block) if content_length < 0 else content_length))
    return b"\r\n".join(head) + b"\r\n\r\n" + block + b"\r\n\r\n"


def _starts(records: list[bytes]) -> list[int]:
    return [sum(len(record) for record in records[:n]) for n in range(len(records))]


def test_warc_damage_is_one_error_at_its_record_and_the_records_after_it_are_read(tmp_path: Path) -> None:
    """After a record without a Content-Length the offsets were doubled, the record after one whose
    block runs past the end was never read, and the damaged record gave two error lines."""
    records = [_response(0), _response(1, None), _response(2), _response(3, 10_000), _response(4)]
    warc = tmp_path / "damaged.warc"
    warc.write_bytes(b"".join(records))
    pages = list(iter_warc(warc))
    starts = _starts(records)
    assert [(p.offset, p.url if p.error is None else None) for p in pages] == [
        (starts[0], "https://a.example/0"),
        (starts[1], None),
        (starts[2], "https://a.example/2"),
        (starts[3], None),
        (starts[4], "https://a.example/4"),
    ]
    assert "without a Content-Length" in (pages[1].error or "") and "truncated record" in (pages[3].error or "")


def test_a_warc_gzipped_whole_gives_each_record_its_own_offset(tmp_path: Path) -> None:
    """``gzip file.warc`` makes one member of all the records: they once shared an offset, so an id."""
    records = [_response(n) for n in range(4)]
    warc = tmp_path / "whole.warc.gz"
    warc.write_bytes(gzip.compress(b"".join(records)))
    assert [(p.offset, p.url) for p in iter_warc(warc)] == [
        (start, f"https://a.example/{n}") for n, start in enumerate(_starts(records))
    ]


def test_a_warc_gz_with_junk_before_its_first_member_or_cut_short_is_reported(tmp_path: Path) -> None:
    records = [_response(n) for n in range(3)]
    compressed = [gzip.compress(record, mtime=0) for record in records]
    members = b"".join(compressed)
    junk = tmp_path / "junk.warc.gz"
    junk.write_bytes(b"JUNK" + members)
    pages = list(iter_warc(junk))
    assert [p.url for p in pages if p.error is None] == [f"https://a.example/{n}" for n in range(3)]
    assert [(p.offset, p.error) for p in pages if p.error is not None] == [
        (0, f"{junk}@0: unreadable WARC data: not gzip data")
    ]
    assert [p.offset for p in pages if p.error is None] == [4 + start for start in _starts(compressed)]
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(members[:10])
    assert [(p.offset, p.error) for p in iter_warc(cut)] == [
        (0, f"{cut}@0: unreadable WARC data: truncated record (the compressed data ends inside it)")
    ]


def test_warc_bodies_still_in_their_http_encodings_are_decoded(tmp_path: Path) -> None:
    """wget, warcprox and Heritrix keep gzip, deflate and chunked bodies as they came: they were passed
    on encoded (no article, or chunk sizes in the text); a damaged one is that record's error."""
    html = page("a.example", 0)
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(html[i : i + 100]), html[i : i + 100]) for i in range(0, len(html), 100))
    records = [
        _response(0, http_headers=b"Content-Encoding: gzip\r\n", body=gzip.compress(html)),
        _response(1, http_headers=b"Content-Encoding: deflate\r\n", body=zlib.compress(html)),
        _response(2, http_headers=b"Transfer-Encoding: chunked\r\n", body=chunked + b"0\r\n\r\n"),
        _response(3, http_headers=b"Content-Encoding: gzip\r\n", body=b"\x1f\x8b\x08" + b"\xff" * 40),
        _response(4, http_headers=b"Content-Encoding: gzip\r\n", body=html),  # (decoded by the archiver)
    ]
    warc = tmp_path / "encoded.warc"
    warc.write_bytes(b"".join(records))
    pages = list(iter_warc(warc))
    assert [p.html for p in pages[:3]] == [html, html, html] and pages[4].html == html
    assert pages[3].html is None and "damaged gzip body" in (pages[3].error or "")
    assert [p.offset for p in pages] == _starts(records)


def test_minhash_dedup_finds_edits_and_truncations_but_not_other_stories(tmp_path: Path) -> None:
    texts = {
        "a": " ".join(story(0)),
        "a-edit": " ".join(story(0, 1)),
        "a-cut": " ".join(story(0)[:4]),
        "b": " ".join(story(1)),
        "c": " ".join(story(2)),
        "c-copy": " ".join(story(2)),
    }
    builder = DedupBuilder(tmp_path / "dedup")
    names = list(texts)
    for number, name in enumerate(names):
        builder.add(f"{number:016x}", fingerprint(texts[name]), f"2025-03-0{number % 9 + 1}")
    canonical = builder.clusters().tolist()
    group = {name: names[canonical[i]] for i, name in enumerate(names)}
    assert group["a"] == group["a-edit"] == group["a-cut"]
    assert group["c"] == group["c-copy"] == "c"  # equal copies: the earlier date wins
    assert len({group["a"], group["b"], group["c"]}) == 3
    assert group["a"] in ("a", "a-edit")  # the most complete copy, not the truncated one


def _record_set(folder: Path) -> set[str]:
    return {json.dumps(row, sort_keys=True) for row in rows(folder)}


def test_a_run_killed_at_random_points_resumes_to_the_same_output(tmp_path: Path) -> None:
    records = []
    for number in range(240):
        site = ("quaycourier.example", "harbourpost.example")[number % 2]
        records.append(response_record(f"https://{site}/n/{number}", page(site, number % 8, number // 8)))
    warc = tmp_path / "many.warc.gz"
    write_warc(warc, records)
    command = [sys.executable, "-m", "copydesk", "run", str(warc), "--batch-size", "3", "--workers", "2"]
    reference = tmp_path / "reference"
    started = time.perf_counter()
    subprocess.run([*command, "-o", str(reference)], check=True, capture_output=True)
    duration = time.perf_counter() - started
    output = tmp_path / "resumed"
    rng = random.Random(7)
    kills = 0
    for _ in range(4):  # killed at random points of the run: in any stage, mid-batch, mid-write
        process = subprocess.Popen([*command, "-o", str(output)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   start_new_session=True)  # fmt: skip
        # the first kill lands in the first half of a whole run; later ones may find less work left (or none)
        time.sleep(rng.uniform(0.25, 0.5 if kills == 0 else 0.8) * duration)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)  # the run and its workers, as a power cut would
            kills += 1
        process.wait()
    subprocess.run([*command, "-o", str(output)], check=True, capture_output=True)
    assert kills >= 1
    assert _record_set(output) == _record_set(reference)
    assert len(_record_set(output)) == 240
    assert not list(tmp_path.glob(".*.tmp")) and not (tmp_path / "resumed.work").exists()
    assert not list(output.glob(".*.tmp"))


def test_spark_local_mode_gives_the_records_of_the_local_engine(tmp_path: Path) -> None:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("Spark needs Java")
    from copydesk.runners.spark import run_spark

    paths = corpus(tmp_path)
    inputs = expand_inputs([str(paths["warc"]), str(paths["html"]), str(paths["jsonl"])])
    options = CorpusOptions(batch_size=4, workers=2)
    local = run_local(inputs, tmp_path / "local", options)
    spark = run_spark(inputs, tmp_path / "spark", options, master="local[2]")
    assert _record_set(tmp_path / "spark") == _record_set(tmp_path / "local")
    assert sorted(p.name for p in (tmp_path / "spark").glob("part-*")) == sorted(
        p.name for p in (tmp_path / "local").glob("part-*")
    )
    for key in ("pages", "outcomes", "duplicates", "template_blocks_removed", "errors"):
        assert spark[key] == local[key], key
    errors = [
        sorted(map(json.dumps, read_jsonl_gz(tmp_path / name / "errors.jsonl.gz"))) for name in ("local", "spark")
    ]
    assert errors[0] == errors[1]
    # the Parquet layout, with duplicates dropped: the same files and rows
    import pyarrow.parquet as pq

    options = CorpusOptions(batch_size=4, workers=2, output_format="parquet", dedup="drop")
    run_local(inputs, tmp_path / "local-parquet", options)
    run_spark(inputs, tmp_path / "spark-parquet", options, master="local[2]")
    tables = {}
    for name in ("local-parquet", "spark-parquet"):
        parts = sorted((tmp_path / name).glob("part-*.parquet"))
        records = sorted(json.dumps(row, sort_keys=True) for part in parts for row in pq.read_table(part).to_pylist())
        tables[name] = ([part.name for part in parts], records)
    assert tables["local-parquet"] == tables["spark-parquet"]
    assert len(tables["local-parquet"][1]) == 8


def test_cli_run_writes_sqlite_for_a_db_name_and_refuses_an_empty_input(tmp_path: Path) -> None:
    paths = corpus(tmp_path)
    database = tmp_path / "news.db"
    result = CliRunner().invoke(main, ["run", str(paths["warc"]), "-o", str(database), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "articles" in result.output and database.is_file()
    assert (tmp_path / "news.db.errors.jsonl.gz").exists() and (tmp_path / "news.db.report.json").exists()
    assert search(database, "dredger")
    (tmp_path / "nothing").mkdir()
    empty = CliRunner().invoke(main, ["run", str(tmp_path / "nothing"), "-o", str(tmp_path / "x")])
    assert empty.exit_code == 2 and "no WARC, JSONL or HTML file" in empty.output
    spark_sqlite = CliRunner().invoke(
        main, ["run", str(paths["warc"]), "-o", str(tmp_path / "s.db"), "--engine", "spark"]
    )
    assert spark_sqlite.exit_code == 2 and "jsonl or parquet" in spark_sqlite.output


def test_cli_run_reads_records_whose_json_escapes_hold_surrogates(tmp_path: Path) -> None:
    """A record cut inside an emoji ("\\ud83d" alone in its JSON) once stopped the whole run at its first
    write: its text is mended (the lone half becomes U+FFFD, as bad bytes do), and the run goes on."""
    text = (
        "The harbour board voted on Tuesday to dredge the inner basin before the spring tides. \ud83d "
        "Fishermen said the work was overdue after two winters of silt, and the board agreed to pay for it."
    )
    records = [{"url": "https://harbourpost.example/a", "maintext": text, "title": "Dredging \ud83d"}]
    records.append(
        {"url": "https://harbourpost.example/b", "maintext": text.replace("\ud83d ", "").replace("inner", "outer")}
    )
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="ascii")
    for output in ("out", "news.db"):
        result = CliRunner().invoke(main, ["run", str(source), "-o", str(tmp_path / output), "--workers", "1"])
        assert result.exit_code == 0, result.output
        assert "2 pages, 2 articles" in result.output
    assert search(tmp_path / "news.db", "dredge")


def test_cli_run_turns_json_that_python_cannot_parse_into_that_line_error(tmp_path: Path) -> None:
    """An integer of 5,000 digits (past Python's conversion limit) and a value nested 100,000 levels
    deep once stopped the run: each is now its line's error record, and the lines around it are read."""
    story = "The harbour board voted on Tuesday to dredge the inner basin before the spring tides arrive."
    lines = [
        json.dumps({"url": "https://harbourpost.example/a", "maintext": story}),
        '{"n": ' + "1" * 5000 + "}",
        '{"x": ' + "[" * 100_000 + "]" * 100_000 + "}",
        json.dumps({"url": "https://harbourpost.example/b", "maintext": story.replace("inner", "outer")}),
    ]
    source = tmp_path / "records.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="ascii")
    result = CliRunner().invoke(main, ["run", str(source), "-o", str(tmp_path / "out"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "4 pages, 2 articles" in result.output
    errors = {entry["offset"]: entry["error"] for entry in read_jsonl_gz(tmp_path / "out" / "errors.jsonl.gz")}
    assert errors.keys() == {2, 3}
    assert errors[2].startswith(f"{source}:2: unreadable JSON") and "digits" in errors[2]
    assert errors[3] == f"{source}:3: unreadable JSON: nested too deeply"


def test_files_of_one_name_in_different_folders_get_different_ids(tmp_path: Path) -> None:
    """``in/a/index.html`` and ``in/b/index.html`` once shared an id (made of the file name alone), and
    the SQLite sink kept one of them. Ids are made of the path below the folder the run was given: they
    differ for the two, and stay the same for that folder read from another place or by a glob."""
    import sqlite3

    for name in ("a", "b"):
        folder = tmp_path / "in" / name
        folder.mkdir(parents=True)
        (folder / "index.html").write_bytes(page(f"{name}.example", ord(name) - ord("a")))
    database = tmp_path / "out.db"
    result = CliRunner().invoke(main, ["run", str(tmp_path / "in"), "-o", str(database), "--workers", "1"])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(database) as connection:
        ids = dict(connection.execute("select source, id from articles").fetchall())
    assert sorted(ids) == [str(tmp_path / "in" / "a" / "index.html"), str(tmp_path / "in" / "b" / "index.html")]
    assert len(set(ids.values())) == 2
    shutil.copytree(tmp_path / "in", tmp_path / "elsewhere" / "in")
    assert [item.id_name for item in expand_inputs([str(tmp_path / "elsewhere" / "in")])] == [
        "a/index.html",
        "b/index.html",
    ]
    assert [item.id_name for item in expand_inputs([str(tmp_path / "in" / "*" / "index.html")])] == [
        "a/index.html",
        "b/index.html",
    ]
    named = expand_inputs([str(tmp_path / "in" / "a" / "index.html"), str(tmp_path / "in" / "b" / "index.html")])
    assert len({item.id_name for item in named}) == 2  # (named one by one: by their full paths)
    assert [item.id_name for item in expand_inputs([str(tmp_path / "in" / "a" / "index.html")])] == ["index.html"]


def test_output_parts_join_consecutive_shards_of_one_input(monkeypatch: pytest.MonkeyPatch) -> None:
    from copydesk.runners import parts

    monkeypatch.setattr(parts, "PART_PAGES", 10)
    shards = [("a", 4), ("a", 4), ("a", 4), ("a", 4), ("b", 3), ("c", 20), ("c", 1)]
    assert parts.plan_parts(shards) == [[0, 1, 2], [3], [4], [5], [6]]


def test_a_page_stuck_in_a_c_call_costs_one_page_not_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import copydesk.guard as guard

    real = guard.process_page

    def stuck(page: Any, fields: Any) -> Any:
        if page.offset == 0 and page.source.endswith(".warc.gz"):
            # what a C call that never returns looks like to Python: the time-limit signal cannot get in
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(60)
        return real(page, fields)

    monkeypatch.setattr(guard, "process_page", stuck)  # the worker processes are forked: they inherit it
    started = time.perf_counter()
    report = run(tmp_path, tmp_path / "out", workers=2, page_timeout=0.5)
    assert time.perf_counter() - started < 30
    errors = list(read_jsonl_gz(tmp_path / "out" / "errors.jsonl.gz"))
    assert [e["error"] for e in errors if e["offset"] == 0 and e["source"].endswith(".warc.gz")] == [
        f"{tmp_path / 'crawl.warc.gz'}@0: the worker processing this page crashed or hung"
    ]
    assert report["pages"] == 23 and report["outcomes"]["article"] == 13


def test_inputs_of_a_remote_store_give_the_records_of_local_files(tmp_path: Path) -> None:
    fsspec = pytest.importorskip("fsspec")
    paths = corpus(tmp_path)
    store = fsspec.filesystem("memory")  # stands in for s3:// and the like: read through the same fsspec calls
    store.pipe("/news-bucket/cc-news/crawl.warc.gz", paths["warc"].read_bytes())
    store.pipe("/news-bucket/cc-news/records.jsonl", paths["jsonl"].read_bytes())
    store.pipe("/news-bucket/cc-news/notes.txt", b"not an input")
    remote = expand_inputs(["memory://news-bucket/cc-news/*"])
    assert [item.kind for item in remote] == ["warc", "jsonl"]
    assert remote[0].url is not None and remote[0].size() == paths["warc"].stat().st_size
    local = expand_inputs([str(paths["warc"]), str(paths["jsonl"])])
    run_local(remote, tmp_path / "remote", CorpusOptions(batch_size=4))
    run_local(local, tmp_path / "local", CorpusOptions(batch_size=4))

    def without_source(folder: Path) -> list[str]:
        return sorted(json.dumps({**row, "source": None}, sort_keys=True) for row in rows(folder))

    assert without_source(tmp_path / "remote") == without_source(tmp_path / "local")
    errors = list(read_jsonl_gz(tmp_path / "remote" / "errors.jsonl.gz"))
    assert all(entry["source"].startswith("memory://") for entry in errors)
    with pytest.raises(SourceError, match="no such file"):
        expand_inputs(["memory://news-bucket/nothing-here/*.warc.gz"])


def test_an_sqlite_run_killed_and_resumed_gives_the_same_database(tmp_path: Path) -> None:
    import sqlite3

    records = [
        response_record(f"https://quaycourier.example/n/{n}", page("quaycourier.example", n % 8, n // 8))
        for n in range(480)
    ]
    warc = tmp_path / "many.warc.gz"
    write_warc(warc, records)
    command = [sys.executable, "-m", "copydesk", "run", str(warc), "--batch-size", "4", "--workers", "2"]
    started = time.perf_counter()
    subprocess.run([*command, "-o", str(tmp_path / "reference.db")], check=True, capture_output=True)
    duration = time.perf_counter() - started
    rng = random.Random(11)
    kills = 0
    for _ in range(3):
        process = subprocess.Popen([*command, "-o", str(tmp_path / "resumed.db")], start_new_session=True,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(rng.uniform(0.25, 0.5 if kills == 0 else 0.9) * duration)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            kills += 1
        process.wait()
    subprocess.run([*command, "-o", str(tmp_path / "resumed.db")], check=True, capture_output=True)
    assert kills >= 1

    def table(name: str) -> list[tuple[Any, ...]]:
        with sqlite3.connect(tmp_path / name) as connection:
            return connection.execute("SELECT * FROM articles ORDER BY id").fetchall()

    assert table("resumed.db") == table("reference.db") and len(table("reference.db")) == 480
    assert not list(tmp_path.glob(".*.tmp")) and not (tmp_path / "resumed.db.work").exists()
    assert search(tmp_path / "resumed.db", "dredger")


def test_a_pipeline_assembled_from_steps_runs_as_given(tmp_path: Path) -> None:
    from copydesk.steps import Dedup, Extract, Pipeline, Sink, Source

    paths = corpus(tmp_path)
    steps = Pipeline(Source(), Extract(page_timeout=10), templates=None, dedup=Dedup("drop"), sink=Sink("jsonl"))
    report = run_local(
        expand_inputs([str(paths["warc"])]), tmp_path / "out", CorpusOptions(batch_size=4), pipeline=steps
    )
    written = rows(tmp_path / "out")
    assert report["identity"]["pipeline"] == steps.describe()
    assert report["template_blocks_removed"] == 0 and any(DONATION in row["text"] for row in written)
    assert all(row["dup_of"] is None for row in written) and report["duplicates_dropped"] > 0
