"""Two seats on one database file (issue 13.1, 13.2): whatever another seat commits between this seat's read and
its write is seen by the checks, which run inside the write transaction; a conflict is refused with a clear
message, recorded as a refusal, and nothing is changed."""
from contextlib import contextmanager
from datetime import datetime

import pytest

from console import episodes as E
from console.admin import accounts
from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from console.store.db import Store
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"
PEOPLE = {"duty": ["duty_officer"], "head": ["bureau_head"], "head2": ["bureau_head"],
          "deputy": ["deputy_head"], "deputy2": ["deputy_head"],
          "leader": ["district_leader"]}


@pytest.fixture
def seats(tmp_path):
    path = tmp_path / "shared.sqlite3"
    a, b = Store(path, FixedClock(T0)), Store(path, FixedClock(T0))
    for name, roles in PEOPLE.items():
        accounts.create_user(a, admin_of(a), name, name.title(), roles, PW)
    yield a, b
    a.close()
    b.close()


def before_next_write(store, action):
    """Run `action` (the other seat's commit) just before `store` opens its next write transaction: the moment
    between a seat's reads outside the transaction and its write."""
    original = store.transaction
    fired = []

    @contextmanager
    def hooked():
        if not fired:
            fired.append(True)
            action()
        with original() as conn:
            yield conn

    store.transaction = hooked


def red_proposal(store):
    return E.propose(store, actor_of(store, "duty"), "start", "red", ["红色：预测依据"], "海门区全域", T0, assessed_level="red")


def test_a_revision_committed_between_read_and_write_is_refused(seats):
    a, b = seats
    p = red_proposal(a)
    E.sign(a, p.id, "head", PW, "bureau_head", "approve", p.content_hash)
    read = E.get_proposal(a, p.id)  # the leader's seat shows version 1
    duty_b = actor_of(b, "duty")
    before_next_write(a, lambda: E.revise_proposal(b, duty_b, p.id, level="orange", assessed_level="orange"))
    with pytest.raises(UserError, match="提议已被修改"):
        E.sign(a, p.id, "leader", PW, "district_leader", "approve", read.content_hash)
    assert E.level_in_force(a)[0] == "none"  # red never came into force
    now = E.get_proposal(a, p.id)
    assert now.version == 2 and now.signatures == ()
    last = a.audit_records(limit=1)[0]
    assert last["action"] == "signoff.refused" and last["actor"] == "leader"
    assert a.verify_audit().ok


def test_two_seats_signing_the_same_step(seats):
    a, b = seats
    p = red_proposal(a)
    before_next_write(a, lambda: E.sign(b, p.id, "head2", PW, "bureau_head", "approve", p.content_hash))
    with pytest.raises(UserError, match="已由他人签署"):
        E.sign(a, p.id, "head", PW, "bureau_head", "approve", p.content_hash)
    (sig,) = E.get_proposal(a, p.id).signatures
    assert sig.username == "head2"
    assert a.audit_records(limit=1)[0]["action"] == "signoff.refused"


def test_a_unique_conflict_is_a_clear_refusal_never_a_raw_integrity_error(seats, monkeypatch):
    """Even if a check were passed by a stale read, the database's unique key refuses the second signature:
    the seat sees the plain message and the refusal is on the record."""
    a, b = seats
    p = red_proposal(a)
    E.sign(b, p.id, "head2", PW, "bureau_head", "approve", p.content_hash)
    stale = E.get_proposal(a, p.id)
    from console.episodes import signoff
    monkeypatch.setattr(signoff, "get_proposal", lambda store, pid: E.get_proposal(store, pid)
                        if store is not a else _as_unsigned(stale))
    with pytest.raises(UserError, match="已由他人签署") as info:
        E.sign(a, p.id, "head", PW, "bureau_head", "approve", p.content_hash)
    assert "IntegrityError" not in repr(info.value)
    assert [s.username for s in E.get_proposal(b, p.id).signatures] == ["head2"]
    assert a.audit_records(limit=1)[0]["action"] == "signoff.refused"


def _as_unsigned(p):
    from dataclasses import replace
    return replace(p, signatures=())


def test_an_end_raced_by_a_second_end_is_refused(seats):
    """Two seats end the same episode (no level ever in force): the second sees the first inside its write."""
    a, b = seats
    E.receive_notice(a, actor_of(a, "duty"), "city", "issue", "yellow", "通环1号", T0)
    E.receive_notice(a, actor_of(a, "duty"), "city", "lift", None, "通环2号", T0)
    p = E.propose(a, actor_of(a, "duty"), "end", None, [], "", None, "预警未启动即解除")
    assert [s.role for s in p.steps] == ["deputy_head"]
    before_next_write(a, lambda: E.sign(b, p.id, "deputy2", PW, "deputy_head", "approve", p.content_hash))
    with pytest.raises(UserError, match="已由他人签署"):
        E.sign(a, p.id, "deputy", PW, "deputy_head", "approve", p.content_hash)
    assert E.current_episode(a) is None and E.latest_episode(a).status == E.ENDED
    assert a.audit_records(limit=1)[0]["action"] == "signoff.refused"
