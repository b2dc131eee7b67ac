"""CLI start-up: `python -m console …` against `python -c pass`, timed in the same run.

    python bench/bench_cli.py [--repeat 10]

Each command runs --repeat times as a fresh process (cwd: the repository); the median wall time is printed
next to the baseline (`python -c pass`) and as a multiple of it. The assess and aqi inputs are small files
written to a temporary folder, so the figures are start-up plus a trivial amount of work.
Figures are printed, never asserted.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(argv: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        done = subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - t)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(argv)} failed: {done.stderr.decode(errors='replace')}")
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        fc = Path(tmp) / "f.csv"
        fc.write_text("date,aqi,primary_pollutant\n2025-12-03,216,细颗粒物(PM2.5)\n2025-12-04,238,PM2.5\n",
                      encoding="utf-8")
        conc = Path(tmp) / "c.csv"
        conc.write_text("time,pm25,pm10\n2025-12-03 08:00,115,150\n", encoding="utf-8")
        cases = [
            ("python -c pass (baseline)", [py, "-c", "pass"]),
            ("python -m console --help", [py, "-m", "console", "--help"]),
            ("python -m console measures --level red", [py, "-m", "console", "measures", "--level", "red"]),
            ("python -m console assess f.csv --at …", [py, "-m", "console", "assess", str(fc), "--at",
                                                       "2025-12-03 08:00"]),
            ("python -m console aqi c.csv", [py, "-m", "console", "aqi", str(conc)]),
        ]
        base = None
        print(f"{'command':<44} {'median':>8} {'× baseline':>11}")
        for label, argv in cases:
            t = timed(argv, args.repeat)
            base = base or t
            print(f"{label:<44} {t * 1000:>6.0f}ms {t / base:>10.1f}×")
    print("before issue 15 every CLI call imported all subcommands (≈ 0.47 s on the issue's machine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
