"""Issue 14.14: only the future is a forecast (plan §3.2.1 "经预测"); monitoring data upgrade a response in force
(§3.2.2(3)) and never start one; both are said in the basis."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from console.common.clock import TZ
from console.rules.assessment import Forecast, RuleSettings, assess

FEB1 = datetime(2026, 2, 1, 0, 0, tzinfo=TZ)


def daily(start, *values, primary=None):
    return Forecast.daily([(start + timedelta(days=i), v, primary) for i, v in enumerate(values)])


def hourly(start, values):
    return Forecast.hourly([(start + timedelta(hours=i), v) for i, v in enumerate(values)])


def test_the_issue_case_january_days_assessed_on_1_february():
    a = assess(daily(date(2026, 1, 10), 260, 260, 260), [], FEB1)
    assert (a.level, a.forecast_level) == ("none", "none")
    assert a.blocks_used == () and len(a.past_blocks) == 3 and len(a.blocks) == 0
    assert a.basis[0] == "未达到预警条件：没有评估时刻之后的预测"
    assert a.basis[1] == ("预测中 01-10、01-11、01-12 已是过去的日期（早于评估时刻 2026-02-01 00:00），不是预测，"
                          "不计入预警条件（预案3.2.1“经预测”）；这些过去的数值若当作预测将达到橙色条件")
    assert not any(line.startswith("橙色") for line in a.basis)


def test_a_day_counts_until_it_is_over():
    # 01-31 is still today at 23:59 and is the forecast for today; at midnight it is the past
    fc = daily(date(2026, 1, 31), 216, 238)
    assert assess(fc, [], datetime(2026, 1, 31, 23, 59, tzinfo=TZ)).forecast_level == "orange"
    a = assess(fc, [], FEB1)
    assert a.forecast_level == "yellow"
    assert a.basis[0] == "黄色：预测 02-01 日AQI>200（238）"
    assert "预测中 01-31 已是过去的日期" in a.basis[1]


def test_past_days_say_nothing_about_a_level_when_they_would_give_none():
    a = assess(daily(date(2026, 1, 30), 90, 100, 230), [], FEB1)
    assert a.forecast_level == "yellow"
    assert a.basis[1].endswith("不计入预警条件（预案3.2.1“经预测”）")


def test_hourly_blocks_wholly_before_at_are_dropped():
    start = datetime(2026, 1, 30, 0, 0, tzinfo=TZ)
    values = [260] * 24 + [100] * 48  # 01-30 polluted, then clean
    a = assess(hourly(start, values), [], FEB1)
    assert a.forecast_level == "none"
    assert a.past_blocks[0].start == start and a.past_blocks[-1].end == FEB1
    assert "预测中 01-30 00:00 起至 01-31 00:00 起的 25 个24小时已全部早于评估时刻 2026-02-01 00:00" in a.basis[1]
    assert a.basis[1].endswith("若当作预测将达到黄色条件")
    # a block running at `at` (23 hours past, 1 ahead) is still the current forecast and counts
    a = assess(hourly(start, values), [], start + timedelta(hours=23))
    assert a.forecast_level == "yellow" and a.blocks_used[0].start == start


def test_observed_data_never_start_a_warning():
    obs = daily(date(2026, 1, 29), 260, 270, 280)
    a = assess(daily(date(2026, 2, 1), 120), [], FEB1, observed=obs)
    assert (a.level, a.observed_level) == ("none", "none")
    line = next(x for x in a.basis if x.startswith("监测 "))
    assert line.startswith("监测 01-29 起连续48小时日AQI>200（260、270）")
    assert "没有正在执行的应急响应" in line and "不计入" in line


def test_observed_data_upgrade_a_response_in_force_labelled_as_observed():
    # yellow in force; the last two observed days were > 200 and the forecast says one more day > 200 with a
    # peak over 300: observed + forecast make 72 hours > 200 with 24 hours > 300 -> red
    obs = daily(date(2026, 1, 30), 230, 250)
    fc = daily(date(2026, 2, 1), 310)
    a = assess(fc, [], FEB1, observed=obs, in_force="yellow")
    assert (a.level, a.forecast_level, a.observed_level) == ("red", "yellow", "red")
    assert ("红色（按监测数据升级，预案3.2.2(3)）：监测及预测 01-30 起连续72小时日AQI>200（实测230、实测250、预测310），"
            "其中 02-01 日AQI>300（310）") in a.basis
    assert a.basis[-1] == "结论：红色预警（Ⅰ级）（预测黄色，上级通知无，监测数据升级红色，取较高者）"
    assert [b.observed for b in a.blocks_used] == [True, True, False]
    assert a.to_dict()["observed_level"] == "red"
    # the same data with no response in force: the forecast alone decides
    a = assess(fc, [], FEB1, observed=obs)
    assert (a.level, a.observed_level) == ("yellow", "none")


def test_observed_data_at_or_below_the_level_in_force_change_nothing():
    obs = daily(date(2026, 1, 30), 230, 250)
    a = assess(daily(date(2026, 2, 1), 120), [], FEB1, observed=obs, in_force="orange")
    assert (a.level, a.observed_level) == ("none", "none")
    assert any("不高于正在执行的橙色响应，无需调整" in x for x in a.basis)


def test_observed_hours_after_at_are_not_observed_yet():
    start = datetime(2026, 1, 31, 12, 0, tzinfo=TZ)
    obs = hourly(start, [260] * 24)  # ends 02-01 12:00, after `at`: not yet observed in full
    a = assess(None, [], FEB1, observed=obs, in_force="yellow")
    assert a.observed_level == "none" and a.level == "none"


def test_settings_apply_to_observed_data():
    obs = daily(date(2026, 1, 31), 190)
    a = assess(None, [], FEB1, RuleSettings(t200=180), observed=obs, in_force="none")
    assert any("达到黄色条件" in x for x in a.basis)
