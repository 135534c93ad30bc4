"""Cleaning of already-extracted text: boilerplate out, damage repaired, every change reported."""

from __future__ import annotations

import dataclasses
import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol
from urllib.parse import urlsplit

from copydesk.clean import boilerplate, repairs
from copydesk.clean.credits import (
    MAX_TAG_CHARS,
    TAG_ROW_SEPARATOR,
    Credits,
    credits_over_headline,
    filed_tags,
    head_credits,
    is_name_line,
    name_under_headline,
)
from copydesk.clean.features import is_prose, paragraph_features
from copydesk.clean.headline import (
    LIST_MARKER,
    MENU_LINES,
    headline_and_standfirst,
    known_menu_line,
    menu_enough,
    menu_text,
    short_headline,
)
from copydesk.clean.model import BoilerplateModel, shipped_model
from copydesk.clean.profile import story_anchors
from copydesk.clean.text import CJK, HAN_KANA, Span, loose_cuts, paragraphs, sentences, uncovered
from copydesk.extract.authors import NAME_PARTICLES, PLACE_BEFORE_NAME, clean_authors
from copydesk.extract.language import detect_language
from copydesk.extract.repair import has_mojibake, repair_mojibake
from copydesk.types import Article, Block, Removal, Repair


class Profile(Protocol):
    """What cleaning needs of a learned site profile (:class:`copydesk.clean.profile.SiteProfile`)."""

    def reason(self, domain: str | None, text: str) -> str | None: ...

    def records(self, domain: str | None) -> int: ...

    def syndicated_records(self, text: str) -> int: ...

    def companion_records(self, text: str, anchors: Sequence[int]) -> int: ...


SITE_REASON = "site-boilerplate"  # what a profile calls a text that recurs on the site
# A site a profile learned from this many records is judged by what recurs on it: the generic
# classifier's guesses are then only reported as doubts (they would cost more article text than they save).
KNOWN_SITE_RECORDS = 20
CLOSING_WORDS = 5  # a story's closing statements have this many words at least ("Comments are closed." not)
BYLINE_WORDS = 6  # a line under the headline of this many words at most may be its byline
LONE_BY_WORDS = 12  # the names (and date) under a lone "By" line make a line of this many words at most
HEAD_LINE_WORDS = 20  # the lines between a standfirst and the story (bylines, datelines) are this short
HEAD_LINES_UNDER_STANDFIRST = 2  # ... and this many at least (a byline and a date; one is a sub-heading)
LANGUAGE_SAMPLE = 1500  # characters the language is detected on: some 250 words are plenty for CLD2


@dataclass(slots=True)
class _Paragraph:
    span: Span
    reason: str | None = None
    triggered: bool = True  # some boilerplate rule could fire on a part of it: its sentences are judged one by one
    scored: bool = True  # a word of it that is not a common word of prose triggers a rule: short prose is scored
    doubt: str | None = None  # the classifier leans to this reason without being sure
    segments: list[Span] = field(default_factory=list)  # the kept sentences, when some were removed
    cut: bool = False  # a truncation marker followed it: the story's own text, cut by the source
    story_follows: bool = False  # a paragraph of the story's prose comes after it
    ruled: str | None = None  # what the rules call the whole paragraph, before its story sentences spared it


def clean(
    text: str,
    *,
    title: str | None = None,
    description: str | None = None,
    url: str | None = None,
    profile: Profile | None = None,
    site: str | None = None,
    remove_doubtful: bool = False,
    model: BoilerplateModel | None = None,
) -> Article:
    """Clean one article body: remove boilerplate, repair damage, find the headline and standfirst
    when the text carries them. ``removed`` and ``repairs`` of the result say what changed, with
    offsets into ``text``. ``profile`` adds what recurs across a site's records (corpus mode); the
    site is ``site`` (a domain) when given, else the host of ``url``. Paragraphs the learned
    classifier leans to call boilerplate without being sure are kept and listed in ``doubts``, or
    removed with ``remove_doubtful``; so is what the rules would remove from a story that, as the
    profile knows, other sites carry with it (a wire story's photo credit, its reporter's note).
    ``model``: the learned classifier to use (:func:`copydesk.clean.model.load_model`; one trained by
    ``copydesk bench train-cleaner``); by default the one shipped in the package."""
    found: list[Repair] = []
    removed: list[Removal] = []
    doubts: list[Removal] = []
    boilerplate.forget()  # per-paragraph facts are remembered within one record, never across records
    domain = site or domain_of(url)  # profiles normalise either form
    suspect = has_mojibake(text)  # one test for the whole text spares one per paragraph and sentence
    judged: dict[Span, _Paragraph] = {}

    story_start: list[int] = []

    def head_end() -> int:
        """Where the record's head, the lines over the story, ends: at its first paragraph of prose, or at
        the second when two short lines or more, and only those, stand between the two (the first is the
        standfirst, with the byline and the dateline under it)."""
        if not story_start:
            story_start.append(_story_start(text))
        return story_start[0]

    def judge(span: Span) -> _Paragraph:
        item = judged.get(span)
        if item is None:
            paragraph = span.of(text)
            words = boilerplate.trigger_words(paragraph)
            why = _reason(paragraph, domain, profile, words, suspect)
            day_and_month = why is None and boilerplate.day_and_month_line(paragraph)  # (no year: "Tue 14 Jan")
            dated = (
                why is None
                and (day_and_month or boilerplate.may_be_date_line(paragraph))
                and span.start < head_end()
                and (day_and_month or boilerplate.date_line(paragraph))
            )
            if dated:  # a line of dates over the story, all of it: "Sevilla, 10 de junio de 2025"
                why = "dateline"
            marked = (
                "©" in paragraph or boilerplate.may_hold_phrases(paragraph) or boilerplate.closes_with_credit(paragraph)
            )
            ruled = why
            if (
                why is not None
                and why != SITE_REASON
                and not dated
                and not (why == "legal" and boilerplate.disclaimer_line(paragraph))  # a disclaimer is one in all
                and _story_beside(text, span, domain, profile, suspect)
            ):
                why = None  # the boilerplate sentences go one by one (_kept_sentences); the story stays
            triggered = bool(words) or marked
            scored = boilerplate.reacts_to(words) or marked
            item = judged[span] = _Paragraph(span, why, triggered, scored, ruled=ruled)
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
    _keep_table_headers(text, items)
    _extend_appeals(text, items)
    _mark_story_lists(text, items)
    # readers' comments first: their texts are no paragraphs of the story's prose to the marks that follow
    _mark_comment_threads(text, items, _kept_prose(text, items))
    _mark_comment_section(text, items, _kept_prose(text, items))
    tag_lines = _mark_tags(text, items)
    # The story's prose the rules kept: the marks that follow (menus, the classifier's calls, navigation
    # residue) are on short lines or spare prose, so this list holds for all of them.
    prose = _kept_prose(text, items)
    _keep_app_instructions(text, items, prose)
    _mark_tag_runs(text, items, prose)
    tag_lines |= _mark_tag_rows(text, items, prose)
    unknown_site = profile is None or profile.records(domain) < KNOWN_SITE_RECORDS
    _apply_model(text, items, title, prose, sure=unknown_site, model=model)
    _keep_story_bios(text, items, prose)
    _mark_closing_bios(text, items, prose)
    signature = _mark_signature(text, items, prose)
    _mark_name_over_date(text, items, removed, prose)
    _mark_names_over_dates(text, items, removed, prose)
    _mark_credit_extras(text, items, prose)
    _mark_between_furniture(text, items, prose)
    _mark_about_the_company(text, items, prose)
    _mark_closing_notes(text, items)
    if unknown_site:  # on a site its profile knows, what recurs under the story says what is furniture
        _mark_headline_runs(text, items, prose)
    _mark_tags_between_furniture(text, items, prose)
    _mark_captions_over_credits(text, items)
    _mark_over_headline(text, items, removed)
    # What the rules would remove from a story other sites carry is kept with it, as a doubt; what recurs
    # on the site itself is its boilerplate, and goes.
    syndication = (
        _Syndication(text, items, profile, domain, suspect) if profile is not None and not remove_doubtful else None
    )
    if syndication is not None:
        for index, item in enumerate(items):
            if item.reason is not None and syndication.carried(index):
                item.doubt, item.reason = item.reason, None
    blocks: list[Block] = []
    language = detect_language(repair_mojibake(text[:LANGUAGE_SAMPLE]))
    # What each paragraph keeps, first: the sentences the rules or the profile leave in it.
    kept_segments: list[list[Span]] = []
    for index, item in enumerate(items):
        reason = item.reason or (item.doubt if remove_doubtful else None)
        if reason:
            removed.append(Removal(item.span.start, item.span.end, item.span.of(text), reason))
            kept_segments.append([])
            continue
        if item.doubt:
            doubts.append(Removal(item.span.start, item.span.end, item.span.of(text), item.doubt))
        taken: list[Removal] = []
        segments = _kept_sentences(text, item, domain, profile, taken, suspect)
        if syndication is not None and syndication.spares(index, taken):
            if item.doubt is None:  # (a doubted paragraph is listed whole)
                doubts.extend(taken)
            taken, segments = [], [item.span]
        removed.extend(taken)
        kept_segments.append(segments)
    # Damage found in one pass over the whole text; each kept segment takes what lies inside it. The
    # apostrophe the story writes is read from what it keeps, its sentences first (a caption, a footer,
    # another story's headline, a line glued to one of its paragraphs may write another).
    kept = "\n".join(segment.of(text) for segments in kept_segments for segment in segments)
    story = "\n".join(
        joined for segments in kept_segments if _stopped(joined := " ".join(segment.of(text) for segment in segments))
    )
    style = repairs.quote_style(kept or text, story)
    damage = _Damage(
        list(repairs.lost_apostrophes(text, 0, len(text), style, language or ""))
        + list(repairs.spacing(text, 0, len(text)))
        + repairs.html_leftovers(text, 0, len(text))
    )
    last = -1  # the index of the item the last block came from
    joints: list[tuple[int, Span, str]] = []  # each kept segment, its paragraph's index and repaired text, in order
    glue_at: dict[int, int] = {}  # where each glued boundary's repair ends: its place in ``found``
    for position, repair in enumerate(found):
        if repair.kind == "glued-boundary":
            glue_at.setdefault(repair.end, position)
    for index, (item, segments) in enumerate(zip(items, kept_segments, strict=True)):
        if not segments:
            continue
        pieces = [_repaired(text, segment, damage, found, suspect) for segment in segments]
        block_text = _joined([piece for piece in pieces if piece])
        if not block_text:
            continue
        joints.extend((index, segment, piece) for segment, piece in zip(segments, pieces, strict=True) if piece)
        glued = last == index - 1 and _glued_to(items[last].span, item.span, found, glue_at)
        if glued and blocks[-1].kind == "paragraph":
            # two sentences of one line glued together ("10.30 Uhr.Betroffen"), both kept: one paragraph
            blocks[-1] = Block("paragraph", f"{blocks[-1].text} {block_text}")
        elif LIST_MARKER.match(block_text):
            blocks.append(Block("list_item", block_text, 1))
        elif boilerplate.is_short_label(block_text) and len(items) > 1:
            blocks.append(Block("heading", block_text, 2))
        else:
            blocks.append(Block("paragraph", block_text))
        last = index
    body = "\n\n".join(block.text for block in blocks)
    found = _without_dropped_glue(found, removed)
    _joint_spacing(text, joints, removed, found)
    credits = _story_credits(text, items, prose, removed) if blocks else Credits()
    if signature is not None and not credits.authors:
        credits = credits._replace(authors=clean_authors([signature.strip("（）() ")]))
    if blocks and not credits.authors:
        credits = credits._replace(authors=dateline_reporters(blocks[0].text))
    return Article(
        url=url,
        title=title,
        description=description,
        authors=credits.authors,
        published=credits.published,
        modified=credits.modified,
        tags=filed_tags(removed, tag_lines) if blocks else (),
        language=language if body else None,
        site_name=None,
        kind="article" if blocks else "empty",
        blocks=tuple(blocks),
        removed=tuple(sorted(removed, key=lambda r: r.start)),
        repairs=tuple(sorted(found, key=lambda r: r.start)),
        doubts=tuple(doubts),
    )


# The reporters a wire dateline names at the opening of the story's first paragraph, the paragraph's own:
# "本报讯（记者 张明）...", "〔記者林怡君／竹溪報導〕...", "(청하=한결뉴스) 이지현 기자 = ..."
_DATELINE_REPORTERS = re.compile(
    r"^\W{0,3}(?:本报讯|本報訊)?\s*[（(](?P<zh>(?:本报|本報)?(?:记者|記者)\s*[^）)]{2,40})[）)]|"
    r"^\W{0,3}[〔\[（(](?:本报|本報)?(?:记者|記者)(?P<tw>\w{2,4}(?:[、,，]\w{2,4}){0,3})\s*[／/]\s*\w{1,8}?(?:报导|報導|报道|報道)"
    r"[〕\]）)]|"
    r"^\W{0,3}[(（]\w{1,8}=\w{1,10}[)）]\s*(?P<ko>\w{2,4}(?:[·ㆍ,]\s*\w{2,4}){0,3})\s*기자\s*="
)


def dateline_reporters(paragraph: str) -> tuple[str, ...]:
    """The reporters named in the wire dateline that opens ``paragraph`` (:data:`_DATELINE_REPORTERS`)."""
    match = _DATELINE_REPORTERS.match(paragraph)
    if match is None:
        return ()
    names = match["zh"] or match["tw"] or match["ko"] or ""
    names = _REPORTER_ROLES.sub(" ", names)  # "记者 王磊 通讯员 李娜": the reporter and the correspondent
    return clean_authors(name for name in re.split(r"[\s、,，·ㆍ]+", names.strip()) if name)


_REPORTER_ROLES = re.compile(r"本报|本報|记者|記者|通讯员|通訊員|实习生|實習生|见习记者")


def _story_credits(text: str, items: Sequence[_Paragraph], prose: Sequence[int], removed: list[Removal]) -> Credits:
    """Who wrote the story and when, as its head says (:mod:`copydesk.clean.credits`): the bylines and
    datelines removed there, else a name alone between the headline found in the text and its date."""
    headline = next((removal for removal in removed if removal.reason == "headline"), None)
    credits = head_credits(text, removed, *_story_head(text, items, prose, headline))
    if headline is not None and not (credits.authors and credits.published):
        over = credits_over_headline(text, removed, headline)  # a page's byline and date over its headline
        credits = Credits(
            credits.authors or over.authors, credits.published or over.published, credits.modified or over.modified
        )
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


def _story_start(text: str) -> int:
    """Where the story's prose starts (see ``head_end`` in :func:`clean`)."""
    first = None
    between = 0  # short lines between the first paragraph of prose and the next
    # one of them is a line of dates and the first ends with no stop: it is the header's (a headline of Thai,
    # which reads as prose), not the story's first paragraph over a dated heading of its own
    dated = False
    unstopped = False
    for span in paragraphs(text):
        line = span.of(text)
        if is_prose(line) and not boilerplate.quote_unstopped(line):  # (not a headline that quotes: "« ... »")
            if boilerplate.reason(line) is not None:
                continue  # a cookie banner's prose over the header, a menu of Thai words: no story's
            if first is None:
                first = span.start
                unstopped = not boilerplate.ends_with_stop(line)
                continue
            return span.start if between >= HEAD_LINES_UNDER_STANDFIRST or dated else first
        if first is not None:
            if boilerplate.word_count(line) > HEAD_LINE_WORDS:
                break  # a long line that is no prose: the story has begun
            between += 1
            dated = dated or (unstopped and boilerplate.may_be_date_line(line) and boilerplate.date_line(line))
    return len(text) if first is None else first


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
    found = [] if found is None else found
    spans = _join_wrapped(text, _split_markup(text, _split_glued(text, paragraphs(text), found), found))
    spans = _without_truncation_markers(text, spans, removed)
    return headline_and_standfirst(text, spans, title, description, removed, reason_of or _never)


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


class _Syndication:
    """What a syndicated story carries (corpus mode): the credits, captions and notes the rules would
    remove from a story that other sites carry with them. A paragraph the rules removed for one of
    :data:`SPARED` reasons stays when the profile knows it as syndicated content
    (:meth:`~copydesk.clean.profile.SiteProfile.syndicated_records`), not as the site's own boilerplate;
    when most of its records are this story's (its companion key,
    :func:`~copydesk.clean.profile.companion_key`, in :data:`COMPANION_SHARE` of them at least: a wire's
    notice under all its stories, or a sister site's promo under others, mostly is not); and when it is in
    no more records than the story's prose that was kept. The sentences the rules took from a kept
    paragraph the profile knows as syndicated stay when each is in no more records than the paragraph
    (so nowhere but in it: a notice glued into each of a wire's stories is in more). Promos, newsletter
    prompts, notices, links, bylines and datelines are never spared: they are no part of the story, or
    are read for its authors and date. Looked up only for what the rules remove, so a record without
    such removals costs nothing."""

    SPARED = frozenset({"credit", "bio", "boilerplate"})  # (``boilerplate``: the classifier's, a doubt on a known site)
    COMPANION_SHARE = 0.8

    def __init__(
        self, text: str, items: Sequence[_Paragraph], profile: Profile, domain: str | None, suspect: bool
    ) -> None:
        self._text = text
        self._items = items
        self._profile = profile
        self._domain = domain
        self._suspect = suspect
        self._shared: dict[int, int] = {}
        self._anchors: tuple[int, ...] | None = None
        self._story: int | None = None
        # the story's prose that was kept (not a doubt either: a stock sentence many stories share is none),
        # as the rules left it (what is spared joins it later)
        self._kept = [i for i, item in enumerate(items) if item.reason is None and item.doubt is None]

    def shared(self, index: int) -> int:
        count = self._shared.get(index)
        if count is None:  # (looked up as the learner saw it: mojibake repaired)
            count = self._shared[index] = self._profile.syndicated_records(self._paragraph(index))
        return count

    def carried(self, index: int) -> bool:
        """Whether paragraph ``index``, which the rules removed, stays."""
        if self._items[index].reason not in self.SPARED:
            return False
        count = self.shared(index)
        if not count or count > self._story_records():
            return False
        paragraph = self._paragraph(index)
        if self._profile.reason(self._domain, paragraph) is not None:  # (the rules' reason came first)
            return False
        return self._profile.companion_records(paragraph, self._anchor()) >= self.COMPANION_SHARE * count

    def spares(self, index: int, taken: Sequence[Removal]) -> bool:
        """Whether the sentences ``taken`` from the kept paragraph ``index`` stay with it."""
        if not taken or any(removal.reason not in self.SPARED for removal in taken):
            return False
        count = self.shared(index)
        if not count or self._profile.reason(self._domain, self._paragraph(index)) is not None:
            return False
        for removal in taken:
            sentence = _fixed(removal.text, self._suspect)
            if self._profile.syndicated_records(sentence) > count or self._profile.reason(self._domain, sentence):
                return False
        return True

    def _paragraph(self, index: int) -> str:
        return _fixed(self._items[index].span.of(self._text), self._suspect)

    def _story_records(self) -> int:
        """In how many records, all sites together, the story's most widely carried kept prose is."""
        if self._story is None:
            prose = (i for i in self._kept if is_prose(self._items[i].span.of(self._text)))
            self._story = max((self.shared(i) for i in prose), default=0)
        return self._story

    def _anchor(self) -> tuple[int, ...]:
        if self._anchors is None:  # (of the paragraphs as the learner saw them)
            self._anchors = story_anchors(paragraph_texts(self._text))
        return self._anchors


_CLOSING_MARKS = "\"'”’»)]）」』"
_STOPS = frozenset(".!?…。！？।؟۔")


def _stopped(paragraph: str) -> bool:
    """Whether ``paragraph`` ends with a stop, a closing quote after it at most: a story's sentence ("... he
    said.”"), not a headline or a label ("... ‘I Didn’t Get It’", "Read more")."""
    bare = paragraph.rstrip().rstrip(_CLOSING_MARKS)
    return bool(bare) and bare[-1] in _STOPS


def _kept_prose(text: str, items: Sequence[_Paragraph]) -> list[int]:
    """The indices of the paragraphs of prose no rule removed."""
    return [i for i, item in enumerate(items) if item.reason is None and is_prose(item.span.of(text))]


def _apply_model(
    text: str,
    items: list[_Paragraph],
    title: str | None,
    prose: Sequence[int],
    sure: bool = True,
    model: BoilerplateModel | None = None,
) -> None:
    """Paragraphs the rules let through but the learned classifier (``model``, else the shipped one) calls
    page furniture: removed above its threshold when ``sure``, else only marked as doubts."""
    if model is None:
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
        if item.reason is None and not item.cut and (not is_prose(texts[i]) or (item.scored and len(texts[i]) < 300))
    ]
    reasons = [item.reason for item in items]
    hits = [reason is not None for reason in reasons]  # what the rules said, on repaired text
    probabilities = model.probabilities(paragraph_features(texts, title, candidates, hits, model.triggers_of))
    guessed = []
    lists = _list_runs(texts)
    # The story: between its first and last paragraphs of prose that no rule removed, and the
    # statements of a few words or more that close it ("Residents will be consulted in February."; not
    # "Share this story.") or open it ("Arsenal beat Chelsea 2-0 on Saturday."), up to the first other
    # line the rules kept.
    story: set[int] = set(range(prose[0] + 1, prose[-1])) if prose else set()
    if prose:
        story.update(_statements(texts, items, range(prose[-1] + 1, len(items))))  # after the story
        story.update(_statements(texts, items, range(prose[0] - 1, -1, -1)))  # over it
    else:  # a story told in short paragraphs ("Parents were told at a meeting on Tuesday."): its statements
        story.update(
            i
            for i, item in enumerate(items)
            if item.reason is None and _statement(texts[i]) and boilerplate.word_count(texts[i]) >= CLOSING_WORDS
        )
    kept_prose = set(prose)
    for i, probability in zip(candidates, probabilities, strict=True):
        if probability < model.doubt_from:
            continue
        guess = "navigation" if boilerplate.is_short_label(texts[i]) else "boilerplate"
        if sure and probability >= model.threshold and not _story_shaped(texts, i, lists, story, kept_prose, reasons):
            items[i].reason = guess
            guessed.append(i)
        else:
            items[i].doubt = guess
    if guessed and all(item.reason for item in items):
        # The guesses would leave no article at all: a record made only of short lines is one the
        # classifier cannot read, so its calls stay doubts (when unsure, keep the text and say so).
        for i in guessed:
            items[i].doubt, items[i].reason = items[i].reason, None


def _statements(texts: list[str], items: list[_Paragraph], order: range) -> list[int]:
    """The paragraphs, in ``order`` (away from the story's prose), that are statements of a few words
    or more, up to the first other one the rules kept (the rules' removals are passed over)."""
    found = []
    for j in order:
        if items[j].reason is None:
            if not (_statement(texts[j]) and boilerplate.word_count(texts[j]) >= CLOSING_WORDS):
                break
            found.append(j)
    return found


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
    may be the headline (see :func:`copydesk.clean.headline._opening_menu`) and is no menu line where
    the rules' lines make the menu."""
    run = 0
    while run < len(texts) and _menu_line(texts[run], items[run]):
        run += 1
    run = _menu_run_end(texts, items, 0, run)
    if menu_enough(texts[:run], [item.reason for item in items[:run]]) and any(
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
            if end > i and _vouched(texts[i:end], reasons, after=low > 0) and menu_enough(texts[i:end], reasons):
                _navigation(items[i:end])
            i = max(end, i + 1)


def _vouched(lines: list[str], reasons: list[str | None], after: bool) -> bool:
    """Whether a run of menu lines away from the top is a site's: it holds a line known for one
    ("Sign in", "RSS feeds"; :func:`known_menu_line`), so that a list of short names or an infobox's lines around
    the story are no menu. After the story, not by its last lines alone: a line-up ("Raya", "White",
    "Saliba") over a "Print" or "Share" button is the story's."""
    known = [known_menu_line(line, reason) for line, reason in zip(lines, reasons, strict=True)]
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
    if left < MENU_LINES and items[end - 1].reason is None and short_headline(texts[end - 1]):
        after = next((texts[i] for i in range(end, len(texts)) if items[i].reason is None), None)
        if after is not None and boilerplate.is_sentence(after):
            return end - 1
    return end


def _navigation(items: list[_Paragraph]) -> None:
    for item in items:
        if item.reason is None:
            item.reason, item.doubt = "navigation", None


def _menu_line(text: str, item: _Paragraph) -> bool:
    return item.reason in (None, "navigation", "share") and menu_text(text)


def _list_runs(texts: list[str]) -> list[tuple[int, int] | None]:
    """For each paragraph that is a list line, the first and last index of its run of list lines: lines
    with a list's marker, or short lines right under a line that announces them ("... three firms:")."""
    runs: list[tuple[int, int] | None] = [None] * len(texts)
    i = 0
    while i < len(texts):
        if not LIST_MARKER.match(texts[i]):
            i += 1
            continue
        j = i
        while j + 1 < len(texts) and LIST_MARKER.match(texts[j + 1]):
            j += 1
        for k in range(i, j + 1):
            runs[k] = (i, j)
        i = j + 1
    # unmarked items under the line that announces them ("The board named three firms:", then a name a line)
    for i, lead in enumerate(texts[:-1]):
        if runs[i] is not None or boilerplate.word_count(lead) < 3 or not lead.rstrip().endswith((":", "：")):
            continue
        j = i
        while j + 1 < len(texts) and runs[j + 1] is None and _unmarked_item(texts[j + 1]):
            j += 1
        for k in range(i + 1, j + 1):
            runs[k] = (i + 1, j)
    return runs


_CELLS = re.compile(r"\s*[|\t]\s*")


def _table_row(text: str) -> bool:
    """A table's row flattened into a line: three cells or more split by "|" or tabs."""
    return len(_CELLS.split(text.strip())) >= 3


def _table_row_at(texts: Sequence[str], i: int) -> bool:
    """Whether ``texts[i]`` is a row of the story's table: a table's row beside another, figures in them."""
    return _table_row(texts[i]) and any(
        0 <= j < len(texts) and _table_row(texts[j]) and any(char.isdigit() for char in texts[i] + texts[j])
        for j in (i - 1, i + 1)
    )


def _keep_table_headers(text: str, items: list[_Paragraph]) -> None:
    """A row of labels the rules read as a menu ("Ciudad | Euros/m² | Variación anual") is the header of the
    story's table when a row of as many cells with figures in it, which the rules keep, stands under it."""
    for i, item in enumerate(items[:-1]):
        if item.reason != "navigation":
            continue
        line, under = item.span.of(text), items[i + 1].span.of(text)
        if (
            items[i + 1].reason is None
            and _table_row(line)
            and _table_row(under)
            and any(char.isdigit() for char in under)
            and len(_CELLS.split(line.strip())) == len(_CELLS.split(under.strip()))
        ):
            item.reason = None


UNMARKED_ITEM_WORDS = 10  # an item of an unmarked list under its lead-in line has this many words at most


def _unmarked_item(text: str) -> bool:
    return boilerplate.word_count(text) <= UNMARKED_ITEM_WORDS and not boilerplate.is_sentence(text)


def _story_shaped(
    texts: list[str],
    i: int,
    lists: list[tuple[int, int] | None],
    story: AbstractSet[int],
    prose: AbstractSet[int],
    reasons: Sequence[str | None] = (),
) -> bool:
    """Paragraphs the classifier may not take (it may call them doubts): prose (on pages it never
    saw, its calls on prose gained nothing); inside the story (``story``: the paragraphs between its
    first and last prose, and the statements that open and close it), a sentence, which reads as a
    short paragraph of the story ("He said no."); and anywhere a short line between two paragraphs of
    prose, a sub-heading, a bulleted or numbered list between two of them, the story's own list, and
    the line that announces such a list ("The plan includes:") (a run of several unmarked short
    lines, another story's headlines, it may take); a row of the story's table; a sub-heading under a
    link to another story. ``lists``: the runs of list lines (:func:`_list_runs`); ``prose``: the
    paragraphs of prose the rules kept (a legal footer is no story around a line); ``reasons``: the
    rules' reasons of the paragraphs."""
    if i in prose:
        return True  # a paragraph of prose is the story's unless a rule says otherwise
    if _table_row_at(texts, i):
        return True  # a row of the story's table, beside another, figures in them: "C – Suburbs | 0,50 € | 20 €"
    if i + 1 < len(texts) and not _table_row(texts[i]) and _table_row_at(texts, i + 1):
        return True  # the heading over the story's table: "Last departures"
    run = lists[i]
    if run is not None:
        return _story_list(texts, run, prose) or (i in story and _statement(texts[i]))
    announced = lists[i + 1] if i + 1 < len(texts) else None
    if announced is not None and texts[i].rstrip().endswith(":"):
        return _story_list(texts, announced, prose)
    if i in story and _statement(texts[i]):
        return True
    if _item_under_heading(texts, i, prose, reasons) or _answer_under_question(texts, i, prose, reasons):
        return True  # an item of the story's list under its sub-heading
    if not boilerplate.is_short_label(texts[i]):
        return False
    if _heading_over_items(texts, i, prose, reasons):
        return True
    # (a photo's credit the rules removed may stand between a sub-heading and its text, or over it)
    below = _past_credits(reasons, i, 1, texts if _phrase_heading(texts[i]) else ())
    if below not in prose:
        return False
    # a sub-heading over prose, under prose or a statement of the story's, or under a link to another story
    # the rules removed, which stands whole in its line ("Read also: Harbour fees rise in May"; not a label
    # over a list of them)
    above = _past_credits(reasons, i, -1)
    return (
        above in prose
        or (
            i in story
            and above >= 0
            and _statement(texts[above])
            and boilerplate.word_count(texts[above]) >= CLOSING_WORDS
        )
        or (0 < i < len(reasons) and reasons[i - 1] == "promo" and _READ_ALSO_LINK.search(texts[i - 1]) is not None)
    )


def _phrase_heading(line: str) -> bool:
    """A sub-heading that reads as a phrase: three words or more, no figure, one of them in lower case
    ("Pricing and the competition"; not a name, a label or a counter: "Harbour Post", "Slideshow", "1 of 12")."""
    words = line.split()
    return len(words) >= 3 and not any(char.isdigit() for char in line) and any(word[0].islower() for word in words)


def _past_credits(reasons: Sequence[str | None], i: int, step: int, texts: Sequence[str] = ()) -> int:
    """The paragraph next to ``i`` in the direction of ``step``, past the photo credits the rules removed
    (and, given ``texts``, past a photographer and outlet alone on a line, which the rules keep:
    "Jane Example/Harbour Post" under a sub-heading, over the picture's place)."""
    j = i + step
    while 0 <= j < len(reasons) and (reasons[j] == "credit" or (texts and _name_and_outlet(texts[j]))):
        j += step
    return j


LIST_ITEM_WORDS = 40  # an item of the story's list under its sub-heading has this many words at most


def _heading_over_items(texts: list[str], i: int, prose: AbstractSet[int], reasons: Sequence[str | None]) -> bool:
    """A sub-heading of the story over its list ("Where to get help" over "Civil defence: 199" and
    "Fire brigade: 193"): the story's prose over it, past lines the rules removed (an advert's label, a
    caption), and two lines the rules keep under it, each an item (a few words, no paragraph of prose,
    shaped as a list's: a name and its value, a line that ends with a semicolon or a comma, a marker)."""
    if not reasons or i + 2 >= len(texts):
        return False
    over = i - 1
    while over >= 0 and reasons[over] is not None:
        over -= 1
    if over not in prose and not (over >= 0 and _statement(texts[over])):
        return False
    kept = all(
        reasons[j] is None
        and (not is_prose(texts[j]) or LIST_MARKER.match(texts[j]) is not None)  # "1. Open the app and ...;"
        and boilerplate.word_count(texts[j]) <= LIST_ITEM_WORDS
        for j in (i + 1, i + 2)
    )
    # items shaped as a list's: a name and its value ("Civil defence: 199", "Monday — soup;"), or a lead-in
    # ("Doctors advise:") over one
    first, second = texts[i + 1].rstrip(), texts[i + 2]
    return kept and (first.endswith((":", "：")) or _item_shaped(first)) and _item_shaped(second)


def _item_under_heading(texts: list[str], i: int, prose: AbstractSet[int], reasons: Sequence[str | None]) -> bool:
    """Whether paragraph ``i`` is an item (or the lead-in) of a list under a sub-heading of the story
    (:func:`_heading_over_items`), the lines between them items too."""
    if not reasons or reasons[i] is not None or boilerplate.word_count(texts[i]) > LIST_ITEM_WORDS:
        return False
    if not (_item_shaped(texts[i]) or texts[i].rstrip().endswith((":", "："))):
        return False
    j = i - 1
    while j >= 0 and reasons[j] is None and (_item_shaped(texts[j]) or texts[j].rstrip().endswith((":", "："))):
        j -= 1
    return (
        j >= 0
        and j < i
        and reasons[j] is None
        and boilerplate.is_short_label(texts[j])
        and _heading_over_items(texts, j, prose, reasons)
    )


_TO_THE_READER = re.compile(r"\b(?:you|your|our|we|missed)\b", re.IGNORECASE)
ANSWER_ITEMS = 5  # the unmarked items of the story's list under its question, at most
ANSWER_ITEM_WORDS = 3  # each of them has this many words at least (a menu's items have fewer)


def _answer_under_question(texts: list[str], i: int, prose: AbstractSet[int], reasons: Sequence[str | None]) -> bool:
    """Whether paragraph ``i`` is an item of the story's list under the story's question, unmarked: the question
    right under a paragraph of the story's prose ("When should a patient see a doctor?"), then two to
    ``ANSWER_ITEMS`` lines of a few words or more the rules keep ("Bleeding gums, nosebleeds or black stools"), then
    the story's prose again. Another story's headline under the story would have no prose of the story under it."""
    if not reasons or reasons[i] is not None or boilerplate.word_count(texts[i]) < ANSWER_ITEM_WORDS:
        return False
    start = i
    while start > 0 and i - start < ANSWER_ITEMS and reasons[start - 1] is None and start - 1 not in prose:
        start -= 1
    question = start  # the first kept line of the run: the question, and the story's prose right over it
    if question == i or question - 1 not in prose or not texts[question].rstrip().endswith(("?", "？")):
        return False
    if _TO_THE_READER.search(texts[question]):
        return False  # a box of links: "Missed our earlier coverage?"
    end = i
    while end + 1 < len(texts) and reasons[end + 1] is None and end + 1 not in prose:
        end += 1
    items = range(question + 1, end + 1)
    return (
        end + 1 in prose
        and 2 <= len(items) <= ANSWER_ITEMS
        and all(boilerplate.word_count(texts[j]) >= ANSWER_ITEM_WORDS and not is_prose(texts[j]) for j in items)
    )


_ITEM_SHAPE = re.compile(r"\S\s*[:：]\s+\S|\s[—–-]\s|[;；,]\s*$")


def _item_shaped(line: str) -> bool:
    return LIST_MARKER.match(line) is not None or _ITEM_SHAPE.search(line.rstrip()) is not None


_READ_ALSO_LINK = re.compile(r"\S\s*[:：|»›>]\s*\S+(?:\s+\S+){2}")  # a label, then a headline's words

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


LIST_GAP = 3  # lines (an advert's label, a sub-heading) between the story's list and its prose, at most


def _story_list(texts: list[str], run: tuple[int, int], prose: AbstractSet[int]) -> bool:
    """A run of list lines that prose, a lead-in line ("The plan includes:", "... its priorities:") or
    a sub-heading under prose opens, and prose follows within ``LIST_GAP`` lines: the story's own list."""
    first, last = run
    if first == 0 or not any(k in prose for k in range(last + 1, last + 1 + LIST_GAP)):
        return False
    lead = texts[first - 1]
    return (
        first - 1 in prose
        or (boilerplate.word_count(lead) >= 3 and lead.rstrip().endswith(":"))
        or (first - 2 in prose and boilerplate.is_short_label(lead))
    )


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
    notices: bool = True,
) -> str | None:
    fixed = _fixed(text, suspect)  # "cafÃ©" must not read as a copyright line
    found = boilerplate.reason(fixed, words if fixed is text else None, notices or fixed is not text)
    return found or (profile.reason(domain, fixed) if profile else None)


_CJK_CHAR = re.compile(f"[{CJK}]")
_UNSPACED_CHAR = re.compile(f"[{HAN_KANA}]")  # Chinese and Japanese: no spaces
STORY_WORDS = 12  # sentences left beside a boilerplate sentence are the story when they hold this many words
STORY_CJK_CHARACTERS = 20  # ... or this many Chinese or Japanese characters


def _fixed(text: str, suspect: bool) -> str:
    """``text`` with its mojibake repaired where the record has some (``suspect``)."""
    return repair_mojibake(text) if suspect else text


def _story_beside(text: str, span: Span, domain: str | None, profile: Profile | None, suspect: bool) -> bool:
    """Whether a paragraph a rule calls boilerplate also holds story sentences: a boilerplate sentence
    glued to the end of the story's paragraph ("... before the storms. © 2024 Harbour Post."). The
    sentences no rule calls boilerplate must make a sentence's worth of text, none of it in the
    publisher's voice ("we need reporters on the ground" belongs to the appeal beside it)."""
    parts = sentences(text, span)
    if len(parts) < 2:
        return False
    judged = _judged(text, span, parts, domain, profile, suspect)
    if judged[0][1] == "legal" and boilerplate.rights_notice(judged[0][0].of(text)):
        return False  # what follows a rights notice is the publisher's too: "© 2025 X. ... При използване ..."
    kept = [part.of(text) for part, why in judged if why is None]
    if not kept or any(boilerplate.speaks_to_reader(sentence) for sentence in kept):
        return False
    # an appeal or a paywall's notice in several sentences, none of them one alone: "Jums svarbi ...
    # žurnalistika? Paremkite ...", "Ten artykuł przeczytasz z aktywną subskrypcją ... Zaloguj się ..."
    paragraph = span.of(text)
    if boilerplate.publisher_appeal(paragraph) and all(boilerplate.appeal_part(sentence) for sentence in kept):
        return False
    if boilerplate.paywall_notice(paragraph) and all(boilerplate.paywall_part(sentence) for sentence in kept):
        return False
    # Korean writes spaces between its words: they are counted as words
    return _sentence_worth(" ".join(kept))


def _judged(
    text: str,
    span: Span,
    parts: list[Span],
    domain: str | None,
    profile: Profile | None,
    suspect: bool,
    worded_only: bool = False,
) -> list[tuple[Span, str | None]]:
    """The sentences ``parts`` of the paragraph ``span``, each with what the rules or the profile call
    it (``None``: story text). Each sentence's trigger words are read from its paragraph's; with
    ``worded_only``, a sentence without one is story text unread (a paragraph only common words of
    prose announce: only their notices are looked for)."""
    paragraph = span.of(text)
    words = boilerplate.trigger_words(paragraph)
    notices = boilerplate.notice_parts(paragraph, any_length=True)  # (a short sentence's month in a long paragraph)
    out: list[tuple[Span, str | None]] = []
    for part in parts:
        sentence = part.of(text)
        found = boilerplate.sentence_trigger_words(sentence, words)
        if worded_only and not found:
            out.append((part, None))
            continue
        out.append((part, _reason(sentence, domain, profile, found, suspect, notices)))
    return out


def _glued_to(before: Span, after: Span, found: list[Repair], glue_at: dict[int, int]) -> bool:
    """Whether the paragraph ``after`` was split off ``before`` at a glued boundary of one line
    (``glue_at``: the place in ``found`` of the boundary's repair, by where it ends); its repair then says
    the space it inserted, not a paragraph break."""
    if before.end != after.start or (position := glue_at.get(before.end)) is None:
        return False
    found[position] = dataclasses.replace(found[position], after=found[position].before + " ")
    return True


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


# HTML left in a body between two paragraphs of one line: "...in May.</p><p>The board ...", "<br><br>"
_BLOCK = r"(?:p|div|li|h[1-6]|blockquote|tr|section|article)"
_PARAGRAPH_MARKUP = re.compile(
    rf"(?:</{_BLOCK}>\s*)+(?:<{_BLOCK}(?:\s[^<>]{{0,300}})?>\s*)+|(?:<br\s*/?>\s*){{2,}}", re.IGNORECASE
)


def _split_markup(text: str, spans: list[Span], found: list[Repair]) -> list[Span]:
    """The spans split where HTML ends a paragraph and opens the next between two texts of one line
    ("...in May.</p><p>The board ..."): the tags become a paragraph break (a ``markup`` repair); and
    a paragraph's own opening and closing tags ("<p>", "</p>") are taken off its ends, so that the
    rules and the classifier read its text."""
    if "<" not in text:
        return spans
    out: list[Span] = []
    for span in spans:
        start = span.start
        pieces: list[Span] = []
        for match in _PARAGRAPH_MARKUP.finditer(text, span.start, span.end):
            if match.start() > start and match.end() < span.end and text[start : match.start()].strip():
                found.append(Repair(match.start(), match.end(), match.group(), "\n\n", "markup"))
                pieces.append(Span(start, match.start()))
                start = match.end()
        pieces.append(Span(start, span.end))
        out.extend(_unwrapped(text, piece, found) for piece in pieces)
    return out


_OPENING_MARKUP = re.compile(rf"(?:<{_BLOCK}(?:\s[^<>]{{0,300}})?>\s*)+", re.IGNORECASE)
_CLOSING_MARKUP = re.compile(rf"(?:\s*</{_BLOCK}>)+", re.IGNORECASE)


def _unwrapped(text: str, span: Span, found: list[Repair]) -> Span:
    start, end = span.start, span.end
    # only tags around text: '<div id="map"></div>' in a page's code is written about, not left over
    opening = _OPENING_MARKUP.match(text, start, end)
    if opening is not None and opening.end() < end and text[opening.end()] != "<":
        found.append(Repair(start, opening.end(), opening.group(), "", "markup"))
        start = opening.end()
    closing = next((m for m in _CLOSING_MARKUP.finditer(text, start, end) if m.end() == end), None)
    if closing is not None and closing.start() > start and text[closing.start() - 1] != ">":
        found.append(Repair(closing.start(), end, closing.group(), "", "markup"))
        end = closing.start()
    return Span(start, end)


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
    if len(tail) - tail.rfind("\n") - 1 < WRAP_MIN_CHARS:
        return False  # a short line is no wrapped one: a menu's items in lower case ("sobre o grupo", "expediente")
    # a byline in lower case under the headline ("di Maria Esempio") is a line of its own; a longer line
    # is the sentence going on ("... del porto\ndi Genova, che era rimasto bloccato")
    line = right.of(text)
    words = boilerplate.word_count(line)
    short = words <= BYLINE_WORDS
    if short and boilerplate.BYLINE.match(line) is not None:
        return False
    if words <= LABELLED_LINE_WORDS and _LABEL_OPENING.match(line):
        return False  # a short line under its label: "autor: Katarzyna Przykład (AIP)", "foto: archiwum"
    # nor is a short byline the rules know beyond BYLINE ("de Andrei Exemplu", "dalla nostra inviata ..."), nor
    # one with its date or the writer's handle ("by Jane Example @jexample March 3, 2025: 12:41 PM ET")
    return not ((short or line[:3].lower() == "by ") and boilerplate.reason(line) == "byline")


WRAP_MIN_CHARS = 30  # a line wrapped in the middle of a sentence is this long at least (text wraps at 60 to 80)
LABELLED_LINE_WORDS = 8
_LABEL_OPENING = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?\s*[:：]\s+\S")  # one or two words, then a colon
_LONE_BY = re.compile(r"^\W{0,3}(?i:by|von|par|por|door|av|af|przez)\s*$")


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


LABEL_CHARS = 80  # a label over a list of other stories or of tags is this short (longer lines are not read)
STORY_LIST_LINES = 12  # the headlines a list of other stories under its label holds at most
HEADLINE_WORDS = 3  # a headline in such a list has this many words at least (not a line of code: "list: [")


def _mark_story_lists(text: str, items: list[_Paragraph]) -> None:
    """The short lines under a label that announces other stories ("Related stories", "Sur le même sujet",
    "Tin cùng chuyên mục") are those stories' headlines: navigation, up to the first line that is no
    short label of a few words (a sentence, a paragraph of prose, a line of code), but for a teaser of
    a sentence or two between two headlines. A label the rules left goes with its list, when one follows it."""
    for i, item in enumerate(items):
        if item.reason not in ("promo", "navigation", None):
            continue
        line = item.span.of(text)
        # "Mehr Sport" announces other stories only when no prose of the story follows the list under it (over the
        # story's prose, it and the lines under it are a sub-heading and the story's list: "Mehr Sicherheit")
        tail_only = not _other_stories_label(line)
        if tail_only and not boilerplate.MORE_OF_SECTION.match(line):
            continue
        before = [(later.reason, later.doubt) for later in items] if tail_only else []
        headlines = 0
        # two headlines in a row (no line the rules removed between them, another list's label): the list gives
        # its headlines no teaser
        bare = last_headline = False
        j = i + 1
        end = min(len(items), i + 1 + STORY_LIST_LINES)
        while j < end:
            later = items[j]
            if later.reason is not None:
                bare = last_headline = False
                j += 1
                continue
            line = later.span.of(text)
            if _in_table(text, items, j) or _in_table(text, items, j + 1):
                break  # the story's table, or its heading over it: the story goes on
            headline = _listed_headline(line) and (
                boilerplate.is_short_label(line)
                or boilerplate.is_unspaced(line)  # (a Thai headline reads as prose, and so does the next)
                or not _prose_follows(text, items, j)
            )
            bare = bare or (headline and last_headline)
            last_headline = bool(headline)
            teaser = headlines and _teaser(line)
            # a teaser between two headlines (in a list that gave two headlines none, a statement is one only when
            # no prose the rules keep comes later: else the story goes on under the list, a sub-heading and a list
            # of its own next), or under the last of two or more when nothing the rules keep follows (the story
            # does not go on after the list)
            resumed = (
                bare
                and _full_stop(line)
                and _kept_prose_after(text, items, j)
                and not _teased_headline_at(text, items, j + 1)  # the list goes on, headlines and teasers
            )
            if not (
                headline
                or (teaser and not resumed and _list_goes_on(text, items, j + 1))
                or (teaser and headlines >= 2 and all(other.reason is not None for other in items[j + 1 :]))
            ):
                break
            later.reason = "navigation"
            headlines += 1
            j += 1
        if tail_only and _kept_prose_after(text, items, j - 1):
            for later, (reason, doubt) in zip(items, before, strict=True):
                later.reason, later.doubt = reason, doubt
            continue
        if item.reason is None and headlines:
            item.reason = "navigation"


def _teased_headline_at(text: str, items: list[_Paragraph], j: int) -> bool:
    """Whether paragraph ``j`` is another story's headline with a teaser (a sentence with its stop) under it."""
    if not _list_goes_on(text, items, j) or j + 1 >= len(items) or items[j + 1].reason is not None:
        return False
    line = items[j + 1].span.of(text)
    return _teaser(line) and _full_stop(line)


def _full_stop(line: str) -> bool:
    """Whether ``line`` ends with a full stop (a statement's, not a question's nor a quotation's)."""
    return line.rstrip()[-1:] in ".。"


def _kept_prose_after(text: str, items: list[_Paragraph], j: int) -> bool:
    """Whether a paragraph of prose the rules keep comes anywhere after paragraph ``j``."""
    return any(later.reason is None and is_prose(later.span.of(text)) for later in items[j + 1 :])


def _in_table(text: str, items: list[_Paragraph], i: int) -> bool:
    """Whether the paragraph at ``i`` is a row of the story's table (:func:`_table_row_at`)."""
    if not 0 <= i < len(items):
        return False
    return _table_row_at([item.span.of(text) for item in items[max(0, i - 1) : i + 2]], min(i, 1))


def _listed_headline(line: str) -> bool:
    """Another story's headline in a list: a short label of a few words, or a headline that ends with
    its question or its quotation ("Which streets close on Monday?", 'Coach: "We came to win"'), not with
    a full stop."""
    words = boilerplate.word_count(line)
    if words < HEADLINE_WORDS:
        return False
    if boilerplate.is_short_label(line):
        return True
    if boilerplate.is_unspaced(line) and words <= UNSPACED_HEADLINE_WORDS and not boilerplate.ends_with_stop(line):
        return True  # a Thai headline (a long line of Thai reads as a sentence without its stop)
    if words <= LISTED_HEADLINE_WORDS and not boilerplate.is_sentence(line):
        return True  # a long headline: Vietnamese counts its syllables as words ("Bộ Y tế hướng dẫn tiêm vắc xin ...")
    bare = line.rstrip()
    return words <= boilerplate.LABEL_WORDS and bare[-1:] in "?!\"”»’'" and not bare.endswith(('."', ".”", ".'"))


LISTED_HEADLINE_WORDS = 20  # a headline in a list of other stories, no sentence, has this many words at most


UNSPACED_HEADLINE_WORDS = 24  # a Thai headline, its words counted from its characters (about five a word), at most


def _prose_follows(text: str, items: list[_Paragraph], j: int) -> bool:
    """Whether a paragraph of prose the rules keep comes right under paragraph ``j``: under a question
    ("Who uses the service?"), the story going on after a box of links, not another headline."""
    return j + 1 < len(items) and items[j + 1].reason is None and is_prose(items[j + 1].span.of(text))


TEASER_WORDS = 40  # a teaser under another story's headline: a sentence or two


def _teaser(line: str) -> bool:
    """A sentence or two, not someone's words (a paragraph of the story that opens with a quotation may
    follow a box of links in its middle)."""
    return boilerplate.word_count(line) <= TEASER_WORDS and len(line) <= 400 and line[:1] not in _OPENING_QUOTES


_OPENING_QUOTES = "\"'“‘„«‹「『—–-"


def _list_goes_on(text: str, items: list[_Paragraph], j: int) -> bool:
    """Whether a list of other stories goes on at ``j`` with another headline (a short label of a few
    words). Not a line the rules removed: a paragraph of the story may follow a box of links in its
    middle ("Read also" and a headline) and come before a share row."""
    if j >= len(items) or items[j].reason is not None:
        return False
    return _listed_headline(items[j].span.of(text))


MAX_TAG_LINES = 20  # the tags under a label, one a line, at most
TAG_WORDS = 5  # a tag has this many words at most


def _mark_tags(text: str, items: list[_Paragraph]) -> frozenset[int]:
    """The tags under a label alone on its line ("Tags:", "Schlagworte", "Từ khóa:"), one a line: short
    lines of a few words, no sentence, up to the first other line. They and the label are navigation;
    returned: where the tags start in ``text`` (for the article's ``tags``)."""
    found: set[int] = set()
    for i, item in enumerate(items):
        if (
            item.reason not in ("navigation", None)
            or item.span.end - item.span.start > LABEL_CHARS
            or not boilerplate.TAG_LABEL.match(item.span.of(text))
        ):
            continue
        run = []
        for later in items[i + 1 : i + 1 + MAX_TAG_LINES]:
            line = later.span.of(text).strip()
            if later.reason not in ("navigation", None) or not _tag_line(line):
                break
            run.append(later)
        if not run:
            continue
        item.reason = "navigation"
        for later in run:
            later.reason, later.doubt = "navigation", None
            found.add(later.span.start)
    return frozenset(found)


TAG_RUN = (2, 8)  # the lines of a run of tags without their label, at least and at most


def _mark_tag_runs(text: str, items: list[_Paragraph], prose: Sequence[int]) -> None:
    """A story's tags without their label: a run of a few short lines (a few words each, no sentence, no
    list marker) after the story's prose, that the story (its prose or a sentence: "Wyrok nie jest
    prawomocny.") or a line the rules removed comes before, and
    after it, past the story's last paragraph of prose, a line the rules removed ("Freibad",
    "Gemeinderat" over "Kommentare (12)"), or, anywhere after the story's first paragraph of prose, the
    label of a list of other stories ("Lo más leído", "Nejčtenější"; a line the story announces, "The
    plan includes:", is no tag). Not over a share or print button alone: a line-up or a list the story
    ends with may stand there."""
    if not prose:
        return
    i = prose[0] + 1
    while i < len(items):
        end = i
        while end < len(items) and items[end].reason is None and _bare_tag_line(items[end].span.of(text).strip()):
            end += 1
        if end == i:
            i += 1
            continue
        before = items[i - 1]
        over = before.span.of(text).rstrip()
        after = items[end] if end < len(items) else None
        if (
            TAG_RUN[0] <= end - i <= TAG_RUN[1]
            and after is not None
            and (
                before.reason is not None
                or ((i - 1 in prose or boilerplate.is_sentence(over)) and not over.endswith((":", "：")))
            )
            and not any(LIST_MARKER.match(item.span.of(text)) for item in items[i:end])
            and (
                (i > prose[-1] and after.reason not in (None, "share", "byline", "dateline", "credit"))
                or _other_stories_label(after.span.of(text))
            )
        ):
            for item in items[i:end]:
                item.reason, item.doubt = "navigation", None
        i = end


TAG_ROW_ITEMS = 3  # a row of tags without its label holds this many at least
TAG_ROW_CHARS = 200  # and is this long at most
_TAG_ROW_MARKS = frozenset("·•|,;،、")  # the marks between tags in a row (or two spaces)


def _mark_tag_rows(text: str, items: list[_Paragraph], prose: Sequence[int]) -> frozenset[int]:
    """A story's tags without their label, in one line after the story's first paragraph of prose
    ("Rail strikes · Trade unions · Dorset", "Северхим, МСФО, дивиденды, удобрения", "ngân hàng  nợ
    xấu  lãi suất"): ``TAG_ROW_ITEMS`` tags or more (:func:`_tag_row`), the line followed by a line the
    rules removed, the label of a list of other stories or nothing, and not under a line that
    announces a list. They are navigation; returned: where such lines start (for the article's
    ``tags``)."""
    found: set[int] = set()
    if not prose:
        return frozenset()
    for i in range(prose[0] + 1, len(items)):
        item = items[i]
        if item.reason is not None or not _tag_row(item.span.of(text).strip()) or _in_table(text, items, i):
            continue
        if items[i - 1].span.of(text).rstrip().endswith((":", "：")):
            continue  # under "The board named three firms:", the story's list
        if i + 1 < len(items) and items[i + 1].reason is None and not _other_stories_label(items[i + 1].span.of(text)):
            continue
        item.reason, item.doubt = "navigation", None
        found.add(item.span.start)
    return frozenset(found)


def _tag_row(line: str) -> bool:
    """``TAG_ROW_ITEMS`` tags or more split by a mark, a comma or two spaces, each of a few words, no
    sentence and no colon, with a letter in it."""
    if len(line) > TAG_ROW_CHARS or (_TAG_ROW_MARKS.isdisjoint(line) and "  " not in line):
        return False
    tags = TAG_ROW_SEPARATOR.split(line)
    return len(tags) >= TAG_ROW_ITEMS and all(
        _tag_line(tag) and ":" not in tag and any(char.isalpha() for char in tag) for tag in tags
    )


def _other_stories_label(line: str) -> bool:
    """The label of a list of other stories or of the most read ones ("Lo más leído", "Read more")."""
    return len(line) <= LABEL_CHARS and boilerplate.LIST_LABEL.match(line) is not None


def _bare_tag_line(line: str) -> bool:
    """A tag without its label: no figures and no colon either ("Defesa Civil: 199" is a story's list)."""
    return _tag_line(line) and ":" not in line and not any(char.isdigit() for char in line)


def _tag_line(line: str) -> bool:
    return (
        0 < boilerplate.word_count(line) <= TAG_WORDS
        and len(line) <= MAX_TAG_CHARS
        and not boilerplate.is_sentence(line)
        and not line.endswith((":", "："))
    )


def _mark_navigation(text: str, items: list[_Paragraph], prose: Sequence[int]) -> None:
    """Short labels before the first paragraph of prose and after the last one are navigation
    residue (menus, section names, other stories' headlines). In the middle they stay: sub-headings,
    list items and lines of code look the same.
    ``prose``: the paragraphs of prose the rules kept."""
    if not prose:
        return
    first, last = prose[0], prose[-1]
    for i, item in enumerate(items):
        if item.reason or not boilerplate.is_short_label(item.span.of(text)):
            continue
        if i < first or i > last:
            item.reason = "navigation"


def _mark_between_furniture(text: str, items: list[_Paragraph], prose: Sequence[int]) -> None:
    """After the story's last paragraph of prose, a short line (no sentence, or one that asks or exclaims,
    as headlines may: "Electric cars need to make noise, but what kind?") that boilerplate stands over
    and under (or that ends the record under boilerplate) is more of it: another story's headline among
    the links ("Mer från Kultur", then "Ny chef för stadsteatern", then a removed teaser), a widget's
    label. Not the story's own lines right after its prose (a line-up over a share button), nor a
    signature (the rules' and the header's marks read those)."""
    if not prose:
        return
    i = prose[-1] + 1
    while i < len(items):
        end = i
        while end < len(items) and items[end].reason is None and _furniture_line(items[end], text):
            end += 1  # a run of them: a footer's links ("Kundeservice", "Annonsere", "Personvern")
        if end == i:
            i += 1
            continue
        over = items[i - 1].reason is not None
        under = end == len(items) or items[end].reason is not None
        # several lines with figures are the story's list, not links: a figure in a short item ("Defesa Civil:
        # 199", "12 March – Berlin"), or in half of the lines and two or more (a tour's dates with their venues);
        # other stories' headlines may hold one ("У парку Перемоги висадили 200 молодих лип")
        lines = [item.span.of(text) for item in items[i:end]]
        with_figures = sum(1 for line in lines if _FIGURE.search(line))
        figures = len(lines) > 1 and (
            any(_figure_item(line) for line in lines) or (with_figures >= 2 and 2 * with_figures >= len(lines))
        )
        if over and under and not figures:
            for item in items[i:end]:
                item.reason, item.doubt = "navigation", None
        i = end
    # another story's teaser, a sentence under its headline among the links of that shape, a headline and its
    # teaser over them: "Developers say a third of the homes will be classed as affordable." between "Plans for
    # 300 homes ... approved" and "Most Read" (the story's last paragraph of prose too, when more prose stands
    # over it)
    for i in range(prose[-1] if len(prose) > 1 else prose[-1] + 1, len(items) - 1):
        item = items[i]
        line = item.span.of(text)
        if (
            item.reason is None
            and i >= 3
            and items[i - 1].reason == "navigation"
            and _linked_headline(items[i - 1].span.of(text))
            # over that one, another link's teaser under its headline: the list's shape (not a box of links the
            # story goes on under: "Read more:", two headlines, then the story's last sentence)
            and items[i - 2].reason in _LINKS
            and boilerplate.is_sentence(items[i - 2].span.of(text))
            and items[i - 3].reason in _LINKS
            and _linked_headline(items[i - 3].span.of(text))
            and items[i + 1].reason in _LINKS
            and boilerplate.word_count(line) >= TEASER_MIN_WORDS
            and boilerplate.is_sentence(line)
            and _teaser(line)
        ):
            item.reason, item.doubt = "navigation", None


FIGURE_ITEM_WORDS = 5  # an item of the story's list with a figure and no label has this many words at most


def _figure_item(line: str) -> bool:
    """An item of a list with a figure: after a label ("Defesa Civil: 199") or in a few words ("12 March –
    Berlin")."""
    return _FIGURE.search(line) is not None and (":" in line or boilerplate.word_count(line) <= FIGURE_ITEM_WORDS)


def _furniture_line(item: _Paragraph, text: str) -> bool:
    """A line boilerplate around it makes more of it: a short label, a line the classifier doubts or a
    headline that asks or exclaims, no sentence."""
    line = item.span.of(text)
    asks = line.rstrip().endswith(_HEADLINE_STOPS)
    if item.doubt is None and not asks and not boilerplate.is_short_label(line):
        return False
    return boilerplate.word_count(line) <= HEADLINE_MAX_WORDS and (asks or not boilerplate.is_sentence(line))


_HEADLINE_STOPS = ("?", "!", "？", "！", "؟")


def _linked_headline(line: str) -> bool:
    """Another story's headline among the links, not an advert's or a widget's label: a few words and more."""
    return boilerplate.is_short_label(line) and boilerplate.word_count(line) >= RUN_HEADLINE_WORDS


_LINKS = frozenset({"navigation", "promo"})  # what other stories' headlines and their lists' labels are removed as
TEASER_MIN_WORDS = 4  # a teaser under another story's headline among the links is a sentence this long at least
_FIGURE = re.compile(r"\d")
ABOUT_PARAGRAPHS = 3  # a company's description under "About ..." is this many paragraphs at most


COMMENT_LINES = 3  # a comment's text between its time and its buttons holds this many lines at most
COMMENTER_WORDS, COMMENTER_CHARS = 4, 40  # a commenter's name over the comment's time is this short
COMMENT_LABELS = 3  # a comment section's heading, prompts and links around its comments: this many lines at most


def _mark_comment_threads(text: str, items: list[_Paragraph], prose: Sequence[int]) -> None:
    """Readers' comments under the story, known by their shape in any language: the time a comment was
    posted ("3 hours ago", "vor 2 Stunden", "2025-05-20 17:12"), the commenter's name over it or not, the
    comment's text (``COMMENT_LINES`` lines at most) and its buttons under it ("Reply", "Antworten ·
    12", "回复", then its likes: "Me gusta 9"). Each comment goes, name, time, text and buttons. A time
    over text with no reply button under it is a comment only in a thread, after one that had its button
    (a reply's time and text), or under the section's heading ("Kommentare (23)", no sentence): a live
    blog's entries, a time over each, stay. A thread is two comments or more, or one under the section's
    heading (a post embedded in the story, its time and buttons, is the story's quotation), and a paragraph
    of the story's prose between two comments ends it."""
    if not prose:
        return
    texts = [item.span.of(text) for item in items]
    # each thread: whether the section's heading is over its first comment, and its comments (their first
    # and past-last lines)
    threads: list[tuple[bool, list[tuple[int, int]]]] = []
    thread: list[tuple[int, int]] = []
    i = prose[0] + 1
    while i < len(items):
        timed = _comment_time(texts[i])
        clocked = not timed and boilerplate.DAY_MONTH_CLOCK.match(texts[i]) is not None
        if not timed and not clocked:
            if thread and items[i].reason is None and is_prose(texts[i]):
                thread = []  # the story's prose: no thread goes on past it
            i += 1
            continue
        buttons = next(
            (
                j
                for j in range(i + 2, min(len(items), i + 2 + COMMENT_LINES))
                if boilerplate.reply_button(texts[j]) and not any(_comment_time(t) for t in texts[i + 1 : j])
            ),
            None,
        )
        # no button: a reply in a thread, or a comment under the section's heading ("ความคิดเห็นที่ 1")
        first = max(prose[0] + 1, i - 2 - COMMENT_LABELS)
        # (a day and month with a time of day alone, "15 мая, 11:40", is a comment's only over its reply button:
        # a live blog's entries carry the same; and the section's heading, not a line that names comments:
        # "Komentarz premiera", "Government declines to comment")
        labelled = any(_comment_heading(texts[k]) for k in range(first, i))
        if buttons is None and (
            clocked or not ((thread or labelled) and i + 1 < len(items) and len(texts[i + 1]) <= 600)
        ):
            thread = []
            i += 1
            continue
        end = buttons + 1 if buttons is not None else i + 2
        while end < len(items) and boilerplate.comment_buttons(texts[end]):
            end += 1  # its likes under its reply button
        start = i
        name = texts[i - 1]
        if (
            items[i - 1].reason in (None, "navigation")
            and i - 1 > prose[0]
            and len(name) <= COMMENTER_CHARS
            and boilerplate.word_count(name) <= COMMENTER_WORDS
            and (not boilerplate.is_sentence(name) or _INITIAL_AT_END.search(name) is not None)  # "Μαρία Κ."
        ):
            start = i - 1
        if not thread:  # the section's heading and prompts over its first comment
            while start > first + 1 and boilerplate.comment_label(texts[start - 1]):
                start -= 1
            threads.append((labelled, thread))
        last = end + COMMENT_LABELS
        while end < min(len(items), last) and boilerplate.comment_label(texts[end]):
            end += 1  # "Load more comments"
        thread.append((start, end))
        i = end
    for labelled, comments in threads:
        if len(comments) < 2 and not labelled:
            continue  # one comment alone, no heading over it: a post the story embeds
        for start, end in comments:
            for item in items[start:end]:
                item.reason, item.doubt = "comments", None


COMMENT_NOTICE_WORDS = 40  # a notice on commenting under it is this short
COMMENT_TEXT_CHARS = 600  # a comment's text under its writer's name and time is this short
# A comment's writer before its text, as a thread prints them in a line: "Handballfan_73: Gänsehaut pur!",
# "Maria G. · Nella nostra contrada ...", "Hannes_K vor 3 Stunden: Bei uns ..." (a name of one to three
# words, or a handle, its time or not; the text after it)
_COMMENTER_BEFORE_TEXT = re.compile(r"^[\w.'’@-]+(?: [\w.'’-]+){0,3}\s?(?::|\s[·•|—–])\s+\S")
# A numbered comment's title with its writer in brackets, its text under it: "1. Every year the same story (Ron)"
_NUMBERED_COMMENT = re.compile(r"^\d{1,3}\.\s[^()]{1,120}\([^()]{1,30}\)$")
# The headings of comment sections that name no comment: "Join the conversation"
_CONVERSATION = re.compile(r"^(?:join the (?:conversation|discussion)|leave a reply)\W*$", re.IGNORECASE)


def _mark_comment_section(text: str, items: list[_Paragraph], prose: Sequence[int]) -> None:
    """Under a comment section's heading (:func:`_comment_heading`, or "Join the conversation"), below the
    story's first paragraph of prose, the lines that read as
    the section's: notices on commenting ("Comments are closed on this article.", "Kommenteerimiseks logi
    sisse."), comments led by their writer ("Mummo_68: Minä vastaan aina.", "Pippo_74 · Finalmente!") or
    numbered ("1. Every year the same story (Ron)", its text under it), a comment's time, its writer's name
    over it and its text under it, its reply buttons. They go as
    ``comments``, from the heading down to the first line that reads as none of those or that the rules
    removed as other furniture (a list of related stories, the footer)."""
    if not prose:
        return
    texts = [item.span.of(text) for item in items]
    i = prose[0] + 1
    while i < len(items):
        line = texts[i]
        if not (_comment_heading(line) or _CONVERSATION.match(line) is not None):
            i += 1
            continue
        end = i + 1
        text_due = False  # a comment's text may follow: its writer's name or its time was the line over it
        while end < len(items):
            item, line = items[end], texts[end]
            if item.reason not in (None, "navigation", "comments", "dateline", "share", "boilerplate"):
                break  # other furniture under the thread: a list of related stories, a newsletter's box
            words = boilerplate.word_count(line)
            timed = _comment_time(line)
            if timed or boilerplate.comment_buttons(line):
                text_due = timed
            elif words <= COMMENT_NOTICE_WORDS and (
                boilerplate.COMMENT_STEM.search(line) or boilerplate.DEBATE.search(line)
            ):
                text_due = False  # a notice or a link: "Nur Abonnenten können kommentieren.", "Show more comments"
            elif len(line) <= COMMENT_TEXT_CHARS and _COMMENTER_BEFORE_TEXT.match(line) is not None:
                text_due = False
            elif _NUMBERED_COMMENT.match(line) is not None:
                text_due = True
            elif (
                words <= COMMENTER_WORDS
                and len(line) <= COMMENTER_CHARS
                and not boilerplate.is_sentence(line)
                and end + 1 < len(items)
                and _comment_time(texts[end + 1])
            ):
                text_due = False  # the writer's name over the comment's time: "Lone Sørensen", "for 4 timer siden"
            elif _form_field(texts, end):
                text_due = False  # the comment form's fields: "Όνομα" over "Αποστολή σχολίου", "نام"
            elif text_due and len(line) <= COMMENT_TEXT_CHARS:
                text_due = False
            else:
                break
            end += 1
        if end > i + 1:
            for item in items[i:end]:
                item.reason, item.doubt = "comments", None
        i = end


FORM_FIELD_WORDS, FORM_FIELD_CHARS = 2, 24  # a field of the comment form ("Name", "E-mail") is this short


def _form_field(texts: Sequence[str], i: int) -> bool:
    """A field's label of the comment form: a word or two, no sentence, the form's button or notice (a line
    with a comment's word: "Post comment", "Αποστολή σχολίου") under it, another field between them or not."""
    line = texts[i]
    if len(line) > FORM_FIELD_CHARS or boilerplate.word_count(line) > FORM_FIELD_WORDS or boilerplate.is_sentence(line):
        return False
    return any(
        boilerplate.COMMENT_STEM.search(under) is not None and boilerplate.word_count(under) <= COMMENT_NOTICE_WORDS
        for under in texts[i + 1 : i + 3]
    )


CLOSING_LINES = 8  # the lines under the story's last paragraph where its closing notes are read


def _mark_closing_notes(text: str, items: list[_Paragraph]) -> None:
    """Under the story, the notes that its information is general, no doctor's advice (:func:`
    copydesk.clean.boilerplate.health_note`): ``legal``; a comment section's policy (:func:`
    copydesk.clean.boilerplate.comment_policy`): ``comments``. Read from the record's end up to the story's
    last paragraph of prose that is none (a story's sentence about a doctor or about readers' comments stands
    among its prose, not under it)."""
    seen = 0
    # a policy under a comment section the rules found, or one that reads as one whatever stands around it
    # (not the story's last paragraph about readers' comments: "The council removed the comments ...")
    section = any(item.reason == "comments" for item in items)
    for item in reversed(items):
        if item.reason is not None:
            continue
        seen += 1
        line = item.span.of(text)
        if boilerplate.health_note(line):
            item.reason, item.doubt = "legal", None
        elif boilerplate.comment_policy(line, section):
            item.reason, item.doubt = "comments", None
        elif is_prose(line) or seen > CLOSING_LINES:
            return


_COUNT_AND_MARKS = re.compile(r"(?:[\d()\[\]（）:：.·|•]|(?<=\d)[件条개])+")  # (a count's counter: "コメント（45件）")


def _comment_heading(line: str) -> bool:
    """A comment section's heading: the word for comments alone, with its count or not ("Kommentare (23)",
    "14 Comments", "תגובות", "网友评论", "Ý kiến (18)"); not a line that says more ("Reactions and comments",
    "Builder declines to comment", "Kein Kommentar?")."""
    if "?" in line or len(line) > COMMENTER_CHARS:
        return False
    words = _COUNT_AND_MARKS.sub(" ", line).split()
    if len(words) == 1:
        if boilerplate.COMMENT_STEM.search(words[0]) is not None:
            return True
        return any(char.isdigit() for char in line) and boilerplate.DEBATE.match(words[0]) is not None  # "Debat (7)"
    if " ".join(words).lower() in ("bình luận", "ý kiến", "ý kiến bạn đọc", "bình luận của bạn đọc"):
        return True
    # the readers' comments, in a few words: "Reader comments", "Your comments", "Commentaires des lecteurs"
    named = [word for word in words if boilerplate.COMMENT_STEM.search(word) is not None]
    return (
        len(named) == 1
        and len(words) <= COMMENT_HEADING_WORDS
        and all(word in named or word.lower() in _READERS_WORDS for word in words)
    )


COMMENT_HEADING_WORDS = 4
# The words that name whose comments a section's heading shows: "Reader comments", "Comentarios de los lectores"
_READERS_WORDS = frozenset(
    "reader readers readers' readers’ your user users our lecteurs des de los lectores dos leitores dei lettori "
    "leser czytelników čtenářů olvasói cititorilor".split()
)


def _comment_time(line: str) -> bool:
    """A comment's time: how long ago ("3 hours ago"), or a date and time of day ("17.03.2025, 13:02")."""
    if len(line) > COMMENTER_CHARS:
        return False
    if boilerplate.RELATIVE_TIME.match(line):
        return True  # "3 hours ago", "3 godz. temu"
    named = boilerplate.COMMENTER_BEFORE_TIME.match(line)  # its writer's name before it: "Гость · 15 мая, 17:02"
    if named is not None:
        line = line[named.end() :]
        if boilerplate.RELATIVE_TIME.match(line) or boilerplate.DAY_MONTH_CLOCK.match(line):
            return True  # "ana_bm — acum 1 oră", "Jane E. — 12 May, 14:05"
    return _CLOCK.search(line) is not None and boilerplate.may_be_date_line(line) and boilerplate.date_line(line)


_INITIAL_AT_END = re.compile(r"(?<!\w)\w\.$")
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d(?!\d)")


def _mark_about_the_company(text: str, items: list[_Paragraph], prose: Sequence[int]) -> None:
    """Under the story, a press release's "About Harbour Tech" over the paragraphs that describe the
    company ("Harbour Tech is a leading provider of ...", "Founded in 1998, ..."): the publisher's own
    promotion that every release of the company repeats. The label and those paragraphs (up to
    ``ABOUT_PARAGRAPHS``, as long as they name the company first) go; not when no story is over it."""
    if not prose:
        return
    for i in range(prose[0] + 1, len(items)):
        if items[i].reason is not None:
            continue
        found = _ABOUT_LABEL.match(items[i].span.of(text))
        if found is None:
            continue
        name = _COMPANY_SUFFIX.sub("", found.group("name"))  # "About Harbour Tech Inc." over "Harbour Tech is ..."
        if name.split()[0] in _NOT_A_NAME:
            continue
        under = [j for j in range(i + 1, min(len(items), i + 1 + ABOUT_PARAGRAPHS)) if items[j].reason is None]
        described = []
        for j in under:
            line = items[j].span.of(text)
            if not (line.startswith(name) or _FOUNDED.match(line)) or not boilerplate.is_sentence(line):
                break
            described.append(j)
        if described and items[described[0]].span.of(text).startswith(name):
            for j in (i, *described):
                items[j].reason, items[j].doubt = "promo", None
            return


_COMPANY_SUFFIX = re.compile(r",?\s+(?:Inc\.?|Ltd\.?|LLC|Corp\.?|Corporation|plc|AG|GmbH|S\.A\.|N\.V\.|B\.V\.)$")
_NOT_A_NAME = frozenset("The A An Our This That Us Me Your My Its".split())
_ABOUT_LABEL = re.compile(r"^About (?P<name>(?-i:[A-Z0-9])[\w&.'’-]*(?: [\w&.'’-]+){0,5})\s*:?$")
_FOUNDED = re.compile(r"^(?:Founded|Established|Headquartered|Based) (?:in|on)\b")
TAG_RUN_WORDS = 4  # a story's tag, one a line, has this many words at most
TAG_RUN_LINES = 8  # and a run of them this many lines


def _mark_tags_between_furniture(text: str, items: list[_Paragraph], prose: Sequence[int]) -> None:
    """After the story's last paragraph of prose, a run of lines of a few words each (no sentence, no
    colon) that boilerplate stands over and under (or that ends the record under it) is the story's tags,
    one a line ("budżet", "Rada Miejska", "Wierzbin Górny" between "Obserwuj nas w Google News" and
    "Komentarze (34)"; over them, a line the classifier doubts will do: "Seko mums arī Telegram un
    Facebook"): navigation (some of them the marks before took already). Not under a line that
    announces a list (its items, after an advert)."""
    if not prose:
        return
    i = prose[-1] + 1
    while i < len(items):
        if items[i].reason is not None or not _tag_run_line(items[i].span.of(text)):
            i += 1
            continue
        while i - 1 > prose[-1] and items[i - 1].reason == "navigation" and _tag_run_line(items[i - 1].span.of(text)):
            i -= 1  # the run's lines the marks before took
        end = i
        while (
            end < len(items) and items[end].reason in (None, "navigation") and _tag_run_line(items[end].span.of(text))
        ):
            end += 1
        kept_over = next((item.span.of(text) for item in reversed(items[:i]) if item.reason is None), "")
        if (
            2 <= end - i <= TAG_RUN_LINES
            and (
                items[i - 1].reason is not None
                # a doubted line over them that reads as furniture, a few words or a social network's name
                # ("Seko mums arī Telegram un Facebook"; not a story's lead-in, "Stedene er valgt ut fra
                # trafikkmengde"), and tags have no figure ("Inquiry", "02-751-1500" end a story's list)
                or (
                    items[i - 1].doubt is not None
                    and _furniture_doubt(items[i - 1].span.of(text))
                    and not any(_FIGURE.search(item.span.of(text)) for item in items[i:end])
                )
            )
            and (end == len(items) or items[end].reason is not None)
            and not kept_over.rstrip().endswith((":", "："))
        ):
            for item in items[i:end]:
                item.reason, item.doubt = "navigation", None
        i = end


FURNITURE_DOUBT_WORDS = 3  # a doubted line this short over a run of tags reads as furniture
_NETWORK_NAME = re.compile(r"(?<!\w)(?:facebook|telegram|instagram|whatsapp|youtube|tiktok|twitter|viber)(?!\w)", re.I)


def _furniture_doubt(line: str) -> bool:
    return boilerplate.word_count(line) <= FURNITURE_DOUBT_WORDS or _NETWORK_NAME.search(line) is not None


def _tag_run_line(line: str) -> bool:
    return boilerplate.word_count(line) <= TAG_RUN_WORDS and ":" not in line and not boilerplate.is_sentence(line)


HEADLINE_MAX_WORDS = 25  # a line among other stories' links is this short
RUN_HEADLINE_WORDS = 4  # a headline in a run of them without a label has this many words at least


def _mark_headline_runs(text: str, items: list[_Paragraph], prose: Sequence[int]) -> None:
    """Right under the story's last paragraph of prose, a run of two lines or more that read as other
    stories' headlines (``RUN_HEADLINE_WORDS`` words or more each, no sentence, no list marker), with
    boilerplate under it other than a share row, a byline, a date or a credit (a promo, a menu, a legal
    line): a list of other stories without its label ("Special: storm and typhoon news", "Hazard maps:
    what is your area's risk?"). Not under a line that announces a list, nor a line-up or a list of
    places (shorter lines)."""
    if not prose:
        return
    start = prose[-1] + 1
    if items[prose[-1]].span.of(text).rstrip().endswith((":", "：")):
        return
    end = start
    while end < len(items) and _run_headline(items[end].span.of(text)) and not _in_table(text, items, end):
        why = items[end].reason
        if why is not None and (
            why not in ("navigation", "boilerplate") or boilerplate.reason(items[end].span.of(text))
        ):
            break  # a line a rule removed ends the run; one the classifier took is in it
        end += 1
    after = items[end] if end < len(items) else None
    if end - start < 2 or after is None or after.reason in (None, "share", "byline", "dateline", "credit", SITE_REASON):
        return  # (what a site's profile removes under the story may be its own end: a corpus's lines recur)
    for item in items[start:end]:
        item.reason, item.doubt = "navigation", None


def _run_headline(line: str) -> bool:
    words = boilerplate.word_count(line)
    return (
        RUN_HEADLINE_WORDS <= words <= HEADLINE_MAX_WORDS
        and not boilerplate.is_sentence(line.rstrip("?!？！"))
        and not LIST_MARKER.match(line)
    )


CAPTION_WORDS = 20  # a caption over its photo's credit is this short at most
CAPTION_SENTENCES = 1  # and is one sentence
CREDIT_WORDS = 8  # a photo's credit in the caption's line is this long at most


def _mark_captions_over_credits(text: str, items: list[_Paragraph]) -> None:
    """A photo's caption over the line of its credit ("Passengers at the station on Friday." over
    "Photograph: Jane Example/Harbour Post"): one sentence of ``CAPTION_WORDS`` words at most, quoting
    no one, right over a line the rules removed as a credit that opens with its label, or a short "©"
    line ("© Fotopersbureau Example"), with the story's prose going on under them (over a credit that
    ends the record, the line is the story's last). So does a caption with its credit in one line, glued or
    after a space ("Waves over the sea wall on Tuesday.David Example—Getty Images", "... at the harbour
    office. (Marcus Example/Harbour Post)"): a caption's one sentence and a photo's credit alone, wherever
    it stands (under the story's last paragraph too: its credit is in its own line)."""
    last_prose = max(
        (i for i, item in enumerate(items) if item.reason is None and is_prose(item.span.of(text))), default=-1
    )
    for i, item in enumerate(items):
        line = item.span.of(text)
        if item.reason is not None or boilerplate.word_count(line) > CAPTION_WORDS + CREDIT_WORDS:
            continue  # too long for a caption, with its credit or without
        parts = sentences(text, item.span)
        if i >= last_prose:  # no story's prose under it: only a caption with its labelled credit in its line
            _mark_captioned_line(text, item, parts, labelled=True)
            continue
        under = items[i + 1]
        if under.reason in ("credit", "legal") and _caption(line, len(parts)):
            credit = under.span.of(text)
            one_line = "\n" not in text[item.span.end : under.span.start]  # "... on Tuesday.David Example—Getty Images"
            labelled = boilerplate.CREDIT_LABEL.match(credit) is not None and _names_after_label(credit)
            if labelled or (one_line and _photo_credit(credit)) or boilerplate.picture_credit(credit):
                item.reason, item.doubt = "credit", None
        elif (
            under.reason is None
            and _name_and_outlet(under.span.of(text))
            and _caption(line, len(parts))
            and boilerplate.is_sentence(line)  # not a sub-heading over a photo's credit: "In use"
            and i + 2 < len(items)
            and items[i + 2].reason is None
            and is_prose(items[i + 2].span.of(text))
        ):
            # a caption over a photographer's name and the outlet, no label, the story under them: "COLLEEN
            # EXAMPLE / THE PELL RIVER LEDGER" (alone, a menu's "About Me/Contact" reads the same)
            item.reason = under.reason = "credit"
            item.doubt = under.doubt = None
        else:
            _mark_captioned_line(text, item, parts)


def _mark_captioned_line(text: str, item: _Paragraph, parts: Sequence[Span], labelled: bool = False) -> None:
    """A caption with its photo's credit in its one line: a caption's sentence and the credit's ("... on Tuesday.
    (Marcus Example/Harbour Post)", "... na Hlavnom námestí. FOTO TASR - Jana Example"), or the credit's label
    inside the caption's one sentence ("Vlastimil Example na snímku z roku 2015 | foto: Petr Example, Moravský
    deník", "... เมื่อปีที่ผ่านมา ภาพ: สุรเชษฐ์ คำมา", "... első kiadásával (Fotó: Kovács Example)").
    ``labelled``: under the story's last paragraph, where a short sentence with a photographer's name and outlet
    after it may be the story's last ("The board meets again in May. (Marcus Example/Harbour Post)"), only a
    credit with its label or a photo's mark ("(Photo: ...)", "(Express photo)") makes the line a caption."""
    line = item.span.of(text)
    if len(parts) == CAPTION_SENTENCES + 1:
        caption, credit = parts[0].of(text), parts[1].of(text)
        if labelled and not (
            boilerplate.bracketed_photo_credit(credit) or boilerplate.CREDIT_LABEL.match(credit) is not None
        ):
            return
        if _caption(caption, 1) and (_photo_credit(credit) or (_bare_credit(credit) and _describes(caption))):
            item.reason, item.doubt = "credit", None
    elif (
        len(parts) == 1
        and (at := _labelled_credit_at(line)) is not None
        and _caption(line[:at], 1)
        and _describes(line[:at])
    ):
        item.reason, item.doubt = "credit", None


# A photo's credit after the caption's sentence without a label: the photographer's name and outlet in capitals
# ("ÉLISE EXAMPLE POUR L'ÉCHO DES LETTRES", "JAVIER EXAMPLE / AFP"), an outlet's photo in brackets ("(Express
# photo)"), Korean "supplied by" ("한빛 레이븐스 제공")
_CAPITALS_CREDIT = re.compile(r"(?:[^\W\d_](?:[^\W\d_]|['’.-])*(?:\s*[/—–]\s*|\s+)){1,7}[^\W\d_](?:[^\W\d_]|['’.-])*")
_OUTLET_PHOTO = re.compile(boilerplate.OUTLET_PHOTO, re.IGNORECASE)
_SUPPLIED = re.compile(r"(?:\S+\s+){0,3}\S*제공")


CAPTION_MIN_WORDS = 4  # a caption before a credit without a label, or with its label inside the line, says this much


def _describes(caption: str) -> bool:
    """Whether ``caption`` says what a picture shows: ``CAPTION_MIN_WORDS`` words or more (or any in Thai, Lao,
    Burmese or Khmer, which write no spaces between words), not all in capitals (not a name over a credit: "Mike
    Example Images/...", nor a product's: "VOLKSWAGEN ID.")."""
    enough = boilerplate.word_count(caption) >= CAPTION_MIN_WORDS or boilerplate.is_unspaced(caption)
    return enough and not caption.isupper()


def _bare_credit(sentence: str) -> bool:
    """A photo's credit without a label after a caption's sentence (:data:`_CAPITALS_CREDIT`, :data:`_OUTLET_PHOTO`,
    :data:`_SUPPLIED`)."""
    line = sentence.strip()
    if _OUTLET_PHOTO.fullmatch(line) or _SUPPLIED.fullmatch(line):
        return True
    # in capitals, with the word or mark that joins a photographer to an outlet, or an agency's name: not a
    # sign's or a letter's words quoted in capitals ("NO ENTRY WITHOUT PERMIT", "WE WILL NOT LEAVE")
    capitals = _CAPITALS_CREDIT.fullmatch(line) is not None and line.isupper()
    return capitals and _CAPITALS_OUTLET.search(line) is not None


_CAPITALS_OUTLET = re.compile(
    r"\b(?:POUR|FOR|PARA|POR|PER|FÜR|VOOR|DLA|AFP|REUTERS|EFE|AP|EPA|ANSA|DPA|XINHUA|GETTY IMAGES)\b|[/—–]"
)


# A credit's label inside a line, after a separator or a space ("... z roku 2015 | foto: Petr Example", "...
# în aprilie 2023 / Foto: arhivă", "... ที่ผ่านมา ภาพ: สุรเชษฐ์ คำมา")
_LABEL_INSIDE = re.compile(r"(?:\s+[|/–—-])?\s+(?=\S)")
_LABEL_COLON = re.compile(r"\W*[^\W\d_]+\.?\s*[:：]")  # the label and its colon: "foto:", "Φωτ.:", "ภาพ:"


def _labelled_credit_at(line: str) -> int | None:
    """Where a photo's labelled credit begins in the one sentence ``line``, the caption before it (the separator
    with it), or None: the last place a credit's label opens a part of a few words (:func:`_photo_credit`) that
    ends the line."""
    if ":" not in line and "：" not in line:
        return None  # (every label takes its colon)
    for found in reversed(list(_LABEL_INSIDE.finditer(line))):
        credit = line[found.end() :]
        if boilerplate.word_count(credit) > CREDIT_LABELLED_WORDS + 1:
            return None
        labelled = boilerplate.CREDIT_LABEL.match(credit) is not None and _LABEL_COLON.match(credit) is not None
        if labelled and _names_after_label(credit) and _photo_credit(credit):
            return found.start() if found.start() > 0 else None
    return None


def _name_and_outlet(line: str) -> bool:
    return (
        len(line) <= boilerplate.NAME_SLASH_OUTLET_CHARS and boilerplate.NAME_SLASH_OUTLET_LINE.match(line) is not None
    )


OVER_HEADLINE_WORDS = 4  # a page's menu item, section name or site name over its headline is this short


def _mark_over_headline(text: str, items: list[_Paragraph], removed: Sequence[Removal]) -> None:
    """Over the headline found in a page's whole text, the short lines the marks left (a few words, no
    sentence: "KXVR 7", "Watch Live", "Regiones") are the page's header, its menus and names: navigation.
    Not where prose the rules kept stands over the headline (a site's blurb, or the story over a line
    taken for its headline)."""
    headline = next((removal for removal in removed if removal.reason == "headline"), None)
    if headline is None:
        return
    over = [item for item in items if item.span.end <= headline.start]
    if any(item.reason is None and is_prose(item.span.of(text)) for item in over):
        return  # prose over it: a blurb, or the story itself over a line taken for its headline
    for item in over:
        line = item.span.of(text)
        if (
            item.reason is None
            and boilerplate.word_count(line) <= OVER_HEADLINE_WORDS
            and not boilerplate.is_sentence(line)
        ):
            item.reason, item.doubt = "navigation", None


def _caption(line: str, sentence_count: int) -> bool:
    """One sentence of ``CAPTION_WORDS`` words at most, quoting no one, reporting no one's words ("The work will
    take three weeks, the spokeswoman said.": a story's sentence a credit was glued to), announcing nothing,
    no editor's note ("Editor's note: This story was updated at 5:45 p.m."). (A caption of two short sentences
    and one naming a ship or a play in quotation marks were tried and taken back: a story's two short sentences
    and its one-line quotations stand over pictures' credits as often.)"""
    return (
        boilerplate.word_count(line) <= CAPTION_WORDS
        and sentence_count <= CAPTION_SENTENCES
        and not any(mark in line for mark in '"“”„«»')
        and not line.rstrip().endswith((":", "："))
        and _REPORTED_SPEECH.search(line) is None
        and _EDITORS_NOTE.match(line) is None
    )


# The labels of the newsroom's notes on a story: "Editor's note:", "Update:", "Correction:", "Anm. d. Red.:"
_EDITORS_NOTE = re.compile(
    r"\W*(?:editor['’]s note|editors['’] note|note|update[ds]?|correction|clarification|anm\. d\. red\.|"
    r"note de la rédaction|nota(?: (?:del editor|de la redacción|da redação|della redazione))?|"
    r"noot van de redactie|n\. ?d\. ?r\.)\s*[:：]",
    re.IGNORECASE,
)


# The verbs and phrases that report someone's words, in the languages of the captions read: a caption says
# what a picture shows, no one said it
_REPORTED_SPEECH = re.compile(
    r"\b(?:said|says|told|according to|sagte|sagt|erklärte|a (?:déclaré|dit|indiqué|expliqué)|selon|dijo|afirmó|"
    r"explicó|según|ha (?:detto|spiegato|dichiarato)|secondo|disse|afirmou|segundo|zei|volgens|powiedział[ao]?|"
    r"сказал[аи]?|заявил[аи]?|по словам|söyledi|dedi|açıkladı|είπε|δήλωσε|cho biết|kata|ujar|mengatakan|"
    r"uttalade|sagde)\b",
    re.IGNORECASE,
)


CREDIT_LABELLED_WORDS = 7  # what a photo's credit names after its label, at most ("Le Courrier de l'Ardière /Julien")


def _names_after_label(credit: str) -> bool:
    """A credit's label names a photographer or an outlet, a few words, no sentence ("Foto: Ante Example /
    Dalmatinski glas"); a longer label's line is a caption ("Photo: Flooded streets in the city centre after
    the storm"), and the line over it is the story's."""
    named = credit.split(":", 1)[1] if ":" in credit else credit.split(None, 1)[-1]
    return boilerplate.word_count(named) <= CREDIT_LABELLED_WORDS and not boilerplate.ends_with_stop(named.rstrip(")"))


_CREDIT_SEPARATOR = re.compile(r"\S\s*(?:/|—|–|\|)\s*\S")


def _photo_credit(sentence: str) -> bool:
    """A photo's credit the rules remove, with its label or a photographer's name and an outlet ("Photo:
    Jane Example", "David Example—Getty Images", "Jane Example/Harbour Post", "Picture by Jane Example",
    "© Photo Jane Example"); not an agency's name alone ("Reuters", "(AP)"), which may close a story's
    paragraph."""
    if _name_and_outlet(sentence) or boilerplate.bracketed_photo_credit(sentence):
        return True  # "... last August. Priya Example/Port Aldwin Beacon", "... (Fotó: Kovács Example)"
    why = boilerplate.reason(sentence)
    labelled = boilerplate.CREDIT_LABEL.match(sentence) is not None
    if why == "legal":
        return labelled  # a "©" credit without a year: "© Photo Jane Example"
    marked = labelled or _CREDIT_SEPARATOR.search(sentence) is not None or sentence.lstrip()[:1] in "-–—"
    return why == "credit" and (marked or " by " in sentence)  # "- Foto MWS", "Picture by Jane Example"


def _keep_app_instructions(text: str, items: list[_Paragraph], prose: Sequence[int]) -> None:
    """A story about an app (a city's parking app, a bank's) may tell the reader to install it ("Descarcă
    aplicația primăriei și creează un cont ..."): a prompt to install an app stays when the story's own
    prose names an app, or when it promises no news and is longer than a line of a few words. Else it is
    the site's prompt for its own ("Téléchargez l'application Le Courrier pour ne rien manquer de
    l'actualité")."""
    prompts = [item for item in items if item.reason == "promo" and boilerplate.app_prompt(item.span.of(text))]
    if not prompts:
        return
    about_an_app = any(boilerplate.names_an_app(items[i].span.of(text)) for i in prose)
    for item in prompts:
        if about_an_app or not boilerplate.site_app_prompt(item.span.of(text)):
            item.reason = None


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


CLOSING_BIO_WORDS = 45  # an author's bio under the story is this short
JAPANESE_FAMILY_NAME = 2  # the characters of a Japanese name that the story names the person by ("佐藤")
NAME_STEM = 5  # the letters of a surname that name the person whatever the case it is declined in
TRADE_STEM = 7  # the letters of a journalist's trade that name it whatever its case ("toimitt", "dzienni")
CLOSING_BIO_PROSE = 2  # and the story's paragraphs of prose over it, when it is the last of them, this many at least


def _mark_closing_bios(text: str, items: list[_Paragraph], prose: Sequence[int]) -> None:
    """Under the story's last paragraph of prose, the author's bio in any language: a name, "is", a journalist's
    trade within a few words ("Jakub Novotný je redaktor brněnské redakce.", "Sofie Lund er journalist på ...",
    "Η Ελένη Καραγιάννη είναι δημοσιογράφος ..."), or a paragraph that opens with a name and that the rules read
    whole as a bio though its other sentences would make a story's paragraph; an op-ed's note on its writer; a
    Japanese reporter's profile. The story's last paragraph of prose too when ``CLOSING_BIO_PROSE`` more stand
    over it. Over the story's prose it stays, and so does one about a person the story's prose names (the stems
    of the surname or the trade at a word's start): the story may be about a journalist."""
    # (a paragraph of prose the classifier doubts, or took, is no story's to stand under: "Varslene kan endre
    # seg. Følg med på oppdaterte farevarsler ...", a note kept as a doubt, under the bio)
    prose = [k for k in prose if items[k].reason is None and items[k].doubt is None] or list(prose)
    if not prose:
        return
    first = prose[-1] if len(prose) > CLOSING_BIO_PROSE else prose[-1] + 1
    for item in items[first:]:
        if item.reason is not None:
            continue
        line = item.span.of(text)
        if boilerplate.author_note(line):  # "The writer is a professor of ...": no name, no story about one
            item.reason, item.doubt = "bio", None
            continue
        if boilerplate.reporter_profile(line):  # "佐藤健一　県東部支局。２０１５年入社。... を担当。"
            family = line.split()[0][:JAPANESE_FAMILY_NAME]
            if not any(family in items[k].span.of(text) for k in prose if k < first):
                item.reason, item.doubt = "bio", None
            continue
        short = boilerplate.word_count(line) <= CLOSING_BIO_WORDS
        trade = boilerplate.closing_bio(line) if short else None
        # or a bio the rules read in the whole paragraph, kept for the sentences beside its first ("Dana Example
        # covers city hall for the Courier. She joined the paper in 2019 after four years ..."): under the story
        # they are the bio's too
        named_bio = short and not trade and item.ruled == "bio" and _NAME_OPENING.match(line) is not None
        if trade or named_bio:
            words = line.split()
            surname = words[2] if words[0].lower() in ("η", "ο") else words[1]  # "Η Ελένη Καραγιάννη είναι ..."
            # the stems of the surname and the trade name them in any case ("Nowak", "Nowaka"; "dziennikarza"); a
            # trade's is longer (Finnish "toimittaja", a journalist, is no "toimitusjohtaja", a chief executive)
            # (each at a word's start: "Kim" is not in "kimono")
            name = surname[:NAME_STEM].lower()
            stems = (name, trade[:TRADE_STEM].lower()) if trade else (name,)
            named = re.compile("|".join(rf"(?<!\w){re.escape(stem)}" for stem in stems))
            if any(named.search(items[k].span.of(text).lower()) for k in prose if k < first):
                continue  # the story is about that person or about journalists: "Tomasz Example jest dziennikarzem ..."
            item.reason, item.doubt = "bio", None


# A paragraph that opens with two words of letters (a name's first and last, in scripts with or without capitals)
_NAME_OPENING = re.compile(r"(?:[^\W\d_][\w'’.-]*\s+){2}")


def _mark_name_over_date(text: str, items: list[_Paragraph], removed: Sequence[Removal], prose: Sequence[int]) -> None:
    """A name alone right under the headline found in the text (and its standfirst), over the dateline
    or the story's first paragraph, is the header's byline ("Pieter Voorbeeld" over "3 september 2025,
    06:48"), whatever else the rules or the classifier made of it."""
    head = [r for r in removed if r.reason in ("headline", "standfirst", "duplicate-standfirst")]
    if not head or head[0].reason != "headline":
        return
    end = max(r.end for r in head)
    at = next((i for i, item in enumerate(items) if item.span.start >= end), None)
    if at is None or at + 1 >= len(items) or text[end : items[at].span.start].strip():
        return
    item = items[at]
    # over the dateline (the outlet's line may stand between: "Yorkshire Evening Post") or the story
    under = _over_dateline(text, items, at) or (bool(prose) and prose[0] == at + 1)
    line = item.span.of(text).strip()
    # (what the classifier called boilerplate too: "autor: Anna Przykład (AIP)")
    if item.reason in (None, "navigation", "boilerplate") and under and _header_name(line):
        item.reason, item.doubt = "byline", None


def _mark_names_over_dates(
    text: str, items: list[_Paragraph], removed: Sequence[Removal], prose: Sequence[int]
) -> None:
    """Over the story, a name alone right over the dateline (or over one short line over it: the
    desk's, "Staff reporter"), or right under it and over the share buttons, is the header's byline
    ("Dewi Example" over "Senin, 22 Apr 2024 06:05 WIB"), wherever the headline is, or whether it was
    found."""
    first = prose[0] if prose else len(items)
    if first < len(items) and _under_headline(text, items[first].span, removed):
        first += 2  # the standfirst under the headline, which the rules left: the byline may follow it
    for i in range(min(first, MAX_HEADER_NAMES, len(items))):  # (the standfirst's two may pass the last)
        item = items[i]
        if item.reason not in (None, "navigation") or i + 1 >= len(items):
            continue
        if i > 0 and items[i - 1].reason == "byline":
            continue  # the outlet's line under the byline: "Yorkshire Evening Post"
        dated = _over_dateline(text, items, i) or (
            _under_dateline(text, items, i, removed) and _over_share_row(text, items, i)
        )
        line = item.span.of(text).strip()
        if dated and _header_name(line) and boilerplate.reason(line) is None:  # not a label: "Social Sharing"
            item.reason, item.doubt = "byline", None


MAX_HEADER_NAMES = 20  # a byline over the dateline is among the record's first lines


def _under_headline(text: str, span: Span, removed: Sequence[Removal]) -> bool:
    """Whether ``span`` stands right under the headline found in the text."""
    return any(r.reason == "headline" and r.end <= span.start and not text[r.end : span.start].strip() for r in removed)


def _mark_credit_extras(text: str, items: list[_Paragraph], prose: Sequence[int]) -> None:
    """Over the story, a short line the rules left between the byline and the dateline (or another byline)
    is the byline's: the writer's post, desk or place, or the outlet ("Court Reporter", "ABC Brisbane",
    "Valencia", "Суспільне Львів"): removed as the byline's `bio`, which names no author (the credits read bylines)."""
    if not prose:
        return  # (a record without the story's prose has no header over it)
    for i in range(1, min(prose[0], MAX_HEADER_NAMES, len(items) - 1)):
        item = items[i]
        line = item.span.of(text)
        if (
            item.reason is None
            and items[i - 1].reason == "byline"
            and items[i + 1].reason in ("dateline", "byline", "share")
            and boilerplate.word_count(line) <= CREDIT_EXTRA_WORDS
            and len(line) <= CREDIT_EXTRA_CHARS
            and not boilerplate.is_sentence(line)
        ):
            item.reason, item.doubt = "bio", None


CREDIT_EXTRA_WORDS, CREDIT_EXTRA_CHARS = 5, 60  # a post, a desk or an outlet under a byline is this short


def _over_dateline(text: str, items: list[_Paragraph], i: int) -> bool:
    """Whether paragraph ``i`` stands right over a dateline, or over one short line over it that is no
    byline of its own (an outlet's or a desk's: "Yorkshire Evening Post", "Staff reporter")."""
    if i + 1 < len(items) and items[i + 1].reason == "dateline":
        return True
    return (
        i + 2 < len(items)
        and items[i + 2].reason == "dateline"
        and items[i + 1].reason != "byline"
        and boilerplate.is_short_label(items[i + 1].span.of(text))
    )


def _over_share_row(text: str, items: list[_Paragraph], i: int) -> bool:
    """Whether paragraph ``i`` stands right over the share buttons or a dateline, or over one short line over
    the share buttons (the outlet's, "Суспільне Львів"; a button the rules read as a label, "ポスト")."""
    if items[i + 1].reason in ("share", "dateline"):
        return True
    return (
        i + 2 < len(items)
        and items[i + 2].reason == "share"
        and items[i + 1].reason in (None, "navigation")
        and boilerplate.is_short_label(items[i + 1].span.of(text))
    )


def _under_dateline(text: str, items: list[_Paragraph], i: int, removed: Sequence[Removal]) -> bool:
    """Whether the line over paragraph ``i`` is a dateline: a paragraph's, or one the header took."""
    if i > 0:
        return items[i - 1].reason == "dateline"
    start = items[i].span.start
    return any(r.reason == "dateline" and r.end <= start and not text[r.end : start].strip() for r in removed)


# A name with a label or an outlet, as a header writes it under the headline: "Autor: Anna Przykład",
# "Mehmet Örnek - Bursa", "Siti Contoh - wartaJatim"
_LABELLED_NAME = re.compile(
    r"^(?:(?:autor|autorka|autore|autrice|auteur|author|autori|autorica|autorius|autorė|autors|autorin|аутор|автор|"
    r"автори|tác giả|yazar|författare|forfatter|skribent|συντάκτης|szerző|kirjoittaja|tekst|texto|text|testo|texte|"
    r"írta|írták|müəllif|muallif|ავტორი|հեղինակ|пишува|аўтар|"
    r"(?:published|posted|written|reported) by|ដោយ)\s*[:：៖՝]\s*|מאת\s+)(?P<name>.+?)(?:\s*\((?-i:[A-Z]{2,6})\))?$",
    re.I,
)
_NAME_AND_OUTLET = re.compile(r"^(?P<name>.+?)\s+[-–—]\s+\S+(?:\s\S+)?$")
# A name, then after a comma or a bar the place the writer files from: "Laura Ejemplo | Teruel", "सुनील शर्मा, जयपुर"
_NAME_AND_PLACE = re.compile(r"^(?P<name>[^,،|]+?)\s*[,،|]\s*[^\W\d][^\s,،|]*(?:\s[^\W\d][^\s,،|]*){0,2}$")
# The shape of a Japanese or Chinese name alone on its line: three to five ideographs, or two parts spaced ("山本
# 健太"); two ideographs alone are a tag's or a section's as often ("医療"). :func:`_cjk_name` reads the family name
_CJK_NAME = re.compile(r"^(?:[\u4e00-\u9fff々]{3,5}|[\u4e00-\u9fff々]{1,3}[ \u3000][\u4e00-\u9fff々]{1,3})$")
# The last ideograph of a desk's, a section's, a place's or an outlet's name, no person's: "社会部", "国際面",
# "新聞社", "高雄港", "北海道"
_CJK_NOT_NAME_END = frozenset(
    "部局社報报網网站室課课組组版面刊聞闻訊讯團团會会省市縣县區区科院隊队庁署所館馆界業业題题道導港都府県州洲国國党黨"
    "政興兴症態态察済济融球学學情町村駅园園屋城寺店堂橋桥薬药品場场川山島岛杯员員委档檔产產储儲"
)
# The commonest Chinese family names (simplified and traditional), opening a name of three ideographs
_CHINESE_FAMILY_NAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆"
    "汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤張劉陳楊黃趙吳孫馬鄭謝許"
    "韓馮鄧蕭葉蘇呂蔣盧鍾譚陸萬錢嚴龔顧賀湯賴羅莊簡詹洪游柯"
)
# Common Japanese family names of two ideographs (and three: 佐々木), before the given name of a name of four or five
_JAPANESE_FAMILY_NAMES = frozenset(
    """佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 斎藤 清水 山崎
    池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 斉藤 福田 太田
    西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 柴田 酒井 工藤 横山
    宮崎 宮本 内田 高木 安藤 谷口 大野 丸山 今井 高田 藤本 武田 村田 上野 杉山 増田 平野 大塚 千葉 久保 松井 小島
    岩崎 桜井 野口 松尾 野村 木下 菊地 佐野 大西 杉本 新井 浜田 菅原 市川 水野 小松 島田 古川 小山 高野 西田 菊池
    山内 西川 五十嵐 北村 安田 中田 川口 平田 川崎 飯田 吉川 本田 久保田 沢田 吉村 渡部 岩田 中西 服部 樋口 福島
    川上 永井 松岡 田口 山中 森本 土屋 矢野 広瀬 秋山 石原 松下 大橋 松浦 吉岡 小池 馬場 浅野 荒木 大久保 野田
    小沢 田辺 川村 星野 黒田 尾崎 望月 永田 熊谷 内藤 松村 西山 大谷 平井 大島 岩本 片山 本間 早川 横田 岡崎 荒井
    大石 鎌田 成田 宮田 小田 石橋 篠原 須藤 河野 大沢 小西 高山 栗原 伊東 松原 三宅 福井 大森 奥村 片岡 桑原
    関口 北川 佐伯 森下 西岡 堀内 小泉 中尾 今村 堀田 上原 富田 八木 岡村 松永 白石 坂口 長田 米田 竹田""".split()
)


def _header_name(line: str) -> bool:
    """A byline under the headline without "By": a name alone ("Pieter Voorbeeld", "מיכל רוזנבלום"),
    in brackets ("（田中一郎）"), after an author's label or before an outlet's or a city's name."""
    if "  " in line:
        return False  # a menu's items, wide apart
    if _BRACKETED_NAME.match(line) or _uncased_name(line) or _cjk_name(line):
        return True
    placed = PLACE_BEFORE_NAME.match(line) or _NAME_AND_PLACE.match(line)
    if placed is not None and _uncased_name(placed["name"]):
        return True  # "الرياض - محمد العتيبي", "सुनील शर्मा, जयपुर": where the writer files from, and the name
    match = _LABELLED_NAME.match(line) or _NAME_AND_OUTLET.match(line) or _NAME_AND_PLACE.match(line)
    name = match["name"] if match else line
    if match is not None and _uncased_name(name):
        return True  # "ដោយ៖ សុខ វណ្ណា", "מאת מיכל אברהמי"
    names = _NAMES_SPLIT.split(name)  # "Elena Primerova, Oleg Primerov"
    return all(is_name_line(part) for part in names) and len(clean_authors([name])) == len(names)


_NAMES_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|und|et|y|e|i|и|ve|dan|và|&)\s+")


SIGNATURE_WORDS = (2, 4)  # the words of a name signed under a story, at least and at most
# A Japanese or Chinese reporter's name in brackets under the story: "（田中一郎）"
_BRACKETED_NAME = re.compile(r"^[（(][\u3005\u3040-\u30ff\u4e00-\u9fff]{2,8}[）)]$")  # (々: "佐々木")
# A word of a script without capitals whose names are written in words (Arabic, Persian, Hebrew, Devanagari,
# Bengali, Thai): its letters and vowel signs, a hyphen inside ("קרמר-לוי").
_UNCASED_WORD = re.compile(
    r"^[\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u1780-\u17ff]+"
    r"(?:-[\u0590-\u06ff\u0900-\u0dff]+|(?<=[\u0900-\u0dff])\.)?$"  # "-" inside; an initial's stop: "செ."
)


def _cjk_name(line: str) -> bool:
    """A Japanese or Chinese name alone on its line (:data:`_CJK_NAME`): three to five ideographs after a common
    Japanese family name ("佐伯涼", "佐藤美咲", "佐々木健太"), three after a common Chinese one ("陳怡君"), or a
    family name spaced from the given name ("山本 健太"); not a desk's, a place's, a firm's or a section's ("社会部",
    "山田町", "佐藤製薬", "地域経済", "特朗普")."""
    if _CJK_NAME.match(line) is None or line[-1] in _CJK_NOT_NAME_END:
        return False
    family = line.split()[0] if " " in line or "\u3000" in line else None
    if family is not None:  # "山本 健太": the family name, then the given name
        return family in _JAPANESE_FAMILY_NAMES or (len(family) == 1 and family in _CHINESE_FAMILY_NAMES)
    if line[:2] in _JAPANESE_FAMILY_NAMES or line[:3] in _JAPANESE_FAMILY_NAMES:
        return True
    return len(line) == 3 and line[0] in _CHINESE_FAMILY_NAMES  # "陳怡君", "王小明"


def _uncased_name(line: str) -> bool:
    """Two to four words of a script without capitals and nothing else: a name ("سلمى حداد", "מיכל
    רוזנבלום", "अंकित शर्मा"); where it stands says whether it is one."""
    words = line.split()
    return (
        SIGNATURE_WORDS[0] <= len(words) <= SIGNATURE_WORDS[1]
        and all(_UNCASED_WORD.match(word) for word in words)
        and _DESK_WORDS.isdisjoint(words)
    )


# The words of a desk's or an agency's name, no person's: "خبرگزاری ورزشی پارس", "سرویس اقتصادی", "צוות
# המערכת", "संवाद सहयोगी", "নিজস্ব প্রতিবেদক"
_DESK_WORDS = frozenset(
    "خبرگزاری سرویس گروه وكالة وکالت مراسل مراسلة محرر قسم تحریریه צוות מערכת ทีมข่าว กองบรรณาธิการ संवाद सहयोगी "
    "संवाददाता ब्यूरो डेस्क প্রতিবেদক নিজস্ব ডেস্ক "
    # the words of a section's or an office's name alone on its line, no person's: "كرة القدم", "وزارة الصحة",
    # "मौसम विभाग", "மாநில செய்திகள்", "জাতীয় খবর"
    "أخبار اخبار رياضة كرة القدم اقتصاد سياسة وزارة الصحة محليات منوعات ثقافة فن مجتمع أسواق اسواق دولي عربي عالمي "
    "تكنولوجيا مقالات رأي ورزشی اقتصادی سیاسی "
    "חדשות ספורט כלכלה समाचार खबर ख़बर खबरें ख़बरें विभाग खेल राज्य देश विदेश मौसम मंत्रालय செய்திகள் செய்தி "
    "விளையாட்டு খবর সংবাদ খেলা জাতীয় আন্তর্জাতিক মন্ত্রণালয় ข่าว กีฬา เศรษฐกิจ மாநில".split()
)


def _mark_signature(text: str, items: list[_Paragraph], prose: Sequence[int]) -> str | None:
    """The name signed right under the story's last paragraph of prose, with none of the story's text
    under it ("Pieter Voorbeeld", "（田中一郎）"), is its byline: a bracketed Japanese or Chinese name, or
    a name the classifier doubts (its words capitalised, or Arabic ones). Returns the line, or None."""
    if not prose:
        return None
    labelled = _labelled_signature(text, items, prose)
    if labelled is not None:
        return labelled
    at = prose[-1] + 1
    while at < len(items) and (
        items[at].reason not in (None, "navigation")
        or (items[at].reason is None and _statement(items[at].span.of(text)))
    ):
        at += 1  # the story's short closing lines ("Shares rose 2.1% this afternoon."), a promo among them
    if at < len(items) and items[at].reason in (None, "navigation"):
        item = items[at]
        line = item.span.of(text).strip()
        if not any(later.reason is None for later in items[at + 1 :]) and (  # none of the story's text under it
            _BRACKETED_NAME.match(line) or (item.reason is None and item.doubt is not None and _signed_name(line))
        ):
            item.reason, item.doubt = "byline", None
            return line
    # a name between the story's last statement and a share row or a promo, whatever the page keeps under them
    # (tags, other stories' teasers): "... lên 24.350 đồng.", "Minh Sơn", "Chia sẻ  Sao chép liên kết"
    for i in range(prose[0] + 1, len(items) - 1):
        item, line = items[i], items[i].span.of(text).strip()
        if (
            item.reason in (None, "navigation")
            and (items[i + 1].reason in _CLOSING_REASONS or _list_label(text, items[i + 1]))
            and items[i - 1].reason is None
            and _statement(items[i - 1].span.of(text))
            and (
                _BRACKETED_NAME.match(line)
                or ((item.reason == "navigation" or item.doubt is not None) and _signed_name(line))
            )
        ):
            item.reason, item.doubt = "byline", None
            return line
    return None


def _list_label(text: str, item: _Paragraph) -> bool:
    """Whether ``item`` is the label of a list of tags or of other stories that the rules took ("Từ khóa:",
    "Tin liên quan", "Tags:"): what a page prints under the story and its signature."""
    line = item.span.of(text).strip()
    return (
        item.reason == "navigation"
        and boilerplate.word_count(line) <= LIST_LABEL_WORDS
        and (line.endswith((":", "：")) or boilerplate.LIST_LABEL.match(line) is not None)
    )


LIST_LABEL_WORDS = 4


def _labelled_signature(text: str, items: list[_Paragraph], prose: Sequence[int]) -> str | None:
    """A byline the rules know under the story's last paragraph (past its closing statements), under its label
    ("Автор: Ирина Пример", not a card's "By Jane Example"): the record's only byline, no chart's source, and no
    date under it (another story's byline and date)."""
    at = prose[-1] + 1
    while at < len(items) and items[at].reason is None and _statement(items[at].span.of(text)):
        at += 1
    if at == len(items) or items[at].reason != "byline":
        return None
    line = items[at].span.of(text)
    if (
        sum(1 for item in items if item.reason == "byline") == 1
        and _LABELLED.match(line) is not None
        and not _CHART_SOURCE.search(line)
        and not (at + 1 < len(items) and items[at + 1].reason == "dateline")
    ):
        return line.strip()
    return None


_LABELLED = re.compile(r"^\W*[^\W\d]+\s*[:：]")  # a label and its colon: "Автор:", "Author:"
_CHART_SOURCE = re.compile(r"\bsources?\s*:", re.IGNORECASE)  # a chart's credit: "By The Times | Source: ..."

# What the rules remove that closes a story: under a name right after its last paragraph, the name is signed
# whatever the page keeps further down (tags, other stories' teasers)
_CLOSING_REASONS = frozenset({"share", "promo", "newsletter", "appeal", "legal"})


def _signed_name(line: str) -> bool:
    """A person's name alone: two to four words, each capitalised (particles aside: "de", "van") or all
    Arabic, no figures, no stop; not a site's section or label."""
    words = line.split()
    if not SIGNATURE_WORDS[0] <= len(words) <= SIGNATURE_WORDS[1] or boilerplate.SITE_SECTIONS.match(line):
        return False
    if _uncased_name(line):
        return True
    return (
        is_name_line(line)
        and len(clean_authors([line])) == 1
        and all(
            (word[0].isupper() and word[1:].isalpha() and not word.isupper() and _inner_capitals(word) <= 1)
            or word in NAME_PARTICLES
            for word in words
        )
    )


def _inner_capitals(word: str) -> int:
    """The capitals inside a word of a name: one at most ("McKenzie", "DeVito"), not links glued together
    ("BlogAgencyChangelogContactPrivacy")."""
    return sum(1 for character in word[1:] if character.isupper())


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
    if profile is not None and domain is not None and loose_cuts(text, span):
        seamed = _without_site_seams(text, parts, domain, profile, removed, suspect)
        if seamed != parts:
            if len(seamed) < 2:
                return seamed
            parts = seamed
    if len(parts) < 2:
        return [span]
    kept = []
    appeal: str | None = None  # the reason of the first appeal or newsletter sentence the rules removed
    for part, why in _judged(
        text, span, parts, domain, profile, suspect, worded_only=profile is None and not item.scored
    ):
        if why == "navigation" and profile is not None and profile.reason(domain, part.of(text)):
            why = SITE_REASON  # a label inside a paragraph stays, unless the site repeats that sentence
        if why and why != "navigation" and not (why == "bio" and item.story_follows and _journalist(part.of(text))):
            removed.append(Removal(part.start, part.end, part.of(text), why))
            if appeal is None and why in _PUBLISHER_VOICE:
                appeal = why
        else:
            kept.append(part)
    lead = " ".join(part.of(text) for part in kept) if appeal and kept else ""
    if appeal and lead and not _sentence_worth(lead) and _PUBLISHER_WORDS.search(lead) is not None:
        # less than a sentence's worth of text beside an appeal, in the publisher's voice, is the appeal's own
        # lead: "Ми — незалежне регіональне медіа. Підтримайте ...", "O jornalismo independente custa dinheiro."
        # (not a charity's quoted appeal beside the story's short sentence: "Фонд просить про допомогу.")
        removed.extend(Removal(part.start, part.end, part.of(text), appeal) for part in kept)
        return []
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


def _without_site_seams(
    text: str, parts: list[Span], domain: str, profile: Profile, removed: list[Removal], suspect: bool
) -> list[Span]:
    """The sentences ``parts`` less what the site's profile knows as its own at either end of one, before
    its first or after its last stop that a capitalised word follows with no space (a header's teaser
    glued to the story: "Trending: ... 장나라,..Brace yourself"; ``loose_cuts``, which the profile learns the
    same parts at). Each such part goes to ``removed``; a stop the profile does not know stays as it is."""

    def known(start: int, end: int) -> bool:
        return profile.reason(domain, _fixed(text[start:end], suspect)) is not None

    out = []
    for part in parts:
        cuts = loose_cuts(text, part)
        if not cuts:
            out.append(part)
            continue
        start, end = part.start, part.end
        if known(start, cuts[0]):
            removed.append(Removal(start, cuts[0], text[start : cuts[0]], SITE_REASON))
            start = cuts[0]
        # (with one cut, the side after it is tried also when the side before it went: then nothing is left)
        if known(cuts[-1], end):
            removed.append(Removal(cuts[-1], end, text[cuts[-1] : end], SITE_REASON))
            end = cuts[-1]
        if end > start:
            out.append(Span(start, end))
    return out


_PUBLISHER_VOICE = frozenset({"appeal", "newsletter"})  # the reasons of sentences whose lead is the publisher's too
# the publisher's voice: "we", "our", journalism, the media, in the languages read
_PUBLISHER_WORDS = re.compile(
    r"(?<!\w)(?:we|our|us|nous|notre|nos|wir|unser\w*|nosotros|nuestr\w*|nós|noss[oa]s?|noi|nostr\w*|wij|onze|"
    r"my|nasz\w*|мы|наш\w*|ми|vi|vår\w*|vores|me|meidän|mi|naš\w*|mēs|mūsu|mes|mūsų|jsme|sme|"
    r"journalis\w*|jornalis\w*|periodis\w*|giornalis\w*|žurnalist\w*|журналіст\w*|журналист\w*|"
    r"dziennikar\w*|novinář\w*|újságír\w*|media|médias?|медіа|медиа|mídia)(?!\w)",
    re.IGNORECASE,
)


def _sentence_worth(story: str) -> bool:
    """Whether ``story`` holds a sentence's worth of text (``STORY_WORDS`` words, or ``STORY_CJK_CHARACTERS``
    characters of scripts without spaces)."""
    return len(story.split()) >= STORY_WORDS or len(_UNSPACED_CHAR.findall(story)) >= STORY_CJK_CHARACTERS


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


# Chinese and Japanese letters and their full-width marks: sentences of these scripts have no space between them
_UNSPACED_CJK = re.compile(f"[\u3000-\u303f{HAN_KANA}\uf900-\ufaff\uff00-\uffef]")


def _joined(pieces: Sequence[str]) -> str:
    """The kept segments of one paragraph as one text: a space between two, unless both sides of it are
    Chinese or Japanese ("...独家所有。" and "】" around a removed rights notice join as "...独家所有。】")."""
    out = pieces[0] if pieces else ""
    for piece in pieces[1:]:
        unspaced = _UNSPACED_CJK.match(out[-1]) is not None and _UNSPACED_CJK.match(piece[0]) is not None
        out = f"{out}{piece}" if unspaced else f"{out} {piece}"
    return out


def _joint_spacing(
    text: str, kept: Sequence[tuple[int, Span, str]], removed: Sequence[Removal], found: list[Repair]
) -> None:
    """What the body puts between two kept segments (``kept``: each with its paragraph's index and its
    repaired text) that the input, once what lay between them is removed and repaired, does not have, added
    to the repairs ``found``, so that the change log holds every change:
    - a space or a line break where the input has no whitespace ("said...Sign up here.The council" less its
      middle sentence is "said... The council"): a `whitespace` repair that inserts a space;
    - nothing between two segments of Chinese or Japanese of one paragraph where the input has whitespace
      ("…官员说。 欢迎关注…。 港口…" less its middle sentence is "…官员说。港口…"): `whitespace` repairs that
      delete it, and the repairs that put whitespace there ("<br>" → " ") put none."""
    if len(kept) < 2:
        return
    cuts = sorted((removal.start, removal.end) for removal in removed)
    # repairs whose text faces a joint with whitespace: a glued boundary's ".\n\n" ends so, "&nbsp;" starts so
    closing = sorted(repair.end for repair in found if repair.after[-1:].isspace())
    opening = sorted(repair.start for repair in found if repair.after[:1].isspace())
    by_start = sorted((repair.start, position) for position, repair in enumerate(found))
    added: list[Repair] = []
    for (left_index, left, before), (right_index, right, after) in itertools.pairwise(kept):
        gaps = uncovered(left.end, right.start, cuts)
        unspaced = (
            left_index == right_index
            and _UNSPACED_CJK.match(before[-1]) is not None
            and _UNSPACED_CJK.match(after[0]) is not None
        )
        if unspaced:  # joined with nothing: the whitespace between goes
            taken = _unspace_repairs(found, by_start, left, right)
            added.extend(
                Repair(start, end, text[start:end], "", "whitespace")
                for gap_start, gap_end in gaps
                for start, end in _space_runs(text, gap_start, gap_end)
                if not any(start < other_end and other_start < end for other_start, other_end in taken)
            )
            continue
        if any(_has_space(text, start, end) for start, end in gaps):
            continue
        if _any_within(closing, left.end, right.start) or _any_within(opening, left.end, right.start):
            continue  # a repair puts whitespace there already
        added.append(Repair(right.start, right.start, "", " ", "whitespace"))
    found.extend(added)


def _unspace_repairs(
    found: list[Repair], by_start: Sequence[tuple[int, int]], left: Span, right: Span
) -> list[tuple[int, int]]:
    """The repairs at a joint of two segments joined with nothing made to put no whitespace there: the end
    of one that ends the left segment, the start of one that starts the right one, all of one between them.
    Returns the spans of the repairs between them (the whitespace they cover is theirs to report)."""
    between = []
    index = bisect_left(by_start, (left.start, -1))
    while index < len(by_start) and by_start[index][0] <= right.start:
        position = by_start[index][1]
        index += 1
        repair = found[position]
        if repair.end == left.end and left.start <= repair.start < left.end:
            found[position] = dataclasses.replace(repair, after=repair.after.rstrip())
        elif repair.start == right.start and repair.end > repair.start:
            found[position] = dataclasses.replace(repair, after=repair.after.lstrip())
        elif left.end <= repair.start and repair.end <= right.start:
            found[position] = dataclasses.replace(repair, after=repair.after.strip())
            between.append((repair.start, repair.end))
    return between


def _any_within(sorted_offsets: Sequence[int], start: int, end: int) -> bool:
    at = bisect_left(sorted_offsets, start)
    return at < len(sorted_offsets) and sorted_offsets[at] <= end


_SPACE_RUN = re.compile(r"\s+")


def _space_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [match.span() for match in _SPACE_RUN.finditer(text, start, end)]


def _has_space(text: str, start: int, end: int) -> bool:
    return _SPACE_RUN.search(text, start, end) is not None


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
    spans = _join_wrapped(text, _split_markup(text, _split_glued(text, paragraphs(text), []), []))
    return [repair_mojibake(span.of(text)) for span in spans]
