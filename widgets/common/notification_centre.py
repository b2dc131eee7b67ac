"""通知中心: what is open now (with acknowledge and go-to) and what was sent."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.alerts import delivery
from console.alerts.escalation import Pending
from console.alerts.notifications import acked_at
from widgets.common.alert_banner import format_duration
from widgets.common.i18n import alert_text

SEVERITY_RGB = {"critical": (176, 0, 32), "warning": (230, 120, 0), "info": (90, 100, 110),
                "calm": (16, 60, 110), "near": (230, 120, 0), "overdue": (176, 0, 32)}


def countdown(due: datetime, now: datetime) -> str:
    secs = int((due - now).total_seconds())
    sign = "" if secs >= 0 else QCoreApplication.translate("NotificationCentre", "超时 ")
    secs = abs(secs)
    h, rem = divmod(secs, 3600)
    return f"{sign}{h}:{rem // 60:02d}"


def urgency(p: Pending, now: datetime) -> str:
    """overdue (past its deadline), near (under a quarter of its time, or 30 minutes, left), calm (time enough);
    an item without a deadline keeps its severity."""
    if p.due is None:
        return p.severity
    left = (p.due - now).total_seconds()
    if left < 0:
        return "overdue"
    return "near" if left < max(1800.0, (p.due - p.since).total_seconds() / 4) else "calm"


class NotificationCentre(QWidget):
    acknowledge_requested = Signal(str)  # item key
    open_requested = Signal(str)         # item key

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.title = QLabel(self.tr("待办与告警"))
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        head.addWidget(self.title, 1)
        self.ack_button = QPushButton(self.tr("确认收到"))
        self.ack_button.setToolTip(self.tr("确认后停止重复提醒；事项未办结时仍会低频提醒"))
        self.ack_button.clicked.connect(self._ack_selected)
        head.addWidget(self.ack_button)
        lay.addLayout(head)
        self.list = QListWidget()
        self.list.setStyleSheet("QListWidget { font-size: 13pt; } QListWidget::item { padding: 6px; }")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemDoubleClicked.connect(lambda it: self.open_requested.emit(it.data(Qt.ItemDataRole.UserRole)))
        lay.addWidget(self.list)
        self.items: list[Pending] = []

    def set_items(self, items: list[Pending], now: datetime) -> None:
        self.items = list(items)
        self.list.clear()
        self.title.setText(self.tr("待办与告警（{0}）").format(len(items)))
        if not items:
            placeholder = QListWidgetItem(self.tr("没有待办事项"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
            self.ack_button.setEnabled(False)
            return
        self.ack_button.setEnabled(True)
        last = delivery.last_by_item(self.store)
        for p in items:
            acked = acked_at(self.store, p.key)
            title, body = alert_text(p)
            parts = [title, self.tr("已等待 {0}").format(format_duration((now - p.since).total_seconds()))]
            if p.due is not None:
                parts.append(self.tr("剩余 {0}").format(countdown(p.due, now)))
            parts.append(self.tr("（已确认）") if acked else self.tr("（未确认）"))
            note = self.delivery_note(last.get(p.key))
            if note:
                parts.append(note)
            item = QListWidgetItem("  ".join(parts) + "\n    " + body)
            item.setData(Qt.ItemDataRole.UserRole, p.key)
            item.setForeground(QBrush(QColor(*SEVERITY_RGB.get(urgency(p, now), (0, 0, 0)))))
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def delivery_note(self, record: dict | None) -> str:
        """What the duty officer must know about the last reminder of an item: it may not have arrived (cut off
        by a crash), or it reached only the tray / this window because the desktop service refused it."""
        if record is None:
            return ""
        channel = record["channel"]
        if channel == delivery.INTERRUPTED:
            return self.tr("⚠ 上次提醒可能未送达（发送时程序中断）")
        if channel == delivery.SENDING:
            return self.tr("提醒发送中…")
        if channel == "tray" and record["error"]:
            return self.tr("⚠ 桌面通知未送达，仅托盘提示")
        if channel == "inapp" and record["error"]:
            return self.tr("⚠ 桌面通知未送达，仅在本窗口显示")
        return ""

    def _ack_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.acknowledge_requested.emit(item.data(Qt.ItemDataRole.UserRole))
