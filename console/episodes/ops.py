"""Episodes: every state change except signing (console.signoff). One transaction and at least one audit
record each; nothing is updated or deleted; times come from store.clock.

Readings (PLAN.md, marked there):
- A proposal to start/upgrade above the level the assessment requires needs a written reason and the district
  leader's consent: an extra first step "consent" by district_leader, unless the level's own chain already ends
  with the district leader's approval (red), whose approval then records the consent too.
- Downgrade needs a forecast improvement lasting >= improve_min_hours and is approved like a lift.
- Lift and end are approved by the approver of the highest level reached in the episode (a single step).
- End (§6.1) needs a province or city lift notice received in the episode; an episode in which no level ever
  came into force may also be ended with a written reason (e.g. the trigger passed).
- A lift or an end also ends the episode; summaries are then due within summary_hours.
- One proposal at a time per episode is pending: change it with revise_proposal or withdraw it first.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from console.admin import session
from console.admin.session import Actor
from console.common.clock import to_local
from console.common.errors import UserError
from console.episodes.query import (
    approver_role,
    current_episode,
    get_episode,
    joint_assessments,
    open_proposals,
    received_notices,
    response_deadlines,
    signoff_chain,
    summaries_status,
    upper_notices,
)
from console.episodes.records import (
    DOWNGRADE,
    END,
    ENDED,
    IN_FORCE,
    KIND_CN,
    KINDS,
    LIFT,
    OPEN,
    PENDING,
    REJECTED,
    SOURCES,
    START,
    UPGRADE,
    Consultation,
    JointAssessment,
    Proposal,
    ReceivedNotice,
    Step,
    Trigger,
    consultation_from,
    content_hash,
    default_catalog,
    dumps,
    get_proposal,
    joint_from,
    need_text,
    not_future,
    now,
    proposal_content,
    setting,
    trigger_from,
    ts,
)
from console.plan.levels import (
    NONE,
    level_cn,
    level_rank,
    level_short,
    parse_level_value,
)
from console.rules.notices import (
    ISSUER_CN,
    Notice,
    notices_in_force,
    parse_action,
    parse_issuer,
)
from console.rules.notices import LIFT as N_LIFT
from console.store import episodes as repo
from console.store import proposals as proposals_repo

if TYPE_CHECKING:  # pragma: no cover
    from console.episodes.records import Episode
    from console.store.db import Store

_UNSET = object()


def _level(text: str | None, field_name: str = "预警级别 level") -> str:
    try:
        return parse_level_value(text or "", allow_none=False)
    except ValueError:
        raise UserError(f"{field_name}: 未知预警级别 unknown level {text!r}（yellow/orange/red）") from None


#: the role of every recorded step here (plan §3.1, §3.2.2, §6.2: the duty room of the bureau records notices,
#: consultations, joint assessments and summaries, and proposes); checked inside the write transaction
DUTY = "duty_officer"


def _open_episode(store: Store, actor: str, at: datetime) -> int:
    eid = repo.add_episode(store, ts(at), actor)
    store.audit(actor, "episode.open", "episode", eid, {"opened_at": ts(at)})
    return eid


# ---- triggers and upper notices ---------------------------------------------------------------------------
def _insert_trigger(store: Store, actor: str, episode_id: int, source: str, level: str, at: datetime,
                    notice_id: int | None = None) -> Trigger:
    due = at + timedelta(hours=float(setting(store, "response_start_hours")))
    tid = repo.add_trigger(store, episode_id, source, level, ts(at), ts(due), notice_id, ts(now(store)), actor)
    store.audit(actor, "episode.trigger", "episode", episode_id,
                {"trigger": tid, "source": source, "level": level, "at": ts(at), "due_at": ts(due)})
    return trigger_from(repo.trigger(store, tid))


#: who records a trigger: whoever may bring in the monitoring and forecast data it is read from (§3.1)
TRIGGER_ROLES = (DUTY, "admin")


def record_trigger(store: Store, actor: Actor, source: str, level: str, at: datetime | None = None) -> Trigger:
    """Start the response-start clock: an upper notice received, or the forecast first reaching yellow+.
    Opens an episode if none is open. `actor`: an authenticated duty officer or administrator."""
    if source not in SOURCES:
        raise UserError(f"触发来源 source: 须为 notice 或 forecast, got {source!r}")
    level = _level(level)
    at = not_future(store, at if at is not None else now(store), "触发时间 trigger time")
    with session.authorized(store, actor, *TRIGGER_ROLES):
        return _trigger_in_tx(store, actor.username, source, level, at)


def _trigger_in_tx(store: Store, actor: str, source: str, level: str, at: datetime) -> Trigger:
    ep = current_episode(store)
    eid = ep.id if ep else _open_episode(store, actor, at)
    return _insert_trigger(store, actor, eid, source, level, at)


def forecast_reached(store: Store, actor: Actor, level: str, at: datetime | None = None) -> Trigger | None:
    """Call whenever an assessment gives a forecast level: records a forecast trigger only when the level is
    above the level in force and no running clock already covers it (decided inside the write transaction).
    Returns the new trigger or None. `actor`: the authenticated duty officer or administrator on whose
    data the assessment stands (the logged-in person at the console, or the drill runner's automation);
    a bare name or another role is refused and audited."""
    level = _level(level)
    at = not_future(store, at if at is not None else now(store), "触发时间 trigger time")
    ep = current_episode(store)
    if ep is not None and not _needs_trigger(store, ep, level):
        return None  # the common case (every minute): no write transaction at all
    with session.authorized(store, actor, *TRIGGER_ROLES):
        ep = current_episode(store)  # again, against the state this write changes
        if ep is not None and not _needs_trigger(store, ep, level):
            return None
        return _trigger_in_tx(store, actor.username, "forecast", level, at)


def _needs_trigger(store: Store, ep: Episode, level: str) -> bool:
    if level_rank(level) <= level_rank(ep.level):
        return False
    running = [d for d in response_deadlines(store, ep.id) if d.status in ("pending", "overdue")]
    return not any(level_rank(d.trigger.level) >= level_rank(level) for d in running)


def receive_notice(store: Store, actor: Actor, issuer: str, action: str, level: str | None, doc_no: str | None,
                   received_at: datetime | None = None) -> ReceivedNotice:
    """Record an upper-level notice (ministry/province/city; issue/adjust/lift). It stays unacknowledged until
    acknowledge_notice(). A warning above the level in force starts a response clock (opens an episode)."""
    try:
        issuer_c, action_c = parse_issuer(issuer), parse_action(action)
        lv = None if action_c == N_LIFT or not level else parse_level_value(level, allow_none=False)
        when = received_at if received_at is not None else now(store)
        notice = Notice(when, issuer_c, action_c, lv, (doc_no or "").strip() or None)
    except ValueError as exc:
        raise UserError(f"上级通知 notice: {exc}") from None
    not_future(store, notice.time, "收到时间 received at")
    with session.authorized(store, actor, DUTY):
        actor = actor.username  # the name recorded below
        ep = current_episode(store)
        start_clock = notice.action != N_LIFT and (ep is None or _needs_trigger(store, ep, notice.level))
        eid = ep.id if ep else (_open_episode(store, actor, notice.time) if start_clock else None)
        nid = repo.add_notice(store, eid, notice.issuer, notice.action, notice.level, notice.doc_no,
                              ts(notice.time), ts(now(store)), actor)
        store.audit(actor, "notice.receive", "notice", nid, {**notice.to_dict(), "episode_id": eid})
        if start_clock:
            _insert_trigger(store, actor, eid, "notice", notice.level, notice.time, nid)
    return next(n for n in received_notices(store) if n.id == nid)


def acknowledge_notice(store: Store, actor: Actor, notice_id: int) -> ReceivedNotice:
    with session.authorized(store, actor, DUTY):
        actor = actor.username  # the name recorded below
        found = [n for n in received_notices(store) if n.id == notice_id]
        if not found:
            raise UserError(f"上级通知 notice {notice_id}: 不存在 not found")
        if found[0].acknowledged_at is not None:
            raise UserError(f"上级通知 notice {notice_id}: 已由 {found[0].acknowledged_by} 确认 already acknowledged")
        repo.add_notice_ack(store, notice_id, actor, ts(now(store)))
        store.audit(actor, "notice.ack", "notice", notice_id, {})
    return next(n for n in received_notices(store) if n.id == notice_id)


# ---- consultations and joint assessments ---------------------------------------------------------------------
def record_consultation(store: Store, actor: Actor, at: datetime, participants: list[str], forecast: str,
                        conclusion: str, next_at: datetime | None = None) -> Consultation:
    """§3.1 会商: time, participants, forecast discussed, conclusion, next consultation."""
    at = not_future(store, at, "会商时间 time")
    people = [p.strip() for p in participants if p and p.strip()]
    if not people:
        raise UserError("参加人员 participants: 不能为空 must not be empty")
    forecast, conclusion = need_text(forecast, "会商预报 forecast"), need_text(conclusion, "会商结论 conclusion")
    if next_at is not None and to_local(next_at) <= at:
        raise UserError("下次会商时间 next consultation: 须晚于本次 must be after this one")
    with session.authorized(store, actor, DUTY):
        actor = actor.username  # the name recorded below
        ep = current_episode(store)
        cid = repo.add_consultation(store, ep.id if ep else None, ts(at), dumps(people), forecast, conclusion,
                                    ts(to_local(next_at)) if next_at else None, ts(now(store)), actor)
        store.audit(actor, "consultation.record", "consultation", cid,
                    {"at": ts(at), "participants": people, "next_at": ts(next_at) if next_at else None})
    return consultation_from(repo.consultation(store, cid))


def record_joint_assessment(store: Store, actor: Actor, ecology_by: str, meteorology_by: str,
                            below_yellow_hours: float, conclusion: str, at: datetime | None = None
                            ) -> JointAssessment:
    """§3.2.2 (4): 生态环境局 and 气象局 jointly assess how long AQI stays below the yellow trigger."""
    eco = need_text(ecology_by, "生态环境局会商人 ecology bureau")
    met = need_text(meteorology_by, "气象局会商人 meteorological bureau")
    conclusion = need_text(conclusion, "研判结论 conclusion")
    try:
        hours = float(below_yellow_hours)
    except (TypeError, ValueError):
        raise UserError(f"低于黄色预警条件持续时长 hours: 不是数字 not a number {below_yellow_hours!r}") from None
    if hours < 0:
        raise UserError("低于黄色预警条件持续时长 hours: 不能为负 must be ≥ 0")
    at = not_future(store, at if at is not None else now(store), "研判时间 time")
    with session.authorized(store, actor, DUTY):
        actor = actor.username  # the name recorded below
        ep = current_episode(store)
        if ep is None:
            raise UserError("没有进行中的重污染过程 no open episode")
        jid = repo.add_joint_assessment(store, ep.id, ts(at), eco, met, hours, conclusion, ts(now(store)), actor)
        store.audit(actor, "episode.joint_assessment", "episode", ep.id,
                    {"id": jid, "ecology_by": eco, "meteorology_by": met, "below_hours": hours})
    return joint_from(repo.joint_assessment(store, jid))


# ---- lift / end preconditions ----------------------------------------------------------------------------------
def upper_warnings_in_force(store: Store) -> list[str]:
    """One line per upper issuer whose warning still stands, by the same rule as rules.assess
    (notices_in_force over every notice received: an issuer's latest notice stands until it lifts)."""
    standing = notices_in_force(upper_notices(store), now(store))
    return [f"{ISSUER_CN[i]}{level_short(n.level)}预警仍在生效，尚未收到其解除通知 the {i} {n.level} warning is "
            "still in force" for i, n in standing.items() if n.action != N_LIFT]


def lift_problems(store: Store, episode_id: int) -> list[str]:
    """Why the episode cannot be lifted yet ([] = it can): every upper warning lifted, joint assessment >= 36 h."""
    problems = upper_warnings_in_force(store)
    need = float(setting(store, "improve_min_hours"))
    joint = joint_assessments(store, episode_id)
    if not joint:
        problems.append("缺少生态环境局与气象局的联合研判 no joint assessment recorded")
    elif joint[-1].below_hours < need:
        problems.append(f"联合研判：AQI低于黄色预警条件仅 {joint[-1].below_hours:g} 小时，需至少 {need:g} 小时 "
                        f"joint assessment gives {joint[-1].below_hours:g} h below yellow, {need:g} h needed")
    return problems


def end_problems(store: Store, episode_id: int, *, need_lift_notice: bool = True) -> list[str]:
    """Why the response cannot be ended (§3.2.2(4), §6.1) ([] = it can): every upper-level warning in force lifted
    (the same rule as the assessment and the lift), and a province or city lift received in the episode
    (`need_lift_notice=False` for an episode in which no level came into force, ended with a written reason)."""
    problems = upper_warnings_in_force(store)
    lifted = any(n.action == N_LIFT and n.issuer in ("province", "city")
                 for n in received_notices(store, episode_id))
    if need_lift_notice and not lifted:
        problems.append("尚未收到省或市的解除通知 no province/city lift notice received")
    return problems


def _auto_basis(store: Store, ep: Episode, kind: str) -> list[str]:
    lines = [f"上级通知：{n.to_notice().describe()}" for n in received_notices(store, ep.id) if n.action == N_LIFT]
    joint = joint_assessments(store, ep.id)
    if kind == LIFT and joint:
        j = joint[-1]
        lines.append(f"联合研判（生态环境局 {j.ecology_by}、气象局 {j.meteorology_by}，{j.at:%m-%d %H:%M}）："
                     f"AQI低于黄色预警条件持续 {j.below_hours:g} 小时；{j.conclusion}")
    return lines


# ---- proposals ----------------------------------------------------------------------------------------------------
def _content(store: Store, ep: Episode, kind: str, level, basis, area, start_time, reason, assessed_level,
             improvement_hours) -> dict:
    """Check a proposal's content against the episode's state; return the normalised fields and its steps."""
    cat = default_catalog()
    reason = (reason or "").strip()
    basis = [str(b).strip() for b in (basis or []) if str(b).strip()]
    if assessed_level in (None, ""):
        assessed = None
    else:
        assessed = NONE if assessed_level == NONE else _level(assessed_level, "评估级别 assessed level")
    highest = ep.highest_level if ep.highest_level != NONE else "yellow"
    steps: list[Step]
    if kind in (START, UPGRADE, DOWNGRADE):
        level = _level(level)
        if kind == START and ep.status != OPEN:
            raise UserError(f"启动 start: 已有{level_cn(ep.level)}生效，请提议升级或降级 a level is already in force")
        if kind in (UPGRADE, DOWNGRADE) and ep.status != IN_FORCE:
            raise UserError(f"{KIND_CN[kind]} {kind}: 当前没有生效的预警 no level in force")
        if kind == UPGRADE and level_rank(level) <= level_rank(ep.level):
            raise UserError(f"升级 upgrade: 须高于当前{level_cn(ep.level)} must be above the level in force")
        if kind == DOWNGRADE and level_rank(level) >= level_rank(ep.level):
            raise UserError(f"降级 downgrade: 须低于当前{level_cn(ep.level)} must be below the level in force "
                            "（降至无预警请提议解除 use lift to go to none）")
        if not basis:
            raise UserError("依据 basis: 不能为空 must not be empty")
        area = need_text(area, "区域 area")
        if start_time is None:
            raise UserError("启动时间 start time: 不能为空 must not be empty")
        if kind == DOWNGRADE:
            need = float(setting(store, "improve_min_hours"))
            if improvement_hours is None or float(improvement_hours) < need:
                raise UserError(f"降级 downgrade: 预测改善须持续至少 {need:g} 小时 the forecast must improve for "
                                f"≥ {need:g} h (given {improvement_hours})")
            improvement_hours = float(improvement_hours)
            steps = [Step("approve", approver_role(highest, cat))]
        else:
            if assessed is None:
                raise UserError("评估级别 assessed level: 须提供当前评估结果 the assessment's level is required")
            steps = signoff_chain(level, cat)
            if level_rank(level) > level_rank(assessed):
                if not reason:
                    raise UserError(f"高于评估级别（{level_short(assessed)}）启动须填写书面理由 a written reason is "
                                    "required to go above the assessed level")
                if steps[-1].role == "district_leader":
                    steps[-1] = Step(steps[-1].step, "district_leader", consent=True)
                else:
                    steps.insert(0, Step("consent", "district_leader", consent=True))
            elif level_rank(level) < level_rank(assessed) and not reason:
                raise UserError(f"低于评估级别（{level_short(assessed)}）须填写书面理由 a written reason is required "
                                "to go below the assessed level")
    elif kind in (LIFT, END):
        if ep.status == ENDED:
            raise UserError("该过程已结束 episode already ended")
        if kind == LIFT:
            if ep.status != IN_FORCE:
                raise UserError("解除 lift: 当前没有生效的预警 no level in force")
            problems = lift_problems(store, ep.id)
        else:
            problems = end_problems(store, ep.id)
            if problems and ep.highest_level == NONE:
                problems = end_problems(store, ep.id, need_lift_notice=False)
                if not problems and not reason:
                    problems = ["本过程未启动预警，终止须填写书面理由 a reason is required"]
        if problems:
            raise UserError(f"不能{KIND_CN[kind]} cannot {kind}: " + "；".join(problems))
        level = NONE
        basis = basis or _auto_basis(store, ep, kind) or [f"{KIND_CN[kind]}：{reason}"]
        area = (area or "").strip() or setting(store, "response_area")
        start_time = start_time if start_time is not None else now(store)
        steps = [Step("approve", approver_role(highest, cat))]
    else:
        raise UserError(f"提议类型 kind: 须为 {'/'.join(KINDS)}, got {kind!r}")
    return {"kind": kind, "level": level, "basis": basis, "area": area, "start_time": to_local(start_time),
            "reason": reason, "assessed_level": assessed, "improvement_hours": improvement_hours,
            "steps": [s.to_dict() for s in steps]}


def _insert_version(store: Store, actor: str, root_id: int | None, version: int, episode_id: int,
                    c: dict) -> tuple[int, int, str]:
    vid = proposals_repo.next_proposal_id(store)
    root = root_id or vid
    digest = content_hash(proposal_content(root, version, episode_id, c["kind"], c["level"], c["basis"], c["area"],
                                           c["start_time"], c["reason"], c["assessed_level"],
                                           c["improvement_hours"], c["steps"]))
    proposals_repo.add_version(store, {
        "id": vid, "root_id": root, "version": version, "episode_id": episode_id, "kind": c["kind"],
        "level": c["level"], "basis": dumps(c["basis"]), "area": c["area"], "start_time": ts(c["start_time"]),
        "reason": c["reason"], "assessed_level": c["assessed_level"], "improvement_hours": c["improvement_hours"],
        "steps": dumps(c["steps"]), "content_hash": digest, "created_at": ts(now(store)), "created_by": actor})
    return root, vid, digest


def propose(store: Store, actor: Actor, kind: str, level: str | None, basis: list[str], area: str,
            start_time: datetime | None, reason: str = "", *, assessed_level: str | None = None,
            improvement_hours: float | None = None) -> Proposal:
    """The duty officer proposes start/upgrade/downgrade/lift/end. Opens an episode for a start if none is
    open. Returns the proposal with its content hash and sign-off steps."""
    with session.authorized(store, actor, DUTY):
        actor = actor.username  # the name recorded below
        ep = current_episode(store)
        if ep is None:
            if kind != START:
                raise UserError("没有进行中的重污染过程 no open episode")
            eid = _open_episode(store, actor, now(store))
            ep = get_episode(store, eid)
        pending = open_proposals(store, ep.id)
        if pending:
            raise UserError(f"已有待审签的提议 #{pending[0].id}（{KIND_CN[pending[0].kind]}），请修改或撤回后再提 "
                            "a proposal is already pending: revise or withdraw it first")
        c = _content(store, ep, kind, level, basis, area, start_time, reason, assessed_level, improvement_hours)
        root, vid, digest = _insert_version(store, actor, None, 1, ep.id, c)
        store.audit(actor, "proposal.create", "proposal", root, {
            "version": 1, "version_id": vid, "episode_id": ep.id, "kind": kind, "level": c["level"],
            "content_hash": digest, "steps": c["steps"], "reason": c["reason"]})
    return get_proposal(store, root)


def revise_proposal(store: Store, actor: Actor, proposal_id: int, *, level=_UNSET, basis=_UNSET, area=_UNSET,
                    start_time=_UNSET, reason=_UNSET, assessed_level=_UNSET, improvement_hours=_UNSET) -> Proposal:
    """Edit = a new version with a new hash; every approval of the earlier version is void."""
    with session.authorized(store, actor, DUTY):
        actor = actor.username  # the name recorded below
        p = get_proposal(store, proposal_id)
        if p.status not in (PENDING, REJECTED):
            raise UserError(f"提议 #{p.id} {p.status}: 只能修改待审签或已退回的提议 only pending or rejected "
                            "proposals can be revised")
        others = [o for o in open_proposals(store, p.episode_id) if o.id != p.id]
        if others:
            raise UserError(f"已有另一待审签提议 #{others[0].id} another proposal is pending")
        pick = lambda new, old: old if new is _UNSET else new  # noqa: E731
        ep = get_episode(store, p.episode_id)
        c = _content(store, ep, p.kind, pick(level, p.level), pick(basis, list(p.basis)), pick(area, p.area),
                     pick(start_time, p.start_time), pick(reason, p.reason), pick(assessed_level, p.assessed_level),
                     pick(improvement_hours, p.improvement_hours))
        _, vid, digest = _insert_version(store, actor, p.id, p.version + 1, p.episode_id, c)
        store.audit(actor, "proposal.revise", "proposal", p.id, {
            "version": p.version + 1, "version_id": vid, "previous_hash": p.content_hash, "content_hash": digest,
            "level": c["level"], "voided_signatures": [s.id for s in p.signatures], "steps": c["steps"]})
    return get_proposal(store, proposal_id)


def withdraw_proposal(store: Store, actor: Actor, proposal_id: int, reason: str) -> Proposal:
    reason = need_text(reason, "撤回理由 reason")
    with session.authorized(store, actor, DUTY):  # like proposing and revising
        actor = actor.username  # the name recorded below
        p = get_proposal(store, proposal_id)
        if p.status not in (PENDING, REJECTED):
            raise UserError(f"提议 #{p.id}: 已{p.status}，不能撤回 cannot be withdrawn")
        proposals_repo.add_closure(store, p.id, "withdrawn", reason, actor, ts(now(store)))
        store.audit(actor, "proposal.withdraw", "proposal", p.id, {"version": p.version, "reason": reason})
    return get_proposal(store, proposal_id)


# ---- summaries ---------------------------------------------------------------------------------------------------
def record_summary(store: Store, actor: Actor, unit: str, received_at: datetime | None = None, by: str = "",
                   *, episode_id: int | None = None, text: str = "", file=None) -> None:
    """§6.2: a participating unit's summary received (a later record for the same unit corrects it), with the
    summary's text and/or its file (kept by SHA-256) when given."""
    from console.common import attachments
    from console.store import reductions as files_repo

    name = default_catalog().normalise_department(need_text(unit, "单位 unit"))
    when = not_future(store, received_at if received_at is not None else now(store), "收到时间 received at")
    text = (text or "").strip()
    doc = attachments.read([file])[0] if file else None
    with session.authorized(store, actor, DUTY):
        actor = actor.username  # the name recorded below
        if episode_id is None:
            episode_id = repo.latest_ended_episode_id(store)
            if episode_id is None:
                raise UserError("没有已结束的重污染过程 no ended episode")
        ep = get_episode(store, episode_id)
        if ep.status != ENDED:
            raise UserError(f"过程 {episode_id} 尚未结束 episode not ended yet")
        if name not in summaries_status(store, episode_id).units:
            raise UserError(f"单位 unit: {name!r} 不是参与单位 not a participating unit")
        sid = repo.add_summary(store, episode_id, name, ts(when), (by or "").strip(), ts(now(store)), actor)
        detail = {"id": sid, "unit": name, "received_at": ts(when), "on_time": when <= ep.summary_due_at}
        if text or doc:
            if doc:
                files_repo.put_file(store, doc.sha256, doc.name, doc.size, doc.b64)
            files_repo.add_summary_document(store, sid, text, doc and doc.sha256, doc and doc.name,
                                            doc and doc.size)
            detail.update(text_chars=len(text), file=doc.ref() if doc else None)
        store.audit(actor, "summary.record", "episode", episode_id, detail)


__all__ = ["TRIGGER_ROLES", "record_trigger", "forecast_reached", "receive_notice", "acknowledge_notice",
           "record_consultation", "record_joint_assessment", "lift_problems", "end_problems", "upper_warnings_in_force",
           "propose", "revise_proposal", "withdraw_proposal", "record_summary"]
