"""A confirmed violation's rectification deadline (setting, or per case) and its reminder on a fixed clock; kept
files given back only when they still match their SHA-256; the units' summary texts and files in the
consolidated summary."""
import hashlib
from datetime import datetime, timedelta

import pytest
from helpers import actor_of, admin_of
from helpers_reductions import ledger_row, load_ledger

from console.admin.settings import Settings
from console.alerts import reduction_due
from console.common import attachments
from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from console.measures.board import assign_liaison
from console.reductions import daily_report as D
from console.reductions import inspections as I

T0 = datetime(2016, 12, 20, 9, 0, tzinfo=TZ)


@pytest.fixture
def db(store, tmp_path):
    store.clock = FixedClock(T0)
    load_ledger(store, tmp_path, [ledger_row("F1", town="三星镇"), ledger_row("F2", town="常乐镇")])
    return store


def test_violation_gets_the_default_deadline_and_becomes_a_reminder_when_overdue(db):
    admin = admin_of(db)
    assert Settings(db).get("rectification_hours") == 72
    ins = I.create(db, admin, "F1", "三星镇", "抽查")
    ins = I.record_finding(db, admin, ins.id, False, "治污设施停运")
    assert ins.rectify_by == T0 + timedelta(hours=72)
    assert not ins.rectification_overdue(T0 + timedelta(hours=72))
    assert ins.rectification_overdue(T0 + timedelta(hours=72, minutes=1))
    assert reduction_due.rectifications_overdue(db, T0 + timedelta(hours=71)) == []
    [item] = reduction_due.rectifications_overdue(db, T0 + timedelta(hours=73))
    assert item.title == "三星镇：1 项违规整改逾期" and item.title_en == "三星镇: 1 rectification overdue"
    assert item.roles == ("liaison:三星镇", "duty_officer") and item.due == T0 + timedelta(hours=72)
    assert "F1" in item.body and "12-23 09:00" in item.body and "rectify by 12-23 09:00" in item.body_en
    db.clock = FixedClock(T0 + timedelta(hours=73))
    assert dict(map(tuple, D.compose(db).rows))["整改逾期（项）"] == 1
    I.record_rectification(db, admin, ins.id, "已恢复运行")   # late, but done: no longer overdue
    assert reduction_due.rectifications_overdue(db, T0 + timedelta(hours=80)) == []
    assert dict(map(tuple, D.compose(db).rows))["整改逾期（项）"] == 0


def test_deadline_per_case_and_a_compliant_finding_has_none(db):
    admin = admin_of(db)
    a = I.create(db, admin, "F1", "三星镇", "抽查")
    with pytest.raises(UserError, match="应晚于现在"):
        I.record_finding(db, admin, a.id, False, "x", rectify_by=T0 - timedelta(hours=1))
    a = I.record_finding(db, admin, a.id, False, "门禁车辆台账缺失", rectify_by=T0 + timedelta(hours=8))
    assert a.rectify_by == T0 + timedelta(hours=8)
    [rec] = [r for r in db.audit_records() if r["action"] == "inspection.finding"]
    assert "rectify_by" in rec["detail"] and "2016-12-20T17:00:00+08:00" in rec["detail"]
    b = I.create(db, admin, "F2", "常乐镇", "抽查")
    b = I.record_finding(db, admin, b.id, True, "合规")
    assert b.rectify_by is None and not b.rectification_overdue(T0 + timedelta(days=30))
    items = reduction_due.rectifications_overdue(db, T0 + timedelta(hours=9))
    assert [i.key for i in items] == [f"rectification:三星镇:{a.id}"]


def test_rectification_reminder_reaches_the_units_liaison_through_the_deadlines(db):
    from console.alerts import deadlines

    admin = admin_of(db)
    actor_of(db, "li", "liaison")
    assign_liaison(db, "li", "三星镇", admin)
    ins = I.create(db, admin, "F1", "三星镇", "抽查")
    I.record_finding(db, admin, ins.id, False, "治污设施停运", rectify_by=T0 + timedelta(hours=2))
    assert not any(p.key.startswith("rectification:") for p in deadlines.collect(db, T0 + timedelta(hours=1)))
    [item] = [p for p in deadlines.collect(db, T0 + timedelta(hours=3)) if p.key.startswith("rectification:")]
    assert item.key == f"rectification:三星镇:{ins.id}" and "liaison:三星镇" in item.roles


def test_deadline_extended_by_the_duty_room_with_a_reason_and_the_reminder_follows(db):
    from console.alerts import deadlines

    admin = admin_of(db)
    duty = actor_of(db, "duty", "duty_officer")
    li = actor_of(db, "li", "liaison")
    assign_liaison(db, "li", "三星镇", admin)
    ins = I.create(db, admin, "F1", "三星镇", "抽查")
    I.record_finding(db, admin, ins.id, False, "治污设施停运", rectify_by=T0 + timedelta(hours=2))
    db.clock = FixedClock(T0 + timedelta(hours=3))  # already overdue: the reminder is up
    assert [p.key for p in deadlines.collect(db) if p.key.startswith("rectification:")]
    new = T0 + timedelta(hours=48)
    for who, match in ((li, "不具备"), (actor_of(db, "head", "bureau_head"), "不具备")):
        with pytest.raises(UserError, match=match):
            I.extend_deadline(db, who, ins.id, new, "设备待更换")
    with pytest.raises(UserError, match="延期理由"):
        I.extend_deadline(db, duty, ins.id, new, "  ")
    with pytest.raises(UserError, match="应晚于原期限"):
        I.extend_deadline(db, duty, ins.id, T0 + timedelta(hours=1), "x")
    with pytest.raises(UserError, match="应晚于现在"):  # later than the old deadline, but already past
        I.extend_deadline(db, duty, ins.id, T0 + timedelta(hours=2, minutes=30), "x")
    assert I.get(db, ins.id).rectify_by == T0 + timedelta(hours=2)
    ins = I.extend_deadline(db, duty, ins.id, new, "布袋除尘器配件到货需两天")
    assert ins.rectify_by == new and ins.state == I.VIOLATION and not ins.rectification_overdue(db.clock.now())
    [rec] = [r for r in db.audit_records() if r["action"] == "inspection.deadline_extended"]
    assert rec["actor"] == "duty" and "布袋除尘器配件到货需两天" in rec["detail"]
    assert "2016-12-20T11:00:00+08:00" in rec["detail"] and "2016-12-22T09:00:00+08:00" in rec["detail"]
    refusals = [r for r in db.audit_records() if r["action"] == "auth.refused"]
    assert len(refusals) == 2
    assert not [p for p in deadlines.collect(db) if p.key.startswith("rectification:")]
    assert dict(map(tuple, D.compose(db).rows))["整改逾期（项）"] == 0
    [item] = [p for p in deadlines.collect(db, new + timedelta(minutes=1)) if p.key.startswith("rectification:")]
    assert item.due == new and "12-22 09:00" in item.body
    ins = I.extend_deadline(db, admin, ins.id, new + timedelta(hours=24), "再延一天")  # the latest wins
    assert ins.rectify_by == new + timedelta(hours=24)
    I.record_rectification(db, admin, ins.id, "已更换")
    with pytest.raises(UserError, match="尚未整改"):
        I.extend_deadline(db, duty, ins.id, new + timedelta(hours=48), "x")


def test_files_come_back_only_when_they_match_their_hash(db, tmp_path):
    admin = admin_of(db)
    photo = tmp_path / "现场.png"
    photo.write_bytes(b"\x89PNG fake")
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    ins = I.create(db, admin, "F1", "三星镇", "抽查")
    ins = I.record_finding(db, admin, ins.id, False, "x", [photo])
    [f] = ins.files()
    assert (f["name"], f["sha256"], f["event"]) == ("现场.png", sha, "finding")
    assert attachments.is_image(f["name"]) and not attachments.is_image("报告.pdf")
    out = attachments.save(I.file_bytes(db, sha), sha, tmp_path / "out.png")
    assert out.read_bytes() == photo.read_bytes()
    with pytest.raises(UserError, match="SHA-256 不符"):
        attachments.checked(sha, "bm90IHRoZSBwaG90bw==")       # other bytes under that hash
    with pytest.raises(UserError, match="不在数据库中"):
        attachments.checked("0" * 64, None)
    assert I.file_bytes(db, "0" * 64) is None
    with pytest.raises(UserError, match="cannot write"):
        attachments.save(b"x", hashlib.sha256(b"x").hexdigest(), tmp_path / "no" / "such" / "dir.png")
