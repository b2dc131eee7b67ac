"""What the 演练 page shows, built from the drill's state: the event-log lines, the state box and the score. Reads
go through the GUI's own connection to the drill database (never the runner's, which its worker thread uses)."""
from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidgetItem

from console import drills
from console import episodes as E
from console.episodes import bulletin
from widgets.common import style
from widgets.common.i18n import english, lang, level_badge, role_name, scenario_title, unit_name

translate = QCoreApplication.translate


def log_item(e) -> QListWidgetItem:
    """One line of the drill's event log (drills.LogEntry) in the interface language: the core writes each line
    in Chinese and in English (text / text_en)."""
    said = e.text_en if english() and getattr(e, "text_en", "") else e.text
    if e.kind == "notify":
        text = f"{e.at:%m-%d %H:%M}  ▸ {said}"
    elif e.kind == "trainee":
        text = f"{e.at:%m-%d %H:%M}  " + translate("DrillsPage", "【学员】") + said
    else:
        text = f"{e.at:%m-%d %H:%M}  {said}"
    item = QListWidgetItem(text)
    if not e.ok:
        item.setForeground(QColor(style.D.alarm))
    elif e.kind == "notify":
        item.setForeground(QColor(style.D.notify))
    elif e.kind == "trainee":
        item.setForeground(QColor(style.D.trainee))
    return item


def state_html(runner: "drills.DrillRunner", store, now: datetime, *, state: str, finished: bool,
               next_event: datetime | None, next_step: str | None) -> str:
    """The state box: scenario, mode, episode and its clocks, pending signatures, faults, what comes next."""
    mode = translate("DrillsPage", "学员自行处置") if runner.trainees else (
        translate("DrillsPage", "自动应对") if runner.auto else translate("DrillsPage", "按场景脚本应对（观摩）"))
    lines = [f"<b>{escape(scenario_title(runner.scenario))}</b>",
             translate("DrillsPage", "模式：{0}").format(mode),
             translate("DrillsPage", "演练数据库：{0}").format(escape(runner.path.name))]
    ep = E.current_episode(store) or E.latest_episode(store)
    if ep is None:
        lines.append(translate("DrillsPage", "尚无重污染过程。"))
    else:
        status = {"open": translate("DrillsPage", "待启动"), "in_force": translate("DrillsPage", "响应中"),
                  "ended": translate("DrillsPage", "已结束")}[ep.status]
        lines.append(translate("DrillsPage", "过程 #{0}：{1}，当前 {2}，最高 {3}").format(
            ep.id, status, level_badge(ep.level), level_badge(ep.highest_level)))
        for d in E.response_deadlines(store, ep.id):
            word = {"pending": translate("DrillsPage", "进行中"), "overdue": translate("DrillsPage", "已超时"),
                    "met": translate("DrillsPage", "按时"), "missed": translate("DrillsPage", "超时"),
                    "closed": translate("DrillsPage", "无需")}[d.status]
            colour = style.D.alarm if d.status in ("overdue", "missed") else style.D.ink
            lines.append(f"<span style='color:{colour}'>" + translate("DrillsPage", "启动时限（{0}）：截止 {1}，{2}").format(
                level_badge(d.trigger.level), f"{d.due_at:%m-%d %H:%M}", word) + "</span>")
        for ps in E.pending_signatures(store):
            lines.append(translate("DrillsPage", "待审签：提议 #{0} 等待 {1}（自 {2}）").format(
                ps.proposal.id, role_name(ps.role), f"{ps.since:%m-%d %H:%M}"))
        pubs = bulletin.publications(store, ep.id)
        if pubs:
            lines.append(translate("DrillsPage", "已发布：{0}").format(escape(pubs[-1].identifier)))
    faults = [translate("DrillsPage", "{0}未应答（至 {1}）").format(role_name(r), f"{b:%m-%d %H:%M}")
              for r, a, b in runner._silent if a <= now < b]
    faults += [translate("DrillsPage", "{0}不落实措施、不报总结（至 {1}）").format(unit_name(u), f"{b:%m-%d %H:%M}")
               for u, a, b in runner._missing if a <= now < b]
    if faults and not finished:
        lines.append(f"<span style='color:{style.D.alarm}'>" + translate("DrillsPage", "注入故障：{0}").format(
            escape("；".join(faults))) + "</span>")
    if next_event and not finished:
        lines.append(translate("DrillsPage", "下一个场景事件：{0}").format(f"{next_event:%m-%d %H:%M}"))
    if next_step is not None and not finished:
        lines.append(f"<span style='color:{style.D.trainee}; font-weight:bold'>"
                     + translate("DrillsPage", "学员下一步：{0}").format(escape(next_step)) + "</span>"
                     + translate("DrillsPage", "（在“预警与审签（演练）”页办理）"))
    return "<br>".join(lines)


def score_html(s) -> tuple[str, str]:
    """(the total and the criteria two to a row — compact, so that every row stays in view at 1366×768, the
    deductions list)."""
    half = (len(s.criteria) + 1) // 2
    total = (f"<td rowspan='{half}' valign='middle' style='padding-right:18px'>"
             f"<span style='font-size:22pt; font-weight:bold; color:{style.drill_css()}'>{s.total:g} / 100</span></td>")
    cell = lambda c: (f"<td style='padding-left:14px'>{escape(c.label(lang()))}</td>"  # noqa: E731
                      f"<td align='right'><b>{c.points:g}</b> / {c.max_points:g}</td>")
    rows = "".join(f"<tr>{total if i == 0 else ''}{cell(s.criteria[i])}"
                   f"{cell(s.criteria[i + half]) if i + half < len(s.criteria) else ''}</tr>"
                   for i in range(half))
    deds = "".join(f"<li>−{d.points:g} {escape(d.text(lang()))}</li>" for c in s.criteria for d in c.deductions)
    return (f"<table cellpadding='2'>{rows}</table>",
            f"<ul style='margin-left:-20px'>{deds}</ul>" if deds else translate("DrillsPage", "<p>无扣分。</p>"))
