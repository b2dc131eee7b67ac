"""The reduction-check page: demo data through the page, the ranked flags, the firms' figures, the chart with the
warning span shaded; refused without a login; a bad meter file leaves nothing behind."""
from datetime import datetime

import pytest
from helpers import admin_of
from PySide6.QtCore import Qt

from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from console.reductions import demo, meters
from console.store.db import Store
from widgets.reductions.reductions_page import ReductionsPage


@pytest.fixture
def db(tmp_path):
    s = Store(tmp_path / "page.sqlite3", FixedClock(datetime(2016, 12, 22, 9, tzinfo=TZ)))
    yield s
    s.close()


@pytest.fixture
def page(qtbot, db, catalog):
    p = ReductionsPage(db, catalog)
    qtbot.addWidget(p)
    return p


def _cells(model, row):
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_without_login_nothing_is_written(page, db, monkeypatch):
    shown = []
    monkeypatch.setattr(page, "_error", shown.append)
    assert page.load_demo() is None
    assert "登录" in shown[0] and meters.reading_range(db)[2] == 0
    assert page.flags_title.text() == "尚未运行核查。" and not page.btn_demo.isHidden()


def test_the_chart_plot_is_made_with_the_first_chart(page, db):
    """Issue 12.5: the page opens with the chart's message alone (no pyqtgraph plot is built for it, 34–54 ms of
    the page's build); the first firm's chart makes the plot, and clearing hides it again."""
    assert page.chart.plot_widget is None and page.chart.title.text() == "在左侧选择一家企业，查看其基线与实际负荷。"
    page.actor = admin_of(db)
    page.load_demo()
    plot = page.chart.plot_widget
    assert plot is not None and plot.isVisibleTo(page.chart) and page.chart.chart is not None
    page.chart.clear("x")
    assert page.chart.plot_widget is plot and not plot.isVisibleTo(page.chart) and page.chart.title.text() == "x"
    assert page.chart.layout().indexOf(plot) == 1  # under the title


def test_demo_shows_ranked_flags_firms_and_chart(page, db, qtbot, qtmodeltester, tmp_path):
    page.actor = admin_of(db)
    run = page.load_demo()
    assert run is not None and page.run.id == run.id
    assert page.flags_model.rowCount() == 5
    first = _cells(page.flags_model, 0)
    assert first[:4] == ["1", "演示建材丙厂（DEMO-003）", "临江新区", "生产时治污设施停运"]
    assert first[4] == "生产运行时治污用电≈0，共 12 小时（首次 12-18 08:00）"
    assert "承诺削减 40%" in _cells(page.flags_model, 1)[4]
    rows = {(_cells(page.firms_model, r)[0]): _cells(page.firms_model, r) for r in range(page.firms_model.rowCount())}
    assert rows["演示化工甲厂（DEMO-001）"][1] == "50.0%" and rows["演示化工甲厂（DEMO-001）"][3] == "已按承诺削减"
    assert page.firms_model.index(0, 3).data(Qt.ItemDataRole.BackgroundRole) is not None
    qtmodeltester.check(page.flags_model)
    qtmodeltester.check(page.firms_model)
    assert page.totals.text().startswith("按电表核实的减排量（t/a）：SO2 核实 ")
    # the chart of the first flag: baseline and actual lines, the span shaded
    assert page.chart.chart.code == "DEMO-003"
    assert page.chart.chart.start == demo.SPAN[0]
    assert len(page.chart.plot_item.listDataItems()) == 3  # baseline, actual, control
    page.firms_view.selectRow(0)
    assert page.chart.chart.code == page.firms_model.rows[0]["code"]
    assert page.run_combo.count() == 1 and "红色预警" in page.span_combo.currentText()
    assert page.btn_demo.isHidden()  # data loaded: the offer goes
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    img = page.grab().toImage()
    assert img.width() > 0 and not img.isNull()
    img.save(str(tmp_path / "reductions_page.png"))


def test_bad_meter_file_is_refused_with_the_line(page, db, tmp_path, monkeypatch):
    page.actor = admin_of(db)
    shown = []
    monkeypatch.setattr(page, "_error", shown.append)
    f = tmp_path / "bad.csv"
    f.write_text("企业编号,电表编号,电表类型,时间,kW\nX1,M,生产,2016-12-01 08:00,1\n", encoding="utf-8")
    with pytest.raises(UserError):
        page.import_file(f)
    assert "bad.csv:2" in shown[0] and "未保存任何内容" in shown[0]
    assert meters.reading_range(db)[2] == 0


def _meter_file(db, tmp_path):
    from console.measures import ledger

    code = ledger.entries(db)[0].code
    f = tmp_path / "meters.csv"
    f.write_text(f"企业编号,电表编号,电表类型,时间,kW\n{code},M-T,生产,2016-12-01 08:00,12\n"
                 f"{code},M-T,生产,2016-12-01 09:00,13\n", encoding="utf-8")
    return f


def test_meter_import_summary_in_chinese(page, db, tmp_path):
    demo.load_demo(db, admin_of(db))
    page.actor = admin_of(db)
    res = page.import_file(_meter_file(db, tmp_path))
    assert page.status.text() == f"已导入 meters.csv：{res.summary('zh')}。"
    assert "1 家企业，读数 2 条：新增 2，更正 0，未变 0" in page.status.text()


def test_meter_import_summary_in_english(english_ui, page, db, tmp_path):
    demo.load_demo(db, admin_of(db))
    page.actor = admin_of(db)
    page.import_file(_meter_file(db, tmp_path))
    assert page.status.text() == "Imported meters.csv: 1 firms, 2 readings: added 2, corrected 0, unchanged 0."


def test_sheet_tab_shows_what_each_firm_must_do_at_the_level(page, db, qtmodeltester):
    page.set_actor(admin_of(db))
    page.load_demo()
    duties = page.duties
    assert duties.level_combo.isVisibleTo(duties)  # no level in force in this database: choose one to preview
    duties.level_combo.setCurrentIndex(2)  # red
    rows = [[duties.model.index(r, c).data() for c in range(duties.model.columnCount())]
            for r in range(duties.model.rowCount())]
    assert ["海门街道（海门经济技术开发区）", "演示化工甲厂（DEMO-001）", "生产线", "1号反应釜生产线", "停产",
            "", "反应釜投料量（t/d）"] in rows
    assert [r for r in rows if r[1] == "演示机械戊厂（DEMO-005）" and r[5] == "豁免生产线"]
    qtmodeltester.check(duties.model)
    assert "尚无一厂一策" not in duties.hint.text()


def test_level_in_force_shows_current_duties_and_is_a_span_to_check(page, db):
    from console import episodes as E
    from console.admin import accounts

    admin = admin_of(db)
    page.set_actor(admin)
    page.load_demo()
    for name, role in (("duty", "duty_officer"), ("head", "bureau_head")):
        accounts.create_user(db, admin, name, name, [role], "pw123456")
    duty = accounts.authenticate(db, "duty", "pw123456")
    p = E.propose(db, duty, "start", "orange", ["橙色：预测依据"], "海门区全域", db.clock.now(), "",
                  assessed_level="orange")
    E.sign(db, p.id, "head", "pw123456", "bureau_head", "approve", p.content_hash)
    page.refresh()
    assert page.duties.level_label.text() == "橙色预警生效中：各企业现在应执行"
    assert not page.duties.level_combo.isVisibleTo(page.duties)
    actions = {(page.duties.model.rows[r].code, page.duties.model.rows[r].item): page.duties.model.rows[r].action
               for r in range(page.duties.model.rowCount())}
    assert actions[("DEMO-001", "1号反应釜生产线")] == "限产40%"
    assert page.span_combo.itemData(0)[2] == "orange"  # the newest span first: the one in force


def test_flag_to_inspection_to_closure_with_consequences(page, db, tmp_path, qtmodeltester, monkeypatch):
    from console.measures import exemptions, ledger

    shown = []
    monkeypatch.setattr(page, "_error", shown.append)
    monkeypatch.setattr(page.inspections, "_error", shown.append)
    page.set_actor(admin_of(db))
    page.load_demo()
    exemptions.grant(db, "DEMO-003", "演示建材丙厂", "保民生", ["生态环境局"], "2016-12-01", admin_of(db))
    assert page.inspect_selected_flag() is None and "选中" in shown[-1]
    page.flags_view.selectRow(0)  # DEMO-003: control equipment off
    ins = page.inspect_selected_flag()
    assert ins.code == "DEMO-003" and ins.assignee == "临江新区" and page.tabs.currentWidget() is page.inspections
    view = page.inspections
    assert view.selected().id == ins.id and view.btn_finding.isEnabled() and not view.btn_close.isEnabled()
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"jpeg")
    view.record_finding((False, "除尘风机停运", [str(photo)]))
    assert view.model.index(0, 5).data() == "违规待整改" and view.btn_cons.isEnabled()
    view.consequences((True, True))
    assert {e.code: e.grade for e in ledger.entries(db)}["DEMO-003"] == "C"
    assert not exemptions.list_exemptions(db)[0].active
    view.record_rectification(("风机已修复", []))
    view.close_selected("复查合格")
    assert view.model.index(0, 5).data() == "已结案" and "结案" in view.model.index(0, 8).data()
    qtmodeltester.check(view.model)
    view.spot_check(("DEMO-005", "余东镇", "例行抽查"))
    assert view.model.rowCount() == 2 and view.model.index(0, 3).data() == "抽查"
    assert not shown[1:]


def test_inspection_dialogs_gather_values(qtbot, db, catalog):
    from console.measures import ledger
    from widgets.reductions.inspection_dialogs import (
        ConsequencesDialog,
        NotesDialog,
        SpotCheckDialog,
    )

    page_db = db
    admin = admin_of(page_db)
    demo.load_demo(page_db, admin)
    firms = ledger.entries(page_db)
    d = SpotCheckDialog(firms, ["三星镇", "常乐镇", "生态环境局"])
    qtbot.addWidget(d)
    d.firm.setCurrentIndex([e.code for e in firms].index("DEMO-006"))
    d.reason.setPlainText("抽查")
    assert d.values() == ("DEMO-006", "常乐镇", "抽查")  # the firm's town is proposed
    n = NotesDialog("记录核查结果", True, None, datetime(2016, 12, 25, 9, 0, tzinfo=TZ))
    qtbot.addWidget(n)
    assert n.deadline() is None and not n.rectify_by.isEnabled()   # compliant: no deadline
    n.violation.setChecked(True)
    assert n.rectify_by.isEnabled() and n.deadline() == datetime(2016, 12, 25, 9, 0, tzinfo=TZ)
    n.notes.setPlainText("停运")
    n.files.addItem("/tmp/a.jpg")
    assert n.values() == (False, "停运", ["/tmp/a.jpg"])
    c = ConsequencesDialog("演示", False, "D", None)
    qtbot.addWidget(c)
    assert c.values() == (False, False) and not c.revoke.isEnabled() and not c.downgrade.isEnabled()


def test_notices_when_a_level_takes_effect_with_receipts(page, db, tmp_path, qtmodeltester, monkeypatch):
    from datetime import timedelta

    from console import episodes as E
    from console.admin import accounts

    shown = []
    monkeypatch.setattr(page.notices, "_error", shown.append)
    admin = admin_of(db)
    page.set_actor(admin)
    page.load_demo()
    view = page.notices
    assert not view.btn_send.isEnabled() and "尚无通知" in view.summary.text()
    for name, role in (("duty", "duty_officer"), ("head", "bureau_head")):
        accounts.create_user(db, admin, name, name, [role], "pw123456")
    duty = accounts.authenticate(db, "duty", "pw123456")
    p = E.propose(db, duty, "start", "orange", ["橙色：预测依据"], "海门区全域", db.clock.now(), "",
                  assessed_level="orange")
    E.sign(db, p.id, "head", "pw123456", "bureau_head", "approve", p.content_hash)
    page.refresh()
    assert view.btn_send.isEnabled()
    rid = view.send()
    assert rid is not None and view.model.rowCount() == 6
    qtmodeltester.check(view.model)
    assert "限产40%" in view.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert view.model.index(0, 2).data().startswith("等待中")
    view.view.selectRow(0)
    view.record("ack")
    view.view.selectRow(0)
    view.record("report", "已限产 40%")
    db.clock.advance(timedelta(hours=25))
    view.refresh()
    assert "已确认" in view.model.index(0, 2).data() and view.model.index(0, 4).data() == "已限产 40%"
    assert view.model.index(1, 2).data().startswith("已逾期")
    assert view.model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "逾期 10 项" in view.summary.text()
    sms = view.export("sms", tmp_path / "sms.csv")
    assert sms.read_text("utf-8-sig").startswith("手机号码,短信内容")
    assert view.export("print", tmp_path / "n.html").exists()
    assert not shown


def test_daily_report_tab_sends_and_exports(page, db, tmp_path):
    page.set_actor(admin_of(db))
    page.load_demo()
    view = page.daily
    rows = {view.model.index(r, 0).data(): view.model.index(r, 1).data() for r in range(view.model.rowCount())}
    assert rows["用电核查企业（家）"] == "6" and view.btn_send.isEnabled()
    rid = view.send()
    assert rid is not None and view.which.currentData() == rid and not view.btn_send.isEnabled()
    assert view.export("xlsx", tmp_path / "r.xlsx").exists()
    pdf = tmp_path / "r.pdf"
    view.export("pdf", pdf)
    assert pdf.read_bytes()[:4] == b"%PDF"


def test_main_window_builds_the_page_on_first_open_with_the_logged_in_actor(qtbot, db, catalog, tmp_path):
    from PySide6.QtCore import QSettings

    from widgets.main_window import MainWindow

    w = MainWindow(db, catalog, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.remember_state = False
    admin = admin_of(db)
    w.set_current_user(admin)
    assert w.pages.built("reductions") is None
    w.show_section("reductions")
    assert w.reductions.actor is admin and w.stack.currentWidget() is w.reductions
    run = w.reductions.load_demo()
    w.apply_changes(db.last_changes)
    assert run is not None and w.reductions.run_combo.count() == 1
