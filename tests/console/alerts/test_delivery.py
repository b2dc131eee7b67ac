"""Delivery states: recorded before delivery, marked after; 'delivered' only when the desktop service accepted
it; a console killed in between never sends that reminder again and says it may not have arrived."""
import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from console.alerts import delivery, notifications
from console.alerts.escalation import Pending, Policy
from console.common.clock import TZ, FixedClock
from console.store.db import Store

ROOT = Path(__file__).resolve().parents[3]
T0 = datetime(2025, 12, 3, 8, 0, tzinfo=TZ)
ITEM = Pending("signoff:1:1", "红色预警待审核", "提案 #1", ("bureau_head",), T0, severity="critical")


def test_recorded_as_sending_before_delivery_then_marked(tmp_path):
    seen = []
    with Store(tmp_path / "n.sqlite3", FixedClock(T0)) as s:
        def deliver(slot, title):
            seen.append([(r["slot_key"], r["channel"]) for r in notifications.history(s)])
            return "desktop", True, None

        notifications.run_once(s, [ITEM], Policy(), deliver)
        assert seen == [[(f"{ITEM.key}@0@{T0.isoformat()}", "sending")]]
        row = notifications.history(s)[0]
        assert (row["channel"], row["delivered"], row["error"]) == ("desktop", 1, None)
        actions = [r["action"] for r in reversed(s.audit_records("pending"))]
        assert actions == ["notification.sending", "notification.sent"]
        assert s.verify_audit().ok


def test_fallback_is_not_counted_as_delivered(tmp_path):
    with Store(tmp_path / "n.sqlite3", FixedClock(T0)) as s:
        notifications.run_once(s, [ITEM], Policy(),
                               lambda slot, title: ("tray", False, "DesktopUnavailable: no service"))
        row = notifications.history(s)[0]
        assert (row["channel"], row["delivered"]) == ("tray", 0) and "no service" in row["error"]
        import json
        detail = json.loads(s.audit_records("pending")[0]["detail"])
        assert detail["channel"] == "tray" and detail["delivered"] is False


def test_slot_taken_by_another_seat_is_not_sent(tmp_path):
    path = tmp_path / "n.sqlite3"
    calls = []
    with Store(path, FixedClock(T0)) as a, Store(path, FixedClock(T0)) as b:
        # seat b records the slot between a's look at the log and a's own record
        def deliver_b(slot, title):
            calls.append("b")
            return "desktop", True, None

        slot = notifications.due_slots(ITEM, Policy(), T0, set())[0]
        assert delivery.begin(b, slot, slot.title, []) is not None
        assert delivery.begin(a, slot, slot.title, []) is None  # at most once, whichever seat records first
        assert calls == []


KILLED_CHILD = r"""
import pathlib, sys, time
from datetime import datetime
from console.alerts import notifications
from console.alerts.escalation import Pending, Policy
from console.common.clock import TZ, FixedClock
from console.store.db import Store

T0 = datetime(2025, 12, 3, 8, 0, tzinfo=TZ)
item = Pending("signoff:1:1", "红色预警待审核", "提案 #1", ("bureau_head",), T0, severity="critical")
store = Store(sys.argv[1], FixedClock(T0))

def deliver(slot, title):
    pathlib.Path(sys.argv[2]).write_text(slot.key, encoding="utf-8")  # recorded, now "delivering"
    time.sleep(120)  # killed here, before the delivery is marked
    return "desktop", True, None

notifications.run_once(store, [item], Policy(), deliver)
"""


@pytest.mark.sqlite_only("the killed child is given the SQLite file path; PRAGMA integrity_check of the file")
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_between_record_and_mark_never_resends(tmp_path):
    db, marker = tmp_path / "live.sqlite3", tmp_path / "delivering"
    Store(db, FixedClock(T0)).close()
    child = subprocess.Popen([sys.executable, "-c", KILLED_CHILD, str(db), str(marker)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), "the child never reached delivery"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    with Store(db, FixedClock(T0)) as s:  # restart
        assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [r["channel"] for r in notifications.history(s)] == ["sending"]
        recovered = delivery.recover(s)
        assert [r["slot_key"] for r in recovered] == [marker.read_text("utf-8")]
        calls = []
        notifications.run_once(s, [ITEM], Policy(), lambda slot, title: calls.append(slot.key) or ("desktop", True, None))
        assert calls == []  # at most once: the interrupted reminder is not sent again
        row = notifications.history(s)[0]
        assert (row["channel"], row["delivered"]) == ("interrupted", 0)
        assert [r["slot_key"] for r in delivery.interrupted_since(s, T0)] == [row["slot_key"]]
        assert delivery.recover(s) == []  # reported once
        assert s.verify_audit().ok
