"""The after-action report of a drill, as HTML (Qt-free). The CLI writes it as a file; the GUI renders the
same HTML to PDF (widgets.drill_report_pdf) with the "演练 DRILL" watermark on every page."""
from __future__ import annotations

from html import escape
from pathlib import Path

from console import episodes as E
from console.common import atomic
from console.drills import words_en
from console.drills.score_model import NAMES, NAMES_EN, POINTS, Score
from console.plan.levels import level_cn

DRILL_HEX = "#546e7a"  # widgets.style.DRILL_RGB (84, 110, 122), repeated here: console/ has no Qt
_STYLE = f"""
body {{ font-family: 'Microsoft YaHei','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif; font-size: 10pt; }}
.drill {{ background: {DRILL_HEX}; color: white; font-size: 16pt; font-weight: bold; padding: 6px; }}
h1 {{ font-size: 17pt; }} h2 {{ font-size: 13pt; color: {DRILL_HEX}; margin-top: 14px; }}
table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #b0bec5; padding: 3px 6px; }}
th {{ background: #eceff1; }} .bad {{ color: #b71c1c; }} .muted {{ color: #607d8b; }}
.total {{ font-size: 22pt; font-weight: bold; color: {DRILL_HEX}; }}
"""


def _t(dt) -> str:
    return "—" if dt is None else f"{dt:%m-%d %H:%M}"


def _dur(a, b, en: bool = False) -> str:
    if a is None or b is None:
        return ""
    h = (b - a).total_seconds() / 3600
    return f" (+{h:.1f}h)" if en else f"（+{h:.1f}h）"


_ZH = {
    "banner": "演练 DRILL — 本报告为演练评估，不是真实预警 EXERCISE ONLY", "title": "重污染天气应急演练 事后评估报告",
    "scenario": "场景：", "description": "说明：", "period": "模拟时段：", "to": "至", "db": "演练数据库：",
    "db_note": "（独立于正式数据库）", "total": "总分", "criterion": "评分项", "points": "得分", "max": "满分",
    "notes": "说明", "deductions": "扣分明细", "deducted": "扣分", "reason": "原因", "none_deducted": "无扣分。",
    "timing": "响应时效（触发 → 提议 → 审签 → 生效 → 发布，时限 3 小时）", "level": "级别", "trigger": "触发",
    "due": "时限", "proposal": "提议", "signoff": "审签", "in_force": "生效", "published": "发布", "result": "结果",
    "no_trigger": "无需要启动响应的触发。", "units": "措施落实（按单位）", "unit": "单位", "done": "完成",
    "rate": "完成率", "missing": "未落实", "timeline": "过程时间线", "time": "时间", "event": "事件",
    "actor": "操作人", "log": "演练事件记录", "log_note": "另有演练提醒/升级通知 {0} 条（均带【演练】前缀）。",
    "entry": "记录", "method": "评分办法", "sep": "；",
    "status": {"met": "按时", "missed": "超时", "overdue": "超时", "pending": "未完成"},
    "method_text": "{0}，共 100 分。时效：每个触发须在 3 小时内有相应级别生效（迟到扣该项一半，并按迟到时长递增，迟到 3 "
                   "小时及以上扣满；未启动扣满），每次生效与解除须在 1 小时内发布，上级通知须在 1 小时内确认。准确：提议级别与"
                   "提议时的研判级别比较（偏低扣满，偏高扣一半）；每次被拒的发布（必填项为空等）扣相应份额。措施落实：每项未完成"
                   "的一次性措施扣 1 分，计次任务每缺漏一天扣 2 分（半天减半，按缺少比例）。总结：各参与单位须在结束后 24 小时内"
                   "报送。应启动而未启动的响应，其后各项均不得分。",
}
_EN = {
    "banner": "DRILL — this report scores an exercise, it is not a real warning — EXERCISE ONLY",
    "title": "Heavy-pollution emergency drill: after-action report", "scenario": "Scenario: ",
    "description": "Description: ", "period": "Simulated period: ", "to": "to", "db": "Drill database: ",
    "db_note": " (separate from the live database)", "total": "Total", "criterion": "Criterion", "points": "Points",
    "max": "Out of", "notes": "Notes", "deductions": "Deductions", "deducted": "Deducted", "reason": "Reason",
    "none_deducted": "No deductions.",
    "timing": "Response timing (trigger → proposal → sign-off → in force → published; limit 3 hours)",
    "level": "Level", "trigger": "Trigger", "due": "Due", "proposal": "Proposal", "signoff": "Sign-off",
    "in_force": "In force", "published": "Published", "result": "Result",
    "no_trigger": "No trigger called for a response.", "units": "Measures carried out, by unit", "unit": "Unit",
    "done": "Done", "rate": "Rate", "missing": "Not carried out", "timeline": "Episode timeline", "time": "Time",
    "event": "Event", "actor": "By", "log": "Drill event log",
    "log_note": "Besides these, {0} drill reminders/escalations (each marked [DRILL]).", "entry": "Entry",
    "method": "How the drill is scored", "sep": "; ",
    "status": {"met": "on time", "missed": "late", "overdue": "late", "pending": "not finished"},
    "method_text": "{0}: 100 points in all. Timeliness: every trigger needs the matching level in force within 3 "
                   "hours (late: half the item, rising with the delay to all of it at 3 hours or more; never "
                   "started: all of it); every level taking effect and every lift must be published within 1 hour, "
                   "every upper-level notice acknowledged within 1 hour. Accuracy: the level proposed is compared "
                   "with the assessment at the time (lower: the whole share, higher: half); every refused "
                   "publication (an empty required field etc.) loses its share. Measures: each one-off measure not "
                   "done costs 1 point, each day of a recurring duty short 2 points (a half-day half, by the share "
                   "missing). Summaries: every participating unit within 24 hours of the end. A response that should "
                   "have started and did not earns nothing for what follows from it.",
}


def report_html(store, scenario, sc: Score, log=(), lang: str = "zh", event_text=None) -> str:
    """The report in `lang` ("zh" or "en"). `event_text(TimelineEvent) -> str` says a timeline line in that
    language (the interface passes its own; without it the core's Chinese line is shown)."""
    en = lang == "en"
    w = _EN if en else _ZH
    level = words_en.level if en else level_cn
    say = event_text or (lambda ev: ev.text)
    title = (scenario.title_en or scenario.title) if en else scenario.title
    description = (scenario.description_en or scenario.description) if en else scenario.description
    out = [f"<html><head><meta charset='utf-8'><style>{_STYLE}</style></head><body>",
           f"<table width='100%' cellpadding='6'><tr><td class='drill' align='center'>{w['banner']}</td></tr></table>",
           f"<h1>{w['title']}</h1>",
           f"<p><b>{w['scenario']}</b>{escape(title)} ({escape(scenario.name)})<br>"
           f"<b>{w['description']}</b>{escape(description)}<br>"
           f"<b>{w['period']}</b>{scenario.start:%Y-%m-%d %H:%M} {w['to']} {scenario.end:%Y-%m-%d %H:%M}<br>"
           f"<b>{w['db']}</b>{escape(store.path.name)}{w['db_note']}</p>",
           f"<p class='total'>{w['total']} {sc.total:g} / 100</p>",
           f"<table><tr><th>{w['criterion']}</th><th>{w['points']}</th><th>{w['max']}</th><th>{w['notes']}</th></tr>"]
    for c in sc.criteria:
        out.append(f"<tr><td>{escape(c.label(lang))}</td><td align='right'><b>{c.points:g}</b></td>"
                   f"<td align='right'>{c.max_points:g}</td><td>{escape(w['sep'].join(c.note_texts(lang)))}</td></tr>")
    out.append(f"</table><h2>{w['deductions']}</h2>")
    deds = [(c, d) for c in sc.criteria for d in c.deductions]
    if deds:
        out.append(f"<table><tr><th>{w['criterion']}</th><th>{w['deducted']}</th><th>{w['reason']}</th></tr>")
        for c, d in deds:
            out.append(f"<tr><td>{escape(c.label(lang))}</td><td class='bad' align='right'>−{d.points:g}</td>"
                       f"<td>{escape(d.text(lang))}</td></tr>")
        out.append("</table>")
    else:
        out.append(f"<p>{w['none_deducted']}</p>")
    out.append(f"<h2>{w['timing']}</h2>")
    if sc.stages:
        out.append("<table><tr>" + "".join(f"<th>{w[k]}</th>" for k in ("level", "trigger", "due", "proposal",
                                                                         "signoff", "in_force", "published",
                                                                         "result")) + "</tr>")
        for s in sc.stages:
            who = [words_en.role(r) for r in s.signer_roles] if en and s.signer_roles else [r for r, _ in s.signatures]
            sigs = "<br>".join(f"{escape(r)} {_t(t)}{_dur(s.trigger_at, t, en)}"
                               for r, (_, t) in zip(who, s.signatures)) or "—"
            ok = w["status"].get(s.status, s.status)
            cls = "" if s.status == "met" else " class='bad'"
            out.append(f"<tr><td>{escape(level(s.level))}</td><td>{_t(s.trigger_at)}</td><td>{_t(s.due_at)}</td>"
                       f"<td>{_t(s.proposal_at)}{_dur(s.trigger_at, s.proposal_at, en)}</td><td>{sigs}</td>"
                       f"<td>{_t(s.in_force_at)}{_dur(s.trigger_at, s.in_force_at, en)}</td>"
                       f"<td>{_t(s.published_at)}</td><td{cls}>{ok}</td></tr>")
        out.append("</table>")
    else:
        out.append(f"<p class='muted'>{w['no_trigger']}</p>")
    if sc.units:
        out.append(f"<h2>{w['units']}</h2><table><tr><th>{w['unit']}</th><th>{w['done']}</th><th>{w['rate']}</th>"
                   f"<th>{w['missing']}</th></tr>")
        for u in sc.units:
            cls = "" if u["done"] == u["total"] else " class='bad'"
            name = words_en.unit(u["unit"]) if en else u["unit"]
            missing = u.get("missing_en", u["missing"]) if en else u["missing"]
            out.append(f"<tr><td>{escape(name)}</td><td align='right'>{u['done']}/{u['total']}</td>"
                       f"<td align='right'{cls}>{u['percent']}%</td><td>{escape(w['sep'].join(missing[:3]))}</td></tr>")
        out.append("</table>")
    out.append(f"<h2>{w['timeline']}</h2><table><tr><th>{w['time']}</th><th>{w['event']}</th><th>{w['actor']}</th></tr>")
    for ep in E.episodes(store):
        for ev in E.timeline(store, ep.id):
            out.append(f"<tr><td>{ev.at:%m-%d %H:%M}</td><td>{escape(say(ev))}</td><td>{escape(ev.actor)}</td></tr>")
    out.append("</table>")
    entries = [e for e in log if e.kind != "notify"]
    if entries:
        n_notify = sum(1 for e in log if e.kind == "notify")
        out.append(f"<h2>{w['log']}</h2><p class='muted'>{w['log_note'].format(n_notify)}</p>"
                   f"<table><tr><th>{w['time']}</th><th>{w['entry']}</th></tr>")
        for e in entries:
            cls = "" if e.ok else " class='bad'"
            text = (e.text_en or e.text) if en else e.text
            out.append(f"<tr><td>{e.at:%m-%d %H:%M}</td><td{cls}>{escape(text)}</td></tr>")
        out.append("</table>")
    parts = (", " if en else "、").join(f"{(NAMES_EN if en else NAMES)[k]} {v}" + ("" if en else " 分")
                                       for k, v in POINTS.items())
    out.append(f"<h2>{w['method']}</h2><p>{w['method_text'].format(parts)}</p>")
    if scenario.credit:
        out.append(f"<p class='muted'>{escape(scenario.credit)}</p>")
    out.append("<table width='100%' cellpadding='6'><tr><td class='drill' align='center'>演练 DRILL</td></tr></table>")
    out.append("</body></html>")
    return "\n".join(out)


def write_report(store, scenario, sc: Score, log, path: str | Path, lang: str = "zh") -> Path:
    p = Path(path)
    atomic.write_text(p, report_html(store, scenario, sc, log, lang))
    return p
