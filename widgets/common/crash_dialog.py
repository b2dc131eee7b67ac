"""Shows an unexpected error with its traceback and a copy button. Logged before it is shown."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from widgets.common.fit import FitsScreen


class CrashDialog(FitsScreen, QDialog):
    def __init__(self, details: str, log_path: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("程序出错"))
        self.resize(760, 460)
        lay = QVBoxLayout(self)
        msg = QLabel(self.tr("程序遇到意外错误。已保存的数据不受影响；错误详情已写入日志：\n{0}\n"
                             "请复制以下内容发送给系统维护人员。").format(log_path))
        msg.setWordWrap(True)
        lay.addWidget(msg)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        lay.addWidget(self.text)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("复制详情"))
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
