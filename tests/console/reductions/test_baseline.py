"""The baseline and the flags on small tables worked out by hand (pure functions, no store)."""
from datetime import date, datetime, timedelta

from console.common.clock import TZ
from console.reductions import baseline as bl

RULES = bl.Rules(weekday_days=3, weekend_days=2, min_days=2)


def t(day, hour, minute=0):
    return datetime(2016, 12, day, hour, minute, tzinfo=TZ)


def test_meter_hours_average_quarter_hours_and_firm_needs_every_meter():
    m1 = bl.meter_hours([(t(7, 10, 0), 10), (t(7, 10, 15), 20), (t(7, 10, 30), 30), (t(7, 10, 45), 40),
                         (t(7, 11, 0), 8)])
    assert m1 == {t(7, 10): 25.0, t(7, 11): 8.0}
    m2 = bl.meter_hours([(t(7, 10), 5)])
    assert bl.firm_hours({"a": m1, "b": m2}) == {t(7, 10): 30.0}  # 11:00 lacks meter b: left out


def test_baseline_uses_the_n_most_recent_comparable_non_warning_days():
    # span: Wednesday 2016-12-14 10:00-13:00. Earlier days: Tue 13, Mon 12 (a warning day), Sun 11, Sat 10
    # (weekend), Fri 9, Thu 8, Wed 7.
    prod = {
        t(13, 10): 100, t(13, 11): 50,                 # Tue (no reading at 12:00)
        t(12, 10): 999, t(12, 11): 999, t(12, 12): 999,  # Mon: warning day, excluded
        t(11, 10): 500, t(10, 10): 500,                # weekend: other day type
        t(9, 10): 80, t(9, 11): 70, t(9, 12): 30,      # Fri
        t(8, 10): 60, t(8, 11): 90, t(8, 12): 30,      # Thu
        t(7, 10): 1000, t(7, 11): 1000, t(7, 12): 60,  # Wed: 4th day back, used only where a later day lacks data
        t(14, 10): 40, t(14, 11): 35, t(14, 12): 40,   # the span itself
    }
    excluded = {date(2016, 12, 12), date(2016, 12, 14)}
    hours = bl.span_hours(t(14, 10), t(14, 13))
    assert hours == [t(14, 10), t(14, 11), t(14, 12)]
    assert bl.baseline_days(prod, t(14, 10), t(14, 10), excluded, RULES) == [date(2016, 12, 13), date(2016, 12, 9),
                                                                            date(2016, 12, 8)]
    base = bl.baseline(prod, hours, t(14, 10), excluded, RULES)
    # 10:00 (100+80+60)/3 = 80 · 11:00 (50+70+90)/3 = 70 · 12:00 Tue missing -> Fri, Thu, Wed (30+30+60)/3 = 40
    assert base == {t(14, 10): 80.0, t(14, 11): 70.0, t(14, 12): 40.0}

    res = bl.check_firm("F1", prod, {}, (t(14, 10), t(14, 13)), 50.0, excluded, RULES)
    # baseline 190 kWh, actual 40+35+40 = 115 kWh: cut 75/190 = 39.47 %; committed 50 % -> 95 kWh; short 20 kWh
    assert res.baseline_kwh == 190 and res.actual_kwh == 115 and res.hours_compared == 3
    assert round(res.achieved_pct, 2) == 39.47
    [flag] = res.flags
    assert flag.kind == bl.NOT_CUT and flag.score == 20.0
    assert "承诺削减 50%" in flag.text and "39.5%" in flag.text

    # within the 5-point tolerance: committed 44 % vs achieved 39.47 % -> no flag
    assert bl.check_firm("F1", prod, {}, (t(14, 10), t(14, 13)), 44.0, excluded, RULES).flags == []
    # an exempt firm is not held to the cut
    assert bl.check_firm("F1", prod, {}, (t(14, 10), t(14, 13)), 50.0, excluded, RULES, exempt=True).flags == []


def test_too_few_comparable_days_means_no_baseline():
    prod = {t(13, 10): 100, t(14, 10): 10}
    res = bl.check_firm("F1", prod, {}, (t(14, 10), t(14, 11)), 50.0, {date(2016, 12, 14)}, RULES)
    assert res.hours_compared == 0 and res.achieved_pct is None and res.flags == [] and "no comparable" in res.note


def _week_before(value_of_hour, span_day=14, days=(13, 9, 8)):
    return {t(d, h): value_of_hour(h) for d in days for h in range(24)}


def test_control_off_while_production_runs():
    prod = _week_before(lambda h: 100)
    ctrl = _week_before(lambda h: 20)
    for h in range(10, 14):
        prod[t(14, h)] = 60          # runs at 60 % of its baseline
        ctrl[t(14, h)] = 20
    ctrl[t(14, 11)] = 0.5            # <= max(1 kW, 5 % of 20 kW) -> off
    ctrl[t(14, 12)] = 1.2            # above 1 kW -> on
    prod[t(14, 13)] = 25             # production at 25 % of baseline: not "running"
    ctrl[t(14, 13)] = 0.0
    res = bl.check_firm("F2", prod, ctrl, (t(14, 10), t(14, 14)), 30.0, {date(2016, 12, 14)}, RULES)
    kinds = {f.kind: f for f in res.flags}
    assert set(kinds) == {bl.CONTROL_OFF}
    assert kinds[bl.CONTROL_OFF].score == 1 and kinds[bl.CONTROL_OFF].detail["hours"] == [t(14, 11).isoformat()]


def test_night_production_far_above_day():
    prod = _week_before(lambda h: 100)
    for h in range(24):  # the span day: day hours cut to 40, night hours up to 150
        prod[t(14, h)] = 150 if h in RULES.night_hours else 40
    res = bl.check_firm("F3", prod, {}, (t(14, 0), t(15, 0)), 30.0, {date(2016, 12, 14)}, RULES)
    night = [f for f in res.flags if f.kind == bl.NIGHT_SHIFT]
    assert len(night) == 1
    # night mean 150 >= 1.5 x day mean 40 and >= 1.2 x night baseline 100; excess 8 hours x 50 kW = 400 kWh
    assert night[0].score == 400.0 and night[0].detail == {"night_kw": 150.0, "day_kw": 40.0,
                                                           "night_baseline_kw": 100.0}
    # a firm whose night load stays at its normal level is not flagged, however low its day load
    for h in RULES.night_hours:
        prod[t(14, h)] = 110
    assert not [f for f in bl.check_firm("F3", prod, {}, (t(14, 0), t(15, 0)), 30.0, {date(2016, 12, 14)},
                                         RULES).flags if f.kind == bl.NIGHT_SHIFT]


def test_warning_days_and_ranking():
    days = bl.warning_days([(t(12, 20), t(14, 0))])
    assert days == {date(2016, 12, 12), date(2016, 12, 13)}  # ends at midnight: the 14th is untouched
    a = bl.Flag(bl.NOT_CUT, 500, {}, "")
    b = bl.Flag(bl.CONTROL_OFF, 1, {}, "")
    c = bl.Flag(bl.NOT_CUT, 900, {}, "")
    d = bl.Flag(bl.NIGHT_SHIFT, 5000, {}, "")
    assert [f for _, f in bl.ranked([("x", a), ("y", d), ("z", b), ("w", c)])] == [b, c, a, d]


def test_span_hours_start_inside_the_span():
    assert bl.span_hours(t(14, 10, 30), t(14, 12, 30)) == [t(14, 11), t(14, 12)]
    assert bl.span_hours(t(14, 10), t(14, 10) + timedelta(minutes=59)) == [t(14, 10)]


def test_baseline_of_a_span_is_baseline_days_hour_by_hour():
    """baseline() works out the comparable days once per day type: the same figures as baseline_days per hour,
    across a weekend, a 调休 working Saturday, a holiday, warning days and gaps in the series."""
    rules = bl.Rules(weekday_days=4, weekend_days=2, min_days=2, lookback_days=20).with_holidays(
        {date(2016, 12, 3): "班", date(2016, 12, 5): "休"})
    series = {datetime(2016, 11, 25, tzinfo=TZ) + timedelta(hours=i): float((i * 7) % 23) + 0.1 * (i % 5)
              for i in range(24 * 26) if i % 11 and (i // 24) % 9 != 4}
    start = t(17, 9, 30)
    hours = bl.span_hours(start, t(20, 15))
    excluded = {date(2016, 12, 12), date(2016, 12, 8)}
    got = bl.baseline(series, hours, start, excluded, rules)
    want = {}
    for h in hours:
        days = bl.baseline_days(series, h, start, excluded, rules)
        if len(days) >= rules.min_days:
            want[h] = sum(series[h.replace(year=d.year, month=d.month, day=d.day)] for d in days) / len(days)
    assert got == want and len(got) > 40 and any(h.weekday() >= 5 for h in got)
    assert bl.firm_hours({"only": {t(7, 11): 2.5, t(7, 10): -0.0}}) == {t(7, 10): 0.0, t(7, 11): 2.5}
