"""Field checks of construction sites, vehicles and non-road machinery (issue 18 part A): entered by a liaison for
his own unit or by the duty room (authorized inside the transaction, audited), imported from CSV/XLSX with every
problem named by file and line and nothing stored on error, and counted by the daily report for its span."""
from datetime import datetime, timedelta

import openpyxl
import pytest
from helpers import actor_of, admin_of
from helpers_reductions import write_csv

from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from console.measures.board import assign_liaison
from console.reductions import daily_report as D
from console.reductions import field_checks as F

NOW = datetime(2016, 12, 18, 15, 0, tzinfo=TZ)
HEAD = ["时间", "单位", "类别", "检查数量", "发现问题", "备注"]


@pytest.fixture
def db(store):
    store.clock = FixedClock(NOW)
    return store


def _audit(store, action):
    return [r for r in store.audit_records() if r["action"] == action]


def test_entry_by_duty_officer_and_by_a_liaison_for_his_own_unit_only(db):
    duty = actor_of(db, "duty", "duty_officer")
    c = F.record(db, duty, NOW - timedelta(hours=2), "三星镇", "工地", 12, 3, "两处未覆盖")
    assert (c.kind, c.unit, c.checked, c.problems, c.source, c.recorded_by) == ("site", "三星镇", 12, 3, "entry", "duty")
    [rec] = _audit(db, "field_checks.record")
    assert '"checked": 12' in rec["detail"] and rec["entity_id"] == str(c.id)
    li = actor_of(db, "li", "liaison")
    assign_liaison(db, "li", "公安局", admin_of(db))
    F.record(db, li, NOW - timedelta(hours=1), "公安局", "vehicle", 40, 2)
    with pytest.raises(UserError, match="不是 三星镇 的联络员"):
        F.record(db, li, NOW - timedelta(hours=1), "三星镇", "site", 5)
    viewer = actor_of(db, "head", "bureau_head")
    with pytest.raises(UserError, match="不具备"):
        F.record(db, viewer, NOW - timedelta(hours=1), "三星镇", "site", 5)
    assert len(F.all_checks(db)) == 2


def test_entry_refuses_bad_values_naming_the_field(db):
    duty = actor_of(db, "duty", "duty_officer")
    with pytest.raises(UserError, match="发现问题 4 多于检查数量 3"):
        F.record(db, duty, NOW, "三星镇", "site", 3, 4)
    with pytest.raises(UserError, match="单位 '火星镇' 不是区镇或部门"):
        F.record(db, duty, NOW, "火星镇", "site", 3)
    with pytest.raises(UserError, match="类别 '飞机'"):
        F.record(db, duty, NOW, "三星镇", "飞机", 3)
    with pytest.raises(UserError, match="在将来"):
        F.record(db, duty, NOW + timedelta(hours=1), "三星镇", "site", 3)
    assert F.all_checks(db) == []


def test_import_counts_and_refuses_the_same_file_twice(db, tmp_path):
    path = write_csv(tmp_path / "checks.csv", HEAD, [
        ["2016-12-18 09:00", "三星镇", "工地", "8", "1", "裸土未覆盖"],
        ["2016-12-18 10:30", "公安局", "重型柴油车", "120", "4", "路检路查"],
        ["2016-12-18 11:00", "生态环境局", "非道路移动机械", "15", "0", ""],
        ["2016-12-16 11:00", "三星镇", "site", "5", "", "before the report's span"],
    ])
    assert F.import_file(db, admin_of(db), path) == 4
    [rec] = _audit(db, "field_checks.import")
    assert '"rows": 4' in rec["detail"]
    with pytest.raises(UserError, match="已导入"):
        F.import_file(db, admin_of(db), path)
    assert len(F.all_checks(db)) == 4
    assert F.totals(db, NOW - timedelta(hours=24), NOW) == {"site": (8, 1), "vehicle": (120, 4),
                                                            "machinery": (15, 0)}
    rows = dict(map(tuple, D.compose(db, NOW).rows))
    assert (rows["检查工地（个次）"], rows["工地发现问题（个次）"]) == (8, 1)
    assert (rows["路检路查机动车（辆次）"], rows["机动车发现问题（辆次）"]) == (120, 4)
    assert (rows["检查非道路移动机械（台次）"], rows["非道路移动机械发现问题（台次）"]) == (15, 0)
    assert D.label("路检路查机动车（辆次）", "en") == "Vehicles checked on the road"


def test_bad_file_names_every_line_and_stores_nothing(db, tmp_path):
    path = write_csv(tmp_path / "bad.csv", HEAD, [
        ["2016-12-18 09:00", "三星镇", "工地", "8", "1", "ok"],
        ["2016-12-18", "三星镇", "工地", "8", "1", "no time"],
        ["2016-12-18 09:00", "火星镇", "工地", "8", "1", ""],
        ["2016-12-18 09:00", "三星镇", "飞机", "8", "1", ""],
        ["2016-12-18 09:00", "三星镇", "工地", "八", "1", ""],
        ["2016-12-18 09:00", "三星镇", "工地", "2", "5", ""],
        ["2016-12-19 09:00", "三星镇", "工地", "2", "0", "future"],
    ])
    with pytest.raises(UserError) as exc:
        F.import_file(db, admin_of(db), path)
    msg = str(exc.value)
    for line, what in ((3, "应含时分"), (4, "火星镇"), (5, "飞机"), (6, "不是数字"), (7, "多于检查数量"), (8, "在将来")):
        assert f"bad.csv:{line}: " in msg and what in msg, (line, msg)
    assert "bad.csv:2:" not in msg
    assert F.all_checks(db) == [] and _audit(db, "field_checks.import") == []
    missing = write_csv(tmp_path / "cols.csv", ["时间", "单位", "检查数量"], [["2016-12-18 09:00", "三星镇", "1"]])
    with pytest.raises(UserError, match=r"cols.csv:1: 缺少列 missing columns: 类别"):
        F.import_file(db, admin_of(db), missing)


def test_xlsx_import_and_a_liaison_file_naming_another_unit_is_refused(db, tmp_path):
    li = actor_of(db, "li", "liaison")
    assign_liaison(db, "li", "三星镇", admin_of(db))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["time", "unit", "kind", "checked", "problems"])
    ws.append([datetime(2016, 12, 18, 9, 0), "三星镇", "site", 6, 2])
    ws.append([datetime(2016, 12, 18, 10, 0), "常乐镇", "site", 3, 0])
    path = tmp_path / "checks.xlsx"
    wb.save(path)
    with pytest.raises(UserError, match="不是 常乐镇 的联络员"):
        F.import_file(db, li, path)
    assert F.all_checks(db) == []
    assert F.import_file(db, admin_of(db), path) == 2
    assert F.totals(db, NOW - timedelta(days=1), NOW)["site"] == (9, 2)
