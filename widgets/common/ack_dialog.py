"""确认上级通知: an upper notice that arrived without being typed in here (e.g. imported) is acknowledged by the
duty officer; acknowledging stops the reminders."""
from __future__ import annotations

from console import episodes as E
from console.app import ConsoleApp
from console.store.db import Store
from widgets.common.i18n import role_name
from widgets.common.login_dialog import _Form
from widgets.warnings.warn_util import FORM_STYLE, OperatorRows


class AckDialog(_Form):
    def __init__(self, store: Store | ConsoleApp, notice: E.ReceivedNotice, current_user: str | None = None, parent=None):
        super().__init__(self.tr("确认收到上级通知"), self.tr("上级通知：{0}\n确认后停止提醒；如为预警，3 小时响应时限自收到时起算。")
                         .format(notice.to_notice().describe()), parent)
        self.app = ConsoleApp.of(store)
        self.store, self.notice = self.app.store, notice
        self.operator = OperatorRows(self.form, self.app, ("duty_officer",), current_user, role_name("duty_officer"))
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("确认"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("取消"))
        self.setStyleSheet(FORM_STYLE)
        self.finish_layout()

    def attempt(self) -> None:
        user = self.operator.check()
        self.notice = self.app.acknowledge_notice(self.notice.id, actor=user).value
        self.username = user.username
