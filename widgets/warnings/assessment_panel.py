"""当前研判: the level the rules give now (forecast + upper notices in force, with the user's thresholds), its
basis in words in large type, the O3/dust advisory if any, and how old the forecast is."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from console.air.airdata import ForecastInfo
from console.plan.catalog import Catalog
from console.plan.levels import NONE
from console.rules.assessment import Assessment
from console.rules.basis_en import advisory_text, basis_line
from widgets.common.alert_banner import format_duration
from widgets.common.flow_layout import FlowLayout, flow_policy
from widgets.common.i18n import lang, level_badge
from widgets.common.style import C


class AssessmentPanel(QFrame):
    def __init__(self, catalog: Catalog, parent=None):
        super().__init__(parent)
        self.catalog = catalog
        self.setObjectName("assessmentPanel")
        self.setStyleSheet(f"QFrame#assessmentPanel {{ background: white; border: 1px solid {C.border}; "
                           "border-radius: 6px; }")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 12)
        top = QWidget()  # title and level chip; the chip goes under the title when narrow (English, 1366×768)
        head = FlowLayout(top)
        flow_policy(top)
        title = QLabel(self.tr("当前研判"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        head.addWidget(title)
        self.level_chip = QLabel()
        head.addWidget(self.level_chip)
        lay.addWidget(top)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setStyleSheet(f"color: {C.text_soft}; font-size: 11pt;")
        lay.addWidget(self.source)
        self.basis = QLabel()
        self.basis.setWordWrap(True)
        self.basis.setTextFormat(Qt.TextFormat.PlainText)
        self.basis.setStyleSheet("font-size: 14pt; line-height: 140%;")
        lay.addWidget(self.basis)
        self.advisory = QLabel()
        self.advisory.setWordWrap(True)
        self.advisory.setStyleSheet(f"font-size: 13pt; background: {C.warn_bg}; color: {C.warn_fg}; padding: 8px; "
                                    f"border: 1px solid {C.warn_border}; border-radius: 4px;")
        self.advisory.hide()
        lay.addWidget(self.advisory)
        self.assessment: Assessment | None = None

    def set_assessment(self, a: Assessment, forecast: ForecastInfo | None, now: datetime) -> None:
        self.assessment = a
        lv = self.catalog.levels.get(a.level)
        bg, fg = (lv.rgb, lv.text_rgb) if lv else ((46, 125, 50), (255, 255, 255))
        self.level_chip.setText(level_badge(a.level) if a.level != NONE else self.tr("未达到预警条件"))
        self.level_chip.setStyleSheet(f"background: rgb{bg}; color: rgb{fg}; font-size: 16pt; font-weight: bold; "
                                      "padding: 3px 12px; border-radius: 4px;")
        if forecast is None:
            self.source.setText(self.tr("尚无预测数据 · 研判于 {0}").format(f"{now:%m-%d %H:%M}"))
            self.source.setStyleSheet(f"color: {C.alarm}; font-size: 11pt; font-weight: bold;")
        else:
            age = format_duration((now - forecast.issued_at).total_seconds())
            self.source.setText(self.tr("预测：{0} {1} 发布（{2}前）· 研判于 {3}").format(
                forecast.issuer, f"{forecast.issued_at:%m-%d %H:%M}", age, f"{now:%m-%d %H:%M}"))
            self.source.setStyleSheet(f"color: {C.text_soft}; font-size: 11pt;")
        self.basis.setText("\n".join(f"• {basis_line(line, lang())}" for line in a.basis))
        self.advisory.setVisible(bool(a.advisory))
        self.advisory.setText(self.tr("健康提示（不定预警级别）：") +
                              (advisory_text(a.advisory_pollutants, a.advisory, lang()) or ""))

    def basis_text(self) -> str:
        return self.basis.text()
