"""JSON-LD (schema.org) blocks -> the facts about the page's article.

Reads every ``<script type="application/ld+json">`` text, tolerates the usual breakage (control
characters, trailing commas, HTML comments, CDATA), flattens lists and ``@graph``, resolves
``{"@id": ...}`` references and takes the first article-like node; a ``WebPage`` node only fills
what no article gives. Pure, no I/O.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

_ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "analysisnewsarticle", "askpublicnewsarticle", "backgroundnewsarticle",
        "opinionnewsarticle", "reportagenewsarticle", "reviewnewsarticle", "satiricalarticle",
        "scholarlyarticle", "medicalscholarlyarticle", "techarticle", "blogposting", "liveblogposting",
        "socialmediaposting", "discussionforumposting", "report", "advertisercontentarticle",
        "apireference", "review", "recipe"
    }
)  # fmt: skip
_PAGE_TYPES = frozenset(
    {
        "webpage", "itempage", "aboutpage", "collectionpage", "medicalwebpage", "qapage", "faqpage"
    }
)  # fmt: skip
_SITE_TYPES = frozenset(("website",))
MAX_DEPTH = 8

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_WRAPPER = re.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$")

Node = dict[str, Any]


@dataclass(frozen=True, slots=True)
class JsonLdFacts:
    """What the page's structured data says; strings raw (the caller cleans them)."""

    headline: str | None = None
    name: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    description: str | None = None
    image: str | None = None
    site_name: str | None = None
    keywords: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    url: str | None = None
    language: str | None = None
    is_article: bool = False


def read_jsonld(texts: Iterable[str]) -> JsonLdFacts:
    """The facts of the first article node among the blocks ``texts``, else of the first web page node."""
    nodes = [node for text in texts for node in _flatten(_load(text))]
    if not nodes:
        return JsonLdFacts()
    index = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    article = _first_of(nodes, _ARTICLE_TYPES)
    page = _first_of(nodes, _PAGE_TYPES)
    site = _first_of(nodes, _SITE_TYPES)
    main = article or page
    if main is None:
        return JsonLdFacts(site_name=_text(site.get("name")) if site else None)
    facts = _facts(main, index, is_article=article is not None)
    if article is not None and page is not None:
        facts = _fill_from_page(facts, _facts(page, index, is_article=False))
    if facts.site_name is None and site is not None:
        facts = replace(facts, site_name=_text(site.get("name")))
    return facts


def _load(text: str) -> Any:
    text = _WRAPPER.sub("", text.strip())
    if not text:
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        pass
    try:
        return json.loads(_TRAILING_COMMA.sub(r"\1", _CONTROL.sub(" ", text)))
    except (ValueError, RecursionError):
        return None


def _flatten(data: Any, depth: int = 0) -> Iterator[Node]:
    if depth > MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth + 1)
    elif isinstance(data, dict):
        graph = data.get("@graph")
        if isinstance(graph, list | dict):
            yield from _flatten(graph, depth + 1)
        if "@type" in data:
            yield data


def _types(node: Node) -> set[str]:
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    return {item.rsplit("/", 1)[-1].casefold() for item in values if isinstance(item, str)}


def _first_of(nodes: list[Node], wanted: frozenset[str]) -> Node | None:
    return next((node for node in nodes if _types(node) & wanted), None)


def _facts(node: Node, index: dict[str, Node], *, is_article: bool) -> JsonLdFacts:
    publisher = _resolve(node.get("publisher"), index)
    return JsonLdFacts(
        headline=_text(node.get("headline")) or _text(node.get("alternativeHeadline")),
        name=_text(node.get("name")),
        authors=tuple(_names(node.get("author"), index) or _names(node.get("creator"), index)),
        published=_text(node.get("datePublished")) or _text(node.get("dateCreated")),
        modified=_text(node.get("dateModified")),
        description=_text(node.get("description")),
        image=_url(node.get("image"), index) or _url(node.get("thumbnailUrl"), index),
        site_name=_text(publisher.get("name")) if isinstance(publisher, dict) else _text(publisher),
        keywords=tuple(_keywords(node.get("keywords"))),
        sections=tuple(_keywords(node.get("articleSection"))),
        url=_text(node.get("url")) or _url(node.get("mainEntityOfPage"), index),
        language=_text(node.get("inLanguage")),
        is_article=is_article,
    )


def _fill_from_page(article: JsonLdFacts, page: JsonLdFacts) -> JsonLdFacts:
    return JsonLdFacts(
        headline=article.headline,
        name=article.name,
        authors=article.authors or page.authors,
        published=article.published or page.published,
        modified=article.modified or page.modified,
        description=article.description or page.description,
        image=article.image or page.image,
        site_name=article.site_name or page.site_name,
        keywords=article.keywords or page.keywords,
        sections=article.sections or page.sections,
        url=article.url or page.url,
        language=article.language or page.language,
        is_article=True,
    )


def _resolve(value: Any, index: dict[str, Node]) -> Any:
    reference = value.get("@id") if isinstance(value, dict) else None
    if isinstance(reference, str) and set(value) <= {"@id", "@type"} and reference in index:
        return index[value["@id"]]
    return value


def _names(value: Any, index: dict[str, Node]) -> list[str]:
    """Author names from a string, a node (maybe a reference) or a list of them."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        resolved = _resolve(item, index)
        name = _text(resolved.get("name")) if isinstance(resolved, dict) else _text(resolved)
        if name:
            names.append(name)
    return names


def _keywords(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    words: list[str] = []
    for item in items:
        text = _text(item)
        if text:
            words.extend(part.strip() for part in text.split(",") if part.strip())
    return words


def _text(value: Any, depth: int = 0) -> str | None:
    """A string value, or the ``name`` / ``@value`` of a node, or the first of a list."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        for key in ("@value", "name"):
            if isinstance(value.get(key), str):
                return str(value[key]).strip() or None
        return None
    if isinstance(value, list) and value and depth < MAX_DEPTH:
        return _text(value[0], depth + 1)
    return None


def _url(value: Any, index: dict[str, Node], depth: int = 0) -> str | None:
    """A URL from a string, an ``ImageObject``-like node (maybe a reference) or a list of them."""
    if depth > MAX_DEPTH:
        return None  # references that loop back on themselves
    value = _resolve(value, index)
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        for key in ("url", "contentUrl", "@id"):
            found = _url(value.get(key), index, depth + 1)
            if found and not (key == "@id" and "#" in found):  # "#primaryimage" names a node, not a file
                return found
        return None
    if isinstance(value, list) and value:
        return _url(value[0], index, depth + 1)
    return None
