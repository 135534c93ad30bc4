"""Training of the learned boilerplate classifier of :mod:`copydesk.clean.model`.

Data: the single-record cases of the cleaning benchmark (:mod:`copydesk.bench.clean_corpus`), built
from the development sets with several seeds. Every paragraph that cleaning judges (the spans of
:func:`copydesk.clean.core.body_spans`) is labelled boilerplate when at least half of its characters
lie in planted boilerplate.

Split: a page is held out when the SHA-1 of its id, read as an integer, is 0, 1 or 2 modulo 10 (about
30% of the pages); the model never sees a held-out page, and the figures stored in the model file and
printed by ``copydesk bench train-cleaner`` are measured on them. ``copydesk bench clean --split test``
scores the cleaner on those pages only.

Model: gradient-boosted regression trees (scikit-learn's ``GradientBoostingClassifier``, log loss,
``TREES`` trees of depth ``DEPTH``), classes weighted by characters so that long paragraphs count as
much as they weigh in the benchmark's character-level figures. The trees are exported to the model
file (:class:`copydesk.clean.model.Tree`, thresholds moved to where scikit-learn's float32
comparisons put them) and checked to give scikit-learn's own scores, on the training rows and on rows
set at, just below and just above every split. The
threshold is the lowest one whose character-level precision reaches ``TARGET_PRECISION`` on the
training pages, each scored by a model that did not see it (five folds of pages); the doubt
threshold, below it, the lowest one reaching ``DOUBT_PRECISION`` (paragraphs between the two are kept
and reported as doubts).

Choice of model, on the training pages alone (five folds of pages, every paragraph scored by a model
that did not see its page; character-level recall of the model alone at a precision of 0.7):
logistic regression (what was used before) 0.24; trees of depth 4, learning rate 0.1: 100 trees
0.45, 200 trees 0.51 (the shipped settings); 200 trees at rate 0.05 0.47; 100 of depth 5 0.50; 200
of depth 3 0.43.
scikit-learn is needed for training only (``pip install -e '.[train]'``); cleaning reads the JSON."""

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
from copydesk.clean.model import BoilerplateModel, Tree

TREES = 200
DEPTH = 4
LEARNING_RATE = 0.1
MIN_LEAF = 50
SUBSAMPLE = 0.8
FOLDS = 5
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
    pages: list[str]  # the page each paragraph comes from (folds are made of whole pages)


def examples(cases: Sequence[CleanCase]) -> Examples:
    rows: list[list[float]] = []
    labels: list[int] = []
    sizes: list[int] = []
    pages: list[str] = []
    for case in cases:
        title, _, spans = body_spans(case.text, case.title, None)
        texts = [span.of(case.text) for span in spans]
        rows.extend(paragraph_features(texts, title))
        for span in spans:
            inside = sum(max(0, min(span.end, end) - max(span.start, start)) for start, end in case.boilerplate)
            labels.append(int(inside * 2 >= span.end - span.start))
            sizes.append(span.end - span.start)
            pages.append(case.id)
    return Examples(rows, labels, sizes, pages)


def split_pages(datasets: Sequence[Dataset]) -> tuple[list[SourcePage], list[SourcePage]]:
    train: list[SourcePage] = []
    test: list[SourcePage] = []
    for dataset in datasets:
        for page in source_pages(dataset):
            (test if is_held_out(page.id) else train).append(page)
    return train, test


def train(datasets: Sequence[Dataset], trees: int = TREES) -> BoilerplateModel:
    import numpy as np

    _estimator_class()  # before minutes of building examples: a missing scikit-learn fails here
    train_pages, test_pages = split_pages(datasets)
    train_data = examples([case for seed in SEEDS for case in build_single(train_pages, seed)])
    test_data = examples([case for seed in SEEDS for case in build_single(test_pages, seed)])
    x = np.asarray(train_data.rows, dtype=float)
    y = np.asarray(train_data.labels, dtype=int)
    size = np.asarray(train_data.sizes, dtype=float)
    weight = _weights(y, size)
    # Out-of-fold scores of the training pages: the thresholds are read where the trees did not learn.
    fold = np.asarray([int(hashlib.sha1(page.encode("utf-8")).hexdigest(), 16) % FOLDS for page in train_data.pages])
    scores = np.zeros(len(y))
    for k in range(FOLDS):
        learn, judge = fold != k, fold == k
        if judge.any() and learn.any():
            scores[judge] = _fit(x[learn], y[learn], weight[learn], trees).predict_proba(x[judge])[:, 1]
    threshold = _threshold(scores, y, size, TARGET_PRECISION)
    doubt_threshold = _threshold(scores, y, size, DOUBT_PRECISION)
    fitted = _fit(x, y, weight, trees)
    vocabulary = tuple((name, tuple(sorted(words))) for name, words in boilerplate.TRIGGER_REASONS.items())
    model = BoilerplateModel(
        features=FEATURE_NAMES,
        trees=export_trees(fitted),
        base_score=_base_score(fitted, x[:1]),
        threshold=threshold,
        training={},
        doubt_threshold=doubt_threshold,
        trigger_words=vocabulary,
    )
    check_export(fitted, model, np.vstack([x, _probe_rows(fitted, x)]))
    summary: dict[str, Any] = {
        "data": "single-record cases of copydesk bench clean, seeds " + ", ".join(map(str, SEEDS)),
        "split": "held out: pages whose sha1(id) % 10 is in " + str(sorted(HELD_OUT)),
        "model": f"scikit-learn GradientBoostingClassifier: {trees} trees of depth {DEPTH}, learning rate "
        f"{LEARNING_RATE}, {MIN_LEAF} paragraphs a leaf at least, subsample {SUBSAMPLE}",
        "thresholds": f"out-of-fold scores of the training pages ({FOLDS} folds of pages): precision "
        f"{TARGET_PRECISION} (removed), {DOUBT_PRECISION} (doubt)",
        "datasets": [dataset.name for dataset in datasets],
        "train_pages": len(train_pages),
        "held_out_pages": len(test_pages),
        "train_paragraphs": len(train_data.labels),
        "held_out_paragraphs": len(test_data.labels),
        "train": evaluate(model, train_data),
        "held_out": evaluate(model, test_data),
        "target_precision": TARGET_PRECISION,
        "doubt_precision": DOUBT_PRECISION,
    }
    return BoilerplateModel(
        model.features,
        model.trees,
        model.base_score,
        model.threshold,
        summary,
        model.doubt_threshold,
        model.trigger_words,
    )


def check_export(fitted: Any, model: BoilerplateModel, rows: Any) -> None:
    """Raise RuntimeError unless the exported trees score ``rows`` as scikit-learn does."""
    import numpy as np

    expected = fitted.decision_function(rows)
    got = np.asarray([model.log_odds(list(row)) for row in rows])
    if not np.allclose(got, expected, rtol=0, atol=1e-9):
        worst = int(np.argmax(np.abs(got - expected)))
        raise RuntimeError(f"the exported trees do not give scikit-learn's scores (row {worst})")


def _weights(labels: Any, sizes: Any) -> Any:
    """Each paragraph weighs its characters; boilerplate as a class weighs as much as the story."""
    import numpy as np

    weight = sizes / sizes.mean()
    positive = (weight * labels).sum()
    negative = (weight * (1 - labels)).sum()
    weight = np.where(labels == 1, weight * negative / max(positive, 1e-9), weight)
    return weight / weight.mean()


def _estimator_class() -> Any:
    try:
        from sklearn.ensemble import GradientBoostingClassifier
    except ImportError as error:  # cleaning never needs it; training does
        raise RuntimeError("training the classifier needs scikit-learn: pip install -e '.[train]'") from error
    return GradientBoostingClassifier


def _fit(x: Any, y: Any, weight: Any, trees: int) -> Any:
    model = _estimator_class()(
        n_estimators=trees,
        max_depth=DEPTH,
        learning_rate=LEARNING_RATE,
        min_samples_leaf=MIN_LEAF,
        subsample=SUBSAMPLE,
        random_state=0,
    )
    return model.fit(x, y, sample_weight=weight)


def export_trees(fitted: Any) -> tuple[Tree, ...]:
    """A fitted ``GradientBoostingClassifier``'s trees, each leaf's value times the learning rate."""
    out = []
    for estimator in fitted.estimators_[:, 0]:
        tree = estimator.tree_
        leaf = tree.children_left == -1
        out.append(
            Tree(
                feature=tuple(-1 if is_leaf else int(f) for f, is_leaf in zip(tree.feature, leaf, strict=True)),
                threshold=tuple(
                    0.0 if is_leaf else float64_threshold(t) for t, is_leaf in zip(tree.threshold, leaf, strict=True)
                ),
                left=tuple(int(v) for v in tree.children_left),
                right=tuple(int(v) for v in tree.children_right),
                value=tuple(float(v) * fitted.learning_rate for v in tree.value[:, 0, 0]),
            )
        )
    return tuple(out)


def float64_threshold(threshold: float) -> float:
    """The threshold that sends a float64 value where scikit-learn sends it: its trees compare the
    value rounded to float32 (``float32(x) <= t``); this is the largest float64 ``x`` for which that
    holds, so that ``x <= float64_threshold(t)`` gives the same branch for every ``x`` in float32's
    range (scikit-learn refuses values outside it, and makes no threshold there)."""
    import numpy as np

    top = np.float32(threshold)
    if float(top) > threshold:  # the largest float32 at most the threshold
        top = np.nextafter(top, np.float32(-np.inf))
    above = np.nextafter(top, np.float32(np.inf))
    if not np.isfinite(above):
        return float(threshold)
    middle = (float(top) + float(above)) / 2  # exact: float64 holds every float32 midpoint
    # float32 rounding sends the midpoint itself to whichever of the two has an even last bit
    even = int(np.asarray(top).view(np.int32)) % 2 == 0
    return middle if even else float(np.nextafter(middle, -np.inf))


def _probe_rows(fitted: Any, rows: Any) -> Any:
    """Rows that test the exported thresholds: for each split of each tree, a row that reaches that
    node, with the split's feature set at, just below and just above its threshold (in float64 and
    float32 steps)."""
    import numpy as np

    probes = []
    for estimator in fitted.estimators_[:, 0]:
        tree = estimator.tree_
        reaching = estimator.decision_path(rows).tocsc()  # which rows pass through each node
        for node in np.nonzero(tree.children_left != -1)[0]:
            passing = reaching.indices[reaching.indptr[node] : reaching.indptr[node + 1]]
            base = rows[passing[0]] if len(passing) else rows[0]
            feature, threshold = int(tree.feature[node]), float(tree.threshold[node])
            low32 = float(np.float32(threshold))
            exported = float64_threshold(threshold)
            for value in (
                threshold,
                float(np.nextafter(threshold, -np.inf)),
                float(np.nextafter(threshold, np.inf)),
                threshold + 1e-12,
                threshold - 1e-12,
                low32,
                float(np.nextafter(np.float32(low32), np.float32(np.inf))),
                exported,
                float(np.nextafter(exported, np.inf)),
            ):
                row = np.array(base, dtype=float)
                row[feature] = value
                probes.append(row)
    return np.asarray(probes)


def _base_score(fitted: Any, row: Any) -> float:
    """The log-odds before any tree: scikit-learn's score of a row less what its trees add."""
    trees = sum(float(estimator.predict(row)[0]) for estimator in fitted.estimators_[:, 0])
    return float(fitted.decision_function(row)[0]) - float(fitted.learning_rate) * trees


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
