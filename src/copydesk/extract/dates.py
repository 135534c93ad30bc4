"""Date strings as pages write them -> ISO 8601, or ``None``.

A date-time keeps its timezone offset when it has one (``2019-03-05T10:00:00+01:00``), stays
naive when it has none, and a date alone stays a date (``2019-03-05``). Pure, no I/O.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from copydesk.scripts import MARKS

MIN_YEAR = 1970
MAX_YEAR = 2100

# Weekday names in the languages whose datelines are read (English, German, French, Spanish, Italian,
# Portuguese, Dutch, Polish, Russian, Turkish, Indonesian, Hungarian, the Nordic languages, Czech, Romanian,
# Ukrainian, Greek, Slovenian, Macedonian, Catalan, Galician, Afrikaans, Malay, Tagalog, Icelandic, Belarusian,
# Kazakh): one may stand between a date and its time
# ("05 Kasım 2025 Çarşamba 10:15").
_WEEKDAY_NAMES = "|".join(
    """monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag
    samstag sonnabend sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles
    miercoles jueves viernes sábado sabado domingo lunedì lunedi martedì martedi mercoledì mercoledi giovedì
    giovedi venerdì venerdi sabato domenica segunda-feira terça-feira quarta-feira quinta-feira sexta-feira
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag poniedziałek wtorek środa czwartek piątek
    sobota niedziela понедельник вторник среда четверг пятница суббота воскресенье pazartesi salı çarşamba
    perşembe cuma cumartesi pazar senin selasa rabu kamis jumat sabtu minggu hétfő kedd szerda csütörtök péntek
    szombat vasárnap måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag maanantai
    tiistai keskiviikko torstai perjantai lauantai sunnuntai pondělí úterý středa čtvrtek pátek neděle luni marți
    miercuri joi vineri sâmbătă duminică понеділок вівторок середа четвер п'ятниця пʼятниця субота неділя δευτέρα
    τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή
    सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রবিবার
    esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev pirmdiena otrdiena trešdiena ceturtdiena
    piektdiena sestdiena svētdiena pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis
    sekmadienis ponedjeljak utorak srijeda četvrtak petak nedjelja понедељак уторак четвртак петак недеља
    понеделник сряда четвъртък петък събота pondelok utorok streda štvrtok piatok nedeľa jumatatu jumanne
    jumatano alhamisi ijumaa jumamosi jumapili ponedeljek torek sreda četrtek nedelja четврток петок сабота
    недела dilluns dimarts dimecres dijous divendres dissabte diumenge luns mércores xoves venres vrydag
    saterdag sondag isnin khamis jumaat ahad
    miyerkules huwebes biyernes mánudagur þriðjudagur miðvikudagur fimmtudagur föstudagur laugardagur
    sunnudagur панядзелак аўторак серада чацвер пятніца нядзеля дүйсенбі сейсенбі сәрсенбі бейсенбі
    жұма сенбі жексенбі""".split()
)
# The time that may follow a date: after a comma, a space or a dash, a weekday's name (or a CJK one in
# brackets, "(金)") and the word for "at" ("at", "à", "às", "a las", "alle", "ore", "om", "um", "в", "saat",
# "kl."); written "18:42", "18.42", "06h45" or "12時30分", with seconds, "am"/"pm", "Uhr" or "h", and a
# zone whose offset is fixed. Not the start of another date or a decimal ("12.03.2025", "10.5").
_TIME = (
    rf"(?:(?:(?:\s*,\s*|\s*[-–—|]\s*|\s+)(?:\(?(?:{_WEEKDAY_NAMES}|星期[一二三四五六日天]|週[一二三四五六日]|"
    rf"周[一二三四五六日])\)?,?\s+)?|\s*[(（][^\W\d_][)）]\s*)"
    r"(?:(?:at|à|às|a las|alle|ore|om|um|в|saat|kl\.?|klo|pukul)\s*)?"
    r"(?P<half>午前|午後|오전|오후|上午|下午)?\s*"
    r"(?P<H>\d{1,2})(?:[:.h]|時|시\s?)(?P<M>\d{2})[分분]?(?::(?P<S>\d{2}))?(?![.:/]?\d)\s*(?P<ampm>[ap]\.?m\.?|[صم](?!\w))?"
    r"(?:\s*(?:uhr|h)\b)?"
    r"(?:\s*(?P<tz>(?-i:(?:UTC|GMT|Z)(?![+-]\d)|[ECMP][SD]T|CES?T)|[+-]\d{2}:?\d{2})\b)?)?"
)
_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T\s]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<tz>(?:Z|UTC|GMT)(?![+-]\d)|[+-]\d{2}(?::?\d{2})?)?)?",  # "GMT+1": an offset not told, none
    re.IGNORECASE,
)
_SLASHED_YMD = re.compile(r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})" + _TIME, re.I)
_DOTTED_DMY = re.compile(r"(?<!\d)(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})(?!\d)" + _TIME, re.I)
_COMPACT = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?:T(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})?)?")

_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_HALF_DAY = re.compile(r"\d\s*[ap]\.?m\b\.?", re.I)
_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_MONTH = r"(?P<mon>[a-z]{3,9})\.?"
# Zones written by name whose offset is fixed (not "ET" or "IST", which name several).
_ZONES = {"EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00", "MST": "-07:00",
          "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00", "CET": "+01:00", "CEST": "+02:00"}  # fmt: skip
_MONTH_FIRST = re.compile(_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})" + _TIME, re.I)
_DAY_FIRST = re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+" + _MONTH + r",?\s+(?P<y>\d{4})" + _TIME, re.I)


def normalise_date(value: str | None) -> str | None:
    """Return ``value`` as an ISO 8601 date or date-time, or ``None`` when it is not a date."""
    if not value:
        return None
    text = " ".join(value.split())
    if not text or len(text) > 100:
        return None
    for parse in (_parse_iso, _parse_rfc2822, _parse_named_month, _parse_numeric):
        result = parse(text)
        if result is not None:
            return result
    return None


def _parse_iso(text: str) -> str | None:
    match = _ISO.match(text)
    if match is None:
        return None
    parts = match.groupdict()
    if parts["H"] is None:
        return _iso_date(parts["y"], parts["m"], parts["d"])
    return _iso_datetime(parts, _offset(parts["tz"]))


def _parse_rfc2822(text: str) -> str | None:
    if _CLOCK.search(text) is None or _HALF_DAY.search(text) is not None:
        return None  # no time, or one of twelve hours ("10:05 pm"), which the RFC's parser reads as morning
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    if parsed.tzinfo is None and _OFFSET.search(text):
        return None  # an offset it did not read ("+01:00"): the named month's parser reads it
    return parsed.isoformat()


_OFFSET = re.compile(r"[+-]\d\d:\d\d\b")


def _parse_named_month(text: str) -> str | None:
    for pattern in (_MONTH_FIRST, _DAY_FIRST):
        match = pattern.search(text)
        if match is None:
            continue
        month = _MONTHS.get(match["mon"].lower())
        if month is not None:
            return _dated(match, month)
    return None


def _parse_numeric(text: str) -> str | None:
    for pattern in (_SLASHED_YMD, _DOTTED_DMY):
        match = pattern.search(text)
        if match is not None:
            return _dated(match, int(match["m"]))
    match = _COMPACT.fullmatch(text)
    if match is None:
        return None
    if match["H"] is None:
        return _iso_date(match["y"], match["m"], match["d"])
    return _iso_datetime(match.groupdict(), None)


def _dated(match: re.Match[str], month: int, day: str | None = None, year: str | None = None) -> str | None:
    """The date a match of a pattern ending in :data:`_TIME` writes, in ``month`` (and on ``day`` and in
    ``year`` when given, else its ``d`` and ``y``), with its time when it has one; a time that cannot be
    ("25:70") leaves the date alone."""
    found = _iso_date(year or match["y"], str(month), day or match["d"])
    if found is None or match["H"] is None:
        return found
    parts = {**match.groupdict(), "y": year or match["y"], "m": str(month), "d": day or match["d"]}
    parts["H"] = str(_hour_24(int(match["H"]), match["ampm"] or match.groupdict().get("half")))
    zone = parts["tz"]
    return _iso_datetime(parts, _offset(_ZONES.get(zone, zone) if zone else None)) or found


# the afternoon's half of the day in Japanese, Korean and Chinese, and Arabic's "م" after the time
_AFTERNOON = ("午後", "오후", "下午", "م")


def _hour_24(hour: int, ampm: str | None) -> int:
    if not ampm:
        return hour
    is_pm = ampm.lower().startswith("p") or ampm in _AFTERNOON
    if hour == 12:
        return 12 if is_pm else 0
    return hour + 12 if is_pm else hour


def _offset(tz: str | None) -> timezone | None:
    if tz is None:
        return None
    if tz.upper() in ("Z", "UTC", "GMT"):
        return UTC
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _iso_date(year: str, month: str, day: str) -> str | None:
    try:
        parsed = date(int(year), int(month), int(day))
    except ValueError:
        return None
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    return parsed.isoformat()


def _iso_datetime(parts: dict[str, str | None], tz: timezone | None) -> str | None:
    try:
        parsed = datetime(
            int(parts["y"] or 0),
            int(parts["m"] or 0),
            int(parts["d"] or 0),
            int(parts["H"] or 0),
            int(parts["M"] or 0),
            int(parts.get("S") or 0),
            tzinfo=tz,
        )
    except ValueError:
        return None
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    return parsed.isoformat()


# Month names (and common abbreviations) of the languages whose datelines cleaning reads, beyond
# English (:data:`_MONTHS`): German, French, Spanish, Italian, Portuguese, Dutch, and the genitive
# forms that Polish, Russian, Ukrainian and Turkish write after a day ("12 marca 2024", "12 марта 2024",
# "27 травня 2025"), Indonesian and Malay, Arabic (with the Maghreb's names, "جانفي", "غشت", Egypt's "يونيه"
# and the spellings without a hamza, "اغسطس"), Hindi and Bengali, Catalan, Croatian, Slovak, Swahili and
# Tagalog (not the Croatian "listopada", October, which is the Polish November).
_WORLD_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "januar jänner janvier enero gennaio janeiro januari janv ene gen stycznia sty января янв ocak يناير "
            "ledna ianuarie tammikuuta január ιανουαρίου जनवरी січня জানুয়ারি gener siječnja januára جانفي",
            "februar février fevrier febrero febbraio fevereiro februari févr fevr fev lutego lut февраля фев "
            "şubat subat فبراير února februarie helmikuuta február φεβρουαρίου फ़रवरी फरवरी лютого ফেব্রুয়ারি "
            "febrer veljače februára pebrero فيفري",
            "märz mär maerz mars marzo março maart mrt marca марта мар mart maret مارس března martie "
            "maaliskuuta március marts μαρτίου मार्च березня mac মার্চ març ožujka machi marso marec",
            "avril abril aprile april avr abr kwietnia kwi апреля апр nisan أبريل إبريل dubna aprilie huhtikuuta "
            "április απριλίου अप्रैल квітня এপ্রিল travnja apríla aprili ابريل أفريل افريل apríl",
            "mai mayo maggio maio mei mag maja maj мая май mayıs mayis مايو května toukokuuta május μαΐου मई травня "
            "মে maig svibnja mája ماي máj",
            "juni juin junio giugno junho giu czerwca cze июня июн haziran يونيو června iunie kesäkuuta június "
            "ιουνίου जून червня জুন juny lipnja júna hunyo يونيه جوان jún",
            "juli juillet julio luglio julho juil lug lipca lip июля июл temmuz يوليو července iulie heinäkuuta "
            "július ιουλίου जुलाई липня julai জুলাই juliol srpnja júla hulyo يوليه جويلية يوليوز júl",
            "august août aout agosto augustus agustus ago sierpnia sie августа авг ağustos agustos أغسطس srpna "
            "augusti agu agt elokuuta augusztus αυγούστου अगस्त серпня ogos আগস্ট agost kolovoza augusta agosti "
            "اغسطس أوت اوت غشت",
            "september septembre septiembre setiembre settembre setembro set września wrz сентября сен eylül eylul "
            "سبتمبر září septembrie syyskuuta szeptember σεπτεμβρίου सितंबर सितम्बर вересня সেপ্টেম্বর setembre "
            "rujna septembra septemba setyembre شتنبر",
            "oktober octobre octubre ottobre outubro okt ott out października paź октября окт ekim أكتوبر října "
            "octombrie lokakuuta október οκτωβρίου अक्टूबर अक्तूबर жовтня অক্টোবর októbra oktoba oktubre اكتوبر",
            "november novembre noviembre novembro listopada lis ноября ноя kasım kasim نوفمبر listopadu noiembrie "
            "marraskuuta νοεμβρίου नवंबर नवम्बर листопада নভেম্বর studenoga studenog novembra novemba nobyembre نونبر",
            "dezember décembre decembre diciembre dicembre dezembro december dez déc dic grudnia gru декабря дек "
            "aralık aralik desember ديسمبر prosince decembrie joulukuuta δεκεμβρίου दिसंबर दिसम्बर грудня disember "
            "ডিসেম্বর desembre prosinca decembra desemba disyembre دجنبر",
        ),
        start=1,
    )
    for name in names.split()
}
# Urdu
_WORLD_MONTHS.update(
    (name, number)
    for number, name in enumerate(
        "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر".split(), start=1
    )
)
# Hausa
_WORLD_MONTHS.update(
    (name, number)
    for number, name in enumerate(
        "janairu fabrairu maris afrilu mayu yuni yuli agusta satumba oktoba nuwamba disamba".split(), start=1
    )
)
# Estonian (the day's number with its dot: "12. märts 2025")
_WORLD_MONTHS.update(
    (name, number)
    for number, name in enumerate(
        "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember".split(), start=1
    )
)
# The Indian languages' names of the months (taken from English): Marathi, Nepali, Gujarati, Punjabi,
# Tamil, Telugu, Kannada, Malayalam and Sinhala ("15 அக்டோபர் 2024", "మార్చి 5, 2025")
_WORLD_MONTHS.update(
    (name, number)
    for number, names in enumerate(
        (
            "जानेवारी जनवरी જાન્યુઆરી ਜਨਵਰੀ ஜனவரி జనవరి ಜನವರಿ ജനുവരി ජනවාරි",
            "फेब्रुवारी फेब्रुअरी ફેબ્રુઆરી ਫ਼ਰਵਰੀ ਫਰਵਰੀ பிப்ரவரி ఫిబ్రవరి ಫೆಬ್ರವರಿ ഫെബ്രുവരി පෙබරවාරි",
            "માર્ચ ਮਾਰਚ மார்ச் మార్చి ಮಾರ್ಚ್ മാർച്ച് මාර්තු",
            "एप्रिल अप्रिल એપ્રિલ ਅਪ੍ਰੈਲ ਅਪਰੈਲ ஏப்ரல் ఏప్రిల్ ಏಪ್ರಿಲ್ ഏപ്രിൽ අප්රේල්",
            "मे મે ਮਈ மே మే ಮೇ മേയ് മെയ് මැයි",
            "जुन જૂન ਜੂਨ ஜூன் జూన్ ಜೂನ್ ജൂൺ ජූනි",
            "जुलै જુલાઈ ਜੁਲਾਈ ஜூலை జూలై జులై ಜುಲೈ ജൂലൈ ජූලි",
            "ऑगस्ट अगस्ट ઓગસ્ટ ਅਗਸਤ ஆகஸ்ட் ఆగస్టు ಆಗಸ್ಟ್ ഓഗസ്റ്റ് ആഗസ്റ്റ് අගෝස්තු",
            "सप्टेंबर सेप्टेम्बर સપ્ટેમ્બર ਸਤੰਬਰ செப்டம்பர் సెప్టెంబర్ ಸೆಪ್ಟೆಂಬರ್ സെപ്റ്റംബർ සැප්තැම්බර්",
            "ऑक्टोबर अक्टोबर ઓક્ટોબર ਅਕਤੂਬਰ அக்டோபர் అక్టోబర్ ಅಕ್ಟೋಬರ್ ഒക്ടോബർ ඔක්තෝබර්",
            "नोव्हेंबर नोभेम्बर નવેમ્બર ਨਵੰਬਰ நவம்பர் నవంబర్ ನವೆಂಬರ್ നവംബർ නොවැම්බර්",
            "डिसेंबर डिसेम्बर ડિસેમ્બર ਦਸੰਬਰ டிசம்பர் డిసెంబర్ ಡಿಸೆಂಬರ್ ഡിസംബർ දෙසැම්බර්",
        ),
        start=1,
    )
    for name in names.split()
)
# Bulgarian, and the Lithuanian (genitive) and Latvian (locative, nominative) names the Baltic dates write
_WORLD_MONTHS.update(
    (name, number)
    for number, names in enumerate(
        (
            "януари sausio janvārī janvāris",
            "февруари vasario februārī februāris",
            "март kovo martā marts",
            "април balandžio aprīlī aprīlis",
            "gegužės maijā maijs",
            "юни birželio jūnijā jūnijs",
            "юли liepos jūlijā jūlijs",
            "август rugpjūčio augustā augusts",
            "септември rugsėjo septembrī septembris",
            "октомври spalio oktobrī oktobris",
            "ноември lapkričio novembrī novembris",
            "декември gruodžio decembrī decembris",
        ),
        start=1,
    )
    for name in names.split()
)
_WORLD_DAY_FIRST = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})(?:(?:\.|º|er)?\s+|\.)(?:de\s+|d['’])?"  # Catalan elides "de": "9 d’abril de 2024"
    rf"(?P<mon>(?:[^\W\d_]|[{MARKS}]){{2,12}})"
    r"(?:\.?,?\s+|\.)(?:de\s+)?"
    r"(?P<y>\d{4})(?!\d)" + _TIME,
    re.I,
)
_CJK_DATE = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]" + _TIME, re.I
)
# Japan's era years: 令和 (Reiwa) 1 is 2019, 平成 (Heisei) 1 is 1989 ("令和5年7月22日", 元年 its first year)
_JAPANESE_ERAS = {"令和": 2018, "平成": 1988}
_ERA_DATE = re.compile(
    r"(?P<era>令和|平成)\s*(?P<n>\d{1,2}|元)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日" + _TIME, re.I
)
# Hungarian puts the year first and the month's name after it: "2024. július 18. 10:24"
_YEAR_FIRST_NAMED = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)\.\s+(?P<mon>[^\W\d_]{3,12})\.?\s+(?P<d>\d{1,2})\.?,?" + _TIME, re.I
)
# Lithuanian and Latvian put the year first, then the month's name and the day: "2024 m. kovo 12 d.",
# "2024. gada 12. martā"
_BALTIC_DATES = (
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*m\.\s+(?P<mon>[^\W\d_]{3,12})\s+(?P<d>\d{1,2})\s*d\.?" + _TIME, re.I),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\.\s*gada\s+(?P<d>\d{1,2})\.\s*(?P<mon>[^\W\d_]{3,12})" + _TIME, re.I),
)
# A month's name of another language before the day: Swahili "Machi 12, 2024", Tagalog "Marso 12, 2024"
_WORLD_MONTH_FIRST = re.compile(
    rf"(?<![\w.])(?P<mon>(?:[^\W\d_]|[{MARKS}]){{2,12}})"
    r"\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)(?!\d)" + _TIME,
    re.I,
)
# The Levantine Arabic months, of two words some ("٢٣ تشرين الأول ٢٠٢٣")
_LEVANTINE_MONTHS = {
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9,
    "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
}  # fmt: skip
_LEVANTINE_DATE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s+(?P<mon>"
    + "|".join(sorted(_LEVANTINE_MONTHS, key=len, reverse=True))
    # with the month's other name after a slash or in brackets: "28 آب/أغسطس 2013", "5 شباط (فبراير) 2024"
    + r")(?:\s*/\s*[\u0621-\u064a]{3,8}|\s*\([\u0621-\u064a]{3,8}\))?\s+(?P<y>(?:19|20)\d\d)(?!\d)"
    + _TIME
)
_ISO_INSIDE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?!\d)" + _TIME, re.I)
_SLASHED = re.compile(r"(?<![\d/])(?P<a>\d{1,2})[/-](?P<b>\d{1,2})[/-](?P<y>(?:19|20)\d\d)(?![\d/])" + _TIME, re.I)
# What only a line written in a language that puts the day before the month says (US English puts the
# month first): the words for "published" and "updated" of German, French, Spanish, Italian, Portuguese,
# Dutch, Polish, Turkish and Russian, the word for "at" before a clock time ("à 21:30", "às 22:15",
# "om 09:30", "в 09:05"), and a clock time written "06h00" or "18:42 Uhr".
_DAY_FIRST_WORDS = re.compile(
    r"\b(?:veröffentlicht|aktualisiert|erstellt|publiée?|mise? à jour|modifiée?|publicad[oa]|actualizad[oa]|"
    r"atualizad[oa]|pubblicat[oa]|aggiornat[oa]|modifica(?:t[oa])?|gepubliceerd|bijgewerkt|laatste update|"
    r"opublikowano|aktualizacja|zaktualizowano|yayınlan(?:ma|dı)|güncelle(?:me|ndi)|опубликовано|обновлено|"
    r"publicerad|uppdaterad|publiceret|opdateret|publisert|oppdatert|julkaistu|päivitetty|publikováno|"
    r"aktualizováno|diterbitkan|diperbarui|wib|wita|wit|pukul|đăng|ngày|cập nhật)\b|"
    r"\b(?:à|às|a las|alle|ore|om|um|в|saat|kl\.?|klo)\s*\d{1,2}[:.h]\d\d|"
    r"\b\d{1,2}(?:h\d\d|[:.]\d\d\s*uhr)\b",
    re.I,
)


# The weekdays' names of the languages that write the day first (those of _WEEKDAY_NAMES but English's), and
# Vietnamese's ("Thứ Ba, 08/07/2025 09:12")
_ENGLISH_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DAY_FIRST_WEEKDAYS = re.compile(
    r"^\W*(?:"
    + "|".join(name for name in _WEEKDAY_NAMES.split("|") if name not in _ENGLISH_WEEKDAYS)
    + r"|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s*,?\s+\d{1,2}[/.-]",
    re.IGNORECASE,
)


def writes_day_first(text: str) -> bool:
    """Whether a line's own words say that its dates in figures put the day before the month
    ("Publicado em 02/08/2025", "Le 03/03/2025 à 21:30", "12/05/2025 06h00", "Thứ Ba, 08/07/2025"): words that no
    US English dateline, which puts the month first, uses, or a weekday's name of another language opening it.
    (Dots between the figures, "05.06.2025", put the day first wherever they stand; :func:`find_date` needs no
    such word for them.)"""
    return _DAY_FIRST_WORDS.search(text) is not None or _DAY_FIRST_WEEKDAYS.search(text) is not None


# The decimal digits of other scripts, read as ASCII ones: Arabic-Indic ("١٢ مارس ٢٠٢٥"), Persian
# ("۱۰ اردیبهشت ۱۴۰۴"), Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Thai, Lao,
# Burmese, Khmer and full-width digits.
_DIGIT_ZEROS = (
    0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50, 0x0ED0,
    0x1040, 0x17E0, 0xFF10,
)  # fmt: skip
_DIGITS = {code: str(value) for first in _DIGIT_ZEROS for value, code in enumerate(range(first, first + 10))}
# Thai months, in full and as their usual abbreviations ("5 ก.พ. 2568"); Thai dates count the years of the
# Buddhist era, 543 years ahead ("พ.ศ. 2568" is 2025).
_THAI_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "มกราคม ม.ค.", "กุมภาพันธ์ ก.พ.", "มีนาคม มี.ค.", "เมษายน เม.ย.", "พฤษภาคม พ.ค.", "มิถุนายน มิ.ย.",
            "กรกฎาคม ก.ค.", "สิงหาคม ส.ค.", "กันยายน ก.ย.", "ตุลาคม ต.ค.", "พฤศจิกายน พ.ย.", "ธันวาคม ธ.ค.",
        ),
        start=1,
    )
    for name in names.split()
}  # fmt: skip
BUDDHIST_ERA = 543
_THAI_DATE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s*(?P<mon>"
    + "|".join(re.escape(name) for name in sorted(_THAI_MONTHS, key=len, reverse=True))
    + r")\s*(?:พ\.ศ\.\s*)?(?P<y>(?:25[1-6]\d|19\d\d|20\d\d))(?!\d)"
    + _TIME
    + r"(?:\s*น\.)?"  # "น." (o'clock) after the time
)
# The months of the Persian (solar) calendar, whose year starts at the March equinox ("۱۰ اردیبهشت ۱۴۰۴")
_PERSIAN_MONTHS = {
    name: number
    for number, name in enumerate("فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split(), start=1)
}
_PERSIAN_DATE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s+(?P<mon>" + "|".join(_PERSIAN_MONTHS) + r")\s+(?P<y>1[34]\d\d)(?!\d)" + _TIME
)
# A known first day of a Persian year (1 Farvardin 1404 was 21 March 2025); the leap years of the
# calendar's 33-year arithmetic cycle, which agrees with the astronomical one over this project's years.
_PERSIAN_EPOCH = (1404, date(2025, 3, 21))
_PERSIAN_LEAP = frozenset({1, 5, 9, 13, 17, 22, 26, 30})


def _persian_year_days(year: int) -> int:
    return 366 if year % 33 in _PERSIAN_LEAP else 365


def persian_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a day of the Persian (solar hijri) calendar, between 1349 and 1479 (1970-2100),
    or ``None`` when there is no such day."""
    if not 1349 <= year <= 1479 or not 1 <= month <= 12:
        return None
    length = 31 if month <= 6 else 30 if month <= 11 else _persian_year_days(year) - 336
    if not 1 <= day <= length:
        return None
    epoch_year, epoch = _PERSIAN_EPOCH
    offset = sum(_persian_year_days(y) for y in range(epoch_year, year)) - sum(
        _persian_year_days(y) for y in range(year, epoch_year)
    )
    offset += (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return epoch + timedelta(days=offset + day - 1)


def _calendar_date(line: str) -> str | None:
    """A Thai date of the Buddhist era or a Persian solar date, in the Gregorian calendar."""
    match = _THAI_DATE.search(line)
    if match is not None:
        year = int(match["y"])
        year -= BUDDHIST_ERA if year > MAX_YEAR else 0
        return _dated(match, _THAI_MONTHS[match["mon"]], year=str(year))
    match = _PERSIAN_DATE.search(line)
    if match is not None:
        day = persian_to_gregorian(int(match["y"]), _PERSIAN_MONTHS[match["mon"]], int(match["d"]))
        if day is None:
            return None
        return _dated(match, day.month, day=str(day.day), year=str(day.year))
    return None


def ascii_digits(text: str) -> str:
    """``text`` with the decimal digits of other scripts written as ASCII ones, the same length."""
    return text.translate(_DIGITS)


def without_calendar_dates(text: str) -> str:
    """``text`` with its Thai and Persian dates (and the times after them) blanked out, the same length:
    what a line of dates holds besides them (their month names and era are read as words of no script
    the dateline's other words are counted in)."""
    digits = ascii_digits(text)
    for pattern in (_THAI_DATE, _PERSIAN_DATE):
        for match in pattern.finditer(digits):
            text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    return text


def find_date(text: str | None, *, day_first: bool = False) -> str | None:
    """A date written in a short line of free text (a dateline, a byline with its date) as ISO
    8601, with the time written after it, or ``None``; of several, the first in this order of kinds:
    what :func:`normalise_date` reads (English month names, a month's name before the day first), an
    ISO date inside the line or another date with the year first ("2025.05.12", "2025/06/20"), a day
    before a month's name in German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian or
    Turkish ("12. März 2024", "1 de diciembre de 2017"), a Chinese, Japanese or Korean date
    ("2024年3月12日"), and a day and month in figures with slashes or dashes. Those are read only when
    their order cannot be mistaken ("26/05/2025", "03/03/2025"; with dots, as in "03.04.2025", the day
    comes first) or when the line's words say that the day comes first (:func:`writes_day_first`; with
    ``day_first``, the words of the line that ``text`` is a part of said so): never a bare
    "03/04/2025". The time may follow a weekday's name and the word for "at" ("05 Kasım 2025 Çarşamba
    10:15", "18 février 2025 à 06h45"); a relative time ("há 2 horas") gives none."""
    if not text or len(text) > 200:
        return None
    if not text.isascii():
        text = ascii_digits(text)
    found = normalise_date(text)
    if found is not None:
        return found
    line = " ".join(text.split())
    iso = _ISO.search(line)  # a date-time inside the line keeps its time and offset
    if iso is not None and (found := _parse_iso(line[iso.start() :])) is not None:
        return found
    for pattern in (_ISO_INSIDE, _CJK_DATE):
        match = pattern.search(line)
        if match is not None:
            return _dated(match, int(match["m"]))
    if not line.isascii() and (found := _calendar_date(line)) is not None:
        return found
    if not line.isascii():
        match = _ERA_DATE.search(line)
        if match is not None:
            year = _JAPANESE_ERAS[match["era"]] + (1 if match["n"] == "元" else int(match["n"]))
            return _dated(match, int(match["m"]), year=str(year))
        match = _LEVANTINE_DATE.search(line)
        if match is not None:
            return _dated(match, _LEVANTINE_MONTHS[match["mon"]])
    match = _YEAR_FIRST_NAMED.search(line)
    if match is not None and (month := _WORLD_MONTHS.get(match["mon"].lower())) is not None:
        return _dated(match, month)
    for match in _WORLD_DAY_FIRST.finditer(line):
        month = _WORLD_MONTHS.get(match["mon"].lower()) or _MONTHS.get(match["mon"].lower())
        if month is not None:
            return _dated(match, month)
    if "m." in line or "gada" in line:
        for pattern in _BALTIC_DATES:
            for match in pattern.finditer(line):
                if (month := _WORLD_MONTHS.get(match["mon"].lower())) is not None:
                    return _dated(match, month)
    match = _SLASHED.search(line)
    if match is not None:
        first, second = int(match["a"]), int(match["b"])
        if second > 12 >= first:
            return _dated(match, first, match["b"])
        if first > 12 >= second or first == second or (second <= 12 and (day_first or writes_day_first(line))):
            return _dated(match, second, match["a"])
        return None  # a numeric date whose order cannot be told comes first: no later date stands for it
    for match in _WORLD_MONTH_FIRST.finditer(line):
        month = _WORLD_MONTHS.get(match["mon"].lower())
        if month is not None:
            return _dated(match, month)
    match = SHORT_YEAR_DATE.search(line)
    if match is not None and _STAMP_BEFORE.search(line, 0, match.start()):
        one, two, century_year = int(match["d"]), int(match["m"]), f"20{match['yy']}"
        if match["sep"] == "." or one > 12 >= two or (two <= 12 and (day_first or writes_day_first(line))):
            return _dated(match, two, year=century_year)  # with dots, or where the order shows, the day comes first
        if two > 12 >= one:
            return _dated(match, one, match["m"], year=century_year)
    return None


# A day, a month and a year of two figures, the time right after them: "04.03.25 | 08:12", "27/07/25 09:40"
# (Hebrew and Russian sites print them so); without the time, a version's or a score's figures read the same.
# With slashes, the order is read as in "26/05/2025": only where it cannot be mistaken.
# The stamp right before them (figures of that shape are a version's, a fixture's or a draw's as often: "Build 10.2.25
# | 14:00", "Матч 2.3.24 18:00"): published, updated, in the languages whose sites print them so
_STAMP_BEFORE = re.compile(
    r"(?:פורסם|עודכן|published|updated|posted|опубликовано|обновлено|обновлен|опубліковано|оновлено|"
    r"opublikowano|aktualizacja|zaktualizowano|publikováno|aktualizováno|publicat|actualizat|objavljeno|"
    r"ažurirano|објављено|ажурирано)\s*:?\s*$",
    re.IGNORECASE,
)
SHORT_YEAR_DATE = re.compile(
    r"(?<![\w./])(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<yy>\d{2})(?![\d./])"
    r"(?=\s*[,|]?\s*\d{1,2}:\d\d)" + _TIME
)


# The words of dates, in lower case: month names and abbreviations, weekday names, of the languages
# above (for telling a line made of dates from a sentence with one).
MONTH_NAMES: frozenset[str] = (
    frozenset(_MONTHS) | frozenset(_WORLD_MONTHS) | frozenset(" ".join(_LEVANTINE_MONTHS).split())
)
WEEKDAY_NAMES: frozenset[str] = frozenset(_WEEKDAY_NAMES.split("|")) | frozenset(
    f"{prefix}{day}" for prefix in ("星期", "週", "周") for day in "一二三四五六日天"
)
