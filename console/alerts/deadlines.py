"""What is due at time t (plan §3.2.2, §6.2, §8.3; UX 5-6, 10), as escalation.Pending items.

Pure reads: each source below looks at the store and returns the items open at `now`; nothing is written.
Time comes from the store's clock (or the `now` given), never the wall clock.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from console.admin.settings import Settings
from console.air import airdata
from console.alerts import reduction_due
from console.alerts.escalation import Pending
from console.common.clock import to_local
from console.plan import names
from console.plan.levels import level_short
from console.rules.basis_en import basis_line
from console.store.db import Store

_KIND_ZH = {"start": "启动", "upgrade": "升级", "downgrade": "降级", "lift": "解除", "end": "终止"}
# English for an interface in English (--lang en): what the console itself says; the plan's own texts (the basis
# lines, measure wording) and names (units, stations, notices' issuers) are quoted as they are
_LEVEL_EN = {"yellow": "Yellow", "orange": "Orange", "red": "Red"}
_KIND_EN = {"start": "start", "upgrade": "upgrade", "downgrade": "downgrade", "lift": "lift", "end": "end"}
_STEP_EN = {"review": "review", "approve": "approval"}


def _what_en(p) -> str:
    kind = _KIND_EN.get(p.kind, p.kind)
    return f"{_LEVEL_EN[p.level]} warning {kind}" if p.level in _LEVEL_EN else f"Warning {kind}"


def _role_en(code: str) -> str:
    """The plan's English role name inside a sentence ('the bureau head's approval')."""
    return names.role_name(code, "en").lower()


def _hm(minutes: int) -> str:
    return f"{minutes // 60} h {minutes % 60:02d} min"


def _signoffs(store: Store, now: datetime) -> list[Pending]:
    from console import episodes

    out = []
    for ps in episodes.pending_signatures(store):
        p = ps.proposal
        what = (f"{level_short(p.level)}预警{_KIND_ZH.get(p.kind, p.kind)}" if p.level not in (None, "none")
                else f"预警{_KIND_ZH.get(p.kind, p.kind)}")
        zh, en = _signoff_lines(store, ps, now)
        out.append(Pending(
            key=ps.key, title=f"{what}待{names.role_name(ps.role)}{names.step_name(ps.step_name)}",
            body="\n".join(zh), roles=(ps.role,), since=ps.since,
            severity="critical" if p.level == "red" else "warning",
            title_en=f"{_what_en(p)}: waiting for the {_role_en(ps.role)}'s "
                     f"{_STEP_EN.get(ps.step_name, 'signature')}",
            body_en="\n".join(en)))
    return out


def _one_line(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _basis_line(basis) -> str:
    """The line that says why, with its figures: the first that is not the conclusion or a note."""
    lines = [b for b in basis if b.strip()]
    why = [b for b in lines if not b.startswith(("结论", "预测缺少", "预测AQI以区间"))]
    return (why or lines or ["（未填写依据）"])[0]


def _what_approval_starts(store: Store, p) -> tuple[str, str]:
    """What signing sets in motion: the measures and units of the level (附件2), or what a lift/end does."""
    from console.measures import board

    if p.kind in ("lift", "end") or p.level in (None, "none"):
        if p.kind == "end":
            return ("批准后：终止应急响应，各参与单位须在24小时内报送总结",
                    "On approval: the response ends; every participating unit reports its summary within 24 h")
        return "批准后：解除预警，响应措施停止执行", "On approval: the warning is lifted and the measures stop"
    targets, replaced = board.target_tasks(board.default_catalog(), p.level,
                                           list(Settings(store).get("towns")))
    live = [key for key in targets if key not in replaced]
    measures, units = {m for m, _ in live}, {u for _, u in live}
    return (f"批准后：{level_short(p.level)}预警生效，{len(measures)} 项措施下达 {len(units)} 个单位"
            f"（共 {len(live)} 项任务）",
            f"On approval: the {_LEVEL_EN.get(p.level, p.level).lower()} warning takes effect; {len(measures)} "
            f"measures go to {len(units)} units ({len(live)} tasks)")


def _response_due(store: Store, now: datetime) -> tuple[str, str] | None:
    from console import episodes

    open_clocks = [d for d in episodes.response_deadlines(store) if d.status in ("pending", "overdue")]
    if not open_clocks:
        return None
    due = min(d.due_at for d in open_clocks)
    left = int((due - now).total_seconds() // 60)
    state = f"剩余 {left // 60}小时{left % 60:02d}分" if left >= 0 else f"已超时 {-left // 60}小时{-left % 60:02d}分"
    state_en = f"{_hm(left)} left" if left >= 0 else f"{_hm(-left)} overdue"
    return (f"3小时响应时限：{to_local(due):%m-%d %H:%M}（{state}）",
            f"3-hour response deadline: {to_local(due):%m-%d %H:%M} ({state_en})")


def _signoff_lines(store: Store, ps, now: datetime) -> tuple[list[str], list[str]]:
    """What the signer is approving, in four lines (Chinese, English): level and why, the 3-hour deadline, what
    approval sets in motion, and which proposal version has been waiting since when."""
    p = ps.proposal
    what = (f"{level_short(p.level)}预警{_KIND_ZH.get(p.kind, p.kind)}" if p.level not in (None, "none")
            else f"预警{_KIND_ZH.get(p.kind, p.kind)}")
    basis = _basis_line(p.basis)
    zh, en = [f"{what}｜依据：{_one_line(basis)}"], [f"{_what_en(p)} | basis: {_one_line(basis_line(basis, 'en'), 160)}"]
    if p.kind in ("start", "upgrade"):
        due = _response_due(store, now)
        if due:
            zh.append(due[0])
            en.append(due[1])
    starts = _what_approval_starts(store, p)
    zh.append(starts[0])
    en.append(starts[1])
    zh.append(f"提案 #{p.id}（第{p.version}版）自 {to_local(ps.since):%m-%d %H:%M} 起等待"
              f"{names.role_name(ps.role)}签署")
    en.append(f"Proposal #{p.id} (version {p.version}) waiting for the {_role_en(ps.role)}'s "
              f"signature since {to_local(ps.since):%m-%d %H:%M}")
    return zh, en


def signoff_body(store: Store, ps, now: datetime) -> str:
    """The Chinese lines of _signoff_lines, as one text."""
    return "\n".join(_signoff_lines(store, ps, now)[0])


def _response_clocks(store: Store, now: datetime) -> list[Pending]:
    from console import episodes

    out = []
    for d in episodes.response_deadlines(store):
        if d.status not in ("pending", "overdue"):
            continue
        t = d.trigger
        late = "（已超时）" if d.status == "overdue" else ""
        out.append(Pending(
            key=d.key, title=f"{level_short(t.level)}预警：3小时内启动响应{late}",
            body=f"触发于 {to_local(t.at):%m-%d %H:%M}，须在 {to_local(d.due_at):%m-%d %H:%M} 前完成审签并启动",
            roles=("duty_officer",), since=t.at, due=d.due_at, severity="critical",
            title_en=f"{_LEVEL_EN.get(t.level, t.level)} warning: start the response within 3 hours"
                     + (" (overdue)" if late else ""),
            body_en=f"Triggered {to_local(t.at):%m-%d %H:%M}; sign off and start by {to_local(d.due_at):%m-%d %H:%M}"))
    return out


def _notices(store: Store, now: datetime) -> list[Pending]:
    from console import episodes

    out = []
    for n in episodes.unacknowledged_notices(store):
        out.append(Pending(
            key=f"notice:{n.id}", title=f"上级通知待确认：{n.to_notice().describe()}",
            body=f"{to_local(n.received_at):%m-%d %H:%M} 收到", roles=("duty_officer",), since=n.received_at,
            severity="critical", title_en=f"Upper-level notice to acknowledge: {n.to_notice().describe_en()}",
            body_en=f"Received {to_local(n.received_at):%m-%d %H:%M}"))
    return out


def _summaries(store: Store, now: datetime) -> list[Pending]:
    from console import episodes

    st = episodes.summaries_status(store)
    if st is None or not st.missing:
        return []
    return [Pending(
        key=f"summaries:{st.episode_id}", title=f"应急总结未报送：{len(st.missing)} 个单位",
        body="、".join(st.missing[:8]) + ("等" if len(st.missing) > 8 else "") +
             f"；应于 {to_local(st.due_at):%m-%d %H:%M} 前报送",
        roles=("duty_officer",), since=st.ended_at, due=st.due_at,
        severity="warning" if now <= st.due_at else "critical",
        title_en=f"Response summaries missing: {len(st.missing)} units",
        body_en="、".join(st.missing[:8]) + (" and others" if len(st.missing) > 8 else "") +
                f"; due by {to_local(st.due_at):%m-%d %H:%M}")]


def _stale_stations(store: Store, now: datetime) -> list[Pending]:
    """One item for all stations whose latest data is older than the setting (UX 10: freshness visible)."""
    limit = timedelta(hours=float(Settings(store).get("stale_data_hours")))
    names = {s.code: s.name for s in airdata.stations(store)}
    stale = sorted((last, code) for code, last in airdata.last_observation_times(store).items() if now - last > limit)
    if not stale:
        return []
    newest = stale[-1][0]
    listed = "、".join(f"{names.get(c, c)}（{t:%m-%d %H:%M}）" for t, c in stale[:6]) + ("等" if len(stale) > 6 else "")
    return [Pending(
        key=f"stale:{newest.isoformat()}:{len(stale)}", title=f"{len(stale)} 个站点数据超时",
        body=f"超过 {limit.total_seconds() / 3600:g} 小时无新数据：{listed}",
        roles=("duty_officer",), since=stale[0][0] + limit, severity="info",
        title_en=f"{len(stale)} stations without recent data",
        body_en=f"No new data for over {limit.total_seconds() / 3600:g} h: "
                + ", ".join(f"{names.get(c, c)} ({t:%m-%d %H:%M})" for t, c in stale[:6])
                + (" and others" if len(stale) > 6 else ""))]


def _overdue_duties(store: Store, now: datetime) -> list[Pending]:
    """Per unit of the open board: measures and recurring duties overdue (a period that ended short)."""
    from console.measures import board
    from console.measures import status as board_status

    out = []
    for b in board.list_boards(store):
        if b["closed_at"]:
            continue
        late: dict[str, list] = {}
        for st in board_status.status(store, b["episode_id"], now):
            if st.overdue:
                late.setdefault(st.unit, []).append(st)
        for unit, items in late.items():
            first = items[0]
            what = "；".join(f"{s.measure_id} {s.missed[-1].text() if s.missed else s.state_zh}" for s in items[:3])
            out.append(Pending(
                key=f"duty:{b['episode_id']}:{unit}:{first.missed[-1].label if first.missed else first.state}",
                title=f"{unit}：{len(items)} 项措施/任务逾期", body=what + ("等" if len(items) > 3 else ""),
                roles=(f"liaison:{unit}", "duty_officer"), since=min(s.overdue_since or now for s in items),
                severity="warning", title_en=f"{unit}: {len(items)} measures/tasks overdue",
                body_en="Overdue (plan measure numbers): " + ", ".join(s.measure_id for s in items[:3])
                        + (" and others" if len(items) > 3 else "")))  # since: a fixed time, or every check would be a new first notice
    return out


def _quarter_list_update(store: Store, now: datetime) -> list[Pending]:
    """§8.3: the emergency reduction list is updated at the end of every quarter."""
    from console.measures import ledger

    last = ledger.last_update(store)
    q = ledger.quarter_reminder(now, last)
    if not q.due:
        return []
    if last is None:
        return [Pending(key="quarter:never", title="尚未录入应急减排清单",
                        body="预案§8.3：工业企业、施工工地应急减排清单每季度末更新一次；请在“响应措施—减排清单与豁免”导入",
                        roles=("duty_officer",), since=q.window_start, severity="info",
                        title_en="No emergency reduction list entered yet",
                        body_en="Plan §8.3: the reduction list of industry and building sites is updated at the end "
                                "of every quarter; import it under Measures — reduction list and exemptions")]
    return [Pending(key=f"quarter:{q.quarter_end.isoformat()}", title="季度末更新应急减排清单", body=q.text(),
                    roles=("duty_officer",), since=q.window_start, severity="info",
                    title_en="Update the emergency reduction list at the end of the quarter",
                    body_en=f"Due by the end of the quarter ({q.quarter_end:%Y-%m-%d})" if q.due
                    else "The list of this quarter is up to date")]


SOURCES = (_signoffs, _response_clocks, _notices, _summaries, _stale_stations, _overdue_duties, _quarter_list_update,
           *reduction_due.SOURCES)


def collect(store: Store, now: datetime | None = None) -> list[Pending]:
    """Everything open at `now`, most urgent first (critical, then earliest)."""
    t = to_local(now) if now else store.clock.now()
    items: list[Pending] = []
    for source in SOURCES:
        items.extend(source(store, t))
    rank = {"critical": 0, "warning": 1, "info": 2}
    return sorted(items, key=lambda p: (rank.get(p.severity, 3), p.due or p.since, p.since))


def proposal_of(store: Store, item_key: str) -> int | None:
    """The proposal a sign-off item ('signoff:<version id>:<step>') is about, even after a revision."""
    from console import episodes

    if not item_key.startswith("signoff:"):
        return None
    try:
        version_id = int(item_key.split(":")[1])
    except (IndexError, ValueError):
        return None
    for p in episodes.proposals(store):
        if p.version_id == version_id or any(v.version_id == version_id
                                             for v in episodes.proposal_versions(store, p.id)):
            return p.id
    return None
