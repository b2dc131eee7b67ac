"""The big banner: the level in force in its official colour and how long it has been in force."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt
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
        # one line when it fits, else its two parts on two lines (never broken inside a time or a duration)
        self._detail_parts: tuple[str, ...] = ()
        self.detail_label.installEventFilter(self)  # its font changes (wall mode's scale): fit it again
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
        self._colours = None  # (background, text) of the styles applied
        self.set_state("none", None, None)

    def set_state(self, level: str, since: datetime | None, now: datetime | None, drill: bool = False) -> None:
        self.level = level
        self.drill_label.setVisible(drill)
        if level in self.catalog.levels:
            lv = self.catalog.levels[level]
            bg, fg = lv.rgb, lv.text_rgb
            self.level_label.setText(self.tr("{0}（{1}级）生效中").format(level_name(lv), lv.roman))
            if since is not None and now is not None:
                self._set_detail(self.tr("自 {0} 起").format(to_local(since).strftime("%m-%d %H:%M")),
                                 self.tr("已持续 {0}").format(format_duration((now - since).total_seconds())))
            else:
                self._set_detail()
        else:
            bg, fg = (46, 125, 50), (255, 255, 255)
            self.level_label.setText(self.tr("当前无预警"))
            self._set_detail(self.tr("未启动应急响应"))
        if (bg, fg) != self._colours:  # restyling repolishes the banner and its labels: only when the level changes
            self._colours = (bg, fg)
            self.setStyleSheet(
                f"QFrame#alertBanner {{ background: rgb{bg}; border-radius: 6px; }}"
                f"QFrame#alertBanner QLabel {{ color: rgb{fg}; }}")
            self.level_label.setStyleSheet(f"color: rgb{fg}; font-size: 24pt; font-weight: bold;")
            self.detail_label.setStyleSheet(f"color: rgb{fg}; font-size: 15pt;")
        self._fit_detail()  # with the detail's font as now styled

    def _set_detail(self, *parts: str) -> None:
        self._detail_parts = parts
        self._fit_detail()

    def _fit_detail(self) -> None:
        """The detail on one line ("a · b") when the banner has room for it beside the level, else one part per
        line: Qt's word wrap would break Chinese text anywhere, e.g. between 55 and 分."""
        one = " · ".join(self._detail_parts)
        lay = self.layout()
        m = lay.contentsMargins()
        room = (self.width() - m.left() - m.right() - self.level_label.sizeHint().width() - 3 * lay.spacing()
                - (self.drill_label.sizeHint().width() if self.drill_label.isVisibleTo(self) else 0))
        self.detail_label.ensurePolished()
        fits = self.detail_label.fontMetrics().horizontalAdvance(one) <= room
        self.detail_label.setText(one if fits or len(self._detail_parts) < 2 else "\n".join(self._detail_parts))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._fit_detail()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt)
        # getattr: while the banner's Python side is being torn down its label can still send events
        if obj is getattr(self, "detail_label", None) and event.type() in (QEvent.Type.FontChange,
                                                                            QEvent.Type.StyleChange):
            self._fit_detail()
        return super().eventFilter(obj, event)
