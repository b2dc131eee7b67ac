"""Issue 18 part A on the page: the field-checks tab (entry, import, the last 24 hours' totals, a liaison only for
his unit), overdue rectifications in red on the inspections tab, photos shown and files saved out after their
hash is checked, and the units' summary texts and files on the summary tab."""
from datetime import datetime, timedelta

import pytest
from helpers import USER_PW, actor_of, admin_of
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from console import episodes as E
from console.common.clock import TZ, FixedClock
from console.measures.board import assign_liaison
from console.reductions import demo
from console.store.db import Store
from widgets.common.style import C
from widgets.reductions.attachments_view import ImageDialog
from widgets.reductions.reductions_page import ReductionsPage

T0 = datetime(2016, 12, 16, 20, 0, tzinfo=TZ)


@pytest.fixture
def db(tmp_path):
    s = Store(tmp_path / "page.sqlite3", FixedClock(T0))
    demo.load_demo(s, admin_of(s))
    yield s
    s.close()


@pytest.fixture
def page(qtbot, db, catalog):
    p = ReductionsPage(db, catalog)
    qtbot.addWidget(p)
    p.set_actor(admin_of(db))
    return p


def write_csv(path, header, rows):
    path.write_text("\n".join(",".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
    return path


def _cells(model, row):
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_field_checks_tab_entry_import_totals_and_a_liaisons_unit(page, db, tmp_path, monkeypatch, qtmodeltester):
    view = page.field_checks
    shown = []
    monkeypatch.setattr(view, "_error", shown.append)
    assert page.tabs.tabText(page.tabs.indexOf(view)) == "工地车辆检查"
    assert view.record((T0 - timedelta(hours=2), "三星镇", "site", 12, 3, "两处未覆盖")) is not None
    path = write_csv(tmp_path / "c.csv", ["时间", "单位", "类别", "检查数量", "发现问题"],
                     [["2016-12-16 10:00", "公安局", "机动车", "80", "5"]])
    assert view.import_file(path) == 1 and not shown
    assert view.model.rowCount() == 2
    assert _cells(view.model, 0)[:5] == ["12-16 18:00", "三星镇", "工地", "12", "3"]
    assert view.totals.text() == "近 24 小时：工地 12 个次（问题 3），机动车 80 辆次（问题 5），非道路移动机械 0 台次（问题 0）"
    qtmodeltester.check(view.model)
    bad = write_csv(tmp_path / "bad.csv", ["时间", "单位", "类别", "检查数量"], [["2016-12-16 10:00", "火星镇", "工地", "1"]])
    assert view.import_file(bad) is None and "bad.csv:2:" in shown[-1]
    li = actor_of(db, "li", "liaison")
    assign_liaison(db, "li", "常乐镇", admin_of(db))
    page.set_actor(li)
    assert view.record((T0, "三星镇", "site", 1, 0, "")) is None and "不是三星镇的联络员" in shown[-1]
    assert view.record((T0, "常乐镇", "site", 4, 0, "")) is not None and view.model.rowCount() == 3
    # the form itself: the unit combo holds the towns and departments, the kind combo the three kinds
    assert view.unit.findData("常乐镇") >= 0 and view.unit.findData("公安局") >= 0
    assert [view.kind.itemData(i) for i in range(view.kind.count())] == ["site", "vehicle", "machinery"]


def test_overdue_rectification_is_red_and_files_open_after_their_hash_is_checked(page, db, tmp_path, monkeypatch):
    view = page.inspections
    shown = []
    monkeypatch.setattr(view, "_error", shown.append)
    ins = view.spot_check(("DEMO-005", "余东镇", "例行抽查"))
    view.view.selectRow(0)
    img = QImage(40, 30, QImage.Format.Format_RGB32)
    img.fill(QColor("green"))
    photo = tmp_path / "现场.png"
    assert img.save(str(photo))
    doc = tmp_path / "笔录.pdf"
    doc.write_bytes(b"%PDF-1.4 record")
    view.record_finding((False, "门禁台账缺失", [str(photo), str(doc)], T0 + timedelta(hours=8)))
    assert not shown and _cells(view.model, 0)[6] == "12-17 04:00" and not view.overdue_line.isVisible()
    db.clock = FixedClock(T0 + timedelta(hours=9))
    view.refresh()
    assert _cells(view.model, 0)[6] == "12-17 04:00（逾期）"
    assert view.model.index(0, 6).data(Qt.ItemDataRole.BackgroundRole).color().name() == QColor(C.alarm).name()
    assert not view.overdue_line.isHidden() and f"{ins.id} DEMO-005" in view.overdue_line.text()
    assert _cells(view.model, 0)[7] == "2" and view.btn_files.isEnabled()
    dlg = view.show_files(show=False)
    assert dlg.table.rowCount() == 2 and dlg.table.item(0, 0).text() == "现场.png"
    shown_img = dlg.open_row(0, show=False)
    assert isinstance(shown_img, ImageDialog) and shown_img.ok
    out = dlg.open_row(1, save_to=str(tmp_path / "out.pdf"))
    assert out.read_bytes() == doc.read_bytes()
    view.record_rectification(("已补齐台账", []))
    assert _cells(view.model, 0)[6] == "12-17 04:00" and view.overdue_line.isHidden()


def test_rectification_deadline_extended_from_the_tab(page, db, monkeypatch, qtbot):
    from widgets.reductions.inspection_dialogs import ExtendDeadlineDialog

    view = page.inspections
    shown = []
    monkeypatch.setattr(view, "_error", shown.append)
    view.spot_check(("DEMO-005", "余东镇", "例行抽查"))
    view.view.selectRow(0)
    assert not view.btn_extend.isEnabled()  # no violation yet
    view.record_finding((False, "门禁台账缺失", [], T0 + timedelta(hours=8)))
    db.clock = FixedClock(T0 + timedelta(hours=9))
    view.refresh()
    assert view.btn_extend.isEnabled() and _cells(view.model, 0)[6] == "12-17 04:00（逾期）"
    li = actor_of(db, "li", "liaison")
    assign_liaison(db, "li", "余东镇", admin_of(db))
    page.set_actor(li)  # the unit's liaison may not extend it
    assert view.extend_deadline((T0 + timedelta(days=2), "配件未到")) is None and "不具备" in shown[-1]
    page.set_actor(actor_of(db, "duty", "duty_officer"))
    assert view.extend_deadline((T0 + timedelta(days=2), "")) is None and "延期理由" in shown[-1]
    ins = view.extend_deadline((T0 + timedelta(days=2), "除尘设备配件到货需两天"))
    assert ins.rectify_by == T0 + timedelta(days=2)
    assert _cells(view.model, 0)[6] == "12-18 20:00" and view.overdue_line.isHidden()
    assert "延长整改期限" in _cells(view.model, 0)[8]
    # the dialog: the current deadline shown, a day later proposed, the values in the deadline's time zone
    dlg = ExtendDeadlineDialog("核查任务 1（DEMO-005）", ins.rectify_by, view)
    qtbot.addWidget(dlg)
    dlg.reason.setPlainText("再延一天")
    assert dlg.values() == (T0 + timedelta(days=3), "再延一天")


def test_units_summary_text_and_file_on_the_summary_tab(page, db, tmp_path):
    duty, head = actor_of(db, "duty", "duty_officer"), actor_of(db, "head", "bureau_head")
    p = E.propose(db, duty, "start", "orange", ["橙色：预测"], "海门区全域", T0, assessed_level="orange")
    E.sign(db, p.id, head.username, USER_PW, "bureau_head", "approve", p.content_hash)
    db.clock = FixedClock(T0 + timedelta(days=2))
    E.receive_notice(db, duty, "city", "lift", None, "通环3号", db.clock.now())
    p = E.propose(db, duty, "end", None, [], "", None)
    E.sign(db, p.id, head.username, USER_PW, p.steps[0].role, "approve", p.content_hash)
    doc = tmp_path / "总结.docx"
    doc.write_bytes(b"PK fake docx")
    E.record_summary(db, duty, "公安局", by="王五", text="路检路查 300 辆次", file=doc)
    long_text = "出动警力 120 人次，设卡 8 处，" * 30 + "<重型柴油车>\n劝返 12 辆。"
    E.record_summary(db, duty, "三星镇", by="赵六", text=long_text)
    page.refresh()
    view = page.summary
    rows = {view.texts.index(r, 0).data(): r for r in range(view.texts.rowCount())}
    r = rows["公安局"]
    assert [view.texts.index(r, c).data() for c in range(3)] == ["公安局", "路检路查 300 辆次", "总结.docx"]
    # a long summary is cut in its cell: the tooltip holds the whole text (escaped, line breaks kept)
    tip = view.texts.index(rows["三星镇"], 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("<p>") and "出动警力 120 人次，设卡 8 处，" * 30 in tip
    assert "&lt;重型柴油车&gt;<br>劝返 12 辆。" in tip
    assert view.texts.index(rows["三星镇"], 0).data(Qt.ItemDataRole.ToolTipRole) is None
    saved = view.open_text_file(r, save_to=str(tmp_path / "back.docx"))
    assert saved.read_bytes() == doc.read_bytes()


def test_summary_dialog_takes_a_text_and_a_file(qtbot, db):
    from widgets.warnings.summary_dialog import SummaryDialog

    d = SummaryDialog(db, "duty")
    qtbot.addWidget(d)
    d.text.setPlainText("总结正文")
    d.file.setText("/tmp/x.pdf")
    assert d.text.toPlainText() == "总结正文" and d.file.text() == "/tmp/x.pdf"
