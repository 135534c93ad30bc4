"""What a benchmark ran on: command line, Python, CPU and library versions, for reproducible reports."""

from __future__ import annotations

import platform
import shlex
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from importlib import metadata as importlib_metadata
from pathlib import Path
from typing import Any

from copydesk.bench.peers import get_peer

_SUPPORT_LIBRARIES = ("lxml",)


@dataclass(frozen=True)
class Environment:
    command: str
    python: str
    platform: str
    cpu: str
    core: int | None
    versions: dict[str, str | None]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def describe_environment(argv: Sequence[str], extractors: Sequence[str], core: int | None) -> Environment:
    versions = {name: get_peer(name).version() for name in extractors}
    versions.update({name: _version(name) for name in _SUPPORT_LIBRARIES})
    return Environment(
        command=shlex.join(argv),
        python=f"{platform.python_implementation()} {platform.python_version()}",
        platform=platform.platform(),
        cpu=cpu_model(),
        core=core,
        versions=versions,
    )


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo, else what :mod:`platform` knows."""
    cpuinfo = Path("/proc/cpuinfo")
    if sys.platform.startswith("linux") and cpuinfo.is_file():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            key, _, value = line.partition(":")
            if key.strip() == "model name" and value.strip():
                return value.strip()
    return platform.processor() or platform.machine() or "unknown"


def _version(distribution: str) -> str | None:
    try:
        return importlib_metadata.version(distribution)
    except importlib_metadata.PackageNotFoundError:
        return None
