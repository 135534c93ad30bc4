"""copydesk: news as found on the web in, clean structured articles out."""

from copydesk.clean import clean
from copydesk.extract import extract
from copydesk.options import ExtractOptions
from copydesk.types import Article, Block, Removal, Repair

__version__ = "0.1.0"

__all__ = ["Article", "Block", "ExtractOptions", "Removal", "Repair", "__version__", "clean", "extract"]
