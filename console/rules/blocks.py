"""Forecast series and their 24-hour blocks (plan §2 "daily AQI", reading: any start hour).

Daily input: one AQI per calendar date; each date is one block (local midnight to midnight).
Hourly input: time -> AQI; a block starts at ANY hour s of the series and covers [s, s+24); its AQI is the mean
of the hourly AQI values present in it, and it is valid only with >= min_valid_hours values.
Blocks are built as columns by console.rules.table.build_blocks (numpy); they may also be built elsewhere
(e.g. from 24-hour mean concentrations via console.aqi) and handed to console.rules.assess directly.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import Sequence

from console.common.clock import TZ, to_local
from console.rules.pollutants import CO, DUST, NO2, O3, PM10, PM25, SO2, parse_pollutant  # noqa: F401
from console.rules.thresholds import BLOCK_HOURS

DAILY, HOURLY = "daily", "hourly"
BLOCK = timedelta(hours=BLOCK_HOURS)
HOUR = timedelta(hours=1)

# ---------------------------------------------------------------- primary pollutant (首要污染物)
#: Pollutants for which plan §1.3 gives no warning level (advisory instead).
NO_LEVEL_POLLUTANTS = frozenset({O3, DUST})
POLLUTANT_CN = {PM25: "PM2.5", PM10: "PM10", O3: "臭氧(O3)", DUST: "沙尘", SO2: "SO2", NO2: "NO2", CO: "CO"}
# Tie-break when a block's hours are split evenly between pollutants: the ones that carry a level first
# (early warning errs on the safe side).
PRIMARY_PRECEDENCE = (PM25, PM10, SO2, NO2, CO, O3, DUST)


def pollutant_counts(primary: str | None) -> bool:
    """Whether a block led by this pollutant can carry a warning level (PM2.5, PM10, other or unknown)."""
    return primary not in NO_LEVEL_POLLUTANTS


# ---------------------------------------------------------------- AQI values, possibly ranges
_RANGE = re.compile(r"^(\d+(?:\.\d+)?)\s*(?:-|~|～|–|—|至|到)\s*(\d+(?:\.\d+)?)$")


def parse_aqi(text: str) -> float | tuple[float, float]:
    """'216' -> 216.0; '180-230' -> (180.0, 230.0). ValueError for empty, non-numeric, negative, low > high."""
    s = (text or "").strip()
    if not s:
        raise ValueError("AQI 为空 empty AQI")
    m = _RANGE.match(s)
    if m:
        low, high = float(m.group(1)), float(m.group(2))
        if low > high:
            raise ValueError(f"AQI 区间下限大于上限 range low > high: {s!r}")
        return (low, high)
    try:
        value = float(s)
    except ValueError:
        raise ValueError(f"AQI 不是数字 not a number: {s!r}") from None
    if not math.isfinite(value):
        raise ValueError(f"AQI 不是有限数 not a finite number: {s!r}")
    if value < 0:
        raise ValueError(f"AQI 不能为负 negative AQI: {s!r}")
    return value


def resolve_aqi(value: float | tuple[float, float], bound: str) -> float:
    if isinstance(value, tuple):
        low, high = value
        return {"upper": high, "lower": low, "mid": (low + high) / 2}[bound]
    return float(value)


# ---------------------------------------------------------------- series
@dataclass(frozen=True)
class ForecastPoint:
    """One forecast value. `time` is local midnight of the date for daily series, the hour for hourly ones.
    `aqi` is a number or a (low, high) range."""

    time: datetime
    aqi: float | tuple[float, float]
    primary: str | None = None


@dataclass(frozen=True)
class Forecast:
    kind: str  # "daily" | "hourly"
    points: tuple[ForecastPoint, ...]

    def __post_init__(self):
        if self.kind not in (DAILY, HOURLY):
            raise ValueError(f"kind must be daily or hourly, got {self.kind!r}")
        pts = tuple(sorted(self.points, key=lambda p: p.time))
        times = [p.time for p in pts]
        if len(set(times)) != len(times):
            raise ValueError("duplicate forecast time")
        if self.kind == HOURLY and any(t.minute or t.second or t.microsecond for t in times):
            raise ValueError("hourly forecast times must be whole hours")
        object.__setattr__(self, "points", pts)

    @classmethod
    def daily(cls, values: Sequence[tuple[date, float | tuple[float, float]] | tuple]) -> "Forecast":
        """Forecast.daily([(date(2025, 12, 3), 216), (date(2025, 12, 4), 238, "pm25"), …])."""
        pts = [ForecastPoint(datetime.combine(v[0], time(0), TZ), v[1], v[2] if len(v) > 2 else None)
               for v in values]
        return cls(DAILY, tuple(pts))

    @classmethod
    def hourly(cls, values: Sequence[tuple]) -> "Forecast":
        """Forecast.hourly([(datetime, aqi[, primary]), …]); naive datetimes are local (Asia/Shanghai)."""
        pts = [ForecastPoint(to_local(v[0]), v[1], v[2] if len(v) > 2 else None) for v in values]
        return cls(HOURLY, tuple(pts))

    @cached_property
    def has_ranges(self) -> bool:
        return any(type(p.aqi) is tuple for p in self.points)


@dataclass(frozen=True)
class Block:
    """A 24-hour block [start, end). `aqi` is None when no value falls in it; an invalid block (too few hourly
    values) keeps its partial mean in `aqi` for explanations but never counts as exceeding."""

    start: datetime
    end: datetime
    aqi: float | None
    n_hours: int
    valid: bool
    primary: str | None = None
    daily: bool = False  # a calendar-day block (labelled by date)
    observed: bool = False  # monitoring data (实测), not a forecast

    @property
    def label(self) -> str:
        return self.start.strftime("%m-%d") if self.daily else self.start.strftime("%m-%d %H:%M")

    @property
    def counts_for_level(self) -> bool:
        return pollutant_counts(self.primary)

    def to_dict(self) -> dict:
        return {
            "start": self.start.isoformat(timespec="seconds"),
            "end": self.end.isoformat(timespec="seconds"),
            "label": self.label,
            "aqi": self.aqi,
            "n_hours": self.n_hours,
            "valid": self.valid,
            "primary": self.primary,
            "observed": self.observed,
        }


def missing_dates(forecast: Forecast) -> list[date]:
    """Calendar dates absent between the first and last date of a daily series (they break runs)."""
    if forecast.kind != DAILY or not forecast.points:
        return []
    have = {p.time.date() for p in forecast.points}
    d, last, out = forecast.points[0].time.date(), forecast.points[-1].time.date(), []
    while d < last:
        if d not in have:
            out.append(d)
        d += timedelta(days=1)
    return out
