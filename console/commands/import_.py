"""`python -m console import FILE --as USER [--password-stdin] [--kind observations|forecast] [--co-ug] [--db PATH]`.

Imports hourly observations (generic ``time,station,pm25,…`` or the UCI Beijing layout, CSV/CSV.GZ/XLSX) or an
AQI forecast (``date|time,aqi[,primary_pollutant][,issuer][,issued_at]``) into the console database, all or
nothing. Prints what changed (rows new / replaced / unchanged); bad input exits 2 listing the first 20 problems
as file:line, and nothing is stored. See console.importers.
"""
from __future__ import annotations

from console.commands._auth import Passwords, actor, add_password_stdin
from console.commands._common import add_db_argument, open_store
from console.importers.files import KINDS, import_file

NAME = "import"
HELP = "导入观测数据或预报 import observations or a forecast (CSV, CSV.GZ, XLSX)"


def add_arguments(parser) -> None:
    parser.add_argument("file", metavar="FILE", help="CSV / CSV.GZ / XLSX")
    parser.add_argument("--kind", choices=KINDS, default=None,
                        help="observations 观测 | forecast 预报 (default: detected from the header)")
    parser.add_argument("--co-ug", action="store_true", help="CO 单位为 µg/m³ CO is in µg/m³ (UCI layout: automatic)")
    parser.add_argument("--as", dest="actor", metavar="USER", required=True,
                        help="操作人账号（值班人员或管理员），须输入其密码 the acting account (duty officer or admin); "
                             "its password is asked, the import is recorded in its name")
    add_password_stdin(parser)
    add_db_argument(parser)


def run(args) -> int:
    with open_store(args) as store:
        # --as NAME with NAME's password; the role is checked inside the import's transaction
        result = import_file(store, args.file, actor(store, args.actor, Passwords(args)), kind=args.kind,
                             co_ug=args.co_ug)
    print(result.summary())
    for line in result.replaced_examples:
        print(f"  替换 replaced: {line}")
    return 0
