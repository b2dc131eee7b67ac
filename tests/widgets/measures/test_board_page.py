"""The response-measure board page: orange upgraded to red, check-offs, overdue in red, filters, exports."""
from datetime import datetime, timedelta

import openpyxl
import pytest
from PySide6.QtCore import Qt

from console.admin import accounts
from console.measures import board
from console.common.clock import TZ, FixedClock
from console.store.db import Store
from widgets.measures.board_model import COL_PERIOD, COL_STATE, COL_TEXT, OVERDUE_BG, PROGRESS_ROLE, BoardModel, UnitModel
from widgets.measures.board_page import BoardPage
from tests.helpers import admin_of

# Qt's offscreen platform (no Xvfb) warns when a dialog is shown; harmless.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
T0 = datetime(2024, 12, 3, 8, 0, tzinfo=TZ)
EP = "2024-12-03-01"


@pytest.fixture
def db(tmp_path):
    s = Store(tmp_path / "b.sqlite3", FixedClock(T0))
    accounts.create_user(s, admin_of(s), "duty", "值班员甲", ["duty_officer"], "secret1")
    accounts.create_user(s, admin_of(s), "zj", "住建联络员", ["liaison"], "secret1")
    accounts.create_user(s, admin_of(s), "admin", "管理员", ["admin"], "secret1")
    board.assign_liaison(s, "zj", "住建局", admin_of(s))
    yield s
    s.close()


def _row_of(page, measure, unit):
    for r in range(page.proxy.rowCount()):
        st = page.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)
        if st.measure_id == measure and st.unit == unit:
            return r, st
    raise AssertionError(f"{measure} {unit} not shown")


def test_models_pass_modeltester(qtmodeltester, db, catalog):
    from console.measures.status import status, unit_summaries

    board.activate(db, EP, "red", T0, admin_of(db), catalog=catalog)
    sts = status(db, EP, T0, catalog=catalog)
    m = BoardModel(catalog)
    m.set_rows(sts)
    qtmodeltester.check(m)
    u = UnitModel()
    u.set_rows(unit_summaries(sts))
    qtmodeltester.check(u)


def test_empty_board_says_so(qtbot, db, catalog):
    page = BoardPage(db, catalog)
    qtbot.addWidget(page)
    assert not page.empty.isHidden() and page.table.isHidden()
    assert not page.btn_xlsx.isEnabled()


def test_orange_to_red_checkoffs_overdue_and_export(qtbot, db, catalog, tmp_path):
    board.activate(db, EP, "orange", T0, admin_of(db), catalog=catalog)
    page = BoardPage(db, catalog)
    qtbot.addWidget(page)
    page.show()
    assert "橙色" in page.level_chip.text()
    r, st = _row_of(page, "II-D2", "住房和城乡建设局")
    assert page.proxy.index(r, COL_PERIOD).data(PROGRESS_ROLE) == (0, 3)

    # the liaison records two sprinklings through the dialog
    page.table.selectRow(r)
    dlg = page.open_action_dialog()
    assert dlg.mode == "count"
    dlg.user.setCurrentIndex(dlg.user.findData("zj"))
    dlg.password.setText("secret1")
    dlg.count.setValue(2)
    with qtbot.waitSignal(page.changed):
        dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
    r, st = _row_of(page, "II-D2", "住房和城乡建设局")
    assert st.counters[0].done == 2

    # the duty officer ticks a one-off measure on behalf of 公安局; a wrong password keeps the dialog open
    page.search.setText("烟花爆竹")
    r, st = _row_of(page, "III-O7", "公安局")
    page.table.selectRow(r)
    dlg = page.open_action_dialog()
    dlg.on_behalf.setChecked(True)
    dlg.user.setCurrentIndex(dlg.user.findData("duty"))
    dlg.password.setText("wrong")
    dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
    assert dlg.isVisible() and "密码" in dlg.error.text()
    dlg.password.setText("secret1")
    dlg.note.setText("电话确认")
    with qtbot.waitSignal(page.changed):
        dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
    r, st = _row_of(page, "III-O7", "公安局")
    assert st.done and st.last["on_behalf_of"] == "公安局"
    page.search.clear()

    # upgrade to red at 10:00
    db.clock.set(T0 + timedelta(hours=2))
    board.activate(db, EP, "red", db.clock.now(), admin_of(db), catalog=catalog)
    page.refresh()
    assert "红色" in page.level_chip.text()
    r, old = _row_of(page, "II-D2", "住房和城乡建设局")
    assert page.proxy.index(r, COL_STATE).data() == "已替代"
    assert page.proxy.index(r, COL_TEXT).data(Qt.ItemDataRole.FontRole).strikeOut()
    r, new = _row_of(page, "I-D2", "住房和城乡建设局")
    assert page.proxy.index(r, COL_PERIOD).data(PROGRESS_ROLE) == (2, 4)
    _row_of(page, "I-V3", "公安局")  # red measures added

    # the afternoon ends short (the morning, in force for under half of it, is not judged): overdue in red
    db.clock.set(T0.replace(hour=0, minute=30) + timedelta(days=1))
    page.refresh()
    r, st = _row_of(page, "I-D2", "住房和城乡建设局")
    assert st.overdue
    assert page.proxy.index(r, COL_STATE).data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BG
    assert "逾期" in page.summary.text()
    page.state_filter.setCurrentIndex(page.state_filter.findData("overdue"))
    assert page.proxy.rowCount() >= 1
    assert all(page.proxy.index(i, 0).data(Qt.ItemDataRole.UserRole + 2).overdue
               for i in range(page.proxy.rowCount()))
    page.state_filter.setCurrentIndex(0)

    # unit filter from the department list; export what is shown
    page.select_unit("住房和城乡建设局")
    shown = page.proxy.rowCount()
    assert shown and all(page.proxy.index(i, 1).data() == "住房和城乡建设局" for i in range(shown))
    out = page.export_xlsx(tmp_path / "zj.xlsx")
    ws = openpyxl.load_workbook(out)["任务"]
    body = [row for row in ws.iter_rows(min_row=5, values_only=True)]
    assert len(body) == shown and {row[2] for row in body} == {"住房和城乡建设局"}
    assert any(row[1] == "I-D2" and row[6] == "逾期" for row in body)
    op = page.export_xlsx(tmp_path / "bg.xlsx", background=True)  # the button's path: written on a worker
    assert not page.btn_xlsx.isEnabled()
    qtbot.waitUntil(lambda: not op.running)
    bg = [row for row in openpyxl.load_workbook(op.result)["任务"].iter_rows(min_row=5, values_only=True)]
    assert [r[1:] for r in bg] == [r[1:] for r in body] and page.btn_xlsx.isEnabled()
    pdf = page.export_pdf(tmp_path / "zj.pdf", unit="住房和城乡建设局")
    assert pdf.read_bytes()[:4] == b"%PDF"
    op = page.export_pdf(tmp_path / "bg.pdf", background=True)  # the button's path: painted on a worker
    assert not page.btn_pdf.isEnabled()
    qtbot.waitUntil(lambda: not op.running)
    assert op.result.read_bytes()[:4] == b"%PDF" and page.btn_pdf.isEnabled()
    preview = page.print_unit("住房和城乡建设局", preview=False)
    assert "住房和城乡建设局" in preview.windowTitle()


def test_temperature_and_liaison_dialogs(qtbot, db, catalog):
    board.activate(db, EP, "yellow", T0, admin_of(db), catalog=catalog)
    page = BoardPage(db, catalog)
    qtbot.addWidget(page)
    dlg = page.open_temperature_dialog()
    dlg.temp.setValue(6.5)
    dlg.user.setCurrentIndex(dlg.user.findData("duty"))
    dlg.password.setText("secret1")
    with qtbot.waitSignal(page.changed):
        dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
    assert board.temperature(db, "2024-12-03") == 6.5
    _r, st = _row_of(page, "III-D5", "海晟集团")
    assert [c.required for c in st.counters] == [2, 2]
    accounts.create_user(db, admin_of(db), "hs", "海晟联络员", ["liaison"], "secret1")
    dlg = page.open_liaison_dialog()
    dlg.liaison.clear()
    dlg.liaison.setEditText("hs")
    dlg.unit.setCurrentText("海晟集团")
    dlg.admin.setCurrentIndex(dlg.admin.findData("admin"))
    dlg.password.setText("secret1")
    with qtbot.waitSignal(page.changed):
        dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
    assert board.liaison_units(db, "hs") == ["海晟集团"]


def test_closed_board_is_read_only(qtbot, db, catalog):
    board.activate(db, EP, "yellow", T0, admin_of(db), catalog=catalog)
    board.close_board(db, EP, T0, admin_of(db))
    page = BoardPage(db, catalog)
    qtbot.addWidget(page)
    assert "只读" in page.level_chip.text() and not page.btn_check.isEnabled() and page.btn_xlsx.isEnabled()


def test_a_liaison_opens_on_his_own_unit(qtbot, db, catalog):
    """Issue 19.6: logged in as the 住建局 liaison the board shows his unit's tasks, not 全部单位 (102 tasks)."""
    board.activate(db, EP, "red", T0, admin_of(db), catalog=catalog)
    page = BoardPage(db, catalog)
    qtbot.addWidget(page)
    page.refresh()
    everyone = page.proxy.rowCount()
    page.current_user = "zj"
    unit = board.liaison_units(db, "zj")[0]
    assert page.unit_filter.currentData() == unit
    shown = {page.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2).unit for r in range(page.proxy.rowCount())}
    assert shown == {unit} and page.proxy.rowCount() < everyone
    assert page.summary.text().startswith(f"{unit}：在办任务 {page.proxy.rowCount()} 项")  # his counts, not 102
    page.refresh()  # stays on his unit
    assert page.unit_filter.currentData() == unit
    page.current_user = "duty"
    assert page.unit_filter.currentData() is None and page.proxy.rowCount() == everyone
    assert page.summary.text().startswith(f"在办任务 {everyone} 项")


def test_the_main_window_names_a_liaison_by_his_role(qtbot, db, catalog, tmp_path):
    from PySide6.QtCore import QSettings

    from widgets.main_window import MainWindow

    w = MainWindow(db, catalog, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.set_current_user(accounts.get_user(db, "zj"))
    text = w.user_label.text()
    assert text.startswith("部门联络员（") and "住建联络员" in text and "值班人员" not in text
    w.set_current_user(accounts.get_user(db, "duty"))
    assert w.user_label.text().startswith("值班员：")  # the plan's one name per role


def test_recurring_duty_at_risk_and_its_rule_shown(qtbot, db, catalog):
    """Issue 19.7: a half-day still short 2 hours before its end is marked 有风险 (amber), and selecting a
    recurring duty explains how a period is judged; a one-off measure shows no rule."""
    from widgets.measures.board_model import AT_RISK_BG

    board.activate(db, EP, "red", T0, admin_of(db), catalog=catalog)
    db.clock.set(T0.replace(hour=10, minute=30))
    page = BoardPage(db, catalog)
    qtbot.addWidget(page)
    page.refresh()
    r, st = _row_of(page, "I-D2", "住房和城乡建设局")
    assert st.at_risk and "有风险" in page.proxy.index(r, COL_STATE).data()
    assert page.proxy.index(r, COL_TEXT).data(Qt.ItemDataRole.BackgroundRole).color() == AT_RISK_BG
    page.table.selectRow(r)
    assert not page.rule_label.isHidden() and "判定规则" in page.rule_label.text()
    r2, _ = _row_of(page, "III-O7", "公安局")
    page.table.selectRow(r2)
    assert page.rule_label.isHidden()
