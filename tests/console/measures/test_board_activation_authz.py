"""The board is brought to a level or closed only as the effect of a signature (issue 13.4): inside the
signature's transaction, by the signer whose approval completed the proposal — or, outside a sign-off, by an
administrator. A bare name, a duty officer or a signer without the completing signature is refused, recorded
as auth.refused, and the board is unchanged."""
from datetime import datetime

import pytest

from console import episodes as E
from console.admin import accounts
from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from console.measures import board
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"


@pytest.fixture
def st(store):
    store.clock = FixedClock(T0)
    for name, roles in {"duty": ["duty_officer"], "head": ["bureau_head"], "deputy": ["deputy_head"]}.items():
        accounts.create_user(store, admin_of(store), name, name.title(), roles, PW)
    return store


def _orange_in_force(st):
    E.receive_notice(st, actor_of(st, "duty"), "city", "issue", "orange", "通环〔2025〕1号", T0)
    p = E.propose(st, actor_of(st, "duty"), "start", "orange", ["橙色：依据"], "海门区全域", T0, assessed_level="orange")
    return E.sign(st, p.id, "head", PW, "bureau_head", "approve", p.content_hash)


def _refused(st, call, who, match):
    ep = str(E.latest_episode(st).id) if E.latest_episode(st) else "EP-9"
    before, n_audit = (board.get_board(st, ep), board.tasks(st, ep), board.events(st, ep)), len(st.audit_records())
    with pytest.raises(UserError, match=match):
        call()
    assert (board.get_board(st, ep), board.tasks(st, ep), board.events(st, ep)) == before
    recs = st.audit_records()
    assert len(recs) == n_audit + 1 and recs[0]["action"] == "auth.refused" and recs[0]["actor"] == who


def test_the_signature_that_puts_a_level_in_force_activates_the_board_as_the_signer(st):
    r = _orange_in_force(st)
    ep = str(r.proposal.episode_id)
    b = board.get_board(st, ep)
    assert b["level"] == "orange" and board.tasks(st, ep)
    assert {e["by"] for e in board.events(st, ep)} == {"head"}
    assert [x["actor"] for x in st.audit_records() if x["action"] == "board.activate"] == ["head"]


def test_activation_outside_a_signature_is_refused_except_for_the_administrator(st, catalog):
    r = _orange_in_force(st)
    ep, sid = str(r.proposal.episode_id), r.signature.id
    up = lambda actor, **kw: board.activate(st, ep, "red", T0, actor, catalog=catalog, **kw)  # noqa: E731
    _refused(st, lambda: up("duty"), "duty", "未经认证")  # a bare name
    _refused(st, lambda: up(actor_of(st, "duty")), "duty", "不具备")  # the duty officer cannot put red measures out
    _refused(st, lambda: up(actor_of(st, "head")), "head", "不具备")  # nor a signer without a signature
    # a real signature, but for orange, not red: it does not put red into force
    _refused(st, lambda: up(actor_of(st, "head"), signature_id=sid), "head", "不是使事件")
    # someone else's signature
    _refused(st, lambda: board.activate(st, ep, "orange", T0, actor_of(st, "deputy"), catalog=catalog,
                                        signature_id=sid), "deputy", "不是使事件")
    # closing needs a lift/end signature: this one is a start
    _refused(st, lambda: board.close_board(st, ep, T0, actor_of(st, "head"), signature_id=sid), "head", "不是使事件")
    _refused(st, lambda: board.close_board(st, ep, T0, actor_of(st, "duty")), "duty", "不具备")
    ch = up(admin_of(st))  # a repair by the administrator, on the record under that name
    assert ch.level == "red" and board.get_board(st, ep)["level"] == "red"
    assert st.audit_records()[0]["action"] == "board.activate" and st.audit_records()[0]["actor"] == "setup-admin"
    assert board.close_board(st, ep, T0, admin_of(st)).closed
    assert st.verify_audit().ok
