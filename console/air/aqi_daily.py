"""Daily (日报) AQI per HJ 633-2012, and the same over any 24 consecutive hours.

Statistics of a day (or of a 24-hour block), from hourly concentrations:

* PM2.5, PM10, SO2, NO2, CO: 24-hour arithmetic mean, valid only with >= 20 hourly values
  (GB 3095-2012 Table 4). CO in mg/m³.
* O3: the maximum 8-hour moving mean (日最大8小时滑动平均). The 8-hour windows are those lying
  entirely inside the 24 hours: for a natural day whose hourly values are slotted 0..23 that is the
  17 windows of slots 0-7 … 16-23 — the same set as HJ 663's "8 时至 24 时" windows under
  end-of-hour labels (the window labelled 08 covers hours labelled 01..08). A window mean needs
  >= 6 hourly values (GB 3095-2012). The day's maximum needs >= 14 valid windows (HJ 663-2013);
  with fewer it is still valid when it exceeds the 160 µg/m³ limit (二级标准) — exceedance is
  certain whatever the missing windows held.
* The O3 IAQI is that of the max 8-hour mean (8-hour breakpoints). When that mean is > 800 µg/m³,
  the 8-hour breakpoints no longer apply and the O3 IAQI is that of the day's max 1-hour value
  (1-hour breakpoints), per note 3 of HJ 633 Table 1. ``include_o3_1h=True`` additionally lets
  the max 1-hour O3 IAQI raise the O3 sub-index (HJ 633 §5 lists 日最大1小时平均 among the daily
  items); it is off by default, as in CNEMC's published daily AQI.

An invalid statistic is None (never averaged over too few hours); the pollutant is listed in
``invalid`` with a note, and the AQI is the max over the remaining sub-indices.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

from console.air.aqi import (
    POLLUTANTS,
    AqiResult,
    aqi_from_iaqi,
    check_keys,
    clean_concentration,
    iaqi,
)

MIN_HOURS_24H = 20
MIN_HOURS_8H = 6
MIN_WINDOWS_O3_8H = 14
O3_8H_LIMIT = 160.0  # GB 3095-2012 二级 limit of the O3 daily max 8-hour mean, µg/m³
BLOCK_HOURS = 24

_MEAN_POLLUTANTS = ("pm25", "pm10", "so2", "no2", "co")


@dataclass(frozen=True)
class DailyAqiResult(AqiResult):
    """:class:`AqiResult` of a day / 24-hour block, plus the counts and O3 statistics behind it.

    ``valid_hours``: number of hourly values per pollutant. ``o3_8h_max``: max valid 8-hour mean
    (None when invalid); ``o3_8h_windows``: how many of the 17 windows were valid; ``o3_1h_max``:
    max hourly O3; ``iaqi_o3_8h`` / ``iaqi_o3_1h``: their IAQIs (8-hour / 1-hour breakpoints).
    """

    valid_hours: dict[str, int] = field(default_factory=dict)
    o3_8h_max: float | None = None
    o3_8h_windows: int = 0
    o3_1h_max: float | None = None
    iaqi_o3_8h: int | None = None
    iaqi_o3_1h: int | None = None


def mean_24h(values: Sequence[float | None]) -> float | None:
    """Arithmetic mean of the non-None values, or None when fewer than 20 of them."""
    valid = [v for v in values if v is not None]
    if len(valid) < MIN_HOURS_24H:
        return None
    return sum(valid) / len(valid)


def moving_8h_means(values: Sequence[float | None]) -> list[float | None]:
    """8-hour moving means of consecutive hourly values: element i averages values[i:i+8].

    ``len(values) - 7`` windows (none if fewer than 8 values); a window with fewer than 6 values
    is None.
    """
    out: list[float | None] = []
    for i in range(len(values) - 7):
        valid = [v for v in values[i:i + 8] if v is not None]
        out.append(sum(valid) / len(valid) if len(valid) >= MIN_HOURS_8H else None)
    return out


def _series(hours: Sequence[Mapping[str, float | None] | None], pollutant: str) -> list[float | None]:
    return [None if h is None else clean_concentration(h.get(pollutant)) for h in hours]


def block_aqi_from_concentrations(
    hours: Sequence[Mapping[str, float | None] | None],
    *,
    co_ug: bool = False,
    include_o3_1h: bool = False,
) -> DailyAqiResult:
    """AQI of exactly 24 consecutive hours (e.g. a block crossing midnight), computed like 日报.

    ``hours[i]`` is the ``{pollutant: 1-hour concentration or None}`` of the i-th hour (a None
    entry or a missing key is a missing value; an ``so2_24h`` key is accepted and ignored).
    O3 uses the 8-hour windows fully inside the block. Raises ValueError unless len(hours) == 24.
    """
    if len(hours) != BLOCK_HOURS:
        raise ValueError(f"a 24-hour block needs exactly 24 hourly entries, got {len(hours)}")
    for h in hours:
        if h is not None:
            check_keys(h)
    series = {p: _series(hours, p) for p in POLLUTANTS}
    if co_ug:
        series["co"] = [None if v is None else v / 1000.0 for v in series["co"]]
    valid_hours = {p: sum(v is not None for v in series[p]) for p in POLLUTANTS}

    iaqis: dict[str, int | None] = {}
    used: dict[str, float | None] = {}
    notes: list[str] = []
    for p in _MEAN_POLLUTANTS:
        m = mean_24h(series[p])
        used[p] = m
        iaqis[p] = iaqi(p, m, "24h")
        if m is None:
            notes.append(f"{p}: {valid_hours[p]} hourly values < {MIN_HOURS_24H}, 24h mean invalid")

    o3 = series["o3"]
    hourly_o3 = [v for v in o3 if v is not None]
    o3_1h_max = max(hourly_o3) if hourly_o3 else None
    windows = [w for w in moving_8h_means(o3) if w is not None]
    o3_8h_max = max(windows) if windows else None
    if o3_8h_max is not None and len(windows) < MIN_WINDOWS_O3_8H and o3_8h_max <= O3_8H_LIMIT:
        notes.append(
            f"o3: {len(windows)} valid 8h means < {MIN_WINDOWS_O3_8H} and max {o3_8h_max:g} "
            f"<= {O3_8H_LIMIT:g}, daily max 8h invalid"
        )
        o3_8h_max = None
    elif o3_8h_max is None:
        notes.append(f"o3: no 8h mean with >= {MIN_HOURS_8H} hourly values, daily max 8h invalid")
    iaqi_1h = iaqi("o3", o3_1h_max, "1h")
    iaqi_8h = iaqi("o3", o3_8h_max, "8h")
    o3_iaqi, o3_used = iaqi_8h, o3_8h_max
    if o3_8h_max is not None and iaqi_8h is None:  # max 8h mean > 800
        o3_iaqi, o3_used = iaqi_1h, o3_1h_max
        notes.append(f"o3: max 8h mean {o3_8h_max:g} > 800 µg/m³, IAQI from max 1h {o3_1h_max:g}")
    if include_o3_1h and iaqi_1h is not None and (o3_iaqi is None or iaqi_1h > o3_iaqi):
        o3_iaqi, o3_used = iaqi_1h, o3_1h_max
    iaqis["o3"] = o3_iaqi
    used["o3"] = o3_used

    iaqis = {p: iaqis[p] for p in POLLUTANTS}
    used = {p: used[p] for p in POLLUTANTS}
    invalid = tuple(p for p in POLLUTANTS if iaqis[p] is None)
    aqi, primary = aqi_from_iaqi(iaqis)
    return DailyAqiResult(
        aqi, primary, iaqis, used, invalid, tuple(notes),
        valid_hours=valid_hours,
        o3_8h_max=o3_8h_max,
        o3_8h_windows=len(windows),
        o3_1h_max=o3_1h_max,
        iaqi_o3_8h=iaqi_8h,
        iaqi_o3_1h=iaqi_1h,
    )


def daily_aqi(
    hours: Mapping[int, Mapping[str, float | None] | None] | Sequence[Mapping[str, float | None] | None],
    *,
    co_ug: bool = False,
    include_o3_1h: bool = False,
) -> DailyAqiResult:
    """日报 AQI of one natural day.

    ``hours`` is either ``{hour_of_day 0..23: concentrations}`` (absent hours are missing) or a
    sequence of exactly 24 hourly dicts for hours 0..23. Each row is taken as the hour it is
    labelled with (see :mod:`console.commands.aqi` on timestamp conventions).
    """
    if isinstance(hours, Mapping):
        bad = [h for h in hours if isinstance(h, bool) or not isinstance(h, int) or not 0 <= h <= 23]
        if bad:
            raise ValueError(f"hour-of-day keys must be integers 0..23, got {bad}")
        seq = [hours.get(h) for h in range(BLOCK_HOURS)]
    else:
        seq = list(hours)
    return block_aqi_from_concentrations(seq, co_ug=co_ug, include_o3_1h=include_o3_1h)
