"""Who wrote a cleaned record, when, and what it is filed under: read from the bylines and datelines
that cleaning removed from its head (further down, a byline or a date is another story's: a
teaser's, a comment's, a related link's) and from its filing lines ("Tags: harbour, dredging").
Pure, no I/O."""

from __future__ import annotations

import re
from collections.abc import Iterable

from copydesk.clean.boilerplate import FILING_LINE
from copydesk.extract.authors import clean_authors
from copydesk.extract.dates import find_date
from copydesk.types import Removal

# A date after one of these words is when the story was changed, not when it was published:
# English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian, Turkish, and the
# Chinese and Japanese 更新.
_UPDATED = re.compile(
    r"\b(?:(?:last )?updated|modified|aktualisiert|actualizado|actualisé|mis à jour|aggiornato|atualizado|"
    r"bijgewerkt|zaktualizowano|обновлено|güncellendi|güncelleme)\b|更新",
    re.IGNORECASE,
)


def head_credits(removed: Iterable[Removal], head_end: int) -> tuple[tuple[str, ...], str | None, str | None]:
    """The authors (of the first byline that names someone), the publication date and the date of
    the last change (ISO 8601) that the ``byline`` and ``dateline`` removals before ``head_end``
    give. Datelines that disagree (a list of other stories over this one, each with its date) give
    none."""
    authors: tuple[str, ...] = ()
    published: set[str] = set()
    modified: set[str] = set()
    for removal in sorted(removed, key=lambda removal: removal.start):
        if removal.start >= head_end:
            break
        if removal.reason not in ("byline", "dateline"):
            continue
        if removal.reason == "byline" and not authors:
            authors = clean_authors([removal.text])
        first, changed = line_dates(removal.text)
        published.update([first] if first else [])
        modified.update([changed] if changed else [])
    return authors, _one_day(published), _one_day(modified)


def _one_day(dates: set[str]) -> str | None:
    """The date the head gives, the most precise form of it ("2024-03-12T10:15:00" over
    "2024-03-12"); ``None`` when it gives none or several days."""
    if len({date[:10] for date in dates}) != 1:
        return None
    return max(dates, key=len)


def line_dates(line: str) -> tuple[str | None, str | None]:
    """The publication date and the date of the last change a dateline gives ("Published 3 March
    2024, updated 4 March 2024"; "Last updated September 14, 2016" gives only the second)."""
    update = _UPDATED.search(line)
    if update is None:
        return find_date(line), None
    return find_date(line[: update.start()]), find_date(line[update.end() :])


MAX_TAGS = 20
MAX_TAG_CHARS = 60
_TAG_SEPARATOR = re.compile(r"\s*[,;|•·]\s*")


def filed_tags(removed: Iterable[Removal]) -> tuple[str, ...]:
    """The sections and tags the filing lines that cleaning removed name ("Posted in Local News",
    "Tags: harbour, dredging; council"), in order, without duplicates (case aside)."""
    tags: list[str] = []
    seen: set[str] = set()
    for removal in removed:
        if removal.reason != "navigation":
            continue
        match = FILING_LINE.match(removal.text)
        if match is None:
            continue
        for tag in _TAG_SEPARATOR.split(removal.text[match.end() - 1 :].strip()):
            tag = tag.strip(" .")
            if tag and len(tag) <= MAX_TAG_CHARS and tag.casefold() not in seen:
                seen.add(tag.casefold())
                tags.append(tag)
    return tuple(tags[:MAX_TAGS])
