"""Choose the article's container among the scored ones and keep the blocks that belong to it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from copydesk.extract.dom import Element
from copydesk.extract.linearize import HEADINGS, Linearized, TextBlock, linearize
from copydesk.types import Block, BlockKind

# Short lines that are page furniture in any article body (labels of share bars, ad slots, prompts).
_FURNITURE_LINE = re.compile(
    r"^[\W_]*(?:advertisement|advertising|anzeige|publicité|publicidad|pubblicità|reklama|sponsored|"
    r"read more|read next|read also|see also|related|more from|more on|lesen sie auch|lesen sie mehr|"
    r"mehr zum thema|lire aussi|à lire aussi|leer más|lea también|leia também|leggi anche|"
    r"share|share this|share on|tweet|email|print|comments?|sign up|subscribe|follow us|"
    r"click here|tap here|skip to|back to top|loading|continue reading|show more|"
    r"all rights reserved|copyright|this (?:article|document|story) is subject to copyright|"
    r"image \d+ of \d+|photo \d+ of \d+|\d+ of \d+$)\b",
    re.I,
)
# A short line that ends in a picture agency's name: "Natalie Example | Bloomberg | Getty Images".
AGENCY_CREDIT = (
    r"^[^.!?]{0,80}\b(?:getty images|shutterstock|istock(?:photo)?|alamy|ap photo|afp|epa|reuters|dpa)[^\w.!?]*$"
)
_CREDIT = re.compile(
    r"^(?:photo|photograph|image|picture|foto|bild|credit|source|illustration)s?\s*[:/]|(?P<mark>©|\(c\))|"
    r"\((?:photo|image|picture|credit|foto|bild)s?:[^)]*\)\s*$|(?:credit|photograph|photo):\s*[^.]*$|" + AGENCY_CREDIT,
    re.I,
)
# Page numbers, counters, ratings: a short line without a single letter.
_NO_LETTERS = re.compile(r"^[\W\d]{1,40}$")
# Header residue: by-lines and date lines.
_BYLINE = re.compile(r"^(?:by|von|par|por|di|door|av|af)\s+\S", re.I)
_DATELINE = re.compile(
    r"(?:^(?:updated|published|posted|last updated|aktualisiert|veröffentlicht|publié|mis à jour|"
    r"actualizado|publicado)\b)|"
    r"\b(?:19|20)\d\d\b.*\b\d{1,2}[:.]\d\d\b|\b\d{1,2}[:.]\d\d\b.*\b(?:19|20)\d\d\b|"
    r"^\W*(?:\d{1,2}[./-]){2}\d{2,4}\W*$",
    re.I,
)
# Calls to subscribe, sign up or follow: two of these words in a short block mark a promotion.
_PROMO_WORDS = re.compile(
    r"\b(?:subscribe|subscription|newsletters?|sign up|signup|inbox|follow (?:us|him|her|them)|"
    r"delivered|free trial|download (?:our|the) app|tip\?|reached at|click here|for more information|"
    r"abonnieren|anmelden|abonnez|inscrivez|suscr[ií]b|assine|iscriviti)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Body:
    blocks: list[Block]
    listing: bool  # the page's main content is a list of teasers (a section front, a search page)


def find_body(root: Element, titles: tuple[str, ...] = (), repair: bool = True) -> Body:
    """The article body under ``root`` as typed blocks, boilerplate removed. ``titles`` are the
    page's headline as its metadata and its first ``h1`` give it: removed from the body."""
    lin = linearize(root, repair)
    span = _best_span(lin)
    if span is None:
        # No container holds prose: a tiny page, or one of short lines. Keep what is not furniture.
        span = (0, len(lin.blocks))
    first, end = span
    base_furniture = min((b.furniture for b in lin.blocks[first:end]), default=0)
    kept = [b for b in lin.blocks[first:end] if _keep(b, base_furniture)]
    kept = _trim_edges(kept, {_fold(t) for t in titles})
    return Body(_to_blocks(_drop_repeats(kept)), _is_listing(lin, first, end))


def _is_listing(lin: Linearized, first: int, end: int) -> bool:
    """True when most of the chosen container is lists of teasers."""
    covered: set[int] = set()
    for start, stop in lin.teaser_lists:
        if (start >= first and stop <= end) or (start <= first and stop >= end):
            covered.update(range(max(start, first), min(stop, end)))
    text = sum(len(b.text) for b in lin.blocks[first:end]) or 1
    teaser_text = sum(len(lin.blocks[i].text) for i in covered)
    # Teasers are a headline and a line or two; items of a list article run longer.
    return teaser_text > 0.6 * text and teaser_text < 160 * len(covered)


def _best_span(lin: Linearized) -> tuple[int, int] | None:
    if not lin.spans:
        return None
    best = max(lin.spans, key=lambda el: lin.spans[el][0])
    score, first, end = lin.spans[best]
    # Climb while an ancestor scores nearly as well: it holds more of the article at little cost.
    for ancestor in best.iterancestors():
        span = lin.spans.get(ancestor)
        if span is None or span[0] < _CLIMB * score:
            break
        first, end = span[1], span[2]
    return first, end


_CLIMB = 2.0


def _keep(block: TextBlock, base_furniture: int) -> bool:
    if block.furniture > base_furniture:
        return False
    text = block.text
    if len(text) < 250 and (_FURNITURE_LINE.match(text) or _is_credit(text) or _NO_LETTERS.match(text)):
        return False
    if len(text) < 300 and len(_PROMO_WORDS.findall(text)) >= 2:
        return False
    density = block.link_density
    if block.in_quote and (block.words >= 5 or density <= 0.5):
        return True  # quotes and embedded posts keep their lines, links and handles
    if density > 0.5:
        # Prose that happens to be mostly links stays; lists of links and link labels go.
        return block.tag == "p" and block.words >= 12 and block.sentence_like
    return True


def _is_credit(text: str) -> bool:
    """A credit or rights line; not a story's sentences with the agency's mark after them (AFP's Japanese
    and Chinese paragraphs end "...と指摘している。(c)AFP/Aminu ABUBAKAR", short as they are): before the
    mark, ``STORY_BEFORE_MARK`` characters at least that end with a stop (a closing quote after it aside)
    and speak of no rights, licence or permission."""
    found = _CREDIT.search(text)
    if found is None:
        return False
    if found.group("mark") is None:
        return True
    story = text[: found.start()].rstrip()
    bare = story.rstrip(_CLOSING_MARKS)
    stopped = bool(bare) and bare[-1] in _SENTENCE_STOPS
    return not (len(story) >= STORY_BEFORE_MARK and stopped and _RIGHTS_WORDS.search(story) is None)


STORY_BEFORE_MARK = 40  # characters of sentences before a © that make the block a story's paragraph
_SENTENCE_STOPS = ".!?。！？"
_CLOSING_MARKS = "\"'”’»」』"
_RIGHTS_WORDS = re.compile(
    r"rights|reserved|reproduc|permission|licen[cs]|republish|propert|copyright|trademark|"
    r"droits|derechos|rechte|diritti|版权|著作権|저작권",
    re.I,
)


def _trim_edges(blocks: list[TextBlock], titles: set[str]) -> list[TextBlock]:
    """Drop the headline and the short header residue (byline, date, labels) before the first
    paragraph of prose."""
    start = 0 if any(_is_prose(block) for block in blocks) else len(blocks)
    while start < len(blocks):
        block = blocks[start]
        if _is_prose(block) or _is_lead_sentence(block):
            break
        if block.tag in HEADINGS and block.tag != "h1" and _fold(block.text) not in titles:
            break
        start += 1
    if start == len(blocks):
        start = 0
    kept = [b for b in blocks[start:] if not (b.tag in HEADINGS and _fold(b.text) in titles)]
    # Residue also sits just after the first paragraphs or at the very end.
    edge = {0, 1, 2, len(kept) - 1}
    return [b for i, b in enumerate(kept) if not (i in edge and _is_residue(b))]


def _is_residue(block: TextBlock) -> bool:
    """A by-line or a date line, as publishers put them around the headline."""
    text = block.text
    return len(text) < 120 and bool(_BYLINE.match(text) or _DATELINE.search(text))


def _is_lead_sentence(block: TextBlock) -> bool:
    """A short opening paragraph ("Remember the slogan contest?"), not a by-line or a label."""
    return block.tag == "p" and block.words >= 5 and block.sentence_like and not _is_residue(block)


def _is_prose(block: TextBlock) -> bool:
    return block.words >= 12 and block.link_density < 0.5


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _drop_repeats(blocks: list[TextBlock]) -> list[TextBlock]:
    """A block whose text already appeared (pull-quotes, AMP and print copies) is kept once."""
    seen: dict[str, TextBlock] = {}
    out = []
    for block in blocks:
        key = block.text.casefold()
        earlier = seen.get(key)
        if earlier is not None and len(key) > 30 and _is_copy(block, earlier):
            continue
        seen.setdefault(key, block)
        out.append(block)
    return out


def _is_copy(block: TextBlock, earlier: TextBlock) -> bool:
    """A repeat that is a copy (a pull-quote, a teaser of a paragraph) rather than the writer's refrain."""
    return block.in_quote or earlier.in_quote or block.tag != earlier.tag


def _kind(block: TextBlock) -> tuple[BlockKind, int]:
    tag = block.tag
    if tag in HEADINGS:
        return "heading", int(tag[1])
    if block.in_pre:
        return "preformatted", 0
    if block.in_caption:
        return "caption", 0
    if block.in_quote:
        return "quote", 0
    if tag == "li" or tag == "dd" or tag == "dt":
        return "list_item", max(block.in_list, 1)
    if tag == "table" or (block.in_table and tag in ("td", "th", "tr")):
        return "table", 0
    return "paragraph", 0


def _to_blocks(blocks: list[TextBlock]) -> list[Block]:
    out = []
    for block in blocks:
        kind, level = _kind(block)
        out.append(Block(kind=kind, text=block.text, level=level))
    return out
