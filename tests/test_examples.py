"""The hand-written example pages in ``examples/`` against their gold files.

Each article page in ``examples/pages`` has a gold file in ``examples/gold`` that lists every body
block a perfect extractor keeps (in reading order), the metadata it reports, and boilerplate strings
that appear on the page but must never reach the body. ``examples/README.md`` lists the traps.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from copydesk import Article, extract

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "examples" / "pages"
GOLD = ROOT / "examples" / "gold"
ARTICLE_PAGES = sorted(path.stem for path in GOLD.glob("*.json"))
SECTION_FRONT = "section-front"
ALL_PAGES = [*ARTICLE_PAGES, SECTION_FRONT]


def normalise(text: str) -> str:
    """NFC, every run of whitespace (NBSP and newlines included) as one space, trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


@functools.cache
def gold(name: str) -> dict[str, Any]:
    with (GOLD / f"{name}.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def page_bytes(name: str) -> bytes:
    return (PAGES / f"{name}.html").read_bytes()


@functools.cache
def extracted(name: str) -> Article:
    url = gold(name)["url"] if name in ARTICLE_PAGES else None
    return extract(page_bytes(name), url=url)


def body_text(name: str) -> str:
    return normalise(extracted(name).text)


def page_text(name: str) -> str:
    """Everything the page says, scripts included: for checking the gold files themselves."""
    encoding = gold(name).get("encoding", "utf-8") if name in ARTICLE_PAGES else "utf-8"
    tree = lxml.html.document_fromstring(page_bytes(name).decode(encoding))
    return normalise(tree.text_content())


def same_instant_or_date(got: str, want: str) -> bool:
    got_dt = datetime.fromisoformat(got)
    want_dt = datetime.fromisoformat(want)
    if got_dt.tzinfo is not None and want_dt.tzinfo is not None:
        return got_dt == want_dt
    return got_dt.date() == want_dt.date()


# --- the fixtures themselves (these pass whatever the extractor does) --------------------------


def test_there_are_five_article_pages() -> None:
    assert ARTICLE_PAGES == [
        "diario-elecciones",
        "harbour-gazette-flood",
        "kurier-prom",
        "minato-shinbun",
        "tageblatt-bahn",
    ]


@pytest.mark.parametrize("name", ALL_PAGES)
def test_page_size_is_realistic(name: str) -> None:
    assert 8_000 <= len(page_bytes(name)) <= 25_000


@pytest.mark.parametrize("name", ARTICLE_PAGES)
def test_gold_matches_its_page(name: str) -> None:
    data = gold(name)
    text = page_text(name)
    paragraphs = [normalise(p) for p in data["paragraphs"]]
    for paragraph in data["paragraphs"]:
        # A table's gold text joins cells with " | ": each cell must be on the page.
        for piece in paragraph.replace("\n", " | ").split(" | "):
            assert normalise(piece) in text, f"gold text not on the page: {piece!r}"
    assert len(data["must_not_contain"]) >= 15
    for boilerplate in data["must_not_contain"]:
        assert normalise(boilerplate) in text, f"boilerplate string not on the page: {boilerplate!r}"
        clashes = [p for p in paragraphs if normalise(boilerplate) in p]
        assert not clashes, f"{boilerplate!r} is also part of the gold body: {clashes}"
    for sentence in data.get("appears_once", []):
        assert text.count(normalise(sentence)) >= 2, "the repeated sentence should be on the page twice"
        assert sum(p.count(normalise(sentence)) for p in paragraphs) == 1


# --- the extractor against the gold -------------------------------------------------------------


@pytest.mark.parametrize("name", ARTICLE_PAGES)
def test_kind_is_article(name: str) -> None:
    assert extracted(name).kind == "article"


@pytest.mark.parametrize("name", ARTICLE_PAGES)
def test_every_gold_block_in_order(name: str) -> None:
    text = body_text(name)
    position = 0
    for paragraph in gold(name)["paragraphs"]:
        wanted = normalise(paragraph)
        found = text.find(wanted, position)
        if found < 0:
            where = "out of order" if wanted in text else "missing"
            pytest.fail(f"{name}: gold block {where}: {wanted[:120]!r}\n--- extracted text ---\n{text}")
        position = found + len(wanted)


@pytest.mark.parametrize("name", ARTICLE_PAGES)
def test_no_boilerplate_in_body(name: str) -> None:
    text = body_text(name)
    leaked = [b for b in gold(name)["must_not_contain"] if normalise(b) in text]
    assert not leaked, f"{name}: boilerplate in the body: {leaked}"


@pytest.mark.parametrize(
    ("name", "sentence"),
    [(name, sentence) for name in ARTICLE_PAGES for sentence in gold(name).get("appears_once", [])],
)
def test_pull_quote_sentence_appears_once(name: str, sentence: str) -> None:
    assert body_text(name).count(normalise(sentence)) == 1


@pytest.mark.parametrize("name", ARTICLE_PAGES)
def test_title(name: str) -> None:
    title = extracted(name).title
    assert title is not None
    assert normalise(title) == normalise(gold(name)["title"])


@pytest.mark.parametrize("name", ARTICLE_PAGES)
def test_authors(name: str) -> None:
    assert list(extracted(name).authors) == gold(name)["authors"]


@pytest.mark.parametrize("name", ARTICLE_PAGES)
def test_language(name: str) -> None:
    assert extracted(name).language == gold(name)["language"]


@pytest.mark.parametrize("name", ARTICLE_PAGES)
def test_published(name: str) -> None:
    published = extracted(name).published
    assert published is not None
    assert same_instant_or_date(published, gold(name)["published"]), published


@pytest.mark.parametrize("name", [name for name in ARTICLE_PAGES if "description" in gold(name)])
def test_description_is_the_standfirst(name: str) -> None:
    description = extracted(name).description
    assert description is not None
    assert normalise(description) == normalise(gold(name)["description"])


def test_results_table_is_one_table_block() -> None:
    article = extracted("diario-elecciones")
    tables = [normalise(block.text) for block in article.blocks if block.kind == "table"]
    assert [normalise(table) for table in gold("diario-elecciones")["tables"]] == tables


def test_second_body_container_after_newsletter_is_kept() -> None:
    # Only the first container carries itemprop="articleBody"; the story goes on after the box.
    text = body_text("diario-elecciones")
    assert "Noelia Barrachina" in text
    assert "será proclamado alcalde el cabeza de la lista más votada" in text


def test_embedded_tweet_text_is_kept() -> None:
    article = extracted("diario-elecciones")
    tweet = "Hoy los vecinos han hablado alto y claro"
    assert any(tweet in block.text for block in article.blocks)


def test_link_heavy_paragraph_is_kept() -> None:
    text = body_text("harbour-gazette-flood")
    assert "Read the council’s flood report, the Coastal Flood Service warning" in text


def test_section_front_is_not_an_article() -> None:
    article = extracted(SECTION_FRONT)
    assert article.kind != "article" or len(article.text) < 300, article.kind


def test_german_page_is_really_latin1_and_decodes() -> None:
    raw = page_bytes("tageblatt-bahn")
    assert b'<meta charset="iso-8859-1">' in raw
    assert "Fahrgäste".encode("latin-1") in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")

    article = extracted("tageblatt-bahn")
    text = article.text
    for word in ("Fahrgäste", "Straßenverkehr", "Großenweide", "Brücke", "Jörg Wendeborn", "15\u00a0€"):
        assert normalise(word) in normalise(text), word
    assert article.title is not None and "für fünf Monate" in article.title
    assert "Lena Brückner" in article.authors
    for damage in ("Ã", "\ufffd", "Â"):
        assert damage not in text
        assert damage not in article.title


def test_polish_page_is_really_latin2_declared_in_http_equiv() -> None:
    raw = page_bytes("kurier-prom")
    assert b'content="text/html; charset=iso-8859-2"' in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert "Wyspę Mewią" in extracted("kurier-prom").title  # ę and ą are 0xEA and 0xB1 in ISO-8859-2


def test_japanese_page_is_really_shift_jis() -> None:
    raw = page_bytes("minato-shinbun")
    assert b'<meta charset="Shift_JIS">' in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert extracted("minato-shinbun").language == "ja"


@pytest.mark.parametrize("name", ARTICLE_PAGES)
def test_cleaning_a_pages_whole_text_keeps_the_article(name: str) -> None:
    """A page's visible text, menus, teasers and footer included, as a scraped text file holds it:
    ``copydesk.clean`` loses none of the article and removes much of the rest."""
    from copydesk import clean
    from copydesk.bench.clean_corpus import page_blocks

    article = clean("\n".join(page_blocks(page_bytes(name))), url=gold(name)["url"])
    body = normalise(article.text)
    lost = [p for p in gold(name)["paragraphs"] if normalise(p) not in body]
    assert not lost, f"{name}: article text lost: {lost}"
    left = [b for b in gold(name)["must_not_contain"] if normalise(b) in body]
    assert len(left) <= 0.6 * len(gold(name)["must_not_contain"]), f"{name}: boilerplate left: {left}"
    # the headline, under the site's header, menus and ticker, is found over the story (the German
    # page's kicker is in the headline's own line of text)
    assert article.title is not None and normalise(article.title).endswith(normalise(gold(name)["title"]))
    assert normalise(gold(name)["title"]) not in body
