"""The learned boilerplate classifier: a logistic regression over :mod:`copydesk.clean.features`.

Its weights are a JSON file shipped in the package (``data/boilerplate_model.json``), written by
``copydesk bench train-cleaner``, which also records the training split and the held-out figures.
Inference is a dot product in pure Python."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from operator import mul
from typing import Any

from copydesk.clean.features import FEATURE_NAMES, trigger_sets

MODEL_FILE = "boilerplate_model.json"


@dataclass(frozen=True, slots=True)
class BoilerplateModel:
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    training: dict[str, Any]
    doubt_threshold: float | None = None  # from here up to ``threshold``: kept, but reported as a doubt
    # The words of its ``trigger_*`` features, by reason, as they were when it was trained (the rules'
    # vocabulary grows; a model's inputs must not move with it). None: the rules' current words.
    trigger_words: tuple[tuple[str, tuple[str, ...]], ...] | None = None
    # The standardisation folded into the weights (w / scale, and the bias less w * mean / scale):
    # scoring is then one dot product.
    _coefficients: tuple[float, ...] = field(init=False, repr=False, compare=False)
    _intercept: float = field(init=False, repr=False, compare=False)
    triggers_of: tuple[frozenset[str], ...] = field(init=False, repr=False, compare=False)  # for the features

    def __post_init__(self) -> None:
        if not len(self.features) == len(self.mean) == len(self.scale) == len(self.weights):
            raise ValueError("a model needs a mean, a scale and a weight for each feature")
        coefficients = tuple(weight / scale for weight, scale in zip(self.weights, self.scale, strict=True))
        object.__setattr__(self, "_coefficients", coefficients)
        object.__setattr__(self, "_intercept", self.bias - sum(map(mul, coefficients, self.mean)))
        vocabulary = None if self.trigger_words is None else dict(self.trigger_words)
        object.__setattr__(self, "triggers_of", trigger_sets(vocabulary))

    @property
    def doubt_from(self) -> float:
        return self.threshold if self.doubt_threshold is None else min(self.doubt_threshold, self.threshold)

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        out = []
        coefficients, intercept, size = self._coefficients, self._intercept, len(self._coefficients)
        for row in rows:
            if len(row) != size:
                raise ValueError(f"a row of {len(row)} features for a model of {size}")
            z = intercept + sum(map(mul, row, coefficients))
            out.append(1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0))))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "copydesk-boilerplate-model",
            "version": 1,
            "features": list(self.features),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "weights": list(self.weights),
            "bias": self.bias,
            "threshold": self.threshold,
            "doubt_threshold": self.doubt_threshold,
            "trigger_words": None if self.trigger_words is None else {n: list(w) for n, w in self.trigger_words},
            "training": self.training,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BoilerplateModel:
        if data.get("format") != "copydesk-boilerplate-model":
            raise ValueError("not a copydesk boilerplate model")
        model = cls(
            features=tuple(data["features"]),
            mean=tuple(float(v) for v in data["mean"]),
            scale=tuple(float(v) for v in data["scale"]),
            weights=tuple(float(v) for v in data["weights"]),
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            training=dict(data.get("training", {})),
            doubt_threshold=None if data.get("doubt_threshold") is None else float(data["doubt_threshold"]),
            trigger_words=None
            if data.get("trigger_words") is None
            else tuple((str(name), tuple(str(w) for w in words)) for name, words in data["trigger_words"].items()),
        )
        if model.features != FEATURE_NAMES:
            raise ValueError("the model was trained on other features; retrain it (copydesk bench train-cleaner)")
        return model


@cache
def shipped_model() -> BoilerplateModel | None:
    """The model in the package, or ``None`` when none is shipped (cleaning then uses rules only)."""
    try:
        text = resources.files("copydesk.clean").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None
    return BoilerplateModel.from_dict(json.loads(text))
