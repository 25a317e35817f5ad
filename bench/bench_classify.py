"""How fast the reply reader is: `python bench/bench_classify.py [ROUNDS]`.

Reads the project's corpus once, then classifies every message ROUNDS times
on one core and prints messages per second, for the classifier alone and for
the MIME-to-text step of the raw messages. The target is well under 10 ms a
message.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from connectors.mailtext import readable_text_from_bytes
from daemon.eval_replies import load_cases
from policy.replies import classify
from policy.settings import Settings

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "replies.jsonl"


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    settings = Settings()
    cases = load_cases(CORPUS)
    raws = [
        str(item["raw"]).encode("utf-8", "surrogateescape")
        for item in map(json.loads, CORPUS.read_text(encoding="utf-8").splitlines())
        if "raw" in item
    ]
    classify(cases[0].subject, cases[0].text, cases[0].received, settings)  # warm the caches

    started = time.perf_counter()
    for _ in range(rounds):
        for case in cases:
            classify(case.subject, case.text, case.received, settings, case.headers)
    elapsed = time.perf_counter() - started
    count = rounds * len(cases)
    print(f"classify: {count / elapsed:,.0f} messages per second "
          f"({1000 * elapsed / count:.2f} ms a message, {len(cases)} messages x {rounds})")

    started = time.perf_counter()
    for _ in range(rounds):
        for raw in raws:
            readable_text_from_bytes(raw)
    elapsed = time.perf_counter() - started
    count = rounds * len(raws)
    print(f"readable text: {count / elapsed:,.0f} messages per second "
          f"({1000 * elapsed / count:.2f} ms a message, {len(raws)} raw messages x {rounds})")


if __name__ == "__main__":
    main()
