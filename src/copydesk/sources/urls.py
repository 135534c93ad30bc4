"""URL hygiene for crawling: one spelling per page, tracking parameters gone, same-site checks, and a
preference for article URLs over section, tag, author and media pages."""

from __future__ import annotations

import posixpath
import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
# Parameters that say where a reader came from, not what the page is.
_TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ref_src|"
    r"cmpid|ocid|icid|ito|sr_share|share|smid|taid|cid|__twitter_impression|spm|at_\w+|pk_\w+|mtm_\w+)$",
    re.I,
)
_DATE_IN_PATH = re.compile(r"/(?:19|20)\d\d[/-](?:0?[1-9]|1[0-2])(?:[/-](?:0?[1-9]|[12]\d|3[01]))?/")
_LONG_SLUG = re.compile(r"/[^/]*[a-z0-9]+(?:[-_][a-z0-9]+){3,}[^/]*/?$", re.I)
_ID_IN_PATH = re.compile(r"(?:/|-|_|\.)\d{5,}(?:\.html?|/)?$")
_ARTICLE_FOLDER = re.compile(r"/(?:article|story|news|stories)s?/[^/]+", re.I)
_NOT_ARTICLE = re.compile(
    r"/(?:tag|tags|topic|topics|category|categories|section|author|authors|people|profile|search|archive|"
    r"archives|page|feed|rss|video|videos|gallery|galleries|photos?|podcasts?|live|login|signin|register|"
    r"subscribe|newsletters?|about|contact|privacy|terms|cookies?|advertis\w*|jobs|careers|shop|events?)(?:/|$)",
    re.I,
)
_MEDIA = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|mp[34]|m4a|mov|avi|webm|pdf|zip|gz|css|js|json|xml|woff2?|ttf)$", re.I
)


def normalize_url(url: str, base: str | None = None) -> str | None:
    """The one spelling of a page's URL: absolute (against ``base``), http or https only, scheme and
    host lower case, default port and fragment dropped, dot segments resolved, percent-encoding made
    uniform, tracking parameters removed (the other parameters keep their order). ``None`` for a URL
    that names no web page (``mailto:``, ``javascript:``, malformed)."""
    text = url.strip()
    try:  # (urljoin raises for a malformed URL too: "http://[::1")
        if base is not None:
            from urllib.parse import urljoin

            text = urljoin(base, text)
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme not in _DEFAULT_PORTS or not host:
        return None
    try:
        host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        host = host.lower()
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = quote(unquote(parts.path or "/"), safe="/:@!$&'()*+,;=-._~%")
    if path != "/":
        trailing = path.endswith("/")
        path = posixpath.normpath(path)
        path = "/" if path in (".", "//") else path.replace("//", "/")
        if trailing and not path.endswith("/"):
            path += "/"
    query = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(key)]
    return urlunsplit((scheme, netloc, path, urlencode(query, quote_via=quote, safe="/:@!$'()*+,;=-._~"), ""))


def site_of(url: str) -> str | None:
    """The site a URL belongs to: its host without ``www.``."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.lower().removeprefix("www.") if host else None


def same_site(url: str, site: str) -> bool:
    """Whether ``url`` is on ``site`` or one of its subdomains (``news.example.org`` is on ``example.org``)."""
    host = site_of(url)
    return host is not None and (host == site or host.endswith("." + site))


def article_score(url: str) -> int:
    """How much a URL looks like an article's (higher first): a date in the path, a long slug or a long
    number; never for section, tag, author, search, media or service pages."""
    path = urlsplit(url).path
    if _MEDIA.search(path) or _NOT_ARTICLE.search(path) or path in ("", "/"):
        return -1
    score = 0
    if _DATE_IN_PATH.search(path):
        score += 2
    if _LONG_SLUG.search(path):
        score += 2
    if _ID_IN_PATH.search(path):
        score += 2
    if _ARTICLE_FOLDER.search(path):
        score += 1
    return score


def is_article_like(url: str) -> bool:
    return article_score(url) >= 2
