"""Turn a page's body into a flat list of text blocks in reading order, each with the features
content scoring needs, and score every container as the sum of the blocks it holds."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

from copydesk.extract.dom import DROP_TAGS, furniture_name, is_hidden

# Elements that start a new block of text.
BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr",
        "td", "th", "caption", "figure", "figcaption", "address", "center", "details", "summary", "hr",
        "form", "fieldset", "legend", "body", "html", "hgroup", "picture", "menu",
    }
)  # fmt: skip
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SPACES = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.!?…。！？:;\"'”’»)\]]\s*$")
_PUNCT = re.compile(r"[.,;:!?，。、！？؛،]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


@dataclass(slots=True)
class TextBlock:
    """A run of text between two block boundaries, with shallow features."""

    text: str
    tag: str  # the owning block element's tag
    link_chars: int
    furniture: int  # how many furniture elements enclose it
    in_quote: bool
    in_pre: bool
    in_list: int
    in_caption: bool
    in_table: bool
    weight: float = 0.0

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0

    @property
    def words(self) -> int:
        return self.text.count(" ") + 1 + 2 * len(_CJK.findall(self.text[:400])) // 3

    @property
    def sentence_like(self) -> bool:
        return bool(_SENTENCE_END.search(self.text))


@dataclass(slots=True)
class Linearized:
    blocks: list[TextBlock]
    # For every scored container element: (score, first block index, end block index).
    spans: dict[HtmlElement, tuple[float, int, int]]
    furniture: list[HtmlElement]


class _Walker:
    """State of one pass over the tree; kept in one object so the loop stays flat."""

    def __init__(self) -> None:
        self.blocks: list[TextBlock] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.links = 0
        self.quote = 0
        self.pre = 0
        self.lists = 0
        self.caption = 0
        self.table = 0
        self.owner: list[str] = ["body"]

    def add_text(self, text: str) -> None:
        self.parts.append(text)
        if self.links:
            self.link_chars += len(text.strip())

    def flush(self) -> None:
        if not self.parts:
            return
        raw = "".join(self.parts)
        self.parts = []
        link_chars, self.link_chars = self.link_chars, 0
        if self.pre:
            text = raw.strip("\n")
            if not text.strip():
                return
        else:
            text = _SPACES.sub(" ", raw).strip()
            if not text:
                return
        block = TextBlock(
            text=text,
            tag=self.owner[-1],
            link_chars=min(link_chars, len(text)),
            furniture=0,
            in_quote=self.quote > 0,
            in_pre=self.pre > 0,
            in_list=self.lists,
            in_caption=self.caption > 0,
            in_table=self.table > 0,
        )
        self.blocks.append(block)


def block_weight(block: TextBlock) -> float:
    """How much a block speaks for the container holding it: positive for prose, negative for
    furniture, link lists and labels."""
    size = len(block.text)
    cjk = len(_CJK.findall(block.text[:200]))
    if cjk > 20:
        size *= 3  # one CJK character carries about as much as a short word
    density = block.link_density
    if block.furniture:
        return -0.5 * size - 20
    if density > 0.5:
        return -size * density - 10
    if size < 40:
        return -3.0
    punctuation = len(_PUNCT.findall(block.text))
    value = size * (1 - density)
    if not punctuation:
        value *= 0.3
    return value - 10


def linearize(root: HtmlElement) -> Linearized:
    """One pass over ``root``: blocks in reading order, each container's score and block range."""
    walker = _Walker()
    containers: list[tuple[HtmlElement, int, int]] = []
    candidates: list[tuple[HtmlElement, int, int, int]] = []  # furniture by name: el, first, end, name
    # Per open element: (first block index or -1 when skipped, is block, furniture name).
    stack: list[tuple[int, bool, int]] = []
    events = etree.iterwalk(root, events=("start", "end"))
    for event, el in events:
        tag = el.tag
        if not isinstance(tag, str):
            if event == "end" and el.tail:
                walker.add_text(el.tail)
            continue
        if event == "start":
            if tag in DROP_TAGS or is_hidden(el):
                events.skip_subtree()
                stack.append((-1, False, 0))
                continue
            is_block = tag in BLOCK_TAGS
            if is_block:
                walker.flush()
                walker.owner.append(tag)
            elif tag == "br":
                walker.add_text("\n" if walker.pre else " ")
            attrib = el.attrib
            name = furniture_name(el) if ("class" in attrib or "id" in attrib or "role" in attrib) else 0
            _enter(walker, tag, 1)
            stack.append((len(walker.blocks), is_block, name))
            if el.text:
                walker.add_text(el.text)
            continue
        first, is_block, name = stack.pop()
        if first >= 0:
            if is_block:
                walker.flush()
                walker.owner.pop()
            _enter(walker, tag, -1)
            end = len(walker.blocks)
            if end > first:
                if is_block:
                    containers.append((el, first, end))
                if name:
                    candidates.append((el, first, end, name))
        if el.tail:
            walker.add_text(el.tail)
    walker.flush()
    blocks = walker.blocks
    furniture = _resolve_furniture(blocks, candidates)
    cumulative = [0.0]
    for block in blocks:
        block.weight = block_weight(block)
        cumulative.append(cumulative[-1] + block.weight)
    spans = {}
    for el, first, end in containers:
        score = cumulative[end] - cumulative[first]
        if score > 0:
            spans[el] = (score, first, end)
    return Linearized(blocks, spans, furniture)


def _resolve_furniture(blocks: list[TextBlock], candidates: list[tuple[HtmlElement, int, int, int]]) -> list[HtmlElement]:
    """Mark the blocks that sit in furniture. An element named like furniture (``sidebar``,
    ``paywall``, ``ad-wrapper``) that holds most of the page's prose is a wrapper, not furniture;
    comment threads are furniture whatever their size."""
    prose = [max(block_weight(block), 0.0) for block in blocks]
    cumulative = [0.0]
    for value in prose:
        cumulative.append(cumulative[-1] + value)
    half = 0.5 * cumulative[-1]
    depth = [0] * (len(blocks) + 1)
    chosen = []
    for el, first, end, name in candidates:
        if name == 1 and cumulative[end] - cumulative[first] > half:
            continue
        chosen.append(el)
        depth[first] += 1
        depth[end] -= 1
    running = 0
    for index, block in enumerate(blocks):
        running += depth[index]
        block.furniture = running
    return chosen


def _enter(walker: _Walker, tag: str, step: int) -> None:
    if tag == "a":
        walker.links += step
    elif tag == "blockquote" or tag == "q":
        walker.quote += step
    elif tag == "pre":
        walker.pre += step
    elif tag == "ul" or tag == "ol":
        walker.lists += step
    elif tag == "figcaption" or tag == "caption":
        walker.caption += step
    elif tag == "table":
        walker.table += step
