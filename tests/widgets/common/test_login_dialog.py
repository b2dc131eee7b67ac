"""The login dialog checks the password on a worker (scrypt is deliberately slow): the GUI thread stays free, the
dialog says it is checking and cannot be accepted twice; refusals (wrong password, locked account) read as before."""
import threading

from console.admin import accounts
from console.store import accounts as users_repo
from tests.helpers import USER_PW, actor_of
from widgets.common.login_dialog import LoginDialog


def _dialog(qtbot, store, role=None):
    dlg = LoginDialog(store, role, "值班登录", "")
    qtbot.addWidget(dlg)
    return dlg


def _submit(dlg, username, password):
    dlg.username.setText(username)
    dlg.password.setText(password)
    dlg._try_accept()


def test_right_password_is_checked_on_a_worker_and_accepts(qtbot, store, monkeypatch):
    actor_of(store, "zhang", "duty_officer", display_name="张值班")
    threads = []
    real = accounts.check_password
    monkeypatch.setattr(accounts, "check_password",
                        lambda *a: threads.append(threading.get_ident()) or real(*a))
    dlg = _dialog(qtbot, store, "duty_officer")
    _submit(dlg, "zhang", USER_PW)
    # the call returned before the check: the dialog says it is checking and takes no second OK or new input
    assert dlg.checking and dlg.result() != dlg.DialogCode.Accepted
    assert dlg.status.isVisibleTo(dlg) and dlg.status.text() == "正在核对密码…"
    assert not dlg.password.isEnabled() and not dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()
    dlg._try_accept()  # pressed twice: still one check
    qtbot.waitUntil(lambda: not dlg.checking)
    assert dlg.result() == dlg.DialogCode.Accepted
    assert dlg.user.username == "zhang" and dlg.user.display_name == "张值班"
    assert len(threads) == 1 and threads[0] != threading.get_ident()
    assert not dlg.status.isVisibleTo(dlg)


def test_wrong_password_shows_the_message_and_takes_input_again(qtbot, store):
    actor_of(store, "zhang", "duty_officer")
    dlg = _dialog(qtbot, store)
    _submit(dlg, "zhang", "not-the-password")
    qtbot.waitUntil(lambda: not dlg.checking)
    assert dlg.result() != dlg.DialogCode.Accepted and dlg.user is None
    assert dlg.error.text() == "用户名或密码错误" and dlg.error.isVisibleTo(dlg)
    assert dlg.password.isEnabled() and dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()
    # the failure was counted by the worker's connection (it counts towards the lockout)
    assert users_repo.user_row(store, "zhang")["failed_logins"] == 1
    _submit(dlg, "zhang", USER_PW)  # then the right one
    qtbot.waitUntil(lambda: not dlg.checking)
    assert dlg.result() == dlg.DialogCode.Accepted and dlg.user.username == "zhang"


def test_locked_account_and_missing_role_messages(qtbot, store):
    actor_of(store, "zhang", "duty_officer")
    dlg = _dialog(qtbot, store, "bureau_head")
    _submit(dlg, "zhang", USER_PW)
    qtbot.waitUntil(lambda: not dlg.checking)
    assert dlg.result() != dlg.DialogCode.Accepted and "不具备" in dlg.error.text()
    for _ in range(5):  # the default lockout: 5 wrong passwords in a row
        _submit(dlg, "zhang", "wrong")
        qtbot.waitUntil(lambda: not dlg.checking)
    _submit(dlg, "zhang", USER_PW)
    qtbot.waitUntil(lambda: not dlg.checking)
    assert dlg.result() != dlg.DialogCode.Accepted and dlg.user is None
    assert "已锁定" in dlg.error.text() and "locked" not in dlg.error.text()
    assert [r["action"] for r in store.audit_records()].count("user.locked") == 1


def test_cancel_while_checking_discards_the_result(qtbot, store):
    actor_of(store, "zhang", "duty_officer")
    dlg = _dialog(qtbot, store)
    _submit(dlg, "zhang", USER_PW)
    dlg.reject()
    op = dlg._op
    qtbot.waitUntil(lambda: not op.running)
    assert dlg.result() == dlg.DialogCode.Rejected and dlg.user is None
