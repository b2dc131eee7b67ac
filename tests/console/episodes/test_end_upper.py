"""Issue 14.12: the response ends (§3.2.2(4), §6.1) only when every upper-level warning in force has been lifted,
by the same rule as the assessment (rules.notices.notices_in_force)."""
from datetime import datetime, timedelta

import pytest

from console import drills
from console import episodes as E
from console.admin import accounts
from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from console.episodes.workflow import assessment_at
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"


@pytest.fixture
def st(store):
    store.clock = FixedClock(T0)
    for name, roles in {"duty": ["duty_officer"], "head": ["bureau_head"], "leader": ["district_leader"]}.items():
        accounts.create_user(store, admin_of(store), name, name.title(), roles, PW)
    return store


def _in_force_orange_with_province_red(st):
    E.receive_notice(st, actor_of(st, "duty"), "city", "issue", "orange", "通环1号", T0)
    p = E.propose(st, actor_of(st, "duty"), "start", "orange", ["市橙色"], "海门区全域", T0, assessed_level="orange")
    E.sign(st, p.id, "head", PW, "bureau_head", "approve", p.content_hash)
    st.clock.advance(timedelta(hours=1))
    E.receive_notice(st, actor_of(st, "duty"), "province", "issue", "red", "苏环2号", st.clock.now())
    st.clock.advance(timedelta(hours=20))
    E.receive_notice(st, actor_of(st, "duty"), "city", "lift", None, "通环3号", st.clock.now())


def test_end_refused_while_the_province_red_stands(st):
    _in_force_orange_with_province_red(st)
    assert assessment_at(st, st.clock.now()).level == "red"  # the assessment still says red ...
    with pytest.raises(UserError, match="省红色预警仍在生效"):  # ... and so the end is refused
        E.propose(st, actor_of(st, "duty"), "end", None, [], "", None)
    assert E.end_problems(st, E.current_episode(st).id) == E.upper_warnings_in_force(st) != []
    st.clock.advance(timedelta(hours=1))
    E.receive_notice(st, actor_of(st, "duty"), "province", "lift", None, "苏环4号", st.clock.now())
    assert assessment_at(st, st.clock.now()).notice_level == "none"
    p = E.propose(st, actor_of(st, "duty"), "end", None, [], "", None)
    r = E.sign(st, p.id, "leader" if p.steps[0].role == "district_leader" else "head", PW, p.steps[0].role,
               "approve", p.content_hash)
    assert r.episode_ended


def test_an_upper_warning_reissued_after_the_end_was_proposed_refuses_the_signature(st):
    _in_force_orange_with_province_red(st)
    E.receive_notice(st, actor_of(st, "duty"), "province", "lift", None, "苏环4号", st.clock.now())
    p = E.propose(st, actor_of(st, "duty"), "end", None, [], "", None)
    E.receive_notice(st, actor_of(st, "duty"), "province", "issue", "orange", "苏环5号", st.clock.now())
    with pytest.raises(UserError, match="省橙色预警仍在生效"):
        E.sign(st, p.id, "head", PW, p.steps[0].role, "approve", p.content_hash)
    assert E.current_episode(st).status == E.IN_FORCE


def test_the_drill_scenario_covers_it(tmp_path):
    r = drills.run("upper_red_end", out_dir=tmp_path, report=False)
    refused = [e for e in r.log if not e.ok and "省红色预警仍在生效" in e.text]
    assert len(refused) == 1 and refused[0].kind == "error"
    ended = [e for e in r.log if e.kind == "sign" and "过程结束" in e.text]
    province_lift = next(e for e in r.log if e.kind == "notice" and "省" in e.text and "解除" in e.text)
    assert len(ended) == 1 and ended[0].at > province_lift.at > refused[0].at
