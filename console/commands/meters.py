"""`python -m console meters import FILE --as USER [--password-stdin] [--db PATH|URL] [--json]`.

Imports a meter file (CSV/XLSX, the layout of README "减排核查") of the firms on the reduction list, all or nothing
and audited, then runs the automatic checks the import makes due (a level in force, or a span ended within 7 days)
exactly as the console's import button does (console.reductions.auto_checks.import_and_check). Bad input exits 2
listing the problems as file:line, and nothing is stored.
"""
from __future__ import annotations

import json

from console.commands._auth import acting, add_acting_account
from console.commands._common import add_db_argument, open_store

NAME = "meters"
HELP = "导入企业电表数据并运行自动核查 import firms' meter data, then the automatic reduction checks"
FLAG_EN = {"not_cut": "load not cut as committed", "control_off": "control equipment off while producing",
           "night_shift": "night production far above day"}


def add_arguments(parser) -> None:
    sub = parser.add_subparsers(dest="meters_cmd", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="导入电表文件（值班员、分管副局长、局长或管理员）import a meter file "
                                        "(duty officer, deputy head, bureau head or admin)")
    imp.add_argument("file", metavar="FILE", help="CSV / XLSX")
    add_acting_account(imp, "操作人账号，须输入其密码 the acting account; its password is asked, the import is "
                            "recorded in its name")
    add_db_argument(imp)
    imp.add_argument("--json", action="store_true", help="输出 JSON")


def run(args) -> int:
    from console.reductions import auto_checks

    with open_store(args) as store:
        who = acting(store, args)
        result, runs = auto_checks.import_and_check(store, who, args.file)
    if args.json:
        print(json.dumps({
            "file": result.source, "rows": result.rows, "added": result.added, "changed": result.changed,
            "unchanged": result.unchanged, "firms": list(result.firms), "import_id": result.import_id,
            "automatic_checks": [{"id": r.id, "level": r.level, "start": r.start.isoformat(),
                                  "end": r.end.isoformat(), "firms": len(r.firms),
                                  "flags": [{"code": f["code"], "kind": f["kind"], "text": f["text"]}
                                            for f in r.flags]} for r in runs]}, ensure_ascii=False, indent=2))
        return 0
    print(f"{result.summary()} — {result.summary('en')}")
    if result.import_id is None:
        print("文件内容已全部在库，未写入 nothing new in the file: nothing written")
    for r in runs:
        print(f"自动核查 automatic check #{r.id}: {r.level} {r.start:%Y-%m-%d %H:%M}–{r.end:%Y-%m-%d %H:%M}，"
              f"{len(r.firms)} 家企业 firms，{len(r.flags)} 个问题 flags")
        for f in r.flags:
            print(f"  {f['code']}: {f['text']} ({FLAG_EN.get(f['kind'], f['kind'])})")
    return 0
