"""Parsing and pruning of the HTML tree. Pure functions over lxml trees."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

from lxml import etree

from copydesk.surrogates import mend

# The tree type of every pure function here: lxml's plain elements, parsed without the Python
# class lookup of lxml.html, which costs a call per element visited.
Element = etree._Element
_STRING = etree.XPath("string()")

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True)
# For a page past libxml2's limits (nesting over 256 levels, a text node over 10 MB), which the parser above
# stops at, losing the rest of the page: it is parsed again with these lifted, then its nesting cut back.
_HUGE_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
MAX_DEPTH = 250  # levels of nesting kept: deeper, an element's descendants are flattened into its text


class EmptyDocument(ValueError):
    """The input holds no HTML element at all."""


class NotAPage(ValueError):
    """The input is a document of another kind (a feed)."""


_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.I)


def _is_feed(text: str) -> bool:
    """True when the first element, after comments and declarations, is a feed's root."""
    head = text[:4096].lstrip()
    while head.startswith(("<!", "<?")):
        end = head.find("-->") + 3 if head.startswith("<!--") else head.find(">") + 1
        if end <= 0:
            return False
        head = head[end:].lstrip()
    return bool(_FEED_ROOT.match(head))


_TITLE_OPEN = re.compile(r"<title\b[^>]*>", re.I)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.I)


def _close_title(text: str) -> str:
    """An unclosed ``<title>`` would swallow the whole page as its text: close it at the next tag."""
    opening = _TITLE_OPEN.search(text, 0, 100_000)
    if opening is None or _TITLE_CLOSE.search(text, opening.end()):
        return text
    end = text.find("<", opening.end())
    if end < 0:
        return text
    return text[:end] + "</title>" + text[end:]


def text_of(el: Element) -> str:
    """All the text inside an element, as a browser's textContent gives it."""
    return str(_STRING(el))


def parse_html(text: str) -> Element:
    """Parse a page into an lxml tree; control characters are dropped, an XML declaration ignored.

    Raises EmptyDocument when nothing parses. Nesting is bounded (:data:`MAX_DEPTH`), which bounds
    every later walk over the tree. Surrogates (a str cut inside an emoji) are mended first: libxml2 stops
    at one, dropping the rest of the page."""
    text = mend(_XML_DECLARATION.sub("", text, count=1))
    head = text[:4096]
    if head and len(_CONTROL.findall(head)) > len(head) // 20:
        raise EmptyDocument("the document is binary data, not HTML")
    if "\x00" in text:  # libxml2 would turn NUL into U+FFFD; other controls go with whitespace later
        text = text.replace("\x00", "")
    if not text.strip():
        raise EmptyDocument("the document is empty")
    if _is_feed(text):
        raise NotAPage("the document is an RSS or Atom feed, not a page")
    text = _close_title(_without_attribute_floods(text))
    try:
        doc = etree.fromstring(text, parser=_PARSER)
        if _past_limits(_PARSER):
            doc = etree.fromstring(text, parser=_HUGE_PARSER)
            for _ in range(FLATTEN_TRIES):  # nested past even the lifted limit: its commonest tag goes, text kept
                if not _past_limits(_HUGE_PARSER):
                    break
                text = _without_commonest_tag(text)
                doc = etree.fromstring(text, parser=_HUGE_PARSER)
            doc = _flattened(doc)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise EmptyDocument(str(error)) from error
    if doc is None:
        raise EmptyDocument("the document is empty")
    return doc


# A tag of this many characters or more is read for its attributes (a long one is mostly an inline image's data)
_LONG_TAG = re.compile(r"<([a-zA-Z][\w:-]*)(\s[^<>]{20000,})>")
MAX_ATTRIBUTES = 1000  # attributes of one element at most: libxml2 checks each against all the others


def _without_attribute_floods(text: str) -> str:
    """``text`` with the attributes of any tag that has more than :data:`MAX_ATTRIBUTES` dropped (a flood of
    them, which no page needs, takes libxml2 time quadratic in their number: hours for a few megabytes)."""
    if len(text) < 20000 or _LONG_TAG.search(text) is None:
        return text

    def bare(match: re.Match[str]) -> str:
        return f"<{match[1]}>" if match[2].count("=") > MAX_ATTRIBUTES else match[0]

    return _LONG_TAG.sub(bare, text)


FLATTEN_TRIES = 3
_OPENING_TAG = re.compile(r"<([a-zA-Z][\w-]*)")


def _past_limits(parser: etree.HTMLParser) -> bool:
    """Whether the last parse stopped at one of libxml2's limits, losing what followed."""
    return any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in parser.error_log)


def _without_commonest_tag(text: str) -> str:
    """``text`` without the tags (opening and closing) of its commonest element: those nested thousands deep."""
    name = Counter(match.lower() for match in _OPENING_TAG.findall(text)).most_common(1)[0][0]
    return re.sub(rf"</?{re.escape(name)}\b[^>]*>", " ", text, flags=re.IGNORECASE)


def _flattened(doc: Element | None) -> Element | None:
    """``doc`` with the descendants of each element at :data:`MAX_DEPTH` levels turned into its text (their
    text kept, their tags dropped), walked without recursion."""
    if doc is None:
        return None
    deepest: list[Element] = []
    depth = 0
    for event, element in etree.iterwalk(doc, events=("start", "end")):
        if event == "end":
            depth -= 1
            continue
        depth += 1
        if depth == MAX_DEPTH and len(element):
            deepest.append(element)
    for element in deepest:
        etree.strip_tags(element, "*")
    return doc


# Elements that never hold article text.
DROP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "canvas", "button", "select", "input", "textarea", "option", "nav", "aside", "link", "meta",
        "dialog", "video", "audio", "source", "track", "map", "head", "title", "frameset", "frame",
    }
)  # fmt: skip

# class / id vocabulary of page furniture, matched on the letter runs of the lower-cased names
# ("c-share-bar__item" -> c, share, bar, item), on two adjacent runs joined ("read-more" -> readmore)
# and, for the words in _FURNITURE_PREFIXES, on the start of a run ("PromoSmall" -> promosmall).
_FURNITURE_WORDS = frozenset(
    [
        "share",
        "sharing",
        "sharebar",
        "social",
        "socials",
        "sociallinks",
        "related",
        "subscribe",
        "subscription",
        "signup",
        "ad",
        "ads",
        "adslot",
        "adunit",
        "adcontainer",
        "sidebar",
        "consent",
        "gdpr",
        "popup",
        "modal",
        "overlay",
        "breadcrumb",
        "breadcrumbs",
        "pagination",
        "pager",
        "tags",
        "taglist",
        "topicslist",
        "authorbio",
        "bio",
        "masthead",
        "navbar",
        "menu",
        "toolbar",
        "skiplink",
        "outbrain",
        "taboola",
        "mostread",
        "mostpopular",
        "popular",
        "trending",
        "readmore",
        "morestories",
        "upsell",
        "login",
        "rating",
        "promoted",
        "nextarticle",
        "prevarticle",
        "printonly",
        "visuallyhidden",
        "sronly",
        "byline",
        "dateline",
        "timestamp",
        "credit",
        "credits",
        "copyright",
        "footer",
        "siteheader",
        "jumplink",
        "caption",
        "captions",
        "lightbox",
        "slide",
        "slides",
        "paywallteaser",
        "paywallpromo",
        "paywallprompt",
        "paywallcta",
        "paywallbanner",
        "paywallnotice",
        "paywallmessage",
        "paywalloffer",
    ]
)
_FURNITURE_PREFIXES = (
    "recommend", "newsletter", "promo", "advert", "sponsor", "widget", "cookie", "donat", "recirc", "screenreader",
)  # fmt: skip
# Comment threads and picture galleries can outweigh the article they sit beside (fifty slides of
# captions), so their names count whatever their size.
_STRONG_WORDS = frozenset(
    ["comment", "comments", "commentlist", "disqus", "respond", "replies", "gallery", "slideshow", "carousel"]
)
_LETTER_RUNS = re.compile(r"[a-z]+")
_EMBEDDED = re.compile(
    r"tweet|instagram-media|tiktok-embed|social-?(?:media-?)?embed|embed-?(?:twitter|instagram|social)"
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "dialog", "alert", "search"})


def furniture_name(class_: str, id_: str, role: str | None) -> int:
    """2 when an element's class or id names a comment thread or a gallery, 1 when class, id or role names other
    page furniture (menus, share bars, promos...), 0 otherwise."""
    if role in _FURNITURE_ROLES:
        return 1
    if not class_ and not id_:
        return 0
    return _name_kind(class_ + " " + id_)


@lru_cache(maxsize=8192)
def _name_kind(names: str) -> int:
    # Pages repeat the same class names many times; the answer depends on the string alone.
    names = names.lower()
    runs = _LETTER_RUNS.findall(names)
    words = set(runs)
    words.update(first + second for first, second in itertools.pairwise(runs))
    if not words.isdisjoint(_STRONG_WORDS):
        return 2
    furniture = not words.isdisjoint(_FURNITURE_WORDS) or any(run.startswith(_FURNITURE_PREFIXES) for run in runs)
    if furniture and _EMBEDDED.search(names.replace("_", "-")):
        return 0  # a post embedded in the story ("social-media-embed", "twitter-tweet") is part of it
    return 1 if furniture else 0


def is_hidden(attrs: Mapping[str, str]) -> bool:
    """True for elements that browsers do not show."""
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))
