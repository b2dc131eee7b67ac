"""A station's data freshness: the time of its last hour of data and how old that is — red when older than the
stale setting (UX rule 10: stale feeds are shown as stale). The clock is injected; no hidden datetime.now()."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel

from console.common.clock import Clock, to_local
from widgets.common.style import C

FRESH_STYLE = f"QLabel {{ background: {C.fresh_bg}; color: {C.fresh_fg}; border: 1px solid {C.fresh_border}; }}"
STALE_STYLE = (f"QLabel {{ background: {C.alarm}; color: white; border: 1px solid {C.stale_border}; "
               "font-weight: bold; }")
NONE_STYLE = f"QLabel {{ background: {C.none_bg}; color: {C.slate}; border: 1px solid {C.none_border}; }}"
_BASE = " QLabel { border-radius: 4px; padding: 3px 8px; font-size: 11pt; }"


class FreshnessBadge(QLabel):
    def __init__(self, last: datetime | None, clock: Clock, stale_hours: float = 2.0, parent=None):
        super().__init__(parent)
        self.clock = clock
        self.stale_hours = float(stale_hours)
        self.last = None if last is None else to_local(last)
        self.stale = False
        self.refresh()

    def set_last(self, last: datetime | None) -> None:
        self.last = None if last is None else to_local(last)
        self.refresh()

    def set_stale_hours(self, hours: float) -> None:
        self.stale_hours = float(hours)
        self.refresh()

    def age_hours(self) -> float | None:
        if self.last is None:
            return None
        return (self.clock.now() - self.last).total_seconds() / 3600.0

    def _age_text(self, hours: float) -> str:
        if hours < 1:
            return self.tr("{0} 分钟前").format(max(int(hours * 60), 0))
        if hours < 10 and int(round(hours * 60)) % 60:
            minutes = int(round(hours * 60))
            return self.tr("{0} 小时 {1} 分钟前").format(minutes // 60, minutes % 60)
        if hours < 48:
            return self.tr("{0} 小时前").format(int(hours))
        if hours < 24 * 60:
            return self.tr("{0:.0f} 天前").format(hours / 24)
        return self.tr("{0:.1f} 年前").format(hours / 24 / 365.25)

    def refresh(self) -> None:
        """Re-evaluate against the clock now (call on a timer and after imports)."""
        age = self.age_hours()
        if age is None:
            self.stale = True
            self.setText(self.tr("无数据"))
            self.setStyleSheet(NONE_STYLE + _BASE)
            self.setToolTip(self.tr("该站点还没有任何数据。"))
            return
        self.stale = age > self.stale_hours
        when = self.last.strftime("%Y-%m-%d %H:%M")
        if self.stale:
            self.setText(self.tr("超时 · {0}\n最新 {1}").format(self._age_text(age), when))
            self.setStyleSheet(STALE_STYLE + _BASE)
        else:
            self.setText(self.tr("正常 · {0}\n最新 {1}").format(self._age_text(age), when))
            self.setStyleSheet(FRESH_STYLE + _BASE)
        self.setToolTip(self.tr("最后一小时数据：{0}；超过 {1:g} 小时未更新显示为红色（设置“数据超时告警”）。").format(
            when, self.stale_hours))
