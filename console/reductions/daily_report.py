"""The daily report upward (issue 18.5, 报送): the figures of the last 24 hours filled in from the records — level
in force and the district's 24-hour AQI, firms on the list / with a sheet / to stop / to limit at the level,
firms checked and flagged by the meter checks, inspections sent, done and violations found, notices
acknowledged and overdue, and the response measures done per department or town — frozen when sent (kept,
audited) and exported to XLSX (the widget prints the same rows to PDF).

The rows are this console's own layout (项目 / 数值); the city's template is not available here, so aligning
the rows to it is left to whoever receives that template.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from console.admin import session
from console.common import atomic
from console.common.clock import parse_local, to_iso, to_local
from console.common.errors import DataError
from console.measures import ledger
from console.reductions import checks, inspections, notices, sheets
from console.reductions.meters import WRITE_ROLES
from console.store import reductions as repo
from console.store.db import Store

LEVEL_ZH = {"none": "无预警", "yellow": "黄色预警", "orange": "橙色预警", "red": "红色预警"}
STOP_WORDS, LIMIT_WORDS = ("停产", "停止"), ("限产", "限制")


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


def title(report: Report) -> str:
    return f"海门区重污染天气应急减排日报（{report.day}，截至 {report.at:%H:%M}）"


def write_xlsx(report: Report, path: str | Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "日报"
    ws.append([title(report)])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["项目", "数值"])
    for r in report.rows:
        ws.append(r)
    ws.append([])
    ws.append(["单位", "已完成措施", "措施总数"])
    for u in report.units:
        ws.append(u)
    ws.column_dimensions["A"].width = 36
    try:
        with atomic.replacing(path) as tmp:
            wb.save(tmp)
    except OSError as exc:
        raise DataError(path, f"无法写入 cannot write: {exc.strerror or exc}") from None
    return path


def to_html(report: Report) -> str:
    import html

    rows = "".join(f"<tr><td>{html.escape(str(a))}</td><td>{html.escape(str(b))}</td></tr>" for a, b in report.rows)
    units = "".join(f"<tr><td>{html.escape(u)}</td><td>{d}</td><td>{n}</td></tr>" for u, d, n in report.units)
    return (f"<h2>{html.escape(title(report))}</h2><table border='1' cellspacing='0' cellpadding='4'>"
            f"<tr><th>项目</th><th>数值</th></tr>{rows}</table>"
            + (f"<h3>响应措施完成情况</h3><table border='1' cellspacing='0' cellpadding='4'><tr><th>单位</th>"
               f"<th>已完成</th><th>总数</th></tr>{units}</table>" if units else ""))
