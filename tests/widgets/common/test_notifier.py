"""Delivery rules that need no daemon."""
from datetime import datetime

from console.common.clock import TZ
from widgets.common.notifier import Notifier

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)


def test_routine_items_stay_in_app(qtbot):
    from console.alerts.escalation import Slot

    calls = []
    n = Notifier()
    n._plyer = lambda *a: calls.append(a)
    slot = Slot("stale:x", 0, T0, ("duty_officer",), "info", "【通知】4 个站点数据超时", "…")
    assert n.deliver(slot, slot.title) == ("inapp", False, None) and calls == []  # in-app by design: not "delivered"
