"""python -m console db init|migrate|copy|status"""
from __future__ import annotations

import sys

from console.store import connect
from console.store.postgres import is_url, peek_version

NAME = "db"
HELP = "数据库：初始化、升级、从单机文件迁移到服务器 database: init, migrate, copy a single-seat file to the server"


def add_arguments(p) -> None:
    sub = p.add_subparsers(dest="db_cmd", required=True, metavar="ACTION")
    for name, text in (("init", "在空数据库上建立表结构 create the schema on an empty database"),
                       ("migrate", "升级到本程序的表结构版本 upgrade the schema to this program's version"),
                       ("status", "显示表结构版本与审计记录数 show schema version and audit records")):
        sp = sub.add_parser(name, help=text, description=text)
        sp.add_argument("--db", metavar="PATH|URL", required=name != "status", default=None,
                        help="数据库文件或 postgresql:// 地址 database file or PostgreSQL URL")
    cp = sub.add_parser("copy", help="把单机数据库（SQLite 文件）完整复制到服务器 copy a SQLite file to a PostgreSQL "
                                     "database with every record and the audit chain, verified")
    cp.add_argument("--from", dest="source", metavar="PATH", required=True, help="单机数据库文件 SQLite file")
    cp.add_argument("--to", dest="target", metavar="URL", required=True, help="postgresql:// 地址（空库）empty database")


def run(args) -> int:
    from console.common.errors import UserError
    from console.store.schema import latest

    if args.db_cmd in ("init", "migrate"):
        if args.db_cmd == "init" and is_url(args.db):
            version = peek_version(args.db)
            if version:
                raise UserError(f"{connect.describe(args.db)}: 已有表结构（版本 {version}），请用 db migrate "
                                f"already initialised (schema {version}); use db migrate")
        with connect.open_store(args.db) as store:
            print(f"OK：{connect.describe(args.db)} 表结构版本 schema version {store.schema_version}（最新 latest "
                  f"{latest()}）")
        return 0
    if args.db_cmd == "status":
        with connect.open_store(args.db, readonly=True) as store:
            check = store.verify_audit()
            print(f"{connect.describe(args.db or connect.default_target())}: 表结构版本 schema {store.schema_version}，"
                  f"审计记录 audit records {check.count}，{'完整 intact' if check.ok else '断开 BROKEN'}")
            return 0 if check.ok else 1
    if not is_url(args.target):
        raise UserError(f"--to 须为 postgresql:// 地址 must be a PostgreSQL URL: {args.target}")
    from console.store.copy import copy_store

    with connect.open_store(args.source, readonly=True) as src, connect.open_store(args.target) as dst:
        res = copy_store(src, dst, progress=lambda t, n: print(f"  {t}: {n}", file=sys.stderr) if n % 50000 == 0
                         else None)
    print(f"OK：已复制 copied {sum(res.tables.values())} 行 rows in {len(res.tables)} 表 tables；审计链完整 audit chain "
          f"verified ({res.audit_records} records)")
    return 0

