"""Start-up time: seconds from process start to the main window's first paint (`main.py --smoke`), next to a bare
PySide6 + pyqtgraph window (a QMainWindow holding one PlotWidget with one curve of 7 days of hours, timed the
same way in a process of its own) from the same run; on an empty database, the demo data, and real hours at
1× (4 stations × 4 years), 12 stations × 4 years (the reference) and 4× (8 stations × 8 years). Both processes
run with a bytecode cache (in the temporary folder, filled by a warm-up start), as an installed or bundled copy does.
Prints the figures; asserts nothing. Run: python bench/bench_startup.py [--runs 3] [--sizes 1,12x4,4]"""
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
sys.path.insert(0, str(ROOT / "bench"))

BARE = """
import time
_T0 = time.time()
import sys
import numpy as np
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg

app = QApplication(sys.argv[:1])
window = QMainWindow()
plot = pg.PlotWidget()
x = np.arange(7 * 24, dtype=float)
plot.plot(x, 100 + 50 * np.sin(x / 10))
window.setCentralWidget(plot)


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            print(f"first paint after {time.time() - _T0:.3f} s")
            QTimer.singleShot(0, app.quit)
        return False


watcher = FirstPaint()
app.installEventFilter(watcher)  # the first paint of the window or of the plot inside it
QTimer.singleShot(30_000, lambda: app.exit(3))
window.resize(1280, 800)
window.show()
sys.exit(app.exec())
"""


def _run(cmd: list[str], home: Path) -> float:
    env = {**os.environ, "HAIMEN_CONSOLE_HOME": str(home)}
    # as installed or bundled: modules load from compiled bytecode (kept under the temporary folder, so the work
    # tree is left alone) — with PYTHONDONTWRITEBYTECODE every start would compile the console's ~130 modules again
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    t0 = time.perf_counter()
    out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120)
    if "first paint after" not in out.stdout:
        raise SystemExit(f"no first paint: {out.stdout}\n{out.stderr}")
    wall = time.perf_counter() - t0
    if out.returncode != 0:
        raise SystemExit(out.stderr)
    reported = float(out.stdout.split("first paint after")[1].split()[0])
    return reported if reported > 0 else wall


def first_paint(db: Path, home: Path) -> float:
    return _run([sys.executable, "main.py", "--smoke", "--no-crash-dialog", "--db", str(db)], home)


def bare_paint(home: Path) -> float:
    return _run([sys.executable, "-c", BARE], home)


def build(tmp: Path, size: str) -> Path:
    path = tmp / f"air-{size}.sqlite3"
    if size == "12x4":
        import bench_gui_block

        bench_gui_block.build(path)
    else:
        import bench_air_views

        bench_air_views.build(path, bench_air_views.base_rows(), int(size))
    return path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sizes", default="1,12x4,4", help="1 (4 stations × 4 years), 12x4, 4 (8 × 8)")
    args = ap.parse_args()
    from console.air import demo
    from console.store.db import Store

    labels = {"1": "1× (4 st × 4 y)", "12x4": "12 st × 4 y", "4": "4× (8 st × 8 y)"}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        empty, full = tmp / "empty.sqlite3", tmp / "demo.sqlite3"
        with Store(full) as s:
            demo.load_demo(s, __import__("bench_import").bench_actor(s))
        cases = [("empty database", empty), ("demo data", full)]
        cases += [(labels[size], build(tmp, size)) for size in args.sizes.split(",") if size]
        first_paint(empty, tmp)  # warm the OS file cache (Qt plugins, Python modules)
        bare_paint(tmp)
        print(f"{'database':>16}  {'console':>8}  {'bare':>6}  ratio   (medians of {args.runs} runs, alternating)")
        for label, db in cases:
            console, bare = [], []
            for _ in range(args.runs):  # alternating: a busy machine slows both alike
                console.append(first_paint(db, tmp))
                bare.append(bare_paint(tmp))
            c, b = statistics.median(console), statistics.median(bare)
            print(f"{label:>16}  {c:7.2f}s  {b:5.2f}s  {c / b:4.1f}×   (console min {min(console):.2f}, "
                  f"max {max(console):.2f})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
