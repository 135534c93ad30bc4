"""The command line: ``copydesk extract`` on files, directories, globs, stdin and URLs."""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner, Result

from copydesk.cli.main import main
from copydesk.sources import SourceError
from copydesk.sources.fetch import fetch_url, user_agent
from copydesk.sources.files import expand_paths, read_html_file

FIRST = "The old harbour lights were switched on again on Saturday, forty years after the lamps went dark."
SECOND = "Volunteers spent three winters restoring the brass fittings, the clockwork and the salvaged lenses."
THIRD = "More than two thousand visitors lined the quay, and the band played until the last ferry had left."

ARTICLE = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour lights return | Tidewater Gazette</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour lights return</h1><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></article>
<footer>Copyright Tidewater Gazette. All rights reserved.</footer></body></html>
"""


def invoke(*arguments: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(arguments), input=stdin)


def json_lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.html"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def pages_dir(tmp_path: Path) -> Path:
    root = tmp_path / "pages"
    (root / "nested").mkdir(parents=True)
    (root / "b.html").write_text(ARTICLE, encoding="utf-8")
    (root / "nested" / "a.htm").write_text(ARTICLE, encoding="utf-8")
    (root / "c.html.gz").write_bytes(gzip.compress(ARTICLE.encode("utf-8")))
    (root / "notes.txt").write_text("not a page", encoding="utf-8")
    return root


def test_single_file_as_json(article_file: Path) -> None:
    result = invoke("extract", str(article_file))
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)
    assert article["kind"] == "article" and FIRST in article["text"] and THIRD in article["text"]
    assert "Copyright" not in article["text"]


def test_single_file_as_text_and_markdown(article_file: Path) -> None:
    text = invoke("extract", str(article_file), "--format", "text")
    assert text.exit_code == 0 and text.stdout.strip().startswith(FIRST[:30])
    markdown = invoke("extract", str(article_file), "--format", "markdown")
    assert markdown.exit_code == 0 and markdown.stdout.startswith("# Harbour lights return")
    assert SECOND in markdown.stdout


def test_output_file_and_url_option(article_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "article.json"
    result = invoke("extract", str(article_file), "--url", "https://example.org/harbour", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["url"] == "https://example.org/harbour"


def test_directory_gives_one_json_line_per_page(pages_dir: Path) -> None:
    result = invoke("extract", str(pages_dir))
    assert result.exit_code == 0, result.output
    records = json_lines(result.stdout)
    assert [Path(str(record["source"])).name for record in records] == ["b.html", "c.html.gz", "a.htm"]
    assert all(FIRST in str(record["text"]) for record in records)
    assert "pages 3  ok 3  errors 0" in result.stderr


def test_glob_and_several_inputs_give_json_lines(pages_dir: Path, article_file: Path, tmp_path: Path) -> None:
    result = invoke("extract", str(pages_dir / "*.html*"))
    assert [Path(str(r["source"])).name for r in json_lines(result.stdout)] == ["b.html", "c.html.gz"]
    out = tmp_path / "out.jsonl"
    result = invoke("extract", str(article_file), str(pages_dir / "b.html"), "-o", str(out))
    assert result.exit_code == 0 and len(json_lines(out.read_text(encoding="utf-8"))) == 2


def test_broken_inputs_are_error_records_and_the_run_goes_on(pages_dir: Path) -> None:
    (pages_dir / "broken.html.gz").write_bytes(b"\x1f\x8b\x08\x00 definitely not gzip")
    missing = str(pages_dir / "missing.html")
    result = invoke("extract", str(pages_dir), missing)
    assert result.exit_code == 0
    records = json_lines(result.stdout)
    errors = {Path(str(r["source"])).name: str(r["error"]) for r in records if "error" in r}
    assert set(errors) == {"broken.html.gz", "missing.html"}
    assert "corrupt gzip" in errors["broken.html.gz"]
    assert sum("text" in record for record in records) == 3
    assert "broken.html.gz" in result.stderr and "pages 5  ok 3  errors 2" in result.stderr


def test_exit_status_when_nothing_is_extracted(tmp_path: Path) -> None:
    broken = tmp_path / "broken.html.gz"
    broken.write_bytes(b"junk")
    single = invoke("extract", str(broken))
    assert single.exit_code == 1 and "corrupt gzip" in single.stderr and single.stdout == ""
    batch = invoke("extract", str(broken), str(tmp_path / "absent.html"))
    assert batch.exit_code == 1 and len(json_lines(batch.stdout)) == 2


def test_url_option_is_for_one_page(pages_dir: Path) -> None:
    result = invoke("extract", str(pages_dir), "--url", "https://example.org/")
    assert result.exit_code == 2


def test_standard_input() -> None:
    result = invoke("extract", "-", "--url", "https://example.org/harbour", stdin=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)
    assert article["url"] == "https://example.org/harbour" and SECOND in article["text"]


def test_files_helpers(pages_dir: Path) -> None:
    assert [p.name for p in expand_paths([str(pages_dir), str(pages_dir / "b.html")])] == [
        "b.html",
        "c.html.gz",
        "a.htm",
    ]
    assert read_html_file(pages_dir / "c.html.gz") == ARTICLE.encode("utf-8")
    with pytest.raises(SourceError, match="no file matches"):
        expand_paths([str(pages_dir / "*.xml")])


class _Handler(BaseHTTPRequestHandler):
    seen_agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.seen_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/moved":
            self._reply(301, b"", {"Location": "/article"})
        elif self.path == "/loop":
            self._reply(302, b"", {"Location": "/loop"})
        elif self.path == "/article":
            self._reply(200, ARTICLE.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8"})
        elif self.path == "/big-declared":
            self._reply(200, b"x" * 3000, {"Content-Type": "text/html"})
        elif self.path == "/big-streamed":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the body runs until the connection closes
            for _ in range(10):
                self.wfile.write(b"y" * 1000)
        else:
            self._reply(404, b"not here", {})

    def _reply(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_url_is_fetched_after_redirects(server: str) -> None:
    result = invoke("extract", f"{server}/moved")
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)
    assert article["url"] == f"{server}/article" and FIRST in article["text"]
    assert _Handler.seen_agents[-1] == user_agent() and user_agent().startswith("copydesk/")


def test_size_cap_overrun_is_a_clear_error(server: str) -> None:
    result = invoke("extract", f"{server}/big-declared", "--max-size", "0.001")
    assert result.exit_code == 1 and "byte cap" in result.stderr
    with pytest.raises(SourceError, match="exceeds the 2000 byte cap"):
        fetch_url(f"{server}/big-streamed", max_bytes=2000)
    assert len(fetch_url(f"{server}/big-streamed", max_bytes=20_000).content) == 10_000


def test_fetch_errors(server: str) -> None:
    with pytest.raises(SourceError, match="HTTP 404"):
        fetch_url(f"{server}/nothing")
    with pytest.raises(SourceError, match="more than 5 redirects"):
        fetch_url(f"{server}/loop")
    with pytest.raises(SourceError, match="only http and https"):
        fetch_url("ftp://127.0.0.1/file.html")


def test_output_into_a_new_folder_and_an_unwritable_path(pages_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "new" / "folder" / "pages.jsonl"
    result = invoke("extract", str(pages_dir), "-o", str(out))
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").count("\n") >= 1
    blocked = tmp_path / "a-file"
    blocked.write_text("x", encoding="utf-8")
    result = invoke("extract", str(pages_dir), "-o", str(blocked / "pages.jsonl"))
    assert result.exit_code != 0 and "cannot write" in result.output


def test_charset_of_content_type() -> None:
    from copydesk.sources.fetch import charset_of

    assert charset_of("text/html; charset=ISO-8859-1") == "ISO-8859-1"
    assert charset_of('text/html; charset="utf-8"') == "utf-8"
    assert charset_of("text/html") is None and charset_of(None) is None


@pytest.mark.parametrize("url", ["http://[::1", "http://xn--a.com/"])
def test_a_malformed_url_is_an_error_naming_it_and_the_batch_goes_on(url: str, article_file: Path) -> None:
    with pytest.raises(SourceError, match=r"not a valid URL"):
        fetch_url(url, timeout_s=2)
    result = invoke("extract", url, str(article_file))
    assert result.exit_code == 0
    lines = json_lines(result.stdout)
    assert [line.get("source") for line in lines] == [url, str(article_file)]
    assert url in str(lines[0]["error"]) and "error" not in lines[1]
