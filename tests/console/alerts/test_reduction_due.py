"""Issue 18: the reduction checks' reminders — the daily report before and after its time, firms' notice
receipts overdue, inspections past their due time — as Pending items on a fixed clock, in both languages."""
import re
from datetime import datetime, timedelta

import pytest

from console import episodes as E
from console.admin.settings import Settings
from console.alerts import deadlines
from console.alerts.escalation import addressed_to
from console.common.clock import TZ, FixedClock
from console.reductions import daily_report as D
from console.reductions import demo, inspections, notices
from tests.helpers import USER_PW, actor_of, admin_of

T0 = datetime(2016, 12, 16, 20, 0, tzinfo=TZ)  # the orange warning takes effect


@pytest.fixture
def st(store):
    """Orange in force from T0, the demo firms (sheets, contacts, a check run with flags) loaded."""
    store.clock = FixedClock(T0)
    duty, head = actor_of(store, "duty", "duty_officer"), actor_of(store, "head", "bureau_head")
    p = E.propose(store, duty, "start", "orange", ["橙色：预测"], "海门区全域", T0, assessed_level="orange")
    E.sign(store, p.id, head.username, USER_PW, "bureau_head", "approve", p.content_hash)
    store.demo_run = demo.load_demo(store, admin_of(store))
    return store


def _items(store, prefix):
    return [p for p in deadlines.collect(store) if p.key.startswith(prefix)]


def _at(store, when):
    store.clock = FixedClock(when)


def _no_chinese_but(text, names=()):
    for n in names:
        text = text.replace(n, "")
    return "".join(re.findall(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]", text))


def test_daily_report_reminder_before_its_time_then_overdue_until_sent(st):
    assert _items(st, "daily_report") == []          # day 1: the level took effect after 14:00
    assert D.due_status(st).state == "not_due"
    _at(st, datetime(2016, 12, 17, 12, 59, tzinfo=TZ))
    assert _items(st, "daily_report") == []          # more than the 60-minute reminder before 14:00
    assert D.due_status(st).state == "pending"
    _at(st, datetime(2016, 12, 17, 13, 0, tzinfo=TZ))
    (item,) = _items(st, "daily_report")
    assert item.key == "daily_report:2016-12-17" and item.roles == ("duty_officer",)
    assert item.due == datetime(2016, 12, 17, 14, 0, tzinfo=TZ) and item.since == datetime(2016, 12, 17, 13, 0, tzinfo=TZ)
    assert item.severity == "warning" and item.title == "减排日报待报送：今日 14:00 前报送"
    assert item.title_en == "Daily reduction report due: send it by 14:00 today"
    assert "An orange warning is in force" in item.body_en and _no_chinese_but(item.title_en + item.body_en) == ""
    _at(st, datetime(2016, 12, 17, 14, 1, tzinfo=TZ))
    (item,) = _items(st, "daily_report")
    assert item.severity == "critical" and "已逾期" in item.title and "overdue" in item.title_en
    assert D.due_status(st).overdue
    D.send(st, admin_of(st))
    assert _items(st, "daily_report") == [] and D.due_status(st).state == "late"
    # the configured time moves the reminder; a report sent before it is on time
    Settings(st).set("daily_report_time", "9:30", admin_of(st))
    assert Settings(st).get("daily_report_time") == "09:30"
    _at(st, datetime(2016, 12, 18, 8, 29, tzinfo=TZ))
    assert _items(st, "daily_report") == []
    _at(st, datetime(2016, 12, 18, 8, 30, tzinfo=TZ))
    (item,) = _items(st, "daily_report")
    assert item.key == "daily_report:2016-12-18" and item.due == datetime(2016, 12, 18, 9, 30, tzinfo=TZ)
    D.send(st, admin_of(st))
    assert _items(st, "daily_report") == [] and D.due_status(st).state == "sent"


def test_overdue_notice_receipts_become_items_for_the_duty_officer(st):
    admin = admin_of(st)
    rid = notices.send_round(st, admin, "orange", T0)
    recs = {r.code: r for r in notices.receipts(st, rid)}
    _at(st, T0 + timedelta(minutes=30))
    notices.record(st, admin, recs["DEMO-001"].notice_id, "ack")
    _at(st, T0 + timedelta(minutes=60))
    assert _items(st, "firm_receipt") == []          # the 1-hour deadline not passed yet
    _at(st, T0 + timedelta(minutes=61))
    (ack,) = _items(st, "firm_receipt")
    assert ack.key == f"firm_receipt:{rid}:ack" and ack.roles == ("duty_officer",)
    assert ack.due == ack.since == T0 + timedelta(hours=1) and ack.title == "企业通知回执逾期：5 家未确认收到通知"
    assert "DEMO-001" not in ack.body and "演示纺织乙厂（DEMO-002）" in ack.body and "时限 12-16 21:00" in ack.body
    assert ack.title_en == "Firm notice receipts overdue: 5 firms have not acknowledged the notice"
    assert ack.body_en == "DEMO-002, DEMO-003, DEMO-004, DEMO-005, DEMO-006; due 12-16 21:00"
    for code in ("DEMO-002", "DEMO-003", "DEMO-004", "DEMO-005", "DEMO-006"):
        notices.record(st, admin, recs[code].notice_id, "ack")   # late, but recorded: no longer overdue
    assert _items(st, "firm_receipt") == []
    notices.record(st, admin, recs["DEMO-001"].notice_id, "report", "已停产")
    _at(st, T0 + timedelta(hours=24, minutes=1))
    (rep,) = _items(st, "firm_receipt")
    assert rep.key == f"firm_receipt:{rid}:report" and rep.title == "企业通知回执逾期：5 家未报送执行情况"
    assert rep.due == T0 + timedelta(hours=24) and "have not reported their execution" in rep.title_en


def test_inspections_past_their_due_time_go_to_the_unit_liaison_and_the_duty_officer(st):
    admin = admin_of(st)
    Settings(st).set("inspection_due_hours", 2, admin)
    a = inspections.create(st, admin, "DEMO-003", "临江新区", flag_id=st.demo_run.flags[0]["id"])
    inspections.create(st, admin, "DEMO-005", "余东镇", "抽查")
    _at(st, T0 + timedelta(hours=2))
    assert _items(st, "inspection:") == []
    _at(st, T0 + timedelta(hours=2, minutes=1))
    got = {p.key.split(":")[1]: p for p in _items(st, "inspection:")}
    assert set(got) == {"临江新区", "余东镇"}
    p = got["临江新区"]
    assert p.roles == ("liaison:临江新区", "duty_officer") and p.due == T0 + timedelta(hours=2)
    assert p.title == "临江新区：1 项现场核查逾期未反馈" and f"核查任务 {a.id} DEMO-003（时限 12-16 22:00）" in p.body
    assert p.title_en == "临江新区: 1 inspection overdue" and _no_chinese_but(p.title_en + p.body_en, ["临江新区"]) == ""
    assert addressed_to(p.roles, ("liaison",), ("临江新区",)) and not addressed_to(p.roles, ("liaison",), ("余东镇",))
    inspections.record_finding(st, admin, a.id, True, "已停产，合规")
    assert {p.key.split(":")[1] for p in _items(st, "inspection:")} == {"余东镇"}
