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


@dataclass(frozen=True)
class Model:
    labels: tuple[Label, ...]
    bias: tuple[float, ...]
    temperature: float
    weights: tuple[dict[str, int], ...]  # per label, in `labels` order: feature -> weight
    vocabulary: frozenset[str]
    unit: float  # what one unit of an integer weight is worth

    def scores(self, values: dict[str, float]) -> list[float]:
        """Each label's logit for these feature values (a few distinct values: grouped, so
        that each label's sum runs in one pass)."""
        groups: dict[float, list[str]] = {}
        for name, value in values.items():
            if name in self.vocabulary:
                groups.setdefault(value, []).append(name)
        return [bias + self.unit * sum(value * sum(map(table.__getitem__, names))
                                       for value, names in groups.items())
                for bias, table in zip(self.bias, self.weights, strict=True)]

    def knows(self, values: dict[str, float]) -> bool:
        return any(name in self.vocabulary for name in values)

    def probabilities(self, scores: list[float]) -> dict[Label, float]:
        """Calibrated probabilities (the out-of-fold temperature applied)."""
        top = max(scores)
        exps = [math.exp((s - top) / self.temperature) for s in scores]
        norm = sum(exps)
        return {label: e / norm for label, e in zip(self.labels, exps, strict=True)}

    def weight(self, names: frozenset[str], label: Label) -> float:
        """How much these features speak for `label` (a multinomial model's weights for one
        feature sum to about zero over the labels, so a positive sum is evidence for it)."""
        table = self.weights[self.labels.index(label)]
        return self.unit * sum(map(table.__getitem__, names & self.vocabulary))


@lru_cache(maxsize=1)
def load() -> Model:
    data = json.loads(gzip.decompress(resources.files(__package__).joinpath(MODEL_FILE)
                                      .read_bytes()))
    labels = tuple(Label(name) for name in data["labels"])
    names = data["features"]
    weights = tuple(dict(zip(names, data["weights"][label.value], strict=True))
                    for label in labels)
    return Model(labels=labels, bias=tuple(data["bias"]), temperature=float(data["temperature"]),
                 weights=weights, vocabulary=frozenset(names), unit=1.0 / data["unit"])
