"""Cleaning of already-extracted text: boilerplate out, damage repaired, every change reported."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol
from urllib.parse import urlsplit

from copydesk.clean import boilerplate, repairs
from copydesk.clean.credits import Credits, filed_tags, head_credits, name_under_headline
from copydesk.clean.features import content_words, is_prose, paragraph_features
from copydesk.clean.model import shipped_model
from copydesk.clean.text import Span, paragraphs, sentences
from copydesk.extract.language import detect_language
from copydesk.extract.repair import has_mojibake, repair_mojibake
from copydesk.types import Article, Block, Removal, Repair


class Profile(Protocol):
    """What cleaning needs of a learned site profile (:class:`copydesk.clean.profile.SiteProfile`)."""

    def reason(self, domain: str | None, text: str) -> str | None: ...

    def records(self, domain: str | None) -> int: ...


_FOLD = re.compile(r"\W+")
SITE_REASON = "site-boilerplate"  # what a profile calls a text that recurs on the site
# A site a profile learned from this many records is judged by what recurs on it: the generic
# classifier's guesses are then only reported as doubts (they would cost more article text than they save).
KNOWN_SITE_RECORDS = 20
# A line of a bulleted or numbered list ("- Dredge the basin", "2) Repair the quay"): a list item,
# its marker kept (the text is the record's own).
_LIST_MARKER = re.compile(r"(?:[-*•–·▪◦‣]|\d{1,2}[.)])\s+\S")
CLOSING_WORDS = 5  # a story's closing statements have this many words at least ("Comments are closed." not)
MENU_LINES, MENU_WORDS = 3, 3  # a record's opening menu: this many lines at least, of this many words at most
BYLINE_WORDS = 6  # a line under the headline of this many words at most may be its byline
LONE_BY_WORDS = 12  # the names (and date) under a lone "By" line make a line of this many words at most
MAX_LEADING_BOILERPLATE = 12  # boilerplate paragraphs passed over to find the headline and standfirst
LANGUAGE_SAMPLE = 1500  # characters the language is detected on: some 250 words are plenty for CLD2


@dataclass(slots=True)
class _Paragraph:
    span: Span
    reason: str | None = None
    triggered: bool = True  # some boilerplate rule could fire on a part of it
    doubt: str | None = None  # the classifier leans to this reason without being sure
    segments: list[Span] = field(default_factory=list)  # the kept sentences, when some were removed
    cut: bool = False  # a truncation marker followed it: the story's own text, cut by the source
    story_follows: bool = False  # a paragraph of the story's prose comes after it


def clean(
    text: str,
    *,
    title: str | None = None,
    description: str | None = None,
    url: str | None = None,
    profile: Profile | None = None,
    site: str | None = None,
    remove_doubtful: bool = False,
) -> Article:
    """Clean one article body: remove boilerplate, repair damage, find the headline and standfirst
    when the text carries them. ``removed`` and ``repairs`` of the result say what changed, with
    offsets into ``text``. ``profile`` adds what recurs across a site's records (corpus mode); the
    site is ``site`` (a domain) when given, else the host of ``url``. Paragraphs the learned
    classifier leans to call boilerplate without being sure are kept and listed in ``doubts``, or
    removed with ``remove_doubtful``."""
    found: list[Repair] = []
    removed: list[Removal] = []
    doubts: list[Removal] = []
    boilerplate.forget()  # per-paragraph facts are remembered within one record, never across records
    domain = site or domain_of(url)  # profiles normalise either form
    suspect = has_mojibake(text)  # one test for the whole text spares one per paragraph and sentence
    judged: dict[Span, _Paragraph] = {}

    def judge(span: Span) -> _Paragraph:
        item = judged.get(span)
        if item is None:
            paragraph = span.of(text)
            words = boilerplate.trigger_words(paragraph)
            why = _reason(paragraph, domain, profile, words, suspect)
            triggered = bool(words) or "©" in paragraph or boilerplate.may_hold_phrases(paragraph)
            if why is not None and why != SITE_REASON and _story_beside(text, span, domain, profile, suspect):
                why = None  # the boilerplate sentences go one by one (_kept_sentences); the story stays
            item = judged[span] = _Paragraph(span, why, triggered)
        return item

    def on_top(span: Span) -> str | None:
        """What a paragraph is to the search for the headline: a site section's name ("Home",
        "Contact"), which no rule removes alone, is a menu item there."""
        why = judge(span).reason
        return "navigation" if why is None and boilerplate.SITE_SECTIONS.match(span.of(text)) else why

    # Boilerplate on top (a site's header, a share row) is neither the headline nor the standfirst.
    title, description, spans = body_spans(text, title, description, found, removed, on_top)
    items = [judge(span) for span in spans]
    cuts = {removal.start for removal in removed if removal.reason == "truncation"}
    for item in items:
        item.cut = item.span.end in cuts
    _extend_appeals(text, items)
    # The story's prose the rules kept: the marks that follow (menus, the classifier's calls, navigation
    # residue) are on short lines or spare prose, so this list holds for all of them.
    prose = _kept_prose(text, items)
    _apply_model(text, items, title, prose, sure=profile is None or profile.records(domain) < KNOWN_SITE_RECORDS)
    _keep_story_bios(text, items, prose)
    blocks = []
    language = detect_language(repair_mojibake(text[:LANGUAGE_SAMPLE]))
    # Damage found in one pass over the whole text; each kept segment takes what lies inside it.
    damage = _Damage(
        list(repairs.lost_apostrophes(text, 0, len(text), repairs.quote_style(text), language or ""))
        + list(repairs.spacing(text, 0, len(text)))
        + repairs.html_leftovers(text, 0, len(text))
    )
    for item in items:
        reason = item.reason or (item.doubt if remove_doubtful else None)
        if reason:
            removed.append(Removal(item.span.start, item.span.end, item.span.of(text), reason))
            continue
        if item.doubt:
            doubts.append(Removal(item.span.start, item.span.end, item.span.of(text), item.doubt))
        segments = _kept_sentences(text, item, domain, profile, removed, suspect)
        if not segments:
            continue
        pieces = [_repaired(text, segment, damage, found, suspect) for segment in segments]
        block_text = " ".join(piece for piece in pieces if piece)
        if block_text:
            if _LIST_MARKER.match(block_text):
                blocks.append(Block("list_item", block_text, 1))
            elif boilerplate.is_short_label(block_text) and len(items) > 1:
                blocks.append(Block("heading", block_text, 2))
            else:
                blocks.append(Block("paragraph", block_text))
    body = "\n\n".join(block.text for block in blocks)
    found = _without_dropped_glue(found, removed)
    credits = _story_credits(text, items, prose, removed) if blocks else Credits()
    return Article(
        url=url,
        title=title,
        description=description,
        authors=credits.authors,
        published=credits.published,
        modified=credits.modified,
        tags=filed_tags(removed) if blocks else (),
        language=language if body else None,
        site_name=None,
        kind="article" if blocks else "empty",
        blocks=tuple(blocks),
        removed=tuple(sorted(removed, key=lambda r: r.start)),
        repairs=tuple(sorted(found, key=lambda r: r.start)),
        doubts=tuple(doubts),
    )


def _story_credits(text: str, items: Sequence[_Paragraph], prose: Sequence[int], removed: list[Removal]) -> Credits:
    """Who wrote the story and when, as its head says (:mod:`copydesk.clean.credits`): the bylines and
    datelines removed there, else a name alone between the headline found in the text and its date."""
    headline = next((removal for removal in removed if removal.reason == "headline"), None)
    credits = head_credits(text, removed, *_story_head(text, items, prose, headline))
    if credits.authors or headline is None:
        return credits
    return credits._replace(authors=name_under_headline(text, removed, headline, [item.span for item in items]))


class _Head(NamedTuple):
    """The story's head, where its byline and dateline are: from ``start`` (under its headline, when
    the text has one), over its ``first`` paragraph and right under it, up to ``end``."""

    first: Span
    end: int
    start: int


def _story_head(text: str, items: Sequence[_Paragraph], prose: Sequence[int], headline: Removal | None) -> _Head:
    """The story's first paragraph (of prose, or of what was kept when it has none) and where its
    head ends: at its second paragraph of prose (a summary may come before the byline, right under
    it), or at the end. Under a headline found in the text, what stands over it (a site's blurb,
    other stories' bylines) is not the story's."""
    start = headline.end if headline is not None else 0
    prose = [i for i in prose if items[i].span.start >= start] or list(prose)
    kept = [item.span for item in items if item.reason is None]
    first = items[prose[0]].span if prose else kept[0] if kept else Span(len(text), len(text))
    return _Head(first, items[prose[1]].span.start if len(prose) > 1 else len(text), start)


def body_spans(
    text: str,
    title: str | None,
    description: str | None,
    found: list[Repair] | None = None,
    removed: list[Removal] | None = None,
    reason_of: Callable[[Span], str | None] | None = None,
) -> tuple[str | None, str | None, list[Span]]:
    """The paragraphs cleaning judges (glued sentences split, wrapped lines joined, headline and
    standfirst taken off the top), with the title and description found on the way. Paragraphs
    ``reason_of`` calls boilerplate (a reason, or None) are passed over when the headline and
    standfirst are looked for."""
    removed = [] if removed is None else removed
    spans = _join_wrapped(text, _split_glued(text, paragraphs(text), [] if found is None else found))
    spans = _without_truncation_markers(text, spans, removed)
    return _headline_and_standfirst(text, spans, title, description, removed, reason_of or _never)


# NewsAPI cuts ``content`` with "… [+1234 chars]": the marker goes, the text before it (and its
# ellipsis, which shows the cut) stays.
_TRUNCATION_MARKER = re.compile(r"\s*\[\+\d+ (?:chars|characters)\]\s*$", re.I)


def _without_truncation_markers(text: str, spans: list[Span], removed: list[Removal]) -> list[Span]:
    out = []
    for span in spans:
        if text[span.end - 1] == "]":
            marker = _TRUNCATION_MARKER.search(text, span.start, span.end)
            if marker is not None:
                removed.append(Removal(marker.start(), span.end, text[marker.start() : span.end], "truncation"))
                if marker.start() > span.start:
                    out.append(Span(span.start, marker.start()))
                continue
        out.append(span)
    return out


def _never(span: Span) -> str | None:
    return None


def _kept_prose(text: str, items: Sequence[_Paragraph]) -> list[int]:
    """The indices of the paragraphs of prose no rule removed."""
    return [i for i, item in enumerate(items) if item.reason is None and is_prose(item.span.of(text))]


def _apply_model(
    text: str, items: list[_Paragraph], title: str | None, prose: Sequence[int], sure: bool = True
) -> None:
    """Paragraphs the rules let through but the learned classifier calls page furniture: removed
    above its threshold when ``sure``, else only marked as doubts."""
    model = shipped_model()
    if model is None:
        _mark_navigation(text, items, prose)
        return
    texts = [item.span.of(text) for item in items]
    if sure:
        _mark_menu(texts, items, prose)  # before the classifier: a menu is a menu whatever it makes of each line
    # Prose is the classifier's only when a rule reacts to it and it is short: the rest is not scored,
    # nor is a paragraph the source cut short ("… [+1234 chars]"), which is the story's.
    candidates = [
        i
        for i, item in enumerate(items)
        if item.reason is None and not item.cut and (not is_prose(texts[i]) or (item.triggered and len(texts[i]) < 300))
    ]
    hits = [item.reason is not None for item in items]  # what the rules said, on repaired text
    probabilities = model.probabilities(paragraph_features(texts, title, candidates, hits, model.triggers_of))
    guessed = []
    lists = _list_runs(texts)
    # The story: between its first and last paragraphs of prose that no rule removed, and the
    # statements of a few words or more that close it ("Residents will be consulted in February."; not
    # "Share this story."), up to the first other line the rules kept.
    story: set[int] = set(range(prose[0] + 1, prose[-1])) if prose else set()
    for j in range(prose[-1] + 1 if prose else len(items), len(items)):
        if items[j].reason is None:
            if not (_statement(texts[j]) and boilerplate.word_count(texts[j]) >= CLOSING_WORDS):
                break
            story.add(j)
    kept_prose = set(prose)
    for i, probability in zip(candidates, probabilities, strict=True):
        if probability < model.doubt_from:
            continue
        guess = "navigation" if boilerplate.is_short_label(texts[i]) else "boilerplate"
        if sure and probability >= model.threshold and not _story_shaped(texts, i, lists, story, kept_prose):
            items[i].reason = guess
            guessed.append(i)
        else:
            items[i].doubt = guess
    if guessed and all(item.reason for item in items):
        # The guesses would leave no article at all: a record made only of short lines is one the
        # classifier cannot read, so its calls stay doubts (when unsure, keep the text and say so).
        for i in guessed:
            items[i].doubt, items[i].reason = items[i].reason, None


def _mark_menu(texts: list[str], items: list[_Paragraph], prose: Sequence[int] | None = None) -> None:
    """Runs of menu lines, lines of a few words each ("Home", "World", "Sport"; no digits, no list
    marker; left by the rules or taken by them as navigation or share buttons), at the top of the
    record, before the story's first paragraph of prose or after its last: ``MENU_LINES`` or more of
    them, or two when the rules took one of them ("Inicio", "Noticias"), make a site's menu:
    navigation, whatever the classifier made of each line alone (it reads a long run of them, a menu
    of fifteen sections in a page's text, as nothing it was trained on). Away from the top, a run
    must hold a line the rules took ("Sign in"): a list of names around the story is no menu. Only
    when some text the rules kept follows a run at the top: a record of such lines only is left to
    the classifier. A run's last line, when the rules left it and a sentence of the story follows it,
    may be the headline (see :func:`_opening_menu`) and is no menu line where the rules' lines make
    the menu."""
    run = 0
    while run < len(texts) and _menu_line(texts[run], items[run]):
        run += 1
    run = _menu_run_end(texts, items, 0, run)
    if _menu_enough(texts[:run], [item.reason for item in items[:run]]) and any(
        item.reason is None for item in items[run:]
    ):
        _navigation(items[:run])
    if prose is None:
        prose = [i for i, item in enumerate(items) if item.reason is None and is_prose(texts[i])]
    if not prose:
        return
    for low, high in ((run, prose[0]), (prose[-1] + 1, len(items))):
        i = low
        while i < high:
            end = i
            while end < high and _menu_line(texts[end], items[end]):
                end += 1
            end = _menu_run_end(texts, items, i, end) if end > i else end
            reasons = [item.reason for item in items[i:end]]
            if end > i and _vouched(texts[i:end], reasons, after=low > 0) and _menu_enough(texts[i:end], reasons):
                _navigation(items[i:end])
            i = max(end, i + 1)


def _vouched(lines: list[str], reasons: list[str | None], after: bool) -> bool:
    """Whether a run of menu lines away from the top is a site's: it holds a line known for one
    ("Sign in", "RSS feeds"; :func:`_known`), so that a list of short names or an infobox's lines around
    the story are no menu. After the story, not by its last lines alone: a line-up ("Raya", "White",
    "Saliba") over a "Print" or "Share" button is the story's."""
    known = [_known(line, reason) for line, reason in zip(lines, reasons, strict=True)]
    if after:
        while known and known[-1] and not all(known):
            known.pop()
    return any(known)


def _menu_run_end(texts: list[str], items: list[_Paragraph], start: int, end: int) -> int:
    """The end of the run of menu lines ``start:end`` without its last line when that line may be the
    headline: the rules left it, it reads as a short headline and a sentence of the story follows it,
    and the rules' own lines make the run a menu (fewer than ``MENU_LINES`` lines they left)."""
    if end <= start:
        return end
    left = sum(1 for item in items[start:end] if item.reason is None)
    if left < MENU_LINES and items[end - 1].reason is None and _short_headline(texts[end - 1]):
        after = next((texts[i] for i in range(end, len(texts)) if items[i].reason is None), None)
        if after is not None and boilerplate.is_sentence(after):
            return end - 1
    return end


def _navigation(items: list[_Paragraph]) -> None:
    for item in items:
        if item.reason is None:
            item.reason, item.doubt = "navigation", None


def _short_headline(line: str) -> bool:
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
    return 2 <= len(words) <= 4 and all(word[0].isupper() for word in words)


def _menu_enough(lines: list[str], reasons: list[str | None]) -> bool:
    """Whether these menu lines make a menu: ``MENU_LINES`` of them, or two or more of which one is
    known for a site's (the rules call it navigation, or it names a site section: "Home") and the
    others are single words ("Accueil", "Actualités"; "Inicio", "Noticias"; "首页", "新闻": a
    breadcrumb), not a short headline ("Contact" over "Dredging approved")."""
    if len(lines) >= MENU_LINES:
        return True
    known = [_known(line, reason, ("navigation",)) for line, reason in zip(lines, reasons, strict=True)]
    others = [line for line, reason, k in zip(lines, reasons, known, strict=True) if reason is None and not k]
    return len(lines) >= 2 and any(known) and all(len(line.split()) == 1 for line in others)


def _known(line: str, reason: str | None, reasons: tuple[str, ...] = ("navigation", "share")) -> bool:
    """Whether a menu line is known for a site's: the rules took it (``reasons``), or it names a
    site's section or service ("Home", "Corrections", "RSS feeds"), which no rule removes alone."""
    return reason in reasons or (reason is None and boilerplate.SITE_SECTIONS.match(line) is not None)


def _menu_line(text: str, item: _Paragraph) -> bool:
    return item.reason in (None, "navigation", "share") and _menu_text(text)


def _menu_text(text: str) -> bool:
    return (
        boilerplate.word_count(text) <= MENU_WORDS
        and boilerplate.is_short_label(text)
        and not any(character.isdigit() for character in text)
        and not _LIST_MARKER.match(text)
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
        if claimed in (None, "navigation", "share") and _menu_text(spans[run].of(text)):
            menu.append(run)
        elif not claimed:
            break
        run += 1
    left = sum(1 for i in menu if reason(i) is None)
    if menu and left < MENU_LINES and reason(menu[-1]) is None and _short_headline(spans[menu[-1]].of(text)):
        # "Startseite", "Kontakt", "Land saniert Schulen", then the story: where the menu stands by the
        # lines the rules call navigation, its last line, which they left, is the headline over the story
        # rather than a menu line (a menu item is followed by another, or by the headline)
        after = next((spans[i] for i in range(menu[-1] + 1, len(spans)) if not reason(i)), None)
        if after is not None and boilerplate.is_sentence(after.of(text)):
            run = menu.pop()
    enough = _menu_enough([spans[i].of(text) for i in menu], [reason_of(spans[i]) for i in menu])
    return run if enough else 0


def _list_runs(texts: list[str]) -> list[tuple[int, int] | None]:
    """For each paragraph that is a list line, the first and last index of its run of list lines."""
    runs: list[tuple[int, int] | None] = [None] * len(texts)
    i = 0
    while i < len(texts):
        if not _LIST_MARKER.match(texts[i]):
            i += 1
            continue
        j = i
        while j + 1 < len(texts) and _LIST_MARKER.match(texts[j + 1]):
            j += 1
        for k in range(i, j + 1):
            runs[k] = (i, j)
        i = j + 1
    return runs


def _story_shaped(
    texts: list[str], i: int, lists: list[tuple[int, int] | None], story: AbstractSet[int], prose: AbstractSet[int]
) -> bool:
    """Paragraphs the classifier may not take (it may call them doubts): prose (on pages it never
    saw, its calls on prose gained nothing); inside the story (``story``: the paragraphs between its
    first and last prose, and its closing line), a sentence, which reads as a short paragraph of the
    story ("He said no."); and anywhere a short line between two paragraphs of prose, a sub-heading,
    a bulleted or numbered list between two of them, the story's own list, and the line that
    announces such a list ("The plan includes:") (a run of several unmarked short lines, another
    story's headlines, it may take). ``lists``: the runs of list lines (:func:`_list_runs`);
    ``prose``: the paragraphs of prose the rules kept (a legal footer is no story around a line)."""
    if i in prose:
        return True  # a paragraph of prose is the story's unless a rule says otherwise
    run = lists[i]
    if run is not None:
        return _story_list(texts, run, prose)
    announced = lists[i + 1] if i + 1 < len(texts) else None
    if announced is not None and texts[i].rstrip().endswith(":"):
        return _story_list(texts, announced, prose)
    if i in story and _statement(texts[i]):
        return True
    return i - 1 in prose and i + 1 in prose and boilerplate.is_short_label(texts[i])


# What ends a statement ("He said no.", '"No," he said.'), not a label ("Top stories:", "Image (AP)").
_STATEMENT_STOPS = ".!?。！？।؟۔"
_CLOSING = "\"'”’“»«)]」』"  # closing quotes of English, German (“), French, Japanese; brackets


def _statement(text: str) -> bool:
    """A sentence of two words or more ending with a full stop, a question or an exclamation mark
    (closing quotes and brackets after it allowed)."""
    bare = text.rstrip()
    stripped = bare.rstrip(_CLOSING)
    if not stripped or stripped[-1] not in _STATEMENT_STOPS or stripped.endswith(("...", "…")):
        return False
    return boilerplate.word_count(text) >= 2


def _story_list(texts: list[str], run: tuple[int, int], prose: AbstractSet[int]) -> bool:
    """A run of list lines that prose or a lead-in line ("The plan includes:", "... its
    priorities:") opens and prose follows: the story's own list."""
    first, last = run
    if first == 0 or last + 1 not in prose:
        return False
    lead = texts[first - 1]
    return first - 1 in prose or (boilerplate.word_count(lead) >= 3 and lead.rstrip().endswith(":"))


def domain_of(url: str | None) -> str | None:
    """The host of a URL without ``www.``: the site a record belongs to."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:  # a malformed URL names no site
        return None
    return host.removeprefix("www.") if host else None


def _reason(
    text: str,
    domain: str | None,
    profile: Profile | None,
    words: AbstractSet[str] | None = None,
    suspect: bool = True,
) -> str | None:
    fixed = repair_mojibake(text) if suspect else text  # "cafÃ©" must not read as a copyright line
    found = boilerplate.reason(fixed, words if fixed is text else None)
    return found or (profile.reason(domain, fixed) if profile else None)


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"  # kana, CJK ideographs, Hangul
_CJK_CHAR = re.compile(f"[{_CJK}]")
STORY_WORDS = 12  # sentences left beside a boilerplate sentence are the story when they hold this many words
STORY_CJK_CHARACTERS = 20  # ... or this many Chinese, Japanese or Korean characters


def _story_beside(text: str, span: Span, domain: str | None, profile: Profile | None, suspect: bool) -> bool:
    """Whether a paragraph a rule calls boilerplate also holds story sentences: a boilerplate sentence
    glued to the end of the story's paragraph ("... before the storms. © 2024 Harbour Post."). The
    sentences no rule calls boilerplate must make a sentence's worth of text, none of it in the
    publisher's voice ("we need reporters on the ground" belongs to the appeal beside it)."""
    parts = sentences(text, span)
    if len(parts) < 2:
        return False
    kept = [part.of(text) for part, why in _judged(text, span, parts, domain, profile, suspect) if why is None]
    if not kept or any(boilerplate.speaks_to_reader(sentence) for sentence in kept):
        return False
    story = " ".join(kept)
    return len(story.split()) >= STORY_WORDS or len(_CJK_CHAR.findall(story)) >= STORY_CJK_CHARACTERS


def _judged(
    text: str, span: Span, parts: list[Span], domain: str | None, profile: Profile | None, suspect: bool
) -> list[tuple[Span, str | None]]:
    """The sentences ``parts`` of the paragraph ``span``, each with what the rules or the profile call
    it (``None``: story text). Each sentence's trigger words are read from its paragraph's."""
    words = boilerplate.trigger_words(span.of(text))
    out = []
    for part in parts:
        sentence = part.of(text)
        out.append(
            (part, _reason(sentence, domain, profile, boilerplate.sentence_trigger_words(sentence, words), suspect))
        )
    return out


def _without_dropped_glue(found: list[Repair], removed: list[Removal]) -> list[Repair]:
    """A glued boundary counts as a repair only where both sides stay: where one side went, the
    removal already says what happened there."""
    return [
        repair
        for repair in found
        if repair.kind != "glued-boundary" or not any(r.start <= repair.start and repair.end <= r.end for r in removed)
    ]


def _split_glued(text: str, spans: list[Span], found: list[Repair]) -> list[Span]:
    """The spans split at the glued boundaries found in one pass over the text (a boundary needs a
    letter on both sides of the stop, so each lies inside one line)."""
    cuts = repairs.glue_points(text, 0, len(text))
    if not cuts:
        return spans
    out = []
    at = 0
    for span in spans:
        start = span.start
        while at < len(cuts) and cuts[at].start < span.end:
            cut = cuts[at]
            at += 1
            if cut.start >= span.start and cut.end <= span.end:
                found.append(cut)
                out.append(Span(start, cut.end))
                start = cut.end
        out.append(Span(start, span.end))
    return out


def _join_wrapped(text: str, spans: list[Span]) -> list[Span]:
    """A line that ends mid-sentence and a next line that starts in lower case are one paragraph, and
    so are a byline's opening word alone on a line and the names on the next; the line break inside
    is reported as a ``line-wrap`` repair when the paragraph is assembled."""
    out: list[Span] = []
    for span in spans:
        if out and _wraps(text, out[-1], span):
            out[-1] = Span(out[-1].start, span.end)
        else:
            out.append(span)
    return out


def _wraps(text: str, left: Span, right: Span) -> bool:
    between = text[left.end : right.start]
    if between.count("\n") != 1:
        return False
    if _LONE_BY.match(left.of(text)) and text[right.start].isupper():
        # "By" on a line of its own, the names on the next: a page's markup split the byline (not a
        # sentence, or a line longer than a byline with its date)
        line = right.of(text)
        return boilerplate.word_count(line) <= LONE_BY_WORDS and not boilerplate.is_sentence(line)
    if not text[right.start].islower():
        return False
    tail = text[max(left.start, left.end - 200) : left.end]  # the end of the left line is what counts
    if boilerplate.is_sentence(tail) or len(tail.split()) < 4:
        return False
    # a byline in lower case under the headline ("di Maria Esempio") is a line of its own; a longer line
    # is the sentence going on ("... del porto\ndi Genova, che era rimasto bloccato")
    line = right.of(text)
    return boilerplate.word_count(line) > BYLINE_WORDS or boilerplate.BYLINE.match(line) is None


_LONE_BY = re.compile(r"^\W{0,3}(?i:by|von|par|por|door|av|af|przez)\s*$")


def _fold(text: str) -> str:
    return _FOLD.sub(" ", text.casefold()).strip()


def _similar(a: str, b: str) -> float:
    first, second = set(_fold(a).split()), set(_fold(b).split())
    return len(first & second) / (len(first | second) or 1)


def _headline_and_standfirst(
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

    def skip_boilerplate() -> None:
        skipped = 0
        while spans and skipped < MAX_LEADING_BOILERPLATE and reason_of(spans[0]):
            kept.append(spans.pop(0))
            skipped += 1

    skip_menu = _opening_menu(text, spans, reason_of)
    kept.extend(spans[:skip_menu])
    del spans[:skip_menu]
    skip_boilerplate()
    if spans:
        first = spans[0].of(text)
        opens_with_standfirst = description is not None and _similar(first, description) >= 0.9
        # Without a title, the headline is looked for above the story first: in a page's whole text the
        # header's lines the rules do not know ("News", "Environment", a ticker, the site's name) come
        # before it. The record's first line, when it reads as a headline, is the fallback, and the line
        # over the byline that the story follows the last resort.
        above = _headline_above_story(text, spans, reason_of) if title is None and not opens_with_standfirst else None
        at: int | None = None
        if above is not None or (
            not opens_with_standfirst
            and (
                (title is not None and _same_headline(first, title))
                or (
                    title is None
                    and len(spans) >= 3
                    and _headline_like(first)
                    and not _label_follows(text, spans, reason_of)
                )
            )
        ):
            at = above or 0
        elif title is None and not opens_with_standfirst:
            at = _headline_over_byline(text, spans, reason_of)  # the last resort: the header's shape
        if at is not None:
            line = spans[at].of(text)
            title = title if title is not None else line
            removed.append(Removal(spans[at].start, spans[at].end, line, "headline"))
            kept.extend(spans[:at])
            del spans[: at + 1]
            skip_boilerplate()
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
        if description is not None and _similar(line, description) >= 0.9:
            removed.append(Removal(candidate.start, candidate.end, line, "duplicate-standfirst"))
            spans.pop(0)
        elif description is None and _story_after(spans, reason_of) and _standfirst_like(line, echoed):
            description = line
            reason = "duplicate-standfirst" if echoed else "standfirst"
            removed.append(Removal(candidate.start, candidate.end, line, reason))
            spans.pop(0)
    return title, description, kept + spans


_SENTENCE_INSIDE = re.compile(r"[.!?…]\s+[\"“‘'(]?[A-ZÀ-Þ]|[。！？](?=\S)|[।؟۔]\s+\S")


def _headline_above_story(text: str, spans: list[Span], reason_of: Callable[[Span], str | None]) -> int | None:
    """The index of the headline of a page's whole text, or None. The story's first paragraph of prose
    the rules keep (among the first ``MAX_HEADER_LINES``) is found, then, going up from it (at most
    ``MAX_HEADLINE_DISTANCE`` lines), the nearest line that reads as a headline and is about the story:
    two of its words (their first five letters), or of its characters' pairs in Chinese or Japanese, are
    in the story's opening. Passed over on the way: boilerplate the rules know, lines that read as a
    byline or a date ("Autor: Ewa Przykładowska · 14 kwietnia 2025", "02.09.2025, 16:45 Uhr"), a video's
    or a widget's labels that say nothing of the story, and what stands under a byline, a date or a
    read-also label (a caption, a sub-heading, a teaser: the headline is over the byline). None when the
    line over the one found ends a sentence (it is then the story's own short line, a sub-heading or a
    quotation, not its headline) or reads as another headline on the story's subject (a list of related
    stories' headlines), unless the one found is a standfirst without its full stop, under its headline:
    then the upper line is taken. A kicker, a menu or a ticker over the headline does not count."""
    story = next(
        (
            i
            for i, span in enumerate(spans[:MAX_HEADER_LINES])
            if not reason_of(span) and is_prose(span.of(text)) and not _over_byline(text, spans, i, reason_of)
        ),
        None,
    )
    if not story:
        return None
    prose = (span.of(text) for span in spans[story : story + MAX_HEADLINE_DISTANCE] if not reason_of(span))
    about = _Topic(" ".join(itertools.islice((line for line in prose if is_prose(line)), STORY_OPENING)))
    found = None
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
        if i > 0 and _under_byline(text, spans[i - 1], reason_of):
            continue
        found = i
        break
    if found is None:
        return None
    size = boilerplate.word_count(spans[found].of(text))
    over = next((j for j in range(found - 1, -1, -1) if not reason_of(spans[j])), None)
    if over is None:
        return found
    above = spans[over].of(text)
    if boilerplate.word_count(above) >= 2 and boilerplate.is_sentence(above):
        return None  # the story's own line over it ("The vote was close."): a sub-heading or a quotation
    if over == found - 1 and _headline_shaped(above) and not _kicker(above) and about.shared(above):
        # two lines on the story's subject: a headline over its standfirst, or a list of related headlines
        return over if size >= STANDFIRST_WORDS and boilerplate.word_count(above) < size else None
    return found  # under a kicker ("Elecciones municipales 2025"), a section's name, a menu or a ticker


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
            if _under_byline(text, later, reason_of):
                break  # another byline or date first: a list of stories, or this one's date; go on
            if reason_of(later):
                continue
            if is_prose(later.of(text)):
                return _header_headline(text, spans, i, reason_of)
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
    if not about.shared(spans[found].of(text)):
        return None  # not about the story: a photo's credit, a menu
    over = [span.of(text) for span in spans[:found] if not reason_of(span)]
    prose = [line for line in over if is_prose(line)]
    if (over and is_prose(over[-1])) or len(prose) > MAX_BLURBS or any(about.shares(line) for line in prose):
        # the story began over it (a paragraph right over it, or one about the story): a sub-heading
        # and its credit inside the story; a page's headline stands under its menus and kicker
        return None
    if any(reason_of(span) == "promo" for span in spans[max(0, found - PROMO_LINES) : found]):
        return None  # under "Read more", "Related": another story's headline
    return found


def _headline_at(text: str, spans: list[Span], byline: int, reason_of: Callable[[Span], str | None]) -> int | None:
    """The headline over the byline at ``byline``: the line right over it (past the byline's name over
    its date, one line at most), or over the standfirst right over it, when it reads as a headline (not
    a byline, a date or a kicker, and holding no link)."""
    over = byline - 1
    if over >= 0 and _under_byline(text, spans[over], reason_of):
        over -= 1  # the byline's name over its date
    for candidate in (over, over - 1):
        if candidate < 0 or reason_of(spans[candidate]):
            return None
        line = spans[candidate].of(text)
        if _headline_shaped(line) and not _byline_or_date(line) and not _kicker(line) and not _LINKED.search(line):
            return candidate
        if candidate == over and not boilerplate.word_count(line) >= STANDFIRST_WORDS:
            return None  # neither a headline nor a standfirst under one
    return None


_LINKED = re.compile(r"https?://|www\.|pic\.twitter\.com|\w\.(?:com|org|net)/")  # an embedded post's line


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


def _under_byline(text: str, span: Span, reason_of: Callable[[Span], str | None]) -> bool:
    """Whether ``span``, the line over a candidate, is a byline, a date or a read-also label: what
    stands under it is a caption, a sub-heading or a teaser, not the headline."""
    return reason_of(span) in ("byline", "dateline", "promo") or _byline_or_date(span.of(text))


def _headline_shaped(line: str) -> bool:
    """A line that may be a page's headline: a few words, mostly letters, not ending as a statement or
    a clause (a question may: "Where do U.S.-Israeli relations go after Netanyahu's victory?"), though
    it may hold two sentences ("Prom znów kursuje. Mieszkańcy czekali dwa lata")."""
    if len(line) > 200:
        return False
    words = boilerplate.word_count(line)
    bare = line.rstrip().rstrip("\"'”’)]»")
    return (
        HEADLINE_WORDS <= words <= 25
        and not bare.endswith(_CLAUSE_ENDS)
        and not line.startswith(("(", "["))
        and _LIST_MARKER.match(line) is None  # a list's item ("- Flooding to be tackled")
        and _lettered(line)
        and not _captioned(line)
    )


def _captioned(line: str) -> bool:
    """Two sentences that are no headline: a caption with its credit ("Firefighters wade along the
    parade. Photograph: Tom Example"), more than two sentences, or a question and its answer ("Nobody
    saw it coming? The board did"), the story's opening rather than its headline."""
    if _SENTENCE_INSIDE.search(line) is None:
        return False
    parts = [part for part in _SENTENCE_BREAK.split(line) if part]
    return (
        len(parts) > 2
        or any(part.rstrip()[-1:] in "?!？！" for part in parts[:-1])
        or any(boilerplate.reason(part) for part in parts)
    )


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")


class _Topic:
    """What a story's opening is about, to test a line against: its words of five letters or more (their
    stems, :func:`_stems`; without the words any text holds, with ``content_only``), and the pairs of
    Chinese, Japanese or Korean characters it holds."""

    def __init__(self, opening: str, content_only: bool = False) -> None:
        self.ignored = _COMMON_STEMS if content_only else frozenset()
        self.words = _stems(opening) - self.ignored
        self.pairs = self._pairs(opening)

    def _pairs(self, text: str) -> set[str]:
        # pairs of kana alone ("して", "いる") say nothing of a topic
        return {pair for pair in _cjk_pairs(text) if _IDEOGRAPH.search(pair)}

    def shared(self, line: str) -> int:
        """How many of the line's stems (or CJK character pairs) the story's opening holds."""
        pairs = _cjk_pairs(line)
        if pairs:
            return len(self._pairs(line) & self.pairs)
        return len((_stems(line) - self.ignored) & self.words)

    def shares(self, line: str) -> bool:
        return self.shared(line) >= SHARED_TOPIC


def _stems(text: str) -> set[str]:
    """The first five letters of the words of five letters or more ("approves" and "approved" meet)."""
    return {word[:5] for word in content_words(text)}


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


def _cjk_pairs(text: str) -> set[str]:
    return {run[i : i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)}


_CJK_RUN = re.compile(f"[{_CJK}]{{2,}}")
_IDEOGRAPH = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")  # CJK ideographs and Hangul
SHARED_TOPIC = 2  # words (or character pairs) a headline shares with the story's opening
STORY_OPENING = 3  # paragraphs of prose of the story a headline is compared with
STANDFIRST_WORDS = 14  # a line of this many words under a headline-shaped line may be its standfirst
MAX_BLURBS = 3  # paragraphs of prose (a site's blurbs) a page's header may hold over its headline
PROMO_LINES = 3  # lines over a headline found by its byline where a read-also label makes it another story's
BYLINE_STORY_LINES = 6  # lines the rules keep between a page's byline and its story's first paragraph, at most
KICKER_WORDS = 5  # a line over the headline with fewer words is its kicker, not the headline
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
    with a place, a date with its update): no headline, whatever its shape."""
    return _BYLINE_OR_DATE.search(line) is not None


def _lettered(line: str) -> bool:
    """Mostly letters: a headline, not a time stamp or a row of figures."""
    visible = sum(1 for char in line if not char.isspace())
    return sum(map(str.isalpha, line)) >= 0.6 * visible


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


def _story_after(spans: list[Span], reason_of: Callable[[Span], str | None]) -> bool:
    """Whether a paragraph that is not boilerplate follows the first one: a standfirst stands above a
    story, and a lone paragraph among a site's furniture is the story itself."""
    return any(not reason_of(span) for span in spans[1:])


def _name_over_date(text: str, spans: list[Span], i: int, reason_of: Callable[[Span], str | None]) -> bool:
    """Whether paragraph ``i`` is a person's name right over a line the rules call a dateline: a
    byline without its "By" ("Ayşe Örnek", then "Güncelleme: 12.03.2024 10:15")."""
    return i + 1 < len(spans) and reason_of(spans[i + 1]) == "dateline" and _name_line(spans[i].of(text))


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
    return 8 <= words <= 90 and (echoed or not boilerplate.is_sentence(line)) and not boilerplate.reason(line)


def _extend_appeals(text: str, items: list[_Paragraph]) -> None:
    """An appeal runs over several paragraphs; those in the publisher's voice next to one, and any
    short paragraph between two, belong to it."""
    for _ in range(3):
        changed = False
        for i, item in enumerate(items):
            if item.reason:
                continue
            before = items[i - 1].reason if i > 0 else None
            after = items[i + 1].reason if i + 1 < len(items) else None
            paragraph = item.span.of(text)
            beside = "appeal" in (before, after)
            between = before == "appeal" and after == "appeal" and len(paragraph) < 600
            if between or (beside and boilerplate.is_appeal_like(paragraph)):
                item.reason = "appeal"
                changed = True
        if not changed:
            return


def _mark_navigation(text: str, items: list[_Paragraph], prose: Sequence[int]) -> None:
    """Short labels before the first paragraph of prose and after the last one are navigation
    residue (menus, section names, other stories' headlines). In the middle they stay: sub-headings,
    list items and lines of code look the same. ``prose``: the paragraphs of prose the rules kept."""
    if not prose:
        return
    first, last = prose[0], prose[-1]
    for i, item in enumerate(items):
        if item.reason or not boilerplate.is_short_label(item.span.of(text)):
            continue
        if i < first or i > last:
            item.reason = "navigation"


def _keep_story_bios(text: str, items: list[_Paragraph], prose: Sequence[int]) -> None:
    """An author's bio ends the story ("Jane Example is a reporter at the Harbour Post."); what reads
    as one with the story's prose after it is the story, about a journalist ("Maria Ruiz es periodista
    en Caracas y fue detenida ayer ..."): it stays, a paragraph or a sentence. Not how to reach the
    author ("Jane Example can be reached at ..."), which is no story's wherever it stands. ``prose``:
    the paragraphs of prose the rules kept."""
    for item in items[: prose[-1] if prose else 0]:
        item.story_follows = True
        if item.reason == "bio" and _journalist(item.span.of(text)):
            item.reason = None


def _journalist(sentence: str) -> bool:
    """A bio's sentence that may be a story's about a journalist: not how to reach the author."""
    return boilerplate.BIO_CONTACT.search(sentence) is None


def _kept_sentences(
    text: str, item: _Paragraph, domain: str | None, profile: Profile | None, removed: list[Removal], suspect: bool
) -> list[Span]:
    span = item.span
    if profile is None and not item.triggered:
        return [span]
    parts = sentences(text, span)  # the splitter site profiles learn with, so learned sentences match
    if len(parts) < 2:
        return [span]
    kept = []
    for part, why in _judged(text, span, parts, domain, profile, suspect):
        if why and why != "navigation" and not (why == "bio" and item.story_follows and _journalist(part.of(text))):
            removed.append(Removal(part.start, part.end, part.of(text), why))
        else:
            kept.append(part)
    if not kept:
        return []
    # Contiguous kept sentences stay one segment so that their own spacing is kept.
    merged = [kept[0]]
    for part in kept[1:]:
        if text[merged[-1].end : part.start].isspace() or merged[-1].end == part.start:
            merged[-1] = Span(merged[-1].start, part.end)
        else:
            merged.append(part)
    return merged


class _Damage:
    """Repairs found over the whole text, looked up by the segment they lie in."""

    def __init__(self, found: list[Repair]) -> None:
        self.found = sorted(found, key=lambda repair: repair.start)
        self.starts = [repair.start for repair in self.found]

    def within(self, start: int, end: int) -> list[Repair]:
        out = []
        for i in range(bisect_left(self.starts, start), len(self.found)):
            repair = self.found[i]
            if repair.start >= end:
                break
            if repair.end <= end:
                out.append(repair)
        return out


def _repaired(text: str, segment: Span, damage: _Damage, found: list[Repair], suspect: bool) -> str:
    """The segment's text with its repairs applied; the repairs are added to ``found``."""
    candidates = damage.within(segment.start, segment.end)
    if suspect:
        candidates.extend(repairs.mojibake(text, segment.start, segment.end))
    if not candidates:
        return text[segment.start : segment.end].strip()
    applied: list[Repair] = []
    reach = segment.start
    for repair in sorted(candidates, key=lambda r: (r.start, -r.end)):
        if repair.start < reach:
            continue  # overlaps a repair already taken (a mojibake span wins over what it covers)
        applied.append(repair)
        reach = max(repair.end, repair.start + 1) if repair.start == repair.end else repair.end
    pieces = []
    position = segment.start
    for repair in applied:
        pieces.append(text[position : repair.start])
        pieces.append(repair.after)
        position = repair.end
    pieces.append(text[position : segment.end])
    found.extend(applied)
    return "".join(pieces).strip()


def paragraph_texts(text: str) -> list[str]:
    """The paragraphs cleaning works on (lines, with glued sentence boundaries split, mojibake
    repaired): what a site profile learns from, so that learning and cleaning see the same texts."""
    spans = _join_wrapped(text, _split_glued(text, paragraphs(text), []))
    return [repair_mojibake(span.of(text)) for span in spans]
