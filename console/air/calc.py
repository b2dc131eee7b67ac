"""HJ 633 AQI over numpy arrays: the hourly (实时报) AQI of many hours at once, and the 24-hour rolling AQI.

These are vectorised twins of :func:`console.aqi.hourly_aqi` and
:func:`console.aqi_daily.block_aqi_from_concentrations`, built on the same breakpoint table
(:data:`console.aqi.BREAKPOINTS`) and the same rounding (进位取整 after removing float noise: values within
1e-6 of an integer go through :func:`console.aqi._ceil` itself, so the results are identical — the tests
compare them on four years of real data). They exist because importing 140k hours or drawing 4 years of
district data must not call a Python function per hour.

Hourly AQI limitation, as in ``hourly_aqi`` without an ``so2_24h`` value: SO2 1h > 800 µg/m³ gives no SO2 IAQI.
"""
from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from console.air.aqi import BREAKPOINTS, IAQI_LEVELS, IAQI_MAX, POLLUTANTS, _ceil
from console.air.aqi_daily import (
    MIN_HOURS_8H,
    MIN_HOURS_24H,
    MIN_WINDOWS_O3_8H,
    O3_8H_LIMIT,
)

HOUR = 3600
_HOURLY_PERIOD = {"pm25": "24h", "pm10": "24h", "so2": "1h", "no2": "1h", "co": "1h", "o3": "1h"}
_MEAN_POLLUTANTS = ("pm25", "pm10", "so2", "no2", "co")
PARTICULATES = ("pm25", "pm10")


def iaqi_array(pollutant: str, conc: np.ndarray, period: str) -> np.ndarray:
    """IAQI per element (float64; nan where the concentration is nan or no IAQI exists), like console.aqi.iaqi."""
    bps = np.asarray(BREAKPOINTS[(pollutant, period)], dtype=np.float64)
    c = np.asarray(conc, dtype=np.float64)
    out = np.full(c.shape, np.nan)
    ok = ~np.isnan(c)
    top = bps[-1]
    full = len(bps) == len(IAQI_LEVELS)
    above = ok & (c > top)
    if full:
        out[above] = IAQI_MAX
    inside = ok & ~above
    cv = c[inside]
    i = np.searchsorted(bps, cv, side="left")  # first breakpoint >= c
    i = np.clip(i, 1, len(bps) - 1)
    lo, hi = bps[i - 1], bps[i]
    levels = np.asarray(IAQI_LEVELS, dtype=np.float64)
    ilo, ihi = levels[i - 1], levels[i]
    x = (ihi - ilo) / (hi - lo) * (cv - lo) + ilo
    res = np.ceil(x)
    frac = x - np.floor(x)
    # Just above an integer, float noise decides between n and n+1: let the scalar rule decide (exact ints and
    # values just below an integer round up the same either way).
    near = (frac > 0) & (frac < 1e-6)
    if near.any():
        res[near] = [_ceil(v) for v in x[near].tolist()]
    out[inside] = res
    return out


def hourly_aqi_arrays(conc: dict[str, np.ndarray]) -> tuple[np.ndarray, list[str | None]]:
    """(AQI float64 with nan, primary) per hour from 1-hour concentration arrays (CO in mg/m³).

    ``primary`` is None when AQI <= 50 or missing; tied primary pollutants are joined by "," in POLLUTANTS order.
    """
    n = len(next(iter(conc.values())))
    subs = np.vstack([iaqi_array(p, conc[p], _HOURLY_PERIOD[p]) if p in conc else np.full(n, np.nan)
                      for p in POLLUTANTS])
    return _combine(subs)


def _combine(subs: np.ndarray) -> tuple[np.ndarray, list[str | None]]:
    """AQI = max sub-index (nan when none); primary pollutants = those equal to it when AQI > 50."""
    n = subs.shape[1]
    have = ~np.isnan(subs)
    any_ = have.any(axis=0)
    aqi = np.full(n, np.nan)
    if any_.any():
        aqi[any_] = np.nanmax(subs[:, any_], axis=0)
    is_top = have & (subs == aqi) & (aqi > 50)
    codes = np.zeros(n, dtype=np.int64)
    for k in range(len(POLLUTANTS)):
        codes |= is_top[k].astype(np.int64) << k
    return aqi, _PRIMARY_NAMES[codes].tolist()


def _primary_names() -> np.ndarray:
    """Primary pollutant text per bit set (bit k: POLLUTANTS[k] is primary), None for no bit."""
    names = np.empty(1 << len(POLLUTANTS), dtype=object)
    names[:] = [",".join(p for k, p in enumerate(POLLUTANTS) if code >> k & 1) or None for code in range(len(names))]
    return names


_PRIMARY_NAMES = _primary_names()


def _window_sums(values: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Trailing-window (sum, count) of non-nan values: element i covers values[i-width+1 .. i]."""
    valid = ~np.isnan(values)
    csum = np.concatenate(([0.0], np.cumsum(np.where(valid, values, 0.0))))
    ccnt = np.concatenate(([0], np.cumsum(valid)))
    idx = np.arange(1, len(values) + 1)
    start = np.maximum(idx - width, 0)
    return csum[idx] - csum[start], ccnt[idx] - ccnt[start]


def _trailing_max(values: np.ndarray, width: int) -> np.ndarray:
    """Trailing-window max ignoring nan (nan when the window has none); element i covers i-width+1 .. i."""
    padded = np.concatenate((np.full(width - 1, -np.inf), np.where(np.isnan(values), -np.inf, values)))
    out = sliding_window_view(padded, width).max(axis=1)
    out[np.isneginf(out)] = np.nan
    return out


def rolling_24h(ts: np.ndarray, conc: dict[str, np.ndarray], hourly_aqi: np.ndarray) -> np.ndarray:
    """24-hour AQI of the trailing window [t-23h, t] for each t in ``ts`` (sorted unix hours, gaps allowed).

    Where the window holds any concentration value: exactly block_aqi_from_concentrations of those 24 hours
    (PM2.5, PM10, SO2, NO2, CO: 24-h means with >= 20 values; O3: the max of the 17 8-hour moving means lying
    inside the window [t-23h..t-16h … t-7h..t], each needing >= 6 values, the max valid with >= 14 valid
    windows or when above 160 µg/m³; above 800 the window's max 1-hour O3 on the 1-hour breakpoints).
    Missing (nan) where a particulate the series reports at all (PM2.5, PM10) has < 20 valid hours in the
    window (HJ 663): the AQI is then never computed from the gases alone — that made the curve dip to 10 at the
    start of a data span while the hourly AQI stood at 90–240.
    Otherwise (stations that only report AQI): the mean of the hourly AQI, nan with < 20 of them.
    Means come from cumulative sums over a dense hourly grid, so the cost is O(hours), not O(24 × hours).
    """
    ts = np.asarray(ts, dtype=np.int64)
    n = len(ts)
    if n == 0:
        return np.zeros(0)
    slot = (ts - ts[0]) // HOUR
    size = int(slot[-1]) + 1

    def dense(values) -> np.ndarray:
        grid = np.full(size, np.nan)
        grid[slot] = values
        return grid

    subs = []
    conc_count = np.zeros(size, dtype=np.int64)
    particulates_short = np.zeros(size, dtype=bool)
    for p in _MEAN_POLLUTANTS:
        grid = dense(conc[p])
        s, c = _window_sums(grid, 24)
        conc_count += c
        if p in PARTICULATES and not np.isnan(conc[p]).all():  # a particulate this series reports
            particulates_short |= c < MIN_HOURS_24H
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = np.where(c >= MIN_HOURS_24H, s / np.maximum(c, 1), np.nan)
        subs.append(iaqi_array(p, mean, "24h"))
    o3 = dense(conc["o3"])
    s8, c8 = _window_sums(o3, 8)
    with np.errstate(invalid="ignore", divide="ignore"):
        m8 = np.where(c8 >= MIN_HOURS_8H, s8 / np.maximum(c8, 1), np.nan)
    # 8-hour windows ending before the block's 8th hour reach outside it: drop them per block by shifting,
    # i.e. the block ending at t uses windows ending at t-16 .. t, all of which start at >= t-23.
    max8 = _trailing_max(m8, 17)
    _, nwin = _window_sums(m8, 17)
    max1 = _trailing_max(o3, 24)
    _, c24_o3 = _window_sums(o3, 24)
    conc_count += c24_o3
    max8 = np.where((nwin >= MIN_WINDOWS_O3_8H) | (max8 > O3_8H_LIMIT), max8, np.nan)
    i8 = iaqi_array("o3", max8, "8h")
    i1 = iaqi_array("o3", max1, "1h")
    o3_iaqi = np.where(~np.isnan(max8) & np.isnan(i8), i1, i8)  # max 8-h mean > 800: use the 1-h max
    subs.append(o3_iaqi)
    aqi, _ = _combine(np.vstack(subs))

    s, c = _window_sums(dense(hourly_aqi), 24)
    with np.errstate(invalid="ignore", divide="ignore"):
        aqi_mean = np.where(c >= MIN_HOURS_24H, s / np.maximum(c, 1), np.nan)
    out = np.where(conc_count > 0, aqi, aqi_mean)
    out[(conc_count > 0) & particulates_short] = np.nan  # never an AQI of the gases alone (issue 14.7)
    return out[slot]
