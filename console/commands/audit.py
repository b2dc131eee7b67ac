"""python -m console audit verify|log"""
from __future__ import annotations

import json

from console.commands._common import add_db_argument, open_store
from console.store.audit import anchor_text

NAME = "audit"
HELP = "审计链：校验（verify）或查看（log） audit chain: verify or show"


def add_arguments(p) -> None:
    sub = p.add_subparsers(dest="audit_cmd", required=True, metavar="ACTION")
    vf = sub.add_parser("verify", help="校验哈希链，发现篡改则退出码非零 verify the hash chain")
    add_db_argument(vf)
    vf.add_argument("--anchors", metavar="DIR",
                    help="同时与该文件夹中的锚点文件核对（发现被整体重写的审计链）"
                         "also check against the anchor file in DIR (detects a rewritten chain)")
    lg = sub.add_parser("log", help="显示最近的审计记录 show recent records")
    add_db_argument(lg)
    lg.add_argument("-n", type=int, default=20)
    lg.add_argument("--json", action="store_true")


def run(args) -> int:
    with open_store(args, readonly=True) as store:
        if args.audit_cmd == "verify":
            check = store.verify_audit(full=True, anchors=args.anchors, parallel=True)
            if check.ok:
                anchored = f"，与锚点一致 matches the anchors in {args.anchors}" if args.anchors else ""
                print(f"OK：审计链完整，共 {check.count} 条记录 audit chain intact ({check.count} records){anchored}")
                print(anchor_text(store))
                return 0
            if check.broken_id:
                print(f"BROKEN：审计链在第 {check.broken_id} 条记录处断开 chain broken at record {check.broken_id}: "
                      f"{check.reason}（此前 {check.count} 条完好 {check.count} records before it are intact）")
            else:
                print(f"BROKEN：审计核对不符 audit check failed: {check.reason}")
            return 1
        rows = store.audit_records(limit=args.n)
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            for r in reversed(rows):
                print(f"#{r['id']:<5} {r['ts']}  {r['actor']:<10} {r['action']:<18} {r['entity']}:{r['entity_id'] or ''}"
                      f"  {r['detail']}")
    return 0
