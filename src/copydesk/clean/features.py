"""Shallow features of a paragraph of already-extracted text and of its neighbours, for the learned
boilerplate classifier (:mod:`copydesk.clean.model`). Pure Python: no numpy at cleaning time."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import chain

from copydesk.clean import boilerplate
from copydesk.scripts import SPACED_MARKS, WORD

_WORD = WORD
_CONTENT_WORD = re.compile(rf"(?:[^\W\d_]|[{SPACED_MARKS}]){{5,}}")  # runs of letters, their marks with them
_DIGIT = re.compile(r"\d")
_NOT_LETTER = re.compile(r"[\d_]")  # in a word: what is not a letter nor a mark
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_ASCII_UPPER = re.compile(r"[A-Z]")
_CLAUSE = re.compile(r"[,;:]")
_SEPARATOR = re.compile(r"[|›»•·/]")
_CODE = re.compile(r"[{}()\[\];=<>]")
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net)\b|@\w", re.I)
_DATE_WORD = re.compile(r"\b(?:updated|published|posted)\b", re.I)  # the part of _DATE without digits
_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2}[:.]\d\d\b|"
    r"\b(?:19|20)\d\d\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:updated|published|posted)\b",
    re.I,
)
_BYLINE = boilerplate.BYLINE
_QUOTE = re.compile(r"[“”\"«»„]")
_REASONS = tuple(boilerplate.TRIGGER_REASONS)
_TRIGGER_SETS = tuple(boilerplate.TRIGGER_REASONS[name] for name in _REASONS)

FEATURE_NAMES: tuple[str, ...] = (
    "log_chars", "log_words", "ends_sentence", "starts_upper", "starts_digit", "title_case", "upper_ratio",
    "digit_ratio", "clause_ratio", "separators", "code_ratio", "url_like", "date_like", "byline_like",
    "quoted", "voice", *(f"trigger_{name}" for name in _REASONS), "rule_hit", "position", "is_first", "is_last",
    "edge_distance", "before_prose", "after_prose", "prev_short", "next_short", "prev_prose", "next_prose",
    "prev_log_chars", "next_log_chars", "short_run", "title_overlap", "is_short_label", "is_prose",
    "coherence", "log_content_words",
)  # fmt: skip


PROSE_WORDS = 12


def is_prose(text: str) -> bool:
    """A paragraph of running text: a dozen words or more, ending a sentence."""
    return boilerplate.word_count(text) >= PROSE_WORDS and boilerplate.is_sentence(text)


def content_words(text: str) -> set[str]:
    """The runs of five letters or more in the words of ``text``, in lower case (what
    ``[^\\W\\d_]{5,}`` finds in the lowered text, with the marks of their letters: vowel signs)."""
    out = {word for word in boilerplate.lowered_words(text) if len(word) >= 5}
    mixed = [word for word in out if not word.isalpha() and _NOT_LETTER.search(word)]
    if mixed:  # words with digits or underscores in them: their runs of letters
        out.difference_update(mixed)
        for word in mixed:
            out.update(_CONTENT_WORD.findall(word))
    return out


def trigger_sets(vocabulary: Mapping[str, Iterable[str]] | None = None) -> tuple[frozenset[str], ...]:
    """The word sets the ``trigger_*`` features read, in :data:`FEATURE_NAMES` order: a model's own
    vocabulary (what it was trained with), or by default the rules' current one."""
    if vocabulary is None:
        return _TRIGGER_SETS
    return tuple(frozenset(vocabulary.get(name, ())) for name in _REASONS)


@lru_cache(maxsize=8)  # one vocabulary a model: the union is made once, not for every record
def _union(sets: tuple[frozenset[str], ...]) -> frozenset[str]:
    return frozenset().union(*sets)


def paragraph_features(
    texts: Sequence[str],
    title: str | None = None,
    only: Sequence[int] | None = None,
    rule_hits: Sequence[bool] | None = None,
    triggers_of: tuple[frozenset[str], ...] | None = None,
) -> list[list[float]]:
    """One feature vector per paragraph, in :data:`FEATURE_NAMES` order; with ``only``, the vectors
    of those paragraphs alone (the neighbours still count in each). ``rule_hits``: whether
    :func:`copydesk.clean.boilerplate.reason` flags each paragraph, when the caller knows already.
    ``triggers_of``: the word sets of the ``trigger_*`` features (:func:`trigger_sets`); a model reads
    the vocabulary it was trained with, so that new rule words do not move its inputs."""
    sets = _TRIGGER_SETS if triggers_of is None else triggers_of
    any_trigger = _union(sets)
    count = len(texts)
    sizes = [boilerplate.word_count(text) for text in texts]
    sentence = [boilerplate.is_sentence(text) for text in texts]
    short = [size <= boilerplate.LABEL_WORDS and not ends for size, ends in zip(sizes, sentence, strict=True)]
    prose = [size >= PROSE_WORDS and ends for size, ends in zip(sizes, sentence, strict=True)]
    prose_at = [i for i, flag in enumerate(prose) if flag]
    first_prose = prose_at[0] if prose_at else count
    last_prose = prose_at[-1] if prose_at else -1
    runs = _short_runs(short)
    title_words = set(_WORD.findall(title.lower())) if title else set()
    # Content words (5 letters or more) and in how many paragraphs each occurs: another story's teaser
    # or a caption of another picture shares few of them with the rest of the record.
    content = [content_words(text) for text in texts]
    spread = Counter(chain.from_iterable(content))
    rows = []
    last = count - 1
    for i in range(count) if only is None else only:
        text = texts[i]
        words = text.split()
        n_words = sizes[i] or 1
        if text.isascii():  # its letters are A-Z and a-z: a regular expression counts them fastest
            letters = len(_ASCII_LETTER.findall(text)) or 1
            upper = len(_ASCII_UPPER.findall(text))
        else:  # str.isalpha and str.isupper: letters and capitals of any script, 3x faster than a regex
            letters = sum(map(str.isalpha, text)) or 1
            # capitals of any script with case ("ⓐ" and "Ⅻ" are upper case, but no letters)
            upper = sum(map(str.isupper, filter(str.isalpha, text))) if not text.islower() else 0
        size = len(text) or 1
        digits = len(_DIGIT.findall(text))
        lowered_words = boilerplate.lowered_words(text)
        triggers = lowered_words & any_trigger
        if rule_hits is not None:
            hit = rule_hits[i]
        else:
            hit = boilerplate.reason(text, boilerplate.trigger_words(text)) is not None
        row = [
            math.log1p(len(text)),
            math.log1p(n_words),
            float(sentence[i]),
            float(text[:1].isupper()),
            float(text[:1].isdigit()),
            sum([word[:1].isupper() for word in words]) / n_words,
            upper / letters,
            digits / size,
            len(_CLAUSE.findall(text)) / n_words,
            min(len(_SEPARATOR.findall(text)), 5) / 5,
            len(_CODE.findall(text)) / size,
            float(bool(_URL.search(text))),
            float(bool((_DATE if digits else _DATE_WORD).search(text))),
            float(bool(_BYLINE.match(text))),
            float(bool(_QUOTE.search(text))),
            boilerplate.voice_ratio(text),
            *(float(not triggers.isdisjoint(words)) for words in sets),
            float(hit),
            i / max(last, 1),
            float(i == 0),
            float(i == last),
            math.log1p(min(i, last - i)),
            float(i < first_prose),
            float(i > last_prose),
            float(i > 0 and short[i - 1]),
            float(i < last and short[i + 1]),
            float(i > 0 and prose[i - 1]),
            float(i < last and prose[i + 1]),
            math.log1p(len(texts[i - 1])) if i > 0 else 0.0,
            math.log1p(len(texts[i + 1])) if i < last else 0.0,
            math.log1p(runs[i]),
            len(lowered_words & title_words) / (len(title_words) or 1),
            float(short[i]),
            float(prose[i]),
            sum(1 for word in content[i] if spread[word] > 1) / len(content[i]) if content[i] else 0.5,
            math.log1p(len(content[i])),
        ]
        rows.append(row)
    return rows


def _short_runs(short: Sequence[bool]) -> list[int]:
    """For each paragraph, the length of the run of short labels it belongs to (0 if not a label)."""
    runs = [0] * len(short)
    i = 0
    while i < len(short):
        if not short[i]:
            i += 1
            continue
        j = i
        while j < len(short) and short[j]:
            j += 1
        for k in range(i, j):
            runs[k] = j - i
        i = j
    return runs
