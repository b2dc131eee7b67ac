"""HJ 633-2012 AQI: sub-indices, hourly (实时报), daily (日报) and 24-hour blocks. No Qt."""
from __future__ import annotations

import csv
import gzip
import math
import subprocess
import sys
from pathlib import Path

import pytest

from console.air.aqi import (
    BREAKPOINTS,
    CATEGORIES,
    IAQI_LEVELS,
    POLLUTANTS,
    aqi_from_iaqi,
    category,
    hourly_aqi,
    iaqi,
)
from console.air.aqi_daily import (
    DailyAqiResult,
    block_aqi_from_concentrations,
    daily_aqi,
    mean_24h,
    moving_8h_means,
)

DONGSI = Path(__file__).resolve().parents[2] / "data" / "uci" / "PRSA_Data_Dongsi_excerpt.csv.gz"

# --------------------------------------------------------------------------- breakpoints

TABLE_1 = {
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
BREAKPOINT_CASES = [
    (pol, per, bp, IAQI_LEVELS[i]) for (pol, per), bps in TABLE_1.items() for i, bp in enumerate(bps)
]
TRUNCATED = {("so2", "1h"), ("o3", "8h")}


def test_tables_match_hj633_table_1():
    assert BREAKPOINTS == TABLE_1
    assert IAQI_LEVELS == (0, 50, 100, 150, 200, 300, 400, 500)


@pytest.mark.parametrize("pol,per,bp,level", BREAKPOINT_CASES)
def test_iaqi_at_and_around_every_breakpoint(pol, per, bp, level):
    delta = 0.001 if pol == "co" else 0.01  # small enough that the IAQI moves by less than 1
    assert iaqi(pol, bp, per) == level
    if bp > 0:
        assert iaqi(pol, bp - delta, per) == level  # just below: rounds up to the level itself
    top = bp == TABLE_1[(pol, per)][-1]
    if not top:
        assert iaqi(pol, bp + delta, per) == level + 1  # just above: 进位取整 to the next integer
    elif (pol, per) in TRUNCATED:
        assert iaqi(pol, bp + delta, per) is None  # not used above 800
    else:
        assert iaqi(pol, bp + delta, per) == 500  # capped


@pytest.mark.parametrize(
    "pol,conc,per,expected",
    [
        ("pm25", 35, "24h", 50), ("pm25", 75, "24h", 100), ("pm25", 115, "24h", 150),
        ("pm25", 150, "24h", 200), ("pm25", 250, "24h", 300), ("pm25", 36, "24h", 52),  # 51.25
        ("pm25", 0.1, "24h", 1), ("pm25", 0, "24h", 0), ("pm25", 1000, "24h", 500),
        ("pm10", 51, "24h", 51),  # 50.5
        ("so2", 100, "24h", 75), ("so2", 575, "1h", 125), ("no2", 150, "1h", 75),
        ("no2", 60, "24h", 75), ("co", 7.5, "1h", 75), ("co", 3, "24h", 75),
        ("o3", 180, "1h", 75), ("o3", 130, "8h", 75), ("o3", 5000, "1h", 500),
        ("so2", 3000, "24h", 500), ("co", 61, "24h", 500),
    ],
)
def test_iaqi_hand_values(pol, conc, per, expected):
    assert iaqi(pol, conc, per) == expected


@pytest.mark.parametrize(
    "pol,conc,per,expected",
    # the formula gives 55.00000000000001 / 7.000000000000001 / 51.000000000000014: still exact
    [("co", 2.2, "24h", 55), ("pm25", 4.9, "24h", 7), ("o3", 160.8, "1h", 51), ("pm10", 350.7, "24h", 201)],
)
def test_iaqi_ignores_float_noise(pol, conc, per, expected):
    assert iaqi(pol, conc, per) == expected


def test_iaqi_rounds_up_never_down():
    assert iaqi("pm25", 35.01, "24h") == 51
    assert iaqi("no2", 100.1, "1h") == 51
    assert iaqi("pm10", 1, "24h") == 1


def test_iaqi_missing_and_bad_input():
    assert iaqi("pm25", None, "24h") is None
    assert iaqi("pm25", float("nan"), "24h") is None
    with pytest.raises(ValueError):
        iaqi("pm25", -1, "24h")
    with pytest.raises(ValueError):
        iaqi("pm25", float("inf"), "24h")
    with pytest.raises(TypeError):
        iaqi("pm25", "35", "24h")
    with pytest.raises(TypeError):
        iaqi("pm25", True, "24h")
    with pytest.raises(ValueError):
        iaqi("pm25", 35, "1h")  # PM has 24-hour breakpoints only
    with pytest.raises(ValueError):
        iaqi("o3", 35, "24h")
    with pytest.raises(ValueError):
        iaqi("pm2.5", 35, "24h")


def test_truncated_tables_return_none_above_800():
    assert iaqi("so2", 800, "1h") == 200
    assert iaqi("so2", 801, "1h") is None
    assert iaqi("o3", 800, "8h") == 300
    assert iaqi("o3", 801, "8h") is None


# --------------------------------------------------------------------------- categories

@pytest.mark.parametrize(
    "value,level,zh,rgb",
    [
        (0, 1, "优", (0, 228, 0)), (50, 1, "优", (0, 228, 0)),
        (51, 2, "良", (255, 255, 0)), (100, 2, "良", (255, 255, 0)),
        (101, 3, "轻度污染", (255, 126, 0)), (150, 3, "轻度污染", (255, 126, 0)),
        (151, 4, "中度污染", (255, 0, 0)), (200, 4, "中度污染", (255, 0, 0)),
        (201, 5, "重度污染", (153, 0, 76)), (300, 5, "重度污染", (153, 0, 76)),
        (301, 6, "严重污染", (126, 0, 35)), (500, 6, "严重污染", (126, 0, 35)),
    ],
)
def test_category_bounds_and_colours(value, level, zh, rgb):
    cat = category(value)
    assert (cat.level, cat.name_zh, cat.rgb) == (level, zh, rgb)


def test_category_details():
    assert [c.name_en for c in CATEGORIES] == [
        "Excellent", "Good", "Lightly polluted", "Moderately polluted", "Heavily polluted", "Severely polluted",
    ]
    assert category(301).hex == "#7E0023"
    assert category(50.2).level == 2  # non-integers round up like an IAQI
    for bad in (-1, float("nan"), None, "50"):
        with pytest.raises(ValueError):
            category(bad)


# --------------------------------------------------------------------------- hourly

def test_hourly_uses_24h_breakpoints_for_pm_and_1h_for_gases():
    r = hourly_aqi({"pm25": 75, "pm10": 150, "so2": 150, "no2": 100, "co": 5, "o3": 160})
    assert r.iaqi == {"pm25": 100, "pm10": 100, "so2": 50, "no2": 50, "co": 50, "o3": 50}
    assert r.aqi == 100
    assert r.primary == ("pm25", "pm10")  # tie: both, in pm25, pm10, so2, no2, co, o3 order
    assert r.category.name_zh == "良"
    assert r.invalid == ()


def test_hourly_tie_order_and_single_primary():
    r = hourly_aqi({"o3": 200, "no2": 200, "co": 10})  # all 100
    assert r.primary == ("no2", "co", "o3")
    r = hourly_aqi({"pm25": 36, "o3": 100})
    assert (r.aqi, r.primary) == (52, ("pm25",))


def test_hourly_no_primary_when_aqi_at_most_50():
    r = hourly_aqi({"pm25": 35, "pm10": 50})
    assert (r.aqi, r.primary) == (50, ())
    assert r.category.level == 1
    assert aqi_from_iaqi({"pm25": 51, "o3": 51}) == (51, ("pm25", "o3"))


def test_hourly_missing_values():
    r = hourly_aqi({"pm25": 20})
    assert r.aqi == 29
    assert set(r.invalid) == {"pm10", "so2", "no2", "co", "o3"}
    assert list(r.iaqi) == list(POLLUTANTS)
    empty = hourly_aqi({})
    assert (empty.aqi, empty.primary, empty.category) == (None, (), None)


def test_hourly_so2_above_800_uses_24h_value():
    r = hourly_aqi({"so2": 900, "so2_24h": 475, "pm25": 10})
    assert r.iaqi["so2"] == 150  # 475 on the 24-hour scale
    assert r.concentrations["so2"] == 475
    assert r.primary == ("so2",)
    assert any("800" in n for n in r.notes)


def test_hourly_so2_above_800_without_24h_is_none_with_note():
    r = hourly_aqi({"so2": 900, "pm25": 10})
    assert r.iaqi["so2"] is None
    assert "so2" in r.invalid
    assert r.aqi == 15
    assert any("SO2 1h 900" in n for n in r.notes)


def test_hourly_co_in_ug():
    assert hourly_aqi({"co": 7500}, co_ug=True).iaqi["co"] == 75
    assert hourly_aqi({"co": 7.5}).iaqi["co"] == 75
    assert hourly_aqi({"co": 7500}, co_ug=True).concentrations["co"] == 7.5


def test_hourly_rejects_unknown_keys_and_bad_values():
    with pytest.raises(ValueError):
        hourly_aqi({"pm2.5": 10})
    with pytest.raises(ValueError):
        hourly_aqi({"pm25": -3})


def test_exceeding_pollutants():
    r = hourly_aqi({"pm25": 120, "pm10": 160, "no2": 90})
    assert r.exceeding == ("pm25", "pm10")


# --------------------------------------------------------------------------- daily / block

def _day(**series):
    """24 hourly dicts; each keyword is a constant or a list of 24 values (None = missing)."""
    out = []
    for h in range(24):
        out.append({p: (v[h] if isinstance(v, list) else v) for p, v in series.items()})
    return out


def test_daily_means_and_result_type():
    r = daily_aqi(_day(pm25=[30] * 12 + [40] * 12, pm10=100, so2=10, no2=40, co=1, o3=50))
    assert isinstance(r, DailyAqiResult)
    assert r.concentrations["pm25"] == 35
    assert r.iaqi == {"pm25": 50, "pm10": 75, "so2": 10, "no2": 50, "co": 25, "o3": 25}
    assert (r.aqi, r.primary) == (75, ("pm10",))
    assert r.valid_hours["pm25"] == 24
    assert r.o3_8h_windows == 17


def test_daily_validity_needs_20_hours():
    nineteen = [80] * 19 + [None] * 5
    twenty = [80] * 20 + [None] * 4
    r = daily_aqi(_day(pm25=nineteen, pm10=twenty))
    assert r.iaqi["pm25"] is None and r.concentrations["pm25"] is None
    assert "pm25" in r.invalid
    assert any("pm25: 19 hourly values" in n for n in r.notes)
    assert r.iaqi["pm10"] == 65  # 80 over 20 valid hours (never averaged over 19)
    assert r.aqi == 65 and r.primary == ("pm10",)
    assert mean_24h([1.0] * 19) is None
    assert mean_24h([1.0] * 20 + [None] * 4) == 1.0


def test_daily_mapping_input_absent_hours_missing():
    hours = {h: {"pm25": 75} for h in range(20)}
    assert daily_aqi(hours).iaqi["pm25"] == 100
    del hours[0]
    assert daily_aqi(hours).iaqi["pm25"] is None
    with pytest.raises(ValueError):
        daily_aqi({24: {"pm25": 1}})
    with pytest.raises(ValueError):
        block_aqi_from_concentrations([{"pm25": 1}] * 23)


def test_moving_8h_means_needs_6_of_8():
    vals = [8.0] * 5 + [None] * 3 + [16.0] * 2
    means = moving_8h_means(vals)
    assert len(means) == 3
    assert means == [None, None, None]  # 5, 5 and 5 valid hours
    assert moving_8h_means([1.0, 2, 3, 4, 5, 6, None, None]) == [3.5]
    assert moving_8h_means([1.0] * 7) == []


def test_daily_o3_max_8h_over_windows_inside_the_day():
    o3 = [10] * 24
    o3[16:24] = [200] * 8  # last window, slots 16..23 (HJ 663: the 8h mean ending 24:00)
    r = daily_aqi(_day(o3=o3))
    assert r.o3_8h_max == 200
    assert r.iaqi["o3"] == iaqi("o3", 200, "8h") == 137  # 100 + 40/55*50 = 136.4
    assert r.o3_1h_max == 200
    assert r.iaqi_o3_1h == 100
    # a peak split across midnight is not one window of this day
    o3 = [10] * 24
    o3[20:24] = [200] * 4
    o3[0:4] = [200] * 4
    r = daily_aqi(_day(o3=o3))
    assert r.o3_8h_max == pytest.approx((200 * 4 + 10 * 4) / 8)


def test_daily_o3_needs_14_valid_windows_unless_exceeding():
    o3 = [100.0] * 10 + [None] * 14  # windows 0..4 valid (8, 8, 8, 7, 6 values), 5.. not
    r = daily_aqi(_day(o3=o3, pm25=10))
    assert r.o3_8h_windows == 5
    assert r.iaqi["o3"] is None and "o3" in r.invalid
    assert r.o3_8h_max is None
    o3 = [170.0] * 10 + [None] * 14  # too few windows, but 170 > 160: exceedance is certain
    r = daily_aqi(_day(o3=o3))
    assert r.o3_8h_max == 170
    assert r.iaqi["o3"] == iaqi("o3", 170, "8h")
    o3 = [100.0] * 21 + [None] * 3  # windows 0..16: 0..13 have 8 values, 14..16 have 7, 6, 5
    assert daily_aqi(_day(o3=o3)).o3_8h_windows == 16


def test_daily_o3_8h_above_800_uses_1h_max():
    o3 = [850.0] * 24
    o3[12] = 900.0
    r = daily_aqi(_day(o3=o3))
    assert r.o3_8h_max > 800 and r.iaqi_o3_8h is None
    assert r.iaqi["o3"] == iaqi("o3", 900, "1h") == 350  # 300 + 100/200*100
    assert r.concentrations["o3"] == 900
    assert any("> 800" in n for n in r.notes)


def test_daily_include_o3_1h_option():
    o3 = [60.0] * 24
    o3[14] = 420.0  # 1h IAQI 200 + 20/400*100 = 205; 8h max (60*7+420)/8 = 105 → 54.17 → 55
    assert daily_aqi(_day(o3=o3)).iaqi["o3"] == 55
    r = daily_aqi(_day(o3=o3), include_o3_1h=True)
    assert r.iaqi["o3"] == 205 and r.aqi == 205


def test_daily_co_in_ug():
    r = daily_aqi(_day(co=3000), co_ug=True)
    assert r.concentrations["co"] == 3 and r.iaqi["co"] == 75


def test_block_across_midnight_is_positional():
    hours = [{"pm25": 115, "o3": 100}] * 24
    r = block_aqi_from_concentrations(hours)
    assert (r.aqi, r.primary) == (150, ("pm25",))
    hours = [None] * 4 + [{"pm25": 115}] * 20
    assert block_aqi_from_concentrations(hours).iaqi["pm25"] == 150
    with pytest.raises(ValueError):
        block_aqi_from_concentrations([{"pm2.5": 1}] * 24)



def test_domain_core_does_not_import_qt():
    code = (
        "import sys, console.air.aqi, console.air.aqi_daily, console.commands.aqi; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')]; "
        "sys.exit(1 if bad else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[3]).returncode == 0


# --------------------------------------------------------------------------- real data (UCI Beijing, Dongsi)

_UCI = {"pm25": "PM2.5", "pm10": "PM10", "so2": "SO2", "no2": "NO2", "co": "CO", "o3": "O3"}


@pytest.fixture(scope="module")
def dongsi_march():
    """{(year, month, day): {hour: conc}} for 2013-03-01..2013-03-31 (CO in µg/m³ as in the file)."""
    days: dict[tuple[int, int, int], dict[int, dict]] = {}
    with gzip.open(DONGSI, "rt", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            key = (int(row["year"]), int(row["month"]), int(row["day"]))
            if key > (2013, 3, 31):
                break
            conc = {p: None if row[c] == "NA" else float(row[c]) for p, c in _UCI.items()}
            days.setdefault(key, {})[int(row["hour"])] = conc
    return days


def test_dongsi_first_hour(dongsi_march):
    # 2013-03-01 00: PM2.5 9, PM10 9, SO2 3, NO2 17, CO 300 µg/m³, O3 89
    r = hourly_aqi(dongsi_march[(2013, 3, 1)][0], co_ug=True)
    assert r.iaqi == {"pm25": 13, "pm10": 9, "so2": 1, "no2": 9, "co": 3, "o3": 28}
    assert (r.aqi, r.primary, r.category.name_zh) == (28, (), "优")


def test_dongsi_hourly_plausible(dongsi_march):
    results = [hourly_aqi(c, co_ug=True) for day in dongsi_march.values() for c in day.values()]
    assert len(results) == 31 * 24
    values = [r.aqi for r in results if r.aqi is not None]
    assert len(values) > 700
    assert all(0 <= v <= 500 for v in values)
    assert max(values) > 300  # March 2013 had severe haze episodes in Beijing
    assert min(values) < 50


def test_dongsi_2013_03_01_hand_computed(dongsi_march):
    r = daily_aqi(dongsi_march[(2013, 3, 1)], co_ug=True)
    # PM2.5: 154/24 = 6.417 → 6.417*50/35 = 9.17 → 10. NO2: 656 over 23 hours = 28.52 → 35.65 → 36.
    # O3 max 8h: hours 10-17 (82,83,86,91,92,92,91,87)/8 = 88 → 44.
    assert r.concentrations["pm25"] == pytest.approx(154 / 24)
    assert r.valid_hours["no2"] == 23
    assert r.concentrations["no2"] == pytest.approx(656 / 23)
    assert r.o3_8h_max == 88
    assert r.iaqi["pm25"] == 10 and r.iaqi["no2"] == 36 and r.iaqi["o3"] == 44
    assert (r.aqi, r.primary, r.category.name_zh) == (44, (), "优")


def test_dongsi_2013_03_07_hand_computed(dongsi_march):
    r = daily_aqi(dongsi_march[(2013, 3, 7)], co_ug=True)
    # PM2.5 6586/24 = 274.42 → 300 + 24.42 = 324.42 → 325; PM10 7359/24 = 306.625 → 150 + 28.31 → 179;
    # CO 4.25 mg/m³ → 100 + 1.25 → 102; O3 max 8h = hours 16-23 (107,107,107,20,107,107,107,107)/8 = 96.125 → 49.
    assert r.concentrations["pm25"] == pytest.approx(6586 / 24)
    assert r.concentrations["pm10"] == pytest.approx(7359 / 24)
    assert r.concentrations["co"] == pytest.approx(4.25, abs=0.01)
    assert r.o3_8h_max == pytest.approx(96.125)
    assert r.iaqi == {"pm25": 325, "pm10": 179, "so2": 72, "no2": 147, "co": 102, "o3": 49}
    assert (r.aqi, r.primary) == (325, ("pm25",))
    assert r.category.name_zh == "严重污染" and r.category.rgb == (126, 0, 35)
    assert r.exceeding == ("pm25", "pm10", "no2", "co")


def test_dongsi_2013_03_26_validity(dongsi_march):
    r = daily_aqi(dongsi_march[(2013, 3, 26)], co_ug=True)
    assert r.valid_hours["co"] == 20 and r.iaqi["co"] is not None  # exactly 20: valid
    assert r.o3_8h_windows == 11 and r.iaqi["o3"] is None  # < 14 windows, max well below 160
    assert r.invalid == ("o3",)
    assert (r.aqi, r.primary) == (205, ("pm25",))


def test_dongsi_block_across_midnight(dongsi_march):
    d6, d7 = dongsi_march[(2013, 3, 6)], dongsi_march[(2013, 3, 7)]
    hours = [d6[h] for h in range(12, 24)] + [d7[h] for h in range(12)]
    r = block_aqi_from_concentrations(hours, co_ug=True)
    pm25 = [h["pm25"] for h in hours if h["pm25"] is not None]
    mean = sum(pm25) / len(pm25)
    assert r.concentrations["pm25"] == pytest.approx(mean)
    assert r.iaqi["pm25"] == iaqi("pm25", mean, "24h")
    assert r.aqi == max(v for v in r.iaqi.values() if v is not None)
    assert not math.isnan(r.concentrations["o3"])
