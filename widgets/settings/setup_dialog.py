"""首次设置: on a database with no accounts, guide a newcomer — first the administrator, then the people who sign
(分管副局长 approves yellow, 局长 orange and reviews red, 区政府领导 approves red) and the duty officers."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from console.admin import accounts
from console.app import ConsoleApp
from console.common.errors import UserError
from console.store.db import Store
from widgets.common import style
from widgets.common.fit import FitsScreen
from widgets.common.i18n import role_name, signoff_wording, user_text
from widgets.settings.users_panel import UserDialog

# the roles a working console needs, in the order of the sign-off chain
NEEDED_ROLES = ("deputy_head", "bureau_head", "district_leader", "duty_officer")


def needs_setup(store: Store) -> bool:
    """True while the database has no account at all (nobody could log in or unlock the settings)."""
    return not accounts.list_users(store)


class FirstRunDialog(FitsScreen, QDialog):
    """Step 1 creates the administrator; step 2 adds signers and duty officers and shows which roles are still
    without an account. Every account is created through console.admin.accounts (audited)."""

    def __init__(self, store: Store | ConsoleApp, parent=None):
        super().__init__(parent)
        self.app = ConsoleApp.of(store)
        self.store = store = self.app.store
        self.admin: accounts.User | None = next((u for u in accounts.list_users(store) if u.has_role("admin")), None)
        self.actor = None  # the administrator as an authenticated Actor, once known
        self.setWindowTitle(self.tr("首次设置"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("欢迎使用重污染天气应急指挥台。本数据库还没有账户，请按两步完成设置：\n"
                               "第一步，创建管理员（修改设置、管理账户时使用）；\n"
                               "第二步，为每位签署人和值班员建立账户。审签：{0}；{1}登录后记录和确认。").format(
            signoff_wording(), role_name("duty_officer")))  # the chain and role names from the plan
        intro.setWordWrap(True)
        lay.addWidget(intro)

        self.step1 = QGroupBox(self.tr("第一步：创建管理员"))
        form = QFormLayout(self.step1)
        self.username = QLineEdit("admin")
        self.display = QLineEdit()
        self.password = QLineEdit()
        self.password2 = QLineEdit()
        for w in (self.password, self.password2):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("姓名"), self.display)
        form.addRow(self.tr("密码（至少6位）"), self.password)
        form.addRow(self.tr("再次输入密码"), self.password2)
        self.create_admin_button = QPushButton(self.tr("创建管理员"))
        self.create_admin_button.clicked.connect(self.create_admin)
        form.addRow("", self.create_admin_button)
        self.admin_error = QLabel()
        self.admin_error.setObjectName("error")
        self.admin_error.setWordWrap(True)
        self.admin_error.hide()
        form.addRow(self.admin_error)
        lay.addWidget(self.step1)

        self.step2 = QGroupBox(self.tr("第二步：签署人与值班员"))
        s2 = QVBoxLayout(self.step2)
        self.role_labels: dict[str, QLabel] = {}
        roles_form = QFormLayout()
        for code in NEEDED_ROLES:
            label = QLabel()
            self.role_labels[code] = label
            roles_form.addRow(role_name(code) + "：", label)
        s2.addLayout(roles_form)
        self.add_button = QPushButton(self.tr("添加账户…"))
        self.add_button.clicked.connect(self.add_account)
        s2.addWidget(self.add_button)
        hint = QLabel(self.tr("以后可在「设置 → 人员与账户」中增减账户、修改角色和重设密码（需管理员解锁）。"))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        s2.addWidget(hint)
        lay.addWidget(self.step2)

        self.buttons = QDialogButtonBox()
        self.done_button = self.buttons.addButton(self.tr("完成"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = self.buttons.addButton(self.tr("以后再说"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.refresh()

    # ---- state ---------------------------------------------------------------------------------------------
    def missing_roles(self) -> list[str]:
        users = accounts.list_users(self.store)
        return [code for code in NEEDED_ROLES if not any(u.has_role(code) for u in users)]

    def refresh(self) -> None:
        has_admin = self.admin is not None
        for w in (self.username, self.display, self.password, self.password2, self.create_admin_button):
            w.setEnabled(not has_admin)
        if has_admin:
            self.step1.setTitle(self.tr("第一步：管理员已创建（{0}）").format(self.admin.display_name))
        self.step2.setEnabled(has_admin)
        users = accounts.list_users(self.store)
        for code, label in self.role_labels.items():
            holders = [f"{u.display_name}（{u.username}）" for u in users if u.has_role(code)]
            if holders:
                label.setText("✓ " + "、".join(holders))
                label.setStyleSheet(style.text_css("ok"))
            else:
                label.setText(self.tr("尚无账户"))
                label.setStyleSheet(style.text_css("warn"))
        self.done_button.setEnabled(has_admin)

    # ---- actions -------------------------------------------------------------------------------------------
    def create_admin(self) -> None:
        problems = []
        if not self.username.text().strip():
            problems.append(self.tr("用户名：不能为空"))
        if not self.display.text().strip():
            problems.append(self.tr("姓名：不能为空"))
        if len(self.password.text()) < 6:
            problems.append(self.tr("密码：至少6位"))
        elif self.password.text() != self.password2.text():
            problems.append(self.tr("再次输入密码：两次输入的密码不一致"))
        if not problems:
            try:
                self.actor = self.app.create_first_admin(self.username.text().strip(), self.display.text(),
                                                         self.password.text()).value
                self.admin = accounts.get_user(self.store, self.actor.username)
            except UserError as exc:
                problems.append(user_text(exc))
        self.admin_error.setText("\n".join(problems))
        self.admin_error.setVisible(bool(problems))
        self.refresh()

    def admin_actor(self):
        """The administrator acting here: just created in this dialog, or asked for their password once."""
        if self.actor is None and self.admin is not None:
            pw, ok = QInputDialog.getText(self, self.tr("管理员密码"),
                                          self.tr("请输入管理员 {0} 的密码：").format(self.admin.display_name),
                                          QLineEdit.EchoMode.Password)
            if ok:
                try:
                    self.actor = self.app.authenticate(self.admin.username, pw).value
                except UserError as exc:
                    QMessageBox.warning(self, self.tr("无法继续"), user_text(exc))
        return self.actor

    def add_account(self):
        actor = self.admin_actor()
        if actor is None:
            return None
        dlg = UserDialog(self.app, actor, None, self)
        missing = self.missing_roles()
        if missing:  # offer the first role still without an account
            dlg.role_boxes[missing[0]].setChecked(True)
        dlg.exec()
        self.refresh()
        return dlg
