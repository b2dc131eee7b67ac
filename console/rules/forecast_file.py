"""Reading forecast CSV files for the rules (all-or-nothing; errors name file and line).

FORECAST.csv: header `date,aqi[,primary_pollutant]` (daily; YYYY-MM-DD or YYYY/MM/DD) or
`time,aqi[,primary_pollutant]` (hourly; local "YYYY-MM-DD HH:MM" or ISO 8601 with offset, converted to
Asia/Shanghai; whole hours only). aqi is a number or a range "180-230".
"""
from __future__ import annotations

import re
from datetime import date, datetime, time
from pathlib import Path

from console.common.clock import TZ, parse_local
from console.common.errors import DataError
from console.common.textfile import read_csv, read_text
from console.rules.blocks import (
    DAILY,
    HOURLY,
    Forecast,
    ForecastPoint,
    parse_aqi,
    parse_pollutant,
)
from console.rules.pollutants import ACCEPTED_HINT

MAX_PROBLEMS = 20


class CsvProblems(DataError):
    """Several problems in one file: str() lists each as `path:line: message` (first MAX_PROBLEMS)."""

    def __init__(self, path, problems: list[tuple[int | None, str]], total: int):
        line, message = problems[0]
        super().__init__(path, message, line)
        self.problems = list(problems)
        self.total = total
        out = [f"{path}" + (f":{ln}" if ln is not None else "") + f": {msg}" for ln, msg in problems]
        if total > len(problems):
            out.append(f"{path}: 另有 {total - len(problems)} 处问题未列出 ({total} problems in all)")
        self.args = ("\n".join(out),)


class Problems:
    """Collects per-line problems of one file; raise_if_any() raises DataError (one) or CsvProblems (many)."""

    def __init__(self, path: str | Path, limit: int = MAX_PROBLEMS):
        self.path, self.limit = path, limit
        self.items: list[tuple[int | None, str]] = []
        self.total = 0

    def add(self, line: int | None, message: str) -> None:
        self.total += 1
        if len(self.items) < self.limit:
            self.items.append((line, message))

    def __bool__(self) -> bool:
        return self.total > 0

    def raise_if_any(self) -> None:
        if not self.total:
            return
        if self.total == 1:
            line, message = self.items[0]
            raise DataError(self.path, message, line)
        raise CsvProblems(self.path, self.items, self.total)


def read_table(path: str | Path, aliases: dict[str, tuple[str, ...]]):
    """read_csv with the checks every import needs: not empty, not header-only. Header names are mapped to
    canonical ones through `aliases` (canonical -> accepted spellings). Returns (columns, rows)."""
    if not read_text(path).strip():
        raise DataError(path, "文件为空 empty file", 1)
    header, rows = read_csv(path)
    lookup = {a.lower(): canon for canon, names in aliases.items() for a in (canon, *names)}
    columns: dict[str, str] = {}  # canonical -> header name in the file
    for name in header:
        canon = lookup.get(name)
        if canon is not None:
            if canon in columns:
                raise DataError(path, f"表头列 {columns[canon]!r} 与 {name!r} 重复 same column twice", 1)
            columns[canon] = name
    if not rows:
        raise DataError(path, "只有表头，没有数据行 header only, no data rows", 1)
    return columns, rows


_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")

FORECAST_COLUMNS = {
    "date": ("日期",),
    "time": ("时间", "datetime"),
    "aqi": ("空气质量指数",),
    "primary_pollutant": ("primary", "首要污染物"),
}


def parse_date(text: str) -> date:
    m = _DATE.match(text.strip())
    if not m:
        raise ValueError(f"日期格式应为 YYYY-MM-DD date must be YYYY-MM-DD: {text!r}")
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise ValueError(f"日期不存在 no such date: {text!r}") from None


def parse_hour(text: str) -> datetime:
    try:
        t = parse_local(text)
    except ValueError:
        raise ValueError(f"时间无法解析 cannot parse time (YYYY-MM-DD HH:MM): {text!r}") from None
    if t.minute or t.second or t.microsecond:
        raise ValueError(f"时间须为整点 time must be a whole hour: {text!r}")
    return t


def read_forecast_csv(path: str | Path) -> Forecast:
    columns, rows = read_table(path, FORECAST_COLUMNS)
    if "date" in columns and "time" in columns:
        raise DataError(path, "表头同时有 date 和 time 列 give date (daily) or time (hourly), not both", 1)
    if "date" not in columns and "time" not in columns:
        raise DataError(path, "缺少列 date 或 time missing column: date (daily) or time (hourly)", 1)
    if "aqi" not in columns:
        raise DataError(path, "缺少列 aqi missing column: aqi", 1)
    kind = DAILY if "date" in columns else HOURLY
    key_col = columns["date" if kind == DAILY else "time"]
    aqi_col, pol_col = columns["aqi"], columns.get("primary_pollutant")
    problems = Problems(path)
    seen: dict[datetime, int] = {}
    points = []
    for line, row in rows:
        raw_key = row[key_col]
        when = None
        try:
            if not raw_key:
                raise ValueError(f"缺少{'日期' if kind == DAILY else '时间'} missing {key_col}")
            when = (datetime.combine(parse_date(raw_key), time(0), TZ) if kind == DAILY
                    else parse_hour(raw_key))
        except ValueError as exc:
            problems.add(line, str(exc))
        if when is not None:
            if when in seen:
                what = "日期" if kind == DAILY else "时间"
                problems.add(line, f"{what} {raw_key} 重复（第 {seen[when]} 行已有）duplicate {key_col}")
                when = None
            else:
                seen[when] = line
        try:
            aqi = parse_aqi(row[aqi_col])
        except ValueError as exc:
            problems.add(line, str(exc))
            aqi = None
        primary = None
        if pol_col is not None:
            try:
                primary = parse_pollutant(row[pol_col])
            except ValueError as exc:
                problems.add(line, f"首要污染物无法识别 unknown primary pollutant: {exc}（可写 accepted: {ACCEPTED_HINT}）")
        if when is not None and aqi is not None:
            points.append(ForecastPoint(when, aqi, primary))
    problems.raise_if_any()
    return Forecast(kind, tuple(points))
