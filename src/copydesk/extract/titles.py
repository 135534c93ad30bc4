"""The headline from what pages put in ``<title>``, ``og:title`` and friends.

Browser titles carry the site ("Story | Site", "Site - Section - Story"); the functions here take
the part that is the story. Pure, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

MIN_WORDS = 3
MAX_SHORT_WORDS = 4
MAX_PREFIX_WORDS = 5
MIN_LENGTH = 15
MAX_LENGTH = 150
MIN_NAME_LENGTH = 3

_SEPARATOR = re.compile(r"\s[|\-–—\\/>»]\s")
_HIERARCHICAL_SEPARATOR = re.compile(r"\s[\\/>»]\s")
_SEPARATOR_RUNS = re.compile(r"[|\-–—\\/>»]+")
_SITE_SEPARATOR = re.compile(r"\s+[|\-–—\\/>»:·•~]+\s+|\s*[|｜_]\s*")


def title_from_document(
    title: str,
    headings: Callable[[], Sequence[str]],
    first_level_headings: Callable[[], Sequence[str]],
) -> str | None:
    """The story part of the ``<title>`` text.

    ``headings`` gives the texts of the page's ``h1`` and ``h2`` and ``first_level_headings`` those of
    its ``h1``; both are called only when the title alone does not decide.
    """
    original = _collapse(title)
    if not original:
        return None
    candidate, hierarchical = _split_title(original, headings, first_level_headings)
    candidate = _collapse(candidate)
    words = _word_count(candidate)
    if words <= MAX_SHORT_WORDS and candidate != original and _SEPARATOR.search(original):
        wanted = candidate.casefold()
        if any(_collapse(heading).casefold() == wanted for heading in headings()):
            return candidate  # short, but the page's own headline says it is the story part
    if words <= MAX_SHORT_WORDS and (not hierarchical or words != _word_count(_SEPARATOR_RUNS.sub("", original)) - 1):
        return original  # so short a remainder is more likely a fragment than the story
    return candidate


def _split_title(
    original: str,
    headings: Callable[[], Sequence[str]],
    first_level_headings: Callable[[], Sequence[str]],
) -> tuple[str, bool]:
    separators = list(_SEPARATOR.finditer(original))
    if separators:
        hierarchical = _HIERARCHICAL_SEPARATOR.search(original) is not None
        candidate = original[: separators[-1].start()]  # "Story | Site"
        if _word_count(candidate) < MIN_WORDS:
            candidate = original[separators[0].end() :]  # "Site | Story"
        return candidate, hierarchical
    if ": " in original:
        return _split_colon(original, headings), False
    if len(original) > MAX_LENGTH or len(original) < MIN_LENGTH:
        first_level = first_level_headings()
        if len(first_level) == 1:
            return first_level[0], False
    return original, False


def _split_colon(original: str, headings: Callable[[], Sequence[str]]) -> str:
    if any(_collapse(heading) == original for heading in headings()):
        return original  # the page's own heading repeats the title, colon and all
    candidate = original[original.rindex(":") + 1 :]
    if _word_count(candidate) < MIN_WORDS:
        return original[original.index(":") + 1 :]
    if _word_count(original[: original.index(":")]) > MAX_PREFIX_WORDS:
        return original  # a long part before the colon is the story itself, not a site or section
    return candidate


def strip_site_name(title: str, site_names: Sequence[str], sections: Sequence[str] = ()) -> str:
    """``title`` without a leading or trailing part that names the site or one of its ``sections``.

    A site name matches loosely (a part "BBC News" names the site "BBC"); a section only exactly
    ("Opinion | Story").
    """
    names = {key for key in map(_key, site_names) if len(key) >= MIN_NAME_LENGTH}
    labels = {key for key in map(_key, sections) if key}
    if _key(title) in names:
        return title  # the whole title is the site's name: a front page, nothing to strip
    for _ in range(2):  # "Section | Story | Site": one part at each end at most
        parts = _SITE_SEPARATOR.split(title)
        if len(parts) < 2:
            break
        if _is_site_part(parts[-1], names) or _key(parts[-1]) in labels:
            title = _remainder(title, from_start=False)
        elif _is_site_part(parts[0], names) or _key(parts[0]) in labels:
            title = _remainder(title, from_start=True)
        else:
            break
    return title


def _is_site_part(part: str, names: set[str]) -> bool:
    """The part names the site: equal to a site name, a piece of one, or one with little added."""
    key = _key(part)
    if not key:
        return False
    if key in names:
        return True
    return any(
        (len(key) > MIN_NAME_LENGTH and key in name) or (name in key and _word_count(part) <= MAX_SHORT_WORDS)
        for name in names
    )


def closer_to(reference: str, first: str, second: str) -> str:
    """``first`` or ``second``, whichever shares more words with ``reference``; ``first`` on a tie."""
    words = set(reference.casefold().split())

    def overlap(text: str) -> float:
        own = set(text.casefold().split())
        return len(own & words) / len(own | words) if own or words else 0.0

    return second if overlap(second) > overlap(first) else first


def untruncated(title: str | None, fuller: str) -> str | None:
    """``fuller`` when ``title`` is a cut-short copy of it ("A long headl…"), else ``title``."""
    if not title or not title.endswith(("…", "...")):
        return title
    stem = title.rstrip(".… ")
    return fuller if stem and fuller.startswith(stem) and len(fuller) > len(stem) else title


def _remainder(title: str, *, from_start: bool) -> str:
    separators = list(_SITE_SEPARATOR.finditer(title))
    cut = separators[0] if from_start else separators[-1]
    rest = title[cut.end() :] if from_start else title[: cut.start()]
    return rest.strip() or title


def _key(text: str) -> str:
    return "".join(character for character in text.casefold() if character.isalnum())


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _word_count(text: str) -> int:
    return len(text.split())
