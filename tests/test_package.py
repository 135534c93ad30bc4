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


def test_corpus_layers_point_one_way() -> None:
    """pipeline and corpus stages know nothing of runners or the CLI; runners know nothing of the CLI."""
    package = Path(copydesk.__file__).parent
    rules = {
        "pipeline.py": ("copydesk.runners", "copydesk.cli", "copydesk.sinks", "copydesk.bench"),
        "corpus": ("copydesk.runners", "copydesk.cli", "copydesk.sinks", "copydesk.bench", "copydesk.pipeline"),
        "sinks": ("copydesk.runners", "copydesk.cli", "copydesk.bench"),
        "sources": ("copydesk.runners", "copydesk.cli", "copydesk.sinks", "copydesk.pipeline"),
        "runners": ("copydesk.cli", "copydesk.bench"),
    }
    for place, forbidden in rules.items():
        path = package / place
        modules = [path] if path.is_file() else list(path.glob("*.py"))
        assert modules, place
        for module in modules:
            text = module.read_text(encoding="utf-8")
            for name in forbidden:
                assert f"import {name}" not in text and f"from {name}" not in text, (module.name, name)


def test_every_command_is_documented_in_the_readme() -> None:
    from copydesk.cli.main import main

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    commands = [f"copydesk {name}" for name in main.commands]
    bench = main.commands["bench"]
    commands += [f"copydesk bench {name}" for name in getattr(bench, "commands", {}) if name != "extract"]
    assert len(commands) >= 8
    for command in commands:
        assert command in readme, command
