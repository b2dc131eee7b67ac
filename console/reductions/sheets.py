"""一厂一策 (issue 18.1): per firm, its production lines, processes, transport and gate items, what each stops or
limits at yellow/orange/red, the key indicator to check, and whether the item is exempt (e.g. 保民生 lines).

File (XLSX or CSV, Chinese or English headers), one row per item:
  企业编号 code · 类别 category (生产线 line / 工序 process / 运输车辆 vehicles / 门禁 gate) · 名称 item ·
  黄色措施 yellow · 橙色措施 orange · 红色措施 red · 关键指标 indicator · 豁免 exempt (是/否).
A file replaces the sheets of the firms it names (a new version per firm whose items changed; the old versions
stay); problems are reported with file and line and nothing is stored.
"""
from __future__ import annotations

import csv
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from console.admin import session
from console.common import atomic
from console.common.clock import to_iso
from console.common.errors import DataError
from console.measures import ledger
from console.reductions.meters import WRITE_ROLES
from console.reductions.tabular import Problems, map_header, read_table
from console.store import reductions as repo
from console.store.db import Store

CATEGORIES = {"生产线": "生产线", "line": "生产线", "工序": "工序", "process": "工序",
              "运输车辆": "运输车辆", "运输": "运输车辆", "车辆": "运输车辆", "vehicles": "运输车辆",
              "门禁": "门禁", "gate": "门禁"}
YES, NO = {"是", "y", "yes", "true", "1", "√"}, {"否", "n", "no", "false", "0", ""}
LEVELS = ("yellow", "orange", "red")
COLUMNS = (("code", "企业编号"), ("category", "类别"), ("item", "名称"), ("yellow", "黄色措施"),
           ("orange", "橙色措施"), ("red", "红色措施"), ("indicator", "关键指标"), ("exempt", "豁免"))
ALIASES = {**{label: key for key, label in COLUMNS}, **{key: key for key, _ in COLUMNS},
           "编号": "code", "firm": "code", "生产线/工序": "item", "项目": "item", "name": "item",
           "指标": "indicator", "是否豁免": "exempt"}
REQUIRED = ("code", "category", "item", "yellow", "orange", "red")


@dataclass(frozen=True)
class SheetItem:
    category: str
    item: str
    yellow: str
    orange: str
    red: str
    indicator: str
    exempt: bool

    def action(self, level: str) -> str:
        return getattr(self, level)


def read_sheets(path: str | Path, known_codes: set[str]) -> dict[str, list[SheetItem]]:
    """{code: items in file order}, or FileProblems naming every bad line."""
    path = Path(path)
    header, rows = read_table(path)
    keys = map_header(path, header, ALIASES, REQUIRED, dict(COLUMNS))
    probs = Problems(path)
    out: dict[str, list[SheetItem]] = {}
    seen: dict[tuple[str, str], int] = {}
    for line, raw in rows:
        row = {keys[h]: v.strip() for h, v in raw.items() if h in keys}
        errs = []
        code = row.get("code", "")
        if not code:
            errs.append("企业编号为空 code is empty")
        elif code not in known_codes:
            errs.append(f"企业编号 {code} 不在应急减排清单中 not on the emission-reduction list")
        cat = CATEGORIES.get(row.get("category", "").lower())
        if cat is None:
            errs.append(f"类别 {row.get('category', '')!r} 应为 生产线、工序、运输车辆 或 门禁")
        item = row.get("item", "")
        if not item:
            errs.append("名称为空 item is empty")
        elif code:
            if (code, item) in seen:
                errs.append(f"{code} 的“{item}”与第 {seen[(code, item)]} 行重复 duplicate item")
            else:
                seen[(code, item)] = line
        for lv, label in (("yellow", "黄色措施"), ("orange", "橙色措施"), ("red", "红色措施")):
            if not row.get(lv):
                errs.append(f"{label}为空（不停不限请写“正常生产”）{lv} action is empty")
        ex = row.get("exempt", "").lower()
        if ex not in YES | NO:
            errs.append(f"豁免 {row.get('exempt', '')!r} 应为 是 或 否")
        for e in errs:
            probs.add(line, e)
        if not errs:
            out.setdefault(code, []).append(SheetItem(cat, item, row["yellow"], row["orange"], row["red"],
                                                      row.get("indicator", ""), ex in YES))
    probs.raise_any()
    if not out:
        probs.add(None, "没有数据行 no data rows")
        probs.raise_any()
    return out


def current(store: Store) -> dict[str, list[SheetItem]]:
    return {r["code"]: [SheetItem(**i) for i in json.loads(r["items"])] for r in repo.current_sheets(store)}


def import_file(store: Store, actor, path: str | Path) -> list[str]:
    """Store the sheets of the file's firms; returns the codes whose sheet changed (a new version each)."""
    path = Path(path)
    new = read_sheets(path, {e.code for e in ledger.entries(store)})
    with session.authorized(store, actor, *WRITE_ROLES):
        have = current(store)
        changed = [c for c, items in new.items() if have.get(c) != items]
        if not changed:
            return []
        now = to_iso(store.clock.now())
        ids = {c: repo.add_sheet_version(store, c, now, actor.username, path.name,
                                         json.dumps([asdict(i) for i in new[c]], ensure_ascii=False))
               for c in changed}
        store.audit(actor.username, "sheets.import", "sheet", None, {"source": str(path), "versions": ids})
    return changed


def export_file(store: Store, path: str | Path) -> Path:
    """All current sheets in the import layout (XLSX or CSV), so an export imports back unchanged."""
    path = Path(path)
    header = [label for _, label in COLUMNS]
    rows = [[code, i.category, i.item, i.yellow, i.orange, i.red, i.indicator, "是" if i.exempt else "否"]
            for code, items in current(store).items() for i in items]
    try:
        if path.suffix.lower() == ".csv":
            with atomic.replacing(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(header)
                w.writerows(rows)
        elif path.suffix.lower() == ".xlsx":
            from openpyxl import Workbook

            wb = Workbook()
            ws = wb.active
            ws.title = "一厂一策"
            ws.append(header)
            for r in rows:
                ws.append(r)
            with atomic.replacing(path) as tmp:
                wb.save(tmp)
        else:
            raise DataError(path, "只支持 .xlsx 或 .csv 文件 only .xlsx or .csv files")
    except OSError as exc:
        raise DataError(path, f"无法写入 cannot write: {exc.strerror or exc}") from None
    return path


@dataclass(frozen=True)
class Duty:
    """What one item of one firm must be doing at a level."""
    town: str
    code: str
    name: str
    category: str
    item: str
    action: str
    indicator: str
    exempt: str  # "" | "line" (an exempt line) | "firm" (the firm holds an exemption)


def duties(store: Store, level: str) -> list[Duty]:
    """Per town and firm, every sheet item with what it must do at `level` (exempt lines and firms marked)."""
    from console.measures.exemptions import exempt_codes

    firms = {e.code: e for e in ledger.entries(store)}
    exempt = exempt_codes(store)
    out = []
    for code, items in current(store).items():
        e = firms.get(code)
        if e is None:
            continue
        for i in items:
            out.append(Duty(e.town, code, e.name, i.category, i.item, i.action(level), i.indicator,
                            "firm" if code in exempt else "line" if i.exempt else ""))
    return sorted(out, key=lambda d: (d.town, d.code))
