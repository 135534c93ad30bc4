"""Spans of a text: paragraphs and sentences with their offsets in the input, so that every change
can be reported against the text the user gave."""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\n]+")
# A sentence ends at . ! ? … (or their CJK forms), possibly followed by closing quotes or brackets,
# then whitespace; not after a lone capital ("J. Smith", "U.S.") or inside a number ("3.5").
_SENTENCE_END = re.compile(r"(?<![\s.][A-Z])(?<!\b[A-Z])[.!?…。！？][\"'”’»)\]]*(?=\s+\S)|[。！？](?=\S)")


@dataclass(frozen=True, slots=True)
class Span:
    """``text[start:end]`` of the input."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines, stripped, as spans of ``text``."""
    spans = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append(Span(start, end))
    return spans


def sentences(text: str, span: Span) -> list[Span]:
    """The sentences of one paragraph span."""
    out = []
    start = span.start
    for match in _SENTENCE_END.finditer(text, span.start, span.end):
        end = match.end()
        out.append(Span(start, end))
        start = end
        while start < span.end and text[start].isspace():
            start += 1
    if start < span.end:
        out.append(Span(start, span.end))
    return out
