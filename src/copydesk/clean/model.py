"""The learned boilerplate classifier: gradient-boosted regression trees over
:mod:`copydesk.clean.features`, whose summed leaves are the log-odds that a paragraph is page furniture.

The trees are a JSON file shipped in the package (``data/boilerplate_model.json``), written by
``copydesk bench train-cleaner``, which also records the training split and the held-out figures;
:func:`load_model` reads another such file (``copydesk.clean(..., model=...)``, ``copydesk bench clean
--model FILE``).
Inference is pure Python: at load, the trees become one Python function of nested comparisons (built
from the file's numbers alone, after checking that every tree is well formed), a few microseconds a
paragraph."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from copydesk.clean.features import FEATURE_NAMES, trigger_sets

MODEL_FILE = "boilerplate_model.json"
FORMAT = "copydesk-boilerplate-model"
VERSION = 2
MAX_DEPTH = 12  # deeper trees are refused: the generated expression nests once a level


@dataclass(frozen=True, slots=True)
class Tree:
    """One regression tree in flat arrays: node ``i`` is a leaf when ``feature[i]`` is -1 (its score is
    ``value[i]``, the learning rate already applied), else it sends a row to ``left[i]`` when
    ``row[feature[i]] <= threshold[i]`` and to ``right[i]`` otherwise. Node 0 is the root and every
    child comes after its parent, so a tree is finite and has no cycle."""

    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]

    def check(self, features: int) -> None:
        """Raise ValueError unless this is a well-formed tree over ``features`` inputs."""
        size = len(self.feature)
        if not size or not size == len(self.threshold) == len(self.left) == len(self.right) == len(self.value):
            raise ValueError("a tree needs a feature, a threshold, two children and a value for each node")
        for i in range(size):
            if not (math.isfinite(self.value[i]) and math.isfinite(self.threshold[i])):
                raise ValueError(f"node {i}: a value or threshold that is not a finite number")
            if self.feature[i] == -1:
                continue
            if not 0 <= self.feature[i] < features:
                raise ValueError(f"node {i}: feature {self.feature[i]} of a model of {features}")
            if not (i < self.left[i] < size and i < self.right[i] < size):
                raise ValueError(f"node {i}: a child that does not come after it in the tree")
        if self.depth() > MAX_DEPTH:
            raise ValueError(f"a tree deeper than {MAX_DEPTH}")

    def depth(self) -> int:
        """The most comparisons a row meets (children come after parents: one pass in node order)."""
        depths: dict[int, int] = {0: 0}
        for i in range(len(self.feature)):
            if i in depths and self.feature[i] != -1:
                for child in (self.left[i], self.right[i]):
                    depths[child] = max(depths.get(child, 0), depths[i] + 1)
        return max(depths.values())

    def score(self, row: Sequence[float]) -> float:
        """The leaf ``row`` reaches (the reference the compiled function is tested against)."""
        node = 0
        while self.feature[node] != -1:
            node = self.left[node] if row[self.feature[node]] <= self.threshold[node] else self.right[node]
        return self.value[node]

    def expression(self, node: int = 0) -> str:
        """This tree as a Python expression of ``x0``, ``x1``, ... (the row's values), made of its
        numbers alone."""
        if self.feature[node] == -1:
            return repr(float(self.value[node]))
        return (
            f"({self.expression(self.left[node])} if x{int(self.feature[node])} <= "
            f"{float(self.threshold[node])!r} else {self.expression(self.right[node])})"
        )

    def to_dict(self) -> dict[str, list[Any]]:
        return {
            "feature": list(self.feature),
            "threshold": list(self.threshold),
            "left": list(self.left),
            "right": list(self.right),
            "value": list(self.value),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Tree:
        return cls(
            _integers(data["feature"]),
            _numbers(data["threshold"]),
            _integers(data["left"]),
            _integers(data["right"]),
            _numbers(data["value"]),
        )


def _integers(values: Any) -> tuple[int, ...]:
    if not isinstance(values, list) or not all(type(v) is int for v in values):
        raise ValueError("a list of whole numbers was expected")
    return tuple(values)


def _numbers(values: Any) -> tuple[float, ...]:
    if not isinstance(values, list):
        raise ValueError("a list of numbers was expected")
    return tuple(_number(v) for v in values)  # each checked there


def _number(value: Any) -> float:
    if type(value) not in (int, float):
        raise ValueError(f"a number was expected, not {value!r:.40}")
    try:
        return float(value)
    except OverflowError as error:  # an integer too large for a float
        raise ValueError("a number too large") from error


@dataclass(frozen=True, slots=True)
class BoilerplateModel:
    features: tuple[str, ...]
    trees: tuple[Tree, ...]
    base_score: float  # the log-odds before any tree (the training prior)
    threshold: float
    training: dict[str, Any]
    doubt_threshold: float | None = None  # from here up to ``threshold``: kept, but reported as a doubt
    # The words of its ``trigger_*`` features, by reason, as they were when it was trained (the rules'
    # vocabulary grows; a model's inputs must not move with it). None: the rules' current words.
    trigger_words: tuple[tuple[str, tuple[str, ...]], ...] | None = None
    _score: Callable[[Sequence[float]], float] = field(init=False, repr=False, compare=False)
    triggers_of: tuple[frozenset[str], ...] = field(init=False, repr=False, compare=False)  # for the features

    def __post_init__(self) -> None:
        if not math.isfinite(self.base_score):
            raise ValueError("a model's base score must be a finite number")
        for threshold in (self.threshold, self.doubt_threshold):
            if threshold is not None and not 0.0 <= threshold <= 1.0:  # NaN fails too
                raise ValueError("a model's thresholds are probabilities, from 0 to 1")
        for tree in self.trees:
            tree.check(len(self.features))
        object.__setattr__(self, "_score", _compile(self.trees, len(self.features)))
        vocabulary = None if self.trigger_words is None else dict(self.trigger_words)
        object.__setattr__(self, "triggers_of", trigger_sets(vocabulary))

    @property
    def doubt_from(self) -> float:
        return self.threshold if self.doubt_threshold is None else min(self.doubt_threshold, self.threshold)

    def log_odds(self, row: Sequence[float]) -> float:
        if len(row) != len(self.features):
            raise ValueError(f"a row of {len(row)} features for a model of {len(self.features)}")
        return self.base_score + self._score(row)

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        return [1.0 / (1.0 + math.exp(-max(min(self.log_odds(row), 30.0), -30.0))) for row in rows]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "kind": "gradient-boosted trees (leaf values include the learning rate)",
            "features": list(self.features),
            "base_score": self.base_score,
            "threshold": self.threshold,
            "doubt_threshold": self.doubt_threshold,
            "trigger_words": None if self.trigger_words is None else {n: list(w) for n, w in self.trigger_words},
            "training": self.training,
            "trees": [tree.to_dict() for tree in self.trees],
        }

    def to_json(self) -> str:
        """The model file's text: the fields one to a line, each tree on a line of its own."""
        data = self.to_dict()
        trees = data.pop("trees")
        head = json.dumps(data, indent=1, ensure_ascii=False)
        lines = ",\n".join("  " + json.dumps(tree, separators=(",", ":")) for tree in trees)
        return head[:-2] + ',\n "trees": [\n' + lines + "\n ]\n}\n"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BoilerplateModel:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a copydesk boilerplate model")
        if data.get("version") != VERSION:
            raise ValueError(f"a model of format version {data.get('version')}; this copydesk reads {VERSION}")
        try:
            words = data.get("trigger_words")
            if words is not None:
                _check_vocabulary(words)
            if not isinstance(data["trees"], list) or not all(isinstance(tree, dict) for tree in data["trees"]):
                raise ValueError("trees: a list of trees was expected")
            if not isinstance(data["features"], list) or not all(isinstance(name, str) for name in data["features"]):
                raise ValueError("features: a list of names was expected")
            model = cls(
                features=tuple(data["features"]),
                trees=tuple(Tree.from_dict(tree) for tree in data["trees"]),
                base_score=_number(data["base_score"]),
                threshold=_number(data["threshold"]),
                training=dict(data.get("training", {})),
                doubt_threshold=None if data.get("doubt_threshold") is None else _number(data["doubt_threshold"]),
                trigger_words=None
                if words is None
                else tuple((str(name), tuple(str(w) for w in values)) for name, values in words.items()),
            )
        except (KeyError, TypeError, AttributeError) as error:  # a field missing or of the wrong kind
            raise ValueError(f"a malformed model file: {type(error).__name__}: {error}") from error
        if model.features != FEATURE_NAMES:
            raise ValueError("the model was trained on other features; retrain it (copydesk bench train-cleaner)")
        return model


def _check_vocabulary(words: Any) -> None:
    """A model's trigger words: for each reason the features read, a list of words."""
    reasons = {name.removeprefix("trigger_") for name in FEATURE_NAMES if name.startswith("trigger_")}
    if not isinstance(words, dict) or set(words) != reasons:
        raise ValueError(f"trigger_words: a list of words for each of {sorted(reasons)} was expected")
    for name, values in words.items():
        if not isinstance(values, list) or not all(isinstance(word, str) for word in values):
            raise ValueError(f"trigger_words[{name!r}]: a list of words was expected")


def _compile(trees: Sequence[Tree], features: int) -> Callable[[Sequence[float]], float]:
    """The sum of the trees' leaves for a row, as one generated function (the row unpacked into local
    names first): some five times faster than walking the arrays. The source holds only numbers
    (indices made ``int``, thresholds and values ``float``, of checked trees), never text read from a
    file."""
    names = "".join(f"x{i}, " for i in range(features))
    lines = "".join(f"    s += {tree.expression()}\n" for tree in trees)  # a statement a tree: no deep nesting
    source = f"def score(row):\n    ({names}) = row\n    s = 0.0\n{lines}    return s\n"
    namespace: dict[str, Any] = {}
    exec(compile(source, "<copydesk boilerplate model>", "exec"), namespace)
    score: Callable[[Sequence[float]], float] = namespace["score"]
    return score


@cache
def shipped_model() -> BoilerplateModel | None:
    """The model in the package, or ``None`` when none is shipped (cleaning then uses rules only)."""
    try:
        text = resources.files("copydesk.clean").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None
    return BoilerplateModel.from_dict(json.loads(text))


class ModelError(ValueError):
    """A model file that cannot be read or is no boilerplate model; the message names the file."""


def load_model(path: str | os.PathLike[str]) -> BoilerplateModel:
    """A model file written by ``copydesk bench train-cleaner``; :class:`ModelError` when it cannot be read
    or is not one."""
    try:
        with open(path, encoding="utf-8") as file:
            data = json.load(file)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ModelError(f"{os.fspath(path)}: cannot read the model: {error}") from error
    try:
        return BoilerplateModel.from_dict(data)
    except (ValueError, TypeError, KeyError) as error:
        raise ModelError(f"{os.fspath(path)}: {error}") from error
