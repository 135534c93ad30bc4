"""Turn a page's body into a flat list of text blocks in reading order, each with the features
content scoring needs, and score every container as the sum of the blocks it holds."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from copydesk.extract.dom import DROP_TAGS, Element, furniture_name, is_hidden, text_of
from copydesk.extract.repair import repair_mojibake

# Elements that start a new block of text.
BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr",
        "td", "th", "caption", "figure", "figcaption", "address", "center", "details", "summary", "hr",
        "form", "fieldset", "legend", "body", "html", "hgroup", "picture", "menu",
    }
)  # fmt: skip
_FURNITURE_TAGS = frozenset({"footer", "header", "figure", "figcaption"})
# Elements whose names are not worth reading: the page itself, and tags that hold no text of their own.
_NEVER_FURNITURE = frozenset(
    {"body", "html", "img", "br", "hr", "wbr", "b", "i", "em", "strong", "u", "small", "sup", "sub", "abbr", "time"}
)
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SPACES = re.compile(r"[\s\x00-\x08\x0e-\x1f\x7f]+")  # control characters count as spaces
# Sentence ends and punctuation of Latin, CJK, Arabic, Devanagari, Armenian and Ethiopic writing.
_SENTENCE_END = re.compile(r"[.!?…。！？:;\"'”’»)।॥؟۔։።]\s*$")
_PUNCT = re.compile(r"[.,;:!?，。、！？؛،।॥؟۔։።]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# Alphabets written without spaces between words (Thai, Lao, Myanmar, Khmer): about five letters a word.
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


@dataclass(slots=True)
class TextBlock:
    """A run of text between two block boundaries, with shallow features."""

    text: str
    tag: str  # the owning block element's tag
    link_chars: int
    in_quote: bool
    in_pre: bool
    in_list: int
    in_caption: bool
    in_table: bool
    starts_with_link: bool
    words: int  # words, counting a CJK character as two thirds of one
    prose: float  # the block's weight as content, before furniture is known
    furniture: int = 0  # how many furniture elements enclose it
    weight: float = 0.0

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0

    @property
    def sentence_like(self) -> bool:
        return bool(_SENTENCE_END.search(self.text))


@dataclass(slots=True)
class Linearized:
    blocks: list[TextBlock]
    # For every scored container element: (score, first block index, end block index).
    spans: dict[Element, tuple[float, int, int]]
    teaser_lists: list[tuple[int, int]]  # block ranges of lists of teasers, furniture or not


# Inline and block contexts that change how text is read; counted by depth while walking.
_LINK, _QUOTE, _PRE, _LIST, _CAPTION, _TABLE = range(6)
_BREAK = " "  # the text of a <br>; compared by identity to find two in a row
_CONTEXT = {
    "a": _LINK, "blockquote": _QUOTE, "q": _QUOTE, "pre": _PRE, "ul": _LIST, "ol": _LIST,
    "figcaption": _CAPTION, "caption": _CAPTION, "table": _TABLE,
}  # fmt: skip


class _Walker:
    """Text being gathered into the current block, and the blocks made so far."""

    def __init__(self, repair: bool) -> None:
        self.repair = repair
        self.blocks: list[TextBlock] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.depth = [0] * 6
        self.owner: list[str] = ["body"]
        self.lead_link = False
        self.has_text = False

    def line_break(self) -> None:
        """One ``<br>`` is a space; two in a row (only whitespace between) end a paragraph."""
        if self.depth[_PRE]:
            self.add_text("\n")
        elif self.has_text and self.parts and self.parts[-1] is _BREAK:
            self.parts.pop()
            self.flush()
        else:
            self.add_text(_BREAK)

    def add_text(self, text: str) -> None:
        if text.isspace() and self.parts and self.parts[-1] is _BREAK:
            return  # whitespace between two <br> keeps them adjacent
        if not self.has_text and not text.isspace():
            self.has_text = True
            self.lead_link = self.depth[_LINK] > 0
        self.parts.append(text)
        if self.depth[_LINK]:
            self.link_chars += len(text.strip())

    def add_table(self, table: Element) -> None:
        """A table of data becomes one block: a row a line, cells separated by `` | ``."""
        rows = []
        for row in table.iter("tr"):
            cells = (_SPACES.sub(" ", text_of(cell)).strip() for cell in row.iter("td", "th"))
            line = " | ".join(cell for cell in cells if cell)
            if line:
                rows.append(line)
        if rows:
            self.add_text("\n".join(rows))
            self.link_chars = sum(len(text_of(a).strip()) for a in table.iter("a"))
            self.flush(keep_lines=True)

    def flush(self, keep_lines: bool = False) -> None:
        if not self.has_text:
            self.parts = []
            return
        raw = "".join(self.parts)
        self.parts = []
        self.has_text = False
        link_chars, self.link_chars = self.link_chars, 0
        depth = self.depth
        if depth[_PRE]:
            text = raw.strip("\n")
        elif keep_lines:
            text = "\n".join(_SPACES.sub(" ", line).strip() for line in raw.splitlines())
        else:
            text = _SPACES.sub(" ", raw).strip()
        if self.repair:
            text = repair_mojibake(text)
        size = len(text)
        if not size:  # only control characters
            return
        link_chars = min(link_chars, size)
        cjk = len(_CJK.findall(text, 0, 400))
        self.blocks.append(
            TextBlock(
                text=text,
                tag=self.owner[-1],
                link_chars=link_chars,
                in_quote=depth[_QUOTE] > 0,
                in_pre=depth[_PRE] > 0,
                in_list=depth[_LIST],
                in_caption=depth[_CAPTION] > 0,
                in_table=depth[_TABLE] > 0,
                starts_with_link=self.lead_link and link_chars >= 15,
                words=text.count(" ") + 1 + 2 * cjk // 3 + len(_UNSPACED.findall(text, 0, 400)) // 5,
                prose=_prose_weight(text, size * 3 if cjk > 20 else size, link_chars / size),
            )
        )


def _is_data_table(table: Element) -> bool:
    """A table of cells, as opposed to a page laid out with a table."""
    return table.find(".//p") is None and table.find(".//div") is None and table.find(".//table") is None


def _prose_weight(text: str, size: int, density: float) -> float:
    """How much a block speaks for the container holding it: positive for prose, negative for
    link lists and labels. ``size`` counts CJK characters thrice."""
    if density > 0.5:
        return -size * density - 10
    if size < 40 and not _SENTENCE_END.search(text):
        return -3.0  # a label; a short sentence ("Two men were arrested.") counts as prose
    value = size * (1 - density)
    if not _PUNCT.search(text):
        value *= 0.3
    return value - 10


def block_weight(block: TextBlock) -> float:
    """The block's weight once furniture is known: furniture costs a little, whatever its size."""
    if block.furniture:
        return -min(0.5 * len(block.text), 60.0) - 15
    return block.prose


def linearize(root: Element, repair: bool = True) -> Linearized:
    """One pass over ``root``: blocks in reading order, each container's score and block range.
    With ``repair``, text mangled by a wrong decode upstream is repaired block by block."""
    walker = _Walker(repair)
    depth = walker.depth
    owner = walker.owner
    containers: list[tuple[Element, int, int]] = []
    candidates: list[tuple[Element, int, int, int]] = []  # furniture by name: el, first, end, name
    # Per open element: (first block index or -1 when skipped, is block, furniture name, context).
    stack: list[tuple[int, bool, int, int | None]] = []
    events = etree.iterwalk(root, events=("start", "end"))
    for event, el in events:
        tag = el.tag
        if not isinstance(tag, str):  # an entity or a processing instruction
            if event == "end" and el.tail:
                walker.add_text(el.tail)
            continue
        if event == "start":
            attrib = el.attrib
            if tag in DROP_TAGS or (attrib and is_hidden(attrib)):
                events.skip_subtree()
                stack.append((-1, False, 0, None))
                continue
            is_block = tag in BLOCK_TAGS
            if is_block:
                walker.flush()
                owner.append(tag)
            elif tag == "br":
                walker.line_break()
            name = 0
            if tag in _FURNITURE_TAGS:
                name = 1
            elif attrib and tag not in _NEVER_FURNITURE:
                name = furniture_name(attrib.get("class", ""), attrib.get("id", ""), attrib.get("role"))
            context = _CONTEXT.get(tag)
            if context is not None:
                depth[context] += 1
            stack.append((len(walker.blocks), is_block, name, context))
            if tag == "table" and _is_data_table(el):
                walker.add_table(el)
                events.skip_subtree()
            elif el.text:
                walker.add_text(el.text)
            continue
        first, is_block, name, context = stack.pop()
        if first >= 0:
            if is_block:
                walker.flush()
                owner.pop()
            if context is not None:
                depth[context] -= 1
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
    teasers = _teaser_lists(blocks, containers)
    candidates.extend(teasers)
    furniture = _resolve_furniture(blocks, candidates)
    for block in blocks:
        block.weight = block_weight(block)
    _cap_furniture(blocks, furniture, ranges={el: (f, e) for el, f, e, _ in candidates})
    cumulative = [0.0]
    for block in blocks:
        cumulative.append(cumulative[-1] + block.weight)
    spans = {}
    for el, first, end in containers:
        score = cumulative[end] - cumulative[first]
        if score > 0:
            spans[el] = (score, first, end)
    return Linearized(blocks, spans, [(first, end) for _, first, end, _ in teasers])


def _teaser_lists(
    blocks: list[TextBlock], containers: list[tuple[Element, int, int]]
) -> list[tuple[Element, int, int, int]]:
    """Lists of teasers (three or more sibling items of one tag, each opening with a linked
    headline) are furniture: "more stories", "breaking news", a stream of next articles."""
    ranges = {el: (first, end) for el, first, end in containers}
    items: dict[Element, int] = {}  # parent -> how many of its children hold text
    teasers: dict[Element, dict[str, int]] = {}  # parent -> tag -> how many children look like teasers
    for el, first, end in containers:
        parent = el.getparent()
        if parent is None or parent not in ranges:
            continue
        items[parent] = items.get(parent, 0) + 1
        if el.tag != "p" and blocks[first].starts_with_link and _is_small(blocks, first, end):
            counts = teasers.setdefault(parent, {})
            counts[el.tag] = counts.get(el.tag, 0) + 1
    found = []
    for parent, counts in teasers.items():
        best = max(counts.values())
        if best >= 3 and best >= 0.6 * items[parent]:
            first, end = ranges[parent]
            found.append((parent, first, end, 1))
    found.sort(key=lambda item: item[1])
    return found


_FURNITURE_CAP = 300.0


def _cap_furniture(blocks: list[TextBlock], furniture: list[Element], ranges: dict[Element, tuple[int, int]]) -> None:
    """A large menu or link box costs its container no more than a small one: it is removed with
    its blocks later anyway, and must not outweigh the prose next to it."""
    reach = -1
    for first, end in sorted((ranges[el] for el in furniture), key=lambda r: (r[0], -r[1])):
        if end <= reach:
            continue  # nested in a furniture element already capped
        reach = end
        total = sum(block.weight for block in blocks[first:end])
        if total < -_FURNITURE_CAP:
            factor = _FURNITURE_CAP / -total
            for block in blocks[first:end]:
                block.weight *= factor


def _is_small(blocks: list[TextBlock], first: int, end: int) -> bool:
    return end - first <= 6 and sum(len(b.text) for b in blocks[first:end]) < 600


def _resolve_furniture(blocks: list[TextBlock], candidates: list[tuple[Element, int, int, int]]) -> list[Element]:
    """Mark the blocks that sit in furniture. An element named like furniture (``sidebar``,
    ``paywall``, ``ad-wrapper``) that holds most of the page's prose is a wrapper, not furniture;
    comment threads are furniture whatever their size."""
    prose = [max(block.prose, 0.0) for block in blocks]
    cumulative = [0.0]
    for value in prose:
        cumulative.append(cumulative[-1] + value)
    total = cumulative[-1]
    depth = [0] * (len(blocks) + 1)
    chosen = []
    for el, first, end, name in candidates:
        share = cumulative[end] - cumulative[first]
        if share > (0.5 if name == 1 else 0.85) * total and sum(1 for v in prose[first:end] if v > 0) > 1:
            continue
        chosen.append(el)
        depth[first] += 1
        depth[end] -= 1
    running = 0
    for index, block in enumerate(blocks):
        running += depth[index]
        block.furniture = running
    return chosen
