"""python -m console measures --level yellow|orange|red [--json] [--department NAME]"""
from __future__ import annotations

import json
import unicodedata

from console.common.errors import UserError
from console.plan import catalog as catalog_mod
from console.plan.levels import parse_level

NAME = "measures"
HELP = "列出某预警级别下的全部应急响应措施（累加） list the response measures in force at a level"


def add_arguments(p) -> None:
    p.add_argument("--level", required=True, help="yellow | orange | red（黄色/橙色/红色）")
    p.add_argument("--department", help="只列出该部门/区镇负责的措施 only this unit's measures")
    p.add_argument("--json", action="store_true", help="输出 JSON")


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _pad(s: str, w: int) -> str:
    return s + " " * max(0, w - _width(s))


def _check_department(cat, name: str) -> None:
    """A typo must not look like a unit without measures: unknown names exit 2 with the choices."""
    known = set(cat.departments) | set(cat.towns) | {d for m in cat.measures for d in m.departments}
    if cat.normalise_department(name) not in known:
        raise UserError(f"--department: 未知部门或区镇 unknown unit {name!r}"
                        f"（可选 choose: {'、'.join(cat.departments + list(cat.towns))}）")


def run(args) -> int:
    level = parse_level(args.level, "--level")
    cat = catalog_mod.load()
    if args.department:
        _check_department(cat, args.department)
    items = (cat.measures_for_department(args.department, level) if args.department
             else cat.measures_in_force(level))
    if args.json:
        print(json.dumps([mf.to_json() for mf in items], ensure_ascii=False, indent=2))
        return 0
    lv = cat.level(level)
    print(f"{lv.name_zh}（{lv.roman}级）应急响应措施：共 {len(items)} 项（含低级别措施，累加）")
    cur = None
    for mf in items:
        m = mf.measure
        if m.category_zh != cur:
            cur = m.category_zh
            print(f"\n【{cur}】")
        mark = f"  〔已由 {mf.replaced_by} 加严替代〕" if mf.replaced_by else ""
        print(f"  {_pad(m.id, 7)} {m.text}{mark}")
        print(f"  {_pad('', 7)} 责任部门：{'、'.join(m.departments)}")
    return 0
