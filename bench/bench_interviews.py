"""Interview detection (RULES.md A1) measured on the labelled calendars.

    .venv/bin/python bench/bench_interviews.py [--split dev|heldout|all] [--errors]

Reads every calendar of tests/data/calendars through the ICS connector, as
the daemon does, judges each event with `policy.interview_judge`, and
compares with labels.tsv (one row per event UID; the instances of a series
share its label and are judged once). "Unsure" counts as not detected for
recall and as no false positive for precision: relance asks about it
instead of acting. Prints, per split: precision, recall, unsure rate (on
interviews and on other events), and the Brier score of the likelihood.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from connectors.ics_source import IcsCalendarSource  # noqa: E402
from policy.interview_judge import Outcome, Verdict, judge  # noqa: E402
from policy.settings import Settings  # noqa: E402

DATA = ROOT / "tests" / "data" / "calendars"


@dataclass(frozen=True)
class Judged:
    uid: str
    split: str
    label: bool
    verdict: Verdict


def judged(data: Path = DATA) -> Iterator[Judged]:
    labels = {row["uid"]: row for row in csv.DictReader(
        (data / "labels.tsv").open(encoding="utf-8"), delimiter="\t")}
    users = json.loads((data / "users.json").read_text(encoding="utf-8"))
    seen: set[str] = set()
    for file, user in users.items():
        zone = ZoneInfo(user["timezone"])
        source = IcsCalendarSource(
            data / file, datetime(2026, 10, 1, tzinfo=zone), datetime(2027, 3, 1, tzinfo=zone),
            timezone=user["timezone"], user_emails=user["emails"],
        )
        settings = Settings(timezone=user["timezone"], user_name=user["name"],
                            user_emails=tuple(user["emails"]))
        for event in source.changes(None).events:
            uid = event.source_id.split("/", 1)[0]
            if uid in seen or uid not in labels:
                continue
            seen.add(uid)
            row = labels[uid]
            yield Judged(uid, row["split"], row["label"] == "yes", judge(event, settings))
    missing = set(labels) - seen
    if missing:
        raise SystemExit(f"{len(missing)} labelled events were not read, e.g. {sorted(missing)[0]}")


def report(items: list[Judged], name: str, errors: bool) -> None:
    positives = [j for j in items if j.label]
    negatives = [j for j in items if not j.label]
    said_yes = [j for j in items if j.verdict.outcome is Outcome.INTERVIEW]
    true_pos = [j for j in said_yes if j.label]
    unsure_pos = [j for j in positives if j.verdict.outcome is Outcome.UNSURE]
    unsure_neg = [j for j in negatives if j.verdict.outcome is Outcome.UNSURE]
    precision = len(true_pos) / len(said_yes) if said_yes else 1.0
    recall = len(true_pos) / len(positives) if positives else 1.0
    brier = sum((j.verdict.likelihood - j.label) ** 2 for j in items) / max(1, len(items))
    print(f"{name}: {len(items)} events, {len(positives)} interviews")
    print(f"  precision {precision:.3f} ({len(true_pos)}/{len(said_yes)})"
          f"   recall {recall:.3f} ({len(true_pos)}/{len(positives)})")
    print(f"  unsure: {len(unsure_pos)}/{len(positives)} interviews, "
          f"{len(unsure_neg)}/{len(negatives)} other events "
          f"({(len(unsure_pos) + len(unsure_neg)) / max(1, len(items)):.1%} of all)")
    print(f"  Brier score of the likelihood: {brier:.3f}")
    if errors:
        for j in items:
            outcome = j.verdict.outcome
            wrong = (outcome is Outcome.INTERVIEW) != j.label or outcome is Outcome.UNSURE
            if wrong:
                print(f"    [{'yes' if j.label else 'no '} → {outcome.value}] "
                      f"{j.verdict.event.title!r}: {j.verdict.reason}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    parser.add_argument("--errors", action="store_true", help="list misses, false alarms, unsure")
    args = parser.parse_args()
    items = list(judged())
    for split in ("dev", "heldout"):
        if args.split in (split, "all"):
            report([j for j in items if j.split == split], split, args.errors)
    if args.split == "all":
        report(items, "all", errors=False)


if __name__ == "__main__":
    main()
