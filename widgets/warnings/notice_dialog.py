"""录入上级通知: a warning notice from the Ministry (长三角区域 via 生态环境部), the province or the city — issuer,
action (发布/调整/解除), level, document number and the time it was received. Entering it by hand also
acknowledges it (the person typing it in has read it); a warning above the level in force starts the
3-hour response clock (the core does that)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLineEdit

from console import episodes as E
from console.app import ConsoleApp
from console.plan.levels import LEVEL_CODES
from console.rules.notices import ACTION_CN, ACTIONS, ISSUER_CN, ISSUERS, LIFT
from console.store.db import Store
from widgets.common.i18n import level_badge
from widgets.common.login_dialog import _Form
from widgets.warnings.warn_util import (
    FORM_STYLE,
    OperatorRows,
    datetime_edit,
    from_qdatetime,
    tr_,
)

ISSUER_LONG = {"ministry": QT_TRANSLATE_NOOP("warnings", "生态环境部（长三角区域）"),
               "province": QT_TRANSLATE_NOOP("warnings", "江苏省"), "city": QT_TRANSLATE_NOOP("warnings", "南通市")}
#: console.notices.ACTION_CN, marked here for pyside6-lupdate (shown through tr_ below).
ACTION_NAMES = (QT_TRANSLATE_NOOP("warnings", "发布"), QT_TRANSLATE_NOOP("warnings", "调整"),
                QT_TRANSLATE_NOOP("warnings", "解除"))


class NoticeDialog(_Form):
    """Result in .notice (episodes.ReceivedNotice) after accept."""

    def __init__(self, store: Store | ConsoleApp, current_user: str | None = None, parent=None):
        app = ConsoleApp.of(store)
        store = app.store
        super().__init__(self.tr("录入上级预警通知"),
                         self.tr("收到上级（生态环境部、省、市）重污染天气预警通知后立即录入。"
                                 "上级预警高于本区生效级别时，自收到时起 3 小时内须启动响应。"), parent)
        self.app, self.store, self.notice = app, store, None
        self.setMinimumWidth(560)
        self.setStyleSheet(FORM_STYLE)
        self.issuer = QComboBox()
        for code in ISSUERS:
            self.issuer.addItem(tr_(ISSUER_LONG.get(code, ISSUER_CN[code])), code)
        self.issuer.setCurrentIndex(self.issuer.findData("city"))
        self.form.addRow(self.tr("发布单位"), self.issuer)
        self.action = QComboBox()
        for code in ACTIONS:
            self.action.addItem(tr_(ACTION_CN[code]), code)
        self.action.currentIndexChanged.connect(self._action_changed)
        self.form.addRow(self.tr("通知类型"), self.action)
        self.level = QComboBox()
        for code in LEVEL_CODES:
            self.level.addItem(level_badge(code), code)
        self.form.addRow(self.tr("预警级别"), self.level)
        self.doc_no = QLineEdit()
        self.doc_no.setPlaceholderText(self.tr("例如：通大气〔2025〕12号"))
        self.form.addRow(self.tr("文号"), self.doc_no)
        self.received_at = datetime_edit(store.clock.now())
        self.form.addRow(self.tr("收到时间"), self.received_at)
        self.operator = OperatorRows(self.form, app, ("duty_officer",), current_user, self.tr("录入人（值班员）"))
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("录入"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("取消"))
        self.finish_layout()

    def _action_changed(self) -> None:
        self.level.setEnabled(self.action.currentData() != LIFT)

    def fill(self, issuer: str, action: str, level: str | None, doc_no: str, username: str, password: str) -> None:
        self.issuer.setCurrentIndex(self.issuer.findData(issuer))
        self.action.setCurrentIndex(self.action.findData(action))
        if level:
            self.level.setCurrentIndex(self.level.findData(level))
        self.doc_no.setText(doc_no)
        self.operator.set_user(username, password)

    def attempt(self) -> None:
        user = self.operator.check()
        action = self.action.currentData()
        level = None if action == LIFT else self.level.currentData()
        self.notice = self.app.receive_notice(self.issuer.currentData(), action, level, self.doc_no.text(),
                                              from_qdatetime(self.received_at.dateTime()), actor=user).value
        self.notice = self.app.acknowledge_notice(self.notice.id, actor=user).value
        self.username = user.username
