"""Scoring a drill (plan §8.2: "the timeliness and accuracy of warning release and the implementation of
response measures"), read from the drill database alone, so a finished drill can be re-scored at any time.

100 points: 时效 timeliness 30 · 准确 accuracy 30 · 措施落实 implementation 30 · 总结报送 summaries 10.

A response that should have started and did not (a response clock past its 3 hours, never met) earns nothing for what follows
from it: its publication, its bulletin, its measures and its summaries count as not done (a trainee who does
nothing scores 0, not the points of the criteria "not concerned"). A drill stopped before the scenario's end
earns nothing for the part never reached: every criterion keeps only the share of the scenario's scripted
responses (the duty officer's expected actions) that fell before the stop.

时效 timeliness (30)
  * 21 points over the response clocks (one per trigger, episodes.response_deadlines): a level at least the
    trigger's must be in force within the 3-hour limit. On time: nothing lost. Late: half the trigger's share,
    plus the rest in proportion to the lateness (all of it when 3 h or more late). Never: the whole share.
    A clock closed without need (the episode ended before the deadline) does not count.
  * 6 points over publications: every level that came into force, and every lift, must be published within
    1 hour (PUBLISH_HOURS). Late: half the share; never published: the whole share. A missed response clock
    is one more publication never made.
  * 3 points over the upper-level notices (§3.2.2 (2)): each must be acknowledged by the duty officer within
    NOTICE_ACK_HOURS. Late: half the share; never acknowledged: the whole share.
准确 accuracy (30)
  * 20 points over the proposals to start/upgrade/downgrade: the level proposed is compared with the level
    console.rules.assess gives at the moment of the proposal (forecast issued by then, upper notices received
    by then). Lower than the assessment (under-response): the whole share; higher (over-response, allowed
    only with the district leader's consent): half the share. No proposal although a response was triggered:
    all 20.
  * 10 points over publication attempts: each attempt refused by bulletin.validate (an empty required field:
    污染程度/污染范围/首要污染物/预警级别/启动时间/应急响应地区, stale start time, level not signed off) loses its
    share. Levels in force (or due) but nothing ever published: all 10; a missed response clock is one more
    attempt lost.
措施落实 implementation (30)
  From the measures board (console.measures.status), weighed by what the plan requires: every one-off measure
  not ticked before the board closed costs MEASURE_COST; every period of a recurring duty (sprinkling,
  sweeping, petrol-station confirmation) that ended short costs PERIOD_COST per day of the period (a half-day
  half of it) times the share of the required rounds not done — 6 of 8 half-days of sprinkling missed cost 6
  points, not a fraction of one unit's share. A response that should have started and never did: all 30.
总结报送 summaries (10)
  §6.2: every participating unit's summary within 24 h of the end (episodes.summaries_status). 10 points times
  the share of units on time. An episode not ended by the end of the drill: 0. A response never started
  although triggered: 0 (nothing to summarise is not a summary on time).
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from console import episodes as E
from console.common.clock import to_local
from console.drills import words_en as W
from console.drills.score_model import (  # noqa: F401  (re-exported)
    BULLETIN_POINTS,
    LEVEL_POINTS,
    MEASURE_COST,
    NAMES,
    NAMES_EN,
    NOTICE_ACK_HOURS,
    NOTICE_POINTS,
    PERIOD_COST,
    POINTS,
    PUBLISH_HOURS,
    PUBLISH_POINTS,
    RESPONSE_POINTS,
    Criterion,
    Deduction,
    Score,
    Stage,
)
from console.episodes import bulletin
from console.episodes.records import dt, role_cn
from console.episodes.workflow import assessment_at
from console.measures import board
from console.measures.status import status as board_status
from console.plan.levels import NONE, level_cn, level_rank, level_short
from console.store.db import Store

if TYPE_CHECKING:
    from console.drills.scenario import Scenario

def _h(delta: timedelta) -> str:
    return f"{delta.total_seconds() / 3600:.1f} 小时"


def _h_en(delta: timedelta) -> str:
    return f"{delta.total_seconds() / 3600:.1f} h"


def _missed_responses(store: Store, eps) -> list:
    """Response clocks never met (neither in time nor late): responses that should have started and did not."""
    return [d for ep in eps for d in E.response_deadlines(store, ep.id)
            if d.status in ("overdue", "missed") and d.met_at is None]


def unreached(scenario: Scenario | None, at: datetime) -> tuple[float, list]:
    """(share of the scenario's scripted responses falling after `at`, those events): the part never played."""
    if scenario is None:
        return 0.0, []
    expected = [e for e in scenario.events if e.is_response]
    after = [e for e in expected if e.at > at]
    return (len(after) / len(expected) if expected else 0.0), after


def score(store: Store, at: datetime | None = None, scenario: Scenario | None = None) -> Score:
    """Score the drill database at `at`. With its `scenario`, a drill stopped before the end earns nothing for
    the part never reached."""
    at = to_local(at or store.clock.now())
    eps = E.episodes(store)
    crit = {k: Criterion(k, NAMES[k], v) for k, v in POINTS.items()}
    missed = _missed_responses(store, eps)
    stages = _timeliness(store, eps, crit["timeliness"], missed)
    _notices(store, crit["timeliness"], at)
    _accuracy(store, eps, crit["accuracy"], missed)
    units = _implementation(store, eps, crit["implementation"], at, missed)
    _summaries(store, eps, crit["summaries"], at, missed)
    share, after = unreached(scenario, at)
    if share > 0:
        kinds = "、".join(dict.fromkeys(_UNREACHED_CN.get(e.type, e.type) for e in after))
        kinds_en = ", ".join(dict.fromkeys(W.type_name(e.type).lower() for e in after))
        for c in crit.values():
            left = max(0.0, c.max_points - sum(d.points for d in c.deductions))
            c.deduct(left * share, f"演练于 {at:%m-%d %H:%M} 结束，场景其后 {len(after)} 项应对（{kinds}）未进行，"
                                   f"该部分不得分（{share:.0%}）",
                     f"The drill ended at {at:%m-%d %H:%M}: the scenario's {len(after)} later responses ({kinds_en}) "
                     f"were not played and earn nothing ({share:.0%})")
    for c in crit.values():
        c.points = round(max(0.0, c.max_points - sum(d.points for d in c.deductions)), 1)
    total = round(sum(c.points for c in crit.values()), 1)
    return Score(total, list(crit.values()), stages, units, at)


_UNREACHED_CN = {"acknowledge": "确认上级通知", "consultation": "会商", "propose": "提议", "sign": "审签",
                 "publish": "发布", "joint_assessment": "联合研判", "duties": "措施落实", "summaries": "总结报送"}


# ---- timeliness ------------------------------------------------------------------------------------------
def _timeliness(store: Store, eps, c: Criterion, missed: list) -> list[Stage]:
    clocks = [(ep, d) for ep in eps for d in E.response_deadlines(store, ep.id) if d.status != "closed"]
    stages = []
    for ep, d in clocks:
        share = RESPONSE_POINTS / len(clocks)
        t = d.trigger
        what = f"{level_short(t.level)}触发（{t.at:%m-%d %H:%M}，{'上级通知' if t.source == 'notice' else '预测'}）"
        what_en = (f"{W.level(t.level)} trigger ({t.at:%m-%d %H:%M}, "
                   f"{'upper-level notice' if t.source == 'notice' else 'forecast'})")
        if d.status == "met":
            pass
        elif d.met_at is not None:
            late = d.met_at - d.due_at
            c.deduct(share * min(1.0, 0.5 + late.total_seconds() / 3600 / 6),
                     f"{what}：{d.met_at:%m-%d %H:%M} 才生效，超过 3 小时时限 {_h(late)}",
                     f"{what_en}: in force only at {d.met_at:%m-%d %H:%M}, {_h_en(late)} past the 3-hour limit")
        elif d.status == "pending":  # still within its 3 hours when the drill stopped: the part never reached
            c.note(f"{what}：演练结束时仍在 3 小时时限内", f"{what_en}: still within its 3 hours when the drill ended")
        else:
            c.deduct(share, f"{what}：截至演练结束未在时限内启动响应",
                     f"{what_en}: no response started within the limit by the end of the drill")
        stages.append(_stage(store, ep, d))
    if not clocks:
        c.note("本演练没有需要启动响应的触发 no response clock", "No trigger in this drill called for a response")
    items = []
    for ep in eps:
        pubs = bulletin.publications(store, ep.id)
        for ch in E.level_changes(store, ep.id):
            lifted = ch.level == NONE
            match = [p for p in pubs if p.sent >= ch.at - timedelta(minutes=5) and
                     ((p.msg_type == bulletin.CANCEL) if lifted else (p.level == ch.level and
                                                                        p.msg_type != bulletin.CANCEL))]
            items.append((ch, match[0] if match else None))
    n_items = len(items) + len(missed)
    for d in missed:
        c.deduct(PUBLISH_POINTS / n_items, f"{level_cn(d.trigger.level)}应启动而未启动，预警未发布",
                 f"{W.level(d.trigger.level)} should have started and did not: no warning published")
    for ch, pub in items:
        share = PUBLISH_POINTS / n_items
        what = "预警解除" if ch.level == NONE else f"{level_cn(ch.level)}"
        what_en = "The warning lift" if ch.level == NONE else W.level(ch.level)
        if pub is None:
            c.deduct(share, f"{what}（{ch.at:%m-%d %H:%M} 生效）未发布",
                     f"{what_en} (in effect {ch.at:%m-%d %H:%M}) not published")
        elif pub.sent - ch.at > timedelta(hours=PUBLISH_HOURS):
            c.deduct(share / 2, f"{what}生效后 {_h(pub.sent - ch.at)} 才发布（应在 {PUBLISH_HOURS:g} 小时内）",
                     f"{what_en} published {_h_en(pub.sent - ch.at)} after taking effect "
                     f"(within {PUBLISH_HOURS:g} h required)")
    return stages


def _stage(store: Store, ep, d) -> Stage:
    t = d.trigger
    props = [p for p in E.proposals(store, ep.id) if p.created_at >= t.at and p.kind in ("start", "upgrade")
             and level_rank(p.level) >= level_rank(t.level)]
    p = props[0] if props else None
    sigs = [(role_cn(s.role), s.signed_at) for s in (p.signatures if p else ())]
    roles = tuple(s.role for s in (p.signatures if p else ()))
    pubs = [x for x in bulletin.publications(store, ep.id) if d.met_at and x.sent >= d.met_at
            and x.msg_type != bulletin.CANCEL]
    return Stage(t.level, t.at, d.due_at, p.created_at if p else None, sigs, d.met_at,
                 pubs[0].sent if pubs else None, d.status, roles)


def _notices(store: Store, c: Criterion, at: datetime) -> None:
    notices = [n for n in E.received_notices(store) if n.received_at <= at]
    if not notices:
        return
    share = NOTICE_POINTS / len(notices)
    limit = timedelta(hours=NOTICE_ACK_HOURS)
    late = 0
    for n in notices:
        what = f"上级通知 {n.to_notice().describe()}（{to_local(n.received_at):%m-%d %H:%M} 收到）"
        what_en = f"Upper-level notice: {n.to_notice().describe_en()} (received {to_local(n.received_at):%m-%d %H:%M})"
        if n.acknowledged_at is None:
            c.deduct(share, f"{what}未确认", f"{what_en} not acknowledged")
        elif n.acknowledged_at - n.received_at > limit:
            late += 1
            c.deduct(share / 2, f"{what}{_h(n.acknowledged_at - n.received_at)}后才确认（应在 {NOTICE_ACK_HOURS:g} 小时内）",
                     f"{what_en} acknowledged only after {_h_en(n.acknowledged_at - n.received_at)} "
                     f"(within {NOTICE_ACK_HOURS:g} h required)")
    ok = sum(1 for n in notices if n.acknowledged_at is not None) - late
    c.note(f"上级通知 {len(notices)} 件，按时确认 {ok} 件", f"{len(notices)} upper-level notices, {ok} acknowledged on time")


# ---- accuracy ----------------------------------------------------------------------------------------------
def _accuracy(store: Store, eps, c: Criterion, missed: list) -> None:
    props = [p for ep in eps for p in E.proposals(store, ep.id) if p.kind in ("start", "upgrade", "downgrade")]
    triggered = any(ep.triggers for ep in eps)
    if not props:
        if triggered:
            c.deduct(LEVEL_POINTS, "已触发预警条件，但没有任何启动提议",
                     "Warning conditions were triggered but no start was ever proposed")
    for p in props:
        share = LEVEL_POINTS / len(props)
        a = assessment_at(store, p.created_at).level
        what = f"提议 #{p.id}（{p.created_at:%m-%d %H:%M}）{E.KIND_CN[p.kind]}{level_cn(p.level)}"
        what_en = f"Proposal #{p.id} ({p.created_at:%m-%d %H:%M}) to {W.kind(p.kind)}: {W.level(p.level)}"
        if level_rank(p.level) < level_rank(a):
            c.deduct(share, f"{what}低于当时研判的{level_cn(a)}（响应不足）",
                     f"{what_en} is below the assessment at the time, {W.level(a)} (under-response)")
        elif level_rank(p.level) > level_rank(a):
            c.deduct(share / 2, f"{what}高于当时研判的{level_cn(a)}",
                     f"{what_en} is above the assessment at the time, {W.level(a)}")
    refused = [r for r in store.audit_records("drill") if r["action"] == "drill.error" and '"publish"' in r["detail"]]
    pubs = [p for ep in eps for p in bulletin.publications(store, ep.id)]
    in_force = any(ch.level != NONE for ep in eps for ch in E.level_changes(store, ep.id))
    if not pubs and (in_force or missed):
        c.deduct(BULLETIN_POINTS, "预警生效后没有发布任何预警信息" if in_force else "应启动的预警未启动，没有发布任何预警信息",
                 "No warning bulletin was published after the warning took effect" if in_force else
                 "The warning that should have started did not: no warning bulletin was published")
        return
    attempts = len(pubs) + len(refused) + len(missed)
    for d in missed:
        c.deduct(BULLETIN_POINTS / attempts, f"{level_cn(d.trigger.level)}应启动而未启动，预警信息未发布",
                 f"{W.level(d.trigger.level)} should have started and did not: no warning bulletin published")
    for r in refused:
        msg = json.loads(r["detail"]).get("message", "")
        when = r['ts'][5:16].replace('T', ' ')
        c.deduct(BULLETIN_POINTS / attempts, f"{when} 发布被拒：{msg}", f"{when} publication refused: {msg}")
    for p in pubs:
        req = bulletin.REQUIRED_LIFT if p.bulletin.lift else bulletin.REQUIRED
        empty = [(attr, label) for attr, label in req if bulletin._empty(getattr(p.bulletin, attr))]
        if empty:
            c.deduct(BULLETIN_POINTS / attempts, f"{p.identifier} 缺少：{'、'.join(label for _, label in empty)}",
                     f"{p.identifier} is missing: {', '.join(attr.replace('_', ' ') for attr, _ in empty)}")


# ---- implementation ---------------------------------------------------------------------------------------
def _period_cost(st, m) -> float:
    """What one period that ended short costs: PERIOD_COST per day of the period, times the share not done."""
    days = 0.5 if st.recurring_kind == "per_half_day" else 1.0
    shares = [max(0, c.required - c.done) / c.required for c in m.counters if c.required]
    return PERIOD_COST * days * (sum(shares) / len(shares) if shares else 1.0)


def _implementation(store: Store, eps, c: Criterion, at: datetime, missed: list) -> list[dict]:
    per_unit: dict[str, dict] = {}
    for ep in eps:
        b = board.get_board(store, str(ep.id))
        if b is None:
            continue
        when = dt(b["closed_at"]) if b["closed_at"] else at
        for st in board_status(store, str(ep.id), when):
            if st.recurring_kind is None and not st.active:
                continue  # one-off measure replaced or withdrawn: no longer owed
            if st.recurring_kind is not None and not st.active and not st.missed:
                continue
            u = per_unit.setdefault(st.unit, {"unit": st.unit, "kind": st.unit_kind, "done": 0, "total": 0,
                                              "missing": [], "missing_en": [], "cost": 0.0})
            u["total"] += 1
            if st.recurring_kind is None:
                ok = st.state == "done"
                why = f"{st.measure_id} 未确认完成"
                why_en = f"{st.measure_id} not confirmed done"
                cost = 0.0 if ok else MEASURE_COST
            else:
                ok = not st.missed
                why = f"{st.measure_id} " + "；".join(m.text() for m in st.missed[:2]) + \
                      (f" 等 {len(st.missed)} 个时段未达标" if len(st.missed) > 2 else " 未达标")
                why_en = f"{st.measure_id}: {len(st.missed)} period{'s' if len(st.missed) > 1 else ''} short"
                cost = sum(_period_cost(st, m) for m in st.missed)
            if ok:
                u["done"] += 1
            else:
                u["missing"].append(why)
                u["missing_en"].append(why_en)
                u["total"] += max(0, len(st.missed) - 1)  # every period that ended short is one more miss
                u["cost"] += cost
    units = sorted(per_unit.values(), key=lambda u: (u["kind"] != "department", u["unit"]))
    if missed:
        what = "、".join(dict.fromkeys(level_cn(d.trigger.level) for d in missed))
        c.deduct(c.max_points, f"{what}应启动而未启动，相应措施未落实",
                 f"{', '.join(dict.fromkeys(W.level(d.trigger.level) for d in missed))} should have started and "
                 "did not: its measures were not carried out")
        return units
    if not units:
        if any(ch.level != NONE for ep in eps for ch in E.level_changes(store, ep.id)):
            c.deduct(c.max_points, "预警生效但没有响应措施看板，措施落实无从评价",
                     "A warning was in force but there is no measures board: nothing carried out can be counted")
        else:
            c.note("本演练未启动响应，不涉及措施落实", "No response started in this drill: no measures concerned")
        return []
    for u in units:
        u["percent"] = round(100 * u["done"] / u["total"]) if u["total"] else 100
        u["cost"] = round(u["cost"], 2)
        if u["cost"] > 0:
            c.deduct(u["cost"], f"{u['unit']}：完成 {u['done']}/{u['total']}（{'；'.join(u['missing'][:3])}）",
                     f"{W.unit(u['unit'])}: {u['done']}/{u['total']} done ({'; '.join(u['missing_en'][:3])})")
    mean = sum(u['done'] / u['total'] for u in units) / len(units) * 100
    c.note(f"{len(units)} 个单位，平均完成率 {mean:.0f}%；"
           f"每项未完成措施扣 {MEASURE_COST:g} 分，计次任务每缺漏一天扣 {PERIOD_COST:g} 分（半天减半，按缺少比例）",
           f"{len(units)} units, {mean:.0f}% done on average; each measure not done costs {MEASURE_COST:g} point, "
           f"each day of a recurring duty short {PERIOD_COST:g} points (a half-day half, by the share missing)")
    return units


# ---- summaries ------------------------------------------------------------------------------------------
def _summaries(store: Store, eps, c: Criterion, at: datetime, missed: list) -> None:
    started = [ep for ep in eps if ep.highest_level != NONE]
    if not started and missed:
        c.deduct(c.max_points, "应启动的响应未启动，没有可报送的总结",
                 "The response that should have started did not: there are no summaries to send")
        return
    if not started:
        c.note("本演练未启动响应，不涉及总结报送", "No response started in this drill: no summaries concerned")
        return
    for ep in started:
        share = c.max_points / len(started)
        st = E.summaries_status(store, ep.id)
        if st is None:
            c.deduct(share, f"过程 #{ep.id} 到演练结束仍未解除/终止，无法报送总结",
                     f"Episode #{ep.id} was neither lifted nor ended by the end of the drill: no summaries could be sent")
            continue
        late, missing = st.late, st.missing
        bad = len(late) + len(missing)
        if bad:
            parts, parts_en = [], []
            if missing:
                parts.append(f"未报 {len(missing)} 个：{'、'.join(missing[:6])}{'等' if len(missing) > 6 else ''}")
                parts_en.append(f"{len(missing)} not sent: {W.units(missing[:6])}"
                                f"{' and others' if len(missing) > 6 else ''}")
            if late:
                parts.append(f"逾期 {len(late)} 个：{'、'.join(late[:6])}")
                parts_en.append(f"{len(late)} late: {W.units(late[:6])}")
            c.deduct(share * bad / len(st.units), f"应于 {st.due_at:%m-%d %H:%M} 前报送（共 {len(st.units)} 个单位）；"
                                                  + "；".join(parts),
                     f"Due by {st.due_at:%m-%d %H:%M} ({len(st.units)} units); " + "; ".join(parts_en))


__all__ = ["NAMES", "POINTS", "Criterion", "Deduction", "Score", "Stage", "score"]
