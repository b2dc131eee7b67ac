"""Demo data shipped with the console: real hourly observations of four Beijing stations over two winters with
red alerts (2015-11-01..2016-01-10 and 2016-12-01..12-31), from the UCI Beijing Multi-Site Air-Quality Data
(CC BY 4.0, credited in data/demo/README.md and in the About box), plus a hindsight "forecast" derived from them.

``load_demo`` is idempotent: the observation file is imported like any other (a second load changes nothing),
and the hindsight forecast is only added once.
"""
from __future__ import annotations

import csv
import gzip
import io
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

from console.air import airdata
from console.air.aqi_daily import daily_aqi
from console.common import paths
from console.common.clock import TZ
from console.importers.files import ImportResult, import_file
from console.importers.forecast import add_forecast
from console.store import air as repo

DEMO_FILE = "beijing_winters_2015_2016.csv.gz"
DEMO_STATIONS = ("Dongsi", "Tiantan", "Guanyuan", "Wanshouxigong")
DEMO_SPANS = ((date(2015, 11, 1), date(2016, 1, 10)), (date(2016, 12, 1), date(2016, 12, 31)))
DEMO_CREDIT = (
    "演示数据：北京东四、天坛、官园、万寿西宫四站逐时观测（2015-11-01至2016-01-10、2016-12-01至12-31），"
    "来自 UCI Machine Learning Repository, Beijing Multi-Site Air-Quality Data; Zhang, S. et al. (2017) "
    "Proc. R. Soc. A 473: 20170457; CC BY 4.0（https://creativecommons.org/licenses/by/4.0/）。"
    "CO 已由 µg/m³ 换算为 mg/m³，其余数值未改动。演示预报由观测数据回推，并非真实预报。"
)
HINDSIGHT_ISSUER = "演示（由观测数据回推）"  # shown as the issuer in the interface: Chinese only
HINDSIGHT_ISSUED = datetime(2016, 12, 15, 17, 0, tzinfo=TZ)
HINDSIGHT_DAYS = 7


def demo_dir() -> Path:
    return paths.plan_data_dir() / "demo"


def demo_path() -> Path:
    return demo_dir() / DEMO_FILE


def is_empty(store) -> bool:
    """No observations yet (first run): the GUI offers the demo."""
    return airdata.data_range(store) is None


def load_demo(store, actor) -> ImportResult:
    """Import the demo observations and add the hindsight forecast (each only once)."""
    # the shipped file is checked history: a clock set inside its span (tests, replays) does not make it "future"
    end = datetime.combine(DEMO_SPANS[-1][1], datetime.max.time(), TZ)
    result = import_file(store, demo_path(), actor, now=max(store.clock.now(), end))
    if not repo.forecast_exists_by(store, HINDSIGHT_ISSUER):
        add_forecast(store, actor, HINDSIGHT_ISSUER, HINDSIGHT_ISSUED, "daily", hindsight_values(store))
    return result


def hindsight_values(store, first: date | None = None, days: int = HINDSIGHT_DAYS) -> list[tuple]:
    """Daily district AQI (日报 rules on the district's mean concentrations) of `days` dates from the day after
    the issue time, as ranges of ±10 % — what a good forecast of that week might have said."""
    first = first or (HINDSIGHT_ISSUED.date() + timedelta(days=1))
    start = int(datetime.combine(first, datetime.min.time(), TZ).timestamp())
    series = airdata.hourly(store, None, start, start + days * 86400 - 1)
    out = []
    for k in range(days):
        lo = start + k * 86400
        hours = {}
        for i in np.nonzero((series.ts >= lo) & (series.ts < lo + 86400))[0].tolist():
            conc = {p: (None if np.isnan(v) else float(v)) for p, v in
                    ((p, arr[i]) for p, arr in series.conc().items())}
            hours[int((series.ts[i] - lo) // 3600)] = conc
        res = daily_aqi(hours)
        if res.aqi is None:
            continue
        low, high = max(0, round(res.aqi * 0.9)), min(500, round(res.aqi * 1.1))
        out.append((first + timedelta(days=k), low, high, res.primary[0] if res.primary else None))
    return out


def build_demo_file(source_dir: Path, out: Path) -> int:
    """Write the demo file from the UCI PRSA_Data_*.csv.gz files (generic layout, CO in mg/m³). Returns rows.
    How data/demo/ was made: ``python -c "from console.air.demo import *; build_demo_file(Path(SRC), demo_path())"``."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["time", "station", "pm25", "pm10", "so2", "no2", "co", "o3"])
    n = 0
    for station in DEMO_STATIONS:
        (src,) = Path(source_dir).glob(f"PRSA_Data_{station}_*.csv.gz")
        with gzip.open(src, "rt", encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                day = date(int(row["year"]), int(row["month"]), int(row["day"]))
                if not any(a <= day <= b for a, b in DEMO_SPANS):
                    continue
                co = row["CO"]
                co = co if co == "NA" else f"{float(co) / 1000:g}"
                w.writerow([f"{day.isoformat()} {int(row['hour']):02d}:00", station, row["PM2.5"], row["PM10"],
                            row["SO2"], row["NO2"], co, row["O3"]])
                n += 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(gzip.compress(buf.getvalue().encode("utf-8"), mtime=0))
    return n
