"""Authorization in the core for the episode operations (issue 13.4): propose, revise, withdraw, upper notices and
their acknowledgement, consultations, joint assessments, summaries and publication take an authenticated Actor
and check the duty officer's role INSIDE the write transaction. A bare name, a disabled account or a wrong role
is refused, recorded as auth.refused, and nothing changes; the duty officer is accepted."""
from datetime import datetime

import pytest

from console import episodes as E
from console.admin import accounts
from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from console.episodes import bulletin as B
from console.episodes.query import open_proposals
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"


@pytest.fixture
def st(store):
    store.clock = FixedClock(T0)
    for name, roles in {"duty": ["duty_officer"], "head": ["bureau_head"], "deputy": ["deputy_head"]}.items():
        accounts.create_user(store, admin_of(store), name, name.title(), roles, PW)
    return store


def _notice(st):
    return E.receive_notice(st, actor_of(st, "duty"), "city", "issue", "orange", "通环〔2025〕1号", T0)


def _pending(st):
    _notice(st)
    return E.propose(st, actor_of(st, "duty"), "start", "orange", ["橙色：依据"], "海门区全域", T0,
                     assessed_level="orange")


def _in_force(st):
    p = _pending(st)
    E.sign(st, p.id, "head", PW, "bureau_head", "approve", p.content_hash)


def _ended(st):
    E.record_trigger(st, actor_of(st, "duty"), "forecast", "yellow", T0)  # a response that never came into force
    p = E.propose(st, actor_of(st, "duty"), "end", None, [], "", None, "污染过程未形成")
    E.sign(st, p.id, "deputy", PW, "deputy_head", "approve", p.content_hash)


def _draft(st):
    return B.draft(st, pollution_degree="重度污染", pollution_area="海门区全域", primary_pollutant="PM2.5")


# name -> (prepare(st), call(st, actor))
OPS = {
    "propose": (_notice, lambda st, a: E.propose(st, a, "start", "orange", ["橙色：依据"], "海门区全域", T0,
                                                 assessed_level="orange")),
    "revise_proposal": (_pending, lambda st, a: E.revise_proposal(
        st, a, open_proposals(st, E.current_episode(st).id)[0].id, area="海门区")),
    "withdraw_proposal": (_pending, lambda st, a: E.withdraw_proposal(
        st, a, open_proposals(st, E.current_episode(st).id)[0].id, "研判有误")),
    "receive_notice": (lambda st: None, lambda st, a: E.receive_notice(st, a, "city", "issue", "orange", "通1", T0)),
    "acknowledge_notice": (_notice, lambda st, a: E.acknowledge_notice(st, a, E.unacknowledged_notices(st)[0].id)),
    "record_consultation": (lambda st: None, lambda st, a: E.record_consultation(
        st, a, T0, ["生态环境局 王工", "气象局 李工"], "未来48小时转差", "建议启动橙色")),
    "record_joint_assessment": (_notice, lambda st, a: E.record_joint_assessment(st, a, "王工", "李工", 48, "改善")),
    "record_summary": (_ended, lambda st, a: E.record_summary(st, a, "公安局")),
    "publish": (_in_force, lambda st, a: B.publish(st, None, _draft(st), a)),
    # the 3-hour clock: by whoever may bring in the data it is read from (duty officer or administrator)
    "record_trigger": (lambda st: None, lambda st, a: E.record_trigger(st, a, "forecast", "yellow", T0)),
    "forecast_reached": (lambda st: None, lambda st, a: E.forecast_reached(st, a, "orange", T0)),
}
WRONG_ROLE = {"record_trigger": "不具备值班员、管理员角色", "forecast_reached": "不具备值班员、管理员角色"}


def _state(st):
    """Everything these operations can change, read through the core."""
    ep = E.latest_episode(st)
    per_episode = (open_proposals(st, ep.id), E.joint_assessments(st, ep.id)) if ep else ()
    return repr((E.received_notices(st), E.consultations(st), ep, per_episode, E.summaries_status(st),
                 B.publications(st), E.response_deadlines(st) if ep else ()))


def _refused(st, call, actor, who, match):
    before, n_audit = _state(st), len(st.audit_records())
    with pytest.raises(UserError, match=match):
        call(actor)
    assert _state(st) == before  # nothing changed
    recs = st.audit_records()
    assert len(recs) == n_audit + 1 and recs[0]["action"] == "auth.refused" and recs[0]["actor"] == who


@pytest.mark.parametrize("op", list(OPS))
def test_refused_for_a_bare_name_a_disabled_account_and_a_wrong_role(st, op):
    prepare, fn = OPS[op]
    prepare(st)
    call = lambda a: fn(st, a)  # noqa: E731
    _refused(st, call, "duty", "duty", "未经认证")  # the name of a real duty officer, but no login
    _refused(st, call, actor_of(st, "head"), "head", WRONG_ROLE.get(op, "不具备值班员角色"))
    gone = actor_of(st, "duty9", "duty_officer")
    accounts.update_user(st, admin_of(st), "duty9", active=False)  # disabled after the login
    _refused(st, call, gone, "duty9", "不存在或已停用")


@pytest.mark.parametrize("op", list(OPS))
def test_accepted_for_the_duty_officer(st, op):
    prepare, fn = OPS[op]
    prepare(st)
    n_audit = len(st.audit_records())
    before = _state(st)
    fn(st, actor_of(st, "duty"))
    recs = st.audit_records()
    assert len(recs) > n_audit and _state(st) != before
    assert {r["actor"] for r in recs[:len(recs) - n_audit]} == {"duty"}
    assert all(r["action"] != "auth.refused" for r in recs[:len(recs) - n_audit])


def test_forecast_trigger_by_the_administrator_and_not_again_while_its_clock_runs(st):
    t = E.forecast_reached(st, admin_of(st), "orange", T0)
    assert t.level == "orange" and E.latest_episode(st).triggers[0].id == t.id
    recs = st.audit_records()
    assert recs[0]["action"] == "episode.trigger" and recs[0]["actor"] == "setup-admin"
    n_audit = len(recs)
    # a running clock covers it: nothing is written, whoever asks (a bare name included)
    assert E.forecast_reached(st, "system", "orange", T0) is None
    assert len(st.audit_records()) == n_audit
