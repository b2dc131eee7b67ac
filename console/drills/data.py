"""Drill inputs from shipped files: slices of an observation file, and a hindsight forecast derived from it.

The built-in Beijing replays read the demo file (data/demo/beijing_winters_2015_2016.csv.gz, the UCI Beijing
Multi-Site data, CC BY 4.0), so they work from the project alone. A "hindsight" forecast is what a perfect
forecaster would have said: the district daily AQI (日报 rules on the mean concentrations of the stations) of
the following days, widened to a range of ±spread_pct %.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from console.air.aqi_daily import daily_aqi
from console.common.clock import TZ, to_local
from console.common.errors import DataError
from console.importers.files import import_observations_table
from console.importers.read import Table, read_table
from console.rules.forecast_file import Problems

POLLUTANTS = ("pm25", "pm10", "so2", "no2", "co", "o3")


def source_path(source: str | None, scenario_path: Path) -> Path:
    """'demo' (default) is the shipped demo file; anything else is a path relative to the scenario file."""
    from console.air import demo
    if not source or source == "demo":
        return demo.demo_path()
    p = Path(source)
    return p if p.is_absolute() else scenario_path.parent / p


@lru_cache(maxsize=4)
def _table(path: str) -> Table:
    return read_table(path)


def _hour_of(text: str) -> datetime:
    return to_local(datetime.fromisoformat(text.strip().replace("/", "-")))


def slice_table(path: Path, start: datetime, end: datetime) -> Table:
    """The rows of an observation file (generic layout: time,station,…) with start <= time <= end."""
    t = _table(str(path))
    if "time" not in t.header:
        raise DataError(path, "演练只支持通用观测布局 drills need the generic layout (time,station,…)", 1)
    i = t.header.index("time")
    lines, cells = [], []
    for line, row in t.rows:
        try:
            when = _hour_of(row[i])
        except ValueError:
            continue
        if start <= when <= end:
            lines.append(line)
            cells.append(row)
    tag = f"{start:%Y%m%d%H}-{end:%Y%m%d%H}"
    sha = hashlib.sha256(f"{t.sha256}:{tag}".encode()).hexdigest()
    name = path.name.split(".")[0]
    return Table(path.with_name(f"{name}#{tag}.csv"), f"{path.name}[{tag}]", list(t.header), lines, cells, sha,
                 Problems(path))


def import_slice(store, path: Path, start: datetime, end: datetime, actor):
    table = slice_table(path, start, end)
    if not table.lines:
        raise DataError(path, f"{start:%Y-%m-%d %H:%M}–{end:%Y-%m-%d %H:%M} 没有观测数据 no rows in this span")
    return import_observations_table(store, table, actor)


@lru_cache(maxsize=4)
def _district_hours(path: str) -> dict:
    """{(date, hour): {pollutant: mean over stations}} of a generic observation file."""
    t = _table(path)
    col = {p: t.header.index(p) for p in POLLUTANTS if p in t.header}
    i = t.header.index("time")
    sums: dict = defaultdict(lambda: defaultdict(list))
    for _line, row in t.rows:
        try:
            when = _hour_of(row[i])
        except ValueError:
            continue
        for p, j in col.items():
            v = row[j].strip()
            if v and v.upper() != "NA":
                try:
                    sums[(when.date(), when.hour)][p].append(float(v))
                except ValueError:
                    pass
    return {k: {p: sum(v) / len(v) for p, v in d.items()} for k, d in sums.items()}


def hindsight(path: Path, first: date, days: int, spread_pct: float = 10) -> list[tuple]:
    """[(date, low, high, primary)] for `days` dates from `first`: the observed district daily AQI ±spread."""
    hours = _district_hours(str(path))
    out = []
    for k in range(days):
        d = first + timedelta(days=k)
        res = daily_aqi({h: hours[(d, h)] for h in range(24) if (d, h) in hours})
        if res.aqi is None:
            continue
        f = spread_pct / 100
        out.append((d, max(0, round(res.aqi * (1 - f))), min(500, round(res.aqi * (1 + f))),
                    res.primary[0] if res.primary else None))
    if not out:
        raise DataError(path, f"{first} 起 {days} 天没有可用的观测，无法回推预报 no observations for a hindsight forecast")
    return out


def day_after(at: datetime) -> date:
    return (to_local(at) + timedelta(days=1)).astimezone(TZ).date()
