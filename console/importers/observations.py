"""Parsing and checking observation rows (generic and UCI Beijing layouts), column by column.

Files of 100k+ rows are the normal case, so each column is converted once per distinct value (hourly data
repeats values a lot; see Table.distinct) and mapped back over the rows with numpy instead of one Python call
per cell; only the lines of problems are walked row by row. Problems are reported in line order, the first 20.
"""
from __future__ import annotations

import math
from datetime import datetime
from itertools import compress

import numpy as np

from console.air.aqi import POLLUTANTS
from console.air.calc import hourly_aqi_arrays
from console.air.hoursums import HourSums
from console.common.clock import TZ, parse_local
from console.common.errors import DataError
from console.importers.read import Table, accepted, canonical_header, header_problems_first, take
from console.rules.blocks import parse_pollutant
from console.rules.forecast_file import MAX_PROBLEMS

MISSING = frozenset({"", "na", "n/a", "nan", "null", "none", "-", "--", "—"})
CO_MG_MAX = 150.0  # top of the CO 1-hour table (mg/m³); larger values are µg/m³ given without --co-ug
#: The largest plausible hourly value per pollutant (µg/m³; CO mg/m³). Above the top of the HJ 633 tables and
#: above the ranges of the HJ 653/654 analysers, with room for real extremes (sand storms have given hourly
#: PM10 of several thousand µg/m³); anything larger is an instrument or export fault (1e308, 99999), refused.
LIMITS = {"pm25": 2000.0, "pm10": 10000.0, "so2": 5000.0, "no2": 5000.0, "co": CO_MG_MAX, "o3": 2000.0}
#: Observation times accepted: from 2000-01-01 00:00 (local) to one day after the clock's now. Forecasts (another
#: import path) may lie ahead.
EARLIEST = datetime(2000, 1, 1, tzinfo=TZ)
AHEAD_MAX_S = 86400

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

    def scan(self, lines, column: Column, check) -> None:
        """check(value) for each distinct value of the column; a returned message is a problem of every line
        holding that value (the first MAX_PROBLEMS of them are kept)."""
        messages = [check(v) for v in column.values]
        bad = [i for i, msg in enumerate(messages) if msg]
        if not bad:
            return
        rows = np.flatnonzero(np.isin(column.inverse, bad))
        self.total += len(rows)
        for i in rows[:MAX_PROBLEMS].tolist():
            self.items.append((lines[i], messages[column.inverse[i]]))

    def flush(self, problems) -> None:
        for line, msg in sorted(self.items, key=lambda i: i[0])[:MAX_PROBLEMS]:
            problems.add(line, msg)
        problems.total += self.total - min(len(self.items), MAX_PROBLEMS)


def _number(text: str, name: str, limit: float):
    """A concentration in the file's unit; limit: the largest plausible value in that unit."""
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
    if v > limit:
        return Bad(f"{name} 超出仪器与物理上限 {limit:g}，不可信 beyond the plausible maximum {limit:g}: {text.strip()}")
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


def _uci_times(table: Table, indexes: list[int], found, lines) -> np.ndarray | None:
    """Unix times of the UCI year/month/day/hour columns, vectorised (Asia/Shanghai: UTC+8 without DST since
    1991; earlier years are refused later anyway, see _check_times). None when a cell is not a valid time."""
    columns = []
    for name, index in zip(UCI_TIME, indexes):
        columns.append(_convert(table, index, lambda t, name=name: _int(t, name), found, lines))
    if found.total:
        return None
    y, m, d, h = (np.array(c.values, dtype=np.int64)[c.inverse] for c in columns)
    month = (y - 1970).astype("datetime64[Y]").astype("datetime64[M]") + (m - 1).astype("timedelta64[M]")
    day = month.astype("datetime64[D]") + (d - 1).astype("timedelta64[D]")
    ok = (m >= 1) & (m <= 12) & (d >= 1) & (day.astype("datetime64[M]") == month) & (h >= 0) & (h <= 23)
    if not ok.all():
        for i in np.flatnonzero(~ok).tolist():
            k = (int(y[i]), int(m[i]), int(d[i]), int(h[i]))
            found.add(lines[i], f"时间无效 invalid year/month/day/hour: {'/'.join(map(str, k))}")
        return None
    return day.astype(np.int64) * 86400 + h * 3600 - 8 * 3600


def _int(text: str, name: str):
    """An integer small enough for the vectorised time arithmetic (the calendar check comes later)."""
    try:
        value = int(text)
    except ValueError:
        return Bad(f"{name} 不是整数 not an integer: {text!r}")
    if abs(value) > 1_000_000:
        return Bad(f"{name} 超出范围 out of range: {text!r}")
    return value


class Column:
    """A converted column: the converted distinct values, and per row the index of its value among them."""

    def __init__(self, values: list, inverse: np.ndarray):
        self.values, self.inverse = values, inverse

    def map(self, fn) -> Column:
        return Column([fn(v) for v in self.values], self.inverse)

    def rows(self) -> list:
        return take(self.values, self.inverse)

    def floats(self) -> np.ndarray:
        return np.array([np.nan if v is None else v for v in self.values], dtype=np.float64)[self.inverse]


def _convert(table: Table, index: int, fn, found=None, lines=None) -> Column:
    """fn applied once per distinct value of column `index`; Bad results become problems."""
    values, inverse = table.distinct(index)
    column = Column([fn(v) for v in values], inverse)
    if found is not None:
        found.scan(lines, column, _check_bad)
    return column


def _check_bad(v):
    return v if isinstance(v, Bad) else None


def check_header(table: Table) -> tuple[dict[str, int], bool]:
    cols = canonical_header(table.header, OBS_ALIASES)
    head: list[tuple[int, str]] = []
    unknown = False
    if len(cols) != len(table.header):
        head.append((1, "表头同一列出现两次 same column given twice (e.g. pm25 and pm2.5)"))
    uci = all(c in cols for c in UCI_TIME) and "station" in cols
    for h, i in cols.items():
        if h not in OBS_ALIASES or (h in UCI_TIME and not uci) or (h == "time" and uci):
            if not (uci and h in UCI_IGNORED):
                head.append((1, f"未知列 unknown column {table.header[i]!r}"))
                unknown = True
    if not uci and "time" not in cols:
        head.append((1, f"缺少时间列 missing 'time' column（可用列名 accepted: {accepted(OBS_ALIASES, ['time'])}）"))
    if "station" not in cols:
        head.append((1, "缺少站点列 missing 'station' column"
                        f"（可用列名 accepted: {accepted(OBS_ALIASES, ['station'])}）"))
    if not any(p in cols for p in POLLUTANTS) and "aqi" not in cols:
        head.append((1, "没有污染物或空气质量指数列 no pollutant or aqi column"
                        f"（可用列名 accepted: {accepted(OBS_ALIASES, [*POLLUTANTS, 'aqi'])}）"))
    if unknown:
        head.append((1, "可识别的列 accepted columns: " + accepted(OBS_ALIASES, [
            "time", "station", *POLLUTANTS, "aqi", "primary_pollutant"])))
    header_problems_first(table.problems, head)
    return cols, uci


def _uci_text(ts: int) -> str:
    """A UCI time as computed (UTC+8), for messages; numpy, as Python's datetime stops before year 1 in UTC."""
    return str(np.datetime64(ts + 8 * 3600, "s")).replace("T", " ")[:16]


def _check_times(times: np.ndarray, now: datetime, found: _Found, lines, text_of) -> None:
    """Observation times before 2000 or more than a day after now are refused, each named by its line
    (text_of(i): the time of row i as the file gives it)."""
    latest = int(now.timestamp()) + AHEAD_MAX_S
    bad = np.flatnonzero((times < int(EARLIEST.timestamp())) | (times > latest))
    for i in bad[:MAX_PROBLEMS].tolist():
        when = text_of(i)
        why = "早于 2000 年 before 2000" if times[i] < latest else \
            f"晚于当前时间一天以上（现在 {now.astimezone(TZ):%Y-%m-%d %H:%M}）more than a day ahead of now"
        found.add(lines[i], f"观测时间不可信 implausible observation time {when}: {why}")
    found.total += max(0, len(bad) - MAX_PROBLEMS)


def parse_observations(table: Table, co_ug: bool = False, *, now: datetime, kept_lines: list | None = None,
                       sums: HourSums | None = None):
    """Check every row; returns (records, empty) or raises DataError listing the problems.

    ``now`` (the store's clock) bounds the observation times: from 2000 to one day ahead (see LIMITS for the
    values).

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

    stations = _convert(table, cols["station"], str.strip)
    found.scan(lines, stations, lambda s: None if s else "缺少站点 missing station")
    if uci:
        times = _uci_times(table, [cols[c] for c in UCI_TIME], found, lines)
        if times is not None:
            _check_times(times, now, found, lines, lambda i: _uci_text(int(times[i])))
    else:
        column = _convert(table, cols["time"], _hour_ts, found, lines)
        times = None if found.total else np.array(column.values, dtype=np.int64)[column.inverse]
        if times is not None:
            texts, inverse = table.distinct(cols["time"])
            _check_times(times, now, found, lines, lambda i: texts[inverse[i]].strip())

    present = [p for p in POLLUTANTS if p in cols]
    values: dict[str, Column] = {}
    for p in present:
        # CO: up to the limit in µg/m³ here; in mg/m³ values between the two get the --co-ug hint below
        limit = LIMITS[p] * (1000.0 if p == "co" else 1.0)
        values[p] = _convert(table, cols[p], lambda t, p=p, limit=limit: _number(t, p, limit), found, lines)
    given_aqi = _convert(table, cols["aqi"], _given_aqi, found, lines) if "aqi" in cols else None
    given_pri = (_convert(table, cols["primary_pollutant"], _given_primary, found, lines)
                 if "primary_pollutant" in cols else None)

    if found.total == 0:
        _check_duplicates(stations, times, found, lines)
    if "co" in values:
        co = values["co"]
        if co_ug:
            values["co"] = co.map(lambda v: v / 1000.0 if v.__class__ is float else v)  # ≤ LIMITS["co"] mg/m³
        else:
            found.scan(lines, co, lambda v: (f"CO {v:g} mg/m³ 不合理：若单位是 µg/m³ 请用 --co-ug "
                                             "implausible CO in mg/m³ (use --co-ug for µg/m³)")
                       if v.__class__ is float and v > CO_MG_MAX else None)
    found.flush(table.problems)
    table.problems.raise_if_any()
    nan = np.full(n, np.nan)
    conc = {p: (values[p].floats() if p in present else nan) for p in POLLUTANTS}
    aqi, primary = hourly_aqi_arrays(conc)
    records, empty, kept, has_conc = _records(stations, times, values, present, given_aqi, given_pri, conc, aqi,
                                              primary)
    if kept_lines is not None:  # the line of each record (rows without any value are left out)
        kept_lines.extend(np.asarray(lines)[kept].tolist())
    if sums is not None:  # the records' numbers, per hour (the daily aggregates of the district, see HourSums)
        if given_aqi is not None and not has_conc.all():
            aqi = np.where(has_conc, aqi, given_aqi.floats())
        _add_sums(sums, stations, times, np.vstack([aqi] + [conc[p] for p in POLLUTANTS]), kept)
    return records, empty


def _add_sums(sums: HourSums, stations: Column, times: np.ndarray, values: np.ndarray, kept: np.ndarray) -> None:
    inverse = stations.inverse
    if not kept.all():
        inverse, times, values = inverse[kept], times[kept], values[:, kept]
    counts = np.bincount(inverse, minlength=len(stations.values))
    lo = np.full(len(stations.values), np.iinfo(np.int64).max)
    hi = np.full(len(stations.values), np.iinfo(np.int64).min)
    np.minimum.at(lo, inverse, times)
    np.maximum.at(hi, inverse, times)
    sums.add(times, values, [(st, c, a, b) for st, c, a, b in
                             zip(stations.values, counts.tolist(), lo.tolist(), hi.tolist()) if c])
    order = np.argsort(inverse, kind="stable")
    bounds = np.r_[0, np.cumsum(counts)].tolist()
    aqi = values[0]
    for k, st in enumerate(stations.values):
        if counts[k]:
            mine = order[bounds[k]:bounds[k + 1]]
            sums.add_station(st, times[mine], aqi[mine])


def _check_duplicates(stations: Column, times: np.ndarray, found, lines) -> None:
    codes = {s: i for i, s in enumerate(dict.fromkeys(stations.values))}
    key = np.array([codes[s] for s in stations.values], dtype=np.int64)[stations.inverse] << 40
    key |= times + (1 << 39)  # |ts| < 2**39: a non-negative low part
    key.sort()
    if not (key[1:] == key[:-1]).any():
        return
    seen: dict = {}
    for line, k in zip(lines, zip(stations.rows(), times.tolist())):
        if seen.setdefault(k, line) != line:
            when = datetime.fromtimestamp(k[1], TZ).strftime("%Y-%m-%d %H:%M")
            found.add(line, f"站点小时重复 duplicate station-hour {k[0]} {when} (first at line {seen[k]})")


def _records(stations: Column, times, values: dict[str, Column], present, given_aqi, given_pri, conc, aqi,
             primary):
    n = len(times)
    has_conc = np.zeros(n, dtype=bool)
    for p in present:
        has_conc |= ~np.isnan(conc[p])
    aqi_out = _ints_or_none(aqi)
    none = [None] * n
    cols = [values[p].rows() if p in present else none for p in POLLUTANTS]
    rows = zip(stations.rows(), times.tolist(), *cols, aqi_out, primary)
    if has_conc.all():
        return list(rows), 0, has_conc, has_conc
    if given_aqi is None or all(a is None for a in given_aqi.values):  # nothing to fall back on
        records = list(compress(rows, has_conc.tolist()))  # keep the rows with concentrations
        return records, n - len(records), has_conc, has_conc
    records, empty, kept = [], 0, has_conc.copy()
    for i, (row, conc_given, aqi_given, pri_given) in enumerate(zip(rows, has_conc.tolist(), given_aqi.rows(),
                                                                    given_pri.rows() if given_pri else none)):
        if conc_given:
            records.append(row)
        elif aqi_given is not None:
            records.append(row[:8] + (aqi_given, pri_given))
            kept[i] = True
        else:
            empty += 1
    return records, empty, kept, has_conc


def _ints_or_none(a: np.ndarray) -> list:
    """Python ints, None where nan."""
    missing = np.isnan(a)
    out = np.where(missing, 0, a).astype(np.int64).astype(object)
    out[missing] = None
    return out.tolist()
