"""Notifications against a real notification daemon (dunst on a private session bus, as scripts/run_tests.py and
.ci/run provide): escalation on a simulated clock, replaced in place, a click that opens the sign dialog of that
proposal; and, on a bus with no notification service, an honest fallback."""
import json
import os
import shutil
import subprocess
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from console import episodes as E
from console.admin import accounts
from console.alerts import deadlines
from console.alerts.escalation import TIER_ESCALATE, TIER_FIRST, TIER_REMIND
from console.alerts.notifications import history
from console.common.clock import TZ, FixedClock
from console.store.db import Store
from widgets.common.bridge import Bridge
from widgets.common.notifier import Notifier
from widgets.common.reminders import ReminderService
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
needs_dunst = pytest.mark.skipif(
    not (os.environ.get("DBUS_SESSION_BUS_ADDRESS") and shutil.which("dunstctl")),
    reason="needs a session bus and dunst (run via scripts/run_tests.py)")


def dunst(*args) -> str:
    return subprocess.run(["dunstctl", *args], capture_output=True, text=True, timeout=10).stdout.strip()


def displayed() -> int:
    return int(dunst("count", "displayed") or 0)


@pytest.fixture
def clean_dunst():
    dunst("close-all")
    dunst("history-clear")
    yield
    dunst("close-all")


def _red_pending(path, clock):
    with Store(path, clock) as s:
        for name, roles in {"duty": ["duty_officer"], "head": ["bureau_head"]}.items():
            accounts.create_user(s, admin_of(s), name, name, roles, "pw123456")
        return E.propose(s, actor_of(s, "duty"), "start", "red", ["红色：上级通知"], "海门区全域", T0, assessed_level="red",
                         reason="")


def _signoff_rows(store):
    return [(r["tier"], r["channel"], r["delivered"]) for r in reversed(history(store))
            if r["item_key"].startswith("signoff")]


@pytest.mark.daemon
@needs_dunst
def test_escalation_reaches_dunst_replaced_in_place(qtbot, tmp_path, clean_dunst):
    clock = FixedClock(T0)
    path = tmp_path / "live.sqlite3"
    _red_pending(path, clock)
    store = Store(path, clock)
    notifier = Notifier()
    svc = ReminderService(store, Bridge(), deadlines.collect, notifier.deliver)
    svc.check_now()
    assert _signoff_rows(store) == [(TIER_FIRST, "desktop", 1)]
    key = next(p.key for p in svc.pending if p.key.startswith("signoff"))
    first_id = notifier.desktop.id_of(key)
    qtbot.waitUntil(lambda: displayed() >= 1, timeout=10_000)
    shown = displayed()
    for minute in range(1, 31):
        clock.set(T0 + timedelta(minutes=minute))
        svc.check_now()
    assert _signoff_rows(store) == [(TIER_FIRST, "desktop", 1), (TIER_REMIND, "desktop", 1),
                                    (TIER_ESCALATE, "desktop", 1)]
    # the reminder and the escalation replaced the first notice in place: same id, nothing stacked
    assert notifier.desktop.id_of(key) == first_id
    assert displayed() == shown
    latest = json.loads(dunst("history") or "{}")  # dunst keeps replaced texts out of its history
    assert all(n["id"]["data"] != first_id for n in latest.get("data", [[]])[0])
    svc.acknowledge(key, actor_of(store, "head"))
    notifier.close()
    store.close()

    # restart 40 minutes later: no repeats of what was sent, the acknowledged item stays quiet
    clock.set(T0 + timedelta(minutes=70))
    store = Store(path, clock)
    notifier = Notifier()
    svc2 = ReminderService(store, Bridge(), deadlines.collect, notifier.deliver)
    svc2.check_now()
    assert len(_signoff_rows(store)) == 3
    clock.set(T0 + timedelta(minutes=30 + 60))  # one hour after the acknowledgement
    svc2.check_now()
    assert len(_signoff_rows(store)) == 4
    notifier.close()
    store.close()


@pytest.mark.daemon
@needs_dunst
def test_click_opens_sign_dialog_of_that_proposal(qtbot, tmp_path, catalog, clean_dunst):
    from widgets.main_window import MainWindow
    from widgets.warnings.sign_dialog import SignDialog

    clock = FixedClock(T0)
    path = tmp_path / "live.sqlite3"
    red = _red_pending(path, clock)
    store = Store(path, clock)
    w = MainWindow(store, catalog, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    opened = []
    w.warnings.run_dialog = lambda d: opened.append(d) or QDialog.DialogCode.Rejected
    w.show()
    w.start_background(interval_s=3600)
    qtbot.waitUntil(lambda: displayed() == 1, timeout=10_000)  # the reminder service's first notice
    key = E.pending_signatures(store)[0].key
    assert w.notifier.desktop.id_of(key) is not None
    w.show_section("overview")
    dunst("action", "0")  # the user clicks the notification
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert isinstance(opened[0], SignDialog) and opened[0].pending.proposal.id == red.id
    assert w.stack.currentWidget() is w.warnings
    w.close()
    store.close()


@pytest.mark.daemon
def test_no_notification_service_falls_back_honestly(qtbot, tmp_path, bus_without_notifications):
    from widgets.common.notification_centre import NotificationCentre

    clock = FixedClock(T0)
    path = tmp_path / "live.sqlite3"
    _red_pending(path, clock)
    with Store(path, clock) as store:
        notifier = Notifier()
        svc = ReminderService(store, Bridge(), deadlines.collect, notifier.deliver)
        sent = svc.check_now()
        assert sent and all(x.channel == "inapp" and not x.delivered for x in sent)
        rows = [r for r in history(store) if r["severity"] != "info"]
        assert rows and all(r["delivered"] == 0 and "ServiceUnknown" in r["error"] for r in rows)
        audit = [json.loads(a["detail"]) for a in store.audit_records("pending") if a["action"] == "notification.sent"]
        assert audit and all(d["delivered"] is False and d["channel"] == "inapp" for d in audit)
        centre = NotificationCentre(store)
        qtbot.addWidget(centre)
        centre.set_items(svc.pending, clock.now())
        assert "桌面通知未送达" in centre.list.item(0).text()
        notifier.close()


@pytest.mark.daemon
def test_no_service_uses_the_tray_when_there_is_one(qtbot, tmp_path, bus_without_notifications, monkeypatch):
    from PySide6.QtWidgets import QSystemTrayIcon

    from console.alerts.escalation import Slot

    class FakeTray:
        def __init__(self):
            self.messages = []

        def isVisible(self):
            return True

        def showMessage(self, title, body, icon, ms):
            self.messages.append(title)

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    tray = FakeTray()
    notifier = Notifier(tray)
    slot = Slot("notice:1", 0, T0, ("duty_officer",), "critical", "【通知】上级通知待确认", "…")
    channel, delivered, error = notifier.deliver(slot, slot.title)
    assert (channel, delivered) == ("tray", False) and "ServiceUnknown" in error
    assert tray.messages == [slot.title]
    notifier.close()


@pytest.mark.daemon
@needs_dunst
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_trainee_drill_reminders_on_the_desktop_marked_drill(qtbot, catalog, tmp_path, clean_dunst):
    from widgets.drills.drills_page import DrillsPage

    page = DrillsPage(catalog, out_dir=tmp_path)
    qtbot.addWidget(page)
    assert not page.desktop.box.isChecked()  # off unless asked for, or in trainee mode
    page.trainee_box.setChecked(True)
    assert page.desktop.box.isChecked()
    assert page.start("full_cycle")
    page.pause()
    qtbot.waitUntil(lambda: page.runner is not None and not page.busy, timeout=60_000)
    for _ in range(4):  # the forecast reaches yellow; nobody proposes: reminders come (sent from the GUI thread
        page.step_hours(1)  # while the drill's worker waits)
        qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    qtbot.waitUntil(lambda: displayed() >= 1, timeout=10_000)
    dunst("close-all")
    from widgets.drills.drill_notify import DRILL_APP_NAME

    summaries = [n["summary"]["data"] for n in json.loads(dunst("history"))["data"][0]
                 if n["appname"]["data"] == DRILL_APP_NAME]
    assert summaries and all(s.startswith("【演练】") for s in summaries)
    rows = [r for r in history(page.store) if r["severity"] != "info" and r["channel"] != "merged"]
    assert rows and {r["channel"] for r in rows} == {"desktop"}
    page.shutdown()


@pytest.mark.daemon
def test_interrupted_reminder_reported_at_start(qtbot, tmp_path, catalog, bus_without_notifications):
    """A reminder left 'sending' by a killed console: not sent again at start-up, reported in the status bar and
    marked in the in-app list (the kill itself: tests/console/alerts/test_delivery.py)."""
    from console.alerts import delivery
    from widgets.main_window import MainWindow

    clock = FixedClock(T0)
    path = tmp_path / "live.sqlite3"
    _red_pending(path, clock)
    with Store(path, clock) as s:
        item = next(p for p in deadlines.collect(s) if p.key.startswith("signoff"))
        from console.alerts.escalation import Policy, due_slots
        slot = due_slots(item, Policy(), T0, set())[0]
        delivery.begin(s, slot, slot.title, [])  # recorded, then the console died
    store = Store(path, clock)
    w = MainWindow(store, catalog, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.start_background(interval_s=3600)
    assert "可能未送达" in w.statusBar().currentMessage()
    rows = [r for r in history(store) if r["item_key"] == item.key]
    assert [r["channel"] for r in rows] == ["interrupted"]  # not sent again
    texts = [w.overview.centre.list.item(i).text() for i in range(w.overview.centre.list.count())]
    assert any("上次提醒可能未送达" in t for t in texts)
    w.close()
    store.close()
