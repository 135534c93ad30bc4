"""Discovery and URL hygiene for crawling: robots.txt, sitemaps, news sitemaps, feeds, page links."""

from __future__ import annotations

import gzip

from copydesk.sources.discovery import (
    MAX_CRAWL_DELAY_S,
    allow_all,
    feed_links,
    page_links,
    parse_listing,
    parse_robots,
)
from copydesk.sources.urls import article_score, is_article_like, normalize_url, same_site

BASE = "https://www.quaycourier.example/"


def test_urls_have_one_spelling_without_tracking() -> None:
    assert (
        normalize_url("HTTPS://WWW.QuayCourier.Example:443/2025/03/04/basin-dredged/?utm_source=x&id=5&fbclid=y#top")
        == "https://www.quaycourier.example/2025/03/04/basin-dredged/?id=5"
    )
    assert normalize_url("http://quaycourier.example:80/a/./b/../c.html") == "http://quaycourier.example/a/c.html"
    assert normalize_url("http://quaycourier.example:8080/x") == "http://quaycourier.example:8080/x"
    assert normalize_url("/news/harbour", BASE) == "https://www.quaycourier.example/news/harbour"
    assert normalize_url("https://quaycourier.example/a b") == "https://quaycourier.example/a%20b"
    for bad in ("mailto:desk@quaycourier.example", "javascript:void(0)", "ftp://quaycourier.example/x", "http://[::1"):
        assert normalize_url(bad) is None
    assert same_site("https://news.quaycourier.example/x", "quaycourier.example")
    assert not same_site("https://notquaycourier.example/x", "quaycourier.example")


def test_article_urls_are_preferred_over_sections_tags_authors_and_media() -> None:
    articles = [
        "https://quaycourier.example/2025/03/04/harbour-basin-to-be-dredged",
        "https://quaycourier.example/news/ferry-timetable-adds-late-crossings-123456",
        "https://quaycourier.example/local/council-approves-new-primary-school-for-east",
    ]
    others = [
        "https://quaycourier.example/",
        "https://quaycourier.example/tag/harbour/",
        "https://quaycourier.example/author/jane-example",
        "https://quaycourier.example/section/sport",
        "https://quaycourier.example/images/harbour-basin-at-low-tide.jpg",
        "https://quaycourier.example/video/harbour-basin-dredging-begins-today",
    ]
    assert all(is_article_like(url) for url in articles)
    assert not any(is_article_like(url) for url in others)
    assert min(article_score(url) for url in articles) > max(article_score(url) for url in others)


def test_robots_rules_sitemaps_and_crawl_delay() -> None:
    robots = parse_robots(
        "User-agent: *\nDisallow: /private/\nCrawl-delay: 2\n\nUser-agent: copydesk\nDisallow: /drafts/\n"
        "Crawl-delay: 1.5\n\nSitemap: /sitemap-index.xml\nSitemap: https://cdn.quaycourier.example/news.xml\n",
        BASE,
        "copydesk",
    )
    assert robots.sitemaps == (
        "https://www.quaycourier.example/sitemap-index.xml",
        "https://cdn.quaycourier.example/news.xml",
    )
    assert robots.crawl_delay == 1.5
    assert not robots.allows("https://www.quaycourier.example/drafts/x")
    assert robots.allows("https://www.quaycourier.example/news/x")
    assert allow_all().allows("https://www.quaycourier.example/anything")


def test_sitemap_index_gzip_child_and_news_sitemap() -> None:
    index = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://www.quaycourier.example/sitemap-2025.xml.gz</loc></sitemap>
      <sitemap><loc>/sitemap-news.xml</loc></sitemap></sitemapindex>"""
    listing = parse_listing(index, BASE)
    assert listing.kind == "sitemapindex" and listing.sitemaps == (
        "https://www.quaycourier.example/sitemap-2025.xml.gz",
        "https://www.quaycourier.example/sitemap-news.xml",
    )
    child = gzip.compress(
        b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://www.quaycourier.example/2025/03/04/basin-dredged?utm_medium=x</loc>
        <lastmod>2025-03-04</lastmod></url></urlset>"""
    )
    pages = parse_listing(child, BASE)
    assert pages.kind == "urlset"
    assert pages.entries[0].url == "https://www.quaycourier.example/2025/03/04/basin-dredged"
    assert pages.entries[0].modified == "2025-03-04"
    news = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
      xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url>
      <loc>https://www.quaycourier.example/2025/03/05/ferry-late-crossings</loc><news:news>
      <news:publication><news:name>Quay Courier</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2025-03-05T08:00:00+00:00</news:publication_date>
      <news:title>Ferry adds two late crossings</news:title></news:news></url></urlset>"""
    entry = parse_listing(news, BASE).entries[0]
    assert (entry.published, entry.title) == ("2025-03-05T08:00:00+00:00", "Ferry adds two late crossings")


def test_rss_and_atom_feeds() -> None:
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Quay Courier</title>
      <item><title>Basin dredged</title><link>https://www.quaycourier.example/2025/03/04/basin-dredged</link>
      <pubDate>Tue, 04 Mar 2025 09:00:00 GMT</pubDate></item>
      <item><title>No link</title><guid isPermaLink="false">tag:1</guid></item></channel></rss>"""
    feed = parse_listing(rss, BASE)
    assert feed.kind == "rss" and [e.title for e in feed.entries] == ["Basin dredged"]
    assert feed.entries[0].published == "Tue, 04 Mar 2025 09:00:00 GMT"
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>Quay Courier</title>
      <entry><title>Bridge closed</title><link rel="alternate" href="/2025/03/06/bridge-closed"/>
      <link rel="edit" href="/admin/1"/><published>2025-03-06T10:00:00Z</published></entry></feed>"""
    entries = parse_listing(atom, BASE).entries
    assert [(e.url, e.published) for e in entries] == [
        ("https://www.quaycourier.example/2025/03/06/bridge-closed", "2025-03-06T10:00:00Z")
    ]


def test_what_is_not_a_listing_and_hostile_xml() -> None:
    assert parse_listing(b"<html><body>not a sitemap</body></html>", BASE).kind == "unknown"
    assert parse_listing(b"\x1f\x8b\x08broken gzip", BASE).kind == "unknown"
    assert parse_listing(b"", BASE).kind == "unknown"
    entity = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://q.example/a&x;</loc></url></urlset>"""
    entries = parse_listing(entity, BASE).entries
    assert all("root:" not in entry.url for entry in entries)


def test_home_page_links_keep_articles_of_the_site() -> None:
    html = b"""<html><body><nav><a href="/">Home</a><a href="/section/news">News</a>
      <a href="/tag/harbour">Harbour</a></nav>
      <a href="/2025/03/04/harbour-basin-to-be-dredged?utm_source=home">Basin</a>
      <a href="https://other.example/2025/03/04/somebody-elses-story-about-the-harbour">Elsewhere</a>
      <a href="/2025/03/04/harbour-basin-to-be-dredged#comments">Comments</a>
      <a href="/news/ferry-timetable-adds-late-crossings-123456">Ferry</a></body></html>"""
    assert page_links(html, BASE) == [
        "https://www.quaycourier.example/news/ferry-timetable-adds-late-crossings-123456",
        "https://www.quaycourier.example/2025/03/04/harbour-basin-to-be-dredged",
    ]


def test_malformed_urls_in_listings_robots_and_pages_are_skipped() -> None:
    """``http://[::1`` (an unclosed IPv6 host) made urljoin raise out of the whole crawl."""
    bad = "http://[::1"
    assert normalize_url(bad, "https://news.example/") is None and normalize_url(bad) is None
    good = "https://news.example/2024/01/01/a-long-story-slug-here"
    sitemap = f"<urlset><url><loc>{bad}</loc></url><url><loc>{good}</loc></url></urlset>".encode()
    assert [entry.url for entry in parse_listing(sitemap, "https://news.example/").entries] == [good]
    index = f"<sitemapindex><sitemap><loc>{bad}</loc></sitemap></sitemapindex>".encode()
    assert parse_listing(index, "https://news.example/").sitemaps == ()
    rss = f"<rss><channel><item><link>{bad}</link></item><item><link>{good}</link></item></channel></rss>"
    assert [entry.url for entry in parse_listing(rss.encode(), "https://news.example/").entries] == [good]
    atom = f'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="{bad}"/></entry></feed>'
    assert parse_listing(atom.encode(), "https://news.example/").entries == ()
    robots = parse_robots(f"Sitemap: {bad}\nSitemap: https://news.example/sitemap.xml\n", "https://news.example/", "x")
    assert robots.sitemaps == ("https://news.example/sitemap.xml",)
    page = f'<a href="{bad}">x</a><link rel="alternate" type="application/rss+xml" href="{bad}"><a href="{good}">y</a>'
    assert page_links(page.encode(), "https://news.example/") == [good]
    assert feed_links(page.encode(), "https://news.example/") == []


def test_a_crawl_delay_is_capped_and_one_that_is_not_a_number_is_ignored() -> None:
    """``Crawl-delay: inf`` (or ``1e999``) made the crawl wait forever between two requests."""
    for value, expected in [("inf", None), ("1e999", None), ("nan", None), ("86400", MAX_CRAWL_DELAY_S), ("2.5", 2.5)]:
        robots = parse_robots(f"User-agent: *\nCrawl-delay: {value}\nAllow: /\n", "https://news.example/", "x")
        assert robots.crawl_delay == expected, value
