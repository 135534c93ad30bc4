"""The one settings channel of each job: a frozen options object."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """Settings of :func:`copydesk.extract`.

    - ``http_charset``: the charset from the HTTP ``Content-Type`` header, when the caller has one;
      it outranks the page's own declaration, as in browsers.
    - ``detect_language``: guess the language from the body text when the markup does not say.
    - ``repair_mojibake``: repair text decoded with the wrong charset upstream ("donâ€™t" -> "don’t").
    """

    http_charset: str | None = None
    detect_language: bool = True
    repair_mojibake: bool = True
