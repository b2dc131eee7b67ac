"""Trend-plot frame time with 12 stations × 4 years hourly (≈ 420k points) while panning and zooming.

    python bench/bench_plot.py [--repeat 3] [--size 1600x900] [--synthetic]

Loads the four real UCI Beijing stations (../shared/data/beijing-uci) through the importers into a scratch
database, reads them back with console.airdata.hourly and adds each three times (12 curves); --synthetic (or no
UCI files) uses random-walk series of the same size instead. Then it drives the plot offscreen: zoom from
"all" down to 72 h and pan across the four years at 30 d and 7 d, each frame = setXRange + processEvents +
processEvents (which renders the
shown widget once; a grab() at the end of each mode checks the picture). The same frames are timed with downsampling + clip-to-view on (as the console runs)
and off (the baseline), in the same run. Figures are printed, never asserted.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
UCI = ROOT.parent / "shared" / "data" / "beijing-uci"
HOUR, DAY = 3600, 86400


def real_series():
    from console.air import airdata
    from console.importers import files as importers
    from console.store.db import Store

    files = sorted(UCI.glob("PRSA_Data_*.csv.gz"))
    if len(files) < 4:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.sqlite3")
        t = time.perf_counter()
        for f in files:
            importers.import_file(store, f, __import__('bench_import').bench_actor(store))
        print(f"imported {len(files)} UCI files in {time.perf_counter() - t:.1f} s")
        out = [(s.name, airdata.hourly(store, s.code)) for s in airdata.stations(store)]
        store.close()
    return out


def synthetic_series(n_stations=4, hours=4 * 365 * 24):
    import numpy as np

    from console.air import airdata

    rng = np.random.default_rng(7)
    t0 = 1362067200
    ts = t0 + np.arange(hours, dtype=np.int64) * HOUR
    out = []
    for k in range(n_stations):
        walk = np.abs(np.cumsum(rng.normal(0, 12, hours))) % 480 + 10
        nan = np.full(hours, np.nan)
        out.append((f"S{k}", airdata.Series(ts, walk, walk, walk, nan, nan, nan, nan, [None] * hours, f"S{k}")))
    return out


def frames(t0: float, t1: float) -> list[tuple[float, float]]:
    """The view windows of one run: zoom in from everything to 72 h at the end, then pan at 30 d and 7 d."""
    out = []
    span = t1 - t0
    while span > 72 * HOUR:
        out.append((t1 - span, t1))
        span /= 1.6
    for width in (30 * DAY, 7 * DAY):
        steps = 24
        for i in range(steps + 1):
            start = t0 + (t1 - t0 - width) * i / steps
            out.append((start, start + width))
    return out


def run(plot, app, windows, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        for x0, x1 in windows:
            t = time.perf_counter()
            plot.view_box.setXRange(x0, x1, padding=0)
            app.processEvents()  # the widget is shown: this runs the one paint of the frame
            times.append((time.perf_counter() - t) * 1000)
    return times


def bare_reference(app, base, windows, size, repeat) -> list[float]:
    """The same curves in a bare pyqtgraph PlotWidget (downsampling + clip on, nothing else): what this machine
    can do at best, to read the trend plot's figures against."""
    import pyqtgraph as pg

    w = pg.PlotWidget()
    w.resize(*size)
    w.show()
    for _copy in range(3):
        for _name, s in base:
            item = pg.PlotDataItem(s.ts.astype(float), s.aqi, connect="finite")
            w.addItem(item)
            item.setDownsampling(auto=True, method="peak")
            item.setClipToView(True)

    class Holder:
        view_box = w.getPlotItem().getViewBox()
    run(Holder, app, windows[:5], 1)
    times = run(Holder, app, windows, repeat)
    w.close()
    w.deleteLater()
    app.processEvents()
    return times


def report(label: str, ms: list[float]) -> None:
    ms_sorted = sorted(ms)
    p95 = ms_sorted[int(0.95 * (len(ms_sorted) - 1))]
    print(f"{label:<34} frames {len(ms):4d}  mean {statistics.mean(ms):7.1f} ms  median {statistics.median(ms):7.1f}"
          f"  p95 {p95:7.1f}  max {max(ms):7.1f}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--size", default="1600x900")
    ap.add_argument("--synthetic", action="store_true")
    args = ap.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from widgets.common import style
    from widgets.air.trend_plot import TrendPlot

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setFont(style.app_font())
    base = None if args.synthetic else real_series()
    source = "UCI Beijing, 4 real stations × 3" if base else "synthetic random walks, 4 × 3"
    base = base or synthetic_series()
    plot = TrendPlot()
    width, height = (int(v) for v in args.size.split("x"))
    plot.resize(width, height)
    plot.show()
    t = time.perf_counter()
    n_points = 0
    for copy in range(3):
        for i, (name, series) in enumerate(base):
            plot.add_series(f"{name}-{copy}", f"{name}#{copy + 1}", series, colour_index=copy * len(base) + i)
            n_points += len(series)
    t0 = min(float(s.ts[0]) for _, s in base)
    t1 = max(float(s.ts[-1]) for _, s in base)
    plot.set_extent(t0, t1)
    plot.apply_preset("all")
    app.processEvents()
    plot.plot_widget.grab()
    print(f"data: {source}; {len(base) * 3} curves, {n_points:,} points; loaded and first frame in "
          f"{time.perf_counter() - t:.2f} s; widget {width}x{height}, Qt platform {app.platformName()}")
    windows = frames(t0, t1)
    run(plot, app, windows[:5], 1)  # warm-up
    fast = run(plot, app, windows, args.repeat)
    plot.set_fast_rendering(False)
    run(plot, app, windows[:3], 1)
    slow = run(plot, app, windows, args.repeat)
    plot.set_fast_rendering(True)
    plot.plot_widget.grab().save(str(Path(tempfile.gettempdir()) / "bench_plot_last.png"))
    bare = bare_reference(app, base, windows, (width, height), args.repeat)
    report("trend plot, downsample+clip ON", fast)
    report("trend plot, both OFF (baseline)", slow)
    report("bare PlotWidget, same curves, ON", bare)
    print(f"speed-up (mean): {statistics.mean(slow) / statistics.mean(fast):.1f}×; target ≤ 16 ms per frame")
    plot.close()
    plot.deleteLater()
    app.processEvents()
    del plot
    return 0


if __name__ == "__main__":
    sys.exit(main())
