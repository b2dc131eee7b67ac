"""企业通知: when a level takes effect, a notice to every firm with its sheet's actions; the SMS batch file and the
printable notices; each firm's acknowledgement (1 h) and execution report (24 h), overdue in red."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from console.common.errors import UserError
from console.episodes import level_in_force
from console.measures import ledger
from console.plan.catalog import Catalog
from console.reductions import notices as N
from widgets.common.i18n import level_name, user_text
from widgets.common.style import C
from widgets.common.table_model import RowsTableModel
from widgets.reductions.tab_base import ReductionTab

BG = {"done": QColor(200, 230, 201), "late": QColor(255, 236, 179), "overdue": QColor(255, 205, 210)}
FG = {"overdue": QColor(183, 28, 28)}


class ReceiptsModel(RowsTableModel):
    def __init__(self, parent=None):
        super().__init__([self.tr("企业"), self.tr("手机"), self.tr("确认收到（1小时内）"),
                          self.tr("执行情况（24小时内）"), self.tr("执行情况说明")], parent)
        self.names: dict[str, str] = {}
        self.now: datetime | None = None

    def _cell(self, r: N.Receipt, kind: str) -> str:
        at, due = (r.ack_at, r.ack_due) if kind == "ack" else (r.report_at, r.report_due)
        st = r.status(kind, self.now)
        if st in ("done", "late"):
            return (self.tr("{0} 已确认") if kind == "ack" else self.tr("{0} 已报送")).format(f"{at:%m-%d %H:%M}") \
                + (self.tr("（逾期）") if st == "late" else "")
        return (self.tr("已逾期（应于 {0} 前）") if st == "overdue" else self.tr("等待中（{0} 前）")).format(
            f"{due:%m-%d %H:%M}")

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        r: N.Receipt | None = self.row_at(index)
        if r is None:
            return None
        col = index.column()
        kind = {2: "ack", 3: "report"}.get(col)
        if role == Qt.ItemDataRole.DisplayRole:
            if kind:
                return self._cell(r, kind)
            return (f"{self.names.get(r.code, r.code)}（{r.code}）", r.phone, "", "", r.report_note)[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return r.text
        if kind and role == Qt.ItemDataRole.BackgroundRole:
            c = BG.get(r.status(kind, self.now))
            return QBrush(c) if c else None
        if kind and role == Qt.ItemDataRole.ForegroundRole and r.status(kind, self.now) in FG:
            return QBrush(FG["overdue"])
        return None


class NoticesView(ReductionTab):

    def __init__(self, store, catalog: Catalog, parent=None):
        super().__init__(store, catalog, parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        self.btn_contacts = QPushButton(self.tr("导入联系人…"))
        self.btn_contacts.clicked.connect(lambda: self.import_contacts())
        self.btn_send = QPushButton(self.tr("按生效的预警生成通知"))
        self.btn_send.clicked.connect(lambda: self.send())
        bar.addWidget(self.btn_contacts)
        bar.addWidget(self.btn_send)
        bar.addWidget(QLabel(self.tr("通知批次：")))
        self.round_combo = QComboBox()
        self.round_combo.currentIndexChanged.connect(lambda _i: self.show_round())
        bar.addWidget(self.round_combo, 1)
        lay.addLayout(bar)
        bar2 = QHBoxLayout()
        self.btn_ack = QPushButton(self.tr("记录确认收到"))
        self.btn_ack.clicked.connect(lambda: self.record("ack"))
        self.btn_report = QPushButton(self.tr("记录执行情况…"))
        self.btn_report.clicked.connect(lambda: self.record("report"))
        self.btn_sms = QPushButton(self.tr("导出短信批量文件…"))
        self.btn_sms.clicked.connect(lambda: self.export("sms"))
        self.btn_print = QPushButton(self.tr("导出打印通知…"))
        self.btn_print.clicked.connect(lambda: self.export("print"))
        for b in (self.btn_ack, self.btn_report, self.btn_sms, self.btn_print):
            bar2.addWidget(b)
        bar2.addStretch(1)
        lay.addLayout(bar2)
        self.model = ReceiptsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.view, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.refresh()

    def _round_text(self, r: dict) -> str:
        lv = self.catalog.levels.get(r["level"])
        return self.tr("{0} {1} 生效").format(level_name(lv) if lv else r["level"], r["effective_at"][5:16].replace(
            "T", " "))

    def refresh(self) -> None:
        keep = self.round_combo.currentData()
        rounds = N.rounds(self.store)
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for r in rounds:
            self.round_combo.addItem(self._round_text(r), r["id"])
        ids = [r["id"] for r in rounds]
        if keep in ids:
            self.round_combo.setCurrentIndex(ids.index(keep))
        self.round_combo.blockSignals(False)
        lv, _ = level_in_force(self.store)
        self.btn_send.setEnabled(lv in N.LEVEL_ZH)
        self.show_round()

    def show_round(self) -> None:
        rid = self.round_combo.currentData()
        self.model.names = {e.code: e.name for e in ledger.entries(self.store, include_removed=True)}
        self.model.now = self.store.clock.now()
        rows = N.receipts(self.store, rid) if rid is not None else []
        self.model.set_rows(rows)
        for b in (self.btn_ack, self.btn_report, self.btn_sms, self.btn_print):
            b.setEnabled(bool(rows))
        if not rows:
            self.summary.setText(self.tr("尚无通知。预警生效后，点“按生效的预警生成通知”。"))
            self.summary.setStyleSheet(f"color: {C.muted};")
            return
        now = self.model.now
        overdue = sum(r.status(k, now) == "overdue" for r in rows for k in ("ack", "report"))
        acked = sum(r.ack_at is not None for r in rows)
        reported = sum(r.report_at is not None for r in rows)
        self.summary.setText(self.tr("{0} 家企业：已确认 {1} 家，已报送执行情况 {2} 家，逾期 {3} 项。").format(
            len(rows), acked, reported, overdue))
        self.summary.setStyleSheet(f"font-weight: bold; color: {C.alarm if overdue else C.ok};")

    # ---- actions -------------------------------------------------------------------------------------------
    def import_contacts(self, path=None):
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("导入联系人"), "", self.tr("联系人 (*.csv *.xlsx)"))
            if not path:
                return None
        return self._do(self.app.import_firm_contacts, path)

    def send(self):
        lv, since = level_in_force(self.store)
        if lv not in N.LEVEL_ZH:
            self._error(self.tr("当前没有生效的预警。"))
            return None
        rid = self._do(self.app.send_notice_round, lv, since)
        if rid is not None:
            self.round_combo.setCurrentIndex(self.round_combo.findData(rid))
        return rid

    def record(self, kind: str, note: str | None = None):
        r = self.model.row_at(self.view.currentIndex())
        if r is None:
            self._error(self.tr("请先选中一家企业。"))
            return None
        if kind == "report" and note is None:
            note, ok = QInputDialog.getMultiLineText(self, self.tr("记录执行情况"), self.tr("企业报送的执行情况："))
            if not ok:
                return None
        return self._do(self.app.record_notice_receipt, r.notice_id, kind, note or "")

    def export(self, what: str, path=None):
        rid = self.round_combo.currentData()
        if rid is None:
            return None
        if path is None:
            title, name, filt = ((self.tr("导出短信批量文件"), self.tr("短信批量.csv"), "CSV (*.csv)") if what == "sms"
                                 else (self.tr("导出打印通知"), self.tr("应急减排通知.html"), "HTML (*.html)"))
            path, _ = QFileDialog.getSaveFileName(self, title, name, filt)
            if not path:
                return None
        try:
            return (N.write_sms_batch if what == "sms" else N.write_printable)(self.store, rid, path)
        except UserError as exc:
            self._error(user_text(exc))
            return None
