"""The 演练 page: a scenario at 600×, driven by pause + step (never by waiting on real time); trainee mode with
the live pages embedded on the drill store."""
from datetime import timedelta

import pytest

from console import drills
from widgets.measures.board_model import STATUS_ROLE
from widgets.drills.drills_page import DrillsPage
from tests.helpers import actor_of

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # dialogs opened with open() on offscreen/xvfb


def _ready(qtbot, page):
    """The drill database is created on the page's worker: wait until the drill runs."""
    qtbot.waitUntil(lambda: page.runner is not None and not page.busy, timeout=60_000)


def _settle(qtbot, page):
    """Wait until the worker has done what the last tick asked (advance, score) and the page shows it."""
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)


def _score(qtbot, page):
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.stop_and_score()


def test_drill_page_runs_a_scenario_by_stepping(qtbot, catalog, tmp_path):
    page = DrillsPage(catalog, out_dir=tmp_path)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    assert "演练 DRILL" in page.drill_bar.text()
    assert page.banner.drill_label.isVisibleTo(page) and page.banner.drill_label.text() == "演练 DRILL"
    assert page.watermark.isVisibleTo(page)
    assert page.start("full_cycle", speed=600)
    assert page.clock.speed == 600 and page.speed_buttons[600].isChecked()
    page.pause()
    assert page.clock.paused and page.pause_button.text() == "继续"
    _ready(qtbot, page)
    paused_at = page.clock.now()
    page.tick()
    _settle(qtbot, page)
    assert page.clock.now() == paused_at  # paused: nothing moves on its own
    page.step_hours(1)
    _settle(qtbot, page)
    assert (page.clock.now() - paused_at).total_seconds() == 3600
    assert page.log_list.count() > 2
    assert page.runner.path.parent == tmp_path
    with qtbot.waitSignal(page.finished, timeout=60_000) as blocker:
        for _ in range(200):
            if page.result:
                break
            page.step_hours(1)
            _settle(qtbot, page)
    result = blocker.args[0]
    assert result.score.total == drills.run("full_cycle", out_dir=tmp_path / "headless").score.total
    assert "100" in page.score_label.text() and page.export_button.isEnabled()
    op = page.export_pdf(tmp_path / "report.pdf")
    qtbot.waitUntil(lambda: not op.running, timeout=60_000)
    pdf = op.result
    assert pdf.read_bytes()[:4] == b"%PDF" and pdf.stat().st_size > 10_000
    _has_the_reports_pages(pdf)
    page.shutdown()


def _has_the_reports_pages(pdf):
    """The report's sections in the PDF's text, over several pages, each page marked 演练 DRILL."""
    import shutil
    import subprocess

    if not shutil.which("pdftotext"):
        pytest.skip("needs pdftotext (poppler-utils)")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")
    assert len(pages) >= 3, len(pages)
    assert all("演练 DRILL" in p for p in pages)
    for heading in ("事后评估报告", "扣分明细", "响应时效", "措施落实", "过程时间线", "演练事件记录", "评分办法"):
        assert heading in text, heading


def test_a_played_through_drills_report_is_painted_in_a_child_process(qtbot, catalog, tmp_path, monkeypatch):
    """Issue 12.5: a full report (6 watermarked pages: one long Qt call after another that holds the GIL) is laid
    out in a child process (main.py --render-pdf); the worker only waits for it. The PDF has the report's pages."""
    from widgets.common import pdf_process

    calls = []
    real = pdf_process.render_elsewhere
    monkeypatch.setattr(pdf_process, "render_elsewhere", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    page = DrillsPage(catalog, out_dir=tmp_path)
    qtbot.addWidget(page)
    assert page.start("full_cycle", speed=600)
    page.pause()
    _ready(qtbot, page)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        for _ in range(200):
            if page.result:
                break
            page.step_hours(1)
            _settle(qtbot, page)
    op = page.export_pdf(tmp_path / "report.pdf")
    qtbot.waitUntil(lambda: not op.running, timeout=60_000)
    assert calls == ["html"]
    _has_the_reports_pages(op.result)
    page.shutdown()


def test_drill_work_and_its_report_run_off_the_gui_thread(qtbot, catalog, tmp_path, monkeypatch):
    """Issue 12.5: creating the drill database, advancing it, scoring and painting the report PDF happen on the
    page's worker thread; the GUI thread reads the drill database through its own connection."""
    import threading

    from console.drills import runner as runner_mod
    from widgets.drills import drill_report_pdf

    gui, threads = threading.current_thread(), {}

    def spy(name, fn):
        def wrapped(*a, **k):
            threads.setdefault(name, threading.current_thread())
            return fn(*a, **k)
        return wrapped

    monkeypatch.setattr(runner_mod, "create_drill_db", spy("create", runner_mod.create_drill_db))
    monkeypatch.setattr(runner_mod.DrillRunner, "advance", spy("advance", runner_mod.DrillRunner.advance))
    monkeypatch.setattr(drills, "finish", spy("finish", drills.finish))
    monkeypatch.setattr(drill_report_pdf, "html_to_pdf", spy("pdf", drill_report_pdf.html_to_pdf))
    page = DrillsPage(catalog, out_dir=tmp_path)
    qtbot.addWidget(page)
    assert page.start("full_cycle", speed=600)
    assert page.runner is None and page.busy  # returns at once: the database is being created
    page.pause()
    _ready(qtbot, page)
    assert page.store is not None and page.store.path == page.runner.path
    page.step_hours(2)
    _settle(qtbot, page)
    _score(qtbot, page)
    op = page.export_pdf(tmp_path / "report.pdf")
    qtbot.waitUntil(lambda: not op.running, timeout=60_000)
    assert op.result.read_bytes()[:4] == b"%PDF"
    assert set(threads) == {"create", "advance", "finish", "pdf"}
    assert all(t is not gui for t in threads.values()), threads
    page.shutdown()


def test_speed_buttons_change_the_clock(qtbot, catalog, tmp_path):
    page = DrillsPage(catalog, out_dir=tmp_path)
    qtbot.addWidget(page)
    page.start("beijing_2015_12", speed=60)
    page.speed_buttons[3600].click()
    assert page.clock.speed == 3600
    page.toggle_pause()
    assert page.clock.paused
    _ready(qtbot, page)
    _score(qtbot, page)
    assert page.result is not None and not page.step_button.isEnabled()
    page.shutdown()


# ---- 学员自行处置: trainees answer on the live pages embedded on the drill store --------------------------------
def _drive(page, *fillers):
    """Run the embedded WarningsPage's next dialogs through `fillers`, pressing OK as a user does."""
    seen, queue = [], list(fillers)

    def run(dialog):
        seen.append(dialog)
        queue.pop(0)(dialog)
        dialog._try_accept()
        return dialog.result()

    page.run_dialog = run
    return seen


def _step(qtbot, page, minutes):
    page.clock.step(timedelta(minutes=minutes))
    page.tick()
    _settle(qtbot, page)


def test_trainees_respond_through_the_embedded_pages_and_are_scored(qtbot, catalog, tmp_path):
    from console.common import paths
    page = DrillsPage(catalog, out_dir=tmp_path)
    qtbot.addWidget(page)
    page.resize(1500, 950)
    page.auto_box.setChecked(True)
    page.trainee_box.setChecked(True)
    assert not page.auto_box.isChecked() and page.speed_buttons[60].isChecked()
    assert [page.tabs.tabText(i) for i in range(3)] == ["演练控制", "预警与审签（演练）", "响应任务（演练）"]
    assert page.start("full_cycle")
    page.pause()
    start = page.clock.now().replace(microsecond=0)  # seconds after the start: the clock ran while starting
    _ready(qtbot, page)
    w = page.warnings  # built at once for the trainees; the board when its tab is first shown
    assert page.board is None
    page.tabs.setCurrentIndex(2)
    b = page.board
    page.tabs.setCurrentIndex(0)
    # the live pages, on the DRILL database (the page's own connection) with the drill's clock, marked as a drill
    assert w.store is page.store and b.store is page.store and page.store is not page.runner.store
    assert w.store.path == page.runner.path != paths.default_db_path() and w.store.clock.base is page.clock
    assert not w.locked and w.current_user == "duty"
    for user, pw in (("leader", "drill-leader"), ("deputy", "drill-deputy"), ("duty", "drill-duty")):
        assert user in page.accounts_label.text() and pw in page.accounts_label.text()
    assert "区政府领导" in page.accounts_label.text() and "学员自行处置" in page.state_label.text()
    assert all("drill-leader" in strip.text() and not strip.isHidden() for strip in page.account_strips)
    page.tick()  # +0h: the forecast reaches yellow, the 3-hour clock runs; no scripted response follows
    _settle(qtbot, page)
    page.tabs.setCurrentIndex(1)
    assert w.banner.drill_label.isVisibleTo(w) and page.watermark.isVisibleTo(page)
    assert w.next_key == "propose_start" and "学员下一步：拟定黄色预警提案" in page.state_label.text()
    # +1h the duty officer proposes, +1h30 the deputy head signs: yellow in force
    _step(qtbot, page, 60)
    seen = _drive(w, lambda d: d.operator.set_user("duty", "drill-duty"))
    w.do_next()
    (prop,) = seen
    assert prop.windowTitle().startswith("【演练 DRILL】") and prop.drill_watermark is not None
    assert prop.proposal.created_at == start + timedelta(hours=1)
    _step(qtbot, page, 30)
    seen = _drive(w, lambda d: d.fill("deputy", "drill-deputy"))
    w.do_next()
    (sign,) = seen
    assert sign.sign_result.completed and w.banner.level == "yellow" and w.next_key == "publish"
    # +2h a publication without the primary pollutant is refused (and costs accuracy), then the right one
    _step(qtbot, page, 30)

    def bulletin(pollutant):
        def fill(d):
            d.degree.setText("重度污染")
            d.area.setText("海门区全域")
            d.pollutant.setText(pollutant)
            d.operator.set_user("duty", "drill-duty")
        return fill

    seen = _drive(w, bulletin(""), bulletin("PM2.5"))
    w.open_publish()
    (refused,) = seen
    assert not refused.error.isHidden() and getattr(refused, "publication", None) is None
    w.do_next()
    ok = seen[1]
    assert ok.publication.identifier.startswith("DRILL-") and ok.publication.sent == start + timedelta(hours=2)
    # a wrong password is not a refused publication
    _drive(w, lambda d: (bulletin("PM2.5")(d), d.operator.set_user("duty", "wrong-pass")))
    w.open_publish()
    # +2h30 on the embedded board the duty officer ticks off one measure on behalf of its unit
    _step(qtbot, page, 30)
    page.tabs.setCurrentIndex(2)
    assert b.table.isVisibleTo(b) and b.btn_check.isEnabled()
    task = next(i for i in range(b.proxy.rowCount()) if b.proxy.index(i, 0).data(STATUS_ROLE).recurring_kind is None)
    b.table.selectRow(task)
    unit, task_id = b.selected_task().unit, b.selected_task().task_id
    dlg = b.open_action_dialog()
    assert dlg.windowTitle().startswith("【演练 DRILL】")
    dlg.on_behalf.setChecked(True)
    dlg.user.setCurrentIndex(dlg.user.findData("duty"))
    dlg.password.setText("drill-duty")
    with qtbot.waitSignal(b.changed):
        dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
    assert next(r.state for r in b.model.rows if r.task_id == task_id) == "done"
    _settle(qtbot, page)  # the runner copies trainee actions into the log on its worker
    texts = [page.log_list.item(i).text() for i in range(page.log_list.count())]
    assert any("【学员】演练-值班员 提议 #1：启动黄色预警" in t for t in texts)
    assert any("【学员】演练-分管副局长 批准 #1" in t for t in texts)
    assert any("演练-值班员 发布未成功" in t and "首要污染物" in t for t in texts)
    assert any(f"【学员】演练-值班员 确认完成：{unit}" in t for t in texts)
    assert not any("【学员】" in t and "wrong" in t for t in texts)
    # end and score: what the trainees did is what is scored
    _score(qtbot, page)
    s = page.result.score
    (yellow,) = [st for st in s.stages if st.level == "yellow"]
    assert yellow.status == "met" and yellow.proposal_at == start + timedelta(hours=1)
    assert yellow.published_at == start + timedelta(hours=2)
    acc = {c.key: c for c in s.criteria}["accuracy"]
    refusals = [d for d in acc.deductions if "发布被拒" in d.reason]
    assert len(refusals) == 1 and "首要污染物" in refusals[0].reason
    assert not any("提议" in d.reason and "未进行" not in d.reason for d in acc.deductions)  # yellow was right
    units = {u["unit"]: u for u in s.units}
    assert units[unit]["done"] >= 1
    # over: the embedded pages are read-only, the clock stands still
    assert w.locked and not w.next_button.isEnabled() and not w.buttons["notice"].isEnabled()
    assert w.open_notice() is False and b.open_temperature_dialog() is None
    assert page.clock.paused
    assert page.runner.store.path.parent == tmp_path
    page.shutdown()
    assert page.warnings is None and page.board is None


def test_scripted_drill_shows_read_only_embedded_pages(qtbot, catalog, tmp_path):
    page = DrillsPage(catalog, out_dir=tmp_path)
    qtbot.addWidget(page)
    page.start("full_cycle", speed=600)
    page.pause()
    _ready(qtbot, page)
    page.step_hours(3)
    _settle(qtbot, page)
    page.tabs.setCurrentIndex(1)  # the page in view follows the drill
    w = page.warnings
    assert w.locked and not w.next_button.isEnabled() and "只读" in w.next_hint.text()
    assert w.banner.level == "yellow" and w.banner.drill_label.isVisibleTo(w)  # the script signed yellow
    assert "按场景脚本应对" in page.state_label.text()
    page.tabs.setCurrentIndex(2)
    assert page.board.table.isVisibleTo(page.board) and not page.board.btn_check.isEnabled()
    page.shutdown()


def test_score_panel_shows_every_row_without_scrolling_at_1366x768(qtbot, catalog, tmp_path):
    """Issue 14.15: the total and every criterion stay in view (not inside the scrolled deductions list), and
    the page fits 1366×768 once scored; screenshot looked at (the accounts box gives way to the score)."""
    from PySide6.QtWidgets import QScrollArea

    page = DrillsPage(catalog, out_dir=tmp_path)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.trainee_box.setChecked(True)
    assert page.start("full_cycle", speed=600)
    page.pause()
    _ready(qtbot, page)
    for _ in range(30):
        page.step_hours(1)
        _settle(qtbot, page)
    _score(qtbot, page)
    text = page.score_label.text()
    assert all(c.name in text for c in page.result.score.criteria) and "/ 100" in text
    parent = page.score_label.parentWidget()
    while parent is not None:
        assert not isinstance(parent, QScrollArea)
        parent = parent.parentWidget()
    assert page.deductions_scroll.isVisible() and "应启动而未启动" in page.deductions_label.text()
    assert page.accounts_label.isHidden()
    # the layout settles (the score and state boxes were refilled by queued results) within the height
    qtbot.waitUntil(lambda: page.minimumSizeHint().height() <= 700, timeout=5_000)
    assert page.score_label.visibleRegion().boundingRect().height() == page.score_label.height()
    page.shutdown()


def test_drill_notification_click_opens_the_drill_sign_dialog(qtbot, catalog, tmp_path):
    """Issue 19.11 with 19.3: clicking a drill sign-off notification shows the drill page and opens the sign
    dialog on the drill's own 预警与审签 page (never the live one)."""
    from PySide6.QtWidgets import QDialog

    from console import episodes as E
    from widgets.warnings.sign_dialog import SignDialog

    page = DrillsPage(catalog, out_dir=tmp_path)
    qtbot.addWidget(page)
    page.trainee_box.setChecked(True)
    page.desktop.box.setChecked(False)  # the click path only; the desktop itself: test_notifications_daemon
    assert page.start("full_cycle")
    page.pause()
    _ready(qtbot, page)
    store = page.store
    p = E.propose(store, actor_of(store, "duty"), "start", "yellow", ["黄色：预测"], "海门区全域", page.clock.now(),
                  assessed_level="yellow")
    key = E.pending_signatures(store)[0].key
    opened = []
    page.warnings.run_dialog = lambda d: opened.append(d) or QDialog.DialogCode.Rejected
    with qtbot.waitSignal(page.activate_requested, timeout=5_000):
        page.desktop.clicked.emit(key, "default")
    assert isinstance(opened[0], SignDialog) and opened[0].pending.proposal.id == p.id
    assert opened[0].store is store and page.tabs.currentWidget() is page.warnings_host
    page.shutdown()


def test_the_window_builds_the_page_in_steps_and_a_start_finishes_them(qtbot, store, catalog, tmp_path):
    """Issue 12.5: opened from the main window, the page shows its drill bar, clock and tabs at once and builds the
    rest of its controls on the next event-loop turns; a call that needs them (start) builds the rest first."""
    from PySide6.QtCore import QSettings

    from widgets.main_window import MainWindow

    w = MainWindow(store, catalog, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(w.isVisible)  # (the window itself appears once its home page is read)
    w.show_section("drills")
    page = w.drills
    assert page.building and page.tabs.count() == 1 and not hasattr(page, "start_button")
    assert page.drill_bar.isVisible() and page.watermark.isVisible() and not page.pause_button.isEnabled()
    qtbot.waitUntil(lambda: not page.building)
    assert page.tabs.count() == 3 and page.start_button.isVisible() and page.log_list.isVisible()
    assert page.scenario_combo.count() == len(page.scenarios) + 1 and "模拟" in page.description.text()
    assert page.watermark.isVisible()
    # built alone (not in steps) the page is whole at once; in steps, start() needs no wait
    other = DrillsPage(catalog, out_dir=tmp_path, in_steps=True)
    qtbot.addWidget(other)
    assert other.building
    assert other.start("full_cycle", speed=600) and not other.building
    other.pause()
    _ready(qtbot, other)
    assert other.log_list.count() > 0
    other.shutdown()
    alone = DrillsPage(catalog, out_dir=tmp_path)
    qtbot.addWidget(alone)
    assert not alone.building and alone.tabs.count() == 3
