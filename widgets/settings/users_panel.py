"""人员与账户 (in 设置): accounts with their roles; an unlocked administrator adds, edits, resets and disables."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from console.admin import accounts
from console.app import ConsoleApp
from console.common.errors import UserError
from console.store.db import Store
from widgets.common.follow import after_action
from widgets.common.i18n import role_name, user_text
from widgets.common.login_dialog import _Form
from widgets.common.table_model import RowsTableModel


class UsersModel(RowsTableModel):
    def __init__(self, parent=None):
        super().__init__([], parent)
        self.headers = [self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("状态")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        u = self.row_at(index)
        if u is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (u.username, u.display_name, "、".join(role_name(r) for r in u.roles),
                self.tr("在用") if u.active else self.tr("已停用"))[index.column()]


class UserDialog(_Form):
    """New account (with password) or edit of an existing one (name and roles)."""

    def __init__(self, store: Store | ConsoleApp, admin, user: accounts.User | None = None, parent=None):
        app = ConsoleApp.of(store)
        super().__init__(self.tr("修改账户") if user else self.tr("新增账户"),
                         self.tr("角色决定此人能签署什么：黄色由分管副局长批准，橙色由局长批准，红色由局长审核、区政府领导批准。"),
                         parent)
        self.app, self.store, self.admin, self.user = app, app.store, admin, user
        self.username = QLineEdit(user.username if user else "")
        self.username.setReadOnly(user is not None)
        self.display = QLineEdit(user.display_name if user else "")
        self.form.addRow(self.tr("用户名"), self.username)
        self.form.addRow(self.tr("姓名"), self.display)
        self.role_boxes: dict[str, QCheckBox] = {}
        box = QGroupBox()
        lay = QVBoxLayout(box)
        for code in accounts.ROLE_CODES:
            cb = QCheckBox(role_name(code))
            cb.setChecked(bool(user and code in user.roles))
            self.role_boxes[code] = cb
            lay.addWidget(cb)
        self.form.addRow(self.tr("角色"), box)
        self.password = QLineEdit()
        self.password2 = QLineEdit()
        for w in (self.password, self.password2):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        if user is None:
            self.form.addRow(self.tr("初始密码（至少6位）"), self.password)
            self.form.addRow(self.tr("再次输入密码"), self.password2)
        self.finish_layout()

    def roles(self) -> list[str]:
        return [c for c, cb in self.role_boxes.items() if cb.isChecked()]

    def problems(self) -> list[str]:
        """Everything wrong with the form, all at once, in the interface language."""
        out = []
        name = self.username.text().strip()
        if self.user is None:
            if not name:
                out.append(self.tr("用户名：不能为空"))
            elif accounts.get_user(self.store, name) is not None:
                out.append(self.tr("用户名：“{0}”已被使用，请换一个").format(name))
        if not self.display.text().strip():
            out.append(self.tr("姓名：不能为空"))
        if not self.roles():
            out.append(self.tr("角色：至少勾选一个"))
        if self.user is None:
            if len(self.password.text()) < 6:
                out.append(self.tr("初始密码：至少6位"))
            elif self.password.text() != self.password2.text():
                out.append(self.tr("再次输入密码：两次输入的密码不一致"))
        return out

    def attempt(self) -> None:
        problems = self.problems()
        if problems:
            raise UserError("\n".join(problems))
        if self.user is None:
            self.user = self.app.create_user(self.username.text().strip(), self.display.text(), self.roles(),
                                             self.password.text(), actor=self.admin).value
        else:
            self.user = self.app.update_user(self.user.username, display_name=self.display.text(),
                                             roles=self.roles(), actor=self.admin).value


class PasswordDialog(_Form):
    def __init__(self, store: Store | ConsoleApp, admin, username: str, parent=None):
        app = ConsoleApp.of(store)
        super().__init__(self.tr("重设密码"), self.tr("为 {0} 设置新密码。").format(username), parent)
        self.app, self.store, self.admin, self.username = app, app.store, admin, username
        self.password, self.password2 = QLineEdit(), QLineEdit()
        for w in (self.password, self.password2):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("新密码（至少6位）"), self.password)
        self.form.addRow(self.tr("再次输入"), self.password2)
        self.finish_layout()

    def attempt(self) -> None:
        if self.password.text() != self.password2.text():
            raise UserError(self.tr("两次输入的密码不一致"))
        self.app.set_password(self.username, self.password.text(), actor=self.admin)


class UsersPanel(QGroupBox):
    changed = Signal()

    def __init__(self, store: Store | ConsoleApp, parent=None):
        super().__init__(self.tr("人员与账户"), parent)
        self.app = ConsoleApp.of(store)
        self.store = self.app.store
        self.admin = None  # the administrator's Actor while unlocked
        lay = QVBoxLayout(self)
        self.model = UsersModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(180)
        lay.addWidget(self.view)
        bar = QHBoxLayout()
        self.buttons = {}
        for key, text in (("add", self.tr("新增账户…")), ("edit", self.tr("修改姓名/角色…")),
                          ("password", self.tr("重设密码…")), ("toggle", self.tr("停用/启用")),
                          ("unlock", self.tr("解除锁定"))):
            b = QPushButton(text)
            b.clicked.connect(getattr(self, f"_{key}"))
            self.buttons[key] = b
            bar.addWidget(b)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.refresh()
        self.set_admin(None)

    def refresh(self) -> None:
        self.model.set_rows(accounts.list_users(self.store))

    def set_admin(self, admin) -> None:
        self.admin = admin
        for b in self.buttons.values():
            b.setEnabled(admin is not None)

    def selected(self) -> accounts.User | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _done(self) -> None:
        after_action(self, None)  # in the window the accounts change refreshes this list (and the overview)
        self.changed.emit()

    def _add(self):
        dlg = UserDialog(self.app, self.admin, None, self)
        if dlg.exec():
            self._done()
        return dlg

    def _edit(self):
        user = self.selected()
        if user is None:
            return None
        dlg = UserDialog(self.app, self.admin, user, self)
        if dlg.exec():
            self._done()
        return dlg

    def _password(self):
        user = self.selected()
        if user is None:
            return None
        dlg = PasswordDialog(self.app, self.admin, user.username, self)
        dlg.exec()
        return dlg

    def _toggle(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            self.app.update_user(user.username, active=not user.active, actor=self.admin)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法完成"), user_text(exc))
        self._done()

    def _unlock(self) -> None:
        """Lift a lockout after repeated wrong passwords (audited)."""
        user = self.selected()
        if user is None:
            return
        try:
            self.app.unlock_user(user.username, actor=self.admin)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法完成"), str(exc))
        self._done()
