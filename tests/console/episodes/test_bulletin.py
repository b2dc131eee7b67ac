"""Bulletins: required fields, validation, publish only after sign-off, Update/Cancel references, drill mark."""
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from console.admin import accounts
from console.episodes import bulletin as B
from console import episodes as E
from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from console.store import drills as drill_repo
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


def in_force(store, kind, level, signer="head", role="bureau_head", **kw):
    p = E.propose(store, actor_of(store, "duty"), kind, level, [f"{level}依据"], "全区", store.clock.now(), **kw)
    return E.sign(store, p.id, signer, PW, role, "approve", p.content_hash)


def filled(store):
    return B.draft(store, pollution_degree="重度污染", pollution_area="海门区全域",
                   primary_pollutant="PM2.5")


def set_drill(store):
    with store.transaction():
        drill_repo.mark_drill(store, "test")  # as the drill runner marks its database


def test_health_advice_comes_from_the_plan(catalog):
    y, r = B.health_advice("yellow"), B.health_advice("red")
    assert "易感人群" in y and "停止户外作业" not in y
    assert "户外工作者临时停止户外作业" in r and r.count("\n") == 7  # 9 health measures, 1 replaced
    assert "提醒一般人群避免户外活动" not in r  # III-H3 is tightened by II-H3


def test_empty_fields_refused_by_name(st):
    in_force(st, "start", "orange", assessed_level="orange")
    b = B.Bulletin(level="orange", pollution_degree="重度污染", start_time=st.clock.now(), response_area="全区")
    problems = B.validate(st, b)
    assert problems and all(w in problems[0] for w in ("污染范围", "首要污染物", "健康防护提示"))
    assert "污染程度" not in problems[0]
    with pytest.raises(UserError, match="首要污染物"):
        B.publish(st, None, b, actor_of(st, "duty"))
    assert B.publications(st) == []


def test_start_time_too_far_in_the_past_refused(st):
    in_force(st, "start", "orange", assessed_level="orange")
    b = filled(st)
    st.clock.advance(timedelta(hours=2, minutes=1))
    assert any("past" in p for p in B.validate(st, b))
    ok = replace(b, start_time=st.clock.now() - timedelta(hours=1, minutes=59))
    assert B.validate(st, ok) == []


def test_level_contradicting_needs_a_reason_and_sign_off(st):
    in_force(st, "start", "orange", assessed_level="orange")
    b = replace(filled(st), level="red", health_advice=B.health_advice("red"))
    assert any("reason" in p for p in B.validate(st, b))
    with pytest.raises(UserError, match="sign-off"):  # a reason does not replace the sign-off
        B.publish(st, None, replace(b, reason="上级要求"), actor_of(st, "duty"))
    good = filled(st)
    assert any("assessment" in p for p in B.validate(st, good, assessment_level="red"))
    assert B.validate(st, replace(good, reason="评估刚升级，红色提议审签中"), assessment_level="red") == []


def test_no_publication_before_sign_off(st):
    E.propose(st, actor_of(st, "duty"), "start", "red", ["红色"], "全区", T0, assessed_level="red")
    b = B.Bulletin("red", "严重污染", "全区", "PM2.5", T0, "全区", B.health_advice("red"), reason="待批")
    with pytest.raises(UserError, match="sign-off"):
        B.publish(st, E.current_episode(st), b, actor_of(st, "duty"))


def test_alert_update_cancel_chain(st):
    in_force(st, "start", "yellow", signer="deputy", role="deputy_head", assessed_level="yellow")
    a = B.publish(st, E.current_episode(st), filled(st), actor_of(st, "duty"))
    assert a.msg_type == B.ALERT and a.references_id is None
    st.clock.advance(timedelta(hours=5))
    in_force(st, "upgrade", "orange", assessed_level="orange")
    u = B.publish(st, E.current_episode(st).id, filled(st), actor_of(st, "duty"))
    assert u.msg_type == B.UPDATE and u.references_id == a.id and u.level == "orange"
    assert B.get_publication(st, a.id).level == "yellow"  # the first stays as published
    with pytest.raises(UserError, match="lift is not signed off"):
        B.publish(st, None, replace(B.draft_lift(st), start_time=st.clock.now()), actor_of(st, "duty"))
    st.clock.advance(timedelta(hours=30))
    E.record_joint_assessment(st, actor_of(st, "duty"), "王工", "李工", 40, "持续改善")
    lift = E.propose(st, actor_of(st, "duty"), "lift", None, [], "", None)
    E.sign(st, lift.id, "head", PW, "bureau_head", "approve", lift.content_hash)
    d = B.draft_lift(st)
    assert d.lift and d.level == "orange" and d.start_time == st.clock.now()
    c = B.publish(st, None, d, actor_of(st, "duty"))
    assert c.msg_type == B.CANCEL and c.references_id == u.id
    with pytest.raises(UserError, match="already"):
        B.publish(st, None, d, actor_of(st, "duty"))
    text = B.publication_text(st, u)
    assert text.startswith("海门区更新重污染天气橙色预警") and a.identifier in text
    for label in ("污染程度：重度污染", "污染范围：海门区全域", "首要污染物：PM2.5", "预警级别：橙色预警",
                  "启动时间：", "应急响应地区：", "健康防护提示："):
        assert label in text
    assert "解除橙色预警" in B.publication_text(st, c)
    kinds = [e.kind for e in E.timeline(st, a.episode_id)]
    assert kinds.count("publication") == 3
    assert st.verify_audit().ok


def test_drill_marks_every_text(st, tmp_path):
    set_drill(st)
    assert B.is_drill(st)
    in_force(st, "start", "orange", assessed_level="orange")
    b = filled(st)
    assert B.preview_text(st, b).startswith(B.DRILL_MARK)
    pub = B.publish(st, None, b, actor_of(st, "duty"))
    assert pub.drill and pub.identifier.startswith("DRILL-")
    path = B.export_text(st, pub, tmp_path / "b.txt")
    assert path.read_text("utf-8").startswith("【演练 DRILL】")


def test_live_database_has_no_drill_mark(st):
    assert not B.is_drill(st)
    in_force(st, "start", "orange", assessed_level="orange")
    assert not B.preview_text(st, filled(st)).startswith(B.DRILL_MARK)
