"""Passwords on the command line: prompted (getpass) or read from standard input (--password-stdin, one per line,
in the order the command asks for them). An acting name (--as) is accepted only with its password.
Light to import (the accounts module is imported when a password is checked): `measures` declares its arguments
with it without loading the store."""
from __future__ import annotations

import getpass
import sys

from console.common.errors import UserError

PASSWORD_STDIN_HELP = "从标准输入逐行读取密码（脚本用）read the passwords from standard input, one per line"


def add_password_stdin(parser, help_: str = PASSWORD_STDIN_HELP) -> None:
    parser.add_argument("--password-stdin", action="store_true", help=help_)


def add_acting_account(parser, help_: str, *, metavar: str = "USER", required: bool = True,
                       password_help: str = PASSWORD_STDIN_HELP) -> None:
    """--as USER (args.actor: the account acting, whose password is asked; see actor()) and --password-stdin,
    the pair every command that acts in someone's name takes. help_ says who may act and in whose name the
    change is recorded."""
    parser.add_argument("--as", dest="actor", metavar=metavar, required=required, help=help_)
    add_password_stdin(parser, password_help)


class Passwords:
    def __init__(self, args):
        self.from_stdin = bool(getattr(args, "password_stdin", False))

    def read(self, prompt: str, *, confirm: bool = False) -> str:
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise UserError(f"标准输入缺少密码（{prompt.strip(': ')}） --password-stdin: no password line left")
            return line.rstrip("\r\n")
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("再次输入 again: ") != first:
            raise UserError("两次输入的密码不一致 passwords differ")
        return first


def actor(store, username: str | None, passwords: Passwords, role: str | None = None):
    """The authenticated Actor for --as USERNAME (its password is asked for)."""
    from console.admin import accounts

    if not username:
        raise UserError("--as: 须指定操作人账号（并输入其密码） name the acting account (its password is asked)")
    return accounts.authenticate(store, username, passwords.read(f"{username} 的密码 password: "), role)


def acting(store, args, role: str | None = None):
    """The authenticated Actor for the command's --as (add_acting_account), its password read as the command's
    arguments say (prompted, or from standard input with --password-stdin)."""
    return actor(store, args.actor, Passwords(args), role)
