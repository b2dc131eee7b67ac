"""What the reduction checks (issue 18) have due at time t, as escalation.Pending items — so the escalation
policy and the seats' routing apply to them like to every other reminder.

- the daily report upward: from `daily_report_remind_min` before the configured time (`daily_report_time`) while
  a level is in force and today's report is not sent; critical once the time has passed;
- firms' notice receipts overdue (latest notice round): one item for the acknowledgements (1 h) and one for the
  execution reports (24 h) still missing after their deadline, to the duty officer (who records them);
- control equipment found off by an automatic meter check (console/reductions/auto_checks.py): one item per firm
  and span, to the duty officer, open until an inspection of that firm is sent (created after the span began);
- inspections past their due time (`inspection_due_hours` after the task was sent) with no finding: one item per
  town or department, to that unit's liaisons and the duty officer;
- rectifications overdue: confirmed violations with no rectification recorded by their deadline (set with the
  finding: `rectification_hours`, or the case's own), one item per town or department, to that unit's liaisons
  and the duty officer.

Pure reads: nothing is written; time is the `now` given (from the store's clock).
"""
from __future__ import annotations

from datetime import datetime, timedelta

from console.admin.settings import Settings
from console.alerts.escalation import Pending
from console.common.clock import to_local
from console.store.db import Store

_LEVEL_EN = {"yellow": "yellow", "orange": "orange", "red": "red"}
_LEVEL_ZH = {"yellow": "黄色", "orange": "橙色", "red": "红色"}


def daily_report(store: Store, now: datetime) -> list[Pending]:
    from console.reductions import daily_report as D

    st = D.due_status(store, now)
    if st.state not in ("pending", "overdue"):
        return []
    remind = timedelta(minutes=int(Settings(store).get("daily_report_remind_min")))
    if now < st.due_at - remind:
        return []
    late = st.state == "overdue"
    lv, lv_en = _LEVEL_ZH.get(st.level, st.level), _LEVEL_EN.get(st.level, st.level)
    return [Pending(
        key=f"daily_report:{st.day}",
        title=f"减排日报{'已逾期' if late else '待报送'}：今日 {st.due_at:%H:%M} 前报送",
        body=f"{lv}预警生效中，今日（{st.day}）减排日报尚未报送；请在“减排核查—每日报送”核对数字后报送",
        roles=("duty_officer",), since=st.due_at - remind, due=st.due_at,
        severity="critical" if late else "warning",
        title_en=f"Daily reduction report {'overdue' if late else 'due'}: send it by {st.due_at:%H:%M} today",
        body_en=f"{'An' if lv_en[:1] in 'aeiou' else 'A'} {lv_en} warning is in force and today's ({st.day}) reduction report has not been sent; check "
                f"the figures under Reduction checks — Daily report and send it")]


def _firm_names(store: Store) -> dict[str, str]:
    from console.measures import ledger

    return {e.code: e.name for e in ledger.entries(store, include_removed=True)}


def firm_receipts(store: Store, now: datetime) -> list[Pending]:
    from console.reductions import notices

    rounds = notices.rounds(store)
    if not rounds:
        return []
    rnd = rounds[0]  # the latest round: an earlier one is superseded by it
    recs = notices.receipts(store, rnd["id"])
    names = _firm_names(store)
    out = []
    for kind, what, what_en in (("ack", "未确认收到通知", "have not acknowledged the notice"),
                                ("report", "未报送执行情况", "have not reported their execution")):
        late = [r for r in recs if r.status(kind, now) == "overdue"]
        if not late:
            continue
        due = late[0].ack_due if kind == "ack" else late[0].report_due
        listed = late[:8]
        more = len(late) > len(listed)
        out.append(Pending(
            key=f"firm_receipt:{rnd['id']}:{kind}",
            title=f"企业通知回执逾期：{len(late)} 家{what}",
            body="、".join(f"{names.get(r.code, r.code)}（{r.code}）" for r in listed) + ("等" if more else "")
                 + f"；时限 {to_local(due):%m-%d %H:%M}",
            roles=("duty_officer",), since=due, due=due, severity="warning",
            title_en=f"Firm notice receipts overdue: {len(late)} firms {what_en}",
            body_en=", ".join(r.code for r in listed) + (" and others" if more else "")
                    + f"; due {to_local(due):%m-%d %H:%M}"))
    return out


def inspections_overdue(store: Store, now: datetime) -> list[Pending]:
    from console.reductions import inspections

    limit = timedelta(hours=float(Settings(store).get("inspection_due_hours")))
    per: dict[str, list] = {}
    for ins in inspections.all_inspections(store):
        if ins.state == inspections.OPEN and now > ins.created_at + limit:
            per.setdefault(ins.assignee, []).append(ins)
    out = []
    for unit, items in per.items():
        items.sort(key=lambda i: i.created_at)
        due = items[0].created_at + limit
        listed = items[:6]
        more = len(items) > len(listed)
        out.append(Pending(
            key=f"inspection:{unit}:{items[0].id}",
            title=f"{unit}：{len(items)} 项现场核查逾期未反馈",
            body="；".join(f"核查任务 {i.id} {i.code}（时限 {to_local(i.created_at + limit):%m-%d %H:%M}）"
                          for i in listed) + ("等" if more else ""),
            roles=(f"liaison:{unit}", "duty_officer"), since=due, due=due, severity="warning",
            title_en=f"{unit}: {len(items)} inspection{'s' if len(items) > 1 else ''} overdue",
            body_en="; ".join(f"inspection {i.id} {i.code} (due {to_local(i.created_at + limit):%m-%d %H:%M})"
                              for i in listed) + (" and others" if more else "")))
    return out


def control_off(store: Store, now: datetime) -> list[Pending]:
    from console.reductions import auto_checks, checks, inspections

    latest: dict[tuple, checks.CheckRun] = {}
    for run in checks.runs(store):  # latest first: the latest automatic run of each span counts
        if auto_checks.is_automatic(run):
            latest.setdefault((run.start, run.level), run)
    if not latest:
        return []
    sent = inspections.all_inspections(store)
    names = _firm_names(store)
    out = []
    for (start, level), run in latest.items():
        for f in run.flags:
            if f["kind"] != "control_off" or any(i.code == f["code"] and i.created_at >= start for i in sent):
                continue
            code, name = f["code"], names.get(f["code"], f["code"])
            first = to_local(datetime.fromisoformat(f["detail"]["first"]))
            lv, lv_en = _LEVEL_ZH.get(level, level), _LEVEL_EN.get(level, level)
            out.append(Pending(
                key=f"control_off:{start.isoformat()}:{code}", title=f"治污设施停运：{name}（{code}）",
                body=f"{lv}预警期间电表自动核查发现生产时治污用电≈0，共 {f['score']:.0f} 小时（首次 {first:%m-%d %H:%M}）；"
                     "请在“减排核查”派发现场核查",
                roles=("duty_officer",), since=run.at, severity="critical",
                title_en=f"Pollution control off: {code}",
                body_en=f"The automatic meter check of the {lv_en} warning found the control equipment off while "
                        f"producing for {f['score']:.0f} h (first {first:%m-%d %H:%M}); send an inspection from "
                        "Reduction checks"))
    return out


def rectifications_overdue(store: Store, now: datetime) -> list[Pending]:
    from console.reductions import inspections

    per: dict[str, list] = {}
    for ins in inspections.all_inspections(store):
        if ins.rectification_overdue(now):
            per.setdefault(ins.assignee, []).append(ins)
    names = _firm_names(store) if per else {}
    out = []
    for unit, items in sorted(per.items()):
        items.sort(key=lambda i: (i.rectify_by, i.id))
        due = items[0].rectify_by
        listed = items[:6]
        more = len(items) > len(listed)
        out.append(Pending(
            key=f"rectification:{unit}:{items[0].id}",
            title=f"{unit}：{len(items)} 项违规整改逾期",
            body="；".join(f"核查任务 {i.id} {names.get(i.code, i.code)}（{i.code}）整改期限 "
                          f"{to_local(i.rectify_by):%m-%d %H:%M}" for i in listed) + ("等" if more else "")
                 + "；请在“减排核查—现场核查”记录整改情况",
            roles=(f"liaison:{unit}", "duty_officer"), since=due, due=due, severity="warning",
            title_en=f"{unit}: {len(items)} rectification{'s' if len(items) > 1 else ''} overdue",
            body_en="; ".join(f"inspection {i.id} {i.code} (rectify by {to_local(i.rectify_by):%m-%d %H:%M})"
                              for i in listed) + (" and others" if more else "")
                    + "; record the rectification under Reduction checks — Inspections"))
    return out


SOURCES = (daily_report, firm_receipts, control_off, inspections_overdue, rectifications_overdue)
