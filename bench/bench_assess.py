"""`assess` compute time on hourly AQI series of 4, 16 and 64 years, next to a baseline from the same run.

    python bench/bench_assess.py [--repeat 5] [--synthetic]

Series: the hourly AQI (HJ 633 实时报, console.air.calc) of the real UCI Beijing Dongsi station, 2013-03 to
2017-02 (../shared/data/beijing-uci; --synthetic or no file: a random walk of the same length), repeated end to end
for 16 and 64 years; the primary pollutant per hour as the console passes it (first of a tie). Missing hours stay
missing (they make blocks invalid, as in real data).

Timed, best of --repeat:
- build:    Forecast.hourly(points) — the input the console hands to the rules (not part of `assess`)
- assess:   rules.assess(forecast, [], at) — blocks, the level conditions, the basis: the figure of issue 15
- baseline: one bare numpy pass over the same hours (a 24-hour window mean with np.cumsum) — what any
            vectorised computation over this array costs at least
Figures are printed, never asserted.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
UCI = ROOT.parent / "shared" / "data" / "beijing-uci" / "PRSA_Data_Dongsi_20130301-20170228.csv.gz"
COLUMNS = {"pm25": "PM2.5", "pm10": "PM10", "so2": "SO2", "no2": "NO2", "co": "CO", "o3": "O3"}


def real_hours():
    """(hour index from the first row, AQI, primary) of the UCI Dongsi file; None when it is absent."""
    from console.air.calc import hourly_aqi_arrays

    if not UCI.exists():
        return None
    with gzip.open(UCI, "rt", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    conc = {}
    for key, col in COLUMNS.items():
        conc[key] = np.array([float(r[col]) if r[col] != "NA" else np.nan for r in rows])
    conc["co"] = conc["co"] / 1000.0  # µg/m³ in the UCI data
    aqi, primary = hourly_aqi_arrays(conc)
    return aqi, [p.split(",")[0] if p else None for p in primary]


def synthetic_hours(hours=35064):
    rng = np.random.default_rng(7)
    aqi = np.round(np.abs(np.cumsum(rng.normal(0, 12, hours))) % 480 + 10)
    aqi[rng.random(hours) < 0.03] = np.nan
    pols = np.array(["pm25", "pm10", "o3", None], dtype=object)
    return aqi, pols[rng.integers(0, 4, hours)].tolist()


def points(aqi, primary, copies):
    from console.common.clock import TZ

    t0 = datetime(2013, 3, 1, 0, 0, tzinfo=TZ)
    n = len(aqi)
    out = []
    for c in range(copies):
        for i in np.flatnonzero(~np.isnan(aqi)).tolist():
            out.append((t0 + timedelta(hours=c * n + i), float(aqi[i]), primary[i]))
    return out, t0


def best(fn, repeat, setup=lambda: None):
    """Best of `repeat` timings of fn(setup()); setup is not timed."""
    times = []
    for _ in range(repeat):
        arg = setup()
        t = time.perf_counter()
        result = fn(arg)
        times.append(time.perf_counter() - t)
    return min(times), result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--synthetic", action="store_true")
    args = ap.parse_args()
    from console.rules.assessment import Forecast, assess

    data = None if args.synthetic else real_hours()
    source = "UCI Dongsi 2013-03..2017-02" if data else "synthetic random walk"
    aqi, primary = data or synthetic_hours()
    print(f"series: {source}, {len(aqi)} hours, {int(np.isnan(aqi).sum())} missing")
    print(f"{'years':>5} {'hours':>8} {'build':>9} {'assess':>9} {'baseline':>9} {'assess/baseline':>16}  level")
    for copies in (1, 4, 16):
        pts, t0 = points(aqi, primary, copies)
        hours = len(aqi) * copies
        t_build, _ = best(lambda _: Forecast.hourly(pts), max(1, args.repeat // 2))
        at = t0  # assess at the start: the whole series is ahead (a forecast)
        # a fresh Forecast each time: nothing cached from an earlier call is timed
        t_assess, a = best(lambda fc: assess(fc, [], at), args.repeat, setup=lambda: Forecast.hourly(pts))
        values = np.tile(aqi, copies)

        def bare(_):
            ok = ~np.isnan(values)
            cs = np.concatenate(([0.0], np.cumsum(np.where(ok, values, 0.0))))
            cn = np.concatenate(([0], np.cumsum(ok)))
            hi = np.minimum(np.arange(len(values)) + 24, len(values))
            return (cs[hi] - cs[:-1]) / np.maximum(cn[hi] - cn[:-1], 1)

        t_base, _ = best(bare, args.repeat)
        print(f"{4 * copies:>5} {hours:>8} {t_build * 1000:>7.0f}ms {t_assess * 1000:>7.1f}ms "
              f"{t_base * 1000:>7.2f}ms {t_assess / t_base:>15.0f}×  {a.level}")
    print("goal (issue 15): assess <= 50 ms for 4 years hourly")
    return 0


if __name__ == "__main__":
    sys.exit(main())
