"""总结报送 (plan §6.2): after the response ends every participating unit sends its summary within 24 h.
Shows who is still missing and records a summary received."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from console import episodes as E
from console.app import ConsoleApp
from console.store.db import Store
from widgets.common.login_dialog import _Form
from widgets.common.style import C
from widgets.warnings.warn_util import (
    FORM_STYLE,
    OperatorRows,
    datetime_edit,
    from_qdatetime,
)


class SummaryDialog(_Form):
    def __init__(self, store: Store | ConsoleApp, current_user: str | None = None, parent=None):
        app = ConsoleApp.of(store)
        store = app.store
        status = E.summaries_status(store)
        if status is None:
            intro = self.tr("还没有已结束的应急响应过程；响应结束后各参与单位须在 24 小时内报送总结。")
        else:
            intro = self.tr("过程 #{0} 于 {1} 结束，总结须于 {2} 前报送。已收到 {3} 家，尚缺 {4} 家。").format(
                status.episode_id, f"{status.ended_at:%m-%d %H:%M}", f"{status.due_at:%m-%d %H:%M}",
                len(status.received), len(status.missing))
        super().__init__(self.tr("总结报送"), intro, parent)
        self.app, self.store, self.status = app, store, status
        self.setMinimumWidth(640)
        self.setStyleSheet(FORM_STYLE)
        self.unit = QComboBox()
        for u in (status.missing if status else []):
            self.unit.addItem(u)
        self.unit.setEditable(True)
        self.form.addRow(self.tr("报送单位"), self.unit)
        self.missing = QLabel("、".join(status.missing) if status and status.missing else self.tr("无"))
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(f"color: {C.warn};")
        self.form.addRow(self.tr("尚未报送"), self.missing)
        self.received_at = datetime_edit(store.clock.now())
        self.form.addRow(self.tr("收到时间"), self.received_at)
        self.by = QLineEdit()
        self.form.addRow(self.tr("报送人"), self.by)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("总结正文（可选；收入应急总结汇总）"))
        self.text.setFixedHeight(90)
        self.form.addRow(self.tr("总结内容"), self.text)
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("总结文件（可选；以 SHA-256 保存）"))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.form.addRow(self.tr("总结文件"), row)
        self.operator = OperatorRows(self.form, app, ("duty_officer",), current_user, self.tr("记录人（值班员）"))
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("记录"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("取消"))
        self.finish_layout()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择总结文件"))
        if path:
            self.file.setText(path)

    def attempt(self) -> None:
        user = self.operator.check()
        self.app.record_summary(self.unit.currentText(), from_qdatetime(self.received_at.dateTime()), self.by.text(),
                                episode_id=self.status.episode_id if self.status else None, actor=user,
                                text=self.text.toPlainText(), file=self.file.text().strip() or None)
        self.username = user.username
