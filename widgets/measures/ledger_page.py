"""应急减排清单: the list of enterprises and sites with their committed cuts, totals per pollutant against the
≥10/20/30% targets (green met, red short), import/export, whole-society totals, the quarter-end reminder, and
the exemptions (应急豁免) with revocation on violation."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.admin.session import Actor
from console.app import ConsoleApp
from console.common.errors import UserError
from console.measures import exemptions, ledger
from console.plan.catalog import Catalog
from console.plan.levels import LEVEL_CODES
from console.store.db import Store
from widgets.common.follow import after_action
from widgets.common.i18n import level_name, user_text
from widgets.common.login_dialog import LoginDialog, _Form
from widgets.common.style import C
from widgets.common.table_model import RowsTableModel

MET_BG, SHORT_BG, UNKNOWN_BG = QColor(200, 230, 201), QColor(255, 205, 210), QColor(238, 238, 238)
MET_FG, SHORT_FG = QColor(27, 94, 32), QColor(183, 28, 28)


def _num(v) -> str:
    return "—" if v is None else f"{v:,.2f}"


class TotalsModel(RowsTableModel):
    """One row per pollutant: baseline, committed cut, whole-society total, target, achieved %, verdict."""

    def __init__(self, parent=None):
        super().__init__([self.tr("污染物"), self.tr("清单排放量(t/a)"), self.tr("承诺减排量(t/a)"),
                          self.tr("全社会排放量(t/a)"), self.tr("目标"), self.tr("减排比例"), self.tr("结论")], parent)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        t: ledger.PollutantTotal = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            target = (f"≥{t.target_pct:g}%" + (f"（{t.target_t:,.2f} t）" if t.target_t is not None else ""))
            pct = "—" if t.pct is None else f"{t.pct:.1f}%"
            return (t.label, _num(t.baseline), _num(t.cut), _num(t.society), target, pct, t.verdict_zh)[col]
        if role == Qt.ItemDataRole.ToolTipRole and t.exempt_cut:
            return self.tr("豁免企业的减排量 {0} t 未计入").format(_num(t.exempt_cut))
        if role == Qt.ItemDataRole.BackgroundRole and col in (5, 6):
            return QBrush(UNKNOWN_BG if t.met is None else MET_BG if t.met else SHORT_BG)
        if role == Qt.ItemDataRole.ForegroundRole and col in (5, 6) and t.met is not None:
            return QBrush(MET_FG if t.met else SHORT_FG)
        if role == Qt.ItemDataRole.FontRole and col in (0, 5, 6):
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if col < 6 \
                else int(Qt.AlignmentFlag.AlignCenter)
        return None


class EntriesModel(RowsTableModel):
    def __init__(self, parent=None):
        super().__init__([label for _, label in ledger.COLUMNS], parent)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            v = self.rows[index.row()].values()[index.column()]
            return f"{v:g}" if isinstance(v, float) else str(v)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 7:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ExemptionsModel(RowsTableModel):
    def __init__(self, parent=None):
        super().__init__([self.tr("编号"), self.tr("名称"), self.tr("豁免理由"), self.tr("决定部门"), self.tr("决定日期"),
                          self.tr("状态"), self.tr("违规情况"), self.tr("禁止再申请至")], parent)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        e: exemptions.Exemption = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            state = self.tr("有效") if e.active else self.tr("已撤销 {0}").format(f"{e.revoked_at:%Y-%m-%d}")
            return (e.code, e.name, e.reason, "、".join(e.departments), str(e.decided_on), state,
                    e.violation or "", str(e.banned_until or ""))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not e.active:
            return QBrush(SHORT_FG)
        return None


def _view(model) -> QTableView:
    v = QTableView()
    v.setModel(model)
    v.setAlternatingRowColors(True)
    v.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    v.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    v.verticalHeader().setVisible(False)
    v.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return v


class GrantDialog(_Form):
    def __init__(self, store: Store | ConsoleApp, catalog: Catalog, actor: Actor, parent=None):
        app = ConsoleApp.of(store, catalog)
        store = app.store
        super().__init__(self.tr("新增应急豁免"), self.tr("豁免企业（工地）名单应向社会公开。违规者立即撤销豁免，6 个月内不得再申请。"),
                         parent)
        self.app, self.store, self.catalog, self.actor = app, store, catalog, actor
        self.code, self.name, self.reason, self.depts, self.date = (QLineEdit() for _ in range(5))
        self.depts.setPlaceholderText(self.tr("多个部门用顿号或逗号分隔"))
        self.date.setText(f"{store.clock.now():%Y-%m-%d}")
        for label, w in ((self.tr("编号（统一社会信用代码）"), self.code), (self.tr("名称"), self.name),
                         (self.tr("豁免理由"), self.reason), (self.tr("决定部门"), self.depts),
                         (self.tr("决定日期"), self.date)):
            self.form.addRow(label, w)
        self.finish_layout()

    def attempt(self) -> None:
        depts = self.depts.text().replace("，", "、").replace(",", "、").split("、")
        self.app.grant_exemption(self.code.text(), self.name.text(), self.reason.text(), depts, self.date.text(),
                                 actor=self.actor)


class RevokeDialog(_Form):
    def __init__(self, store: Store | ConsoleApp, ex: exemptions.Exemption, catalog: Catalog, actor: Actor,
                 parent=None):
        app = ConsoleApp.of(store, catalog)
        store = app.store
        super().__init__(self.tr("撤销豁免（违规）"), self.tr("{0}（{1}）：记录违规情况，撤销豁免，6 个月内不得再申请。").format(
            ex.name, ex.code), parent)
        self.app, self.store, self.ex, self.catalog, self.actor = app, store, ex, catalog, actor
        self.violation = QLineEdit()
        self.form.addRow(self.tr("违规情况"), self.violation)
        self.finish_layout()

    def attempt(self) -> None:
        self.app.revoke_exemption(self.ex.id, self.violation.text(), actor=self.actor)


class LedgerPage(QWidget):
    changed = Signal()

    def __init__(self, store: Store | ConsoleApp, catalog: Catalog, parent=None):
        super().__init__(parent)
        self.app = ConsoleApp.of(store, catalog)  # every write goes through the seat's facade
        self.store, self.catalog = self.app.store, catalog
        self.level = "red"
        self.last_dialog = None
        lay = QVBoxLayout(self)
        title = QLabel(self.tr("应急减排清单与豁免"))
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        lay.addWidget(self.reminder)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._ledger_tab(), self.tr("减排清单"))
        self.tabs.addTab(self._exemptions_tab(), self.tr("应急豁免"))
        lay.addWidget(self.tabs, 1)
        self.refresh()

    def _ledger_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        bar = QHBoxLayout()
        self.level_buttons = QButtonGroup(self)
        for code in LEVEL_CODES:
            lv = self.catalog.levels[code]
            b = QPushButton(self.tr("{0}：目标 ≥{1}%").format(level_name(lv), f"{self._target(code):g}"))
            b.setCheckable(True)
            b.setProperty("level", code)
            b.setStyleSheet(f"QPushButton {{ border: 2px solid rgb{lv.rgb}; border-radius: 4px; padding: 6px 14px; }}"
                            f"QPushButton:checked {{ background: rgb{lv.rgb}; color: rgb{lv.text_rgb}; "
                            "font-weight: bold; }")
            b.clicked.connect(lambda _=False, c=code: self.show_level(c))
            self.level_buttons.addButton(b)
            bar.addWidget(b)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.verdict = QLabel()
        self.verdict.setStyleSheet("font-size: 14pt; font-weight: bold; padding: 4px;")
        lay.addWidget(self.verdict)
        self.totals_model = TotalsModel(self)
        self.totals_view = _view(self.totals_model)
        self.totals_view.setMaximumHeight(170)
        self.totals_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.totals_view)
        soc = QHBoxLayout()
        soc.addWidget(QLabel(self.tr("全社会排放量(t/a)：")))
        self.society: dict[str, QDoubleSpinBox] = {}
        for p in ledger.POLLUTANTS:
            spin = QDoubleSpinBox()
            spin.setRange(0, 1e9)
            spin.setDecimals(2)
            spin.setSpecialValueText(self.tr("未设置"))
            spin.setMinimumWidth(120)
            soc.addWidget(QLabel(ledger.POLLUTANT_LABEL[p]))
            soc.addWidget(spin)
            self.society[p] = spin
        self.btn_society = QPushButton(self.tr("保存全社会排放量"))
        self.btn_society.clicked.connect(self.save_society)
        soc.addWidget(self.btn_society)
        soc.addStretch(1)
        lay.addLayout(soc)
        self.entries_model = EntriesModel(self)
        self.entries_view = _view(self.entries_model)
        lay.addWidget(self.entries_view, 1)
        btns = QHBoxLayout()
        self.btn_import = QPushButton(self.tr("导入清单（XLSX/CSV）…"))
        self.btn_export = QPushButton(self.tr("导出清单…"))
        self.btn_review = QPushButton(self.tr("本季度核对无变化"))
        self.btn_import.clicked.connect(lambda: self.import_file())
        self.btn_export.clicked.connect(lambda: self.export_file(background=True))
        self.btn_review.clicked.connect(self.mark_reviewed)
        for b in (self.btn_import, self.btn_export, self.btn_review):
            btns.addWidget(b)
        btns.addStretch(1)
        lay.addLayout(btns)
        return w

    def _exemptions_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.ex_model = ExemptionsModel(self)
        self.ex_view = _view(self.ex_model)
        lay.addWidget(self.ex_view, 1)
        btns = QHBoxLayout()
        self.btn_grant = QPushButton(self.tr("新增豁免…"))
        self.btn_revoke = QPushButton(self.tr("撤销豁免（违规）…"))
        self.btn_grant.clicked.connect(self.open_grant_dialog)
        self.btn_revoke.clicked.connect(self.open_revoke_dialog)
        btns.addWidget(self.btn_grant)
        btns.addWidget(self.btn_revoke)
        btns.addStretch(1)
        lay.addLayout(btns)
        return w

    def _target(self, level: str) -> float:
        return float(self.catalog.reduction_targets_pct.get(level, ledger.DEFAULT_TARGETS[level]))

    # ---- data ------------------------------------------------------------------------------------------
    def show_level(self, level: str) -> None:
        self.level = level
        self.refresh()

    def refresh(self) -> None:
        for b in self.level_buttons.buttons():
            b.setChecked(b.property("level") == self.level)
        targets = {c: self._target(c) for c in LEVEL_CODES}
        rows = ledger.totals(self.store, self.level, targets_pct=targets)
        self.totals_model.set_rows(rows)
        lv = self.catalog.levels[self.level]
        if any(t.met is None for t in rows):
            self.verdict.setText(self.tr("请先设置全社会排放量，才能判断是否达到目标。"))
            self.verdict.setStyleSheet(f"font-size: 14pt; font-weight: bold; padding: 4px; color: {C.muted};")
        elif all(t.met for t in rows):
            self.verdict.setText(self.tr("{0}：四项污染物承诺减排量均达到目标（≥{1}%）").format(level_name(lv), f"{targets[self.level]:g}"))
            self.verdict.setStyleSheet(f"font-size: 14pt; font-weight: bold; padding: 4px; color: {C.ok};")
        else:
            short = "、".join(t.label for t in rows if not t.met)
            self.verdict.setText(self.tr("{0}：{1} 未达到减排目标（≥{2}%）").format(level_name(lv), short,
                                                                         f"{targets[self.level]:g}"))
            self.verdict.setStyleSheet(f"font-size: 14pt; font-weight: bold; padding: 4px; color: {C.alarm};")
        soc = ledger.society_totals(self.store)
        for p, spin in self.society.items():
            spin.setValue(soc[p] or 0)
        self.entries_model.set_rows(ledger.entries(self.store))
        self.ex_model.set_rows(exemptions.list_exemptions(self.store))
        rem = ledger.quarter_reminder(self.store.clock.now(), ledger.last_update(self.store))
        self.reminder.setText(rem.text() if rem.due else self.tr("清单最近更新：{0}").format(
            f"{ledger.last_update(self.store):%Y-%m-%d %H:%M}"))
        self.reminder.setStyleSheet(f"font-weight: bold; color: {C.due};" if rem.due else f"color: {C.muted};")

    # ---- actions -----------------------------------------------------------------------------------------
    def _error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("无法完成"), message)

    @property
    def actor(self) -> Actor | None:
        """The person logged in at this seat (the facade's actor)."""
        return self.app.actor

    @actor.setter
    def actor(self, actor: Actor | None) -> None:
        self.app.set_actor(actor)

    def _who(self) -> Actor | None:
        """The authenticated person every change is recorded under: the one logged in at this console, or, when
        nobody is, whoever logs in now for this one change (the core checks the role); cancelled: nothing."""
        if self.actor is not None:
            return self.actor
        dlg = LoginDialog(self.app, None, self.tr("登录"),
                          self.tr("每项修改都以登录人的名义记入审计：请输入值班员或管理员的账号和密码。"), self)
        return dlg.user if dlg.exec() else None

    def _done(self) -> None:
        after_action(self, None)  # in the window the commit's change refreshes the ledger (and the 减排核查 page)
        self.changed.emit()

    def save_society(self) -> None:
        actor = self._who()
        if actor is None:
            return
        try:
            self.app.set_society_totals({p: spin.value() for p, spin in self.society.items() if spin.value() > 0},
                                        actor=actor)
        except UserError as exc:
            self._error(user_text(exc))
        self._done()

    def import_file(self, path: str | Path | None = None, *, quiet: bool = False):
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("导入应急减排清单"), "",
                                                  self.tr("清单 (*.xlsx *.csv)"))
            if not path:
                return None
        actor = self._who()
        if actor is None:
            return None
        try:
            res = self.app.import_ledger(path, actor=actor).value
        except UserError as exc:
            if not quiet:
                self._error(self.tr("清单未导入（未保存任何内容）：\n{0}").format(exc))
            raise
        self._done()
        return res

    def export_file(self, path: str | Path | None = None, *, background: bool = False):
        """Write the ledger (XLSX or CSV). background=True (the button): on a worker thread, returns the
        BackgroundOp; otherwise returns the path written."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出应急减排清单"), self.tr("应急减排清单.xlsx"),
                                                  "Excel (*.xlsx);;CSV (*.csv)")
            if not path:
                return None
        if background:
            from widgets.common.background_export import export_in_background

            return export_in_background(self, self.store, ledger.export_file, path, button=self.btn_export,
                                        on_error=lambda exc: self._error(user_text(exc)))
        try:
            return ledger.export_file(self.store, path)
        except UserError as exc:
            self._error(user_text(exc))
            return None

    def mark_reviewed(self) -> None:
        actor = self._who()
        if actor is None:
            return
        try:
            self.app.mark_ledger_reviewed("季度核对无变化", actor=actor)
        except UserError as exc:
            self._error(user_text(exc))
        self._done()

    def _open(self, dlg):
        self.last_dialog = dlg
        dlg.accepted.connect(self._done)
        dlg.open()
        return dlg

    def open_grant_dialog(self):
        actor = self._who()
        if actor is None:
            return None
        return self._open(GrantDialog(self.app, self.catalog, actor, self))

    def open_revoke_dialog(self):
        rows = self.ex_view.selectionModel().selectedRows()
        if not rows:
            self._error(self.tr("请先选择一条豁免记录。"))
            return None
        actor = self._who()
        if actor is None:
            return None
        return self._open(RevokeDialog(self.app, self.ex_model.rows[rows[0].row()], self.catalog, actor, self))
