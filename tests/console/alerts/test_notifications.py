from datetime import datetime, timedelta

from console.alerts import notifications
from console.common.clock import TZ, FixedClock
from console.alerts.escalation import TIER_ESCALATE, TIER_FIRST, TIER_REMIND, Pending, Policy
from console.store.db import Store
from tests.helpers import actor_of

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
        # the escalation and the 45-minute reminder fell due together: one notification, not two
        assert [t for t, _ in d.calls] == [TIER_ESCALATE]
        channels = {r["tier"]: r["channel"] for r in notifications.history(s)}
        assert channels[TIER_REMIND] == "merged" and channels[TIER_ESCALATE] == "desktop"
        assert notifications.run_once(s, [ITEM], Policy(), d) == []  # the merged reminder never comes later
        notifications.acknowledge(s, ITEM.key, actor_of(s, "wang", "bureau_head"))
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


def test_reopened_console_sends_one_notification_per_item(tmp_path):
    """A console opened hours after the items arose: first notice, reminder and escalation are all due —
    the duty officer gets one notification per item (the loudest, to everyone concerned)."""
    clock = FixedClock(T0 + timedelta(hours=5))
    other = Pending("notice:9", "上级通知待确认", "", ("duty_officer",), T0, severity="critical")
    with Store(tmp_path / "n.sqlite3", clock) as s:
        d = Recorder()
        sent = notifications.run_once(s, [ITEM, other], Policy(), d)
        assert [x.slot.tier for x in sent] == [TIER_ESCALATE, TIER_ESCALATE]
        assert set(sent[0].slot.recipients) == {"bureau_head", "district_leader", "duty_officer"}
        assert len(d.calls) == 2


def test_the_record_says_what_was_sent_to_whom(tmp_path):
    """Issue 19.1: the audit of a reminder names its text and its recipients (a unit's liaison by unit)."""
    item = Pending("duty:1:水利局:x", "水利局：1 项措施/任务逾期", "I-D2", ("liaison:水利局", "duty_officer"), T0)
    with Store(tmp_path / "n.sqlite3", FixedClock(T0)) as s:
        notifications.run_once(s, [item], Policy(), Recorder())
        rec = [r for r in s.audit_records("pending") if r["action"] == "notification.sent"][-1]
        import json

        detail = json.loads(rec["detail"])
        assert detail["title"] == "【通知】水利局：1 项措施/任务逾期"
        assert detail["to"] == ["liaison:水利局", "duty_officer"]


def test_acknowledge_needs_an_authenticated_account_holding_a_reminded_role(tmp_path):
    import pytest

    from console.common.errors import UserError

    with Store(tmp_path / "a.sqlite3", FixedClock(T0)) as s:
        notifications.run_once(s, [ITEM], Policy(), Recorder())
        for who in ("head", actor_of(s, "keeper", "admin")):  # a bare name; an account reminders never go to
            with pytest.raises(UserError):
                notifications.acknowledge(s, ITEM.key, who)
        assert notifications.acked_at(s, ITEM.key) is None
        refused = [r for r in s.audit_records() if r["action"] == "auth.refused"]
        assert sorted(r["actor"] for r in refused) == ["head", "keeper"]
        notifications.acknowledge(s, ITEM.key, actor_of(s, "liu", "deputy_head"))
        assert notifications.acked_at(s, ITEM.key) == T0
        assert [r["actor"] for r in s.audit_records() if r["action"] == "notification.ack"] == ["liu"]
        assert s.verify_audit().ok
