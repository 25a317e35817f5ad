"""`relance eval-replies PATH`: measure the reply reader on a labelled corpus.

The corpus is JSON Lines, one message per line (README.md, "Measuring the
reply reader on your own mail"): `id`, `lang`, `label`, either `raw` (a whole
RFC 5322 message as text; `raw_base64` for bytes that are not UTF-8) or
`subject` and `body` (plain text, read like a mailbox's: quoted history and
signature cut), optional `received`, `expected_date`, `discriminatory`.
Unknown fields are ignored. It prints per-label precision and recall, the
confusion matrix, date exact-match accuracy, the refusals read as good news,
and, last, the macro-F1.
"""

from __future__ import annotations

import base64
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from email import policy as email_policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, TextIO

from connectors.errors import UserError
from connectors.mailtext import readable_text_from_bytes, strip_reply
from policy.model import Classification, Label
from policy.replies import classify
from policy.settings import Settings

DEFAULT_RECEIVED = datetime.fromisoformat("2026-01-05T10:00:00+01:00")
GOOD_NEWS = (Label.POSITIVE_NEXT_STEP, Label.OFFER)
_MISSING = object()
_SHOWN_MISTAKES = 25


@dataclass(frozen=True)
class Case:
    """One labelled message of the corpus, already turned into text."""

    id: str
    label: Label
    subject: str
    text: str
    received: datetime
    headers: dict[str, str] = field(default_factory=dict)
    has_expected_date: bool = False
    expected_date: date | None = None
    discriminatory: bool = False
    lang: str = ""


@dataclass(frozen=True)
class Outcome:
    case: Case
    got: Classification


@dataclass(frozen=True)
class Report:
    outcomes: tuple[Outcome, ...]

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
    def dated(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.case.has_expected_date)

    @property
    def date_accuracy(self) -> float:
        dated = self.dated
        exact = sum(1 for o in dated if o.got.stated_date == o.case.expected_date)
        return exact / len(dated) if dated else 1.0

    @property
    def refusals_read_as_good_news(self) -> tuple[Outcome, ...]:
        return tuple(
            o for o in self.outcomes if o.case.label.is_rejection and o.got.label in GOOD_NEWS
        )


def load_cases(path: Path) -> list[Case]:
    """Every case of the file (or of the folder's *.jsonl files); bad lines reported together."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    cases: list[Case] = []
    problems: list[str] = []
    for file in files:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise UserError(f"{file}: cannot read the corpus ({error})") from error
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                cases.append(_case(json.loads(line)))
            except (ValueError, KeyError, TypeError) as error:
                problems.append(f"{file}:{number}: {error}")
    if not cases and not problems:
        problems.append(f"{path}: no messages found")
    if problems:
        raise UserError("bad corpus lines:\n" + "\n".join(f"  - {p}" for p in problems))
    return cases


def _case(item: dict[str, Any]) -> Case:
    if not isinstance(item, dict):
        raise TypeError("each line must be a JSON object")
    case_id, label = str(item["id"]), Label(item["label"])
    received = datetime.fromisoformat(item["received"]) if item.get("received") else None
    if received is not None and received.tzinfo is None:
        raise ValueError(f"{case_id}: received must carry a time zone offset")
    headers: dict[str, str] = {}
    if "raw" in item or "raw_base64" in item:
        raw = (base64.b64decode(item["raw_base64"]) if "raw_base64" in item
               else str(item["raw"]).encode("utf-8", "surrogateescape"))
        subject, text = readable_text_from_bytes(raw)
        headers = _headers(raw)
        received = received or _date_header(headers)
    else:
        # A pasted body is read like a mailbox's: history and signature cut.
        subject, text = str(item.get("subject", "")), strip_reply(str(item["body"]))
    expected = item.get("expected_date", _MISSING)
    return Case(
        id=case_id, label=label, subject=subject, text=text,
        received=received or DEFAULT_RECEIVED, headers=headers,
        has_expected_date=expected is not _MISSING,
        expected_date=date.fromisoformat(expected) if isinstance(expected, str) else None,
        discriminatory=bool(item.get("discriminatory", False)), lang=str(item.get("lang", "")),
    )


def _headers(raw: bytes) -> dict[str, str]:
    parsed = BytesParser(policy=email_policy.compat32).parsebytes(raw, headersonly=True)
    return {name: str(value) for name, value in parsed.items()}


def _date_header(headers: dict[str, str]) -> datetime | None:
    try:
        found = parsedate_to_datetime(headers.get("Date", ""))
    except (TypeError, ValueError):
        return None
    return found if found.tzinfo is not None else None


def evaluate(cases: Sequence[Case], settings: Settings) -> Report:
    return Report(tuple(
        Outcome(case, classify(case.subject, case.text, case.received, settings, case.headers))
        for case in cases
    ))


def run(path: Path, out: TextIO, settings: Settings | None = None) -> int:
    """Evaluate the corpus at `path` and print the figures; 0 when it could be read."""
    cases = load_cases(path)
    report = evaluate(cases, settings or Settings())
    languages = Counter(case.lang or "?" for case in cases)
    by_language = ", ".join(f"{name} {count}" for name, count in sorted(languages.items()))
    out.write(f"{len(cases)} messages ({by_language})\n\n")
    _print_scores(report, out)
    _print_confusion(report, out)
    _print_mistakes(report, out)
    dated = report.dated
    exact = sum(1 for o in dated if o.got.stated_date == o.case.expected_date)
    out.write(f"dates: {exact}/{len(dated)} exact ({report.date_accuracy:.3f}) "
              "over the entries with expected_date\n")
    flagged = [o for o in report.outcomes if o.got.discriminatory]
    wrong = sum(1 for o in flagged if not o.case.discriminatory)
    missed = sum(1 for o in report.outcomes if o.case.discriminatory and not o.got.discriminatory)
    out.write(f"discriminatory: {len(flagged)} flagged, {wrong} wrongly, {missed} missed\n")
    out.write(f"refusals read as positive_next_step or offer: "
              f"{len(report.refusals_read_as_good_news)}\n")
    out.write(f"macro-F1: {report.macro_f1:.3f}\n")
    return 0


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
    mistakes += [o for o in report.dated
                 if o.got.label is o.case.label and o.got.stated_date != o.case.expected_date]
    for outcome in mistakes[:_SHOWN_MISTAKES]:
        got = outcome.got
        what = (f"{outcome.case.label.value} read as {got.label.value}"
                if got.label is not outcome.case.label
                else f"date {got.stated_date} instead of {outcome.case.expected_date}")
        out.write(f"  {outcome.case.id}: {what} ({'; '.join(got.reasons[:2])})\n")
    if len(mistakes) > _SHOWN_MISTAKES:
        out.write(f"  … and {len(mistakes) - _SHOWN_MISTAKES} more\n")
    if mistakes:
        out.write("\n")
