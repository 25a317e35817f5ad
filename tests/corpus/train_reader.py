"""Train the reply reader into policy/replies/reader_model.json.gz.

Run from the repository root after changing a training file:
`.venv/bin/python tests/corpus/train_reader.py` (scikit-learn, a dev
dependency, is needed here only; reading needs the shipped file alone).

Training files: tests/corpus/replies.jsonl (written for the project) and
tests/corpus/real/*.jsonl (real public recruiter mail, each line with its
source). The dev corpus of real replies kept outside the repository is never
read here: it measures, it does not teach.

The model: two multinomial logistic regressions (L2, balanced class weights,
no intercept) over policy.replies.features, with the features seen in fewer
than two training messages left out: one decides among refusal, wait, next
step, offer and other (without the findings that only tell refusals apart:
a named skill, final words, a door kept open), the other, trained on the
refusals alone, tells which refusal. The decision's probabilities are
calibrated by one temperature fitted on out-of-fold predictions (5 folds,
stratified, fixed seed): the confidence a reading carries is the probability
that its decision is right. Everything is seeded and the output file is
written with sorted keys and rounded weights, so two runs give the same bytes.

`--report` prints the out-of-fold figures; `--exclude SPLIT` leaves a part of
tests/corpus/replies.jsonl out of training (to measure it as unseen mail);
`--output FILE` writes the model elsewhere.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from daemon.eval_replies import DEFAULT_THRESHOLD as THRESHOLD
from daemon.eval_replies import Case, load_cases
from policy.replies.features import message_features
from policy.replies.reader_model import COARSE, KIND_FLAGS, MODEL_FILE

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus" / "replies.jsonl"
REAL = ROOT / "tests" / "corpus" / "real"
STRENGTH = 16.0  # inverse L2 strength: chosen by out-of-fold macro-F1 on the training files
MIN_MESSAGES = 2
FOLDS = 5
SEED = 0
DIGITS = 4
PRUNE = 0.25  # features weighing less than this for every label change hardly any reading
UNIT = 1000


def training_cases(excluded: set[str]) -> tuple[list[Case], list[str]]:
    """The training messages, and the part each comes from (a corpus split, or the file of
    real mail)."""
    splits = {json.loads(line)["id"]: json.loads(line).get("split", "dev")
              for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()}
    cases = [c for c in load_cases(CORPUS) if splits[c.id] not in excluded]
    parts = [splits[c.id] for c in cases]
    for path in sorted(REAL.glob("*.jsonl")):
        if path.stat().st_size:
            real = load_cases(path)
            cases += real
            parts += [path.stem] * len(real)
    return cases, parts


def fit(rows: list[dict[str, float]], labels: list[str]) -> tuple[DictVectorizer, Any]:
    seen = Counter(name for row in rows for name in row)
    kept = [{k: v for k, v in row.items() if seen[k] >= MIN_MESSAGES} for row in rows]
    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform(kept)
    # No intercept: a label's prior would otherwise decide the short notes that say little.
    model = LogisticRegression(C=STRENGTH, max_iter=5000, class_weight="balanced",
                               fit_intercept=False)
    model.fit(matrix, labels)
    return vectorizer, model


def decision_rows(rows: list[dict[str, float]]) -> list[dict[str, float]]:
    """What the decision is learned from: all but the findings that only tell refusals apart."""
    return [{k: v for k, v in row.items() if k not in KIND_FLAGS} for row in rows]


@dataclass
class Trained:
    decision: tuple[DictVectorizer, Any]  # refusal / wait / next step / offer / other
    kind: tuple[DictVectorizer, Any]  # which refusal, learned from the refusals alone


def train(rows: list[dict[str, float]], labels: list[str]) -> Trained:
    refusals = [i for i, label in enumerate(labels) if COARSE[label] == "refusal"]
    return Trained(
        decision=fit(decision_rows(rows), [COARSE[label] for label in labels]),
        kind=fit([rows[i] for i in refusals], [labels[i] for i in refusals]),
    )


def scores(part: tuple[DictVectorizer, Any], rows: list[dict[str, float]]) -> np.ndarray:
    vectorizer, model = part
    return np.asarray(model.decision_function(vectorizer.transform(rows)))


def out_of_fold(rows: list[dict[str, float]], labels: list[str]
                ) -> tuple[np.ndarray, np.ndarray, list[str], list[str]]:
    """Each message's decision and kind logits from models that never saw it."""
    decisions, kinds = sorted(set(COARSE.values())), sorted(k for k in COARSE
                                                            if COARSE[k] == "refusal")
    decision_logits = np.zeros((len(rows), len(decisions)))
    kind_logits = np.zeros((len(rows), len(kinds)))
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    for train_index, test in folds.split(rows, labels):
        trained = train([rows[i] for i in train_index], [labels[i] for i in train_index])
        assert list(trained.decision[1].classes_) == decisions
        assert list(trained.kind[1].classes_) == kinds
        held = [rows[i] for i in test]
        decision_logits[test] = scores(trained.decision, decision_rows(held))
        kind_logits[test] = scores(trained.kind, held)
    return decision_logits, kind_logits, decisions, kinds


def softmax(logits: np.ndarray, value: float = 1.0) -> np.ndarray:
    scaled = logits / value
    probs = np.exp(scaled - scaled.max(axis=1, keepdims=True))
    return np.asarray(probs / probs.sum(axis=1, keepdims=True))


def temperature(logits: np.ndarray, truth: list[str], classes: list[str]) -> float:
    """The temperature that makes the out-of-fold probabilities honest (least log-loss)."""
    index = np.array([classes.index(t) for t in truth])
    best = (math.inf, 1.0)
    for step in range(5, 301):
        probs = softmax(logits, step / 100)
        loss = -float(np.mean(np.log(probs[np.arange(len(index)), index] + 1e-12)))
        best = min(best, (loss, step / 100))
    return best[1]


def _table(part: tuple[DictVectorizer, Any]) -> dict[str, Any]:
    vectorizer, model = part
    kept = sorted(
        (name, index) for name, index in vectorizer.vocabulary_.items()
        if np.abs(model.coef_[:, index]).max() >= PRUNE
    )
    # Integer weights (in units of 1 / UNIT): smaller to ship, faster to parse and to sum.
    return {
        "labels": [str(c) for c in model.classes_],
        "features": [name for name, _ in kept],
        "weights": {
            str(label): [round(float(model.coef_[row, index]) * UNIT) for _, index in kept]
            for row, label in enumerate(model.classes_)
        },
    }


def export(trained: Trained, scale: float, trained_on: dict[str, int], path: Path) -> int:
    """Write the model; the number of features kept."""
    payload = {
        "temperature": scale, "trained_on": trained_on, "unit": UNIT,
        "decision": _table(trained.decision), "kind": _table(trained.kind),
    }
    data = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    path.write_bytes(gzip.compress(data.encode("utf-8"), compresslevel=9, mtime=0))
    return len(payload["decision"]["features"]) + len(payload["kind"]["features"])


def _macro_f1(labels: list[str], got: list[str]) -> float:
    f1s = []
    for c in sorted(set(labels)):
        tp = sum(1 for a, b in zip(labels, got, strict=True) if a == b == c)
        p, r = tp / max(1, got.count(c)), tp / max(1, labels.count(c))
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    return float(np.mean(f1s))


def report(decision_logits: np.ndarray, kind_logits: np.ndarray, cases: list[Case],
           splits: list[str], classes: tuple[list[str], list[str]], scale: float,
           threshold: float) -> None:
    """Out-of-fold figures, read as classify reads: the decision first, then its kind."""
    decisions, kinds = classes
    sure = softmax(decision_logits, scale)
    labels = [c.label.value for c in cases]
    got = []
    for decision_row, kind_row in zip(sure, kind_logits, strict=True):
        decision = decisions[int(decision_row.argmax())]
        got.append(kinds[int(kind_row.argmax())] if decision == "refusal"
                   else next(k for k in COARSE if COARSE[k] == decision))
    right = [COARSE[a] == COARSE[b] for a, b in zip(labels, got, strict=True)]
    confident = [r for r, p in zip(right, sure.max(axis=1), strict=True) if p >= threshold]
    print(f"out-of-fold ({len(cases)} messages): macro-F1 {_macro_f1(labels, got):.3f}, "
          f"decision accuracy {np.mean(right):.3f}, confident (>= {threshold}) coverage "
          f"{len(confident) / len(cases):.3f} precision {np.mean(confident):.3f}, "
          f"temperature {scale}")
    peaks = sure.max(axis=1)
    for level in (0.6, 0.7, 0.8, 0.9, 0.95):
        chosen = [r for r, p in zip(right, peaks, strict=True) if p >= level]
        print(f"  at {level:.2f}: coverage {len(chosen) / len(cases):.3f}, "
              f"precision {np.mean(chosen) if chosen else 1.0:.3f}")
    for split in sorted(set(splits)):
        index = [i for i, name in enumerate(splits) if name == split]
        print(f"  {split:<10} {len(index):>4} messages: macro-F1 "
              f"{_macro_f1([labels[i] for i in index], [got[i] for i in index]):.3f}, "
              f"decision accuracy {np.mean([right[i] for i in index]):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--exclude", nargs="*", default=[])
    parser.add_argument("--report", action="store_true")
    parser.add_argument("--output", type=Path, default=ROOT / "policy" / "replies" / MODEL_FILE)
    args = parser.parse_args()
    started = time.perf_counter()
    cases, parts = training_cases(set(args.exclude))
    real = sum(1 for part in parts if part.startswith("public"))
    rows = [message_features(c.subject, c.text) for c in cases]
    labels = [c.label.value for c in cases]
    decision_logits, kind_logits, decisions, kinds = out_of_fold(rows, labels)
    scale = temperature(decision_logits, [COARSE[label] for label in labels], decisions)
    if args.report:
        report(decision_logits, kind_logits, cases, parts, (decisions, kinds), scale, THRESHOLD)
    kept = export(train(rows, labels), scale, {"messages": len(cases), "real": real},
                  args.output)
    print(f"{args.output}: {len(cases)} messages, {kept} features kept, "
          f"{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
