from console.admin import accounts
from widgets.settings.settings_page import SettingsPage
from widgets.settings.users_panel import PasswordDialog, UserDialog, UsersModel, UsersPanel
from tests.helpers import admin_of


def test_model(qtmodeltester, store):
    accounts.create_user(store, admin_of(store), "admin", "管理员", ["admin"], "secret1")
    m = UsersModel()
    m.set_rows(accounts.list_users(store))
    qtmodeltester.check(m)


def test_locked_until_admin_unlocks(qtbot, store):
    admin = accounts.create_user(store, admin_of(store), "admin", "管理员", ["admin"], "secret1")
    page = SettingsPage(store)
    qtbot.addWidget(page)
    assert not page.users.buttons["add"].isEnabled()
    page.admin = accounts.authenticate(store, "admin", "secret1")
    page._set_locked(False)
    assert page.users.buttons["add"].isEnabled() and page.users.admin.username == "admin"


def test_add_edit_reset_disable(qtbot, store):
    accounts.create_user(store, admin_of(store), "admin", "管理员", ["admin"], "secret1")
    panel = UsersPanel(store)
    qtbot.addWidget(panel)
    admin = accounts.authenticate(store, "admin", "secret1")
    panel.set_admin(admin)
    dlg = UserDialog(store, admin)
    qtbot.addWidget(dlg)
    dlg.username.setText("jiang")
    dlg.display.setText("姜静")
    dlg.role_boxes["district_leader"].setChecked(True)
    dlg.password.setText("leader1")
    dlg.password2.setText("leader1")
    dlg._try_accept()
    assert dlg.result() == dlg.DialogCode.Accepted
    assert accounts.authenticate(store, "jiang", "leader1", "district_leader").display_name == "姜静"
    edit = UserDialog(store, admin, accounts.get_user(store, "jiang"))
    qtbot.addWidget(edit)
    assert edit.username.isReadOnly() and edit.role_boxes["district_leader"].isChecked()
    edit.role_boxes["district_leader"].setChecked(False)
    edit._try_accept()
    assert "角色" in edit.error.text() or "roles" in edit.error.text()  # no role left: refused, shown
    edit.role_boxes["bureau_head"].setChecked(True)
    edit._try_accept()
    assert accounts.get_user(store, "jiang").roles == ("bureau_head",)
    pw = PasswordDialog(store, admin, "jiang")
    qtbot.addWidget(pw)
    pw.password.setText("newpw12")
    pw.password2.setText("newpw12")
    pw._try_accept()
    assert accounts.authenticate(store, "jiang", "newpw12").username == "jiang"
    panel.refresh()
    panel.view.selectRow([u.username for u in panel.model.rows].index("jiang"))
    panel._toggle()
    assert not accounts.get_user(store, "jiang").active
    assert store.verify_audit().ok
