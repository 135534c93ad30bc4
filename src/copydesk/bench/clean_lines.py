"""Cleaning scored on records written line by line with their ground truth (``copydesk bench lines``).

A record is a news text as a list of lines, each marked as the story's or as boilerplate (with its kind:
``menu``, ``headline``, ``byline``, ``share``, ...), and the title, authors and publication date its
header gives. Its text is the lines joined by blank lines. The project's sets
(``benchmarks/clean-lines/*.json``) are invented records in many languages, written to probe the cleaner
with the furniture real sites of each language leave; they are not pages of any site.

Scores, over the non-space characters of every record: boilerplate precision and recall (a headline or a
standfirst line is boilerplate the body must lose: moved into the title or the description, it counts as
removed), the story's characters removed (each such span listed: the figure that matters most), and how
often the title, the authors and the day of publication agree with the record's."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import copydesk
from copydesk.types import Article

DEFAULT_DIR = Path("benchmarks/clean-lines")  # the project's sets, from the repository's root


class LinesError(Exception):
    """A set of line records that cannot be read: the file, and what is wrong with it."""


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    boilerplate: bool
    kind: str


@dataclass(frozen=True, slots=True)
class LineRecord:
    id: str
    language: str
    lines: tuple[Line, ...]
    title: str | None = None
    authors: tuple[str, ...] | None = None  # None: the record does not say
    published: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(line.text for line in self.lines)


def load_records(path: Path) -> list[LineRecord]:
    """The records of one JSON file (a list of objects with ``id``, ``lang``, ``lines`` of ``text``,
    ``boilerplate`` and ``kind``, and optionally ``title``, ``authors``, ``published``)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [_record(item) for item in data]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise LinesError(f"{path}: {type(error).__name__}: {error}") from error


def _record(item: dict[str, Any]) -> LineRecord:
    lines = tuple(
        Line(str(line["text"]), bool(line["boilerplate"]), str(line.get("kind", ""))) for line in item["lines"]
    )
    authors = item.get("authors")
    return LineRecord(
        id=str(item["id"]),
        language=str(item.get("lang") or "?"),
        lines=lines,
        title=item.get("title"),
        authors=tuple(authors) if isinstance(authors, list) else None,
        published=item.get("published"),
    )


@dataclass(slots=True)
class Counts:
    """Non-space characters: of boilerplate, removed, and removed boilerplate."""

    boilerplate: int = 0
    removed: int = 0
    overlap: int = 0

    def add(self, other: Counts) -> None:
        self.boilerplate += other.boilerplate
        self.removed += other.removed
        self.overlap += other.overlap

    @property
    def precision(self) -> float | None:
        return self.overlap / self.removed if self.removed else None

    @property
    def recall(self) -> float | None:
        return self.overlap / self.boilerplate if self.boilerplate else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else None


@dataclass(frozen=True, slots=True)
class Lost:
    """Story text a record lost: the record, its line, the part removed and why."""

    record: str
    language: str
    line: str
    removed: str
    reason: str


@dataclass(slots=True)
class Agreement:
    """How often a header's field agrees with the record's, over the records that give it."""

    same: int = 0
    given: int = 0


@dataclass(slots=True)
class LinesResult:
    records: int = 0
    counts: Counts = field(default_factory=Counts)
    by_language: dict[str, Counts] = field(default_factory=dict)
    lost: list[Lost] = field(default_factory=list)
    title: Agreement = field(default_factory=Agreement)
    authors: Agreement = field(default_factory=Agreement)
    published: Agreement = field(default_factory=Agreement)

    def to_dict(self) -> dict[str, Any]:
        def figures(counts: Counts) -> dict[str, Any]:
            return {
                "precision": counts.precision,
                "recall": counts.recall,
                "f1": counts.f1,
                "boilerplate_chars": counts.boilerplate,
                "removed_chars": counts.removed,
                "overlap_chars": counts.overlap,
            }

        return {
            "records": self.records,
            "boilerplate": figures(self.counts),
            "by_language": {language: figures(counts) for language, counts in sorted(self.by_language.items())},
            "lost": [_slots(lost) for lost in self.lost],
            "title": _slots(self.title),
            "authors": _slots(self.authors),
            "published": _slots(self.published),
        }


def _slots(value: Any) -> dict[str, Any]:
    return {name: getattr(value, name) for name in value.__slots__}


Cleaner = Callable[[str], Article]


def score(records: Iterable[LineRecord], remove_doubtful: bool = False, cleaner: Cleaner | None = None) -> LinesResult:
    """Clean each record's text and score it against its lines."""
    clean = cleaner or (lambda text: copydesk.clean(text, remove_doubtful=remove_doubtful))
    result = LinesResult()
    for record in records:
        article = clean(record.text)
        counts, lost = _score_record(record, article)
        result.records += 1
        result.counts.add(counts)
        result.by_language.setdefault(record.language, Counts()).add(counts)
        result.lost.extend(lost)
        _agree(result, record, article)
    return result


def _score_record(record: LineRecord, article: Article) -> tuple[Counts, list[Lost]]:
    text = record.text
    removed = [False] * len(text)
    for removal in article.removed:
        for at in range(removal.start, removal.end):
            removed[at] = True
    counts = Counts()
    lost: list[Lost] = []
    cursor = 0
    for line in record.lines:
        start = text.index(line.text, cursor)
        end = start + len(line.text)
        cursor = end
        taken = [at for at in range(start, end) if removed[at] and not text[at].isspace()]
        size = sum(1 for at in range(start, end) if not text[at].isspace())
        counts.removed += len(taken)
        if line.boilerplate:
            counts.boilerplate += size
            counts.overlap += len(taken)
        elif taken:
            reasons = sorted({r.reason for r in article.removed if r.start < end and r.end > start})
            part = "".join(text[at] for at in range(start, end) if removed[at])
            lost.append(Lost(record.id, record.language, line.text, part.strip(), ",".join(reasons)))
    return counts, lost


def _agree(result: LinesResult, record: LineRecord, article: Article) -> None:
    if record.title:
        result.title.given += 1
        result.title.same += _same_text(article.title, record.title)
    if record.authors:
        result.authors.given += 1
        result.authors.same += {_fold(a) for a in article.authors} == {_fold(a) for a in record.authors}
    if record.published:
        result.published.given += 1
        result.published.same += (article.published or "")[:10] == record.published[:10]


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _same_text(found: str | None, expected: str) -> bool:
    return found is not None and _fold(found) == _fold(expected)


def default_files(root: Path | None = None) -> list[Path]:
    """The project's sets: ``benchmarks/clean-lines/*.json`` under ``root`` (the current folder)."""
    folder = (root or Path.cwd()) / DEFAULT_DIR
    return sorted(folder.glob("*.json"))


def format_figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"
