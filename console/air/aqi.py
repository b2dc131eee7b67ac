"""Air quality index per HJ 633-2012 《环境空气质量指数（AQI）技术规定（试行）》.

Units: µg/m³ for every pollutant except CO, which is mg/m³. Importers whose CO is in µg/m³
(e.g. the UCI Beijing PRSA data) pass ``co_ug=True`` and the value is divided by 1000.

Pollutant keys, in the order used to list tied primary pollutants:
``pm25, pm10, so2, no2, co, o3``.

* :func:`iaqi` — one sub-index (空气质量分指数) from one concentration and averaging period.
* :func:`hourly_aqi` — 实时报 (real-time, hourly) AQI as CNEMC publishes it: PM2.5 and PM10 use
  the 24-hour breakpoints applied to the 1-hour concentration; SO2, NO2, CO and O3 use their
  1-hour breakpoints.
* :func:`category` — the six AQI categories with the official colours of HJ 633 Appendix A.
* Daily (日报) and any-24-hour blocks live in :mod:`console.aqi_daily`
  (``daily_aqi``, ``block_aqi_from_concentrations``); they are also reachable as attributes of this
  module.

Rounding: each IAQI is rounded UP to an integer (进位取整); tiny float noise is removed first, so
an exact breakpoint gives the exact level (PM2.5 35 → 50, 36 → ceil(51.25) = 52).

AQI = max IAQI over the pollutants that have one; a missing pollutant does not block the AQI,
it is listed in ``AqiResult.invalid``. Primary pollutant(s) (首要污染物): the pollutants whose IAQI
equals the AQI, only when AQI > 50; ties give several.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from numbers import Real
from typing import Mapping

POLLUTANTS: tuple[str, ...] = ("pm25", "pm10", "so2", "no2", "co", "o3")
"""Pollutant keys, in the order used for tied primary pollutants."""

POLLUTANT_LABELS: dict[str, str] = {
    "pm25": "PM2.5", "pm10": "PM10", "so2": "SO2", "no2": "NO2", "co": "CO", "o3": "O3",
}

SO2_24H_KEY = "so2_24h"
"""Optional key of :func:`hourly_aqi` input: the SO2 24-hour (moving) mean, used when SO2 1h > 800."""

IAQI_LEVELS: tuple[int, ...] = (0, 50, 100, 150, 200, 300, 400, 500)

# HJ 633-2012 Table 1. Index i of a breakpoint tuple corresponds to IAQI_LEVELS[i].
BREAKPOINTS: dict[tuple[str, str], tuple[float, ...]] = {
    ("so2", "24h"): (0, 50, 150, 475, 800, 1600, 2100, 2620),
    ("so2", "1h"): (0, 150, 500, 650, 800),
    ("no2", "24h"): (0, 40, 80, 180, 280, 565, 750, 940),
    ("no2", "1h"): (0, 100, 200, 700, 1200, 2340, 3090, 3840),
    ("pm10", "24h"): (0, 50, 150, 250, 350, 420, 500, 600),
    ("co", "24h"): (0, 2, 4, 14, 24, 36, 48, 60),
    ("co", "1h"): (0, 5, 10, 35, 60, 90, 120, 150),
    ("o3", "1h"): (0, 160, 200, 300, 400, 800, 1000, 1200),
    ("o3", "8h"): (0, 100, 160, 215, 265, 800),
    ("pm25", "24h"): (0, 35, 75, 115, 150, 250, 350, 500),
}

IAQI_MAX = 500


@dataclass(frozen=True)
class Category:
    """One of the six AQI categories (空气质量指数类别) of HJ 633 Table 2 / Appendix A."""

    level: int  # 1..6 (一级..六级)
    name_zh: str
    name_en: str
    rgb: tuple[int, int, int]
    colour_zh: str
    aqi_low: int
    aqi_high: int | None  # None: open-ended (> 300)

    @property
    def hex(self) -> str:
        return "#{:02X}{:02X}{:02X}".format(*self.rgb)


CATEGORIES: tuple[Category, ...] = (
    Category(1, "优", "Excellent", (0, 228, 0), "绿色", 0, 50),
    Category(2, "良", "Good", (255, 255, 0), "黄色", 51, 100),
    Category(3, "轻度污染", "Lightly polluted", (255, 126, 0), "橙色", 101, 150),
    Category(4, "中度污染", "Moderately polluted", (255, 0, 0), "红色", 151, 200),
    Category(5, "重度污染", "Heavily polluted", (153, 0, 76), "紫色", 201, 300),
    Category(6, "严重污染", "Severely polluted", (126, 0, 35), "褐红色", 301, None),
)


def _ceil(x: float) -> int:
    """进位取整, ignoring float noise (50.000000000001 → 50)."""
    return int(math.ceil(round(x, 6)))


def category(aqi: int | float) -> Category:
    """Category of an AQI value: 0-50 优, 51-100 良, 101-150 轻度, 151-200 中度, 201-300 重度, >300 严重.

    A non-integer value is first rounded up like an IAQI. Raises ValueError for a negative or
    non-finite value.
    """
    if isinstance(aqi, bool) or not isinstance(aqi, Real) or not math.isfinite(aqi) or aqi < 0:
        raise ValueError(f"AQI must be a finite number >= 0, got {aqi!r}")
    value = _ceil(float(aqi))
    for cat in CATEGORIES:
        if cat.aqi_high is None or value <= cat.aqi_high:
            return cat
    raise AssertionError("unreachable")  # pragma: no cover


def clean_concentration(value) -> float | None:
    """A concentration as float, or None when missing (None or NaN).

    Raises ValueError for a negative or infinite value and TypeError for a non-number.
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, Real):
        raise TypeError(f"concentration must be a number or None, got {value!r}")
    v = float(value)
    if math.isnan(v):
        return None
    if math.isinf(v) or v < 0:
        raise ValueError(f"concentration must be finite and >= 0, got {value!r}")
    return v


def iaqi(pollutant: str, conc: float | None, period: str) -> int | None:
    """Sub-index IAQI of one concentration per HJ 633-2012 formula (1), rounded up to an integer.

    ``period`` is ``"1h"``, ``"8h"`` (O3 only) or ``"24h"``; PM2.5 and PM10 only have ``"24h"``
    breakpoints, CO only ``"1h"``/``"24h"`` etc. — an unknown pair raises ValueError.

    Returns None when ``conc`` is None/NaN, and — per the notes to Table 1 — when SO2 1h > 800 µg/m³
    or O3 8h > 800 µg/m³ (no IAQI is computed from those; the caller falls back to SO2 24h or
    O3 1h). Above the top breakpoint of a full table the IAQI is capped at 500.
    """
    try:
        bps = BREAKPOINTS[(pollutant, period)]
    except KeyError:
        raise ValueError(f"no HJ 633 breakpoints for {pollutant!r} over {period!r}") from None
    c = clean_concentration(conc)
    if c is None:
        return None
    top = bps[-1]
    if c > top:
        if len(bps) < len(IAQI_LEVELS):  # SO2 1h, O3 8h: not used above their last breakpoint
            return None
        return IAQI_MAX
    for i in range(1, len(bps)):
        if c <= bps[i]:
            lo, hi = bps[i - 1], bps[i]
            ilo, ihi = IAQI_LEVELS[i - 1], IAQI_LEVELS[i]
            return _ceil((ihi - ilo) / (hi - lo) * (c - lo) + ilo)
    raise AssertionError("unreachable")  # pragma: no cover


@dataclass(frozen=True)
class AqiResult:
    """AQI of one hour (实时报) or one 24-hour period (日报 / block).

    ``iaqi`` and ``concentrations`` have all six pollutant keys, in :data:`POLLUTANTS` order;
    ``concentrations`` holds the value each IAQI was computed from (hourly: the 1-hour value or the
    SO2 24-hour fallback; daily: 24-hour means, O3 max 8-hour mean or the O3 1-hour max fallback),
    CO in mg/m³. ``invalid`` lists pollutants without an IAQI (missing, too few hours, or not
    computable); ``notes`` explains fallbacks and invalid statistics in plain words.
    """

    aqi: int | None
    primary: tuple[str, ...]
    iaqi: dict[str, int | None]
    concentrations: dict[str, float | None] = field(default_factory=dict)
    invalid: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def category(self) -> Category | None:
        return None if self.aqi is None else category(self.aqi)

    @property
    def exceeding(self) -> tuple[str, ...]:
        """超标污染物: pollutants with IAQI > 100, in :data:`POLLUTANTS` order."""
        return tuple(p for p in POLLUTANTS if (self.iaqi.get(p) or 0) > 100)


def aqi_from_iaqi(iaqis: Mapping[str, int | None]) -> tuple[int | None, tuple[str, ...]]:
    """(AQI, primary pollutants) from sub-indices; (None, ()) when no sub-index is available."""
    known = {p: v for p, v in iaqis.items() if v is not None}
    if not known:
        return None, ()
    aqi = max(known.values())
    if aqi <= 50:
        return aqi, ()
    return aqi, tuple(p for p in POLLUTANTS if known.get(p) == aqi)


def check_keys(conc: Mapping[str, object]) -> None:
    """ValueError for keys that are neither a pollutant nor ``so2_24h`` (catches typos like 'pm2.5')."""
    unknown = [k for k in conc if k not in POLLUTANTS and k != SO2_24H_KEY]
    if unknown:
        raise ValueError(f"unknown pollutant key(s) {unknown}; expected {list(POLLUTANTS)} or {SO2_24H_KEY!r}")


_HOURLY_PERIOD = {"pm25": "24h", "pm10": "24h", "so2": "1h", "no2": "1h", "co": "1h", "o3": "1h"}


def hourly_aqi(conc: Mapping[str, float | None], *, co_ug: bool = False) -> AqiResult:
    """实时报 AQI of one hour from 1-hour concentrations ``{pollutant: value or None}``.

    Missing keys count as missing values. PM2.5/PM10 use the 24-hour breakpoints on the 1-hour
    value (CNEMC practice); SO2, NO2, CO, O3 their 1-hour breakpoints. When SO2 1h > 800 µg/m³
    the SO2 IAQI comes from the optional ``so2_24h`` key (24-hour breakpoints); without it SO2 has
    no IAQI (listed in ``invalid``, explained in ``notes``). ``co_ug``: CO given in µg/m³.
    """
    check_keys(conc)
    values = {p: clean_concentration(conc.get(p)) for p in POLLUTANTS}
    if co_ug and values["co"] is not None:
        values["co"] = values["co"] / 1000.0
    iaqis: dict[str, int | None] = {}
    used: dict[str, float | None] = {}
    notes: list[str] = []
    for p in POLLUTANTS:
        used[p] = values[p]
        iaqis[p] = iaqi(p, values[p], _HOURLY_PERIOD[p])
    so2 = values["so2"]
    if so2 is not None and iaqis["so2"] is None:  # SO2 1h > 800
        so2_24h = clean_concentration(conc.get(SO2_24H_KEY))
        if so2_24h is not None:
            iaqis["so2"] = iaqi("so2", so2_24h, "24h")
            used["so2"] = so2_24h
            notes.append(f"SO2 1h {so2:g} > 800 µg/m³: IAQI from SO2 24h {so2_24h:g}")
        else:
            used["so2"] = None
            notes.append(f"SO2 1h {so2:g} > 800 µg/m³ and no SO2 24h value: SO2 IAQI not reported")
    invalid = tuple(p for p in POLLUTANTS if iaqis[p] is None)
    aqi, primary = aqi_from_iaqi(iaqis)
    return AqiResult(aqi, primary, iaqis, used, invalid, tuple(notes))
