"""The cost of one hostile item next to a normal cycle (issue: bounded cost per item).

Each case is the small job search of `tests/daemon/daemon_world.py` (two
interviews, one reply) plus one hostile item, run as one `relance once` in a
fresh process so that its peak memory is its own:

    .venv/bin/python bench/bench_hostile.py

It prints, per case, the seconds of the cycle, the extra seconds over the
normal cycle, the peak RSS and the problem lines the user sees.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ACME = "jeanne.dupont@acme-industrie.example"


def _event(rule: str = "", attendees: int = 0) -> str:
    people = "".join(f"ATTENDEE;CN=P{i}:mailto:p{i}@corp.example\r\n" for i in range(attendees))
    return ("BEGIN:VEVENT\r\nUID:hostile@test.example\r\nDTSTAMP:20261120T080000Z\r\n"
            "DTSTART:20261201T080000Z\r\nDTEND:20261201T083000Z\r\nSUMMARY:Standup\r\n"
            f"{rule}{people}END:VEVENT\r\n")


def _mail(subject: str = "Re: Entretien", body: str = "Merci, nous revenons vers vous.",
          extra: str = "") -> bytes:
    return (f"From: Jeanne Dupont <{ACME}>\r\nTo: camille.martin@gmail.com\r\n"
            f"Date: Wed, 09 Dec 2026 08:10:00 +0100\r\nSubject: {subject}\r\n{extra}"
            "Message-ID: <h1@acme-industrie.example>\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


CASES: dict[str, dict[str, object]] = {
    "normal cycle": {},
    "RRULE:FREQ=MINUTELY, no end": {"event": _event("RRULE:FREQ=MINUTELY\r\n")},
    "RRULE:FREQ=HOURLY;COUNT=1000000": {"event": _event("RRULE:FREQ=HOURLY;COUNT=1000000\r\n")},
    "50,000 attendees": {"event": _event(attendees=50_000)},
    "130 KB subject": {"mail": _mail(subject="candidature " * 11_000)},
    "1 MB reply body": {"mail": _mail(body="Nous revenons vers vous bientot. " * 32_000)},
    "5,000 References": {"mail": _mail(extra="References: " + " ".join(
        f"<r{i}@x.example>" for i in range(5_000)) + "\r\n")},
}

CHILD = r"""
import io, json, resource, sys, time
sys.path.insert(0, sys.argv[2])
from rich.console import Console
from daemon.cli import main
out = io.StringIO()
started = time.perf_counter()
code = main(["--config", sys.argv[1], "--now", "2026-12-09T09:30", "once"],
            Console(file=out, width=400), Console(file=out, width=400))
seconds = time.perf_counter() - started
problems = [l.strip("  • ") for l in out.getvalue().splitlines() if l.startswith("  • ")]
print(json.dumps({"code": code, "seconds": seconds, "problems": problems,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_case(case: dict[str, object]) -> dict[str, object]:
    sys.path.insert(0, str(ROOT / "tests" / "daemon"))
    from daemon_world import setup_world

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        config = setup_world(root)
        if "event" in case:
            agenda = root / "calendar" / "agenda.ics"
            text = agenda.read_text(encoding="utf-8")
            agenda.write_text(text.replace("END:VCALENDAR", f"{case['event']}END:VCALENDAR"),
                              encoding="utf-8")
        if "mail" in case:
            (root / "Maildir" / "new" / "1765264200.hostile.test").write_bytes(
                case["mail"])  # type: ignore[arg-type]
        done = subprocess.run([sys.executable, "-c", CHILD, str(config), str(ROOT)],
                              capture_output=True, text=True, cwd=ROOT, check=True)
        return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    results = {name: run_case(case) for name, case in CASES.items()}
    base = float(results["normal cycle"]["seconds"])  # type: ignore[arg-type]
    print(f"{'case':36} {'exit':>4} {'seconds':>8} {'extra':>7} {'peak RSS':>9}  problems")
    for name, r in results.items():
        seconds = float(r["seconds"])  # type: ignore[arg-type]
        problems = "; ".join(str(p)[:90] for p in r["problems"]) or "-"  # type: ignore[attr-defined]
        print(f"{name:36} {r['code']:>4} {seconds:8.2f} {seconds - base:+7.2f} "
              f"{float(r['rss_mb']):7.0f} MB  {problems}")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
