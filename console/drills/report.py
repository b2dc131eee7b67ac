"""The after-action report of a drill, as HTML (Qt-free). The CLI writes it as a file; the GUI renders the
same HTML to PDF (widgets.drill_report_pdf) with the "演练 DRILL" watermark on every page."""
from __future__ import annotations

from html import escape
from pathlib import Path

from console import episodes as E
from console.common import atomic
from console.drills.score import NAMES, POINTS, Score
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


def _dur(a, b) -> str:
    if a is None or b is None:
        return ""
    h = (b - a).total_seconds() / 3600
    return f"（+{h:.1f}h）"


def report_html(store, scenario, sc: Score, log=()) -> str:
    out = [f"<html><head><meta charset='utf-8'><style>{_STYLE}</style></head><body>",
           "<table width='100%' cellpadding='6'><tr><td class='drill' align='center'>演练 DRILL — "
           "本报告为演练评估，不是真实预警 EXERCISE ONLY</td></tr></table>",
           "<h1>重污染天气应急演练 事后评估报告</h1>",
           f"<p><b>场景：</b>{escape(scenario.title)}（{escape(scenario.name)}）<br>"
           f"<b>说明：</b>{escape(scenario.description)}<br>"
           f"<b>模拟时段：</b>{scenario.start:%Y-%m-%d %H:%M} 至 {scenario.end:%Y-%m-%d %H:%M}<br>"
           f"<b>演练数据库：</b>{escape(store.path.name)}（独立于正式数据库）</p>",
           f"<p class='total'>总分 {sc.total:g} / 100</p>",
           "<table><tr><th>评分项</th><th>得分</th><th>满分</th><th>说明</th></tr>"]
    for c in sc.criteria:
        out.append(f"<tr><td>{escape(c.name)}</td><td align='right'><b>{c.points:g}</b></td>"
                   f"<td align='right'>{c.max_points:g}</td><td>{escape('；'.join(c.notes))}</td></tr>")
    out.append("</table><h2>扣分明细</h2>")
    deds = [d for c in sc.criteria for d in c.deductions]
    if deds:
        out.append("<table><tr><th>评分项</th><th>扣分</th><th>原因</th></tr>")
        for d in deds:
            out.append(f"<tr><td>{NAMES[d.criterion]}</td><td class='bad' align='right'>−{d.points:g}</td>"
                       f"<td>{escape(d.reason)}</td></tr>")
        out.append("</table>")
    else:
        out.append("<p>无扣分。</p>")
    out.append("<h2>响应时效（触发 → 提议 → 审签 → 生效 → 发布，时限 3 小时）</h2>")
    if sc.stages:
        out.append("<table><tr><th>级别</th><th>触发</th><th>时限</th><th>提议</th><th>审签</th><th>生效</th>"
                   "<th>发布</th><th>结果</th></tr>")
        for s in sc.stages:
            sigs = "<br>".join(f"{escape(r)} {_t(t)}{_dur(s.trigger_at, t)}" for r, t in s.signatures) or "—"
            ok = {"met": "按时", "missed": "超时", "overdue": "超时", "pending": "未完成"}.get(s.status, s.status)
            cls = "" if s.status == "met" else " class='bad'"
            out.append(f"<tr><td>{level_cn(s.level)}</td><td>{_t(s.trigger_at)}</td><td>{_t(s.due_at)}</td>"
                       f"<td>{_t(s.proposal_at)}{_dur(s.trigger_at, s.proposal_at)}</td><td>{sigs}</td>"
                       f"<td>{_t(s.in_force_at)}{_dur(s.trigger_at, s.in_force_at)}</td>"
                       f"<td>{_t(s.published_at)}</td><td{cls}>{ok}</td></tr>")
        out.append("</table>")
    else:
        out.append("<p class='muted'>无需要启动响应的触发。</p>")
    if sc.units:
        out.append("<h2>措施落实（按单位）</h2><table><tr><th>单位</th><th>完成</th><th>完成率</th><th>未落实</th></tr>")
        for u in sc.units:
            cls = "" if u["done"] == u["total"] else " class='bad'"
            out.append(f"<tr><td>{escape(u['unit'])}</td><td align='right'>{u['done']}/{u['total']}</td>"
                       f"<td align='right'{cls}>{u['percent']}%</td><td>{escape('；'.join(u['missing'][:3]))}</td></tr>")
        out.append("</table>")
    out.append("<h2>过程时间线</h2><table><tr><th>时间</th><th>事件</th><th>操作人</th></tr>")
    for ep in E.episodes(store):
        for ev in E.timeline(store, ep.id):
            out.append(f"<tr><td>{ev.at:%m-%d %H:%M}</td><td>{escape(ev.text)}</td><td>{escape(ev.actor)}</td></tr>")
    out.append("</table>")
    entries = [e for e in log if e.kind != "notify"]
    if entries:
        n_notify = sum(1 for e in log if e.kind == "notify")
        out.append(f"<h2>演练事件记录</h2><p class='muted'>另有演练提醒/升级通知 {n_notify} 条（均带【演练】前缀）。</p>"
                   "<table><tr><th>时间</th><th>记录</th></tr>")
        for e in entries:
            cls = "" if e.ok else " class='bad'"
            out.append(f"<tr><td>{e.at:%m-%d %H:%M}</td><td{cls}>{escape(e.text)}</td></tr>")
        out.append("</table>")
    out.append("<h2>评分办法</h2><p>" + "、".join(f"{NAMES[k]} {v} 分" for k, v in POINTS.items()) +
               "，共 100 分。时效：每个触发须在 3 小时内有相应级别生效（迟到扣该项一半，并按迟到时长递增，迟到 3 小时"
               "及以上扣满；未启动扣满），每次生效与解除须在 1 小时内发布。准确：提议级别与提议时的研判级别比较（偏低扣满，"
               "偏高扣一半）；每次被拒的发布（必填项为空等）扣相应份额。措施落实：按单位计算已完成的一次性措施和无缺漏时段的"
               "计次任务所占比例。总结：各参与单位须在结束后 24 小时内报送。</p>")
    if scenario.credit:
        out.append(f"<p class='muted'>{escape(scenario.credit)}</p>")
    out.append("<table width='100%' cellpadding='6'><tr><td class='drill' align='center'>演练 DRILL</td></tr></table>")
    out.append("</body></html>")
    return "\n".join(out)


def write_report(store, scenario, sc: Score, log, path: str | Path) -> Path:
    p = Path(path)
    atomic.write_text(p, report_html(store, scenario, sc, log))
    return p
