"""The learned boilerplate classifier: its features, its shipped weights and its documented split."""

from __future__ import annotations

import hashlib
import math

import pytest

from copydesk.bench.train_cleaner import is_held_out
from copydesk.clean.features import FEATURE_NAMES, content_words, paragraph_features
from copydesk.clean.model import BoilerplateModel, shipped_model


def test_features_have_one_value_per_name() -> None:
    rows = paragraph_features(["Home", "News", "The council agreed on Monday to dredge the harbour basin."], "Harbour")
    assert all(len(row) == len(FEATURE_NAMES) for row in rows)
    assert rows[0][FEATURE_NAMES.index("is_first")] == 1.0 and rows[2][FEATURE_NAMES.index("is_last")] == 1.0


def test_shipped_model_loads_and_records_its_held_out_figures() -> None:
    model = shipped_model()
    assert model is not None
    assert model.features == FEATURE_NAMES
    assert 0.0 < model.threshold <= 1.0
    held_out = model.training["held_out"]
    assert model.training["held_out_pages"] > 0 and 0.0 <= held_out["precision"] <= 1.0
    assert BoilerplateModel.from_dict(model.to_dict()) == model


def test_probabilities_are_probabilities_and_prose_is_not_flagged() -> None:
    model = shipped_model()
    assert model is not None
    texts = [
        "Skip to content",
        "The harbour board agreed on Monday to dredge the inner basin before the spring tides, ending a dispute.",
        "Board chair Elowen Example said the silt had built up faster than engineers expected after the storms.",
        "Fishermen welcomed the decision but said the delay had already cost them most of the winter season.",
    ]
    probabilities = model.probabilities(paragraph_features(texts, "Harbour basin to be dredged"))
    assert all(0.0 <= p <= 1.0 for p in probabilities)
    assert all(p < model.threshold for p in probabilities[1:])


def test_held_out_split_is_the_documented_one() -> None:
    """Pages are held out by SHA-1 of their id modulo 10 in {0, 1, 2}: about 30%, the same everywhere."""
    ids = [f"site/page-{n}" for n in range(1000)]
    documented = [page for page in ids if int(hashlib.sha1(page.encode()).hexdigest(), 16) % 10 in (0, 1, 2)]
    assert [page for page in ids if is_held_out(page)] == documented
    assert 250 < len(documented) < 350


def test_scores_are_the_standardised_dot_product() -> None:
    """The standardisation folded into the weights gives the textbook logistic score."""
    model = BoilerplateModel(
        features=FEATURE_NAMES,
        mean=tuple(0.5 for _ in FEATURE_NAMES),
        scale=tuple(2.0 for _ in FEATURE_NAMES),
        weights=tuple(0.1 * (i % 3 - 1) for i in range(len(FEATURE_NAMES))),
        bias=-0.25,
        threshold=0.9,
        training={},
    )
    row = [float(i % 5) for i in range(len(FEATURE_NAMES))]
    z = -0.25 + sum(w * (v - 0.5) / 2.0 for w, v in zip(model.weights, row, strict=True))
    assert math.isclose(model.probabilities([row])[0], 1.0 / (1.0 + math.exp(-z)), rel_tol=1e-12)
    with pytest.raises(ValueError):
        model.probabilities([row[:-1]])  # a row of the wrong length is an error, not a silent zip


def test_content_words_are_runs_of_five_letters_or_more() -> None:
    words = content_words("Covid19vaccines arrive über-großartig; ABCDE_fghij at 10am, tiny words")
    assert words == {"covid", "vaccines", "arrive", "großartig", "abcde", "fghij", "words"}


def test_the_model_reads_the_trigger_words_it_was_trained_with() -> None:
    """Words added to the rules later must not move the model's inputs: "Wales won 24-10." between
    story paragraphs is at most a doubt, as it was when the model was trained."""
    import copydesk
    from copydesk.clean import boilerplate

    model = shipped_model()
    assert model is not None and model.trigger_words is not None
    legal = dict(model.trigger_words)["legal"]
    assert "wales" in boilerplate.TRIGGER_REASONS["legal"] and "wales" not in legal  # a rule word added since
    texts = ["Wales won 24-10.", "The harbour board agreed on Monday to dredge the inner basin before the tides."]
    column = FEATURE_NAMES.index("trigger_legal")
    assert paragraph_features(texts, None, [0])[0][column] == 1.0  # the rules' words
    assert paragraph_features(texts, None, [0], None, model.triggers_of)[0][column] == 0.0  # the model's
    story = [
        "The harbour board agreed on Monday to dredge the inner basin before the spring tides, ending a dispute.",
        "Wales won 24-10.",
        "Board chair Elowen Example said the silt had built up faster than engineers expected after the storms.",
        "Fishermen welcomed the decision but said the delay had already cost them most of the winter season.",
    ]
    assert "Wales won 24-10." in copydesk.clean("\n".join(story)).text


def test_training_stores_the_trigger_words_it_read() -> None:
    """A model trained now carries the rules' current trigger words, and reads them back."""
    from pathlib import Path

    import pytest

    from copydesk.bench.datasets import load_dataset
    from copydesk.bench.train_cleaner import train
    from copydesk.clean import boilerplate

    archive = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "scrapinghub.tar.xz"
    if not archive.exists():
        pytest.skip(f"{archive} is not here")
    model = train([load_dataset(archive)], iterations=30)
    assert model.trigger_words is not None
    assert {name: set(words) for name, words in model.trigger_words} == {
        name: set(words) for name, words in boilerplate.TRIGGER_REASONS.items()
    }
    again = BoilerplateModel.from_dict(model.to_dict())
    assert again == model and again.triggers_of == model.triggers_of
