"""The outside check's dataset builder (benchmarks/outside/newspaper4k_pages.py), on a made-up release.

No network: a source archive laid out as newspaper4k's is (``<name>/tests/data/html``, ``txt`` and
``metadata``) is written here, with invented pages, and built into the archive ``copydesk bench`` reads.
"""

from __future__ import annotations

import importlib.util
import io
import json
import tarfile
from pathlib import Path
from types import ModuleType

from copydesk.bench.datasets import load_dataset

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "outside" / "newspaper4k_pages.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newspaper4k_pages", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _release(path: Path, files: dict[str, str]) -> Path:
    with tarfile.open(path, "w:gz") as release:
        for name, text in files.items():
            data = text.encode("utf-8")
            info = tarfile.TarInfo(f"newspaper4k-0.0.0/tests/data/{name}")
            info.size = len(data)
            release.addfile(info, io.BytesIO(data))
    return path


def test_the_builder_pairs_each_page_with_its_expected_text_and_metadata(tmp_path: Path) -> None:
    page = "<html><body><h1>Harbour to be dredged</h1><p>The board voted on Monday.</p></body></html>"
    meta = {"url": "https://harbour.example/dredge", "title": "Harbour to be dredged"}
    release = _release(
        tmp_path / "release.tar.gz",
        {
            "html/harbour.html": page,
            "txt/harbour.txt": "The board voted on Monday.",
            "metadata/harbour.json": json.dumps(meta),
            "html/no_text.html": page,  # no expected text: left out
            "txt/no_page.txt": "An expected text without its page: left out.",
        },
    )
    out = tmp_path / "np.tar.xz"
    assert _script().build(release, out) == 1
    dataset = load_dataset(out)
    assert [p.id for p in dataset.pages] == ["harbour"]
    gold = dataset.pages[0].gold
    assert gold["articleBody"] == "The board voted on Monday."
    assert (gold["url"], gold["title"]) == ("https://harbour.example/dredge", "Harbour to be dredged")
    assert dataset.pages[0].html.decode("utf-8") == page
