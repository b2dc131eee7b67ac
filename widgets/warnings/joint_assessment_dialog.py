"""记录联合研判 (plan §3.2.2 (4)): 生态环境局 and 气象局 jointly assess how long AQI stays below the yellow trigger
— the basis of a lift proposal (needs ≥ improve_min_hours, 36 h by default)."""
from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QPlainTextEdit

from console import episodes as E
from console.app import ConsoleApp
from console.admin.settings import Settings
from console.store.db import Store
from widgets.common.login_dialog import _Form
from widgets.warnings.warn_util import (
    FORM_STYLE,
    OperatorRows,
    datetime_edit,
    from_qdatetime,
)


class JointAssessmentDialog(_Form):
    """Result in .joint (episodes.JointAssessment) after accept."""

    def __init__(self, store: Store | ConsoleApp, current_user: str | None = None, parent=None):
        app = ConsoleApp.of(store)
        store = app.store
        need = float(Settings(store).get("improve_min_hours"))
        super().__init__(self.tr("记录联合研判"), self.tr(
            "区生态环境局与区气象局联合研判：预计AQI低于黄色预警条件持续多少小时。解除预警须持续至少 {0} 小时。").format(
            f"{need:g}"), parent)
        self.app, self.store, self.joint = app, store, None
        self.setMinimumWidth(600)
        self.setStyleSheet(FORM_STYLE)
        self.at = datetime_edit(store.clock.now())
        self.form.addRow(self.tr("研判时间"), self.at)
        self.ecology = QLineEdit()
        self.form.addRow(self.tr("生态环境局会商人"), self.ecology)
        self.meteorology = QLineEdit()
        self.form.addRow(self.tr("气象局会商人"), self.meteorology)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 240)
        self.hours.setDecimals(0)
        self.hours.setSuffix(self.tr(" 小时"))
        self.hours.setValue(need)
        self.form.addRow(self.tr("AQI低于黄色条件持续"), self.hours)
        self.conclusion = QPlainTextEdit()
        self.conclusion.setFixedHeight(80)
        self.form.addRow(self.tr("研判结论"), self.conclusion)
        self.operator = OperatorRows(self.form, app, ("duty_officer",), current_user, self.tr("记录人（值班员）"))
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("保存"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("取消"))
        self.finish_layout()

    def attempt(self) -> None:
        user = self.operator.check()
        self.joint = self.app.record_joint_assessment(self.ecology.text(), self.meteorology.text(), self.hours.value(),
                                                   self.conclusion.toPlainText(),
                                                   from_qdatetime(self.at.dateTime()), actor=user).value
        self.username = user.username
