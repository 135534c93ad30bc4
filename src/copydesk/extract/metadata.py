"""Page metadata: headline, by-line, dates, language, site, image, tags, canonical URL.

One pass over the ``meta``, ``link``, ``script``, ``title``, ``time`` and ``base`` elements collects
every source; then each field takes the first good value in its order of trust: JSON-LD, then
OpenGraph and other ``meta``, then the markup of the page itself. Pure, no I/O.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import lxml.etree

from copydesk.extract.authors import clean_authors
from copydesk.extract.dates import normalise_date
from copydesk.extract.dom import Element, text_of
from copydesk.extract.jsonld import JsonLdFacts, read_jsonld
from copydesk.extract.language import detect_language, normalise_language
from copydesk.extract.titles import closer_to, strip_site_name, title_from_document, untruncated

__all__ = ["Metadata", "detect_language", "extract_metadata", "normalise_language"]

MAX_TAGS = 30
MAX_BYLINE_LENGTH = 100
MAX_BYLINES = 3

_TITLE_KEYS = ("dc:title", "dcterm:title", "dcterms:title", "og:title", "title", "twitter:title",
               "parsely-title", "sailthru:title")  # fmt: skip
_DESCRIPTION_KEYS = ("description", "dc:description", "dcterms:description", "twitter:description")
_AUTHOR_KEYS = ("dc:creator", "dcterm:creator", "dcterms:creator", "author", "article:author", "byl",
                "sailthru:author", "parsely-author", "og:article:author", "citation_author")  # fmt: skip
_PUBLISHED_KEYS = ("article:published_time", "og:published_time", "article:published", "datepublished",
                   "parsely-pub-date", "pubdate", "publishdate", "publish-date", "publish_date", "date",
                   "sailthru:date", "dc:date:issued", "dcterms:issued", "dc:date", "dcterms:date",
                   "dcterms:created", "article:published_date", "original-publish-date", "citation_date",
                   "citation_publication_date", "og:article:published_time")  # fmt: skip
_MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "article:modified", "datemodified",
                  "dcterms:modified", "last-modified", "lastmod", "og:article:modified_time")  # fmt: skip
_SITE_KEYS = ("og:site_name", "application-name", "al:android:app_name", "al:ios:app_name")
_IMAGE_KEYS = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src",
               "image", "thumbnail")  # fmt: skip
_TAG_KEYS = ("article:tag", "news_keywords", "keywords")
_SECTION_KEYS = ("article:section", "parsely-section")
_LANGUAGE_KEYS = ("content-language", "og:locale", "language", "dc:language", "dcterms:language")
_CANONICAL_KEYS = ("og:url", "twitter:url")
_SECOND_LEVEL_LABELS = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go", "gob"})

# Walking the attribute axis visits only elements that have the attribute: several times faster
# than testing every element. "yline"/"uthor" match both cases of the first letter.
_BYLINE_SEARCH = lxml.etree.XPath(
    "//@class[contains(.,'yline') or contains(.,'uthor')]/.."
    " | //@id[contains(.,'yline') or contains(.,'uthor')]/.."
    " | //@rel[.='author']/.. | //@itemprop[contains(.,'uthor')]/.."
)
_BYLINE_MARKS = ("byline", "author")
_BYLINE_NOISE = ("comment", "avatar", "image", "photo", "bio", "description", "more", "related", "follow")


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a page says about its article; every text value whitespace-collapsed, ``None`` when absent."""

    canonical_url: str | None = None
    title: str | None = None
    description: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    language: str | None = None  # from the markup only, ISO 639-1
    site_name: str | None = None
    image: str | None = None
    tags: tuple[str, ...] = ()


_Meta = dict[str, list[str]]


@dataclass(slots=True)
class _Sources:
    """Everything the single pass over the head-like elements found, in document order."""

    meta: _Meta = field(default_factory=dict)
    jsonld: list[str] = field(default_factory=list)
    document_title: str | None = None
    canonical: str | None = None
    base: str | None = None
    html_language: str | None = None
    published_times: list[str] = field(default_factory=list)
    modified_times: list[str] = field(default_factory=list)
    other_times: list[str] = field(default_factory=list)

    def first(self, keys: Iterable[str]) -> str | None:
        for key in keys:
            for value in self.meta.get(key, ()):
                text = clean_text(value)
                if text:
                    return text
        return None

    def every(self, keys: Iterable[str]) -> list[str]:
        return [value for key in keys for value in self.meta.get(key, ())]


def extract_metadata(doc: Element, url: str | None = None) -> Metadata:
    """The metadata of the page ``doc`` (parsed, scripts still in) fetched from ``url``."""
    sources = _collect(doc)
    facts = read_jsonld(sources.jsonld)
    site_name = clean_text(facts.site_name) or sources.first(_SITE_KEYS)
    canonical = _canonical(sources, facts, url)
    base = _absolute(sources.base, url or canonical) if sources.base else url or canonical
    return Metadata(
        canonical_url=canonical,
        title=_title(doc, sources, facts, site_name, url or canonical),
        description=_description(sources, facts),
        authors=_authors(doc, sources, facts),
        published=_published(sources, facts),
        modified=_first_date([facts.modified], sources.every(_MODIFIED_KEYS), sources.modified_times),
        language=_language(sources, facts),
        site_name=site_name,
        image=_absolute(clean_text(facts.image) or sources.first(_IMAGE_KEYS), base),
        tags=_tags(facts, sources),
    )


def clean_text(value: str | None) -> str | None:
    """Whitespace collapsed, entities left by double escaping decoded; ``None`` when empty."""
    if not value:
        return None
    if "&" in value:
        value = html.unescape(value)
    text = " ".join(value.split())
    return text or None


def _collect(doc: Element) -> _Sources:
    sources = _Sources(html_language=doc.get("lang") or doc.get("{http://www.w3.org/XML/1998/namespace}lang"))
    by_name: _Meta = {}
    for element in doc.iter("meta", "link", "script", "title", "time", "base"):
        tag = element.tag
        if tag == "meta":
            _collect_meta(element, sources.meta, by_name)
        elif tag == "script":
            if "ld+json" in (element.get("type") or "").lower() and element.text:
                sources.jsonld.append(element.text)
        elif tag == "link":
            if sources.canonical is None and "canonical" in (element.get("rel") or "").lower().split():
                sources.canonical = element.get("href")
        elif tag == "title":
            if sources.document_title is None and _in_html_namespace(element):
                sources.document_title = text_of(element)
        elif tag == "time":
            _collect_time(element, sources)
        elif tag == "base" and sources.base is None:
            sources.base = element.get("href")
    for key, values in by_name.items():
        sources.meta.setdefault(key, []).extend(values)
    return sources


def _in_html_namespace(element: Element) -> bool:
    """Not the ``<title>`` of an inline SVG."""
    return not any(ancestor.tag == "svg" for ancestor in element.iterancestors())


def _collect_meta(element: Element, by_property: _Meta, by_name: _Meta) -> None:
    content = element.get("content")
    if content is None:
        content = element.get("value")
    if content is None or not content.strip():
        return
    # RDFa "property" (OpenGraph's own attribute) is trusted before "name" when both give a key
    for attribute, meta in (("property", by_property), ("name", by_name), ("itemprop", by_name),
                            ("http-equiv", by_name)):  # fmt: skip
        for key in (element.get(attribute) or "").lower().split():
            if key.startswith(("dc.", "dcterm.", "dcterms.", "sailthru.")):
                key = key.replace(".", ":")
            meta.setdefault(key, []).append(content)


def _collect_time(element: Element, sources: _Sources) -> None:
    value = element.get("datetime") or text_of(element)
    itemprop = (element.get("itemprop") or "").lower()
    if "datemodified" in itemprop:
        sources.modified_times.append(value)
    elif "datepublished" in itemprop or element.get("pubdate") is not None:
        sources.published_times.append(value)
    elif element.get("datetime"):
        sources.other_times.append(value)


def _title(doc: Element, sources: _Sources, facts: JsonLdFacts, site_name: str | None, url: str | None) -> str | None:
    site_names = [name for name in (site_name, *_host_names(url)) if name]
    sections = [*facts.sections, *sources.every(_SECTION_KEYS)]
    title = _jsonld_title(facts, sources) or sources.first(_TITLE_KEYS)
    if title:
        return strip_site_name(title, site_names, sections)
    document_title = clean_text(sources.document_title)
    if not document_title:
        return None

    def headings() -> list[str]:
        return [text_of(heading) for heading in doc.iter("h1", "h2")]

    def first_level() -> list[str]:
        return [text_of(heading) for heading in doc.iter("h1")]

    without_site = strip_site_name(document_title, site_names, sections)
    if without_site != document_title:
        return without_site
    return title_from_document(document_title, headings, first_level)


def _jsonld_title(facts: JsonLdFacts, sources: _Sources) -> str | None:
    """The article node's headline, or its name when that is what the page's other titles say."""
    if not facts.is_article:
        return None
    headline, name = clean_text(facts.headline), clean_text(facts.name)
    reference = sources.first(_TITLE_KEYS) or clean_text(sources.document_title) or ""
    if headline and name and headline != name:
        headline = closer_to(reference, headline, name)
    return untruncated(headline or name, reference)


def _description(sources: _Sources, facts: JsonLdFacts) -> str | None:
    # OpenGraph's first: the summary the publisher writes for people who share the story
    open_graph = sources.first(("og:description",))
    return open_graph or clean_text(facts.description) or sources.first(_DESCRIPTION_KEYS)


def _authors(doc: Element, sources: _Sources, facts: JsonLdFacts) -> tuple[str, ...]:
    for candidates in (facts.authors, sources.every(_AUTHOR_KEYS)):
        names = clean_authors(clean_text(value) or "" for value in candidates)
        if names:
            return names
    # on the page itself, the first by-line with a name in it: later ones are often teasers' by-lines
    return next(filter(None, (clean_authors([byline]) for byline in _page_bylines(doc))), ())


def _page_bylines(doc: Element) -> Iterator[str]:
    """Texts of the first few short by-line-like elements of the page (not comments, not bios)."""
    found = 0
    matches = _BYLINE_SEARCH(doc)
    for element in matches if isinstance(matches, list) else ():
        if not isinstance(element, Element) or not isinstance(element.tag, str) or not _is_byline_element(element):
            continue
        text = _short_text(element, MAX_BYLINE_LENGTH)
        if text:
            # a microdata name inside the by-line is the name without the "By" and the date around it
            name = next((child for child in element.iter() if "name" in (child.get("itemprop") or "")), None)
            yield (_short_text(name, MAX_BYLINE_LENGTH) if name is not None else None) or text
            found += 1
            if found == MAX_BYLINES:
                return


def _is_byline_element(element: Element) -> bool:
    if element.tag in ("meta", "link", "script", "style", "body", "html"):
        return False
    if element.get("rel") == "author" or "author" in (element.get("itemprop") or "").lower():
        return True
    marks = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return any(mark in marks for mark in _BYLINE_MARKS) and not any(noise in marks for noise in _BYLINE_NOISE)


def _short_text(element: Element, limit: int) -> str | None:
    """The element's text, whitespace collapsed, or ``None`` when empty or longer than ``limit``."""
    pieces: list[str] = []
    length = 0
    for piece in map(str, element.itertext()):
        length += len(piece)
        if length > 2 * limit:
            return None
        pieces.append(piece)
    text = " ".join("".join(pieces).split())
    return text if 0 < len(text) <= limit else None


def _published(sources: _Sources, facts: JsonLdFacts) -> str | None:
    # a <time> that claims nothing is the page's first date: a last resort, after every declared one
    declared = (sources.every(_PUBLISHED_KEYS), sources.published_times)
    return _first_date([facts.published], *declared, sources.other_times[:1])


def _first_date(*groups: Sequence[str | None]) -> str | None:
    for group in groups:
        for value in group:
            normalised = normalise_date(value)
            if normalised:
                return normalised
    return None


def _language(sources: _Sources, facts: JsonLdFacts) -> str | None:
    for value in (sources.html_language, *sources.every(_LANGUAGE_KEYS), facts.language):
        code = normalise_language(value)
        if code:
            return code
    return None


def _canonical(sources: _Sources, facts: JsonLdFacts, url: str | None) -> str | None:
    for value in (sources.canonical, sources.first(_CANONICAL_KEYS), facts.url):
        absolute = _absolute(clean_text(value), url)
        if absolute and _is_web_url(absolute):
            return absolute
    return None


def _tags(facts: JsonLdFacts, sources: _Sources) -> tuple[str, ...]:
    tags: list[str] = []
    seen: set[str] = set()
    for value in (*facts.keywords, *sources.every(_TAG_KEYS), *facts.sections, *sources.every(_SECTION_KEYS)):
        for part in value.split(","):
            tag = clean_text(part)
            if tag and tag.casefold() not in seen:
                seen.add(tag.casefold())
                tags.append(tag)
    return tuple(tags[:MAX_TAGS])


def _absolute(value: str | None, base: str | None) -> str | None:
    if not value:
        return None
    if value.startswith("//") and not base:
        value = "https:" + value
    try:
        return urljoin(base, value) if base else value
    except ValueError:  # "http://[broken" and the like
        return None


def _host_names(url: str | None) -> tuple[str, ...]:
    """``www.bbc.co.uk`` -> ``("bbc.co.uk", "bbc")``: the host and its most telling label."""
    try:
        host = (urlsplit(url).hostname or "") if url else ""
    except ValueError:
        return ()
    host = host.removeprefix("www.")
    labels = host.split(".")[:-1]  # the top-level domain says nothing about the site
    while len(labels) > 1 and labels[-1] in _SECOND_LEVEL_LABELS:
        labels.pop()
    return (host, labels[-1]) if labels else ((host,) if host else ())


def _is_web_url(url: str) -> bool:
    try:
        return urlsplit(url).scheme in ("http", "https")
    except ValueError:
        return False
