from PySide6.QtWidgets import QMessageBox

from console.admin import accounts
from console.admin.settings import Settings
from widgets.common.login_dialog import CreateAdminDialog, LoginDialog
from widgets.settings.settings_page import SettingsPage
from tests.helpers import admin_of


def test_locked_until_admin(qtbot, store):
    page = SettingsPage(store)
    qtbot.addWidget(page)
    assert not page.editors["aqi_t1"].isEnabled() and not page.save_button.isEnabled()
    assert page.save() == []


def test_admin_edits_are_saved_and_audited(qtbot, store):
    admin = accounts.create_user(store, admin_of(store), "admin", "管理员", ["admin"], "secret1")
    page = SettingsPage(store)
    qtbot.addWidget(page)
    page.admin = accounts.authenticate(store, "admin", "secret1")
    page._set_locked(False)
    page.editors["aqi_t1"].setValue(140)
    page.editors["towns"].setPlainText("三星镇\n正余镇")
    with qtbot.waitSignal(page.changed) as sig:
        page.save()
    assert sorted(sig.args[0]) == ["aqi_t1", "towns"]
    assert Settings(store).get("towns") == ["三星镇", "正余镇"]
    assert {r["entity_id"] for r in store.audit_records() if r["action"] == "setting.change"} == {"aqi_t1", "towns"}
    assert not page.save_button.isEnabled()  # locks again after saving


def test_inconsistent_edit_saves_nothing(qtbot, store, monkeypatch):
    admin = accounts.create_user(store, admin_of(store), "admin", "管理员", ["admin"], "secret1")
    page = SettingsPage(store)
    qtbot.addWidget(page)
    page.admin = accounts.authenticate(store, "admin", "secret1")
    page._set_locked(False)
    page.editors["aqi_t3"].setValue(120)
    page.editors["district_leader"].setText("某某")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert page.save() == []
    assert shown and "t1 < t2 < t3" in shown[0]
    assert Settings(store).get("district_leader") == "姜静"


def test_create_admin_dialog(qtbot, store):
    dlg = CreateAdminDialog(store)
    qtbot.addWidget(dlg)
    dlg.display.setText("王管理")
    dlg.password.setText("abcdef")
    dlg.password2.setText("abcdeX")
    dlg._try_accept()
    assert dlg.error.isVisibleTo(dlg) and "不一致" in dlg.error.text()
    dlg.password2.setText("abcdef")
    dlg._try_accept()
    assert dlg.result() == dlg.DialogCode.Accepted and accounts.has_admin(store)


def test_login_dialog_rejects_wrong_password(qtbot, store):
    accounts.create_user(store, admin_of(store), "admin", "管理员", ["admin"], "secret1")
    dlg = LoginDialog(store, "admin", "t", "i")
    qtbot.addWidget(dlg)
    dlg.username.setText("admin")
    dlg.password.setText("nope")
    dlg._try_accept()
    assert dlg.user is None and dlg.error.text()
    dlg.password.setText("secret1")
    dlg._try_accept()
    assert dlg.user.username == "admin"
