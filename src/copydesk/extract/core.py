"""The extraction pipeline: decode, parse, read metadata, find the body, assemble the Article."""

from __future__ import annotations

from lxml import etree

from copydesk.extract.content import find_body
from copydesk.extract.decode import decode_html, sniff_binary
from copydesk.extract.dom import Element, EmptyDocument, NotAPage, parse_html, text_of
from copydesk.extract.language import detect_language
from copydesk.extract.metadata import Metadata, extract_metadata
from copydesk.extract.repair import repair_mojibake
from copydesk.options import ExtractOptions
from copydesk.types import Article, ArticleKind, Block


def extract(html: str | bytes, url: str | None = None, **options: object) -> Article:
    """Extract the article of one page.

    ``html`` is the page as bytes (decoded from BOM, declared charset, else detection) or str.
    ``options`` are the fields of :class:`copydesk.options.ExtractOptions`. Malformed input never
    raises: a page without text gives ``kind="empty"``; an unknown option raises TypeError."""
    settings = ExtractOptions(**options)  # type: ignore[arg-type]
    return extract_with(html, url, settings)


def extract_with(html: str | bytes, url: str | None, options: ExtractOptions) -> Article:
    if isinstance(html, bytes) and sniff_binary(html, options.http_charset):
        return Article(url=url, kind="empty")
    text = decode_html(html, options.http_charset)
    try:
        doc = parse_html(text)
    except EmptyDocument:
        return Article(url=url, kind="empty")
    except NotAPage:
        return Article(url=url, kind="listing")
    meta = extract_metadata(doc, url)
    etree.strip_elements(doc, "script", "style", "noscript", "template", with_tail=False)
    first_h1 = _first_h1(doc)
    headline = meta.title or first_h1
    body_root = doc.find("body")
    if body_root is None:
        body_root = doc
    body = find_body(body_root, tuple(t for t in (meta.title, first_h1) if t), options.repair_mojibake)
    blocks = body.blocks
    # A page that states a publication date is an article even when its body looks like a list.
    listing = body.listing and meta.published is None
    kind: ArticleKind = "listing" if listing else ("article" if blocks else "empty")
    if kind == "listing":
        blocks = []
    return _assemble(url, meta, headline, kind, blocks, options)


def _assemble(
    url: str | None,
    meta: Metadata,
    headline: str | None,
    kind: ArticleKind,
    blocks: list[Block],
    options: ExtractOptions,
) -> Article:
    language = meta.language
    if language is None and options.detect_language and blocks:
        language = detect_language(_sample(blocks))
    return Article(
        url=url,
        canonical_url=meta.canonical_url,
        title=repair_mojibake(headline) if options.repair_mojibake and headline else headline,
        description=meta.description,
        authors=meta.authors,
        published=meta.published,
        modified=meta.modified,
        language=language,
        site_name=meta.site_name,
        image=meta.image,
        tags=meta.tags,
        kind=kind,
        blocks=tuple(blocks),
    )


def _sample(blocks: list[Block], size: int = 1500) -> str:
    """The first ``size`` characters of the body: plenty for language identification."""
    parts, total = [], 0
    for block in blocks:
        parts.append(block.text)
        total += len(block.text)
        if total >= size:
            break
    return " ".join(parts)[:size]


def _first_h1(doc: Element) -> str | None:
    for el in doc.iter("h1"):
        text = " ".join(text_of(el).split())
        if text:
            return text
    return None
