"""响应措施看板: while an episode runs, who has done what — by department and by town, progress bars, overdue
in red, filters and search; check-off / count / undo dialogs; one unit's view printable; XLSX and PDF export."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.app import ConsoleApp
from console.common.errors import UserError
from console.measures import board, liaisons
from console.measures.export import export_xlsx
from console.measures.status import status, unit_summaries
from console.plan.catalog import Catalog
from console.store.db import Store
from widgets.common import style
from widgets.common.flow_layout import FlowLayout, flow_policy
from widgets.common.follow import after_action
from widgets.common.i18n import level_name, unit_name
from widgets.measures.board_dialogs import (
    LiaisonDialog,
    TaskActionDialog,
    TemperatureDialog,
)
from widgets.measures.board_filters import BoardFilters
from widgets.measures.board_model import STATUS_ROLE, BoardFilter, BoardModel, UnitModel
from widgets.measures.board_pdf import board_document, board_printer, write_board_pdf
from widgets.measures.board_table import TaskTable, unit_table


class BoardPage(QWidget):
    """Shows the board of one episode (by default the newest open one). refresh() re-reads the store."""

    changed = Signal(object)  # BoardChanges of an action taken here

    def __init__(self, store: Store | ConsoleApp, catalog: Catalog, parent=None):
        super().__init__(parent)
        self.app = ConsoleApp.of(store, catalog)  # every write goes through the seat's facade
        self.store, self.catalog = self.app.store, catalog
        self._user: str | None = None  # pre-fills the dialogs; a liaison sees his unit's tasks by default
        self.episode_id: str | None = None
        self.last_dialog = None
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        head = QWidget()  # title and level chip; the chip goes under the title when narrow (English, 1366×768)
        flow = FlowLayout(head)
        flow_policy(head)
        title = QLabel(self.tr("响应措施落实看板"))
        title.setObjectName("pageTitle")
        flow.addWidget(title)
        self.level_chip = QLabel()
        self.level_chip.setStyleSheet("padding: 4px 12px; border-radius: 4px; font-size: 13pt; font-weight: bold;")
        flow.addWidget(self.level_chip)
        top.addWidget(head, 1)
        top.addWidget(QLabel(self.tr("应急过程")))
        self.episode_combo = QComboBox()
        self.episode_combo.setMinimumWidth(260)
        self.episode_combo.activated.connect(lambda _i: self.set_episode(self.episode_combo.currentData()))
        top.addWidget(self.episode_combo)
        lay.addLayout(top)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 13pt;")
        lay.addWidget(self.summary)

        self.filters = BoardFilters(self)
        self.unit_filter, self.state_filter = self.filters.unit, self.filters.state
        self.category_filter, self.search = self.filters.category, self.filters.search
        lay.addWidget(self.filters)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.unit_tabs = QTabWidget()
        self.dept_model, self.town_model = UnitModel(self), UnitModel(self)
        self.dept_view, self.town_view = unit_table(self.dept_model), unit_table(self.town_model)
        self.unit_tabs.addTab(self.dept_view, self.tr("按部门"))
        self.unit_tabs.addTab(self.town_view, self.tr("按区镇"))
        self.unit_tabs.currentChanged.connect(self._on_unit_tab)
        for view in (self.dept_view, self.town_view):
            view.clicked.connect(self._on_unit_clicked)
        split.addWidget(self.unit_tabs)

        self.model = BoardModel(catalog, self)
        self.proxy = BoardFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = TaskTable(self.proxy)
        self.table.doubleClicked.connect(lambda _i: self.open_action_dialog())
        self.empty = QLabel(self.tr("当前没有启动中的应急响应。预警生效后，响应措施将自动分解到各责任部门和区镇。"))
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.table)
        rl.addWidget(self.empty)
        self.rule_label = QLabel()  # how a period of the selected recurring duty is judged
        self.rule_label.setObjectName("hint")
        self.rule_label.setWordWrap(True)
        self.rule_label.hide()
        rl.addWidget(self.rule_label)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_rule())
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 1000])  # the task table takes the rest: all its columns in view at 1366×768
        lay.addWidget(split, 1)

        actions = QHBoxLayout()
        self.btn_check = QPushButton(self.tr("确认完成 / 记录次数…"))
        self.btn_undo = QPushButton(self.tr("撤销上一条记录…"))
        self.btn_temp = QPushButton(self.tr("录入气温…"))
        self.btn_liaison = QPushButton(self.tr("指定联络员…"))
        self.btn_print = QPushButton(self.tr("打印本单位清单…"))
        self.btn_xlsx = QPushButton(self.tr("导出 XLSX…"))
        self.btn_pdf = QPushButton(self.tr("导出 PDF…"))
        self.btn_check.setMinimumHeight(40)
        self.btn_check.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.btn_check.clicked.connect(lambda: self.open_action_dialog())
        self.btn_undo.clicked.connect(lambda: self.open_action_dialog(undo=True))
        self.btn_temp.clicked.connect(self.open_temperature_dialog)
        self.btn_liaison.clicked.connect(self.open_liaison_dialog)
        self.btn_print.clicked.connect(lambda: self.print_unit())
        self.btn_xlsx.clicked.connect(lambda: self.export_xlsx(background=True))
        self.btn_pdf.clicked.connect(lambda: self.export_pdf(background=True))
        for b in (self.btn_check, self.btn_undo, self.btn_temp, self.btn_liaison):
            actions.addWidget(b)
        actions.addStretch(1)
        for b in (self.btn_print, self.btn_xlsx, self.btn_pdf):
            actions.addWidget(b)
        lay.addLayout(actions)

        self.filters.changed.connect(self._apply_filters)
        self.refresh()

    # ---- data --------------------------------------------------------------------------------------
    def set_episode(self, episode_id: str | None) -> None:
        self.episode_id = episode_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read the board; the selected task stays selected (after an action here or a commit elsewhere)."""
        keep = self.selected_task()
        self._refresh()
        if keep is not None:
            self.select_task(keep.task_id)

    def _refresh(self) -> None:
        boards = board.list_boards(self.store)
        ids = [b["episode_id"] for b in boards]
        if self.episode_id not in ids:
            self.episode_id = ids[0] if ids else None
        self.episode_combo.blockSignals(True)
        self.episode_combo.clear()
        for b in boards:
            state = self.tr("已结束") if b["closed_at"] else self.tr("响应中")
            self.episode_combo.addItem(f"{b['episode_id']} · {self._level_text(b['level'])} · {state}", b["episode_id"])
        self.episode_combo.setCurrentIndex(max(0, ids.index(self.episode_id)) if self.episode_id else -1)
        self.episode_combo.blockSignals(False)
        rows = status(self.store, self.episode_id, catalog=self.catalog) if self.episode_id else []
        self.model.set_rows(rows)
        self.table.fit_columns(self.model)
        order = self.catalog.departments + self.catalog.towns
        sums = unit_summaries(rows, order)
        self.dept_model.set_rows([u for u in sums if u.unit_kind == "department"])
        self.town_model.set_rows([u for u in sums if u.unit_kind == "town"])
        self._fill_unit_filter(sums)
        b = board.get_board(self.store, self.episode_id) if self.episode_id else None
        has = b is not None
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        writable = has and not b["closed_at"]
        for btn in (self.btn_check, self.btn_undo):
            btn.setEnabled(writable)
        for btn in (self.btn_print, self.btn_xlsx, self.btn_pdf):
            btn.setEnabled(has)
        if not has:
            self.level_chip.hide()
            self.summary.setText("")
            return
        lv = self.catalog.levels[b["level"]]
        self.level_chip.setText(self._level_text(b["level"]) + ("" if writable else self.tr("（已结束，只读）")))
        self.level_chip.setStyleSheet(self.level_chip.styleSheet().split("background")[0]
                                      + f"background: rgb{lv.rgb}; color: rgb{lv.text_rgb};")
        self.level_chip.show()
        self._update_summary()

    def _update_summary(self) -> None:
        """The counts of the unit chosen in the filter (a liaison's own unit by default), else of the board."""
        if not self.model.rows:
            return
        unit = self.unit_filter.currentData()
        rows = [s for s in self.model.rows if unit is None or s.unit == unit]
        active = [s for s in rows if s.active]
        done = sum(1 for s in active if s.done)
        overdue = sum(1 for s in active if s.overdue)
        text = self.tr("在办任务 {0} 项，已完成 {1} 项，逾期 {2} 项，已替代/不再执行 {3} 项").format(
            len(active), done, overdue, len(rows) - len(active))
        if unit:
            text = self.tr("{0}：").format(unit_name(unit)) + text
        if overdue:
            text = f"<span style='{style.text_css('alarm')}'>{text}</span>"
        self.summary.setText(text)

    @property
    def current_user(self) -> str | None:
        return self._user

    @current_user.setter
    def current_user(self, username: str | None) -> None:
        """After a login: a liaison's board opens on his own unit (he may still choose 全部单位)."""
        changed = username != self._user
        self._user = username
        if changed:
            units = liaisons.units_in_view(self.store, username)
            self._default_unit = units[0] if units else None
            if self.unit_filter.count():
                self.select_unit(self._default_unit)

    def _level_text(self, code: str) -> str:
        """橙色预警（Ⅱ级）, or "Orange warning (Level Ⅱ)" in the English interface."""
        lv = self.catalog.levels[code]
        return self.tr("{0}（{1}级）").format(level_name(lv), lv.roman)

    def _fill_unit_filter(self, sums) -> None:
        keep = self.unit_filter.currentData() if self.unit_filter.count() else getattr(self, "_default_unit", None)
        self.filters.fill_units(sums, keep)
        self._apply_filters()

    def _apply_filters(self) -> None:
        self.filters.apply_to(self.proxy)
        if self.summary.text():
            self._update_summary()

    def _on_unit_tab(self, _index: int) -> None:
        self.unit_filter.setCurrentIndex(0)

    def _on_unit_clicked(self, index) -> None:
        model = index.model()
        unit = model.rows[index.row()].unit
        self.unit_filter.setCurrentIndex(max(0, self.unit_filter.findData(unit)))

    def select_unit(self, unit: str | None) -> None:
        self.unit_filter.setCurrentIndex(max(0, self.unit_filter.findData(unit)) if unit else 0)

    def rule_text(self, kind: str | None) -> str:
        from console.measures.status import AT_RISK_HOURS

        rules = {
            "per_half_day": self.tr("判定规则：每半天（0–12 时、12–24 时）为一个时段，时段结束时记录次数少于要求即为缺漏；"
                                    "时段结束前 {0} 小时仍未达到要求次数即提示“有风险”。措施生效不足半个时段的，"
                                    "按生效时长折算要求次数（向下取整）。"),
            "per_day": self.tr("判定规则：每日（0–24 时）为一个时段，当日结束时记录次数少于要求即为缺漏；结束前 {0} 小时"
                               "仍未达到要求即提示“有风险”。是否要求作业以当日录入的气温为准。"),
            "daily_window": self.tr("判定规则：每日须在确认时段结束前确认一次，逾时未确认即为缺漏；结束前 {0} 小时仍未确认"
                                    "即提示“有风险”。"),
        }
        return rules[kind].format(f"{AT_RISK_HOURS:g}") if kind in rules else ""

    def _show_rule(self) -> None:
        st = self.selected_task()
        text = self.rule_text(st.recurring_kind) if st is not None else ""
        self.rule_label.setText(text)
        self.rule_label.setVisible(bool(text))

    def selected_task(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(STATUS_ROLE) if rows else None

    def select_task(self, task_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            idx = self.proxy.index(r, 0)
            if idx.data(STATUS_ROLE).task_id == task_id:
                self.table.selectRow(r)
                return True
        return False

    # ---- actions ---------------------------------------------------------------------------------------
    def _error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("无法操作"), message)

    def open_action_dialog(self, undo: bool = False):
        task = self.selected_task()
        if task is None:
            self._error(self.tr("请先在右侧表格中选择一项任务。"))
            return None
        mode = "undo" if undo else ("count" if task.recurring_kind else "check")
        dlg = TaskActionDialog(self.app, task, mode, self.current_user, self.catalog, self)
        return self._open(dlg)

    def open_temperature_dialog(self):
        return self._open(TemperatureDialog(self.app, self.current_user, self))

    def open_liaison_dialog(self):
        units = self.catalog.departments + [u for u in self.catalog.towns]
        return self._open(LiaisonDialog(self.app, units, self.catalog, self))

    def _open(self, dlg):
        self.last_dialog = dlg
        dlg.accepted.connect(lambda: self._after(getattr(dlg, "changes", None)))
        dlg.open()
        return dlg

    def _after(self, changes) -> None:
        after_action(self, changes)  # in the window the commit's change refreshes the board (and only what it touches)
        self.changed.emit(changes)

    # ---- print and export ----------------------------------------------------------------------------
    def _ask_path(self, caption: str, suffix: str, filt: str) -> str | None:
        default = self.tr("响应措施看板_{0}").format(self.episode_id) + suffix
        path, _ = QFileDialog.getSaveFileName(self, caption, default, filt)
        return path or None

    def export_xlsx(self, path: str | Path | None = None, *, background: bool = False):
        """The board as shown as an XLSX file. background=True (the button): written on a worker thread, returns
        the BackgroundOp; otherwise returns the path written."""
        if not self.episode_id:
            return None
        path = path or self._ask_path(self.tr("导出看板为 XLSX"), ".xlsx", "Excel (*.xlsx)")
        if not path:
            return None
        if background:
            from widgets.common.background_export import export_in_background

            ep, ids, catalog = self.episode_id, self.proxy.task_ids(), self.catalog  # read here, on the GUI thread
            return export_in_background(
                self, self.store, lambda st, p: export_xlsx(st, ep, p, task_ids=ids, catalog=catalog), path,
                button=self.btn_xlsx, on_error=lambda exc: self._error(str(exc)))
        try:
            return export_xlsx(self.store, self.episode_id, path, task_ids=self.proxy.task_ids(),
                               catalog=self.catalog)
        except UserError as exc:
            self._error(str(exc))
            return None

    def _document(self, unit: str | None) -> QTextDocument:
        return board_document(self.store, self.episode_id, self.proxy.task_ids(), unit, self.catalog)

    def export_pdf(self, path: str | Path | None = None, unit: str | None = None, *, background: bool = False):
        """The board as shown (filters applied), or one unit's list, as a PDF file. background=True (the button):
        painted on a worker thread, returns the BackgroundOp; otherwise returns the path written."""
        if not self.episode_id:
            return None
        path = path or self._ask_path(self.tr("导出看板为 PDF"), ".pdf", "PDF (*.pdf)")
        if not path:
            return None
        ep, ids, catalog = self.episode_id, self.proxy.task_ids(), self.catalog  # read here, on the GUI thread
        if background:
            from widgets.common.background_export import export_in_background

            return export_in_background(
                self, self.store, lambda st, p: write_board_pdf(st, ep, p, task_ids=ids, unit=unit, catalog=catalog),
                path, button=self.btn_pdf, on_error=lambda exc: self._error(str(exc)))
        return write_board_pdf(self.store, ep, path, task_ids=ids, unit=unit, catalog=catalog)

    def print_unit(self, unit: str | None = None, preview: bool = True):
        """One unit's tasks for its liaison: print preview (or a PDF via export_pdf(unit=…))."""
        unit = unit or self.unit_filter.currentData() or (self.selected_task().unit if self.selected_task() else None)
        if not self.episode_id or not unit:
            self._error(self.tr("请先选择一个部门或区镇。"))
            return None
        printer = board_printer()
        dlg = QPrintPreviewDialog(printer, self)
        dlg.setWindowTitle(self.tr("打印预览 — {0}").format(unit_name(unit)))
        doc = self._document(unit)
        dlg.paintRequested.connect(doc.print_)
        self.last_dialog = dlg
        if preview:
            dlg.open()
        return dlg
