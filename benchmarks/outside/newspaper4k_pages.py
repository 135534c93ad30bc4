"""Build an outside check from the test pages of newspaper4k's source release, for `copydesk bench`.

newspaper4k (MIT) ships some twenty news pages with its tests (Arabic, Burmese, Chinese, Japanese,
Latvian, Spanish, Thai and English sites), each with the article text its extractor is expected to
give. Those texts serve as gold bodies here: they are another project's expectations, not a human
annotation, and they keep some of what copydesk removes ("Read more: ..." lines, an affiliate notice).
The pages stay third-party content: this script downloads the release from PyPI into a temporary
folder and writes a dataset archive outside the project; nothing of it is committed.

    python benchmarks/outside/newspaper4k_pages.py /tmp/np.tar.xz
    copydesk bench clean /tmp/np.tar.xz
    copydesk bench extract /tmp/np.tar.xz --peers ""

The archive has the layout :mod:`copydesk.bench.datasets` reads: ``html/<id>.html`` and
``ground-truth.json`` (``articleBody``, ``url`` and ``title`` from the release's metadata files).
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

RELEASE = "newspaper4k==0.9.6"
DATA = "tests/data"


def download(folder: Path) -> Path:
    """The release's source archive, downloaded with pip into ``folder``."""
    pip = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:"]
    subprocess.run([*pip, RELEASE, "-d", str(folder)], check=True)
    return next(folder.glob("newspaper4k-*.tar.gz"))


def build(release: Path, out: Path) -> int:
    """Write the dataset archive ``out`` from the source archive ``release``; the number of pages."""
    with tarfile.open(release) as source:
        members = [member for member in source.getmembers() if member.isfile()]
        files = {Path(*Path(member.name).parts[1:]).as_posix(): member for member in members}

        def read(name: str) -> bytes | None:
            member = files.get(f"{DATA}/{name}")
            handle = source.extractfile(member) if member is not None else None
            return handle.read() if handle is not None else None

        gold: dict[str, dict[str, str]] = {}
        with tarfile.open(out, "w:xz") as target:
            for name in sorted(files):
                if not (name.startswith(f"{DATA}/txt/") and name.endswith(".txt")):
                    continue
                page = Path(name).stem
                html, text = read(f"html/{page}.html"), read(f"txt/{page}.txt")
                if html is None or text is None:
                    continue
                entry = {"articleBody": text.decode("utf-8"), "url": "None"}
                meta = read(f"metadata/{page}.json")
                if meta is not None:
                    fields = json.loads(meta)
                    entry["url"] = fields.get("url") or "None"
                    entry["title"] = fields.get("title") or ""
                gold[page] = entry
                _add(target, f"html/{page}.html", html)
            _add(target, "ground-truth.json", json.dumps(gold, ensure_ascii=False).encode("utf-8"))
    return len(gold)


def _add(target: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    target.addfile(info, io.BytesIO(data))


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "newspaper4k-pages.tar.xz")
    with tempfile.TemporaryDirectory() as folder:
        pages = build(download(Path(folder)), out)
    print(f"{pages} pages with gold text -> {out}")


if __name__ == "__main__":
    main()
