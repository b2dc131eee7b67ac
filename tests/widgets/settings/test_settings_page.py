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
    assert shown and "150档 < 200档 < 300档" in shown[0] and "must" not in shown[0]  # Chinese only
    assert Settings(store).get("district_leader") == "待填写"  # nothing saved


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
    qtbot.waitUntil(lambda: not dlg.checking)  # the password is checked on a worker
    assert dlg.user is None and dlg.error.text()
    dlg.password.setText("secret1")
    dlg._try_accept()
    qtbot.waitUntil(lambda: not dlg.checking)
    assert dlg.user.username == "admin"


def test_labels_and_choices_in_the_interface_language(qtbot, store, qapp):
    import re

    from PySide6.QtWidgets import QGroupBox, QLabel

    from console.admin.settings import DECLARED
    from widgets.common.i18n import LANG_PROPERTY

    def page_texts(page):
        groups = [b.title() for b in page.findChildren(QGroupBox)]
        labels = [lab.text() for lab in page.findChildren(QLabel)]
        return groups, labels

    page = SettingsPage(store)
    qtbot.addWidget(page)
    groups, labels = page_texts(page)
    assert "预警阈值" in groups and "提醒与升级" in groups
    assert not any(re.search(r"[A-Za-z]{4,}", g) for g in groups), groups  # no "Thresholds", "Reminders"
    assert "预报区间取值" in labels and not any("upper" in t or " on " in t for t in labels)
    combo = page.editors["range_bound"]
    assert [combo.itemText(i) for i in range(combo.count())] == ["上限", "下限"]
    assert page._value_of(next(s for s in DECLARED if s.name == "range_bound")) == "upper"
    old = qapp.property(LANG_PROPERTY)
    try:
        qapp.setProperty(LANG_PROPERTY, "en")
        en = SettingsPage(store)
        qtbot.addWidget(en)
        groups, labels = page_texts(en)
        assert "Thresholds" in groups and "Reminders" in groups
        assert all(s.label_en in labels for s in DECLARED), [s.label_en for s in DECLARED if s.label_en not in labels]
    finally:
        qapp.setProperty(LANG_PROPERTY, old)


def test_reduction_check_rules_and_a_holiday_file_read_into_the_calendar(qtbot, store, monkeypatch, tmp_path):
    """设置 → 减排核查: the rules are editable like the others; a calendar file is read (checked line by line) into
    the holiday lines and saved with the other changes; a bad file changes nothing."""
    accounts.create_user(store, admin_of(store), "admin", "管理员", ["admin"], "secret1")
    page = SettingsPage(store)
    qtbot.addWidget(page)
    assert not page.dates_button.isEnabled()
    page.admin = accounts.authenticate(store, "admin", "secret1")
    page._set_locked(False)
    assert page.dates_button.isEnabled() and page.editors["check_weekday_days"].value() == 10
    page.editors["holiday_days"].setPlainText("2026-12-31 休")
    bad = tmp_path / "bad.csv"
    bad.write_text("日期,类型\n2026-12-30,半天\n", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert page.read_dates_file("holiday_days", str(bad)) is False
    assert "bad.csv:2" in shown[0] and page.editors["holiday_days"].toPlainText() == "2026-12-31 休"
    good = tmp_path / "局里放假.csv"
    good.write_text("日期,类型,名称\n2026-12-30,休,本地\n2027-01-02,班,调休\n", encoding="utf-8")
    assert page.read_dates_file("holiday_days", str(good)) is True
    page.editors["check_weekday_days"].setValue(8)
    page.save()
    assert Settings(store).get("holiday_days") == ["2026-12-30 休", "2026-12-31 休", "2027-01-02 班"]
    assert Settings(store).get("check_weekday_days") == 8
