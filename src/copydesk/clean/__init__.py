"""Pure cleaning of already-extracted news text: ``clean(text) -> Article`` with removals and repairs."""

from copydesk.clean.core import clean

__all__ = ["clean"]
