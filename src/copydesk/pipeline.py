"""The steps of a corpus run, as plain functions over plain data, shared by every runner.

1. :func:`process_page`: a :class:`~copydesk.types.Page` (HTML, or text of a record) becomes an
   :class:`Extracted`: the article (extracted or cleaned), its site, and the fingerprint that
   deduplication needs; or an error with the reason.
2. Site templates: :func:`template_paragraphs` gives what a site profile learns from each article
   (:class:`copydesk.clean.profile.ProfileLearner`, the format of ``copydesk clean``'s corpus mode);
   :func:`remove_template_blocks` takes out the blocks that recur across the site.
3. Deduplication (:mod:`copydesk.corpus.dedup`) over the fingerprints, in the order of the input.
4. :func:`output_row`: the record written, in the schema of :data:`OUTPUT_FIELDS`.

Runners (:mod:`copydesk.runners.local`, :mod:`copydesk.runners.spark`) own reading, parallelism,
resumption and writing; these functions own none of it.
"""

from __future__ import annotations

import base64
import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import Any

import numpy as np

from copydesk.clean.core import clean
from copydesk.clean.profile import record_texts, site_key, story_key
from copydesk.clean.records import USUAL_FIELDS, FieldMap, record_site
from copydesk.corpus.minhash import PERMUTATIONS, Fingerprint, fingerprint
from copydesk.extract.core import extract_with
from copydesk.options import ExtractOptions
from copydesk.types import Article, Block, Page, Removal, article_from_dict

TEMPLATE_REASON = "site-boilerplate"
# The fields of a written record, in order; lists and nested records as in the Article schema.
OUTPUT_FIELDS: tuple[str, ...] = (
    "id", "url", "canonical_url", "source", "offset", "fetched", "site", "title", "description", "authors",
    "published", "modified", "language", "site_name", "image", "tags", "kind", "text", "blocks", "removed",
    "repairs", "cluster_id", "dup_of",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Extracted:
    """One page after the first step: an article, or the reason there is none.

    ``outcome``: ``article``; ``listing`` or ``empty`` (a page without an article: written to the
    errors shard with that outcome); ``error`` (the page could not be read or processed).
    """

    id: str
    source: str
    offset: int
    url: str | None
    fetched: str | None
    site: str | None
    outcome: str
    article: Article | None = None
    error: str | None = None
    fingerprint: Fingerprint | None = None
    seconds: float = 0.0
    template_texts: tuple[int, ...] = ()  # what a site profile learns from the article (record_texts)
    record_key: int = 0  # the article's story (story_key), for the profile learner's repeat check

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "offset": self.offset,
            "url": self.url,
            "fetched": self.fetched,
            "site": self.site,
            "outcome": self.outcome,
            "error": self.error,
            "seconds": round(self.seconds, 6),
        }
        if self.article is not None:
            article = self.article.to_dict()
            article.pop("text")
            data["article"] = article
        if self.fingerprint is not None:
            data["exact"] = f"{self.fingerprint.exact:016x}"
            data["shingles"] = self.fingerprint.shingles
            data["minhash"] = base64.b64encode(self.fingerprint.signature.astype("<u4").tobytes()).decode("ascii")
        if self.template_texts:
            data["template_texts"] = list(self.template_texts)
            data["record_key"] = self.record_key
        return data

    @classmethod
    def failed(cls, page: Page, reason: str, seconds: float = 0.0, site: str | None = None) -> Extracted:
        """The record of a page that gave no article because of ``reason``."""
        return cls(
            page_id(input_name(page), page.offset),
            page.source,
            page.offset,
            page.url,
            page.fetched,
            site,
            "error",
            error=reason,
            seconds=seconds,
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extracted:
        article = article_from_dict(data["article"]) if data.get("article") is not None else None
        return cls(
            data["id"],
            data["source"],
            int(data["offset"]),
            data.get("url"),
            data.get("fetched"),
            data.get("site"),
            data["outcome"],
            article,
            data.get("error"),
            fingerprint_of(data),
            float(data.get("seconds", 0.0)),
            tuple(data.get("template_texts", ())),
            int(data.get("record_key", 0)),
        )


def fingerprint_of(data: dict[str, Any]) -> Fingerprint | None:
    """The fingerprint stored in an :meth:`Extracted.to_dict` line (read without the rest)."""
    if "minhash" not in data:
        return None
    signature = np.frombuffer(base64.b64decode(data["minhash"]), dtype="<u4").astype(np.uint32)
    if len(signature) != PERMUTATIONS:
        raise ValueError("a MinHash signature of another size: the run was started by another version")
    return Fingerprint(int(data["exact"], 16), int(data["shingles"]), signature)


def page_id(name: str, offset: int) -> str:
    """A page's id: 16 hex digits of a hash of its input's name and its offset there. The name is the
    input's path below the folder or glob of the run that found it (:attr:`InputFile.id_name
    <copydesk.sources.inputs.InputFile.id_name>`, carried as :attr:`Page.input_name
    <copydesk.types.Page.input_name>`; the file name of a file named itself), not where that
    folder is, so that the same files read from another place or by another engine give the same ids,
    while ``a/index.html`` and ``b/index.html`` do not share one."""
    return hashlib.blake2b(f"{name}@{offset}".encode(), digest_size=8).hexdigest()


def input_name(page: Page) -> str:
    """What :func:`page_id` hashes for ``page``: its input's name in the run, or (a page that did not
    come from a run's inputs) its source's file name."""
    return page.input_name or PurePath(page.source.replace("\\", "/")).name


def process_page(page: Page, fields: FieldMap = USUAL_FIELDS) -> Extracted:
    """Extract (HTML) or clean (text) one page. Never raises for bad input: a page that cannot be used
    is an :class:`Extracted` with outcome ``error`` and the reason."""
    started = time.perf_counter()
    identity = page_id(input_name(page), page.offset)
    site = site_key(record_site(page.record, fields) if page.record else None) or site_key(page.url)
    if page.error is not None:
        return Extracted.failed(page, page.error, site=site)
    if page.html is not None:
        article = extract_with(page.html, page.url, ExtractOptions(http_charset=page.http_charset))
    elif page.text is not None:
        article = _clean_record_text(page, fields)
    else:
        return Extracted.failed(page, f"{page.source}@{page.offset}: no content", site=site)
    outcome = article.kind
    if outcome != "article":
        return Extracted(identity, page.source, page.offset, page.url, page.fetched, site, outcome, article, None)
    paragraphs = template_paragraphs(article)
    texts = tuple(sorted(record_texts(paragraphs, companions=False)))  # (template blocks do not ask)
    return Extracted(
        identity,
        page.source,
        page.offset,
        page.url,
        page.fetched,
        site,
        outcome,
        article,
        None,
        fingerprint(article.text),
        time.perf_counter() - started,
        texts,
        story_key(page.url or article.url, article.title, paragraphs),
    )


def _clean_record_text(page: Page, fields: FieldMap) -> Article:
    record = page.record or {}

    def text_field(name: str | None, defaults: Sequence[str]) -> str | None:
        for candidate in (name,) if name else defaults:
            value = record.get(candidate) if candidate else None
            if isinstance(value, str) and value.strip():
                return value
        return None

    return clean(
        page.text or "",
        title=text_field(fields.title, ("title", "headline")),
        description=text_field(fields.description, ("description", "summary", "standfirst")),
        url=page.url,
        site=record_site(record, fields),
    )


def error_entry(data: dict[str, Any]) -> dict[str, Any]:
    """The line of the errors shard for a page that gave no article (from :meth:`Extracted.to_dict`)."""
    return {
        "id": data["id"],
        "source": data["source"],
        "offset": data["offset"],
        "url": data.get("url"),
        "outcome": data["outcome"],
        "error": data.get("error") or f"no article ({data['outcome']})",
    }


# --- site templates -----------------------------------------------------------------------------------


def template_paragraphs(article: Article) -> list[str]:
    """The texts a site profile learns from an article: its blocks."""
    return [block.text for block in article.blocks]


def remove_template_blocks(article: Article, site: str | None, profile: Any) -> Article:
    """The article without the blocks that recur across its site's pages. Each removal is recorded in
    ``removed`` with offsets into the article's text as it was before (blocks joined by a blank line)."""
    if profile is None or site is None:
        return article
    kept: list[Block] = []
    removed = list(article.removed)
    position = 0
    for block in article.blocks:
        if profile.reason(site, block.text) is not None:
            removed.append(Removal(position, position + len(block.text), block.text, TEMPLATE_REASON))
        else:
            kept.append(block)
        position += len(block.text) + 2
    if len(kept) == len(article.blocks) or not kept:
        return article  # nothing recurs, or everything does (then the page is a template itself: keep it)
    return replace(article, blocks=tuple(kept), removed=tuple(removed))


# --- output -------------------------------------------------------------------------------------------


def output_row(item: Extracted, article: Article, cluster_id: str | None, dup_of: str | None) -> dict[str, Any]:
    """The record a corpus run writes for an article, fields in :data:`OUTPUT_FIELDS` order."""
    data = article.to_dict()
    return {
        "id": item.id,
        "url": item.url or data["url"],
        "canonical_url": data["canonical_url"],
        "source": item.source,
        "offset": item.offset,
        "fetched": item.fetched,
        "site": item.site,
        "title": data["title"],
        "description": data["description"],
        "authors": data["authors"],
        "published": data["published"],
        "modified": data["modified"],
        "language": data["language"],
        "site_name": data["site_name"],
        "image": data["image"],
        "tags": data["tags"],
        "kind": data["kind"],
        "text": data["text"],
        "blocks": data["blocks"],
        "removed": data["removed"],
        "repairs": data["repairs"],
        "cluster_id": cluster_id,
        "dup_of": dup_of,
    }
