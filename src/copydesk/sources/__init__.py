"""Where pages come from: files, directories, globs, standard input and HTTP.

Every failure to obtain a page's bytes is a :class:`SourceError`, so that callers can turn it into
an error record and carry on with the next page.
"""

from __future__ import annotations


class SourceError(Exception):
    """A page could not be read or fetched; the message names the cause."""


__all__ = ["SourceError"]
