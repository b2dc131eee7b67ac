"""Issue 19.13: the timeline lines, the sign-off step words and the proposal kinds (启动/升级/降级/解除/终止)
come from the core as codes and parameters and are said in the interface language. In Chinese the interface
says exactly what the core's own text says; in English no Chinese is left but what people typed."""
from datetime import datetime, timedelta

import pytest

from console import episodes as E
from console.admin import accounts
from console.common.clock import TZ, FixedClock
from console.store.db import Store
from widgets.warnings.words import kind_word, proposal_what, step_label, timeline_text
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"


def _cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" for ch in text)


@pytest.fixture
def episode(tmp_path):
    """An episode with a line of every kind: trigger, notice + ack, consultation, joint assessment, proposal
    revised, a reject and approvals, level in force, withdrawal, lift, end, summary."""
    clock = FixedClock(T0)
    s = Store(tmp_path / "t.sqlite3", clock)
    for name, roles in {"duty": ["duty_officer"], "head": ["bureau_head"], "deputy": ["deputy_head"]}.items():
        accounts.create_user(s, admin_of(s), name, name.title(), roles, PW)
    duty = actor_of(s, "duty")
    n = E.receive_notice(s, duty, "city", "issue", "orange", "doc-1", T0)
    E.acknowledge_notice(s, duty, n.id)
    clock.advance(timedelta(minutes=10))
    E.record_consultation(s, duty, clock.now(), ["Wang", "Li"], "AQI 220", "start orange",
                          clock.now() + timedelta(hours=6))
    p = E.propose(s, duty, "start", "orange", ["basis"], "Haimen", clock.now(), assessed_level="orange")
    E.sign(s, p.id, "head", PW, "bureau_head", "reject", p.content_hash, "more figures")
    p = E.revise_proposal(s, duty, p.id, area="Haimen district")
    clock.advance(timedelta(minutes=10))
    E.sign(s, p.id, "head", PW, "bureau_head", "approve", p.content_hash)
    clock.advance(timedelta(hours=1))
    E.receive_notice(s, duty, "city", "lift", None, "doc-2", clock.now())
    E.record_joint_assessment(s, duty, "Wang", "Li", 48, "better")
    q = E.propose(s, duty, "lift", None, [], "", None)
    E.sign(s, q.id, "head", PW, "bureau_head", "approve", q.content_hash)
    clock.advance(timedelta(hours=1))
    E.record_summary(s, duty, "公安局")
    yield s, E.latest_episode(s).id
    s.close()


def test_chinese_lines_are_the_cores_own_text(qapp, episode):
    s, eid = episode
    events = E.timeline(s, eid)
    kinds = {ev.kind for ev in events}
    assert {"trigger", "notice", "notice_ack", "consultation", "joint_assessment", "proposal", "signature",
            "level", "end", "summary"} <= kinds
    for ev in events:
        assert timeline_text(ev) == ev.text, ev.kind
    assert kind_word("downgrade") == "降级" and step_label("review") == "审核"


def test_english_lines_keep_no_chinese_but_what_people_typed(english_ui, episode):
    s, eid = episode
    events = E.timeline(s, eid)
    lines = [timeline_text(ev) for ev in events]
    for ev, line in zip(events, lines):
        quoted = line.replace("公安局", "")  # summary unit names are the plan's (English where the plan has it)
        assert not _cjk(quoted), (ev.kind, line)
    assert any(line.startswith("Trigger: upper-level warning notice received (orange)") for line in lines)
    assert any("Reject #1 (version 1): more figures" in line for line in lines)
    assert any(line.startswith("Orange warning (Level ") and line.endswith("in force") for line in lines)
    assert any(line.startswith("Proposal revised (version 2; earlier signatures void) #1") for line in lines)
    assert [kind_word(k) for k in ("start", "upgrade", "downgrade", "lift", "end")] == \
        ["Start", "Upgrade", "Downgrade", "Lift", "End the response"]
    assert proposal_what("upgrade", "red").startswith("Upgrade — Red warning")
    assert step_label("approve").lower() == "approve" and not _cjk(step_label("consent"))
