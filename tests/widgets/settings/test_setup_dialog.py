"""First run on an empty database: the login dialog says what to do, the setup creates the administrator and
then the signers with their roles, all problems of a form are shown at once and in Chinese."""
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from console.admin import accounts
from widgets.common.login_dialog import LoginDialog
from widgets.settings.setup_dialog import NEEDED_ROLES, FirstRunDialog, needs_setup
from widgets.settings.users_panel import UserDialog
from tests.helpers import admin_of


def test_login_dialog_says_what_to_do_without_accounts(qtbot, store):
    dlg = LoginDialog(store, None, "值班登录", "")
    qtbot.addWidget(dlg)
    assert "还没有任何账户" in dlg.no_accounts.text() and "首次设置" in dlg.no_accounts.text()
    dlg.setup_button.click()
    assert dlg.wants_setup and dlg.result() == dlg.DialogCode.Rejected


def test_login_dialog_without_the_hint_once_accounts_exist(qtbot, store):
    accounts.create_user(store, admin_of(store), "admin", "管理员", ["admin"], "secret1")
    dlg = LoginDialog(store, None, "值班登录", "")
    qtbot.addWidget(dlg)
    assert dlg.no_accounts.parent() is None or not dlg.no_accounts.isVisibleTo(dlg)


def _fill_user(dlg: UserDialog, username, name, role, pw):
    dlg.username.setText(username)
    dlg.display.setText(name)
    for code, cb in dlg.role_boxes.items():
        cb.setChecked(code == role)
    dlg.password.setText(pw)
    dlg.password2.setText(pw)
    dlg._try_accept()
    assert dlg.result() == dlg.DialogCode.Accepted, dlg.error.text()


def test_setup_admin_then_signers(qtbot, store, monkeypatch):
    assert needs_setup(store)
    dlg = FirstRunDialog(store)
    qtbot.addWidget(dlg)
    assert not dlg.step2.isEnabled() and not dlg.done_button.isEnabled()
    # every problem at once, in Chinese, nothing written
    dlg.username.setText("")
    dlg.password.setText("123")
    dlg.create_admin()
    text = dlg.admin_error.text()
    assert "用户名：不能为空" in text and "姓名：不能为空" in text and "至少6位" in text
    assert not any(c.isascii() and c.isalpha() for c in text), text
    assert accounts.list_users(store) == []
    dlg.username.setText("admin")
    dlg.display.setText("王管理")
    dlg.password.setText("secret1")
    dlg.password2.setText("secret1")
    dlg.create_admin()
    assert accounts.authenticate(store, "admin", "secret1", "admin").display_name == "王管理"
    assert dlg.step2.isEnabled() and dlg.done_button.isEnabled() and not dlg.username.isEnabled()
    assert dlg.missing_roles() == list(NEEDED_ROLES)
    assert all(lab.text() == "尚无账户" for lab in dlg.role_labels.values())

    people = {"deputy_head": ("li", "李副局长"), "bureau_head": ("zhao", "赵局长"),
              "district_leader": ("jiang", "姜区长"), "duty_officer": ("zhiban", "周值班")}

    def fill_next():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, UserDialog) and w.isVisible():
                role = next(c for c, cb in w.role_boxes.items() if cb.isChecked())  # the first role still missing
                _fill_user(w, *people[role], role, "passw0rd")
                return
        QTimer.singleShot(20, fill_next)

    for _ in NEEDED_ROLES:
        QTimer.singleShot(0, fill_next)
        dlg.add_account()
    assert dlg.missing_roles() == []
    assert dlg.role_labels["district_leader"].text() == "✓ 姜区长（jiang）"
    assert accounts.authenticate(store, "zhao", "passw0rd", "bureau_head").display_name == "赵局长"
    assert not needs_setup(store) and store.verify_audit().ok


def test_new_account_dialog_reports_all_problems_at_once(qtbot, store):
    accounts.create_user(store, admin_of(store), "admin", "管理员", ["admin"], "secret1")
    dlg = UserDialog(store, admin_of(store))
    qtbot.addWidget(dlg)
    dlg.username.setText("admin")
    dlg.password.setText("12")
    dlg._try_accept()
    text = dlg.error.text()
    assert dlg.result() != dlg.DialogCode.Accepted
    for part in ("用户名：“admin”已被使用", "姓名：不能为空", "角色：至少勾选一个", "初始密码：至少6位"):
        assert part in text, text
    assert "[" not in text and "'" not in text  # never a Python repr
    assert [u.username for u in accounts.list_users(store)] == ["admin", "setup-admin"]  # nothing added


def test_main_window_offers_setup_and_login_leads_there(qtbot, store, catalog, tmp_path, monkeypatch):
    from widgets.main_window import MainWindow

    w = MainWindow(store, catalog, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    assert w.setup_offer.isVisibleTo(w)
    opened = []
    monkeypatch.setattr(LoginDialog, "exec", lambda self: (self.setup_button.click(), 0)[1])
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: opened.append(self) or 0)
    w.toggle_login()
    assert len(opened) == 1
    accounts.create_user(store, admin_of(store), "admin", "管理员", ["admin"], "secret1")
    w.first_run()
    assert not w.setup_offer.isVisibleTo(w)
