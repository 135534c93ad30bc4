"""Extractors under benchmark: copydesk and its peers, behind one small interface.

Each :class:`Peer` imports its library only when loaded, so a missing library costs nothing until it
is asked for. This module imports nothing but the standard library at the top: the benchmark worker
loads it by file path, before any extractor, so that an extractor's memory is measured from a clean
baseline.

What each extractor is given: copydesk takes the page's bytes and decodes them itself (that is its
API); the peers take ``str``, decoded from UTF-8 with replacement before the clock starts (both
shared datasets are UTF-8), so the peers are spared the decoding cost. Peers run with their default
settings; in particular trafilatura is called as ``trafilatura.extract(html, url=url)``, which keeps
comments (``include_comments=True`` is its default).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import metadata as importlib_metadata
from typing import Any


@dataclass(frozen=True, slots=True)
class Metadata:
    """The page metadata an extractor reports; None or empty when it gives none."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None
    published: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "authors": list(self.authors),
            "language": self.language,
            "published": self.published,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Metadata:
        return cls(
            title=data.get("title"),
            authors=tuple(data.get("authors") or ()),
            language=data.get("language"),
            published=data.get("published"),
        )


@dataclass(frozen=True, slots=True)
class Extraction:
    text: str
    metadata: Metadata | None = None


ExtractFn = Callable[[Any, str | None], Extraction]
MetadataFn = Callable[[Any, str | None], Metadata]


@dataclass(frozen=True)
class Peer:
    """An extractor: how to load it, what input it takes and which metadata it reports.

    ``load`` returns the function timed by the benchmark, called as ``fn(html, url)``; ``html`` is
    ``bytes`` when ``takes_bytes`` is true, else ``str``. ``load_metadata``, when set, gives the
    metadata in a separate, untimed pass (for libraries whose body call does not return it).
    """

    name: str
    module: str
    distribution: str
    takes_bytes: bool
    load: Callable[[], ExtractFn]
    metadata_fields: frozenset[str] = field(default_factory=frozenset)
    load_metadata: Callable[[], MetadataFn] | None = None

    def is_installed(self) -> bool:
        return importlib.util.find_spec(self.module) is not None

    def version(self) -> str | None:
        try:
            return importlib_metadata.version(self.distribution)
        except importlib_metadata.PackageNotFoundError:
            return None

    def missing_message(self) -> str:
        return f"{self.name} is not installed (pip install {self.distribution}); skipped"


ALL_METADATA = frozenset({"title", "byline", "language", "date"})


def _load_copydesk() -> ExtractFn:
    import copydesk

    def run(html: bytes, url: str | None) -> Extraction:
        article = copydesk.extract(html, url=url)
        meta = Metadata(article.title, tuple(article.authors), article.language, article.published)
        return Extraction(article.text, meta)

    return run


def _load_trafilatura() -> ExtractFn:
    import trafilatura

    def run(html: str, url: str | None) -> Extraction:
        return Extraction(trafilatura.extract(html, url=url) or "")

    return run


def _load_trafilatura_metadata() -> MetadataFn:
    import trafilatura

    def run(html: str, url: str | None) -> Metadata:
        found = trafilatura.extract_metadata(html, default_url=url)
        authors = tuple(name.strip() for name in (found.author or "").split(";") if name.strip())
        return Metadata(found.title, authors, found.language, found.date)

    return run


def _load_readability() -> ExtractFn:
    from readability import Document

    def run(html: str, url: str | None) -> Extraction:
        document = Document(html, url=url)
        return Extraction(html_fragment_text(document.summary()), Metadata(title=document.short_title()))

    return run


def _load_newspaper() -> ExtractFn:
    import newspaper

    def run(html: str, url: str | None) -> Extraction:
        article = newspaper.Article(url or "http://localhost/")
        article.download(input_html=html)
        article.parse()
        published = _date_text(article.publish_date)
        meta = Metadata(article.title, tuple(article.authors), article.meta_lang or None, published)
        return Extraction(article.text or "", meta)

    return run


def _load_goose() -> ExtractFn:
    from goose3 import Goose

    goose = Goose()

    def run(html: str, url: str | None) -> Extraction:
        # raw_html only: goose would fetch the URL otherwise.
        article = goose.extract(raw_html=html)
        published = _date_text(article.publish_date)
        meta = Metadata(article.title, tuple(article.authors), article.meta_lang or None, published)
        return Extraction(article.cleaned_text or "", meta)

    return run


def _date_text(value: object) -> str | None:
    """A library's date (a datetime or a string) as text."""
    if not value:
        return None
    isoformat = getattr(value, "isoformat", None)
    return str(isoformat()) if callable(isoformat) else str(value)


def _load_resiliparse() -> ExtractFn:
    from resiliparse.extract.html2text import extract_plain_text

    def run(html: str, url: str | None) -> Extraction:
        return Extraction(extract_plain_text(html, main_content=True))

    return run


def _load_justext() -> ExtractFn:
    import justext  # type: ignore[import-untyped,unused-ignore]

    stoplist = justext.get_stoplist("English")

    def run(html: str, url: str | None) -> Extraction:
        paragraphs = justext.justext(html, stoplist)
        return Extraction("\n\n".join(p.text for p in paragraphs if not p.is_boilerplate))

    return run


_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip


def html_fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one line per block element, blank lines dropped."""
    import lxml.html

    if not fragment.strip():
        return ""
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
            if element.tag.lower() != "br":
                element.text = "\n" + (element.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


PEERS: dict[str, Peer] = {
    peer.name: peer
    for peer in (
        Peer("copydesk", "copydesk", "copydesk", True, _load_copydesk, ALL_METADATA),
        Peer(
            "trafilatura",
            "trafilatura",
            "trafilatura",
            False,
            _load_trafilatura,
            frozenset({"title", "byline", "date"}),
            _load_trafilatura_metadata,
        ),
        Peer(
            "readability-lxml",
            "readability",
            "readability-lxml",
            False,
            _load_readability,
            frozenset({"title"}),
        ),
        Peer("newspaper4k", "newspaper", "newspaper4k", False, _load_newspaper, ALL_METADATA),
        Peer("goose3", "goose3", "goose3", False, _load_goose, ALL_METADATA),
        Peer("resiliparse", "resiliparse", "resiliparse", False, _load_resiliparse),
        Peer("justext", "justext", "jusText", False, _load_justext),
    )
}
"""Every known extractor by name; ``copydesk`` is the reference the others are compared with."""


def get_peer(name: str) -> Peer:
    try:
        return PEERS[name]
    except KeyError:
        known = ", ".join(PEERS)
        raise KeyError(f"unknown extractor {name!r}; known: {known}") from None
