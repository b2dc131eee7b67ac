"""Daily aggregates of the hourly AQI (table air_daily): what a long trend range is drawn from.

Per local day (Asia/Shanghai) and series — each station, and the district (series "") — the number of hours
with an AQI, their lowest, highest and summed AQI; for the district also the lowest and highest 24-hour rolling
AQI (console.air.calc.rolling_24h) of the day's hours. A range of years is then read as one row per day, and
drawn as a min/max envelope per bucket of whole days (console.air.airdata.daily_envelope), so 全部 over sixteen
years reads about as much as 全部 over one; a range of a year or less is read hour by hour (full resolution).

The import keeps the rows current inside its own transaction (``refresh`` over the days it wrote, and for the
district the day after each, whose first rolling windows reach back into it); the schema step that adds the
table fills it for the data already stored (``rebuild``).
"""
from __future__ import annotations

import numpy as np

from console.air import airdata
from console.air.airdata import DAY, OFFSET, day_start
from console.store import air as repo



def refresh(store, spans: dict[str, tuple[int, int]]) -> None:
    """Recompute the aggregates of the days holding hours just written: spans maps a station to the first and
    last ts written for it. Call inside the writing transaction, after the observations are stored."""
    if not spans:
        return
    for station, (lo, hi) in spans.items():
        repo.refresh_station_days(store, station, day_start(lo), day_start(hi) + DAY, OFFSET)
    lo = min(s[0] for s in spans.values())
    hi = max(s[1] for s in spans.values())
    _district(store, day_start(lo), day_start(hi) + 2 * DAY)  # the next day's first windows reach back


def rebuild(store) -> None:
    """Every row from the hours stored (the schema step that adds air_daily; idempotent)."""
    repo.fill_station_days(store, OFFSET)
    extent = repo.data_range(store)
    if extent is not None:
        _district(store, day_start(extent[0]), day_start(extent[1]) + DAY)


def _district(store, first_day: int, end: int) -> None:
    """The district's rows for the days starting in [first_day, end), computed as the trend computes its hours
    (airdata.hourly: AQI of the stations' mean concentrations) with 23 hours before first_day for the rolling
    windows."""
    series = airdata.hourly(store, None, first_day - 23 * 3600, end - 1)
    if not len(series):
        return
    roll = airdata.rolling_24h_aqi(series)
    keep = series.ts >= first_day
    repo.upsert_days(store, repo.DISTRICT_SERIES, day_rows(series.ts[keep], series.aqi[keep], roll[keep]))


def day_rows(ts: np.ndarray, aqi: np.ndarray, roll: np.ndarray) -> list[tuple]:
    """(day, hours, aqi_min, aqi_max, aqi_sum, roll_min, roll_max) per local day of sorted hourly arrays
    (None where a day has no value)."""
    if not len(ts):
        return []
    day = (ts.astype(np.int64) + OFFSET) // DAY
    starts = np.flatnonzero(np.r_[True, day[1:] != day[:-1]])
    valid = ~np.isnan(aqi)
    with np.errstate(invalid="ignore"):
        cols = (np.add.reduceat(valid.astype(np.int64), starts),
                np.fmin.reduceat(aqi, starts), np.fmax.reduceat(aqi, starts),
                np.add.reduceat(np.where(valid, aqi, 0.0), starts),
                np.fmin.reduceat(roll, starts), np.fmax.reduceat(roll, starts))
    out = []
    for d, n, lo, hi, total, rlo, rhi in zip((day[starts] * DAY - OFFSET).tolist(), *(c.tolist() for c in cols)):
        out.append((d, n, _none(lo), _none(hi), total if n else None, _none(rlo), _none(rhi)))
    return out


def _none(v: float):
    return None if v != v else v

