"""每日报送: today's figures from the records (refreshed with every change), sent = frozen and kept, exported to
XLSX and PDF; the reports sent before stay viewable. Above them, today's report against the configured time
(setting daily_report_time): waiting, sent, late or overdue (red; the page's tab turns red too)."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from console.reductions import daily_report as D
from widgets.common.i18n import lang, unit_name
from widgets.common.style import C
from widgets.common.table_model import RowsTableModel
from widgets.common.timers import every_minute
from widgets.reductions.tab_base import ReductionTab


class FiguresModel(RowsTableModel):
    def __init__(self, parent=None):
        super().__init__([self.tr("项目"), self.tr("数值")], parent)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        r = self.row_at(index)
        if r is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return str(D.label(r[index.column()], lang()))


class DailyReportView(ReductionTab):
    due_changed = Signal(bool)  # today's report overdue or not

    def __init__(self, store, parent=None):
        super().__init__(store, None, parent)
        self.report: D.Report | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        bar, self.btn_send = self._document_bar(self.tr("日报："), self.tr("报送（保存当前日报）"), self.send)
        lay.addLayout(bar)
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)
        lay.addWidget(self.due_label)
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
        self._overdue = False
        # the time passes without any change to the records; stops once the store is closed (widgets/common/timers)
        self.timer = every_minute(self, self.show_due)
        self.refresh()

    def show_due(self) -> bool:
        """Today's report against the configured time; returns whether it is overdue."""
        st = D.due_status(self.store)
        due = f"{st.due_at:%H:%M}"
        text = {
            "not_due": self.tr("报送时间每日 {0}：今日无需报送（该时刻无预警生效）。"),
            "pending": self.tr("报送时间每日 {0}：今日日报尚未报送。"),
            "overdue": self.tr("报送时间每日 {0}：今日日报已逾期未报送！"),
            "sent": self.tr("报送时间每日 {0}：今日日报已按时报送（{1}）。"),
            "late": self.tr("报送时间每日 {0}：今日日报已迟报（{1}）。"),
        }[st.state].format(due, f"{st.sent_at:%H:%M}" if st.sent_at else "")
        self.due_label.setText(text)
        colour = {"overdue": C.alarm, "late": C.warn, "sent": C.ok}.get(st.state, C.text_soft)
        self.due_label.setStyleSheet(f"color: {colour};" + (" font-weight: bold;" if st.overdue else ""))
        if st.overdue != self._overdue:
            self._overdue = st.overdue
            self.due_changed.emit(st.overdue)
        return st.overdue

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
        self.show_due()

    def show_selected(self) -> None:
        rid = self.which.currentData()
        if rid is None:
            self.report = D.compose(self.store)
        else:
            self.report = next(rep for i, rep, _ in D.sent_reports(self.store) if i == rid)
        self.btn_send.setEnabled(rid is None)
        self.title.setText(D.title(self.report, lang()))
        self.model.set_rows(self.report.rows)
        self.units.set_rows([[unit_name(u), f"{d}/{n}"] for u, d, n in self.report.units])

    def send(self):
        return self._keep_document(self.app.send_daily_report)

    def export(self, kind: str, path=None):
        name = f"日报_{self.report.day}" if self.report is not None else ""
        return self._export_document(self.report, kind, path, D, self.tr("导出日报"), name)
