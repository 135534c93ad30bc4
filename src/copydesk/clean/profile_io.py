"""Site profiles on disk: JSON (gzip-compressed when the name ends in ``.gz``), written atomically."""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from pathlib import Path

from copydesk.clean.profile import SiteProfile


def save_profile(profile: SiteProfile, path: str | os.PathLike[str]) -> None:
    """Write ``profile`` to ``path``; a reader never sees a half-written file."""
    target = Path(path)
    data = json.dumps(profile.to_dict(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if target.suffix == ".gz":
        data = gzip.compress(data, mtime=0)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or Path("."))
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def load_profile(path: str | os.PathLike[str]) -> SiteProfile:
    """The profile :func:`save_profile` wrote; ``ValueError`` when the file holds no site profile."""
    raw = Path(path).read_bytes()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ValueError(f"{path}: not a site profile: {error}") from error
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a site profile")
    return SiteProfile.from_dict(data)
