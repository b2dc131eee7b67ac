"""The emission-reduction list page: totals green/red, import errors keep nothing, exemption ban refused."""
import csv
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from console.measures import exemptions
from console.measures import ledger
from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from console.measures.ledger_io import COLUMNS
from console.store.db import Store
from tests.helpers import USER_PW, actor_of
from widgets.measures.ledger_page import MET_BG, SHORT_BG, EntriesModel, ExemptionsModel, LedgerPage, TotalsModel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
NOW = datetime(2024, 12, 3, 9, 0, tzinfo=TZ)


def _csv(path, cut_pct_red):
    header = [label for _, label in COLUMNS]
    base = [100, 200, 50, 80]
    rows = []
    for i in range(3):
        cuts = [round(b * cut_pct_red / 100 * f, 3) for f in (0.4, 0.7, 1.0) for b in base]
        rows.append([f"E{i}", f"企业{i}", "企业", "三星镇", "化工", "B", "否", *base, *cuts])
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


@pytest.fixture
def db(tmp_path):
    s = Store(tmp_path / "l.sqlite3", FixedClock(NOW))
    yield s
    s.close()


def test_models_pass_modeltester(qtmodeltester, db, tmp_path):
    ledger.import_file(db, _csv(tmp_path / "a.csv", 25), actor_of(db, "t"))
    exemptions.grant(db, "E1", "企业1", "民生", ["生态环境局"], "2024-12-01", actor_of(db, "t"))
    for model, rows in ((TotalsModel(), ledger.totals(db, "red")), (EntriesModel(), ledger.entries(db)),
                        (ExemptionsModel(), exemptions.list_exemptions(db))):
        model.set_rows(rows)
        qtmodeltester.check(model)


def test_short_of_30_percent_at_red_shown_red(qtbot, db, tmp_path, catalog):
    page = LedgerPage(db, catalog)
    page.actor = actor_of(db, "duty")
    qtbot.addWidget(page)
    assert "应更新" in page.reminder.text()  # never updated: quarter-end reminder shown
    with qtbot.waitSignal(page.changed):
        page.import_file(_csv(tmp_path / "a.csv", 25))
    assert page.entries_model.rowCount() == 3
    for p, spin in page.society.items():
        spin.setValue({"so2": 300, "nox": 600, "pm": 150, "vocs": 240}[p])
    with qtbot.waitSignal(page.changed):
        page.btn_society.click()
    assert page.level == "red"
    idx = page.totals_model.index(0, 6)
    assert idx.data() == "未达标" and idx.data(Qt.ItemDataRole.BackgroundRole).color() == SHORT_BG
    assert "未达到" in page.verdict.text()
    yellow = next(b for b in page.level_buttons.buttons() if b.property("level") == "yellow")
    yellow.click()
    assert page.totals_model.index(0, 6).data(Qt.ItemDataRole.BackgroundRole).color() == MET_BG
    assert "均达到" in page.verdict.text()


def test_bad_import_keeps_nothing(qtbot, db, tmp_path, catalog):
    page = LedgerPage(db, catalog)
    page.actor = actor_of(db, "duty")
    qtbot.addWidget(page)
    bad = tmp_path / "bad.csv"
    bad.write_text("编号,名称\nE1,x\n", encoding="utf-8")
    with pytest.raises(UserError, match="缺少列"):
        page.import_file(bad, quiet=True)
    assert page.entries_model.rowCount() == 0


def test_reexemption_within_six_months_refused_in_dialog(qtbot, db, catalog):
    page = LedgerPage(db, catalog)
    page.actor = actor_of(db, "duty")
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(1)
    dlg = page.open_grant_dialog()
    dlg.code.setText("C1")
    dlg.name.setText("某工地")
    dlg.reason.setText("重大民生工程")
    dlg.depts.setText("住建局，生态环境局")
    with qtbot.waitSignal(page.changed):
        dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
    page.ex_view.selectRow(0)
    dlg = page.open_revoke_dialog()
    dlg.violation.setText("预警期间违规土方开挖")
    with qtbot.waitSignal(page.changed):
        dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
    assert "已撤销" in page.ex_model.index(0, 5).data()
    dlg = page.open_grant_dialog()
    dlg.code.setText("C1")
    dlg.name.setText("某工地")
    dlg.reason.setText("再次申请")
    dlg.depts.setText("住建局")
    dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
    assert dlg.isVisible() and "2025年06月03日起方可重新申请" in dlg.error.text()



def test_without_a_logged_in_user_the_action_asks_for_a_login(qtbot, store, catalog, monkeypatch):
    from widgets.common.login_dialog import LoginDialog

    page = LedgerPage(store, catalog)
    qtbot.addWidget(page)
    monkeypatch.setattr(LoginDialog, "exec", lambda self: 0)  # the login is cancelled: nothing happens
    assert page.open_grant_dialog() is None
    assert store.audit_records() == []
    actor_of(store, "duty")
    n = len(store.audit_records())

    def log_in(dlg):
        dlg.username.setText("duty")
        dlg.password.setText(USER_PW)
        dlg._try_accept()
        qtbot.waitUntil(lambda: not dlg.checking)  # the password is checked on a worker
        return dlg.result()

    monkeypatch.setattr(LoginDialog, "exec", log_in)
    page.mark_reviewed()  # recorded in the name of whoever logged in for it
    assert store.audit_records()[0]["action"] == "ledger.review" and store.audit_records()[0]["actor"] == "duty"
    assert len(store.audit_records()) == n + 1 and page.actor is None  # only for that change


def test_a_role_the_core_refuses_is_shown_and_nothing_changes(qtbot, db, catalog, monkeypatch):
    page = LedgerPage(db, catalog)
    qtbot.addWidget(page)
    page.actor = actor_of(db, "zj", "liaison")
    shown = []
    monkeypatch.setattr(page, "_error", shown.append)
    page.mark_reviewed()
    assert shown and "不具备" in shown[0] and ledger.last_update(db) is None
    assert db.audit_records()[0]["action"] == "auth.refused"


def test_export_button_writes_on_a_worker_thread(qtbot, db, tmp_path, catalog, monkeypatch):
    import threading

    from PySide6.QtWidgets import QFileDialog

    page = LedgerPage(db, catalog)
    page.actor = actor_of(db, "duty")
    qtbot.addWidget(page)
    page.import_file(_csv(tmp_path / "a.csv", 25))
    out = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    real, seen = ledger.export_file, []
    monkeypatch.setattr(ledger, "export_file",
                        lambda st, p: seen.append((threading.get_ident(), st is db)) or real(st, p))
    errors = []
    monkeypatch.setattr(page, "_error", errors.append)
    page.btn_export.click()
    assert not page.btn_export.isEnabled()  # until the worker has written the file
    qtbot.waitUntil(page.btn_export.isEnabled)
    assert seen and seen[0][0] != threading.get_ident() and not seen[0][1]  # worker, its own connection
    with open(out, encoding="utf-8-sig") as fh:
        assert len(list(csv.reader(fh))) == 4 and not errors  # header + 3 entries
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "none" / "x.csv"), ""))
    page.btn_export.click()
    qtbot.waitUntil(page.btn_export.isEnabled)
    assert len(errors) == 1 and "x.csv" in errors[0]  # a failure comes back to the GUI thread as a message
