"""Issue 6's check with a real notification daemon: a red proposal left unsigned on a simulated clock; the
reminders and the escalation reach dunst at the right times, stop after acknowledgement, and come back
correctly after a restart. Needs a D-Bus session bus and dunst (scripts/run_tests.py / .ci/run provide them)."""
import os
import shutil
import subprocess
from datetime import datetime, timedelta

import pytest

from console.admin import accounts
from console.alerts import deadlines
from console import episodes as E
from console.common.clock import TZ, FixedClock
from console.alerts.escalation import TIER_ESCALATE, TIER_FIRST, TIER_REMIND
from console.alerts.notifications import history
from console.store.db import Store
from widgets.common.bridge import Bridge
from widgets.common.notifier import Notifier
from widgets.common.reminders import ReminderService
from tests.helpers import admin_of

pytestmark = [pytest.mark.daemon, pytest.mark.skipif(
    not (os.environ.get("DBUS_SESSION_BUS_ADDRESS") and shutil.which("dunstctl") and shutil.which("notify-send")),
    reason="needs a session bus, dunst and notify-send (run via scripts/run_tests.py)")]

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)


def dunst_total() -> int:
    total = 0
    for what in ("displayed", "waiting", "history"):
        out = subprocess.run(["dunstctl", "count", what], capture_output=True, text=True, timeout=10)
        total += int(out.stdout.strip() or 0)
    return total


def _red_pending(path, clock):
    with Store(path, clock) as s:
        for name, roles in {"duty": ["duty_officer"], "head": ["bureau_head"]}.items():
            accounts.create_user(s, admin_of(s), name, name, roles, "pw123456")
        E.propose(s, "duty", "start", "red", ["红色：上级通知"], "海门区全域", T0, assessed_level="red",
                  reason="")


def _signoff_rows(store):
    return [(r["tier"], r["channel"]) for r in reversed(history(store)) if r["item_key"].startswith("signoff")]


def test_escalation_reaches_dunst(qtbot, tmp_path):
    clock = FixedClock(T0)
    path = tmp_path / "live.sqlite3"
    _red_pending(path, clock)
    subprocess.run(["dunstctl", "history-clear"], capture_output=True, timeout=10)
    start = dunst_total()

    store = Store(path, clock)
    svc = ReminderService(store, Bridge(), deadlines.collect, Notifier().deliver)
    svc.check_now()
    assert _signoff_rows(store) == [(TIER_FIRST, "desktop")]
    qtbot.waitUntil(lambda: dunst_total() >= start + 1, timeout=10_000)
    for minute in range(1, 31):
        clock.set(T0 + timedelta(minutes=minute))
        svc.check_now()
    assert _signoff_rows(store) == [(TIER_FIRST, "desktop"), (TIER_REMIND, "desktop"), (TIER_ESCALATE, "desktop")]
    qtbot.waitUntil(lambda: dunst_total() >= start + 3, timeout=10_000)
    key = next(p.key for p in svc.pending if p.key.startswith("signoff"))
    svc.acknowledge(key, "head")
    store.close()

    # restart 40 minutes later: no repeats of what was sent, the acknowledged item stays quiet
    clock.set(T0 + timedelta(minutes=70))
    store = Store(path, clock)
    svc2 = ReminderService(store, Bridge(), deadlines.collect, Notifier().deliver)
    svc2.check_now()
    assert _signoff_rows(store) == [(TIER_FIRST, "desktop"), (TIER_REMIND, "desktop"), (TIER_ESCALATE, "desktop")]
    clock.set(T0 + timedelta(minutes=30 + 60))  # one hour after the acknowledgement
    svc2.check_now()
    assert len(_signoff_rows(store)) == 4
    store.close()


def test_no_daemon_falls_back_and_keeps_running(qtbot, tmp_path, monkeypatch):
    clock = FixedClock(T0)
    path = tmp_path / "live.sqlite3"
    _red_pending(path, clock)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    import widgets.common.notifier as notifier_mod

    monkeypatch.setattr(notifier_mod, "_linux_service_available", lambda: (False, "no D-Bus session bus"))
    with Store(path, clock) as store:
        svc = ReminderService(store, Bridge(), deadlines.collect, Notifier().deliver)
        sent = svc.check_now()
        assert sent and all(x.channel in ("tray", "inapp") for x in sent)
        delivered = [r for r in history(store) if r["channel"] != "merged" and r["severity"] != "info"]
        assert delivered and all("no D-Bus" in r["error"] for r in delivered)

