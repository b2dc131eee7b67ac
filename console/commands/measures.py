"""python -m console measures --level yellow|orange|red [--json] [--department NAME]
python -m console measures tasks|tick … (the board of the response in force: _tick.py)"""
from __future__ import annotations

import argparse
import json
import unicodedata

from console.commands._auth import add_acting_account
from console.common.errors import UserError
from console.plan import catalog as catalog_mod
from console.plan.levels import parse_level

NAME = "measures"
HELP = "某级别的应急响应措施；当前响应任务的确认 measures at a level; tick off the tasks of the response"
EXIT_CODES = """exit status 退出码:
  0  done 已完成
  2  refused or invalid: not authenticated (wrong password, unknown/disabled/locked account), wrong role or
     unit, bad input — the message says which; nothing was written
     被拒绝或输入有误（密码、账号、角色、单位、输入格式），不写入任何内容"""


def add_arguments(p) -> None:
    def add_db_argument(sp) -> None:  # as console.commands._common's, which would import the store here
        sp.add_argument("--db", metavar="PATH|URL", default=None,
                        help="数据库文件或 postgresql:// 地址 database file or PostgreSQL URL "
                             "(default: $HAIMEN_CONSOLE_DB or console.sqlite3 in the data folder)")

    sub = p.add_subparsers(dest="measures_cmd", metavar="ACTION")
    ls = sub.add_parser("tasks", help="当前响应任务及编号 the tasks of the response in force, with their ids")
    add_db_argument(ls)
    ls.add_argument("--unit", help="只列出该单位 only this unit")
    ls.add_argument("--json", action="store_true", help="输出 JSON")
    tk = sub.add_parser("tick", help="确认措施完成、记录次数或撤销（联络员：本单位；值班员：代为确认）"
                                     "tick off a task, count a recurring duty, or undo",
                        epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    tk.add_argument("task", type=int, help="任务编号 task id（见 measures tasks）")
    add_db_argument(tk)
    add_acting_account(tk, "联络员或值班员的账号（须输入其密码）the liaison or duty officer acting (password asked)",
                       password_help="从标准输入读取密码（脚本用）read the password from standard input")
    tk.add_argument("--on-behalf", metavar="UNIT", help="值班员代该单位确认 the duty officer acts on this unit's behalf")
    tk.add_argument("--count", type=int, default=1, help="计次任务：本次完成次数 recurring duty: rounds done (1–20)")
    tk.add_argument("--extra", action="store_true", help="计次任务的第二计数项（如冲洗）the duty's second counter")
    tk.add_argument("--note", default="", help="备注 note")
    tk.add_argument("--undo", metavar="REASON", help="撤销上一条记录（须写原因）undo the latest record, with the reason")
    tk.add_argument("--json", action="store_true", help="输出 JSON")
    p.add_argument("--level", help="yellow | orange | red（黄色/橙色/红色）：列出该级别的措施 list its measures")
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
    if getattr(args, "measures_cmd", None):
        from console.commands._common import open_store
        from console.commands._tick import ACTIONS

        with open_store(args) as store:
            return ACTIONS[args.measures_cmd](store, args)
    if not args.level:
        raise UserError("--level: 须指定预警级别 yellow|orange|red（或 measures tasks / measures tick）")
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
