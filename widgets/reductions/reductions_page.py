"""减排核查 (issue 18.2): import meter data, pick a warning span, run the check; the ranked flags, every firm's
committed against achieved cut, and a chart per firm (baseline, actual, the warning span shaded)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.app import ConsoleApp
from console.common.errors import UserError
from console.measures import ledger
from console.plan.catalog import Catalog
from console.reductions import auto_checks, checks, meters
from console.reductions import daily_report as D
from console.store.db import Store
from widgets.common.follow import after_action
from widgets.common.lazy_tabs import LazyTabs
from widgets.common.timers import every_minute
from widgets.common.i18n import lang, level_name, user_text
from widgets.common.style import C
from widgets.reductions.check_models import FirmsModel, FlagsModel
from widgets.reductions.daily_report_view import DailyReportView
from widgets.reductions.duties_view import DutiesView
from widgets.reductions.episode_summary_view import EpisodeSummaryView
from widgets.reductions.field_checks_view import FieldChecksView
from widgets.reductions.inspections_view import InspectionsView
from widgets.reductions.load_chart import LoadChart
from widgets.reductions.notices_view import NoticesView


def _table(model) -> QTableView:
    t = QTableView()
    t.setModel(model)
    t.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    t.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    t.setWordWrap(False)
    return t


class ReductionsPage(QWidget):
    changed = Signal()

    def __init__(self, store: Store | ConsoleApp, catalog: Catalog, parent=None):
        super().__init__(parent)
        self.app = ConsoleApp.of(store, catalog)  # every change goes through the seat's facade
        self.store, self.catalog = self.app.store, catalog
        self.actor = None  # the logged-in Actor; every change is made in that person's name
        self.run = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        head = QLabel(self.tr("减排核查：预警期间企业是否按一厂一策和承诺削减"))
        head.setStyleSheet(f"font-size: 18px; font-weight: bold; color: {C.ink};")
        lay.addWidget(head)
        checks_tab = QWidget()
        cl = QVBoxLayout(checks_tab)
        cl.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        self.btn_import = QPushButton(self.tr("导入电表数据…"))
        self.btn_import.clicked.connect(lambda: self.import_file())
        bar.addWidget(self.btn_import)
        self.btn_demo = QPushButton(self.tr("加载演示数据"))
        self.btn_demo.setToolTip(self.tr("六家虚构演示企业，用电负荷取自真实电表数据（UCI，CC BY 4.0），预警期间施加了削减与违规"))
        self.btn_demo.clicked.connect(lambda: self.load_demo())
        bar.addWidget(self.btn_demo)
        bar.addSpacing(8)
        bar.addWidget(QLabel(self.tr("预警时段：")))
        self.span_combo = QComboBox()  # as wide as its longest span: a cut-off end time would mislead
        self.span_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar.addWidget(self.span_combo)
        self.btn_run = QPushButton(self.tr("运行核查"))
        self.btn_run.setObjectName("primary")
        self.btn_run.clicked.connect(lambda: self.run_check())
        bar.addWidget(self.btn_run)
        bar.addSpacing(8)
        bar.addWidget(QLabel(self.tr("核查记录：")))
        self.run_combo = QComboBox()
        self.run_combo.setMinimumWidth(160)
        self.run_combo.currentIndexChanged.connect(self._show_selected_run)
        bar.addWidget(self.run_combo, 1)
        cl.addLayout(bar)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {C.muted};")
        cl.addWidget(self.status)

        # the ranked findings across the whole width; below, every firm's figures beside the chart of one firm
        self.flags_title = QLabel()
        self.flags_title.setStyleSheet(f"font-weight: bold; color: {C.alarm};")
        self.flags_model = FlagsModel(self)
        self.flags_view = _table(self.flags_model)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        flags_bar = QHBoxLayout()
        flags_bar.addWidget(self.flags_title)
        flags_bar.addStretch(1)
        self.btn_inspect = QPushButton(self.tr("派发核查（选中的问题）"))
        self.btn_inspect.clicked.connect(lambda: self.inspect_selected_flag())
        flags_bar.addWidget(self.btn_inspect)
        tl.addLayout(flags_bar)
        tl.addWidget(self.flags_view, 1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        firms_title = QLabel(self.tr("各企业承诺削减与实际削减（按生产用电）"))
        firms_title.setStyleSheet("font-weight: bold;")
        ll.addWidget(firms_title)
        self.firms_model = FirmsModel(self)
        self.firms_view = _table(self.firms_model)
        ll.addWidget(self.firms_view, 1)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setToolTip(self.tr("核实减排量 = 清单排放量 × 电表显示的实际削减比例；未核实 = 无可比电表数据企业的承诺减排量"))
        ll.addWidget(self.totals)
        self.chart = LoadChart()
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(left)
        bottom.addWidget(self.chart)
        bottom.setSizes([560, 560])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([200, 420])
        cl.addWidget(split, 1)
        # the tab in view is built now, each of the others when first shown (or asked for): opening the page
        # builds and polishes one tab, not seven (issue 12.5)
        self.tabs = QTabWidget()
        self.lazy = LazyTabs(self.tabs, self._tab_built)
        self.lazy.add("checks", self.tr("用电核查"), view=checks_tab)
        for key, title, factory in (
                ("duties", self.tr("一厂一策（现在应执行）"), lambda: DutiesView(self.app, catalog)),
                ("inspections", self.tr("现场核查"), lambda: InspectionsView(self.app, catalog)),
                ("field_checks", self.tr("工地车辆检查"), lambda: FieldChecksView(self.app, catalog)),
                ("notices", self.tr("企业通知与回执"), lambda: NoticesView(self.app, catalog)),
                ("daily", self.tr("每日报送"), lambda: DailyReportView(self.app)),
                ("summary", self.tr("应急总结汇总"), lambda: EpisodeSummaryView(self.app))):
            self.lazy.add(key, title, factory)
        # the daily report's overdue mark shows on its tab before the tab is built (its view keeps it from then on)
        self._daily_due_timer = every_minute(self, self._check_daily_due)
        lay.addWidget(self.tabs, 1)
        self.flags_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._chart_for(self.flags_model.row_at(cur)))
        self.firms_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._chart_for(self.firms_model.row_at(cur)))
        self.refresh()
        self._check_daily_due()

    # the tabs' views, each built on first use
    duties = property(lambda self: self.lazy.get("duties"))
    inspections = property(lambda self: self.lazy.get("inspections"))
    field_checks = property(lambda self: self.lazy.get("field_checks"))
    notices = property(lambda self: self.lazy.get("notices"))
    daily = property(lambda self: self.lazy.get("daily"))
    summary = property(lambda self: self.lazy.get("summary"))

    def _tab_built(self, key: str, view) -> None:
        """A tab built on first use: it acts as the page's actor, and its changes are the page's."""
        if key == "checks":
            return
        view.actor = self.actor
        view.changed.connect(self.changed)
        if key == "daily":
            view.due_changed.connect(self._mark_daily_tab)
            self._daily_due_timer.stop()
            self._mark_daily_tab(view.show_due())

    def _check_daily_due(self) -> None:
        """Until the daily report's tab is built: today's report overdue or not, for the tab's mark."""
        if self.lazy.built("daily") is None:
            self._mark_daily_tab(D.due_status(self.store).overdue)

    def _mark_daily_tab(self, overdue: bool) -> None:
        """Today's daily report overdue: its tab in red, with a mark (colour is not the only sign)."""
        i = self.lazy.index("daily")
        self.tabs.setTabText(i, self.tr("每日报送（逾期）") if overdue else self.tr("每日报送"))
        self.tabs.tabBar().setTabTextColor(i, QColor(C.alarm) if overdue else self.tabs.tabBar().palette().text().color())

    # ---- reading -----------------------------------------------------------------------------------------
    def _level(self, code: str) -> str:
        lv = self.catalog.levels.get(code)
        return level_name(lv) if lv is not None else code

    def _span_text(self, a, b, lv) -> str:
        return self.tr("{0}：{1} 至 {2}").format(self._level(lv), f"{a:%Y-%m-%d %H:%M}", f"{b:%m-%d %H:%M}")

    def set_actor(self, actor) -> None:
        self.actor = actor
        for view in self.lazy.views():
            if view is not self.lazy.built("checks"):
                view.actor = actor

    def refresh(self) -> None:
        for view in self.lazy.views():  # a tab not yet built reads its data when it is
            if view is not self.lazy.built("checks"):
                view.refresh()
        if self.lazy.built("daily") is None:
            self._check_daily_due()
        firms = {e.code: e for e in ledger.entries(self.store)}
        self.flags_model.firms = self.firms_model.firms = firms
        runs = checks.runs(self.store)
        spans = checks.warning_spans(self.store)
        spans += sorted({(r.start, r.end, r.level) for r in runs} - set(spans))  # spans checked before
        keep = self.span_combo.currentData()
        self.span_combo.blockSignals(True)
        self.span_combo.clear()
        for a, b, lv in sorted(spans, key=lambda sp: sp[0], reverse=True):  # the newest first
            self.span_combo.addItem(self._span_text(a, b, lv), (a, b, lv))
        if keep in [self.span_combo.itemData(i) for i in range(self.span_combo.count())]:
            self.span_combo.setCurrentIndex([self.span_combo.itemData(i) for i in
                                             range(self.span_combo.count())].index(keep))
        self.span_combo.blockSignals(False)
        if not spans:
            self.span_combo.addItem(self.tr("（尚无预警记录）"), None)
        shown = self.run.id if self.run else None
        self.run_combo.blockSignals(True)
        self.run_combo.clear()
        for r in runs:
            text = self.tr("{0} · {1} 家企业 · {2} 条问题").format(
                self._span_text(r.start, r.end, r.level), len(r.firms), len(r.flags))
            if auto_checks.is_automatic(r):  # run by the console itself (hourly in a warning, at its end)
                text = self.tr("自动核查 {0}").format(text)
            self.run_combo.addItem(text, r.id)
        self.run_combo.blockSignals(False)
        first, last, n = meters.reading_range(self.store)
        self.btn_demo.setVisible(n == 0)
        if n:
            self.status.setText(self.tr("电表读数 {0} 条（{1} 至 {2}），清单企业 {3} 家。").format(
                n, f"{first:%Y-%m-%d}", f"{last:%Y-%m-%d}", len(firms)))
        else:
            self.status.setText(self.tr("尚无电表数据：请导入电网公司或分表计电平台导出的 CSV/XLSX 文件（格式见说明）。"))
        ids = [r.id for r in runs]
        target = shown if shown in ids else (ids[0] if ids else None)
        if target is None:
            self.show_run(None)
        else:
            self.run_combo.setCurrentIndex(ids.index(target))
            self.show_run(checks.get_run(self.store, target))

    def _show_selected_run(self, i: int) -> None:
        rid = self.run_combo.itemData(i)
        self.show_run(checks.get_run(self.store, rid) if rid is not None else None)

    def show_run(self, run) -> None:
        self.run = run
        self.flags_model.set_rows(run.flags if run else [])
        self.firms_model.set_rows(sorted(run.firms, key=lambda r: (not r["flags"], r["code"])) if run else [])
        self.totals.setText(self._totals_text(run) if run else "")
        if run is None:
            self.flags_title.setText(self.tr("尚未运行核查。"))
            self.chart.clear(self.tr("在左侧选择一家企业，查看其基线与实际负荷。"))
            return
        self.flags_title.setText(self.tr("问题清单（按严重程度排序）：{0} 条").format(len(run.flags))
                                 if run.flags else self.tr("本次核查未发现问题。"))
        first = run.flags[0] if run.flags else (run.firms[0] if run.firms else None)
        self._chart_for(first)

    def _totals_text(self, run) -> str:
        """One line per pollutant: verified against committed (t/a), unverified, and the target when known."""
        parts = []
        for t in checks.verified_totals(self.store, run):
            part = self.tr("{0} 核实 {1} / 承诺 {2}（未核实 {3}）").format(
                t.label, f"{t.verified:,.2f}", f"{t.committed:,.2f}", f"{t.unverified:,.2f}")
            if t.verified_pct is not None:
                part += self.tr("，占全社会 {0}%（目标 ≥{1}%）").format(f"{t.verified_pct:.1f}", f"{t.target_pct:g}")
            parts.append(part)
        return self.tr("按电表核实的减排量（t/a）：") + "；".join(parts)

    def _chart_for(self, row) -> None:
        if row is None or self.run is None:
            return
        code = row["code"]
        entry = self.flags_model.firms.get(code)
        title = self.tr("{0}（{1}）：生产用电负荷").format(entry.name if entry else code, code)
        self.chart.show_chart(checks.chart(self.store, code, self.run.start, self.run.end), title, self.run.level)

    # ---- actions -----------------------------------------------------------------------------------------
    def _error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("无法完成"), message)

    def _who(self):
        if self.actor is None:
            self._error(self.tr("请先在窗口底部“登录”值班账户：每项修改都以登录人的名义记入审计。"))
        return self.actor

    def import_file(self, path: str | Path | None = None, *, quiet: bool = False):
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("导入电表数据"), "", self.tr("电表数据 (*.csv *.xlsx)"))
            if not path:
                return None
        if not self._who():
            return None
        try:
            res = self.app.import_meters(path, actor=self.actor).value
        except UserError as exc:
            if not quiet:
                self._error(self.tr("电表数据未导入（未保存任何内容）：\n{0}").format(user_text(exc)))
            raise
        self.status.setText(self.tr("已导入 {0}：{1}。").format(Path(path).name, res.summary(lang())))
        self.changed.emit()
        return res

    def inspect_selected_flag(self):
        """The selected flag becomes an inspection task for the firm's town; the inspection tab shows it."""
        flag = self.flags_model.row_at(self.flags_view.currentIndex())
        if flag is None:
            self._error(self.tr("请先在问题清单中选中一条。"))
            return None
        ins = self.inspections.from_flag(flag)
        if ins is not None:
            self.tabs.setCurrentWidget(self.inspections)
            self.inspections.view.selectRow(0)
        return ins

    def load_demo(self):
        if not self._who():
            return None
        try:
            run = self.app.load_reduction_demo(actor=self.actor).value
        except UserError as exc:
            self._error(user_text(exc))
            return None
        self.run = run
        after_action(self, None)  # in the window the commit's change refreshes this page (showing self.run)
        self.changed.emit()
        return run

    def run_check(self, span=None):
        span = span or self.span_combo.currentData()
        if span is None:
            self._error(self.tr("没有可核查的预警时段。"))
            return None
        if not self._who():
            return None
        try:
            run = self.app.run_reduction_check(*span, actor=self.actor).value
        except UserError as exc:
            self._error(user_text(exc))
            return None
        self.run = run
        after_action(self, None)  # in the window the commit's change refreshes this page (showing self.run)
        self.changed.emit()
        return run
