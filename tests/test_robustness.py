"""extract() on hostile, broken and odd inputs: it must return an Article, never raise or hang.

Time limits here are generous guards against runaway behaviour (quadratic loops, recursion),
not benchmarks.
"""

from __future__ import annotations

import json
import random
import time
import unicodedata

import pytest

from copydesk import Article, extract

GUARD_S = 30.0
TITLE = "Pengarrow Bakery named best in Northshire"
STORY = (
    "The Pengarrow Bakery on Fore Street has been named the best independent bakery in Northshire, "
    "beating forty-one other entries in a competition judged by a panel of chefs, millers and regular "
    "customers.",
    "Owner Hester Lanyon, who took over the business from her father in 2011, said the award belonged "
    "to the whole team. Her four staff start work at half past three every morning so that the first "
    "loaves are on the shelves by seven.",
    "The judges singled out the bakery's saffron buns and a sourdough made with flour from a watermill "
    "on the Lanner river, which was restored by volunteers a decade ago and now grinds about two tonnes "
    "of grain a month.",
    "Customers queued along the pavement on Saturday morning after the result was announced on local "
    "radio. Several said they had been buying bread there for more than thirty years and were delighted "
    "that the shop had finally been recognised.",
    "Lanyon said the prize money of 1,500 pounds would go towards a second oven, which should allow the "
    "bakery to open on Sundays during the summer season for the first time since it opened in 1964.",
)


def normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def article_page(*extra: str, head: str = '<meta charset="utf-8">', title: str = TITLE) -> str:
    """A small but complete news page: the story with ``extra`` paragraphs after its second one."""
    paragraphs = [*STORY[:2], *extra, *STORY[2:]]
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
{head}
<title>{title} | Northshire Weekly</title>
</head>
<body>
<header><a href="/">Northshire Weekly</a>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/food">Food</a>
<a href="/jobs">Jobs</a></nav>
</header>
<main>
<article>
<h1>{title}</h1>
<p class="byline">By Ada Fictional</p>
<div class="article-body">
{body}
</div>
</article>
</main>
<footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <p>Northshire Weekly Ltd 2025</p></footer>
</body>
</html>
"""


def extract_within(data: str | bytes, guard_s: float = GUARD_S) -> Article:
    """Run extract(), check the time guard and the invariants every result must hold."""
    started = time.perf_counter()
    article = extract(data, url="https://weekly.example/news/item")
    elapsed = time.perf_counter() - started
    assert elapsed < guard_s, f"extract() took {elapsed:.1f} s"
    assert isinstance(article, Article)
    assert article.kind in ("article", "listing", "empty")
    assert "\x00" not in article.text
    article.text.encode("utf-8")  # no lone surrogates
    json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")
    if article.kind == "empty":
        assert article.blocks == ()
    return article


def assert_story_kept(article: Article) -> None:
    assert article.kind == "article"
    text = normalise(article.text)
    for paragraph in STORY:
        assert normalise(paragraph) in text, paragraph


def test_the_plain_page_is_an_article() -> None:
    # The baseline every other test in this file varies.
    article = extract_within(article_page().encode("utf-8"))
    assert_story_kept(article)
    assert article.title == TITLE


# --- nothing at all ------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", ""], ids=["bytes", "str"])
def test_empty_input(data: str | bytes) -> None:
    article = extract_within(data)
    assert article.kind == "empty"
    assert article.text == ""


@pytest.mark.parametrize(
    "data",
    [b"   \n\t \r\n  ", "   \n\n\t  ", "\u00a0\u2003\n", b"\xef\xbb\xbf  \n"],
    ids=["bytes", "str", "unicode-spaces", "bom-and-spaces"],
)
def test_whitespace_only(data: str | bytes) -> None:
    article = extract_within(data)
    assert article.kind == "empty"
    assert article.text == ""


# --- not HTML at all -----------------------------------------------------------------------------


def test_random_binary_blob_is_not_an_article() -> None:
    blob = random.Random(0).randbytes(100_000)
    article = extract_within(blob)
    assert article.kind != "article"


def test_png_header_and_junk_is_not_an_article() -> None:
    png = (
        b"\x89PNG\r\n\x1a\n"
        + b"\x00\x00\x00\rIHDR\x00\x00\x04\x00\x00\x00\x03\x00\x08\x06\x00\x00\x00\x9a\x8b\x1c\x0e"
        + b"\x00\x00 \x00IDATx\x9c"
        + random.Random(1).randbytes(40_000)
        + b"\x00\x00\x00\x00IEND\xaeB`\x82"
    )
    article = extract_within(png)
    assert article.kind != "article"


def test_rss_feed_passed_as_html_is_not_an_article() -> None:
    items = "".join(
        f"""<item>
  <title>{headline}</title>
  <link>https://weekly.example/news/{n}</link>
  <description>{summary}</description>
  <pubDate>Mon, 0{n} Sep 2025 09:00:00 +0100</pubDate>
  <guid isPermaLink="true">https://weekly.example/news/{n}</guid>
</item>
"""
        for n, (headline, summary) in enumerate(
            [
                ("Harbour market returns for the winter", "Thirty stalls will trade every Saturday."),
                ("Lifeboat launched twice in one night", "Crews helped a yacht and a stranded walker."),
                ("New bus timetable for the Lanner valley", "Services will run hourly from October."),
            ],
            start=1,
        )
    )
    feed = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Northshire Weekly: News</title>
<link>https://weekly.example/news</link>
<description>The latest news from Northshire</description>
<atom:link href="https://weekly.example/news/rss" rel="self" type="application/rss+xml"/>
{items}</channel>
</rss>
"""
    article = extract_within(feed.encode("utf-8"))
    assert article.kind != "article"


# --- encodings -----------------------------------------------------------------------------------


def test_invalid_utf8_bytes_inside_a_valid_page() -> None:
    page = article_page(
        "Before the glitch the caf\u00e9 next to the bakery was full of people waiting for the first "
        "batch of saffron buns. @@GLITCH@@ After the glitch everyone went home with a paper bag "
        "of warm rolls."
    ).encode("utf-8")
    page = page.replace(b"@@GLITCH@@", b"\xff\xfe\xc3( \x80\xbf")
    article = extract_within(page)
    assert_story_kept(article)
    text = article.text
    assert "Before the glitch the café next to the bakery was full" in text
    assert "After the glitch everyone went home with a paper bag of warm rolls." in normalise(text)


def test_declared_utf8_but_encoded_cp1252() -> None:
    page = article_page(
        "At the café next door a whole saffron cake costs £20 \u2014 and regulars say they don\u2019t mind."
    ).encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        page.decode("utf-8")
    article = extract_within(page)
    assert_story_kept(article)
    text = article.text
    assert "café" in text
    assert "£20" in text
    assert "don\u2019t mind" in text
    assert "\ufffd" not in text


def test_utf8_bom_beats_a_conflicting_meta_charset() -> None:
    special = "The menu at Café Süßholz lists crème brûlée, smørrebrød and jalapeño poppers."
    page = article_page(special, head='<meta charset="iso-8859-1">', title="Café Süßholz opens on Quay Hill")
    article = extract_within(b"\xef\xbb\xbf" + page.encode("utf-8"))
    assert article.kind == "article"
    assert special in article.text
    assert "Ã" not in article.text
    assert article.title == "Café Süßholz opens on Quay Hill"


def test_mojibake_in_the_source_is_repaired() -> None:
    # The publisher's CMS stored UTF-8 read as cp1252: the page itself is valid UTF-8.
    page = article_page(
        "Regulars say they donâ€™t mind the queues outside the cafÃ© at all, because the wait gives "
        "them time to catch up with neighbours they might not otherwise see during the week."
    )
    article = extract_within(page.encode("utf-8"))
    assert article.kind == "article"
    assert "don’t mind the queues" in article.text
    assert "café" in article.text
    assert "â€" not in article.text


def test_str_with_xml_encoding_declaration() -> None:
    # lxml refuses str input that carries an encoding declaration unless the caller handles it.
    page = article_page().replace(
        '<!DOCTYPE html>\n<html lang="en-GB">',
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en-GB">',
    )
    assert page.startswith("<?xml")
    article = extract_within(page)
    assert_story_kept(article)
    assert article.title == TITLE


def test_bytes_with_xml_encoding_declaration() -> None:
    page = '<?xml version="1.0" encoding="iso-8859-1"?>\n' + article_page(
        "Früh am Morgen: the Bäckerei in Grünhagen sent a cake.", head=""
    )
    article = extract_within(page.encode("latin-1"))
    assert_story_kept(article)
    assert "Früh am Morgen: the Bäckerei in Grünhagen sent a cake." in article.text


# --- broken markup and control characters -------------------------------------------------------


def test_unclosed_and_misnested_tags() -> None:
    page = b"""<html><head><title>Harbour market returns | Northshire Weekly<body>
<div id="content"><h1>Harbour market returns for the winter
<p>The Saturday market on the harbour front will return next month with <b>thirty <i>stalls</b> selling</i>
local produce, crafts and hot food, after a summer break caused by the repairs to the quay wall.
<p>Organiser Jory Penrose said the number of traders had <span>doubled since last year, and that a
waiting list had been opened for the first time since the market began in 2009.
<div><p>Stallholders pay <a href="/fees">a small fee</a> which covers the cost of lighting, insurance and
the hire of the gazebos that line the harbour front on market days</div></span></b>
<p>The market will run from 9am until 2pm every Saturday until the end of March, weather permitting,
with a late-night Christmas market planned for the second Friday in December.</td></tr></table>
<p>Parking will be free in the Quay car park for the first two hours&nbsp;on market days&amp that
the council hopes will bring more shoppers into the town centre.</font></center><<p>
<p>Traders said the winter market had become an important part of their income since 2020
"""
    article = extract_within(page)
    assert article.kind == "article"
    text = normalise(article.text)
    for phrase in (
        "thirty stalls selling local produce",
        "Organiser Jory Penrose said the number of traders had doubled since last year",
        "Stallholders pay a small fee which covers the cost of lighting",
        "The market will run from 9am until 2pm every Saturday",
        "Parking will be free in the Quay car park",
        "an important part of their income since 2020",
    ):
        assert phrase in text, phrase


@pytest.mark.parametrize("as_bytes", [True, False], ids=["bytes", "str"])
def test_nul_characters_in_text(as_bytes: bool) -> None:
    page = article_page("The harbour master rang the bell twice.\x00 Then the boats went out together.")
    article = extract_within(page.encode("utf-8") if as_bytes else page)
    assert_story_kept(article)  # the NUL must not cut the page short
    text = article.text
    assert "The harbour master rang the bell twice." in text
    assert "Then the boats went out together." in text


# --- size and depth ------------------------------------------------------------------------------


@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
def test_ten_thousand_nested_elements(as_bytes: bool) -> None:
    deep = "deep text at the bottom of ten thousand wrappers, still readable by the extractor"
    page = "<div>" * 10_000 + f"<p>{deep}</p>" + "</div>" * 10_000
    article = extract_within(page.encode("utf-8") if as_bytes else page)
    assert article.kind == "empty" or deep in article.text


def test_fifty_megabyte_page() -> None:
    rng = random.Random(50)
    words = [
        *("harbour", "tide", "council", "ferry", "bakery", "market", "quay", "wall", "storm", "lifeboat"),
        *("river", "mill", "school", "bus", "road", "budget", "meeting", "residents", "volunteers"),
        *("weekend", "morning", "evening", "winter", "summer", "coast", "cliff", "beach", "village"),
        *("town", "county", "report", "survey", "plan", "scheme", "repair", "museum", "festival"),
    ]
    sentences = [" ".join(rng.choice(words) for _ in range(rng.randint(8, 18))).capitalize() + "." for _ in range(500)]
    lead = "The opening paragraph of the longest report Northshire Weekly has ever published."
    parts = [article_page(lead).split("<p>" + STORY[2], 1)[0]]
    size = len(parts[0])
    number = 0
    while size < 50_000_000:
        number += 1
        paragraph = f"<p>Section {number}. {' '.join(rng.choices(sentences, k=6))}</p>\n"
        parts.append(paragraph)
        size += len(paragraph)
    parts.append("</div></article></main></body></html>")
    page = "".join(parts).encode("utf-8")
    assert len(page) >= 50_000_000

    article = extract_within(page, guard_s=60.0)
    assert article.kind == "article"
    assert lead in article.text
    assert len(article.text) > 100_000


def test_one_megabyte_word() -> None:
    word = "Pengarrow" * 111_112
    assert len(word) > 1_000_000
    article = extract_within(article_page(word).encode("utf-8"))
    assert_story_kept(article)


# --- pages without content -----------------------------------------------------------------------


def test_frameset_only() -> None:
    page = b"""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd">
<html><head><title>Northshire Weekly</title></head>
<frameset rows="90,*">
  <frame src="/top.html" name="top" scrolling="no">
  <frameset cols="200,*">
    <frame src="/menu.html" name="menu">
    <frame src="/news/index.html" name="main">
  </frameset>
</frameset>
</html>
"""
    article = extract_within(page)
    assert article.kind == "empty"
    assert article.text == ""


def test_scripts_and_styles_only() -> None:
    page = b"""<!DOCTYPE html>
<html><head><title>Loading</title>
<style>body { font-family: Georgia, serif; } .article p { margin: 0 0 1em; line-height: 1.5; }</style>
<script>window.__STATE__ = {"story": "The council approved the harbour budget on Tuesday evening",
  "more": "after a long debate about the quay wall and the cost of repairing it."};</script>
</head>
<body>
<script>document.write('<p>' + window.__STATE__.story + '</p>');</script>
<script type="application/json" id="data">
{"related": ["Lifeboat launched twice in one night", "Harbour market returns"]}
</script>
<style>@media print { nav { display: none; } }</style>
</body></html>
"""
    article = extract_within(page)
    assert article.kind == "empty"
    assert "council approved" not in article.text
    assert "font-family" not in article.text
