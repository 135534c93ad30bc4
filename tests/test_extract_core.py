"""The extraction core on small handwritten pages, one behaviour each."""

from __future__ import annotations

import time

import pytest

import copydesk
from copydesk.extract.decode import decode_html, sniff_binary

PROSE = [
    "The town council voted on Tuesday to rebuild the old harbour wall before the winter storms arrive.",
    "Engineers had warned for three years that the stone facing was coming loose in several places.",
    "The work will cost about two million pounds, most of it paid by a grant from the coastal fund.",
    "Residents who live along the quay will be offered temporary parking while the cranes are on site.",
]


def page(body: str, head: str = "") -> str:
    return (
        f"<html><head><title>Harbour wall to be rebuilt | The Quay Post</title>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
        f"{body}<footer><a href='/terms'>Terms</a> <a href='/privacy'>Privacy</a></footer></body></html>"
    )


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def test_body_split_by_a_newsletter_box_is_kept_whole() -> None:
    body = (
        "<article><h1>Harbour wall to be rebuilt</h1>"
        f"<div class='body-part'>{paragraphs(PROSE[:2])}</div>"
        "<div class='newsletter-signup'><p>Get the Quay Post in your inbox every morning. Sign up now.</p>"
        "<form><input type='email'></form></div>"
        f"<div class='body-part'>{paragraphs(PROSE[2:])}</div></article>"
    )
    article = copydesk.extract(page(body))
    assert article.kind == "article"
    assert [block.text for block in article.blocks] == PROSE


def test_comment_thread_longer_than_the_article_is_left_out() -> None:
    comments = "".join(
        f"<li class='comment'><p>I have lived on the quay for {n} years and I think the council is "
        f"wasting money again, as it did with the bridge, the library and the bus station.</p></li>"
        for n in range(10, 30)
    )
    body = f"<article>{paragraphs(PROSE)}</article><section id='comments'><ol>{comments}</ol></section>"
    article = copydesk.extract(page(body))
    assert article.text == "\n\n".join(PROSE)


def test_related_teasers_after_the_story_are_left_out() -> None:
    teasers = "".join(
        f"<li><a href='/s{n}'>Ferry timetable changes for the winter season {n}</a>"
        f"<span>Operators cut two sailings a day from November.</span></li>"
        for n in range(6)
    )
    body = f"<main><article>{paragraphs(PROSE)}</article><div><ul>{teasers}</ul></div></main>"
    article = copydesk.extract(page(body))
    assert "Ferry timetable" not in article.text
    assert article.text == "\n\n".join(PROSE)


def test_section_front_is_a_listing_without_a_body() -> None:
    teasers = "".join(
        f"<article class='card'><h3><a href='/n{n}'>Lifeboat crew rescues walkers cut off by tide {n}</a></h3>"
        f"<p>Volunteers were called out twice on Sunday.</p></article>"
        for n in range(20)
    )
    article = copydesk.extract(page(f"<main><h1>News</h1><section>{teasers}</section></main>"))
    assert article.kind == "listing"
    assert article.blocks == ()


def test_headline_byline_share_bar_and_credit_are_not_body() -> None:
    body = (
        "<article><h1>Harbour wall to be rebuilt</h1><p class='byline'>By Morwenna Example</p>"
        "<ul class='share-tools'><li><a href='#'>Share on Facebook</a></li><li><a href='#'>Email</a></li></ul>"
        "<figure><img src='wall.jpg'><figcaption>The wall in 1910. Photograph: Quay Archive</figcaption></figure>"
        f"{paragraphs(PROSE)}<p>Advertisement</p></article>"
    )
    article = copydesk.extract(page(body))
    assert article.title == "Harbour wall to be rebuilt"
    assert article.text == "\n\n".join(PROSE)


def test_a_paragraph_ending_with_the_agencys_mark_is_the_storys_a_rights_line_is_not() -> None:
    # AFP's Japanese paragraphs end with its mark: short in characters, but sentences of the story
    last = (
        "港湾局の担当者は「工事は来年の春までに終わる見込みだ」と述べ、周辺の住民に理解を求めた。(c)AFP/Hanako Example"
    )
    rights = [
        "© 2024 The Quay Post. All rights reserved.",
        "Photo: Quay Archive (c) 1910",
        "Reproduction in whole or in part without written permission is prohibited. © 2024 The Quay Post",
        "This article is republished from The Conversation under a Creative Commons licence. (c) The Conversation",
        "All material on this website is the property of Quay Media Group (QMG) © 2024",
    ]
    body = f"<article>{paragraphs([*PROSE, last, *rights])}</article>"
    article = copydesk.extract(page(body))
    assert article.text == "\n\n".join([*PROSE, last])


def test_pull_quote_is_not_repeated_but_repeated_paragraphs_are_kept() -> None:
    quote = PROSE[1]
    body = (
        f"<article>{paragraphs(PROSE[:2])}<aside class='pullquote'><blockquote>{quote}</blockquote></aside>"
        f"{paragraphs(PROSE[2:])}</article>"
    )
    assert copydesk.extract(page(body)).text.count(quote) == 1


def test_data_table_is_one_block_with_rows_and_cells() -> None:
    table = (
        "<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2024</td><td>1.2m</td></tr>"
        "<tr><td>2025</td><td>0.8m</td></tr></table>"
    )
    article = copydesk.extract(page(f"<article>{paragraphs(PROSE[:2])}{table}{paragraphs(PROSE[2:])}</article>"))
    tables = [block for block in article.blocks if block.kind == "table"]
    assert [block.text for block in tables] == ["Year | Cost\n2024 | 1.2m\n2025 | 0.8m"]


def test_block_kinds_and_markdown() -> None:
    body = (
        f"<article>{paragraphs(PROSE[:2])}<h2>What happens next</h2>"
        "<ul><li>Surveys in January</li><li>Cranes arrive in March</li></ul>"
        f"<blockquote><p>{PROSE[2]}</p></blockquote><pre>  wall: 140 m\n  height: 6 m</pre>{paragraphs(PROSE[3:])}"
        "</article>"
    )
    article = copydesk.extract(page(body))
    kinds = [block.kind for block in article.blocks]
    assert kinds == [
        "paragraph",
        "paragraph",
        "heading",
        "list_item",
        "list_item",
        "quote",
        "preformatted",
        "paragraph",
    ]
    assert "## What happens next" in article.markdown
    assert "- Surveys in January\n- Cranes arrive in March\n\n> " in article.markdown
    assert "  wall: 140 m\n  height: 6 m" in article.text


def test_page_opening_with_many_comments_is_quick() -> None:
    head = "<!-- x -->" * 5000 + "<!--?xml version='1.0'?-->"
    started = time.perf_counter()
    article = copydesk.extract(head + page(f"<article>{paragraphs(PROSE)}</article>"))
    assert time.perf_counter() - started < 10  # a guard against runaway regexes, not a benchmark
    assert article.text == "\n\n".join(PROSE)


def test_decoding_order_bom_http_meta_then_detection() -> None:
    text = "<meta charset='iso-8859-1'><p>Caf\u00e9 cr\u00e8me \u2014 \u00a33</p>"
    assert decode_html(b"\xef\xbb\xbf" + text.encode("utf-8")) == text  # BOM beats the meta
    assert decode_html(text.encode("utf-8"), http_charset="utf-8") == text  # header beats the meta
    assert decode_html(text.encode("cp1252")) == text  # latin-1 label means windows-1252
    assert "\ufffd" not in decode_html(text.replace("iso-8859-1", "utf-8").encode("cp1252"))


def test_binary_input_is_recognised_and_gives_an_empty_article() -> None:
    assert sniff_binary(b"%PDF-1.7\n...") == "a PDF document"
    assert sniff_binary(b"<html><body><p>text</p></body></html>") is None
    assert copydesk.extract(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20).kind == "empty"


def test_language_is_detected_when_markup_is_silent() -> None:
    german = [
        "Der Gemeinderat hat am Dienstag beschlossen, die alte Hafenmauer vor den Winterstürmen zu erneuern.",
        "Die Ingenieure hatten seit drei Jahren gewarnt, dass sich die Steinverkleidung an mehreren Stellen löst.",
    ]
    assert copydesk.extract(page(f"<article>{paragraphs(german)}</article>")).language == "de"


MULTILINGUAL = {
    "ar": [
        "قرر المجلس البلدي يوم الثلاثاء إعادة بناء سور الميناء القديم قبل وصول عواصف الشتاء، بعد سنوات من التحذيرات.",
        "وقال المهندسون إن الحجارة بدأت تتساقط في عدة أماكن، وإن الإصلاح لم يعد يحتمل التأجيل.",
        "وستبلغ كلفة الأشغال نحو مليوني دينار، تدفع معظمها منحة من صندوق حماية السواحل.",
    ],
    "hi": [
        "नगर परिषद ने मंगलवार को सर्दियों के तूफ़ानों से पहले पुरानी बंदरगाह दीवार को फिर से बनाने का फ़ैसला किया।",
        "इंजीनियरों ने तीन साल पहले ही चेतावनी दी थी कि दीवार के पत्थर कई जगहों पर ढीले हो रहे हैं।",
        "काम पर लगभग बीस लाख रुपये ख़र्च होंगे, जिसका अधिकांश हिस्सा तटीय कोष से आएगा।",
    ],
    "th": [
        "สภาเมืองมีมติเมื่อวันอังคารให้สร้างกำแพงท่าเรือเก่าขึ้นใหม่ก่อนที่พายุฤดูหนาวจะมาถึง หลังจากมีการเตือนมาหลายปี",
        "วิศวกรกล่าวว่าหินที่ผนังเริ่มหลุดร่วงในหลายจุด และการซ่อมแซมไม่ควรเลื่อนออกไปอีกแล้ว",
        "ค่าใช้จ่ายของงานนี้อยู่ที่ประมาณสองล้านบาท ซึ่งส่วนใหญ่มาจากกองทุนคุ้มครองชายฝั่ง",
    ],
    "ja": [
        "市議会は火曜日、冬の嵐が来る前に古い港の防波堤を建て直すことを決めた。技術者は三年前から危険を指摘していた。",
        "石の表面が何か所もはがれ始めており、これ以上修理を先送りできないという。",
        "工事費は約二億円で、その大部分は沿岸保全基金の補助金でまかなわれる。住民には臨時の駐車場が用意される。",
    ],
    "ru": [
        "Городской совет во вторник решил восстановить старую стену гавани до начала зимних штормов.",
        "Инженеры три года предупреждали, что каменная облицовка осыпается сразу в нескольких местах.",
        "Работы обойдутся примерно в два миллиона рублей, большую часть оплатит фонд защиты побережья.",
    ],
}


@pytest.mark.parametrize("language", sorted(MULTILINGUAL))
def test_articles_in_other_scripts(language: str) -> None:
    texts = MULTILINGUAL[language]
    related = "".join(f"<li><a href='/r{n}'>{texts[0][:40]} {n}</a></li>" for n in range(5))
    article = copydesk.extract(page(f"<article>{paragraphs(texts)}</article><aside><ul>{related}</ul></aside>"))
    assert article.kind == "article"
    assert [block.text for block in article.blocks] == texts
    assert article.language == language


def test_short_headline_loses_the_site_name_of_the_title() -> None:
    html = (
        "<html><head><title>Harbour wall rebuilt - The Quay Post</title></head><body>"
        f"<h1>Harbour wall rebuilt</h1>{paragraphs(PROSE)}</body></html>"
    )
    assert copydesk.extract(html).title == "Harbour wall rebuilt"


def test_double_line_breaks_separate_paragraphs_and_short_sentences_count() -> None:
    body = "<br>\n<br>".join(PROSE) + "<br>Tel. 01632 960000"
    article = copydesk.extract(page(f"<div class='story'>{body}</div>"))
    texts = [block.text for block in article.blocks]
    assert texts[:3] == PROSE[:3]
    assert texts[3] == PROSE[3] + " Tel. 01632 960000"  # one <br> is a line break inside a paragraph
    short = ["Police were called at 2am.", "Two men were arrested.", "A third fled on foot.", "The road reopened."]
    assert copydesk.extract(page(f"<article>{paragraphs(short)}</article>")).text == "\n\n".join(short)


STORY_PARAGRAPH = "<p>This is a long paragraph of the story number {}, with plenty of words in it to keep.</p>"


def _story_page(middle: str = "", paragraphs: int = 20) -> str:
    half = paragraphs // 2
    first = "".join(STORY_PARAGRAPH.format(i) for i in range(half))
    last = "".join(STORY_PARAGRAPH.format(i) for i in range(half, paragraphs))
    return f"<html><head><title>Story</title></head><body><article>{first}{middle}{last}</article></body></html>"


@pytest.mark.parametrize("charset", ["punycode", "unicode_escape", "utf-7", "idna", "raw_unicode_escape", "utf\x00-8"])
def test_a_charset_no_page_is_written_in_is_ignored(charset: str) -> None:
    page = f"<html><meta charset={charset}><body><p>Path C:\\temp\\new and a story.</p>".encode() + b"-ab" * 200_000
    started = time.perf_counter()
    article = copydesk.extract(page, http_charset=charset)
    assert time.perf_counter() - started < 10  # (punycode took minutes on such a page)
    assert "C:\\temp\\new" in article.text


def test_a_lone_surrogate_in_a_str_page_loses_nothing_after_it() -> None:
    page = _story_page().replace("story number 0,", "story number 0\ud83d,").replace("Story", "St\udc80ory")
    article = copydesk.extract(page)
    assert len(article.blocks) == 20
    assert article.title == "St\ufffdory"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_a_page_in_utf16_or_utf32_without_its_bom_is_read_as_its_header_says(encoding: str) -> None:
    page = _story_page(paragraphs=4).encode(encoding)
    assert sniff_binary(page, encoding) is None
    article = copydesk.extract(page, http_charset=encoding)
    assert article.kind == "article"
    assert len(article.blocks) == 4


@pytest.mark.parametrize("depth", [255, 1000, 5000])
def test_deep_nesting_loses_no_paragraph_after_it(depth: int) -> None:
    article = copydesk.extract(_story_page("<div>" * depth + "deep widget" + "</div>" * depth))
    assert sum(1 for block in article.blocks if "story number" in block.text) == 20


def test_a_text_node_over_ten_megabytes_loses_no_other_paragraph() -> None:
    page = "<html><body><p>" + "word " * 2_100_000 + "</p><p>The second paragraph of the story stays.</p></body></html>"
    article = copydesk.extract(page)
    assert any(block.text == "The second paragraph of the story stays." for block in article.blocks)


def test_a_flood_of_attributes_on_one_tag_is_parsed_quickly() -> None:
    flood = "<div " + " ".join(f"a{i}={i}" for i in range(100_000)) + ">"
    started = time.perf_counter()
    article = copydesk.extract(_story_page(flood + "widget</div>"))
    assert time.perf_counter() - started < 10  # (quadratic in libxml2: some 15 s before)
    assert sum(1 for block in article.blocks if "story number" in block.text) == 20
