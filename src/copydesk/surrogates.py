"""Strings with surrogates, which UTF-8 cannot encode: JSON's escapes give them ("\\ud83d" alone where a
record was cut inside an emoji), and text handled as UTF-16 may hold an emoji's two halves as two
characters. Mended where a pipeline reads text, escaped where JSON is written back, so that one such
record never stops a run."""

from __future__ import annotations

import json
import re
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")


def has_surrogates(text: str) -> bool:
    return not text.isascii() and _SURROGATE.search(text) is not None


def mend(text: str) -> str:
    """``text`` with each pair of surrogates joined into its character and each one alone replaced by
    U+FFFD, as bytes that are not UTF-8 are when decoded."""
    if not has_surrogates(text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def mended(value: Any) -> Any:
    """A parsed JSON value with :func:`mend` applied to every string in it, keys too."""
    if isinstance(value, str):
        return mend(value)
    if isinstance(value, dict):
        return {mended(key): mended(item) for key, item in value.items()}
    if isinstance(value, list):
        return [mended(item) for item in value]
    return value


def json_line(value: Any, **options: Any) -> str:
    """``json.dumps(value, ensure_ascii=False)``, or with ASCII escapes where a string holds surrogates
    (written back as the escapes they were read from; UTF-8 has no bytes for them)."""
    text = json.dumps(value, ensure_ascii=False, **options)
    return json.dumps(value, ensure_ascii=True, **options) if has_surrogates(text) else text
