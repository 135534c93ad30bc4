"""What regular expressions must be told of the world's scripts: the marks that belong to letters."""

from __future__ import annotations

import re
import unicodedata


def _mark_ranges(skip: tuple[tuple[int, int], ...] = ()) -> str:
    """The combining marks of the Basic Multilingual Plane (Unicode categories Mn, Mc, Me) as a character
    class's ranges, but those of the ``skip`` blocks: the vowel signs of Devanagari, Bengali, Tamil, Telugu,
    Thai, Burmese, Khmer ... are marks, not letters, and ``\\w`` does not match them, so that a word of those
    scripts ("சென்னையில்") would fall apart at each of them. Read off the blocks that hold marks (a few
    milliseconds)."""
    blocks = ((0x300, 0x1DFF), (0x2CEF, 0x2DFF), (0x302A, 0x309A), (0xA66F, 0xABFF), (0xFB1E, 0xFB1E), (0xFE20, 0xFE2F))
    # (not the marks of symbols, U+20D0-20FF, nor the variation selectors, U+FE00-FE0F: an emoji is no word)
    ranges: list[str] = []
    for first, last in blocks:
        start = None
        for code in range(first, last + 2):
            mark = (
                code <= last
                and not any(low <= code <= high for low, high in skip)
                and unicodedata.category(chr(code)).startswith("M")
            )
            if mark and start is None:
                start = code
            elif not mark and start is not None:
                ranges.append(f"{chr(start)}-{chr(code - 1)}" if code - 1 > start else chr(start))
                start = None
    return "".join(ranges)


# The scripts that write no spaces between words: Thai, Lao, Burmese, Khmer. A run of their letters is a
# phrase, not a word; what reads their words reads runs of their characters instead.
UNSPACED_BLOCKS = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF))
MARKS = _mark_ranges()  # a class's ranges, like CJK
SPACED_MARKS = _mark_ranges(UNSPACED_BLOCKS)  # the marks of the scripts that space their words
# A word: letters, digits and the marks that belong to its letters (not ``\w+``, which splits "हिंदी"); in
# the scripts without spaces, as before, the runs between their marks.
WORD = re.compile(rf"[\w{SPACED_MARKS}]+")
