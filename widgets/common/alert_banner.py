"""The big banner: the level in force in its official colour and how long it has been in force."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel

from console.common.clock import to_local
from console.plan.catalog import Catalog
from widgets.common import style
from widgets.common.i18n import level_name


def format_duration(seconds: float) -> str:
    minutes = int(max(0, seconds) // 60)
    d, rem = divmod(minutes, 24 * 60)
    h, m = divmod(rem, 60)
    if d:
        return QCoreApplication.translate("AlertBanner", "{0}天{1}小时{2}分").format(d, h, m)
    if h:
        return QCoreApplication.translate("AlertBanner", "{0}小时{1}分").format(h, m)
    return QCoreApplication.translate("AlertBanner", "{0}分钟").format(m)


class AlertBanner(QFrame):
    def __init__(self, catalog: Catalog, parent=None):
        super().__init__(parent)
        self.catalog = catalog
        self.setObjectName("alertBanner")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(18, 10, 18, 10)
        self.level_label = QLabel()
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)  # two lines rather than clipped when the level's name is long (English)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.drill_label = QLabel(self.tr("演练 DRILL"))
        self.drill_label.setStyleSheet(f"background: rgb{style.DRILL_RGB}; color: white; font-size: 16pt;"
                                       "font-weight: bold; padding: 4px 12px; border-radius: 4px;")
        self.drill_label.hide()
        lay.addWidget(self.level_label)
        lay.addStretch(1)
        lay.addWidget(self.detail_label)
        lay.addWidget(self.drill_label)
        self.level = "none"
        self.set_state("none", None, None)

    def set_state(self, level: str, since: datetime | None, now: datetime | None, drill: bool = False) -> None:
        self.level = level
        self.drill_label.setVisible(drill)
        if level in self.catalog.levels:
            lv = self.catalog.levels[level]
            bg, fg = lv.rgb, lv.text_rgb
            self.level_label.setText(self.tr("{0}（{1}级）生效中").format(level_name(lv), lv.roman))
            if since is not None and now is not None:
                self.detail_label.setText(self.tr("自 {0} 起 · 已持续 {1}").format(
                    to_local(since).strftime("%m-%d %H:%M"), format_duration((now - since).total_seconds())))
            else:
                self.detail_label.setText("")
        else:
            bg, fg = (46, 125, 50), (255, 255, 255)
            self.level_label.setText(self.tr("当前无预警"))
            self.detail_label.setText(self.tr("未启动应急响应"))
        self.setStyleSheet(
            f"QFrame#alertBanner {{ background: rgb{bg}; border-radius: 6px; }}"
            f"QFrame#alertBanner QLabel {{ color: rgb{fg}; }}")
        self.level_label.setStyleSheet(f"color: rgb{fg}; font-size: 24pt; font-weight: bold;")
        self.detail_label.setStyleSheet(f"color: rgb{fg}; font-size: 15pt;")
