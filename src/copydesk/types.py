"""Frozen data types shared by every layer of copydesk.

Nothing here does I/O; every type converts to plain JSON-ready data with ``to_dict``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

BlockKind = Literal["paragraph", "heading", "list_item", "quote", "preformatted", "table", "caption"]
ArticleKind = Literal["article", "listing", "empty"]


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of the article body, in reading order.

    kind: ``paragraph``, ``heading``, ``list_item``, ``quote``, ``preformatted``,
    ``table`` (the text of a table, one row a line, cells separated by `` | ``) or ``caption``.
    text: the block's text; whitespace collapsed except in ``preformatted``.
    level: heading level 1-6 for headings, nesting depth for list items, else 0.
    """

    kind: BlockKind
    text: str
    level: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "level": self.level}


@dataclass(frozen=True, slots=True)
class Removal:
    """A span that cleaning removed from the input text.

    ``start``/``end``: character offsets in the input body (``text[start:end] == self.text``).
    ``reason``: why, one of ``appeal``, ``newsletter``, ``promo``, ``share``, ``credit``, ``bio``,
    ``legal``, ``navigation``, ``byline``, ``dateline``, ``boilerplate`` (the learned classifier),
    ``headline``, ``standfirst``, ``duplicate-standfirst``, ``site-boilerplate`` (recurs across the
    site's records), ``truncation``, ``separator`` (a line of symbols only, "___").
    """

    start: int
    end: int
    text: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Repair:
    """A change that cleaning made to the input text, reversible from its fields.

    ``start``/``end``: offsets of ``before`` in the input body; ``after`` replaced it.
    ``kind``: ``glued-boundary``, ``apostrophe``, ``mojibake``, ``whitespace``, ``control``, ``line-wrap``,
    ``html-entity`` ("&amp;" -> "&"), ``markup`` (a formatting tag such as "<br>" dropped)."""

    start: int
    end: int
    before: str
    after: str
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "before": self.before, "after": self.after, "kind": self.kind}


@dataclass(frozen=True, slots=True)
class Article:
    """A news article extracted from a page or cleaned from a record.

    Fields (all optional values are ``None`` or empty when the input does not give them):

    - ``url``: the URL the page was fetched from, as given by the caller.
    - ``canonical_url``: ``<link rel=canonical>``, ``og:url`` or JSON-LD ``url``, made absolute.
    - ``title``: the headline, without the site name that ``<title>`` often carries.
    - ``description``: the standfirst (dek, summary) as the publisher states it.
    - ``authors``: person or organisation names only: no "By", no roles, no e-mail prompts.
    - ``published`` / ``modified``: ISO 8601 date-times; the page's timezone offset is kept when given.
    - ``language``: ISO 639-1 code; from the markup first, else detected from the body text.
    - ``site_name``: the publication's name.
    - ``image``: the lead image URL, absolute.
    - ``tags``: keywords and sections the page declares, in order, without duplicates.
    - ``kind``: ``article`` (a body was found), ``listing`` (a section front, a list of teasers)
      or ``empty`` (no text content: an error page, an empty document).
    - ``blocks``: the body in reading order.
    - ``text`` (derived): block texts joined by one blank line.
    - ``markdown`` (derived): the body as Markdown.
    - ``removed`` / ``repairs``: what :func:`copydesk.clean` removed from and repaired in the input
      text, with offsets into it (empty for :func:`copydesk.extract`).
    - ``doubts``: spans :func:`copydesk.clean` kept although they may be boilerplate (the learned
      classifier leans that way without being sure; or, with a site profile, the rules would remove
      them from a story that other sites carry with them), each with the reason it would have given;
      ``clean(..., remove_doubtful=True)`` removes them instead.
    """

    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    description: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    site_name: str | None = None
    image: str | None = None
    tags: tuple[str, ...] = ()
    kind: ArticleKind = "empty"
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    removed: tuple[Removal, ...] = ()
    repairs: tuple[Repair, ...] = ()
    doubts: tuple[Removal, ...] = ()

    @property
    def text(self) -> str:
        return "\n\n".join(block.text for block in self.blocks)

    @property
    def markdown(self) -> str:
        parts: list[str] = []
        for index, block in enumerate(self.blocks):
            if index:
                # consecutive list items form one list; everything else is its own paragraph
                tight = block.kind == "list_item" and self.blocks[index - 1].kind == "list_item"
                parts.append("\n" if tight else "\n\n")
            parts.append(_block_markdown(block))
        return "".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "canonical_url": self.canonical_url,
            "title": self.title,
            "description": self.description,
            "authors": list(self.authors),
            "published": self.published,
            "modified": self.modified,
            "language": self.language,
            "site_name": self.site_name,
            "image": self.image,
            "tags": list(self.tags),
            "kind": self.kind,
            "blocks": [block.to_dict() for block in self.blocks],
            "text": self.text,
            "removed": [removal.to_dict() for removal in self.removed],
            "repairs": [repair.to_dict() for repair in self.repairs],
            "doubts": [doubt.to_dict() for doubt in self.doubts],
        }


def article_from_dict(data: dict[str, Any]) -> Article:
    """The :class:`Article` of :meth:`Article.to_dict`'s output (``text`` is derived, so ignored)."""
    return Article(
        url=data.get("url"),
        canonical_url=data.get("canonical_url"),
        title=data.get("title"),
        description=data.get("description"),
        authors=tuple(data.get("authors") or ()),
        published=data.get("published"),
        modified=data.get("modified"),
        language=data.get("language"),
        site_name=data.get("site_name"),
        image=data.get("image"),
        tags=tuple(data.get("tags") or ()),
        kind=data.get("kind", "empty"),
        blocks=tuple(Block(b["kind"], b["text"], b.get("level", 0)) for b in data.get("blocks") or ()),
        removed=tuple(Removal(r["start"], r["end"], r["text"], r["reason"]) for r in data.get("removed") or ()),
        repairs=tuple(
            Repair(r["start"], r["end"], r["before"], r["after"], r["kind"]) for r in data.get("repairs") or ()
        ),
        doubts=tuple(Removal(r["start"], r["end"], r["text"], r["reason"]) for r in data.get("doubts") or ()),
    )


@dataclass(frozen=True, slots=True)
class Page:
    """One input of a corpus run, as a source read it: a page's bytes or a record's text.

    - ``source``: the input file; ``offset``: where in it (a WARC record's byte offset, a JSONL line
      number, 0 for a file holding one page). Together they name the page in errors and reports.
    - ``url``, ``fetched`` (ISO 8601, the crawl date of a WARC record), ``http_charset`` (from the
      HTTP ``Content-Type`` header).
    - ``html``: the page (extracted); or ``text`` with ``record``: already-extracted text and the
      record's other fields (cleaned).
    - ``error``: why the input could not be read; the page then becomes an error record.
    - ``input_name``: what its id is made of, the input's path below the folder or glob of the run that
      found it (see :func:`copydesk.pipeline.page_id`); empty for the source's file name.
    """

    source: str
    offset: int
    url: str | None = None
    fetched: str | None = None
    http_charset: str | None = None
    html: bytes | None = None
    text: str | None = None
    record: dict[str, Any] | None = None
    error: str | None = None
    input_name: str = ""


def _block_markdown(block: Block) -> str:
    if block.kind == "heading":
        return "#" * min(max(block.level, 1), 6) + " " + block.text
    if block.kind == "list_item":
        return "  " * max(block.level - 1, 0) + "- " + block.text
    if block.kind == "quote":
        return "\n".join("> " + line for line in block.text.splitlines())
    if block.kind == "preformatted":
        return "```\n" + block.text + "\n```"
    if block.kind == "caption":
        return "*" + block.text + "*"
    return block.text
