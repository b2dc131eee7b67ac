"""What each scenario event does to the drill database (methods of console.drill_runner.DrillRunner), and the
auto-responder used with --auto (a model duty room: propose 30 min after a trigger, each signature 30 min
later, publish 15 min after a level takes effect, duties every 6 h, summaries 6 h after the end).

Every call goes through the same core functions as the live console (episodes, signoff, bulletin, board), on
the drill's own Store: a refused step is refused for the same reason it would be live.
"""
from __future__ import annotations

from datetime import timedelta

from console import episodes as E
from console.admin import accounts
from console.admin.settings import Settings
from console.air.aqi import category
from console.common.errors import UserError
from console.drills import words_en as EN
from console.drills.common import ACTOR, AUTO_DELAY
from console.drills.data import day_after, hindsight, import_slice, source_path
from console.drills.scenario import Event
from console.episodes import bulletin
from console.episodes.query import upper_issuers
from console.episodes.records import role_cn
from console.episodes import workflow
from console.episodes.workflow import assessment_at
from console.importers.forecast import add_forecast
from console.measures import board
from console.measures.status import status as board_status
from console.plan.levels import NONE, level_cn, level_rank
from console.rules.assessment import POLLUTANT_CN


# ---- who acts --------------------------------------------------------------------------------------------
def _actor_for(self, by: str | None):
    """The authenticated Actor a scripted step acts as: the scenario participant it names, logged in with the
    scenario's password (so the core checks the same role as live: a step by the wrong person is refused), or
    the runner's own automation (recorded as "drill", only on a drill database) when it names nobody."""
    if not by or by == ACTOR:
        return self.automation
    if by not in self._actors:
        p = self.scenario.user(by)
        if p is None:
            raise UserError(f"{by}: 不是本场景的参演人员 not a participant of the scenario")
        self._actors[by] = accounts.authenticate(self.store, p.username, p.password)
    return self._actors[by]


# ---- inputs ----------------------------------------------------------------------------------------------
def _do_forecast(self, ev: Event) -> tuple[str, str] | str:
    kind = ev.get("kind", "daily")
    if "values" in ev.data:
        values = [tuple(v) for v in ev.get("values")]
        how = ""
    else:
        values = hindsight(source_path(ev.get("source"), self.scenario.path), day_after(ev.at),
                           ev.get("hindsight_days"), ev.get("spread_pct", 10))
        how = "（由观测回推 hindsight）"
    info = add_forecast(self.store, self.automation, ev.get("issuer"), ev.at, kind, values)
    shown = "、".join(f"{_d(v[0])} {v[1]:g}" + (f"-{v[2]:g}" if v[2] not in (None, v[1]) else "")
                     for v in values)
    a = assessment_at(self.store, ev.at)
    text = f"收到预报 #{info.id}{how}：{shown}；研判：{level_cn(a.level)}"
    en = (f"Forecast #{info.id} received{' (hindsight)' if how else ''}: {shown.replace('、', ', ')}; "
          f"assessment: {EN.level(a.level)}")
    if a.forecast_level != NONE:
        t = E.forecast_reached(self.store, self.automation, a.forecast_level, ev.at)
        if t is not None:
            text += f"；触发{level_cn(t.level)}，须于 {t.due_at:%m-%d %H:%M} 前启动响应"
            en += f"; {EN.level(t.level)} triggered, the response must start by {t.due_at:%m-%d %H:%M}"
    return text, en


def _d(value) -> str:
    return str(value)[5:10] if not hasattr(value, "strftime") else value.strftime("%m-%d")


def _do_observations(self, ev: Event) -> tuple[str, str] | str:
    path = source_path(ev.get("source"), self.scenario.path)
    res = import_slice(self.store, path, ev.get("from"), ev.get("to"), self.automation)
    span = f"{ev.get('from'):%m-%d %H:%M}–{ev.get('to'):%m-%d %H:%M}"
    return f"导入观测 {span}：{res.rows} 行", f"Observations imported {span}: {res.rows} rows"


def _do_notice(self, ev: Event) -> tuple[str, str] | str:
    n = E.receive_notice(self.store, self.actor_for(ev.get("by")), ev.get("issuer"), ev.get("action"), ev.get("level"),
                         ev.get("doc_no"), ev.at)
    text = f"收到上级通知：{n.to_notice().describe()}"
    en = f"Upper-level notice received: {EN.notice(n.to_notice())}"
    ep = E.current_episode(self.store)
    if ep and any(t.notice_id == n.id for t in ep.triggers):
        t = next(t for t in ep.triggers if t.notice_id == n.id)
        text += f"；触发{level_cn(t.level)}，须于 {t.due_at:%m-%d %H:%M} 前启动响应"
        en += f"; {EN.level(t.level)} triggered, the response must start by {t.due_at:%m-%d %H:%M}"
    return text, en


def _do_fault(self, ev: Event) -> tuple[str, str] | str:
    if ev.get("fault") == "approver_silent":
        hours = ev.get("hours")
        text = f"故障注入：{role_cn(ev.get('role'))}未应答 {hours:g} 小时"
        en = f"Injected fault: {EN.role(ev.get('role'))} does not answer for {hours:g} h"
        if self.trainees:
            # trainees sign themselves: the role's accounts are suspended in the drill database for the window
            users = [p.username for p in self.scenario.participants if ev.get("role") in p.roles]
            for u in users:
                accounts.update_user(self.store, self.automation, u, active=False)
            until = ev.at + timedelta(hours=float(hours))
            self._seq += 1
            self._enqueue(Event(-self._seq, until, "fault_end", {"role": ev.get("role"), "users": users}))
            text += f"（账号暂停至 {until:%m-%d %H:%M}）"
            en += f" (accounts suspended until {until:%m-%d %H:%M})"
        return text, en
    until = f" {ev.get('hours'):g} 小时" if ev.get("hours") else "（至演练结束）"
    until_en = f" for {ev.get('hours'):g} h" if ev.get("hours") else " (until the drill ends)"
    return (f"故障注入：{ev.get('unit')} 不落实措施、不报总结{until}",
            f"Injected fault: {EN.unit(ev.get('unit'))} carries out no measures and sends no summary{until_en}")


def _do_fault_end(self, ev: Event) -> tuple[str, str] | str:
    """Trainee mode: the silent approver answers again (accounts re-enabled)."""
    for u in ev.get("users"):
        accounts.update_user(self.store, self.automation, u, active=True)
    return f"故障结束：{role_cn(ev.get('role'))}恢复应答", f"Fault over: {EN.role(ev.get('role'))} answers again"


# ---- responses -----------------------------------------------------------------------------------------
def _do_acknowledge(self, ev: Event) -> tuple[str, str] | str:
    by = self.actor_for(ev.get("by"))
    done = [E.acknowledge_notice(self.store, by, n.id) for n in E.unacknowledged_notices(self.store)]
    if not done:
        raise UserError("没有待确认的上级通知 no notice to acknowledge")
    return f"{ev.get('by')} 确认上级通知 {len(done)} 件", f"{ev.get('by')} acknowledged {len(done)} upper-level notice(s)"


def _do_consultation(self, ev: Event) -> tuple[str, str] | str:
    E.record_consultation(self.store, self.actor_for(ev.get("by")), ev.at, ev.get("participants"), ev.get("forecast"),
                          ev.get("conclusion"), ev.get("next"))
    return f"会商：{ev.get('conclusion')}", f"Consultation: {ev.get('conclusion')}"


def _do_propose(self, ev: Event) -> tuple[str, str] | str:
    a = assessment_at(self.store, ev.at)
    ep = E.current_episode(self.store)
    kind = ev.get("kind")
    want = ev.get("level", "assessed")
    level = a.level if want == "assessed" else want
    if kind in ("lift", "end"):
        level = None
    elif kind is None:
        if level == NONE:
            raise UserError(f"当前研判为{level_cn(a.level)}，无需提议 the assessment gives no level")
        if ep is None or ep.status == E.OPEN:
            kind = "start"
        else:
            kind = "upgrade" if level_rank(level) > level_rank(ep.level) else "downgrade"
    p = E.propose(self.store, self.actor_for(ev.get("by")), kind, level, list(a.basis), ev.get("area") or
                  Settings(self.store).get("response_area"), ev.at, ev.get("reason", ""),
                  assessed_level=a.level, improvement_hours=ev.get("improvement_hours"))
    what = level_cn(p.level) if p.level != NONE else ""
    off = "" if p.kind in ("lift", "end") or p.level == a.level else f"（研判为{level_cn(a.level)}）"
    what_en = f" {EN.level(p.level)}" if p.level != NONE else ""
    off_en = "" if not off else f" (assessed: {EN.level(a.level)})"
    return (f"{ev.get('by')} 提议 #{p.id}：{E.KIND_CN[p.kind]}{what}{off}，待 {role_cn(p.steps[0].role)}",
            f"{ev.get('by')} proposed #{p.id}: {EN.kind(p.kind)}{what_en}{off_en}, waiting for "
            f"{EN.role(p.steps[0].role)}")


def _do_sign(self, ev: Event) -> tuple[str, str] | str:
    pend = E.pending_signatures(self.store)
    if not pend:
        raise UserError("没有待审签的提议 nothing waiting for a signature")
    ps = pend[0]
    role = ev.get("role")
    p = ps.proposal
    user = self.scenario.user(ev.get("by")) if ev.get("by") else next(
        (u for u in self.scenario.participants if role in u.roles and u.username != p.created_by
         and all(s.username != u.username for s in p.signatures)), None)
    if user is None:
        raise UserError(f"没有可签署的{role_cn(role)} no participant can sign as {role}")
    res = E.sign(self.store, p.id, user.username, user.password, role, ev.get("decision", "approve"),
                 p.content_hash, ev.get("reason", ""), actor=user.username)
    late = f"（原定 {ev.get('deferred_from'):%m-%d %H:%M}，审签人未应答）" if ev.get("deferred_from") else ""
    late_en = (f" (planned for {ev.get('deferred_from'):%m-%d %H:%M}, the signer did not answer)"
               if ev.get("deferred_from") else "")
    text = f"{user.display_name} {E.STEP_CN.get(ps.step_name, ps.step_name)} #{p.id}{late}"
    en = f"{user.display_name} {EN.step(ps.step_name)} #{p.id}{late_en}"
    if res.completed:
        # the sign-off itself opens, upgrades or closes the measures board (console.signoff)
        if res.episode_ended:
            text += f"；{E.KIND_CN[p.kind]}生效，过程结束"
            en += f"; {EN.ended(p.kind)}, episode over"
        else:
            text += f"；{level_cn(res.level)}生效"
            en += f"; {EN.level(res.level)} in force"
    return text, en


def _degree(a) -> str:
    top = max((b.aqi for b in a.blocks_used if b.aqi is not None), default=None)
    return f"{category(top).name_zh}（预测日AQI最高约 {top:.0f}）" if top else "重污染"


def _primary(a) -> str:
    ps = sorted({b.primary for b in a.blocks_used if b.primary}, key=str)
    return "、".join(POLLUTANT_CN.get(p, p) for p in ps) or "PM2.5"


def _do_publish(self, ev: Event) -> tuple[str, str] | str:
    ep = E.current_episode(self.store) or E.latest_episode(self.store)
    if ep is None:
        raise UserError("没有重污染过程 no episode")
    lift = ev.get("lift", ep.status == E.ENDED)
    if lift:
        b = bulletin.draft_lift(self.store, ep.id)
    else:
        a = assessment_at(self.store, ev.at)
        b = bulletin.draft(self.store, pollution_degree=_degree(a), pollution_area="海门区及周边区域",
                           primary_pollutant=_primary(a))
    over = dict(ev.get("fields") or {})
    for f in ev.get("omit", []):
        over[f] = None if f == "start_time" else ""
    if over:
        b = b.__class__.from_dict({**b.to_dict(), **over})
    pub = bulletin.publish(self.store, ep.id, b, self.actor_for(ev.get("by")))
    return (f"{ev.get('by')} 发布：{bulletin.headline(b, pub.msg_type)}（{pub.identifier}）",
            f"{ev.get('by')} published: {EN.headline(b, pub.msg_type)} ({pub.identifier})")


def _do_joint_assessment(self, ev: Event) -> tuple[str, str] | str:
    j = E.record_joint_assessment(self.store, self.actor_for(ev.get("by")), ev.get("ecology_by"),
                                  ev.get("meteorology_by"), ev.get("below_hours"), ev.get("conclusion"), ev.at)
    return (f"联合研判：AQI低于黄色预警条件 {j.below_hours:g} 小时",
            f"Joint assessment: AQI below the yellow threshold for {j.below_hours:g} h")


def _do_duties(self, ev: Event) -> tuple[str, str] | str:
    if ev.get("repeat_hours") and ev.at + timedelta(hours=ev.get("repeat_hours")) <= self.scenario.end:
        self._enqueue(Event(ev.index, ev.at + timedelta(hours=ev.get("repeat_hours")), ev.type, ev.data))
    ep = E.current_episode(self.store)
    b = board.get_board(self.store, str(ep.id)) if ep else None
    if b is None or b["closed_at"]:
        return ""
    skip = set(ev.get("skip_units", [])) | self.missing_units(ev.at)
    by, done, failed = ev.get("by"), 0, []
    for st in board_status(self.store, str(ep.id), ev.at):
        if not st.active or st.unit in skip:
            continue
        try:
            if st.recurring_kind is None:
                if st.state == "open":
                    board.check(self.store, st.task_id, self.actor_for(by), on_behalf_of_unit=st.unit, at=ev.at)
                    done += 1
                continue
            for key, c in zip(("main", "extra"), st.counters):
                if c.required is not None and c.done < c.required:
                    board.record_count(self.store, st.task_id, ev.at, self.actor_for(by), min(20, c.required - c.done),
                                       counter=key, on_behalf_of_unit=st.unit)
                    done += 1
        except UserError as exc:
            failed.append(f"{st.measure_id} {st.unit}: {exc}")
    if failed:
        self.note(ev.at, "error", f"措施落实 {len(failed)} 项未能记录：{failed[0]}", ok=False,
                  en=f"{len(failed)} measure record(s) could not be made: {failed[0]}")
    if not done:
        return ""
    missing = sorted(skip & {st.unit for st in board_status(self.store, str(ep.id), ev.at)})
    return (f"各单位落实措施（值班员代为确认）{done} 项" + (f"；未落实：{'、'.join(missing)}" if missing else ""),
            f"Units carried out {done} measure(s) (confirmed by the duty officer on their behalf)"
            + (f"; not carried out: {EN.units(missing)}" if missing else ""))


def _do_summaries(self, ev: Event) -> tuple[str, str] | str:
    st = E.summaries_status(self.store)
    if st is None:
        raise UserError("没有已结束的重污染过程 no ended episode")
    want = ev.get("units") or list(st.missing)
    skip = set(ev.get("skip_units", [])) | self.missing_units(ev.at)
    got = [u for u in want if u not in skip and u in st.missing]
    for u in got:
        E.record_summary(self.store, self.actor_for(ev.get("by")), u, ev.at, episode_id=st.episode_id)
    left = [u for u in E.summaries_status(self.store, st.episode_id).missing]
    return (f"收到总结 {len(got)} 份" + (f"；未报：{'、'.join(left)}" if left else ""),
            f"{len(got)} summary(ies) received" + (f"; missing: {EN.units(left)}" if left else ""))


# ---- auto-responder (--auto) ----------------------------------------------------------------------------
def _enqueue(self, ev: Event) -> None:
    ev = self._defer(ev)
    self.queue.append(ev)
    self.queue.sort(key=lambda e: (e.at, e.index))


def _auto(self, at) -> None:
    queued = {e.type for e in self.queue if e.index < 0}
    by = next(p.username for p in self.scenario.participants if "duty_officer" in p.roles)

    def add(delay: timedelta, etype: str, **data) -> None:
        if etype not in queued and at + delay <= self.scenario.end:
            self._seq += 1
            self._enqueue(Event(-self._seq, at + delay, etype, {"by": by, **data}))
            queued.add(etype)

    # the next step as the live console decides it (workflow.next_action), answered as a model duty room would
    a = assessment_at(self.store, at)
    skip = set()
    nxt = workflow.next_action(self.store, a)
    if nxt.code == workflow.ACK:  # a duty officer confirms an upper notice on receipt, then goes on
        add(timedelta(minutes=10), "acknowledge")
        skip.add(workflow.ACK)
        nxt = workflow.next_action(self.store, a, skip=skip)
    if nxt.code == workflow.SIGN:
        add(AUTO_DELAY, "sign", role=nxt.role, by=None)
        return
    if nxt.code == workflow.PUBLISH_CANCEL:
        add(timedelta(minutes=15), "publish", lift=True)
        skip.add(workflow.PUBLISH_CANCEL)
        nxt = workflow.next_action(self.store, a, skip=skip)
    if nxt.code == workflow.SUMMARY:
        if not any(e.type == "summaries" for e in self.queue):
            add(timedelta(hours=6), "summaries")
        return
    ep = E.current_episode(self.store)
    if ep is None:
        return
    if nxt.code in (workflow.PROPOSE_START, workflow.PROPOSE_UPGRADE):
        if level_rank(a.level) > level_rank(ep.level):  # the model room proposes the level the assessment gives
            add(AUTO_DELAY, "propose", level="assessed")
        return
    if ep.status != E.IN_FORCE:
        return
    if nxt.code == workflow.PUBLISH:
        add(timedelta(minutes=15), "publish")
    if not any(e.type == "duties" for e in self.queue):
        add(timedelta(hours=1), "duties", repeat_hours=6)
    if nxt.code == workflow.PROPOSE_LIFT:
        if not nxt.problems:
            add(AUTO_DELAY, "propose", kind="lift")
        elif not E.joint_assessments(self.store, ep.id) and \
                all(n.action == "lift" for n in upper_issuers(self.store, ep.id).values()):
            add(timedelta(minutes=15), "joint_assessment", ecology_by="生态环境局值班员", meteorology_by="气象局预报员",
                below_hours=48, conclusion="预计未来48小时AQI低于黄色预警条件")
