"""copydesk.bench.scoring agrees with the reference scorer of ../shared/bench and with hand-made cases."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path
from types import ModuleType

import lxml.html
import pytest

from copydesk.bench.datasets import Dataset, load_dataset
from copydesk.bench.scoring import page_counts, score_pages, shingle_counts, tokenize, worst_pages

SHARED_BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
ARCHIVES = ("readability.tar.xz", "scrapinghub.tar.xz")


@pytest.fixture(scope="module")
def reference() -> ModuleType:
    path = SHARED_BENCH / "score.py"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    spec = importlib.util.spec_from_file_location("reference_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module", params=ARCHIVES)
def dataset(request: pytest.FixtureRequest) -> Dataset:
    path = SHARED_BENCH / request.param
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return load_dataset(path)


@pytest.fixture(scope="module")
def predicted(dataset: Dataset) -> dict[str, dict[str, str | None]]:
    return predictions(dataset)


def naive_text(html: bytes) -> str:
    """All the text of the page's body: a real, poor prediction with boilerplate and scripts."""
    root = lxml.html.document_fromstring(html)
    body = root.find("body")
    return (body if body is not None else root).text_content()


def perturbed(gold: str, rng: random.Random) -> str:
    """Gold paragraphs with some dropped, some repeated, some words changed: partial overlap."""
    kept: list[str] = []
    for paragraph in gold.split("\n"):
        roll = rng.random()
        if roll < 0.15:
            continue
        kept.append(paragraph)
        if roll > 0.9:
            kept.append(paragraph)
    words = " ".join(kept).split(" ")
    return " ".join("noise" if rng.random() < 0.05 else word for word in words)


def predictions(dataset: Dataset) -> dict[str, dict[str, str | None]]:
    rng = random.Random(20240601)
    gold = dataset.gold_bodies()
    ids = sorted(gold)
    truncated = {page_id: gold[page_id][: len(gold[page_id]) // 3] for page_id in ids}
    mixed: dict[str, str | None] = {}
    for index, page_id in enumerate(ids):
        choice = index % 4
        mixed[page_id] = [None, "", gold[page_id], perturbed(gold[page_id], rng)][choice]
    return {
        "naive": {page.id: naive_text(page.html) for page in dataset.pages},
        "perturbed": {page_id: perturbed(gold[page_id], rng) for page_id in ids},
        "truncated": dict(truncated),
        "mixed": mixed,
    }


def test_agrees_with_the_reference_on_the_dev_sets(
    reference: ModuleType, dataset: Dataset, predicted: dict[str, dict[str, str | None]]
) -> None:
    gold = dataset.gold_bodies()
    for name, pages in predicted.items():
        expected = reference.score(gold, pages)
        ours = score_pages(gold, pages).to_dict()
        assert ours["pages"] == expected["pages"]
        for figure in ("f1", "precision", "recall", "accuracy"):
            assert ours[figure] == pytest.approx(expected[figure], abs=1e-9), (name, figure)


def test_page_f1_agrees_with_the_reference(
    reference: ModuleType, dataset: Dataset, predicted: dict[str, dict[str, str | None]]
) -> None:
    for name in ("perturbed", "mixed"):
        for page_id, gold_text in dataset.gold_bodies().items():
            prediction = predicted[name].get(page_id)
            expected = reference.page_f1(gold_text, prediction)
            assert page_counts(gold_text, prediction).f1 == pytest.approx(expected, abs=1e-9), (name, page_id)


def test_naive_text_is_a_real_partial_prediction(dataset: Dataset, predicted: dict[str, dict[str, str | None]]) -> None:
    scores = score_pages(dataset.gold_bodies(), predicted["naive"])
    assert 0.05 < scores.precision < 0.9
    assert scores.recall > 0.5


def test_tokens_and_shingles() -> None:
    assert tokenize("Don't stop — 2 times!") == ["Don", "t", "stop", "2", "times"]
    assert tokenize(None) == []
    assert shingle_counts([]) == {}
    assert shingle_counts(["a", "b"]) == {("a", "b"): 1}
    assert shingle_counts(["a", "b", "c", "d"]) == {("a", "b", "c", "d"): 1}
    assert sum(shingle_counts(["a", "b", "a", "b", "a", "b", "a"]).values()) == 4
    assert shingle_counts(["a", "b", "a", "b", "a", "b", "a"])[("a", "b", "a", "b")] == 2


def test_empty_prediction_costs_recall_only() -> None:
    counts = page_counts("one two three four five", "")
    assert (counts.tp, counts.fp, counts.fn) == (0.0, 0.0, 1.0)
    assert counts.precision is None and counts.recall == 0.0 and counts.f1 == 0.0
    scores = score_pages({"a": "one two three four five", "b": "six seven eight nine"}, {"b": "six seven eight nine"})
    assert scores.precision == 1.0 and scores.recall == 0.5 and scores.accuracy == 0.5


def test_empty_gold_costs_precision_only() -> None:
    counts = page_counts("", "some words that should not be here")
    assert counts.recall is None and counts.precision == 0.0
    scores = score_pages({"a": "", "b": "alpha beta gamma delta"}, {"a": "noise", "b": "alpha beta gamma delta"})
    assert scores.precision == 0.5 and scores.recall == 1.0


def test_both_empty_is_exact_and_weightless() -> None:
    counts = page_counts("", "  ")
    assert counts.f1 == 1.0
    scores = score_pages({"a": "", "b": "x y z w v"}, {"b": "x y z w v"})
    assert (scores.precision, scores.recall, scores.accuracy) == (1.0, 1.0, 1.0)


def test_short_texts_are_one_shingle() -> None:
    assert page_counts("Breaking news", "Breaking news").f1 == 1.0
    assert page_counts("Breaking news", "breaking news").f1 == 0.0  # case is kept
    partial = page_counts("one two three four five six", "one two three four")
    assert partial.precision == 1.0 and partial.recall == pytest.approx(1 / 3)


def test_counts_are_normalised_per_page() -> None:
    counts = page_counts("a b c d e f g h", "a b c d e f x y z")
    assert counts.tp + counts.fp + counts.fn == pytest.approx(1.0)
    assert counts.tp == pytest.approx(3 / 8)  # 3 shared, 3 extra, 2 missed


def test_empty_dataset_scores_zero() -> None:
    scores = score_pages({}, {})
    assert scores.to_dict() == {"f1": 0.0, "precision": 0.0, "recall": 0.0, "accuracy": 0.0, "pages": 0}


def test_worst_pages_ranks_by_f1_then_id() -> None:
    gold = {"b": "w x y z", "a": "w x y z", "c": "p q r s"}
    per_page = {key: page_counts(text, {"c": "p q r s"}.get(key)) for key, text in gold.items()}
    assert [page_id for page_id, _ in worst_pages(per_page, 2)] == ["a", "b"]
    assert worst_pages(per_page, 0) == []
