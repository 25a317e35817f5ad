"""The learned reply reader's cost and scores: `python bench/bench_reader.py [DEV_CORPUS]`.

Prints, on one core:
- load: the time and resident memory the shipped model takes (measured in a fresh
  interpreter, after `policy.model` is imported, so only the model counts);
- speed: messages classified per second over the project's corpus (text already
  extracted from MIME: the reader alone);
- scores: `relance eval-replies` figures on DEV_CORPUS when given (the real dev corpus
  kept outside the repository: measured, never trained on).
The out-of-fold scores on the training files come from
`python tests/corpus/train_reader.py --report`.
"""

from __future__ import annotations

import io
import subprocess
import sys
import time
from pathlib import Path

from daemon.eval_replies import load_cases, run
from policy.replies import classify
from policy.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus" / "replies.jsonl"
_LOAD = """
import resource, sys, time
import policy.model
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20
before = rss()
started = time.perf_counter()
from policy.replies.reader_model import load
load()
print(time.perf_counter() - started, rss() - before)
"""


def measure_load(rounds: int = 5) -> tuple[float, float]:
    """The best of `rounds` fresh loads (seconds) and the memory they add (MiB)."""
    best = (float("inf"), 0.0)
    for _ in range(rounds):
        out = subprocess.run([sys.executable, "-c", _LOAD], capture_output=True, text=True,
                             check=True, cwd=ROOT).stdout.split()
        best = min(best, (float(out[0]), float(out[1])))
    return best


def measure_speed(rounds: int = 3) -> tuple[float, int]:
    settings = Settings()
    cases = load_cases(CORPUS)
    classify(cases[0].subject, cases[0].text, cases[0].received, settings)  # load once
    started = time.perf_counter()
    for _ in range(rounds):
        for case in cases:
            classify(case.subject, case.text, case.received, settings, case.headers)
    elapsed = time.perf_counter() - started
    return rounds * len(cases) / elapsed, len(cases)


def main() -> None:
    seconds, mib = measure_load()
    print(f"load: {1000 * seconds:.0f} ms, {mib:.1f} MiB resident for the model")
    speed, count = measure_speed()
    print(f"speed: {speed:,.0f} messages per second ({count} messages x 3, one core)")
    if len(sys.argv) > 1:
        out = io.StringIO()
        run(Path(sys.argv[1]), out)
        figures = [line for line in out.getvalue().splitlines()
                   if line.startswith(("decision", "confident", "dates", "refusals", "macro"))]
        print("\n".join(figures))


if __name__ == "__main__":
    main()
