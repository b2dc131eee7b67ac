"""python -m console user list|add|roles|passwd|disable|unlock — accounts and roles (administrator's tool).

On a database without any account, `user add NAME --roles admin` creates the first administrator. After that
every change needs `--as ADMIN` and that administrator's password (prompted, or `--password-stdin`: the
administrator's password on the first line, the new account's password on the next)."""
from __future__ import annotations

import json

from console.admin import accounts
from console.commands._auth import Passwords, actor, add_acting_account
from console.commands._common import add_db_argument, open_store
from console.common.errors import UserError
from console.store import accounts as repo

NAME = "user"
HELP = "账户与角色：列出、新增、修改角色、重设密码、停用、解锁 accounts and roles"

ROLE_HELP = "逗号分隔 comma-separated: " + ", ".join(accounts.ROLE_CODES)


def add_arguments(p) -> None:
    sub = p.add_subparsers(dest="user_cmd", required=True, metavar="ACTION")
    ls = sub.add_parser("list", help="列出账户 list accounts")
    ls.add_argument("--json", action="store_true")
    add = sub.add_parser("add", help="新增账户（空数据库：创建第一位管理员）add an account")
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
    unl = sub.add_parser("unlock", help="解除因密码错误造成的锁定 lift a lockout")
    unl.add_argument("username")
    for sp in (ls, add, roles, pw, dis, unl):
        add_db_argument(sp)
        if sp is not ls:
            add_acting_account(sp, "操作的管理员账号（须输入其密码）the administrator acting (their password is asked)",
                               metavar="ADMIN", required=False)


def _roles(text: str) -> list[str]:
    return [r.strip() for r in text.split(",") if r.strip()]


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
        pw = Passwords(args)
        if args.user_cmd == "add" and repo.count_users(store) == 0:
            if _roles(args.roles) != ["admin"]:
                raise UserError("数据库还没有账户：第一个账户须为管理员（--roles admin） the first account must be the "
                                "administrator")
            accounts.create_first_admin(store, args.username, args.name, pw.read("新账户密码 password: ", confirm=True))
            print("OK")
            return 0
        admin = actor(store, args.actor, pw, "admin")
        if args.user_cmd == "add":
            accounts.create_user(store, admin, args.username, args.name, _roles(args.roles),
                                 pw.read("新账户密码 password: ", confirm=True))
        elif args.user_cmd == "roles":
            accounts.update_user(store, admin, args.username, roles=_roles(args.roles))
        elif args.user_cmd == "passwd":
            accounts.set_password(store, admin, args.username, pw.read("新密码 new password: ", confirm=True))
        elif args.user_cmd == "disable":
            accounts.update_user(store, admin, args.username, active=False)
        elif args.user_cmd == "unlock":
            accounts.unlock(store, admin, args.username)
        print("OK")
    return 0
