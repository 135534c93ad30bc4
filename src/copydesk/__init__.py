"""copydesk: news as found on the web in, clean structured articles out."""

from copydesk.extract import extract
from copydesk.types import Article, Block

__version__ = "0.1.0"

__all__ = ["Article", "Block", "__version__", "extract"]
