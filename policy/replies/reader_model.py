"""The learned reader's weights, read from the file shipped with the package.

Reading `reader_model.json.gz` through importlib.resources is the one read
policy/ makes: it is a pure read of data that ships with the code (like a
table in a module), done once, with no path, clock or network involved, so
judgement stays a function of its arguments. The file is built by
tests/corpus/train_reader.py (scikit-learn at training time only); scoring
here is plain Python, so reading a message imports no numerical library.
"""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from policy.model import Label

MODEL_FILE = "reader_model.json.gz"
# The five decisions a reading leads to (what the user is asked when unsure).
COARSE: dict[str, str] = {
    Label.HOLDING.value: "wait",
    Label.POSITIVE_NEXT_STEP.value: "next step",
    Label.OFFER.value: "offer",
    Label.REJECTION_GENERIC.value: "refusal",
    Label.REJECTION_WITH_REASON_SKILLS.value: "refusal",
    Label.REJECTION_FUTURE_OPENING.value: "refusal",
    Label.REJECTION_CATEGORICAL.value: "refusal",
    Label.OTHER.value: "other",
}


# What the rules find that only tells one refusal from another (left out of the decision).
KIND_FLAGS = frozenset({"flag:skill", "flag:final", "flag:door"})
_REFUSALS = (Label.REJECTION_GENERIC, Label.REJECTION_WITH_REASON_SKILLS,
             Label.REJECTION_FUTURE_OPENING, Label.REJECTION_CATEGORICAL)


@dataclass(frozen=True)
class Linear:
    """One multinomial logistic regression: a weight per feature for each of its classes."""

    classes: tuple[str, ...]
    weights: tuple[dict[str, int], ...]  # per class, in `classes` order: feature -> weight
    vocabulary: frozenset[str]
    unit: float  # what one unit of an integer weight is worth

    def scores(self, values: dict[str, float]) -> list[float]:
        """Each class's logit for these feature values (a few distinct values: grouped, so
        that each class's sum runs in one pass)."""
        groups: dict[float, list[str]] = {}
        for name, value in values.items():
            if name in self.vocabulary:
                groups.setdefault(value, []).append(name)
        return [self.unit * sum(value * sum(map(table.__getitem__, names))
                                for value, names in groups.items())
                for table in self.weights]

    def weight(self, names: frozenset[str], name: str) -> float:
        """How much these features speak for class `name` (a multinomial model's weights for
        one feature sum to about zero over the classes: a positive sum is evidence for it)."""
        table = self.weights[self.classes.index(name)]
        return self.unit * sum(map(table.__getitem__, names & self.vocabulary))


def softmax(scores: list[float], temperature: float = 1.0) -> list[float]:
    top = max(scores)
    exps = [math.exp((s - top) / temperature) for s in scores]
    norm = sum(exps)
    return [e / norm for e in exps]


@dataclass(frozen=True)
class Model:
    decision: Linear  # refusal / wait / next step / offer / other
    kind: Linear  # which refusal
    temperature: float  # calibrates the decision's probabilities (out of fold)

    def knows(self, values: dict[str, float]) -> bool:
        return any(name in self.decision.vocabulary for name in values)

    def decisions(self, values: dict[str, float]) -> dict[str, float]:
        """Each decision's calibrated probability."""
        probs = softmax(self.decision.scores(values), self.temperature)
        return dict(zip(self.decision.classes, probs, strict=True))

    def kinds(self, values: dict[str, float]) -> dict[Label, float]:
        """Which refusal, if it is one: each kind's probability."""
        probs = softmax(self.kind.scores(values))
        return {Label(name): p for name, p in zip(self.kind.classes, probs, strict=True)}


def _linear(data: dict[str, Any], unit: float) -> Linear:
    names = data["features"]
    weights = tuple(dict(zip(names, data["weights"][name], strict=True))
                    for name in data["labels"])
    return Linear(classes=tuple(data["labels"]), weights=weights, vocabulary=frozenset(names),
                  unit=unit)


@lru_cache(maxsize=1)
def load() -> Model:
    data = json.loads(gzip.decompress(resources.files(__package__).joinpath(MODEL_FILE)
                                      .read_bytes()))
    unit = 1.0 / data["unit"]
    return Model(decision=_linear(data["decision"], unit), kind=_linear(data["kind"], unit),
                 temperature=float(data["temperature"]))
