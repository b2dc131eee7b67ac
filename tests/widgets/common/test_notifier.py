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


class _Desktop:
    def __init__(self):
        from PySide6.QtCore import QObject, Signal

        class _S(QObject):
            action_invoked = Signal(str, str)

        self._s = _S()
        self.action_invoked = self._s.action_invoked
        self.shown = []

    def notify(self, key, title, body, severity, actions):
        self.shown.append((title, body))

    def close(self):
        pass


def _signoff_slot():
    from console.alerts.escalation import Pending, Policy, schedule

    item = Pending("signoff:3:1", "红色预警启动待局长审核", "红色预警启动｜依据：红色：上级通知", ("bureau_head",), T0,
                   severity="critical", title_en="Red warning start: waiting for the bureau head's review",
                   body_en="Red warning start | basis (plan wording): 红色：上级通知")
    return schedule(item, Policy(), T0)[0]


def test_the_desktop_speaks_the_interface_language(qtbot, english_ui):
    desk = _Desktop()
    n = Notifier(desktop=desk)
    slot = _signoff_slot()
    assert n.deliver(slot, "【演练】" + slot.title) == ("desktop", True, None)
    assert desk.shown == [("[DRILL] [Notice] Red warning start: waiting for the bureau head's review",
                           "Red warning start | basis (plan wording): 红色：上级通知")]


def test_the_desktop_in_chinese_by_default(qtbot):
    desk = _Desktop()
    n = Notifier(desktop=desk)
    slot = _signoff_slot()
    n.deliver(slot, slot.title)
    assert desk.shown == [("【通知】红色预警启动待局长审核", "红色预警启动｜依据：红色：上级通知")]
