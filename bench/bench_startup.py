"""How fast `relance --help` answers: `python bench/bench_startup.py [ROUNDS]`.

Runs `relance --help` ROUNDS times in fresh interpreters (the installed entry
point's own work: `python -c "from daemon.cli import main; main(['--help'])"`),
prints the median wall time (target: under 0.3 s), then the ten slowest
imports of one run as `python -X importtime` reports them, and checks that no
Google, cryptography or HTTP library was imported.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = "from daemon.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
HEAVY = re.compile(r"\b(google|googleapiclient|cryptography|httplib2|urllib3|requests)\b")


def _once(*flags: str) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *flags, "-c", PROBE], cwd=ROOT, check=True,
                          capture_output=True, text=True)
    return time.perf_counter() - start, done.stderr


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    times = [_once()[0] for _ in range(rounds)]
    print(f"relance --help: median {statistics.median(times):.3f} s, "
          f"min {min(times):.3f} s, max {max(times):.3f} s over {rounds} runs (target < 0.3 s)")
    _, report = _once("-X", "importtime")
    rows = []
    for line in report.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    print("slowest imports (cumulative µs):")
    for cumulative, name in sorted(rows, reverse=True)[:10]:
        print(f"  {cumulative:>8} {name}")
    heavy = sorted({name.strip() for _, name in rows if HEAVY.search(name)})
    print("heavy libraries imported:", ", ".join(heavy) or "none")


if __name__ == "__main__":
    main()
