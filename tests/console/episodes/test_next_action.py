"""workflow.next_action: the one next step, decided in the core for the warnings page, the overview and the
drill runner alike — over the states of an episode."""
from datetime import datetime, timedelta
from types import SimpleNamespace

import pytest

from console import episodes as E
from console.admin import accounts
from console.common.clock import TZ, FixedClock
from console.episodes import bulletin as B
from console.episodes import workflow as W
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"


@pytest.fixture
def st(store):
    store.clock = FixedClock(T0)
    for name, roles in {"duty": ["duty_officer"], "deputy": ["deputy_head"], "head": ["bureau_head"],
                        "leader": ["district_leader"]}.items():
        accounts.create_user(store, admin_of(store), name, name.title(), roles, PW)
    return store


def assessed(level):
    return SimpleNamespace(level=level)


def publish(st):
    b = B.draft(st, pollution_degree="重度污染", pollution_area="海门区", primary_pollutant="PM2.5")
    return B.publish(st, None, b, actor_of(st, "duty"))


def test_nothing_to_do_without_an_episode(st):
    n = W.next_action(st)
    assert n.code == W.NOTHING and n.idle and n.role is None and n.label == "当前无需启动预警 · 持续监测"


def test_a_notice_is_acknowledged_first_then_the_start_is_proposed_at_its_level(st):
    E.receive_notice(st, actor_of(st, "duty"), "city", "issue", "orange", "通1", T0)
    n = W.next_action(st)
    assert n.code == W.ACK and n.role == "duty_officer" and n.notice.doc_no == "通1" and not n.idle
    assert W.next_action(st, skip=[W.ACK]).code == W.PROPOSE_START  # what the drill's auto-responder sees
    E.acknowledge_notice(st, actor_of(st, "duty"), n.notice.id)
    n = W.next_action(st)  # the current assessment takes the city's orange notice
    assert (n.code, n.level, n.role) == (W.PROPOSE_START, "orange", "duty_officer")
    assert n.label == "拟定橙色预警提案"


def test_a_running_response_clock_asks_for_a_start_even_if_the_assessment_fell(st):
    E.record_trigger(st, actor_of(st, "duty"), "forecast", "yellow", T0)
    n = W.next_action(st, assessed("none"))
    assert (n.code, n.level) == (W.PROPOSE_START, "yellow")


def test_each_signature_is_awaited_in_turn_then_publication(st):
    p = E.propose(st, actor_of(st, "duty"), "start", "red", ["预测"], "海门区全域", T0, assessed_level="red")
    n = W.next_action(st, assessed("red"))
    assert (n.code, n.role, n.step_name, n.proposal.id) == (W.SIGN, "bureau_head", "review", p.id)
    assert n.label == f"签署：生态环境局主要负责人（局长） 审核提案 #{p.id}"
    E.sign(st, p.id, "head", PW, "bureau_head", "approve", p.content_hash)
    n = W.next_action(st, assessed("red"))
    assert (n.code, n.role, n.step_name) == (W.SIGN, "district_leader", "approve")
    E.sign(st, p.id, "leader", PW, "district_leader", "approve", p.content_hash)
    n = W.next_action(st, assessed("red"))
    assert (n.code, n.level, n.role) == (W.PUBLISH, "red", "duty_officer")
    publish(st)
    n = W.next_action(st, assessed("red"))
    assert (n.code, n.level) == (W.MONITOR, "red") and n.idle


def test_upgrade_downgrade_and_lift_follow_the_assessment(st):
    p = E.propose(st, actor_of(st, "duty"), "start", "yellow", ["预测"], "海门区全域", T0, assessed_level="yellow")
    E.sign(st, p.id, "deputy", PW, "deputy_head", "approve", p.content_hash)
    publish(st)
    assert (W.next_action(st, assessed("orange")).code, W.next_action(st, assessed("orange")).level) == \
        (W.PROPOSE_UPGRADE, "orange")
    p = E.propose(st, actor_of(st, "duty"), "upgrade", "orange", ["预测"], "海门区全域", T0, assessed_level="orange")
    E.sign(st, p.id, "head", PW, "bureau_head", "approve", p.content_hash)
    assert W.next_action(st, assessed("orange")).code == W.PUBLISH  # a new level: a new publication
    publish(st)
    n = W.next_action(st, assessed("yellow"))
    assert (n.code, n.level) == (W.PROPOSE_DOWNGRADE, "yellow")
    n = W.next_action(st, assessed("none"))
    assert n.code == W.PROPOSE_LIFT and any("联合研判" in x for x in n.problems) and n.hint == "；".join(n.problems)


def test_lift_pending_then_cancel_then_summaries(st):
    p = E.propose(st, actor_of(st, "duty"), "start", "yellow", ["预测"], "海门区全域", T0, assessed_level="yellow")
    E.sign(st, p.id, "deputy", PW, "deputy_head", "approve", p.content_hash)
    publish(st)
    st.clock.advance(timedelta(hours=40))
    E.record_joint_assessment(st, actor_of(st, "duty"), "陈工", "刘工", 40, "未来40小时AQI低于黄色预警条件")
    n = W.next_action(st, assessed("none"))
    assert n.code == W.PROPOSE_LIFT and n.problems == () and n.hint == "解除条件已满足。"
    lift = E.propose(st, actor_of(st, "duty"), "lift", None, [], "", None)
    n = W.next_action(st, assessed("none"))
    assert (n.code, n.role, n.proposal.id) == (W.SIGN, "deputy_head", lift.id)  # lift pending: its approver
    E.sign(st, lift.id, "deputy", PW, "deputy_head", "approve", lift.content_hash)
    n = W.next_action(st, assessed("none"))
    assert (n.code, n.level) == (W.PUBLISH_CANCEL, "yellow")
    assert W.next_action(st, assessed("none"), skip=[W.PUBLISH_CANCEL]).code == W.SUMMARY
    B.publish(st, None, B.draft_lift(st), actor_of(st, "duty"))
    n = W.next_action(st, assessed("none"))
    status = E.summaries_status(st)
    assert n.code == W.SUMMARY and n.missing == tuple(status.units) and n.due_at == status.due_at
    assert n.label == f"登记总结报送（尚缺 {len(status.units)} 家）"
    for unit in status.units:
        E.record_summary(st, actor_of(st, "duty"), unit)
    assert W.next_action(st, assessed("none")).code == W.NOTHING


def test_the_current_assessment_is_the_assessment_at_the_clock(st):
    E.receive_notice(st, actor_of(st, "duty"), "province", "issue", "red", "苏1", T0)
    now, then = W.current_assessment(st), W.assessment_at(st, T0)
    assert (now.at, now.level, now.basis) == (then.at, then.level, then.basis) and now.level == "red"
