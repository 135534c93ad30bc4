"""Agreement of extracted metadata with the gold title, byline, language and date of a dataset.

Each field counts the pages whose gold value is given and how many of them the extractor matches:

- title: equal after collapsing whitespace;
- byline: the extractor names at least one author, and either every name it gives is contained in
  the gold byline or the whole gold byline is contained in its names (case-insensitive, whitespace
  collapsed). Gold bylines often carry "By" or a date around the names, hence the two directions;
- language: the same primary subtag (``en-US`` agrees with ``en``);
- date: the same calendar date as written (the first ``YYYY-MM-DD`` of each value).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from copydesk.bench.datasets import BenchPage, gold_field
from copydesk.bench.peers import Metadata

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class FieldAgreement:
    agreed: int
    total: int

    def __str__(self) -> str:
        return f"{self.agreed} of {self.total}"

    def to_dict(self) -> dict[str, int]:
        return {"agreed": self.agreed, "total": self.total}


def _normalise(text: str | None) -> str:
    return " ".join((text or "").split())


def title_agrees(gold: str, found: Metadata) -> bool:
    return _normalise(gold) == _normalise(found.title)


def byline_agrees(gold: str, found: Metadata) -> bool:
    names = [_normalise(name).casefold() for name in found.authors if name.strip()]
    if not names:
        return False
    byline = _normalise(gold).casefold()
    return all(name in byline for name in names) or byline in "; ".join(names)


def language_agrees(gold: str, found: Metadata) -> bool:
    return bool(found.language) and _primary_subtag(gold) == _primary_subtag(found.language or "")


def date_agrees(gold: str, found: Metadata) -> bool:
    gold_date, found_date = _DATE.search(gold), _DATE.search(found.published or "")
    return gold_date is not None and found_date is not None and gold_date[0] == found_date[0]


def _primary_subtag(tag: str) -> str:
    return re.split(r"[-_]", tag.strip(), maxsplit=1)[0].casefold()


# field name -> (gold key, test); field names match Peer.metadata_fields.
FIELDS: dict[str, tuple[str, Callable[[str, Metadata], bool]]] = {
    "title": ("title", title_agrees),
    "byline": ("byline", byline_agrees),
    "language": ("lang", language_agrees),
    "date": ("publishedTime", date_agrees),
}


def metadata_agreement(
    pages: Iterable[BenchPage], found: Mapping[str, Mapping[str, Any]], fields: Iterable[str]
) -> dict[str, FieldAgreement]:
    """Agreement per field for the ``fields`` an extractor reports; ``found`` maps page id -> metadata."""
    page_list = list(pages)
    agreement: dict[str, FieldAgreement] = {}
    for name in FIELDS:
        if name not in fields:
            continue
        gold_key, agrees = FIELDS[name]
        agreed = total = 0
        for page in page_list:
            gold = gold_field(page.gold, gold_key)
            if gold is None:
                continue
            total += 1
            metadata = Metadata.from_dict(found.get(page.id) or {})
            agreed += agrees(gold, metadata)
        agreement[name] = FieldAgreement(agreed, total)
    return agreement
