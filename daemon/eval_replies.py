"""`relance eval-replies PATH`: measure the reply reader on a labelled corpus.

The corpus format is in eval_corpus.py. It prints per-label precision and
recall, the confusion matrix, the first mistakes, the decision accuracy over
the five coarse decisions (refusal, wait, next step, offer, other), the
refusals read as good news, the coverage and precision of the confident
readings (confidence at or above the threshold: what relance acts on without
asking), stated-date accuracy, the D5 flags and, last, the macro-F1.
`--json FILE` writes one line per message: id, expected, got, confidence,
reasons. No calendar or mailbox is needed in the configuration.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from daemon.eval_corpus import DEFAULT_RECEIVED, Case, load_cases
from policy.model import Classification, Label
from policy.replies import classify
from policy.replies.reader_model import COARSE
from policy.settings import Settings
from policy.text import fold

__all__ = ["DEFAULT_RECEIVED", "Case", "Report", "evaluate", "load_cases", "run"]

GOOD_NEWS = (Label.POSITIVE_NEXT_STEP, Label.OFFER)
# Readings below this confidence are asked to the user rather than acted on.
DEFAULT_THRESHOLD = Settings().confidence_threshold  # the daemon's own default
_SHOWN_MISTAKES = 25


@dataclass(frozen=True)
class Outcome:
    case: Case
    got: Classification

    @property
    def decided_right(self) -> bool:
        return COARSE[self.case.label.value] == COARSE[self.got.label.value]

    @property
    def date_right(self) -> bool:
        """The stated date matches `expected_date`, or quotes the corpus's `date_phrase`."""
        if self.case.has_expected_date:
            return self.got.stated_date == self.case.expected_date
        said = _date_phrase(self.got)
        if self.case.date_phrase is None or said is None:
            return said is None and self.case.date_phrase is None
        mine, theirs = " ".join(fold(said).split()), " ".join(fold(self.case.date_phrase).split())
        return mine in theirs or theirs in mine


def _date_phrase(got: Classification) -> str | None:
    for reason in got.reasons:
        if reason.startswith("date ") and ': "' in reason:
            return reason.split(': "', 1)[1].rstrip('"')
    return None


@dataclass(frozen=True)
class Report:
    outcomes: tuple[Outcome, ...]
    threshold: float = DEFAULT_THRESHOLD

    def count(self, expected: Label, got: Label) -> int:
        return sum(1 for o in self.outcomes if o.case.label is expected and o.got.label is got)

    def precision(self, label: Label) -> float:
        predicted = sum(1 for o in self.outcomes if o.got.label is label)
        return self.count(label, label) / predicted if predicted else 0.0

    def recall(self, label: Label) -> float:
        support = sum(1 for o in self.outcomes if o.case.label is label)
        return self.count(label, label) / support if support else 0.0

    def f1(self, label: Label) -> float:
        p, r = self.precision(label), self.recall(label)
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def labels(self) -> tuple[Label, ...]:
        present = {o.case.label for o in self.outcomes}
        return tuple(label for label in Label if label in present)

    @property
    def macro_f1(self) -> float:
        labels = self.labels
        return sum(self.f1(label) for label in labels) / len(labels) if labels else 0.0

    @property
    def decision_accuracy(self) -> float:
        return sum(o.decided_right for o in self.outcomes) / max(1, len(self.outcomes))

    @property
    def confident(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.got.confidence >= self.threshold)

    @property
    def coverage(self) -> float:
        return len(self.confident) / max(1, len(self.outcomes))

    @property
    def confident_precision(self) -> float:
        """Of the confident readings, the share whose decision is right."""
        confident = self.confident
        return sum(o.decided_right for o in confident) / len(confident) if confident else 1.0

    @property
    def dated(self) -> tuple[Outcome, ...]:
        """The entries that say which date the message states (or that it states none)."""
        return tuple(o for o in self.outcomes
                     if o.case.has_expected_date or o.case.has_date_phrase)

    @property
    def date_accuracy(self) -> float:
        dated = self.dated
        return sum(o.date_right for o in dated) / len(dated) if dated else 1.0

    @property
    def refusals_read_as_good_news(self) -> tuple[Outcome, ...]:
        return tuple(
            o for o in self.outcomes if o.case.label.is_rejection and o.got.label in GOOD_NEWS
        )


def evaluate(cases: Sequence[Case], settings: Settings,
             threshold: float = DEFAULT_THRESHOLD) -> Report:
    return Report(tuple(
        Outcome(case, classify(case.subject, case.text, case.received, settings, case.headers))
        for case in cases
    ), threshold)


def run(path: Path, out: TextIO, settings: Settings | None = None, *,
        threshold: float | None = None, json_out: Path | None = None) -> int:
    """Evaluate the corpus at `path` and print the figures; 0 when it could be read."""
    cases = load_cases(path)
    settings = settings or Settings()
    report = evaluate(cases, settings,
                      settings.confidence_threshold if threshold is None else threshold)
    if json_out is not None:
        _write_json(report, json_out)
    languages = Counter(case.lang or "?" for case in cases)
    by_language = ", ".join(f"{name} {count}" for name, count in sorted(languages.items()))
    out.write(f"{len(cases)} messages ({by_language})\n\n")
    _print_scores(report, out)
    _print_confusion(report, out)
    _print_mistakes(report, out)
    _print_figures(report, out)
    out.write(f"macro-F1: {report.macro_f1:.3f}\n")
    return 0


def _write_json(report: Report, path: Path) -> None:
    lines = [json.dumps({
        "id": o.case.id, "expected": o.case.label.value, "got": o.got.label.value,
        "confidence": o.got.confidence, "reasons": list(o.got.reasons),
    }, ensure_ascii=False) for o in report.outcomes]
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def _print_figures(report: Report, out: TextIO) -> None:
    total = len(report.outcomes)
    right = sum(o.decided_right for o in report.outcomes)
    out.write(f"decision accuracy (refusal / wait / next step / offer / other): "
              f"{right}/{total} ({report.decision_accuracy:.3f})\n")
    confident = report.confident
    out.write(f"confident readings (confidence >= {report.threshold:.2f}): {len(confident)}/"
              f"{total}, coverage {report.coverage:.3f}, precision "
              f"{report.confident_precision:.3f}\n")
    dated = report.dated
    exact = sum(o.date_right for o in dated)
    out.write(f"dates: {exact}/{len(dated)} exact ({report.date_accuracy:.3f}) "
              "over the entries with expected_date or date_phrase\n")
    flagged = [o for o in report.outcomes if o.got.discriminatory]
    if any(o.case.has_discriminatory for o in report.outcomes):
        wrong = sum(1 for o in flagged if not o.case.discriminatory)
        missed = sum(1 for o in report.outcomes
                     if o.case.discriminatory and not o.got.discriminatory)
        out.write(f"discriminatory: {len(flagged)} flagged, {wrong} wrongly, {missed} missed\n")
    else:
        out.write(f"discriminatory: {len(flagged)} flagged (the corpus does not say which are)\n")
    out.write(f"refusals read as positive_next_step or offer: "
              f"{len(report.refusals_read_as_good_news)}\n")


def _print_scores(report: Report, out: TextIO) -> None:
    out.write(f"{'label':<30}{'precision':>10}{'recall':>8}{'F1':>7}{'support':>9}\n")
    for label in report.labels:
        support = sum(1 for o in report.outcomes if o.case.label is label)
        out.write(f"{label.value:<30}{report.precision(label):>10.3f}{report.recall(label):>8.3f}"
                  f"{report.f1(label):>7.3f}{support:>9}\n")
    out.write("\n")


_SHORT = {
    Label.HOLDING: "hold", Label.POSITIVE_NEXT_STEP: "next", Label.OFFER: "offer",
    Label.REJECTION_GENERIC: "r-gen", Label.REJECTION_WITH_REASON_SKILLS: "r-skl",
    Label.REJECTION_FUTURE_OPENING: "r-fut", Label.REJECTION_CATEGORICAL: "r-cat",
    Label.OTHER: "other",
}


def _print_confusion(report: Report, out: TextIO) -> None:
    out.write("confusion (rows: expected, columns: read as)\n")
    out.write(" " * 30 + "".join(f"{_SHORT[label]:>6}" for label in Label) + "\n")
    for expected in report.labels:
        row = "".join(f"{report.count(expected, got):>6}" for got in Label)
        out.write(f"{expected.value:<30}{row}\n")
    out.write("\n")


def _print_mistakes(report: Report, out: TextIO) -> None:
    mistakes = [o for o in report.outcomes if o.got.label is not o.case.label]
    mistakes += [o for o in report.dated if o.got.label is o.case.label and not o.date_right]
    for outcome in mistakes[:_SHOWN_MISTAKES]:
        got = outcome.got
        what = (f"{outcome.case.label.value} read as {got.label.value}"
                if got.label is not outcome.case.label
                else f"date {got.stated_date} instead of "
                     f"{outcome.case.expected_date or outcome.case.date_phrase}")
        out.write(f"  {outcome.case.id}: {what}, {got.confidence:.2f} "
                  f"({'; '.join(got.reasons[:2])})\n")
    if len(mistakes) > _SHOWN_MISTAKES:
        out.write(f"  … and {len(mistakes) - _SHOWN_MISTAKES} more\n")
    if mistakes:
        out.write("\n")
