"""Pure extraction core: HTML (bytes or str) in, Article out. No I/O here."""

from copydesk.extract.core import extract

__all__ = ["extract"]
