"""Training of the learned boilerplate classifier of :mod:`copydesk.clean.model`.

Data: the single-record cases of the cleaning benchmark (:mod:`copydesk.bench.clean_corpus`), built
from the development sets with several seeds. Every paragraph that cleaning judges (the spans of
:func:`copydesk.clean.core.body_spans`) is labelled boilerplate when at least half of its characters
lie in planted boilerplate.

Split: a page is held out when the SHA-1 of its id, read as an integer, is 0, 1 or 2 modulo 10 (about
30% of the pages); the model never sees a held-out page, and the figures stored in the model file and
printed by ``copydesk bench train-cleaner`` are measured on them. ``copydesk bench clean --split test``
scores the cleaner on those pages only.

Model: logistic regression on standardised features, L2-regularised, classes weighted by characters
so that long paragraphs count as much as they weigh in the benchmark's character-level figures. The
threshold is the lowest one whose character-level precision on the training pages is at least
``TARGET_PRECISION``; the doubt threshold, below it, the lowest one reaching ``DOUBT_PRECISION``
(paragraphs between the two are kept and reported as doubts)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from copydesk.bench.clean_corpus import CleanCase, SourcePage, build_single, source_pages
from copydesk.bench.datasets import Dataset
from copydesk.clean import boilerplate
from copydesk.clean.core import body_spans
from copydesk.clean.features import FEATURE_NAMES, paragraph_features
from copydesk.clean.model import BoilerplateModel

TARGET_PRECISION = 0.7
DOUBT_PRECISION = 0.5  # below the threshold, down to this precision: paragraphs kept but reported as doubts
SEEDS = (0, 1, 2, 3, 4)
HELD_OUT = frozenset({0, 1, 2})


def is_held_out(page_id: str) -> bool:
    return int(hashlib.sha1(page_id.encode("utf-8")).hexdigest(), 16) % 10 in HELD_OUT


@dataclass(frozen=True)
class Examples:
    rows: list[list[float]]
    labels: list[int]
    sizes: list[int]  # characters of each paragraph


def examples(cases: Sequence[CleanCase]) -> Examples:
    rows: list[list[float]] = []
    labels: list[int] = []
    sizes: list[int] = []
    for case in cases:
        title, _, spans = body_spans(case.text, case.title, None)
        texts = [span.of(case.text) for span in spans]
        rows.extend(paragraph_features(texts, title))
        for span in spans:
            inside = sum(max(0, min(span.end, end) - max(span.start, start)) for start, end in case.boilerplate)
            labels.append(int(inside * 2 >= span.end - span.start))
            sizes.append(span.end - span.start)
    return Examples(rows, labels, sizes)


def split_pages(datasets: Sequence[Dataset]) -> tuple[list[SourcePage], list[SourcePage]]:
    train: list[SourcePage] = []
    test: list[SourcePage] = []
    for dataset in datasets:
        for page in source_pages(dataset):
            (test if is_held_out(page.id) else train).append(page)
    return train, test


def train(datasets: Sequence[Dataset], iterations: int = 3000, l2: float = 1e-3) -> BoilerplateModel:
    import numpy as np

    train_pages, test_pages = split_pages(datasets)
    train_data = examples([case for seed in SEEDS for case in build_single(train_pages, seed)])
    test_data = examples([case for seed in SEEDS for case in build_single(test_pages, seed)])
    x = np.asarray(train_data.rows, dtype=float)
    y = np.asarray(train_data.labels, dtype=float)
    size = np.asarray(train_data.sizes, dtype=float)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    weight = size / size.mean()
    positive = (weight * y).sum()
    negative = (weight * (1 - y)).sum()
    weight = np.where(y == 1, weight * negative / max(positive, 1e-9), weight)
    weight = weight / weight.mean()
    w = np.zeros(z.shape[1])
    b = 0.0
    rate = 0.5
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        gradient = weight * (p - y)
        w -= rate * ((z.T @ gradient) / len(y) + l2 * w)
        b -= rate * gradient.mean()
    scores = 1.0 / (1.0 + np.exp(-(z @ w + b)))
    threshold = _threshold(scores, y, size, TARGET_PRECISION)
    doubt_threshold = _threshold(scores, y, size, DOUBT_PRECISION)
    model = BoilerplateModel(
        features=FEATURE_NAMES,
        mean=tuple(float(v) for v in mean),
        scale=tuple(float(v) for v in scale),
        weights=tuple(float(v) for v in w),
        bias=float(b),
        threshold=threshold,
        training={},
        doubt_threshold=doubt_threshold,
    )
    held_out = evaluate(model, test_data)
    on_train = evaluate(model, train_data)
    summary: dict[str, Any] = {
        "data": "single-record cases of copydesk bench clean, seeds " + ", ".join(map(str, SEEDS)),
        "split": "held out: pages whose sha1(id) % 10 is in " + str(sorted(HELD_OUT)),
        "datasets": [dataset.name for dataset in datasets],
        "train_pages": len(train_pages),
        "held_out_pages": len(test_pages),
        "train_paragraphs": len(train_data.labels),
        "held_out_paragraphs": len(test_data.labels),
        "train": on_train,
        "held_out": held_out,
        "target_precision": TARGET_PRECISION,
        "doubt_precision": DOUBT_PRECISION,
    }
    vocabulary = tuple((name, tuple(sorted(words))) for name, words in boilerplate.TRIGGER_REASONS.items())
    return BoilerplateModel(
        model.features,
        model.mean,
        model.scale,
        model.weights,
        model.bias,
        model.threshold,
        summary,
        doubt_threshold,
        trigger_words=vocabulary,
    )


def _threshold(scores: Any, labels: Any, sizes: Any, target: float) -> float:
    """The lowest threshold whose character-level precision on the training pages reaches ``target``."""
    import numpy as np

    order = np.argsort(-scores)
    true_chars = np.cumsum((labels[order] == 1) * sizes[order])
    all_chars = np.cumsum(sizes[order])
    precision = true_chars / np.maximum(all_chars, 1)
    good = np.nonzero(precision >= target)[0]
    if len(good) == 0:
        return 1.0
    return float(scores[order][good[-1]])


def evaluate(model: BoilerplateModel, data: Examples) -> dict[str, float]:
    """Character-level precision and recall of the model alone at its threshold."""
    flagged = [p >= model.threshold for p in model.probabilities(data.rows)]
    true_positive = sum(s for f, y, s in zip(flagged, data.labels, data.sizes, strict=True) if f and y)
    flagged_chars = sum(s for f, s in zip(flagged, data.sizes, strict=True) if f)
    positive_chars = sum(s for y, s in zip(data.labels, data.sizes, strict=True) if y)
    return {
        "precision": true_positive / flagged_chars if flagged_chars else 1.0,
        "recall": true_positive / positive_chars if positive_chars else 1.0,
    }
