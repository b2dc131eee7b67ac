"""The one writer of kept reports (daily report, episode summary): XLSX layout and the printed HTML."""
import openpyxl
import pytest

from console.common.errors import DataError
from console.reductions import report_tables as T

TABLES = [(None, ["项目", "数值"], [["a<b", 1], ["c", "无数据"]]),
          ("措施", ["单位", "完成"], [["生态环境局", 3]]),
          ("空表", ["x"], [])]


def test_xlsx_title_then_tables_with_blank_rows_and_headings(tmp_path):
    path = T.write_xlsx(tmp_path / "r.xlsx", "日报", "标题", TABLES, {"A": 30, "B": 12})
    ws = openpyxl.load_workbook(path).active
    rows = [[c for c in r if c is not None] for r in ws.iter_rows(values_only=True)]
    assert ws.title == "日报" and ws["A1"].font.b
    assert rows == [["标题"], ["项目", "数值"], ["a<b", 1], ["c", "无数据"],  # an unheaded first table: no blank
                    [], ["措施"], ["单位", "完成"], ["生态环境局", 3],
                    [], ["空表"], ["x"]]  # an empty table keeps its header in the sheet
    assert ws.column_dimensions["A"].width == 30 and ws.column_dimensions["B"].width == 12


def test_html_escapes_and_leaves_out_empty_tables():
    html = T.to_html("标题<1>", TABLES)
    assert html.startswith("<h2>标题&lt;1&gt;</h2><table")
    assert "<td>a&lt;b</td><td>1</td>" in html and "<h3>措施</h3><table" in html
    assert "空表" not in html and html.count("<table") == 2


def test_unwritable_path_names_the_file_and_writes_nothing(tmp_path):
    target = tmp_path / "missing" / "r.xlsx"
    with pytest.raises(DataError, match="r.xlsx"):
        T.write_xlsx(target, "日报", "标题", TABLES, {})
    assert not target.parent.exists()
