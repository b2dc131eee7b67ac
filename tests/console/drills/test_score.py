"""Drill scoring means something (issue 19 items 8-10, issue 14 item 15): a response that should have started
and did not earns nothing downstream; a part of the scenario never reached earns nothing; notices are scored;
missed recurring duties weigh by what the plan requires."""
import importlib
import json
from datetime import timedelta

import pytest

from console import drills
from console.common.clock import FixedClock
from console.drills.runner import DrillRunner
from console.drills.scenario import scenarios_dir

FULL = scenarios_dir() / "full_cycle.json"


def _crit(score):
    return {c.key: c for c in score.criteria}


def test_a_trainee_who_does_nothing_scores_near_zero(tmp_path):
    sc = drills.load("full_cycle")
    r = DrillRunner(sc, FixedClock(sc.start), out_dir=tmp_path, trainees=True)
    try:
        r.run_max()
        res = drills.finish(r, report=False)
    finally:
        r.close()
    c = _crit(res.score)
    assert res.score.total <= 5, [(k, v.points) for k, v in c.items()]
    assert c["implementation"].points == 0 and c["summaries"].points == 0
    assert any("应启动而未启动" in d.reason for d in c["implementation"].deductions)
    assert not any("不涉及" in n for x in c.values() for n in x.notes)


def test_a_drill_stopped_before_its_red_phase_does_not_earn_the_red_phase(tmp_path):
    sc = drills.load("full_cycle")
    r = DrillRunner(sc, FixedClock(sc.start), out_dir=tmp_path)
    try:
        stop = sc.start + timedelta(days=1, hours=12)  # orange in force, red not yet reached
        r.base.set(stop)
        r.advance(stop)
        res = drills.finish(r, report=False)
    finally:
        r.close()
    c = _crit(res.score)
    assert c["accuracy"].points < 20, c["accuracy"].deductions
    assert any("未进行" in d.reason for d in c["accuracy"].deductions)
    assert res.score.total < 60


def test_played_to_the_end_loses_nothing_for_unreached_parts(tmp_path):
    res = drills.run("full_cycle", out_dir=tmp_path, report=False)
    assert not any("未进行" in d.reason for c in res.score.criteria for d in c.deductions)
    assert res.score.total >= 95


def test_unacknowledged_upper_notice_costs_timeliness(tmp_path):
    doc = json.loads(FULL.read_text(encoding="utf-8"))
    doc["timeline"] = [e for e in doc["timeline"] if e["type"] != "acknowledge"]
    p = tmp_path / "noack.json"
    p.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    ok = drills.run("full_cycle", out_dir=tmp_path, report=False)
    bad = drills.run(p, out_dir=tmp_path, report=False)
    t_ok, t_bad = _crit(ok.score)["timeliness"], _crit(bad.score)["timeliness"]
    assert any("上级通知" in n and "按时确认 4 件" in n for n in t_ok.notes)
    assert t_bad.points <= t_ok.points - 2.9
    assert sum(1 for d in t_bad.deductions if "未确认" in d.reason) == 4


@pytest.mark.parametrize("skipped, at_least", [(6, 5.9)])
def test_missing_half_days_of_sprinkling_costs_real_points(tmp_path, skipped, at_least):
    """A unit that sprinkles in only 2 of 8 half-days loses what the plan requires of it (2 points per day)."""
    S = importlib.import_module("console.drills.score")
    from console.measures.status import Counter, Missed

    class St:
        recurring_kind = "per_half_day"

    cost = sum(S._period_cost(St, Missed(f"p{i}", (Counter("洒水降尘", 0, 4),))) for i in range(skipped))
    assert cost >= at_least
    half = S._period_cost(St, Missed("p", (Counter("洒水降尘", 2, 4),)))
    assert half == pytest.approx(0.5)


def test_a_unit_missing_sprinkling_loses_more_than_a_fraction_of_its_share(tmp_path):
    res = drills.run("beijing_2016_12", out_dir=tmp_path, report=False)
    d = next(d for d in _crit(res.score)["implementation"].deductions if "住房和城乡建设局" in d.reason)
    assert d.points >= 3  # three half-days with 0 of 4 sprinklings: 3 × 0.5 day × 2 points


def test_scripted_drills_do_not_flood_their_logs(tmp_path):
    """Issue 19.9: reminders back off and are capped (full_cycle sent 98 reminders, 58 of them for summaries)."""
    res = drills.run("full_cycle", out_dir=tmp_path, report=False)
    sent = [e.text for e in res.log if e.kind == "notify"]
    assert len(sent) <= 40
    assert sum(1 for t in sent if "【提醒】应急总结未报送" in t) <= 6
    assert sum(1 for t in sent if "【提醒】上级通知待确认" in t) <= 2  # the script acknowledges what a duty officer would


def test_the_auto_responder_acknowledges_upper_notices_like_a_duty_officer(tmp_path):
    """Issue 19.9: --auto never acknowledged a notice: 32 【提醒】上级通知待确认 in full_cycle; now each notice is
    confirmed on receipt, one first notice each, and notice handling is scored in full."""
    res = drills.run("full_cycle", out_dir=tmp_path, report=False, auto=True)
    sent = [e.text for e in res.log if e.kind == "notify" and "上级通知待确认" in e.text]
    assert len(sent) <= 4 and not any("【提醒】" in t for t in sent)
    t = _crit(res.score)["timeliness"]
    assert not any("上级通知" in d.reason for d in t.deductions)


def test_a_response_clock_still_running_at_the_stop_is_not_a_missed_response(tmp_path):
    """Stopped at +2d, minutes after the red trigger: the red clock is still within its 3 hours — the part
    never reached is scaled away, not scored as a response that should have started and did not."""
    sc = drills.load("full_cycle")
    r = DrillRunner(sc, FixedClock(sc.start), out_dir=tmp_path)
    try:
        stop = sc.start + timedelta(days=2)
        r.base.set(stop)
        r.advance(stop)
        res = drills.finish(r, report=False)
    finally:
        r.close()
    c = _crit(res.score)
    assert not any("应启动而未启动" in d.reason for x in c.values() for d in x.deductions)
    assert not any("未在时限内启动" in d.reason for d in c["timeliness"].deductions)
    assert c["implementation"].points > 0
