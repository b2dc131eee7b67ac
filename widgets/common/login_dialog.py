"""Password dialogs: sign in as a role (admin unlock, later signatures) and create the first administrator."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.admin import accounts
from console.app import ConsoleApp
from console.common.errors import UserError
from console.store.db import Store
from widgets.common.fit import fit_to_screen, scroll_body
from widgets.common.i18n import role_names, user_text
from widgets.common.ops import BackgroundOp


class _Form(QDialog):
    """A form whose OK runs self.attempt(); a UserError keeps the dialog open with the message shown."""

    def __init__(self, title: str, intro: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        outer = QVBoxLayout(self)
        content = QWidget()
        self.lay = QVBoxLayout(content)  # subclasses add their content here; it scrolls on a small screen
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.body = scroll_body(content)
        outer.addWidget(self.body, 1)
        self.outer = outer
        label = QLabel(intro)
        label.setWordWrap(True)
        self.lay.addWidget(label)
        self.form = QFormLayout()
        self.lay.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.outer.addWidget(self.error)  # the message and the buttons stay in view, outside the scroll area
        self.outer.addWidget(self.buttons)

    def showEvent(self, event) -> None:
        if not getattr(self, "_fitted", False):
            self._fitted = True
            fit_to_screen(self, self.body)
        super().showEvent(event)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _try_accept(self) -> None:
        try:
            self.attempt()
        except UserError as exc:
            self.show_error(user_text(exc))
            return
        self.accept()


class LoginDialog(_Form):
    """Checks username + password and that the user holds `role`. Result in .user.

    The password check is a deliberately slow hash (scrypt, 60-140 ms): it runs on a worker with its own database
    connection (hashlib.scrypt releases the GIL), so the window keeps painting. While it runs the dialog says so and
    its OK does nothing; the dialog closes when the check succeeds, or shows the refusal and takes input again."""

    def __init__(self, store: Store | ConsoleApp, role: str, title: str, intro: str, parent=None):
        super().__init__(title, intro, parent)
        self.app = ConsoleApp.of(store)
        self.store, self.role, self.user = self.app.store, role, None
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("用户名"), self.username)
        self.form.addRow(self.tr("密码"), self.password)
        self.wants_setup = False
        self.no_accounts = QLabel()
        self.no_accounts.setObjectName("error")
        self.no_accounts.setWordWrap(True)
        self.setup_button = QPushButton(self.tr("首次设置…"))
        self.setup_button.clicked.connect(self._setup)
        if not accounts.list_users(self.store):
            self.no_accounts.setText(self.tr("本数据库还没有任何账户，无法登录。请点击「首次设置…」：先创建管理员，"
                                             "再为{0}建立账户。").format(
                role_names(("deputy_head", "bureau_head", "district_leader", "duty_officer"))))
            self.lay.addWidget(self.no_accounts)
            self.lay.addWidget(self.setup_button)
        self._op = None  # the password check while it runs on the worker
        self._closed = False
        self.status = QLabel()  # "正在核对密码…" while the check runs
        self.status.setObjectName("hint")
        self.status.hide()
        self.outer.addWidget(self.status)
        self.finish_layout()

    def _setup(self) -> None:
        """The caller (main window) opens the first-run setup once this dialog has closed."""
        self.wants_setup = True
        self.reject()

    @property
    def checking(self) -> bool:
        """True while the password is being checked on the worker."""
        return self._op is not None

    def _try_accept(self) -> None:
        if self._op is not None:  # a second OK (Enter pressed twice) while the first check runs
            return
        username, password, role, app = self.username.text().strip(), self.password.text(), self.role, self.app
        self._set_checking(True)
        self._op = BackgroundOp(self, lambda job: app.on_store(job.store).authenticate(username, password, role).value,
                                on_done=self._checked, on_error=self._refused, store=self.store)

    def _set_checking(self, on: bool) -> None:
        for w in (self.username, self.password, self.buttons.button(QDialogButtonBox.StandardButton.Ok)):
            w.setEnabled(not on)
        if on:
            self.error.hide()
            self.show_status(self.tr("正在核对密码…"))
        else:
            self.status.hide()

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def _checked(self, actor) -> None:
        self._op = None
        self._set_checking(False)
        if self._closed:
            return  # cancelled while the check ran: the dialog has gone, the result is not used
        self.user = actor
        self.accept()

    def _refused(self, exc) -> None:
        self._op = None
        self._set_checking(False)
        if not isinstance(exc, UserError):
            raise exc  # not a refusal: the crash handler reports it
        if self._closed:
            return
        self.show_error(user_text(exc))
        self.password.setFocus()
        self.password.selectAll()

    def done(self, r: int) -> None:
        self._closed = True
        super().done(r)


class CreateAdminDialog(_Form):
    def __init__(self, store: Store | ConsoleApp, parent=None):
        super().__init__(self.tr("创建管理员账户"),
                         self.tr("本数据库还没有管理员。请创建管理员账户：设置的修改需要管理员密码，且每次修改都记入审计链。"),
                         parent)
        self.app = ConsoleApp.of(store)
        self.store, self.user = self.app.store, None
        self.username = QLineEdit("admin")
        self.display = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("用户名"), self.username)
        self.form.addRow(self.tr("姓名"), self.display)
        self.form.addRow(self.tr("密码（至少6位）"), self.password)
        self.form.addRow(self.tr("再次输入密码"), self.password2)
        self.finish_layout()

    def attempt(self) -> None:
        if self.password.text() != self.password2.text():
            raise UserError(self.tr("两次输入的密码不一致"))
        self.user = self.app.create_first_admin(self.username.text().strip(), self.display.text(),
                                                self.password.text()).value
