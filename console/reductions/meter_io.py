"""Meter files as the grid company or a 分表计电 platform exports them: one row per meter and interval.

Columns (Chinese or English headers, any order):
  企业编号 code · 电表编号 meter · 电表类型 kind (生产/production, 治污/control) · 时间 time (the START of the
  interval, local time Asia/Shanghai unless an offset is given) · then either 功率(kW) kw (mean power over the
  interval) or 电量(kWh) kwh (energy in the interval), or 数值 value with 单位 unit (kW/kWh) · optional
  间隔(分钟) interval (15 or 60; otherwise each meter's interval is the smallest step between its readings).
Every row is checked and the problems are reported with file and line (at most 20); nothing is stored here.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from pathlib import Path

from console.common.clock import TZ
from console.reductions.tabular import Problems, map_header, read_table

KINDS = {"生产": "production", "生产设施": "production", "生产用电": "production", "production": "production",
         "治污": "control", "治污设施": "control", "污染治理": "control", "治污用电": "control", "control": "control"}
KIND_ZH = {"production": "生产", "control": "治污"}
INTERVALS = (15, 60)
ALIASES = {
    "企业编号": "code", "编号": "code", "统一社会信用代码": "code", "code": "code", "firm": "code", "firm_code": "code",
    "电表编号": "meter", "表号": "meter", "电表": "meter", "meter": "meter", "meter_id": "meter",
    "电表类型": "kind", "类型": "kind", "用途": "kind", "kind": "kind",
    "时间": "time", "采集时间": "time", "数据时间": "time", "time": "time", "timestamp": "time",
    "功率(kw)": "kw", "负荷(kw)": "kw", "kw": "kw", "power(kw)": "kw",
    "电量(kwh)": "kwh", "用电量(kwh)": "kwh", "kwh": "kwh", "energy(kwh)": "kwh",
    "数值": "value", "value": "value", "单位": "unit", "unit": "unit",
    "间隔(分钟)": "interval", "interval": "interval", "interval(min)": "interval",
}
LABELS = {"code": "企业编号 code", "meter": "电表编号 meter", "kind": "电表类型 kind", "time": "时间 time"}
TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y-%m-%dT%H:%M:%S",
                "%Y-%m-%dT%H:%M")


@dataclass(frozen=True)
class Reading:
    code: str
    meter: str
    kind: str          # production | control
    at: datetime       # start of the interval, aware (Asia/Shanghai)
    minutes: int       # 15 or 60
    kw: float          # mean power over the interval


def parse_time(text: str) -> datetime:
    t = text.strip()
    try:
        d = datetime.fromisoformat(t)
    except ValueError:
        for fmt in TIME_FORMATS:
            try:
                d = datetime.strptime(t, fmt)
                break
            except ValueError:
                continue
        else:
            raise ValueError(t) from None
    return d.replace(tzinfo=TZ) if d.tzinfo is None else d.astimezone(TZ)


def _number(text: str) -> float:
    v = float(text.replace(",", ""))
    if not math.isfinite(v):
        raise ValueError(text)
    return v


def read_readings(path: str | Path, known_codes: set[str] | None = None) -> list[Reading]:
    """All readings of the file, or FileProblems naming every bad line (nothing half-read)."""
    path = Path(path)
    header, rows = read_table(path)
    keys = map_header(path, header, ALIASES, ("code", "meter", "kind", "time"), LABELS)
    present = set(keys.values())
    probs = Problems(path)
    if not present & {"kw", "kwh", "value"}:
        probs.add(1, "缺少数值列：功率(kW)、电量(kWh) 或 数值+单位 missing a value column (kW, kWh or value+unit)")
    if "value" in present and "unit" not in present:
        probs.add(1, "有“数值”列时须有“单位”列（kW 或 kWh）a value column needs a unit column")
    probs.raise_any()
    parsed: list[tuple[int, str, str, str, datetime, float, str, int | None]] = []
    seen: dict[tuple[str, str, datetime], int] = {}
    meter_kind: dict[tuple[str, str], tuple[str, int]] = {}
    for line, raw in rows:
        row = {keys[h]: v for h, v in raw.items() if h in keys}
        code, meter = row.get("code", ""), row.get("meter", "")
        errs = []
        if not code:
            errs.append("企业编号为空 code is empty")
        elif known_codes is not None and code not in known_codes:
            errs.append(f"企业编号 {code} 不在应急减排清单中 not on the emission-reduction list")
        if not meter:
            errs.append("电表编号为空 meter is empty")
        kind = KINDS.get(row.get("kind", "").strip().lower())
        if kind is None:
            errs.append(f"电表类型 {row.get('kind', '')!r} 应为 生产 或 治污 (production/control)")
        elif code and meter:
            first = meter_kind.setdefault((code, meter), (kind, line))
            if first[0] != kind:
                errs.append(f"电表 {meter} 在第 {first[1]} 行是{KIND_ZH[first[0]]}表，此处却是{KIND_ZH[kind]}表 "
                            f"meter kind changes")
        at = None
        try:
            at = parse_time(row.get("time", ""))
        except ValueError:
            errs.append(f"时间 {row.get('time', '')!r} 无法识别（应如 2016-12-01 08:00）unreadable time")
        value, unit = None, None
        for col, u in (("kw", "kw"), ("kwh", "kwh"), ("value", None)):
            text = row.get(col, "")
            if not text:
                continue
            if value is not None:
                errs.append("同一行有多个数值 more than one value in the row")
                break
            unit = u or row.get("unit", "").strip().lower().replace(" ", "")
            try:
                value = _number(text)
            except ValueError:
                errs.append(f"数值 {text!r} 不是数字 not a number")
                value = 0.0
        if value is None:
            errs.append("数值为空 value is empty")
        elif value < 0:
            errs.append(f"数值 {value:g} 不能为负 must not be negative")
        if unit not in (None, "kw", "kwh"):
            errs.append(f"单位 {row.get('unit', '')!r} 应为 kW 或 kWh")
        interval = None
        if row.get("interval"):
            try:
                interval = int(_number(row["interval"]))
            except ValueError:
                interval = -1
            if interval not in INTERVALS:
                errs.append(f"间隔 {row['interval']!r} 应为 15 或 60 分钟 interval must be 15 or 60")
        if at is not None and (at.second or at.microsecond or at.minute % 15):
            errs.append(f"时间 {row['time']} 不在整刻钟上 not on a quarter hour")
        if at is not None and code and meter:
            key = (code, meter, at)
            if key in seen:
                errs.append(f"电表 {meter} 在 {at:%Y-%m-%d %H:%M} 的读数与第 {seen[key]} 行重复 duplicate reading")
            else:
                seen[key] = line
        for e in errs:
            probs.add(line, e)
        if not errs:
            parsed.append((line, code, meter, kind, at, value, unit, interval))
    probs.raise_any()
    if not parsed:
        probs.add(None, "没有数据行 no data rows")
        probs.raise_any()
    return _with_intervals(path, parsed, probs)


def _with_intervals(path, parsed, probs: Problems) -> list[Reading]:
    """Each meter's interval: given in the row, else the smallest step between its readings (15 or 60)."""
    times: dict[tuple[str, str], list[datetime]] = {}
    for _, code, meter, _, at, *_ in parsed:
        times.setdefault((code, meter), []).append(at)
    step: dict[tuple[str, str], int | None] = {}
    for key, ts in times.items():
        ts.sort()
        gaps = [int((b - a).total_seconds() // 60) for a, b in pairwise(ts)]
        step[key] = min(gaps) if gaps else None
    out = []
    for line, code, meter, kind, at, value, unit, interval in parsed:
        minutes = interval or step[(code, meter)]
        if minutes not in INTERVALS:
            probs.add(line, f"电表 {meter} 的读数间隔 {minutes if minutes else '无法判断'} 分钟，应为 15 或 60"
                            f"（可加“间隔(分钟)”列）interval must be 15 or 60 minutes")
            continue
        if at.minute % minutes:
            probs.add(line, f"时间 {at:%H:%M} 不是 {minutes} 分钟间隔的起点 not the start of a {minutes}-min interval")
            continue
        kw = value * 60 / minutes if unit == "kwh" else value
        out.append(Reading(code, meter, kind, at, minutes, round(kw, 6)))
    probs.raise_any()
    return out
