"""The cleaning benchmark's records: gold bodies contaminated with real boilerplate and planted damage.

Built from the gold datasets of :mod:`copydesk.bench.datasets`, deterministically for a seed (every
random choice comes from :class:`random.Random` seeded with a string made of the seed and the record's
name, so a record does not change when other pages are added).

1. **Sources.** Per page: the gold body, split into paragraphs on newlines (whitespace collapsed), and
   the page's *boilerplate*: the visible text blocks of its ``<body>`` (decoded, parsed, scripts and
   styles stripped, linearised as extraction does, ``<nav>`` and ``<aside>`` included) that have at
   least 2 tokens, at most ``MAX_BLOCK_CHARS`` characters, and fewer than 20% of their 4-token shingles
   in the gold body (a block of 2-3 tokens counts as found when its tokens occur in that order in the
   gold). Tokens are those of :mod:`copydesk.bench.scoring`. Duplicates on a page are kept once. What
   remains is the real furniture of real pages: navigation, share labels, related headlines, appeals,
   captions, footers.
2. **Damage**, planted in the gold paragraphs of every record, each one a :class:`PlantedRepair`:

   - mojibake: in ``MOJIBAKE_RATE`` of the records, one paragraph read as UTF-8 bytes decoded as
     cp1252, only where that is reversible (no undefined byte, no no-break space or soft hyphen made);
   - lost apostrophes: where the record uses one apostrophe style (only ``’`` or only ``'`` inside
     words), 1 to ``MAX_APOSTROPHES`` possessives or contractions (``’s``, ``n’t``) outside the
     mojibake paragraph get their apostrophe replaced by a space (``China s``); at least one apostrophe
     is left intact so that the style stays visible;
   - a glued boundary: in ``GOLD_GLUE_RATE`` of the records, two neighbouring gold paragraphs joined
     with nothing (``difference.North``), where the left one ends a sentence and the right one starts
     with a capital, after a curly opening quote at most (after ``."`` a straight quote could belong to
     either paragraph).
3. **Single-record mode**: one record per page with a gold body. 1 to ``MAX_INSERTED`` of the page's
   boilerplate blocks, in runs of 1 to 3 (page order kept), are inserted at the start (35%), at the
   end (35%) or between two paragraphs. A ``GLUE_RATE`` share of the inserted blocks that can be glued
   (the left text ends a sentence, the right one starts with a capital) are joined to their gold
   neighbour with nothing. Pieces are otherwise separated by a blank line.
4. **Corpus mode**: ``SITES`` synthetic sites, each taking one real page with at least 3 boilerplate
   blocks as its template: a header run (its first 1-3 blocks), a middle run (1-2 blocks after 1-3
   paragraphs) and a footer run (its last 1-3 blocks), each of the header and middle glued to the
   following paragraph on some sites. Each site carries up to ``RECORDS_PER_SITE`` gold bodies drawn
   from all pages, skipping a body that shares a short paragraph or a run of ``REPEAT_TOKENS`` tokens
   (case ignored) with the template or with a body already drawn for the site (test pages share lorem
   ipsum, news pages share "Photo"): text that recurs inside one site is template text only.
   The same body appears on several sites with different boilerplate, as a syndicated wire story
   does. Record URLs are ``https://siteNN.example/<page>``.

The ground truth of a record (:class:`CleanCase`): the planted boilerplate spans and repairs, as
offsets in the contaminated text; the clean gold text (the original paragraphs joined by blank lines);
and the places where splitting glued text is optional: where boilerplate was glued to gold text, and
where a gold paragraph itself already has a sentence end glued to the next one (``Thursday.Anthony``;
real damage in the gold, or code such as ``exports.Cow``: the truth is not known there).
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from copydesk.bench.datasets import Dataset, gold_field, page_url
from copydesk.bench.scoring import SHINGLE_SIZE, tokenize
from copydesk.extract.decode import decode_html
from copydesk.extract.dom import EmptyDocument, NotAPage, parse_html
from copydesk.extract.linearize import linearize
from copydesk.types import Repair

BOILERPLATE_OVERLAP = 0.2  # a block with this share of its shingles in the gold body is not boilerplate
MIN_BLOCK_TOKENS = 2
MAX_BLOCK_CHARS = 1000  # longer blocks (comment threads) would outweigh everything else in character counts
MAX_INSERTED = 6
MAX_RUN = 3
GLUE_RATE = 0.3
GOLD_GLUE_RATE = 0.3
MOJIBAKE_RATE = 0.3
MAX_APOSTROPHES = 3
SITES = 10
RECORDS_PER_SITE = 40
MIN_TEMPLATE_BLOCKS = 3
REPEAT_TOKENS = 8  # corpus mode: bodies sharing a run of this many tokens are not put on one site
PARAGRAPH_BREAK = "\n\n"

_SPACES = re.compile(r"\s+")
_FURNITURE_TAGS = ("nav", "aside")
_INVISIBLE = " \u200b\u200c\u200d\u2060\ufeff"
_INWORD_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")
_DROPPABLE_APOSTROPHE = re.compile(r"(?<=\w)['’](?=s\b)|(?<=n)['’](?=t\b)")
_SENTENCE_END = re.compile(r"[.!?][\"”’')»]?$")
_OPENING_QUOTES = "“‘«"  # not " or ': after a full stop, which paragraph a straight quote belongs to is unknown
_GOLD_GLUE = re.compile(r"(?<=[a-z0-9ß-ÿ])[.!?][\"”’')]?(?=[A-ZÀ-Þ\"“‘])")

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class SourcePage:
    """A gold page as the benchmark uses it: its paragraphs and its boilerplate blocks."""

    id: str
    title: str | None
    url: str | None
    paragraphs: tuple[str, ...]
    boilerplate: tuple[str, ...]
    whole_text: str = ""  # the page's visible text, a block a line: what a scraped text file holds
    # The gold byline and publication date: None where the dataset has no such field, "" where the
    # page has none.
    byline: str | None = None
    published: str | None = None


# Damage planted at ``start:end`` of a record's text: the repair that must undo it, in the very form
# copydesk.clean reports repairs (``after`` is what the repair must restore).
PlantedRepair = Repair


@dataclass(frozen=True, slots=True)
class CleanCase:
    """One benchmark record and its ground truth; offsets are into ``text``."""

    id: str
    domain: str
    title: str | None
    url: str | None
    text: str
    gold: str
    boilerplate: tuple[Span, ...]
    repairs: tuple[PlantedRepair, ...]
    glue_points: tuple[int, ...]  # boilerplate joined to gold text here: splitting is optional
    gold_glue_points: tuple[int, ...] = ()  # a glued boundary inside a gold paragraph: splitting is optional

    def record(self) -> dict[str, Any]:
        """The record as a news-please/CC-News line would carry it."""
        return {"title": self.title, "maintext": self.text, "url": self.url}

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            **self.record(),
            "domain": self.domain,
            "gold": self.gold,
            "boilerplate": [list(span) for span in self.boilerplate],
            "repairs": [repair.to_dict() for repair in self.repairs],
            "glue_points": list(self.glue_points),
            "gold_glue_points": list(self.gold_glue_points),
        }


@dataclass(frozen=True, slots=True)
class SiteTemplate:
    """A synthetic site of corpus mode: one real page's boilerplate at fixed places."""

    domain: str
    source: str  # the id of the page whose boilerplate this is
    header: tuple[str, ...]
    middle: tuple[str, ...]
    footer: tuple[str, ...]
    middle_after: int  # paragraphs before the middle run
    glue_header: bool
    glue_middle: bool


@dataclass(frozen=True, slots=True)
class _Piece:
    text: str
    boilerplate: bool
    repairs: tuple[PlantedRepair, ...] = ()  # offsets into this piece


# --- sources ---------------------------------------------------------------------------------------


def source_pages(dataset: Dataset) -> list[SourcePage]:
    """The pages of ``dataset`` that have a gold body, with their boilerplate blocks."""
    pages = []
    for page in dataset.pages:
        body = gold_field(page.gold, "articleBody")
        paragraphs = gold_paragraphs(body or "")
        if not paragraphs:
            continue
        blocks = page_blocks(page.html)
        pages.append(
            SourcePage(
                id=f"{dataset.name}/{page.id}",
                title=gold_field(page.gold, "title"),
                url=page_url(page.gold),
                paragraphs=tuple(paragraphs),
                boilerplate=tuple(boilerplate_blocks(blocks, "\n".join(paragraphs))),
                whole_text="\n".join(blocks),
                byline=_known(page.gold, "byline"),
                published=_known(page.gold, "publishedTime"),
            )
        )
    return pages


def _known(gold: Mapping[str, Any], name: str) -> str | None:
    """A gold field's value, "" when the page has none, ``None`` when the dataset has no such field."""
    if name not in gold:
        return None
    return gold_field(gold, name) or ""


def gold_paragraphs(body: str) -> list[str]:
    lines = (_SPACES.sub(" ", line).strip(_INVISIBLE) for line in body.splitlines())
    return [line for line in lines if line]


def page_blocks(html: bytes) -> list[str]:
    """The visible text blocks of a page's body, in reading order, whitespace collapsed."""
    try:
        doc = parse_html(decode_html(html))
    except (EmptyDocument, NotAPage):
        return []
    etree.strip_elements(doc, "script", "style", "noscript", "template", with_tail=False)
    for element in doc.iter(*_FURNITURE_TAGS):  # visible, but extraction never reads them
        element.tag = "div"
    body = doc.find("body")
    texts = (
        _SPACES.sub(" ", block.text).strip(_INVISIBLE) for block in linearize(doc if body is None else body).blocks
    )
    return [text for text in texts if text]


def boilerplate_blocks(blocks: Sequence[str], gold: str) -> list[str]:
    """The blocks that are not gold text: see the module's description; first occurrences only."""
    gold_tokens = tokenize(gold)
    known = {size: _ngrams(gold_tokens, size) for size in range(MIN_BLOCK_TOKENS, SHINGLE_SIZE + 1)}
    kept: dict[str, None] = {}
    for text in blocks:
        tokens = tokenize(text)
        if len(tokens) < MIN_BLOCK_TOKENS or len(text) > MAX_BLOCK_CHARS or text in kept:
            continue
        size = min(len(tokens), SHINGLE_SIZE)
        shingles = _ngrams_list(tokens, size)
        found = sum(shingle in known[size] for shingle in shingles)
        if found < BOILERPLATE_OVERLAP * len(shingles):
            kept[text] = None
    return list(kept)


def _ngrams_list(tokens: list[str], size: int) -> list[tuple[str, ...]]:
    return list(zip(*(tokens[start:] for start in range(size)), strict=False))


def _ngrams(tokens: list[str], size: int) -> set[tuple[str, ...]]:
    return set(_ngrams_list(tokens, size))


# --- single-record mode ----------------------------------------------------------------------------


def build_single(pages: Sequence[SourcePage], seed: int) -> list[CleanCase]:
    """One record per page: its gold paragraphs, damaged, with its own boilerplate inserted."""
    return [_single_case(page, random.Random(f"{seed}:single:{page.id}")) for page in pages]


def _single_case(page: SourcePage, rng: random.Random) -> CleanCase:
    paragraphs = _damaged_paragraphs(page.paragraphs, rng)
    slots: list[list[str]] = [[] for _ in range(len(paragraphs) + 1)]
    for run in _boilerplate_runs(page.boilerplate, rng):
        draw = rng.random()
        if draw < 0.35 or len(paragraphs) < 2:
            slot = 0 if draw < 0.35 else len(paragraphs)
        elif draw < 0.7:
            slot = len(paragraphs)
        else:
            slot = rng.randint(1, len(paragraphs) - 1)
        slots[slot].extend(run)
    pieces: list[_Piece] = []
    for index, blocks in enumerate(slots):
        pieces.extend(_Piece(text, boilerplate=True) for text in blocks)
        if index < len(paragraphs):
            pieces.append(paragraphs[index])
    glued = [False] * (len(pieces) - 1)
    for index, piece in enumerate(pieces):
        if not piece.boilerplate or rng.random() >= GLUE_RATE:
            continue
        sides = [
            joint
            for joint, neighbour in ((index - 1, index - 1), (index, index + 1))
            if 0 <= neighbour < len(pieces) and not pieces[neighbour].boilerplate and not glued[joint]
            if _can_glue(pieces[joint].text, pieces[joint + 1].text)
        ]
        if sides:
            glued[rng.choice(sides)] = True
    _glue_gold(pieces, glued, rng)
    domain = (urlsplit(page.url).hostname or "") if page.url else ""
    return _assemble(page.id, domain, page.title, page.url, page.paragraphs, pieces, glued)


def _boilerplate_runs(blocks: Sequence[str], rng: random.Random) -> list[list[str]]:
    if not blocks:
        return []
    chosen = sorted(rng.sample(range(len(blocks)), rng.randint(1, min(MAX_INSERTED, len(blocks)))))
    runs = []
    while chosen:
        size = rng.randint(1, min(MAX_RUN, len(chosen)))
        runs.append([blocks[index] for index in chosen[:size]])
        chosen = chosen[size:]
    return runs


# --- corpus mode -----------------------------------------------------------------------------------


def site_templates(pages: Sequence[SourcePage], seed: int, sites: int = SITES) -> list[SiteTemplate]:
    """Up to ``sites`` templates, each from a different page with enough boilerplate."""
    rng = random.Random(f"{seed}:sites")
    candidates = [page for page in pages if len(page.boilerplate) >= MIN_TEMPLATE_BLOCKS]
    templates = []
    for index, page in enumerate(rng.sample(candidates, min(sites, len(candidates)))):
        blocks = page.boilerplate
        header = rng.randint(1, min(MAX_RUN, len(blocks) - 2))
        footer = rng.randint(1, min(MAX_RUN, len(blocks) - header - 1))
        between = blocks[header : len(blocks) - footer]
        middle = rng.randint(1, min(2, len(between)))
        start = rng.randrange(len(between) - middle + 1)
        templates.append(
            SiteTemplate(
                domain=f"site{index:02d}.example",
                source=page.id,
                header=blocks[:header],
                middle=between[start : start + middle],
                footer=blocks[len(blocks) - footer :],
                middle_after=rng.randint(1, 3),
                glue_header=rng.random() < GLUE_RATE,
                glue_middle=rng.random() < 0.5,
            )
        )
    return templates


def build_corpus(
    pages: Sequence[SourcePage],
    seed: int,
    sites: int = SITES,
    records_per_site: int = RECORDS_PER_SITE,
) -> tuple[list[SiteTemplate], list[CleanCase]]:
    """The site templates and their records, site by site."""
    templates = site_templates(pages, seed, sites)
    cases = []
    for template in templates:
        rng = random.Random(f"{seed}:corpus:{template.domain}")
        for page in _site_bodies(template, rng.sample(list(pages), len(pages)), records_per_site):
            cases.append(_corpus_case(template, page, random.Random(f"{seed}:corpus:{template.domain}:{page.id}")))
    return templates, cases


def _site_bodies(template: SiteTemplate, pages: Sequence[SourcePage], count: int) -> list[SourcePage]:
    """The first ``count`` of ``pages`` that repeat no text of the template or of the pages before."""
    seen = set().union(*(_text_keys(text) for text in (*template.header, *template.middle, *template.footer)))
    chosen: list[SourcePage] = []
    for page in pages:
        if len(chosen) == count:
            break
        keys = set().union(*(_text_keys(text) for text in page.paragraphs))
        if seen.isdisjoint(keys):
            chosen.append(page)
            seen.update(keys)
    return chosen


def _text_keys(text: str) -> set[tuple[str, ...]]:
    """A paragraph's lower-cased token runs of ``REPEAT_TOKENS`` (all its tokens when shorter)."""
    tokens = [token.lower() for token in tokenize(text)]
    return _ngrams(tokens, REPEAT_TOKENS) if len(tokens) > REPEAT_TOKENS else {tuple(tokens)}


def _corpus_case(template: SiteTemplate, page: SourcePage, rng: random.Random) -> CleanCase:
    paragraphs = _damaged_paragraphs(page.paragraphs, rng)
    split = min(template.middle_after, len(paragraphs) - 1) if len(paragraphs) > 1 else len(paragraphs)
    header = [_Piece(text, boilerplate=True) for text in template.header]
    middle = [_Piece(text, boilerplate=True) for text in template.middle]
    footer = [_Piece(text, boilerplate=True) for text in template.footer]
    pieces = [*header, *paragraphs[:split], *middle, *paragraphs[split:], *footer]
    glued = [False] * (len(pieces) - 1)
    for wanted, last in (
        (template.glue_header, len(header) - 1),
        (template.glue_middle, len(header) + split + len(middle) - 1),
    ):
        following = last + 1
        if wanted and following < len(pieces) and not pieces[following].boilerplate:
            glued[last] = _can_glue(pieces[last].text, pieces[following].text)
    _glue_gold(pieces, glued, rng)
    slug = page.id.replace("/", "-")
    url = f"https://{template.domain}/{slug}"
    case_id = f"{template.domain}/{page.id}"
    return _assemble(case_id, template.domain, page.title, url, page.paragraphs, pieces, glued)


# --- damage ----------------------------------------------------------------------------------------


def _damaged_paragraphs(paragraphs: Sequence[str], rng: random.Random) -> list[_Piece]:
    pieces = [_Piece(text, boilerplate=False) for text in paragraphs]
    garbled_index = -1
    if rng.random() < MOJIBAKE_RATE:
        candidates = [(index, garbled) for index, text in enumerate(paragraphs) if (garbled := mojibake(text))]
        if candidates:
            garbled_index, garbled = rng.choice(candidates)
            original = paragraphs[garbled_index]
            repair = PlantedRepair(0, len(garbled), garbled, original, "mojibake")
            pieces[garbled_index] = _Piece(garbled, boilerplate=False, repairs=(repair,))
    intact = [text for index, text in enumerate(paragraphs) if index != garbled_index]
    styles = {match.group() for text in intact for match in _INWORD_APOSTROPHE.finditer(text)}
    if len(styles) != 1:
        return pieces
    total = sum(len(_INWORD_APOSTROPHE.findall(text)) for text in intact)
    droppable = [
        (index, match.start())
        for index, text in enumerate(paragraphs)
        if index != garbled_index
        for match in _DROPPABLE_APOSTROPHE.finditer(text)
    ]
    count = min(rng.randint(1, MAX_APOSTROPHES), len(droppable), total - 1)
    if count <= 0:
        return pieces
    by_paragraph: dict[int, list[int]] = {}
    for index, offset in sorted(rng.sample(droppable, count)):
        by_paragraph.setdefault(index, []).append(offset)
    for index, offsets in by_paragraph.items():
        text = paragraphs[index]
        for offset in offsets:
            text = text[:offset] + " " + text[offset + 1 :]
        repairs = tuple(PlantedRepair(o, o + 1, " ", paragraphs[index][o], "apostrophe") for o in offsets)
        pieces[index] = _Piece(text, boilerplate=False, repairs=repairs)
    return pieces


def mojibake(text: str) -> str | None:
    """``text`` as a UTF-8 reader decoding as cp1252 garbles it, or None when that cannot be undone."""
    if text.isascii():
        return None
    try:
        garbled = text.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:  # a byte cp1252 leaves undefined
        return None
    if "\xa0" in garbled or "\xad" in garbled or garbled.encode("cp1252").decode("utf-8") != text:
        return None
    return garbled


def _can_glue(left: str, right: str) -> bool:
    """Whether joining ``left`` and ``right`` with nothing makes a lost sentence boundary."""
    if not _SENTENCE_END.search(left) or not right:
        return False
    first = right[1:2] if right[0] in _OPENING_QUOTES else right[0]
    return first.isupper()


def _glue_gold(pieces: Sequence[_Piece], glued: list[bool], rng: random.Random) -> None:
    if rng.random() >= GOLD_GLUE_RATE:
        return
    joints = [
        joint
        for joint in range(len(glued))
        if not glued[joint] and not pieces[joint].boilerplate and not pieces[joint + 1].boilerplate
        if _can_glue(pieces[joint].text, pieces[joint + 1].text)
    ]
    if joints:
        glued[rng.choice(joints)] = True


# --- assembly --------------------------------------------------------------------------------------


def _assemble(
    case_id: str,
    domain: str,
    title: str | None,
    url: str | None,
    gold: Sequence[str],
    pieces: Sequence[_Piece],
    glued: Sequence[bool],
) -> CleanCase:
    parts: list[str] = []
    spans: list[Span] = []
    repairs: list[PlantedRepair] = []
    glue_points: list[int] = []
    gold_glue_points: list[int] = []
    position = 0
    for index, piece in enumerate(pieces):
        if index:
            if not glued[index - 1]:
                parts.append(PARAGRAPH_BREAK)
                position += len(PARAGRAPH_BREAK)
            elif pieces[index - 1].boilerplate or piece.boilerplate:
                glue_points.append(position)
            else:
                repairs.append(PlantedRepair(position, position, "", PARAGRAPH_BREAK, "glued-boundary"))
        if piece.boilerplate:
            spans.append((position, position + len(piece.text)))
        else:
            for match in _GOLD_GLUE.finditer(piece.text):  # a split anywhere after the full stop
                gold_glue_points.extend(range(position + match.start() + 1, position + match.end() + 1))
        for repair in piece.repairs:
            shifted = PlantedRepair(
                position + repair.start, position + repair.end, repair.before, repair.after, repair.kind
            )
            repairs.append(shifted)
        parts.append(piece.text)
        position += len(piece.text)
    return CleanCase(
        id=case_id,
        domain=domain,
        title=title,
        url=url,
        text="".join(parts),
        gold=PARAGRAPH_BREAK.join(gold),
        boilerplate=tuple(spans),
        repairs=tuple(sorted(repairs, key=lambda repair: (repair.start, repair.end))),
        glue_points=tuple(glue_points),
        gold_glue_points=tuple(gold_glue_points),
    )
