from datetime import datetime, timedelta

from console import notifications
from console.clock import TZ, FixedClock
from console.escalation import TIER_ESCALATE, TIER_FIRST, TIER_REMIND, Pending, Policy
from console.store import Store

T0 = datetime(2025, 12, 3, 8, 0, tzinfo=TZ)
ITEM = Pending("signoff:1:1", "红色预警待审核", "提案 #1", ("bureau_head",), T0)


class Recorder:
    def __init__(self, fail=False):
        self.calls = []
        self.fail = fail

    def __call__(self, slot, title):
        self.calls.append((slot.tier, title))
        return ("inapp", True, "RuntimeError: no service") if self.fail else ("desktop", True, None)


def test_run_once_records_and_never_repeats(tmp_path):
    clock = FixedClock(T0)
    with Store(tmp_path / "n.sqlite3", clock) as s:
        d = Recorder()
        assert [x.slot.tier for x in notifications.run_once(s, [ITEM], Policy(), d)] == [TIER_FIRST]
        assert notifications.run_once(s, [ITEM], Policy(), d) == []
        clock.advance(timedelta(minutes=15))
        assert [x.slot.tier for x in notifications.run_once(s, [ITEM], Policy(), d)] == [TIER_REMIND]
        assert len(notifications.history(s)) == 2
        assert s.verify_audit().ok


def test_restart_resumes_from_log_and_ack_stops(tmp_path):
    p = tmp_path / "n.sqlite3"
    clock = FixedClock(T0)
    with Store(p, clock) as s:
        notifications.run_once(s, [ITEM], Policy(), Recorder())
    clock.advance(timedelta(minutes=50))  # console closed for 50 minutes
    with Store(p, clock) as s:  # "restart"
        d = Recorder()
        notifications.run_once(s, [ITEM], Policy(), d)
        assert [t for t, _ in d.calls] == [TIER_ESCALATE, TIER_REMIND]
        notifications.acknowledge(s, ITEM.key, "wang")
        clock.advance(timedelta(minutes=30))
        assert notifications.run_once(s, [ITEM], Policy(), d) == []
        assert notifications.acked_at(s, ITEM.key) == T0 + timedelta(minutes=50)


def test_drill_prefix_and_fallback_recorded(tmp_path):
    with Store(tmp_path / "d.sqlite3", FixedClock(T0)) as s:
        s.conn.execute("INSERT INTO meta (key, value) VALUES ('drill', '1')")
        sent = notifications.run_once(s, [ITEM], Policy(), Recorder(fail=True))
        assert sent[0].title.startswith("【演练】")
        row = notifications.history(s)[0]
        assert row["channel"] == "inapp" and "no service" in row["error"]
