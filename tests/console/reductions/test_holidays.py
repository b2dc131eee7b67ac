"""Public holidays and 调休 working weekends as day types of the baseline, the calendar (shipped, the bureau's own
entries, an imported file) and the check rules taken from 设置 → 减排核查."""
from datetime import date, datetime, timedelta

import pytest

from console.admin.settings import Settings
from console.common.clock import TZ
from console.common.errors import UserError
from console.reductions import baseline as bl
from console.reductions import checks, holidays
from helpers import admin_of


def h(month, day, hour=10):
    return datetime(2016, month, day, hour, tzinfo=TZ)


def _value_per_day(first, last):
    """10:00 load = day of the month × 10 on every day (September days +100 to tell them apart)."""
    out, d = {}, first
    while d <= last:
        out[datetime(d.year, d.month, d.day, 10, tzinfo=TZ)] = d.day * 10 + (100 if d.month == 9 else 0)
        d += timedelta(days=1)
    return out


def test_the_official_calendar_has_the_state_council_days():
    cal = holidays.official()
    # 2016: National Day 10-01..07 off, Sat 10-08 and Sun 10-09 worked (国办发明电〔2015〕18号)
    assert [cal.get(date(2016, 10, d)) for d in range(1, 10)] == ["休"] * 7 + ["班", "班"]
    # 2025: National Day and Mid-Autumn 10-01..08, worked Sun 09-28 and Sat 10-11 (国办发明电〔2024〕12号)
    assert cal[date(2025, 10, 8)] == "休" and cal[date(2025, 9, 28)] == "班" and cal[date(2025, 10, 11)] == "班"
    # 2026: Spring Festival 02-15..23, worked Sat 02-14 and 02-28
    assert cal[date(2026, 2, 23)] == "休" and cal[date(2026, 2, 14)] == "班" and cal[date(2026, 2, 28)] == "班"
    # 2015: Spring Festival 02-18..24, worked Sun 02-15 and Sat 02-28
    assert cal[date(2015, 2, 18)] == "休" and cal[date(2015, 2, 15)] == "班"
    assert all(d.weekday() >= 5 for d, k in cal.items() if k == "班")
    assert date(2016, 12, 16) not in cal


def test_holidays_rest_and_working_weekends_work_in_the_baseline():
    series = _value_per_day(date(2016, 9, 20), date(2016, 10, 12))
    cal = holidays.official()
    rules = bl.Rules(weekday_days=3, weekend_days=2, min_days=2).with_holidays(cal)
    plain = bl.Rules(weekday_days=3, weekend_days=2, min_days=2)
    # Monday 10-10 (a working day): the working days before it are Sun 10-09 (班), Sat 10-08 (班), Fri 09-30;
    # 10-01..07 are holidays. Baseline (90 + 80 + 400) / 3 = 190.
    assert bl.baseline_days(series, h(10, 10), h(10, 10), set(), rules) == [date(2016, 10, 9), date(2016, 10, 8),
                                                                          date(2016, 9, 30)]
    assert bl.baseline(series, [h(10, 10)], h(10, 10), set(), rules) == {h(10, 10): 190.0}
    # without the calendar the holiday week would count as working days: 10-07, 06, 05 -> 60
    assert bl.baseline(series, [h(10, 10)], h(10, 10), set(), plain) == {h(10, 10): 60.0}
    # Wednesday 10-05 (a holiday, a rest day): rest days before it are 10-04, 10-03 -> (40 + 30) / 2 = 35
    assert bl.baseline_days(series, h(10, 5), h(10, 5), set(), rules) == [date(2016, 10, 4), date(2016, 10, 3)]
    assert bl.baseline(series, [h(10, 5)], h(10, 5), set(), rules) == {h(10, 5): 35.0}
    # Sunday 10-09 (worked): a working day, like Friday 09-30 and Thursday 09-29 before the holidays
    assert bl.baseline_days(series, h(10, 9), h(10, 9), set(), rules) == [date(2016, 10, 8), date(2016, 9, 30),
                                                                         date(2016, 9, 29)]


def test_the_bureaus_entries_override_the_shipped_calendar_and_feed_the_rules(store, tmp_path):
    admin = admin_of(store)
    assert checks.rules_for(store).rest_day(date(2016, 10, 8)) is False  # official: 班
    Settings(store).set_many({"holiday_days": "2016-10-08 休\n2016-12-12, rest"}, admin)
    assert Settings(store).get("holiday_days") == ["2016-10-08 休", "2016-12-12 休"]
    rules = checks.rules_for(store)
    assert rules.rest_day(date(2016, 10, 8)) and rules.rest_day(date(2016, 12, 12))  # a local day off (Monday)
    assert not rules.rest_day(date(2016, 10, 9))  # the other official 班 day stays
    f = tmp_path / "本局节假日.csv"
    f.write_text("日期,类型,名称\n2016-12-13,休,本地放假\n2016-12-12,班,更正\n", encoding="utf-8")
    with pytest.raises(UserError, match="班"):  # 12-12 is a Monday: a 班 entry is only for a weekend
        holidays.import_file(store, admin, f)
    assert Settings(store).get("holiday_days") == ["2016-10-08 休", "2016-12-12 休"]  # nothing written
    f.write_text("日期,类型,名称\n2016-12-13,休,本地放假\n2016-10-08,班,恢复\n", encoding="utf-8")
    assert holidays.import_file(store, admin, f) == {"added": 1, "changed": 1}
    assert Settings(store).get("holiday_days") == ["2016-10-08 班", "2016-12-12 休", "2016-12-13 休"]


def test_bad_calendar_files_name_file_and_line(tmp_path):
    f = tmp_path / "cal.csv"
    f.write_text("# comment\n日期,类型\n2016-13-01,休\n2016-10-02,放假\n2016-10-02,休\n2016-10-03,半天\n",
                 encoding="utf-8")
    with pytest.raises(UserError) as exc:
        holidays.read_file(f)
    msg = str(exc.value)
    assert "cal.csv:3: 日期无法识别" in msg and "cal.csv:5: 日期重复" in msg and "cal.csv:6: 类型应为" in msg
    assert "cal.csv:4" not in msg
    g = tmp_path / "nohead.csv"
    g.write_text("day,what\n2016-10-01,休\n", encoding="utf-8")
    with pytest.raises(UserError, match="nohead.csv:1: 表头"):
        holidays.read_file(g)


def test_the_setting_lines_are_checked_by_line(store):
    admin = admin_of(store)
    with pytest.raises(UserError, match="第 2 行.*2016-10-0x"):
        Settings(store).set_many({"holiday_days": ["2016-10-01 休", "2016-10-0x 休"]}, admin)
    with pytest.raises(UserError, match="第 1 行.*周末"):
        Settings(store).set_many({"holiday_days": ["2016-10-10 班"]}, admin)
    assert Settings(store).get("holiday_days") == []


def test_rules_come_from_the_settings_with_the_old_defaults(store):
    assert checks.rules_for(store).to_json() == {**bl.DEFAULT_RULES.to_json(),
                                                 "holidays": checks.rules_for(store).holidays}
    assert {k: v for k, v in checks.rules_for(store).to_json().items() if k != "holidays"} == \
        {k: v for k, v in bl.DEFAULT_RULES.to_json().items() if k != "holidays"}
    admin = admin_of(store)
    Settings(store).set_many({"check_weekday_days": 5, "check_running_pct": 40, "check_night_from": 23,
                              "check_night_to": 5, "check_day_from": 9, "check_day_to": 18,
                              "check_tolerance_pts": 2.5}, admin)
    r = checks.rules_for(store)
    assert (r.weekday_days, r.running_share, r.tolerance_pts) == (5, 0.4, 2.5)
    assert r.night_hours == (23, 0, 1, 2, 3, 4) and r.day_hours == tuple(range(9, 18))
    with pytest.raises(UserError, match="重叠"):
        Settings(store).set_many({"check_day_from": 2}, admin)
    with pytest.raises(UserError, match="可比天数"):
        Settings(store).set_many({"check_min_days": 6}, admin)  # more than the 5 working days taken
    with pytest.raises(UserError, match="check_off_pct"):
        Settings(store).set_many({"check_off_pct": 101}, admin)
    assert checks.rules_for(store).weekday_days == 5
