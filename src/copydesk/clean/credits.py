"""Who wrote a cleaned record, when, and what it is filed under: read from the bylines and datelines
that cleaning removed from its head (further down, a byline or a date is another story's: a
teaser's, a comment's, a related link's) and from its filing lines ("Tags: harbour, dredging").
Pure, no I/O."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from typing import NamedTuple

from copydesk.clean.boilerplate import CAPITALISED, FILING_LINE, desk_byline, is_counter, reason
from copydesk.clean.text import Span
from copydesk.extract.authors import NAME_PARTICLES, clean_authors
from copydesk.extract.dates import find_date, writes_day_first
from copydesk.types import Removal

# The words that say what a date in a dateline is: a change's (English, German, French, Spanish,
# Italian, Portuguese, Dutch, Polish, Russian, Turkish, the Korean 수정 and the Chinese and Japanese 更新)
# or the publication's (the Korean 입력 among them).
_STAMP = re.compile(
    r"\b(?P<updated>(?:last )?updated?|modified|modifiée?|aktualisiert|actualizado|actualisé|mis à jour|aggiornato|"
    r"atualizado|bijgewerkt|zaktualizowano|aktualizacja|обновлено|güncellendi|güncelleme|modifica|modificato|"
    r"uppdaterad|opdateret|oppdatert|päivitetty|aktualizováno|actualitzat|actualitzada|अपडेटेड|עודכן|"
    # and in more languages: "Aangepast: 24 april 2025", "Оновлено", "Ενημερώθηκε", "Cập nhật", "آخر تحديث"
    r"aangepast|gewijzigd|ažurirano|actualizat|frissítve|оновлено|обновено|ενημερώθηκε|diperbarui|cập nhật|"
    r"atnaujinta|atjaunināts|uuendatud|posodobljeno|aktualizované|aktualizovaný|بروزرسانی|به‌روزرسانی|"
    r"آخر تحديث|تم التحديث)\b|"
    r"(?P<changed>更新|수정|업데이트)|입력|송고|"
    r"\b(?:published|posted|first published|veröffentlicht|publié|publicado|pubblicato|gepubliceerd|opublikowano|"
    r"опубликовано|yayınlandı|yayınlanma|giriş)\b",
    re.IGNORECASE,
)
_CREDIT_REASONS = ("byline", "dateline")
# A credit that opens as a byline ("By Jane Example (Reuters)"): its names are the story's authors; a
# photo's credit ("Photo: Jane Example/AP") names none.
_BYLINE_OPENING = re.compile(r"(?:by|von|par|por|door|przez):?\s", re.IGNORECASE)
# The writers a Chinese page's line of facts names: "作者：李明 王芳"
_CJK_WRITER = re.compile(r"(?:作者|记者|記者)\s*[:：]\s*(?P<names>[\u4e00-\u9fff]{2,4}(?: [\u4e00-\u9fff]{2,4}){0,3})")
# A dateline that puts a name before its date ("Jane Example • February 16, 2017").
_NAME_BEFORE_DATE = re.compile(r"\s*[•|·]\s*")
_UNSPACED_NAME = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")  # Chinese, Japanese, Korean


class Credits(NamedTuple):
    """Who wrote a story and when: names, and ISO 8601 dates (``None`` where not given)."""

    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None


def head_credits(text: str, removed: Iterable[Removal], first: Span, head_end: int, head_start: int = 0) -> Credits:
    """The authors, the publication date and the date of the last change (ISO 8601) that the
    bylines and datelines cleaning removed from the story's head give: from ``head_start`` (under the
    headline, when the text has one) over ``first`` (the story's first paragraph), and right under it
    (a summary may come before the byline) up to ``head_end`` and the first other text. Bylines that
    name different people, or datelines of different days (a list of other stories over this one,
    each with its own), give none."""
    bylines: list[tuple[str, ...]] = []
    published: list[str] = []
    modified: list[str] = []
    cursor = first.end
    for removal in sorted(removed, key=lambda removal: removal.start):
        if removal.start < head_start:
            continue  # over the headline: other stories' credits
        if removal.start >= head_end:
            break
        if removal.start >= first.start:
            if removal.start < first.end:
                continue  # a sentence removed from the first paragraph itself
            # under the first paragraph: only credits, right after it
            if removal.reason not in (*_CREDIT_REASONS, "credit") or text[cursor : removal.start].strip():
                break
            cursor = max(cursor, removal.end)
        names = _names(removal)
        if names:
            bylines.append(names)
        if removal.reason in _CREDIT_REASONS:
            day, changed = line_dates(removal.text)
            published.extend([day] if day else [])
            modified.extend([changed] if changed else [])
    return _agreed(bylines, published, modified)


def _agreed(bylines: Sequence[tuple[str, ...]], published: Sequence[str], modified: Sequence[str]) -> Credits:
    """The credits that bylines and dates agree on: none where they name different people or days."""
    people = {tuple(sorted(name.casefold() for name in names)) for names in bylines}
    return Credits(bylines[0] if len(people) == 1 else (), _one_day(published), _one_day(modified))


CREDITS_OVER_HEADLINE = 4  # bylines and datelines right over a headline read as its own, at most


def credits_over_headline(text: str, removed: Iterable[Removal], headline: Removal) -> Credits:
    """The authors and dates of the bylines and datelines right over the headline, nothing but space
    between them and it (a page that prints them over its headline: "Jane Example", "Nov 7, 2023
    2:00 AM", then the headline), ``CREDITS_OVER_HEADLINE`` at most, a dateline among them; none when
    they name different people or days."""
    over: list[Removal] = []
    cursor = headline.start
    kicker = False  # (one line at most: more are a menu, over which the site's date bar may stand)
    for removal in sorted((r for r in removed if r.end <= headline.start), key=lambda r: r.start, reverse=True):
        if text[removal.end : cursor].strip():
            break
        if removal.reason == "navigation" and is_counter(removal.text):
            cursor = removal.start  # a count of views or comments beside the date: "1 243 просмотра"
            continue
        if removal.reason == "navigation" and not over and not kicker and _section_label(removal.text):
            cursor = removal.start  # the headline's kicker between it and the date: "نقد تئاتر", "ANALYSIS"
            kicker = True
            continue
        if removal.reason not in _CREDIT_REASONS:
            break
        over.append(removal)
        cursor = removal.start
        if len(over) == CREDITS_OVER_HEADLINE:
            break
    if not any(removal.reason == "dateline" for removal in over):
        return Credits()  # a name alone over the headline is a section's or a column's as often as its author's
    dates = [line_dates(removal.text) for removal in over]
    return _agreed(
        [names for names in map(_names, over) if names],
        [day for day, _ in dates if day],
        [changed for _, changed in dates if changed],
    )


KICKER_WORDS = 4  # a kicker over a headline is this short


def _section_label(line: str) -> bool:
    return len(line.split()) <= KICKER_WORDS and not any(character.isdigit() for character in line)


def name_under_headline(
    text: str, removed: Iterable[Removal], headline: Removal, spans: Sequence[Span]
) -> tuple[str, ...]:
    """The author a page's header names without "By": a name alone on the line (one of the paragraphs
    ``spans``, kept or not) under the ``headline`` found in the text (and its standfirst), right over a dateline
    ("Mike Example" over "December 18, 2020"). A section's name stands over the headline, not between
    it and its date."""
    after = sorted((removal for removal in removed if removal.start >= headline.end), key=lambda r: r.start)
    cursor = headline.end
    for removal in after:  # the standfirst may stand between the headline and the name
        if removal.reason not in ("standfirst", "duplicate-standfirst") or text[cursor : removal.start].strip():
            break
        cursor = removal.end
    name = next((span for span in spans if span.start >= cursor), None)
    if name is None or text[cursor : name.start].strip():
        return ()
    dateline = next((r for r in after if r.start >= name.end), None)
    if dateline is None or dateline.reason != "dateline" or text[name.end : dateline.start].strip():
        return ()
    line = name.of(text)
    if desk_byline(line):
        return ()  # the newsroom's: "Redação Folha da Capital"
    return clean_authors([line]) if _NAME_LINE.fullmatch(line) else ()


def is_name_line(line: str) -> bool:
    """A name alone on its line: two to four capitalised words ("Mike Example"), not a label's."""
    stripped = line.strip()
    return (
        _NAME_LINE.fullmatch(stripped) is not None
        and not _LABEL_WORDS.intersection(stripped.split())
        and stripped[-1:] not in ".!?:"
    )


_LABEL_WORDS = frozenset(
    "News Updates Points Stories Video Videos Photos Live Opinion Analysis Podcast Studio Team Staff Desk Group "
    "Media Press Brand With And Us Of For To In On At From About "
    # a site's account or desk under an author's label: "Posted by: Site Admin", "Tác giả: Ban Biên Tập", "Yazar:
    # Liman Haberleri"
    "Admin Administrator Webmaster Editorial Redaktion Redacción Rédaction Redazione Redação Redactie Ban Haber "
    "Haberleri Berita Noticias Notizie Nachrichten Nieuws".split()
)


_PARTICLES = "|".join(sorted(NAME_PARTICLES | {"den"}, key=len, reverse=True))
# Two to four capitalised words, as a name is written ("Mike Example", "Ana María Ejemplo", a particle between
# two of them: "Sanne de Groot", "Ana da Silva"); not a
# label's ("This Blog", "Our Team", "Top Stories").
_NAME_LINE = re.compile(
    rf"(?!(?:This|That|The|Our|My|Your|Latest|Top|More|All|Home|Most|New|Related|Breaking|Live|Key|Editor|"
    rf"Watch|Video|Photos?|Opinion|Analysis|Exclusive|Sponsored|Advertisement|Update[sd]?|Read|Share)\b)"
    rf"{CAPITALISED}(?:\s+(?:(?:{_PARTICLES})\s+)?{CAPITALISED}){{1,3}}"
)


def _names(removal: Removal) -> tuple[str, ...]:
    """The authors a removed line names: a byline's; a credit's or a dateline's when it opens as a
    byline, and a dateline's name before its date ("Jane Example • February 16, 2017")."""
    if removal.reason == "byline" and desk_byline(removal.text):
        return ()  # a newsroom's or a desk's name, no author's: "Redacción Regiones", "Haber Merkezi"
    if removal.reason == "byline" or (removal.reason in ("credit", "dateline") and _BYLINE_OPENING.match(removal.text)):
        line = removal.text.strip()
        if line[:1] in "(（" and line[-1:] in ")）":
            line = line[1:-1]  # a name signed in brackets: "（田中一郎）"
        return clean_authors([line])
    if removal.reason == "dateline":
        writer = _CJK_WRITER.search(removal.text)  # "发布时间：2025-04-16　来源：…　作者：李明 王芳"
        if writer is not None:
            return clean_authors([writer["names"].replace(" ", "、")])
        parts = _NAME_BEFORE_DATE.split(removal.text.strip(), maxsplit=1)
        if (
            len(parts) == 2
            # one word before the date is a place's ("Mumbai | Updated: ..."), unless a name written unspaced
            and (len(parts[0].split()) > 1 or _UNSPACED_NAME.search(parts[0]) is not None)
            and find_date(parts[1]) is not None
            and find_date(parts[0]) is None
        ):
            return clean_authors([parts[0]])
    return ()


def _one_day(dates: Sequence[str]) -> str | None:
    """The date the head gives, in its most precise form ("2024-03-12T10:15:00" over "2024-03-12"),
    the first given of those; ``None`` when it gives none or several days."""
    if len({date[:10] for date in dates}) != 1:
        return None
    return max(dates, key=len)  # max keeps the first of equal lengths


def line_dates(line: str) -> tuple[str | None, str | None]:
    """The publication date and the date of the last change a dateline gives: a date after a word
    for "updated" is the change's, any other the publication's ("Published 3 March 2024, updated 4
    March 2024"; "Last updated September 14, 2016" gives only the second; "Updated 12:00, Published
    3 March 2024" only the first). A change dated before the publication is no change. The line's
    words say for each of its dates whether the day comes first ("Le 03/03/2025 à 21:30 - Mis à jour le
    04/03/2025")."""
    published = modified = None
    start, updated = 0, False
    day_first = writes_day_first(line)
    for stamp in [*_STAMP.finditer(line), None]:
        end = len(line) if stamp is None else stamp.start()
        found = find_date(line[start:end], day_first=day_first) if line[start:end].strip() else None
        if found is not None:
            if updated:
                modified = modified or found
            else:
                published = published or found
        if stamp is not None:
            start, updated = stamp.end(), bool(stamp["updated"] or stamp["changed"])
    if published and modified and modified[:10] < published[:10]:
        modified = None
    return published, modified


# What files nothing: the blog's default category and its footer's links.
_NO_TAG = re.compile(
    r"(?:uncategori[sz]ed|sin categoría|non classé|allgemein|senza categoria|edit|permalink|"
    r"\d+ (?:comments?|replies))$",
    re.IGNORECASE,
)
MAX_TAGS = 20
MAX_TAG_CHARS = 60
_TAG_SEPARATOR = re.compile(r"\s*[,;|•·،、]\s*")
TAG_ROW_SEPARATOR = re.compile(_TAG_SEPARATOR.pattern + r"|\s{2,}")  # tags in a row: "Rail strikes · Dorset"


def filed_tags(removed: Iterable[Removal], tag_lines: Collection[int] = ()) -> tuple[str, ...]:
    """The sections and tags the filing lines that cleaning removed name ("Posted in Local News",
    "Tags: harbour, dredging; council"), and the removed lines that start at ``tag_lines`` (tags one
    a line under their label), in order, without duplicates (case aside)."""
    tags: list[str] = []
    seen: set[str] = set()
    for removal in removed:
        if removal.reason != "navigation":
            continue
        if removal.start in tag_lines:  # one a line, or a row of them: "Rail strikes · Dorset"
            named = [tag.lstrip("#＃") for tag in TAG_ROW_SEPARATOR.split(removal.text.strip())]
        else:
            match = FILING_LINE.match(removal.text)
            if match is None:
                continue
            named = _TAG_SEPARATOR.split(removal.text[match.end() - 1 :].strip())
        for tag in named:
            tag = tag.strip(" .")
            if not tag or _NO_TAG.match(tag) or reason(tag) is not None:
                continue  # a blog's footer goes on: "Posted in Local News | Leave a comment"
            if len(tag) <= MAX_TAG_CHARS and tag.casefold() not in seen:
                seen.add(tag.casefold())
                tags.append(tag)
    return tuple(tags[:MAX_TAGS])
