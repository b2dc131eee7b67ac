"""Air-quality data in the store: stations, hourly observations, forecasts, import log (schema 3) — and the
read-only queries the trend view, the freshness badges and the rules use.

Times are unix seconds (the start of the hour as labelled in the source file); shown in Asia/Shanghai.
Concentrations in µg/m³, CO in mg/m³. ``observations.aqi`` is the hourly (实时报) AQI computed from the row's
concentrations (console.aqi rules), or the AQI given by the file for rows without concentrations.
``primary_pollutant`` holds pollutant keys, ties joined by "," (e.g. "pm25,pm10").
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import numpy as np

from console.air.aqi import POLLUTANTS
from console.air.calc import hourly_aqi_arrays, rolling_24h
from console.common.clock import TZ, parse_local, to_local
from console.rules.blocks import DAILY, HOURLY, Forecast, ForecastPoint
from console.store import air as repo

#: Chinese names of the UCI Beijing stations (and any others the console learns later).
STATION_NAMES_ZH = {
    "Aotizhongxin": "奥体中心", "Changping": "昌平", "Dingling": "定陵", "Dongsi": "东四", "Guanyuan": "官园",
    "Gucheng": "古城", "Huairou": "怀柔", "Nongzhanguan": "农展馆", "Shunyi": "顺义", "Tiantan": "天坛",
    "Wanliu": "万柳", "Wanshouxigong": "万寿西宫",
}
CONC_COLUMNS = POLLUTANTS  # pm25, pm10, so2, no2, co, o3


@dataclass(frozen=True)
class Station:
    code: str
    name: str  # Chinese name when known, else the code


@dataclass
class Series:
    """Hourly data of one station or of the district; every array has the same length, sorted by ts."""

    ts: np.ndarray  # int64 unix seconds
    aqi: np.ndarray  # float64, nan = missing
    pm25: np.ndarray
    pm10: np.ndarray
    so2: np.ndarray
    no2: np.ndarray
    co: np.ndarray  # mg/m³
    o3: np.ndarray
    primary: list  # str | None per hour ("pm25", "pm25,pm10" when tied)
    station: str | None = None  # None: district
    step: int = 3600  # seconds between points: 3600 hourly; more for a min/max envelope (see view_series)

    def __len__(self) -> int:
        return len(self.ts)

    def conc(self) -> dict[str, np.ndarray]:
        return {p: getattr(self, p) for p in POLLUTANTS}


@dataclass(frozen=True)
class ForecastInfo:
    id: int
    issued_at: datetime
    issuer: str
    kind: str  # daily | hourly
    points: list  # (start_ts, end_ts, aqi_low, aqi_high, primary or None), sorted by start_ts
    source: str = ""
    entered_by: str = ""


def local(ts: int) -> datetime:
    return datetime.fromtimestamp(int(ts), TZ)


# ---------------------------------------------------------------- queries
def stations(store) -> list[Station]:
    return [Station(code, name_zh or name) for code, name, name_zh in repo.station_rows(store)]


def empty_series(station: str | None) -> Series:
    z = np.zeros(0)
    return Series(np.zeros(0, dtype=np.int64), z, z.copy(), z.copy(), z.copy(), z.copy(), z.copy(), z.copy(), [],
                  station)


def hourly(store, station: str | None, start_ts: int | None = None, end_ts: int | None = None) -> Series:
    """Hourly series of one station, or of the district (station=None) within [start_ts, end_ts].

    District: per hour, the mean of each pollutant over the stations that report it that hour, and the AQI
    computed from those means (HJ 633 hourly rules) — not the mean of station AQIs. Hours where no station
    reports any concentration (AQI-only sources) fall back to the mean station AQI, without a primary pollutant.
    """
    if station is None:
        return district_series(repo.district_hours(store, start_ts, end_ts))
    arr, primary = repo.station_hours(store, station, start_ts, end_ts)
    if not len(arr):
        return empty_series(station)
    ts = arr[:, 0].astype(np.int64)
    conc = {p: np.ascontiguousarray(arr[:, 2 + k]) for k, p in enumerate(POLLUTANTS)}
    return Series(ts, np.ascontiguousarray(arr[:, 1]), conc["pm25"], conc["pm10"], conc["so2"], conc["no2"],
                  conc["co"], conc["o3"], primary, station)


def district_series(arr: np.ndarray) -> Series:
    """The district's Series from its hourly means (rows ts, aqi, pm25 … o3 as repo.district_hours returns)."""
    if not len(arr):
        return empty_series(None)
    ts = arr[:, 0].astype(np.int64)
    aqi = np.ascontiguousarray(arr[:, 1])
    conc = {p: np.ascontiguousarray(arr[:, 2 + k]) for k, p in enumerate(POLLUTANTS)}
    computed, primary = hourly_aqi_arrays(conc)
    has_conc = np.zeros(len(ts), dtype=bool)
    for a in conc.values():
        has_conc |= ~np.isnan(a)
    aqi = np.where(has_conc, computed, aqi)
    primary = [p if h else None for p, h in zip(primary, has_conc.tolist())]
    return Series(ts, aqi, conc["pm25"], conc["pm10"], conc["so2"], conc["no2"], conc["co"], conc["o3"],
                  primary, None)


def rolling_24h_aqi(series: Series) -> np.ndarray:
    """For each hour t of the series, the AQI of the 24 hours [t-23h, t] (see console.air.calc.rolling_24h):
    日报 rules on the window's concentrations (nan with < 20 valid hours of a particulate, or of any pollutant
    the series reports; O3 by its max 8-hour moving mean inside the window), or the mean hourly AQI for
    AQI-only data."""
    return rolling_24h(series.ts, series.conc(), series.aqi)


#: Ranges longer than this are drawn from a min/max envelope when no rolling AQI is asked for.
FULL_RESOLUTION_S = 62 * 86400
ENVELOPE_BUCKETS = 1500  # about the plot's width in pixels: finer detail cannot be seen
DAY = 86400
OFFSET = 8 * 3600  # Asia/Shanghai: UTC+8, no daylight saving since 1991 (observations start in 2000)
#: Ranges longer than this are drawn from the daily aggregates (console.air.daily); shorter ones from hours.
DAILY_MIN_S = 366 * DAY


def day_start(ts: int) -> int:
    """The unix time of the local midnight that starts the day holding ts."""
    return (int(ts) + OFFSET) // DAY * DAY - OFFSET


def envelope(store, station: str, start_ts: int, end_ts: int) -> Series:
    """One station's hourly AQI over a long range at the plot's resolution: per bucket of whole hours, its
    lowest then its highest hour (``step`` = half a bucket), so peaks and dips stay as drawn at full resolution.
    Concentrations are not carried (nan); the readout tells the bucket's range."""
    hours = max(1, (int(end_ts) - int(start_ts)) // 3600)
    bucket = max(4, -(-hours // ENVELOPE_BUCKETS)) * 3600  # ≥ 4 h: step (half a bucket) > an hour
    start = int(start_ts) // 3600 * 3600
    rows = repo.station_envelope(store, station, start, end_ts, bucket)
    if not len(rows):
        return empty_series(station)
    t0 = start + rows[:, 0].astype(np.int64) * bucket
    ts = np.column_stack((t0, t0 + bucket // 2)).ravel()
    aqi = np.column_stack((rows[:, 1], rows[:, 2])).ravel()
    nan = np.full(len(ts), np.nan)
    return Series(ts, aqi, nan, nan, nan, nan, nan, nan, [None] * len(ts), station, bucket // 2)


def daily_envelope(store, station: str | None, start_ts: int, end_ts: int,
                   buckets: int = ENVELOPE_BUCKETS) -> tuple[Series, np.ndarray | None]:
    """A long range of one station or the district from its daily aggregates (console.air.daily): per bucket
    of whole days (at most `buckets` of them) its lowest then its highest hourly AQI (``step`` = half a
    bucket), and for the district the same of the 24-hour rolling AQI (None for a station). Reads one row per
    day, whatever the history; concentrations are not carried (nan)."""
    first, last = day_start(start_ts), day_start(end_ts)
    rows = repo.days(store, repo.DISTRICT_SERIES if station is None else station, first, last)
    if not len(rows):
        return empty_series(station), (None if station is not None else np.zeros(0))
    bucket = max(1, -(-((last - first) // DAY + 1) // buckets)) * DAY
    index = (rows[:, 0].astype(np.int64) - first) // bucket
    starts = np.flatnonzero(np.r_[True, index[1:] != index[:-1]])
    with np.errstate(invalid="ignore"):
        lo, hi = np.fmin.reduceat(rows[:, 2], starts), np.fmax.reduceat(rows[:, 3], starts)
        rlo, rhi = np.fmin.reduceat(rows[:, 5], starts), np.fmax.reduceat(rows[:, 6], starts)
    t0 = first + index[starts] * bucket
    ts = np.column_stack((t0, t0 + bucket // 2)).ravel()
    aqi = np.column_stack((lo, hi)).ravel()
    nan = np.full(len(ts), np.nan)
    out = Series(ts, aqi, nan, nan, nan, nan, nan, nan, [None] * len(ts), station, bucket // 2)
    return out, (None if station is not None else np.column_stack((rlo, rhi)).ravel())


def view_series(store, station: str | None, start_ts: int, end_ts: int,
                rolling: bool = True) -> tuple[Series, np.ndarray | None]:
    """What a view of [start_ts, end_ts] shows of one station or the district: its hours with their 24-hour
    rolling AQI (the 23 hours before start_ts are read too, so the first windows are complete). A range longer
    than DAILY_MIN_S of the district, or of a station without its rolling AQI, comes from the daily aggregates
    as a min/max envelope (a station's rolling None); a station's range longer than FULL_RESOLUTION_S without
    the rolling AQI as a min/max envelope of its hours. Reads by primary key, so the cost follows the range
    asked for (and, past a year, the days in it), not the history stored."""
    if end_ts - start_ts > DAILY_MIN_S and (station is None or not rolling):
        return daily_envelope(store, station, start_ts, end_ts)
    if station is not None and not rolling and end_ts - start_ts > FULL_RESOLUTION_S:
        return envelope(store, station, start_ts, end_ts), None
    s = hourly(store, station, start_ts - 23 * 3600, end_ts)
    roll = rolling_24h_aqi(s)
    keep = s.ts >= start_ts
    if keep.all():
        return s, roll
    primary = [p for p, k in zip(s.primary, keep.tolist()) if k]
    return Series(s.ts[keep], s.aqi[keep], s.pm25[keep], s.pm10[keep], s.so2[keep], s.no2[keep], s.co[keep],
                  s.o3[keep], primary, station), roll[keep]


def last_observation_times(store) -> dict[str, datetime]:
    return {code: local(ts) for code, ts in repo.last_times(store)}


def data_range(store) -> tuple[int, int] | None:
    return repo.data_range(store)


def _forecast_info(store, row) -> ForecastInfo:
    fid, issued_at, issuer, kind, source, entered_by = row
    return ForecastInfo(fid, parse_local(issued_at), issuer, kind, repo.forecast_points(store, fid), source,
                        entered_by)


def get_forecast(store, forecast_id: int) -> ForecastInfo | None:
    row = repo.forecast_row(store, forecast_id)
    return None if row is None else _forecast_info(store, row)


def latest_forecast(store) -> ForecastInfo | None:
    """The forecast issued last (a later entry with the same issue time — a correction — wins)."""
    row = repo.latest_forecast_row(store)
    return None if row is None else _forecast_info(store, row)


def forecast_issued_by(store, at: datetime) -> ForecastInfo | None:
    """The last forecast issued at or before `at` (the assessment as it stood then, e.g. in a drill)."""
    row = repo.forecast_row_issued_by(store, int(to_local(at).timestamp()))
    return None if row is None else _forecast_info(store, row)


def to_rules_forecast(info: ForecastInfo) -> Forecast:
    pts = []
    for start, _end, low, high, primary in info.points:
        aqi = float(low) if low == high else (float(low), float(high))
        first = primary.split(",")[0] if primary else None
        pts.append(ForecastPoint(local(start), aqi, first))
    return Forecast(DAILY if info.kind == DAILY else HOURLY, tuple(pts))


def forecast_for_rules(store) -> Forecast | None:
    """The latest forecast as a console.rules Forecast (ranges stay (low, high): RuleSettings picks the bound)."""
    info = latest_forecast(store)
    return None if info is None else to_rules_forecast(info)
