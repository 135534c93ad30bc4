"""copydesk: news as found on the web in, clean structured articles out."""

from copydesk.extract import extract
from copydesk.options import ExtractOptions
from copydesk.types import Article, Block

__version__ = "0.1.0"

__all__ = ["Article", "Block", "ExtractOptions", "__version__", "extract"]
