"""Shingle-based scoring of extracted article bodies.

The definition is the one of the ScrapingHub article-extraction benchmark (and of
``shared/bench/score.py``):

- a text's tokens are its runs of word characters (``\\w+``), case kept;
- a page's text is the multiset of its 4-token shingles; a text of 1 to 3 tokens is one shingle of all
  of them, a text without tokens has none;
- per page, true positives (shingles in both, with multiplicity), false positives (predicted only) and
  false negatives (gold only) are divided by their sum, so that every page weighs the same;
- precision is averaged over the pages where tp + fp > 0 (an empty prediction costs recall only),
  recall over the pages where tp + fn > 0, and F1 is the harmonic mean of the two averages;
- accuracy is the share of pages whose token lists are identical.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

SHINGLE_SIZE = 4
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class PageCounts:
    """Normalised true positives, false positives and false negatives of one page (sum 1 or 0)."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float | None:
        """None when the page predicts nothing (it then does not count towards precision)."""
        if self.fp == 0 and self.fn == 0:
            return 1.0
        predicted = self.tp + self.fp
        return self.tp / predicted if predicted > 0 else None

    @property
    def recall(self) -> float | None:
        """None when the gold has no text (the page then does not count towards recall)."""
        if self.fp == 0 and self.fn == 0:
            return 1.0
        relevant = self.tp + self.fn
        return self.tp / relevant if relevant > 0 else None

    @property
    def f1(self) -> float:
        precision, recall = self.precision or 0.0, self.recall or 0.0
        return _harmonic_mean(precision, recall)


@dataclass(frozen=True, slots=True)
class Scores:
    """Dataset-level figures."""

    f1: float
    precision: float
    recall: float
    accuracy: float
    pages: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def tokenize(text: str | None) -> list[str]:
    return _WORD.findall(text or "")


def shingle_counts(tokens: list[str]) -> Counter[tuple[str, ...]]:
    if len(tokens) <= SHINGLE_SIZE:
        return Counter([tuple(tokens)]) if tokens else Counter()
    windows = zip(*(tokens[start:] for start in range(SHINGLE_SIZE)), strict=False)
    return Counter(windows)


def page_counts(gold: str | None, predicted: str | None) -> PageCounts:
    gold_shingles = shingle_counts(tokenize(gold))
    predicted_shingles = shingle_counts(tokenize(predicted))
    shared = sum((gold_shingles & predicted_shingles).values())
    total_gold = sum(gold_shingles.values())
    total_predicted = sum(predicted_shingles.values())
    extra, missed = total_predicted - shared, total_gold - shared
    total = shared + extra + missed
    if total == 0:
        return PageCounts(0.0, 0.0, 0.0)
    return PageCounts(shared / total, extra / total, missed / total)


def score_pages(gold: Mapping[str, str | None], predicted: Mapping[str, str | None]) -> Scores:
    """Score predictions against gold bodies; a page missing from ``predicted`` counts as empty."""
    precisions: list[float] = []
    recalls: list[float] = []
    identical = 0
    for page_id, gold_text in gold.items():
        predicted_text = predicted.get(page_id) or ""
        counts = page_counts(gold_text, predicted_text)
        if counts.tp + counts.fp > 0:
            precisions.append(counts.precision or 0.0)
        if counts.tp + counts.fn > 0:
            recalls.append(counts.recall or 0.0)
        identical += tokenize(gold_text) == tokenize(predicted_text)
    precision = _mean(precisions)
    recall = _mean(recalls)
    return Scores(
        f1=_harmonic_mean(precision, recall),
        precision=precision,
        recall=recall,
        accuracy=identical / len(gold) if gold else 0.0,
        pages=len(gold),
    )


def page_scores(gold: Mapping[str, str | None], predicted: Mapping[str, str | None]) -> dict[str, PageCounts]:
    """Per-page counts, keyed like ``gold``; use ``.f1``, ``.precision`` and ``.recall`` on each."""
    return {page_id: page_counts(text, predicted.get(page_id)) for page_id, text in gold.items()}


def worst_pages(per_page: Mapping[str, PageCounts], count: int) -> list[tuple[str, PageCounts]]:
    """The ``count`` pages of lowest F1, ties broken by page id."""
    ranked = sorted(per_page.items(), key=lambda item: (item[1].f1, item[0]))
    return ranked[: max(count, 0)]


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _harmonic_mean(a: float, b: float) -> float:
    return 2 * a * b / (a + b) if a + b else 0.0
