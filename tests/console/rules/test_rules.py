"""Plan §1-§2 rules: levels from daily/hourly AQI, validity, scope by pollutant, upper notices, basis words."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from console.common.clock import TZ
from console.rules.assessment import (
    Block,
    Condition,
    Forecast,
    RuleSettings,
    assess,
    fmt_aqi,
    level_cn,
    level_rank,
    max_level,
    parse_aqi,
    parse_level_value,
    parse_pollutant,
)
from console.rules.notices import (
    Notice,
    notice_basis,
    notice_level,
    notices_in_force,
    parse_issuer,
)

AT = datetime(2025, 12, 1, 8, 0, tzinfo=TZ)
D0 = date(2025, 12, 1)
H0 = datetime(2025, 12, 1, 0, 0, tzinfo=TZ)


def daily(*values, start=D0, primary=None):
    return Forecast.daily([(start + timedelta(days=i), v, primary) for i, v in enumerate(values)])


def hourly(values, start=H0, primary=None):
    """values: list of AQI (None = missing hour) or (aqi, primary) pairs."""
    pts = []
    for i, v in enumerate(values):
        if v is None:
            continue
        aqi, pol = v if isinstance(v, tuple) else (v, primary)
        pts.append((start + timedelta(hours=i), aqi, pol))
    return Forecast.hourly(pts)


def level_of(forecast, **kw):
    return assess(forecast, [], AT, RuleSettings(**kw)).forecast_level


# ---------------------------------------------------------------- daily series
@pytest.mark.parametrize("values, expected", [
    ((150, 150, 150), "none"),          # exactly 150 does not exceed
    ((200,), "none"),                   # exactly 200 does not exceed
    ((150.5, 151), "yellow"),           # 2 consecutive days > 150
    ((151, 140, 151), "none"),          # not consecutive
    ((200.5,), "yellow"),               # one day > 200
    ((151, 160, 170), "orange"),        # 3 days > 150
    ((201, 210), "orange"),             # 2 days > 200
    ((201, 250, 300), "orange"),        # 3 x > 200 but 300 is not > 300
    ((201, 250, 301), "red"),           # 3 x > 200 and one of them > 300
    ((350, 250, 150), "orange"),        # one > 300 but only 2 x > 200
    ((301, 250, 140, 220), "orange"),   # the > 300 day is not in a run of 3 x > 200
    ((120, 310, 201, 202, 100), "red"),
])
def test_daily_levels_and_boundaries(values, expected):
    assert level_of(daily(*values)) == expected


def test_daily_basis_words():
    a = assess(daily(143, 216, 238), [], AT)
    assert a.level == a.forecast_level == "orange"
    assert a.basis[0] == "橙色：预测 12-02 起连续48小时日AQI>200（216、238）"
    assert [b.label for b in a.blocks_used] == ["12-02", "12-03"]
    a = assess(daily(143, 216), [], AT)
    assert a.basis[0] == "黄色：预测 12-02 日AQI>200（216）"


def test_daily_red_basis_names_the_peak():
    a = assess(daily(216, 238, 310, primary="pm25"), [], AT)
    assert a.level == "red"
    assert a.basis[0].startswith("红色：预测 12-01 起连续72小时日AQI>200（216、238、310），其中 12-03 日AQI>300（310）")
    assert "PM2.5" in a.basis[0]


def test_none_basis_gives_highest_value():
    a = assess(daily(120, 143, 99), [], AT)
    assert a.level == "none"
    assert a.basis[0] == "未达到预警条件：最高日AQI 143（12-02）"
    assert a.blocks_used == ()


def test_gap_in_dates_breaks_the_run():
    f = Forecast.daily([(D0, 180), (D0 + timedelta(days=1), 180), (D0 + timedelta(days=3), 180)])
    a = assess(f, [], AT)
    assert a.forecast_level == "yellow"  # not orange: 12-03 is missing
    assert any("缺少 12-03" in line for line in a.basis)
    assert level_of(daily(180, 180, 180)) == "orange"


def test_display_rounds_but_compare_is_unrounded():
    assert fmt_aqi(215.6) == "216"
    assert fmt_aqi(200.5) == "201"
    assert fmt_aqi(200.4, 200) == "200.4"  # rounding would hide the exceedance
    a = assess(daily(200.4), [], AT)
    assert a.forecast_level == "yellow"
    assert a.basis[0] == "黄色：预测 12-01 日AQI>200（200.4）"


def test_range_aqi_uses_upper_bound_by_default():
    assert parse_aqi("180-230") == (180.0, 230.0)
    assert parse_aqi(" 180 ~ 230 ") == (180.0, 230.0)
    f = daily((180.0, 230.0))
    a = assess(f, [], AT)
    assert a.forecast_level == "yellow"
    assert "（230）" in a.basis[0]
    assert any("区间上限" in line for line in a.basis)
    assert level_of(f, range_bound="lower") == "none"
    two = daily((180.0, 230.0), (180.0, 230.0))
    assert level_of(two, range_bound="mid") == "orange"  # 205, 205: two days > 200
    assert level_of(two, range_bound="lower") == "yellow"  # 180, 180: two days > 150


@pytest.mark.parametrize("text", ["", "abc", "-5", "230-180", "nan", "inf"])
def test_parse_aqi_rejects(text):
    with pytest.raises(ValueError):
        parse_aqi(text)


# ---------------------------------------------------------------- hourly series
def test_hourly_block_mean_exact_boundary():
    assert level_of(hourly([200] * 24)) == "none"
    assert level_of(hourly([200] * 12 + [201] * 12)) == "yellow"  # mean 200.5
    a = assess(hourly([200] * 12 + [201] * 12), [], AT)
    assert a.basis[0] == "黄色：预测 12-01 00:00 起24小时日AQI>200（201）"


def test_cross_midnight_block_from_noon():
    # 24 hours at 205 from 12:00 on 12-01; calendar days average only 107.5
    values = [10] * 12 + [205] * 24 + [10] * 12
    a = assess(hourly(values), [], AT)
    assert a.forecast_level == "yellow"
    assert a.blocks_used[0].start == datetime(2025, 12, 1, 12, tzinfo=TZ)
    assert a.basis[0] == "黄色：预测 12-01 12:00 起24小时日AQI>200（205）"
    # the same data as calendar-day means would give no level
    assert level_of(daily(107.5, 107.5)) == "none"


def test_36_hour_spike_can_make_two_blocks_exceed():
    values = [100] * 12 + [250] * 36 + [100] * 24
    a = assess(hourly(values), [], AT)
    assert a.forecast_level == "orange"
    first, second = a.blocks_used
    assert second.start - first.start == timedelta(hours=24)
    assert first.aqi > 200 and second.aqi > 200


def test_hourly_lasting_48h_needs_consecutive_blocks():
    assert level_of(hourly([160] * 48)) == "yellow"
    assert level_of(hourly([160] * 72)) == "orange"
    assert level_of(hourly([210] * 48)) == "orange"
    assert level_of(hourly([210] * 48 + [310] * 24)) == "red"
    assert level_of(hourly([210] * 72)) == "orange"


def test_invalid_block_not_counted_and_named():
    # 15 hourly values only: the block would exceed 200 but is invalid
    a = assess(hourly([400] * 15), [], AT)
    assert a.forecast_level == "none"
    assert any("12-01 00:00 起的24小时仅有 15 个有效小时值（<20），不计入" in line for line in a.basis)


def test_invalid_block_interrupting_a_run():
    values = [250] * 24 + [250] * 15  # day 2 has 15 values only
    a = assess(hourly(values), [], AT)
    assert a.forecast_level == "yellow"  # not orange
    notes = [line for line in a.basis if "仅有" in line]
    assert notes == ["12-02 00:00 起的24小时仅有 15 个有效小时值（<20），不计入（若计入可达橙色条件）"]


def test_missing_hours_within_tolerance_still_valid():
    values = [250] * 20 + [None] * 4 + [250] * 24
    a = assess(hourly(values), [], AT)
    assert a.forecast_level == "orange"
    assert a.blocks_used[0].n_hours == 20 and a.blocks_used[0].valid


def test_min_valid_hours_is_a_setting():
    assert level_of(hourly([250] * 18)) == "none"
    assert level_of(hourly([250] * 18), min_valid_hours=18) == "yellow"


# ---------------------------------------------------------------- scope by pollutant (§1.3)
def test_o3_led_gives_advisory_and_no_level():
    a = assess(daily(250, 260, primary="o3"), [], AT)
    assert a.level == a.forecast_level == "none"
    assert a.advisory and "VOCs" in a.advisory and "NOx" in a.advisory
    assert a.advisory_pollutants == ("o3",)
    assert any("臭氧" in line and "不定预警级别" in line for line in a.basis)


def test_dust_led_gives_advisory_and_no_level():
    a = assess(daily(320, 330, 340, primary="dust"), [], AT)
    assert a.level == "none"
    assert "扬尘" in a.advisory
    assert a.advisory_pollutants == ("dust",)


@pytest.mark.parametrize("primary", ["pm25", "pm10", None])
def test_particulates_and_unknown_carry_a_level(primary):
    a = assess(daily(250, 260, primary=primary), [], AT)
    assert a.level == "orange" and a.advisory is None


def test_mixed_series_counts_only_particulate_blocks():
    f = Forecast.daily([(D0, 220, "pm25"), (D0 + timedelta(days=1), 230, "o3"), (D0 + timedelta(days=2), 240, "o3")])
    a = assess(f, [], AT)
    assert a.forecast_level == "yellow"  # from the PM2.5 day alone
    assert a.advisory is not None and "VOCs" in a.advisory  # O3 days would have made it red/orange
    a = assess(Forecast.daily([(D0, 220, "o3"), (D0 + timedelta(days=1), 230, "pm25")]), [], AT)
    assert a.forecast_level == "yellow"


def test_hourly_block_primary_is_the_majority():
    values = [(250, "o3")] * 13 + [(250, "pm25")] * 11
    a = assess(hourly(values), [], AT)
    assert [b.primary for b in a.blocks[:3]] == ["o3", "o3", "pm25"]  # 13:11, 12:11, then a tie 11:11
    assert [b.n_hours for b in a.blocks[:3]] == [24, 23, 22]
    # a tie goes to the particulate (safe side): the 02:00 block (22 valid hours) gives yellow
    assert a.forecast_level == "yellow"
    assert a.blocks_used[0].start == datetime(2025, 12, 1, 2, tzinfo=TZ)
    a = assess(hourly([(250, "o3")] * 24), [], AT)
    assert a.forecast_level == "none" and a.advisory


def test_parse_pollutant_aliases():
    assert parse_pollutant("PM2.5") == parse_pollutant("细颗粒物") == "pm25"
    assert parse_pollutant("臭氧") == parse_pollutant("O3") == "o3"
    assert parse_pollutant("沙尘") == "dust"
    assert parse_pollutant("") is None
    with pytest.raises(ValueError):
        parse_pollutant("foo")


# ---------------------------------------------------------------- upper notices
def t(day, hour, minute=0):
    return datetime(2025, 12, day, hour, minute, tzinfo=TZ)


NOTICES = [
    Notice(t(2, 10), "city", "issue", "orange", "通环〔2025〕1号"),
    Notice(t(3, 8), "province", "issue", "yellow"),
    Notice(t(4, 9), "city", "lift"),
    Notice(t(5, 9), "province", "adjust", "red"),
    Notice(t(6, 9), "ministry", "issue", "yellow"),
]


@pytest.mark.parametrize("at, expected", [
    (t(2, 9), "none"),
    (t(2, 10), "orange"),       # at the notice time it counts
    (t(3, 12), "orange"),       # max(city orange, province yellow)
    (t(4, 9), "yellow"),        # city lifted
    (t(5, 12), "red"),          # province adjusted
    (t(6, 12), "red"),
])
def test_notice_level_per_issuer_and_max(at, expected):
    assert notice_level(NOTICES, at) == expected


def test_notices_in_force_latest_per_issuer():
    inforce = notices_in_force(NOTICES, t(4, 12))
    assert inforce["city"].action == "lift"
    assert inforce["province"].level == "yellow"
    assert "ministry" not in inforce


def test_notice_basis_words_and_later_notices_ignored():
    lines = notice_basis(NOTICES, t(3, 12))
    assert "上级通知：市 2025-12-02 10:00 发布橙色预警（通环〔2025〕1号）" in lines
    assert "上级通知：省 2025-12-03 08:00 发布黄色预警" in lines
    assert any("另有 3 条晚于评估时刻" in line for line in lines)
    lines = notice_basis(NOTICES, t(4, 12))
    assert any(line.startswith("上级通知：市 2025-12-04 09:00 解除预警") for line in lines)


def test_level_in_force_is_max_of_forecast_and_notices():
    a = assess(daily(216, start=date(2025, 12, 3)), NOTICES, t(3, 12))
    assert (a.level, a.forecast_level, a.notice_level) == ("orange", "yellow", "orange")
    a = assess(daily(216, 238, 310, start=date(2025, 12, 4)), NOTICES, t(4, 12))
    assert (a.level, a.forecast_level, a.notice_level) == ("red", "red", "yellow")
    a = assess(daily(100), NOTICES, t(1, 12))  # all notices after `at`
    assert a.level == "none" and a.notice_level == "none"


def test_notice_validation():
    with pytest.raises(ValueError):
        Notice(t(1, 1), "county", "issue", "red")
    with pytest.raises(ValueError):
        Notice(t(1, 1), "city", "issue", None)
    with pytest.raises(ValueError):
        Notice(t(1, 1), "city", "stop", "red")
    assert parse_issuer("生态环境部") == "ministry" and parse_issuer("省") == "province"


# ---------------------------------------------------------------- settings and levels
def test_settings_defaults_match_plan_table():
    s = RuleSettings()
    assert (s.t150, s.t200, s.t300, s.min_valid_hours, s.range_bound) == (150, 200, 300, 20, "upper")
    assert s.yellow == (Condition("t200", 1), Condition("t150", 2))
    assert s.orange == (Condition("t200", 2), Condition("t150", 3))
    assert s.red == (Condition("t200", 3, "t300"),)
    assert RuleSettings.from_dict(s.to_dict()) == s
    assert RuleSettings.from_dict({}) == s


def test_stricter_local_setting_is_data():
    s = RuleSettings.from_dict({"thresholds": {"t200": 180},
                                "yellow": [{"above": "t200", "blocks": 1}, {"above": "t150", "hours": 24}]})
    assert s.t200 == 180 and s.yellow[1] == Condition("t150", 1)
    assert assess(daily(190), [], AT, s).forecast_level == "yellow"
    assert assess(daily(160), [], AT, s).forecast_level == "yellow"
    assert assess(daily(160), [], AT).forecast_level == "none"
    s = RuleSettings.from_dict({"red": [["t200", 2, "t300"]], "t300": 250})
    assert assess(daily(210, 260), [], AT, s).forecast_level == "red"


@pytest.mark.parametrize("bad", [
    {"t400": 1}, {"thresholds": {"t100": 1}}, {"yellow": [{"above": "t999"}]},
    {"yellow": [{"above": "t200", "hours": 36}]}, {"range_bound": "max"}, {"min_valid_hours": 30},
    {"orange": []}, {"t200": -1},
])
def test_bad_settings_rejected(bad):
    with pytest.raises(ValueError):
        RuleSettings.from_dict(bad)


def test_level_helpers():
    assert max_level("yellow", "none", "orange") == "orange"
    assert max_level() == "none"
    assert level_rank("red") > level_rank("orange") > level_rank("yellow") > level_rank("none")
    assert level_cn("yellow") == "黄色预警（Ⅲ级）" and level_cn("red") == "红色预警（Ⅰ级）" and level_cn("none") == "无预警"
    assert parse_level_value("橙色") == "orange" and parse_level_value("Ⅲ级") == "yellow"
    assert parse_level_value("RED") == "red"
    with pytest.raises(ValueError):
        parse_level_value("purple")


def test_assess_accepts_ready_made_blocks():
    blocks = [Block(t(1, 0) + timedelta(hours=24 * i), t(1, 0) + timedelta(hours=24 * (i + 1)), v, 24, True, "pm25")
              for i, v in enumerate([230, 240])]
    a = assess(blocks, [], AT)
    assert a.forecast_level == "orange" and a.kind == "hourly"


def test_assess_needs_time():
    with pytest.raises(ValueError):
        assess(daily(100), [], None)



def test_red_peak_duration_is_a_setting():
    """A stricter local reading 'AQI > 300 lasting 48 h' is a settings change (red_t3_blocks = 2)."""
    from console.admin.settings import DECLARED
    from console.rules.thresholds import from_console_settings

    values = {d.name: d.default for d in DECLARED}
    days = [(date(2025, 12, 1) + timedelta(days=i), v) for i, v in enumerate([260, 320, 240])]
    assert assess(Forecast.daily(days), [], AT, from_console_settings(values)).level == "red"
    values["red_t3_blocks"] = 2
    assert assess(Forecast.daily(days), [], AT, from_console_settings(values)).level == "orange"
    days[2] = (days[2][0], 330)
    assert assess(Forecast.daily(days), [], AT, from_console_settings(values)).level == "red"
