"""演练 page: pick a scenario, start it on its own drill database, drive the simulated clock (1×/60×/600×/3600×,
pause, step +1 h), watch the drill's state and event log, and at the end see the score and export the
after-action report as PDF. Everything here is blue-grey and watermarked "演练 DRILL": it cannot be taken for
the live console. The page never receives the live Store; the drill's runner owns the only store it uses."""
from __future__ import annotations

from datetime import timedelta
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QFileDialog, QFrame, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton, QSplitter, QVBoxLayout,
                               QWidget)
from PySide6.QtGui import QColor

from console import bulletin, drills, episodes as E
from console.catalog import Catalog
from console.clock import SimClock
from console.errors import UserError
from console.episodes_db import role_cn
from console.levels import level_cn
from widgets import style
from widgets.alert_banner import AlertBanner
from widgets.drill_watermark import DrillWatermark

DRILL_CSS = "rgb({0},{1},{2})".format(*style.DRILL_RGB)
TICK_MS = 250


class DrillsPage(QWidget):
    finished = Signal(object)  # drills.Result

    def __init__(self, catalog: Catalog, parent=None, *, out_dir: Path | None = None):
        super().__init__(parent)
        self.catalog = catalog
        self.out_dir = out_dir
        self.runner: drills.DrillRunner | None = None
        self.result: drills.Result | None = None
        self.setObjectName("drillsPage")
        self.setStyleSheet("QWidget#drillsPage { background: #eef1f3; }")
        lay = QVBoxLayout(self)
        lay.setSpacing(8)

        self.drill_bar = QLabel(self.tr("演练 DRILL — 演练环境：独立的演练数据库，不会发布真实预警"))
        self.drill_bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drill_bar.setStyleSheet(f"background: {DRILL_CSS}; color: white; font-size: 20pt; font-weight: bold;"
                                     "padding: 8px; border-radius: 6px;")
        lay.addWidget(self.drill_bar)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("演练场景：")))
        self.scenario_combo = QComboBox()
        self.scenario_combo.setMinimumWidth(420)
        self.scenarios = drills.builtins()
        for sc in self.scenarios:
            self.scenario_combo.addItem(sc.title, sc.name)
        self.scenario_combo.addItem(self.tr("从文件打开…"), "__file__")
        self.scenario_combo.currentIndexChanged.connect(self._show_description)
        row.addWidget(self.scenario_combo, 1)
        self.auto_box = QCheckBox(self.tr("自动应对（标准答案）"))
        self.auto_box.setToolTip(self.tr("不用场景脚本中的应对，由系统按预案自动提议、审签、发布"))
        row.addWidget(self.auto_box)
        self.start_button = QPushButton(self.tr("开始演练"))
        self.start_button.setStyleSheet(f"background: {DRILL_CSS}; color: white; font-weight: bold; padding: 8px 20px;")
        self.start_button.clicked.connect(lambda: self.start())
        row.addWidget(self.start_button)
        lay.addLayout(row)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setObjectName("hint")
        lay.addWidget(self.description)

        self.banner = AlertBanner(catalog)
        self.banner.set_state("none", None, None, drill=True)
        lay.addWidget(self.banner)

        clock_row = QHBoxLayout()
        self.time_label = QLabel(self.tr("模拟时间：—"))
        self.time_label.setStyleSheet(f"font-size: 17pt; font-weight: bold; color: {DRILL_CSS};")
        clock_row.addWidget(self.time_label)
        clock_row.addStretch(1)
        clock_row.addWidget(QLabel(self.tr("速度：")))
        self.speed_group = QButtonGroup(self)
        self.speed_buttons = {}
        for s in SimClock.SPEEDS:
            b = QPushButton(f"{s}×")
            b.setCheckable(True)
            b.setMinimumWidth(64)
            b.setStyleSheet(f"QPushButton:checked {{ background: {DRILL_CSS}; color: white; font-weight: bold; }}")
            self.speed_group.addButton(b, s)
            self.speed_buttons[s] = b
            clock_row.addWidget(b)
        self.speed_buttons[600].setChecked(True)
        self.speed_group.idClicked.connect(self.set_speed)
        self.pause_button = QPushButton(self.tr("暂停"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.step_button = QPushButton(self.tr("步进 +1小时"))
        self.step_button.clicked.connect(lambda: self.step_hours(1))
        self.stop_button = QPushButton(self.tr("结束并评分"))
        self.stop_button.clicked.connect(self.stop_and_score)
        for b in (self.pause_button, self.step_button, self.stop_button):
            clock_row.addWidget(b)
        lay.addLayout(clock_row)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QFrame()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("<b>演练事件记录</b>")))
        self.log_list = QListWidget()
        self.log_list.setWordWrap(True)
        self.log_list.setAlternatingRowColors(True)
        ll.addWidget(self.log_list)
        split.addWidget(left)
        right = QFrame()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(self.tr("<b>演练状态</b>")))
        self.state_label = QLabel(self.tr("尚未开始。选择场景后点击“开始演练”。"))
        self.state_label.setWordWrap(True)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.state_label.setTextFormat(Qt.TextFormat.RichText)
        self.state_label.setStyleSheet("background: white; border: 1px solid #b0bec5; padding: 8px; font-size: 11pt;")
        rl.addWidget(self.state_label, 1)
        rl.addWidget(QLabel(self.tr("<b>评分</b>")))
        self.score_label = QLabel(self.tr("演练结束后显示评分。"))
        self.score_label.setWordWrap(True)
        self.score_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.score_label.setTextFormat(Qt.TextFormat.RichText)
        self.score_label.setStyleSheet("background: white; border: 1px solid #b0bec5; padding: 8px; font-size: 11pt;")
        rl.addWidget(self.score_label, 1)
        self.export_button = QPushButton(self.tr("导出演练报告（PDF）"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(lambda: self.export_pdf())
        rl.addWidget(self.export_button)
        split.addWidget(right)
        split.setSizes([640, 480])
        lay.addWidget(split, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self._show_description()
        self._update_controls()
        self.watermark = DrillWatermark(self)

    # ---- scenario and start ------------------------------------------------------------------------
    def _show_description(self) -> None:
        i = self.scenario_combo.currentIndex()
        if 0 <= i < len(self.scenarios):
            sc = self.scenarios[i]
            self.description.setText(self.tr("{0}  （模拟 {1} 至 {2}）").format(
                sc.description, f"{sc.start:%Y-%m-%d %H:%M}", f"{sc.end:%m-%d %H:%M}"))
        else:
            self.description.setText(self.tr("选择一个按 data/scenarios/README.md 格式编写的场景文件。"))

    def start(self, scenario: str | Path | None = None, speed: int | None = None) -> bool:
        """Create the drill database and start the simulated clock. Returns False if nothing was started."""
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
            QMessageBox.warning(self, self.tr("场景文件有误"), str(exc))
            return False
        self.shutdown()
        speed = speed or self.speed_group.checkedId()
        if speed in self.speed_buttons:
            self.speed_buttons[speed].setChecked(True)
        i = self.scenario_combo.findData(sc.name)
        if i >= 0 and self.scenarios[i].path == sc.path:
            self.scenario_combo.setCurrentIndex(i)
        self.runner = drills.DrillRunner(sc, SimClock(sc.start, speed), out_dir=self.out_dir,
                                         auto=self.auto_box.isChecked())
        self.result = None
        self.log_list.clear()
        self.score_label.setText(self.tr("演练进行中…"))
        self.export_button.setEnabled(False)
        self._append(self.runner.log)
        self.timer.start()
        self.refresh()
        return True

    # ---- clock ---------------------------------------------------------------------------------------
    @property
    def clock(self) -> SimClock | None:
        return self.runner.base if self.runner else None

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
        if not self.clock or self.result:
            return
        self.clock.step(timedelta(hours=hours))
        self.tick()

    def tick(self) -> None:
        if not self.runner or self.result:
            return
        self._append(self.runner.advance(self.clock.now()))
        if self.runner.finished:
            self.finish()
        self.refresh()

    def stop_and_score(self) -> None:
        if self.runner and not self.result:
            self.finish()
            self.refresh()

    def finish(self) -> None:
        self.timer.stop()
        self.result = drills.finish(self.runner)
        self._show_score(self.result)
        self.export_button.setEnabled(True)
        self.finished.emit(self.result)

    def shutdown(self) -> None:
        """Stop and close the current drill's database (a new start, or the window closing)."""
        self.timer.stop()
        if self.runner:
            self.runner.close()
        self.runner = None

    # ---- views ---------------------------------------------------------------------------------------
    def _append(self, entries) -> None:
        for e in entries:
            if e.kind == "notify":
                text = f"{e.at:%m-%d %H:%M}  ▸ {e.text}"
            else:
                text = f"{e.at:%m-%d %H:%M}  {e.text}"
            item = QListWidgetItem(text)
            if not e.ok:
                item.setForeground(QColor(183, 28, 28))
            elif e.kind == "notify":
                item.setForeground(QColor(96, 125, 139))
            self.log_list.addItem(item)
        if entries:
            self.log_list.scrollToBottom()

    def _update_controls(self) -> None:
        running = self.runner is not None and self.result is None
        for w in (*self.speed_buttons.values(), self.pause_button, self.step_button, self.stop_button):
            w.setEnabled(running)
        self.pause_button.setText(self.tr("继续") if self.clock and self.clock.paused else self.tr("暂停"))

    def refresh(self) -> None:
        self._update_controls()
        if not self.runner:
            return
        store = self.runner.store
        now = self.runner.scenario.end if self.result else self.clock.now()
        state = self.tr("已暂停") if self.clock.paused else f"{self.clock.speed:g}×"
        if self.result:
            state = self.tr("已结束")
        self.time_label.setText(self.tr("模拟时间：{0}（{1}）").format(f"{now:%Y-%m-%d %H:%M}", state))
        level, since = E.level_in_force(store, now)
        self.banner.set_state(level, since, now, drill=True)
        lines = [f"<b>{escape(self.runner.scenario.title)}</b>",
                 self.tr("演练数据库：{0}").format(escape(self.runner.path.name))]
        ep = E.current_episode(store) or E.latest_episode(store)
        if ep is None:
            lines.append(self.tr("尚无重污染过程。"))
        else:
            status = {"open": self.tr("待启动"), "in_force": self.tr("响应中"), "ended": self.tr("已结束")}[ep.status]
            lines.append(self.tr("过程 #{0}：{1}，当前 {2}，最高 {3}").format(
                ep.id, status, level_cn(ep.level), level_cn(ep.highest_level)))
            for d in E.response_deadlines(store, ep.id):
                word = {"pending": self.tr("进行中"), "overdue": self.tr("已超时"), "met": self.tr("按时"),
                        "missed": self.tr("超时"), "closed": self.tr("无需")}[d.status]
                colour = "#b71c1c" if d.status in ("overdue", "missed") else "#263238"
                lines.append(f"<span style='color:{colour}'>" + self.tr("启动时限（{0}）：截止 {1}，{2}").format(
                    level_cn(d.trigger.level), f"{d.due_at:%m-%d %H:%M}", word) + "</span>")
            for ps in E.pending_signatures(store):
                lines.append(self.tr("待审签：提议 #{0} 等待 {1}（自 {2}）").format(
                    ps.proposal.id, role_cn(ps.role), f"{ps.since:%m-%d %H:%M}"))
            pubs = bulletin.publications(store, ep.id)
            if pubs:
                lines.append(self.tr("已发布：{0}").format(escape(pubs[-1].identifier)))
        nxt = self.runner.next_event_at()
        if nxt and not self.result:
            lines.append(self.tr("下一个场景事件：{0}").format(f"{nxt:%m-%d %H:%M}"))
        self.state_label.setText("<br>".join(lines))

    def _show_score(self, r: drills.Result) -> None:
        s = r.score
        rows = "".join(f"<tr><td>{escape(c.name)}</td><td align='right'><b>{c.points:g}</b> / {c.max_points:g}</td></tr>"
                       for c in s.criteria)
        deds = "".join(f"<li>−{d.points:g} {escape(d.reason)}</li>" for c in s.criteria for d in c.deductions)
        self.score_label.setText(
            f"<span style='font-size:22pt; font-weight:bold; color:{DRILL_CSS}'>{s.total:g} / 100</span>"
            f"<table cellpadding='3'>{rows}</table>" + (f"<ul>{deds}</ul>" if deds else self.tr("<p>无扣分。</p>")))

    # ---- export ---------------------------------------------------------------------------------------
    def export_pdf(self, path: str | Path | None = None) -> Path | None:
        if not self.result:
            return None
        if path is None:
            default = str(self.runner.path.with_suffix(".report.pdf"))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出演练报告（PDF）"), default, "PDF (*.pdf)")
            if not path:
                return None
        from widgets.drill_report_pdf import html_to_pdf
        with self.runner.clock.pinned(self.runner.scenario.end):
            html = drills.report_html(self.runner.store, self.runner.scenario, self.result.score, self.runner.log)
        return html_to_pdf(html, path)

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)
