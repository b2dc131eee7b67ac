"""Sign-off refusals: order, password, role, the admin, stale content, one person per step."""
from datetime import datetime, timedelta

import pytest

from console.admin import accounts
from console import episodes as E
from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"


@pytest.fixture
def st(store):
    store.clock = FixedClock(T0)
    for name, roles in {"duty": ["duty_officer"], "deputy": ["deputy_head"], "head": ["bureau_head"],
                        "leader": ["district_leader"], "admin": ["admin"], "boss": ["bureau_head", "district_leader"],
                        "adminhead": ["admin", "bureau_head"]}.items():
        accounts.create_user(store, admin_of(store), name, name.title(), roles, PW)
    return store


@pytest.fixture
def red(st):
    return E.propose(st, actor_of(st, "duty"), "start", "red", ["红色：依据"], "海门区全域", T0, assessed_level="red")


def refusals(store):
    return [r for r in store.audit_records() if r["action"] == "signoff.refused"]


def test_chain_per_level_comes_from_the_catalog(st, catalog):
    assert [(s.step, s.role) for s in E.signoff_chain("yellow")] == [("approve", "deputy_head")]
    assert [(s.step, s.role) for s in E.signoff_chain("orange")] == [("approve", "bureau_head")]
    assert [(s.step, s.role) for s in E.signoff_chain("red")] == [("review", "bureau_head"),
                                                                   ("approve", "district_leader")]
    assert E.approver_role("red") == "district_leader" and E.approver_role("yellow") == "deputy_head"


def test_out_of_order_refused(st, red):
    with pytest.raises(UserError, match="out of order") as exc:
        E.sign(st, red.id, "leader", PW, "district_leader", "approve", red.content_hash)
    assert "生态环境局主要负责人" in str(exc.value)
    assert E.get_proposal(st, red.id).signatures == ()
    assert len(refusals(st)) == 1


def test_wrong_password_refused(st, red):
    with pytest.raises(UserError, match="wrong username or password"):
        E.sign(st, red.id, "head", "not-my-password", "bureau_head", "approve", red.content_hash)
    with pytest.raises(UserError, match="wrong username or password"):
        E.sign(st, red.id, "nobody", PW, "bureau_head", "approve", red.content_hash)
    assert E.get_proposal(st, red.id).signatures == ()
    assert len(refusals(st)) == 2 and PW not in str(st.audit_records())


def test_wrong_role_refused_with_a_clear_message(st, red):
    with pytest.raises(UserError, match="does not hold role bureau_head") as exc:
        E.sign(st, red.id, "deputy", PW, "bureau_head", "approve", red.content_hash)
    assert "生态环境局主要负责人" in str(exc.value)
    # holding the role is not enough when it is not that role's turn
    with pytest.raises(UserError, match="out of order"):
        E.sign(st, red.id, "deputy", PW, "deputy_head", "approve", red.content_hash)


def test_admin_cannot_sign_for_others(st, red):
    # the admin does not hold the role
    with pytest.raises(UserError, match="admin"):
        E.sign(st, red.id, "admin", PW, "bureau_head", "approve", red.content_hash)
    # the admin, logged in, using someone else's account
    with pytest.raises(UserError, match="only your own account") as exc:
        E.sign(st, red.id, "head", PW, "bureau_head", "approve", red.content_hash, actor="admin")
    assert "admin cannot sign for others" in str(exc.value)
    assert E.get_proposal(st, red.id).signatures == ()
    # an admin who really holds the role signs with their own account
    r = E.sign(st, red.id, "adminhead", PW, "bureau_head", "approve", red.content_hash, actor="adminhead")
    assert r.signature.username == "adminhead"


def test_stale_hash_refused(st, red):
    with pytest.raises(UserError, match="changed"):
        E.sign(st, red.id, "head", PW, "bureau_head", "approve", "0" * 64)


def test_one_person_cannot_sign_two_steps_nor_their_own_proposal(st, red):
    E.sign(st, red.id, "boss", PW, "bureau_head", "approve", red.content_hash)
    with pytest.raises(UserError, match="two steps"):
        E.sign(st, red.id, "boss", PW, "district_leader", "approve", red.content_hash)
    accounts.create_user(st, admin_of(st), "duty2", "Duty2", ["duty_officer", "deputy_head"], PW)
    E.withdraw_proposal(st, actor_of(st, "duty"), red.id, "改提黄色")
    y = E.propose(st, actor_of(st, "duty2"), "start", "yellow", ["黄色"], "全区", T0, assessed_level="yellow")
    with pytest.raises(UserError, match="proposer"):
        E.sign(st, y.id, "duty2", PW, "deputy_head", "approve", y.content_hash)


def test_nothing_to_sign_after_completion(st):
    y = E.propose(st, actor_of(st, "duty"), "start", "yellow", ["黄色"], "全区", T0, assessed_level="yellow")
    st.clock.advance(timedelta(minutes=10))
    r = E.sign(st, y.id, "deputy", PW, "deputy_head", "approve", y.content_hash)
    assert r.completed and r.level == "yellow" and r.ended_level is None
    with pytest.raises(UserError, match="not waiting"):
        E.sign(st, y.id, "deputy", PW, "deputy_head", "approve", y.content_hash)
    with pytest.raises(UserError, match="decision"):
        E.sign(st, y.id, "deputy", PW, "deputy_head", "maybe", y.content_hash)


def test_pending_signature_keys_change_with_versions(st, red):
    (ps,) = E.pending_signatures(st)
    key1 = ps.key
    E.revise_proposal(st, actor_of(st, "duty"), red.id, basis=["红色：修订依据"])
    (ps2,) = E.pending_signatures(st)
    assert ps2.key != key1 and ps2.key.startswith("signoff:")
    assert st.verify_audit().ok


def test_final_lift_approval_refused_when_upper_warning_reissued_is_on_the_record(st):
    """The city re-issues its warning while a lift waits: the approval is refused AND audited as refused."""
    E.receive_notice(st, actor_of(st, "duty"), "city", "issue", "orange", "通环1", T0)
    p = E.propose(st, actor_of(st, "duty"), "start", "orange", ["橙色：上级通知"], "海门区全域", T0, assessed_level="orange")
    E.sign(st, p.id, "head", PW, "bureau_head", "approve", p.content_hash)
    st.clock.advance(timedelta(hours=10))
    E.receive_notice(st, actor_of(st, "duty"), "city", "lift", None, "通环2", st.clock.now())
    E.record_joint_assessment(st, actor_of(st, "duty"), "王工", "李工", 40, "未来40小时AQI低于150")
    lift = E.propose(st, actor_of(st, "duty"), "lift", None, [], "", None)
    st.clock.advance(timedelta(minutes=10))
    E.receive_notice(st, actor_of(st, "duty"), "city", "issue", "orange", "通环3", st.clock.now())
    with pytest.raises(UserError, match="cannot lift"):
        E.sign(st, lift.id, "head", PW, "bureau_head", "approve", lift.content_hash)
    assert E.get_proposal(st, lift.id).signatures == () and E.current_episode(st).status == E.IN_FORCE
    (refused,) = refusals(st)
    assert "city" in refused["detail"] and refused["actor"] == "head"
    assert st.verify_audit().ok
