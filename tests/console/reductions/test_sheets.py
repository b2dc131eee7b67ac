"""一厂一策 sheets: import with validation (file and line), versions, export round trip, what each firm and town
must do at a level (exempt lines and exempt firms marked)."""
from datetime import date, datetime

import openpyxl
import pytest
from helpers import admin_of
from helpers_reductions import ledger_row, load_ledger, write_csv

from console.common.clock import TZ, FixedClock
from console.measures import exemptions
from console.reductions import sheets
from console.reductions.tabular import FileProblems
from console.store.db import Store

HEADER = ["企业编号", "类别", "名称", "黄色措施", "橙色措施", "红色措施", "关键指标", "豁免"]
ROWS = [["F1", "生产线", "1号线", "限产30%", "限产50%", "停产", "投料量", "否"],
        ["F1", "运输车辆", "原料运输", "禁止国四柴油货车", "禁止国五柴油货车", "停止公路运输", "", "否"],
        ["F2", "工序", "锅炉", "正常运行", "正常运行", "正常运行", "NOx", "是"]]


@pytest.fixture
def db(tmp_path):
    s = Store(tmp_path / "sheets.sqlite3", FixedClock(datetime(2016, 12, 20, 9, tzinfo=TZ)))
    load_ledger(s, tmp_path, [ledger_row("F1", town="三星镇"), ledger_row("F2", town="常乐镇")])
    yield s
    s.close()


def _versions(store):
    return store.rows("SELECT code FROM sheet_versions ORDER BY id")


def test_import_versions_and_export_round_trip(db, tmp_path):
    assert sheets.import_file(db, admin_of(db), write_csv(tmp_path / "s.csv", HEADER, ROWS)) == ["F1", "F2"]
    cur = sheets.current(db)
    assert [i.item for i in cur["F1"]] == ["1号线", "原料运输"] and cur["F2"][0].exempt
    assert cur["F1"][0].action("orange") == "限产50%"
    # the same file again: nothing new; a change to F1 only: one new version, F2 untouched
    assert sheets.import_file(db, admin_of(db), tmp_path / "s.csv") == []
    changed = [r[:] for r in ROWS]
    changed[0][5] = "停产（含备用线）"
    assert sheets.import_file(db, admin_of(db), write_csv(tmp_path / "s2.csv", HEADER, changed)) == ["F1"]
    assert [r["code"] for r in _versions(db)] == ["F1", "F2", "F1"]
    out = sheets.export_file(db, tmp_path / "out.xlsx")
    ws = openpyxl.load_workbook(out).active
    assert [c.value for c in ws[1]] == HEADER and ws.max_row == 4
    assert sheets.import_file(db, admin_of(db), out) == []  # an export imports back unchanged
    assert len([r for r in db.audit_records() if r["action"] == "sheets.import"]) == 2


def test_bad_sheet_file_names_the_lines_and_stores_nothing(db, tmp_path):
    rows = [["F1", "生产线", "1号线", "限产30%", "限产50%", "停产", "", "否"],
            ["F9", "生产线", "x", "a", "b", "c", "", "否"],      # line 3: not on the list
            ["F1", "车间", "y", "a", "b", "c", "", "否"],        # line 4: unknown category
            ["F1", "生产线", "1号线", "a", "b", "c", "", "否"],  # line 5: duplicate of line 2
            ["F1", "工序", "z", "a", "", "c", "", "也许"]]       # line 6: empty orange, bad exempt
    with pytest.raises(FileProblems) as e:
        sheets.import_file(db, admin_of(db), write_csv(tmp_path / "bad.csv", HEADER, rows))
    got = e.value.problems
    assert {line for line, _ in got} == {3, 4, 5, 6} and len([1 for line, _ in got if line == 6]) == 2
    assert "与第 2 行重复" in str(e.value) and _versions(db) == []


def test_duties_at_a_level_per_town_with_exemptions(db, tmp_path):
    sheets.import_file(db, admin_of(db), write_csv(tmp_path / "s.csv", HEADER, ROWS))
    red = sheets.duties(db, "red")
    assert [(d.town, d.code, d.item, d.action, d.exempt) for d in red] == [
        ("三星镇", "F1", "1号线", "停产", ""), ("三星镇", "F1", "原料运输", "停止公路运输", ""),
        ("常乐镇", "F2", "锅炉", "正常运行", "line")]
    exemptions.grant(db, "F1", "演示企业F1", "保民生", ["生态环境局"], date(2016, 12, 1), admin_of(db))
    assert {d.exempt for d in sheets.duties(db, "yellow") if d.code == "F1"} == {"firm"}


def test_english_headers_xlsx(db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["code", "category", "item", "yellow", "orange", "red", "indicator", "exempt"])
    ws.append(["F2", "line", "Dyeing line", "cut 20%", "cut 30%", "stop", "machines on", "no"])
    wb.save(tmp_path / "s.xlsx")
    assert sheets.import_file(db, admin_of(db), tmp_path / "s.xlsx") == ["F2"]
    assert sheets.current(db)["F2"][0].category == "生产线"
