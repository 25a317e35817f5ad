"""Train the reply reader into policy/replies/reader_model.json.gz.

Run from the repository root after changing a training file:
`.venv/bin/python tests/corpus/train_reader.py` (scikit-learn, a dev
dependency, is needed here only; reading needs the shipped file alone).

Training files: tests/corpus/replies.jsonl (written for the project) and
tests/corpus/real/*.jsonl (real public recruiter mail, each line with its
source). The dev corpus of real replies kept outside the repository is never
read here: it measures, it does not teach.

The model: a multinomial logistic regression (L2, balanced class weights) over
policy.replies.features, with the features seen in fewer than two training
messages left out. Its probabilities are calibrated by one temperature fitted
on out-of-fold predictions (5 folds, stratified, fixed seed): the confidence a
reading carries is the probability that its coarse decision (refusal, wait,
next step, offer, other) is right. Everything is seeded and the output file is
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
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from daemon.eval_replies import DEFAULT_THRESHOLD as THRESHOLD
from daemon.eval_replies import Case, load_cases
from policy.replies.features import message_features
from policy.replies.reader_model import COARSE, MODEL_FILE

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus" / "replies.jsonl"
REAL = ROOT / "tests" / "corpus" / "real"
STRENGTH = 16.0  # inverse L2 strength: chosen by out-of-fold macro-F1 on the training files
MIN_MESSAGES = 2
FOLDS = 5
SEED = 0
DIGITS = 4
PRUNE = 0.1  # features weighing less than this for every label change hardly any reading
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


def out_of_fold(rows: list[dict[str, float]], labels: list[str]) -> tuple[np.ndarray, list[str]]:
    """Each message's logits from a model that never saw it."""
    logits = np.zeros((len(rows), len(set(labels))))
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    classes: list[str] = sorted(set(labels))
    for train, test in folds.split(rows, labels):
        vectorizer, model = fit([rows[i] for i in train], [labels[i] for i in train])
        assert list(model.classes_) == classes
        logits[test] = model.decision_function(vectorizer.transform([rows[i] for i in test]))
    return logits, classes


def temperature(logits: np.ndarray, labels: list[str], classes: list[str]) -> float:
    """The temperature that makes the out-of-fold coarse probabilities honest (least log-loss)."""
    groups = [COARSE[c] for c in classes]
    names = sorted(set(groups))
    member = np.array([[g == n for n in names] for g in groups], dtype=float)
    truth = np.array([names.index(COARSE[label]) for label in labels])
    best = (math.inf, 1.0)
    for step in range(5, 301):
        value = step / 100
        scaled = logits / value
        scaled -= scaled.max(axis=1, keepdims=True)
        probs = np.exp(scaled)
        probs /= probs.sum(axis=1, keepdims=True)
        coarse = probs @ member
        loss = -float(np.mean(np.log(coarse[np.arange(len(truth)), truth] + 1e-12)))
        best = min(best, (loss, value))
    return best[1]


def export(vectorizer: DictVectorizer, model: Any, scale: float, trained_on: dict[str, int],
           path: Path) -> int:
    """Write the model; the number of features kept."""
    kept = sorted(
        (name, index) for name, index in vectorizer.vocabulary_.items()
        if np.abs(model.coef_[:, index]).max() >= PRUNE
    )
    # Integer weights (in units of 1 / UNIT): smaller to ship, faster to parse and to sum.
    payload = {
        "labels": [str(c) for c in model.classes_],
        "bias": [round(float(b), DIGITS) for b in model.intercept_],
        "temperature": scale,
        "trained_on": trained_on,
        "unit": UNIT,
        "features": [name for name, _ in kept],
        "weights": {
            str(label): [round(float(model.coef_[row, index]) * UNIT) for _, index in kept]
            for row, label in enumerate(model.classes_)
        },
    }
    data = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    path.write_bytes(gzip.compress(data.encode("utf-8"), compresslevel=9, mtime=0))
    return len(kept)


def _macro_f1(labels: list[str], got: list[str]) -> float:
    f1s = []
    for c in sorted(set(labels)):
        tp = sum(1 for a, b in zip(labels, got, strict=True) if a == b == c)
        p, r = tp / max(1, got.count(c)), tp / max(1, labels.count(c))
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    return float(np.mean(f1s))


def report(logits: np.ndarray, cases: list[Case], splits: list[str], classes: list[str],
           scale: float, threshold: float) -> None:
    """Out-of-fold figures, read as classify reads: the decision first, then its kind."""
    scaled = logits / scale
    probs = np.exp(scaled - scaled.max(axis=1, keepdims=True))
    probs /= probs.sum(axis=1, keepdims=True)
    labels = [c.label.value for c in cases]
    got, sure = [], []
    for row in probs:
        mass: dict[str, float] = {}
        for c, p in zip(classes, row, strict=True):
            mass[COARSE[c]] = mass.get(COARSE[c], 0.0) + float(p)
        decision = max(mass, key=lambda name: mass[name])
        got.append(max((c for c in classes if COARSE[c] == decision),
                       key=lambda c: row[classes.index(c)]))
        sure.append(mass[decision])
    right = [COARSE[a] == COARSE[b] for a, b in zip(labels, got, strict=True)]
    confident = [r for r, p in zip(right, sure, strict=True) if p >= threshold]
    print(f"out-of-fold ({len(cases)} messages): macro-F1 {_macro_f1(labels, got):.3f}, "
          f"decision accuracy {np.mean(right):.3f}, confident (>= {threshold}) coverage "
          f"{len(confident) / len(cases):.3f} precision {np.mean(confident):.3f}, "
          f"temperature {scale}")
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
    logits, classes = out_of_fold(rows, labels)
    scale = temperature(logits, labels, classes)
    if args.report:
        report(logits, cases, parts, classes, scale, THRESHOLD)
    vectorizer, model = fit(rows, labels)
    kept = export(vectorizer, model, scale, {"messages": len(cases), "real": real}, args.output)
    print(f"{args.output}: {len(cases)} messages, {kept} features kept, "
          f"{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
