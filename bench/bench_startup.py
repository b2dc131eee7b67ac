"""Start-up time: seconds from process start to the main window's first paint (`main.py --smoke`), on an empty
database and on one holding the demo data (two Beijing winters, 4 stations) with an episode's audit trail.
Prints the figures; asserts nothing. Run: python bench/bench_startup.py [--runs 3]"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def first_paint(db: Path, home: Path) -> float:
    env = {**os.environ, "HAIMEN_CONSOLE_HOME": str(home)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "main.py", "--smoke", "--no-crash-dialog", "--db", str(db)], cwd=ROOT,
                         env=env, capture_output=True, text=True, encoding="utf-8", timeout=120)
    wall = time.perf_counter() - t0
    if out.returncode != 0:
        raise SystemExit(out.stderr)
    reported = float(out.stdout.split("first paint after")[1].split()[0])
    return reported if reported > 0 else wall


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    from console.air import demo
    from console.store.db import Store

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        empty, full = tmp / "empty.sqlite3", tmp / "demo.sqlite3"
        with Store(full) as s:
            demo.load_demo(s, __import__('bench_import').bench_actor(s))
        first_paint(empty, tmp)  # warm the OS file cache (Qt plugins, Python modules)
        for label, db in (("empty database", empty), ("demo data", full)):
            times = [first_paint(db, tmp) for _ in range(args.runs)]
            print(f"{label:>15}: first paint median {statistics.median(times):.2f} s "
                  f"(min {min(times):.2f}, max {max(times):.2f}, {args.runs} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
