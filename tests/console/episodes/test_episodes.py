"""Episode lifecycle (plan §3-§6): trigger, proposals, sign-off effects, up/downgrade, lift, end, summaries."""
from datetime import datetime, timedelta

import pytest

from console.admin import accounts
from console import episodes as E
from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"
PEOPLE = {"duty": ["duty_officer"], "deputy": ["deputy_head"], "head": ["bureau_head"],
          "leader": ["district_leader"], "admin": ["admin"]}


@pytest.fixture
def st(store):
    store.clock = FixedClock(T0)
    for name, roles in PEOPLE.items():
        accounts.create_user(store, admin_of(store), name, name.title(), roles, PW)
    return store


def later(store, minutes):
    store.clock.advance(timedelta(minutes=minutes))
    return store.clock.now()


def approve(store, p, who, role):
    return E.sign(store, p.id, who, PW, role, "approve", p.content_hash)


def start(store, level, assessed=None, reason=""):
    return E.propose(store, actor_of(store, "duty"), "start", level, [f"{level}：预测依据"], "海门区全域",
                     store.clock.now(), reason, assessed_level=assessed or level)


def bring_into_force(store, level):
    p = start(store, level)
    for step in p.steps:
        approve(store, p, {"deputy_head": "deputy", "bureau_head": "head", "district_leader": "leader"}[step.role],
                step.role)
    return E.get_proposal(store, p.id)


def test_full_red_path(st):
    n = E.receive_notice(st, actor_of(st, "duty"), "city", "issue", "red", "通环〔2025〕1号", T0)
    ep = E.current_episode(st)
    assert ep.status == E.OPEN and n.episode_id == ep.id and n.acknowledged_at is None
    assert [t.source for t in ep.triggers] == ["notice"]
    later(st, 20)
    p = start(st, "red")
    assert [(s.step, s.role) for s in p.steps] == [("review", "bureau_head"), ("approve", "district_leader")]
    assert len(p.content_hash) == 64
    (waiting,) = E.pending_signatures(st)
    prop, role, since = waiting
    assert prop.id == p.id and role == "bureau_head" and since == T0 + timedelta(minutes=20)
    later(st, 20)
    r1 = approve(st, p, "head", "bureau_head")
    assert not r1.completed and E.level_in_force(st)[0] == "none"
    assert E.pending_signatures(st)[0].role == "district_leader"
    t_approve = later(st, 30)
    r2 = approve(st, p, "leader", "district_leader")
    assert r2.completed and r2.level == "red" and r2.proposal.status == E.APPROVED
    assert E.level_in_force(st) == ("red", t_approve)
    assert E.current_episode(st).status == E.IN_FORCE
    assert r2.signature.display_name == "Leader" and r2.signature.signed_at == t_approve
    assert E.pending_signatures(st) == []
    (d,) = E.response_deadlines(st)
    assert d.status == "met" and d.met_at == t_approve and d.due_at == T0 + timedelta(hours=3)
    kinds = [e.kind for e in E.timeline(st, ep.id)]
    assert kinds[:3] == ["episode", "notice", "trigger"]
    assert kinds.count("signature") == 2 and "level" in kinds
    assert kinds.index("level") > max(i for i, k in enumerate(kinds) if k == "signature")
    assert st.verify_audit().ok


def test_notice_acknowledgement(st):
    n = E.receive_notice(st, actor_of(st, "duty"), "省", "发布", "黄色", "苏环〔2025〕9号", T0)
    assert [x.id for x in E.unacknowledged_notices(st)] == [n.id]
    later(st, 5)
    acked = E.acknowledge_notice(st, actor_of(st, "duty"), n.id)
    assert acked.acknowledged_by == "duty" and E.unacknowledged_notices(st) == []
    with pytest.raises(UserError, match="already"):
        E.acknowledge_notice(st, actor_of(st, "duty"), n.id)
    with pytest.raises(UserError, match="level"):
        E.receive_notice(st, actor_of(st, "duty"), "city", "issue", None, "x", T0)
    with pytest.raises(UserError, match="issuer"):
        E.receive_notice(st, actor_of(st, "duty"), "county", "issue", "red", "x", T0)
    with pytest.raises(UserError, match="future"):
        E.receive_notice(st, actor_of(st, "duty"), "city", "issue", "red", "x", T0 + timedelta(hours=2))
    assert E.upper_notices(st)[0].issuer == "province"


def test_three_hour_deadline_met_and_missed(st):
    E.record_trigger(st, actor_of(st, "duty"), "forecast", "yellow", T0)
    later(st, 60)
    assert E.response_deadlines(st)[0].status == "pending"
    later(st, 150)  # 11:30, half an hour past the 3-hour deadline
    (d,) = E.response_deadlines(st)
    assert d.status == "overdue" and d.remaining(st.clock.now()) < timedelta(0)
    bring_into_force(st, "yellow")
    (d,) = E.response_deadlines(st)
    assert d.status == "missed" and d.met_at == T0 + timedelta(minutes=210)
    # a second, later trigger that is met in time
    t2 = later(st, 10)
    assert E.forecast_reached(st, actor_of(st, "duty"), "yellow") is None  # already in force: no new clock
    E.forecast_reached(st, actor_of(st, "duty"), "orange", t2)
    later(st, 60)
    p = E.propose(st, actor_of(st, "duty"), "upgrade", "orange", ["橙色"], "全区", st.clock.now(), assessed_level="orange")
    approve(st, p, "head", "bureau_head")
    statuses = [d.status for d in E.response_deadlines(st)]
    assert statuses == ["missed", "met"]


def test_deadline_hours_is_a_setting(st):
    from console.admin.settings import Settings
    Settings(st).set("response_start_hours", 2, admin_of(st))
    t = E.record_trigger(st, actor_of(st, "duty"), "forecast", "orange", T0)
    assert t.due_at == T0 + timedelta(hours=2)


def test_only_duty_officer_proposes_and_one_pending_at_a_time(st):
    with pytest.raises(UserError, match="duty_officer"):
        E.propose(st, actor_of(st, "head"), "start", "yellow", ["b"], "全区", T0, assessed_level="yellow")
    start(st, "yellow")
    with pytest.raises(UserError, match="pending"):
        start(st, "orange")


def test_proposal_fields_are_checked(st):
    with pytest.raises(UserError, match="basis"):
        E.propose(st, actor_of(st, "duty"), "start", "yellow", [], "全区", T0, assessed_level="yellow")
    with pytest.raises(UserError, match="area"):
        E.propose(st, actor_of(st, "duty"), "start", "yellow", ["b"], " ", T0, assessed_level="yellow")
    with pytest.raises(UserError, match="assess"):
        E.propose(st, actor_of(st, "duty"), "start", "yellow", ["b"], "全区", T0)
    with pytest.raises(UserError, match="level"):
        E.propose(st, actor_of(st, "duty"), "start", "purple", ["b"], "全区", T0, assessed_level="yellow")
    with pytest.raises(UserError, match="no open episode"):
        E.propose(st, actor_of(st, "duty"), "lift", None, [], "", None)
    with pytest.raises(UserError, match="below the assessed"):
        E.propose(st, actor_of(st, "duty"), "start", "yellow", ["b"], "全区", T0, assessed_level="orange")


def test_raising_above_assessment_needs_reason_and_leader_consent(st):
    with pytest.raises(UserError, match="reason"):
        start(st, "orange", assessed="yellow")
    p = start(st, "orange", assessed="yellow", reason="重大活动保障，从严启动")
    assert [(s.step, s.role) for s in p.steps] == [("consent", "district_leader"), ("approve", "bureau_head")]
    with pytest.raises(UserError, match="out of order"):
        approve(st, p, "head", "bureau_head")
    assert not approve(st, p, "leader", "district_leader").completed
    assert approve(st, p, "head", "bureau_head").level == "orange"
    # red already ends with the district leader: that approval records the consent
    p2 = E.propose(st, actor_of(st, "duty"), "upgrade", "red", ["b"], "全区", st.clock.now(), "从严",
                   assessed_level="orange")
    assert [(s.step, s.role, s.consent) for s in p2.steps] == [
        ("review", "bureau_head", False), ("approve", "district_leader", True)]


def test_editing_voids_approvals(st):
    p = start(st, "red")
    approve(st, p, "head", "bureau_head")
    later(st, 5)
    p2 = E.revise_proposal(st, actor_of(st, "duty"), p.id, area="海门区全域（含临江新区）")
    assert p2.id == p.id and p2.version == 2 and p2.content_hash != p.content_hash
    assert p2.signatures == () and p2.next_step == 0
    with pytest.raises(UserError, match="out of order"):  # the review must be signed again
        approve(st, p2, "leader", "district_leader")
    with pytest.raises(UserError, match="changed"):  # approving what was read before the edit
        approve(st, p, "head", "bureau_head")
    approve(st, p2, "head", "bureau_head")
    assert approve(st, p2, "leader", "district_leader").level == "red"
    versions = E.proposal_versions(st, p.id)
    assert [len(v.signatures) for v in versions] == [1, 2]
    audit = [r for r in st.audit_records() if r["action"] == "proposal.revise"]
    assert '"voided_signatures":[' in audit[0]["detail"].replace(" ", "")
    with pytest.raises(UserError, match="revised"):
        E.revise_proposal(st, actor_of(st, "duty"), p.id, area="x")


def test_reject_then_revise_or_withdraw(st):
    p = start(st, "yellow")
    with pytest.raises(UserError, match="reason"):
        E.sign(st, p.id, "deputy", PW, "deputy_head", "reject", p.content_hash, "  ")
    r = E.sign(st, p.id, "deputy", PW, "deputy_head", "reject", p.content_hash, "依据不足")
    assert r.proposal.status == E.REJECTED and not r.completed
    assert E.pending_signatures(st) == [] and E.level_in_force(st)[0] == "none"
    p2 = E.revise_proposal(st, actor_of(st, "duty"), p.id, basis=["黄色：补充预测依据"])
    assert p2.status == E.PENDING
    with pytest.raises(UserError):  # only a duty officer withdraws, as only a duty officer proposes
        E.withdraw_proposal(st, actor_of(st, "deputy"), p.id, "不想签")
    w = E.withdraw_proposal(st, actor_of(st, "duty"), p.id, "会商后决定暂不启动")
    assert w.status == E.WITHDRAWN and E.pending_signatures(st) == []
    with pytest.raises(UserError):
        E.withdraw_proposal(st, actor_of(st, "duty"), p.id, "again")


def test_upgrade_ends_the_lower_level(st):
    bring_into_force(st, "yellow")
    t1 = later(st, 120)
    p = E.propose(st, actor_of(st, "duty"), "upgrade", "orange", ["橙色"], "全区", t1, assessed_level="orange")
    r = approve(st, p, "head", "bureau_head")
    assert r.level == "orange" and r.ended_level == "yellow"
    intervals = E.level_intervals(st)
    assert intervals == [(T0, t1, "yellow"), (t1, None, "orange")]
    t_now = later(st, 30)
    assert E.plot_intervals(st) == [(T0.timestamp(), t1.timestamp(), "yellow"),
                                    (t1.timestamp(), t_now.timestamp(), "orange")]
    assert E.level_in_force(st, T0 + timedelta(minutes=1))[0] == "yellow"
    assert E.level_in_force(st) == ("orange", t1)
    with pytest.raises(UserError, match="above"):
        E.propose(st, actor_of(st, "duty"), "upgrade", "yellow", ["b"], "全区", t1, assessed_level="yellow")
    with pytest.raises(UserError, match="already in force"):
        start(st, "red")


def test_downgrade_needs_36_hours_and_highest_approver(st):
    bring_into_force(st, "red")
    later(st, 60)
    args = dict(basis=["预测改善"], area="全区", start_time=st.clock.now())
    with pytest.raises(UserError, match="36"):
        E.propose(st, actor_of(st, "duty"), "downgrade", "orange", improvement_hours=24, **args)
    with pytest.raises(UserError, match="36"):
        E.propose(st, actor_of(st, "duty"), "downgrade", "orange", **args)
    with pytest.raises(UserError, match="below"):
        E.propose(st, actor_of(st, "duty"), "downgrade", "red", improvement_hours=48, **args)
    p = E.propose(st, actor_of(st, "duty"), "downgrade", "orange", improvement_hours=36, **args)
    assert [(s.step, s.role) for s in p.steps] == [("approve", "district_leader")]
    with pytest.raises(UserError, match="district_leader"):
        approve(st, p, "head", "bureau_head")
    r = approve(st, p, "leader", "district_leader")
    assert r.level == "orange" and r.ended_level == "red"
    assert E.current_episode(st).highest_level == "red"


def test_lift_requires_upper_lift_and_joint_assessment(st):
    E.receive_notice(st, actor_of(st, "duty"), "city", "issue", "orange", "通环1", T0)
    bring_into_force(st, "orange")
    later(st, 600)
    with pytest.raises(UserError, match="city"):
        E.propose(st, actor_of(st, "duty"), "lift", None, [], "", None)
    E.receive_notice(st, actor_of(st, "duty"), "city", "lift", None, "通环2", later(st, 10))
    with pytest.raises(UserError, match="joint"):
        E.propose(st, actor_of(st, "duty"), "lift", None, [], "", None)
    with pytest.raises(UserError, match="meteorological"):
        E.record_joint_assessment(st, actor_of(st, "duty"), "王工", "", 48, "持续改善")
    E.record_joint_assessment(st, actor_of(st, "duty"), "王工", "李工", 30, "改善")
    with pytest.raises(UserError, match="36"):
        E.propose(st, actor_of(st, "duty"), "lift", None, [], "", None)
    E.record_joint_assessment(st, actor_of(st, "duty"), "王工", "李工", 40, "未来40小时AQI低于150")
    p = E.propose(st, actor_of(st, "duty"), "lift", None, [], "", None)
    assert p.level == "none" and [s.role for s in p.steps] == ["bureau_head"]
    assert any("联合研判" in b for b in p.basis) and any("解除" in b for b in p.basis)
    t = later(st, 15)
    r = approve(st, p, "head", "bureau_head")
    assert r.episode_ended and r.ended_level == "orange"
    ep = E.get_episode(st, p.episode_id)
    assert ep.status == E.ENDED and ep.ended_at == t and E.current_episode(st) is None
    assert E.level_in_force(st) == ("none", t)


def test_lift_of_a_red_episode_is_approved_by_the_district_leader(st):
    bring_into_force(st, "red")
    later(st, 60)
    p = E.propose(st, actor_of(st, "duty"), "downgrade", "yellow", ["改善"], "全区", st.clock.now(), improvement_hours=48)
    approve(st, p, "leader", "district_leader")
    later(st, 600)
    E.record_joint_assessment(st, actor_of(st, "duty"), "王工", "李工", 48, "持续改善")
    lift = E.propose(st, actor_of(st, "duty"), "lift", None, [], "", None)
    assert [s.role for s in lift.steps] == ["district_leader"]  # highest reached was red, not yellow
    with pytest.raises(UserError, match="district_leader"):
        approve(st, lift, "deputy", "deputy_head")
    assert approve(st, lift, "leader", "district_leader").episode_ended


def test_end_on_province_lift_then_summaries(st):
    from console.admin.settings import Settings
    E.receive_notice(st, actor_of(st, "duty"), "province", "issue", "orange", "苏1", T0)
    bring_into_force(st, "orange")
    later(st, 60)
    with pytest.raises(UserError, match="province/city"):
        E.propose(st, actor_of(st, "duty"), "end", None, [], "", None)
    E.record_consultation(st, actor_of(st, "duty"), later(st, 30), ["生态环境局 王工", "气象局 李工"], "未来48小时转好", "建议终止",
                          st.clock.now() + timedelta(hours=12))
    E.receive_notice(st, actor_of(st, "duty"), "province", "lift", None, "苏2", later(st, 10))
    p = E.propose(st, actor_of(st, "duty"), "end", None, [], "", None)
    with pytest.raises(UserError, match="no ended episode"):
        E.record_summary(st, actor_of(st, "duty"), "公安局")
    t_end = later(st, 20)
    r = approve(st, p, "head", "bureau_head")
    assert r.episode_ended
    s = E.summaries_status(st)
    units = E.summary_units(st)
    assert s.due_at == t_end + timedelta(hours=24) and s.ended_at == t_end
    assert "公安局" in units and "四甲镇" in units and "气象局" in units
    assert set(s.missing) == set(units)
    E.record_summary(st, actor_of(st, "duty"), "公安局", later(st, 60), by="公安局联络员")
    E.record_summary(st, actor_of(st, "duty"), "发改委", later(st, 60))  # short name normalised
    with pytest.raises(UserError, match="participating"):
        E.record_summary(st, actor_of(st, "duty"), "外星局")
    later(st, 24 * 60)
    E.record_summary(st, actor_of(st, "duty"), "四甲镇")  # late
    s = E.summaries_status(st)
    assert set(s.received) == {"公安局", "发展和改革委员会", "四甲镇"}
    assert s.late == ["四甲镇"] and "宣传部" in s.overdue(st.clock.now()) and "公安局" not in s.missing
    assert s.overdue(t_end + timedelta(hours=1)) == []
    Settings(st).set("towns", ["三星镇"], admin_of(st))
    assert "四甲镇" not in E.summary_units(st)
    # who owed a summary was fixed when the episode ended: editing the towns later changes nothing
    s2 = E.summaries_status(st)
    assert s2.units == s.units and "四甲镇" in s2.received and "正余镇" in s2.missing
    E.record_summary(st, actor_of(st, "duty"), "正余镇")
    assert E.consultations(st)[0].participants == ("生态环境局 王工", "气象局 李工")
    assert E.next_consultation(st) is not None
    kinds = {e.kind for e in E.timeline(st, p.episode_id)}
    assert {"consultation", "notice", "end", "summary", "level", "signature", "proposal"} <= kinds
    assert st.verify_audit().ok


def test_consultation_validation(st):
    with pytest.raises(UserError, match="participants"):
        E.record_consultation(st, actor_of(st, "duty"), T0, [" "], "f", "c")
    with pytest.raises(UserError, match="after"):
        E.record_consultation(st, actor_of(st, "duty"), T0, ["a"], "f", "c", T0)
    c = E.record_consultation(st, actor_of(st, "duty"), T0, ["a"], "f", "c")
    assert c.episode_id is None  # consultations before any episode are kept too


def test_records_are_append_only(st):
    bring_into_force(st, "yellow")
    for sql in ("UPDATE level_changes SET level = 'red'", "DELETE FROM signatures",
                "UPDATE proposals SET area = 'x'"):
        with pytest.raises(st.backend.errors, match="append-only"):  # the database refuses (trigger), each backend
            with st.transaction():
                st.execute(sql)
    assert E.level_in_force(st)[0] == "yellow" and E.get_proposal(st, 1).area == "海门区全域"


def test_whole_story_keeps_the_audit_chain(st):
    E.receive_notice(st, actor_of(st, "duty"), "city", "issue", "yellow", "通1", T0)
    bring_into_force(st, "yellow")
    later(st, 60)
    p = E.propose(st, actor_of(st, "duty"), "upgrade", "red", ["红色"], "全区", st.clock.now(), assessed_level="red")
    with pytest.raises(UserError):
        E.sign(st, p.id, "leader", "wrong-pw", "district_leader", "approve", p.content_hash)
    approve(st, p, "head", "bureau_head")
    approve(st, p, "leader", "district_leader")
    E.receive_notice(st, actor_of(st, "duty"), "city", "lift", None, "通2", later(st, 600))
    E.record_joint_assessment(st, actor_of(st, "duty"), "王", "李", 36, "好转")
    lift = E.propose(st, actor_of(st, "duty"), "lift", None, [], "", None)
    approve(st, lift, "leader", "district_leader")
    check = st.verify_audit()
    assert check.ok and check.count > 15
    actions = {r["action"] for r in st.audit_records()}
    assert {"episode.open", "episode.trigger", "notice.receive", "proposal.create", "signoff.approve",
            "signoff.refused", "episode.level", "episode.joint_assessment", "episode.end"} <= actions
