"""记录会商 (plan §3.1): time, participants, the forecast discussed, the conclusion and the next consultation."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit

from console import episodes as E
from console.app import ConsoleApp
from console.store.db import Store
from widgets.common.login_dialog import _Form
from widgets.warnings.warn_util import (
    FORM_STYLE,
    OperatorRows,
    datetime_edit,
    from_qdatetime,
)


class ConsultationDialog(_Form):
    """Result in .consultation (episodes.Consultation) after accept."""

    def __init__(self, store: Store | ConsoleApp, current_user: str | None = None, parent=None):
        app = ConsoleApp.of(store)
        store = app.store
        super().__init__(self.tr("记录会商"), self.tr("生态环境局与气象局联合会商：记录时间、参加人员、会商预报、结论与下次会商时间。"),
                         parent)
        self.app, self.store, self.consultation = app, store, None
        self.setMinimumWidth(760)
        self.setStyleSheet(FORM_STYLE)
        now = store.clock.now()
        self.at = datetime_edit(now)
        self.form.addRow(self.tr("会商时间"), self.at)
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(self.tr("用顿号或逗号分隔，例如：区生态环境局 张三、区气象局 李四"))
        self.form.addRow(self.tr("参加人员"), self.participants)
        self.forecast = QPlainTextEdit()
        self.forecast.setFixedHeight(80)
        self.form.addRow(self.tr("会商预报"), self.forecast)
        self.conclusion = QPlainTextEdit()
        self.conclusion.setFixedHeight(80)
        self.form.addRow(self.tr("会商结论"), self.conclusion)
        self.has_next = QCheckBox(self.tr("约定下次会商"))
        self.has_next.setChecked(True)
        self.form.addRow("", self.has_next)
        self.next_at = datetime_edit(now + timedelta(hours=6))
        self.has_next.toggled.connect(self.next_at.setEnabled)
        self.form.addRow(self.tr("下次会商时间"), self.next_at)
        self.operator = OperatorRows(self.form, app, ("duty_officer",), current_user, self.tr("记录人（值班员）"))
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("保存"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("取消"))
        self.finish_layout()

    def attempt(self) -> None:
        user = self.operator.check()
        people = [p for p in self.participants.text().replace("，", "、").replace(",", "、").split("、")]
        self.consultation = self.app.record_consultation(
            from_qdatetime(self.at.dateTime()), people, self.forecast.toPlainText(), self.conclusion.toPlainText(),
            from_qdatetime(self.next_at.dateTime()) if self.has_next.isChecked() else None, actor=user).value
        self.username = user.username
