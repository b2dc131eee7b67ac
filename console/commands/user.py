"""python -m console user list|add|roles|passwd|disable — accounts and roles (administrator's tool)."""
from __future__ import annotations

import getpass
import json

from console.admin import accounts
from console.commands._common import add_db_argument, open_store
from console.common.errors import UserError

NAME = "user"
HELP = "账户与角色：列出、新增、修改角色、重设密码、停用 accounts and roles"

ROLE_HELP = "逗号分隔 comma-separated: " + ", ".join(accounts.ROLE_CODES)


def add_arguments(p) -> None:
    sub = p.add_subparsers(dest="user_cmd", required=True, metavar="ACTION")
    ls = sub.add_parser("list", help="列出账户 list accounts")
    ls.add_argument("--json", action="store_true")
    add = sub.add_parser("add", help="新增账户 add an account")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="姓名 display name")
    add.add_argument("--roles", required=True, help=ROLE_HELP)
    roles = sub.add_parser("roles", help="修改角色 change roles")
    roles.add_argument("username")
    roles.add_argument("--roles", required=True, help=ROLE_HELP)
    pw = sub.add_parser("passwd", help="重设密码 set a new password")
    pw.add_argument("username")
    dis = sub.add_parser("disable", help="停用账户 disable an account")
    dis.add_argument("username")
    for sp in (ls, add, roles, pw, dis):
        add_db_argument(sp)
        if sp is not ls:
            sp.add_argument("--as", dest="actor", default="admin-cli", help="记入审计的操作人 actor recorded")


def _password(prompt: str) -> str:
    first = getpass.getpass(prompt)
    if getpass.getpass("再次输入 again: ") != first:
        raise UserError("两次输入的密码不一致 passwords differ")
    return first


def run(args) -> int:
    with open_store(args) as store:
        if args.user_cmd == "list":
            users = accounts.list_users(store)
            if args.json:
                print(json.dumps([{"username": u.username, "display_name": u.display_name, "roles": list(u.roles),
                                   "active": u.active} for u in users], ensure_ascii=False, indent=2))
            for u in users if not args.json else []:
                print(f"{u.username:<14} {u.display_name:<10} {','.join(u.roles):<40} {'' if u.active else '（已停用）'}")
            return 0
        if args.user_cmd == "add":
            roles = [r.strip() for r in args.roles.split(",") if r.strip()]
            accounts.create_user(store, args.actor, args.username, args.name, roles, _password("密码 password: "))
        elif args.user_cmd == "roles":
            accounts.update_user(store, args.actor, args.username,
                                 roles=[r.strip() for r in args.roles.split(",") if r.strip()])
        elif args.user_cmd == "passwd":
            accounts.set_password(store, args.actor, args.username, _password("新密码 new password: "))
        elif args.user_cmd == "disable":
            accounts.update_user(store, args.actor, args.username, active=False)
        print("OK")
    return 0
