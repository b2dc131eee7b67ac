"""The consolidated after-episode summary (plan §6.2, issue 18.5): once an episode has ended, the units' summaries
recorded (who sent theirs, when, on time or not; console/episodes) and the response measures each unit did on
the board, together with the reduction figures of the episode — meter checks of spans within it and their flags,
inspections sent during it and their outcome so far, notices to firms and their receipts, daily reports sent.
Issuing freezes the figures (append-only, one transaction with one audit record, by an authorized actor);
XLSX here, the widget prints the same content to PDF. Labels are Chinese; `label(text, "en")` gives the English.

The rows are this console's layout; the city's template for the summary is not available here.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from console.admin import session
from console.common.clock import parse_local, to_iso, to_local
from console.common.errors import UserError
from console.plan import names
from console.reductions import checks, daily_report, field_checks, inspections, notices, report_tables
from console.reductions.baseline import FLAG_ORDER, FLAG_ZH
from console.reductions.meters import WRITE_ROLES
from console.store import reductions as repo
from console.store.db import Store

LEVEL_ZH = {"none": "无预警", "yellow": "黄色预警", "orange": "橙色预警", "red": "红色预警"}
EN = {
    "过程编号": "Episode", "开始时间": "Opened", "终止时间": "Ended", "持续时间（小时）": "Duration (h)",
    "最高预警级别": "Highest level", "参与单位（个）": "Participating units",
    "按时报送总结（个）": "Summaries on time", "逾期报送总结（个）": "Summaries late",
    "未报送总结（个）": "Summaries missing", "总结报送时限": "Summaries due by",
    "响应措施任务（项）": "Response measure tasks", "已完成响应措施任务（项）": "Response measure tasks done",
    "用电核查（次）": "Meter check runs", "用电核查企业（家）": "Firms checked by their meters",
    "用电核查发现问题企业（家）": "Firms flagged by the meter checks",
    "负荷未按承诺削减（条）": "Flags: load not cut as committed",
    "生产时治污设施停运（条）": "Flags: control equipment off while producing",
    "夜间生产远高于白天（条）": "Flags: night production far above day",
    "派发现场核查（次）": "Inspections sent", "完成现场核查（次）": "Inspections done",
    "现场核查确认违规（次）": "Violations confirmed by inspection", "现场核查已结案（次）": "Inspections closed",
    "撤销豁免（次）": "Exemptions revoked", "降低绩效等级（次）": "Grades lowered",
    "已通知企业（家）": "Firms notified", "按时确认收到通知（家）": "Firms that acknowledged on time",
    "按时报送执行情况（家）": "Firms that reported execution on time",
    "回执逾期或迟报（项）": "Receipts overdue or late", "报送减排日报（份）": "Daily reports sent",
    "单位": "Unit", "总结收到时间": "Summary received", "总结": "Summary", "响应措施（已完成/总数）": "Measures (done/all)",
    "按时": "on time", "逾期": "late", "未报送": "missing", "项目": "Item", "数值": "Value",
    "预警级别变化": "Level changes", "时间": "Time", "级别": "Level", "各单位总结与措施": "Units: summaries and measures",
    "应急总结汇总": "Summary", "各单位总结内容": "Units' summaries", "总结内容": "Summary text",
    "附件": "File", "整改逾期（项）": "Rectifications overdue",
    **{k: v for k, v in daily_report.EN.items() if k in {x for p in daily_report.FIELD_LABELS.values() for x in p}}, **{v: k.capitalize() + " warning" for k, v in LEVEL_ZH.items() if k != "none"},
    "无预警": "No warning",
}


def label(text, lang: str = "zh"):
    return EN.get(text, text) if lang == "en" and isinstance(text, str) else text


@dataclass(frozen=True)
class Summary:
    episode_id: int
    at: datetime
    figures: dict  # {"rows": [[label, value]], "levels": [[time, level word]], "units": [[unit, received, state, measures]]}

    @property
    def rows(self) -> list[list]:
        return self.figures["rows"]

    @property
    def levels(self) -> list[list]:
        return self.figures["levels"]

    @property
    def units(self) -> list[list]:
        return self.figures["units"]

    @property
    def texts(self) -> list[list]:
        """[unit, text, file name, SHA-256] (summaries issued before texts were kept have none)."""
        return self.figures.get("texts", [])


def _measures(store: Store, episode_id: int) -> dict[str, list[int]]:
    from console.measures.board import tasks

    per: dict[str, list[int]] = {}
    for t in tasks(store, str(episode_id)):
        if t["state"] in ("replaced", "withdrawn"):
            continue
        n = per.setdefault(t["unit"], [0, 0])
        n[1] += 1
        n[0] += t["state"] == "done"
    return per


def compose(store: Store, episode_id: int | None = None, at: datetime | None = None) -> Summary:
    """The summary of an ended episode (default: the latest ended one), with the records as of `at` (now)."""
    from console import episodes

    st = episodes.summaries_status(store, episode_id)
    if st is None:
        raise UserError("没有已终止的重污染过程，无法汇总 no ended episode to summarise" if episode_id is None
                        else f"过程 {episode_id} 尚未终止 episode not ended yet")
    at = to_local(at or store.clock.now())
    ep = episodes.get_episode(store, st.episode_id)
    start, end = ep.opened_at, ep.ended_at
    levels = [[f"{to_local(c.at):%Y-%m-%d %H:%M}", LEVEL_ZH.get(c.level, c.level)]
              for c in episodes.level_changes(store, st.episode_id)]
    measures = _measures(store, st.episode_id)
    units = []
    for u in st.units:
        rec = st.received.get(u)
        state = "未报送" if rec is None else ("按时" if rec.received_at <= st.due_at else "逾期")
        done, total = measures.get(u, [0, 0])
        units.append([u, f"{to_local(rec.received_at):%m-%d %H:%M}" if rec else "—", state, f"{done}/{total}"])
    for u in sorted(set(measures) - set(st.units)):  # a board unit not on the summary list still counts
        units.append([u, "—", "—", f"{measures[u][0]}/{measures[u][1]}"])
    runs = [r for r in checks.runs(store) if r.start < end and r.end > start]
    flags = [f for r in runs for f in r.flags]
    ins = [i for i in inspections.all_inspections(store) if start <= i.created_at <= end]
    rounds = [r for r in notices.rounds(store) if start <= parse_local(r["effective_at"]) <= end]
    recs = [x for r in rounds for x in notices.receipts(store, r["id"])]
    reports = [rep for _, rep, _ in daily_report.sent_reports(store) if start <= rep.at <= end]
    rows = [
        ["过程编号", st.episode_id],
        ["开始时间", f"{to_local(start):%Y-%m-%d %H:%M}"],
        ["终止时间", f"{to_local(end):%Y-%m-%d %H:%M}"],
        ["持续时间（小时）", round((end - start).total_seconds() / 3600, 1)],
        ["最高预警级别", LEVEL_ZH.get(ep.highest_level, ep.highest_level)],
        ["参与单位（个）", len(st.units)],
        ["按时报送总结（个）", sum(u[2] == "按时" for u in units)],
        ["逾期报送总结（个）", sum(u[2] == "逾期" for u in units)],
        ["未报送总结（个）", len(st.missing)],
        ["总结报送时限", f"{to_local(st.due_at):%Y-%m-%d %H:%M}"],
        ["响应措施任务（项）", sum(n for _, n in measures.values())],
        ["已完成响应措施任务（项）", sum(d for d, _ in measures.values())],
        ["用电核查（次）", len(runs)],
        ["用电核查企业（家）", len({f["code"] for r in runs for f in r.firms if f["achieved_pct"] is not None})],
        ["用电核查发现问题企业（家）", len({f["code"] for f in flags})],
        *[[f"{FLAG_ZH[k]}（条）", sum(f["kind"] == k for f in flags)] for k in FLAG_ORDER],
        ["派发现场核查（次）", len(ins)],
        ["完成现场核查（次）", sum(i.done("finding") for i in ins)],
        ["现场核查确认违规（次）", sum(i.violation for i in ins)],
        ["现场核查已结案（次）", sum(i.state == inspections.CLOSED for i in ins)],
        ["整改逾期（项）", sum(i.rectification_overdue(at) for i in ins)],
        ["撤销豁免（次）", sum(i.done("exemption_revoked") for i in ins)],
        ["降低绩效等级（次）", sum(i.done("grade_lowered") for i in ins)],
        ["已通知企业（家）", len({x.code for x in recs})],
        ["按时确认收到通知（家）", len({x.code for x in recs if x.status("ack", at) == "done"})],
        ["按时报送执行情况（家）", len({x.code for x in recs if x.status("report", at) == "done"})],
        ["回执逾期或迟报（项）", sum(x.status(k, at) in ("overdue", "late") for x in recs for k in ("ack", "report"))],
        ["报送减排日报（份）", len(reports)],
        *daily_report.field_rows(store, start, end),
    ]
    return Summary(st.episode_id, at, {"rows": rows, "levels": levels, "units": units,
                                       "texts": unit_texts(store, st.episode_id)})


def unit_texts(store: Store, episode_id: int) -> list[list]:
    """[unit, text, file name, SHA-256] of each unit's summary: the latest receipt that carried a text or file."""
    latest: dict[str, dict] = {}
    for d in repo.summary_documents(store, episode_id):
        latest[d["unit"]] = d
    return [[u, d["text"], d["file_name"] or "", d["sha256"] or ""] for u, d in sorted(latest.items())]


def issue(store: Store, actor, episode_id: int | None = None) -> int:
    """Freeze the summary as issued (one record, one audit record, one transaction); returns its id."""
    summary = compose(store, episode_id)
    with session.authorized(store, actor, *WRITE_ROLES):
        rid = repo.add_episode_report(store, summary.episode_id, to_iso(summary.at), actor.username,
                                      json.dumps(summary.figures, ensure_ascii=False))
        store.audit(actor.username, "reductions.episode_summary", "episode", summary.episode_id,
                    {"id": rid, "rows": summary.rows})
    return rid


def issued(store: Store) -> list[tuple[int, Summary, str]]:
    """(id, summary, by) of every summary issued, newest first."""
    return [(r["id"], Summary(r["episode_id"], parse_local(r["at"]), json.loads(r["figures"])), r["by"])
            for r in repo.episode_reports(store)]


def title(s: Summary, lang: str = "zh") -> str:
    if lang == "en":
        return f"Haimen District heavy-pollution episode {s.episode_id}: consolidated summary (as of {s.at:%Y-%m-%d %H:%M})"
    return f"海门区重污染天气应急过程 {s.episode_id} 总结汇总（截至 {s.at:%Y-%m-%d %H:%M}）"


def _tables(s: Summary, lang: str) -> list[report_tables.Table]:
    L = lambda w: label(w, lang)  # noqa: E731
    return [(L("应急总结汇总"), [L("项目"), L("数值")], [[L(a), L(b)] for a, b in s.rows]),
            (L("预警级别变化"), [L("时间"), L("级别")], [[t, L(v)] for t, v in s.levels]),
            (L("各单位总结与措施"), [L("单位"), L("总结收到时间"), L("总结"), L("响应措施（已完成/总数）")],
             [[names.unit_name(u, lang), r, L(st), m] for u, r, st, m in s.units]),
            (L("各单位总结内容"), [L("单位"), L("总结内容"), L("附件"), "SHA-256"],
             [[names.unit_name(u, lang), t, f, h] for u, t, f, h in s.texts])]


def write_xlsx(s: Summary, path: str | Path, lang: str = "zh") -> Path:
    return report_tables.write_xlsx(path, "总结汇总" if lang != "en" else "Summary", title(s, lang),
                                    _tables(s, lang), {"A": 36, "B": 20})


def to_html(s: Summary, lang: str = "zh") -> str:
    return report_tables.to_html(title(s, lang), _tables(s, lang))
