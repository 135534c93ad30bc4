"""Spans of a text: paragraphs, sentences and the parts removals leave, with their offsets in the input,
so that every change can be reported against the text the user gave."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

HAN_KANA = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"  # kana and CJK ideographs: scripts with no space between words
CJK = f"{HAN_KANA}\uac00-\ud7af"  # ... and Hangul: a class's ranges
# A line's text without the whitespace around it: from its first to its last non-space character. (No
# whitespace before it in the pattern: a search from every space of a long run of them would read the rest
# of the run each time, which is quadratic in the run's length.)
_LINE = re.compile(r"\S(?:[^\n]*\S)?")


@dataclass(frozen=True, slots=True)
class Span:
    """``text[start:end]`` of the input."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines, stripped, as spans of ``text``."""
    return [Span(*match.span()) for match in _LINE.finditer(text)]


def sentences(text: str, span: Span) -> list[Span]:
    """The sentences of one paragraph span, as :func:`sentence_spans` finds them."""
    return [Span(span.start + start, span.start + end) for start, end in sentence_spans(span.of(text))]


def uncovered(start: int, end: int, cuts: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``[start, end)`` that none of ``cuts`` covers (spans sorted by start, none overlapping
    another: the removals of a text, say)."""
    parts = []
    position = start
    index = max(0, bisect_left(cuts, (start,)) - 1)
    while index < len(cuts) and cuts[index][0] < end:
        cut_start, cut_end = cuts[index]
        index += 1
        if cut_end <= position:
            continue
        if cut_start > position:
            parts.append((position, cut_start))
        position = max(position, cut_end)
    if position < end:
        parts.append((position, end))
    return parts


# A stop that a capitalised word follows with no space, where the sentence splitter does not trust it:
# an ellipsis ("장나라,..Brace", "more…The"), a stop after a capital or a letter of no case ("BOARD.Harbour",
# "밝혔다.The"). Two texts may have been joined there; only a site profile that knows one of them as the site's
# own tells (:func:`loose_cuts`). (A run of stops is read from its first: no search starts inside one.)
_LOOSE = re.compile(r"(?<![.])(?:\.{2,}|…|[.!?])[\"'”’»)\]]*(?=[“‘«(]?[^\W\d_])")


def loose_cuts(text: str, span: Span) -> list[int]:
    """The places in ``span`` of ``text`` right after a stop (and its closing quotes) that a capitalised
    word follows with no space between (an opening quote or bracket aside), with text before the stop:
    where a site's template may have been glued to its story without a boundary the splitter trusts. Not
    around initials: no cut before a capital that a stop follows, nor after one that a stop or the start of
    a word comes before ("U.S.Geological", "D.C.The", "J.K.Rowling" hold none)."""
    cuts = []
    for match in _LOOSE.finditer(text, span.start, span.end):
        at = match.end()
        after = at + 1 if text[at] in "“‘«(" else at
        stop = match.start()
        if stop == span.start or after >= span.end or not text[after].isupper():
            continue
        if after + 1 < span.end and text[after + 1] == ".":
            continue  # an initial follows
        if text[stop - 1].isupper() and (stop - 1 == span.start or not text[stop - 2].isalnum()):
            continue  # an initial ends here
        cuts.append(at)
    return cuts


# (German, Czech and Hebrew close a quotation with "“", Danish with "«": closing, when a space follows)
_END = re.compile(r"[.!?।؟۔]+(?:[\"'”’»)\]]|[“‘«](?=\s|$))*|[。！？]+[」』）”’\"')]*")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``, whitespace around it excluded.

    A sentence ends at ``.``, ``!``, ``?`` (and the Devanagari, Arabic and Urdu full stops), with any
    closing quotes or brackets, when whitespace or the end of the text follows; not after a lone
    letter ("J. Smith", "U.S. Army"). It also ends where one was glued to the next ("difference.North",
    a lower-case letter, the stop, then a capitalised word), and after ``。！？`` always. Decimal
    numbers, "Node.js", URLs and e-mail addresses hold no boundary: no space follows their dots.
    """
    spans: list[tuple[int, int]] = []
    start = _skip_space(text, 0)
    for match in _END.finditer(text):
        end = match.end()
        if end <= start or not _ends_sentence(text, match.start(), end):
            continue
        spans.append((start, end))
        start = _skip_space(text, end)
    stop = len(text)
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if stop > start:
        spans.append((start, stop))
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, as :func:`sentence_spans` finds them."""
    return [text[start:end] for start, end in sentence_spans(text)]


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    return index


def _ends_sentence(text: str, stop: int, end: int) -> bool:
    if text[stop] in "。！？":
        return True
    if end < len(text) and not text[end].isspace():
        # glued: "difference.North", "office.SEOUL", "2024.A", "said.“The", "debate.(Photo by ...)"; not
        # "Node.js", "U.S.Army", "3.5", "a.m." or "Ph.D."
        if text[end] == "(" and text.find(")", end) != len(text.rstrip()) - 1:
            return False  # "Inc.(NASDAQ: HRB) rose": a bracket inside the sentence; a credit closes the text
        after = end + 1 if text[end] in "“‘«(" else end
        return (
            stop > 0
            and (text[stop - 1].islower() or text[stop - 1].isdigit())
            and after < len(text)
            and text[after].isupper()
            and (after + 1 == len(text) or text[after + 1] not in ".!?")
        )
    if text[stop] == ".":
        before = stop - 1
        # an ordinal's stop before a word in lower case ("w 15. biegu", "den 3. marts") or a German month after its
        # day (:func:`_german_date`: "am 3. März") is no sentence's end (a year's stop ends one before a capital:
        # "... in 2019. The ...")
        following = _skip_space(text, end)
        ordinal = before >= 0 and text[before].isdigit() and following < len(text)
        if ordinal and (_lower_word_at(text, following) or _german_date(text, before, end, following)):
            return False
        # a lone letter before the stop is an initial: "J. Smith", the "S" of "U.S."
        if before >= 0 and text[before].isalpha() and (before == 0 or not text[before - 1].isalnum()):
            return False
        # one short word opening a bracket is an abbreviation, a label: "(Φωτ. Αρχείο)", "(Nuotr. Jonas
        # Example)", "(Ed. note: ...)"; not the whole bracket's sentence: "(Laughter.) And then ..."
        word = _LAST_WORD.search(text, max(0, stop - BRACKET_LABEL_CHARS - 1), stop)
        if word is not None and word.start() > 0 and text[word.start() - 1] in "(（[" and text[end - 1] not in ")）]":
            return False
        # an abbreviation that a number follows: "Dec. 6, 2024", "No. 5", "Vol. 3"; a title or a label
        # that a name follows: "Dr. Smith", "Fot. Piotr Nowak", "ul. Lipowej"
        following = _skip_space(text, end)
        if following < len(text) and (text[following].isdigit() or text[following].isupper()):
            word = _LAST_WORD.search(text, max(0, stop - 6), stop)
            if word is not None and (
                (
                    text[following].isdigit()
                    and (word.group().casefold() in _MONTHS_CUT or word.group() in _BEFORE_NUMBERS)
                )
                or (text[following].isupper() and word.group() in _BEFORE_NAMES)
            ):
                return False
    return True


_WORD_AT = re.compile(r"[^\W\d_]+")


def _lower_word_at(text: str, index: int) -> bool:
    """Whether a word all in lower case opens at ``index``, a Latin, Greek or Cyrillic one ("biegu", "července";
    not "Όμως", "Școala", "Југославија", nor "iPhone"; Georgian's letters are lower case in Unicode)."""
    if text[index] >= "\u0530":
        return False
    word = _WORD_AT.match(text, index)
    return word is not None and word.group().islower()


# a German day's ordinal after its preposition, article or weekday: "am 3.", "vom 12.", "Zum 1.", "Donnerstag, 5."
_GERMAN_DAY = re.compile(
    r"(?:\b(?:am|vom|bis|zum|seit|ab|den|dem|des|der|zwischen|und|Am|Vom|Bis|Zum|Seit|Ab|Den|Dem|Der|Zwischen)|"
    r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?|^|[,(]|Zeitraum)\s*\d{1,2}\.$"
)
_GERMAN_MONTH = re.compile(
    r"(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b"
)
# months German alone spells so (April, August, September and November are English too, Mai a name)
_GERMAN_ONLY_MONTH = re.compile(r"(?:Januar|Jänner|Februar|Feber|März|Juni|Juli|Oktober|Dezember)\b")
_AFTER_GERMAN_MONTH = re.compile(r"\s+(?:\d{4}|und|bis)\b|\s*,")  # a year, a comma, "und" or "bis"


def _german_date(text: str, before: int, end: int, following: int) -> bool:
    """Whether the stop at ``end`` closes a German day's ordinal before its month: after a preposition, an
    article or a weekday ("am 3. März", "Donnerstag, 5. Dezember", "Zum 1. Januar"), or a month only German
    spells so after a day of one or two figures ("Wien, 3. März 2024", "zwischen 1. März und ..."); not a score's
    ("1:0. Mai erhöhte"), nor an English count before "August"."""
    if _GERMAN_MONTH.match(text, following) is None:
        return False
    if _GERMAN_DAY.search(text, max(0, end - 14), end) is not None:
        return True
    start = before
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    short = before - start < 2 and (start == 0 or text[start - 1] in " \t\n(")
    month = _GERMAN_ONLY_MONTH.match(text, following)
    # ... with a year, a comma or "und"/"bis" after the month (not a count before an Indonesian "Juli lalu")
    return short and month is not None and _AFTER_GERMAN_MONTH.match(text, month.end()) is not None


BRACKET_LABEL_CHARS = 6  # a label's abbreviation opening a bracket is this short at most
_LAST_WORD = re.compile(r"(?<!\w)\w+$")
_MONTHS_CUT = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
# Written as they are ("No. 5", but "He said no. 2024 will be different." is two sentences).
_BEFORE_NUMBERS = frozenset({"No", "Nos", "Nr", "Vol", "Art", "Fig", "Ch", "Sec", "Op", "p", "pp", "ca"})
# Titles and labels a name follows, written as they are: "Mr. Smith", "Fot. Piotr Nowak" (a Polish photo
# credit), "ul. Lipowej" (a Polish street); not "St." (also a street's end: "Main St. The ...").
_BEFORE_NAMES = frozenset(
    "Mr Mrs Ms Dr Prof Gen Sen Rep Gov Lt Col Capt Sgt Fot fot ul al pl dr prof mgr inż ks Sr Sra Dña Hr Fr".split()
)
