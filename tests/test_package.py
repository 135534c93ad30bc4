"""The package's public face and the direction of its imports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import copydesk

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "pages" / "harbour-gazette-flood.html"


def test_public_api_is_exactly_all() -> None:
    assert sorted(copydesk.__all__) == [
        "Article", "Block", "ExtractOptions", "Removal", "Repair", "__version__", "clean", "extract"
    ]  # fmt: skip
    for name in copydesk.__all__:
        assert hasattr(copydesk, name)


def test_extract_rejects_unknown_options() -> None:
    try:
        copydesk.extract("<p>x</p>", no_such_option=True)
    except TypeError as error:
        assert "no_such_option" in str(error)
    else:
        raise AssertionError("an unknown option was accepted")


def test_extraction_path_loads_no_other_extractor_and_no_io_library() -> None:
    """Extracting a page imports neither a peer extractor nor HTTP, SQLite or Spark."""
    code = f"""
import json, sys
import copydesk
article = copydesk.extract(open({str(EXAMPLE)!r}, "rb").read(), url="https://example.org/a")
assert article.kind == "article", article.kind
print(json.dumps(sorted(sys.modules)))
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    modules = set(json.loads(result.stdout))
    forbidden = {
        "trafilatura", "readability", "newspaper", "justext", "goose3", "resiliparse", "boilerpy3",
        "httpx", "sqlite3", "pyspark", "requests", "urllib3",
    }  # fmt: skip
    assert not {name.split(".")[0] for name in modules} & forbidden


def test_core_modules_import_nothing_from_outer_layers() -> None:
    """types -> extract, clean -> (sources, sinks, bench, cli): the core never imports outward.
    Only clean/profile_io.py, the file edge of site profiles, reads and writes files."""
    package = Path(copydesk.__file__).parent
    outer = ("copydesk.cli", "copydesk.bench", "copydesk.sources", "httpx", "click", "rich", "sqlite3")
    modules = [*(package / "extract").glob("*.py"), *(package / "clean").glob("*.py")]
    assert len(modules) > 10
    for module in modules:
        if module.name == "profile_io.py":
            continue
        text = module.read_text(encoding="utf-8")
        for name in outer:
            assert f"import {name}" not in text and f"from {name}" not in text, (module.name, name)


def test_article_to_dict_is_json_ready_and_text_is_derived() -> None:
    article = copydesk.extract(EXAMPLE.read_bytes(), url="https://example.org/a")
    data = json.loads(json.dumps(article.to_dict()))
    assert data["text"] == "\n\n".join(block["text"] for block in data["blocks"])
    assert data["kind"] == "article"
    assert article.markdown.count("\n## ") >= 1  # sub-headings become Markdown headings
