"""The learned boilerplate classifier: its features, its shipped trees and its documented split."""

from __future__ import annotations

import hashlib
import json
import math
import re
from pathlib import Path

import pytest

from copydesk.bench.train_cleaner import is_held_out
from copydesk.clean.features import FEATURE_NAMES, content_words, paragraph_features
from copydesk.clean.model import BoilerplateModel, Tree, shipped_model


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
    assert BoilerplateModel.from_dict(json.loads(model.to_json())) == model


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


def _stump(feature: int, threshold: float, low: float, high: float) -> Tree:
    return Tree((feature, -1, -1), (threshold, 0.0, 0.0), (1, -1, -1), (2, -1, -1), (0.0, low, high))


def _model(trees: tuple[Tree, ...], **changes: object) -> BoilerplateModel:
    fields: dict[str, object] = {"features": FEATURE_NAMES, "trees": trees, "base_score": -0.5}
    fields |= {"threshold": 0.9, "training": {}} | changes
    return BoilerplateModel(**fields)  # type: ignore[arg-type]


def test_scores_are_the_sum_of_the_leaves_a_row_reaches() -> None:
    """A row goes left when its value is at most the threshold; the log-odds are the base score plus
    one leaf of each tree; the generated function agrees with walking the trees."""
    deeper = Tree(
        feature=(2, -1, 5, -1, -1),
        threshold=(0.5, 0.0, 10.0, 0.0, 0.0),
        left=(1, -1, 3, -1, -1),
        right=(2, -1, 4, -1, -1),
        value=(0.0, -1.0, 0.0, 0.25, 2.0),
    )
    model = _model((_stump(0, 1.0, -0.3, 0.7), deeper))
    row = [0.0] * len(FEATURE_NAMES)
    cases = [((1.0, 0.0, 0.0), -0.3 - 1.0), ((1.5, 0.9, 10.0), 0.7 + 0.25), ((0.0, 0.9, 11.0), -0.3 + 2.0)]
    for (first, third, sixth), expected in cases:
        row[0], row[2], row[5] = first, third, sixth
        assert math.isclose(model.log_odds(row), -0.5 + expected, abs_tol=1e-12)
        assert math.isclose(model.log_odds(row), -0.5 + sum(tree.score(row) for tree in model.trees), abs_tol=1e-12)
        assert math.isclose(model.probabilities([row])[0], 1.0 / (1.0 + math.exp(0.5 - expected)), rel_tol=1e-12)
    with pytest.raises(ValueError):
        model.probabilities([row[:-1]])  # a row of the wrong length is an error, not a silent zip


def test_the_shipped_trees_compile_to_what_walking_them_gives() -> None:
    model = shipped_model()
    assert model is not None and len(model.trees) >= 10
    texts = ["Home", "Skip to content", "The harbour board agreed on Monday to dredge the basin.", "Share this"]
    for row in paragraph_features(texts, "Harbour"):
        walked = model.base_score + sum(tree.score(row) for tree in model.trees)
        assert math.isclose(model.log_odds(row), walked, abs_tol=1e-9)


@pytest.mark.parametrize(
    "tree",
    [
        Tree((0, -1, -1), (1.0, 0.0, 0.0), (0, -1, -1), (2, -1, -1), (0.0, 1.0, 2.0)),  # a child before its parent
        Tree((0, -1, -1), (1.0, 0.0, 0.0), (1, -1, -1), (3, -1, -1), (0.0, 1.0, 2.0)),  # a child out of the tree
        Tree((999, -1, -1), (1.0, 0.0, 0.0), (1, -1, -1), (2, -1, -1), (0.0, 1.0, 2.0)),  # no such feature
        Tree((0, -1, -1), (math.nan, 0.0, 0.0), (1, -1, -1), (2, -1, -1), (0.0, 1.0, 2.0)),  # not a number
        Tree((0, -1, -1), (1.0, 0.0, 0.0), (1, -1, -1), (2, -1, -1), (0.0, math.inf, 2.0)),
        Tree((0, -1), (1.0, 0.0), (1, -1), (1, -1), (0.0, 1.0, 2.0)),  # arrays of different lengths
        Tree((), (), (), (), ()),
    ],
)
def test_a_malformed_tree_is_refused(tree: Tree) -> None:
    with pytest.raises(ValueError):
        _model((tree,))


def test_a_tree_too_deep_is_refused() -> None:
    depth = 13  # a chain: node 2i compares, 2i+1 is a leaf, 2i+2 goes on
    size = 2 * depth + 1
    feature = tuple(0 if i % 2 == 0 and i < size - 1 else -1 for i in range(size))
    left = tuple(i + 1 if feature[i] == 0 else -1 for i in range(size))
    right = tuple(i + 2 if feature[i] == 0 else -1 for i in range(size))
    chain = Tree(feature, (0.5,) * size, left, right, (0.1,) * size)
    assert chain.depth() == depth
    with pytest.raises(ValueError, match="deeper"):
        _model((chain,))


def test_a_model_file_of_another_format_version_is_refused() -> None:
    model = shipped_model()
    assert model is not None
    data = model.to_dict() | {"version": 1}
    with pytest.raises(ValueError, match="version"):
        BoilerplateModel.from_dict(data)


def test_content_words_are_runs_of_five_letters_or_more() -> None:
    words = content_words("Covid19vaccines arrive über-großartig; ABCDE_fghij at 10am, tiny words")
    assert words == {"covid", "vaccines", "arrive", "großartig", "abcde", "fghij", "words"}


def test_the_model_reads_the_trigger_words_it_was_trained_with() -> None:
    """Words added to the rules later must not move a model's inputs: a model trained before "wales"
    was a legal word reads "Wales won 24-10." as it did then."""
    from copydesk.clean import boilerplate

    assert "wales" in boilerplate.TRIGGER_REASONS["legal"]
    older = tuple((name, tuple(sorted(set(words) - {"wales"}))) for name, words in boilerplate.TRIGGER_REASONS.items())
    model = _model((_stump(0, 1.0, -0.3, 0.7),), trigger_words=older)
    texts = ["Wales won 24-10.", "The harbour board agreed on Monday to dredge the inner basin before the tides."]
    column = FEATURE_NAMES.index("trigger_legal")
    assert paragraph_features(texts, None, [0])[0][column] == 1.0  # the rules' words
    assert paragraph_features(texts, None, [0], None, model.triggers_of)[0][column] == 0.0  # the model's


@pytest.mark.parametrize("line", ["Wales won 24-10.", "He said no.", "It rained.", "Prices fell 3%."])
def test_a_short_story_sentence_between_story_paragraphs_stays(line: str) -> None:
    """Inside the story, a sentence is a short paragraph of it, whatever the classifier makes of it."""
    import copydesk

    story = [
        "The harbour board agreed on Monday to dredge the inner basin before the spring tides, ending a dispute.",
        line,
        "Board chair Elowen Example said the silt had built up faster than engineers expected after the storms.",
        "Fishermen welcomed the decision but said the delay had already cost them most of the winter season.",
    ]
    article = copydesk.clean("\n".join(story))
    assert article.text == "\n\n".join(story)
    assert not article.removed


def test_an_opening_menu_is_navigation() -> None:
    import copydesk

    story = [
        "The harbour board agreed on Monday to dredge the inner basin before the spring tides, ending a dispute.",
        "Board chair Elowen Example said the silt had built up faster than engineers expected after the storms.",
        "Fishermen welcomed the decision but said the delay had already cost them most of the winter season.",
    ]
    menu = ["Home", "News", "Politics", "Business", "Sport", "Weather"]
    article = copydesk.clean("\n".join(menu + story), title="Harbour basin to be dredged")
    assert article.text == "\n\n".join(story)
    assert [(r.text, r.reason) for r in article.removed] == [(line, "navigation") for line in menu]


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
    model = train([load_dataset(archive)], trees=8)
    assert model.trigger_words is not None
    assert {name: set(words) for name, words in model.trigger_words} == {
        name: set(words) for name, words in boilerplate.TRIGGER_REASONS.items()
    }
    assert len(model.trees) == 8 and model.training["held_out_pages"] > 0
    assert 0.0 < model.doubt_from <= model.threshold <= 1.0
    again = BoilerplateModel.from_dict(model.to_dict())
    assert again == model and again.triggers_of == model.triggers_of


def _shipped_dict() -> dict[str, object]:
    model = shipped_model()
    assert model is not None
    return json.loads(model.to_json())  # type: ignore[no-any-return]


def _with_tree_field(name: str, value: object, at: int = 0) -> dict[str, object]:
    """The shipped model with one entry of its first tree's ``name`` list set to ``value``."""
    data = _shipped_dict()
    trees = data["trees"]
    assert isinstance(trees, list)
    values = list(trees[0][name])
    values[at] = value
    trees[0] = dict(trees[0]) | {name: values}
    return data


@pytest.mark.parametrize(
    "data",
    [
        _with_tree_field("feature", True),  # a boolean for an index
        _with_tree_field("left", 1.0),  # a fraction for an index
        _with_tree_field("left", "1"),
        _with_tree_field("threshold", 10**400),  # too large for a float
        _with_tree_field("threshold", "1e999"),
        _with_tree_field("value", None),
        _with_tree_field("value", [1.0]),
        _with_tree_field("feature", [1, -1, -1], at=1),  # nested lists
        _with_tree_field("threshold", 10**400, at=-1),  # on a leaf too
        _shipped_dict() | {"trees": {"a": 1}},
        _shipped_dict() | {"trees": [[1, 2, 3]]},
        _shipped_dict() | {"base_score": None},
        _shipped_dict() | {"threshold": math.nan},
        _shipped_dict() | {"threshold": 5.0},
        _shipped_dict() | {"doubt_threshold": -0.5},
        _shipped_dict() | {"trigger_words": ["legal"]},
        _shipped_dict() | {"trigger_words": {}},  # no words for the reasons the features read
        _shipped_dict() | {"trigger_words": {"legal": "rights"}},  # a string is no list of words
        _shipped_dict() | {"features": {"a": 1}},
        {key: value for key, value in _shipped_dict().items() if key != "base_score"},
        {key: value for key, value in _shipped_dict().items() if key != "trees"},
        ["not", "a", "model"],
    ],
)
def test_a_malformed_model_file_is_a_value_error(data: object) -> None:
    with pytest.raises(ValueError):
        BoilerplateModel.from_dict(data)  # type: ignore[arg-type]


def test_a_model_of_thousands_of_trees_compiles() -> None:
    """The generated function adds one tree a statement: no expression nests deeper than a tree."""
    trees = tuple(_stump(i % len(FEATURE_NAMES), 0.5, -0.001, 0.001) for i in range(5000))
    model = _model(trees)
    row = [1.0] * len(FEATURE_NAMES)
    assert math.isclose(model.log_odds(row), -0.5 + 5.0, abs_tol=1e-9)


def test_exported_trees_score_as_scikit_learn_does_even_at_float32_boundaries() -> None:
    """scikit-learn compares values rounded to float32; the exported thresholds send every float64
    value down the same branch (values a hair above a split included)."""
    np = pytest.importorskip("numpy")
    ensemble = pytest.importorskip("sklearn.ensemble")
    from copydesk.bench.train_cleaner import _base_score, _probe_rows, check_export, export_trees, float64_threshold

    rng = np.random.default_rng(0)
    x = rng.random((400, len(FEATURE_NAMES)))
    x[:, 3] = rng.integers(0, 2, 400)  # a binary feature: a split at 0.5, where float32 rounding bites
    y = ((x[:, 3] > 0.5) ^ (x[:, 7] > 0.6)).astype(int)
    fitted = ensemble.GradientBoostingClassifier(n_estimators=5, max_depth=3, random_state=0).fit(x, y)
    model = _model(export_trees(fitted), base_score=_base_score(fitted, x[:1]))
    probes = np.vstack([x, _probe_rows(fitted, x)])
    row = x[0].copy()
    row[3] = 0.5 + 1e-12  # float32 rounds it to 0.5: scikit-learn sends it left of a split at 0.5
    probes = np.vstack([probes, row])
    check_export(fitted, model, probes)  # raises when one row scores otherwise
    assert float64_threshold(0.5) > 0.5 and np.float32(float64_threshold(0.5)) == np.float32(0.5)


def test_the_shipped_file_loads_through_the_same_checks() -> None:
    """The malformed cases above differ from a file that loads in one entry each."""
    assert BoilerplateModel.from_dict(_shipped_dict()) == shipped_model()
    assert BoilerplateModel.from_dict(_with_tree_field("feature", 0)).trees[0].feature[0] == 0


def test_the_export_check_catches_thresholds_left_as_scikit_learn_stores_them() -> None:
    """Without the float32 adjustment, probes at the splits score otherwise than scikit-learn."""
    np = pytest.importorskip("numpy")
    ensemble = pytest.importorskip("sklearn.ensemble")
    from dataclasses import replace

    from copydesk.bench.train_cleaner import _base_score, _probe_rows, check_export, export_trees

    rng = np.random.default_rng(1)
    x = rng.random((300, len(FEATURE_NAMES)))
    x[:, 3] = rng.integers(0, 2, 300)
    y = ((x[:, 3] > 0.5) ^ (x[:, 7] > 0.6)).astype(int)
    fitted = ensemble.GradientBoostingClassifier(n_estimators=5, max_depth=3, random_state=0).fit(x, y)
    trees = export_trees(fitted)
    raw = []  # the same trees with scikit-learn's stored thresholds
    for tree, estimator in zip(trees, fitted.estimators_[:, 0], strict=True):
        stored = zip(tree.feature, estimator.tree_.threshold, strict=True)
        raw.append(replace(tree, threshold=tuple(0.0 if f == -1 else float(t) for f, t in stored)))
    probes = _probe_rows(fitted, x)
    check_export(fitted, _model(trees, base_score=_base_score(fitted, x[:1])), probes)
    with pytest.raises(RuntimeError):
        check_export(fitted, _model(tuple(raw), base_score=_base_score(fitted, x[:1])), probes)


def test_the_shipped_model_reads_its_own_trigger_words() -> None:
    from copydesk.clean.features import trigger_sets

    model = shipped_model()
    assert model is not None and model.trigger_words is not None
    assert model.triggers_of == trigger_sets(dict(model.trigger_words))


def test_the_upper_case_share_counts_every_script_with_case() -> None:
    """A Greek or Cyrillic headline in capitals reads as one in Latin letters does; Chinese has no case."""
    column = FEATURE_NAMES.index("upper_ratio")
    texts = ["ΑΘΗΝΑ ΣΗΜΕΡΑ", "МОСКВА СЕГОДНЯ", "ATHENS TODAY", "Москва сегодня", "北京今天"]
    shares = [row[column] for row in paragraph_features(texts)]
    assert shares[:3] == [1.0, 1.0, 1.0]
    assert 0.0 < shares[3] < 0.2 and shares[4] == 0.0


def test_training_without_scikit_learn_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from click.testing import CliRunner

    from copydesk.cli.train_cleaner_cmd import train_cleaner

    monkeypatch.setitem(sys.modules, "sklearn.ensemble", None)  # an import of it now fails
    archive = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "scrapinghub.tar.xz"
    if not archive.exists():
        pytest.skip(f"{archive} is not here")
    result = CliRunner().invoke(train_cleaner, [str(archive), "-o", "/dev/null"])
    assert result.exit_code == 1 and "pip install -e '.[train]'" in result.output


def test_the_classifier_never_takes_prose_even_when_sure(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a model that calls everything furniture, prose (a dozen words or more ending a sentence)
    is only a doubt; a short line goes."""
    import sys

    import copydesk

    sure = _model((_stump(0, -1e9, 30.0, 30.0),), threshold=0.5, doubt_threshold=0.4)
    monkeypatch.setattr(sys.modules["copydesk.clean.core"], "shipped_model", lambda: sure)
    prose = "The harbour wall is holding, the coastguard says, though waves are breaking over the eastern pier."
    lines = ["10:42 a.m.", prose, "Residents of Quay Street have been told to move their cars to higher ground today."]
    article = copydesk.clean("\n".join(lines), title="Storm live")
    assert prose in article.text.split("\n\n") and prose in {d.text for d in article.doubts}
    assert "10:42 a.m." not in article.text


def test_clean_uses_the_model_it_is_given() -> None:
    """``clean(..., model=...)`` judges with that classifier, not the shipped one: the same short line
    under the story goes with a model sure that everything is furniture and stays with one sure of the
    opposite."""
    import copydesk

    everything = _model((_stump(0, -1e9, 30.0, 30.0),), threshold=0.5, doubt_threshold=0.4)
    nothing = _model((_stump(0, -1e9, -30.0, -30.0),), threshold=0.5, doubt_threshold=0.4)
    story = [
        "The harbour board agreed on Monday to dredge the inner basin before the spring tides, ending a dispute.",
        "Board chair Elowen Example said the silt had built up faster than engineers expected after the storms.",
    ]
    text = "\n\n".join([*story, "Quayside Lanterns"])
    kept = copydesk.clean(text, title="Harbour basin to be dredged", model=nothing)
    taken = copydesk.clean(text, title="Harbour basin to be dredged", model=everything)
    assert "Quayside Lanterns" in kept.text and not kept.removed
    assert "Quayside Lanterns" not in taken.text
    assert [r.text for r in taken.removed] == ["Quayside Lanterns"]
    assert all(line in taken.text for line in story)


def test_load_model_reads_a_trained_file_and_names_a_bad_one(tmp_path: Path) -> None:
    from copydesk.clean.model import ModelError, load_model

    model = shipped_model()
    assert model is not None
    good = tmp_path / "model.json"
    good.write_text(model.to_json(), encoding="utf-8")
    assert load_model(good) == model
    for name, content in (("broken.json", "{not json"), ("other.json", '{"format": "something else"}')):
        bad = tmp_path / name
        bad.write_text(content, encoding="utf-8")
        with pytest.raises(ModelError, match=re.escape(name)):
            load_model(bad)
    with pytest.raises(ModelError, match=r"missing\.json"):
        load_model(tmp_path / "missing.json")


def test_the_benchmarks_clean_with_the_model_they_are_given(tmp_path: Path) -> None:
    import click

    from copydesk.cli.output import classifier

    assert classifier(None) == (None, "boilerplate_model.json (shipped)")  # clean() then picks the shipped one
    model = shipped_model()
    assert model is not None
    other = tmp_path / "mine.json"
    other.write_text(model.to_json(), encoding="utf-8")
    assert classifier(other) == (model, str(other))
    other.write_text("[]", encoding="utf-8")
    with pytest.raises(click.ClickException, match=r"mine\.json"):
        classifier(other)


def test_the_clean_command_cleans_with_the_model_it_is_given(tmp_path: Path) -> None:
    """``copydesk clean --model FILE``: records (in worker processes too) and a text are cleaned with that
    classifier; a file that is no model stops the run before it reads the input, naming the file."""
    from click.testing import CliRunner

    from copydesk.cli.main import main

    story = [
        "The harbour board agreed on Monday to dredge the inner basin before the spring tides, ending a dispute.",
        "Board chair Elowen Example said the silt had built up faster than engineers expected after the storms.",
    ]
    body = "\n\n".join([*story, "Quayside Lanterns"])
    records = tmp_path / "records.jsonl"
    records.write_text(
        "".join(
            json.dumps({"title": "Harbour basin to be dredged", "maintext": body, "n": n}) + "\n" for n in range(3)
        ),
        encoding="utf-8",
    )
    text = tmp_path / "story.txt"
    text.write_text(body, encoding="utf-8")
    for name, leaf, kept in (("everything", 30.0, False), ("nothing", -30.0, True)):
        model = tmp_path / f"{name}.json"
        model.write_text(
            _model((_stump(0, -1e9, leaf, leaf),), threshold=0.5, doubt_threshold=0.4).to_json(), encoding="utf-8"
        )
        for workers in ("1", "2"):
            out = tmp_path / f"{name}-{workers}.jsonl"
            args = ["clean", str(records), "-o", str(out), "--no-learn", "--workers", workers, "--model", str(model)]
            result = CliRunner().invoke(main, args)
            assert result.exit_code == 0, result.output
            cleaned = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
            assert [record["n"] for record in cleaned] == [0, 1, 2]
            assert all(("Quayside Lanterns" in record["maintext"]) is kept for record in cleaned)
        single = CliRunner().invoke(main, ["clean", str(text), "--format", "text", "--model", str(model)])
        assert single.exit_code == 0 and ("Quayside Lanterns" in single.output) is kept
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "copydesk-boilerplate-model", "version": 99}', encoding="utf-8")
    result = CliRunner().invoke(main, ["clean", str(records), "--model", str(bad)])
    assert result.exit_code == 1 and "bad.json" in result.output and "version" in result.output
