"""Board exports: XLSX (openpyxl) and the HTML the GUI prints to PDF (one unit's view for its liaison, or the
whole board). Exports respect the filters on screen: pass the task ids shown."""
from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from console.common import atomic
from console.common.clock import to_local
from console.common.errors import UserError
from console.measures.board import default_catalog, get_board
from console.measures.status import TaskStatus, status, unit_summaries
from console.plan.catalog import Catalog
from console.plan.levels import level_cn
from console.store.audit import anchor_text
from console.store.db import Store
from console.store.measures import meta

COLUMNS = ("序号", "编号", "单位", "级别", "类别", "措施内容", "状态", "本时段完成/要求", "缺漏时段", "最近记录")
LEVEL_SHORT_ROMAN = {"yellow": "Ⅲ级", "orange": "Ⅱ级", "red": "Ⅰ级"}
RED, GREEN, GREY = "C62828", "2E7D32", "808080"


def is_drill(store: Store) -> bool:
    value = meta(store, "drill")
    return bool(value and value not in ("", "0", "false"))


def last_text(st: TaskStatus) -> str:
    e = st.last
    if not e:
        return ""
    who = e["by"] + (f"（代{e['on_behalf_of']}）" if e.get("on_behalf_of") else "")
    what = "确认" if e["kind"] == "check" else f"记录×{e['n']}"
    note = f"：{e['note']}" if e.get("note") else ""
    return f"{e['at'][5:16].replace('T', ' ')} {who} {what}{note}"


def row_values(i: int, st: TaskStatus) -> tuple:
    text = st.text + (f"〔{st.note}〕" if st.note and not st.active else "")
    return (i, st.measure_id, st.unit, LEVEL_SHORT_ROMAN[st.level_introduced], st.category_zh, text, st.state_zh,
            st.counts_text, "；".join(m.text() for m in st.missed), last_text(st))


def title(store: Store, episode_id: str, unit: str | None = None) -> str:
    b = get_board(store, episode_id)
    if b is None:
        raise UserError(f"事件 {episode_id}: 没有响应措施看板 no board")
    t = f"海门区重污染天气应急响应措施落实情况 — {level_cn(b['level'])}"
    if unit:
        t += f" — {unit}"
    return ("【演练 DRILL】" if is_drill(store) else "") + t


def subtitle(store: Store, episode_id: str, now: datetime) -> str:
    b = get_board(store, episode_id)
    state = f"已于 {b['closed_at'][:16].replace('T', ' ')} 结束" if b["closed_at"] else "响应中"
    return (f"事件 {episode_id} · 启动 {b['opened_at'][:16].replace('T', ' ')} · {state} · "
            f"统计时间 {to_local(now).strftime('%Y-%m-%d %H:%M')}")


def _select(store, episode_id, now, task_ids, unit, catalog) -> list[TaskStatus]:
    sts = status(store, episode_id, now, catalog=catalog)
    if task_ids is not None:
        keep = set(task_ids)
        sts = [s for s in sts if s.task_id in keep]
    if unit:
        sts = [s for s in sts if s.unit == unit]
    return sts


def export_xlsx(store: Store, episode_id: str, path: str | Path, now: datetime | None = None, *,
                task_ids: list[int] | None = None, unit: str | None = None,
                catalog: Catalog | None = None) -> Path:
    """Write the board (or the tasks shown / one unit) to an XLSX file: sheet 任务 and sheet 单位进度."""
    cat = default_catalog(catalog)
    now = to_local(now or store.clock.now())
    sts = _select(store, episode_id, now, task_ids, unit, cat)
    from openpyxl import Workbook  # imported here: start-up does not pay for it
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "任务"
    ws.append([title(store, episode_id, unit)])
    ws.append([subtitle(store, episode_id, now)])
    ws.append([anchor_text(store)])  # the audit head, kept apart from the database (README: security)
    ws.append(list(COLUMNS))
    ws["A1"].font = Font(bold=True, size=14)
    for cell in ws[4]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="EEF2F5")
    for i, st in enumerate(sts, 1):
        ws.append(list(row_values(i, st)))
        r = ws.max_row
        ws.cell(r, 6).alignment = Alignment(wrap_text=True, vertical="top")
        colour = RED if st.overdue else GREY if not st.active else GREEN if st.done else None
        if colour:
            ws.cell(r, 7).font = Font(bold=True, color=colour)
    for col, width in zip("ABCDEFGHIJ", (6, 9, 26, 7, 22, 70, 12, 26, 30, 40)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A5"
    us = wb.create_sheet("单位进度")
    us.append(["单位", "类型", "应办", "已完成", "完成率%", "逾期", "已替代"])
    for c in us[1]:
        c.font = Font(bold=True)
    for u in unit_summaries(sts, cat.departments + cat.towns):
        us.append([u.unit, "部门" if u.unit_kind == "department" else "区镇", u.total, u.done, u.percent,
                   u.overdue, u.replaced])
        if u.overdue:
            us.cell(us.max_row, 6).font = Font(bold=True, color=RED)
    us.column_dimensions["A"].width = 30
    out = Path(path)
    try:
        with atomic.replacing(out) as tmp:
            wb.save(tmp)
    except OSError as exc:
        raise UserError(f"{out}: 无法写入 cannot write: {exc.strerror or exc}") from None
    return out


def board_html(store: Store, episode_id: str, now: datetime | None = None, *, task_ids: list[int] | None = None,
               unit: str | None = None, catalog: Catalog | None = None) -> str:
    """Printable HTML (QTextDocument subset): a unit's task list for its liaison, or the board shown."""
    cat = default_catalog(catalog)
    now = to_local(now or store.clock.now())
    sts = _select(store, episode_id, now, task_ids, unit, cat)
    e = html.escape
    head = "".join(f"<th>{e(c)}</th>" for c in COLUMNS[1:])
    body = []
    for i, st in enumerate(sts, 1):
        vals = row_values(i, st)[1:]
        colour = ("#c62828" if st.overdue else "#808080" if not st.active else "#aa5a00" if st.at_risk
                  else "#2e7d32" if st.done else "#000")
        cells = [f"<td>{e(str(v))}</td>" for v in vals]
        cells[5] = f"<td style='color:{colour}; font-weight:bold'>{e(str(vals[5]))}</td>"
        body.append("<tr>" + "".join(cells) + "</tr>")
    sums = unit_summaries(sts, cat.departments + cat.towns)
    total = sum(u.total for u in sums)
    done = sum(u.done for u in sums)
    overdue = sum(u.overdue for u in sums)
    at_risk = sum(1 for st in sts if st.active and st.at_risk and not st.overdue)
    rules = "".join(f"<p style='font-size:8pt'>{e(r)}</p>" for r in dict.fromkeys(st.rule_zh for st in sts if st.rule_zh))
    sign = ("<p style='margin-top:18px'>联络员签字：________________　　日期：____________</p>" if unit else "")
    return (
        "<html><body style='font-size:9pt'>"
        f"<h2>{e(title(store, episode_id, unit))}</h2><p>{e(subtitle(store, episode_id, now))}</p>"
        f"<p><b>应办 {total} 项，已完成 {done} 项，逾期 {overdue} 项"
        f"{f'，有风险 {at_risk} 项' if at_risk else ''}。</b></p>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        f"<tr style='background:#eef2f5'>{head}</tr>{''.join(body)}</table>{rules}{sign}"
        f"<p style='font-size:7pt; color:#666'>{e(anchor_text(store))}</p></body></html>")
