"""Issue 15 figures of the air views at 1×, 4× and 16× history (4 stations × 4 years of real UCI Beijing hours,
8 × 8 and 16 × 16 made by copying stations and shifting years back), each next to its baseline timed in the same
run. Prints; asserts nothing. Run: python bench/bench_air_views.py [--sizes 1,4,16] [--repeat 5]

* overview refresh: the overview's air reads (data range, district hours of the last 48 h) — baseline: the same
  reads as the code did before (MIN/MAX over the table, district hours by ``ts >=``: full scans);
* trend page load: AirPage built and shown (7天) — baseline: a bare PySide6 + pyqtgraph window with one curve of
  the same number of points;
* tick all stations (7天 and 全部) — baseline: the bare window adding as many curves of the same points;
* district 全部: the view's read from the daily aggregates (air_daily, one row per day) — baseline: the same
  range read hour by hour with its 24-hour rolling AQI, as 全部 was read before the aggregates;
* filling the aggregates for the whole history (what the schema step does on upgrade).
"""
from __future__ import annotations

import argparse
import gzip
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

UCI = ROOT.parent / "shared" / "data" / "beijing-uci"
STATIONS = ("Dongsi", "Tiantan", "Guanyuan", "Wanshouxigong")
YEAR_S = int(4 * 365.25 * 86400) // 4


def base_rows():
    from console.common.clock import TZ
    from console.importers.observations import parse_observations
    from console.importers.read import read_table

    with tempfile.TemporaryDirectory() as d:
        parts = []
        for i, st in enumerate(STATIONS):
            (src,) = UCI.glob(f"PRSA_Data_{st}_*.csv.gz")
            text = gzip.decompress(src.read_bytes()).decode("utf-8")
            parts.append(text if i == 0 else text.split("\n", 1)[1])
        f = Path(d) / "all.csv"
        f.write_text("".join(parts), "utf-8")
        return parse_observations(read_table(f), now=datetime.now(TZ))[0]


def build(path: Path, rows, factor: int) -> tuple[int, int]:
    """factor 1/4/16: stations × k and years × k (k = 1/2/4) — copies shifted back by 4 years each."""
    from console.store.db import Store

    k = {1: 1, 4: 2, 16: 4}[factor]
    with Store(path) as store:
        conn = store.conn
        conn.execute("BEGIN IMMEDIATE")
        n = 0
        for sc in range(k):
            for yc in range(k):
                shift = yc * 4 * 365 * 86400 + (yc and 86400)  # whole days back
                conn.executemany("INSERT INTO observations (station, ts, pm25, pm10, so2, no2, co, o3, aqi, "
                                 "primary_pollutant, source_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench') "
                                 "ON CONFLICT DO NOTHING",
                                 [(f"{r[0]}{sc or ''}", r[1] - shift, *r[2:]) for r in rows])
                n += len(rows)
        conn.executemany("INSERT INTO stations (code, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
                         [(f"{st}{sc or ''}", f"{st}{sc or ''}") for st in STATIONS for sc in range(k)])
        conn.execute("COMMIT")
        from console.air import daily

        t = time.perf_counter()
        with store.transaction():
            daily.rebuild(store)  # what the schema steps do for data stored before them
            daily.rebuild_district_sums(store)
        print(f"  (filling the daily aggregates of {n:,} rows: {time.perf_counter() - t:.2f} s)")
        return n, 4 * k


def timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def old_overview_reads(store):
    """The overview's air reads as they were: two full scans."""
    lo, hi = store.conn.execute("SELECT MIN(ts), MAX(ts) FROM observations").fetchone()
    store.conn.execute("SELECT ts, AVG(aqi), AVG(pm25), AVG(pm10), AVG(so2), AVG(no2), AVG(co), AVG(o3) "
                       "FROM observations WHERE ts >= ? GROUP BY ts ORDER BY ts", (hi - 48 * 3600,)).fetchall()


def new_overview_reads(store):
    from console.air import airdata

    rng = airdata.data_range(store)
    airdata.hourly(store, None, rng[1] - 48 * 3600, rng[1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,4,16")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from console.air import airdata
    from console.common.clock import TZ, FixedClock
    from console.plan import catalog as catalog_mod
    from console.store.db import Store
    from widgets.air.air_page import AirPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    catalog = catalog_mod.load()
    rows = base_rows()
    print(f"base: {len(rows):,} rows (4 stations × 4 years); median of {args.repeat} runs")
    with tempfile.TemporaryDirectory() as d:
        for factor in (int(x) for x in args.sizes.split(",")):
            path = Path(d) / f"x{factor}.sqlite3"
            n, n_st = build(path, rows, factor)
            with Store(path, FixedClock(datetime(2017, 3, 1, tzinfo=TZ))) as store:
                print(f"\n{factor}×: {n:,} rows, {n_st} stations")
                old = timed(lambda: old_overview_reads(store), args.repeat)
                new = timed(lambda: new_overview_reads(store), args.repeat)
                print(f"  overview air reads      : {new * 1000:7.1f} ms   (before, full scans: {old * 1000:7.1f} ms)")

                def load_page():
                    page = AirPage(store, catalog, store.clock, "bench")
                    page.resize(1360, 800)
                    page.show()
                    app.processEvents()
                    return page

                def bare_window(curves=1, points=7 * 24):
                    w = pg.PlotWidget()
                    x = np.arange(points, dtype=float)
                    for k in range(curves):
                        w.plot(x, np.sin(x / 9 + k) * 100 + 150)
                    w.resize(1360, 800)
                    w.show()
                    app.processEvents()
                    return w

                t_page = timed(load_page, args.repeat)
                t_bare = timed(bare_window, args.repeat)
                print(f"  trend page load (7天)   : {t_page * 1000:7.1f} ms   (bare PySide6+pyqtgraph window: "
                      f"{t_bare * 1000:6.1f} ms, {t_page / t_bare:4.1f}×)")
                lo, hi = airdata.data_range(store)
                t_days = timed(lambda: airdata.view_series(store, None, lo, hi), args.repeat)
                t_hours = timed(lambda: airdata.rolling_24h_aqi(airdata.hourly(store, None, lo - 23 * 3600, hi)),
                                max(1, args.repeat // 2))
                print(f"  district 全部 read       : {t_days * 1000:7.1f} ms   (before, every hour + rolling AQI: "
                      f"{t_hours * 1000:7.1f} ms)")
                page = load_page()

                def tick_all(preset):
                    page.set_preset(preset)
                    for box in page.stations_panel.checks.values():
                        box.setChecked(False)
                    page._cache.clear()
                    t = time.perf_counter()
                    for box in page.stations_panel.checks.values():
                        box.setChecked(True)
                    app.processEvents()
                    return time.perf_counter() - t

                for preset, points in (("7d", 7 * 24 * 2), ("all", None)):
                    t_tick = statistics.median(tick_all(preset) for _ in range(args.repeat))
                    pts = points or len(airdata.hourly(store, STATIONS[0]))
                    t_b = timed(lambda: bare_window(n_st + 1, pts), args.repeat)
                    print(f"  tick all stations ({preset:>3}) : {t_tick * 1000:7.1f} ms   (bare window, {n_st + 1} "
                          f"curves × {pts:,} points: {t_b * 1000:6.1f} ms)")
                page.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
