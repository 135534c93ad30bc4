"""The header's credits of records in many languages: a headline that quotes, names without "By" (with
their label, their place, of scripts without capitals), and what no name is. All records invented."""

from __future__ import annotations

import pytest

import copydesk
from copydesk.clean import boilerplate
from copydesk.extract.authors import clean_authors

DUTCH_STORY = [
    "De havenraad wil vanaf 1 februari ongeveer twaalf oude ligplaatsen schrappen. Het gaat volgens de raad om "
    "plaatsen waar minder dan twee schepen per maand aanleggen.",
    '"We zetten ons geld liever in waar de schepen zijn", zegt woordvoerder Ellen Voorbeeld. "Met de vrijgekomen '
    'middelen kunnen we de drukke kades vaker baggeren."',
    "Vooral de kleine vissers in het westelijke bekken zijn ongerust. Zij vrezen dat ze voortaan twee uur moeten "
    "varen om hun vangst te lossen.",
]


FRENCH_INTERVIEW = [
    "Combien de ports ont été dragués cette année ?",
    "Une dizaine, dont le bassin intérieur, que nous voulons rouvrir avant les grandes marées. C'est beaucoup "
    "quand on pense qu'il y a dix ans, on en draguait à peine trois par an.",
    "Qu'est-ce qui a changé depuis la tempête de l'hiver dernier ?",
    "Les bancs de sable se sont déplacés très vite. Les pilotes nous ont alertés dès le mois de janvier, et "
    "le conseil a voté les crédits en deux semaines.",
]


@pytest.mark.parametrize(
    ("head", "story", "author", "day"),
    [
        (  # a headline closed by a quoted phrase
            [
                "Binnenland | Buitenland | Economie | Sport",
                'Havenraad schrapt twaalf ligplaatsen: "Voor de kleine vissers blijft er niets over"',
                "De havenraad schrapt volgend jaar twaalf weinig gebruikte ligplaatsen. Ze worden vervangen door een "
                "drijvende steiger, maar de vissers zijn ongerust.",
                "Pieter Voorbeeld",
                "ma 7 okt 2024 17:35",
            ],
            DUTCH_STORY,
            "Pieter Voorbeeld",
            "2024-10-07",
        ),
        (  # a headline wholly a quotation
            [
                "Entretien",
                "« Nous pourrions rouvrir le bassin intérieur avant les grandes marées »",
                "La directrice du port, Hélène Exemple, qui dirige les travaux depuis deux ans, revient sur le "
                "chantier du bassin",
                "Propos recueillis par Julien Exemple",
                "Le 12 février 2025 à 06h00",
            ],
            FRENCH_INTERVIEW,
            "Julien Exemple",
            "2025-02-12",
        ),
    ],
)
def test_a_headline_that_quotes_is_the_headline_over_the_credits(
    head: list[str], story: list[str], author: str, day: str
) -> None:
    article = copydesk.clean("\n\n".join([*head, *story]))
    assert article.title == head[1]
    assert article.authors == (author,)
    assert (article.published or "").startswith(day)
    assert article.text.startswith(story[0])


@pytest.mark.parametrize(
    "line",
    [
        'Havenraad schrapt ligplaatsen: "Voor de vissers blijft er niets over"',
        "« Nous pourrions rouvrir le bassin »",
        "Sie nannte es „eine Zumutung“",
    ],
)
def test_a_quotation_closed_after_a_word_ends_no_sentence_of_the_story(line: str) -> None:
    assert boilerplate.quote_unstopped(line)


@pytest.mark.parametrize(
    "line",
    [
        '"We zetten ons geld liever in waar de schepen zijn." zegt hij. "Met de middelen baggeren we."',
        "« Nous rouvrirons le bassin. »",
        "He called the plan a betrayal.",
        "The board said so (in a statement)",
    ],
)
def test_a_quotation_closed_after_its_stop_ends_a_sentence(line: str) -> None:
    assert not boilerplate.quote_unstopped(line)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Autorius: Rūta Pavyzdienė", "Rūta Pavyzdienė"),
        ("Аутор: Милан Примеровић", "Милан Примеровић"),
        ("Tác giả: Minh Anh", "Minh Anh"),
        ("Published by: Vikas Udaharan", "Vikas Udaharan"),
        ("ដោយ៖ សុខ វណ្ណា", "សុខ វណ្ណា"),
        ("الرياض - محمد المثالي", "محمد المثالي"),
        ("دبي: محمد عبدالله المثالي", "محمد عبدالله المثالي"),
        ("सुनील उदाहरण, जयपुर", "सुनील उदाहरण"),
        ("সাবরিনা হক উদাহরণ, আদালত প্রতিবেদক", "সাবরিনা হক উদাহরণ"),
    ],
)
def test_a_header_name_with_its_label_or_its_place_gives_the_name(byline: str, author: str) -> None:
    assert clean_authors([byline]) == (author,)


def test_a_place_after_a_name_of_a_script_with_capitals_or_a_chinese_name_stays_a_name() -> None:
    assert clean_authors(["王小明、李华"]) == ("王小明", "李华")
    assert clean_authors(["Jane Example, Reuters"]) == ("Jane Example",)
    assert clean_authors(["Jane Example, Lee"]) == ("Jane Example",)  # (one capitalised word: a place, as before)


LABELLED_STORY = [
    "Uosto taryba antradienį nusprendė išvalyti vidinį baseiną dar prieš pavasario potvynius, pranešė savivaldybė.",
    "Darbai kainuos apie du milijonus eurų ir truks šešias savaites, sakė tarybos pirmininkas Jonas Pavyzdys.",
    "Žvejai sprendimą vertina palankiai, nes per žiemą seklumos baseine labai išaugo.",
]


@pytest.mark.parametrize(
    ("byline", "author"),
    [("Autorius: Rūta Pavyzdienė", "Rūta Pavyzdienė"), ("Аутор: Милан Примеровић", "Милан Примеровић")],
)
def test_a_labelled_name_under_the_headline_over_the_date_is_the_byline(byline: str, author: str) -> None:
    record = ["Uosto taryba nusprendė išvalyti vidinį baseiną", byline, "2025-05-20 08:45", *LABELLED_STORY]
    article = copydesk.clean("\n\n".join(record))
    assert article.authors == (author,)
    assert byline not in article.text


ARABIC_STORY = [
    "قرر مجلس الميناء يوم الثلاثاء تعميق الحوض الداخلي قبل موسم المد الربيعي، بحسب بيان صادر عن البلدية.",
    "وقال رئيس المجلس إن الأعمال ستستغرق ستة أسابيع وستكلف نحو مليوني دينار، وإن السفن الصغيرة ستعود إلى "
    "الرصيف بعد انتهائها.",
    "ورحب الصيادون بالقرار، إذ تراكمت الرمال في الحوض خلال فصل الشتاء بشكل كبير.",
]


JAPANESE_STORY = [
    "緑ケ丘市議会は18日の本会議で、港の内側の泊地をしゅんせつする補正予算案を賛成多数で可決した。工事は来月から"
    "6週間の予定で、費用は約2億円になる。",
    "市によると、冬の間に砂が大きくたまり、小型の漁船が満潮の前後しか出入りできなくなっていた。",
    "漁協の組合長は「春の漁期に間に合えば助かる」と話した。",
]


@pytest.mark.parametrize(("name", "author"), [("佐伯涼", "佐伯涼"), ("山本 健太", "山本 健太")])
def test_a_japanese_name_under_the_date_over_the_share_buttons_is_the_byline(name: str, author: str) -> None:
    record = [
        "緑ケ丘市、港の泊地を来月からしゅんせつへ\u3000市議会が補正予算可決",
        "2025年6月19日 5時00分",
        name,
        "この記事をシェア",
        *JAPANESE_STORY,
    ]
    article = copydesk.clean("\n\n".join(record))
    assert article.authors == (author,)
    assert name not in article.text


@pytest.mark.parametrize("line", ["医療", "社会部", "経済新聞社"])
def test_a_tag_or_a_desk_under_the_date_is_no_author(line: str) -> None:
    record = [
        "緑ケ丘市、港の泊地を来月からしゅんせつへ\u3000市議会が補正予算可決",
        "2025年6月19日 5時00分",
        line,
        "この記事をシェア",
        *JAPANESE_STORY,
    ]
    assert copydesk.clean("\n\n".join(record)).authors == ()


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("27.08.2025 | 14:32 | עודכן: 16:05", "2025-08-27"),
        ("פורסם: 04.03.25 | 08:12", "2025-03-04"),
        ("Opublikowano: 12.02.24 14:30", "2024-02-12"),
        ("Thứ năm, 18/01/2024 - 10:05", "2024-01-18"),
        ("Actualitzat el 9 d’abril de 2024 a les 10:15 h", "2024-04-09"),
        ("Selasa, 13 Agu 2024 14:22 WIB", "2024-08-13"),
        ("Publié le dimanche 17 mars 2024 à 19:45 | 1 248 lectures", "2024-03-17"),  # its readers counted after it
    ],
)
def test_more_datelines_are_read(line: str, day: str) -> None:
    from copydesk.extract.dates import find_date

    assert boilerplate.may_be_date_line(line) and boilerplate.date_line(line)
    assert (find_date(line) or "").startswith(day)


@pytest.mark.parametrize("line", ["Publisert for 3 timer siden", "Oppdatert for 12 minutter siden"])
def test_a_relative_time_after_its_stamp_is_a_dateline(line: str) -> None:
    assert boilerplate.reason(line) == "dateline"


@pytest.mark.parametrize(
    "line",
    [
        "Version 1.2.24 released",
        "12.02.24",  # no time after it: a version's or a score's figures as often
        "Năm 2024, tỉnh đặt mục tiêu xuất khẩu 700.000 tấn gạo và mở rộng vùng nguyên liệu.",
        "1 des 2000 participants",
    ],
)
def test_what_is_no_dateline_stays_none(line: str) -> None:
    from copydesk.extract.dates import find_date

    assert not (boilerplate.may_be_date_line(line) and boilerplate.date_line(line))
    assert line == "Năm 2024, tỉnh đặt mục tiêu xuất khẩu 700.000 tấn gạo và mở rộng vùng nguyên liệu." or (
        find_date(line) is None
    )


def test_a_serbian_name_in_cyrillic_capitals_is_a_name() -> None:
    from copydesk.clean.credits import is_name_line

    assert is_name_line("Јелена Примеровић")
    assert is_name_line("Ђорђе Примеровић")


INDONESIAN_STORY = [
    "Makassar - Kapal motor yang mengangkut 31 orang tenggelam di perairan Kepulauan Selayar pada Selasa dini hari. "
    "Sebanyak 22 penumpang berhasil diselamatkan oleh nelayan setempat.",
    "Kepala Kantor SAR Makassar mengatakan kapal berangkat dari pelabuhan menuju Pulau Jampea sebelum dihantam "
    "gelombang tinggi.",
    "Pencarian terhadap sembilan penumpang yang masih hilang dilanjutkan hari ini dengan dua kapal dan satu "
    "helikopter.",
]


@pytest.mark.parametrize(
    "section",
    ["Berita Daerah", "Sepak Bola", "Local News", "Berita Daerah - detikSulsel", "Local Politics - HarbourPost"],
)
def test_a_section_over_the_date_over_the_headline_is_no_author(section: str) -> None:
    record = [
        "detikNews › Berita Daerah",
        section,
        "Selasa, 13 Agu 2024 14:22 WIB",
        "Kapal Motor Tenggelam di Perairan Selayar, 9 Penumpang Masih Dicari",
        *INDONESIAN_STORY,
    ]
    assert copydesk.clean("\n\n".join(record)).authors == ()


HEBREW_STORY = [
    "מועצת הנמל אישרה היום (שני) את העמקת האגן הפנימי לפני גאות האביב, כך נמסר מהעירייה. העבודות יימשכו כשישה שבועות.",
    "לדברי יושב ראש המועצה, העלות תגיע לכשני מיליון שקלים, והסירות הקטנות יחזרו לרציף מיד לאחר סיום העבודות.",
    "הדייגים בירכו על ההחלטה, משום שהחול הצטבר באגן במהלך החורף בצורה חריגה.",
]


def test_a_hebrew_name_over_its_short_year_dateline_is_the_byline() -> None:
    record = [
        "ראשי > חדשות",
        "מועצת הנמל תעמיק את האגן הפנימי לפני גאות האביב",
        "נועה דוגמה",
        "פורסם: 04.03.25 | 08:12",
        "עודכן: 04.03.25 | 10:45",
        *HEBREW_STORY,
    ]
    article = copydesk.clean("\n\n".join(record))
    assert article.authors == ("נועה דוגמה",)
    assert (article.published or "").startswith("2025-03-04")


@pytest.mark.parametrize(
    ("headline", "date", "line", "button"),
    [
        ("Harbour board votes to dredge the inner basin", "3 March 2024", "Local Politics", "Listen"),
        ("緑ケ丘市、港の泊地を来月からしゅんせつへ", "2025年6月19日 5時00分", "地域経済", "ポスト"),
    ],
)
def test_a_section_or_a_tag_under_the_date_over_a_button_is_no_author(
    headline: str, date: str, line: str, button: str
) -> None:
    # (a name there is a byline only over the share row the rules know: the button alone may be a section's)
    body = (
        JAPANESE_STORY
        if "年" in date
        else [
            "The harbour board voted on Tuesday to dredge the inner basin before the spring tides, the council said.",
            "The work will cost about two million pounds and take six weeks, the board's chairman told reporters.",
            "Fishermen welcomed the decision: sand had built up in the basin over the winter.",
        ]
    )
    article = copydesk.clean("\n\n".join([headline, date, line, button, *body]))
    assert article.authors == ()


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("김민수기자", ("김민수",)),
        ("글 박지윤 기자 · 사진 최현우 기자", ("박지윤",)),  # text by one, photos by the other
        ("사진 최현우 기자", ()),
        ("기자명 이수진 기자", ("이수진",)),  # the label of the reporter's name
        ("聯合報／ 記者陳怡君／台南即時報導", ("陳怡君",)),
        ("記者陳怡君、林小華／台南報導", ("陳怡君", "林小華")),
    ],
)
def test_korean_and_chinese_bylines_of_more_forms(byline: str, authors: tuple[str, ...]) -> None:
    assert boilerplate.reason(byline) == "byline"
    assert clean_authors([byline]) == authors


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("令和5年7月22日 19:05", "2023-07-22"),
        ("פורסם: 27/07/25 09:40", "2025-07-27"),
        ("입력 2024.04.19. 오전 9:12  업데이트 2024.04.19. 오전 11:40", "2024-04-19"),
    ],
)
def test_datelines_with_an_era_or_a_short_year(line: str, day: str) -> None:
    from copydesk.extract.dates import find_date

    assert boilerplate.may_be_date_line(line) and boilerplate.date_line(line)
    assert (find_date(line) or "").startswith(day)


@pytest.mark.parametrize(
    "line",
    [
        "Posted 03/04/25 09:40",  # day or month first: it cannot be told
        "He said, on 3 March 2024 we went to the harbour",
        "Lives in Rome, born 3 March 2024",
        "Published 17 March 2024 | the harbour board said it would dredge",
        # a meeting's, a headline's or a name's capitalised words before the date, a count that is no reader's
        "Annual General Meeting, 14 May 2024",
        "Porthwick Harbour Board, 3 April 2023",
        "Prime Minister Resigns, 22 February 2024",
        "Final: 3 March 2024 | 2 tickets left",
        "Festa della Repubblica, 2 giugno 2024",
        "Tag der Arbeit, 1. Mai 2024",
        "Grève les 3 et 4 mars 2024",
        "Nächstes Spiel: 2.3.24 18:00",  # a fixture's day, its year of two figures after no stamp
    ],
)
def test_lines_that_only_hold_a_date_are_no_datelines(line: str) -> None:
    assert not (boilerplate.may_be_date_line(line) and boilerplate.date_line(line))


def test_a_head_that_gives_only_its_update_gives_no_publication_date() -> None:
    # (on real pages the last change is often a year after the publication: "Last Updated: January 7, 2025" over
    # a story of 2020)
    record = [
        "Harbour board votes to dredge the inner basin before the spring tides",
        "By Jane Example",
        "Updated: 13 Feb 2025, 06:42 PM IST",
        "The harbour board voted on Tuesday to dredge the inner basin before the spring tides, the council said in "
        "a statement.",
        "The work will cost about two million pounds and take six weeks, the board's chairman told reporters.",
        "Fishermen welcomed the decision: sand had built up in the basin over the winter.",
    ]
    article = copydesk.clean("\n\n".join(record))
    assert (article.modified or "").startswith("2025-02-13")
    assert article.published is None
    record[2] = "Published: 12 Feb 2025 | Updated: 13 Feb 2025, 06:42 PM IST"
    article = copydesk.clean("\n\n".join(record))
    assert (article.published or "").startswith("2025-02-12")
    assert (article.modified or "").startswith("2025-02-13")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Harriet Example, Local Democracy Reporter", ("Harriet Example",)),  # the post, no second writer
        ("Por Josefina Ejemplo C. y Matías Ejemplo", ("Josefina Ejemplo C.", "Matías Ejemplo")),  # the initial's stop
        ("Jane Example and John Example, with Ann Example", ("Jane Example", "John Example", "Ann Example")),
        ("By Jane Example, John Example and Ann Example", ("Jane Example", "John Example", "Ann Example")),
        ("By J. Example", ("J. Example",)),
    ],
)
def test_bylines_with_a_post_an_outlet_after_a_pair_or_an_initial(byline: str, authors: tuple[str, ...]) -> None:
    assert clean_authors([byline]) == authors


@pytest.mark.parametrize(
    "line", ["La Paz, 3 de marzo de 2024", "Les Ulis, 3 mars 2024", "Ba Đình, 3/3/2024", "Thứ năm, 18/01/2024 - 10:05"]
)
def test_a_place_of_two_words_opens_a_dateline(line: str) -> None:
    # (a Vietnamese weekday is read after its "thứ" only: "Ba" and "Năm" open places' names)
    assert boilerplate.date_line(line)


@pytest.mark.parametrize(
    "line", ["Build 10.2.25 | 14:00", "v2.10.24 14:05", "Version 1.2.24 12:30", "Patch 4.5.23, 09:00"]
)
def test_a_versions_figures_are_no_date(line: str) -> None:
    from copydesk.extract.dates import find_date

    assert find_date(line) is None


def test_a_first_paragraph_of_sentences_closed_by_a_quoted_phrase_stays_the_story() -> None:
    first = 'The council voted on Monday to dredge the inner basin. Fishermen called the decision "long overdue"'
    article = copydesk.clean("\n\n".join([first, *DUTCH_STORY]))
    assert article.title is None
    assert article.text.startswith(first)


@pytest.mark.parametrize(
    ("line", "story"),
    [
        ("رياضة - كرة القدم", ARABIC_STORY),
        ("اقتصاد: أسواق الخليج", ARABIC_STORY),
        ("القاهرة - وزارة الصحة", ARABIC_STORY),
    ],
)
def test_a_section_and_its_subsection_in_a_script_without_capitals_is_no_author(line: str, story: list[str]) -> None:
    record = ["مجلس الميناء يقرر تعميق الحوض الداخلي قبل المد الربيعي", line, "الجمعة 12 أبريل 2024 - 22:15", *story]
    assert copydesk.clean("\n\n".join(record)).authors == ()


@pytest.mark.parametrize("tag", ["地域経済", "新型感染症", "高雄港", "北海道"])
def test_a_tag_of_ideographs_under_the_date_over_the_share_row_is_no_author(tag: str) -> None:
    record = [
        "緑ケ丘市、港の泊地を来月からしゅんせつへ\u3000市議会が補正予算可決",
        "2025年6月19日 5時00分",
        tag,
        "この記事をシェア",
        *JAPANESE_STORY,
    ]
    assert copydesk.clean("\n\n".join(record)).authors == ()


@pytest.mark.parametrize(
    "line",
    [
        "視頻：市中心水浸",
        'Simak Video "Krisis Sampah Kota, Pasar Tradisional Paling Terdampak"',
        "PANOORIN: Sitwasyon sa ilog ngayong umaga",
        "คลิป: ภาพมุมสูงเมืองใต้หมอกควัน",
        "வீடியோ: நகரில் முழங்கால் அளவு தண்ணீர்",
        "ভিডিও: শহরে জলাবদ্ধতা",
        "Assista: enchente no centro da cidade",
        "Xem video: Ngập lụt ở trung tâm thành phố",
        "ZOBACZ WIDEO: Powódź w centrum miasta",
        "TAZAMA: Mafuriko katikati ya mji",
    ],
)
def test_a_video_players_label_of_more_languages_is_a_promo(line: str) -> None:
    assert boilerplate.reason(line) in ("promo", "navigation")  # (Polish "ZOBACZ ..." is a known label too)


@pytest.mark.parametrize(
    "line",
    [
        "Simak video ini sampai habis untuk mengetahui caranya, kata dia kepada wartawan.",
        "คลิปดังกล่าวถูกแชร์ออกไปอย่างรวดเร็วในโซเชียลมีเดีย",
    ],
)
def test_a_story_sentence_about_a_video_is_no_label(line: str) -> None:
    assert boilerplate.reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Compartilhe essa matéria via:",
        "X（旧Twitter）でシェア",
        "ফেসবুকে শেয়ার করুন",
        "แชร์ผ่าน LINE",
        "リンクをコピー",
        "加入書籤",
        "Dalintis",
        "Facebook  X  Dalintis",
        "공유하기  글자크기 설정  인쇄하기",  # (a shorter button word listed first once kept the longer one out)
    ],
)
def test_share_buttons_of_more_languages(line: str) -> None:
    assert boilerplate.reason(line) == "share"


@pytest.mark.parametrize("line", ["Jaga kesehatan anda selama musim hujan.", "แชร์ข่าวนี้ให้เพื่อน ๆ อ่านกันเยอะ ๆ นะครับ"])
def test_a_sentence_that_opens_with_a_share_word_is_no_button(line: str) -> None:
    assert boilerplate.reason(line) is None


@pytest.mark.parametrize(
    "line", ["特朗普", "世界杯", "美联储", "山田町", "佐藤製薬", "上野動物園", "経済 政治", "速報 地震"]
)
def test_a_word_of_three_to_five_ideographs_is_a_name_only_after_a_family_name(line: str) -> None:
    record = [
        "緑ケ丘市、港の泊地を来月からしゅんせつへ\u3000市議会が補正予算可決",
        line,
        "2025年6月19日 5時00分",
        *JAPANESE_STORY,
    ]
    assert copydesk.clean("\n\n".join(record)).authors == ()


@pytest.mark.parametrize("line", ["Posted by: Site Admin", "Tác giả: Ban Biên Tập", "Yazar: Liman Haberleri"])
def test_a_sites_account_or_desk_under_an_authors_label_is_no_author(line: str) -> None:
    record = ["Harbour board votes to dredge the inner basin", line, "2025-05-20 08:45", *LABELLED_STORY]
    assert copydesk.clean("\n\n".join(record)).authors == ()


def test_two_pairs_of_writers_are_four_writers() -> None:
    names = clean_authors(["By Jane Example and John Example, Anna Other and Tom Other"])
    assert names == ("Jane Example", "John Example", "Anna Other", "Tom Other")


@pytest.mark.parametrize(
    ("head", "story", "author"),
    [
        (  # a name, then the place the writer files from, under the standfirst and over the date
            ["सुनील उदाहरण, जयपुर", "अपडेटेड: बुधवार, 12 मार्च 2025, 4:35 PM (IST)"],
            ARABIC_STORY,
            "सुनील उदाहरण",
        ),
        (["الدمام - سلطان المثالي", "2025-03-12 08:40"], ARABIC_STORY, "سلطان المثالي"),  # the place, then the name
        (["Laura Ejemplo | Teruel", "09/09/2025 - 08:40h"], DUTCH_STORY, "Laura Ejemplo"),  # the place after a bar
    ],
)
def test_a_name_with_the_place_it_is_filed_from_under_the_headline_is_the_byline(
    head: list[str], story: list[str], author: str
) -> None:
    record = [
        "Havenraad schrapt twaalf oude ligplaatsen in het westelijke bekken",
        "De raad wil het geld inzetten waar de schepen zijn, maar de vissers zijn ongerust.",
        *head,
        *story,
    ]
    article = copydesk.clean("\n\n".join(record))
    assert article.authors == (author,)
    assert head[0] not in article.text
    assert article.text.startswith(story[0])


def test_a_hebrew_byline_under_a_standfirst_the_rules_left_is_the_byline() -> None:
    # (the share row's names, which the rules leave, keep the standfirst from being read as one)
    record = [
        "ראשי > חדשות העיר",
        "מועצת הנמל תעמיק את האגן הפנימי לפני גאות האביב",
        'העירייה מבטיחה כי העבודות באורך 4.5 ק"מ יחברו את הרציפים המערביים לאזור הדיג. דייגים: "נאמין כשנראה"',
        "מאת מיכל דוגמה",
        "פורסם: 04.05.25, 09:30",
        "שתפו",
        "וואטסאפ",
        "פייסבוק",
        *HEBREW_STORY,
    ]
    article = copydesk.clean("\n\n".join(record))
    assert article.authors == ("מיכל דוגמה",)
    assert "מאת" not in article.text
    assert HEBREW_STORY[0] in article.text


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Marta Exemple | Vilafont de Mar", ("Marta Exemple",)),  # a place of three words after a bar
        ("By DANA EXAMPLE | Associated Press", ("DANA EXAMPLE",)),
        ("Penulis: Andi Contoh | Editor: Budi Contoh", ("Andi Contoh",)),
        ("Jane Example and John Example | Staff Writers", ("Jane Example", "John Example")),
    ],
)
def test_what_follows_a_bar_after_the_names_is_no_author(byline: str, authors: tuple[str, ...]) -> None:
    assert clean_authors([byline]) == authors


UKRAINIAN_STORY = [
    "Міська рада у вівторок вирішила поглибити внутрішню гавань ще до весняної повені, повідомили у мерії.",
    "Роботи коштуватимуть близько двох мільйонів гривень і триватимуть шість тижнів, сказав голова ради.",
    "Рибалки рішення схвалили, бо за зиму пісок у гавані сильно наріс.",
]


@pytest.mark.parametrize(
    ("name", "between", "author"),
    [
        ("Олена Приклад", "Суспільне Гавань", "Олена Приклад"),  # the outlet between the name and the buttons
        ("山本 健太", "ポスト", "山本 健太"),  # a button the rules read as a label
    ],
)
def test_a_name_under_the_date_over_one_line_over_the_share_row_is_the_byline(
    name: str, between: str, author: str
) -> None:
    share = "Поділитися" if between == "Суспільне Гавань" else "シェア"
    story = UKRAINIAN_STORY if share == "Поділитися" else JAPANESE_STORY
    record = ["Міська рада поглибить гавань до весняної повені", "18 лютого 2025, 09:47", name, between, share, *story]
    article = copydesk.clean("\n\n".join(record))
    assert article.authors == (author,)
    assert name not in article.text and between not in article.text
    assert article.text.startswith(story[0])


def test_a_bracketed_japanese_signature_over_a_related_label_is_the_byline() -> None:
    record = [*JAPANESE_STORY, "（佐々木健太）", "関連記事", "緑ケ丘市の商店街、空き店舗に若者の出店相次ぐ"]
    article = copydesk.clean("\n\n".join(record))
    assert article.authors == ("佐々木健太",)
    assert "佐々木" not in article.text


VIETNAMESE_STORY = [
    "Hội đồng thành phố hôm thứ ba quyết định nạo vét cảng trong trước mùa nước lên, theo thông báo của ủy ban.",
    "Công trình sẽ kéo dài sáu tuần với chi phí khoảng hai tỷ đồng, chủ tịch hội đồng cho biết.",
    "Ngư dân hoan nghênh quyết định này vì cát đã bồi lấp cảng rất nhiều trong mùa đông.",
]


def test_a_signature_over_the_tags_label_is_the_byline() -> None:
    record = [*VIETNAMESE_STORY, "Hoàng Yến", "Từ khóa:", "nạo vét cảng", "ngư dân"]
    article = copydesk.clean("\n\n".join(record))
    assert article.authors == ("Hoàng Yến",)
    assert "Hoàng Yến" not in article.text


def test_a_story_that_ends_on_a_name_over_tags_without_their_label_names_no_author() -> None:
    record = [*VIETNAMESE_STORY, "Nguyễn Văn An", "Phạm Minh Chính", "ngư dân"]
    assert copydesk.clean("\n\n".join(record)).authors == ()


@pytest.mark.parametrize("desk", ["Redação Folha do Porto", "Spor Servisi", "DD News Service"])
def test_a_newsroom_s_byline_under_the_headline_names_no_author(desk: str) -> None:
    record = [
        "Harbour board votes to dredge the inner basin before the spring tides",
        desk,
        "2025-05-20 08:45",
        *LABELLED_STORY,
    ]
    article = copydesk.clean("\n\n".join(record))
    assert article.authors == ()
    assert desk not in article.text


def test_a_place_before_the_date_is_no_author() -> None:
    record = [
        "Harbour board votes to dredge the inner basin before the spring tides",
        "The works will take six weeks and cost about two million rupees, the board said",
        "PTI",
        "Mumbai | Updated: October 8, 2024 16:05 IST",
        "The harbour board on Tuesday voted to dredge the inner basin before the spring tides, the city said.",
        "The works will take six weeks and cost about two million rupees, the chairman of the board said.",
        "Fishermen welcomed the decision, as sand had built up in the basin over the winter.",
    ]
    article = copydesk.clean("\n\n".join(record))
    assert article.authors == ()
    assert (article.modified or article.published or "").startswith("2024-10-08")  # (an update's date)


@pytest.mark.parametrize(
    ("byline", "author"),
    [("محمد مثال، نامہ نگار", "محمد مثال"), ("সাবরিনা হক উদাহরণ, আদালত প্রতিবেদক", "সাবরিনা হক উদাহরণ")],
)
def test_a_writer_s_post_after_a_name_of_a_script_without_capitals_is_no_name(byline: str, author: str) -> None:
    assert clean_authors([byline]) == (author,)


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        ("Aangepast: 24 april 2025, 09:10", None, "2025-04-24"),
        ("Оновлено 18 лютого 2025, 09:47", None, "2025-02-18"),
        ("Cập nhật 26/11/2024 15:40", None, "2024-11-26"),
        ("23 april 2025, 16:45", "2025-04-23", None),
    ],
)
def test_an_update_s_word_of_more_languages_dates_the_change(
    line: str, published: str | None, modified: str | None
) -> None:
    from copydesk.clean.credits import line_dates

    found = line_dates(line)
    assert (found[0] or "")[:10] == (published or "") and (found[1] or "")[:10] == (modified or "")


def test_a_lower_case_byline_under_the_headline_is_no_wrapped_line_of_it() -> None:
    """ "de Andrei Exemplu" under a headline that ends without a stop is the byline, not the headline going on."""
    headline = "Consilierii locali au aprobat cumpărarea a 20 de autobuze electrice. Primele ajung în primăvară"
    story = [
        "Consiliul Local a aprobat joi, cu 19 voturi pentru și 4 abțineri, contractul pentru achiziția autobuzelor.",
        "Banii vin în proporție de 85% din fonduri europene, iar restul de la bugetul local, au spus consilierii.",
    ]
    article = copydesk.clean("\n".join([headline, "de Andrei Exemplu", "Publicat: 17.10.2024, 12:35", *story]))
    assert article.title == headline
    assert article.authors == ("Andrei Exemplu",)
    assert article.text == "\n\n".join(story)


def test_a_headline_wrapped_over_two_lines_is_one_line_of_title() -> None:
    lines = ["Harbour basin to be dredged before the autumn storms arrive in the town", "next month, council says"]
    story = [
        "The harbour board voted on Tuesday to dredge the inner basin before the autumn storms arrive, its chair said.",
        "Fishermen have complained for years that silt has made the channel too shallow for loaded boats at low tide.",
    ]
    article = copydesk.clean("\n".join([*lines, *story]))
    assert article.title == " ".join(lines)
    assert article.text == "\n\n".join(story)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Írta: Kovács Dániel", "Kovács Dániel"),
        ("Testo: Mario Esempio", "Mario Esempio"),
        ("autor: Katarzyna Przykład (AIP)", "Katarzyna Przykład"),  # lower case: no wrapped line of the headline
    ],
)
def test_a_labelled_byline_under_the_headline_names_the_author(byline: str, author: str) -> None:
    story = [
        "Der Gemeinderat hat am Dienstag beschlossen, das Hafenbecken vor den Herbststürmen auszubaggern.",
        "Fischer klagen seit Jahren, dass der Schlick die Fahrrinne bei Ebbe für beladene Boote zu flach macht.",
    ]
    headline = "Hafenbecken wird vor dem Winter ausgebaggert"
    article = copydesk.clean("\n".join([headline, byline, "14.03.2025, 10:20", *story]))
    assert article.title == headline and article.authors == (author,)
    assert article.text == "\n\n".join(story)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Gan Dafydd Enghraifft", "Dafydd Enghraifft"),  # Welsh "by"
        ("Eftir Jón Dæmisson", "Jón Dæmisson"),  # Icelandic
        ("Nga Arben Shembulli", "Arben Shembulli"),  # Albanian
        ("Deur Pieter van Voorbeeld", "Pieter van Voorbeeld"),  # Afrikaans
        ("Müəllif: Elvin Nümunəli", "Elvin Nümunəli"),  # Azerbaijani's label
        ("Пишува: Марко Примеров", "Марко Примеров"),  # Macedonian's
    ],
)
def test_bylines_of_more_languages_name_the_author(byline: str, author: str) -> None:
    story = [
        "The harbour board agreed on Monday to dredge the inner basin before the spring tides, ending a dispute.",
        "Board chair Elowen Example said the silt had built up faster than engineers expected after the storms.",
    ]
    article = copydesk.clean("\n".join(["Harbour basin to be dredged before the winter", byline, "14.03.2025", *story]))
    assert article.authors == (author,)


def test_a_family_name_that_is_also_a_by_word_stays_in_a_short_name() -> None:
    assert clean_authors(["Gan Lin"]) == ("Gan Lin",)
    assert clean_authors(["Gan Dafydd Enghraifft"]) == ("Dafydd Enghraifft",)
