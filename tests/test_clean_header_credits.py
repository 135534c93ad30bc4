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


def test_a_headline_that_quotes_is_the_headline_over_the_credits() -> None:
    record = [
        "Binnenland | Buitenland | Economie | Sport",
        'Havenraad schrapt twaalf ligplaatsen: "Voor de kleine vissers blijft er niets over"',
        "De havenraad schrapt volgend jaar twaalf weinig gebruikte ligplaatsen. Ze worden vervangen door een "
        "drijvende steiger, maar de vissers zijn ongerust.",
        "Pieter Voorbeeld",
        "ma 7 okt 2024 17:35",
        *DUTCH_STORY,
    ]
    article = copydesk.clean("\n\n".join(record))
    assert article.title == record[1]
    assert article.authors == ("Pieter Voorbeeld",)
    assert (article.published or "").startswith("2024-10-07")
    assert article.text.startswith(DUTCH_STORY[0])


def test_a_headline_wholly_a_quotation_is_the_headline() -> None:
    story = [
        "Combien de ports ont été dragués cette année ?",
        "Une dizaine, dont le bassin intérieur, que nous voulons rouvrir avant les grandes marées. C'est beaucoup "
        "quand on pense qu'il y a dix ans, on en draguait à peine trois par an.",
        "Qu'est-ce qui a changé depuis la tempête de l'hiver dernier ?",
        "Les bancs de sable se sont déplacés très vite. Les pilotes nous ont alertés dès le mois de janvier, et "
        "le conseil a voté les crédits en deux semaines.",
    ]
    record = [
        "Entretien",
        "« Nous pourrions rouvrir le bassin intérieur avant les grandes marées »",
        "La directrice du port, Hélène Exemple, qui dirige les travaux depuis deux ans, revient sur le chantier "
        "du bassin",
        "Propos recueillis par Julien Exemple",
        "Le 12 février 2025 à 06h00",
        *story,
    ]
    article = copydesk.clean("\n\n".join(record))
    assert article.title == record[1]
    assert article.authors == ("Julien Exemple",)
    assert (article.published or "").startswith("2025-02-12")
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


def test_a_place_and_a_name_of_a_script_without_capitals_over_the_date_is_the_byline() -> None:
    record = [
        "مجلس الميناء يقرر تعميق الحوض الداخلي قبل المد الربيعي",
        "الرياض - محمد المثالي",
        "الجمعة 12 أبريل 2024 - 22:15",
        *ARABIC_STORY,
    ]
    article = copydesk.clean("\n\n".join(record))
    assert article.authors == ("محمد المثالي",)
    assert record[1] not in article.text


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
