"""每日报送: today's figures from the records (refreshed with every change), sent = frozen and kept, exported to
XLSX and PDF; the reports sent before stay viewable."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.app import ConsoleApp
from console.common.errors import UserError
from console.reductions import daily_report as D
from console.store.db import Store
from widgets.common.i18n import user_text
from widgets.common.table_model import RowsTableModel


class FiguresModel(RowsTableModel):
    def __init__(self, parent=None):
        super().__init__([self.tr("项目"), self.tr("数值")], parent)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        r = self.row_at(index)
        if r is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return str(r[index.column()])


class DailyReportView(QWidget):
    changed = Signal()

    def __init__(self, store: Store | ConsoleApp, parent=None):
        super().__init__(parent)
        self.app = ConsoleApp.of(store)
        self.store = self.app.store
        self.actor = None
        self.report: D.Report | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("日报：")))
        self.which = QComboBox()
        self.which.currentIndexChanged.connect(lambda _i: self.show_selected())
        bar.addWidget(self.which, 1)
        self.btn_send = QPushButton(self.tr("报送（保存当前日报）"))
        self.btn_send.clicked.connect(lambda: self.send())
        self.btn_xlsx = QPushButton(self.tr("导出 XLSX…"))
        self.btn_xlsx.clicked.connect(lambda: self.export("xlsx"))
        self.btn_pdf = QPushButton(self.tr("导出 PDF…"))
        self.btn_pdf.clicked.connect(lambda: self.export("pdf"))
        for b in (self.btn_send, self.btn_xlsx, self.btn_pdf):
            bar.addWidget(b)
        lay.addLayout(bar)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 15px;")
        lay.addWidget(self.title)
        self.model = FiguresModel(self)
        self.units = FiguresModel(self)
        row = QHBoxLayout()
        for m in (self.model, self.units):
            v = QTableView()
            v.setModel(m)
            v.verticalHeader().setVisible(False)
            v.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
            v.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            v.horizontalHeader().setStretchLastSection(True)
            row.addWidget(v, 1)
        self.units.headers = [self.tr("单位"), self.tr("响应措施（已完成/总数）")]
        lay.addLayout(row, 1)
        self.refresh()

    def refresh(self) -> None:
        keep = self.which.currentData()
        self.which.blockSignals(True)
        self.which.clear()
        self.which.addItem(self.tr("当前（未报送）"), None)
        for rid, rep, by in D.sent_reports(self.store):
            self.which.addItem(self.tr("{0} 已报送（{1}）").format(f"{rep.at:%Y-%m-%d %H:%M}", by), rid)
        i = self.which.findData(keep)
        self.which.setCurrentIndex(max(i, 0))
        self.which.blockSignals(False)
        self.show_selected()

    def show_selected(self) -> None:
        rid = self.which.currentData()
        if rid is None:
            self.report = D.compose(self.store)
        else:
            self.report = next(rep for i, rep, _ in D.sent_reports(self.store) if i == rid)
        self.btn_send.setEnabled(rid is None)
        self.title.setText(D.title(self.report))
        self.model.set_rows(self.report.rows)
        self.units.set_rows([[u, f"{d}/{n}"] for u, d, n in self.report.units])

    def _error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("无法完成"), message)

    def send(self):
        if self.actor is None:
            self._error(self.tr("请先在窗口底部“登录”值班账户：每项修改都以登录人的名义记入审计。"))
            return None
        try:
            rid = self.app.send_daily_report(actor=self.actor).value
        except UserError as exc:
            self._error(user_text(exc))
            return None
        self.refresh()
        self.which.setCurrentIndex(self.which.findData(rid))
        self.changed.emit()
        return rid

    def export(self, kind: str, path=None):
        if self.report is None:
            return None
        if path is None:
            name = f"日报_{self.report.day}.{kind}"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出日报"), name,
                                                  "Excel (*.xlsx)" if kind == "xlsx" else "PDF (*.pdf)")
            if not path:
                return None
        try:
            if kind == "xlsx":
                return D.write_xlsx(self.report, path)
            from console.admin.session import is_drill
            from widgets.common.pdf_export import html_to_pdf

            html_to_pdf(D.to_html(self.report), path, title=D.title(self.report), creator="haimen-console",
                        drill=is_drill(self.store))  # a drill's report carries the drill watermark
            return path
        except UserError as exc:
            self._error(user_text(exc))
            return None
