"""Issue 14.16: office files put a title ("…监测数据", merged across the columns) above the header; the header is
found below it, in XLSX and CSV, and problems still name the physical line."""
from __future__ import annotations

import openpyxl
import pytest

from console.air import airdata
from console.common.errors import DataError
from console.importers.files import import_file
from console.importers.read import read_table
from tests.helpers import admin_of

HEADER = ["时间", "站点", "PM2.5", "PM10", "SO2", "NO2", "CO", "O3"]
ROWS = [["2025-12-01 08:00", "A", 120, 150, 10, 40, 1.2, 30], ["2025-12-01 09:00", "A", 130, 155, 11, 41, 1.1, 31]]


def workbook(path, titles):
    wb = openpyxl.Workbook()
    ws = wb.active
    for t in titles:
        ws.append([t])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(HEADER))
    ws.append(HEADER)
    for r in ROWS:
        ws.append(r)
    wb.save(path)
    return path


@pytest.mark.parametrize("titles", [["海门区环境空气自动监测数据"], ["海门区环境空气自动监测数据", "单位：µg/m³（CO：mg/m³）"]])
def test_xlsx_with_merged_title_rows(store, tmp_path, titles):
    f = workbook(tmp_path / "t.xlsx", titles)
    table = read_table(f)
    assert table.header[:3] == ["时间", "站点", "pm2.5"]
    assert table.lines == [len(titles) + 2, len(titles) + 3]
    res = import_file(store, f, admin_of(store))
    assert res.new == 2 and len(airdata.hourly(store, "A")) == 2


@pytest.mark.parametrize("title", ["海门区环境空气自动监测数据\n", "海门区环境空气自动监测数据,,,,,,,\n",
                                   '"海门区环境空气自动监测数据"\n\n'])
def test_csv_with_title_line(store, tmp_path, title):
    body = ",".join(HEADER) + "\n" + "".join(",".join(map(str, r)) + "\n" for r in ROWS)
    f = tmp_path / "t.csv"
    f.write_text(title + body, "utf-8")
    skip = title.count("\n")
    assert read_table(f).lines == [skip + 2, skip + 3]
    assert import_file(store, f, admin_of(store)).new == 2


def test_csv_title_problems_name_the_physical_line(store, tmp_path):
    f = tmp_path / "bad.csv"
    f.write_text("监测数据\n" + ",".join(HEADER) + "\n2025-12-01 08:00,A,-1,150,10,40,1.2,30\n", "utf-8")
    with pytest.raises(DataError) as err:
        import_file(store, f, admin_of(store))
    assert str(err.value).startswith(f"{f}:3: pm25 浓度无效")


def test_a_file_of_titles_only_is_still_refused(store, tmp_path):
    f = tmp_path / "t.csv"
    f.write_text("监测数据\n说明\n", "utf-8")
    with pytest.raises(DataError):
        import_file(store, f, admin_of(store))
