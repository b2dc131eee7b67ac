"""Helpers shared by the 预警与审签 widgets (not a widget): the assessment with the user's rule settings,
who holds a role, time edits in Asia/Shanghai, and the operator (username + password) rows of a form."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit

from console.admin import accounts
from console.admin.session import Actor
from console.app import ConsoleApp
from console.common.clock import TZ, to_local
from console.episodes.workflow import current_assessment  # noqa: F401 (the one core function, for the dialogs)
from console.store.db import Store
from widgets.common.i18n import role_name

#: Roles whose holder is named in the settings (组织 group).
#: Dialog type for a tired duty officer: large, plain.
FORM_STYLE = ("QLabel, QLineEdit, QComboBox, QRadioButton, QCheckBox, QPlainTextEdit, QDateTimeEdit, "
              "QDoubleSpinBox, QPushButton { font-size: 13pt; }")


#: Outside a QObject method, write translate("warnings", "…") with the literal in place, so that
#: pyside6-lupdate finds it; tr_() is only for a value looked up at run time (marked QT_TRANSLATE_NOOP).
translate = QCoreApplication.translate


def tr_(text: str) -> str:
    """Translate a string outside a QObject method (context "warnings")."""
    return translate("warnings", text)


def role_holder(store: Store, role: str) -> str:
    """'区政府领导 张三': the role's name and the people whose active accounts hold it (issue 14.3: names come from
    the accounts, never from a settings default); '（尚无账户）' when nobody holds it yet."""
    from console.admin import accounts

    names = "、".join(u.display_name for u in accounts.holders(store, role))
    if names:
        return f"{role_name(role)} {names}"
    return role_name(role) + translate("warnings", "（尚无账户）")


# ---- times ----------------------------------------------------------------------------------------------
def to_qdatetime(value: datetime) -> QDateTime:
    v = to_local(value)
    return QDateTime(QDate(v.year, v.month, v.day), QTime(v.hour, v.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=TZ)


def datetime_edit(value: datetime | None) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    if value is not None:
        edit.setDateTime(to_qdatetime(value))
    return edit


def fmt_time(value: datetime | None) -> str:
    return "" if value is None else to_local(value).strftime("%m-%d %H:%M")


# ---- operator rows ---------------------------------------------------------------------------------------
class OperatorRows:
    """'操作人' (accounts holding one of `roles`) and '密码' rows added to a _Form; .check() authenticates."""

    def __init__(self, form, store: Store | ConsoleApp, roles: tuple[str, ...], current: str | None = None,
                 label: str | None = None):
        self.app = ConsoleApp.of(store)
        self.store, self.roles = self.app.store, roles
        store = self.store
        self.combo = QComboBox()
        self.combo.setEditable(True)
        for u in accounts.list_users(store):
            if u.active and any(r in u.roles for r in roles):
                self.combo.addItem(f"{u.username}（{u.display_name}）", u.username)
        if current:
            i = self.combo.findData(current)
            if i >= 0:
                self.combo.setCurrentIndex(i)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(label or translate("warnings", "操作人"), self.combo)
        form.addRow(translate("warnings", "密码"), self.password)

    def username(self) -> str:
        text = self.combo.currentText().strip()
        i = self.combo.currentIndex()
        if i >= 0 and self.combo.itemText(i) == text:
            return self.combo.itemData(i)
        return text.split("（")[0].strip()

    def set_user(self, username: str, password: str) -> None:
        i = self.combo.findData(username)
        if i >= 0:
            self.combo.setCurrentIndex(i)
        else:
            self.combo.setEditText(username)
        self.password.setText(password)

    def check(self) -> Actor:
        """The account, if the password is right and it holds one of the roles; else UserError."""
        from console.common.errors import UserError
        user = self.app.authenticate(self.username(), self.password.text()).value
        if not any(user.has_role(r) for r in self.roles):
            names = "、".join(role_name(r) for r in self.roles)
            raise UserError(translate("warnings", "{0} 不具备“{1}”角色，不能进行此操作").format(
                user.display_name, names))
        return user
