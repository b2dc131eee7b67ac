"""Daily aggregates of the hourly AQI (table air_daily): what a long trend range is drawn from.

Per local day (Asia/Shanghai) and series — each station, and the district (series "") — the number of hours
with an AQI, their lowest, highest and summed AQI; for the district also the lowest and highest 24-hour rolling
AQI (console.air.calc.rolling_24h) of the day's hours. A range of years is then read as one row per day, and
drawn as a min/max envelope per bucket of whole days (console.air.airdata.daily_envelope), so 全部 over sixteen
years reads about as much as 全部 over one; a range of a year or less is read hour by hour (full resolution).

The import keeps the rows current inside its own transaction (``refresh`` over the days it wrote, and for the
district the day after each, whose first rolling windows reach back into it), the district's hours read from the
per-hour sums it keeps (table district_hour_sums, see console.air.hoursums); the schema step that adds the
table fills it for the data already stored (``rebuild``).
"""
from __future__ import annotations

import numpy as np

from console.air import airdata
from console.air.airdata import DAY, OFFSET, day_start
from console.air.hoursums import HOUR, DayGrid, HourSums
from console.store import air as repo



#: Days of stored hour sums held at once while an import adds its change (a year: ≈ 3 MiB of them).
SLICE_DAYS = 366


def refresh(store, spans: dict[str, tuple[int, int]], sums: HourSums) -> None:
    """Add the import's changes to the district's hour sums and recompute the aggregates of the days holding
    hours just written: spans maps a station to the first and last ts written for it. Call inside the writing
    transaction, after the observations are stored.

    sums: the change the file makes to the district's hour sums (console.air.hoursums: its rows' values less
    the stored values they replace; its hourly grid is dropped once added), and per station and local day the
    file's rows. The stored sums of the span are read once, a year of days at a time (one row per day, whatever
    the number of stations), the change added and written, and the district's hours computed from the result
    (nothing read back). A station's days come from
    the file's rows plus its stored rows of the same days outside the file's span — when the store holds,
    within each of the file's stations' spans, no row but the file's own (else the days are read from the
    table)."""
    if not spans:
        return
    lo = min(s[0] for s in spans.values())
    hi = max(s[1] for s in spans.values())
    first_day, end = day_start(lo), day_start(hi) + 2 * DAY  # the next day's first windows reach back
    hours = sums.changed()
    read_lo, read_hi = first_day - 23 * 3600, end - 1
    if len(hours):
        read_lo = min(read_lo, sums.start + int(hours[0]) * HOUR)
        read_hi = max(read_hi, sums.start + int(hours[-1]) * HOUR)
    hour_ts = sums.start + hours * HOUR if len(hours) else hours
    means = []
    for a in range(read_lo // DAY * DAY, read_hi + 1, SLICE_DAYS * DAY):  # bounded memory over decades
        b = min(a + SLICE_DAYS * DAY, read_hi + 1) - 1
        grid = _grid(store, max(a, read_lo), b)  # the stored sums of the slice, read once
        mine = hours[np.searchsorted(hour_ts, a):np.searchsorted(hour_ts, b, side="right")]
        repo.put_day_sums(store, grid.add_sums(sums, mine))
        means.append(grid.means(max(a, first_day - 23 * 3600), min(b, end - 1)))  # the district: not read back
        del grid, mine
    sums.release_hours()
    del hours, hour_ts
    means = np.concatenate(means)
    own = _file_rows_only(store, sums)
    for station, (lo, hi) in spans.items():
        if own and station in sums.days:
            repo.upsert_days(store, station, _station_days(store, sums, station, day_start(lo), day_start(hi) + DAY))
        else:
            repo.refresh_station_days(store, station, day_start(lo), day_start(hi) + DAY, OFFSET)
    series = airdata.district_series(means)
    del means
    _store_district(store, series, first_day)


def _grid(store, lo: int, hi: int) -> DayGrid:
    return DayGrid.covering(lo, hi, lambda first, last: repo.day_sums(store, first, last))


def _stored_grid(store, lo: int, hi: int) -> DayGrid:
    return DayGrid.stored(lo, hi, lambda first, last: repo.day_sums(store, first, last))


def district_hours(store, lo: int, hi: int) -> airdata.Series:
    """The district's hours in [lo, hi] from the stored hour sums (what airdata.hourly(store, None, lo, hi)
    computes from the stations' rows)."""
    return airdata.district_series(_stored_grid(store, lo, hi).means(lo, hi))


def district_sums(store, lo: int, hi: int) -> np.ndarray:
    """The stored sums as rows (ts, stations, aqi_sum, aqi_n … o3_n) of the hours in [lo, hi] with a station
    row, by ts."""
    return _stored_grid(store, lo, hi).rows(lo, hi)


def rebuild_district_sums(store) -> None:
    """Every hour's sums from the stations' rows stored (replaces the days holding them)."""
    store_hour_rows(store, repo.hour_sums_from_rows(store))


def store_hour_rows(store, rows: np.ndarray) -> None:
    """Per-hour rows (ts, stations, aqi_sum, aqi_n … o3_n; distinct ts) written as the days' stored sums — the
    days holding them replaced (schema step 19 converts the per-hour table of step 18 with it)."""
    if not len(rows):
        return
    grid = DayGrid.covering(int(rows[:, 0].min()), int(rows[:, 0].max()), lambda first, last: [])
    repo.put_day_sums(store, grid.add(rows))


def _file_rows_only(store, sums: HourSums) -> bool:
    """Whether the store holds, within each of the file's stations' spans, exactly the file's rows (all of
    them are stored by now: so the counts tell; not counted when the import found none stored there before)."""
    return sums.alone or all(repo.station_count(store, station, first, last) == n
               for station, (n, first, last) in sums.per_station.items())


def _station_days(store, sums: HourSums, station: str, first_day: int, end: int) -> list[tuple]:
    """One station's rows of air_daily for the days starting in [first_day, end): the file's rows of those
    days and the stored rows of the same days outside the file's span."""
    days = sums.days[station].copy()
    _, first, last = sums.per_station[station]
    for a, b in ((first_day, first - 1), (last + 1, end - 1)):
        if a <= b:
            rows = repo.station_numbers(store, station, a, b)
            days.add(rows[:, 0].astype(np.int64), np.ascontiguousarray(rows[:, 1]))
    return days.rows_between(first_day, end)


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
    _store_district(store, airdata.hourly(store, None, first_day - 23 * 3600, end - 1), first_day)


def _store_district(store, series: airdata.Series, first_day: int) -> None:
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

