"""Repairs of text damaged before it reached us."""

from __future__ import annotations

import re

# Sequences that UTF-8 text shows after a wrong decode as cp1252 or latin-1: a lead byte read as a
# letter, then continuation bytes read as symbols. Latin ("â€™", "Ã©"); Greek, Cyrillic, Hebrew and
# Arabic two-byte characters ("Ð»Ñƒ") and Chinese, Japanese, Korean, Indic and Thai three-byte ones
# ("ì‚¬ì§„") two in a row: one alone is what accented text shows next to a symbol or a no-break space
# ("PERÚ»", "3×½", "fatigué\u00a0»").
_CONTINUATION = "[\u0080-\u00bf\u20ac\u201a-\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]"
_MOJIBAKE = re.compile(f"[ÂÃâ]{_CONTINUATION}|(?:[ÎÏÐÑ×ØÙÚÛ]{_CONTINUATION}){{2}}|(?:[à-ï]{_CONTINUATION}{{2}}){{2}}")
# The letters the pattern's sequences start with (the commonest first): most texts have none of them.
_LEADS = "ÃâÂÐÑÎÏ×ØÙÚÛ" + "".join(chr(code) for code in range(ord("à"), ord("ï") + 1) if chr(code) != "â")


def has_mojibake(text: str) -> bool:
    """Whether ``text`` shows a sequence that a wrong decode leaves: a cheap test to skip repairs."""
    # Each tell-tale sequence starts with one of a few letters: looking for them is much faster than the
    # pattern (most text has none of them), and ASCII text has none at all.
    if text.isascii() or not any(lead in text for lead in _LEADS):
        return False
    return _MOJIBAKE.search(text) is not None


def repair_mojibake(text: str) -> str:
    """Undo a wrong decode ("donâ€™t" -> "don’t") with ftfy's encoding fix alone: nothing else of the
    text changes. Text without the tell-tale sequences is returned as it is, without calling ftfy."""
    if not has_mojibake(text):
        return text
    import ftfy

    # A closing quote (E2 80 9D) whose last byte the wrong decode dropped (0x9D is no cp1252 character)
    # leaves "â€" before a space or at the end of a line; ftfy reads it as a dagger ("†") and takes
    # the space with it. In news text it is the quote.
    return str(ftfy.fix_encoding(_LOST_CLOSING_QUOTE.sub("\u201d", text)))


# not before a no-break space (a dagger's), nor before a space and a comma or a stop ("Smith†, Mate")
_LOST_CLOSING_QUOTE = re.compile(r"â€(?=[ \t]+(?![,;:.)])|[\r\n]|$)")
