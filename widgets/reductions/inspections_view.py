"""现场核查: inspection tasks from flags or spot checks, tracked until closed (finding, rectification, closing,
consequences)."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from datetime import timedelta

from console.admin.settings import Settings
from console.measures import exemptions, ledger
from console.plan.catalog import Catalog
from console.reductions import inspections as I
from widgets.common.style import C
from widgets.common.table_model import RowsTableModel
from widgets.reductions.attachments_view import AttachmentsDialog
from widgets.reductions.inspection_dialogs import (
    ConsequencesDialog,
    ExtendDeadlineDialog,
    NotesDialog,
    SpotCheckDialog,
)
from widgets.reductions.tab_base import ReductionTab

STATE_BG = {I.OPEN: QColor(255, 244, 214), I.VIOLATION: QColor(255, 205, 210), I.RECTIFIED: QColor(232, 240, 247),
            I.CLOSED: QColor(200, 230, 201)}


class InspectionsModel(RowsTableModel):
    def __init__(self, parent=None):
        super().__init__([self.tr("编号"), self.tr("企业"), self.tr("承办单位"), self.tr("来源"), self.tr("事由"),
                          self.tr("状态"), self.tr("整改期限"), self.tr("附件"), self.tr("最近进展")], parent)
        self.names: dict[str, str] = {}
        self.now = None  # the store's clock when the rows were set: overdue rectifications show red

    def state_name(self, state: str) -> str:
        return {I.OPEN: self.tr("待核查"), I.VIOLATION: self.tr("违规待整改"), I.RECTIFIED: self.tr("已整改待结案"),
                I.CLOSED: self.tr("已结案")}[state]

    def event_name(self, kind: str) -> str:
        return {"finding": self.tr("核查结果"), "rectification": self.tr("整改"), "close": self.tr("结案"),
                "exemption_revoked": self.tr("撤销豁免"), "grade_lowered": self.tr("降级"),
                "deadline_extended": self.tr("延长整改期限")}.get(kind, kind)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        ins: I.Inspection | None = self.row_at(index)
        if ins is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            last = ins.events[-1] if ins.events else None
            progress = (f"{last.at:%m-%d %H:%M} {self.event_name(last.kind)}（{last.by}）" if last
                        else self.tr("{0} 派发").format(f"{ins.created_at:%m-%d %H:%M}"))
            due = ins.rectify_by
            due_text = "" if due is None else f"{due:%m-%d %H:%M}" + (
                self.tr("（逾期）") if self.overdue(ins) else "")
            files = len(ins.files())
            return (str(ins.id), f"{self.names.get(ins.code, ins.code)}（{ins.code}）", ins.assignee,
                    self.tr("问题") if ins.source == "flag" else self.tr("抽查"), ins.reason,
                    self.state_name(ins.state), due_text, str(files) if files else "", progress)[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 5:
            return QBrush(STATE_BG[ins.state])
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 6 and self.overdue(ins):
            return QBrush(QColor(C.alarm))
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 6 and self.overdue(ins):
            return QBrush(QColor("white"))
        return None

    def overdue(self, ins: I.Inspection) -> bool:
        return self.now is not None and ins.rectification_overdue(self.now)


class InspectionsView(ReductionTab):

    def __init__(self, store, catalog: Catalog, parent=None):
        super().__init__(store, catalog, parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        self.btn_spot = QPushButton(self.tr("计划抽查…"))
        self.btn_spot.clicked.connect(lambda: self.spot_check())
        self.btn_finding = QPushButton(self.tr("记录核查结果…"))
        self.btn_finding.clicked.connect(lambda: self.record_finding())
        self.btn_rect = QPushButton(self.tr("记录整改…"))
        self.btn_rect.clicked.connect(lambda: self.record_rectification())
        self.btn_extend = QPushButton(self.tr("延长整改期限…"))
        self.btn_extend.clicked.connect(lambda: self.extend_deadline())
        self.btn_close = QPushButton(self.tr("结案"))
        self.btn_close.clicked.connect(lambda: self.close_selected())
        self.btn_cons = QPushButton(self.tr("违规处理…"))
        self.btn_cons.clicked.connect(lambda: self.consequences())
        self.btn_files = QPushButton(self.tr("照片和文件…"))
        self.btn_files.clicked.connect(lambda: self.show_files())
        for b in (self.btn_spot, self.btn_finding, self.btn_rect, self.btn_extend, self.btn_close, self.btn_cons,
                  self.btn_files):
            bar.addWidget(b)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.model = InspectionsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        lay.addWidget(self.view, 1)
        self.overdue_line = QLabel()
        self.overdue_line.setStyleSheet(f"color: {C.alarm}; font-weight: bold;")
        self.overdue_line.setVisible(False)
        lay.addWidget(self.overdue_line)
        self.hint = QLabel(self.tr("在“用电核查”的问题清单中选中一条，点“派发核查”即生成核查任务；也可计划抽查。"))
        self.hint.setStyleSheet(f"color: {C.muted};")
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        self.refresh()

    def selected(self) -> I.Inspection | None:
        return self.model.row_at(self.view.currentIndex())

    def _enable(self) -> None:
        ins = self.selected()
        state = ins.state if ins else None
        self.btn_finding.setEnabled(state == I.OPEN)
        self.btn_rect.setEnabled(state in (I.VIOLATION, I.RECTIFIED))
        self.btn_extend.setEnabled(state == I.VIOLATION and ins.rectify_by is not None)
        self.btn_close.setEnabled(state == I.RECTIFIED)
        self.btn_cons.setEnabled(bool(ins and ins.violation))
        self.btn_files.setEnabled(bool(ins and ins.files()))

    def refresh(self) -> None:
        keep = self.selected().id if self.selected() else None
        self.model.names = {e.code: e.name for e in ledger.entries(self.store)}
        rows = I.all_inspections(self.store)
        self.model.now = now = self.store.clock.now()
        self.model.set_rows(rows)
        late = [r for r in rows if r.rectification_overdue(now)]
        self.overdue_line.setText(self.tr("{0} 项违规整改已逾期：{1}").format(
            len(late), "、".join(f"{r.id} {r.code}（{r.assignee}）" for r in late[:6])) if late else "")
        self.overdue_line.setVisible(bool(late))
        ids = [r.id for r in rows]
        if keep in ids:
            self.view.selectRow(ids.index(keep))
        self._enable()

    # ---- actions (the dialogs only gather the values; tests pass them directly) ---------------------------
    def from_flag(self, flag: dict, assignee: str | None = None):
        """An inspection task for the firm of a check flag, by default for the firm's town."""
        entry = next((e for e in ledger.entries(self.store) if e.code == flag["code"]), None)
        unit = assignee or (entry.town if entry else "")
        return self._do(self.app.create_inspection, flag["code"], unit, flag_id=flag["id"])

    def spot_check(self, values: tuple[str, str, str] | None = None):
        if values is None:
            from console.admin.settings import Settings

            units = list(Settings(self.store).get("towns")) + list(self.catalog.departments)
            dlg = SpotCheckDialog(ledger.entries(self.store), units, self)
            if not dlg.exec():
                return None
            values = dlg.values()
        code, unit, reason = values
        return self._do(self.app.create_inspection, code, unit, reason)

    def record_finding(self, values: tuple[bool, str, list] | None = None):
        ins = self.selected()
        if ins is None:
            return None
        rectify_by = None
        if values is None:
            hours = float(Settings(self.store).get("rectification_hours"))
            dlg = NotesDialog(self.tr("记录核查结果"), True, self, self.store.clock.now() + timedelta(hours=hours))
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return None
            values, rectify_by = dlg.values(), dlg.deadline()
        compliant, notes, files, *rest = values  # (compliant, notes, files[, rectify_by])
        rectify_by = rest[0] if rest else rectify_by
        return self._do(self.app.record_inspection_finding, ins.id, compliant, notes, files, rectify_by=rectify_by)

    def show_files(self, *, show: bool = True):
        """The selected task's photos and files (returns the dialog)."""
        ins = self.selected()
        if ins is None:
            return None
        dlg = AttachmentsDialog(self.store, ins, self)
        if show:
            dlg.exec()
        return dlg

    def record_rectification(self, values: tuple[str, list] | None = None):
        ins = self.selected()
        if ins is None:
            return None
        if values is None:
            dlg = NotesDialog(self.tr("记录整改"), False, self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return None
            _, notes, files = dlg.values()
            values = (notes, files)
        return self._do(self.app.record_rectification, ins.id, *values)

    def extend_deadline(self, values: tuple | None = None):
        """A later rectification deadline with its reason (duty officer or admin; the core checks who)."""
        ins = self.selected()
        if ins is None or ins.rectify_by is None:
            return None
        if values is None:
            dlg = ExtendDeadlineDialog(self.tr("核查任务 {0}（{1}）").format(ins.id, ins.code), ins.rectify_by, self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return None
            values = dlg.values()
        rectify_by, reason = values
        return self._do(self.app.extend_rectification_deadline, ins.id, rectify_by, reason)

    def close_selected(self, notes: str = ""):
        ins = self.selected()
        return None if ins is None else self._do(self.app.close_inspection, ins.id, notes)

    def consequences(self, values: tuple[bool, bool] | None = None):
        ins = self.selected()
        if ins is None:
            return None
        if values is None:
            entry = next((e for e in ledger.entries(self.store) if e.code == ins.code), None)
            exempt = ins.code in exemptions.exempt_codes(self.store)
            grade = entry.grade if entry else "D"
            dlg = ConsequencesDialog(f"{entry.name if entry else ins.code}（{ins.code}）", exempt, grade,
                                     I.lower_grade(grade) if grade in I.GRADES else None, self)
            if not dlg.exec():
                return None
            values = dlg.values()
        revoke, downgrade = values
        return self._do(self.app.apply_inspection_consequences, ins.id, revoke_exemption=revoke, downgrade=downgrade)
