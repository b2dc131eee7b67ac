"""Importing meter files (CSV/XLSX, Chinese and English headers, bad files) and stored check runs."""
from datetime import datetime, timedelta

import openpyxl
import pytest
from helpers import admin_of
from helpers_reductions import ledger_row, load_ledger, write_csv

from console.admin import accounts
from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from console.reductions import baseline as bl
from console.reductions import checks, meters
from console.reductions.tabular import FileProblems
from console.store import reductions as repo
from console.store.db import Store

NOW = datetime(2016, 12, 20, 9, 0, tzinfo=TZ)
ZH = ["企业编号", "电表编号", "电表类型", "时间", "电量(kWh)"]


@pytest.fixture
def db(tmp_path):
    s = Store(tmp_path / "red.sqlite3", FixedClock(NOW))
    load_ledger(s, tmp_path, [ledger_row("F1"), ledger_row("F2")])
    yield s
    s.close()


def _n_audit(store, action):
    return len([r for r in store.audit_records() if r["action"] == action])


def test_csv_quarter_hour_kwh_becomes_mean_kw_and_reimport_changes_nothing(db, tmp_path):
    rows = [["F1", "M1", "生产", "2016-12-07 10:00", "25"], ["F1", "M1", "生产", "2016/12/7 10:15", "5"],
            ["F1", "C1", "治污", "2016-12-07 10:00", "2.5"], ["F1", "C1", "治污", "2016-12-07 10:15", "2.5"]]
    path = write_csv(tmp_path / "m.csv", ZH, rows)
    res = meters.import_file(db, admin_of(db), path)
    assert (res.rows, res.added, res.changed, res.firms) == (4, 4, 0, ("F1",))
    got = {(r["meter"], r["at"]): (r["kw"], r["minutes"]) for r in repo.readings(db, "2016-12-01", "2016-12-31")}
    # 25 kWh in 15 minutes = 100 kW mean power
    assert got[("M1", "2016-12-07T10:00:00+08:00")] == (100.0, 15)
    assert got[("C1", "2016-12-07T10:15:00+08:00")] == (10.0, 15)
    s = meters.hourly(db, datetime(2016, 12, 7, tzinfo=TZ), datetime(2016, 12, 8, tzinfo=TZ))
    assert s["F1"]["production"] == {datetime(2016, 12, 7, 10, tzinfo=TZ): 60.0}  # (100 + 20) / 2
    assert _n_audit(db, "meters.import") == 1
    again = meters.import_file(db, admin_of(db), path)
    assert (again.added, again.changed, again.unchanged, again.import_id) == (0, 0, 4, None)
    assert _n_audit(db, "meters.import") == 1
    rows[1][4] = "10"  # a corrected export replaces that reading and says so
    fixed = meters.import_file(db, admin_of(db), write_csv(tmp_path / "m2.csv", ZH, rows))
    assert (fixed.added, fixed.changed) == (0, 1)


def test_xlsx_english_headers_hourly_kw(db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["firm_code", "meter_id", "kind", "timestamp", "kW"])
    ws.append(["F2", "P-1", "production", datetime(2016, 12, 7, 8), 350.5])
    ws.append(["F2", "P-1", "production", datetime(2016, 12, 7, 9), 340])
    wb.save(tmp_path / "m.xlsx")
    res = meters.import_file(db, admin_of(db), tmp_path / "m.xlsx")
    assert res.added == 2
    [r] = [r for r in repo.readings(db, "2016-12-07T08:00", "2016-12-07T08:30")]
    assert (r["kw"], r["minutes"], r["kind"]) == (350.5, 60, "production")


def test_bad_file_names_every_line_and_stores_nothing(db, tmp_path):
    rows = [["F1", "M1", "生产", "2016-12-07 10:00", "25"],
            ["F9", "M1", "生产", "2016-12-07 10:15", "25"],          # line 3: not on the list
            ["F1", "M1", "生产", "2016-12-07 10:15", "abc"],         # line 4: not a number
            ["F1", "M1", "锅炉", "2016-12-07 10:30", "1"],           # line 5: unknown kind
            ["F1", "M1", "生产", "2016-12-07 10:07", "1"],           # line 6: not on a quarter hour
            ["F1", "M1", "生产", "2016-12-07 10:00", "3"],           # line 7: duplicate of line 2
            ["F1", "M1", "治污", "2016-12-07 10:45", "3"],           # line 8: meter changes kind
            ["F1", "M1", "生产", "昨天", "-1"]]                       # line 9: time and negative value
    path = write_csv(tmp_path / "bad.csv", ZH, rows)
    with pytest.raises(FileProblems) as e:
        meters.import_file(db, admin_of(db), path)
    lines = {line for line, _ in e.value.problems}
    assert lines == {3, 4, 5, 6, 7, 8, 9}
    msg = str(e.value)
    assert f"{path}:3: 企业编号 F9 不在应急减排清单中" in msg and f"{path}:7:" in msg and "与第 2 行重复" in msg
    assert repo.readings(db, "2000", "2100") == [] and _n_audit(db, "meters.import") == 0


def test_missing_columns_and_unknown_interval(db, tmp_path):
    with pytest.raises(FileProblems, match=r"m\.csv:1: 缺少列 missing columns: 电表类型"):
        meters.import_file(db, admin_of(db), write_csv(tmp_path / "m.csv", ["企业编号", "电表编号", "时间", "kW"],
                                                       [["F1", "M1", "2016-12-07 10:00", "1"]]))
    one = write_csv(tmp_path / "one.csv", ZH, [["F1", "M1", "生产", "2016-12-07 10:00", "1"]])
    with pytest.raises(FileProblems, match=r"one\.csv:2: 电表 M1 的读数间隔 无法判断"):
        meters.import_file(db, admin_of(db), one)
    (tmp_path / "x.txt").write_text("企业编号\n")
    with pytest.raises(UserError, match="只支持 .xlsx 或 .csv"):
        meters.import_file(db, admin_of(db), tmp_path / "x.txt")
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    with pytest.raises(UserError, match=r"broken\.xlsx: 无法读取 XLSX"):
        meters.import_file(db, admin_of(db), tmp_path / "broken.xlsx")


def test_import_needs_an_authenticated_writer(db, tmp_path):
    path = write_csv(tmp_path / "m.csv", ZH, [["F1", "M1", "生产", "2016-12-07 10:00", "1"],
                                              ["F1", "M1", "生产", "2016-12-07 10:15", "1"]])
    with pytest.raises(UserError, match="未经认证"):
        meters.import_file(db, "someone", path)
    admin = admin_of(db)
    accounts.create_user(db, admin, "li", "李联络", ["liaison"], "pw-liaison-1")
    li = accounts.authenticate(db, "li", "pw-liaison-1")
    with pytest.raises(UserError, match="不具备"):
        meters.import_file(db, li, path)
    assert repo.readings(db, "2000", "2100") == []


def _hourly_rows(code, meter, kind, first, days, value):
    out = []
    for i in range(days * 24):
        at = first + timedelta(hours=i)
        out.append([code, meter, kind, at.strftime("%Y-%m-%d %H:%M"), f"{value(at):g}"])
    return out


def test_check_run_stores_ranked_flags_and_is_audited(db, tmp_path):
    # two weeks before a red span on Wed 2016-12-14 10:00-16:00; F1 cuts 20 % (committed 50 %), F2 cuts 60 %
    # but its control meter reads 0 while it runs
    first = datetime(2016, 11, 30, 0, tzinfo=TZ)
    span = (datetime(2016, 12, 14, 10, tzinfo=TZ), datetime(2016, 12, 14, 16, tzinfo=TZ))
    inside = lambda at: span[0] <= at < span[1]
    rows = _hourly_rows("F1", "M1", "生产", first, 16, lambda at: 80 if inside(at) else 100)
    rows += _hourly_rows("F2", "M2", "生产", first, 16, lambda at: 40 if inside(at) else 100)
    rows += _hourly_rows("F2", "C2", "治污", first, 16, lambda at: 0 if inside(at) else 30)
    meters.import_file(db, admin_of(db), write_csv(tmp_path / "m.csv", ["企业编号", "电表编号", "电表类型", "时间",
                                                                        "功率(kW)"], rows))
    run = checks.run_check(db, admin_of(db), *span, "red")
    firms = {f["code"]: f for f in run.firms}
    assert firms["F1"]["committed_pct"] == 50.0 and firms["F1"]["achieved_pct"] == 20.0
    assert firms["F1"]["baseline_kwh"] == 600.0 and firms["F1"]["actual_kwh"] == 480.0
    assert firms["F2"]["achieved_pct"] == 60.0
    assert [(f["code"], f["kind"], f["score"]) for f in run.flags] == [("F2", bl.CONTROL_OFF, 6.0),
                                                                       ("F1", bl.NOT_CUT, 180.0)]
    assert "承诺削减 50%" in run.flags[1]["text"]
    assert _n_audit(db, "reductions.check") == 1
    assert checks.runs(db)[0].id == run.id
    chart = checks.chart(db, "F1", *span)
    i = chart.hours.index(span[0])
    assert chart.baseline[i] == 100.0 and chart.actual[i] == 80.0 and chart.baseline[0] is None
    with pytest.raises(UserError, match="结束时间应晚于开始时间"):
        checks.run_check(db, admin_of(db), span[1], span[0], "red")


def test_verified_totals_feed_the_list(db, tmp_path):
    from console.measures import ledger

    first = datetime(2016, 11, 30, 0, tzinfo=TZ)
    span = (datetime(2016, 12, 14, 10, tzinfo=TZ), datetime(2016, 12, 14, 16, tzinfo=TZ))
    inside = lambda at: span[0] <= at < span[1]
    rows = _hourly_rows("F1", "M1", "生产", first, 16, lambda at: 80 if inside(at) else 100)  # F1 cuts 20 %
    meters.import_file(db, admin_of(db), write_csv(tmp_path / "m.csv", ["企业编号", "电表编号", "电表类型", "时间",
                                                                        "功率(kW)"], rows))
    ledger.set_society_total(db, "so2", 100.0, admin_of(db))
    run = checks.run_check(db, admin_of(db), *span, "red")
    so2 = checks.verified_totals(db, run)[0]
    # F1: SO2 10 t/a on the list, red cut 5 t/a committed; its load fell 20 % -> 2 t/a verified.
    # F2 has no meter data: its 5 t/a stay unverified.
    assert (so2.label, so2.committed, so2.verified, so2.unverified) == ("SO2", 5.0, 2.0, 5.0)
    assert so2.verified_pct == 2.0 and so2.target_pct == 30.0


def test_import_summary_in_chinese_and_english(db, tmp_path):
    rows = [[f, m, "生产", f"2016-12-07 {h}:00", "25"] for f, m in (("F1", "M1"), ("F2", "M2")) for h in (10, 11)]
    meters.import_file(db, admin_of(db), write_csv(tmp_path / "m.csv", ZH, rows[:2]))
    rows[1][4] = "30"
    res = meters.import_file(db, admin_of(db), write_csv(tmp_path / "m2.csv", ZH, rows))
    assert res.summary() == res.summary("zh") == "2 家企业，读数 4 条：新增 2，更正 1，未变 1"
    assert res.summary("en") == "2 firms, 4 readings: added 2, corrected 1, unchanged 1"
