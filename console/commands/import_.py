"""`python -m console import FILE --as USER [--password-stdin] [--kind observations|forecast] [--co-ug] [--db PATH]`.

Imports hourly observations (generic ``time,station,pm25,…`` or the UCI Beijing layout, CSV/CSV.GZ/XLSX) or an
AQI forecast (``date|time,aqi[,primary_pollutant][,issuer][,issued_at]``) into the console database, all or
nothing. Prints what changed (rows new / replaced / unchanged); bad input exits 2 listing the first 20 problems
as file:line, and nothing is stored. See console.importers.
"""
from __future__ import annotations

from console.commands._auth import acting, add_acting_account
from console.commands._common import add_db_argument, open_store
from console.episodes.workflow import sync_forecast_trigger
from console.importers.files import KINDS, import_file
from console.plan.levels import level_cn

NAME = "import"
HELP = "导入观测数据或预报 import observations or a forecast (CSV, CSV.GZ, XLSX)"


def add_arguments(parser) -> None:
    parser.add_argument("file", metavar="FILE", help="CSV / CSV.GZ / XLSX")
    parser.add_argument("--kind", choices=KINDS, default=None,
                        help="observations 观测 | forecast 预报 (default: detected from the header)")
    parser.add_argument("--co-ug", action="store_true", help="CO 单位为 µg/m³ CO is in µg/m³ (UCI layout: automatic)")
    add_acting_account(parser, "操作人账号（值班人员或管理员），须输入其密码 the acting account (duty officer or "
                               "admin); its password is asked, the import is recorded in its name")
    add_db_argument(parser)


def run(args) -> int:
    with open_store(args) as store:
        # --as NAME with NAME's password; the role is checked inside the import's transaction
        who = acting(store, args)
        result = import_file(store, args.file, who, kind=args.kind, co_ug=args.co_ug)
        # the forecast now reaching yellow+ starts the 3-hour clock, recorded by the same authenticated person
        trigger = sync_forecast_trigger(store, who)
    print(f"{result.summary()} — {result.summary('en')}")
    for line in result.replaced_examples:
        print(f"  替换 replaced: {line}")
    if trigger is not None:
        print(f"触发 trigger: 预测达到{level_cn(trigger.level)}条件，须于 {trigger.due_at:%Y-%m-%d %H:%M} 前启动响应 "
              f"the forecast reaches {trigger.level}: the response must start by {trigger.due_at:%Y-%m-%d %H:%M}")
    return 0
