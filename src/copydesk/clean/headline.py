"""The headline and the standfirst at the top of a record's text, and the site's menu over them: given
ones when the text repeats them, found ones when the caller gave none (the record's first line, the
line over the story that is about it, the line over the story's byline). Pure, no I/O."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable

from copydesk.clean import boilerplate
from copydesk.clean.features import content_words, is_prose
from copydesk.clean.text import CJK, Span, split_sentences
from copydesk.extract.authors import NAME_PARTICLES, OUTLET_AFTER_NAME
from copydesk.scripts import MARKS, SPACED_MARKS
from copydesk.types import Removal

MENU_LINES, MENU_WORDS = 3, 3  # a record's opening menu: this many lines at least, of this many words at most
_FOLD = re.compile(rf"[^\w{SPACED_MARKS}]+")
_MARK = re.compile(f"[{MARKS}]")  # a letter's mark (a vowel sign): part of a word
_CJK_CHAR = re.compile(f"[{CJK}]")
# A line of a bulleted or numbered list ("- Dredge the basin", "2) Repair the quay"): a list item,
# its marker kept (the text is the record's own).
LIST_MARKER = re.compile(r"(?:[-*•–·▪◦‣]|\d{1,2}[.)])\s+\S")
MAX_LEADING_BOILERPLATE = 12  # boilerplate paragraphs passed over to find the headline and standfirst


def short_headline(line: str) -> bool:
    """A line of a menu's length that may be a headline: words ("Land saniert Schulen"), or eight
    characters or more of a script written without spaces (not "ニュース" or "新闻", section names);
    not a person's name (:func:`_name_line`)."""
    return _headline_like(line) and (len(line.split()) > 1 or len(line) >= 8) and not _name_line(line)


def _name_line(line: str) -> bool:
    """A person's name, perhaps after a label ("Ayşe Örnek", "Autor: Jan Przykład", "记者 王明"): two
    to four capitalised words, or words of four characters at most in a script written without spaces;
    not a headline in sentence case ("Harbour basin dredged"). Headlines in title case read as names."""
    words = line.rsplit(":", 1)[-1].split()
    if not words or any(character.isdigit() for character in line):
        return False
    if all(boilerplate.is_dense(word) for word in words):
        return all(len(word) <= 4 for word in words)
    named = [word for word in words if word not in _NAME_PARTICLES]  # "Sanne de Groot", "Ana da Silva"
    return 2 <= len(named) <= 4 and len(words) <= 5 and words[0][0].isupper() and all(w[0].isupper() for w in named)


def _names_line(line: str) -> bool:
    """Writers' names joined, perhaps with their outlet in capitals: "Kevin Johnson and Kevin McCoy USA
    TODAY", "Jane Roe, Tom Example": a byline without its "By", not a headline."""
    words = line.split()
    outlet = False
    while len(words) > 2 and words[-1].isupper() and len(words[-1]) > 1:
        words.pop()  # the outlet: "USA TODAY", "AP"
        outlet = True
    joined = " ".join(words)
    parts = _NAMES_JOIN.split(joined)
    # names of two words each (a title-case headline's clauses have verbs: "Lakers Top Celtics, Knicks Edge Nets"),
    # joined by "and" or printed with their outlet; or a list of three names or more (a cast: "Con Giovanna
    # Rinaldi, Sofia Marchetti, Lucia Fabbri")
    if len(parts) >= NAMES_LIST and all(_name_line(part) and len(part.split()) <= 3 for part in parts):
        return True
    return (
        len(parts) >= 2
        and (outlet or _NAMES_AND.search(joined) is not None)
        and all(_name_line(part) and len(part.split()) == 2 for part in parts)
    )


NAMES_LIST = 3  # names of a list, at least
_AND = r"(?:and|&|und|et|y|e|i|en|og|och|ve)"  # "and" between names, in the languages bylines join them
_NAMES_AND = re.compile(rf"\s{_AND}\s")
_NAMES_JOIN = re.compile(rf"\s*,\s*(?:and\s+)?|\s+{_AND}\s+")


# the particles of names (and, between a Spanish or Portuguese name's parts, "y" and "e")
_NAME_PARTICLES = NAME_PARTICLES | {"den", "y", "e"}


def menu_enough(lines: list[str], reasons: list[str | None]) -> bool:
    """Whether these menu lines make a menu: ``MENU_LINES`` of them, or two or more of which one is
    known for a site's (the rules call it navigation, or it names a site section: "Home") and the
    others are single words ("Accueil", "Actualités"; "Inicio", "Noticias"; "首页", "新闻": a
    breadcrumb), not a short headline ("Contact" over "Dredging approved")."""
    if len(lines) >= MENU_LINES:
        return True
    known = [known_menu_line(line, reason, ("navigation",)) for line, reason in zip(lines, reasons, strict=True)]
    others = [line for line, reason, k in zip(lines, reasons, known, strict=True) if reason is None and not k]
    return len(lines) >= 2 and any(known) and all(len(line.split()) == 1 for line in others)


def known_menu_line(line: str, reason: str | None, reasons: tuple[str, ...] = ("navigation", "share")) -> bool:
    """Whether a menu line is known for a site's: the rules took it (``reasons``), or it names a
    site's section or service ("Home", "Corrections", "RSS feeds"), which no rule removes alone."""
    return reason in reasons or (reason is None and boilerplate.SITE_SECTIONS.match(line) is not None)


def menu_text(text: str) -> bool:
    return (
        boilerplate.word_count(text) <= MENU_WORDS
        and boilerplate.is_short_label(text)
        and not any(character.isdigit() for character in text)
        and not LIST_MARKER.match(text)
    )


def _opening_menu(text: str, spans: list[Span], reason_of: Callable[[Span], str | None]) -> int:
    """How many paragraphs an opening menu takes ("Startseite", "Politik", "Wirtschaft", "Sport"), so
    that the headline is looked for after it: ``MENU_LINES`` menu lines or more (short lines the rules
    leave or call navigation or share buttons; other boilerplate among them, a byline, is passed over
    without counting), or two when the rules call one of them navigation ("Accueil", "Actualités"),
    with a paragraph after them; 0 when the record opens otherwise."""

    def reason(i: int) -> str | None:  # a name over a dateline is a byline ("Ayşe Örnek", "Güncelleme: ...")
        return reason_of(spans[i]) or ("byline" if _name_over_date(text, spans, i, reason_of) else None)

    run = 0
    menu: list[int] = []  # the menu lines among the paragraphs passed over
    while run < min(len(spans) - 1, MAX_LEADING_BOILERPLATE):
        claimed = reason(run)  # a byline is no menu line; "Home" and share buttons are
        if claimed in (None, "navigation", "share") and menu_text(spans[run].of(text)):
            menu.append(run)
        elif not claimed:
            break
        run += 1
    left = sum(1 for i in menu if reason(i) is None)
    if menu and left < MENU_LINES and reason(menu[-1]) is None and short_headline(spans[menu[-1]].of(text)):
        # "Startseite", "Kontakt", "Land saniert Schulen", then the story: where the menu stands by the
        # lines the rules call navigation, its last line, which they left, is the headline over the story
        # rather than a menu line (a menu item is followed by another, or by the headline)
        after = next((spans[i] for i in range(menu[-1] + 1, len(spans)) if not reason(i)), None)
        if after is not None and boilerplate.is_sentence(after.of(text)):
            run = menu.pop()
    enough = menu_enough([spans[i].of(text) for i in menu], [reason_of(spans[i]) for i in menu])
    return run if enough else 0


def _fold(text: str) -> str:
    return _FOLD.sub(" ", text.casefold()).strip()


def _similar(a: str, b: str) -> float:
    first, second = set(_fold(a).split()), set(_fold(b).split())
    return len(first & second) / (len(first | second) or 1)


def headline_and_standfirst(
    text: str,
    spans: list[Span],
    title: str | None,
    description: str | None,
    removed: list[Removal],
    reason_of: Callable[[Span], str | None],
) -> tuple[str | None, str | None, list[Span]]:
    """Take the headline and the standfirst off the top of the body: given ones when the text repeats
    them, detected ones when the caller did not give them and the text opens with them. Boilerplate
    before either is passed over and stays in the body's list (cleaning removes it)."""
    kept: list[Span] = []  # boilerplate passed over on the way
    spans = list(spans)
    given_title, given_description = title, description

    def skip_boilerplate() -> None:
        skipped = 0
        while spans and skipped < MAX_LEADING_BOILERPLATE and reason_of(spans[0]):
            kept.append(spans.pop(0))
            skipped += 1

    skip_menu = _opening_menu(text, spans, reason_of)
    kept.extend(spans[:skip_menu])
    del spans[:skip_menu]
    skip_boilerplate()
    if spans and _byline_over_date(text, spans, reason_of):
        # "Jane Example" over "March 14, 2024", the story under them: the header's byline, no headline
        removed.append(Removal(spans[0].start, spans[0].end, spans[0].of(text), "byline"))
        spans.pop(0)
        skip_boilerplate()
    if spans:
        first = spans[0].of(text)
        opens_with_standfirst = description is not None and _similar(first, description) >= 0.9
        # Without a title, the headline is looked for above the story first: in a page's whole text the
        # header's lines the rules do not know ("News", "Environment", a ticker, the site's name) come
        # before it. Then by the header's shape, the line over the byline that the story follows; the
        # record's first line, when it reads as a headline, is the last resort (a page's first line may be
        # its edition's or its site's name: "EDITION: INTERNATIONAL").
        above = under = None
        if title is None and not opens_with_standfirst:
            # (whether a date or a byline closes the furniture passed over: it may stand over the headline)
            dated_top = _dated_above(kept, len(kept), reason_of)
            above, under = _headline_above_story(text, spans, reason_of, dated_top)
            if above is None:
                above = _headline_over_byline(text, spans, reason_of)
            if above is None:
                above = under
        at: int | None = None
        if above is not None or (
            not opens_with_standfirst
            and (
                (title is not None and _same_headline(first, title))
                or (
                    title is None
                    and len(spans) >= 3
                    and _headline_like(first)
                    and not _names_line(first)
                    and not _label_follows(text, spans, reason_of)
                    # a news ticker over a headline ("BREAKING: ..."): not the headline over its standfirst
                    and not (_ticker_line(first) and _headline_shaped(spans[1].of(text)))
                )
            )
        ):
            at = above or 0
        if at is not None:
            line = spans[at].of(text)
            title = title if title is not None else line
            removed.append(Removal(spans[at].start, spans[at].end, line, "headline"))
            left = [over for over in spans[:at] if reason_of(over) is None]
            if len(left) <= MAX_KICKER_LINES and all(_kicker_line(over.of(text)) for over in left):
                # all the rules left over the headline is a line or two of a few words: its kicker, the
                # section's name ("Chuvas", "FAITS DIVERS"); more over it, and it may be a page's own
                for over in left:
                    removed.append(Removal(over.start, over.end, over.of(text), "navigation"))
                kept.extend(over for over in spans[:at] if reason_of(over) is not None)
            elif (
                at >= 2
                and reason_of(spans[at - 1]) is None
                and reason_of(spans[at - 2]) is not None
                and _kicker_line(spans[at - 1].of(text))
            ):
                # a kicker right over the headline, under the site's furniture (a breadcrumb, a menu the
                # rules know): "Steiermark › Lokales", "Gemeinderat", then the headline
                kicker = spans[at - 1]
                removed.append(Removal(kicker.start, kicker.end, kicker.of(text), "navigation"))
                kept.extend(spans[: at - 1])
            else:
                kept.extend(spans[:at])
            for over in [over for over in kept if reason_of(over) is None and _ticker_line(over.of(text))]:
                # a news ticker over the headline: "BREAKING: ...", "Última hora: ...", "ТЕРМІНОВО: ..."
                kept.remove(over)
                removed.append(Removal(over.start, over.end, over.of(text), "navigation"))
            if at == 0 and kept and reason_of(kept[-1]) is None and _kicker_line(kept[-1].of(text)):
                # the opening menu's last line, right over the headline, is its kicker ("Gemeinderat")
                kicker = kept.pop()
                removed.append(Removal(kicker.start, kicker.end, kicker.of(text), "navigation"))
            del spans[: at + 1]
            skip_boilerplate()
    headed = any(removal.reason == "headline" for removal in removed)  # the text's headline is over it
    if spans:
        candidate = spans[0]
        line = candidate.of(text)
        echoed = False
        size = len(line.split())
        if description is None and 8 <= size <= 90:
            # the opening words of the next paragraphs, about as many as the candidate has
            words = set(_fold(line).split())
            limit = size + size // 2
            for following in spans[1:8]:
                opening = text[following.start : min(following.end, following.start + 20 * limit)]
                other = set(_fold(" ".join(opening.split()[:limit])).split())
                if len(words & other) >= 0.5 * (len(words | other) or 1):
                    echoed = True
                    break
        glued = _opens_with(line, description) if description is not None else 0
        if description is not None and _similar(line, description) >= 0.9:
            removed.append(Removal(candidate.start, candidate.end, line, "duplicate-standfirst"))
            spans.pop(0)
        elif glued:
            # the description glued to the story's first sentence (NewsAPI's "content"): it goes, the rest stays
            end = candidate.start + glued
            removed.append(Removal(candidate.start, end, text[candidate.start : end], "duplicate-standfirst"))
            rest = end + len(text[end : candidate.end]) - len(text[end : candidate.end].lstrip())
            spans[0] = Span(rest, candidate.end)
        elif (
            title is None
            and not headed
            and description is None
            and _header_line(line)
            and boilerplate.word_count(line) <= HEADLINE_OVER_CREDITS_WORDS
            and _credits_under(text, spans, reason_of)
        ):
            # no headline found over it, and it reads as one over the header's byline and date: the headline
            # ("Handball : les filles de Pontlévy s'offrent la montée", then "Par ...", "Publié le ..."), not
            # the standfirst
            title = line
            removed.append(Removal(candidate.start, candidate.end, line, "headline"))
            spans.pop(0)
            if spans and _credits_under(text, spans, reason_of) and _standfirst_like(spans[0].of(text), True):
                # its standfirst under it, over the same credits ("Rok po zmianie przepisów ...", then "Piotr
                # Przykład", "publicysta", "Publikacja: 12.06.2025")
                description = spans[0].of(text)
                removed.append(Removal(spans[0].start, spans[0].end, description, "standfirst"))
                spans.pop(0)
        elif (
            description is None
            and _story_after(spans, reason_of)
            and _standfirst_like(
                line,
                echoed or (headed and (_credits_under(text, spans, reason_of) or _share_row_under(spans, reason_of))),
            )
        ):
            description = line
            reason = "duplicate-standfirst" if echoed else "standfirst"
            removed.append(Removal(candidate.start, candidate.end, line, reason))
            spans.pop(0)
    # a headline or standfirst found in the text over two lines (a wrapped one) reads as one line
    found_title = title if title is None or title == given_title else _one_line(title)
    found_description = (
        description if description is None or description == given_description else _one_line(description)
    )
    return found_title, found_description, kept + spans


HEADLINE_OVER_CREDITS_WORDS = 25  # a headline found over the credits, when none was over it, is this short
GLUED_DESCRIPTION_WORDS = 5  # a description this long at least, glued to the story's start, is taken off it


def _opens_with(line: str, description: str) -> int:
    """How many characters of ``line`` repeat ``description`` word for word before more text of a
    sentence of its own follows (0 when it does not open so): the standfirst glued to the story."""
    given = description.strip().replace("\u00a0", " ")
    if len(given.split()) < GLUED_DESCRIPTION_WORDS or not line.replace("\u00a0", " ").startswith(given):
        return 0
    rest = line[len(given) :]
    return len(given) if rest[:1].isspace() and len(rest.split()) >= 3 else 0


_SENTENCE_INSIDE = re.compile(r"[.!?…]\s+[\"“‘'(]?[A-ZÀ-Þ]|[。！？](?=\S)|[।؟۔]\s+\S")


def _headline_above_story(
    text: str, spans: list[Span], reason_of: Callable[[Span], str | None], dated_top: bool = False
) -> tuple[int | None, int | None]:
    """The index of the headline of a page's whole text, or None; and, when it is None, the index of the
    headline under the page's byline and date, or None. The story's first paragraph of prose
    the rules keep (among the first ``MAX_HEADER_LINES``) is found, then, going up from it (at most
    ``MAX_HEADLINE_DISTANCE`` lines), the nearest line that reads as a headline and is about the story:
    two of its words (their first five letters), or of its characters' pairs in Chinese or Japanese, are
    in the story's opening. Passed over on the way: boilerplate the rules know, lines that read as a
    byline or a date ("Autor: Ewa Przykładowska · 14 kwietnia 2025", "02.09.2025, 16:45 Uhr"), a video's
    or a widget's labels that say nothing of the story, and what stands under a byline, a date or a
    read-also label (a caption, a sub-heading, a teaser: the headline is over the byline; the first of those
    is the second answer, for a page that prints its byline and date over its headline). None when the
    line over the one found ends a sentence (it is then the story's own short line, a sub-heading or a
    quotation, not its headline) or reads as another headline on the story's subject (a list of related
    stories' headlines), unless the one found is a standfirst without its full stop, under its headline:
    then the upper line is taken. A kicker, a menu or a ticker over the headline does not count."""
    story = next(
        (
            i
            for i, span in enumerate(spans[:MAX_HEADER_LINES])
            if not reason_of(span)
            and is_prose(span.of(text))
            and not boilerplate.quote_unstopped(span.of(text))  # a headline that quotes: "« ... »"
            and not _over_byline(text, spans, i, reason_of)
            and not _title_cased(span.of(text))
        ),
        None,
    )
    if not story:
        return None, None
    prose = (span.of(text) for span in spans[story : story + MAX_HEADLINE_DISTANCE] if not reason_of(span))
    about = _Topic(" ".join(itertools.islice((line for line in prose if is_prose(line)), STORY_OPENING)))
    found = under = captioned = None
    kept = 0  # lines the rules keep passed on the way: boilerplate (a row of share buttons) does not count
    for i in range(story - 1, max(story - MAX_HEADER_LINES, 0) - 1, -1):
        if reason_of(spans[i]):
            continue
        kept += 1
        if kept > MAX_HEADLINE_DISTANCE:
            break
        line = spans[i].of(text)
        if not _headline_shaped(line) or _byline_or_date(line) or not about.shares(line):
            continue
        if i > 0 and _under_byline(text, spans[_over_buttons(text, spans, i, reason_of)], reason_of):
            under = i if under is None else under
            continue
        if captioned is None and i + 1 < len(spans) and reason_of(spans[i + 1]) == "credit":
            # a photo's caption over its credit ("Il tratto della Sp 47 crollato ...", "(Foto Marco Example)"):
            # the headline may stand higher; this line only when none does
            captioned = i
            continue
        found = i
        break
    if found is None:
        found = captioned
    if found is not None:
        return _headline_checked(text, spans, found, about, reason_of, dated_top), None
    # none over the byline: the page may print its byline and date over its headline ("Jane Example",
    # "Nov 7, 2023 2:00 AM", then the headline, its standfirst and the story)
    return None, None if under is None else _headline_checked(text, spans, under, about, reason_of, dated_top)


def _title_cased(line: str) -> bool:
    """A headline in title case, though it may end with an initialism's stop ("... What’s Underneath
    N.Y.C."): headline-shaped, its words of four letters or more all capitalised, ``TITLE_CASE_WORDS`` of
    them at least. No paragraph of prose reads so."""
    return _headline_shaped(line) and _title_words(line)


def _title_words(line: str) -> bool:
    long_words = [word for word in _TITLE_WORD.findall(line) if len(word) >= 4]
    return len(long_words) >= TITLE_CASE_WORDS and all(word[0].isupper() for word in long_words)


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
TITLE_CASE_WORDS = 5
_INITIALISM_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")  # "N.Y.C.", "U.S.", "D.C."


def _headline_checked(
    text: str,
    spans: list[Span],
    found: int,
    about: _Topic,
    reason_of: Callable[[Span], str | None],
    dated_top: bool = False,
) -> int | None:
    """The headline :func:`_headline_above_story` found at ``found`` as the lines over it let it stand: itself,
    the line over it, or None. ``dated_top``: the furniture passed over before ``spans`` ends with a date or a
    byline."""
    size = boilerplate.word_count(spans[found].of(text))
    over = next((j for j in range(found - 1, -1, -1) if not reason_of(spans[j])), None)
    if over is None:
        return found
    above = spans[over].of(text)
    if _fold(above) == _fold(spans[found].of(text)):
        return over  # the headline twice (a page's text may repeat it): the upper, the lower its echo
    if boilerplate.word_count(above) >= 2 and boilerplate.is_sentence(above):
        return None  # the story's own line over it ("The vote was close."): a sub-heading or a quotation
    if (
        over == found - 1
        and _headline_shaped(above)
        and not _kicker(above)
        and not _ticker_line(above)
        and not boilerplate.has_row_mark(above)  # a breadcrumb with the site's name: "Prachatai / News"
        and about.shared(above)
    ):
        # two lines on the story's subject: a headline over its standfirst, or a list of related headlines; the
        # upper is the headline when it is the longer's or when the header's date or byline is over it ("15 мая
        # 2025, 16:40", the headline, its standfirst without a stop)
        if size >= STANDFIRST_WORDS and boilerplate.word_count(above) < size:
            return over
        return over if _dated_above(spans, over, reason_of, dated_top) else None
    return found  # under a kicker ("Elecciones municipales 2025"), a section's name, a menu or a ticker


def _one_line(text: str) -> str:
    """``text`` with its line breaks (and the spaces around them) as one space; other spaces as they are (the
    ideographic space between a Japanese headline's parts)."""
    return _LINE_BREAK.sub(" ", text.strip()) if "\n" in text else text


_LINE_BREAK = re.compile(r"[ \t]*\n\s*")


def _dated_above(spans: list[Span], i: int, reason_of: Callable[[Span], str | None], dated_top: bool = False) -> bool:
    """Whether the first line over ``spans[i]`` that is not navigation (a counter, a breadcrumb) is a date or
    a byline the rules know (``dated_top``: whether one closes what stands over ``spans``)."""
    j = i - 1
    while j >= 0 and reason_of(spans[j]) == "navigation":
        j -= 1
    return dated_top if j < 0 else reason_of(spans[j]) in ("dateline", "byline")


def _headline_over_byline(text: str, spans: list[Span], reason_of: Callable[[Span], str | None]) -> int | None:
    """The index of the headline of a page's whole text found by its byline, or None: the first byline
    or date (among the first ``MAX_HEADER_LINES`` lines; not a photo's credit) that the story's first
    paragraph of prose follows, within ``BYLINE_STORY_LINES`` kept lines and before any other byline
    or date, and the line over it, or over its standfirst, when that reads as a headline about the
    story (a word of it in the story's opening, common words aside), with no paragraph of prose right
    over it or about the story over it (then it is a sub-heading inside the story), nor more than
    ``MAX_BLURBS`` of other prose, and no read-also label just over it.
    Where the story's topic did not find the headline (:func:`_headline_above_story`: a site's blurb
    taken for the story), the page's header still shows it: headline, byline, date, story."""
    for i, span in enumerate(spans[:MAX_HEADER_LINES]):
        if i == 0 or not _credit_line(text, span, reason_of):
            continue
        kept = 0
        for later in spans[i + 1 :]:
            if not reason_of(later) and is_prose(later.of(text)):  # (the story's prose may name a day: "18 mars")
                return _header_headline(text, spans, i, reason_of)
            if _under_byline(text, later, reason_of):
                break  # another byline or date first: a list of stories, or this one's date; go on
            if reason_of(later):
                continue
            kept += 1
            if kept > BYLINE_STORY_LINES:
                break
    return None


def _credit_line(text: str, span: Span, reason_of: Callable[[Span], str | None]) -> bool:
    """A byline or a dateline the rules know, or a line that opens as a byline (not a photo's credit,
    which may carry a date too)."""
    return reason_of(span) in ("byline", "dateline") or _BYLINE_START.match(span.of(text)) is not None


def _header_headline(text: str, spans: list[Span], byline: int, reason_of: Callable[[Span], str | None]) -> int | None:
    """The headline over the credit line at ``byline`` when it is the page's header's: about the story
    that follows, and under no paragraph of the story."""
    found = _headline_at(text, spans, byline, reason_of)
    if found is None:
        return None
    after = (span.of(text) for span in spans[byline + 1 : byline + 1 + MAX_HEADLINE_DISTANCE] if not reason_of(span))
    about = _Topic(" ".join(itertools.islice((line for line in after if is_prose(line)), STORY_OPENING)), True)
    upper = found - 1
    if (
        upper >= 0
        and not reason_of(spans[upper])
        and _header_line(spans[upper].of(text))
        and about.shared(spans[upper].of(text))
    ):
        # two headline-shaped lines over the byline, the upper about the story: the headline over its
        # standfirst ("Goiás vence o Avaí por 3 a 1" over "Atacante marca duas vezes; time chega a 24 pontos")
        found = upper
    if not about.shared(spans[found].of(text)) and not _credited(text, spans, found, byline, reason_of):
        return None  # not about the story: a photo's credit, a menu
    over = [span.of(text) for span in spans[:found] if not reason_of(span)]
    prose = [line for line in over if is_prose(line)]
    near = [line for line in over[-BYLINE_STORY_LINES:] if is_prose(line)]
    if (over and is_prose(over[-1])) or len(prose) > MAX_BLURBS or any(about.shares(line) for line in near):
        # the story began over it (a paragraph right over it, or one about the story a few lines over it): a
        # sub-heading and its credit inside the story; a page's headline stands under its menus and kicker
        # (and the site's blurbs, about what the site does: "The ACLU works in courts ... to defend ...")
        return None
    if any(
        reason_of(span) == "promo" and boilerplate.LIST_LABEL.match(span.of(text))
        for span in spans[max(0, found - PROMO_LINES) : found]
    ):
        return None  # under "Read more", "Related": another story's headline
    return found


CREDITED_HEADLINE_WORDS = 6  # a headline right over its byline needs no word of the story with this many


def _credited(text: str, spans: list[Span], found: int, byline: int, reason_of: Callable[[Span], str | None]) -> bool:
    """Whether the line at ``found`` stands right over the credits at ``byline`` (nothing but its standfirst
    and credits between them, a byline among them), ``CREDITED_HEADLINE_WORDS`` words or more, under nothing
    the rules keep but a kicker: the header's headline though it shares no word with the story's opening (an
    opinion's: "Lo smart working non è un privilegio, è una politica industriale" over "di Marco Bellini")."""
    if boilerplate.word_count(spans[found].of(text)) < CREDITED_HEADLINE_WORDS:
        return False
    credits = spans[found + 1 : byline + 1]
    if credits and not _under_byline(text, credits[0], reason_of):
        credits = credits[1:]  # the standfirst under the headline (_headline_at took the line over it)
    if any(not _under_byline(text, span, reason_of) for span in credits):
        return False
    if not any(reason_of(span) == "byline" for span in credits):
        return False  # a date alone under a caption ("新しい駅ビルが完成している様子", "2024年3月3日")
    over = next((span for span in reversed(spans[:found]) if not reason_of(span)), None)
    return over is None or _kicker(over.of(text))


def _headline_at(text: str, spans: list[Span], byline: int, reason_of: Callable[[Span], str | None]) -> int | None:
    """The headline over the byline at ``byline``: the line right over it (past the byline's name over
    its date, and the header's other credit lines, ``CREDIT_LINES_OVER`` at most), or over the standfirst right
    over it, when it reads as a headline (not a byline, a date or a kicker, and holding no link)."""
    over = byline - 1
    while (
        over >= 0
        and byline - 1 - over < CREDIT_LINES_OVER
        and (_under_byline(text, spans[over], reason_of) or _name_over_date(text, spans, over, reason_of))
    ):
        # the byline's name over its date ("Sara Example", "سارة الكعبي"); the byline over the published and the
        # updated dates ("Rozmawiała Anna Example", "22.07.2025 06:00", "Aktualizacja: 22.07.2025 08:41")
        over -= 1
    for candidate in (over, over - 1):
        if candidate < 0 or reason_of(spans[candidate]):
            return None
        line = spans[candidate].of(text)
        if _header_line(line):
            return candidate
        if candidate == over and not (boilerplate.word_count(line) >= STANDFIRST_WORDS or _deck(line)):
            return None  # neither a headline nor a standfirst under one
    return None


CREDIT_LINES_OVER = 3  # the header's byline and dates over the one the story follows, at most

_LINKED = re.compile(r"https?://|www\.|pic\.twitter\.com|\w\.(?:com|org|net)/")  # an embedded post's line


def _header_line(line: str) -> bool:
    """A line of a page's header that may be its headline: headline-shaped, not a byline, a date or a
    kicker, and holding no link."""
    return _headline_shaped(line) and not _byline_or_date(line) and not _kicker(line) and not _LINKED.search(line)


def _over_byline(text: str, spans: list[Span], i: int, reason_of: Callable[[Span], str | None]) -> bool:
    """Whether paragraph ``i``, though it reads as prose, is a headline over its byline: a question of
    a dozen words and more ("Will the board dredge the basin before the spring tides?") with a byline
    or a date under it."""
    return i + 1 < len(spans) and _headline_shaped(spans[i].of(text)) and _under_byline(text, spans[i + 1], reason_of)


def _kicker(line: str) -> bool:
    """A line too short to be a headline of its own ("Elecciones municipales 2025"): fewer than
    ``KICKER_WORDS`` words, or of Chinese or Japanese fewer than ``KICKER_CJK_CHARACTERS`` characters."""
    cjk = len(_CJK_CHAR.findall(line))
    return cjk < KICKER_CJK_CHARACTERS if cjk else boilerplate.word_count(line) < KICKER_WORDS


def _kicker_line(line: str) -> bool:
    """A kicker's line: a few words (:func:`_kicker`) and no sentence ("Chuvas", "Elecciones 2025")."""
    return _kicker(line) and not boilerplate.is_sentence(line)


SHARE_ROW_LINES = 6  # the share buttons, one a line, between a byline or a date and what stands under them


def _over_buttons(text: str, spans: list[Span], i: int, reason_of: Callable[[Span], str | None]) -> int:
    """The index of the line over ``spans[i]``, past a row of share buttons one a line ("Facebook",
    "X", "LINE") and the counters beside them, and the lead photo's caption with its credit over them: a
    line under the byline, the date, the photo and the buttons stands under the byline."""
    j = i - 1
    buttons = 0
    while j > 0 and i - j <= SHARE_ROW_LINES:
        if _button(text, spans[j], reason_of) or _GALLERY_COUNT.match(spans[j].of(text)):
            buttons += 1  # (and a gallery's count of its photos: "1 / 8")
        elif not _bare_word(text, spans[j], reason_of):
            break
        j -= 1
    if not buttons and not _under_byline(text, spans[j], reason_of):
        # a word alone is one of the buttons ("Pošalji", "Speichern") beside one the rules know, or under the date
        # (a share row of words the rules do not know; a kicker there, over the headline, reads the same: the
        # sets of records of other writers hold more of the first)
        j = i - 1
    if j > 0 and j < i - 1 and _credited_caption(spans[j].of(text)):
        j -= 1  # "Clare's captain celebrates his goal. Picture: Eoin Example/Example Sports", over the buttons
    return j


_GALLERY_COUNT = re.compile(r"^\d{1,3}\s*/\s*\d{1,3}$")


def _bare_word(text: str, span: Span, reason_of: Callable[[Span], str | None]) -> bool:
    """A word or two alone on a line that the rules leave, no figure in it: a button they do not know when
    it stands in a row of those they know, or right under the date (:func:`_over_buttons`)."""
    line = span.of(text)
    return (
        reason_of(span) in (None, "navigation")
        and len(line) <= boilerplate.COUNTER_CHARS
        and len(line.split()) <= 2
        and not any(character.isdigit() for character in line)
        and not boilerplate.is_sentence(line)
    )


def _credited_caption(line: str) -> bool:
    """A photo's caption closed by its credit, a sentence of its own ("... at Cusack Park. Picture: Jane Example")."""
    if _SENTENCE_INSIDE.search(line) is None:
        return False
    parts = split_sentences(line)
    return len(parts) >= 2 and boilerplate.reason(parts[-1]) == "credit"


def _button(text: str, span: Span, reason_of: Callable[[Span], str | None]) -> bool:
    """A share button, or a counter or a link beside them: "Комментарии: 31", "Comments (3)", "4 min read",
    "Commenta"."""
    why = reason_of(span)
    if why == "share":
        return True
    line = span.of(text)
    return why == "navigation" and (
        boilerplate.is_counter(line)
        or (len(line) <= boilerplate.COUNTER_CHARS and len(line.split()) == 1)
        or boilerplate.lower(line.strip()) in boilerplate.ROW_BUTTONS  # "شیئر کریں", "Imprimir"
    )


def _under_byline(text: str, span: Span, reason_of: Callable[[Span], str | None]) -> bool:
    """Whether ``span``, the line over a candidate, is a byline, a date or a read-also label: what
    stands under it is a caption, a sub-heading or a teaser, not the headline."""
    if reason_of(span) in ("byline", "dateline", "promo"):
        return True
    line = span.of(text)  # (a date the rules read only over the story: "మార్చి 5, 2025 | 06:12 PM")
    return _byline_or_date(line) or (boilerplate.may_be_date_line(line) and boilerplate.date_line(line))


def _headline_shaped(line: str) -> bool:
    """A line that may be a page's headline: a few words, mostly letters, not ending as a statement or
    a clause (a question may: "Where do U.S.-Israeli relations go after Netanyahu's victory?"), though
    it may hold two sentences ("Prom znów kursuje. Mieszkańcy czekali dwa lata")."""
    if len(line) > 200:
        return False
    line = _TAGGED.sub("", line, count=1)  # a headline's tag in brackets: "[속보] ...", "【独自】..."
    words = boilerplate.word_count(line)
    bare = line.rstrip().rstrip("\"'”’)]»")
    return (
        HEADLINE_WORDS <= words <= 25
        and (not bare.endswith(_CLAUSE_ENDS) or (_INITIALISM_END.search(bare) is not None and _title_words(bare)))
        and not line.startswith(("(", "["))
        and LIST_MARKER.match(line) is None  # a list's item ("- Flooding to be tackled")
        and _lettered(line)
        and not _captioned(line)
        and not _crumbs(line)
    )


_PATH_MARK = re.compile(r"\s[›»]\s")
_ANGLE_MARK = re.compile(r"\s›\s")


def _crumbs(line: str) -> bool:
    """A breadcrumb's path of short items, the rules' or not: "فرهنگ و هنر » تئاتر", "Kultur › Bühne"."""
    marks = _PATH_MARK if "«" not in line else _ANGLE_MARK  # (« … »: a French quotation's, not a path's)
    items = marks.split(line) if "›" in line or "»" in line else ()
    return len(items) >= 2 and all(0 < len(item.split()) <= boilerplate.ROW_ITEM_WORDS for item in items)


# A ticker's label: "BREAKING:", "Última hora:", "SON DAKİKA:", "ТЕРМІНОВО:", "LIVE:", "FLASH :", "Eilmeldung:"
_TICKER = re.compile(
    r"^\W*(?:breaking(?: news)?|just in|live(?: scores?)?|flash|última hora|último minuto|"
    r"ultima oră|ultima ora|son dakika|eilmeldung|"
    r"en direct|urgente|терміново|срочно|молния|ακτακτο|έκτακτο|pilne|na żywo|nyt|速報|快讯|快訊|속보|بریکنگ نیوز)"
    r"\s*[:：]\s*\S",
    re.IGNORECASE,
)


def _ticker_line(line: str) -> bool:
    """A news ticker's line over the headline, not a sentence of the story (a note in brackets may close it:
    "LIVE SCORES: Rovers 0-14 Quayside 0-11 (half-time)")."""
    if _TICKER.match(line) is None or len(line) > 200:
        return False
    return not boilerplate.is_sentence(_CLOSING_NOTE.sub("", line) if line.endswith(")") else line)


_CLOSING_NOTE = re.compile(r"\s*\([^()]{1,30}\)$")


_TAGGED = re.compile(r"^\s*[\[【]\s*[^\]】\s]{1,12}\s*[\]】]\s*(?=\S)")


def _captioned(line: str) -> bool:
    """Two sentences that are no headline: a caption with its credit ("Firefighters wade along the
    parade. Photograph: Tom Example"), more than two sentences, or a question and its answer ("Nobody
    saw it coming? The board did, and said so"), the story's opening rather than its headline (an
    exclamation and what follows it may be one: "Orzeł lepszy od lidera! Tie-break na wagę awansu"; so
    may a question and a short answer: "Dražší jízdenky? Nejdřív ať vlaky jezdí včas")."""
    if _SENTENCE_INSIDE.search(line) is None and not _CREDIT_AFTER.search(line):
        return False
    parts = split_sentences(line)  # not at initials: "N. Korea slams S. Korea for joint drill"
    # three short ones, the last without its stop, as headlines are written: "Na endokrynologa czeka się nawet
    # 500 dni. Gdzie najkrócej? Sprawdziliśmy kolejki"
    told = len(parts) == 3 and not boilerplate.ends_with_stop(parts[-1]) and boilerplate.word_count(line) <= 20
    return (
        (len(parts) > 2 and not told)
        or (any(part.rstrip()[-1:] in "?？" for part in parts[:-1]) and not _punchline(parts[-1]))
        or any(boilerplate.reason(part) for part in parts)
    )


PUNCHLINE_WORDS = 6  # a headline's answer to its own question is this short ("Dražší jízdenky? Nejdřív ať vlaky ...")


def _punchline(part: str) -> bool:
    """A headline's short answer to its question: a few words, no comma, no stop ("Dražší jízdenky? Nejdřív ať
    vlaky jezdí včas"); not a sentence of the story going on ("... The harbour board did, and said so")."""
    if boilerplate.ends_with_stop(part):
        return False
    if boilerplate.word_count(part) <= PUNCHLINE_WORDS and "," not in part:
        return True
    # an answer in title case, as a headline writes it: "Apa Itu Kartu Tani Digital? Ini Syarat, Cara Daftar, dan
    # Jadwalnya" (a story's sentence goes on in lower case: "... The harbour board did, and said so")
    long_words = [word for word in _TITLE_WORD.findall(part) if len(word) >= 4]
    return (
        boilerplate.word_count(part) <= 2 * PUNCHLINE_WORDS
        and len(long_words) >= 3
        and all(word[0].isupper() for word in long_words)
    )


_CREDIT_AFTER = re.compile(r"[.!?。]\s*[\[(（【]")  # a sentence, then a bracket: "... 있다. [사진=한솔FC 제공]"


class _Topic:
    """What a story's opening is about, to test a line against: its words of five letters or more (their
    stems, :func:`_stems`; without the words any text holds, with ``content_only``), and the pairs of
    Chinese, Japanese or Korean characters it holds, and the runs of four characters of the scripts that
    write no spaces between words (Thai, Lao, Burmese, Khmer)."""

    def __init__(self, opening: str, content_only: bool = False) -> None:
        self.ignored = _COMMON_STEMS if content_only else frozenset()
        self.words = _stems(opening) - self.ignored
        self.pairs = self._pairs(opening) | _unspaced_grams(opening)

    def _pairs(self, text: str) -> set[str]:
        return _ideographic(_cjk_pairs(text))

    def shared(self, line: str) -> int:
        """How many of the line's stems (or CJK character pairs) the story's opening holds."""
        pairs = _cjk_pairs(line)
        grams = _unspaced_grams(line)
        if pairs or grams:
            return len((_ideographic(pairs) | grams) & self.pairs)
        return len((_stems(line) - self.ignored) & self.words)

    def shares(self, line: str) -> bool:
        return self.shared(line) >= SHARED_TOPIC


def _stems(text: str) -> set[str]:
    """The first five letters of the words of five letters or more ("approves" and "approved" meet), their
    accents dropped ("jezdí" and "jezdil" meet)."""
    return {_unaccented(word[:5]) for word in content_words(text)}


LATIN_END = 0x24F  # the last letter of the Latin Extended blocks


def _unaccented(word: str) -> str:
    """A word of Latin script without its accents; in other scripts the marks are letters' own (Devanagari)."""
    if word.isascii() or any(ord(character) > LATIN_END for character in word):
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# Stems of English words of five letters or more that say nothing of a story's topic.
_COMMON_STEMS = frozenset(
    word[:5]
    for word in (
        "about above after again against along already also although always among another around because "
        "before being below between both cannot could during early either every first found further great "
        "having however large later least little might never often other their there these thing think "
        "those three through today under until upon using where whether which while within without would "
        "since still should years welcome small"
    ).split()
    if len(word) >= 5
)


_UNSPACED_RUN = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]{4,}")  # Thai, Lao, Burmese, Khmer
UNSPACED_GRAM = 4  # characters of a run of those scripts compared at a time (a word holds about this many)


def _unspaced_grams(text: str) -> set[str]:
    return {
        run[i : i + UNSPACED_GRAM] for run in _UNSPACED_RUN.findall(text) for i in range(len(run) - UNSPACED_GRAM + 1)
    }


def _ideographic(pairs: set[str]) -> set[str]:
    """The pairs with an ideograph or Hangul in them: pairs of kana alone ("して", "いる") say nothing of a topic."""
    return {pair for pair in pairs if _IDEOGRAPH.search(pair)}


def _cjk_pairs(text: str) -> set[str]:
    return {run[i : i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)}


_CJK_RUN = re.compile(f"[{CJK}]{{2,}}")


_IDEOGRAPH = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")  # CJK ideographs and Hangul


SHARED_TOPIC = 2  # words (or character pairs) a headline shares with the story's opening


STORY_OPENING = 3  # paragraphs of prose of the story a headline is compared with


STANDFIRST_WORDS = 14  # a line of this many words under a headline-shaped line may be its standfirst
DECK_WORDS = 4  # a shorter deck under the headline, no sentence, has this many words at least


def _deck(line: str) -> bool:
    """A short standfirst (a deck) under the headline: a few words, no sentence, no byline or date
    ("Growth of 18% on container handling", "40 more stations, from July")."""
    return (
        boilerplate.word_count(line) >= DECK_WORDS and not boilerplate.is_sentence(line) and not _byline_or_date(line)
    )


MAX_BLURBS = 3  # paragraphs of prose (a site's blurbs) a page's header may hold over its headline


PROMO_LINES = 3  # lines over a headline found by its byline where a read-also label makes it another story's


BYLINE_STORY_LINES = 6  # lines the rules keep between a page's byline and its story's first paragraph, at most


KICKER_WORDS = 5  # a line over the headline with fewer words is its kicker, not the headline
MAX_KICKER_LINES = 2  # lines of a kicker (and a section's name) over a headline, at most


KICKER_CJK_CHARACTERS = 8  # ... or with fewer Chinese or Japanese characters


MAX_HEADLINE_DISTANCE = 12  # lines the rules keep between a page's headline and its story's first paragraph


HEADLINE_WORDS = 3  # a page's headline has this many words at least ("Flooding" is a section's name)


MAX_HEADER_LINES = 200  # lines of a page's header, its menus and ticker, the story's first paragraph may follow


_BYLINE_OPENING = (
    r"^(?:by|von|par|por|di|door|av|af|autor|autorin|author|auteur|autore|texto|text|written by|escrito por)\b\W*"
    r"(?-i:[A-ZÀ-Þ])"
)


_BYLINE_START = re.compile(_BYLINE_OPENING, re.IGNORECASE)


_BYLINE_OR_DATE = re.compile(
    _BYLINE_OPENING + "|"
    rf"\b\d{{1,2}}\.?\s+(?:de\s+)?(?:{boilerplate.MONTHS})\b|\b(?:{boilerplate.MONTHS})\.?\s+\d{{1,2}}\b|"
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d\d-\d\d\b|\d{4}年\d{1,2}月",
    re.IGNORECASE,
)


def _byline_or_date(line: str) -> bool:
    """A line under a page's headline that names the author or the date (the rules leave some: a name
    with a place, a date with its update, writers' names joined): no headline, whatever its shape."""
    return _BYLINE_OR_DATE.search(line) is not None or _names_line(line)


def _lettered(line: str) -> bool:
    """Mostly letters: a headline, not a time stamp or a row of figures."""
    visible = sum(1 for char in line if not char.isspace())
    return sum(map(str.isalpha, line)) + len(_MARK.findall(line)) >= 0.6 * visible


def _same_headline(line: str, title: str) -> bool:
    """The given title, or the title without the site's name around it ("Harbour to be dredged" for
    "Harbour to be dredged - Harbour Post", "Harbour Post | Harbour to be dredged")."""
    folded, whole = _fold(line), _fold(title)
    if folded == whole:
        return True
    if len(folded.split()) < 3 or len(folded) < 0.5 * len(whole):
        return False
    return any(_fold(part) == folded for part in _TITLE_SEPARATOR.split(title))


_TITLE_SEPARATOR = re.compile(r"\s+[-|–—:·»]\s+")


def _share_row_under(spans: list[Span], reason_of: Callable[[Span], str | None]) -> bool:
    """Whether the header's share buttons stand right under the first paragraph (the standfirst, under the
    headline: "Giá vàng trong nước tăng ...", then "Chia sẻ"), the story under them."""
    return len(spans) > 2 and reason_of(spans[1]) == "share"


def _story_after(spans: list[Span], reason_of: Callable[[Span], str | None]) -> bool:
    """Whether a paragraph that is not boilerplate follows the first one: a standfirst stands above a
    story, and a lone paragraph among a site's furniture is the story itself."""
    return any(not reason_of(span) for span in spans[1:])


CREDIT_LINES = 3  # the lines of bylines and datelines between a standfirst and its story, at most
CREDIT_SKIPPED = 2  # the short lines the rules do not know among them, at most
CREDIT_SCAN = 10  # the lines read under a standfirst for its credits, boilerplate the rules know included
CREDIT_LINE_WORDS = 12  # a line passed over among them (an outlet's name, a caption's label) is this short


def _credits_under(text: str, spans: list[Span], reason_of: Callable[[Span], str | None]) -> bool:
    """Whether the first paragraph stands over the story's credits: bylines and datelines the rules know
    (and a name alone beside them), ``CREDIT_LINES`` lines at most, then a paragraph of prose; such a
    paragraph is the standfirst, even when it reads as a sentence of the story ("L'homme, âgé de 58 ans,
    avait ..."). Boilerplate the rules know among them (a share row, a reading time) is passed over, and
    ``CREDIT_SKIPPED`` short lines they do not (an outlet's name, an author's role, "Mis à jour à 19 h
    40"). A name and a date are credits enough, whatever stands under them (a review's box of facts:
    "TEATER", "Måsen", "Av: Anton Tjechov"). Not over a sub-heading ("What Does Stadia Offer?", "How We
    Work")."""
    known = skipped = credits = 0
    for span in spans[1 : 1 + CREDIT_SCAN]:
        line = span.of(text)
        why = reason_of(span)
        if why in ("byline", "dateline") or (
            not why and boilerplate.may_be_date_line(line) and boilerplate.date_line(line)
        ):  # a line of dates the rules read only over the story: "Publié le 6 février 2024 à 18h12, ..."
            known += 1
            credits += 1
        elif not why and _name_line(line) and not boilerplate.is_sentence(line):
            credits += 1
        elif known and not why and is_prose(line):
            return True
        elif why:
            continue  # a caption's credit, a share row: boilerplate the rules know
        elif skipped < CREDIT_SKIPPED and not is_prose(line) and boilerplate.word_count(line) <= CREDIT_LINE_WORDS:
            skipped += 1  # a label, an outlet's name among the credits or under them
        else:
            return False  # a line of neither the credits nor the story under a date alone: a sub-heading
        if credits > CREDIT_LINES:
            return False
        if known and credits >= 2:
            return True  # a name and a date, the header's credits in full: "Johan Example", "Publicerad 12 oktober"
    return False


def _name_over_date(text: str, spans: list[Span], i: int, reason_of: Callable[[Span], str | None]) -> bool:
    """Whether paragraph ``i`` is a person's name right over a line the rules call a dateline: a
    byline without its "By" ("Ayşe Örnek", then "Güncelleme: 12.03.2024 10:15")."""
    if i + 1 >= len(spans) or reason_of(spans[i + 1]) != "dateline":
        return False
    line = spans[i].of(text)
    return _name_line(line) or _caseless_label(line)


def _caseless_label(line: str) -> bool:
    """A short line in a script without capitals (Thai, Arabic, Hebrew, Chinese, ...): over a date, a
    name or a desk ("ทีมข่าวภูมิภาค"), which capitals cannot tell from a menu's item."""
    letters = [char for char in line if char.isalpha()]
    return (
        bool(letters)
        and not any(char.isupper() or char.islower() for char in letters)
        and boilerplate.word_count(line) <= CASELESS_NAME_WORDS
        and not boilerplate.is_sentence(line)
    )


CASELESS_NAME_WORDS = 4  # a name or a desk in a script without capitals: this many words at most


def _byline_over_date(text: str, spans: list[Span], reason_of: Callable[[Span], str | None]) -> bool:
    """Whether the first line is a byline without its "By" over the story's date: a name of two words
    ("Jane Example", also with its outlet after a dash: "Andi Contoh - detikNews"), a name after a label
    ("Autor: Piotr Nowak") or a name in a script written without spaces ("佐藤健一") right over a
    dateline; not a section's name or a button ("World News", "Read Later"). A title-case headline of
    three or four words reads as a name too ("Harbour Dredging Begins"), so longer names are left to the
    headline's search."""
    if len(spans) < 2 or reason_of(spans[1]) != "dateline":
        return False
    line = OUTLET_AFTER_NAME.sub("", spans[0].of(text))  # "Andi Contoh - detikNews": the outlet after the name
    if not _name_line(line):
        return False
    words = line.split()
    if boilerplate.trigger_words(line) or any(boilerplate.lower(word) in boilerplate.SECTION_NAMES for word in words):
        return False  # "World News", "Read Later": a section's name, a button
    return ":" in line or len(words) == 2 or all(boilerplate.is_dense(word) for word in words)


def _label_follows(text: str, spans: list[Span], reason_of: Callable[[Span], str | None]) -> bool:
    """Whether the first line is followed (boilerplate aside) by another short label: then it opens a
    menu or a list of other stories' headlines rather than the story. A line of eight words or more
    that the story follows and echoes (two of its content words or more in the story's first
    paragraph) is a standfirst without its full stop, not a second headline, when the first line is
    about the same story (two of its content words in them)."""
    at = [i for i in range(1, min(len(spans), MAX_LEADING_BOILERPLATE)) if not reason_of(spans[i])][:2]
    following = [spans[i].of(text) for i in at]
    if not following or not boilerplate.is_short_label(following[0]):
        return False
    if _name_over_date(text, spans, at[0], reason_of):
        return False  # a name over the date ("Ayşe Örnek", then "Güncelleme: 12.03.2024"): a byline
    if boilerplate.word_count(following[0]) < 8 or len(following) < 2 or boilerplate.is_short_label(following[1]):
        return True
    standfirst, story = content_words(following[0]), content_words(following[1])
    return len(standfirst & story) < 2 or len(content_words(spans[0].of(text)) & (standfirst | story)) < 2


# What ends a statement or a clause, and a question: no headline ends so (a page's headline found over
# its story may be a question, :func:`_headline_shaped`).
_CLAUSE_ENDS = (".", ",", ";", ":", "!", "…", "。", "，", "；", "：", "！", "।", "۔")


_QUESTION_ENDS = ("?", "？", "؟")


def _headline_like(line: str) -> bool:
    """One short line of words, not a sentence: it does not end as one (closing quotes and brackets
    aside), nor hold the end of one inside, nor open with a bracket."""
    words = boilerplate.word_count(line)
    bare = line.rstrip().rstrip("\"'”’)]»")
    # A question opening the text reads as the story's first line more often than as its headline.
    return (
        2 <= words <= 25
        and len(line) <= 200
        and not bare.endswith(_CLAUSE_ENDS + _QUESTION_ENDS)
        and not line.startswith(("(", "["))
        and _SENTENCE_INSIDE.search(line) is None
    )


def _standfirst_like(line: str, echoed: bool) -> bool:
    words = boilerplate.word_count(line)
    if line[:1] in "\"“„«'‘":
        return False  # a quotation opening the story, however often the story repeats it
    if _BYLINE_START.match(line):
        return False  # a byline with its date ("Autor: Ewa Przykładowska · 14 kwietnia 2025, 07:30")
    if words < 8 and (not echoed or words < STANDFIRST_OVER_CREDITS_WORDS or _credit_like(line)):
        return False  # (over the credits, a short one: Korean's words are long, "충남 논산에서 ...")
    return words <= 90 and (echoed or not boilerplate.is_sentence(line)) and not boilerplate.reason(line)


def _credit_like(line: str) -> bool:
    """A byline or a date by its shape, or a line that opens with a name (a writer, with a post, an outlet,
    a place or another writer: "Kofi Example, Senior Correspondent, Accra", "Jane Example | Harbour Post",
    "Jane Example and John Example in Kyiv") or with "by" in a script without capitals ("โดย สมชาย ...")."""
    return (
        _byline_or_date(line)
        or _name_line(_CREDIT_PARTS.split(line, 1)[0].strip())
        or _NAME_OPENING.match(line) is not None
        or _CASELESS_BY.match(line) is not None
        or " " not in line.strip()  # one run of a script without spaces: a desk's name ("กองบรรณาธิการ...")
    )


_NAME_OPENING = re.compile(r"^(?:[A-ZÀ-Þ][\w'’-]+\s+){1,2}[A-ZÀ-Þ][\w'’-]+\b(?!\s*[:.!?])")
_CASELESS_BY = re.compile(r"^\W*(?:โดย|ข่าวโดย|เรื่องโดย|द्वारा|দ্বারা)\s*\S")


_CREDIT_PARTS = re.compile(r"[,|·•]|\s[-–—]\s")


STANDFIRST_OVER_CREDITS_WORDS = 5  # a standfirst echoed by the story, or over the credits, is this long at least
