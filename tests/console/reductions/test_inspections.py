"""Inspections to closure: from a flag or a spot check, finding with files (SHA-256 in the audit chain),
rectification, closing; a confirmed violation's consequences (exemption revoked with the ban, grade lowered)."""
import hashlib
from datetime import date, datetime

import pytest
from helpers import admin_of
from helpers_reductions import ledger_row, load_ledger

from console.admin import accounts
from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from console.measures import exemptions, ledger
from console.reductions import inspections as I
from console.store.db import Store


@pytest.fixture
def db(tmp_path):
    s = Store(tmp_path / "insp.sqlite3", FixedClock(datetime(2016, 12, 20, 9, tzinfo=TZ)))
    load_ledger(s, tmp_path, [ledger_row("F1", town="三星镇"), ledger_row("F2", town="常乐镇")])
    yield s
    s.close()


def _audit(store, action):
    return [r for r in store.audit_records() if r["action"] == action]


def test_spot_check_compliant_closes_at_once(db):
    ins = I.create(db, admin_of(db), "F2", "常乐镇", "计划抽查：红色预警第二天")
    assert (ins.source, ins.assignee_kind, ins.state) == ("spot", "town", I.OPEN)
    ins = I.record_finding(db, admin_of(db), ins.id, True, "已按一厂一策停产，治污设施运行正常")
    assert ins.state == I.CLOSED and not ins.violation
    with pytest.raises(UserError, match="已记录核查结果"):
        I.record_finding(db, admin_of(db), ins.id, False, "again")
    with pytest.raises(UserError, match="未确认违规"):
        I.apply_consequences(db, admin_of(db), ins.id, revoke_exemption=False, downgrade=True)


def test_violation_with_photo_rectified_and_closed_with_consequences(db, tmp_path):
    admin = admin_of(db)
    accounts.create_user(db, admin, "li", "李联络", ["liaison"], "pw-liaison-1")
    li = accounts.authenticate(db, "li", "pw-liaison-1")
    from console.measures.board import assign_liaison

    exemptions.grant(db, "F1", "演示企业F1", "保民生", ["生态环境局"], date(2016, 12, 1), admin)
    other = I.create(db, admin, "F2", "常乐镇", "抽查")
    ins = I.create(db, admin, "F1", "生态环境局", "治污设施停运 6 小时")
    assign_liaison(db, "li", "生态环境局", admin)
    with pytest.raises(UserError, match="由常乐镇承办"):  # a liaison records for his own unit only
        I.record_finding(db, li, other.id, True, "x")
    assert ins.assignee_kind == "department"
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff fake jpeg bytes")
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    ins = I.record_finding(db, li, ins.id, False, "除尘器风机停运，生产线运行", [photo])
    assert ins.state == I.VIOLATION
    [rec] = _audit(db, "inspection.finding")
    assert sha in rec["detail"] and "现场照片.jpg" in rec["detail"]
    assert I.file_bytes(db, sha) == photo.read_bytes()
    # consequences are the bureau's decision, not the liaison's
    with pytest.raises(UserError, match="不具备"):
        I.apply_consequences(db, li, ins.id, revoke_exemption=True, downgrade=True)
    ins = I.apply_consequences(db, admin, ins.id, revoke_exemption=True, downgrade=True)
    ex = exemptions.list_exemptions(db)[0]
    assert not ex.active and ex.banned_until == date(2017, 6, 20) and "核查任务" in ex.violation
    assert {e.code: e.grade for e in ledger.entries(db)}["F1"] == "C"  # B lowered one step
    assert [e.kind for e in ins.events] == ["finding", "exemption_revoked", "grade_lowered"]
    with pytest.raises(UserError, match="已降级"):
        I.apply_consequences(db, admin, ins.id, revoke_exemption=False, downgrade=True)
    with pytest.raises(UserError, match="整改记录之后才能结案"):
        I.close(db, admin, ins.id)
    ins = I.record_rectification(db, li, ins.id, "风机已修复并恢复运行", [photo])
    assert ins.state == I.RECTIFIED
    ins = I.close(db, admin, ins.id, "复查合格")
    assert ins.state == I.CLOSED and ins.violation
    assert [i.id for i in I.all_inspections(db)] == [ins.id, other.id]


def test_create_from_a_flag_and_bad_input(db, tmp_path):
    from datetime import timedelta

    from helpers_reductions import write_csv

    from console.reductions import checks, meters

    first = datetime(2016, 11, 30, tzinfo=TZ)
    span = (datetime(2016, 12, 14, 10, tzinfo=TZ), datetime(2016, 12, 14, 16, tzinfo=TZ))
    rows = [["F1", "M1", "生产", (first + timedelta(hours=i)).strftime("%Y-%m-%d %H:%M"), "100"]
            for i in range(16 * 24)]
    meters.import_file(db, admin_of(db), write_csv(tmp_path / "m.csv", ["企业编号", "电表编号", "电表类型", "时间",
                                                                        "功率(kW)"], rows))
    run = checks.run_check(db, admin_of(db), *span, "red")
    [flag] = run.flags
    ins = I.create(db, admin_of(db), "F1", "三星镇", flag_id=flag["id"])
    assert ins.source == "flag" and ins.reason.startswith("承诺削减 50%")
    with pytest.raises(UserError, match="该问题已派发核查任务"):
        I.create(db, admin_of(db), "F1", "三星镇", flag_id=flag["id"])
    with pytest.raises(UserError, match="不存在或不属于"):
        I.create(db, admin_of(db), "F2", "常乐镇", flag_id=flag["id"])
    with pytest.raises(UserError, match="不是区镇或部门"):
        I.create(db, admin_of(db), "F1", "火星镇", "x")
    with pytest.raises(UserError, match="抽查理由"):
        I.create(db, admin_of(db), "F1", "三星镇")
    with pytest.raises(UserError, match="不在应急减排清单中"):
        I.create(db, admin_of(db), "F9", "三星镇", "x")
    with pytest.raises(UserError, match="无法读取附件"):
        I.record_finding(db, admin_of(db), ins.id, False, "x", [tmp_path / "missing.jpg"])
    assert I.get(db, ins.id).state == I.OPEN


def test_lower_grade_steps():
    assert [I.lower_grade(g) for g in "ABCD"] == ["B", "C", "D", None]
