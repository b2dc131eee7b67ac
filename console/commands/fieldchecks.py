"""`python -m console fieldchecks import FILE --as USER [--password-stdin] [--db PATH|URL]`.

Imports field checks of construction sites, vehicles and non-road machinery (CSV/XLSX with 时间, 单位, 类别,
检查数量[, 发现问题, 备注]; README "减排核查"), as the 工地车辆检查 tab does (console.reductions.field_checks):
a liaison for his own town or department only, a duty officer or an administrator; one audit record. Bad input
exits 2 listing every problem as file:line, and nothing is stored; the same file is not imported twice.
"""
from __future__ import annotations

from console.commands._auth import acting, add_acting_account
from console.commands._common import add_db_argument, open_store

NAME = "fieldchecks"
HELP = "导入工地、机动车、非道路移动机械检查记录 import field checks of sites, vehicles and non-road machinery"


def add_arguments(parser) -> None:
    sub = parser.add_subparsers(dest="fieldchecks_cmd", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="导入检查记录文件（联络员：本单位；值班员或管理员）import a file of checks "
                                        "(liaison: his own unit; duty officer or admin)")
    imp.add_argument("file", metavar="FILE", help="CSV / XLSX")
    add_acting_account(imp, "操作人账号，须输入其密码 the acting account; its password is asked, the records are "
                            "made in its name")
    add_db_argument(imp)


def run(args) -> int:
    from console.reductions import field_checks

    with open_store(args) as store:
        who = acting(store, args)
        n = field_checks.import_file(store, who, args.file)
    print(f"已导入 {n} 条检查记录 imported {n} field check records from {args.file}")
    return 0
