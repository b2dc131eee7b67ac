"""演练 page: pick a scenario, start it on its own drill database, drive the simulated clock (1×/60×/600×/3600×,
pause, step +1 h), watch the drill's state and event log, and at the end see the score and export the
after-action report as PDF. Everything here is blue-grey and watermarked "演练 DRILL": it cannot be taken for
the live console. The page never receives the live Store.

Threads (issue 12.5): the runner works on the page's worker (widgets.drills.drill_worker: creating the database,
advancing, copying trainee actions into the log, scoring, the report PDF — one call at a time); start(), tick() and
finish() return at once and the results come back as queued signals (`started`, `advanced`, `finished`). The page
and its embedded pages read and write the drill database through `store`, a connection of the GUI thread's own.

Tabs: 演练控制 (scenario, mode, log, state, accounts, score) | 预警与审签（演练） | 响应任务（演练）. The two last are
the live WarningsPage and BoardPage built on the drill store (widgets.drill_pages). With 学员自行处置 the runner
applies only the scenario's situation (forecasts, observations, upper notices, faults) and the trainees do the
rest on those pages with the scenario's accounts; otherwise the pages are read-only views of the drill."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QWidget,
)

from console import drills
from console.app import ConsoleApp
from console import episodes as E
from console.common.clock import SimClock
from console.common.errors import UserError
from console.plan.catalog import Catalog
from console.store.db import Store
from widgets.common import style
from widgets.common.drill_watermark import DrillWatermark
from widgets.common.follow import Steps
from widgets.common.i18n import lang, scenario_description, user_text
from widgets.common.timers import GuardedTimer
from widgets.drills.drill_embedded import EmbeddedPages
from widgets.drills.drill_pages import participants_html, participants_key, participants_line
from widgets.drills.drill_views import log_item, score_html, state_html
from widgets.drills.drill_worker import DrillWorker
from widgets.drills.drills_ui import setup_steps

TICK_MS = 250
TRAINEE_SPEED = 60  # 1 real minute = 1 simulated hour: time for a trainee to fill a dialog


class DrillsPage(EmbeddedPages, QWidget):
    finished = Signal(object)  # drills.Result
    activate_requested = Signal()  # a drill notification was clicked: show this page
    started = Signal()  # the drill database is ready and the drill runs
    advanced = Signal()  # the drill caught up with its clock (one tick's work done on the worker)

    def __init__(self, catalog: Catalog, parent=None, *, out_dir: Path | None = None, app: ConsoleApp | None = None,
                 in_steps: bool = False):
        super().__init__(parent)
        self.catalog = catalog
        self.out_dir = out_dir
        # the seat's facade starts drills (a page on its own has one without a seat database: drills only)
        self.app = app if app is not None else ConsoleApp(None, catalog)
        self.runner: "drills.DrillRunner | None" = None  # used only on the worker thread, one call at a time
        self.store: Store | None = None  # the GUI thread's own connection to the drill database
        self.worker = DrillWorker(self)
        self.result: drills.Result | None = None
        self._clock: SimClock | None = None
        self._generation = 0  # a start or shutdown makes results of an earlier drill's work void
        self._finishing = self._tick_again = False
        self._next_event = None
        self._shown = 0  # runner.log entries already in the event log list
        self.setObjectName("drillsPage")
        self.setStyleSheet(f"QWidget#drillsPage {{ background: {style.D.page_bg}; }}")
        self.warnings = None  # the embedded DrillWarningsPage / DrillBoardPage, once built (drill_embedded)
        self.board = None
        self._accounts_key = None  # the participants' account states shown (re-rendered when one changes)
        self.timer = GuardedTimer(self, TICK_MS, self.tick)  # runs while the drill's database is open
        # in_steps (the main window): the drill bar, the clock and the tabs now, the rest of the control tab and the
        # embedded pages' hosts on the next event-loop turns; whatever needs them first builds the rest at once
        self._build = Steps(self)
        parts = setup_steps(self)
        next(parts)
        if in_steps:
            self._build.start(parts)
        else:
            for _ in parts:
                pass
        self._update_controls()
        self.watermark = DrillWatermark(self)

    @property
    def building(self) -> bool:
        """Parts of the page are still to be built (on the next event-loop turns)."""
        return self._build.running

    def ensure_built(self) -> None:
        """Every widget of the page (those not yet built in steps, now)."""
        self._build.finish()

    # ---- scenario and start ------------------------------------------------------------------------
    def _show_description(self) -> None:
        i = self.scenario_combo.currentIndex()
        if 0 <= i < len(self.scenarios):
            sc = self.scenarios[i]
            self.description.setText(self.tr("{0}  （模拟 {1} 至 {2}）").format(
                scenario_description(sc), f"{sc.start:%Y-%m-%d %H:%M}", f"{sc.end:%m-%d %H:%M}"))
        else:
            self.description.setText(self.tr("选择一个按 data/scenarios/README.md 格式编写的场景文件。"))

    def start(self, scenario: str | Path | None = None, speed: int | None = None) -> bool:
        """Start the simulated clock and create the drill database on the worker; `started` is emitted once the
        drill is ready. Returns False if nothing was started."""
        self.ensure_built()
        if scenario is None:
            scenario = self.scenario_combo.currentData()
            if scenario == "__file__":
                path, _ = QFileDialog.getOpenFileName(self, self.tr("打开演练场景"), "", "JSON (*.json)")
                if not path:
                    return False
                scenario = path
        try:
            sc = drills.load(scenario)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("场景文件有误"), user_text(exc))
            return False
        self.shutdown()
        speed = speed or self.speed_group.checkedId()
        if speed in self.speed_buttons:
            self.speed_buttons[speed].setChecked(True)
        i = self.scenario_combo.findData(sc.name)
        if i >= 0 and self.scenarios[i].path == sc.path:
            self.scenario_combo.setCurrentIndex(i)
        trainees = self.trainee_box.isChecked()
        auto = self.auto_box.isChecked() and not trainees
        self._clock = SimClock(sc.start, speed)
        self.result = None
        self.log_list.clear()
        self.score_label.setText(self.tr("演练进行中…"))
        self.state_label.setText(self.tr("正在建立演练数据库…"))
        self.deductions_scroll.hide()
        for w in (self.accounts_title, self.accounts_label, self.accounts_scroll):
            w.show()
        self.export_button.setEnabled(False)
        self.start_button.setEnabled(False)
        self._shown = 0
        self._update_controls()
        gen, base, out_dir = self._generation, self._clock, self.out_dir
        start = self.app.start_drill
        self.worker.submit(lambda: start(sc, base, out_dir=out_dir, auto=auto, trainees=trainees).value,
                           on_done=lambda runner: self._started(gen, runner),
                           on_error=lambda exc: self._start_failed(gen, exc))
        return True

    def _started(self, gen: int, runner: "drills.DrillRunner") -> None:
        self.start_button.setEnabled(True)
        if gen != self._generation:  # shut down (or restarted) while it was being created
            self.worker.submit(runner.close)
            return
        self.runner = runner
        self.store = Store(runner.path, drills.DrillClock(self._clock))  # the GUI's own connection
        self.desktop.attach(runner)
        self._next_event = runner.next_event_at()
        self._append_new(len(runner.log))
        self._embed()
        self._accounts_key = None  # refresh() below shows the accounts
        self.timer.start()
        self.refresh()
        self.started.emit()

    def _start_failed(self, gen: int, exc: BaseException) -> None:
        self.start_button.setEnabled(True)
        if gen != self._generation:
            return
        self._clock = None
        self.state_label.setText(self.tr("演练未能开始。"))
        self._update_controls()
        QMessageBox.warning(self, self.tr("演练未能开始"), user_text(exc))

    def _notification_clicked(self, item_key: str, _action: str) -> None:
        """A drill notification clicked: the console forward at this page; a sign-off opens its sign dialog on
        the drill's own 预警与审签 page."""
        self.ensure_built()
        win = self.window()
        win.showNormal()
        win.raise_()
        win.activateWindow()
        self.activate_requested.emit()
        if self.runner is None or not item_key.startswith("signoff:"):
            return
        from console.alerts import deadlines

        pid = deadlines.proposal_of(self.store, item_key)
        self.tabs.setCurrentWidget(self.warnings_host)  # builds the page if it was not yet
        if pid is not None and self.trainees:
            self.warnings.open_sign(pid)

    def _trainee_toggled(self, on: bool) -> None:
        self.desktop.box.setChecked(on)  # on by default in trainee mode
        if on:
            self.auto_box.setChecked(False)
            if self.speed_group.checkedId() > TRAINEE_SPEED:
                self.speed_buttons[TRAINEE_SPEED].setChecked(True)

    @property
    def trainees(self) -> bool:
        return bool(self.runner and self.runner.trainees)

    @property
    def busy(self) -> bool:
        """The worker has drill work in hand (creating, advancing, scoring, writing the report)."""
        return self.worker.busy

    # ---- clock ---------------------------------------------------------------------------------------
    @property
    def clock(self) -> SimClock | None:
        return self._clock

    def set_speed(self, speed: int) -> None:
        if self.clock:
            self.clock.set_speed(speed)
        self.refresh()

    def toggle_pause(self) -> None:
        if not self.clock:
            return
        if self.clock.paused:
            self.clock.resume()
        else:
            self.clock.pause()
        self.refresh()

    def pause(self) -> None:
        if self.clock and not self.clock.paused:
            self.clock.pause()
            self.refresh()

    def step_hours(self, hours: float = 1) -> None:
        if not self.clock or self.result or self._finishing:
            return
        self.clock.step(timedelta(hours=hours))
        self.tick()

    def tick(self) -> None:
        """Advance the drill to the simulated clock, on the worker (a tick while it is busy is taken up after)."""
        if not self.runner or self.result or self._finishing:
            return
        if self.worker.busy:
            self._tick_again = True
            return
        self._tick_again = False
        runner, now = self.runner, self.clock.now()

        def work():
            runner.advance(now)
            return len(runner.log), runner.finished, runner.next_event_at()

        self.worker.submit(work, on_done=lambda res: self._advanced(runner, *res))

    def _advanced(self, runner, n: int, finished: bool, next_event) -> None:
        if runner is not self.runner:
            return
        self._next_event = next_event
        self._append_new(n)
        modal = QApplication.activeModalWidget() is not None
        if finished and not modal and not self.result and not self._finishing:
            self.finish()  # a trainee's open dialog is finished before the drill is
        if not modal:
            self._refresh_embedded()
        self.refresh()
        self.advanced.emit()
        if self._tick_again:
            self.tick()

    def stop_and_score(self) -> None:
        if self.runner and not self.result and not self._finishing:
            self.finish()
            self.refresh()

    def finish(self) -> None:
        """Stop the clock and score the drill on the worker; `finished` carries the result."""
        self.timer.stop()
        if not self.clock.paused:
            self.clock.pause()  # the embedded pages read the drill clock: it stops with the drill
        for page in (self.warnings, self.board):
            if page is not None:
                page.set_locked(True)
        self._finishing = True
        runner = self.runner

        def work():
            runner.journal()
            return drills.finish(runner)

        self.worker.submit(work, on_done=lambda result: self._scored(runner, result))

    def _scored(self, runner, result: drills.Result) -> None:
        if runner is not self.runner:
            return
        self._finishing = False
        self.result = result
        self._append_new(len(result.log))
        self._show_score(result)
        self.export_button.setEnabled(True)
        self.refresh()
        self.finished.emit(result)

    def shutdown(self) -> None:
        """Stop and close the current drill's database (a new start, or the window closing)."""
        self.ensure_built()
        self.timer.stop()
        self._generation += 1
        self._unembed()
        for stack, strip in zip(self.stacks, self.account_strips):
            stack.setCurrentIndex(0)
            strip.hide()
        runner, store = self.runner, self.store
        self.runner = self.store = None
        self._clock = None
        self._finishing = self._tick_again = False
        if store is not None:
            store.close()
        if runner is not None:
            runner.desktop = None
            self.worker.submit(runner.close)  # after whatever it is still doing
        self.desktop.close()
        self._update_controls()

    # ---- views ---------------------------------------------------------------------------------------
    def _append_new(self, n: int) -> None:
        """Show the runner's log entries not shown yet, up to entry n (what the worker reported)."""
        entries = self.runner.log[self._shown:n]
        for e in entries:
            self.log_list.addItem(log_item(e))
        self._shown += len(entries)
        if entries:
            self.log_list.scrollToBottom()

    def _update_controls(self) -> None:
        running = self._clock is not None and self.result is None and not self._finishing
        for w in (*self.speed_buttons.values(), self.pause_button, self.step_button, self.stop_button):
            w.setEnabled(running)
        self.pause_button.setText(self.tr("继续") if self.clock and self.clock.paused else self.tr("暂停"))

    def refresh(self) -> None:
        self.ensure_built()
        self._update_controls()
        if not self.runner or self.store is None:
            return
        runner = self.runner
        # as drills.finish scores it: the scenario's end once played through, else where the clock stopped
        now = runner.scenario.end if self.result and runner.finished else self.clock.now()
        state = self.tr("已暂停") if self.clock.paused else f"{self.clock.speed:g}×"
        if self.result:
            state = self.tr("已结束")
        self.time_label.setText(self.tr("模拟时间：{0}（{1}）").format(f"{now:%Y-%m-%d %H:%M}", state))
        level, since = E.level_in_force(self.store, now)
        self.banner.set_state(level, since, now, drill=True)
        next_step = (self.warnings.next_button.text() if self.trainees and self.warnings is not None else None)
        self.state_label.setText(state_html(runner, self.store, now, state=state, finished=bool(self.result),
                                            next_event=self._next_event, next_step=next_step))
        key = participants_key(runner, self.store)
        if key != self._accounts_key:  # the first time, or an account suspended (a fault) or restored since
            self._accounts_key = key
            self.accounts_label.setText(participants_html(runner, self.store))
            if self.trainees:
                for strip in self.account_strips:
                    strip.setText(participants_line(runner, self.store))

    def _show_score(self, r: drills.Result) -> None:
        score, deductions = score_html(r.score)
        self.score_label.setText(score)
        self.deductions_label.setText(deductions)
        self.deductions_scroll.show()
        for w in (self.accounts_title, self.accounts_label, self.accounts_scroll):  # nothing left to sign
            w.hide()

    # ---- export ---------------------------------------------------------------------------------------
    def export_pdf(self, path: str | Path | None = None):
        """Write the after-action report as PDF on the worker (HTML from the drill database, painted by
        QTextDocument on a QPdfWriter there). Returns the op (its result is the path), or None."""
        if not self.result:
            return None
        if path is None:
            default = str(self.runner.path.with_suffix(".report.pdf"))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出演练报告（PDF）"), default, "PDF (*.pdf)")
            if not path:
                return None
        from widgets.drills.drill_report_pdf import html_to_pdf
        from widgets.warnings.words import timeline_text

        runner, score, language = self.runner, self.result.score, lang()

        def work():
            with runner.clock.pinned(runner.scenario.end):
                html = drills.report_html(runner.store, runner.scenario, score, runner.log, language, timeline_text)
            return html_to_pdf(html, path)

        def ended(exc: BaseException | None = None) -> None:
            self.export_button.setEnabled(self.result is not None)
            if exc is not None:
                QMessageBox.warning(self, self.tr("导出演练报告（PDF）"), user_text(exc))

        self.export_button.setEnabled(False)
        return self.worker.submit(work, on_done=lambda _p: ended(), on_error=ended)

    def closeEvent(self, event) -> None:
        self.shutdown()
        self.worker.drain()
        super().closeEvent(event)
