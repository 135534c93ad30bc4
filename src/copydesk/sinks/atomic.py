"""Files that appear whole or not at all: written beside their target, then renamed over it."""

from __future__ import annotations

import glob
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path in ``target``'s folder; renamed to ``target`` (after an fsync) when the block
    ends without an exception, removed otherwise. A reader, or a run resumed after a crash, sees the
    old file or the new one, never half of one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with temporary.open("rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_atomic(target: Path, data: bytes) -> None:
    with atomic_path(target) as temporary:
        temporary.write_bytes(data)


def remove_stale_temporaries(folder: Path, prefix: str = "") -> None:
    """Temporary files a killed run left behind in ``folder`` (those of targets whose name starts with
    ``prefix``, when given)."""
    if folder.is_dir():
        for path in folder.glob(f".{glob.escape(prefix)}*.tmp"):
            path.unlink(missing_ok=True)
