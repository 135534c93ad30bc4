"""Tools for the cleaning rules' regular expressions: their top-level alternatives, a rule's pattern read
as its anchored part and the rest (:class:`Anchored`), and lines made of labels read by their first letter
(:class:`LabelLines`). Pure, no I/O."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Protocol


class Lines(Protocol):
    def search(self, text: str, /) -> re.Match[str] | None: ...


def alternatives(source: str) -> list[str] | None:
    """The top-level alternatives of a regular expression's source (``a|b(?:c|d)|e`` -> ``a``,
    ``b(?:c|d)``, ``e``): split at the bars outside groups and character classes; ``None`` when its
    groups do not close where they open (the inner part of ``\\b(?:a)|(?:b)\\b`` is no pattern)."""
    out = []
    depth = start = i = 0
    in_class = False
    while i < len(source):
        character = source[i]
        if character == "\\":
            i += 2
            continue
        if in_class:
            in_class = character != "]"
        elif character == "[":
            in_class = True
        elif character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
            if depth < 0:
                return None
        elif character == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out if depth == 0 else None


_WORD_CHARACTER = re.compile(r"\w")
# A pattern that is one group of alternatives between optional word boundaries: "\b(?:a|^b|c)\b".
_WRAPPED = re.compile(r"(?P<before>(?:\\b)?)\(\?:(?P<inner>.*)\)(?P<after>(?:\\b)?)", re.S)


def _unwrapped(branch: str) -> list[tuple[str, str, str]]:
    """An alternative as ``(before, inner, after)`` parts: the alternatives of a group between word
    boundaries that holds anchored ones ("\\b(?:a|^b)\\b" gives two), or the alternative itself."""
    wrapped = _WRAPPED.fullmatch(branch)
    inner = alternatives(wrapped["inner"]) if wrapped is not None else None
    if wrapped is None or inner is None or len(inner) < 2 or not any(part.startswith("^") for part in inner):
        return [("", branch, "")]  # a group without anchored alternatives is searched whole: it costs less
    return [(wrapped["before"], part, wrapped["after"]) for part in inner]


class Anchored:
    """A rule's pattern read in two parts: its alternatives that open with ``^`` (tried at the start of
    the text only, which the regular expression engine does at once when every alternative of a pattern
    opens so) and the others (searched for). A pattern whose alternatives mix both is tried at every
    position with all of them: its anchored alternatives cost as much as the others, several times
    what the two parts cost apart. A text matches the two parts when, and only when, it matches the
    pattern, at the same start; where both parts match at the start, the anchored part's match is
    returned, which may end elsewhere. Patterns with groups or with the MULTILINE or VERBOSE flag are
    read whole (a split would renumber groups, or lose the lines' starts)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        branches = alternatives(pattern.pattern) or []
        if pattern.groups or pattern.flags & (re.MULTILINE | re.VERBOSE):
            branches = []
        anchored: list[str] = []
        others: list[str] = []
        for branch in branches:  # one alternative may be a group of them: "\\b(?:a|^b|c)\\b"
            for before, inner, after in _unwrapped(branch):
                if inner.startswith("^"):
                    anchored.append(f"^{before}(?:{inner[1:]}){after}")
                else:
                    others.append(f"{before}(?:{inner}){after}" if before or after else inner)
        self.start = re.compile("|".join(anchored), pattern.flags) if anchored and others else None
        self.rest = re.compile("|".join(others), pattern.flags) if self.start else pattern

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if self.start is not None and pos == 0:
            found = self.start.search(text)
            if found is not None:
                return found
        return self.rest.search(text, pos)


class LabelLines:
    """Lines made only of labels: ``^\\W*(?:(?:LABELS)(?:\\W+|$))+$`` (:attr:`whole`) for the alternatives
    ``LABELS``. A line's first label can only be an alternative that opens with the line's first letter or
    one that opens with a group, a class, an escape or a sign: a line whose start none of those matches is
    no line of labels, which a small pattern of each letter's alternatives tells some ten times faster than
    the hundreds of alternatives of the whole (most lines are not labels). Other lines are read whole, by a
    pattern that matches the same lines but tries no label at the line's end."""

    def __init__(self, source: str, flags: int) -> None:
        branches = alternatives(source) or [source]
        opening = [a for a in branches if not a[:1].isalnum() or folds_to_ascii(a[0])]
        self._source, self._flags = source, flags
        self._by_initial: dict[str, list[str]] = {}  # the alternatives that open with a letter or digit, by it
        for branch in branches:
            if branch[:1].isalnum():
                self._by_initial.setdefault(branch[0], []).append(branch)
        # Patterns are compiled when first needed: the whole one takes some 30 ms, and a line of labels may
        # never come; a letter's, when a line first opens with that letter (letters that open the same
        # alternatives share one; most letters of Chinese open none).
        self._opening = re.compile(rf"^\W*(?:{'|'.join(opening)})", flags) if opening else None
        self._lines: re.Pattern[str] | None = None
        self.by_first: dict[str, re.Pattern[str] | None] = {}
        self._by_branches: dict[tuple[str, ...], re.Pattern[str] | None] = {(): None}
        self._initials: list[tuple[str, re.Pattern[str]]] | None = None

    @cached_property
    def whole(self) -> re.Pattern[str]:
        """The definition, as one pattern (what :meth:`search` matches; compiled only when asked for)."""
        return re.compile(rf"^\W*(?:(?:{self._source})(?:\W+|$))+$", self._flags)

    def _own(self, letter: str) -> tuple[str, ...]:
        """The alternatives' first letters that match ``letter`` where the pattern's flags say they do
        (in any case with IGNORECASE: "Ф" opens "фото", the Kelvin sign "kontakt")."""
        if letter.isascii():  # (a letter outside ASCII that folds to an ASCII one opens an alternative of all)
            return tuple(initial for initial in self._by_initial if initial.isascii() and initial.lower() == letter)
        if self._initials is None:
            self._initials = [(initial, re.compile(re.escape(initial), self._flags)) for initial in self._by_initial]
        return tuple(initial for initial, pattern in self._initials if pattern.fullmatch(letter))

    def _opener(self, letter: str) -> re.Pattern[str] | None:
        """The pattern of the first label among the alternatives that open with ``letter`` (None: none does)."""
        if letter in self.by_first:
            return self.by_first[letter]
        own = self._own(letter)
        if own not in self._by_branches:
            first = "|".join(branch for initial in own for branch in self._by_initial[initial])
            self._by_branches[own] = re.compile(rf"^\W*(?:{first})", self._flags)
        pattern = self.by_first[letter] = self._by_branches[own]
        return pattern

    def search(self, text: str) -> re.Match[str] | None:
        first = _WORD_CHARACTER.search(text)
        letter = first.group() if first is not None else ""  # "": no letter, no alternative that opens with one
        opener = self._opener(letter.lower() if letter.isascii() else letter)
        if (opener is None or opener.match(text) is None) and (self._opening is None or not self._opening.match(text)):
            return None  # no label opens the line
        if self._lines is None:
            # :attr:`whole`'s lines, but with no label tried at the line's end ("(?:\\W+|$)" after each label
            # tries hundreds there, most of the time a one-label line took)
            self._lines = re.compile(rf"^\W*(?:{self._source})(?:\W+(?:{self._source}))*\W*$", self._flags)
        return self._lines.search(text)


def folds_to_ascii(character: str) -> bool:
    """A letter outside ASCII that case-insensitive matching takes for an ASCII one (the Kelvin
    sign for "k", the long s for "s"): it may open a line that opens with that ASCII letter."""
    return not character.isascii() and (character.lower().isascii() or character.upper().isascii())
