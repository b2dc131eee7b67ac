"""The episode timeline: every record in time order, each carrying the level it concerns (the view colours rows
by it, so it must be the level of the very version a signature was given on)."""
from datetime import datetime, timedelta

import pytest

from console import episodes as E
from console.admin import accounts
from console.common.clock import TZ, FixedClock
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"


@pytest.fixture
def st(store):
    store.clock = FixedClock(T0)
    for name, roles in {"duty": ["duty_officer"], "head": ["bureau_head"], "leader": ["district_leader"]}.items():
        accounts.create_user(store, admin_of(store), name, name.title(), roles, PW)
    return store


def step(store, minutes=10):
    store.clock.advance(timedelta(minutes=minutes))
    return store.clock.now()


def test_levels_follow_each_record(st):
    E.receive_notice(st, actor_of(st, "duty"), "city", "issue", "red", "通环〔2025〕1号", T0)
    step(st)
    E.record_consultation(st, actor_of(st, "duty"), st.clock.now(), ["张三"], "重污染", "建议启动")
    first = E.propose(st, actor_of(st, "duty"), "start", "orange", ["预测"], "海门区全域", st.clock.now(), "先报橙色",
                      assessed_level="red")
    step(st)
    E.withdraw_proposal(st, actor_of(st, "duty"), first.id, "改报红色")
    p = E.propose(st, actor_of(st, "duty"), "start", "orange", ["预测"], "海门区全域", st.clock.now(), "先报橙色",
                  assessed_level="red")
    step(st)
    p = E.revise_proposal(st, actor_of(st, "duty"), p.id, level="red", reason="")
    step(st)
    E.sign(st, p.id, "head", PW, "bureau_head", "approve", p.content_hash)
    step(st)
    E.sign(st, p.id, "leader", PW, "district_leader", "approve", p.content_hash)
    events = E.timeline(st, E.current_episode(st).id)
    assert [e.at for e in events] == sorted(e.at for e in events)
    by_kind = {}
    for e in events:
        by_kind.setdefault(e.kind, []).append(e)
    assert [e.level for e in by_kind["proposal"]] == ["orange", "orange", "red"]
    assert [e.level for e in by_kind["signature"]] == ["red", "red"]
    assert [e.level for e in by_kind["level"]] == ["red"]
    assert [e.level for e in by_kind["notice"]] == ["red"] and [e.level for e in by_kind["trigger"]] == ["red"]
    assert by_kind["withdrawal"][0].text == f"撤回提议 #{first.id}：改报红色"
    for kind in ("episode", "consultation", "withdrawal"):
        assert all(e.level is None for e in by_kind[kind]), kind
    assert by_kind["signature"][0].ref[0] == "signatures"


def test_lift_and_cancel_carry_no_level_but_the_publication_does(st):
    from console.episodes import bulletin as B

    E.receive_notice(st, actor_of(st, "duty"), "city", "issue", "orange", "通环〔2025〕2号", T0)
    p = E.propose(st, actor_of(st, "duty"), "start", "orange", ["预测"], "海门区全域", st.clock.now(), assessed_level="orange")
    E.sign(st, p.id, "head", PW, "bureau_head", "approve", p.content_hash)
    b = B.draft(st, pollution_degree="重度污染", pollution_area="海门区", primary_pollutant="PM2.5")
    B.publish(st, None, b, actor_of(st, "duty"))
    step(st)
    E.receive_notice(st, actor_of(st, "duty"), "city", "lift", None, "通环〔2025〕3号")
    events = E.timeline(st, E.current_episode(st).id)
    (pub,) = [e for e in events if e.kind == "publication"]
    assert pub.level == "orange" and pub.ref[0] == "publications"
    lift_notice = [e for e in events if e.kind == "notice"][-1]
    assert "解除" in lift_notice.text and lift_notice.level is None
