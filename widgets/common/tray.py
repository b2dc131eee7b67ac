"""Tray icon with the count of open items; clicking it brings the console forward."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from widgets.common import style


def badge_icon(count: int, drill: bool = False) -> QIcon:
    pix = style.icon("app").pixmap(64, 64)
    if pix.isNull():
        pix = QPixmap(64, 64)
        pix.fill(QColor(31, 45, 58))
    if count:
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(QColor(204, 0, 0))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QRect(26, 0, 38, 38))
        p.setPen(QColor("white"))
        f = QFont()
        f.setBold(True)
        f.setPixelSize(24 if count < 10 else 18)
        p.setFont(f)
        p.drawText(QRect(26, 0, 38, 38), Qt.AlignmentFlag.AlignCenter, str(count) if count < 100 else "99+")
        p.end()
    return QIcon(pix)


class Tray(QSystemTrayIcon):
    open_requested = Signal()
    centre_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(badge_icon(0), parent)
        self.count = 0
        menu = QMenu()
        for text, sig in ((self.tr("打开指挥台"), self.open_requested), (self.tr("通知中心"), self.centre_requested),
                          (self.tr("退出"), self.quit_requested)):
            act = QAction(text, menu)
            act.triggered.connect(sig.emit)
            menu.addAction(act)
        self._menu = menu
        self.setContextMenu(menu)
        self.activated.connect(lambda reason: self.open_requested.emit()
                               if reason == QSystemTrayIcon.ActivationReason.Trigger else None)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.count = count
        self.setIcon(badge_icon(count))
        self.setToolTip(self.tr("重污染天气应急指挥台：{0} 项待办").format(count) if count
                        else self.tr("重污染天气应急指挥台：无待办"))
