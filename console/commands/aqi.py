"""`python -m console aqi CONC.csv [--daily] [--co-ug] [--json]` — AQI per HJ 633-2012.

Input CSV (UTF-8 with or without BOM, or GBK): a ``time`` column ("YYYY-MM-DD HH:MM" local
Asia/Shanghai time, or ISO 8601 with offset), an optional ``station`` column, and any of
``pm25 pm10 so2 no2 co o3`` (also ``pm2.5`` and the national labels: 细颗粒物(PM2.5), 颗粒物(PM10),
二氧化硫, 二氧化氮, 一氧化碳, 臭氧1小时 — full- or half-width brackets). Empty, ``NA``, ``NaN``, ``-``
mean missing. Units µg/m³, CO mg/m³ (``--co-ug``: CO in µg/m³). Other columns are ignored, except
an optional ``so2_24h`` (SO2 24-hour mean), used by the hourly AQI when SO2 1h > 800 µg/m³.

Hourly (default): one result per input row, in input order (实时报 rules).

Daily (``--daily``): one result per station and calendar date, in order of first appearance (日报
rules, see console.aqi_daily). Timestamp convention: a row's time is taken as the hour it is
labelled with, and it belongs to the calendar date of that label — hours 00..23 make a day. This
suits the UCI Beijing data (hour 0..23). CNEMC timestamps mark the END of the averaging hour, so
strictly its "00:00" value closes the previous day; shift such data by one hour before a daily
run if that matters. In daily mode times must be on the hour and unique per station.

Bad input (missing time column, no pollutant column, unparseable time, negative or non-numeric
concentration, duplicate hour) is reported as one error listing up to the first 20 problems with
their line numbers; nothing is printed to stdout and the exit code is 2.
"""
from __future__ import annotations

import json
import math
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

from console.air.aqi import (
    POLLUTANT_LABELS,
    POLLUTANTS,
    SO2_24H_KEY,
    AqiResult,
    hourly_aqi,
)
from console.air.aqi_daily import daily_aqi
from console.common.clock import parse_local
from console.common.errors import DataError
from console.common.textfile import read_csv
from console.rules.pollutants import parse_pollutant_label

NAME = "aqi"
HELP = "按 HJ 633-2012 计算 AQI (hourly or --daily) from a concentration CSV"

MAX_PROBLEMS = 20
MISSING = frozenset({"", "na", "n/a", "nan", "null", "none", "-", "--", "—"})
TIME_ALIASES = ("时间", "监测时间", "datetime")
STATION_ALIASES = ("站点", "监测点位", "点位", "站点名称", "site")


def _canonical(header: str) -> str:
    """A column's key: time, station, a pollutant's 1-hour concentration (pm25 … o3: the codes and the
    national labels, 细颗粒物(PM2.5), 臭氧1小时 …), so2_24h; anything else (e.g. 臭氧8小时, PM2.5_24h moving
    means) is kept as is and ignored."""
    if header in TIME_ALIASES:
        return "time"
    if header in STATION_ALIASES:
        return "station"
    try:
        key, period = parse_pollutant_label(header)
    except ValueError:
        return header
    if key in POLLUTANTS and period in (None, "1h"):
        return key
    if key == "so2" and period == "24h":
        return SO2_24H_KEY
    return header


def add_arguments(parser) -> None:
    parser.add_argument("csv", metavar="CONC.csv", help="hourly concentrations: time[,station],pm25,pm10,so2,no2,co,o3")
    parser.add_argument("--daily", action="store_true", help="日报: one AQI per station and calendar date")
    parser.add_argument("--co-ug", action="store_true", help="CO is given in µg/m³ (divided by 1000)")
    parser.add_argument("--json", action="store_true", help="print a JSON list instead of a table")


class _Problems:
    def __init__(self, path: Path):
        self.path = path
        self.items: list[tuple[int, str]] = []
        self.dropped = 0

    def add(self, line: int, message: str) -> None:
        if len(self.items) < MAX_PROBLEMS:
            self.items.append((line, message))
        else:
            self.dropped += 1

    @property
    def full(self) -> bool:
        """More problems than will be listed: stop reading."""
        return self.dropped > 0

    def raise_if_any(self) -> None:
        if not self.items:
            return
        if len(self.items) == 1:
            line, msg = self.items[0]
            raise DataError(self.path, msg, line)
        more = f"（只列出前 {MAX_PROBLEMS} 处 first {MAX_PROBLEMS} shown）" if self.full else ""
        lines = [f"{len(self.items)} 处数据问题 problems{more}:"]
        lines += [f"{self.path}:{ln}: {msg}" for ln, msg in self.items]
        raise DataError(self.path, "\n".join(lines), self.items[0][0])


def _number(text: str, column: str, line: int, problems: _Problems) -> float | None:
    if text.strip().lower() in MISSING:
        return None
    try:
        value = float(text)
    except ValueError:
        problems.add(line, f"{column} 不是数字 not a number: {text!r}")
        return None
    if not math.isfinite(value):
        problems.add(line, f"{column} 不是有限数 not a finite number: {text!r}")
        return None
    if value < 0:
        problems.add(line, f"{column} 浓度为负 negative concentration: {text}")
        return None
    return value


def _read(path: Path, daily: bool):
    header, rows = read_csv(path)
    columns = {_canonical(h): h for h in header}
    problems = _Problems(path)
    if len(columns) != len(header):
        problems.add(1, "表头同一列出现两次 column given twice (e.g. pm25 and 细颗粒物(PM2.5))")
    if "time" not in columns:
        problems.add(1, "缺少 time 列 missing 'time' column")
    present = [p for p in POLLUTANTS if p in columns]
    if not present:
        problems.add(1, f"没有污染物列 no pollutant column (expected any of {', '.join(POLLUTANTS)})")
    problems.raise_if_any()

    wanted = present + ([SO2_24H_KEY] if SO2_24H_KEY in columns and not daily else [])
    parsed: list[tuple[int, datetime, str | None, dict[str, float | None]]] = []
    for line, row in rows:
        if problems.full:
            break
        text = row[columns["time"]]
        try:
            when = parse_local(text)
        except ValueError:
            problems.add(line, f"时间无法解析 cannot parse time: {text!r}")
            when = None
        conc = {p: _number(row[columns[p]], p, line, problems) for p in wanted}
        station = row.get(columns["station"], "") if "station" in columns else ""
        if when is not None:
            parsed.append((line, when, station or None, conc))
    problems.raise_if_any()
    return present, parsed


def _hourly(parsed, co_ug: bool):
    for _line, when, station, conc in parsed:
        yield when.strftime("%Y-%m-%d %H:%M"), station, hourly_aqi(conc, co_ug=co_ug)


def _daily(path: Path, parsed, co_ug: bool):
    problems = _Problems(path)
    groups: dict[tuple, dict[int, dict]] = {}
    seen: dict[tuple, int] = {}
    for line, when, station, conc in parsed:
        if when.minute or when.second or when.microsecond:
            problems.add(line, f"日报需要整点时间 daily mode needs times on the hour: {when:%Y-%m-%d %H:%M:%S}")
            continue
        key = (station, when.date())
        slot = (station, when.date(), when.hour)
        if slot in seen:
            problems.add(line, f"重复时次 duplicate hour {when:%Y-%m-%d %H:%M} (first at line {seen[slot]})")
            continue
        seen[slot] = line
        groups.setdefault(key, {})[when.hour] = conc
    problems.raise_if_any()
    for (station, day), hours in groups.items():
        yield day.isoformat(), station, daily_aqi(hours, co_ug=co_ug)


def _primary(result: AqiResult):
    if result.aqi is None or result.aqi <= 50 or not result.primary:
        return None
    return result.primary[0] if len(result.primary) == 1 else list(result.primary)


def _record(time: str, station, result: AqiResult, present: list[str]) -> dict:
    cat = result.category
    return {
        "time": time,
        "station": station,
        "aqi": result.aqi,
        "category": None if cat is None else cat.name_zh,
        "primary_pollutant": _primary(result),
        "iaqi": {p: result.iaqi[p] for p in present},
    }


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _table(results, present: list[str], daily: bool) -> str:
    head = ["时间 time", "站点 station", "AQI", "类别 category", "首要污染物 primary"]
    if daily:
        head.append("无效 invalid")
    body = []
    for time, station, result in results:
        cat = result.category
        primary = ", ".join(POLLUTANT_LABELS[p] for p in result.primary) if result.aqi and result.aqi > 50 else ""
        row = [time, station or "", "" if result.aqi is None else str(result.aqi),
               "" if cat is None else f"{cat.name_zh} {cat.name_en}", primary or "—"]
        if daily:
            row.append(", ".join(POLLUTANT_LABELS[p] for p in result.invalid if p in present))
        body.append(row)
    widths = [max(_width(r[i]) for r in [head] + body) for i in range(len(head))]
    lines = ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in [head] + body]
    return "\n".join(lines)


def run(args) -> int:
    path = Path(args.csv)
    present, parsed = _read(path, args.daily)
    if args.daily:
        results = list(_daily(path, parsed, args.co_ug))
    else:
        results = list(_hourly(parsed, args.co_ug))
    if args.json:
        records = [_record(t, s, r, present) for t, s, r in results]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(_table(results, present, args.daily) + "\n")
    return 0
