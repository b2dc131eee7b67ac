"""The daily report upward (issue 18.5, 报送): the figures of the last 24 hours filled in from the records — level
in force and the district's 24-hour AQI, firms on the list / with a sheet / to stop / to limit at the level,
firms checked and flagged by the meter checks, inspections sent, done and violations found, notices
acknowledged and overdue, and the response measures done per department or town — frozen when sent (kept,
audited) and exported to XLSX (the widget prints the same rows to PDF).

The rows are this console's own layout (项目 / 数值); the city's template is not available here, so aligning
the rows to it is left to whoever receives that template.

On time: while a level is in force a report is due every day by the configured time (setting
`daily_report_time`, e.g. 14:00); `due_status` tells whether today's is sent, late, waiting or overdue (the
reminder before it comes from console/alerts/reduction_due). The report covers the 24 hours up to the moment it
is composed (sent).

Labels: the figures carry the Chinese labels (what is sent upward); `label(text, "en")` gives the English of a
label for the English interface and exports (the figures themselves are the same).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path

from console.admin import session
from console.common.clock import parse_local, to_iso, to_local
from console.measures import ledger
from console.plan import names
from console.reductions import checks, field_checks, inspections, notices, report_tables, sheets
from console.reductions.meters import WRITE_ROLES
from console.store import reductions as repo
from console.store.db import Store

LEVEL_ZH = {"none": "无预警", "yellow": "黄色预警", "orange": "橙色预警", "red": "红色预警"}
STOP_WORDS, LIMIT_WORDS = ("停产", "停止"), ("限产", "限制")
# English of the labels and word values of the report (interface words; figures and names stay as they are)
EN = {
    "无预警": "No warning", "黄色预警": "Yellow warning", "橙色预警": "Orange warning", "红色预警": "Red warning",
    "无数据": "no data", "预警级别": "Warning level", "区域24小时AQI": "District 24-hour AQI",
    "应急减排清单企业（家）": "Firms on the emission-reduction list",
    "有一厂一策的企业（家）": "Firms with a plant sheet (一厂一策)",
    "按一厂一策应停产的企业（家）": "Firms to stop production (by their sheets)",
    "按一厂一策应限产的企业（家）": "Firms to limit production (by their sheets)",
    "用电核查企业（家）": "Firms checked by their meters", "用电核查发现问题企业（家）": "Firms flagged by the meter checks",
    "派发现场核查（次）": "Inspections sent", "完成现场核查（次）": "Inspections done",
    "现场核查确认违规（次）": "Violations confirmed by inspection", "已通知企业（家）": "Firms notified",
    "已确认收到通知（家）": "Firms that acknowledged the notice", "通知回执逾期（项）": "Notice receipts overdue",
    "检查工地（个次）": "Construction sites checked", "工地发现问题（个次）": "Sites with problems",
    "路检路查机动车（辆次）": "Vehicles checked on the road", "机动车发现问题（辆次）": "Vehicles with problems",
    "检查非道路移动机械（台次）": "Non-road machinery checked", "非道路移动机械发现问题（台次）": "Machinery with problems",
    "整改逾期（项）": "Rectifications overdue",
    "项目": "Item", "数值": "Value", "单位": "Unit", "已完成措施": "Measures done", "措施总数": "Measures in all",
    "已完成": "Done", "总数": "In all", "响应措施完成情况": "Response measures by unit", "日报": "Daily report",
}


def label(text, lang: str = "zh"):
    """A label or word value of the report in `lang` ('zh' or 'en'); anything else (a figure, a name) as it is."""
    return EN.get(text, text) if lang == "en" and isinstance(text, str) else text


@dataclass(frozen=True)
class Report:
    day: str
    at: datetime
    figures: dict  # {"rows": [[label, value], ...], "units": [[unit, done, total], ...]}

    @property
    def rows(self) -> list[list]:
        return self.figures["rows"]

    @property
    def units(self) -> list[list]:
        return self.figures["units"]


def _aqi(store: Store, at: datetime) -> float | None:
    from console.air import airdata

    end = int(at.timestamp())
    s = airdata.hourly(store, None, end - 3 * 86400, end)
    if not len(s):
        return None
    vals = [v for v in airdata.rolling_24h_aqi(s).tolist() if not math.isnan(v)]
    return round(vals[-1]) if vals else None


def _measures(store: Store) -> list[list]:
    from console.episodes import current_episode
    from console.measures.board import tasks

    ep = current_episode(store)
    if ep is None:
        return []
    per: dict[str, list[int]] = {}
    for t in tasks(store, ep.id):
        if t["state"] in ("replaced", "withdrawn"):
            continue
        n = per.setdefault(t["unit"], [0, 0])
        n[1] += 1
        n[0] += t["state"] == "done"
    return [[u, d, n] for u, (d, n) in sorted(per.items())]


FIELD_LABELS = {"site": ("检查工地（个次）", "工地发现问题（个次）"),
                "vehicle": ("路检路查机动车（辆次）", "机动车发现问题（辆次）"),
                "machinery": ("检查非道路移动机械（台次）", "非道路移动机械发现问题（台次）")}


def field_rows(store: Store, since: datetime, until: datetime) -> list[list]:
    """The sites, vehicles and machinery checked in [since, until] and how many had problems (console/reductions/
    field_checks)."""
    tot = field_checks.totals(store, since, until)
    return [row for k in field_checks.KINDS for row in ([FIELD_LABELS[k][0], tot[k][0]],
                                                         [FIELD_LABELS[k][1], tot[k][1]])]


def compose(store: Store, at: datetime | None = None) -> Report:
    """The figures of the 24 hours up to `at` (default now)."""
    from console.episodes import level_in_force

    at = to_local(at or store.clock.now())
    since = at - timedelta(hours=24)
    level, _ = level_in_force(store, at)
    listed = ledger.entries(store)
    sheet = sheets.current(store)
    stop = limit = 0
    if level in sheets.LEVELS:
        for items in sheet.values():  # by the firm's non-exempt production lines: all stopped, or some cut
            acts = [i.action(level) for i in items if i.category == "生产线" and not i.exempt]
            stopped = [any(w in a for w in STOP_WORDS) for a in acts]
            if acts and all(stopped):
                stop += 1
            elif any(stopped) or any(any(w in a for w in LIMIT_WORDS) for a in acts):
                limit += 1
    runs = [r for r in checks.runs(store) if since <= r.at <= at]
    checked = {f["code"] for r in runs for f in r.firms if f["achieved_pct"] is not None}
    flagged = {f["code"] for r in runs for f in r.flags}
    ins = inspections.all_inspections(store)
    sent = [i for i in ins if since <= i.created_at <= at]
    findings = [e for i in ins for e in i.events if e.kind == "finding" and since <= e.at <= at]
    rounds = notices.rounds(store)
    notified = acked = overdue = 0
    if rounds:
        rec = notices.receipts(store, rounds[0]["id"])
        notified = len(rec)
        acked = sum(r.ack_at is not None for r in rec)
        overdue = sum(r.status(k, at) == "overdue" for r in rec for k in ("ack", "report"))
    aqi = _aqi(store, at)
    rows = [
        ["预警级别", LEVEL_ZH.get(level, level)],
        ["区域24小时AQI", "无数据" if aqi is None else aqi],
        ["应急减排清单企业（家）", len(listed)],
        ["有一厂一策的企业（家）", len(sheet)],
        ["按一厂一策应停产的企业（家）", stop],
        ["按一厂一策应限产的企业（家）", limit],
        ["用电核查企业（家）", len(checked)],
        ["用电核查发现问题企业（家）", len(flagged)],
        ["派发现场核查（次）", len(sent)],
        ["完成现场核查（次）", len(findings)],
        ["现场核查确认违规（次）", sum(not e.detail["compliant"] for e in findings)],
        ["整改逾期（项）", sum(i.rectification_overdue(at) for i in ins)],
        *field_rows(store, since, at),
        ["已通知企业（家）", notified],
        ["已确认收到通知（家）", acked],
        ["通知回执逾期（项）", overdue],
    ]
    return Report(at.date().isoformat(), at, {"rows": rows, "units": _measures(store),
                                              "since": to_iso(since)})


def send(store: Store, actor, at: datetime | None = None) -> int:
    """Freeze today's figures as sent (one audited record); returns its id."""
    report = compose(store, at)
    with session.authorized(store, actor, *WRITE_ROLES):
        rid = repo.add_daily_report(store, report.day, to_iso(report.at), actor.username,
                                    json.dumps(report.figures, ensure_ascii=False))
        store.audit(actor.username, "reductions.daily_report", "daily_report", rid, {"day": report.day,
                                                                                    "rows": report.rows})
    return rid


def sent_reports(store: Store) -> list[tuple[int, Report, str]]:
    return [(r["id"], Report(r["day"], parse_local(r["at"]), json.loads(r["figures"])), r["by"])
            for r in repo.daily_reports(store)]


def title(report: Report, lang: str = "zh") -> str:
    if lang == "en":
        return f"Haimen District heavy-pollution emission-reduction daily report ({report.day}, to {report.at:%H:%M})"
    return f"海门区重污染天气应急减排日报（{report.day}，截至 {report.at:%H:%M}）"


# ---- on time (issue 18.5) ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class DueStatus:
    day: str
    due_at: datetime
    level: str             # the level in force now ("none": no report is due today)
    sent_at: datetime | None
    state: str             # 'not_due' | 'pending' | 'overdue' | 'sent' | 'late'

    @property
    def overdue(self) -> bool:
        return self.state == "overdue"


def due_time(store: Store) -> time:
    from console.admin.settings import Settings

    hh, mm = str(Settings(store).get("daily_report_time")).split(":")
    return time(int(hh), int(mm))


def due_status(store: Store, now: datetime | None = None) -> DueStatus:
    """Today's report against the configured time: due when a level is in force at that time (before it: now);
    'sent' by the time, 'late' after it, 'pending' before it, 'overdue' past it and not sent, 'not_due'."""
    from console.episodes import level_in_force

    now = to_local(now or store.clock.now())
    due = now.replace(hour=due_time(store).hour, minute=due_time(store).minute, second=0, microsecond=0)
    day = now.date().isoformat()
    sent = sorted(rep.at for _, rep, _ in sent_reports(store) if rep.day == day)
    level, _ = level_in_force(store, min(now, due))  # after the time: was a level in force at it?
    if sent:
        state = "sent" if sent[0] <= due else "late"
    elif level in ("none", None):
        state = "not_due"
    else:
        state = "overdue" if now > due else "pending"
    return DueStatus(day, due, level or "none", sent[0] if sent else None, state)


def _tables(report: Report, lang: str, for_print: bool = False) -> list[report_tables.Table]:
    """The figures, then the measures per unit (headed, with shorter column names, in the printed page)."""
    L = lambda w: label(w, lang)
    units = [[names.unit_name(u, lang), d, n] for u, d, n in report.units]
    return [(None, [L("项目"), L("数值")], [[L(a), L(b)] for a, b in report.rows]),
            (L("响应措施完成情况"), [L("单位"), L("已完成"), L("总数")], units) if for_print
            else (None, [L(w) for w in ("单位", "已完成措施", "措施总数")], units)]


def write_xlsx(report: Report, path: str | Path, lang: str = "zh") -> Path:
    return report_tables.write_xlsx(path, label("日报", lang), title(report, lang), _tables(report, lang),
                                    {"A": 36})


def to_html(report: Report, lang: str = "zh") -> str:
    return report_tables.to_html(title(report, lang), _tables(report, lang, for_print=True))
