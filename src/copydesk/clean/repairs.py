"""Damage found in already-extracted news text, and its repair, with offsets into the input.

Each finder returns :class:`copydesk.types.Repair` records; nothing here changes text by itself."""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Iterator

from copydesk.extract.repair import repair_mojibake
from copydesk.types import Repair

# "difference.North": sentence punctuation (and a closing quote) between a lower-case word and a
# capitalised one, with no space. Not "U.S.President" (capital before), "Node.js" or "3.5" (no capital
# after), nor inside URLs and e-mail addresses (checked on the token).
# The stop first (a fast scan); the letters around it are checked in :func:`_glued`, in any script.
# Capital letters that are words of their own opening a sentence: English "A" and "I", Romance "A",
# "E", "O", "Y", "À", Polish, Czech and Slovak "W", "Z", "V", "S", "K", "U", Russian "В", "С", "К", "И",
# "А", "О", "У", "Я", "Е", Greek "Η", "Ο" ("Совет решил.В понедельник ...").
_ONE_LETTER_WORDS = "AIEOYÀWZVSKU" + "ВСКИАОУЯЕ" + "ΗΟ"
# A stop (with a "?" or "!" after it: "really?!") and a closing quote after it, or a closing quote and then the
# stop ("the “Brexit”.Next", "Zodiaco”?!Skip").
_GLUE = re.compile(
    r"[.!?](?:(?<=[\w%)\]][.!?])[!?]?[\"'”’»)]?|(?<=[\w%)\]][\"'”’»][.!?])[!?]?)"  # the stop first: a fast scan
    rf"(?=[“‘«]?(?:\w\w|\w[’':]|[{_ONE_LETTER_WORDS}] ))"
)
_CLOSING_QUOTES = "\"'”’»"
# Upper-case words that follow a dot without being a new sentence: file types and platforms ("report.PDF").
_NOT_SENTENCES = frozenset(
    "html htm json jpeg jpg png gif svg pdf doc docx xls xlsx ppt pptx txt csv xml mp3 mp4 mov exe zip net php asp "
    "aspx com org gov edu".split()
)
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr gen gov sen rep lt col sgt capt prof no vs etc inc ltd co corp fig approx dept est".split()
)
# Before a single letter, these are references ("Vol.I", "Pt.A", "Ch.I", "Apt.A"), not sentence ends; before
# a word they are words ("modern art.The", "photo op.Then").
_REFERENCES = frozenset("vol vols pt pts ch chap apt art sec sect para ed eds op cf pp".split())
_EXCLAIMED_NAMES = frozenset({"yahoo", "jeopardy", "wham"})
_WEB_TOKEN = re.compile(r"://|www\.|@|\.(?:com|org|net|gov|edu|io|co)\b", re.I)

# Apostrophes lost to a space: "China s", "don t", "they re". Found from the stray suffix, then the
# word before it decides: any word before "s", only the right stems before "t", "re", "ve", "ll", "m".
_STRAY_SUFFIX = re.compile(r" (?<=[A-Za-z0-9] )(s|t|re|ve|ll|m)(?=[\s,.;:!?)]|$)")  # the space first: a fast scan
_YEAR = re.compile(r"19\d\d|20\d\d")  # "2019 s best gadgets": a year's possessive (not "for 1800 s")
_STEMS = {
    "t": frozenset(
        "don can won isn aren wasn weren doesn didn hasn haven hadn couldn shouldn wouldn mustn needn ain mightn "
        "shan".split()
    ),
    "re": frozenset("you we they who what".split()),
    "ve": frozenset("i you we they who would could should might must".split()),
    "ll": frozenset("i you he she it we they that who there".split()),
    "m": frozenset({"i"}),
}
# Invisible control characters, or spacing other than one plain space.
# (a soft hyphen and a word joiner are invisible too: "trea\u00adsurer" is "treasurer"; a line or paragraph
# separator is a line break. A zero-width joiner stays: emoji sequences and Indic scripts need it.)
_ODD_SPACING = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff\u00ad\u2060]+"
    r"|[ \t\n\r\u00a0\u2000-\u200a\u3000\u2028\u2029]{2,}|[\t\n\r\u00a0\u2000-\u200a\u3000\u2028\u2029]"
)
_CONTROL_CHARS = frozenset(
    "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f\u200b\ufeff"
    "\u00ad\u2060"
)


def _glued(text: str, match: re.Match[str]) -> bool:
    """A lower-case letter (or a Korean one, of no case), a digit, "%", ")" or "]" before the stop, a closing
    quote between them aside; after it (an opening quote aside) a capitalised word, a word in capitals, an
    elided word or a question's letter ("difference.North", "Glück.Der", "сказал.Президент",
    "retribution.“Although", "right.NASA", "deal."A", "design.I’m", "down!Q:", "중이다.SBS"; not "report.PDF",
    "Section 2.A", "O’Brien.O’Neill" nor "华为.Huawei"). After a word in capitals, only a word that opens
    sentences ("the US.What", "1 TFL.There"; not "U.S.President", "THREE.Scene" nor "PIL.Image"), or after its
    question or exclamation any capitalised word ("THEMSELVES?New"). After a quotation's dot, only a word that
    opens sentences, a word of one letter or one of another script than Latin ('"building".A spokesperson',
    "врут».Бывшая"; not '"harbour".Length'). Never a word that calls code ("“hello”.ToUpper()", "?Query=")."""
    at, after = match.start() - 1, match.end()
    quoted = text[at] in _CLOSING_QUOTES and at >= 1
    if quoted:
        at -= 1  # the quote closed before the stop: "the “Brexit”.Next"
    before = text[at]
    if after < len(text) and text[after] in "“‘«":
        after += 1
    if after + 1 >= len(text) or not text[after].isupper():
        return False
    word = _LETTERS.match(text, after, after + 40)
    if word is not None and _CALL.match(text, word.end()):
        return False  # code: "“hello”.ToUpper()", "exports.Cow(" (not "combat.GamesIndustry.biz")
    opener = word is not None and word.group() in _SENTENCE_OPENERS
    if quoted and match.group()[0] == "." and not opener:
        # a string's member in code: '"harbour".Length', "“key”.GetValue"; a sentence: "“Brexit”.The", and one that
        # opens with a word of one letter or of letters code does not name its members with ('"building".A
        # spokesperson', "«... врут».Бывшая")
        one_letter = text[after] in _ONE_LETTER_WORDS and text[after + 1] == " "
        if not (one_letter or (word is not None and ord(word.group()[0]) > _LATIN_END)):
            return False
    if before.isupper():
        # after a word in capitals, a sentence's opening word ("the US.What", "1 TFL.There"): other words follow
        # a dot inside names of code, firms and shares ("THREE.Scene", "PIL.Image", "WARNER BROS.Pictures",
        # "BRK.A shares", "GPIO.In"); after a question or an exclamation in capitals, any capitalised word (a
        # headline in capitals glued to the story: "CAN THEY SAVE THEMSELVES?New Jersey Sen. ...")
        if match.group()[0] in "?!":
            return opener or (text[after + 1].islower() and _capitals_word_ends(text, at))
        return opener and _capitals_word_ends(text, at)
    if not (before.islower() or before.isdigit() or before in "%)]" or _HANGUL.match(before)):
        return False
    if text[after + 1].islower():
        return True
    if text[after + 1] == ":" and not before.isdigit():
        # a question and answer's letters: "stay tuned!Q: So far", "hobbies?A: I love" (not "Plan.B: it aims")
        return text[after] == "Q" or (text[after] == "A" and match.group()[0] == "?")
    if text[after + 1] in "’'" and after + 2 < len(text) and text[after + 2].isalpha():
        # a word elided to its first letter: "said.I’m", "français.L’élargissement", "it.D'autres"; not a name
        # ("O’Neill") nor a letter's possessive ("vitamin.D's")
        possessive = text[after + 2] in "sS" and not text[after + 3 : after + 4].isalpha()
        return text[after] in _ELIDED and not possessive
    if text[after] in _ONE_LETTER_WORDS and text[after + 1] == " " and not before.isdigit():
        return True  # "it."A trade deal", "said.I think", "basen.W poniedziałek"; not "Section 2.A of the act"
    # a word in capitals, not a file type or a platform ("report.PDF")
    return (
        word is not None
        and len(word.group()) >= 3
        and word.group().isupper()
        and word.group().lower() not in _NOT_SENTENCES
    )


_LETTERS = re.compile(r"[^\W\d_]+")
# right after a word: a call, an identifier or a parameter ("exports.Cow(", "config.Max_size", "/SEARCH?Query=")
_CALL = re.compile(r"[(_=]")
_LATIN_END = 0x24F  # the last letter of the Latin script's blocks: letters past it are of other scripts
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")  # Korean ends its sentences with a dot
_ELIDED = frozenset("ILDJCNSMT")  # "I’m", and the French and Italian elisions: "L’", "D’", "J’", "C’", "N’" ...
# Words that open sentences, of the languages whose sentences may follow a word in capitals or a quotation:
# "... in the US.What the port needs", "called it “Brexit”.The". Not a letter ("BRK.A shares"), nor a word a
# member of code may be named ("GPIO.In", "LED.On", "WAIT.For", "REF.No"), nor one that names something
# ("Scene", "Image", "Pictures").
_SENTENCE_OPENERS = frozenset(
    "The It He She They We This That There These Those His Her Its Their Our What When Where Why How Who Which "
    "But And After Before While Meanwhile However Although Despite During According "
    "Der Die Das Er Wir Ich Aber Doch Le La Les Il Elle Ils Elles Nous Je Mais El Los Las Él Ella Ellos Pero "
    "Gli Lui Lei Loro Os Ele Ela Eles Mas".split()
)


# Words of two capitals that end sentences ("from the US.What was"); other words of two ("OS.File") may
# name a namespace of code
_TWO_CAPITALS = frozenset({"US", "UK", "EU", "UN"})


def _capitals_word_ends(text: str, at: int) -> bool:
    """Whether a word of three letters or more (or one of :data:`_TWO_CAPITALS`) ends at ``text[at]``,
    with no dot over it (not "U.S", "J.K")."""
    start = at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    if start > 0 and (text[start - 1] in ".&_/" or text[start - 1].isdigit()):
        return False  # (a part of a name or of a path: "U.S", "AT&T", "IS_READY", "/SEARCH")
    return at - start >= 2 or text[start : at + 1] in _TWO_CAPITALS


def glue_points(text: str, start: int, end: int) -> list[Repair]:
    """Places in ``text[start:end]`` where two sentences were joined without a space."""
    found = []
    for match in _GLUE.finditer(text, start, end):
        if not _glued(text, match) or not _is_glue(text, match.start(), start):
            continue
        punct = match.group()
        found.append(Repair(match.start(), match.end(), punct, punct + "\n\n", "glued-boundary"))
    return found


def _one_letter_follows(text: str, at: int) -> bool:
    """Whether a single letter follows the stop at ``at`` (a closing quote aside)."""
    after = at + 1
    while after < len(text) and text[after] in "\"'”’»)“‘«":
        after += 1
    return after < len(text) and text[after].isalpha() and (after + 1 == len(text) or not text[after + 1].isalnum())


def _is_glue(text: str, at: int, floor: int) -> bool:
    # The token around the point, looked at within 80 characters: URLs and addresses are shorter
    # than that near the point, and a text without spaces must not cost quadratic time.
    left = at
    while left > max(floor, at - 80) and not text[left - 1].isspace():
        left -= 1
    right = at
    while right < min(len(text), at + 80) and not text[right].isspace():
        right += 1
    web = _WEB_TOKEN.search(text, left, right)
    if web is not None and not _ends_domain(text, web, left, at, right):
        return False
    word = re.search(r"([^\W\d_]+)\W*$", text[left:at])
    if word is None:
        return text[at - 1].isdigit() or text[at - 1] in "%)]"
    stem = word.group(1).lower()
    if len(stem) < 2 and not (stem == "s" and text[left : at - 1][-1:].isdigit()):
        return False  # "e.g.", "i.e."; but a plural of figures ends a sentence: "in the 1990s.The", "MP3s.As"
    if text[at - 1] in _CLOSING_QUOTES:
        return True  # a word in quotes, the stop after them: no abbreviation ("he said “no”.And")
    if stem in _ABBREVIATIONS or (stem in _REFERENCES and _one_letter_follows(text, at)):
        return False
    return not (text[at] == "!" and stem in _EXCLAIMED_NAMES)


def _ends_domain(text: str, web: re.Match[str], left: int, at: int, right: int) -> bool:
    """Whether the token ``text[left:right]`` holds a bare domain that ends at the stop, a sentence
    after it ("permission of NJ.com.Remember"): no scheme, "www.", "@" or path, no web sign after it."""
    return (
        web.end() == at
        and web.group().startswith(".")
        and _WEB_TOKEN.search(text, web.end(), right) is None
        and "/" not in text[left:at]
    )


_APOSTROPHES = re.compile("['\u2019]")


def quote_style(text: str, story: str = "") -> str:
    """The apostrophe the record itself uses most: typographic ’ or typewriter '. Apostrophes inside words
    ("it’s", "O'Neill") decide: those of ``story`` (the record's sentences, its paragraphs that end with a
    stop: its own voice) when it has any, else those of ``text`` (all it keeps: another story's headline
    left in it may write another); single quotation marks count only where the text has none, and double
    ones only where it has neither (a record that quotes with " writes ' too)."""
    typewriter, typographic = _inword_apostrophes(story) if story else (0, 0)
    if not typewriter and not typographic:
        typewriter, typographic = _inword_apostrophes(text)
    if not typewriter and not typographic:
        typewriter, typographic = text.count("'"), text.count("\u2019")
    if not typewriter and not typographic:
        typewriter, typographic = text.count('"'), text.count("\u201c") + text.count("\u201d")
    return "'" if typewriter > typographic else "\u2019"


def _inword_apostrophes(text: str) -> tuple[int, int]:
    """How many typewriter and typographic apostrophes ``text`` has inside words."""
    typewriter = typographic = 0
    last = len(text) - 1
    for match in _APOSTROPHES.finditer(text):  # a literal scan: cheaper than a look-behind at every place
        at = match.start()
        if 0 < at < last and text[at - 1].isalpha() and text[at + 1].isalpha():
            if text[at] == "'":
                typewriter += 1
            else:
                typographic += 1
    return typewriter, typographic


# French and Italian elisions whose apostrophe became a space: "l homme", "qu il", "c est", "dell anno".
# The elided word cannot stand alone before a vowel there; Italian "un" and "nessun" are left out ("un
# anno", "nessun appartenente" are right; "nessun'altra" elides only before a feminine word).
_ELISION = {
    "fr": re.compile(
        r"(?<![\w'’])(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu) "
        r"(?=[aeiouyhàâäéèêëîïôöûüAEIOUYHÀÂÉÈÊÎÔÛ])"
    ),
    "it": re.compile(
        r"(?<![\w'’])(?:[lL]|[dD]ell|[aA]ll|[dD]all|[nN]ell|[sS]ull|[cC]|[dD]|[qQ]uest|[qQ]uell|[tT]utt) "
        r"(?=[aeiouhàèéìòùAEIOUH])"
    ),
}


def lost_apostrophes(text: str, start: int, end: int, apostrophe: str, language: str) -> Iterator[Repair]:
    """English possessives and contractions, and French and Italian elisions, whose apostrophe became a
    space. Only for those languages: a lone "s" is a preposition in Czech or Slovak."""
    elision = _ELISION.get(language)
    if elision is not None:
        for match in elision.finditer(text, start, end):
            if match.group()[0].isupper() and not _opens_sentence(text, match.start(), start):
                continue  # "vitamine C est", "groupe C et D": a capital letter elides only at a sentence start
            space = match.end() - 1
            yield Repair(space, space + 1, " ", apostrophe, "apostrophe")
        return
    if language != "en":
        return
    for match in _STRAY_SUFFIX.finditer(text, start, end):
        space = match.start()
        word_start = space
        while word_start > start and text[word_start - 1].isalnum():
            word_start -= 1
        if word_start > start and text[word_start - 1] in "'’":
            if word_start - 1 > start and text[word_start - 2].isalpha():
                # an apostrophe inside the name ("Nyong'o s", "O’Brien s"): the whole name is the word
                word_start -= 2
                while word_start > start and text[word_start - 1].isalpha():
                    word_start -= 1
            else:
                continue  # "rock 'n' roll"-like quoting, not a lost apostrophe
        word = text[word_start:space]
        suffix = match.group(1)
        if not word.replace("'", "").replace("’", "").isalpha() and not (suffix == "s" and _YEAR.fullmatch(word)):
            continue  # a number is a year with an "s" ("2019 s best"), never "5 s" or "MP3 s"
        if suffix == "s" and len(word) < 2:
            continue
        if suffix != "s" and word.lower() not in _STEMS[suffix]:
            continue
        if suffix == "m" and word != "I":
            continue
        yield Repair(space, space + 1, " ", apostrophe, "apostrophe")


def _opens_sentence(text: str, at: int, floor: int) -> bool:
    before = text[max(floor, at - 3) : at].rstrip(' \u00a0"“«')
    return at == floor or not before or before[-1] in ".!?…:;\n"


_ODD_CHAR = re.compile(
    "[\t\r\u00a0\u2000-\u200a\u3000\u2028\u2029\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff\u00ad\u2060]"
)


def spacing(text: str, start: int, end: int) -> Iterator[Repair]:
    """Runs of spaces, tabs, no-break spaces and line breaks inside a paragraph become one space;
    invisible control characters go."""
    if _ODD_CHAR.search(text, start, end) is None and text.find("  ", start, end) < 0:
        # Single spaces and line breaks only (most texts): the runs are those around each line break.
        yield from _line_breaks(text, start, end)
        return
    for match in _ODD_SPACING.finditer(text, start, end):
        found = match.group()
        if found[0] in _CONTROL_CHARS:
            yield Repair(match.start(), match.end(), found, "", "control")
        else:
            yield Repair(match.start(), match.end(), found, " ", "line-wrap" if "\n" in found else "whitespace")


# HTML left in the text by a scraper or an API ("AT&amp;T", "said.&nbsp;It", "said.<br>Residents",
# "<b>figures</b>"). Entities: numeric ones and the named ones publishing systems write; tags: those of
# text formatting, and only where they touch the text. "R&D", "x < y", an article about "the <img>
# element" and a code sample's "<div id=...></div>" line stay as they are.
_ENTITY = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|nbsp|quot|apos|lt|gt|[lr]squo|[lr]dquo|[sb]dquo|[lr]aquo|"
    r"[mn]dash|hellip|copy|reg|trade|deg|euro|pound|middot|bull|shy|ensp|emsp|thinsp|"
    r"[aeiouAEIOU](?:acute|grave|circ|uml)|[cC]cedil|[nN]tilde|szlig);"
)
_BLOCK_TAGS = "p|br|div|li|ul|ol|h[1-6]|blockquote|tr|table|figure|figcaption|section|article|hr"
_INLINE_TAGS = "b|i|em|strong|span|a|u|s|sup|sub|small|font|mark|cite|abbr|time|img|code"
_TAG = re.compile(rf"<(/?)({_BLOCK_TAGS}|{_INLINE_TAGS})(?:\s[^<>]{{0,300}})?\s*/?>", re.I)
_BLOCK = re.compile(rf"(?:{_BLOCK_TAGS})$", re.I)
_TOUCHES = re.compile(r"[^\W_]|[.,;:!?\"'’”“)(]")


def html_leftovers(text: str, start: int, end: int) -> list[Repair]:
    """Entities decoded (``html-entity``; a no-break space becomes a space) and formatting tags
    dropped (``markup``; a block tag such as ``<br>`` or ``</p>`` leaves a space) where a tag touches
    a letter or a punctuation mark on one side at least."""
    found: list[Repair] = []
    if "&" in text:
        for match in _ENTITY.finditer(text, start, end):
            entity = match.group()
            decoded = html.unescape(entity)
            if decoded == entity:
                continue
            if decoded.isspace():
                decoded = " "
            found.append(Repair(match.start(), match.end(), entity, decoded, "html-entity"))
    if "<" in text:
        for match in _TAG.finditer(text, start, end):
            left = text[match.start() - 1] if match.start() > start else ""
            right = text[match.end()] if match.end() < end else ""
            if not (_TOUCHES.match(left) or _TOUCHES.match(right)):
                continue  # a tag between spaces or other tags: written about, not left over
            after = " " if _BLOCK.match(match.group(2)) else ""
            found.append(Repair(match.start(), match.end(), match.group(), after, "markup"))
    return found


def _line_breaks(text: str, start: int, end: int) -> Iterator[Repair]:
    """What :func:`spacing` finds in a text of single spaces and line breaks: each run of them that
    holds a line break, as one ``line-wrap`` repair."""
    at = text.find("\n", start, end)
    while at >= 0:
        left = at
        while left > start and text[left - 1] in " \n":
            left -= 1
        right = at + 1
        while right < end and text[right] in " \n":
            right += 1
        yield Repair(left, right, text[left:right], " ", "line-wrap")
        at = text.find("\n", right, end)


def mojibake(text: str, start: int, end: int) -> list[Repair]:
    """Repairs of a paragraph decoded with the wrong charset upstream: one for each changed run, so
    that other repairs between them keep their own place."""
    before = text[start:end]
    after = repair_mojibake(before)
    if after == before:
        return []
    return [
        Repair(start + i1, start + i2, before[i1:i2], after[j1:j2], "mojibake")
        for i1, i2, j1, j2 in _changed_runs(before, after)
    ]


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _changed_runs(before: str, after: str) -> list[tuple[int, int, int, int]]:
    """``(i1, i2, j1, j2)``: the runs of ``before`` replaced in ``after``. A charset repair only
    rewrites non-ASCII runs (every byte of a multi-byte UTF-8 character is above 0x7f), so the two
    texts align on their ASCII characters; where they do not, a general diff decides."""
    old = [match.span() for match in _NON_ASCII.finditer(before)]
    new = [match.span() for match in _NON_ASCII.finditer(after)]
    if len(old) == len(new):
        runs = []
        i_end = j_end = 0
        for (i1, i2), (j1, j2) in zip(old, new, strict=True):
            if before[i_end:i1] != after[j_end:j1]:
                break
            if before[i1:i2] != after[j1:j2]:
                runs.append((i1, i2, j1, j2))
            i_end, j_end = i2, j2
        else:
            if before[i_end:] == after[j_end:]:
                return runs
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    return [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]
