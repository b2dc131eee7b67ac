"""Where an episode stands and what comes next, for every caller alike (warnings page, overview, drill runner)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

from console.admin.settings import Settings
from console.air import airdata
from console.common.clock import to_local
from console.episodes.ops import forecast_reached, lift_problems
from console.episodes.query import (
    current_episode,
    latest_episode,
    level_in_force,
    pending_signatures,
    response_deadlines,
    summaries_status,
    unacknowledged_notices,
    upper_notices,
)
from console.episodes.records import ENDED, IN_FORCE, OPEN, STEP_CN, Proposal, ReceivedNotice, role_cn
from console.plan.levels import LEVELS, NONE, level_rank, level_short
from console.rules.assessment import Forecast, RuleSettings, assess
from console.rules.thresholds import BLOCK_HOURS
from console.rules.thresholds import from_console_settings as rule_settings
from console.store.db import Store


def observed_for_rules(store: Store, at: datetime, settings: RuleSettings) -> tuple[Forecast | None, str]:
    """(the district's hourly AQI observed before `at`, as far back as a chain of the settings reaches; the level
    in force at `at`). Monitoring data count only to upgrade a response in force (plan §3.2.2(3)), so with no
    level in force nothing is read."""
    at = to_local(at)
    level, _ = level_in_force(store, at)
    if level == NONE:
        return None, NONE
    longest = max(c.blocks for lv in LEVELS if lv != NONE for c in settings.conditions(lv))
    end = int(at.timestamp())
    s = airdata.hourly(store, None, end - longest * BLOCK_HOURS * 3600, end - 1)
    pts = [(airdata.local(t), a, p.split(",")[0] if p else None)
           for t, a, p in zip(s.ts.tolist(), s.aqi.tolist(), s.primary) if a == a]
    return (Forecast.hourly(pts) if pts else None), level


def assessment_at(store: Store, at: datetime):
    """rules.assess with the forecast issued at or before `at`, the upper notices received by then and, while a
    response is in force, the observed district AQI (upgrade on monitoring data)."""
    info = airdata.forecast_issued_by(store, at)
    fc = airdata.to_rules_forecast(info) if info else None
    settings = rule_settings(Settings(store).all())
    observed, in_force = observed_for_rules(store, at, settings)
    return assess(fc, upper_notices(store), at, settings, observed=observed, in_force=in_force)


def current_assessment(store: Store):
    """The current assessment: assessment_at the store's clock. The one function the warnings page, the overview,
    the sign dialog and the drill runner use (a forecast counts once its issue time has come, as in scoring)."""
    return assessment_at(store, store.clock.now())


def sync_forecast_trigger(store: Store, actor):
    """When the current assessment's forecast reaches yellow or above, start the 3-hour clock
    (ops.forecast_reached: idempotent, nothing is written while a running clock covers the level), recorded by
    `actor`: the authenticated duty officer or administrator who brought the data in or is on duty at the
    console (role checked in the core). Returns the new trigger or None."""
    a = current_assessment(store)
    if a.forecast_level == NONE:
        return None
    return forecast_reached(store, actor, a.forecast_level)


# ---- the next action ---------------------------------------------------------------------------------------
ACK, SIGN, PROPOSE_START, PROPOSE_UPGRADE, PROPOSE_DOWNGRADE, PROPOSE_LIFT = (
    "ack", "sign", "propose_start", "propose_upgrade", "propose_downgrade", "propose_lift")
PUBLISH, PUBLISH_CANCEL, SUMMARY, MONITOR, NOTHING = "publish", "publish_cancel", "summary", "monitor", "none"
#: codes with nothing to do now (the page's big button is disabled)
IDLE = (MONITOR, NOTHING)


@dataclass(frozen=True)
class NextAction:
    """The one obvious next step. `label`/`hint` are the Chinese words (CLI, drill log); a view in another language
    builds its own from the code and the fields."""
    code: str
    label: str
    hint: str
    role: str | None = None  # who must act: the signer's role for SIGN, else the duty officer (None when idle)
    proposal: Proposal | None = None  # SIGN: the proposal waiting (its current version)
    step_name: str | None = None  # SIGN: review | approve | consent
    level: str | None = None  # the level to propose / publish / the level in force (MONITOR)
    notice: ReceivedNotice | None = None  # ACK: the first notice not yet acknowledged
    problems: tuple[str, ...] = ()  # PROPOSE_LIFT: why the lift cannot be proposed yet
    missing: tuple[str, ...] = ()  # SUMMARY: the units whose summary is missing
    due_at: datetime | None = None  # SUMMARY: when the summaries are due

    @property
    def idle(self) -> bool:
        return self.code in IDLE


def next_action(store: Store, assessment=None, *, skip: Iterable[str] = ()) -> NextAction:
    """What comes next, given the current assessment (computed when not given). `skip`: codes already being
    handled (the drill's auto-responder queues an acknowledgement and looks on)."""
    from console.episodes import bulletin  # late: bulletin imports the episodes package

    skip = set(skip)
    a = assessment if assessment is not None else current_assessment(store)
    unacked = unacknowledged_notices(store) if ACK not in skip else []
    if unacked:
        n = unacked[0]
        return NextAction(ACK, "确认收到上级通知", n.to_notice().describe(), "duty_officer", notice=n)
    pending = pending_signatures(store)
    if pending:
        ps = pending[0]
        step = STEP_CN.get(ps.step_name, ps.step_name)
        who = role_cn(ps.role)
        return NextAction(SIGN, f"签署：{who} {step}提案 #{ps.proposal.id}",
                          f"请{who}本人输入账号和密码签署；提案内容以签署对话框中显示的版本为准。", ps.role,
                          proposal=ps.proposal, step_name=ps.step_name)
    ep = current_episode(store)
    in_force = ep.level if ep else NONE
    running = [d.trigger.level for d in response_deadlines(store)
               if d.status in ("pending", "overdue")] if ep else []
    target = max([a.level, *running], key=level_rank)
    if (ep is None or ep.status == OPEN) and target != NONE:
        return NextAction(PROPOSE_START, f"拟定{level_short(target)}预警提案",
                          f"研判已达到{level_short(target)}预警条件：拟定提案后报审签。", "duty_officer", level=target)
    if ep is not None and ep.status == IN_FORCE:
        if level_rank(a.level) > level_rank(in_force):
            return NextAction(PROPOSE_UPGRADE, f"拟定升级为{level_short(a.level)}预警提案",
                              "研判已达到更高级别，须升级（高等级启动后低等级自动解除）。", "duty_officer", level=a.level)
        pubs = [p for p in bulletin.publications(store, ep.id)
                if p.level == in_force and p.msg_type != bulletin.CANCEL and p.sent >= ep.level_since]
        if not pubs:
            return NextAction(PUBLISH, f"发布{level_short(in_force)}预警信息",
                              f"{level_short(in_force)}预警已审签生效，请发布预警信息（六项必填内容及健康防护提示）。",
                              "duty_officer", level=in_force)
        if level_rank(a.level) < level_rank(in_force):
            if a.level == NONE:
                problems = tuple(lift_problems(store, ep.id))
                return NextAction(PROPOSE_LIFT, "提议解除预警", "；".join(problems) or "解除条件已满足。",
                                  "duty_officer", problems=problems)
            return NextAction(PROPOSE_DOWNGRADE, f"提议降级为{level_short(a.level)}预警",
                              "预测改善须持续足够时长；降级按解除程序审批。", "duty_officer", level=a.level)
        return NextAction(MONITOR, f"{level_short(in_force)}预警生效中 · 持续监测",
                          "督办各部门落实响应措施（见“响应措施”页）；按时会商。", level=in_force)
    last = latest_episode(store)
    if last is not None and last.status == ENDED:
        pubs = bulletin.publications(store, last.id)
        if PUBLISH_CANCEL not in skip and pubs and pubs[-1].msg_type != bulletin.CANCEL:
            return NextAction(PUBLISH_CANCEL, "发布解除信息", "预警已解除，请发布解除信息。", "duty_officer",
                              level=pubs[-1].level)
        status = summaries_status(store, last.id)
        if status and status.missing:
            return NextAction(SUMMARY, f"登记总结报送（尚缺 {len(status.missing)} 家）",
                              f"各参与单位须于 {status.due_at:%m-%d %H:%M} 前报送总结。", "duty_officer",
                              missing=tuple(status.missing), due_at=status.due_at)
    return NextAction(NOTHING, "当前无需启动预警 · 持续监测", "收到上级通知请立即录入；按时会商。")
