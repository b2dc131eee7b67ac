"""Attached files (inspection photos and files, units' summary files): a list of an inspection's files; a photo
opens in a dialog, any other file is saved out through a save dialog. Both only after the kept bytes are checked
against the SHA-256 recorded with them (console/common/attachments)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from console.common import attachments
from console.common.errors import UserError
from console.reductions import inspections as I
from widgets.common.i18n import user_text


class ImageDialog(QDialog):
    """A photo shown at most at the screen's size, with its name and hash."""

    def __init__(self, name: str, sha256: str, data: bytes, parent=None):
        super().__init__(parent)
        self.setWindowTitle(name)
        lay = QVBoxLayout(self)
        pix = QPixmap()
        self.ok = pix.loadFromData(data)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if self.ok:
            self.image.setPixmap(pix.scaled(1000, 600, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation)
                                 if pix.width() > 1000 or pix.height() > 600 else pix)
        else:
            self.image.setText(self.tr("无法显示此图片（可另存后用其他程序打开）"))
        area = QScrollArea()
        area.setWidget(self.image)
        area.setWidgetResizable(True)
        lay.addWidget(area, 1)
        lay.addWidget(QLabel(self.tr("SHA-256（已校验）：{0}").format(sha256)))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        lay.addWidget(box)
        self.resize(min(1040, max(480, pix.width() + 40)), min(700, max(360, pix.height() + 100)))


def open_file(parent, store, name: str, sha256: str, save_to: str | None = None, *, show: bool = True):
    """A photo: shown (returns the dialog); another file: saved to `save_to` or a path asked for (returns the
    path). A file whose bytes do not match its hash is refused with a message (returns None)."""
    try:
        data = I.file_bytes(store, sha256)
        if data is None:
            raise UserError(QCoreApplication.translate("Attachments", "附件 {0} 不在数据库中").format(name))
        if attachments.is_image(name) and save_to is None:
            dlg = ImageDialog(name, sha256, data, parent)
            if show:
                dlg.exec()
            return dlg
        if save_to is None:
            save_to, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Attachments", "另存附件"), name)
            if not save_to:
                return None
        return attachments.save(data, sha256, save_to)
    except UserError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Attachments", "无法打开附件"), user_text(exc))
        return None


class AttachmentsDialog(QDialog):
    """The files of one inspection (finding, rectification), each with its event, size and hash."""

    def __init__(self, store, ins: I.Inspection, parent=None):
        super().__init__(parent)
        self.store, self.files = store, ins.files()
        self.setWindowTitle(self.tr("核查任务 {0} 的照片和文件").format(ins.id))
        lay = QVBoxLayout(self)
        events = {"finding": self.tr("核查结果"), "rectification": self.tr("整改")}
        self.table = QTableWidget(len(self.files), 5)
        self.table.setHorizontalHeaderLabels([self.tr("文件"), self.tr("记录于"), self.tr("时间"), self.tr("大小"),
                                              "SHA-256"])
        for r, f in enumerate(self.files):
            for c, v in enumerate((f["name"], events.get(f["event"], f["event"]), f"{f['at']:%m-%d %H:%M}",
                                   f"{f['size'] / 1024:.1f} KB", f["sha256"][:16] + "…")):
                self.table.setItem(r, c, QTableWidgetItem(v))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.resizeColumnsToContents()
        self.table.cellDoubleClicked.connect(lambda r, _c: self.open_row(r))
        lay.addWidget(self.table, 1)
        hint = QLabel(self.tr("双击打开：照片在窗口中显示，其他文件另存；导出前核对 SHA-256。") if self.files
                      else self.tr("该任务没有照片或文件。"))
        hint.setWordWrap(True)
        lay.addWidget(hint)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        self.btn_open = box.addButton(self.tr("打开/另存…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.btn_open.clicked.connect(lambda: self.open_row(max(self.table.currentRow(), 0)))
        self.btn_open.setEnabled(bool(self.files))
        lay.addWidget(box)
        self.resize(720, 320)

    def open_row(self, row: int, save_to: str | None = None, *, show: bool = True):
        f = self.files[row]
        return open_file(self, self.store, f["name"], f["sha256"], save_to, show=show)
