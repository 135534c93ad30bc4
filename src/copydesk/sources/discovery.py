"""Finding a site's articles: robots.txt, sitemaps (indexes, gzip, news sitemaps), RSS 2.0 and Atom
feeds, and a page's own links. Pure functions over bytes already fetched: the crawler does the fetching.

XML is parsed with lxml without network access or entity expansion (a sitemap cannot make the
parser fetch or expand anything), and with recovery, so that a slightly broken feed still gives what
it holds.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import math
import zlib
from dataclasses import dataclass, field
from urllib.robotparser import RobotFileParser

from lxml import etree

from copydesk.sources.urls import article_score, normalize_url, same_site, site_of

MAX_XML_BYTES = 50 * 1024 * 1024  # the sitemap protocol's own limit, uncompressed
# The longest Crawl-delay obeyed: a site asking more ("Crawl-delay: 86400", "inf") would stop its crawl,
# which no site means; a minute apart is still far politer than browsers are.
MAX_CRAWL_DELAY_S = 60.0
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")


@dataclass(frozen=True, slots=True)
class Robots:
    """A site's robots.txt: the sitemaps it names, and its rules for one user agent."""

    sitemaps: tuple[str, ...]
    crawl_delay: float | None
    _parser: RobotFileParser = field(repr=False, compare=False)
    _agent: str = "*"

    def allows(self, url: str) -> bool:
        return bool(self._parser.can_fetch(self._agent, url))


def parse_robots(text: str, base: str, agent: str) -> Robots:
    """Rules of ``text`` (a robots.txt) for ``agent``; sitemap URLs made absolute against ``base``."""
    parser = RobotFileParser()
    parser.parse(text.splitlines())
    sitemaps = []
    for line in text.splitlines():
        name, _, value = line.partition(":")
        if name.strip().lower() == "sitemap" and value.strip():
            url = normalize_url(value.strip(), base)
            if url:
                sitemaps.append(url)
    return Robots(tuple(sitemaps), _crawl_delay(text, agent), parser, agent)


def _crawl_delay(text: str, agent: str) -> float | None:
    """``Crawl-delay`` of the group that names ``agent`` (the longest matching name), else of ``*``;
    fractions allowed (the standard library reads whole seconds only), at most :data:`MAX_CRAWL_DELAY_S`;
    ``inf`` and ``nan`` say nothing."""
    groups: list[tuple[list[str], float | None]] = []
    agents: list[str] = []
    delay: float | None = None
    in_rules = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        name, _, value = line.partition(":")
        name, value = name.strip().lower(), value.strip()
        if name == "user-agent":
            if in_rules:
                groups.append((agents, delay))
                agents, delay, in_rules = [], None, False
            agents.append(value.lower())
        elif name in ("crawl-delay", "allow", "disallow") and agents:
            in_rules = True
            if name == "crawl-delay":
                with contextlib.suppress(ValueError):  # "Crawl-delay: soon" says nothing
                    asked = float(value)
                    delay = min(max(0.0, asked), MAX_CRAWL_DELAY_S) if math.isfinite(asked) else delay
    if agents:
        groups.append((agents, delay))
    wanted = agent.lower()
    best: tuple[int, float | None] = (-1, None)
    for names, group_delay in groups:
        for name in names:
            rank = 0 if name == "*" else len(name) if name and name in wanted else -1
            if rank > best[0]:
                best = (rank, group_delay)
    return best[1]


def allow_all() -> Robots:
    """The rules when a site has no robots.txt (404): everything is allowed."""
    parser = RobotFileParser()
    parser.parse([])
    return Robots((), None, parser)


@dataclass(frozen=True, slots=True)
class Entry:
    """A page a sitemap or a feed lists: its URL, and what the listing says of it."""

    url: str
    modified: str | None = None
    published: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Listing:
    """What a sitemap or feed holds: pages, and (sitemap indexes) further sitemaps."""

    entries: tuple[Entry, ...] = ()
    sitemaps: tuple[str, ...] = ()
    kind: str = "unknown"  # urlset, sitemapindex, rss, atom, or unknown (not a listing)


def parse_listing(data: bytes, base: str) -> Listing:
    """A sitemap (``urlset`` or ``sitemapindex``, gzip-compressed or not, with news-sitemap titles and
    publication dates), an RSS 2.0 feed or an Atom feed, by its root element. Anything else (an HTML
    page, garbage) is an empty listing of kind ``unknown``."""
    raw = _gunzip(data)
    if raw is None:
        return Listing()
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(raw, parser)
    except (etree.XMLSyntaxError, ValueError):
        return Listing()
    if root is None:
        return Listing()
    kind = etree.QName(root).localname.lower()
    if kind == "urlset":
        return Listing(tuple(_sitemap_entries(root, base)), (), "urlset")
    if kind == "sitemapindex":
        locations = (normalize_url(_text(node, "loc") or "", base) for node in _children(root, "sitemap"))
        return Listing((), tuple(url for url in locations if url), "sitemapindex")
    if kind == "rss" or kind == "rdf":
        return Listing(tuple(_rss_entries(root, base)), (), "rss")
    if kind == "feed":
        return Listing(tuple(_atom_entries(root, base)), (), "atom")
    return Listing()


def _gunzip(data: bytes) -> bytes | None:
    if data[:2] != b"\x1f\x8b":
        return data[:MAX_XML_BYTES]
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            return stream.read(MAX_XML_BYTES)
    except (OSError, EOFError, zlib.error):
        return None


def _children(node: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in node if isinstance(child.tag, str) and etree.QName(child).localname == name]


def _text(node: etree._Element, name: str) -> str | None:
    for child in _children(node, name):
        value = (child.text or "").strip()
        if value:
            return value
    return None


def _sitemap_entries(root: etree._Element, base: str) -> list[Entry]:
    entries = []
    for node in _children(root, "url"):
        url = normalize_url(_text(node, "loc") or "", base)
        if not url:
            continue
        published = title = None
        for news in _children(node, "news"):
            published = _text(news, "publication_date") or published
            title = _text(news, "title") or title
        entries.append(Entry(url, _text(node, "lastmod"), published, title))
    return entries


def _rss_entries(root: etree._Element, base: str) -> list[Entry]:
    items = [node for node in root.iter() if isinstance(node.tag, str) and etree.QName(node).localname == "item"]
    entries = []
    for item in items:
        url = normalize_url(_text(item, "link") or _text(item, "guid") or "", base)
        if url:
            entries.append(Entry(url, None, _text(item, "pubDate") or _text(item, "date"), _text(item, "title")))
    return entries


def _atom_entries(root: etree._Element, base: str) -> list[Entry]:
    entries = []
    for entry in _children(root, "entry"):
        href = None
        for link in _children(entry, "link"):
            if link.get("rel", "alternate") == "alternate" and link.get("href"):
                href = link.get("href")
                break
        url = normalize_url(href or "", base)
        if url:
            published = _text(entry, "published") or _text(entry, "updated")
            entries.append(Entry(url, _text(entry, "updated"), published, _text(entry, "title")))
    return entries


def page_links(html: bytes | str, base: str, site: str | None = None) -> list[str]:
    """The article-like links of a page (a home page, when a site offers no sitemap or feed): absolute,
    normalised, on the page's site, without duplicates, the most article-like first (page order kept
    among equals)."""
    from lxml import html as lxml_html

    try:
        document = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    home = site or site_of(base) or ""
    found: dict[str, int] = {}
    for anchor in document.iter("a"):
        url = normalize_url(anchor.get("href") or "", base)
        if url and same_site(url, home) and url not in found:
            score = article_score(url)
            if score >= 2:
                found[url] = score
    return sorted(found, key=lambda url: -found[url])


def feed_links(html: bytes | str, base: str) -> list[str]:
    """The feeds a page announces (``<link rel=alternate type=application/rss+xml ...>``), absolute."""
    from lxml import html as lxml_html

    try:
        document = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    found = []
    for link in document.iter("link"):
        if (link.get("type") or "").lower() in FEED_TYPES and link.get("href"):
            url = normalize_url(link.get("href") or "", base)
            if url and url not in found:
                found.append(url)
    return found
