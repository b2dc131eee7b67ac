"""Parsing and checking observation rows (generic and UCI Beijing layouts), column by column.

Files of 100k+ rows are the normal case, so each column is converted through a map of its distinct values
(hourly data repeats values a lot) instead of one Python call per cell; the row-by-row walk only happens to
name the lines of problems. Problems are reported in line order, the first 20 of them.
"""
from __future__ import annotations

import math
from datetime import datetime
from itertools import compress

import numpy as np

from console.airdata_calc import hourly_aqi_arrays
from console.aqi import POLLUTANTS
from console.clock import TZ, parse_local
from console.errors import DataError
from console.importers_read import Table, canonical_header, header_problems_first
from console.rules_blocks import parse_pollutant
from console.rules_io import MAX_PROBLEMS

MISSING = frozenset({"", "na", "n/a", "nan", "null", "none", "-", "--", "—"})
CO_MG_MAX = 150.0  # top of the CO 1-hour table (mg/m³); larger values are µg/m³ given without --co-ug

OBS_ALIASES = {
    "time": ("时间", "datetime", "监测时间"),
    "station": ("站点", "监测点位", "点位", "站点名称", "site"),
    "pm25": ("pm2.5", "pm2_5", "pm₂.₅"), "pm10": (), "so2": (), "no2": (), "co": (), "o3": (),
    "aqi": ("空气质量指数",),
    "primary_pollutant": ("primary", "首要污染物"),
    "year": (), "month": (), "day": (), "hour": (),
}
UCI_IGNORED = frozenset({"no", "temp", "pres", "dewp", "rain", "wd", "wspm"})
UCI_TIME = ("year", "month", "day", "hour")


class Bad(str):
    """A cell value that failed: the message."""


class _Found:
    """Problems gathered per kind, then merged in line order (the first MAX_PROBLEMS overall)."""

    def __init__(self):
        self.items: list[tuple[int, str]] = []
        self.total = 0

    def add(self, line: int, message: str) -> None:
        self.total += 1
        self.items.append((line, message))

    def scan(self, lines, values, check) -> None:
        """Call check(value) for each (line, value); a returned message is a problem of that line."""
        kept = 0
        for line, v in zip(lines, values):
            msg = check(v)
            if msg:
                self.total += 1
                if kept < MAX_PROBLEMS:
                    self.items.append((line, msg))
                    kept += 1

    def flush(self, problems) -> None:
        for line, msg in sorted(self.items, key=lambda i: i[0])[:MAX_PROBLEMS]:
            problems.add(line, msg)
        problems.total += self.total - min(len(self.items), MAX_PROBLEMS)


def _number(text: str, name: str):
    try:
        v = float(text)
    except ValueError:
        if text.strip().lower() in MISSING:
            return None
        return Bad(f"{name} 不是数字 not a number: {text!r}")
    if v != v:
        return None
    if v < 0 or v == math.inf:
        return Bad(f"{name} 浓度无效 invalid concentration: {text.strip()} (须为 ≥ 0 的有限数 must be finite, ≥ 0)")
    return v


def _given_aqi(text: str):
    s = text.strip()
    if s.lower() in MISSING:
        return None
    try:
        v = float(s)
    except ValueError:
        v = -1.0
    if not (0 <= v <= 500) or not v.is_integer():
        return Bad(f"aqi 应为 0-500 的整数 must be an integer 0..500: {text!r}")
    return int(v)


def _given_primary(text: str):
    parts = [t for t in text.replace("，", ",").replace("、", ",").replace("/", ",").split(",") if t.strip()]
    try:
        keys = [parse_pollutant(t) for t in parts]
    except ValueError:
        return Bad(f"首要污染物无法识别 unknown primary pollutant: {text!r}")
    return ",".join(k for k in dict.fromkeys(keys) if k) or None


def _hour_ts(text: str):
    try:
        t = parse_local(text)
    except ValueError:
        return Bad(f"时间无法解析 cannot parse time (YYYY-MM-DD HH:MM): {text!r}")
    if t.minute or t.second or t.microsecond:
        return Bad(f"时间须为整点 time must be a whole hour: {text!r}")
    return int(t.timestamp())


def _uci_times(ymdh: list[list[str]], found, lines) -> list:
    """Unix times of the UCI year/month/day/hour columns, vectorised (Asia/Shanghai: UTC+8 without DST
    since 1991; earlier years go through zoneinfo row by row)."""
    ints = []
    for name, col in zip(UCI_TIME, ymdh):
        ints.append(_convert(col, lambda t, name=name: _int(t, name), found, lines))
    if found.total:
        return [None] * len(lines)
    y, m, d, h = (np.array(v, dtype=np.int64) for v in ints)
    month = (y - 1970).astype("datetime64[Y]").astype("datetime64[M]") + (m - 1).astype("timedelta64[M]")
    day = month.astype("datetime64[D]") + (d - 1).astype("timedelta64[D]")
    ok = (m >= 1) & (m <= 12) & (d >= 1) & (day.astype("datetime64[M]") == month) & (h >= 0) & (h <= 23)
    if not ok.all() or y.min() < 1992:
        if not ok.all():
            return _bad_times(ints, ok, found, lines)
        return [int(datetime(*k, tzinfo=TZ).timestamp()) for k in zip(*ints)]
    ts = day.astype(np.int64) * 86400 + h * 3600 - 8 * 3600
    return ts.tolist()


def _bad_times(ints, ok, found, lines):
    for line, good, k in zip(lines, ok.tolist(), zip(*ints)):
        if not good:
            found.add(line, f"时间无效 invalid year/month/day/hour: {'/'.join(map(str, k))}")
    return [None] * len(lines)


def _int(text: str, name: str):
    try:
        return int(text)
    except ValueError:
        return Bad(f"{name} 不是整数 not an integer: {text!r}")


def _convert(column, fn, found=None, lines=None) -> list:
    """fn applied once per distinct value, mapped back over the column; Bad results become problems."""
    table = {v: fn(v) for v in set(column)}
    out = list(map(table.__getitem__, column))
    if found is not None and any(isinstance(v, Bad) for v in table.values()):
        found.scan(lines, out, _check_bad)
    return out


def _check_bad(v):
    return v if isinstance(v, Bad) else None


def check_header(table: Table) -> tuple[dict[str, int], bool]:
    cols = canonical_header(table.header, OBS_ALIASES)
    head: list[tuple[int, str]] = []
    if len(cols) != len(table.header):
        head.append((1, "表头同一列出现两次 same column given twice (e.g. pm25 and pm2.5)"))
    uci = all(c in cols for c in UCI_TIME) and "station" in cols
    for h, i in cols.items():
        if h not in OBS_ALIASES or (h in UCI_TIME and not uci) or (h == "time" and uci):
            if not (uci and h in UCI_IGNORED):
                head.append((1, f"未知列 unknown column {table.header[i]!r}"))
    if not uci and "time" not in cols:
        head.append((1, "缺少 time 列 missing 'time' column"))
    if "station" not in cols:
        head.append((1, "缺少 station 列 missing 'station' column"))
    if not any(p in cols for p in POLLUTANTS) and "aqi" not in cols:
        head.append((1, f"没有污染物或 aqi 列 no pollutant or aqi column ({', '.join(POLLUTANTS)}, aqi)"))
    header_problems_first(table.problems, head)
    return cols, uci


def parse_observations(table: Table, co_ug: bool = False):
    """Check every row; returns (records, empty) or raises DataError listing the problems.

    records: (station, ts, pm25, pm10, so2, no2, co, o3, aqi, primary) with None for missing values; rows with
    no concentration and no AQI are left out and counted in ``empty``. The UCI layout implies ``co_ug``.
    """
    cols, uci = check_header(table)
    co_ug = co_ug or uci
    if not table.lines:
        raise DataError(table.where, "只有表头，没有数据行 header only, no data rows", 1)
    lines = table.lines
    n = len(lines)
    found = _Found()

    stations = _convert(table.column(cols["station"]), str.strip)
    if "" in stations:
        found.scan(lines, stations, lambda s: None if s else "缺少站点 missing station")
    if uci:
        times = _uci_times([table.column(cols[c]) for c in UCI_TIME], found, lines)
    else:
        times = _convert(table.column(cols["time"]), _hour_ts, found, lines)

    present = [p for p in POLLUTANTS if p in cols]
    values: dict[str, list] = {}
    for p in present:
        values[p] = _convert(table.column(cols[p]), lambda t, p=p: _number(t, p), found, lines)
    given_aqi = _convert(table.column(cols["aqi"]), _given_aqi, found, lines) if "aqi" in cols else [None] * n
    given_pri = (_convert(table.column(cols["primary_pollutant"]), _given_primary, found, lines)
                 if "primary_pollutant" in cols else [None] * n)

    if found.total == 0:
        codes = {s: i for i, s in enumerate(set(stations))}
        key = np.array(list(map(codes.__getitem__, stations)), dtype=np.int64) << 40
        key |= np.array(times, dtype=np.int64) + (1 << 39)  # |ts| < 2**39: a non-negative low part
        if np.unique(key).size != n:
            seen: dict = {}
            for line, k in zip(lines, zip(stations, times)):
                if seen.setdefault(k, line) != line:
                    when = datetime.fromtimestamp(k[1], TZ).strftime("%Y-%m-%d %H:%M")
                    found.add(line, f"站点小时重复 duplicate station-hour {k[0]} {when} (first at line {seen[k]})")

    if "co" in values:
        co = values["co"]
        if co_ug:
            values["co"] = [v / 1000.0 if v.__class__ is float else v for v in co]
        else:
            found.scan(lines, co, lambda v: (f"CO {v:g} mg/m³ 不合理：若单位是 µg/m³ 请用 --co-ug "
                                             "implausible CO in mg/m³ (use --co-ug for µg/m³)")
                       if v.__class__ is float and v > CO_MG_MAX else None)
    found.flush(table.problems)
    table.problems.raise_if_any()
    return _records(stations, times, values, present, given_aqi, given_pri, n)


def _records(stations, times, values, present, given_aqi, given_pri, n):
    nan = np.full(n, np.nan)
    conc = {p: (np.array(values[p], dtype=np.float64) if p in present else nan) for p in POLLUTANTS}
    has_conc = np.zeros(n, dtype=bool)
    for p in present:
        has_conc |= ~np.isnan(conc[p])
    aqi, primary = hourly_aqi_arrays(conc)
    aqi_out = [None if a != a else int(a) for a in aqi.tolist()]
    none = [None] * n
    cols = [values[p] if p in present else none for p in POLLUTANTS]
    if has_conc.all():
        return list(zip(stations, times, *cols, aqi_out, primary)), 0
    if all(a is None for a in given_aqi):  # nothing to fall back on: keep the rows with concentrations
        keep = has_conc.tolist()
        records = list(compress(zip(stations, times, *cols, aqi_out, primary), keep))
        return records, n - len(records)
    records, empty = [], 0
    for i, row in enumerate(zip(stations, times, *cols, aqi_out, primary, has_conc.tolist())):
        if row[-1]:
            records.append(row[:-1])
        elif given_aqi[i] is not None:
            records.append(row[:8] + (given_aqi[i], given_pri[i]))
        else:
            empty += 1
    return records, empty
