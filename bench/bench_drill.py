"""The drill runner's cost per simulated hour (issue 12 item 5), before and after, from the same run.

    python bench/bench_drill.py [--scenario full_cycle] [--before 71e0741] [--repeat 1]

Each side runs in its own Python process (so the two do not share caches or imports): "after" on this working
tree, "before" on the tree of the commit --before (git archive into a temporary folder; default: the commit before
the runner's work was made cheaper). A side runs the scenario as the 演练 page does when the trainer steps it by
1 h (FixedClock, runner.advance once per simulated hour, as widgets/drills/drills_page.py on its worker) and once
headless at --speed max (console.drills.run, with its report). Timed with the process CPU clock (what the worker
holds the GIL for): the whole hourly run, its worst step, its worst step after the first (full_cycle's first hour
imports the demo meters' five weeks of history, a one-off) and the median step; the headless run in all. The score of
both sides is printed so a difference shows. Figures are printed, never asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_SIDE = r"""
import json, statistics, sys, tempfile, time
from datetime import timedelta
from console import drills
from console.common.clock import FixedClock
name, repeat = sys.argv[1], int(sys.argv[2])
best = None
for _ in range(repeat):
    sc = drills.load(name)
    runner = drills.DrillRunner(sc, FixedClock(sc.start), out_dir=tempfile.mkdtemp())
    t, steps = sc.start, []
    while not runner.finished:
        t += timedelta(hours=1)
        runner.base.set(t)
        s = time.process_time()
        runner.advance(t)
        steps.append(time.process_time() - s)
    total_score = drills.finish(runner, report=False).score.total
    runner.close()
    s = time.process_time()
    headless = drills.run(name, out_dir=tempfile.mkdtemp())
    run_max = time.process_time() - s
    got = {"steps": len(steps), "total": sum(steps), "worst": max(steps), "worst_later": max(steps[1:]), "median": statistics.median(steps),
           "run_max": run_max, "score": total_score, "score_max": headless.score.total}
    best = got if best is None or got["total"] < best["total"] else best
print(json.dumps(best))
"""


def side(tree: Path, scenario: str, repeat: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run([sys.executable, "-c", _SIDE, scenario, str(repeat)], cwd=tree, env=env, check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def export(rev: str, into: Path) -> Path:
    data = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev], check=True,
                          capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return into


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scenario", default="full_cycle")
    ap.add_argument("--before", default="71e0741", help="the commit to compare with (default: before issue 12.5)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per side; the one of least CPU is shown")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        before = side(export(a.before, Path(tmp)), a.scenario, a.repeat)
    after = side(ROOT, a.scenario, a.repeat)
    print(f"drill {a.scenario}, stepped 1 h at a time ({after['steps']} steps), CPU seconds; "
          f"load {os.getloadavg()[0]:.1f}")
    print(f"{'':28}{'before ' + a.before:>18}{'after':>12}")
    for key, label in (("total", "whole run (1 h steps)"), ("worst", "worst step"), ("worst_later", "worst step after the 1st"), ("median", "median step"),
                       ("run_max", "headless --speed max"), ("score", "score (1 h steps)"),
                       ("score_max", "score (--speed max)")):
        fmt = "{:>18.1f}{:>12.1f}" if key.startswith("score") else "{:>18.3f}{:>12.3f}"
        print(f"{label:28}" + fmt.format(before[key], after[key]))


if __name__ == "__main__":
    main()
