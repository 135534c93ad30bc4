"""By-lines as pages write them -> author names.

``"By Jane Doe and John Roe, Staff Writers | Email the author"`` becomes ``("Jane Doe", "John Roe")``:
the lead-in word, roles, prompts, handles, URLs and dates go; several names are split; duplicates
(case-insensitive) are dropped with their order kept. Pure, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MAX_AUTHORS = 10
MAX_WORDS = 5

_LEAD_IN = re.compile(
    r"^(?:(?:written|posted|reported|published|text|story|words|photos?|analysis|commentary|opinion|review|"
    r"escrito|escrita|scritto|scritta|écrit|écrite|geschrieben|geschreven|napisane|napisał|napisała|"
    r"ein artikel|ein beitrag|ein essay|ein kommentar|ein gastbeitrag|propos recueillis|entrevista|intervista)\s+)?"
    r"(?:by|von|par|por|per|door(?: onze \w+)?|av|af|przez|от|автор|аутор|di|da|de|author|auteur|autor|autorin|"
    r"autorius|autorė|autors|tác giả|yazar|författare|forfatter|συντάκτης|ដោយ|texto|avec|"
    r"with|mit"
    r"|and|und|et|redaktion|redakcja|redacción|redazione|rédaction|redação|redactie|редакция|penulis|wartawan|oleh"
    r"|reporter|haber|muhabir|текст|röportaj|söyleşi|interview|das gespräch führten?|das interview führten?|του|της"
    r"|rozmawiała|rozmawiał"
    r"|dalla nostra inviata|dal nostro inviato|dalla nostra corrispondente|dal nostro corrispondente"
    r"|de notre (?:envoyée?|correspondante?) spéciale?|de nuestr[oa] enviad[oa] especial|door onze \w+"
    r"|كتبت|रिपोर्ट|द्वारा|लेखक|संवाददाता|خبرنگار|نویسنده|ผู้เขียน|ข่าวโดย|מאת|כתבת?"
    r"|oprac\.|本报记者|本報記者|记者|記者|作者|بقلم|كتب|گزارش|pewarta|autorica|autorka|autore|autori"
    # Vietnamese "text (and photos):" and Thai "story (by):"; "by" and "written by" in more languages
    r"|bài và ảnh|bài, ảnh|bài|tin và ảnh|tin, ảnh|เรื่องโดย|เรื่อง|โดย"
    r"|bởi|skrevet af|skrevet av|escrit per|napisała|napisał|yazan|szerző|piše|kirjoittaja|daga(?=\s+\S+\s+\S)"
    # "text:" before the writer ("Text: Max Muster", "Tekst: Jan Kowalski", "Testo: Mario Rossi"), Hungarian "Írta:"
    r"|(?:text|tekst|testo|texte|írta|írták)(?=\s*[:：])"
    # "by" of Welsh, Icelandic, Albanian, Afrikaans and Maltese ("Gan Dafydd Jones", "Eftir Jón Jónsson"); the
    # author's label of Azerbaijani, Uzbek, Georgian, Armenian, Macedonian and Belarusian ("Müəllif:", "ავტორი:")
    r"|gan|eftir|nga|deur|minn|müəllif|muallif|ავტორი|հեղինակ|пишува|аўтар"
    # Swahili's and Tagalog's "by", before a name of two words or more ("Na Juma Example"; not "Na Young-jin")
    r"|(?:na|ni)(?=\s+\S+\s+\S)|글(?=\s+[가-힣]))"
    r"(?:\s*[:：៖՝\-–—]\s*|\s+)",
    re.IGNORECASE,
)
# The lead-ins of Chinese and Korean bylines that hold a slash or an equals sign: "文/陈浩", "대전=이서연 기자"
# (the reporter's city before "=").
_SCRIPT_LEAD_IN = re.compile(
    # a Chinese paper's name before its reporter: "聯合報／ 記者陳怡君／台南即時報導"
    r"^(?:[\u4e00-\u9fff]{1,6}[報报]\s*[/／]\s*(?:本报|本報)?(?:记者|記者)\s*|"
    r"(?:文|撰文|文字|图文|文图)\s*[/／|｜:：]\s*|[가-힣]{1,6}\s*=\s*|[\u3040-\u30ff\u4e00-\u9fff]{1,6}部[\s・]+|"
    r"(?:本报|本報)?(?:记者|記者)\s*(?=[\u4e00-\u9fff]{2,4}(?:[、,，][\u4e00-\u9fff]{2,4})*\s*[/／]))"
)
# A writer's post after the name and a comma, its last word a role's: ", Local Democracy Reporter", ", Senior Political
# Correspondent"
_JOB_AFTER_NAME = re.compile(
    r",\s*(?:[\w-]+\s+){1,3}(?:reporter|correspondent|editor|writer|columnist|journalist|producer|contributor)s?\s*$|"
    # of scripts without capitals, the post alone too: "محمد مثال، نامہ نگار", "সাবরিনা উদাহরণ, আদালত প্রতিবেদক"
    r"[,،]\s*(?:\w+\s+){0,2}(?:نامہ نگار|نمائندہ|مراسل|مراسلة|خبرنگار|प्रतिनिधि|संवाददाता|প্রতিবেদক|প্রতিনিধি)\s*$",
    re.IGNORECASE,
)
_KOREAN_GLUED_ROLE = re.compile(r"(?<=[가-힣]{2})(?:기자|특파원)(?![가-힣])")
_KOREAN_PHOTOS = re.compile(r"(?:^|\s*[·|/,]\s*)사진(?:\s+|\s*[:=]\s*)[가-힣]{2,4}(?:\s*기자)?(?![가-힣])")
# a Korean site's label before the reporter's name: "기자명 이수진 기자" (the reporter's name: ...)
_KOREAN_NAME_LABEL = re.compile(r"^(?:기자명|기자 이름)\s*[:：]?\s*")
# Where a Chinese reporter files from, after the names: "記者林怡君／南濱報導"
_FILED_FROM = re.compile(r"\s*[/／]\s*[\u4e00-\u9fff]{1,6}?(?:报导|報導|报道|報道)\W*$")
# A newsroom's desk as a byline's lead-in: with one word after it, a section's name, not a person's.
_DESKS = frozenset("redaktion redakcja redacción rédaction redazione redação redactie редакция haber".split())
# The words of an outlet's name, which no person's holds: "Lakeview Tribune", "Jornal Campineiro", "CBC News"
_OUTLET_WORD = re.compile(
    r"\b(?-i:News|Times|Post|Herald|Tribune|Gazette|Journal|Diario|Jornal|Giornale|Zeitung|Courier|Press|Daily|"
    r"Radio|TV|Noticias|Notícias|Nieuws|Chronicle|Telegraph|Observer|Media|Agency|Agencia|Agência|Ledger|"
    r"Inquirer|Examiner|Sentinel|Bulletin|Dispatch|Enquirer|Courant|Advertiser|Standard|Independent|Guardian|"
    r"Express|Globe|Register|Monitor|"
    # an organisation's, in the writer's post after the name: "..., ACLU Speech, Privacy, and Technology Project"
    r"Project|Institute|Foundation|University|College|Department|Program|Programme|Initiative|"
    r"Society|Association|Council|Committee|Bureau|Laboratory|Coalition|Alliance)\b|"
    r"^(?-i:[A-Z]{3,6}) (?-i:[A-Z][a-z])"  # an acronym and a word: "ACLU Speech", "NASA Goddard"
)
_FULL_WIDTH_BRACKETS = re.compile(r"（[^）]{0,30}）")  # a role after a name: "佐々木由紀（ファイナンシャルプランナー）"
# Lead-in words of the Romance languages that are also the start of surnames ("Di Maria", "De Jong").
_AMBIGUOUS_LEAD_IN = ("di", "da", "de", "per")  # "Per Sandberg" is a name
_NAME_OR_BY = ("gan", "minn", "nga")  # "by" before a name of two words or more; a family name before one
# An outlet's one-word name after a byline's name and a dash: "Andi Contoh - detikNews".
OUTLET_AFTER_NAME = re.compile(r"(?<=\S)\s+[-–—]\s+[\w.]+(?:\s(?-i:[A-Z])[\w.]+)?$")  # "— São Paulo" too
_EDITOR_LABEL = re.compile(
    r"(?:editor|editing|edited by|redaktur|penyunting|editado por)(?:\s*[:：]|\s+(?-i:[A-Z]))", re.IGNORECASE
)
_SEPARATORS = re.compile(
    r"\s*(?:[,;|/•·\n]|\s(?:and|und|et|y|e|en|och|og|i|with|mit|avec|con)\s|&|\+|،|、|，|"
    r"\s(?:通讯员|通訊員|实习生|實習生)\s)\s*",  # a Chinese reporter and the correspondent: "王磊 通讯员 李娜"
    re.IGNORECASE,
)
_ROLE_WORDS = frozenset(
    {
        "by", "staff", "writer", "writers", "correspondent", "correspondents", "reporter", "reporters",
        "editor", "editors", "contributor", "contributors", "columnist", "columnists", "photographer",
        "photographers", "producer", "analyst", "chief", "senior", "associate", "managing", "deputy",
        "special", "contributing", "freelance", "journalist", "redakteur", "redakteurin", "korrespondent",
        "rédacteur", "rédactrice", "journaliste", "envoyé", "spécial", "redacción", "redacao", "redação",
        "agencia", "agência", "updated", "our", "last", "published", "posted", "email", "e-mail",
        "follow", "author", "authors", "view", "all", "posts", "articles", "more", "from", "read", "bio",
        "profile", "twitter", "facebook", "instagram", "linkedin", "share", "comments", "comment",
        "foreign", "political", "desk", "team", "wire", "记者", "記者", "기자", "编辑", "특파원", "논설위원",
        "선임기자", "전문기자", "객원기자", "논설실장", "칼럼니스트", "প্রতিবেদক", "সংবাদদাতা", "संवाददाता", "مراسل",
        "مراسلة"
    }
)  # fmt: skip
# Degrees and credentials written after a name, each set off by a comma ("Jane Doe, MS, RD"): no
# names of their own. Not "Ma" or "Do", which are also surnames.
_CREDENTIALS = frozenset(
    {
        "md",
        "phd",
        "ms",
        "rd",
        "rn",
        "mph",
        "mba",
        "dds",
        "dvm",
        "pharmd",
        "psyd",
        "edd",
        "esq",
        "lcsw",
        "cpa",
        "msc",
        "bsc",
    }
)
# "Special to The Post", ", for The Gazette", "For The Gazette": whom the author writes for, not a name
# (not "Organization for Transformative Works").
_WRITING_FOR = re.compile(
    r"(?:,?\s+special\s+(?:to|for)|,\s*(?:to|for)|\s+(?-i:For|To))\s+(?:the\s+)?(?-i:[A-Z]).*$", re.IGNORECASE
)
# After "By": "By Jane Example for The Gazette" too.
_WRITING_FOR_AFTER_BY = re.compile(r"\s+(?:special\s+)?(?:to|for)\s+(?:the\s+)?(?-i:[A-Z]).*$", re.IGNORECASE)
_DEGREES = _CREDENTIALS | {"ma", "ba", "bs", "mfa"}
_PROMPTS = re.compile(
    r"\b(?:e-?mail the authors?|follow(?: on)?(?: twitter)?|view (?:all|more)(?: posts)?|"
    r"more (?:from|by|articles)|read more|see all|"
    r"(?:edited|photos?|photographs|illustrations?|graphics|video|translated|fact-checked|reviewed) by)\b.*$",
    re.IGNORECASE,
)
_URL = re.compile(r"(?:https?://|www\.)\S*|\S+@\S+\.\S+|@\w+", re.IGNORECASE)
_PARENTHESIS = re.compile(r"\([^)]*(?:https?:|www\.|@|\d)[^)]*\)")
_CO_AUTHORS = re.compile(r"\(\s*((?:avec|with|mit|con|and|et|und|y)\s[^)]*)\)", re.IGNORECASE)
# Words run together where markup separated them: "Carrie ArnoldNovember 15", "JILL LAWLESSAssociated Press".
_GLUED = re.compile(
    r"(?<=[a-z])(?=(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*\d)|(?<=[A-Z]{2})(?=[A-Z][a-z]{2,})"
)
_DIGIT = re.compile(r"\d")
MAX_BYLINE_CHARS = 300
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_TRAILING_PUNCTUATION = " \t.,:;|-–—•·\"'"
_TRAILING_PARENTHETICAL = re.compile(r"\s*[(\[][^()\[\]]*[)\]]$")
# Stripped from a name's end always: weekdays and the words that introduce a date.
_DATE_WORDS = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "at",
        "updated", "published"
    }
)  # fmt: skip
# Stripped only when a date was cut off after them ("Theresa May" keeps her name).
_DATE_WORDS_BEFORE_DIGITS = _DATE_WORDS | frozenset(
    {
        "le", "el", "am", "il", "em", "op", "den", "dnia",
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "mon", "tue", "wed", "thu", "fri", "sat", "sun"
    }
)  # fmt: skip


def clean_authors(values: Iterable[str]) -> tuple[str, ...]:
    """Turn raw by-line strings into distinct author names, first seen first."""
    names: list[str] = []
    seen: set[str] = set()
    for value in values:
        for name in split_byline(value):
            key = name.casefold()
            if key not in seen:
                seen.add(key)
                names.append(name)
    return tuple(names[:MAX_AUTHORS])


def split_byline(value: str) -> list[str]:
    """The plausible names in one by-line string, in order."""
    text = " ".join(value.split()).lstrip("/|•·-–— ")  # "// By Jane Example": marks before the byline
    if "기자" in text or "사진" in text or "특파원" in text:
        # Korean: the reporter's title glued to the name ("김민수기자"); the photographer's part goes ("글 박지윤 기자
        # · 사진 최현우 기자": text by one, photos by the other)
        text = _KOREAN_PHOTOS.sub("", _KOREAN_GLUED_ROLE.sub("", _KOREAN_NAME_LABEL.sub("", text)))
    text = _FULL_WIDTH_BRACKETS.sub("", _FILED_FROM.sub("", _SCRIPT_LEAD_IN.sub("", text)))
    if not text or len(text) > MAX_BYLINE_CHARS or _looks_like_url(text):
        return []  # a by-line is short: a long value is not one, and would cost the patterns time
    placed = PLACE_BEFORE_NAME.match(text)
    if placed is not None:
        text = placed["name"]  # "الرياض - محمد العتيبي": where the writer files from, then the name
    text = _GLUED.sub(", ", _PARENTHESIS.sub(" ", text))
    text = _CO_AUTHORS.sub(r", \1", text)
    text = _URL.sub(" ", text)
    if len(OUTLET_AFTER_NAME.sub("", text).split()) >= 2:
        text = OUTLET_AFTER_NAME.sub("", text)  # "Andi Contoh - detikNews": the outlet after the name
    text = (_WRITING_FOR_AFTER_BY if _LEAD_IN.match(text) else _WRITING_FOR).sub("", _PROMPTS.sub("", text))
    text = _JOB_AFTER_NAME.sub("", text)  # "Harriet Example, Local Democracy Reporter": the post, no second name
    # after a bar, the name's place, outlet, post, e-mail or date: "Marta Exemple | Vilafont de Mar"
    names = _names_of(text.partition("|")[0]) or _names_of(text)
    # an outlet's short name in capitals after a person's ("By Jane Example, CNN"; "AP", "AFP", "BBC"), an
    # outlet's name ("Lakeview Tribune", "El Diario del Sureste", "CBC News"), and one word after a full name
    # ("Por Mariana Exemplo, Campinas"): a place, not a second author
    full = bool(names) and " " in names[0]
    return [
        name
        for i, name in enumerate(names)
        if i == 0
        or not (
            _OUTLET_ACRONYM.fullmatch(name)
            or _OUTLET_WORD.search(name)
            or (full and " " not in name and (not _caseless(name) or _SPACED_SCRIPT_WORD.fullmatch(name) is not None))
        )
    ]


def _names_of(text: str) -> list[str]:
    """The plausible names among the parts of ``text`` that the byline's separators split."""
    names = []
    for part in _SEPARATORS.split(text):
        name = _clean_part(part)
        if name is not None:
            names.append(name)
    return names


# The letters of the scripts without capitals that space their words (Hebrew, Arabic, the Indian scripts, Thai,
# Khmer): one word of them after a full name is a place ("सुनील शर्मा, जयपुर"); Chinese and Korean names
# are single runs
_SPACED_SCRIPT = "\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u1780-\u17ff"
_SPACED_SCRIPT_WORD = re.compile(f"[{_SPACED_SCRIPT}]+")
# A place, one word of those scripts, then a dash or a colon and a name of two to four of their words: "الرياض -
# محمد العتيبي", "دبي: محمد عبدالله الكتبي"
PLACE_BEFORE_NAME = re.compile(
    rf"^[{_SPACED_SCRIPT}]+\s*(?:\s[-–—]\s|[:：])\s*(?P<name>[{_SPACED_SCRIPT}]+(?:\s[{_SPACED_SCRIPT}.]+){{1,3}})$"
)


_OUTLET_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _clean_part(part: str) -> str | None:
    if _EDITOR_LABEL.match(part.strip()):
        return None  # "Penulis: Andi Example | Editor: Budi Example": the editor wrote none of it
    text = _TRAILING_PARENTHETICAL.sub("", part.strip(_TRAILING_PUNCTUATION))
    text = _strip_lead_in(text.strip(_TRAILING_PUNCTUATION))
    digit = _DIGIT.search(text)
    if digit is not None:  # "Lucas Nolan22 Dec 2016": the date glued to the name goes
        head = text[: digit.start()]
        if head[-1:].isalpha() and " " not in head.strip():
            return None  # "user7567": a handle, not a name
        text = _strip_trailing_dates(head, _DATE_WORDS_BEFORE_DIGITS)
    text = _strip_trailing_dates(text.strip(_TRAILING_PUNCTUATION), _DATE_WORDS)
    roled = text.split()[-1:] != _strip_roles(text).split()[-1:]
    stripped = _strip_roles(text).strip(_TRAILING_PUNCTUATION)
    if roled and " " not in stripped and text.split()[-1].casefold() in _TEAM_WORDS:
        return None  # a desk, no person: "Web Desk", "Metro Team"
    text = _without_beat(stripped) if roled else stripped
    if _INITIAL_END.search(part.strip()) and _INITIAL_END.search(text + "."):
        text += "."  # a name closed by an initial keeps its stop: "Josefina Araya C."
    return text if _is_plausible_name(text) else None


_INITIAL_END = re.compile(r"\s(?-i:[A-ZÀ-ÞĀ-Ž])\.$")


_TEAM_WORDS = frozenset({"desk", "team", "wire"})


def _without_beat(text: str) -> str:
    """A name without the beat a role followed: "Hannah Example North of England" (correspondent) is
    "Hannah Example"; the name is the capitalised words before the beat's first word, two at least."""
    words = text.split()
    lower = next((i for i, word in enumerate(words) if word[:1].islower() and word not in NAME_PARTICLES), None)
    if lower is None or lower < 3:
        return text
    return " ".join(words[: lower - 1])


# The particles of names of several languages, written in lower case between a name's capitalised words
# ("Sanne de Groot", "Ana da Silva")
NAME_PARTICLES = frozenset("de van der von da di del dos das du la le bin al el ten ter".split())


def _strip_lead_in(text: str) -> str:
    match = _LEAD_IN.match(text)
    if match is None:
        return text
    word = match.group(0).strip(" :-–—").casefold()
    if word in _DESKS and len(text[match.end() :].split()) == 1:
        return ""  # a desk with its section, no person: "Redacción Nación", "Redaktion Sport"
    if word in _AMBIGUOUS_LEAD_IN and ":" not in match.group(0) and not match.group(0)[:1].islower():
        return text  # "Di Maio", "Da Silva": a name; "di Marco Rossi" in lower case is a byline's "by"
    if word in _NAME_OR_BY and len(text[match.end() :].split()) < 2:
        return text  # "Gan Lin", a Chinese name; "Gan Dafydd Jones" is Welsh "by" and a name
    return text[match.end() :]


def _strip_trailing_dates(text: str, words_to_strip: frozenset[str]) -> str:
    words = text.split()
    while words and words[-1].rstrip(".,").casefold() in words_to_strip:
        words.pop()
    return " ".join(words)


# What "By" opens in a heading or a phrase, not a byline ("By The Numbers", "By Land And Sea", "Von Anfang
# An", "Par Ailleurs", "Por Fin"): whole names refused.
_PHRASES = frozenset(
    {
        "the numbers", "numbers", "the way", "the book", "any means necessary", "design", "default", "far",
        "chance", "accident", "mistake", "contrast", "comparison", "definition", "nature", "popular demand",
        "request", "land", "sea", "air", "train", "car", "bus", "foot", "night", "day", "hand", "heart",
        "anfang an", "anfang", "ailleurs", "fin", "cierto", "supuesto", "favor",
    }
)  # fmt: skip


def _is_plausible_name(text: str) -> bool:
    if text.casefold() in _PHRASES:
        return False
    words = text.split()
    if not words or len(words) > MAX_WORDS or len(text) < 2 or len(text) > 80:
        return False
    if ":" in text or any(word.casefold().strip(".:") in _ROLE_WORDS for word in words):
        return False  # "Topic: Hardware" is a label
    if len(words) == 1 and words[0].casefold().replace(".", "") in _CREDENTIALS:
        return False
    # "posted in news" is a phrase, not a name; scripts without case are taken as they come
    return not (_LATIN_LETTER.search(text) and not any(character.isupper() for character in text))


def _strip_roles(text: str) -> str:
    """Drop role words at either end: "Jane Doe Staff Writer" -> "Jane Doe", and a degree in capitals
    that opens a part ("Jane Doe, MA WebMD Health News")."""
    words = text.split()
    if len(words) > 2 and words[0].isupper() and words[0].casefold().replace(".", "") in _DEGREES:
        words.pop(0)
    titled = bool(words) and _is_role(words[-1]) and words[-1].casefold() not in ("staff", "desk", "team")
    while words and _is_role(words[-1]):
        words.pop()
    while words and _is_role(words[0]):
        words.pop(0)
    if titled and len(words) == 1 and words[0][:1].isupper() and not _caseless(words[0]):
        return ""  # "Health Correspondent", "Senior Business Reporter": a job's title (not "Reuters Staff")
    return " ".join(words)


def _caseless(word: str) -> bool:
    """A word that may be a whole name on its own: in a script without case ("肖春芳")."""
    return not any(character.isupper() or character.islower() for character in word)


def _is_role(word: str) -> bool:
    """A role word, also hyphenated into a title ("Editor-at-large", "Editor-In-Chief", "Staff-Writer";
    not "Staff-Smith")."""
    folded = word.casefold().strip(".:")
    if folded in _ROLE_WORDS:
        return True
    first, *rest = folded.split("-")
    return bool(rest) and first in _ROLE_WORDS and all(part in _TITLE_PARTS for part in rest)


_TITLE_PARTS = _ROLE_WORDS | {"in", "at", "large", "chief"}


def _looks_like_url(text: str) -> bool:
    lowered = text.casefold()
    return lowered.startswith(("http://", "https://", "www.", "/")) or (
        " " not in text and ("/" in text or lowered.endswith((".com", ".org", ".net")))
    )
