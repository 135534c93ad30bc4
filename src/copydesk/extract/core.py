"""The extraction pipeline: decode, parse, read metadata, find the body, assemble the Article."""

from __future__ import annotations

from lxml import etree

from copydesk.extract.content import article_blocks
from copydesk.extract.decode import decode_html
from copydesk.extract.dom import EmptyDocument, parse_html
from copydesk.types import Article


def extract(html: str | bytes, url: str | None = None, **options: object) -> Article:
    """Extract the article of one page. Never raises on malformed input: a page without text
    gives ``kind="empty"``."""
    text = decode_html(html)
    try:
        doc = parse_html(text)
    except EmptyDocument:
        return Article(url=url, kind="empty")
    etree.strip_elements(doc, "script", "style", "noscript", "template", with_tail=False)
    title = _h1(doc)
    body = doc.body if doc.find("body") is not None else doc
    blocks = article_blocks(body, title)
    return Article(url=url, title=title, kind="article" if blocks else "empty", blocks=tuple(blocks))


def _h1(doc: object) -> str | None:
    from lxml.html import HtmlElement

    assert isinstance(doc, HtmlElement)
    for el in doc.iter("h1"):
        text = " ".join(el.text_content().split())
        if text:
            return text
    return None
